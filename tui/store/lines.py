"""Split journal bytes into a header, events and damaged lines (pure, no I/O).

Kept apart from :mod:`newsread.store.journal` so the parsing rules can be read
(and tested) without the locking and file handling around them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from newsread.store.events import TORN_MARKER, Event, is_event_like
from newsread.store.schema import clean_strings, event_problem, too_deep


@dataclass
class Parsed:
    """What one read of the journal found, offsets are byte offsets in the file."""

    header: dict[str, Any] | None = None
    header_error: str | None = None  # why the first line is not a header
    events: list[Event] = field(default_factory=list)
    bad: list[tuple[int, str]] = field(default_factory=list)  # (offset, why) complete lines
    invalid: list[tuple[int, str]] = field(default_factory=list)  # (offset, why) events with wrong fields
    removed: int = 0  # control characters removed from the strings of the events
    markers: set[int] = field(default_factory=set)  # offsets named by journal.torn lines
    ignored: int = 0  # JSON objects that are neither events nor markers
    end: int = 0  # offset just after the last complete line
    tail: bytes = b""  # bytes after the last newline (an interrupted write)
    tail_offset: int = 0
    tail_event: Event | None = None  # the tail, when it is a complete event without its newline


# Valid JSON, but nested past the decoder's recursion limit: an unusable event, not a damaged line.
TOO_DEEP = "JSON nested too deeply to read"


def _decode(raw: bytes) -> tuple[Any, str | None]:
    try:
        return json.loads(raw.decode("utf-8")), None
    except UnicodeDecodeError:
        return None, "not UTF-8"
    except RecursionError:  # the C decoder recurses once per nesting level
        return None, TOO_DEEP
    except ValueError as exc:
        return None, f"invalid JSON ({exc.msg})"


def parse_lines(data: bytes, base: int, expect_header: bool) -> Parsed:
    """Parse ``data`` (file bytes starting at offset ``base``).

    With ``expect_header`` the first complete line is the header. The bytes
    after the last newline are returned as the tail, never interpreted as part
    of the journal's committed content (they are a write in progress or a crash).
    """
    out = Parsed(end=base)
    pos = 0
    first = expect_header
    while True:
        nl = data.find(b"\n", pos)
        if nl < 0:
            break
        raw, offset = data[pos:nl], base + pos
        pos = nl + 1
        out.end = base + pos
        if first:
            first = False
            _header(out, raw)
            continue
        if not raw.strip():
            continue  # the "\n" written to terminate a torn line leaves no blank lines, but be lenient
        obj, err = _decode(raw)
        if err == TOO_DEEP:
            out.invalid.append((offset, err))
        elif err:
            out.bad.append((offset, err))
        elif isinstance(obj, dict) and obj.get("type") == TORN_MARKER:
            if isinstance(obj.get("offset"), int):
                out.markers.add(obj["offset"])
        elif is_event_like(obj):
            _event(out, obj, offset)
        elif isinstance(obj, dict):
            out.ignored += 1  # a record from a newer version: keep it in the file, skip it here
        else:
            out.bad.append((offset, "not a JSON object"))
    out.tail, out.tail_offset = data[pos:], base + pos
    if out.tail.strip():
        obj, err = _decode(out.tail)
        if first and not err and isinstance(obj, dict):
            # A journal whose header line lost its newline: accept the header.
            _header(out, out.tail)
        elif err == TOO_DEEP:
            out.invalid.append((out.tail_offset, err))
        elif not err and is_event_like(obj):
            problem = event_problem(obj)
            if problem:
                out.invalid.append((out.tail_offset, problem))
            else:
                out.tail_event = _clean_event(out, obj)
    return out


def _event(out: Parsed, obj: dict[str, Any], offset: int) -> None:
    """Keep a well-formed event; count one whose fields break the schema (it stays in the file)."""
    problem = event_problem(obj)
    if problem:
        out.invalid.append((offset, problem))
    else:
        out.events.append(_clean_event(out, obj))


def _clean_event(out: Parsed, obj: dict[str, Any]) -> Event:
    """The event with its strings cleaned like article text: no consumer ever sees an escape."""
    cleaned, removed = clean_strings(obj)
    out.removed += removed
    return Event(cleaned)


def _header(out: Parsed, raw: bytes) -> None:
    obj, err = _decode(raw)
    if err:
        out.header_error = f"first line is {err}"
    elif not isinstance(obj, dict) or not isinstance(obj.get("schema"), str):
        out.header_error = "first line has no 'schema'"
    elif too_deep(obj):  # a repair writes the header back: json.dumps must not run out of stack
        out.header_error = "first line is nested too deeply"
    else:
        out.header = clean_strings(obj)[0]
