"""The Dask cluster a build runs on: a local one sized to the machine, or an existing one.

Imported only by ``newsread corpus build`` (Dask loads with it).
"""

from __future__ import annotations

import logging
import os
from typing import Any

# Memory a local worker needs (spaCy's small English model and one partition).
WORKER_MEMORY = 700 * 1024 * 1024


class Fatal(Exception):
    """Stops the whole build (no model, no cluster): one line for the user."""


def local_workers() -> int:
    """Worker processes for this machine: one per usable CPU, as many as memory allows."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus = os.cpu_count() or 1
    try:
        import psutil

        cpus = min(cpus, max(1, psutil.virtual_memory().available // WORKER_MEMORY))
    except ImportError:
        pass
    return max(1, cpus)


def is_address(scheduler: str | None) -> bool:
    return bool(scheduler) and scheduler not in ("processes", "threads")


def open_client(scheduler: str | None, workers: int | None):
    """A Dask client: on an existing cluster at ``scheduler``, or on a new local one."""
    from distributed import Client, LocalCluster

    if is_address(scheduler):
        try:
            return Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise Fatal(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    processes = scheduler != "threads"
    # Processes listen on 127.0.0.1 only; threads talk in-process.
    extra: dict[str, Any] = {}
    if processes:
        # one BLAS/OpenMP thread per worker: N workers already use N cores
        extra = {"host": "127.0.0.1", "env": {v: "1" for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}}
    try:
        cluster = LocalCluster(
            # in-process workers share one spaCy pipeline (taking turns): one is enough
            n_workers=workers or (local_workers() if processes else 1), threads_per_worker=1, processes=processes,
            # Every scheduler and worker runs a small HTTP server (health, the dashboard when bokeh
            # is installed); without an address it would listen on 8787 or on the machine's own
            # address. Loopback and a free port: nothing is reachable from elsewhere.
            dashboard_address="127.0.0.1:0", worker_dashboard_address="127.0.0.1:0",
            silence_logs=logging.CRITICAL, **extra,  # failures are ours to report, once
        )
    except (OSError, RuntimeError) as exc:
        raise Fatal(f"cannot start a local Dask cluster: {exc}") from None
    client = Client(cluster)
    if processes:
        from newsread.corpus.plugins import IgnoreInterrupt

        client.register_plugin(IgnoreInterrupt())
    return client
