"""Plain-text reader: paragraphs separated by blank lines, an optional title line.

The text is kept exactly as given (after line-ending normalisation by the
caller), so offsets agree with any other tool that reads the same file.
"""

from __future__ import annotations

import re

from newsread.article.model import Article, Block

# A title is a short line: longer lines are almost always a lead paragraph.
TITLE_MAX_CHARS = 120

# A line ending like a sentence or clause is prose, not a headline. A line
# ending in a dash is a dateline ("SOCHI, Russia (CNN) —"), also not a title.
_NOT_TITLE_END = frozenset(".!?:;,—–-")
# Closing quotes and brackets are looked through: `... he said.”` ends in "."
_CLOSERS = "\"'”’»)]"

# A paragraph: from the first non-space character after a blank line (or the
# start) up to the last non-space character before the next blank line.
# Blank line = a line holding only whitespace (spaces, tabs, no-break spaces...).
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def paragraph_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``[start, end)`` of each paragraph in ``text[start:end]``, stripped of surrounding whitespace."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for sep in _BLANK_LINE.finditer(text, start, end):
        _add_stripped(text, pos, sep.start(), spans)
        pos = sep.end()
    _add_stripped(text, pos, end, spans)
    return spans


def _add_stripped(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))


def is_title_line(line: str) -> bool:
    """Whether a one-line first paragraph reads like a headline."""
    if "\n" in line or not line or len(line) > TITLE_MAX_CHARS:
        return False
    core = line.rstrip(_CLOSERS + " \t")
    if not core or not any(ch.isalnum() for ch in core):
        return False
    return core[-1] not in _NOT_TITLE_END


def read_plain_text(text: str, source: str | None = None) -> Article:
    """Article from clean plain text: one block per paragraph, a first short line as title."""
    spans = paragraph_spans(text)
    blocks: list[Block] = []
    title = None
    for i, (start, end) in enumerate(spans):
        kind = "paragraph"
        if i == 0 and is_title_line(text[start:end]):
            kind = "title"
            title = text[start:end]
        blocks.append(Block(kind, start, end))
    return Article(text=text, blocks=blocks, title=title, source=source)
