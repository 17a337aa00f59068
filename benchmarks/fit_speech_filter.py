"""Fit the reported-speech filter on PolNeAR train and write its weights (development tool).

    python benchmarks/fit_speech_filter.py TRAIN_GOLD [--docs DIR] [--eval-dir ../shared/eval]
        [--out tui/analysis/quotes/speech_filter.json] [--l2 4.0] [--max-attribution-loss 0.003]
        [--dry-run]

TRAIN_GOLD is the PolNeAR train gold (``polnear_speech.py gold .polnear train OUT``: ``*.json``
and ``articles/*.txt``). Each article is analysed with the filter off
(``speech_filter.recording``); every indirect and mixed candidate is labelled by the scorer's own
one-to-one matching (does it match an annotated attribution?) and whether its speaker is right
there. An L2-regularised logistic regression (numpy, Newton steps) is fitted on the candidates'
features; the threshold is chosen on out-of-fold probabilities (5 folds by article) as the one
with the best speech F1 whose loss of attribution recall stays under ``--max-attribution-loss``
(dropping real speech with the right speaker is what the filter must not do). ``--docs`` is a
folder of parsed Docs (``STEM.spacy``, a DocBin each) to skip parsing; articles without one are
parsed. Never run it on the PolNeAR test split.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import speaker_truth as truth  # noqa: E402
from fit_speaker_confidence import fit, predict  # noqa: E402

from newsread.analysis.quotes import speech_filter  # noqa: E402

OUT = truth.ROOT / "tui" / "analysis" / "quotes" / "speech_filter.json"
FOLDS = 5


@dataclass
class Totals:
    """What the scorer counts over the whole unfiltered prediction (direct quotes included)."""

    gold: int = 0
    pred: int = 0
    named: int = 0  # gold items that name a speaker
    matched: int = 0
    right: int = 0  # matched items whose speaker is right


def candidates(gold_dir: Path, docs_dir: Path | None, sc) -> tuple[list[dict], Totals]:
    """Every filterable candidate of every article, labelled; and the scorer's totals."""
    from spacy.tokens import DocBin

    from newsread.analysis.engine import analyze_doc
    from newsread.analysis.pipeline import load_pipeline, model_label, parse_doc
    from newsread.article import load_article

    nlp = load_pipeline()
    label = model_label(nlp)
    rows: list[dict] = []
    tot = Totals()
    for a, gf in enumerate(sorted(gold_dir.glob("*.json"))):
        cached = docs_dir / f"{gf.stem}.spacy" if docs_dir else None
        if docs_dir and not cached.exists():
            continue  # only the articles parsed in advance (a sample of train)
        article = load_article(str(gold_dir / "articles" / f"{gf.stem}.txt"))
        doc = next(DocBin().from_disk(cached).get_docs(nlp.vocab)) if cached else parse_doc(article, nlp)
        with speech_filter.recording() as recorded:
            quotes = [asdict(q) for q in analyze_doc(article, doc, label).quotes]
        gold = json.loads(gf.read_text())["quotes"]
        text = (gold_dir / "articles" / f"{gf.stem}.txt").read_text()  # the scorer's offsets
        matched = _matches(sc, text, gold, quotes)
        tot.gold += len(gold)
        tot.pred += len(quotes)
        tot.named += sum(1 for g in gold if g.get("speaker_span"))
        tot.matched += len(matched)
        tot.right += sum(1 for k, g in matched.items() if gold[g].get("speaker_span") and _right(sc, gold[g], quotes[k]))
        where = {(q["start"], q["end"], q["kind"]): k for k, q in enumerate(quotes)}
        for row in recorded:
            k = where.get((row["start"], row["end"], row["kind"]))
            if k is None:
                continue  # a candidate later merged away
            if not sc.is_speech(quotes[k].get("cue") or ""):
                # a cue the gold leaves out by definition ("demanded", "cautioned"): no annotation
                # could match it, so it says nothing about whether such words are speech
                continue
            g = matched.get(k)
            right = g is not None and bool(gold[g].get("speaker_span")) and _right(sc, gold[g], quotes[k])
            rows.append({**row, "article": a, "matched": g is not None, "right": right,
                         "text": text[row["start"] : row["end"]]})
    return rows, tot


def _matches(sc, text: str, gold: list[dict], preds: list[dict]) -> dict[int, int]:
    """The scorer's greedy one-to-one matching: prediction index -> gold index."""
    gsp = [sc.inner(text, q["start"], q["end"]) if q["kind"] == "direct" else (q["start"], q["end"]) for q in gold]
    pairs = sorted(((sc.overlap(g, (p["start"], p["end"])), gi, pi) for gi, g in enumerate(gsp)
                    for pi, p in enumerate(preds)), reverse=True)
    used_g: set[int] = set()
    out: dict[int, int] = {}
    for s, gi, pi in pairs:
        if s > 0 and gi not in used_g and pi not in out:
            used_g.add(gi)
            out[pi] = gi
    return out


