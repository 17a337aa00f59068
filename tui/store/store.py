"""AnnotationStore: the one object the UI and the CLI use for an article's annotations.

Typical use (UI)::

    store = AnnotationStore.open(article.source, article.text, annotations=args_path)
    view = store.apply(model_analysis)          # AnnotatedAnalysis: show view.analysis
    store.add_entity(10, 16, "PERSON")          # returns after fsync: now show "saved"
    view = store.apply(model_analysis)          # replay is cheap; always from the model
    if store.changed(): store.reload(); view = store.apply(model_analysis)

Offsets passed to the edit methods index the text the store was opened with.
Every edit raises :class:`AnnotationError` (one line, for the status line)
when it could not be saved; nothing is shown as saved that is not on disk.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from newsread.analysis.model import QUOTE_KINDS, Analysis
from newsread.article.sanitize import display_path
from newsread.store import events as ev
from newsread.store.anchor import CONTEXT
from newsread.store.annotated import AnnotatedAnalysis
from newsread.store.events import Event, current_user, make_event, text_sha256
from newsread.store.journal import Journal, JournalError
from newsread.store.location import Location, ensure_parent, is_writable_dir, locate
from newsread.store.replay import replay
from newsread.store.undo import latest_undoable, resolve_undo


class AnnotationError(Exception):
    """An annotation could not be saved or loaded. The message is one line for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(display_path(message))  # it names files and may quote journal data


