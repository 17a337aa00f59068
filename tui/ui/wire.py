"""Send the terminal only the cells that changed, in fewer bytes: the output side of the driver.

Textual writes a frame as absolutely positioned runs: ``ESC[y;xH`` then the run's
text, every styled segment opened with its full SGR style and closed by ``ESC[0m``.
Over SSH two habits cost most of the bytes (see benchmarks/ssh_bytes.py):

- regions are re-sent although few or no cells changed: a layout pass after the
  first frame, the highlights arriving (only the entity words change colour), the
  cursor moving to the next quote, the unchanged part of a scrollbar;
- every segment restates its whole style and resets it, although neighbouring
  segments share their background and the next run usually starts in the same
  style.

``WireOptimizer.process`` rewrites one write of the driver. It keeps a model of the
cells the terminal shows (character and style) and sends, for each run, only the
spans of cells that differ, each after only the SGR codes that change the
terminal's current style. Every write ends with the style Textual's own stream
would have left (Rich's reset), so nothing between frames or after the app
inherits a colour. On screen the result is cell for cell the same
(tests/test_wire.py replays both streams in a terminal emulator).

Anything it does not model (an escape sequence inside a run, a character that is
not one cell wide, a write outside a frame that could touch cells, the alternate
screen being switched) is passed through untouched and the cells it may have
touched are forgotten, so they are sent in full next time. ``invalidate()``
forgets the whole screen: on resize, suspend and the user's redraw key.
"""

from __future__ import annotations

import re
from itertools import groupby

from rich.cells import get_character_cell_size

from newsread.ui.sgr import DEFAULT, Style, render_pieces, state_after, transition

_MOVE = re.compile(r"\x1b\[(\d+);(\d+)H")
# Writes outside frames that never touch a cell: private modes (but not the
# alternate screen), kitty keyboard flags, mode reports and queries, cursor
# shape, OSC (clipboard, title), BEL.
_NEUTRAL = re.compile(
    r"(?:\x1b\[\?(?!1049|1047|47[hl;])[0-9;$]*[hlp]"
    r"|\x1b\[[<>=][0-9;]*u|\x1b\[[0-9]* q|\x1b\[\d*n|\x1b\[\?[0-9;]*\$p"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x07)*"
)
# Unchanged cells between two changed spans are re-sent rather than jumped over
# when there are at most this many: a cursor move costs about as much.
_GAP = 8

Cell = tuple[str, Style]


def cells_of(pieces: list[tuple[Style, str]]) -> list[Cell] | None:
    """One (character, style) per cell; None when a character is not exactly one cell wide."""
    cells: list[Cell] = []
    for style, text in pieces:
        if not text.isascii() and any(get_character_cell_size(ch) != 1 for ch in text):
            return None
        cells.extend((ch, style) for ch in text)
    return cells


def changed_spans(cells: list[Cell], shown: dict[int, Cell], x: int) -> list[tuple[int, int]]:
    """[start, end) index spans of ``cells`` (placed at column ``x``) that differ from ``shown``."""
    spans: list[tuple[int, int]] = []
    for i, cell in enumerate(cells):
        if shown.get(x + i) != cell:
            if spans and i - spans[-1][1] <= _GAP:
                spans[-1] = (spans[-1][0], i + 1)
            else:
                spans.append((i, i + 1))
    return spans


class WireOptimizer:
    """Rewrites the driver's writes, keeping the cells the terminal shows and its SGR state.

    Two SGR states are followed: ``_source``, the one Textual's own stream would
    have reached, which decides how its next run looks; and ``_emitted``, the one
    the terminal really has after what we sent. None means unknown.
    """

    def __init__(self) -> None:
        self._rows: dict[int, dict[int, Cell]] = {}  # row -> column -> what the terminal shows
        self._source: Style | None = DEFAULT
        self._emitted: Style | None = DEFAULT
        self.cells_sent = 0
        self.cells_skipped = 0

    def invalidate(self) -> None:
        """Forget what the screen shows (resize, suspend, redraw): the next frames go out in full."""
        self._rows.clear()
        self._emitted = None  # the next style sent starts with a reset

    def process(self, data: str) -> str:
        """The bytes to send instead of ``data``: the same cells, fewer bytes."""
        pieces = _MOVE.split(data)
        out: list[str] = []
        prefix = pieces[0]
        if prefix:
            if _NEUTRAL.fullmatch(prefix) is None:
                self.invalidate()  # text or an unknown sequence outside a frame
            if self._source is not None:
                out.append(transition(self._emitted, self._source))
            out.append(prefix)
            self._source = self._emitted = state_after(prefix, self._source)
        runs = (len(pieces) - 1) // 3
        for n in range(runs):
            y, x, content = int(pieces[1 + 3 * n]), int(pieces[2 + 3 * n]), pieces[3 + 3 * n]
            self._run(out, y, x, content, last=n == runs - 1)
        if self._source is not None and self._emitted != self._source:
            out.append(transition(self._emitted, self._source))
            self._emitted = self._source
        return "".join(out)

    def _run(self, out: list[str], y: int, x: int, content: str, last: bool) -> None:
        if not last:
            # The newline Textual puts between rows moves the cursor to a place the
            # next absolute move leaves at once.
            content = content.removesuffix("\n").removesuffix("\r")
        if not content:
            if last:
                out.append(f"\x1b[{y};{x}H")  # where Textual leaves the cursor
            return
        start = self._source
        pieces = render_pieces(content, start)
        cells = cells_of(pieces) if pieces is not None else None
        if pieces is None or cells is None:
            self._send_as_is(out, y, x, content, start, pieces)
            return
        self._source = pieces[-1][0]
        shown = self._rows.setdefault(y, {})
        spans = changed_spans(cells, shown, x)
        self.cells_skipped += len(cells) - sum(end - begin for begin, end in spans)
        for begin, end in spans:
            out.append(f"\x1b[{y};{x + begin}H")
            for style, group in groupby(cells[begin:end], key=lambda cell: cell[1]):
                out.append(transition(self._emitted, style))
                out.append("".join(ch for ch, _style in group))
                self._emitted = style
            for i in range(begin, end):
                shown[x + i] = cells[i]
            self.cells_sent += end - begin

    def _send_as_is(self, out, y, x, content, start, pieces) -> None:
        """A run this module does not model: sent untouched, the cells it covers forgotten."""
        out.append(f"\x1b[{y};{x}H")
        if _NEUTRAL.fullmatch(content):  # only mode or cursor sequences: no cell changes
            out.append(content)
            return
        if start is not None:
            out.append(transition(self._emitted, start))
        out.append(content)
        if pieces is None:  # escape sequences inside: they may have touched any cell
            self.invalidate()
        else:  # plain text with wide or zero-width characters: forget this row from x on
            shown = self._rows.get(y, {})
            for column in [c for c in shown if c >= x]:
                del shown[column]
        self._source = self._emitted = state_after(content, start)
