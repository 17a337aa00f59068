"""`newsread DIR`: a folder of saved pages opens as the article list in the real app (Pilot)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsread.article import load_article
from newsread.article.folder import load_all

FIXTURES = Path(__file__).parent / "fixtures" / "html"

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "saved"
    d.mkdir()
    shutil.copy(FIXTURES / "harbour_jsonld.html", d / "01-harbour.html")
    shutil.copy(FIXTURES / "orchard_meta.html", d / "02-orchard.htm")
    shutil.copy(FIXTURES / "no_article.html", d / "03-login.html")
    (d / "04-note.txt").write_text("Ferry note\n\nThe council said on Monday that the ferry would start in June.\n")
    (d / "cover.jpg").write_bytes(b"\xff\xd8\xff")
    return d


async def test_folder_opens_as_article_list(folder: Path, tmp_path: Path, nlp):
    from textual.widgets import DataTable

    from newsread.ui.app import NewsreadApp
    from newsread.ui.screens.article_list import ArticleListScreen
    from newsread.ui.screens.reader import ReaderScreen

    articles, notes = load_all([str(folder)], load_article)
    assert [a.title for a in articles] == [
        "Harbour council approves new ferry route",
        "Orchard growers warn of late frost",
        "Ferry note",
    ]
    assert notes[0] == f"{folder}: skipped 1 file (cover.jpg)"
    assert notes[1].startswith("skipped ") and "03-login.html: no article text found" in notes[1]

    app = NewsreadApp(articles, config_path=tmp_path / "no-config.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app.screen, ArticleListScreen)
        table = app.screen.query_one("#articles", DataTable)
        assert table.row_count == 3
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [str(table.get_cell(str(i), "state")) for i in range(3)] == ["analysed"] * 3
        # The page's own date resolved its weekdays (no --date given).
        harbour = app.results[0].analysis
        assert harbour.published == "2025-03-12"
        assert {d.text: d.value for d in harbour.dates}.get("Monday") == "2025-03-10"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.title == "Harbour council approves new ferry route"


def test_cli_empty_folder_is_one_line_error(tmp_path: Path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    out = subprocess.run([sys.executable, "-m", "newsread", str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert out.stderr.startswith(f"newsread: {tmp_path}: no articles in this folder (looked for ")
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
