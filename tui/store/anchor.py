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

A candidate must also agree with enough of the recorded context
(:data:`MIN_CONTEXT_MATCH` characters, or all of it when less was recorded):
when the paragraph of a rejected "Paris" was deleted, another "Paris" elsewhere
is a different mention, and moving the rejection there would silently remove a
correct entity. Such a span is an orphan like one whose text is gone: the
caller keeps it in the journal, lists it, and applies it to nothing. Context
is compared with whitespace runs squeezed, so a re-wrapped article still
agrees. Events recorded without context (older journals) keep the old rule.
"""

from __future__ import annotations

import re


CONTEXT = 32  # characters of context recorded each side of a span
# Context characters a moved span must still agree with: half of one side. Chance
# agreement between two mentions ("in Paris, said the") rarely reaches it; a real
# edit next to the span usually leaves one whole side intact.
MIN_CONTEXT_MATCH = 16

_SPACES = re.compile(r"\s+")


def _squeeze(s: str) -> str:
    return _SPACES.sub(" ", s)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def context_score(text: str, start: int, end: int, before: str | None, after: str | None) -> int:
    """How many characters around ``text[start:end]`` agree with the recorded context (whitespace squeezed)."""
    score = 0
    if before:
        want = _squeeze(before)
        # Twice the length: the text may hold longer whitespace runs than the recording.
        have = _squeeze(text[max(0, start - 2 * len(before)) : start])
        score += _common_prefix(have[::-1], want[::-1])
    if after:
        want = _squeeze(after)
        score += _common_prefix(_squeeze(text[end : end + 2 * len(after)]), want)
    return score


def required_context(before: str | None, after: str | None) -> int:
    """How much recorded context a re-anchored span must agree with (0 when none was recorded)."""
    recorded = len(_squeeze(before or "")) + len(_squeeze(after or ""))
    return min(MIN_CONTEXT_MATCH, recorded)


def _best(
    text: str, positions: list[tuple[int, int]], old_start: int, before: str | None, after: str | None
) -> tuple[int, int] | None:
    scored = [(context_score(text, *p, before, after), p) for p in positions]
    need = required_context(before, after)
    scored = [(score, p) for score, p in scored if score >= need]
    if not scored:
        return None
    return min(scored, key=lambda sp: (-sp[0], abs(sp[1][0] - old_start), sp[1][0]))[1]


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
