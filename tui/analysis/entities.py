"""Named entities from the parse, with rule fixes for the small model's systematic errors.

The entity stage is one ordered list of passes, ``ENTITY_PASSES``: each takes the article's
``EntityState`` (its working entities and what earlier passes noted) and corrects it, with a
one-line reason; no pass calls another, and ``extract_entities`` runs them in one loop. Every fix
is a general rule over token shapes, the parse and the article's other entities, never a string
from a particular article. The passes live beside their word tables:

- span trims (``span_trims``): titles, possessives, punctuation, sentence openers, kinship words
  and role nouns around a name, in one entity's order (``NAME_TRIMS``);
- neighbours (``name_spans``): a name cut at a non-breaking space, a role noun closing a span
  before a person's name;
- titles (``title_names``): a title's domain run into a name, an organisation's possessive
  before a person;
- label cues (``entity_cues``, with the rules of ``label_rules.LABEL_RULES``): datelines,
  quoted nicknames, grown spans, and each name relabelled by weighing its cues over all its
  mentions; then full names and their parts compared (``name_kinds``, ``person_cues``);
- things (``thing_names``), common words (``common_words``), kinds of names (``name_kinds``),
  evidence that a name is a group, a verb or an untagged person (``name_evidence``);
- drops and additions here: spans that cannot be what their label says, bare surnames and
  organisation mentions the model missed, places after "the city of";
- one label per name across the article (``label_harmony``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsread.analysis import label_harmony
from newsread.analysis.common_words import trim_common_words
from newsread.analysis.cue_words import PERSON_NOUNS
from newsread.analysis.entity_cues import (
    dateline_places,
    drop_overlaps,
    extend_spans,
    missed_org_mentions,
    quoted_nicknames,
    relabel_by_cues,
)
from newsread.analysis.entity_state import EntityState, Pass, WorkEntity, run_passes
from newsread.analysis.name_kinds import age_names, is_description, nickname_people, pool_surnames
from newsread.analysis.lexicon import INSTITUTION_NOUNS
from newsread.analysis.model import ACTOR_LABELS, Entity
from newsread.analysis.names import FUNCTION_WORDS, MONTHS, PRONOUN_WORDS, TITLE_WORDS, WEEKDAYS, bare, name_key
from newsread.analysis.name_evidence import counted_groups, people_tagged_as_things, place_possessive_people, verb_openers
from newsread.analysis.name_spans import join_across_nbsp, title_phrase_before_person
from newsread.analysis.parsed import ParsedArticle
from newsread.analysis.person_cues import forename_people, untagged_surname_people
from newsread.analysis.span_trims import trim_span
from newsread.analysis.thing_names import mark_things
from newsread.analysis.title_names import possessive_people, split_swallowed_title

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Nouns naming a kind of place: "the city of X", "the areas of X and Y" make X a place.
PLACE_NOUNS = frozenset(
    "city cities town towns village villages area areas province provinces region regions district "
    "districts neighbourhood neighborhood suburb suburbs municipality governorate county counties "
    "state island islands capital port outskirts residents inhabitants citizens".split()
)
# A lowercase letter followed by a capital at the end of a word, or digits: a brand's shape.
_CAMEL = re.compile(r"[a-z][A-Z]\b|[A-Za-z]\d|\d[A-Za-z]")
_PARTY_STATE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")
_AGE = re.compile(r"\d+[- ]year[- ]old", re.IGNORECASE)
_UNITS = re.compile(r"\b(?:miles?|km|kilomet(?:er|re)s?|met(?:er|re)s?|feet|foot|inch(?:es)?|yards?|kg|pounds?)\b", re.I)


def read_model_entities(state: EntityState) -> None:
    """The model's entities, in document order."""
    state.work = [WorkEntity(i, ent.start, ent.end, ent.label_) for i, doc in enumerate(state.docs) for ent in doc.ents]


