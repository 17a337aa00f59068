"""Interview transcripts: 'JAKE TAPPER: Do you think ...?' / 'FALLIN: Well, I think ...'.

A paragraph that opens with a name in capitals and a colon is a turn: all of it is the named
person's speech (one item, cue ":"), and a quotation inside it with no speaker of its own, or
one given by "I"/"we", is theirs too. A paragraph without a label between two turns of a
transcript goes on with the turn before it when it speaks in the first or second person (the
writer's own comments between turns do not). The capitalised label is the person of the article
("TRUMP" is Donald Trump, "TAPPER" is the "JAKE TAPPER" of the first turn), never a new one.

The label is a speaker's name only on evidence from the article: it names a person the article
mentions elsewhere, or it is one of several labels of a transcript that recur and one of them
names such a person. Headings in capitals ("UPDATE:", "EXCLUSIVE:", "STAT OF THE WEEK:") and
the headline are not turns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsread.analysis.actors import ActorTable
from newsread.analysis.model import Actor, Quote
from newsread.analysis.names import clean_name

# A label in capitals (1-4 words: letters, apostrophes, hyphens, title abbreviations) and a colon.
_LABEL = re.compile(r"[ \t]*((?:[A-Z][A-Z'’.\-]*[ \t]+){0,3}[A-Z][A-Z'’\-]*[A-Z])[ \t]*:[ \t]+(?=\S)")
# A stage direction or a separator between turns: "(BEGIN VIDEO CLIP)", "[CROSSTALK]", "…".
_STAGE = re.compile(r"^\s*[(\[]|^[^A-Za-z]*$")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We)\b(?![’'-])")
_THIRD_PERSON = re.compile(r"\b(?:he|she|they|He|She|They)\b")
# Words of someone speaking to someone: what tells a turn's next paragraph from the writer's.
_SPOKEN = re.compile(r"\b(?:I|I[’']\w+|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|[Yy]our)\b")
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s")


@dataclass
class Turn:
    """One turn of a transcript: the label's span, the speech's span, who speaks."""

    label: tuple[int, int]
    content: tuple[int, int]
    name: str  # the label in title case ("Jake Tapper")
    actor: Actor | None = None
    continued: bool = False  # a paragraph that goes on with the turn before it


def with_transcript_turns(text: str, blocks: list[tuple[int, int]], actors: ActorTable, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with every transcript turn given to its speaker (new items in text order)."""
    turns = _turns(text, blocks, actors)
    if not turns:
        return quotes
    out = list(quotes)
    for turn in turns:
        out = _apply(text, actors, turn, out)
    return sorted(out, key=lambda q: (q.start, -q.end))


def _labelled(text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, Turn]]:
    """(block index, turn) for each paragraph after the headline that opens with a label."""
    out = []
    for b, (lo, hi) in enumerate(blocks):
        m = _LABEL.match(text, lo, hi)
        if b == 0 or m is None or any(ch.isdigit() for ch in m.group(1)):
            continue
        end = hi
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        name = " ".join(w.capitalize() for w in m.group(1).split())
        out.append((b, Turn((m.start(1), m.end(1)), (m.end(), end), name)))
    return out


def _turns(text: str, blocks: list[tuple[int, int]], actors: ActorTable) -> list[Turn]:
    """The turns whose label the article shows to be a speaker, with continuation paragraphs."""
    found = _labelled(text, blocks)
    if not found:
        return []
    labels = [t.label for _, t in found]
    for _, t in found:
        t.actor = _named_person(actors, t.name, labels)
    counts: dict[str, int] = {}
    for _, t in found:
        counts[t.name.split()[-1]] = counts.get(t.name.split()[-1], 0) + 1
    anchored = any(t.actor is not None for _, t in found)
    kept = []
    for b, t in found:
        recurring = counts[t.name.split()[-1]] >= 2 and len(counts) >= 2
        if t.actor is None and not (anchored and recurring):
            continue
        kept.append((b, t))
    return _with_continuations(text, blocks, kept)


