"""Actors: alias merging and the ActorTable interface, on sentences written for the test."""

from __future__ import annotations

from newsread.analysis import analyze
from newsread.analysis.actors import ActorTable, build_actors
from newsread.analysis.entities import extract_entities
from newsread.analysis.pipeline import parse
from newsread.article import article_from_text

PUB = "2021-03-10"


def table_for(text, nlp):
    parsed = parse(article_from_text(text), nlp)
    entities = extract_entities(parsed)
    return build_actors(parsed, entities), entities


def people(a):
    return [x for x in a.actors if x.label == "PERSON"]


def test_surname_joins_full_name_and_titles_are_not_names(nlp):
    text = (
        "Finance Minister Anna Kowalczyk met Portuguese President Marcelo Duarte in Lisbon on Monday. "
        "Kowalczyk said the talks went well, and President Duarte agreed."
    )
    a = analyze(text, nlp=nlp, published=PUB)
    names = {p.name: p for p in people(a)}
    assert set(names) == {"Anna Kowalczyk", "Marcelo Duarte"}
    assert names["Anna Kowalczyk"].aliases == ["Anna Kowalczyk", "Kowalczyk"]
    assert names["Anna Kowalczyk"].mentions == 2
    assert "Duarte" in names["Marcelo Duarte"].aliases
    assert [x.id for x in a.actors] == [f"a{i + 1}" for i in range(len(a.actors))]


def test_short_form_before_the_full_name_joins_it(nlp):
    text = "Kowalczyk wins vote\n\nWarsaw mayor Anna Kowalczyk won the vote on Sunday. Kowalczyk thanked her supporters."
    a = analyze(text, nlp=nlp, published=PUB)
    (p,) = people(a)
    assert p.name == "Anna Kowalczyk" and set(p.aliases) == {"Kowalczyk", "Anna Kowalczyk"}
    assert p.mentions == 3


def test_shared_surname_does_not_crash_or_merge_two_people(nlp):
    text = "Hunter Biden and Jill Biden arrived at the White House. Biden waved to the crowd."
    a = analyze(text, nlp=nlp, published=PUB)
    ps = people(a)
    assert sorted(p.name for p in ps) == ["Hunter Biden", "Jill Biden"]
    # The shared short form is attached to one of them but listed as an alias of neither.
    bare = [e for e in a.entities if e.text == "Biden"]
    assert bare and bare[0].actor in {p.id for p in ps}
    assert all("Biden" not in p.aliases for p in ps)


def test_acronym_merges_with_the_name_by_initials_or_definition(nlp):
    a = analyze("The United Nations said on Monday that UN staff would leave.", nlp=nlp, published=PUB)
    (un,) = [x for x in a.actors if x.label == "ORG"]
    assert un.name == "United Nations" and set(un.aliases) == {"United Nations", "UN"}

    table, _ = table_for("Fighters of Hayat Tahrir al-Sham (HTS) hold the town. HTS said it would stay.", nlp)
    hts = table.add("Hayat Tahrir al-Sham", "ORG")
    assert table.lookup("HTS", "ORG") is hts


def test_transliteration_variants_of_a_surname_merge(nlp):
    a = analyze("President Zelenskyy met Volodymyr Zelensky's advisers.", nlp=nlp, published=PUB)
    (p,) = people(a)
    assert p.name == "Volodymyr Zelensky"
    assert {e.actor for e in a.entities if e.label == "PERSON"} == {p.id}


def test_lookup_ignores_titles_possessives_and_the(nlp):
    table, _ = table_for("Michael Okafor, a spokesman for the International Red Cross, said aid arrived.", nlp)
    okafor = table.lookup("Michael Okafor")
    assert okafor is not None and okafor.label == "PERSON"
    assert table.lookup("Mr. Okafor's") is okafor
    assert table.lookup("okafor", "PERSON") is okafor
    assert table.lookup("Michael") is okafor  # forename
    assert table.lookup("Okafor", "ORG") is None
    red_cross = table.lookup("the International Red Cross’s")
    assert red_cross is not None and red_cross.label == "ORG"
    assert table.lookup("Jane Smith") is None


def test_add_creates_or_extends_actors(nlp):
    table, _ = table_for("Michael Okafor said aid arrived in Aleppo.", nlp)
    n = len(table.actors)
    okafor = table.add("Spokesman Okafor", "PERSON")
    assert okafor.name == "Michael Okafor" and "Okafor" in okafor.aliases and len(table.actors) == n
    gov = table.add("The Syrian government", "ORG")
    assert gov.name == "Syrian government" and gov.id == f"a{n + 1}"
    assert table.lookup("the Syrian government’s") is gov
    assert table.add("Syrian government", "ORG") is gov


