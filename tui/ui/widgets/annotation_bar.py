"""The annotation line above the status line: the last edit (saved or not) and where it went.

Left: what happened (``✓ saved 16:40:02: PERSON → ORG “Erdogan”``), what the current
item carries (corrected, notes), or the selection being made. Right: where the
annotations are saved (``AnnotationStore.describe()``), or READ-ONLY and why.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label


class AnnotationBar(Horizontal):
    """Two labels; texts are data (``Text``, never markup)."""

    DEFAULT_CSS = """
    AnnotationBar { height: 1; }
    AnnotationBar #annotation-state { width: 1fr; }
    AnnotationBar #annotation-where { width: auto; max-width: 60%; }
    """

    where_full: str = ""  # the whole describe() text (the label may be shortened)

    def compose(self) -> ComposeResult:
        yield Label(id="annotation-state", markup=False)
        yield Label(id="annotation-where", markup=False)

    @property
    def state_text(self) -> str:
        return str(self.query_one("#annotation-state", Label).content)

    @property
    def where_text(self) -> str:
        return str(self.query_one("#annotation-where", Label).content)

    def show(self, state: str, where: str, *, problem: bool = False, read_only: bool = False) -> None:
        """``problem``: the last edit was not saved; ``read_only``: no edit can be saved."""
        self.set_class(problem, "-problem")
        self.set_class(read_only, "-read-only")
        self.query_one("#annotation-state", Label).update(Text(state, no_wrap=True, overflow="ellipsis"))
        self.where_full = where
        self.tooltip = where
        self.query_one("#annotation-where", Label).update(Text(shorten_where(where), no_wrap=True, overflow="ellipsis"))


def shorten_where(where: str, limit: int = 70) -> str:
    """Keep the phrase before the path and the path's end (the file name); cut the middle."""
    if len(where) <= limit:
        return where
    head, sep, path = where.partition(": ")
    if not sep or len(head) + 2 + 12 > limit:
        return "…" + where[-(limit - 1):]
    keep = limit - len(head) - 3
    return f"{head}: …{path[-keep:]}"
