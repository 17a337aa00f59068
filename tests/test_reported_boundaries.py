"""Where a reported content ends (#15): a spoken object keeps what modifies it (real spaCy model,
sentences written for these tests).

The parse often hangs a noun's prepositional phrase, or an 'as ...' said of the object, on the
verb of saying; the content is still the whole phrase. Time, place and medium stay out.
"""

from __future__ import annotations

import pytest

from newsread.analysis import analyze


def contents(nlp, text):
    return [(q.kind, q.text, q.speaker_name) for q in analyze(text, nlp=nlp).quotes]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("The singer Mara Lind announced her engagement to the drummer Tom Reyes on Friday.",
         "her engagement to the drummer Tom Reyes", "Mara Lind"),
        ("Senator Ada Whitcombe denied the charges against her in an interview on Monday.",
         "the charges against her", "Ada Whitcombe"),
        ("Governor Tomas Reyes recalled his opposition to the toll road.",
         "his opposition to the toll road", "Tomas Reyes"),
    ],
)
def test_a_spoken_object_keeps_its_prepositional_phrase(nlp, text, content, speaker):
    [(kind, got, who)] = contents(nlp, text)
    assert (kind, got) == ("indirect", content)
    assert speaker in who


def test_time_and_place_after_a_spoken_object_stay_out(nlp):
    [(_, got, _)] = contents(nlp, "Senator Ada Whitcombe announced her candidacy at a rally in Leeds.")
    assert got == "her candidacy"


@pytest.mark.parametrize(
    "text, content",
    [
        ("Lena Varga described the gala as Harbourtown celebrating itself.", "the gala as Harbourtown celebrating itself"),
        ("Lena Varga described the vote as voters were punishing the council.",
         "the vote as voters were punishing the council"),
    ],
)
def test_what_a_cue_says_of_its_object_in_an_as_clause(nlp, text, content):
    [(kind, got, _)] = contents(nlp, text)
    assert (kind, got) == ("indirect", content)


@pytest.mark.parametrize(
    "text, content",
    [
        ("The harbour board was told that the ferry service would end in May.",
         "that the ferry service would end in May"),
        ("It was widely reported that the mayor had resigned.", "that the mayor had resigned"),
    ],
)
def test_a_passive_report_names_no_speaker(nlp, text, content):
    """'was told that ...', 'it was reported that ...': speech whose speaker the text does not
    name; the passive subject is the one told, never the speaker."""
    [(kind, got, who)] = contents(nlp, text)
    assert (kind, got, who) == ("indirect", content, None)


def test_a_passive_participle_with_no_clause_is_no_report(nlp):
    assert contents(nlp, "The car was reported stolen on Tuesday.") == []
