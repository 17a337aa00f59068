"""The group and organisation steps: 'researchers', 'the foreign ministry', 'a spokesman for X'.

"the team", "researchers" -> the latest named group ("University of Michigan researchers",
collected in ``tables.groups``); "the foreign ministry" -> a matching organisation or one named
from the nearest nationality ("Syrian foreign ministry"); "her office" -> the person it belongs
to; "a spokesman for X" -> X. Each step takes (tables, state, mention).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newsread.analysis.quotes.cues import GENERIC_ORG_NOUNS, ROLE_NOUNS
from newsread.analysis.quotes.mentions import Mention, Speaker, noun_gender
from newsread.analysis.quotes.names import strip_article
from newsread.analysis.quotes.naming import resolve_name
from newsread.analysis.quotes.noun_phrase import Description, describe

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsread.analysis.quotes.state import DiscourseState
    from newsread.analysis.quotes.tables import ResolverTables

# A person's own organisation that speaks for them ("her office", "his campaign").
_PERSONAL_OFFICES = frozenset("office campaign administration".split())


def resolve_group(tables: "ResolverTables", state: "DiscourseState", m: Mention,
                  desc: Description | None = None) -> Speaker:
    """'Michigan researchers' names its group; 'the team', 'researchers' is the latest named group."""
    desc = desc or describe(tables, m)
    own = named_group(tables, state, m)
    if own is not None:
        return own
    before = [sp for p, sp in tables.groups if p < desc.pos]
    g = before[-1] if before else (tables.groups[0][1] if tables.groups else None)
    if g is not None:
        return g.at(desc.s, desc.e, "description", "GROUP")
    return Speaker(None, desc.full, desc.fs, desc.fe, "description", "GROUP")


def resolve_organisation(tables: "ResolverTables", state: "DiscourseState", m: Mention,
                         desc: Description | None = None) -> Speaker | None:
    """'the foreign ministry', 'her office': the organisation (or the person it speaks for);
    the description itself when it names no actor and is no role. None: try it as a role."""
    desc = desc or describe(tables, m)
    d, tok = m
    sp = _organisation(tables, state, m, desc)
    if sp is not None:
        return sp.at(desc.s, desc.e, "description")
    if desc.lemma in _PERSONAL_OFFICES:
        # "her office said", "Ruiz's office called it ...": the person speaks through it
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None and not tables.ix.docs[d].depth[owner.i]:
            sp = state.follow(tables, Mention(d, owner))
            if sp is not None and sp.named and sp.label == "PERSON":
                return sp.at(desc.s, desc.e, "description", "PERSON")
    if desc.lemma not in ROLE_NOUNS:
        return Speaker(None, desc.text, desc.s, desc.e, "description", "ORG")
    return None


def resolve_spokesperson(tables: "ResolverTables", state: "DiscourseState", m: Mention,
                         desc: Description | None = None) -> Speaker | None:
    """'a spokesman for the Department', 'a Kremlin spokeswoman', or after 'The Department
    said ...', 'A spokesman added': the organisation, speaking through a person."""
    desc = desc or describe(tables, m)
    d, tok = m
    ix = tables.ix
    org = _spokes_org(tables, state, m)
    if org is None and tok.doc[desc.lo].lower_ in ("a", "an", "the"):
        # "The Department said ... A spokesman added:": the organisation just named
        latest = state.latest_org(tables.orgs, desc.pos)
        if latest is not None and latest[0] >= ix.blocks[max(0, d - 1)][0]:
            a = state.by_id.get(latest[1])
            if a is not None:
                org = Speaker(a.id, a.name, 0, 0, "description", "ORG")
    if org is None:
        return None
    out = org.at(desc.s, desc.e, "description", "ORG", gender=noun_gender(desc.lemma))
    out.spokes = True
    return out


