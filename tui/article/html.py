"""Saved web pages -> :class:`Article`: the main text, without the page around it.

trafilatura finds the article in the page (navigation, sidebars, ads, share
buttons and reader comments dropped) and reads its metadata (JSON-LD, Open
Graph / ``article:published_time``, ``<meta name="author">``, bylines...). The
tree it returns becomes flat Article blocks in :mod:`newsread.article.html_blocks`.
"""

from __future__ import annotations

import codecs
import datetime
import logging
import re

from newsread.article.charsets import is_utf16_or_32, text_codec
from newsread.article.html_blocks import LINE_ENDS, BlockBuilder
from newsread.article.long_blocks import split_long_blocks
from newsread.article.model import Article, ArticleError, Block
from newsread.article.sanitize import clean_piece, display_path, removed_warning

# A page whose extracted blocks never reach this many words in one block has no
# article (a login form, a link list, a cookie wall): say so instead of opening
# an empty-looking screen.
MIN_ARTICLE_WORDS = 8

# The first bytes searched for a <meta charset> declaration (the HTML spec says 1024;
# pages with long <head> comments push it further, so look a little beyond).
META_SNIFF_BYTES = 4096

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

# Numeric character references (&#27; &#x1b;): lxml decodes them into the tree,
# and trafilatura discards a page whose tree holds a control character.
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));?")

# trafilatura reports every page it discards as a WARNING/ERROR; with no logging
# configured Python would print those on stderr, over the reader's screen.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


def looks_like_html(head: bytes | str) -> bool:
    """True when the first KB of a document says it is HTML (doctype or <html>)."""
    if isinstance(head, bytes):
        head = head[:1024].decode("latin-1")
    head = head[:1024].lstrip("\ufeff \t\r\n").lower()
    return "<!doctype html" in head or "<html" in head


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """Bytes -> text: BOM, then the charset the server declared, then <meta charset>,
    then UTF-8, then windows-1252 (what browsers assume). Returns (text, warnings).

    A declared name that is no text encoding (rot13, base64, idna...) is passed
    over, as browsers pass over labels they do not know (see :mod:`.charsets`)."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _decode(data[len(bom) :], enc)
    codec = text_codec(declared)
    if codec is None:
        m = _META_CHARSET.search(data[:META_SNIFF_BYTES])
        codec = text_codec(m.group(1).decode("ascii")) if m else None
        if codec is not None and is_utf16_or_32(codec):
            codec = "utf-8"  # a <meta> read as ASCII cannot be in UTF-16 (the HTML spec reads UTF-8)
    if codec is not None:
        return _decode(data, codec)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        return _decode(data, "cp1252")


def _decode(data: bytes, encoding: str) -> tuple[str, list[str]]:
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd")
    return text, ([f"{bad} bytes were not valid {encoding} and show as \ufffd"] if bad else [])


def read_html(data: bytes | str, source: str | None = None, *, encoding: str | None = None, url: str | None = None) -> Article:
    """An HTML page -> Article with its main text, title, byline, site and date.

    ``encoding`` is the charset a server declared; ``url`` the page's address
    (helps trafilatura with relative links and the site name). Raises
    ArticleError when the page has no article text.
    """
    warnings: list[str] = []
    if isinstance(data, bytes):
        data, warnings = decode_html(data, encoding)
    # lxml refuses str input that still carries an XML encoding declaration.
    data = re.sub(r"^\s*<\?xml[^>]*\?>", "", data, count=1)
    # Remove terminal controls before parsing (lxml would drop some silently) so the
    # user is told; the block builder cleans again after entity decoding (&#27;).
    data, removed = clean_piece(LINE_ENDS.sub("\n", data))
    data, refs = _drop_control_refs(data)
    removed += refs
    name = display_path(source or url or "page")
    if not re.search(r"<(html|body)\b", data[:META_SNIFF_BYTES], re.I):
        # A fragment ("<article><p>...</p></article>", a copied snippet): trafilatura
        # rejects a document with a single top element unless it is wrapped.
        data = f"<html><body>{data}</body></html>"
    # Precision first: a reader would rather lose a photo caption than read an
    # advert aloud. Balanced mode only when precision finds no article at all
    # (short pages, unusual markup).
    for precise in (True, False):
        doc = _extract(data, url, name, precise)
        built = _build(doc) if doc is not None and doc.body is not None else None
        if built is not None:
            break
    else:
        raise ArticleError(f"{name}: no article text found in this page")
    builder, text, title = built
    if removed or builder.removed:
        warnings.append(removed_warning(removed + builder.removed))
    return split_long_blocks(Article(
        text=text,
        blocks=builder.blocks,
        inlines=builder.inlines,
        title=title,
        source=source,
        published=_iso_date(doc.date),
        byline=_clean(doc.author),
        site=_clean(doc.sitename) or _clean(doc.hostname),
        warnings=warnings,
    ))


def _extract(page: str, url: str | None, name: str, precise: bool):
    """trafilatura's Document (metadata and body tree), or None when it finds nothing."""
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            page,
            url=url,
            favor_precision=precise,
            with_metadata=True,
            include_comments=False,
            include_formatting=True,
            include_links=True,
            include_tables=True,
            include_images=False,
            # Only dates the page states in its markup: a date guessed from
            # body text would silently move every relative date.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml failures on malformed pages
        raise ArticleError(f"{name}: cannot read this page as HTML ({exc.__class__.__name__})") from None


def _build(doc) -> "tuple[BlockBuilder, str, str | None] | None":
    """Blocks from the extracted tree; None when no block reads like article text."""
    builder = BlockBuilder()
    title = _clean(doc.title)
    if title:
        builder.add_title(title)
    builder.walk(doc.body)
    text = builder.text()
    first = builder.blocks[0] if builder.blocks else None
    if title is None and first is not None and first.kind == "heading" and first.level == 1:
        # No metadata title: the page's own top heading is the headline.
        builder.blocks[0] = Block("title", first.start, first.end)
        title = text[first.start : first.end]
    if not any(b.kind != "title" and len(text[b.start : b.end].split()) >= MIN_ARTICLE_WORDS for b in builder.blocks):
        return None
    return builder, text, title


def _drop_control_refs(page: str) -> tuple[str, int]:
    """Remove character references that decode to an unsafe character; count them."""
    count = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal count
        code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        char = chr(code) if code <= 0x10FFFF else "\ufffd"
        if char in "\t\n\r" or clean_piece(char)[0]:
            return m.group(0)
        count += 1
        return ""

    return _CHAR_REF.sub(repl, page), count


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(clean_piece(value)[0].split())
    return value or None


def _iso_date(value: str | None) -> str | None:
    """trafilatura gives YYYY-MM-DD; keep only a real calendar date."""
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
