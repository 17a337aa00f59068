#!/usr/bin/env python3
"""Extra check: every quote-mark character in each article is either a boundary of a gold quote /
not_quote span, or an apostrophe (letter on both sides, plural s', or 'n / ’s patterns)."""
import json, sys
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent
MARKS = set('"“”\'‘’')
bad = 0
for gf in sorted(OUT.glob("x*.json")):
    g = json.loads(gf.read_text()); t = (OUT / "articles" / (gf.stem + ".txt")).read_text()
    bounds = set()
    for q in g["quotes"] + g["not_quotes"]:
        bounds.add(q["start"] - 1); bounds.add(q["end"])
    for i, ch in enumerate(t):
        if ch not in MARKS or i in bounds:
            continue
        prev = t[i - 1] if i else " "; nxt = t[i + 1] if i + 1 < len(t) else " "
        if ch in "'’" and (prev.isalpha() and (nxt.isalpha() or prev == "s")):
            continue
        bad += 1
        print(f"{gf.stem}: unaccounted mark {ch!r} at {i}: {t[max(0,i-30):i+30]!r}")
    # spans must not overlap except nested ones
print("unaccounted marks:", bad)
sys.exit(1 if bad else 0)
