"""The reader over a real SSH session: sshd on 127.0.0.1, ``ssh -tt`` in a 120x40 tmux pane.

What a user on a remote machine does: log in, read, jump (``]``, ``s``, ``/``),
annotate, lose the connection (the ssh client is killed), log in again and find
every saved annotation. The remote newsread gets private HOME and XDG folders
on its command line, so the user's own config is never read.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import sys
import time
from pathlib import Path

import pytest

from newsread.ui.speech import kind_words

from conftest import SEED, SEED_DATE, require_tool
from e2e_support.sshd import start_sshd
from e2e_support.tmux import Tmux

pytestmark = pytest.mark.e2e

NEWSREAD = Path(sys.executable).parent / "newsread"
WIDTH, HEIGHT = 120, 40
NEW_SPEAKER = "Zed Quill"  # a speaker the article never names


def status_line(screen: str) -> str:
    """The reader's status line: the row above the one-line footer."""
    lines = screen.split("\n")
    return lines[HEIGHT - 2].strip() if len(lines) >= HEIGHT else ""


def remote_command(workdir: Path, article: Path) -> str:
    """The command line run on the server: private HOME/XDG dirs, the installed console script."""
    env = {
        "HOME": workdir / "home",
        "XDG_CONFIG_HOME": workdir / "config",
        "XDG_DATA_HOME": workdir / "data",
        "XDG_CACHE_HOME": workdir / "cache",
        "LANG": "C.UTF-8",
    }
    for path in env.values():
        if isinstance(path, Path):
            path.mkdir(parents=True, exist_ok=True)
    assigns = [f"{k}={shlex.quote(str(v))}" for k, v in env.items()]
    return " ".join(["env", *assigns, shlex.quote(str(NEWSREAD)), shlex.quote(str(article)), "--date", SEED_DATE])


def pane_pid(tmux: Tmux) -> int:
    out = tmux._tmux("display-message", "-p", "-t", tmux.session, "#{pane_pid}")
    return int(out.stdout.strip())


def remote_readers(marker: str) -> list[int]:
    """pids of newsread processes whose command line names our private article (ours only)."""
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if any(marker.encode() == part for part in cmdline) and any(b"newsread" in p for p in cmdline[:2]):
            pids.append(int(proc.name))
    return pids


def saved_events(article: Path, text: str):
    from newsread.store import AnnotationStore

    return AnnotationStore.open(str(article), text).events


def connect(server, command: str) -> Tmux:
    tmux = Tmux(WIDTH, HEIGHT, {"TERM": "xterm-256color"})
    # exec: the pane's process *is* the ssh client, so its pid is the one to kill.
    tmux.start("exec " + shlex.join(server.ssh_argv(command)))
    return tmux


def test_read_annotate_drop_and_reconnect_over_ssh(tmp_path, seed_analysis):
    for tool in ("sshd", "ssh", "ssh-keygen", "tmux"):
        if tool == "sshd" and Path("/usr/sbin/sshd").exists():
            continue
        require_tool(tool)
    assert NEWSREAD.exists(), f"the console script {NEWSREAD} is not installed"
    work = tmp_path / "remote"
    article = work / "articles" / "idlib.txt"
    article.parent.mkdir(parents=True)
    shutil.copyfile(SEED, article)  # a writable folder: the journal goes beside the article
    text = seed_analysis.text
    quotes = sorted(seed_analysis.quotes, key=lambda q: q.start)
    first = quotes[0]
    command = remote_command(work, article)
    marker = str(article)

    server = start_sshd(tmp_path / "sshd")
    sessions: list[Tmux] = []
    try:
        tmux = connect(server, command)
        sessions.append(tmux)
        tmux.wait_for(lambda s: f"{len(quotes)} quotes" in s, timeout=90)
        screen = tmux.capture()
        assert "Actors" in screen and first.text.split()[0] in text

        # ] : the first quote, named on the status line.
        tmux.send("]")
        status = f"Quote 1/{len(quotes)} · {kind_words(first, first.start, first.end)[-1]}"  # its kind, shortest
        screen = tmux.wait_for_text(status)
        assert (first.speaker_name or "unattributed") in next(line for line in screen.splitlines() if status in line)
        # s : the mention that names its speaker.
        tmux.send("s")
        screen = tmux.wait_for_text(f"Speaker of quote 1/{len(quotes)}")
        if first.speaker_start is not None:
            mention = text[first.speaker_start : first.speaker_end]
            assert mention.split()[0] in screen
        # / : a plain-text search, counted from the text itself.
        needle = "Idlib"
        tmux.send("/")
        tmux.wait_for_text("search (plain text")
        tmux.send_text(needle)
        tmux.send("Enter")
        # Counted from the text itself; the first match shown is the one after the cursor.
        found = re.compile(rf"Match \d+/{text.casefold().count(needle.casefold())} · “{needle}”")
        tmux.wait_for(lambda s: found.search(s) is not None)

        # Annotate: a new speaker for the next quote (a, type a name, enter), reject the one after (x).
        # Each edit is fsynced before the annotation line says "saved".
        tmux.send("Escape")  # leave the search
        tmux.wait_for(lambda s: "“Idlib”" not in status_line(s))
        tmux.send("]")
        tmux.wait_for(lambda s: status_line(s).startswith("Quote "))
        tmux.send("a")
        tmux.wait_for_text("Speaker of the quote")
        tmux.send_text(NEW_SPEAKER)
        tmux.wait_for_text(f"New speaker “{NEW_SPEAKER}”")
        tmux.send("Enter")
        tmux.wait_for(lambda s: f"· {NEW_SPEAKER} (confirmed)" in status_line(s) and "✓ saved" in s)
        tmux.send("]")
        tmux.wait_for(lambda s: status_line(s).startswith("Quote ") and NEW_SPEAKER not in status_line(s))
        tmux.send("x")
        tmux.wait_for(lambda s: f"{len(quotes) - 1} quotes" in status_line(s) and "✓ saved" in s)
        saved = saved_events(article, text)
        assert [e.type for e in saved] == ["quote.speaker", "quote.remove"]

        # Drop the connection: kill the ssh client, as a lost network would.
        assert remote_readers(marker), "the remote newsread should be running before the drop"
        os.kill(pane_pid(tmux), signal.SIGKILL)
        tmux.wait_for(lambda s: tmux.pane_dead(), timeout=10)
        # sshd hangs up the remote session: the reader must not linger on the server.
        deadline = time.monotonic() + 15
        while remote_readers(marker) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert remote_readers(marker) == [], "the remote newsread kept running after the connection dropped"
        tmux.kill()

        # Reconnect: the same article, every saved annotation still there, on disk and on screen.
        assert [e.id for e in saved_events(article, text)] == [e.id for e in saved]
        tmux = connect(server, command)
        sessions.append(tmux)
        screen = tmux.wait_for(lambda s: f"{len(quotes) - 1} quotes" in status_line(s), timeout=90)
        assert NEW_SPEAKER in screen, "the new speaker is missing from the sidebar after reconnecting"
        assert [e.id for e in saved_events(article, text)] == [e.id for e in saved]
        tmux.send("q")
        tmux.wait_for(lambda s: tmux.pane_dead(), timeout=15)
    finally:
        for session in sessions:
            session.kill()
        server.stop()
        for pid in remote_readers(marker):  # only readers started by this test (our private path)
            os.kill(pid, signal.SIGKILL)
