"""What stands before a person's name: titles, an organisation's possessive, a role appositive.

Real spaCy model, sentences written for these tests. Each test names the person the article
means, the quotes that go to them, and that no actor is named after the title or the owner.
"""

from __future__ import annotations

from newsread.analysis import analyze
from newsread.analysis.title_names import possessive_split, split_swallowed_title, title_led_person


def actors(a, label=None):
    return {x.name for x in a.actors if label is None or x.label == label}


def speakers(a):
    return [q.speaker_name for q in a.direct_quotes()]


# ---- titles that swallow a name ------------------------------------------------------------


def test_leader_of_the_opposition_is_a_title_not_the_speaker(nlp):
    a = analyze(
        'Leader of the Opposition Martin Oakes accused the government of a "cover-up" over flood '
        'defences. "The minister has hidden the report," he said.',
        nlp=nlp,
    )
    assert "Martin Oakes" in actors(a, "PERSON")
    assert not any("Leader" in n or "Opposition Martin" in n for n in actors(a))
    assert speakers(a) == ["Martin Oakes", "Martin Oakes"]


def test_title_domain_run_into_a_known_surname_is_split(nlp):
    # The model tags "Opposition Arslan" as one organisation; Arslan is named in full before.
    a = analyze(
        "Opposition leader Kemal Arslan said the vote was rigged. Leader of the Opposition Arslan later "
        'told reporters: "We will not accept this."',
        nlp=nlp,
    )
    assert actors(a, "PERSON") == {"Kemal Arslan"}
    assert "Opposition Arslan" not in actors(a)
    assert speakers(a) == ["Kemal Arslan"]


def test_leader_of_the_house_tagged_as_one_organisation_is_split(nlp):
    # The model tags "the House Penny Marsh" as one organisation.
    a = analyze('Leader of the House Penny Marsh said the debate would continue. "We will sit late," she said.', nlp=nlp)
    assert "Penny Marsh" in actors(a, "PERSON")
    assert "House Penny Marsh" not in actors(a)
    assert speakers(a) == ["Penny Marsh"]


def test_police_ranks_are_not_part_of_the_name(nlp):
    a = analyze(
        'Chief Constable Mark Bell said officers had acted lawfully. "There is no evidence of '
        'misconduct," Bell said.',
        nlp=nlp,
    )
    assert actors(a, "PERSON") == {"Mark Bell"}
    assert speakers(a) == ["Mark Bell"]


def test_abbreviated_rank_before_a_known_surname_is_that_person(nlp):
    # The model tags "DCI Harker" as an organisation.
    a = analyze(
        'Detective Chief Inspector Tom Harker said the inquiry was continuing. "We need witnesses," DCI Harker said.',
        nlp=nlp,
    )
    assert actors(a) == {"Tom Harker"}
    assert speakers(a) == ["Tom Harker"]


def test_coroner_emeritus_and_shadow_are_titles(nlp):
    a = analyze(
        'Senior Coroner Helen Pryor said the death was accidental. "The results are clear," said Professor '
        'Emeritus Alan Birch. "It is unworkable," said Shadow Home Secretary Chris Philps.',
        nlp=nlp,
    )
    assert actors(a, "PERSON") == {"Helen Pryor", "Alan Birch", "Chris Philps"}
    assert "Shadow" not in actors(a)


def test_honorific_and_surname_tagged_as_organisation_is_a_person(nlp):
    # The model tags "Ms Connolly" as an organisation here.
    text = 'Ms Connolly said the union would not back down.\n\n"We are ready to strike," she said.'
    a = analyze(text, nlp=nlp)
    assert actors(a) == {"Connolly"}
    assert [x.label for x in a.actors] == ["PERSON"]
    assert speakers(a) == ["Connolly"]


