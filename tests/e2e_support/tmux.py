"""A real terminal for end-to-end tests: a tmux server on a private socket."""

from __future__ import annotations

import os
import subprocess
import time
import uuid


class Tmux:
    """One detached tmux session on its own socket (so tests never touch the user's tmux)."""

    def __init__(self, width: int = 120, height: int = 40, env: dict[str, str] | None = None):
        self.socket = f"newsread-test-{uuid.uuid4().hex[:8]}"
        self.width, self.height = width, height
        self.env = {**os.environ, **(env or {})}
        self.session = "t"

    def _tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=check, env=self.env
        )

    def start(self, command: str) -> "Tmux":
        """Start ``command`` (a shell command line) in a new session of the given size."""
        self._tmux(
            "-f", "/dev/null", "new-session", "-d", "-s", self.session,
            "-x", str(self.width), "-y", str(self.height), command,
        )
        # Keep the pane after the program exits so a crash can still be read.
        self._tmux("set-option", "-t", self.session, "remain-on-exit", "on")
        self._tmux("set-option", "-s", "escape-time", "10")
        return self

    def send(self, *keys: str) -> None:
        self._tmux("send-keys", "-t", self.session, *keys)

    def send_text(self, text: str) -> None:
        self._tmux("send-keys", "-t", self.session, "-l", text)

    def capture(self, escapes: bool = False) -> str:
        args = ["capture-pane", "-p", "-t", self.session]
        if escapes:
            args.append("-e")
        return self._tmux(*args).stdout

    def pane_dead(self) -> bool:
        out = self._tmux("display-message", "-p", "-t", self.session, "#{pane_dead}", check=False)
        return out.stdout.strip() == "1"

    def wait_for(self, predicate, timeout: float = 30.0, interval: float = 0.1) -> str:
        """Poll the screen until ``predicate(screen_text)`` holds; return that screen."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.capture()
            if predicate(screen):
                return screen
            time.sleep(interval)
        raise AssertionError(f"timed out after {timeout}s waiting on the screen; last screen:\n{screen}")

    def wait_for_text(self, needle: str, timeout: float = 30.0) -> str:
        return self.wait_for(lambda s: needle in s, timeout=timeout)

    def kill(self) -> None:
        self._tmux("kill-server", check=False)

    def __enter__(self) -> "Tmux":
        return self

    def __exit__(self, *exc) -> None:
        self.kill()
