"""App-level flows: several files (article list), user config (keymap, theme), text safety."""

from __future__ import annotations

import pytest
from rich.style import Style

from newsread.article import article_from_text
from newsread.ui.app import NewsreadApp
from newsread.ui.screens.article_list import ArticleListScreen
from newsread.ui.screens.reader import ReaderScreen
from newsread.ui.widgets.article_view import ArticleView

from annotate_support import toasts
from conftest import SEED_DATE

pytestmark = pytest.mark.anyio
SIZE = (120, 40)


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    """Every test gets its own (empty) analysis cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "newsread" / "analysis"


async def settle(app, pilot):
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_several_files_open_the_list(seed_article, nlp, tmp_path, seed_analysis):
    other = article_from_text("Mara Quill said the harbour would reopen on Friday.\n", source=str(tmp_path / "b.txt"))
    app = NewsreadApp([seed_article, other], published=SEED_DATE, config_path=tmp_path / "none.toml")
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, ArticleListScreen)
        await settle(app, pilot)
        table = app.screen.query_one("#articles")
        assert table.get_cell("0", "quotes") == str(len(seed_analysis.quotes))
        assert table.get_cell("0", "actors") == str(len(seed_analysis.actors))
        assert table.get_cell("1", "state") == "analysed"
        assert app.screen.query_one("#status").item_text.startswith("2/2 analysed")
        await pilot.press("j", "enter")
        assert isinstance(app.screen, ReaderScreen) and app.screen.article is other
        assert app.screen.nav.ready  # already analysed in the background
        await pilot.press("escape")
        assert isinstance(app.screen, ArticleListScreen)
        await pilot.press("k", "enter")
        assert app.screen.article is seed_article


async def test_keymap_and_theme_from_config(seed_article, nlp, tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('theme = "textual-light"\n[keys]\n"entity.next" = "e"\n', encoding="utf-8")
    app = NewsreadApp([seed_article], published=SEED_DATE, config_path=path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.theme == "textual-light"
        await pilot.press("e")
        assert app.screen.query_one("#status").item_text.startswith("Entity 1/")


async def test_broken_config_warns_and_uses_defaults(seed_article, nlp, tmp_path, capsys):
    path = tmp_path / "config.toml"
    path.write_text("[keys\n", encoding="utf-8")
    app = NewsreadApp([seed_article], published=SEED_DATE, config_path=path)
    assert "not valid TOML" in capsys.readouterr().err
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        assert "not valid TOML" in toasts(app)
        await pilot.press("right_curly_bracket")
        assert app.screen.query_one("#status").item_text.startswith("Entity 1/")


async def test_article_text_is_never_markup(nlp, tmp_path):
    text = "[bold red]Not markup[/] and \x1b[31m no escapes, said [link=x]Ann Lee[/link].\n"
    article = article_from_text(text, source=str(tmp_path / "m.txt"))
    app = NewsreadApp([article], config_path=tmp_path / "none.toml")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = app.screen.query_one("#article", ArticleView)
        shown = view.render_line(0).text
        assert "[bold red]Not markup[/]" in shown and "\x1b" not in shown


async def test_cursor_is_reverse_video(seed_article, nlp, tmp_path):
    """The cursor's non-colour cue: reverse video, visible under NO_COLOR too."""
    app = NewsreadApp([seed_article], published=SEED_DATE, config_path=tmp_path / "none.toml")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = app.screen.query_one("#article", ArticleView)
        assert view.mark_style("cursor").reverse
        assert view.mark_style("person").underline and view.mark_style("org").bold and view.mark_style("place").italic
        await pilot.press("right_curly_bracket")
        row = view.line_of(app.screen.nav.cursor.start) - int(view.scroll_offset.y)
        assert any(seg.style and seg.style.reverse for seg in view.render_line(row))


async def test_second_open_comes_from_the_cache(seed_article, nlp, tmp_path, private_cache, seed_analysis):
    first = NewsreadApp([seed_article], published=SEED_DATE, config_path=tmp_path / "none.toml")
    async with first.run_test(size=SIZE) as pilot:
        await settle(first, pilot)
    assert len(list(private_cache.glob("*.json"))) == 1
    second = NewsreadApp([seed_article], published=SEED_DATE, config_path=tmp_path / "none.toml")
    states = []
    async with second.run_test(size=SIZE) as pilot:
        second.analysis_changed.subscribe(second, lambda update: states.append(update.state))
        await settle(second, pilot)
        assert second.screen.nav.analysis.to_dict()["quotes"] == seed_analysis.to_dict()["quotes"]
    assert "loading model…" not in states  # a hit never touches spaCy


