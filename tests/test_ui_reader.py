"""The reader on the seed with Pilot: every binding, status line, cursor, scroll, focus.

Real app, real spaCy model, real analysis (run by the app's own worker).
"""

from __future__ import annotations

import pytest
from textual.command import CommandPalette

from newsread.analysis.datelines import range_start
from newsread.ui.labels import plain_label
from newsread.ui.screens.help import HelpScreen
from newsread.ui.screens.reader import ReaderScreen
from newsread.ui.speech import kind_words
from newsread.ui.widgets.actor_list import ActorList
from newsread.ui.widgets.article_view import SCROLL_MARGIN, ArticleView
from newsread.ui.widgets.date_list import DateList

from annotate_support import SIZE, anyio_backend, ready, seed_app_for, status, view  # noqa: F401  (fixtures)
from conftest import SEED_DATE

# Async tests run on anyio's pytest plugin (installed with the test dependencies).
pytestmark = pytest.mark.anyio


def in_view_with_margin(v: ArticleView, start: int, end: int) -> bool:
    """The span is on screen with SCROLL_MARGIN rows around it (unless at the top/bottom end)."""
    top = int(v.scroll_offset.y)
    height = v.scrollable_content_region.height
    first, last = v.line_of(start), v.line_of(max(start, end - 1))
    above_ok = first - top >= SCROLL_MARGIN or (top == 0 and first >= 0)
    below_ok = top + height - 1 - last >= SCROLL_MARGIN or (top == v.max_scroll_y and last < top + height)
    tall = last - first + 1 + 2 * SCROLL_MARGIN > height
    return above_ok and (below_ok or tall)


def sorted_quotes(analysis):
    return sorted(analysis.quotes, key=lambda q: (q.start, q.end))


async def test_text_paints_and_sidebar_fills(seed_app_for, seed_analysis):
    app = seed_app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert view(screen).lines, "the text is laid out before the analysis"
        await ready(app, pilot)
        actors = screen.query_one("#actors", ActorList)
        ids = {actors.get_option_at_index(i).id for i in range(actors.option_count)}
        assert {a.id for a in seed_analysis.actors} <= ids
        assert "group-PERSON" in ids and "group-GPE" in ids
        dates = screen.query_one("#dates", DateList)
        assert dates.option_count == len(seed_analysis.dates)
        assert screen.query_one("#status").state_text == f"{len(seed_analysis.quotes)} quotes · {len(seed_analysis.actors)} actors"
        assert status(screen).startswith("No item selected")
        assert screen.focused is view(screen)
        assert str(screen.query_one("#title").content) == f"idlib.txt  ·  published {SEED_DATE}"


async def test_entity_next_previous(seed_app_for, seed_analysis):
    entities = sorted(seed_analysis.entities, key=lambda e: (e.start, e.end))
    app = seed_app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("right_curly_bracket")
        first = entities[0]
        assert (screen.nav.cursor.start, screen.nav.cursor.end) == (first.start, first.end)
        name = seed_analysis.actor(first.actor).name if first.actor else first.text
        assert status(screen) == f"Entity 1/{len(entities)} · {plain_label(first.label)} · {name}"
        await pilot.press("right_curly_bracket")
        assert status(screen).startswith(f"Entity 2/{len(entities)} · {plain_label(entities[1].label)}")
        await pilot.press("left_curly_bracket", "left_curly_bracket")
        last = entities[-1]
        assert screen.nav.cursor.start == last.start
        assert status(screen).startswith(f"Entity {len(entities)}/{len(entities)}") and "wrapped" in status(screen)
        v = view(screen)
        assert v.scroll_offset.y > 0 and in_view_with_margin(v, last.start, last.end)


