"""Passes of the entity stage (``entities.ENTITY_PASSES``) that correct a span or a label from
the words around a name, the parse and the article's other mentions of it; never particular names:

- datelines: an all-capitals place opening a paragraph ("RIVERTON, Ore. —", "PARIS (AFP) -") is
  a place, and so is the same name elsewhere in the article;
- spans: a quoted nickname and the forename before it belong to the name ('Patrick "Pat"
  Doyle'); surname particles belong to the surname ("Van der Berg"); an institution's head
  ("District Council") takes the capitalised words before it ("Eden Valley District Council");
- labels: each person, organisation or place name is relabelled as a whole by summing the label
  rules (``label_rules.LABEL_RULES``: ``context_cues``, ``kind_cues``, ``person_cues``) over all
  its mentions (``relabel_by_cues``), so one cue against a person who is also called "he" or
  "Ms. X" elsewhere does not turn them into a company;
- mentions of an organisation the model tagged elsewhere but not here (``missed_org_mentions``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsread.analysis.cue_words import (
    CLUB_HEADS,
    DASHES,
    DATELINE_END,
    INSTITUTION_HEADS,
    ORG_HEADS,
    PERSON_NOUNS,
    QUOTES,
)
from newsread.analysis.context_cues import cues
from newsread.analysis.entity_state import EntityState, NameEvidence, WorkEntity
from newsread.analysis.name_kinds import alpha, head_prefixes
from newsread.analysis.label_rules import Weights, no_weights
from newsread.analysis.names import NAME_PARTICLES, TITLE_WORDS, bare
from newsread.analysis.thing_names import KNOWN_FORENAMES

if TYPE_CHECKING:
    from spacy.tokens import Doc



def _agency_span(doc: "Doc", k: int) -> tuple[int, int] | None:
    """Capitalised words in parentheses right after a dateline place ("(Reuters)"), if any."""
    if k >= len(doc) or doc[k].text != "(":
        return None
    j = k + 1
    while j < len(doc) and j < k + 5 and doc[j].text[:1].isupper() and doc[j].is_alpha:
        j += 1
    return (k + 1, j) if j > k + 1 and j < len(doc) and doc[j].text == ")" else None


def dateline_span(doc: "Doc") -> tuple[int, int] | None:
    """Tokens ``[0, k)`` of a paragraph that opens with an all-capitals place and a dateline
    mark ("RIVERTON, Ore. —", "PARIS (AFP) -"); the rest of the paragraph is not in capitals."""
    k = 0
    while k < len(doc) and k < 4 and doc[k].is_alpha and doc[k].text.isupper() and len(doc[k].text) >= 2:
        k += 1
    if k == 0 or k >= len(doc) or doc[k].text not in DATELINE_END:
        return None
    # The dateline ends with a dash before any lowercase word ("PARIS, May 2 (AFP) -"), which
    # tells it from a byline in capitals ("JANE DOE, Staff Writer").
    for t in doc[k : k + 10]:
        if t.text in DASHES:
            break
        if t.is_alpha and t.text.islower():
            return None
    else:
        return None
    if not any(c.islower() for c in doc[k:].text):
        return None  # an all-capitals headline
    return (0, k)


def extend_span(doc: "Doc", start: int, end: int, label: str) -> tuple[int, int]:
    """Grow a span over a quoted nickname, surname particles or an institution's name words."""
    if label == "PERSON":
        # 'Patrick "Pat" Doyle': the model often tags only "Doyle".
        if (
            start >= 4 and doc[start - 1].text in QUOTES and doc[start - 3].text in QUOTES
            and doc[start - 2].text[:1].isupper() and doc[start - 4].text[:1].isupper() and doc[start - 4].is_alpha
        ):
            start -= 4
        # "Van der Berg", "bin Salman": particles before the surname are part of it.
        while start > 0 and doc[start - 1].text.islower() and doc[start - 1].text in NAME_PARTICLES:
            start -= 1
            if start > 0 and doc[start - 1].text[:1].isupper() and bare(doc[start - 1].text) in NAME_PARTICLES:
                start -= 1
    if (
        start >= 2 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start
        and not doc[start - 1].text.isupper() and doc[start - 2].text.islower() and doc[start - 2].lower_ in PERSON_NOUNS
        and doc[start - 2].pos_ in ("NOUN", "VERB") and bare(doc[start - 1].text) not in TITLE_WORDS
    ):
        start -= 1  # "nurse [Precious] Mthembu": the forename the model left out
    if label == "PERSON":
        # "Hendrik van der" + "Veen": a name does not end with a particle.
        while end < len(doc) and doc[end - 1].text.islower() and doc[end - 1].text in NAME_PARTICLES and (
            doc[end].text[:1].isupper() and doc[end].is_alpha
        ):
            end += 1
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN" and (
        (label == "ORG" and bare(doc[end].text) in ORG_HEADS)
        or (label == "PERSON" and bare(doc[end].text) in INSTITUTION_HEADS)
    ):
        end += 1  # "Linwood" + "High": the institution's head the model left out
    if label in ("PERSON", "ORG") and bare(doc[end - 1].text) in ORG_HEADS:
        # "Eden Valley District Council": capitalised words before the head name it.
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and (
            not doc[start - 1].is_sent_start or doc[start - 1].pos_ == "PROPN"
        ):
            start -= 1
    return start, end


