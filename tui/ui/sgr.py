"""SGR (colour and attribute) state of a terminal: parse Rich's codes, write minimal changes.

Used by newsread.ui.wire. Rich opens every styled segment with its whole style and
closes it with a reset; a terminal only needs the codes that change its state.
"""

from __future__ import annotations

import re
from typing import NamedTuple

SGR = re.compile(r"\x1b\[([0-9;]*)m")
_ESCAPE_OR_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class Style(NamedTuple):
    """The SGR state of a terminal: colours as their SGR codes, attributes as codes."""

    fg: str | None = None
    bg: str | None = None
    flags: frozenset[str] = frozenset()

    def codes(self) -> list[str]:
        return sorted(self.flags, key=int) + [c for c in (self.fg, self.bg) if c]


DEFAULT = Style()
_FLAGS = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "21", "51", "52", "53"}
_FLAGS_OFF = {"22": {"1", "2"}, "23": {"3"}, "24": {"4", "21"}, "25": {"5", "6"}, "27": {"7"},
              "28": {"8"}, "29": {"9"}, "54": {"51", "52"}, "55": {"53"}}


def apply_sgr(style: Style, params: str) -> Style | None:
    """The state after ``ESC[params m`` from ``style``; None for codes this module does not model."""
    codes = params.split(";") if params else ["0"]
    fg, bg, flags = style.fg, style.bg, set(style.flags)
    i = 0
    while i < len(codes):
        code = codes[i]
        if code in ("", "0"):
            fg, bg, flags = None, None, set()
        elif code in _FLAGS:
            flags.add(code)
        elif code in _FLAGS_OFF:
            flags -= _FLAGS_OFF[code]
        elif code in ("38", "48"):
            size = {"5": 3, "2": 5}.get(codes[i + 1] if i + 1 < len(codes) else "", 0)
            if not size or i + size > len(codes):
                return None
            colour = ";".join(codes[i:i + size])
            fg, bg = (colour, bg) if code == "38" else (fg, colour)
            i += size
            continue
        elif code == "39":
            fg = None
        elif code == "49":
            bg = None
        elif code.isdigit() and (30 <= int(code) <= 37 or 90 <= int(code) <= 97):
            fg = code
        elif code.isdigit() and (40 <= int(code) <= 47 or 100 <= int(code) <= 107):
            bg = code
        else:
            return None
        i += 1
    return Style(fg, bg, frozenset(flags))


def transition(current: Style | None, target: Style) -> str:
    """The shortest SGR that takes the terminal from ``current`` (None: unknown) to ``target``.

    Only codes Rich itself emits are used (``0`` and the "on" codes), never the
    "off" codes (22-29), which old terminals may not know: a style that must lose
    an attribute or a colour starts from a reset.
    """
    if current == target:
        return ""
    if (
        current is not None
        and current.flags <= target.flags
        and (current.fg is None or target.fg is not None)
        and (current.bg is None or target.bg is not None)
    ):
        codes = sorted(target.flags - current.flags, key=int)
        codes += [new for old, new in ((current.fg, target.fg), (current.bg, target.bg)) if new != old]
        return f"\x1b[{';'.join(codes)}m"
    return f"\x1b[{';'.join(['0', *target.codes()])}m"


def state_after(content: str, start: Style | None) -> Style | None:
    """The SGR state after ``content`` is written in state ``start`` (None: unknown).

    A reset makes an unknown state known again; a code this module does not model
    makes it unknown.
    """
    state = start
    for match in SGR.finditer(content):
        params = match.group(1)
        if state is None:
            if params.split(";")[0] not in ("", "0"):
                continue
            state = DEFAULT
        state = apply_sgr(state, params)
    return state


def render_pieces(content: str, start: Style | None) -> list[tuple[Style, str]] | None:
    """``content`` as (style, text) pieces from state ``start``; None unless it is plain styled text.

    The last piece always carries the final state (its text may be empty).
    """
    if start is None:
        return None
    pieces: list[tuple[Style, str]] = []
    style = start
    position = 0
    for match in SGR.finditer(content):
        text = content[position:match.start()]
        if text:
            pieces.append((style, text))
        next_style = apply_sgr(style, match.group(1))
        if next_style is None:
            return None
        style = next_style
        position = match.end()
    pieces.append((style, content[position:]))
    if any(_ESCAPE_OR_CONTROL.search(text) for _style, text in pieces):
        return None
    return pieces
