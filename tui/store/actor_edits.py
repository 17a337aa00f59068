"""Replay of the edits about whole actors (merge, split, relabel), and the rule that a mention
moving to another actor takes its quotes along, so no actor is left behind as a ghost.

Mixed into replay's ``_Folder``: it uses the folder's analysis (``an``), report (``out``),
``_entity_at``, ``_find_actor``, ``_mark`` and ``_label_side_effects``.

An actor is anchored like any annotation, never by its id (``a3`` is the model's numbering
and changes between analyses): by one of its mentions, re-anchored by its text and context,
whose entity names the actor it belongs to *now* (after the events before it); when that
mention is gone, by its name or an alias (with its label first). An actor that can be found
neither way is an orphan when its mention's text is gone, else not applicable.

What follows a mention: the quotes of its actor whose speaker mention lies inside it. When
an actor's last mention leaves (relabelled, taken over by a wider entity, split off), its
other quotes and its names go too and the actor is dropped: the CSV and the JSON never keep
an empty actor holding quotes under an id nothing else uses.
"""

from __future__ import annotations

from typing import Any

from newsread.analysis.model import ACTOR_LABELS, Actor, Entity, Quote
from newsread.store import events as ev
from newsread.store.anchor import resolve_span
from newsread.store.events import Event


class Unplaced(Exception):
    """An actor event that changes nothing: orphaned (its words are gone) or with the reason why."""

    def __init__(self, reason: str, orphan: bool = False) -> None:
        super().__init__(reason)
        self.orphan = orphan


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