def _nickname_at(doc: "Doc", k: int) -> bool:
    """Tokens k..k+4 are 'Forename "Nick" Surname' (straight or curly quotes)."""
    a, q1, n, q2, b = doc[k : k + 5]
    return (
        q1.text in QUOTES and q2.text in QUOTES and a.is_alpha
        and a.whitespace_ and not q1.whitespace_ and not n.whitespace_ and q2.whitespace_ and n.is_alpha and b.is_alpha
        and a.text[:1].isupper() and n.text[:1].isupper() and b.text[:1].isupper()
        and not a.text.isupper() and bare(a.text) not in TITLE_WORDS and b.pos_ == "PROPN" and a.pos_ == "PROPN"
    )


_ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC")
# The labels of names whose mentions are weighed together (a name the model also called a work).
_WEIGHED_LABELS = ("PERSON", "ORG", "FAC", "GPE", "LOC", "WORK_OF_ART", "PRODUCT", "EVENT")


def dateline_places(state: EntityState) -> None:
    """An all-capitals place opening a paragraph before a dateline mark is a place, and the agency
    in parentheses after it ("PARIS (AFP) -") an organisation."""
    work = state.work
    for i, doc in enumerate(state.docs):
        span = dateline_span(doc)
        if span is None:
            continue
        work = [w for w in work if not (w.doc == i and w.start < span[1] and w.label in _ACTOR_LABELS)]
        work.append(WorkEntity(i, span[0], span[1], "GPE"))
        agency = _agency_span(doc, span[1])
        if agency:
            work = [w for w in work if not (w.doc == i and w.start < agency[1] and w.end > agency[0])]
            work.append(WorkEntity(i, agency[0], agency[1], "ORG"))
    state.work = work


def quoted_nicknames(state: EntityState) -> None:
    """'Forename "Nick" Surname' is a person's name whether or not the model tagged it."""
    work = state.work
    for i, doc in enumerate(state.docs):
        for k in range(len(doc) - 4):
            if _nickname_at(doc, k):
                work = [w for w in work if not (w.doc == i and w.start < k + 5 and w.end > k)]
                work.append(WorkEntity(i, k, k + 5, "PERSON"))
    state.work = work


def extend_spans(state: EntityState) -> None:
    """Person and organisation spans grow over particles and an institution's name words
    (``extend_span``); a person's span that now ends in an institution's head is one."""
    for w in state.work:
        if w.label in ("PERSON", "ORG"):
            doc = state.docs[w.doc]
            w.start, w.end = extend_span(doc, w.start, w.end, w.label)
            if w.label == "PERSON" and bare(doc[w.end - 1].text) in ORG_HEADS and w.end - w.start > 1:
                w.label = "ORG"


