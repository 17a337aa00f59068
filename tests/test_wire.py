"""The output optimiser (newsread.ui.wire, newsread.ui.sgr): fewer bytes, the very same screen.

Every equivalence check replays Textual-shaped output twice in a terminal emulator
(pyte): once as written, once through WireOptimizer, and compares every cell's
character, colours and attributes. The frames are built the way Textual builds
them (Rich's Style.render per segment, an absolute move per run).
"""

from __future__ import annotations

import pyte
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.color import Color
from rich.style import Style as RichStyle

from newsread.ui.sgr import DEFAULT, Style, apply_sgr, render_pieces, state_after, transition
from newsread.ui.wire import WireOptimizer

WIDTH, HEIGHT = 40, 8


def screen_cells(stream: list[str]) -> list[list[tuple]]:
    screen = pyte.Screen(WIDTH, HEIGHT)
    feed = pyte.Stream(screen)
    for data in stream:
        feed.feed(data)
    return [
        [(c.data, c.fg, c.bg, c.bold, c.italics, c.underscore, c.reverse, c.strikethrough, c.blink)
         for c in (screen.buffer[y][x] for x in range(WIDTH))]
        for y in range(HEIGHT)
    ]


def run(y: int, x: int, segments: list[tuple[str, RichStyle | None]], system: str = "256") -> str:
    """One run as Textual writes it: move, then each segment with its full style and reset."""
    from rich.color import ColorSystem

    color_system = {"256": ColorSystem.EIGHT_BIT, "truecolor": ColorSystem.TRUECOLOR,
                    "standard": ColorSystem.STANDARD}[system]
    body = "".join(text if style is None else style.render(text, color_system=color_system)
                   for text, style in segments)
    return f"\x1b[{y + 1};{x + 1}H{body}"


def optimised(frames: list[str]) -> list[str]:
    wire = WireOptimizer()
    return [wire.process(frame) for frame in frames]


# -- SGR state --------------------------------------------------------------------

def test_apply_sgr_follows_rich_codes_and_resets():
    style = apply_sgr(DEFAULT, "1;3;38;5;222;48;5;233")
    assert style == Style("38;5;222", "48;5;233", frozenset({"1", "3"}))
    assert apply_sgr(style, "0") == DEFAULT
    assert apply_sgr(style, "") == DEFAULT
    assert apply_sgr(style, "22;39") == Style(None, "48;5;233", frozenset({"3"}))
    assert apply_sgr(DEFAULT, "38;2;1;2;3;41") == Style("38;2;1;2;3", "41", frozenset())
    assert apply_sgr(DEFAULT, "38;5") is None  # truncated colour: not modelled
    assert apply_sgr(DEFAULT, "58;5;3") is None  # underline colour: not modelled


def test_transition_sends_only_what_changes_and_never_off_codes():
    plain = Style("38;5;253", "48;5;233")
    entity = Style("38;5;115", "48;5;233", frozenset({"1"}))
    assert transition(plain, plain) == ""
    assert transition(plain, entity) == "\x1b[1;38;5;115m"  # same background: not restated
    # losing bold needs a reset (22 is not known everywhere), then the whole style
    assert transition(entity, plain) == "\x1b[0;38;5;253;48;5;233m"
    assert transition(None, plain) == "\x1b[0;38;5;253;48;5;233m"  # unknown state: from a reset
    assert transition(plain, DEFAULT) == "\x1b[0m"


def test_render_pieces_refuses_anything_but_styled_text():
    assert render_pieces("\x1b[1mhi\x1b[0m", DEFAULT) == [(Style(flags=frozenset({"1"})), "hi"), (DEFAULT, "")]
    assert render_pieces("a\x1b]8;;http://x\x1b\\b", DEFAULT) is None  # a hyperlink
    assert render_pieces("a\x07b", DEFAULT) is None
    assert state_after("\x1b[1mx\x1b[0;31m", None) == Style("31", None, frozenset())


# -- the same screen, fewer bytes ---------------------------------------------------

BLUE = RichStyle(color="grey85", bgcolor="grey7")
ORG = RichStyle(color="aquamarine3", bgcolor="grey7", bold=True)


def test_a_repeated_frame_sends_nothing_but_the_cursor():
    frame = run(0, 0, [("Russia and ", BLUE), ("Turkey", ORG), (" agreed", BLUE)])
    frames = [frame, frame]
    out = optimised(frames)
    assert screen_cells(out) == screen_cells(frames)
    assert "Russia" not in out[1]
    assert len(out[1]) < 10


