"""Which person a bare surname means when the article names several people who share it.

"Clinton" in an article about Hillary, Bill and Chelsea Clinton; "Trump" where the model found
"Ivanka Trump" as a person but missed "Donald Trump". The article itself says whom it means:

* a form of address says the gender: "Mrs. Clinton" is not Bill Clinton, "Mr. Obama" is not
  Michelle Obama (a forename's gender, or a title seen with the person before);
* the surrounding sentences: one of them named in full just before (same stretch of text);
* prominence: the one named in full most often in the whole article (the main subject), ties
  to the one introduced first;
* a family member the model missed: "Donald Trump" written in the text more often than the
  person it found is named in full means "Trump" is someone else, so it is not merged.

``choose`` gives the person, or ``None`` with ``separate`` when the bare name is nobody known:
it then stays its own actor rather than being merged into the wrong family member.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from newsread.analysis.model import Actor, Entity
from newsread.analysis.names import bare, name_words

# How far back (characters) a full-name mention makes its person the one "being talked about".
NEAR = 400
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?)\b")


@dataclass
class Choice:
    actor: Actor | None
    ambiguous: bool = False  # several people share the form: it is not listed as an alias
    separate: bool = False  # the form names someone else than every known person


@dataclass
class SharedNames:
    """Whole-article counts the choice reads."""

    full_counts: Counter = field(default_factory=Counter)  # full-name key -> PERSON mentions
    written: Counter = field(default_factory=Counter)  # "forename surname" keys in the text


def gather(text: str, entities: list[Entity]) -> SharedNames:
    out = SharedNames()
    for e in entities:
        if e.label == "PERSON":
            words = [bare(w) for w in name_words(e.text)]
            if len(words) >= 2:
                out.full_counts[" ".join(words)] += 1
    for m in _FULL_NAME.finditer(text):
        out.written[f"{bare(m.group(1))} {bare(m.group(2))}"] += 1
    return out


def gender(actor: Actor, titles: set[str]) -> str | None:
    """The person's gender from a forename ("Hillary") or a form of address seen with them."""
    from newsread.analysis.quotes.mentions import name_gender  # the name lists live with the quote stage

    g = name_gender(actor.name.split())
    if g:
        return g
    said = {name_gender([t]) for t in titles} - {None}
    return said.pop() if len(said) == 1 else None


def word_gender(word: str | None) -> str | None:
    """The gender a form of address ("mrs") or a forename ("Bill") says, if any."""
    from newsread.analysis.quotes.mentions import name_gender

    return name_gender([word]) if word else None


def choose(hits: list[Actor], words: list[str], *, title: str | None, at: int | None, names: SharedNames,
           titles: dict[str, set[str]], recent: list[Entity], key) -> Choice:
    """The person a one-word name (``words``) means among ``hits``, the people whose names
    contain it (in order of introduction). ``recent``: the mentions attached so far, in text
    order; ``titles``: actor id -> titles seen before its mentions; ``key(name)``: the folded
    words of a name."""
    want = word_gender(title)
    if want:
        hits = [a for a in hits if gender(a, titles.get(a.id, set())) in (None, want)]
        if not hits:
            return Choice(None, separate=True)  # "Mr. Obama" when only Michelle Obama is known
    prominence = {a.id: _prominence(a, names, key) for a in hits}
    rival = missed_rival(words[0], names) if len(words) == 1 else 0
    best = max(hits, key=lambda a: prominence[a.id])
    if rival > prominence[best.id]:
        return Choice(None, separate=True)  # "Trump" is the Donald Trump the model missed
    if len(hits) == 1:
        return Choice(hits[0])
    near = _just_named(hits, at, recent)
    if near is not None:
        return Choice(near, ambiguous=True)
    top = [a for a in hits if prominence[a.id] == prominence[best.id]]
    return Choice(top[0], ambiguous=True)  # ties: the one introduced first (hits are in order)


def _prominence(actor: Actor, names: SharedNames, key) -> int:
    """How often the person is named in full in the whole article."""
    forms = {" ".join(key(n)) for n in [actor.name, *actor.aliases]}
    return sum(names.full_counts.get(f, 0) for f in forms if " " in f)


def missed_rival(surname: str, names: SharedNames) -> int:
    """How often the text writes ``surname`` after a forename with nobody of that name found as
    a person (a family member the model missed: "Donald Trump"); 0 when it never does."""
    from newsread.analysis.quotes.cues import FEMALE_NAMES, MALE_NAMES

    found = {f"{k.split()[0]} {k.split()[-1]}" for k in names.full_counts}
    best = 0
    for written, n in names.written.items():
        first, last = written.split(" ")
        if last == surname and written not in found and first in MALE_NAMES | FEMALE_NAMES:
            best = max(best, n)
    return best


def _just_named(hits: list[Actor], at: int | None, recent: list[Entity]) -> Actor | None:
    """The one of ``hits`` named in full most recently, if within ``NEAR`` characters."""
    if at is None:
        return None
    ids = {a.id: a for a in hits}
    for e in reversed(recent):
        if e.start >= at:
            continue
        if at - e.start > NEAR:
            return None
        if e.actor in ids and len(name_words(e.text)) >= 2:
            return ids[e.actor]
    return None
