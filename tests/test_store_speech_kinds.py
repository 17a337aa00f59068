"""Kinds of speech in the annotation journal (#15): quote.add's ``kind``, ``quote.kind``, replay, exports."""

from __future__ import annotations

import csv
import io
import json

import pytest

from newsread.analysis.model import Actor, Analysis, Quote
from newsread.cli import main
from newsread.store import AnnotationError, AnnotationStore, make_event, replay, text_sha256
from newsread.store import events as ev
from newsread.store.quoted import quoted_parts
from newsread.store.schema import event_problem

TEXT = (
    'Minister Ana Ruiz said the plan was "fair and final" and that costs would fall.\n\n'
    '"We are ready," she told the board. Critics argued the timing was wrong.\n'
)


def at(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


MIXED = at('the plan was "fair and final" and that costs would fall')


def model_analysis() -> Analysis:
    """What a model might have found (written by hand so the test controls it)."""
    fair = at("fair and final")
    quotes = [
        Quote(*MIXED, TEXT[slice(*MIXED)], "a1", "Ana Ruiz", *at("Ana Ruiz"), "said", "name", kind="mixed",
              quoted=[{"start": fair[0], "end": fair[1]}]),
        Quote(*at("We are ready,"), "We are ready,", "a1", "Ana Ruiz", *at("she"), "told", "pronoun"),
    ]
    actors = [Actor("a1", "Ana Ruiz", "PERSON", ["Ana Ruiz"], 1, 2)]
    return Analysis(text=TEXT, source="t.txt", actors=actors, quotes=quotes)


@pytest.fixture
def store(tmp_path):
    return AnnotationStore.open(str(tmp_path / "t.txt"), TEXT)


def quote_at(analysis: Analysis, span: tuple[int, int]) -> Quote:
    return next(q for q in analysis.quotes if (q.start, q.end) == span)


def test_quoted_parts_come_from_pairs_of_marks_only():
    text = 'He called it “a deal”, then "good" but don’t ‘quote’ me; rock’n’roll and “unclosed'
    assert [text[p["start"]:p["end"]] for p in quoted_parts(text, 0, len(text))] == ["a deal", "good", "quote"]
    assert quoted_parts(TEXT, *MIXED) == [dict(zip(("start", "end"), at("fair and final")))]


def test_reported_speech_is_added_and_re_kinded_and_the_journal_says_so(store):
    timing = at("the timing was wrong")
    store.add_quote(*timing, speaker_name="Critics", cue="argued", kind="indirect")
    store.set_kind(*MIXED, "indirect")
    store.set_kind(*at("We are ready,"), "mixed")  # no marks inside: mixed, with nothing quoted
    view = store.apply(model_analysis())
    added = quote_at(view.analysis, timing)
    assert (added.kind, added.quoted, added.speaker_name, view.quote_origin(added)) == ("indirect", [], "Critics", "user")
    rekinded = quote_at(view.analysis, MIXED)
    assert (rekinded.kind, rekinded.quoted, view.quote_origin(rekinded)) == ("indirect", [], "corrected")
    assert quote_at(view.analysis, at("We are ready,")).kind == "mixed"
    # Back to mixed: the quoted words are found again from the marks.
    store.set_kind(*MIXED, "mixed")
    again = quote_at(store.apply(model_analysis()).analysis, MIXED)
    assert again.kind == "mixed" and again.quoted == quote_at(model_analysis(), MIXED).quoted
    lines = [json.loads(line) for line in store.path.read_text(encoding="utf-8").splitlines()[1:]]
    assert [(e["type"], e.get("kind")) for e in lines] == [
        ("quote.add", "indirect"), ("quote.kind", "indirect"), ("quote.kind", "mixed"), ("quote.kind", "mixed")]
    assert all(event_problem(e) is None for e in lines)


def test_an_unknown_kind_is_refused_by_the_store(store):
    with pytest.raises(AnnotationError, match="unknown kind"):
        store.add_quote(*at("the timing was wrong"), kind="shouted")
    with pytest.raises(AnnotationError, match="unknown kind"):
        store.set_kind(*MIXED, "whispered")
    assert not store.events


def test_journals_from_before_kinds_still_mean_what_they_meant():
    sha = text_sha256(TEXT)
    old_add = make_event(ev.QUOTE_ADD, article_sha=sha, start=MIXED[0], end=MIXED[1], text=TEXT[slice(*MIXED)],
                         speaker_name="Ana Ruiz")
    new_span = at("the timing was wrong")
    old_new = make_event(ev.QUOTE_ADD, article_sha=sha, start=new_span[0], end=new_span[1],
                         text=TEXT[slice(*new_span)], speaker_name="Critics")
    view = replay(model_analysis(), [old_add, old_new])
    assert quote_at(view.analysis, MIXED).kind == "mixed"  # a known item keeps its kind
    assert quote_at(view.analysis, new_span).kind == "direct"  # a new one was a quote


def test_speech_replaces_overlapping_speech_of_its_own_family_only():
    sha = text_sha256(TEXT)
    fair = at("fair and final")
    quote = make_event(ev.QUOTE_ADD, article_sha=sha, start=fair[0], end=fair[1], text="fair and final",
                       speaker_name="Ana Ruiz", kind="direct")
    view = replay(model_analysis(), [quote])
    assert {(q.start, q.end, q.kind) for q in view.analysis.quotes} >= {(*MIXED, "mixed"), (*fair, "direct")}
    wider = at("costs would fall")
    report = make_event(ev.QUOTE_ADD, article_sha=sha, start=wider[0], end=wider[1], text="costs would fall",
                        speaker_name="Ana Ruiz", kind="indirect")
    view = replay(model_analysis(), [report])
    assert [(q.start, q.end) for q, _ in view.removed_quotes] == [MIXED]
    assert quote_at(view.analysis, wider).kind == "indirect"


@pytest.mark.parametrize(("event", "problem"), [
    ({"type": "quote.kind", "id": "e1", "start": 0, "end": 3, "text": "Min", "kind": "indirect"}, None),
    ({"type": "quote.kind", "id": "e1", "start": 0, "end": 3, "text": "Min"}, "'kind' is missing or null"),
    ({"type": "quote.kind", "id": "e1", "start": 0, "end": 3, "text": "Min", "kind": 3}, "'kind' is a number"),
    ({"type": "quote.add", "id": "e1", "start": 0, "end": 3, "text": "Min", "kind": ["direct"]}, "'kind' is a list"),
    ({"type": "quote.add", "id": "e1", "start": 0, "end": 3, "text": "Min"}, None),
])
def test_the_schema_checks_kind(event, problem):
    found = event_problem(event)
    assert found == problem if problem is None else found.startswith(problem)


def test_an_unknown_kind_in_a_journal_is_not_applied():
    sha = text_sha256(TEXT)
    odd = make_event(ev.QUOTE_KIND, article_sha=sha, start=MIXED[0], end=MIXED[1], text=TEXT[slice(*MIXED)],
                     kind="sung")
    view = replay(model_analysis(), [odd])
    assert quote_at(view.analysis, MIXED).kind == "mixed"
    assert [reason for _, reason in view.unapplied] == ["unknown kind of speech 'sung'"]


def test_exports_carry_the_corrected_kind(capsys, tmp_path, monkeypatch):
    """Through the CLI, on the real model's analysis of TEXT, with the journal the reader writes."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    article = tmp_path / "ruiz.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(article), "--json", "--no-annotations"]) == 0
    model = json.loads(capsys.readouterr().out)
    assert model["quotes"], "the model finds some speech in TEXT"
    first = model["quotes"][0]
    other_kind = "direct" if first["kind"] != "direct" else "indirect"
    store = AnnotationStore.open(str(article), TEXT)
    store.set_kind(first["start"], first["end"], other_kind)
    timing = at("the timing was wrong")
    store.add_quote(*timing, speaker_name="Critics", kind="indirect")

    assert main(["export", str(article), "--format", "csv"]) == 0
    rows = {(int(r["quote_start"]), int(r["quote_end"])): r for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert rows[(first["start"], first["end"])]["kind"] == other_kind
    assert (rows[timing]["kind"], rows[timing]["speaker"]) == ("indirect", "Critics")
    assert rows[timing]["origin"] in ("user", "corrected")  # the model may have found it too

    assert main(["export", str(article), "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    kinds = {(line["meta"]["offset"] + q["start"], line["meta"]["offset"] + q["end"]): q["kind"]
             for line in lines for q in line["quotes"]}
    assert (kinds[(first["start"], first["end"])], kinds[timing]) == (other_kind, "indirect")
