"""Hostile article text is displayed as inert text: never markup, never terminal control.

The articles are built byte for byte at test time (tests/fixtures/hostile/make_hostile.py):
ESC/CSI/OSC sequences (window title, OSC 52 clipboard, clear screen), BEL,
backspaces, bidi overrides, Rich/Textual markup, a 100k-character line, zero-width
and combining characters, emoji and wide CJK characters.

Two levels:
- Pilot (widget level): every rendered cell of the screen — title, article, sidebar
  actors, details, status line, article list — is free of control characters and
  shows the markup literally; clicking on ``[@click=app.quit]`` does not quit.
- tmux (the whole path to a terminal): the pane title is unchanged, no bell rang,
  no clipboard buffer appeared, the literal markup is on screen, the sidebar border
  stays in one column on every row, and ``q`` still quits with status 0.
"""

from __future__ import annotations

import importlib.util
import re
import time
from pathlib import Path

import pytest
from rich.cells import cell_len

from conftest import ROOT, require_tool

FIXTURES = ROOT / "tests" / "fixtures" / "hostile"
_spec = importlib.util.spec_from_file_location("make_hostile", FIXTURES / "make_hostile.py")
make_hostile = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_hostile)

SIZE = (120, 40)
# What must never reach a screen cell: C0 (but none is legitimate in a cell), DEL, C1, bidi controls.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
BORDER = "▏"  # the sidebar's left border (vkey), one per body row
TOAST = "▌"  # the left edge of a notification toast


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("hostile")
    make_hostile.write_hostile(out)
    return out


def test_fixtures_hold_the_raw_bytes(hostile_dir):
    """The files really contain what the tests claim to survive (a test that can fail)."""
    data = (hostile_dir / "hostile.txt").read_bytes()
    for needle in (b"\x1b]0;pwned\x07", b"\x1b]52;c;", b"\x1b[2J\x1b[H", b"\x08", "\u202e".encode(), b"[bold red]"):
        assert needle in data
    assert max(len(line) for line in data.split(b"\n")) >= make_hostile.HUGE
    assert b"&#x1b;]0;pwned" in (hostile_dir / "hostile.html").read_bytes()


# -- Pilot: the widgets ---------------------------------------------------------------
@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def private_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def screen_rows(app) -> list[str]:
    """The text of every row of the composed screen, as the terminal would receive it."""
    strips = app.screen._compositor.render_strips()
    return [strip.text for strip in strips]


def assert_inert(rows: list[str]) -> None:
    for y, row in enumerate(rows):
        bad = CONTROL.findall(row)
        assert not bad, f"row {y} carries control characters {bad!r}: {row!r}"
        assert cell_len(row) == SIZE[0], f"row {y} is {cell_len(row)} cells wide: {row!r}"


