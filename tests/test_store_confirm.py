"""``quote.confirm``: the user says a doubtful speaker is right; extract and export show it as sure.

The round trip goes through the store the reader uses and the real ``newsread extract``; the
replay rules are checked on analyses written by hand.
"""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from newsread.analysis.model import Actor, Analysis, Quote
from newsread.cli import main
from newsread.store import AnnotationStore, replay
from newsread.store import events as ev
from newsread.store.schema import event_problem

from conftest import ROOT

SCHEMA = json.loads((ROOT / "tests" / "analysis.schema.json").read_text())
# "they" after two people named: the engine gives it to the group named in passing, and doubts it.
TEXT = (
    "The residents group and the council met on Monday. Ruth Ellison and Ada Stone handed in a petition.\n\n"
    '"We will fight this decision," they said.\n'
)


@pytest.fixture
def article(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "meeting.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def extract(capsys, article, *extra) -> dict:
    code = main(["extract", str(article), "--json", *extra])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_confirmed_speaker_comes_out_of_extract_sure_and_flagged(capsys, article):
    model = extract(capsys, article)
    (quote,) = [q for q in model["quotes"] if q["text"].startswith("We will fight")]
    assert quote["speaker_confidence"] < 0.5 and not quote["speaker_confirmed"]
    store = AnnotationStore.open(str(article), TEXT)
    event = store.confirm_speaker(quote["start"], quote["end"], quote["speaker"], quote["speaker_name"],
                                  quote["speaker_start"], quote["speaker_end"])
    assert event.type == ev.QUOTE_CONFIRM and event.get("speaker_text") == "they"

    data = extract(capsys, article)
    jsonschema.validate(data, SCHEMA)
    (after,) = [q for q in data["quotes"] if q["start"] == quote["start"]]
    assert (after["speaker_name"], after["speaker_start"]) == (quote["speaker_name"], quote["speaker_start"])
    assert after["speaker_confidence"] == 1.0 and after["speaker_confirmed"] is True
    assert after["resolved_via"] == "pronoun"  # a confirmation keeps how the engine found it
    others = [q for q in data["quotes"] if q["start"] != quote["start"]]
    assert not any(q["speaker_confirmed"] for q in others)

    untouched = extract(capsys, article, "--no-annotations")
    (again,) = [q for q in untouched["quotes"] if q["start"] == quote["start"]]
    assert again["speaker_confidence"] == quote["speaker_confidence"] and not again["speaker_confirmed"]

    store.undo(event.id)
    (undone,) = [q for q in extract(capsys, article)["quotes"] if q["start"] == quote["start"]]
    assert not undone["speaker_confirmed"] and undone["speaker_confidence"] == quote["speaker_confidence"]


# -- replay rules on analyses written by hand ------------------------------------------------
HAND = 'Anna Pike met Tom Hale. "We won," she said.'


def hand_analysis(speaker: str, name: str) -> Analysis:
    s = HAND.index("We won")
    p = HAND.index("she said")
    quote = Quote(s, s + 7, "We won,", speaker, name, p, p + 3, "said", "pronoun",
                  speaker_confidence=0.3)
    actors = [Actor("a1", "Anna Pike", "PERSON", ["Anna Pike"], 1, 0), Actor("a2", "Tom Hale", "PERSON", ["Tom Hale"], 1, 0)]
    return Analysis(text=HAND, actors=actors, quotes=[quote])


def confirm_event(analysis: Analysis, tmp_path):
    store = AnnotationStore.open(str(tmp_path / "hand.txt"), HAND)
    q = analysis.quotes[0]
    return store.confirm_speaker(q.start, q.end, q.speaker, q.speaker_name, q.speaker_start, q.speaker_end)


def test_a_confirmed_speaker_stands_when_the_model_later_names_another(tmp_path):
    event = confirm_event(hand_analysis("a1", "Anna Pike"), tmp_path)
    later_model = hand_analysis("a2", "Tom Hale")  # a newer engine gives the words to Tom Hale
    out = replay(later_model, [event])
    (quote,) = out.analysis.quotes
    assert (quote.speaker, quote.speaker_name) == ("a1", "Anna Pike")
    assert quote.speaker_confidence == 1.0 and quote.speaker_confirmed
    assert (quote.speaker_start, quote.speaker_end) == (HAND.index("she said"), HAND.index("she said") + 3)
    assert out.quote_origin(quote) == "corrected" and out.applied == 1
    assert later_model.quotes[0].speaker == "a2"  # replay never changes the model's analysis


def test_confirming_a_vanished_quote_is_listed_not_applied(tmp_path):
    event = confirm_event(hand_analysis("a1", "Anna Pike"), tmp_path)
    model = hand_analysis("a1", "Anna Pike")
    model.quotes = []
    out = replay(model, [event])
    assert out.applied == 0 and [reason for _, reason in out.unapplied] == ["no quote at this span"]


def test_a_speaker_chosen_by_the_user_is_sure_too(tmp_path):
    model = hand_analysis("a1", "Anna Pike")
    store = AnnotationStore.open(str(tmp_path / "hand.txt"), HAND)
    q = model.quotes[0]
    out = replay(model, [store.set_speaker(q.start, q.end, speaker="a2", speaker_name="Tom Hale")])
    (quote,) = out.analysis.quotes
    assert quote.speaker_name == "Tom Hale" and quote.speaker_confidence == 1.0 and quote.speaker_confirmed


def test_a_confirm_event_is_checked_like_any_other():
    good = {"type": ev.QUOTE_CONFIRM, "id": "e1", "start": 1, "end": 5, "text": "x", "speaker_name": "Anna Pike"}
    assert event_problem(good) is None
    bad = copy.deepcopy(good)
    bad["speaker_name"] = ["Anna Pike"]
    assert event_problem(bad) == "'speaker_name' is a list, not a string or null"
    assert ev.QUOTE_CONFIRM in ev.EVENT_TYPES
