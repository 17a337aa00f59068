"""DuckDB over the corpus's Parquet files: speakers, their quotes, one article back.

:func:`connect` opens an in-memory DuckDB with one view per dataset (``articles``,
``quotes``, ``actors``, ``entities``, ``dates``, ``speakers``) over the finished
batch files only, so a build running at the same time is never seen half-way.
Every query takes parameters, never text pasted into SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from newsread.corpus.names import KeyStats, merge_speakers
from newsread.corpus.rows import DATASETS
from newsread.corpus.store import SCHEMAS, SPEAKER_SCHEMA, SPEAKERS, Corpus

KINDS = ("direct", "mixed", "indirect")
GROUPINGS = {"outlet": "coalesce(a.outlet, '(unknown)')", "month": "coalesce(strftime(a.published, '%Y-%m'), '(undated)')"}


def connect(corpus: Corpus) -> duckdb.DuckDBPyConnection:
    """A connection with a view per dataset (empty ones when the corpus has no batch yet)."""
    con = duckdb.connect()
    finished = {f.name for f in corpus.files("articles")}
    for dataset in DATASETS:
        files = [str(f) for f in corpus.files(dataset) if f.name in finished]
        _view(con, dataset, files, SCHEMAS[dataset])
    speakers = corpus.path / SPEAKERS / "speakers.parquet"
    _view(con, "speakers", [str(speakers)] if speakers.exists() else [], SPEAKER_SCHEMA)
    return con


def _view(con, name: str, files: list[str], schema) -> None:
    if files:
        listed = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
        # by name: files of an older newsread lack the columns added since (read as nulls)
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet([{listed}], union_by_name = true)")
    else:
        con.register(name, schema.empty_table())


def _records(cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


# ------------------------------------------------------------------ the speaker table
def key_stats(con) -> list[KeyStats]:
    """How the corpus names each speaker key (for :func:`merge_speakers`)."""
    stats: dict[str, KeyStats] = {}
    rows = con.execute(
        "SELECT speaker_key, speaker_label, speaker_name, count(*) FROM quotes"
        " WHERE speaker_key IS NOT NULL GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    for key, label, name, n in rows:
        stats.setdefault(key, KeyStats(key, label)).names[name] += n
    mentions = con.execute(
        "SELECT speaker_key, speaker_mention, count(*) FROM quotes WHERE speaker_key IS NOT NULL"
        " AND resolved_via = 'name' AND speaker_mention IS NOT NULL GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    for key, mention, n in mentions:
        stats[key].mentions[" ".join(mention.split())] += n
    return list(stats.values())


def refresh_speakers(corpus: Corpus) -> int:
    """Recompute the corpus speakers from every quote and rewrite the speaker table."""
    con = connect(corpus)
    try:
        speakers = merge_speakers(key_stats(con))
    finally:
        con.close()
    rows = [
        {"key": key, "speaker_id": s.speaker_id, "name": s.name, "label": s.label, "aliases": s.aliases,
         "ambiguous": s.ambiguous}
        for s in speakers
        for key in s.keys
    ]
    corpus.write_speakers(rows)
    return len(speakers)


# ------------------------------------------------------------------ speakers
_QUOTES = """
    FROM quotes q JOIN speakers s ON q.speaker_key = s.key JOIN articles a ON a.id = q.article_id
