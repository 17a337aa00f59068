"""Find the cue and the speaker mention of one quote, from the parse and surface patterns.

Candidates, best first (the caller takes the first whose mention resolves):
1. the dependency path from the quote up to a cue verb outside the quote;
2. a cue right before the opening mark ("X said: '...'", "told him, '...'");
3. a cue verb with a subject elsewhere in the quote's sentence (or the next
   one, since the small model splits '"So what?" said Harry.' in two);
4. surface patterns after the closing mark, where the parse is wrong
   ('..." said Hill', '...," X added', '..." — Name');
5. a dash line signing a quote-only paragraph ('"..."' / '— Name, Outlet');
6. "according to X";
7. headlines: 'Syria "welcomes" deal', 'Merkel: "..."'.
Only tokens outside the quote count (a cue inside the quote is the quoted
person's own reporting: "And I asked, ..."); for a nested quote, tokens of its
parent quote count.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsread.analysis.lexicon import DASHES
from newsread.analysis.quotes.cues import CUE_LEMMAS
from newsread.analysis.quotes.index import ArticleIndex
from newsread.analysis.quotes.subjects import (
    _SUBJ,
    CUE_FORMS,
    Attribution,
    cue_text,
    inverted_subject,
    is_cue,
    own_subject,
    subject_of,
    usable,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

_SENT_END = {".", "!", "?"}
_LEAD_FILLERS = {"quote", "that", ":", ","}
_TELL_LIKE = {"tell", "ask", "write", "say", "warn", "inform", "assure", "remind", "answer", "reply"}


def by_syntax(ix: ArticleIndex, d: int, qi: int, qj: int, base: int) -> Attribution | None:
    """Walk from the quote up the tree to cue verbs outside it.

    Prefers the innermost cue with a subject of its own ("Sondland told them they
    needed to 'deliver'"), else the outermost cue with an inherited subject.
    """
    doc = ix.docs[d].doc
    depth = ix.docs[d].depth
    inside = range(qi, qj)
    exits = [t for t in doc[qi:qj] if t.head.i not in inside or t.head is t]
    cues: list["Token"] = []
    for t in exits:
        h = t.head
        steps = 0
        while steps < 12:
            if depth[h.i] <= base and is_cue(h) and h not in cues:
                cues.append(h)
            if h.head is h:
                break
            h = h.head
            steps += 1
    if len(cues) > 1 and cues[-1].dep_ == "ROOT" and cues[-1].i >= qj:
        # '... told staff "X," said another witness': the sentence's own
        # attribution clause, after the quote, names who is speaking
        cues = [cues[-1]] + cues[:-1]
    for c in cues:  # innermost first (walk order)
        s = own_subject(c, ix, d, base)
        if s is None and c.i > qi:
            s = inverted_subject(c, ix, d, base)
        if s is None and c.dep_ in ("conj", "xcomp", "advcl") and is_cue(c.head) and depth[c.head.i] <= base:
            # "described it as X and warned her to 'Y'": the coordinated cue's subject
            s = own_subject(c.head, ix, d, base)
        if usable(s):
            return Attribution(d, s.i, cue_text(c), c.i)
    for c in reversed(cues):
        s = subject_of(c, ix, d, base, c.i > qi)
        if usable(s):
            return Attribution(d, s.i, cue_text(c), c.i)
    return None


def by_sentence(ix: ArticleIndex, d: int, qi: int, qj: int, base: int) -> Attribution | None:
    """A cue with a subject elsewhere in the quote's sentence: the nearest after, then before."""
    doc = ix.docs[d].doc
    depth = ix.docs[d].depth
    sent = doc[qi].sent
    lo, hi = sent.start, sent.end
    # The small model splits '"So what?" said Harry.' in two: look one sentence on
    # when the quote ends its sentence.
    if hi <= qj + 1 and hi < len(doc):
        hi = doc[hi].sent.end
    after = [t for t in doc[qj:hi] if depth[t.i] <= base and is_cue(t)]
    before = [t for t in reversed(doc[lo:qi]) if depth[t.i] <= base and is_cue(t)]
    for c in after + before:
        s = subject_of(c, ix, d, base, c.i > qi)
        if usable(s):
            return Attribution(d, s.i, cue_text(c), c.i, how="sentence")
    return None


def by_surface(ix: ArticleIndex, d: int, qi: int, qj: int, base: int) -> Attribution | None:
    """Patterns next to the closing mark when the parse does not connect them."""
    doc = ix.docs[d].doc
    depth = ix.docs[d].depth
    k = qj
    while k < len(doc) and doc[k].is_punct and doc[k].text not in _SENT_END and doc[k].text not in DASHES:
        k += 1
    if k < len(doc) and doc[k].text in DASHES and k + 1 < len(doc) and depth[k] <= base:
        # '"We will rebuild." — Mayor Joan Reed'
        nxt = doc[k + 1]
        if nxt.pos_ == "PROPN" or ix.entity(d, nxt) is not None:
            j = k + 1
            while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN":
                j += 1
            return Attribution(d, j, "—", k, how="dash")
    while k < len(doc) and doc[k].is_punct and doc[k].text not in _SENT_END:
        k += 1
    window = []
    while k < len(doc) and len(window) < 14 and depth[k] <= base:
        if doc[k].text in _SENT_END and not (k > 0 and doc[k - 1].is_title and len(doc[k - 1]) <= 3):
            break
        window.append(doc[k])
        k += 1
    for n, t in enumerate(window):
        if is_cue(t, loose=True) or t.lower_ in CUE_FORMS:
            if n == 0:
                # inverted: said Smith / said the minister
                for u in window[1:5]:
                    if u.pos_ in ("PROPN", "NOUN", "PRON"):
                        return Attribution(d, _chunk_head(u).i, cue_text(t), t.i, how="surface")
                return None
            for u in window[:n]:
                if u.pos_ in ("PROPN", "PRON") or (u.pos_ == "NOUN" and u.dep_ in _SUBJ):
                    return Attribution(d, _chunk_head(u).i, cue_text(t), t.i, how="surface")
            # "the patient described ...": the noun right before the cue (adverbs skipped)
            k = n - 1
            while k >= 0 and window[k].pos_ == "ADV":
                k -= 1
            if k >= 0 and window[k].pos_ == "NOUN":
                return Attribution(d, window[k].i, cue_text(t), t.i, how="surface")
            return None
    return None


def by_lead(ix: ArticleIndex, d: int, qi: int, qj: int, base: int) -> Attribution | None:
    """'X said: "..."', 'heard Trump ask, quote, "..."': a cue right before the opening mark."""
    doc = ix.docs[d].doc
    depth = ix.docs[d].depth
    k = qi - 1
    while k >= 0 and (doc[k].is_punct or doc[k].lower_ in _LEAD_FILLERS) and qi - k <= 5:
        k -= 1
    if k < 1 or depth[k] > base:
        return None
    t = doc[k]
    # "told him, '...'", "told reporters: '...'": skip a short object after the cue
    obj = k
    while obj > 0 and k - obj < 3 and doc[obj].pos_ in ("PRON", "PROPN", "NOUN", "DET") and depth[obj] <= base:
        obj -= 1
    if obj != k and obj >= 1 and is_cue(doc[obj]) and doc[obj].lemma_.lower() in _TELL_LIKE:
        t = doc[obj]
        k = obj
    if not (is_cue(t) or (t.lemma_.lower() in CUE_LEMMAS and t.text.islower())):
        return None
    s = own_subject(t, ix, d, base)
    if s is None:
        u = k - 1
        while u >= 0 and doc[u].pos_ == "ADV":
            u -= 1
        if u >= 0 and doc[u].pos_ in ("PROPN", "PRON", "NOUN") and depth[u] <= base:
            s = _chunk_head(doc[u])
    if usable(s):
        return Attribution(d, s.i, cue_text(t), t.i, how="lead")
    return None


def _capitalised(t: "Token") -> bool:
    return t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper()


def by_headline(ix: ArticleIndex, d: int, qi: int, qj: int, base: int) -> Attribution | None:
    """A short block with no sentence end ('Syria "welcomes" agreement'): its first named actor.

    Also 'Name: "quote"' at the start of a sentence (headline style).
    """
    doc = ix.docs[d].doc
    k = qi - 1
    while k >= 0 and doc[k].is_punct and doc[k].text != ":":
        k -= 1
    if k >= 1 and doc[k].text == ":" and _capitalised(doc[k - 1]) and not base:
        lo = k - 1
        while lo > 0 and _capitalised(doc[lo - 1]):
            lo -= 1
        if lo == doc[lo].sent.start and not _heading_word(ix, d, doc[lo:k]):
            return Attribution(d, k - 1, ":", k, how="headline")
    if len(doc) > 14 or base or any(t.text in _SENT_END for t in doc):
        return None
    # the quoted words are what the named actor does or says: 'Syria "welcomes" deal',
    # not a label ('Britain's "loneliest sheep"')
    first = doc[qi]
    verbish = first.pos_ in ("VERB", "AUX") or (
        # headline present tense the tagger reads as a plural noun ("welcomes")
        first.text.islower() and first.text.endswith("s") and first.tag_ in ("NNS", "VBZ")
        and qi >= 2 and doc[qi - 2].pos_ == "PROPN"
    )
    right_after = qi >= 2 and ix.entity(d, doc[qi - 2]) is not None  # 'Iraq "ready" for talks'
    if not verbish and not right_after and qj - qi < 3:
        return None
    for t in doc[:qi]:
        if ix.entity(d, t) is not None and ix.docs[d].depth[t.i] == 0:
            nxt = t.i + 1
            if nxt < len(doc) and doc[nxt].tag_ == "POS" and not ix.docs[d].depth[nxt]:
                return None  # 'Britain's "loneliest sheep"' (an opening ' tagged POS is still a mark)
            return Attribution(d, t.i, None, None, how="headline")
    return None


def _heading_word(ix: ArticleIndex, d: int, label) -> bool:
    """A label in capitals that the article never writes anywhere else, in capitals or as a name
    ('EXCLUSIVE:', 'UPDATE:', 'WATCH:'): a heading, not a speaker ('TRUMP:' is the article's Trump,
    'AP:' its AP)."""
    words = [t.text for t in label]
    if not all(w.isupper() and len(w) > 1 for w in words):
        return False
    start = ix.docs[d].offset + label.start_char
    forms = {" ".join(words), " ".join(w.capitalize() for w in words), words[-1].capitalize()}
    return not any(
        m.start() != start for form in forms for m in re.finditer(rf"\b{re.escape(form)}\b", ix.text)
    )


def _chunk_head(tok: "Token") -> "Token":
    """The head of a name written as a compound chain (Dmitry -> Peskov)."""
    while (
        tok.dep_ in ("compound", "flat", "amod", "det", "nmod")
        and tok.head.i > tok.i
        and tok.head.i - tok.i < 5
        and not (tok.pos_ == "PROPN" and not tok.head.text[:1].isupper())
    ):
        tok = tok.head
    return tok


def by_signature(ix: ArticleIndex, d: int, qi: int, qj: int, base: int) -> Attribution | None:
    """A quote-only paragraph signed by the next one: '"..."' / '— Laura Chen, The Daily Ledger'
    or '- Sen. Bernie Sanders.' (quote lists, fact checks). The signature is short and opens
    with a dash and a name; the name is the speaker."""
    doc = ix.docs[d].doc
    if base or d + 1 >= len(ix.docs) or not _only_punct(doc[:qi]) or not _only_punct(doc[qj:]):
        return None
    sig = ix.docs[d + 1].doc
    k = 0
    while k < len(sig) and sig[k].is_space:
        k += 1
    if k + 1 >= len(sig) or len(sig) > 24 or ix.docs[d + 1].depth[k]:
        return None
    # ("-President Obama" glued into one token is left alone: the name would keep the dash)
    if sig[k].text not in DASHES:
        return None
    j = k + 1
    nxt = sig[j]
    if not (nxt.pos_ == "PROPN" or ix.entity(d + 1, nxt) is not None) or not nxt.text[:1].isupper():
        return None
    while j + 1 < len(sig) and sig[j + 1].pos_ == "PROPN" and sig[j + 1].text[:1].isupper():
        j += 1
    return Attribution(d + 1, j, sig[k].text, k, how="dash")


def _only_punct(span) -> bool:
    return all(t.is_punct or t.is_space for t in span)


def by_according(ix: ArticleIndex, d: int, qi: int, qj: int, base: int) -> Attribution | None:
    """'according to X' in the quote's sentence."""
    doc = ix.docs[d].doc
    sent = doc[qi].sent
    for t in sent:
        if t.lower_ == "according" and ix.docs[d].depth[t.i] <= base and t.i + 1 < len(doc):
            to = doc[t.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs and usable(objs[0]):
                return Attribution(d, objs[0].i, "according to", t.i, how="according")
    return None


def lead_in(ix: ArticleIndex, d: int) -> Attribution | None:
    """A block that ends with 'X said:' introduces the quote in the next block."""
    doc = ix.docs[d].doc
    if not len(doc):
        return None
    last = doc[-1]
    while last.is_space and last.i > 0:
        last = doc[last.i - 1]
    if last.text != ":":
        return None
    sent = last.sent
    for t in reversed(list(sent)):
        if ix.docs[d].depth[t.i] == 0 and is_cue(t):
            s = subject_of(t, ix, d, 0, False)
            if usable(s):
                return Attribution(d, s.i, cue_text(t), t.i, how="lead-in")
    return None


FINDERS = (by_syntax, by_lead, by_sentence, by_surface, by_signature, by_according, by_headline)


def attribute(ix: ArticleIndex, d: int, qi: int, qj: int, base: int = 0) -> list[Attribution]:
    """Candidate attributions of quote tokens [qi, qj) of doc d, best first.

    ``base`` is the quote's nesting depth. The caller takes the first whose
    mention resolves to a speaker.
    """
    out: list[Attribution] = []
    if qi >= qj:
        return out
    for finder in FINDERS:
        a = finder(ix, d, qi, qj, base)
        if a is not None and all((a.d, a.head) != (b.d, b.head) for b in out):
            out.append(a)
    return out
