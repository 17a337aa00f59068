"""Property tests: the readers never crash on arbitrary input and every offset stays valid."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsread.article import Article, article_from_text
from newsread.article.sanitize import clean_text, decode_bytes

# What must never survive into Article.text.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\r]")

# Text rich in the characters that matter: Markdown syntax, whitespace and
# line ends of every kind, controls, bidi marks, quotes, combining marks.
SPECIAL = list(
    "*_`[]()#>-+=!<>&;:.\\|~\"'“”‘’«» \t\n\n\n\r\x0b\x0c\x1b\x07\x00\x7f\x85\x9b"
    "\u00a0\u2028\u2029\u202a\u202e\u2066\u2069\u200b\u0301😀"
)
rich_text = st.lists(
    st.one_of(
        st.sampled_from(SPECIAL),
        st.sampled_from(["---\n", "# ", "## ", "> ", "- ", "1. ", "```\n", "    ", "[a](http://x.test)", "&#27;", "&#x202E;", "&amp;", "<b>", "<!--", "title: T\n", "date: 2024-01-02\n"]),
        st.text(min_size=1, max_size=8),
    ),
    max_size=60,
).map("".join)


def assert_valid(article: Article) -> None:
    text = article.text
    assert not UNSAFE.search(text), repr(text)
    prev_end = 0
    for b in article.blocks:
        # Sorted, non-overlapping, non-empty, inside the text.
        assert prev_end <= b.start < b.end <= len(text), (b, text)
        body = text[b.start : b.end]
        assert body.strip(), b
        if b.kind != "code":
            assert body == body.strip(), (b, body)
            # A text/markdown block never spans a blank line (code may contain one).
            assert not re.search(r"\n[^\S\n]*\n", body), (b, body)
        prev_end = b.end
    for i in article.inlines:
        assert i.start < i.end, i
        assert any(b.start <= i.start and i.end <= b.end for b in article.blocks), (i, text)
    if article.title is not None:
        assert article.title.strip() and not UNSAFE.search(article.title)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rich_text)
def test_plain_text_reader(source):
    article = article_from_text(source, fmt="text")
    assert_valid(article)
    # Plain text keeps every character but the removed controls (line ends normalised).
    assert article.text == clean_text(source)[0]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rich_text)
def test_markdown_reader(source):
    assert_valid(article_from_text(source, fmt="markdown"))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_markdown_reader_any_unicode(source):
    assert_valid(article_from_text(source, fmt="markdown"))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_decode_then_read_any_bytes(data):
    text, warnings = decode_bytes(data)
    for fmt in ("text", "markdown"):
        assert_valid(article_from_text(text, fmt=fmt))
    if any("not valid UTF-8" in w for w in warnings):
        assert "\ufffd" in text
