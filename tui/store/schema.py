"""What each journal event may hold, checked as every line is read.

A journal is shared by the users of one machine (and copied between them), so
its lines are untrusted input exactly like the article: another writer, a
newer or buggy tool, or a hand edit can put any JSON there. Replay, the reader
and the exporters trust the types below, so an event that breaks them is
skipped (and counted by the journal) instead of reaching code that would crash
on a list where it expects a string.

Every string in an event is cleaned like article text (:func:`clean_strings`)
as it is read, so a speaker name, a note, a label or a user name holding
terminal escapes or bidi overrides reaches no consumer (reader, ``extract``,
``export``) with them.

A field that is absent counts as null. Fields this version does not know are
allowed (a newer newsread may add some) but, like every value, may not nest
deeper than :data:`MAX_DEPTH`: a deeply nested value would exhaust the
recursion limit of ``json.dumps`` when a repair writes the event back.
"""

from __future__ import annotations

from typing import Any

from newsread.article.sanitize import clean_piece
from newsread.store import events as ev

# Nesting allowed in one event (the object itself is depth 1); ours never exceed 3 (actor.split's mentions).
MAX_DEPTH = 16

# Kinds: "str" / "int" required, with "?" null allowed. Ints exclude JSON true/false.
# "spans": a non-empty list of at most MAX_SPANS mention objects (see _SPAN_ITEM).
_COMMON = {"type": "str", "id": "str", "time": "str?", "user": "str?", "sha256": "str?"}
_SPAN = {"start": "int?", "end": "int?", "text": "str?", "before": "str?", "after": "str?"}
_SPEAKER = {
    "speaker": "str?",
    "speaker_name": "str?",
    "speaker_label": "str?",
    "speaker_start": "int?",
    "speaker_end": "int?",
    "speaker_text": "str?",
    "cue": "str?",
}
# One mention in a "spans" list: what re-anchors it, like an event's own span.
_SPAN_ITEM = {"start": "int", "end": "int", "text": "str", "before": "str?", "after": "str?"}
MAX_SPANS = 10_000  # more mentions than any article has: a list this long is not ours
FIELDS: dict[str, dict[str, str]] = {
    ev.ENTITY_ADD: {**_SPAN, "label": "str?"},
    ev.ENTITY_REMOVE: {**_SPAN, "label": "str?"},
    ev.ENTITY_RELABEL: {**_SPAN, "label": "str?", "old_label": "str?"},
    ev.QUOTE_ADD: {**_SPAN, **_SPEAKER, "kind": "str?"},
    ev.QUOTE_KIND: {**_SPAN, "kind": "str"},
    ev.QUOTE_REMOVE: dict(_SPAN),
    ev.QUOTE_SPEAKER: {**_SPAN, **_SPEAKER},
    ev.QUOTE_CONFIRM: {**_SPAN, **_SPEAKER},
    ev.ACTOR_MERGE: {
        **_SPAN, "name": "str?", "label": "str?", "into_start": "int?", "into_end": "int?", "into_text": "str?",
        "into_before": "str?", "into_after": "str?", "into_name": "str?", "into_label": "str?",
    },
    ev.ACTOR_SPLIT: {**_SPAN, "mentions": "spans", "name": "str?", "label": "str?", "new_name": "str?"},
    ev.ACTOR_RELABEL: {**_SPAN, "label": "str", "old_label": "str?", "name": "str?"},
    ev.NOTE: {**_SPAN, "body": "str"},
    ev.UNDO: {"target": "str?"},
}


def _fits(value: Any, kind: str) -> bool:
    if kind == "spans":
        return isinstance(value, list) and 0 < len(value) <= MAX_SPANS and all(
            isinstance(item, dict) and all(_fits(item.get(k), t) for k, t in _SPAN_ITEM.items()) for item in value
        )
    if value is None:
        return kind.endswith("?")
    if kind.startswith("int"):
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, str)


def too_deep(obj: Any) -> bool:
    """True when ``obj`` nests lists/objects deeper than MAX_DEPTH (iterative: no recursion)."""
    stack = [(obj, 1)]
    while stack:
        value, depth = stack.pop()
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        for child in children:
            if isinstance(child, (dict, list)):
                if depth + 1 > MAX_DEPTH:
                    return True
                stack.append((child, depth + 1))
    return False


def event_problem(obj: dict[str, Any]) -> str | None:
    """Why the JSON object ``obj`` cannot be used as an event, or None when it can."""
    fields = {**_COMMON, **FIELDS.get(obj.get("type"), {})}  # unknown types: only the common fields
    for name, kind in fields.items():
        value = obj.get(name)
        if not _fits(value, kind):
            return f"'{name}' is {_json_type(value)}, not {_describe(kind)}"
    if not obj["id"]:
        return "'id' is empty"
    if too_deep(obj):
        return f"nested deeper than {MAX_DEPTH} levels"
    return None


def _json_type(value: Any) -> str:
    if value is None:
        return "missing or null"
    if isinstance(value, bool):
        return "a boolean"
    return {dict: "an object", list: "a list", str: "a string", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__
    )


def _describe(kind: str) -> str:
    if kind == "spans":
        return f"a list of 1 to {MAX_SPANS} mentions ({{start, end, text}} each)"
    base = "a string" if kind.startswith("str") else "an integer"
    return f"{base} or null" if kind.endswith("?") else base


def clean_strings(value: Any) -> tuple[Any, int]:
    """``value`` with control characters, escapes and bidi overrides removed from every string in it.

    Returns the cleaned copy and how many characters were removed. Called on
    events that passed :func:`event_problem`, so the recursion is at most
    MAX_DEPTH deep.
    """
    if isinstance(value, str):
        return clean_piece(value)
    if isinstance(value, list):
        pairs = [clean_strings(v) for v in value]
        return [v for v, _ in pairs], sum(n for _, n in pairs)
    if isinstance(value, dict):
        pairs = {k: clean_strings(v) for k, v in value.items()}
        return {k: v for k, (v, _) in pairs.items()}, sum(n for _, n in pairs.values())
    return value, 0
