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

