"""Pick a reader for a path (or stdin) and turn its bytes into an Article.

PROVISIONAL: the minimal plain-text reader; the readers issue replaces it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from newsread.article.model import Article, ArticleError, Block


def article_from_text(text: str, source: str | None = None) -> Article:
    """Plain text: paragraphs are separated by blank lines."""
    blocks = [Block("paragraph", m.start(), m.end()) for m in re.finditer(r"\S(?:.*\S)?", text)]
    return Article(text=text, blocks=blocks, source=source)


def load_article(path: str) -> Article:
    if path == "-":
        return article_from_text(sys.stdin.read(), source="-")
    p = Path(path)
    if not p.exists():
        raise ArticleError(f"{path}: no such file")
    return article_from_text(p.read_text(encoding="utf-8", errors="replace"), source=path)
