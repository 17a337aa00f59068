"""The ``kind`` label rules (``label_rules.LABEL_RULES``); the passes that use the same word
classes are in ``name_kinds``.

The kinds of names the small model tags as people and the general cues miss, each a small rule
reading the words around a mention, never particular names:

- clubs named after a place ("Halcombe Town") in a match report: "beat X", "against X", "X's
  manager", "X fans";
- shops and small businesses: "owner of X", "runs X", "customers at X";
- shows and films (``WORK``): "the soap X", "starred in X", "appeared on X", "the X star";
- small places: "born in X", "grew up in X", "moved to X", "X village", "the X school";
- fictional characters (``ROLE``): "plays X in the soap", "her character, X", "as X in the film",
  "X, the fisherman she plays,";
- bodies with a short name: "talks at X", "X's Catherine Russell" (someone of the body);
- people: an inverted attribution ("said X"), a role noun before an appositive name ("said a
  resident, X"), a role noun opening a sentence ("Striker X"), an age after the name ("Alfie,
  7,", ``AGE``).

"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsread.analysis.cue_words import (
    DEMONYM_NOUNS,
    DEMONYM_SHAPE,
    MOVE_BEFORE_TO,
    ORG_NOUNS,
    OWNED_OF,
    PERSON_NOUNS,
    PLACE_AFTER,
    POSSESSIVE_DETS,
    RESIDE_BEFORE_IN,
    ROLE_WORKS,
    SPORT_AFTER,
    SPORT_BEFORE,
    WORK_AFTER,
    WORK_NOUNS,
    WORK_VERBS,
)
from newsread.analysis.label_rules import LABEL_RULES, Mention, Weights, weigh
from newsread.analysis.lexicon import DETERMINERS, TEAM_HEADS, saying_forms
from newsread.analysis.lexicon import POSSESSIVE_ENDINGS as _POSS
from newsread.analysis.name_kinds import age_follows
from newsread.analysis.names import TITLE_WORDS, bare
from newsread.analysis.title_names import title_phrase_before

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Lemmas before "at X" that aim at a person ("looked at X", "a swipe at X"), not a venue.
_AT_PERSON = frozenset(
    """look glance stare shout yell laugh smile swear swing aim point wave throw hit strike fire lash
    jab direct swipe dig shot jibe""".split()
)
_SAID_BEFORE = saying_forms("say add explain recall write", "past") | saying_forms("say", "third")
_PLAYS = frozenset("plays played playing portrays portrayed portraying voices voiced".split())
_PLAYER_ROLES = frozenset("striker midfielder defender winger goalkeeper manager boss".split())
_PARTY_ROLES = frozenset("leader mp mep msp councillor candidate peer lawmaker".split())
_MONEY_MANAGERS = frozenset("asset fund investment wealth hedge portfolio money property".split())


def _played_after(doc: "Doc", i: int) -> bool:
    """The appositive from ``doc[i]`` up to its closing comma is "the fisherman she plays" or
    "the widow whom he played": a pronoun or "who(m)" and a verb of playing a role."""
    for t in doc[i : min(len(doc), i + 8)]:
        if t.text in (",", ".", ";", "—", "–"):
            return False
        if t.lower_ in _PLAYS and t.i > i and doc[t.i - 1].lower_ in ("she", "he", "they", "i", "we", "who", "whom"):
            # No object after the verb: "the actress who plays Jory," is the actress.
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            return after is None or after.is_punct or after.pos_ in ("ADP", "ADV", "SCONJ")
    return False


def _work_in_sentence(doc: "Doc", k: int) -> bool:
    """A show or film noun, or a title, in the sentence of token ``k``."""
    sent = doc[k].sent
    return any(t.lower_ in ROLE_WORKS or t.lower_ in ("actor", "actress") or t.ent_type_ == "WORK_OF_ART" for t in sent)


def more_cues(doc: "Doc", start: int, end: int) -> dict[str, int]:
    """The summed weights of the ``kind`` rules below around one mention ``doc[start:end]``."""
    return weigh(Mention(doc, start, end), LABEL_RULES.family("kind"))


# The kind rules read the words around a quoted title outside its quotes (``Mention.outer``).


@LABEL_RULES.rule("kind")
def club_in_match_report(m: Mention) -> Weights | None:
    """'beat Halcombe Town', 'Haddon Rovers fans': a club (only a name with a club's head word,
    since people are beaten in tennis too)."""
    o = m.outer
    if m.end - m.start < 2 or m.last not in TEAM_HEADS:
        return None
    p1, p2 = o.word_before(1), o.word_before(2)
    nxt, nxt2 = o.after(1), o.after(2)
    if (
        p1 in SPORT_BEFORE
        or (p1 == "to" and p2 in ("lost", "losing", "defeat", "loss"))
        or (p1 == "over" and p2 in ("win", "victory"))
        or (o.possessive_after() and nxt2 is not None and nxt2.lower_ in SPORT_AFTER)
        or (nxt is not None and nxt.lower_ in SPORT_AFTER)
    ):
        return {"ORG": 3}
    return None


@LABEL_RULES.rule("kind")
def town_name(m: Mention) -> Weights | None:
    """'Halcombe Town': a town, unless its club plays."""
    return {"GPE": 2, "PLACE": 2} if m.end - m.start > 1 and m.last == "town" else None


@LABEL_RULES.rule("kind")
def someone_of_the_body(m: Mention) -> Weights | None:
    """'Unicef's Catherine Russell': someone of the body (one point: "Britain's" too)."""
    o = m.outer
    nxt2 = o.after(2)
    if o.possessive_after() and m.end - m.start == 1 and nxt2 is not None and nxt2.ent_type_ == "PERSON" and nxt2.text[:1].isupper():
        return {"ORG": 1}
    return None


