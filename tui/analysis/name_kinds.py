"""Kinds of names found from the words around them, as passes of the entity stage
(``entities.ENTITY_PASSES``), and the helpers the label rules share.

Descriptions (``is_description``): a kinship word used as a form of address ("Mum", "Grandad")
and a demonym noun ("the Scot", "a Frenchman") are common nouns, not names.

Passes: ``nickname_people`` makes a bare nickname tagged as a thing ("Trish said") a person when
one person named in full has its forename; ``age_names`` tags a name followed by an age that the
model missed; ``pool_surnames`` lets a full name and its bare surname share their person cues.
``head_prefixes`` finds the short forms of institutions and places ("Halcombe" of "Halcombe
Town"); ``appositive_head`` reads the noun of "X, the delivery app," for the context rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsread.analysis.cue_words import (
    DEMONYM_NOUNS,
    DEMONYM_SHAPE,
    KINSHIP_FORMS,
    ORG_HEADS,
    PERSON_NOUNS,
    PLACE_HEADS,
    TEAM_PLACE_HEADS,
)
from newsread.analysis.entity_state import EntityState, WorkEntity
from newsread.analysis.lexicon import DETERMINERS, TEAM_HEADS
from newsread.analysis.names import TITLE_WORDS, bare, nickname_owner
from newsread.analysis.thing_names import HEADLINE_PEOPLE

if TYPE_CHECKING:
    from spacy.tokens import Doc

# What follows "Alfie, 7" when the number is an age, not part of a list or a score.
_AGE_AFTER = frozenset((",", ".", ")", ";", "and", "who", "said"))


def age_follows(doc: "Doc", end: int) -> bool:
    """The name at ``[.., end)`` is followed by an age: "Alfie, 7, ..." or "Alfie (7)"."""
    if end + 2 >= len(doc) or doc[end].text not in (",", "("):
        return False
    num, close = doc[end + 1], doc[end + 2]
    if not num.text.isdigit() or not 0 < int(num.text) <= 110:
        return False
    return close.text == ")" if doc[end].text == "(" else close.lower_ in _AGE_AFTER


def is_description(
    doc: "Doc", start: int, end: int, surnames: set[str] | frozenset = frozenset(), label: str = "PERSON"
) -> bool:
    """``doc[start:end]`` is a kinship word ("Mum", "Grandad") or a demonym noun ("the Scot",
    "a Frenchman", "the Norwegian") rather than a name.

    A word that is the surname of someone named in full stays a name ("Ma" of "Jack Ma"); a
    demonym of the common shape ("Norwegian", which "Brian" shares) only after a determiner or
    an adjective ("the Norwegian", "the 30-year-old Brazilian"). An organisation (``label``)
    keeps such a name unless "a" comes before it or it is a "-man" word: newspapers are called
    "the Oregonian"."""
    words = [bare(t.text) for t in doc[start:end] if not t.is_punct]
    if not words or (len(words) == 1 and words[0] in surnames):
        return False
    if all(w in KINSHIP_FORMS for w in words):
        return True
    if len(words) != 1:
        return False
    word = doc[start].text
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.text == "The" and not prev.is_sent_start:
        return False  # "reported in The Oregonian", "The Scotsman": a newspaper's title
    if label == "ORG" and not (prev is not None and prev.lower_ in ("a", "an")) and not words[0].endswith(("man", "woman")):
        return False  # "the Oregonian reported": newspapers are named like demonyms
    after_det = prev is not None and (prev.lower_ in DETERMINERS or prev.pos_ in ("DET", "ADJ"))
    if words[0].endswith(("man", "woman")) and words[0] in DEMONYM_NOUNS:
        return True
    return after_det and (words[0] in DEMONYM_NOUNS or bool(DEMONYM_SHAPE.match(word)))


def age_names(state: EntityState) -> None:
    """Names the model did not tag, or tagged as a thing, that a person cue frames: an age after
    the name ("Alfie, 7,", "his sister Maisie, 5,") or a described appositive before it ("said
    a resident, Carlos Benavides.", "said the Norwegian, Lars Eide."). Adds PERSON entities for
    untagged names and relabels tagged non-actor ones."""
    docs, work = state.docs, state.work
    by_tok = {(w.doc, k): w for w in work for k in range(w.start, w.end)}
    out = []

    def found(i: int, start: int, end: int) -> None:
        if end - start == 1 and bare(docs[i][start].text) in HEADLINE_PEOPLE:
            return  # "Man, 34, charged": a person noun with an age, not a name
        tagged = {id(by_tok[(i, j)]): by_tok[(i, j)] for j in range(start, end) if (i, j) in by_tok}
        if not tagged:
            out.append(WorkEntity(i, start, end, "PERSON"))
            by_tok.update({(i, j): out[-1] for j in range(start, end)})
        for w in tagged.values():
            if w.label in ("WORK_OF_ART", "PRODUCT", "EVENT", "LANGUAGE", "LAW", "CARDINAL", "ORDINAL"):
                w.label = "PERSON"

    for i, doc in enumerate(docs):
        for t in doc:
            if t.text not in (",", "(") or t.i == 0:
                continue
            k = t.i
            if age_follows(doc, k):
                start = k
                while start > 0 and _name_tok(doc[start - 1]):
                    start -= 1
                if 0 < k - start <= 3 and not (k - start == 1 and bare(doc[start].text) in TITLE_WORDS):
                    found(i, start, k)
            if t.text == "," and _described_before(doc, k):
                end = k + 1
                while end < len(doc) and end < k + 4 and _name_tok(doc[end]):
                    end += 1
                closed = end == len(doc) or doc[end].text in (",", ".", ";", ")")
                if end - k - 1 >= 2 and closed and not any(bare(x.text) in TITLE_WORDS for x in doc[k + 1 : end]):
                    found(i, k + 1, end)
    work.extend(out)


def _name_tok(t) -> bool:
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and not t.text.isupper()


def _described_before(doc: "Doc", k: int) -> bool:
    """The comma at ``k`` follows a described person: "a (local) resident," / "the Norwegian,"."""
    if k < 2:
        return False
    noun, det = doc[k - 1], doc[k - 2]
    if noun.text.islower() and noun.lower_ in PERSON_NOUNS and noun.pos_ == "NOUN":
        return det.pos_ in ("DET", "ADJ", "PRON") or det.lower_ in DETERMINERS
    demonym = noun.text[:1].isupper() and (noun.lower_ in DEMONYM_NOUNS or bool(DEMONYM_SHAPE.match(noun.text)))
    return demonym and det.lower_ in ("the", "a", "an")


def alpha(word: str) -> bool:
    """Letters, allowing a name's hyphen or apostrophe inside ("Akufo-Addo", "O'Neill")."""
    return word.replace("-", "").replace("'", "").replace("’", "").isalpha()


def pool_surnames(state: EntityState) -> None:
    """A full name and its last word pool their cues: "Nana Akufo-Addo, the president," and
    "Akufo-Addo said he" (both tagged ORG) make one person, when neither has a cue against it
    (two person cues are enough when one is a gender pronoun)."""
    docs, groups, totals = state.docs, state.evidence.groups, state.evidence.totals
    for key, ws in groups.items():
        names = key.split()
        if not 2 <= len(names) <= 3 or names[-1] not in groups or bare(names[-1]) in ORG_HEADS:
            continue
        if not all(x[:1].isupper() and alpha(x) for x in docs[ws[0].doc][ws[0].start : ws[0].end].text.split()):
            continue
        both = [totals[key], totals[names[-1]]]
        need = 2 if any(t.get("GENDER") for t in both) else 3  # "Petrova said she": a pronoun is strong
        if any(t["ORG"] or t["GPE"] or t["WORK"] or t["ROLE"] for t in both) or sum(t["PERSON"] for t in both) < need:
            continue
        for w in ws + groups[names[-1]]:
            w.label = "PERSON"


def head_prefixes(docs) -> dict[str, str]:
    """Capitalised words written before an institution's or a place's head word somewhere in the
    article ("Halcombe" of "Halcombe Town", "Braden" of "Braden Falls"), with the label the head
    calls for: the same word alone is a short form of that name, not a person."""
    out: dict[str, str] = {}
    for doc in docs:
        for t in doc[:-1]:
            h = doc[t.i + 1]
            if not (t.is_alpha and t.text[:1].isupper() and h.text[:1].isupper() and not t.text.isupper()):
                continue
            head = bare(h.text)
            if head in TEAM_HEADS - TEAM_PLACE_HEADS or head in ORG_HEADS:
                out.setdefault(t.lower_, "ORG")
            elif head in TEAM_PLACE_HEADS or head in PLACE_HEADS:
                out.setdefault(t.lower_, "GPE")
    return out


def appositive_head(doc: "Doc", i: int) -> tuple[str | None, bool]:
    """After the comma at ``doc[i]``: the last lowercase word of a short noun phrase closed by
    a comma, a full stop or "who" ("the grocery delivery app," -> "app"), and whether a "who"
    follows (", who" / ", a retired baker who": a person)."""
    head = None
    for t in doc[i + 1 : i + 9]:
        if t.lower_ == "who":
            return head, True
        hyphened = t.i > 0 and doc[t.i - 1].text == "-"  # "long-running", "Chicago-based": a modifier
        if t.text in (",", ".", ";", "—", "–") or (t.pos_ in ("ADP", "VERB", "AUX", "CCONJ") and not hyphened):
            # The head comes before a prepositional phrase: "an analyst at the bank" -> analyst.
            return head, False
        if t.is_alpha and t.text.islower():
            head = t.lower_
        elif not (t.is_alpha and t.text[:1].isupper()) and t.text not in ("-", "'s", "’s"):
            return None, False
    return None, False


def nickname_people(state: EntityState) -> None:
    """A bare nickname tagged as an organisation or a place ("Trish said" after "Patricia
    Moore") is that person when exactly one person named in full has the full forename."""
    docs, work = state.docs, state.work
    full = [docs[w.doc][w.start : w.end] for w in work if w.label == "PERSON" and w.end - w.start >= 2]
    # One forename per distinct person: two Rebeccas make "Bex" nobody's for sure.
    names = {s.text.lower(): s[0].text for s in full if s[0].text[:1].isupper() and s[0].is_alpha}
    forenames = list(names.values())
    if not forenames:
        return
    for w in work:
        if w.label not in ("ORG", "GPE", "NORP", "FAC", "LOC") or w.end - w.start != 1:
            continue
        tok = docs[w.doc][w.start]
        prev = docs[w.doc][w.start - 1] if w.start > 0 else None
        if prev is not None and prev.lower_ in DETERMINERS:
            continue  # "the Bill": a common noun
        if nickname_owner(tok.text, forenames) is not None:
            w.label = "PERSON"
