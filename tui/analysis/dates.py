"""The article's dates: DATE/TIME entities that place something in time, with ISO values.

The passes, in order (each in its own module, pure where it can be):

1. candidates: DATE and TIME entities, and holidays the model tagged as something else
   ("Easter" as a facility, "New Year's Day" as an event);
2. a range with two years ("between 2002 and 2010") becomes one date per year;
3. ``date_kinds.is_calendar_date`` drops what places nothing in time: ages, durations,
   frequencies, vague times; a capitalised "Today" inside a name ("Russia Today") is a name;
4. ``date_context.clause_direction`` reads the tense of the clause (past, future, unknown)
   and ``date_resolution.resolve`` gives the ISO value (rules in its docstring);
5. a clock time next to a day takes that day ("Friday at noon");
6. "today", "tomorrow"... inside a quotation resolve against the publication date only when
   the quote is plausibly from that day: when the paragraph dates the speech (outside the
   quote: "she wrote on Sunday", or a quote-led paragraph whose previous paragraph says "in an
   interview on Monday night") to another day or period, the value is null, since the words
   were said then, not on the publication day;
7. "the end of the year" after another year in the same paragraph ("in May 2015 ... by the end
   of the year") is that year's, which the rules cannot know: null.

``resolve`` is re-exported here for callers that resolve one expression.
"""

from __future__ import annotations

import datetime as dt
import re

from newsread.analysis.date_context import clause_direction, inside, quotation_spans
from newsread.analysis.date_kinds import is_calendar_date
from newsread.analysis.date_resolution import normalise, resolve
from newsread.analysis.holidays import names_holiday
from newsread.analysis.model import ACTOR_LABELS, DateMention, Entity
from newsread.analysis.parsed import ParsedArticle

__all__ = ["extract_dates", "resolve"]

_YEAR = re.compile(r"\b(?:1[0-9]|20)\d\d\b")
_CLOCK_ONLY = re.compile(r"(?:about |around |at )?(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midday|midnight)", re.IGNORECASE)
_DEICTIC = re.compile(r"(?:earlier |later )?(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night)(?: (?:morning|afternoon|evening|night))?")
_YEAR_ANAPHOR = re.compile(r"(?:by |at |until )?(?:the )?(?:end|beginning|start|middle|rest|first half|second half) of the year")


def extract_dates(
    entities: list[Entity], published: str | None, parsed: ParsedArticle | None = None
) -> list[DateMention]:
    """The dates a reader can place in time, ``value`` set where it resolves honestly.

    ``parsed`` (optional) gives the context: the tense of each date's clause, quotations,
    the words around it. Without it, dates are judged and resolved on their own text.
    """
    ref = _parse_iso(published)
    out = []
    for e in entities:
        if not _is_candidate(e):
            continue
        for start, end in _split_range(e):
            mention = _mention(e, start, end, ref, parsed)
            if mention is not None:
                out.append(mention)
    if parsed is not None:
        _clock_times_take_their_day(out, parsed.text)
        _quoted_days_of_other_days(out, parsed, ref)
        _year_anaphora(out, parsed, ref)
    return out


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _is_candidate(e: Entity) -> bool:
    if e.label in ("DATE", "TIME"):
        return True
    return e.label not in ACTOR_LABELS and names_holiday(e.text, whole=True)


def _split_range(e: Entity) -> list[tuple[int, int]]:
    """'between 2002 and 2010' -> the two years; any other span as it is."""
    years = list(_YEAR.finditer(e.text))
    if len(years) == 2 and re.fullmatch(r"\s*(?:and|to|through|-|–|—)\s*", e.text[years[0].end() : years[1].start()]):
        return [(e.start + m.start(), e.start + m.end()) for m in years]
    return [(e.start, e.end)]


def _mention(e: Entity, start: int, end: int, ref: dt.date | None, parsed: ParsedArticle | None) -> DateMention | None:
    """One DateMention, or None when the span is not a date (see date_kinds)."""
    text = e.text[start - e.start : end - e.start]
    before = after = ""
    direction, ahead = 0, True
    if parsed is not None:
        before, after = parsed.text[max(0, start - 24) : start], parsed.text[end : end + 24]
        root = _root_token(parsed, start, end)
        if root is not None:
            direction = clause_direction(root)
            ahead = direction >= 0 and not _superlative_before(root)
            if _today_in_a_name(parsed, start):
                return None
    if not is_calendar_date(text, before, after, ahead=ahead):
        return None
    wording = text
    if re.search(r"\bin\s*$", before) and re.fullmatch(r"[\w-]+ (?:day|week|month|year)s?", normalise(text)):
        wording = "in " + text  # "[two weeks]" after "in": P plus two weeks
    elif text == "May":
        wording = "in May"  # the model tags the month capitalised; the verb "may" is lowercase
    label = e.label if e.label in ("DATE", "TIME") else "DATE"
    return DateMention(start, end, text, label, resolve(wording, ref, direction=direction))


