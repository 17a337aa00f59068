"""Context cues for entity spans and labels (entity_cues.py), on sentences written for the test,
through the real model. Each test states the expected result, whatever the model tagged first."""

from __future__ import annotations

import pytest

from newsread.analysis import analyze
from newsread.analysis.names import quoted_nickname, same_forename

PUB = "2024-05-02"


def people(a):
    return {x.name: x for x in a.actors if x.label == "PERSON"}


def actor(a, word):
    """The actor whose name or an alias contains ``word``."""
    hits = [x for x in a.actors if any(word in n for n in [x.name, *x.aliases])]
    assert hits, f"no actor for {word!r} in {a.actors}"
    return hits[0]


def check_offsets(a):
    for e in a.entities:
        assert a.text[e.start : e.end] == e.text


# -- spans ------------------------------------------------------------------------------------


def test_quoted_nickname_gives_full_name_and_alias(nlp):
    text = (
        "Rick Sorensen to step down as harbour master\n\n"
        'HOLTVILLE, Ind. — Richard "Rick" Sorensen has run the harbour for two decades. '
        'Sorensen said he would miss the boats. "It is time," Rick Sorensen said.'
    )
    a = analyze(text, nlp=nlp, published=PUB)
    check_offsets(a)
    assert any(e.text == 'Richard "Rick" Sorensen' and e.label == "PERSON" for e in a.entities)
    found = [x for x in a.actors if "Sorensen" in x.name]
    assert len(found) == 1 and found[0].label == "PERSON"
    assert found[0].name == "Richard Sorensen"
    assert "Rick Sorensen" in found[0].aliases


def test_common_nickname_joins_the_full_forename(nlp):
    text = "William Hartnell opened the bakery in 1990. Customers still call him Bill Hartnell, and Hartnell likes it."
    a = analyze(text, nlp=nlp, published=PUB)
    ps = [x for x in a.actors if x.label == "PERSON" and "Hartnell" in x.name]
    assert len(ps) == 1 and ps[0].name == "William Hartnell"


def test_surname_particles_belong_to_the_surname(nlp):
    text = (
        "Hendrik van der Veen, the Dutch trade envoy, arrived on Tuesday. "
        "“We know what it means when the river decides for you,” Van der Veen said."
    )
    a = analyze(text, nlp=nlp, published=PUB)
    check_offsets(a)
    p = actor(a, "Veen")
    assert p.label == "PERSON" and p.name == "Hendrik van der Veen"
    assert "Veen" not in p.aliases
    assert not any(e.text == "Veen" for e in a.entities)


def test_institution_name_takes_the_capitalised_words_before_its_head(nlp):
    text = "A spokesman for Greyholt Borough Council said the road would reopen on Friday."
    a = analyze(text, nlp=nlp, published=PUB)
    check_offsets(a)
    assert "Council" not in " ".join(people(a))
    council = actor(a, "Council")
    assert council.label == "ORG" and council.name == "Greyholt Borough Council"


# -- datelines --------------------------------------------------------------------------------


def test_all_capitals_dateline_is_a_place_and_so_is_the_name_later(nlp):
    text = (
        "Mill closes after a century\n\n"
        "CARVERTON FALLS, Ore. — The last paper mill here shut its gates on Monday.\n\n"
        "Carverton Falls had 900 mill jobs in 1980, workers said."
    )
    a = analyze(text, nlp=nlp, published=PUB)
    check_offsets(a)
    assert not any("carverton" in n.lower() for n in people(a))
    line = next(e for e in a.entities if e.text == "CARVERTON FALLS")
    assert line.label == "GPE"


def test_agency_dateline_is_a_place(nlp):
    a = analyze("OSTRAVEN (Wireline) - Dockers at Ostraven walked out on Monday.", nlp=nlp, published=PUB)
    assert next(e for e in a.entities if e.text == "OSTRAVEN").label == "GPE"
    assert next(e for e in a.entities if e.text == "Wireline").label == "ORG"
    assert not people(a)


def test_all_capitals_headline_is_not_a_dateline(nlp):
    from newsread.analysis.entity_cues import dateline_span

    assert dateline_span(nlp("PRICES RISE, SHOPPERS SAY")) is None
    assert dateline_span(nlp("LONDON, May 2 — Prices rose.")) == (0, 1)
    assert dateline_span(nlp("The LONDON office, people said.")) is None
    assert dateline_span(nlp("JANE DOE, Staff Writer\nThe council met on Monday.")) is None


