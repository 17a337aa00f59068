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

from newsread.analysis.model import ACTOR_LABELS, Analysis
from newsread.store import CORRECTED, USER, AnnotatedAnalysis, AnnotationError, AnnotationStore, Note
from newsread.store import events as ev
from newsread.store.location import BESIDE, DATA_DIR
from newsread.store.quoted import quoted_parts
from newsread.ui.actor_annotations import ActorAnnotations
from newsread.ui.annotation_parts import (
    ARTICLE,
    KIND_NAMES,
    LABELS,
    SPAN,
    Outcome,
    Target,
    short_path,
    describe_event,
    origin_marks,
    short,
    write_problem,
)
from newsread.ui.labels import plain_label
from newsread.ui.navigation import ENTITY, QUOTE, SPEAKER, Navigator

@dataclass
class Annotator(ActorAnnotations):  # merge, split, relabel a whole actor: actor_annotations.py
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
        return f"saved {'in data dir' if reason == DATA_DIR else 'to'}: {short_path(path)}"

    def status(self, cursor: tuple[int, int] | None, selection: tuple[str, int] | None = None) -> tuple[str, bool]:
        """The annotation line's text and whether it reports a failed save.

        ``selection``: (selected text, word count) while selecting. Otherwise: the
        last outcome (``✓ saved HH:MM:SS: …`` only for an edit the store returned),
        what the item at ``cursor`` carries, else a summary or a hint.
        """
        if selection is not None:
            words, n = selection
            return (f"SELECT “{short(words, 30)}” ({n} word{'s' if n != 1 else ''})"
                    " · a annotate · esc cancel · w/b word · )/( sentence · }/{ paragraph"
                    " · \" to quote mark · o other end"), False
        parts = []
        if self.last is not None:
            if self.last.saved:
                stamp = time.strftime("%H:%M:%S", time.localtime(self.saved_at or time.time()))
                parts.append(f"✓ {self.last.message.replace('saved:', f'saved {stamp}:', 1)}")
            else:
                parts.append(f"✗ {self.last.message}")
        elif self.read_only:
            parts.append("⚠ READ-ONLY: annotations cannot be saved (a x u refused)")
        if cursor is not None and self.view is not None:
            origin = self.origin(*cursor)
            if origin:
                parts.append(f"this item: {origin}")
            notes = self.notes_at(*cursor)
            if notes:
                parts.append(f"note: {short(notes[-1].body, 50)}" + (f" (+{len(notes) - 1})" if len(notes) > 1 else ""))
        if not parts and self.view is not None and (self.view.applied or self.view.orphans or self.view.unapplied):
            parts.append(self.view.summary() + (" · ctrl+n notes" if self.view.notes else ""))
        if not parts:
            parts.append("a annotate · x reject · v select words · ? keys")
        problem = self.last is not None and not self.last.saved and self.last.message.startswith("NOT SAVED")
        return " · ".join(parts), problem

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
        # A date mention is a DATE entity of the same span; a search match inside an
        # entity ("Niels" in "Niels de Boer") means that entity: as a bare span, a
        # would have added an entity overlapping it.
        entity = next((e for e in nav.entities if e.start <= c.start and c.end <= e.end), None)
        if entity is not None:
            return Target(ENTITY, entity.start, entity.end, entity=entity)
        return Target(SPAN, c.start, c.end)

    def overlapping_entity(self, start: int, end: int):
        """An entity sharing characters with ``[start, end)`` (an added one would overlap it), or None."""
        if self.view is None:
            return None
        return next((e for e in self.view.analysis.entities if e.start < end and start < e.end), None)

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
            return self.refuse(f"“{short(entity.text)}” is already {plain_label(label)}")
        return self._save(
            lambda: self.store.relabel_entity(entity.start, entity.end, label, old_label=entity.label),
            f"{plain_label(entity.label)} → {plain_label(label)}",
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

    def _speaker_name(self, actor_id: str | None, typed: str | None) -> str | None:
        """The name a speaker edit records: the picked actor's name, else what was typed."""
        if actor_id is not None and self.view is not None:
            actor = self.view.analysis.actor(actor_id)
            typed = actor.name if actor else typed
        return typed.strip() if typed else None

    def set_speaker(self, target: Target, actor_id: str | None, name: str | None) -> Outcome:
        """Pick an actor (``actor_id``), type a new name (``name`` only), or neither: unknown speaker."""
        if target.span is None:
            return self.refuse("not on a quote")
        s, e = target.span
        name = self._speaker_name(actor_id, name)
        return self._save(lambda: self.store.set_speaker(s, e, speaker=actor_id, speaker_name=name),
                          f"speaker {name or 'unknown'}", (QUOTE, s, e))

    def confirm(self, target: Target) -> Outcome:
        """``c``: the quote's speaker is right (a ``quote.confirm`` event; it stops being doubtful)."""
        q = target.quote
        if target.kind != QUOTE or q is None:
            return self.refuse("c confirms a quote's speaker: move to a quote first (])")
        if not q.speaker_name:
            return self.refuse("this quote has no speaker to confirm: a chooses one")
        if q.speaker_confirmed:
            return self.refuse(f"{short(q.speaker_name)} is already confirmed as the speaker")
        return self._save(
            lambda: self.store.confirm_speaker(q.start, q.end, q.speaker, q.speaker_name, q.speaker_start, q.speaker_end),
            f"confirm {q.speaker_name}",
            (QUOTE, q.start, q.end),
        )

    def add_entity(self, target: Target, label: str) -> Outcome:
        if target.span is None:
            return self.refuse("select some words first (v)")
        s, e = target.span
        clash = self.overlapping_entity(s, e)
        if clash is not None:
            return self.refuse(f"not added: the selection overlaps the entity “{short(clash.text)}” ({plain_label(clash.label)}); "
                               "} puts the cursor on it, then a relabels it or x rejects it")
        return self._save(lambda: self.store.add_entity(s, e, label), f"add {plain_label(label)}", (ENTITY, s, e))

    def add_quote(self, target: Target, actor_id: str | None, name: str | None, kind: str = "direct") -> Outcome:
        """Add the selection as a direct quote, or as reported speech (``indirect``; ``mixed`` when
        it holds words in quotation marks)."""
        if target.span is None:
            return self.refuse("select some words first (v)")
        s, e = target.span
        if kind != "direct":
            kind = "mixed" if quoted_parts(self.store.text, s, e) else "indirect"
        name = self._speaker_name(actor_id, name)
        return self._save(lambda: self.store.add_quote(s, e, speaker=actor_id, speaker_name=name, kind=kind),
                          "add quote" if kind == "direct" else "add reported speech", (QUOTE, s, e))

    def set_kind(self, target: Target, kind: str) -> Outcome:
        """Re-kind the item of speech under the cursor (``quote.kind``)."""
        q = target.quote
        if target.kind != QUOTE or q is None:
            return self.refuse("not on a quote or reported speech")
        if q.kind == kind:
            return self.refuse(f"this item is already {KIND_NAMES.get(kind, kind)}")
        return self._save(lambda: self.store.set_kind(q.start, q.end, kind), KIND_NAMES.get(kind, kind),
                          (QUOTE, q.start, q.end))

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
            kind = ENTITY if undone.type.startswith(("entity.", "actor.")) else QUOTE  # actor events: a mention
            focus = (kind, undone.start, undone.end)
        self.last = Outcome(True, f"saved: undid {what}", focus)
        return self.last

    def reload(self, explicit: bool = False) -> int:
        """Read what other sessions appended; returns how many events arrived.

        When some did, or the user asked (``explicit``), that is the last outcome shown.
        """
        new = self.store.reload()
        self.apply()
        if new or explicit:
            self.last = Outcome(True, f"saved: reloaded, {len(new)} new annotation(s) from other sessions" if new
                                else "saved: reloaded, nothing new")
            self.saved_at = time.time()
        return len(new)

    def changed(self) -> bool:
        """Did another process append to the journal since it was read? (one stat)"""
        try:
            return self.store.changed()
        except OSError:
            # stat() of a path whose folder became a file (or vanished oddly) raises
            # NotADirectoryError: not worth a crash, the next edit reports it.
            return False

    # ------------------------------------------------------------------ choices for the dialogs
    def speaker_choices(self) -> list[tuple[str, str, str]]:
        """(actor id, name, detail) of the actors that can speak: people first, most quoted first."""
        if self.view is None:
            return []
        order = {label: i for i, label in enumerate(ACTOR_LABELS)}
        actors = sorted(self.view.analysis.actors, key=lambda a: (order.get(a.label, 9), -a.quotes, -a.mentions, a.name))
        return [(a.id, a.name, f"{plain_label(a.label)} · {a.mentions}m {a.quotes}q") for a in actors]


__all__ = [
    "ARTICLE",
    "CORRECTED",
    "LABELS",
    "SPAN",
    "USER",
    "ENTITY",
    "QUOTE",
    "Annotator",
    "Outcome",
    "Target",
    "describe_event",
    "origin_marks",
    "short",
    "write_problem",
]
