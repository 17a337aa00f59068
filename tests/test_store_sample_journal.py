"""The bundled sample's corrections live in the user's data folder, never inside the package (#16 item 8)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsread.resources import sample_article, seeds_dir
from newsread.store import AnnotationStore, locate
from newsread.store.location import DATA_DIR, SUFFIX


@pytest.fixture
def xdg(tmp_path, monkeypatch):
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home / "newsread"


def _package_journals() -> set[Path]:
    return set(seeds_dir().glob(f"*{SUFFIX}"))


def test_the_sample_is_annotated_in_the_data_folder_even_when_the_package_is_writable(xdg):
    sample = sample_article()
    assert os.access(seeds_dir(), os.W_OK)  # an editable or user install: writable, yet not used
    before = _package_journals()
    text = sample.read_text(encoding="utf-8")
    store = AnnotationStore.open(str(sample), text)
    assert store.location.reason == DATA_DIR
    assert store.path.parent == xdg
    store.add_note("checked against the wire copy")
    assert store.path.is_file()
    assert _package_journals() == before  # nothing written inside the installed package


def test_the_sample_journal_is_named_after_the_sample_not_the_install_path(xdg, tmp_path):
    """A reinstall (another site-packages) finds the same journal."""
    here = locate(str(sample_article())).path
    assert here == xdg / f"sample-idlib.txt{SUFFIX}"


def test_a_journal_left_inside_the_package_by_an_old_version_is_not_shared(xdg):
    stale = sample_article().with_name(sample_article().name + SUFFIX)
    existed = stale.exists()
    if not existed:
        stale.write_text("", encoding="utf-8")
    try:
        assert locate(str(sample_article())).path.parent == xdg
    finally:
        if not existed:
            stale.unlink()


def test_newsread_where_prints_the_journal_path(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    article = tmp_path / "story.txt"
    article.write_text("Jo Park visited Seoul.\n", encoding="utf-8")
    exe = Path(sys.executable).parent / "newsread"
    sample = subprocess.run([exe, "--where"], env=env, capture_output=True, text=True, timeout=60)
    assert sample.returncode == 0, sample.stderr
    assert sample.stdout.strip() == str(tmp_path / "xdg" / "newsread" / f"sample-idlib.txt{SUFFIX}")
    own = subprocess.run([exe, "--where", str(article)], env=env, capture_output=True, text=True, timeout=60)
    assert own.returncode == 0, own.stderr
    assert own.stdout.strip() == str(article) + SUFFIX
    missing = subprocess.run([exe, "--where", str(tmp_path / "nope.txt")], env=env, capture_output=True, text=True, timeout=60)
    assert missing.returncode == 2 and "nope.txt" in missing.stderr


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.anyio
async def test_the_reader_shows_the_full_journal_path_of_the_sample_once(xdg, tmp_path):
    from annotate_support import SIZE, make_app, ready, toasts

    config = tmp_path / "config.toml"
    config.write_text("", encoding="utf-8")
    app = make_app(sample_article(), config)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(app, pilot)
        await pilot.pause(0.3)
        shown = toasts(app).split(" | ")
        full = str(xdg / f"sample-idlib.txt{SUFFIX}")
        assert sum(full in t for t in set(shown)) == 1, shown
