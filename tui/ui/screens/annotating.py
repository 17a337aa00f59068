"""The reader's annotation keys: the screen side of ``ui/annotations.py``.

:class:`Annotating` is a component the reader screen owns (it is no screen and no base
class): the reader binds ``keymap.ANNOTATION_BINDINGS`` and hands each key to it; it opens
the dialogs and gives each choice to the :class:`Annotator` (one store call), shows the
outcome on its :class:`AnnotationBar`, and asks the reader for the rest through
:class:`AnnotationHost`, the few things it may ask of the screen. The reader asks it for
the corrected analysis (:meth:`Annotating.corrected`) and the marks of the user's layer.

After a saved edit the reader re-applies the model analysis (the journal replay is
cheap); the navigator finds the cursor's item again and the cursor goes to the edited one.
"""

from __future__ import annotations

from functools import partial
from typing import Protocol

from textual.app import App

from newsread.analysis.model import Analysis
from newsread.article.model import Article
from newsread.store.quoted import quoted_parts
from newsread.ui.annotation_parts import KIND_NAMES
from newsread.ui.annotations import ENTITY, LABELS, QUOTE, SPAN, Annotator, Outcome, Target, origin_marks, short
from newsread.ui.labels import plain_label
from newsread.ui.navigation import SPEAKER, Item, Navigator
from newsread.ui.screens.actor_editing import ANNOTATE, ActorEditors
from newsread.ui.screens.annotate_dialog import NEW, NOTE, NOTE_CHOICE, Choice, NoteDialog, Pick, PickerDialog
from newsread.ui.selection import WordSelection
from newsread.ui.widgets.annotation_bar import AnnotationBar
from newsread.ui.widgets.notes_list import DELETE, JUMP, NotesScreen

# How often the journal is checked for other sessions' edits (one stat each time).
POLL_SECONDS = 1.5
REJECT, UNKNOWN, QUOTE_CHOICE, REPORTED_CHOICE = "reject", "none", "quote", "reported"
ACTOR_CHOICE = "actor"  # the entity editor's way to the editor of its actor
KIND_CHOICE = "kind:"  # + the kind a speech item is re-kinded to
REPORTED_SPEECH = Choice(REPORTED_CHOICE, "Reported speech… (then choose the speaker)",
                         "what someone said, in the writer's words")


class AnnotationHost(Protocol):
    """What :class:`Annotating` may ask of the screen that owns it, and nothing more."""

    app: App

    def notify(self, message: str, *, title: str = "", severity: str = "information",
               timeout: float | None = None, markup: bool = True) -> None: ...

    def show_annotated(self, focus: tuple[str, int, int] | None = None, follow: bool = True) -> None:
        """Show the model's analysis corrected again; the cursor on ``focus`` (the edited item)."""

    def go_to(self, item: Item) -> None:
        """Put the cursor on ``item`` and show it."""

    def show_words(self, start: int, end: int) -> None:
        """Show the words of ``[start, end)`` selected (a note on bare words)."""

    def drop_word_selection(self) -> None:
        """Drop the word selection (it became an annotation)."""

    def show_text(self, text: str) -> None:
        """One line in the details pane."""

    def highlight_actor(self, actor_id: str) -> None:
        """Put the sidebar's highlight on ``actor_id``."""


