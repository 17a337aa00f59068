"""Names as speakers: the actor of a proper-name mention.

A name's actor comes from its entity; a surname alone is upgraded to the
fullest person with that surname (the title and gender decide between two Hollinses,
else the one who spoke last in the same paragraph, else the one introduced first), a familiar first name to its full form
(Pat -> Patrick); names the NER missed become pending actors, created only
when they speak.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsread.analysis.quotes.cues import HONORIFICS
from newsread.analysis.quotes.mentions import Mention, Speaker, looks_person, name_gender, nickname_of
from newsread.analysis.quotes.names import SPEAKER_TITLE_WORDS, name_chain

if TYPE_CHECKING:
    from newsread.analysis.actors import Actor
    from newsread.analysis.quotes.state import DiscourseState
    from newsread.analysis.quotes.tables import ResolverTables


def resolve_name(tables: "ResolverTables", state: "DiscourseState", m: Mention, force: bool = False) -> Speaker | None:
    """A proper name: the actor of its entity, upgraded to the fullest same-surname person.

    ``force`` takes the token as a one-word name even when it does not look like one."""
    ix = tables.ix
    d, tok = m
    ent = ix.entity(d, tok)
    org = _named_body(tables, state, m, ent)
    if org is not None:
        return org
    chain = name_chain(ix, d, tok)
    if chain is None and force:
        chain = ((tok.i, tok.i + 1), [tok.text])
    if chain is None:
        return None
    (i, j), words = chain
    name = " ".join(words)
    s, e = ix.gspan(d, i, j)
    label = ent.label if ent is not None else ("PERSON" if looks_person(ix, d, tok) else "ORG")
    before = [t.lower_.rstrip(".") for t in tok.doc[max(0, i - 2) : i]]
    actor = _actor_of(tables, state, m, ent, words, label, before)
    gender = next((HONORIFICS[b] for b in before if HONORIFICS.get(b)), None)
    if gender is None and actor is not None and len(actor.name.split()) > len(words) == 1:
        # a surname alone ("Omar" for Ilhan Omar) says nothing of gender: her first name does
        gender = name_gender(actor.name.split())
    elif gender is None:
        gender = name_gender(words) or (name_gender(actor.name.split()) if actor is not None else None)
    if actor is None:
        if ent is None and len(words) == 1 and tok.pos_ != "PROPN":
            return None
        create = label if label in ("PERSON", "ORG", "GPE", "NORP") else "PERSON"
        return Speaker(None, name, s, e, "name", label=create, gender=gender, pending=create)
    return Speaker(actor.id, actor.name, s, e, "name", label=actor.label, gender=gender)


def _named_body(tables: "ResolverTables", state: "DiscourseState", m: Mention, ent) -> Speaker | None:
    """An organisation or place named by its entity ("the Department of Defense")."""
    if ent is None or not ent.actor or ent.label == "PERSON" or ent.actor not in state.by_id:
        return None
    a = state.by_id[ent.actor]
    first = ent.text.split()[0] if ent.text.split() else ""
    if first.lower() in ("the",) or len(ent.text.split()) > 1 or a.label != "ORG":
        if not looks_person(tables.ix, m.d, m.tok) or a.label == "GPE":
            return Speaker(a.id, a.name, ent.start, ent.end, "name", label=a.label)
    return None


def _actor_of(tables, state, m: Mention, ent, words: list[str], label: str, before: list[str]) -> "Actor | None":
    """The actor a name refers to: its entity's person, upgraded to the fullest same-surname
    person or the full form of a familiar first name; else the actor table's answer (the actors
    known at the mention: none that a later speaker introduces)."""
    pos = tables.ix.docs[m.d].starts[m.tok.i]
    actor = None
    if ent is not None and ent.actor and ent.label == "PERSON":
        actor = state.by_id.get(ent.actor)
    if actor is None or (len(actor.name.split()) == 1 and actor.id not in state.actors.kept_apart):
        fuller = person_by_surname(state, words[-1], len(words), pos)
        if fuller is not None and (label == "PERSON" or ent is None or ent.label in ("ORG", "GPE")):
            if label == "PERSON" or len(words) == 1:
                actor = fuller
    if actor is not None and actor.label == "PERSON":
        nick = _person_by_nickname(state, words, actor, pos)
        if nick is not None:
            actor = nick
    elif actor is None and label == "PERSON":
        actor = _person_by_nickname(state, words, None, pos)
    if actor is None:
        own = state.by_id.get(ent.actor) if ent is not None and ent.actor else None
        actor = state.lookup(" ".join(words), pos) or own
        if actor is not None and label == "PERSON" and actor.label != "PERSON":
            actor = None
    if len(words) == 1 and (actor is None or actor.label == "PERSON"):
        # "Dr Hollins" when the article has Mrs Margaret and Dr Neil Hollins
        actor = _same_surname(tables, state, m, words[0], before) or actor
    return actor


def place_then_person(tables: "ResolverTables", state: "DiscourseState", m: Mention) -> bool:
    """'(Envoy for) Syria Staffan de Mistura': a place, then a person's name, in one chain.

    Not 'aide to Governor Ray Dalton', where the name is whom the role serves.
    """
    d, p = m
    if not looks_person(tables.ix, d, p):
        return False
    doc = p.doc
    k = p.i - 1
    while k >= 0 and doc[k].pos_ == "PROPN" and p.i - k <= 6:
        e = tables.ix.docs[d].ents.get(k)
        if (e is not None and e.label in ("GPE", "LOC", "NORP")) or (
            (a := state.lookup(doc[k].text, tables.ix.docs[d].starts[k])) is not None and a.label in ("GPE", "LOC")
        ):
            return True
        k -= 1
    return False


def _domain_then_person(tables: "ResolverTables", m: Mention) -> bool:
    """'(Leader of the) Opposition Martin Oakes': a person's name right after the named
    domain of a capitalised title (an institution or a place entity, then a PERSON entity).

    The caller asks only for a capitalised title: "aide to Senate Leader Mitch Harlan" has a
    lowercase role and a title between the domain and the name."""
    d, p = m
    ents = tables.ix.docs[d].ents
    person = ents.get(p.i)
    if person is None or person.label != "PERSON":
        return False
    first, _ = tables.ix.token_range(d, person.start, person.end)
    if first < 1:
        return False
    domain = ents.get(first - 1)
    if domain is None:
        # the domain the model left untagged: "of the Opposition [Martin Oakes]"
        t = p.doc[first - 1]
        return t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in SPEAKER_TITLE_WORDS
    return domain is not person and domain.label in ("ORG", "GPE", "LOC", "NORP")


def known_name(state: "DiscourseState", tok, pos: int) -> bool:
    """A capitalised word the tagger missed (at ``pos``) that is a known actor or a person's surname."""
    if not tok.text[:1].isupper() or tok.pos_ == "PRON":
        return False
    return state.lookup(tok.text, pos) is not None or person_by_surname(state, tok.text, 1, pos) is not None


