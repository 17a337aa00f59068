"""Ages, durations, frequencies and vague times are not listed as dates."""

from __future__ import annotations

import pytest

from newsread.analysis import analyze
from newsread.analysis.date_kinds import is_calendar_date


@pytest.mark.parametrize(
    "text",
    [
        "55", "82623", "30s", "age 78", "69 years old", "22-year-old",  # ages and stray numbers
        "up to 10 years", "at least 48 hours", "three days", "45-minute", "more than a year",
        "the past two weeks", "the last seven years", "the next two months", "the past week",
        "the last year", "almost four decades", "years", "recent years",  # durations
        "annual", "daily", "every year", "every Monday", "each November", "twice a year",  # frequencies
        "the hours", "a bright morning", "the closing days", "an election year", "Day 1",  # vague
    ],
)
def test_not_a_calendar_date(text):
    assert not is_calendar_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday", "March 21", "April", "2016", "the 1990s", "'98", "7 p.m.", "noon",
        "today", "last week", "this fall", "that year", "the same day", "the next morning",
        "four years ago", "a year ago", "nearly two decades ago", "Christmas", "Election Day",
        "this weekend", "the end of the year", "the turn of the century", "last year",
    ],
)
def test_a_calendar_date(text):
    assert is_calendar_date(text)


def test_a_span_before_after_or_later_is_a_relative_date():
    assert is_calendar_date("a day", after=" after the vote")
    assert is_calendar_date("Two months later")
    assert not is_calendar_date("a day", after=" of action")


def test_in_n_weeks_is_a_date_only_looking_ahead():
    assert is_calendar_date("two weeks", before="the primary in New York in ")
    assert not is_calendar_date("two weeks", before="the primary in New York in ", ahead=False)
    assert not is_calendar_date("25 years", before="for the first time in ")


def test_sentences_with_ages_durations_and_vague_times_list_no_dates(nlp):
    text = (
        "The suspect, 55, faces up to 10 years in prison and was held for at least 48 hours. "
        "It was a bright morning; in the hours after the blast, crowds gathered. "
        "The fair, an annual event, has grown over the past two decades."
    )
    a = analyze(text, nlp=nlp, published="2019-11-18")
    assert a.dates == []
    # They stay entities: the model's DATE label covers durations and ages.
    assert any(e.label in ("DATE", "TIME") for e in a.entities)


def test_the_dates_in_the_same_sentences_are_still_listed(nlp):
    text = "The suspect, 55, was arrested on Friday and faces up to 10 years in prison."
    a = analyze(text, nlp=nlp, published="2019-11-18")
    assert [(d.text, d.value) for d in a.dates] == [("Friday", "2019-11-15")]


def test_in_a_year_when_is_a_kind_of_year_not_a_date():
    assert not is_calendar_date("a year", before="votes in ", after=" in which the candidates")
    assert not is_calendar_date("a year", before="In ", after=" when arguments against")
    assert is_calendar_date("two years", before="re-election in ", after=" when his term ends")
