"""One speaker's quotes across a corpus, in date order; enter opens the article on the quote.

Each row says how the article names the speaker there; a speaker the analysis is
unsure of is marked as the reader marks it (⚠ and italic), so that a tally of
someone's quotes can be checked where it is weakest.

:class:`CorpusReaderScreen` is the reader showing an article as the corpus holds
it: the cursor starts on the chosen quote, and ``backspace`` (with no jump to go
back to) returns to the list. Annotation keys are off there: the analysis shown
already has the user's annotations applied (at build time), and annotating
belongs to ``newsread ARTICLE``, which re-reads the journal live.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Label

from newsread.analysis.model import Analysis
from newsread.article.sanitize import safe_display
from newsread.ui.navigation import QUOTE, Item
from newsread.ui.screens.reader import ReaderScreen
from newsread.ui.widgets.footer import QuietFooter

QUOTE_WIDTH = 60
NAMED_AS_WIDTH = 24
DOUBTFUL_MARK = "⚠ "
ANNOTATION_ACTIONS = {"annotate", "reject", "undo", "confirm", "select", "notes", "reload_annotations"}


class SpeakerQuotesScreen(Screen):
    """A speaker's quotes, oldest first (undated last)."""

    BINDINGS = [
        Binding("enter", "open", "Open article", id="quotes.open", tooltip="Open the article at this quote"),
        Binding("backspace,escape", "back", "Back", id="quotes.back", tooltip="Back to the speakers"),
    ]
    AUTO_FOCUS = "#quotes"

    def __init__(self, speaker: dict[str, Any], quotes: list[dict[str, Any]]) -> None:
        super().__init__()
        self.speaker = speaker
        self.quotes = quotes

    def compose(self) -> ComposeResult:
        s = self.speaker
        aliases = ", ".join(safe_display(a) for a in [a for a in s["aliases"] if a != s["name"]][:6])
        doubtful = sum(1 for q in self.quotes if q["doubtful"])
        yield Label(Text(f"{safe_display(s['name'])} · {len(self.quotes)} quotes in {s['articles']} articles"
                         + (f" · {DOUBTFUL_MARK}{doubtful} with a doubtful speaker" if doubtful else "")
                         + (f" · also named: {aliases}" if aliases else "")), id="quotes-title", markup=False)
        yield DataTable(id="quotes", cursor_type="row", zebra_stripes=True)
        yield QuietFooter(compact=True)

    def on_mount(self) -> None:
        table = self.query_one("#quotes", DataTable)
        for key, heading in (("date", "Date"), ("outlet", "Outlet"), ("kind", "Kind"), ("named", "Named as"),
                             ("quote", "Quote"), ("article", "Article")):
            table.add_column(heading, key=key)
        for i, q in enumerate(self.quotes):
            article = q["title"] or (q["source"] or "").rsplit("/", 1)[-1]
            table.add_row(q["published"].isoformat() if q["published"] else "", Text(safe_display(q["outlet"] or "")),
                          q["kind"], named_as(q), Text(_cut(q["text"], QUOTE_WIDTH)), Text(safe_display(article)[:40]),
                          key=str(i))

    def current(self) -> dict[str, Any] | None:
        table = self.query_one("#quotes", DataTable)
        return self.quotes[table.cursor_row] if self.quotes else None

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        quote = self.current()
        if quote is not None:
            self.app.open_quote(quote)

    def action_back(self) -> None:
        self.app.pop_screen()


def named_as(quote: dict[str, Any]) -> Text:
    """How the article names the speaker of ``quote``; marked when the speaker is doubtful."""
    name = _cut(quote["speaker_mention"] or quote["speaker_name"] or "", NAMED_AS_WIDTH - len(DOUBTFUL_MARK))
    if quote["doubtful"]:
        return Text(DOUBTFUL_MARK + name, style="italic")
    return Text(name)


def _cut(text: str, width: int) -> str:
    """One line of at most ``width`` characters, safe to show."""
    text = " ".join(safe_display(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


class CorpusReaderScreen(ReaderScreen):
    """The reader on an article from the corpus, its cursor on one quote."""

    def __init__(self, article, index: int, *, quote: tuple[int, int]) -> None:
        super().__init__(article, index, from_list=True)
        self.quote = quote
        self.nav.confirms = False  # no "c confirms" hint: the annotation keys are off here

    def on_mount(self) -> None:
        self.call_after_refresh(self._to_quote)

    def _to_quote(self) -> None:
        """The cursor on the chosen quote, with no jump history: backspace goes back to the list."""
        for bar in self.query("#annotation-bar"):  # annotating is off here (see the module docstring)
            bar.display = False
        for i, q in enumerate(self.nav.quotes):
            if (q.start, q.end) == self.quote:
                self.nav.cursor = Item(QUOTE, q.start, q.end, i)
                self._moved(self.nav.cursor)
                return

    def annotated(self, model: Analysis) -> Analysis:
        return model  # applied at build time already; applying the journal again would double it

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ANNOTATION_ACTIONS:
            return False
        return super().check_action(action, parameters)

    def on_actor_list_edit(self, message) -> None:
        """The sidebar's merge, split and relabel keys write the journal: off here too."""
        message.stop()
        message.prevent_default()
        self.notify("Annotating is off in a corpus: open the article itself with newsread ARTICLE",
                    severity="warning", markup=False)

    def action_back(self) -> None:
        if self.nav.history:
            super().action_back()
        else:
            self.app.pop_screen()
