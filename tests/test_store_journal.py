"""The annotation journal on disk: format, fsync, torn lines, damaged and foreign files."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from newsread.store import SCHEMA, Journal, JournalError, make_event
from newsread.store.events import TORN_MARKER

SHA = "0" * 64


def _event(i: int = 0, type: str = "entity.add", **fields):
    return make_event(type, article_sha=SHA, start=i, end=i + 3, text="abc", label="PERSON", **fields)


def _lines(path):
    return path.read_bytes().split(b"\n")


def test_append_creates_header_and_roundtrips(tmp_path):
    path = tmp_path / "a.txt.newsread.jsonl"
    j = Journal(path, article="a.txt", sha=SHA)
    j.load()
    assert not path.exists()  # nothing is created until the first edit
    made = [j.append(_event(i)) for i in range(3)]
    header = json.loads(_lines(path)[0])
    assert header["schema"] == SCHEMA and header["article"] == "a.txt" and header["sha256"] == SHA
    assert "created" in header
    again = Journal(path).load()
    assert [e.id for e in again.events] == [e.id for e in made]
    assert again.events[1].data == made[1].data
    assert again.warnings == [] and again.damage is None
    for line in _lines(path)[1:-1]:
        obj = json.loads(line)
        assert {"type", "id", "time", "user", "sha256", "start", "end", "text"} <= obj.keys()
        assert obj["time"].endswith("Z") and len(obj["id"]) == 32
    assert path.read_bytes().endswith(b"\n")


def test_append_fsyncs_the_journal_before_returning(tmp_path, monkeypatch):
    """A spy on the real os.write/os.fsync: the journal's fd is written, then fsynced."""
    path = tmp_path / "j.jsonl"
    calls = []
    real_write, real_fsync = os.write, os.fsync

    def target(fd):
        try:
            return os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            return None

    monkeypatch.setattr(os, "write", lambda fd, data: (calls.append(("write", target(fd))), real_write(fd, data))[1])
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append(("fsync", target(fd))), real_fsync(fd))[1])
    j = Journal(path, sha=SHA)
    calls.clear()
    j.append(_event())
    on_journal = [c for c, t in calls if t == str(path)]
    assert on_journal and on_journal[-1] == "fsync" and "write" in on_journal
    calls.clear()
    j.append(_event(5))
    assert [c for c, t in calls if t == str(path)] == ["write", "fsync"]
    # Durable for another process as soon as append() returned.
    out = subprocess.run(
        [sys.executable, "-c", "import sys; print(open(sys.argv[1]).read().count(chr(10)))", str(path)],
        capture_output=True, text=True, check=True,
    )
    assert out.stdout.strip() == "3"


def test_torn_last_line_is_skipped_kept_and_terminated_before_next_append(tmp_path):
    path = tmp_path / "j.jsonl"
    j = Journal(path, sha=SHA)
    first = [j.append(_event(i)) for i in range(2)]
    with open(path, "ab") as f:  # a crash in the middle of a write
        f.write(b'{"type":"entity.add","id":"deadbeef","sta')
    before = path.read_bytes()
    loaded = Journal(path).load()
    assert [e.id for e in loaded.events] == [e.id for e in first]
    assert any("torn last line" in w for w in loaded.warnings)
    assert loaded.damage is None
    assert path.read_bytes() == before  # reading never rewrites
    new = loaded.append(_event(9))
    after = path.read_bytes()
    assert after.startswith(before)  # the torn bytes are still there, nothing truncated
    final = Journal(path).load()
    assert [e.id for e in final.events] == [e.id for e in first] + [new.id]
    assert final.damage is None
    assert final.warnings == [] and any("torn line" in w for w in final.info)
    marker = [json.loads(x) for x in _lines(path) if TORN_MARKER.encode() in x]
    assert marker and marker[0]["offset"] == len(before) - len(b'{"type":"entity.add","id":"deadbeef","sta')
    # A stale in-memory journal (opened before the crash) appends safely too.
    j.append(_event(11))
    assert len(Journal(path).load().events) == 4


def test_complete_last_event_without_newline_is_kept(tmp_path):
    path = tmp_path / "j.jsonl"
    j = Journal(path, sha=SHA)
    j.append(_event(0))
    tail = _event(4)
    with open(path, "ab") as f:
        f.write(json.dumps(tail.data).encode())  # lost only its newline
    loaded = Journal(path).load()
    assert [e.id for e in loaded.events][-1] == tail.id
    loaded.append(_event(8))
    assert len(Journal(path).load().events) == 3


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda lines: lines[:2] + [b"{not json"] + lines[2:], id="invalid-line-in-middle"),
        pytest.param(lambda lines: [b"garbage header"] + lines[1:], id="bad-header"),
    ],
)
def test_damaged_journal_is_moved_aside_never_overwritten(tmp_path, damage):
    path = tmp_path / "j.jsonl"
    j = Journal(path, sha=SHA)
    made = [j.append(_event(i)) for i in range(3)]
    lines = path.read_bytes().rstrip(b"\n").split(b"\n")
    path.write_bytes(b"\n".join(damage(lines)) + b"\n")
    damaged = path.read_bytes()

    loaded = Journal(path, sha=SHA).load()
    assert loaded.damage  # detected ...
    assert [e.id for e in loaded.events] == [e.id for e in made]  # ... every valid event still shown
    assert path.read_bytes() == damaged  # ... and reading changes nothing

    new = loaded.append(_event(7))
    asides = list(tmp_path.glob("j.jsonl.corrupt-*"))
    assert len(asides) == 1 and asides[0].read_bytes() == damaged
    assert loaded.moved_aside == asides[0]
    assert any(str(asides[0]) in w for w in loaded.warnings)
    fresh = Journal(path).load()
    assert fresh.damage is None and fresh.warnings == []
    assert [e.id for e in fresh.events] == [e.id for e in made] + [new.id]
    assert fresh.header["recovered_from"] == asides[0].name


