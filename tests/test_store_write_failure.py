"""A journal write that fails leaves the journal as it was (issue #12, item 7).

A full disk cannot be produced on this machine (no small tmpfs to mount), so the
failure is provoked by the kernel instead: a child process lowers RLIMIT_FSIZE,
the per-process file size limit, to exactly the byte where the write must stop.
The kernel then really writes the bytes below the limit and fails the rest with
EFBIG, which is what a disk filling up mid-line does (a short write, then an
error). No Python function is patched.

On main, a limit one byte short of the line's end left a complete event without
its newline, which the next read keeps as applied: an edit reported NOT SAVED
came back. And a failed creation left its hidden ``.tmp`` file behind (so did a
failed repair of a damaged journal, plus one more ``.corrupt-`` name per attempt).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from newsread.analysis.model import Analysis
from newsread.store import AnnotationStore

TEXT = "Ann Lee met Bob Ray in Paris.\n"

# Runs in a child: RLIMIT_FSIZE must not touch pytest's own files.
CHILD = textwrap.dedent(
    """
    import json, os, resource, signal, sys
    from newsread.store import AnnotationError, AnnotationStore
    from newsread.store.events import make_event
    from newsread.store.fileio import dumps

    path, text, where = sys.argv[1], sys.argv[2], sys.argv[3]
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # report EFBIG instead of killing the process
    store = AnnotationStore.open(None, text, annotations=path)
    if where in ("creation", "repair"):
        limit = 10  # inside the header of the temporary file (a new journal, or a repaired one)
    else:
        # The very line the store is about to write: its length is fixed (uuid hex id,
        # millisecond ISO time), so the limit can stop the write one byte before its end.
        probe = make_event("note", article_sha=store.sha, start=None, end=None, text=None,
                           user=store.user, body="second")
        size = os.path.getsize(path)
        limit = size + len(dumps(probe.data)) - (1 if where == "newline" else 20)
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        store.add_note("second")
        outcome = {"saved": True}
    except AnnotationError as exc:
        outcome = {"saved": False, "error": str(exc)}
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
    outcome["size"] = os.path.getsize(path) if os.path.exists(path) else None
    print(json.dumps(outcome))
    """
)


def fail_a_write(path: Path, where: str) -> dict:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), TEXT, where],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def notes(path: Path) -> list[str]:
    return [n.body for n in AnnotationStore.open(None, TEXT, annotations=path).apply(Analysis(text=TEXT)).notes]


def test_a_write_failing_at_the_final_newline_is_cut_back_and_never_applied(tmp_path):
    path = tmp_path / "a.jsonl"
    AnnotationStore.open(None, TEXT, annotations=path).add_note("first")
    before = path.read_bytes()
    outcome = fail_a_write(path, "newline")
    assert outcome["saved"] is False and "could not save" in outcome["error"]
    assert path.read_bytes() == before  # the line short of its newline is gone
    assert notes(path) == ["first"]  # reported NOT SAVED: it does not come back
    store = AnnotationStore.open(None, TEXT, annotations=path)
    store.add_note("third")  # the next edit starts cleanly, with no torn-line marker
    assert notes(path) == ["first", "third"]
    assert store.warnings == [] and "journal.torn" not in path.read_text(encoding="utf-8")


def test_a_write_failing_mid_line_is_cut_back_too(tmp_path):
    path = tmp_path / "a.jsonl"
    AnnotationStore.open(None, TEXT, annotations=path).add_note("first")
    before = path.read_bytes()
    assert fail_a_write(path, "middle")["saved"] is False
    assert path.read_bytes() == before
    assert AnnotationStore.open(None, TEXT, annotations=path).warnings == []  # no torn line to report


def test_failed_creation_leaves_no_hidden_temporary_file(tmp_path):
    path = tmp_path / "a.jsonl"
    outcome = fail_a_write(path, "creation")
    assert outcome["saved"] is False and outcome["size"] is None
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    AnnotationStore.open(None, TEXT, annotations=path).add_note("later")  # creation works once there is room
    assert notes(path) == ["later"]


def test_failed_repair_leaves_the_damaged_journal_as_it_was_and_nothing_else(tmp_path):
    path = tmp_path / "a.jsonl"
    AnnotationStore.open(None, TEXT, annotations=path).add_note("first")
    with open(path, "ab") as f:
        f.write(b"not json at all\n")  # damage in the middle: the next edit repairs the journal
    damaged = path.read_bytes()
    assert fail_a_write(path, "repair")["saved"] is False
    assert path.read_bytes() == damaged
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl"]
    AnnotationStore.open(None, TEXT, annotations=path).add_note("later")  # the repair works with room
    assert notes(path) == ["first", "later"]
    assert len(list(tmp_path.glob("a.jsonl.corrupt-*"))) == 1
