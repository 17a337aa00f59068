"""Context cues for a name's label (the ``context`` family of ``label_rules.LABEL_RULES``).

The small model tags unfamiliar place and company names as people, and people introduced by a
role noun as organisations. Each rule below reads the words right around one mention, never a
particular name: an organisation noun before or after it ("the chipmaker X", "the X
newspaper"), a corporate or place head word ("X Airlines", "X Falls"), an appositive ("X, the
delivery app,"), possessions ("X's shares", "X's harbour"), "X, Vt.", "in X", "X and
<place>", "X said it". ``cues`` sums every registered rule, of all three families.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import newsread.analysis.kind_cues  # noqa: F401  (registers the ``kind`` label rules)
from newsread.analysis.cue_words import (
    LEGAL,
    NAME_SUFFIXES,
    ORG_AFTER,
    ORG_HEADS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PLACE_HEADS,
    PLACE_POSSESSIONS,
    PLACE_TITLES,
    RELATIVES,
    SPEECH_VERBS,
    STATE_ABBR,
    WORK_NOUNS,
)
from newsread.analysis.name_kinds import appositive_head
from newsread.analysis.label_rules import LABEL_RULES, Mention, Weights, weigh
from newsread.analysis.names import TITLE_WORDS, bare
from newsread.analysis.person_cues import person_shaped

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _words(doc: "Doc", i: int, n: int) -> list[str]:
    return [t.lower_ for t in doc[max(0, i) : max(0, i + n)]]


def cues(doc: "Doc", start: int, end: int, places: set[str]) -> dict[str, int]:
    """The summed weights of every label rule (``label_rules``) around one mention
    ``doc[start:end]``; ``places`` holds the lowercase texts and last words of the article's places."""
    return weigh(Mention(doc, start, end, places))


_ORG_POSSESSIONS = frozenset(
    """shares stock employees headquarters board shareholders chief ceo boss chairman chairwoman
    spokesman spokeswoman spokesperson customers""".split()
)
_SPOKESPEOPLE_OF = frozenset(("spokeswoman", "spokesman", "spokesperson", "shares", "stock", "employees", "port", "mayor"))
# Pieces of writing published in a newspaper or on a site: "an article in X".
_PUBLICATION_PIECES = frozenset("article articles op-ed op-eds column columns editorial editorials essay".split())
# Events of a life and family ties before "of X": "the death of X", "the widow of X".
_LIFE_EVENTS = frozenset(
    """death deaths killing killings murder murders funeral burial birth widow widower son sons daughter
    daughters wife husband mother father brother sister grandson granddaughter""".split()
)
_PLACE_APPOSITIVES = frozenset(("village", "town", "hamlet", "suburb", "city", "island", "parish"))


@LABEL_RULES.rule("context")
def organisation_head(m: Mention) -> Weights | None:
    """'X Airlines', 'X Council': a corporate or institutional head word ends the name."""
    return {"ORG": 2} if m.end - m.start > 1 and m.last in ORG_HEADS else None


@LABEL_RULES.rule("context")
def place_head(m: Mention) -> Weights | None:
    """'X Falls', 'X County': a place's head word ends the name."""
    return {"GPE": 2, "PLACE": 2} if m.end - m.start > 1 and m.last in PLACE_HEADS else None


@LABEL_RULES.rule("context")
def title_before(m: Mention) -> Weights | None:
    """'Ms. X', 'President X': a capitalised title before the name."""
    prev = m.before()
    return {"PERSON": 2} if prev is not None and bare(prev.text) in TITLE_WORDS and prev.text[:1].isupper() else None


@LABEL_RULES.rule("context")
def relative_after(m: Mention) -> Weights | None:
    """'X's wife': a person."""
    nxt2 = m.after(2)
    return {"PERSON": 2} if m.possessive_after() and nxt2 is not None and nxt2.lower_ in RELATIVES else None


@LABEL_RULES.rule("context")
def organisation_noun_before(m: Mention) -> Weights | None:
    """'the chipmaker X': an organisation noun right before the name."""
    prev = m.before()
    return {"ORG": 2} if prev is not None and prev.text.islower() and prev.lower_ in ORG_NOUNS else None


@LABEL_RULES.rule("context")
def person_noun_before(m: Mention) -> Weights | None:
    """'asked goalkeeper X': a person-role noun right before the name."""
    prev = m.before()
    if prev is not None and prev.text.islower() and prev.lower_ not in ORG_NOUNS and prev.lower_ in PERSON_NOUNS and prev.pos_ == "NOUN":
        return {"PERSON": 2}
    return None


