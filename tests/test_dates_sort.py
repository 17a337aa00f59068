"""The sidebar's chronological order sorts each date by the start of its range."""

from __future__ import annotations

import datetime as dt

from newsread.analysis.datelines import range_start
from newsread.analysis.model import DateMention
from newsread.ui.widgets.date_list import chronological


def test_range_start_of_each_precision():
    assert range_start("2018-W37") == dt.date(2018, 9, 10)  # the Monday of ISO week 37
    assert range_start("2018-09") == dt.date(2018, 9, 1)
    assert range_start("2016") == dt.date(2016, 1, 1)
    assert range_start("2018-10-15") == dt.date(2018, 10, 15)
    assert range_start(None) is None and range_start("2018-W99") is None


def test_a_week_sorts_before_a_later_day_and_a_year_before_its_months():
    values = ["2018-10-15", "2018-W37", None, "2018-09-14", "2018", "2018-09", "2017-12-31"]
    dates = [DateMention(i, i + 1, "x", "DATE", v) for i, v in enumerate(values)]
    ordered = [values[i] for i in chronological(dates)]
    assert ordered == ["2017-12-31", "2018", "2018-09", "2018-W37", "2018-09-14", "2018-10-15", None]
