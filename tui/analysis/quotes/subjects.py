"""Cue verbs and their subjects: is this token a reporting verb, and who does it speak for?

Shared by the attribution finders and the carrying rules. Only tokens outside
the quote (depth <= base) count as subjects.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsread.analysis.lexicon import saying_forms
from newsread.analysis.quotes.cues import CUE_LEMMAS, CUE_PARTICLES, NON_SPEAKER_HEADS, PRONOUNS
from newsread.analysis.quotes.index import ArticleIndex
from newsread.analysis.quotes.mentions import is_dateline

if TYPE_CHECKING:
    from spacy.tokens import Token

# Word forms accepted as cues even when the small model tags them as nouns.
CUE_FORMS = saying_forms("say tell add write ask reply tweet insist warn", "past") | saying_forms("say", "third")
_SUBJ = ("nsubj", "nsubjpass")
_INHERIT_DEPS = ("conj", "advcl", "xcomp", "pcomp", "acl")
_RELATIVE = {"who", "that", "which", "whom"}
# "a memo written by X" names its author; "a memo seen by Reuters" does not.
_AUTHORING = {"issue", "write", "publish", "release", "sign", "send", "post", "author", "prepare", "produce"}


@dataclass
class Attribution:
    """Where the speaker of a quote is named: doc index, head token, cue text."""

    d: int
    head: int  # token index of the mention's head in doc d
    cue: str | None
    cue_tok: int | None = None
    how: str = "syntax"


def is_cue(tok: "Token", loose: bool = False) -> bool:
    """Is this token a reporting verb (by lemma), active voice?

    ``loose`` accepts a participle the parser attached as a modifier (right
    after a closing mark, '"...," the patient described' is speech).
    """
    lemma = tok.lemma_.lower()
    verbal = tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")
    if not verbal and tok.lower_ not in CUE_FORMS:
        return False
    if lemma not in CUE_LEMMAS:
        if not any((lemma, c.lower_) in CUE_PARTICLES for c in tok.children if c.dep_ == "prt"):
            return False
    if any(c.dep_ == "auxpass" for c in tok.children):
        # "that being said", "was told": no speaking subject, unless the passive
        # names one ("was described by critics as")
        return any(c.dep_ == "agent" for c in tok.children)
    if not loose and (tok.dep_ == "amod" or (tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl"))):
        # "the plan, described as ...": a modifier, not a speaker's verb
        return any(c.dep_ == "agent" for c in tok.children)
    return True


def cue_text(tok: "Token") -> str:
    prt = [c for c in tok.children if c.dep_ == "prt"]
    return f"{tok.text} {prt[0].text}" if prt else tok.text


def own_subject(tok: "Token", ix: ArticleIndex, d: int, base: int) -> "Token | None":
    """The subject written on the verb itself (nsubj; 'by X' of a passive cue)."""
    if tok.tag_ == "VBN":
        for c in tok.children:
            if c.dep_ == "agent":
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if objs and ix.docs[d].depth[objs[0].i] <= base:
                    return objs[0]
    subjects = [c for c in tok.children if c.dep_ in _SUBJ and ix.docs[d].depth[c.i] <= base]
    if len(subjects) > 1 and is_dateline(subjects[0]):
        subjects = subjects[1:]  # "WASHINGTON (AP) — Sen. Maria Delgado ... blocked": not the dateline
    for c in subjects:
        if c.dep_ == "nsubjpass" and tok.lemma_.lower() in CUE_LEMMAS:
            return None  # "the job would be posted": the passive subject is not a speaker
        if c.lower_ in _RELATIVE and tok.dep_ == "relcl":
            return tok.head
        if c.lower_ in ("that", "this", "which", "what"):
            return None
        return document_source(c) or c
    return None


def document_source(tok: "Token") -> "Token | None":
    """'The statement, issued by the White House,' / 'a report from Amnesty': who wrote it."""
    if tok.lemma_.lower() not in NON_SPEAKER_HEADS:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            objs = [o for o in c.children if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN")]
            if objs:
                return objs[0]
        if c.dep_ == "acl" and c.lemma_.lower() in _AUTHORING:
            for ag in c.children:
                if ag.dep_ == "agent":
                    objs = [o for o in ag.children if o.dep_ == "pobj"]
                    if objs:
                        return objs[0]
    return None


def inverted_subject(tok: "Token", ix: ArticleIndex, d: int, base: int) -> "Token | None":
    """'..., said another witness': the noun right after the cue parsed as its object."""
    for c in tok.rights:
        if c.dep_ in ("dobj", "attr", "npadvmod", "nsubj") and ix.docs[d].depth[c.i] <= base:
            if c.i - tok.i <= 4 and c.pos_ in ("PROPN", "NOUN", "PRON"):
                return c
        break
    return None


def subject_of(tok: "Token", ix: ArticleIndex, d: int, base: int, quote_before: bool) -> "Token | None":
    """The speaker of a cue: its own subject, else inherited along conj/advcl."""
    seen = 0
    while tok is not None and seen < 6:
        s = own_subject(tok, ix, d, base)
        if s is not None:
            return s
        if quote_before:
            s = inverted_subject(tok, ix, d, base)
            if s is not None:
                return s
        if tok.dep_ in _INHERIT_DEPS and tok.head is not tok:
            tok = tok.head
            seen += 1
            continue
        if tok.dep_ == "prep" or tok.head.dep_ == "prep":
            tok = tok.head
            seen += 1
            continue
        if tok.dep_ in ("dobj", "pobj", "attr") and tok.pos_ == "NOUN" and seen:
            # "issued a statement warning that ...": the statement's issuer
            tok = tok.head
            seen += 1
            continue
        return left_neighbour(tok, ix, d, base)
    return None


def left_neighbour(tok: "Token", ix: ArticleIndex, d: int, base: int) -> "Token | None":
    """A cue the parser left without a subject ("..., Chief Executive Tim Cook said"):
    the name or noun written right before it."""
    if not is_cue(tok):
        return None
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1
    if k < 0 or ix.docs[d].depth[k] > base:
        return None
    u = doc[k]
    if u.pos_ == "PROPN" or (u.pos_ in ("NOUN", "PRON") and u.dep_ not in ("pobj", "dobj")):
        return u
    return None


def usable(subj: "Token | None") -> bool:
    if subj is None:
        return False
    if subj.lemma_.lower() in NON_SPEAKER_HEADS:
        return False
    if subj.pos_ == "PRON" and subj.lower_ not in PRONOUNS:
        return False
    return True