@LABEL_RULES.rule("context")
def in_place(m: Mention) -> Weights | None:
    """'in X' (not "in X's"): a place, a little."""
    prev = m.before()
    return {"GPE": 1} if prev is not None and prev.text == "in" and not m.possessive_after() else None


@LABEL_RULES.rule("context")
def spokesperson_for(m: Mention) -> Weights | None:
    """'a spokeswoman for X', 'shares of X': an organisation; 'the port of X', 'mayor of X': a place."""
    prev, prev2 = m.before(1), m.before(2)
    if prev is None or prev.text not in ("for", "of") or prev2 is None or prev2.lower_ not in _SPOKESPEOPLE_OF:
        return None
    return {"GPE": 2, "PLACE": 2} if prev2.lower_ in ("port", "mayor") else {"ORG": 2}


@LABEL_RULES.rule("context")
def published_in(m: Mention) -> Weights | None:
    """'an article in Politico', 'wrote in an op-ed for X': a publication."""
    prev, prev2 = m.before(1), m.before(2)
    if prev is not None and prev.lower_ in ("in", "for") and prev2 is not None and prev2.lower_ in _PUBLICATION_PIECES:
        return {"ORG": 2}
    return None


@LABEL_RULES.rule("context")
def organisation_word_after(m: Mention) -> Weights | None:
    """'the X newspaper', 'X employees': an organisation word right after the name."""
    nxt = m.after()
    return {"ORG": 2} if nxt is not None and nxt.lower_ in ORG_AFTER else None


@LABEL_RULES.rule("context")
def legal_suffix(m: Mention) -> Weights | None:
    """'X Inc', 'X Ltd': a company's legal form after the name."""
    nxt = m.after()
    return {"ORG": 2} if nxt is not None and bare(nxt.text) in LEGAL else None


@LABEL_RULES.rule("context")
def organisation_possession(m: Mention) -> Weights | None:
    """'X's shares', 'X's chief executive': what a company has."""
    nxt2 = m.after(2)
    return {"ORG": 2} if m.possessive_after() and nxt2 is not None and nxt2.lower_ in _ORG_POSSESSIONS else None


@LABEL_RULES.rule("context")
def place_possession(m: Mention) -> Weights | None:
    """'X's harbour', 'X's mayor': what a place has."""
    nxt2 = m.after(2)
    return {"GPE": 2, "PLACE": 2} if m.possessive_after() and nxt2 is not None and nxt2.lower_ in PLACE_POSSESSIONS else None


@LABEL_RULES.rule("context")
def the_x_reported(m: Mention) -> Weights | None:
    """'the X reported': a newspaper or broadcaster."""
    nxt = m.after()
    if nxt is not None and m.word_before(1) == "the" and nxt.lower_ in ("reported", "reports", "reporting"):
        return {"ORG": 2}
    return None


@LABEL_RULES.rule("context")
def said_in_a_statement(m: Mention) -> Weights | None:
    """'X said in a statement': a body, a little."""
    nxt, nxt2 = m.after(1), m.after(2)
    if nxt is not None and nxt.lower_ == "said" and nxt2 is not None and nxt2.lower_ == "in" and _words(m.doc, m.end + 2, 2) == ["a", "statement"]:
        return {"ORG": 1}
    return None


@LABEL_RULES.rule("context")
def chief_officer_after(m: Mention) -> Weights | None:
    """'X Chief Executive Jane Doe': a company."""
    nxt, nxt2 = m.after(1), m.after(2)
    if nxt is not None and nxt.lower_ == "chief" and nxt2 is not None and nxt2.lower_ in ("executive", "financial", "operating", "technology"):
        return {"ORG": 2}
    return None


@LABEL_RULES.rule("context")
def state_after(m: Mention) -> Weights | None:
    """'X, Vt.', 'X, Calif.': a place (not "Smith, Jr.")."""
    nxt, nxt2 = m.after(1), m.after(2)
    if nxt is not None and nxt.text == "," and nxt2 is not None and STATE_ABBR.match(nxt2.text) and bare(nxt2.text) not in NAME_SUFFIXES:
        return {"GPE": 2, "PLACE": 2}
    return None


@LABEL_RULES.rule("context")
def place_title_after(m: Mention) -> Weights | None:
    """'X Mayor Jane Doe': a place's office before a name."""
    nxt, nxt2 = m.after(1), m.after(2)
    if nxt is not None and bare(nxt.text) in PLACE_TITLES and nxt2 is not None and nxt2.text[:1].isupper():
        return {"GPE": 2, "PLACE": 2}
    return None