def title_with_name(tables: "ResolverTables", state: "DiscourseState", m: Mention) -> Speaker | None:
    """'the United Nations Special Envoy for Syria Staffan de Mistura' names the person."""
    d, tok = m
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "to", "of"):
            for p in c.children:
                pm = Mention(d, p)
                if p.dep_ == "pobj" and p.pos_ == "PROPN" and (
                    place_then_person(tables, state, pm) or (tok.text[:1].isupper() and _domain_then_person(tables, pm))
                ):
                    return resolve_name(tables, state, pm)
                # "the UN envoy for Iraq, Maria Lindqvist,": the name hangs on the place
                for a in p.children if p.dep_ == "pobj" else ():
                    if a.dep_ == "appos" and a.pos_ == "PROPN" and looks_person(tables.ix, d, a):
                        return resolve_name(tables, state, Mention(d, a))
    return None


def _person_by_nickname(state: "DiscourseState", words: list[str], current, pos: int):
    """'Pat' or 'Pat Murphy' for an earlier 'Patrick Murphy': the fuller, earlier name."""
    first = words[0].lower()
    actors = state.actors_at(pos)
    for a in actors:
        if a is current or a.label != "PERSON":
            continue
        parts = a.name.split()
        if len(parts) < 2 or len(parts) < len(words):
            continue
        if len(words) > 1 and parts[-1].lower() != words[-1].lower():
            continue
        if nickname_of(first, parts[0].lower()) and first != parts[0].lower():
            if current is None or actors.index(a) < actors.index(current):
                return a
    return None


def _same_surname(tables: "ResolverTables", state: "DiscourseState", m: Mention, surname: str, before: list[str]):
    """Several people share a surname: the one the title and gender fit, not one the article
    calls by first name, else the paragraph's last speaker, else the one introduced first."""
    pos = tables.ix.docs[m.d].starts[m.tok.i]
    people = [
        a for a in state.actors_at(pos)
        if a.label == "PERSON" and len(a.name.split()) > 1 and a.name.split()[-1].lower() == surname.lower()
    ]
    if len(people) < 2:
        return None
    before = [b for b in before if b in SPEAKER_TITLE_WORDS]
    titled = [a for a in people if any(b in tables.titles.get(a.id, ()) for b in before)]
    if len(titled) == 1:
        return titled[0]
    want = next((HONORIFICS[b] for b in before if HONORIFICS.get(b)), None)
    if want:
        fits = [a for a in people if name_gender(a.name.split()) in (None, want)]
        people = fits or people
    if len(people) > 1:
        # "Mrs Kerr" when the granddaughter is called "Fiona": a relative the article calls
        # by first name is not the one it calls by title and surname
        by_surname = [a for a in people if a.id not in tables.first_named]
        if len(by_surname) == 1 and before:
            return by_surname[0]
        people = by_surname or people
    last = state.last_speaker_before(pos)
    if len(people) > 1 and last is not None and tables.ix.doc_of(last[0]) == m.d:
        # "'...,' Mr Kerr said. '...,' Kerr added." in one paragraph: the Kerr who spoke goes on
        for a in people:
            if a.id == last[1].actor:
                return a
    # news style: the surname alone is the person introduced first ("Doyle" after
    # "Patrick Doyle ... his wife, Linda Doyle")
    return people[0]


def person_by_surname(state: "DiscourseState", surname: str, n_words: int, pos: int):
    """The person known at ``pos`` with the most words in their name whose surname this is (and
    who has more words than ``n_words``)."""
    best = None
    for a in state.actors_at(pos):
        if a.label != "PERSON":
            continue
        parts = a.name.split()
        if len(parts) > n_words and parts[-1].lower() == surname.lower():
            if best is None or len(parts) > len(best.name.split()):
                best = a
    return best
