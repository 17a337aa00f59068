"""Annotating from the reader after other moves (#16): the status line, a search, the article list.

Real app on a private copy of the seed (its journal lands in tmp_path), real spaCy model, Pilot.
"""

from __future__ import annotations

import pytest

from newsread.ui.screens.annotate_dialog import PickerDialog

from annotate_support import (  # noqa: F401 (fixtures)
    SIZE, anyio_backend, app_for, article, journal, journal_events, ready, status, type_text,
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
        await type_text(pilot, "quote")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PickerDialog)
        await type_text(pilot, "Putin")
        await pilot.press("enter")
        await pilot.pause()
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
        outcome = screen.annotator.add_entity(screen.annotator.target(screen.nav), "PERSON")
        assert not outcome.saved and "overlaps the entity “Vladimir Putin”" in outcome.message
        assert journal_events(journal) == []