async def test_quote_next_previous_speaker_back(seed_app_for, seed_analysis):
    quotes = sorted_quotes(seed_analysis)
    assert len(quotes) >= 3, "the quote engine finds the seed's quotes"
    app = seed_app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        v = view(screen)
        await pilot.press("right_square_bracket")
        q = quotes[0]
        assert (screen.nav.cursor.start, screen.nav.cursor.end) == (q.start, q.end)
        kind = kind_words(q, q.start, q.end)[0]  # "direct", "reported"...: the item's kind, in words
        assert status(screen) == f"Quote 1/{len(quotes)} · {kind} · {q.speaker_name or 'unattributed'} · {q.cue or 'no cue'}"
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert status(screen).startswith(f"Quote 3/{len(quotes)}")
        await pilot.press("left_square_bracket")
        assert status(screen).startswith(f"Quote 2/{len(quotes)}")
        # Go to the last quote (far down), then to its speaker, then back.
        await pilot.press("left_square_bracket", "left_square_bracket")
        last = quotes[-1]
        assert screen.nav.cursor.start == last.start and in_view_with_margin(v, last.start, last.end)
        details = str(screen.query_one("#details").content)
        assert " ".join(last.text.split()) in " ".join(details.split()) and (last.cue or "—") in details
        with_speaker = next(i for i in range(len(quotes) - 1, -1, -1) if quotes[i].speaker_start is not None)
        for _ in range(len(quotes) - 1 - with_speaker):
            await pilot.press("left_square_bracket")
        q = quotes[with_speaker]
        scroll_before = v.scroll_offset.y
        await pilot.press("s")
        assert (screen.nav.cursor.start, screen.nav.cursor.end) == (q.speaker_start, q.speaker_end)
        assert status(screen).startswith(f"Speaker of quote {with_speaker + 1}/{len(quotes)}")
        assert in_view_with_margin(v, q.speaker_start, q.speaker_end)
        await pilot.press("backspace")
        assert (screen.nav.cursor.start, screen.nav.cursor.end) == (q.start, q.end)
        assert status(screen).startswith(f"Quote {with_speaker + 1}/{len(quotes)}")
        assert v.scroll_offset.y == scroll_before


async def test_focus_actor_restricts_quotes_and_escape_clears(seed_app_for, seed_analysis):
    speaker = max(seed_analysis.actors, key=lambda a: (a.quotes, a.mentions))
    assert speaker.quotes > 0, "the quote engine attributes quotes on the seed"
    app = seed_app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("tab")
        actors = screen.query_one("#actors", ActorList)
        assert screen.focused is actors
        actors.highlighted = actors.get_option_index(speaker.id)
        await pilot.press("enter")
        assert screen.nav.focus.key == speaker.id
        assert f"focus: {speaker.name}" in status(screen)
        marks = {(s, e) for s, e, n in view(screen).marks() if n == "focus"}
        assert marks == {(e.start, e.end) for e in seed_analysis.entities if e.actor == speaker.id}
        seen = set()
        for _ in range(speaker.quotes + 1):
            await pilot.press("right_square_bracket")
            seen.add(screen.nav.cursor.index)
        assert {screen.nav.quotes[i].speaker for i in seen} == {speaker.id}
        assert len(seen) == speaker.quotes
        await pilot.press("escape")
        assert screen.nav.focus is None and "focus:" not in status(screen)


async def test_focus_date_from_sidebar(seed_app_for, seed_analysis):
    app = seed_app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("tab", "tab")
        dates = screen.query_one("#dates", DateList)
        assert screen.focused is dates
        resolved = next(i for i, d in enumerate(screen.nav.dates) if d.value)
        dates.highlighted = dates.get_option_index(str(resolved))
        await pilot.press("enter")
        d = screen.nav.dates[resolved]
        assert screen.nav.cursor.start == d.start
        assert status(screen).startswith(f"Date {resolved + 1}/{len(screen.nav.dates)} · {d.text} · {d.value}")
        assert f"focus: date {d.value}" in status(screen)
        await pilot.press("o")
        assert dates.chronological
        order = [int(dates.get_option_at_index(i).id) for i in range(dates.option_count)]
        values = [screen.nav.dates[i].value for i in order if screen.nav.dates[i].value]
        starts = [range_start(v) for v in values]  # by the start of each range: a week before its Friday
        assert starts == sorted(starts) and values.index("2018-W37") < values.index("2018-09-14")
        await pilot.press("shift+tab", "shift+tab")
        assert screen.focused is view(screen)


async def test_search_next_previous(seed_app_for, seed_article):
    needle = "idlib"
    expected = seed_article.text.lower().count(needle)
    assert expected > 2
    app = seed_app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash")
        assert screen.focused.id == "search"
        await pilot.press(*"IdLib", "enter")
        assert screen.focused is view(screen)
        first = seed_article.text.lower().index(needle)
        assert screen.nav.cursor.start == first
        assert status(screen) == f"Match 1/{expected} · “IdLib”"
        await pilot.press("n")
        assert status(screen).startswith(f"Match 2/{expected}")
        await pilot.press("N", "N")
        assert status(screen).startswith(f"Match {expected}/{expected}")
        assert in_view_with_margin(view(screen), screen.nav.cursor.start, screen.nav.cursor.end)
        await pilot.press("slash", "ctrl+a", "ctrl+k", "q", "s", "n")  # typed into the prompt, not bindings
        assert app.is_running and screen.query_one("#search").value == "qsn"
        assert status(screen).startswith(f"Match {expected}/{expected}")
        await pilot.press("escape")
        assert screen.focused is view(screen) and not screen.query_one("#search").display


