#!/usr/bin/env bash
# Score reported speech and direct quotes on real news: PolNeAR (networkdynamics/PolNeAR).
#
# usage: eval/run_polnear.sh POLNEAR [train|dev] [PRED_DIR]
#   POLNEAR is a clone (or bare git directory) of the PolNeAR repository; the articles are
#   copyrighted and never enter this repository (`.polnear/` in the project root is git-ignored
#   for that purpose: `git clone --no-checkout URL_OR_GIT_DIR .polnear`).
#   Builds the gold of the split with eval/scorers/polnear_speech.py, runs
#   `newsread extract --json-lines` over its articles and prints the per-kind recall line,
#   the speaker line and the summary line.
#   The test split is reserved for release checks: this script refuses it.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PYTHON:-python3}"
NEWSREAD="${NEWSREAD:-newsread}"
repo="${1:?usage: eval/run_polnear.sh POLNEAR [train|dev] [PRED_DIR]}"
split="${2:-dev}"
case "$split" in
    train|dev) ;;
    *) echo "run_polnear.sh: split must be train or dev (test is reserved)" >&2; exit 2 ;;
esac
command -v "$NEWSREAD" >/dev/null || { echo "run_polnear.sh: '$NEWSREAD' not found (pip install ., or set NEWSREAD)" >&2; exit 2; }

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
gold="$work/gold"; pred="${3:-$work/pred}"; mkdir -p "$pred"
"$PY" "$HERE/scorers/polnear_speech.py" gold "$repo" "$split" "$gold"
"$NEWSREAD" extract --json-lines --no-annotations --no-cache --jobs "${JOBS:-0}" "$gold"/articles/*.txt \
    | "$PY" -c '
import json, sys, pathlib
for line in sys.stdin:
    d = json.loads(line)
    pathlib.Path(sys.argv[1], pathlib.Path(d["source"]).stem + ".json").write_text(line)' "$pred"
"$PY" "$HERE/scorers/polnear_speech.py" score "$gold" "$pred" | tail -3
