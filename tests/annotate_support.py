"""Helpers for the annotation UI tests: a private copy of the seed, the journal, key flows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsread.ui.app import NewsreadApp
from newsread.ui.navigation import ENTITY, QUOTE
from newsread.ui.widgets.annotation_bar import AnnotationBar

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


def marks(screen) -> set[tuple[int, int, str]]:
    return screen.query_one("#article")._marks_flat()


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


async def search(pilot, words: str) -> None:
    """``/`` words ``enter``: the cursor lands on the first match."""
    await pilot.press("slash")
    await type_text(pilot, words)
    await pilot.press("enter")
    await pilot.pause()


__all__ = ["ENTITY", "QUOTE", "SIZE", "bar", "copy_seed", "goto", "journal_events", "make_app", "marks", "ready",
           "search", "status", "type_text"]


# Fixtures shared by the annotation UI tests (imported by name into each test module).
@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def article(tmp_path, monkeypatch, nlp):
    """The seed copied into tmp_path; caches and data dir private too."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return copy_seed(tmp_path)


@pytest.fixture
def journal(article):
    return article.with_name(article.name + ".newsread.jsonl")


@pytest.fixture
def app_for(article, tmp_path):
    return lambda **kw: make_app(article, tmp_path / "no-config.toml", **kw)
