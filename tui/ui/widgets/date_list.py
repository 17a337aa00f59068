"""The Dates section of the sidebar: each date mention with its resolved value."""

from __future__ import annotations

import datetime as dt

from rich.table import Table
from rich.text import Text
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from newsread.analysis.datelines import range_start
from newsread.analysis.model import DateMention
from newsread.ui.keymap import bindings


def chronological(dates: list[DateMention]) -> list[int]:
    """Indexes of ``dates`` by the start of each value's range ("2018-W37" starts on Monday
    2018-09-10, so it comes before "2018-10-15"); at the same start the wider range first
    (a year before its first month); unresolved ones last, in document order."""

    def key(i: int) -> tuple:
        start = range_start(dates[i].value)
        return (start is None, start or dt.date.min, len(dates[i].value or ""), i)

    return sorted(range(len(dates)), key=key)


class DateList(OptionList):
    """Date mentions in document order, or chronological (``o``); ``enter`` focuses one."""

    BINDINGS = bindings(
        ("enter", "select", "Focus date", "dates.focus", "Focus this date: highlight its mentions, ] and [ walk them"),
        ("o", "toggle_order", "Date order", "dates.order", "Dates in document or chronological order"),
    )

    chronological: reactive[bool] = reactive(False)

    class Chosen(Message):
        """The user picked date mention ``index`` (document order) to focus."""

        def __init__(self, index: int) -> None:
            self.index = index
            super().__init__()

    def __init__(self, *content: Option, id: str | None = None) -> None:
        """``content``: what to show until :meth:`show` (a note such as "analysing…")."""
        super().__init__(*content, id=id)
        self._dates: list[DateMention] = []
        self._shown = False  # show() called: the order toggle refills the list

    def show_message(self, message: str) -> None:
        """A one-line note in place of the list (analysing…, analysis failed)."""
        self.set_options([Option(Text(message, style="dim italic"), disabled=True)])

    def show(self, dates: list[DateMention]) -> None:
        """Replace the list with ``dates`` (given in document order)."""
        self._dates = list(dates)
        self._shown = True
        self._fill()

    def watch_chronological(self) -> None:
        if self._shown:  # before any dates, keep the initial note (no refill, no relayout)
            self._fill()
        self.border_title = "by date · o" if self.chronological else "in text order · o"

    def action_toggle_order(self) -> None:
        self.chronological = not self.chronological
        self.notify("Dates by resolved value" if self.chronological else "Dates in text order", timeout=2)

    def _fill(self) -> None:
        order = chronological(self._dates) if self.chronological else range(len(self._dates))
        options = []
        for i in order:
            d = self._dates[i]
            grid = Table.grid(expand=True, padding=(0, 1, 0, 0))
            grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
            grid.add_column(justify="right", no_wrap=True)
            grid.add_row(Text(d.text), Text(d.value or "?", style="" if d.value else "dim"))
            options.append(Option(grid, id=str(i)))
        if not options:
            options.append(Option(Text("no dates found", style="dim"), disabled=True))
        highlighted = self.highlighted_option.id if self.highlighted_option else None
        self.set_options(options)
        try:
            self.highlighted = self.get_option_index(highlighted) if highlighted is not None else None
        except OptionDoesNotExist:
            self.highlighted = None  # the highlighted date is gone from a new analysis
        if self.highlighted is None and self._dates:
            self.highlighted = 0  # so enter works as soon as tab lands here

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list is self and event.option.id is not None:
            event.stop()
            self.post_message(self.Chosen(int(event.option.id)))
