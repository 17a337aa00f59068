"""Run every benchmark and print one table of ratios: ``python benchmarks/run_all.py``.

Not part of the test suite. Each ratio compares newsread with a baseline doing
the same work, measured in this run on this machine (see each module's
docstring for what exactly is timed). ``--quick`` uses fewer repetitions and a
smaller throughput corpus; ``--only 2,3,quotes`` picks benchmarks by number
(or a standalone script by name). Benchmarks 1 and 4 need tmux. Other
scripts in benchmarks/ (quotes.py, ssh_bytes.py) run after the numbered ones.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import Row, print_table  # noqa: E402


# Modules of this suite (the numbered benchmarks and their helpers); any other
# script in benchmarks/ is run as a standalone benchmark.
_OWN = {"run_all", "common", "first_paint", "extract_startup", "cache_reopen", "large_document", "throughput"}


def _benchmarks(quick: bool):
    import cache_reopen
    import extract_startup
    import first_paint
    import large_document
    import throughput

    reps = 3 if quick else 5
    return {
        # A first paint is ~0.3 s on a machine whose timings swing by 30%: more runs.
        "1": ("first paint", lambda: first_paint.run(3 * reps), True),
        "2": ("extract vs bare spaCy", lambda: extract_startup.run(reps), False),
        "3": ("cached reopen", lambda: cache_reopen.run(reps), False),
        "4": ("1M-character document", lambda: large_document.run(1 if quick else 3), True),
        "5": ("throughput", lambda: throughput.run(1 if quick else 3, 50_000 if quick else 200_000), False),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer repetitions, smaller corpus")
    ap.add_argument("--only", default="", help="comma-separated benchmark numbers or script names (default: all)")
    args = ap.parse_args()
    chosen = [x.strip() for x in args.only.split(",") if x.strip()]
    rows: list[Row] = []
    failed = []
    for number, (name, run, needs_tmux) in _benchmarks(args.quick).items():
        if chosen and number not in chosen:
            continue
        if needs_tmux and not shutil.which("tmux"):
            print(f"[{number}] {name}: skipped, tmux is not installed")
            continue
        t0 = time.perf_counter()
        print(f"[{number}] {name}...", flush=True)
        try:
            got = run()
        except Exception as exc:  # one broken benchmark must not hide the others
            failed.append(number)
            print(f"[{number}] {name}: FAILED: {exc}", flush=True)
            continue
        print_table(got)
        print(f"[{number}] {name}: {time.perf_counter() - t0:.0f} s", flush=True)
        rows.extend(got)
    # Standalone benchmarks owned by other parts (quotes.py, ssh_bytes.py...):
    # run as they are, each printing its own table.
    for script in sorted(HERE.glob("*.py")):
        if script.stem in _OWN or (chosen and script.stem not in chosen):
            continue
        print(f"[{script.stem}] {script.name}...", flush=True)
        if subprocess.run([sys.executable, str(script)], cwd=HERE.parent).returncode != 0:
            failed.append(script.stem)
    print_table(rows, "Summary (ratios measured in this run)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
