"""Reported speech: every cue of saying outside quotation marks, with its content and speaker.

A cue is a verb of saying (``speech_cues.SPEECH_LEMMAS``) in any tense and voice, or "according
to X". Its content comes from the clause it governs (``content``); its speaker is found exactly as
for a direct quote's cue (``subjects.subject_of``: subject, inverted subject, inherited along
"and said" / "saying"), or is the object of "according to". ``speech.with_reported_speech`` then
joins these reports with the direct quotes and resolves the speakers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from newsread.analysis.lexicon import TYPOGRAPHIC_DASHES
from newsread.analysis.quotes.content import Fragment, by_according, content_of, drop_aside, trim
from newsread.analysis.quotes.cues import NON_SPEAKER_HEADS
from newsread.analysis.quotes.index import ArticleIndex
from newsread.analysis.quotes.speech_cues import (
    ACCORDING,
    PARTICLE_CUES,
    PASSIVE_SPEAKER,
    PASSIVE_UNNAMED,
    REALISING_HEADS,
    SPEECH_LEMMAS,
)
from newsread.analysis.quotes.subjects import CUE_FORMS, cue_text, subject_of, usable

if TYPE_CHECKING:
    from spacy.tokens import Token

# Dependencies a participle cue hangs from when it reports for a passive verb's subject
# ("X was quoted as saying ...").
_UP_FROM_PARTICIPLE = ("advcl", "xcomp", "pcomp", "pobj", "prep")
_DASHES = TYPOGRAPHIC_DASHES


@dataclass
class Report:
    """One attribution of reported speech: where its cue, content and speaker mention are."""

    d: int  # doc (block) index
    cue_tok: int
    cue: str  # the cue as written ("said", "called for", "according to")
    fragments: list[Fragment] = field(default_factory=list)  # trimmed content token ranges
    speaker_tok: int | None = None  # head of the speaker mention in doc d
    how: str = ""  # which construction gave the content (content.FINDERS, "according", ":", "dash")


def speech_lemma(tok: "Token") -> str | None:
    """The cue's lemma when the token is a verb of saying used actively (or a passive that
    names its speaker: "was told by aides", or one listed in PASSIVE_UNNAMED), else None."""
    lemma = tok.lemma_.lower()
    verbal = tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or tok.lower_ in CUE_FORMS
    if not verbal:
        return None
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    if lemma not in SPEECH_LEMMAS and not any((lemma, p) in PARTICLE_CUES for p in particles):
        return None
    if _passive_unnamed(tok, lemma):
        return lemma
    agent = any(c.dep_ == "agent" for c in tok.children)
    if any(c.dep_ == "auxpass" for c in tok.children) and not agent:
        return None  # "was asked", "is accused of": nobody named as the speaker
    if tok.tag_ == "VBN" and tok.dep_ in ("amod", "acl", "relcl") and not agent:
        return None  # "a contractor accused of spying": a modifier, not an attribution
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and tok.head.lemma_.lower() not in REALISING_HEADS:
        return None  # "declined to say", "plans to announce": speech not reported as made
    doc = tok.doc
    if 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].lower_ in ("that", "this") and doc[tok.i + 1].text == ",":
        return None  # "That said, ...": a connective, nobody speaks
    return lemma


def _finite(doc, frag: Fragment) -> bool:
    """Does the fragment hold a finite verb or a to-infinitive (a clause someone said)?"""
    toks = doc[frag[0] : frag[1]]
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or (t.lower_ == "to" and t.dep_ == "aux") for t in toks)


def _passive_unnamed(tok: "Token", lemma: str) -> bool:
    """'was asked whether ...', 'Asked about X, he said ...': speech with no speaker named."""
    if lemma not in PASSIVE_UNNAMED or tok.tag_ != "VBN":
        return False
    return any(c.dep_ == "auxpass" for c in tok.children) or (tok.dep_ == "advcl" and tok.i < tok.head.i)


def find_reports(ix: ArticleIndex) -> Iterator[Report]:
    """Every reported-speech cue outside quotation marks that governs some content."""
    for d, info in enumerate(ix.docs):
        for sent in info.doc.sents:
            rep = _colon_report(ix, d, sent)
            if rep is not None and rep.fragments:
                yield rep
        rep = _dash_report(ix, d)
        if rep is not None and rep.fragments:
            yield rep
        for tok in info.doc:
            if info.depth[tok.i]:
                continue  # a quoted speaker's own reporting belongs to their quote
            rep = _report_at(ix, d, tok)
            if rep is not None and rep.fragments:
                yield rep


def _report_at(ix: ArticleIndex, d: int, tok: "Token") -> Report | None:
    doc = tok.doc
    if tok.lower_ in ACCORDING and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
        speaker = objs[0] if objs and source_ok(objs[0]) else None
        frags = by_according(tok)
        rep = Report(d, tok.i, f"{tok.text} {doc[tok.i + 1].text}", speaker_tok=speaker.i if speaker else None,
                     how="according")
    else:
        lemma = speech_lemma(tok)
        if lemma is None:
            return None
        how, frags = content_of(tok, lemma)
        if lemma != "ask" and _passive_unnamed(tok, lemma) and not any(_finite(doc, f) for f in frags):
            return None  # "was reported stolen", "was told so": no reported clause
        speaker = _speaker(ix, d, tok, frags)
        rep = Report(d, tok.i, _cue_words(tok), speaker_tok=speaker.i if speaker is not None else None, how=how)
    rep.fragments = [f for f in (trim(doc, drop_aside(doc, f)) for f in frags) if f is not None]
    return rep


def _colon_report(ix: ArticleIndex, d: int, sent) -> Report | None:
    """'Obama: Americans will say no to Trump' (headline style): a sentence that opens with a
    person's or organisation's name and a colon reports what they said."""
    doc = sent.doc
    ent = ix.entity(d, doc[sent.start])
    if ent is None or ent.label not in ("PERSON", "ORG"):
        return None
    _, last = ix.token_range(d, ent.start, ent.end)
    if last >= sent.end - 2 or doc[last].text != ":" or ix.docs[d].depth[last]:
        return None
    rep = Report(d, last, ":", speaker_tok=last - 1, how="colon")
    frag = trim(doc, (last + 1, sent.end))
    rep.fragments = [frag] if frag is not None else []
    return rep


def _dash_report(ix: ArticleIndex, d: int) -> Report | None:
    """'Nobody asked for this — Jane Roe (@janeroe) May 3, 2016': a paragraph signed after a dash
    (an embedded post) reports what the signer wrote. Only a name, a handle and a date may follow."""
    doc = ix.docs[d].doc
    for tok in doc:
        if tok.text not in _DASHES or tok.i < 3 or tok.i + 1 >= len(doc) or ix.docs[d].depth[tok.i]:
            continue
        ent = ix.entity(d, doc[tok.i + 1])
        if ent is None or ent.label not in ("PERSON", "ORG"):
            continue
        _, j = ix.token_range(d, ent.start, ent.end)
        if len(doc) - j > 12 or any(t.pos_ in ("VERB", "AUX") for t in doc[j:]):
            return None  # the sentence goes on: a dash inside narration
        rep = Report(d, tok.i, tok.text, speaker_tok=j - 1, how="dash")
        frag = trim(doc, (0, tok.i))
        rep.fragments = [frag] if frag is not None else []
        return rep
    return None


def _cue_words(tok: "Token") -> str:
    """The cue as written, with the preposition that takes its content ("called for")."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in ("for", "on", "to", "of")]
    return f"{tok.text} {preps[0].text}" if preps else cue_text(tok)


