"""Headless commands: ``newsread extract`` over many articles, and ``newsread cache``.

Throughput comes from two things:

- **Batching across articles.** The articles of a chunk (up to
  :data:`CHUNK_BYTES` of input) are parsed together, several to an
  ``nlp.pipe`` batch, one Doc each (or its parts, for a long one), so small
  files do not each pay the pipe's start-up. The result is the same as
  analysing each file alone.
- **Worker processes** (``--jobs N``): chunks are handed to N processes started
  with the 'forkserver' context (or 'spawn' where there is no forkserver), each
  loading the model once, on its first cache miss. Results come back in input
  order. ``--jobs 1`` (the default) works in-process.

Cached articles skip spaCy entirely (see :mod:`newsread.analysis.cache`).

A file that cannot be read or analysed gets one message on stderr naming it;
the others are still printed, and the exit status is 1 at the end. A missing
model stops everything with exit status 2, as for a single file.
"""

from __future__ import annotations

import argparse
import functools
import json
import multiprocessing
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Sequence, TextIO

from newsread.article import Article, ArticleError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

EXIT_FAILED = 1  # some inputs failed, the others were printed
EXIT_USAGE = 2

# Input per chunk (bytes of article files): one nlp.pipe call each, and the
# unit of work handed to a worker process. Large enough to amortise the pipe,
# small enough to keep memory flat and the output streaming.
CHUNK_BYTES = 256 * 1024
# With several workers, chunks shrink so that every worker gets several.
MIN_CHUNK_BYTES = 16 * 1024

# What a worker gets: (input position, path or an already read Article).
Item = tuple[int, "str | Article"]


@dataclass
class Outcome:
    """The result for one input: its analysis as compact JSON, or an error message."""

    index: int
    name: str
    data: str | None = None  # json.dumps(Analysis.to_dict())
    error: str | None = None
    warnings: list[str] = field(default_factory=list)  # about the input file
    notes: list[str] = field(default_factory=list)  # about its annotation journal


def article_suffixes() -> set[str]:
    """File suffixes the readers handle: what a folder argument expands to."""
    from newsread.article import loader

    return set(loader.READERS) | set(getattr(loader, "BYTE_READERS", {}))