async def test_scroll_keys(seed_app_for):
    app = seed_app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        v = view(screen)
        assert v.max_scroll_y > 20
        await pilot.press("j", "j", "down")
        assert v.scroll_offset.y == 3
        await pilot.press("k", "up")
        assert v.scroll_offset.y == 1
        await pilot.press("G")
        assert v.scroll_offset.y == v.max_scroll_y
        await pilot.press("g")
        assert v.scroll_offset.y == 0
        await pilot.press("space")
        page = v.scroll_offset.y
        assert page >= v.scrollable_content_region.height - 2
        await pilot.press("pagedown")
        assert v.scroll_offset.y == min(v.max_scroll_y, 2 * page)
        await pilot.press("pageup", "pageup")
        assert v.scroll_offset.y == 0


async def test_help_lists_every_binding(seed_app_for):
    from newsread.ui.keymap import catalogue

    app = seed_app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one("#help-table")
        from rich.console import Console

        console = Console(width=200, record=True)
        console.print(table.content)
        rendered = console.export_text()
        for _, bindings in catalogue():
            for b in bindings:
                assert b.id in rendered and (b.tooltip or b.description) in rendered
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_sidebar_toggle_and_narrow_terminal(seed_app_for):
    app = seed_app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        sidebar = screen.query_one("#sidebar")
        assert sidebar.display and sidebar.size.width <= 30
        assert view(screen).size.width >= 45
        await pilot.press("ctrl+b")
        assert not sidebar.display and view(screen).size.width >= 75
        await pilot.press("tab")
        assert screen.focused is view(screen)  # hidden lists take no focus
        await pilot.press("ctrl+b")
        assert sidebar.display


async def test_command_palette_go_to_actor(seed_app_for, seed_analysis):
    actor = next(a for a in seed_analysis.actors if a.label == "PERSON" and a.mentions > 1)
    app = seed_app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*f"go to actor {actor.name}")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.nav.focus.key == actor.id
        first = min(e.start for e in seed_analysis.entities if e.actor == actor.id)
        assert screen.nav.cursor.start == first


async def test_palette_runs_reader_actions(seed_app_for):
    app = seed_app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("ctrl+p", *"next entity")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert status(screen).startswith("Entity 1/")


async def test_quit(seed_app_for):
    app = seed_app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_missing_model_shows_message_not_crash(seed_app_for):
    app = seed_app_for(model="no_such_model_xyz")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert screen.error and "no_such_model_xyz" in screen.error
        assert "Analysis failed" in str(screen.query_one("#details").content)
        assert screen.query_one("#status").state_text == "analysis failed"
        await pilot.press("right_square_bracket")
        assert "analysis not ready" in status(screen)
        assert view(screen).lines  # the text is still there to read


async def test_resize_keeps_the_reading_position(seed_app_for):
    app = seed_app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        v = view(screen)
        await pilot.press(*["j"] * 30)
        top = v.top_offset() + 1
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        row = int(v.scroll_offset.y)
        assert v.lines[row].start <= top < v.lines[row].end + 1 or v.line_of(top) == row


async def test_click_puts_cursor_on_entity(seed_app_for, seed_analysis):
    person = next(e for e in seed_analysis.entities if e.label == "PERSON")
    app = seed_app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        x, y = view(screen).cell_of(person.start + 1)
        await pilot.click("#article", offset=(x, y))
        assert (screen.nav.cursor.start, screen.nav.cursor.end) == (person.start, person.end)
        assert status(screen).startswith("Entity ") and "Person" in status(screen)


async def test_tab_then_enter_focuses_the_first_actor(seed_app_for, seed_analysis):
    people = sorted((a for a in seed_analysis.actors if a.label == "PERSON"), key=lambda a: (-a.mentions, -a.quotes, a.name))
    app = seed_app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("tab", "enter")
        assert screen.nav.focus is not None and screen.nav.focus.key == people[0].id
        assert f"focus: {people[0].name}" in status(screen)


async def test_wide_terminal_centres_a_readable_column(seed_app_for):
    from newsread.ui.widgets.article_view import MAX_MEASURE

    app = seed_app_for()
    async with app.run_test(size=(200, 60)) as pilot:
        screen = await ready(app, pilot)
        v = view(screen)
        assert v.size.width > MAX_MEASURE + 20
        assert max(line.end - line.start for line in v.lines) <= MAX_MEASURE
        first = v.render_line(v.line_of(v.lines[0].start)).text
        assert first.startswith(" " * 10) and first.strip()
