"""The quote engine: direct quotes and their speakers.

``find_quotes(parsed, entities, actors)`` pairs the quotation marks of the
article (``marks``), drops quoted terms and titles (``terms``), finds each
quote's cue and speaker mention (``attribution``), resolves the mention to an
actor (``resolve``), and carries speakers over to split, continued and
floating quotes.
"""

from __future__ import annotations

from newsread.analysis.actors import ActorTable
from newsread.analysis.model import Entity, Quote
from newsread.analysis.parsed import ParsedArticle
from newsread.analysis.quotes.attribution import Attribution, attribute, lead_in
from newsread.analysis.quotes.index import ArticleIndex
from newsread.analysis.quotes.marks import MarkSpan, find_mark_spans
from newsread.analysis.quotes.resolve import Resolver, Speaker
from newsread.analysis.quotes.terms import is_term

__all__ = ["find_quotes"]


def find_quotes(parsed: ParsedArticle, entities: list[Entity], actors: ActorTable) -> list[Quote]:
    """Every direct quote in document order, with its speaker resolved to an actor."""
    blocks = [(off, off + len(doc.text)) for off, doc in parsed.docs]
    spans = find_mark_spans(parsed.text, blocks)
    if not spans:
        return []
    ix = ArticleIndex(parsed, entities, spans)
    res = Resolver(ix, entities, actors)
    items: list[tuple[MarkSpan, int, int, int, list[Attribution]]] = []
    for m in spans:
        d = ix.doc_of(m.start)
        if d is None:
            continue
        qi, qj = ix.token_range(d, m.start, m.end)
        att = attribute(ix, d, qi, qj, base=m.depth)
        if is_term(ix, d, m, qi, qj, att):
            continue
        items.append((m, d, qi, qj, att))
    return _assemble(parsed.text, ix, res, items)


def _assemble(text: str, ix: ArticleIndex, res: Resolver, items) -> list[Quote]:
    """Resolve speakers in text order and carry them to unattributed segments."""
    out: list[Quote] = []
    kept = []
    last_in_block: dict[int, tuple[Speaker, str | None]] = {}
    prev_top: tuple[Speaker, str | None, int] | None = None  # speaker, cue, block
    for m, d, qi, qj, att in items:
        sp: Speaker | None = None
        cue = None
        via = None
        for a in att:
            if m.depth > 0 and (a.cue_tok is None or ix.docs[a.d].depth[a.cue_tok] != m.depth):
                continue  # a nested quote's cue must be inside its parent quote
            sp = res.resolve(a.d, a.head)
            if sp is not None:
                cue, via = a.cue, sp.via
                break
        if m.depth > 0 and (sp is None or via != "name"):
            continue  # a nested quote without a named speaker of its own is part of its parent
        if sp is None and m.continued and prev_top is not None and prev_top[2] == d - 1:
            sp, cue = prev_top[0], prev_top[1]
            via = "continuation"
        if sp is None and m.depth == 0:
            found = _same_block(ix, res, d, m, last_in_block)
            if found is not None:
                sp, cue, via = found
        if sp is None and m.depth == 0 and _quote_only_block(text, ix, d, items):
            found = _floating(ix, res, d, prev_top)
            if found is not None:
                sp, cue, via = found
        q = Quote(m.start, m.end, text[m.start : m.end])
        if sp is not None:
            q.speaker, q.speaker_name = sp.actor, sp.name
            q.speaker_start, q.speaker_end = sp.start, sp.end
            q.cue, q.resolved_via = cue, via
            if m.depth == 0:
                res.register(max(sp.start, m.start), sp)
                last_in_block[d] = (sp, cue)
                prev_top = (sp, cue, d)
        out.append(q)
        kept.append((m, d, qi, qj, att))
    _backfill_continuations(out, kept)
    return out


