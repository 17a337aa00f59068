"""``newsread corpus speakers|quotes`` over a corpus of fixed analyses (DuckDB over Parquet)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pytest

from corpus_support import fixed_corpus
from newsread.cli import main


@pytest.fixture
def corpus_dir(tmp_path):
    fixed_corpus(tmp_path / "corpus")
    return str(tmp_path / "corpus")


def run(capsys, *argv) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_speakers_as_json_csv_and_by_outlet_and_month(corpus_dir, capsys):
    speakers = json.loads(run(capsys, "corpus", "speakers", corpus_dir, "--json"))
    okafor = next(s for s in speakers if s["name"] == "Ruth Okafor")
    assert (okafor["quotes"], okafor["direct"], okafor["articles"], okafor["outlets"]) == (3, 3, 3, 2)
    assert (okafor["first"], okafor["last"]) == ("2024-03-04", "2024-04-20")
    assert set(okafor["aliases"]) == {"Ruth Okafor", "Okafor", "Mayor Ruth Okafor"}
    top = list(csv.DictReader(io.StringIO(run(capsys, "corpus", "speakers", corpus_dir, "--top", "1", "--csv"))))
    assert len(top) == 1 and top[0]["quotes"] == "3"
    by_outlet = json.loads(run(capsys, "corpus", "speakers", corpus_dir, "--by", "outlet", "--json"))
    assert {(r["name"], r["outlet"], r["quotes"]) for r in by_outlet if r["name"] == "Ruth Okafor"} == {
        ("Ruth Okafor", "Coast Gazette", 2), ("Ruth Okafor", "Valley Post", 1)}
    by_month = json.loads(run(capsys, "corpus", "speakers", corpus_dir, "--by", "month", "--json"))
    assert {(r["month"], r["quotes"]) for r in by_month if r["name"] == "Amy Lund"} == {("2024-04", 1)}
    table = run(capsys, "corpus", "speakers", corpus_dir)
    assert table.splitlines()[0].split()[:2] == ["name", "quotes"] and "Ruth Okafor" in table


def test_quotes_of_a_speaker_by_any_alias_in_date_order(corpus_dir, capsys):
    quotes = json.loads(run(capsys, "corpus", "quotes", corpus_dir, "--speaker", "Mayor Ruth Okafor", "--json"))
    assert [(q["published"], q["text"]) for q in quotes] == [
        ("2024-03-04", "We will be ready by May"), ("2024-04-11", "The budget is balanced"),
        ("2024-04-20", "Ferries will run hourly")]
    # how sure each speaker is, and the doubtful one (the reader's threshold) said so
    assert [(q["kind"], q["speaker_confidence"], q["doubtful"]) for q in quotes] == [
        ("direct", 0.9, False), ("direct", 0.3, True), ("direct", 0.9, False)]
    rows = list(csv.DictReader(io.StringIO(run(capsys, "corpus", "quotes", corpus_dir, "--speaker", "Okafor", "--csv"))))
    assert [(r["kind"], r["speaker_confidence"], r["doubtful"]) for r in rows] == [
        ("direct", "0.9", "False"), ("direct", "0.3", "True"), ("direct", "0.9", "False")]
    assert main(["corpus", "quotes", corpus_dir, "--speaker", "Nobody Known"]) == 2
    assert "no speaker called" in capsys.readouterr().err


def test_the_datasets_are_plain_parquet_for_other_tools(corpus_dir):
    """pyarrow and DuckDB read the folders as they are, with no newsread code."""
    quotes = ds.dataset(f"{corpus_dir}/quotes", format="parquet").to_table()
    assert quotes.num_rows == 7 and "speaker_key" in quotes.column_names
    joined = duckdb.sql(
        f"SELECT s.name, count(*) FROM '{corpus_dir}/quotes/*.parquet' q "
        f"JOIN '{corpus_dir}/speakers/*.parquet' s ON q.speaker_key = s.key GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    assert joined == [("Amy Lund", 1), ("Ivan Petrov", 3), ("Ruth Okafor", 3)]


# Columns that identify a row of each dataset (and the speaker table).
KEYS = {"articles": ["id", "source"], "quotes": ["article_id", "quote_index", "speaker_key"],
        "actors": ["article_id", "actor", "key"], "entities": ["article_id", "start", "end"],
        "dates": ["article_id", "start", "end"], "speakers": ["key", "speaker_id"]}


def test_pandas_polars_and_dask_read_every_dataset_as_pyarrow_does(corpus_dir):
    """Each folder read as the README says, with a build's unfinished temporary file in it."""
    import dask.dataframe as dd
    import pandas as pd
    import polars as pl

    for dataset, keys in KEYS.items():
        folder = f"{corpus_dir}/{dataset}"
        # What a build writes before renaming it into place: every reader must pass over it.
        (Path(folder) / ".part-99999999999999999999-1-00001.parquet.tmp").write_bytes(b"PAR1 half-written")
        expected = sorted(ds.dataset(folder, format="parquet").to_table().select(keys).to_pylist(), key=repr)
        assert expected
        read = {
            "pandas": pd.read_parquet(folder, columns=keys),
            "polars": pl.scan_parquet(f"{folder}/*.parquet").select(keys).collect().to_pandas(),
            "dask": dd.read_parquet(folder, columns=keys).compute(),
        }
        for tool, frame in read.items():
            rows = [{k: _plain(v) for k, v in r.items()} for r in frame.to_dict("records")]
            assert sorted(rows, key=repr) == expected, (tool, dataset)


def _plain(value):
    """numpy and pandas scalars as the Python values pyarrow gives."""
    return value.item() if hasattr(value, "item") else value


def test_not_a_corpus_is_one_line(tmp_path, capsys):
    assert main(["corpus", "speakers", str(tmp_path)]) == 2
    assert "not a newsread corpus" in capsys.readouterr().err