class AnnotationStore:
    """The journal of one article, its events, and the edits the user makes."""

    def __init__(self, journal: Journal, location: Location, text: str, source: str | None = None):
        self.journal = journal
        self.location = location
        self.text = text
        self.source = source
        self.sha = text_sha256(text)
        self.user = current_user()
        self.error: str | None = None  # set when the journal must not be used (read-only)

    @classmethod
    def open(
        cls,
        source: str | None,
        text: str,
        *,
        annotations: str | os.PathLike | None = None,
        writable: Callable[[Path], bool] = is_writable_dir,
        base: Path | None = None,
    ) -> "AnnotationStore":
        """Find and read the journal for the article ``source`` whose text is ``text``.

        Never raises for a bad journal: ``error`` says why the store is read-only.
        Nothing is created on disk until the first edit.
        """
        sha = text_sha256(text)
        loc = locate(source, text_sha=sha, override=annotations, writable=writable, base=base)
        store = cls(Journal(loc.path, article=source, sha=sha), loc, text, source)
        try:
            store.journal.load()
        except JournalError as exc:
            store.error = str(exc)
        return store

    # ---------------------------------------------------------------- reading
    @property
    def path(self) -> Path:
        return self.location.path

    @property
    def events(self) -> list[Event]:
        return self.journal.events

    @property
    def warnings(self) -> list[str]:
        return self.journal.warnings

    @property
    def read_only(self) -> bool:
        return self.error is not None

    def describe(self) -> str:
        """Where annotations are saved, for the status line."""
        return display_path(self.error or self.location.describe())

    def apply(self, analysis: Analysis) -> AnnotatedAnalysis:
        """The model ``analysis`` with every annotation in effect applied (a copy)."""
        return replay(analysis, self.events)

    def changed(self) -> bool:
        """Cheap (one stat): did another process append since we last looked?"""
        return not self.read_only and self.journal.changed()

    def reload(self) -> list[Event]:
        """Read events appended by other processes; returns them (in file order)."""
        if self.read_only:
            return []
        try:
            return self.journal.reload()
        except JournalError as exc:
            self.error = str(exc)
            return []

    # ---------------------------------------------------------------- editing
    def _append(self, type: str, start: int | None, end: int | None, **fields) -> Event:
        if self.read_only:
            raise AnnotationError(f"annotations are read-only: {self.error}")
        span_text = None
        if start is not None or end is not None:
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(self.text)):
                raise AnnotationError(f"invalid span {start}..{end} for a text of {len(self.text)} characters")
            span_text = self.text[start:end]
            # Context lets re-anchoring tell apart two occurrences of the same words.
            fields["before"] = self.text[max(0, start - CONTEXT) : start]
            fields["after"] = self.text[end : end + CONTEXT]
        event = make_event(type, article_sha=self.sha, start=start, end=end, text=span_text, user=self.user, **fields)
        try:
            ensure_parent(self.path)
            return self.journal.append(event)
        except JournalError as exc:
            raise AnnotationError(str(exc)) from None
        except OSError as exc:
            raise AnnotationError(f"could not save to {self.path}: {exc.strerror or exc}") from None

    def add_entity(self, start: int, end: int, label: str) -> Event:
        """Mark ``text[start:end]`` as an entity with ``label`` (replaces overlapping ones)."""
        return self._append(ev.ENTITY_ADD, start, end, label=label)

    def remove_entity(self, start: int, end: int, label: str | None = None) -> Event:
        """Reject the entity at exactly this span."""
        return self._append(ev.ENTITY_REMOVE, start, end, label=label)

    def relabel_entity(self, start: int, end: int, label: str, old_label: str | None = None) -> Event:
        """Give the entity at this span another label (adds it if the model has none)."""
        return self._append(ev.ENTITY_RELABEL, start, end, label=label, old_label=old_label)

    def add_quote(
        self, start: int, end: int, speaker: str | None = None, speaker_name: str | None = None, cue: str | None = None,
        kind: str = "direct",
    ) -> Event:
        """Mark ``text[start:end]`` as speech of ``kind``: a direct quote (the words, without the
        marks) or reported speech (``mixed`` or ``indirect``: its content)."""
        if kind not in QUOTE_KINDS:
            raise AnnotationError(f"unknown kind of speech {kind!r} (one of {', '.join(QUOTE_KINDS)})")
        return self._append(ev.QUOTE_ADD, start, end, speaker=speaker, speaker_name=speaker_name, cue=cue, kind=kind)

    def set_kind(self, start: int, end: int, kind: str) -> Event:
        """Re-kind the item of speech at this span: ``direct``, ``mixed`` or ``indirect``."""
        if kind not in QUOTE_KINDS:
            raise AnnotationError(f"unknown kind of speech {kind!r} (one of {', '.join(QUOTE_KINDS)})")
        return self._append(ev.QUOTE_KIND, start, end, kind=kind)

    def remove_quote(self, start: int, end: int) -> Event:
        """Reject the quote at exactly this span."""
        return self._append(ev.QUOTE_REMOVE, start, end)

    def set_speaker(
        self,
        start: int,
        end: int,
        speaker: str | None = None,
        speaker_name: str | None = None,
        speaker_label: str = "PERSON",
        speaker_start: int | None = None,
        speaker_end: int | None = None,
    ) -> Event:
        """Set the speaker of the quote at this span: an actor id, or a typed name (a new
        actor when it matches none), or neither for "unknown speaker"."""
        extra = self._mention(speaker_start, speaker_end)
        return self._append(
            ev.QUOTE_SPEAKER, start, end, speaker=speaker, speaker_name=speaker_name, speaker_label=speaker_label, **extra
        )

    def confirm_speaker(self, start: int, end: int, speaker: str | None, speaker_name: str | None,
                        speaker_start: int | None = None, speaker_end: int | None = None) -> Event:
        """Confirm that the quote at this span is ``speaker_name``'s (the speaker the reader shows)."""
        extra = self._mention(speaker_start, speaker_end)
        return self._append(ev.QUOTE_CONFIRM, start, end, speaker=speaker, speaker_name=speaker_name, **extra)

    def _mention(self, start: int | None, end: int | None) -> dict[str, object]:
        """The speaker mention's fields of a speaker event (its text re-anchors it)."""
        if start is None or end is None:
            return {}
        return {"speaker_start": start, "speaker_end": end, "speaker_text": self.text[start:end]}

    def _span_fields(self, span: tuple[int, int] | None, prefix: str = "") -> dict[str, object]:
        """A mention as an event records it (offsets, text, context), under ``prefix``."""
        if span is None:
            return {}
        start, end = span
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(self.text)):
            raise AnnotationError(f"invalid span {start}..{end} for a text of {len(self.text)} characters")
        fields = {"start": start, "end": end, "text": self.text[start:end],
                  "before": self.text[max(0, start - CONTEXT) : start], "after": self.text[end : end + CONTEXT]}
        return {prefix + k: v for k, v in fields.items()}

    def merge_actors(self, name: str, label: str, mention: tuple[int, int] | None,
                     into_name: str, into_label: str, into_mention: tuple[int, int] | None) -> Event:
        """One person, two actors: the actor ``name`` (anchored by ``mention``, one of its mentions,
        None when it has none) becomes the actor ``into_name``, with its mentions and quotes."""
        start, end = mention if mention else (None, None)
        into = self._span_fields(into_mention, "into_")
        return self._append(ev.ACTOR_MERGE, start, end, name=name, label=label,
                            into_name=into_name, into_label=into_label, **into)

    def split_actor(self, name: str, label: str, mentions: list[tuple[int, int]], new_name: str | None = None) -> Event:
        """Two people, one actor: ``mentions`` of the actor ``name`` become a new actor (``new_name``,
        by default the longest of their texts), with the quotes they name the speaker of."""
        if not mentions:
            raise AnnotationError("a split needs at least one mention")
        spans = sorted(set(mentions))
        recorded = [self._span_fields(span) for span in spans]
        return self._append(ev.ACTOR_SPLIT, *spans[0], name=name, label=label, mentions=recorded, new_name=new_name)

    def relabel_actor(self, name: str, old_label: str, mention: tuple[int, int] | None, label: str) -> Event:
        """Every mention of the actor ``name`` takes ``label``; its quotes stay its own."""
        start, end = mention if mention else (None, None)
        return self._append(ev.ACTOR_RELABEL, start, end, name=name, old_label=old_label, label=label)

    def add_note(self, body: str, start: int | None = None, end: int | None = None) -> Event:
        """A free-text note on a span, or on the whole article without one."""
        return self._append(ev.NOTE, start, end, body=body)

    def undo(self, target: str | None = None) -> Event | None:
        """Undo ``target`` or this user's latest edit still in effect; None if nothing to undo."""
        if target is None:
            undone, _ = resolve_undo(self.events)
            found = latest_undoable(self.events, self.user, undone)
            if found is None:
                return None
            target = found.id
        elif target not in {e.id for e in self.events}:
            raise AnnotationError(f"no annotation with id {target}")
        return self._append(ev.UNDO, None, None, target=target)


def load_saved(
    analysis: Analysis, source: str | None, annotations: str | os.PathLike | None = None
) -> tuple[AnnotatedAnalysis | None, list[str]]:
    """Headless: apply the saved annotations of an article, never writing anything.

    Returns (None, messages) when there is no journal. An explicit ``annotations``
    path that does not exist, or a journal that must not be used, raises AnnotationError.
    """
    sha = text_sha256(analysis.text)
    loc = locate(source, text_sha=sha, override=annotations, writable=lambda _p: True)
    if not loc.path.exists():
        if annotations is not None:
            raise AnnotationError(f"{loc.path}: no such annotation journal")
        return None, []
    journal = Journal(loc.path, article=source, sha=sha)
    try:
        journal.load()
    except JournalError as exc:
        raise AnnotationError(str(exc)) from None
    except OSError as exc:
        raise AnnotationError(f"cannot read {loc.path}: {exc.strerror or exc}") from None
    annotated = replay(analysis, journal.events)
    messages = list(journal.warnings)
    messages.append(display_path(f"{loc.path}: {annotated.summary()}"))
    return annotated, messages
