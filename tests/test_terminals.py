"""The reader in a real terminal (tmux) under many TERM values and colour systems.

Each case starts the installed ``newsread`` on the seed in a 120x40 tmux pane,
jumps to the first quote and reads the screen back with ``capture-pane -e``:
the text is readable, the current item is drawn in reverse video + bold (a cue
that needs no colour), entity highlights have non-colour cues (bold, italic,
underline), reported speech has its rule ┆ in the margin and a tint of its own,
the colours fit the colour system (greys only under NO_COLOR), ``r`` (direct
quotes only) takes the rule away, and ``q`` quits with status 0. Mouse reporting is checked from tmux's own
view of the pane (``mouse_any_flag``).
"""

from __future__ import annotations

import re
import shlex
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from newsread.ui.speech import is_reported, kind_words

from conftest import SEED, SEED_DATE, require_tool
from e2e_support.tmux import Tmux

pytestmark = pytest.mark.e2e

NEWSREAD = Path(sys.executable).parent / "newsread"
WIDTH, HEIGHT = 120, 40
ARTICLE_WIDTH = 81  # the article pane's columns at 120 (the sidebar is to their right)

# -- reading capture-pane -e back into cells ------------------------------------------
_ESCAPE = re.compile(r"\x1b\[([0-9;:]*)m|\x1b(?:\][^\x07\x1b]*(?:\x07|\x1b\\)|\[[0-9;?]*[A-Za-z]|.)")


@dataclass
class Cell:
    char: str
    attrs: frozenset[str]
    fg: str | None
    bg: str | None


@dataclass
class Screen:
    rows: list[list[Cell]]
    foreign: list[str] = field(default_factory=list)  # escapes other than SGR (none expected)
    colours: set[str] = field(default_factory=set)  # every colour code seen

    def row_text(self, y: int) -> str:
        return "".join(c.char for c in self.rows[y])

    def find(self, needle: str) -> list[Cell]:
        """The cells showing the first occurrence of ``needle`` on one row."""
        for row in self.rows:
            text = "".join(c.char for c in row)
            i = text.find(needle)
            if i >= 0:
                return row[i : i + len(needle)]
        raise AssertionError(f"{needle!r} not on screen")


_ATTR_ON = {"1": "bold", "2": "dim", "3": "italic", "4": "underline", "5": "blink", "7": "reverse", "9": "strike"}
_ATTR_OFF = {"22": ("bold", "dim"), "23": ("italic",), "24": ("underline",), "25": ("blink",), "27": ("reverse",),
             "29": ("strike",)}


def parse_screen(raw: str) -> Screen:
    """Cells with their SGR attributes from ``capture-pane -e`` output (state carries across rows)."""
    attrs: set[str] = set()
    fg = bg = None
    screen = Screen(rows=[])
    for line in raw.split("\n"):
        row: list[Cell] = []
        pos = 0
        for m in _ESCAPE.finditer(line):
            row += [Cell(ch, frozenset(attrs), fg, bg) for ch in line[pos : m.start()]]
            pos = m.end()
            if m.group(1) is None:
                screen.foreign.append(m.group(0))
                continue
            params = [p for p in m.group(1).replace(":", ";").split(";")] or ["0"]
            i = 0
            while i < len(params):
                p = params[i] or "0"
                if p == "0":
                    attrs.clear()
                    fg = bg = None
                elif p in _ATTR_ON:
                    attrs.add(_ATTR_ON[p])
                elif p in _ATTR_OFF:
                    attrs.difference_update(_ATTR_OFF[p])
                elif p in ("38", "48"):
                    n = 3 if params[i + 1] == "5" else 5
                    value = p + ";" + ";".join(params[i + 1 : i + n])
                    screen.colours.add(value)
                    fg, bg = (value, bg) if p == "38" else (fg, value)
                    i += n - 1
                elif p in ("39", "49"):
                    fg, bg = (None, bg) if p == "39" else (fg, None)
                elif p.isdigit() and (30 <= int(p) <= 47 or 90 <= int(p) <= 107):
                    screen.colours.add(p)
                    if int(p) <= 37 or 90 <= int(p) <= 97:
                        fg = p
                    else:
                        bg = p
                i += 1
        row += [Cell(ch, frozenset(attrs), fg, bg) for ch in line[pos:]]
        screen.rows.append(row)
    return screen


