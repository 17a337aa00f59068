"""Bytes on the wire: what newsread sends through a real SSH session, next to ``less``.

A throwaway sshd on 127.0.0.1 (tests/e2e_support/sshd.py); the ssh client runs
on a pty of 120x40 that this script reads itself, so every byte the remote
program writes is counted. For each action the bytes are those received from
the key press until the output has been quiet for a moment.

Input: ~16k words (seeds/idlib.txt and seeds/sample.md, repeated) as one .txt.
newsread runs with a warm analysis cache (one untimed run first), so startup
is the first paint plus the analysed screen, not the spaCy load.

Goals (ratios, printed, never asserted): per page-down <= 3x less, startup
<= 10x less, and a ``]`` / ``}`` that stays on screen rewrites only the rows
that change (rows touched are listed).

    .venv/bin/python benchmarks/ssh_bytes.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import re
import shlex
import signal
import statistics
import struct
import sys
import tempfile
import termios
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from e2e_support.sshd import start_sshd  # noqa: E402

NEWSREAD = Path(sys.executable).parent / "newsread"
WIDTH, HEIGHT = 120, 40
WORDS = 16_000
KEYS = {"j": b"j", "pgdn": b"\x1b[6~", "]": b"]", "}": b"}", "g": b"g", "q": b"q"}
_MOVE = re.compile(rb"\x1b\[(\d+);(\d+)H")


def make_text(path: Path) -> int:
    """Repeat the two seeds until the text holds WORDS words; return the word count."""
    seed = (ROOT / "seeds" / "idlib.txt").read_text(encoding="utf-8")
    sample = (ROOT / "seeds" / "sample.md").read_text(encoding="utf-8").split("---", 2)[-1]
    chunks, words = [], 0
    while words < WORDS:
        for part in (seed, sample):
            chunks.append(part.strip())
            words += len(part.split())
    path.write_text("\n\n".join(chunks) + "\n", encoding="utf-8")
    return words


class PtySession:
    """An ssh client on a pty of WIDTH x HEIGHT; a thread counts what arrives."""

    def __init__(self, argv: list[str]):
        self.buf = bytearray()
        self.last = time.monotonic()
        self.chunks: list[tuple[float, int]] = []  # (arrival time, size): bursts are frames
        self.lock = threading.Lock()
        pid, fd = pty.fork()
        if pid == 0:  # child: the pty is our terminal
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", HEIGHT, WIDTH, 0, 0))
            os.environ["TERM"] = "xterm-256color"
            os.execvp(argv[0], argv)
        self.pid, self.fd = pid, fd
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                return
            if not data:
                return
            with self.lock:
                self.buf += data
                self.last = time.monotonic()
                self.chunks.append((self.last, len(data)))

    def size(self) -> int:
        with self.lock:
            return len(self.buf)

    def wait_for(self, needle: bytes, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while needle not in self.buf:
            if time.monotonic() > deadline:
                raise RuntimeError(f"timed out waiting for {needle!r}; last output {bytes(self.buf[-300:])!r}")
            time.sleep(0.05)

    def wait_quiet(self, quiet: float, first_byte_timeout: float = 3.0, since: int | None = None) -> None:
        """Wait until output started (after ``since``) and then stayed silent for ``quiet`` seconds."""
        start = time.monotonic()
        if since is not None:
            while self.size() == since and time.monotonic() - start < first_byte_timeout:
                time.sleep(0.01)
        while time.monotonic() - self.last < quiet:
            time.sleep(0.02)

    def press(self, key: bytes, quiet: float) -> tuple[bytes, int]:
        """Send ``key``; the bytes that answer it and in how many bursts (1 = one frame, no animation)."""
        before, first_chunk = self.size(), len(self.chunks)
        os.write(self.fd, key)
        self.wait_quiet(quiet, since=before)
        with self.lock:
            return bytes(self.buf[before:]), len(bursts(self.chunks[first_chunk:]))

    def close(self) -> None:
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        os.close(self.fd)


def bursts(chunks: list[tuple[float, int]], gap: float = 0.02) -> list[int]:
    """Sizes of output bursts (chunks closer than ``gap`` seconds belong together): roughly, frames."""
    sizes: list[int] = []
    last = None
    for t, n in chunks:
        if last is None or t - last > gap:
            sizes.append(0)
        sizes[-1] += n
        last = t
    return sizes


def rows_touched(data: bytes) -> list[int]:
    """Screen rows (1-based) that absolute cursor moves in ``data`` address."""
    return sorted({int(m.group(1)) for m in _MOVE.finditer(data)})


def measure(server, remote: str, ready: bytes, actions: list[str], quiet: float) -> dict[str, list]:
    """Start ``remote`` over ssh; startup bytes, then each action's bytes and rows touched."""
    s = PtySession(server.ssh_argv(remote))
    out: dict[str, list] = {"startup": []}
    try:
        s.wait_for(ready)
        s.wait_quiet(1.5)
        out["startup"].append(s.size())
        out["startup frames"] = bursts(s.chunks)
        for name in actions:
            if name == "g":  # back to the top between series, not measured
                s.press(KEYS["g"], quiet)
                continue
            data, frames = s.press(KEYS[name], quiet)
            out.setdefault(name, []).append((len(data), rows_touched(data), frames))
        s.press(KEYS["q"], quiet)
    finally:
        s.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="presses of each key (median reported)")
    ap.add_argument("--quiet", type=float, default=0.6, help="seconds of silence that end an action")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newsread-ssh-bytes-"))
    article = work / "long.txt"
    words = make_text(article)
    env = f"env XDG_CACHE_HOME={shlex.quote(str(work / 'cache'))} XDG_CONFIG_HOME={shlex.quote(str(work / 'config'))} " \
          f"XDG_DATA_HOME={shlex.quote(str(work / 'data'))} LANG=C.UTF-8"
    reader = f"{env} {shlex.quote(str(NEWSREAD))} {shlex.quote(str(article))} --date 2018-09-18"
    pager = f"{env} LESS= less {shlex.quote(str(article))}"
    r = args.repeat
    series = ["j"] * r + ["pgdn"] * r + ["g"] + ["}"] * r + ["g"] + ["]"] * r
    server = start_sshd(work / "sshd")
    try:
        print(f"text: {words} words; terminal {WIDTH}x{HEIGHT}; TERM=xterm-256color; through sshd on 127.0.0.1")
        measure(server, reader, b" quotes \xc2\xb7 ", [], args.quiet)  # warm the analysis cache
        ours = measure(server, reader, b" quotes \xc2\xb7 ", series, args.quiet)
        theirs = measure(server, pager, b"long.txt", ["j"] * r + ["pgdn"] * r, args.quiet)
    finally:
        server.stop()

    def med(values) -> float:
        return statistics.median(v[0] if isinstance(v, tuple) else v for v in values)

    print(f"\n{'action':<10}{'newsread B':>12}{'less B':>10}{'ratio':>8}  goal")
    goals = {"startup": 10, "pgdn": 3}
    for name in ("startup", "j", "pgdn", "}", "]"):
        mine = med(ours[name])
        other = med(theirs[name]) if name in theirs else None
        ratio = f"{mine / other:.1f}x" if other else "-"
        goal = f"<= {goals[name]}x less" if name in goals else ("only changed rows" if name in "]}" else "")
        print(f"{name:<10}{mine:>12.0f}{(f'{other:.0f}' if other else '-'):>10}{ratio:>8}  {goal}")
    print(f"\nnewsread startup output bursts (bytes; ~frames): {[b for b in ours['startup frames'] if b > 100]}")
    for name in ("j", "pgdn"):
        print(f"bursts per {name}: {[f for _s, _r, f in ours[name]]} (1 = a single frame: no animation)")
    for name in ("}", "]"):
        print(f"\nrows touched per {name} press (1-based; rows {HEIGHT - 8}..{HEIGHT} are details, annotation, status, footer):")
        for n, (size, rows, frames) in enumerate(ours[name], 1):
            print(f"  {name} #{n}: {size:>6} B, {frames} burst(s), {len(rows):>2} rows {rows}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
