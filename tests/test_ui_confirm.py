"""Doubtful speakers in the real reader (Pilot, on a private copy of the seed): the status line,
the quote panel and the article say so, and ``c`` confirms one (a journal event, kept on reopen).
"""

from __future__ import annotations

import pytest

from annotate_support import (  # noqa: F401  (fixtures: anyio_backend, article, journal, app_for)
    QUOTE,
    SIZE,
    anyio_backend,
    app_for,
    article,
    bar,
    goto,
    journal,
    journal_events,
    marks,
    ready,
    status,
)

pytestmark = pytest.mark.anyio


def details(screen) -> str:
    return str(screen.query_one("#details").render())


async def test_doubtful_speaker_is_marked_and_c_confirms_it(app_for, journal):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        sure = next(q for q in screen.nav.quotes if q.speaker_name and not q.doubtful and q.speaker_start is not None)
        assert (sure.speaker_start, sure.speaker_end, "speaker") in marks(screen)
        quote = await goto(pilot, screen, QUOTE, lambda q: q.doubtful and q.speaker_start is not None)
        mention = (quote.speaker_start, quote.speaker_end)
        assert (*mention, "speaker-doubtful") in marks(screen)
        assert f"{quote.speaker_name} (doubtful speaker: c confirms)" in status(screen)
        assert "doubtful speaker" in details(screen) and "c confirms" in details(screen)

        await pilot.press("c")
        await pilot.pause()
        (event,) = journal_events(journal)
        assert event["type"] == "quote.confirm" and (event["start"], event["end"]) == (quote.start, quote.end)
        assert event["speaker_name"] == quote.speaker_name and event["speaker_start"] == quote.speaker_start
        now = screen.nav.current_quote()
        assert (now.start, now.speaker_name) == (quote.start, quote.speaker_name)
        assert now.speaker_confirmed and now.speaker_confidence == 1.0 and not now.doubtful
        assert f"{quote.speaker_name} (confirmed)" in status(screen)
        assert "✓ confirmed" in details(screen)
        assert (*mention, "speaker-doubtful") not in marks(screen) or any(
            q.doubtful and (q.speaker_start, q.speaker_end) == mention for q in screen.nav.quotes
        )  # the mention stays doubtful only for another doubtful quote it names
        assert "confirmed" in bar(screen).state_text

        await pilot.press("c")  # twice: nothing more to say, nothing written
        await pilot.pause()
        assert len(journal_events(journal)) == 1
        assert "already confirmed" in bar(screen).state_text

    reopened = app_for()
    async with reopened.run_test(size=SIZE) as pilot:
        screen = await ready(reopened, pilot)
        again = next(q for q in screen.nav.quotes if (q.start, q.end) == (quote.start, quote.end))
        assert again.speaker_confirmed and not again.doubtful
