"""Carry speakers to quotes without a cue of their own.

In text order: a continued paragraph takes its quote's speaker ("continuation");
a quote later in the same paragraph takes the nearest earlier speaker of that
paragraph (split quotes, '..., he added. "..."'); a quote-only paragraph, or a
quote that opens a sentence after narration, takes the 'X said:' lead-in, the
person the previous sentence or paragraph is about, or the previous speaker
("inherited", the floating-quote rule).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsread.analysis.model import Quote
from newsread.analysis.quotes.attribution import lead_in
from newsread.analysis.quotes.index import ArticleIndex
from newsread.analysis.quotes.marks import MarkSpan
from newsread.analysis.quotes.resolve import Resolution, Speaker
from newsread.analysis.quotes.roles import personish_name
from newsread.analysis.quotes.subjects import Attribution, cue_text, is_cue, subject_of, usable

# How many paragraphs back a floating quote may inherit a speaker from.
FLOAT_BLOCKS = 2


@dataclass
class Item:
    """A quote segment kept after the term filter, with its candidate attributions."""

    m: MarkSpan
    d: int
    qi: int
    qj: int
    atts: list[Attribution]


@dataclass
class Said:
    """A speaker found at a position (for 'the latest speaker before here')."""

    sp: Speaker
    cue: str | None
    pos: int
    d: int
    continues: bool = False  # said in a quote segment that the next paragraph continues


def assemble(text: str, ix: ArticleIndex, res: Resolution, items: list[Item]) -> list[Quote]:
    """Resolve every segment's speaker in text order and carry speakers over."""
    out: list[Quote] = []
    kept: list[Item] = []
    last_in_block: dict[int, Said] = {}
    prev_top: Said | None = None
    parents: list[tuple[MarkSpan, Quote]] = []
    quote_only = _quote_only_blocks(text, ix, items)
    for k, it in enumerate(items):
        m, d = it.m, it.d
        if m.depth > 0:
            nested = _nested(ix, res, it, parents)
            if nested is None:
                continue  # a nested quote with no cue of its own inside its parent is part of it
            sp, cue, via = nested
        else:
            sp, cue, via = _own(ix, res, it)
        if sp is None and m.depth == 0:
            sp, cue, via = _carried(ix, res, items, k, prev_top, last_in_block.get(d), d in quote_only)
        q = Quote(m.start, m.end, text[m.start : m.end])
        if sp is not None:
            if sp.actor is None and sp.pending:
                sp = materialise(res, sp)
            q.speaker, q.speaker_name = sp.actor, sp.name
            q.speaker_start, q.speaker_end = sp.start, sp.end
            q.cue, q.resolved_via = cue, via
            if m.depth == 0:
                res.state.register(max(sp.start, m.start), sp)
                said = Said(sp, cue, m.end, d, m.continues)
                last_in_block[d] = said
                prev_top = said
        out.append(q)
        kept.append(it)
        if m.depth == 0:
            parents.append((m, q))
    _backfill_continuations(out, kept)
    _echoed_headlines(ix, out, kept)
    _headline_states(ix, res, out, kept)
    return out


def _headline_states(ix: ArticleIndex, res: Resolution, out: list[Quote], items: list[Item]) -> None:
    """'Syria "welcomes" deal' over 'The Syrian government welcomed ...': the country in a
    subhead speaks through the state body the next paragraphs quote."""
    for k, (q, it) in enumerate(zip(out, items)):
        a = res.state.by_id.get(q.speaker) if q.speaker else None
        if a is None or a.label != "GPE" or not _headline_block(ix, it.d) or len(a.name) < 4:
            continue
        stem = a.name[:4].lower()
        for later, lit in zip(out[k + 1 :], items[k + 1 :]):
            if lit.d > it.d + 5 or any(_headline_block(ix, x) for x in range(it.d + 1, lit.d + 1)):
                break  # only the section under this subhead
            b = res.state.by_id.get(later.speaker) if later.speaker else None
            if b is not None and b.label == "ORG" and b.name.lower().startswith(stem):
                q.speaker, q.speaker_name = b.id, b.name
                break


