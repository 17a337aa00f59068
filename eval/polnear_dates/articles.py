"""Write the PolNeAR articles that gold.json annotates, from a local PolNeAR git clone.

usage: articles.py POLNEAR_GIT OUT_DIR

POLNEAR_GIT is a clone of github.com/networkdynamics/PolNeAR (``.polnear`` in the project
root, see ../shared/eval/README.md; a ``--no-checkout`` clone is enough: files are read with
``git show``). Writes OUT_DIR/NAME.txt for every article in gold.json and checks that each
annotated string sits at its offsets, so the gold and the texts cannot drift apart silently.
The articles are copyrighted: they stay outside the repository.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def article_text(git_dir: str, name: str) -> str:
    blob = f"HEAD:data/train/text/{name}.txt"
    return subprocess.run(["git", "-C", git_dir, "show", blob], check=True, capture_output=True).stdout.decode()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    git_dir, out = argv[0], Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    gold = json.loads((HERE / "gold.json").read_text())
    bad = 0
    for name, item in gold["articles"].items():
        text = article_text(git_dir, name)
        for d in item["dates"] + item["not_dates"]:
            if text[d["start"] : d["end"]] != d["text"]:
                print(f"{name}: {d['text']!r} is not at {d['start']}-{d['end']}", file=sys.stderr)
                bad += 1
        (out / f"{name}.txt").write_text(text)
    print(f"{len(gold['articles'])} articles written to {out}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
