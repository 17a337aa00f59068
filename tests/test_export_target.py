"""``newsread export -o`` never destroys the article, its journal, or an existing file (issue #12, item 6).

On main ``-o article.txt.newsread.jsonl`` replaced the user's annotations with the
export, without a word.
"""

from __future__ import annotations

import os

import pytest

from newsread.cli import main
from newsread.store import AnnotationStore
from newsread.store.events import text_sha256
from newsread.store.location import data_path

TEXT = "Angela Merkel met Emmanuel Macron in Berlin on Tuesday.\n\nThe talks lasted three hours.\n"


@pytest.fixture
def article(tmp_path, monkeypatch, nlp):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "talks.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def export(capsys, article, *args):
    code = main(["export", str(article), "--format", "csv", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def assert_refused(result, why):
    code, out, err = result
    assert code == 2, err
    assert why in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert out == ""


def test_the_journal_is_never_a_target_even_with_force(capsys, article):
    journal = article.with_name("talks.txt.newsread.jsonl")
    AnnotationStore.open(str(article), TEXT).add_note("keep me")
    before = journal.read_bytes()
    for extra in ((), ("--force",)):
        assert_refused(export(capsys, article, "-o", journal, *extra), "annotation journal")
    link = article.with_name("looks-harmless.csv")
    link.symlink_to(journal.name)
    assert_refused(export(capsys, article, "-o", link, "--force"), "annotation journal")
    assert journal.read_bytes() == before
    # A journal given with --annotations, and the data-folder journal (not created yet) too.
    elsewhere = article.parent / "mine.jsonl"
    AnnotationStore.open(str(article), TEXT, annotations=elsewhere).add_note("mine")
    assert_refused(export(capsys, article, "--annotations", elsewhere, "-o", elsewhere, "--force"), "annotation journal")
    assert b"mine" in elsewhere.read_bytes()
    in_data_dir = data_path(str(article), text_sha256(TEXT))
    in_data_dir.parent.mkdir(parents=True)
    assert_refused(export(capsys, article, "-o", in_data_dir), "annotation journal")
    assert not in_data_dir.exists()


def test_the_article_is_never_a_target(capsys, article):
    for extra in ((), ("--force",)):
        assert_refused(export(capsys, article, "-o", article, *extra), "the article")
    hard = article.with_name("same-inode.txt")
    os.link(article, hard)
    assert_refused(export(capsys, article, "-o", hard, "--force"), "the article")
    assert article.read_text(encoding="utf-8") == TEXT


def test_an_existing_file_needs_force(capsys, article):
    target = article.with_name("quotes.csv")
    target.write_text("someone's spreadsheet\n", encoding="utf-8")
    assert_refused(export(capsys, article, "-o", target), "already exists: add --force")
    assert target.read_text(encoding="utf-8") == "someone's spreadsheet\n"
    code, out, err = export(capsys, article, "-o", target, "--force")
    assert code == 0, err
    assert target.read_text(encoding="utf-8").startswith("quote_start,")


def test_a_new_file_is_written_and_no_temporary_is_left(capsys, article):
    target = article.with_name("new.csv")
    code, out, err = export(capsys, article, "-o", target)
    assert code == 0, err
    assert target.read_text(encoding="utf-8").startswith("quote_start,")
    assert sorted(p.name for p in article.parent.iterdir() if p.name.startswith(".")) == []
