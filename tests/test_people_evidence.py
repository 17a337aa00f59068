"""Who is a person, judged by evidence in the article (pronouns, person verbs, how the article
spells its words), on sentences written for the test."""

from __future__ import annotations

from newsread.analysis import analyze

PUB = "2021-03-10"


def people(text, nlp):
    a = analyze(text, nlp=nlp, published=PUB)
    return {x.name: x for x in a.actors if x.label == "PERSON"}, a


def test_common_words_in_a_headline_or_opening_a_sentence_are_not_people(nlp):
    # Headline words the article writes in lowercase are not names; the person in it is kept.
    ps, a = people(
        "Ortiz Warns Party Of Turnout Drop\n\nLena Ortiz, a pollster, warned the party on Tuesday. "
        "Ortiz said the drop was steep and that turnout warns of trouble.",
        nlp,
    )
    assert set(ps) == {"Lena Ortiz"}
    ps, _ = people(
        "Exit Polls Show Tight Race\n\nVoters waited for the exit polls on Tuesday, and Maria Keane, a "
        "pollster, said the race was close.",
        nlp,
    )
    assert set(ps) == {"Maria Keane"}
    # A gerund opening the sentence is not the person's forename.
    ps, a = people("Hosting Cook for the first time, the club served lunch. Cook arrived late and he apologised.", nlp)
    assert [(p.name, p.mentions) for p in ps.values()] == [("Cook", 2)]
    assert not any(e.text.startswith("Hosting") for e in a.entities)


def test_a_name_filed_as_an_organisation_that_takes_he_or_she_is_a_person(nlp):
    ps, _ = people("Kettering told the board he would resign. Kettering, who founded the firm, said he was proud.", nlp)
    assert set(ps) == {"Kettering"}
    # A full name tagged as an organisation and its surname as a place: one person.
    ps, a = people(
        "Nadia Petrova posted the clip on Chirper on Monday. The Chirper account has 40,000 followers. "
        "Petrova said she was surprised.",
        nlp,
    )
    assert set(ps) == {"Nadia Petrova"} and ps["Nadia Petrova"].mentions == 2
    assert [x.name for x in a.actors if x.label == "ORG"] == ["Chirper"]
    # The surname left untagged: its own pronoun and relative clause still count.
    ps, _ = people(
        "The song was written by Tamsin Vale. Vale, who sang it at the festival, said she wrote it in a week.", nlp
    )
    assert set(ps) == {"Tamsin Vale"}


def test_a_fictional_character_is_not_a_person_of_the_story(nlp):
    for text in (
        "The drama follows Ivy Marlowe, portrayed by Rafe Donnelly, a sea captain. Donnelly said the role changed his life.",
        "Rafe Donnelly is best known for his portrayal of Captain Ivy Marlowe in a long-running drama. "
        "Donnelly said the role changed his life.",
    ):
        ps, _ = people(text, nlp)
        assert set(ps) == {"Rafe Donnelly"}


def test_a_first_name_alone_after_the_full_name_is_that_person(nlp):
    # The full name is filed as an organisation, the forename alone as a person who takes "she".
    ps, a = people("Georgia Mills opened the bakery in 2010. Georgia said she had always wanted a shop of her own.", nlp)
    assert set(ps) == {"Georgia Mills"} and ps["Georgia Mills"].mentions == 2
    assert not [x for x in a.actors if x.label != "PERSON"]
    # A forename run into a place by the model is cut at the preposition, not dropped.
    ps, _ = people(
        "Jillian Soto, who lost her sister Victoria at Sandy Hook, spoke first. Soto said the families wanted answers.", nlp
    )
    assert set(ps) == {"Jillian Soto", "Victoria"}


def test_venues_and_shows_named_like_people_are_not_people(nlp):
    ps, a = people(
        '"We will rebuild," Lena Ortiz said, standing in front of a faded sign for the shuttered Halvorsen Plaza.', nlp
    )
    assert set(ps) == {"Lena Ortiz"}
    assert any(e.text == "Halvorsen Plaza" and e.label == "FAC" for e in a.entities)
    ps, _ = people(
        "His current series, Harbour Nights, drew two million viewers, and Rafe Donnelly said he was grateful.", nlp
    )
    assert set(ps) == {"Rafe Donnelly"}


def test_forename_and_surname_filed_as_an_organisation_is_the_person_named_by_the_surname():
    from newsread.analysis.label_harmony import harmonise_labels
    from newsread.analysis.model import Entity

    def ents(text, spans):
        return [Entity(text.index(s), text.index(s) + len(s), label, s) for s, label in spans]

    text = "Voters thanked Halvard Brenne on Monday. Brenne said he would stay."
    es = ents(text, [("Halvard Brenne", "ORG"), ("Brenne", "PERSON")])
    harmonise_labels(es, text)
    assert [e.label for e in es] == ["PERSON", "PERSON"]
    # Not after "the" (a movement named after someone), not a word the article writes in lowercase.
    for text, name in (
        ("The Stop Brenne movement grew. Brenne said he would stay.", "Stop Brenne"),
        ("Voters came to Halt Brenne rallies, hoping to halt the plan. Brenne said he would stay.", "Halt Brenne"),
    ):
        es = ents(text, [(name, "ORG"), ("Brenne", "PERSON")])
        harmonise_labels(es, text)
        assert es[0].label == "ORG"
