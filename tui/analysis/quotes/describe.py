"""The description step: 'the minister', 'the analyst', 'the patient', 'the team', 'a spokesman'.

"the minister" -> the latest holder of that role (``tables.roles``: pre-nominal titles,
appositions, copulas); with none, the person who just spoke in the paragraph, or the titled
person it has just been about. Groups and organisations are the steps of ``organisations``.
With no named actor, the description itself (without its article) is the speaker name.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newsread.analysis.quotes.cues import (
    GENDERED_ROLE_PAIRS,
    GROUP_NOUNS,
    ROLE_NOUNS,
    SPEAKING_ORG_NOUNS,
    SPOKES_NOUNS,
    role_family,
)
from newsread.analysis.quotes.mentions import Mention, Speaker, name_gender, noun_gender
from newsread.analysis.quotes.naming import resolve_name
from newsread.analysis.quotes.noun_phrase import Description, describe
from newsread.analysis.quotes.organisations import resolve_group, resolve_organisation, resolve_spokesperson
from newsread.analysis.quotes.pronouns import antecedents, resolve_pronoun
from newsread.analysis.quotes.roles import personish_name
from newsread.analysis.quotes.subjects import is_cue

if TYPE_CHECKING:
    from newsread.analysis.quotes.state import DiscourseState
    from newsread.analysis.quotes.tables import ResolverTables


# Roles a news story gives to people it may never name ("the victim", "the driver"): a
# definite one without a holder is not taken to be the last speaker.
_EVENT_ROLES = frozenset(
    """victim patient man woman witness eyewitness survivor resident driver pilot neighbour neighbor
    friend relative mother father owner student passenger suspect defendant""".split()
)

# Modifiers that make a title another post: a Prime Minister is not "the minister", a Vice
# President not "the president", unless the description says so too ("the deputy mayor").
_OTHER_POSTS = frozenset("prime vice deputy assistant".split())

# Words in "a firefighter, who asked not to be named," that say no name will follow.
_ANONYMOUS = {"named", "identified", "anonymity", "anonymous", "anonymously"}


def resolve_description(tables: "ResolverTables", state: "DiscourseState", m: Mention) -> Speaker | None:
    """'the minister', 'the team', 'the foreign ministry', 'a spokesman', 'the patient'."""
    d, tok = m
    desc = describe(tables, m)
    low = tok.lower_
    if desc.lemma in GROUP_NOUNS or low in GROUP_NOUNS:
        return resolve_group(tables, state, m, desc)
    if desc.lemma in SPEAKING_ORG_NOUNS or low in SPEAKING_ORG_NOUNS:
        sp = resolve_organisation(tables, state, m, desc)
        if sp is not None:
            return sp
    if desc.lemma in SPOKES_NOUNS:
        sp = resolve_spokesperson(tables, state, m, desc)
        if sp is not None:
            return sp
    if desc.lemma in ROLE_NOUNS or low in ROLE_NOUNS:
        return resolve_role(tables, state, m, desc)
    if tok.pos_ == "PROPN" or tables.ix.entity(d, tok) is not None:
        return resolve_name(tables, state, m)
    if tok.pos_ == "NOUN":
        if not desc.plural and tok.doc[desc.lo].lower_ in ("a", "an", "one", "another") and tok.dep_ == "nsubj" and is_cue(tok.head):
            # "One fan, who asked not to be named, said ...": a person introduced as a speaker
            # (so a following "he said" is that fan, not someone named earlier)
            return Speaker(None, desc.full, desc.fs, desc.fe, "description", "PERSON", noun_gender(desc.lemma))
        # an unknown noun: a speaker when a cue says so, never a pronoun's antecedent
        return Speaker(None, desc.full, desc.fs, desc.fe, "description", "GROUP" if desc.plural else "OTHER")
    return None


def resolve_role(tables: "ResolverTables", state: "DiscourseState", m: Mention, desc: Description | None = None) -> Speaker:
    """'the minister': the holder of the role; else the person the paragraph has just given
    the word to or been about; else the description itself."""
    desc = desc or describe(tables, m)
    holders = role_holders(tables, state, m, desc)
    if holders and not desc.plural:
        fit = [r for r in holders if desc.mods & r[2]] or holders
        # the holder mentioned most recently ("the senator" after a paragraph about Harlan)
        sp = max(fit, key=lambda r: (_last_mention(tables, state, r[3], desc.pos), r[0]))[3]
        return sp.at(desc.s, desc.e, "description", "PERSON")
    definite = m.tok.doc[desc.lo].lower_ == "the" and not desc.plural
    if not holders and definite and desc.lemma not in _EVENT_ROLES:
        sp = (_just_spoke(tables, state, m, desc) or _titled_subject(tables, state, m, desc)
              or _apposed_to_a_name(tables, state, m, desc))
        if sp is not None:
            return sp
    sp = _epithet(tables, state, m, desc) if definite else None
    if sp is None and m.tok.doc[desc.lo].lower_ in ("a", "an", "another"):
        sp = _named_next(tables, state, m, desc)
    if sp is not None:
        return sp
    return Speaker(None, desc.full, desc.fs, desc.fe, "description", "GROUP" if desc.plural else "PERSON",
                   noun_gender(desc.lemma))


def role_holders(tables: "ResolverTables", state: "DiscourseState", m: Mention, desc: Description) -> list:
    """The role-table entries before the mention whose role fits the description's noun."""
    family = role_family(desc.lemma)
    want = noun_gender(desc.lemma)
    holders = [
        r for r in tables.roles
        if r[0] < desc.pos and r[1] in family and frozenset((r[1], desc.lemma)) not in GENDERED_ROLE_PAIRS
        and _gender_fits(state, r[3], want, desc.pos)
        and not (r[2] & _OTHER_POSTS) - desc.mods
    ]
    if not holders and m.d == 0:
        # a headline's "aide" is introduced below it
        holders = [r for r in tables.roles if r[1] in family][:1]
    return holders


