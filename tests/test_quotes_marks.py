"""Quotation-mark pairing (pure text, no spaCy): styles, apostrophes, nesting, paragraphs."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsread.analysis.quotes.marks import dominant_kind, find_mark_spans


def blocks_of(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]


def quoted(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_mark_spans(text, blocks_of(text))]


def test_curly_and_straight_double_quotes():
    assert quoted("“Curly words,” she said. \"Straight words,\" he said.") == ["Curly words,", "Straight words,"]


def test_mixed_straight_opener_with_curly_closer():
    assert quoted('"Mixed marks here?” said the clerk.') == ["Mixed marks here?"]


def test_british_single_quotes_told_apart_from_apostrophes():
    text = "'It's the workers' pay that matters, and we don't accept less,' said the organiser."
    assert quoted(text) == ["It's the workers' pay that matters, and we don't accept less,"]


def test_apostrophes_alone_make_no_quote():
    text = "The companies' profits rose in the '90s, and rock 'n' roll didn't die. It's Jo's car."
    assert quoted(text) == []


def test_guillemets_and_german_low_high_marks():
    assert quoted("He called it «a good day», she wrote.") == ["a good day"]
    assert quoted("Sie sagte: „Das geht nicht“, und ging.") == ["Das geht nicht"]


def test_nested_quote_stays_inside_outer():
    text = "“He told me, ‘Go home now,’ and left,” the guard said."
    spans = find_mark_spans(text, blocks_of(text))
    outer = [m for m in spans if m.depth == 0]
    inner = [m for m in spans if m.depth == 1]
    assert [text[m.start : m.end] for m in outer] == ["He told me, ‘Go home now,’ and left,"]
    assert [text[m.start : m.end] for m in inner] == ["Go home now,"]


def test_multi_paragraph_quote_continues_when_next_paragraph_opens_with_a_mark():
    text = "“First paragraph of the speech goes here.\n\n“Second paragraph ends it,” she said.\n\nAfter."
    spans = find_mark_spans(text, blocks_of(text))
    assert [text[m.start : m.end] for m in spans] == [
        "First paragraph of the speech goes here.",
        "Second paragraph ends it,",
    ]
    assert spans[0].continues and spans[1].continued


def test_unbalanced_and_stray_marks_never_fail():
    text = 'A stray " mark, an "unclosed one\n\nand then "a real quote," he said. ”'
    assert "a real quote," in quoted(text)


def test_space_after_opener_or_before_closer_still_pairs():
    assert quoted('" We are staying ," said the tenant.') == ["We are staying ,"]


def test_two_apostrophes_as_a_closing_mark():
    assert quoted("``Back soon,'' said the sign.") == ["Back soon,"]


def test_dominant_style():
    text = "'One,' she said. 'Two,' she said. \"Three,\" he said."
    assert dominant_kind(find_mark_spans(text, blocks_of(text))) == "single"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n'\"“”‘’«»„.,")), max_size=80))
def test_any_text_pairs_without_error_and_offsets_stay_valid(text):
    for m in find_mark_spans(text, blocks_of(text)):
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start : m.end] == text[m.start : m.end].strip()


def test_straight_mark_glued_to_a_word_still_opens():
    assert quoted('The mayor said"We will rebuild," and left.') == ["We will rebuild,"]


def test_curly_closer_glued_to_the_next_word():
    assert quoted("“We are fine,”said the nurse.") == ["We are fine,"]


def test_double_quote_closed_by_a_single_mark_by_mistake():
    assert quoted("\"We are fine,' said the nurse. It's late.") == ["We are fine,"]
    # but a real nested single quote is left alone
    assert quoted("\"He said 'no,' and left,\" she said.")[0] == "He said 'no,' and left,"


def test_multi_paragraph_quote_in_single_newline_paragraphs():
    text = "“First part of the speech,” she said. “Second part starts here.\n“Third part ends it.”\nAfter."
    spans = find_mark_spans(text, blocks_of(text))
    assert [text[m.start : m.end] for m in spans] == [
        "First part of the speech,",
        "Second part starts here.",
        "Third part ends it.",
    ]
    assert spans[1].continues and spans[2].continued


def test_wrapped_lines_inside_one_quote_are_not_split():
    text = "“This quote wraps\nover two lines,” she said."
    assert quoted(text) == ["This quote wraps\nover two lines,"]
