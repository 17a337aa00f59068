"""Date resolution against the publication date, and datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from newsread.analysis import analyze
from newsread.analysis.datelines import find_dateline
from newsread.analysis.dates import resolve

TUE = dt.date(2018, 9, 18)  # a Tuesday


@pytest.mark.parametrize(
    "text, value",
    [
        ("Monday", "2018-09-17"),  # the day before
        ("Tuesday", "2018-09-18"),  # the same weekday is the publication day
        ("Wednesday", "2018-09-12"),  # within the past week
        ("on Friday", "2018-09-14"),
        ("Wednesday morning", "2018-09-12"),
        ("last Monday", "2018-09-17"),
        ("next Monday", "2018-09-24"),
        ("last Tuesday", "2018-09-11"),
        ("today", "2018-09-18"),
        ("this morning", "2018-09-18"),
        ("yesterday", "2018-09-17"),
        ("tomorrow", "2018-09-19"),
        ("October 10", "2018-10-10"),
        ("Oct. 10", "2018-10-10"),
        ("10 October", "2018-10-10"),
        ("the 10th of October", "2018-10-10"),
        ("Nov. 18", "2018-11-18"),
        ("October 10, 2016", "2016-10-10"),
        ("2016-10-10", "2016-10-10"),
        ("25/12/2017", "2017-12-25"),
        ("last week", "2018-W37"),
        ("this week", "2018-W38"),
        ("earlier this month", "2018-09"),
        ("last month", "2018-08"),
        ("early August", "2018-08"),
        ("September", "2018-09"),
        ("March 2015", "2015-03"),
        ("this year", "2018"),
        ("last year", "2017"),
        ("2016", "2016"),
        ("in 2016", "2016"),
        # nothing honest to say
        ("recent weeks", None),
        ("the same day", None),
        ("the hours to come", None),
        ("later that month", None),
        ("three months", None),
        ("14 days", None),
        ("the weekend", None),
        ("the 1990s", None),
        ("10/11/2018", None),  # day and month cannot be told apart
    ],
)
def test_resolve_against_a_tuesday(text, value):
    assert resolve(text, TUE) == value


def test_month_day_takes_the_nearest_year():
    assert resolve("December 28", dt.date(2019, 1, 3)) == "2018-12-28"
    assert resolve("January 2", dt.date(2018, 12, 30)) == "2019-01-02"
    assert resolve("July 25", dt.date(2019, 11, 20)) == "2019-07-25"


def test_future_tense_weekday_looks_ahead():
    assert resolve("Thursday", dt.date(2019, 11, 20), future=True) == "2019-11-21"
    assert resolve("Wednesday", dt.date(2019, 11, 20), future=True) == "2019-11-20"


def test_without_a_publication_date_only_full_dates_resolve():
    assert resolve("October 10, 2018", None) == "2018-10-10"
    assert resolve("2016", None) == "2016"
    for text in ("Monday", "October 10", "last week", "today", "this year"):
        assert resolve(text, None) is None


def test_analyze_uses_tense_from_the_parse(nlp):
    text = "The senator will testify on Thursday. She met the envoy on Monday."
    a = analyze(text, nlp=nlp, published="2019-11-20")  # a Wednesday
    values = {d.text: d.value for d in a.dates}
    assert values["Thursday"] == "2019-11-21"
    assert values["Monday"] == "2019-11-18"


def test_analyze_without_date_leaves_relative_dates_null(nlp):
    a = analyze("The talks ended on Monday and resume on October 10, 2019.", nlp=nlp)
    values = {d.text: d.value for d in a.dates}
    assert values["Monday"] is None
    assert values["October 10, 2019"] == "2019-10-10"


@pytest.mark.parametrize(
    "text, value",
    [
        ("WASHINGTON, Nov. 20, 2019 (AP) — The vote was close.", "2019-11-20"),
        ("September 18, 2018\n\nThe vote was close.", "2018-09-18"),
        ("By Jane Roe\nPublished: 2019-11-20\n\nThe vote was close.", "2019-11-20"),
        ("LONDON, Nov 18 (Reuters) - The vote was close.", None),  # no year: cannot be placed
        ("On September 11, 2001, planes struck the towers.", None),  # a date in the story
        ("The vote was close.", None),
    ],
)
def test_find_dateline(text, value):
    assert find_dateline(text) == value


def test_dateline_dates_the_article_when_nothing_else_does(nlp):
    a = analyze("BERLIN, March 10, 2021 (dpa) — Ministers met on Monday.", nlp=nlp)
    assert a.published == "2021-03-10"
    assert {d.text: d.value for d in a.dates}.get("Monday") == "2021-03-08"


from hypothesis import given, settings, strategies as st


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1))))
def test_resolve_never_crashes_and_returns_iso_shapes(text, ref):
    import re

    value = resolve(text, ref)
    assert value is None or re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d)?", value)
    assert find_dateline(text) is None or len(find_dateline(text)) == 10
