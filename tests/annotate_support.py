"""Helpers for the annotation UI tests: a private copy of the seed, the journal, key flows."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest
from rich.cells import cell_len

from newsread.ui.app import NewsreadApp
from newsread.ui.navigation import ENTITY, QUOTE
from newsread.ui.widgets.annotation_bar import AnnotationBar
from newsread.ui.widgets.article_view import ArticleView

from conftest import SEED, SEED_DATE

SIZE = (120, 40)


def copy_seed(folder: Path) -> Path:
    """The seed in ``folder``, so its journal (``idlib.txt.newsread.jsonl``) lands there too."""
    path = folder / "idlib.txt"
    shutil.copyfile(SEED, path)
    return path


def make_app(path: Path, config: Path, **kw) -> NewsreadApp:
    from newsread.article import load_article

    return NewsreadApp([load_article(str(path))], published=SEED_DATE, config_path=config, **kw)


def journal_events(path: Path) -> list[dict]:
    """The events of a journal file (header and bookkeeping lines left out)."""
    if not path.exists():
        return []
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert lines[0]["schema"].startswith("newsread.annotations/"), "first line is the header"
    return [e for e in lines[1:] if not e["type"].startswith("journal.")]


async def ready(app, pilot):
    """Wait for the background analysis, then for the screen to settle."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    return app.screen


def bar(screen) -> AnnotationBar:
    return screen.query_one(AnnotationBar)


def status(screen) -> str:
    return screen.query_one("#status").item_text


def view(screen) -> ArticleView:
    return screen.query_one("#article", ArticleView)


def toasts(app) -> str:
    """The notifications on screen, each its title and message, `` | `` between them.

    Only an app run with ``run_test(notifications=True)`` draws them (as a terminal would).
    """
    return " | ".join(str(toast.render()) for toast in app.screen.query("Toast"))


_SVG_TEXT = re.compile(r'<text class="[^"]*" x="([\d.]+)" y="([\d.]+)" textLength="([\d.]+)"[^>]*>(.*?)</text>')


def screen_text(app) -> str:
    """What the terminal shows, row by row: the app's own screenshot (SVG) read back as text."""
    rows: dict[float, list[tuple[float, str]]] = {}
    cell = None  # the width of one cell in the SVG
    for x, y, length, body in _SVG_TEXT.findall(app.export_screenshot()):
        text = html.unescape(body).rstrip("\n").replace("\xa0", " ")  # the SVG keeps spaces as &#160;
        if text and cell is None:
            cell = float(length) / cell_len(text)
        rows.setdefault(float(y), []).append((float(x), text))
    lines = []
    for y in sorted(rows):
        line = ""
        for x, text in sorted(rows[y]):
            line = line + " " * max(0, round(x / cell) - cell_len(line)) + text
        lines.append(line.rstrip())
    return "\n".join(lines)


def marks(screen) -> set[tuple[int, int, str]]:
    return screen.query_one("#article").marks()


async def goto(pilot, screen, kind: str, predicate, limit: int = 200):
    """Press ``}`` (entities) or ``]`` (quotes) until the current item satisfies ``predicate``."""
    key = "right_curly_bracket" if kind == ENTITY else "right_square_bracket"
    for _ in range(limit):
        await pilot.press(key)
        c = screen.nav.cursor
        if c is not None and c.kind == kind:
            item = (screen.nav.entities if kind == ENTITY else screen.nav.quotes)[c.index]
            if predicate(item):
                return item
    raise AssertionError(f"no {kind} matching the predicate within {limit} steps")


async def type_text(pilot, text: str) -> None:
    """Type ``text`` into the focused input, one key per character."""
    keys = {" ": "space", "-": "minus", ".": "full_stop", "’": "’"}
    await pilot.press(*[keys.get(ch, ch) for ch in text])


async def choose(pilot, words: str) -> None:
    """In a picker, type ``words`` to filter it and take the first choice (``enter``); in the note
    editor, write ``words`` and save them."""
    await type_text(pilot, words)
    await pilot.press("enter")
    await pilot.pause()


async def search(pilot, words: str) -> None:
    """``/`` words ``enter``: the cursor lands on the first match."""
    await pilot.press("slash")
    await type_text(pilot, words)
    await pilot.press("enter")
    await pilot.pause()


__all__ = ["ENTITY", "QUOTE", "SIZE", "bar", "choose", "copy_seed", "goto", "journal_events", "make_app", "marks", "private_article", "ready",
           "screen_text", "search", "status", "toasts", "type_text", "view"]


# Fixtures shared by the annotation UI tests (imported by name into each test module).
@pytest.fixture
def anyio_backend():
    return "asyncio"


def private_article(tmp_path: Path, monkeypatch, name: str = "idlib.txt", text: str | None = None) -> Path:
    """An article file in ``tmp_path`` (``text``, else a copy of the seed), so its journal lands
    there too; the analysis cache and the data dir are private as well."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    if text is None:
        return copy_seed(tmp_path)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def article(tmp_path, monkeypatch, nlp):
    """The seed copied into tmp_path; caches and data dir private too."""
    return private_article(tmp_path, monkeypatch)


@pytest.fixture
def seed_app_for(seed_article, tmp_path, nlp, monkeypatch):
    """A fresh app on the seed (or on ``articles``): no user config, private caches and data dir.

    The seed is shared: tests that annotate take ``app_for`` (a private copy of it) instead.
    (nlp: the model is loaded once per session, the app's worker then finds it loaded.)
    """
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))

    def make(articles=None, **kw):
        kw.setdefault("config_path", tmp_path / "no-config.toml")
        return NewsreadApp(articles or [seed_article], published=SEED_DATE, **kw)

    return make


@pytest.fixture
def journal(article):
    return article.with_name(article.name + ".newsread.jsonl")


@pytest.fixture
def app_for(article, tmp_path):
    return lambda **kw: make_app(article, tmp_path / "no-config.toml", **kw)
