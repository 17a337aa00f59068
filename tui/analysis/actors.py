"""Actors: PERSON/ORG/GPE/NORP entities merged across aliases.

PROVISIONAL: groups by exact text; the foundation issue adds alias merging.
"""

from __future__ import annotations

from newsread.analysis.model import ACTOR_LABELS, Actor, Entity
from newsread.analysis.parsed import ParsedArticle


class ActorTable:
    """The article's actors, and lookups from names and mentions to them."""

    def __init__(self) -> None:
        self.actors: list[Actor] = []
        self._by_key: dict[tuple[str, str], Actor] = {}

    def add(self, name: str, label: str) -> Actor:
        """Return the actor called ``name`` (an alias of an existing one or new)."""
        found = self.lookup(name, label)
        if found:
            if name not in found.aliases:
                found.aliases.append(name)
            return found
        actor = Actor(id=f"a{len(self.actors) + 1}", name=name, label=label, aliases=[name])
        self.actors.append(actor)
        self._by_key[(label, name.lower())] = actor
        return actor

    def lookup(self, name: str, label: str | None = None) -> Actor | None:
        """The actor a name refers to, or None."""
        labels = [label] if label else list(ACTOR_LABELS)
        for lab in labels:
            a = self._by_key.get((lab, name.lower()))
            if a:
                return a
        return None


def build_actors(parsed: ParsedArticle, entities: list[Entity]) -> ActorTable:
    """Create actors for the actor-labelled entities and set ``Entity.actor``."""
    table = ActorTable()
    for ent in entities:
        if ent.label in ACTOR_LABELS:
            actor = table.add(ent.text, ent.label)
            ent.actor = actor.id
    return table
