"""Markdown reader: markdown-it-py tokens -> plain text plus block and inline ranges.

Markup is removed from ``Article.text``; what it meant is kept as structure:
headings, paragraphs, block quotes, list items and code become flat leaf
blocks separated by a blank line, and emphasis, strong, links and inline code
become inline ranges. Raw HTML is reduced to its text; images are dropped
(their alt text is not prose of the article).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from newsread.article.frontmatter import parse_date, split_front_matter
from newsread.article.long_blocks import split_long_blocks
from newsread.article.model import Article, Block, Inline
from newsread.article.sanitize import clean_piece
from newsread.article.text import paragraph_spans

# CommonMark only: no tables or strikethrough, so "~~" and "|" stay literal text.
_MD = MarkdownIt("commonmark")

BLOCK_SEPARATOR = "\n\n"

_INLINE_PAIRS = {"em_open": "emphasis", "strong_open": "strong", "link_open": "link"}
_INLINE_CLOSE = {"em_close": "emphasis", "strong_close": "strong", "link_close": "link"}

_HTML_DROP = re.compile(r"<!--.*?(?:-->|$)|<(script|style)\b.*?(?:</\1\s*>|$)", re.DOTALL | re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^>]*>")

# Front matter keys, in order of preference.
_DATE_KEYS = ("date", "published", "pubdate", "date_published")
_BYLINE_KEYS = ("author", "byline", "authors")
_SITE_KEYS = ("site", "publisher")


@dataclass
class _Piece:
    """One leaf block being built: its text and inline ranges relative to it."""

    kind: str
    level: int = 0
    text: str = ""
    inlines: list[tuple[str, int, int, str | None]] = field(default_factory=list)
    keep_indent: bool = False  # code keeps the first line's indentation


class _Renderer:
    """Walks the token stream, assembling text, blocks and inlines."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []
        self.inlines: list[Inline] = []
        self.removed = 0  # control characters removed from decoded entities and code

    # -- text assembly ------------------------------------------------------
    def _clean(self, s: str) -> str:
        s, n = clean_piece(s)
        self.removed += n
        return s

    def add(self, piece: _Piece) -> Block | None:
        """Append a finished leaf block (stripped of surrounding whitespace); None when empty."""
        text = piece.text
        lead = len(text) - len(text.lstrip("\n" if piece.keep_indent else None))
        body = text[lead:].rstrip()
        if not body:
            return None
        if self.parts:
            self.parts.append(BLOCK_SEPARATOR)
            self.length += len(BLOCK_SEPARATOR)
        start = self.length
        self.parts.append(body)
        self.length += len(body)
        block = Block(piece.kind, start, self.length, piece.level)
        self.blocks.append(block)
        for kind, s, e, href in piece.inlines:
            s, e = max(s - lead, 0), min(e - lead, len(body))
            if s < e:
                self.inlines.append(Inline(kind, start + s, start + e, href))
        return block

    def render_inline(self, piece: _Piece, children: list[Token]) -> None:
        """Fill ``piece`` from an inline token's children."""
        out: list[str] = []
        pos = 0
        open_: list[tuple[str, int, str | None]] = []

        def emit(s: str) -> None:
            nonlocal pos
            s = self._clean(s)
            out.append(s)
            pos += len(s)

        for tok in children:
            t = tok.type
            if t in ("text", "text_special"):
                emit(tok.content)
            elif t == "softbreak":
                # A wrapped source line; rendered Markdown joins it with a space.
                emit(" ")
            elif t == "hardbreak":
                emit("\n")
            elif t == "code_inline":
                start = pos
                emit(tok.content)
                piece.inlines.append(("code", start, pos, None))
            elif t in _INLINE_PAIRS:
                href = tok.attrs.get("href") if t == "link_open" else None
                open_.append((_INLINE_PAIRS[t], pos, str(href) if href is not None else None))
            elif t in _INLINE_CLOSE:
                kind = _INLINE_CLOSE[t]
                for i in range(len(open_) - 1, -1, -1):
                    if open_[i][0] == kind:
                        _, start, href = open_.pop(i)
                        piece.inlines.append((kind, start, pos, href))
                        break
            # image, html_inline: nothing visible in the article text.
        piece.text = "".join(out)

    def render_html(self, content: str) -> None:
        """A raw HTML block: its text only, one paragraph per blank-line-separated run."""
        text = html.unescape(_HTML_TAG.sub("", _HTML_DROP.sub("", content)))
        text = self._clean(text)
        for start, end in paragraph_spans(text):
            self.add(_Piece("paragraph", text=text[start:end]))

    def text(self) -> str:
        return "".join(self.parts)


