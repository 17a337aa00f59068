"""Several files: one row per article, with counts once its background analysis is done."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label

from newsread.article.sanitize import safe_display
from newsread.ui.analysis_runner import AnalysisUpdate, Result
from newsread.ui.screens.reader import ReaderScreen, article_title
from newsread.ui.widgets.status_line import StatusLine
from newsread.words import counted

COLUMNS = ("title", "quotes", "actors", "state")


class ArticleListScreen(Screen):
    """``enter`` opens the highlighted article; escape in the reader comes back here."""

    BINDINGS = [
        Binding("enter", "open", "Open", id="list.open", tooltip="Open the highlighted article"),
        Binding("j", "cursor_down", "Down", show=False, id="list.down", tooltip="Next article"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up", tooltip="Previous article"),
    ]

    def compose(self) -> ComposeResult:
        yield Label(counted(len(self.app.articles), "article"), id="list-title", markup=False)
        if self.app.load_notes:  # files of the folder that were not opened, and why
            yield Label(Text(safe_display("Not opened: " + "; ".join(self.app.load_notes))), id="list-notes")
        yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield StatusLine(id="status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#articles", DataTable)
        table.add_column("Title", key="title")
        table.add_column("Quotes", key="quotes")
        table.add_column("Actors", key="actors")
        table.add_column("State", key="state")
        for i, article in enumerate(self.app.articles):
            table.add_row(Text(article_title(article)), "", "", "analysing…", key=str(i))
            result = self.app.results.get(i)
            if result is not None:
                self._fill(i, result)
        table.focus()
        self.app.analysis_changed.subscribe(self, self._on_analysis_changed)
        self._status(self.app.analysis_state)

    def on_screen_resume(self) -> None:
        """Back from a reader: its edits may have changed the counts."""
        for index, result in self.app.results.items():
            self._fill(index, result)

    def _on_analysis_changed(self, update: AnalysisUpdate) -> None:
        if update.index is not None and update.result is not None:
            self._fill(update.index, update.result)
        self._status(update.state)

    def _fill(self, index: int, result: Result) -> None:
        table = self.query_one("#articles", DataTable)
        row = str(index)
        if result.error is not None:
            table.update_cell(row, "state", Text("failed: " + result.error, style="bold"), update_width=True)
            return
        a = result.analysis
        # Once opened, the counts the reader showed (the user's edits applied), not the model's.
        quotes, actors = self.app.shown_counts.get(index, (len(a.quotes), len(a.actors)))
        table.update_cell(row, "quotes", str(quotes), update_width=True)
        table.update_cell(row, "actors", str(actors), update_width=True)
        table.update_cell(row, "state", "analysing… (part)" if result.partial else "analysed", update_width=True)

    def _status(self, state: str) -> None:
        done = sum(not r.partial for r in self.app.results.values())
        total = len(self.app.articles)
        self.query_one("#status", StatusLine).show(
            f"{done}/{total} analysed · enter opens · q quits", state or ("all analysed" if done == total else "")
        )

    def _current(self) -> int:
        return self.query_one("#articles", DataTable).cursor_row

    def action_open(self) -> None:
        index = self._current()
        self.app.open_article(index)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.app.open_article(event.cursor_row)

    def action_cursor_down(self) -> None:
        self.query_one("#articles", DataTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one("#articles", DataTable).action_cursor_up()
