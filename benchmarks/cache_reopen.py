"""Benchmark 3: reopening a cached article vs analysing it afresh.

Both are fresh processes that load the seed article and obtain its Analysis
through ``cached_analyze`` (what the reader's worker calls): once served from
a warm cache (no spaCy import), once with ``use_cache=False`` (import spaCy,
load the model, parse, analyse). Medians of several runs. Goal: <= 0.3x.
"""

from __future__ import annotations

import argparse

from common import PYTHON, SEED, Row, alternate, median, print_table, private_env, secs, time_run

OPEN = (
    "import sys\n"
    "from newsread.article import load_article\n"
    "from newsread.analysis.cache import cached_analyze\n"
    "mode = sys.argv[2]  # fill (warm the cache), cache (must hit), nocache\n"
    "a = cached_analyze(load_article(sys.argv[1]), use_cache=mode != 'nocache')\n"
    "assert a.entities\n"
    "if mode == 'cache' and 'spacy' in sys.modules:\n"
    "    sys.exit('cache miss: spaCy was imported')\n"
)


def run(reps: int = 5) -> list[Row]:
    env = private_env()
    runs = {
        "cached": [PYTHON, "-c", OPEN, str(SEED), "cache"],
        "uncached": [PYTHON, "-c", OPEN, str(SEED), "nocache"],
    }
    time_run([PYTHON, "-c", OPEN, str(SEED), "fill"], env=env)
    times = alternate(runs, reps, env=env)
    hit, miss = median(times["cached"]), median(times["uncached"])
    return [Row("3 reopen", f"Analysis ready, median of {reps}", secs(hit), secs(miss), hit / miss, "<= 0.3")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=5)
    print_table(run(ap.parse_args().reps), "Benchmark 3: cached reopen vs uncached analysis (seeds/idlib.txt)")


if __name__ == "__main__":
    main()