# Container markers at the start of a line: block quote '>', list bullets and numbers.
_CONTAINER_MARKERS = re.compile(r"^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))+[ \t]*")
# Block tokens whose content markdown-it parses at one level deeper.
_LEAF_OPENERS = ("paragraph_open", "heading_open")


def _parse(body: str) -> tuple[list[Token], int | None]:
    """markdown-it's tokens for ``body``, and the line from which it was read flat (or None).

    markdown-it stops at ``maxNesting`` levels (20) and silently drops what lies
    deeper, and with a list the whole rest of the document. From the top-level
    block that goes too deep, the body is parsed again with the container markers
    taken off every line: the words are kept, the nesting is not.
    """
    tokens = _MD.parse(body)
    limit = _MD.options["maxNesting"] - 1
    deep = next(
        (i for i, t in enumerate(tokens) if t.nesting == 1 and t.level >= limit and t.type not in _LEAF_OPENERS),
        None,
    )
    if deep is None:
        return tokens, None
    top = max(i for i in range(deep + 1) if tokens[i].level == 0 and tokens[i].nesting == 1)
    first_line = tokens[top].map[0] if tokens[top].map else 0
    rest = _flatten(body.split("\n")[first_line:])
    return tokens[:top] + _MD.parse(rest), first_line


def _flatten(lines: list[str]) -> str:
    """Lines without their container markers; each line that had some starts a paragraph."""
    out: list[str] = []
    for line in lines:
        bare = _CONTAINER_MARKERS.sub("", line, count=1)
        if bare != line and out and out[-1].strip():
            out.append("")
        out.append(bare.lstrip())
    return "\n".join(out)


def read_markdown(source_text: str, source: str | None = None) -> Article:
    """Article from clean Markdown text (front matter read, markup removed)."""
    warnings: list[str] = []
    fields: dict[str, str] = {}
    body = source_text
    fm = split_front_matter(source_text)
    if fm is not None:
        fields = fm.fields
        body = source_text[fm.body_start :]

    r = _Renderer()
    tokens, flat_from = _parse(body)
    if flat_from is not None:
        line = source_text.count("\n", 0, len(source_text) - len(body)) + flat_from + 1
        warnings.append(
            f"Markdown nested over {_MD.options['maxNesting']} levels deep: read without its nesting from line {line} on"
        )
    containers: list[str] = []  # "blockquote" / "list_item", innermost last
    list_depth = 0
    first_h1: Block | None = None
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        t = tok.type
        if t == "blockquote_open":
            containers.append("blockquote")
        elif t == "list_item_open":
            containers.append("list_item")
        elif t in ("blockquote_close", "list_item_close"):
            if containers:
                containers.pop()
        elif t in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif t in ("heading_open", "paragraph_open") and i + 1 < len(tokens) and tokens[i + 1].type == "inline":
            if t == "heading_open":
                level = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1
                piece = _Piece("heading", level)
            elif containers and containers[-1] == "list_item":
                piece = _Piece("list_item", list_depth)
            elif containers:
                piece = _Piece("blockquote")
            else:
                piece = _Piece("paragraph")
            r.render_inline(piece, tokens[i + 1].children or [])
            was_first = not r.blocks
            block = r.add(piece)
            if block and first_h1 is None and block.kind == "heading" and block.level == 1:
                first_h1 = block
                if was_first:
                    # The headline opening the document: the reader shows it as the title.
                    r.blocks[-1] = Block("title", block.start, block.end, 1)
            i += 2
            continue
        elif t in ("fence", "code_block"):
            r.add(_Piece("code", text=r._clean(tok.content), keep_indent=True))
        elif t == "html_block":
            r.render_html(tok.content)
        i += 1

    text = r.text()
    title = fields.get("title") or (text[first_h1.start : first_h1.end] if first_h1 else None)
    published = None
    date_value = next((fields[k] for k in _DATE_KEYS if fields.get(k)), None)
    if date_value is not None:
        published = parse_date(date_value)
        if published is None:
            warnings.append(f"front matter date {date_value!r} is not a date I can read; ignored")
    if r.removed:
        warnings.append(
            f"removed {r.removed} control character{'s' if r.removed != 1 else ''} "
            "written as character references"
        )
    article = Article(
        text=text,
        blocks=r.blocks,
        inlines=sorted(r.inlines, key=lambda x: (x.start, -x.end)),
        title=_clean_meta(title),
        source=source,
        published=published,
        byline=_clean_meta(next((fields[k] for k in _BYLINE_KEYS if fields.get(k)), None)),
        site=_clean_meta(next((fields[k] for k in _SITE_KEYS if fields.get(k)), None)),
        warnings=warnings,
    )
    return split_long_blocks(article)


def _clean_meta(value: str | None) -> str | None:
    """Metadata shown in a header: one line, no control characters."""
    if value is None:
        return None
    value = " ".join(clean_piece(value)[0].split())
    return value or None
