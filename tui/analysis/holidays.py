"""Named days ("Christmas", "Easter", "Election Day") as calendar rules, one per holiday.

The rules are the US ones where countries differ (the corpus newsread is measured on is US
news; UK-only days such as Boxing Day and Bonfire Night have one fixed date anyway):

- fixed days: Christmas (Eve), New Year's (Eve/Day), Valentine's Day, St Patrick's Day,
  Juneteenth, Independence Day / the Fourth of July, Halloween, Veterans / Armistice /
  Remembrance Day, Boxing Day, Bonfire Night;
- nth weekday of a month: Martin Luther King Day (3rd Monday of January), Presidents' Day
  (3rd Monday of February), Memorial Day (last Monday of May), Labor Day (1st Monday of
  September), Columbus Day (2nd Monday of October), Thanksgiving (4th Thursday of November)
  and Black Friday / Cyber Monday after it;
- Easter (Gregorian computus) and the days tied to it: Ash Wednesday, Palm Sunday, Good Friday,
  Easter Monday, Pentecost;
- Election Day: the US federal one, the Tuesday after the first Monday of November, held in
  even years only (odd-year state elections are not what a bare "Election Day" means in
  national news); Inauguration Day: January 20 of the year after a presidential election.

Days that move with a lunar calendar (Ramadan, Hanukkah) or differ between countries
(Mother's Day) are not resolved.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable

Rule = Callable[[int], "dt.date | None"]


def _fixed(month: int, day: int) -> Rule:
    return lambda year: dt.date(year, month, day)


def _nth_weekday(month: int, weekday: int, n: int) -> Rule:
    """The ``n``-th ``weekday`` (0 = Monday) of ``month``; n = -1 for the last one."""

    def rule(year: int) -> dt.date:
        if n > 0:
            first = dt.date(year, month, 1)
            return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        last = nxt - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)

    return rule


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own name)
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _after_easter(days: int) -> Rule:
    return lambda year: easter(year) + dt.timedelta(days=days)


def _after_thanksgiving(days: int) -> Rule:
    return lambda year: _nth_weekday(11, 3, 4)(year) + dt.timedelta(days=days)


def election_day(year: int) -> dt.date | None:
    """US federal Election Day: the Tuesday after the first Monday of November, even years."""
    if year % 2:
        return None
    return _nth_weekday(11, 0, 1)(year) + dt.timedelta(days=1)


def inauguration_day(year: int) -> dt.date | None:
    """January 20 after a presidential election year (years 1 after a multiple of 4)."""
    return dt.date(year, 1, 20) if year % 4 == 1 else None


# Pattern (on lowercase text, "’" folded to "'") -> rule. Longer names first where they overlap.
HOLIDAYS: tuple[tuple[str, Rule], ...] = (
    (r"christmas eve", _fixed(12, 24)),
    (r"christmas(?: day)?|xmas", _fixed(12, 25)),
    (r"boxing day", _fixed(12, 26)),
    (r"new year'?s eve", _fixed(12, 31)),
    (r"new year'?s(?: day)?", _fixed(1, 1)),
    (r"valentine'?s day", _fixed(2, 14)),
    (r"st\.? patrick'?s day", _fixed(3, 17)),
    (r"juneteenth", _fixed(6, 19)),
    (r"independence day|(?:the )?fourth of july", _fixed(7, 4)),
    (r"halloween", _fixed(10, 31)),
    (r"bonfire night|guy fawkes(?: night| day)?", _fixed(11, 5)),
    (r"veterans'? day|armistice day|remembrance day", _fixed(11, 11)),
    (r"(?:martin luther king(?: jr\.?)?|mlk) day", _nth_weekday(1, 0, 3)),
    (r"presidents'? day", _nth_weekday(2, 0, 3)),
    (r"memorial day", _nth_weekday(5, 0, -1)),
    (r"labou?r day", _nth_weekday(9, 0, 1)),
    (r"columbus day", _nth_weekday(10, 0, 2)),
    (r"thanksgiving(?: day)?", _nth_weekday(11, 3, 4)),
    (r"black friday", _after_thanksgiving(1)),
    (r"cyber monday", _after_thanksgiving(4)),
    (r"ash wednesday", _after_easter(-46)),
    (r"palm sunday", _after_easter(-7)),
    (r"good friday", _after_easter(-2)),
    (r"easter monday", _after_easter(1)),
    (r"easter(?: sunday)?", easter),
    (r"pentecost|whitsun(?:day)?", _after_easter(49)),
    (r"election day", election_day),
    (r"inauguration day", inauguration_day),
)
_HOLIDAY_RX = re.compile(r"\b(?:%s)\b" % "|".join(f"(?:{p})" for p, _ in HOLIDAYS))
_HOLIDAY_WHOLE = re.compile(r"(?:the )?(?:%s)(?:,? \d{4})?" % "|".join(f"(?:{p})" for p, _ in HOLIDAYS))
# Capitalised words that belong to a holiday's name, so a date span keeps them.
HOLIDAY_WORDS = frozenset(re.findall(r"[a-z]+", " ".join(p for p, _ in HOLIDAYS))) | {"super"}


def holiday_rule(text: str) -> Rule | None:
    """The rule of the holiday named in ``text`` (lowercase), or None."""
    for pattern, rule in HOLIDAYS:
        if re.search(rf"\b(?:{pattern})\b", text):
            return rule
    return None


def names_holiday(text: str, whole: bool = False) -> bool:
    """True when ``text`` (any case) names one of the holidays above; with ``whole``, only
    when that is all it says ("Easter", "Christmas 2015", not "Easter Island")."""
    t = " ".join(text.lower().replace("’", "'").split())
    if whole:
        return bool(_HOLIDAY_WHOLE.fullmatch(t))
    return bool(_HOLIDAY_RX.search(t))