def _just_spoke(tables, state, m: Mention, desc: Description) -> Speaker | None:
    """'"...," said Hernán Solís Arce. "...," added the analyst.': with nobody introduced in
    that role, the person who just spoke in this paragraph."""
    last = state.last_speaker_before(desc.pos)
    if last is None:
        return None
    p, sp = last
    person = sp.label == "PERSON" or (sp.label == "ORG" and personish_name(sp.name))
    if tables.ix.doc_of(p) == m.d and sp.named and person:
        return sp.at(desc.s, desc.e, "description", "PERSON")
    return None


def _titled_subject(tables, state, m: Mention, desc: Description) -> Speaker | None:
    """"Professor Hugh Lamb was more cautious. '...,' the ecologist said.": the named person this
    paragraph has just been about, if the article gave them a title or role (not "Tom Reed was
    charged ... the detective said")."""
    titled = {r[3].actor for r in tables.roles if r[3].actor} | set(tables.titles)
    for p, cand in antecedents(tables, state, desc.pos, (m.d, m.tok.i)):
        if p < tables.ix.blocks[m.d][0]:
            break
        if cand is not None and cand.named and cand.label == "PERSON":
            if cand.actor in titled and _gender_fits(state, cand, noun_gender(desc.lemma), desc.pos):
                return cand.at(desc.s, desc.e, "description", "PERSON")
            break  # the nearest named person only
    return None


