"""Per-article indices the quote engine reads: built once, looked up by bisect.

Everything here is linear in the article size, so attributing a quote never
scans all tokens of the article.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsread.analysis.model import ACTOR_LABELS, Entity
from newsread.analysis.quotes.marks import MarkSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsread.analysis.parsed import ParsedArticle


@dataclass
class DocInfo:
    """One parsed block: its Doc, offset and per-token tables."""

    offset: int
    doc: "Doc"
    starts: list[int]  # global start offset of each token
    depth: list[int]  # how many quotes (marks included) contain each token
    ents: dict[int, Entity] = field(default_factory=dict)  # token index -> entity over it


class ArticleIndex:
    """Token, quote and entity lookups over a ParsedArticle."""

    def __init__(self, parsed: "ParsedArticle", entities: list[Entity], spans: list[MarkSpan]):
        self.text = parsed.text
        self.docs: list[DocInfo] = []
        self._doc_starts: list[int] = []
        for off, doc in parsed.docs:
            starts = [off + t.idx for t in doc]
            self.docs.append(DocInfo(off, doc, starts, [0] * len(doc)))
            self._doc_starts.append(off)
        self.blocks = [(off, off + len(d.text)) for off, d in parsed.docs]
        for m in spans:
            d = self.doc_of(m.start)
            if d is None:
                continue
            lo = m.open
            hi = (m.close + 1) if m.close is not None else self.blocks[d][1]
            i, j = self.token_range(d, lo, hi)
            info = self.docs[d]
            for k in range(i, j):
                info.depth[k] += 1
        for e in entities:
            d = self.doc_of(e.start)
            if d is None:
                continue
            i, j = self.token_range(d, e.start, e.end)
            for k in range(i, j):
                self.docs[d].ents.setdefault(k, e)

    def doc_of(self, char: int) -> int | None:
        """Index of the block holding text offset ``char``."""
        i = bisect.bisect_right(self._doc_starts, char) - 1
        if i < 0:
            return None
        return i if char <= self.blocks[i][1] else None

    def token_range(self, d: int, lo: int, hi: int) -> tuple[int, int]:
        """Token indices [i, j) of doc ``d`` that start inside [lo, hi)."""
        starts = self.docs[d].starts
        return bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)

    def gspan(self, d: int, i: int, j: int) -> tuple[int, int]:
        """Global char offsets of tokens [i, j) of doc ``d``."""
        doc = self.docs[d].doc
        off = self.docs[d].offset
        return off + doc[i].idx, off + doc[j - 1].idx + len(doc[j - 1].text)

    def outside(self, d: int, tok: "Token") -> bool:
        """Is the token outside every quote?"""
        return self.docs[d].depth[tok.i] == 0

    def entity(self, d: int, tok: "Token") -> Entity | None:
        e = self.docs[d].ents.get(tok.i)
        return e if e is not None and e.label in ACTOR_LABELS else None
