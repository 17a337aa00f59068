"""Who is who across articles: speaker keys, and the corpus-wide merge of keys into speakers.

Each article already resolves its own speakers: a quote's speaker is an actor of
that article, whose name is the fullest one the article gives ("Donald J. Trump"
for a quote cued by "Mr. Trump said"; "Hillary Clinton" for a bare "Clinton"
when the article named her). A quote's **speaker key** is that actor's name
normalised: label, folded words, titles dropped (``person:donald j trump``). It
depends on the article alone, so it is stored with the quote and never changes.

Which keys are one person is a question about the whole corpus, answered by
:func:`merge_speakers` at the end of each build (so adding articles may merge
or split speakers without rewriting the files of earlier batches):

* full names with the same surname, generational suffix and forename ("Bill" and
  "William" count as one forename) are one person; middle names or initials
  ("Donald J. Trump") join them, unless two different middles occur ("George
  W. Bush", "George H. W. Bush"), which are then two people, and the name
  without a middle ("George Bush") stays apart, marked ambiguous;
* a surname alone ("Trump": an article that never gave the first name) joins
  the one person of the corpus with that surname; when several have it ("Bill
  Clinton", "Hillary Clinton") it is not merged and is marked ambiguous;
* organisations, places and groups merge only when their normalised names are
  equal ("the White House" = "White House").

No pyarrow or DuckDB here: this is plain Python over strings, unit-tested alone.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from newsread.analysis.names import HYPOCORISMS, NAME_PARTICLES, NAME_SUFFIXES, bare, name_words

PERSON = "PERSON"


def speaker_key(name: str | None, label: str | None) -> str | None:
    """The key of an actor's name: ``'Mr. Donald J. Trump', 'PERSON'`` -> ``'person:donald j trump'``.

    A person's lowercase particles are tied to the word after them (``'Staffan de Mistura'``
    -> ``'person:staffan de_mistura'``): only the written case tells "de Mistura" (a surname)
    from "Al Gore" (a forename), and the key has no case.
    """
    if not name or not label:
        return None
    person = label == PERSON
    words: list[str] = []
    tie = False
    for word in name_words(name, person=person):
        folded = bare(word)
        if not folded:
            continue
        if tie:
            words[-1] += "_" + folded
        else:
            words.append(folded)
        tie = person and word[:1].islower() and folded in NAME_PARTICLES
    if not words:
        return None
    return f"{label.lower()}:{' '.join(words)}"


@dataclass(frozen=True)
class PersonName:
    """A person's key taken apart: forename (or None for a surname alone), middles, surname."""

    forename: str | None
    middles: tuple[str, ...]  # initials of the middle names: ("j",) for "J." and "John" alike
    surname: str  # with its particles: "de_mistura"
    suffix: str  # "jr", "iii"... or ""


def parse_person(key: str) -> PersonName:
    """``'person:donald j trump'`` -> PersonName('donald', ('j',), 'trump', '')."""
    words = key.split(":", 1)[1].split()
    suffix = ""
    if len(words) > 1 and words[-1] in NAME_SUFFIXES:
        suffix, words = words[-1], words[:-1]
    if len(words) == 1:
        return PersonName(None, (), words[0], suffix)
    return PersonName(words[0], tuple(w[0] for w in words[1:-1]), words[-1], suffix)


def forename_class(forename: str) -> str:
    """One spelling for a forename and its common nickname: 'bill' -> 'william'."""
    full = HYPOCORISMS.get(forename, ())
    return full[0] if len(full) == 1 else forename


@dataclass
class KeyStats:
    """What the corpus says about one speaker key: how its quotes name the speaker."""

    key: str
    label: str
    names: Counter = field(default_factory=Counter)  # the actor's name in each article -> quotes
    mentions: Counter = field(default_factory=Counter)  # the words naming the speaker at a quote -> quotes

    @property
    def quotes(self) -> int:
        return sum(self.names.values())


