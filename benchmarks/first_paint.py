"""Benchmark 1: time to first paint of ``newsread seeds/idlib.txt`` vs a minimal Textual app.

Both run in a real terminal (tmux on a private socket, 120x40); the clock runs
from starting the session until a phrase of the article is on screen (polling
``capture-pane`` every 5 ms). The minimal app reads the same file and shows it
in a scrollable Static, nothing else. Medians of several runs. Goal: <= 1.3x.
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import tempfile
from pathlib import Path

from common import PYTHON, ROOT, SEED, Row, Tmux, median, newsread_cmd, print_table, private_env, secs

NEEDLE = "Russia and Turkey have agreed"

MINIMAL_APP = '''\
"""The least a Textual app can do to show an article: read it, show it, scroll."""
import sys

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static


class Minimal(App):
    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(open(sys.argv[1], encoding="utf-8").read(), markup=False)


Minimal().run()
'''


def minimal_app_script() -> Path:
    path = Path(tempfile.mkdtemp(prefix="newsread-bench-app-")) / "minimal_app.py"
    path.write_text(MINIMAL_APP, encoding="utf-8")
    return path


def paint_times(commands: dict[str, str], reps: int, needle: str = NEEDLE, env: dict | None = None) -> dict[str, list[float]]:
    """Time to ``needle`` for each command, ``reps`` times, interleaved so load drifts hit all alike."""
    tmux = Tmux(env=env)
    try:
        for command in commands.values():
            tmux.time_to_text(command, needle)  # warm-up: OS caches, .pyc files
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(reps):
            for name, command in commands.items():
                times[name].append(tmux.time_to_text(command, needle))
        return times
    finally:
        tmux.close()


def run(reps: int = 5) -> list[Row]:
    env = private_env()
    commands = {
        "newsread": shlex.join(newsread_cmd() + ["--no-cache", str(SEED)]),
        "minimal": shlex.join([PYTHON, str(minimal_app_script()), str(SEED)]),
        # Informational: the analysis already cached, so the worker never
        # imports spaCy while the first screen is being drawn.
        "cached": shlex.join(newsread_cmd() + [str(SEED)]),
    }
    subprocess.run(newsread_cmd() + ["extract", str(SEED), "--json"], env=env, cwd=ROOT,
                   stdout=subprocess.DEVNULL, check=True)
    times = paint_times(commands, reps, env=env)
    ours, base, warm = (median(times[k]) for k in ("newsread", "minimal", "cached"))
    return [
        Row("1 first paint", f"seed, tmux 120x40, --no-cache, median of {reps}", secs(ours), secs(base), ours / base, "<= 1.3"),
        Row("1 first paint", "seed, analysis cached (info)", secs(warm), secs(base), warm / base, ""),
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=15)
    print_table(run(ap.parse_args().reps), "Benchmark 1: first paint vs a minimal Textual app")


if __name__ == "__main__":
    main()
