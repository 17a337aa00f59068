"""Locate files that ship inside the package (styles, seed articles).

Works for an installed wheel and for an editable checkout alike, because both
``styles/`` and ``seeds/`` are import packages mapped by setuptools.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _package_dir(package: str) -> Path:
    return Path(str(resources.files(package)))


def styles_dir() -> Path:
    """Folder holding the Textual CSS (``*.tcss``)."""
    return _package_dir("newsread.styles")


def seeds_dir() -> Path:
    """Folder holding the bundled sample articles."""
    return _package_dir("newsread.seeds")


# The bundled sample (CNN, on the Sochi agreement of Monday 17 September 2018) was published
# the next day; its text has no dateline, so the reader is told the date.
SAMPLE_PUBLISHED = "2018-09-18"


def sample_article() -> Path:
    """The article ``newsread`` opens when given no file."""
    return seeds_dir() / "idlib.txt"
