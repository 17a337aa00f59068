"""SOURCES -> articles: files, folders, http(s) addresses and ``@LIST`` files naming them.

Articles are read on the machine running the build (not on the Dask workers,
which may not see its files): a few threads read ahead, in input order, so a
slow web page does not stall the cluster, and at most :data:`READ_AHEAD`
articles wait in memory.
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from newsread.article import Article, ArticleError

READ_AHEAD = 32
READ_THREADS = 4


@dataclass
class Loaded:
    """One source read: its Article, or why it could not be read."""

    source: str
    article: Article | None = None
    error: str | None = None


def expand_sources(sources: Sequence[str]) -> tuple[list[str], list[str]]:
    """(inputs in order, errors). ``@FILE`` lists one source per line (blank lines and
    ``#`` comments skipped; relative paths are relative to the list's folder); folders are
    searched recursively for articles, as ``newsread extract`` does."""
    from newsread.article.urls import is_address
    from newsread.batch import expand_inputs

    listed: list[str] = []
    errors: list[str] = []
    for source in sources:
        if source.startswith("@") and len(source) > 1:
            items, problem = _read_list(source[1:], is_address)
            listed.extend(items)
            if problem:
                errors.append(problem)
        else:
            listed.append(source)
    inputs, more = expand_inputs([s for s in listed if s != "-"])
    if "-" in listed:
        errors.append("-: standard input cannot be part of a corpus (give files, folders or addresses)")
    return inputs, errors + more


def _read_list(path: str, is_address) -> tuple[list[str], str | None]:
    from newsread.article.sanitize import display_path

    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        return [], f"{display_path(path)}: cannot read the list ({exc.strerror or exc})"
    base = Path(path).parent
    items = []
    for line in lines:
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        items.append(entry if is_address(entry) or os.path.isabs(entry) else str(base / entry))
    return items, None


def read_sources(inputs: Sequence[str]) -> Iterator[Loaded]:
    """Each input read as an Article (or its error), in input order, a few threads ahead."""
    pool = ThreadPoolExecutor(max_workers=READ_THREADS, thread_name_prefix="newsread-read")
    pending: deque = deque()
    try:
        for source in inputs:
            pending.append(pool.submit(_read_one, source))
            if len(pending) >= READ_AHEAD:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        # Ctrl+C, or the build stopped: queued reads are dropped, running ones end on their own.
        pool.shutdown(wait=False, cancel_futures=True)


def _read_one(source: str) -> Loaded:
    from newsread.article import load_article
    from newsread.batch import _failure

    try:
        return Loaded(source, article=load_article(source))
    except ArticleError as exc:
        return Loaded(source, error=str(exc))
    except Exception as exc:  # a reader's bug on one file must not sink the build
        return Loaded(source, error=_failure(source, "cannot read it", exc))
