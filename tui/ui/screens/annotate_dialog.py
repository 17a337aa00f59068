"""Modal editors for annotations: a filterable picker and a one-line note editor.

Both only *return* what the user chose (``ModalScreen[T]`` results); the
reader turns the choice into a store call. Article text shown here (a span, a
name) is data: labels use ``markup=False`` and options are ``rich.text.Text``.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

# Key of the option made from what the user typed (only when ``new_prompt`` is given).
NEW = "new:"
# Key of the "add a note" choice: listed first (below a dozen labels it was out of sight at
# 80x24), never highlighted by default, and picked by ctrl+n wherever the list is scrolled.
NOTE = "note"


@dataclass(frozen=True)
class Choice:
    """One row of a picker: ``key`` is returned, ``words`` are matched by the filter."""

    key: str
    title: str
    detail: str = ""
    current: bool = False

    @property
    def words(self) -> str:
        return f"{self.title} {self.detail}".casefold()


@dataclass(frozen=True)
class Pick:
    """What the picker returns: the chosen key, and the typed text for a new entry."""

    key: str
    typed: str | None = None


NOTE_CHOICE = Choice(NOTE, "✎ Add a note…", "ctrl+n")


class PickerDialog(ModalScreen[Pick | None]):
    """Type to filter, up/down to move, enter to pick, escape to cancel.

    With ``new_prompt`` (e.g. ``'New speaker “{}”'``) whatever is typed that
    names no choice exactly is offered as a new entry, after the matching choices.
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel", tooltip="Close the editor without saving"),
        Binding("down", "move(1)", "Down", show=False, id="dialog.down", tooltip="Next choice"),
        Binding("up", "move(-1)", "Up", show=False, id="dialog.up", tooltip="Previous choice"),
        Binding("enter", "pick", "Choose", id="dialog.pick", tooltip="Save the highlighted choice"),
        Binding("ctrl+n", "note", "Note", id="dialog.note",
                tooltip="Write a note on the item or words instead (where the editor offers one)"),
    ]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]  # a shorter list below 30 rows (annotate.tcss)

    def __init__(self, title: str, subject: str, choices: list[Choice], *, new_prompt: str | None = None,
                 placeholder: str = "type to filter") -> None:
        super().__init__()
        self.title_text = title
        self.subject = subject
        self.choices = choices
        self.new_prompt = new_prompt
        self.placeholder = placeholder
        self.shown: list[Choice] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text, id="dialog-title", markup=False)
            if self.subject:
                yield Label(self.subject, id="dialog-subject", markup=False)
            yield Input(placeholder=self.placeholder, id="dialog-filter")
            yield OptionList(id="dialog-choices")
            note = " · ctrl+n note" if self._offers_note() else ""
            yield Label(f"enter choose · ↑↓ move{note} · esc cancel", id="dialog-help", markup=False)

    def _offers_note(self) -> bool:
        return any(c.key == NOTE for c in self.choices)

    def _default(self) -> int | None:
        """The choice highlighted before any move: the current one, else the first that is not the note."""
        if not self.shown:
            return None
        current = next((i for i, c in enumerate(self.shown) if c.current), None)
        return current if current is not None else next((i for i, c in enumerate(self.shown) if c.key != NOTE), 0)

    def on_mount(self) -> None:
        self._fill("")
        self.query_one(Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self._offers_note() if action == "note" else True

    def action_note(self) -> None:
        self.dismiss(Pick(NOTE))

    def _fill(self, typed: str) -> None:
        key = typed.strip().casefold()
        shown = [c for c in self.choices if all(w in c.words for w in key.split())]
        exact = any(c.title.casefold() == key for c in self.choices)
        if self.new_prompt and key and not exact:
            # After the matches: typing part of a known name must not pick a new one on enter.
            shown.append(Choice(NEW + typed.strip(), self.new_prompt.format(typed.strip())))
        self.shown = shown
        options = []
        for c in shown:
            text = Text("• " if c.current else "  ")
            text.append(c.title, style="bold" if c.current else "")
            if c.detail:
                text.append(f"  {c.detail}", style="dim")
            options.append(Option(text, id=c.key))
        option_list = self.query_one(OptionList)
        option_list.set_options(options)
        option_list.highlighted = self._default()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_pick()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option_index)

    def action_move(self, step: int) -> None:
        option_list = self.query_one(OptionList)
        if self.shown:
            current = option_list.highlighted or 0
            option_list.highlighted = (current + step) % len(self.shown)

    def action_pick(self) -> None:
        highlighted = self.query_one(OptionList).highlighted
        if highlighted is None:
            self.notify("nothing matches: change the filter, or esc", severity="warning", markup=False)
            return
        self._choose(highlighted)

    def _choose(self, index: int) -> None:
        choice = self.shown[index]
        if choice.key.startswith(NEW):
            self.dismiss(Pick(NEW, choice.key[len(NEW):]))
        else:
            self.dismiss(Pick(choice.key))

    def action_cancel(self) -> None:
        self.dismiss(None)


class NoteDialog(ModalScreen[str | None]):
    """A one-line note: enter saves (an empty note is not saved), escape cancels."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="note.cancel", tooltip="Close the note editor without saving"),
    ]

    def __init__(self, subject: str, body: str = "") -> None:
        super().__init__()
        self.subject = subject
        self.body = body

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Add a note", id="dialog-title", markup=False)
            yield Label(self.subject, id="dialog-subject", markup=False)
            yield Input(self.body, placeholder="your note", id="note-body")
            yield Label("enter save · esc cancel", id="dialog-help", markup=False)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
