"""`newsread serve` refuses strangers: a real server on 127.0.0.1, a real aiohttp client.

The server runs as the user runs it (``newsread serve --port 0 FILE``) and every
check goes over a real socket: the page and the WebSocket without the printed
token, a WebSocket from another origin, one session too many, an absurd size.
"""

from __future__ import annotations

import asyncio
import os
import queue
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest

from newsread.serve import (MAX_COLUMNS, MAX_ROWS, MIN_COLUMNS, MIN_ROWS, clamp_size, origin_allowed, origin_of,
                            read_envelope, reader_command, token_matches)

NEWSREAD = Path(sys.executable).parent / "newsread"
ARTICLE = 'Ferry notice\n\n"The first crossing leaves at seven on Monday," said Mayor Jane Holt.\n'
TITLE = b"Ferry notice"
PRINTED = re.compile(r"(http://127\.0\.0\.1:(\d+))/\?token=([A-Za-z0-9_-]+)")
CURSOR_MOVE = re.compile(rb"\x1b\[(\d+);(\d+)H")
WAIT = 60.0  # seconds before a test gives up waiting for the reader (a failure, never a pass)


# -- the checks as functions -----------------------------------------------------------------------
def test_token_comparison():
    assert token_matches("s3cr3t-token", "s3cr3t-token")
    assert not token_matches("s3cr3t-toke", "s3cr3t-token")
    assert not token_matches("", "s3cr3t-token")
    assert not token_matches("s3cr3t-tokenX", "s3cr3t-token")
    assert not token_matches("s3cr3t-tökén", "s3cr3t-token")  # non-ASCII: refused, not a TypeError
    assert not token_matches("\udc80\ud800", "s3cr3t-token")  # lone surrogates from a decoded query


def test_origin_is_the_printed_address_exactly():
    own = origin_of("http://127.0.0.1:8123")
    assert own == "http://127.0.0.1:8123" and origin_of("http://127.0.0.1:8123/?token=x") == own
    assert origin_allowed("http://127.0.0.1:8123", own) and origin_allowed("HTTP://127.0.0.1:8123", own)
    for foreign in ("http://evil.example", "http://127.0.0.1:8124", "https://127.0.0.1:8123",
                    "http://localhost:8123", "null", "", None):
        assert not origin_allowed(foreign, own), foreign
    assert origin_of("https://news.example:443/") == "https://news.example"
    assert origin_of("http://[::1]:8000") == "http://[::1]:8000"


def test_sizes_are_clamped_and_messages_checked():
    assert clamp_size(100000, 100000) == (MAX_COLUMNS, MAX_ROWS)
    assert clamp_size("100000", "9" * 5000) == (MAX_COLUMNS, MAX_ROWS)
    assert clamp_size(-5, 0) == (MIN_COLUMNS, MIN_ROWS)
    assert clamp_size("x", None) == (80, 24) and clamp_size(True, 1.5e300) == (80, MAX_ROWS)
    assert clamp_size(float("nan"), 120.0) == (80, 120)
    assert read_envelope('["resize", {"width": 100000, "height": 100000}]') == ("resize", (MAX_COLUMNS, MAX_ROWS))
    assert read_envelope('["stdin", "q"]') == ("stdin", "q")
    for bad in ("not json", "{}", "[]", "[5]", '["stdin", 5]', '["resize", "x"]', '["exec", "ls"]',
                '["ping", "' + "p" * 1000 + '"]', "[" * 100000 + "]" * 100000):
        assert read_envelope(bad) is None, bad[:40]


def test_serve_command_line_quotes_and_resolves_paths(tmp_path):
    odd = tmp_path / "a b; rm -rf ~ $(x).txt"
    argv = shlex.split(reader_command([str(odd)], date="2018-09-18"))
    assert argv[1] == str(odd.resolve()) and argv[-2:] == ["--date", "2018-09-18"]
    assert Path(argv[0]).name == "newsread" or argv[1:3] == ["-m", "newsread"]


