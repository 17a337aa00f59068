"""Resolve a speaker mention to an actor: the steps in the order they are tried.

``start`` builds the per-article tables (``tables.py``) and an empty discourse state
(``state.py``); the caller then asks ``resolve(tables, state, mention)`` for each quote's mention
in text order and registers each quote's speaker on the state. The steps, each a function of
(tables, state, mention) in its own module: pronouns (``pronouns``), names (``naming``),
descriptions and roles (``describe``), groups and organisations (``organisations``), demonyms
(``roles``). Mentions inside quotes are never antecedents.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsread.analysis.model import Entity
from newsread.analysis.quotes.cues import AGE_NOUNS, DEMONYM_NOUN, PRONOUNS, ROLE_NOUNS
from newsread.analysis.quotes.describe import resolve_description
from newsread.analysis.quotes.index import ArticleIndex
from newsread.analysis.quotes.mentions import Mention, Speaker, desc_start, generic_org, is_dateline, looks_person
from newsread.analysis.quotes.names import SPEAKER_TITLE_WORDS
from newsread.analysis.quotes.naming import known_name, resolve_name, title_with_name
from newsread.analysis.quotes.pronouns import resolve_pronoun
from newsread.analysis.quotes.roles import is_demonym, resolve_demonym
from newsread.analysis.quotes.state import DiscourseState
from newsread.analysis.quotes.tables import ResolverTables, build_tables

if TYPE_CHECKING:
    from newsread.analysis.actors import ActorTable

__all__ = ["DiscourseState", "Mention", "Resolution", "ResolverTables", "Speaker", "resolve", "resolve_mention", "start"]


@dataclass(frozen=True)
class Resolution:
    """One article's tables and its discourse state, handed together to the quote finders."""

    tables: ResolverTables
    state: DiscourseState

    def resolve(self, d: int, i: int) -> Speaker | None:
        """The speaker of the mention headed by token ``i`` of block ``d``, given the state now."""
        return resolve(self.tables, self.state, Mention(d, self.tables.ix.docs[d].doc[i]))


def start(ix: ArticleIndex, entities: list[Entity], actors: "ActorTable") -> Resolution:
    """The article's tables and the discourse state before its first quote."""
    state = DiscourseState(actors, resolve_mention)
    return Resolution(build_tables(ix, entities, state), state)


def resolve(tables: ResolverTables, state: DiscourseState, m: Mention) -> Speaker | None:
    """The speaker a mention refers to, given the quotes registered so far."""
    return state.follow(tables, m)


def resolve_mention(tables: ResolverTables, state: DiscourseState, m: Mention) -> Speaker | None:
    """Try the steps in order: pronoun, age noun, a name in apposition or coordination, a title
    with its name, demonym, party or nationality, name, description."""
    tok = m.tok
    low = tok.lower_
    if low in PRONOUNS and tok.pos_ == "PRON":
        return None if low == "i" else resolve_pronoun(tables, state, m)  # "I": the writer
    sp = _age_description(tables, state, m)
    if sp is not None:
        return sp
    dateline = is_dateline(tok)
    sp = _apposed_name(tables, state, m, dateline)
    if sp is not None or dateline:
        return sp
    matched, sp = _coordinated_name(tables, state, m)
    if matched:
        return sp
    if low in ROLE_NOUNS or tok.lemma_.lower() in ROLE_NOUNS:
        sp = title_with_name(tables, state, m)
        if sp:
            return sp
    if is_demonym(tables, m):
        sp = resolve_demonym(tables, state, m)
        if sp is not None:
            return sp
    sp = _party_or_nationality(tables, state, m)
    if sp is not None:
        return sp
    if tok.pos_ == "PROPN" and (low in ROLE_NOUNS or low in SPEAKER_TITLE_WORDS) and tok.dep_ != "compound":
        return resolve_description(tables, state, m)
    if tok.pos_ == "PROPN" and not generic_org(tables.ix, m.d, tok):
        return resolve_name(tables, state, m)
    return resolve_description(tables, state, m)


