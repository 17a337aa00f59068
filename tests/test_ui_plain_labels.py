"""The reader shows kinds of entity in words (Place, Group), never spaCy's codes (GPE, NORP)."""

from __future__ import annotations

import re

import pytest

from newsread.ui.app import NewsreadApp
from newsread.ui.labels import PLAIN_LABELS, plain_label
from newsread.ui.screens.help import HelpScreen
from newsread.ui.widgets.actor_list import ActorList
from newsread.ui.widgets.date_list import DateList
from newsread.ui.widgets.item_details import ItemDetails

from conftest import SEED_DATE

pytestmark = pytest.mark.anyio
CODES = re.compile(r"\b(?:%s)\b" % "|".join(code for code in PLAIN_LABELS))


@pytest.fixture
def anyio_backend():
    return "asyncio"


def _plain(renderable, app) -> str:
    """What a widget's content reads as on screen, without styles."""
    lines = app.console.render_lines(renderable, app.console.options.update_width(200), pad=False)
    return "\n".join("".join(seg.text for seg in line) for line in lines)


def _options_text(widget, app) -> str:
    return "\n".join(_plain(widget.get_option_at_index(i).prompt, app) for i in range(widget.option_count))


def test_unknown_labels_read_as_words():
    assert plain_label("GPE") == "Place" and plain_label("NORP") == "Group"
    assert plain_label("MY_OWN_LABEL") == "MY OWN LABEL"


async def test_sidebar_status_details_and_help_show_no_label_codes(seed_article, tmp_path, nlp, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    app = NewsreadApp([seed_article], published=SEED_DATE, config_path=tmp_path / "no-config.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        shown = [_options_text(screen.query_one(ActorList), app), _options_text(screen.query_one(DateList), app)]
        labels = {e.label for e in screen.nav.entities}
        assert {"GPE", "NORP", "ORG", "PERSON"} <= labels  # the seed has every kind to show
        for _ in range(len(screen.nav.entities)):  # every entity, as the status line and details show it
            await pilot.press("}")
            shown.append(screen.query_one("#status").item_text)
            shown.append(_plain(screen.query_one("#details", ItemDetails).content, app))
        assert any("· Place ·" in s for s in shown) and any("Kind: Group" in s for s in shown)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        help_text = _plain(app.screen.query_one("#help-table").content, app)
        assert "Sidebar" in help_text and "mentions of the actor" in help_text and "2018-W37" in help_text
        shown.append(help_text)
    leaks = [m.group(0) for s in shown for m in CODES.finditer(s)]
    assert leaks == []