def drop_overlaps(state: EntityState) -> None:
    """In document order, an entity overlapping an actor before it is dropped (what a grown span
    now covers)."""
    state.work.sort(key=lambda w: (w.doc, w.start, -(w.end - w.start)))
    kept: list[WorkEntity] = []
    for w in state.work:
        if kept and kept[-1].doc == w.doc and w.start < kept[-1].end and kept[-1].label in _ACTOR_LABELS:
            continue
        kept.append(w)
    state.work = kept


def _dateline_keys(docs: list["Doc"]) -> set[str]:
    """The lowercase places of the article's datelines."""
    keys = set()
    for doc in docs:
        span = dateline_span(doc)
        if span is not None:
            keys.add(doc[span[0] : span[1]].text.lower())
    return keys


def _places(state: EntityState, dateline_keys: set[str]) -> set[str]:
    """The lowercase texts and last words of the article's places and datelines."""
    docs = state.docs
    places = {docs[w.doc][w.start : w.end].text.lower() for w in state.work if w.label in ("GPE", "LOC")}
    places |= {docs[w.doc][w.end - 1].lower_ for w in state.work if w.label in ("GPE", "LOC")}
    return places | dateline_keys | {k.split()[-1] for k in dateline_keys}


def _word_index(docs: list["Doc"]) -> dict[str, list[tuple[int, int]]]:
    index: dict[str, list[tuple[int, int]]] = {}
    for i, doc in enumerate(docs):
        for t in doc:
            index.setdefault(t.lower_, []).append((i, t.i))
    return index


def _name_total(docs: list["Doc"], first: WorkEntity, index: dict, places: set[str]) -> Weights:
    """The label weights summed over every capitalised occurrence of the name of ``first``."""
    # The name's tokens, not its space-separated words: "Akufo-Addo" is three tokens.
    words = [t.lower_ for t in docs[first.doc][first.start : first.end]]
    total = no_weights()
    for i, k in index.get(words[0], []):
        doc = docs[i]
        if [t.lower_ for t in doc[k : k + len(words)]] != words or not doc[k].text[:1].isupper():
            continue
        for lab, n in cues(doc, k, k + len(words), places).items():
            total[lab] += n
    return total


def relabel_by_cues(state: EntityState) -> None:
    """Each person, organisation or place name takes the label its cues call for, weighed over
    all its mentions (``_decide``); the sums stay in ``state.evidence`` for the passes after."""
    docs = state.docs
    dateline_keys = _dateline_keys(docs)
    places = _places(state, dateline_keys)
    prefixes = head_prefixes(docs)
    # Surnames of people named in full protect a one-word name from relabelling.
    person_parts = {docs[w.doc][w.end - 1].text.lower() for w in state.work if w.label == "PERSON" and w.end - w.start >= 2}
    groups: dict[str, list[WorkEntity]] = {}
    for w in state.work:
        if w.label in _WEIGHED_LABELS:
            groups.setdefault(docs[w.doc][w.start : w.end].text.lower(), []).append(w)
    index = _word_index(docs)
    totals: dict[str, Weights] = {}
    for key, ws in groups.items():
        total = _name_total(docs, ws[0], index, places)
        if key in dateline_keys:
            total["GPE"] += 3
            total["PLACE"] += 3
        if key in prefixes:
            total[prefixes[key]] += 2  # "Halcombe" of "Halcombe Town": a short form
        tagged_person = any(w.label == "PERSON" for w in ws)
        for w in ws:
            w.label = _decide(w.label, key, total, person_parts, docs[w.doc][w.start : w.end], tagged_person)
        totals[key] = total
    state.evidence = NameEvidence(groups, totals, index, places)


