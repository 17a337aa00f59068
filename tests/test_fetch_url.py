"""Fetching web addresses against a local HTTP server on 127.0.0.1 (never the outside network)."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsread import __version__
from newsread.article import ArticleError
from newsread.article.fetch import USER_AGENT, _describe, fetch_url, is_url

FIXTURES = Path(__file__).parent / "fixtures" / "html"
HARBOUR = (FIXTURES / "harbour_jsonld.html").read_bytes()
BYLINE_1252 = (FIXTURES / "byline_only.html").read_bytes()
SEEN_AGENTS: list[str] = []

PLAIN = "Ferry timetable notice\n\nThe first crossing leaves Port Elden at seven on Monday, the council said.\n"
MARKDOWN = "# Ferry notice\n\nThe *first* crossing leaves Port Elden at seven on Monday.\n"


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def _send(self, code: int, body: bytes, ctype: str | None = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: C901 - a routing table
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/article":
            self._send(200, HARBOUR)
        elif path == "/latin":
            self._send(200, BYLINE_1252, "text/html; charset=windows-1252")
        elif path == "/sniffed":  # no Content-Type at all
            self._send(200, HARBOUR, None)
        elif path == "/plain.txt":
            self._send(200, PLAIN.encode(), "text/plain; charset=utf-8")
        elif path == "/notes.md":
            self._send(200, MARKDOWN.encode(), "text/plain")
        elif path == "/image.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")
        elif path == "/gzip":
            self._send(200, gzip.compress(HARBOUR), Content_Encoding="gzip")
        elif path == "/login":
            self._send(200, (FIXTURES / "no_article.html").read_bytes())
        elif path == "/missing":
            self._send(404, b"<html><body>not here</body></html>")
        elif path == "/broken":
            self._send(500, b"oops", "text/plain")
        elif path == "/redirect":
            self._send(302, b"", Location="/article")
        elif path == "/loop-a":
            self._send(301, b"", Location="/loop-b")
        elif path == "/loop-b":
            self._send(301, b"", Location="/loop-a")
        elif path.startswith("/chain/"):  # every hop a new address: no loop, just too many
            self._send(302, b"", Location=f"/chain/{int(path.rsplit('/', 1)[1]) + 1}")
        elif path == "/caf%C3%A9%20story?q=%C3%BC":  # what a typed non-ASCII address must become
            self._send(200, HARBOUR)
        elif path == "/to-file":
            self._send(302, b"", Location="file:///etc/passwd")
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, HARBOUR)
        elif path == "/trickle":
            # Headers at once, then a byte every 0.1 s: each read is quick, the whole is not.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for b in HARBOUR[:40]:
                    self.wfile.write(bytes([b]))
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
        elif path == "/huge":  # no Content-Length: the cap must stop the reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(64):
                    self.wfile.write(b"<p>" + b"x" * 65536 + b"</p>")
            except OSError:
                pass
        elif path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
        else:
            self._send(404, b"")


@pytest.fixture(scope="module")
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    srv.daemon_threads = True
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    """A proxy from the environment must not intercept the loopback server."""
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)


def test_normal_page(server):
    a = fetch_url(server + "/article")
    assert a.source == server + "/article"
    assert a.title == "Harbour council approves new ferry route"
    assert a.published == "2025-03-12" and a.byline == "Marta Vellanki"
    assert "voted on Monday" in a.text and "boatfan77" not in a.text
    assert SEEN_AGENTS[-1] == USER_AGENT == f"newsread/{__version__} (+terminal news reader)"


def test_declared_charset_is_used(server):
    a = fetch_url(server + "/latin")
    assert "\u201cWe had to throw away" in a.text and "café" in a.text
    assert not a.warnings


def test_html_sniffed_without_content_type_and_gzip_despite_identity(server):
    assert fetch_url(server + "/sniffed").title == "Harbour council approves new ferry route"
    assert "voted on Monday" in fetch_url(server + "/gzip").text


def test_plain_text_and_markdown(server):
    a = fetch_url(server + "/plain.txt")
    assert a.text.startswith("Ferry timetable notice") and "on Monday" in a.text
    m = fetch_url(server + "/notes.md")
    assert "*" not in m.text and "#" not in m.text  # read as Markdown, markup removed
    assert "The first crossing" in m.text
    assert any(i.kind == "emphasis" and m.text[i.start : i.end] == "first" for i in m.inlines)


def test_not_an_article_type(server):
    with pytest.raises(ArticleError, match=r"image.png: not an article \(the server sent image/png\)$"):
        fetch_url(server + "/image.png")


def test_page_without_article(server):
    with pytest.raises(ArticleError, match="/login: no article text found in this page$"):
        fetch_url(server + "/login")


def test_404_and_500(server):
    with pytest.raises(ArticleError, match=r"/missing: HTTP 404 Not Found$"):
        fetch_url(server + "/missing")
    with pytest.raises(ArticleError, match=r"/broken: HTTP 500 Internal Server Error$"):
        fetch_url(server + "/broken")


def test_redirect_is_followed(server):
    a = fetch_url(server + "/redirect")
    assert a.title == "Harbour council approves new ferry route"
    assert a.source == server + "/redirect"


def test_redirect_loop(server):
    with pytest.raises(ArticleError, match=r"/loop-a: redirect loop \(back to .*/loop-a\)$"):
        fetch_url(server + "/loop-a")


def test_too_many_redirects(server):
    with pytest.raises(ArticleError, match=r"/chain/0: more than 10 redirects$"):
        fetch_url(server + "/chain/0")


def test_non_ascii_address_is_quoted(server):
    assert fetch_url(server + "/café story?q=ü").title == "Harbour council approves new ferry route"


def test_redirect_to_file_scheme_is_refused(server):
    with pytest.raises(ArticleError, match=r"redirected to file:///etc/passwd, but only http:// and https://"):
        fetch_url(server + "/to-file")


def test_slow_response_times_out(server):
    t0 = time.monotonic()
    with pytest.raises(ArticleError, match=r"/slow: no complete answer within 0.5 s$"):
        fetch_url(server + "/slow", timeout=0.5)
    assert time.monotonic() - t0 < 1.4


def test_trickling_body_hits_the_total_deadline(server):
    t0 = time.monotonic()
    with pytest.raises(ArticleError, match=r"no complete answer within 0.8 s$"):
        fetch_url(server + "/trickle", timeout=0.8)
    assert time.monotonic() - t0 < 2.0  # the page alone would take 4 s


def test_huge_body_is_capped(server):
    with pytest.raises(ArticleError, match=r"/huge: the page is larger than 1 MB; not read$"):
        fetch_url(server + "/huge", max_bytes=1024 * 1024)
    with pytest.raises(ArticleError, match=r"larger than 10 MB"):
        fetch_url(server + "/huge-declared")


def test_connection_refused():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    with pytest.raises(ArticleError, match=r"connection refused$"):
        fetch_url(f"http://127.0.0.1:{port}/x", timeout=2)


@pytest.mark.parametrize(
    "url, shown",
    [("file:///etc/passwd", "file:"), ("ftp://example.org/a.txt", "ftp:"), ("javascript:alert(1)", "javascript:")],
)
def test_non_http_schemes_are_refused(url, shown):
    with pytest.raises(ArticleError, match=rf"only http:// and https:// addresses can be opened \(not {shown}\)$"):
        fetch_url(url)


def test_dns_failure_message():
    # No DNS query in tests (outside network): check the wording of the mapped error.
    import urllib.error

    assert _describe(urllib.error.URLError(socket.gaierror(-2, "Name or service not known")), 15) == (
        "cannot find this server (DNS lookup failed)"
    )


def test_is_url():
    assert is_url("https://example.org/a") and is_url("HTTP://x")
    assert not is_url("file:///x") and not is_url("notes/http.txt") and not is_url("-")
