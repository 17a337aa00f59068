"""Selecting long spans: by sentence, paragraph, quotation mark and mouse drag; the note in the pickers.

Adding a 40-word answer used to take a key per word (``w`` forty times). The
motions are checked pure (``ui/selection.py``) and in the real reader (Pilot):
the keys, a real drag (mouse down, moves, mouse up on the article view), and
the annotation dialog at 80x24, where "Add a note" sat below 18 labels.
"""

from __future__ import annotations

import pytest

from newsread.ui.screens.annotate_dialog import NoteDialog, PickerDialog
from newsread.ui.selection import (
    Words,
    extend_to_end,
    extend_to_mark,
    quotation_marks,
    select_drag,
    sentence_ends,
    start_selection,
)

from annotate_support import (  # noqa: F401  (fixtures: anyio_backend, article, journal, app_for)
    ENTITY,
    anyio_backend,
    app_for,
    article,
    bar,
    choose,
    goto,
    journal,
    journal_events,
    make_app,
    marks,
    private_article,
    ready,
    screen_text,
    search,
)

ANSWER = (
    "We have looked at every option for the old harbour. The money is there, the workers are ready and the "
    "council has agreed to the schedule. What we still need is the approval of the regional court, and we "
    "expect it before the end of the summer"
)
INTERVIEW = (
    "Harbour plan: an interview\n\n"
    "Maria Lopez, the director of the port, spoke to us on Monday.\n\n"
    "What happens next?\n\n"
    f"{ANSWER}.\n\n"
    "The court did not answer our questions.\n"
)


def selected(screen) -> str:
    start, end = screen.selecting.span()
    return screen.article.text[start:end]


# -- pure motions -------------------------------------------------------------------
def test_sentence_ends_skip_titles_initials_and_decimals():
    text = "Mr. Putin met Gen. J. Smith at 3.5 km. Then he left! “Why?” she asked. Later, in Sept. 17 talks, no."
    ends = sentence_ends(text, [(0, len(text))])
    pieces = [text[a:b].strip() for a, b in zip([0, *ends], ends)]
    assert pieces == [
        "Mr. Putin met Gen. J. Smith at 3.5 km.",
        "Then he left!",
        "“Why?” she asked.",
        "Later, in Sept. 17 talks, no.",
    ]


def test_sentence_and_paragraph_motions_grow_and_shrink_from_the_anchor():
    text = "One two three. Four five six.\n\nSeven eight. Nine."
    paragraphs = [(0, 29), (31, len(text))]
    words, ends = Words(text), sentence_ends(text, paragraphs)
    span = lambda s: text[slice(*s.span(words))]  # noqa: E731
    s = start_selection(words, text.index("two"))
    s = extend_to_end(s, words, ends, +1)
    assert span(s) == "two three"
    s = extend_to_end(s, words, ends, +1)  # at a sentence's end: the whole next one
    assert span(s) == "two three. Four five six"
    s = extend_to_end(s, words, ends, -1)
    assert span(s) == "two three. Four"
    s = extend_to_end(s, words, [29, len(text)], +1)  # a paragraph
    assert span(s) == "two three. Four five six"
    s = extend_to_end(s, words, [29, len(text)], +1)
    assert span(s) == text[text.index("two"):-1]
    s = extend_to_end(s, words, [29, len(text)], +1)  # at the end of the text: stays
    assert span(s) == text[text.index("two"):-1]
    back = extend_to_end(start_selection(words, text.index("eight")), words, ends, -1)
    assert span(back) == "Seven eight" and back.head < back.anchor


def test_quotation_mark_motion_stops_before_the_next_mark_and_ignores_apostrophes():
    text = "He said: “We can’t wait, and we won’t,” then left. “Next,” she said."
    words, marks = Words(text), quotation_marks(text, [(0, len(text))])
    assert [text[m] for m in marks] == ["“", "”", "“", "”"]
    s = extend_to_mark(start_selection(words, text.index("We")), words, marks)
    assert text[slice(*s.span(words))] == "We can’t wait, and we won’t"
    s = extend_to_mark(s, words, marks)  # just before a mark: on to the next one
    assert text[slice(*s.span(words))] == "We can’t wait, and we won’t,” then left"
    last = start_selection(words, text.index("said."))
    assert extend_to_mark(last, words, marks) == last  # no mark further on


def test_a_drag_selects_the_words_it_covers_in_either_direction():
    text = "Russia and Turkey have agreed to create a zone."
    words = Words(text)
    span = lambda s: text[slice(*s.span(words))]  # noqa: E731
    assert span(select_drag(words, text.index("and"), text.index("have") + 2)) == "and Turkey have"
    assert span(select_drag(words, text.index("have") + 2, text.index("and"))) == "and Turkey have"
    # stopped on the space after a word: that word is the last one, not the next
    assert span(select_drag(words, 0, text.index(" and"))) == "Russia"
    assert select_drag(Words(""), 0, 0) is None


# -- in the reader --------------------------------------------------------------------
@pytest.fixture
def interview(tmp_path, monkeypatch, nlp):
    return private_article(tmp_path, monkeypatch, "harbour.txt", INTERVIEW)


