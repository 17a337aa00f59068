"""Evidence in the article that a name the model tagged as a person is not one, or that a name it
left untagged is one. Three passes of the entity stage (``entities.ENTITY_PASSES``), each a
general rule over the parse and the article's other mentions, never particular names:

- ``place_possessive_people``: "France's Francois Hollande" left untagged: two or three
  capitalised proper nouns after a place's possessive, shaped like a person's name, are one
  (as "Germany's Angela Merkel" is when the model tags it);
- ``verb_openers``: a one-word "person" opening a sentence that the parser reads as a verb or an
  interjection ("Conceding that ...", "Woe is me") is no name;
- ``counted_groups``: a one-word plural "person" that the article counts ("55 million Latinos",
  "various Romanians") or that is a demonym's plural is a group of people, not someone;
- ``people_tagged_as_things``: "calling Rubio’s proposed credit" tagged as a product where
  "Marco Rubio" is named in full: a known person's surname or full name is that person
  whatever the model's thing label.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsread.analysis.cue_words import DEMONYM_NOUNS, DEMONYM_SHAPE
from newsread.analysis.entity_state import EntityState, WorkEntity
from newsread.analysis.names import TITLE_WORDS, bare
from newsread.analysis.person_cues import person_shaped

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_POSSESSIVES = frozenset(("'s", "’s"))
# Parts of speech and tags the parser gives a word used as a verb or an exclamation.
_VERB_POS = frozenset(("VERB", "AUX", "INTJ", "SCONJ", "ADP"))
_VERB_TAGS = frozenset(("VBG", "VBN", "VBD", "UH"))
# Words that count people before a plural: "many Latinos", "various Romanians".
_QUANTIFIERS = frozenset("many most some few several all other various fellow thousands hundreds millions".split())


def _proper(t: "Token") -> bool:
    return t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper()


def place_possessive_people(state: EntityState) -> None:
    """'France’s Francois Hollande' with no entity on the name: a person (see the module doc)."""
    covered = {(w.doc, k) for w in state.work for k in range(w.start, w.end)}
    places = {(w.doc, w.end) for w in state.work if w.label == "GPE"}
    out = []
    for i, doc in enumerate(state.docs):
        for t in doc:
            if t.text not in _POSSESSIVES or (i, t.i) not in places:
                continue
            start = end = t.i + 1
            while end < len(doc) and end - start < 3 and _proper(doc[end]) and (i, end) not in covered:
                end += 1
            if end - start < 2 or (end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha):
                continue  # one word, or a longer run of capitals: not a person's name for sure
            if bare(doc[start].text) in TITLE_WORDS or not person_shaped(doc, start, end):
                continue
            out.append(WorkEntity(i, start, end, "PERSON"))
            covered.update((i, k) for k in range(start, end))
    state.work.extend(out)


def _sentence_opener(tok: "Token") -> bool:
    k = tok.i
    while k > 0 and (tok.doc[k - 1].is_punct or tok.doc[k - 1].is_space) and tok.doc[k - 1].text not in (".", "?", "!", ";"):
        k -= 1
    return k == 0 or tok.doc[k].is_sent_start or tok.doc[k - 1].text in (".", "?", "!", ";")


def verb_openers(state: EntityState) -> None:
    """A one-word person opening a sentence that the parser reads as a verb or an exclamation
    ("Conceding that ...") is dropped, unless it is the surname of someone named in full."""
    keep = []
    for w in state.work:
        tok = state.docs[w.doc][w.start]
        if (
            w.label == "PERSON" and w.end - w.start == 1 and (tok.pos_ in _VERB_POS or tok.tag_ in _VERB_TAGS)
            and _sentence_opener(tok) and bare(tok.text) not in state.surnames
        ):
            continue
        keep.append(w)
    state.work = keep


def _counted(doc: "Doc", k: int) -> bool:
    """The plural at ``k`` is counted: a number or a quantity word before it, no noun after it
    ("many Sanders supporters" counts supporters)."""
    prev = doc[k - 1] if k > 0 else None
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if prev is None or not (prev.like_num or prev.lower_ in _QUANTIFIERS):
        return False
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN")


def counted_groups(state: EntityState) -> None:
    """A one-word plural tagged as a person that the article counts, or a demonym's plural
    ("Romanians"), names a group: every mention of it becomes a group (NORP)."""
    docs, groups = state.docs, set()
    candidates = {
        state.span(w).text for w in state.work
        if w.label == "PERSON" and w.end - w.start == 1 and state.span(w).text.endswith("s")
        and state.span(w).text[:1].isupper() and bare(state.span(w).text) not in state.surnames
    }
    for word in candidates:
        singular = word[:-1]
        if DEMONYM_SHAPE.match(singular) or bare(singular) in DEMONYM_NOUNS:
            groups.add(word)
            continue
        if any(_counted(doc, t.i) for doc in docs for t in doc if t.text == word):
            groups.add(word)
    for w in state.work:
        if w.label == "PERSON" and w.end - w.start == 1 and state.span(w).text in groups:
            w.label = "NORP"


_THING_LABELS = frozenset(("PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"))


def people_tagged_as_things(state: EntityState) -> None:
    """A span tagged as a product, work, event or law that is, without a possessive, the surname
    or the full name of a person named in full in the article is that person."""
    full_names = {
        " ".join(bare(t.text) for t in state.span(w)) for w in state.work if w.label == "PERSON" and w.end - w.start >= 2
    }
    for w in state.work:
        if w.label not in _THING_LABELS:
            continue
        doc, end = state.docs[w.doc], w.end
        while end > w.start + 1 and doc[end - 1].text in _POSSESSIVES:
            end -= 1
        words = [t for t in doc[w.start : end]]
        if not all(_proper(t) or t.text[:1].isupper() for t in words):
            continue
        key = " ".join(bare(t.text) for t in words)
        if (len(words) == 1 and key in state.surnames) or key in full_names:
            w.end, w.label = end, "PERSON"
