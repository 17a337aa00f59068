"""One date expression -> its ISO 8601 value, against the publication date and the tense.

Values are ISO 8601 at the precision the text gives: a day "2018-09-17", an ISO week
"2018-W37", a month "2018-09", a year "2016". ``ref`` is the publication date P;
``direction`` is the tense of the clause the date belongs to (``date_context``): -1 past
("was arrested in April"), +1 future ("will vote in April"), 0 unknown.

- A full date ("October 10, 2018", "2018-10-10", "25/12/2018") needs no P.
- A month and day ("March 21"), a month ("April", "early August") or a holiday
  ("Christmas", see ``holidays``) takes the occurrence that fits the tense: the latest on or
  before P in a past-tense clause, the first on or after P in a future one, the nearest when
  the clause has no tense to go by. "this/last/next year" written with it fixes the year
  ("January last year", "March 23 of this year").
- A weekday: the one within the week up to P (news convention: "Monday" in a Tuesday story
  is the day before, the same weekday is P itself); in a future clause the next one on or
  after P. "last Monday" is strictly before P, "next Monday" strictly after.
- "today", "tonight", "this morning" = P; "yesterday", "last night" = P - 1; "tomorrow" = P + 1.
- "last/this/next week" and "this past week" = the ISO week; "this weekend" = the ISO week
  of its Saturday (the coming one, or the last one in a past clause); "the weekend" the same
  when the clause has a tense, null without one.
- "last/this/next month", "earlier this month" = "YYYY-MM"; "this/last/next year", "late last
  year", "the end of the year" = "YYYY"; "this fall", "last summer" = the year of that season
  (winter spans two years: null).
- "N days/weeks/months/years ago" = that day/week/month/year; "in N weeks" in a clause that
  is not past = P + N weeks. A vague or approximate count ("a few", "nearly two decades")
  stays null.
- A year ("2016", "'98") = "2016"; a decade or century stays null.

Everything else is null: narrative-relative ("that year", "the same day", "two months
later"), vague ("recent weeks"). Without P only dates that carry their own year resolve.
Deciding what is a date at all is ``date_kinds``' job; this module only gives values.
"""

from __future__ import annotations

import datetime as dt
import re

from newsread.analysis.datelines import MONTH, absolute_date, month_number, month_value, pick_occurrence
from newsread.analysis.holidays import holiday_rule
from newsread.analysis.names import WEEKDAYS

COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_COUNT = r"(?P<n>\d{1,3}|%s)" % "|".join(COUNT_WORDS)
_AGO = re.compile(rf"{_COUNT}[ -](?P<unit>day|week|month|year)s? ago")
_IN_N = re.compile(rf"in {_COUNT}[ -](?P<unit>day|week|month|year)s?")
_PAST_WORDS = frozenset(("last", "past", "previous", "ago", "earlier"))
_FUTURE_WORDS = frozenset(("next", "coming", "upcoming"))
_SHIFT = {"last": -1, "this past": 0, "this": 0, "earlier this": 0, "later this": 0, "next": 1}
_PART = r"(?:(?:early|late|mid|(?:the )?(?:end|beginning|start|middle|rest|first half|second half) of)[ -]?)?"
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_SEASON = re.compile(rf"{_PART}(?P<which>this past|this|last|next|the)? ?(?P<season>spring|summer|fall|autumn|winter)(?: of (?P<year>\d{{4}}))?")
_WITH_YEAR = re.compile(r"(?P<rest>.*?),? (?:of )?(?P<which>this|last|next) year")
_YEAR = re.compile(r"\b((?:1[0-9]|20)\d\d)\b(?!s|-\d)")
_SHORT_YEAR = re.compile(r"'(\d\d)")
_DURATION = re.compile(r"\b(?:years|months|weeks|days|hours|minutes|decades|centuries)\b")
_ON_THE_CALENDAR = re.compile(r"(?!0000)\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d)?")
_ANAPHORIC = re.compile(r"\b(?:that|same|previous|following|those)\b")


def resolve(text: str, ref: dt.date | None, *, direction: int = 0, future: bool = False) -> str | None:
    """The ISO value of one date expression, or None (see the module docstring)."""
    t = normalise(text)
    try:
        value = _resolve(t, ref, 1 if future else direction)
    except (OverflowError, ValueError):
        return None  # a publication date at the edge of the calendar: "tomorrow" of 9999-12-31
    return value if value is None or _ON_THE_CALENDAR.fullmatch(value) else None  # "next year" of 9999


