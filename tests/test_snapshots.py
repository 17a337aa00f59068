"""SVG snapshots of the reader (pytest-textual-snapshot), taken after the analysis is done.

Regenerate with ``pytest tests/test_snapshots.py --snapshot-update`` after a deliberate
change of the UI or of the analysis, and look at the report before committing.
"""

from __future__ import annotations

import shutil

import pytest

from newsread.article import load_article
from newsread.ui.app import NewsreadApp

from conftest import SEED, SEED_DATE


@pytest.fixture
def seed_app(nlp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # always a fresh analysis
    # A copy outside the package: the same picture from an editable checkout and from an
    # installed wheel (an article inside the package keeps its journal in the data folder,
    # and the reader says so with a toast naming this machine's path).
    copy = tmp_path / "idlib.txt"
    shutil.copyfile(SEED, copy)
    return NewsreadApp([load_article(str(copy))], published=SEED_DATE, config_path=tmp_path / "none.toml")


async def analysed(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def on_second_quote(pilot) -> None:
    await analysed(pilot)
    await pilot.press("right_square_bracket", "right_square_bracket")
    await pilot.pause()


def test_reader_80x24(snap_compare, seed_app):
    assert snap_compare(seed_app, terminal_size=(80, 24), run_before=on_second_quote)


def test_reader_120x40(snap_compare, seed_app):
    assert snap_compare(seed_app, terminal_size=(120, 40), run_before=on_second_quote)


def test_help_screen(snap_compare, seed_app):
    async def help_open(pilot) -> None:
        await analysed(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(seed_app, terminal_size=(100, 40), run_before=help_open)
