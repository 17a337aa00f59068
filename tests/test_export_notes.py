"""`newsread export` carries the user's notes: `--format notes` (CSV) and a `notes` list on each jsonl line."""

from __future__ import annotations

import csv
import io
import json

import pytest

from newsread.cli import main
from newsread.store import AnnotationStore

TEXT = (
    "Angela Merkel met Emmanuel Macron in Berlin on Tuesday.\n\n"
    '"We agreed on the budget," Merkel told reporters after the meeting.\n\n'
    "The talks at the Chancellery lasted three hours.\n"
)


@pytest.fixture
def article(tmp_path, monkeypatch, nlp):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "talks.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def span(sub):
    i = TEXT.index(sub)
    return i, i + len(sub)


def write_notes(article, capsys):
    """Notes as the reader writes them: on an entity, on a quote, on other words, on the article, and one gone."""
    code, out, err = run(capsys, "extract", article, "--json", "--no-annotations")
    assert code == 0, err
    model = json.loads(out)
    merkel = next(e for e in model["entities"] if e["text"] == "Angela Merkel")
    budget = next(q for q in model["quotes"] if q["text"].startswith("We agreed on the budget"))
    store = AnnotationStore.open(str(article), TEXT)
    store.add_note("check her title", merkel["start"], merkel["end"])
    store.add_note("on the record?", budget["start"], budget["end"])
    store.add_note("how long, really", *span("lasted three hours"))
    store.add_note("ask the desk about the date")
    store.add_note("deleted later", *span("Emmanuel Macron"))
    store.undo()  # a deleted note is not exported
    return merkel, budget


def test_export_notes_csv_one_row_per_note_with_what_it_is_on(capsys, article):
    merkel, budget = write_notes(article, capsys)
    code, out, err = run(capsys, "export", article, "--format", "notes")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["start", "end", "text", "on", "label", "note", "user", "time", "note_id"]
    got = [(r["start"], r["end"], r["text"], r["on"], r["label"], r["note"]) for r in rows]
    three = span("lasted three hours")
    assert got == [
        ("", "", "", "article", "", "ask the desk about the date"),
        (str(merkel["start"]), str(merkel["end"]), "Angela Merkel", "entity", "PERSON", "check her title"),
        (str(budget["start"]), str(budget["end"]), budget["text"], "quote", budget["speaker_name"],
         "on the record?"),
        (str(three[0]), str(three[1]), "lasted three hours", "words", "", "how long, really"),
    ]
    assert budget["speaker_name"] == "Angela Merkel"
    assert all(r["note_id"] and r["time"] and r["user"] for r in rows)


def test_export_notes_jsonl_puts_each_note_on_its_block(capsys, article):
    merkel, budget = write_notes(article, capsys)
    code, out, err = run(capsys, "export", article, "--format", "jsonl")
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    first, second, third = lines
    assert [(n["start"], n["note"], n["on"]) for n in first["notes"]] == [
        (None, "ask the desk about the date", "article"),
        (merkel["start"] - first["meta"]["offset"], "check her title", "entity"),
    ]
    (on_quote,) = second["notes"]
    assert second["text"][on_quote["start"]:on_quote["end"]] == budget["text"] == on_quote["text"]
    assert on_quote["on"] == "quote" and on_quote["label"] == "Angela Merkel"
    (on_words,) = third["notes"]
    assert third["text"][on_words["start"]:on_words["end"]] == "lasted three hours"
    assert on_words["on"] == "words" and on_words["label"] is None and on_words["id"] and on_words["user"]
    # --no-annotations: the model's analysis, so no notes; and no notes export at all.
    code, out, err = run(capsys, "export", article, "--format", "jsonl", "--no-annotations")
    assert code == 0 and all(json.loads(line)["notes"] == [] for line in out.splitlines())
    code, out, err = run(capsys, "export", article, "--format", "notes", "--no-annotations")
    assert code == 2 and out == "" and "--no-annotations" in err


def test_a_note_whose_words_are_gone_is_exported_as_missing(capsys, article, tmp_path):
    write_notes(article, capsys)
    article.write_text(TEXT.replace("The talks at the Chancellery lasted three hours.", "No word of it."),
                       encoding="utf-8")
    out_file = tmp_path / "notes.csv"
    code, _, err = run(capsys, "export", article, "--format", "notes", "-o", out_file)
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out_file.read_text(encoding="utf-8"))))
    (gone,) = [r for r in rows if r["note"] == "how long, really"]
    assert (gone["on"], gone["start"], gone["end"], gone["text"]) == ("missing", "", "", "lasted three hours")
    # -o never replaces a file without --force (the same rule as every format)
    code, _, err = run(capsys, "export", article, "--format", "notes", "-o", out_file)
    assert code == 2 and "--force" in err


def test_the_readme_documents_every_export_format_option_and_column():
    from conftest import ROOT
    from newsread.export import CSV_COLUMNS, FORMATS, build_parser
    from newsread.export_notes import NOTE_COLUMNS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Export: `newsread export`", 1)[1].split("\n## ", 1)[0]
    for fmt in FORMATS:
        assert f"| `{fmt}` |" in section
    options = {o for a in build_parser()._actions for o in a.option_strings} - {"-h", "--help"}
    assert options and all(o in section for o in options), sorted(o for o in options if o not in section)
    for column in CSV_COLUMNS + NOTE_COLUMNS:
        assert f"`{column}`" in section, column
