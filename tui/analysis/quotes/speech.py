"""Join reported speech with the direct quotes: one attribution, one item.

A reported content that holds quoted words becomes one ``mixed`` item that carries them as
``quoted`` parts, instead of listing them again as ``direct`` items. A content that is nothing
but a quotation is the direct quote itself and adds no item. Contents are taken innermost
first, so a quote that a nested cue reports ("He said Trump told him, 'We win'") stays with that
cue and its speaker, not with the outer one.
"""

from __future__ import annotations

import bisect
import re

from newsread.analysis.model import Quote
from newsread.analysis.quotes.carry import materialise
from newsread.analysis.quotes.index import ArticleIndex
from newsread.analysis.quotes.mentions import desc_start
from newsread.analysis.quotes.names import strip_article
from newsread.analysis.quotes.reported import Report, find_reports
from newsread.analysis.quotes.resolve import Resolution as Resolver, Speaker  # the tables and the discourse state
from newsread.analysis.quotes.speech_filter import keep

_WORD = re.compile(r"\w+")
# Words that do not make a content more than its quotation ('said that "..."').
_BARE = frozenset(("that", "and", "but", "as"))
_CLOSING_MARKS = frozenset('"”’\'»')
_OPENING_MARKS = frozenset('"“‘\'«')


def with_reported_speech(text: str, ix: ArticleIndex, res: Resolver, direct: list[Quote]) -> list[Quote]:
    """The direct quotes and every reported-speech item, in text order."""
    pieces = []
    for rep in find_reports(ix):
        for i, j in rep.fragments:
            s, e = ix.gspan(rep.d, i, j)
            pieces.append((e - s, s, e, rep))
    pieces.sort(key=lambda p: (p[0], p[1]))  # innermost first
    starts = [q.start for q in direct]
    owned: set[int] = set()  # direct quotes a cue has taken (absorbed, or reported as they are)
    absorbed: set[int] = set()
    out: list[Quote] = []
    for _, s, e, rep in pieces:
        inside = _overlapping(direct, starts, s, e)
        s, e = _cover(text, ix, rep.d, s, e, [direct[k] for k in inside])
        if _bare_words(text, s, e, [direct[k] for k in inside]) < 2:
            _fill_speakers(ix, res, rep, [direct[k] for k in inside])
            owned.update(inside)
            continue
        own = [k for k in inside if k not in owned and not _said_within(direct[k], s, e, rep, ix)]
        if not keep(ix, rep, (s, e), "mixed" if own else "indirect"):
            continue  # unlikely to be speech (speech_filter): its quotes stay free for other cues
        owned.update(own)
        absorbed.update(own)
        out.append(_item(text, ix, res, rep, s, e, [direct[k] for k in own]))
    kept = [q for k, q in enumerate(direct) if k not in absorbed]
    return sorted(kept + out, key=lambda q: (q.start, -q.end))


def _said_within(q: Quote, s: int, e: int, rep: Report, ix: ArticleIndex) -> bool:
    """Is the quote attributed inside an 'according to' content to another speaker ('According
    to the report, the minister replied "yes."')? Then it is the minister's direct quote, not the
    report's. (Under a verb of saying the outer speaker holds: "Aides said Lee told them "...".)"""
    if rep.how != "according" or q.speaker_start is None or not (s <= q.speaker_start < e):
        return False
    if rep.speaker_tok is None:
        return True
    return ix.docs[rep.d].starts[rep.speaker_tok] != q.speaker_start


def _overlapping(direct: list[Quote], starts: list[int], s: int, e: int) -> list[int]:
    """Indices of the direct quotes overlapping [s, e) (direct is in text order)."""
    k = bisect.bisect_left(starts, e)
    out = []
    for i in range(k - 1, -1, -1):
        q = direct[i]
        if q.end > s:
            out.append(i)
        elif q.start < s - 2000:
            break  # quotes do not run longer than this inside one block
    return sorted(out)


def _cover(text: str, ix: ArticleIndex, d: int, s: int, e: int, quotes: list[Quote]) -> tuple[int, int]:
    """Widen a content to the whole of a quotation it cuts (within its block), marks included."""
    lo, hi = ix.blocks[d]
    for q in quotes:
        if q.start < s and q.start >= lo:
            s = q.start
            while s > lo and (text[s - 1] in _OPENING_MARKS or text[s - 1] == " ") and s > q.start - 3:
                s -= 1
        if q.end > e and q.end <= hi:
            e = q.end
    while e < hi and text[e] in _CLOSING_MARKS:
        e += 1
    return s, e


def _bare_words(text: str, s: int, e: int, quotes: list[Quote]) -> int:
    """Words of [s, e) outside the quotations, not counting 'that'/'and'."""
    pos, n = s, 0
    for q in sorted(quotes, key=lambda q: q.start):
        n += _count(text[pos : max(pos, q.start)])
        pos = max(pos, q.end)
    return n + _count(text[pos:e])


def _count(chunk: str) -> int:
    return sum(1 for w in _WORD.findall(chunk) if w.lower() not in _BARE)


def _speaker(ix: ArticleIndex, res: Resolver, rep: Report) -> Speaker | None:
    if rep.speaker_tok is None or ix.docs[rep.d].depth[rep.speaker_tok]:
        return None
    sp = res.resolve(rep.d, rep.speaker_tok)
    if sp is not None and sp.actor is None and sp.pending:
        sp = materialise(res, sp)
    return sp or _described(ix, rep.d, rep.speaker_tok)


def _described(ix: ArticleIndex, d: int, i: int) -> Speaker | None:
    """A source no actor stands for ('a new poll', 'critics'): named by its description."""
    tok = ix.docs[d].doc[i]
    if tok.pos_ != "NOUN":
        return None
    lo = desc_start(tok)
    s, e = ix.gspan(d, lo, i + 1)
    return Speaker(None, strip_article(ix.text[s:e]), s, e, "description", "OTHER")


def _fill_speakers(ix: ArticleIndex, res: Resolver, rep: Report, quotes: list[Quote]) -> None:
    """A quote that is the whole content of a cue: give it the cue's speaker if it has none."""
    if not quotes or all(q.speaker_name for q in quotes):
        return
    sp = _speaker(ix, res, rep)
    for q in quotes:
        if sp is not None and not q.speaker_name:
            _set_speaker(q, sp, rep.cue)


def _set_speaker(q: Quote, sp: Speaker, cue: str | None) -> None:
    q.speaker, q.speaker_name = sp.actor, sp.name
    q.speaker_start, q.speaker_end = sp.start, sp.end
    q.cue, q.resolved_via = cue, sp.via


def _item(text: str, ix: ArticleIndex, res: Resolver, rep: Report, s: int, e: int, quotes: list[Quote]) -> Quote:
    """A mixed item (when quotations lie inside) or an indirect one."""
    q = Quote(s, e, text[s:e], kind="mixed" if quotes else "indirect")
    q.quoted = [{"start": p.start, "end": p.end} for p in quotes]
    sp = _speaker(ix, res, rep)
    if sp is not None:
        _set_speaker(q, sp, rep.cue)
    else:
        q.cue = rep.cue
        donor = next((p for p in quotes if p.speaker_name), None)
        if donor is not None:
            # the quote's own attribution found who spoke where the clause's did not
            q.speaker, q.speaker_name = donor.speaker, donor.speaker_name
            q.speaker_start, q.speaker_end, q.resolved_via = donor.speaker_start, donor.speaker_end, donor.resolved_via
    return q