def _right(sc, gq: dict, pq: dict) -> bool:
    gs = gq["speaker_span"]
    ps, pe = pq.get("speaker_start"), pq.get("speaker_end")
    hit = ps is not None and pe is not None and min(pe, gs[1]) > max(ps, gs[0])
    return bool(hit or sc.same_speaker(gq["speaker"], pq.get("speaker_name")))


def design(rows: list[dict], names: list[str]) -> np.ndarray:
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, 0] = 1.0
    for r, row in enumerate(rows):
        for f in row["features"]:
            if f in index:
                x[r, index[f] + 1] = 1.0
    return x


def feature_names(rows: list[dict], least: int = 3) -> list[str]:
    """Features seen in at least ``least`` candidates (rarer ones only overfit)."""
    counts: dict[str, int] = {}
    for row in rows:
        for f in row["features"]:
            counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, n in counts.items() if n >= least)


def out_of_fold(rows: list[dict], y: np.ndarray, l2: float) -> np.ndarray:
    folds = np.array([row["article"] % FOLDS for row in rows])
    p = np.zeros(len(rows))
    for k in range(FOLDS):
        train = folds != k
        names = feature_names([r for r, t in zip(rows, train) if t])
        w = fit(design([r for r, t in zip(rows, train) if t], names), y[train], np.ones(train.sum()), l2)
        p[~train] = predict(design([r for r, t in zip(rows, ~train) if t], names), w)
    return p


def sweep(rows: list[dict], p: np.ndarray, tot: Totals, max_loss: float) -> float:
    """Print F1 and attribution recall at several thresholds; return the chosen one."""
    n_gold, n_pred, n_named = tot.gold, tot.pred, tot.named
    matched = np.array([r["matched"] for r in rows])
    right = np.array([r["right"] for r in rows])
    m0, r0 = tot.matched, tot.right
    best, best_f1 = 0.0, _f1(m0, n_pred, n_gold)
    print(f"  no filter: P {m0 / n_pred:.3f} R {m0 / n_gold:.3f} F1 {best_f1:.4f}; attribution {r0 / n_named:.4f}")
    for t in np.arange(0.02, 0.52, 0.02):
        drop = p < t
        m = m0 - (drop & matched).sum()
        r = r0 - (drop & right).sum()
        f1 = _f1(m, n_pred - drop.sum(), n_gold)
        ok = (r0 - r) / n_named <= max_loss
        print(f"  t {t:.2f}: drop {drop.sum():4d} (spurious {(drop & ~matched).sum():4d}, matched {(drop & matched).sum():3d},"
              f" right speaker {(drop & right).sum():3d}); P {m / (n_pred - drop.sum()):.3f} R {m / n_gold:.3f}"
              f" F1 {f1:.4f}; attribution {r / n_named:.4f}{'' if ok else '  (too costly)'}")
        if ok and f1 > best_f1:
            best, best_f1 = float(t), f1
    return best


def _f1(m: int, n_pred: int, n_gold: int) -> float:
    prec, rec = m / n_pred, m / n_gold
    return 2 * prec * rec / (prec + rec)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("train_gold", type=Path)
    ap.add_argument("--docs", type=Path)
    ap.add_argument("--eval-dir", type=Path, default=truth.DEFAULT_EVAL)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--l2", type=float, default=4.0)
    ap.add_argument("--max-attribution-loss", type=float, default=0.003)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--show", type=float, help="list the candidates dropped at this threshold (out of fold)")
    args = ap.parse_args(argv)
    sc, score_mod = truth.load_scorers(args.eval_dir)
    sc.same_speaker = score_mod.same_speaker
    rows, tot = candidates(args.train_gold, args.docs, sc)
    articles = len({r["article"] for r in rows})
    y = np.array([1.0 if r["matched"] else 0.0 for r in rows])
    print(f"{len(rows)} candidates in {articles} articles, {int(y.sum())} matched")
    p = out_of_fold(rows, y, args.l2)
    threshold = sweep(rows, p, tot, args.max_attribution_loss)
    if args.show is not None:
        for row, prob in sorted(zip(rows, p), key=lambda rp: rp[1]):
            if prob < args.show:
                label = "RIGHT" if row["right"] else ("match" if row["matched"] else "spur ")
                print(f"  {prob:.2f} {label} {row['features'][0]:>16} {row['text'][:110]!r}")
    names = feature_names(rows)
    w = fit(design(rows, names), y, np.ones(len(rows)), args.l2)
    data = {
        "about": "speech_filter: logistic weights over speech_filter.features(); fitted by "
        "benchmarks/fit_speech_filter.py on PolNeAR train",
        "candidates": len(rows), "articles": articles, "l2": args.l2, "threshold": round(threshold, 3),
        "bias": round(float(w[0]), 4),
        "weights": {n: round(float(v), 4) for n, v in zip(names, w[1:]) if abs(v) >= 1e-4},
    }
    print(f"threshold {threshold:.2f}; {len(data['weights'])} weights")
    if not args.dry_run:
        args.out.write_text(json.dumps(data, indent=1, sort_keys=False) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
