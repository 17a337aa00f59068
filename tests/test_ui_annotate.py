"""Annotating from the keyboard in the real reader (Pilot) on a private copy of the seed.

Every flow checks the journal file (the events appended, fsynced before the UI said
"saved") and what the reader shows (highlight marks, status line, sidebar, the
annotation line); the last ones reopen a fresh app on the same file.
"""

from __future__ import annotations

import pytest

from newsread.ui.screens.annotate_dialog import NoteDialog, PickerDialog
from newsread.ui.widgets.actor_list import ActorList
from newsread.ui.widgets.notes_list import NotesScreen

from annotate_support import (  # noqa: F401  (fixtures: anyio_backend, article, journal, app_for)
    ENTITY,
    QUOTE,
    SIZE,
    anyio_backend,
    app_for,
    article,
    bar,
    choose,
    copy_seed,
    goto,
    journal,
    journal_events,
    make_app,
    marks,
    ready,
    search,
    status,
)

pytestmark = pytest.mark.anyio


def group_title(screen, label: str) -> str:
    """The sidebar's group heading for ``label`` (e.g. "Organisations (7)")."""
    actors = screen.query_one("#actors", ActorList)
    option = actors.get_option(f"group-{label}")
    table = option.prompt
    return str(next(iter(table.columns[0].cells)))


async def test_relabel_entity_then_undo(app_for, journal):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        orgs_before = group_title(screen, "ORG")
        assert "saved" not in bar(screen).state_text
        assert bar(screen).where_full == f"annotations beside the article: {journal}"
        assert bar(screen).where_text == "saved in idlib.txt.newsread.jsonl"
        entity = await goto(pilot, screen, ENTITY, lambda e: e.label == "PERSON")
        await pilot.press("a")
        assert isinstance(app.screen, PickerDialog)
        await choose(pilot, "ORG")
        assert not isinstance(app.screen, PickerDialog)
        events = journal_events(journal)
        assert [(e["type"], e["start"], e["end"], e["label"], e["old_label"], e["text"]) for e in events] == [
            ("entity.relabel", entity.start, entity.end, "ORG", "PERSON", entity.text)
        ]
        span = (entity.start, entity.end)
        now = next(e for e in screen.nav.entities if (e.start, e.end) == span)
        assert now.label == "ORG"
        assert (*span, "corrected") in marks(screen) and (*span, "org") in marks(screen)
        assert "· Organisation ·" in status(screen)
        assert bar(screen).state_text.startswith("✓ saved") and "Person → Organisation" in bar(screen).state_text
        assert "this item: corrected" in bar(screen).state_text
        assert group_title(screen, "ORG") != orgs_before  # a new organisation in the sidebar count

        await pilot.press("u")
        events = journal_events(journal)
        assert [e["type"] for e in events] == ["entity.relabel", "undo"]
        assert events[1]["target"] == events[0]["id"]
        now = next(e for e in screen.nav.entities if (e.start, e.end) == span)
        assert now.label == "PERSON"
        assert (*span, "corrected") not in marks(screen)
        assert "undid Person → Organisation" in bar(screen).state_text
        assert group_title(screen, "ORG") == orgs_before
        await pilot.press("u")  # the relabel's undo is not "mine to undo" again: nothing left
        assert "nothing to undo" in bar(screen).state_text
        assert len(journal_events(journal)) == 2


async def test_reject_entity_and_quote(app_for, journal):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        n_entities, n_quotes = len(screen.nav.entities), len(screen.nav.quotes)
        entity = await goto(pilot, screen, ENTITY, lambda e: e.label == "GPE")
        following = screen.nav.entities[screen.nav.cursor.index + 1]
        await pilot.press("x")
        events = journal_events(journal)
        assert [(e["type"], e["start"], e["end"], e["text"]) for e in events] == [
            ("entity.remove", entity.start, entity.end, entity.text)
        ]
        assert len(screen.nav.entities) == n_entities - 1
        assert (entity.start, entity.end, "rejected") in marks(screen)
        assert (entity.start, entity.end, "place") not in marks(screen)
        # The cursor moved on to the next entity, so x can be pressed again.
        assert (screen.nav.cursor.start, screen.nav.cursor.end) == (following.start, following.end)
        assert f"/{n_entities - 1} ·" in status(screen)

        quote = await goto(pilot, screen, QUOTE, lambda q: True)
        await pilot.press("x")
        events = journal_events(journal)
        assert [(e["type"], e["start"], e["end"]) for e in events][1:] == [("quote.remove", quote.start, quote.end)]
        assert len(screen.nav.quotes) == n_quotes - 1
        assert (quote.start, quote.end, "quote") not in marks(screen)
        assert (quote.start, quote.end, "rejected") in marks(screen)
        assert f"{n_quotes - 1} quotes" in screen.query_one("#status").state_text
        assert "rejected quote" in bar(screen).state_text

    # A new app on the same file shows both rejections.
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert len(screen.nav.entities) == n_entities - 1 and len(screen.nav.quotes) == n_quotes - 1
        assert (entity.start, entity.end, "rejected") in marks(screen)
        assert "2 annotation(s) applied" in bar(screen).state_text