def test_serve_without_textual_serve_says_how_to_install(tmp_path):
    """A clear one-line message and status 2 (textual-serve hidden by an import that fails)."""
    blocker = tmp_path / "block" / "textual_serve"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('hidden for this test')\n")
    (tmp_path / "a.txt").write_text(ARTICLE)
    env = {**os.environ, "PYTHONPATH": str(blocker.parent)}
    proc = subprocess.run([str(NEWSREAD), "serve", str(tmp_path / "a.txt")], env=env, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 2
    assert "pip install 'newsread[serve]'" in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


# -- a running server ----------------------------------------------------------------------------
@dataclass
class Served:
    base: str  # http://127.0.0.1:PORT, the page's origin
    port: int
    token: str
    output: list[str]  # everything the server printed so far (read by a thread)

    @property
    def printed_url(self) -> str:
        return f"{self.base}/?token={self.token}"

    def ws_url(self, token: str | None = None, query: str = "width=100&height=30") -> str:
        return f"ws://127.0.0.1:{self.port}/ws/{self.token if token is None else token}?{query}"


def _warm_cache(article: Path, cache_home: Path, nlp) -> None:
    """Analyse once in this process, so the readers the server starts hit the cache, not spaCy."""
    from newsread.analysis.cache import cached_analyze
    from newsread.article import load_article

    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(cache_home)
    try:
        cached_analyze(load_article(str(article)), nlp=nlp)
    finally:
        if old is None:
            del os.environ["XDG_CACHE_HOME"]
        else:
            os.environ["XDG_CACHE_HOME"] = old


@pytest.fixture(scope="module")
def served(tmp_path_factory, nlp):
    """``newsread serve --port 0 --max-sessions 1 ferry.txt``, its printed address read from stdout."""
    home = tmp_path_factory.mktemp("serve")
    article = home / "ferry.txt"
    article.write_text(ARTICLE)
    _warm_cache(article, home / "cache", nlp)
    env = {**os.environ, "XDG_CACHE_HOME": str(home / "cache"), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config")}
    for var in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        env.pop(var, None)
    proc = subprocess.Popen([str(NEWSREAD), "serve", "--port", "0", "--max-sessions", "1", str(article)],
                            cwd=home, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue[str] = queue.Queue()
    output: list[str] = []

    def drain() -> None:  # keep reading, so the server never blocks on a full pipe
        for line in proc.stdout:
            output.append(line)
            lines.put(line)

    threading.Thread(target=drain, daemon=True).start()
    try:
        found = None
        while found is None:
            try:
                found = PRINTED.search(lines.get(timeout=WAIT))
            except queue.Empty:
                pytest.fail(f"newsread serve printed no address: {''.join(output)!r} (exit {proc.poll()})")
        yield Served(found.group(1), int(found.group(2)), found.group(3), output)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, WAIT * 2))


async def handshake_status(url: str, origin: str | None) -> int:
    """The HTTP status with which the server answers a WebSocket handshake (101 when accepted)."""
    headers = {"Origin": origin} if origin is not None else {}
    async with aiohttp.ClientSession() as http:
        try:
            async with http.ws_connect(url, headers=headers, autoping=True) as ws:
                await ws.close()
                return 101
        except aiohttp.WSServerHandshakeError as exc:
            return exc.status


async def connect_when_free(http: aiohttp.ClientSession, url: str, origin: str) -> aiohttp.ClientWebSocketResponse:
    """Connect, waiting while the one allowed session (a previous test's) is still shutting down."""
    deadline = time.monotonic() + WAIT
    while True:
        try:
            return await http.ws_connect(url, headers={"Origin": origin})
        except aiohttp.WSServerHandshakeError as exc:
            if exc.status != 503 or time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.2)


async def read_until(ws: aiohttp.ClientWebSocketResponse, done) -> bytes:
    """The reader's output up to the message for which ``done(all_so_far, message)`` holds.

    Fails (never passes) when no such message comes or the session closes.
    """
    seen = bytearray()
    deadline = time.monotonic() + WAIT
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            pytest.fail(f"the reader did not send what was expected; last bytes: {bytes(seen[-300:])!r}")
        try:
            message = await ws.receive(timeout=left)
        except asyncio.TimeoutError:
            continue
        if message.type == aiohttp.WSMsgType.BINARY:
            data = message.data
        elif message.type == aiohttp.WSMsgType.TEXT:
            data = message.data.encode()
        else:
            pytest.fail(f"the session ended ({message.type.name}); it had sent: {bytes(seen[-300:])!r}")
        seen += data
        if done(bytes(seen), data):
            return bytes(seen)


def shows_title(seen: bytes, message: bytes) -> bool:
    return TITLE in seen


def bottom_right(out: bytes) -> tuple[int, int]:
    """The largest row and column the output moves the cursor to (the screen size it draws)."""
    moves = [(int(r), int(c)) for r, c in CURSOR_MOVE.findall(out)]
    return (max(r for r, _ in moves), max(c for _, c in moves)) if moves else (0, 0)


def a_frame_of_at_most(rows: int):
    """A whole screen (title included) drawn within ``rows`` rows: one message, so no stale frame counts."""
    return lambda seen, message: TITLE in message and 0 < bottom_right(message)[0] <= rows


def a_frame_of_at_least(rows: int):
    return lambda seen, message: TITLE in message and bottom_right(message)[0] >= rows