def _echoed_headlines(ix: ArticleIndex, out: list[Quote], items: list[Item]) -> None:
    """A headline quoting words that a body quote repeats: the body quote's speaker said them
    ('Hall where "rock 'n' roll came to town"' ... "It was where rock 'n' roll came to town," he said)."""
    for q, it in zip(out, items):
        if q.speaker_name is not None or it.m.depth or not _headline_block(ix, it.d):
            continue
        needle = " ".join(q.text.lower().split()).strip(" ,.!?")
        if len(needle.split()) < 2:
            continue
        for later, lit in zip(out, items):
            if lit.d > it.d and later.speaker_name and needle in " ".join(later.text.lower().split()):
                q.speaker, q.speaker_name = later.speaker, later.speaker_name
                q.speaker_start, q.speaker_end = later.speaker_start, later.speaker_end
                q.cue, q.resolved_via = None, "inherited"
                break


def _headline_block(ix: ArticleIndex, d: int) -> bool:
    """A short block without a sentence end (a headline or subhead)."""
    doc = ix.docs[d].doc
    return len(doc) <= 20 and not any(t.text in (".", "!", "?") for t in doc)


def _carried(ix: ArticleIndex, res: Resolution, items: list[Item], k: int, prev_top: Said | None,
             last: Said | None, quote_only: bool):
    """A top-level segment with no cue of its own: continuation, same paragraph, floating."""
    it = items[k]
    m, d = it.m, it.d
    if m.continued and prev_top is not None and prev_top.continues and prev_top.d >= d - 1:
        return prev_top.sp, prev_top.cue, "continuation"
    if m.continues:
        # the cue may come only in a later paragraph of the same quote
        sp, cue = _later_in_chain(ix, res, items, k)
        if sp is not None:
            return sp, cue, "continuation"
    found = _same_block(ix, res, it, last)
    if found is not None:
        return found
    if quote_only or _opens_sentence(ix, it):
        found = _floating(ix, res, it, prev_top, quote_only)
        if found is not None:
            return found
    return None, None, None


def _nested(ix: ArticleIndex, res: Resolution, it: Item, parents: list[tuple[MarkSpan, Quote]]):
    """A quote inside a quote, with a cue inside its parent ("I heard Trump ask, 'So ...?'").

    "I told him, 'Go'" is the parent's speaker; a he/she inside the parent has no
    antecedent outside quotes, so the speaker stays open. None: no cue inside.
    """
    for a in it.atts:
        if a.cue_tok is None or ix.docs[a.d].depth[a.cue_tok] != it.m.depth:
            continue
        head = ix.docs[a.d].doc[a.head]
        if head.lower_ in ("i", "we", "me", "us"):
            parent = next((q for pm, q in reversed(parents) if pm.start <= it.m.start and it.m.end <= pm.end), None)
            if parent is None or parent.speaker_name is None:
                return None, a.cue, None
            s, e = ix.gspan(a.d, head.i, head.i + 1)
            sp = Speaker(parent.speaker, parent.speaker_name, s, e, "pronoun")
            return sp, a.cue, "pronoun"
        if head.pos_ == "PRON":
            return None, a.cue, None
        sp = res.resolve(a.d, a.head)
        return sp, a.cue, (sp.via if sp is not None else None)
    return None


def materialise(res: Resolution, sp: Speaker) -> Speaker:
    """Create (or merge into) the actor for a speaker the NER missed, now that it speaks."""
    a = res.state.add_actor(sp.name, sp.pending, sp.start)  # introduced where it is named
    return Speaker(a.id, a.name, sp.start, sp.end, sp.via, sp.label, sp.gender)


def _own(ix: ArticleIndex, res: Resolution, it: Item) -> tuple[Speaker | None, str | None, str | None]:
    """The first candidate attribution whose mention resolves."""
    for a in it.atts:
        if it.m.depth > 0 and (a.cue_tok is None or ix.docs[a.d].depth[a.cue_tok] != it.m.depth):
            continue  # a nested quote's cue must be inside its parent quote
        if ix.docs[a.d].depth[a.head] > it.m.depth:
            continue  # a mention inside a quote ("Mum thought ...") never speaks for it
        sp = res.resolve(a.d, a.head)
        if sp is not None:
            return sp, a.cue, sp.via
    return None, None, None


