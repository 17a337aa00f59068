"""Reported speech in the reader (#15): kinds highlighted, walked, named, counted.

The first tests run the pure pieces (Navigator, marks, speech.py) on a small article
written for them; the rest run the real app (Pilot) on the seed with the real model,
with every expectation computed from the analysis the reader shows.
"""

from __future__ import annotations

import pytest
from rich.console import Console

from newsread.analysis.model import Actor, Analysis, Entity, Quote
from newsread.ui.marks import analysis_marks
from newsread.ui.navigation import QUOTE, SPEAKER, Item, Navigator
from newsread.ui.screens.help import HelpScreen
from newsread.ui.speech import ALL, DIRECT, is_reported, speech_counts, stops
from newsread.ui.widgets.actor_list import ActorList

from annotate_support import (  # noqa: F401  (fixtures: anyio_backend, article, journal, app_for)
    SIZE,
    anyio_backend,
    app_for,
    article,
    choose,
    journal,
    make_app,
    marks,
    ready,
    status,
)

TEXT = (
    "Mayor Lena Park said the budget would be “balanced by spring” and the pool “will reopen”. "
    "Park told reporters that taxes would not rise. "
    "“We have done the sums,” she added. "
    "According to the council, the vote is on Friday."
)


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def part(words: str) -> dict[str, int]:
    s, e = span(words)
    return {"start": s, "end": e}


def make_analysis() -> Analysis:
    mixed = span("the budget would be “balanced by spring” and the pool “will reopen”")
    told = span("that taxes would not rise")
    sums = span("We have done the sums,")
    vote = span("the vote is on Friday")
    park, park2, she, council = span("Lena Park"), span("Park told"), span("she added"), span("the council")
    quotes = [
        Quote(*mixed, TEXT[slice(*mixed)], "a1", "Lena Park", *park, "said", "name", kind="mixed",
              quoted=[part("balanced by spring"), part("will reopen")]),
        Quote(*told, TEXT[slice(*told)], "a1", "Lena Park", park2[0], park2[0] + 4, "told", "name", kind="indirect"),
        Quote(*sums, TEXT[slice(*sums)], "a1", "Lena Park", she[0], she[0] + 3, "added", "pronoun"),
        Quote(*vote, TEXT[slice(*vote)], "a2", "council", council[0] + 4, council[1], "according to", "name",
              kind="indirect"),
    ]
    entities = [Entity(*park, "PERSON", "Lena Park", "a1"), Entity(park2[0], park2[0] + 4, "PERSON", "Park", "a1"),
                Entity(council[0] + 4, council[1], "ORG", "council", "a2")]
    actors = [Actor("a1", "Lena Park", "PERSON", ["Lena Park", "Park"], 2, 3),
              Actor("a2", "council", "ORG", ["council"], 1, 1)]
    return Analysis(text=TEXT, entities=entities, actors=actors, quotes=quotes)


@pytest.fixture
def nav() -> Navigator:
    return Navigator(TEXT, make_analysis())


def spans(items) -> list[tuple[int, int]]:
    return [(x.start, x.end) for x in items]


def test_stops_are_every_item_or_the_quoted_words_only(nav):
    quotes = nav.quotes
    assert spans(stops(quotes, ALL)) == spans(quotes)
    direct_words = [span("balanced by spring"), span("will reopen"), span("We have done the sums,")]
    assert spans(stops(quotes, DIRECT)) == direct_words
    assert [s.index for s in stops(quotes, DIRECT)] == [0, 0, 2]  # quoted words belong to their mixed item


def test_status_line_says_the_kind_of_each_item(nav):
    said = []
    for _ in range(4):
        nav.step_quote(+1)
        said.append(nav.status())
    assert said == [
        "Quote 1/4 · reported, with quoted words · Lena Park · said",
        "Quote 2/4 · reported · Lena Park · told",
        "Quote 3/4 · direct · Lena Park · added",
        "Quote 4/4 · reported · council · according to",
    ]


