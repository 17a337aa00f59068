"""Navigator (pure): quote/entity/match stepping, focus restriction, speaker jumps, history."""

from __future__ import annotations

import pytest

from newsread.analysis.model import Actor, Analysis, DateMention, Entity, Quote
from newsread.ui.marks import analysis_marks, cursor_marks
from newsread.ui.navigation import ENTITY, MATCH, QUOTE, SPEAKER, Item, Mark, Navigator

# A small article written for these tests (offsets computed, never typed by hand).
TEXT = (
    'Ada Stone said "the bridge is safe" on Monday. '
    'Ben Okafor replied: "Not yet." '
    '"We will check again," Stone added. Harbor Works agreed.'
)


def span(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def make_analysis() -> Analysis:
    ada, ben, stone, harbor, monday = span("Ada Stone"), span("Ben Okafor"), span("Stone", 1), span("Harbor Works"), span("Monday")
    entities = [
        Entity(*ada, "PERSON", "Ada Stone", "a1"),
        Entity(*monday, "DATE", "Monday"),
        Entity(*ben, "PERSON", "Ben Okafor", "a2"),
        Entity(*stone, "PERSON", "Stone", "a1"),
        Entity(*harbor, "ORG", "Harbor Works", "a3"),
    ]
    q1, q2, q3 = span("the bridge is safe"), span("Not yet."), span("We will check again,")
    quotes = [
        Quote(*q1, "the bridge is safe", "a1", "Ada Stone", *ada, "said", "name"),
        Quote(*q2, "Not yet.", "a2", "Ben Okafor", *ben, ":", "name"),
        Quote(*q3, "We will check again,", "a1", "Ada Stone", *stone, "added", "name"),
    ]
    actors = [
        Actor("a1", "Ada Stone", "PERSON", ["Ada Stone", "Stone"], 2, 2),
        Actor("a2", "Ben Okafor", "PERSON", ["Ben Okafor"], 1, 1),
        Actor("a3", "Harbor Works", "ORG", ["Harbor Works"], 1, 0),
    ]
    dates = [DateMention(*monday, "Monday", "DATE", "2024-03-04")]
    return Analysis(text=TEXT, entities=entities, actors=actors, dates=dates, quotes=quotes)


@pytest.fixture
def nav() -> Navigator:
    return Navigator(TEXT, make_analysis())


def test_quotes_step_in_document_order_and_wrap(nav):
    starts = [nav.step_quote(+1).start for _ in range(3)]
    assert starts == sorted(q.start for q in nav.quotes)
    assert nav.status().startswith("Quote 3/3 · direct · Ada Stone · added")
    assert nav.step_quote(+1).index == 0 and "wrapped" in nav.status()
    assert nav.step_quote(-1).index == 2


def test_previous_quote_from_nothing_goes_to_last(nav):
    assert nav.step_quote(-1).index == 2


def test_focus_restricts_quotes_to_actor(nav):
    nav.focus_actor("a1")
    seen = {nav.step_quote(+1).index for _ in range(4)}
    assert {nav.quotes[i].speaker for i in seen} == {"a1"}
    assert "focus: Ada Stone (2 quotes" in nav.status()
    assert nav.status().startswith("Quote ")
    assert set(nav.focus_spans()) == {span("Ada Stone"), span("Stone", 1)}
    assert nav.clear_focus() and nav.focus is None


def test_focus_without_quotes_says_so(nav):
    nav.focus_actor("a3")
    assert nav.step_quote(+1) is None
    assert "no quotes by Harbor Works" in nav.status()


def test_speaker_and_back(nav):
    nav.step_quote(+1)
    nav.step_quote(+1)
    item = nav.to_speaker(scroll_y=7)
    assert item.kind == SPEAKER and (item.start, item.end) == span("Ben Okafor")
    assert "Speaker of quote 2/3 · Ben Okafor" in nav.status()
    mark = nav.back()
    assert mark.item.kind == QUOTE and mark.scroll_y == 7 and nav.cursor.index == 1
    nav.back()
    assert nav.cursor.index == 0
    nav.back()
    assert nav.cursor is None
    assert nav.back() is None and "no earlier position" in nav.status()


def test_speaker_needs_a_quote(nav):
    nav.step_entity(+1)
    assert nav.to_speaker() is None and "not on a quote" in nav.status()


def test_entities_step_and_name_actor(nav):
    nav.step_entity(+1)
    assert nav.status() == "Entity 1/5 · Person · Ada Stone"
    nav.step_entity(+1)
    assert nav.status() == "Entity 2/5 · Date · Monday"
    nav.step_entity(+1)
    nav.step_entity(+1)
    assert nav.status() == "Entity 4/5 · Person · Ada Stone"  # "Stone", named by its actor
    assert nav.step_entity(-1).index == 2


def test_step_from_origin_when_cursor_elsewhere(nav):
    origin = TEXT.index("replied")
    assert nav.step_entity(+1, origin=origin).start > origin
    assert nav.step_quote(-1, origin=origin).index == 0


def test_search_is_plain_text_case_insensitive(nav):
    assert nav.search("STONE") == 2
    assert nav.step_match(+1).kind == MATCH
    assert nav.status().startswith("Match 1/2")
    assert nav.search("[a-z]+") == 0  # never a regex
    assert nav.step_match(+1) is None and "no match" in nav.status()


def test_dates_focus_walks_same_value(nav):
    nav.focus_date(0)
    item = nav.step_quote(+1)
    assert item.kind == "date" and nav.status().startswith("Date 1/1 · Monday · 2024-03-04")


def test_item_at_prefers_entity(nav):
    assert nav.item_at(TEXT.index("Ada")).kind == ENTITY
    assert nav.item_at(TEXT.index("bridge")).kind == QUOTE
    assert nav.item_at(TEXT.index("replied")) is None


def test_marks_cover_analysis_and_cursor(nav):
    marks = analysis_marks(nav)
    names = {m[2] for m in marks}
    assert {"quote", "person", "org", "date", "speaker"} <= names
    nav.step_quote(+1)
    overlay = cursor_marks(nav)
    assert overlay[-1][2] == "cursor"
    assert any(m[2] == "speaker-current" and (m[0], m[1]) == span("Ada Stone") for m in overlay)


def test_not_ready_navigator_explains():
    nav = Navigator("text only")
    assert nav.step_quote(+1) is None
    assert "analysis not ready" in nav.status()


def test_new_analysis_keeps_cursor_on_the_same_span(nav):
    nav.step_quote(+1)
    nav.step_quote(+1)  # quote 2 ("Not yet."), history holds quote 1 and the start
    changed = make_analysis()
    del changed.quotes[0]  # the user rejected the first quote
    nav.set_analysis(changed)
    assert nav.cursor.kind == QUOTE and nav.quotes[nav.cursor.index].text == "Not yet."
    assert nav.status().startswith("Quote 1/2")
    assert [m.item for m in nav.history] == [None]  # the mark on the removed quote is gone
    nav.focus_actor("a2")
    del changed.actors[1]
    nav.set_analysis(changed)
    assert nav.focus is None


# -- finding the same item again after the analysis changed: Navigator.refind, the one rule --
def test_items_are_found_again_by_span_when_a_new_analysis_renumbers_them(nav):
    ben = nav.to_actor("a2")  # entity 3 of 5
    assert nav.step_quote(+1).index == 1  # "Not yet."
    speaker = nav.to_speaker()  # "Ben Okafor" as its speaker
    nav.to_date(0)
    fresh = make_analysis()
    fresh.entities.insert(0, Entity(*span("bridge"), "FAC", "bridge"))  # each list grows ahead of them
    fresh.quotes.insert(0, Quote(*span("Ada Stone said"), "Ada Stone said", kind="indirect"))
    fresh.dates.insert(0, DateMention(*span("said"), "said", "DATE", None))
    nav.set_analysis(fresh)
    assert nav.cursor == Item("date", *span("Monday"), 1)
    assert nav.refind(ben) == Item(ENTITY, ben.start, ben.end, 3)
    assert nav.refind(speaker) == Item(SPEAKER, speaker.start, speaker.end, 2)
    assert nav.quotes[2].text == "Not yet."
    assert [m.item.index for m in nav.history if m.item] == [3, 2, 2]  # every jump's origin renumbered too


def test_a_removed_item_falls_back_to_the_next_of_its_kind_or_its_quote(nav):
    stone = nav.to_actor("a1")
    fresh = make_analysis()
    del fresh.entities[0]  # "Ada Stone" rejected
    nav.set_analysis(fresh)
    assert nav.cursor == Item(ENTITY, *span("Monday"), 0)  # x again rejects the next one
    assert nav.refind(stone) is None  # without nearest (a jump's origin): gone
    assert nav.history == [Mark(None, 0)]  # ...so backspace goes back to the start, not to a gone item
    nav.select(Item(QUOTE, *span("the bridge is safe"), 0))
    assert nav.to_speaker().start == span("Ada Stone")[0]
    changed = make_analysis()
    changed.quotes[0] = Quote(*span("the bridge is safe"), "the bridge is safe", "a2", "Ben Okafor",
                              *span("Ben Okafor"), "said", "name")  # its speaker changed
    nav.set_analysis(changed)
    assert nav.cursor == Item(QUOTE, *span("the bridge is safe"), 0)  # the quote it named the speaker of
    last = nav.step_quote(-1)
    del changed.quotes[2]
    nav.set_analysis(changed)
    assert last.index == 2 and nav.cursor is None  # nothing after it


def test_find_and_follow_take_exact_spans_only(nav):
    assert nav.find(ENTITY, *span("Ben Okafor")) == Item(ENTITY, *span("Ben Okafor"), 2)
    assert nav.find(ENTITY, *span("Ben")) is None
    assert nav.follow(QUOTE, *span("Not yet.")) == nav.cursor == Item(QUOTE, *span("Not yet."), 1)
    assert nav.follow(QUOTE, 0, 3) is None and nav.cursor.index == 1  # not an item: the cursor stays
