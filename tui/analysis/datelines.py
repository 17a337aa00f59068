"""Calendar expressions as plain functions: month names, absolute dates, datelines.

No spaCy here; ``dates.py`` applies these to DATE/TIME entities, and the engine may use
``find_dateline`` for an article that carries no publication date.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTH_NAMES = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
MONTH = r"(?P<month>%s)\.?" % "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)"

# "October 10", "Oct. 10, 2018", "10 October 2018", "the 10th of October"
_MONTH_DAY = re.compile(rf"\b{MONTH}\s+{DAY}\b(?:,?\s+{YEAR}\b)?", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b{DAY}\s+(?:of\s+)?{MONTH}(?:\b|(?<=\.))(?:,?\s+{YEAR}\b)?", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b{MONTH}(?:\b|(?<=\.)),?\s+(?:of\s+)?{YEAR}\b", re.IGNORECASE)  # "June (of) 2006"
_MONTH_ONLY = re.compile(rf"\b{MONTH}(?:\b|(?<=\.))(?!\s*\d)", re.IGNORECASE)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\b")
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})\b")


def month_number(name: str) -> int:
    return _MONTH_NAMES[name.lower().rstrip(".")]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A past-tense date may lie this many days after the publication date: a story dated the
# day after it was written ("the vote on March 21" in a piece dated March 20 at midnight).
PAST_SLACK_DAYS = 2


def pick_occurrence(options: list[dt.date], ref: dt.date, direction: int = 0) -> dt.date | None:
    """The occurrence that fits the tense: ``direction`` -1 the latest on or before ``ref``
    (a past-tense "arrested on March 21"), +1 the first on or after it ("will vote on
    March 21"), 0 the nearest (no tense to go by)."""
    if direction < 0:
        past = [d for d in options if (d - ref).days <= PAST_SLACK_DAYS]
        return max(past) if past else None
    if direction > 0:
        future = [d for d in options if d >= ref]
        return min(future) if future else None
    return min(options, key=lambda d: abs((d - ref).days)) if options else None


def nearest_year(month: int, day: int, ref: dt.date, direction: int = 0) -> dt.date | None:
    """The date with that month and day that fits ``ref`` and the tense (see pick_occurrence):
    a news story's "October 10" is this year's, but "December 28" in a story of January 3
    is last year's, and a past-tense "March 21" in November is this year's March."""
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := safe_date(y, month, day))]
    return pick_occurrence(options, ref, direction)


def month_occurrence(month: int, ref: dt.date, direction: int = 0) -> str | None:
    """'YYYY-MM' for a month named without a year, by tense as for days (month precision)."""
    here = ref.year * 12 + ref.month - 1
    options = [y * 12 + month - 1 for y in (ref.year - 1, ref.year, ref.year + 1) if dt.MINYEAR <= y <= dt.MAXYEAR]
    if direction < 0:
        options = [m for m in options if m <= here]
    elif direction > 0:
        options = [m for m in options if m >= here]
    if not options:
        return None
    months = min(options, key=lambda m: abs(m - here))
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def absolute_date(text: str, ref: dt.date | None, direction: int = 0) -> str | None:
    """An ISO value for a calendar date written in ``text``, or None.

    A full date needs no reference; a month and day take the year that fits ``ref`` and the
    tense (``direction``, see pick_occurrence); a month with a year gives "YYYY-MM". Numeric dates resolve only when day and month cannot be
    confused (one part above 12) or are written year first.
    """
    m = _ISO.search(text)
    if m and (d := safe_date(int(m["year"]), int(m["month"]), int(m["day"]))):
        return d.isoformat()
    m = _NUMERIC.search(text)
    if m:
        a, b, y = int(m["a"]), int(m["b"]), int(m["year"])
        if a > 12 >= b:
            d = safe_date(y, b, a)
        elif b > 12 >= a:
            d = safe_date(y, a, b)
        else:
            d = safe_date(y, a, b) if a == b else None
        return d.isoformat() if d else None
    for rx in (_MONTH_DAY, _DAY_MONTH):
        m = rx.search(text)
        if m:
            month, day = month_number(m["month"]), int(m["day"])
            if m["year"]:
                d = safe_date(int(m["year"]), month, day)
            elif ref:
                d = nearest_year(month, day, ref, direction)
            else:
                d = None
            return d.isoformat() if d else None
    m = _MONTH_YEAR.search(text)
    if m:
        return f"{int(m['year']):04d}-{month_number(m['month']):02d}"
    return None


def month_value(text: str, ref: dt.date | None, direction: int = 0) -> str | None:
    """'September', 'early August' -> 'YYYY-MM', the month that fits ``ref`` and the tense."""
    m = _MONTH_ONLY.search(text)
    if not m or not ref:
        return None
    if m["month"].lower() == "may" and not re.search(r"\b(?:in|early|late|mid|since|until|by|of)\b", text):
        return None  # "may" is usually the verb
    return month_occurrence(month_number(m["month"]), ref, direction)


def range_start(value: str | None) -> dt.date | None:
    """The first day of an ISO value's range: '2018-W37' -> Monday 2018-09-10, '2018-09' ->
    2018-09-01, '2016' -> 2016-01-01, a day itself; None when it is not one of those."""
    if not value:
        return None
    try:
        if "-W" in value:
            year, week = value.split("-W")
            return dt.date.fromisocalendar(int(year), int(week), 1)
        parts = [int(p) for p in value.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


# A dateline: an optional PLACE, then the date, then the end of the line, an agency in
# parentheses or a dash ("LONDON, Nov. 18, 2019 (Reuters) -", "September 18, 2018").
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .'’-]{1,40},\s*)?(?:(?:published|updated|posted)(?:\s+on)?:?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<date>\d{4}-\d\d-\d\d|[^()\n—–-]{6,40}?)\s*(?:\(|[-—–]|$)",
    re.IGNORECASE,
)


def find_dateline(text: str, max_lines: int = 5) -> str | None:
    """The publication date from a dateline among the first lines of an article, or None.

    Only a date with a year counts (a dateline's "Nov 18" alone cannot be placed in time),
    and only at the start of a line, so a date inside the first sentence is not taken for it.
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:max_lines]
    for line in lines:
        m = _DATELINE.match(line)
        if not m:
            continue
        value = absolute_date(m["date"], None)
        if value and len(value) == 10:
            return value
    return None