def named_group(tables: "ResolverTables", state: "DiscourseState", m: Mention) -> Speaker | None:
    """'University of Michigan researchers', 'researchers at the Marlow Institute': a group noun
    with a proper-name modifier."""
    d, t = m
    ix = tables.ix
    doc = t.doc
    for p in t.children:
        if p.dep_ == "prep" and p.lower_ in ("at", "from", "of", "with") and p.i == t.i + 1:
            objs = [o for o in p.children if o.dep_ == "pobj" and ix.entity(d, o) is not None]
            if objs and ix.entity(d, objs[0]).label in ("ORG", "GPE"):
                return _group_of(tables, state, m, objs[0])
    left = [c for c in t.subtree if c.i < t.i]
    if not left:
        return None
    lo = min(c.i for c in left)
    if doc[lo].dep_ == "det":
        lo += 1
    toks = doc[lo : t.i + 1]
    if not any(x.pos_ == "PROPN" for x in toks) or any(x.is_punct and x.text != "." for x in toks):
        return None
    if len(toks) > 6:
        return None
    name = toks.text
    org = ix.entity(d, doc[t.i - 1])
    if org is not None and org.label == "ORG" and name.startswith(org.text + " "):
        # "Marlow Institute researchers" -> the organisation's full name + the noun
        name = f"{_full_org_name(tables, state, org)}{name[len(org.text):]}"
    s, e = ix.gspan(d, lo, t.i + 1)
    return _pending(state, ix.docs[d].starts[t.i], name, "ORG", s, e, "description", "GROUP")


def _group_of(tables: "ResolverTables", state: "DiscourseState", m: Mention, obj: "Token") -> Speaker:
    """'researchers at the Marlow Institute' -> 'Marlow Institute of Ecology researchers'."""
    d, t = m
    ix = tables.ix
    doc = t.doc
    lo = t.i - 1 if t.i and doc[t.i - 1].dep_ == "det" else t.i
    lo = lo + 1 if doc[lo].dep_ == "det" else lo
    hi = obj.i + 1
    s, e = ix.gspan(d, lo, hi)
    org = ix.entity(d, obj)
    if t.tag_ == "NNS" and org.label == "ORG":
        full = _full_org_name(tables, state, org)
        written = _proper_phrase(obj)  # "the Central Reserve Bank of Peru"
        if written and len(written) > len(full) and written.startswith(strip_article(org.text)):
            full = written
        return _pending(state, ix.docs[d].starts[t.i], f"{full} {t.lower_}", "ORG", s, e, "description", "GROUP")
    return _pending(state, ix.docs[d].starts[t.i], doc[lo:hi].text, "ORG", s, e, "description", "GROUP")


def _full_org_name(tables: "ResolverTables", state: "DiscourseState", ent) -> str:
    """The organisation's full name: its actor's, or the one longer organisation name the article
    gives that starts with the same words ("Marlow Institute" -> "Marlow Institute of Ecology").

    Only names of the article's entities: a speaker added since ("Marlow Institute researchers")
    would make the group "Marlow Institute researchers researchers"."""
    a = state.by_id.get(ent.actor) if ent.actor else None
    name = a.name if a is not None else strip_article(ent.text)
    words = name.split()
    longer = {b for b in tables.org_names if len(b.split()) > len(words) and b.split()[: len(words)] == words}
    return longer.pop() if len(longer) == 1 else name


def _spokes_org(tables: "ResolverTables", state: "DiscourseState", m: Mention) -> Speaker | None:
    """'a spokesman for the Department of Energy', 'a Kremlin spokeswoman': the organisation."""
    d, tok = m
    ix = tables.ix
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "of", "at"):
            for o in c.children:
                if o.dep_ == "pobj":
                    e = ix.entity(d, o)
                    if e is not None and e.label in ("ORG", "GPE", "NORP"):
                        return resolve_name(tables, state, Mention(d, o))
        if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i:
            e = ix.entity(d, c)
            if e is not None and e.label == "ORG":
                return resolve_name(tables, state, Mention(d, c))
    return None


