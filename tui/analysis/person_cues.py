"""Evidence that a name is a person's, or a platform's, from what the article says around it.

The ``person`` label rules (``label_rules.LABEL_RULES``), weighed with the others over all the
mentions of a name (``entity_cues.relabel_by_cues``), so a name
the model files as an organisation or a product ("Trump", a singer, a legislator) becomes a
person when the article treats it as one, and a social network it files as a person ("on
Twitter") does not stay one. General rules over the parse, never particular names:

- a gender pronoun for the name: the name is a subject and "he", "she", "his", "her" follows in
  its sentence before any other name, or opens the next sentence (``GENDER``, and a person cue);
- a person's verb with the name as its subject: thinking, feeling, smiling, resigning, dying
  (organisations say, announce and tell too, so verbs of saying are not counted here);
- a place's possessive before a name the model tagged as a person: "Germany's Angela Merkel"
  (keeps it a person; "Manhattan's Upper East Side" is not made one);
- a fictional character: "his portrayal of X", "X, portrayed by Y" (``ROLE``); a show named
  in apposition: "the series, X" (``WORK``);
- a platform: posting, writing or appearing "on X", "X account", "X followers" (an organisation).

``untagged_surname_people`` and ``forename_people`` are passes of the entity stage that compare a
full name's summed cues with its surname's or forename's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsread.analysis.cue_words import ORG_HEADS, PERSON_NOUNS, PLACE_HEADS, WORK_NOUNS
from newsread.analysis.entity_state import EntityState
from newsread.analysis.label_rules import LABEL_RULES, Mention, Weights, weigh
from newsread.analysis.lexicon import GENDER_PRONOUNS, UNGENDERED_PRONOUNS
from newsread.analysis.lexicon import POSSESSIVE_ENDINGS as _POSS

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Lemmas of verbs whose subject is a person: thinking, feeling, the body, a life's events.
PERSON_VERBS = frozenset(
    """think believe feel hope fear worry wonder smile laugh joke quip sigh shrug nod grin wink
    weep cry marry divorce resign retire apologize apologise confess pray die""".split()
)
# Verbs of publishing before "on X" that make X a platform ("posted on X", "wrote on X").
_PUBLISH = frozenset("post write tweet say announce share publish stream broadcast comment respond reply".split())
_PLATFORM_AFTER = frozenset(
    "account accounts feed feeds page pages post posts followers follower user users handle profile timeline".split()
)
_PLACE_TYPES = frozenset(("GPE", "LOC", "FAC"))
# Divisions of a place that end its name ("Virginia's Third Congressional District").
_DIVISIONS = frozenset("district province region state county territory ward constituency".split())


def person_shaped(doc: "Doc", start: int, end: int) -> bool:
    """Two or three capitalised words, none the head of an institution's or a place's name
    ("Virginia's Third Congressional District" is not "Germany's Angela Merkel")."""
    words = [t for t in doc[start:end]]
    return 2 <= len(words) <= 3 and all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in words) and not any(
        t.lower_ in ORG_HEADS or t.lower_ in PLACE_HEADS or t.lower_ in _DIVISIONS or t.lower_ in PERSON_NOUNS for t in words
    ) and not any(t.like_num or t.ent_type_ in ("ORDINAL", "CARDINAL") for t in words)


def _gender_follows(doc: "Doc", start: int, end: int) -> bool:
    """A gender pronoun refers back to the subject ``doc[start:end]``: later in its sentence
    before any other name or "it"/"they", or opening the next sentence."""
    sent = doc[start].sent
    for t in doc[end : sent.end]:
        low = t.lower_
        if low in GENDER_PRONOUNS:
            return True
        # "it" as an object is a thing ("Vale, who sang it, said she"); as a subject or "its",
        # the name may be a company's
        other = low in UNGENDERED_PRONOUNS and (low != "it" or t.dep_ in ("nsubj", "nsubjpass"))
        if other or (t.pos_ == "PROPN" and t.text[:1].isupper()) or t.ent_type_ == "PERSON":
            return False
    if doc[start].ent_type_ in _PLACE_TYPES:
        return False  # "The South China Sea has become ... He said": too far for a place's name
    nxt = next((t for t in doc[sent.end : sent.end + 3] if not (t.is_punct or t.is_space)), None)
    return nxt is not None and nxt.lower_ in ("he", "she")


def _subject(m: Mention) -> bool:
    return m.doc[m.start : m.end].root.dep_ in ("nsubj", "nsubjpass")


@LABEL_RULES.rule("person")
def person_verb(m: Mention) -> Weights | None:
    """'X resigned', 'X smiled': the subject of a person's verb (not of saying: bodies say too)."""
    if _subject(m) and m.doc[m.start : m.end].root.head.lemma_.lower() in PERSON_VERBS:
        return {"PERSON": 1}
    return None


@LABEL_RULES.rule("person")
def gender_pronoun_follows(m: Mention) -> Weights | None:
    """'X said she ...': a gender pronoun refers back to the subject X."""
    return {"GENDER": 1, "PERSON": 1} if _subject(m) and _gender_follows(m.doc, m.start, m.end) else None


@LABEL_RULES.rule("person")
def place_possessive_person(m: Mention) -> Weights | None:
    """'Germany's Angela Merkel': a place's possessive before a name tagged as a person."""
    prev, prev2 = m.before(1), m.before(2)
    if prev is not None and prev.text in _POSS and prev2 is not None and (
        prev2.ent_type_ == "GPE" or prev2.lower_ in m.places
    ) and m.doc[m.start].ent_type_ == "PERSON" and person_shaped(m.doc, m.start, m.end):
        return {"PERSON": 2}
    return None


