"""Keyboard span selection over the article text (pure, no Textual).

:class:`WordSelection` is the selection of one article as the reader owns it (``v``, its
motions, a mouse drag); the functions below are its rules.

``v`` starts a selection on the word at the cursor; motions move its *head*
while the *anchor* stays put (as in vi's visual mode), so the span can grow in
either direction from where it started, and ``o`` swaps the two ends to grow
the other side. The head moves by a word, to the end (start) of a sentence or
a paragraph, or to the word before the next quotation mark: a 40-word answer
is two or three keys, not forty. The selected span always runs from the start
of its first word to the end of its last word: the quotation marks or the
comma around a quote's words are left out by construction, which is what a
quote's or an entity's span should cover (see DESIGN.md, Analysis JSON).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Sequence

from newsread.article.model import Article

# A word: letters/digits, with inner apostrophes, hyphens, dots or ampersands
# ("Erdogan’s", "ground-to-air", "U.S", "AT&T"). Punctuation on its own is never a word.
WORD = re.compile(r"\w+(?:['’.\-&]\w+)*")
# Where a sentence may end: its closing punctuation, then any closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*")
# What follows an end: spaces, any opening quotes or brackets, then the next sentence's first character.
_NEXT_START = re.compile(r"\s+[\"'“‘«(\[]*(\S)")
# Words a full stop follows without ending a sentence ("Mr. Putin", "Gen. Smith", "Sept. 17").
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st sen rep gov gen lt col capt sgt maj adm rev jr sr mt ft no nos vs etc inc corp co ltd"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


class Words:
    """The word spans of a text, in order, with offset lookups by binary search."""

    def __init__(self, text: str) -> None:
        self.spans: list[tuple[int, int]] = [m.span() for m in WORD.finditer(text)]
        self.starts = [s for s, _ in self.spans]  # each word's first character, in order
        self.ends = [e for _, e in self.spans]  # each word's end

    def __len__(self) -> int:
        return len(self.spans)

    def at(self, offset: int) -> int | None:
        """Index of the word containing ``offset``, else the next word, else the last one."""
        if not self.spans:
            return None
        i = bisect_right(self.ends, offset)  # first word ending after offset
        if i < len(self.spans):
            return i
        return len(self.spans) - 1

    def before(self, offset: int) -> int | None:
        """Index of the word containing ``offset``, else the previous word, else the first one."""
        if not self.spans:
            return None
        i = bisect_right(self.starts, offset) - 1  # last word starting at or before offset
        return max(i, 0)

    def within(self, start: int, end: int) -> tuple[int, int] | None:
        """First and last word indexes inside ``[start, end)`` (None if it holds no word)."""
        first = bisect_left(self.starts, start)
        last = bisect_right(self.ends, end) - 1
        if first >= len(self.spans) or last < first:
            return None
        return first, last


@dataclass(frozen=True)
class Selection:
    """A run of words: ``anchor`` stays where ``v`` was pressed, ``head`` moves."""

    anchor: int
    head: int

    @property
    def first(self) -> int:
        return min(self.anchor, self.head)

    @property
    def last(self) -> int:
        return max(self.anchor, self.head)

    def span(self, words: Words) -> tuple[int, int]:
        """``[start, end)`` character offsets covered by the selected words."""
        return words.spans[self.first][0], words.spans[self.last][1]

    def count(self) -> int:
        return self.last - self.first + 1


def start_selection(words: Words, offset: int) -> Selection | None:
    """A one-word selection on the word at (or after) ``offset``; None for a text without words."""
    i = words.at(max(0, offset))
    return None if i is None else Selection(i, i)


def select_span(words: Words, start: int, end: int) -> Selection | None:
    """The words inside ``[start, end)`` (a note's span, an item), head at the end."""
    found = words.within(start, end)
    return None if found is None else Selection(found[0], found[1])


def extend(selection: Selection, words: Words, direction: int) -> Selection:
    """Move the head one word forward (+1) or back (-1), stopping at the text's ends."""
    head = min(max(selection.head + direction, 0), len(words) - 1)
    return Selection(selection.anchor, head)


def swap(selection: Selection) -> Selection:
    """Exchange anchor and head, so the motions grow the other end."""
    return Selection(selection.head, selection.anchor)


def select_drag(words: Words, start: int, end: int) -> Selection | None:
    """The words a mouse drag from character ``start`` to ``end`` covers (either direction).

    The end a drag stops on counts only if the pointer reached it: a pointer left on
    the space after a word selects up to that word, not the next one.
    """
    if not words.spans:
        return None
    if end >= start:
        return Selection(words.at(start), max(words.at(start), words.before(end)))
    return Selection(words.before(start), min(words.before(start), words.at(end)))


def sentence_ends(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[int]:
    """Offsets just after each sentence's end, paragraph ends included, in order.

    A sentence ends at ``.`` ``!`` ``?`` (closing quotes and brackets kept with it)
    before a capital, a digit or an opening mark; a full stop after a title or a
    month ("Mr.", "Sept."), or after a single capital (initials, "U.S."), does not end one.
    """
    ends = {end for _start, end in paragraphs}
    for m in _SENTENCE_END.finditer(text):
        following = _NEXT_START.match(text, m.end())
        if following is None or not (following.group(1).isupper() or following.group(1).isdigit()):
            continue
        if m.group().startswith(".") and _abbreviation_before(text, m.start()):
            continue
        ends.add(m.end())
    return sorted(ends)


def _abbreviation_before(text: str, dot: int) -> bool:
    word = re.search(r"(\w+)$", text[max(0, dot - 12):dot])
    if word is None:
        return False
    w = word.group(1)
    return w.casefold() in _ABBREVIATIONS or (len(w) == 1 and w.isupper())


def extend_to_end(selection: Selection, words: Words, ends: Sequence[int], direction: int) -> Selection:
    """Move the head to the last word of the next unit (+1) or the first word of this one (-1).

    ``ends`` are the offsets where units end (``sentence_ends``, paragraph ends). Forward,
    the head goes to the last word of the unit holding the word after it, so a head
    already at a unit's end takes in the whole next unit; backward, to the first word
    of the unit holding the word before it.
    """
    if not words.spans:
        return selection
    if direction > 0:
        i = min(selection.head + 1, len(words) - 1)
        k = bisect_left(ends, words.spans[i][1])  # the unit word i lies in
        head = len(words) - 1 if k >= len(ends) else bisect_right(words.ends, ends[k]) - 1
        return Selection(selection.anchor, max(head, i))
    i = max(selection.head - 1, 0)
    k = bisect_left(ends, words.spans[i][1])
    head = 0 if k == 0 else bisect_left(words.starts, ends[k - 1])
    return Selection(selection.anchor, min(head, i))


def extend_to_mark(selection: Selection, words: Words, marks: Sequence[int]) -> Selection:
    """Move the head to the last word before the next quotation mark after it.

    ``marks`` are the offsets of the article's quotation marks (apostrophes are not
    marks). A head already just before a mark goes on to the next one; with no mark
    further on the head stays.
    """
    if not words.spans or selection.head + 1 >= len(words):
        return selection
    after = words.spans[selection.head + 1][0]  # skip the mark right after the head
    k = bisect_left(marks, after)
    if k >= len(marks):
        return selection
    head = bisect_right(words.ends, marks[k]) - 1
    return Selection(selection.anchor, max(head, selection.head))


def quotation_marks(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[int]:
    """Offsets of the quotation marks the analysis pairs (apostrophes left out), in order."""
    from newsread.analysis.quotes.marks import find_mark_spans

    marks: set[int] = set()
    for span in find_mark_spans(text, list(paragraphs)):
        marks.add(span.open)
        if span.close is not None:
            marks.add(span.close)
    return sorted(marks)


class WordSelection:
    """The words being selected in one article, and the motions that move its ends."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.current: Selection | None = None
        self._words: Words | None = None
        self._ends: dict[str, list[int]] = {}  # sentence and paragraph ends, quotation marks (on first use)

    @property
    def words(self) -> Words:
        if self._words is None:
            self._words = Words(self.article.text)
        return self._words

    @property
    def active(self) -> bool:
        return self.current is not None

    def span(self) -> tuple[int, int] | None:
        """The selected characters, None when nothing is selected."""
        return None if self.current is None else self.current.span(self.words)

    def count(self) -> int:
        """How many words are selected."""
        return 0 if self.current is None else self.current.count()

    def head_span(self) -> tuple[int, int] | None:
        """The word at the moving end (the reader keeps it in view)."""
        return None if self.current is None else self.words.spans[self.current.head]

    def marks(self) -> list[tuple[int, int, str]]:
        span = self.span()
        return [(span[0], span[1], "selection")] if span else []

    def _units(self, kind: str) -> list[int]:
        """Where ``kind`` (sentence, paragraph, mark) units end in the text: worked out on first use."""
        if kind not in self._ends:
            text, paragraphs = self.article.text, [(b.start, b.end) for b in self.article.blocks]
            if kind == "sentence":
                self._ends[kind] = sentence_ends(text, paragraphs)
            elif kind == "paragraph":
                self._ends[kind] = sorted({end for _start, end in paragraphs})
            else:
                self._ends[kind] = quotation_marks(text, paragraphs)
        return self._ends[kind]

    # -- motions: each returns the selection it makes (the reader sets it as current) --
    def start(self, offset: int) -> Selection | None:
        return start_selection(self.words, offset)

    def extend(self, direction: int) -> Selection | None:
        return extend(self.current, self.words, direction)

    def swap(self) -> Selection | None:
        return swap(self.current)

    def to_end(self, kind: str, direction: int) -> Selection | None:
        """To the end (+1) or start (-1) of the sentence or paragraph; again: the next one."""
        if self.current is None:  # (the palette may call an action the bindings hide)
            return None
        return extend_to_end(self.current, self.words, self._units(kind), direction)

    def to_mark(self) -> Selection | None:
        if self.current is None:
            return None
        return extend_to_mark(self.current, self.words, self._units("mark"))

    def dragged(self, start: int, end: int) -> Selection | None:
        """The words a mouse drag from ``start`` to ``end`` covers (None: no word)."""
        return select_drag(self.words, start, end)

    def covering(self, start: int, end: int) -> Selection | None:
        """The words of a span (a note's), selected."""
        return select_span(self.words, start, end)