def _speaker(ix: ArticleIndex, d: int, cue: "Token", frags: list[Fragment]) -> "Token | None":
    """The mention naming who speaks: a passive "quoted as saying" subject, else the cue's subject
    (inverted when the content comes first: "..., said Ms. Gil")."""
    if _passive_unnamed(cue, cue.lemma_.lower()):
        return None  # the person asked is not the one who asks
    passive = _passive_speaker(cue)
    if passive is not None:
        return passive
    content_first = bool(frags) and frags[0][0] < cue.i
    host = cue.head
    if cue.dep_ in ("advcl", "conj") and host.dep_ == "ccomp" and speech_lemma(host.head) and not _has_subject(cue):
        # 'X told CNN the deal was "..." , citing ...': the participle hangs on the reported
        # clause, but it is X who cites, not the clause's subject
        cue = host.head
    s = subject_of(cue, ix, d, 0, content_first)
    return s if source_ok(s) else None


def _has_subject(tok: "Token") -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def source_ok(tok: "Token | None") -> bool:
    """A speaker mention, or a document that reports ("a new poll", "a court filing"): reported
    speech is often sourced to writings, which the reader should see named."""
    return usable(tok) or (tok is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() in NON_SPEAKER_HEADS)


def _passive_speaker(cue: "Token") -> "Token | None":
    """'X was quoted as saying ...': the passive subject of 'quoted' speaks."""
    tok = cue
    for _ in range(4):
        if tok.dep_ not in _UP_FROM_PARTICIPLE or tok.head is tok:
            return None
        tok = tok.head
        if tok.lemma_.lower() in PASSIVE_SPEAKER:
            subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
            return subj[0] if subj else None
    return None