@LABEL_RULES.rule("person")
def portrayal_of(m: Mention) -> Weights | None:
    """'his portrayal of [Captain Ivy] Marlowe': a fictional character (the title and forename
    left out of the span)."""
    doc, k = m.doc, m.start - 1
    while k > 0 and doc[k].is_alpha and doc[k].text[:1].isupper():
        k -= 1
    if k > 0 and doc[k].lower_ == "of" and doc[k - 1].lower_ in ("portrayal", "portrayals"):
        return {"ROLE": 3}
    return None


@LABEL_RULES.rule("person")
def portrayed_by(m: Mention) -> Weights | None:
    """'Mike Baxter, portrayed by Allen': a fictional character."""
    nxt, nxt2 = m.after(1), m.after(2)
    if nxt is not None and nxt.text == "," and nxt2 is not None and nxt2.lower_ in ("portrayed", "played", "voiced") and (
        m.end + 2 < len(m.doc) and m.doc[m.end + 2].lower_ == "by"
    ):
        return {"ROLE": 3}
    return None


@LABEL_RULES.rule("person")
def series_appositive(m: Mention) -> Weights | None:
    """'his current series, Last Man Standing' (not "the director of the film, X"): a show."""
    prev, prev2 = m.before(1), m.before(2)
    if not (prev is not None and prev.text == "," and prev2 is not None and prev2.lower_ in WORK_NOUNS and prev2.text.islower()):
        return None
    k = m.start - 3
    while k >= 0 and m.doc[k].pos_ in ("DET", "ADJ", "PRON") and m.doc[k].text.islower():
        k -= 1
    return None if k >= 0 and m.doc[k].pos_ == "ADP" else {"WORK": 2}


@LABEL_RULES.rule("person")
def posted_on(m: Mention) -> Weights | None:
    """'posted on X', 'wrote on X', 'live on X', 'announced Monday on X': a platform."""
    prev, prev2 = m.before(1), m.before(2)
    if m.end - m.start != 1 or prev is None or prev.lower_ not in ("on", "via") or prev2 is None or m.possessive_after():
        return None
    # The verb right before, or the one the parse attaches "on X" to ("announced Monday on X").
    verb = prev.head if prev.head.pos_ == "VERB" and prev.head.i < prev.i else prev2
    if prev2.lemma_.lower() in _PUBLISH or prev2.lower_ == "live" or verb.lemma_.lower() in _PUBLISH:
        return {"ORG": 2}
    return None


@LABEL_RULES.rule("person")
def platform_word_after(m: Mention) -> Weights | None:
    """'X account', 'X followers': a platform."""
    nxt = m.after()
    return {"ORG": 2} if nxt is not None and nxt.text.islower() and nxt.lower_ in _PLATFORM_AFTER else None


def untagged_surname_people(state: EntityState) -> None:
    """'Tamsin Vale' tagged as an organisation, then 'Vale, who sang it, said she' with the
    surname left untagged: the surname's own cues (every label rule at each capitalised
    occurrence of it alone) count for the full name, which becomes a person when they say so and
    neither has a cue against it (as ``name_kinds.pool_surnames`` does for a tagged surname)."""
    ev = state.evidence
    docs, groups, totals, index = state.docs, ev.groups, ev.totals, ev.index
    for key, ws in groups.items():
        names = key.split()
        if not 2 <= len(names) <= 3 or names[-1] in groups or any(w.label == "PERSON" for w in ws):
            continue
        first = docs[ws[0].doc][ws[0].start : ws[0].end]
        if len(first) != len(names) or not all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in first):
            continue
        if first[-1].lower_ in ORG_HEADS or first[-1].lower_ in PLACE_HEADS:
            continue
        alone = {"PERSON": 0, "GENDER": 0, "ORG": 0, "GPE": 0, "WORK": 0, "ROLE": 0}
        for i, k in index.get(names[-1], []):
            doc = docs[i]
            if not doc[k].text[:1].isupper() or (k > 0 and doc[k - 1].lower_ == names[-2]):
                continue
            for lab, n in weigh(Mention(doc, k, k + 1, ev.places)).items():
                if lab in alone:
                    alone[lab] += n
        both = [totals[key], alone]
        if any(t.get("ORG") or t.get("GPE") or t.get("WORK") or t.get("ROLE") for t in both):
            continue
        if alone["GENDER"] and sum(t["PERSON"] for t in both) >= 3:
            for w in ws:
                w.label = "PERSON"


def forename_people(state: EntityState) -> None:
    """'Georgia Mills' tagged as an organisation, then 'Georgia said she ...' tagged as a
    person: a forename alone that takes "she" or "he" makes the full name it opens a person's,
    when the full name has no cue against it (then the forename joins it as an alias)."""
    groups, totals = state.evidence.groups, state.evidence.totals
    surnames = {k.split()[-1] for k, ws in groups.items() if len(k.split()) >= 2 and any(w.label == "PERSON" for w in ws)}
    for key, ws in groups.items():
        names = key.split()
        if not 2 <= len(names) <= 3 or any(w.label == "PERSON" for w in ws) or names[0] not in groups:
            continue
        first = totals.get(names[0], {})
        if not first.get("GENDER") or not any(w.label == "PERSON" for w in groups[names[0]]):
            continue
        if names[-1] in ORG_HEADS or names[-1] in PLACE_HEADS or names[0] in surnames:
            continue  # "Trump Organization": a surname opens it, not a forename
        t = totals[key]
        if not (t.get("ORG") or t.get("GPE") or t.get("WORK") or t.get("ROLE")):
            for w in ws:
                w.label = "PERSON"
