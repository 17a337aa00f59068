"""Context cues that correct an entity's span or its label (person, organisation or place).

The small model tags unfamiliar place and company names as people, and people introduced by a
role noun as organisations. These rules look at the words around a mention, the parse and the
article's other mentions of the same name; never at particular names:

- spans: a quoted nickname and the forename before it belong to the name ('Patrick "Pat"
  Doyle'); surname particles belong to the surname ("Van der Berg"); an institution's head
  ("District Council") takes the capitalised words before it ("Eden Valley District Council");
- datelines: an all-capitals place opening a paragraph ("RIVERTON, Ore. —", "PARIS (AFP) -") is
  a place, and so is the same name elsewhere in the article;
- organisations: an organisation noun right before or after the name ("the chipmaker X", "the X
  newspaper"), a corporate head word ("X Airlines"), an appositive organisation noun ("X, the
  delivery app,"), "shares of X", "a spokeswoman for X", "X's chief executive", "X said it";
- places: a place-like head word ("X Falls"), "X, Vt.", "in X", "X and <place>", "X Mayor
  <person>";
- people: a person-role noun right before the name ("asked goalkeeper X"), or an appositive
  person-role noun or "who" after it ("X, a retired baker who").

Each name is relabelled as a whole by weighing its cues across the article, so one cue against a
person who is also called "he" or "Ms. X" elsewhere does not turn them into a company.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsread.analysis.cue_words import (
    CLUB_HEADS,
    DASHES,
    INSTITUTION_HEADS,
    DATELINE_END,
    LEGAL,
    NAME_SUFFIXES,
    ORG_AFTER,
    ORG_HEADS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PLACE_HEADS,
    PLACE_POSSESSIONS,
    PLACE_TITLES,
    QUOTES,
    RELATIVES,
    SPEECH_VERBS,
    STATE_ABBR,
    WORK_NOUNS,
)
from newsread.analysis.kind_cues import alpha, appositive_head, head_prefixes, more_cues, pool_surnames
from newsread.analysis.names import NAME_PARTICLES, TITLE_WORDS, bare
from newsread.analysis.person_cues import forename_people, person_cues, untagged_surname_people
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


def _words(doc: "Doc", i: int, n: int) -> list[str]:
    return [t.lower_ for t in doc[max(0, i) : max(0, i + n)]]


def cues(doc: "Doc", start: int, end: int, places: set[str]) -> dict[str, int]:
    """Counts of person / organisation / place cues around one mention ``doc[start:end]``.

    "PLACE" counts the place cues that never fit an organisation either (not "X and Spain",
    which "Hamas and Israel" shares), for turning an organisation into a place.
    ``places`` holds the lowercase texts and last words of the article's places."""
    c = {"PERSON": 0, "ORG": 0, "GPE": 0, "PLACE": 0}
    c.update({k: c.get(k, 0) + n for k, n in more_cues(doc, start, end).items()})
    for k, n in person_cues(doc, start, end, places).items():  # pronouns, person verbs, platforms
        c[k] = c.get(k, 0) + n
    span = doc[start:end]
    last = bare(span[-1].text)
    prev = doc[start - 1] if start > 0 else None
    prev2 = doc[start - 2] if start > 1 else None
    nxt = doc[end] if end < len(doc) else None
    nxt2 = doc[end + 1] if end + 1 < len(doc) else None
    if len(span) > 1 and last in ORG_HEADS:
        c["ORG"] += 2
    if len(span) > 1 and last in PLACE_HEADS:
        c["GPE"] += 2
        c["PLACE"] += 2
    if prev is not None and bare(prev.text) in TITLE_WORDS and prev.text[:1].isupper():
        c["PERSON"] += 2  # "Ms. X", "President X"
    if nxt is not None and nxt.text in ("'s", "’s") and nxt2 is not None and nxt2.lower_ in RELATIVES:
        c["PERSON"] += 2  # "X's wife"
    if prev is not None and prev.text.islower():
        if prev.lower_ in ORG_NOUNS:
            c["ORG"] += 2
        elif prev.lower_ in PERSON_NOUNS and prev.pos_ == "NOUN":
            c["PERSON"] += 2
        elif prev.lower_ == "in" and not (nxt is not None and nxt.text in ("'s", "’s")):
            c["GPE"] += 1
        elif prev.lower_ in ("for", "of") and prev2 is not None and prev2.lower_ in (
            "spokeswoman", "spokesman", "spokesperson", "shares", "stock", "employees", "port", "mayor"
        ):
            for lab in ("GPE", "PLACE") if prev2.lower_ in ("port", "mayor") else ("ORG",):
                c[lab] += 2
    if nxt is not None:
        if nxt.lower_ in ORG_AFTER:
            c["ORG"] += 2
        if bare(nxt.text) in LEGAL:
            c["ORG"] += 2
        if nxt.text in ("'s", "’s") and nxt2 is not None and nxt2.lower_ in (
            "shares", "stock", "employees", "headquarters", "board", "shareholders", "chief", "ceo",
            "boss", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "customers",
        ):
            c["ORG"] += 2
        if nxt.text in ("'s", "’s") and nxt2 is not None and nxt2.lower_ in PLACE_POSSESSIONS:
            c["GPE"] += 2  # "X's harbour", "X's mayor"
            c["PLACE"] += 2
        if prev is not None and prev.lower_ == "the" and nxt.lower_ in ("reported", "reports", "reporting"):
            c["ORG"] += 2  # "the X reported": a newspaper or broadcaster
        if nxt.lower_ == "said" and nxt2 is not None and nxt2.lower_ == "in" and _words(doc, end + 2, 2) == ["a", "statement"]:
            c["ORG"] += 1  # "X said in a statement"
        if nxt.lower_ == "chief" and nxt2 is not None and nxt2.lower_ in ("executive", "financial", "operating", "technology"):
            c["ORG"] += 2  # "X Chief Executive Jane Doe"
        if nxt.text == "," and nxt2 is not None and STATE_ABBR.match(nxt2.text) and bare(nxt2.text) not in NAME_SUFFIXES:
            c["GPE"] += 2
            c["PLACE"] += 2
        if bare(nxt.text) in PLACE_TITLES and nxt2 is not None and nxt2.text[:1].isupper():
            c["GPE"] += 2
            c["PLACE"] += 2
        if nxt.text == ",":
            head, who = appositive_head(doc, end)
            if who:
                c["PERSON"] += 2
            if head in ORG_NOUNS:
                c["ORG"] += 2
            elif head in PERSON_NOUNS:
                c["PERSON"] += 1
            elif head in WORK_NOUNS:
                c["WORK"] += 2  # "X, the long-running soap,"
            elif head in ("village", "town", "hamlet", "suburb", "city", "island", "parish"):
                c["GPE"] += 2  # "X, a fishing village,"
                c["PLACE"] += 2
    # Conjoined with a place: "to X and Antwerp", "Springdale and nearby X".
    root = span.root
    conjuncts = [t for t in root.children if t.dep_ == "conj"]
    if root.dep_ == "conj":
        conjuncts.append(root.head)
    if any(t.lower_ in places and not (start <= t.i < end) for t in conjuncts):
        c["GPE"] += 2
    elif (nxt is not None and nxt.lower_ in ("and", ",") and nxt2 is not None and nxt2.lower_ in places) or (
        prev is not None and prev.lower_ == "and" and prev2 is not None and prev2.lower_ in places
    ):
        c["GPE"] += 2
    # The subject of a sentence that goes on with "its" before any "his"/"her": a company.
    if span.root.dep_ in ("nsubj", "nsubjpass"):
        for t in doc[end : min(len(doc), end + 15)]:
            if t.lower_ in ("he", "she", "his", "her", "him") or t.text in (".", ";", "“", '"'):
                break
            if t.lower_ == "its":
                c["ORG"] += 1
                break
    # "X said it would": a company speaks of itself as "it"; a person as "he", "she", "I".
    if nxt is not None and nxt.lower_ in SPEECH_VERBS:
        after = _words(doc, end + 1, 5)
        if "it" in after and not {"he", "she", "his", "her"} & set(after):
            c["ORG"] += 1
        if {"he", "she"} & set(after):
            c["PERSON"] += 1
    return c


