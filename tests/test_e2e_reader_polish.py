"""End to end in a real terminal (tmux): what a new user saw drawn wrong (#16).

The installed ``newsread`` on a private copy of the seed, with private config, cache and data
folders; the screen is read back with ``capture-pane``.
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest

from annotate_support import copy_seed
from conftest import SEED_DATE, require_tool
from e2e_support.tmux import Tmux

pytestmark = pytest.mark.e2e

NEWSREAD = Path(sys.executable).parent / "newsread"
READY = re.compile(r"\d+ quotes · \d+ actors\s*$", re.M)


def start(tmp_path: Path, width: int, height: int, config: str = "", cache: bool = True) -> Tmux:
    require_tool("tmux")
    article = copy_seed(tmp_path)
    (tmp_path / "config" / "newsread").mkdir(parents=True, exist_ok=True)
    (tmp_path / "config" / "newsread" / "config.toml").write_text(config, encoding="utf-8")
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "TERM": "xterm-256color"}
    tmux = Tmux(width, height, env=env)
    tmux.start(f"exec {shlex.quote(str(NEWSREAD))} {shlex.quote(str(article))} --date {SEED_DATE}")
    return tmux


def footer_words() -> set[str]:
    """Every word of every reader key's footer description."""
    from newsread.ui.app import NewsreadApp
    from newsread.ui.screens.reader import ReaderScreen

    bindings = [b for cls in (*ReaderScreen.__mro__, NewsreadApp) for b in getattr(cls, "BINDINGS", [])]
    return {word for b in bindings if not isinstance(b, tuple) for word in b.description.split()}


def footer(screen: str) -> str:
    return screen.rstrip("\n").split("\n")[-1]


@pytest.mark.parametrize("config", ["", "send_only_changes = false\n"])
def test_narrow_footer_has_no_stray_character(tmp_path, config):
    """#16 item 7: below ~70 columns the footer ended ``/ Searc▏^p paletter``, also after ctrl+l."""
    with start(tmp_path, 60, 24, config) as tmux:
        tmux.wait_for(lambda s: READY.search(s) is not None, timeout=90)
        for redraw in (False, True):
            if redraw:
                tmux.send("C-l")
            screen = tmux.wait_for(lambda s: footer(s).rstrip().endswith("▏^p palette"), timeout=10)
            keys = footer(screen).split("▏")[0].split()
            # Only whole keys: every description is a word of a reader binding's, none cut.
            whole = footer_words()
            descriptions = keys[1::2]
            assert descriptions and set(descriptions) <= whole, footer(screen)
            assert "Help" in descriptions and "Quote" in descriptions
        tmux._tmux("resize-window", "-t", tmux.session, "-x", "65", "-y", "24")
        screen = tmux.wait_for(lambda s: len(footer(s).rstrip()) >= 63 and footer(s).rstrip().endswith("▏^p palette"),
                               timeout=10)
        assert set(footer(screen).split("▏")[0].split()[1::2]) <= whole, footer(screen)


def status_line(screen: str) -> str:
    lines = screen.rstrip("\n").split("\n")
    return lines[-2] if len(lines) >= 2 else ""


@pytest.mark.parametrize("when", ["before", "as_it_lands"])
def test_jumps_typed_around_the_analysis_are_never_lost(tmp_path, when):
    """#16 item 1: with an empty cache, ``]]]]`` typed as the analysis landed stopped at quote 1 or 2.

    Typed while spaCy still loads (the text is on screen, the highlights are not), or the moment
    the status line shows the counts: either way the reader ends on quote 4.
    """
    with start(tmp_path, 120, 40) as tmux:  # a fresh cache: spaCy loads and analyses, seconds
        if when == "before":
            tmux.wait_for(lambda s: "analysis in progress" in status_line(s) or "analysing" in s, timeout=30)
            assert READY.search(tmux.capture()) is None, "typed before the analysis landed"
        else:
            tmux.wait_for(lambda s: READY.search(s) is not None, timeout=90, interval=0.02)
        tmux.send_text("]]]]")
        screen = tmux.wait_for(lambda s: READY.search(s) is not None and "Quote 4/" in status_line(s), timeout=90)
        assert status_line(screen).lstrip().startswith("Quote 4/")
