"""Plain-text reader: paragraphs, title line, offsets, the seed article byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsread.article import Article, article_from_text, load_article
from newsread.article.text import is_title_line

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "idlib.txt"


def check_offsets(article: Article) -> None:
    """Every block and inline indexes text; blocks sorted, disjoint, stripped; inlines inside a block."""
    text = article.text
    prev_end = 0
    for b in article.blocks:
        assert 0 <= prev_end <= b.start < b.end <= len(text), b
        body = text[b.start : b.end]
        if b.kind != "code":
            assert body == body.strip(), b
        prev_end = b.end
    for i in article.inlines:
        assert i.start < i.end, i
        assert any(b.start <= i.start and i.end <= b.end for b in article.blocks), i


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    p = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    p.write_bytes(content)
    return str(p)


def test_seed_reads_byte_identical():
    article = load_article(str(SEED))
    assert article.text == SEED.read_bytes().decode("utf-8")
    assert article.warnings == []
    check_offsets(article)
    # One block per blank-line paragraph of the file.
    expected = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    assert [article.block_text(b) for b in article.blocks] == expected


def test_seed_dateline_is_not_a_title():
    # "CNN  —" ends in a dash: a dateline, not a headline.
    article = load_article(str(SEED))
    assert article.title is None
    assert article.blocks[0].kind == "paragraph"
    assert article.block_text(article.blocks[0]) == "CNN \u00a0—"


def test_paragraphs_and_title(tmp_path):
    content = (
        "Council votes to keep the night buses\n"
        "\n"
        "  The vote was close.\nIt ended 7 to 6.  \n"
        "   \t \n"
        "\n"
        "Nobody expected it.\n"
    )
    article = load_article(write(tmp_path, "a.txt", content))
    assert article.text == content
    assert article.title == "Council votes to keep the night buses"
    kinds = [b.kind for b in article.blocks]
    assert kinds == ["title", "paragraph", "paragraph"]
    texts = [article.block_text(b) for b in article.blocks]
    assert texts == [
        "Council votes to keep the night buses",
        "The vote was close.\nIt ended 7 to 6.",
        "Nobody expected it.",
    ]
    check_offsets(article)


def test_blank_line_of_other_whitespace_splits(tmp_path):
    content = "First part.\n\u00a0\u3000\nSecond part."
    article = load_article(write(tmp_path, "a.txt", content))
    assert [article.block_text(b) for b in article.blocks] == ["First part.", "Second part."]


def test_crlf_and_cr_normalised_before_offsets(tmp_path):
    article = load_article(write(tmp_path, "w.txt", b"Headline here\r\n\r\nOne.\r\nTwo.\rThree.\r\n"))
    assert article.text == "Headline here\n\nOne.\nTwo.\nThree.\n"
    assert article.title == "Headline here"
    assert [article.block_text(b) for b in article.blocks] == ["Headline here", "One.\nTwo.\nThree."]
    check_offsets(article)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Ferry returns to Lowmere", True),
        ("Ferry returns to Lowmere (Updated)", True),
        ("Why the ferry matters to 'us'", True),
        ("The ferry returned on Friday.", False),
        ("“We are back,” she said.”", False),
        ("Is the ferry back?", False),
        ("Lowmere, March 14 —", False),
        ("LOWMERE (Reuters) -", False),
        ("Note:", False),
        ("x" * 121, False),
        ("— — —", False),
    ],
)
def test_title_line_rule(line, expected):
    assert is_title_line(line) is expected


def test_title_needs_blank_line_or_end(tmp_path):
    # A short first line that runs straight into the paragraph is part of it.
    article = load_article(write(tmp_path, "a.txt", "Short opening\nand the rest of the paragraph.\n"))
    assert article.title is None
    assert [b.kind for b in article.blocks] == ["paragraph"]
    only = load_article(write(tmp_path, "b.txt", "Just a headline\n"))
    assert only.title == "Just a headline"
    assert [b.kind for b in only.blocks] == ["title"]


def test_title_stays_in_text_for_offsets(tmp_path):
    content = "Tram strike ends\n\nDrivers returned on Monday."
    article = load_article(write(tmp_path, "a.txt", content))
    body = article.blocks[1]
    assert article.text[body.start : body.end] == "Drivers returned on Monday."
    assert body.start == content.index("Drivers")


def test_unknown_suffix_is_plain_text(tmp_path):
    article = load_article(write(tmp_path, "notes.log", "# not a heading\n\nSecond."))
    assert [article.block_text(b) for b in article.blocks] == ["# not a heading", "Second."]


def test_article_from_text_sanitises():
    article = article_from_text("Alarm\x1b[31m red\r\nok")
    assert article.text == "Alarm[31m red\nok"
    assert article.warnings == ["removed 1 control character (terminal escapes, bidi overrides)"]
    check_offsets(article)


def test_single_newline_paragraphs_split(tmp_path):
    # No blank lines: each line ending like a sentence is its own paragraph; the title rule holds.
    content = (
        "Ferry workers walk out over rotas\n"
        "Ferry crews on the northern routes stopped work on Tuesday.\n"
        "\u201cWe have had enough of the new rotas,\u201d said Mara Quill, a deckhand.\n"
        "Talks are planned for Friday.\n"
    )
    article = load_article(write(tmp_path, "ferry.txt", content))
    check_offsets(article)
    assert article.text == content
    assert article.title == "Ferry workers walk out over rotas"
    assert [article.block_text(b) for b in article.blocks] == [line for line in content.split("\n") if line]
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "paragraph", "paragraph"]


def test_hard_wrapped_paragraph_stays_one_block(tmp_path):
    # Lines that mostly end mid-sentence are a wrapped paragraph, not several.
    content = (
        "The council met on Monday to discuss the\n"
        "future of the night buses. Members agreed\n"
        "that the routes should stay open through\n"
        "the winter, and a vote is due next month.\n"
    )
    article = load_article(write(tmp_path, "wrapped.txt", content))
    check_offsets(article)
    assert len(article.blocks) == 1
    assert article.block_text(article.blocks[0]) == content.strip()
