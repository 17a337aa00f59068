"""The content of a reported-speech cue: the token ranges of the words it reports.

One cue, one attribution; its content may come in fragments ("Those who vote, he said, must
register" is two). Each finder reads one construction off the dependency parse, in order of
reliability: a clause ("said (that) ..."), a listed preposition ("called for ...", "accused X of
..."), a to-infinitive ("urged X to ..."), an object ("denied the charges"), and last the clause
a parenthetical cue interrupts or follows ("..., she said, ..."). "according to X" has its own
finder: the content is the clause it stands in, minus the phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsread.analysis.lexicon import DEMONSTRATIVES, OBJECT_PRONOUNS, TYPOGRAPHIC_DASHES, WH_PRONOUNS
from newsread.analysis.quotes.speech_cues import (
    CLAUSE_ONLY,
    OBJECT_CONTENT,
    OBJECT_THEN_CONTENT,
    PREP_CONTENT,
    XCOMP_CONTENT,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

Fragment = tuple[int, int]  # token range [i, j) of one doc

# Punctuation trimmed from a fragment's edges (quotation marks stay: they are part of a mixed
# content, and the caller needs them to see the quote).
_EDGE_PUNCT = frozenset(",.;:—–-―--()")
_OBJECTS = ("dobj", "obj")
# Persons as objects are the people spoken to or about ("told him", "accused them"), not content.
_PERSON_PRONOUNS = OBJECT_PRONOUNS | DEMONSTRATIVES | WH_PRONOUNS


def _subtree(tok: "Token") -> Fragment:
    return tok.left_edge.i, tok.right_edge.i + 1


def trim(doc, frag: Fragment) -> Fragment | None:
    """The fragment without edge punctuation and spaces; None when fewer than two words remain."""
    i, j = frag
    while i < j and (doc[i].is_space or doc[i].text in _EDGE_PUNCT):
        i += 1
    while j > i and (doc[j - 1].is_space or doc[j - 1].text in _EDGE_PUNCT):
        j -= 1
    words = sum(1 for t in doc[i:j] if not t.is_punct and not t.is_space)
    return (i, j) if words >= 2 or (i < j and any(t.is_quote for t in doc[i:j])) else None


# Trailing modifiers after a comma or dash that are the writer's aside, not the reported words:
# ", which includes ...", ", citing ...", ", the presumptive nominee", ", because ...".
_ASIDE_DEPS = frozenset(("relcl", "appos", "advcl", "acl"))
_ASIDE_OPENERS = frozenset("which who whom whose because as while whereas although though".split())
_ASIDE_PUNCT = TYPOGRAPHIC_DASHES | {","}


def drop_aside(doc, frag: Fragment) -> Fragment:
    """The fragment without a trailing aside: a non-restrictive relative clause, a participle
    clause, an apposition or a 'because/as/while' clause that runs from a comma to the end."""
    i, j = frag
    for k in range(i + 2, j - 1):
        if doc[k].text not in _ASIDE_PUNCT or doc[k].is_quote:
            continue
        first = doc[k + 1]
        m = first
        while m.head is not m and m.head.left_edge.i == first.i and i <= m.head.i < j:
            m = m.head
        if m.right_edge.i < j - 2 or m.dep_ not in _ASIDE_DEPS:
            continue
        if m.dep_ == "relcl" and first.lower_ not in _ASIDE_OPENERS:
            continue
        if m.dep_ in ("advcl", "acl") and m.tag_ != "VBG" and first.lower_ not in _ASIDE_OPENERS:
            continue
        return i, k
    return frag


def by_clause(cue: "Token", lemma: str) -> list[Fragment]:
    """'said (that) ...', '..., she said', 'said legalizing it would help', 'calling Trump a
    fascist': every clausal complement of the cue (a to-infinitive is by_infinitive's)."""
    out = [
        _clause(c) for c in cue.children
        # the parse sometimes labels a noun as the clause ("said Sunday on NBC's Meet the Press")
        if (c.dep_ in ("ccomp", "csubj") and clause_like(cue.doc, _subtree(c)))
        or (c.dep_ == "xcomp" and not _infinitive(c))
    ]
    return out or _that_clause_on_medium(cue)


def _that_clause_on_medium(cue: "Token") -> list[Fragment]:
    """'said in a statement that ...': the parse hangs the that-clause on 'statement'."""
    for p in cue.children:
        if p.dep_ != "prep" or p.i < cue.i:
            continue
        for obj in p.children:
            for c in obj.children if obj.dep_ == "pobj" else ():
                if c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                    return [_clause(c)]
    return []


def _clause(tok: "Token") -> Fragment:
    """A reported clause, without a coordinated clause of the writer's after a comma ('... is
    wrong, and he railed against ...'); 'and that ...' stays, it continues the report."""
    lo, hi = _subtree(tok)
    doc = tok.doc
    for conj in tok.children:
        if conj.dep_ != "conj" or conj.i < tok.i or not _has_subject(conj):
            continue
        if any(m.dep_ == "mark" for m in conj.children):
            continue
        cut = conj.left_edge.i
        while cut > lo and doc[cut - 1].dep_ in ("cc", "punct"):
            cut -= 1
        if cut < conj.left_edge.i and any(doc[k].text == "," for k in range(cut, conj.left_edge.i)):
            hi = min(hi, cut)
    return lo, hi


