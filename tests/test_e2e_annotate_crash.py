"""End to end in a real terminal (tmux): annotate with the installed ``newsread``, kill it with
SIGHUP (a dropped SSH connection) and later with SIGKILL in the middle of a session, restart,
and find every edit the UI had shown as saved, in the journal (read with newsread.store) and
on the screen.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import sys
import time
from pathlib import Path

import pytest

from newsread.article import load_article
from newsread.store import AnnotationStore

from annotate_support import copy_seed
from conftest import SEED_DATE, require_tool
from e2e_support.tmux import Tmux

pytestmark = pytest.mark.e2e

NEWSREAD = Path(sys.executable).parent / "newsread"
READY = re.compile(r"\d+ quotes · \d+ actors\s*$", re.M)


class Reader:
    """One ``newsread`` run in its own tmux server; ``pid`` is the newsread process itself."""

    def __init__(self, article: Path, env: dict[str, str]) -> None:
        self.tmux = Tmux(120, 40, env=env)
        cmd = f"exec {shlex.quote(str(NEWSREAD))} {shlex.quote(str(article))} --date {SEED_DATE}"
        self.tmux.start(cmd)
        out = self.tmux._tmux("display-message", "-p", "-t", self.tmux.session, "#{pane_pid}")
        self.pid = int(out.stdout.strip())
        self.tmux.wait_for(lambda s: READY.search(s) is not None, timeout=90)

    def keys(self, *keys: str) -> None:
        for key in keys:
            if len(key) == 1 or key.startswith("literal:"):
                self.tmux.send_text(key.removeprefix("literal:"))
            else:
                self.tmux.send(key)
            time.sleep(0.05)

    def type(self, text: str) -> None:
        self.tmux.send_text(text)
        time.sleep(0.2)

    def editor(self, key: str, title: str) -> None:
        """Press ``key`` and wait for the editor titled ``title``: keys typed before a
        dialog is up go to the reader underneath (as they would for a very fast typist)."""
        self.keys(key)
        self.tmux.wait_for_text(title, timeout=10)

    def saved(self, needle: str, timeout: float = 15) -> str:
        """Wait until the annotation line says ``✓ saved …`` with ``needle``."""
        return self.tmux.wait_for(lambda s: any("✓ saved" in ln and needle in ln for ln in s.splitlines()), timeout)

    def to_status(self, key: str, needle: str, limit: int = 150) -> str:
        """Press ``key`` until the status line (second line from the bottom) contains ``needle``."""
        for _ in range(limit):
            self.keys(key)
            time.sleep(0.05)
            lines = self.tmux.capture().rstrip("\n").splitlines()
            if needle in lines[-2]:
                return lines[-2]
        raise AssertionError(f"never reached {needle!r} with {key!r}; screen:\n{self.tmux.capture()}")

    def kill(self, sig: int) -> None:
        os.kill(self.pid, sig)
        self.tmux.wait_for(lambda s: self.tmux.pane_dead(), timeout=15)

    def close(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.tmux.kill()


def journal_types(article: Path) -> list[tuple[str, str | None]]:
    """(type, span text) of every event, read back with the store (as newsread does)."""
    store = AnnotationStore.open(str(article), load_article(str(article)).text)
    assert store.error is None, store.error
    return [(e.type, e.text) for e in store.events]


def test_saved_edits_survive_sighup_and_sigkill(tmp_path):
    require_tool("tmux")
    assert NEWSREAD.exists(), f"newsread is not installed next to {sys.executable}"
    article = copy_seed(tmp_path)
    journal = article.with_name(article.name + ".newsread.jsonl")
    env = {
        "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    shown: list[tuple[str, str]] = []  # (event type, span text) the UI had shown as saved

    # -- session 1: three edits, then the terminal goes away (SIGHUP) -----------------
    run = Reader(article, env)
    try:
        run.to_status("}", "· Person · Vladimir Putin")
        run.editor("a", "choose its label")
        run.type("ORG")
        run.keys("Enter")
        run.saved("Person → Organisation “Vladimir Putin”")
        shown.append(("entity.relabel", "Vladimir Putin"))

        run.to_status("]", "Quote 2/")
        run.keys("x")
        screen = run.saved("rejected quote")
        quote = re.search(r"rejected quote “([^”]+)”", screen).group(1).rstrip("…")
        shown.append(("quote.remove", quote))

        # x leaves the cursor on the next quote, which now holds the number 2.
        run.tmux.wait_for(lambda s: "Quote 2/" in s.rstrip("\n").splitlines()[-2], timeout=5)
        run.editor("a", "Speaker of the quote")
        run.type("Jane Roe")
        run.keys("Enter")
        run.saved("→ Jane Roe")
        shown.append(("quote.speaker", None))
        run.kill(signal.SIGHUP)
    finally:
        run.close()
    events = journal_types(article)
    assert [t for t, _ in events] == [t for t, _ in shown]
    assert events[0][1] == "Vladimir Putin" and events[1][1].startswith(quote)

    # -- session 2: the edits are there; two more, then SIGKILL mid-edit -------------
    run = Reader(article, env)
    try:
        run.tmux.wait_for_text("3 annotation(s) applied")
        assert "· Organisation ·" in run.to_status("}", "Vladimir Putin")
        run.to_status("]", "Jane Roe")

        run.keys("/")
        run.type("demilitarized zone")
        run.keys("Enter", "v", "w")
        run.editor("a", "Add “demilitarized zone” as")
        run.type("entity fac")
        run.keys("Enter")
        run.saved("added Facility “demilitarized zone”")
        shown.append(("entity.add", "demilitarized zone"))

        run.editor("a", "choose its label")
        run.type("note")
        # the picker lists "✎ Add a note…" too: wait for what only the note editor shows
        run.editor("Enter", "enter save · esc cancel")
        run.type("ask about the map")
        run.keys("Enter")
        run.saved("note “ask about the map”")
        shown.append(("note", "demilitarized zone"))

        # One more edit typed, and the process killed before we look: it may or may not land.
        run.keys("}", "x")
        run.kill(signal.SIGKILL)
    finally:
        run.close()
    events = journal_types(article)
    assert [t for t, _ in events[: len(shown)]] == [t for t, _ in shown]
    assert [text for _, text in events[3:5]] == ["demilitarized zone", "demilitarized zone"]
    assert events[5:] in ([], [("entity.remove", events[5][1] if len(events) > 5 else None)])
    assert len(events) in (len(shown), len(shown) + 1)  # the last one whole or not at all
    raw = journal.read_bytes()
    assert raw.endswith(b"\n"), "fsync'd appends are whole lines"

    # -- session 3: everything the UI had shown as saved is on screen again ----------
    run = Reader(article, env)
    try:
        run.tmux.wait_for_text(f"{len(events)} annotation(s) applied")
        assert "· Organisation ·" in run.to_status("}", "Vladimir Putin")
        assert "· Facility ·" in run.to_status("}", "demilitarized zone")
        screen = run.tmux.wait_for_text("note: ask about the map")
        assert "this item: added" in screen
        run.keys("C-n")
        run.tmux.wait_for_text("ask about the map  —")
        run.keys("Escape")
        # Wait before the next key: ESC followed at once by "]" reads as the start of an OSC sequence.
        run.tmux.wait_for(lambda s: "Notes (1)" not in s, timeout=5)
        run.to_status("]", "Jane Roe")
    finally:
        run.close()


def test_keys_typed_at_once_are_handled_in_order(tmp_path):
    """'v w w' arriving in one read: the motions must not run before the selection starts."""
    require_tool("tmux")
    article = copy_seed(tmp_path)
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    run = Reader(article, env)
    try:
        run.to_status("}", "· Place · Russia")
        run.tmux.send("v", "w", "w")  # one send-keys: one burst of input
        run.tmux.wait_for_text("SELECT “Russia and Turkey” (3 words)", timeout=10)
        run.tmux.send("b", "b", "w")
        run.tmux.wait_for_text("SELECT “Russia and” (2 words)", timeout=10)
    finally:
        run.close()
    assert not article.with_name(article.name + ".newsread.jsonl").exists()  # selecting writes nothing