def _later_in_chain(ix: ArticleIndex, res: Resolution, items: list[Item], k: int):
    """The speaker of a later paragraph of the multi-paragraph quote that starts at items[k]."""
    for it in items[k + 1 :]:
        if it.m.depth:
            continue
        if not it.m.continued:
            break
        sp, cue, _via = _own(ix, res, it)
        if sp is not None:
            return sp, cue
        if not it.m.continues:
            break
    return None, None


def _same_block(ix: ArticleIndex, res: Resolution, it: Item, last: Said | None):
    """The later of: the paragraph's last attributed quote, the last 'X said' clause before."""
    doc = ix.docs[it.d].doc
    depth = ix.docs[it.d].depth
    starts = ix.docs[it.d].starts
    last_pos = last.pos if last is not None else -1
    for t in reversed(doc[: it.qi]):
        if starts[t.i] < last_pos:
            break
        if depth[t.i] == 0 and is_cue(t):
            s = subject_of(t, ix, it.d, 0, False)
            if usable(s):
                sp = res.resolve(it.d, s.i)
                if sp is not None:
                    return sp, cue_text(t), sp.via
    if last is not None:
        return last.sp, last.cue, last.sp.via
    return None


def _quote_only_blocks(text: str, ix: ArticleIndex, items: list[Item]) -> set[int]:
    """Blocks that hold nothing but top-level quotes (and punctuation)."""
    rest: dict[int, list[str]] = {}
    pos: dict[int, int] = {}
    for it in items:
        if it.m.depth:
            continue
        lo, hi = ix.blocks[it.d]
        rest.setdefault(it.d, []).append(text[pos.get(it.d, lo) : it.m.open])
        pos[it.d] = (it.m.close + 1) if it.m.close is not None else hi
    out = set()
    for d, parts in rest.items():
        parts.append(text[pos[d] : ix.blocks[d][1]])
        if not any(ch.isalnum() for ch in "".join(parts)):
            out.add(d)
    return out


def _opens_sentence(ix: ArticleIndex, it: Item) -> bool:
    """Does the quote open a sentence (after narration in the same paragraph)?"""
    if it.m.depth:
        return False
    lo = ix.blocks[it.d][0]
    before = ix.text[lo : it.m.open].rstrip()
    return (not before or before[-1] in ".!?:") and it.m.close is not None


def _floating(ix: ArticleIndex, res: Resolution, it: Item, prev_top: Said | None, whole_block: bool):
    """A quote with no cue anywhere near: lead-in, the person just described, the previous speaker."""
    d = it.d
    if whole_block and d > 0:
        a = lead_in(ix, d - 1)
        if a is not None:
            sp = res.resolve(a.d, a.head)
            if sp is not None:
                return sp, a.cue, sp.via
    if not whole_block:
        sp = _sentence_subject(ix, res, d, it.qi) or _next_sentence_subject(ix, res, d, it.qj)
        if sp is not None:
            return sp, None, "inherited"
    elif d > 0 and (prev_top is None or prev_top.d < d - 1):
        # "Jones, however, disagreed." then a quote-only paragraph: Jones speaks
        sp = _block_subject(ix, res, d - 1)
        if sp is not None:
            return sp, None, "inherited"
    if prev_top is not None and d - prev_top.d <= (FLOAT_BLOCKS if whole_block else 1):
        return prev_top.sp, None, "inherited"
    if whole_block and d + 1 < len(ix.docs):
        # "'...' / That was how Maria Lopez remembered it.": named just after
        for a in _first_sentence_cues(ix, d + 1):
            sp = res.resolve(a.d, a.head)
            if sp is not None and sp.named:
                return sp, a.cue, sp.via
    return None


