"""Strings from a shared journal, the environment, a config or a file name never reach a terminal raw.

Issue #12, item 1: a speaker name holding ``ESC]0;PWNED BEL ESC[2J`` retitled the
tmux pane and cleared the screen from ``newsread extract``'s summary and from the
reader (sidebar, status line, notes list). Every such string is now cleaned like
article text where the journal is read, and the outputs pass the same sanitiser.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsread.store import AnnotationStore

from conftest import require_tool
from e2e_support.tmux import Tmux
from test_e2e_tmux import newsread_command

TEXT = 'Ann Lee met Bob Ray in Paris.\n\n"We will win," Ann Lee said.\n'
QUOTE = "We will win,"
EVIL_NAME = "Evil\x1b]0;PWNED\x07\x1b[2J[bold]Boss[/bold]"
EVIL_NOTE = "see \x1b]8;;http://x.example/\x07here\x1b]8;;\x07 \u202eevil\u202c \x9b31m and \x1b]52;c;aGk=\x07"
EVIL_USER = "mal\x1b]0;PWNED-USER\x07"
EVIL_LABEL = "GPE\x1b[2J\x1b]0;PWNED-LABEL\x07"
# What may never appear in anything written to a terminal (C1 CSI included).
FORBIDDEN = ("\x1b]", "\x07", "\u202e", "\u202c", "\x9b", "\x1b[2J[bold]")


def span(sub: str) -> tuple[int, int]:
    i = TEXT.index(sub)
    return i, i + len(sub)


def hostile_lines() -> list[str]:
    """Events as another writer (an older newsread, a script, a colleague) could put in the journal."""
    base = {"time": "2026-01-01T00:00:00.000Z", "user": EVIL_USER, "sha256": None}
    q, paris = span(QUOTE), span("Paris")
    events = [
        {**base, "type": "quote.speaker", "id": "1" * 32, "start": q[0], "end": q[1], "text": QUOTE,
         "speaker": None, "speaker_name": EVIL_NAME, "cue": "said\x1b]0;PWNED-CUE\x07"},
        {**base, "type": "entity.relabel", "id": "2" * 32, "start": paris[0], "end": paris[1], "text": "Paris",
         "label": EVIL_LABEL, "old_label": "GPE"},
        {**base, "type": "note", "id": "3" * 32, "start": paris[0], "end": paris[1], "text": "Paris", "body": EVIL_NOTE},
    ]
    return [json.dumps(e, ensure_ascii=False) for e in events]


def write_hostile_journal(article: Path) -> Path:
    journal = article.with_name(article.name + ".newsread.jsonl")
    store = AnnotationStore.open(str(article), TEXT)
    store.add_entity(*span("Bob Ray"), "PERSON")  # creates the journal (header) like any session
    with open(journal, "a", encoding="utf-8") as f:
        for line in hostile_lines():
            f.write(line + "\n")
    return journal


def assert_clean(output: str) -> None:
    for bad in FORBIDDEN:
        assert bad not in output, f"{bad!r} reached the output"


@pytest.fixture
def env(tmp_path):
    return {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config")}


def run_extract(env, *args) -> subprocess.CompletedProcess:
    return subprocess.run([newsread_command(), "extract", *map(str, args)], capture_output=True, text=True, env=env)


def test_store_api_speaker_name_with_escapes_never_reaches_extract_output(tmp_path, env):
    """The reproduction from the issue: `newsread extract a.txt | grep -c $'\\e]0;PWNED'` printed 2."""
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    store = AnnotationStore.open(str(article), TEXT)
    store.set_speaker(*span(QUOTE), speaker_name="Evil\x1b]0;PWNED\x07\x1b[2J")
    raw = article.with_name("a.txt.newsread.jsonl").read_text(encoding="utf-8")
    assert "\x1b" not in raw  # the store writes what it would read back: cleaned
    out = run_extract(env, article)
    assert out.returncode == 0, out.stderr
    assert "\x1b" not in out.stdout + out.stderr
    assert "Evil]0;PWNED[2J" in out.stdout  # the name is kept, only the control characters go


def test_hostile_journal_lines_are_cleaned_for_extract_summary_and_json(tmp_path, env):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    write_hostile_journal(article)
    out = run_extract(env, article)
    assert out.returncode == 0, out.stderr
    assert_clean(out.stdout + out.stderr)
    assert "\x1b" not in out.stdout + out.stderr
    assert "[bold]Boss[/bold]" in out.stdout  # markup-like text is shown as typed
    assert "removed" in out.stderr and "control characters" in out.stderr  # said, not silent
    data = run_extract(env, article, "--json")
    assert data.returncode == 0, data.stderr
    analysis = json.loads(data.stdout)
    names = [q["speaker_name"] for q in analysis["quotes"]]
    assert "Evil]0;PWNED[2J[bold]Boss[/bold]" in names
    assert_clean(json.dumps(analysis, ensure_ascii=False))


def test_store_reads_every_string_cleaned(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    write_hostile_journal(article)
    store = AnnotationStore.open(str(article), TEXT)
    for event in store.events:
        assert_clean(json.dumps(event.data, ensure_ascii=False))
        assert "\x1b" not in json.dumps(event.data, ensure_ascii=False)
    assert {e.user for e in store.events} >= {"mal]0;PWNED-USER"}


def test_user_from_the_environment_and_escapes_in_file_and_config_names(tmp_path, env):
    folder = tmp_path / "d\x1b]0;PWNED-DIR\x07"
    folder.mkdir()
    article = folder / "a\x1b]0;PWNED-FILE\x07.txt"
    article.write_text(TEXT, encoding="utf-8")
    config = Path(env["XDG_CONFIG_HOME"]) / "newsread"
    config.mkdir(parents=True)
    (config / "config.toml").write_text('[keys]\n"x\\u001b]0;PWNED-KEY\\u0007" = "a"\n', encoding="utf-8")
    script = (
        "import sys\n"
        "from newsread.store import AnnotationStore\n"
        f"s = AnnotationStore.open(sys.argv[1], {TEXT!r})\n"
        "s.add_note('hello', 0, 3)\n"
        "print(s.events[-1].user)\n"
    )
    made = subprocess.run([sys.executable, "-c", script, str(article)], capture_output=True, text=True,
                          env={**env, "USER": "eve\x1b]0;PWNED-ENV\x07"})
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == "eve]0;PWNED-ENV"
    out = run_extract(env, article)
    assert out.returncode == 0, out.stderr
    assert "\x1b" not in out.stdout + out.stderr and "\x07" not in out.stdout + out.stderr
    from newsread.ui.config import load_config

    errors = load_config(config / "config.toml", known_ids={"quote.next"}).errors
    assert errors and not any("\x1b" in e or "\x07" in e for e in errors)


# ------------------------------------------------------------- real terminal
def entity_position(screen: str) -> str | None:
    """The status line's ``Entity k/n · label · text`` when the cursor is on an entity."""
    return next((line.strip() for line in screen.splitlines() if line.strip().startswith("Entity ")
                 and "/" in line and "·" in line), None)


