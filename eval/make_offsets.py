#!/usr/bin/env python3
"""Fill in and check the character offsets of a gold file in eval/extra.

usage: make_offsets.py GOLD_DIR [NAME ...]

For every NAME.json in GOLD_DIR (or only the names given), each entry of
`quotes` is located in articles/NAME.txt with the same rule
score.py uses (search from one past the previous quote's start, else from the
top), so the offsets written here are the spans the scorer will use; a `not_quotes` entry goes
to its first occurrence between quotation marks. The file
is rewritten with `start`/`end` set. The script fails loudly when a text is
not found, when the located span is not bounded by quotation marks (spaces
allowed between mark and words, for typos such as `“ Not`), or when a name in
`entities.people` does not occur in the article.
"""
import json
import sys
from pathlib import Path

OPEN = set("\"'“‘«„‹`")
CLOSE = set("\"'”’»“‹›")


def bounded(text, start, end):
    """True when the span sits between an opening and a closing mark."""
    i = start - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    j = end
    while j < len(text) and text[j] == " ":
        j += 1
    # an unclosed quote may end at its paragraph's end (multi-paragraph quotes)
    closed = j >= len(text) or text[j] in CLOSE or text[j] == "\n"
    return i >= 0 and text[i] in OPEN and closed


def find_bounded(text, needle):
    """First occurrence of needle that sits between marks (for not_quotes)."""
    i = text.find(needle)
    while i >= 0 and not bounded(text, i, i + len(needle)):
        i = text.find(needle, i + 1)
    return i


def place(text, items, label, errors, scorer_rule=True):
    hint = 0
    for q in items:
        if scorer_rule:
            i = text.find(q["text"], hint)
            if i < 0:
                i = text.find(q["text"])
        else:
            i = find_bounded(text, q["text"])
        if i < 0:
            errors.append(f"{label}: not found: {q['text'][:60]!r}")
            continue
        q["start"], q["end"] = i, i + len(q["text"])
        if not bounded(text, i, q["end"]):
            errors.append(f"{label}: not between marks: {q['text'][:60]!r}")
        if scorer_rule and i < hint - 1:
            errors.append(f"{label}: out of text order: {q['text'][:60]!r}")
        hint = i + 1


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    gold_dir = Path(argv[1])
    names = argv[2:] or [p.stem for p in sorted(gold_dir.glob("*.json"))]
    errors = []
    for name in names:
        gf = gold_dir / f"{name}.json"
        text = (gold_dir / "articles" / f"{name}.txt").read_text(encoding="utf-8")
        gold = json.loads(gf.read_text(encoding="utf-8"))
        place(text, gold["quotes"], f"{name} quote", errors)
        place(text, gold.get("not_quotes", []), f"{name} not_quote", errors, scorer_rule=False)
        for p in gold.get("entities", {}).get("people", []):
            if p not in text and not all(t in text for t in p.split()):
                errors.append(f"{name}: person not in text: {p!r}")
        for q in gold["quotes"] + gold.get("not_quotes", []):
            if "start" in q:
                assert text[q["start"]:q["end"]] == q["text"]
        gf.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{name}: {len(gold['quotes'])} quotes, {len(gold.get('not_quotes', []))} not_quotes,"
              f" {len(text.split())} words")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
