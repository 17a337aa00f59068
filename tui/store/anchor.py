"""Re-anchor an annotated span after the article text changed.

An event stores the span's offsets and its text, made against a text whose
sha256 it also stores. When the current text has another sha256, offsets mean
nothing any more, so the span is searched for by its text: among the exact
matches, the one whose surroundings best agree with the context recorded in
the event (``before``/``after``, a few dozen characters each side), then the
one nearest the old offset (ties: the earlier one); failing any exact match,
the same words with any whitespace between them (the article was re-wrapped),
chosen the same way. Context matters because an edit at the top shifts every
offset: "nearest the old offset" alone then picks the wrong one of two "Cole".
A span that cannot be found is an orphan: the caller keeps and lists it.
"""

from __future__ import annotations

import re


CONTEXT = 32  # characters of context recorded each side of a span


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def context_score(text: str, start: int, end: int, before: str | None, after: str | None) -> int:
    """How many characters around ``text[start:end]`` agree with the recorded context."""
    score = 0
    if before:
        score += _common_prefix(text[max(0, start - len(before)) : start][::-1], before[::-1])
    if after:
        score += _common_prefix(text[end : end + len(after)], after)
    return score


def _best(
    text: str, positions: list[tuple[int, int]], old_start: int, before: str | None, after: str | None
) -> tuple[int, int] | None:
    if not positions:
        return None
    return min(positions, key=lambda p: (-context_score(text, *p, before, after), abs(p[0] - old_start), p[0]))


def find_exact(text: str, needle: str) -> list[tuple[int, int]]:
    """Every (start, end) where ``needle`` occurs in ``text``, overlaps included."""
    out = []
    i = text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def find_loose(text: str, needle: str) -> list[tuple[int, int]]:
    """Matches of ``needle``'s words separated by any run of whitespace."""
    words = needle.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def reanchor(
    text: str, span_text: str, old_start: int | None, before: str | None = None, after: str | None = None
) -> tuple[int, int] | None:
    """Where ``span_text`` is in ``text`` now, or None (an orphan)."""
    if not span_text or not span_text.strip():
        return None
    old = old_start if old_start is not None else 0
    return _best(text, find_exact(text, span_text), old, before, after) or _best(
        text, find_loose(text, span_text), old, before, after
    )


def resolve_span(
    text: str,
    sha: str,
    event_sha: str | None,
    start: int | None,
    end: int | None,
    span_text: str | None,
    before: str | None = None,
    after: str | None = None,
) -> tuple[tuple[int, int] | None, bool]:
    """The span of an event in the current ``text``: ((start, end) or None, moved).

    Offsets are trusted as they are only when the event was made against this
    very text and they still cover the recorded span text; otherwise the span
    is searched for (the old place wins when its context still agrees).
    """
    valid = start is not None and end is not None and 0 <= start <= end <= len(text)
    if valid and event_sha == sha and (span_text is None or text[start:end] == span_text):
        return (start, end), False
    if span_text is None:
        return None, False
    found = reanchor(text, span_text, start, before, after)
    return found, found is not None and found != (start, end)
