"""What runs on a Dask worker: one partition of articles through one ``nlp.pipe``.

The worker analyses exactly as ``newsread extract --json-lines`` does
(:func:`newsread.batch.analyze_chunk`: the articles of a partition parsed in one
``nlp.pipe`` call, each failure pinned on its article), without the analysis
cache (the corpus is its own cache) and without annotations (the journals are
files on the machine running the build, which applies them).

The spaCy pipeline is loaded once per worker process, on its first partition,
by the cached loader ``newsread.analysis.pipeline.load_pipeline``, and each
partition is parsed inside ``nlp.memory_zone()`` so that the words it brings
do not pile up in the vocabulary; a lock makes
a worker's threads (``dask worker --nthreads 2``) take turns with it, since one
pipeline is not meant to parse from two threads at once.
"""

from __future__ import annotations

import functools
import hashlib
import json
import threading
from dataclasses import dataclass

from newsread.article import Article

_pipeline_lock = threading.Lock()


@dataclass
class Analysed:
    """One article's outcome: its analysis (``Analysis.to_dict()`` as JSON) or an error line."""

    index: int  # position in the partition
    data: str | None
    error: str | None


@dataclass
class PartitionResult:
    version: str  # the analysis version on the worker that did the work
    articles: list[Analysed]


@functools.lru_cache(maxsize=8)
def analysis_version(model: str) -> str:
    """What an analysis depends on besides the text, as a short hash: newsread's analysis code
    (the fingerprint the analysis cache keys on), the model and its version, spaCy's version."""
    from newsread.analysis.cache import ANALYSIS_VERSION, code_fingerprint, model_identity

    ident = model_identity(model)
    material = [ANALYSIS_VERSION, code_fingerprint(), model, ident.label if ident else None,
                ident.spacy_version if ident else None]
    return hashlib.sha256(json.dumps(material).encode()).hexdigest()[:16]


def analyse_partition(articles: list[Article], model: str, published: str | None = None) -> PartitionResult:
    """Analyse a partition; raises ModelNotFoundError (fatal for the build), nothing else."""
    from newsread.analysis.pipeline import load_pipeline
    from newsread.batch import analyze_chunk

    items = list(enumerate(articles))
    with _pipeline_lock:
        nlp = load_pipeline(model)  # the cached loader analyze_chunk uses too: loaded once per process
        # Every new word a parse meets would stay in the pipeline's vocabulary for good, and a
        # corpus brings new words without end. Strings added inside a memory zone are freed
        # when it ends; nothing of the Docs outlives it (the outcomes are JSON).
        with nlp.memory_zone():
            outcomes = analyze_chunk(items, model, published, use_cache=False, annotations=False)
    return PartitionResult(analysis_version(model), [Analysed(o.index, o.data, o.error) for o in outcomes])

