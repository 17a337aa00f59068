"""Selecting words in the reader: ``v``'s motions and a mouse drag (the screen side of ``ui/selection.py``).

:class:`SelectingScreen` is a base of ``AnnotatingScreen`` (which binds ``v``
and turns a selection into an entity, a quote or a note). It holds the
selection, the keys that grow it (a word, a sentence, a paragraph, up to the
next quotation mark, the other end) and the drag handler. It relies on reader
hooks: ``article``, ``nav``, ``_view()``, ``_repaint()`` (which paints
:meth:`selection_marks`) and ``refresh_annotation_status()``.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input

from newsread.ui.selection import (
    Selection,
    Words,
    extend,
    extend_to_end,
    extend_to_mark,
    quotation_marks,
    select_drag,
    sentence_ends,
    start_selection,
    swap,
)
from newsread.ui.widgets.article_view import ArticleView

# Actions that only make sense while a selection is being made.
# (escape cancels a selection through the reader's own escape binding: cancel_selection.)
SELECTION_ACTIONS = {
    "select_next", "select_previous", "select_swap", "select_sentence_next", "select_sentence_previous",
    "select_paragraph_next", "select_paragraph_previous", "select_to_mark",
}
# } and { move between entities in the reader; while selecting they grow the selection by a
# paragraph (vi's motions). A subclass's binding for a key replaces its base's, so
# ReaderScreen lists these too, ahead of its own: the first enabled one for a key runs.
PARAGRAPH_MOTIONS = [
    Binding("right_curly_bracket", "select_paragraph_next", "Paragraph", id="select.para_next",
            tooltip="While selecting: move the selection's end to the end of the paragraph (again: the next one)"),
    Binding("left_curly_bracket", "select_paragraph_previous", "Paragraph ←", show=False, id="select.para_prev",
            tooltip="While selecting: move the selection's end to the start of the paragraph (again: the one before)"),
]


class SelectingScreen(Screen):
    """The selection and its motions (see the module docstring)."""

    BINDINGS = [
        # Enabled only while selecting (check_action). Non-priority like every other key,
        # so keys typed at once are handled in order...
        Binding("w,shift+right", "select_next", "Word →", id="select.next",
                tooltip="While selecting: move the selection's end one word right"),
        Binding("shift+left", "select_previous", "Word ←", id="select.previous",
                tooltip="While selecting: move the selection's end one word left"),
        # ...except b, which the article view binds (page up): a priority binding is checked
        # before the focused widget's. (Priority keys run ahead of the non-priority ones
        # still queued, so b alone gets it.)
        Binding("b", "select_previous", "Word ←", priority=True, id="select.back",
                tooltip="While selecting: move the selection's end one word left (vi's b)"),
        Binding("o", "select_swap", "Other end", show=False, id="select.swap",
                tooltip="While selecting: move the other end of the selection instead"),
        Binding("right_parenthesis", "select_sentence_next", "Sentence", id="select.sent_next",
                tooltip="While selecting: move the selection's end to the end of the sentence (again: the next one)"),
        Binding("left_parenthesis", "select_sentence_previous", "Sentence ←", show=False, id="select.sent_prev",
                tooltip="While selecting: move the selection's end to the start of the sentence (again: the one before)"),
        *PARAGRAPH_MOTIONS,
        Binding("quotation_mark", "select_to_mark", "To mark", id="select.to_mark",
                tooltip="While selecting: move the selection's end to the last word before the next quotation mark"),
    ]

    _words: Words | None = None
    _selection: Selection | None = None
    _ends: dict[str, list[int]] | None = None  # sentence and paragraph ends, quotation marks (on first use)

    @property
    def words(self) -> Words:
        if self._words is None:
            self._words = Words(self.article.text)
        return self._words

    def _units(self, kind: str) -> list[int]:
        """Where ``kind`` (sentence, paragraph, mark) units end in the text: worked out on first use."""
        if self._ends is None:
            self._ends = {}
        if kind not in self._ends:
            text, paragraphs = self.article.text, [(b.start, b.end) for b in self.article.blocks]
            if kind == "sentence":
                self._ends[kind] = sentence_ends(text, paragraphs)
            elif kind == "paragraph":
                self._ends[kind] = sorted({end for _start, end in paragraphs})
            else:
                self._ends[kind] = quotation_marks(text, paragraphs)
        return self._ends[kind]

    def selection_marks(self) -> list[tuple[int, int, str]]:
        span = self._selection_span()
        return [(span[0], span[1], "selection")] if span else []

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in SELECTION_ACTIONS:
            return self._selection is not None and not isinstance(self.focused, Input)
        return True

    def _selection_span(self) -> tuple[int, int] | None:
        return None if self._selection is None else self._selection.span(self.words)

    def action_select(self) -> None:
        if self.cancel_selection():
            return
        c = self.nav.cursor
        offset = c.start if c is not None else self._view().top_offset() + 1
        self._set_selection(start_selection(self.words, offset))

    def action_select_next(self) -> None:
        self._set_selection(extend(self._selection, self.words, +1))

    def action_select_previous(self) -> None:
        self._set_selection(extend(self._selection, self.words, -1))

    def action_select_swap(self) -> None:
        self._set_selection(swap(self._selection))

    def action_select_sentence_next(self) -> None:
        self._extend_to("sentence", +1)

    def action_select_sentence_previous(self) -> None:
        self._extend_to("sentence", -1)

    def action_select_paragraph_next(self) -> None:
        self._extend_to("paragraph", +1)

    def action_select_paragraph_previous(self) -> None:
        self._extend_to("paragraph", -1)

    def action_select_to_mark(self) -> None:
        if self._selection is not None:
            self._set_selection(extend_to_mark(self._selection, self.words, self._units("mark")))

    def _extend_to(self, kind: str, direction: int) -> None:
        if self._selection is not None:  # (the palette may call an action the bindings hide)
            self._set_selection(extend_to_end(self._selection, self.words, self._units(kind), direction))

    def on_article_view_dragged(self, message: ArticleView.Dragged) -> None:
        """A mouse drag over the text selects the words it covers, as v and the motions would."""
        selection = select_drag(self.words, message.start, message.end)
        if selection is not None:
            self._set_selection(selection, scroll=False)  # the pointer is on the text: no jump under it

    def cancel_selection(self) -> bool:
        """Drop the selection (escape); False when there was none."""
        if self._selection is None:
            return False
        self._set_selection(None)
        return True

    def _set_selection(self, selection: Selection | None, scroll: bool = True) -> None:
        self._selection = selection
        if selection is not None and scroll:
            head = self.words.spans[selection.head]
            self._view().scroll_to_span(*head)
        self._repaint()
        self.refresh_annotation_status()
        self.refresh_bindings()
