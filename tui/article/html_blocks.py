"""trafilatura's extracted tree -> flat Article blocks joined by blank lines.

The tree uses trafilatura's XML-TEI-like vocabulary: ``head`` (rend="h2"),
``p``, ``quote``, ``list``/``item``, ``code``, ``table``/``row``/``cell``,
inline ``hi`` (rend="#i", "#b", "#t"), ``ref`` (target=...) and ``lb``.
Whitespace collapses as a browser would; every block and inline offset
indexes the final text exactly.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsread.article.model import Block, Inline
from newsread.article.sanitize import clean_piece

if TYPE_CHECKING:
    from lxml.etree import _Element

# Line ends as the text reader sees them (sanitize.clean_text): normalised
# before clean_piece, which removes every other control character.
LINE_ENDS = re.compile("\r\n?|[\x0b\x0c\u2028\u2029]")
_BLANK_LINE = re.compile(r"\n\s*\n")

_HI_KINDS = {"#i": "emphasis", "#b": "strong", "#t": "code"}
_CONTAINERS = {"body", "div", "doc", "main"}


class _Line:
    """One block being built: whitespace collapsed as in HTML, inline ranges relative."""

    def __init__(self) -> None:
        self.buf: list[str] = []
        self.size = 0
        self.last = ""  # last character written ("" at the start)
        self.inlines: list[tuple[str, int, int, str | None]] = []
        self.removed = 0

    def add(self, s: str | None, preserve: bool = False) -> None:
        if not s:
            return
        s, n = clean_piece(LINE_ENDS.sub("\n", s))
        self.removed += n
        if not preserve:
            s = re.sub(r"\s+", " ", s)
            if self.last in ("", " ", "\n"):
                s = s.lstrip(" ")
        if s:
            self.buf.append(s)
            self.size += len(s)
            self.last = s[-1]

    def newline(self) -> None:
        if self.last == " ":
            self.buf[-1] = self.buf[-1][:-1]
            self.size -= 1
        if self.size:
            self.add("\n", preserve=True)

    def value(self) -> str:
        return "".join(self.buf)


class BlockBuilder:
    """Accumulates blocks into one text joined by blank lines."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.blocks: list[Block] = []
        self.inlines: list[Inline] = []
        self.removed = 0
        self._title: str | None = None

    def text(self) -> str:
        return "".join(self.parts)

    def add_title(self, title: str) -> None:
        self._title = title
        line = _Line()
        line.add(title)
        self._emit("title", line, 0)

    def _emit(self, kind: str, line: _Line, level: int, strip: bool = True) -> None:
        raw = line.value()
        self.removed += line.removed
        # Code keeps its indentation and blank lines; only surrounding blank lines go.
        if not strip:
            lead = len(raw) - len(raw.lstrip("\n"))
            self._add_block(kind, level, raw.strip("\n"), [(k, a - lead, b - lead, h) for k, a, b, h in line.inlines])
            return
        # "<br><br>" is how many pages separate paragraphs: a blank line inside
        # a block would break the "blocks joined by one blank line" rule, so split.
        pos = 0
        for m in list(_BLANK_LINE.finditer(raw)) + [None]:
            end = m.start() if m else len(raw)
            piece = raw[pos:end]
            lead = len(piece) - len(piece.lstrip())
            shift = pos + lead
            self._add_block(kind, level, piece.strip(), [(k, a - shift, b - shift, h) for k, a, b, h in line.inlines])
            if m:
                pos = m.end()

    def _add_block(self, kind: str, level: int, value: str, inlines: list[tuple[str, int, int, str | None]]) -> None:
        """Append one block (``inlines`` relative to ``value``, clipped to it)."""
        if not value.strip():
            return
        if self.parts:
            self.parts.append("\n\n")
            self.pos += 2
        start = self.pos
        self.parts.append(value)
        self.pos += len(value)
        self.blocks.append(Block(kind, start, self.pos, level))
        for kind_, a, b, href in inlines:
            a, b = max(a, 0), min(b, len(value))
            while a < b and value[a].isspace():
                a += 1
            while b > a and value[b - 1].isspace():
                b -= 1
            if a < b:
                self.inlines.append(Inline(kind_, start + a, start + b, href))

    def walk(self, el: "_Element", kind: str = "paragraph", level: int = 0) -> None:
        """Emit the blocks under a container element, in document order."""
        loose = _Line()  # text lying directly in a container, between blocks
        loose.add(el.text)
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in ("p", "ab", "head", "quote", "list", "code", "table", "graphic") or tag in _CONTAINERS:
                self._emit(kind, loose, level)
                loose = _Line()
                self._block(child, tag, kind, level)
            else:
                self._inline(child, loose)
            loose.add(child.tail)
        self._emit(kind, loose, level)

    def _block(self, el: "_Element", tag: str, kind: str, level: int) -> None:
        if tag == "head":
            line = self._collect(el)
            rend = el.get("rend") or ""
            hlevel = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            # The page's own headline repeats the metadata title: keep one.
            if self._title and not self.blocks[1:] and " ".join(line.value().split()) == self._title:
                return
            self._emit("heading", line, hlevel)
        elif tag in ("p", "ab"):
            self._emit(kind, self._collect(el), level)
        elif tag == "quote":
            self.walk(el, "blockquote", level)
        elif tag == "list":
            for item in el:
                if item.tag == "item":
                    self._item(item, level + 1)
        elif tag == "code":
            line = _Line()
            line.add("".join(el.itertext()), preserve=True)
            self._emit("code", line, 0, strip=False)
        elif tag == "table":
            for row in el.iter("row"):
                line = _Line()
                for i, cell in enumerate(c for c in row if c.tag == "cell"):
                    if i:
                        line.add(" | ", preserve=True)
                    line.add(" ".join("".join(cell.itertext()).split()))
                self._emit(kind, line, level)
        elif tag == "graphic":
            return
        else:  # nested containers
            self.walk(el, kind, level)

    def _item(self, item: "_Element", depth: int) -> None:
        """A list item: its own text is one block, a nested list adds deeper items."""
        line = _Line()
        line.add(item.text)
        for child in item:
            if child.tag == "list":
                self._emit("list_item", line, depth)
                line = _Line()
                for sub in child:
                    if sub.tag == "item":
                        self._item(sub, depth + 1)
            elif child.tag in ("p", "quote", "head"):
                self._emit("list_item", line, depth)
                line = self._collect(child)
            else:
                self._inline(child, line)
            line.add(child.tail)
        self._emit("list_item", line, depth)

    def _collect(self, el: "_Element") -> _Line:
        line = _Line()
        line.add(el.text)
        for child in el:
            self._inline(child, line)
            line.add(child.tail)
        return line

    def _inline(self, el: "_Element", line: _Line) -> None:
        """Inline markup inside a block: text kept, hi/ref/code recorded as ranges."""
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "lb":
            line.newline()
            return
        if tag == "graphic" or not tag:
            return
        start = line.size
        line.add(el.text)
        for child in el:
            self._inline(child, line)
            line.add(child.tail)
        kind = _HI_KINDS.get(el.get("rend") or "") if tag == "hi" else None
        if tag == "ref" and el.get("target"):
            line.inlines.append(("link", start, line.size, el.get("target")))
        elif tag == "code":
            line.inlines.append(("code", start, line.size, None))
        elif kind:
            line.inlines.append((kind, start, line.size, None))
