"""The reader's annotation controller: key actions -> store calls -> corrected analysis.

No widget code here (the screen side is ``screens/annotating.py``): this holds
the :class:`AnnotationStore` of one article and the model's analysis, decides
what ``a``/``x`` act on, turns a choice made in a dialog into exactly one store
call, and says in one line what happened. An edit counts as saved only when
the store call returned (the journal line is fsynced by then); any
:class:`AnnotationError` becomes a "not saved" outcome and nothing is shown as
changed, because the corrected analysis is always replayed from the journal.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from newsread.analysis.model import ACTOR_LABELS, Analysis, Entity, Quote
from newsread.store import CORRECTED, USER, AnnotatedAnalysis, AnnotationError, AnnotationStore, Event, Note
from newsread.store import events as ev
from newsread.store.location import BESIDE, DATA_DIR, is_writable_dir
from newsread.ui.navigation import DATE, ENTITY, MATCH, QUOTE, SPEAKER, Item, Mark, Navigator

# What an annotation acts on (besides ENTITY and QUOTE, the navigator's kinds).
SPAN, ARTICLE = "span", "article"

# spaCy's English labels, the ones a reader corrects most first.
LABELS: dict[str, str] = {
    "PERSON": "people, including fictional",
    "ORG": "companies, agencies, institutions",
    "GPE": "countries, cities, states",
    "NORP": "nationalities, religious or political groups",
    "LOC": "non-GPE locations, regions, bodies of water",
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


def describe_event(event: Event) -> str:
    """What an event did, in a few words ("ORG → PERSON “Erdogan”")."""
    t, text = event.type, short(event.text, 32)
    if t == ev.ENTITY_ADD:
        return f"added {event.get('label')} “{text}”"
    if t == ev.ENTITY_REMOVE:
        return f"rejected entity “{text}”"
    if t == ev.ENTITY_RELABEL:
        return f"{event.get('old_label') or '?'} → {event.get('label')} “{text}”"
    if t == ev.QUOTE_ADD:
        return f"added quote “{text}” ({event.get('speaker_name') or 'no speaker'})"
    if t == ev.QUOTE_REMOVE:
        return f"rejected quote “{text}”"
    if t == ev.QUOTE_SPEAKER:
        return f"speaker of “{text}” → {event.get('speaker_name') or 'unknown'}"
    if t == ev.NOTE:
        return f"note “{short(event.get('body'), 32)}”" + (f" on “{text}”" if text else " on the article")
    return t


def _tilde(path: Path) -> str:
    """``path`` relative to the working folder when inside it, else with ``~`` for home."""
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


def remap(item: Item | None, nav: Navigator, *, nearest: bool = True) -> Item | None:
    """The same item in a new analysis (``nav``), matched by span; indexes shift on edits.

    With ``nearest`` a vanished entity or quote becomes the next one of its kind,
    so ``x`` pressed again rejects the next item; otherwise None.
    """
    if item is None or item.kind == MATCH:
        return item
    if item.kind == SPEAKER:
        for i, q in enumerate(nav.quotes):
            if (q.speaker_start, q.speaker_end) == (item.start, item.end):
                return Item(SPEAKER, item.start, item.end, i)
        item = Item(QUOTE, item.start, item.end, -1)
        nearest = False
    pool = {QUOTE: nav.quotes, ENTITY: nav.entities, DATE: nav.dates}.get(item.kind)
    if pool is None:
        return None
    for i, x in enumerate(pool):
        if (x.start, x.end) == (item.start, item.end):
            return Item(item.kind, x.start, x.end, i)
    if nearest:
        for i, x in enumerate(pool):
            if x.start >= item.start:
                return Item(item.kind, x.start, x.end, i)
    return None


def remap_history(history: list[Mark], nav: Navigator) -> list[Mark]:
    """Jump history for a new analysis: items found again keep their place, others become None."""
    return [Mark(remap(m.item, nav, nearest=False), m.scroll_y) for m in history]


@dataclass
class Annotator:
    """One article's annotations as the reader sees them."""

    store: AnnotationStore
    refusal: str | None = None  # why edits are refused (read-only), shown on screen
    model: Analysis | None = None
    view: AnnotatedAnalysis | None = None
    last: Outcome | None = None
    saved_at: float | None = None
    warnings_shown: set[str] = field(default_factory=set)
    mine: list[str] = field(default_factory=list)  # ids of the edits this session saved, oldest first

    @classmethod
    def open(cls, source: str | None, text: str, override: str | os.PathLike | None = None) -> "Annotator":
        """Open the article's journal; decide up front whether edits can be saved."""
        store = AnnotationStore.open(source, text, annotations=override)
        refusal = store.error
        if refusal is None:
            try:
                refusal = write_problem(store.path)
            except OSError as exc:  # e.g. a folder on the way that may not even be searched
                refusal = f"cannot use {store.path}: {exc.strerror or exc}"
        return cls(store, refusal)

    # ------------------------------------------------------------------ state
    @property
    def read_only(self) -> bool:
        return self.refusal is not None

    def describe(self) -> str:
        """Where annotations are saved (or why they cannot be)."""
        if self.store.error:
            return f"read-only: {self.store.error}"
        if self.refusal:
            return f"read-only: {self.refusal}"
        return self.store.describe()

    def where(self) -> str:
        """:meth:`describe`, short enough for the annotation line at 80 columns."""
        if self.read_only:
            return "READ-ONLY: edits are not saved"
        path, reason = self.store.path, self.store.location.reason
        if reason == BESIDE:
            return f"saved in {path.name}"  # beside the article: its folder goes without saying
        return f"saved {'in data dir' if reason == DATA_DIR else 'to'}: {_tilde(path)}"

    def apply(self, model: Analysis | None = None) -> AnnotatedAnalysis | None:
        """Replay the journal over the model's analysis (kept for the next edits)."""
        if model is not None:
            self.model = model
        if self.model is None:
            return None
        self.view = self.store.apply(self.model)
        return self.view

    def new_warnings(self) -> list[str]:
        """Journal warnings (torn line, damage, orphans) not yet shown to the user."""
        out = [w for w in self.store.warnings if w not in self.warnings_shown]
        if self.view is not None and self.view.orphans:
            key = f"{len(self.view.orphans)} annotation(s) orphaned: their text is no longer in the article"
            if key not in self.warnings_shown:
                out.append(key)
        self.warnings_shown.update(out)
        return out

    # ------------------------------------------------------------------ targets
    def target(self, nav: Navigator, selection: tuple[int, int] | None = None) -> Target:
        """What the current item is, for ``a`` and ``x``: the selection first, then the cursor."""
        if selection is not None:
            return Target(SPAN, *selection)
        c = nav.cursor
        if c is None or not nav.ready:
            return Target(ARTICLE)
        if c.kind in (QUOTE, SPEAKER):
            q = nav.quotes[c.index]
            return Target(QUOTE, q.start, q.end, quote=q)
        if c.kind == ENTITY:
            e = nav.entities[c.index]
            return Target(ENTITY, e.start, e.end, entity=e)
        entity = next((e for e in nav.entities if (e.start, e.end) == (c.start, c.end)), None)
        if entity is not None:  # a date mention is a DATE entity of the same span
            return Target(ENTITY, entity.start, entity.end, entity=entity)
        return Target(SPAN, c.start, c.end)

    def origin(self, start: int, end: int) -> str | None:
        """USER / CORRECTED (with who) for the item at this span, None for model output."""
        if self.view is None:
            return None
        mark = self.view.entity_marks.get((start, end)) or self.view.quote_marks.get((start, end))
        if mark is None:
            return None
        who = f" by {mark.user}" if mark.user else ""
        return ("added" if mark.origin == USER else "corrected") + who

    def notes_at(self, start: int, end: int) -> list[Note]:
        """Notes on a span overlapping ``[start, end)``."""
        if self.view is None:
            return []
        return [n for n in self.view.notes if n.start is not None and n.start < end and start < n.end]

    # ------------------------------------------------------------------ edits
    def _save(self, call, what: str, focus: tuple[str, int, int] | None = None) -> Outcome:
        """Run one store call; saved only if it returned (fsync done)."""
        if self.refusal is not None:
            outcome = Outcome(False, f"NOT SAVED ({what}): annotations are read-only: {self.refusal}")
        else:
            try:
                event = call()
            except AnnotationError as exc:
                outcome = Outcome(False, f"NOT SAVED ({what}): {exc}")
            else:
                self.saved_at = time.time()
                self.mine.append(event.id)
                self.apply()
                outcome = Outcome(True, f"saved: {describe_event(event)}", focus)
        self.last = outcome
        return outcome

    def refuse(self, message: str) -> Outcome:
        """An action that has nothing to act on: nothing written."""
        self.last = Outcome(False, message)
        return self.last

    def relabel(self, target: Target, label: str) -> Outcome:
        entity = target.entity
        if entity is None:
            return self.refuse("not on an entity")
        if entity.label == label:
            return self.refuse(f"“{short(entity.text)}” is already {label}")
        return self._save(
            lambda: self.store.relabel_entity(entity.start, entity.end, label, old_label=entity.label),
            f"{entity.label} → {label}",
            (ENTITY, entity.start, entity.end),
        )

    def reject(self, target: Target) -> Outcome:
        if target.kind == ENTITY and target.entity is not None:
            e = target.entity
            return self._save(lambda: self.store.remove_entity(e.start, e.end, e.label), f"reject “{short(e.text)}”",
                              (ENTITY, e.start, e.end))
        if target.kind == QUOTE and target.quote is not None:
            q = target.quote
            return self._save(lambda: self.store.remove_quote(q.start, q.end), f"reject quote “{short(q.text)}”",
                              (QUOTE, q.start, q.end))
        return self.refuse("x rejects an entity or a quote: move to one first (} or ])")

    def set_speaker(self, target: Target, actor_id: str | None, name: str | None) -> Outcome:
        """Pick an actor (``actor_id``), type a new name (``name`` only), or neither: unknown speaker."""
        if target.span is None:
            return self.refuse("not on a quote")
        s, e = target.span
        if actor_id is not None and self.view is not None:
            actor = self.view.analysis.actor(actor_id)
            name = actor.name if actor else name
        name = name.strip() if name else None
        return self._save(lambda: self.store.set_speaker(s, e, speaker=actor_id, speaker_name=name),
                          f"speaker {name or 'unknown'}", (QUOTE, s, e))

    def add_entity(self, target: Target, label: str) -> Outcome:
        if target.span is None:
            return self.refuse("select some words first (v)")
        s, e = target.span
        return self._save(lambda: self.store.add_entity(s, e, label), f"add {label}", (ENTITY, s, e))

    def add_quote(self, target: Target, actor_id: str | None, name: str | None) -> Outcome:
        if target.span is None:
            return self.refuse("select some words first (v)")
        s, e = target.span
        if actor_id is not None and self.view is not None:
            actor = self.view.analysis.actor(actor_id)
            name = actor.name if actor else name
        name = name.strip() if name else None
        return self._save(lambda: self.store.add_quote(s, e, speaker=actor_id, speaker_name=name),
                          "add quote", (QUOTE, s, e))

    def add_note(self, target: Target, body: str) -> Outcome:
        body = body.strip()
        if not body:
            return self.refuse("empty note: nothing saved")
        span = target.span
        focus = (target.kind, *span) if span and target.kind in (ENTITY, QUOTE) else None
        if span is None:
            return self._save(lambda: self.store.add_note(body), "note", None)
        return self._save(lambda: self.store.add_note(body, span[0], span[1]), "note", focus)

    def undo(self, target_id: str | None = None) -> Outcome:
        """``u``: undo this session's latest edit still in effect (or the event ``target_id``).

        Another session of the same user (a second SSH login) keeps its own undo
        order; with no edit of its own yet, a session undoes the user's latest
        edit in the journal (the store's rule), e.g. one from before a restart.
        """
        if self.refusal is not None:
            return self._save(lambda: None, "undo")
        if target_id is None and self.view is not None:
            target_id = next((i for i in reversed(self.mine) if i not in self.view.undone), None)
        try:
            event = self.store.undo(target_id)
        except AnnotationError as exc:
            self.last = Outcome(False, f"NOT SAVED (undo): {exc}")
            return self.last
        if event is None:
            return self.refuse("nothing to undo")
        self.saved_at = time.time()
        self.apply()
        undone = next((e for e in self.store.events if e.id == event.get("target")), None)
        what = describe_event(undone) if undone else "an edit"
        focus = None
        if undone is not None and undone.type != ev.NOTE and undone.start is not None and undone.end is not None:
            kind = ENTITY if undone.type.startswith("entity.") else QUOTE
            focus = (kind, undone.start, undone.end)
        self.last = Outcome(True, f"saved: undid {what}", focus)
        return self.last

    def reload(self) -> int:
        """Read what other sessions appended; returns how many events arrived."""
        new = self.store.reload()
        self.apply()
        return len(new)

    # ------------------------------------------------------------------ choices for the dialogs
    def speaker_choices(self) -> list[tuple[str, str, str]]:
        """(actor id, name, detail) of the actors that can speak: people first, most quoted first."""
        if self.view is None:
            return []
        order = {label: i for i, label in enumerate(ACTOR_LABELS)}
        actors = sorted(self.view.analysis.actors, key=lambda a: (order.get(a.label, 9), -a.quotes, -a.mentions, a.name))
        return [(a.id, a.name, f"{a.label} · {a.mentions}m {a.quotes}q") for a in actors]


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


__all__ = [
    "ARTICLE",
    "CORRECTED",
    "LABELS",
    "SPAN",
    "USER",
    "Annotator",
    "Outcome",
    "Target",
    "describe_event",
    "origin_marks",
    "remap",
    "remap_history",
    "short",
    "write_problem",
]
