"""newsread as spaCy components: nlp.add_pipe("newsread") finds what `newsread extract` finds.

Real model, real spaCy: a pipeline loaded with spacy.load (not newsread's own
loader), the components found through the package's ``spacy_factories`` entry
points. The comparison runs on every article of ../shared/eval/dev, and of
PolNeAR dev when the git-ignored PolNeAR clone (.polnear) is present.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from conftest import ROOT, SEED, SEED_DATE
from newsread.analysis.model import Quote
from newsread.analysis.pipeline import DEFAULT_MODEL
from newsread.cli import main

SHARED_DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles"
POLNEAR = ROOT / ".polnear"
POLNEAR_GOLD = ROOT.parent / "shared" / "eval" / "polnear_speech.py"
GROUPS = ("newsread_entities", "newsread_dates", "newsread_quotes")


@pytest.fixture(scope="module")
def user_nlp():
    """A user's pipeline: the model as spaCy loads it, plus newsread."""
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("newsread")
    return nlp


def results(doc: Doc) -> dict:
    """Everything newsread leaves on a Doc, as plain data."""
    spans = {g: [(s.start_char, s.end_char, s.label_, s._.newsread_entity or s._.newsread_date or s._.newsread_quote)
                 for s in doc.spans[g]] for g in GROUPS}
    return {**spans, "actors": doc._.newsread_actors, "published": doc._.newsread_published,
            "ents": [(e.start_char, e.end_char, e.label_) for e in doc.ents]}


def extract_json_lines(paths: list[Path], capsys) -> list[dict]:
    """`newsread extract --json-lines` over ``paths``, in this process (the session's model)."""
    capsys.readouterr()
    assert main(["extract", "--json-lines", "--no-cache", "--no-annotations", *map(str, paths)]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def dev_articles(tmp_path_factory) -> list[Path]:
    """../shared/eval/dev always; PolNeAR dev too when the clone is here (never under CI)."""
    if not SHARED_DEV.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SHARED_DEV} is required under CI")
        pytest.skip("../shared/eval/dev is not present")
    paths = sorted(SHARED_DEV.glob("*.txt"))
    if POLNEAR.is_dir() and POLNEAR_GOLD.is_file():
        gold = tmp_path_factory.mktemp("polnear_dev")
        subprocess.run([sys.executable, str(POLNEAR_GOLD), "gold", str(POLNEAR), "dev", str(gold)],
                       check=True, capture_output=True, timeout=600)
        paths += sorted((gold / "articles").glob("*.txt"))
    return paths


def test_add_pipe_finds_what_extract_finds_on_every_dev_article(user_nlp, nlp, tmp_path_factory, capsys):
    paths = dev_articles(tmp_path_factory)
    records = extract_json_lines(paths, capsys)
    assert len(records) == len(paths)
    differing = []
    for path, record in zip(paths, records):
        # The text extract analysed: the file after line-ending and control-character clean-up.
        doc = user_nlp(record["text"])
        found = {
            "entities": [s._.newsread_entity for s in doc.spans["newsread_entities"]],
            "actors": doc._.newsread_actors,
            "dates": [s._.newsread_date for s in doc.spans["newsread_dates"]],
            "quotes": [s._.newsread_quote for s in doc.spans["newsread_quotes"]],
            "published": doc._.newsread_published,
        }
        if any(found[k] != record[k] for k in found):
            differing.append(path.name)
    assert not differing, f"{len(differing)} of {len(paths)} articles differ: {differing}"
    assert sum(len(r["quotes"]) for r in records) >= 40  # the sets are not empty of quotes


def test_add_pipe_puts_paragraph_starts_before_the_parser(user_nlp):
    names = user_nlp.pipe_names
    assert names.count("newsread_paragraphs") == 1 and names.index("newsread_paragraphs") < names.index("parser")
    # The parser would run a headline without a full stop on into the first paragraph.
    doc = user_nlp("Port plan to go ahead after long delay\n\nHOLTVILLE, Ind. — The port will reopen, officials said.")
    assert [s.text for s in doc.sents][0] == "Port plan to go ahead after long delay\n\n"
    with pytest.raises(ValueError, match="parser"):
        spacy.blank("en").add_pipe("newsread")


def test_every_quote_field_is_a_span_extension(user_nlp, seed_article):
    doc = user_nlp(seed_article.text)
    quotes = list(doc.spans["newsread_quotes"])
    assert len(quotes) >= 10
    fields = [f.name for f in dataclasses.fields(Quote)]
    for span in quotes:
        item = span._.newsread_quote
        assert list(item) == fields
        assert doc.text[item["start"] : item["end"]] == item["text"] == span.text
        for name in fields:
            if name not in ("start", "end", "text"):
                assert span._.get(f"newsread_{name}") == item[name]
    spoken = [s for s in quotes if s._.newsread_speaker_start is not None]
    assert spoken and all(
        s._.newsread_speaker_span.text == doc.text[s._.newsread_speaker_start : s._.newsread_speaker_end] for s in spoken
    )
    # The corrected entities are doc.ents, each mention carrying its actor.
    entities = list(doc.spans["newsread_entities"])
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [(e.start_char, e.end_char, e.label_) for e in entities]
    actor_ids = {a["id"] for a in doc._.newsread_actors}
    assert {e._.newsread_actor for e in entities if e.label_ == "PERSON"} <= actor_ids


