"""Replaying annotations over an Analysis: corrections, origins, undo, speakers, notes."""

from __future__ import annotations

import pytest

from newsread.analysis.model import Actor, Analysis, DateMention, Entity, Quote
from newsread.store import CORRECTED, MODEL, USER, AnnotationError, AnnotationStore, make_event, replay, text_sha256

TEXT = (
    "Maria Lopez, the finance minister, met Tom Reed in Lisbon on Monday.\n\n"
    '"We will cut taxes," Lopez said. Reed called it "a fine plan".\n'
)


def at(sub: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(sub, i + 1)
    return i, i + len(sub)


def model_analysis() -> Analysis:
    """What a model might have said (written by hand so the test controls it)."""
    ents = [
        Entity(*at("Maria Lopez"), "PERSON", "Maria Lopez", "a1"),
        Entity(*at("Tom Reed"), "ORG", "Tom Reed", "a2"),  # wrong label
        Entity(*at("Lisbon"), "GPE", "Lisbon", "a3"),
        Entity(*at("Monday"), "DATE", "Monday"),
        Entity(*at("Lopez", 1), "PERSON", "Lopez", "a1"),
    ]
    actors = [
        Actor("a1", "Maria Lopez", "PERSON", ["Maria Lopez", "Lopez"], 2, 1),
        Actor("a2", "Tom Reed", "ORG", ["Tom Reed"], 1, 0),
        Actor("a3", "Lisbon", "GPE", ["Lisbon"], 1, 0),
    ]
    quotes = [Quote(*at("We will cut taxes"), "We will cut taxes", "a1", "Maria Lopez", *at("Lopez", 1), "said", "name")]
    dates = [DateMention(*at("Monday"), "Monday", "DATE", None)]
    return Analysis(text=TEXT, source="t.txt", entities=ents, actors=actors, quotes=quotes, dates=dates)


@pytest.fixture
def store(tmp_path):
    return AnnotationStore.open(str(tmp_path / "t.txt"), TEXT)


def test_no_events_gives_the_model_analysis_unchanged(store):
    model = model_analysis()
    view = store.apply(model)
    assert view.analysis.to_dict() == model_analysis().to_dict()
    assert view.entity_origin(view.analysis.entities[0]) == MODEL


def test_entity_corrections_and_origins(store):
    model = model_analysis()
    store.relabel_entity(*at("Tom Reed"), "PERSON", old_label="ORG")
    store.remove_entity(*at("Lisbon"), "GPE")
    store.add_entity(*at("finance minister"), "TITLE")
    view = store.apply(model)
    an = view.analysis
    by_span = {(e.start, e.end): e for e in an.entities}
    reed = by_span[at("Tom Reed")]
    assert reed.label == "PERSON" and view.entity_origin(reed) == CORRECTED
    assert an.actor(reed.actor).label == "PERSON"  # re-attached to a PERSON actor
    assert at("Lisbon") not in by_span and [e.text for e, _ in view.removed_entities] == ["Lisbon"]
    assert "a3" not in {a.id for a in an.actors}  # the emptied actor is gone from the sidebar
    title = by_span[at("finance minister")]
    assert view.entity_origin(title) == USER and title.actor is None
    assert view.entity_origin(by_span[at("Maria Lopez")]) == MODEL
    assert model.to_dict() == model_analysis().to_dict()  # the model's analysis is not modified
    assert view.applied == 3 and not view.unapplied and not view.orphans


def test_added_entity_replaces_overlapping_ones_and_joins_actor(store):
    store.add_entity(*at("Lopez", 1), "PERSON")  # same span as a model entity: replaced by the user's
    store.add_entity(at("Maria Lopez")[0], at("finance minister")[1], "PERSON")
    view = store.apply(model_analysis())
    spans = [(e.start, e.end) for e in view.analysis.entities]
    assert at("Maria Lopez") not in spans
    assert (at("Maria Lopez")[0], at("finance minister")[1]) in spans
    lopez = next(e for e in view.analysis.entities if (e.start, e.end) == at("Lopez", 1))
    assert lopez.actor == "a1"  # "Lopez" is an alias of the existing actor
    assert sum(1 for s in spans for o in spans if s != o and s[0] < o[1] and o[0] < s[1]) == 0


def test_date_labels_follow_entities(store):
    store.relabel_entity(*at("Monday"), "TIME")
    store.add_entity(*at("taxes"), "DATE")
    view = store.apply(model_analysis())
    dates = {(d.start, d.end): d.label for d in view.analysis.dates}
    assert dates == {at("Monday"): "TIME", at("taxes"): "DATE"}
    store.remove_entity(*at("Monday"))
    assert at("Monday") not in {(d.start, d.end) for d in store.apply(model_analysis()).analysis.dates}


def test_remove_of_missing_item_is_listed_not_dropped(store):
    store.remove_entity(*at("Monday"))
    store.remove_entity(*at("Monday"))  # second time: nothing there any more
    store.remove_quote(*at("a fine plan"))
    view = store.apply(model_analysis())
    assert [why for _, why in view.unapplied] == ["no entity at this span", "no quote at this span"]
    assert len(store.events) == 3


def test_quotes_add_remove_and_speakers(store):
    model = model_analysis()
    store.add_quote(*at("a fine plan"), speaker="a2", speaker_name="Tom Reed", cue="called it")
    view = store.apply(model)
    plan = next(q for q in view.analysis.quotes if q.text == "a fine plan")
    assert plan.speaker == "a2" and plan.cue == "called it" and view.quote_origin(plan) == USER
    # A typed name that matches no actor creates one.
    store.set_speaker(*at("We will cut taxes"), speaker_name="Ana Silva")
    view = store.apply(model)
    taxes = next(q for q in view.analysis.quotes if q.text == "We will cut taxes")
    silva = view.analysis.actor(taxes.speaker)
    assert silva.name == "Ana Silva" and silva.id.startswith("u") and silva.quotes == 1
    assert view.quote_origin(taxes) == CORRECTED and taxes.resolved_via is None
    assert view.analysis.actor("a1").quotes == 0
    # A typed name matching an alias picks that actor, whatever the recorded id.
    store.set_speaker(*at("We will cut taxes"), speaker="a9", speaker_name="lopez")
    view = store.apply(model)
    taxes = next(q for q in view.analysis.quotes if q.text == "We will cut taxes")
    assert taxes.speaker == "a1" and taxes.speaker_name == "Maria Lopez"
    assert "Ana Silva" not in {a.name for a in view.analysis.actors}  # her only quote moved away
    # Speaker mention span and "unknown speaker".
    store.set_speaker(*at("a fine plan"), speaker="a2", speaker_start=at("Reed", 1)[0], speaker_end=at("Reed", 1)[1])
    store.set_speaker(*at("We will cut taxes"))
    view = store.apply(model)
    plan = next(q for q in view.analysis.quotes if q.text == "a fine plan")
    assert (plan.speaker_start, plan.speaker_end) == at("Reed", 1)
    assert next(q for q in view.analysis.quotes if q.text == "We will cut taxes").speaker is None
    store.remove_quote(*at("a fine plan"))
    view = store.apply(model)
    assert [q.text for q in view.analysis.quotes] == ["We will cut taxes"]


def test_speaker_on_a_quote_the_model_lost_recreates_it(store):
    model = model_analysis()
    model.quotes = []
    store.set_speaker(*at("We will cut taxes"), speaker="a1", speaker_name="Maria Lopez")
    view = store.apply(model)
    assert [(q.text, q.speaker) for q in view.analysis.quotes] == [("We will cut taxes", "a1")]


def test_undo_latest_then_named_then_redo(store):
    model = model_analysis()
    e1 = store.remove_entity(*at("Lisbon"))
    e2 = store.relabel_entity(*at("Tom Reed"), "PERSON")
    u1 = store.undo()
    assert u1.get("target") == e2.id  # the latest edit
    labels = {e.text: e.label for e in store.apply(model).analysis.entities}
    assert labels["Tom Reed"] == "ORG" and "Lisbon" not in labels
    assert store.undo().get("target") == e1.id  # next undo goes further back, not a redo
    assert "Lisbon" in {e.text for e in store.apply(model).analysis.entities}
    assert store.undo() is None  # nothing left: nothing written
    store.undo(u1.id)  # undoing an undo restores its target
    assert {e.text: e.label for e in store.apply(model).analysis.entities}["Tom Reed"] == "PERSON"
    with pytest.raises(AnnotationError):
        store.undo("no-such-id")


def test_undo_only_touches_own_events_and_bare_undo_lines(store):
    model = model_analysis()
    sha = text_sha256(TEXT)
    mine = store.remove_entity(*at("Lisbon"))
    theirs = make_event("entity.remove", article_sha=sha, start=at("Monday")[0], end=at("Monday")[1], text="Monday", user="other")
    store.journal.append(theirs)
    assert store.undo().get("target") == mine.id
    # A hand-written undo without a target undoes the latest of its own user's events.
    store.journal.append(make_event("undo", article_sha=sha, user="other"))
    view = store.apply(model)
    assert {mine.id, theirs.id} <= view.undone
    texts = {e.text for e in view.analysis.entities}
    assert {"Lisbon", "Monday"} <= texts


def test_notes_on_spans_and_on_the_article(store):
    store.add_note("check the title", *at("finance minister"))
    store.add_note("whole article is an op-ed")
    notes = store.apply(model_analysis()).notes
    assert [(n.body, n.start, n.text) for n in notes] == [
        ("check the title", at("finance minister")[0], "finance minister"),
        ("whole article is an op-ed", None, None),
    ]
    store.undo(notes[0].id)
    assert [n.body for n in store.apply(model_analysis()).notes] == ["whole article is an op-ed"]


def test_unknown_types_and_invalid_spans(store):
    sha = text_sha256(TEXT)
    store.journal.append(make_event("entity.add", article_sha=sha, start=0, end=5, text="Maria", label="PERSON"))
    from newsread.store import Event

    store.journal.append(Event({"type": "entity.merge", "id": "f" * 32, "user": "x"}))
    view = store.apply(model_analysis())
    assert view.applied == 1 and not view.unapplied
    with pytest.raises(AnnotationError, match="invalid span"):
        store.add_entity(5, 2, "PERSON")
    with pytest.raises(AnnotationError, match="invalid span"):
        store.add_entity(0, len(TEXT) + 1, "PERSON")


def test_replay_is_deterministic_from_events():
    sha = text_sha256(TEXT)
    events = [
        make_event("entity.relabel", article_sha=sha, start=at("Tom Reed")[0], end=at("Tom Reed")[1], text="Tom Reed", label="PERSON"),
        make_event("entity.relabel", article_sha=sha, start=at("Tom Reed")[0], end=at("Tom Reed")[1], text="Tom Reed", label="NORP"),
    ]
    a = replay(model_analysis(), events).analysis.to_dict()
    b = replay(model_analysis(), events).analysis.to_dict()
    assert a == b
    assert next(e for e in a["entities"] if e["text"] == "Tom Reed")["label"] == "NORP"  # last edit wins


def test_read_only_store_refuses_edits(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("not a journal\n")
    store = AnnotationStore.open(str(tmp_path / "t.txt"), TEXT, annotations=bad)
    assert store.read_only and "not a newsread annotation journal" in store.describe()
    with pytest.raises(AnnotationError, match="read-only"):
        store.add_entity(0, 5, "PERSON")
    assert bad.read_text() == "not a journal\n"


def test_with_the_real_model(tmp_path, seed_analysis):
    """Corrections applied over the real spaCy analysis of the seed article."""
    store = AnnotationStore.open(str(tmp_path / "idlib.txt"), seed_analysis.text)
    first = seed_analysis.entities[0]
    store.remove_entity(first.start, first.end, first.label)
    second = seed_analysis.entities[1]
    new_label = "ORG" if second.label != "ORG" else "PERSON"
    store.relabel_entity(second.start, second.end, new_label)
    view = store.apply(seed_analysis)
    spans = {(e.start, e.end): e for e in view.analysis.entities}
    assert (first.start, first.end) not in spans
    assert spans[(second.start, second.end)].label == new_label
    assert len(view.analysis.entities) == len(seed_analysis.entities) - 1
    for e in view.analysis.entities:
        assert view.analysis.text[e.start : e.end] == e.text


def test_origins_after_repeated_edits(store):
    """A user-made item stays USER when edited again; re-adding a model span is a correction."""
    store.add_entity(*at("finance minister"), "TITLE")
    store.relabel_entity(*at("finance minister"), "ROLE")
    store.add_entity(*at("Lisbon"), "LOC")  # same span as the model's GPE
    view = store.apply(model_analysis())
    by_span = {(e.start, e.end): e for e in view.analysis.entities}
    assert by_span[at("finance minister")].label == "ROLE"
    assert view.entity_origin(by_span[at("finance minister")]) == USER
    assert view.entity_origin(by_span[at("Lisbon")]) == CORRECTED
    assert by_span[at("Lisbon")].label == "LOC" and view.removed_entities == []


def test_readding_a_model_quote_without_speaker_keeps_its_speaker(store):
    store.add_quote(*at("We will cut taxes"))
    view = store.apply(model_analysis())
    (quote,) = view.analysis.quotes
    assert quote.speaker == "a1" and quote.cue == "said"