def _named_person(actors: ActorTable, name: str, labels: list[tuple[int, int]]) -> Actor | None:
    """The person of the article the label names, if the article names them outside labels."""
    actor = actors.lookup(clean_name(name), "PERSON")
    if actor is None:
        return None
    outside = [e for e in actors.mentions(actor.id) if not any(s <= e.start < t for s, t in labels)]
    return actor if outside else None


def _with_continuations(text: str, blocks: list[tuple[int, int]], kept: list[tuple[int, Turn]]) -> list[Turn]:
    """The turns, each followed by the unlabelled paragraphs that go on with it before the next
    turn (stage directions and separators skipped; nothing after the last turn)."""
    out: list[Turn] = []
    for (b, turn), nxt in zip(kept, [*kept[1:], None]):
        out.append(turn)
        if nxt is None:
            continue
        for lo, hi in blocks[b + 1 : nxt[0]]:
            para = text[lo:hi].strip()
            if not para or _STAGE.search(para) or _LABEL.match(text, lo, hi) or not _SPOKEN.search(para):
                continue  # a stage direction, or the writer's own words between turns
            s = lo + (len(text[lo:hi]) - len(text[lo:hi].lstrip()))
            out.append(Turn(turn.label, (s, s + len(para)), turn.name, turn.actor, continued=True))
    return out


def _speaker_of(actors: ActorTable, turn: Turn) -> Actor:
    if turn.actor is None:
        turn.actor = actors.add(turn.name, "PERSON")
        if turn.actor.name.isupper():
            turn.actor.name = turn.name  # known only by its label: "Fallin", as a reader writes it
    return turn.actor


def _turns_own(text: str, turn: Turn, q: Quote) -> bool:
    """Is an item inside the turn the turn speaker's: no speaker found for it, one carried over
    from outside the turn, or words the speaker reports of themselves ("I said at the time, ...")?"""
    s, _ = turn.content
    if q.speaker_name is None:
        if q.kind == "direct":
            return True
        cut = max([s] + [m.end() for m in _SENTENCE_END.finditer(text, s, q.start)])
        lead = text[cut : q.start]
        return bool(_FIRST_PERSON.search(lead)) and not _THIRD_PERSON.search(lead)
    outside = q.speaker_start is None or q.speaker_start < s
    return q.resolved_via in ("inherited", "continuation") and outside


def _set(q: Quote, actor: Actor, turn: Turn, via: str) -> None:
    q.speaker, q.speaker_name = actor.id, actor.name
    q.speaker_start, q.speaker_end = turn.label
    q.cue, q.resolved_via = ":", via


def _apply(text: str, actors: ActorTable, turn: Turn, quotes: list[Quote]) -> list[Quote]:
    """Give the turn's speech to its speaker: the items inside it that have no speaker of their
    own, and one item for the whole turn unless one already covers it."""
    s, e = turn.content
    via = "continuation" if turn.continued else "name"
    inside = [q for q in quotes if s <= q.start and q.end <= e + 1]
    actor = None
    for q in inside:
        if _turns_own(text, turn, q):
            actor = actor or _speaker_of(actors, turn)
            _set(q, actor, turn, via)
    whole = next((q for q in inside if q.kind != "direct" and q.start - s <= 2 and (q.end - q.start) >= 0.6 * (e - s)), None)
    whole = whole or next((q for q in inside if (q.end - q.start) >= 0.8 * (e - s)), None)
    if whole is not None:
        return quotes
    direct = [q for q in inside if q.kind == "direct" and q.resolved_via in (via, "name") and q.cue == ":"
              and q.speaker_start == turn.label[0]]
    item = Quote(s, e, text[s:e], kind="mixed" if direct else "indirect")
    item.quoted = [{"start": q.start, "end": q.end} for q in direct]
    _set(item, actor or _speaker_of(actors, turn), turn, via)
    return [q for q in quotes if not any(q is d for d in direct)] + [item]
