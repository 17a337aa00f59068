"""The quote engine: direct quotes and their speakers.

PROVISIONAL: finds nothing yet; the quote engine issue fills it in.
"""

from __future__ import annotations

from newsread.analysis.actors import ActorTable
from newsread.analysis.model import Entity, Quote
from newsread.analysis.parsed import ParsedArticle


def find_quotes(parsed: ParsedArticle, entities: list[Entity], actors: ActorTable) -> list[Quote]:
    """Every direct quote in document order, with its speaker resolved to an actor."""
    return []
