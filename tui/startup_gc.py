"""The cyclic garbage collector during the reader's start: off until the first frame.

Importing Textual and building the first screen allocate a few hundred thousand objects,
and the cyclic collector ran full passes over them before the first frame (~30 ms of a
~300 ms start). So the collector is paused for the start and resumed, after freezing what
startup made, once the first frame is out. The app owns that setting
(``NewsreadApp.run_async`` pauses it, its first frame resumes it, and it is on again
however the app ends: a quit before the first frame, an exception, ctrl+c); the CLI
pauses it earlier, before its imports, with ``paused()``, which restores it when the
reader never gets as far as the app (a bad file, ``--where``). A process that embeds
newsread must never be left with its collector off.
"""

from __future__ import annotations

import contextlib
import gc
from typing import Iterator

_paused_by_us = False


def pause() -> None:
    """Turn the collector off for startup (a no-op when it is already off)."""
    global _paused_by_us
    if gc.isenabled():
        gc.disable()
        _paused_by_us = True


def resume(freeze: bool = True) -> None:
    """Turn the collector back on if :func:`pause` turned it off; ``freeze`` what startup built."""
    global _paused_by_us
    if _paused_by_us:
        _paused_by_us = False
        if freeze:
            gc.freeze()  # lives as long as the app: never scan it again
        gc.enable()


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Pause for the block; resume when it ends, whatever way it ends."""
    pause()
    try:
        yield
    finally:
        resume(freeze=False)
