"""Benchmark: does ``speaker_confidence`` mean what it says? Its calibration on real news.

    python benchmarks/calibration.py [--polnear-dev GOLD_DIR] [--dev GOLD_DIR] [--eval-dir DIR]
                                     [--polnear-pred DIR] [--dev-pred DIR] [--rescore]

For PolNeAR dev (gold built by ``polnear_speech.py gold .polnear dev OUT``) and the dev gold
(``../shared/eval/dev``, the default), runs ``newsread extract --json`` over the articles (or
reads saved outputs with ``--*-pred``) and prints, per confidence bucket, how many matched items
fall in it and how often their speaker is right; then the share of items at or above 0.5 and
their accuracy. Goal (issue 14): at least 97% right among items >= 0.5, and at least 80% of
items >= 0.5.

"Right" is the scorers' rule (``speaker_truth``): for PolNeAR the predicted mention overlaps
the gold source or the names agree; a second table counts a pronoun or description right only
when it was resolved to the person a reader named for it (a sample of mentions, listed in
``data/speaker_referents.json``; each one read stands for the unread ones of its stratum, so
its counts are weighted estimates). For the dev gold the
rule is by name, so a pronoun given to the wrong person is wrong. Nothing is asserted. The
PolNeAR test split is reserved: never point this at it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import speaker_truth as truth  # noqa: E402

EDGES = (0.0, 0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001)
THRESHOLD = 0.5


def print_table(conf: list[float], right: list[bool], title: str = "", weights: list[float] | None = None) -> None:
    """Bucket -> items, accuracy, mean confidence; then the >= 0.5 summary.

    ``weights``: how many items each one stands for (a sample read by hand stands for its
    stratum); counts are then weighted estimates.
    """
    w = weights or [1.0] * len(conf)
    if title:
        print(title)
    print(f"  {'confidence':>12} {'items':>7} {'right':>7} {'accuracy':>9} {'mean conf':>10}")
    for lo, hi in zip(EDGES, EDGES[1:]):
        idx = [i for i, c in enumerate(conf) if lo <= c < hi]
        if not idx:
            continue
        n = sum(w[i] for i in idx)
        ok = sum(w[i] for i in idx if right[i])
        mean = sum(w[i] * conf[i] for i in idx) / n
        print(f"  {lo:5.2f}-{min(hi, 1.0):4.2f}  {n:7.0f} {ok:7.0f} {ok / n:9.3f} {mean:10.3f}")
    total = sum(w)
    if total:
        sure = sum(w[i] for i, c in enumerate(conf) if c >= THRESHOLD)
        ok = sum(w[i] for i, c in enumerate(conf) if c >= THRESHOLD and right[i])
        everyone = sum(w[i] for i in range(len(conf)) if right[i])
        print(f"  >= {THRESHOLD}: {sure:.0f}/{total:.0f} items ({sure / total:.1%}), speaker right "
              f"{ok / sure if sure else 0:.1%}; all items right {everyone / total:.1%}")


def extract(articles: Path, out: Path) -> Path:
    """``newsread extract --json-lines`` over a folder of .txt articles, one JSON file per stem."""
    out.mkdir(parents=True, exist_ok=True)
    exe = Path(sys.executable).with_name("newsread")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "newsread"]
    files = sorted(str(p) for p in articles.glob("*.txt"))
    proc = subprocess.run([*cmd, "extract", "--json-lines", "--no-cache", *files],
                          capture_output=True, text=True, check=True)
    for line in proc.stdout.splitlines():
        data = json.loads(line)
        (out / (Path(data["source"]).stem + ".json")).write_text(line)
    return out


def _confidences(items) -> list[float]:
    return [it.analysis["quotes"][it.index].get("speaker_confidence") or 0.0 for it in items]


def rescore(items) -> None:
    """Score saved predictions again with the shipped weights (after a refit, no new extract)."""
    from newsread.analysis.quotes.confidence import confidence

    for it, ev in truth.with_evidence(items):
        it.analysis["quotes"][it.index]["speaker_confidence"] = round(confidence(ev), 3)


def report_polnear(gold: Path, pred: Path, scorers, again: bool = False) -> None:
    items = truth.polnear_items(gold, pred, scorers, truth.load_referents())
    if again:
        rescore(items)
    print_table(_confidences(items), [it.scorer_right for it in items],
                f"PolNeAR dev ({gold.name}): matched items with a gold source, scorer's rule")
    weights = truth.sample_weights(truth.with_evidence(items))
    read = [(it, w) for it, w in zip(items, weights) if w > 0]
    print_table(_confidences([it for it, _ in read]), [bool(it.right) for it, _ in read],
                f"PolNeAR dev: pronouns and descriptions judged by their referent; each one read stands "
                f"for its stratum ({len(items) - len(read)} not read)", [w for _, w in read])
    by_kind: dict[str, list] = {}
    for it, w in read:
        by_kind.setdefault(it.analysis["quotes"][it.index]["kind"], []).append((it, w))
    for kind, group in sorted(by_kind.items()):
        print_table(_confidences([it for it, _ in group]), [bool(it.right) for it, _ in group], f"  kind {kind}:",
                    [w for _, w in group])


def report_dev(gold: Path, pred: Path, scorers, again: bool = False) -> None:
    items = truth.dev_items(gold, pred, scorers)
    if again:
        rescore(items)
    print_table(_confidences(items), [bool(it.right) for it in items],
                f"dev gold ({gold.name}): matched direct quotes with a speaker, right by name")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--polnear-dev", type=Path, help="PolNeAR dev gold folder (NAME.json + articles/)")
    ap.add_argument("--dev", type=Path, default=truth.DEFAULT_EVAL / "dev", help="dev gold folder")
    ap.add_argument("--eval-dir", type=Path, default=truth.DEFAULT_EVAL, help="folder of the scorers")
    ap.add_argument("--polnear-pred", type=Path, help="saved extract --json outputs for PolNeAR dev")
    ap.add_argument("--dev-pred", type=Path, help="saved extract --json outputs for the dev gold")
    ap.add_argument("--rescore", action="store_true", help="score saved outputs again with the shipped weights")
    args = ap.parse_args(argv)
    scorers = truth.load_scorers(args.eval_dir)
    with tempfile.TemporaryDirectory(prefix="newsread-calibration-") as tmp:
        if args.polnear_dev:
            pred = args.polnear_pred or extract(args.polnear_dev / "articles", Path(tmp) / "polnear")
            report_polnear(args.polnear_dev, pred, scorers, args.rescore)
        if args.dev and args.dev.exists():
            pred = args.dev_pred or extract(args.dev / "articles", Path(tmp) / "dev")
            report_dev(args.dev, pred, scorers, args.rescore)
    return 0


if __name__ == "__main__":
    sys.exit(main())
