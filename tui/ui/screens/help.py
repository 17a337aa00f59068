"""``?``: every binding with its current key(s), grouped by where it applies."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from newsread.ui.keymap import catalogue


# What the sidebar's columns mean (shown under "Sidebar" in the help).
SIDEBAR_HELP = (
    ("People", "actors by kind: People, Organisations, Places (countries, cities, states), "
     "Groups (nationalities, religious or political groups); aliases are merged"),
    ("4m  2q", "mentions of the actor in the article, and quotes attributed to it"),
    ("Dates", "each date as written, then its value: a day 2018-09-17, a week 2018-W37, "
     "a month 2018-09 or a year 2018, resolved against the publication date; "
     "? when the text cannot place it (\"that year\"); o sorts by date"),
)


def _sidebar_grid() -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="bold", width=11)
    grid.add_column(ratio=1)
    for column, meaning in SIDEBAR_HELP:
        grid.add_row(Text(column), Text(meaning))
    return grid


class HelpScreen(ModalScreen[None]):
    """A modal list of the keymap; escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close", tooltip="Close this help"),
        Binding("j,down", "scroll_down", "Down", show=False, id="help.down", tooltip="Scroll the help down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="help.up", tooltip="Scroll the help up"),
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

    def _table(self) -> Group:
        """One grid per context; the heading sits above it so it cannot widen the key column."""
        parts = []
        for context, bindings in catalogue():
            grid = Table.grid(padding=(0, 2))
            # Fixed widths so the sections line up with each other.
            grid.add_column(no_wrap=True, style="bold", width=11)
            grid.add_column(ratio=1)
            grid.add_column(style="dim", no_wrap=True, width=16)
            for b in bindings:
                grid.add_row(Text(self._keys(b)), Text(b.tooltip or b.description or b.action), Text(b.id or ""))
            parts += [Text(context, style="underline"), grid, Text("")]
        parts += [Text("Sidebar", style="underline"), _sidebar_grid(), Text("")]
        palette = Table.grid(padding=(0, 2))
        palette.add_column(no_wrap=True, style="bold", width=11)
        palette.add_column(ratio=1)
        palette.add_row(Text("ctrl+p"), Text("command palette: every action above, and “Go to actor …” by name"))
        parts.append(palette)
        return Group(*parts)

    def action_scroll_down(self) -> None:
        self.query_one("#help-body").scroll_relative(y=1, animate=False)

    def action_scroll_up(self) -> None:
        self.query_one("#help-body").scroll_relative(y=-1, animate=False)
