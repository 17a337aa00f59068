"""One actor per person, by the user's hand: merge, split and relabel whole actors (#14).

Each edit goes through the store the reader uses and comes out of the real ``newsread extract``
and ``newsread export --format csv``: mentions, quotes, speakers and counts must agree, with no
actor left behind holding quotes under an id nothing else uses (the "ghost" of a relabel).
"""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest

from newsread.cli import main
from newsread.store import AnnotationStore

from conftest import ROOT

SCHEMA = json.loads((ROOT / "tests" / "analysis.schema.json").read_text())
# A singer under her own name and her stage name (one person, two actors for the model), and
# a ferryman the model files as an organisation although he speaks.
TEXT = (
    "The singer Dolores Amato, who performs as Lola Storm, will play her last concert in Lisbon next month.\n\n"
    "\"Thirty years on the road is enough,\" Amato said in an interview. \"I want to sleep in my own bed.\"\n\n"
    "Storm's manager, Felix Ortega, said tickets sold out within an hour. Lola Storm thanked her fans on Sunday.\n\n"
    "The ferry from Terschelling will bring fans to the mainland for the night. \"We are ready for the summer "
    "crowds,\" Wiersma said on Thursday, standing on the quay. Wiersma added that the crossing would take an "
    "extra ten minutes.\n"
)


