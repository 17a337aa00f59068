#!/usr/bin/env bash
# Score newsread's quote engine and sidebar on the extra evaluation set (eval/extra).
#
# usage: eval/run_extra.sh [PRED_DIR]
#   Runs `newsread extract ARTICLE --json --no-annotations --no-cache` for every
#   eval/extra/articles/NAME.txt (with --date set to the gold file's `published`,
#   which only affects date resolution, not the scores), writes PRED_DIR/NAME.json
#   (a temporary folder, removed afterwards, unless PRED_DIR is given), then prints
#   the quote scorer's report and the sidebar (people) scorer's report.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
# EVAL_SET picks another gold folder under eval/ (extra, heldout1, heldout2, heldout3).
GOLD="$HERE/${EVAL_SET:-extra}"
SCORERS="${SCORERS:-$ROOT/../shared/eval}"
PY="$ROOT/.venv/bin/python"
NEWSREAD="$ROOT/.venv/bin/newsread"

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

echo "== quotes ($GOLD) =="
"$PY" "$SCORERS/score.py" "$GOLD" "$PRED"
echo
echo "== sidebar people =="
"$PY" "$SCORERS/score_actors.py" "$GOLD" "$PRED" -v
