"""The user's notes in ``newsread export``: a CSV of their own, and a ``notes`` list on each jsonl line.

A note is free text, not a label, so it has no place among training spans; a
researcher reads notes beside the words they are on. Two shapes:

* ``--format notes``: one CSV row per note (:data:`NOTE_COLUMNS`): ``start`` and
  ``end`` (offsets in the article text, empty for a note on the whole article or
  one whose words are gone), ``text`` (the words it is on), ``on`` (``article``,
  ``entity``, ``quote``, ``words`` for other words, ``missing`` when its words are
  no longer in the article), ``label`` (the entity's label or the quote's speaker;
  null in jsonl when there is none),
  ``note``, ``user``, ``time`` and ``note_id`` (the journal event's id).
* jsonl: each line's ``notes`` lists the notes that start in its block, offsets
  relative to the line's ``text`` (a note may run on into the next blocks: its
  ``end`` then lies past the text). Notes on no words of the text (the whole
  article, or missing ones) are on the first line, with ``start``/``end`` null.

Notes come in text order (notes on the whole article first), then by time.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, Iterator, Sequence

from newsread.analysis.model import Analysis
from newsread.store import Note

NOTE_COLUMNS = ("start", "end", "text", "on", "label", "note", "user", "time", "note_id")
ARTICLE, ENTITY, QUOTE, WORDS, MISSING = "article", "entity", "quote", "words", "missing"


def ordered(notes: Sequence[Note]) -> list[Note]:
    """Text order, notes without a place first; then by time."""
    return sorted(notes, key=lambda n: (-1 if n.start is None or n.orphaned else n.start, n.time or ""))


def place(note: Note, analysis: Analysis) -> tuple[str, str]:
    """What the note is on (``on``) and that item's label or speaker."""
    if note.orphaned:
        return MISSING, ""
    if note.start is None:
        return ARTICLE, ""
    span = (note.start, note.end)
    for e in analysis.entities:
        if (e.start, e.end) == span:
            return ENTITY, e.label
    for q in analysis.quotes:
        if (q.start, q.end) == span:
            return QUOTE, q.speaker_name or ""
    return WORDS, ""


def _fields(note: Note, analysis: Analysis) -> dict[str, Any]:
    on, label = place(note, analysis)
    return {"text": note.text, "on": on, "label": label or None, "note": note.body, "user": note.user, "time": note.time}


def note_rows(notes: Sequence[Note], analysis: Analysis) -> Iterator[dict[str, Any]]:
    """The rows of ``--format notes`` (see the module docstring)."""
    for n in ordered(notes):
        placed = n.start is not None and not n.orphaned
        row = {"start": n.start if placed else "", "end": n.end if placed else ""}
        row.update({k: "" if v is None else v for k, v in _fields(n, analysis).items()})
        row["note_id"] = n.id
        yield row


def notes_by_block(notes: Sequence[Note], analysis: Analysis, blocks: Sequence[tuple[int, int]]) -> list[list[dict]]:
    """The jsonl ``notes`` of each block in ``blocks`` (see the module docstring)."""
    per_block: list[list[dict]] = [[] for _ in blocks]
    if not blocks:
        return per_block
    starts = [bs for bs, _ in blocks]
    for n in ordered(notes):
        k = None if n.start is None or n.orphaned else bisect_right(starts, n.start) - 1
        if k is None or k < 0 or not n.start < blocks[k][1]:  # on no words of any block: the first line
            per_block[0].append({"start": None, "end": None, **_fields(n, analysis), "id": n.id})
        else:
            bs = blocks[k][0]
            per_block[k].append({"start": n.start - bs, "end": n.end - bs, **_fields(n, analysis), "id": n.id})
    return per_block
