"""Property tests: any sequence of events replays without error into a consistent Analysis."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsread.analysis.model import Actor, Analysis, Entity, Quote
from newsread.store import Event, replay, text_sha256

TEXT = 'Kim Lee told Ana Ruiz in Oslo: "We start now." Lee left. "Soon," said Ruiz.\n'
SHA = text_sha256(TEXT)


def model() -> Analysis:
    def ent(sub, label, actor=None, nth=0):
        i = -1
        for _ in range(nth + 1):
            i = TEXT.index(sub, i + 1)
        return Entity(i, i + len(sub), label, sub, actor)

    q1, q2 = TEXT.index("We start now."), TEXT.index("Soon,")
    return Analysis(
        text=TEXT,
        entities=[ent("Kim Lee", "PERSON", "a1"), ent("Ana Ruiz", "PERSON", "a2"), ent("Oslo", "GPE", "a3"),
                  ent("Lee", "PERSON", "a1", nth=1), ent("Ruiz", "PERSON", "a2", nth=1)],
        actors=[Actor("a1", "Kim Lee", "PERSON", ["Kim Lee", "Lee"], 2, 1),
                Actor("a2", "Ana Ruiz", "PERSON", ["Ana Ruiz", "Ruiz"], 2, 1),
                Actor("a3", "Oslo", "GPE", ["Oslo"], 1, 0)],
        quotes=[Quote(q1, q1 + 13, "We start now.", "a1", "Kim Lee", 0, 7, "told", "name"),
                Quote(q2, q2 + 5, "Soon,", "a2", "Ana Ruiz", None, None, "said", "name")],
    )


TYPES = ["entity.add", "entity.remove", "entity.relabel", "quote.add", "quote.remove", "quote.speaker", "note",
         "undo", "future.kind"]


@st.composite
def events(draw):
    out = []
    for n in range(draw(st.integers(0, 14))):
        kind = draw(st.sampled_from(TYPES))
        data = {"type": kind, "id": f"{n:032x}", "user": draw(st.sampled_from(["ann", "bob"]))}
        if kind == "undo":
            if out and draw(st.booleans()):
                data["target"] = draw(st.sampled_from([e["id"] for e in out]))
        else:
            s = draw(st.integers(0, len(TEXT) - 1))
            e = draw(st.integers(s + 1, len(TEXT)))
            stale = draw(st.booleans())  # made against another version of the text
            data.update(start=s, end=e, sha256="f" * 64 if stale else SHA,
                        text=draw(st.sampled_from([TEXT[s:e], "Lee", "gone words"])) if stale else TEXT[s:e],
                        label=draw(st.sampled_from(["PERSON", "ORG", "DATE", "X"])),
                        speaker=draw(st.sampled_from([None, "a1", "a2", "a9"])),
                        speaker_name=draw(st.sampled_from([None, "Lee", "Zed Who", "ana ruiz"])),
                        body="note")
        out.append(data)
    return [Event(d) for d in out]


@settings(max_examples=200, deadline=None)
@given(events())
def test_any_events_replay_into_a_consistent_analysis(evs):
    view = replay(model(), evs)
    an = view.analysis
    ids = {a.id for a in an.actors}
    for e in an.entities:
        assert 0 <= e.start < e.end <= len(TEXT) and TEXT[e.start : e.end] == e.text
        assert e.actor is None or e.actor in ids
    spans = sorted((e.start, e.end) for e in an.entities)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # no overlapping entities
    for q in an.quotes:
        assert TEXT[q.start : q.end] == q.text and (q.speaker is None or q.speaker in ids)
    qspans = sorted((q.start, q.end) for q in an.quotes)
    assert all(a[1] <= b[0] for a, b in zip(qspans, qspans[1:]))
    for a in an.actors:
        assert a.mentions == sum(1 for e in an.entities if e.actor == a.id)
        assert a.quotes == sum(1 for q in an.quotes if q.speaker == a.id)
    for key in view.entity_marks:
        assert key in {(e.start, e.end) for e in an.entities}
    for key in view.quote_marks:
        assert key in {(q.start, q.end) for q in an.quotes}
    assert replay(model(), evs).analysis.to_dict() == an.to_dict()  # deterministic