def _apposed_to_a_name(tables, state, m: Mention, desc: Description) -> Speaker | None:
    """"Ban Ki-moon, the secretary general of the United Nations, vowed": an apposition the parser
    took for a second subject of the verb; the description is the named subject before the comma."""
    tok = m.tok
    if tok.dep_ not in ("nsubj", "nsubjpass") or desc.lo < 2 or tok.doc[desc.lo - 1].text != ",":
        return None
    for c in tok.head.children:
        if c.dep_ == tok.dep_ and c.i < tok.i and c.pos_ == "PROPN" and c.right_edge.i == desc.lo - 2:
            sp = state.follow(tables, Mention(m.d, c))
            if sp is not None and sp.named and sp.label == "PERSON":
                return sp.at(desc.s, desc.e, "description", "PERSON")
    return None


def _epithet(tables, state, m: Mention, desc: Description) -> Speaker | None:
    """"the Arsenal defender", "the Labour MP": an epithet for the person just named."""
    d, tok = m
    if not any(tables.ix.entity(d, c) is not None for c in tok.doc[desc.lo + 1 : tok.i]):
        return None
    sp = resolve_pronoun(tables, state, m, want="m?")
    return sp.at(desc.s, desc.e, "description", "PERSON") if sp is not None else None


def _named_next(tables, state, m: Mention, desc: Description) -> Speaker | None:
    """"a career Army officer who described ..." named in the next sentences (not one "who
    asked not to be named")."""
    tok = m.tok
    relcl = [c for c in tok.children if c.dep_ == "relcl"]
    if not relcl or any(w.lower_ in _ANONYMOUS for c in relcl for w in c.subtree):
        return None
    end = tables.ix.docs[m.d].starts[tok.right_edge.i] + len(tok.right_edge.text)
    nxt = _next_person(tables, state, desc.pos, end)
    if nxt is not None and _gender_fits(state, nxt, noun_gender(desc.lemma), desc.pos):
        return nxt.at(desc.s, desc.e, "description", "PERSON")
    return None


def _gender_fits(state: "DiscourseState", sp: Speaker, want: str | None, pos: int) -> bool:
    """A gendered description ("the actress") never goes to a holder known to be the other gender."""
    if want not in ("m", "f"):
        return True
    g = sp.gender or state.gender(sp.actor, pos) or name_gender(sp.name.split())
    return g in (None, want)


def _last_mention(tables: "ResolverTables", state: "DiscourseState", sp: Speaker, pos: int) -> int:
    """Offset of the latest mention of the speaker's actor before ``pos`` (-1 if none)."""
    best = -1
    for p, _aid in tables.mentions.get(sp.actor, ()):
        if p < pos and p > best:
            best = p
    for p, x in state.speakers:
        if p < pos and x.actor == sp.actor and p > best:
            best = p
    return best


def _next_person(tables: "ResolverTables", state: "DiscourseState", pos: int, end: int) -> Speaker | None:
    """Cataphora: 'a career Army officer ...' named as the next subject. Not a person already
    named before the description ends: "A man who threatened to kill Rep. Ilhan Omar" is not
    Omar, whatever the next sentence is about."""
    k = bisect.bisect_right(tables.cand_pos, pos)
    here = tables.ix.doc_of(pos) or 0
    for p, cd, cti in tables.cands[k : k + 6]:
        if cd > here + 1:
            break  # only the rest of this paragraph and the next one
        tok = tables.ix.docs[cd].doc[cti]
        if tok.pos_ == "PROPN" and tables.rank.get((cd, cti)) == 0:  # a main clause's subject
            sp = state.follow(tables, Mention(cd, tok))
            if sp is not None and sp.label == "PERSON" and sp.named and not _named_before(tables, state, sp, end):
                return sp
    return None


def _named_before(tables: "ResolverTables", state: "DiscourseState", sp: Speaker, end: int) -> bool:
    """Is the speaker's actor named before ``end``: an entity mention, or a quote speaker reached
    by name? (Not a quote inside the description that this very description speaks for: "a career
    Army officer who described the call as “improper.”" does not name the officer.)"""
    if any(p < end for p, _aid in tables.mentions.get(sp.actor, ())):
        return True
    return any(x.actor == sp.actor and x.via == "name" and x.start < end for _p, x in state.speakers)