@LABEL_RULES.rule("kind")
def club_before_player(m: Mention) -> Weights | None:
    """'Chelsea striker Nicolas Jackson': a club."""
    nxt = m.outer.after()
    return {"ORG": 2} if nxt is not None and nxt.text.islower() and nxt.lower_ in _PLAYER_ROLES else None


@LABEL_RULES.rule("kind")
def party_before_party_role(m: Mention) -> Weights | None:
    """'Lib Dem leader Ed Daventry': a party."""
    nxt, nxt2 = m.outer.after(1), m.outer.after(2)
    if nxt is not None and nxt.text.islower() and nxt.lower_ in _PARTY_ROLES and nxt2 is not None and nxt2.pos_ == "PROPN":
        return {"ORG": 2}
    return None


@LABEL_RULES.rule("kind")
def after_title_phrase(m: Mention) -> Weights | None:
    """'Archbishop of Canterbury X': a title's holder."""
    return {"PERSON": 2} if title_phrase_before(m.doc, m.outer.start) else None


@LABEL_RULES.rule("kind")
def owner_of(m: Mention) -> Weights | None:
    """'owner of X' (not "owner of X's dog"): a business."""
    o = m.outer
    return {"ORG": 2} if o.word_before(1) == "of" and o.word_before(2) in OWNED_OF and not o.possessive_after() else None


@LABEL_RULES.rule("kind")
def owned_or_run(m: Mention) -> Weights | None:
    """'runs X', 'owns X': a business."""
    o = m.outer
    return {"ORG": 2} if o.word_before(1) in ("owns", "owned", "runs") and not o.possessive_after() else None


@LABEL_RULES.rule("kind")
def talks_at(m: Mention) -> Weights | None:
    """'talks at X': a body; 'at X' alone a little (not "looked at X", "a swipe at X")."""
    o = m.outer
    prev2 = o.before(2)
    if o.word_before(1) != "at" or o.possessive_after() or (prev2 is not None and prev2.lemma_.lower() in _AT_PERSON):
        return None
    return {"ORG": 2 if o.word_before(2) in ("talks", "negotiations", "meeting", "meetings", "mediation") else 1}


@LABEL_RULES.rule("kind")
def show_noun_before(m: Mention) -> Weights | None:
    """'the soap X' (not "the film X directed": X is its subject): a show."""
    o = m.outer
    prev, nxt = o.before(), o.after()
    if prev is not None and prev.text.islower() and prev.lower_ in WORK_NOUNS and prev.pos_ == "NOUN" and not (
        nxt is not None and nxt.pos_ in ("VERB", "AUX")
    ):
        return {"WORK": 2}
    return None


@LABEL_RULES.rule("kind")
def starred_in(m: Mention) -> Weights | None:
    """'starred in X', 'appeared on X' (not "appeared on X's podcast"): a show."""
    o = m.outer
    p1, p2 = o.word_before(1), o.word_before(2)
    if not o.possessive_after() and (
        (p1 == "in" and p2 in WORK_VERBS and p2 not in ("appeared", "appears", "appearing", "featured", "features"))
        or (p1 == "on" and p2 in WORK_VERBS)
        or (p1 in ("in", "of") and p2 in ("role", "cast", "episode", "episodes", "season"))
    ):
        return {"WORK": 2}
    return None


