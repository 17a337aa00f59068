"""The users' annotations in a corpus: applied when an article is analysed, again when they change.

An article's journal lives beside it (or in the data directory) on the machine
running the build, which applies it to the analysis a worker returns. The
``articles`` dataset records which journal was applied (``journal``: the sha256
of its bytes, null when there was none) and, when one was, the model's own
analysis (``model_analysis``: ``Analysis.to_dict()`` as JSON, its text left
out). A rebuild compares each article's journal with the recorded one; when it
changed (new, edited, removed) the journal is applied again to the model's
analysis: the recorded one, or the stored rows themselves when no journal had
been applied to them. No parse and no cluster: annotating ten articles of a
corpus costs ten replays.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Callable


def journal_sha256(source: str | None, text: str) -> str | None:
    """The sha256 of the article's journal as it is now; None when it has none (or it is unreadable)."""
    from newsread.store import locate, text_sha256

    path = locate(source, text_sha=text_sha256(text), writable=lambda _folder: True).path
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None
    except OSError:
        return None  # unreadable: applying it fails the same way, and says so


@dataclass
class Annotated:
    """One article's analysis ready for its rows."""

    data: dict[str, Any]  # Analysis.to_dict(), the user's annotations applied
    origins: list[str] | None  # each quote's origin (model, user, corrected), None without a journal
    journal: str | None  # the sha256 of the journal applied
    model_analysis: str | None  # the model's analysis (JSON, no text) when a journal was applied


def annotate(model: dict[str, Any], source: str | None, say: Callable[[str], None], use: bool = True) -> Annotated:
    """The model's analysis ``model`` with the journal of the article at ``source`` applied
    (none when ``use`` is false); problems with the journal are said, never raised."""
    from newsread.analysis.model import Analysis
    from newsread.store import AnnotationError, load_saved

    journal = journal_sha256(source, model["text"]) if use else None
    if journal is None:
        return Annotated(model, None, None, None)
    # The sha is taken before the journal is read: an edit made in between is applied again
    # by the next rebuild, never missed.
    try:
        annotated, messages = load_saved(Analysis.from_dict(model), source)
    except AnnotationError as exc:
        say(f"{source}: annotations not applied: {exc}")
        return Annotated(model, None, journal, None)
    for m in messages[:-1]:  # the journal's warnings; the last line is its summary, one per article
        say(m)
    if annotated is None:  # removed since the sha was taken
        return Annotated(model, None, None, None)
    analysis = annotated.analysis
    kept = json.dumps({k: v for k, v in model.items() if k != "text"}, ensure_ascii=False)
    return Annotated(analysis.to_dict(), [annotated.quote_origin(q) for q in analysis.quotes], journal, kept)


def model_analysis(con, corpus, article_id: str, batch: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(the model's analysis, the blocks) of an article as stored in ``batch``."""
    from newsread.corpus.query import article_row, stored_analysis

    row = article_row(con, corpus, article_id, batch)
    if row.get("model_analysis"):
        data = json.loads(row["model_analysis"])
        data["text"] = row["text"]
    else:  # no journal was applied: the rows are the model's analysis
        data = stored_analysis(con, corpus, row).to_dict()
    return data, [dict(b) for b in row["blocks"]]
