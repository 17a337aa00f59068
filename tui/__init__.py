"""newsread: a terminal reader for news articles.

The package is layered (see DESIGN.md): ``newsread.article`` reads files into an
:class:`~newsread.article.Article`; ``newsread.analysis`` turns text into an
:class:`~newsread.analysis.model.Analysis` with spaCy; ``newsread.store`` keeps the
user's annotations; ``newsread.ui`` renders all of it with Textual.

``analyze`` is imported lazily so that ``import newsread`` never pulls in spaCy.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "analyze", "load_article"]


def __getattr__(name: str):
    # Lazy so that the UI can paint text before spaCy is imported.
    if name == "analyze":
        from newsread.analysis import analyze

        return analyze
    if name == "load_article":
        from newsread.article import load_article

        return load_article
    raise AttributeError(name)
