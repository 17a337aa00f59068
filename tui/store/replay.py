"""Fold journal events over a model Analysis: the corrected analysis.

Replay always starts from the model's analysis and applies every event in
effect, in journal order, so the result depends only on (analysis, events):
undo, reload and re-anchoring need no incremental bookkeeping.

Rules worth knowing (also in the report to the UI):

* ``entity.add`` / ``quote.add`` replace the items they overlap (the user's
  span wins; overlapping entities would break highlighting and ``doc.ents``).
  Speech overlaps only within its family: a direct quote replaces direct
  quotes, reported speech (``mixed``, ``indirect``) replaces reported speech;
  quoted words inside a report are the normal case, not a clash.
* ``quote.add`` without ``kind`` (journals from before reported speech) is a
  direct quote, or keeps the kind of the item already at its span;
  ``quote.kind`` re-kinds the item at its span (creating it, like
  ``quote.speaker``). A ``mixed`` item's quoted parts come from the marks in it.
* ``entity.relabel`` of a span with no entity adds one, and ``quote.speaker``
  on a span with no quote creates the quote: the user's statement survives a
  model that no longer finds the item.
* ``quote.confirm`` makes the quote's speaker sure (``speaker_confidence`` 1.0,
  ``speaker_confirmed``), as does any speaker the user sets; when the model has
  since named someone else, the confirmed speaker is put back (the user's word
  stands, as for ``quote.speaker``).
* ``entity.remove`` / ``quote.remove`` of a span with nothing there are listed
  in ``unapplied``, never dropped from the journal.
* A mention that moves to another actor (``entity.relabel``, an ``entity.add``
  over it, ``actor.split``) takes along the quotes whose speaker mention it is;
  an actor whose last mention leaves hands all its quotes and names to the
  actor that mention joined, and is dropped: no ghost keeps the quotes.
  ``actor.merge`` / ``actor.split`` / ``actor.relabel`` act on whole actors,
  anchored by a mention and a name (``actor_edits.py``).
* A speaker is resolved by name first (actor ids are the model's numbering and
  may shift between versions), then by the recorded id; a typed name matching
  no actor creates one with the id ``u<first 8 hex of the event id>``.
"""

from __future__ import annotations

import copy

from newsread.analysis.model import ACTOR_LABELS, QUOTE_KINDS, Actor, Analysis, DateMention, Entity, Quote
from newsread.store import events as ev
from newsread.store.actor_edits import ActorEdits
from newsread.store.anchor import resolve_span
from newsread.store.annotated import CORRECTED, USER, AnnotatedAnalysis, Mark, Note
from newsread.store.events import Event, text_sha256
from newsread.store.quoted import quoted_parts
from newsread.store.undo import resolve_undo

DATE_LABELS = ("DATE", "TIME")


def replay(analysis: Analysis, events: list[Event]) -> AnnotatedAnalysis:
    """The corrected copy of ``analysis`` (which is not modified)."""
    out = AnnotatedAnalysis(copy.deepcopy(analysis))
    undone, failed = resolve_undo(events)
    out.undone = undone
    out.unapplied.extend(failed)
    folder = _Folder(out)
    for event in events:
        if event.id in undone or event.type == ev.UNDO or not event.known:
            continue  # unknown types: a newer newsread's events, kept in the file
        folder.apply(event)
    folder.finish()
    return out


def _resolve(text: str, sha: str, event: Event) -> tuple[tuple[int, int] | None, bool]:
    before, after = event.get("before"), event.get("after")
    return resolve_span(
        text, sha, event.sha256, event.start, event.end, event.text,
        before if isinstance(before, str) else None, after if isinstance(after, str) else None,
    )


