"""One lexicon: each word class is defined once and both stages read it.

Behaviour through the stages' public functions (real spaCy model, sentences written for these
tests), and two scans that fail when a word list is written a second time: by import (a name
bound to a word set in two analysis modules means the same set) and by source (a word list is
written out in one module only).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections import defaultdict
from pathlib import Path

import pytest

import newsread.analysis as analysis
from newsread.analysis import analyze, lexicon
from newsread.analysis.names import clean_name
from newsread.analysis.parsed import ParsedArticle
from newsread.analysis.quotes.index import ArticleIndex
from newsread.analysis.quotes.names import name_chain

ANALYSIS_DIR = Path(analysis.__file__).parent


def _speaker_name_words(nlp, text: str, head: str) -> list[str]:
    """The words the quote stage keeps of the name whose last word is ``head``."""
    doc = nlp(text)
    ix = ArticleIndex(ParsedArticle(text, [(0, doc)]), [], [])
    tok = next(t for t in doc if t.text == head)
    chain = name_chain(ix, 0, tok)
    assert chain is not None
    return chain[1]


@pytest.mark.parametrize(
    ("text", "head", "name"),
    [
        ("Imam Abdul Rahman led the prayers on Friday.", "Rahman", "Abdul Rahman"),
        ("Archbishop Justin Welby visited the school.", "Welby", "Justin Welby"),
        ("Rabbi Jonathan Sacks spoke at the dinner.", "Sacks", "Jonathan Sacks"),
        ("Cllr Amir Haddad opposed the plan.", "Haddad", "Amir Haddad"),
    ],
)
def test_clergy_and_office_titles_are_titles_in_both_stages(nlp, text, head, name):
    # the entity stage's name key and the quote stage's speaker name both drop the title
    assert clean_name(text.split(" " + head)[0] + " " + head) == name
    assert _speaker_name_words(nlp, text, head) == name.split()


@pytest.mark.parametrize(
    ("title", "noun", "name"),
    [("Cllr Amir Haddad", "councillor", "Amir Haddad"), ("Cmdr Sarah Cole", "commander", "Sarah Cole"),
     ("Sen. Jane Roe", "senator", "Jane Roe")],
)
def test_an_abbreviated_title_gives_its_holder_the_role(nlp, title, noun, name):
    # one abbreviation table: "Cllr" is a title before a name and the councillor's role after it
    text = f'{title} spoke at the meeting. Tom Hale, a resident, asked about parking.\n\n"We will look again," the {noun} said.'
    quotes = analyze(text, nlp=nlp).direct_quotes()
    assert [(q.speaker_name, q.resolved_via) for q in quotes] == [(name, "description")]


@pytest.mark.parametrize(
    ("title", "noun", "name"),
    [("Imam Abdul Rahman", "imam", "Abdul Rahman"), ("Archbishop John Sentamu", "archbishop", "John Sentamu"),
     ("Rabbi Sarah Cohen", "rabbi", "Sarah Cohen")],
)
def test_a_clergy_title_is_a_role_the_quote_stage_resolves(nlp, title, noun, name):
    text = f'{title} spoke at the vigil. Tom Hale, a neighbour, lit a candle.\n\n"We stand together," the {noun} said.'
    quotes = analyze(text, nlp=nlp).direct_quotes()
    assert [(q.speaker_name, q.resolved_via) for q in quotes] == [(name, "description")]


def test_speaker_titles_extend_the_entity_titles():
    # the quote stage strips more ("UN envoy X", "Lt. Col. X"), never fewer
    assert lexicon.TITLE_WORDS <= lexicon.SPEAKER_TITLE_WORDS
    assert {"lt.", "col.", "mr.", "det."} <= lexicon.SPEAKER_TITLE_WORDS
    assert "leader" not in lexicon.TITLE_WORDS  # "Leader of the House X": a domain title only


def test_pronoun_variants_come_from_one_table():
    assert lexicon.GENDER_PRONOUNS | lexicon.UNGENDERED_PRONOUNS <= lexicon.PRONOUN_WORDS
    assert set(lexicon.PRONOUNS) <= lexicon.PRONOUN_WORDS
    assert lexicon.PRONOUNS["her"] == "f" and lexicon.PRONOUNS["they"] == "p"
    assert "me" not in lexicon.PRONOUNS  # the speaker naming themself inside a quote
    assert lexicon.GENDER_OF_PRONOUN["himself"] == "m"


def test_occupations_are_roles_for_speakers_and_person_cues_for_entities():
    from newsread.analysis.cue_words import PERSON_NOUNS

    assert lexicon.OCCUPATIONS <= lexicon.ROLE_NOUNS and lexicon.OCCUPATIONS <= PERSON_NOUNS
    assert "solicitor" in PERSON_NOUNS  # was a role for speakers only
    assert "baker" in PERSON_NOUNS and "baker" not in lexicon.ROLE_NOUNS  # "James Baker said"


def test_kin_words_are_one_table():
    from newsread.analysis.cue_words import PERSON_NOUNS, RELATIVES
    from newsread.analysis.quotes.mentions import noun_gender

    assert set(lexicon.KIN_GENDER) <= PERSON_NOUNS and set(lexicon.KIN_GENDER) <= RELATIVES
    assert noun_gender("nephew") == "m" and noun_gender("aunt") == "f" and noun_gender("cousin") is None
    assert noun_gender("spokeswoman") == "f" and noun_gender("actor") is None


def test_verb_forms_come_from_one_table():
    from newsread.analysis.cue_words import SPEECH_VERBS
    from newsread.analysis.quotes.subjects import CUE_FORMS

    assert lexicon.saying_forms("say", "lemma", "third", "past", "ing") == {"say", "says", "said", "saying"}
    assert "tweets" not in CUE_FORMS  # "her tweets accusing X": a noun, never a cue form
    assert {"said", "told", "announced"} <= SPEECH_VERBS and {"said", "wrote", "tweeted"} <= CUE_FORMS
    with pytest.raises(KeyError):
        lexicon.saying_forms("think", "past")  # a belief, not a verb of saying


def test_club_heads_are_one_list():
    assert lexicon.CLUB_HEADS <= lexicon.INSTITUTION_HEADS <= lexicon.ORG_HEADS
    assert "rangers" in lexicon.CLUB_HEADS


def test_demonym_gender_is_built_from_stems_not_endings():
    # "German" ends in "man" but says no gender; "Welshwoman" does
    assert "german" in lexicon.DEMONYM_NOUNS and "german" not in lexicon.DEMONYM_GENDER
    assert lexicon.DEMONYM_GENDER["welshwoman"] == "f"


def test_a_club_named_rangers_is_an_organisation(nlp):
    a = analyze("Haddon Rangers won 2-1 at home on Saturday.", nlp=nlp)
    assert {e.text: e.label for e in a.entities}.get("Haddon Rangers") == "ORG"


# -- one definition per word class -------------------------------------------------------------


def _is_word_set(value: object) -> bool:
    if isinstance(value, dict):
        return bool(value) and all(isinstance(k, str) for k in value)
    if isinstance(value, (set, frozenset, tuple, list)):
        return bool(value) and all(isinstance(x, str) for x in value)
    return False


def test_a_word_set_name_means_one_set_in_every_analysis_module():
    seen: dict[str, list[tuple[str, object]]] = defaultdict(list)
    for info in pkgutil.walk_packages(analysis.__path__, "newsread.analysis."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if name.lstrip("_").isupper() and _is_word_set(value):
                seen[name].append((info.name, value))
    clashes = {
        name: [m for m, _ in where]
        for name, where in seen.items()
        if any(value != where[0][1] for _, value in where)
    }
    assert not clashes, f"one name, different word sets (define it once, in lexicon.py): {clashes}"


def _literal_words(node: ast.AST) -> bool:
    """The expression writes words out: a set, list, tuple or dict display of strings, or
    ``frozenset("...".split())`` and the like, possibly joined with ``|``."""
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) or _literal_words(node.right)
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        return bool(node.elts) and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts)
    if isinstance(node, ast.Dict):
        return bool(node.keys) and all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in node.keys)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set", "_words"):
        return any(isinstance(n, ast.Constant) and isinstance(n.value, str) for n in ast.walk(node))
    return False


def _written_twice(root: Path) -> dict[str, list[str]]:
    """Names to which more than one module under ``root`` assigns a written-out word list."""
    written: dict[str, list[str]] = defaultdict(list)
    for path in sorted(root.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and _literal_words(node.value):
                for target in node.targets:
                    if isinstance(target, ast.Name) and target.id != "__all__":
                        written[target.id].append(str(path.relative_to(root)))
    return {name: files for name, files in written.items() if len(files) > 1}


def test_a_word_list_is_written_out_in_one_module_only():
    twice = _written_twice(ANALYSIS_DIR)
    assert not twice, f"word lists written in more than one module (import them from lexicon.py): {twice}"


def test_the_source_scan_sees_a_re_added_list(tmp_path):
    (tmp_path / "names.py").write_text('TITLE_WORDS = frozenset("mr mrs imam".split())\n_POSS = ("\'s", "’s")\n')
    (tmp_path / "quotes").mkdir()
    (tmp_path / "quotes" / "names.py").write_text('TITLE_WORDS = frozenset(\n    """mr mrs"""\n    .split()\n) | {"lt."}\n')
    (tmp_path / "other.py").write_text('_POSS = ("\'s",)\nALIAS = TITLE_WORDS\nPATTERN = "x"\n')
    assert _written_twice(tmp_path) == {"TITLE_WORDS": ["names.py", "quotes/names.py"], "_POSS": ["names.py", "other.py"]}
