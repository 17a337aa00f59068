"""``newsread corpus DIR``: the reader app opened on a corpus's Speakers screen.

The same app as the reader (same keys, config, lean output over SSH), whose first
screen lists the corpus speakers. An article opened from a quote is shown as
the corpus holds it (text, structure, analysis with the annotations applied at
build time): no spaCy is loaded, and the reader opens at once on that quote.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.screen import Screen

from newsread.corpus import query
from newsread.corpus.store import Corpus
from newsread.resources import styles_dir
from newsread.ui.analysis_runner import Result
from newsread.ui.app import NewsreadApp


class CorpusApp(NewsreadApp):
    """Speakers first; enter goes down to a speaker's quotes, then to an article."""

    CSS_PATH = [*NewsreadApp.CSS_PATH, styles_dir() / "speakers.tcss"]

    def __init__(self, corpus: Corpus, *, config_path: Path | None = None) -> None:
        super().__init__([], config_path=config_path)
        self.corpus = corpus
        self.con = query.connect(corpus)
        self.analysis_state = ""  # nothing is analysed here: the corpus holds the analyses

    def get_default_screen(self) -> Screen:
        from newsread.ui.screens.speakers import SpeakersScreen

        return SpeakersScreen(query.speakers(self.con))

    def open_quote(self, quote: dict[str, Any]) -> None:
        """Open the article of ``quote`` (a row of ``query.quotes_of``) in the reader, on that quote."""
        from newsread.ui.screens.speakers import CorpusReaderScreen

        article, analysis = query.open_article(self.con, self.corpus, quote["article_id"])
        self.articles.append(article)
        index = len(self.articles) - 1
        self.results[index] = Result(analysis=analysis)
        self.push_screen(CorpusReaderScreen(article, index, quote=(quote["start"], quote["end"])))