def test_name_after_a_title_and_its_domain_is_a_person(nlp):
    # The model tags the name as an organisation after "Archbishop of Canterbury".
    a = analyze(
        'Archbishop of Canterbury Justin Welland said the church would apologise. "We failed them," he said.',
        nlp=nlp,
    )
    assert actors(a, "PERSON") == {"Justin Welland"}
    assert speakers(a) == ["Justin Welland"]


def test_department_after_secretary_of_state_for_is_not_part_of_the_name(nlp):
    # The model tags no person here: the speaker's name comes from the parse.
    a = analyze(
        'Secretary of State for Health Wes Tranter said waiting lists were falling. "We are making '
        'progress," he said.',
        nlp=nlp,
    )
    assert speakers(a) == ["Wes Tranter"]


def test_party_before_a_role_noun_and_a_name_is_not_a_person(nlp):
    a = analyze('Lib Dem leader Ed Daventry said the party would oppose the bill. "We will fight it," he said.', nlp=nlp)
    assert actors(a, "PERSON") == {"Ed Daventry"}
    assert speakers(a) == ["Ed Daventry"]


def test_title_led_person_rule(nlp):
    def led(text, n):
        return title_led_person(nlp(text), 0, n)

    assert led("Ms Connolly said no.", 2)
    assert led("Councillor Amir Haddad said no.", 3)
    assert not led("Councillor Haddad said no.", 2)  # an office title needs a full name
    assert not led("General Electric said no.", 2)  # not a personal title
    assert not led("Judge Business School said no.", 3)  # an institution's head word
    assert not led("Dr Martens AG said no.", 3)


def test_title_domain_split_needs_a_capitalised_title_before_of_the(nlp):
    doc = nlp("Karim Haddad, director of the Coral Coast Reef Alliance, said the studies were hidden.")
    start = [t.text for t in doc].index("Coral")
    assert split_swallowed_title(doc, start, start + 4, {}) is None
    doc = nlp("Leader of the Opposition Martin Oakes spoke.")
    assert split_swallowed_title(doc, 3, 6, {}) == [(3, 4, "ORG"), (4, 6, "PERSON")]
    doc = nlp("Leader of the Opposition Oakes spoke.")
    assert split_swallowed_title(doc, 3, 5, {}) is None  # a surname alone: only a known one
    assert split_swallowed_title(doc, 3, 5, {}, {"oakes"}) == [(3, 4, "ORG"), (4, 5, "PERSON")]


def test_domain_split_off_a_title_does_not_make_people_of_institutions(nlp):
    a = analyze(
        '"Nobody reads the small print," said Iain Pollock, now a professor of law at the University of St Andrews.',
        nlp=nlp,
    )
    assert actors(a, "PERSON") == {"Iain Pollock"}


# ---- an organisation's possessive before a name -----------------------------------------------


def test_party_possessive_person_and_later_surname_and_pronoun(nlp):
    a = analyze(
        "Labour's Ruth Okafor said the plan was unaffordable. \"It simply does not add up,\" Okafor "
        'said. Okafor called for a review. "Nobody has costed it," she said.',
        nlp=nlp,
    )
    assert "Ruth Okafor" in actors(a, "PERSON")
    assert "Labour" in actors(a, "ORG")
    assert not any("Labour's" in n for n in actors(a))
    assert speakers(a) == ["Ruth Okafor", "Ruth Okafor"]


def test_party_possessive_tagged_as_one_person_is_split(nlp):
    # The model tags "Labour’s Ruth Okafor" (curly apostrophe) as one person.
    a = analyze(
        "Labour’s Ruth Okafor, who represents an inner-city seat, backed the bill. “It is a start,” "
        "Ms Okafor said. “But only a start,” she added.",
        nlp=nlp,
    )
    assert actors(a, "PERSON") == {"Ruth Okafor"}
    assert "Labour" in actors(a, "ORG")
    assert speakers(a) == ["Ruth Okafor", "Ruth Okafor"]


