"""One article's analysis -> its rows in each dataset of the corpus.

The analysis is read as the JSON object of ``Analysis.to_dict()`` (schema
``newsread.analysis/1``) and every field that newer analyses add is read with a
default (``kind`` "direct", ``speaker_confidence`` null), so a corpus can be
built by any newsread that writes that schema. Pure Python: the store turns
these dicts into Arrow tables.
"""

from __future__ import annotations

import hashlib
from typing import Any
from urllib.parse import urlsplit

from newsread.corpus.names import speaker_key

DATASETS = ("articles", "quotes", "actors", "entities", "dates")


def article_id(text: str) -> str:
    """The corpus id of an article: sha256 of its text (UTF-8), as hex."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def outlet(site: str | None, source: str | None) -> str | None:
    """Who published it: the page's site name, else the host of its address."""
    if site and site.strip():
        return site.strip()
    if source and source.startswith(("http://", "https://")):
        host = urlsplit(source).hostname or ""
        return host.removeprefix("www.") or None
    return None


def article_rows(
    data: dict[str, Any], *, blocks: list[dict[str, Any]], version: str, origins: list[str] | None = None,
    journal: str | None = None, model_analysis: str | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """The rows of one analysed article in every dataset (``DATASETS``).

    ``blocks`` is the article's structure (kind, start, end, level), kept so the
    reader can show the article from the corpus alone; ``version`` the analysis
    version that produced ``data``; ``origins`` each quote's origin (model, user,
    corrected) when the user's annotations were applied; ``journal`` and ``model_analysis``
    what :mod:`.annotations` records of them.
    """
    text = data["text"]
    aid = article_id(text)
    actors = {a["id"]: a for a in data.get("actors", [])}
    article = {
        "id": aid,
        "source": data.get("source"),
        "title": data.get("title"),
        "byline": data.get("byline"),
        "site": data.get("site"),
        "outlet": outlet(data.get("site"), data.get("source")),
        "published": data.get("published"),
        "words": len(text.split()),
        "model": data.get("model"),
        "analysis_version": version,
        "text": text,
        "blocks": blocks,
        "journal": journal,
        "model_analysis": model_analysis,
    }
    quotes = [
        _quote_row(aid, i, q, text, actors, origins[i] if origins else "model")
        for i, q in enumerate(data.get("quotes", []))
    ]
    return {
        "articles": [article],
        "quotes": quotes,
        "actors": [_actor_row(aid, a) for a in data.get("actors", [])],
        "entities": [
            {"article_id": aid, "start": e["start"], "end": e["end"], "label": e["label"], "text": e["text"],
             "actor": e.get("actor")}
            for e in data.get("entities", [])
        ],
        "dates": [
            {"article_id": aid, "start": d["start"], "end": d["end"], "text": d["text"], "label": d["label"],
             "value": d.get("value")}
            for d in data.get("dates", [])
        ],
    }


def _quote_row(aid: str, index: int, q: dict, text: str, actors: dict, origin: str) -> dict[str, Any]:
    actor = actors.get(q.get("speaker")) if q.get("speaker") else None
    s, e = q.get("speaker_start"), q.get("speaker_end")
    mention = text[s:e] if isinstance(s, int) and isinstance(e, int) else None
    return {
        "article_id": aid,
        "quote_index": index,
        "start": q["start"],
        "end": q["end"],
        "kind": q.get("kind", "direct"),
        "text": q["text"],
        "quoted": [{"start": p["start"], "end": p["end"]} for p in q.get("quoted", [])],
        "speaker_actor": q.get("speaker"),
        "speaker_name": q.get("speaker_name"),
        "speaker_label": actor["label"] if actor else None,
        "speaker_key": speaker_key(actor["name"], actor["label"]) if actor else None,
        "speaker_mention": mention,
        "speaker_start": s,
        "speaker_end": e,
        "cue": q.get("cue"),
        "resolved_via": q.get("resolved_via"),
        "confidence": q.get("speaker_confidence"),
        "origin": origin,
    }


def _actor_row(aid: str, a: dict) -> dict[str, Any]:
    return {
        "article_id": aid,
        "actor": a["id"],
        "name": a["name"],
        "label": a["label"],
        "key": speaker_key(a["name"], a["label"]),
        "aliases": list(a.get("aliases", [])),
        "mentions": a.get("mentions", 0),
        "quotes": a.get("quotes", 0),
    }
