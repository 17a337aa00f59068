"""A parsed article: one spaCy Doc per block, with the block's offset in the text.

The analysis reads an article block by block (no sentence, entity or quote
attribution crosses a paragraph break). The blocks are cut out of the Doc of
the whole text (``from_doc``), so they carry the same parse as ``nlp(text)``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    import numpy
    from spacy.tokens import Doc, Span, Token


@dataclass
class ParsedArticle:
    text: str
    docs: list[tuple[int, "Doc"]]  # (offset of the block in text, its Doc), in order

    def __post_init__(self) -> None:
        self._starts = [off for off, _ in self.docs]

    @classmethod
    def from_doc(cls, doc: "Doc", spans: list[tuple[int, int]]) -> "ParsedArticle":
        """``doc`` (the whole text) viewed as one Doc per block ``[start, end)`` (see DocCutter);
        a block's last token keeps no trailing space, so its Doc's text is the block's text."""
        cutter = DocCutter(doc)
        docs = []
        for start, end in spans:
            lo, hi = cutter.token_range(start, end)
            if lo < hi:
                docs.append((cutter.starts[lo], cutter.copy(lo, hi)))
        return cls(doc.text, docs)

    def doc_index_at(self, char: int) -> int | None:
        """Index into ``docs`` of the block containing text offset ``char``."""
        i = bisect.bisect_right(self._starts, char) - 1
        if i < 0:
            return None
        off, doc = self.docs[i]
        return i if char <= off + len(doc.text) else None

    def token_at(self, char: int) -> "Token | None":
        """The token covering text offset ``char`` (None in whitespace between blocks)."""
        i = self.doc_index_at(char)
        if i is None:
            return None
        off, doc = self.docs[i]
        local = char - off
        for tok in doc:
            if tok.idx <= local < tok.idx + len(tok.text):
                return tok
        return None

    def offset_of(self, doc_index: int) -> int:
        return self.docs[doc_index][0]

    def global_span(self, doc_index: int, span: "Span | Token") -> tuple[int, int]:
        """Text offsets of a Span or Token of ``docs[doc_index]``."""
        off = self.docs[doc_index][0]
        if hasattr(span, "start_char"):
            return off + span.start_char, off + span.end_char
        return off + span.idx, off + span.idx + len(span.text)

    def sentences(self) -> Iterator[tuple[int, "Span"]]:
        """Every sentence with the index of its doc, in document order."""
        for i, (_, doc) in enumerate(self.docs):
            for sent in doc.sents:
                yield i, sent



class DocCutter:
    """Token ranges of one Doc copied out with their annotations, as ``Span.as_doc`` copies
    them: a dependency that leaves the range is re-rooted inside it, an entity cut by an
    edge of the range is dropped.

    Linear in the range's length: as_doc looks up the span's entities among all the Doc's,
    which made cutting a long text into blocks quadratic; here the Doc is read once.
    """

    def __init__(self, doc: "Doc") -> None:
        from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, SPACY

        self.doc = doc
        self.attrs = doc._get_array_attrs()  # the attributes as_doc copies
        self.array = doc.to_array(self.attrs)
        self.starts = doc.to_array([IDX]).tolist()  # character offset of each token
        self.words = [t.text for t in doc]
        self.spaces = [bool(t.whitespace_) for t in doc]
        self.ents = [(e.start, e.end) for e in doc.ents]
        self._ent_starts = [s for s, _ in self.ents]
        self._cols = {name: self.attrs.index(attr) for name, attr in
                      (("iob", ENT_IOB), ("type", ENT_TYPE), ("space", SPACY))}

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """The tokens that start in the characters ``[start, end)``."""
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)

    def rows(self, lo: int, hi: int) -> "numpy.ndarray":
        """The annotation rows of tokens ``[lo, hi)``, fixed to stand alone."""
        rows = self.array[lo:hi].copy()
        self.doc[lo:hi]._fix_dep_copy(self.attrs, rows)  # spaCy's own re-rooting, as in as_doc
        for edge in (lo, hi):
            k = bisect.bisect_left(self._ent_starts, edge) - 1
            if k >= 0 and self.ents[k][1] > edge:  # an entity across the edge: missing
                a, b = max(self.ents[k][0], lo) - lo, min(self.ents[k][1], hi) - lo
                rows[a:b, self._cols["iob"]] = 0
                rows[a:b, self._cols["type"]] = 0
        return rows

    def copy(self, lo: int, hi: int) -> "Doc":
        """Tokens ``[lo, hi)`` as a Doc of their own, without the last token's trailing space."""
        rows = self.rows(lo, hi)
        rows[-1, self._cols["space"]] = 0
        return join_rows(self.doc.vocab, [(self, lo, hi, rows)])


def join_rows(vocab, pieces: list[tuple[DocCutter, int, int, "numpy.ndarray"]]) -> "Doc":
    """One Doc of the token ranges ``(cutter, lo, hi, rows)`` end to end (rows from cutter.rows)."""
    import numpy
    from spacy.tokens import Doc

    words = [w for c, lo, hi, _ in pieces for w in c.words[lo:hi]]
    spaces = [sp for c, lo, hi, _ in pieces for sp in c.spaces[lo:hi]]
    doc = Doc(vocab, words=words, spaces=spaces)
    first = pieces[0][0]
    doc.from_array(first.attrs, numpy.concatenate([rows for *_, rows in pieces]))
    # No doc.tensor: nothing in the analysis reads vectors, and a copy would double the
    # largest array of a parse.
    doc.noun_chunks_iterator = first.doc.noun_chunks_iterator
    return doc
