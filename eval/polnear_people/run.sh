#!/usr/bin/env bash
# Score the sidebar's people on the annotated PolNeAR train articles (see README.md).
#
# usage: eval/polnear_people/run.sh ARTICLES_DIR [PRED_DIR]
#   ARTICLES_DIR holds the PolNeAR texts as NAME.txt, e.g. OUT/articles after
#   `python3 ../shared/eval/polnear_speech.py gold .polnear train OUT`.
#   Runs `newsread extract --json-lines --no-annotations --no-cache` once over the 42 annotated
#   articles, writes PRED_DIR/NAME.json (a temporary folder unless given) and prints the people
#   scorer's line for the tuned part and for the unseen part. VERBOSE=1 lists the misses and the
#   actors that are not people, for the tuned part only: the unseen part stays unseen.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SCORERS="${SCORERS:-$HERE/../scorers}"
PY="${PYTHON:-python3}"
NEWSREAD="${NEWSREAD:-newsread}"
ARTICLES="${1:?usage: run.sh ARTICLES_DIR [PRED_DIR]}"

if [[ $# -ge 2 ]]; then
    PRED="$2"; mkdir -p "$PRED"
else
    PRED="$(mktemp -d)"; trap 'rm -rf "$PRED"' EXIT
fi

texts=()
for gold in "$HERE"/tuned/*.json "$HERE"/unseen/*.json; do
    name="$(basename "$gold" .json)"
    if [[ ! -f "$ARTICLES/$name.txt" ]]; then
        echo "run.sh: $ARTICLES/$name.txt is missing (build the texts with polnear_speech.py gold ... train)" >&2
        exit 2
    fi
    texts+=("$ARTICLES/$name.txt")
done
"$NEWSREAD" extract --json-lines --no-annotations --no-cache "${texts[@]}" | "$PY" -c '
import json, pathlib, sys
for line in sys.stdin:
    d = json.loads(line)
    pathlib.Path(sys.argv[1], pathlib.Path(d["source"]).stem + ".json").write_text(line)' "$PRED"

verbose=()
[[ "${VERBOSE:-}" == 1 ]] && verbose=(-v)
echo "== tuned ($(ls "$HERE"/tuned/*.json | wc -l) articles)"
"$PY" "$SCORERS/score_actors.py" "$HERE/tuned" "$PRED" "${verbose[@]}"
echo "== unseen ($(ls "$HERE"/unseen/*.json | wc -l) articles)"
"$PY" "$SCORERS/score_actors.py" "$HERE/unseen" "$PRED" | tail -1
