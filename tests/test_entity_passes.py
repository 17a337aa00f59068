"""The entity stage as data (#13): one ordered list of passes, each tested on its own on a short
real parse, the README's list kept in step with the code, and label cues as a registry of small
named rules whose weights one function sums."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

from newsread.analysis.entities import ENTITY_PASSES
from newsread.analysis.entity_state import EntityState, NameEvidence, WorkEntity
from newsread.analysis.label_rules import LABEL_RULES, LABELS, LabelRule, Mention, no_weights, weigh
from newsread.analysis.pipeline import parse
from newsread.article import article_from_text

ROOT = Path(__file__).resolve().parent.parent
PASSES = {p.name: p for p in ENTITY_PASSES}


def _find(state: EntityState, phrase: str, nth: int = 0) -> tuple[int, int, int]:
    """(paragraph, start, end) of the ``nth`` token run whose text is ``phrase``."""
    hits = [
        (i, s, e)
        for i, doc in enumerate(state.docs)
        for s in range(len(doc))
        for e in range(s + 1, min(len(doc), s + 8) + 1)
        if doc[s:e].text == phrase
    ]
    return hits[nth]


def _entities(state: EntityState) -> list[tuple[str, str]]:
    return [(state.span(w).text, w.label) for w in state.work]


def _totals(weights: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    return {key: {**no_weights(), **w} for key, w in weights.items()}


def _evidence(state: EntityState, totals: dict[str, dict[str, int]]) -> None:
    """The per-name tables that ``relabel_by_cues`` leaves, written by hand for a pass after it."""
    groups: dict[str, list[WorkEntity]] = {}
    for w in state.work:
        groups.setdefault(state.span(w).text.lower(), []).append(w)
    index: dict[str, list[tuple[int, int]]] = {}
    for i, doc in enumerate(state.docs):
        for t in doc:
            index.setdefault(t.lower_, []).append((i, t.i))
    state.evidence = NameEvidence(groups, {k: totals.get(k, no_weights()) for k in groups}, index, set())


@dataclass
class Case:
    pass_name: str
    text: str
    given: list[tuple[str, str]]  # (span text, label) the pass starts from
    expected: list[tuple[str, str]]  # (span text, label) after the pass, in order
    setup: Callable[[EntityState], None] | None = None
    note: str = field(default="")


CASES = [
    Case("trim_spans", "Dr. Jane Okafor thanked Trump’s July 25 call.", [("Dr. Jane Okafor", "PERSON"), ("Trump’s July 25", "PERSON")],
         [("Jane Okafor", "PERSON"), ("Trump", "PERSON"), ("July 25", "DATE")]),
    Case("merge_adjacent_times", "We met on Wednesday morning in the hall.", [("Wednesday", "DATE"), ("morning", "TIME")],
         [("Wednesday morning", "DATE")]),
    Case("join_across_nbsp", "Anna\xa0Kowalczyk said the talks went well.", [("Anna", "PERSON"), ("Kowalczyk", "ORG")],
         [("Anna\xa0Kowalczyk", "PERSON")]),
    Case("split_swallowed_titles", "The UN Special Envoy for Syria Staffan de Mistura said talks would resume.",
         [("UN", "ORG"), ("Syria Staffan de Mistura", "PERSON")],
         [("UN", "ORG"), ("Syria", "GPE"), ("Staffan de Mistura", "PERSON")]),
    Case("possessive_people", "Plaid Cymru's Rhodri Evans said the plan was wrong.", [("Evans", "PERSON")],
         [("Rhodri Evans", "PERSON"), ("Plaid Cymru", "ORG")]),
    Case("place_possessive_people", "Neither Germany’s Angela Merkel nor France’s Francois Hollande went that far.",
         [("Germany", "GPE"), ("Angela Merkel", "PERSON"), ("France", "GPE")],
         [("Germany", "GPE"), ("Angela Merkel", "PERSON"), ("France", "GPE"), ("Francois Hollande", "PERSON")]),
    Case("dateline_places", "RIVERTON, Ore. — The sawmill closed on Friday after a fire.", [("RIVERTON", "ORG")],
         [("RIVERTON", "GPE")]),
    Case("quoted_nicknames", 'Patrick "Pat" Doyle said the boat was late.', [("Doyle", "PERSON")],
         [('Patrick "Pat" Doyle', "PERSON")]),
    Case("extend_spans", "Eden Valley District Council said the road would close.", [("District Council", "ORG")],
         [("Eden Valley District Council", "ORG")]),
    Case("drop_overlaps", "Eden Valley District Council said the road would close.",
         [("Eden Valley District Council", "ORG"), ("Valley", "PERSON")], [("Eden Valley District Council", "ORG")]),
    Case("relabel_by_cues", "Shares of Parcelo fell on Monday. A spokeswoman for Parcelo said Parcelo Inc would recover.",
         [("Parcelo", "PERSON"), ("Parcelo", "PERSON")], [("Parcelo", "ORG"), ("Parcelo", "ORG")]),
    Case("pool_surnames", "Nana Akufo-Addo spoke first. Akufo-Addo said he would stay.",
         [("Nana Akufo-Addo", "ORG"), ("Akufo-Addo", "ORG")], [("Nana Akufo-Addo", "PERSON"), ("Akufo-Addo", "PERSON")],
         setup=lambda s: _evidence(s, _totals({"nana akufo-addo": {"PERSON": 1}, "akufo-addo": {"PERSON": 1, "GENDER": 1}}))),
    Case("untagged_surname_people", "Tamsin Vale sang at the fair. Vale, who sang it, said she was glad.",
         [("Tamsin Vale", "ORG")], [("Tamsin Vale", "PERSON")], setup=lambda s: _evidence(s, {})),
    Case("forename_people", "Georgia Mills won the race. Georgia said she was tired.",
         [("Georgia Mills", "ORG"), ("Georgia", "PERSON")], [("Georgia Mills", "PERSON"), ("Georgia", "PERSON")],
         setup=lambda s: _evidence(s, _totals({"georgia": {"PERSON": 1, "GENDER": 1}}))),
    Case("age_names", "Alfie, 7, loves trains and visits the station every week.", [], [("Alfie", "PERSON")]),
    Case("mark_things", "The family lives on Harcourt Road near the school.", [("Harcourt Road", "PERSON")],
         [("Harcourt Road", "FAC")]),
    Case("mark_things", "The club sits at the corner of Allen and Stanton Streets downtown.", [("Stanton Streets", "PERSON")],
         [("Stanton Streets", "FAC")]),
    Case("trim_common_words", "Young Sanders supporters cheered loudly. Sanders thanked the young crowd.",
         [("Young Sanders", "PERSON"), ("Sanders", "PERSON")], [("Sanders", "PERSON"), ("Sanders", "PERSON")]),
    Case("title_phrase_before_person", "Sandy Hook Elementary Principal Dawn Hochsprung ran to the hall.",
         [("Sandy Hook Elementary Principal", "PERSON"), ("Dawn Hochsprung", "PERSON")],
         [("Sandy Hook Elementary", "ORG"), ("Dawn Hochsprung", "PERSON")]),
    Case("nickname_people", "Patricia Moore opened the shop in 1990. Trish said it was hard work.",
         [("Patricia Moore", "PERSON"), ("Trish", "ORG")], [("Patricia Moore", "PERSON"), ("Trish", "PERSON")]),
    Case("drop_impossible", "The Activist said the 43-year-old man was Jane Okafor.",
         [("Activist", "PERSON"), ("43-year-old", "DATE"), ("Jane Okafor", "PERSON")], [("Jane Okafor", "PERSON")],
         setup=lambda s: setattr(s, "surnames", {"okafor"})),
    Case("verb_openers", "Conceding that a deal would come, Tom Reed smiled. Reed left.",
         [("Conceding", "PERSON"), ("Tom Reed", "PERSON"), ("Reed", "PERSON")], [("Tom Reed", "PERSON"), ("Reed", "PERSON")],
         setup=lambda s: setattr(s, "surnames", {"reed"})),
    Case("drop_impossible", "He laid out the plan, #Justdoit, he wrote last October.", [("Justdoit", "PERSON")], []),
    Case("missed_surnames", "Jane Okafor spoke first. Then Okafor left the room.", [("Jane Okafor", "PERSON")],
         [("Jane Okafor", "PERSON"), ("Okafor", "PERSON")], setup=lambda s: setattr(s, "surnames", {"okafor"})),
    Case("people_tagged_as_things", "Marco Rubio spoke first. Paul then attacked Rubio’s proposed tax credit.",
         [("Marco Rubio", "PERSON"), ("Rubio’s", "PRODUCT")], [("Marco Rubio", "PERSON"), ("Rubio", "PERSON")],
         setup=lambda s: setattr(s, "surnames", {"rubio"})),
    Case("missed_org_mentions", "Parcelo hired staff. A spokeswoman for Parcelo said more would come.", [("Parcelo", "ORG")],
         [("Parcelo", "ORG"), ("Parcelo", "ORG")]),
    Case("places_after_place_nouns", "Fighting went on in the city of Raqqa for weeks.", [("Raqqa", "PERSON")],
         [("Raqqa", "GPE")]),
    Case("counted_groups", "Ramos said nobody wins without Latinos. About 55 million Latinos live there, and Romanians too.",
         [("Ramos", "PERSON"), ("Latinos", "PERSON"), ("Latinos", "PERSON"), ("Romanians", "PERSON")],
         [("Ramos", "PERSON"), ("Latinos", "NORP"), ("Latinos", "NORP"), ("Romanians", "NORP")]),
    Case("harmonise_labels", "Gordon Sondland testified on Tuesday. Sondland said he had followed orders.",
         [("Gordon Sondland", "PERSON"), ("Sondland", "GPE")], [("Gordon Sondland", "PERSON"), ("Sondland", "PERSON")]),
]


@pytest.mark.parametrize("case", CASES, ids=[c.pass_name for c in CASES])
def test_each_pass_on_its_own(case: Case, nlp):
    state = EntityState(parse(article_from_text(case.text), nlp))
    for j, (phrase, label) in enumerate(case.given):
        nth = sum(1 for p, _ in case.given[:j] if p == phrase)  # "Parcelo" twice: its 1st, then its 2nd run
        i, s, e = _find(state, phrase, nth)
        state.work.append(WorkEntity(i, s, e, label))
    if case.setup:
        case.setup(state)
    PASSES[case.pass_name].run(state)
    assert _entities(state) == case.expected


def test_the_model_entities_start_the_stage(nlp):
    state = EntityState(parse(article_from_text("Angela Merkel met Emmanuel Macron in Paris on Monday."), nlp))
    PASSES["read_model_entities"].run(state)
    assert _entities(state) == [(e.text, e.label_) for doc in state.docs for e in doc.ents]
    assert ("Paris", "GPE") in _entities(state)


def test_every_pass_is_tested_and_importable():
    tested = {c.pass_name for c in CASES} | {"read_model_entities", "note_surnames"}
    assert tested == set(PASSES)
    assert len(PASSES) == len(ENTITY_PASSES)  # no name twice
    for p in ENTITY_PASSES:
        module = importlib.import_module(p.run.__module__)
        assert getattr(module, p.run.__name__) is p.run
        assert p.reason and "\n" not in p.reason
        assert list(inspect.signature(p.run).parameters) == ["state"]


def test_note_surnames_keeps_the_full_names_surnames(nlp):
    state = EntityState(parse(article_from_text("Martin Luther King Jr. spoke. Okafor and Jane Okafor left."), nlp))
    for phrase in ("Martin Luther King Jr.", "Okafor", "Jane Okafor"):
        i, s, e = _find(state, phrase)
        state.work.append(WorkEntity(i, s, e, "PERSON"))
    PASSES["note_surnames"].run(state)
    assert state.surnames == {"king", "okafor"}


def test_no_pass_calls_another():
    names = {p.run.__name__ for p in ENTITY_PASSES}
    for p in ENTITY_PASSES:
        tree = ast.parse(inspect.getsource(p.run))
        called = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        called |= {n.func.attr for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)}
        assert not (called & (names - {p.run.__name__})), p.name


def test_readme_lists_the_passes_in_order():
    readme = (ROOT / "README.md").read_text()
    block = readme.split("<!-- entity passes: start -->", 1)[1].split("<!-- entity passes: end -->", 1)[0]
    listed = re.findall(r"^\d+\. `([a-z_]+)`", block, flags=re.M)
    assert listed == [p.name for p in ENTITY_PASSES]


def test_no_function_of_the_entity_stage_is_over_60_lines():
    for module in ("entities", "entity_cues", "context_cues", "kind_cues", "name_kinds", "name_evidence", "person_cues",
                   "label_harmony", "label_rules",
                   "entity_state", "span_trims", "name_spans", "thing_names", "common_words", "title_names"):
        path = ROOT / "tui" / "analysis" / f"{module}.py"
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                assert node.end_lineno - node.lineno + 1 <= 60, f"{module}.{node.name}"


def test_label_rules_are_summed_by_one_function_and_can_be_added_and_removed(nlp):
    doc = nlp("A spokeswoman for Parcelo said the company would recover.")
    k = [t.text for t in doc].index("Parcelo")
    mention = Mention(doc, k, k + 1)
    before = weigh(mention)
    assert set(before) == set(LABELS) and before["ORG"] >= 2  # "a spokeswoman for X"

    def fictional_test_rule(m: Mention):
        """A rule added for this test: every mention weighs as a place."""
        return {"GPE": 5, "PLACE": 1}

    LABEL_RULES.add(LabelRule("fictional_test_rule", "test", fictional_test_rule))
    try:
        with_rule = weigh(mention)
        assert with_rule == {**before, "GPE": before["GPE"] + 5, "PLACE": before["PLACE"] + 1}
        assert weigh(mention, LABEL_RULES.family("test")) == {**no_weights(), "GPE": 5, "PLACE": 1}
    finally:
        LABEL_RULES.remove("fictional_test_rule")
    assert weigh(mention) == before
    removed = LABEL_RULES.remove("spokesperson_for")
    try:
        assert weigh(mention)["ORG"] == before["ORG"] - 2
    finally:
        LABEL_RULES.add(removed)
    assert weigh(mention) == before


def test_every_label_rule_has_a_reason_and_returns_known_labels(nlp):
    doc = nlp("Jane Okafor, a nurse who lives in Brenford, Vt., said she met Parcelo Inc staff.")
    assert len(LABEL_RULES) >= 50 and len(set(LABEL_RULES.names())) == len(LABEL_RULES)
    for rule in LABEL_RULES:
        assert rule.reason, rule.name
        for start in range(len(doc)):
            out = rule.weigh(Mention(doc, start, start + 1, {"brenford"})) or {}
            assert set(out) <= set(LABELS), rule.name
    with pytest.raises(ValueError):
        LABEL_RULES.add(LabelRule("spokesperson_for", "context", lambda m: None))


@pytest.mark.parametrize("headline, tagged", [
    ("Marco Rubio Responds To Trump Attacks", "Marco Rubio Responds"),  # no word the body writes in lowercase
    ("Marco Rubio Responds To Question About Wages", "Marco Rubio Responds To Question"),  # "to", "question" are
])
def test_a_headline_name_ends_at_the_body_names_last_word(headline, tagged, nlp):
    """'Marco Rubio Responds': the headline's verb after a name of the body is no part of it."""
    text = f"{headline}\n\nOn Monday, Marco Rubio spoke to voters, and aides said Rubio was calm about the question."
    state = EntityState(parse(article_from_text(text), nlp))
    for phrase, nth in ((tagged, 0), ("Marco Rubio", 1), ("Rubio", 2)):
        i, s, e = _find(state, phrase, nth)
        state.work.append(WorkEntity(i, s, e, "PERSON"))
    PASSES["trim_common_words"].run(state)
    assert _entities(state) == [("Marco Rubio", "PERSON"), ("Marco Rubio", "PERSON"), ("Rubio", "PERSON")]


