"""``?``: every binding with its current key(s), grouped by where it applies."""

from __future__ import annotations

from typing import Callable

from rich.console import Group
from rich.style import Style
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
    ("4m 2q 1r", "mentions of the actor in the article, direct quotes attributed to it (q), and "
     "reported speech (r: what it said in the writer's words, with or without quoted words)"),
    ("Dates", "each date as written, then its value: a day 2018-09-17, a week 2018-W37, "
     "a month 2018-09 or a year 2018, resolved against the publication date; "
     "? when the text cannot place it (\"that year\"); o sorts by date"),
)


# What the highlights in the article mean: (mark, sample shown in that mark's style, meaning).
# The styles are the reader's own (styles/*.tcss), so the legend follows the theme.
COLOUR_LEGEND = (
    ("person", "Ada Stone", "a person (underlined)"),
    ("org", "Harbor Works", "an organisation (bold)"),
    ("place", "Idlib", "a place: country, city, region (italic)"),
    ("group", "Turkish", "a group: nationality, religious or political (bold italic)"),
    ("entity", "the Treaty", "another named thing: an event, a law, a product, a sum"),
    ("date", "Monday", "a date (underlined italic); the sidebar gives its value"),
    ("quote", "“We will stay”", "a direct quote, or quoted words in reported speech (tinted)"),
    ("reported", "she would stay", "reported speech (another tint, ┆ in the margin); r hides it"),
    ("speaker", "Erdogan", "a speaker named in an attribution (bold underlined)"),
    ("speaker-doubtful", "he", "a speaker the analysis is unsure of (italic too; c confirms it)"),
    ("speaker-current", "Erdogan", "the speaker of the current quote (s goes there)"),
    ("focus", "Erdogan", "a mention of the focused actor or date (enter in the sidebar)"),
    ("match", "idlib", "a search match (/, n, N)"),
    ("cursor", "Erdogan", "the current item (reverse, bold)"),
    ("corrected", "Erdogan", "corrected by you (bold italic underlined)"),
    ("user", "Niels de Boer", "added by you"),
    ("rejected", "Erdogan", "rejected by you (struck through)"),
    ("note", "Erdogan", "has a note (ctrl+n lists them)"),
    ("selection", "these words", "words being selected (v)"),
)


def _legend_grid(styles: Callable[[str], Style] | None) -> Table:
    """The colour legend; ``styles(mark)`` is the reader's style for a mark (None: no reader open)."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, width=16)
    grid.add_column(ratio=1)
    for mark, sample, meaning in COLOUR_LEGEND:
        grid.add_row(Text(sample, style=styles(mark) if styles else ""), Text(meaning))
    return grid


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
        parts = [Text("Colours in the article", style="underline"), _legend_grid(self._mark_styles()), Text("")]
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

    def _mark_styles(self) -> Callable[[str], Style] | None:
        """The open reader's mark styles, for the legend (the help may open over the article list)."""
        from newsread.ui.widgets.article_view import ArticleView

        for screen in reversed(self.app.screen_stack):
            views = screen.query(ArticleView)
            if views:
                return views.first().mark_style
        return None

    def action_scroll_down(self) -> None:
        self.query_one("#help-body").scroll_relative(y=1, animate=False)

    def action_scroll_up(self) -> None:
        self.query_one("#help-body").scroll_relative(y=-1, animate=False)
