"""``newsread serve [FILE ...]``: the reader in a web browser, through textual-serve.

textual-serve is an optional extra (``pip install 'newsread[serve]'``): each
browser tab starts one ``newsread`` process and relays its terminal over a
WebSocket. On its own textual-serve lets anyone who can reach the port (any
local user, any web page open in the user's browser) start a reader and type
into it, so newsread puts guards in front (see :mod:`newsread.serve_web`):

* a secret token, new on every run, in the address printed at start: the page
  and the WebSocket are refused without it;
* the WebSocket is accepted only from the page's own origin (the scheme, host
  and port printed), so another web site cannot drive the reader even from the
  user's own browser;
* at most ``--max-sessions`` readers at once, and terminal sizes clamped.

This module holds those checks as plain functions (no textual-serve import, so
``newsread serve --help`` and the tests of the checks need no extra).
"""

from __future__ import annotations

import argparse
import hmac
import ipaddress
import json
import math
import secrets
import shlex
import socket
import sys
import urllib.parse
from pathlib import Path
from typing import Sequence

EXIT_USAGE = 2
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_SESSIONS = 4
# A 4K screen at an 8-pixel font is 480 columns by 270 rows; anything larger is
# not a terminal but a request to make the reader lay out millions of cells.
MAX_COLUMNS = 500
MAX_ROWS = 300
MIN_COLUMNS, MIN_ROWS = 10, 4
NOT_INSTALLED = (
    "newsread: 'serve' needs the optional package textual-serve; "
    "install it with: pip install 'newsread[serve]'  (or: pip install textual-serve)"
)
WARNING = (
    "newsread: anyone who has this address (it holds a secret token) can read these "
    "articles and annotate them:\n  {url}"
)


def serve_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsread serve",
        description="Serve the reader to a web browser (needs textual-serve). The address printed "
        "at start holds a secret token; only pages from that address may connect.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="articles to open, as for 'newsread FILE'")
    p.add_argument("--host", default=DEFAULT_HOST,
                   help=f"address to listen on (default {DEFAULT_HOST}: this machine only)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT,
                   help=f"TCP port (default {DEFAULT_PORT}; 0 picks a free one)")
    p.add_argument("--public-url", default=None, metavar="URL",
                   help="the address browsers use to reach this server, when it is not http://HOST:PORT "
                   "(an ssh tunnel to another port, a proxy); only pages from it may connect")
    p.add_argument("--max-sessions", type=int, default=DEFAULT_MAX_SESSIONS, metavar="N",
                   help=f"readers running at once; more browser tabs are refused (default {DEFAULT_MAX_SESSIONS})")
    p.add_argument("--date", default=None, help="publication date (YYYY-MM-DD), passed to the reader")
    p.add_argument("--model", default=None, help="spaCy pipeline, passed to the reader")
    return p


def reader_command(files: Sequence[str], date: str | None = None, model: str | None = None) -> str:
    """The shell command line textual-serve runs for each browser session.

    Paths are made absolute (the server may start the reader elsewhere) and
    quoted, so a file name is never read as shell syntax. The console script
    beside this Python is used when it exists, else ``python -m newsread``.
    """
    script = Path(sys.executable).with_name("newsread")
    argv = [str(script)] if script.exists() else [sys.executable, "-m", "newsread"]
    for f in files:
        argv.append(f if f == "-" or "://" in f else str(Path(f).resolve()))
    if date:
        argv += ["--date", date]
    if model:
        argv += ["--model", model]
    return shlex.join(argv)


def new_token() -> str:
    """A fresh secret for one run: 192 random bits, safe in a URL path and query."""
    return secrets.token_urlsafe(24)


def token_matches(given: str, expected: str) -> bool:
    """Constant-time comparison, so the time of a refusal does not reveal how much was right."""
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode("utf-8"))


def base_url(host: str, port: int) -> str:
    """``http://host:port`` with an IPv6 literal in brackets, as a browser writes it."""
    try:
        literal = ipaddress.ip_address(host).version == 6
    except ValueError:
        literal = False
    return f"http://[{host}]:{port}" if literal else f"http://{host}:{port}"


