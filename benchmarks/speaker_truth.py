"""Which predicted speakers are right: the labels behind the speaker-confidence calibration.

Reuses the matching of the project's scorers (``../shared/eval/polnear_speech.py`` and
``score.py``, found through ``--eval-dir``) so that "right" means here what it means in their
reports, with two corrections that only make the label truer:

* PolNeAR marks a relative pronoun as the source of "X, who said ..."; a predicted mention that
  ends right before that "who" is X, the same person.
* PolNeAR's source of "he said" is the word "he", so its rule (the predicted mention overlaps
  the gold one) cannot tell whether "he" was resolved to the right person. For pronoun and
  description mentions the label comes from ``data/speaker_referents.json`` instead: the person
  each sampled mention refers to, read by hand (article stem, mention offsets, referent name;
  no article text). Such items that were not read are left out of the fit (``right`` None)
  but kept, with the scorer's label, in the table.

Only PolNeAR train and dev are read here; its test split is reserved.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REFERENTS = Path(__file__).resolve().parent / "data" / "speaker_referents.json"
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"
_RELATIVE = {"who", "which", "that", "whom"}
# Mentions whose referent the scorer's overlap rule cannot check (a description only when it was
# resolved to a named actor: a description that is itself the speaker is checked by overlap).
RESOLVED = ("pronoun", "description")


@dataclass
class Labelled:
    """One predicted item matched to a gold item that names a speaker."""

    article: str
    analysis: dict[str, Any]  # the prediction (``extract --json``)
    index: int  # the item in analysis["quotes"]
    scorer_right: bool  # the scorer's own rule
    right: bool | None  # the truer label; None when the referent was not read


def load_scorers(eval_dir: Path):
    """(polnear_speech, score) imported from the evaluation folder."""
    mods = []
    sys.path.insert(0, str(eval_dir))
    for name in ("polnear_speech", "score"):
        spec = importlib.util.spec_from_file_location(f"_eval_{name}", eval_dir / f"{name}.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods.append(mod)
    return tuple(mods)


def load_referents(path: Path = REFERENTS) -> dict[tuple[str, int, int], str]:
    """(article stem, mention start, mention end) -> the name of the person or body meant."""
    if not path.exists():
        return {}
    return {(r["article"], *r["mention"]): r["referent"] for r in json.loads(path.read_text())}


def polnear_items(gold_dir: Path, pred_dir: Path, scorers, referents) -> list[Labelled]:
    """Every predicted item that PolNeAR's one-to-one matching pairs with a gold item with a source."""
    pn, sc = scorers
    out = []
    for stem, gold, pred in _article_pairs(gold_dir, pred_dir):
        text = (Path(gold_dir) / "articles" / f"{stem}.txt").read_text()  # as the scorer reads it
        preds = pred["quotes"]
        spans = [pn.inner(text, q["start"], q["end"]) if q["kind"] == "direct" else (q["start"], q["end"])
                 for q in gold["quotes"]]
        scored = ((pn.overlap(g, (p["start"], p["end"])), gi, pi) for gi, g in enumerate(spans)
                  for pi, p in enumerate(preds))
        for gi, pi in _one_to_one(scored):
            gq = gold["quotes"][gi]
            if gq.get("speaker_span"):
                pq = preds[pi]
                referent = referents.get((stem, pq.get("speaker_start"), pq.get("speaker_end")))
                scorer, truer = _polnear_label(sc, text, gq, pq, referent)
                out.append(Labelled(stem, pred, pi, scorer, truer))
    return out


def _article_pairs(gold_dir: Path, pred_dir: Path):
    """(stem, gold, prediction) for every gold file that has a prediction of the same name."""
    for gf in sorted(Path(gold_dir).glob("*.json")):
        pf = Path(pred_dir) / gf.name
        if pf.exists():
            yield gf.stem, json.loads(gf.read_text()), json.loads(pf.read_text())


def _one_to_one(scored):
    """The scorers' greedy matching: (gold index, predicted index) pairs, best overlap first,
    each side used once, pairs that do not overlap left out."""
    used_g, used_p = set(), set()
    for s, gi, pi in sorted(scored, reverse=True):
        if s <= 0 or gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        yield gi, pi