def test_actor_at_and_mentions(nlp):
    text = "Michael Okafor said aid arrived. Later Okafor left Aleppo."
    table, entities = table_for(text, nlp)
    okafor = table.lookup("Okafor")
    i = text.index("Okafor", 20)
    assert table.actor_at(i, i + 3) is okafor
    assert table.actor_at(text.index("aid"), text.index("aid") + 3) is None
    assert [e.text for e in table.mentions(okafor.id)] == ["Michael Okafor", "Okafor"]


def test_empty_table():
    t = ActorTable()
    assert t.lookup("Anyone") is None and t.actor_at(0, 5) is None and t.mentions("a1") == []
    a = t.add("Ms Jane Roe", "PERSON")
    assert (a.id, a.name) == ("a1", "Jane Roe")
    assert t.lookup("Roe") is a and t.lookup("Jane") is a


def test_suffix_surname_and_a_relative_with_the_same_surname(nlp):
    text = (
        "Martin Luther King Jr. spoke in Washington in 1963. King's speech inspired millions. "
        "Coretta Scott King later recalled the day."
    )
    a = analyze(text, nlp=nlp, published=PUB)
    names = {p.name: p for p in people(a)}
    assert set(names) == {"Martin Luther King Jr.", "Coretta Scott King"}
    assert names["Martin Luther King Jr."].mentions == 2
    assert names["Coretta Scott King"].mentions == 1


def test_untagged_surname_of_a_known_person_is_a_mention(nlp):
    text = "The envoy, Marta Lindqvist, was recalled in May. Ms. Lindqvist said she felt threatened. Lindqvist later resigned."
    a = analyze(text, nlp=nlp, published=PUB)
    (p,) = people(a)
    assert p.mentions == 3
    assert [e.text for e in a.entities if e.actor == p.id] == ["Marta Lindqvist", "Lindqvist", "Lindqvist"]


def test_company_legal_suffix_is_optional(nlp):
    a = analyze("Orbital Systems Inc. said on Tuesday that profits fell. Orbital Systems shares dropped.", nlp=nlp, published=PUB)
    (org,) = [x for x in a.actors if x.label == "ORG"]
    assert org.name == "Orbital Systems Inc." and org.mentions == 2


from hypothesis import given, settings, strategies as st


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=25), st.sampled_from(["PERSON", "ORG", "GPE", "NORP"])), max_size=8))
def test_table_add_and_lookup_never_crash(items):
    t = ActorTable()
    for name, label in items:
        a = t.add(name, label)
        assert a in t.actors
        t.lookup(name)
        t.lookup(name, label)
    assert [a.id for a in t.actors] == [f"a{i + 1}" for i in range(len(t.actors))]


def test_shared_surname_goes_to_the_person_with_the_same_title(nlp):
    text = (
        "Mrs Edith Carrow, 84, has lived on the street for decades. Mrs Carrow says the hall matters. "
        "Her son, Dr Owen Carrow, a dentist, started a petition. "
        "The council rejected the plan, which Dr Carrow called a disgrace."
    )
    a = analyze(text, nlp=nlp, published=PUB)
    owen = next(x for x in a.actors if x.name == "Owen Carrow")
    last = [e for e in a.entities if e.text == "Carrow"][-1]
    assert last.actor == owen.id


def test_one_word_organisation_joins_the_longer_name_it_starts(nlp):
    text = (
        "The operator, Brantmoor Freight Group, said it had made an offer. "
        "Shares in Brantmoor fell 2% on Tuesday. Brantmoor said it would keep the depots open."
    )
    a = analyze(text, nlp=nlp, published=PUB)
    orgs = [x for x in a.actors if "Brantmoor" in x.name]
    assert len(orgs) == 1 and orgs[0].name == "Brantmoor Freight Group"
    assert "Brantmoor" in orgs[0].aliases


def test_a_bare_nickname_joins_the_one_person_with_that_forename(nlp):
    a = analyze("Patricia Moore chairs the residents' group. Trish said the vote was close.", nlp=nlp, published="2024-05-02")
    people = [x for x in a.actors if x.label == "PERSON"]
    assert [x.name for x in people] == ["Patricia Moore"]
    assert "Trish" in people[0].aliases
    a = analyze('Beatrice "Bea" Holloway runs the shop. Bea said the first year was hard.', nlp=nlp, published="2024-05-02")
    assert [x.name for x in a.actors if x.label == "PERSON"] == ["Beatrice Holloway"]


