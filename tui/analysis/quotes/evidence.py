"""The evidence behind each speaker: what ``confidence`` scores, measured on the finished items.

Everything here reads the analysis as data (text, entities, quotes), never the parse, so the
same function scores an article at analysis time and a saved ``extract --json`` output when
the calibration is fitted (``benchmarks/calibration.py``). The evidence is what makes a
speaker doubtful in real news:

* how the speaker was found (``resolved_via``), and the kind of item and its cue;
* rivals: other actors of the same kind (a person of the same or unknown gender for
  "he"/"she", an organisation or group for "they"/"it") named in the paragraph before the
  mention, and whether one was named after the speaker's own latest mention (the case where
  the nearest-name rule and the subject rule disagree);
* how far back the speaker was last named, and whether someone else was quoted in between;
* the speaker's standing in the article: the one quoted most (the article's main voice), one
  of several, or quoted once (on PolNeAR train a pronoun or description resolved to the main
  voice is right far more often than one resolved to someone quoted once).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from newsread.analysis.lexicon import GENDER_OF_PRONOUN, saying_forms
from newsread.analysis.model import Entity, Quote
from newsread.analysis.quotes.cues import PRONOUNS
from newsread.analysis.quotes.mentions import name_gender

# Cue words by family: a plain "said" is the surest sign of an attribution.
_SAY = saying_forms("say", "lemma", "third", "past", "ing")
_TELL = saying_forms("tell", "lemma", "third", "past", "ing")
_PUNCT_CUES = frozenset(":—–-―")
# Subject pronouns that name the gender of the speaker they stand for.
# Distance buckets (characters) for the speaker's latest named mention before a pronoun.
_GAP_EDGES = (150, 500, 1500)
# Distance buckets (characters) between a named speaker and the words attributed to it.
_NEAR_EDGES = (3, 40, 200)


@dataclass(frozen=True)
class Evidence:
    """What is known about how one item's speaker was found."""

    via: str  # resolved_via, "unnamed" (a description with no actor) or "none"
    kind: str  # direct / mixed / indirect
    cue: str  # say / tell / verb / according / punct / none
    speaker_kind: str  # person / org / place / group / none
    pronoun: str  # the pronoun used ("he", "they"...) or ""
    rivals: int  # other compatible actors named in the paragraph before the mention (capped at 2)
    rival_after: bool  # one of them named after the speaker's latest named mention
    gap: int  # bucket of the distance back to the speaker's latest named mention (4: none)
    near: int  # bucket of the distance between the mention and the quoted words
    intervening: bool  # another speaker quoted between the mention and these words
    shape: str  # an unnamed speaker's words: "digit" ("6 in 10 voters"), "lower", "capital"
    plural: bool  # the mention is a plural noun ("officials", "experts")
    self_named: bool  # the mention's head word is in the speaker's name ("UN officials": "United Nations officials")
    repeated: bool  # the item before, in this or the previous paragraph, has the same speaker
    standing: str = "none"  # "main" (quoted most, twice or more), "other", "single" (quoted once), "none"
    timeword: bool = False  # the mention is (part of) a date or time ("Monday said", "Thursday morning")


@dataclass
class _Article:
    """Per-article lookups: actor mentions outside quotations, genders, paragraph starts."""

    text: str
    labels: dict[str, str]
    mentions: list[tuple[int, int, str]]  # (start, end, actor id), by start
    starts: list[int]
    genders: dict[str, str]
    paragraphs: list[int]
    quotes: list[Quote]  # by start
    quote_starts: list[int]
    items_of: dict[str, int]  # speaker (actor id, else name) -> how many items it has
    times: list[tuple[int, int]]  # DATE and TIME entity spans, by start


def gather(text: str, entities: list[Entity], labels: dict[str, str], quotes: list[Quote]) -> list[Evidence]:
    """The evidence for each of ``quotes`` (same order). ``labels``: actor id -> label."""
    art = _article(text, entities, labels, quotes)
    return [_evidence(art, q) for q in quotes]


