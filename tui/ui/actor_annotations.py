"""Edits of whole actors for the reader's annotation controller: merge, split, relabel.

Mixed into :class:`~newsread.ui.annotations.Annotator` (its ``view``, ``store``, ``_save`` and
``refuse``); no widget code. Each edit is one journal event (``actor.merge``,
``actor.split``, ``actor.relabel``) anchored by a mention of the actor and its name, as the
store wants it: actor ids are the model's numbering and change between analyses. ``u``
undoes each as it undoes any edit.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsread.analysis.model import ACTOR_LABELS, Actor, Entity
from newsread.ui.annotation_parts import Outcome, short
from newsread.ui.labels import plain_label
from newsread.ui.navigation import ENTITY
from newsread.words import counted


@dataclass(frozen=True)
class MentionGroup:
    """Mentions of an actor that a split can take: all those written ``text``, or one of them."""

    key: str
    title: str
    detail: str
    spans: tuple[tuple[int, int], ...]


def _first_span(mentions: list[Entity]) -> tuple[int, int] | None:
    return (mentions[0].start, mentions[0].end) if mentions else None


class ActorAnnotations:
    """The Annotator's actor edits (see the module docstring)."""

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor ``actor_id`` of the corrected analysis the reader shows."""
        return self.view.analysis.actor(actor_id) if self.view is not None and actor_id else None

    def mentions(self, actor: Actor) -> list[Entity]:
        """The actor's mentions, in text order."""
        return sorted((e for e in self.view.analysis.entities if e.actor == actor.id), key=lambda e: e.start)

    def describe_actor(self, actor: Actor) -> str:
        """'Wiersma (Organisation, 2 mentions, 1 quote)'."""
        return (f"“{short(actor.name)}” ({plain_label(actor.label)}, {counted(actor.mentions, 'mention')}, "
                f"{counted(actor.quotes, 'quote')})")

    # ------------------------------------------------------------------ choices
    def merge_choices(self, actor: Actor) -> list[tuple[str, str, str]]:
        """(id, name, detail) of the actors ``actor`` can merge into: the same kind first, then the most mentioned."""
        others = [a for a in self.view.analysis.actors if a.id != actor.id]
        order = {label: i for i, label in enumerate(ACTOR_LABELS)}
        others.sort(key=lambda a: (a.label != actor.label, order.get(a.label, 9), -a.mentions, -a.quotes, a.name))
        return [(a.id, a.name, f"{plain_label(a.label)} · {a.mentions}m {a.quotes}q") for a in others]

    def split_groups(self, actor: Actor) -> list[MentionGroup]:
        """What a split of ``actor`` can take: each way it is written (all such mentions), then
        each mention of a form written more than once (with its words around it)."""
        mentions = self.mentions(actor)
        forms: dict[str, list[Entity]] = {}
        for e in mentions:
            forms.setdefault(e.text, []).append(e)
        groups = []
        if len(forms) > 1:
            for text, same in forms.items():
                groups.append(MentionGroup(f"form:{text}", f"every “{short(text)}”", counted(len(same), "mention"),
                                           tuple((e.start, e.end) for e in same)))
        text = self.store.text
        for same in forms.values():
            if len(same) < 2:
                continue
            for e in same:
                around = short(text[max(0, e.start - 30):e.end + 30], 64)
                groups.append(MentionGroup(f"at:{e.start}:{e.end}", f"“{short(e.text)}” only here", f"…{around}…",
                                           ((e.start, e.end),)))
        return groups

    # ------------------------------------------------------------------ edits
    def merge(self, source_id: str | None, target_id: str | None) -> Outcome:
        """``source`` is the same person (or thing) as ``target``: one actor, with ``target``'s name."""
        source, target = self.actor(source_id), self.actor(target_id)
        if source is None or target is None:
            return self.refuse("merge: choose an actor in the sidebar first")
        if source.id == target.id:
            return self.refuse("an actor cannot be merged with itself")
        here, there = _first_span(self.mentions(source)), _first_span(self.mentions(target))
        focus = (ENTITY, *here) if here else None
        return self._save(lambda: self.store.merge_actors(source.name, source.label, here,
                                                          target.name, target.label, there),
                          f"merge “{short(source.name)}” into “{short(target.name)}”", focus)

    def split(self, actor_id: str | None, spans: tuple[tuple[int, int], ...]) -> Outcome:
        """The mentions at ``spans`` are someone else: a new actor, with the quotes they name."""
        actor = self.actor(actor_id)
        if actor is None:
            return self.refuse("split: choose an actor in the sidebar first")
        if len(self.mentions(actor)) < 2:
            return self.refuse(f"“{short(actor.name)}” has one mention: nothing to split off")
        if len(spans) >= len(self.mentions(actor)):
            return self.refuse("a split leaves at least one mention to the actor")
        return self._save(lambda: self.store.split_actor(actor.name, actor.label, list(spans)),
                          f"split off “{short(self.store.text[spans[0][0]:spans[0][1]])}”", (ENTITY, *spans[0]))

    def relabel_actor(self, actor_id: str | None, label: str) -> Outcome:
        """Every mention of the actor takes ``label`` (its quotes stay its own)."""
        actor = self.actor(actor_id)
        if actor is None:
            return self.refuse("choose an actor in the sidebar first")
        if actor.label == label:
            return self.refuse(f"“{short(actor.name)}” is already {plain_label(label)}")
        here = _first_span(self.mentions(actor))
        return self._save(lambda: self.store.relabel_actor(actor.name, actor.label, here, label),
                          f"“{short(actor.name)}” → {plain_label(label)}", (ENTITY, *here) if here else None)
