"""Pick a reader for a path (or stdin) and turn its bytes into an Article.

Every failure the user can fix becomes an :class:`ArticleError` with a
one-line message; the CLI prints it as ``newsread: <message>`` and exits 2.

Readers take clean text (see :mod:`newsread.article.sanitize`) and a source
name. To add a format, register a reader in :data:`READERS` under its suffix.
"""

from __future__ import annotations

import os
import select
import stat
import sys
from pathlib import Path
from typing import BinaryIO, Callable

from newsread.article.html import looks_like_html, read_html
from newsread.article.model import Article, ArticleError
from newsread.article.sanitize import BINARY_SNIFF_BYTES, UTF16_BOMS, clean_text, decode_bytes, display_path, looks_binary
from newsread.article.text import read_plain_text
from newsread.article.urls import is_address

# Larger inputs are refused before they are read: no news article is this big,
# and analysing one would take minutes.
MAX_BYTES = 50 * 1024 * 1024
_CHUNK = 1024 * 1024
# The analysis keeps the whole parsed text in memory: about BASE_MB plus
# MB_PER_MILLION_CHARS per million characters (benchmark 4: 375 MiB at 1M
# characters), at about CHARS_PER_SECOND (benchmark 5: ~4,000 words/s, 2 cores).
# Texts longer than MAX_TEXT_CHARS (some 850,000 words, ten novels; no news
# article) are refused; over LONG_TEXT_CHARS the user is told before it starts.
MAX_TEXT_CHARS = 5_000_000
LONG_TEXT_CHARS = 1_000_000
BASE_MB = 150
MB_PER_MILLION_CHARS = 250
CHARS_PER_SECOND = 20_000
# How that warning begins (newsread.batch says it at once, not with the result).
LONG_TEXT_WARNING = "a long text"
# A FIFO, a pipe (``newsread <(command)``) or a device is given up on after this
# many seconds without data: opening a FIFO nobody writes to would wait forever.
PIPE_IDLE_SECONDS = 15.0

Reader = Callable[[str, str | None], Article]


def read_markdown(text: str, source: str | None = None) -> Article:
    """The Markdown reader, imported on first use: markdown-it costs ~25 ms of every start,
    and the reader should paint a plain-text article as early as it can."""
    from newsread.article.markdown import read_markdown as read

    return read(text, source)

# Suffix (lower case, with the dot) -> reader. Suffixes not listed are read as
# plain text when their bytes are text.
READERS: dict[str, Reader] = {
    ".txt": read_plain_text,
    ".text": read_plain_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
}

# Suffix -> reader of raw bytes, for formats that decode themselves (HTML
# declares its charset inside the document). Consulted before READERS.
ByteReader = Callable[[bytes, str | None], Article]
BYTE_READERS: dict[str, ByteReader] = {".html": read_html, ".htm": read_html, ".xhtml": read_html}

# Names accepted by article_from_text(fmt=...).
FORMATS: dict[str, Reader] = {"text": read_plain_text, "markdown": read_markdown}

STDIN = "-"


def article_from_text(text: str, source: str | None = None, fmt: str = "text") -> Article:
    """An Article from a string: ``fmt`` is "text", "markdown" or "auto" (sniff Markdown)."""
    clean, warnings = clean_text(text)
    if fmt == "auto":
        reader = read_markdown if _looks_like_markdown(clean) else read_plain_text
    else:
        try:
            reader = FORMATS[fmt]
        except KeyError:
            raise ValueError(f"unknown format {fmt!r}; expected one of {sorted(FORMATS)} or 'auto'") from None
    article = reader(clean, source)
    article.warnings[:0] = warnings
    return article


def load_article(path: str | os.PathLike[str]) -> Article:
    """Read a file (or stdin for ``"-"``) into an Article; ArticleError on bad input.

    A text over MAX_TEXT_CHARS is refused, and one over LONG_TEXT_CHARS carries a
    warning with what its analysis will cost, before any analysis starts.
    """
    path = os.fspath(path)
    article = _load(path)
    name = "standard input" if path == STDIN else display_path(article.source or path)
    return _check_length(article, name)


def _check_length(article: Article, name: str) -> Article:
    """Refuse a text whose analysis would not fit in memory; warn about one that takes minutes."""
    size = len(article.text)
    if size > MAX_TEXT_CHARS:
        raise ArticleError(
            f"{name}: too long to analyse ({_characters(size)}; the limit is "
            f"{MAX_TEXT_CHARS / 1e6:g} million, about {_estimate_mb(MAX_TEXT_CHARS):,} MB of memory)"
        )
    if size > LONG_TEXT_CHARS:
        minutes = max(1, round(size / CHARS_PER_SECOND / 60))
        article.warnings.append(
            f"{LONG_TEXT_WARNING} ({_characters(size)}, about {size // 6:,} words): its analysis "
            f"takes roughly {minutes} minute{'s' if minutes != 1 else ''} and {_estimate_mb(size):,} MB of memory"
        )
    return article