def normalise(text: str) -> str:
    """Lowercase, one space, straight apostrophes, no possessive, no leading preposition."""
    t = " ".join(text.lower().replace("’", "'").replace("‘", "'").split())
    t = re.sub(r"'s?$", "", t) if re.search(r"[a-z]'s?$", t) else t
    # "in may" keeps its "in": it is what tells the month from the verb (datelines.month_value).
    return re.sub(rf"^(?:on|in|the|by|since|until|from|through|during|at)\s+(?!{_COUNT}[ -](?:day|week|month|year)|may$)", "", t)


def _resolve(t: str, ref: dt.date | None, direction: int) -> str | None:
    words = set(re.findall(r"[a-z']+", t))
    if words & _PAST_WORDS:
        direction = -1
    elif words & _FUTURE_WORDS:
        direction = 1
    m = _WITH_YEAR.fullmatch(t)
    if m and ref is not None and m["rest"]:
        return _in_year(m["rest"], ref.year + _SHIFT[m["which"]])
    value = absolute_date(t, ref, direction)
    if value:
        return value
    value = _holiday(t, ref, direction)
    if value:
        return value
    if ref is not None:
        value = _relative(t, ref, direction)
        if value:
            return value
    if _DURATION.search(t):
        return None
    m = _YEAR.search(t)
    if m and not re.search(r"\d", t.replace(m.group(1), "", 1)):
        return m.group(1)
    m = _SHORT_YEAR.fullmatch(t)
    if m and ref is not None:  # "'98": the century that does not put it in the future
        year = (ref.year // 100) * 100 + int(m.group(1))
        return str(year - 100 if year > ref.year else year)
    return None


def _in_year(rest: str, year: int) -> str | None:
    """'January' + last year -> '2015-01'; 'March 23' -> a day; 'late', 'the end of' -> the year."""
    value = absolute_date(f"{rest} {year}", None)
    if value:
        return value
    if re.fullmatch(rf"{_PART}\s*{MONTH}", rest, re.IGNORECASE):
        m = re.search(MONTH, rest, re.IGNORECASE)
        return f"{year:04d}-{month_number(m['month']):02d}"
    season = _SEASON.fullmatch(rest)
    if season and season["season"] != "winter":
        return f"{year:04d}"
    if re.fullmatch(r"(?:early|late|mid|earlier|later|(?:the )?(?:end|beginning|start|middle|rest|first half|second half) of)", rest):
        return f"{year:04d}"
    return None


def _holiday(t: str, ref: dt.date | None, direction: int) -> str | None:
    rule = holiday_rule(t)
    if rule is None:
        return None
    m = _YEAR.search(t)
    if m:
        day = rule(int(m.group(1)))
        return day.isoformat() if day else None
    if ref is None:
        return None
    if re.search(r"\bthis\b", t):
        day = rule(ref.year)
        return day.isoformat() if day else None
    years = range(max(dt.MINYEAR, ref.year - 4), min(dt.MAXYEAR, ref.year + 4) + 1)
    options = [d for y in years if (d := rule(y))]
    if direction < 0:
        options = [d for d in options if d < ref] if "last" in t.split() else options
    day = pick_occurrence(options, ref, direction)
    return day.isoformat() if day else None


def _relative(t: str, ref: dt.date, direction: int) -> str | None:
    """Expressions that need the publication date; None when nothing matches."""
    for rule in (_weekday, _deictic_day, _week, _weekend, _month, _year, _ago, _in_n, _season):
        value = rule(t, ref, direction)
        if value:
            return value
    if not _DURATION.search(t) and not _ANAPHORIC.search(t):
        return month_value(t, ref, direction)
    return None


def _weekday(t: str, ref: dt.date, direction: int) -> str | None:
    words = re.findall(r"[a-z']+", t)
    if "weekend" in words or "weekends" in words:
        return None
    for i, name in enumerate(WEEKDAYS):
        if name in words:
            back = (ref.weekday() - i) % 7  # days since the most recent such day, 0 = today
            if "last" in words or "past" in words:
                return (ref - dt.timedelta(days=back or 7)).isoformat()
            if "next" in words or "coming" in words:
                return (ref + dt.timedelta(days=(i - ref.weekday()) % 7 or 7)).isoformat()
            if direction > 0:
                return (ref + dt.timedelta(days=(i - ref.weekday()) % 7)).isoformat()
            return (ref - dt.timedelta(days=back)).isoformat()
    return None


def _deictic_day(t: str, ref: dt.date, direction: int) -> str | None:
    if re.fullmatch(r"(?:earlier |later )?(?:today|tonight|this (?:morning|afternoon|evening))", t):
        return ref.isoformat()
    if re.fullmatch(r"yesterday(?: (?:morning|afternoon|evening))?|last night", t):
        return (ref - dt.timedelta(days=1)).isoformat()
    if re.fullmatch(r"tomorrow(?: (?:morning|afternoon|evening|night))?", t):
        return (ref + dt.timedelta(days=1)).isoformat()
    return None


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _week(t: str, ref: dt.date, direction: int) -> str | None:
    m = re.fullmatch(rf"{_PART}(this past|last|this|next|earlier this|later this) week", t)
    if not m:
        return None
    if m.group(1) == "this past":  # the week that ends with P: P's own week once it is the weekend
        return _iso_week(ref if ref.weekday() >= 5 else ref - dt.timedelta(days=7))
    return _iso_week(ref + dt.timedelta(days=7 * _SHIFT[m.group(1)]))


def _weekend(t: str, ref: dt.date, direction: int) -> str | None:
    """The ISO week of the weekend's Saturday: this (or the past, in a past clause) one."""
    m = re.fullmatch(r"(?:over |during )?(this past|this|last|next|the|this coming)? ?weekend", t)
    if not m:
        return None
    which = m.group(1) or "the"
    if which == "the" and direction == 0:
        return None  # "the weekend" with no tense: the last one or the coming one
    saturday = ref + dt.timedelta(days=5 - ref.weekday())  # this week's Saturday
    if which in ("last", "this past") or (which in ("the", "this") and direction < 0):
        if ref.weekday() < 5 or which == "last":
            saturday -= dt.timedelta(days=7)
    elif which == "next":
        saturday += dt.timedelta(days=7)
    return _iso_week(saturday)


def _month(t: str, ref: dt.date, direction: int) -> str | None:
    m = re.fullmatch(rf"{_PART}(last|this|next|earlier this|later this) month", t)
    if not m:
        return None
    months = ref.year * 12 + ref.month - 1 + _SHIFT[m.group(1)]
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def _year(t: str, ref: dt.date, direction: int) -> str | None:
    m = re.fullmatch(rf"{_PART}(last|this|next|earlier this|later this) year", t)
    if m:
        return f"{ref.year + _SHIFT[m.group(1)]:04d}"
    if re.fullmatch(r"(?:the )?(?:end|beginning|start|middle|rest|first half|second half) of the year", t):
        return f"{ref.year:04d}"  # "the year" of a news story is its own (see date_kinds for anaphora)
    return None


def _shift(ref: dt.date, n: int, unit: str) -> str:
    """P moved by ``n`` units, at that unit's precision."""
    if unit == "day":
        return (ref + dt.timedelta(days=n)).isoformat()
    if unit == "week":
        return _iso_week(ref + dt.timedelta(days=7 * n))
    if unit == "month":
        months = ref.year * 12 + ref.month - 1 + n
        return dt.date(months // 12, months % 12 + 1, 1).isoformat()[:7]  # ValueError off the calendar
    return f"{dt.date(ref.year + n, 1, 1).year:04d}"


def _count(word: str) -> int:
    return int(word) if word.isdigit() else COUNT_WORDS[word]


def _ago(t: str, ref: dt.date, direction: int) -> str | None:
    m = _AGO.fullmatch(t)
    return _shift(ref, -_count(m["n"]), m["unit"]) if m else None


def _in_n(t: str, ref: dt.date, direction: int) -> str | None:
    m = _IN_N.fullmatch(t)
    return _shift(ref, _count(m["n"]), m["unit"]) if m and direction >= 0 else None


def _season(t: str, ref: dt.date, direction: int) -> str | None:
    m = _SEASON.fullmatch(t)
    if not m or m["season"] == "winter" or m["which"] in (None, "the") and not m["year"]:
        return None  # winter spans two years; a bare "the summer" is not placed in time
    if m["year"]:
        return m["year"]
    start = _SEASONS[m["season"]]
    year = ref.year
    if m["which"] in ("last", "this past") and ref.month < start + 3:
        year -= 1  # the last one that has ended
    elif m["which"] == "next" and ref.month >= start:
        year += 1
    return f"{year:04d}"
