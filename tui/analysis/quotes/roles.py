"""The role table: who holds which role ("the minister", "the gaffer", "the Scot").

Roles come from pre-nominal titles ("Foreign Minister X", "Rovers boss X"),
appositions ("X, the UN envoy"), copulas ("X is the club's manager", "who works
as a solicitor"), relative clauses ("who plays nurse Kim" -> performer, "who was born
in Glasgow"), and nationality adjectives ("Scottish manager X" -> "the Scot"). ``tables.build_tables``
collects them once; ``resolve_demonym`` is the demonym step of the resolver.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsread.analysis.lexicon import DEMONYM_GENDER, DEMONYM_NOUN, DEMONYM_NOUNS, ORG_NAME_WORDS
from newsread.analysis.quotes.mentions import Mention, Speaker, desc_start, looks_person
from newsread.analysis.quotes.names import name_chain, strip_article
from newsread.analysis.quotes.naming import place_then_person, resolve_name
from newsread.analysis.quotes.pronouns import resolve_pronoun

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsread.analysis.quotes.state import DiscourseState
    from newsread.analysis.quotes.tables import ResolverTables

# The word after "who" that gives a person a role: "who plays/stars" -> performer, "who was born",
# and a post held now ("who directs the ministry's water programme" -> a later "the director").
_CLAUSE_ROLES = {"plays": "performer", "played": "performer", "stars": "performer", "starred": "performer",
                 "portrays": "performer", "portrayed": "performer", "was": "born", "is": "born",
                 "directs": "director", "manages": "manager", "chairs": "chair", "coaches": "coach",
                 "edits": "editor", "captains": "captain", "presents": "presenter", "teaches": "teacher",
                 "founded": "founder", "co-founded": "founder", "owns": "owner", "leads": "leader"}
# Verbs that give their passive subject a post: "X was appointed/named/elected director".
_APPOINT = frozenset("appoint name elect make promote install".split())
# The words after which _role_from_clause looks for a role ("born" of "the Glasgow-born X").
CLAUSE_ROLE_WORDS = frozenset(_CLAUSE_ROLES) | {"born"}


Role = tuple[int, str, frozenset[str], Speaker]  # position, role noun, its modifiers, the holder


def role_from_title(tables: "ResolverTables", state: "DiscourseState", m: Mention, role: str) -> Role | None:
    """'Foreign Minister X', 'X, the UN envoy', 'the Envoy for Syria X': the role's holder."""
    d, t = m
    person = _titled_person(tables, state, m)
    if person is None and (
        (t.dep_ == "attr" and t.head.lemma_ in ("be", "become", "remain"))
        # passive only: in "Smith named Jones director" the post is Jones's
        or (t.dep_ == "oprd" and t.head.lemma_ in _APPOINT and any(c.dep_ == "auxpass" for c in t.head.children))
    ):
        # copula: "Dunlop is the club's manager", "Dunlop, who is a Scot,", "who became
        # chief executive"; appointment: "Ortiz, who was appointed director in May,"
        person = _subject_person(t.head)
    if person is None and t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.pos_ in ("VERB", "AUX"):
        # "Dunlop, who works as a solicitor", "Reed served as coach"
        person = _subject_person(t.head.head)
    if person is None:
        return None
    sp = resolve_name(tables, state, Mention(d, person))
    if sp is None or (sp.label != "PERSON" and not (sp.label == "ORG" and personish_name(sp.name))):
        return None
    # "Hernán Solís Arce, a political analyst": a person's role makes a name the NER
    # took for an organisation a person here
    sp = sp.at(sp.start, sp.end, sp.via, "PERSON")
    mods = {c.lower_ for c in t.lefts if c.dep_ in ("amod", "compound", "nmod")}
    return (tables.ix.docs[d].starts[t.i], role, frozenset(mods | {t.lower_}), sp)


def _titled_person(tables: "ResolverTables", state: "DiscourseState", m: Mention) -> "Token | None":
    """The name a role noun is written with: a pre-nominal title, an apposition, 'Envoy for X'."""
    d, t = m
    person = None
    # pre-nominal title: the role noun is part of the name's compound chain
    if t.dep_ in ("compound", "nmod") and t.head.pos_ == "PROPN" and t.head.i > t.i:
        person = t.head
    nearest = None
    for c in t.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and nearest is None:
            # The nearest appositive only: in "X's health minister, Jane Roe, speaking in
            # the capital, Porto Alto, said" the parse hangs the capital's name on the
            # minister too.
            person = nearest = c
        if c.dep_ == "prep" and c.lower_ in ("for", "to", "of"):
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ == "PROPN":
                    chain = name_chain(tables.ix, d, p)
                    if chain and len(chain[1]) >= 2 and place_then_person(tables, state, Mention(d, p)):
                        person = p
                    for a in p.children:
                        if a.dep_ == "appos" and a.pos_ == "PROPN" and looks_person(tables.ix, d, a):
                            person = a
    if t.dep_ == "appos" and t.head.pos_ == "PROPN":
        person = t.head
    return person


