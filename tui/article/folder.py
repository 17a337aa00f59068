"""Folders -> the article files inside them, for ``newsread DIR``.

Not recursive: a folder of saved articles is flat, and walking a whole tree
(someone typing ``newsread ~``) would open thousands of unrelated files.
Files are chosen by suffix; everything else is skipped and counted so the
user is told ("skipped 3 files"). Hidden files and newsread's own annotation
journals (``*.newsread.jsonl``) are neither opened nor counted: they are
never articles and would only make the count noisy.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from newsread.article.model import Article, ArticleError
from newsread.article.sanitize import display_path

_JOURNAL_SUFFIX = ".newsread.jsonl"


@dataclass
class FolderContents:
    """The article files of one folder, in natural order, and what was passed over."""

    folder: str
    paths: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # names not opened; subfolders end in "/"

    def skipped_message(self) -> str | None:
        """One line for stderr ("notes: skipped 2 files and 1 folder (a.pdf, b.jpg, old/)"), or None."""
        if not self.skipped:
            return None
        dirs = sum(1 for s in self.skipped if s.endswith("/"))
        files = len(self.skipped) - dirs
        counts = [f"{n} {word}{'' if n == 1 else 's'}" for n, word in ((files, "file"), (dirs, "folder")) if n]
        shown = ", ".join(display_path(s) for s in self.skipped[:3]) + (", ..." if len(self.skipped) > 3 else "")
        return f"{display_path(self.folder)}: skipped {' and '.join(counts)} ({shown})"


def article_suffixes() -> list[str]:
    """The suffixes the loader has a reader for (one table for files and folders)."""
    from newsread.article import loader

    return sorted(set(loader.READERS) | set(loader.BYTE_READERS))


def read_folder(path: str) -> FolderContents:
    """List the article files directly inside ``path`` (.txt, .md, .html ...)."""
    name = display_path(path)
    suffixes = article_suffixes()
    try:
        entries = list(os.scandir(path))
    except FileNotFoundError:
        raise ArticleError(f"{name}: no such folder") from None
    except NotADirectoryError:
        raise ArticleError(f"{name}: not a folder") from None
    except PermissionError:
        raise ArticleError(f"{name}: permission denied") from None
    except OSError as exc:
        raise ArticleError(f"{name}: cannot list ({exc.strerror or exc.__class__.__name__})") from None
    contents = FolderContents(folder=path)
    for entry in sorted(entries, key=lambda e: _natural_key(e.name)):
        if entry.name.startswith(".") or entry.name.endswith(_JOURNAL_SUFFIX):
            continue
        try:
            # Both follow symlinks: a link to an article counts as one.
            is_file, is_dir = entry.is_file(), entry.is_dir()
        except OSError:
            is_file = is_dir = False
        if is_file and Path(entry.name).suffix.lower() in suffixes:
            contents.paths.append(os.path.join(path, entry.name))
        else:
            contents.skipped.append(entry.name + ("/" if is_dir else ""))
    if not contents.paths:
        raise ArticleError(f"{name}: no articles in this folder (looked for {', '.join(suffixes)})")
    return contents


def expand_folders(args: list[str]) -> tuple[list[str], list[str]]:
    """Replace each folder argument by its article files; returns (paths, notes for stderr).

    URLs and "-" pass through untouched; an empty or unreadable folder raises ArticleError.
    """
    paths: list[str] = []
    notes: list[str] = []
    for arg in args:
        if arg != "-" and "://" not in arg and os.path.isdir(arg):
            contents = read_folder(arg)
            paths.extend(contents.paths)
            message = contents.skipped_message()
            if message:
                notes.append(message)
        else:
            paths.append(arg)
    return paths, notes


def load_all(args: list[str], load: Callable[[str], Article]) -> tuple[list[Article], list[str]]:
    """Load every argument, folders expanded; returns (articles, notes for stderr).

    A file named on the command line that cannot be read is an error (the user
    asked for it); a file found in a folder that cannot be read is skipped with
    a note, so one login page saved among fifty articles does not block the rest.
    """
    articles: list[Article] = []
    notes: list[str] = []
    for arg in args:
        if arg == "-" or "://" in arg or not os.path.isdir(arg):
            articles.append(load(arg))
            continue
        contents = read_folder(arg)
        message = contents.skipped_message()
        if message:
            notes.append(message)
        found = 0
        for path in contents.paths:
            try:
                articles.append(load(path))
                found += 1
            except ArticleError as exc:
                notes.append(f"skipped {exc}")
        if not found:
            raise ArticleError(f"{display_path(arg)}: none of the {len(contents.paths)} article files could be read")
    return articles, notes


def _natural_key(name: str) -> list[object]:
    """'part2' before 'part10', case-insensitive: the order a person numbered them in."""
    return [int(tok) if tok.isdigit() else tok.lower() for tok in re.split(r"(\d+)", name)]