def listening_addresses(port: int) -> set[str]:
    """Local addresses with a socket listening on ``port`` (from /proc/net/tcp and tcp6)."""
    import ipaddress

    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hexport = local.split(":")
            if state != "0A" or int(hexport, 16) != port:  # 0A: LISTEN
                continue
            raw = bytes.fromhex(address)
            # The kernel prints each 32-bit word in host (little-endian) order.
            raw = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
            found.add(str(ipaddress.ip_address(raw)))
    return found


def test_serve_listens_on_loopback_only(served):
    assert listening_addresses(served.port) == {"127.0.0.1"}
    assert any(served.printed_url in line for line in served.output)


def test_page_is_refused_without_the_token(served):
    async def statuses():
        async with aiohttp.ClientSession() as http:
            found = {}
            for query in ("", "?token=", "?token=wrong", f"?token={served.token[:-1]}", f"?token={served.token}x",
                          f"?fontsize=12&t={served.token}"):
                async with http.get(f"{served.base}/{query}") as resp:
                    found[query] = resp.status
            return found

    assert set(run(statuses()).values()) == {403}


def test_printed_address_serves_the_page_whose_websocket_shows_the_article(served):
    async def session():
        async with aiohttp.ClientSession() as http:
            async with http.get(served.printed_url) as resp:
                assert resp.status == 200
                assert resp.headers["Referrer-Policy"] == "no-referrer"  # the token never leaves as a Referer
                page = await resp.text()
            ws_url = re.search(r'data-session-websocket-url="([^"]+)"', page).group(1)
            assert ws_url == f"ws://127.0.0.1:{served.port}/ws/{served.token}"
            # What the page's script does: its URL plus the size, from the page's own origin.
            ws = await connect_when_free(http, ws_url + "?width=100&height=30", served.base)
            try:
                return await read_until(ws, shows_title)
            finally:
                await ws.close()

    assert TITLE in run(session())


def test_websocket_is_refused_without_the_right_token(served):
    async def statuses():
        return [await handshake_status(url, served.base) for url in (
            served.ws_url(token="wrong"), served.ws_url(token=served.token[:-1]), served.ws_url(token=""),
            f"ws://127.0.0.1:{served.port}/ws?width=80&height=24",  # textual-serve's own, open address
        )]

    assert run(statuses()) == [403, 403, 404, 404]


def test_websocket_from_another_origin_is_refused(served):
    """Any web page the user has open could try this: the right token but its own origin."""
    foreign = ["http://evil.example", f"http://127.0.0.1:{served.port + 1}", f"https://127.0.0.1:{served.port}",
               f"http://localhost:{served.port}", "null", None]

    async def statuses():
        return [await handshake_status(served.ws_url(), origin) for origin in foreign]

    assert run(statuses()) == [403] * len(foreign)
    # The server's log is read by a thread: give its lines a moment to arrive (not a timing check).
    deadline = time.monotonic() + 15
    while sum("refused a WebSocket" in line for line in served.output) < len(foreign) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sum("refused a WebSocket" in line for line in served.output) >= len(foreign)


def test_absurd_terminal_sizes_are_clamped_and_bad_messages_dropped(served):
    async def session():
        async with aiohttp.ClientSession() as http:
            ws = await connect_when_free(http, served.ws_url(query="width=100000&height=100000"), served.base)
            try:
                first = await read_until(ws, a_frame_of_at_least(MAX_ROWS - 1))
                for junk in ("not json", '["resize", "x"]', '["resize", [1, 2]]', "[" * 50000,
                             '["exec", "sh"]', '{"stdin": "q"}', '["stdin", 5]'):
                    await ws.send_str(junk)
                await ws.send_str('["ping", "still-here"]')
                await read_until(ws, lambda seen, message: b'["pong", "still-here"]' in message)
                # Small first, so that the absurd request that follows is a real change of size.
                await ws.send_str('["resize", {"width": 40, "height": 12}]')
                await read_until(ws, a_frame_of_at_most(12))
                await ws.send_str('["resize", {"width": 100000, "height": 100000}]')
                after = await read_until(ws, a_frame_of_at_least(MAX_ROWS - 1))
                return first, after
            finally:
                await ws.close()

    for out in run(session()):
        rows, columns = bottom_right(out)
        assert MAX_ROWS - 1 <= rows <= MAX_ROWS and columns <= MAX_COLUMNS


def test_sessions_beyond_the_cap_are_refused(served):
    """--max-sessions 1: a second tab is refused while the first is open, admitted once it closes."""
    async def session():
        async with aiohttp.ClientSession() as http:
            first = await connect_when_free(http, served.ws_url(), served.base)
            await read_until(first, shows_title)
            refused = await handshake_status(served.ws_url(), served.base)
            still_open = not first.closed
            await first.close()
            again = await connect_when_free(http, served.ws_url(), served.base)
            try:
                await read_until(again, shows_title)
            finally:
                await again.close()
            return refused, still_open

    assert run(session()) == (503, True)
