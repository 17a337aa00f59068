"""Group speakers named from the organisation's full name (real spaCy model, own sentences)."""

from __future__ import annotations

from newsread.analysis import analyze


def first_speaker(nlp, text):
    return analyze(text, nlp=nlp).direct_quotes()[0].speaker_name


def test_researchers_at_short_org_name_take_the_full_name(nlp):
    text = (
        "The study was led by the Marlow Institute of Ecology.\n\n"
        'Researchers at the Marlow Institute said: "The decline is alarming."'
    )
    assert first_speaker(nlp, text) == "Marlow Institute of Ecology researchers"


def test_org_modifier_group_takes_the_full_name(nlp):
    text = (
        "The study was led by the Marlow Institute of Ecology.\n\n"
        'Marlow Institute researchers said: "The decline is alarming."'
    )
    assert first_speaker(nlp, text) == "Marlow Institute of Ecology researchers"


def test_group_at_org_takes_the_written_full_name(nlp):
    text = (
        'Economists at the Central Reserve Bank of Peru said growth could slow. '
        '"Uncertainty is the enemy," the economists said.'
    )
    assert first_speaker(nlp, text) == "Central Reserve Bank of Peru economists"


def test_her_office_speaks_for_her(nlp):
    text = (
        "Congress voted on Thursday to remove President Dina Ruiz.\n\n"
        'Ruiz did not attend. In a statement, her office called the vote "a coup in slow motion."'
    )
    assert first_speaker(nlp, text) == "Dina Ruiz"


def test_the_company_is_the_firm_named_after_an_org_noun(nlp):
    text = (
        "Grocery delivery firm Basketly said on Monday it would cut 400 jobs.\n\n"
        '"These are difficult decisions," the company said in a statement.'
    )
    assert first_speaker(nlp, text) == "Basketly"


def test_a_seat_of_government_speaking_is_an_organisation(nlp):
    """'Downing Street described ...' creates a speaker actor: the government, never a person."""
    text = (
        "The bill passed on Tuesday.\n\n"
        "Downing Street later described the result as \u201ca clear mandate\u201d."
    )
    a = analyze(text, nlp=nlp)
    (q,) = a.direct_quotes()
    assert q.speaker_name == "Downing Street"
    assert a.actor(q.speaker).label == "ORG"
