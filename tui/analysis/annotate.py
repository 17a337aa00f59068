"""Run newsread's stages on a parsed Doc and leave their results on it (see components.py)."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict

from spacy.tokens import Doc
from spacy.util import filter_spans

from newsread.analysis.actors import ActorTable, build_actors
from newsread.analysis.components import STAGES, doc_blocks
from newsread.analysis.datelines import find_dateline
from newsread.analysis.dates import extract_dates
from newsread.analysis.entities import extract_entities
from newsread.analysis.extensions import DATES, ENTITIES, QUOTES, read_items, write_items
from newsread.analysis.model import Entity, Quote
from newsread.analysis.parsed import ParsedArticle
from newsread.analysis.quotes import find_quotes


def annotate(doc: Doc, stages=STAGES, *, published: str | None = None, set_ents: bool = True) -> Doc:
    """Run ``stages`` on ``doc`` and leave their results on it.

    ``published`` is the reference date for relative dates when the Doc has none
    (``doc._.newsread_published``); a dateline in the text is the last resort.
    ``set_ents`` also writes the corrected entities to ``doc.ents``. A stage
    that needs the entities reads them from the Doc when ``entities`` is not
    among ``stages`` (newsread_entities ran earlier in the pipeline).
    """
    parsed = ParsedArticle.from_doc(doc, doc_blocks(doc))
    table: ActorTable | None = None
    if "entities" in stages:
        entities = extract_entities(parsed)
        table = build_actors(parsed, entities)
        _write_entities(doc, entities, set_ents)
        _write_actors(doc, table, entities, [])
    else:
        entities = _entities_from(doc, stages)
    if "dates" in stages:
        doc._.newsread_published = doc._.newsread_published or published or find_dateline(doc.text)
        write_items(doc, DATES, extract_dates(entities, doc._.newsread_published, parsed), lambda d: d.label)
    if "quotes" in stages:
        # Built again from the entities when they come from the Doc: it is a pure function of them.
        table = table or build_actors(parsed, entities)
        quotes = find_quotes(parsed, entities, table)
        write_items(doc, QUOTES, quotes, lambda q: "QUOTE")
        _write_actors(doc, table, entities, quotes)
    return doc


def _entities_from(doc: Doc, stages) -> list:
    if ENTITIES not in doc.spans:
        names = ", ".join(f"newsread_{s}" for s in stages)
        raise ValueError(f"{names} needs newsread_entities earlier in the pipeline (or use 'newsread')")
    return read_items(doc, ENTITIES)


def _write_entities(doc: Doc, entities: list, set_ents: bool) -> None:
    spans = write_items(doc, ENTITIES, entities, lambda e: e.label)
    if set_ents:
        # The corrections never overlap; filter_spans only guards doc.ents against it.
        doc.ents = filter_spans(spans)


def _write_actors(doc: Doc, table: ActorTable, entities: "list[Entity]", quotes: "list[Quote]") -> None:
    """The actors with their mention and quote counts (the table's own counts are left as the
    quote resolver uses them)."""
    mentions = Counter(e.actor for e in entities)
    said = Counter(q.speaker for q in quotes)
    doc._.newsread_actors = [{**asdict(a), "mentions": mentions[a.id], "quotes": said[a.id]} for a in table.actors]