def _article(text: str, entities: list[Entity], labels: dict[str, str], quotes: list[Quote]) -> _Article:
    quoted = sorted(_quoted_spans(quotes))
    named = {(e.start, e.end, e.actor) for e in entities if e.actor in labels and not _inside(quoted, e.start)}
    # a speaker the NER missed is still named where a quote names it
    named |= {
        (q.speaker_start, q.speaker_end, q.speaker)
        for q in quotes
        if q.speaker in labels and q.resolved_via == "name" and q.speaker_start is not None
    }
    named |= set(_written_names(text, quotes, labels, quoted, named))
    mentions = sorted(named)
    genders: dict[str, str] = {}
    for e in entities:
        if e.actor and labels.get(e.actor) == "PERSON":
            before = text[max(0, e.start - 6) : e.start].split()
            g = name_gender((before[-1:] if before else []) + e.text.split())
            if g:
                genders.setdefault(e.actor, g)
    for q in quotes:
        if q.speaker and q.resolved_via == "pronoun" and q.speaker_start is not None:
            g = GENDER_OF_PRONOUN.get(text[q.speaker_start : q.speaker_end].lower())
            if g:
                genders.setdefault(q.speaker, g)
    paragraphs = [0] + [m.end() for m in re.finditer(r"\n\s*", text)]
    ordered = sorted(quotes, key=lambda q: q.start)
    items_of: dict[str, int] = {}
    for q in quotes:
        if _who(q):
            items_of[_who(q)] = items_of.get(_who(q), 0) + 1
    times = sorted((e.start, e.end) for e in entities if e.label in ("DATE", "TIME"))
    return _Article(
        text, labels, mentions, [m[0] for m in mentions], genders, paragraphs, ordered, [q.start for q in ordered],
        items_of, times,
    )


def _who(q: Quote) -> str | None:
    return q.speaker or q.speaker_name


def _standing(art: _Article, q: Quote) -> str:
    """Is the speaker the article's main voice (quoted most, at least twice), one of several,
    or quoted once?"""
    n = art.items_of.get(_who(q) or "", 0)
    if not n:
        return "none"
    if n == 1:
        return "single"
    return "main" if n == max(art.items_of.values()) else "other"


def _written_names(text: str, quotes: list[Quote], labels: dict[str, str], quoted, named):
    """A speaker that no entity names ("University of Michigan researchers", found from a
    description) is still named where the text writes its name in full, outside quotations."""
    with_entities = {a for _, _, a in named}
    speakers = {q.speaker: q.speaker_name for q in quotes if q.speaker in labels and q.speaker_name}
    for actor, name in speakers.items():
        if actor in with_entities or len(name) < 4:
            continue
        for m in re.finditer(re.escape(name), text):
            if not _inside(quoted, m.start()):
                yield m.start(), m.end(), actor


def _quoted_spans(quotes: list[Quote]):
    for q in quotes:
        if q.kind == "direct":
            yield q.start, q.end
        for p in q.quoted:
            yield p["start"], p["end"]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return any(s <= pos < e for s, e in spans[max(0, k - 3) : k + 1])


def _evidence(art: _Article, q: Quote) -> Evidence:
    via = q.resolved_via or ("unnamed" if q.speaker_name else "none")
    if q.speaker_name and q.speaker is None and via not in ("pronoun", "continuation", "inherited"):
        via = "unnamed"  # a description that is itself the speaker ("officials", "the patient")
    mention = art.text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else ""
    pronoun = mention.lower() if q.resolved_via == "pronoun" else ""
    label = art.labels.get(q.speaker or "", "")
    speaker_kind = {"PERSON": "person", "ORG": "org", "GPE": "place", "NORP": "group"}.get(label, "none")
    rivals, after, gap = _rivals(art, q, pronoun)
    words = mention.split()
    return Evidence(
        via=via,
        kind=q.kind,
        cue=_cue_family(q.cue),
        speaker_kind=speaker_kind,
        pronoun=pronoun,
        rivals=rivals,
        rival_after=after,
        gap=gap,
        near=_near(q),
        intervening=_intervening(art, q),
        shape=_shape(q.speaker_name or ""),
        plural=bool(words) and words[-1].lower().endswith("s") and not words[-1].lower().endswith("ss"),
        self_named=bool(words and q.speaker_name) and words[-1].lower() in q.speaker_name.lower().split(),
        repeated=_repeated(art, q),
        standing=_standing(art, q),
        timeword=q.speaker_start is not None and _overlaps(art.times, q.speaker_start, q.speaker_end or q.speaker_start),
    )


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    k = bisect.bisect_left(spans, (end, end))
    return any(s < end and start < e for s, e in spans[max(0, k - 3) : k])


