"""Folders: the article files inside, in natural order, the rest skipped and counted."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from newsread.article import ArticleError
from newsread.article.folder import expand_folders, read_folder

FIXTURES = Path(__file__).parent / "fixtures" / "html"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "part10.txt").write_text("Tenth part of the ferry story.\n")
    (tmp_path / "part2.md").write_text("# Second part\n\nThe council met on Monday.\n")
    (tmp_path / "Part1.TXT").write_text("First part.\n")
    shutil.copy(FIXTURES / "orchard_meta.html", tmp_path / "orchard.html")
    shutil.copy(FIXTURES / "harbour_jsonld.html", tmp_path / "harbour.htm")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "older").mkdir()
    (tmp_path / "older" / "deep.txt").write_text("Not opened: folders are not walked.\n")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / "part2.md.newsread.jsonl").write_text("{}\n")
    return tmp_path


def test_articles_in_natural_order_and_skipped_counted(folder: Path):
    c = read_folder(str(folder))
    assert [os.path.basename(p) for p in c.paths] == ["harbour.htm", "orchard.html", "Part1.TXT", "part2.md", "part10.txt"]
    assert all(p.startswith(str(folder)) for p in c.paths)
    assert sorted(c.skipped) == ["older/", "photo.jpg", "report.pdf"]
    assert c.skipped_message() == f"{folder}: skipped 2 files and 1 folder (older/, photo.jpg, report.pdf)"


def test_every_listed_path_loads(folder: Path):
    from newsread.article import load_article

    titles = [load_article(p).title for p in read_folder(str(folder)).paths]
    assert "Orchard growers warn of late frost" in titles
    assert "Harbour council approves new ferry route" in titles


def test_nothing_skipped_gives_no_message(tmp_path: Path):
    (tmp_path / "a.txt").write_text("A.\n")
    assert read_folder(str(tmp_path)).skipped_message() is None


def test_empty_and_missing_folders_are_errors(tmp_path: Path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(ArticleError, match=r": no articles in this folder \(looked for \.htm, \.html, .*\.md, .*\.txt"):
        read_folder(str(tmp_path))
    with pytest.raises(ArticleError, match=r"nope: no such folder$"):
        read_folder(str(tmp_path / "nope"))


def test_expand_folders_keeps_files_urls_and_stdin(folder: Path):
    paths, notes = expand_folders(["-", "https://example.org/a", str(folder / "part2.md"), str(folder)])
    assert paths[:3] == ["-", "https://example.org/a", str(folder / "part2.md")]
    assert len(paths) == 3 + 5
    assert notes == [f"{folder}: skipped 2 files and 1 folder (older/, photo.jpg, report.pdf)"]


def test_load_all_skips_unreadable_files_found_in_a_folder(folder: Path):
    from newsread.article import load_article
    from newsread.article.folder import load_all

    shutil.copy(FIXTURES / "no_article.html", folder / "login.html")
    articles, notes = load_all([str(folder)], load_article)
    assert len(articles) == 5
    assert any(n.startswith("skipped ") and n.endswith("login.html: no article text found in this page") for n in notes)
    assert notes[0].startswith(f"{folder}: skipped 2 files and 1 folder")
    # Named explicitly, the same file is an error, not a note.
    with pytest.raises(ArticleError, match="no article text found"):
        load_all([str(folder / "login.html")], load_article)


def test_load_all_folder_with_nothing_readable(tmp_path: Path):
    from newsread.article.folder import load_all

    (tmp_path / "a.txt").write_text("x")

    def refuse(path: str):
        raise ArticleError(f"{path}: unreadable")

    with pytest.raises(ArticleError, match=r"none of the 1 article files could be read$"):
        load_all([str(tmp_path)], refuse)
