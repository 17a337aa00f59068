"""Where an article's journal lives.

In order: ``--annotations PATH``; a journal that already exists beside the
article (``<article file>.newsread.jsonl``) or in the data directory; beside
the article when its folder is writable; otherwise under
``$XDG_DATA_HOME/newsread/`` (default ``~/.local/share/newsread/``). Articles
that ship inside the installed package (the sample) always keep their journal in
the data directory, named after the sample rather than the install path: a
reinstall must not lose corrections, users of one server must not share them, and
a read-only install must still save. Articles
read from stdin have no folder: their journal is in the data directory, named
after the text's sha256 so the same text finds its annotations again; pages
fetched from an http(s) address are keyed by the address.

Writability is tested by creating (and removing) a file, not by permission
bits: root ignores those, and read-only mounts, immutable folders or /proc
refuse the creation whatever the bits say.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

SUFFIX = ".newsread.jsonl"

# Why a location was chosen (the status line names it).
OVERRIDE, BESIDE, DATA_DIR = "override", "beside", "data"


@dataclass(frozen=True)
class Location:
    path: Path
    reason: str  # OVERRIDE, BESIDE or DATA_DIR

    def describe(self) -> str:
        """A short phrase for the status line."""
        where = {OVERRIDE: "annotations", BESIDE: "annotations beside the article", DATA_DIR: "annotations in data dir"}
        return f"{where.get(self.reason, 'annotations')}: {self.path}"


def is_address(source: str) -> bool:
    """An http(s) address: no folder to write beside, keyed by the address itself."""
    return re.match(r"(?i)https?://", source) is not None


def is_writable_dir(path: Path) -> bool:
    """True when a file can really be created in ``path`` (tried, then removed)."""
    try:
        fd, name = tempfile.mkstemp(prefix=".newsread-probe-", dir=path)
    except OSError:
        return False
    os.close(fd)
    try:
        os.unlink(name)
    except OSError:
        pass
    return True


def data_dir() -> Path:
    """``$XDG_DATA_HOME/newsread`` (``~/.local/share/newsread`` when unset or relative)."""
    base = os.environ.get("XDG_DATA_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".local" / "share"
    return root / "newsread"


def is_shipped(article: Path) -> bool:
    """True for an article inside the installed newsread package (the bundled samples)."""
    from newsread.resources import seeds_dir

    try:
        Path(os.path.realpath(article)).relative_to(os.path.realpath(seeds_dir()))
    except ValueError:
        return False
    return True


def beside_path(article: Path) -> Path:
    return article.with_name(article.name + SUFFIX)


def data_path(source: str | None, text_sha: str | None, base: Path | None = None) -> Path:
    """The data-directory journal for an article file (or for stdin text)."""
    base = base or data_dir()
    if not source or source == "-":
        return base / f"stdin-{(text_sha or 'unknown')[:16]}{SUFFIX}"
    if is_address(source):
        digest = hashlib.sha256(source.encode("utf-8", "surrogateescape")).hexdigest()[:12]
        name = re.sub(r"[^A-Za-z0-9._-]+", "_", source.split("://", 1)[1].rstrip("/").rsplit("/", 1)[-1])[:60]
        return base / f"{name or 'page'}-{digest}{SUFFIX}"
    if is_shipped(Path(source)):
        # Keyed by the sample's name, not the install path: the same journal after a reinstall.
        return base / f"sample-{Path(source).name}{SUFFIX}"
    absolute = os.path.abspath(source)
    digest = hashlib.sha256(absolute.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return base / f"{Path(absolute).name}-{digest}{SUFFIX}"


def locate(
    source: str | None,
    *,
    text_sha: str | None = None,
    override: str | os.PathLike | None = None,
    writable: Callable[[Path], bool] = is_writable_dir,
    base: Path | None = None,
) -> Location:
    """Pick the journal path for the article at ``source`` ('-' or None for stdin)."""
    if override is not None:
        return Location(Path(override), OVERRIDE)
    fallback = data_path(source, text_sha, base)
    if not source or source == "-" or is_address(source) or is_shipped(Path(source)):
        return Location(fallback, DATA_DIR)
    beside = beside_path(Path(source))
    if beside.exists():
        return Location(beside, BESIDE)
    if fallback.exists():
        return Location(fallback, DATA_DIR)
    if writable(beside.parent if str(beside.parent) else Path(".")):
        return Location(beside, BESIDE)
    return Location(fallback, DATA_DIR)


def ensure_parent(path: Path) -> None:
    """Create the journal's folder (private when it is the data directory)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
