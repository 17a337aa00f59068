"""The loader hands web pages to the HTML reader: .html/.htm, sniffed content, stdin, URLs."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsread.article import ArticleError, load_article

FIXTURES = Path(__file__).parent / "fixtures" / "html"
TITLE = "Harbour council approves new ferry route"


@pytest.mark.parametrize("name", ["story.html", "story.HTM", "index", "story.php"])
def test_pages_by_suffix_or_sniffed(tmp_path: Path, name: str):
    path = tmp_path / name
    shutil.copy(FIXTURES / "harbour_jsonld.html", path)
    a = load_article(str(path))
    assert a.title == TITLE and a.published == "2025-03-12" and a.source == str(path)
    assert "boatfan77" not in a.text


def test_txt_and_md_suffixes_are_not_sniffed(tmp_path: Path):
    # An explicit text suffix means the user wants the characters as they are.
    path = tmp_path / "markup.txt"
    path.write_text("<!DOCTYPE html>\n\nA note about the doctype line in web pages.\n")
    assert load_article(str(path)).text.startswith("<!DOCTYPE html>")


def test_cp1252_page_by_suffix_uses_its_meta_charset(tmp_path: Path):
    path = tmp_path / "library.html"
    shutil.copy(FIXTURES / "byline_only.html", path)
    a = load_article(str(path))
    assert "café" in a.text and not a.warnings


def test_html_on_stdin(monkeypatch):
    data = (FIXTURES / "orchard_meta.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    a = load_article("-")
    assert a.title == "Orchard growers warn of late frost" and a.published == "2024-04-18"


def test_page_without_article_through_the_loader(tmp_path: Path):
    path = tmp_path / "login.html"
    shutil.copy(FIXTURES / "no_article.html", path)
    with pytest.raises(ArticleError, match=r"login.html: no article text found in this page$"):
        load_article(str(path))


@pytest.mark.parametrize("arg", ["ftp://example.org/a.txt", "file:///etc/passwd", "javascript:alert(1)"])
def test_other_schemes_are_refused_by_name_through_the_loader(arg):
    with pytest.raises(ArticleError, match=r"only http:// and https:// addresses can be opened"):
        load_article(arg)


def test_an_existing_file_with_a_colon_is_still_a_file(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("notes:v2.txt").write_text("Version two of the notes about the ferry.\n")
    assert load_article("notes:v2.txt").text.startswith("Version two")


def test_cli_extract_reads_a_saved_page(tmp_path: Path):
    path = tmp_path / "story.html"
    shutil.copy(FIXTURES / "harbour_jsonld.html", path)
    out = subprocess.run(
        [sys.executable, "-m", "newsread", "extract", str(path), "--json"], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    import json

    data = json.loads(out.stdout)
    assert data["published"] == "2025-03-12" and data["title"] == TITLE and data["byline"] == "Marta Vellanki"
