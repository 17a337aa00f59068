"""The Speakers screen of ``newsread corpus DIR``: who is quoted, how often, where and when.

A table of the corpus speakers (most quoted first; ``ctrl+o`` or a click on a
heading sorts it), a filter that narrows it as you type (names and aliases), and
for the highlighted speaker their quotes by outlet and by month as small bar
charts. ``enter`` lists that speaker's quotes (:mod:`.speaker_quotes`).
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Input, Label, Static

from newsread.article.sanitize import display_path, safe_display
from newsread.ui.screens.speaker_quotes import CorpusReaderScreen, SpeakerQuotesScreen  # noqa: F401 (re-exported)
from newsread.ui.widgets.footer import QuietFooter

# (column key, heading, sort key): the table's columns; sorting by a count puts the largest first.
COLUMNS = (
    ("name", "Speaker", lambda r: (r["name"].casefold(), r["speaker_id"])),
    ("quotes", "Quotes", lambda r: (-r["quotes"], r["name"].casefold())),
    ("direct", "Direct", lambda r: (-r["direct"], r["name"].casefold())),
    ("reported", "Reported", lambda r: (-(r["mixed"] + r["indirect"]), r["name"].casefold())),
    ("articles", "Articles", lambda r: (-r["articles"], r["name"].casefold())),
    ("outlets", "Outlets", lambda r: (-r["outlets"], r["name"].casefold())),
    ("last", "Last quoted", lambda r: (-(r["last"].toordinal() if r["last"] else 0), r["name"].casefold())),
)
SORT_CYCLE = ("quotes", "articles", "last", "name")
# Rows drawn at once: a filter narrows a big corpus; the status line says how many match.
MAX_ROWS = 500
BAR_WIDTH = 16
CHART_ROWS = 6


def bar_chart(title: str, counts: list[tuple[str, int]], width: int = BAR_WIDTH, rows: int = CHART_ROWS) -> Text:
    """A few labelled horizontal bars, the largest first (the rest summed as "others")."""
    counts = sorted(counts, key=lambda c: (-c[1], c[0]))
    if len(counts) > rows:
        counts = counts[: rows - 1] + [("others", sum(n for _, n in counts[rows - 1 :]))]
    text = Text(title + "\n", style="bold")
    if not counts:
        return text.append("no quotes", style="dim")
    top = max(n for _, n in counts) or 1
    label_width = min(18, max(len(label) for label, _ in counts))
    for label, n in counts:
        label = safe_display(label)
        cells = max(1, round(n / top * width))
        text.append(f"{label[:label_width]:<{label_width}} ")
        text.append("█" * cells, style="bold")
        text.append(f" {n}\n")
    return text


def by_month(counts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Months in calendar order (the chart of time reads left to right, top to bottom)."""
    return sorted(counts)


