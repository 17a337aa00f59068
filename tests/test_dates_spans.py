"""Where a date span starts and ends: a date never swallows a neighbouring name."""

from __future__ import annotations

from newsread.analysis import analyze


def _dates(nlp, text: str, published: str = "2019-11-20"):
    return analyze(text, nlp=nlp, published=published)


def test_a_platform_name_before_a_weekday_is_not_part_of_the_date(nlp):
    # The model tags "Twitter Tuesday" as one DATE.
    a = _dates(nlp, "The governor hit back at his rival on Twitter Tuesday, calling the plan reckless.")
    assert [d.text for d in a.dates] == ["Tuesday"]
    assert a.dates[0].value == "2019-11-19"
    date_entities = [e.text for e in a.entities if e.label in ("DATE", "TIME")]
    assert date_entities == ["Tuesday"]


def test_a_deictic_word_the_model_left_out_joins_the_date(nlp):
    # The model tags only "year" in "this year's".
    a = _dates(nlp, "Immigration is at the centre of this year's campaign, the poll finds.")
    assert [(d.text, d.value) for d in a.dates] == [("this year", "2019")]