@LABEL_RULES.rule("kind")
def show_word_after(m: Mention) -> Weights | None:
    """'X star', 'X viewers': a show."""
    nxt = m.outer.after()
    return {"WORK": 2} if nxt is not None and nxt.text.islower() and nxt.lower_ in WORK_AFTER else None


@LABEL_RULES.rule("kind")
def lived_in(m: Mention) -> Weights | None:
    """'born in X', 'grew up in X': a small place."""
    o = m.outer
    if o.word_before(1) == "in" and o.word_before(2) in RESIDE_BEFORE_IN and not o.possessive_after():
        return {"GPE": 2, "PLACE": 2}
    return None


@LABEL_RULES.rule("kind")
def moved_to(m: Mention) -> Weights | None:
    """'moved to X': a place (a player "returned to" a club, so that is no place-only cue)."""
    o = m.outer
    p2 = o.word_before(2)
    if o.word_before(1) != "to" or p2 not in MOVE_BEFORE_TO or o.possessive_after():
        return None
    return {"GPE": 2} if p2 in ("returned", "returning", "back") else {"GPE": 2, "PLACE": 2}


@LABEL_RULES.rule("kind")
def place_born(m: Mention) -> Weights | None:
    """'Glenmorie-born': a place."""
    nxt, nxt2 = m.outer.after(1), m.outer.after(2)
    if nxt is not None and nxt.text == "-" and nxt2 is not None and nxt2.lower_ in ("born", "bred", "raised"):
        return {"GPE": 2, "PLACE": 2}
    return None


@LABEL_RULES.rule("kind")
def of_after_person(m: Mention) -> Weights | None:
    """'Mayor Lisa Chen of Brookfield', 'Kevin Walsh, 29, of Dorchester': a place."""
    o = m.outer
    prev2, prev3 = o.before(2), o.before(3)
    if o.word_before(1) == "of" and prev2 is not None and (
        prev2.ent_type_ == "PERSON" or (o.word_before(2) == "," and prev3 is not None and prev3.like_num)
    ) and not o.possessive_after():
        return {"GPE": 2, "PLACE": 1}
    return None


@LABEL_RULES.rule("kind")
def business_appositive(m: Mention) -> Weights | None:
    """'runs a restaurant, Golden Lotus,': a business."""
    o = m.outer
    prev2, prev3 = o.before(2), o.before(3)
    if o.word_before(1) == "," and prev2 is not None and prev2.text.islower() and prev2.lower_ in ORG_NOUNS and prev3 is not None and (
        prev3.pos_ in ("DET", "ADJ") or prev3.lower_ in DETERMINERS
    ):
        return {"ORG": 2}
    return None


@LABEL_RULES.rule("kind")
def near_place(m: Mention) -> Weights | None:
    """'near X': a place, a little."""
    o = m.outer
    return {"GPE": 1} if o.word_before(1) == "near" and not o.possessive_after() else None


@LABEL_RULES.rule("kind")
def place_noun_after(m: Mention) -> Weights | None:
    """'X village'; 'the (old) X school', a little: a place."""
    o = m.outer
    prev, nxt = o.before(), o.after()
    p1 = o.word_before(1)
    if nxt is not None and nxt.text.islower() and nxt.lower_ in PLACE_AFTER:
        return {"GPE": 2, "PLACE": 2}
    if (p1 == "the" or (prev is not None and prev.pos_ == "ADJ" and o.word_before(2) == "the")) and nxt is not None and nxt.lower_ in (
        "school", "church", "community", "coast", "estate"
    ):
        return {"GPE": 1}
    return None


@LABEL_RULES.rule("kind")
def plays_role(m: Mention) -> Weights | None:
    """'plays (barmaid) X in the soap': a fictional character."""
    o = m.outer
    prev, p1, p2 = o.before(), o.word_before(1), o.word_before(2)
    if (p1 in _PLAYS or (p2 in _PLAYS and prev.text.islower() and prev.is_alpha and prev.pos_ in ("NOUN", "VERB"))) and _work_in_sentence(m.doc, m.start):
        return {"ROLE": 2}
    return None


@LABEL_RULES.rule("kind")
def character_named(m: Mention) -> Weights | None:
    """'the character X', 'her character, X', 'the role of X': a fictional character."""
    p1, p2 = m.outer.word_before(1), m.outer.word_before(2)
    if p1 == "character" or (p1 == "," and p2 == "character") or (p1 == "of" and p2 == "role"):
        return {"ROLE": 3}
    return None


