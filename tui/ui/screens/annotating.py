"""The reader's annotation keys: the screen side of ``ui/annotations.py``.

:class:`AnnotatingScreen` is the base class of ``ReaderScreen``: it owns the
annotation bindings (``a`` ``x`` ``c`` ``u`` ``v`` ``ctrl+n`` ``ctrl+r``; the
selection ``v`` starts and its motions: screens/selecting.py), opens the dialogs,
and hands each choice to the :class:`Annotator`. It relies on a few reader hooks,
all small:

* ``ReaderScreen._apply`` passes the model's analysis through :meth:`annotated`
  (so the whole reader shows the corrected analysis) and adds
  :meth:`annotation_marks` to its base marks;
* ``_repaint`` adds :meth:`selection_marks`; ``_refresh_status`` calls
  :meth:`refresh_annotation_status`.

After a saved edit the reader re-applies the model analysis (the journal
replay is cheap) and the cursor stays on the edited item.
"""

from __future__ import annotations

import time
from functools import partial

from textual.binding import Binding
from textual.screen import Screen

from newsread.analysis.model import Analysis
from newsread.store.quoted import quoted_parts
from newsread.ui.analysis_runner import Result
from newsread.ui.annotation_parts import KIND_NAMES
from newsread.ui.labels import plain_label
from newsread.ui.annotations import (
    ENTITY,
    LABELS,
    QUOTE,
    SPAN,
    Annotator,
    Outcome,
    Target,
    origin_marks,
    remap,
    remap_history,
    short,
)
from newsread.ui.navigation import SPEAKER, Item, Navigator
from newsread.ui.screens.actor_editing import ANNOTATE, ActorEditing
from newsread.ui.screens.annotate_dialog import NEW, NOTE, NOTE_CHOICE, Choice, NoteDialog, Pick, PickerDialog
from newsread.ui.screens.selecting import SelectingScreen
from newsread.ui.selection import select_span
from newsread.ui.widgets.annotation_bar import AnnotationBar
from newsread.ui.widgets.notes_list import DELETE, JUMP, NotesScreen

# How often the journal is checked for other sessions' edits (one stat each time).
POLL_SECONDS = 1.5
REJECT, UNKNOWN, QUOTE_CHOICE, REPORTED_CHOICE = "reject", "none", "quote", "reported"
ACTOR_CHOICE = "actor"  # the entity editor's way to the editor of its actor
KIND_CHOICE = "kind:"  # + the kind a speech item is re-kinded to
REPORTED_SPEECH = Choice(REPORTED_CHOICE, "Reported speech… (then choose the speaker)",
                         "what someone said, in the writer's words")


