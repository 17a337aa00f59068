"""Reader moves after a scroll, a search or a resize (#16): where ``]`` ``}`` ``n`` go, what the status says.

Real app on the seed, real spaCy model (loaded once), Pilot.
"""

from __future__ import annotations

import pytest

from newsread.ui.widgets.article_view import ArticleView

from annotate_support import anyio_backend, ready, search, seed_app_for, status, view  # noqa: F401  (fixtures)

pytestmark = pytest.mark.anyio


def top_char(v: ArticleView) -> int:
    """The first character of the first text row in view."""
    return v.top_offset() + 1


async def test_after_scrolling_home_next_quote_starts_at_the_top(seed_app_for):
    """#16 item 2: at quote 11, ``g`` then ``]`` is quote 1, not 12."""
    app = seed_app_for()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press(*["right_square_bracket"] * 11)
        assert status(screen).startswith("Quote 11/")
        assert not view(screen).is_row_visible(screen.nav.quotes[0].start), "quote 11 is a page below quote 1"
        await pilot.press("g", "right_square_bracket")
        assert status(screen).startswith("Quote 1/")


async def test_after_scrolling_previous_items_are_before_the_top(seed_app_for):
    """#16 item 2: ``[`` and ``{`` after a scroll go to the item before the top of the view, ``}`` after it."""
    app = seed_app_for()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        v = view(screen)
        await pilot.press("right_square_bracket", "right_curly_bracket")  # cursor near the top
        await pilot.press("G")
        top = top_char(v)
        await pilot.press("left_square_bracket")
        quotes = screen.nav.quotes
        before = [q for q in quotes if q.start < top]
        assert screen.nav.cursor.start == before[-1].start, "the last quote starting above the view"
        await pilot.press("G", "left_curly_bracket")
        entities = [e for e in screen.nav.entities if e.start < top]
        assert screen.nav.cursor.start == entities[-1].start
        await pilot.press("g", *["j"] * 5)
        top = top_char(v)
        assert not v.is_row_visible(screen.nav.cursor.start)
        await pilot.press("right_curly_bracket")
        assert screen.nav.cursor.start == min(e.start for e in screen.nav.entities if e.start >= top)


async def test_failed_search_shows_no_broken_counter(seed_app_for):
    """#16 item 4: ``/zzzq`` after a search on match 3 said ``Match 3/0``, also after escape and ``n``."""
    app = seed_app_for()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        await search(pilot, "idlib")
        await pilot.press("n", "n")
        assert status(screen).startswith("Match 3/")
        await search(pilot, "zzzq")
        shown = [status(screen), str(screen.query_one("#details").content)]
        assert "no match for 'zzzq'" in shown[0]
        await pilot.press("escape")
        shown += [status(screen), str(screen.query_one("#details").content)]
        await pilot.press("n")
        shown += [status(screen), str(screen.query_one("#details").content)]
        for text in shown:
            assert "Match 3" not in text and "/0" not in text, text
        assert "no search" in shown[-2], "escape cleared the failed search"


async def test_status_never_keeps_a_stale_wrapped(seed_app_for):
    """#16 item 5: "wrapped" after escape cleared a focus, after a search with one hit."""
    app = seed_app_for()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("left_square_bracket")  # from nothing back to the last quote: wrapped
        assert status(screen).endswith("wrapped")
        await pilot.press("tab", "enter", "shift+tab")  # focus the first actor
        assert "focus:" in status(screen) and "wrapped" not in status(screen)
        for _ in range(5):  # the actor has four quotes: one of these steps wraps round
            await pilot.press("right_square_bracket")
            if "wrapped" in status(screen):
                break
        assert "wrapped" in status(screen)
        await pilot.press("escape")
        assert "focus:" not in status(screen) and "wrapped" not in status(screen)
        await pilot.press("G", "left_square_bracket")  # below the only "Mistura"
        await search(pilot, "mistura")
        assert status(screen).startswith("Match 1/1") and "wrapped" not in status(screen)
        await pilot.press("n")
        assert status(screen).startswith("Match 1/1") and "wrapped" not in status(screen)


