"""The pronoun step: the antecedent of 'he', 'she', 'they', 'it' (and of 'the teenager', 'the Scot').

Antecedents are subject candidates (tables) and registered quote speakers (state) before the
mention, newest first; mentions inside quotes are never antecedents. Within this and the previous
paragraph a named actor wins over an unnamed description ("her mother"), and a person named as an
object ("Police arrested Maria Lopez") over an unnamed subject; beyond that, the newest compatible
subject.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Iterator

from newsread.analysis.quotes.cues import PRONOUNS
from newsread.analysis.quotes.mentions import Mention, Speaker, compatible
from newsread.analysis.quotes.reported import speech_lemma
from newsread.analysis.quotes.subjects import is_cue

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsread.analysis.quotes.state import DiscourseState
    from newsread.analysis.quotes.tables import ResolverTables

_CLAUSE_BREAKS = frozenset('"“”«»„:—–')
_CONTENT_DEPS = frozenset(("ccomp", "xcomp", "dobj", "parataxis"))


def resolve_pronoun(tables: "ResolverTables", state: "DiscourseState", m: Mention,
                    want: str | None = None) -> Speaker | None:
    """The antecedent of a pronoun (or of a description used like one, with ``want``:
    'm'/'f'/'p'/'n' for a gender or number, 'm?' for any named person)."""
    d, tok = m
    pos = tables.ix.docs[d].starts[tok.i]
    want = want or PRONOUNS.get(tok.lower_)
    window = tables.ix.blocks[max(0, d - 1)][0]
    learnt: dict[str, str] = {}  # genders that later pronouns gave the candidates met so far
    if want in ("m", "f", "p") and tok.head.lemma_.lower() == "write":
        # "a letter written by Agnes Kerr ... 'I miss the sea,' she wrote": the writer
        sp = _recent_named(tables, state, tables.writers, tables.writer_pos, pos, window, want, learnt, None)
        if sp is not None:
            return as_pronoun(tables, state, m, sp, want)
    first, unnamed, before_window = _walk(tables, state, m, pos, window, want, learnt)
    if first is not None:
        return as_pronoun(tables, state, m, first, want)
    # a person named as an object, within the window
    sp = _recent_named(tables, state, tables.weak, tables.weak_pos, pos, window, want, learnt, 4)
    if sp is not None:
        return as_pronoun(tables, state, m, sp, want)
    last = unnamed or before_window
    return as_pronoun(tables, state, m, last, want) if last is not None else None


def _speaking(m: Mention, want: str | None) -> tuple[bool, bool]:
    """(is the pronoun a subject of saying, does its verb say the speech goes on)."""
    tok = m.tok
    speaking = want in ("m", "f") and tok.dep_ == "nsubj" and (is_cue(tok.head) or speech_lemma(tok.head) is not None)
    return speaking, speaking and _continues_speech(tok.head)


def _walk(tables, state, m: Mention, pos: int, window: int, want, learnt):
    """Walk the antecedents newest first: (the choice if one is clear, the first unnamed one in
    the window, the first compatible one before the window)."""
    speaking, goes_on = _speaking(m, want)
    embedded = None  # a named person who is only the subject of a clause inside a sentence
    unnamed = None
    for p, sp, strong in antecedents(tables, state, pos, (m.d, m.tok.i), ranked="speakers" if goes_on else True):
        _learn(sp, learnt)
        if sp is None or not compatible(want, gendered(state, sp, pos, learnt)):
            continue
        if p < window:
            return embedded, unnamed, sp
        if sp.named and speaking and not strong and not _same_sentence(tables, p, m):
            # "Omar asked for compassion. Prosecutors said Ocasio-Cortez had been threatened
            # too. She added, ...": the one who spoke, or a sentence was about, comes first
            embedded = embedded or sp
            continue
        if sp.named:
            return sp, None, None
        if embedded is not None:
            continue
        if unnamed is None and want in ("m", "f") and _new_referent(tables, sp):
            # "A teacher at the school said ... 'We are heartbroken,' she said.": the
            # person just introduced, not a named one further back
            return sp, None, None
        unnamed = unnamed or sp
    return embedded, unnamed, None


def _recent_named(tables, state, items, positions, pos: int, window: int, want, learnt, limit) -> Speaker | None:
    """The newest of ``items`` (writers, weak antecedents) in the window that names a person
    fitting ``want``; ``limit`` looks only at that many."""
    k = bisect.bisect_left(positions, pos)
    for p, cd, cti in reversed(items[max(0, k - limit) if limit else 0 : k]):
        if p < window:
            break
        sp = state.follow(tables, Mention(cd, tables.ix.docs[cd].doc[cti]))
        if sp is not None and sp.named and compatible(want, gendered(state, sp, pos, learnt)):
            return sp
    return None


def _learn(sp: Speaker | None, learnt: dict[str, str]) -> None:
    """'he' resolved to Smith: Smith is a man for the older candidates met after it."""
    if sp is not None and sp.via == "pronoun" and sp.actor and sp.label == "PERSON" and sp.gender in ("m", "f"):
        learnt.setdefault(sp.actor, sp.gender)


def gendered(state: "DiscourseState", sp: Speaker, pos: int, learnt: dict[str, str] | None = None) -> Speaker:
    """The speaker with the gender a pronoun before ``pos`` gave its actor."""
    if sp.gender is None and sp.actor:
        g = state.gender(sp.actor, pos) or (learnt or {}).get(sp.actor)
        if g is not None:
            return sp.at(sp.start, sp.end, sp.via, gender=g)
    return sp


def as_pronoun(tables: "ResolverTables", state: "DiscourseState", m: Mention, sp: Speaker, want: str | None) -> Speaker:
    """The antecedent reached through the pronoun (its gender: known, learnt, or the pronoun's)."""
    s, e = tables.ix.gspan(m.d, m.tok.i, m.tok.i + 1)
    pos = tables.ix.docs[m.d].starts[m.tok.i]
    gender = sp.gender or state.gender(sp.actor, pos) or (want if want in ("m", "f") else None)
    return sp.at(s, e, "pronoun", gender=gender)


def _new_referent(tables: "ResolverTables", sp: Speaker) -> bool:
    """An unnamed person introduced by an indefinite ('a teacher', 'one nurse')."""
    if sp.label != "PERSON" or sp.start >= sp.end:
        return False
    text = tables.ix.text
    first = text[sp.start : sp.end].split(" ", 1)[0].lower()
    if first in ("a", "an", "one", "another"):
        return True
    # the stored description may have lost its article: look just before it
    before = text[max(0, sp.start - 9) : sp.start].split()
    return bool(before) and before[-1].lower() in ("a", "an", "one", "another")


def antecedents(tables: "ResolverTables", state: "DiscourseState", pos: int, skip: tuple[int, int],
                ranked: bool | str = False) -> Iterator[tuple]:
    """(position, speaker) of subject candidates and quote speakers before ``pos``, newest first.

    Within one sentence the main clause's subject comes first ("Whitfield, who took
    over after Arjun Mehta stepped down, has pushed ..." is about Whitfield). ``ranked``
    adds whether each is strong: a quote's speaker, a main clause's subject or the subject
    of a verb of saying (not "Ocasio-Cortez" in "Prosecutors said Ocasio-Cortez had ...").
    """
    extra = state.speakers_before(pos)
    cands = tables.cands
    ei = len(extra) - 1
    ci = bisect.bisect_left(tables.cand_pos, pos) - 1
    for _ in range(60):
        if ei < 0 and ci < 0:
            return
        if ei >= 0 and (ci < 0 or extra[ei][0] >= cands[ci][0]):
            yield (*extra[ei], True) if ranked else extra[ei]
            ei -= 1
            continue
        sent = _sent_of(tables, cands[ci])
        group = []
        while ci >= 0 and _sent_of(tables, cands[ci]) == sent and cands[ci][0] < pos:
            group.append(cands[ci])
            ci -= 1
        group.sort(key=lambda c: (tables.rank.get((c[1], c[2]), 1), -c[0]))
        for p, cd, cti in group:
            if (cd, cti) == skip:
                continue
            sp = state.follow(tables, Mention(cd, tables.ix.docs[cd].doc[cti]))
            yield (p, sp, _strong(tables, cd, cti, ranked == "speakers")) if ranked else (p, sp)


def _sent_of(tables: "ResolverTables", cand: tuple[int, int, int]) -> tuple[int, int]:
    _, cd, cti = cand
    return cd, tables.sents[(cd, cti)]


def _strong(tables: "ResolverTables", d: int, i: int, speakers: bool) -> bool:
    """The subject of a verb of saying, or (unless only ``speakers`` count) a main clause's
    or a pronoun (a chain: "The things he wants ..., but he has no plan")."""
    tok = tables.ix.docs[d].doc[i]
    if not speakers and (tables.rank.get((d, i), 1) == 0 or tok.pos_ == "PRON"):
        return True
    return is_cue(tok.head) or speech_lemma(tok.head) is not None


def _same_sentence(tables: "ResolverTables", p: int, m: Mention) -> bool:
    """Is position ``p`` in the pronoun's own sentence, outside its verb's clause ("Mr. Trump
    is ..., railing against what he calls ...") or before a quotation that the pronoun's verb
    attributes ('Fallon fired back: "...," he wrote')? Not in what the pronoun's speech is
    about ("If Trump is not the nominee, he said he would ...")."""
    ix = tables.ix
    d, tok = m
    starts = ix.docs[d].starts
    verb = tok.head
    if p < starts[tok.sent.start]:
        return False
    if not starts[verb.left_edge.i] <= p <= starts[verb.right_edge.i]:
        return True
    between = ix.text[p : starts[tok.i]]
    if any(ch in _CLAUSE_BREAKS for ch in between) or "''" in between:
        return True  # 'Fallon fired back: "..."', 'Carson seems to ... — he told the AP'
    i, _ = ix.token_range(d, p, p + 1)
    # the verb's content ("If Trump is not ..., he said he would") is what is said, not who
    # says it; an adverbial clause of the verb ("While Clinton has ..., she has not called")
    # is about the speaker
    return not any(c.dep_ in _CONTENT_DEPS and c.left_edge.i <= i <= c.right_edge.i for c in verb.children)


def _continues_speech(verb: "Token") -> bool:
    """'she added', 'he continued', 'she went on': the one who was speaking speaks again."""
    lemma = verb.lemma_.lower()
    if lemma in ("add", "continue"):
        # not "he continued his assault", "she added a clause"
        return not any(c.dep_ in ("dobj", "xcomp") for c in verb.children)
    return lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
