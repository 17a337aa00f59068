"""The real reader on a real pty, with and without the output optimiser: same screen, fewer bytes.

Two sessions of the installed ``newsread`` on the seed (warm analysis cache, so
both show the same analysed screen): one with ``send_only_changes = false``
(Textual's own output), one with the default. Both byte streams are replayed in
a terminal emulator (pyte) and every cell must match after startup and after
each key, including a resize and the redraw key; the optimised stream must be
much smaller.
"""

from __future__ import annotations

import fcntl
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

from conftest import SEED, SEED_DATE

pytestmark = pytest.mark.e2e

NEWSREAD = Path(sys.executable).parent / "newsread"
WIDTH, HEIGHT = 100, 30
KEYS = [("]", b"]"), ("]", b"]"), ("}", b"}"), ("pgdn", b"\x1b[6~"), ("j", b"j"),
        ("tab", b"\t"), ("down", b"\x1b[B"), ("enter", b"\r"), ("s", b"s"), ("escape", b"\x1b")]


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

    def press(self, key: bytes) -> int:
        os.write(self.fd, key)
        return self.drain()

    def resize(self, width: int, height: int) -> int:
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
        self.screen.resize(height, width)
        return self.drain(quiet=1.0)

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


def test_optimised_output_draws_the_same_screen_with_fewer_bytes(tmp_path):
    warm = Session(_env(tmp_path, "warm", ""))  # fills the shared analysis cache
    warm.wait_for(" quotes · ")
    assert warm.close() == 0

    plain = Session(_env(tmp_path, "plain", "send_only_changes = false\n"))
    lean = Session(_env(tmp_path, "lean", ""))
    try:
        for session in (plain, lean):
            session.wait_for(" quotes · ")
            session.drain(quiet=1.5)
        assert not _differences(plain, lean), _differences(plain, lean)
        startup = (plain.received, lean.received)
        for name, key in KEYS:
            sizes = (plain.press(key), lean.press(key))
            assert not _differences(plain, lean), f"after {name}: {_differences(plain, lean)}"
            assert sizes[1] <= sizes[0], f"{name}: optimised output is larger {sizes}"

        # A toast (u: nothing to undo) drawn over the text, then gone after its 8 s.
        plain.press(b"u")
        lean.press(b"u")
        assert "nothing to undo" in "\n".join(lean.screen.display)
        assert not _differences(plain, lean), f"with a toast: {_differences(plain, lean)}"
        time.sleep(8.5)
        plain.drain(quiet=0.5)
        lean.drain(quiet=0.5)
        assert "▌ nothing to undo" not in "\n".join(lean.screen.display)
        assert not _differences(plain, lean), f"after the toast: {_differences(plain, lean)}"

        # A resize: the terminal may have reflowed, so the whole screen goes out again.
        plain.resize(90, 26)
        resized = lean.resize(90, 26)
        assert not _differences(plain, lean), f"after resize: {_differences(plain, lean)}"
        assert resized > 1500, "after a resize every row must be sent again"

        # ctrl+l: another program scribbled on the terminal; the redraw key repaints every cell.
        lean.stream.feed(b"\x1b[5;5Hscribble\x1b[12;40Hmore")
        redraw = lean.press(b"\x0c")
        plain.press(b"\x0c")
        assert not _differences(plain, lean), f"after ctrl+l: {_differences(plain, lean)}"
        assert redraw > 1500
    finally:
        codes = (plain.close(), lean.close())
    assert codes == (0, 0)
    assert startup[1] < 0.6 * startup[0], f"startup bytes plain/lean: {startup}"
    assert lean.received < 0.6 * plain.received, (plain.received, lean.received)
