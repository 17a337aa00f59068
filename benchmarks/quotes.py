"""Benchmark: quote extraction time against spaCy parse time.

Times, in one run and separately, (a) the spaCy parse of every block
(``nlp.pipe``), (b) ``find_quotes`` on the parsed article (direct quotes and
reported speech) and (c) its reported-speech part alone (finding the cues,
their contents and speakers, and joining them with the direct quotes), for the
seed article and for a larger text made by repeating the seed, over several
repetitions; prints the best times and the ratios to the parse time.
Goals: reported speech costs at most 0.15x the parse time (#15); the whole
quote engine stays well under the parse time.

    .venv/bin/python benchmarks/quotes.py [--reps N] [--copies K]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsread.analysis.actors import build_actors
from newsread.analysis.entities import extract_entities
from newsread.analysis.pipeline import load_pipeline, parse
from newsread.analysis.quotes import _direct_quotes, find_quotes
from newsread.analysis.quotes.index import ArticleIndex
from newsread.analysis.quotes.marks import find_mark_spans
from newsread.analysis.quotes.resolve import start
from newsread.analysis.quotes.speech import with_reported_speech
from newsread.article import article_from_text

SEED = Path(__file__).resolve().parent.parent / "seeds" / "idlib.txt"


def measure(text: str, nlp, reps: int) -> tuple[float, float, float, int]:
    """Best-of-``reps`` seconds for parse, for find_quotes and for its reported-speech part,
    and the item count."""
    article = article_from_text(text)
    t_parse, t_quotes, t_reported, n = [], [], [], 0
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
        t_reported.append(reported_seconds(parsed, entities))
        n = len(quotes)
    return min(t_parse), min(t_quotes), min(t_reported), n


def reported_seconds(parsed, entities) -> float:
    """The reported-speech part alone, on a fresh resolver (its resolutions are not cached
    from an earlier run): the direct quotes are found first, untimed."""
    table = build_actors(parsed, entities)
    spans = find_mark_spans(parsed.text, [(off, off + len(doc.text)) for off, doc in parsed.docs])
    ix = ArticleIndex(parsed, entities, spans)
    res = start(ix, entities, table)
    direct = _direct_quotes(parsed, ix, res, spans)
    t0 = time.perf_counter()
    with_reported_speech(parsed.text, ix, res, direct)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--copies", type=int, default=10)
    args = ap.parse_args()
    nlp = load_pipeline()
    seed = SEED.read_text(encoding="utf-8")
    nlp("warm up")  # model load is not part of either number
    for label, text in (("seed", seed), (f"seed x{args.copies}", "\n\n".join([seed] * args.copies))):
        tp, tq, tr, n = measure(text, nlp, args.reps)
        print(
            f"{label:10s} chars {len(text):7d}  parse {tp * 1000:8.1f} ms  "
            f"find_quotes {tq * 1000:7.1f} ms  items {n:4d}  ratio {tq / tp:.3f}  "
            f"reported speech {tr * 1000:6.1f} ms  ratio {tr / tp:.3f}"
        )


if __name__ == "__main__":
    main()
