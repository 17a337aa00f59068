"""YAML-style front matter (``---`` ... ``---``) at the top of a Markdown file.

Only flat ``key: value`` lines are read (title, date, author, site); anything
else is ignored. A full YAML parser would be a dependency for four keys.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

# The opening fence must be the very first line; the closing one is "---" or
# "..." (YAML's document end marker), alone on its line.
_OPEN = re.compile(r"---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")

# Date layouts seen in front matter besides ISO 8601.
_DATE_FORMATS = ("%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")


@dataclass
class FrontMatter:
    """What the front matter said, and where the body starts."""

    fields: dict[str, str] = field(default_factory=dict)
    body_start: int = 0  # offset in the source where the Markdown body begins


def split_front_matter(source: str) -> FrontMatter | None:
    """Parse front matter at the top of ``source``; None when there is none (or it never closes)."""
    opening = _OPEN.match(source)
    if not opening:
        return None
    closing = _CLOSE.search(source, opening.end())
    if not closing:
        return None
    fields: dict[str, str] = {}
    lines = source[opening.end() : closing.start()].split("\n")
    keyed = 0
    for line in lines:
        m = _KEY_VALUE.match(line)
        if m:
            keyed += 1
            if m.group(2):
                fields.setdefault(m.group(1).lower(), _unquote(m.group(2)))
    if keyed == 0 and any(line.strip() for line in lines):
        # "---", prose, "---": a thematic break and a setext heading, not metadata.
        return None
    body_start = closing.end()
    if source.startswith("\n", body_start):
        body_start += 1
    return FrontMatter(fields, body_start)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    # A trailing YAML comment: "2024-03-01  # updated".
    return re.sub(r"[ \t]+#.*$", "", value)


def parse_date(value: str) -> str | None:
    """ISO ``YYYY-MM-DD`` for a front matter date (ISO, ISO datetime, or a common written form)."""
    value = value.strip()
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T \t])", value)
    if m:
        try:
            return datetime.date(*map(int, m.groups())).isoformat()
        except ValueError:
            return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None
