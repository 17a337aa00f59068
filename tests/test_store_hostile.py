"""A journal is untrusted input: malformed lines are skipped and counted, never a crash.

Journals are shared between the users of one machine, so any line may come from
another writer, a buggy tool or a hostile hand. Each case below crashed replay,
``extract`` or ``export`` before the schema check (issue #12, item 4).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsread.analysis.model import Actor, Analysis, Entity, Quote
from newsread.cli import main
from newsread.store import AnnotationStore, replay
from newsread.store.events import EVENT_TYPES
from newsread.store.lines import parse_lines
from newsread.store.schema import FIELDS, MAX_DEPTH, event_problem

TEXT = 'Ann Lee met Bob Ray in Paris.\n\n"We will win," Ann Lee said.\n'
QUOTE = "We will win,"
SHA = "0" * 64  # an article this journal was not made against: forces re-anchoring too


def model() -> Analysis:
    q = TEXT.index(QUOTE)
    return Analysis(
        text=TEXT,
        entities=[Entity(0, 7, "PERSON", "Ann Lee", "a1"), Entity(23, 28, "GPE", "Paris")],
        actors=[Actor("a1", "Ann Lee", "PERSON", ["Ann Lee"], 1, 1)],
        quotes=[Quote(q, q + len(QUOTE), QUOTE, speaker="a1", speaker_name="Ann Lee")],
    )


def base_event(type_: str, **fields) -> dict:
    q = TEXT.index(QUOTE)
    data = {"type": type_, "id": f"{len(fields):02d}{type_}".ljust(32, "x")[:32], "time": "2026-01-01T00:00:00.000Z",
            "user": "mallory", "sha256": SHA, "start": q, "end": q + len(QUOTE), "text": QUOTE}
    data.update(fields)
    return data


# Each crashed replay on main: TypeError, AttributeError, RecursionError (issue #12).
NESTED = "[" * 100_000 + "]" * 100_000
MALFORMED = {
    "undo with a list target": json.dumps({"type": "undo", "id": "u" * 32, "user": "m", "target": ["x"]}),
    "speaker_text is a number": json.dumps(
        base_event("quote.speaker", speaker_name="Bob Ray", speaker_start=12, speaker_end=19, speaker_text=5)
    ),
    "deeply nested JSON": NESTED,
    "deeply nested field of an event": json.dumps({**base_event("note", body="x"), "extra": [[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]}),
    "undo with an object target": json.dumps({"type": "undo", "id": "v" * 32, "target": {"id": "x"}}),
    "start is a string": json.dumps(base_event("entity.add", start="3", label="ORG")),
    "start is a boolean": json.dumps(base_event("entity.remove", start=True)),
    "label is a list": json.dumps(base_event("entity.relabel", label=["ORG"])),
    "note body is a number": json.dumps(base_event("note", body=5)),
    "speaker is an object": json.dumps(base_event("quote.add", speaker={"id": "a1"})),
    "user is a list": json.dumps(base_event("quote.remove", user=["root"])),
    "time is an object": json.dumps(base_event("quote.remove", time={"t": 1})),
    "empty id": json.dumps(base_event("quote.remove", id="")),
    "sha256 is a number": json.dumps(base_event("quote.remove", sha256=5)),
}


def write_journal(path: Path, lines: list[str]) -> None:
    """A journal made by the store (one good event), then ``lines`` appended raw, then one more good event."""
    store = AnnotationStore.open(None, TEXT, annotations=path)
    store.add_entity(12, 19, "PERSON")  # Bob Ray: the model missed him
    with open(path, "a", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")
    store.journal.forget_file()
    store.add_note("checked", 23, 28)


@pytest.mark.parametrize("case", list(MALFORMED))
def test_each_malformed_line_is_skipped_counted_and_the_rest_applied(tmp_path, case):
    path = tmp_path / "a.jsonl"
    write_journal(path, [MALFORMED[case]])
    store = AnnotationStore.open(None, TEXT, annotations=path)
    assert not store.read_only, store.error
    assert [e.type for e in store.events] == ["entity.add", "note"]
    (warning,) = [w for w in store.warnings if "invalid" in w]
    assert "skipped 1 invalid annotation line(s)" in warning and "\n" not in warning
    view = store.apply(model())
    assert (12, 19) in {(e.start, e.end) for e in view.analysis.entities}
    assert [n.body for n in view.notes] == ["checked"]
    # The line stays in the file (another writer's data is never rewritten), and the
    # next edit appends after it rather than treating the journal as damaged.
    store.add_entity(0, 7, "ORG")
    assert MALFORMED[case] in path.read_text(encoding="utf-8").splitlines()
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_all_malformed_lines_together_are_counted_once(tmp_path):
    path = tmp_path / "a.jsonl"
    write_journal(path, list(MALFORMED.values()))
    store = AnnotationStore.open(None, TEXT, annotations=path)
    (warning,) = [w for w in store.warnings if "invalid" in w]
    assert f"skipped {len(MALFORMED)} invalid annotation line(s)" in warning
    assert store.journal.damage is None  # valid JSON from another writer is not damage
    assert store.apply(model()).applied == 2


def test_a_malformed_last_line_without_newline_is_not_kept(tmp_path):
    path = tmp_path / "a.jsonl"
    write_journal(path, [])
    with open(path, "a", encoding="utf-8") as f:
        f.write(MALFORMED["undo with a list target"])  # no newline: the tail
    store = AnnotationStore.open(None, TEXT, annotations=path)
    assert [e.type for e in store.events] == ["entity.add", "note"]
    assert any("skipped 1 invalid" in w for w in store.warnings)
    store.apply(model())


# --------------------------------------------------------------------- fuzz
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=8,
)
FIELD_NAMES = sorted({name for fields in FIELDS.values() for name in fields} | {"type", "id", "user", "time", "sha256"})


@st.composite
def hostile_events(draw):
    """A plausible event (known type, real span) with some fields replaced by any JSON value."""
    type_ = draw(st.sampled_from(EVENT_TYPES))
    start = draw(st.integers(-3, len(TEXT) + 3))
    data = base_event(type_, start=start, end=start + draw(st.integers(-2, 12)),
                      text=draw(st.sampled_from(["Paris", QUOTE, "Ann", "", "nowhere"])),
                      sha256=draw(st.sampled_from([SHA, None])), label="ORG", body="b", target="x" * 32)
    data["id"] = draw(st.sampled_from(["a" * 32, "b" * 32, "c" * 32]))  # collisions and undo targets
    for name in draw(st.lists(st.sampled_from(FIELD_NAMES), max_size=4)):
        data[name] = draw(JSON_VALUES)
    return data


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(hostile_events(), max_size=6))
def test_fuzzed_event_fields_never_crash_replay(events):
    data = b"".join(json.dumps(e).encode() + b"\n" for e in events)
    parsed = parse_lines(data, 0, expect_header=False)
    assert len(parsed.events) + len(parsed.invalid) + parsed.ignored == len(events)
    for event in parsed.events:
        assert event_problem(event.data) is None
    view = replay(model(), parsed.events)  # must not raise, whatever survived the check
    for ent in view.analysis.entities:
        assert 0 <= ent.start < ent.end <= len(TEXT)


def test_nesting_limit_is_enforced_without_recursion():
    deep: list = []
    inner = deep
    for _ in range(MAX_DEPTH):
        inner.append([])
        inner = inner[0]
    assert "nested deeper" in event_problem({**base_event("note", body="x"), "extra": deep})
    assert event_problem({**base_event("note", body="x"), "extra": [[1]]}) is None


# ---------------------------------------------------------------- commands
@pytest.fixture
def cli_env(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    return article


def test_extract_and_export_warn_once_and_succeed(cli_env, capsys, nlp):
    journal = cli_env.with_name("a.txt.newsread.jsonl")
    write_journal(journal, [MALFORMED["undo with a list target"], MALFORMED["speaker_text is a number"], NESTED])
    assert main(["extract", str(cli_env), "--json"]) == 0
    out, err = capsys.readouterr()
    assert "Bob Ray" in {e["text"] for e in json.loads(out)["entities"]}
    (warning,) = [line for line in err.splitlines() if "invalid annotation" in line]
    assert "skipped 3 invalid annotation line(s)" in warning
    assert "Traceback" not in err
    assert main(["extract", str(cli_env)]) == 0  # the readable summary too
    capsys.readouterr()
    for fmt in ("jsonl", "csv"):
        assert main(["export", str(cli_env), "--format", fmt]) == 0
        out, err = capsys.readouterr()
        assert out and "skipped 3 invalid annotation line(s)" in err