class _Folder(ActorEdits):
    def __init__(self, out: AnnotatedAnalysis) -> None:
        self.out = out
        self.an = out.analysis
        self.sha = text_sha256(self.an.text)
        self.touched: set[str] = set()  # actor ids that lost a mention or a quote

    # ----------------------------------------------------------------- dispatch
    def apply(self, event: Event) -> None:
        if event.type == ev.NOTE:
            self._note(event)
            return
        if event.type in ev.ACTOR_EVENTS:
            self._actor_event(event)  # anchored by a mention and a name: actor_edits.py
            return
        span = self._span(event)
        if span is None:
            return
        handler = {
            ev.ENTITY_ADD: self._entity_add,
            ev.ENTITY_REMOVE: self._entity_remove,
            ev.ENTITY_RELABEL: self._entity_relabel,
            ev.QUOTE_ADD: self._quote_add,
            ev.QUOTE_REMOVE: self._quote_remove,
            ev.QUOTE_SPEAKER: self._quote_speaker,
            ev.QUOTE_KIND: self._quote_kind,
            ev.QUOTE_CONFIRM: self._quote_confirm,
        }[event.type]
        reason = handler(event, *span)
        if reason:
            self.out.unapplied.append((event, reason))
        else:
            self.out.applied += 1

    def _span(self, event: Event) -> tuple[int, int] | None:
        """The event's span in the current text; orphans are listed, not dropped."""
        if event.start is None or event.end is None or event.text is None:
            self.out.unapplied.append((event, "event has no span"))
            return None
        span, moved = _resolve(self.an.text, self.sha, event)
        if span is None:
            self.out.orphans.append(event)
        elif moved:
            self.out.reanchored.append(event)
        return span

    def _mark(self, marks: dict, key: tuple[int, int], event: Event, existed: bool) -> None:
        """USER for an item the user made (and keeps editing), CORRECTED for a changed model item."""
        old = marks.get(key)
        origin = USER if (old and old.origin == USER) or not existed else CORRECTED
        marks[key] = Mark(origin, event.id, event.user)

    # ----------------------------------------------------------------- entities
    def _entity_at(self, s: int, e: int) -> Entity | None:
        return next((x for x in self.an.entities if x.start == s and x.end == e), None)

    def _drop_entity(self, ent: Entity, event: Event, removed: bool = True) -> None:
        self.an.entities.remove(ent)
        if removed:
            self.out.removed_entities.append((ent, event.id))
        self.out.entity_marks.pop((ent.start, ent.end), None)
        self.an.dates = [d for d in self.an.dates if (d.start, d.end) != (ent.start, ent.end)]
        if ent.actor:
            self.touched.add(ent.actor)

    def _entity_add(self, event: Event, s: int, e: int) -> str | None:
        label = event.get("label")
        if not isinstance(label, str) or not label:
            return "entity.add without a label"
        same = self._entity_at(s, e)
        mark = self.out.entity_marks.get((s, e))  # read before the overlap loop drops it
        was_model = same is not None and not (mark and mark.origin == USER)
        overlapped = [x for x in self.an.entities if x.start < e and s < x.end]
        for other in overlapped:
            self._drop_entity(other, event, removed=other is not same)  # same span: changed, not removed
        ent = Entity(s, e, label, self.an.text[s:e])
        self.an.entities.append(ent)
        self._label_side_effects(ent, event)
        for other in overlapped:  # the user's span stands for the mentions it covers: their quotes follow
            self._follow_mention(other.actor, (s, e), ent.actor, event)
        self.out.entity_marks[(s, e)] = Mark(CORRECTED if was_model else USER, event.id, event.user)
        return None

    def _entity_remove(self, event: Event, s: int, e: int) -> str | None:
        ent = self._entity_at(s, e)
        if ent is None:
            return "no entity at this span"
        self._drop_entity(ent, event)
        return None

    def _entity_relabel(self, event: Event, s: int, e: int) -> str | None:
        label = event.get("label")
        if not isinstance(label, str) or not label:
            return "entity.relabel without a label"
        ent = self._entity_at(s, e)
        if ent is None:
            return self._entity_add(event, s, e)
        if ent.actor:
            self.touched.add(ent.actor)
        self.an.dates = [d for d in self.an.dates if (d.start, d.end) != (s, e)]
        old_actor, ent.label, ent.actor = ent.actor, label, None
        self._label_side_effects(ent, event)
        self._follow_mention(old_actor, (s, e), ent.actor, event)  # no ghost: actor_edits.py
        self._mark(self.out.entity_marks, (s, e), event, existed=True)
        return None

    def _label_side_effects(self, ent: Entity, event: Event) -> None:
        """Attach an actor-labelled entity to its actor; list a DATE/TIME as a date."""
        if ent.label in ACTOR_LABELS:
            ent.actor = self._actor(ent.text, ent.label, event).id
        elif ent.label in DATE_LABELS:
            self.an.dates.append(DateMention(ent.start, ent.end, ent.text, ent.label, None))

    # ------------------------------------------------------------------- actors
    def _find_actor(self, name: str, label: str | None = None) -> Actor | None:
        key = name.strip().lower()
        for actor in self.an.actors:
            if label and actor.label != label:
                continue
            if actor.name.lower() == key or any(a.lower() == key for a in actor.aliases):
                return actor
        return None

    def _actor(self, name: str, label: str, event: Event) -> Actor:
        """The actor called ``name`` (alias added when new), or a new user actor."""
        actor = self._find_actor(name, label)
        if actor is None:
            actor = Actor(id=f"u{event.id[:8]}", name=name.strip(), label=label, aliases=[name.strip()])
            self.an.actors.append(actor)
        elif name not in actor.aliases:
            actor.aliases.append(name)
        return actor

    def _speaker(self, event: Event) -> Actor | None:
        actor_id, name = event.get("speaker"), event.get("speaker_name")
        if isinstance(name, str) and name.strip():
            by_id = self.an.actor(actor_id) if actor_id else None
            if by_id and name.strip().lower() in {n.lower() for n in [by_id.name, *by_id.aliases]}:
                return by_id
            found = self._find_actor(name)
            if found:
                return found
            label = event.get("speaker_label")
            return self._actor(name, label if isinstance(label, str) and label else "PERSON", event)
        return self.an.actor(actor_id) if actor_id else None

    # ------------------------------------------------------------------- quotes
    def _quote_at(self, s: int, e: int) -> Quote | None:
        return next((q for q in self.an.quotes if q.start == s and q.end == e), None)

    def _drop_quote(self, quote: Quote, event: Event) -> None:
        self.an.quotes.remove(quote)
        self.out.removed_quotes.append((quote, event.id))
        self.out.quote_marks.pop((quote.start, quote.end), None)
        if quote.speaker:
            self.touched.add(quote.speaker)

    def _set_speaker(self, quote: Quote, event: Event) -> None:
        if quote.speaker:
            self.touched.add(quote.speaker)
        actor = self._speaker(event)
        quote.speaker = actor.id if actor else None
        quote.speaker_name = actor.name if actor else None
        quote.speaker_start = quote.speaker_end = None
        st, en, tx = event.get("speaker_start"), event.get("speaker_end"), event.get("speaker_text")
        if isinstance(st, int) and isinstance(en, int):
            span, _ = resolve_span(self.an.text, self.sha, event.sha256, st, en, tx)
            if span:
                quote.speaker_start, quote.speaker_end = span
        quote.resolved_via = None  # RESOLVED_VIA describes the engine; the user is not one of them
        quote.speaker_confidence, quote.speaker_confirmed = 1.0, True
        cue = event.get("cue")
        if isinstance(cue, str) and cue:
            quote.cue = cue

    def _set_kind(self, quote: Quote, kind: str) -> None:
        quote.kind = kind
        quote.quoted = quoted_parts(self.an.text, quote.start, quote.end) if kind == "mixed" else []

    def _quote_add(self, event: Event, s: int, e: int) -> str | None:
        kind = event.get("kind")
        if kind is not None and kind not in QUOTE_KINDS:
            return f"unknown kind of speech {kind!r}"
        quote = self._quote_at(s, e)
        reported = (kind or (quote.kind if quote else "direct")) != "direct"
        for other in [q for q in self.an.quotes if q.start < e and s < q.end and (q.start, q.end) != (s, e)]:
            if (other.kind != "direct") == reported:  # a quote inside a report is no clash
                self._drop_quote(other, event)
        existed = quote is not None
        if quote is None:
            quote = Quote(s, e, self.an.text[s:e])
            self.an.quotes.append(quote)
        if kind is not None:
            self._set_kind(quote, kind)
        if not existed or event.get("speaker") or event.get("speaker_name"):
            self._set_speaker(quote, event)  # re-adding a known quote without a speaker keeps its speaker
        self._mark(self.out.quote_marks, (s, e), event, existed=existed)
        return None

    def _quote_remove(self, event: Event, s: int, e: int) -> str | None:
        quote = self._quote_at(s, e)
        if quote is None:
            return "no quote at this span"
        self._drop_quote(quote, event)
        return None

    def _quote_speaker(self, event: Event, s: int, e: int) -> str | None:
        quote = self._quote_at(s, e)
        if quote is None:
            return self._quote_add(event, s, e)
        self._set_speaker(quote, event)
        self._mark(self.out.quote_marks, (s, e), event, existed=True)
        return None

    def _quote_kind(self, event: Event, s: int, e: int) -> str | None:
        kind = event.get("kind")
        if kind not in QUOTE_KINDS:
            return f"unknown kind of speech {kind!r}"
        quote = self._quote_at(s, e)
        if quote is None:
            return self._quote_add(event, s, e)  # the user's statement outlives the model's item
        self._set_kind(quote, kind)
        self._mark(self.out.quote_marks, (s, e), event, existed=True)
        return None

    def _quote_confirm(self, event: Event, s: int, e: int) -> str | None:
        quote = self._quote_at(s, e)
        if quote is None:
            return "no quote at this span"
        if not self._names_current(quote, event):
            self._set_speaker(quote, event)
            self._mark(self.out.quote_marks, (s, e), event, existed=True)
        quote.speaker_confidence, quote.speaker_confirmed = 1.0, True
        return None

    def _names_current(self, quote: Quote, event: Event) -> bool:
        """Does the event name the speaker the quote has now (by name, alias or actor)?"""
        name = event.get("speaker_name")
        if not isinstance(name, str) or not name.strip():
            return quote.speaker_name is None
        if quote.speaker_name and quote.speaker_name.strip().lower() == name.strip().lower():
            return True
        found = self._find_actor(name)
        return found is not None and found.id == quote.speaker

    # -------------------------------------------------------------------- notes
    def _note(self, event: Event) -> None:
        body = event.get("body")
        if not isinstance(body, str):
            self.out.unapplied.append((event, "note without a body"))
            return
        start = end = None
        orphaned = False
        if event.text is not None:
            span, moved = _resolve(self.an.text, self.sha, event)
            if span is None:
                orphaned = True
                self.out.orphans.append(event)
            else:
                start, end = span
                if moved:
                    self.out.reanchored.append(event)
        self.out.notes.append(Note(event.id, body, start, end, event.text, event.user, event.time, orphaned))
        self.out.applied += 1

    # ------------------------------------------------------------------- finish
    def finish(self) -> None:
        """Sort, recount actors, drop actors the user emptied."""
        an = self.an
        an.entities.sort(key=lambda x: (x.start, x.end))
        an.quotes.sort(key=lambda q: (q.start, q.end))
        an.dates.sort(key=lambda d: (d.start, d.end))
        by_id = {a.id: a for a in an.actors}
        for a in an.actors:
            a.mentions = a.quotes = 0
        for x in an.entities:
            if x.actor in by_id:
                by_id[x.actor].mentions += 1
        for q in an.quotes:
            if q.speaker in by_id:
                by_id[q.speaker].quotes += 1
        an.actors = [
            a for a in an.actors if a.mentions or a.quotes or (a.id not in self.touched and not a.id.startswith("u"))
        ]
