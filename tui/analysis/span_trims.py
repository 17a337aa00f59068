"""The trims of one entity's span (the entity stage's ``trim_spans`` pass), in order.

Each trim takes a paragraph and one working entity, moves the entity's ends or label in place,
and may return entities it cuts off (a date after a possessive, an acronym in parentheses).
``NAME_TRIMS`` lists them in the order they apply to a person, organisation or place name;
dates and times only lose a neighbouring name (``date_kinds.date_token_span``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from newsread.analysis.cue_words import DEMONYM_NOUNS, DEMONYM_SHAPE, KINSHIP_TITLES, PERSON_NOUNS
from newsread.analysis.date_kinds import date_token_span
from newsread.analysis.entity_state import WorkEntity
from newsread.analysis.model import ACTOR_LABELS
from newsread.analysis.names import (
    FUNCTION_WORDS,
    MONTHS,
    NAME_PARTICLES,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    bare,
    leading_title_count,
    looks_like_person_name,
)
from newsread.analysis.title_names import possessive_split, title_led_person

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Parts of speech that never start a name (the model's PROPN starts names).
_NOT_NAME_POS = frozenset(("ADV", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "VERB", "INTJ", "PART"))
POSSESSIVE_TOKENS = frozenset(("'s", "’s", "‘s", "'", "’"))  # "Trump‘s": a turned mark, as typed
_MONTH_DAY = re.compile(r"^(?:%s)\.?\s+\d{1,2}\b" % "|".join(m[:3] + r"[a-z]*" for m in MONTHS), re.IGNORECASE)

Trim = Callable[["Doc", WorkEntity], "list[WorkEntity] | None"]


def trim_span(doc: "Doc", w: WorkEntity) -> list[WorkEntity]:
    """The entity trimmed, then the entities cut off it."""
    if w.label in ("DATE", "TIME"):
        # "[Twitter Tuesday]": a date never swallows a neighbouring name (see date_kinds).
        w.start, w.end = date_token_span(doc, w.start, w.end)
    if w.label not in ACTOR_LABELS:
        return [w]
    extra: list[WorkEntity] = []
    k = possessive_split(doc, w.start, w.end, w.label == "PERSON")
    if k is not None:
        # "[Sky News' Sam Coates]": the organisation, then its person; not one name.
        extra.extend(trim_span(doc, WorkEntity(w.doc, w.start, k, "ORG" if w.label == "PERSON" else w.label)))
        w = WorkEntity(w.doc, k + 1, w.end, "PERSON")
    for trim in NAME_TRIMS:
        extra.extend(trim(doc, w) or ())
    return [w, *extra]


def date_after_possessive(doc: "Doc", w: WorkEntity) -> list[WorkEntity] | None:
    """A possessive inside the span ends the name when a date follows: "Trump’s July 25" ("St
    Mary's Hospital" and "McDonald's" are names)."""
    for k in range(w.start + 1, w.end - 1):
        if doc[k].text in POSSESSIVE_TOKENS and _MONTH_DAY.match(doc[k + 1 : w.end].text):
            date = WorkEntity(w.doc, k + 1, w.end, "DATE")
            w.end = k
            return [date]
    return None


def acronym_in_parentheses(doc: "Doc", w: WorkEntity) -> list[WorkEntity] | None:
    """'The World Health Organization (WHO': the name ends at the parenthesis; an acronym inside
    it is a mention of its own."""
    for k in range(w.start + 1, w.end):
        if doc[k].text == "(":
            inner = doc[k + 1 : w.end]
            out = [WorkEntity(w.doc, k + 1, w.end, w.label)] if len(inner) == 1 and inner[0].text.isupper() and inner[0].is_alpha else None
            w.end = k
            return out
    return None


def edge_marks(doc: "Doc", w: WorkEntity) -> None:
    """A trailing possessive and punctuation or handles at the edges are no part of a name:
    "Reuters'", "pro-[-Clinton]", "[Hillary Clinton'']"."""
    while w.end > w.start and doc[w.end - 1].text in POSSESSIVE_TOKENS:
        w.end -= 1
    while w.end - w.start > 1 and (doc[w.start].is_punct or doc[w.start].text.startswith("@")):
        w.start += 1
    while w.end - w.start > 1 and (
        (doc[w.end - 1].is_punct and doc[w.end - 1].text != ".") or doc[w.end - 1].text.startswith("@")
    ):
        w.end -= 1


def sentence_opener(doc: "Doc", w: WorkEntity) -> None:
    """A capitalised sentence opener run into the name: "Later Okafor", "However Smith"."""
    while (
        w.end - w.start > 1 and doc[w.start].pos_ in _NOT_NAME_POS and doc[w.start].lower_ != "the"
        and (doc[w.start].is_sent_start or doc[w.start].i == 0 or doc[w.start - 1].is_punct)
    ):
        w.start += 1


def leading_the(doc: "Doc", w: WorkEntity) -> None:
    """A leading "the" is no part of a name; a place keeps it capitalised mid-sentence ("The Hague")."""
    while w.end - w.start > 1 and doc[w.start].lower_ == "the" and (
        w.label != "GPE" or doc[w.start].text == "the" or doc[w.start].is_sent_start
    ):
        w.start += 1


def honorific_person(doc: "Doc", w: WorkEntity) -> None:
    """'[Ms Connolly] said' tagged ORG: an honorific or office title makes a person."""
    if w.label != "PERSON" and title_led_person(doc, w.start, w.end):
        w.label = "PERSON"


def trailing_common_nouns(doc: "Doc", w: WorkEntity) -> None:
    """Trailing common nouns are not part of a place's or person's name: "Idlib province",
    "Smith family" (particles are)."""
    if w.label in ("GPE", "PERSON", "NORP"):
        while w.end - w.start > 1 and doc[w.end - 1].text.islower() and doc[w.end - 1].lower_ not in NAME_PARTICLES:
            w.end -= 1


def preposition_ends_person(doc: "Doc", w: WorkEntity) -> None:
    """'[Victoria at Sandy Hook]': a preposition ends a person's name (without a name before
    it the span is none, and a later pass drops it)."""
    if w.label != "PERSON":
        return
    for k in range(w.start + 1, w.end):
        if doc[k].text.islower() and doc[k].lower_ in FUNCTION_WORDS and doc[k].lower_ not in NAME_PARTICLES:
            if looks_like_person_name([t.text for t in doc[w.start : k]]):
                w.end = k
            return


def lowercase_before_person(doc: "Doc", w: WorkEntity) -> None:
    """A lowercase word before a person's name is not part of it: "rang Mum" (particles are)."""
    if w.label == "PERSON":
        while w.end - w.start > 1 and doc[w.start].text.islower() and doc[w.start].lower_ not in NAME_PARTICLES:
            w.start += 1


def kinship_title(doc: "Doc", w: WorkEntity) -> None:
    """'Auntie Pam', 'Grandad Joe': the kinship word is a title, not part of the name."""
    if w.label == "PERSON":
        while w.end - w.start > 1 and bare(doc[w.start].text) in KINSHIP_TITLES and doc[w.start + 1].text[:1].isupper():
            w.start += 1


def role_or_demonym_opener(doc: "Doc", w: WorkEntity) -> None:
    """'Striker Jayden Okoro', 'Norwegian Lars Eide': a capitalised role noun or demonym opening a
    person's name is not part of it."""
    if w.label != "PERSON" or w.end - w.start < 3:
        return
    first = doc[w.start]
    if (
        first.text[:1].isupper()
        and (first.lower_ in PERSON_NOUNS or first.lower_ in DEMONYM_NOUNS or DEMONYM_SHAPE.match(first.text))
        and bare(first.text) not in TITLE_WORDS and looks_like_person_name([t.text for t in doc[w.start + 1 : w.end]])
    ):
        w.start += 1


def leading_titles(doc: "Doc", w: WorkEntity) -> None:
    """'Dr.', 'Lt. Col.', 'Foreign Minister' before a person's name are titles, not the name."""
    if w.label == "PERSON":
        w.start += leading_title_count([t.text for t in doc[w.start : w.end]])


def trailing_org_title(doc: "Doc", w: WorkEntity) -> None:
    """'the United Nations Special Envoy': the title is not the organisation; a word that only
    modifies a title ends a name ("The Associated Press", "Free State")."""
    if w.label != "ORG":
        return
    k = w.end
    while k - w.start > 1 and bare(doc[k - 1].text) in TITLE_WORDS and (
        k < w.end or bare(doc[k - 1].text) not in TITLE_MODIFIERS
    ):
        k -= 1
    w.end = k


NAME_TRIMS: tuple[Trim, ...] = (
    date_after_possessive,
    acronym_in_parentheses,
    edge_marks,
    sentence_opener,
    leading_the,
    honorific_person,
    trailing_common_nouns,
    preposition_ends_person,
    lowercase_before_person,
    kinship_title,
    role_or_demonym_opener,
    leading_titles,
    trailing_org_title,
)
