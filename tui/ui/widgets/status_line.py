"""One line that always names the current item (left) and the analysis state (right)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label

from typing import Sequence

from newsread.article.sanitize import safe_display
from newsread.ui.fit import Part, fit


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
        self._parts: list[Part] = [Part.of(item)]  # the item side, fitted again when the width changes

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

    def show(self, item: str | Sequence[Part] | None = None, state: str | None = None) -> None:
        """Update either side; text is data (Text, never markup), cleaned like article text.

        ``item`` as parts (``Navigator.status_parts``) is fitted to the width by
        dropping or shortening the least important ones, never cutting a word.
        """
        # No layout pass unless a size can change: each pass repaints every scrollbar on
        # screen, bytes sent over SSH on every key press (benchmarks/ssh_bytes.py).
        if item is not None:  # 1fr wide: the text never changes the layout
            # Speaker names and labels may come from a shared journal: cleaned like article text.
            parts = [Part.of(item)] if isinstance(item, str) else list(item)
            self._parts = [Part(tuple(safe_display(v) for v in p.variants), p.rank) for p in parts]
            self._show_item()
        if state is not None:  # a fixed width (longest state ~25 cells): never a layout pass
            state = safe_display(state)
            label = self.query_one("#status-state", Label)
            if str(label.content) != state:
                label.update(Text(state, no_wrap=True, overflow="ellipsis"), layout=False)

    def _show_item(self) -> None:
        label = self.query_one("#status-item", Label)
        width = label.content_size.width
        text = fit(self._parts, width) if width > 0 else " · ".join(p.variants[0] for p in self._parts if p.variants[0])
        label.update(Text(text, no_wrap=True, overflow="ellipsis"), layout=False)

    def on_resize(self) -> None:
        self._show_item()