def test_party_named_as_a_plural_before_a_person_is_an_organisation(nlp):
    # The model tags "Democrats" (without "Liberal") and "Greens" as nationalities.
    a = analyze(
        "The Liberal Democrats' Helen Brice said the scheme was flawed. \"It punishes the poor,\" "
        "said the Greens' Tom Avery.",
        nlp=nlp,
    )
    assert actors(a, "PERSON") == {"Helen Brice", "Tom Avery"}
    assert {"Liberal Democrats", "Greens"} <= actors(a, "ORG")
    assert speakers(a) == ["Tom Avery"]


def test_broadcaster_possessive_inside_one_span_is_split(nlp):
    # The model tags "Sky News' Jon Pryde" as one organisation.
    a = analyze('Sky News\' Jon Pryde asked the minister about the plan. "Will you resign?" Pryde asked.', nlp=nlp)
    assert actors(a, "PERSON") == {"Jon Pryde"}
    assert "Sky News" in actors(a, "ORG")
    assert speakers(a) == ["Jon Pryde"]


def test_party_possessive_with_only_the_surname_tagged(nlp):
    # The model tags only "Evans": the forename joins him, the party is an organisation.
    a = analyze("Plaid Cymru's Rhodri Evans called the plan \"a betrayal\". Evans said he would vote against it.", nlp=nlp)
    assert actors(a, "PERSON") == {"Rhodri Evans"}
    assert "Plaid Cymru" in actors(a, "ORG")
    assert speakers(a) == ["Rhodri Evans"]


def test_possessive_split_rule(nlp):
    doc = nlp("Sky News' Jon Pryde asked.")
    assert possessive_split(doc, 0, 5, person=False) == 2
    doc = nlp("Labour's Ruth Okafor asked.")
    assert possessive_split(doc, 0, 4, person=True) == 1
    # "Ruth" is not a listed forename: only the model's person label splits this span
    assert possessive_split(doc, 0, 4, person=False) is None
    doc = nlp("St Mary's Hospital Trust said.")
    assert possessive_split(doc, 0, 5, person=False) is None
    doc = nlp("The People's Liberation Army said.")
    assert possessive_split(doc, 1, 5, person=True) is None
    doc = nlp("McDonald's Happy Meal sales rose.")
    assert possessive_split(doc, 0, 4, person=False) is None


def test_brand_possessive_product_is_not_a_person(nlp):
    a = analyze("McDonald's Happy Meal sales rose in the spring.", nlp=nlp)
    assert not actors(a, "PERSON")


# ---- roles introduced in an appositive -----------------------------------------------------


def test_role_appositive_hung_on_a_misparsed_subject(nlp):
    # The parse takes "court" for the subject of "said" and hangs the role and the name on it.
    a = analyze(
        "Derek Mallon, 61, of Bedford, admitted theft at an earlier hearing. Mallon showed no emotion "
        "as the sentence was passed.\n\n"
        "Outside court, the charity's chief executive, Priya Ramsay, said the trust had since changed "
        'its controls. "We are glad this is finished," she said.',
        nlp=nlp,
    )
    assert speakers(a) == ["Priya Ramsay"]


def test_role_goes_to_the_nearest_appositive_not_a_later_place(nlp):
    a = analyze(
        "Valdoria's health minister, Tomás Quintero, speaking at a news conference in the capital, "
        "Villa Nueva, said the government had opened new clinics.\n\n"
        "The minister rejected criticism from opposition lawmakers.\n\n"
        '"This is not the time for politics," he said.',
        nlp=nlp,
    )
    assert speakers(a) == ["Tomás Quintero"]
    assert "Villa Nueva" not in actors(a, "PERSON")


def test_name_after_an_owners_role_appositive_is_a_person(nlp):
    # The model tags the name as an organisation; "the commission's president," says otherwise.
    a = analyze(
        '"The count went smoothly," the commission\'s president, Hernando Ruiz Arce, told reporters.',
        nlp=nlp,
    )
    assert actors(a, "PERSON") == {"Hernando Ruiz Arce"}
    assert speakers(a) == ["Hernando Ruiz Arce"]