def _root_token(parsed: ParsedArticle, start: int, end: int):
    i = parsed.doc_index_at(start)
    if i is None:
        return None
    off, doc = parsed.docs[i]
    span = doc.char_span(start - off, end - off, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _superlative_before(root) -> bool:
    """'the first such paper in [10 years]', 'the biggest rise in [25 years]': a duration."""
    return any(
        t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "last", "only", "ever")
        for t in root.sent if t.i < root.i
    )


def _today_in_a_name(parsed: ParsedArticle, start: int) -> bool:
    """A capitalised "Today"/"Tonight" inside a sentence that is not in title case is part of
    a name ("Russia Today", "the Today show"), not the publication day."""
    tok = parsed.token_at(start)
    if tok is None or tok.lower_ not in ("today", "tonight") or not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is not None and (prev.is_punct or prev.is_quote):
        return False  # '... said. "Today we ...' or 'she said: Today'
    # A title-case headline capitalises its verbs and nouns too ("Clinton Speaks Today").
    words = [t for t in tok.sent if t.is_alpha and t.i != tok.i and t.pos_ in ("NOUN", "VERB", "ADJ", "ADV")]
    return not words or sum(t.text[:1].isupper() for t in words) < 0.6 * len(words)


def _clock_times_take_their_day(mentions: list[DateMention], text: str) -> None:
    """'Friday at noon', '9 a.m. Monday': the clock time is on that day."""
    for i, m in enumerate(mentions):
        if m.value is not None or not _CLOCK_ONLY.fullmatch(m.text.strip()):
            continue
        prev = mentions[i - 1] if i > 0 else None
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if prev is not None and _is_day(prev.value) and re.fullmatch(r"\s*(?:at|,)?\s*(?:about|around)?\s*", text[prev.end : m.start]):
            m.value = prev.value
        elif nxt is not None and _is_day(nxt.value) and re.fullmatch(r"\s*(?:on|,)?\s*", text[m.end : nxt.start]):
            m.value = nxt.value


def _is_day(value: str | None) -> bool:
    return value is not None and len(value) == 10


def _covers(value: str, ref: dt.date) -> bool:
    """True when ``value`` (a day, week, month or year) contains the day ``ref``."""
    year, week, _ = ref.isocalendar()
    return ref.isoformat().startswith(value) or value == f"{year:04d}-W{week:02d}"


def _quoted_days_of_other_days(mentions: list[DateMention], parsed: ParsedArticle, ref: dt.date | None) -> None:
    """Null a quoted "today"/"yesterday" whose speech the paragraph dates to another time."""
    if ref is None:
        return
    for m in mentions:
        if m.value is None or not _DEICTIC.fullmatch(normalise(m.text)):
            continue
        i = parsed.doc_index_at(m.start)
        if i is None:
            continue
        off, doc = parsed.docs[i]
        quotes = quotation_spans(doc.text)
        if not inside(quotes, m.start - off, m.end - off):
            continue
        said_when = _speech_dates(mentions, off, len(doc.text), quotes)
        if not said_when and doc.text.lstrip()[:1] in "“\"'«" and i > 0:
            prev_off, prev_doc = parsed.docs[i - 1]
            said_when = _speech_dates(mentions, prev_off, len(prev_doc.text), quotation_spans(prev_doc.text))[-1:]
        if any(not _covers(d.value, ref) for d in said_when if d.value):
            m.value = None


def _speech_dates(mentions: list[DateMention], off: int, length: int, quotes: list[tuple[int, int]]) -> list[DateMention]:
    """The dated mentions of one paragraph outside its quotations (when the words were said)."""
    return [
        d for d in mentions
        if off <= d.start and d.end <= off + length and d.value and not inside(quotes, d.start - off, d.end - off)
    ]


def _year_anaphora(mentions: list[DateMention], parsed: ParsedArticle, ref: dt.date | None) -> None:
    """'in May 2015 ... By the end of the year': that year, not the publication year: null."""
    if ref is None:
        return
    for k, m in enumerate(mentions):
        if m.value is None or not _YEAR_ANAPHOR.fullmatch(normalise(m.text)):
            continue
        block = parsed.doc_index_at(m.start)
        earlier = [d for d in mentions[:k] if d.value and parsed.doc_index_at(d.start) == block]
        if any(d.value[:4] != m.value[:4] for d in earlier):
            m.value = None
