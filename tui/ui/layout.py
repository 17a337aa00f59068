"""Pure text layout for the article view: blocks -> wrapped display lines.

No Textual here, so wrapping and offset lookup are unit-tested on their own.
Every display line knows the ``[start, end)`` character range of
``Article.text`` it shows, which is what lets the view render only the visible
lines and scroll any character offset into view.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Sequence

from rich.cells import cell_len, get_character_cell_size

_WORD = re.compile(r"[^ ]+")

# What a block kind draws before its text: (first line, continuation lines).
# Hanging indents keep wrapped list items and block quotes visibly together.
PREFIXES = {
    "blockquote": ("▌ ", "▌ "),
    "list_item": ("• ", "  "),
    "code": ("  ", "  "),
}


@dataclass(frozen=True)
class Line:
    """One display line: a slice of one block (or a blank separator, ``block == -1``)."""

    block: int
    start: int
    end: int
    kind: str = "blank"
    prefix: str = ""


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text`` into ``[start, end)`` ranges of at most ``width`` cells.

    Newlines are hard breaks; spaces at a break belong to no line; a word wider
    than ``width`` is folded. Always returns at least one range.
    """
    width = max(1, width)
    ranges: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        _wrap_line(raw, pos, width, ranges)
        pos += len(raw) + 1
    return ranges or [(0, 0)]


def _narrow(line: str) -> bool:
    """True when every character of ``line`` is one cell wide (then cells = characters)."""
    return line.isascii() or all(get_character_cell_size(ch) == 1 for ch in set(line))


def _wrap_narrow(line: str, base: int, width: int, out: list[tuple[int, int]]) -> None:
    """``_wrap_line`` for text of one-cell characters: the same breaks, without measuring cells.

    Wrapping is the cost of opening a book-length text (1M characters: ~6,000
    blocks); counting characters instead of cells makes it several times faster.
    """
    start = end = 0
    for m in _WORD.finditer(line):
        ws, we = m.span()
        if end > start and we - start > width:
            out.append((base + start, base + end))
            start = ws
        elif end == start and ws - start >= width:
            start = ws  # indentation wider than the line: dropped
        while we - start > width:  # a word longer than a line is folded
            out.append((base + start, base + start + width))
            start += width
        end = we
    out.append((base + start, base + end))


def _wrap_line(line: str, base: int, width: int, out: list[tuple[int, int]]) -> None:
    if _narrow(line):
        _wrap_narrow(line, base, width, out)
    else:
        _wrap_cells(line, base, width, out)


def _wrap_cells(line: str, base: int, width: int, out: list[tuple[int, int]]) -> None:
    """Greedy wrap of one line measured in terminal cells (wide and zero-width characters)."""
    start = end = used = 0  # current display line [start, end) and its width in cells
    for m in _WORD.finditer(line):
        ws, we = m.span()
        word = cell_len(line[ws:we])
        gap = cell_len(line[end:ws])
        if end > start and used + gap + word > width:
            out.append((base + start, base + end))
            start = end = ws
            used = gap = 0
        elif end == start and used + gap >= width:
            # Indentation wider than the line: drop it rather than fold spaces.
            start = end = ws
            gap = 0
        while used + gap + word > width:
            # Fold a word that cannot fit on a line of its own.
            fit = _fit(line[ws:we], width - used - gap)
            if fit == 0 and end > start:
                out.append((base + start, base + end))
                start = end = ws
                used = gap = 0
                continue
            if fit == 0 and gap:
                # Only indentation before it: drop the indentation, not the width limit.
                start = end = ws
                gap = 0
                continue
            fit = max(fit, 1)  # a character wider than the whole line: show it anyway
            out.append((base + start, base + ws + fit))
            ws += fit
            start = end = ws
            used = gap = 0
            word = cell_len(line[ws:we])
        used += gap + word
        end = we
    out.append((base + start, base + end))


def _fit(word: str, cells: int) -> int:
    """How many characters of ``word`` fit in ``cells`` cells."""
    total = 0
    for idx, ch in enumerate(word):
        total += cell_len(ch)
        if total > cells:
            return idx
    return len(word)


def layout(text: str, blocks: Sequence, width: int, max_lines: int | None = None) -> list[Line]:
    """Display lines for ``blocks`` of ``text`` at ``width`` cells, blank lines between blocks.

    With ``max_lines``, stops after the block that reaches that many lines: the
    start of the layout, which is the same as the start of the whole one.
    """
    lines: list[Line] = []
    previous = None
    for index, block in enumerate(blocks):
        if max_lines is not None and len(lines) >= max_lines:
            break
        # A blank line between blocks, except inside a run of list items (a tight list).
        if lines and not (block.kind == previous == "list_item"):
            lines.append(Line(-1, block.start, block.start))
        previous = block.kind
        first, rest = PREFIXES.get(block.kind, ("", ""))
        inner = max(1, width - max(cell_len(first), cell_len(rest)))
        for n, (s, e) in enumerate(wrap(text[block.start : block.end], inner)):
            lines.append(Line(index, block.start + s, block.start + e, block.kind, first if n == 0 else rest))
    return lines


class LineIndex:
    """Offset -> display line lookup over a layout (binary search on line starts)."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self._rows = [y for y, line in enumerate(lines) if line.block >= 0]
        self._starts = [lines[y].start for y in self._rows]

    def line_of(self, offset: int) -> int:
        """The display line showing character ``offset`` (or the nearest before it)."""
        if not self._rows:
            return 0
        i = bisect_right(self._starts, offset) - 1
        return self._rows[max(0, i)]
