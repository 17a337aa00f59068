"""A parsed article: one spaCy Doc per block, with the block's offset in the text."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from newsread.article import Block


@dataclass
class ParsedArticle:
    text: str
    docs: list[tuple[int, "Doc"]]  # (offset of the block in text, its Doc), in order
    blocks: list["Block"] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [off for off, _ in self.docs]

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