class SpeakersScreen(Screen):
    """The corpus speakers: filter, sort, charts; enter opens a speaker's quotes."""

    BINDINGS = [
        Binding("enter", "open", "Quotes", id="speakers.open", tooltip="This speaker's quotes across the corpus"),
        Binding("ctrl+o", "sort", "Sort", id="speakers.sort", tooltip="Sort by quotes, articles, last quoted, name"),
        Binding("down", "cursor(1)", "Down", show=False, id="speakers.down", tooltip="Next speaker"),
        Binding("up", "cursor(-1)", "Up", show=False, id="speakers.up", tooltip="Previous speaker"),
        Binding("pagedown", "cursor(10)", "Page down", show=False, id="speakers.page_down"),
        Binding("pageup", "cursor(-10)", "Page up", show=False, id="speakers.page_up"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="speakers.clear",
                tooltip="Clear the filter"),
    ]
    AUTO_FOCUS = "#filter"

    def __init__(self, speakers: list[dict[str, Any]]) -> None:
        super().__init__()
        self.all = speakers
        self.shown: list[dict[str, Any]] = []
        self.sort_key = "quotes"
        self._charts: dict[str, tuple[Text, Text]] = {}

    def compose(self) -> ComposeResult:
        yield Label(self._title(), id="speakers-title", markup=False)
        yield Input(placeholder="type to filter speakers (names and aliases)", id="filter")
        yield DataTable(id="speakers", cursor_type="row", zebra_stripes=True)
        with Horizontal(id="charts"):
            yield Static(id="by-outlet")
            yield Static(id="by-month")
        yield Label("", id="speakers-status", markup=False)
        yield QuietFooter(compact=True)

    def _title(self) -> str:
        quotes = sum(r["quotes"] for r in self.all)
        return f"Speakers · {display_path(str(self.app.corpus.path))} · {len(self.all)} speakers, {quotes} quotes"

    def on_mount(self) -> None:
        table = self.query_one("#speakers", DataTable)
        for key, heading, _ in COLUMNS:
            table.add_column(heading, key=key)
        self._fill()

    # -- the table ---------------------------------------------------------------
    def _matching(self) -> list[dict[str, Any]]:
        wanted = self.query_one("#filter", Input).value.casefold().strip()
        if not wanted:
            return self.all
        return [r for r in self.all if wanted in r["name"].casefold() or any(wanted in a.casefold() for a in r["aliases"])]

    def _fill(self) -> None:
        sort = dict((k, f) for k, _, f in COLUMNS)[self.sort_key]
        matching = sorted(self._matching(), key=sort)
        self.shown = matching[:MAX_ROWS]
        table = self.query_one("#speakers", DataTable)
        table.clear()
        for r in self.shown:
            name = Text(safe_display(r["name"]), style="italic" if r["ambiguous"] else "")
            last = r["last"].isoformat() if r["last"] else ""
            table.add_row(name, r["quotes"], r["direct"], r["mixed"] + r["indirect"], r["articles"], r["outlets"],
                          last, key=r["speaker_id"])
        more = f" (first {MAX_ROWS} shown)" if len(matching) > MAX_ROWS else ""
        heading = dict((k, h) for k, h, _ in COLUMNS)[self.sort_key]
        self.query_one("#speakers-status", Label).update(
            f"{len(matching)} of {len(self.all)} speakers{more} · sorted by {heading.lower()} · "
            "enter: quotes · italic: a short name several speakers share"
        )
        self._show_charts()

    def current(self) -> dict[str, Any] | None:
        table = self.query_one("#speakers", DataTable)
        return self.shown[table.cursor_row] if self.shown and 0 <= table.cursor_row < len(self.shown) else None

    def _show_charts(self) -> None:
        row = self.current()
        outlet, month = self._charts_of(row) if row else (Text(""), Text(""))
        self.query_one("#by-outlet", Static).update(outlet)
        self.query_one("#by-month", Static).update(month)

    def _charts_of(self, row: dict[str, Any]) -> tuple[Text, Text]:
        from newsread.corpus import query

        sid = row["speaker_id"]
        if sid not in self._charts:
            outlets = [(r["outlet"], r["quotes"]) for r in query.counts_by(self.app.con, "outlet", [sid])]
            months = [(r["month"], r["quotes"]) for r in query.counts_by(self.app.con, "month", [sid])]
            self._charts[sid] = (bar_chart("By outlet", outlets), bar_chart("By month", by_month(months)))
        return self._charts[sid]

    # -- events ------------------------------------------------------------------
    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_open()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_charts()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        self.sort_key = str(event.column_key.value)
        self._fill()

    # -- actions -------------------------------------------------------------------
    def action_open(self) -> None:
        from newsread.corpus import query

        row = self.current()
        if row is not None:
            self.app.push_screen(SpeakerQuotesScreen(row, query.quotes_of(self.app.con, row["speaker_id"])))

    def action_sort(self) -> None:
        at = SORT_CYCLE.index(self.sort_key) if self.sort_key in SORT_CYCLE else -1
        self.sort_key = SORT_CYCLE[(at + 1) % len(SORT_CYCLE)]
        self._fill()

    def action_cursor(self, step: int) -> None:
        table = self.query_one("#speakers", DataTable)
        if self.shown:
            table.move_cursor(row=max(0, min(len(self.shown) - 1, table.cursor_row + step)))

    def action_clear_filter(self) -> None:
        self.query_one("#filter", Input).value = ""
