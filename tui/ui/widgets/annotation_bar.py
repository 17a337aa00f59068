"""The annotation line above the status line: the last edit (saved or not) and where it went.

Left: what happened (``✓ saved 16:40:02: PERSON → ORG “Erdogan”``), what the current
item carries (corrected, notes), or the selection being made. Right: where the
annotations are saved (``AnnotationStore.describe()``), or READ-ONLY and why.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Label

from newsread.ui.fit import cut_words, middle_ellipsis


class AnnotationBar(Horizontal):
    """Two labels; texts are data (``Text``, never markup)."""

    DEFAULT_CSS = """
    AnnotationBar { height: 1; }
    AnnotationBar Label { text-wrap: nowrap; text-overflow: ellipsis; }
    AnnotationBar #annotation-state { width: 1fr; }
    AnnotationBar #annotation-where { width: auto; max-width: 60%; }
    """

    where_full: str = ""  # the whole describe() text (the label may be shortened)
    _texts: tuple[str, str] | None = None  # (state, where) as given, fitted again on resize

    def compose(self) -> ComposeResult:
        yield Label(id="annotation-state", markup=False)
        yield Label(id="annotation-where", markup=False)

    @property
    def state_text(self) -> str:
        """The whole left text (the label shows it cut after a word when the line is too short)."""
        return self._texts[0] if self._texts else str(self.query_one("#annotation-state", Label).content)

    @property
    def where_text(self) -> str:
        return str(self.query_one("#annotation-where", Label).content)

    def show(self, state: str, where: str, full: str, *, problem: bool = False, read_only: bool = False) -> None:
        """``where``: short form of ``full`` (``AnnotationStore.describe()``, also the tooltip).

        ``problem``: the last edit was not saved; ``read_only``: no edit can be saved.
        """
        self.set_class(problem, "-problem")
        self.set_class(read_only, "-read-only")
        # Paths come from file names, which may hold terminal escapes: show them as visible text.
        from newsread.article.sanitize import display_path

        state, where, full = display_path(state), display_path(where), display_path(full)
        self.where_full = full
        self.tooltip = Content(full)  # a tooltip str is read as markup; the path is data
        self._texts = (state, where)
        self._fit()

    def _fit(self) -> None:
        """Both texts in their cells: the path cut in the middle (its file name stays), words never cut."""
        state, where = self._texts
        width = self.content_size.width
        if width > 0:
            # The where label may take 60% of the line (DEFAULT_CSS) less its padding (annotate.tcss);
            # a path gives way in its middle.
            where_label = self.query_one("#annotation-where", Label)
            room = max(10, width * 6 // 10 - where_label.styles.padding.left - where_label.styles.padding.right)
            head, slash, path = where.partition("/") if "/" in where else (where, "", "")
            if slash and cell_len(where) > room:
                where = head + middle_ellipsis(slash + path, max(1, room - cell_len(head)))
            state = cut_words(state, max(1, width - cell_len(where) - 1))
        # No layout pass unless a size can change (each repaints every scrollbar: bytes over SSH).
        self.query_one("#annotation-state", Label).update(Text(state, no_wrap=True, overflow="ellipsis"), layout=False)
        where_label = self.query_one("#annotation-where", Label)
        if str(where_label.content) != where:  # auto width: lay out only when the text changes
            where_label.update(Text(where, no_wrap=True, overflow="ellipsis"))

    def on_resize(self) -> None:
        if self._texts is not None:
            self._fit()