def _infinitive(tok: "Token") -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


def by_preposition(cue: "Token", lemma: str) -> list[Fragment]:
    """'called for a ban', 'accused the Democrats of lying', 'called for Trump to quit': the object
    of a listed preposition, with the person object before it when the cue takes one and a
    to-infinitive after it (the parse hangs that on the cue)."""
    for c in cue.children:
        if c.dep_ == "advcl" and c.i > cue.i:
            mark = next((m for m in c.children if m.dep_ == "mark" and m.i < c.i), None)
            if mark is not None and (lemma, mark.lower_) in PREP_CONTENT:
                return [(mark.i + 1, c.right_edge.i + 1)]  # 'called for Trump to drop out'
        if c.dep_ in ("prep", "prt") and (lemma, c.lower_) in PREP_CONTENT:
            objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
            if not objs:
                continue
            lo = objs[0].left_edge.i
            if lemma in OBJECT_THEN_CONTENT:
                dobj = next((o for o in cue.children if o.dep_ in _OBJECTS and o.i < c.i), None)
                lo = dobj.left_edge.i if dobj is not None else lo
            hi = c.right_edge.i + 1
            then = next((x for x in cue.children if x.i == hi and x.dep_ in ("advcl", "xcomp") and _infinitive(x)), None)
            if then is None:
                then = next((x for x in cue.children if x.left_edge.i == hi and x.dep_ in ("advcl", "xcomp")
                             and _infinitive(x)), None)
            return [(lo, then.right_edge.i + 1 if then is not None else hi)]
    return []


def by_infinitive(cue: "Token", lemma: str) -> list[Fragment]:
    """'vowed to repeal the law', 'urged voters to stay home': the to-infinitive, with the
    person addressed before it."""
    if lemma not in XCOMP_CONTENT:
        return []
    for c in cue.children:
        if c.dep_ == "xcomp" and c.i > cue.i and _infinitive(c):
            dobj = next((o for o in cue.children if o.dep_ in _OBJECTS and o.i < c.i), None)
            lo = dobj.left_edge.i if dobj is not None else c.left_edge.i
            return [(lo, c.right_edge.i + 1)]
    return []