class ActorEdits:
    """The actor events' handlers (see the module docstring)."""

    def _actor_event(self, event: Event) -> None:
        handler = {
            ev.ACTOR_MERGE: self._actor_merge,
            ev.ACTOR_SPLIT: self._actor_split,
            ev.ACTOR_RELABEL: self._actor_relabel,
        }[event.type]
        try:
            handler(event)
        except Unplaced as why:
            if why.orphan:
                self.out.orphans.append(event)
            else:
                self.out.unapplied.append((event, str(why)))
        else:
            self.out.applied += 1

    # ---------------------------------------------------------------- anchoring
    def _place(self, event: Event, fields: dict[str, Any]) -> tuple[int, int] | None:
        """A recorded mention (``start``, ``end``, ``text``, ``before``, ``after``) in the current text."""
        span, _moved = resolve_span(
            self.an.text, self.sha, event.sha256, _int(fields.get("start")), _int(fields.get("end")),
            _str(fields.get("text")), _str(fields.get("before")), _str(fields.get("after")),
        )
        return span

    def _anchored_actor(self, event: Event, prefix: str, label_key: str) -> Actor:
        """The actor named by the event's mention (fields ``<prefix>start``...) or else by its name."""
        fields = {k: event.get(prefix + k) for k in ("start", "end", "text", "before", "after", "name")}
        text = _str(fields["text"])
        span = self._place(event, fields) if text else None
        if span is not None:
            if prefix == "" and span != (event.start, event.end):
                self.out.reanchored.append(event)
            ent = self._entity_at(*span)
            actor = self.an.actor(ent.actor) if ent is not None and ent.actor else None
            if actor is not None:
                return actor
        name, label = _str(fields["name"]), _str(event.get(prefix + label_key))
        if name and name.strip():
            actor = (self._find_actor(name, label) if label in ACTOR_LABELS else None) or self._find_actor(name)
            if actor is not None:
                return actor
        if text and span is None:
            raise Unplaced("its mention is no longer in the article", orphan=True)
        raise Unplaced(f"no actor “{name or text or '?'}” in this analysis")

    # ---------------------------------------------------------------- moving things
    def _give_quote(self, quote: Quote, actor: Actor | None, event: Event) -> None:
        """``quote`` is now ``actor``'s (None: no actor; the name it had stays as a description)."""
        quote.speaker = actor.id if actor else None
        if actor is not None:
            quote.speaker_name = actor.name
        self._mark(self.out.quote_marks, (quote.start, quote.end), event, existed=True)

    def _mentions_of(self, actor: Actor) -> list[Entity]:
        return [e for e in self.an.entities if e.actor == actor.id]

    def _drop_actor(self, actor: Actor, heir: Actor | None, event: Event) -> None:
        """``actor`` has no mention left: its quotes and names go to ``heir``, and it goes."""
        for quote in self.an.quotes:
            if quote.speaker == actor.id:
                self._give_quote(quote, heir, event)
        if heir is not None:
            heir.aliases.extend(n for n in dict.fromkeys([actor.name, *actor.aliases]) if n not in heir.aliases)
        if actor in self.an.actors:
            self.an.actors.remove(actor)

    def _follow_mention(self, old_id: str | None, span: tuple[int, int], new_id: str | None, event: Event) -> None:
        """The mention at ``span`` left actor ``old_id`` for ``new_id``: the quotes it names follow it."""
        old = self.an.actor(old_id) if old_id else None
        if old is None or old_id == new_id:
            return
        new = self.an.actor(new_id) if new_id else None
        s, e = span
        for quote in self.an.quotes:
            named_here = quote.speaker_start is not None and s <= quote.speaker_start and (quote.speaker_end or 0) <= e
            if quote.speaker == old.id and named_here:
                self._give_quote(quote, new, event)
        if not self._mentions_of(old):
            self._drop_actor(old, new, event)

    def _merge_into(self, source: Actor, target: Actor, event: Event) -> None:
        """Every mention and quote of ``source`` becomes ``target``'s (its label too)."""
        for ent in self._mentions_of(source):
            ent.actor, ent.label = target.id, target.label
            self._mark(self.out.entity_marks, (ent.start, ent.end), event, existed=True)
        self._drop_actor(source, target, event)

    # ---------------------------------------------------------------- the events
    def _actor_merge(self, event: Event) -> None:
        source = self._anchored_actor(event, "", "label")
        target = self._anchored_actor(event, "into_", "label")
        if source is target:
            raise Unplaced(f"“{target.name}” is already one actor")
        self._merge_into(source, target, event)

    def _actor_split(self, event: Event) -> None:
        spans = [span for m in event.get("mentions") or [] if isinstance(m, dict) and (span := self._place(event, m))]
        if not spans:
            raise Unplaced("its mentions are no longer in the article", orphan=True)
        found = [ent for ent in (self._entity_at(*span) for span in spans) if ent is not None and ent.actor]
        old = self.an.actor(found[0].actor) if found else None
        if old is None:
            raise Unplaced("no actor's mention is at these words")
        moving = list({id(e): e for e in found if e.actor == old.id}.values())
        staying = [e for e in self._mentions_of(old) if all(e is not m for m in moving)]
        if not staying:
            raise Unplaced(f"these are all the mentions of “{old.name}”: it is an actor of its own already")
        texts = list(dict.fromkeys(e.text for e in moving))
        name = _str(event.get("new_name")) or max(texts, key=len)
        new = Actor(id=self._free_id(f"u{event.id[:8]}"), name=name.strip() or texts[0], label=old.label, aliases=texts)
        self.an.actors.append(new)
        for ent in moving:
            ent.actor = new.id
            self._mark(self.out.entity_marks, (ent.start, ent.end), event, existed=True)
            self._follow_mention(old.id, (ent.start, ent.end), new.id, event)
        kept = {e.text for e in staying}
        gone = set(texts) - kept
        old.aliases = [a for a in old.aliases if a not in gone]
        if old.name in gone:
            old.name = max(kept, key=len)

    def _free_id(self, wanted: str) -> str:
        """``wanted``, or with a suffix when a (hand-written, duplicated) event id already made it."""
        taken = {a.id for a in self.an.actors}
        n, candidate = 1, wanted
        while candidate in taken:
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def _actor_relabel(self, event: Event) -> None:
        label = _str(event.get("label"))
        if not label:
            raise Unplaced("actor.relabel without a label")
        actor = self._anchored_actor(event, "", "old_label")
        if actor.label == label:
            raise Unplaced(f"“{actor.name}” is already {label}")
        mentions = self._mentions_of(actor)
        if label not in ACTOR_LABELS:  # no longer an actor: its quotes keep the name, as a description
            self._drop_actor(actor, None, event)
            for ent in mentions:
                ent.label, ent.actor = label, None
                self._label_side_effects(ent, event)  # a DATE is listed as a date
                self._mark(self.out.entity_marks, (ent.start, ent.end), event, existed=True)
            return
        same = self._find_actor(actor.name, label)
        if same is not None and same is not actor:  # "Wiersma" the person exists: one actor, not two
            self._merge_into(actor, same, event)
            return
        actor.label = label
        for ent in mentions:
            ent.label = label
            self._mark(self.out.entity_marks, (ent.start, ent.end), event, existed=True)
