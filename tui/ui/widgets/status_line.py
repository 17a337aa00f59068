"""One line that always names the current item (left) and the analysis state (right)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label


class StatusLine(Horizontal):
    """``Quote 3/17 · Recep Tayyip Erdogan · said``  ...  ``12 quotes · 40 actors``."""

    DEFAULT_CSS = """
    StatusLine { height: 1; }
    StatusLine #status-item { width: 1fr; }
    StatusLine #status-state { width: auto; }
    """

    def compose(self) -> ComposeResult:
        yield Label(id="status-item", markup=False)
        yield Label(id="status-state", markup=False)

    @property
    def item_text(self) -> str:
        return str(self.query_one("#status-item", Label).content)

    @property
    def state_text(self) -> str:
        return str(self.query_one("#status-state", Label).content)

    def show(self, item: str | None = None, state: str | None = None) -> None:
        """Update either side; text is data (Text, never markup)."""
        if item is not None:
            self.query_one("#status-item", Label).update(Text(item, no_wrap=True, overflow="ellipsis"))
        if state is not None:
            self.query_one("#status-state", Label).update(Text(state, no_wrap=True))