@pytest.mark.anyio
async def test_a_47_word_answer_is_selected_with_two_keys_and_added_as_a_quote(interview, tmp_path):
    assert len(ANSWER.split()) == 47
    start = INTERVIEW.index(ANSWER)
    app = make_app(interview, tmp_path / "no-config.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await search(pilot, "We have looked")
        await pilot.press("v", "right_parenthesis")
        assert selected(screen) == "We have looked at every option for the old harbour"
        await pilot.press("right_parenthesis")
        assert selected(screen).endswith("agreed to the schedule")
        await pilot.press("left_parenthesis")  # back to the start of the sentence the end is in
        assert selected(screen) == "We have looked at every option for the old harbour. The"
        await pilot.press("escape", "v", "right_curly_bracket")  # v and } : the whole answer
        assert selected(screen) == ANSWER
        assert "(47 words)" in bar(screen).state_text
        assert (start, start + len(ANSWER), "selection") in marks(screen)
        await pilot.press("a")
        assert isinstance(app.screen, PickerDialog)
        await choose(pilot, "quote")
        await choose(pilot, "Maria Lopez")
    events = journal_events(interview.with_name("harbour.txt.newsread.jsonl"))
    assert [(e["type"], e["start"], e["end"], e["speaker_name"]) for e in events] == [
        ("quote.add", start, start + len(ANSWER), "Maria Lopez")
    ]


@pytest.mark.anyio
async def test_the_quotation_mark_key_selects_a_quote_up_to_its_closing_mark(app_for, article):
    text = article.read_text(encoding="utf-8")
    words = ("Russia and Turkey will both have coordinated patrol activities on both sides of the border "
             "at the demilitarized zone")
    app = app_for()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        await search(pilot, "Russia and Turkey will")
        await pilot.press("v", "quotation_mark")
        assert selected(screen) == words
        assert text[screen.selecting.span()[1]:].startswith(",”")


@pytest.mark.anyio
async def test_selection_keys_leave_the_reader_keys_alone_outside_a_selection(app_for):
    app = app_for()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("right_curly_bracket", "right_curly_bracket")
        assert screen.nav.cursor.kind == ENTITY and screen.nav.cursor.index == 1
        await pilot.press("right_parenthesis", "quotation_mark", "left_curly_bracket")
        assert not screen.selecting.active  # ) and " do nothing outside a selection
        assert screen.nav.cursor.index == 0  # { still goes back an entity
        footer_keys = {b.binding.key for b in screen.active_bindings.values()}
        assert "right_parenthesis" not in footer_keys
        await pilot.press("v")
        active = {k: b.binding.action for k, b in screen.active_bindings.items()}
        assert active["right_curly_bracket"] == "select_paragraph_next"
        assert active["right_parenthesis"] == "select_sentence_next"
        assert active["quotation_mark"] == "select_to_mark"
        from newsread.ui.keymap import catalogue

        listed = [b.id for _, bindings in catalogue() for b in bindings]
        for key_id in ("select.sent_next", "select.para_next", "select.to_mark"):
            assert listed.count(key_id) == 1  # in the help once, under the selection


@pytest.mark.anyio
async def test_a_mouse_drag_selects_the_words_and_a_click_still_moves_the_cursor(app_for, journal, article):
    text = article.read_text(encoding="utf-8")
    first = text.index("Russia and Turkey have agreed")
    last = text.index("stronghold")
    app = app_for()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(app, pilot)
        view = screen.query_one("#article")
        await pilot.mouse_down(view, offset=view.cell_of(first + 2))  # inside "Russia"
        await pilot.hover(view, offset=view.cell_of(first + 30))
        assert selected(screen) == "Russia and Turkey have agreed to"
        await pilot.hover(view, offset=view.cell_of(last + 4))  # over two wrapped lines
        await pilot.mouse_up(view, offset=view.cell_of(last + 4))
        await pilot.pause()
        assert selected(screen) == text[first:last + len("stronghold")]
        assert screen.nav.cursor is None  # the click that ends a drag is no click
        await pilot.press("a")
        assert isinstance(app.screen, PickerDialog)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        await choose(pilot, "lead sentence")
        events = journal_events(journal)
        assert [(e["type"], e["start"], e["end"], e["body"]) for e in events] == [
            ("note", first, last + len("stronghold"), "lead sentence")
        ]
        # A click (no drag) still puts the cursor on the entity under the mouse.
        syria = text.index("Syria")
        await pilot.click(view, offset=view.cell_of(syria + 1))
        await pilot.pause()
        c = screen.nav.cursor
        assert c is not None and (c.kind, text[c.start:c.end]) == (ENTITY, "Syria")


@pytest.mark.anyio
async def test_add_a_note_is_in_sight_in_the_pickers_at_80x24(app_for, journal):
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await search(pilot, "demilitarized zone")
        await pilot.press("v", "w", "a")
        await pilot.pause()
        assert isinstance(app.screen, PickerDialog)
        rows = screen_text(app)
        assert "✎ Add a note…" in rows and "ctrl+n note" in rows
        assert app.screen.shown[app.screen.query_one("#dialog-choices").highlighted].title == "Entity: Person"
        await pilot.press("escape", "escape")
        # An entity whose label is far down the list: the list scrolls to it, ctrl+n is still on screen.
        await goto(pilot, screen, ENTITY, lambda e: e.label in ("CARDINAL", "ORDINAL", "QUANTITY", "MONEY"))
        await pilot.press("a")
        await pilot.pause()
        assert "ctrl+n note" in screen_text(app)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        await choose(pilot, "check")
    assert [e["type"] for e in journal_events(journal)] == ["note"]
