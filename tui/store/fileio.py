"""Low-level file helpers for the journal: whole writes, whole reads, directory fsync."""

from __future__ import annotations

import json
import os
from pathlib import Path


def dumps(obj: dict) -> bytes:
    # ensure_ascii=False keeps article text readable; json escapes "\n", so one object = one line.
    return (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def read_from(fd: int, offset: int) -> bytes:
    chunks = []
    while True:
        chunk = os.pread(fd, 1 << 20, offset)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        offset += len(chunk)


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems refuse fsync on directories; the file itself is synced
    finally:
        os.close(fd)


def copy_exclusive(fd: int, dest: Path) -> None:
    """Copy the whole file behind ``fd`` to a new file ``dest`` (never overwriting)."""
    data = read_from(fd, 0)
    out = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        write_all(out, data)
        os.fsync(out)
    finally:
        os.close(out)
