"""The article pane: a line-based ScrollView that renders only the visible lines.

Article text is data: it becomes plain rich Segments (never markup) and styles
are applied by character offsets. Highlights arrive as *marks*
``(start, end, name)`` set by the screen (attributes down); a click on the text
posts :class:`ArticleView.Clicked`, a drag over it :class:`ArticleView.Dragged`
(messages up).
"""

from __future__ import annotations

import contextlib
import re
from bisect import bisect_right
from typing import Iterable, Sequence

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.message_pump import NoActiveAppError
from textual.scroll_view import ScrollView
from textual.strip import Strip

from newsread.article.model import Article
from newsread.ui.layout import Line, LineIndex, layout

# Mark names, lowest layer first: later ones are painted over earlier ones.
MARK_LAYERS = (
    "reported", "quote", "person", "org", "place", "group", "entity", "date",
    "rejected", "note", "corrected", "user",  # the user's layer (styles/annotate.tcss)
    "speaker", "speaker-doubtful", "focus", "match", "speaker-current", "selection", "cursor",
)
# In the margin of each row holding reported speech: its cue without colour (direct quotes
# have theirs in the text, the quotation marks). A rule, so it clashes with no text style.
REPORTED_RULE = "┆"
# Block kinds with a style of their own (the rest use the widget's base style).
BLOCK_STYLES = ("title", "heading", "blockquote", "list_item", "code")
# Display-only replacement of control characters (same length, so offsets hold).
# C0, DEL and C1: a stray \x9b is a CSI to some terminals, so none may reach the screen.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")

# Rows kept between a jump target and the edge of the view.
SCROLL_MARGIN = 3
# Longest line of text: wider lines are hard to read, so a wide pane centres a column.
MAX_MEASURE = 100
# A text this long is first laid out only as far as the first screens, the rest right
# after the first frame: wrapping 1M characters (~6,000 blocks) took ~250 ms of first paint.
PARTIAL_LAYOUT_CHARS = 100_000


