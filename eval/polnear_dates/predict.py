"""Run newsread's analysis over the PolNeAR date articles and write one JSON per article.

usage: predict.py ARTICLES_DIR PRED_DIR

ARTICLES_DIR is what ``articles.py`` wrote. Each article is analysed in this one process
(one model load) with its publication date from ``gold.json``, exactly as
``newsread extract FILE --json --no-cache --date PUBLISHED`` would; PRED_DIR/NAME.json
is that command's JSON.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    from newsread.analysis import analyze
    from newsread.analysis.pipeline import DEFAULT_MODEL, load_pipeline
    from newsread.article import load_article

    articles, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    gold = json.loads((HERE / "gold.json").read_text())
    nlp = load_pipeline(DEFAULT_MODEL)
    for name, item in gold["articles"].items():
        article = load_article(articles / f"{name}.txt")
        analysis = analyze(article, nlp=nlp, published=item["published"])
        (out / f"{name}.json").write_text(json.dumps(analysis.to_dict(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
