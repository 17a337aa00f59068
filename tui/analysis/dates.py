"""DATE and TIME mentions, resolved to ISO dates against the publication date.

PROVISIONAL: absolute dates unresolved; the foundation issue adds resolution.
"""

from __future__ import annotations

from newsread.analysis.model import DateMention, Entity


def extract_dates(entities: list[Entity], published: str | None) -> list[DateMention]:
    """DATE/TIME entities as DateMentions, ``value`` set where it resolves honestly."""
    return [
        DateMention(e.start, e.end, e.text, e.label, None)
        for e in entities
        if e.label in ("DATE", "TIME")
    ]
