"""Quoted terms, mottos, titles and stray marks are not quotes (real spaCy model, own sentences)."""

from __future__ import annotations

from newsread.analysis import analyze
from newsread.analysis.quotes.marks import find_mark_spans


def texts(nlp, text):
    return [q.text for q in analyze(text, nlp=nlp).direct_quotes()]


def test_what_she_called_is_a_term(nlp):
    qs = texts(nlp, 'The mayor attacked what she called "reckless spending" on Friday. "We cannot go on like this," she said.')
    assert qs == ["We cannot go on like this,"]


def test_motto_after_comma_is_not_a_quote(nlp):
    text = (
        'The school motto, "Learn to serve and never to be served, whatever the cost", hangs above the door. '
        '"It means a lot to us," said head teacher Ann Roe.'
    )
    assert texts(nlp, text) == ["It means a lot to us,"]


def test_book_title_after_comma_is_not_a_quote(nlp):
    text = 'Ann Roe wrote the book, "A Life Spent Learning to Serve Others", in 2010. "It took me years," she said.'
    assert texts(nlp, text) == ["It took me years,"]


def test_single_word_in_single_marks_after_article_is_a_term(nlp):
    text = "The play, billed as a 'whodunnit', opens on Friday, its author Ann Roe said. 'It has been a long road,' she said."
    assert texts(nlp, text) == ["It has been a long road,"]


def test_single_word_partial_quote_in_double_marks_is_kept(nlp):
    # double-mark partial quotes of one word are speech ("described it as a 'solution'")
    text = 'Ann Roe described the deal as a "triumph" on Monday.'
    assert texts(nlp, text) == ["triumph"]


def test_stray_opener_does_not_start_a_multi_paragraph_quote():
    text = (
        'Tom Reed said the roads "were closed by two o\'clock. The weather service, which had issued '
        "a flood warning, said the river would peak overnight.\n\n"
        '"It was terrifying," Reed said.'
    )
    blocks = [(0, text.index("\n\n")), (text.index("\n\n") + 2, len(text))]
    spans = find_mark_spans(text, blocks)
    assert [text[m.start : m.end] for m in spans] == ["It was terrifying,"]


def test_stray_opener_closed_far_away_mid_sentence_is_dropped():
    text = (
        'Officials insisted the dam was "safe. The weather service, which had issued a flood warning '
        'on Monday, said the water" was rising fast.'
    )
    assert find_mark_spans(text, [(0, len(text))]) == []


def test_real_multi_paragraph_quote_still_continues():
    text = '"We tried everything. The council, which has no money, said no.\n\n"So we waited," said Ann Roe.'
    blocks = [(0, text.index("\n\n")), (text.index("\n\n") + 2, len(text))]
    spans = find_mark_spans(text, blocks)
    assert len(spans) == 2 and spans[0].continues


def test_unclosed_opener_before_a_same_style_pair_is_a_stray():
    text = 'Ann Roe\'s group, "Save Our Buses, has 300 members. "We will not stop," she said.'
    spans = find_mark_spans(text, [(0, len(text))])
    assert [(text[m.start : m.end], m.depth) for m in spans] == [("We will not stop,", 0)]


def test_unclosed_quote_with_nested_other_style_is_kept():
    text = "Ann Roe said: \"They called it 'madness' and walked out of the hall."
    spans = find_mark_spans(text, [(0, len(text))])
    assert [text[m.start : m.end] for m in spans][0].startswith("They called it")


def test_known_as_the_term_is_not_a_quote(nlp):
    text = 'The jury, which oversees what is known as the "vacancy" process, said it would meet on Friday.'
    assert texts(nlp, text) == []


def test_said_of_the_film_is_speech_not_a_title(nlp):
    text = 'Ann Roe said of the film, "It changed my life and I watch it every year."'
    assert texts(nlp, text) == ["It changed my life and I watch it every year."]
