"""text -> Analysis: the whole analysis in one call, no Textual anywhere.

analyze() parses the article as one Doc (``pipeline.parse_doc``: the whole
text, as ``nlp(text)`` parses it) and runs newsread's spaCy component on it
(``components.annotate``), then reads the result off the Doc. The CLI, the
reader, ``extract`` over a corpus and a user's spaCy pipeline therefore share
one code path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

from newsread.analysis.model import Analysis
from newsread.analysis.pipeline import (
    DEFAULT_MODEL,
    PART_BLOCKS,
    Part,
    join_parts,
    load_pipeline,
    model_label,
    parse_doc,
    parse_parts,
    plan_parts,
)
from newsread.article import Article, article_from_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from newsread.article import Block


# Progress: a long text is parsed in parts (up to pipeline.PART_BLOCKS blocks each);
# after each part the progress is reported, and the analysis of the parts done
# so far when the parsed part has grown fourfold since the last one (32, 128,
# 512... blocks), so all of them together cost about a third of one more
# analysis (parsing is never repeated). With doubling, a 1M-character text took
# 62 s in the app instead of 42 s.
FIRST_STAGE_BLOCKS = PART_BLOCKS
STAGE_GROWTH = 4
# Parts per nlp.pipe batch while reporting: nlp.pipe hands out a batch's Docs only once
# all of them are parsed, so the first partial analysis comes after 64 blocks.
PROGRESS_BATCH_PARTS = 2

Report = Callable[[float, "Analysis | None"], object]


def analyze(
    article: Article | str,
    *,
    model: str = DEFAULT_MODEL,
    nlp: "Language | None" = None,
    published: str | None = None,
    report: Report | None = None,
) -> Analysis:
    """Analyse an Article (or a plain-text string): entities, actors, dates, quotes.

    ``published`` (ISO date) overrides the article's own publication date for
    resolving relative dates. ``report(fraction, partial)``, when given, is called
    while a long article is parsed: ``fraction`` of its blocks are done, and
    ``partial`` is the analysis of the blocks parsed so far (or None between
    stages). The result is the same as without it.
    """
    if isinstance(article, str):
        article = article_from_text(article)
    nlp = nlp or load_pipeline(model)
    if report is None or len(plan_parts(article)) == 1:
        return analyze_doc(article, parse_doc(article, nlp), model_label(nlp), published=published)
    return _analyze_in_stages(article, nlp, published, report)


def _analyze_in_stages(article: Article, nlp: "Language", published: str | None, report: Report) -> Analysis:
    """Parse part by part; report progress, and a partial analysis at each stage (32, 128, 512... blocks)."""
    blocks = article.paragraphs()
    label = model_label(nlp)
    parts: list[tuple[Part, "Doc"]] = []
    stage = FIRST_STAGE_BLOCKS
    for _, part, doc in parse_parts([article], nlp, max_batch=PROGRESS_BATCH_PARTS):
        parts.append((part, doc))
        done = part.last
        if done == len(blocks):
            break
        if done >= stage:
            stage *= STAGE_GROWTH
            # join_parts makes a new Doc (the component writes on it): the parts stay as parsed
            partial = analyze_doc(article, join_parts(parts), label, published=published, blocks=blocks[:done])
            report(done / len(blocks), partial)
        else:
            report(done / len(blocks), None)
    return analyze_doc(article, join_parts(parts), label, published=published)


def analyze_doc(
    article: Article,
    doc: "Doc",
    model: str,
    *,
    published: str | None = None,
    blocks: "Sequence[Block] | None" = None,
) -> Analysis:
    """The analysis of ``article`` from its parsed Doc (``model`` is the label for the JSON).

    ``doc`` covers the article's text from its start (all of it, or the blocks
    parsed so far, ``blocks``). Split from analyze() so that newsread.batch can
    parse many articles in one nlp.pipe call and then analyse each.
    """
    from newsread.analysis.annotate import annotate
    from newsread.analysis.extensions import analysis_from_doc

    doc._.newsread_blocks = [[b.start, b.end] for b in (article.paragraphs() if blocks is None else blocks)]
    doc._.newsread_published = published or article.published
    annotate(doc)
    return analysis_from_doc(doc, article, model)