@LABEL_RULES.rule("kind")
def as_role_in_show(m: Mention) -> Weights | None:
    """'as X in the film': a fictional character."""
    nxt = m.outer.after()
    if m.outer.word_before(1) == "as" and nxt is not None and nxt.lower_ in ("in", "on") and any(
        t.lower_ in ROLE_WORKS for t in m.doc[m.end : min(len(m.doc), m.end + 6)]
    ):
        return {"ROLE": 2}
    return None


@LABEL_RULES.rule("kind")
def played_appositive(m: Mention) -> Weights | None:
    """'Jory, the fisherman she plays,': an appositive naming the role."""
    o = m.outer
    nxt = o.after()
    return {"ROLE": 3} if nxt is not None and nxt.text == "," and _played_after(m.doc, o.end + 1) else None


def _closed_after(o: Mention) -> bool:
    """The name ends its clause: ", . ; )" or "who" after it."""
    nxt = o.after()
    return nxt is None or nxt.text in (",", ".", ";", ")") or nxt.lower_ == "who"


@LABEL_RULES.rule("kind")
def said_before(m: Mention) -> Weights | None:
    """'..., said X, a political analyst': an inverted attribution."""
    o = m.outer
    prev = o.before()
    if o.word_before(1) in _SAID_BEFORE and prev is not None and prev.text.islower() and _closed_after(o):
        return {"PERSON": 1}
    return None


@LABEL_RULES.rule("kind")
def described_appositive(m: Mention) -> Weights | None:
    """'said a resident, X', 'her neighbour, X', 'the court's president, X', 'the Philippines'
    recently elected president, X': a person."""
    o = m.outer
    prev2 = o.before(2)
    if not (o.word_before(1) == "," and prev2 is not None and prev2.text.islower() and prev2.lower_ in PERSON_NOUNS and prev2.pos_ == "NOUN" and _closed_after(o)):
        return None
    k = o.start - 3
    while k > 0 and k > o.start - 6 and (m.doc[k].pos_ == "ADV" or m.doc[k].tag_ in ("VBN", "VBG")):
        k -= 1  # "recently elected", "newly appointed": modifiers of the role noun
    prev3 = m.at(k)
    if prev3 is not None and (prev3.pos_ in ("DET", "ADJ", "PRON") or prev3.lower_ in DETERMINERS or prev3.text in _POSS or prev3.tag_ == "POS"):
        return {"PERSON": 2}
    return None


@LABEL_RULES.rule("kind")
def role_opens_sentence(m: Mention) -> Weights | None:
    """'Striker X scored': a role noun opens the sentence before the name."""
    prev = m.outer.before()
    p1 = m.outer.word_before(1)
    if (
        prev is not None and (prev.is_sent_start or prev.i == 0) and prev.text[:1].isupper()
        and p1 in PERSON_NOUNS and p1 not in TITLE_WORDS and prev.pos_ in ("NOUN", "PROPN")
    ):
        return {"PERSON": 2}
    return None


@LABEL_RULES.rule("kind")
def relative_named(m: Mention) -> Weights | None:
    """'their son Alfie', 'whose mother Leanne': a forename alone is a name."""
    prev, p1 = m.outer.before(), m.outer.word_before(1)
    if prev is not None and prev.text.islower() and prev.pos_ == "NOUN" and m.outer.word_before(2) in POSSESSIVE_DETS and (
        p1 in PERSON_NOUNS or p1 == "manager"
    ):
        return {"NAMED": 1}
    return None


@LABEL_RULES.rule("kind")
def manager_before(m: Mention) -> Weights | None:
    """'manager Gary Pell' (not "asset manager Amundi"): a person."""
    prev = m.outer.before()
    if m.outer.word_before(1) == "manager" and prev.text.islower() and prev.pos_ == "NOUN" and m.outer.word_before(2) not in _MONEY_MANAGERS:
        return {"PERSON": 2}
    return None


@LABEL_RULES.rule("kind")
def demonym_before(m: Mention) -> Weights | None:
    """'the Norwegian Lars Eide': a person."""
    prev, prev2 = m.outer.before(1), m.outer.before(2)
    if (
        prev is not None and prev.text[:1].isupper() and prev2 is not None and prev2.lower_ in ("the", "a")
        and (bare(prev.text) in DEMONYM_NOUNS or DEMONYM_SHAPE.match(prev.text)) and m.doc[m.start].text[:1].isupper()
    ):
        return {"PERSON": 2}
    return None


@LABEL_RULES.rule("kind")
def age_after(m: Mention) -> Weights | None:
    """'Alfie, 7,', 'Alfie (7)': a person with an age."""
    return {"PERSON": 2, "AGE": 2} if age_follows(m.doc, m.end) else None
