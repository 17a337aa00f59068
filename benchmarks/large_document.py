"""Benchmark 4: a 1M-character document (the seeds repeated).

- First paint of ``newsread BIG`` vs ``newsread seeds/idlib.txt`` in tmux
  (private socket, 120x40). Goal: <= 1.5x.
- Keypress-to-repaint latency for ``j``, ``pagedown``, ``]`` and ``G`` with
  Pilot (``run_test``, 120x40) once the analysis has arrived: the clock runs
  from the key press until the app hands the next compositor update to
  ``App._display`` (the headless driver then skips only the terminal write).
  Median and p95 per key. Goal: p95 <= 50 ms.
- Peak RSS of that Pilot process (app + analysis of the whole document) vs
  spaCy alone parsing the same blocks with nlp.pipe and keeping the Docs.
  Goal: <= 1.5x.

The Pilot part runs in a child process (``--pilot-child``) so that its peak
RSS is its own.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import (
    MODEL, PYTHON, ROOT, SEED, Row, max_rss_mib_of, median, ms, newsread_cmd, p95,
    print_table, private_env, secs, write_large_document,
)
from first_paint import paint_times

KEYS = {"j": 30, "pagedown": 30, "]": 20, "G": 10}
ANALYSIS_TIMEOUT = 900.0  # seconds; 1M characters is ~170k words for the sm model

SPACY_ALONE = (
    "import re, spacy, sys\n"
    f"nlp = spacy.load({MODEL!r}, exclude=['senter'])\n"
    "text = open(sys.argv[1], encoding='utf-8').read()\n"
    "blocks = [m.group() for m in re.finditer(r'\\S(?:.*\\S)?', text)]\n"
    "docs = list(nlp.pipe(blocks))\n"
)


async def _pilot(path: str) -> dict:
    """Open ``path`` in the real app, wait for the analysis, time key presses."""
    from newsread.article import load_article
    from newsread.ui.app import NewsreadApp

    app = NewsreadApp([load_article(path)])
    shown: list[float] = []
    original = app._display

    def display(screen, renderable):  # timestamp every compositor update
        if renderable is not None:
            shown.append(time.perf_counter())
        return original(screen, renderable)

    app._display = display
    latencies: dict[str, list[float]] = {k: [] for k in KEYS}
    missing: dict[str, int] = {k: 0 for k in KEYS}
    async with app.run_test(size=(120, 40)) as pilot:
        t0 = time.perf_counter()
        while 0 not in app.results or app.results[0].partial:  # the whole analysis, not a part
            if time.perf_counter() - t0 > ANALYSIS_TIMEOUT:
                raise RuntimeError("the analysis did not finish in time")
            await pilot.pause(0.2)
        analysis_s = time.perf_counter() - t0
        error = app.results[0].error
        await pilot.pause(0.5)
        for key, count in KEYS.items():
            for _ in range(count):
                if key == "G":  # back to the top first, so that G always moves
                    await pilot.press("g")
                    await pilot.pause(0.05)
                shown.clear()
                start = time.perf_counter()
                await pilot.press(key)
                deadline = start + 1.0
                while not shown and time.perf_counter() < deadline:
                    await asyncio.sleep(0.001)
                if shown:
                    latencies[key].append(shown[0] - start)
                else:
                    missing[key] += 1
                await pilot.pause(0.02)
    import resource

    return {
        "latencies": latencies,
        "no_repaint": missing,
        "analysis_s": analysis_s,
        "analysis_error": error,
        "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run(reps: int = 3) -> list[Row]:
    folder = Path(tempfile.mkdtemp(prefix="newsread-bench-large-"))
    big = write_large_document(folder / "large.txt")
    env = private_env()
    rows: list[Row] = []

    cmd = newsread_cmd() + ["--no-cache"]
    times = paint_times({"seed": shlex.join(cmd + [str(SEED)]), "big": shlex.join(cmd + [str(big)])}, reps, env=env)
    seed_t, big_t = median(times["seed"]), median(times["big"])
    chars = len(big.read_text(encoding="utf-8"))
    rows.append(Row("4 large doc", f"first paint {chars // 1000}k chars vs seed", secs(big_t), secs(seed_t), big_t / seed_t, "<= 1.5"))

    child = subprocess.run(
        [PYTHON, str(Path(__file__).resolve()), "--pilot-child", str(big)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    if child.returncode != 0:
        raise RuntimeError(f"pilot child failed: {child.stderr[-2000:]}")
    result = json.loads(child.stdout.strip().splitlines()[-1])
    for key, values in result["latencies"].items():
        gone = result["no_repaint"][key]
        note = f" ({gone} presses without repaint)" if gone else ""
        if values:
            rows.append(Row("4 large doc", f"key {key!r} median / p95 of {len(values)}{note}",
                            f"{ms(median(values))} / {ms(p95(values))}", "", p95(values) / 0.050, "<= 1.0"))
        else:
            rows.append(Row("4 large doc", f"key {key!r}: no repaint in 1 s{note}", "-", "", None, ""))
    spacy_rss = max_rss_mib_of(
        f"import sys; sys.argv = ['x', {str(big)!r}]\n" + SPACY_ALONE, env=env
    )
    ours = result["max_rss_mib"]
    rows.append(Row("4 large doc", "peak RSS (app + analysis vs spaCy)", f"{ours:.0f} MiB", f"{spacy_rss:.0f} MiB", ours / spacy_rss, "<= 1.5"))
    note = f"analysis of the document took {result['analysis_s']:.1f} s in the app"
    if result["analysis_error"]:
        note += f"; the analysis FAILED: {result['analysis_error']}"
    print(f"(note: {note}; latency ratios are p95 / 50 ms)")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--pilot-child", metavar="PATH", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.pilot_child:
        print(json.dumps(asyncio.run(_pilot(args.pilot_child))))
        return
    print_table(run(args.reps), "Benchmark 4: a 1M-character document")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
