"""Kinds of speech as the reader shows them (pure, no Textual).

Every attribution of speech is one item of ``Analysis.quotes`` with a ``kind``:
``direct`` (the words in quotation marks), ``mixed`` (reported speech holding
quoted words, listed in ``quoted``) or ``indirect`` (reported, no marks). The
reader calls mixed and indirect items *reported* speech.

``]``/``[`` walk *stops*: in the mode ``all`` every item; in the mode
``direct`` the words in quotation marks only: the direct items and the quoted
parts of mixed ones (the reader's quotes before reported speech existed). A
stop on a quoted part belongs to its mixed item (``s``, ``a``, ``x`` act on it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from newsread.analysis.model import Quote

# Speech modes, in the order the mode key cycles them.
ALL, DIRECT = "all", "direct"
MODES = (ALL, DIRECT)
MODE_NAMES = {ALL: "all speech", DIRECT: "direct quotes only"}

REPORTED_KINDS = ("mixed", "indirect")

# The kind in words, longest first: the status line shortens it when the line is full.
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "direct": ("direct",),
    "mixed": ("reported, with quoted words", "reported"),
    "indirect": ("reported",),
}
# A direct-only stop on the quoted words of a mixed item.
QUOTED_PART_WORDS = ("quoted words in reported speech", "quoted words")


@dataclass(frozen=True)
class Stop:
    """A place ``]``/``[`` can put the cursor: a span and the index of its item in the quote list."""

    start: int
    end: int
    index: int


def is_reported(quote: Quote) -> bool:
    """Mixed and indirect items: what someone said, told in the writer's words."""
    return quote.kind in REPORTED_KINDS


def next_mode(mode: str) -> str:
    """The mode after ``mode`` (the key cycles all speech → direct only → all speech)."""
    return MODES[(MODES.index(mode) + 1) % len(MODES)] if mode in MODES else ALL


def stops(quotes: Sequence[Quote], mode: str, keep: Callable[[Quote], bool] | None = None) -> list[Stop]:
    """The stops of ``mode`` in text order; ``keep`` restricts the items (the focused actor's)."""
    out: list[Stop] = []
    for i, q in enumerate(quotes):
        if keep is not None and not keep(q):
            continue
        if mode != DIRECT or q.kind == "direct":
            out.append(Stop(q.start, q.end, i))
        elif q.kind == "mixed":
            out += [Stop(p["start"], p["end"], i) for p in q.quoted]
    return sorted(out, key=lambda s: (s.start, s.end, s.index))


def kind_words(quote: Quote, start: int, end: int) -> tuple[str, ...]:
    """The kind of the stop ``[start, end)`` of ``quote`` in words (longest first)."""
    if quote.kind == "mixed" and (start, end) != (quote.start, quote.end):
        return QUOTED_PART_WORDS
    return KIND_WORDS.get(quote.kind, (quote.kind,))


def speech_counts(quotes: Iterable[Quote]) -> dict[str | None, tuple[int, int]]:
    """Per speaker id: (direct items, reported items), as the sidebar shows them ("4q 3r")."""
    counts: dict[str | None, tuple[int, int]] = {}
    for q in quotes:
        direct, reported = counts.get(q.speaker, (0, 0))
        counts[q.speaker] = (direct, reported + 1) if is_reported(q) else (direct + 1, reported)
    return counts


def describe_counts(direct: int, reported: int) -> str:
    """ "2 quotes, 1 reported" (the focus part of the status line)."""
    quotes = f"{direct} quote{'' if direct == 1 else 's'}"
    return f"{quotes}, {reported} reported" if reported else quotes
