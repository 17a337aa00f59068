"""A small corpus of fixed analyses (no model): for the Speakers screen and the query tests.

Each article is original text written for these tests; its analysis is written
by hand in the ``newsread.analysis/1`` shape, so the screens and queries are
tested on data that does not move when the model or the analysis changes.
"""

from __future__ import annotations

from pathlib import Path

from newsread.corpus.query import refresh_speakers
from newsread.corpus.rows import DATASETS, article_rows
from newsread.corpus.store import Corpus

# (source, site, published, text, [(quoted words, speaker name, mention, kind)])
ARTICLES = [
    ("harbour.txt", "Coast Gazette", "2024-03-04",
     'Mayor Ruth Okafor said the harbour would reopen. "We will be ready by May," Okafor said.\n\n'
     'Harbour master Ivan Petrov said the cranes were old.',
     [("We will be ready by May", "Ruth Okafor", "Okafor", "direct"),
      ("the cranes were old", "Ivan Petrov", "Harbour master Ivan Petrov", "indirect")]),
    ("budget.txt", "Coast Gazette", "2024-04-11",
     '"The budget is balanced," Mayor Ruth Okafor told the council.\n\n'
     'Councillor Amy Lund said the figures were "optimistic at best".',
     [("The budget is balanced", "Ruth Okafor", "Mayor Ruth Okafor", "direct"),
      ("the figures were \"optimistic at best\"", "Amy Lund", "Councillor Amy Lund", "mixed")]),
    ("ferry.txt", "Valley Post", "2024-04-20",
     '"Ferries will run hourly," Okafor said on Saturday.\n\nPassengers welcomed the news.',
     [("Ferries will run hourly", "Ruth Okafor", "Okafor", "direct")]),
    ("bridge.txt", "Valley Post", "2024-05-02",
     'Engineer Ivan Petrov said "the bridge is safe" after the inspection.\n\n'
     '"Nothing moved," Petrov added.',
     [("the bridge is safe", "Ivan Petrov", "Engineer Ivan Petrov", "direct"),
      ("Nothing moved", "Ivan Petrov", "Petrov", "direct")]),
]

# The speaker confidence of every hand-made quote but one, whose speaker is doubtful.
CONFIDENCE = 0.9
DOUBTFUL = {"The budget is balanced": 0.3}
# Words the hand-made analyses mark as dates (so that every dataset has rows).
DATE_WORDS = ("May", "Saturday")


def analysis_of(source: str, site: str, published: str, text: str, quotes) -> dict:
    """A hand-made analysis: one PERSON actor per speaker, quotes found by their words."""
    actors: dict[str, dict] = {}
    out_quotes = []
    for words, name, mention, kind in quotes:
        actor = actors.setdefault(name, {"id": f"a{len(actors) + 1}", "name": name, "label": "PERSON",
                                         "aliases": [name], "mentions": 0, "quotes": 0})
        actor["quotes"] += 1
        start = text.index(words)
        m = text.index(mention)
        if mention not in actor["aliases"]:
            actor["aliases"].append(mention)
        out_quotes.append({
            "start": start, "end": start + len(words), "text": words, "speaker": actor["id"], "speaker_name": name,
            "speaker_start": m, "speaker_end": m + len(mention), "cue": "said", "resolved_via": "name",
            "kind": kind, "quoted": [], "speaker_confidence": DOUBTFUL.get(words, CONFIDENCE),
        })
    entities = []
    for actor in actors.values():
        for alias in actor["aliases"]:
            at = text.find(alias)
            if at >= 0:
                entities.append({"start": at, "end": at + len(alias), "label": "PERSON", "text": alias,
                                 "actor": actor["id"]})
                actor["mentions"] += 1
    dates = [{"start": text.index(word), "end": text.index(word) + len(word), "text": word, "label": "DATE",
              "value": None} for word in DATE_WORDS if word in text]
    return {
        "schema": "newsread.analysis/1", "source": source, "model": "fixed 1.0", "published": published,
        "title": None, "byline": None, "site": site, "text": text,
        "entities": sorted(entities, key=lambda e: e["start"]), "actors": list(actors.values()), "dates": dates,
        "quotes": sorted(out_quotes, key=lambda q: q["start"]),
    }


def fixed_corpus(path: Path) -> Corpus:
    """The ARTICLES as a corpus at ``path`` (two batches, as two builds would write)."""
    corpus = Corpus(path)
    corpus.create("fixed")
    for part in (ARTICLES[:2], ARTICLES[2:]):
        rows: dict[str, list] = {d: [] for d in DATASETS}
        for source, site, published, text, quotes in part:
            data = analysis_of(source, site, published, text, quotes)
            blocks = [{"kind": "paragraph", "start": s, "end": s + len(p), "level": 0}
                      for s, p in _paragraphs(text)]
            for dataset, more in article_rows(data, blocks=blocks, version="fixed").items():
                rows[dataset].extend(more)
        corpus.write_batch(rows)
    refresh_speakers(corpus)
    return corpus


def _paragraphs(text: str):
    at = 0
    for p in text.split("\n\n"):
        yield at, p
        at += len(p) + 2
