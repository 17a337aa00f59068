"""Benchmark 5: ``newsread extract`` throughput on ~200k words vs spaCy's own nlp.pipe.

The corpus is many files made of the bundled seeds (seeds/idlib.txt and
seeds/*.md) repeated. newsread runs ``extract DIR --json-lines --no-cache``
(--jobs 1 and --jobs 2); the baseline is a script that loads the same model
with the same components (senter excluded, as newsread does) and runs
``nlp.pipe`` over the same file texts (and, for information, over the same
paragraphs newsread parses as separate Docs: shorter Docs batch with less
padding, so that is the tighter baseline). All are fresh processes, timed whole.
Goals: newsread/spaCy words per second >= 0.9x; --jobs 2 faster than --jobs 1.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from common import MODEL, PYTHON, Row, median, newsread_cmd, print_table, private_env, time_run, write_corpus

SPACY_PIPE = (
    "import pathlib, re, spacy, sys\n"
    f"nlp = spacy.load({MODEL!r}, exclude=['senter'])\n"
    "paths = sorted(p for p in pathlib.Path(sys.argv[1]).iterdir())\n"
    "texts = (p.read_text(encoding='utf-8') for p in paths)\n"
    "if sys.argv[2] == 'blocks':  # every non-empty line, one Doc each: about the paragraphs newsread parses\n"
    "    texts = (m.group() for t in texts for m in re.finditer(r'\\S(?:.*\\S)?', t))\n"
    "for doc in nlp.pipe(texts):\n"
    "    pass\n"
)


def run(reps: int = 3, words: int = 200_000) -> list[Row]:
    folder = Path(tempfile.mkdtemp(prefix="newsread-bench-corpus-"))
    files, total = write_corpus(folder, words)
    env = private_env()
    base = newsread_cmd() + ["extract", str(folder), "--json-lines", "--no-cache"]
    runs = {
        "spacy": [PYTHON, "-c", SPACY_PIPE, str(folder), "files"],
        "spacy_blocks": [PYTHON, "-c", SPACY_PIPE, str(folder), "blocks"],
        "jobs1": base + ["--jobs", "1"],
        "jobs2": base + ["--jobs", "2"],
    }
    times: dict[str, list[float]] = {k: [] for k in runs}
    for _ in range(reps):
        for name, cmd in runs.items():
            times[name].append(time_run(cmd, env=env))
    wps = {k: total / median(v) for k, v in times.items()}
    label = f"{total // 1000}k words, {len(files)} files"
    return [
        Row("5 throughput", f"--jobs 1 words/s ({label})", f"{wps['jobs1']:.0f}", f"{wps['spacy']:.0f}", wps["jobs1"] / wps["spacy"], ">= 0.9"),
        Row("5 throughput", "--jobs 2 words/s vs --jobs 1", f"{wps['jobs2']:.0f}", f"{wps['jobs1']:.0f}", wps["jobs2"] / wps["jobs1"], ">= 1.0"),
        Row("5 throughput", "--jobs 1 vs spaCy on paragraphs (info)", f"{wps['jobs1']:.0f}", f"{wps['spacy_blocks']:.0f}", wps["jobs1"] / wps["spacy_blocks"], ""),
        Row("5 throughput", "--jobs 2 words/s vs spaCy (info)", f"{wps['jobs2']:.0f}", f"{wps['spacy']:.0f}", wps["jobs2"] / wps["spacy"], ""),
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--words", type=int, default=200_000)
    args = ap.parse_args()
    print_table(run(args.reps, args.words), "Benchmark 5: extract throughput vs spaCy nlp.pipe")


if __name__ == "__main__":
    main()
