"""The quote-mark pairing as it was before it became one pass (issue #12, item 10): the reference.

Kept verbatim (quadratic: it walks the open-mark stack and rescans the rest of the
block per mark) so that tests can check that the linear pairing in
newsread.analysis.quotes.marks gives identical spans on any input. Not used by newsread.
"""

from __future__ import annotations

import re

from newsread.analysis.quotes.mark_glyphs import (  # noqa: F401 - the helpers the pairing did not change
    CLOSE_HINT,
    OPEN_HINT,
    PAIRS,
    MarkSpan,
    kind_of,
)
from newsread.analysis.quotes.mark_glyphs import glued as _glued
from newsread.analysis.quotes.mark_glyphs import marks_in as _marks_in
from newsread.analysis.quotes.mark_glyphs import may_close as _can_close
from newsread.analysis.quotes.mark_glyphs import may_open as _can_open
from newsread.analysis.quotes.mark_glyphs import spaced as _spaced
from newsread.analysis.quotes.mark_glyphs import trim as _trim
from newsread.analysis.quotes.marks import _flag_continued, _line_start, _opens_block, _set_depths  # noqa: F401


def _later_closer(marks, k: int, kind: str, text: str, lo: int, hi: int) -> bool:
    """Is there a later mark of ``kind`` in the block that can close?"""
    return any(
        kind_of(g) == kind and _can_close(text, pos, lo, hi, ln) for pos, ln, g in marks[k + 1 :]
    )


def _later_single_closer(marks, k: int, text: str, lo: int, hi: int) -> bool:
    """Is there a later single mark in the block that can close (before any new opener)?"""
    for pos, ln, g in marks[k + 1 :]:
        if kind_of(g) != "single":
            continue
        if _can_close(text, pos, lo, hi):
            return True
        if _can_open(text, pos, lo, hi):
            return False
    return False


def pair_block(text: str, lo: int, hi: int, block: int = 0) -> tuple[list[MarkSpan], tuple[int, str] | None]:
    """Pair the marks of one block. Returns the spans and the outermost opener left open."""
    marks = _marks_in(text, lo, hi)
    stack: list[tuple[int, int, str]] = []  # (offset, length, glyph)
    spans: list[MarkSpan] = []
    continued: set[int] = set()  # openers that continue a quote from the line before
    for k, (pos, ln, g) in enumerate(marks):
        kind = kind_of(g)
        can_open = _can_open(text, pos, lo, hi, ln)
        can_close = _can_close(text, pos, lo, hi, ln)
        # Index of the nearest open mark this one may close.
        target = None
        for j in range(len(stack) - 1, -1, -1):
            if g in PAIRS.get(stack[j][2], ()):
                target = j
                break
            if kind_of(stack[j][2]) == "double" and kind == "single":
                break  # a single mark never closes across an open double quote
        # A double mark with spaces on both sides (' " We are leaving ," said'):
        # a typing slip; let the open/closed state decide.
        # The same for a straight mark glued to words on both sides ('said"We').
        spaced = not can_open and not can_close and kind == "double" and (
            _spaced(text, pos, ln, lo, hi) or (g == '"' and _glued(text, pos, lo, hi))
        )
        if spaced:
            can_close = target is not None
            can_open = not can_close
        if not can_close and target is not None and kind == "double" and g in CLOSE_HINT:
            # a curly closer glued to the next word ('”said'): its shape decides
            can_close = pos > lo and not text[pos - 1].isspace()
        if (
            target is None and kind == "single" and can_close and not can_open and stack
            and kind_of(stack[-1][2]) == "double" and text[pos - 1 : pos] in ",.!?"
            and not _later_closer(marks, k, "double", text, lo, hi)
        ):
            # '"Hello,\' he said': a double quote closed with a single mark by mistake
            target = len(stack) - 1
        closes = target is not None and can_close
        if closes and can_open and g in OPEN_HINT and target != len(stack) - 1:
            closes = False  # “ that could open: prefer opening a nested quote
        if closes and kind == "single" and text[pos - 1:pos] in ("s", "S") and can_open is False:
            # Plural possessive (the companies' profits) or a real closer? A later
            # closer in the block means this one is an apostrophe.
            nxt = text[pos + 1 : pos + 2]
            if nxt == " " and _later_single_closer(marks, k, text, lo, hi):
                closes = False
                continue
        if not closes and can_open and stack and kind_of(stack[0][2]) == kind:
            nl = _line_start(text, pos, lo)
            if nl is not None and nl > stack[0][0]:
                # Paragraphs separated by single newlines: a quote left open at a line
                # end continues on the next line that opens with a mark.
                o_pos, o_len, o_g = stack[0]
                s, e = _trim(text, o_pos + o_len, nl)
                if e > s:
                    spans.append(MarkSpan(o_pos, None, s, e, kind, block=block, continues=True,
                                          continued=o_pos in continued))
                stack.clear()
                continued.add(pos)
        if closes:
            o_pos, o_len, o_g = stack[target]
            del stack[target:]  # marks opened after it and never closed were stray
            s, e = _trim(text, o_pos + o_len, pos)
            if target == 0 and text[e - 1 : e] not in ".!?,;:" and _stray_into_narrative(text, lo, o_pos, s, e):
                continue  # a stray opener closed by a far mark: narrative in between, ends mid-sentence
            if e > s:
                spans.append(MarkSpan(o_pos, pos, s, e, kind_of(o_g), depth=target, block=block,
                                      continued=target == 0 and o_pos in continued))
        elif can_open and not (g in CLOSE_HINT and can_close):
            stack.append((pos, ln, g))
        # anything else is a stray mark: skipped
    if stack and stack[0][0] in continued:
        # the last line-paragraph of a quote, never closed: it runs to the block end
        o_pos, o_len, o_g = stack[0]
        s, e = _trim(text, o_pos + o_len, hi)
        if e > s:
            spans.append(MarkSpan(o_pos, None, s, e, kind_of(o_g), block=block, continued=True))
        stack = []
    leftover = (stack[0][0] + stack[0][1], stack[0][2]) if stack else None
    return spans, leftover


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
        s, e = _trim(text, o_end, hi)
        if e <= s or not _can_open(text, o_end - 1, lo, hi):
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
    before = text[lo:mark].rstrip()
    if not before or before.endswith((":", ",")) or not text[s:s + 1].islower():
        return False
    brk = _SENTENCE_BREAK.search(text, s, e)
    return brk is not None and _NARRATIVE.search(text, brk.start(), e) is not None


def _plausible_unclosed(text: str, lo: int, mark: int, s: int, e: int) -> bool:
    """An opener never closed in its block: keep it when it opens the paragraph (or
    follows a colon) and the rest reads like speech, not a stray mark."""
    before = text[lo:mark].rstrip()
    return (not before or before.endswith((":", ","))) and len(text[s:e].split()) >= 3
