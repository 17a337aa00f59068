"""Annotating from the reader after other moves (#16): the status line, a search, the article list.

Real app on a private copy of the seed (its journal lands in tmp_path), real spaCy model, Pilot.
"""

from __future__ import annotations

import pytest

from newsread.ui.screens.annotate_dialog import PickerDialog

from annotate_support import (  # noqa: F401 (fixtures)
    SIZE, anyio_backend, app_for, article, bar, choose, journal, journal_events, ready, status,
)

pytestmark = pytest.mark.anyio


async def test_no_stale_wrapped_after_adding_a_quote(app_for, journal):
    """#16 item 5: "wrapped" from the step before stayed in the status line after the edit."""
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("left_curly_bracket")  # from nothing to the last entity: wrapped
        assert status(screen).endswith("wrapped")
        await pilot.press("v", "w", "a")
        await choose(pilot, "quote")
        assert isinstance(app.screen, PickerDialog)
        await choose(pilot, "Putin")
        assert journal_events(journal)[-1]["type"] == "quote.add"
        assert status(screen).startswith("Quote") and "wrapped" not in status(screen)


async def test_annotate_after_search_acts_on_the_entity_around_the_match(app_for, journal, seed_analysis):
    """#16 item 9: ``a`` on a search match inside "Vladimir Putin" offered to add "Putin" as a new entity."""
    putin = next(e for e in seed_analysis.entities if e.text == "Vladimir Putin")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *"putin", "enter", "a")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PickerDialog)
        assert putin.label == "PERSON" and dialog.title_text == "Entity “Vladimir Putin” is Person: choose its label"
        await pilot.press("escape")

        # A match across the entity's edge ("Putin at"): no entity can be added there, and it says why.
        await pilot.press("slash", "ctrl+a", "ctrl+k", *"putin at", "enter", "a")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PickerDialog) and dialog.title_text.startswith("Add “Putin at” as")
        assert "Overlaps the entity “Vladimir Putin”" in dialog.subject
        assert not any(c.key.startswith("entity:") for c in dialog.choices)
        await pilot.press("escape")
        assert journal_events(journal) == []
        # The controller refuses it too (a selection made any other way).
        outcome = screen.annotating.annotator.add_entity(screen.annotating.annotator.target(screen.nav), "PERSON")
        assert not outcome.saved and "overlaps the entity “Vladimir Putin”" in outcome.message
        assert journal_events(journal) == []


async def test_position_survives_an_analysis_update(app_for, article):
    """#16 item 1: an update (another session's edit, ctrl+r) kept the cursor but not the view or the details."""
    from newsread.article import load_article
    from newsread.store import AnnotationStore

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press(*["right_square_bracket"] * 4)
        quote = screen.nav.quotes[screen.nav.cursor.index]
        view = screen.query_one("#article")
        await pilot.press("G")  # reading the end; the cursor stays on quote 4
        bottom = view.scroll_offset.y
        assert bottom > 0 and not view.is_row_visible(quote.start)
        other = AnnotationStore.open(str(article), load_article(str(article)).text)
        last = screen.nav.entities[-1]
        other.remove_entity(last.start, last.end, last.label)
        await pilot.press("ctrl+r")  # (on a busy machine the 1.5 s poll may find the edit first)
        assert "reloaded" in bar(screen).state_text
        assert (last.start, last.end) not in {(e.start, e.end) for e in screen.nav.entities}
        assert view.scroll_offset.y == bottom, "the view stays where the user reads"
        assert (screen.nav.cursor.start, screen.nav.cursor.end) == (quote.start, quote.end)

        # A new analysis of the same text (re-analysed, or the whole one after a partial one).
        from newsread.ui.analysis_runner import AnalysisUpdate, Result

        view.scroll_to(y=bottom, animate=False, force=True)
        await pilot.pause()
        app.post_message(AnalysisUpdate("", 0, Result(analysis=app.results[0].analysis)))
        await pilot.pause()
        assert (screen.nav.cursor.start, screen.nav.cursor.end) == (quote.start, quote.end)
        assert view.scroll_offset.y == bottom
        details = " ".join(str(screen.query_one("#details").content).split())
        assert " ".join(quote.text.split()[:4]) in details, details