def expand_inputs(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """Paths in order, each folder replaced by its article files (sorted, recursive).

    Returns (inputs, errors): a folder without any article is an error.
    Hidden files and newsread's own annotation journals are skipped.
    """
    suffixes = article_suffixes()
    inputs: list[str] = []
    errors: list[str] = []
    for p in paths:
        if p != "-" and os.path.isdir(p):
            found = sorted(
                str(f)
                for f in Path(p).rglob("*")
                if f.is_file()
                and f.suffix.lower() in suffixes
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not found:
                errors.append(f"{p}: no articles in this folder (looked for {', '.join(sorted(suffixes))})")
            inputs.extend(found)
        else:
            inputs.append(p)
    return inputs, errors


def chunked(items: Sequence[Item], jobs: int) -> list[list[Item]]:
    """Split items (in order) into chunks of about CHUNK_BYTES of input each."""
    sizes = [_size(item) for _, item in items]
    target = CHUNK_BYTES
    if jobs > 1:
        target = max(MIN_CHUNK_BYTES, min(CHUNK_BYTES, sum(sizes) // (jobs * 4)))
    chunks: list[list[Item]] = []
    current: list[Item] = []
    filled = 0
    for item, size in zip(items, sizes):
        if current and filled + size > target:
            chunks.append(current)
            current, filled = [], 0
        current.append(item)
        filled += size
    if current:
        chunks.append(current)
    return chunks


def _size(item: "str | Article") -> int:
    if isinstance(item, Article):
        return len(item.text)
    try:
        return os.path.getsize(item)
    except OSError:
        return 0


def parse_many(articles: Sequence[Article], nlp: "Language") -> list["Doc"]:
    """Parse ``articles`` several to an nlp.pipe batch: one Doc each, as analyze() parses it."""
    from newsread.analysis.pipeline import parse_articles

    return parse_articles(articles, nlp)


def analyze_chunk(
    items: list[Item], model: str, published: str | None, use_cache: bool, annotations: bool = True
) -> list[Outcome]:
    """Read, look up and analyse one chunk; runs in a worker process or in-process.

    With ``annotations``, each article's own annotation journal is applied, as
    single-file ``extract`` does (the cache keeps the model's output only).
    Raises ModelNotFoundError (fatal for the whole run); every other failure
    becomes the Outcome of the file concerned.
    """
    from newsread.analysis.cache import load_cached, model_identity, store
    from newsread.article import load_article

    outcomes: dict[int, Outcome] = {}
    pending: list[tuple[int, Article]] = []
    for index, item in items:
        name = (item.source or "-") if isinstance(item, Article) else item
        try:
            article = item if isinstance(item, Article) else load_article(item)
        except ArticleError as exc:
            outcomes[index] = Outcome(index, name, error=str(exc))
            continue
        except Exception as exc:  # a reader's bug on one file must not sink the batch
            outcomes[index] = Outcome(index, name, error=_failure(name, "cannot read it", exc))
            continue
        outcomes[index] = Outcome(index, name, warnings=_say_long_text_now(article, name))
        hit = load_cached(article, model=model, published=published) if use_cache else None
        if hit is not None:
            _finish(outcomes[index], article, hit, annotations)
        else:
            pending.append((index, article))
    if pending:
        from newsread.analysis.engine import analyze_doc
        from newsread.analysis.pipeline import load_pipeline, model_label

        nlp = load_pipeline(model)
        label = model_label(nlp)
        ident = model_identity(model)
        cacheable = use_cache and ident is not None and ident.label == label
        for (index, article), doc in zip(pending, _parse_isolating(pending, nlp, outcomes)):
            if doc is None:
                continue
            try:
                analysis = analyze_doc(article, doc, label, published=published)
            except Exception as exc:  # one article's bug must not sink the batch
                outcomes[index].error = _failure(outcomes[index].name, "analysis failed", exc)
                continue
            if cacheable:
                store(article, analysis, model=model, published=published)
            _finish(outcomes[index], article, analysis, annotations)
    return [outcomes[index] for index, _ in items]


def _say_long_text_now(article: Article, name: str) -> list[str]:
    """The input warnings, less the long-text one, which goes to stderr at once: the
    others are printed with the result, after the analysis the long one is about."""
    from newsread.article.loader import LONG_TEXT_WARNING
    from newsread.article.sanitize import display_path

    for w in article.warnings:
        if w.startswith(LONG_TEXT_WARNING):
            print(f"newsread: warning: {display_path(name)}: {w}", file=sys.stderr, flush=True)
    return [w for w in article.warnings if not w.startswith(LONG_TEXT_WARNING)]


def _failure(name: str, what: str, exc: BaseException) -> str:
    """One line naming the file and the error, safe for the terminal whatever the message holds."""
    from newsread.article.sanitize import clean_piece, display_path

    detail = " ".join(clean_piece(str(exc))[0].split())[:200]
    return f"{display_path(name)}: {what}: {type(exc).__name__}" + (f": {detail}" if detail else "")


def _finish(outcome: Outcome, article: Article, analysis, annotations: bool) -> None:
    """Apply the article's annotation journal (unless told not to) and serialise."""
    if annotations:
        from newsread.store import AnnotationError, load_saved

        try:
            annotated, outcome.notes = load_saved(analysis, article.source)
        except AnnotationError as exc:
            outcome.error = f"{outcome.name}: {exc}"
            return
        if annotated is not None:
            analysis = annotated.analysis
    outcome.data = json.dumps(analysis.to_dict(), ensure_ascii=False)


def _parse_isolating(pending, nlp, outcomes) -> list["Doc | None"]:
    """parse_many, falling back to one article at a time to pin a failure on its file."""
    articles = [a for _, a in pending]
    try:
        return parse_many(articles, nlp)
    except Exception:
        result: list["Doc | None"] = []
        for index, article in pending:
            try:
                result.extend(parse_many([article], nlp))
            except Exception as exc:
                outcomes[index].error = _failure(outcomes[index].name, "parsing failed", exc)
                result.append(None)
        return result


def _pool_context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _worker_init() -> None:
    """Set up a worker before it imports spaCy (which happens on its first cache miss).

    Ctrl-C is left to the parent, which stops the pool (no traceback per worker).
    One BLAS/OpenMP thread per worker: N workers already use N cores, and extra
    math threads would only fight over them.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def iter_outcomes(
    items: Sequence[Item], *, model: str, published: str | None, use_cache: bool, jobs: int, annotations: bool = True
) -> Iterator[Outcome]:
    """Outcomes in input order, streamed chunk by chunk."""
    chunks = chunked(items, jobs)
    work = functools.partial(
        analyze_chunk, model=model, published=published, use_cache=use_cache, annotations=annotations
    )
    if jobs <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield from work(chunk)
        return
    with _pool_context().Pool(processes=min(jobs, len(chunks)), initializer=_worker_init) as pool:
        for outcomes in pool.imap(work, chunks):
            yield from outcomes


def run_extract(
    paths: Sequence[str],
    *,
    model: str,
    published: str | None = None,
    use_cache: bool = True,
    jobs: int = 1,
    json_lines: bool = True,
    annotations: bool = True,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """``newsread extract`` over many inputs: JSON lines (or summaries) in input order.

    Returns 0, EXIT_FAILED when some inputs failed (each named on ``err``), or
    EXIT_USAGE when nothing could be done (no inputs, model missing).
    """
    from newsread.analysis.pipeline import ModelNotFoundError

    out = out or sys.stdout
    err = err or sys.stderr
    inputs, errors = expand_inputs(paths)
    for e in errors:
        print(f"newsread: {e}", file=err)
    if not inputs:  # nothing to analyse (an empty folder): a usage error, as the README says
        return EXIT_USAGE
    items: list[Item] = []
    failed = bool(errors)
    for i, p in enumerate(inputs):
        if p == "-":  # workers cannot read our stdin: read it here
            from newsread.article import load_article

            try:
                items.append((i, load_article(p)))
            except ArticleError as exc:
                print(f"newsread: {exc}", file=err)
                failed = True
            except Exception as exc:  # as in analyze_chunk: one input's failure is one line
                print(f"newsread: {_failure('standard input', 'cannot read it', exc)}", file=err)
                failed = True
            continue
        items.append((i, p))
    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    try:
        outcomes = iter_outcomes(
            items, model=model, published=published, use_cache=use_cache, jobs=jobs, annotations=annotations
        )
        for outcome in outcomes:
            failed |= _emit(outcome, json_lines, out, err)
    except ModelNotFoundError as exc:
        print(f"newsread: {exc}", file=err)
        return EXIT_USAGE
    return EXIT_FAILED if failed else 0


def _emit(outcome: Outcome, json_lines: bool, out: TextIO, err: TextIO) -> bool:
    """Print one outcome; True when it is a failure."""
    for w in outcome.warnings:
        print(f"newsread: warning: {outcome.name}: {w}", file=err)
    for note in outcome.notes:
        print(f"newsread: {note}", file=err)
    if outcome.error is not None:
        print(f"newsread: {outcome.error}", file=err)
        err.flush()
        return True
    if json_lines:
        out.write(outcome.data + "\n")
    else:
        from newsread.analysis.model import Analysis
        from newsread.summary import render_summary

        out.write(render_summary(Analysis.from_dict(json.loads(outcome.data))) + "\n")
    out.flush()
    return False


# ---------------------------------------------------------------- newsread cache


def _cache_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsread cache",
        description="The analysis cache: results of earlier runs, so reopening an article skips spaCy.",
    )
    sub = p.add_subparsers(dest="action", required=True, metavar="{info,clear}")
    sub.add_parser("info", help="print the cache folder, its number of entries and their size")
    sub.add_parser("clear", help="remove every cached analysis")
    return p


def cmd_cache(argv: Sequence[str]) -> int:
    """``newsread cache info`` / ``newsread cache clear``."""
    from newsread.analysis.cache import cache_info, clear_cache

    args = _cache_parser().parse_args(argv)
    if args.action == "clear":
        entries, size = clear_cache()
        print(f"removed {entries} {_plural(entries, 'entry', 'entries')} ({_human(size)}) from {cache_info().path}")
    else:
        info = cache_info()
        print(f"path: {info.path}")
        print(f"entries: {info.entries}")
        print(f"size: {_human(info.bytes)}")
    return 0


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def _human(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KiB"
    return f"{n / (1024 * 1024):.1f} MiB"
