"""Titles and owners written before a person's name that the small model reads as part of
another name. General rules over the words (never particular names):

- a title phrase that ends in its domain runs into the name after it: "Special Envoy for [Syria
  Staffan de Mistura]", "Leader of the [Opposition Martin Oakes]", "Speaker of the [House
  Jane Roe]". The span is split into the domain (a place, or an institution when written with
  "the") and the person (``split_swallowed_title``); a name right after such a title and
  domain is a person's ("Archbishop of Canterbury [X]": ``title_phrase_before``, a cue);
- a person's title or honorific opening a span the model labelled an organisation or a place:
  "[Ms Connolly] said", "[Councillor Amir Haddad] said". The span is the person's
  (``title_led_person``); the title itself is trimmed later with the other leading titles;
- an organisation's possessive before a person's name: "[Sky News' Jon Pryde]" is the
  organisation and the person (``possessive_split``); "Plaid Cymru's Rhodri [Evans]" with only
  the surname tagged takes the forename, the untagged owner is an organisation, and so is a
  party the model took for a nationality ("the Greens' X") (``possessive_people``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsread.analysis.cue_words import ORG_HEADS, ORG_NOUNS, PLACE_HEADS
from newsread.analysis.entity_state import EntityState, WorkEntity
from newsread.analysis.lexicon import ADDRESS_TITLES
from newsread.analysis.names import (
    FUNCTION_WORDS,
    NAME_PARTICLES,
    TITLE_WORDS,
    bare,
    leading_title_count,
    looks_like_person_name,
)
from newsread.analysis.thing_names import KNOWN_FORENAMES

if TYPE_CHECKING:
    from spacy.tokens import Doc


# Prepositions linking a title to its domain: "Special Envoy for Syria", "Leader of the House".
_TITLE_PREPS = frozenset(("for", "to", "of", "on", "at"))
# Title heads that take a domain after "of the" but are not personal titles on their own, so
# they are not in TITLE_WORDS (where they would be stripped from any name they open).
_DOMAIN_TITLES = frozenset(("leader", "speaker", "father", "mother", "member", "clerk"))

# Honorifics: a span that opens with one is a person whatever else the model thought.
_HONORIFICS = ADDRESS_TITLES
# Office titles held only by people. Not "General", "State", "Home", "King", "Cardinal" or
# "Bishop", which open company, place and institution names too ("General Electric", "Bishop
# Auckland", "King's College"); an office title needs a forename and a surname after it.
_OFFICES = frozenset(
    """councillor councilor cllr alderman senator sen congressman congresswoman assemblyman
    assemblywoman governor gov mayor judge minister secretary ambassador commissioner rabbi imam
    reverend rev pastor constable inspector detective sergeant sgt captain capt lieutenant lt
    colonel col officer superintendent supt""".split()
)
_PERSON_TITLES = _HONORIFICS | _OFFICES


def split_swallowed_title(
    doc: "Doc", start: int, end: int, known: dict[str, str], surnames: set[str] | frozenset = frozenset()
) -> list[tuple[int, int, str]] | None:
    """'Special Envoy for [Syria Staffan de Mistura]' -> [(Syria, GPE), (Staffan de Mistura, PERSON)].

    ``known`` maps the name keys of the article's places and organisations to their labels;
    ``surnames`` holds the surnames of people the article names in full, for a surname alone
    after the domain ("Leader of the [Opposition Oakes]").
    Returns None when the span ``doc[start:end]`` is not a domain run into a name.
    """
    n = end - start
    if n < 2 or start < 2:
        return None
    p = start - 1
    with_the = doc[p].lower_ == "the"
    if with_the:
        p -= 1  # "Leader of the Opposition Martin Oakes"
    if p < 1 or doc[p].lower_ not in _TITLE_PREPS:
        return None
    before = [t for t in doc[max(0, p - 3) : p] if bare(t.text) in TITLE_WORDS or bare(t.text) in _DOMAIN_TITLES]
    # With "the" only a capitalised title ("Leader of the Opposition"): "director of the Red
    # Sea Reef Alliance", "a professor at the University of St Andrews" are not titles.
    if not before or (with_the and not any(t.text[:1].isupper() for t in before)):
        return None
    words = [t.text for t in doc[start:end]]
    # The longest prefix the article names elsewhere as a place or organisation.
    for k in range(n - 2, 0, -1):
        key = " ".join(bare(x) for x in words[:k])
        if key in known and looks_like_person_name(words[k:]):
            return [(start, start + k, known[key]), (start + k, end, "PERSON")]
    # Otherwise a two-word name (particles allowed): forename [particles] surname.
    k = n - 1
    while k > 0 and bare(words[k - 1]) in NAME_PARTICLES:
        k -= 1
    k -= 1
    if k >= 1 and looks_like_person_name(words[k:]) and bare(words[k - 1]) not in FUNCTION_WORDS and (
        bare(words[-1]) not in ORG_HEADS
    ):
        # "the Opposition", "the House": an institution; "for Syria": a place.
        return [(start, start + k, "ORG" if with_the else "GPE"), (start + k, end, "PERSON")]
    if bare(words[-1]) in surnames and looks_like_person_name(words) and bare(words[-2]) not in surnames:
        return [(start, end - 1, "ORG" if with_the else "GPE"), (end - 1, end, "PERSON")]
    return None


def title_phrase_before(doc: "Doc", start: int) -> bool:
    """``doc[start:]`` follows a capitalised title and its domain: "Archbishop of Canterbury
    [Justin Welland]", "Secretary of State for Health [Wes Tranter]" (a person cue)."""
    k = start - 1
    while k >= 0 and start - k <= 4 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k -= 1
    if k == start - 1 or k < 1:
        return False
    if doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ not in ("of", "for"):
        return False
    t = doc[k - 1]
    return t.text[:1].isupper() and (bare(t.text) in TITLE_WORDS or bare(t.text) in _DOMAIN_TITLES)


