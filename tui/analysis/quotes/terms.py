"""Quoted terms and titles that are not speech ("so-called 'X'", a headline's title-case term)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsread.analysis.quotes.index import ArticleIndex
from newsread.analysis.quotes.marks import MarkSpan

if TYPE_CHECKING:
    from newsread.analysis.quotes.attribution import Attribution

# Text right before an opening mark that introduces a term, not words spoken.
_TERM_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:so-called|so called|what(?:'s|’s| is| are| was) (?:called|known as|termed|dubbed)|known as|"
    r"referred to as)(?: the| a| an)?|"
    r"diagnosed with|suffering from|dubbed|termed|nicknamed|labell?ed(?: as)?|referred to as|"
    r"(?:a|the) (?:type|form|kind|case) of|titled|entitled|called|named|word|phrase|term|slogan|hashtag|"
    r"billed as|branded as|marketed as|"
    # "the school motto, '...'", "her book, '...'": a motto or a title, not speech
    r"(?:motto|mottos|slogan|catchphrase|mantra|tagline|inscription|banner|"
    r"(?:the|a|an|his|her|their|its|my|our) (?:book|novel|film|movie|song|album|play|poem|series|"
    r"documentary|podcast|memoir|musical|exhibition|single)),?)"
    r"\s*$",
    re.IGNORECASE,
)
# "She said of the film, '...'": speech about a work, not its title.
_SAID_OF = re.compile(
    r"\b(?:said|says|say|wrote|writes|added|recalled|remarked|told\s+\w+)\s+(?:of|about)\s+"
    r"(?:the|a|an|his|her|their|its|my|our)\s+\w+,?\s*$",
    re.IGNORECASE,
)
# "what she called '...'", "what critics dubbed '...'": a term in the writer's voice.
_WHAT_CALLED = re.compile(
    r"\bwhat\s+(?:\w+\s+){1,3}(?:called|calls|call|dubbed|dubs|termed|terms|described\s+as|describes\s+as|"
    r"refers\s+to\s+as|referred\s+to\s+as|likes\s+to\s+call|has\s+called)\s*$",
    re.IGNORECASE,
)
# "call X the '...'": naming with a definite label, not quoting an assessment.
_LABELLED = re.compile(r"\bcall(?:ed|ing|s)?\s+(?:\w+\s+){1,4}the\s*$", re.IGNORECASE)
# Verbs in that list that are speech when a subject speaks them ("Trump called it ...").
_ACTIVE_OK = {"called", "dubbed", "labelled", "labeled", "termed", "branded"}
_SHORT = 4  # words: an unattributed partial quote this short is a scare quote


# An unattributed quote in the article's minority style ('single' marks in a
# double-quote article) up to this many words is a term, not speech.
_MINORITY_SHORT = 8


def is_term(
    ix: ArticleIndex, d: int, m: MarkSpan, qi: int, qj: int, atts: "list[Attribution]", dominant: str | None = None
) -> bool:
    """Should this mark pair be dropped as a quoted term or title?"""
    att = atts[0] if atts else None
    text = ix.text
    inner = text[m.start : m.end]
    lo, hi = ix.blocks[d]
    before = text[lo : m.open]
    words = inner.split()
    # a title-case term in a title-case headline: 'A Man Develops "Feather-Duvet Lung"'
    if (
        _headline(text[lo:hi])
        and words
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
        and not any(a.how == "headline" and a.cue == ":" for a in atts)
    ):
        return True
    if _title_term(inner, before):
        return True
    g = _TERM_BEFORE.search(before)
    if g and not _spoken_guard(ix, d, qi, g.group(0)) and not _SAID_OF.search(before):
        return True
    if _WHAT_CALLED.search(before):
        return True  # "what she called 'reckless spending'": the writer names a term
    if (
        m.kind == "single" and m.depth == 0 and len(words) == 1 and inner.isalpha() and inner.islower()
        and re.search(r"(?<![\w-])(?:a|an)\s*$", before, re.IGNORECASE)
    ):
        return True  # "a 'whodunnit'": one word in single marks inside a noun phrase is a term
    opens_sentence = not before.strip() or before.rstrip()[-1] in ".!?\"”’'"
    if att is None and len(words) <= _SHORT and not opens_sentence and not _sentence_like(inner):
        return True
    if _LABELLED.search(before):
        return True  # "calling the project the 'bridge to nowhere'": a label
    if att is None and m.depth == 0 and dominant and m.kind != dominant and len(words) <= _MINORITY_SHORT:
        return True
    return False


def _spoken_guard(ix: ArticleIndex, d: int, qi: int, guard: str) -> bool:
    """'Trump called it a "disgrace"': the guard verb has a speaking subject."""
    last = guard.split()[-1].lower()
    if last not in _ACTIVE_OK:
        return False
    doc = ix.docs[d].doc
    k = qi - 1
    while k >= 0 and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    if k < 0 or doc[k].lower_ != last:
        return False
    verb = doc[k]
    if any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ in ("acl", "amod", "relcl"):
        return False
    if k > 0 and doc[k - 1].lower_ in ("'s", "’s", "is", "are", "was", "were", "so", "-", "be", "been"):
        return False
    return any(c.dep_ == "nsubj" for c in verb.children)


def _headline(block: str) -> bool:
    """A block written in title case with no sentence end: a headline."""
    b = block.strip()
    if not b or b[-1] in ".!?\"”’'" and len(b.split()) > 12:
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", b)]
    if len(words) < 3:
        return False
    small = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by", "after", "as", "from"}
    caps = sum(1 for w in words if w[0].isupper() or w.lower() in small)
    return caps >= 0.8 * len(words) and caps > sum(1 for w in words if w.lower() in small)


def _sentence_like(inner: str) -> bool:
    s = inner.strip()
    return bool(s) and s[0].isupper() and s[-1] in ".!?," and len(s.split()) >= 3


_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from", "de"}


def _title_term(inner: str, before: str) -> bool:
    """A short title-case name in mid-sentence: a title or a label ('the film "Blue Harbour"')."""
    words = [w.strip(".,;:!?") for w in inner.split()]
    words = [w for w in words if w]
    if not words or len(words) > 6:
        return False
    prev = before.rstrip()
    if not prev or prev[-1] in ":,;(—–-.!?\"”’'" or prev.endswith(("said", "says")):
        return False
    alpha = [w for w in words if w[:1].isalpha()]
    if not alpha or not any(w.lower() not in _SMALL for w in alpha):
        return False
    if alpha[0].lower() in ("i", "we", "yes", "no", "it", "this", "they", "he", "she", "you"):
        return False
    return all(w[:1].isupper() or w.lower() in _SMALL for w in alpha)