async def rows_show(app, pilot, needle: str, timeout: float = 10.0) -> bool:
    """Whether ``needle`` appears on some screen row within ``timeout`` (the palette fills asynchronously)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(needle in row for row in screen_rows(app)):
            return True
        await pilot.pause(0.1)
    return False


async def palette_row_shows(app, pilot, needle: str, timeout: float = 10.0) -> bool:
    """Whether the palette, once its option for ``needle`` is highlighted (scrolled into view:
    providers answer in any order, so the row may start below the fold), shows it on screen."""
    from textual.command import CommandList

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        options = app.screen.query_one(CommandList)
        for i in range(options.option_count):
            prompt = options.get_option_at_index(i).prompt
            if needle in getattr(prompt, "plain", str(prompt)):
                options.highlighted = i
                await pilot.pause()
                return await rows_show(app, pilot, needle, timeout=max(0.5, deadline - time.monotonic()))
        await pilot.pause(0.1)
    return False


async def settle(app, pilot):
    await app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["txt", "md", "html"])
async def test_pilot_hostile_article_is_inert_text(hostile_dir, kind, nlp, private_dirs, tmp_path):
    from newsread.article import load_article
    from newsread.ui.app import NewsreadApp
    from newsread.ui.screens.reader import ReaderScreen, article_title
    from newsread.ui.widgets.status_line import StatusLine

    article = load_article(str(hostile_dir / f"hostile.{kind}"))
    assert "\x1b" not in article.text and "\x07" not in article.text
    app = NewsreadApp([article], config_path=tmp_path / "none.toml")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen) and screen.nav.ready, screen.error
        rows = screen_rows(app)
        assert_inert(rows)
        shown = "\n".join(rows)
        # The title bar shows the title as text, markup and all.
        title = article_title(article)
        assert title[:60].strip() in rows[0]
        literal = ["[@click=app.quit]"] + (["[bold red]"] if kind != "html" else ["[2J[H"])
        for markup in literal:
            assert markup in shown, f"literal {markup!r} missing from the screen"
        # Actor names built from hostile text are listed literally in the sidebar.
        analysis = screen.nav.analysis
        assert analysis.actors, "the fixture should give the model people to find"
        for actor in analysis.actors[:8]:
            assert actor.name[:18].strip() in shown, f"actor {actor.name!r} not shown literally"
        # The status line names each quote (speaker names with hostile remnants) as plain text.
        for _ in analysis.quotes:
            await pilot.press("right_square_bracket")
            status = screen.query_one("#status", StatusLine).item_text
            assert status == screen.nav.status()
            rows = screen_rows(app)
            assert_inert(rows)
            assert status[:40] in rows[-2], (status, rows[-2])
        # The huge line: scroll to the end and back; the layout holds.
        await pilot.press("G")
        assert_inert(screen_rows(app))
        await pilot.press("g")
        assert_inert(screen_rows(app))
        # Clicking on the words "[@click=app.quit]" is a click on text, not an action.
        rows = screen_rows(app)
        for y, row in enumerate(rows):
            if "[@click=app.quit]" in row:
                x = cell_len(row[: row.index("[@click=app.quit]")]) + 3
                await pilot.click(offset=(x, y))
                await pilot.pause()
                break
        else:
            pytest.fail("the literal [@click=app.quit] is not on screen")
        assert app.is_running and isinstance(app.screen, ReaderScreen)
        assert_inert(screen_rows(app))


@pytest.mark.anyio
async def test_pilot_article_list_of_hostile_titles(hostile_dir, nlp, private_dirs, tmp_path):
    from newsread.article import load_article
    from newsread.article.folder import load_all
    from newsread.ui.app import NewsreadApp
    from newsread.ui.screens.article_list import ArticleListScreen
    from newsread.ui.screens.reader import ReaderScreen

    articles, _notes = load_all([str(hostile_dir)], load_article)
    assert len(articles) == 3
    app = NewsreadApp(articles, config_path=tmp_path / "none.toml")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleListScreen)
        rows = screen_rows(app)
        assert_inert(rows)
        assert sum("[bold red]" in row for row in rows) >= 2  # titles of the .txt and .md articles
        for _ in articles:
            await pilot.press("enter")
            assert isinstance(app.screen, ReaderScreen)
            assert_inert(screen_rows(app))
            await pilot.press("escape")
            await pilot.press("j")
        assert_inert(screen_rows(app))


@pytest.mark.anyio
async def test_pilot_hostile_file_name_is_shown_escaped(tmp_path, nlp, private_dirs):
    """The file name is the title (and names the journal): its ESC and BEL show as visible escapes."""
    from newsread.article import load_article
    from newsread.ui.app import NewsreadApp

    path = make_hostile.write_hostile_name(tmp_path / "named")
    app = NewsreadApp([load_article(str(path))], config_path=tmp_path / "none.toml")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("right_square_bracket", "x")  # an edit: the annotation line names the journal
        await pilot.pause()
        rows = screen_rows(app)
        assert_inert(rows)
        assert "evil\\x1b]0;pwned\\x07[bold red]name" in rows[0]


@pytest.mark.anyio
async def test_pilot_palette_lists_actor_names_as_text(tmp_path, nlp, private_dirs):
    """An actor named with markup (a speaker typed by a user, kept in the journal) stays text in
    the command palette, both listed (discover) and matched (search); choosing it is not an action."""
    from newsread.article import load_article
    from newsread.store import AnnotationStore
    from newsread.ui.app import NewsreadApp
    from newsread.ui.screens.reader import ReaderScreen

    name = "[b]Zed[/b] [@click=app.quit]Quill[/] [red"
    path = tmp_path / "pier.txt"
    path.write_text("Pier news\n\n\u201cWe will stop,\u201d said Maria Lopez on Monday.\n", encoding="utf-8")
    article = load_article(str(path))
    start = article.text.index("We will stop")
    AnnotationStore.open(str(path), article.text).set_speaker(start, start + len("We will stop,"), speaker_name=name)
    app = NewsreadApp([article], config_path=tmp_path / "none.toml")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert name in [a.name for a in app.screen.nav.analysis.actors]
        listed = f"Go to actor {name}"
        await pilot.press("ctrl+p")
        assert await palette_row_shows(app, pilot, listed), "palette listing read the name as markup"
        await pilot.press(*"quill")
        assert await palette_row_shows(app, pilot, listed), "palette search read the name as markup"
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ReaderScreen)
        assert app.screen.nav.focus is not None and app.screen.nav.focus.label == name


# -- tmux: the whole path to a terminal ------------------------------------------------
def sidebar_columns(screen_text: str, rows: range) -> set[int]:
    """The cell column of the sidebar border on each body row (one value when the layout holds)."""
    lines = screen_text.split("\n")
    cols = set()
    for y in rows:
        line = lines[y]
        toast = line.rfind(TOAST)
        if toast >= 0 and cell_len(line[:toast]) >= 40:
            continue  # a notification (the "removed N control characters" warning) covers the border
        i = line.rfind(BORDER)
        cols.add(cell_len(line[:i]) if i >= 0 else -1)
    return cols


# Title, article and sidebar rows (details, status line and footer are below).
BODY_ROWS = range(0, 30)


@pytest.mark.e2e
def test_tmux_hostile_articles_reach_the_terminal_inert(hostile_dir, tmp_path):
    from test_terminals import HEIGHT, parse_screen, quit_cleanly, start_reader, status_line, tmux_format, wait_ready

    require_tool("tmux")
    tmux = start_reader(tmp_path, {"TERM": "xterm-256color"}, article=hostile_dir)
    # Let tmux act on what an application may do to it, so that a leak would show.
    tmux._tmux("set-option", "-s", "set-clipboard", "on")
    tmux._tmux("set-option", "-g", "monitor-bell", "on")
    title_before = tmux_format(tmux, "#{pane_title}")
    try:
        tmux.wait_for(lambda s: "3 articles" in s and s.count("analysed") >= 3, timeout=120)

        def check_terminal_untouched(where: str) -> str:
            assert tmux_format(tmux, "#{pane_title}") == title_before, f"{where}: the window title changed"
            assert tmux_format(tmux, "#{window_bell_flag}") == "0", f"{where}: the bell rang"
            assert tmux._tmux("list-buffers").stdout == "", f"{where}: something reached the clipboard"
            raw = tmux.capture(escapes=True)
            assert parse_screen(raw).foreign == [], f"{where}: escapes other than SGR on screen"
            return tmux.capture()

        screen = check_terminal_untouched("article list")
        assert "[bold red]" in screen
        for n in range(3):
            tmux.send("Enter")
            wait_ready(tmux)
            screen = check_terminal_untouched(f"article {n}")
            assert len(screen.split("\n")) >= HEIGHT
            columns = sidebar_columns(screen, BODY_ROWS)
            assert len(columns) == 1 and -1 not in columns, f"the layout is broken: border at {columns}"
            tmux.send("]")
            tmux.wait_for(lambda s: status_line(s).startswith("Quote "), timeout=10)
            tmux.send("G")  # to the end: past the 100k-character line in the .txt article
            time.sleep(0.3)
            screen = check_terminal_untouched(f"article {n}, end")
            columns = sidebar_columns(screen, BODY_ROWS)
            assert len(columns) == 1 and -1 not in columns, f"the layout is broken: border at {columns}"
            tmux.send("Escape")
            tmux.wait_for_text("3 articles")
            tmux.send("j")
        quit_cleanly(tmux)
    finally:
        tmux.kill()


@pytest.mark.e2e
def test_tmux_hostile_file_name_leaves_the_window_title_alone(tmp_path):
    from test_terminals import quit_cleanly, start_reader, status_line, tmux_format, wait_ready

    path = make_hostile.write_hostile_name(tmp_path / "named")
    tmux = start_reader(tmp_path, {"TERM": "xterm-256color"}, article=path)
    title_before = tmux_format(tmux, "#{pane_title}")
    try:
        wait_ready(tmux)
        tmux.send("]")
        tmux.wait_for(lambda s: status_line(s).startswith("Quote "))
        tmux.send("x")  # an edit: the annotation line shows where the journal (named after the file) is
        tmux.wait_for_text("✓ saved")
        assert tmux_format(tmux, "#{pane_title}") == title_before, "the file name changed the window title"
        assert tmux_format(tmux, "#{window_bell_flag}") == "0", "the file name rang the bell"
        assert "evil\\x1b]0;pwned\\x07" in tmux.capture()
        quit_cleanly(tmux)
    finally:
        tmux.kill()