def trim_spans(state: EntityState) -> None:
    """Each entity trimmed by ``span_trims.NAME_TRIMS``, with what it cuts off after it."""
    state.work = [x for w in state.work for x in trim_span(state.docs[w.doc], w)]


def merge_adjacent_times(state: EntityState) -> None:
    """'Wednesday' DATE + 'morning' TIME written together are one date: 'Wednesday morning'."""
    out: list[WorkEntity] = []
    for w in state.work:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.doc == w.doc and prev.end == w.start
            and prev.label in ("DATE", "TIME") and w.label in ("DATE", "TIME")
        ):
            prev.end = w.end
            prev.label = "DATE" if "DATE" in (prev.label, w.label) else "TIME"
            continue
        out.append(w)
    state.work = out


def _known_keys(state: EntityState) -> dict[str, str]:
    """Name keys of every place or organisation the model found in the article, with a label
    (a place's or an organisation's, for the domain split off a title: "for [Syria ...]")."""
    keys: dict[str, str] = {}
    for w in state.work:
        if w.label in ("GPE", "LOC", "ORG", "NORP", "FAC"):
            keys.setdefault(name_key(state.span(w).text, person=False), "ORG" if w.label == "ORG" else "GPE")
    return keys


def split_swallowed_titles(state: EntityState) -> None:
    """'Special Envoy for [Syria Staffan de Mistura]' -> GPE 'Syria' + PERSON 'Staffan de Mistura'.

    A surname alone after the domain only in a span the model took for a person or a body:
    "Mayor of [Port Talbot]" is a place even when the article has a Jane Talbot."""
    known, surnames = _known_keys(state), state.full_name_surnames()
    out: list[WorkEntity] = []
    for w in state.work:
        parts = None
        if w.label in ACTOR_LABELS:
            names = surnames if w.label in ("PERSON", "ORG") else frozenset()
            parts = split_swallowed_title(state.docs[w.doc], w.start, w.end, known, names)
        out.extend([w] if parts is None else [WorkEntity(w.doc, s, e, label) for s, e, label in parts])
    state.work = out


def note_surnames(state: EntityState) -> None:
    """The surnames of the people named in full, noted before the drops for the two passes after."""
    state.surnames = state.full_name_surnames()


def drop_impossible(state: EntityState) -> None:
    """Spans that cannot be what their label says (``_keep``) are dropped."""
    state.work = [w for w in state.work if _keep(state.docs[w.doc], w, state.surnames)]


def missed_surnames(state: EntityState) -> None:
    """Bare surnames of people named in full that the model did not tag ("Ms. Yovanovitch said").

    Only a proper noun standing alone (no proper noun right before or after it, so "Capitol
    Hill" is not "Hill") outside every other entity."""
    surnames = state.surnames
    if not surnames:
        return
    covered = {(w.doc, k) for w in state.work for k in range(w.start, w.end)}
    out = []
    for i, doc in enumerate(state.docs):
        for tok in doc:
            if (i, tok.i) in covered or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or bare(tok.text) not in surnames:
                continue
            prev = doc[tok.i - 1] if tok.i > 0 else None
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() and bare(prev.text) not in TITLE_WORDS:
                continue
            if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
                continue
            out.append(WorkEntity(i, tok.i, tok.i + 1, "PERSON"))
    state.work.extend(out)


def places_after_place_nouns(state: EntityState) -> None:
    """A person or organisation after 'the city of' / 'areas of X and' is a place."""
    for w in state.work:
        if w.label in ("PERSON", "ORG") and _place_cue(state.docs[w.doc], w):
            w.label = "GPE"


def _entities(state: EntityState) -> list[Entity]:
    """The working entities as ``Entity`` objects with offsets into the article text."""
    out = []
    for w in state.work:
        start, end = state.parsed.global_span(w.doc, state.span(w))
        out.append(Entity(start, end, w.label, state.parsed.text[start:end]))
    return out


