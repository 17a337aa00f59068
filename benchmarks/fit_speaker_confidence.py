"""Fit the speaker-confidence model on PolNeAR train and write its weights (development tool).

    python benchmarks/fit_speaker_confidence.py TRAIN_GOLD PRED_DIR [--eval-dir ../shared/eval]
        [--out tui/analysis/quotes/speaker_confidence.json] [--l2 2.0] [--dry-run]

TRAIN_GOLD is the PolNeAR train gold (``polnear_speech.py gold .polnear train OUT``); PRED_DIR
holds ``newsread extract --json`` outputs of its articles (same stems). Each matched item is
labelled by ``speaker_truth`` and described by the features of
``newsread.analysis.quotes.confidence``; an L2-regularised logistic regression (Newton steps,
numpy) is fitted on them. Before writing, it prints the calibration of out-of-fold predictions
(5 folds by article), so the figures printed are on articles the fold did not see. Never run it
on the PolNeAR test split.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import speaker_truth as truth  # noqa: E402
from calibration import print_table  # noqa: E402

from newsread.analysis.quotes.confidence import features  # noqa: E402

OUT = truth.ROOT / "tui" / "analysis" / "quotes" / "speaker_confidence.json"


def design(rows: list[list[str]], names: list[str]) -> np.ndarray:
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, 0] = 1.0  # bias
    for r, feats in enumerate(rows):
        for f in feats:
            if f in index:
                x[r, index[f] + 1] = 1.0
    return x


def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float) -> np.ndarray:
    """Weighted logistic regression by Newton's method; the bias is not penalised."""
    w = np.zeros(x.shape[1])
    pen = np.full(x.shape[1], l2)
    pen[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (weight * (p - y)) + pen * w
        hess = (x * (weight * p * (1 - p))[:, None]).T @ x + np.diag(pen + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))


def _breakdown(used, oof, y, weight) -> None:
    """Weighted items and accuracy per (confidence bucket, resolved_via, kind)."""
    cells: dict[tuple, list[float]] = {}
    for (it, ev), p, right, k in zip(used, oof, y, weight):
        key = (min(int(p * 10), 9) / 10, ev.via, ev.kind)
        cell = cells.setdefault(key, [0.0, 0.0])
        cell[0] += k
        cell[1] += k * right
    for key in sorted(cells):
        n, ok = cells[key]
        print(f"  {key[0]:.1f} {key[1]:>12} {key[2]:>8} {n:7.0f} {ok / n:6.3f}")


def trust_line(p: np.ndarray, y: np.ndarray, weight: np.ndarray, goal: float) -> float:
    """The lowest probability such that the (weighted) items at or above it are right at least
    ``goal`` of the time."""
    order = np.argsort(-p)
    right = np.cumsum((weight * y)[order])
    total = np.cumsum(weight[order])
    ok = np.nonzero(right / total >= goal)[0]
    return float(p[order][ok[-1]]) if len(ok) else 1.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--eval-dir", type=Path, default=truth.DEFAULT_EVAL)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--l2", type=float, default=2.0)
    ap.add_argument("--goal", type=float, default=0.972,
                    help="accuracy wanted at or above confidence 0.5 (out of fold, on train)")
    ap.add_argument("--min-count", type=int, default=5, help="features seen fewer times are dropped")
    ap.add_argument("--breakdown", action="store_true", help="out-of-fold accuracy per bucket and way found")
    ap.add_argument("--dry-run", action="store_true", help="print the out-of-fold table, write nothing")
    args = ap.parse_args(argv)
    items = truth.polnear_items(args.gold, args.pred, truth.load_scorers(args.eval_dir), truth.load_referents())
    pairs = truth.with_evidence(items)
    stands_for = truth.sample_weights(pairs)
    used = [(it, ev) for (it, ev), k in zip(pairs, stands_for) if k > 0]
    weight = np.array([k for k in stands_for if k > 0])
    rows = [features(ev) for _, ev in used]
    counts: dict[str, int] = {}
    for feats in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= args.min_count)
    x = design(rows, names)
    y = np.array([1.0 if it.right else 0.0 for it, _ in used])
    articles = sorted({it.article for it, _ in used})
    fold_of = {a: i % 5 for i, a in enumerate(articles)}
    folds = np.array([fold_of[it.article] for it, _ in used])
    oof = np.zeros(len(y))
    for k in range(5):
        w = fit(x[folds != k], y[folds != k], weight[folds != k], args.l2)
        oof[folds == k] = predict(x[folds == k], w)
    print(f"PolNeAR train, out of fold: {len(y)} items from {len(articles)} articles; each pronoun or "
          f"description read by hand stands for its stratum ({len(items) - len(used)} unread)")
    print_table(list(oof), [bool(v) for v in y], weights=list(weight))
    if args.breakdown:
        _breakdown(used, oof, y, weight)
    line = trust_line(oof, y, weight, args.goal)
    shift = float(np.log(line / (1 - line)))
    sure = oof >= line
    print(f"trust line: probability {line:.3f} (log-odds {shift:.3f}); out of fold, "
          f"{weight[sure].sum() / weight.sum():.1%} of items at or above it, "
          f"{(weight * y)[sure].sum() / weight[sure].sum():.1%} right")
    conf = 1.0 / (1.0 + np.exp(-(np.log(oof / (1 - oof)) - shift)))
    print_table(list(conf), [bool(v) for v in y], "as speaker_confidence (0.5 at the trust line):", list(weight))
    w = fit(x, y, weight, args.l2)
    model = {
        "about": "speaker_confidence: logistic weights over confidence.features(); fitted by "
                 "benchmarks/fit_speaker_confidence.py on PolNeAR train",
        "items": len(y),
        "articles": len(articles),
        "l2": args.l2,
        "goal": args.goal,
        "trust_logit": round(shift, 4),
        "bias": round(float(w[0]), 4),
        "weights": {n: round(float(v), 4) for n, v in zip(names, w[1:]) if abs(v) >= 1e-4},
    }
    if args.dry_run:
        print(json.dumps(model["weights"], indent=1))
        return 0
    args.out.write_text(json.dumps(model, indent=1, sort_keys=False) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