def test_only_the_changed_span_of_a_row_is_sent():
    before = run(2, 0, [("The zone will be patrolled by Turkish and Russian units.", BLUE)])
    after = run(2, 0, [("The zone will be patrolled by ", BLUE), ("Turkish", ORG),
                       (" and Russian units.", BLUE)])
    out = optimised([before, after])
    assert screen_cells(out) == screen_cells([before, after])
    assert out[1].startswith("\x1b[3;31H")  # straight to the changed word
    assert "patrolled" not in out[1] and "units" not in out[1]


def test_stream_ends_every_write_in_the_state_textual_leaves():
    out = optimised([run(0, 0, [("x", ORG)]), run(1, 0, [("y", BLUE)])])
    for data in out:
        assert data.endswith("\x1b[0m")


def test_unknown_sequences_pass_through_and_forget_the_screen():
    frame = run(0, 0, [("hello", BLUE)])
    odd = "\x1b[1;1H\x1b[2Jplain"  # a clear inside a run: not modelled
    frames = [frame, odd, frame]
    out = optimised(frames)
    assert out[1].endswith("\x1b[2Jplain")
    assert "hello" in out[2]  # sent again: the screen was forgotten
    assert screen_cells(out) == screen_cells(frames)


def test_alternate_screen_switch_forgets_the_screen():
    frame = run(0, 0, [("hello", BLUE)])
    out = optimised([frame, "\x1b[?1049l", "\x1b[?1049h", frame])
    assert "hello" in out[3]


def test_mode_writes_between_frames_keep_the_screen():
    frame = run(0, 0, [("hello", BLUE)])
    out = optimised([frame, "\x1b[?2026h", "\x1b[?25l", "\x1b]52;c;aGk=\x07", frame])
    assert "hello" not in out[4]


def test_wide_and_combining_characters_are_sent_as_they_are():
    frames = [run(0, 0, [("日本 e\u0301 ok", BLUE)]), run(0, 0, [("日本 e\u0301 ok", BLUE)]),
              run(0, 2, [("x", ORG)])]
    out = optimised(frames)
    assert "日本" in out[0] and "日本" in out[1]  # not modelled: never skipped
    assert screen_cells(out) == screen_cells(frames)


def test_invalidate_sends_everything_again():
    frame = run(0, 0, [("hello", BLUE)])
    wire = WireOptimizer()
    wire.process(frame)
    wire.invalidate()
    again = wire.process(frame)
    assert "hello" in again and again.startswith("\x1b[1;1H\x1b[0;")


colours = st.sampled_from(["grey85", "grey7", "aquamarine3", "red", "#102030", "bright_yellow", None])
styles = st.builds(
    lambda fg, bg, bold, italic, underline, reverse, strike: RichStyle(
        color=fg, bgcolor=bg, bold=bold, italic=italic, underline=underline, reverse=reverse, strike=strike),
    colours, colours, st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.booleans(),
) | st.none()
texts = st.lists(st.sampled_from(list("ab ·—’…▏▔日é") + ["e\u0301"]), min_size=1, max_size=8).map("".join)
segments = st.lists(st.tuples(texts, styles), min_size=1, max_size=5)
runs = st.tuples(st.integers(0, HEIGHT - 1), st.integers(0, WIDTH - 20), segments)
frames = st.lists(st.lists(runs, min_size=1, max_size=6), min_size=1, max_size=6)


def within_screen(x: int, segments: list[tuple[str, RichStyle | None]]) -> list[tuple[str, RichStyle | None]]:
    """The segments cut at the right edge: Textual crops every strip to the screen."""
    from rich.cells import cell_len

    room, kept = WIDTH - x, []
    for text, style in segments:
        while text and cell_len(text) > room:
            text = text[:-1]
        if text:
            kept.append((text, style))
            room -= cell_len(text)
    return kept or [(" ", None)]


def textual_frame(frame: list[tuple[int, int, list]], system: str) -> str:
    """Runs in row order, a newline after each row but the last: how Textual writes a frame."""
    frame = sorted(((y, x, within_screen(x, segs)) for y, x, segs in frame), key=lambda r: (r[0], r[1]))
    parts = []
    for n, (y, x, segs) in enumerate(frame):
        parts.append(run(y, x, segs, system))
        if n + 1 < len(frame) and frame[n + 1][0] != y:
            parts.append("\n")
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(frames, st.sampled_from(["256", "truecolor", "standard"]))
def test_any_sequence_of_frames_gives_the_same_screen(frame_runs, system):
    stream = [textual_frame(frame, system) for frame in frame_runs]
    out = optimised(stream)
    assert screen_cells(out) == screen_cells(stream)
    assert sum(map(len, out)) <= sum(map(len, stream)) + 8 * len(stream)


def test_colour_names_used_above_exist():
    for name in ("grey85", "grey7", "aquamarine3", "bright_yellow"):
        assert Color.parse(name)
