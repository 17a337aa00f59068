"""Fetching web addresses against a local HTTP server on 127.0.0.1 (never the outside network)."""

from __future__ import annotations

import gzip
import socket
import ssl
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import require_tool
from newsread import __version__
from newsread.article import ArticleError
from newsread.article.fetch import USER_AGENT, _describe, fetch_url, is_url

FIXTURES = Path(__file__).parent / "fixtures" / "html"
HARBOUR = (FIXTURES / "harbour_jsonld.html").read_bytes()
BYLINE_1252 = (FIXTURES / "byline_only.html").read_bytes()
SEEN_AGENTS: list[str] = []
SLOW_HEADER_BYTES = 24  # trickled one per 0.5 s: 12 s before the headers are complete
SLOW_HEADERS_SENT: list[int] = []  # per /slow-headers request: header bytes written before the client left
SLOW_HEADERS_DONE = threading.Event()

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
        elif path == "/slow-headers":
            # The status line and headers a byte every 0.5 s (12 s in all), then the page at once:
            # every read is quick, so only one deadline over the whole exchange stops it.
            head = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n"
            sent = 0
            try:
                for b in head[:SLOW_HEADER_BYTES]:
                    self.wfile.write(bytes([b]))
                    self.wfile.flush()
                    sent += 1
                    time.sleep(0.5)
                self.wfile.write(head[SLOW_HEADER_BYTES:] + HARBOUR)
            except OSError:  # the client hung up
                pass
            finally:
                SLOW_HEADERS_SENT.append(sent)
                SLOW_HEADERS_DONE.set()
            self.close_connection = True
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


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    """The same pages over HTTPS, with a self-signed certificate for 127.0.0.1 (made by openssl)."""
    openssl = require_tool("openssl")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=60)
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    srv.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(cert), str(key))
    srv.socket = context.wrap_socket(srv.socket, server_side=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{srv.server_address[1]}", cert
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
    # The page does come, after 1.5 s: without the deadline this fetch would succeed.
    with pytest.raises(ArticleError, match=r"/slow: no complete answer within 0.5 s$"):
        fetch_url(server + "/slow", timeout=0.5)


def test_trickling_body_hits_the_total_deadline(server):
    # The whole body comes in 4 s; without one deadline over it the fetch would end on another
    # error (40 bytes hold no article), not on this one.
    with pytest.raises(ArticleError, match=r"/trickle: no complete answer within 0.8 s$"):
        fetch_url(server + "/trickle", timeout=0.8)


def test_trickling_headers_hit_the_total_deadline(server):
    """The deadline covers the headers too: this page is complete after 12 s, the limit is 2 s.

    The server tells whether the fetch hung up while the headers were still trickling (no clock
    in the assertion): a deadline checked only on the body waits for all of them first.
    """
    SLOW_HEADERS_DONE.clear()
    with pytest.raises(ArticleError, match=r"/slow-headers: no complete answer within 2 s$"):
        fetch_url(server + "/slow-headers", timeout=2)
    assert SLOW_HEADERS_DONE.wait(30), "the server never noticed the fetch ending"
    assert SLOW_HEADERS_SENT[-1] < SLOW_HEADER_BYTES


def test_https_with_a_trusted_certificate_and_trickling_headers(tls_server, monkeypatch):
    """TLS goes through the same checked connection; the deadline holds inside TLS records too."""
    url, cert = tls_server
    with pytest.raises(ArticleError, match=r"/article: secure connection failed \(CERTIFICATE_VERIFY_FAILED\)$"):
        fetch_url(url + "/article")
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # now the test's certificate is trusted
    assert fetch_url(url + "/article").title == "Harbour council approves new ferry route"
    SLOW_HEADERS_DONE.clear()
    with pytest.raises(ArticleError, match=r"/slow-headers: no complete answer within 2 s$"):
        fetch_url(url + "/slow-headers", timeout=2)
    assert SLOW_HEADERS_DONE.wait(30), "the server never noticed the fetch ending"
    assert SLOW_HEADERS_SENT[-1] < SLOW_HEADER_BYTES


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