@pytest.mark.parametrize("size", [(70, 22), (60, 20), (80, 24)])
async def test_resize_keeps_the_current_quote_in_view(seed_app_for, size):
    """#16 item 3: at quote 4, a smaller terminal showed the top of the article instead."""
    app = seed_app_for()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press(*["right_square_bracket"] * 4)
        quote = screen.nav.quotes[screen.nav.cursor.index]
        assert view(screen).is_row_visible(quote.start)
        await pilot.resize_terminal(*size)
        await pilot.pause()
        await pilot.pause()
        v = view(screen)
        assert v.is_row_visible(quote.start) and v.is_row_visible(quote.end - 1)
        assert status(screen).startswith("Quote 4/")


async def test_quote_panel_shows_the_quote_text_at_80x24(seed_app_for):
    """#16 item 3: at 80x24 the details showed speaker, cue and resolution, and no word of the quote."""
    app = seed_app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press(*["right_square_bracket"] * 4)
        quote = screen.nav.quotes[screen.nav.cursor.index]
        details = screen.query_one("#details")
        shown = "\n".join(details.render_line(y).text for y in range(details.size.height))
        first_words = " ".join(quote.text.split()[:3])
        assert first_words in shown, shown


def shown_status(screen) -> str:
    """The status line's left side as drawn (the label's first row)."""
    return screen.query_one("#status-item").render_line(0).text.rstrip()


async def test_status_is_shortened_by_priority_never_mid_word(seed_app_for, seed_analysis):
    """#16 item 6: at 120 columns the status ended "focus: Abdullah Ibrahim (2 quotes, esc"."""
    speaker = max((a for a in seed_analysis.actors if a.quotes >= 2), key=lambda a: len(a.name))
    app = seed_app_for()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        screen.goto_actor(speaker.id)
        await pilot.pause()
        for _ in range(speaker.quotes):  # the last step wraps: the longest status there is
            await pilot.press("right_square_bracket")
        full = screen.nav.status()
        shown = shown_status(screen)
        width = screen.query_one("#status-item").content_size.width
        assert len(full) > width, "this status does not fit: the case of the issue"
        assert not shown.endswith("…"), shown
        pieces = shown.split(" · ")
        focus = f"focus: {speaker.name}"
        whole = {*full.split(" · "), f"{focus} ({speaker.quotes} quotes)", focus}
        assert all(piece in whole for piece in pieces), shown
        assert pieces[0].startswith("Quote ") and any(speaker.name in piece for piece in pieces[1:])
        for size in [(80, 24), (60, 20)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            shown = shown_status(screen)
            assert shown.startswith("Quote ") and all(p in whole for p in shown.split(" · ")), shown


async def test_a_long_journal_path_is_cut_in_the_middle(seed_app_for, tmp_path):
    """#16 item 6: a long data-folder path in the annotation line was cut at its end, file name lost."""
    folder = tmp_path.joinpath(*[f"a-rather-long-folder-name-{i}" for i in range(6)])
    folder.mkdir(parents=True)
    journal = folder / "idlib.txt.newsread.jsonl"
    app = seed_app_for(annotations=str(journal))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.pause()
        where = app.screen.query_one("#annotation-where")
        shown = where.render_line(0).text.rstrip()
        assert str(journal) in app.screen.query_one("#annotation-bar").where_full
        assert shown.endswith("idlib.txt.newsread.jsonl") and "…" in shown, shown
        assert shown.startswith("saved to: /"), shown


async def test_the_first_part_of_the_status_is_never_left_out(seed_app_for):
    """#16 item 6: at 80 columns "No item selected: ..." was one droppable part: the line went blank."""
    app = seed_app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        assert shown_status(screen).startswith("No item selected: ] next quote")
        await pilot.press("right_square_bracket")
        assert shown_status(screen).startswith("Quote 1/")
