"""The domain layers never import the UI stack (and the readers never import spaCy)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _modules_after_import(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize(
    "statement",
    [
        "import newsread.article, newsread.article.loader",
        "import newsread.analysis, newsread.analysis.engine",
        "from newsread.analysis import analyze; analyze('Ann Lee said \"hi\".')",
        "import newsread.store",
    ],
)
def test_domain_layers_do_not_import_textual(statement):
    mods = _modules_after_import(statement)
    assert not any(m == "textual" or m.startswith("textual.") for m in mods)


def test_article_layer_does_not_import_spacy():
    mods = _modules_after_import(
        "from newsread.article import load_article; load_article('seeds/idlib.txt')"
    )
    assert "spacy" not in mods


def test_import_newsread_is_cheap():
    """`import newsread` must not pull in spaCy (the UI paints before the model loads)."""
    mods = _modules_after_import("import newsread, newsread.analysis.model")
    assert "spacy" not in mods


def test_opening_an_article_does_not_import_the_corpus_stack(tmp_path):
    """Dask, pyarrow and DuckDB are for ``newsread corpus``: the reader never pays for them."""
    code = (
        "import asyncio, sys\n"
        "import newsread.cli\n"
        "from newsread.article import load_article\n"
        "from pathlib import Path\n"
        "from newsread.ui.app import NewsreadApp\n"
        f"app = NewsreadApp([load_article('seeds/idlib.txt')], config_path=Path({str(tmp_path / 'none.toml')!r}))\n"
        "async def main():\n"
        "    async with app.run_test() as pilot:\n"
        "        await app.workers.wait_for_complete()\n"
        "        await pilot.pause()\n"
        "        assert app.results[0].analysis.quotes\n"
        "asyncio.run(main())\n"
        "print('\\n'.join(sys.modules))\n"
    )
    env = {**__import__("os").environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}  # a real analysis, not a cache hit
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    mods = set(out.stdout.split())
    assert "spacy" in mods  # the article was analysed
    for heavy in ("dask", "distributed", "pyarrow", "duckdb"):
        assert heavy not in mods, f"{heavy} imported by opening one article"