class AnnotatingScreen(ActorEditing, SelectingScreen):  # whole actors (merge, split): actor_editing.py
    """Annotation bindings and flows for the reader (see the module docstring)."""

    BINDINGS = [
        # Not in the footer (full at 80 columns): the annotation line names a, x, v instead.
        Binding("a", "annotate", "Annotate", show=False, id="annotate.edit",
                tooltip="Annotate the current item or selection: label, speaker, note"),
        Binding("x", "reject", "Reject", show=False, id="annotate.reject",
                tooltip="Reject the current entity or quote (the model got it wrong)"),
        Binding("u", "undo", "Undo", show=False, id="annotate.undo", tooltip="Undo your last annotation"),
        Binding("c", "confirm", "Confirm", show=False, id="annotate.confirm",
                tooltip="Confirm the current quote's speaker (a doubtful one stops being doubtful)"),
        Binding("v", "select", "Select", show=False, id="annotate.select",
                tooltip="Start (or stop) selecting words at the cursor, to add a missing entity or quote"),
        Binding("ctrl+n", "notes", "Notes", show=False, id="annotate.notes", tooltip="List the notes; enter jumps to one"),
        Binding("ctrl+r", "reload_annotations", "Reload", show=False, id="annotate.reload",
                tooltip="Reload annotations saved by other sessions (also automatic)"),
    ]

    _annotator: Annotator | None = None

    # -- the store, opened on first use (the reader may apply an analysis before mounting us)
    @property
    def annotator(self) -> Annotator:
        if self._annotator is None:
            override = getattr(self.app, "annotations_path", None)
            self._annotator = Annotator.open(self.article.source, self.article.text, override)
        return self._annotator

    def on_mount(self) -> None:
        self.mount(AnnotationBar(id="annotation-bar"), before=self.query_one("#status"))
        self.call_after_refresh(self.refresh_annotation_status)
        self.call_after_refresh(self._say_where_once)
        self.set_interval(POLL_SECONDS, self._poll, name="annotations-poll")

    def _say_where_once(self) -> None:
        """A journal away from its article (the sample, an unwritable folder): its full path, once.

        The annotation line has room only for a shortened path; the user must be able to
        find (and back up) the file without guessing.
        """
        from newsread.article.sanitize import display_path
        from newsread.store.location import DATA_DIR

        ann = self.annotator
        if ann.read_only or ann.store.location.reason != DATA_DIR:
            return
        self.notify(f"Annotations for this article are kept in {display_path(str(ann.store.path))}",
                    title="Annotations", markup=False, timeout=10)

    # -- hooks called by ReaderScreen ---------------------------------------
    def annotated(self, model: Analysis) -> Analysis:
        """The model's analysis with the journal applied; the cursor follows its item."""
        view = self.annotator.apply(model)
        fresh = Navigator(self.nav.text, view.analysis)
        self.nav.cursor = remap(self.nav.cursor, fresh)
        self.nav.history = remap_history(self.nav.history, fresh)
        # (A vanished actor focus is dropped by Navigator.set_analysis itself.)
        for warning in self.annotator.new_warnings():
            self.notify(warning, title="Annotations", severity="warning", markup=False, timeout=8)
        return view.analysis

    def annotation_marks(self) -> list[tuple[int, int, str]]:
        ann = self.annotator
        return origin_marks(ann.view, ann.store.events)

    def refresh_annotation_status(self) -> None:
        """The annotation line: selection, or last edit + current item's annotations; where saved."""
        bars = self.query(AnnotationBar)
        if not bars:
            return
        ann = self.annotator
        span = self._selection_span()
        selection = None if span is None else (self.article.text[span[0]:span[1]], self._selection.count())
        c = self.nav.cursor
        if c is not None and c.kind == QUOTE:  # on a mixed item's quoted words: the item's annotations
            c = self.nav.quotes[c.index]
        state, problem = ann.status(None if c is None else (c.start, c.end), selection)
        bars.first().show(state, ann.where(), ann.describe(), problem=problem, read_only=ann.read_only)

    # -- bindings --------------------------------------------------------------
    def _ready(self) -> bool:
        if not self.nav.ready:
            self._report(self.annotator.refuse("annotations need the analysis: wait until it is done"))
            return False
        if self.annotator.read_only:
            self._report(self.annotator.refuse(f"NOT SAVED: annotations are read-only: {self.annotator.refusal}"))
            return False
        return True

    def action_annotate(self) -> None:
        if not self._ready():
            return
        target = self.annotator.target(self.nav, self._selection_span())
        text = self.article.text
        if target.kind == ENTITY:
            e = target.entity
            choices = [NOTE_CHOICE]
            choices += [Choice(label, plain_label(label), desc, current=label == e.label) for label, desc in LABELS.items()]
            choices.append(Choice(REJECT, "✗ Reject this entity (x)"))
            actor = self.annotator.actor(e.actor)
            if actor is not None:  # the person behind the mention: all its mentions at once
                choices.insert(1, Choice(ACTOR_CHOICE, f"⇄ The actor “{short(actor.name)}”: all its mentions, merge, split…",
                                         f"{actor.mentions}m {actor.quotes}q"))
            dialog = PickerDialog(f"Entity “{short(e.text)}” is {plain_label(e.label)}: choose its label", "", choices)
            self.app.push_screen(dialog, partial(self._entity_chosen, target))
        elif target.kind == QUOTE:
            q = target.quote
            reported = q.kind != "direct"  # the writer's words: no quotation marks of ours
            words = short(q.text, 70) if reported else f"“{short(q.text, 70)}”"
            what = "reported speech; " if reported else ""  # every item of speech is a quote, of some kind
            choices = self._speaker_choices(q.speaker, extra=True)
            choices[-1:-1] = self._kind_choices(q)  # before the reject choice
            dialog = PickerDialog(f"Speaker of the quote ({what}now: {q.speaker_name or 'unattributed'})", words,
                                  choices, new_prompt="New speaker “{}”", placeholder="type a name to filter or add")
            self.app.push_screen(dialog, partial(self._quote_chosen, target))
        elif target.kind == SPAN:
            words = short(text[target.start:target.end], 50)
            clash = self.annotator.overlapping_entity(target.start, target.end)
            if clash is None:
                choices = [Choice(f"entity:{label}", f"Entity: {plain_label(label)}", desc) for label, desc in LABELS.items()]
                choices[4:4] = [Choice(QUOTE_CHOICE, "Quote… (then choose the speaker)"), REPORTED_SPEECH]
                hint = ""
            else:  # an added entity would overlap it: offer what cannot
                choices = [Choice(QUOTE_CHOICE, "Quote… (then choose the speaker)"), REPORTED_SPEECH]
                hint = (f"Overlaps the entity “{short(clash.text)}” ({plain_label(clash.label)}): no entity can be added here; "
                        "esc twice, then } puts the cursor on it to relabel or reject it.")
            choices.insert(0, NOTE_CHOICE)
            dialog = PickerDialog(f"Add “{words}” as", hint, choices)
            self.app.push_screen(dialog, partial(self._span_chosen, target))
        else:
            self.app.push_screen(NoteDialog("No item under the cursor: a note on the whole article (v selects words)"),
                                 partial(self._note_written, target))

    def action_reject(self) -> None:
        if not self._ready():
            return
        if self.nav.cursor is not None and self.nav.cursor.kind == SPEAKER:
            # Rejecting the whole quote from its speaker mention would surprise: say what to do.
            self._report(self.annotator.refuse("on a speaker mention: a changes the speaker; ] then x rejects the quote"))
            return
        self._report(self.annotator.reject(self.annotator.target(self.nav, None)))

    def action_confirm(self) -> None:
        if self._ready():
            self._report(self.annotator.confirm(self.annotator.target(self.nav, None)))

    def action_undo(self) -> None:
        if self._ready():
            self._report(self.annotator.undo())

    def action_notes(self) -> None:
        view = self.annotator.view
        if view is None:
            self._report(self.annotator.refuse("notes appear when the analysis is done"))
            return
        self.app.push_screen(NotesScreen(view.notes), self._note_picked)

    def action_reload_annotations(self) -> None:
        self._reload(explicit=True)

    # -- dialog results -----------------------------------------------------------
    def _entity_chosen(self, target: Target, pick: Pick | None) -> None:
        if pick is None:
            return
        if pick.key == NOTE:
            self._ask_note(target)
        elif pick.key == REJECT:
            self._report(self.annotator.reject(target))
        elif pick.key == ACTOR_CHOICE:
            self.edit_actor(target.entity.actor, ANNOTATE)
        else:
            self._report(self.annotator.relabel(target, pick.key))

    def _quote_chosen(self, target: Target, pick: Pick | None) -> None:
        if pick is None:
            return
        if pick.key == NOTE:
            self._ask_note(target)
        elif pick.key == REJECT:
            self._report(self.annotator.reject(target))
        elif pick.key.startswith(KIND_CHOICE):
            self._report(self.annotator.set_kind(target, pick.key[len(KIND_CHOICE):]))
        elif pick.key == NEW:
            self._report(self.annotator.set_speaker(target, None, pick.typed))
        else:
            self._report(self.annotator.set_speaker(target, None if pick.key == UNKNOWN else pick.key, None))

    def _span_chosen(self, target: Target, pick: Pick | None) -> None:
        if pick is None:
            return
        if pick.key == NOTE:
            self._ask_note(target)
        elif pick.key in (QUOTE_CHOICE, REPORTED_CHOICE):
            words = short(self.article.text[target.start:target.end], 70)
            kind, what = ("direct", "quote") if pick.key == QUOTE_CHOICE else ("reported", "reported speech")
            dialog = PickerDialog(f"Speaker of the new {what}", f"“{words}”", self._speaker_choices(None),
                                  new_prompt="New speaker “{}”", placeholder="type a name to filter or add")
            self.app.push_screen(dialog, partial(self._new_quote_speaker, target, kind))
        elif pick.key.startswith("entity:"):
            self._report(self.annotator.add_entity(target, pick.key.split(":", 1)[1]), clear_selection=True)

    def _new_quote_speaker(self, target: Target, kind: str, pick: Pick | None) -> None:
        """``kind``: direct, or reported (mixed when the words hold quotation marks, else indirect)."""
        if pick is None:
            return
        if pick.key == NEW:
            outcome = self.annotator.add_quote(target, None, pick.typed, kind)
        else:
            outcome = self.annotator.add_quote(target, None if pick.key == UNKNOWN else pick.key, None, kind)
        self._report(outcome, clear_selection=True)

    def _ask_note(self, target: Target) -> None:
        where = "the whole article" if target.span is None else f"“{short(self.article.text[target.start:target.end], 60)}”"
        self.app.push_screen(NoteDialog(f"on {where}"), partial(self._note_written, target))

    def _note_written(self, target: Target, body: str | None) -> None:
        if body:
            self._report(self.annotator.add_note(target, body), clear_selection=target.kind == SPAN)

    def _note_picked(self, pick: Pick | None) -> None:
        """NotesScreen's answer: Pick(JUMP or DELETE, note id)."""
        view = self.annotator.view
        if pick is None or view is None:
            return
        note = next((n for n in view.notes if n.id == pick.typed), None)
        if note is None:
            return
        if pick.key == DELETE:
            if self._ready():
                self._report(self.annotator.undo(note.id))
        elif pick.key == JUMP:
            self._jump_to_note(note)

    def _jump_to_note(self, note) -> None:
        if note.orphaned or note.start is None:
            self._details().show_text(f"Note ({'its text is no longer in the article' if note.orphaned else 'whole article'}): "
                                      f"{note.body}")
            return
        span = (note.start, note.end)
        for kind, pool in ((ENTITY, self.nav.entities), (QUOTE, self.nav.quotes)):
            for i, x in enumerate(pool):
                if (x.start, x.end) == span:
                    self._selection = None
                    self._moved(self.nav.select(Item(kind, x.start, x.end, i), self._scroll_y()))
                    return
        # Not an item (the words of a note on a bare span): show them selected.
        self._set_selection(select_span(self.words, *span))
        self._details().show_text(f"Note on “{short(note.text, 60)}”: {note.body}")

    # -- after every action -------------------------------------------------------
    def _speaker_choices(self, current: str | None, extra: bool = False) -> list[Choice]:
        choices = [NOTE_CHOICE] if extra else []
        choices += [Choice(aid, name, detail, current=aid == current) for aid, name, detail in self.annotator.speaker_choices()]
        choices.append(Choice(UNKNOWN, "(unknown speaker)", "nobody named", current=current is None and extra))
        if extra:
            choices.append(Choice(REJECT, "✗ Reject this quote (x)"))
        return choices

    def _kind_choices(self, quote) -> list[Choice]:
        """Re-kinding an item of speech: the kinds it is not (mixed only when it holds quoted words)."""
        kinds = [k for k in KIND_NAMES if k != quote.kind]
        if not quoted_parts(self.article.text, quote.start, quote.end):
            kinds = [k for k in kinds if k != "mixed"]
        return [Choice(KIND_CHOICE + k, f"⇄ It is {KIND_NAMES[k]}", "change the kind") for k in kinds]

    def _report(self, outcome: Outcome, clear_selection: bool = False) -> None:
        """Show an outcome; after a saved edit re-render everything from the journal."""
        if outcome.saved:
            if clear_selection:
                self._selection = None
                self.refresh_bindings()
            self._rerender(outcome.focus)
        else:
            severity = "error" if outcome.message.startswith("NOT SAVED") else "warning"
            self.notify(outcome.message, title="Annotation", severity=severity, markup=False, timeout=8)
        self.refresh_annotation_status()

    def _rerender(self, focus: tuple[str, int, int] | None = None, follow: bool = True) -> None:
        """Apply the journal again; ``follow``: scroll to the cursor (after the user's own edit).

        Edits arriving from another session keep the view where the user is reading.
        """
        model = self.annotator.model
        if model is None:
            return
        self._apply(Result(analysis=model))
        if focus is not None:
            kind, s, e = focus
            pool = self.nav.entities if kind == ENTITY else self.nav.quotes
            for i, x in enumerate(pool):
                if (x.start, x.end) == (s, e):
                    self.nav.cursor = Item(kind, s, e, i)
                    break
        self._moved(self.nav.cursor if follow else None)

    def _reload(self, explicit: bool = False) -> None:
        ann = self.annotator
        if ann.store.read_only:
            if explicit:
                self._report(ann.refuse(f"cannot reload: {ann.store.error}"))
            return
        count = ann.reload()
        if ann.model is not None and (count or explicit):
            self._rerender(follow=False)
        for warning in ann.new_warnings():  # e.g. another writer's invalid line: skipped, said once
            self.notify(warning, title="Annotations", severity="warning", markup=False, timeout=8)
        if count or explicit:
            ann.last = Outcome(True, f"saved: reloaded, {count} new annotation(s) from other sessions" if count
                               else "saved: reloaded, nothing new")
            ann.saved_at = time.time()
        self.refresh_annotation_status()

    def _poll(self) -> None:
        """Every POLL_SECONDS: reload when another process appended (one stat when not)."""
        if self._annotator is None:
            return
        try:
            changed = self._annotator.store.changed()
        except OSError:
            # stat() of a path whose folder became a file (or vanished oddly) raises
            # NotADirectoryError: not worth a crash, the next edit reports it.
            return
        if changed:
            self._reload()

