"""newsread's results on a spaCy Doc: the custom attributes, written and read back.

Every stored value is plain data (dicts, lists, strings, numbers, None), so a
Doc keeps it through ``Doc.to_bytes``, a DocBin and ``nlp.pipe(n_process=2)``.

- ``doc.spans["newsread_entities"]``, ``["newsread_dates"]``, ``["newsread_quotes"]``:
  one Span per item, in document order. ``span._.newsread_entity`` /
  ``newsread_date`` / ``newsread_quote`` is the item as a dict with every field
  of its dataclass in ``model.py`` (exact character offsets included: a quote
  whose marks sit inside a word gets a Span widened to whole tokens).
- ``span._.newsread_<field>`` for every other field of those dataclasses
  (``speaker``, ``speaker_name``, ``cue``, ``kind``, ``value``, ``actor``...):
  generated from the dataclass fields, so a field added to ``Quote`` is exposed
  without touching this module. ``span._.newsread_speaker_span`` is the
  speaker's mention as a Span.
- ``doc._.newsread_actors``: the actors as dicts. ``doc._.newsread_published``
  and ``doc._.newsread_blocks`` are inputs when set before the components run
  (the reference date; the paragraphs as ``[start, end]``) and say what was
  used afterwards.

The extensions are keyed by a span's character offsets (spaCy's rule), hence
one extension name per kind of item: a DATE entity and its date mention share
their offsets.
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import TYPE_CHECKING, Any, Callable

from spacy.tokens import Doc, Span

from newsread.analysis.model import Actor, Analysis, DateMention, Entity, Quote

if TYPE_CHECKING:
    from newsread.article import Article

ENTITIES = "newsread_entities"
DATES = "newsread_dates"
QUOTES = "newsread_quotes"

# (span group, span extension holding the item's dict, its dataclass)
ITEM_KINDS = (
    (ENTITIES, "newsread_entity", Entity),
    (DATES, "newsread_date", DateMention),
    (QUOTES, "newsread_quote", Quote),
)
# Fields every Span already has; no generated getter for them.
_SPAN_FIELDS = {"start", "end", "text", "label"}

DOC_EXTENSIONS = ("newsread_actors", "newsread_published", "newsread_blocks")


def field_getters() -> dict[str, tuple[str, str]]:
    """``newsread_<field>`` -> (storing extension, field) for every item field a Span lacks."""
    getters: dict[str, tuple[str, str]] = {}
    for _, store, cls in ITEM_KINDS:
        for f in dataclasses.fields(cls):
            if f.name in _SPAN_FIELDS:
                continue
            name = f"newsread_{f.name}"
            if name in getters:
                raise ValueError(f"{cls.__name__}.{f.name} would shadow the {name} of another item kind")
            getters[name] = (store, f.name)
    return getters


def _getter(store: str, name: str) -> Callable[[Span], Any]:
    return lambda span: (span._.get(store) or {}).get(name)


def _speaker_span(span: Span) -> Span | None:
    item = span._.get("newsread_quote") or {}
    start, end = item.get("speaker_start"), item.get("speaker_end")
    if start is None or end is None:
        return None
    return span.doc.char_span(start, end, alignment_mode="expand")


def register_extensions() -> None:
    """Declare the custom attributes (idempotent; ``force`` replaces an older declaration)."""
    for name in DOC_EXTENSIONS:
        Doc.set_extension(name, default=None, force=True)
    for _, store, _cls in ITEM_KINDS:
        Span.set_extension(store, default=None, force=True)
    for name, (store, field) in field_getters().items():
        Span.set_extension(name, getter=_getter(store, field), force=True)
    Span.set_extension("newsread_speaker_span", getter=_speaker_span, force=True)


def item_span(doc: Doc, start: int, end: int, label: str) -> Span:
    """The Span over ``[start, end)``, widened to whole tokens when the offsets are inside a word."""
    span = doc.char_span(start, end, label=label) or doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None:  # an empty range: an empty Span where it would begin
        i = bisect.bisect_left([t.idx for t in doc], start)
        span = Span(doc, i, i, label=label)
    return span


def write_items(doc: Doc, group: str, items: list, label: Callable[[Any], str]) -> list[Span]:
    """Put ``items`` (Entity, DateMention or Quote objects) on the Doc as the span group ``group``."""
    store, cls = next((s, c) for g, s, c in ITEM_KINDS if g == group)
    # The fields one by one, not dataclasses.asdict: its deep copy was a fifth of this
    # step on a long text, and no field holds anything the Doc must not share.
    names = [f.name for f in dataclasses.fields(cls)]
    spans = []
    for item in items:
        span = item_span(doc, item.start, item.end, label(item))
        span._.set(store, {name: getattr(item, name) for name in names})
        spans.append(span)
    doc.spans[group] = spans
    return spans


def read_items(doc: Doc, group: str) -> list:
    """The items of the span group ``group`` as dataclass objects, or [] when it is absent."""
    store, cls = next((s, c) for g, s, c in ITEM_KINDS if g == group)
    if group not in doc.spans:
        return []
    return [cls(**span._.get(store)) for span in doc.spans[group]]


def analysis_from_doc(doc: Doc, article: "Article", model: str) -> Analysis:
    """The Analysis the components left on ``doc`` (the article gives the text and metadata)."""
    return Analysis(
        text=article.text,
        source=article.source,
        model=model,
        published=doc._.newsread_published,
        title=article.title,
        byline=article.byline,
        site=article.site,
        entities=read_items(doc, ENTITIES),
        actors=[Actor(**a) for a in doc._.newsread_actors or []],
        dates=read_items(doc, DATES),
        quotes=read_items(doc, QUOTES),
    )


register_extensions()
