"""Wrapping and offset lookup for the line-based article view (pure)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from newsread.article.model import Block
from newsread.ui.layout import LineIndex, layout, wrap


def test_wrap_breaks_at_spaces():
    text = "the quick brown fox jumps"
    assert [text[a:b] for a, b in wrap(text, 10)] == ["the quick", "brown fox", "jumps"]


def test_wrap_folds_long_words_and_handles_wide_chars():
    assert [r for r in wrap("abcdefgh", 3)] == [(0, 3), (3, 6), (6, 8)]
    text = "日本語のテキスト"
    assert all(cell_len(text[a:b]) <= 5 for a, b in wrap(text, 5))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab é日 \n"), max_size=80), st.integers(1, 30))
def test_wrap_keeps_every_word_within_width(text, width):
    ranges = wrap(text, width)
    for a, b in ranges:
        assert 0 <= a <= b <= len(text)
        assert cell_len(text[a:b]) <= width or b - a == 1
        assert "\n" not in text[a:b]
    covered = set()
    for a, b in ranges:
        covered.update(range(a, b))
    # Every visible character shows on some line (only spaces at breaks may be dropped).
    assert all(i in covered for i, ch in enumerate(text) if ch not in " \n")
    assert [a for a, _ in ranges] == sorted(a for a, _ in ranges)


def test_indentation_gives_way_to_a_wide_character():
    assert wrap(" 日", 2) == [(1, 2)]  # found by hypothesis: was " 日", 3 cells in 2


def test_layout_blank_line_between_blocks_and_prefixes():
    text = "Title\n\nA quote here\n\nan item"
    blocks = [Block("heading", 0, 5, 1), Block("blockquote", 7, 19), Block("list_item", 21, 28)]
    lines = layout(text, blocks, 8)
    kinds = [(line.block, line.prefix) for line in lines]
    assert kinds[0] == (0, "") and kinds[1][0] == -1
    assert lines[2].prefix == "▌ " and lines[2].kind == "blockquote"
    index = LineIndex(lines)
    assert lines[index.line_of(text.index("here"))].block == 1
    assert lines[index.line_of(text.index("an item"))].prefix == "• "
    assert lines[index.line_of(text.index("item"))].prefix == "  "  # hanging indent


def test_list_items_are_tight():
    text = "one\n\ntwo\n\nthree"
    blocks = [Block("list_item", 0, 3), Block("list_item", 5, 8), Block("paragraph", 10, 15)]
    lines = layout(text, blocks, 20)
    assert [line.block for line in lines] == [0, 1, -1, 2]


@settings(max_examples=400)
@given(st.text(alphabet=st.sampled_from("ab cdé’—"), max_size=120), st.integers(1, 30))
def test_narrow_fast_path_breaks_exactly_like_the_cell_measuring_wrap(line, width):
    from newsread.ui.layout import _narrow, _wrap_cells, _wrap_narrow

    assert _narrow(line)
    fast: list[tuple[int, int]] = []
    measured: list[tuple[int, int]] = []
    _wrap_narrow(line, 7, width, fast)
    _wrap_cells(line, 7, width, measured)
    assert fast == measured


def test_narrow_is_false_for_wide_or_combining_characters():
    from newsread.ui.layout import _narrow

    assert _narrow("plain ascii") and _narrow("café — ‘quoted’")
    assert not _narrow("日本") and not _narrow("e\u0301")


def test_partial_layout_is_the_start_of_the_whole_one():
    blocks = [Block("paragraph", i * 40, i * 40 + 39) for i in range(50)]
    text = ("word " * 8)[:39].ljust(40, " ") * 50
    whole = layout(text, blocks, 12)
    start = layout(text, blocks, 12, max_lines=20)
    assert 20 <= len(start) < len(whole)
    assert start == whole[: len(start)]