def test_a_name_shaped_like_a_persons_in_a_list_with_a_person_is_one(nlp):
    """'Rand Paul and Carly Fiorina' with Fiorina tagged ORG; not 'Rubio and the Republican Congress'."""
    rule = next(r for r in LABEL_RULES if r.name == "conjoined_with_person")
    for text, name, weights in (
        ("Rand Paul and Carly Fiorina did not make the cut for the main stage.", "Carly Fiorina", {"PERSON": 2}),
        ("Senator Rubio and the Republican Congress produced partisan bills.", "Republican Congress", None),
    ):
        doc = nlp(text)
        k = [t.text for t in doc].index(name.split()[0])
        assert rule.weigh(Mention(doc, k, k + len(name.split()))) == weights


def test_a_forename_before_a_persons_surname_is_that_person_even_tagged_as_a_place():
    """'Ted Cruz' tagged GPE in a list where 'Cruz' alone is a person: one person."""
    from newsread.analysis.label_harmony import harmonise_labels
    from newsread.analysis.model import Entity

    text = "Jeb Bush fired at Ted Cruz and Marco Rubio. Later Cruz said he was calm."
    entities = [Entity(text.index(n), text.index(n) + len(n), label, n) for n, label in (
        ("Jeb Bush", "PERSON"), ("Ted Cruz", "GPE"), ("Marco Rubio", "PERSON"), ("Cruz said", "PERSON"))]
    entities[-1] = Entity(entities[-1].start, entities[-1].start + 4, "PERSON", "Cruz")
    harmonise_labels(entities, text)
    assert [e.label for e in entities] == ["PERSON"] * 4