def _repeated(art: _Article, q: Quote) -> bool:
    """The item before this one, in this or the previous paragraph, has the same speaker."""
    k = bisect.bisect_left(art.quote_starts, q.start) - 1
    while k >= 0 and art.quotes[k] is q:
        k -= 1
    if k < 0 or not q.speaker_name:
        return False
    prev = art.quotes[k]
    par = bisect.bisect_right(art.paragraphs, q.start) - 1
    if prev.start < art.paragraphs[max(0, par - 1)]:
        return False
    return prev.speaker_name == q.speaker_name and (prev.speaker == q.speaker)


def _shape(name: str) -> str:
    if any(c.isdigit() for c in name):
        return "digit"
    return "capital" if name[:1].isupper() else "lower"


def _cue_family(cue: str | None) -> str:
    if not cue:
        return "none"
    low = cue.lower().strip()
    if low in _PUNCT_CUES:
        return "punct"
    if low.startswith("according"):
        return "according"
    words = set(re.findall(r"[a-z]+", low))
    if words & _SAY:
        return "say"
    if words & _TELL:
        return "tell"
    return "verb"


def _bucket(value: int, edges: tuple[int, ...]) -> int:
    return bisect.bisect_right(edges, value)


def _near(q: Quote) -> int:
    """How far the named mention is from the words: in the same clause, or far away."""
    if q.speaker_start is None or q.speaker_end is None:
        return len(_NEAR_EDGES) + 1
    if q.start <= q.speaker_start < q.end:
        return 0  # the mention lies inside the content (a mixed item's own clause)
    gap = q.start - q.speaker_end if q.speaker_end <= q.start else q.speaker_start - q.end
    return _bucket(max(0, gap), _NEAR_EDGES)


def _compatible(art: _Article, actor: str, speaker: str | None, pronoun: str, speaker_label: str) -> bool:
    """Could ``actor`` be the one meant, given the pronoun (or the speaker's own kind)?"""
    if actor == speaker:
        return False
    label = art.labels.get(actor)
    want = PRONOUNS.get(pronoun) if pronoun else None
    if want in ("m", "f"):
        return label == "PERSON" and art.genders.get(actor, want) == want
    if want in ("p", "n"):
        return label in ("ORG", "GPE", "NORP")
    return label == (speaker_label or "PERSON")


def _rivals(art: _Article, q: Quote, pronoun: str) -> tuple[int, bool, int]:
    """(compatible rivals named in the paragraph before the mention (at most 2), one after the
    speaker's latest named mention?, bucket of the distance back to that mention)."""
    if q.speaker_start is None:
        return 0, False, len(_GAP_EDGES) + 1
    at = q.speaker_start
    if q.resolved_via in ("continuation", "inherited"):
        at = max(at, q.start)  # the words themselves stand where a mention would
    par = bisect.bisect_right(art.paragraphs, at) - 1
    window = art.paragraphs[max(0, par - 1)]
    k = bisect.bisect_left(art.starts, at)
    own = next((s for s, _, a in reversed(art.mentions[:k]) if a == q.speaker and s < at), None)
    if q.resolved_via == "name":
        own = at  # the mention is itself the name
    lo = bisect.bisect_left(art.starts, window)
    label = art.labels.get(q.speaker or "", "")
    seen: set[str] = set()
    after = False
    for s, e, actor in art.mentions[lo:k]:
        if e > at or actor in seen or not _compatible(art, actor, q.speaker, pronoun, label):
            continue
        seen.add(actor)
        after = after or own is None or s > own
    gap = len(_GAP_EDGES) + 1 if own is None else _bucket(at - own, _GAP_EDGES)
    return min(len(seen), 2), after, gap


def _intervening(art: _Article, q: Quote) -> bool:
    """Someone else is quoted between the speaker's mention and these words."""
    if q.speaker_end is None or q.speaker_end >= q.start:
        return False
    lo = bisect.bisect_left(art.quote_starts, q.speaker_end)
    hi = bisect.bisect_left(art.quote_starts, q.start)
    return any(o.speaker != q.speaker and o.speaker_name and o.end <= q.start for o in art.quotes[lo:hi])
