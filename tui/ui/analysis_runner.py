"""Background analysis of the open articles: what the worker reports to the app.

The worker itself lives on the App (workers belong to a DOM node); this module
holds the queue it drains and the message it posts, so screens can rely on one
small contract: an :class:`AnalysisUpdate` per change, published by the app.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from textual.message import Message

from newsread.analysis.model import Analysis


@dataclass
class Result:
    """The outcome for one article: an Analysis, or a one-line error for the user."""

    analysis: Analysis | None = None
    error: str | None = None


class AnalysisUpdate(Message):
    """Posted by the worker thread: a state change and, when done, one article's result."""

    def __init__(self, state: str, index: int | None = None, result: Result | None = None) -> None:
        self.state = state  # "loading model…", "analysing x.txt…", "" when idle
        self.index = index
        self.result = result
        super().__init__()


class Queue:
    """Articles still to analyse; the one being read can jump the queue."""

    def __init__(self, count: int) -> None:
        self._lock = threading.Lock()
        self._pending = list(range(count))

    def take(self) -> int | None:
        with self._lock:
            return self._pending.pop(0) if self._pending else None

    def prioritise(self, index: int) -> None:
        with self._lock:
            if index in self._pending:
                self._pending.remove(index)
                self._pending.insert(0, index)

    def drain(self) -> list[int]:
        with self._lock:
            rest, self._pending = self._pending, []
            return rest
