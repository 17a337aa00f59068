"""The append-only annotation journal (JSON Lines with a header).

Durability rules, in order of importance:

* ``append()`` returns only after the line is written and ``os.fsync``-ed, under
  an exclusive ``fcntl.flock``; one ``write`` per line on an ``O_APPEND``
  descriptor, so two processes never interleave or lose an event.
* Nothing is ever rewritten in place, and nothing another process wrote is
  truncated. A write of ours that fails (disk full, quota, I/O error) is cut
  back to the size the file had before it, under the same lock: an edit
  reported as not saved must not come back applied on the next read, as a
  line short only of its newline would. A torn last line (crash,
  lost SSH connection) is skipped on read with a warning and left in the file;
  the next append first terminates it with ``"\\n"`` and a ``journal.torn``
  marker line naming its offset, so readers can tell that benign damage from
  real corruption and the new event starts on a line of its own.
* Creating the journal is atomic: the header is written and fsynced to a
  temporary file which is hard-linked into place (``link`` fails if another
  process won the race, and then its journal is used). The temporary file is
  removed whether or not that succeeds.
* A damaged journal (a header that is not one, an invalid line in the middle
  that no torn marker explains) is read in memory as far as it goes (every
  valid event is shown) and left untouched until the first write. That write
  keeps the damaged file byte for byte as ``<name>.corrupt-<UTC time>``,
  starts a fresh journal holding every salvaged event plus the new one, and
  reports both paths in ``warnings``: the user's visible work survives and
  the original stays available for inspection.
* A file that is not a newsread journal at all, or one written with a newer
  schema version, is refused (:class:`JournalError`) and never touched.
"""

from __future__ import annotations

import fcntl
import os
import stat
import threading
import uuid
from pathlib import Path

from newsread.article.sanitize import display_path, removed_warning
from newsread.store.events import (
    SCHEMA,
    SCHEMA_PREFIX,
    TORN_MARKER,
    Event,
    current_user,
    make_header,
    now_iso,
)
from newsread.store.fileio import dumps, fsync_dir, read_from, write_all
from newsread.store.lines import Parsed, parse_lines


class JournalError(Exception):
    """The journal cannot be used (not a journal, newer schema, unreadable). One line."""

    def __init__(self, message: str) -> None:
        # Paths and schema names come from file names and file contents: escapes shown as text.
        super().__init__(display_path(message))