def test_speech_mode_walks_the_quoted_words_then_all_speech_again(nav):
    assert nav.speech_mode == ALL
    assert nav.cycle_speech_mode() == DIRECT and "direct quotes only" in nav.status()
    walked = [nav.step_quote(+1) for _ in range(3)]
    assert spans(walked) == [span("balanced by spring"), span("will reopen"), span("We have done the sums,")]
    assert nav.status().startswith("Quote 3/3 · direct · Lena Park · added")
    nav.step_quote(+1)  # wraps to the first quoted words, which belong to the mixed item
    assert nav.status().startswith("Quote 1/3 · quoted words in reported speech · Lena Park · said")
    assert "direct quotes only" in nav.status()
    assert nav.current_quote() is nav.quotes[0]
    assert nav.cycle_speech_mode() == ALL and "walk all speech" in nav.status()
    assert spans([nav.step_quote(+1)]) == [span("that taxes would not rise")]  # from the cursor, among all items


def test_speaker_and_back_from_quoted_words(nav):
    nav.cycle_speech_mode()
    words = nav.step_quote(+1)
    speaker = nav.to_speaker()
    assert (speaker.kind, speaker.start, speaker.end) == (SPEAKER, *span("Lena Park"))
    assert nav.back().item == words and nav.cursor == words


def test_actor_focus_walks_its_speech_of_every_kind(nav):
    nav.focus_actor("a1")
    walked = [nav.step_quote(+1) for _ in range(3)]
    assert [nav.quotes[i.index].kind for i in walked] == ["mixed", "indirect", "direct"]
    assert "focus: Lena Park (1 quote, 2 reported, esc clears)" in nav.status()
    nav.step_quote(+1)
    assert nav.note == "wrapped"  # the council's item is not among the focused actor's
    nav.cycle_speech_mode()
    assert "focus: Lena Park (3 quotes" in nav.status()
    nav.focus_actor("a2")
    assert nav.step_quote(+1) is None and "no direct quotes by council" in nav.status()


def test_marks_tell_the_kinds_apart_and_direct_only_drops_reported(nav):
    marks = set(analysis_marks(nav))
    assert (*span("the budget would be “balanced by spring” and the pool “will reopen”"), "reported") in marks
    assert (*span("balanced by spring"), "quote") in marks and (*span("will reopen"), "quote") in marks
    assert (*span("that taxes would not rise"), "reported") in marks
    assert (*span("We have done the sums,"), "quote") in marks
    nav.cycle_speech_mode()
    direct_only = set(analysis_marks(nav))
    assert not [m for m in direct_only if m[2] == "reported"]
    assert (*span("balanced by spring"), "quote") in direct_only


def test_a_click_picks_the_stop_of_the_mode(nav):
    inside = TEXT.index("by spring")
    assert nav.item_at(inside) == Item(QUOTE, *spans([nav.quotes[0]])[0], 0)
    nav.cycle_speech_mode()
    assert nav.item_at(inside) == Item(QUOTE, *span("balanced by spring"), 0)
    assert nav.item_at(TEXT.index("taxes")) is None  # reported speech is not shown in this mode


def test_the_cursor_on_quoted_words_survives_a_new_analysis(nav):
    nav.cycle_speech_mode()
    nav.step_quote(+1)
    words = nav.step_quote(+1)
    fresh = make_analysis()
    fresh.quotes.insert(0, Quote(0, 5, "Mayor", kind="indirect"))  # an edit renumbers the items
    nav.set_analysis(fresh)
    assert (nav.cursor.start, nav.cursor.end) == (words.start, words.end) and nav.quotes[nav.cursor.index].kind == "mixed"
    other = Navigator(TEXT, fresh)
    assert other.refind(words) == Item(QUOTE, words.start, words.end, 1)


def test_sidebar_counts_direct_and_reported_separately():
    assert speech_counts(make_analysis().quotes) == {"a1": (1, 2), "a2": (0, 1)}


# -- the real reader on the seed (Pilot, real model) ------------------------------------------


def kind_word(quote: Quote) -> str:
    return "reported" if is_reported(quote) else "direct"


def rule_on_row_of(screen, offset: int) -> bool:
    """The row showing ``offset`` starts (after its margin) with the reported-speech rule ┆."""
    view = screen.query_one("#article")
    strip = view.render_line(view.line_of(offset) - int(view.scroll_offset.y))
    return strip.text.lstrip().startswith("┆")


def reported_on_row_of(screen, offset: int) -> bool:
    """Some reported speech shares a character with the row showing ``offset``."""
    view = screen.query_one("#article")
    line = view.lines[view.line_of(offset)]
    return any(q.start < line.end and line.start < q.end for q in screen.nav.quotes if is_reported(q))


