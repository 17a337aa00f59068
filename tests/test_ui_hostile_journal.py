"""The reader (Pilot) against a journal another writer fills with malformed lines (issue #12, item 4).

On main an open session died within one poll of such a line being appended,
and the article could not be opened again.
"""

from __future__ import annotations

import asyncio
import json

import pytest

from newsread.article import load_article
from newsread.store import AnnotationStore

from annotate_support import (  # noqa: F401  (fixtures: anyio_backend, article, journal, app_for)
    SIZE,
    anyio_backend,
    toasts,
    app_for,
    article,
    journal,
    marks,
    ready,
)

pytestmark = pytest.mark.anyio

MALFORMED = [
    json.dumps({"type": "undo", "id": "u" * 32, "user": "m", "target": ["x"]}),
    "[" * 100_000 + "]" * 100_000,
]


async def test_open_session_survives_malformed_lines_and_the_article_opens_again(app_for, article, journal):
    app = app_for()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await ready(app, pilot)
        other = AnnotationStore.open(str(article), load_article(str(article)).text)
        first, second = screen.nav.entities[0], screen.nav.entities[1]
        other.remove_entity(first.start, first.end, first.label)
        q = screen.nav.quotes[0]
        with open(journal, "a", encoding="utf-8") as f:
            # A speaker_text that is a number crashed replay (AttributeError) on main.
            bad = other.set_speaker(q.start, q.end, speaker_name="Someone").data
            f.write(json.dumps({**bad, "id": "s" * 32, "speaker_start": 0, "speaker_end": 3, "speaker_text": 5,
                                "sha256": "0" * 64}) + "\n")
            for line in MALFORMED:
                f.write(line + "\n")
        other.journal.forget_file()
        other.remove_entity(second.start, second.end, second.label)
        for _ in range(40):  # the poll runs every 1.5 s
            await asyncio.sleep(0.1)
            await pilot.pause()
            if (second.start, second.end, "rejected") in marks(screen):
                break
        assert app.is_running and app.screen is screen
        assert (first.start, first.end, "rejected") in marks(screen)
        assert (second.start, second.end, "rejected") in marks(screen)
        assert "skipped 3 invalid annotation line(s)" in toasts(app)
        await pilot.press("]")  # still responsive
        assert screen.nav.cursor is not None

    again = app_for()
    async with again.run_test(size=SIZE, notifications=True) as pilot:
        screen = await ready(again, pilot)
        assert again.is_running
        assert (second.start, second.end, "rejected") in marks(screen)
        assert "skipped 3 invalid annotation line(s)" in toasts(again)