def _named(sp: Speaker | None) -> bool:
    return sp is not None and sp.named and sp.label in ("PERSON", "ORG", "GROUP")


def _sentence_subject(ix: ArticleIndex, res: Resolution, d: int, qi: int) -> Speaker | None:
    """'Jones was grim. "We lost."': the main subject of the sentence before the quote."""
    doc = ix.docs[d].doc
    if qi < 2:
        return None  # nothing before the opening mark
    prev = doc[qi - 2].sent
    if prev.end > qi or any(ix.docs[d].depth[t.i] for t in prev if t.i < qi - 1):
        return None  # the quote is inside that sentence, or it holds another quote
    for c in prev.root.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            sp = res.resolve(d, c.i)
            if _named(sp):
                return sp
    return None


def _next_sentence_subject(ix: ArticleIndex, res: Resolution, d: int, qj: int) -> Speaker | None:
    """'"We lost." Coach Dan Reed did not hide his disappointment.': a paragraph that opens
    with a quote and goes on about a named person."""
    doc = ix.docs[d].doc
    lo = ix.blocks[d][0]
    if ix.docs[d].starts[0] != lo or qj >= len(doc):
        return None
    k = qj
    while k < len(doc) and (doc[k].is_punct or doc[k].is_space):
        k += 1
    if k >= len(doc) or doc[k].sent.start != k:
        return None
    first_quote_opens_block = ix.text[lo : ix.docs[d].starts[0] + 1].strip()[:1] in ('"', "“", "'", "‘", "«", "„")
    if not first_quote_opens_block:
        return None
    for c in doc[k].sent.root.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" and not ix.docs[d].depth[c.i]:
            sp = res.resolve(d, c.i)
            if _named(sp) and (sp.label == "PERSON" or (sp.label == "ORG" and personish_name(sp.name))):
                return sp  # (a person's name the NER labelled ORG: "Hernán Solís Arce")
    sent = doc[k].sent
    if any(c.dep_ == "nsubj" and c.lower_ in ("that", "this", "so", "such") for c in sent.root.children):
        # '"..." That is the view of Hernán Solís Arce, an analyst.': the person named there
        for t in sent:
            if t.pos_ == "PROPN" and not ix.docs[d].depth[t.i] and t.dep_ not in ("compound", "flat"):
                sp = res.resolve(d, t.i)
                if _named(sp) and (sp.label == "PERSON" or (sp.label == "ORG" and personish_name(sp.name))):
                    return sp
    return None


def _block_subject(ix: ArticleIndex, res: Resolution, d: int) -> Speaker | None:
    """The named person, organisation or group a quote-free paragraph is about
    (main-clause subject of its last sentence)."""
    doc = ix.docs[d].doc
    sents = list(doc.sents)
    if not sents or any(ix.docs[d].depth):
        return None
    for c in sents[-1].root.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            sp = res.resolve(d, c.i)
            if _named(sp):
                return sp
    return None


def _first_sentence_cues(ix: ArticleIndex, d: int):
    """Cue verbs with a subject in the first sentence of block d (outside quotes)."""
    doc = ix.docs[d].doc
    if not len(doc):
        return
    for t in next(iter(doc.sents)):
        if ix.docs[d].depth[t.i] == 0 and is_cue(t):
            s = subject_of(t, ix, d, 0, False)
            if usable(s):
                yield Attribution(d, s.i, cue_text(t), t.i, how="after")


def _backfill_continuations(out: list[Quote], items: list[Item]) -> None:
    """A multi-paragraph quote attributed only in a later paragraph: share it backwards."""
    for k in range(len(out) - 2, -1, -1):
        m, nxt = items[k].m, items[k + 1].m
        if out[k].speaker_name is None and m.continues and nxt.continued and out[k + 1].speaker_name:
            src = out[k + 1]
            out[k].speaker, out[k].speaker_name = src.speaker, src.speaker_name
            out[k].speaker_start, out[k].speaker_end = src.speaker_start, src.speaker_end
            out[k].cue, out[k].resolved_via = src.cue, "continuation"