def title_led_person(doc: "Doc", start: int, end: int) -> bool:
    """``doc[start:end]``, labelled something else, is a title and a person's name: "Ms
    Connolly", "Dr Lin Zhao" (an honorific and one to three name words) or "Councillor Amir
    Haddad" (an office title, a forename and a surname)."""
    k = start
    while k < end and bare(doc[k].text) in _PERSON_TITLES and doc[k].text[:1].isupper():
        k += 1
    if k == start or k == end:
        return False
    honorific = any(bare(t.text) in _HONORIFICS for t in doc[start:k])
    rest = doc[k:end]
    if not (1 if honorific else 2) <= len(rest) <= 3:
        return False
    words = [t.text for t in rest]
    if not looks_like_person_name(words) or any(w.isupper() and len(w) > 1 for w in words):
        return False  # "Dr Martens AG", "Mayor NYC"
    last = bare(words[-1])
    if last in ORG_HEADS or last in PLACE_HEADS or bare(words[0]) in TITLE_WORDS:
        return False  # "Judge Business School", "Mayor Street Bridge"
    # "Mr Kipling's", "Dr Pepper Snapple": a brand runs on with more capitalised words.
    nxt = doc[end] if end < len(doc) else None
    return not (nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN")


# Words that make the capitalised words after a possessive an institution's or an event's name,
# not a person's ("People's Liberation Army", "St Mary's Church Hall").
_NOT_PERSON_WORDS = ORG_HEADS | ORG_NOUNS | frozenset(
    """service services royal national international army navy force forces front movement
    alliance coalition church day week festival prize award cup park hall house centre center
    street road square bridge""".split()
)


def _possessive(doc: "Doc", k: int) -> bool:
    """``doc[k]`` is a possessive ending: "'s", or a bare apostrophe written onto a plural
    ("the Greens' Tom Avery"), not an opening quotation mark."""
    t = doc[k]
    if t.text in ("'s", "’s"):
        return True
    return t.text in ("'", "’") and k > 0 and not doc[k - 1].whitespace_ and doc[k - 1].text.lower().endswith("s")


def _person_words(words: list[str]) -> bool:
    """Two or three capitalised name words (after any titles), none an institution's word."""
    words = words[leading_title_count(words) :]
    return (
        2 <= len(words) <= 3 and looks_like_person_name(words)
        and not any(bare(x) in _NOT_PERSON_WORDS or (x.isupper() and len(x) > 1) for x in words)
    )


def possessive_split(doc: "Doc", start: int, end: int, person: bool) -> int | None:
    """The possessive token inside ``doc[start:end]`` after which a person's name follows ("Sky
    News' Jon Pryde", "Labour’s Ruth Okafor"), else None ("St Mary's Hospital").

    ``person``: the model took the span for a person's name. Otherwise the name after the
    possessive must open with a known forename: "McDonald's Happy Meal" is a product."""
    for k in range(start + 1, end - 1):
        if _possessive(doc, k):
            words = [t.text for t in doc[k + 1 : end]]
            if not _person_words(words):
                return None
            first = words[leading_title_count(words)]
            return k if person or bare(first) in KNOWN_FORENAMES else None
    return None


def _forename(t) -> bool:
    return t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and bare(t.text) not in TITLE_WORDS


def possessive_people(state: EntityState) -> None:
    """People after a possessive that the model tagged only in part.

    "Plaid Cymru's Rhodri [Evans]": an untagged forename between the possessive and the surname
    belongs to the person (the span grows in place); the untagged capitalised words before the
    possessive own the person, an organisation ("Plaid Cymru"), added as new entities; a
    nationality-like plural there with "the" is a party ("the Greens'"). Only for a person named
    in full."""
    docs, work = state.docs, state.work
    covered = {(w.doc, k) for w in work for k in range(w.start, w.end)}
    ends = {(w.doc, w.end): w for w in work}
    out = []
    for w in work:
        if w.label != "PERSON":
            continue
        doc = docs[w.doc]
        if w.end - w.start == 1 and w.start >= 3 and _forename(doc[w.start - 1]) and (w.doc, w.start - 1) not in covered and _possessive(doc, w.start - 2):
            w.start -= 1
            covered.add((w.doc, w.start))
        if w.end - w.start < 2 or w.start < 2 or not _possessive(doc, w.start - 1):
            continue
        j = w.start - 1
        owner = ends.get((w.doc, j))
        if owner is not None and owner.label == "NORP":
            # "the (Liberal) Democrats' Helen Brice", "the Greens' Tom Avery": a party, whose
            # capitalised words the model left out belong to it
            s = owner.start
            while s > 1 and s > owner.start - 3 and _forename(doc[s - 1]) and (w.doc, s - 1) not in covered:
                s -= 1
            if s > 0 and doc[s - 1].lower_ == "the":
                owner.label = "ORG"
                covered.update((w.doc, x) for x in range(s, owner.start))
                owner.start = s
            continue
        i = j
        while i > 0 and j - i < 4 and _forename(doc[i - 1]) and (w.doc, i - 1) not in covered:
            i -= 1
        if i < j:
            out.append(WorkEntity(w.doc, i, j, "ORG"))
            covered.update((w.doc, x) for x in range(i, j))
    work.extend(out)
