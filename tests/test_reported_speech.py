"""Reported speech (#15): each cue family on sentences written for these tests (real spaCy model).

Every attribution is one item with a kind: direct (quoted words), mixed (reported content that
holds quoted words, carried as ``quoted`` parts) or indirect; the speaker is resolved to a named
actor as for direct quotes. Beliefs and findings are not speech.
"""

from __future__ import annotations

import pytest

from newsread.analysis import analyze


def speech(nlp, text):
    """(kind, content, speaker name) of every item, in text order."""
    return [(q.kind, q.text, q.speaker_name) for q in analyze(text, nlp=nlp).quotes]


def item(nlp, text, needle):
    """The one item whose content holds ``needle``."""
    found = [x for x in speech(nlp, text) if needle in x[1]]
    assert len(found) == 1, (needle, speech(nlp, text))
    return found[0]


@pytest.mark.parametrize(
    "text, needle, content, speaker",
    [
        # a clause after the cue, with and without "that", in several tenses and voices
        ("Mayor Ines Okafor said the new bridge would open in the spring.",
         "bridge", "the new bridge would open in the spring", "Ines Okafor"),
        ("Councillor Bram Teller has argued that the library should stay open on Sundays.",
         "library", "that the library should stay open on Sundays", "Bram Teller"),
        ("The harbour will close for two weeks, the port director, Lena Varga, said on Monday.",
         "harbour", "The harbour will close for two weeks", "Lena Varga"),
        ("Coach Pavel Dorn told reporters that his team had trained twice a day.",
         "trained", "that his team had trained twice a day", "Pavel Dorn"),
        ("Senator Ada Whitcombe tweeted that the vote had been postponed.",
         "postponed", "that the vote had been postponed", "Ada Whitcombe"),
        ("Ruth Calder, the union's leader, said in a statement that the strike would go ahead.",
         "strike", "that the strike would go ahead", "Ruth Calder"),
    ],
)
def test_a_clause_governed_by_a_verb_of_saying(nlp, text, needle, content, speaker):
    kind, got, who = item(nlp, text, needle)
    assert (kind, got) == ("indirect", content)
    assert who and speaker in who


def test_according_to_attributes_the_clause_it_stands_in(nlp):
    text = "Ticket sales fell by a third last year, according to the festival director, Omar Haddad."
    assert item(nlp, text, "Ticket") == ("indirect", "Ticket sales fell by a third last year", "Omar Haddad")


@pytest.mark.parametrize(
    "text, needle, content",
    [
        ("Governor Tomas Reyes called for a ban on fireworks near the forest.", "fireworks",
         "a ban on fireworks near the forest"),
        ("Mira Soto accused the council of ignoring the flood warnings.", "flood",
         "the council of ignoring the flood warnings"),
        ("Minister Farid Nouri denied the reports of a secret deal with the airline.", "airline",
         "the reports of a secret deal with the airline"),
        ("Director Helen Maas urged the residents to leave their homes before dark.", "residents",
         "the residents to leave their homes before dark"),
    ],
)
def test_cues_with_an_object_a_preposition_or_an_infinitive(nlp, text, needle, content):
    kind, got, who = item(nlp, text, needle)
    assert (kind, got) == ("indirect", content)
    assert who is not None and who.split()[-1] in text.split()[1:3]


def test_was_quoted_as_saying_gives_the_passive_subject(nlp):
    text = "Admiral Rhea Lund was quoted as saying that the fleet would stay in port."
    assert item(nlp, text, "fleet") == ("indirect", "that the fleet would stay in port", "Rhea Lund")


def test_a_pronoun_and_an_organisation_speak_as_for_direct_quotes(nlp):
    text = (
        "Dana Whitfield runs the shelter on Mill Road.\n\n"
        "She said the shelter needed twenty more beds before winter.\n\n"
        "The Harbor Water Authority said that the pipes would be replaced by June."
    )
    assert item(nlp, text, "twenty")[2] == "Dana Whitfield"
    assert "Harbor Water Authority" in item(nlp, text, "pipes")[2]


