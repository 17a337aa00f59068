"""More context cues for entity labels (added to ``entity_cues.cues``), and descriptions that are
not names at all.

The kinds of names the small model tags as people and the general cues miss, each recognised by
the words around a mention, never by particular names:

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

Descriptions (``is_description``): a kinship word used as a form of address ("Mum", "Grandad")
and a demonym noun ("the Scot", "a Frenchman") are common nouns, not names.

``nickname_people`` makes a bare nickname tagged as a thing ("Trish said") a person when one
person named in full has its forename. ``age_names`` tags a name followed by an age that the model missed; ``pool_surnames`` lets a
full name and its bare surname share their person cues; ``head_prefixes`` finds the short forms
of institutions and places ("Halcombe" of "Halcombe Town"); ``appositive_head`` reads the noun
of "X, the delivery app," for ``entity_cues.cues``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsread.analysis.cue_words import (
    DEMONYM_NOUNS,
    DEMONYM_SHAPE,
    KINSHIP_FORMS,
    ORG_HEADS,
    MOVE_BEFORE_TO,
    ORG_NOUNS,
    OWNED_OF,
    PERSON_NOUNS,
    PLACE_AFTER,
    PLACE_HEADS,
    QUOTES,
    POSSESSIVE_DETS,
    RESIDE_BEFORE_IN,
    ROLE_WORKS,
    SPORT_AFTER,
    SPORT_BEFORE,
    TEAM_PLACE_HEADS,
    WORK_AFTER,
    WORK_NOUNS,
    WORK_VERBS,
)
from newsread.analysis.lexicon import CLUB_HEADS
from newsread.analysis.lexicon import POSSESSIVE_ENDINGS as _POSS
from newsread.analysis.names import TITLE_WORDS, bare, nickname_owner
from newsread.analysis.thing_names import HEADLINE_PEOPLE
from newsread.analysis.title_names import title_phrase_before

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Club words: the heads of a team's name ("United") and of a place that has a club ("Town").
_TEAM_HEADS = TEAM_PLACE_HEADS | CLUB_HEADS
# Lemmas before "at X" that aim at a person ("looked at X", "a swipe at X"), not a venue.
_AT_PERSON = frozenset(
    """look glance stare shout yell laugh smile swear swing aim point wave throw hit strike fire lash
    jab direct swipe dig shot jibe""".split()
)
_SAID_BEFORE = frozenset("said says added explained recalled wrote".split())
_PLAYS = frozenset("plays played playing portrays portrayed portraying voices voiced".split())
_DETERMINERS = frozenset("the a an this that another fellow".split())
_PLAYER_ROLES = frozenset("striker midfielder defender winger goalkeeper manager boss".split())
_PARTY_ROLES = frozenset("leader mp mep msp councillor candidate peer lawmaker".split())
_MONEY_MANAGERS = frozenset("asset fund investment wealth hedge portfolio money property".split())
_AGE_AFTER = frozenset((",", ".", ")", ";", "and", "who", "said"))


def _age_after(doc: "Doc", end: int) -> bool:
    """The name at ``[.., end)`` is followed by an age: "Alfie, 7, ..." or "Alfie (7)"."""
    if end + 2 >= len(doc) or doc[end].text not in (",", "("):
        return False
    num, close = doc[end + 1], doc[end + 2]
    if not num.text.isdigit() or not 0 < int(num.text) <= 110:
        return False
    return close.text == ")" if doc[end].text == "(" else close.lower_ in _AGE_AFTER


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
    """Counts of the cues above around one mention ``doc[start:end]`` (see the module doc)."""
    c = {"PERSON": 0, "ORG": 0, "GPE": 0, "PLACE": 0, "WORK": 0, "ROLE": 0, "AGE": 0, "NAMED": 0}
    last = bare(doc[end - 1].text)
    s0, e0 = start, end
    if 0 < start and end < len(doc) and doc[start - 1].text in QUOTES and doc[end].text in QUOTES:
        s0, e0 = start - 1, end + 1  # a title in quotes: 'starred in “Harbour Lights”'
    prev = doc[s0 - 1] if s0 > 0 else None
    prev2 = doc[s0 - 2] if s0 > 1 else None
    prev3 = doc[s0 - 3] if s0 > 2 else None
    nxt = doc[e0] if e0 < len(doc) else None
    nxt2 = doc[e0 + 1] if e0 + 1 < len(doc) else None
    poss = nxt is not None and nxt.text in _POSS
    p1 = prev.lower_ if prev is not None else ""
    p2 = prev2.lower_ if prev2 is not None else ""
    # Clubs: only for a name with a club's head word, since people are beaten in tennis too.
    if end - start > 1 and last in _TEAM_HEADS and (
        p1 in SPORT_BEFORE
        or (p1 == "to" and p2 in ("lost", "losing", "defeat", "loss"))
        or (p1 == "over" and p2 in ("win", "victory"))
        or (poss and nxt2 is not None and nxt2.lower_ in SPORT_AFTER)
        or (nxt is not None and nxt.lower_ in SPORT_AFTER)
    ):
        c["ORG"] += 3
    if end - start > 1 and last == "town":
        c["GPE"] += 2  # "Halcombe Town": a town, unless its club plays
        c["PLACE"] += 2
    if poss and end - start == 1 and nxt2 is not None and nxt2.ent_type_ == "PERSON" and nxt2.text[:1].isupper():
        c["ORG"] += 1  # "Unicef's Catherine Russell": someone of the body (one point: "Britain's" too)
    if nxt is not None and nxt.text.islower() and nxt.lower_ in _PLAYER_ROLES:
        c["ORG"] += 2  # "Chelsea striker Nicolas Jackson": a club
    if nxt is not None and nxt.text.islower() and nxt.lower_ in _PARTY_ROLES and nxt2 is not None and nxt2.pos_ == "PROPN":
        c["ORG"] += 2  # "Lib Dem leader Ed Daventry": a party
    if title_phrase_before(doc, s0):
        c["PERSON"] += 2  # "Archbishop of Canterbury X": a title's holder
    # Businesses.
    if p1 == "of" and p2 in OWNED_OF and not poss:
        c["ORG"] += 2  # "owner of X" (not "owner of X's dog")
    if p1 in ("owns", "owned", "runs") and not poss:
        c["ORG"] += 2
    if p1 == "at" and not poss and not (prev2 is not None and prev2.lemma_.lower() in _AT_PERSON):
        c["ORG"] += 2 if p2 in ("talks", "negotiations", "meeting", "meetings", "mediation") else 1  # "talks at X"
    # Shows and films.
    if prev is not None and prev.text.islower() and p1 in WORK_NOUNS and prev.pos_ == "NOUN" and not (
        nxt is not None and nxt.pos_ in ("VERB", "AUX")
    ):
        c["WORK"] += 2  # "the soap X" (not "the film X directed": X is its subject)
    if not poss and (
        (p1 == "in" and p2 in WORK_VERBS and p2 not in ("appeared", "appears", "appearing", "featured", "features"))
        or (p1 == "on" and p2 in WORK_VERBS)
        or (p1 in ("in", "of") and p2 in ("role", "cast", "episode", "episodes", "season"))
    ):
        c["WORK"] += 2  # "starred in X", "appeared on X" (not "appeared on X's podcast")
    if nxt is not None and nxt.text.islower() and nxt.lower_ in WORK_AFTER:
        c["WORK"] += 2
    # Small places.
    if p1 == "in" and p2 in RESIDE_BEFORE_IN and not poss:
        c["GPE"] += 2
        c["PLACE"] += 2
    if p1 == "to" and p2 in MOVE_BEFORE_TO and not poss:
        c["GPE"] += 2
        if p2 not in ("returned", "returning", "back"):
            c["PLACE"] += 2  # "moved to X" (a player "returned to" a club)
    if nxt is not None and nxt.text == "-" and nxt2 is not None and nxt2.lower_ in ("born", "bred", "raised"):
        c["GPE"] += 2  # "Glenmorie-born"
        c["PLACE"] += 2
    if p1 == "of" and prev2 is not None and (
        prev2.ent_type_ == "PERSON" or (p2 == "," and prev3 is not None and prev3.like_num)
    ) and not poss:
        c["GPE"] += 2  # "Mayor Lisa Chen of Brookfield", "Kevin Walsh, 29, of Dorchester"
        c["PLACE"] += 1
    if p1 == "," and prev2 is not None and prev2.text.islower() and p2 in ORG_NOUNS and prev3 is not None and (
        prev3.pos_ in ("DET", "ADJ") or prev3.lower_ in _DETERMINERS
    ):
        c["ORG"] += 2  # "runs a restaurant, Golden Lotus,"
    if p1 == "near" and not poss:
        c["GPE"] += 1
    if nxt is not None and nxt.text.islower() and nxt.lower_ in PLACE_AFTER:
        c["GPE"] += 2
        c["PLACE"] += 2
    elif (p1 == "the" or (prev is not None and prev.pos_ == "ADJ" and p2 == "the")) and nxt is not None and nxt.lower_ in (
        "school", "church", "community", "coast", "estate"
    ):
        c["GPE"] += 1  # "the (old) X school"
    # Fictional characters.
    if (p1 in _PLAYS or (p2 in _PLAYS and prev.text.islower() and prev.is_alpha and prev.pos_ in ("NOUN", "VERB"))) and _work_in_sentence(doc, start):
        c["ROLE"] += 2  # "plays (barmaid) X in the soap"
    if p1 == "character" or (p1 == "," and p2 == "character") or (p1 == "of" and p2 == "role"):
        c["ROLE"] += 3
    if p1 == "as" and nxt is not None and nxt.lower_ in ("in", "on") and any(
        t.lower_ in ROLE_WORKS for t in doc[end : min(len(doc), end + 6)]
    ):
        c["ROLE"] += 2
    if nxt is not None and nxt.text == "," and _played_after(doc, e0 + 1):
        c["ROLE"] += 3  # "Jory, the fisherman she plays,": an appositive naming the role
    # People.
    closed = nxt is None or nxt.text in (",", ".", ";", ")") or nxt.lower_ == "who"
    if p1 in _SAID_BEFORE and prev is not None and prev.text.islower() and closed:
        c["PERSON"] += 1  # "..., said X, a political analyst"
    if p1 == "," and prev2 is not None and prev2.text.islower() and p2 in PERSON_NOUNS and prev2.pos_ == "NOUN" and closed:
        if prev3 is not None and (
            prev3.pos_ in ("DET", "ADJ", "PRON") or prev3.lower_ in _DETERMINERS or prev3.text in _POSS
        ):
            c["PERSON"] += 2  # "said a resident, X", "her neighbour, X", "the court's president, X"
    if (
        prev is not None and (prev.is_sent_start or prev.i == 0) and prev.text[:1].isupper()
        and p1 in PERSON_NOUNS and p1 not in TITLE_WORDS and prev.pos_ in ("NOUN", "PROPN")
    ):
        c["PERSON"] += 2  # "Striker X scored": the role noun opens the sentence
    if prev is not None and prev.text.islower() and prev.pos_ == "NOUN" and p2 in POSSESSIVE_DETS and (
        p1 in PERSON_NOUNS or p1 == "manager"
    ):
        c["NAMED"] += 1  # "their son Alfie", "whose mother Leanne": a forename alone is a name
    if p1 == "manager" and prev.text.islower() and prev.pos_ == "NOUN" and p2 not in _MONEY_MANAGERS:
        c["PERSON"] += 2  # "manager Gary Pell" (not "asset manager Amundi")
    if (
        prev is not None and prev.text[:1].isupper() and prev2 is not None and p2 in ("the", "a")
        and (bare(prev.text) in DEMONYM_NOUNS or DEMONYM_SHAPE.match(prev.text)) and doc[start].text[:1].isupper()
    ):
        c["PERSON"] += 2  # "the Norwegian Lars Eide"
    if _age_after(doc, end):
        c["PERSON"] += 2
        c["AGE"] += 2
    return c


def is_description(
    doc: "Doc", start: int, end: int, surnames: set[str] | frozenset = frozenset(), label: str = "PERSON"
) -> bool:
    """``doc[start:end]`` is a kinship word ("Mum", "Grandad") or a demonym noun ("the Scot",
    "a Frenchman", "the Norwegian") rather than a name.

    A word that is the surname of someone named in full stays a name ("Ma" of "Jack Ma"); a
    demonym of the common shape ("Norwegian", which "Brian" shares) only after a determiner or
    an adjective ("the Norwegian", "the 30-year-old Brazilian"). An organisation (``label``)
    keeps such a name unless "a" comes before it or it is a "-man" word: newspapers are called
    "the Oregonian"."""
    words = [bare(t.text) for t in doc[start:end] if not t.is_punct]
    if not words or (len(words) == 1 and words[0] in surnames):
        return False
    if all(w in KINSHIP_FORMS for w in words):
        return True
    if len(words) != 1:
        return False
    word = doc[start].text
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.text == "The" and not prev.is_sent_start:
        return False  # "reported in The Oregonian", "The Scotsman": a newspaper's title
    if label == "ORG" and not (prev is not None and prev.lower_ in ("a", "an")) and not words[0].endswith(("man", "woman")):
        return False  # "the Oregonian reported": newspapers are named like demonyms
    after_det = prev is not None and (prev.lower_ in _DETERMINERS or prev.pos_ in ("DET", "ADJ"))
    if words[0].endswith(("man", "woman")) and words[0] in DEMONYM_NOUNS:
        return True
    return after_det and (words[0] in DEMONYM_NOUNS or bool(DEMONYM_SHAPE.match(word)))


def age_names(parsed, work: list, make) -> list:
    """Names the model did not tag, or tagged as a thing, that a person cue frames: an age after
    the name ("Alfie, 7,", "his sister Maisie, 5,") or a described appositive before it ("said
    a resident, Carlos Benavides.", "said the Norwegian, Lars Eide."). Returns new PERSON
    entities for untagged names and relabels tagged non-actor ones in place."""
    docs = [d for _, d in parsed.docs]
    by_tok = {(w.doc, k): w for w in work for k in range(w.start, w.end)}
    out = []

    def found(i: int, start: int, end: int) -> None:
        if end - start == 1 and bare(docs[i][start].text) in HEADLINE_PEOPLE:
            return  # "Man, 34, charged": a person noun with an age, not a name
        tagged = {id(by_tok[(i, j)]): by_tok[(i, j)] for j in range(start, end) if (i, j) in by_tok}
        if not tagged:
            out.append(make(i, start, end, "PERSON"))
            by_tok.update({(i, j): out[-1] for j in range(start, end)})
        for w in tagged.values():
            if w.label in ("WORK_OF_ART", "PRODUCT", "EVENT", "LANGUAGE", "LAW", "CARDINAL", "ORDINAL"):
                w.label = "PERSON"

    for i, doc in enumerate(docs):
        for t in doc:
            if t.text not in (",", "(") or t.i == 0:
                continue
            k = t.i
            if _age_after(doc, k):
                start = k
                while start > 0 and _name_tok(doc[start - 1]):
                    start -= 1
                if 0 < k - start <= 3 and not (k - start == 1 and bare(doc[start].text) in TITLE_WORDS):
                    found(i, start, k)
            if t.text == "," and _described_before(doc, k):
                end = k + 1
                while end < len(doc) and end < k + 4 and _name_tok(doc[end]):
                    end += 1
                closed = end == len(doc) or doc[end].text in (",", ".", ";", ")")
                if end - k - 1 >= 2 and closed and not any(bare(x.text) in TITLE_WORDS for x in doc[k + 1 : end]):
                    found(i, k + 1, end)
    return out


def _name_tok(t) -> bool:
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and not t.text.isupper()


def _described_before(doc: "Doc", k: int) -> bool:
    """The comma at ``k`` follows a described person: "a (local) resident," / "the Norwegian,"."""
    if k < 2:
        return False
    noun, det = doc[k - 1], doc[k - 2]
    if noun.text.islower() and noun.lower_ in PERSON_NOUNS and noun.pos_ == "NOUN":
        return det.pos_ in ("DET", "ADJ", "PRON") or det.lower_ in _DETERMINERS
    demonym = noun.text[:1].isupper() and (noun.lower_ in DEMONYM_NOUNS or bool(DEMONYM_SHAPE.match(noun.text)))
    return demonym and det.lower_ in ("the", "a", "an")


def alpha(word: str) -> bool:
    """Letters, allowing a name's hyphen or apostrophe inside ("Akufo-Addo", "O'Neill")."""
    return word.replace("-", "").replace("'", "").replace("’", "").isalpha()


def pool_surnames(docs, groups: dict[str, list], totals: dict[str, dict[str, int]]) -> None:
    """A full name and its last word pool their cues: "Nana Akufo-Addo, the president," and
    "Akufo-Addo said he" (both tagged ORG) make one person, when neither has a cue against it
    (two person cues are enough when one is a gender pronoun)."""
    for key, ws in groups.items():
        names = key.split()
        if not 2 <= len(names) <= 3 or names[-1] not in groups or bare(names[-1]) in ORG_HEADS:
            continue
        if not all(x[:1].isupper() and alpha(x) for x in docs[ws[0].doc][ws[0].start : ws[0].end].text.split()):
            continue
        both = [totals[key], totals[names[-1]]]
        need = 2 if any(t.get("GENDER") for t in both) else 3  # "Petrova said she": a pronoun is strong
        if any(t["ORG"] or t["GPE"] or t["WORK"] or t["ROLE"] for t in both) or sum(t["PERSON"] for t in both) < need:
            continue
        for w in ws + groups[names[-1]]:
            w.label = "PERSON"


def head_prefixes(docs) -> dict[str, str]:
    """Capitalised words written before an institution's or a place's head word somewhere in the
    article ("Halcombe" of "Halcombe Town", "Braden" of "Braden Falls"), with the label the head
    calls for: the same word alone is a short form of that name, not a person."""
    out: dict[str, str] = {}
    for doc in docs:
        for t in doc[:-1]:
            h = doc[t.i + 1]
            if not (t.is_alpha and t.text[:1].isupper() and h.text[:1].isupper() and not t.text.isupper()):
                continue
            head = bare(h.text)
            if head in _TEAM_HEADS - TEAM_PLACE_HEADS or head in ORG_HEADS:
                out.setdefault(t.lower_, "ORG")
            elif head in TEAM_PLACE_HEADS or head in PLACE_HEADS:
                out.setdefault(t.lower_, "GPE")
    return out


def appositive_head(doc: "Doc", i: int) -> tuple[str | None, bool]:
    """After the comma at ``doc[i]``: the last lowercase word of a short noun phrase closed by
    a comma, a full stop or "who" ("the grocery delivery app," -> "app"), and whether a "who"
    follows (", who" / ", a retired baker who": a person)."""
    head = None
    for t in doc[i + 1 : i + 9]:
        if t.lower_ == "who":
            return head, True
        hyphened = t.i > 0 and doc[t.i - 1].text == "-"  # "long-running", "Chicago-based": a modifier
        if t.text in (",", ".", ";", "—", "–") or (t.pos_ in ("ADP", "VERB", "AUX", "CCONJ") and not hyphened):
            # The head comes before a prepositional phrase: "an analyst at the bank" -> analyst.
            return head, False
        if t.is_alpha and t.text.islower():
            head = t.lower_
        elif not (t.is_alpha and t.text[:1].isupper()) and t.text not in ("-", "'s", "’s"):
            return None, False
    return None, False


def nickname_people(docs, work: list) -> None:
    """A bare nickname tagged as an organisation or a place ("Trish said" after "Patricia
    Moore") is that person when exactly one person named in full has the full forename."""
    full = [docs[w.doc][w.start : w.end] for w in work if w.label == "PERSON" and w.end - w.start >= 2]
    # One forename per distinct person: two Rebeccas make "Bex" nobody's for sure.
    names = {s.text.lower(): s[0].text for s in full if s[0].text[:1].isupper() and s[0].is_alpha}
    forenames = list(names.values())
    if not forenames:
        return
    for w in work:
        if w.label not in ("ORG", "GPE", "NORP", "FAC", "LOC") or w.end - w.start != 1:
            continue
        tok = docs[w.doc][w.start]
        prev = docs[w.doc][w.start - 1] if w.start > 0 else None
        if prev is not None and prev.lower_ in _DETERMINERS:
            continue  # "the Bill": a common noun
        if nickname_owner(tok.text, forenames) is not None:
            w.label = "PERSON"
