"""Benchmark: quote extraction time against spaCy parse time.

Times, in one run and separately, (a) the spaCy parse of every block
(``nlp.pipe``) and (b) ``find_quotes`` on the parsed article, for the seed
article and for a larger text made by repeating the seed, over several
repetitions; prints the best times and the ratio overhead/parse.
Goal: quote extraction adds at most 10% to the parse time.

    .venv/bin/python benchmarks/quotes.py [--reps N] [--copies K]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsread.analysis.actors import build_actors
from newsread.analysis.entities import extract_entities
from newsread.analysis.pipeline import load_pipeline, parse
from newsread.analysis.quotes import find_quotes
from newsread.article import article_from_text

SEED = Path(__file__).resolve().parent.parent / "seeds" / "idlib.txt"


def measure(text: str, nlp, reps: int) -> tuple[float, float, int]:
    """Best-of-``reps`` seconds for parse and for find_quotes, and the quote count."""
    article = article_from_text(text)
    t_parse, t_quotes, n = [], [], 0
    for _ in range(reps):
        t0 = time.perf_counter()
        parsed = parse(article, nlp)
        t1 = time.perf_counter()
        entities = extract_entities(parsed)
        table = build_actors(parsed, entities)
        t2 = time.perf_counter()
        quotes = find_quotes(parsed, entities, table)
        t3 = time.perf_counter()
        t_parse.append(t1 - t0)
        t_quotes.append(t3 - t2)
        n = len(quotes)
    return min(t_parse), min(t_quotes), n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--copies", type=int, default=10)
    args = ap.parse_args()
    nlp = load_pipeline()
    seed = SEED.read_text(encoding="utf-8")
    nlp("warm up")  # model load is not part of either number
    for label, text in (("seed", seed), (f"seed x{args.copies}", "\n\n".join([seed] * args.copies))):
        tp, tq, n = measure(text, nlp, args.reps)
        print(
            f"{label:10s} chars {len(text):7d}  parse {tp * 1000:8.1f} ms  "
            f"find_quotes {tq * 1000:7.1f} ms  quotes {n:4d}  ratio {tq / tp:.3f}"
        )


if __name__ == "__main__":
    main()
