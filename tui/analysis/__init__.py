"""Analysis: text -> Analysis (entities, actors, dates, quotes). Never imports Textual.

spaCy is imported only when ``analyze`` is first used, so that importing the
data model (``newsread.analysis.model``) stays cheap.
"""

from __future__ import annotations

from newsread.analysis.model import Actor, Analysis, DateMention, Entity, Quote

__all__ = ["Actor", "Analysis", "DateMention", "Entity", "Quote", "analyze"]


def __getattr__(name: str):
    if name == "analyze":
        from newsread.analysis.engine import analyze

        return analyze
    raise AttributeError(name)