def origin_of(url: str) -> str:
    """The origin (scheme://host[:port], lower case, default port dropped) a browser sends for a page at ``url``."""
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    if port is None or (scheme, port) in (("http", 80), ("https", 443)):
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def origin_allowed(header: str | None, expected: str) -> bool:
    """True only when the WebSocket's ``Origin`` header is exactly the page's own origin.

    Browsers always send Origin on a WebSocket handshake, and a page cannot
    forge it: a missing one is refused too (only non-browser clients omit it,
    and they have no business here).
    """
    return header is not None and header.strip().lower() == expected


def clamp_size(width: object, height: object) -> tuple[int, int]:
    """A terminal size from the browser, made sane: integers within MIN..MAX (80x24 if not numbers)."""
    w = _as_int(width, 80)
    h = _as_int(height, 24)
    return min(max(w, MIN_COLUMNS), MAX_COLUMNS), min(max(h, MIN_ROWS), MAX_ROWS)


def _as_int(value: object, default: int) -> int:
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return int(value)
    digits = value.strip() if isinstance(value, str) else ""
    if digits.isascii() and digits.isdigit():
        return int(digits) if len(digits) < 10 else MAX_COLUMNS * MAX_ROWS  # huge: clamped anyway
    return default


def read_envelope(text: str) -> tuple[str, object] | None:
    """One browser message (``["stdin", "q"]``, ``["resize", {...}]``...) or None when malformed.

    textual-serve asserts on these and dies with the session on anything odd;
    a message from the network is checked, and a bad one is dropped.
    """
    try:
        envelope = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(envelope, list) or not envelope or not isinstance(envelope[0], str):
        return None
    kind = envelope[0]
    data = envelope[1] if len(envelope) > 1 else None
    if kind == "stdin":
        return (kind, data) if isinstance(data, str) else None
    if kind == "resize":
        return (kind, clamp_size(data.get("width"), data.get("height"))) if isinstance(data, dict) else None
    if kind == "ping":
        return (kind, data) if isinstance(data, (str, int, float)) and len(str(data)) <= 64 else None
    if kind in ("blur", "focus"):
        return kind, None
    return None


def listen(host: str, port: int) -> socket.socket:
    """The listening socket, bound now so that the printed address names the real port (even for 0)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    infos = socket.getaddrinfo(host, port, family, socket.SOCK_STREAM)
    sock = socket.socket(infos[0][0], socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(infos[0][4])
    sock.listen(128)
    sock.setblocking(False)
    return sock


def cmd_serve(argv: Sequence[str]) -> int:
    args = serve_parser().parse_args(list(argv))
    if "-" in args.files:
        print("newsread: serve cannot read standard input; give a file", file=sys.stderr)
        return EXIT_USAGE
    if not 0 <= args.port < 65536:
        print(f"newsread: --port {args.port} is not a TCP port", file=sys.stderr)
        return EXIT_USAGE
    if args.max_sessions < 1:
        print("newsread: --max-sessions must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    if args.public_url and urllib.parse.urlsplit(args.public_url).scheme.lower() not in ("http", "https"):
        print("newsread: --public-url must be an http:// or https:// address", file=sys.stderr)
        return EXIT_USAGE
    missing = [f for f in args.files if "://" not in f and not Path(f).exists()]
    if missing:
        print(f"newsread: no such file: {missing[0]}", file=sys.stderr)
        return EXIT_USAGE
    try:
        from newsread.serve_web import GuardedServer
    except ImportError:
        print(NOT_INSTALLED, file=sys.stderr)
        return EXIT_USAGE
    try:
        sock = listen(args.host, args.port)
    except OSError as exc:
        print(f"newsread: cannot listen on {args.host} port {args.port}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    public = (args.public_url or base_url(args.host, sock.getsockname()[1])).rstrip("/")
    token = new_token()
    if args.host not in (DEFAULT_HOST, "localhost", "::1"):
        print(f"newsread: warning: listening on {args.host}, not only on this machine", file=sys.stderr)
    print(WARNING.format(url=f"{public}/?token={token}"), flush=True)
    server = GuardedServer(reader_command(args.files, args.date, args.model), sock=sock, public_url=public,
                           token=token, max_sessions=args.max_sessions)
    server.serve()
    return 0
