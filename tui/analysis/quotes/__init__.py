"""The quote engine: every attribution of speech (direct, mixed, indirect) and its speaker.

``find_quotes(parsed, entities, actors)`` pairs the quotation marks of the
article (``marks``), finds each quote's cue and speaker mention
(``attribution``, ``subjects``), drops quoted terms and titles (``terms``),
resolves the mention to an actor (``resolve``: the steps in order, over the
per-article ``tables`` and the discourse ``state`` that the callers pass forward in
text order; ``pronouns``; ``naming``: names; ``describe``: descriptions and roles;
``organisations``: groups and organisations; ``roles``: the role table and
demonyms), and carries speakers over to split, continued and floating
quotes (``carry``). Reported speech ("X said (that) ...", "according to X",
"called for ...") comes from ``reported`` (cues) and ``content`` (what they
govern), and is joined with the direct quotes by ``speech``: a reported content
holding quoted words is one ``mixed`` item. Interview transcripts ("TAPPER: ...") give
each turn to the named person (``transcripts``). Lexicon tables live in ``cues``
and ``speech_cues``; per-article token/quote/entity indices in ``index``.
"""

from __future__ import annotations

from newsread.analysis.actors import ActorTable
from newsread.analysis.model import Entity, Quote
from newsread.analysis.parsed import ParsedArticle
from newsread.analysis.quotes.attribution import attribute
from newsread.analysis.quotes.carry import Item, assemble
from newsread.analysis.quotes.confidence import assign_confidence
from newsread.analysis.quotes.index import ArticleIndex
from newsread.analysis.quotes.marks import dominant_kind, find_mark_spans
from newsread.analysis.quotes.resolve import Resolution, start
from newsread.analysis.quotes.speech import with_reported_speech
from newsread.analysis.quotes.terms import is_term
from newsread.analysis.quotes.transcripts import with_transcript_turns

__all__ = ["find_quotes"]


def find_quotes(parsed: ParsedArticle, entities: list[Entity], actors: ActorTable) -> list[Quote]:
    """Every attribution of speech in document order, with its speaker resolved to an actor.

    Nested quotes (a quote inside a quote) are part of their outer quote's text
    and are listed as their own entry only when a named speaker is given for
    them inside the outer quote ("I heard Trump ask, 'So ...?'").
    """
    blocks = [(off, off + len(doc.text)) for off, doc in parsed.docs]
    spans = find_mark_spans(parsed.text, blocks)
    ix = ArticleIndex(parsed, entities, spans)
    res = start(ix, entities, actors)
    quotes = with_reported_speech(parsed.text, ix, res, _direct_quotes(parsed, ix, res, spans))
    quotes = with_transcript_turns(parsed.text, blocks, actors, quotes)
    return assign_confidence(parsed.text, entities, {a.id: a.label for a in actors.actors}, quotes)


def _direct_quotes(parsed: ParsedArticle, ix: ArticleIndex, res: Resolution, spans) -> list[Quote]:
    """The quotations, each with its speaker (kind ``direct``)."""
    if not spans:
        return []
    dominant = dominant_kind(spans)
    items: list[Item] = []
    for m in spans:
        d = ix.doc_of(m.start)
        if d is None:
            continue
        qi, qj = ix.token_range(d, m.start, m.end)
        atts = attribute(ix, d, qi, qj, base=m.depth)
        if is_term(ix, d, m, qi, qj, atts, dominant):
            continue
        items.append(Item(m, d, qi, qj, atts))
    return assemble(parsed.text, ix, res, items)
