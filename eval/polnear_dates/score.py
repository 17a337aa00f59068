"""Score the dates newsread lists against gold.json: is each listed date's value right?

usage: score.py PRED_DIR [-v]

PRED_DIR holds ``newsread extract --json`` output, one NAME.json per article (predict.py
writes it). Each listed date (``dates[]``, as the sidebar lists them) is matched to the gold
item it overlaps most:

- a gold date: right when its ``value`` is the gold value or one of ``accept`` (null included
  when the gold says the text cannot be resolved honestly, e.g. "that year");
- a gold non-date (an age, a duration, a frequency, a vague time, "USA TODAY"), or nothing
  annotated: wrong, a non-date listed as a date.

Value accuracy = right / listed, per part ("tune": looked at while changing the rules;
"unseen": only scored). Recall = gold dates (not marked ``optional``) that some listed date
overlaps. ``-v`` prints every wrong item.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def score_article(gold: dict, pred: dict) -> tuple[Counter, list[str]]:
    """Counts (listed, right, gold, found) and the lines describing each error."""
    counts: Counter = Counter()
    errors = []
    items = [(g, True) for g in gold["dates"]] + [(g, False) for g in gold["not_dates"]]
    found = set()
    for d in pred["dates"]:
        counts["listed"] += 1
        best = max(items, key=lambda gi: overlap(gi[0], d), default=None)
        if best is None or overlap(best[0], d) == 0:
            errors.append(f"  not annotated  {d['text']!r} -> {d['value']}")
            continue
        g, is_date = best
        if not is_date:
            errors.append(f"  not a date     {d['text']!r} -> {d['value']}")
            continue
        found.add(id(g))
        accepted = g.get("accept", [g["value"]])
        if d["value"] in accepted:
            counts["right"] += 1
        else:
            errors.append(f"  wrong value    {d['text']!r} -> {d['value']}  (gold {' | '.join(map(str, accepted))})")
    for g in gold["dates"]:
        if not g.get("optional"):
            counts["gold"] += 1
            if id(g) in found:
                counts["found"] += 1
            else:
                errors.append(f"  missed         {g['text']!r} (gold {g['value']})")
    return counts, errors


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    pred_dir = Path(args[0])
    gold = json.loads((HERE / "gold.json").read_text())
    totals: dict[str, Counter] = {"tune": Counter(), "unseen": Counter()}
    for name, item in gold["articles"].items():
        path = pred_dir / f"{name}.json"
        if not path.exists():
            print(f"missing prediction: {path}", file=sys.stderr)
            return 1
        counts, errors = score_article(item, json.loads(path.read_text()))
        totals[item["part"]].update(counts)
        if verbose and errors:
            print(f"{name} ({item['part']}, published {item['published']})")
            print("\n".join(errors))
    for part, c in totals.items():
        listed, gold_n = c["listed"] or 1, c["gold"] or 1
        print(
            f"{part}: value accuracy {c['right'] / listed:.3f} ({c['right']}/{c['listed']} listed dates right); "
            f"recall {c['found'] / gold_n:.3f} ({c['found']}/{c['gold']})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
