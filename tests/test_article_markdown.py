"""Markdown reader: markup removed, structure kept as blocks and inline ranges, front matter."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsread.article import article_from_text, load_article
from newsread.article.frontmatter import parse_date, split_front_matter

from test_article_text import check_offsets, write

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "sample.md"


def md(source: str):
    article = article_from_text(source, source="test.md", fmt="markdown")
    check_offsets(article)
    return article


def blocks(article):
    return [(b.kind, b.level, article.block_text(b)) for b in article.blocks]


def inlines(article):
    return [(i.kind, article.text[i.start : i.end], i.href) for i in article.inlines]


def test_structure_and_markup_removed():
    article = md(
        "# Bridge *reopens*\n"
        "\n"
        "The **new** span, said [the council](https://example.org/c), cost `£3m`.\n"
        "Work took\n"
        "two years.\n"
        "\n"
        "## Reaction\n"
        "\n"
        "> Good news.\n"
        ">\n"
        "> Finally.\n"
        "\n"
        "- first\n"
        "  - nested *item*\n"
        "- second\n"
        "\n"
        "1. numbered\n"
        "\n"
        "```\n"
        "  code line\n"
        "\n"
        "more\n"
        "```\n"
    )
    assert blocks(article) == [
        ("title", 1, "Bridge reopens"),
        ("paragraph", 0, "The new span, said the council, cost £3m. Work took two years."),
        ("heading", 2, "Reaction"),
        ("blockquote", 0, "Good news."),
        ("blockquote", 0, "Finally."),
        ("list_item", 1, "first"),
        ("list_item", 2, "nested item"),
        ("list_item", 1, "second"),
        ("list_item", 1, "numbered"),
        ("code", 0, "  code line\n\nmore"),
    ]
    assert inlines(article) == [
        ("emphasis", "reopens", None),
        ("strong", "new", None),
        ("link", "the council", "https://example.org/c"),
        ("code", "£3m", None),
        ("emphasis", "item", None),
    ]
    assert article.title == "Bridge reopens"
    # Blocks are joined by exactly one blank line.
    for a, b in zip(article.blocks, article.blocks[1:]):
        assert article.text[a.end : b.start] == "\n\n"
    for mark in ("*", "#", "[", "](", "`", ">"):
        assert mark not in article.text.replace("£3m", "")


def test_nested_inlines_and_hard_break():
    article = md("A ***very*** [*bold* claim](http://x.test/a)  \nnext line\\\nlast")
    assert article.blocks[0].kind == "paragraph"
    assert article.block_text(article.blocks[0]) == "A very bold claim\nnext line\nlast"
    assert sorted(inlines(article)) == sorted(
        [
            ("emphasis", "very", None),
            ("strong", "very", None),
            ("link", "bold claim", "http://x.test/a"),
            ("emphasis", "bold", None),
        ]
    )


def test_h1_later_in_document_is_title_but_heading_block():
    article = md("Intro paragraph.\n\n# Main headline\n\nBody.")
    assert article.title == "Main headline"
    assert [b.kind for b in article.blocks] == ["paragraph", "heading", "paragraph"]


def test_html_and_images_reduced_to_text():
    article = md(
        "<div class=\"x\">\n<p>Kept &amp; text</p>\n<script>alert(1)</script>\n</div>\n"
        "\n"
        "See ![a chart](c.png) and <b>bold</b> here.\n"
        "\n"
        "<!-- hidden\nnote -->\n"
    )
    assert blocks(article) == [("paragraph", 0, "Kept & text"), ("paragraph", 0, "See  and bold here.")]


def test_entities_decoded_but_controls_removed():
    article = md("Esc &#27; and &#x202E;override &amp; more")
    assert "\x1b" not in article.text and "\u202e" not in article.text
    assert "&" in article.text
    assert any("character references" in w for w in article.warnings)


def test_front_matter_read_and_not_in_text():
    article = md(
        "---\n"
        "title: \"Night buses saved\"\n"
        "date: 2025-11-03T08:00:00Z\n"
        "author: A. Writer   # staff\n"
        "tags:\n"
        "  - transport\n"
        "---\n"
        "# Headline in body\n"
        "\n"
        "Text.\n"
    )
    assert article.title == "Night buses saved"
    assert article.published == "2025-11-03"
    assert article.byline == "A. Writer"
    assert "title:" not in article.text and "---" not in article.text
    assert blocks(article)[0] == ("title", 1, "Headline in body")


def test_front_matter_bad_date_warns():
    article = md("---\ndate: sometime soon\n---\nText.\n")
    assert article.published is None
    assert any("sometime soon" in w for w in article.warnings)


@pytest.mark.parametrize(
    "value, iso",
    [
        ("2024-02-29", "2024-02-29"),
        ("2024-2-3", "2024-02-03"),
        ("2024-03-01 10:00", "2024-03-01"),
        ("2024/03/01", "2024-03-01"),
        ("14 March 2026", "2026-03-14"),
        ("March 14, 2026", "2026-03-14"),
        ("2023-02-29", None),
        ("yesterday", None),
    ],
)
def test_parse_date(value, iso):
    assert parse_date(value) == iso


def test_front_matter_must_open_at_top_and_close():
    assert split_front_matter("\n---\ntitle: x\n---\n") is None
    assert split_front_matter("---\ntitle: x\nno end\n") is None
    # A thematic break over prose is not metadata.
    assert split_front_matter("---\nJust prose here\n---\n") is None
    fm = split_front_matter("---\ntitle: x\n...\nbody")
    assert fm is not None and fm.fields == {"title": "x"}


def test_unclosed_front_matter_is_markdown():
    article = md("---\ntitle: x\n\nBody text.")
    assert article.title is None
    assert "Body text." in article.text


def test_sample_seed_structure():
    article = load_article(str(SAMPLE))
    check_offsets(article)
    assert article.warnings == []
    assert article.title == "Harbour ferry returns to Lowmere after two-year repair"
    assert article.published == "2026-03-14"
    kinds = [b.kind for b in article.blocks]
    assert kinds[0] == "title"
    assert {"heading", "paragraph", "blockquote", "list_item"} <= set(kinds)
    assert [article.block_text(b) for b in article.blocks if b.kind == "heading"] == [
        "A slow rebuild",
        "What changes for passengers",
    ]
    assert sum(k == "list_item" for k in kinds) == 3
    kinds_inline = {i.kind for i in article.inlines}
    assert {"emphasis", "strong", "link", "code"} <= kinds_inline
    assert all(i.href and i.href.startswith("https://example.org/") for i in article.inlines if i.kind == "link")
    text = article.text
    # The quote material the quote engine and the UI rely on.
    assert "“This boat is how half of this town gets to work,” Okafor said." in text
    assert "said Priya Venkataraman" in text
    assert "“People got used to the bus,” he said." in text
    # A quote opened in one paragraph continues in the next, which opens with a mark.
    paras = [article.block_text(b) for b in article.blocks if b.kind == "paragraph"]
    i = next(n for n, p in enumerate(paras) if p.endswith("worked until dark."))
    assert paras[i].count('"') % 2 == 1 and paras[i + 1].startswith('"')
    for mark in ("**", "](", "---", "> "):
        assert mark not in text
    words = len(SAMPLE.read_text(encoding="utf-8").split())
    assert 300 <= words <= 500


def test_md_suffix_case_insensitive(tmp_path):
    article = load_article(write(tmp_path, "NOTE.MD", "# Big news\n\nIt *happened*."))
    assert article.title == "Big news"
    assert article.text == "Big news\n\nIt happened."