def _age_description(tables: ResolverTables, state: DiscourseState, m: Mention) -> Speaker | None:
    """'the 43-year-old said', 'the teenager said': the latest person, like a pronoun."""
    tok = m.tok
    low = tok.lower_
    age_noun = low in AGE_NOUNS and tok.tag_ == "NN" and tok.doc[desc_start(tok)].lower_ == "the"
    if not (age_noun or (low in ("old", "year-old") and tok.i >= 2 and "year" in tok.doc[tok.i - 2 : tok.i + 1].text)):
        return None
    sp = resolve_pronoun(tables, state, m, want=AGE_NOUNS.get(low) or "m?")
    if sp is None:
        return None
    s, e = tables.ix.gspan(m.d, desc_start(tok), tok.i + 1)
    return sp.at(s, e, "description")


def _apposed_name(tables: ResolverTables, state: DiscourseState, m: Mention, dateline: bool) -> Speaker | None:
    """A name in apposition that names the speaker: "another witness, ..., Fiona Hill"; a
    dateline parsed as subject ("WASHINGTON (AP) — Leader Mitch Harlan ..."); "the district GOP
    Chairman Chuck Williams" (a capitalised title with the name after it); "the charity's chief
    executive, Jane Roe," hung off a misparsed subject ("Outside court, ...")."""
    d, tok = m
    low = tok.lower_
    title = tok.pos_ == "PROPN" and (low in ROLE_NOUNS or low in SPEAKER_TITLE_WORDS or tok.lemma_.lower() in ROLE_NOUNS)
    for c in tok.children:
        named_after = title and c.left_edge.i - tok.i <= 2 and looks_person(tables.ix, d, c)
        if (c.dep_ == "appos" and c.pos_ == "PROPN" and (tok.pos_ != "PROPN" or dateline or named_after)
                and not is_dateline(c)):
            if dateline and c.text.isupper():
                continue
            sp = resolve_name(tables, state, Mention(d, c))
            if sp:
                return sp
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in ROLE_NOUNS and tok.pos_ != "PROPN":
            for g in c.children:
                if g.dep_ == "appos" and g.pos_ == "PROPN":
                    sp = resolve_name(tables, state, Mention(d, g))
                    if sp is not None and sp.label == "PERSON":
                        return sp
    return None


def _coordinated_name(tables: ResolverTables, state: DiscourseState, m: Mention) -> tuple[bool, Speaker | None]:
    """'Rojas and her colleagues described': the named one of a coordinated subject; a known name
    the tagger took for a common noun. (True, answer) when this step decides."""
    d, tok = m
    starts = tables.ix.docs[d].starts
    if tok.pos_ != "PROPN" and not tok.text[:1].isupper():
        for c in tok.children:
            if c.dep_ == "conj" and (c.pos_ == "PROPN" or known_name(state, c, starts[c.i])):
                return True, state.follow(tables, Mention(d, c))
        lo = desc_start(tok)
        if lo >= 2 and tok.doc[lo - 1].lower_ == "and":
            x = tok.doc[lo - 2]
            if x.pos_ == "PROPN" or known_name(state, x, starts[x.i]):
                return True, resolve_name(tables, state, Mention(d, x), force=True)
    elif tok.pos_ not in ("PROPN", "PRON") and known_name(state, tok, starts[tok.i]):
        return True, resolve_name(tables, state, m, force=True)
    return False, None


def _party_or_nationality(tables: ResolverTables, state: DiscourseState, m: Mention) -> Speaker | None:
    """'the Kentucky Republican said': a person described by party or nationality (not "the
    French", "the Chinese": a nation)."""
    d, tok = m
    low = tok.lower_
    ent = tables.ix.entity(d, tok)
    if not (tok.pos_ == "PROPN" and ent is not None and ent.label == "NORP"
            and tok.doc[desc_start(tok)].lower_ == "the" and not (low in DEMONYM_NOUN or low.endswith("ese"))):
        return None
    sp = resolve_pronoun(tables, state, m, want="m?")
    if sp is None:
        return None
    s, e = tables.ix.gspan(d, desc_start(tok), tok.i + 1)
    return sp.at(s, e, "description")
