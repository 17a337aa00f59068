"""Replay rules of the actor events (#14) on analyses written by hand, and their journal check:
anchored by a mention and a name (never by the model's ids), orphaned when neither is found,
no-ops said as such, and a malformed event skipped as it is read.
"""

from __future__ import annotations

import json

from newsread.analysis.model import Actor, Analysis, Entity, Quote
from newsread.store import AnnotationStore, replay
from newsread.store import events as ev
from newsread.store.schema import MAX_SPANS, event_problem

TEXT = 'Anna Pike met Tom Hale at the quay. "We won," Pike said. "Not yet," Hale said.'


def span(words: str, text: str = TEXT, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def hand(text: str = TEXT, ids: tuple[str, str, str] = ("a1", "a2", "a3")) -> Analysis:
    """Anna Pike (and her surname, misfiled as an organisation, which speaks) and Tom Hale."""
    anna, tom, pike = ids
    ents = [Entity(*span("Anna Pike", text), "PERSON", "Anna Pike", anna),
            Entity(*span("Tom Hale", text), "PERSON", "Tom Hale", tom),
            Entity(*span("Pike", text, 1), "ORG", "Pike", pike),
            Entity(*span("Hale", text, 1), "PERSON", "Hale", tom)]
    actors = [Actor(anna, "Anna Pike", "PERSON", ["Anna Pike", "Pike"], 1, 0),
              Actor(tom, "Tom Hale", "PERSON", ["Tom Hale", "Hale"], 2, 1),
              Actor(pike, "Pike", "ORG", ["Pike"], 1, 1)]
    quotes = [Quote(*span("We won,", text), "We won,", pike, "Pike", *span("Pike", text, 1), "said", "name"),
              Quote(*span("Not yet,", text), "Not yet,", tom, "Tom Hale", *span("Hale", text, 1), "said", "name")]
    return Analysis(text=text, entities=ents, actors=actors, quotes=quotes)


def store(tmp_path, text: str = TEXT) -> AnnotationStore:
    return AnnotationStore.open(None, text, annotations=tmp_path / "hand.jsonl")


def merge_pike_into_anna(tmp_path):
    return store(tmp_path).merge_actors("Pike", "ORG", span("Pike", nth=1), "Anna Pike", "PERSON", span("Anna Pike"))


def test_a_merge_follows_its_mentions_when_the_text_and_the_ids_change(tmp_path):
    event = merge_pike_into_anna(tmp_path)
    edited = "Updated at noon. " + TEXT.replace("at the quay", "on the quay at dawn")
    model = hand(edited, ids=("a7", "a8", "a9"))  # another engine numbers the actors otherwise
    out = replay(model, [event])
    assert out.applied == 1 and out.reanchored == [event] and not out.orphans
    assert [a.id for a in out.analysis.actors] == ["a7", "a8"]
    won = out.analysis.quotes[0]
    assert (won.speaker, won.speaker_name) == ("a7", "Anna Pike")
    pike = next(e for e in out.analysis.entities if e.text == "Pike")
    assert (pike.label, pike.actor) == ("PERSON", "a7")
    assert model.actor("a9") is not None  # the model's analysis is never changed


def test_an_actor_is_found_by_name_when_its_mention_is_not_an_entity_any_more(tmp_path):
    event = merge_pike_into_anna(tmp_path)
    model = hand()
    model.entities = [e for e in model.entities if e.text != "Anna Pike"]  # the target's mention is not tagged
    model.quotes[1].speaker, model.quotes[1].speaker_name = "a1", "Anna Pike"  # but she is still an actor
    out = replay(model, [event])
    assert out.applied == 1 and not out.orphans
    assert [(q.speaker, q.speaker_name) for q in out.analysis.quotes] == [("a1", "Anna Pike")] * 2


def test_an_actor_whose_words_are_gone_is_an_orphan(tmp_path):
    event = merge_pike_into_anna(tmp_path)
    text = TEXT.replace('"We won," Pike said. ', "")
    model = Analysis(text=text, actors=[Actor("a1", "Anna Pike", "PERSON", ["Anna Pike"], 1, 0)],
                     entities=[Entity(*span("Anna Pike", text), "PERSON", "Anna Pike", "a1")])
    out = replay(model, [event])
    assert out.orphans == [event] and out.applied == 0
    assert [a.name for a in out.analysis.actors] == ["Anna Pike"]


def test_merging_what_is_one_actor_or_splitting_all_its_mentions_changes_nothing(tmp_path):
    merge = merge_pike_into_anna(tmp_path)
    split = store(tmp_path).split_actor("Tom Hale", "PERSON", [span("Tom Hale"), span("Hale", nth=1)])
    model = hand()
    model.entities[2].actor = model.quotes[0].speaker = "a1"  # a newer engine joins them itself
    out = replay(model, [merge, split])
    assert out.applied == 0
    assert [reason for _, reason in out.unapplied] == [
        "“Anna Pike” is already one actor",
        "these are all the mentions of “Tom Hale”: it is an actor of its own already",
    ]


def test_relabelling_an_actor_joins_the_one_of_that_label_or_leaves_a_thing(tmp_path):
    s = store(tmp_path)
    to_person = s.relabel_actor("Pike", "ORG", span("Pike", nth=1), "PERSON")
    to_thing = s.relabel_actor("Tom Hale", "PERSON", span("Tom Hale"), "PRODUCT")
    out = replay(hand(), [to_person, to_thing])
    assert out.applied == 2
    assert [(a.id, a.name, a.mentions, a.quotes) for a in out.analysis.actors] == [("a1", "Anna Pike", 2, 1)]
    won, not_yet = out.analysis.quotes
    assert (won.speaker, won.speaker_name) == ("a1", "Anna Pike")
    assert (not_yet.speaker, not_yet.speaker_name) == (None, "Tom Hale"), "the name stays, as a description"
    assert {(e.text, e.label, e.actor) for e in out.analysis.entities if "Hale" in e.text} == {
        ("Tom Hale", "PRODUCT", None), ("Hale", "PRODUCT", None)}


def test_the_checker_accepts_the_actor_events_and_skips_malformed_ones(tmp_path):
    s = store(tmp_path)
    good = [merge_pike_into_anna(tmp_path), s.split_actor("Tom Hale", "PERSON", [span("Hale", nth=1)]),
            s.relabel_actor("Pike", "ORG", span("Pike", nth=1), "PERSON")]
    for event in good:
        assert event_problem(json.loads(json.dumps(event.data))) is None
    split = good[1].data
    mention = split["mentions"][0]
    bad = {
        "no mentions": {**split, "mentions": None},
        "empty mentions": {**split, "mentions": []},
        "mentions not a list": {**split, "mentions": mention},
        "a mention without text": {**split, "mentions": [{"start": 1, "end": 5}]},
        "an offset as a string": {**split, "mentions": [{**mention, "start": "1"}]},
        "a boolean offset": {**split, "mentions": [{**mention, "end": True}]},
        "too many mentions": {**split, "mentions": [mention] * (MAX_SPANS + 1)},
        "merge target offset as a string": {**good[0].data, "into_start": "12"},
        "merge name as a list": {**good[0].data, "name": ["Pike"]},
        "relabel without a label": {**good[2].data, "label": None},
    }
    for why, data in bad.items():
        assert event_problem(data) is not None, why
    assert event_problem(bad["a mention without text"]).startswith("'mentions' is a list, not a list of 1 to")

    path = tmp_path / "shared.jsonl"  # the same lines from another writer's journal
    lines = [json.dumps(e.data) for e in good] + [json.dumps(d) for d in bad.values()]
    header = json.dumps(ev.make_header(None, s.sha))
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    read = AnnotationStore.open(None, TEXT, annotations=path)
    assert [e.type for e in read.events] == ["actor.merge", "actor.split", "actor.relabel"]
    assert any(f"skipped {len(bad)} invalid" in w for w in read.warnings)
    out = replay(hand(), read.events)
    # The relabel names "Pike" by a mention that the merge before it gave to Anna Pike: nothing left to do.
    assert out.applied == 2 and [reason for _, reason in out.unapplied] == ["“Anna Pike” is already PERSON"]