@pytest.mark.anyio
async def test_brackets_walk_all_speech_and_the_status_says_the_kind(app_for):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        quotes = screen.nav.quotes
        assert {"direct", "mixed", "indirect"} <= {q.kind for q in quotes}, "the seed has every kind of speech"
        shown = marks(screen)
        for q in quotes:
            assert (q.start, q.end, "reported" if is_reported(q) else "quote") in shown
            assert all((p["start"], p["end"], "quote") in shown for p in q.quoted)
        rules = []
        for i, q in enumerate(quotes, 1):
            await pilot.press("right_square_bracket")
            c = screen.nav.cursor
            assert (c.kind, c.start, c.end) == (QUOTE, q.start, q.end)
            assert status(screen).startswith(f"Quote {i}/{len(quotes)} · {kind_word(q)}")
            assert f"· {kind_word(q)}" in str(screen.query_one("#details").content)
            rules.append(rule_on_row_of(screen, q.start))
            assert rules[-1] == reported_on_row_of(screen, q.start), q
        assert True in rules and False in rules, "rows with and without reported speech were checked"
        await pilot.press("right_square_bracket")
        assert status(screen).startswith(f"Quote 1/{len(quotes)}") and "wrapped" in status(screen)


@pytest.mark.anyio
async def test_speech_key_cycles_direct_quotes_only_and_back(app_for):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        keys = {(k.key_display, k.description) for k in screen.query("FooterKey")}
        assert ("r", "Reported") in keys, "the speech key is in the footer"
        first_reported = next(q for q in screen.nav.quotes if is_reported(q))
        await pilot.press("r")
        assert screen.nav.speech_mode == DIRECT and "direct quotes only" in status(screen)
        assert not [m for m in marks(screen) if m[2] == "reported"], "reported speech is not highlighted"
        assert not rule_on_row_of(screen, first_reported.start)
        expected = stops(screen.nav.quotes, DIRECT)
        direct = [q for q in screen.nav.quotes if q.kind == "direct"]
        assert len(expected) == len(direct) + sum(len(q.quoted) for q in screen.nav.quotes if q.kind == "mixed")
        for i, stop in enumerate(expected, 1):
            await pilot.press("right_square_bracket")
            c = screen.nav.cursor
            assert (c.start, c.end, c.index) == (stop.start, stop.end, stop.index)
            assert status(screen).startswith(f"Quote {i}/{len(expected)} · ")
        await pilot.press("r")
        assert screen.nav.speech_mode == ALL and "walk all speech" in status(screen)
        assert (first_reported.start, first_reported.end, "reported") in marks(screen)
        # [ now steps among all speech again, from the last direct quote.
        last = screen.nav.cursor
        everything = stops(screen.nav.quotes, ALL)
        before = everything[everything.index(expected[-1]) - 1] if expected[-1] in everything else (
            [s for s in everything if s.start < last.start][-1])
        await pilot.press("left_square_bracket")
        c = screen.nav.cursor
        assert (c.start, c.end, c.index) == (before.start, before.end, before.index)
        assert status(screen).startswith(f"Quote {everything.index(before) + 1}/{len(everything)} · ")


@pytest.mark.anyio
async def test_speech_key_is_rebindable_and_in_the_help(article, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[keys]\n"quote.mode" = "t"\n', encoding="utf-8")
    app = make_app(article, config)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("t")
        assert screen.nav.speech_mode == DIRECT
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=110, record=True)
        console.print(app.screen.query_one("#help-table").content)
        text = console.export_text()
        assert "quote.mode" in text and "direct quotes only" in text
        assert "4m 2q 1r" in text and "reported speech (r:" in text


@pytest.mark.anyio
async def test_speaker_and_back_work_on_reported_speech(app_for):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        target = next(q for q in screen.nav.quotes if q.kind == "mixed" and q.speaker_start is not None)
        while (screen.nav.cursor is None or (screen.nav.cursor.start, screen.nav.cursor.end)
               != (target.start, target.end)):
            await pilot.press("right_square_bracket")
        await pilot.press("s")
        c = screen.nav.cursor
        assert (c.kind, c.start, c.end) == (SPEAKER, target.speaker_start, target.speaker_end)
        await pilot.press("backspace")
        assert (screen.nav.cursor.start, screen.nav.cursor.end) == (target.start, target.end)
        # Direct quotes only: on the quoted words of that item, s and backspace act on the item.
        await pilot.press("r")
        words = target.quoted[0]
        while (screen.nav.cursor.start, screen.nav.cursor.end) != (words["start"], words["end"]):
            await pilot.press("right_square_bracket")
        assert "quoted words" in status(screen)
        await pilot.press("s")
        assert (screen.nav.cursor.start, screen.nav.cursor.end) == (target.speaker_start, target.speaker_end)
        await pilot.press("backspace")
        assert (screen.nav.cursor.start, screen.nav.cursor.end) == (words["start"], words["end"])


