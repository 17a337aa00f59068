"""Web addresses -> :class:`Article`: fetch one page over http(s) and read it.

Plain http.client, no session state: one GET with an honest User-Agent, one
deadline over DNS, connect, TLS, headers and body, a size cap, and redirects
followed by hand so that every hop is checked: scheme, loop, count, and the
resolved address (:mod:`address_policy`: a public page cannot redirect us into
this machine or its private network), with the connection made to the address
that was checked. No proxy from the environment is used: through a proxy the
addresses could not be checked. Every failure is an ArticleError with a
one-line message ("https://x/y: HTTP 404 Not Found").

Test-only hook: with ``NEWSREAD_TEST_FIRST_URL_PUBLIC=1`` in the environment the
first address counts as public whatever it resolves to, so that a test serving
on 127.0.0.1 sees its redirects into internal addresses refused. It can only
make a fetch stricter.
"""

from __future__ import annotations

import http
import http.client
import os
import socket
import ssl
import time
import urllib.error
import urllib.parse
import zlib
from dataclasses import dataclass
from email.message import Message

from newsread import __version__
from newsread.article.address_policy import Resolver, allowed_addresses, ip_of, is_internal, system_resolve
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
FIRST_URL_PUBLIC_ENV = "NEWSREAD_TEST_FIRST_URL_PUBLIC"
_HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.5",
    # No decompression is asked for (gzip is still handled when sent anyway).
    "Accept-Encoding": "identity",
    "Connection": "close",
}

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


def fetch_url(url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_FETCH_BYTES,
              resolve: Resolver = system_resolve) -> Article:
    """Fetch ``url`` and read it as HTML, Markdown or plain text (see :func:`fetch`)."""
    resp = fetch(url, timeout=timeout, max_bytes=max_bytes, resolve=resolve)
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


def fetch(url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_FETCH_BYTES,
          resolve: Resolver = system_resolve) -> Response:
    """GET ``url`` following redirects; ArticleError on anything but a readable page.

    ``timeout`` bounds the whole fetch: DNS, connect, TLS, headers and body of
    every hop. ``resolve`` maps (host, port, seconds left) to addresses; each hop
    connects only to addresses :mod:`address_policy` allows.
    """
    name = display_path(url)
    deadline = time.monotonic() + timeout
    # None until the first address is resolved; the test hook can only make redirects stricter.
    first_internal: bool | None = False if os.environ.get(FIRST_URL_PUBLIC_ENV) == "1" else None
    seen: list[str] = []
    current = _to_ascii(url)
    while True:
        _check_scheme(current, name, redirected=bool(seen))
        seen.append(current)
        try:
            parts = urllib.parse.urlsplit(current)
            https = parts.scheme.lower() == "https"
            host, port = parts.hostname or "", parts.port or (443 if https else 80)
            addresses = resolve(host, port, _seconds_left(deadline))
            if not addresses:
                raise socket.gaierror(socket.EAI_NONAME, "no address")
            if len(seen) == 1:  # the address the user gave: always allowed, and it sets the rule
                allowed = list(addresses)
                if first_internal is None:
                    first_internal = any(is_internal(ip_of(a)) for a in addresses)
            else:
                allowed = allowed_addresses(addresses, bool(first_internal))
            if not allowed:
                raise ArticleError(
                    f"{name}: redirected to {display_path(current)}, an address inside this machine or "
                    f"its network ({ip_of(addresses[0])}); refused, since the first address was public"
                )
            status, reason, headers, body = _exchange(parts, https, host, port, allowed, deadline,
                                                      lambda resp: _read_body(resp, name, deadline, timeout, max_bytes))
        except ArticleError:
            raise
        except (OSError, http.client.HTTPException, ValueError, zlib.error) as exc:
            raise ArticleError(f"{name}: {_describe(exc, timeout)}") from None
        location = headers.get("Location")
        if 300 <= status < 400 and location:
            nxt = _to_ascii(urllib.parse.urljoin(current, location))
            if nxt in seen:
                raise ArticleError(f"{name}: redirect loop (back to {display_path(nxt)})")
            if len(seen) > MAX_REDIRECTS:
                raise ArticleError(f"{name}: more than {MAX_REDIRECTS} redirects")
            current = nxt
            continue
        if not 200 <= status < 300:
            raise ArticleError(f"{name}: HTTP {status} {_reason(status, reason)}")
        return Response(current, headers.get_content_type() if headers.get("Content-Type") else "",
                        _charset(headers), body)