def _same_block(ix, res, d, m, last_in_block):
    """A split quote or a quote after 'X said.' in the same paragraph."""
    if d in last_in_block:
        sp, cue = last_in_block[d]
        return sp, cue, sp.via
    doc = ix.docs[d].doc
    qi, _ = ix.token_range(d, m.start, m.end)
    from newsread.analysis.quotes.attribution import is_cue, subject_of, _usable

    for t in reversed(doc[:qi]):
        if ix.docs[d].depth[t.i] == 0 and is_cue(t):
            s = subject_of(t, ix, d, 0, False)
            if _usable(s):
                sp = res.resolve(d, s.i)
                if sp is not None:
                    return sp, t.text, sp.via
    return None


def _quote_only_block(text: str, ix: ArticleIndex, d: int, items) -> bool:
    """Is the block nothing but quotes (and punctuation)?"""
    lo, hi = ix.blocks[d]
    rest = []
    pos = lo
    for m, md, *_ in items:
        if md != d or m.depth:
            continue
        rest.append(text[pos : m.open])
        pos = (m.close + 1) if m.close is not None else hi
    rest.append(text[pos:hi])
    return not any(ch.isalnum() for ch in "".join(rest))


def _floating(ix, res, d, prev_top):
    """A quote-only paragraph: the 'X said:' lead-in before it, else the previous speaker."""
    if d > 0:
        a = lead_in(ix, d - 1)
        if a is not None:
            sp = res.resolve(a.d, a.head)
            if sp is not None:
                return sp, a.cue, sp.via
    if d > 0 and (prev_top is None or prev_top[2] < d - 1):
        # "Jones, however, disagreed." then a quote-only paragraph: Jones speaks
        sp = _block_subject(ix, res, d - 1)
        if sp is not None:
            return sp, None, "inherited"
    if prev_top is not None and d - prev_top[2] <= 2:
        return prev_top[0], None, "inherited"
    if d + 1 < len(ix.docs):
        # "'...' / That was how Maria Lopez remembered it.": named just after
        for a in _block_cues(ix, d + 1):
            sp = res.resolve(a.d, a.head)
            if sp is not None and sp.actor:
                return sp, a.cue, sp.via
    return None


def _block_subject(ix: ArticleIndex, res: Resolver, d: int) -> Speaker | None:
    """The named person, organisation or group a quote-free paragraph is about
    (main-clause subject of its last sentence)."""
    doc = ix.docs[d].doc
    sents = list(doc.sents)
    if not sents or any(ix.docs[d].depth):
        return None
    root = sents[-1].root
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            sp = res.resolve(d, c.i)
            if sp is not None and (sp.actor or sp.label == "GROUP") and sp.label in ("PERSON", "ORG", "GROUP"):
                return sp
    return None


def _block_cues(ix: ArticleIndex, d: int):
    """Cue verbs with a subject in the first sentence of block d (outside quotes)."""
    from newsread.analysis.quotes.attribution import Attribution, cue_text, is_cue, subject_of, _usable

    doc = ix.docs[d].doc
    if not len(doc):
        return
    first = next(iter(doc.sents))
    for t in first:
        if ix.docs[d].depth[t.i] == 0 and is_cue(t):
            s = subject_of(t, ix, d, 0, False)
            if _usable(s):
                yield Attribution(d, s.i, cue_text(t), t.i, how="after")


def _backfill_continuations(out: list[Quote], items) -> None:
    """A multi-paragraph quote attributed only in a later paragraph: share it backwards."""
    for k in range(len(out) - 2, -1, -1):
        m = items[k][0]
        nxt = items[k + 1][0]
        if out[k].speaker_name is None and m.continues and nxt.continued and out[k + 1].speaker_name:
            src = out[k + 1]
            out[k].speaker, out[k].speaker_name = src.speaker, src.speaker_name
            out[k].speaker_start, out[k].speaker_end = src.speaker_start, src.speaker_end
            out[k].cue, out[k].resolved_via = src.cue, "continuation"
