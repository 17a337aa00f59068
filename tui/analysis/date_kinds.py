"""Which DATE/TIME spans are dates a reader can place in time, and where a date span ends.

spaCy's DATE label (OntoNotes) also covers ages ("55", "69 years old"), durations ("up to 10
years", "at least 48 hours", "the past two weeks"), frequencies ("annual", "every day") and
vague times ("the hours", "a bright morning"). Those stay entities (they are what the model
was trained to call DATE) but the sidebar's date list holds only spans with a calendar
anchor, something that places them in time:

- a month, weekday or holiday name, a year ("2016", "'98", "the 1990s"), a numeric date,
  a clock time ("7 p.m.", "noon");
- a deictic day ("today", "yesterday", "tonight") or a deictic or anaphoric unit ("last
  week", "this fall", "that year", "the same day", "the next morning", "the weekend");
- a count before "ago" ("four years ago"), or a span followed by "before/after/later/
  earlier" ("two months later", "a day after the vote"): a date relative to an event;
- "in N weeks" when the text before the span says "in" and the clause is not past.

"the past week", "the last seven years", "the next two months" are durations, not the
calendar week, year or month ("last week", "last year" are). Everything without an anchor
is not listed.

``date_token_span`` trims a name the model ran into a date ("[Twitter Tuesday]",
"[2016">Mark]") and takes in a date's own words it left out ("this [year]'s",
"March 12, [2016]").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsread.analysis.datelines import MONTH
from newsread.analysis.holidays import HOLIDAY_WORDS, names_holiday
from newsread.analysis.names import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc

_UNITS = r"(?:day|night|morning|afternoon|evening|week|weekend|fortnight|month|quarter|year|decade|century|spring|summer|fall|autumn|winter|season|term)"
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b(?:noon|midday|midnight)\b")
_YEARISH = re.compile(r"\b(?:1[0-9]|20)\d\d(?:s\b|\b)|'\d\ds?\b|\b\d{1,2}(?:st|nd|rd|th) century\b|\b(?:first|second|third|last) (?:decade|half) of the \d")
_NUMERIC = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
_DEICTIC_DAY = re.compile(r"\b(?:today|tonight|yesterday|tomorrow)\b")
# "last week", "this fall", "that year", "the same day", "the next morning": one unit, placed.
_PLACED_UNIT = re.compile(
    rf"\b(?:this past|this coming|this|last|next|that|same|previous|following|coming|earlier this|later this)"
    rf" {_UNITS}\b|^(?:the |over the |during the )?weekend$|\b(?:end|beginning|start|middle|turn|rest) of the {_UNITS}\b"
)
# "the past week", "the last seven years", "the next two months": a stretch of time up to or from P.
_STRETCH = re.compile(rf"^(?:over |for |in |during |within )?the (?:past|last\b)|^(?:over |for |in |during |within )?the (?:next|coming)\b.*\b{_UNITS}s\b")
_FREQUENCY = re.compile(r"^(?:every|each)\b|\S \b(?:a|per) (?:day|week|month|year)$")  # "twice a year"
_COUNT = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several|a couple of|many|some)"
_AGO = re.compile(rf"\b{_COUNT}(?: and a half)?[ -]{_UNITS}s?\s+ago\b|\b(?:{_UNITS}s) ago\b")
_IN_N = re.compile(rf"^(?:{_COUNT})[ -](?:day|week|month|year)s?$")
_RELATIVE_AFTER = re.compile(r"^\s*(?:before|after|earlier|later|prior|beforehand|afterwards?)\b", re.IGNORECASE)
_MONTH_RX = re.compile(rf"\b{MONTH}(?![a-z])", re.IGNORECASE)


def is_calendar_date(text: str, before: str = "", after: str = "", ahead: bool = True) -> bool:
    """True when ``text`` places something in time (see the module docstring).

    ``before``/``after``: the article text just before and after the span; ``ahead``: the
    clause may look ahead (not past, no "the first ... in" before), so that "in two weeks"
    is a point in time rather than a duration ("the first rise in 25 years").
    """
    t = " ".join(text.lower().replace("’", "'").split())
    if _is_age_or_number(t):
        return False
    if _STRETCH.search(t) or _FREQUENCY.search(t):
        return False
    if _named_anchor(text, t):
        return True
    if _DEICTIC_DAY.search(t) or _PLACED_UNIT.search(t) or _AGO.search(t):
        return True
    relative = _RELATIVE_AFTER.match(after) or re.search(r"\b(?:before|after|earlier|later|prior)$", t)
    if relative and re.search(rf"\b{_COUNT}[ -](?:{_UNITS}|hour|minute)s?\b", t):
        return True  # "two months later", "just a day after the vote"
    if ahead and re.search(r"\bin\s*$", before.lower()) and _IN_N.match(t):
        # "in a year when/in which ...": a kind of year, not one a year from now.
        if t.startswith(("a ", "an ")) and re.match(r"\s*(?:in which|when|that|where|of)\b", after, re.IGNORECASE):
            return False
        return not re.search(r"\b(?:time|first|ever|last|once)\s+in\s*$", before.lower())
    return False


def _is_age_or_number(t: str) -> bool:
    """'55', '82623', '30s', 'age 78', '69 years old', '22-year-old', 'under 30'."""
    if re.fullmatch(r"\d+(?:s)?", t):
        return not re.fullmatch(r"(?:1[0-9]|20)\d\d", t)  # a four-digit year is a date
    return bool(re.search(r"\bage[sd]?\s+\d|\byears?[- ]old\b|^(?:under|over|aged)\s+\d+$", t))


def _named_anchor(text: str, t: str) -> bool:
    """A month, weekday, holiday, year, numeric date or clock time in the span."""
    words = set(re.findall(r"[a-z]+", t))
    if words & set(WEEKDAYS) or names_holiday(t):
        return True
    # A month name, but not the verb "may" (the model tags "May" only capitalised).
    if any(m.group("month").lower() != "may" or m.group("month") == "May" for m in _MONTH_RX.finditer(text)):
        return True
    return bool(_YEARISH.search(t) or _NUMERIC.search(t) or _CLOCK.search(t))


# Words that belong to a date span even when capitalised: months, weekdays, holiday names,
# and the deictic words a headline capitalises.
_DATE_WORDS = (
    frozenset(MONTHS) | frozenset(WEEKDAYS) | HOLIDAY_WORDS
    | frozenset(m[:3] for m in MONTHS) | {"sept", "today", "tonight", "yesterday", "tomorrow"}
    | frozenset("last this next early late mid earlier later the day week month year weekend".split())
    | frozenset("spring summer fall autumn winter".split())
)
_DEICTIC_BEFORE = frozenset("this last next that".split())


def date_token_span(doc: "Doc", start: int, end: int) -> tuple[int, int]:
    """The token span of a DATE/TIME entity without a name run into it, with its own words.

    "[Twitter Tuesday]" -> "Twitter [Tuesday]"; "[2016">Mark]" -> "[March 12, 2016]">Mark";
    "this [year]'s" -> "[this year]'s".
    """
    while end - start > 1 and _is_name_word(doc[start]):
        start += 1
    while end - start > 1 and (_is_name_word(doc[end - 1]) or doc[end - 1].is_punct and doc[end - 1].text not in ".)"):
        end -= 1
    if end - start == 1 and start > 0 and doc[start].lower_ in ("year", "week", "month", "weekend") and doc[start - 1].lower_ in _DEICTIC_BEFORE:
        start -= 1
    # "three or [four months ago]": the count the model left out makes it a vague one.
    if start >= 2 and doc[start].like_num and doc[start - 1].lower_ in ("or", "to") and doc[start - 2].like_num:
        start -= 2
    if re.fullmatch(r"(?:1[0-9]|20)\d\d", doc[start].text) and start >= 3:
        month, day, comma = doc[start - 3], doc[start - 2], doc[start - 1]
        if comma.text == "," and day.text.isdigit() and re.fullmatch(MONTH, month.text, re.IGNORECASE):
            start -= 3
    return start, end


def _is_name_word(tok) -> bool:
    """A capitalised word that is no date word: part of a name next to the date."""
    text = tok.text
    return (
        text[:1].isupper() and tok.is_alpha and not tok.like_num and text.lower() not in _DATE_WORDS
        and not (tok.is_sent_start and tok.pos_ not in ("PROPN",))
    )
