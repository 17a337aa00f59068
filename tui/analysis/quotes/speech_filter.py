"""``speech_filter``: drop reported-speech candidates that are unlikely to be speech, learned on real news.

The cue rules (``reported``, ``content``) find every verb of saying that governs some words. Many
such candidates are not an attribution a reader wants: a headline fragment ("Tensions flare, calls
..."), a name the parse took for content ("said on Meet the Press"), a bare object ("demanding equal
pay", "pledged delegates"), the writer's participle clause ("pointing to the shootings"). A small
logistic model over features of the candidate (cue lemma and form, how the content was found, its
length and first word, the speaker's kind, the block's shape) gives the probability that it is
annotated speech; a candidate below the threshold is dropped. Its weights are data
(``speech_filter.json`` beside this file), fitted by ``benchmarks/fit_speech_filter.py`` on the
PolNeAR train split. Direct quotes are never filtered: only ``indirect`` and ``mixed`` candidates.

``recording()`` turns the filter off and collects every candidate with its features: the fitting
script reads the candidates that way, and tests use it to see a decision change.
"""

from __future__ import annotations

import contextlib
import contextvars
from typing import TYPE_CHECKING, Iterator

from newsread.analysis.quotes.logistic import LogisticModel, load, sigmoid

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsread.analysis.quotes.index import ArticleIndex
    from newsread.analysis.quotes.reported import Report

MODEL_FILE = "speech_filter.json"

# First words of a content that say which construction it is (a clause, an infinitive, a question).
_OPENERS = frozenset("that to whether if how what why who when where which the a an his her their its".split())
_MODALS = frozenset("will would could might may should can must shall".split())
_LENGTHS = ((2, "1-2"), (4, "3-4"), (8, "5-8"), (16, "9-16"), (32, "17-32"))

_RECORD: contextvars.ContextVar[list | None] = contextvars.ContextVar("speech_filter_record", default=None)


@contextlib.contextmanager
def recording() -> Iterator[list[dict]]:
    """Keep every candidate and collect ``{"start", "end", "kind", "features", "p"}`` for each."""
    rows: list[dict] = []
    token = _RECORD.set(rows)
    try:
        yield rows
    finally:
        _RECORD.reset(token)


def keep(ix: "ArticleIndex", rep: "Report", span: tuple[int, int], kind: str) -> bool:
    """Is this reported-speech candidate (content ``span`` in text offsets) kept?"""
    feats = features(ix, rep, span, kind)
    p = probability(feats)
    rows = _RECORD.get()
    if rows is not None:
        rows.append({"start": span[0], "end": span[1], "kind": kind, "features": feats, "p": p})
        return True
    return p >= model().line


def features(ix: "ArticleIndex", rep: "Report", span: tuple[int, int], kind: str) -> list[str]:
    """The named binary features of one candidate (the model's inputs)."""
    doc = ix.docs[rep.d].doc
    cue = doc[rep.cue_tok]
    lemma = _cue_lemma(cue, rep)
    i, j = ix.token_range(rep.d, span[0], span[1])
    toks = [t for t in doc[i:j] if not t.is_space]
    words = [t for t in toks if not t.is_punct]
    first = words[0].lower_ if words else ""
    out = [
        f"cue={lemma}", f"how={rep.how}", f"kind={kind}", f"form={cue.tag_}",
        f"len={_length(len(words))}", f"speaker={_speaker_kind(doc, rep.speaker_tok)}",
        f"first={first if first in _OPENERS else (words[0].pos_ if words else 'none')}",
        f"cue={lemma}&how={rep.how}", f"cue={lemma}&form={cue.tag_}", f"how={rep.how}&len={_length(len(words))}",
    ]
    if cue.dep_ != "ccomp":
        # (a cue inside another's content is speech reported within speech: the annotators
        # mark one level, so the model must not learn to drop the inner one)
        out.append(f"dep={cue.dep_}")
    speaker = _speaker_kind(doc, rep.speaker_tok)
    out.append(f"cue={lemma}&speaker={speaker}")
    if not any(t.pos_ in ("VERB", "AUX") for t in words):
        out += ["noverb", f"how={rep.how}&noverb", f"cue={lemma}&noverb"]
    if words and toks[-1].text == "?":
        out.append("question")
    ent = _one_entity(words)
    if ent:
        out.append(f"entity={ent}")
    if span[0] < ix.docs[rep.d].starts[rep.cue_tok]:
        out += ["before", f"cue={lemma}&before"]
    if len(rep.fragments) > 1:
        out.append("fragments")
    if words and all(t.text[:1].isupper() for t in words if t.is_alpha and len(t) > 3):
        out.append("titlecase")
    out += _cue_context(cue)
    out += _block_shape(ix, rep.d)
    return out


def _one_entity(words: list["Token"]) -> str:
    """The entity label when the content is (almost) nothing but one entity ("Meet the Press",
    "Oct. 23"): a name or a date the parse took for what was said."""
    labels = [t.ent_type_ for t in words]
    if not labels or not labels[0] or sum(1 for x in labels if x == labels[0]) < 0.8 * len(labels):
        return ""
    return labels[0]


def _cue_lemma(cue: "Token", rep: "Report") -> str:
    if rep.how in ("colon", "dash", "according"):
        return rep.how
    return cue.lemma_.lower()


def _length(n: int) -> str:
    return next((name for top, name in _LENGTHS if n <= top), "33+")


def _speaker_kind(doc, i: int | None) -> str:
    if i is None:
        return "none"
    tok = doc[i]
    if tok.ent_type_:
        return f"ent:{tok.ent_type_}"
    if tok.pos_ == "PRON":
        return "pronoun"
    return tok.pos_.lower()


def _cue_context(cue: "Token") -> list[str]:
    """Modals, negation and a subject-less participle around the cue ("will say", "did not say")."""
    out = []
    kids = list(cue.children)
    if any(c.dep_ == "neg" for c in kids):
        out.append("negated")
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in kids):
        out.append("modal")
    if cue.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        out.append(f"participle&dep={cue.dep_}")
    if cue.sent.start == cue.i or cue.i == cue.sent.start + 1:
        out.append("opens_sentence")
    return out


def _block_shape(ix: "ArticleIndex", d: int) -> list[str]:
    """A short block with no sentence end is a headline or a caption."""
    text = ix.docs[d].doc.text.strip()
    if len(text.split()) <= 20 and text[-1:] not in ".!?\"”’'":
        return ["headline"]
    return []


def model() -> LogisticModel:
    """The shipped filter; its line is the probability threshold below which a candidate is dropped."""
    return load(MODEL_FILE, "threshold")


def probability(feats: list[str]) -> float:
    """The fitted probability that a candidate with these features is annotated speech."""
    return sigmoid(model().logit(feats))
