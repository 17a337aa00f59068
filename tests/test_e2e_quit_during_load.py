"""End to end: ``q`` while spaCy is still loading exits at once, not when the load ends.

The installed ``newsread`` in a real terminal (tmux). The machine may be busy,
so there is no fixed threshold: the same test first times a full run (text on
screen -> analysis shown), then quits a second run as soon as its text shows
and requires the process to be gone in well under that time.
"""

from __future__ import annotations

import time

import pytest

from conftest import SEED, require_tool
from e2e_support.tmux import Tmux
from test_e2e_tmux import newsread_command

pytestmark = pytest.mark.e2e

NEEDLE = "Russia and Turkey have agreed"


def _start(tmp_path, name: str) -> Tmux:
    env = {"XDG_CACHE_HOME": str(tmp_path / name / "cache"), "XDG_DATA_HOME": str(tmp_path / name / "data")}
    # --no-cache: every run imports and loads spaCy, nothing is read from a warm cache.
    return Tmux(env=env).start(f"{newsread_command()} --no-cache {SEED}")


def _status(screen: str) -> str:
    return screen.rstrip("\n").split("\n")[-2]


def _pane_pid(tmux: Tmux) -> int:
    return int(tmux._tmux("display-message", "-p", "-t", tmux.session, "#{pane_pid}").stdout.strip())


def _alive(pid: int) -> bool:
    """The process still runs (a zombie waiting for tmux to reap it has exited)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _exit_status(tmux: Tmux, timeout: float = 10.0) -> str:
    """``status/signal`` of the pane's exited process, once tmux has reaped it."""
    deadline = time.monotonic() + timeout
    got = "/"
    while time.monotonic() < deadline:
        got = tmux._tmux("display-message", "-p", "-t", tmux.session, "#{pane_dead_status}/#{pane_dead_signal}").stdout.strip()
        if got != "/":
            break
        time.sleep(0.05)
    return got


def _wait_exit(pid: int, timeout: float) -> float | None:
    """Seconds until process ``pid`` has exited (None: still alive after ``timeout``).

    Not tmux's pane_dead: that turns on when the terminal closes, which may come
    before the process is gone.
    """
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if not _alive(pid):
            return time.monotonic() - t0
        time.sleep(0.01)
    return None


def test_quit_while_the_model_loads_exits_at_once(tmp_path):
    require_tool("tmux")
    # Reference: how long the analysis takes after the text is on screen (spaCy import + load + analyse).
    with _start(tmp_path, "full") as full:
        full.wait_for_text(NEEDLE, timeout=60)
        t0 = time.monotonic()
        done = full.wait_for(lambda s: " quotes · " in _status(s), timeout=120, interval=0.05)
        analysis_time = time.monotonic() - t0
        assert "actors" in _status(done)
    # The same start, quit as soon as the text shows.
    with _start(tmp_path, "quit") as quit_run:
        screen = quit_run.wait_for(lambda s: NEEDLE in s, timeout=60, interval=0.02)
        pid = _pane_pid(quit_run)  # the shell exec's the single command: this is newsread
        quit_run.send("q")
        assert " quotes · " not in _status(screen), "the analysis must still be running when q is pressed"
        exit_time = _wait_exit(pid, timeout=analysis_time + 30)
        status = _exit_status(quit_run)
        after = quit_run.capture()
    assert exit_time is not None, "newsread did not exit after q"
    print(f"exit after q: {exit_time:.2f} s; analysis after first paint: {analysis_time:.2f} s")
    # Before the fix the process lived on until spacy.load returned: about analysis_time.
    assert exit_time < 0.5 * analysis_time, f"exit took {exit_time:.2f} s; a full analysis takes {analysis_time:.2f} s"
    # tmux 3.3 sometimes reports neither (the pane closed before the reap): then the screen must tell.
    assert status in ("0/", "/"), f"exit status/signal: {status}"
    assert "Traceback" not in after and "Fatal Python error" not in after, after
