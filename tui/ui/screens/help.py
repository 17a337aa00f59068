"""``?``: every binding with its current key(s), grouped by where it applies."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from newsread.ui.keymap import catalogue


class HelpScreen(ModalScreen[None]):
    """A modal list of the keymap; escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close"),
        Binding("j,down", "scroll_down", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="help.up"),
    ]

    def __init__(self, keymap: dict[str, str] | None = None) -> None:
        super().__init__()
        self.keymap = keymap or {}

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Label("newsread keys  (esc closes · rebind by id in ~/.config/newsread/config.toml)", id="help-title", markup=False)
            yield Static(self._table(), id="help-table")

    def _keys(self, binding: Binding) -> str:
        keys = self.keymap.get(binding.id or "", binding.key)
        shown = []
        for key in keys.split(","):
            key = key.strip()
            shown.append(self.app.get_key_display(Binding(key, binding.action)))
        return " ".join(shown)

    def _table(self) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True, style="bold")
        table.add_column()
        table.add_column(style="dim", no_wrap=True)
        for context, bindings in catalogue():
            table.add_row(Text(context, style="underline"), Text(""), Text(""))
            for b in bindings:
                table.add_row(Text(self._keys(b)), Text(b.tooltip or b.description or b.action), Text(b.id or ""))
            table.add_row("", "", "")
        table.add_row(Text("ctrl+p", style="bold"), Text("command palette (every action, go to actor …)"), Text(""))
        return table

    def action_scroll_down(self) -> None:
        self.query_one("#help-body").scroll_relative(y=1, animate=False)

    def action_scroll_up(self) -> None:
        self.query_one("#help-body").scroll_relative(y=-1, animate=False)
