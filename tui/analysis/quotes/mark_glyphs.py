"""Quotation-mark glyphs and what a mark at a position can be: an apostrophe, an opener, a
closer. Pure text (no spaCy); ``marks`` pairs them into quote spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Mark glyphs by kind. Straight marks carry no direction; curly ones a hint.
DOUBLE = {'"', "“", "”", "„", "«", "»", "‟", "〝", "〞", "＂"}
SINGLE = {"'", "‘", "’", "‚", "‹", "›", "‛"}
OPEN_HINT = {"“", "„", "«", "‘", "‚", "‹", "‟", "‛", "〝"}
CLOSE_HINT = {"”", "»", "’", "›", "〞"}
# Closers each opener may pair with (straight/curly mixes are allowed: real
# articles mix a straight opener with a curly closer).
PAIRS = {
    '"': {'"', "”", "“", "＂"},
    "“": {"”", '"', "“"},
    "„": {"“", "”", '"'},
    "‟": {"”", '"'},
    "«": {"»", '"'},
    "»": {"«"},
    "〝": {"〞", "”"},
    "＂": {"＂", '"'},
    "'": {"'", "’"},
    "‘": {"’", "'", "‘"},
    "‚": {"‘", "’", "'"},
    "‛": {"’", "'"},
    "‹": {"›"},
    "›": {"‹"},
}
ALL_MARKS = DOUBLE | SINGLE
# Characters after which an opening mark may stand (besides whitespace / start).
_BEFORE_OPEN = set("([{—–-/:;,") | OPEN_HINT | {'"', "'"}
# Characters that may follow a closing mark (besides whitespace / end).
_AFTER_CLOSE = set(".,;:!?)]}—–-…/") | CLOSE_HINT | {'"', "'"}
# Word-initial elisions written with an apostrophe ('em, 'til, 'n').
_ELISIONS = re.compile(r"(?:em|til|cause|bout|n|round|tis)\b", re.IGNORECASE)
_YEAR = re.compile(r"\d\d(?:s\b|\b)")
# Two apostrophes typed as a double quotation mark.
_TWO_APOS = re.compile(r"''|’’|‘‘|``")


@dataclass
class MarkSpan:
    """One quote segment: the words between an opening and a closing mark."""

    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark (None: ran to the block end)
    start: int  # the quoted words (marks and edge whitespace excluded)
    end: int
    kind: str  # "double" or "single"
    depth: int = 0  # 0 top level; 1 nested inside another quote
    block: int = 0  # index of the block (paragraph) it lies in
    continued: bool = False  # opens a paragraph that continues the previous one's quote
    continues: bool = False  # left open at its block's end, continued in the next block


def kind_of(ch: str) -> str:
    return "double" if ch in DOUBLE else "single"


def is_apostrophe(text: str, i: int, lo: int, hi: int) -> bool:
    """A single mark used as an apostrophe (don't, '90s, rock 'n' roll)."""
    ch = text[i]
    if ch not in SINGLE or ch in ("‹", "›", "‚"):
        return False
    p = text[i - 1] if i > lo else ""
    n = text[i + 1] if i + 1 < hi else ""
    if p.isalnum() and n.isalpha():
        return True  # don't, it's, O'Brien
    if not p.isalnum() and n.isdigit() and _YEAR.match(text, i + 1):
        return True  # '90s, '18
    if (not p or p.isspace()) and _ELISIONS.match(text, i + 1):
        # 'n' in rock 'n' roll; 'em; but not a quote that starts with "Round..."
        m = _ELISIONS.match(text, i + 1)
        after = text[m.end()] if m.end() < hi else ""
        if after in ("'", "’") or m.group(0).islower():
            return True
    if p in ("n",) and i >= lo + 2 and text[i - 2] in ("'", "’") and (not n or n.isspace()):
        return True  # closing ' of 'n'
    return False


def may_open(text: str, i: int, lo: int, hi: int, ln: int = 1) -> bool:
    """An opening mark is not followed by a space and follows a space or bracket."""
    p = text[i - 1] if i > lo else ""
    n = text[i + ln] if i + ln < hi else ""
    if not n or n.isspace():
        return False
    return not p or p.isspace() or p in _BEFORE_OPEN


def may_close(text: str, i: int, lo: int, hi: int, ln: int = 1) -> bool:
    """A closing mark is not preceded by a space and is followed by a space or punctuation."""
    p = text[i - 1] if i > lo else ""
    n = text[i + ln] if i + ln < hi else ""
    if not p or p.isspace():
        return False
    return not n or n.isspace() or n in _AFTER_CLOSE


def spaced(text: str, i: int, ln: int, lo: int, hi: int) -> bool:
    p = text[i - 1] if i > lo else " "
    n = text[i + ln] if i + ln < hi else " "
    return p.isspace() and n.isspace()


def glued(text: str, i: int, lo: int, hi: int) -> bool:
    return i > lo and i + 1 < hi and text[i - 1].isalnum() and text[i + 1].isalnum()


def marks_in(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(offset, length, glyph) of candidate marks in text[lo:hi]; '' pairs count as one double."""
    out: list[tuple[int, int, str]] = []
    i = lo
    while i < hi:
        ch = text[i]
        if ch in ALL_MARKS or ch == "`":
            m = _TWO_APOS.match(text, i, hi)
            if m:
                glyph = "“" if m.group(0) in ("‘‘", "``") else ('"' if m.group(0) == "''" else "”")
                out.append((i, 2, glyph))
                i += 2
                continue
            if ch != "`" and not is_apostrophe(text, i, lo, hi):
                out.append((i, 1, ch))
        i += 1
    return out


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