class Annotating:
    """Annotation keys and flows for one article in the reader (see the module docstring)."""

    def __init__(self, host: AnnotationHost, article: Article, nav: Navigator, selection: WordSelection) -> None:
        self.host = host
        self.article = article
        self.nav = nav  # read for targets; the cursor moves through the host
        self.selection = selection
        self.bar = AnnotationBar(id="annotation-bar")  # the reader composes it above its status line
        self.actors = ActorEditors(self)
        self._annotator: Annotator | None = None

    # -- the store, opened on first use (the reader may apply an analysis before mounting)
    @property
    def annotator(self) -> Annotator:
        if self._annotator is None:
            override = getattr(self.host.app, "annotations_path", None)
            self._annotator = Annotator.open(self.article.source, self.article.text, override)
        return self._annotator

    @property
    def model(self) -> Analysis | None:
        """The model's analysis the journal is applied to (None before the analysis)."""
        return self.annotator.model

    def say_where_once(self) -> None:
        """A journal away from its article (the sample, an unwritable folder): its full path, once.

        The annotation line has room only for a shortened path; the user must be able to
        find (and back up) the file without guessing.
        """
        from newsread.article.sanitize import display_path
        from newsread.store.location import DATA_DIR

        ann = self.annotator
        if ann.read_only or ann.store.location.reason != DATA_DIR:
            return
        self.host.notify(f"Annotations for this article are kept in {display_path(str(ann.store.path))}",
                         title="Annotations", markup=False, timeout=10)

    # -- what the reader asks ----------------------------------------------------
    def corrected(self, model: Analysis) -> Analysis:
        """The model's analysis with the journal applied (new journal warnings are shown once)."""
        view = self.annotator.apply(model)
        self._warn()
        return view.analysis

    def marks(self) -> list[tuple[int, int, str]]:
        """Article marks of the user's layer: corrected, added, rejected items, notes."""
        ann = self.annotator
        return origin_marks(ann.view, ann.store.events)

    def refresh_status(self) -> None:
        """The annotation line: selection, or last edit + current item's annotations; where saved."""
        if not self.bar.is_mounted:
            return
        ann = self.annotator
        span = self.selection.span()
        selection = None if span is None else (self.article.text[span[0]:span[1]], self.selection.count())
        c = self.nav.cursor
        if c is not None and c.kind == QUOTE:  # on a mixed item's quoted words: the item's annotations
            c = self.nav.quotes[c.index]
        state, problem = ann.status(None if c is None else (c.start, c.end), selection)
        self.bar.show(state, ann.where(), ann.describe(), problem=problem, read_only=ann.read_only)

    def _warn(self) -> None:
        for warning in self.annotator.new_warnings():  # e.g. another writer's invalid line: said once
            self.host.notify(warning, title="Annotations", severity="warning", markup=False, timeout=8)

    # -- keys ----------------------------------------------------------------------
    def ready(self) -> bool:
        """True when an edit can be made now; otherwise says why not."""
        if not self.nav.ready:
            self.report(self.annotator.refuse("annotations need the analysis: wait until it is done"))
            return False
        if self.annotator.read_only:
            self.report(self.annotator.refuse(f"NOT SAVED: annotations are read-only: {self.annotator.refusal}"))
            return False
        return True

    def annotate(self) -> None:
        """``a``: the editor for the selection, the item under the cursor, or the whole article."""
        if not self.ready():
            return
        target = self.annotator.target(self.nav, self.selection.span())
        if target.kind == ENTITY:
            self._open(self._entity_dialog(target), self._entity_chosen, target)
        elif target.kind == QUOTE:
            self._open(self._quote_dialog(target), self._quote_chosen, target)
        elif target.kind == SPAN:
            self._open(self._span_dialog(target), self._span_chosen, target)
        else:
            self._open(NoteDialog("No item under the cursor: a note on the whole article (v selects words)"),
                       self._note_written, target)

    def _open(self, dialog, answer, *args) -> None:
        self.host.app.push_screen(dialog, partial(answer, *args))

    def _entity_dialog(self, target: Target) -> PickerDialog:
        e = target.entity
        choices = [NOTE_CHOICE]
        choices += [Choice(label, plain_label(label), desc, current=label == e.label) for label, desc in LABELS.items()]
        choices.append(Choice(REJECT, "✗ Reject this entity (x)"))
        actor = self.annotator.actor(e.actor)
        if actor is not None:  # the person behind the mention: all its mentions at once
            choices.insert(1, Choice(ACTOR_CHOICE, f"⇄ The actor “{short(actor.name)}”: all its mentions, merge, split…",
                                     f"{actor.mentions}m {actor.quotes}q"))
        return PickerDialog(f"Entity “{short(e.text)}” is {plain_label(e.label)}: choose its label", "", choices)

    def _quote_dialog(self, target: Target) -> PickerDialog:
        q = target.quote
        reported = q.kind != "direct"  # the writer's words: no quotation marks of ours
        words = short(q.text, 70) if reported else f"“{short(q.text, 70)}”"
        what = "reported speech; " if reported else ""  # every item of speech is a quote, of some kind
        choices = self._speaker_choices(q.speaker, extra=True)
        choices[-1:-1] = self._kind_choices(q)  # before the reject choice
        return PickerDialog(f"Speaker of the quote ({what}now: {q.speaker_name or 'unattributed'})", words,
                            choices, new_prompt="New speaker “{}”", placeholder="type a name to filter or add")

    def _span_dialog(self, target: Target) -> PickerDialog:
        words = short(self.article.text[target.start:target.end], 50)
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
        return PickerDialog(f"Add “{words}” as", hint, choices)

    def reject(self) -> None:
        """``x``: reject the entity or quote under the cursor."""
        if not self.ready():
            return
        if self.nav.cursor is not None and self.nav.cursor.kind == SPEAKER:
            # Rejecting the whole quote from its speaker mention would surprise: say what to do.
            self.report(self.annotator.refuse("on a speaker mention: a changes the speaker; ] then x rejects the quote"))
            return
        self.report(self.annotator.reject(self.annotator.target(self.nav, None)))

    def confirm(self) -> None:
        """``c``: the quote's speaker is right."""
        if self.ready():
            self.report(self.annotator.confirm(self.annotator.target(self.nav, None)))

    def undo(self) -> None:
        """``u``: undo this session's latest edit."""
        if self.ready():
            self.report(self.annotator.undo())

    def notes(self) -> None:
        """``ctrl+n``: the list of notes."""
        view = self.annotator.view
        if view is None:
            self.report(self.annotator.refuse("notes appear when the analysis is done"))
            return
        self.host.app.push_screen(NotesScreen(view.notes), self._note_picked)

    def edit_actor(self, actor_id: str, what: str) -> None:
        """The sidebar's ``m`` ``S`` ``a`` on an actor: screens/actor_editing.py."""
        self.actors.edit(actor_id, what)

    # -- dialog results -----------------------------------------------------------
    def _common(self, target: Target, pick: Pick | None) -> bool:
        """The answers every editor has: cancelled, a note, reject. True when ``pick`` was one of them."""
        if pick is None:
            return True
        if pick.key == NOTE:
            self._ask_note(target)
        elif pick.key == REJECT:
            self.report(self.annotator.reject(target))
        else:
            return False
        return True

    def _entity_chosen(self, target: Target, pick: Pick | None) -> None:
        if self._common(target, pick):
            return
        if pick.key == ACTOR_CHOICE:
            self.actors.edit(target.entity.actor, ANNOTATE)
        else:
            self.report(self.annotator.relabel(target, pick.key))

    def _quote_chosen(self, target: Target, pick: Pick | None) -> None:
        if self._common(target, pick):
            return
        if pick.key.startswith(KIND_CHOICE):
            self.report(self.annotator.set_kind(target, pick.key[len(KIND_CHOICE):]))
        elif pick.key == NEW:
            self.report(self.annotator.set_speaker(target, None, pick.typed))
        else:
            self.report(self.annotator.set_speaker(target, None if pick.key == UNKNOWN else pick.key, None))

    def _span_chosen(self, target: Target, pick: Pick | None) -> None:
        if self._common(target, pick):
            return
        if pick.key in (QUOTE_CHOICE, REPORTED_CHOICE):
            words = short(self.article.text[target.start:target.end], 70)
            kind, what = ("direct", "quote") if pick.key == QUOTE_CHOICE else ("reported", "reported speech")
            dialog = PickerDialog(f"Speaker of the new {what}", f"“{words}”", self._speaker_choices(None),
                                  new_prompt="New speaker “{}”", placeholder="type a name to filter or add")
            self._open(dialog, self._new_quote_speaker, target, kind)
        elif pick.key.startswith("entity:"):
            self.report(self.annotator.add_entity(target, pick.key.split(":", 1)[1]), clear_selection=True)

    def _new_quote_speaker(self, target: Target, kind: str, pick: Pick | None) -> None:
        """``kind``: direct, or reported (mixed when the words hold quotation marks, else indirect)."""
        if pick is None:
            return
        if pick.key == NEW:
            outcome = self.annotator.add_quote(target, None, pick.typed, kind)
        else:
            outcome = self.annotator.add_quote(target, None if pick.key == UNKNOWN else pick.key, None, kind)
        self.report(outcome, clear_selection=True)

    def _ask_note(self, target: Target) -> None:
        where = "the whole article" if target.span is None else f"“{short(self.article.text[target.start:target.end], 60)}”"
        self._open(NoteDialog(f"on {where}"), self._note_written, target)

    def _note_written(self, target: Target, body: str | None) -> None:
        if body:
            self.report(self.annotator.add_note(target, body), clear_selection=target.kind == SPAN)

    def _note_picked(self, pick: Pick | None) -> None:
        """NotesScreen's answer: Pick(JUMP or DELETE, note id)."""
        view = self.annotator.view
        if pick is None or view is None:
            return
        note = next((n for n in view.notes if n.id == pick.typed), None)
        if note is None:
            return
        if pick.key == DELETE:
            if self.ready():
                self.report(self.annotator.undo(note.id))
        elif pick.key == JUMP:
            self._jump_to_note(note)

    def _jump_to_note(self, note) -> None:
        if note.orphaned or note.start is None:
            self.host.show_text(f"Note ({'its text is no longer in the article' if note.orphaned else 'whole article'}): "
                                f"{note.body}")
            return
        item = self.nav.find(ENTITY, note.start, note.end) or self.nav.find(QUOTE, note.start, note.end)
        if item is not None:
            self.host.go_to(item)
            return
        # Not an item (the words of a note on a bare span): show them selected.
        self.host.show_words(note.start, note.end)
        self.host.show_text(f"Note on “{short(note.text, 60)}”: {note.body}")

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

    def report(self, outcome: Outcome, clear_selection: bool = False) -> None:
        """Show an outcome; after a saved edit the reader shows the journal applied again."""
        if outcome.saved:
            if clear_selection:
                self.host.drop_word_selection()
            if self.model is not None:
                self.host.show_annotated(outcome.focus)
        else:
            severity = "error" if outcome.message.startswith("NOT SAVED") else "warning"
            self.host.notify(outcome.message, title="Annotation", severity=severity, markup=False, timeout=8)
        self.refresh_status()

    def reload(self, explicit: bool = False) -> None:
        """``ctrl+r`` (``explicit``) or the poll: what other sessions saved; the view stays put."""
        ann = self.annotator
        if ann.store.read_only:
            if explicit:
                self.report(ann.refuse(f"cannot reload: {ann.store.error}"))
            return
        count = ann.reload(explicit)
        if ann.model is not None and (count or explicit):
            self.host.show_annotated(follow=False)  # edits from elsewhere keep the view where the user reads
        self._warn()
        self.refresh_status()

    def poll(self) -> None:
        """Every POLL_SECONDS: reload when another process appended (one stat when not)."""
        if self._annotator is not None and self._annotator.changed():
            self.reload()
