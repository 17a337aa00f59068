"""Plain-text reader: paragraphs separated by blank lines, an optional title line.

Some sources separate paragraphs with a single newline (no blank line
anywhere). Such a text, when its lines mostly end like sentences, is split at
its single newlines; hard-wrapped prose (lines ending mid-sentence) stays one
paragraph, and a text that uses blank lines keeps them as its only breaks.

The text is kept exactly as given (after line-ending normalisation by the
caller), so offsets agree with any other tool that reads the same file.
"""

from __future__ import annotations

import re

from newsread.article.long_blocks import split_long_blocks
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


# Sentence-final punctuation, looked through closing quotes/brackets.
_SENTENCE_END = frozenset(".!?:")
# At least this many lines, and this share of the non-final lines, must end
# like a sentence before single newlines count as paragraph breaks: a
# hard-wrapped paragraph ends most of its lines mid-sentence.
_MIN_SENTENCE_LINES = 2
_MIN_SENTENCE_SHARE = 0.5


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stripped ``[start, end)`` of each non-empty line in ``text[start:end]``."""
    spans: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        _add_stripped(text, pos, stop, spans)
        pos = stop + 1
    return spans


def _ends_sentence(line: str) -> bool:
    core = line.rstrip(_CLOSERS + " \t")
    return bool(core) and core[-1] in _SENTENCE_END


def split_single_newlines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The block ``[start, end)`` as one span, or one span per line when its lines read as paragraphs."""
    lines = _line_spans(text, start, end)
    if len(lines) < 2:
        return [(start, end)]
    ends = [_ends_sentence(text[a:b]) for a, b in lines]
    inner = ends[:-1]
    if sum(ends) < _MIN_SENTENCE_LINES or sum(inner) < _MIN_SENTENCE_SHARE * len(inner):
        return [(start, end)]
    return lines


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
    if len(spans) == 1:  # no blank line anywhere: single newlines may be the breaks
        spans = split_single_newlines(text, *spans[0])
    blocks: list[Block] = []
    title = None
    for i, (start, end) in enumerate(spans):
        kind = "paragraph"
        if i == 0 and is_title_line(text[start:end]):
            kind = "title"
            title = text[start:end]
        blocks.append(Block(kind, start, end))
    return split_long_blocks(Article(text=text, blocks=blocks, title=title, source=source))
