"""Per-article tables of speaker resolution: computed once, never changed while resolving.

``build_tables`` reads the parsed article and its entities once: who carries which title, who is
also called by first name, every actor's mentions, the organisations and nationalities named
outside quotes, the subject candidates a pronoun may refer to (ranked main clause first), the
writers of letters, and the role and group tables ("the minister" -> Jane Roe). What changes as
quotes are read is the discourse state (``state.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from newsread.analysis.model import Entity
from newsread.analysis.quotes.cues import DEMONYM_NOUNS, GROUP_NOUNS, ROLE_ABBREVIATIONS, ROLE_NOUNS, SPEAKING_ORG_NOUNS
from newsread.analysis.quotes.index import ArticleIndex
from newsread.analysis.quotes.mentions import Mention, Speaker, ent_last
from newsread.analysis.quotes.names import SPEAKER_TITLE_WORDS
from newsread.analysis.quotes.organisations import named_group
from newsread.analysis.quotes.roles import CLAUSE_ROLE_WORDS, role_from_clause, role_from_title

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsread.analysis.quotes.state import DiscourseState

Cand = tuple[int, int, int]  # (global position, doc, token)


@dataclass(frozen=True)
class ResolverTables:
    """What the article says once and for all about who is who (see the module docstring)."""

    ix: ArticleIndex
    titles: dict[str, frozenset[str]]  # actor id -> titles written before its name (dr, mrs)
    first_named: frozenset[str]  # persons also called by first name alone ("Fiona" for Fiona Kerr)
    mentions: dict[str, tuple[tuple[int, str], ...]]  # actor id -> (position, actor id) of mentions
    orgs: tuple[tuple[int, str], ...]  # (position, actor id) of ORG mentions outside quotes
    org_names: tuple[str, ...]  # names of the organisations the entities found (not speakers added later)
    norps: tuple[tuple[int, str], ...]  # nationality adjectives outside quotes
    state_norps: tuple[tuple[int, str], ...]  # those modifying a government-like noun
    cands: tuple[Cand, ...]  # subject candidates, sorted
    cand_pos: tuple[int, ...]
    rank: dict[tuple[int, int], int]  # candidate -> 0: main-clause subject, 1: embedded
    sents: dict[tuple[int, int], int]  # candidate -> first token of its sentence
    weak: tuple[Cand, ...]  # persons named in other roles ("Police arrested Jane Doe")
    weak_pos: tuple[int, ...]
    writers: tuple[Cand, ...]  # "a letter written by X", "X's diary"
    writer_pos: tuple[int, ...]
    roles: tuple[tuple[int, str, frozenset[str], Speaker], ...] = ()  # position, role, modifiers, holder
    groups: tuple[tuple[int, Speaker], ...] = field(default=())  # named groups ("Michigan researchers")


def build_tables(ix: ArticleIndex, entities: list[Entity], state: "DiscourseState") -> ResolverTables:
    """The tables of one article; ``state`` is the empty discourse state (for actor lookups)."""
    by_id = state.by_id
    norps, state_norps, cands, rank, weak, writers = _scan(ix)
    cands.sort()
    base = ResolverTables(
        ix=ix,
        titles=_titles(ix, entities),
        first_named=frozenset(
            e.actor for e in entities
            if e.label == "PERSON" and e.actor in by_id and len(e.text.split()) == 1
            and len(by_id[e.actor].name.split()) > 1 and by_id[e.actor].name.split()[0] == e.text
        ),
        mentions=_mentions(entities, state),
        orgs=tuple(_orgs(ix, entities)),
        org_names=tuple(a.name for a in state.actors.actors if a.label == "ORG"),
        norps=tuple(norps), state_norps=tuple(state_norps),
        cands=tuple(cands), cand_pos=tuple(c[0] for c in cands), rank=rank,
        sents={(d, i): ix.docs[d].doc[i].sent.start for _, d, i in cands},
        weak=tuple(weak), weak_pos=tuple(c[0] for c in weak),
        writers=tuple(writers), writer_pos=tuple(w[0] for w in writers),
    )
    roles, groups = _roles_and_groups(base, state)
    return replace(base, roles=tuple(roles), groups=tuple(groups))


def _titles(ix: ArticleIndex, entities: list[Entity]) -> dict[str, frozenset[str]]:
    titles: dict[str, set[str]] = {}
    for e in entities:
        # full-name mentions only: a bare "Hollins" may be attached to the wrong Hollins
        if e.label == "PERSON" and e.actor and len(e.text.split()) > 1 and (d := ix.doc_of(e.start)) is not None:
            i, _ = ix.token_range(d, e.start, e.end)
            for t in ix.docs[d].doc[max(0, i - 2) : i + 1]:  # before the name, and its first word
                w = t.lower_.rstrip(".")
                if w in SPEAKER_TITLE_WORDS:
                    titles.setdefault(e.actor, set()).add(w)
    return {a: frozenset(ws) for a, ws in titles.items()}


def _mentions(entities: list[Entity], state: "DiscourseState") -> dict[str, tuple[tuple[int, str], ...]]:
    mentions: dict[str, list[tuple[int, str]]] = {}
    for e in entities:
        if e.actor:
            mentions.setdefault(e.actor, []).append((e.start, e.actor))
    # one-word mentions count for the person whose surname they are
    actors = state.actors.actors
    for a in actors:
        if a.label == "PERSON" and len(a.name.split()) > 1:
            for b in actors:
                if b is not a and b.name == a.name.split()[-1] and b.id in mentions:
                    mentions.setdefault(a.id, []).extend(mentions[b.id])
    return {a: tuple(ms) for a, ms in mentions.items()}


def _orgs(ix: ArticleIndex, entities: list[Entity]):
    for e in entities:
        if e.label == "ORG" and e.actor and ix.doc_of(e.start) is not None:
            d = ix.doc_of(e.start)
            i, _ = ix.token_range(d, e.start, e.end)
            if i < len(ix.docs[d].depth) and not ix.docs[d].depth[i] and not e.text[:1].islower():
                yield (e.start, e.actor)


def _scan(ix: ArticleIndex):
    """Nationalities, subject candidates (with rank), weak antecedents and writers, outside quotes."""
    norps, state_norps, cands, weak, writers = [], [], [], [], []
    rank: dict[tuple[int, int], int] = {}
    for d, info in enumerate(ix.docs):
        for t in info.doc:
            if info.depth[t.i]:
                continue
            pos = info.starts[t.i]
            e = info.ents.get(t.i)
            if e is not None and e.label == "NORP" and t.pos_ in ("ADJ", "PROPN") and t.i == ent_last(ix, d, e):
                norps.append((pos, e.text))
                if t.head.lemma_.lower() in SPEAKING_ORG_NOUNS:
                    # "The Syrian government": the nationality an unnamed ministry belongs to
                    state_norps.append((pos, e.text))
            if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in ("who", "which", "that", "this", "there", "it"):
                h = t.head
                if h.dep_ in ("ROOT", "conj", "ccomp", "advcl", "parataxis") or h.head is h:
                    cands.append((pos, d, t.i))
                    main = h.dep_ == "ROOT" or (h.dep_ == "conj" and h.head.dep_ == "ROOT")
                    rank[(d, t.i)] = 0 if main else 1
                elif e is not None and e.label == "PERSON":
                    weak.append((pos, d, t.i))
            elif t.lower_ in ("it",) and t.dep_ == "nsubj" and t.head.dep_ == "ROOT":
                cands.append((pos, d, t.i))
            elif e is not None and e.label == "PERSON" and t.i == ent_last(ix, d, e) and t.dep_ not in ("compound", "poss"):
                # a person named as object ("Police arrested Jane Doe."): a weak antecedent
                weak.append((pos, d, t.i))
            if _is_writer(t):
                writers.append((pos, d, t.i))
    return norps, state_norps, cands, rank, weak, writers


def _roles_and_groups(tables: ResolverTables, state: "DiscourseState"):
    """The role table and the named groups, in text order (outside quotes)."""
    ix = tables.ix
    roles, groups = [], []
    for d, info in enumerate(ix.docs):
        for t in info.doc:
            if info.depth[t.i]:
                continue
            low = t.lower_
            role = ROLE_ABBREVIATIONS.get(low.rstrip("."), low)
            found = []
            if role in ROLE_NOUNS and t.pos_ in ("NOUN", "PROPN"):
                found.append(role_from_title(tables, state, Mention(d, t), role))
                for c in t.lefts:
                    if c.dep_ == "compound" and (c.lower_ + role) in ROLE_NOUNS:
                        # "head teacher" = headteacher
                        found.append(role_from_title(tables, state, Mention(d, t), c.lower_ + role))
                if any(c.lower_ == "senate" for c in t.lefts):
                    found.append(role_from_title(tables, state, Mention(d, t), "senator"))
            elif low in DEMONYM_NOUNS and t.pos_ in ("NOUN", "PROPN"):
                found.append(role_from_title(tables, state, Mention(d, t), low))  # "Dunlop, a Scot,"
            if low in CLAUSE_ROLE_WORDS:
                found.append(role_from_clause(tables, state, Mention(d, t)))
            roles.extend(r for r in found if r is not None)
            if t.lemma_.lower() in GROUP_NOUNS or low in GROUP_NOUNS:
                sp = named_group(tables, state, Mention(d, t))
                if sp:
                    groups.append((info.starts[t.i], sp))
    return roles, groups


# Writings whose author a later "she wrote" refers to.
_WRITINGS = frozenset("letter letters email emails note notes diary diaries message messages postcard card memo".split())


def _is_writer(t: "Token") -> bool:
    """'written by X', 'a letter from X', "X's diary": X wrote what is quoted next."""
    if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.dep_ == "agent":
        return t.head.head.lemma_.lower() in ("write", "sign", "pen", "send", "author")
    if t.dep_ == "pobj" and t.head.lower_ == "from":
        return t.head.head.lemma_.lower() in _WRITINGS
    return t.dep_ == "poss" and t.pos_ in ("PROPN", "NOUN") and t.head.lemma_.lower() in _WRITINGS