def test_a_headline_colon_reports_the_named_speaker(nlp):
    text = "Okafor: The new bridge will open in spring\n\nMayor Ines Okafor visited the site on Friday."
    assert item(nlp, text, "bridge") == ("indirect", "The new bridge will open in spring", "Ines Okafor")


def test_a_post_signed_after_a_dash(nlp):
    text = (
        "Mayor Ines Okafor posted a message on Friday night.\n\n"
        "The bridge stays closed until the inspectors are done — Ines Okafor (@inesokafor) May 3, 2024"
    )
    kind, got, who = item(nlp, text, "inspectors")
    assert kind == "indirect" and got.startswith("The bridge stays closed") and who == "Ines Okafor"


def test_quoted_words_inside_reported_speech_make_one_mixed_item(nlp):
    text = 'Mayor Ines Okafor said the closure was "a disaster for every shop on the street" and had to end.'
    a = analyze(text, nlp=nlp)
    assert [q.kind for q in a.quotes] == ["mixed"]  # not also a separate direct item
    (q,) = a.quotes
    assert q.text.startswith("the closure was") and q.speaker_name == "Ines Okafor"
    (part,) = q.quoted
    assert text[part["start"] : part["end"]] == "a disaster for every shop on the street"
    # the direct view (what the direct-quote scorer reads) still has the quoted words, with the speaker
    assert [(d.text, d.speaker_name) for d in a.direct_quotes()] == [
        ("a disaster for every shop on the street", "Ines Okafor")
    ]


def test_a_content_that_is_only_a_quotation_stays_direct(nlp):
    text = '"We will rebuild the market hall," Mayor Ines Okafor said on Tuesday.'
    assert speech(nlp, text) == [("direct", "We will rebuild the market hall,", "Ines Okafor")]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ines Okafor thinks the bridge will open in the spring.",
        "Councillor Bram Teller wants the library to stay open on Sundays.",
        "A study by the Marlow Institute found that the river was cleaner than a decade ago.",
        "Most residents believe that the harbour should stay open.",
    ],
)
def test_beliefs_wishes_and_findings_are_not_speech(nlp, text):
    assert speech(nlp, text) == []


def test_a_modifier_participle_is_not_an_attribution(nlp):
    # "accused" describes the man; nobody is reported as accusing anyone
    assert speech(nlp, "The police released a driver accused of speeding through the village.") == []


MIXED_TEXT = (
    "Mayor Ines Okafor visited the market on Tuesday.\n\n"
    'She said the closure was "a disaster for every shop on the street" and had to end.\n\n'
    '"We will rebuild the market hall," Okafor added.\n\n'
    "According to the council, the repairs will cost two million pounds.\n"
)


def test_every_kind_validates_against_the_schema(nlp):
    import json
    from pathlib import Path

    import jsonschema

    data = analyze(MIXED_TEXT, nlp=nlp).to_dict()
    assert {q["kind"] for q in data["quotes"]} == {"direct", "mixed", "indirect"}
    jsonschema.validate(data, json.loads((Path(__file__).parent / "analysis.schema.json").read_text()))
    # a document written before kinds existed still validates and loads as direct quotes
    for q in data["quotes"]:
        del q["kind"], q["quoted"]
    jsonschema.validate(data, json.loads((Path(__file__).parent / "analysis.schema.json").read_text()))


def test_exports_carry_the_kind(tmp_path, monkeypatch, capsys):
    import csv
    import io
    import json

    from newsread.cli import main

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    article = tmp_path / "market.txt"
    article.write_text(MIXED_TEXT, encoding="utf-8")
    assert main(["export", str(article), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    kinds = {r["quote"][:20]: r["kind"] for r in rows}
    assert kinds["the closure was \"a d"] == "mixed"
    assert kinds["We will rebuild the "] == "direct"
    assert kinds["the repairs will cos"] == "indirect"
    assert main(["export", str(article), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    (mixed,) = [q for r in records for q in r["quotes"] if q["kind"] == "mixed"]
    record = next(r for r in records if mixed in r["quotes"])
    (part,) = mixed["quoted"]
    assert record["text"][part["start"] : part["end"]] == "a disaster for every shop on the street"
    assert mixed["speaker"] == "Ines Okafor"