@dataclass
class Speaker:
    """One corpus speaker: the keys it gathers, a display name, every way it was named."""

    speaker_id: str
    name: str
    label: str
    keys: list[str]
    aliases: list[str]
    ambiguous: bool  # a short name that several speakers of the corpus could be


def speaker_id(canonical: str) -> str:
    """A stable id for a speaker's canonical key (the same person keeps it from build to build)."""
    return "sp-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]


def merge_speakers(stats: Iterable[KeyStats]) -> list[Speaker]:
    """Group speaker keys into corpus speakers (rules in the module docstring)."""
    stats = list(stats)
    groups: list[tuple[str, list[KeyStats], bool]] = []  # (canonical key, members, ambiguous)
    people = [s for s in stats if s.label == PERSON]
    groups += _merge_people(people)
    groups += [(s.key, [s], False) for s in stats if s.label != PERSON]
    return [_speaker(canonical, members, ambiguous) for canonical, members, ambiguous in groups]


def _merge_people(people: list[KeyStats]) -> list[tuple[str, list[KeyStats], bool]]:
    full: dict[tuple[str, str, str], list[tuple[PersonName, KeyStats]]] = defaultdict(list)
    bare_surnames: dict[tuple[str, str], list[KeyStats]] = defaultdict(list)
    for s in people:
        p = parse_person(s.key)
        if p.forename is None:
            bare_surnames[(p.surname, p.suffix)].append(s)
        else:
            full[(p.surname, p.suffix, forename_class(p.forename))].append((p, s))
    groups: list[tuple[str, list[KeyStats], bool]] = []
    by_surname: dict[tuple[str, str], list[int]] = defaultdict(list)  # -> indexes into groups
    for (surname, suffix, forename), members in sorted(full.items()):
        for canonical, keys, ambiguous in _split_by_middles(surname, suffix, forename, members):
            by_surname[(surname, suffix)].append(len(groups))
            groups.append((canonical, keys, ambiguous))
    for (surname, suffix), alone in sorted(bare_surnames.items()):
        candidates = by_surname.get((surname, suffix), [])
        if len(candidates) == 1:
            canonical, keys, ambiguous = groups[candidates[0]]
            groups[candidates[0]] = (canonical, keys + alone, ambiguous)
        else:  # nobody, or several people, have this surname: the short name stays itself
            canonical = "person:" + " ".join(filter(None, (surname, suffix)))
            groups.append((canonical, alone, len(candidates) > 1))
    return groups


def _split_by_middles(surname, suffix, forename, members) -> list[tuple[str, list[KeyStats], bool]]:
    """One person per distinct middle; with one middle or none, everybody is that person."""
    plain = " ".join(filter(None, (forename, surname, suffix)))
    middles = sorted({p.middles for p, _ in members if p.middles})
    if len(middles) <= 1:
        return [("person:" + plain, [s for _, s in members], False)]
    out = []
    for m in middles:
        name = " ".join(filter(None, (forename, *m, surname, suffix)))
        out.append(("person:" + name, [s for p, s in members if p.middles == m], False))
    without = [s for p, s in members if not p.middles]
    if without:
        out.append(("person:" + plain, without, True))
    return out


def _speaker(canonical: str, members: list[KeyStats], ambiguous: bool) -> Speaker:
    names: Counter = Counter()
    mentions: Counter = Counter()
    for s in members:
        names.update(s.names)
        mentions.update(s.mentions)
    # A full name beats a surname alone; then the most quoted form; then the shortest ("Donald
    # Trump" over "Donald J. Trump"), then the first in order.
    name = (min(names, key=lambda n: (len(n.split()) < 2, -names[n], len(n), n)) if names
            else canonical.split(":", 1)[1])
    aliases = sorted(set(names) | set(mentions), key=lambda a: (-(names[a] + mentions[a]), a))
    return Speaker(
        speaker_id=speaker_id(canonical),
        name=name,
        label=members[0].label,
        keys=sorted(s.key for s in members),
        aliases=aliases,
        ambiguous=ambiguous,
    )
