"""Named entities from the parse, with rule fixes for the small model's systematic errors.

Every fix is a general rule over token shapes, the parse and the article's other entities
(never a string from a particular article):

- span trims: a leading "the", a trailing possessive ("Idlib province’s" -> "Idlib"), trailing
  lowercase words of a name ("province"), leading titles of a person ("Dr.", "Lt. Col."), trailing
  titles of an organisation ("the United Nations Special Envoy" -> "United Nations");
- titles around a person's name (``title_names``): a title phrase swallowed into a name after
  "Envoy for" / "Leader of the" is split into the domain and the person ("Syria Staffan de
  Mistura" -> GPE "Syria" + PERSON "Staffan de Mistura"); a span opening with an honorific or an
  office title is a person's ("Ms Connolly" tagged ORG); an organisation's possessive before a
  name is split off it ("Sky News' Jon Pryde"), and an untagged owner and forename around it
  are tagged ("Plaid Cymru's Rhodri [Evans]");
- a possessive inside a span ends it ("Trump’s July 25" -> "Trump" + DATE "July 25");
- rejects: persons that are pronouns, day or month names or lowercase words, actor entities that
  are only title words ("Activist"), lowercase "organisations", ages ("43-year-old") and
  distances labelled as dates or times;
- labels: a person labelled as a place after "the city of" / "areas of" becomes GPE; the same name
  labelled differently across the article is harmonised (``label_harmony``);
- neighbours (``name_spans``): a name cut at a non-breaking space is one; a role noun closing a
  span before a person's name makes it the institution;
- common words (``common_words``): headline words and sentence openers the article also writes
  in lowercase are not names;
- context cues (``entity_cues.relabel``): datelines are places, quoted nicknames, surname particles
  and institution names extend spans, and each person / organisation / place name is relabelled
  by weighing the cues around all its mentions ("the carrier X", "X, Vt.", "asked quarterback X");
- kinds (``kind_cues``): kinship words ("Mum") and demonyms ("the Scot") are not names, a
  kinship title or a role noun opening a name is not part of it ("Auntie Pam", "Striker Jayden
  Okoro"), a name followed by an age is a person ("Alfie, 7,"), a fictional character is dropped;
- things (``thing_names``): streets, seats of government, planets, named vehicles and a person
  noun opening a title-case headline are not people;
- untagged mentions of an organisation tagged elsewhere are mentions (``missed_org_mentions``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsread.analysis.common_words import trim_common_words
from newsread.analysis.cue_words import DEMONYM_NOUNS, DEMONYM_SHAPE, KINSHIP_TITLES, PERSON_NOUNS
from newsread.analysis.date_kinds import date_token_span
from newsread.analysis.entity_cues import missed_org_mentions, relabel
from newsread.analysis.kind_cues import age_names, is_description, nickname_people
from newsread.analysis.label_harmony import harmonise_labels
from newsread.analysis.lexicon import INSTITUTION_NOUNS
from newsread.analysis.model import ACTOR_LABELS, Entity
from newsread.analysis.names import (
    FUNCTION_WORDS,
    MONTHS,
    NAME_PARTICLES,
    PRONOUN_WORDS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    WEEKDAYS,
    bare,
    leading_title_count,
    looks_like_person_name,
    name_key,
    name_words,
    strip_suffixes,
)
from newsread.analysis.name_spans import join_across_nbsp, title_phrase_before_person
from newsread.analysis.parsed import ParsedArticle
from newsread.analysis.thing_names import mark_things
from newsread.analysis.title_names import (
    possessive_people,
    possessive_split,
    split_swallowed_title,
    title_led_person,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Nouns naming a kind of place: "the city of X", "the areas of X and Y" make X a place.
PLACE_NOUNS = frozenset(
    "city cities town towns village villages area areas province provinces region regions district "
    "districts neighbourhood neighborhood suburb suburbs municipality governorate county counties "
    "state island islands capital port outskirts residents inhabitants citizens".split()
)
# Parts of speech that never start a name (the model's PROPN starts names).
_NOT_NAME_POS = frozenset(("ADV", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "VERB", "INTJ", "PART"))
# A lowercase letter followed by a capital at the end of a word, or digits: a brand's shape.
_CAMEL = re.compile(r"[a-z][A-Z]\b|[A-Za-z]\d|\d[A-Za-z]")
_PARTY_STATE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")
_POSSESSIVE_TOKENS = frozenset(("'s", "’s", "‘s", "'", "’"))  # "Trump‘s": a turned mark, as typed
_AGE = re.compile(r"\d+[- ]year[- ]old", re.IGNORECASE)
_UNITS = re.compile(r"\b(?:miles?|km|kilomet(?:er|re)s?|met(?:er|re)s?|feet|foot|inch(?:es)?|yards?|kg|pounds?)\b", re.I)
_MONTH_DAY = re.compile(r"^(?:%s)\.?\s+\d{1,2}\b" % "|".join(m[:3] + r"[a-z]*" for m in MONTHS), re.IGNORECASE)


@dataclass
class _Ent:
    """A working entity: token span ``[start, end)`` of ``docs[doc]``."""

    doc: int
    start: int
    end: int
    label: str


def extract_entities(parsed: ParsedArticle) -> list[Entity]:
    """Every entity mention in document order, offsets into the article text, fixed by rule."""
    work: list[_Ent] = []
    for i, (_, doc) in enumerate(parsed.docs):
        for ent in doc.ents:
            work.extend(_fix_span(doc, _Ent(i, ent.start, ent.end, ent.label_)))
    work = _merge_adjacent_times(work)
    work = join_across_nbsp([d for _, d in parsed.docs], work)
    known = _known_keys(parsed, work)
    surnames = _surnames(parsed, work)
    fixed: list[_Ent] = []
    for w in work:
        fixed.extend(_split_swallowed_title(parsed.docs[w.doc][1], w, known, surnames))
    fixed.extend(possessive_people(parsed, fixed, _Ent))
    fixed = relabel(parsed, fixed, _Ent)
    fixed.extend(age_names(parsed, fixed, _Ent))
    fixed = mark_things(parsed, fixed, _surnames(parsed, fixed))
    fixed = trim_common_words(parsed, fixed)
    title_phrase_before_person([d for _, d in parsed.docs], fixed)
    nickname_people([d for _, d in parsed.docs], fixed)
    surnames = _surnames(parsed, fixed)
    fixed = [w for w in fixed if _keep(parsed.docs[w.doc][1], w, surnames)]
    fixed.extend(_missed_surnames(parsed, fixed, surnames))
    fixed.extend(missed_org_mentions(parsed, fixed, _Ent))
    for w in fixed:
        if w.label in ("PERSON", "ORG") and _place_cue(parsed.docs[w.doc][1], w):
            w.label = "GPE"
    out: list[Entity] = []
    for w in fixed:
        span = parsed.docs[w.doc][1][w.start : w.end]
        start, end = parsed.global_span(w.doc, span)
        out.append(Entity(start, end, w.label, parsed.text[start:end]))
    out.sort(key=lambda e: (e.start, e.end))
    harmonise_labels(out, parsed.text)
    return out


def _fix_span(doc: "Doc", w: _Ent) -> list[_Ent]:
    """Trim one entity span; may also yield a DATE cut off after a possessive."""
    extra: list[_Ent] = []
    if w.label in ("DATE", "TIME"):
        # "[Twitter Tuesday]": a date never swallows a neighbouring name (see date_kinds).
        w.start, w.end = date_token_span(doc, w.start, w.end)
    if w.label in ACTOR_LABELS:
        k = possessive_split(doc, w.start, w.end, w.label == "PERSON")
        if k is not None:
            # "[Sky News' Sam Coates]": the organisation, then its person; not one name.
            extra.extend(_fix_span(doc, _Ent(w.doc, w.start, k, "ORG" if w.label == "PERSON" else w.label)))
            w = _Ent(w.doc, k + 1, w.end, "PERSON")
        # A possessive inside the span ends the name: "Trump’s July 25".
        # Only when a date follows: "St Mary's Hospital" and "McDonald's" are names.
        for k in range(w.start + 1, w.end - 1):
            if doc[k].text in _POSSESSIVE_TOKENS and _MONTH_DAY.match(doc[k + 1 : w.end].text):
                extra.append(_Ent(w.doc, k + 1, w.end, "DATE"))
                w = _Ent(w.doc, w.start, k, w.label)
                break
        # "The World Health Organization (WHO": the name ends at the parenthesis; an acronym
        # inside it is a mention of its own.
        for k in range(w.start + 1, w.end):
            if doc[k].text == "(":
                inner = doc[k + 1 : w.end]
                if len(inner) == 1 and inner[0].text.isupper() and inner[0].is_alpha:
                    extra.append(_Ent(w.doc, k + 1, w.end, w.label))
                w = _Ent(w.doc, w.start, k, w.label)
                break
        while w.end > w.start and doc[w.end - 1].text in _POSSESSIVE_TOKENS:
            w.end -= 1
        # Punctuation at the edges is no part of a name: "pro-[-Clinton]", "[Hillary Clinton'']".
        while w.end - w.start > 1 and (doc[w.start].is_punct or doc[w.start].text.startswith("@")):
            w.start += 1
        while w.end - w.start > 1 and (
            (doc[w.end - 1].is_punct and doc[w.end - 1].text != ".") or doc[w.end - 1].text.startswith("@")
        ):
            w.end -= 1
        # A capitalised sentence opener run into the name: "Later Okafor", "However Smith".
        while (
            w.end - w.start > 1 and doc[w.start].pos_ in _NOT_NAME_POS and doc[w.start].lower_ != "the"
            and (doc[w.start].is_sent_start or doc[w.start].i == 0 or doc[w.start - 1].is_punct)
        ):
            w.start += 1
        # Leading "the": kept for a place only when capitalised mid-sentence ("The Hague").
        while w.end - w.start > 1 and doc[w.start].lower_ == "the" and (
            w.label != "GPE" or doc[w.start].text == "the" or doc[w.start].is_sent_start
        ):
            w.start += 1
        if w.label != "PERSON" and title_led_person(doc, w.start, w.end):
            w.label = "PERSON"  # "[Ms Connolly] said" tagged ORG: an honorific makes a person
        if w.label in ("GPE", "PERSON", "NORP"):
            # Trailing common nouns are not part of a name: "Idlib province", "Smith family".
            while w.end - w.start > 1 and doc[w.end - 1].text.islower() and doc[w.end - 1].lower_ not in NAME_PARTICLES:
                w.end -= 1
        if w.label == "PERSON":
            # "[Victoria at Sandy Hook]": a preposition ends a person's name.
            for k in range(w.start + 1, w.end):
                if doc[k].text.islower() and doc[k].lower_ in FUNCTION_WORDS and doc[k].lower_ not in NAME_PARTICLES:
                    if looks_like_person_name([t.text for t in doc[w.start : k]]):
                        w.end = k  # otherwise the span is no name at all, and _keep drops it
                    break
            # A lowercase word before a name is not part of it: "rang Mum" (particles are).
            while w.end - w.start > 1 and doc[w.start].text.islower() and doc[w.start].lower_ not in NAME_PARTICLES:
                w.start += 1
            # "Auntie Pam", "Grandad Joe": the kinship word is a title, not part of the name.
            while w.end - w.start > 1 and bare(doc[w.start].text) in KINSHIP_TITLES and doc[w.start + 1].text[:1].isupper():
                w.start += 1
            # "Striker Jayden Okoro", "Norwegian Lars Eide": a capitalised role noun or demonym
            # opening the name is not part of it.
            if (
                w.end - w.start >= 3 and doc[w.start].text[:1].isupper()
                and (doc[w.start].lower_ in PERSON_NOUNS or doc[w.start].lower_ in DEMONYM_NOUNS or DEMONYM_SHAPE.match(doc[w.start].text))
                and bare(doc[w.start].text) not in TITLE_WORDS and looks_like_person_name([t.text for t in doc[w.start + 1 : w.end]])
            ):
                w.start += 1
            words = [t.text for t in doc[w.start : w.end]]
            w.start += leading_title_count(words)
        if w.label == "ORG":
            # "the United Nations Special Envoy": the title is not the organisation; a word
            # that only modifies a title ends a name ("The Associated Press", "Free State").
            k = w.end
            while k - w.start > 1 and bare(doc[k - 1].text) in TITLE_WORDS and (
                k < w.end or bare(doc[k - 1].text) not in TITLE_MODIFIERS
            ):
                k -= 1
            w.end = k
    return [w, *extra]


def _merge_adjacent_times(work: list[_Ent]) -> list[_Ent]:
    """'Wednesday' DATE + 'morning' TIME written together are one date: 'Wednesday morning'."""
    out: list[_Ent] = []
    for w in work:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.doc == w.doc and prev.end == w.start
            and prev.label in ("DATE", "TIME") and w.label in ("DATE", "TIME")
        ):
            prev.end = w.end
            prev.label = "DATE" if "DATE" in (prev.label, w.label) else "TIME"
            continue
        out.append(w)
    return out


def _known_keys(parsed: ParsedArticle, work: list[_Ent]) -> dict[str, str]:
    """Name keys of every place or organisation the model found in the article, with a label
    (a place's or an organisation's, for the domain split off a title: "for [Syria ...]")."""
    keys: dict[str, str] = {}
    for w in work:
        if w.label in ("GPE", "LOC", "ORG", "NORP", "FAC"):
            key = name_key(parsed.docs[w.doc][1][w.start : w.end].text, person=False)
            keys.setdefault(key, "ORG" if w.label == "ORG" else "GPE")
    return keys


def _split_swallowed_title(doc: "Doc", w: _Ent, known: dict[str, str], surnames: set[str]) -> list[_Ent]:
    """'Special Envoy for [Syria Staffan de Mistura]' -> GPE 'Syria' + PERSON 'Staffan de Mistura'."""
    if w.label not in ACTOR_LABELS:
        return [w]
    # A surname alone after the domain only in a span the model took for a person or a body:
    # "Mayor of [Port Talbot]" is a place even when the article has a Jane Talbot.
    parts = split_swallowed_title(doc, w.start, w.end, known, surnames if w.label in ("PERSON", "ORG") else frozenset())
    if parts is None:
        return [w]
    return [_Ent(w.doc, s, e, label) for s, e, label in parts]


def _surnames(parsed: ParsedArticle, work: list[_Ent]) -> set[str]:
    """Last names of the people named in full ("King" of "Martin Luther King Jr.")."""
    out = set()
    for w in work:
        if w.label == "PERSON":
            words = strip_suffixes(name_words(parsed.docs[w.doc][1][w.start : w.end].text))
            if len(words) >= 2:
                out.add(bare(words[-1]))
    return out


def _missed_surnames(parsed: ParsedArticle, work: list[_Ent], surnames: set[str]) -> list[_Ent]:
    """Bare surnames of people named in full that the model did not tag ("Ms. Yovanovitch said").

    Only a proper noun standing alone (no proper noun right before or after it, so "Capitol
    Hill" is not "Hill") outside every other entity.
    """
    if not surnames:
        return []
    covered = {(w.doc, k) for w in work for k in range(w.start, w.end)}
    out = []
    for i, (_, doc) in enumerate(parsed.docs):
        for tok in doc:
            if (i, tok.i) in covered or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
                continue
            if bare(tok.text) not in surnames:
                continue
            prev = doc[tok.i - 1] if tok.i > 0 else None
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() and bare(prev.text) not in TITLE_WORDS:
                continue
            if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
                continue
            out.append(_Ent(i, tok.i, tok.i + 1, "PERSON"))
    return out


def _keep(doc: "Doc", w: _Ent, surnames: set[str] = frozenset()) -> bool:
    """False for spans that cannot be what their label says."""
    if w.end <= w.start:
        return False
    span = doc[w.start : w.end]
    text = span.text
    if w.label in ("DATE", "TIME"):
        return not _AGE.search(text) and not _UNITS.search(text)
    if w.label == "CHARACTER":
        return False  # a fictional character (entity_cues): not an actor of the story
    if w.label not in ACTOR_LABELS:
        return True
    if w.label != "NORP" and is_description(doc, w.start, w.end, surnames, w.label):
        return False  # "Mum", "the Scot": a kinship word or a demonym, not a name
    words = [t.text for t in span]
    nxt = doc[w.end] if w.end < len(doc) else None
    if (
        len(words) == 1 and span[0].lower_ in PERSON_NOUNS and bare(words[0]) not in surnames
        and nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN"
    ):
        return False  # "Winger" in "Winger Ibrahima Ndiaye agreed": a role noun before a name
    if all(bare(x) in TITLE_WORDS or bare(x) == "the" for x in words):
        # "Activist", "Defence": a title, not a name; unless someone is called that ("King").
        return w.label == "PERSON" and bare(words[-1]) in surnames
    if _PARTY_STATE.match(text):
        return False  # "D-Mass.": a US party and state, not a place
    if not any(c.isupper() for c in text):
        return w.label == "ORG" and span[-1].lower_ in INSTITUTION_NOUNS
    if w.label == "PERSON" and _CAMEL.search(text):
        w.label = "ORG"  # "SpaceX", "YouTube": brand shapes, not personal names
    if w.label == "PERSON":
        first = bare(words[0])
        if any(bare(x) in FUNCTION_WORDS for x in words):
            return False  # "Warns Of" in a title-case headline
        if len(words) == 1 and (first in PRONOUN_WORDS or first in WEEKDAYS or first in MONTHS):
            return False
        if not any(t.is_alpha for t in span):
            return False
    return True


def _place_cue(doc: "Doc", w: _Ent) -> bool:
    """A name that the parse puts after 'the city of' / 'areas of X and' is a place."""
    root = doc[w.start : w.end].root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in PLACE_NOUNS:
        return True
    # The parse may miss the attachment; fall back to the words right before the span.
    prev = [t.lower_ for t in doc[max(0, w.start - 2) : w.start]]
    return len(prev) == 2 and prev[1] == "of" and prev[0] in PLACE_NOUNS