# -- organisations ----------------------------------------------------------------------------


def test_company_by_appositive_and_it(nlp):
    text = (
        "Parcelo, the parcel locker app, said on Tuesday it would close 40 depots. "
        "“We owe a lot to everyone who helped build Parcelo,” the company said. "
        "A spokeswoman for Parcelo declined to comment."
    )
    a = analyze(text, nlp=nlp, published=PUB)
    assert "Parcelo" not in people(a)
    assert actor(a, "Parcelo").label == "ORG"


def test_organisation_noun_before_or_after_the_name(nlp):
    text = (
        "Rates were cut by Danish carrier Holmvik Line, according to Lars Eggen, its director. "
        "He told the Oberlander Anzeiger newspaper that more cuts could follow."
    )
    a = analyze(text, nlp=nlp, published=PUB)
    ps = people(a)
    assert not any("Holmvik" in n or "Anzeiger" in n for n in ps)
    assert any("Eggen" in n for n in ps)


# -- places -----------------------------------------------------------------------------------


def test_place_cues_conjoined_place_and_mayor_of(nlp):
    text = (
        "Freighters were sent on to Brakmund and Hamburg instead. "
        "“We will rebuild the quay,” said Fenwick Mayor Tessa Lund. Fenwick, Ore., has 8,000 people."
    )
    a = analyze(text, nlp=nlp, published=PUB)
    ps = people(a)
    assert "Brakmund" not in ps and "Fenwick" not in ps
    assert "Tessa Lund" in ps


# -- people -----------------------------------------------------------------------------------


def test_person_after_a_role_noun_or_with_a_who_appositive(nlp):
    text = (
        "“Who will shout at us now?” asked junior quarterback Eli Strand. "
        "He learned the craft from Emil Vogt, a Swiss watchmaker who came to Maine after the war with one suitcase."
    )
    a = analyze(text, nlp=nlp, published=PUB)
    ps = people(a)
    assert "Eli Strand" in ps and "Emil Vogt" in ps


def test_who_right_after_the_comma_and_more_role_nouns(nlp):
    text = (
        "“Who will carry the flag?” asked senior guard Bo Tindle. "
        "The song was written by Ivo Brask, who later moved to Oslo."
    )
    a = analyze(text, nlp=nlp, published=PUB)
    ps = people(a)
    assert "Bo Tindle" in ps and "Ivo Brask" in ps
    assert actor(a, "Oslo").label == "GPE"


def test_people_with_weak_non_person_cues_stay_people(nlp):
    text = (
        "Maria Castell, who chairs the board, spoke in Lisbon. Castell said it would take years. "
        "In Castell's view, the cuts were overdue, and Castell said she would stay. "
        "Ms. Ortiz, her deputy, said it would be fine. Ortiz's husband agreed."
    )
    a = analyze(text, nlp=nlp, published=PUB)
    assert "Maria Castell" in people(a)
    assert all(e.label == "PERSON" for e in a.entities if "Castell" in e.text or "Ortiz" in e.text)


@pytest.mark.parametrize(
    "a,b,same",
    [("Pat", "Patrick", True), ("patrick", "Pat", True), ("Liz", "Elizabeth", True), ("Bob", "Robert", True),
     ("Pat", "Peter", False), ("Anna", "Anne", False)],
)
def test_same_forename_table(a, b, same):
    assert same_forename(a, b) is same


def test_quoted_nickname_parsing():
    assert quoted_nickname('Robert "Bobby" Kline') == "Bobby Kline"
    assert quoted_nickname("Robert “Bobby” Kline") == "Bobby Kline"
    assert quoted_nickname("Robert Kline") is None


def test_untagged_mentions_of_a_tagged_organisation_are_mentions(nlp):
    text = (
        "Shares of Grocerly fell on Monday. A spokesman for Grocerly said the cuts were final. "
        "Grocerly Chief Executive Mara Holt told analysts the company would recover. "
        "Workers at Grocerly were told by email. The PFAS rules and the FBI were not discussed."
    )
    a = analyze(text, nlp=nlp, published=PUB)
    check_offsets(a)
    org = actor(a, "Grocerly")
    assert org.label == "ORG"
    assert [e.text for e in a.entities if e.actor == org.id] == ["Grocerly"] * 4
    assert "Mara Holt" in people(a)