def harmonise_labels(state: EntityState) -> None:
    """One name, one label across the article (``label_harmony.harmonise_labels``)."""
    entities = _entities(state)
    label_harmony.harmonise_labels(entities, state.parsed.text)
    for w, e in zip(state.work, entities):
        w.label = e.label


# The entity stage, in order. README.md lists these names (a test keeps it in step).
ENTITY_PASSES: tuple[Pass, ...] = (
    Pass("read_model_entities", read_model_entities, "the model's entities are where every correction starts"),
    Pass("trim_spans", trim_spans, "titles, possessives, punctuation and openers around a name are no part of it"),
    Pass("merge_adjacent_times", merge_adjacent_times, "a date and a time written together are one date"),
    Pass("join_across_nbsp", join_across_nbsp, "a name cut at a non-breaking space is one name"),
    Pass("split_swallowed_titles", split_swallowed_titles, "a title's domain run into a name is a place or body, then the person"),
    Pass("possessive_people", possessive_people, "the owner before a person's possessive is an organisation, the forename the person's"),
    Pass("place_possessive_people", place_possessive_people, "an untagged name shaped like a person's after a place's possessive is one"),
    Pass("dateline_places", dateline_places, "an all-capitals dateline opening a paragraph is a place"),
    Pass("quoted_nicknames", quoted_nicknames, "'Forename \"Nick\" Surname' is one person's name"),
    Pass("extend_spans", extend_spans, "particles and an institution's name words belong to the name"),
    Pass("drop_overlaps", drop_overlaps, "what a grown span now covers is no entity of its own"),
    Pass("relabel_by_cues", relabel_by_cues, "a name takes the label its context cues call for, over all its mentions"),
    Pass("pool_surnames", pool_surnames, "a full name and its bare surname share their person cues"),
    Pass("untagged_surname_people", untagged_surname_people, "an untagged surname's person cues count for the full name"),
    Pass("forename_people", forename_people, "a forename that takes he/she makes the full name a person's"),
    Pass("age_names", age_names, "a name followed by an age or after 'a resident,' is a person"),
    Pass("mark_things", mark_things, "streets, seats of government, planets, vehicles and venues are not people"),
    Pass("trim_common_words", trim_common_words, "words the article also writes in lowercase are not part of a name"),
    Pass("title_phrase_before_person", title_phrase_before_person, "a span ending in a role noun before a person is the institution"),
    Pass("nickname_people", nickname_people, "a bare nickname of someone named in full is that person"),
    Pass("note_surnames", note_surnames, "the surnames of people named in full, before anything is dropped"),
    Pass("drop_impossible", drop_impossible, "a span that cannot be what its label says is no entity"),
    Pass("verb_openers", verb_openers, "one word opening a sentence that the parser reads as a verb is no name"),
    Pass("missed_surnames", missed_surnames, "a bare surname of someone named in full is that person"),
    Pass("people_tagged_as_things", people_tagged_as_things, "a known person's name tagged as a product or work is that person"),
    Pass("missed_org_mentions", missed_org_mentions, "an organisation's name written again untagged is a mention"),
    Pass("places_after_place_nouns", places_after_place_nouns, "a name after 'the city of' is a place"),
    Pass("counted_groups", counted_groups, "a plural the article counts, or a demonym's plural, is a group of people"),
    Pass("harmonise_labels", harmonise_labels, "one name has one label across the article"),
)


def extract_entities(parsed: ParsedArticle) -> list[Entity]:
    """Every entity mention in document order, offsets into the article text, fixed by rule."""
    state = run_passes(EntityState(parsed), ENTITY_PASSES)
    return sorted(_entities(state), key=lambda e: (e.start, e.end))


def _keep(doc: "Doc", w: WorkEntity, surnames: set[str] = frozenset()) -> bool:
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
    if w.start > 0 and doc[w.start - 1].text == "#" and not doc[w.start - 1].whitespace_:
        return False  # "#Justdoit": a hashtag, not a name
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


def _place_cue(doc: "Doc", w: WorkEntity) -> bool:
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
