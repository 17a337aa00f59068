"""End to end: the installed ``newsread`` in a real terminal (tmux), driven by keys."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from conftest import ROOT, SEED, SEED_DATE, require_tool

pytestmark = pytest.mark.e2e


def newsread_command() -> str:
    found = shutil.which("newsread") or str(Path(sys.executable).parent / "newsread")
    if not Path(found).exists():
        found = str(ROOT / ".venv" / "bin" / "newsread")
    assert Path(found).exists(), "newsread is installed (pip install -e .)"
    return found


class Tmux:
    """A private tmux server (own socket), so parallel tests never collide."""

    def __init__(self, tmux: str) -> None:
        self.tmux = tmux
        self.socket = f"newsread-e2e-{uuid.uuid4().hex[:10]}"

    def run(self, *args: str) -> str:
        out = subprocess.run([self.tmux, "-L", self.socket, *args], capture_output=True, text=True, timeout=20)
        return out.stdout

    def capture(self) -> str:
        return self.run("capture-pane", "-p", "-t", "reader")

    def wait_for(self, predicate, timeout: float = 60.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.capture()
            if predicate(screen):
                return screen
            time.sleep(0.2)
        raise AssertionError(f"timed out; the pane shows:\n{screen}")

    def kill(self) -> None:
        subprocess.run([self.tmux, "-L", self.socket, "kill-server"], capture_output=True, timeout=20)


def status_line(screen: str) -> str:
    """The second-to-last line: the status line above the footer."""
    lines = screen.rstrip("\n").split("\n")
    return lines[-2]


def test_reader_in_tmux(tmp_path, seed_analysis):
    tmux = Tmux(require_tool("tmux"))
    quotes = sorted(seed_analysis.quotes, key=lambda q: q.start)
    assert quotes, "the seed has quotes"
    first = quotes[0]
    env = f"XDG_CONFIG_HOME={tmp_path} XDG_CACHE_HOME={tmp_path}/cache TERM=xterm-256color"
    command = f"env {env} {newsread_command()} --date {SEED_DATE} {SEED}; sleep 5"
    try:
        tmux.run("new-session", "-d", "-s", "reader", "-x", "120", "-y", "40", command)
        screen = tmux.wait_for(lambda s: "Actors" in s and "People" in s and "quotes ·" in s)
        assert "No item selected" in status_line(screen)
        top_line = screen.split("\n")[2]

        tmux.run("send-keys", "-t", "reader", "]")
        screen = tmux.wait_for(lambda s: "Quote 1/" in status_line(s))
        assert f"Quote 1/{len(quotes)}" in status_line(screen)
        assert (first.speaker_name or "unattributed") in status_line(screen)
        assert first.text[:30] in screen.replace("\n", " ") or first.text.split()[0] in screen

        tmux.run("send-keys", "-t", "reader", "s")
        screen = tmux.wait_for(lambda s: "Speaker of quote 1/" in status_line(s))
        assert (first.speaker_name or "") in status_line(screen)

        tmux.run("send-keys", "-t", "reader", "BSpace")
        screen = tmux.wait_for(lambda s: "Quote 1/" in status_line(s))
        assert "Speaker of" not in status_line(screen)

        tmux.run("send-keys", "-t", "reader", "q")
        screen = tmux.wait_for(lambda s: "Actors" not in s, timeout=15)
        assert top_line not in screen or not top_line.strip()
    finally:
        tmux.kill()


def test_article_on_stdin_still_takes_keys(tmp_path):
    """``cat file | newsread -``: the keys come from the terminal, not the exhausted pipe."""
    tmux = Tmux(require_tool("tmux"))
    article = tmp_path / "piped.txt"
    article.write_text('Ada Stone said "the bridge is safe" on Monday.\n', encoding="utf-8")
    env = f"XDG_CONFIG_HOME={tmp_path} XDG_CACHE_HOME={tmp_path}/cache TERM=xterm-256color"
    command = f"cat {article} | env {env} {newsread_command()} -; sleep 5"
    try:
        tmux.run("new-session", "-d", "-s", "reader", "-x", "100", "-y", "30", command)
        tmux.wait_for(lambda s: "(standard input)" in s and re.search(r"\d+ quotes? · ", s) is not None)
        tmux.run("send-keys", "-t", "reader", "}")
        screen = tmux.wait_for(lambda s: "Entity 1/" in status_line(s))
        assert "Ada Stone" in status_line(screen)
        assert "Ada}" not in screen  # not echoed by the terminal
        tmux.run("send-keys", "-t", "reader", "q")
        tmux.wait_for(lambda s: "(standard input)" not in s, timeout=15)
    finally:
        tmux.kill()
