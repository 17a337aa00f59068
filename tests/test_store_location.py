"""Where journals live: beside the article, the XDG data dir when that folder refuses writes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import require_tool
from newsread.store import AnnotationStore, Journal, is_writable_dir, locate
from newsread.store.location import BESIDE, DATA_DIR, OVERRIDE, data_dir

TEXT = "Jo Park visited Seoul.\n"


@pytest.fixture
def xdg(tmp_path, monkeypatch):
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home / "newsread"


@pytest.fixture
def immutable_dir(tmp_path):
    """A folder nobody, not even root, can create files in (chattr +i)."""
    chattr = require_tool("chattr")
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "story.txt").write_text(TEXT, encoding="utf-8")
    done = subprocess.run([chattr, "+i", str(folder)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"chattr +i not permitted here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


def test_data_dir_follows_xdg(xdg, monkeypatch):
    assert data_dir() == xdg
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")  # the spec says: ignore relative values
    assert data_dir() == Path.home() / ".local" / "share" / "newsread"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert data_dir() == Path.home() / ".local" / "share" / "newsread"


def test_beside_a_writable_article(tmp_path, xdg):
    loc = locate(str(tmp_path / "story.txt"))
    assert loc == type(loc)(tmp_path / "story.txt.newsread.jsonl", BESIDE)


def test_override_wins(tmp_path, xdg):
    loc = locate(str(tmp_path / "story.txt"), override=tmp_path / "mine.jsonl")
    assert loc.path == tmp_path / "mine.jsonl" and loc.reason == OVERRIDE


def test_proc_is_not_writable_even_for_root(xdg):
    assert not is_writable_dir(Path("/proc"))
    loc = locate("/proc/version")
    assert loc.reason == DATA_DIR and loc.path.parent == xdg
    assert loc.path.name.startswith("version-") and loc.path.name.endswith(".newsread.jsonl")


def test_unwritable_folder_falls_back_to_data_dir_end_to_end(immutable_dir, xdg):
    article = immutable_dir / "story.txt"
    assert not is_writable_dir(immutable_dir)
    store = AnnotationStore.open(str(article), TEXT)
    assert store.location.reason == DATA_DIR
    store.add_entity(0, 7, "PERSON")
    assert store.path.parent == xdg and store.path.exists()
    assert not (immutable_dir / "story.txt.newsread.jsonl").exists()
    assert oct(xdg.stat().st_mode & 0o777) == oct(0o700)  # the data dir is private
    again = AnnotationStore.open(str(article), TEXT)
    assert again.path == store.path and [e.id for e in again.events] == [e.id for e in store.events]
    assert "data dir" in again.describe()


def test_writability_is_a_parameter(tmp_path, xdg):
    """The decision function can be swapped (no filesystem mock needed)."""
    article = tmp_path / "story.txt"
    loc = locate(str(article), writable=lambda _folder: False)
    assert loc.reason == DATA_DIR
    store = AnnotationStore.open(str(article), TEXT, writable=lambda _folder: False)
    store.add_note("hello")
    assert store.path.parent == xdg


def test_existing_journals_are_found_first(tmp_path, xdg):
    article = tmp_path / "story.txt"
    # A journal made in the data dir while the folder was read-only stays in use ...
    fallback = AnnotationStore.open(str(article), TEXT, writable=lambda _f: False)
    fallback.add_note("from the fallback")
    loc = locate(str(article))
    assert loc.reason == DATA_DIR and loc.path == fallback.path
    # ... but a journal beside the article is preferred when both exist.
    Journal(tmp_path / "story.txt.newsread.jsonl", sha="0" * 64).append(fallback.events[0])
    assert locate(str(article)).reason == BESIDE


def test_same_name_in_two_folders_gets_two_data_journals(tmp_path, xdg):
    a = locate(str(tmp_path / "a" / "story.txt"), writable=lambda _f: False)
    b = locate(str(tmp_path / "b" / "story.txt"), writable=lambda _f: False)
    assert a.path != b.path and a.path.parent == b.path.parent == xdg


def test_stdin_is_keyed_by_text(xdg):
    one = locate("-", text_sha="ab" * 32)
    two = locate("-", text_sha="cd" * 32)
    assert one.reason == DATA_DIR and one.path != two.path
    assert locate(None, text_sha="ab" * 32).path == one.path


def test_web_pages_are_keyed_by_address(xdg, tmp_path, monkeypatch):
    url = "https://example.org/news/2024/story.html"
    one = locate(url)
    monkeypatch.chdir(tmp_path)  # the working directory plays no part
    assert locate(url) == one and one.reason == DATA_DIR and one.path.parent == xdg
    assert one.path.name.startswith("story.html-")
    assert locate("https://example.org/news/2024/other.html").path != one.path
