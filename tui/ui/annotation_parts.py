"""Pure pieces of annotating, shared by the controller and the screen (no Textual, no store I/O
except the write probe): what an action targets, its outcome, the label list, one-line
descriptions of events and the marks of the user's layer. (Finding the cursor's item again
after an edit is the navigator's: ``Navigator.refind``.)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from newsread.analysis.model import Entity, Quote
from newsread.store import USER, AnnotatedAnalysis, Event
from newsread.store import events as ev
from newsread.store.location import is_writable_dir
from newsread.ui.labels import plain_label

# What an annotation acts on (besides ENTITY and QUOTE, the navigator's kinds).
SPAN, ARTICLE = "span", "article"

# Kinds of speech in the words of the annotation line and the editors.
KIND_NAMES = {
    "direct": "a direct quote",
    "mixed": "reported speech with quoted words",
    "indirect": "reported speech",
}

# spaCy's English labels, the ones a reader corrects most first.
LABELS: dict[str, str] = {
    "PERSON": "people, including fictional",
    "ORG": "companies, agencies, institutions",
    "GPE": "countries, cities, states",
    "NORP": "nationalities, religious or political groups",
    "LOC": "other locations: regions, mountains, bodies of water",
    "FAC": "buildings, airports, highways, bridges",
    "DATE": "absolute or relative dates or periods",
    "TIME": "times smaller than a day",
    "EVENT": "named events: wars, summits, storms",
    "PRODUCT": "objects, vehicles, foods (not services)",
    "WORK_OF_ART": "titles of books, songs, reports",
    "LAW": "named documents made into laws",
    "LANGUAGE": "any named language",
    "MONEY": "monetary values",
    "PERCENT": "percentages",
    "QUANTITY": "measurements (weight, distance)",
    "CARDINAL": "numerals that are no other type",
    "ORDINAL": "first, second, ...",
}


@dataclass(frozen=True)
class Target:
    """What ``a`` / ``x`` act on: an entity, a quote, a bare span, or the whole article."""

    kind: str  # ENTITY, QUOTE, SPAN or ARTICLE
    start: int | None = None
    end: int | None = None
    entity: Entity | None = None
    quote: Quote | None = None

    @property
    def span(self) -> tuple[int, int] | None:
        return None if self.start is None or self.end is None else (self.start, self.end)


@dataclass(frozen=True)
class Outcome:
    """The result of one action: saved (on disk) or not, one line for the user, where to put the cursor."""

    saved: bool
    message: str
    focus: tuple[str, int, int] | None = None  # (ENTITY|QUOTE, start, end) to put the cursor on


def short(text: str | None, limit: int = 40) -> str:
    """A span's text on one line, cut with an ellipsis."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _kind(label: object) -> str:
    """An entity label from an event in words ("GPE" -> "Place"); '?' when it has none."""
    return plain_label(label) if isinstance(label, str) and label else "?"


def describe_event(event: Event) -> str:
    """What an event did, in a few words ("Organisation → Person “Erdogan”")."""
    t, text = event.type, short(event.text, 32)
    if t == ev.ENTITY_ADD:
        return f"added {_kind(event.get('label'))} “{text}”"
    if t == ev.ENTITY_REMOVE:
        return f"rejected entity “{text}”"
    if t == ev.ENTITY_RELABEL:
        return f"{_kind(event.get('old_label'))} → {_kind(event.get('label'))} “{text}”"
    if t == ev.QUOTE_ADD:
        what = "reported speech" if event.get("kind") in ("mixed", "indirect") else "quote"
        return f"added {what} “{text}” ({event.get('speaker_name') or 'no speaker'})"
    if t == ev.QUOTE_KIND:
        return f"“{text}” → {KIND_NAMES.get(event.get('kind'), '?')}"
    if t == ev.QUOTE_REMOVE:
        return f"rejected quote “{text}”"
    if t == ev.QUOTE_SPEAKER:
        return f"speaker of “{text}” → {event.get('speaker_name') or 'unknown'}"
    if t == ev.QUOTE_CONFIRM:
        return f"confirmed {event.get('speaker_name') or 'the speaker'} said “{text}”"
    if t == ev.ACTOR_MERGE:
        return f"merged “{short(event.get('name'), 24)}” into “{short(event.get('into_name'), 24)}”"
    if t == ev.ACTOR_SPLIT:
        return f"split “{short(event.get('new_name') or text, 24)}” off “{short(event.get('name'), 24)}”"
    if t == ev.ACTOR_RELABEL:
        return f"every “{short(event.get('name'), 24)}” → {_kind(event.get('label'))}"
    if t == ev.NOTE:
        return f"note “{short(event.get('body'), 32)}”" + (f" on “{text}”" if text else " on the article")
    return t


def short_path(path: Path) -> str:
    """``path`` relative to the working folder when inside it, else with ``~`` for home.

    Only shortens; control characters are made visible where the text is shown
    (:func:`newsread.article.sanitize.display_path`, the one sanitiser for paths).
    """
    path = Path(os.path.abspath(path))
    for base, prefix in ((Path.cwd(), ""), (Path.home(), "~/")):
        try:
            return prefix + str(path.relative_to(base))
        except ValueError:
            continue
    return str(path)


def _nearest_existing(path: Path) -> Path:
    for parent in [path.parent, *path.parent.parents]:
        if parent.exists():
            return parent
    return Path("/")


def write_problem(path: Path) -> str | None:
    """Why ``path`` cannot be appended to (None when it can), checked without writing to it.

    The store only finds out on the first edit; the reader should say so up front.
    A file is probed by opening it for appending (nothing written); a missing one by
    creating a scratch file in the nearest existing folder (the store creates the rest).
    """
    try:
        if path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NONBLOCK)
            os.close(fd)
            return None
    except OSError as exc:
        return f"cannot write {path}: {exc.strerror or exc}"
    folder = _nearest_existing(path)
    if not folder.is_dir():
        return f"cannot create {path}: {folder} is not a folder"
    if is_writable_dir(folder):
        return None
    return f"cannot create {path}: {folder} is not writable"


def origin_marks(view: AnnotatedAnalysis | None, events: list[Event]) -> list[tuple[int, int, str]]:
    """Article marks for the user's layer: corrected / added items, rejected ones, notes."""
    if view is None:
        return []
    marks: list[tuple[int, int, str]] = []
    types = {e.id: e.type for e in events}
    present = {(x.start, x.end) for x in view.analysis.entities} | {(q.start, q.end) for q in view.analysis.quotes}
    for item, event_id in [*view.removed_entities, *view.removed_quotes]:
        if types.get(event_id) in (ev.ENTITY_REMOVE, ev.QUOTE_REMOVE) and (item.start, item.end) not in present:
            marks.append((item.start, item.end, "rejected"))
    marks += [(n.start, n.end, "note") for n in view.notes if n.start is not None and n.end is not None]
    for (s, e), mark in [*view.quote_marks.items(), *view.entity_marks.items()]:
        marks.append((s, e, "user" if mark.origin == USER else "corrected"))
    return marks
