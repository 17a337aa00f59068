"""`newsread export` (jsonl, spaCy DocBin, CSV) and `newsread extract` with annotations, through the CLI."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsread.cli import main
from newsread.store import AnnotationStore

TEXT = (
    "Angela Merkel met Emmanuel Macron in Berlin on Tuesday.\n\n"
    '"We agreed on the budget," Merkel told reporters after the meeting.\n\n'
    "The talks at the Chancellery lasted three hours.\n"
)


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    article = tmp_path / "talks.txt"
    article.write_text(TEXT, encoding="utf-8")
    return article


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def model_json(capsys, article):
    code, out, err = run(capsys, "extract", article, "--json", "--no-annotations")
    assert code == 0, err
    return json.loads(out)


def span(sub, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(sub, i + 1)
    return i, i + len(sub)


def annotate(article, model):
    """Corrections made through the store the UI uses: remove, relabel, add, quote."""
    store = AnnotationStore.open(str(article), TEXT)
    removed = model["entities"][0]
    store.remove_entity(removed["start"], removed["end"], removed["label"])
    store.add_entity(*span("the Chancellery"), "FAC")
    store.add_quote(*span("We agreed on the budget"), speaker_name="Angela Merkel", cue="told")
    store.add_quote(*span("three hours"), speaker_name="Nobody Known")
    store.remove_quote(*span("three hours"))
    return store, (removed["start"], removed["end"])


def test_extract_applies_annotations_by_default(capsys, env):
    model = model_json(capsys, env)
    assert model["entities"], "the model should find entities in this text"
    store, removed = annotate(env, model)
    assert store.path == env.with_name("talks.txt.newsread.jsonl")
    code, out, err = run(capsys, "extract", env, "--json")
    assert code == 0 and "annotation(s) applied" in err
    data = json.loads(out)
    spans = {(e["start"], e["end"]): e["label"] for e in data["entities"]}
    assert removed not in spans and spans[span("the Chancellery")] == "FAC"
    (quote,) = [q for q in data["quotes"] if q["text"] == "We agreed on the budget"]
    assert data["actors"][[a["id"] for a in data["actors"]].index(quote["speaker"])]["name"] == "Angela Merkel"
    assert "three hours" not in [q["text"] for q in data["quotes"]]
    # --no-annotations: the model's own analysis, unchanged.
    assert model_json(capsys, env) == model


def test_extract_with_explicit_journal_elsewhere(capsys, env, tmp_path):
    model = model_json(capsys, env)
    journal = tmp_path / "elsewhere.jsonl"
    store = AnnotationStore.open(str(env), TEXT, annotations=journal)
    store.add_entity(*span("Tuesday"), "EVENT")
    assert not env.with_name("talks.txt.newsread.jsonl").exists()
    code, out, _ = run(capsys, "extract", env, "--json")  # default journal: none, so the model's
    assert json.loads(out) == model
    code, out, _ = run(capsys, "extract", env, "--json", "--annotations", journal)
    assert code == 0
    assert {(e["start"], e["end"]): e["label"] for e in json.loads(out)["entities"]}[span("Tuesday")] == "EVENT"


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: None, "no such annotation journal"),
        (lambda p: p.write_text("just some text\n"), "not a newsread annotation journal"),
    ],
)
def test_extract_bad_journal_is_one_line_exit_2(capsys, env, tmp_path, make, message):
    journal = tmp_path / "j.jsonl"
    make(journal)
    code, out, err = run(capsys, "extract", env, "--json", "--annotations", journal)
    assert code == 2 and out == "" and message in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_export_jsonl_through_cli(capsys, env):
    store, removed = annotate(env, model_json(capsys, env))
    code, out, err = run(capsys, "export", env, "--format", "jsonl")
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in records] == [p.strip() for p in TEXT.split("\n\n") if p.strip()]  # one line per block
    found = set()
    for r in records:
        assert set(r) >= {"text", "spans"}
        for s in r["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(r["text"])
            off = r["meta"]["offset"]
            found.add((off + s["start"], off + s["end"], s["label"]))
            assert r["text"][s["start"] : s["end"]] == TEXT[off + s["start"] : off + s["end"]]
    assert (*span("the Chancellery"), "FAC") in found
    assert removed not in {(a, b) for a, b, _ in found}
    # -o writes the same bytes to a file.
    out_file = env.with_name("ents.jsonl")
    assert run(capsys, "export", env, "--format", "jsonl", "-o", out_file)[0] == 0
    assert out_file.read_text(encoding="utf-8") == out


def test_export_csv_through_cli(capsys, env):
    annotate(env, model_json(capsys, env))
    code, out, err = run(capsys, "export", env, "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0].keys()) == [
        "quote_start", "quote_end", "quote", "speaker", "speaker_id", "cue", "resolved_via", "origin", "kind",
        "speaker_confidence", "speaker_confirmed",
    ]
    by_text = {r["quote"]: r for r in rows}
    budget = by_text["We agreed on the budget"]
    assert budget["speaker"] == "Angela Merkel" and budget["speaker_id"] and budget["cue"] == "told"
    assert budget["origin"] in ("user", "corrected")
    # the user chose this speaker: sure, and said so
    assert float(budget["speaker_confidence"]) == 1.0 and budget["speaker_confirmed"] == "yes"
    assert (int(budget["quote_start"]), int(budget["quote_end"])) == span("We agreed on the budget")
    assert "three hours" not in by_text
    code, out, _ = run(capsys, "export", env, "--format", "csv", "--no-annotations")
    assert all(r["origin"] == "model" for r in csv.DictReader(io.StringIO(out)))


def test_export_spacy_docbin_loads_back_with_corrected_spans(capsys, env, tmp_path):
    import spacy
    from spacy.tokens import DocBin

    store, removed = annotate(env, model_json(capsys, env))
    expected = {(e.start, e.end, e.label) for e in store.apply(_model_analysis(capsys, env)).analysis.entities}
    out = tmp_path / "train.spacy"
    code, _, err = run(capsys, "export", env, "--format", "spacy", "-o", out)
    assert code == 0, err
    docs = list(DocBin().from_bytes(out.read_bytes()).get_docs(spacy.blank("en").vocab))
    assert [d.text for d in docs] == [p.strip() for p in TEXT.split("\n\n") if p.strip()]
    got, offset = set(), 0
    for d in docs:
        offset = TEXT.index(d.text, offset)
        got |= {(offset + e.start_char, offset + e.end_char, e.label_) for e in d.ents}
    assert got == expected
    assert (*span("the Chancellery"), "FAC") in got and removed not in {(a, b) for a, b, _ in got}


def _model_analysis(capsys, article):
    from newsread.analysis.model import Analysis

    return Analysis.from_dict(model_json(capsys, article))


def test_spacy_train_accepts_the_docbin(capsys, env, tmp_path):
    """The real consumer: two steps of `python -m spacy train` on the exported file."""
    annotate(env, model_json(capsys, env))
    data = tmp_path / "train.spacy"
    assert run(capsys, "export", env, "--format", "spacy", "-o", data)[0] == 0
    cfg = tmp_path / "ner.cfg"
    spacy_cli = [sys.executable, "-m", "spacy"]
    subprocess.run(spacy_cli + ["init", "config", str(cfg), "--lang", "en", "--pipeline", "ner", "--force"],
                   check=True, capture_output=True)
    done = subprocess.run(
        spacy_cli + ["train", str(cfg), "--paths.train", str(data), "--paths.dev", str(data),
                     "--training.max_steps", "2", "--training.eval_frequency", "1", "--output", str(tmp_path / "m")],
        capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert (tmp_path / "m" / "model-last" / "ner").is_dir()


def test_export_output_errors_exit_2(capsys, env, tmp_path):
    code, out, err = run(capsys, "export", env, "--format", "spacy")
    assert code == 2 and "-o" in err and out == ""
    for target, why in [
        ("/proc/newsread-test.csv", "not writable"),
        (tmp_path / "missing" / "x.csv", "no such folder"),
        (tmp_path, "is a folder"),
    ]:
        code, out, err = run(capsys, "export", env, "--format", "csv", "-o", target)
        assert code == 2 and why in err and "Traceback" not in err and out == ""


def test_console_script_exports_to_stdout(env, tmp_path):
    """The installed `newsread` entry point, in its own process, writing to a pipe."""
    import shutil

    exe = shutil.which("newsread", path=str(Path(sys.executable).parent))
    done = subprocess.run([exe, "export", str(env), "--format", "jsonl", "--no-annotations"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(x) for x in done.stdout.splitlines()]
    assert len(lines) == 3 and all(set(x) >= {"text", "spans"} for x in lines)


def test_extract_reads_a_damaged_journal_without_touching_it(capsys, env):
    store = AnnotationStore.open(str(env), TEXT)
    store.add_entity(*span("the Chancellery"), "FAC")
    with open(store.path, "ab") as f:
        f.write(b"{broken\n")
    before = store.path.read_bytes()
    code, out, err = run(capsys, "extract", env, "--json")
    assert code == 0 and "damaged line" in err
    spans = {(e["start"], e["end"]): e["label"] for e in json.loads(out)["entities"]}
    assert spans[span("the Chancellery")] == "FAC"  # the salvage is applied ...
    assert store.path.read_bytes() == before  # ... and a headless read never repairs or moves files
    assert sorted(p.name for p in env.parent.iterdir() if "newsread" in p.name) == ["talks.txt.newsread.jsonl"]
