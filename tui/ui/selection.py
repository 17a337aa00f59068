"""Keyboard span selection over the article text, word by word (pure, no Textual).

``v`` starts a selection on the word at the cursor; word motions move its
*head* while the *anchor* stays put (as in vi's visual mode), so the span can
grow in either direction from where it started, and ``o`` swaps the two ends
to grow the other side. The selected span always runs from the start of its
first word to the end of its last word: the quotation marks or the comma
around a quote's words are left out by construction, which is what a quote's
or an entity's span should cover (see DESIGN.md, Analysis JSON).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

# A word: letters/digits, with inner apostrophes, hyphens, dots or ampersands
# ("Erdogan’s", "ground-to-air", "U.S", "AT&T"). Punctuation on its own is never a word.
WORD = re.compile(r"\w+(?:['’.\-&]\w+)*")


class Words:
    """The word spans of a text, in order, with offset lookups by binary search."""

    def __init__(self, text: str) -> None:
        self.spans: list[tuple[int, int]] = [m.span() for m in WORD.finditer(text)]
        self._starts = [s for s, _ in self.spans]
        self._ends = [e for _, e in self.spans]

    def __len__(self) -> int:
        return len(self.spans)

    def at(self, offset: int) -> int | None:
        """Index of the word containing ``offset``, else the next word, else the last one."""
        if not self.spans:
            return None
        i = bisect_right(self._ends, offset)  # first word ending after offset
        if i < len(self.spans):
            return i
        return len(self.spans) - 1

    def within(self, start: int, end: int) -> tuple[int, int] | None:
        """First and last word indexes inside ``[start, end)`` (None if it holds no word)."""
        first = bisect_left(self._starts, start)
        last = bisect_right(self._ends, end) - 1
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