@pytest.fixture(scope="module")
def host():
    """A second pipeline to add component variants to (each test removes what it adds)."""
    return spacy.load(DEFAULT_MODEL)


@contextlib.contextmanager
def added(pipe, factory: str, config: dict | None = None, name: str | None = None):
    """``pipe.add_pipe(factory)`` for the duration of a ``with`` block."""
    component = pipe.add_pipe(factory, name=name, config=config or {})
    try:
        yield component
    finally:
        pipe.remove_pipe(name or factory)


def test_to_disk_and_spacy_load_round_trip(host, tmp_path, seed_article):
    with added(host, "newsread", {"published": SEED_DATE}):
        host.to_disk(tmp_path / "pipeline")
        before = results(host(seed_article.text))
        names = host.pipe_names
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == names and names[-1] == "newsread"
    assert loaded.get_pipe_config("newsread")["published"] == SEED_DATE
    after = results(loaded(seed_article.text))
    assert after == before
    assert after["published"] == SEED_DATE and len(after["newsread_quotes"]) >= 10


def test_n_process_2_gives_what_n_process_1_gives(user_nlp, seed_article):
    paragraphs = seed_article.text.split("\n\n")
    texts = ["\n\n".join(paragraphs[:8]), "\n\n".join(paragraphs[8:16])]
    one = [results(d) for d in user_nlp.pipe(texts, n_process=1)]
    two = [results(d) for d in user_nlp.pipe(texts, n_process=2)]
    assert two == one
    assert all(r["newsread_quotes"] for r in one)


def test_results_survive_doc_serialisation(user_nlp, seed_article):
    doc = user_nlp(seed_article.text)
    again = Doc(user_nlp.vocab).from_bytes(doc.to_bytes())
    assert results(again) == results(doc)


def test_published_comes_from_the_doc_then_the_config_then_a_dateline(host, nlp, seed_article):
    doc = nlp(seed_article.text)  # parsed once; each component variant runs on a copy
    with added(host, "newsread", {"published": SEED_DATE}) as configured:
        by_config = configured(doc.copy())
        assert by_config._.newsread_published == SEED_DATE
        assert dates_of(by_config)["Monday"] == "2018-09-17"
        own = doc.copy()
        own._.newsread_published = "2018-10-02"  # a date set on the Doc wins over the config
        assert dates_of(configured(own))["Monday"] == "2018-10-01"
    with added(host, "newsread") as plain:  # no date anywhere, and no dateline in this article
        undated = plain(doc.copy())
        assert undated._.newsread_published is None and dates_of(undated)["Monday"] is None
    dateline = "WASHINGTON, Nov. 20, 2019 (AP) — Officials said on Monday that talks would resume."
    with added(host, "newsread") as plain:
        dated = plain(nlp(dateline))
        assert dated._.newsread_published == "2019-11-20" and dates_of(dated)["Monday"] == "2019-11-18"


def dates_of(doc: Doc) -> dict:
    return {s.text: s._.newsread_value for s in doc.spans["newsread_dates"]}


def test_the_three_components_together_give_what_newsread_gives(host, nlp, seed_article):
    doc = nlp(seed_article.text)
    with added(host, "newsread", {"published": SEED_DATE}) as whole:
        expected = results(whole(doc.copy()))
    parts = doc.copy()
    for factory, config in (("newsread_entities", {}), ("newsread_dates", {"published": SEED_DATE}), ("newsread_quotes", {})):
        with added(host, factory, config) as component:
            parts = component(parts)
    assert results(parts) == expected
    # Without newsread_entities before it, a stage says what it needs.
    with added(host, "newsread_quotes") as quotes, pytest.raises(ValueError, match="newsread_entities"):
        quotes(doc.copy())


def test_set_ents_false_leaves_the_model_entities(host, nlp, seed_article):
    doc = nlp(seed_article.text)
    model_ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    with added(host, "newsread", {"set_ents": False}) as component:
        kept = component(doc.copy())
    assert [(e.start_char, e.end_char, e.label_) for e in kept.ents] == model_ents
    corrected = [(s.start_char, s.end_char, s.label_) for s in kept.spans["newsread_entities"]]
    assert corrected != model_ents  # the corrections are there, beside doc.ents
