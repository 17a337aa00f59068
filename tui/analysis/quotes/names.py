"""Proper-name spans: a name's tokens without titles, ranks or places before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsread.analysis.lexicon import NAME_PARTICLES, SPEAKER_TITLE_WORDS
from newsread.analysis.quotes.cues import ARTICLES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsread.analysis.quotes.index import ArticleIndex

_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def strip_article(text: str) -> str:
    for a in ARTICLES:
        if text.startswith(a):
            return text[len(a) :]
    return text


def _name_tok(t: "Token") -> bool:
    if t.text == "-" and t.i > 0 and not t.doc[t.i - 1].whitespace_ and not t.whitespace_:
        return t.doc[t.i - 1].pos_ == "PROPN"  # Kaminski-Reyes
    return t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.text[:1].isupper() and t.i == t.sent.start) or t.lower_ in NAME_PARTICLES or (t.text == "." and t.i > 0 and t.doc[t.i - 1].pos_ == "PROPN")


def name_chain(ix: "ArticleIndex", d: int, tok: "Token") -> tuple[tuple[int, int], list[str]] | None:
    """((first, end) token range, words) of the name whose head is ``tok``.

    Walks left over the contiguous proper-noun chain, then drops leading titles
    ("Turkish Foreign Minister"), ranks ("Lt. Col.") and place names ("for Syria
    Staffan de Mistura").
    """
    doc = tok.doc
    # a compound part of a longer name: move to the head ("Dmitry" -> "Peskov")
    while (
        tok.dep_ in ("compound", "flat")
        and tok.head.i > tok.i
        and tok.head.pos_ == "PROPN"
        and tok.head.text[:1].isupper()
        and tok.head.i - tok.i <= 4
    ):
        tok = tok.head
    if not _name_tok(tok):
        return None
    j = tok.i + 1
    i = tok.i
    ents = ix.docs[d].ents
    first = tok.sent.start  # a name never runs back into the previous sentence
    while i - 1 >= first and _name_tok(doc[i - 1]) and not doc[i - 1].is_space:
        e = ents.get(i - 1)
        if e is not None and e.label in _NOT_NAMES:
            break  # "on Monday Councillor Maria Lopez"
        i -= 1
    # drop leading titles and places while a name remains
    while i < tok.i:
        t = doc[i]
        e = ents.get(t.i)
        place = e is not None and e.label in ("GPE", "NORP", "LOC") and ents.get(tok.i) is not e
        if t.lower_ in SPEAKER_TITLE_WORDS or t.text == "." or place or t.lower_ in NAME_PARTICLES and i == tok.i - 1 and False:
            i += 1
            continue
        break
    while i < tok.i and doc[i].lower_ in NAME_PARTICLES and doc[i].text.islower() and i == tok.i:
        i += 1
    words = _join(doc[i:j])
    if not words:
        return None
    return (i, j), words


def _join(span) -> list[str]:
    """The name's words: hyphenated parts joined, abbreviation dots dropped."""
    words: list[str] = []
    glue = False
    for t in span:
        if t.text == ".":
            continue
        if t.text == "-":
            glue = True
            if words:
                words[-1] += "-"
            continue
        if glue and words:
            words[-1] += t.text
        else:
            words.append(t.text)
        glue = False
    return words