@pytest.fixture
def article(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "storm.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def extract(capsys, article) -> dict:
    code = main(["extract", str(article), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    jsonschema.validate(data, SCHEMA)
    return data


def csv_rows(capsys, article) -> list[dict]:
    code = main(["export", str(article), "--format", "csv"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return list(csv.DictReader(io.StringIO(out)))


def actor(data: dict, name: str) -> dict:
    (found,) = [a for a in data["actors"] if a["name"] == name]
    return found


def mentions(data: dict, actor_id: str) -> list[tuple[int, int]]:
    return [(e["start"], e["end"]) for e in data["entities"] if e["actor"] == actor_id]


def quotes_of(data: dict, actor_id: str) -> list[int]:
    return [q["start"] for q in data["quotes"] if q["speaker"] == actor_id]


def assert_no_ghost(data: dict) -> None:
    """Every id used is an actor's; every actor's counts are what points at it; none is empty."""
    actors = {a["id"]: a for a in data["actors"]}
    assert len(actors) == len(data["actors"]), "actor ids are unique"
    assert all(e["actor"] in actors for e in data["entities"] if e["actor"] is not None)
    for q in data["quotes"]:
        if q["speaker"] is not None:
            assert q["speaker"] in actors and q["speaker_name"] == actors[q["speaker"]]["name"]
    for a in actors.values():
        assert a["mentions"] == len(mentions(data, a["id"])) and a["quotes"] == len(quotes_of(data, a["id"]))
        assert a["mentions"] or a["quotes"], f"{a['name']} is an empty actor"
    for e in data["entities"]:
        if e["actor"] is not None:
            assert e["label"] == actors[e["actor"]]["label"], "a mention has its actor's label"


def test_merge_gives_one_actor_with_all_mentions_and_quotes_in_extract_and_csv(capsys, article):
    model = extract(capsys, article)
    amato, storm = actor(model, "Dolores Amato"), actor(model, "Lola Storm")
    assert amato["id"] != storm["id"] and amato["quotes"] == 2  # the model cannot know the stage name
    store = AnnotationStore.open(str(article), TEXT)
    event = store.merge_actors("Dolores Amato", "PERSON", mentions(model, amato["id"])[0],
                               "Lola Storm", "PERSON", mentions(model, storm["id"])[0])

    data = extract(capsys, article)
    assert_no_ghost(data)
    assert not [a for a in data["actors"] if a["name"] == "Dolores Amato" or a["id"] == amato["id"]]
    merged = actor(data, "Lola Storm")
    assert merged["id"] == storm["id"] and {"Dolores Amato", "Amato", "Storm"} <= set(merged["aliases"])
    assert merged["mentions"] == amato["mentions"] + storm["mentions"]
    assert merged["quotes"] == amato["quotes"] + storm["quotes"]
    assert set(mentions(data, merged["id"])) == set(mentions(model, amato["id"]) + mentions(model, storm["id"]))
    assert set(quotes_of(data, merged["id"])) == set(quotes_of(model, amato["id"]))

    rows = [r for r in csv_rows(capsys, article) if r["quote"].startswith(("Thirty years", "I want to sleep"))]
    assert len(rows) == 2
    assert {(r["speaker"], r["speaker_id"], r["origin"]) for r in rows} == {("Lola Storm", storm["id"], "corrected")}

    store.undo(event.id)
    again = extract(capsys, article)
    assert [(a["id"], a["name"], a["mentions"], a["quotes"]) for a in again["actors"]] == [
        (a["id"], a["name"], a["mentions"], a["quotes"]) for a in model["actors"]]


def test_split_takes_its_mentions_and_the_quotes_they_name(capsys, article):
    model = extract(capsys, article)
    amato = actor(model, "Dolores Amato")
    (surname,) = [(e["start"], e["end"]) for e in model["entities"] if e["text"] == "Amato"]
    assert all((q["speaker_start"], q["speaker_end"]) == surname for q in model["quotes"] if q["speaker"] == amato["id"])
    store = AnnotationStore.open(str(article), TEXT)
    store.split_actor("Dolores Amato", "PERSON", [surname])

    data = extract(capsys, article)
    assert_no_ghost(data)
    new, old = actor(data, "Amato"), actor(data, "Dolores Amato")
    assert new["id"] != amato["id"] == old["id"] and new["label"] == "PERSON"
    assert mentions(data, new["id"]) == [surname] and new["quotes"] == amato["quotes"] == 2
    assert (old["mentions"], old["quotes"]) == (amato["mentions"] - 1, 0)
    assert "Amato" not in old["aliases"]  # a later "Amato" speaker name finds the new actor, not this one
    rows = csv_rows(capsys, article)
    assert {r["speaker_id"] for r in rows if r["speaker"] == "Amato"} == {new["id"]}


def test_relabelling_each_mention_moves_its_quotes_and_leaves_no_ghost(capsys, article):
    model = extract(capsys, article)
    ferryman = actor(model, "Wiersma")
    label = "PERSON" if ferryman["label"] != "PERSON" else "ORG"
    spans = mentions(model, ferryman["id"])
    assert len(spans) == 2 and ferryman["quotes"] == 1
    store = AnnotationStore.open(str(article), TEXT)

    store.relabel_entity(*spans[0], label, old_label=ferryman["label"])  # the mention naming the speaker
    half = extract(capsys, article)
    assert_no_ghost(half)
    (moved,) = [a for a in half["actors"] if a["name"] == "Wiersma" and a["label"] == label]
    assert (moved["mentions"], moved["quotes"]) == (1, 1), "the quote follows the mention that names its speaker"

    store.relabel_entity(*spans[1], label, old_label=ferryman["label"])
    data = extract(capsys, article)
    assert_no_ghost(data)
    (only,) = [a for a in data["actors"] if a["name"] == "Wiersma"]
    assert only["label"] == label and (only["mentions"], only["quotes"]) == (2, 1)
    assert ferryman["id"] not in {a["id"] for a in data["actors"]}
    (row,) = [r for r in csv_rows(capsys, article) if r["quote"].startswith("We are ready")]
    assert (row["speaker"], row["speaker_id"]) == ("Wiersma", only["id"])


def test_relabelling_the_actor_moves_every_mention_at_once_and_keeps_its_quotes(capsys, article):
    model = extract(capsys, article)
    ferryman = actor(model, "Wiersma")
    label = "PERSON" if ferryman["label"] != "PERSON" else "ORG"
    store = AnnotationStore.open(str(article), TEXT)
    store.relabel_actor("Wiersma", ferryman["label"], mentions(model, ferryman["id"])[0], label)

    data = extract(capsys, article)
    assert_no_ghost(data)
    (only,) = [a for a in data["actors"] if a["name"] == "Wiersma"]
    assert (only["id"], only["label"], only["mentions"], only["quotes"]) == (ferryman["id"], label, 2, 1)
    assert {e["label"] for e in data["entities"] if e["text"] == "Wiersma"} == {label}
    (row,) = [r for r in csv_rows(capsys, article) if r["quote"].startswith("We are ready")]
    assert (row["speaker"], row["speaker_id"]) == ("Wiersma", ferryman["id"])
