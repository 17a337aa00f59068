"""Background analysis of the open articles: the loop the worker runs and what it reports.

The worker itself lives on the App (workers belong to a DOM node) and calls
:func:`analyse_all`; screens rely on one small contract: an
:class:`AnalysisUpdate` per change, published by the app.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import threading
from dataclasses import dataclass
from typing import Callable, Sequence

from textual.message import Message

from newsread.analysis.model import Analysis
from newsread.article.model import Article


@dataclass
class Result:
    """The outcome for one article: an Analysis, or a one-line error for the user."""

    analysis: Analysis | None = None
    error: str | None = None
    partial: bool = False  # the analysis of the blocks parsed so far; the whole one follows


class AnalysisUpdate(Message):
    """Posted by the worker thread: a state change and, when done, one article's result."""

    def __init__(self, state: str, index: int | None = None, result: Result | None = None) -> None:
        self.state = state  # "loading model…", "analysing x.txt…", "" when idle
        self.index = index
        self.result = result
        super().__init__()


class Queue:
    """Articles still to analyse; the one being read can jump the queue."""

    def __init__(self, count: int) -> None:
        self._lock = threading.Lock()
        self._pending = list(range(count))

    def take(self) -> int | None:
        with self._lock:
            return self._pending.pop(0) if self._pending else None

    def prioritise(self, index: int) -> None:
        with self._lock:
            if index in self._pending:
                self._pending.remove(index)
                self._pending.insert(0, index)

    def drain(self) -> list[int]:
        with self._lock:
            rest, self._pending = self._pending, []
            return rest


def analyse_all(
    articles: Sequence[Article],
    queue: Queue,
    post: Callable[[AnalysisUpdate], object],
    cancelled: Callable[[], bool],
    *,
    model: str,
    published: str | None,
    use_cache: bool,
) -> None:
    """Drain ``queue``: the cache first, spaCy (loaded once, lazily) only on a miss.

    Runs in a worker thread; ``post`` is the app's thread-safe post_message.
    """
    from newsread.analysis.cache import cached_analyze, load_cached

    nlp = None
    while not cancelled():
        index = queue.take()
        if index is None:
            return
        article = articles[index]
        hit = load_cached(article, model=model, published=published) if use_cache else None
        if hit is not None:
            post(AnalysisUpdate("", index, Result(analysis=hit)))
            continue
        if nlp is None:
            post(AnalysisUpdate("loading model…"))
            try:
                from newsread.analysis.pipeline import load_pipeline

                nlp = load_pipeline(model)
            except Exception as exc:  # ModelNotFoundError, a broken install: say so, keep reading
                message = str(exc) or type(exc).__name__
                for failed in [index, *queue.drain()]:
                    post(AnalysisUpdate("no model", failed, Result(error=message)))
                return
        post(AnalysisUpdate("analysing…"))

        def report(fraction: float, partial: Analysis | None, index: int = index) -> None:
            """A long article: progress in the status line, highlights as its parts are done."""
            state = f"analysing… {fraction:.0%}"
            if partial is None:
                post(AnalysisUpdate(state))
            else:
                post(AnalysisUpdate(state, index, Result(analysis=partial, partial=True)))

        try:
            analysis = cached_analyze(
                article, model=model, published=published, use_cache=use_cache, nlp=nlp, report=report
            )
        except Exception as exc:  # a bug in one analysis step must not take the reader down
            result = Result(error=f"{type(exc).__name__}: {exc}")
        else:
            result = Result(analysis=analysis)
        post(AnalysisUpdate("", index, result))


async def run_detached(target: Callable[[Callable[[], bool]], None], name: str = "newsread-analysis") -> None:
    """Run ``target(cancelled)`` in a daemon thread and await its end; cancelling abandons it.

    Why not a Textual thread worker: those run in asyncio's default executor,
    whose threads are joined when the app shuts down and again at interpreter
    exit, so ``q`` during ``spacy.load`` (seconds, one C call that cannot be
    interrupted) left the process alive until the load finished. A daemon
    thread is never joined: on cancellation (the app exiting cancels its
    workers) ``cancelled()`` turns true for the thread's next check and the
    process exits at once, whatever the thread is in the middle of.
    """
    stop = threading.Event()
    done: concurrent.futures.Future[None] = concurrent.futures.Future()

    def run() -> None:
        # The awaiting side may have cancelled ``done`` already (the app is exiting).
        try:
            target(stop.is_set)
        except BaseException as exc:  # handed to the awaiting worker (its ERROR state), never printed here
            with contextlib.suppress(concurrent.futures.InvalidStateError):
                done.set_exception(exc)
        else:
            with contextlib.suppress(concurrent.futures.InvalidStateError):
                done.set_result(None)

    threading.Thread(target=run, name=name, daemon=True).start()
    try:
        await asyncio.wrap_future(done)
    finally:
        stop.set()