def _decide(label: str, key: str, total: dict[str, int], person_parts: set[str], span, tagged_person: bool) -> str:
    """The label a name's summed cues call for (``label`` when they are not clear).

    ``tagged_person``: the model tagged the name as a person somewhere in the article, so a
    single word may go back to PERSON too ("Brazil's Lula" GPE, "Lula, who" PERSON)."""
    other = max(("ORG", "GPE"), key=lambda lab: total[lab])
    if total["ROLE"] >= 2 and total["ROLE"] >= total["PERSON"] and label in ("PERSON", "ORG", "GPE", "WORK_OF_ART"):
        return "CHARACTER"  # a fictional character ("plays X in the soap"): dropped, not an actor
    if label == "PERSON" and total["WORK"] >= 2 and total["WORK"] > total["PERSON"]:
        return "WORK_OF_ART"  # "starred in X", "the X star": a show, not a person
    if label in ("PERSON", "GPE", "FAC", "LOC") and len(key.split()) > 1 and key.split()[-1] in CLUB_HEADS:
        return "ORG"  # "Marlow United", "Haddon Rovers": a club
    if label == "PERSON":
        if len(key.split()) == 1 and key in person_parts:
            return label  # the surname of someone named in full
        # Two cue points at least: one "in X" or "X said it" alone does not unmake a person;
        # one is enough for a lone acronym-like word never seen as a person ("talks at Acas").
        need = 1 if _acronym_like(key, person_parts) and not total["PERSON"] and other == "ORG" else 2
        if total[other] >= need and total[other] > total["PERSON"]:
            return other
        return label
    words = span.text.split()
    if label == "ORG" and total["PLACE"] >= 2 and not total["ORG"] and not total["PERSON"] and not span.text.isupper():
        return "GPE"  # "X Mayor Jane Doe", "X, Ore.": a place
    # An organisation or facility with a person's shape and person cues.
    # "Alfie, 7,", "their son Alfie", or a name that takes "he"/"she" and acts like a person
    one_word_ok = tagged_person or total["AGE"] > 0 or total["NAMED"] > 0 or (total["GENDER"] and total["PERSON"] >= 2)
    shaped = (1 if one_word_ok else 2) <= len(words) <= 3 and all(x[:1].isupper() and alpha(x) for x in words)
    if shaped and bare(words[-1]) not in ORG_HEADS and total["PERSON"] >= 2 and total["PERSON"] > total["ORG"] + total["GPE"]:
        return "PERSON"
    return label


def _acronym_like(key: str, person_parts: set[str]) -> bool:
    """One word of 4-6 letters that is no one's surname or known forename ("acas", "nato")."""
    return key.isalpha() and 4 <= len(key) <= 6 and key not in person_parts and key not in KNOWN_FORENAMES


def missed_org_mentions(state: EntityState) -> None:
    """Mentions of an organisation (not an acronym) the model tagged elsewhere but not here ("A spokeswoman for
    Parcelo said"): the same capitalised words, outside every entity, not run into another name
    (a title may follow: "Parcelo Chief Executive ...")."""
    docs, work = state.docs, state.work
    names = {
        tuple(t.text for t in docs[w.doc][w.start : w.end])
        for w in work
        if w.label == "ORG" and all(t.text[:1].isupper() and t.is_alpha for t in docs[w.doc][w.start : w.end])
        # Not acronyms: capitals are often a chemical, a law or a unit ("PFAS"), not a body.
        and not docs[w.doc][w.start : w.end].text.isupper()
    }
    if not names:
        return
    covered = {(w.doc, k) for w in work for k in range(w.start, w.end)}
    out = []
    for i, doc in enumerate(docs):
        for name in names:
            n = len(name)
            for k in range(len(doc) - n + 1):
                if doc[k].text != name[0] or tuple(t.text for t in doc[k : k + n]) != name:
                    continue
                if any((i, j) in covered for j in range(k, k + n)):
                    continue
                before = doc[k - 1] if k > 0 else None
                after = doc[k + n] if k + n < len(doc) else None
                if before is not None and before.text[:1].isupper() and before.is_alpha and not before.is_sent_start:
                    continue
                if after is not None and after.text[:1].isupper() and after.is_alpha and bare(after.text) not in TITLE_WORDS:
                    continue
                out.append(WorkEntity(i, k, k + n, "ORG"))
                covered.update((i, j) for j in range(k, k + n))
    work.extend(out)
