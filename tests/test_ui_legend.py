"""Help explains the colours and the sidebar's columns; the sidebar says what it is once (#16 item 13).

Real app on the seed (Pilot), real spaCy model.
"""

from __future__ import annotations

import pytest
from rich.console import Console

from newsread.ui.screens.help import COLOUR_LEGEND, HelpScreen
from newsread.ui.widgets.article_view import MARK_LAYERS, ArticleView

from annotate_support import anyio_backend, seed_app_for  # noqa: F401  (fixtures)

pytestmark = pytest.mark.anyio


@pytest.fixture
def app(seed_app_for):
    return seed_app_for()


async def test_help_has_a_colour_legend_in_the_readers_own_styles(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.screen.query_one("#article", ArticleView)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=110, record=True, color_system="truecolor")
        console.print(app.screen.query_one("#help-table").content)
        text = console.export_text()
        assert "Colours in the article" in text and "4m 2q 1r" in text and "mentions of the actor" in text
        assert {mark for mark, _, _ in COLOUR_LEGEND} == set(MARK_LAYERS), "every highlight is explained"
        for mark, sample, meaning in COLOUR_LEGEND:
            assert sample in text and meaning in text
        # Each sample is drawn as the article draws that mark (the grid right under the heading).
        group = app.screen.query_one("#help-table").content
        legend = group.renderables[1]
        samples = list(legend.columns[0].cells)
        assert [t.plain for t in samples] == [sample for _, sample, _ in COLOUR_LEGEND]
        for (mark, _, _), cell in zip(COLOUR_LEGEND, samples):
            assert cell.style == view.mark_style(mark), mark


async def test_first_sidebar_focus_gives_a_one_line_hint_once(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        details = app.screen.query_one("#details")
        await pilot.press("tab")
        hint = str(details.content)
        assert "4m 2q 1r = 4 mentions, 2 direct quotes, 1 reported" in hint and "enter focuses" in hint and "\n" not in hint
        await pilot.press("enter")  # focus an actor: the details show its mention
        await pilot.press("shift+tab", "tab")
        assert "4m 2q 1r" not in str(details.content), "only the first time"