def _exchange(parts, https: bool, host: str, port: int, addresses, deadline: float, read_body):
    """One GET on a connection to one of ``addresses`` (already checked): status, reason, headers, body.

    The body is read only for a 2xx answer. Every socket read is bounded by
    what is left of ``deadline``, so a server trickling its headers a byte at a
    time runs into the same total limit as one trickling its body.
    """
    sock = _connect(addresses, deadline)
    resp = None
    try:
        if https:
            context = ssl.create_default_context()
            context.sslsocket_class = _DeadlineSSLSocket
            # The handshake takes the socket's timeout as its total (CPython computes a deadline).
            sock.settimeout(_seconds_left(deadline))
            sock = context.wrap_socket(sock, server_hostname=host)
            sock.deadline = deadline
        conn = http.client.HTTPConnection(host, port)
        conn.default_port = 443 if https else 80  # so the Host header names the port only when needed
        conn.sock = sock  # connected to the checked address: http.client must not resolve again
        path = parts.path or "/"
        conn.request("GET", f"{path}?{parts.query}" if parts.query else path, headers=_HEADERS)
        resp = conn.getresponse()
        body = read_body(resp) if 200 <= resp.status < 300 else b""
        return resp.status, resp.reason, resp.headers, body
    finally:
        if resp is not None:
            resp.close()  # it holds its own reference to the socket's file
        sock.close()


def _connect(addresses, deadline: float) -> socket.socket:
    """A TCP connection to the first of ``addresses`` that answers before the deadline."""
    error: OSError = OSError("no address to connect to")
    for family, sockaddr in addresses:
        sock = _DeadlineSocket(family, socket.SOCK_STREAM)
        sock.deadline = deadline
        try:
            sock.settimeout(_seconds_left(deadline))
            sock.connect(sockaddr)
            return sock
        except OSError as exc:
            sock.close()
            error = exc
            if isinstance(exc, TimeoutError):
                break
    raise error


def _seconds_left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("deadline passed")
    return left


class _DeadlineSocket(socket.socket):
    """A socket whose every read waits at most until ``deadline`` (per read, a timeout would restart)."""

    deadline = float("inf")

    def recv_into(self, buffer, nbytes=0, flags=0):  # noqa: D102
        self.settimeout(_seconds_left(self.deadline))
        return super().recv_into(buffer, nbytes, flags)

    def recv(self, bufsize, flags=0):  # noqa: D102
        self.settimeout(_seconds_left(self.deadline))
        return super().recv(bufsize, flags)


class _DeadlineSSLSocket(ssl.SSLSocket):
    """The TLS counterpart of :class:`_DeadlineSocket`."""

    deadline = float("inf")

    def recv_into(self, buffer, nbytes=None, flags=0):  # noqa: D102
        self.settimeout(_seconds_left(self.deadline))
        return super().recv_into(buffer, nbytes, flags)

    def recv(self, buflen=1024, flags=0):  # noqa: D102
        self.settimeout(_seconds_left(self.deadline))
        return super().recv(buflen, flags)


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
        if time.monotonic() >= deadline:
            raise ArticleError(f"{name}: no complete answer within {timeout:g} s")
        chunk = read(_CHUNK)  # the socket's own reads stop at the deadline too
        if not chunk:
            break
        if inflate is not None:
            chunk = inflate.decompress(chunk, max_bytes + 1 - size)
        size += len(chunk)
        if size > max_bytes:
            raise ArticleError(too_large)
        chunks.append(chunk)
    return b"".join(chunks)


def _charset(headers: Message) -> str | None:
    value = headers.get_content_charset()
    return value or None


def _reason(status: int, reason: str) -> str:
    """The standard phrase for a status ("Not Found"), else what the server said, made printable."""
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return display_path(str(reason or "").strip()) or "error"


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