class ArticleView(ScrollView, can_focus=True):
    """Scrollable, wrapped article text with offset-based highlights."""

    COMPONENT_CLASSES = {f"article-view--{n}" for n in MARK_LAYERS + BLOCK_STYLES} | {
        "article-view--prefix", "article-view--reported-rule"}

    BINDINGS = [
        Binding("j,down", "scroll_down", "Down", show=False, id="scroll.down", tooltip="Scroll down a line"),
        Binding("k,up", "scroll_up", "Up", show=False, id="scroll.up", tooltip="Scroll up a line"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="scroll.page_down", tooltip="Scroll down a page"),
        Binding("pageup,b", "page_up", "Page up", show=False, id="scroll.page_up", tooltip="Scroll up a page"),
        Binding("g,home", "scroll_home", "Top", show=False, id="scroll.top", tooltip="Scroll to the top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="scroll.bottom", tooltip="Scroll to the bottom"),
    ]

    class Clicked(Message):
        """The user clicked the character at ``offset`` of the article text."""

        def __init__(self, offset: int) -> None:
            self.offset = offset
            super().__init__()

    class Dragged(Message):
        """The mouse, its button held, moved from character ``start`` to character ``end``."""

        def __init__(self, start: int, end: int) -> None:
            self.start = start
            self.end = end
            super().__init__()

    _drag_from: int | None = None  # where the button went down, while it is held
    _dragged = False  # the pointer moved while held: the click that ends the drag is no click

    def __init__(self, article: Article, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.article = article
        # The text as shown: control characters as spaces, offsets unchanged (str.translate took
        # ~40 ms on 1M characters).
        self.shown_text = _CONTROL.sub(" ", article.text)
        self._marks: dict[int, list[tuple[int, int, str]]] = {}
        self._overlay: dict[int, list[tuple[int, int, str]]] = {}
        self._block_starts = [b.start for b in article.blocks]
        self._lines: list[Line] = []
        self._index = LineIndex([])
        self._layouts: dict[int, tuple[list[Line], LineIndex]] = {}  # wrap cache by text width
        self._width = -1
        self._indent = 1  # cells left of the text (margin, or centring in a wide pane)
        self.measure = 0  # the text's width in cells: where the layout wraps (0 before the first one)
        self._strips: dict[int, Strip] = {}
        self._styles: dict[str, Style] = {}
        self._combined: dict[tuple[Style, tuple[str, ...]], Style] = {}
        self._pending: tuple[int, int] | None = None
        self._partial: int | None = None  # the measure of a layout that stops early
        self.current: tuple[int, int] | None = None  # the cursor's span (the screen's): kept in view on resize
        self._height = 0  # rows in view at the last layout, to tell whether `current` was visible
        # 16 colours map every faint tint to one grey: reported speech then gets a colour of its own
        # (styles/reader.tcss). Set before mounting: a class change after it costs a layout pass.
        with contextlib.suppress(NoActiveAppError):
            self.set_class(self.app.console.color_system == "standard", "-colours-16", update=False)

    # -- state from the screen --------------------------------------------
    def set_marks(self, spans: Iterable[tuple[int, int, str]]) -> None:
        """Replace the marks that come with the analysis (many; set once per analysis)."""
        self._marks = self._by_block(spans)
        self._strips.clear()
        self.refresh()

    def set_overlay(self, spans: Iterable[tuple[int, int, str]]) -> None:
        """Replace the marks that follow the user (cursor, focus, matches): cheap per key press.

        Only the rows whose overlay changed are repainted: a jump that stays on screen
        sends those few lines, not the whole pane (Textual rewrites every row of a
        refreshed widget; over SSH that was ~10 kB per ] or }).
        """
        old, self._overlay = self._overlay, self._by_block(spans)
        diff = {b: set(old.get(b, ())) ^ set(self._overlay.get(b, ())) for b in old.keys() | self._overlay.keys()}
        diff = {b: d for b, d in diff.items() if d}
        if not diff:
            return

        def changed(row: int) -> bool:
            line = self._lines[row]
            return any(s < line.end and e > line.start or s == e == line.start for s, e, _ in diff.get(line.block, ()))

        for row in [r for r in self._strips if r < len(self._lines) and changed(r)]:
            del self._strips[row]
        top = int(self.scroll_offset.y)
        for row in range(top, min(len(self._lines), top + self.scrollable_content_region.height)):
            if changed(row):
                self.refresh_line(row)

    def _by_block(self, spans: Iterable[tuple[int, int, str]]) -> dict[int, list[tuple[int, int, str]]]:
        """Marks grouped by the blocks they touch, in layer order (painted bottom to top)."""
        order = {n: i for i, n in enumerate(MARK_LAYERS)}
        by_block: dict[int, list[tuple[int, int, str]]] = {}
        blocks = self.article.blocks
        for start, end, name in sorted(spans, key=lambda m: order.get(m[2], 0)):
            i = max(0, bisect_right(self._block_starts, start) - 1)
            while i < len(blocks) and blocks[i].start < max(end, start + 1):
                if end > blocks[i].start and start < blocks[i].end:
                    by_block.setdefault(i, []).append((start, end, name))
                i += 1
        return by_block

    def marks(self) -> set[tuple[int, int, str]]:
        """Every mark set now, (start, end, name): the analysis's and those that follow the user."""
        return {m for layer in (self._marks, self._overlay) for marks in layer.values() for m in marks}

    # -- layout --------------------------------------------------------------
    @property
    def lines(self) -> Sequence[Line]:
        self._complete_layout()
        return self._lines

    def _complete_layout(self) -> None:
        """Finish a layout that stopped after the first screens (a no-op otherwise).

        Called after the first frame, and by everything that needs the rows of any
        offset (jumps, line lookups, scrolling to the end) in case it comes first.
        """
        measure, self._partial = self._partial, None
        if measure is None:
            return
        lines = layout(self.shown_text, self.article.blocks, measure)
        self._lines, self._index = lines, LineIndex(lines)
        self._layouts[measure] = (lines, self._index)
        self.virtual_size = Size(self._width, len(lines))  # the rows drawn so far are unchanged

    def _relayout(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._width:
            return
        # Keep the first visible character at the top when the width changes, and the
        # current item in view when it was (a narrower pane pushes it further down).
        anchor = self.top_offset() + 1 if self._lines else None
        keep = self._current_was_visible()
        self._width = width
        # One cell of margin on each side keeps the text off the borders.
        measure = self.measure = min(MAX_MEASURE, max(1, width - 2))
        self._indent = 1 + (width - 2 - measure) // 2 if width - 2 > measure else 1
        self._partial = None
        cached = self._layouts.pop(measure, None)
        if cached is None and not self._lines and self._pending is None and len(self.shown_text) > PARTIAL_LAYOUT_CHARS:
            lines = layout(self.shown_text, self.article.blocks, measure, max_lines=3 * max(self.size.height, 40))
            self._lines, self._index = lines, LineIndex(lines)
            self._partial = measure
            self._strips.clear()
            self.virtual_size = Size(width, len(lines))
            self.call_after_refresh(self._complete_layout)
            return
        if cached is None:
            lines = layout(self.shown_text, self.article.blocks, measure)
            cached = (lines, LineIndex(lines))
        self._layouts[measure] = cached  # most recent last
        while len(self._layouts) > 4:  # a few widths: toggling the sidebar or a resize back is instant
            del self._layouts[next(iter(self._layouts))]
        self._lines, self._index = cached
        self._strips.clear()
        self.virtual_size = Size(width, len(self._lines))
        if anchor is not None and anchor > 0 and self._pending is None:
            self.scroll_to(y=self._index.line_of(anchor), animate=False, force=True)
        if keep is not None and self._pending is None:
            self.scroll_to_span(*keep)
        self._height = self.scrollable_content_region.height
        if self._pending is not None:
            start, end = self._pending
            self._pending = None
            self.call_after_refresh(self.scroll_to_span, start, end)

    def on_resize(self, event: events.Resize) -> None:
        keep = self._current_was_visible()
        self._relayout()
        if keep is not None and self._lines:  # a height change alone: no new layout, same rule
            self.scroll_to_span(*keep)
        self._height = self.scrollable_content_region.height

    def _current_was_visible(self) -> tuple[int, int] | None:
        """``current`` if its first row was in the view as last laid out (before a resize)."""
        if self.current is None or not self._lines or self._height <= 0:
            return None
        top = int(self.scroll_offset.y)
        row = self._index.line_of(self.current[0])
        return self.current if top <= row < top + self._height else None

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._combined.clear()
        self._strips.clear()

    def line_of(self, offset: int) -> int:
        """The display row showing character ``offset``."""
        self._complete_layout()
        return self._index.line_of(offset)

    def top_offset(self) -> int:
        """Character offset of the first text line in view (where a fresh search starts)."""
        row = int(self.scroll_offset.y)
        for line in self._lines[row:]:
            if line.block >= 0:
                return line.start - 1
        return -1

    def is_row_visible(self, offset: int) -> bool:
        row = self.line_of(offset)
        top = int(self.scroll_offset.y)
        return top <= row < top + self.scrollable_content_region.height

    def scroll_to_span(self, start: int, end: int) -> None:
        """Bring ``[start, end)`` into view with a margin of rows; no animation."""
        if self._width <= 0 or not self._lines:
            self._pending = (start, end)
            return
        height = self.scrollable_content_region.height
        first = self.line_of(start)
        last = self.line_of(max(start, end - 1))
        top = int(self.scroll_offset.y)
        margin = min(SCROLL_MARGIN, max(0, (height - 1) // 2))
        if first >= top + margin and last <= top + height - 1 - margin:
            return
        if last - first + 1 + 2 * margin <= height and last > top + height - 1 - margin and first >= top:
            target = last - height + 1 + margin  # just enough to show the end of the span
        else:
            target = first - margin
        self.scroll_to(y=max(0, target), animate=False, force=True)

    # -- scrolling without animation (the app is used over SSH) ----------------
    def action_scroll_down(self) -> None:
        self.scroll_relative(y=1, animate=False)

    def action_scroll_up(self) -> None:
        self.scroll_relative(y=-1, animate=False)

    def action_page_down(self) -> None:
        self._complete_layout()
        self.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.scroll_page_up(animate=False)

    def action_scroll_home(self) -> None:
        self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        self._complete_layout()
        self.scroll_end(animate=False)

    # -- rendering -------------------------------------------------------------
    def mark_style(self, name: str) -> Style:
        """How a mark (``person``, ``quote``, ``cursor``...) is drawn here, over the text's own style."""
        return self.rich_style + self._style(name)

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            cls = f"article-view--{name}"
            style = self.get_component_rich_style(cls, partial=True, default=Style())
            if style.bgcolor is not None:
                # Partial styles drop a background's alpha; take the blended colour instead.
                style += Style(bgcolor=self.get_component_rich_style(cls).bgcolor)
            self._styles[name] = style
        return style

    def render_line(self, y: int) -> Strip:
        if self._width != self.scrollable_content_region.width:
            self._relayout()
        row = int(self.scroll_offset.y) + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if row >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._strips.get(row)
        if strip is None:
            strip = self._render_row(row, width, base)
            if len(self._strips) > 2000:
                self._strips.clear()
            self._strips[row] = strip
        return strip

    def _render_row(self, row: int, width: int, base: Style) -> Strip:
        """One screen row as segments, one per run of text with the same layers of marks.

        Built directly rather than through rich.text.Text: Text.render sorts and
        combines spans for every row, and this is the hot path of the first paint
        and of every scroll. Layers paint bottom to top: the widget's base style,
        the block's style (or the list prefix's), then the marks in layer order.
        """
        line = self._lines[row]
        if line.block < 0:
            return Strip.blank(width, base)
        block_layer = (line.kind,) if line.kind in BLOCK_STYLES else ()
        start, end = line.start, line.end
        marks = [
            (max(s, start), min(e, end), name)
            for s, e, name in (*self._marks.get(line.block, ()), *self._overlay.get(line.block, ()))
            if max(s, start) < min(e, end)
        ]
        segments = self._margin(base, any(name == "reported" for _s, _e, name in marks))
        if line.prefix:
            segments.append(Segment(line.prefix, self._layered(base, ("prefix",))))
        cuts = sorted({start, end, *(s for s, _e, _n in marks), *(e for _s, e, _n in marks)})
        display = self.shown_text
        for a, b in zip(cuts, cuts[1:]):
            layers = block_layer + tuple(name for s, e, name in marks if s <= a and b <= e)
            segments.append(Segment(display[a:b], self._layered(base, layers)))
        # simplify: one SGR run per style, not one per segment (fewer bytes per row over SSH).
        return Strip(segments).adjust_cell_length(width, base).simplify()

    def _margin(self, base: Style, reported: bool) -> list[Segment]:
        """The cells left of the text; the last one holds the reported-speech rule on such a row."""
        if not self._indent:
            return []
        if not reported:
            return [Segment(" " * self._indent, base)]
        rule = Segment(REPORTED_RULE, self._layered(base, ("reported-rule",)))
        return [Segment(" " * (self._indent - 1), base), rule] if self._indent > 1 else [rule]

    def _layered(self, base: Style, layers: tuple[str, ...]) -> Style:
        """``base`` with the styles of ``layers`` painted over it in order (cached)."""
        key = (base, layers)
        style = self._combined.get(key)
        if style is None:
            style = Style.combine([base, *(self._style(name) for name in layers)])
            self._combined[key] = style
        return style

    # -- mouse -----------------------------------------------------------------
    def offset_at(self, x: int, y: int) -> int | None:
        """The character offset under cell (x, y) of the view (a line's end past its text); None off the text."""
        row = int(self.scroll_offset.y) + y
        if not (0 <= row < len(self._lines)) or self._lines[row].block < 0:
            return None
        line = self._lines[row]
        from rich.cells import cell_len

        col = x - self._indent - cell_len(line.prefix)
        pos, used = line.start, 0
        while pos < line.end and used + cell_len(self.shown_text[pos]) <= col:
            used += cell_len(self.shown_text[pos])
            pos += 1
        return pos

    def cell_of(self, offset: int) -> tuple[int, int]:
        """The cell (x, y) of the view showing character ``offset``: :meth:`offset_at` the other way."""
        from rich.cells import cell_len

        row = self.line_of(offset)
        line = self._lines[row]
        x = self._indent + cell_len(line.prefix) + cell_len(self.shown_text[line.start:offset])
        return x, row - int(self.scroll_offset.y)

    def on_click(self, event: events.Click) -> None:
        if self._dragged:
            self._dragged = False
            return
        pos = self.offset_at(event.x, event.y)
        if pos is not None:
            line = self._lines[int(self.scroll_offset.y) + event.y]
            self.post_message(self.Clicked(min(pos, max(line.start, line.end - 1))))

    def on_mouse_down(self, event: events.MouseDown) -> None:
        self._dragged = False
        offset = self.offset_at(event.x, event.y) if event.button == 1 else None
        if offset is not None:
            self._drag_from = offset
            self.capture_mouse()  # the moves reach us even off the pane, until the button is up

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._drag_from is None:
            return
        offset = self.offset_at(event.x, event.y)
        if offset is None or (offset == self._drag_from and not self._dragged):
            return  # off the text (a blank row): the selection stays as it was
        self._dragged = True
        self.post_message(self.Dragged(self._drag_from, offset))

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._drag_from is not None:
            self._drag_from = None
            self.release_mouse()