@pytest.mark.anyio
async def test_actor_focus_walks_its_speech_and_the_sidebar_counts_each_kind(app_for):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        quotes = screen.nav.quotes
        counts = speech_counts(quotes)
        actors = screen.query_one("#actors", ActorList)
        for actor in screen.nav.analysis.actors:
            direct, reported = counts.get(actor.id, (0, 0))
            console = Console(width=60, record=True)
            console.print(actors.get_option(actor.id).prompt)  # the row as drawn: name ... counts
            assert console.export_text().split()[-3:] == [f"{actor.mentions}m", f"{direct}q", f"{reported}r"]
        # The actor with the most speech of both kinds; enter on its row in the sidebar focuses it.
        speaker = max((a for a in screen.nav.analysis.actors if all(counts.get(a.id, (0, 0)))),
                      key=lambda a: sum(counts[a.id]))
        await pilot.press("tab")
        actors.highlighted = actors.get_option_index(speaker.id)
        await pilot.press("enter")
        assert screen.nav.focus is not None and screen.nav.focus.key == speaker.id
        theirs = [q for q in quotes if q.speaker == speaker.id]
        await pilot.press("shift+tab")
        walked = []
        for _ in theirs:
            await pilot.press("right_square_bracket")
            walked.append(screen.nav.current_quote())
        assert walked == theirs and {q.kind for q in walked} > {"direct"}
        direct, reported = counts[speaker.id]
        assert f"({direct} quote{'s' if direct != 1 else ''}, {reported} reported" in screen.nav.status()


@pytest.mark.anyio
async def test_reported_speech_is_added_rekinded_reattributed_and_rejected(app_for, journal):
    """The annotation keys on reported speech, in the real reader; the journal records each kind."""
    from newsread.ui.screens.annotate_dialog import PickerDialog

    from annotate_support import journal_events, search

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        # Words no item holds, selected and added as reported speech (no marks in them: indirect).
        words = "will become operational"
        await search(pilot, words)  # the cursor on the match: v selects from its first word
        await pilot.press("v", "w", "w")
        await pilot.press("a")
        assert isinstance(app.screen, PickerDialog)
        await choose(pilot, "Reported speech")
        await choose(pilot, "Zed Quill")
        added = journal_events(journal)[-1]
        assert (added["type"], added["kind"], added["speaker_name"], added["text"]) == (
            "quote.add", "indirect", "Zed Quill", words)
        item = screen.nav.current_quote()
        assert (item.kind, item.speaker_name, item.text) == ("indirect", "Zed Quill", words)
        assert "Quote" in status(screen) and "reported" in status(screen)
        assert (item.start, item.end, "reported") in marks(screen)

        # Re-kinded: it is a direct quote after all (quote.kind), then reported again.
        await pilot.press("a")
        await choose(pilot, "It is a direct quote")
        assert journal_events(journal)[-1]["type"] == "quote.kind" and journal_events(journal)[-1]["kind"] == "direct"
        assert screen.nav.current_quote().kind == "direct" and (item.start, item.end, "quote") in marks(screen)
        await pilot.press("a")
        await choose(pilot, "It is reported speech")
        assert screen.nav.current_quote().kind == "indirect"

        # Re-attributed to an actor of the article, like a quote.
        person = next(a for a in screen.nav.analysis.actors if a.label == "PERSON")
        await pilot.press("a")
        await choose(pilot, person.name)
        assert journal_events(journal)[-1]["type"] == "quote.speaker"
        assert screen.nav.current_quote().speaker_name == person.name

        # Rejected with x: gone from the reader, kept in the journal.
        await pilot.press("x")
        await pilot.pause()
        assert journal_events(journal)[-1]["type"] == "quote.remove"
        assert not [q for q in screen.nav.quotes if (q.start, q.end) == (item.start, item.end)]
        assert [e["type"] for e in journal_events(journal)] == [
            "quote.add", "quote.kind", "quote.kind", "quote.speaker", "quote.remove"]
