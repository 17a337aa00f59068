"""The installed command on bad input: one line on stderr, exit status 2, never a traceback.

Runs ``python -m newsread`` as a subprocess, as a user would. The reader
command fails before the UI starts, so those cases are fast; the two
``extract`` runs load the real spaCy model and are kept to a minimum.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest


def run(args: list[str], tmp_path: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"), NO_COLOR="1")
    return subprocess.run(
        [sys.executable, "-m", "newsread", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True, env=env, timeout=300, cwd=tmp_path,
    )


def assert_one_line_error(out: subprocess.CompletedProcess, expected: str) -> None:
    """Exit 2, nothing on stdout, stderr one line "newsread: ..." matching the regex ``expected``."""
    stderr = out.stderr.decode("utf-8", errors="replace")
    assert out.returncode == 2, stderr
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert re.fullmatch(f"newsread: {expected}", lines[0]), lines[0]
    assert out.stdout == b""


def make(tmp_path: Path, case: str) -> tuple[str, str]:
    """(path argument, regex for the message after "newsread: ") for each kind of bad input."""
    if case == "missing":
        return "absent.txt", re.escape("absent.txt: no such file")
    if case == "directory":
        # The reader opens every article in a folder; one holding none is an error.
        (tmp_path / "folder").mkdir()
        (tmp_path / "folder" / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00")
        return "folder", r"folder: .+"
    if case == "binary":
        (tmp_path / "image.txt").write_bytes(b"GIF89a\x01\x00\x01\x00\x00\xff\x00,")
        return "image.txt", re.escape("image.txt: looks like a binary file, not text")
    if case == "empty":
        (tmp_path / "blank.md").write_bytes(b"\n  \n")
        return "blank.md", re.escape("blank.md is empty")
    raise AssertionError(case)


@pytest.mark.parametrize("case", ["missing", "directory", "binary", "empty"])
def test_reader_bad_input(tmp_path, case):
    path, tail = make(tmp_path, case)
    assert_one_line_error(run([path], tmp_path), tail)


def test_extract_missing_file(tmp_path):
    assert_one_line_error(run(["extract", "gone.md", "--json"], tmp_path), re.escape("gone.md: no such file"))


def test_extract_empty_folder_exit_2_says_folder(tmp_path):
    """#16 item 12: ``newsread extract emptydir`` exited 1 saying "directory"; the README promises 2."""
    (tmp_path / "emptydir").mkdir()
    assert_one_line_error(run(["extract", "emptydir"], tmp_path), r"emptydir: no articles in this folder \(looked for .+\)")


def test_extract_invalid_utf8_warns_and_succeeds(tmp_path):
    (tmp_path / "latin1.txt").write_bytes(
        "Ferry back\n\n\u201cIt is here,\u201d said Ana Ruiz. Caf\xe9 owners cheered.".encode("utf-8").replace(
            "é".encode("utf-8"), b"\xe9"
        )
    )
    out = run(["extract", "latin1.txt", "--json"], tmp_path)
    stderr = out.stderr.decode("utf-8")
    assert out.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert "newsread: warning: input is not valid UTF-8: 1 byte replaced" in stderr
    data = json.loads(out.stdout)
    assert "Caf\ufffd owners" in data["text"]


def test_extract_stdin_with_escape_sequences(tmp_path):
    evil = "Alert\x1b[2J\x1b]0;owned\x07\n\nThe \u202eminister\u202c said \x1b[31m\u201cno\u201d\x1b[0m today.\n"
    out = run(["extract", "-", "--json"], tmp_path, stdin=evil.encode("utf-8"))
    stderr = out.stderr.decode("utf-8")
    assert out.returncode == 0, stderr
    assert "newsread: warning: removed 7 control characters" in stderr
    assert b"\x1b" not in out.stdout and b"\\u001b" not in out.stdout
    data = json.loads(out.stdout)
    assert "\x1b" not in data["text"] and "\u202e" not in data["text"]
    assert data["text"].startswith("Alert[2J]0;owned\n\nThe minister said [31m\u201cno\u201d[0m today.")
