"""SVG snapshots of the reader (pytest-textual-snapshot), taken after the analysis is done.

The analysis is a fixed one, ``tests/fixtures/seed_analysis.json`` (the seed as the quote
engine analysed it once, then frozen): the pictures test the reader, so a change of the
engine must not re-record them (#13). The app reads it through its own analysis cache, the
path a reopened article takes, without loading spaCy.

Regenerate with ``pytest tests/test_snapshots.py --snapshot-update`` after a deliberate
change of the UI, and look at the report before committing.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import textual.constants

from newsread.analysis.cache import load_cached, store
from newsread.analysis.model import Analysis
from newsread.article import load_article
from newsread.ui.app import NewsreadApp

from conftest import SEED, SEED_DATE

FIXED_ANALYSIS = Path(__file__).parent / "fixtures" / "seed_analysis.json"


@pytest.fixture
def fixed_analysis() -> Analysis:
    return Analysis.from_dict(json.loads(FIXED_ANALYSIS.read_text(encoding="utf-8")))


@pytest.fixture
def seed_app(tmp_path, monkeypatch, fixed_analysis):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    # The pictures are of a truecolour terminal whatever TERM the tests run under (with TERM=xterm
    # Rich detects 16 colours, and the reader then gives reported speech a colour of its own).
    # Textual reads TEXTUAL_COLOR_SYSTEM once, on import: its constant is what the app reads.
    monkeypatch.setattr(textual.constants, "COLOR_SYSTEM", "truecolor")
    # A copy outside the package: the same picture from an editable checkout and from an
    # installed wheel (an article inside the package keeps its journal in the data folder,
    # and the reader says so with a toast naming this machine's path).
    copy = tmp_path / "idlib.txt"
    shutil.copyfile(SEED, copy)
    article = load_article(str(copy))
    assert fixed_analysis.text == article.text, "the fixture was made from another version of the seed"
    assert store(article, fixed_analysis, published=SEED_DATE), "could not write the analysis cache"
    assert load_cached(article, published=SEED_DATE) is not None, "the app would not find the fixed analysis"
    return NewsreadApp([article], published=SEED_DATE, config_path=tmp_path / "none.toml")


async def analysed(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    fixed = Analysis.from_dict(json.loads(FIXED_ANALYSIS.read_text(encoding="utf-8")))
    shown = pilot.app.results[0].analysis
    assert (shown.quotes, shown.entities) == (fixed.quotes, fixed.entities), "the reader shows another analysis"


async def on_second_quote(pilot) -> None:
    await analysed(pilot)
    await pilot.press("right_square_bracket", "right_square_bracket")
    await pilot.pause()


def test_reader_80x24(snap_compare, seed_app):
    assert snap_compare(seed_app, terminal_size=(80, 24), run_before=on_second_quote)


def test_reader_120x40(snap_compare, seed_app):
    assert snap_compare(seed_app, terminal_size=(120, 40), run_before=on_second_quote)


def test_reader_direct_quotes_only_120x40(snap_compare, seed_app):
    """The speech key (r): reported speech not highlighted, ] on the quoted words of a mixed item."""

    async def direct_only(pilot) -> None:
        await analysed(pilot)
        await pilot.press("r", "right_square_bracket", "right_square_bracket")
        await pilot.pause()

    assert snap_compare(seed_app, terminal_size=(120, 40), run_before=direct_only)


def test_help_screen(snap_compare, seed_app):
    async def help_open(pilot) -> None:
        await analysed(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(seed_app, terminal_size=(100, 40), run_before=help_open)
