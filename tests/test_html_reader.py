"""Saved web pages: main text only, structure as blocks, metadata from the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsread.article import ArticleError
from newsread.article.html import decode_html, looks_like_html, read_html

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def _read(name: str):
    return read_html((FIXTURES / name).read_bytes(), source=name)


def _check_offsets(article) -> None:
    """Blocks are in order, joined by exactly one blank line, with no stray whitespace."""
    prev_end = None
    for b in article.blocks:
        chunk = article.text[b.start : b.end]
        assert chunk and chunk == chunk.strip()
        if prev_end is not None:
            assert article.text[prev_end : b.start] == "\n\n"
        prev_end = b.end
    assert article.blocks[0].start == 0 and prev_end == len(article.text)
    for i in article.inlines:
        assert 0 <= i.start < i.end <= len(article.text)


def test_jsonld_page_keeps_article_drops_boilerplate():
    a = _read("harbour_jsonld.html")
    _check_offsets(a)
    assert a.title == "Harbour council approves new ferry route"
    assert a.byline == "Marta Vellanki"
    assert a.site == "The Lakeside Courier"
    assert a.published == "2025-03-12"  # JSON-LD datePublished
    assert "voted on Monday to open a ferry route" in a.text
    assert '"We will keep talking to the council," said Ana Loddo' in a.text
    for junk in ("Glimmer Soap", "Sponsored", "Most read", "Lakeside Motors", "boatfan77",
                 "grandmother", "far too narrow", "Privacy policy", "Subscribe today", "Copyright"):
        assert junk not in a.text, junk


def test_jsonld_page_structure():
    a = _read("harbour_jsonld.html")
    kinds = [(b.kind, a.block_text(b)) for b in a.blocks]
    # The page headline becomes the title block once, not twice.
    assert kinds[0] == ("title", "Harbour council approves new ferry route")
    assert [k for k, _ in kinds].count("title") == 1
    assert ("heading", "Opposition from fishing crews") in kinds
    quote = [t for k, t in kinds if k == "blockquote"]
    assert quote == ["We were never asked what the channel can carry. The council heard the ferry company and nobody else."]
    items = [b for b in a.blocks if b.kind == "list_item"]
    assert [a.block_text(b) for b in items][1] == "no crossings before six in the morning;"
    assert {b.level for b in items} == {1}
    assert [b.level for b in a.blocks if b.kind == "heading"] == [2, 2]
    found = {(i.kind, a.text[i.start : i.end], i.href) for i in a.inlines}
    assert ("emphasis", "everyone", None) in found
    assert ("link", "Elden Sea Links", "https://eldensealinks.example/") in found


def test_published_time_meta_and_author_meta():
    a = _read("orchard_meta.html")
    _check_offsets(a)
    assert a.published == "2024-04-18"  # <meta property="article:published_time">
    assert a.byline == "Peter Okonjo"
    assert a.site == "Valley Post"
    assert a.title == "Orchard growers warn of late frost"
    assert a.blocks[0].kind == "title"
    assert "said on Wednesday that a late frost" in a.text
    for junk in ("cookies", "Accept all", "Share on Social", "Cherry harvest", "Market Square"):
        assert junk not in a.text, junk


def test_visible_byline_charset_and_no_date():
    a = _read("byline_only.html")  # windows-1252 bytes with curly quotes
    _check_offsets(a)
    assert a.byline == "Rosa Delacroix"
    assert "\u201cWe had to throw away whole shelves of local history,\u201d said" in a.text
    assert "café" in a.text and not a.warnings
    # No date in the page's markup: a copyright year is not a publication date.
    assert a.published is None
    assert "newsletter" not in a.text and "By Rosa" not in a.text
    assert ("heading", 3) in {(b.kind, b.level) for b in a.blocks}


def test_wordpress_shape_microdata_inline_ad_and_comment_list():
    a = _read("blog_wordpress.html")
    _check_offsets(a)
    assert a.title == "Tram depot plan splits Eastfield residents"
    assert a.byline == "Jonas Kowal"
    assert a.site == "Eastfield Chronicle"
    assert a.published == "2023-11-07"  # <time itemprop="datePublished">
    assert "\u2018We found out from a leaflet,\u2019 said Colin Brandt" in a.text
    assert "promised a second meeting before Christmas" in a.text
    for junk in ("ADVERTISEMENT", "Win a weekend", "Share this", "Twitter", "thoughts on", "Kiln Lane resident",
                 "stop complaining", "Leave a Reply", "Recent Posts", "Allotment", "Proudly powered", "Tagged"):
        assert junk not in a.text, junk


def test_page_without_article_is_a_clear_error():
    with pytest.raises(ArticleError, match=r"^no_article.html: no article text found in this page$"):
        _read("no_article.html")


@pytest.mark.parametrize("page", ["", "   ", "<html></html>", "<!doctype html><html><body><nav><a href='/'>Home</a></nav></body></html>"])
def test_empty_pages_are_errors(page):
    with pytest.raises(ArticleError, match="no article text found"):
        read_html(page, source="x.html")


def test_control_characters_are_removed_with_a_warning():
    body = "".join(
        f"<p>Paragraph {i} of a page\x1b[31m that tries to colour the terminal\x07 and more words &#27;here\u202e.</p>" for i in range(3)
    )
    a = read_html(f"<!DOCTYPE html><html><head><title>T</title></head><body><article>{body}</article></body></html>", "c.html")
    assert "\x1b" not in a.text and "\x07" not in a.text and "\u202e" not in a.text
    assert "[31m" in a.text  # the visible rest of the sequence stays as plain text
    assert any("control characters" in w for w in a.warnings)


def test_crlf_page_has_no_warning():
    data = (FIXTURES / "orchard_meta.html").read_bytes().replace(b"\n", b"\r\n")
    a = read_html(data, "crlf.html")
    assert not a.warnings and "\r" not in a.text
    assert a.text == _read("orchard_meta.html").text


def test_nested_lists_code_and_line_breaks():
    page = """<!DOCTYPE html><html><head><title>How the vote works</title></head><body><article>
    <h1>How the vote works</h1>
    <p>The county explained its counting rules in a short notice to every household on Thursday.</p>
    <ul><li>Postal ballots arrive first and are counted on the day
        <ul><li>late ballots are set aside for the returning officer</li></ul></li>
        <li>Polling stations report by midnight and the results are read aloud</li></ul>
    <pre><code>total = postal + stations
  print(total)</code></pre>
    <p>Councillor Wren wrote:<br>first line of the letter to the county<br>second line of the letter</p>
    <p>The notice ends with a phone number for questions about the procedure and the dates.</p>
    </article></body></html>"""
    a = read_html(page, "v.html")
    _check_offsets(a)
    items = [(b.level, a.block_text(b)) for b in a.blocks if b.kind == "list_item"]
    assert (2, "late ballots are set aside for the returning officer") in items
    assert items[0][0] == 1 and items[0][1].startswith("Postal ballots arrive first")
    texts = [a.block_text(b) for b in a.blocks]
    assert "Councillor Wren wrote:\nfirst line of the letter to the county\nsecond line of the letter" in texts


def test_top_heading_is_the_title_when_metadata_has_none():
    page = "<html><body><article><h1>Ferry starts in June</h1>" + "<p>The council said the ferry would start in June after a long dispute with the crews.</p>" * 2 + "</article></body></html>"
    a = read_html(page, "t.html")
    assert a.title == "Ferry starts in June"
    assert (a.blocks[0].kind, a.block_text(a.blocks[0])) == ("title", "Ferry starts in June")


def test_double_line_breaks_split_paragraphs():
    page = (
        "<html><head><title>Bridge opens</title></head><body><div id=main>"
        "The mayor <em>opened</em> the new bridge on Friday after two years of works.<br><br>"
        "\"It is a good day for the town,\" she said to the <a href='/crowd'>small crowd</a> at the river.<br> <br>"
        "Traffic will use it from Monday.</div></body></html>"
    )
    a = read_html(page, "b.html")
    _check_offsets(a)
    assert [a.block_text(b) for b in a.blocks] == [
        "Bridge opens",
        "The mayor opened the new bridge on Friday after two years of works.",
        "\"It is a good day for the town,\" she said to the small crowd at the river.",
        "Traffic will use it from Monday.",
    ]
    assert {(i.kind, a.text[i.start : i.end]) for i in a.inlines} == {("emphasis", "opened"), ("link", "small crowd")}


@pytest.mark.parametrize("wrap", ["{}", "<article>{}</article>", "<div class='story'>{}</div>"])
def test_fragments_without_html_or_body(wrap):
    p = "<p>The mayor opened the new bridge on Friday after two years of works, the city said.</p>"
    a = read_html(wrap.format(p), "f.html")
    assert a.text == "The mayor opened the new bridge on Friday after two years of works, the city said."
    assert [b.kind for b in a.blocks] == ["paragraph"]


def test_decode_html_prefers_declared_then_meta():
    data = "<html><head><meta charset='iso-8859-1'></head><body>caf\u00e9 \u2019</body></html>".encode("cp1252")
    text, warns = decode_html(data)
    assert "caf\u00e9 \u2019" in text and not warns
    text, _ = decode_html("caf\u00e9".encode("utf-8"), declared="utf-8")
    assert text == "caf\u00e9"
    text, warns = decode_html(b"\xef\xbb\xbfhi \xff")
    assert text.startswith("hi") and warns


def test_looks_like_html():
    assert looks_like_html(b"\xef\xbb\xbf  <!DOCTYPE html><html>")
    assert looks_like_html("<html lang=en>")
    assert not looks_like_html("x" * 2000 + "<html>")  # only the first KB counts
    assert not looks_like_html("# A Markdown title\n\nSome text.")


_TAGS = ["p", "div", "h2", "blockquote", "ul", "li", "ol", "em", "strong", "a", "br", "pre", "code", "table", "tr", "td", "nav", "aside", "script"]


def test_any_markup_gives_valid_offsets_or_a_clear_error():
    """Property: arbitrary tag soup never crashes the reader and never yields bad offsets."""
    from hypothesis import given, settings, strategies as st

    from newsread.article import Article

    piece = st.one_of(
        st.sampled_from(_TAGS).map(lambda t: f"<{t}>"),
        st.sampled_from(_TAGS).map(lambda t: f"</{t}>"),
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
        st.just("The ferry crossed the channel on Monday and the council said it was \u201cfine\u201d. "),
        st.sampled_from(["&amp;", "&#27;", "&#x202e;", "&nbsp;", "\r\n", "\x1b[2J", "&#0;"]),
    )

    @settings(max_examples=150, deadline=None)
    @given(st.lists(piece, max_size=60))
    def check(parts):
        page = "<!DOCTYPE html><html><head><title>t</title></head><body><article>" + "".join(parts) + "</article></body></html>"
        try:
            a = read_html(page, "p.html")
        except ArticleError as exc:
            assert "\n" not in str(exc)
            return
        assert isinstance(a, Article) and a.blocks
        prev = 0
        for b in a.blocks:
            assert prev <= b.start < b.end <= len(a.text)
            assert a.text[b.start : b.end].strip()
            assert b.kind == "code" or "\n\n" not in a.text[b.start : b.end]
            prev = b.end
        for i in a.inlines:
            assert 0 <= i.start < i.end <= len(a.text)
        assert not any(c in a.text for c in "\x1b\x00\u202e\r")

    check()