def _characters(n: int) -> str:
    return f"{n / 1e6:.1f} million characters" if n >= 1_000_000 else f"{n:,} characters"


def _estimate_mb(chars: int) -> int:
    return round((BASE_MB + MB_PER_MILLION_CHARS * chars / 1e6) / 10) * 10


def _load(path: str) -> Article:
    if is_address(path):
        from newsread.article.fetch import fetch_url  # urllib and ssl only when needed

        return fetch_url(path)
    if path == STDIN:
        name = "standard input"
        data = _read_capped(_stdin().read, name)
        reader = None  # sniffed below
        if looks_like_html(data):
            return read_html(data, path)
    else:
        name = display_path(path)
        data = _read_file(path, name)
        suffix = Path(path).suffix.lower()
        reader = READERS.get(suffix, None if not suffix else read_plain_text)
        byte_reader = BYTE_READERS.get(suffix)
        if byte_reader is None and suffix not in READERS and looks_like_html(data):
            byte_reader = read_html  # a saved page named "index" or "story.php"
        if byte_reader is not None:
            if not data.strip():
                raise ArticleError(f"{name} is empty")
            return byte_reader(data, path)
    text, decode_warnings = decode_bytes(data)
    clean, clean_warnings = clean_text(text)
    if not clean.strip():
        raise ArticleError(f"{name} is empty")
    if reader is None:
        # No suffix to go by (stdin, a pipe from process substitution): Markdown
        # when it says so at the top, plain text otherwise.
        reader = read_markdown if _looks_like_markdown(clean) else read_plain_text
    article = reader(clean, path)
    article.warnings[:0] = decode_warnings + clean_warnings
    return article


def _looks_like_markdown(text: str) -> bool:
    return text.startswith(("---\n", "# "))


def _stdin() -> BinaryIO:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise ArticleError("standard input is not available")
    return stream


def _read_file(path: str, name: str) -> bytes:
    try:
        if os.path.isdir(path):
            raise ArticleError(f"{name}: is a folder, not an article")
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return _read_pipe(path, name)
        if info.st_size > MAX_BYTES:
            raise ArticleError(f"{name}: too large ({_mb(info.st_size)}; the limit is {_mb(MAX_BYTES)})")
        with open(path, "rb") as f:
            # A file may grow while it is read: the cap is enforced while reading too.
            return _read_capped(f.read, name)
    except FileNotFoundError:
        raise ArticleError(f"{name}: no such file") from None
    except PermissionError:
        raise ArticleError(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise ArticleError(f"{name}: is a folder, not an article") from None
    except OSError as exc:
        raise ArticleError(f"{name}: cannot read ({exc.strerror or exc.__class__.__name__})") from None
    except ValueError:
        # A NUL character in the path (possible from library callers, not from argv).
        raise ArticleError(f"{name}: not a valid file name") from None


def _read_pipe(path: str, name: str) -> bytes:
    """A FIFO, pipe or device, read without blocking, given up on after PIPE_IDLE_SECONDS without data."""
    if not hasattr(select, "poll") or not hasattr(os, "O_NONBLOCK"):
        with open(path, "rb") as f:  # no poll(): read as before
            return _read_capped(f.read, name)
    # O_NONBLOCK: opening a FIFO for reading returns at once even with no writer.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        poller = select.poll()
        poller.register(fd, select.POLLIN)

        def read(size: int) -> bytes:
            while True:
                # POLLIN when data arrives, POLLHUP (then b"") when the last writer closes.
                if not poller.poll(PIPE_IDLE_SECONDS * 1000):
                    raise ArticleError(
                        f"{name}: nothing to read after {PIPE_IDLE_SECONDS:g} s (a pipe or FIFO nobody writes to?)"
                    )
                try:
                    return os.read(fd, size)
                except BlockingIOError:
                    continue

        return _read_capped(read, name)
    finally:
        os.close(fd)


def _read_capped(read: Callable[[int], bytes], name: str) -> bytes:
    """Read to the end, refusing binary data early and anything over MAX_BYTES."""
    chunks: list[bytes] = []
    total = 0
    try:
        while True:
            # Small first read: fail fast on binary data (e.g. /dev/urandom)
            # instead of reading 50 MB of it; then larger reads.
            chunk = read(BINARY_SNIFF_BYTES if not chunks else _CHUNK)
            if not chunk:
                break
            # UTF-16 text is full of NULs but announces itself with a BOM.
            if not chunks and looks_binary(chunk) and not chunk.startswith(UTF16_BOMS):
                raise ArticleError(f"{name}: looks like a binary file, not text")
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_BYTES:
                raise ArticleError(f"{name}: too large (over {_mb(MAX_BYTES)})")
    except OSError as exc:
        raise ArticleError(f"{name}: cannot read ({exc.strerror or exc.__class__.__name__})") from None
    return b"".join(chunks)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n} bytes"
