"""One line that always names the current item (left) and the analysis state (right)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label

from newsread.article.sanitize import safe_display


class StatusLine(Horizontal):
    """``Quote 3/17 · Recep Tayyip Erdogan · said``  ...  ``12 quotes · 40 actors``."""

    DEFAULT_CSS = """
    StatusLine { height: 1; }
    StatusLine #status-item { width: 1fr; }
    StatusLine #status-state { width: 30; text-align: right; }
    """

    def __init__(self, item: str = "", state: str = "", *, id: str | None = None) -> None:
        """``item``, ``state``: the first texts, drawn with the first frame (no update after mount)."""
        super().__init__(id=id)
        self._initial = (item, state)

    def compose(self) -> ComposeResult:
        item, state = (safe_display(t) for t in self._initial)
        yield Label(Text(item, no_wrap=True, overflow="ellipsis"), id="status-item", markup=False)
        yield Label(Text(state, no_wrap=True), id="status-state", markup=False)

    @property
    def item_text(self) -> str:
        return str(self.query_one("#status-item", Label).content)

    @property
    def state_text(self) -> str:
        return str(self.query_one("#status-state", Label).content)

    def show(self, item: str | None = None, state: str | None = None) -> None:
        """Update either side; text is data (Text, never markup), cleaned like article text."""
        # No layout pass unless a size can change: each pass repaints every scrollbar on
        # screen, bytes sent over SSH on every key press (benchmarks/ssh_bytes.py).
        if item is not None:  # 1fr wide: the text never changes the layout
            item = safe_display(item)  # speaker names and labels may come from a shared journal
            self.query_one("#status-item", Label).update(Text(item, no_wrap=True, overflow="ellipsis"), layout=False)
        if state is not None:  # a fixed width (longest state ~25 cells): never a layout pass
            state = safe_display(state)
            label = self.query_one("#status-state", Label)
            if str(label.content) != state:
                label.update(Text(state, no_wrap=True, overflow="ellipsis"), layout=False)
