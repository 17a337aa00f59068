"""Markdown nested past markdown-it's limit keeps its text (issue #12, item 9).

markdown-it stops at 20 levels of block quotes and lists and silently drops what
lies deeper; with a list, the whole rest of the article went with it. The reader
now reads the text from there on without its nesting, and says so.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsread.article.markdown import read_markdown

CASES = {
    "block quotes": ">" * 30 + " The deepest words.\n\nThe paragraph after the quote.\n",
    "bullets on one line": "- " * 30 + "The deepest words.\n\nThe paragraph after the list.\n",
    "indented list": "Intro words.\n\n" + "".join("  " * i + f"- item{i}\n" for i in range(30)) + "\nThe final words.\n",
    "quote holding a list": "> " * 15 + "- " * 10 + "Deep words.\n" + "> " * 15 + "continued words\n\nAfter words.\n",
    "ordered lists": "1. " * 25 + "Numbered words.\n\nClosing words.\n",
}


def _words(markdown: str) -> list[str]:
    return re.findall(r"[A-Za-z]+\d*", markdown)


@pytest.mark.parametrize("name", CASES)
def test_deep_nesting_loses_no_text(name):
    source = CASES[name]
    article = read_markdown(source)
    assert re.findall(r"[A-Za-z]+\d*", article.text) == _words(source)
    assert any("nested over 20 levels" in w for w in article.warnings)


def test_nesting_within_the_limit_is_kept_and_not_reported():
    article = read_markdown("> " * 5 + "- Five quotes and a list deep.\n\nAfter.\n")
    assert [b.kind for b in article.blocks] == ["list_item", "paragraph"]
    assert not article.warnings


def test_text_before_the_deep_block_keeps_its_structure():
    article = read_markdown("# Title\n\n> A quote.\n\n- a list item\n\n" + "> " * 25 + "Deep.\n")
    assert [b.kind for b in article.blocks][:3] == ["title", "blockquote", "list_item"]
    assert article.text.endswith("Deep.")


_PREFIX = st.lists(st.sampled_from([">", "> ", "- ", "* ", "1. ", "  ", "    "]), max_size=45).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_PREFIX, st.booleans()), min_size=1, max_size=12))
def test_every_word_survives_any_nesting(lines):
    # Each line: container markers of any depth, a unique word, sometimes a blank line after.
    source = "".join(f"{prefix}word{i}\n" + ("\n" if blank else "") for i, (prefix, blank) in enumerate(lines))
    article = read_markdown(source)
    assert re.findall(r"word\d+", article.text) == [f"word{i}" for i in range(len(lines))]
