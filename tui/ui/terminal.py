"""Keyboard input when the article itself came on standard input (``newsread -``)."""

from __future__ import annotations

import os
import sys


def attach_terminal_input() -> bool:
    """Read keys from the controlling terminal when stdin was a pipe; True if it was re-attached.

    Textual reads keys from file descriptor 0. After ``cat a.txt | newsread -``
    that is the exhausted pipe, and the keys would be echoed by the terminal
    instead of reaching the app, so /dev/tty takes its place.
    """
    stdin = sys.__stdin__
    if stdin is None or stdin.isatty():
        return False
    try:
        fd = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        return False  # no controlling terminal: Textual reports that itself
    try:
        os.dup2(fd, stdin.fileno())
    finally:
        os.close(fd)
    return True
