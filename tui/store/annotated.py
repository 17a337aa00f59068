"""The corrected analysis and what the user's layer did to it.

:class:`AnnotatedAnalysis` wraps a plain :class:`~newsread.analysis.model.Analysis`
(same JSON contract, so ``extract --json`` and the exporters need nothing new)
with parallel structures the UI uses to style user-made items and to list what
could not be applied. Entities and quotes are keyed by their ``(start, end)``
span, which is unique after replay (overlaps are resolved in favour of the user).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsread.analysis.model import Analysis, Entity, Quote
from newsread.store.events import Event

# Origins of an item in the corrected analysis.
MODEL, USER, CORRECTED = "model", "user", "corrected"


@dataclass(frozen=True)
class Mark:
    """Why an item differs from the model: added by the user, or a model item changed."""

    origin: str  # USER or CORRECTED
    event_id: str  # the latest event that shaped the item
    user: str | None


@dataclass
class Note:
    id: str  # the note event's id (undo it to delete the note)
    body: str
    start: int | None  # None for a note on the whole article
    end: int | None
    text: str | None
    user: str | None
    time: str | None
    orphaned: bool = False  # its span could not be placed in the current text


@dataclass
class AnnotatedAnalysis:
    """A corrected Analysis plus the user layer's bookkeeping."""

    analysis: Analysis
    entity_marks: dict[tuple[int, int], Mark] = field(default_factory=dict)
    quote_marks: dict[tuple[int, int], Mark] = field(default_factory=dict)
    removed_entities: list[tuple[Entity, str]] = field(default_factory=list)  # (entity, event id)
    removed_quotes: list[tuple[Quote, str]] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    orphans: list[Event] = field(default_factory=list)  # spans not found in the current text
    unapplied: list[tuple[Event, str]] = field(default_factory=list)  # target missing, invalid...
    reanchored: list[Event] = field(default_factory=list)  # placed by their text at a new offset
    undone: set[str] = field(default_factory=set)  # ids of events currently undone
    applied: int = 0  # events in effect that changed something

    def entity_origin(self, entity: Entity) -> str:
        """MODEL, USER or CORRECTED for an entity of ``analysis``."""
        mark = self.entity_marks.get((entity.start, entity.end))
        return mark.origin if mark else MODEL

    def quote_origin(self, quote: Quote) -> str:
        """MODEL, USER or CORRECTED for a quote of ``analysis``."""
        mark = self.quote_marks.get((quote.start, quote.end))
        return mark.origin if mark else MODEL

    def summary(self) -> str:
        """One line for the CLI and the status line."""
        parts = [f"{self.applied} annotation(s) applied"]
        if self.notes:
            parts.append(f"{len(self.notes)} note(s)")
        if self.reanchored:
            parts.append(f"{len(self.reanchored)} re-anchored")
        if self.orphans:
            parts.append(f"{len(self.orphans)} orphaned (text no longer found)")
        if self.unapplied:
            parts.append(f"{len(self.unapplied)} not applicable")
        return ", ".join(parts)