def _polnear_label(sc, text: str, gq: dict, pq: dict, referent: str | None) -> tuple[bool, bool | None]:
    gs = gq["speaker_span"]
    ps, pe = pq.get("speaker_start"), pq.get("speaker_end")
    hit = ps is not None and pe is not None and min(pe, gs[1]) > max(ps, gs[0])
    scorer = bool(hit or sc.same_speaker(gq["speaker"], pq.get("speaker_name")))
    right = scorer
    if not right and pe is not None and gq["speaker"].strip().lower() in _RELATIVE:
        right = 0 <= gs[0] - pe <= 3 and text[pe:gs[0]].strip() in ("", ",")
    if pq.get("resolved_via") in RESOLVED and (pq.get("speaker") or pq.get("resolved_via") == "pronoun"):
        if referent is None:
            return scorer, None
        right = right and _same(sc, referent, pq.get("speaker_name"))
    return scorer, right


def _same(sc, referent: str, name: str | None) -> bool:
    return bool(name) and (referent.lower() == name.lower() or sc.same_speaker(referent, name))


def dev_items(gold_dir: Path, pred_dir: Path, scorers) -> list[Labelled]:
    """The direct quotes (and quoted parts of mixed items) that score.py matches to a gold quote
    with a speaker; its rule is by name, so a pronoun resolved to the wrong person is wrong."""
    _, sc = scorers
    out = []
    for stem, gold, pred in _article_pairs(gold_dir, pred_dir):
        cands = sc.direct_candidates(pred)
        owner = [next(i for i, q in enumerate(pred["quotes"]) if q is c[3]) for c in cands]
        gspans = sc.gold_spans(pred["text"], gold)
        scored = ((sc.overlap_ok(g, c[:2]), gi, ci) for gi, g in enumerate(gspans) if g
                  for ci, c in enumerate(cands))
        for gi, ci in _one_to_one(scored):
            gq = gold["quotes"][gi]
            if gq.get("speaker") and not gq.get("borderline"):
                names = [gq["speaker"], *(gq.get("alt_speakers") or [])]
                right = any(sc.same_speaker(n, cands[ci][2]) for n in names)
                out.append(Labelled(stem, pred, owner[ci], right, right))
    return out


def with_evidence(items: list[Labelled]) -> list[tuple[Labelled, Any]]:
    """Each item with its ``Evidence``, gathered once per article from the saved prediction."""
    from newsread.analysis.model import Analysis
    from newsread.analysis.quotes.evidence import gather

    cache: dict[str, list] = {}
    out = []
    for it in items:
        if it.article not in cache:
            an = Analysis.from_dict(it.analysis)
            cache[it.article] = gather(an.text, an.entities, {a.id: a.label for a in an.actors}, an.quotes)
        out.append((it, cache[it.article][it.index]))
    return out


def stratum(it: Labelled, ev) -> tuple | None:
    """The sampling stratum of an item whose label needs a read referent (None: it needs none)."""
    q = it.analysis["quotes"][it.index]
    if q.get("resolved_via") not in RESOLVED or not (q.get("speaker") or q.get("resolved_via") == "pronoun"):
        return None
    named = bool(q.get("speaker"))
    if ev.via == "description" or not named:
        return ev.via, named  # sampled as a whole
    return ev.via, named, min(ev.rivals, 1), ev.rival_after


def sample_weights(pairs: list[tuple[Labelled, Any]]) -> list[float]:
    """For each labelled item, how many items it stands for: 1, or for a read pronoun or
    description, its stratum's size over the number read in it (0 for the unread)."""
    size: dict[tuple, int] = {}
    read: dict[tuple, int] = {}
    for it, ev in pairs:
        key = stratum(it, ev)
        if key is not None:
            size[key] = size.get(key, 0) + 1
            read[key] = read.get(key, 0) + (it.right is not None)
    out = []
    for it, ev in pairs:
        key = stratum(it, ev)
        if key is None:
            out.append(1.0)
        else:
            out.append(size[key] / read[key] if it.right is not None and read[key] else 0.0)
    return out
