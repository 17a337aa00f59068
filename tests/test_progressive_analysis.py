"""A long article is analysed in stages: progress, then highlights part by part, same final result.

The text is written for this test (no article from any evaluation set).
"""

from __future__ import annotations

import pytest

from newsread.analysis import analyze
from newsread.analysis.engine import FIRST_STAGE_BLOCKS
from newsread.article import article_from_text

NAMES = ["Anna Berg", "Tomas Lindqvist", "Maria Okafor", "Pavel Horak"]


def long_text(blocks: int) -> str:
    paragraphs = []
    for n in range(blocks):
        name = NAMES[n % len(NAMES)]
        paragraphs.append(f'"The harbour plan number {n} will be ready in spring," {name} said on Monday.')
    return "\n\n".join(paragraphs) + "\n"


def test_stages_report_progress_and_partial_analyses_then_the_same_result(nlp):
    article = article_from_text(long_text(5 * FIRST_STAGE_BLOCKS), source="long.txt")
    reports: list[tuple[float, object]] = []
    staged = analyze(article, nlp=nlp, published="2024-03-01", report=lambda f, a: reports.append((f, a)))
    whole = analyze(article, nlp=nlp, published="2024-03-01")
    assert staged.to_dict() == whole.to_dict()

    fractions = [f for f, _ in reports]
    assert fractions == sorted(fractions) and 0 < fractions[0] and fractions[-1] < 1
    partials = [a for _, a in reports if a is not None]
    assert len(partials) >= 2  # at 32 and 128 blocks of 160
    counts = [len(a.quotes) for a in partials]
    assert counts == sorted(counts) and counts[0] < len(whole.quotes)
    # A partial analysis covers only the parsed start of the text.
    first = partials[0]
    assert first.quotes and max(q.end for q in first.quotes) < whole.quotes[-1].start
    assert all(q.speaker_name in NAMES for q in first.quotes)


def test_a_short_article_is_analysed_in_one_go(nlp):
    article = article_from_text(long_text(10), source="short.txt")
    reports: list = []
    analyze(article, nlp=nlp, report=lambda f, a: reports.append(f))
    assert reports == []


@pytest.mark.anyio
async def test_the_reader_highlights_a_long_article_part_by_part(nlp, tmp_path, monkeypatch):
    from newsread.ui.app import NewsreadApp
    from newsread.ui.widgets.status_line import StatusLine

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    # 224 blocks: partial analyses at 32 and 128 blocks, progress-only reports at 64 and 192.
    article = article_from_text(long_text(7 * FIRST_STAGE_BLOCKS), source=str(tmp_path / "long.txt"))
    app = NewsreadApp([article], published="2024-03-01", config_path=tmp_path / "none.toml")
    seen: list[tuple[str, bool | None, str]] = []
    async with app.run_test(size=(120, 40)) as pilot:
        def record(update) -> None:
            result = update.result
            status = app.screen.query_one("#status", StatusLine)
            seen.append((update.state, None if result is None else result.partial, status.state_text))

        app.analysis_changed.subscribe(app.screen, record)
        while 0 not in app.results or app.results[0].partial:
            await pilot.pause(0.05)
        await pilot.pause()
        partial = [(state, shown) for state, is_partial, shown in seen if is_partial]
        # Each partial analysis is drawn with its progress and what is found so far.
        assert partial and all("%" in state and "%" in shown and "quotes so far" in shown for state, shown in partial)
        assert any(is_partial is None and "%" in state for state, is_partial, _ in seen)  # progress only
        assert seen[-1][1] is False
        final = app.results[0].analysis
        assert app.screen.query_one("#status", StatusLine).state_text == (
            f"{len(final.quotes)} quotes · {len(final.actors)} actors")
        assert app.screen.nav.analysis.quotes == final.quotes


@pytest.fixture
def anyio_backend():
    return "asyncio"
