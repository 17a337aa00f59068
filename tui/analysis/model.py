"""The analysis result and its JSON form (schema ``newsread.analysis/1``).

Pure data: no spaCy, no Textual, so the UI and the cache can load an Analysis
without importing the NLP stack. Offsets are Python string indices into
``Analysis.text``; spans are half-open.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

SCHEMA = "newsread.analysis/1"

# Entity labels that become actors in the sidebar, in sidebar order.
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")

# How a quote's speaker was found (Quote.resolved_via).
RESOLVED_VIA = ("name", "pronoun", "description", "continuation", "inherited")

# Below this speaker_confidence a speaker is doubtful: 0.5 is where the speaker was right at
# least 97% of the time on held-out real news (quotes/confidence.py).
DOUBTFUL_BELOW = 0.5

# What an attribution of speech is (Quote.kind): the words in quotation marks; reported speech
# holding quoted words; reported speech without marks.
QUOTE_KINDS = ("direct", "mixed", "indirect")


@dataclass
class Entity:
    start: int
    end: int
    label: str
    text: str
    actor: str | None = None  # Actor.id for PERSON/ORG/GPE/NORP mentions


@dataclass
class Actor:
    id: str
    name: str  # canonical (longest, title-free) name
    label: str  # one of ACTOR_LABELS
    aliases: list[str] = field(default_factory=list)  # every surface form, name included
    mentions: int = 0
    quotes: int = 0


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    label: str  # DATE or TIME
    value: str | None = None  # ISO date when it can be resolved honestly


@dataclass
class Quote:
    """One attribution of speech. ``start``/``end`` is its content: for ``direct`` the quoted
    words without the marks; for ``mixed`` and ``indirect`` the whole reported content."""

    start: int
    end: int
    text: str
    speaker: str | None = None  # Actor.id, or None
    speaker_name: str | None = None  # the actor's name, or the description when no actor
    speaker_start: int | None = None  # the mention naming the speaker in this attribution
    speaker_end: int | None = None
    cue: str | None = None  # the cue word as written ("said", "according to", ":")
    resolved_via: str | None = None  # one of RESOLVED_VIA, None when no speaker
    kind: str = "direct"  # one of QUOTE_KINDS
    # the quoted parts of a mixed item, marks excluded: [{"start": int, "end": int}]
    quoted: list[dict[str, int]] = field(default_factory=list)
    # how likely the speaker is right, calibrated on real news (quotes/confidence.py); 1.0 once
    # a user confirmed or chose it; None in analyses made before it existed
    speaker_confidence: float | None = None
    speaker_confirmed: bool = False  # a user confirmed or chose this speaker (journal)

    @property
    def doubtful(self) -> bool:
        """A speaker is named but may well be the wrong one (and no user confirmed it)."""
        conf = self.speaker_confidence
        return bool(self.speaker_name) and not self.speaker_confirmed and conf is not None and conf < DOUBTFUL_BELOW


@dataclass
class Analysis:
    text: str
    source: str | None = None
    model: str | None = None  # "<pipeline name> <version>"
    published: str | None = None
    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    title: str | None = None
    byline: str | None = None
    site: str | None = None
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        """The JSON object documented in DESIGN.md (key order as documented)."""
        return {
            "schema": self.schema,
            "source": self.source,
            "model": self.model,
            "published": self.published,
            "title": self.title,
            "byline": self.byline,
            "site": self.site,
            "text": self.text,
            "entities": [asdict(e) for e in self.entities],
            "actors": [asdict(a) for a in self.actors],
            "dates": [asdict(d) for d in self.dates],
            "quotes": [asdict(q) for q in self.quotes],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Analysis":
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} object (schema={data.get('schema')!r})")
        return cls(
            text=data["text"],
            source=data.get("source"),
            model=data.get("model"),
            published=data.get("published"),
            title=data.get("title"),
            byline=data.get("byline"),
            site=data.get("site"),
            entities=[Entity(**e) for e in data.get("entities", [])],
            actors=[Actor(**a) for a in data.get("actors", [])],
            dates=[DateMention(**d) for d in data.get("dates", [])],
            quotes=[Quote(**q) for q in data.get("quotes", [])],
        )

    def direct_quotes(self) -> list[Quote]:
        """The words in quotation marks, as direct items: the ``direct`` items and the quoted
        parts of ``mixed`` ones (each with its item's speaker and cue), in text order."""
        out = []
        for q in self.quotes:
            if q.kind == "direct":
                out.append(q)
            elif q.kind == "mixed":
                for p in q.quoted:
                    s, e = p["start"], p["end"]
                    out.append(replace(q, start=s, end=e, text=self.text[s:e], kind="direct", quoted=[]))
        return sorted(out, key=lambda q: (q.start, -q.end))

    def actor(self, actor_id: str | None) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None
