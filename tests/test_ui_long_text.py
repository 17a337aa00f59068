"""The reader says what a long text's analysis will cost as it opens (issue #12, item 10)."""

from __future__ import annotations

import re

import pytest

from newsread.article import load_article, loader
from newsread.ui.app import NewsreadApp

from annotate_support import toasts

pytestmark = pytest.mark.anyio

SENTENCE = "The harbour master said the pier would open in June, after the council's vote. "


@pytest.fixture
def anyio_backend():
    return "asyncio"


async def test_the_long_text_warning_is_shown_when_the_article_opens(tmp_path, monkeypatch, nlp):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(loader, "LONG_TEXT_CHARS", 2_000)  # the real threshold takes minutes to analyse
    path = tmp_path / "long.txt"
    path.write_text("Pier notice\n\n" + (SENTENCE * 8 + "\n\n") * 5)
    article = load_article(str(path))
    app = NewsreadApp([article], config_path=tmp_path / "no-config.toml")
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        messages = [toast.split("\n", 1)[-1] for toast in toasts(app).split(" | ")]  # each without its title
        assert any(re.match(r"a long text \(3,\d{3} characters, about \d+ words\): .* MB of memory", m) for m in messages)
        await app.workers.wait_for_complete()
