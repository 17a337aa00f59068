"""Benchmark: ``newsread corpus build`` on Dask vs ``newsread extract --jobs N --json-lines``.

Measured in one run, on the same input, each command a fresh process timed whole:

* build time with the local default cluster (N workers, one per CPU) vs
  ``extract DIR --jobs N --json-lines --no-cache`` (goal: <= 1.1x);
* the build with 2 workers vs 1 (faster);
* a rebuild of the unchanged corpus vs the build (goal: <= 0.1x);
* peak memory per worker (the largest RSS any worker process reached, sampled
  every 0.1 s) building 10x more articles (the same texts, varied copies) vs the
  first input, both cut into the same partitions (goal: flat, <= 1.2x).

Input: ``--input DIR`` of real news texts (PolNeAR train, which
``../shared/eval/polnear_speech.py`` writes, is a good one; never commit it),
else copies of the bundled seeds. When the folder holds fewer articles than
asked, copies of its texts are varied (a numbered last line) so each is a new
article to the corpus.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from common import ROOT, Row, median, newsread_cmd, print_table, private_env, secs, seed_texts


def write_input(folder: Path, count: int, source: Path | None) -> Path:
    """``count`` article files: the texts of ``source`` (or the seeds), varied when repeated."""
    folder.mkdir(parents=True)
    texts = [p.read_text(encoding="utf-8") for p in sorted(source.glob("*.txt"))[:count]] if source else seed_texts()
    for i in range(count):
        text = texts[i % len(texts)]
        if i >= len(texts):
            text = text.rstrip() + f"\n\n(Copy {i // len(texts)} of this report.)\n"
        (folder / f"article-{i:05d}.txt").write_text(text, encoding="utf-8")
    return folder


class PeakWorkerMemory:
    """The largest RSS of any descendant process of ``pid`` (the Dask workers), sampled."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                for child in self.root.children(recursive=True):
                    try:
                        self.peak = max(self.peak, child.memory_info().rss)
                    except psutil.Error:
                        pass
            except psutil.Error:
                return
            time.sleep(self.interval)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak / (1024 * 1024)


def timed(cmd: list[str], env: dict[str, str], memory: bool = False) -> tuple[float, float]:
    """(wall seconds, peak worker MiB or 0) of one run; raises if it fails."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    sampler = PeakWorkerMemory(proc.pid) if memory else None
    _, err = proc.communicate()
    elapsed = time.perf_counter() - t0
    peak = sampler.stop() if sampler else 0.0
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {err.strip()[-800:]}")
    return elapsed, peak


def run(articles: int = 40, scale: int = 10, source: Path | None = None, reps: int = 2, timing: bool = True) -> list[Row]:
    from newsread.corpus.cluster import local_workers

    work = Path(tempfile.mkdtemp(prefix="newsread-bench-corpus-"))
    small = write_input(work / "small", articles, source)
    # 10x the articles from the same texts (varied copies): the peak of a worker then depends
    # on the length of the corpus only, not on meeting a longer article than the first input has.
    large = write_input(work / "large", articles * scale, small)
    env = private_env()
    n = local_workers()
    nr = newsread_cmd()
    build = nr + ["corpus", "build", "--no-progress", "--into"]
    runs = {
        "extract": lambda k: nr + ["extract", str(small), "--jobs", str(n), "--json-lines", "--no-cache"],
        "default": lambda k: build + [str(work / f"c-default-{k}"), str(small)],
        "one": lambda k: build + [str(work / f"c-1-{k}"), str(small), "--workers", "1"],
        "two": lambda k: build + [str(work / f"c-2-{k}"), str(small), "--workers", "2"],
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    rows: list[Row] = []
    try:
        for k in range(reps if timing else 0):  # interleaved, so that a busy spell hits every command alike
            for name, cmd in runs.items():
                times[name].append(timed(cmd(k), env)[0])
        rebuild = [timed(runs["default"](k), env)[0] for k in range(reps if timing else 0)]
        # Memory: both inputs cut into the same partitions (--batch 4 caps a partition at 4
        # articles), so that only the length of the corpus differs.
        _, peak_small = timed(build + [str(work / "m-small"), str(small), "--batch", "4"], env, memory=True)
        big, peak_large = timed(build + [str(work / "m-large"), str(large), "--batch", "4"], env, memory=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if timing:
        med = {name: median(t) for name, t in times.items()}
        label = f"{articles} articles, median of {reps}"
        rows += [
            Row("corpus", f"build, local default ({n} workers), {label}", secs(med["default"]),
                f"extract --jobs {n} {secs(med['extract'])}", med["default"] / med["extract"], "<= 1.1"),
            Row("corpus", f"build with 2 workers vs 1, {label}", secs(med["two"]), secs(med["one"]),
                med["two"] / med["one"], "<= 1.0"),
            Row("corpus", f"rebuild of the unchanged corpus, {label}", secs(median(rebuild)),
                f"build {secs(med['default'])}", median(rebuild) / med["default"], "<= 0.1"),
        ]
    return rows + [
        Row("corpus", f"peak RSS per worker, {articles * scale} vs {articles} articles", f"{peak_large:.0f} MiB",
            f"{peak_small:.0f} MiB", peak_large / peak_small, "<= 1.2"),
        Row("corpus", f"build of {articles * scale} articles, --batch 4 (info)", secs(big), "", None, ""),
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=40, help="articles in the first input (default 40)")
    ap.add_argument("--scale", type=int, default=10, help="the memory run uses this many times more (default 10)")
    ap.add_argument("--reps", type=int, default=2, help="timed runs of each command, interleaved (default 2)")
    ap.add_argument("--memory-only", action="store_true", help="only the memory runs")
    ap.add_argument("--input", type=Path, default=None, help="a folder of .txt news articles (default: the seeds)")
    args = ap.parse_args()
    print_table(run(args.articles, args.scale, args.input, args.reps, timing=not args.memory_only), "Benchmark: newsread corpus build")


if __name__ == "__main__":
    main()
