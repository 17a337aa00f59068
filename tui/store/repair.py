"""Repair a damaged journal without losing a byte: keep it aside, start afresh with the salvage.

Called by :meth:`Journal.append` with the exclusive lock held on the damaged
file, so no cooperating writer can append to it meanwhile; once the lock is
released, writers notice that the path names another inode and reopen it.
"""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from newsread.article.sanitize import display_path
from newsread.store.events import SCHEMA, make_header
from newsread.store.fileio import copy_exclusive, dumps, fsync_dir, write_all

if TYPE_CHECKING:
    from newsread.store.journal import Journal


def keep_aside(path: Path, fd: int) -> Path:
    """Give the damaged file a second name ``<name>.corrupt-<UTC time>[-N]`` (never overwriting)."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    for n in range(1, 1000):
        aside = path.with_name(f"{path.name}.corrupt-{stamp}" + (f"-{n}" if n > 1 else ""))
        try:
            os.link(path, aside)  # the very same bytes, under a name nothing will touch
            return aside
        except FileExistsError:
            continue
        except OSError:
            try:
                copy_exclusive(fd, aside)  # no hard links here: an exact copy instead
                return aside
            except FileExistsError:
                continue
    raise OSError(f"no free name to keep the damaged {path} aside")


def repair(journal: "Journal", fd: int) -> None:
    """Keep the damaged file aside; a fresh journal holds every salvaged event. Lock held."""
    path = journal.path
    aside = keep_aside(path, fd)
    header = dict(journal.header or {})
    if header.get("schema") != SCHEMA:
        header = make_header(journal.article, journal.sha)
    header["recovered_from"] = aside.name
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        out = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            write_all(out, dumps(header) + b"".join(dumps(e.data) for e in journal.events))
            os.fsync(out)
        finally:
            os.close(out)
        # rename swaps the name only: the damaged bytes live on under `aside`.
        os.rename(tmp, path)
    except OSError:
        # The damaged file is still in place, untouched: drop the half-written copy and
        # the extra name, so each failed attempt (disk full) leaves nothing behind.
        tmp.unlink(missing_ok=True)
        aside.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
    journal.warnings.append(
        display_path(
            f"{path} was damaged ({journal.damage}); kept as {aside}, "
            f"{len(journal.events)} event(s) carried over to a fresh journal"
        )
    )
    journal.moved_aside, journal.damage = aside, None
    journal.forget_file()  # the next catch-up re-reads the new file from the start
