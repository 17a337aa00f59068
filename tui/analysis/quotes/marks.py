"""Quotation marks: tell marks from apostrophes and pair them into quote spans.

Pure text processing (no spaCy); the glyphs and what one mark can be (apostrophe,
opener, closer) are in ``mark_glyphs``. Pairing runs block by block over the article
text; a quote still open at the end of a block continues into the next block
when that block opens with a mark (the newspaper convention for quotes that run
over several paragraphs). Unbalanced or stray marks never fail: what can be
paired is paired, the rest is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsread.analysis.quotes.mark_glyphs import (
    ALL_MARKS,
    CLOSE_HINT,
    DOUBLE,
    OPEN_HINT,
    PAIRS,
    MarkSpan,
    glued,
    is_apostrophe,
    kind_of,
    marks_in,
    may_close,
    may_open,
    spaced,
    trim,
)

# For each mark, the opening glyphs it may close (PAIRS read the other way).
_OPENERS_OF: dict[str, tuple[str, ...]] = {
    g: tuple(opener for opener, closers in PAIRS.items() if g in closers) for g in ALL_MARKS
}


class _OpenMarks:
    """The stack of open marks, indexed by glyph.

    Finding the mark a closer pairs with used to walk the stack from the top, and
    stray openers pile up on it: 8,000 of them and 8,000 closers took 36 s. Each
    glyph's stack positions (and the doubles' positions) are kept on the side, so
    the nearest opener a mark may close is found in constant time.
    """

    def __init__(self) -> None:
        self.items: list[tuple[int, int, str]] = []  # (offset, length, glyph)
        self._by_glyph: dict[str, list[int]] = {}
        self._doubles: list[int] = []

    def push(self, item: tuple[int, int, str]) -> None:
        index = len(self.items)
        self.items.append(item)
        self._by_glyph.setdefault(item[2], []).append(index)
        if item[2] in DOUBLE:
            self._doubles.append(index)

    def truncate(self, size: int) -> None:
        """Drop every open mark from stack position ``size`` up."""
        del self.items[size:]
        for positions in (*self._by_glyph.values(), self._doubles):
            while positions and positions[-1] >= size:
                positions.pop()

    def target(self, glyph: str, kind: str) -> int | None:
        """Stack position of the nearest open mark ``glyph`` may close; a single mark
        never closes across an open double quote."""
        best = max((self._by_glyph[o][-1] for o in _OPENERS_OF[glyph] if self._by_glyph.get(o)), default=-1)
        if kind == "single" and self._doubles and self._doubles[-1] > best:
            return None
        return best if best >= 0 else None


@dataclass
class _BlockMarks:
    """The candidate marks of one block with what each could do, computed once.

    ``double_closer_after[k]``: a later double mark can close. ``single_closes_next[k]``:
    the first later single mark that can close or open can close (it is a closer
    before any new opener). Both used to be a scan of the rest of the block per mark.
    """

    marks: list[tuple[int, int, str]]
    can_open: list[bool]
    can_close: list[bool]
    double_closer_after: list[bool]
    single_closes_next: list[bool]


def _block_marks(text: str, lo: int, hi: int) -> _BlockMarks:
    marks = marks_in(text, lo, hi)
    can_open = [may_open(text, pos, lo, hi, ln) for pos, ln, _ in marks]
    can_close = [may_close(text, pos, lo, hi, ln) for pos, ln, _ in marks]
    double_after = [False] * len(marks)
    single_next = [False] * len(marks)
    seen_double = verdict = False
    for k in range(len(marks) - 1, -1, -1):
        double_after[k], single_next[k] = seen_double, verdict
        if marks[k][2] in DOUBLE:
            seen_double = seen_double or can_close[k]
        elif can_close[k] or can_open[k]:
            verdict = can_close[k]
    return _BlockMarks(marks, can_open, can_close, double_after, single_next)


def pair_block(text: str, lo: int, hi: int, block: int = 0) -> tuple[list[MarkSpan], tuple[int, str] | None]:
    """Pair the marks of one block. Returns the spans and the outermost opener left open.

    One pass over the marks, constant work per mark (see :class:`_OpenMarks`).
    """
    found = _block_marks(text, lo, hi)
    opened = _OpenMarks()
    spans: list[MarkSpan] = []
    continued: set[int] = set()  # openers that continue a quote from the line before
    for k, (pos, ln, g) in enumerate(found.marks):
        kind = kind_of(g)
        target, can_open, can_close = _what_mark_can_do(text, lo, hi, found, k, opened)
        closes = _closes(text, pos, g, target, can_open, can_close, opened, found.single_closes_next[k])
        if closes is None:
            continue  # an apostrophe
        if not closes and can_open and opened.items and kind_of(opened.items[0][2]) == kind:
            _continue_on_next_line(text, lo, pos, block, opened, spans, continued)
        if closes:
            _close(text, lo, pos, target, block, opened, spans, continued)
        elif can_open and not (g in CLOSE_HINT and can_close):
            opened.push((pos, ln, g))
        # anything else is a stray mark: skipped
    stack = opened.items
    if stack and stack[0][0] in continued:
        # the last line-paragraph of a quote, never closed: it runs to the block end
        o_pos, o_len, o_g = stack[0]
        s, e = trim(text, o_pos + o_len, hi)
        if e > s:
            spans.append(MarkSpan(o_pos, None, s, e, kind_of(o_g), block=block, continued=True))
        opened.truncate(0)
    leftover = (stack[0][0] + stack[0][1], stack[0][2]) if stack else None
    return spans, leftover


def _what_mark_can_do(text: str, lo: int, hi: int, found: _BlockMarks, k: int,
                      opened: _OpenMarks) -> tuple[int | None, bool, bool]:
    """(stack position of the open mark it may close, can it open, can it close) for mark ``k``."""
    pos, ln, g = found.marks[k]
    kind = kind_of(g)
    can_open, can_close = found.can_open[k], found.can_close[k]
    stack = opened.items
    # Index of the nearest open mark this one may close.
    target = opened.target(g, kind)
    # A double mark with spaces on both sides (' " We are leaving ," said'):
    # a typing slip; let the open/closed state decide.
    # The same for a straight mark glued to words on both sides ('said"We').
    typing_slip = not can_open and not can_close and kind == "double" and (
        spaced(text, pos, ln, lo, hi) or (g == '"' and glued(text, pos, lo, hi))
    )
    if typing_slip:
        can_close = target is not None
        can_open = not can_close
    if not can_close and target is not None and kind == "double" and g in CLOSE_HINT:
        # a curly closer glued to the next word ('”said'): its shape decides
        can_close = pos > lo and not text[pos - 1].isspace()
    if (
        target is None and kind == "single" and can_close and not can_open and stack
        and kind_of(stack[-1][2]) == "double" and text[pos - 1 : pos] in ",.!?"
        and not found.double_closer_after[k]
    ):
        # '"Hello,\' he said': a double quote closed with a single mark by mistake
        target = len(stack) - 1
    return target, can_open, can_close


def _closes(text: str, pos: int, g: str, target: int | None, can_open: bool, can_close: bool,
            opened: _OpenMarks, single_closes_next: bool) -> bool | None:
    """Does the mark close the quote at ``target``? None: it is an apostrophe, not a mark."""
    closes = target is not None and can_close
    if closes and can_open and g in OPEN_HINT and target != len(opened.items) - 1:
        closes = False  # “ that could open: prefer opening a nested quote
    if closes and kind_of(g) == "single" and text[pos - 1:pos] in ("s", "S") and can_open is False:
        # Plural possessive (the companies' profits) or a real closer? A later
        # closer in the block means this one is an apostrophe.
        if text[pos + 1 : pos + 2] == " " and single_closes_next:
            return None
    return closes


def _continue_on_next_line(text: str, lo: int, pos: int, block: int, opened: _OpenMarks,
                           spans: list[MarkSpan], continued: set[int]) -> None:
    """Paragraphs separated by single newlines: a quote left open at a line end continues on
    the next line that opens with a mark."""
    nl = _line_start(text, pos, lo)
    o_pos, o_len, o_g = opened.items[0]
    if nl is None or nl <= o_pos:
        return
    s, e = trim(text, o_pos + o_len, nl)
    if e > s:
        spans.append(MarkSpan(o_pos, None, s, e, kind_of(o_g), block=block, continues=True,
                              continued=o_pos in continued))
    opened.truncate(0)
    continued.add(pos)


def _close(text: str, lo: int, pos: int, target: int, block: int, opened: _OpenMarks,
           spans: list[MarkSpan], continued: set[int]) -> None:
    """Close the quote opened at stack position ``target`` with the mark at ``pos``."""
    o_pos, o_len, o_g = opened.items[target]
    opened.truncate(target)  # marks opened after it and never closed were stray
    s, e = trim(text, o_pos + o_len, pos)
    if target == 0 and text[e - 1 : e] not in ".!?,;:" and _stray_into_narrative(text, lo, o_pos, s, e):
        return  # a stray opener closed by a far mark: narrative in between, ends mid-sentence
    if e > s:
        spans.append(MarkSpan(o_pos, pos, s, e, kind_of(o_g), depth=target, block=block,
                              continued=target == 0 and o_pos in continued))


def _line_start(text: str, pos: int, lo: int) -> int | None:
    """Offset of the newline before ``pos`` when only spaces lie between them."""
    k = pos - 1
    while k >= lo and text[k] in " \t":
        k -= 1
    return k if k >= lo and text[k] == "\n" else None


def _opens_block(text: str, lo: int, hi: int) -> tuple[int, str] | None:
    """(offset just after the mark, glyph) when the block starts with an opening mark."""
    s, _ = trim(text, lo, hi)
    if s < hi and text[s] in ALL_MARKS and may_open(text, s, lo, hi) and not is_apostrophe(text, s, lo, hi):
        return s + 1, text[s]
    return None


def find_mark_spans(text: str, blocks: list[tuple[int, int]]) -> list[MarkSpan]:
    """Every quote segment in the article, in text order.

    ``blocks`` are the (start, end) ranges of the paragraphs in text order.
    """
    out: list[MarkSpan] = []
    for b, (lo, hi) in enumerate(blocks):
        spans, left = pair_block(text, lo, hi, b)
        out.extend(spans)
        if not left:
            continue
        o_end, glyph = left
        s, e = trim(text, o_end, hi)
        if e <= s or not may_open(text, o_end - 1, lo, hi):
            continue  # a mark with spaces on both sides, left open: a stray
        nxt = _opens_block(text, *blocks[b + 1]) if b + 1 < len(blocks) else None
        if _stray_into_narrative(text, lo, o_end - 1, s, e):
            continue  # 'the roads "were closed. The agency, which had ...': a stray mark
        if nxt and kind_of(nxt[1]) == kind_of(glyph):
            out.append(MarkSpan(o_end - 1, None, s, e, kind_of(glyph), block=b, continues=True))
        elif _plausible_unclosed(text, lo, o_end - 1, s, e) and not any(
            m.open > o_end - 1 and m.kind == kind_of(glyph) for m in spans
        ):
            # (a same-style pair after it means this opener was a stray: quotes nest by
            # alternating styles, so '"Save Our Buses, has ... "We will," she said.' is one quote)
            out.append(MarkSpan(o_end - 1, None, s, e, kind_of(glyph), block=b))
    _flag_continued(out, text, blocks)
    out.sort(key=lambda m: (m.start, -m.end))
    _set_depths(out)
    return out


# A sentence boundary inside a run of text, and the article's own narrative voice
# after it: a relative clause on a name ("The agency, which had issued ...") or a
# reported-speech verb with its subject ("..., said the river").
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
_NARRATIVE = re.compile(r",\s+(?:which|who)\s+(?:had|has|have|was|were|is|are)\b|\b(?:said|says|told)\s+(?:the|a|an|that|it)\b")


def _stray_into_narrative(text: str, lo: int, mark: int, s: int, e: int) -> bool:
    """An opener left open mid-sentence whose words start lowercase and run on into a
    narrative sentence: a stray mark, not the start of a multi-paragraph quote."""
    before = _last_visible(text, lo, mark)
    if not before or before in ":," or not text[s:s + 1].islower():
        return False
    brk = _SENTENCE_BREAK.search(text, s, e)
    return brk is not None and _NARRATIVE.search(text, brk.start(), e) is not None


def _plausible_unclosed(text: str, lo: int, mark: int, s: int, e: int) -> bool:
    """An opener never closed in its block: keep it when it opens the paragraph (or
    follows a colon) and the rest reads like speech, not a stray mark."""
    before = _last_visible(text, lo, mark)
    return (not before or before in ":,") and len(text[s:e].split()) >= 3


def _last_visible(text: str, lo: int, mark: int) -> str:
    """The last non-space character of ``text[lo:mark]`` ('' when none), found without
    copying the paragraph: this runs once per quote, and copies made long paragraphs quadratic."""
    k = mark - 1
    while k >= lo and text[k].isspace():
        k -= 1
    return text[k] if k >= lo else ""


def _flag_continued(spans: list[MarkSpan], text: str, blocks: list[tuple[int, int]]) -> None:
    continuing = {m.block + 1 for m in spans if m.continues}
    for m in spans:
        if m.block in continuing and m.depth == 0:
            lo = blocks[m.block][0]
            if not text[lo : m.open].strip():
                m.continued = True


def _set_depths(spans: list[MarkSpan]) -> None:
    """Depth by containment: a span inside another is nested (depth 1+)."""
    open_stack: list[MarkSpan] = []
    for m in spans:
        while open_stack and open_stack[-1].end < m.end:
            open_stack.pop()
        while open_stack and not (open_stack[-1].start <= m.start and m.end <= open_stack[-1].end):
            open_stack.pop()
        m.depth = len(open_stack)
        open_stack.append(m)


def dominant_kind(spans: list[MarkSpan]) -> str | None:
    """The article's main quote style: the kind with more top-level segments."""
    d = sum(1 for m in spans if m.depth == 0 and m.kind == "double")
    s = sum(1 for m in spans if m.depth == 0 and m.kind == "single")
    if not d and not s:
        return None
    return "double" if d >= s else "single"
