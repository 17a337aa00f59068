"""Readers: files and streams -> :class:`Article`. Imports neither spaCy nor Textual."""

from newsread.article.model import Article, ArticleError, Block, Inline
from newsread.article.loader import article_from_text, load_article

__all__ = ["Article", "ArticleError", "Block", "Inline", "article_from_text", "load_article"]
