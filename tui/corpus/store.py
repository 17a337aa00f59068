"""The corpus folder: Parquet schemas, batches written atomically, a lock, clean-up.

Each build appends batches: one ``part-<batch>.parquet`` file per dataset, the
``articles`` one last. A batch name sorts by the time it was written, so "the
newest copy of an article" is the one in the greatest batch name. Every file is
first written under a dot-name (``.part-....tmp``, which pyarrow, pandas and
Dask pass over, and ``*.parquet`` globs in DuckDB and Polars do not match) and
renamed into place.

Crash rules (see :func:`Corpus.tidy`): files of a batch without its
``articles`` file are an interrupted write and are removed; an article found in
several batches (``--reanalyse``, or a crash while superseding) keeps only its
newest copy.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from newsread.corpus.rows import DATASETS

SCHEMA = "newsread.corpus/1"
MARKER = "corpus.json"
SPEAKERS = "speakers"

_span = [("start", pa.int32()), ("end", pa.int32())]
SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("id", pa.string()), ("source", pa.string()), ("title", pa.string()), ("byline", pa.string()),
        ("site", pa.string()), ("outlet", pa.string()), ("published", pa.date32()), ("words", pa.int32()),
        ("model", pa.string()), ("analysis_version", pa.string()), ("text", pa.string()),
        ("blocks", pa.list_(pa.struct([("kind", pa.string()), *_span, ("level", pa.int16())]))),
        ("journal", pa.string()), ("model_analysis", pa.string()),  # see annotations.py
        ("batch", pa.string()),
    ]),
    "quotes": pa.schema([
        ("article_id", pa.string()), ("quote_index", pa.int32()), *_span, ("kind", pa.string()),
        ("text", pa.string()), ("quoted", pa.list_(pa.struct(_span))),
        ("speaker_actor", pa.string()), ("speaker_name", pa.string()), ("speaker_label", pa.string()),
        ("speaker_key", pa.string()), ("speaker_mention", pa.string()),
        ("speaker_start", pa.int32()), ("speaker_end", pa.int32()), ("cue", pa.string()),
        ("resolved_via", pa.string()), ("confidence", pa.float64()), ("origin", pa.string()),
    ]),
    "actors": pa.schema([
        ("article_id", pa.string()), ("actor", pa.string()), ("name", pa.string()), ("label", pa.string()),
        ("key", pa.string()), ("aliases", pa.list_(pa.string())), ("mentions", pa.int32()), ("quotes", pa.int32()),
    ]),
    "entities": pa.schema([
        ("article_id", pa.string()), *_span, ("label", pa.string()), ("text", pa.string()), ("actor", pa.string()),
    ]),
    "dates": pa.schema([
        ("article_id", pa.string()), *_span, ("text", pa.string()), ("label", pa.string()), ("value", pa.string()),
    ]),
}
SPEAKER_SCHEMA = pa.schema([
    ("key", pa.string()), ("speaker_id", pa.string()), ("name", pa.string()), ("label", pa.string()),
    ("aliases", pa.list_(pa.string())), ("ambiguous", pa.bool_()),
])


class CorpusError(Exception):
    """A corpus folder that cannot be used (one line for the user)."""


@dataclass(frozen=True)
class Present:
    """What the corpus holds, by article id (of its newest copy): the analysis version, the
    batch, and the sha256 of the annotation journal applied (None: none; no entry: a corpus
    file from before journals were recorded)."""

    versions: dict[str, str]
    batches: dict[str, str] = field(default_factory=dict)
    journals: dict[str, str | None] = field(default_factory=dict)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self.versions


class Corpus:
    """One corpus folder. Writing needs :meth:`lock` (one build at a time)."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self._lock_fd: int | None = None
        self._sequence = 0

    # -- opening -------------------------------------------------------------
    def exists(self) -> bool:
        return (self.path / MARKER).is_file()

    def check(self) -> None:
        """Raise CorpusError unless this folder is a corpus."""
        if not self.path.is_dir():
            raise CorpusError(f"{self.path}: no such folder")
        if not self.exists():
            raise CorpusError(f"{self.path}: not a newsread corpus (no {MARKER}); build one with newsread corpus build")

    def create(self, model: str) -> None:
        """Make the folder a corpus (kept as it is when it already is one)."""
        if self.path.exists() and not self.path.is_dir():
            raise CorpusError(f"{self.path}: not a folder")
        if not self.exists() and self.path.is_dir() and any(self.path.iterdir()):
            raise CorpusError(f"{self.path}: not empty and not a newsread corpus; choose a new folder")
        for name in (*DATASETS, SPEAKERS):
            (self.path / name).mkdir(parents=True, exist_ok=True)
        if not self.exists():
            _write_atomic(self.path / MARKER, json.dumps({"schema": SCHEMA, "model": model}, indent=1).encode())

    def lock(self) -> None:
        """Take the folder for this build; CorpusError when another build holds it."""
        fd = os.open(self.path / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise CorpusError(f"{self.path}: another build is writing this corpus") from None
        self._lock_fd = fd

    def unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    # -- reading ---------------------------------------------------------------
    def files(self, dataset: str) -> list[Path]:
        """The dataset's finished batch files, oldest first."""
        folder = self.path / dataset
        return sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []

    def present(self) -> Present:
        """Every article in the corpus with the analysis version of its newest copy."""
        present = Present({})
        for f in self.files("articles"):
            recorded = "journal" in pq.read_schema(f).names
            table = pq.read_table(f, columns=["id", "analysis_version", *(["journal"] if recorded else [])])
            ids = table.column("id").to_pylist()
            present.versions.update(zip(ids, table.column("analysis_version").to_pylist()))
            present.batches.update((aid, f.stem.removeprefix("part-")) for aid in ids)
            for aid, journal in zip(ids, table.column("journal").to_pylist() if recorded else [None] * len(ids)):
                if recorded:
                    present.journals[aid] = journal
                else:
                    present.journals.pop(aid, None)
        return present

    # -- writing ---------------------------------------------------------------
    def new_batch(self) -> str:
        """A batch name that sorts after every earlier one: time, process, sequence."""
        self._sequence += 1
        return f"{time.time_ns():020d}-{os.getpid()}-{self._sequence:05d}"

    def write_batch(self, rows: dict[str, list[dict[str, Any]]]) -> str:
        """Write one batch of rows (dataset -> rows); the articles file last. Returns its name."""
        batch = self.new_batch()
        for article in rows["articles"]:
            article["batch"] = batch
        for dataset in (*DATASETS[1:], DATASETS[0]):
            table = table_of(dataset, rows[dataset])
            _write_table(table, self.path / dataset / f"part-{batch}.parquet")
        return batch

    def speakers_written(self) -> bool:
        return (self.path / SPEAKERS / "speakers.parquet").is_file()

    def write_speakers(self, rows: list[dict[str, Any]]) -> None:
        """Replace the speaker table (one row per speaker key)."""
        (self.path / SPEAKERS).mkdir(exist_ok=True)
        _write_table(pa.Table.from_pylist(rows, schema=SPEAKER_SCHEMA), self.path / SPEAKERS / "speakers.parquet")

    # -- crash recovery ------------------------------------------------------------
    def tidy(self) -> None:
        """Remove what an interrupted build left: temporary files, batches without articles,
        older copies of re-analysed articles."""
        finished = {f.name for f in self.files("articles")}
        for dataset in (*DATASETS, SPEAKERS):
            folder = self.path / dataset
            if not folder.is_dir():
                continue
            for f in folder.iterdir():
                stray = f.name.startswith(".part-") and f.name.endswith(".tmp")
                orphan = dataset not in ("articles", SPEAKERS) and f.name.startswith("part-") and f.name not in finished
                if stray or orphan:
                    f.unlink(missing_ok=True)
        self._drop_superseded()

    def _drop_superseded(self) -> None:
        """An article in several batches keeps its newest copy; older files are rewritten without it."""
        newest: dict[str, str] = {}
        stale: dict[str, set[str]] = {}  # file name -> article ids to drop from it
        for f in reversed(self.files("articles")):  # newest first
            for aid in pq.read_table(f, columns=["id"]).column("id").to_pylist():
                if aid in newest:
                    stale.setdefault(f.name, set()).add(aid)
                else:
                    newest[aid] = f.name
        for name, ids in stale.items():
            # the articles file last: until it is rewritten, a crash here is redone by the next tidy()
            for dataset in (*DATASETS[1:], DATASETS[0]):
                _drop_rows(self.path / dataset / name, "id" if dataset == "articles" else "article_id", ids)


def table_of(dataset: str, rows: Iterable[dict[str, Any]]) -> pa.Table:
    """Rows as an Arrow table with the dataset's schema (dates parsed, unknown keys refused)."""
    rows = list(rows)
    if dataset == "articles":
        rows = [{**r, "published": _date(r.get("published"))} for r in rows]
    return pa.Table.from_pylist(rows, schema=SCHEMAS[dataset])


def _date(value: Any):
    """An ISO date string -> datetime.date; anything else (a month, junk) -> None."""
    import datetime

    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


def _drop_rows(path: Path, column: str, ids: set[str]) -> None:
    if not path.exists():
        return
    import pyarrow.compute as pc

    table = pq.read_table(path)
    keep = pc.invert(pc.is_in(table.column(column), value_set=pa.array(sorted(ids), pa.string())))
    if path.parent.name == "articles" and not pc.any(keep).as_py():
        # The whole batch is superseded: the other datasets' files went first (see the caller).
        path.unlink()
        return
    _write_table(table.filter(keep), path)


def _write_table(table: pa.Table, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    _fsync_and_rename(tmp, path)


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    _fsync_and_rename(tmp, path)


def _fsync_and_rename(tmp: Path, path: Path) -> None:
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