def test_one_weak_cue_does_not_unmake_a_person_nor_a_club(nlp):
    text = (
        "Investors lost faith in Castellano after the vote. “Fine,” Castellano said. "
        "The Birchwood Rowing Club, who organised the race, thanked volunteers. "
        'Shipping on the "Great" Lakes was slow. The "Big" Show returns on Friday.'
    )
    a = analyze(text, nlp=nlp, published=PUB)
    assert "Castellano" in people(a)
    assert "Birchwood Rowing Club" not in people(a)
    assert not any('"' in e.text for e in a.entities if e.label == "PERSON")


def test_state_abbreviation_after_a_comma_is_a_place_cue_but_name_suffixes_are_not(nlp):
    from newsread.analysis.entity_cues import cues

    doc = nlp("Residents of Fenwick, Ore., voted. Dana Ruiz, M.D., and Carl Ruiz, Esq., spoke.")
    toks = [t.text for t in doc]
    fenwick = toks.index("Fenwick")
    assert cues(doc, fenwick, fenwick + 1, set())["GPE"] >= 2
    for k in [i for i, t in enumerate(toks) if t == "Ruiz"]:
        assert cues(doc, k, k + 1, set())["GPE"] == 0


def test_appositive_head_is_the_noun_before_its_prepositional_phrase(nlp):
    text = (
        "“It is the right call,” said Fiona McBride, an analyst at the bank. "
        "McBride said she expected more closures. Councillor Amir Zaman agreed."
    )
    a = analyze(text, nlp=nlp, published=PUB)
    ps = people(a)
    assert "Fiona McBride" in ps and "Amir Zaman" in ps
    assert not any("McBride" in x.name for x in a.actors if x.label != "PERSON")


def test_organisation_with_strong_place_cues_is_a_place_and_schools_are_organisations(nlp):
    text = (
        "Residents in Elm Hollow and Tontiburg were also flooded. "
        "Tontiburg Mayor Ray Ledwick said he welcomed the wall. "
        "Coach Lou Harmon of Pinecrest High said his players filled sandbags."
    )
    a = analyze(text, nlp=nlp, published=PUB)
    assert actor(a, "Tontiburg").label == "GPE"
    assert "Ray Ledwick" in people(a) and "Lou Harmon" in people(a)
    assert not any("Pinecrest" in n for n in people(a))
    c = analyze(
        "Residents in Elm Hollow and Brenville were also affected. Brenville Mayor Ray Ledwick said he welcomed the wall.",
        nlp=nlp, published=PUB,
    )
    assert actor(c, "Brenville").label == "GPE"
    # An organisation conjoined with a place stays an organisation.
    b = analyze("Talks between Hezbollah and Israel stalled on Monday, officials in Beirut said.", nlp=nlp, published=PUB)
    assert all(x.label != "GPE" for x in b.actors if x.name == "Hezbollah")


def test_chief_executive_after_a_name_and_institution_at_sentence_start(nlp):
    text = (
        "Parcelo Chief Executive Mara Holt told analysts the cuts were final. Parcelo's chief executive "
        "later apologised. Eden Marsh District Council said the depot could stay."
    )
    a = analyze(text, nlp=nlp, published=PUB)
    assert "Parcelo" not in people(a) and "Mara Holt" in people(a)
    council = actor(a, "Council")
    assert council.label == "ORG" and council.name == "Eden Marsh District Council"


def test_single_name_tagged_person_once_and_place_once_follows_the_person_cues(nlp):
    text = "The president met Brazil's Lula in Jakarta on Monday. Lula, who arrived from Brasilia, said he was hopeful."
    a = analyze(text, nlp=nlp, published=PUB)
    lula = [x for x in a.actors if x.name == "Lula"]
    assert len(lula) == 1 and lula[0].label == "PERSON"


def test_more_place_and_organisation_cues(nlp):
    from newsread.analysis.entity_cues import cues

    doc = nlp("Delays grew at Marsby's harbour. The Wexford Clarion reported the strike. "
              "Dunmore said in a statement that talks would resume. Trellis cut its forecast on Monday.")
    toks = [t.text for t in doc]

    def cue(word):
        k = toks.index(word)
        return cues(doc, k, k + 1, set())

    assert cue("Marsby")["GPE"] >= 2
    k = toks.index("Wexford")
    assert cues(doc, k, k + 2, set())["ORG"] >= 2
    assert cue("Dunmore")["ORG"] >= 1 and cue("Trellis")["ORG"] >= 1
    doc = nlp("Ms. Vance cut her forecast, and Vance said she would resign.")
    k = [t.text for t in doc].index("Vance")
    assert cues(doc, k, k + 1, set())["ORG"] == 0
