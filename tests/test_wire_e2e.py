"""The real reader on a real pty, with and without the output optimiser: same screen, fewer bytes.

Two sessions of the installed ``newsread`` on the seed, its analysis the fixed one of the
snapshot tests read from the analysis cache (both show the same analysed screen at once,
and no spaCy is loaded): one with ``send_only_changes = false``
(Textual's own output), one with the default. Both byte streams are replayed in
a terminal emulator (pyte) and every cell must match after startup and after
each key, including a toast coming and going, a resize and the redraw key; the
optimised stream must be much smaller. Both sessions get each input at once and
are read side by side (the test waits for the slower one, never for both in turn).
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import select
import signal
import struct
import sys
import termios
import time
from pathlib import Path

import pyte
import pytest

from newsread.analysis.cache import load_cached, store
from newsread.analysis.model import Analysis
from newsread.article import load_article

from conftest import SEED, SEED_DATE

pytestmark = pytest.mark.e2e

NEWSREAD = Path(sys.executable).parent / "newsread"
FIXED_ANALYSIS = Path(__file__).parent / "fixtures" / "seed_analysis.json"  # as in test_snapshots.py
WIDTH, HEIGHT = 100, 30
KEYS = [("]", b"]"), ("]", b"]"), ("}", b"}"), ("pgdn", b"\x1b[6~"), ("j", b"j"),
        ("tab", b"\t"), ("down", b"\x1b[B"), ("enter", b"\r"), ("s", b"s"), ("escape", b"\x1b")]
TOAST = "▌ nothing to undo"  # the toast's message line, its left edge included


class Session:
    """newsread on a pty of WIDTH x HEIGHT; everything it writes is fed to a pyte screen."""

    def __init__(self, env: dict[str, str]):
        self.screen = pyte.Screen(WIDTH, HEIGHT)
        self.stream = pyte.ByteStream(self.screen)
        self.received = 0
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", HEIGHT, WIDTH, 0, 0))
            # An explicit environment: pytest's own COLUMNS/LINES (set behind os.environ's
            # back) would override the pty's size.
            child_env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
            os.execve(str(NEWSREAD), [str(NEWSREAD), str(SEED), "--date", SEED_DATE], {**child_env, **env})
        self.pid, self.fd = pid, fd

    def drain(self, quiet: float = 0.8, timeout: float = 60.0) -> int:
        """Read until the app has been silent for ``quiet`` seconds; the bytes read."""
        got, last, start = 0, time.monotonic(), time.monotonic()
        while time.monotonic() - last < quiet and time.monotonic() - start < timeout:
            ready, _, _ = select.select([self.fd], [], [], 0.05)
            if ready:
                try:
                    data = os.read(self.fd, 65536)
                except OSError:
                    break
                self.stream.feed(data)
                got += len(data)
                last = time.monotonic()
        self.received += got
        return got

    def wait_for(self, text: str, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while text not in "\n".join(self.screen.display):
            assert time.monotonic() < deadline, f"{text!r} never shown:\n" + "\n".join(self.screen.display)
            self.drain(quiet=0.2, timeout=1.0)

    def resize(self, width: int, height: int) -> None:
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
        self.screen.resize(height, width)

    def find(self, text: str) -> tuple[int, int]:
        """(column, row) of ``text`` on the screen, 0-based."""
        row = next(y for y, line in enumerate(self.screen.display) if text in line)
        return self.screen.display[row].index(text), row

    def cells(self) -> list[list[tuple]]:
        buffer = self.screen.buffer
        return [[(c.data, c.fg, c.bg, c.bold, c.italics, c.underscore, c.reverse, c.strikethrough)
                 for c in (buffer[y][x] for x in range(self.screen.columns))]
                for y in range(self.screen.lines)]

    def close(self) -> int:
        os.write(self.fd, b"q")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            self.drain(quiet=0.1, timeout=0.5)
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self.fd)
        pytest.fail("newsread did not quit on q")


def together(sessions: tuple[Session, ...], send, quiet: float = 0.8, timeout: float = 60.0) -> tuple[int, ...]:
    """``send(session)`` to each, then read all of them until each has been silent for ``quiet``
    seconds: the bytes each wrote. (Waiting for one, then the other, doubled the test's time.)"""
    for session in sessions:
        send(session)
    got = {s.fd: 0 for s in sessions}
    last = {s.fd: time.monotonic() for s in sessions}
    by_fd = {s.fd: s for s in sessions}
    start = time.monotonic()
    while time.monotonic() - start < timeout and any(time.monotonic() - t < quiet for t in last.values()):
        ready, _, _ = select.select(list(by_fd), [], [], 0.05)
        for fd in ready:
            try:
                data = os.read(fd, 65536)
            except OSError:
                continue
            by_fd[fd].stream.feed(data)
            got[fd] += len(data)
            last[fd] = time.monotonic()
    for s in sessions:
        s.received += got[s.fd]
    return tuple(got[s.fd] for s in sessions)


def _key(data: bytes):
    return lambda session: os.write(session.fd, data)


def _env(tmp_path: Path, name: str, config: str) -> dict[str, str]:
    home = tmp_path / name
    (home / "config" / "newsread").mkdir(parents=True)
    (home / "config" / "newsread" / "config.toml").write_text(config, encoding="utf-8")
    return {
        "TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
    }


def _differences(a: Session, b: Session) -> str:
    rows = [y for y, (ra, rb) in enumerate(zip(a.cells(), b.cells())) if ra != rb]
    if not rows:
        return ""
    return "rows differ: " + ", ".join(
        f"{y + 1}:\n  plain {a.screen.display[y]!r}\n  lean  {b.screen.display[y]!r}" for y in rows[:3])


def test_optimised_output_draws_the_same_screen_with_fewer_bytes(tmp_path, monkeypatch):
    # The analysis cache both readers read (_env points them at it), holding the fixed analysis.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    seed = load_article(str(SEED))
    fixed = Analysis.from_dict(json.loads(FIXED_ANALYSIS.read_text(encoding="utf-8")))
    assert store(seed, fixed, published=SEED_DATE) and load_cached(seed, published=SEED_DATE) is not None

    plain = Session(_env(tmp_path, "plain", "send_only_changes = false\n"))
    lean = Session(_env(tmp_path, "lean", ""))
    both = (plain, lean)
    try:
        for session in both:
            session.wait_for(" quotes · ")
        together(both, lambda s: None, quiet=1.5)
        assert not _differences(plain, lean), _differences(plain, lean)
        startup = (plain.received, lean.received)
        for name, key in KEYS:
            sizes = together(both, _key(key))
            assert not _differences(plain, lean), f"after {name}: {_differences(plain, lean)}"
            assert sizes[1] <= sizes[0], f"{name}: optimised output is larger {sizes}"

        # A toast (u: nothing to undo) drawn over the text, then gone: a click removes it as
        # its timeout would (the same Toast._expire), without waiting 8 s for it.
        together(both, _key(b"u"))
        assert TOAST in "\n".join(lean.screen.display)
        assert not _differences(plain, lean), f"with a toast: {_differences(plain, lean)}"
        x, y = lean.find(TOAST)
        click = f"\x1b[<0;{x + 1};{y + 1}M\x1b[<0;{x + 1};{y + 1}m".encode()
        together(both, _key(click))
        assert TOAST not in "\n".join(lean.screen.display)  # (the annotation line still says it)
        assert not _differences(plain, lean), f"after the toast: {_differences(plain, lean)}"

        # A resize: the terminal may have reflowed, so the whole screen goes out again.
        resized = together(both, lambda s: s.resize(90, 26), quiet=1.0)
        assert not _differences(plain, lean), f"after resize: {_differences(plain, lean)}"
        assert resized[1] > 1500, "after a resize every row must be sent again"

        # ctrl+l: another program scribbled on the terminal; the redraw key repaints every cell.
        lean.stream.feed(b"\x1b[5;5Hscribble\x1b[12;40Hmore")
        redraw = together(both, _key(b"\x0c"))
        assert not _differences(plain, lean), f"after ctrl+l: {_differences(plain, lean)}"
        assert redraw[1] > 1500
    finally:
        codes = (plain.close(), lean.close())
    assert codes == (0, 0)
    assert startup[1] < 0.6 * startup[0], f"startup bytes plain/lean: {startup}"
    assert lean.received < 0.6 * plain.received, (plain.received, lean.received)
