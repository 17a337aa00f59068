"""newsread's analysis as spaCy pipeline components (entry points ``spacy_factories``).

    nlp = spacy.load("en_core_web_sm")   # any English pipeline with a parser and NER
    nlp.add_pipe("newsread")             # or newsread_entities, newsread_dates, newsread_quotes
    doc = nlp(text)

``newsread_entities`` corrects the NER entities (``doc.ents``, and
``doc.spans["newsread_entities"]`` with each mention's actor) and merges them
into actors (``doc._.newsread_actors``); ``newsread_dates`` resolves DATE/TIME
mentions (``doc.spans["newsread_dates"]``); ``newsread_quotes`` finds every
attribution of speech with its speaker (``doc.spans["newsread_quotes"]``);
``newsread`` runs all three. The attributes are described in ``extensions.py``.

The text is read paragraph by paragraph (blocks split at blank lines, as the
plain-text reader splits them, unless ``doc._.newsread_blocks`` says
otherwise): each block is cut out of the Doc with its annotations
(``ParsedArticle.from_doc``). So that no sentence runs over a paragraph
break, each of these components puts ``newsread_paragraphs`` before the
parser when the pipeline lacks it; it starts a sentence at every paragraph.

analyze() (the CLI, the reader, ``extract`` over a corpus) marks the
paragraph starts the same way before parsing and runs the same ``annotate``
on the Doc, so all of them find the same.

spaCy imports this module (its entry points) whenever it makes a pipeline,
so it imports nothing heavy: the analysis itself is in ``annotate.py``, imported
on first use. No ``from __future__ import annotations`` here: spaCy validates
the factories' config against their signatures at runtime.
"""

import bisect
from typing import Optional

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

import newsread.analysis.extensions  # noqa: F401  (declares the Doc and Span attributes)

STAGES = ("entities", "dates", "quotes")

# What each component needs from the pipeline before it, and what it sets.
_REQUIRES = ["token.dep", "token.head", "token.pos", "token.tag", "token.lemma", "doc.ents"]
_ASSIGNS = {
    "entities": ["doc.ents", "doc.spans", "doc._.newsread_actors", "span._.newsread_entity"],
    "dates": ["doc.spans", "doc._.newsread_published", "span._.newsread_date"],
    "quotes": ["doc.spans", "doc._.newsread_actors", "span._.newsread_quote"],
}


class NewsreadComponent:
    """Runs some of newsread's stages (entities, dates, quotes) on a parsed Doc."""

    def __init__(self, name: str, stages: tuple, published: Optional[str] = None, set_ents: bool = True):
        self.name = name
        self.stages = stages
        self.published = published
        self.set_ents = set_ents

    def __call__(self, doc: Doc) -> Doc:
        from newsread.analysis.annotate import annotate

        annotate(doc, self.stages, published=self.published, set_ents=self.set_ents)
        return doc


def doc_blocks(doc: Doc) -> list:
    """The paragraphs the analysis reads one by one: given on the Doc, or split as plain text."""
    if doc._.newsread_blocks is None:
        from newsread.article.text import read_plain_text

        doc._.newsread_blocks = [[b.start, b.end] for b in read_plain_text(doc.text).blocks]
    return [(start, end) for start, end in doc._.newsread_blocks]


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at every paragraph (before the parser, which keeps such starts).

    Without it the parser runs a headline without a full stop, or a paragraph
    ending in a quote, on into the next paragraph (at 15% of the paragraph breaks
    of PolNeAR dev), and the analysis, which reads paragraph by paragraph, gets
    that sentence's tree cut in two.
    """
    starts = doc.to_array([IDX]).tolist()
    for start, _ in doc_blocks(doc):
        i = bisect.bisect_left(starts, start)
        if 0 < i < len(starts) and starts[i] == start:
            doc[i].is_sent_start = True
    return doc


def _with_paragraph_starts(nlp: Language) -> None:
    """Put newsread_paragraphs before the parser, unless the pipeline has it already."""
    factories = {name: nlp.get_pipe_meta(name).factory for name in nlp.component_names}
    if "newsread_paragraphs" in factories.values():
        return
    parsers = [name for name, factory in factories.items() if factory == "parser"]
    if not parsers:
        raise ValueError("newsread needs a pipeline with a dependency parser and NER (e.g. en_core_web_sm)")
    nlp.add_pipe("newsread_paragraphs", before=parsers[0])


@Language.factory("newsread_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str):
    """Paragraph starts as sentence starts; the other newsread components add it before the parser."""
    return mark_paragraph_starts


@Language.factory(
    "newsread",
    default_config={"published": None, "set_ents": True},
    assigns=sorted({a for s in STAGES for a in _ASSIGNS[s]}),
    requires=_REQUIRES,
)
def make_newsread(nlp: Language, name: str, published: Optional[str], set_ents: bool) -> NewsreadComponent:
    """Entities, actors, dates and quotes."""
    _with_paragraph_starts(nlp)
    return NewsreadComponent(name, STAGES, published, set_ents)


@Language.factory(
    "newsread_entities", default_config={"set_ents": True}, assigns=_ASSIGNS["entities"], requires=_REQUIRES
)
def make_entities(nlp: Language, name: str, set_ents: bool) -> NewsreadComponent:
    """Corrected entities and the actors they name."""
    _with_paragraph_starts(nlp)
    return NewsreadComponent(name, ("entities",), set_ents=set_ents)


@Language.factory(
    "newsread_dates", default_config={"published": None}, assigns=_ASSIGNS["dates"], requires=_REQUIRES
)
def make_dates(nlp: Language, name: str, published: Optional[str]) -> NewsreadComponent:
    """Date mentions with their ISO values (needs newsread_entities before it)."""
    _with_paragraph_starts(nlp)
    return NewsreadComponent(name, ("dates",), published)


@Language.factory("newsread_quotes", assigns=_ASSIGNS["quotes"], requires=_REQUIRES)
def make_quotes(nlp: Language, name: str) -> NewsreadComponent:
    """Every attribution of speech with its speaker (needs newsread_entities before it)."""
    _with_paragraph_starts(nlp)
    return NewsreadComponent(name, ("quotes",))
