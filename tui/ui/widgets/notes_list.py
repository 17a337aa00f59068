"""``ctrl+n``: the article's notes, in text order; enter jumps to one, ``d`` deletes it.

The list only returns the choice (``NotesScreen`` is a ``ModalScreen[Pick]``);
the reader moves the cursor or asks the store to undo the note. Note bodies and
spans are user/article text: shown as ``rich.text.Text``, never markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from newsread.article.sanitize import safe_display
from newsread.store import Note
from newsread.ui.screens.annotate_dialog import Pick

JUMP, DELETE = "jump", "delete"


def note_order(notes: list[Note]) -> list[Note]:
    """Article-wide notes first, then by position in the text; orphans last."""
    return sorted(notes, key=lambda n: (n.orphaned, n.start is not None, n.start or 0, n.time or ""))


def note_row(note: Note) -> Text:
    """One option: where (the span's words, or "whole article"), the body, who."""
    where = "whole article" if note.text is None else " ".join(note.text.split())
    if len(where) > 30:
        where = where[:29] + "…"
    text = Text()
    text.append(f"“{where}”" if note.text is not None else where, style="bold")
    if note.orphaned:
        text.append(" (text no longer found)", style="italic")
    text.append("  ")
    text.append(safe_display(" ".join(note.body.split())))  # bodies and users come from a shared journal
    if note.user:
        text.append(f"  — {safe_display(note.user)}", style="dim")
    return text


class NotesList(OptionList):
    """The notes as options whose ids are the note event ids."""

    def show(self, notes: list[Note]) -> None:
        options = [Option(note_row(n), id=n.id) for n in note_order(notes)]
        if not options:
            options.append(Option(Text("no notes yet: a on an item, then choose “Add a note”", style="dim"),
                                  disabled=True))
        self.set_options(options)


class NotesScreen(ModalScreen[Pick | None]):
    """The notes of the open article; returns ``Pick(JUMP or DELETE, typed=note id)`` or None."""

    BINDINGS = [
        Binding("escape,ctrl+n", "cancel", "Close", id="notes.close", tooltip="Close the notes list"),
        Binding("enter", "jump", "Go to note", id="notes.jump", tooltip="Put the cursor on the note's words"),
        Binding("d,delete", "delete", "Delete note", id="notes.delete", tooltip="Delete this note (u undoes it)"),
    ]

    def __init__(self, notes: list[Note]) -> None:
        super().__init__()
        self.notes = notes

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(f"Notes ({len(self.notes)})", id="dialog-title", markup=False)
            yield NotesList(id="notes-list")
            yield Label("enter go to · d delete · esc close", id="dialog-help", markup=False)

    def on_mount(self) -> None:
        notes = self.query_one(NotesList)
        notes.show(self.notes)
        notes.focus()
        if self.notes:
            notes.highlighted = 0

    def _current(self) -> str | None:
        notes = self.query_one(NotesList)
        if notes.highlighted is None:
            return None
        option = notes.get_option_at_index(notes.highlighted)
        return None if option.disabled else option.id

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.dismiss(Pick(JUMP, event.option.id))

    def action_jump(self) -> None:
        note_id = self._current()
        if note_id:
            self.dismiss(Pick(JUMP, note_id))

    def action_delete(self) -> None:
        note_id = self._current()
        if note_id:
            self.dismiss(Pick(DELETE, note_id))

    def action_cancel(self) -> None:
        self.dismiss(None)
