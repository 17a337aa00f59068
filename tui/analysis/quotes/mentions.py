"""Speakers and small predicates over mention tokens (shared by resolve and describe)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, NamedTuple

from newsread.analysis.lexicon import NAME_PARTICLES, PERSON_NOUN_GENDER
from newsread.analysis.model import Entity
from newsread.analysis.names import same_forename
from newsread.analysis.quotes.cues import (
    FEMALE_NAMES,
    HONORIFICS,
    MALE_NAMES,
    SPEAKING_ORG_NOUNS,
)
from newsread.analysis.quotes.index import ArticleIndex
from newsread.analysis.quotes.names import name_chain

if TYPE_CHECKING:
    from spacy.tokens import Token


class Mention(NamedTuple):
    """A mention to resolve: block (doc) index and its head token."""

    d: int
    tok: "Token"


@dataclass
class Speaker:
    """A resolved speaker: actor id (or None), display name, the mention used, how."""

    actor: str | None
    name: str
    start: int
    end: int
    via: str  # name / pronoun / description
    label: str = "PERSON"  # PERSON, ORG, GPE, NORP, GROUP or OTHER
    gender: str | None = None
    # actor label to create when this speaker is used for a quote and no actor
    # exists yet (names the NER missed, "Syrian foreign ministry"): created
    # lazily so that mere antecedents never add actors to the sidebar
    pending: str | None = None
    spokes: bool = False  # an organisation speaking through "a spokeswoman": she/he fits

    @property
    def named(self) -> bool:
        return self.actor is not None or self.pending is not None

    def at(self, start: int, end: int, via: str, label: str | None = None, gender: str | None = None) -> "Speaker":
        """The same speaker reached through another mention."""
        return replace(self, start=start, end=end, via=via, label=label or self.label, gender=gender or self.gender)


def ent_last(ix: ArticleIndex, d: int, e: Entity) -> int:
    i, j = ix.token_range(d, e.start, e.end)
    return j - 1


def nickname_of(short: str, full: str) -> bool:
    """Is ``short`` a familiar form of the first name ``full`` (Pat/Patrick, Bill/William)?"""
    if same_forename(short, full):
        return True
    return len(short) >= 3 and len(full) > len(short) and full.startswith(short[:3]) and full[: len(short) - 1] == short[:-1]


def is_dateline(tok: "Token") -> bool:
    """'WASHINGTON (AP) —' at the start of a block."""
    if not tok.text.isupper() or len(tok.text) < 2:
        return False
    sent_start = tok.sent.start
    if tok.i - sent_start > 3:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text in ("(", "—", "–", "-", ",", "--")


def desc_start(tok: "Token") -> int:
    """First token of a description noun phrase (det/amod/compound to the left)."""
    lo = tok.i
    for c in tok.lefts:
        if c.dep_ in ("det", "amod", "compound", "nmod", "nummod", "poss") and not c.is_punct:
            lo = min(lo, c.left_edge.i)
    return lo


def noun_gender(lemma: str) -> str | None:
    """Gender a description noun states ("her mother" is she, "the husband" is he)."""
    return PERSON_NOUN_GENDER.get(lemma)


def name_gender(words: list[str]) -> str | None:
    if not words:
        return None
    first = words[0].lower().rstrip(".")
    if first in HONORIFICS:
        return HONORIFICS[first]
    if first in MALE_NAMES:
        return "m"
    if first in FEMALE_NAMES:
        return "f"
    return None


def compatible(want: str | None, sp: Speaker) -> bool:
    if want == "m?":
        return sp.label == "PERSON" and sp.named
    if want in ("m", "f"):
        if sp.spokes:
            return sp.gender in (None, want)
        if sp.label != "PERSON":
            return False
        return sp.gender in (None, want)
    if want == "p":
        return sp.label in ("GROUP", "ORG", "NORP")
    if want == "n":
        return sp.label in ("ORG", "GPE")
    return True


def looks_person(ix: ArticleIndex, d: int, tok: "Token") -> bool:
    e = ix.docs[d].ents.get(tok.i)
    if e is not None and e.label == "PERSON":
        return True
    chain = name_chain(ix, d, tok)
    if chain is None:
        return False
    words = chain[1]
    return len(words) >= 2 and all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)


def generic_org(ix: ArticleIndex, d: int, tok: "Token") -> bool:
    """'the foreign ministry' tagged as a proper name: treat as a description."""
    e = ix.docs[d].ents.get(tok.i)
    if e is None:
        return tok.lemma_.lower() in SPEAKING_ORG_NOUNS and not tok.text[:1].isupper()
    words = e.text.split()
    return words[0].lower() == "the" and all(w.islower() for w in words[1:])
