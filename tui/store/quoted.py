"""The quoted words inside a span of reported speech, found from its quotation marks (pure).

A user who re-kinds an item to ``mixed`` (or adds reported speech holding quoted words)
records only the kind; the quoted parts follow from the text, so replay finds them again
after the article changed. Pairs of marks only: an opening mark without its closing one
inside the span quotes nothing.
"""

from __future__ import annotations

# Opening mark -> the marks that close it (curly, low-9 and guillemets; straight marks close themselves).
_PAIRS = {"“": "”", "„": "“”", "«": "»", "»": "«", "‘": "’", '"': '"'}


def _opens(text: str, i: int) -> bool:
    """A mark at ``i`` that can open a quotation: not glued to a letter on its left (‘ in "rock’n’roll")."""
    return i == 0 or not text[i - 1].isalnum()


def _closes(text: str, i: int) -> bool:
    """A mark at ``i`` that can close one: not followed by a letter (the ’ of "don’t" does not)."""
    return i + 1 >= len(text) or not text[i + 1].isalpha()


def quoted_parts(text: str, start: int, end: int) -> list[dict[str, int]]:
    """``[{"start", "end"}]`` of the words in quotation marks within ``text[start:end]``, marks excluded."""
    parts: list[dict[str, int]] = []
    i = start
    while i < end:
        closers = _PAIRS.get(text[i])
        if closers is None or not _opens(text, i):
            i += 1
            continue
        j = next((k for k in range(i + 1, end) if text[k] in closers and _closes(text, k)), None)
        if j is None:
            i += 1
            continue
        if j > i + 1 and text[i + 1 : j].strip():
            parts.append({"start": i + 1, "end": j})
        i = j + 1
    return parts
