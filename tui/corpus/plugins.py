"""Dask worker plugins the build registers on its local cluster (imported only with Dask)."""

from __future__ import annotations

import threading

from distributed.diagnostics.plugin import WorkerPlugin


class IgnoreInterrupt(WorkerPlugin):
    """Local workers share the terminal's process group: Ctrl+C is the build's to handle
    (it stops them cleanly), not each worker's to die of with a traceback."""

    name = "newsread-ignore-interrupt"

    def setup(self, worker) -> None:
        import signal

        if threading.current_thread() is threading.main_thread():  # only there can a handler be set
            signal.signal(signal.SIGINT, signal.SIG_IGN)
