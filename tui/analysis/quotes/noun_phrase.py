"""A description noun phrase ('the foreign ministry', 'a career Army officer who ...'): its span,
its words and whose it says it is, read once for the description steps."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsread.analysis.quotes.mentions import Mention, desc_start
from newsread.analysis.quotes.names import strip_article

if TYPE_CHECKING:
    from newsread.analysis.quotes.tables import ResolverTables


@dataclass(frozen=True)
class Description:
    """A description noun phrase: where it is and what it says."""

    lemma: str
    lo: int  # its first token
    s: int  # its span (global offsets)
    e: int
    pos: int  # global offset of its head
    text: str  # the phrase without its article ("foreign ministry")
    mods: frozenset[str]  # the words before the head, determiners aside
    full: str  # with an "of" phrase that says whose ("the family of the victim")
    fs: int
    fe: int
    plural: bool


def describe(tables: "ResolverTables", m: Mention) -> Description:
    """The description a mention heads."""
    ix = tables.ix
    d, tok = m
    doc = tok.doc
    lo = desc_start(tok)
    s, e = ix.gspan(d, lo, tok.i + 1)
    text = strip_article(doc[lo : tok.i + 1].text)
    of = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1]
    if of and of[0].right_edge.i - tok.i <= 4 and not any(t.is_punct for t in doc[tok.i : of[0].right_edge.i + 1]):
        # "the family of the victim", "residents of the estate": say whose
        full = strip_article(doc[lo : of[0].right_edge.i + 1].text)
        fs, fe = ix.gspan(d, lo, of[0].right_edge.i + 1)
    else:
        full, fs, fe = text, s, e
    return Description(
        lemma=tok.lemma_.lower(), lo=lo, s=s, e=e, pos=ix.docs[d].starts[tok.i], text=text,
        mods=frozenset(c.lower_ for c in doc[lo : tok.i] if c.dep_ != "det"),
        full=full, fs=fs, fe=fe, plural=tok.tag_ in ("NNS", "NNPS"),
    )
