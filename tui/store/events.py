"""Annotation events: the lines of the journal, after the header.

An event is kept as the JSON object it was read from (``Event.data``), so
fields written by a newer newsread survive a round trip and events of an
unknown type are kept (and ignored by replay) rather than dropped.

Every event has ``type``, ``id`` (uuid4 hex), ``time`` (ISO UTC), ``user`` and
``sha256`` (of the article text it was made against). Span events also have
``start``/``end`` (offsets into that text) and ``text`` (the span's text, which
re-anchors the span when the article changes), with ``before``/``after``: up to
32 characters of context each side, which pick the right one of several
occurrences when re-anchoring. Type-specific fields:

=================  ===========================================================
``entity.add``     ``label``
``entity.remove``  ``label`` (of the removed entity, informative)
``entity.relabel`` ``label`` (new), ``old_label``
``quote.add``      ``speaker`` (actor id or null), ``speaker_name``, ``cue``,
                   ``kind`` (``direct``, ``mixed`` or ``indirect``: reported speech
                   with or without quoted words; absent in journals written
                   before reported speech: a direct quote)
``quote.remove``   --
``quote.kind``     ``kind``: the item at the span is re-kinded (a mixed item's
                   quoted parts are found again from the quotation marks in it)
``quote.speaker``  ``speaker`` (actor id or null), ``speaker_name`` (typed or
                   the actor's name), ``speaker_label`` (label for a new actor)
``quote.confirm``  ``speaker``, ``speaker_name``: the speaker the user confirms
                   (the model's, kept when the model later names another);
                   ``speaker_start``/``speaker_end``/``speaker_text``: its mention
``actor.merge``    the actor anchored by the span (one of its mentions; null for
                   an actor without mentions), ``name`` and ``label`` becomes the
                   actor anchored by ``into_start``/``into_end``/``into_text``
                   (``into_before``/``into_after``), ``into_name``, ``into_label``:
                   its mentions and quotes move there, its mentions take that label
``actor.split``    ``mentions``: a list of ``{start, end, text, before, after}``,
                   mentions of one actor (the span is the first) that become a new
                   actor named ``new_name``; ``name``, ``label``: the actor they
                   leave (informative). Quotes whose speaker mention is one of them
                   move with them
``actor.relabel``  ``label`` (new), ``old_label``, ``name``: every mention of the
                   actor anchored by the span takes the label; its quotes stay its
``note``           ``body``; ``start``/``end``/``text`` may be null (a note on
                   the whole article)
``undo``           ``target``: the id of the event it undoes
=================  ===========================================================
"""

from __future__ import annotations

import datetime
import getpass
import hashlib
import os
import uuid
from dataclasses import dataclass
from typing import Any

from newsread.article.sanitize import safe_display

SCHEMA = "newsread.annotations/1"
SCHEMA_PREFIX = "newsread.annotations/"

ENTITY_ADD = "entity.add"
ENTITY_REMOVE = "entity.remove"
ENTITY_RELABEL = "entity.relabel"
QUOTE_ADD = "quote.add"
QUOTE_REMOVE = "quote.remove"
QUOTE_SPEAKER = "quote.speaker"
QUOTE_KIND = "quote.kind"
QUOTE_CONFIRM = "quote.confirm"
ACTOR_MERGE = "actor.merge"
ACTOR_SPLIT = "actor.split"
ACTOR_RELABEL = "actor.relabel"
NOTE = "note"
UNDO = "undo"

EVENT_TYPES = (
    ENTITY_ADD,
    ENTITY_REMOVE,
    ENTITY_RELABEL,
    QUOTE_ADD,
    QUOTE_REMOVE,
    QUOTE_SPEAKER,
    QUOTE_KIND,
    QUOTE_CONFIRM,
    ACTOR_MERGE,
    ACTOR_SPLIT,
    ACTOR_RELABEL,
    NOTE,
    UNDO,
)
# Events about a whole actor: anchored by a mention and the actor's name, not by one item.
ACTOR_EVENTS = (ACTOR_MERGE, ACTOR_SPLIT, ACTOR_RELABEL)

# Journal bookkeeping, not an annotation: written before an event when the file
# ended in a torn line, so that a reader can tell that damage from corruption.
TORN_MARKER = "journal.torn"


def text_sha256(text: str) -> str:
    """The article fingerprint stored in the header and in every event."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def now_iso() -> str:
    """Current time, ISO 8601 UTC with milliseconds and a ``Z``."""
    now = datetime.datetime.now(datetime.timezone.utc)
    return now.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def current_user() -> str:
    """``$USER``, else the login name from the password database, else ``unknown``."""
    # $USER is the environment's, shown to every user of a shared journal: cleaned like article text.
    user = safe_display(os.environ.get("USER") or "")
    if user:
        return user
    try:
        return safe_display(getpass.getuser()) or "unknown"
    except Exception:  # no passwd entry (containers): still record something
        return "unknown"


@dataclass(frozen=True)
class Event:
    """One journal line. ``data`` is the full JSON object, unknown fields included."""

    data: dict[str, Any]

    @property
    def type(self) -> str:
        return str(self.data.get("type", ""))

    @property
    def id(self) -> str:
        return str(self.data.get("id", ""))

    @property
    def user(self) -> str | None:
        return self.data.get("user")

    @property
    def time(self) -> str | None:
        return self.data.get("time")

    @property
    def sha256(self) -> str | None:
        return self.data.get("sha256")

    @property
    def start(self) -> int | None:
        return _int_or_none(self.data.get("start"))

    @property
    def end(self) -> int | None:
        return _int_or_none(self.data.get("end"))

    @property
    def text(self) -> str | None:
        value = self.data.get("text")
        return value if isinstance(value, str) else None

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    @property
    def known(self) -> bool:
        """True for the annotation types this version understands."""
        return self.type in EVENT_TYPES


def _int_or_none(value: Any) -> int | None:
    # bool is an int subclass; a JSON true is not an offset.
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def make_event(
    type: str,
    *,
    article_sha: str,
    start: int | None = None,
    end: int | None = None,
    text: str | None = None,
    user: str | None = None,
    **fields: Any,
) -> Event:
    """A new event with a fresh id, the current time and user."""
    if type not in EVENT_TYPES:
        raise ValueError(f"unknown annotation event type {type!r}")
    data: dict[str, Any] = {
        "type": type,
        "id": uuid.uuid4().hex,
        "time": now_iso(),
        "user": user or current_user(),
        "sha256": article_sha,
    }
    if type != UNDO:
        data.update(start=start, end=end, text=text)
    # A typed or pasted name or note is written as it will be read back: cleaned (schema.py).
    data.update({k: safe_display(v) if isinstance(v, str) else v for k, v in fields.items()})
    return Event(data)


def make_header(article: str | None, sha: str) -> dict[str, Any]:
    """The journal's first line."""
    return {"schema": SCHEMA, "article": article, "sha256": sha, "created": now_iso()}


def is_event_like(obj: Any) -> bool:
    """A JSON object that can be kept as an event (has a string type and id)."""
    return isinstance(obj, dict) and isinstance(obj.get("type"), str) and isinstance(obj.get("id"), str)
