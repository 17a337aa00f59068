"""speaker_confidence: sure where the speaker is plain, doubtful where two people could have said it.

Sentences written for these tests, read by the real spaCy model; the evidence unit tests build
the analysis data by hand (no model).
"""

from __future__ import annotations

from newsread.analysis import analyze
from newsread.analysis.model import Entity, Quote
from newsread.analysis.quotes.confidence import DOUBTFUL, features
from newsread.analysis.quotes.evidence import gather


def only_quote(nlp, text: str) -> Quote:
    (quote,) = [q for q in analyze(text, nlp=nlp).quotes if q.kind == "direct"]
    return quote


CLEAR = (
    "The council met on Monday to discuss the closure of the library.\n\n"
    '"We will fight this decision," said Margaret Holloway, who chairs the residents group.'
)
ONE_WOMAN = (
    "Margaret Holloway, who chairs the residents group, spoke at the meeting on Monday.\n\n"
    '"We will fight this decision," she said.'
)
# Two women named in the paragraph before "she": the engine must pick one, and may be wrong.
TWO_WOMEN = (
    "Margaret Holloway, who chairs the residents group, spoke at the meeting on Monday. "
    "Later, Ruth Ellison, a local teacher, handed in a petition.\n\n"
    '"We will fight this decision," she said.'
)
ONE_MAN = 'Daniel Price sat on the board when the bridge was planned.\n\n"It was the hardest vote of my life," he said.'
TWO_MEN = (
    "Daniel Price and Thomas Greene both sat on the board when the bridge was planned.\n\n"
    '"It was the hardest vote of my life," he said.'
)
# "they" after two people named: the engine gives it to the group named in passing.
THEY = (
    "The residents group and the council met on Monday. Ruth Ellison and Ada Stone handed in a petition.\n\n"
    '"We will fight this decision," they said.'
)


def test_a_speaker_named_with_said_is_sure(nlp):
    quote = only_quote(nlp, CLEAR)
    assert quote.speaker_name == "Margaret Holloway" and quote.resolved_via == "name"
    assert quote.speaker_confidence >= DOUBTFUL and not quote.doubtful
    named_by_title = only_quote(
        nlp, 'Mayor Daniel Price opened the new bridge on Friday.\n\n"This bridge will serve the town for a century," '
        "Price told reporters.")
    assert named_by_title.speaker_name == "Daniel Price" and named_by_title.speaker_confidence >= DOUBTFUL


def test_she_after_two_women_is_less_sure_than_after_one(nlp):
    clear, alone, ambiguous = (only_quote(nlp, t) for t in (CLEAR, ONE_WOMAN, TWO_WOMEN))
    assert alone.resolved_via == ambiguous.resolved_via == "pronoun"
    assert alone.speaker_name == "Margaret Holloway"
    assert ambiguous.speaker_name in ("Margaret Holloway", "Ruth Ellison")
    assert ambiguous.speaker_confidence < alone.speaker_confidence < clear.speaker_confidence


def test_he_after_two_men_is_less_sure_than_after_one(nlp):
    alone, ambiguous = only_quote(nlp, ONE_MAN), only_quote(nlp, TWO_MEN)
    assert alone.resolved_via == ambiguous.resolved_via == "pronoun"
    assert alone.speaker_name == "Daniel Price" and ambiguous.speaker_name in ("Daniel Price", "Thomas Greene")
    assert ambiguous.speaker_confidence < alone.speaker_confidence


def test_they_given_to_a_group_named_in_passing_is_doubtful(nlp):
    quote = only_quote(nlp, THEY)
    assert quote.resolved_via == "pronoun" and quote.speaker_name
    assert quote.doubtful and quote.speaker_confidence < DOUBTFUL


def test_words_with_nobody_to_say_them_score_near_zero(nlp):
    quote = only_quote(nlp, 'The bridge cost twelve million pounds.\n\n"It was worth every penny."')
    assert quote.speaker_name is None
    assert quote.speaker_confidence < 0.1
    assert not quote.doubtful  # unattributed, not a doubtful speaker


def test_every_item_of_the_seed_is_scored(seed_analysis):
    quotes = seed_analysis.quotes
    assert quotes and all(0.0 <= q.speaker_confidence <= 1.0 for q in quotes)
    assert not any(q.speaker_confirmed for q in quotes)  # only a user confirms
    assert {q.kind for q in quotes} >= {"direct", "indirect"}
    assert any(q.doubtful for q in quotes) and any(not q.doubtful and q.speaker_name for q in quotes)


# -- the evidence, on analysis data written by hand -------------------------------------------
TEXT = "Mr. Tom Hale spoke first. Anna Pike left early. Lena Ross stayed.\n\n\"Yes,\" she said."


def _person(name: str, actor: str) -> Entity:
    start = TEXT.index(name)
    return Entity(start, start + len(name), "PERSON", name, actor)


def _she_quote(speaker: str, name: str) -> Quote:
    s = TEXT.index('"Yes') + 1
    p = TEXT.index("she said")
    return Quote(s, s + 4, "Yes,", speaker, name, p, p + 3, "said", "pronoun")


def test_rivals_are_people_of_the_same_or_unknown_gender_only():
    labels = {"a1": "PERSON", "a2": "PERSON", "a3": "PERSON"}
    entities = [_person("Tom Hale", "a1"), _person("Anna Pike", "a2"), _person("Lena Ross", "a3")]
    (ev,) = gather(TEXT, entities, labels, [_she_quote("a3", "Lena Ross")])
    # Tom Hale is "Mr.": not a rival for "she"; Anna Pike is, named before Lena Ross's own mention
    assert (ev.via, ev.pronoun, ev.rivals, ev.rival_after) == ("pronoun", "she", 1, False)
    (ev,) = gather(TEXT, entities, labels, [_she_quote("a2", "Anna Pike")])
    # picking Anna Pike passes over Lena Ross, named after her: the nearest-name rule disagrees
    assert (ev.rivals, ev.rival_after) == (1, True)
    assert "via=pronoun&context=after/near" in features(ev)


def test_a_pronoun_for_an_organisation_is_evidence_against_it():
    labels = {"a1": "ORG"}
    start = TEXT.index("Tom Hale")
    entities = [Entity(start, start + 8, "ORG", "Tom Hale", "a1")]
    (ev,) = gather(TEXT, entities, labels, [_she_quote("a1", "Tom Hale")])
    assert "pronoun=person&misfits" in features(ev)