def role_from_clause(tables: "ResolverTables", state: "DiscourseState", m: Mention) -> Role | None:
    """'X, who plays nurse Kim in the drama': X is the actor (or actress); 'X, who was born
    in Glasgow', 'the Glasgow-born X': X has a birthplace (a later 'the Scot' may be X).

    ``m`` is the word after 'who' (or '-born'); the person is found up the tree from
    there, since the small model often misparses 'who plays' (plays as AUX)."""
    d, t = m
    doc = t.doc
    low = t.lower_
    if low == "born" and t.i >= 2 and doc[t.i - 1].text == "-" and t.head.pos_ == "PROPN":
        role, person = "born", t.head  # "the Glasgow-born Stuart Dunlop"
    elif t.i >= 1 and doc[t.i - 1].lower_ == "who" and low in _CLAUSE_ROLES:
        role = _CLAUSE_ROLES[low]
        if role == "born" and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "born"):
            return None  # "who was" must go on to "born"
        person = doc[t.i - 1]
        for _ in range(4):
            if person.pos_ == "PROPN" or person.head is person:
                break
            person = person.head
        if person.pos_ != "PROPN":
            return None
    else:
        return None
    sp = resolve_name(tables, state, Mention(d, person))
    if sp is not None and (sp.label == "PERSON" or (sp.label == "ORG" and personish_name(sp.name))):
        return (tables.ix.docs[d].starts[t.i], role, frozenset(), sp.at(sp.start, sp.end, sp.via, "PERSON"))
    return None


def resolve_demonym(tables: "ResolverTables", state: "DiscourseState", m: Mention) -> Speaker | None:
    """'the Scot', 'the Norwegian': the person introduced with that nationality, else the
    latest person (like a pronoun: 'the Glasgow-born X' ... 'the Scot')."""
    d, tok = m
    ix = tables.ix
    lo = desc_start(tok)
    pos = ix.docs[d].starts[tok.i]
    noun = tok.lower_
    adjs = {a for a, n in DEMONYM_NOUN.items() if n == noun.removesuffix("sman").removesuffix("swoman")} | {noun}
    if noun.endswith(("man", "woman")):
        adjs |= {a for a, n in DEMONYM_NOUN.items() if n == noun}
    holders = {r[3].actor: r[3] for r in tables.roles if r[0] < pos and (r[2] & adjs or r[1] == noun)}
    if not holders:
        # no one introduced by that nationality: the one person whose birthplace was given
        holders = {r[3].actor: r[3] for r in tables.roles if r[0] < pos and r[1] == "born"}
    s, e = ix.gspan(d, lo, tok.i + 1)
    if len(holders) == 1:
        return next(iter(holders.values())).at(s, e, "description", "PERSON")
    want = DEMONYM_GENDER.get(noun, "m?")
    sp = resolve_pronoun(tables, state, m, want=want)
    if sp is not None and sp.label == "PERSON" and sp.named:
        return sp.at(s, e, "description")
    # nobody named yet ("The Scot, who turned 30 in May, said ..."): an unnamed person, never
    # an actor called "Scot"
    gender = want if want in ("m", "f") else None
    return Speaker(None, strip_article(tok.doc[lo : tok.i + 1].text), s, e, "description", "PERSON", gender)


def is_demonym(tables: "ResolverTables", m: Mention) -> bool:
    """'the Scot', 'the Norwegian': a singular noun for one person of a nationality."""
    d, tok = m
    if tok.tag_ in ("NNS", "NNPS") or tok.doc[desc_start(tok)].lower_ != "the":
        return False
    if tok.lower_ in DEMONYM_NOUNS:
        return True
    low = tok.lower_
    if low in DEMONYM_NOUN or low.endswith("ese") or low == "swiss":
        return False  # "the French", "the Chinese": a nation, not one person
    e = tables.ix.entity(d, tok)
    return e is not None and e.label == "NORP" and tok.pos_ in ("PROPN", "NOUN") and e.text.lower() == low


def _subject_person(verb: "Token") -> "Token | None":
    """The proper-noun subject of ``verb``, looking through 'who' in a relative clause."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.pos_ == "PROPN":
                return c
            if c.lower_ == "who" and verb.dep_ == "relcl" and verb.head.pos_ == "PROPN":
                return verb.head
    return None


def personish_name(name: str) -> bool:
    """Two to four capitalised words, none an organisation word: a person's name the NER may
    have labelled ORG ("Hernán Solís Arce")."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(
        w.lower().strip(".,") in ORG_NAME_WORDS for w in words
    )
