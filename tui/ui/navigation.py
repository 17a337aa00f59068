"""Reader navigation as plain Python: the cursor, focus, jump history and search.

The reader screen owns one :class:`Navigator` and asks it where ``]``, ``s``,
``}``, ``n``... go; the widgets only draw the answer. Nothing here imports
Textual, so every rule is unit-tested without an app.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Sequence

from newsread.analysis.model import Analysis, Quote
from newsread.ui.fit import SEP, Part, join
from newsread.ui.labels import plain_label
from newsread.ui.speech import ALL, DIRECT, MODE_NAMES, Stop, describe_counts, is_reported, kind_words, next_mode, stops

# Kinds of item the cursor can rest on.
QUOTE, ENTITY, SPEAKER, MATCH, DATE = "quote", "entity", "speaker", "match", "date"
# Ranks of the " · " parts of each kind's description (0 is kept longest; see fit.Part):
# a quote's cue, a speaker's "as ..." and an entity's label give way first (a quote's kind is
# shortened, "reported, with quoted words" -> "reported", before its speaker goes).
_DESCRIBE_RANKS = {QUOTE: (0, 2, 1, 4), SPEAKER: (0, 1, 4), ENTITY: (0, 4, 1), DATE: (0, 1, 1), MATCH: (0, 1)}


@dataclass(frozen=True)
class Item:
    """Where the cursor is: a span of the article and what it is (index into its list)."""

    kind: str
    start: int
    end: int
    index: int


@dataclass(frozen=True)
class Focus:
    """The sidebar selection that restricts navigation: an actor id or a date value."""

    kind: str  # "actor" or "date"
    key: str
    label: str


@dataclass(frozen=True)
class Mark:
    """A place in the jump history: the cursor and the scroll position to return to."""

    item: Item | None
    scroll_y: int


class Navigator:
    """Cursor, focus, history and search over one article's Analysis."""

    def __init__(self, text: str, analysis: Analysis | None = None) -> None:
        self.text = text
        self.analysis: Analysis | None = None
        self.cursor: Item | None = None
        self.focus: Focus | None = None
        self.history: list[Mark] = []
        self.query: str = ""
        self.matches: list[tuple[int, int]] = []
        self.note: str = ""  # one-off remark for the status line ("wrapped", "no quotes")
        self.confirms = True  # c confirms a doubtful speaker here; not in a corpus's reader, which never annotates
        self.quotes: list[Quote] = []
        self.speech_mode = ALL  # what ] and [ walk: all speech, or direct quotes only (speech.py)
        self.entities: list = []
        self.dates: list = []
        if analysis is not None:
            self.set_analysis(analysis)

    # -- data ------------------------------------------------------------
    def set_analysis(self, analysis: Analysis) -> None:
        """Take a (new) analysis; items are kept in document order.

        A new analysis (the user's corrections re-applied, another session's edits, the next
        part of a long article) renumbers the items: the cursor and the jump history are
        found again by :meth:`refind`, the one rule for that.
        """
        before = self.quotes
        self.analysis = analysis
        self.note = ""  # an edit or a new analysis is not the step the note was about
        self.quotes = sorted(analysis.quotes, key=lambda q: (q.start, q.end))
        self.entities = sorted(analysis.entities, key=lambda e: (e.start, e.end))
        self.dates = sorted(analysis.dates, key=lambda d: (d.start, d.end))
        self.cursor = self.refind(self.cursor, before, nearest=True)
        # A jump's origin whose item is gone is dropped: backspace goes to the one before.
        marks = [(m, self.refind(m.item, before)) for m in self.history]
        self.history = [Mark(item, m.scroll_y) for m, item in marks if item is not None or m.item is None]
        if self.focus and self.focus.kind == "actor" and analysis.actor(self.focus.key) is None:
            self.focus = None

    def refind(self, item: Item | None, before: Sequence[Quote] = (), *, nearest: bool = False) -> Item | None:
        """``item``, taken before the analysis changed, in the current lists (None: gone).

        Items are matched by kind and span, never by index (an edit renumbers them): a
        quote also by its quoted words (the direct-only stop on a mixed item); a speaker
        mention by its quote's speaker span, else (the speaker was changed) the quote it
        named the speaker of, ``before[item.index]`` in the previous quotes. A vanished
        entity, quote or date becomes, with ``nearest``, the next one of its kind after
        where it was, so ``x`` pressed again rejects the next item. A search match is the
        search's own (:meth:`search` renumbers it).
        """
        if item is None or item.kind == MATCH:
            return item
        if item.kind == SPEAKER:
            found = next((Item(SPEAKER, item.start, item.end, i) for i, q in enumerate(self.quotes)
                          if (q.speaker_start, q.speaker_end) == (item.start, item.end)), None)
            if found is not None or not 0 <= item.index < len(before):
                return found
            owner = before[item.index]
            return self.refind(Item(QUOTE, owner.start, owner.end, item.index))
        pool = {QUOTE: self.quotes, ENTITY: self.entities, DATE: self.dates}[item.kind]
        for i, x in enumerate(pool):
            if (x.start, x.end) == (item.start, item.end):
                return Item(item.kind, x.start, x.end, i)
            if item.kind == QUOTE and {"start": item.start, "end": item.end} in x.quoted:
                return Item(QUOTE, item.start, item.end, i)  # a direct-only stop on quoted words
        if nearest:
            return next((Item(item.kind, x.start, x.end, i) for i, x in enumerate(pool) if x.start >= item.start), None)
        return None

    def find(self, kind: str, start: int, end: int) -> Item | None:
        """The ``kind`` item (ENTITY, QUOTE, DATE) at exactly this span, or None."""
        return self.refind(Item(kind, start, end, -1))

    def follow(self, kind: str, start: int, end: int) -> Item | None:
        """Put the cursor on the item at this span when there is one (the item just edited)."""
        item = self.find(kind, start, end)
        if item is not None:
            self.cursor = item
        return item

    @property
    def ready(self) -> bool:
        return self.analysis is not None

    # -- helpers -----------------------------------------------------------
    def _quote_stops(self) -> list[Stop]:
        """Where ``]``/``[`` go: every item of speech or the quoted words only (the speech
        mode), the focused actor's only while one is focused."""
        if self.focus and self.focus.kind == "actor":
            key = self.focus.key
            return stops(self.quotes, self.speech_mode, lambda q: q.speaker == key)
        return stops(self.quotes, self.speech_mode)

    def _stop_position(self, pool: list[Stop]) -> int | None:
        """The cursor's position among ``pool`` (None when it rests on none of them)."""
        c = self.cursor
        if c is None or c.kind != QUOTE:
            return None
        return next((i for i, s in enumerate(pool) if (s.start, s.end, s.index) == (c.start, c.end, c.index)), None)

    def cycle_speech_mode(self) -> str:
        """The speech key: all speech → direct quotes only → all speech; returns the new mode."""
        self.speech_mode = next_mode(self.speech_mode)
        # Direct quotes only is said by a part of its own as long as it lasts (status_parts).
        self.note = f"] [ walk {MODE_NAMES[ALL]}" if self.speech_mode == ALL else ""
        return self.speech_mode

    def _date_pool(self) -> list[int]:
        """Indexes of the date mentions sharing the focused date's value (or text)."""
        if not (self.focus and self.focus.kind == "date"):
            return []
        return [i for i, d in enumerate(self.dates) if (d.value or d.text) == self.focus.key]

    def _step(self, spans: list[tuple[int, int]], current: int | None, origin: int, direction: int) -> int | None:
        """Next/previous position in ``spans`` (document order), wrapping around.

        ``current`` is the position of the cursor in ``spans`` when it rests on
        one of them; otherwise the step starts from character ``origin``.
        """
        self.note = ""
        if not spans:
            return None
        if current is not None:
            nxt = current + direction
        elif direction > 0:
            nxt = bisect_right([s for s, _ in spans], origin)
        else:
            nxt = bisect_left([s for s, _ in spans], origin) - 1
        if nxt >= len(spans) or nxt < 0:
            nxt %= len(spans)
            # "wrapped" only when the step passed the end of several items; with one,
            # it would say the cursor moved when it stayed (or arrived) on the only one.
            if len(spans) > 1:
                self.note = "wrapped"
        if len(spans) == 1 and current == nxt:
            self.note = "the only one"
        return nxt

    def _origin(self, origin: int | None) -> int:
        if origin is not None:
            return origin
        return self.cursor.start if self.cursor else -1

    def _current(self, kind: str, pool: list[int] | None, origin: int | None) -> int | None:
        """The cursor's position in ``pool`` (indexes of ``kind`` items), None to step from ``origin``.

        An explicit ``origin`` (the screen passes the top of the view when the
        cursor has been scrolled out of sight) wins over the cursor: after ``g``,
        ``]`` goes to the first quote below the top, not to the one after the
        cursor somewhere off screen.
        """
        if origin is not None or not self._on(kind):
            return None
        if pool is None:
            return self.cursor.index
        return pool.index(self.cursor.index) if self.cursor.index in pool else None

    def _jump(self, item: Item, scroll_y: int) -> Item:
        if item != self.cursor:
            self.history.append(Mark(self.cursor, scroll_y))
            del self.history[:-200]  # bounded: a long session must not grow without limit
        self.cursor = item
        return item

    # -- moves -------------------------------------------------------------
    def step_quote(self, direction: int, scroll_y: int = 0, origin: int | None = None) -> Item | None:
        """``]`` (+1) / ``[`` (-1): the next quote, the focused actor's or date's only."""
        if self.focus and self.focus.kind == "date":
            return self._step_dates(direction, scroll_y, origin)
        pool = self._quote_stops()
        current = None if origin is not None else self._stop_position(pool)
        pos = self._step([(s.start, s.end) for s in pool], current, self._origin(origin), direction)
        if pos is None:
            self.note = self._empty_note("quotes")
            return None
        stop = pool[pos]
        return self._jump(Item(QUOTE, stop.start, stop.end, stop.index), scroll_y)

    def _step_dates(self, direction: int, scroll_y: int, origin: int | None) -> Item | None:
        pool = self._date_pool()
        spans = [(self.dates[i].start, self.dates[i].end) for i in pool]
        pos = self._step(spans, self._current(DATE, pool, origin), self._origin(origin), direction)
        if pos is None:
            self.note = "no mentions of this date"
            return None
        d = self.dates[pool[pos]]
        return self._jump(Item(DATE, d.start, d.end, pool[pos]), scroll_y)

    def step_entity(self, direction: int, scroll_y: int = 0, origin: int | None = None) -> Item | None:
        """``}`` / ``{``: the next entity mention in document order."""
        spans = [(e.start, e.end) for e in self.entities]
        pos = self._step(spans, self._current(ENTITY, None, origin), self._origin(origin), direction)
        if pos is None:
            self.note = self._empty_note("entities")
            return None
        e = self.entities[pos]
        return self._jump(Item(ENTITY, e.start, e.end, pos), scroll_y)

    def to_speaker(self, scroll_y: int = 0) -> Item | None:
        """``s``: the mention naming the current quote's speaker."""
        quote = self.current_quote()
        self.note = ""
        if quote is None:
            self.note = "not on a quote"
            return None
        if quote.speaker_start is None or quote.speaker_end is None:
            self.note = "this quote has no speaker mention"
            return None
        index = self.cursor.index
        return self._jump(Item(SPEAKER, quote.speaker_start, quote.speaker_end, index), scroll_y)

    def back(self) -> Mark | None:
        """``backspace``: return to where the last jump came from."""
        self.note = ""
        if not self.history:
            self.note = "no earlier position"
            return None
        mark = self.history.pop()
        self.cursor = mark.item
        return mark

    def select(self, item: Item, scroll_y: int = 0) -> Item:
        """Put the cursor on ``item`` (a click, a palette command), remembering where it was."""
        self.note = ""
        return self._jump(item, scroll_y)

    def item_at(self, offset: int) -> Item | None:
        """The entity at character ``offset``, else the quote containing it."""
        for i, e in enumerate(self.entities):
            if e.start <= offset < e.end:
                return Item(ENTITY, e.start, e.end, i)
        # The innermost stop of the speech mode: a quote told inside a longer report is its own item.
        inside = [s for s in stops(self.quotes, self.speech_mode) if s.start <= offset < s.end]
        if inside:
            stop = min(inside, key=lambda s: s.end - s.start)
            return Item(QUOTE, stop.start, stop.end, stop.index)
        return None

    def to_date(self, index: int, scroll_y: int = 0) -> Item:
        """Put the cursor on date mention ``index`` (document order)."""
        self.note = ""
        d = self.dates[index]
        return self._jump(Item(DATE, d.start, d.end, index), scroll_y)

    def to_actor(self, actor_id: str, scroll_y: int = 0) -> Item | None:
        """Put the cursor on the first mention of ``actor_id``."""
        self.note = ""
        for i, e in enumerate(self.entities):
            if e.actor == actor_id:
                return self._jump(Item(ENTITY, e.start, e.end, i), scroll_y)
        return None

    # -- focus -------------------------------------------------------------
    def focus_actor(self, actor_id: str) -> Focus | None:
        self.note = ""
        actor = self.analysis.actor(actor_id) if self.analysis else None
        if actor is None:
            return None
        self.focus = Focus("actor", actor.id, actor.name)
        return self.focus

    def focus_date(self, index: int) -> Focus:
        self.note = ""
        d = self.dates[index]
        key = d.value or d.text
        self.focus = Focus("date", key, d.value or d.text)
        return self.focus

    def clear_focus(self) -> bool:
        self.note = ""  # a note ("wrapped") is about the last step, never true after another action
        had = self.focus is not None
        self.focus = None
        return had

    # -- search ------------------------------------------------------------
    def search(self, query: str) -> int:
        """Case-insensitive plain-text search (never a regex: the query is data).

        Positions on the previous search's matches are renumbered into the new
        ones, or dropped: a cursor left on match 3 of an old search showed
        ``Match 3/0`` after a search that found nothing.
        """
        self.query = query
        self.note = ""
        self.matches = []
        if query:
            hay, needle = self.text.casefold(), query.casefold()
            # casefold can change lengths (ß -> ss); search on lower() when it does.
            if len(hay) != len(self.text) or len(needle) != len(query):
                hay, needle = self.text.lower(), query.lower()
            i = hay.find(needle)
            while i >= 0 and len(hay) == len(self.text):
                self.matches.append((i, i + len(needle)))
                i = hay.find(needle, i + max(1, len(needle)))
        self.cursor = self._same_match(self.cursor)
        self.history = [Mark(self._same_match(m.item), m.scroll_y) for m in self.history]
        return len(self.matches)

    def _same_match(self, item: Item | None) -> Item | None:
        """A MATCH item renumbered into the current matches; None when its span is no longer one."""
        if item is None or item.kind != MATCH:
            return item
        try:
            return Item(MATCH, item.start, item.end, self.matches.index((item.start, item.end)))
        except ValueError:
            return None

    def step_match(self, direction: int, scroll_y: int = 0, origin: int | None = None) -> Item | None:
        """``n`` / ``N``: the next / previous search match."""
        pos = self._step(self.matches, self._current(MATCH, None, origin), self._origin(origin), direction)
        if pos is None:
            self.note = f"no match for {self.query!r}" if self.query else "no search: press /"
            return None
        s, e = self.matches[pos]
        return self._jump(Item(MATCH, s, e, pos), scroll_y)

    # -- queries -----------------------------------------------------------
    def _on(self, kind: str) -> bool:
        return self.cursor is not None and self.cursor.kind == kind

    def _empty_note(self, what: str) -> str:
        if not self.ready:
            return "analysis not ready yet"
        if what == "quotes":
            what = "direct quotes" if self.speech_mode == DIRECT else "quotes"
            if self.focus and self.focus.kind == "actor":
                return f"no {what} by {self.focus.label}"
        return f"no {what} found"

    def current_quote(self) -> Quote | None:
        """The quote under the cursor (on the quote itself or on its speaker mention)."""
        if self.cursor and self.cursor.kind in (QUOTE, SPEAKER):
            return self.quotes[self.cursor.index]
        return None

    def focus_spans(self) -> list[tuple[int, int]]:
        """Spans to highlight for the current focus: the actor's mentions or the date's."""
        if self.focus is None:
            return []
        if self.focus.kind == "actor":
            return [(e.start, e.end) for e in self.entities if e.actor == self.focus.key]
        return [(self.dates[i].start, self.dates[i].end) for i in self._date_pool()]

    def status(self) -> str:
        """The status line text naming the current item (and the focus)."""
        return join(self.status_parts())

    def status_parts(self) -> list[Part]:
        """:meth:`status` as parts the status line drops or shortens by rank to fit its width.

        The item's position is kept longest, then who or what it is, the one-off
        note, the focus (shortened before it goes), the cue or label last.
        """
        kind = self.cursor.kind if self.cursor else None
        ranks = _DESCRIBE_RANKS.get(kind, ())
        # The first part ("Quote 3/17", "No item selected: ...") is never left out.
        parts = [Part.of(text, ranks[i] if i < len(ranks) else int(i > 0) * 4)
                 for i, text in enumerate(self._describe().split(SEP))]
        if kind == QUOTE and len(parts) > 1:  # the kind, with its shorter words
            words = kind_words(self.quotes[self.cursor.index], self.cursor.start, self.cursor.end)
            parts[1] = Part.of(words[0], parts[1].rank, *words[1:], droppable=False)  # never left out
        if self.speech_mode == DIRECT:  # shortened, never left out: ] [ skip reported speech
            parts.append(Part.of(MODE_NAMES[DIRECT], 3, "direct only", droppable=False))
        if self.focus:
            if self.focus.kind == "actor":
                label, count = self.focus.label, self._focus_counts()
                parts.append(Part.of(f"focus: {label} ({count}, esc clears)", 3, f"focus: {label} ({count})",
                                     f"focus: {label}"))
            else:
                parts.append(Part.of(f"focus: date {self.focus.label} (esc clears)", 3, f"focus: date {self.focus.label}"))
        if self.note:
            parts.append(Part.of(self.note, 2))
        return parts

    def _focus_counts(self) -> str:
        """The focused actor's speech: "2 quotes, 1 reported" (direct quotes only: "4 quotes")."""
        if self.speech_mode == DIRECT:
            n = len(self._quote_stops())
            return f"{n} quote{'s' if n != 1 else ''}"
        mine = [q for q in self.quotes if q.speaker == self.focus.key]
        reported = sum(1 for q in mine if is_reported(q))
        return describe_counts(len(mine) - reported, reported)

    def _describe(self) -> str:
        c = self.cursor
        if c is None:
            return "No item selected: ] next quote, } next entity, ? help"
        if c.kind == QUOTE:
            q = self.quotes[c.index]
            pool = self._quote_stops()
            pos = self._stop_position(pool)
            # A quote outside the stops (clicked, or left by a mode change) is numbered among all.
            where = f"{pos + 1}/{len(pool)}" if pos is not None else f"{c.index + 1}/{len(self.quotes)}"
            kind = kind_words(q, c.start, c.end)[0]
            return f"Quote {where} · {kind} · {_speaker(q, self.confirms)} · {q.cue or 'no cue'}"
        if c.kind == SPEAKER:
            q = self.quotes[c.index]
            mention = self.text[c.start : c.end]
            name = q.speaker_name or mention
            said = "" if mention == name else f" · as “{mention}”"
            return f"Speaker of quote {c.index + 1}/{len(self.quotes)} · {name}{said}"
        if c.kind == ENTITY:
            e = self.entities[c.index]
            actor = self.analysis.actor(e.actor) if self.analysis else None
            return f"Entity {c.index + 1}/{len(self.entities)} · {plain_label(e.label)} · {actor.name if actor else e.text}"
        if c.kind == DATE:
            d = self.dates[c.index]
            return f"Date {c.index + 1}/{len(self.dates)} · {d.text} · {d.value or 'unresolved'}"
        return f"Match {c.index + 1}/{len(self.matches)} · “{self.query}”"


def _speaker(q: Quote, confirms: bool) -> str:
    """The quote's speaker for the status line, with the doubt the analysis has about it (and the
    key that settles it, where ``c`` confirms)."""
    if not q.speaker_name:
        return "unattributed"
    if q.doubtful:
        return f"{q.speaker_name} (doubtful speaker{': c confirms' if confirms else ''})"
    return f"{q.speaker_name} (confirmed)" if q.speaker_confirmed else q.speaker_name
