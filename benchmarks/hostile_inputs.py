"""Benchmark: inputs that used to take minutes (issue #12, item 10).

- Quote-mark pairing on 16,000 marks of the shapes that made it quadratic,
  against the old algorithm (kept in tests/marks_reference.py): time, and the
  growth from 8,000 to 16,000 marks (linear: about 2x; quadratic: 4x).
- ``newsread extract`` of a 300 KB text written as ONE paragraph, against the
  same text in ordinary paragraphs: wall time and peak RSS. The readers cut the
  long paragraph into parser-sized blocks, so both should cost about the same.

    .venv/bin/python benchmarks/hostile_inputs.py [--no-reference] [--chars N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, Row, max_rss_mib_of, print_table, private_env, secs, write_large_document

sys.path.insert(0, str(ROOT / "tests"))

# Shape -> (text of 2n marks, goal against the old pairing). The first two were
# quadratic (36 s and 6.6 s at 16k marks when measured for the issue); the third
# was not, and must simply not get slower.
FAMILIES = {
    "stray openers then closers": (lambda n: "‹a " * n + 'b" ' * n, "<= 0.1"),
    "doubles then single closers": (lambda n: '"x ' * n + "a,' " * n, "<= 0.1"),
    "plural possessives": (lambda n: "'a the companies' b " * n, "<= 1.0"),
}


def _best(fn, text: str, reps: int) -> float:
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn(text, [(0, len(text))])
        times.append(time.perf_counter() - t0)
    return min(times)


def mark_rows(reference: bool) -> list[Row]:
    from newsread.analysis.quotes.marks import find_mark_spans

    rows = []
    for name, (make, goal) in FAMILIES.items():
        half, full = make(4_000), make(8_000)  # 8k and 16k marks
        t_half, t_full = _best(find_mark_spans, half, 3), _best(find_mark_spans, full, 3)
        rows.append(Row("marks", f"{name}: 16k vs 8k marks", secs(t_full), secs(t_half), t_full / t_half, "<= 2.5"))
        if reference:
            import marks_reference

            t_old = _best(marks_reference.find_mark_spans, full, 1)
            rows.append(Row("marks", f"{name}: 16k marks vs old pairing", secs(t_full), secs(t_old), t_full / t_old, goal))
    return rows


def _extract_cost(path: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of ``newsread extract PATH --json --no-cache`` in a fresh process."""
    code = (
        "import sys\nfrom newsread.cli import main\n"
        f"sys.stdout = open({'/dev/null'!r}, 'w')\n"
        f"main(['extract', {str(path)!r}, '--json', '--no-cache'])\n"
        "sys.stdout = sys.__stdout__\n"
    )
    t0 = time.perf_counter()
    rss = max_rss_mib_of(code, env=private_env())
    return time.perf_counter() - t0, rss


def paragraph_rows(chars: int) -> list[Row]:
    folder = Path(tempfile.mkdtemp(prefix="newsread-bench-hostile-"))
    normal = write_large_document(folder / "paragraphs.txt", chars)
    text = normal.read_text(encoding="utf-8")
    single = folder / "one_paragraph.txt"
    single.write_text(" ".join(text.split())[:chars] + "\n", encoding="utf-8")
    t_one, rss_one = _extract_cost(single)
    t_many, rss_many = _extract_cost(normal)
    label = f"{chars // 1000} KB"
    return [
        Row("paragraph", f"extract, {label} as one paragraph vs paragraphs", secs(t_one), secs(t_many), t_one / t_many, "<= 1.5"),
        Row("paragraph", f"peak RSS, {label} as one paragraph vs paragraphs", f"{rss_one:.0f} MiB", f"{rss_many:.0f} MiB",
            rss_one / rss_many, "<= 1.5"),
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-reference", action="store_true", help="skip the old pairing (about 45 s at 16k marks)")
    ap.add_argument("--chars", type=int, default=300_000, help="size of the one-paragraph text")
    args = ap.parse_args()
    rows = mark_rows(not args.no_reference) + paragraph_rows(args.chars)
    print_table(rows, "Hostile inputs (issue #12): costs that must stay linear")


if __name__ == "__main__":
    main()
