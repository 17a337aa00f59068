"""What the entity stage's passes share: the working entities and the tables passes leave for
later ones. Each pass of ``entities.ENTITY_PASSES`` takes the one ``EntityState`` and changes it;
none calls another."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Callable

from newsread.analysis.names import bare, name_words, strip_suffixes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from newsread.analysis.label_rules import Weights
    from newsread.analysis.parsed import ParsedArticle


@dataclass
class WorkEntity:
    """A working entity: token span ``[start, end)`` of paragraph ``doc``, and its label."""

    doc: int
    start: int
    end: int
    label: str


@dataclass
class NameEvidence:
    """The label cues summed over every mention of each name (``entity_cues.relabel_by_cues``),
    for the passes that then compare a full name with its parts."""

    groups: dict[str, list[WorkEntity]]  # lowercase name -> its working entities
    totals: dict[str, "Weights"]  # lowercase name -> the summed weights of its mentions
    index: dict[str, list[tuple[int, int]]]  # lowercase word -> (paragraph, token) of each occurrence
    places: set[str]  # lowercase texts and last words of the article's places


@dataclass
class EntityState:
    """The article and its working entities as the passes go."""

    parsed: "ParsedArticle"
    work: list[WorkEntity] = field(default_factory=list)
    evidence: NameEvidence | None = None  # set by the pass that weighs the label cues
    surnames: set[str] = field(default_factory=set)  # noted before the drops (``note_surnames``)

    @cached_property
    def docs(self) -> list["Doc"]:
        return [d for _, d in self.parsed.docs]

    def span(self, w: WorkEntity) -> "Span":
        return self.docs[w.doc][w.start : w.end]

    def full_name_surnames(self) -> set[str]:
        """Last names of the people named in full so far ("King" of "Martin Luther King Jr.")."""
        out = set()
        for w in self.work:
            if w.label == "PERSON":
                words = strip_suffixes(name_words(self.span(w).text))
                if len(words) >= 2:
                    out.add(bare(words[-1]))
        return out


@dataclass(frozen=True)
class Pass:
    """One correction of the entity stage: a name, the function, and why it is there."""

    name: str
    run: Callable[[EntityState], None]
    reason: str


def run_passes(state: EntityState, passes: "tuple[Pass, ...] | list[Pass]") -> EntityState:
    """Run ``passes`` in order over ``state``: the one loop of the entity stage."""
    for p in passes:
        p.run(state)
    return state