class Journal:
    """One journal file: its header, its events in file order, and appends to it.

    ``article`` and ``sha`` describe the article for the header written when
    the journal is first created (creation is lazy: on the first append).
    """

    def __init__(self, path: str | os.PathLike, *, article: str | None = None, sha: str | None = None):
        self.path = Path(path)
        self.article = article
        self.sha = sha
        self.header: dict | None = None
        self.events: list[Event] = []
        self.warnings: list[str] = []  # for the user: damage, torn tails, outside edits
        self.info: list[str] = []  # benign history (torn lines already terminated by a marker)
        self.damage: str | None = None  # why the file is damaged (it is repaired on the next append)
        self.moved_aside: Path | None = None  # where a damaged file was kept
        self._ids: set[str] = set()
        self._pending: list[Event] = []  # foreign events read during an append, for reload()
        self._ino: tuple[int, int] | None = None  # (st_dev, st_ino) of the file we read
        self._pos = 0  # byte offset just after the last complete line consumed
        self._sig: tuple | None = None  # (dev, ino, size, mtime_ns) after the last read/write
        # flock serialises processes; this serialises threads sharing this object (UI + worker).
        self._mutex = threading.RLock()

    # ------------------------------------------------------------------ reading
    def load(self) -> "Journal":
        """Read the whole file (if it exists). Raises JournalError for a file it must not use."""
        self.reload()
        self._pending.clear()  # the first load is not "new" events
        return self

    def changed(self) -> bool:
        """Cheap check (one stat) whether reload() would find something new."""
        if self._pending:
            return True
        try:
            st = os.stat(self.path)
        except (FileNotFoundError, NotADirectoryError):
            # NotADirectoryError: the journal's folder was replaced by a file.
            return self._ino is not None
        except OSError:
            return True  # let reload() say what is wrong
        return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns) != self._sig

    def reload(self) -> list[Event]:
        """Read what other processes appended since the last read; return the new events."""
        with self._mutex:
            return self._reload()

    def _reload(self) -> list[Event]:
        try:
            # O_NONBLOCK: a FIFO given as --annotations must not hang the reader.
            fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)
        except (FileNotFoundError, NotADirectoryError):
            if self._ino is not None:
                self._warn(f"{self.path} disappeared; annotations shown are from memory")
                self._ino = self._sig = None
            return self._take_pending()
        except OSError as exc:
            raise JournalError(f"cannot read {self.path}: {exc.strerror}") from None
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise JournalError(f"{self.path} is not a regular file")
            fcntl.flock(fd, fcntl.LOCK_SH)  # never observe half of another process's write
            try:
                self._catch_up(fd)
            except OSError as exc:
                raise JournalError(f"cannot read {self.path}: {exc.strerror or exc}") from None
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
        return self._take_pending()

    def _warn(self, message: str) -> None:
        message = display_path(message)  # it names the file, whose name may hold escapes
        # Reloads re-read a torn tail until it is terminated: say it once.
        if message not in self.warnings:
            self.warnings.append(message)

    def forget_file(self) -> None:
        """Re-read the file from the start next time (it was replaced)."""
        self._ino = None

    def _take_pending(self) -> list[Event]:
        out, self._pending = self._pending, []
        return out

    def _catch_up(self, fd: int) -> None:
        """Read the file from where we stopped (or from 0 if it was replaced). Lock held."""
        st = os.fstat(fd)
        ino = (st.st_dev, st.st_ino)
        if ino != self._ino or st.st_size < self._pos:
            if self._ino is not None and ino == self._ino:
                self._warn(f"{self.path} shrank (edited outside newsread?); re-read it")
            self._ino, self._pos, self.header, self.damage = ino, 0, None, None
            known = self._ids
            self.events, self._ids = [], set()
            self._absorb(parse_lines(read_from(fd, 0), 0, expect_header=True), known)
            missing = len(known - self._ids)
            if missing:  # only an outside hand removes lines: say so, the UI keeps showing the file
                self._warn(f"{self.path}: {missing} annotation(s) are no longer in the file (changed outside newsread)")
        else:
            first = self._pos == 0 and self.header is None  # the file was empty when last read
            self._absorb(parse_lines(read_from(fd, self._pos), self._pos, expect_header=first), None)
        self._sig = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)

    def _absorb(self, parsed: Parsed, known: set[str] | None) -> None:
        """Fold one parse into our state. ``known`` = ids seen before a full re-read."""
        if parsed.end == 0 and not parsed.tail.strip():
            return  # empty file: created by a racing writer or `touch`; a header will be written
        if self.header is None:
            self._check_header(parsed)
        new = list(parsed.events)
        if parsed.tail_event is not None:
            new.append(parsed.tail_event)
            self._warn(f"{self.path}: the last line has no newline (interrupted write); its event is complete and kept")
        elif parsed.tail.strip():
            self._warn(
                f"{self.path}: ignored a torn last line at byte {parsed.tail_offset} (interrupted write); it stays in the file"
            )
        for event in new:
            if event.id in self._ids:
                continue  # our own append, or a salvaged copy
            self._ids.add(event.id)
            self.events.append(event)
            if known is None or event.id not in known:
                self._pending.append(event)
        for offset, why in parsed.bad:
            if offset in parsed.markers:
                # Already reported when it happened; repeating it on every open is noise.
                note = display_path(f"{self.path}: skipped a torn line at byte {offset} (an earlier interrupted write)")
                if note not in self.info:
                    self.info.append(note)
            else:
                self.damage = self.damage or f"line at byte {offset} is {why}"
                self._warn(f"{self.path}: damaged line at byte {offset} ({why}) skipped")
        if parsed.ignored:
            self._warn(f"{self.path}: {parsed.ignored} record(s) of unknown kind kept but ignored")
        if parsed.removed:
            self._warn(f"{self.path}: annotations: {removed_warning(parsed.removed)}")
        if parsed.invalid:
            # Not damage: the line is valid JSON from another writer; it stays, unused.
            offset, why = parsed.invalid[0]
            self._warn(
                f"{self.path}: skipped {len(parsed.invalid)} invalid annotation line(s), kept in the file "
                f"(first at byte {offset}: {why})"
            )
        self._pos = parsed.end

    def _check_header(self, parsed: Parsed) -> None:
        header = parsed.header
        if header is not None:
            schema = header.get("schema")
            if schema == SCHEMA:
                self.header = header
                return
            if str(schema).startswith(SCHEMA_PREFIX):
                raise JournalError(
                    f"{self.path} was written by a newer newsread (schema {schema}); it is left untouched"
                )
        if not parsed.events and parsed.tail_event is None:
            raise JournalError(f"{self.path} is not a newsread annotation journal; it is left untouched")
        # Our events under a broken header: damaged, but ours. Salvage.
        self.damage = parsed.header_error or "the first line is not a newsread header"
        self._warn(f"{self.path}: {self.damage}")
        self.header = header or {}

    # ------------------------------------------------------------------ writing
    def append(self, event: Event) -> Event:
        """Append one event durably; return it only after fsync. Raises OSError / JournalError."""
        with self._mutex:
            return self._append(event)

    def _append(self, event: Event) -> Event:
        line = dumps(event.data)
        for _ in range(10):  # retries only when another process replaced the file under us
            self._ensure_created()
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_APPEND)
            except FileNotFoundError:
                continue
            try:
                if not stat.S_ISREG(os.fstat(fd).st_mode):
                    raise JournalError(f"{self.path} is not a regular file")
                fcntl.flock(fd, fcntl.LOCK_EX)
                try:
                    if not self._same_file(fd):
                        continue
                    self._catch_up(fd)
                    if self.damage:
                        from newsread.store.repair import repair

                        repair(self, fd)
                        continue  # append to the fresh journal
                    self._write_locked(fd, line)
                finally:
                    fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)
            if event.id not in self._ids:
                self._ids.add(event.id)
                self.events.append(event)
            return event
        raise JournalError(f"{self.path} keeps being replaced by another process; edit not saved")

    def _same_file(self, fd: int) -> bool:
        st = os.fstat(fd)
        try:
            cur = os.stat(self.path)
        except FileNotFoundError:
            return False
        return (st.st_dev, st.st_ino) == (cur.st_dev, cur.st_ino)

    def _write_locked(self, fd: int, line: bytes) -> None:
        size = os.fstat(fd).st_size
        prefix = b""
        if size and os.pread(fd, 1, size - 1) != b"\n":
            marker = {
                "type": TORN_MARKER,
                "id": uuid.uuid4().hex,
                "time": now_iso(),
                "user": current_user(),
                "offset": self._pos,
                "length": size - self._pos,
            }
            prefix = b"\n" + dumps(marker)
        try:
            write_all(fd, prefix + line)
            os.fsync(fd)
        except OSError:
            cut_back(fd, size, self.path)
            raise
        st = os.fstat(fd)
        # Everything up to the end is now consumed: a tail was terminated, our line is complete.
        self._pos = st.st_size
        self._sig = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)

    def _ensure_created(self) -> None:
        """Create the journal with its header, atomically, unless it already exists."""
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            self._create()
            return
        if not stat.S_ISREG(st.st_mode):
            raise JournalError(f"{self.path} is not a regular file")
        if st.st_size == 0:
            self._init_empty()

    def _create(self) -> None:
        tmp = self.path.with_name(f".{self.path.name}.{uuid.uuid4().hex}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:  # a failed write (disk full) must not leave the hidden temporary file behind
            try:
                write_all(fd, dumps(make_header(self.article, self.sha)))
                os.fsync(fd)
            finally:
                os.close(fd)
            try:
                os.link(tmp, self.path)  # fails if a racing process created it first: use theirs
            except FileExistsError:
                pass
            except OSError:
                # No hard links on this filesystem: exclusive create, header under the lock.
                try:
                    os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
                except FileExistsError:
                    pass
                self._init_empty()
        finally:
            tmp.unlink(missing_ok=True)
        fsync_dir(self.path.parent)

    def _init_empty(self) -> None:
        """Write the header into an existing empty file (never into a non-empty one)."""
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            if os.fstat(fd).st_size == 0:
                try:
                    write_all(fd, dumps(make_header(self.article, self.sha)))
                    os.fsync(fd)
                except OSError:
                    cut_back(fd, 0, self.path)  # a half header would make the file "not a journal"
                    raise
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)


def cut_back(fd: int, size: int, path: Path) -> None:
    """Undo a failed write of ours: truncate the file to ``size`` again (exclusive lock held).

    Raises JournalError when even that fails, so the message says the partial line
    may still be read (the caller then reports the edit as not saved anyway).
    """
    try:
        os.ftruncate(fd, size)
        os.fsync(fd)
    except OSError as exc:
        raise JournalError(
            f"{path}: edit not saved, and its partial line could not be removed ({exc.strerror or exc}); "
            "it may appear after a reload"
        ) from None
