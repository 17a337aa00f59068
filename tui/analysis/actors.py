"""Actors: PERSON/ORG/GPE/NORP entities merged across aliases.

Merging rules (see ``ActorTable.lookup``):

- names are compared without a leading "the", a possessive, leading titles or honorifics
  ("President", "Lt. Col.", "Ms"), case and accents;
- a person's short form (surname, forename, or any leading/trailing part of the name) belongs to
  the full name that contains it: "Erdogan", "Tayyip Erdogan" -> "Recep Tayyip Erdogan". The full
  names are collected from the whole article first, so a headline's bare surname joins the full
  name introduced later;
- a short form shared by several people ("Biden" for Joe and Hunter Biden) goes to the one who
  carried the same title before ("Dr Hollins" -> the Hollins introduced as "Dr"), otherwise to
  the one with the most mentions so far, ties to the one introduced first. Such an ambiguous form is not listed
  among the actor's aliases, since it does not name that person alone;
- a one-letter transliteration variant of a surname joins it ("Zelensky" = "Zelenskiy");
- a common nickname of the forename joins the full name ("Pat Doyle" = "Patrick Doyle"), and a
  nickname quoted inside a name is an alias of it ('Patrick "Pat" Doyle' -> alias "Pat Doyle");
- a one-word organisation name joins the one longer organisation name introduced before it that
  starts with it ("Harwell" after "Harwell Ports Group");
- an organisation's acronym joins its full name when the text defines it ("United Nations (UN)")
  or the initials match exactly ("UN" = "United Nations").

The canonical name is the longest form seen. Actor ids are "a1", "a2", ... in order of first mention.
"""

from __future__ import annotations

import bisect
import copy

from newsread.analysis.actor_scan import acronym_definitions, both_generations, full_person_names, title_before
from newsread.analysis.lexicon import CORPORATE_SUFFIXES
from newsread.analysis.model import ACTOR_LABELS, Actor, Entity
from newsread.analysis.names import (
    NAME_SUFFIXES,
    bare,
    clean_name,
    initials,
    is_acronym,
    is_title,
    name_words,
    nickname_owner,
    quoted_nickname,
    same_forename,
    spelling_variant,
    strip_suffixes,
)
from newsread.analysis.parsed import ParsedArticle
from newsread.analysis.shared_names import SharedNames, choose, gather, gender, missed_rival, word_gender


def _words(name: str, label: str | None) -> list[str]:
    """The folded words a name is matched on (a person's without "Jr." and the like)."""
    person = label in (None, "PERSON")
    words = name_words(name, person=person)
    if label == "ORG":
        # "Apple Inc." is "Apple"
        while len(words) > 1 and bare(words[-1]).rstrip(",") in _CORPORATE:
            words = words[:-1]
        if len(words) > 1 and words[-2].endswith(","):
            words[-2] = words[-2].rstrip(",")
    return [bare(w) for w in (strip_suffixes(words) if person else words)]


# Legal-form suffixes that an organisation's short name leaves out.
_CORPORATE = CORPORATE_SUFFIXES