def test_a_role_noun_with_its_modifiers_before_an_appositive_name_is_a_person_cue(nlp):
    """'the Philippines' recently elected president, Rodrigo Duterte,': the role describes him."""
    rule = next(r for r in LABEL_RULES if r.name == "described_appositive")
    doc = nlp("Ironically, the Philippines' recently elected president, Rodrigo Duterte, has been called a copy of Trump.")
    k = [t.text for t in doc].index("Rodrigo")
    assert rule.weigh(Mention(doc, k, k + 2)) == {"PERSON": 2}
    doc = nlp("The report was recently elected, Rodrigo Duterte said.")
    k = [t.text for t in doc].index("Rodrigo")
    assert rule.weigh(Mention(doc, k, k + 2)) is None  # no role noun before the comma


@pytest.mark.parametrize("rule_name, text, name, weights", [
    ("published_in", "The county has picked every winner, according to a new article in Politico.", "Politico", {"ORG": 2}),
    ("published_in", "She grew up in Vigo County and moved away.", "Vigo", None),
    ("posted_on", "Chelsea Clinton announced Monday on Twitter that she is pregnant.", "Twitter", {"ORG": 2}),
    ("posted_on", "The senator relied on Pence for advice.", "Pence", None),
])
def test_publication_and_platform_cues(rule_name, text, name, weights, nlp):
    """'an article in Politico', 'announced Monday on Twitter': where something is published."""
    rule = next(r for r in LABEL_RULES if r.name == rule_name)
    doc = nlp(text)
    k = [t.text for t in doc].index(name)
    assert rule.weigh(Mention(doc, k, k + 1)) == weights


def test_events_of_a_life_before_a_list_of_names_are_person_cues(nlp):
    """'after the deaths of Alton Sterling and Philando Castile': both are people; not 'the death
    of Social Security' (a body's name is no person's shape)."""
    rule = next(r for r in LABEL_RULES if r.name == "life_event_of")
    doc = nlp("Clinton posted a picture after the deaths of Alton Sterling and Philando Castile last week.")
    toks = [t.text for t in doc]
    for name in ("Alton Sterling", "Philando Castile"):
        k = toks.index(name.split()[0])
        assert rule.weigh(Mention(doc, k, k + 2)) == {"PERSON": 2}, name
    doc = nlp("Critics warned of the death of Social Security District plans.")
    k = [t.text for t in doc].index("Social")
    assert rule.weigh(Mention(doc, k, k + 3)) is None
