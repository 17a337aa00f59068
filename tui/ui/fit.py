"""One-line texts that fit their cells: parts dropped by priority, words never cut, paths cut in the middle.

The status line names the current item, the focus and a one-off note; at 120
columns the whole of it did not always fit and the label cut it mid-word
("focus: Abdullah Ibrahim (2 quotes, esc"). Here a line is a list of
:class:`Part` in display order, each with shorter variants, and the least
important part gives way first. Pure functions: no Textual.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from rich.cells import cell_len

SEP = " · "
ELLIPSIS = "…"


@dataclass(frozen=True)
class Part:
    """One piece of a line: its variants, longest first ("" last = may be left out); rank 0 goes last."""

    variants: tuple[str, ...]
    rank: int = 0

    @classmethod
    def of(cls, text: str, rank: int = 0, *shorter: str, droppable: bool = True) -> "Part":
        return cls((text, *shorter, *([""] if droppable and rank > 0 else [])), rank)


def join(parts: Sequence[Part]) -> str:
    """The whole line (every part at its longest)."""
    return SEP.join(p.variants[0] for p in parts if p.variants[0])


def fit(parts: Sequence[Part], width: int) -> str:
    """The line in at most ``width`` cells: shorter variants of the least important parts first.

    When even the most important part alone is too long, it is cut after its
    last whole word that fits, with an ellipsis.
    """
    choice = [0] * len(parts)

    def render() -> str:
        return SEP.join(v for p, c in zip(parts, choice) if (v := p.variants[c]))

    text = render()
    while cell_len(text) > width:
        shorter = [i for i, p in enumerate(parts) if choice[i] < len(p.variants) - 1]
        if not shorter:
            return cut_words(text, width)
        # The highest rank gives way first; of equal ranks, the rightmost.
        i = max(shorter, key=lambda i: (parts[i].rank, i))
        choice[i] += 1
        text = render()
    return text


def cut_words(text: str, width: int) -> str:
    """``text`` cut after the last whole word that fits with an ellipsis (a single long word is cut)."""
    if cell_len(text) <= width:
        return text
    if width <= 1:
        return ELLIPSIS[:width]
    words = text.split(" ")
    kept = ""
    for word in words:
        candidate = f"{kept} {word}" if kept else word
        if cell_len(candidate) + 1 > width:
            break
        kept = candidate
    if not kept:  # one word longer than the line: its start is better than nothing
        kept = _cells(text, width - 1)
    return kept.rstrip(" ·") + ELLIPSIS


def middle_ellipsis(path: str, width: int) -> str:
    """A path in ``width`` cells, cut in the middle so that its start and its file name stay."""
    if cell_len(path) <= width:
        return path
    if width <= 1:
        return ELLIPSIS[:width]
    tail_room = (width - 1) * 2 // 3  # the file name tells more than the folders above it
    tail = _cells(path[::-1], tail_room)[::-1]
    head = _cells(path, width - 1 - cell_len(tail))
    return head + ELLIPSIS + tail


def _cells(text: str, width: int) -> str:
    """The longest prefix of ``text`` in at most ``width`` cells."""
    out, used = [], 0
    for ch in text:
        used += cell_len(ch)
        if used > width:
            break
        out.append(ch)
    return "".join(out)
