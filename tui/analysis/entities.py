"""Named entities from the parse, with rule fixes for the model's systematic errors.

PROVISIONAL: raw spaCy entities; the foundation issue adds the fixes.
"""

from __future__ import annotations

from newsread.analysis.model import Entity
from newsread.analysis.parsed import ParsedArticle


def extract_entities(parsed: ParsedArticle) -> list[Entity]:
    """Every entity mention in document order, offsets into the article text."""
    out: list[Entity] = []
    for i, (_, doc) in enumerate(parsed.docs):
        for ent in doc.ents:
            start, end = parsed.global_span(i, ent)
            out.append(Entity(start, end, ent.label_, ent.text))
    return out