def by_object(cue: "Token", lemma: str) -> list[Fragment]:
    """'denied the charges', 'described the protest as peaceful', 'called him a liar': the object,
    with what the cue says of it ('as ...', a predicate)."""
    dobj = next((o for o in cue.children if o.dep_ in _OBJECTS and o.i > cue.i), None)
    if dobj is None or dobj.lower_ in _PERSON_PRONOUNS and lemma not in OBJECT_THEN_CONTENT:
        return []
    said_of = [c for c in cue.children if c.i > dobj.i and (c.dep_ in ("oprd", "xcomp", "ccomp") or
                                                         (c.dep_ == "prep" and c.lower_ == "as") or _as_clause(c))]
    if said_of:
        # "called him a liar", "described it as a mess": the object and what is said of it
        return [(dobj.left_edge.i, said_of[-1].right_edge.i + 1)]
    if lemma not in OBJECT_CONTENT or lemma in CLAUSE_ONLY or dobj.ent_type_ == "PERSON":
        return []
    lo, hi = _subtree(dobj)
    return [(lo, _noun_modifier_end(cue, hi))]


def _as_clause(tok: "Token") -> bool:
    """'described the dinner as Washington celebrating itself': the parse reads 'as' as the mark
    of a clause; it is still what the cue says of its object."""
    if tok.dep_ != "advcl":
        return False
    return any(m.dep_ == "mark" and m.lower_ == "as" and m.i == tok.left_edge.i for m in tok.children)


# Prepositions that, right after a spoken object, modify the object rather than the act of saying
# ("announced his engagement to ...", "denied the charges against her", "recalled his opposition
# to ..."); the parse often hangs them on the verb. Time, place and medium ("on Monday", "at a rally", "in an
# interview") stay the writer's.
_OBJECT_PREPS = frozenset("to of for about against over into".split())


def _noun_modifier_end(cue: "Token", hi: int) -> int:
    """End of a spoken object, widened over a following prepositional phrase of the listed kinds
    that the parse attached to the cue."""
    for c in cue.children:
        if c.dep_ == "prep" and c.i == hi and c.lower_ in _OBJECT_PREPS:
            return c.right_edge.i + 1
    return hi


def by_host(cue: "Token", lemma: str) -> list[Fragment]:
    """'Those who vote, he said, must register' / 'It is over, she said': the clause the cue
    interrupts or follows, in the parts before and after the cue's own clause."""
    if cue.dep_ not in ("parataxis", "advcl") or not _has_subject(cue):
        # (a cue parsed as the complement of another verb is not a parenthetical)
        return []
    host = cue.head
    if host.i > cue.i and cue.dep_ != "parataxis":
        return []  # "As he said, ...": a cue before its host is an adverbial, not an attribution
    lo, hi = _subtree(cue)
    out = [(host.left_edge.i, lo), (hi, host.right_edge.i + 1)]
    return [f for f in out if f[0] < f[1]]


def by_according(tok: "Token") -> list[Fragment]:
    """'X is ahead, according to a new poll': the clause the phrase stands in, without it."""
    host = tok.head
    if host is tok:
        return []
    lo, hi = _subtree(tok)
    out = [(host.left_edge.i, lo), (hi, host.right_edge.i + 1)]
    return [f for f in out if f[0] < f[1]]


def _has_subject(tok: "Token") -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


FINDERS = (by_clause, by_preposition, by_infinitive, by_object, by_host)


def content_of(cue: "Token", lemma: str) -> tuple[str, list[Fragment]]:
    """How the content was found (the finder's name without 'by_') and its fragments
    (untrimmed); ('', []) when the cue governs nothing."""
    for finder in FINDERS:
        frags = finder(cue, lemma)
        if frags:
            return finder.__name__[3:], frags
    return "", []


def clause_like(doc, frag: Fragment) -> bool:
    """Does the fragment hold a clause (a verb), or quoted words? A short title-case run is a
    name the parse took for a clause ("on NBC's Meet the Press")."""
    toks = doc[frag[0] : frag[1]]
    words = [t for t in toks if t.is_alpha]
    if 0 < len(words) <= 4 and all(t.text[:1].isupper() for t in words):
        return False
    return any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in toks)