def test_second_repair_never_overwrites_first_aside(tmp_path):
    path = tmp_path / "j.jsonl"
    for _ in range(2):
        j = Journal(path, sha=SHA)
        j.append(_event())
        with open(path, "ab") as f:
            f.write(b"]]]\n")
        j = Journal(path, sha=SHA).load()
        j.append(_event(3))
    asides = sorted(tmp_path.glob("j.jsonl.corrupt-*"))
    assert len(asides) == 2
    assert all(b"]]]" in a.read_bytes() for a in asides)


@pytest.mark.parametrize(
    "content, why",
    [
        (b"Some article text.\nNot a journal at all.\n", "not a newsread annotation journal"),
        (b'{"schema": "newsread.annotations/2", "article": null}\n{"type":"x","id":"1"}\n', "newer newsread"),
        (b'{"schema": "other/1"}\n', "not a newsread annotation journal"),
    ],
)
def test_foreign_or_newer_files_are_refused_and_untouched(tmp_path, content, why):
    path = tmp_path / "notes.jsonl"
    path.write_bytes(content)
    with pytest.raises(JournalError, match=why):
        Journal(path).load()
    with pytest.raises(JournalError, match=why):
        Journal(path, sha=SHA).append(_event())
    assert path.read_bytes() == content
    assert list(tmp_path.iterdir()) == [path]


def test_unknown_event_types_are_kept(tmp_path):
    path = tmp_path / "j.jsonl"
    j = Journal(path, sha=SHA)
    j.append(_event())
    future = {"type": "entity.merge", "id": "f" * 32, "into": "x"}
    with open(path, "a") as f:
        f.write(json.dumps(future) + "\n")
    loaded = Journal(path).load()
    assert loaded.damage is None
    assert loaded.events[-1].type == "entity.merge" and not loaded.events[-1].known
    loaded.append(_event(2))
    assert json.dumps(future).encode() in path.read_bytes()


def test_empty_file_gets_a_header(tmp_path):
    path = tmp_path / "j.jsonl"
    path.touch()
    j = Journal(path, sha=SHA).load()
    assert j.events == []
    j.append(_event())
    assert json.loads(_lines(path)[0])["schema"] == SCHEMA
    assert len(Journal(path).load().events) == 1


def test_directory_is_refused(tmp_path):
    with pytest.raises(JournalError, match="not a regular file"):
        Journal(tmp_path).load()


def test_changed_and_reload_between_two_handles(tmp_path):
    path = tmp_path / "j.jsonl"
    a = Journal(path, sha=SHA).load()
    b = Journal(path, sha=SHA).load()
    assert not a.changed() and not b.changed()
    e1 = a.append(_event(1))
    assert not a.changed()  # our own write is not news
    assert b.changed()
    assert [e.id for e in b.reload()] == [e1.id]
    assert not b.changed()
    e2 = b.append(_event(2))
    e3 = a.append(_event(3))  # a catches up on e2 under the lock, before writing
    assert [e.id for e in a.events] == [e1.id, e2.id, e3.id]
    assert [e.id for e in a.reload()] == [e2.id]  # reported once, as new
    assert [e.id for e in b.reload()] == [e3.id]
    assert [e.id for e in a.events] == [e.id for e in b.events] == [e.id for e in Journal(path).load().events]


def test_fifo_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(JournalError, match="not a regular file"):
        Journal(fifo).load()
    with pytest.raises(JournalError, match="not a regular file"):
        Journal(fifo, sha=SHA).append(_event())


def test_lines_removed_outside_newsread_are_reported(tmp_path):
    path = tmp_path / "j.jsonl"
    a = Journal(path, sha=SHA)
    for i in range(3):
        a.append(_event(i))
    b = Journal(path).load()
    kept = b"\n".join(path.read_bytes().split(b"\n")[:2]) + b"\n"  # header + first event
    path.write_bytes(kept)  # someone edited the file by hand
    assert b.changed()
    b.reload()
    assert len(b.events) == 1
    assert any("2 annotation(s) are no longer in the file" in w for w in b.warnings)


def test_changed_survives_the_folder_becoming_a_file(tmp_path):
    """A polling UI calls changed() every second: it must answer, not raise, when the
    journal's folder is replaced by a file; reload() then reports the problem."""
    folder = tmp_path / "notes"
    folder.mkdir()
    path = folder / "j.jsonl"
    j = Journal(path, sha=SHA).load()
    j.append(_event(1))
    path.unlink()
    folder.rmdir()
    folder.write_text("not a folder")
    assert j.changed() is True
    j.reload()  # the vanished journal is reported, the events stay in memory
    assert [e.start for e in j.events] == [1]
    assert any("disappeared" in w for w in j.warnings)