def is_grey(colour: str) -> bool:
    """True for colours without hue: black/white/grey SGR codes, 256-colour greys, r=g=b."""
    parts = colour.split(";")
    if len(parts) == 1:
        return int(parts[0]) % 10 in (0, 7)  # 30/37/40/47/90/97/100/107
    if parts[1] == "5":
        n = int(parts[2])
        return n in (0, 7, 8, 15, 16, 231) or 232 <= n <= 255 or (
            16 <= n <= 231 and len({(n - 16) // 36, (n - 16) // 6 % 6, (n - 16) % 6}) == 1
        )
    return len(set(parts[2:5])) == 1


# -- running the reader in tmux -----------------------------------------------------------
def reader_command(tmp: Path, env: dict[str, str], *args: str) -> str:
    """``env -i``-style command line: only what a terminal session would set, private XDG dirs."""
    base = {
        "HOME": str(tmp / "home"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_DATA_HOME": str(tmp / "data"),
        "XDG_CACHE_HOME": str(tmp / "cache"),
        "LANG": "C.UTF-8",
        "PATH": "/usr/bin:/bin",
    }
    base.update(env)
    assigns = [f"{k}={shlex.quote(v)}" for k, v in base.items()]
    return " ".join(["env", "-i", *assigns, shlex.quote(str(NEWSREAD)), *map(shlex.quote, args)])


def start_reader(tmp: Path, env: dict[str, str], *args: str, article: Path = SEED) -> Tmux:
    require_tool("tmux")
    assert NEWSREAD.exists(), f"the console script {NEWSREAD} is not installed"
    tmux = Tmux(WIDTH, HEIGHT)
    # The pane's shell writes the exit status to a file: tmux itself sometimes drops the
    # last output of a process that ends, and does not always know its status.
    tmux.status_file = str(tmp / f"exit-status-{tmux.socket}")
    tmux.start(reader_command(tmp, env, str(article), "--date", SEED_DATE, *args)
               + f"; echo $? > {shlex.quote(tmux.status_file)}")
    return tmux


def tmux_format(tmux: Tmux, fmt: str) -> str:
    return tmux._tmux("display-message", "-p", "-t", tmux.session, fmt).stdout.strip()


READY = re.compile(r"\d+ quotes? · \d+ actors?")  # "1 quote · 1 actor" in the singular


def wait_ready(tmux: Tmux) -> str:
    """Wait until the analysis is on screen (the status line's counts), whatever the article."""
    return tmux.wait_for(lambda s: READY.search(s) is not None, timeout=90)


def status_line(screen: str) -> str:
    """The reader's status line: the row above the one-line footer (the pane is HEIGHT rows)."""
    lines = screen.split("\n")
    return lines[HEIGHT - 2].strip() if len(lines) >= HEIGHT else ""


def quit_cleanly(tmux: Tmux) -> None:
    """``q`` ends the reader with status 0 (written to a file by the pane's shell, see start_reader)."""
    tmux.send("q")
    status = Path(tmux.status_file)
    deadline = time.monotonic() + 60
    while not (status.exists() and status.read_text().strip()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert status.exists(), f"newsread did not exit after q; screen:\n{tmux.capture()}"
    assert status.read_text().strip() == "0", tmux.capture()


# TERM x colour settings: every TERM once, every colour system once, NO_COLOR thrice.
CASES = [
    ("xterm-256color", {"TEXTUAL_COLOR_SYSTEM": "truecolor"}),
    ("screen-256color", {"TEXTUAL_COLOR_SYSTEM": "256"}),
    ("tmux-256color", {}),
    ("xterm", {"TEXTUAL_COLOR_SYSTEM": "standard"}),
    ("linux", {}),
    ("vt100", {}),
    ("xterm-256color", {"NO_COLOR": "1"}),
    ("linux", {"NO_COLOR": "1", "TEXTUAL_COLOR_SYSTEM": "truecolor"}),
    ("vt100", {"NO_COLOR": "1"}),
]


def item_cells(screen: Screen, text: str) -> tuple[int, list[Cell]]:
    """(row, cells) of the first row of an item whose words are ``text``, in the article pane.

    An item starts anywhere in a row and wraps at spaces: its first row holds its first
    words. The pane is the left part above the details (the details repeat the words).
    """
    words = text.split()
    best: tuple[int, int, int] | None = None  # (words matched, row, column)
    for y in range(1, HEIGHT - 10):
        row = "".join(c.char for c in screen.rows[y][:ARTICLE_WIDTH]) if y < len(screen.rows) else ""
        for k in range(len(words), 0, -1):
            x = row.find(" ".join(words[:k]))
            if x >= 0:
                if best is None or k > best[0]:
                    best = (k, y, x)
                break
    assert best is not None and best[0] >= min(3, len(words)), f"{text[:40]!r} not in the article pane"
    k, y, x = best
    return y, screen.rows[y][x : x + len(" ".join(words[:k]))]


@pytest.mark.parametrize(("term", "extra"), CASES, ids=[f"{t}-{'-'.join(f'{k}={v}' for k, v in e.items()) or 'auto'}" for t, e in CASES])
def test_reader_is_readable_in_terminal(tmp_path, seed_analysis, term, extra):
    quotes = sorted(seed_analysis.quotes, key=lambda q: (q.start, q.end))
    first = quotes[0]
    reported = next(q for q in quotes if is_reported(q))
    direct = next(q for q in quotes if q.kind == "direct")
    tmux = start_reader(tmp_path, {"TERM": term, **extra})
    try:
        tmux.wait_for(lambda s: f"{len(quotes)} quotes" in s, timeout=90)
        # Reported speech and direct quotes, told apart without colour: the rule ┆ in the margin
        # of reported speech's rows (direct quotes have their quotation marks).
        before = parse_screen(tmux.capture(escapes=True))
        rep_row, rep_cells = item_cells(before, reported.text)
        dir_row, dir_cells = item_cells(before, direct.text)
        assert before.rows[rep_row][0].char == "┆", before.row_text(rep_row)
        body = seed_analysis.text.index(seed_analysis.text.split("\n\n")[1])
        body_end = seed_analysis.text.index("\n\n", body)
        if not any(q.start < body_end and body < q.end for q in quotes if is_reported(q)):
            body_row, _ = item_cells(before, seed_analysis.text[body:body_end])
            assert before.rows[body_row][0].char == " ", "no rule beside text that reports no speech"
        if not extra.get("NO_COLOR"):  # and a tint of its own, in every colour system
            assert rep_cells[0].bg != dir_cells[0].bg and None not in (rep_cells[0].bg, dir_cells[0].bg)

        tmux.send("]")
        named = (f"Quote 1/{len(quotes)} · {kind_words(first, first.start, first.end)[-1]}",
                 first.speaker_name or "unattributed")  # its kind (at least the short word) and speaker
        tmux.wait_for(lambda s: all(part in status_line(s) for part in named), timeout=10)
        screen = parse_screen(tmux.capture(escapes=True))
        plain = tmux.capture()

        # Readable: the first sentence of the article body is on screen, word for word.
        body_text = seed_analysis.text.split("\n\n")[1] if "\n\n" in seed_analysis.text else seed_analysis.text
        assert " ".join(body_text.split()[:8]) in " ".join(plain.split())
        assert screen.foreign == [], f"unexpected non-SGR escapes kept by tmux: {screen.foreign[:5]}"

        # The current item (the first, whatever its kind) stands out without colour: reverse video and bold.
        _, cells = item_cells(screen, first.text)
        assert all("reverse" in c.attrs and "bold" in c.attrs for c in cells), [sorted(c.attrs) for c in cells[:3]]
        # Entity highlights carry non-colour cues (person underline, org bold, place italic).
        article_cells = [c for row in screen.rows[1:-8] for c in row[:80]]
        cues = set().union(*(c.attrs for c in article_cells))
        assert {"underline", "bold", "italic"} <= cues, cues

        # Colours fit what the terminal was said to support.
        system = extra.get("TEXTUAL_COLOR_SYSTEM")
        if extra.get("NO_COLOR"):
            hues = sorted(c for c in screen.colours if not is_grey(c))
            assert hues == [], f"NO_COLOR but coloured: {hues[:8]}"
        elif system == "standard":
            assert not any(c.startswith(("38;", "48;")) for c in screen.colours), sorted(screen.colours)[:8]
        elif system == "256":
            assert not any(";2;" in c[:5] for c in screen.colours), sorted(screen.colours)[:8]

        # The speech key (r): direct quotes only, reported speech no longer marked.
        tmux.send("r")
        tmux.wait_for(lambda s: re.search(r"· direct (quotes )?only", status_line(s)) is not None, timeout=10)
        after = parse_screen(tmux.capture(escapes=True))
        assert all(row[0].char != "┆" for row in after.rows[1 : HEIGHT - 10] if row), "the rule is gone"
        quit_cleanly(tmux)
    finally:
        tmux.kill()


@pytest.mark.parametrize("how", ["default", "--no-mouse", "config"])
def test_no_mouse_leaves_selection_to_the_terminal(tmp_path, seed_analysis, how):
    """tmux's own view of the pane: mouse reporting on by default, off with --no-mouse or mouse = false."""
    args = ("--no-mouse",) if how == "--no-mouse" else ()
    if how == "config":
        config = tmp_path / "config" / "newsread" / "config.toml"
        config.parent.mkdir(parents=True)
        config.write_text("mouse = false\n", encoding="utf-8")
    tmux = start_reader(tmp_path, {"TERM": "xterm-256color"}, *args)
    try:
        wait_ready(tmux)
        flags = tmux_format(tmux, "#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}")
        if how == "default":
            assert "1" in flags, "the reader should ask for mouse reports by default"
        else:
            assert flags == "000", f"mouse reporting still on ({flags}) with {how}"
            assert "Config" not in tmux.capture(), "the config key must not produce a config warning"
        quit_cleanly(tmux)
    finally:
        tmux.kill()


def test_escape_is_a_key_of_its_own_in_tmux(tmp_path, seed_analysis):
    """escape closes the search at once and is not glued to the next key as alt+key.

    The helper sets tmux's escape-time to 10 ms, the README's advice; the
    latency is printed for the record (timings are measured, never asserted).
    """
    needle = "Idlib"
    count = seed_analysis.text.casefold().count(needle.casefold())
    tmux = start_reader(tmp_path, {"TERM": "tmux-256color"})
    try:
        wait_ready(tmux)
        tmux.send("/")
        tmux.wait_for_text("search (plain text")
        t0 = time.monotonic()
        tmux.send("Escape")
        tmux.wait_for(lambda s: "search (plain text" not in s, timeout=5, interval=0.01)
        print(f"escape closed the search prompt in {(time.monotonic() - t0) * 1000:.0f} ms")
        # A search, then escape and ] typed quickly: escape clears the search, ] still jumps.
        tmux.send("/")
        tmux.wait_for_text("search (plain text")
        tmux.send_text(needle)
        tmux.send("Enter")
        tmux.wait_for_text(f"/{count} · “{needle}”")
        tmux.send("Escape")
        time.sleep(0.15)
        tmux.send("]")
        # The status line (above the footer) names the quote ] reached, and no search any more.
        screen = tmux.wait_for(lambda s: status_line(s).startswith("Quote "), timeout=10)
        assert f"“{needle}”" not in status_line(screen), "escape did not clear the search"
        quit_cleanly(tmux)
    finally:
        tmux.kill()
