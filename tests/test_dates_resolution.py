"""Date values by tense, holidays, 'ago', weekends, and 'today' in names and quotes.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsread.analysis import analyze
from newsread.analysis.dates import resolve
from newsread.analysis.holidays import easter, election_day

MON = dt.date(2019, 11, 18)  # a Monday


def _values(nlp, text: str, published: str = "2019-11-18") -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in analyze(text, nlp=nlp, published=published).dates]


# -- a month or a day without a year follows the tense ------------------------------------


def test_past_tense_puts_a_month_and_a_day_in_the_past(nlp):
    # The model's nearest-year rule gave 2020-04 and 2020-03-21 here.
    text = "The councillor was arrested in April for a March 21 phone call to a rival."
    assert _values(nlp, text) == [("April", "2019-04"), ("March 21", "2019-03-21")]


def test_future_tense_puts_them_ahead(nlp):
    text = "Ministers will decide in October whether the plant closes, and the vote will be held on June 2."
    assert _values(nlp, text) == [("October", "2020-10"), ("June 2", "2020-06-02")]


def test_present_perfect_and_since_are_past(nlp):
    assert _values(nlp, "She has lived in the town since August.") == [("August", "2019-08")]


def test_a_present_tense_schedule_looks_ahead(nlp):
    assert _values(nlp, "The committee meets again on Thursday.") == [("Thursday", "2019-11-21")]


def test_a_weekday_in_a_future_sentence_is_the_coming_one(nlp):
    text = "He said on Saturday that he would resign on Friday."
    assert _values(nlp, text) == [("Saturday", "2019-11-16"), ("Friday", "2019-11-22")]


def test_without_a_tense_the_nearest_occurrence(nlp):
    assert resolve("December 28", dt.date(2019, 1, 3)) == "2018-12-28"
    assert resolve("March 21", MON, direction=-1) == "2019-03-21"
    assert resolve("March 21", MON, direction=1) == "2020-03-21"
    assert resolve("November", MON, direction=1) == "2019-11"
    assert resolve("November", MON, direction=-1) == "2019-11"


def test_a_year_written_beside_fixes_it():
    assert resolve("June of 2006", MON) == "2006-06"
    assert resolve("January last year", MON) == "2018-01"
    assert resolve("March 23 of this year", MON) == "2019-03-23"
    assert resolve("late last year", MON) == "2018"


# -- holidays --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "year, day", [(2016, "2016-03-27"), (2019, "2019-04-21"), (2024, "2024-03-31"), (2038, "2038-04-25")]
)
def test_easter_computus(year, day):
    assert easter(year).isoformat() == day


def test_election_day_is_the_tuesday_after_the_first_monday_of_november_in_even_years():
    assert election_day(2016).isoformat() == "2016-11-08"
    assert election_day(2020).isoformat() == "2020-11-03"  # November 1 is a Sunday
    assert election_day(2019) is None
    assert resolve("Election Day", MON) == "2020-11-03"
    assert resolve("Election Day", MON, direction=-1) == "2018-11-06"


@pytest.mark.parametrize(
    "text, direction, value",
    [
        ("Christmas", -1, "2018-12-25"), ("Christmas", 1, "2019-12-25"), ("Christmas Eve", 1, "2019-12-24"),
        ("last Christmas", 0, "2018-12-25"), ("this Christmas", 0, "2019-12-25"), ("Christmas 2015", 0, "2015-12-25"),
        ("Thanksgiving", 1, "2019-11-28"), ("Memorial Day", -1, "2019-05-27"), ("Labor Day", -1, "2019-09-02"),
        ("Easter", 1, "2020-04-12"), ("Good Friday", -1, "2019-04-19"), ("New Year's Day", 1, "2020-01-01"),
    ],
)
def test_holidays_resolve_by_tense(text, direction, value):
    assert resolve(text, MON, direction=direction) == value


def test_a_holiday_the_model_tags_as_something_else_is_still_a_date(nlp):
    # The model tags "Easter" in this sentence as a facility.
    assert _values(nlp, "The family gathered at Easter, as they had every year since 2009.") == [
        ("Easter", "2019-04-21"), ("2009", "2009")
    ]


def test_a_clock_time_takes_the_day_it_is_on(nlp):
    assert _values(nlp, "Polls close at 8 p.m. on Election Day.") == [("8 p.m.", "2020-11-03"), ("Election Day", "2020-11-03")]


# -- ago, in, weekends, seasons --------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("four years ago", "2015"), ("a year ago", "2018"), ("two weeks ago", "2019-W45"),
        ("10 months ago", "2019-01"), ("three days ago", "2019-11-15"),
        ("some 20 years ago", None), ("a few months ago", None), ("nearly two decades ago", None),
        ("three or four months ago", None),
    ],
)
def test_ago(text, value):
    assert resolve(text, MON) == value


def test_in_n_units_looks_ahead(nlp):
    assert _values(nlp, "The scheme will be reviewed in two years.") == [("two years", "2021")]
    assert _values(nlp, "It was the first rise in 25 years.") == []


@pytest.mark.parametrize(
    "text, direction, value",
    [
        ("this weekend", 1, "2019-W47"), ("this weekend", -1, "2019-W46"), ("the weekend", -1, "2019-W46"),
        ("the weekend", 0, None), ("next weekend", 0, "2019-W48"), ("last weekend", 0, "2019-W46"),
        ("this fall", 0, "2019"), ("last summer", 0, "2019"), ("next spring", 0, "2020"), ("last winter", 0, None),
    ],
)
def test_weekends_and_seasons(text, direction, value):
    assert resolve(text, MON, direction=direction) == value


def test_a_past_weekend_in_a_sentence(nlp):
    text = "The factory closed for good over the weekend, workers said."
    assert _values(nlp, text) == [("the weekend", "2019-W46")]


# -- "Today" in a name, "today" in a quote ---------------------------------------------


def test_today_inside_a_name_is_not_a_date(nlp):
    assert _values(nlp, "He gave an interview to Russia Today in March.") == [("March", "2019-03")]


def test_today_in_a_quote_dated_to_another_day_is_null(nlp):
    text = "“We are publishing every complaint today,” the chief constable said on Friday."
    assert _values(nlp, text) == [("today", None), ("Friday", "2019-11-15")]


def test_today_in_a_quote_from_the_publication_day_resolves(nlp):
    text = "“We are publishing every complaint today,” the chief constable said on Monday."
    assert _values(nlp, text) == [("today", "2019-11-18"), ("Monday", "2019-11-18")]


def test_today_in_a_quote_led_paragraph_after_a_dated_interview_is_null(nlp):
    text = (
        "In an interview with a local radio station on Thursday night, the mayor defended the plan.\n\n"
        "“The papers are claiming today that we never consulted anyone,” the host began."
    )
    assert ("today", None) in _values(nlp, text)
