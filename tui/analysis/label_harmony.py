"""One label per name across the article (``harmonise_labels``), run on the final entities."""

from __future__ import annotations

import re

from newsread.analysis.cue_words import ORG_HEADS
from newsread.analysis.model import ACTOR_LABELS, Entity
from newsread.analysis.names import (
    NAME_PARTICLES,
    TITLE_WORDS,
    bare,
    leading_title_count,
    looks_like_person_name,
    looks_like_surname_with_particles,
    name_key,
    name_words,
    strip_suffixes,
)

# "the Stop Trump movement": a name after "the" is a thing's, not a person's full name.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_COMPASS = frozenset("northern southern eastern western north south east west central".split())


def harmonise_labels(entities: list[Entity], text: str = "") -> None:
    """Give one name one label across the article.

    - A name that is a person's surname or full name elsewhere ("Gordon Sondland" ... "Sondland"
      tagged GPE), with or without a title before it ("DCI Harker" tagged ORG), becomes PERSON:
      the small model often tags bare surnames as places or organisations. Acronyms in
      capitals are left alone.
    - A single name tagged PERSON and something else takes the majority (a tie changes nothing),
      so one stray PERSON tag does not turn a place into a person or back.
    - Other names tagged with several actor labels take the most frequent; a name ever tagged
      GPE is a place rather than a nationality ("the Sochi agreement").
    - "Southern X" where X is a place is a place.
    """
    persons = _people_named_in_full(entities)
    # surnames the model tagged as a person on their own ("Obama said"), for "[Barack Obama]" ORG
    surnames_alone = {bare(e.text) for e in entities if e.label == "PERSON" and len(name_words(e.text)) == 1}
    lower_words = set(re.findall(r"\b[a-z]+\b", text))
    actor_ents = [e for e in entities if e.label in ACTOR_LABELS]
    for e in actor_ents:
        if e.label != "PERSON" and not e.text.isupper() and _known_person(e, text, persons, surnames_alone, lower_words):
            e.label = "PERSON"
    votes: dict[str, dict[str, int]] = {}
    for e in actor_ents:
        key = name_key(e.text, person=False)
        votes.setdefault(key, {}).setdefault(e.label, 0)
        votes[key][e.label] += 1
    places = {k for k, v in votes.items() if "GPE" in v}
    for e in actor_ents:
        e.label = _voted_label(e, votes.get(name_key(e.text, person=False), {}), persons, places)


def _people_named_in_full(entities: list[Entity]) -> set[str]:
    """Full names and surnames (with their particles) of the people named in full."""
    persons: set[str] = set()
    for e in entities:
        if e.label == "PERSON":
            words = strip_suffixes(name_words(e.text))
            if len(words) >= 2 and (looks_like_person_name(words) or looks_like_surname_with_particles(words)):
                persons.add(bare(words[-1]))
                persons.add(" ".join(bare(x) for x in words))
                # "Niels de Boer": "de Boer" is the surname, and so is "De Boer" at a sentence start
                k = next((i for i, x in enumerate(words[1:], 1) if x.islower() and bare(x) in NAME_PARTICLES), 0)
                if k:
                    persons.add(" ".join(bare(x) for x in words[k:]))
    return persons


def _known_person(e: Entity, text: str, persons: set[str], surnames_alone: set[str], lower_words: set[str]) -> bool:
    """The name is a person's named in full elsewhere, with or without a title or forename."""
    return (
        name_key(e.text, person=False) in persons
        # "DCI Harker" tagged ORG: a title before a known person's name
        or bool(leading_title_count(e.text.split()) and name_key(e.text) in persons)
        or _forename_of_known_surname(e.text, persons)
        or (
            # "Ted Cruz" tagged GPE where "Cruz" alone is a person: a forename before that surname
            e.label in ("ORG", "GPE") and not _THE_BEFORE.search(text[max(0, e.start - 8) : e.start])
            and _forename_and_surname(e.text, surnames_alone, lower_words)
        )
    )


def _voted_label(e: Entity, v: dict[str, int], persons: set[str], places: set[str]) -> str:
    """The label the votes ``v`` of the name's mentions give one mention."""
    key = name_key(e.text, person=False)
    if "PERSON" in v and key not in persons and len(v) > 1:
        others = sum(c for lab, c in v.items() if lab != "PERSON")
        if v["PERSON"] > others:
            return "PERSON"
        if others > v["PERSON"] and e.label == "PERSON":
            return max((lab for lab in v if lab != "PERSON"), key=lambda lab: v[lab])
        return e.label
    if e.label == "PERSON":
        return e.label
    words = key.split()
    if len(words) >= 2 and words[0] in _COMPASS and " ".join(words[1:]) in places:
        return "GPE"
    nv = {lab: c for lab, c in v.items() if lab != "PERSON"}
    if len(nv) > 1:
        return "GPE" if "GPE" in nv and nv.get("NORP") else max(nv, key=lambda lab: nv[lab])
    return e.label


def _forename_of_known_surname(text: str, persons: set[str]) -> bool:
    """'Niels de Boer' tagged ORG when 'de Boer' is a person's name elsewhere: a forename
    before a surname written with its particles (one word alone is too weak: "Trump Tower")."""
    words = name_words(text, person=False)
    if not 3 <= len(words) <= 4 or bare(words[0]) in TITLE_WORDS or not words[0][:1].isupper():
        return False
    tail = words[1:]
    return looks_like_surname_with_particles(tail) and " ".join(bare(x) for x in tail) in persons


def _forename_and_surname(text: str, surnames_alone: set[str], lower_words: set[str] | frozenset) -> bool:
    """'Barack Obama' tagged as an organisation where 'Obama' alone is a person: a capitalised
    word before a person's surname, nothing else (not a title or an abbreviation, not an
    institution's word, not a word the article writes in lowercase: "Stop Trump")."""
    words = name_words(text, person=False)
    if len(words) != 2 or not looks_like_person_name(words) or bare(words[0]) in TITLE_WORDS:
        return False
    if words[0].isupper() or bare(words[0]) in lower_words:
        return False
    if any(bare(w) in ORG_HEADS or not w.isalpha() for w in words):
        return False
    return bare(words[1]) in surnames_alone