async def test_speaker_by_picking_and_by_typing(app_for, journal):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        quote = await goto(pilot, screen, QUOTE, lambda q: q.speaker_name is not None)
        other = next(a for a in screen.nav.analysis.actors if a.label == "PERSON" and a.id != quote.speaker)
        quotes_before = other.quotes
        await pilot.press("a")
        assert isinstance(app.screen, PickerDialog)
        await choose(pilot, other.name.split()[-1])
        events = journal_events(journal)
        assert [(e["type"], e["start"], e["end"], e["speaker"], e["speaker_name"]) for e in events] == [
            ("quote.speaker", quote.start, quote.end, other.id, other.name)
        ]
        now = next(q for q in screen.nav.quotes if (q.start, q.end) == (quote.start, quote.end))
        assert now.speaker == other.id and now.speaker_name == other.name
        assert other.name in status(screen)
        assert screen.nav.analysis.actor(other.id).quotes == quotes_before + 1  # sidebar counts
        assert (quote.start, quote.end, "corrected") in marks(screen)

        # A name nobody in the article has: typed, becomes a new actor.
        await pilot.press("a")
        await choose(pilot, "Jane Roe")
        events = journal_events(journal)
        assert (events[-1]["type"], events[-1]["speaker"], events[-1]["speaker_name"]) == ("quote.speaker", None, "Jane Roe")
        now = next(q for q in screen.nav.quotes if (q.start, q.end) == (quote.start, quote.end))
        assert now.speaker_name == "Jane Roe"
        assert "Jane Roe" in status(screen)
        actors = screen.query_one("#actors", ActorList)
        jane = next(a for a in screen.nav.analysis.actors if a.name == "Jane Roe")
        assert actors.get_option(jane.id) is not None and jane.quotes == 1

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        now = next(q for q in screen.nav.quotes if (q.start, q.end) == (quote.start, quote.end))
        assert now.speaker_name == "Jane Roe"


async def test_note_then_jump_from_the_notes_list(app_for, journal):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        entity = await goto(pilot, screen, ENTITY, lambda e: e.label == "PERSON")
        await pilot.press("a")
        await choose(pilot, "note")
        assert isinstance(app.screen, NoteDialog)
        await choose(pilot, "check the spelling")
        events = journal_events(journal)
        assert [(e["type"], e["start"], e["end"], e["body"]) for e in events] == [
            ("note", entity.start, entity.end, "check the spelling")
        ]
        assert (entity.start, entity.end, "note") in marks(screen)
        assert "note: check the spelling" in bar(screen).state_text

        await pilot.press("right_square_bracket", "right_square_bracket")  # somewhere else
        assert (screen.nav.cursor.start, screen.nav.cursor.end) != (entity.start, entity.end)
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, NotesScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, NotesScreen)
        assert (screen.nav.cursor.kind, screen.nav.cursor.start, screen.nav.cursor.end) == (ENTITY, entity.start, entity.end)
        assert screen.query_one("#article").is_row_visible(entity.start)
        assert "note: check the spelling" in bar(screen).state_text

        # escape cancels the editor: nothing written.
        await pilot.press("a")
        await pilot.press("escape")
        await pilot.pause()
        assert len(journal_events(journal)) == 1

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("ctrl+n")
        await pilot.press("enter")
        await pilot.pause()
        assert (screen.nav.cursor.start, screen.nav.cursor.end) == (entity.start, entity.end)


async def test_select_words_add_entity_and_quote(app_for, journal, article):
    text = article.read_text(encoding="utf-8")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        phrase = "demilitarized zone"
        start = text.index(phrase)
        await search(pilot, phrase)
        await pilot.press("v")
        assert "SELECT “demilitarized”" in bar(screen).state_text
        await pilot.press("w")  # b would page up outside a selection; here it moves the end back
        await pilot.press("w", "b")
        assert bar(screen).state_text.startswith(f"SELECT “{phrase}” (2 words)")
        assert (start, start + len(phrase), "selection") in marks(screen)
        await pilot.press("a")
        assert isinstance(app.screen, PickerDialog)
        await choose(pilot, "entity fac")
        events = journal_events(journal)
        assert [(e["type"], e["start"], e["end"], e["text"], e["label"]) for e in events] == [
            ("entity.add", start, start + len(phrase), phrase, "FAC")
        ]
        assert (start, start + len(phrase), "user") in marks(screen)
        assert (start, start + len(phrase), "selection") not in marks(screen)
        assert status(screen).split(" · ")[1] == "Facility" and "this item: added" in bar(screen).state_text

        # A quote nobody marked: select its words, pick the speaker from the list.
        words = "potentially thwarting a large-scale military operation"
        qstart = text.index(words)
        await search(pilot, "potentially thwarting")
        await pilot.press("v", *["shift+right"] * 5)  # "large-scale" is one word
        assert bar(screen).state_text.startswith("SELECT “potentially thwarting a large")
        assert "(6 words)" in bar(screen).state_text
        await pilot.press("a")
        await choose(pilot, "quote")
        assert isinstance(app.screen, PickerDialog)
        await choose(pilot, "Putin")
        events = journal_events(journal)
        assert (events[-1]["type"], events[-1]["start"], events[-1]["end"], events[-1]["speaker_name"]) == (
            "quote.add", qstart, qstart + len(words), "Vladimir Putin")
        q = next(q for q in screen.nav.quotes if q.start == qstart)
        assert q.speaker_name == "Vladimir Putin" and (qstart, qstart + len(words), "user") in marks(screen)
        assert status(screen).startswith("Quote") and "Vladimir Putin" in status(screen)

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert any((e.start, e.label) == (start, "FAC") for e in screen.nav.entities)
        assert any(q.start == qstart and q.speaker_name == "Vladimir Putin" for q in screen.nav.quotes)


async def test_selection_escape_cancels_and_b_pages_up_again(app_for, journal):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("v")
        assert bar(screen).state_text.startswith("SELECT")
        await pilot.press("escape")
        assert not bar(screen).state_text.startswith("SELECT")
        assert not any(m[2] == "selection" for m in marks(screen))
        view = screen.query_one("#article")
        await pilot.press("G")
        bottom = view.scroll_offset.y
        await pilot.press("b")  # no selection: b is the article's page up again
        assert view.scroll_offset.y < bottom
        assert journal_events(journal) == []
