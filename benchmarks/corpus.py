"""Benchmark: ``newsread corpus build`` on Dask vs ``newsread extract --jobs N --json-lines``.

Measured in one run, on the same input, each command a fresh process timed whole:

* build time with the local default cluster (N workers, one per CPU) vs
  ``extract DIR --jobs N --json-lines --no-cache`` (goal: <= 1.1x);
* the build with 2 workers vs 1 (faster), with the machine's load beside it: the
  1-minute load average (``os.getloadavg``) before each of these runs, and the
  CPU other processes took during them (the machine's busy time less this
  benchmark's). When the load average exceeded the cores, or the others took
  more than half a core of the two the workers need, two workers could not each
  have a core and the row says NOT MEANINGFUL instead of a verdict;
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
import os
import resource
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


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


# How much of a core other processes may take before the scaling says nothing (daemons, the
# terminal, this benchmark's sampling always take a little).
SPARE_CORE_SHARE = 0.5


class MachineLoad:
    """How busy the machine was around the runs it watches (see :meth:`watch`)."""

    def __init__(self) -> None:
        self.load_before: list[float] = []  # 1-minute load average as each run started
        self.others: list[float] = []  # cores other processes kept busy during each run, on average

    def watch(self, run):
        """Run ``run()`` (a timed command), noting the load before it and the others' CPU during it."""
        import psutil

        self.load_before.append(os.getloadavg()[0])
        busy0, ours0, t0 = _busy_seconds(psutil.cpu_times()), _children_cpu(), time.perf_counter()
        result = run()
        wall = time.perf_counter() - t0
        # Our own processes are this benchmark's children, counted once reaped (the build waits for
        # its workers): what is left of the machine's busy time is everyone else's.
        others = (_busy_seconds(psutil.cpu_times()) - busy0) - (_children_cpu() - ours0)
        self.others.append(max(0.0, others) / wall)
        return result

    def problem(self, workers: int) -> str | None:
        """Why ``workers`` workers could not each have had a core, or None."""
        cores = usable_cores()
        if cores < workers:
            return f"{cores} cores for {workers} workers"
        if self.load_before and max(self.load_before) > cores:
            return f"load average {max(self.load_before):.1f} > {cores} cores"
        if self.others and cores - median(self.others) < workers - SPARE_CORE_SHARE:
            return f"other processes kept {median(self.others):.1f} of {cores} cores busy"
        return None

    def describe(self) -> str:
        low, high = min(self.load_before), max(self.load_before)
        load = f"{low:.1f}" if f"{low:.1f}" == f"{high:.1f}" else f"{low:.1f}-{high:.1f}"
        return f"load {load} on {usable_cores()} cores, others used {median(self.others):.1f}"


def _busy_seconds(times) -> float:
    """CPU seconds the machine spent on anything (all cores): all but idle and I/O wait."""
    return sum(times) - times.idle - getattr(times, "iowait", 0.0) - getattr(times, "guest", 0.0) - getattr(
        times, "guest_nice", 0.0)  # guest time is already in user and nice


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


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
    scaling_load = MachineLoad()  # around the 1- and 2-worker runs
    try:
        for k in range(reps if timing else 0):  # interleaved, so that a busy spell hits every command alike
            for name, cmd in runs.items():
                if name in ("one", "two"):
                    times[name].append(scaling_load.watch(lambda: timed(cmd(k), env))[0])
                else:
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
            scaling_row(med["two"], med["one"], label, scaling_load),
            Row("corpus", f"rebuild of the unchanged corpus, {label}", secs(median(rebuild)),
                f"build {secs(med['default'])}", median(rebuild) / med["default"], "<= 0.1"),
        ]
    return rows + [
        Row("corpus", f"peak RSS per worker, {articles * scale} vs {articles} articles", f"{peak_large:.0f} MiB",
            f"{peak_small:.0f} MiB", peak_large / peak_small, "<= 1.2"),
        Row("corpus", f"build of {articles * scale} articles, --batch 4 (info)", secs(big), "", None, ""),
    ]


def scaling_row(two: float, one: float, label: str, load: MachineLoad) -> Row:
    """2 workers vs 1, with the load beside it; no verdict when the machine could not show it."""
    problem = load.problem(2)
    measure = f"build with 2 workers vs 1, {label} ({load.describe()})"
    if problem:
        return Row("corpus", f"{measure}: NOT MEANINGFUL, {problem}", secs(two), secs(one), two / one, "")
    return Row("corpus", measure, secs(two), secs(one), two / one, "<= 1.0")


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
