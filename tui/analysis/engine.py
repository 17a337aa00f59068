"""text -> Analysis: the whole analysis in one call, no Textual anywhere."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from newsread.analysis.actors import build_actors
from newsread.analysis.dates import extract_dates
from newsread.analysis.datelines import find_dateline
from newsread.analysis.entities import extract_entities
from newsread.analysis.model import Analysis
from newsread.analysis.parsed import ParsedArticle
from newsread.analysis.pipeline import DEFAULT_MODEL, PARSE_BATCH, load_pipeline, model_label, parse, parse_blocks
from newsread.analysis.quotes import find_quotes
from newsread.article import Article, article_from_text

if TYPE_CHECKING:
    from spacy.language import Language


# Progress: how many blocks are parsed before the first partial analysis; the next
# ones come each time the parsed part grows fourfold, so all of them together cost
# about a third of one more analysis after parsing (parsing is never repeated). With
# doubling, a 1M-character text took 62 s in the app instead of 42 s.
FIRST_STAGE_BLOCKS = 32
STAGE_GROWTH = 4
# Blocks between two progress reports: one nlp.pipe batch.
PROGRESS_BATCH = PARSE_BATCH

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
    if report is None or len(article.paragraphs()) <= 2 * FIRST_STAGE_BLOCKS:
        return analyze_parsed(article, parse(article, nlp), model_label(nlp), published=published)
    return _analyze_in_stages(article, nlp, published, report)


def _analyze_in_stages(article: Article, nlp: "Language", published: str | None, report: Report) -> Analysis:
    """Parse in batches; report progress, and a partial analysis at each stage (32, 128, 512... blocks)."""
    blocks = article.paragraphs()
    label = model_label(nlp)
    docs: list[tuple[int, object]] = []
    stage = FIRST_STAGE_BLOCKS
    for block, doc in parse_blocks(article, nlp):
        docs.append((block.start, doc))
        done = len(docs)
        if done == len(blocks):
            break
        if done >= stage:
            stage *= STAGE_GROWTH
            partial = ParsedArticle(article.text, list(docs), blocks[:done])
            report(done / len(blocks), analyze_parsed(article, partial, label, published=published))
        elif done % PROGRESS_BATCH == 0:
            report(done / len(blocks), None)
    return analyze_parsed(article, ParsedArticle(article.text, docs, blocks), label, published=published)


def analyze_parsed(
    article: Article, parsed: ParsedArticle, model: str, *, published: str | None = None
) -> Analysis:
    """The analysis of an already parsed article (``model`` is the label for the JSON).

    Split from analyze() so that newsread.batch can parse many articles in one
    nlp.pipe call and then analyse each.
    """
    # A dateline ("WASHINGTON, Nov. 20, 2019 (AP) —") when nothing else dates the article.
    published = published or article.published or find_dateline(article.text)
    entities = extract_entities(parsed)
    table = build_actors(parsed, entities)
    dates = extract_dates(entities, published, parsed)
    quotes = find_quotes(parsed, entities, table)
    _count(table, entities, quotes)
    return Analysis(
        text=article.text,
        source=article.source,
        model=model,
        published=published,
        title=article.title,
        byline=article.byline,
        site=article.site,
        entities=entities,
        actors=table.actors,
        dates=dates,
        quotes=quotes,
    )


def _count(table, entities, quotes) -> None:
    """Fill each actor's mention and quote counts."""
    by_id = {a.id: a for a in table.actors}
    for a in table.actors:
        a.mentions = a.quotes = 0
    for e in entities:
        if e.actor in by_id:
            by_id[e.actor].mentions += 1
    for q in quotes:
        if q.speaker in by_id:
            by_id[q.speaker].quotes += 1