"""


def speakers(con, top: int | None = None) -> list[dict[str, Any]]:
    """One row per corpus speaker, most quoted first."""
    kinds = ", ".join(f"count(*) FILTER (WHERE q.kind = '{k}') AS {k}" for k in KINDS)
    sql = f"""
        SELECT s.speaker_id, any_value(s.name) AS name, any_value(s.label) AS label,
               any_value(s.aliases) AS aliases, bool_or(s.ambiguous) AS ambiguous,
               count(*) AS quotes, {kinds},
               count(DISTINCT q.article_id) AS articles, count(DISTINCT a.outlet) AS outlets,
               min(a.published) AS first, max(a.published) AS last
        {_QUOTES}
        GROUP BY s.speaker_id ORDER BY quotes DESC, name, s.speaker_id
    """
    params: list[Any] = []
    if top is not None:
        sql += " LIMIT ?"
        params.append(top)
    return _records(con.execute(sql, params))


def counts_by(con, by: str, speaker_ids: list[str] | None = None) -> list[dict[str, Any]]:
    """Quotes per speaker and outlet (``by="outlet"``) or month (``by="month"``)."""
    group = GROUPINGS[by]
    kinds = ", ".join(f"count(*) FILTER (WHERE q.kind = '{k}') AS {k}" for k in KINDS)
    where, params = "", []
    if speaker_ids is not None:
        where = "WHERE s.speaker_id IN (SELECT unnest(?))"
        params.append(speaker_ids)
    sql = f"""
        SELECT s.speaker_id, any_value(s.name) AS name, {group} AS {by}, count(*) AS quotes, {kinds},
               count(DISTINCT q.article_id) AS articles
        {_QUOTES} {where}
        GROUP BY s.speaker_id, {by}
        ORDER BY sum(count(*)) OVER (PARTITION BY s.speaker_id) DESC, name, s.speaker_id, {by}
    """
    return _records(con.execute(sql, params))


@dataclass
class Match:
    """Which speakers a name given by the user can mean."""

    speakers: list[dict[str, Any]]
    exact: bool


def find_speaker(con, name: str) -> Match:
    """The speakers ``name`` means: by its key, else by a name or alias (case-insensitive),
    else by a part of one."""
    from newsread.corpus.names import PERSON, speaker_key

    rows = _records(con.execute("SELECT DISTINCT speaker_id, name, key, aliases FROM speakers"))
    wanted = {speaker_key(name, PERSON)} - {None}
    folded = " ".join(name.split()).casefold()
    by_key = {r["speaker_id"]: r for r in rows if r["key"] in wanted or r["key"].split(":", 1)[1] == folded}
    if by_key:
        return Match(_unique(by_key.values()), True)
    named = [r for r in rows if r["name"].casefold() == folded or folded in (a.casefold() for a in r["aliases"])]
    if named:
        return Match(_unique(named), True)
    return Match(_unique(r for r in rows if folded and folded in r["name"].casefold()), False)


def _unique(rows) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for r in rows:
        seen.setdefault(r["speaker_id"], {"speaker_id": r["speaker_id"], "name": r["name"]})
    return sorted(seen.values(), key=lambda r: r["name"])


def quotes_of(con, speaker_id: str) -> list[dict[str, Any]]:
    """A speaker's quotes across the corpus, in date order (undated last); ``doubtful`` when the
    analysis is unsure this speaker said it (as the reader marks it: a user's confirmation or
    choice made the confidence 1.0)."""
    from newsread.analysis.model import DOUBTFUL_BELOW

    sql = f"""
        SELECT a.published, a.outlet, a.title, a.source, q.article_id, q.quote_index, q.start, q."end",
               q.kind, q.text, q.speaker_name, q.speaker_mention, q.cue, q.resolved_via,
               q.confidence AS speaker_confidence,
               coalesce(q.speaker_name IS NOT NULL AND q.confidence < ?, false) AS doubtful,
               s.speaker_id, s.name AS speaker
        {_QUOTES}
        WHERE s.speaker_id = ?
        ORDER BY a.published NULLS LAST, a.source, q.article_id, q.start
    """
    return _records(con.execute(sql, [DOUBTFUL_BELOW, speaker_id]))


def corpus_size(con) -> dict[str, int]:
    """Rows in each dataset (articles counted once)."""
    return {d: con.execute(f"SELECT count(*) FROM {d}").fetchone()[0] for d in DATASETS}


# ------------------------------------------------------------------ one article back
def open_article(con, corpus: Corpus, article_id: str):
    """(Article, Analysis) of one article as the corpus holds it: its text and structure,
    and its analysis with the user's annotations as applied at build time."""
    from newsread.article import Article, Block

    found = _records(con.execute("SELECT * FROM articles WHERE id = ? ORDER BY batch DESC LIMIT 1", [article_id]))
    if not found:
        raise KeyError(article_id)
    row = found[0]
    article = Article(
        text=row["text"], blocks=[Block(b["kind"], b["start"], b["end"], b["level"]) for b in row["blocks"]],
        title=row["title"], source=row["source"], published=_iso(row["published"]), byline=row["byline"],
        site=row["site"],
    )
    return article, stored_analysis(con, corpus, row)


def article_row(con, corpus: Corpus, article_id: str, batch: str) -> dict[str, Any]:
    """The ``articles`` row of one article in one batch (KeyError when it is not there)."""
    path = corpus.path / "articles" / f"part-{batch}.parquet"
    found = _records(con.execute("SELECT * FROM read_parquet(?) WHERE id = ?",
                                 [str(path), article_id]))
    if not found:
        raise KeyError(article_id)
    return found[0]


def stored_analysis(con, corpus: Corpus, row: dict[str, Any]):
    """The Analysis of the article of ``row`` (an ``articles`` row), rebuilt from its batch's rows."""
    from newsread.analysis.model import Actor, Analysis, DateMention, Entity, Quote

    article_id = row["id"]

    def rows(dataset: str) -> list[dict[str, Any]]:
        """The article's rows of one dataset, from its own batch file, in the order written."""
        path = corpus.path / dataset / f"part-{row['batch']}.parquet"
        sql = "SELECT * FROM read_parquet(?, file_row_number = true) WHERE article_id = ? ORDER BY file_row_number"
        return _records(con.execute(sql, [str(path), article_id]))

    quotes = [
        Quote(start=q["start"], end=q["end"], text=q["text"], speaker=q["speaker_actor"],
              speaker_name=q["speaker_name"], speaker_start=q["speaker_start"], speaker_end=q["speaker_end"],
              cue=q["cue"], resolved_via=q["resolved_via"], kind=q["kind"], quoted=[dict(p) for p in q["quoted"]],
              speaker_confidence=q["confidence"])
        for q in rows("quotes")
    ]
    return Analysis(
        text=row["text"], source=row["source"], model=row["model"], published=_iso(row["published"]),
        entities=[Entity(e["start"], e["end"], e["label"], e["text"], e["actor"]) for e in rows("entities")],
        actors=[Actor(a["actor"], a["name"], a["label"], list(a["aliases"]), a["mentions"], a["quotes"])
                for a in rows("actors")],
        dates=[DateMention(d["start"], d["end"], d["text"], d["label"], d["value"]) for d in rows("dates")],
        quotes=quotes, title=row["title"], byline=row["byline"], site=row["site"],
    )


def _iso(day) -> str | None:
    return day.isoformat() if day else None
