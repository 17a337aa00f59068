"""Pure: one-line texts fitted to their cells (tui/ui/fit.py), used by the status and annotation lines."""

from __future__ import annotations

from hypothesis import given, strategies as st
from rich.cells import cell_len

from newsread.ui.fit import ELLIPSIS, Part, fit, join, middle_ellipsis

FOCUS = Part.of("focus: Abdullah Ibrahim (2 quotes, esc clears)", 3,
                "focus: Abdullah Ibrahim (2 quotes)", "focus: Abdullah Ibrahim")
LINE = [Part.of("Quote 2/2", 0), Part.of("Abdullah Ibrahim", 1), Part.of("told", 4), FOCUS, Part.of("wrapped", 2)]


def test_everything_when_it_fits():
    assert fit(LINE, 200) == join(LINE) == (
        "Quote 2/2 · Abdullah Ibrahim · told · focus: Abdullah Ibrahim (2 quotes, esc clears) · wrapped")


def test_least_important_gives_way_first_and_no_word_is_cut():
    assert fit(LINE, 90) == "Quote 2/2 · Abdullah Ibrahim · focus: Abdullah Ibrahim (2 quotes, esc clears) · wrapped"
    assert fit(LINE, 80) == "Quote 2/2 · Abdullah Ibrahim · focus: Abdullah Ibrahim (2 quotes) · wrapped"
    assert fit(LINE, 70) == "Quote 2/2 · Abdullah Ibrahim · focus: Abdullah Ibrahim · wrapped"
    assert fit(LINE, 40) == "Quote 2/2 · Abdullah Ibrahim · wrapped"
    assert fit(LINE, 12) == "Quote 2/2"
    assert fit(LINE, 8) == "Quote" + ELLIPSIS


@given(st.lists(st.text(alphabet="ab cé漢", min_size=1, max_size=30), min_size=1, max_size=5), st.integers(1, 90))
def test_fit_never_exceeds_the_width_and_keeps_whole_words(texts, width):
    parts = [Part.of(t, i) for i, t in enumerate(texts)]
    out = fit(parts, width)
    assert cell_len(out) <= width
    words = set(" · ".join(texts).split())
    body = out.removesuffix(ELLIPSIS)
    cut = body.split()[-1:] if out.endswith(ELLIPSIS) else []
    for word in body.split():
        assert word in words or word == "·" or (word in cut and any(w.startswith(word) for w in words))


def test_middle_ellipsis_keeps_the_start_and_the_file_name():
    path = "/home/someone/.local/share/newsread/journals/idlib-3f2a9c.txt.newsread.jsonl"
    short = middle_ellipsis(path, 40)
    assert cell_len(short) == 40 and short.startswith("/home") and short.endswith("newsread.jsonl")
    assert ELLIPSIS in short
    assert middle_ellipsis(path, 200) == path
