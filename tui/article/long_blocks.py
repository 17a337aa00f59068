"""Paragraphs far longer than any news paragraph are cut into parser-sized blocks.

spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters, error
E088), its parser's memory follows the characters of what it parses at once
(one text, or one ``nlp.pipe`` batch of texts), and parts of the analysis look
at a whole block per mention: a 300 KB single paragraph took minutes and over
1 GB. The longest block in the 928 articles of the evaluation sets is 12,568
characters, so only blocks over :data:`LONG_BLOCK_CHARS` are cut, into pieces
of at most :data:`PIECE_CHARS`, about two ordinary news paragraphs, so that a
batch of pieces costs what a batch of paragraphs does (300 KB as one
paragraph, parsed in batches of 64 blocks: 968 MiB peak in pieces of 5,000
characters, 347 MiB in pieces of 1,000). Each cut is made at the last
sentence end in the second half of the piece, else at the last space, else
(one "word" that long) at the limit. The cuts fall in the whitespace between
two blocks, so every offset into ``Article.text`` stays what it was; inline
ranges that crossed a cut are clipped to each piece.
"""

from __future__ import annotations

import bisect
import re

from newsread.article.model import Article, Block, Inline

LONG_BLOCK_CHARS = 20_000
PIECE_CHARS = 1_000

# A sentence end: final punctuation, closing quotes or brackets, then a space.
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*(?=\s)")
_SPACE = re.compile(r"\s+")


def split_long_blocks(article: Article) -> Article:
    """Cut every block over LONG_BLOCK_CHARS into pieces (in place); say so in a warning."""
    if all(b.end - b.start <= LONG_BLOCK_CHARS for b in article.blocks):
        return article
    blocks: list[Block] = []
    gaps: list[tuple[int, int]] = []  # (end of a piece, start of the next)
    cut = 0
    for block in article.blocks:
        if block.end - block.start <= LONG_BLOCK_CHARS:
            blocks.append(block)
            continue
        cut += 1
        pieces = _pieces(article.text, block.start, block.end)
        blocks.extend(Block(block.kind, s, e, block.level) for s, e in pieces)
        gaps.extend((a[1], b[0]) for a, b in zip(pieces, pieces[1:]))
    article.blocks = blocks
    article.inlines = _clip(article.inlines, gaps)
    article.warnings.append(
        f"{cut} paragraph{'s' if cut != 1 else ''} longer than {LONG_BLOCK_CHARS:,} characters "
        f"cut into blocks of at most {PIECE_CHARS:,} for the analysis"
    )
    return article


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` as consecutive pieces of at most PIECE_CHARS, whitespace between them dropped."""
    pieces = []
    pos = start
    while end - pos > PIECE_CHARS:
        piece_end = _cut_point(text, pos, pos + PIECE_CHARS)
        pieces.append((pos, piece_end))
        pos = piece_end
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        pieces.append((pos, end))
    return pieces


def _cut_point(text: str, lo: int, hi: int) -> int:
    """Where the piece starting at ``lo`` ends (at most ``hi``), at a visible character."""
    window = lo + PIECE_CHARS // 2
    last = None
    for last in _SENTENCE_END.finditer(text, window, hi):
        pass
    if last is not None:
        return last.end()
    for last in _SPACE.finditer(text, window, hi):
        pass
    if last is not None:
        cut = last.start()
        while cut > lo and text[cut - 1].isspace():
            cut -= 1
        return cut
    return hi


def _clip(inlines: list[Inline], gaps: list[tuple[int, int]]) -> list[Inline]:
    """Each inline range cut at the gaps between pieces, so none crosses from one block to another."""
    if not gaps:
        return inlines
    ends = [g[0] for g in gaps]
    out: list[Inline] = []
    for inline in inlines:
        a, b = inline.start, inline.end
        i = bisect.bisect_right(ends, a)
        if i > 0 and a < gaps[i - 1][1]:
            a = gaps[i - 1][1]  # it began in the dropped whitespace
        while i < len(gaps) and gaps[i][0] < b:
            if a < gaps[i][0]:
                out.append(Inline(inline.kind, a, gaps[i][0], inline.href))
            a = max(a, gaps[i][1])
            i += 1
        if a < b:
            out.append(Inline(inline.kind, a, b, inline.href))
    out.sort(key=lambda x: (x.start, -x.end))
    return out
