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
