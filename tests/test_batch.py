"""``newsread extract`` over many articles: same JSON as one by one, per-file errors, --jobs.

Runs the real CLI entry point (newsread.cli.main) with the real spaCy model.
"""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import SEED
from newsread import batch
from newsread.cli import main

MARKDOWN = """---
title: Pier opening delayed
date: 2024-03-05
---
# Pier opening delayed

Mara Quist, the harbour master, said on Tuesday that the pier would open in June.

"We are ready," Quist told reporters. "The weather was not."

The council in Brindle voted 7-2 to fund the repairs, according to minutes published last week.
"""

PLAIN = """Ferry service resumes

The Northern Ferry Company restarted its Lakeside route on Monday after a two-week strike.

"Passengers can travel again," said Ilse Varga, a spokeswoman for the company. Unions in Port Ellis
called the deal "a fair start".
"""


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SEED, folder / "a_seed.txt")
    (folder / "b_pier.md").write_text(MARKDOWN, encoding="utf-8")
    (folder / "c_ferry.txt").write_text(PLAIN, encoding="utf-8")
    return folder


def _run(capsys, *argv):
    code = main(["extract", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def _lines(out):
    return [json.loads(line) for line in out.splitlines()]


def test_batch_gives_the_same_json_as_one_by_one(capsys, nlp, corpus):
    files = sorted(corpus.iterdir())
    code, out, err = _run(capsys, *files, "--json-lines", "--no-cache")
    assert code == 0, err
    assert "\n" not in out.rstrip("\n").split("\n")[0]  # one compact line per article
    together = _lines(out)
    alone = []
    for f in files:
        code, out, err = _run(capsys, f, "--json", "--no-cache")
        assert code == 0, err
        alone.append(json.loads(out))
    assert [d["source"] for d in together] == [str(f) for f in files]
    assert together == alone
    assert any(d["entities"] for d in together)


def test_a_directory_expands_to_its_articles_in_order(capsys, nlp, corpus):
    (corpus / ".hidden.txt").write_text("Not an article for us.", encoding="utf-8")
    (corpus / "notes.bin").write_bytes(b"\x00\x01")
    code, out, err = _run(capsys, corpus, "--json", "--no-cache")
    assert code == 0, err
    assert [d["source"] for d in _lines(out)] == [str(p) for p in sorted(corpus.glob("[abc]_*"))]


def test_one_bad_file_is_named_and_the_others_printed(capsys, nlp, corpus):
    bad = corpus / "b_broken.txt"
    bad.write_bytes(b"\x00\x01\x02 binary junk \x00")
    missing = corpus / "zz_missing.txt"
    code, out, err = _run(capsys, corpus, missing, "--json-lines", "--no-cache")
    assert code == batch.EXIT_FAILED == 1
    assert str(bad) in err and str(missing) in err
    assert "Traceback" not in err
    sources = [d["source"] for d in _lines(out)]
    assert sources == [str(corpus / n) for n in ("a_seed.txt", "b_pier.md", "c_ferry.txt")]


def test_an_empty_directory_is_an_error(capsys, tmp_path):
    (tmp_path / "empty").mkdir()
    code, out, err = _run(capsys, tmp_path / "empty", "--json-lines")
    assert code != 0 and out == ""
    assert "no articles" in err and str(tmp_path / "empty") in err


def test_jobs_2_gives_the_same_output_as_jobs_1(capsys, nlp, corpus, monkeypatch):
    # Small chunks so that three small files really go to two worker processes.
    monkeypatch.setattr(batch, "MIN_CHUNK_BYTES", 1)
    items = list(enumerate(str(p) for p in sorted(corpus.iterdir())))
    assert len(batch.chunked(items, jobs=2)) > 1
    code1, out1, err1 = _run(capsys, corpus, "--json-lines", "--no-cache", "--jobs", "1")
    code2, out2, err2 = _run(capsys, corpus, "--json-lines", "--no-cache", "--jobs", "2")
    assert code1 == code2 == 0, err1 + err2
    assert out2 == out1
    assert len(out1.splitlines()) == 3


def test_batch_fills_the_cache_and_reuses_it(capsys, nlp, corpus):
    from newsread.analysis.cache import cache_info

    code, first, _ = _run(capsys, corpus, "--json-lines")
    assert code == 0 and cache_info().entries == 3
    code, second, _ = _run(capsys, corpus, "--json-lines")
    assert code == 0 and second == first


def test_several_files_without_json_print_summaries(capsys, nlp, corpus):
    code, out, err = _run(capsys, corpus / "b_pier.md", corpus / "c_ferry.txt", "--no-cache")
    assert code == 0, err
    assert "Pier opening delayed" in out and "Ferry service resumes" in out


def test_negative_jobs_is_a_usage_error(capsys, corpus):
    code, out, err = _run(capsys, corpus, "--jobs", "-1")
    assert code == 2 and "--jobs" in err


def test_batch_applies_each_articles_annotations_like_single_extract(capsys, nlp, corpus):
    from newsread.article import load_article
    from newsread.store import AnnotationStore

    path = corpus / "c_ferry.txt"
    article = load_article(str(path))
    start = article.text.index("Lakeside")
    AnnotationStore.open(str(path), article.text).add_entity(start, start + len("Lakeside"), "FAC")
    code, out, err = _run(capsys, corpus, "--json-lines")
    assert code == 0, err
    batch_ferry = _lines(out)[2]
    assert {"start": start, "end": start + 8, "label": "FAC"}.items() <= next(
        e for e in batch_ferry["entities"] if e["start"] == start
    ).items()
    code, single, _ = _run(capsys, path, "--json")
    assert json.loads(single) == batch_ferry
    code, out, _ = _run(capsys, corpus, "--json-lines", "--no-annotations")
    assert _lines(out)[2] != batch_ferry