class ActorTable:
    """The article's actors, and lookups from names and mentions to them."""

    def __init__(self) -> None:
        self.actors: list[Actor] = []
        self._keys: dict[tuple[str, str], Actor] = {}  # (label, folded clean name) -> actor
        self._entities: list[Entity] = []  # actor mentions, sorted by start
        self._starts: list[int] = []
        self._acronyms: dict[str, str] = {}  # "UN" -> "united nations" (definitions in the text)
        self._pending: list[tuple[str, list[str]]] = []  # full person names not yet mentioned
        self._titles: dict[str, set[str]] = {}  # actor id -> titles seen right before its mentions
        self._title: str | None = None  # the title before the mention being attached
        self._at: int | None = None  # where the mention being attached starts
        self._shared = SharedNames()  # whole-article name counts for surnames several people share
        # People known by a family name only, kept apart from the relatives found in full ("Mr.
        # Obama" beside Michelle Obama): a speaker resolver must not join them to those relatives.
        self.kept_apart: set[str] = set()
        # Full names the article writes both with and without "Jr."/"Sr."/"III": father and son.
        self._generations: set[str] = set()

    def _w(self, name: str, label: str | None) -> list[str]:
        """``_words``, keeping a generational suffix when the article names both generations."""
        words = _words(name, label)
        key = " ".join(words)
        # "Brandt Jr." is the son too, when both generations are named in full.
        if label in (None, "PERSON") and any(g == key or g.endswith(" " + key) for g in self._generations):
            suffix = [bare(w).rstrip(",") for w in name_words(name)[len(words):]]
            words = words + [x for x in suffix if x in NAME_SUFFIXES]
        return words

    # -- lookups -------------------------------------------------------------------------------

    def lookup(self, name: str, label: str | None = None) -> Actor | None:
        """The actor a surface name refers to, or None.

        Exact alias first, then the person rules (part of a longer name, spelling variant), then
        acronyms. With ``label`` only actors of that label are considered.
        """
        found, _ = self._resolve(name, label)
        return found

    def _resolve(self, name: str, label: str | None) -> tuple[Actor | None, bool]:
        """(actor, ambiguous): ``ambiguous`` is True when several people share the short form."""
        labels = [label] if label else list(ACTOR_LABELS)
        if self._title and label == "PERSON":
            found = self._by_title(self._w(name, "PERSON"))
            if found:
                return found, False
        for lab in labels:
            key = " ".join(self._w(name, lab))
            if key and (lab, key) in self._keys and self._fits_title(self._keys[(lab, key)]):
                return self._keys[(lab, key)], False
        if label in (None, "PERSON"):
            found, ambiguous = self._person_part(self._w(name, "PERSON"))
            if found or ambiguous:
                return found, ambiguous  # (None, True): a relative's name that fits none of them
        if label in (None, "ORG", "GPE", "NORP"):
            found = self._acronym(clean_name(name, person=False), label)
            if found:
                return found, False
        if label == "ORG":
            words = self._w(name, "ORG")
            longer = [a for a in self.actors if a.label == "ORG" and _starts_with(self._w(a.name, "ORG"), words)]
            if len(words) == 1 and len(longer) == 1:
                return longer[0], False
        return None, False

    def _named_in_full(self, words: list[str]) -> int:
        """How often the article names this person in full (as the model found them)."""
        return self._shared.full_counts.get(" ".join(words), 0)

    def _fits_title(self, actor: Actor) -> bool:
        """Can the mention being attached, with its form of address, be this actor? ("Mr. Clinton"
        is not the "Clinton" known as "Mrs. Clinton".)"""
        want = word_gender(self._title)
        return want is None or actor.label != "PERSON" or gender(actor, self._titles.get(actor.id, set())) in (None, want)

    def _person_part(self, words: list[str]) -> tuple[Actor | None, bool]:
        """The person whose name contains ``words`` at its start or end (surname first)."""
        if not words:
            return None, False
        people = [a for a in self.actors if a.label == "PERSON"]
        if " ".join(words) in self._generations:
            return None, False  # "Lukas Brandt" is the father, not a part of "Lukas Brandt Jr."
        for match in (_ends_with, _starts_with, _variant, _middle, _contains):
            # A longer name absorbs a known person only if that person is known by one word alone.
            names = (lambda a: [a.name]) if match is _contains else (lambda a: [a.name, *a.aliases])
            hits = [a for a in people if any(match(self._w(n, "PERSON"), words) for n in names(a))]
            if hits and match is _contains and missed_rival(words[-1], self._shared) > self._named_in_full(words):
                continue  # "Ivanka Trump" does not take over the "Trump" who is the Donald Trump not found
            if hits and len(words) == 1:
                c = choose(hits, words, title=self._title, at=self._at, names=self._shared, titles=self._titles,
                           recent=self._entities, key=lambda n: self._w(n, "PERSON"))
                return c.actor, c.ambiguous or c.separate  # (None, True): nobody known, keep it apart
            if hits:
                best = max(hits, key=lambda a: (a.mentions, -self.actors.index(a)))
                return best, len(hits) > 1
        if len(words) == 1:
            # "Bea said" after "Beatrice Holloway": the one person with that full forename.
            full = [(a, self._w(a.name, "PERSON")) for a in people]
            full = [(a, w) for a, w in full if len(w) >= 2]
            i = nickname_owner(words[0], [w[0] for _, w in full])
            if i is not None:
                return full[i][0], False
        return None, False

    def _by_title(self, words: list[str]) -> Actor | None:
        """Of several people sharing a short form, the only one seen with the current title."""
        if not words:
            return None
        people = [a for a in self.actors if a.label == "PERSON"]
        hits = [
            a for a in people
            if any(_ends_with(self._w(n, "PERSON"), words) or _starts_with(self._w(n, "PERSON"), words) for n in [a.name, *a.aliases])
        ]
        titled = [a for a in hits if self._title in self._titles.get(a.id, ())]
        return titled[0] if len(hits) > 1 and len(titled) == 1 else None

    def _acronym(self, name: str, label: str | None) -> Actor | None:
        """'UN' -> the 'United Nations' actor and back, by definition or exact initials."""
        for a in self.actors:
            if a.label == "PERSON" or (label and a.label != label):
                continue
            for n in [a.name, *a.aliases]:
                if is_acronym(name) and not is_acronym(n):
                    short, long_ = name, n
                elif is_acronym(n) and not is_acronym(name):
                    short, long_ = n, name
                else:
                    continue
                acr = short.replace(".", "")
                if self._acronyms.get(acr) == bare(clean_name(long_, person=False)) or initials(long_) == acr:
                    return a
        return None

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor of the entity mention overlapping ``[start, end)``."""
        i = bisect.bisect_left(self._starts, end)
        for e in reversed(self._entities[:i]):
            if e.end > start:
                return next((a for a in self.actors if a.id == e.actor), None)
            if e.start < start - 500:  # no entity is that long
                break
        return None

    def mentions(self, actor_id: str) -> list[Entity]:
        """The entity mentions of an actor, in document order."""
        return [e for e in self._entities if e.actor == actor_id]

    def without(self, hidden: frozenset[str]) -> "ActorTable":
        """A read-only view for lookups without the actors ``hidden`` (a speaker resolver's actors
        that the text introduces only after the mention being resolved)."""
        view = copy.copy(self)
        view.actors = [a for a in self.actors if a.id not in hidden]
        view._keys = {k: a for k, a in self._keys.items() if a.id not in hidden}
        return view

    # -- building ------------------------------------------------------------------------------

    def add(self, name: str, label: str) -> Actor:
        """The existing actor ``name`` refers to (alias appended) or a new one."""
        found, ambiguous = self._resolve(name, label)
        apart = found is None and ambiguous  # a family name that none of the known relatives fits
        if found is None and label == "PERSON":
            found = self._from_pending(name)
        if found is None and label == "PERSON":
            name, found, ambiguous = self._after_title(name)
        if found is None and label == "PERSON":
            # A speaker guessed to be a person whose exact name is an organisation or a place of
            # the article ("The Associated Press reported") is that actor.
            key = " ".join(_words(name, None))
            found = next((self._keys[(lab, key)] for lab in ("ORG", "GPE", "NORP") if (lab, key) in self._keys), None)
            if found is not None:
                label = found.label
        clean = clean_name(name, person=label == "PERSON") or name.strip()
        if found:
            if not ambiguous:
                self._add_alias(found, clean, label)
        else:
            found = Actor(id=f"a{len(self.actors) + 1}", name=clean, label=label, aliases=[clean])
            self.actors.append(found)
            self._keys[(label, " ".join(self._w(clean, label)))] = found
            if apart:
                self.kept_apart.add(found.id)
        nick = quoted_nickname(name) if label == "PERSON" else None
        if nick:
            self._add_alias(found, clean_name(nick), label)
        return found

    def _after_title(self, name: str) -> tuple[str, Actor | None, bool]:
        """'Chair White' after 'Mary Jo White': a title word the name tables keep (it is also
        a name word: "Chair", "Head", "Father") before a known person's name is that person.
        Returns the name to list (without the title when it resolves), the actor, ambiguity."""
        words = name_words(name)
        if len(words) < 2 or not is_title(words[0]) or not words[0][:1].isupper():
            return name, None, False
        rest = " ".join(words[1:])
        found, ambiguous = self._resolve(rest, "PERSON")
        if found is None:
            found, ambiguous = self._from_pending(rest), False
        return (rest, found, ambiguous) if found is not None else (name, None, False)

    def _add_alias(self, actor: Actor, clean: str, label: str) -> None:
        # "De Boer" opening a sentence is the "de Boer" already listed
        if clean.casefold() not in {a.casefold() for a in actor.aliases}:
            actor.aliases.append(clean)
        self._keys.setdefault((label, " ".join(self._w(clean, label))), actor)
        if len(clean) > len(actor.name) and not is_acronym(clean):
            actor.name = clean

    def _from_pending(self, name: str) -> Actor | None:
        """A short form whose full name appears later: create the actor under the full name."""
        words = self._w(name, "PERSON")
        if " ".join(words) in self._generations:
            return None  # the father, named in full: not a part of his son's name
        want = word_gender(self._title)
        fits = [
            (full, full_words) for full, full_words in self._pending
            if (_ends_with(full_words, words) or _starts_with(full_words, words) or _variant(full_words, words)
                or _middle(full_words, words))
            and ("PERSON", " ".join(full_words)) not in self._keys  # already someone: not this one
            and (want is None or word_gender(full.split()[0]) in (None, want))  # "Mrs. Clinton": not Bill
        ]
        if not fits:
            return None
        # of several family members named later, the one the article names most ("Bush" -> Jeb)
        full, full_words = max(fits, key=lambda f: self._named_in_full(f[1]))
        if len(words) == 1 and missed_rival(words[0], self._shared) > self._named_in_full(full_words):
            return None  # "Trump" is the Donald Trump the model did not find, not Ivanka Trump
        actor = Actor(id=f"a{len(self.actors) + 1}", name=full, label="PERSON", aliases=[])
        self.actors.append(actor)
        self._keys[("PERSON", " ".join(full_words))] = actor
        return actor

    def drop_shared_short_forms(self) -> None:
        """Remove from the aliases a short form that is part of another person's name too.

        "Biden" among Joe Biden's aliases would also name Hunter Biden; the mention stays
        attached, but the alias list only keeps forms that name one person.
        """
        people = [a for a in self.actors if a.label == "PERSON"]
        for a in people:
            others = [self._w(n, "PERSON") for b in people if b is not a for n in [b.name, *b.aliases]]
            keep = []
            for alias in a.aliases:
                w = self._w(alias, "PERSON")
                shared = any(_ends_with(o, w) or _starts_with(o, w) for o in others)
                if not shared or alias == a.name:
                    keep.append(alias)
            a.aliases = keep

    def attach(self, entity: Entity, title: str | None = None) -> Actor:
        """Resolve an actor-labelled entity, set ``entity.actor`` and count the mention.

        ``title`` is the honorific or title written right before the mention ("dr"), if any."""
        self._title, self._at = title, entity.start
        actor = self.add(entity.text, entity.label)
        self._title, self._at = None, None
        if title:
            self._titles.setdefault(actor.id, set()).add(title)
        entity.actor = actor.id
        actor.mentions += 1  # provisional, for ambiguity; the engine recounts
        i = bisect.bisect_right(self._starts, entity.start)
        self._entities.insert(i, entity)
        self._starts.insert(i, entity.start)
        return actor


def _same(a: list[str], b: list[str]) -> bool:
    """Equal word lists, allowing transliteration variants ("Zelensky" = "Zelenskiy") and a
    nickname for the forename of a full name ("Pat Doyle" = "Patrick Doyle")."""
    if len(a) != len(b):
        return False
    if len(a) >= 2 and same_forename(a[0], b[0]):
        a, b = a[1:], b[1:]
    return all(x == y or spelling_variant(x, y) for x, y in zip(a, b))


def _ends_with(full: list[str], part: list[str]) -> bool:
    return 0 < len(part) < len(full) and _same(full[-len(part):], part)


def _starts_with(full: list[str], part: list[str]) -> bool:
    return 0 < len(part) < len(full) and _same(full[: len(part)], part)


def _variant(full: list[str], part: list[str]) -> bool:
    return full != part and _same(full, part)


def _middle(full: list[str], part: list[str]) -> bool:
    """'Donald Trump' of 'Donald J. Trump', 'Hillary Clinton' of 'Hillary Rodham Clinton': the
    same first and last names, the shorter one's middle names among the longer one's."""
    return (
        len(full) >= 3 and 2 <= len(part) < len(full) and _same(part[:1], full[:1]) and part[-1] == full[-1]
        and all(x in full[1:-1] for x in part[1:-1])
    )


def _contains(full: list[str], part: list[str]) -> bool:
    """A single-word actor ("Zelenskyy") that a longer name now spells out in full."""
    return len(full) == 1 and _ends_with(part, full)


def build_actors(parsed: ParsedArticle, entities: list[Entity]) -> ActorTable:
    """Create actors for the actor-labelled entities and set ``Entity.actor``."""
    return actors_from_entities(parsed.text, entities)


def actors_from_entities(text: str, entities: list[Entity]) -> ActorTable:
    """``build_actors`` over the article's text and its entities (in text order)."""
    table = ActorTable()
    table._acronyms = acronym_definitions(text)
    table._pending = full_person_names(entities)
    table._generations = both_generations(entities)
    table._shared = gather(text, entities)
    for ent in entities:
        if ent.label in ACTOR_LABELS:
            table.attach(ent, title_before(text, ent) if ent.label == "PERSON" else None)
    table.drop_shared_short_forms()
    return table