def relabel(parsed, work: list, make) -> list:
    """Apply the span and label cues to the working entities of a whole article.

    ``work`` holds objects with ``doc``, ``start``, ``end`` and ``label``; ``make(doc, start,
    end, label)`` builds a new one (for a dateline place the model missed).
    """
    docs = [d for _, d in parsed.docs]
    actor_labels = ("PERSON", "ORG", "GPE", "NORP", "FAC")
    # Datelines are places; the same name elsewhere in the article is that place.
    dateline_keys: set[str] = set()
    for i, doc in enumerate(docs):
        span = dateline_span(doc)
        if span is None:
            continue
        work = [w for w in work if not (w.doc == i and w.start < span[1] and w.label in actor_labels)]
        work.append(make(i, span[0], span[1], "GPE"))
        dateline_keys.add(doc[span[0] : span[1]].text.lower())
        agency = _agency_span(doc, span[1])
        if agency:
            # "PARIS (AFP) -": the agency in parentheses is an organisation.
            work = [w for w in work if not (w.doc == i and w.start < agency[1] and w.end > agency[0])]
            work.append(make(i, agency[0], agency[1], "ORG"))
    # 'Forename "Nick" Surname' is a person's name whether or not the model tagged it.
    for i, doc in enumerate(docs):
        for k in range(len(doc) - 4):
            if _nickname_at(doc, k):
                work = [w for w in work if not (w.doc == i and w.start < k + 5 and w.end > k)]
                work.append(make(i, k, k + 5, "PERSON"))
    # Spans: particles, institution names; drop what a grown span now covers.
    for w in work:
        if w.label in ("PERSON", "ORG"):
            w.start, w.end = extend_span(docs[w.doc], w.start, w.end, w.label)
            if w.label == "PERSON" and bare(docs[w.doc][w.end - 1].text) in ORG_HEADS and w.end - w.start > 1:
                w.label = "ORG"
    work.sort(key=lambda w: (w.doc, w.start, -(w.end - w.start)))
    kept: list = []
    for w in work:
        if kept and kept[-1].doc == w.doc and w.start < kept[-1].end and kept[-1].label in actor_labels:
            continue
        kept.append(w)
    work = kept
    places = {docs[w.doc][w.start : w.end].text.lower() for w in work if w.label in ("GPE", "LOC")}
    places |= {docs[w.doc][w.end - 1].lower_ for w in work if w.label in ("GPE", "LOC")}
    places |= dateline_keys | {k.split()[-1] for k in dateline_keys}
    prefixes = head_prefixes(docs)
    # Surnames and forenames of people named in full protect a one-word name from relabelling.
    person_parts: set[str] = set()
    for w in work:
        if w.label == "PERSON" and w.end - w.start >= 2:
            toks = docs[w.doc][w.start : w.end]
            person_parts.add(toks[-1].text.lower())
    groups: dict[str, list] = {}
    for w in work:
        if w.label in ("PERSON", "ORG", "FAC", "GPE", "LOC", "WORK_OF_ART", "PRODUCT", "EVENT"):
            groups.setdefault(docs[w.doc][w.start : w.end].text.lower(), []).append(w)
    index: dict[str, list[tuple[int, int]]] = {}
    for i, doc in enumerate(docs):
        for t in doc:
            index.setdefault(t.lower_, []).append((i, t.i))
    totals: dict[str, dict[str, int]] = {}
    for key, ws in groups.items():
        # The name's tokens, not its space-separated words: "Akufo-Addo" is three tokens.
        words = [t.lower_ for t in docs[ws[0].doc][ws[0].start : ws[0].end]]
        total = {"PERSON": 0, "ORG": 0, "GPE": 0, "PLACE": 0, "WORK": 0, "ROLE": 0, "AGE": 0, "NAMED": 0, "GENDER": 0}
        for i, k in index.get(words[0], []):
            doc = docs[i]
            if [t.lower_ for t in doc[k : k + len(words)]] != words:
                continue
            if not doc[k].text[:1].isupper():
                continue
            for lab, n in cues(doc, k, k + len(words), places).items():
                total[lab] += n
        if key in dateline_keys:
            total["GPE"] += 3
            total["PLACE"] += 3
        if key in prefixes:
            total[prefixes[key]] += 2  # "Halcombe" of "Halcombe Town": a short form
        tagged_person = any(w.label == "PERSON" for w in ws)
        for w in ws:
            w.label = _decide(w.label, key, total, person_parts, docs[w.doc][w.start : w.end], tagged_person)
        totals[key] = total
    pool_surnames(docs, groups, totals)
    untagged_surname_people(docs, groups, totals, index, lambda doc, s, e: cues(doc, s, e, places))
    forename_people(groups, totals)
    return work


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


def missed_org_mentions(parsed, work: list, make) -> list:
    """Mentions of an organisation (not an acronym) the model tagged elsewhere but not here ("A spokeswoman for
    Parcelo said"): the same capitalised words, outside every entity, not run into another name
    (a title may follow: "Parcelo Chief Executive ...")."""
    docs = [d for _, d in parsed.docs]
    names = {
        tuple(t.text for t in docs[w.doc][w.start : w.end])
        for w in work
        if w.label == "ORG" and all(t.text[:1].isupper() and t.is_alpha for t in docs[w.doc][w.start : w.end])
        # Not acronyms: capitals are often a chemical, a law or a unit ("PFAS"), not a body.
        and not docs[w.doc][w.start : w.end].text.isupper()
    }
    if not names:
        return []
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
                out.append(make(i, k, k + n, "ORG"))
                covered.update((i, j) for j in range(k, k + n))
    return out