def test_a_bare_nickname_of_two_people_or_of_its_own_joins_nobody(nlp):
    a = analyze("Rebecca Stone and Rebecca Lyle both ran. Bex said she was tired.", nlp=nlp, published="2024-05-02")
    assert {x.name for x in a.actors if x.label == "PERSON"} >= {"Rebecca Stone", "Rebecca Lyle"}
    assert not any("Bex" in x.aliases for x in a.actors if x.name.startswith("Rebecca"))
    a = analyze("John Reed spoke first. Jack said he disagreed.", nlp=nlp, published="2024-05-02")
    assert not any("Jack" in x.aliases for x in a.actors if x.name == "John Reed")


def test_particle_surname_in_any_case_is_one_person(nlp):
    # The model tags the full name and the capitalised short form as organisations here.
    text = (
        "Dutch farmer wins appeal\n\nNiels de Boer, a dairy farmer from Friesland, won his appeal on "
        "Tuesday. De Boer said the ruling was fair. The court agreed with de Boer on every point."
    )
    a = analyze(text, nlp=nlp, published=PUB)
    boer = [x for x in a.actors if "Boer" in x.name]
    assert [(x.name, x.label) for x in boer] == [("Niels de Boer", "PERSON")]
    assert boer[0].mentions == 3
    assert {e.actor for e in a.entities if "Boer" in e.text} == {boer[0].id}
    # One alias per spelling, whatever its case at a sentence start.
    assert sorted(boer[0].aliases, key=str.casefold) == ["De Boer", "Niels de Boer"]


def test_non_breaking_space_inside_a_name_does_not_split_the_person(nlp):
    # The only full mention has a non-breaking space between forename and surname.
    text = "The mayor, Anna\u00a0Kowalczyk, opened the bridge. Kowalczyk waved to the crowd."
    a = analyze(text, nlp=nlp, published=PUB)
    assert [(p.name, p.mentions) for p in people(a)] == [("Anna Kowalczyk", 2)]
    (full,) = [e for e in a.entities if e.text.startswith("Anna")]
    assert full.text == "Anna\u00a0Kowalczyk" and full.label == "PERSON"


def test_father_and_son_of_the_same_name_stay_two_people(nlp):
    text = (
        "Senator Lukas Brandt met his son on Monday. Lukas Brandt Jr. said his father had taught "
        "him everything. Lukas Brandt smiled."
    )
    a = analyze(text, nlp=nlp, published=PUB)
    assert sorted((p.name, p.mentions) for p in people(a)) == [("Lukas Brandt", 2), ("Lukas Brandt Jr.", 1)]
    # One generation only: the suffix is part of the one name, as before.
    a = analyze("Martin Luther King Jr. spoke in Memphis. King said the struggle would go on.", nlp=nlp, published=PUB)
    assert [(p.name, p.mentions) for p in people(a)] == [("Martin Luther King Jr.", 2)]


def test_title_and_surname_join_the_full_name_before_or_after_it(nlp):
    # "Chair" opens names too, so the name tables keep it; a known surname after it is the person.
    for text in (
        "The regulator's chair, Mary Jo White, testified on Monday. Chair White told senators that "
        "the rules would change. White said she was confident.",
        "Chair White opened the hearing. Mary Jo White, who leads the commission, said the rules would change.",
    ):
        a = analyze(text, nlp=nlp, published=PUB)
        (white,) = people(a)
        assert white.name == "Mary Jo White" and "Chair White" not in white.aliases
        assert {e.actor for e in a.entities if "White" in e.text} == {white.id}


def test_full_name_with_and_without_a_middle_initial_is_one_person(nlp):
    text = "Donald J. Trump spoke in Ohio on Monday. Later, Donald Trump told reporters that Mr. Trump would win."
    a = analyze(text, nlp=nlp, published=PUB)
    assert [(p.name, p.mentions) for p in people(a)] == [("Donald J. Trump", 3)]
    # Different middle initials are different people.
    a = analyze("George H.W. Bush and George W. Bush met in Texas. George W. Bush said his father was well.", nlp=nlp, published=PUB)
    assert sorted(p.name for p in people(a)) == ["George H.W. Bush", "George W. Bush"]


def test_a_speaker_named_like_an_organisation_of_the_article_is_that_organisation(nlp):
    a = analyze("The Associated Press reported that the count was over. Officials agreed.", nlp=nlp, published=PUB)
    assert [(x.name, x.label) for x in a.actors] == [("Associated Press", "ORG")]
