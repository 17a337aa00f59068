"""Web addresses -> :class:`Article`: fetch one page over http(s) and read it.

Plain urllib, no session state: one GET with an honest User-Agent, a total
time limit, a size cap, and redirects followed by hand so that every hop is
checked (scheme, loop, count). Every failure is an ArticleError with a
one-line message ("https://x/y: HTTP 404 Not Found").
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message

from newsread import __version__
from newsread.article.model import Article, ArticleError
from newsread.article.sanitize import display_path
from newsread.article.urls import is_url  # noqa: F401  (re-exported)

# Whole fetch, all redirects included: a reader waiting longer has given up.
FETCH_TIMEOUT = 15.0
# No article page is this large; stop reading instead of filling memory.
MAX_FETCH_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 10
USER_AGENT = f"newsread/{__version__} (+terminal news reader)"
SCHEMES = ("http", "https")

_CHUNK = 64 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_MARKDOWN_TYPES = ("text/markdown", "text/x-markdown")
_MARKDOWN_SUFFIXES = (".md", ".markdown")


@dataclass
class Response:
    """What a successful fetch returns: the final address, media type and body bytes."""

    url: str
    content_type: str  # media type, lower case, without parameters ("" when absent)
    charset: str | None
    body: bytes


def fetch_url(url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_FETCH_BYTES) -> Article:
    """Fetch ``url`` and read it as HTML, Markdown or plain text."""
    resp = fetch(url, timeout=timeout, max_bytes=max_bytes)
    return article_from_response(resp, source=url)


def article_from_response(resp: Response, source: str) -> Article:
    """Pick the reader from the media type (and the path suffix for Markdown)."""
    from newsread.article.html import decode_html, looks_like_html, read_html

    name = display_path(source)
    ctype = resp.content_type
    path = urllib.parse.urlsplit(resp.url).path.lower()
    if ctype in _HTML_TYPES or (ctype in ("", "text/plain", "application/octet-stream") and looks_like_html(resp.body)):
        return read_html(resp.body, source, encoding=resp.charset, url=resp.url)
    if ctype.startswith("text/") or ctype == "":
        from newsread.article.loader import article_from_text

        text, warnings = decode_html(resp.body, resp.charset)
        if not text.strip():
            raise ArticleError(f"{name}: the page is empty")
        fmt = "markdown" if ctype in _MARKDOWN_TYPES or path.endswith(_MARKDOWN_SUFFIXES) else "text"
        article = article_from_text(text, source, fmt=fmt)
        article.warnings[:0] = warnings
        return article
    raise ArticleError(f"{name}: not an article (the server sent {ctype})")


def fetch(url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_FETCH_BYTES) -> Response:
    """GET ``url`` following redirects; ArticleError on anything but a readable page."""
    name = display_path(url)
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(_NoRedirect)
    seen: list[str] = []
    current = _to_ascii(url)
    while True:
        _check_scheme(current, name, redirected=current != url)
        seen.append(current)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise ArticleError(f"{name}: no complete answer within {timeout:g} s")
        request = urllib.request.Request(
            current,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.5",
                # urllib does not decompress; ask for plain bytes (gzip is still handled).
                "Accept-Encoding": "identity",
            },
        )
        try:
            with opener.open(request, timeout=remaining) as resp:
                body = _read_body(resp, name, deadline, timeout, max_bytes)
                headers = resp.headers
                final = resp.geturl()
        except urllib.error.HTTPError as exc:
            with exc:
                location = exc.headers.get("Location") if exc.headers else None
                if 300 <= exc.code < 400 and location:
                    nxt = _to_ascii(urllib.parse.urljoin(current, location))
                    if nxt in seen:
                        raise ArticleError(f"{name}: redirect loop (back to {display_path(nxt)})") from None
                    if len(seen) > MAX_REDIRECTS:
                        raise ArticleError(f"{name}: more than {MAX_REDIRECTS} redirects") from None
                    current = nxt
                    continue
                raise ArticleError(f"{name}: HTTP {exc.code} {_reason(exc)}") from None
        except ArticleError:
            raise
        except (OSError, http.client.HTTPException, ValueError, zlib.error) as exc:
            raise ArticleError(f"{name}: {_describe(exc, timeout)}") from None
        return Response(final, headers.get_content_type() if headers.get("Content-Type") else "", _charset(headers), body)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Hand 3xx answers back as HTTPError so fetch() can vet each hop itself."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102
        return None


def _check_scheme(url: str, name: str, redirected: bool) -> None:
    """Refuse file:, ftp:, javascript: ... addresses, given or reached by a redirect."""
    parts = urllib.parse.urlsplit(url)
    where = f"{name}: redirected to {display_path(url)}, but " if redirected else f"{name}: "
    if parts.scheme.lower() not in SCHEMES:
        scheme = f"{parts.scheme}:" if parts.scheme else "no scheme"
        raise ArticleError(f"{where}only http:// and https:// addresses can be opened (not {display_path(scheme)})")
    if not parts.hostname:
        raise ArticleError(f"{where}the address has no host name")


def _to_ascii(url: str) -> str:
    """An address as typed ("https://exämple.org/straße") in the ASCII form HTTP needs."""
    parts = urllib.parse.urlsplit(url.strip())
    netloc = parts.netloc
    if not netloc.isascii() and parts.hostname:
        try:
            host = parts.hostname.encode("idna").decode("ascii")
        except UnicodeError:
            return url  # left as is: urllib's own error names the problem
        netloc = netloc.replace(parts.hostname, host) if parts.hostname in netloc else host
    safe = "/%:@!$&'()*+,;=~-._"
    return urllib.parse.urlunsplit(
        (parts.scheme, netloc, urllib.parse.quote(parts.path, safe=safe),
         urllib.parse.quote(parts.query, safe=safe + "?"), urllib.parse.quote(parts.fragment, safe=safe + "?"))
    )


def _read_body(resp, name: str, deadline: float, timeout: float, max_bytes: int) -> bytes:
    """Read at most ``max_bytes`` before ``deadline``; decompress gzip/deflate if sent anyway."""
    too_large = f"{name}: the page is larger than {_size(max_bytes)}; not read"
    length = resp.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise ArticleError(too_large)
    encoding = (resp.headers.get("Content-Encoding") or "identity").strip().lower()
    inflate = zlib.decompressobj(47) if encoding in ("gzip", "x-gzip", "deflate") else None
    chunks: list[bytes] = []
    size = 0
    # read1 returns what one socket read gives, so a server trickling bytes
    # cannot hold us past the deadline inside a single large read().
    read = getattr(resp, "read1", resp.read)
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise ArticleError(f"{name}: no complete answer within {timeout:g} s")
        _set_timeout(resp, remaining)
        chunk = read(_CHUNK)
        if not chunk:
            break
        if inflate is not None:
            chunk = inflate.decompress(chunk, max_bytes + 1 - size)
        size += len(chunk)
        if size > max_bytes:
            raise ArticleError(too_large)
        chunks.append(chunk)
    return b"".join(chunks)


def _set_timeout(resp, seconds: float) -> None:
    """Shrink the socket timeout to what is left of the total budget."""
    sock = getattr(getattr(resp, "fp", None), "raw", None)
    sock = getattr(sock, "_sock", None)
    if isinstance(sock, socket.socket):
        sock.settimeout(max(seconds, 0.001))


def _charset(headers: Message) -> str | None:
    value = headers.get_content_charset()
    return value or None


def _reason(exc: urllib.error.HTTPError) -> str:
    try:
        return http.HTTPStatus(exc.code).phrase
    except ValueError:
        return str(exc.reason or "").strip() or "error"


def _describe(exc: BaseException, timeout: float) -> str:
    """One line for a network failure, in the user's terms."""
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no complete answer within {timeout:g} s"
    if isinstance(reason, socket.gaierror):
        return "cannot find this server (DNS lookup failed)"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, ssl.SSLError):
        return f"secure connection failed ({getattr(reason, 'reason', None) or reason.__class__.__name__})"
    if isinstance(reason, (http.client.RemoteDisconnected, ConnectionResetError)):
        return "the server closed the connection"
    if isinstance(reason, zlib.error):
        return "the server sent badly compressed data"
    if isinstance(reason, http.client.HTTPException):
        return f"bad answer from the server ({reason.__class__.__name__})"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    if isinstance(reason, str):
        return reason
    return str(reason) or reason.__class__.__name__


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB" if n >= 1024 * 1024 else f"{n} bytes"