@LABEL_RULES.rule("context")
def appositive_who(m: Mention) -> Weights | None:
    """'X, who', 'X, a retired baker who': a person."""
    nxt = m.after()
    return {"PERSON": 2} if nxt is not None and nxt.text == "," and appositive_head(m.doc, m.end)[1] else None


@LABEL_RULES.rule("context")
def appositive_noun(m: Mention) -> Weights | None:
    """'X, the delivery app,' / 'X, an analyst,' / 'X, the long-running soap,' / 'X, a fishing
    village,': the appositive's noun says what X is."""
    nxt = m.after()
    if nxt is None or nxt.text != ",":
        return None
    head = appositive_head(m.doc, m.end)[0]
    if head in ORG_NOUNS:
        return {"ORG": 2}
    if head in PERSON_NOUNS:
        return {"PERSON": 1}
    if head in WORK_NOUNS:
        return {"WORK": 2}
    if head in _PLACE_APPOSITIVES:
        return {"GPE": 2, "PLACE": 2}
    return None


@LABEL_RULES.rule("context")
def conjoined_with_place(m: Mention) -> Weights | None:
    """'to X and Antwerp', 'Springdale and nearby X': a place beside places."""
    root = m.doc[m.start : m.end].root
    conjuncts = [t for t in root.children if t.dep_ == "conj"]
    if root.dep_ == "conj":
        conjuncts.append(root.head)
    if any(t.lower_ in m.places and not (m.start <= t.i < m.end) for t in conjuncts):
        return {"GPE": 2}
    prev, prev2, nxt, nxt2 = m.before(1), m.before(2), m.after(1), m.after(2)
    if (nxt is not None and nxt.lower_ in ("and", ",") and nxt2 is not None and nxt2.lower_ in m.places) or (
        prev is not None and prev.lower_ == "and" and prev2 is not None and prev2.lower_ in m.places
    ):
        return {"GPE": 2}
    return None


@LABEL_RULES.rule("context")
def conjoined_with_person(m: Mention) -> Weights | None:
    """'Sens. Johnny Isakson of Georgia and John Boozman of Arkansas', 'Rand Paul and Carly
    Fiorina': a name shaped like a person's in a list with a person is one."""
    if not person_shaped(m.doc, m.start, m.end) or m.word_before(1) in ("the", "a", "an"):
        return None  # "Rubio and the Republican Congress": a person's name takes no article
    root = m.doc[m.start : m.end].root
    conjuncts = [t for t in root.children if t.dep_ == "conj"]
    if root.dep_ == "conj":
        conjuncts.append(root.head)
    if any(t.ent_type_ == "PERSON" and not (m.start <= t.i < m.end) for t in conjuncts):
        return {"PERSON": 2}
    return None


@LABEL_RULES.rule("context")
def life_event_of(m: Mention) -> Weights | None:
    """'the deaths of Alton Sterling and Philando Castile', 'the widow of X': events of a life
    and family ties are a person's (for a name shaped like one)."""
    if not person_shaped(m.doc, m.start, m.end):
        return None
    root = m.doc[m.start : m.end].root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # the list's first name: "of [Alton Sterling] and [Philando Castile]"
    first = min(m.start, root.left_edge.i)
    prev, prev2 = m.at(first - 1), m.at(first - 2)
    if prev is not None and prev.lower_ == "of" and prev2 is not None and prev2.lower_ in _LIFE_EVENTS:
        return {"PERSON": 2}
    return None


@LABEL_RULES.rule("context")
def subject_then_its(m: Mention) -> Weights | None:
    """The subject of a sentence that goes on with "its" before any "his"/"her": a company."""
    if m.doc[m.start : m.end].root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for t in m.doc[m.end : min(len(m.doc), m.end + 15)]:
        if t.lower_ in ("he", "she", "his", "her", "him") or t.text in (".", ";", "“", '"'):
            return None
        if t.lower_ == "its":
            return {"ORG": 1}
    return None


@LABEL_RULES.rule("context")
def said_it_or_he(m: Mention) -> Weights | None:
    """'X said it would': a company speaks of itself as "it"; 'X said he': a person."""
    nxt = m.after()
    if nxt is None or nxt.lower_ not in SPEECH_VERBS:
        return None
    after = _words(m.doc, m.end + 1, 5)
    out: Weights = {}
    if "it" in after and not {"he", "she", "his", "her"} & set(after):
        out["ORG"] = 1
    if {"he", "she"} & set(after):
        out["PERSON"] = 1
    return out
