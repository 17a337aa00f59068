"""Charset names a page declares are untrusted: only real text encodings are used (issue #12, item 8).

Python's codec registry also answers to rot13, hex, base64, zlib, idna, punycode...
A page (``<meta charset>``) or a server (``Content-Type``) naming one of them made
the reader raise LookupError/UnicodeError with a traceback, and one such file
stopped a whole ``extract --json-lines`` folder run. The real CLI, the real HTML
reader and a real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import codecs
import encodings
import json
import pkgutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsread.article import load_article
from newsread.article.charsets import text_codec
from newsread.article.fetch import fetch_url
from newsread.article.html import decode_html
from newsread.cli import main

# Codecs that are not character sets: transforms (bytes->bytes, str->str), host-name
# codecs, Python-literal codecs, one that always fails, and UTF-7 (browsers refuse it).
NOT_CHARSETS = [
    "rot13", "rot_13", "hex", "base64", "zlib", "bz2", "uu", "quopri", "idna", "punycode",
    "undefined", "unicode_escape", "raw_unicode_escape", "utf-7", "charmap",
]
REAL_CHARSETS = {"utf-8": "utf-8", "UTF8": "utf-8", "windows-1252": "cp1252", "latin-1": "cp1252",
                 "iso-8859-2": "iso8859-2", "koi8-r": "koi8-r", "shift_jis": "shift_jis", "gb18030": "gb18030",
                 "euc-kr": "euc_kr", "big5": "big5", "utf-16le": "utf-16-le", "mac-roman": "mac-roman"}

STORY = "The minister said on Monday that the new ferry route would open to passengers in June."


def page(charset: str, body: str = STORY) -> bytes:
    return (
        f'<html><head><meta charset="{charset}"><title>Ferry route</title></head>'
        f"<body><article><p>{body}</p></article></body></html>"
    ).encode("utf-8")


@pytest.mark.parametrize("label", NOT_CHARSETS)
def test_text_codec_refuses_codecs_that_are_not_charsets(label):
    assert text_codec(label) is None


@pytest.mark.parametrize("label, codec", REAL_CHARSETS.items())
def test_text_codec_keeps_real_charsets(label, codec):
    assert text_codec(label) == codec


@pytest.mark.parametrize("label", NOT_CHARSETS)
def test_meta_charset_that_is_no_text_encoding_is_ignored(tmp_path, label):
    path = tmp_path / "story.html"
    path.write_bytes(page(label))
    article = load_article(str(path))
    assert STORY in article.text


def test_meta_charset_utf16_means_utf8_as_in_browsers(tmp_path):
    # A <meta> that could be read as ASCII cannot be UTF-16: the HTML spec reads UTF-8.
    path = tmp_path / "story.html"
    path.write_bytes(page("utf-16", "Caf\u00e9 owners said the ferry route would bring more visitors in June."))
    assert "Caf\u00e9 owners" in load_article(str(path)).text


# Every codec name Python knows, as a page or a server may declare it.
ALL_CODEC_NAMES = sorted({m.name for m in pkgutil.iter_modules(encodings.__path__)} - {"aliases"})


@settings(max_examples=60, deadline=None)
@given(label=st.sampled_from(ALL_CODEC_NAMES), data=st.binary(max_size=64), from_server=st.booleans())
def test_decode_never_raises_whatever_the_declared_name(label, data, from_server):
    body = data if from_server else b'<meta charset="' + label.encode() + b'">' + data
    text, warnings = decode_html(body, label if from_server else None)
    assert isinstance(text, str) and all(isinstance(w, str) for w in warnings)


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        charset = self.path.strip("/").split("/")[1]
        if self.path.startswith("/html/"):
            body, ctype = page("utf-8"), f"text/html; charset={charset}"
        else:
            body, ctype = (STORY + "\n").encode(), f"text/plain; charset={charset}"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)


@pytest.mark.parametrize("kind", ["html", "text"])
@pytest.mark.parametrize("label", ["rot13", "hex", "base64", "zlib", "idna", "punycode"])
def test_content_type_charset_that_is_no_text_encoding_is_ignored(server, kind, label):
    article = fetch_url(f"{server}/{kind}/{label}")
    assert STORY in article.text


def test_folder_batch_reads_every_file_despite_a_hostile_charset(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text("Harbour notice\n\n" + STORY + "\n", encoding="utf-8")
    for i, label in enumerate(["rot13", "hex", "base64", "zlib", "idna", "punycode"]):
        (folder / f"b{i}_{label}.html").write_bytes(page(label))
    (folder / "c.txt").write_text("Council notice\n\nThe council said the pier would reopen next year.\n")
    code = main(["extract", str(folder), "--json-lines", "--no-cache"])
    out, err = capsys.readouterr()
    sources = [json.loads(line)["source"] for line in out.splitlines()]
    assert sources == sorted(str(p) for p in folder.iterdir())
    assert code == 0, err
    assert "Traceback" not in err