def _organisation(tables: "ResolverTables", state: "DiscourseState", m: Mention, desc: Description) -> Speaker | None:
    """An organisation description: NORP + noun names it; else the matching ORG actor, the
    organisation just named, or one named from the nearest nationality."""
    d, tok = m
    ix = tables.ix
    norp = [c for c in tok.doc[desc.lo : tok.i] if (e := ix.docs[d].ents.get(c.i)) is not None and e.label == "NORP"]
    words = desc.text.split()
    if norp:
        return _pending(state, desc.pos, " ".join(words), "ORG", 0, 0, "description", "ORG")
    want = {w.lower() for w in words}
    generic = None  # an actor named just "foreign ministry": used only if nothing better
    for a in reversed(state.actors_at(desc.pos)):
        if a.label == "ORG" and want <= {w.lower() for w in a.name.split()}:
            if a.name.islower():
                generic = generic or a
                continue
            return Speaker(a.id, a.name, 0, 0, "description", "ORG")
    if tok.lemma_.lower() in GENERIC_ORG_NOUNS and not desc.mods:
        latest = state.latest_org(tables.orgs, desc.pos)
        if latest is not None and (a := state.by_id.get(latest[1])) is not None:
            return Speaker(a.id, a.name, 0, 0, "description", "ORG")
        named = _firm_named_in_text(tables, desc.pos)
        if named is not None:
            return _pending(state, desc.pos, named, "ORG", 0, 0, "description", "ORG")
    nation = _nationality(tables, desc.pos)
    if nation and tok.lemma_.lower() in ("ministry", "government", "embassy", "military", "army", "police"):
        return _pending(state, desc.pos, f"{nation} {' '.join(words)}", "ORG", 0, 0, "description", "ORG")
    if generic is not None:
        return Speaker(generic.id, generic.name, 0, 0, "description", "ORG")
    return None


def _firm_named_in_text(tables: "ResolverTables", pos: int) -> str | None:
    """'Grocery delivery firm Basketly' (a name the NER missed): the latest proper name
    written right after an organisation noun, outside quotes, before ``pos``."""
    ix = tables.ix
    here = ix.doc_of(pos)
    for d in range(here if here is not None else len(ix.docs) - 1, -1, -1):
        info = ix.docs[d]
        for t in reversed(info.doc):
            if info.starts[t.i] >= pos or info.depth[t.i] or t.pos_ != "PROPN" or t.i == 0:
                continue
            prev = info.doc[t.i - 1]
            if prev.lemma_.lower() in GENERIC_ORG_NOUNS and prev.text.islower():
                hi = t.i
                while hi + 1 < len(info.doc) and info.doc[hi + 1].pos_ == "PROPN" and not info.depth[hi + 1]:
                    hi += 1
                return info.doc[t.i : hi + 1].text
    return None


def _pending(
    state: "DiscourseState", pos: int, name: str, create: str, s: int, e: int, via: str, label: str
) -> Speaker:
    """A speaker for ``name`` mentioned at ``pos``: its actor if one is known there, else one
    created when used."""
    a = state.lookup(name, pos)
    if a is not None:
        return Speaker(a.id, a.name, s, e, via, label)
    return Speaker(None, name, s, e, via, label, pending=create)


def _nationality(tables: "ResolverTables", pos: int) -> str | None:
    """The nationality of the latest state body named ("The Syrian government"), else the
    latest nationality adjective before ``pos``."""
    for table in (tables.state_norps, tables.norps):
        k = bisect.bisect_left(table, (pos, ""))
        if k > 0:
            return table[k - 1][1]
    return None


def _proper_phrase(tok: "Token") -> str | None:
    """The whole proper name ``tok`` heads, article dropped ('Central Reserve Bank of Peru'), when
    its subtree is only proper nouns joined by 'of'/'and'/'for'."""
    toks = [t for t in tok.subtree]
    if toks and toks[0].dep_ == "det":
        toks = toks[1:]
    if not toks or toks[-1].pos_ != "PROPN":
        return None
    if not all(t.pos_ == "PROPN" or t.lower_ in ("of", "and", "for", "&") for t in toks):
        return None
    return tok.doc[toks[0].i : toks[-1].i + 1].text