@pytest.mark.e2e
def test_reader_in_tmux_shows_hostile_journal_strings_as_text(tmp_path):
    """Sidebar, status line and notes list: no pane retitle, no raw escape in the bytes sent."""
    require_tool("tmux")
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    write_hostile_journal(article)
    raw_log, go = tmp_path / "pane.raw", tmp_path / "go"
    env = (f"XDG_CONFIG_HOME={tmp_path}/config XDG_CACHE_HOME={tmp_path}/cache XDG_DATA_HOME={tmp_path}/data "
           "TERM=xterm-256color")
    # The reader starts only once pipe-pane records the pane: every byte it writes is in raw_log.
    command = f"while [ ! -e {go} ]; do sleep 0.05; done; env {env} {newsread_command()} {article}; sleep 30"
    with Tmux(width=120, height=30) as tmux:
        tmux.start(command)
        tmux._tmux("set-option", "-t", tmux.session, "allow-rename", "on")
        title_before = tmux._tmux("display-message", "-p", "-t", tmux.session, "#{pane_title}").stdout
        tmux._tmux("pipe-pane", "-o", "-t", tmux.session, f"cat >> {raw_log}")
        go.touch()
        tmux.wait_for(lambda s: "People" in s and "Evil]0;PWNED[2J[bold]" in s)  # sidebar: the name as typed
        tmux.send("]")
        screen = tmux.wait_for(lambda s: "Quote 1/" in s)
        status = [line for line in screen.splitlines() if "Quote 1/" in line]
        assert any("Evil]0;PWNED[2J[bold]Boss[/bold]" in line for line in status)
        tmux.send("C-n")  # the notes list: body and user
        screen = tmux.wait_for(lambda s: "Notes (1)" in s)
        assert "see ]8;;http://x.example/here]8;; evil" in screen
        assert "mal]0;PWNED-USER" in screen
        tmux.send("Escape")
        tmux.wait_for(lambda s: "Notes (1)" not in s)  # an Esc glued to the next key reads as alt+key
        shown = None
        for _ in range(8):  # entities, up to the relabelled "Paris": its label in the status line
            tmux.send("}")
            screen = tmux.wait_for(lambda s, before=shown: entity_position(s) not in (None, before))
            shown = entity_position(screen)
            if "Paris" in shown:
                break
        assert "GPE[2J]0;PWNED-LABEL" in shown
        tmux.send("q")
        tmux.wait_for(lambda s: "Actors" not in s)
        title_after = tmux._tmux("display-message", "-p", "-t", tmux.session, "#{pane_title}").stdout
    raw = raw_log.read_bytes().decode("utf-8", errors="replace")
    assert "PWNED" not in title_after and title_after == title_before
    assert "Boss" in raw  # the log did record the reader
    for sequence in ("\x1b]0;", "\x1b]2;", "\x1b]52;", "\x1b]8;", "\u202e", "\x9b"):
        assert sequence not in raw, f"{sequence!r} was written to the terminal"
    assert "\x1b[2J[bold]" not in raw
    # The only BELs are those ending Textual's own pointer-shape requests (OSC 22).
    assert "\x07" not in re.sub("\x1b]22;[a-z-]*\x07", "", raw)
