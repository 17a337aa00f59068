"""People introduced by a role noun ("Fox News host X", "his counterpart X", "GOP pollster X"):
the role noun before a name is a person cue for the entity stage, and the same word, read by the
quote stage as a title, stays out of the speaker's name. Sentences written for the test, real model."""

from __future__ import annotations

import pytest

from newsread.analysis import analyze
from newsread.analysis.cue_words import PERSON_NOUNS
from newsread.analysis.lexicon import OCCUPATIONS, ROLE_NOUNS

PUB = "2016-05-10"


def labels(text, nlp):
    a = analyze(text, nlp=nlp, published=PUB)
    return {e.text: e.label for e in a.entities}, a


@pytest.mark.parametrize("role", ["host", "counterpart", "pollster", "pundit", "lobbyist", "moderator", "aide"])
def test_media_and_politics_roles_are_occupations_in_one_list(role):
    assert role in OCCUPATIONS and role in ROLE_NOUNS and role in PERSON_NOUNS


@pytest.mark.parametrize("role", ["nominee", "businessman", "billionaire", "incumbent"])
def test_roles_a_description_would_misresolve_are_entity_cues_only(role):
    # "the GOP nominee said" is often not the nearest name: no description for the quote stage.
    assert role in PERSON_NOUNS and role not in ROLE_NOUNS


def test_a_firebrand_named_after_the_role_is_a_person_not_a_product(nlp):
    ents, _ = labels(
        "That's where author and liberal firebrand Cornel West took the conversation. "
        "Filling in for Sanders at the same event, he spoke.",
        nlp,
    )
    assert ents.get("Cornel West") == "PERSON"


def test_a_tycoon_named_after_the_role_is_a_person(nlp):
    # The model files "Paul Singer" as an organisation here; "tycoon" is an entity cue only.
    ents, _ = labels("The hotel opened. Hedge fund tycoon Paul Singer bought the building.", nlp)
    assert ents.get("Paul Singer") == "PERSON"


def test_a_name_after_a_broadcasters_host_is_a_person_not_the_broadcaster(nlp):
    # The model files "Sean Hannity" with "Fox News" as an organisation; the role noun between
    # them makes it a person.
    ents, a = labels("The rally drew a crowd. Fox News host Sean Hannity praised the plan on Tuesday.", nlp)
    assert ents.get("Fox News") == "ORG"
    assert ents.get("Sean Hannity") == "PERSON"
    assert "Sean Hannity" in {x.name for x in a.actors if x.label == "PERSON"}


def test_a_debate_moderator_is_a_person(nlp):
    ents, _ = labels("The debate drew a record audience. Moderator questions came from NBC's anchor, "
                     "and debate moderator Lester Holt pressed both candidates.", nlp)
    assert ents.get("Lester Holt") == "PERSON"


def test_a_counterpart_named_after_the_role_is_a_whole_person(nlp):
    ents, _ = labels("Illinois lawmakers met. His counterpart Rahm Emanuel rejected the budget.", nlp)
    assert ents.get("Rahm Emanuel") == "PERSON"
    assert "Emanuel" not in ents  # not the surname alone


def test_role_words_before_a_team_or_a_firm_do_not_make_it_a_person(nlp):
    ents, _ = labels("Italy beat host Brazil 2-1 in the final on Sunday. Brazil had won the group.", nlp)
    assert ents.get("Brazil") == "GPE"
    ents, _ = labels("The incumbent Comcast faced new rivals. Comcast said prices would rise.", nlp)
    assert ents.get("Comcast") == "ORG"


def test_the_role_word_is_not_part_of_the_speakers_name(nlp):
    a = analyze(
        'The race tightened. "Voters are tired," said GOP pollster Frank Luntz on Tuesday.',
        nlp=nlp, published=PUB,
    )
    assert [q.speaker_name for q in a.quotes] == ["Frank Luntz"]
    # A later description by the new role word refers back to the person.
    a = analyze(
        "Brenna Tavish, a pollster, met the campaign on Monday. "
        '"Turnout will be low," the pollster said.',
        nlp=nlp, published=PUB,
    )
    assert [q.speaker_name for q in a.quotes] == ["Brenna Tavish"]
