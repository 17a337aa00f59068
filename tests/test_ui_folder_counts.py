"""A folder in the reader (#16 item 12): what was not opened is said on screen, the list's counts
follow the user's edits, and counts agree in number ("1 mention · 1 quote").

Real app (Pilot) and the real spaCy model; tmux for what the terminal shows at start.
"""

from __future__ import annotations

import re
import shlex
import shutil
import sys
from pathlib import Path

import pytest

from newsread.article import load_article
from newsread.article.folder import load_all
from newsread.ui.app import NewsreadApp

from conftest import SEED, SEED_DATE, require_tool
from e2e_support.tmux import Tmux

pytestmark = pytest.mark.anyio

NEWSREAD = Path(sys.executable).parent / "newsread"


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """The seed, a short article, an unreadable .txt and a photo; caches and data dir private."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    d = tmp_path / "articles"
    d.mkdir()
    shutil.copyfile(SEED, d / "01-idlib.txt")
    (d / "02-ferry.txt").write_text('Ferry\n\n"It starts in June," said Ana Ruiz on Monday.\n', encoding="utf-8")
    (d / "03-broken.txt").write_bytes(b"GIF89a\x01\x00\x01\x00\x00\xff\x00,")
    (d / "cover.jpg").write_bytes(b"\xff\xd8\xff")
    return d


@pytest.mark.e2e
def test_folder_with_bad_files_says_so_on_screen(folder, tmp_path):
    """The skipped files were named on stderr only: behind the reader's screen until it quit."""
    require_tool("tmux")
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "TERM": "xterm-256color"}
    with Tmux(120, 30, env=env) as tmux:
        tmux.start(f"exec {shlex.quote(str(NEWSREAD))} {shlex.quote(str(folder))}")
        screen = tmux.wait_for(lambda s: "2 articles" in s and "03-broken.txt" in s, timeout=60)
        flat = " ".join(screen.split())
        assert "Not opened" in flat and "cover.jpg" in flat
        assert re.search(r"03-broken\.txt: looks like a binary file", flat), flat


async def test_article_list_counts_follow_edits(folder, nlp):
    from textual.widgets import DataTable

    articles, notes = load_all([str(folder)], load_article)
    app = NewsreadApp(articles, published=SEED_DATE, notes=notes, config_path=folder / "none.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one("#articles", DataTable)
        before = int(str(table.get_cell("0", "quotes")))
        await pilot.press("enter")
        await pilot.pause()
        reader = app.screen
        await pilot.press("right_square_bracket", "x")
        await pilot.pause()
        assert len(reader.nav.quotes) == before - 1
        await pilot.press("escape")  # the quote is not focused: escape goes back to the list
        await pilot.pause()
        assert app.screen is not reader
        assert int(str(table.get_cell("0", "quotes"))) == before - 1


async def test_one_mention_one_quote_in_the_singular(seed_article, seed_analysis, tmp_path, monkeypatch, nlp):
    from newsread.summary import render_summary

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    actor = next(a for a in seed_analysis.actors if a.mentions == 1 and a.quotes == 1)
    assert f"{actor.name}: 1 mention, 1 quote\n" in render_summary(seed_analysis)
    app = NewsreadApp([seed_article], published=SEED_DATE, config_path=tmp_path / "none.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.screen.goto_actor(actor.id)
        await pilot.pause()
        assert "1 mention · 1 quote" in str(app.screen.query_one("#details").content)
