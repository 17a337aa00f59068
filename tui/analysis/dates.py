"""DATE and TIME mentions, resolved to ISO 8601 values against the publication date.

Values are ISO 8601, at the precision the text supports: a day "2018-09-17", a week
"2018-W37", a month "2018-09", a year "2016". Rules (``published`` = the publication date P):

- a full date ("October 10, 2018", "2018-10-10", "25/12/2018") resolves without P;
- a month and day ("October 10", "Nov. 18", "10 October") takes the year that puts it nearest P;
- a weekday: news convention, the one within the week up to P ("Monday" in a Tuesday story is
  the day before; the same weekday is P itself). When the parse shows future tense ("will
  testify Thursday") it is the next one on or after P. "last Monday" is strictly before P,
  "next Monday" strictly after;
- "today", "tonight", "this morning" = P; "yesterday" = P - 1; "tomorrow" = P + 1;
- "last week" / "this week" / "next week" = the ISO week ("2018-W37"): a week is what the text
  says, so no single day is invented;
- "last month", "earlier this month", "this month", "next month" = "YYYY-MM";
  a month name alone ("September", "early August") = that month nearest P;
- "this year", "last year", "next year" = "YYYY"; a year ("2016", "in 2016") = "2016";
- everything else stays null: narrative-relative expressions ("the same day", "later that
  month", "the weekend"), times of day without a day.

Ages, durations, frequencies and vague times ("55", "up to 10 years", "annual", "the hours")
are not listed at all (date_kinds.is_calendar_date).

Without P only dates that carry their own year resolve.
"""

from __future__ import annotations

import datetime as dt
import re

from newsread.analysis.date_kinds import is_calendar_date
from newsread.analysis.datelines import absolute_date, month_value
from newsread.analysis.model import DateMention, Entity
from newsread.analysis.names import WEEKDAYS
from newsread.analysis.parsed import ParsedArticle

_FUTURE_AUX = frozenset(("will", "'ll", "’ll", "shall", "wo"))
# Governing words that look ahead: "is due to meet Monday", "plans to vote Friday".
_FUTURE_HEADS = frozenset(("due", "scheduled", "expected", "set", "plan", "plans", "planned", "going"))
_YEAR = re.compile(r"\b((?:1[5-9]|20)\d\d)\b(?!s|-\d)")
_ON_THE_CALENDAR = re.compile(r"(?!0000)\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d)?")
_DURATION = re.compile(r"\b(?:years|months|weeks|days|hours|minutes|decades|centuries)\b")


def extract_dates(
    entities: list[Entity], published: str | None, parsed: ParsedArticle | None = None
) -> list[DateMention]:
    """DATE/TIME entities as DateMentions, ``value`` set where it resolves honestly.

    ``parsed`` (optional) lets a weekday follow the tense of its clause.
    """
    ref = _parse_iso(published)
    out = []
    for e in entities:
        if e.label not in ("DATE", "TIME"):
            continue
        # Ages, durations, frequencies and vague times are DATE to the model, not dates.
        if parsed is not None:
            before, after = parsed.text[max(0, e.start - 24) : e.start], parsed.text[e.end : e.end + 24]
        else:
            before = after = ""
        if not is_calendar_date(e.text, before, after):
            continue
        future = _is_future(parsed, e) if parsed is not None else False
        out.append(DateMention(e.start, e.end, e.text, e.label, resolve(e.text, ref, future=future)))
    return out


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def resolve(text: str, ref: dt.date | None, *, future: bool = False) -> str | None:
    """The ISO value of one date expression, or None (see the module docstring)."""
    try:
        value = _resolve(text, ref, future)
    except (OverflowError, ValueError):
        return None  # a publication date at the edge of the calendar: "tomorrow" of 9999-12-31
    return value if value is None or _ON_THE_CALENDAR.fullmatch(value) else None  # "next year" of 9999


def _resolve(text: str, ref: dt.date | None, future: bool) -> str | None:
    t = " ".join(text.lower().replace("’", "'").split())
    t = re.sub(r"^(?:on|in|the|by|since|until|from)\s+", "", t)
    value = absolute_date(t, ref)
    if value:
        return value
    if ref is not None:
        value = _relative(t, ref, future)
        if value:
            return value
    if _DURATION.search(t):
        return None
    m = _YEAR.search(t)
    if m and not re.search(r"\d", t.replace(m.group(1), "")):
        return m.group(1)
    return None


def _relative(t: str, ref: dt.date, future: bool) -> str | None:
    """Expressions that need the publication date."""
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
            if future:
                return (ref + dt.timedelta(days=(i - ref.weekday()) % 7)).isoformat()
            return (ref - dt.timedelta(days=back)).isoformat()
    if re.fullmatch(r"(?:earlier |later )?(?:today|tonight|this (?:morning|afternoon|evening))", t):
        return ref.isoformat()
    if re.fullmatch(r"yesterday(?: (?:morning|afternoon|evening))?|last night", t):
        return (ref - dt.timedelta(days=1)).isoformat()
    if re.fullmatch(r"tomorrow(?: (?:morning|afternoon|evening|night))?", t):
        return (ref + dt.timedelta(days=1)).isoformat()
    m = re.fullmatch(r"(last|this|next|earlier this|later this) week", t)
    if m:
        shift = {"last": -7, "next": 7}.get(m.group(1), 0)
        year, week, _ = (ref + dt.timedelta(days=shift)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    m = re.fullmatch(r"(last|this|next|earlier this|later this) month", t)
    if m:
        months = ref.year * 12 + ref.month - 1 + {"last": -1, "next": 1}.get(m.group(1), 0)
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    m = re.fullmatch(r"(last|this|next|earlier this|later this) year", t)
    if m:
        return f"{ref.year + {'last': -1, 'next': 1}.get(m.group(1), 0):04d}"
    if not _DURATION.search(t) and not re.search(r"\b(?:that|same|previous|following)\b", t):
        return month_value(t, ref)
    return None


def _is_future(parsed: ParsedArticle, e: Entity) -> bool:
    """True when the clause governing the date is in the future tense ("will testify Thursday")."""
    tok = parsed.token_at(e.start)
    if tok is None:
        return False
    # Climb from the date to the verb it modifies.
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    seen = 0
    while tok is not None and seen < 3:
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in tok.children):
            return True
        if tok.lower_ in _FUTURE_HEADS or tok.lemma_ in _FUTURE_HEADS:
            return True
        # "is expected to meet Monday": meet <- xcomp of expected
        if tok.dep_ in ("xcomp", "ccomp") and tok.head is not tok:
            tok = tok.head
            seen += 1
            continue
        break
    return False
