"""The Speakers screen of ``newsread corpus DIR`` (Pilot, and an SVG snapshot), on fixed data."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Label

from corpus_support import fixed_corpus
from newsread.corpus.store import Corpus
from newsread.ui.corpus_app import CorpusApp
from newsread.ui.screens.speakers import CorpusReaderScreen, SpeakerQuotesScreen, SpeakersScreen
from newsread.ui.widgets.item_details import ItemDetails
from newsread.ui.widgets.status_line import StatusLine


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def corpus_app(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a relative corpus path: the title is the same on every machine
    fixed_corpus(tmp_path / "corpus")
    return CorpusApp(Corpus("corpus"), config_path=tmp_path / "none.toml")


@pytest.mark.anyio
async def test_filter_sort_quotes_in_date_order_reader_at_the_quote_and_back(corpus_app):
    async with corpus_app.run_test(size=(110, 34)) as pilot:
        screen = corpus_app.screen
        assert isinstance(screen, SpeakersScreen)
        assert [r["name"] for r in screen.shown] == ["Ivan Petrov", "Ruth Okafor", "Amy Lund"]
        await pilot.press("ctrl+o")  # quotes -> articles
        assert [r["name"] for r in screen.shown] == ["Ruth Okafor", "Ivan Petrov", "Amy Lund"]
        await pilot.press("m", "a", "y", "o", "r")  # an alias ("Mayor Ruth Okafor"), typed into the filter
        assert [r["name"] for r in screen.shown] == ["Ruth Okafor"]
        assert "By outlet" in str(screen.query_one("#by-outlet").render())
        await pilot.press("enter")
        quotes = corpus_app.screen
        assert isinstance(quotes, SpeakerQuotesScreen)
        assert [q["published"].isoformat() for q in quotes.quotes] == ["2024-03-04", "2024-04-11", "2024-04-20"]
        # how each article names her; the doubtful speaker marked as the reader marks it
        named = quotes.query_one("#quotes", DataTable).get_column("named")
        assert [str(cell) for cell in named] == ["Okafor", "⚠ Mayor Ruth Okafor", "Okafor"]
        assert "1 with a doubtful speaker" in str(quotes.query_one("#quotes-title", Label).render())
        await pilot.press("down", "enter")
        await pilot.pause()
        reader = corpus_app.screen
        assert isinstance(reader, CorpusReaderScreen)
        cursor = reader.nav.cursor
        assert cursor is not None and reader.article.text[cursor.start : cursor.end] == "The budget is balanced"
        # the article as the corpus holds it keeps the speaker's confidence: the reader marks it too
        (budget,) = [q for q in corpus_app.results[reader.index].analysis.quotes if q.start == cursor.start]
        assert budget.speaker_confidence == 0.3 and budget.doubtful
        details = str(reader.query_one(ItemDetails).render())
        # doubtful, but no "c confirms": c is off in a corpus's reader (the article's own reader offers it)
        assert "⚠ doubtful speaker" in details and "c confirms" not in details
        assert f"{budget.speaker_name} (doubtful speaker)" in reader.nav.status()
        assert "c confirms" not in reader.query_one("#status", StatusLine).item_text
        await pilot.press("tab", "m")  # the sidebar's merge key: annotating is off in a corpus
        await pilot.pause()
        assert corpus_app.screen is reader and not list(Path.cwd().rglob("*.newsread.jsonl"))
        await pilot.press("backspace")
        assert corpus_app.screen is quotes
        await pilot.press("backspace")
        assert corpus_app.screen is screen
        await pilot.press("escape")  # clears the filter
        assert len(screen.shown) == 3


def test_speakers_screen_snapshot(snap_compare, corpus_app):
    async def on_okafor(pilot) -> None:
        await pilot.press("down")
        await pilot.pause()

    assert snap_compare(corpus_app, terminal_size=(100, 30), run_before=on_okafor)
