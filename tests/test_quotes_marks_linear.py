"""Quote-mark pairing is one pass with the same result as before (issue #12, item 10).

The pairing walked the stack of open marks and rescanned the rest of the block
for each mark: 8,000 stray openers followed by 8,000 closers took 36 s. The
rewrite must give *identical* spans: hypothesis compares it with the old
algorithm (tests/marks_reference.py) on random texts, and the work per mark is
counted (function calls, not seconds) to show it no longer grows with the input.
Timings are in benchmarks/hostile_inputs.py.
"""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import marks_reference as reference
from newsread.analysis.quotes import marks

# Marks of every kind, letters that make apostrophes and elisions, the punctuation
# the open/close rules look at, spaces and newlines (single-newline paragraphs).
ALPHABET = list("\"'“”„‟«»‹›‘’‚‛〝〞＂`") + list("asnSt0 9") + [" ", " ", " ", "\n", ",", ".", ":", "!", "(", "—"]
_WORDS = st.sampled_from(["said", "the", "companies", "n", "em", "90s", "Round", "which had", "We", "it"])
_PIECES = st.one_of(st.sampled_from(ALPHABET), _WORDS)


@st.composite
def texts_with_blocks(draw):
    text = "".join(draw(st.lists(_PIECES, max_size=120)))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=4))))
    bounds = [0, *cuts, len(text)]
    blocks = [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]
    return text, blocks


@settings(max_examples=400, deadline=None)
@given(texts_with_blocks())
def test_pairing_is_identical_to_the_reference(case):
    text, blocks = case
    for lo, hi in blocks:
        assert marks.pair_block(text, lo, hi) == reference.pair_block(text, lo, hi)
    assert marks.find_mark_spans(text, blocks) == reference.find_mark_spans(text, blocks)


def _stray_openers_then_closers(n):  # the stack walk: 36 s at n = 8000
    return "‹a " * n + 'b" ' * n


def _doubles_then_single_closers(n):  # the rescan for a later double closer
    return '"x ' * n + "a,' " * n


def _plural_possessives(n):  # the rescan for a later single closer
    return "'a the companies' b " * n


def _quoted_lines(n):  # ordinary quotes, many in one paragraph
    return '"We are ready," she said. "The weather was not" and the pier ' * n


FAMILIES = [_stray_openers_then_closers, _doubles_then_single_closers, _plural_possessives, _quoted_lines]


@pytest.mark.parametrize("family", FAMILIES)
def test_adversarial_inputs_pair_like_the_reference(family):
    text = family(150)
    assert marks.find_mark_spans(text, [(0, len(text))]) == reference.find_mark_spans(text, [(0, len(text))])


def _calls(text):
    """Function calls (Python and C) made while pairing ``text``: work, not time."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        marks.find_mark_spans(text, [(0, len(text))])
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("family", FAMILIES)
def test_work_per_mark_does_not_grow_with_the_input(family):
    small, large = _calls(family(500)), _calls(family(1000))
    # Linear: twice the marks, twice the calls (quadratic gave four times).
    assert large <= 2.2 * small, (small, large)