async def test_no_cache_writes_nothing(seed_article, nlp, tmp_path, private_cache):
    app = NewsreadApp([seed_article], published=SEED_DATE, config_path=tmp_path / "none.toml", use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.screen.nav.ready
    assert not private_cache.exists() or not list(private_cache.glob("*.json"))


async def test_worker_crash_is_reported_not_hung(seed_article, nlp, tmp_path, monkeypatch):
    """Even a failure outside the per-article guard ends in a message, not an endless 'analysing…'."""
    import newsread.analysis.cache as cache

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(cache, "load_cached", broken)
    app = NewsreadApp([seed_article], published=SEED_DATE, config_path=tmp_path / "none.toml")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert screen.error and "disk on fire" in screen.error
        assert screen.query_one("#status").state_text == "analysis failed"


async def test_awkward_text_renders_within_the_width(nlp, tmp_path):
    """Tabs, carriage returns, wide and combining characters, emoji: every row is exactly the view's width."""
    text = (
        "Tab\there and a carriage\rreturn. 日本語のテキストが折り返される長い行です。"
        + "C1\x9b[31m and DEL\x7f. e\u0301 combining, zero\u200bwidth, 👩‍👩‍👧 family, \u202eRTL override\u202c end.\n\n"
        + "x" * 300 + "\n\n“Quoted”, said Ann Lee. 🙂" * 3 + "\n"
    )
    article = article_from_text(text, source=str(tmp_path / "odd.txt"))
    app = NewsreadApp([article], config_path=tmp_path / "none.toml")
    async with app.run_test(size=(61, 24)) as pilot:
        await settle(app, pilot)
        view = app.screen.query_one("#article", ArticleView)
        from rich.cells import cell_len

        width = view.scrollable_content_region.width
        for line in view.lines:  # the wrap itself fits, not just the cropped strip
            assert cell_len(line.prefix) + cell_len(view.shown_text[line.start : line.end]) <= width - 2
        for y in range(view.scrollable_content_region.height):
            strip = view.render_line(y)
            assert strip.cell_length == width
            assert not any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in strip.text)
        await pilot.press("G", "right_curly_bracket", "left_square_bracket")
        assert app.is_running


async def test_a_long_text_paints_from_the_start_of_its_layout_then_completes_it(tmp_path):
    from newsread.ui.layout import layout
    from newsread.ui.widgets.article_view import PARTIAL_LAYOUT_CHARS

    para = "The committee met again on Tuesday to discuss the budget and the new rules. " * 6
    text = "\n\n".join(f"{n}. {para.strip()}" for n in range(400))
    assert len(text) > PARTIAL_LAYOUT_CHARS
    article = article_from_text(text, source=str(tmp_path / "long.txt"))
    last = article.blocks[-1].start
    first_frame: dict[str, int] = {}

    class Observed(NewsreadApp):
        def post_display_hook(self) -> None:
            """At the first frame that shows text: how far it is laid out, then a far offset's row."""
            super().post_display_hook()
            view = next(iter(self.screen.query(ArticleView)), None)
            if not first_frame and view is not None and view.virtual_size.height:
                first_frame["rows"] = view.virtual_size.height
                first_frame["last_row"] = view.line_of(last)  # needs the whole layout: completes it
                first_frame["rows_after"] = view.virtual_size.height

    app = Observed([article], config_path=tmp_path / "none.toml", use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.screen.query_one("#article", ArticleView)
        whole = layout(view.shown_text, article.blocks, view.measure)
        # The first layout of a long text stopped after the first screens ...
        assert 0 < first_frame["rows"] < len(whole)
        # ... anything that needs a far offset completed it first ...
        assert first_frame["rows_after"] == len(whole)
        assert whole[first_frame["last_row"]].start == last
        # ... and the whole layout is in place, scrollable to the end.
        assert list(view.lines) == whole and view.virtual_size.height == len(whole)
        await pilot.press("G")
        await pilot.pause()
        assert int(view.scroll_offset.y) + view.scrollable_content_region.height >= len(whole)
        assert "399. The committee" in "".join(view.render_line(y).text for y in range(view.size.height))
