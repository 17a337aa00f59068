"""Benchmark 2: ``newsread extract`` wall time vs a bare spaCy script on the same text.

Both are fresh processes (interpreter start, imports, model load, parse), run
alternately several times; the medians are compared. Goal: <= 1.15x.
``extract`` runs with --no-cache (the cache would skip spaCy altogether; that
case is reported as an extra, informational row).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from common import MODEL, PYTHON, SEED, Row, alternate, cpu_run, median, newsread_cmd, print_table, private_env, secs, time_run

BARE = (
    "import spacy, sys\n"
    f"nlp = spacy.load({MODEL!r})\n"
    "doc = nlp(open(sys.argv[1], encoding='utf-8').read())\n"
)


def run(reps: int = 5) -> list[Row]:
    env = private_env()
    runs = {
        "extract": newsread_cmd() + ["extract", str(SEED), "--json", "--no-cache"],
        "bare": [PYTHON, "-c", BARE, str(SEED)],
    }
    time_run(runs["bare"], env=env)  # warm the OS file cache for both
    times = alternate(runs, reps, env=env)
    ext, bare = median(times["extract"]), median(times["bare"])
    rows = [Row("2 extract", f"wall, median of {reps}", secs(ext), secs(bare), ext / bare, "<= 1.15")]
    # Informational: CPU time, which a busy shared machine disturbs less than wall time.
    cpu = {name: median([cpu_run(cmd, env=env) for _ in range(reps)]) for name, cmd in runs.items()}
    rows.append(Row("2 extract", "CPU user+sys (info)", secs(cpu["extract"]), secs(cpu["bare"]), cpu["extract"] / cpu["bare"], ""))
    # Informational: the same command once the cache holds the result.
    warm_env = private_env(Path(tempfile.mkdtemp(prefix="newsread-bench-warm-")))
    cached_cmd = newsread_cmd() + ["extract", str(SEED), "--json"]
    time_run(cached_cmd, env=warm_env)
    warm = median([time_run(cached_cmd, env=warm_env) for _ in range(reps)])
    rows.append(Row("2 extract", "wall, cache warm (info)", secs(warm), secs(bare), warm / bare, ""))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=5)
    print_table(run(ap.parse_args().reps), "Benchmark 2: extract vs bare spaCy (seeds/idlib.txt)")


if __name__ == "__main__":
    main()
