#!/usr/bin/env bash
# Score newsread's quote engine and sidebar on one of the evaluation sets in eval/.
#
# usage: eval/run_extra.sh [PRED_DIR]
#   Runs `newsread extract ARTICLE --json --no-annotations --no-cache` for every
#   eval/$EVAL_SET/articles/NAME.txt (EVAL_SET: extra (default), heldout1, heldout2, heldout3),
#   with --date set to the gold file's `published` (only date resolution depends on it),
#   writes PRED_DIR/NAME.json (a temporary folder, removed afterwards, unless PRED_DIR is
#   given), then prints the quote scorer's report and the sidebar (people) scorer's report.
#
# Everything it needs is in a clone: the scorers are eval/scorers/, newsread is the one on
# PATH (an activated virtual environment) unless NEWSREAD names another, and Python is
# python3 unless PYTHON says otherwise.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
GOLD="${GOLD_DIR:-$HERE/${EVAL_SET:-extra}}"  # GOLD_DIR: any folder in the same format
SCORERS="${SCORERS:-$HERE/scorers}"
PY="${PYTHON:-python3}"
NEWSREAD="${NEWSREAD:-newsread}"

if ! command -v "$NEWSREAD" >/dev/null; then
    echo "run_extra.sh: '$NEWSREAD' not found: activate the environment where newsread is installed (pip install .), or set NEWSREAD" >&2
    exit 2
fi
if [[ ! -d "$GOLD/articles" ]]; then
    echo "run_extra.sh: no evaluation set at $GOLD (EVAL_SET: extra, heldout1, heldout2, heldout3)" >&2
    exit 2
fi

if [[ $# -ge 1 ]]; then
    PRED="$1"; mkdir -p "$PRED"
else
    PRED="$(mktemp -d)"; trap 'rm -rf "$PRED"' EXIT
fi

for txt in "$GOLD"/articles/*.txt; do
    name="$(basename "$txt" .txt)"
    published="$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("published") or "")' "$GOLD/$name.json")"
    date_args=()
    [[ -n "$published" ]] && date_args=(--date "$published")
    "$NEWSREAD" extract "$txt" --json --no-annotations --no-cache "${date_args[@]}" > "$PRED/$name.json"
done

echo "== quotes ($(basename "$GOLD")) =="
"$PY" "$SCORERS/score.py" "$GOLD" "$PRED"
echo
echo "== sidebar people =="
"$PY" "$SCORERS/score_actors.py" "$GOLD" "$PRED" -v
