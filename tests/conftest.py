"""Shared fixtures: the real spaCy model (loaded once) and the seed article."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "idlib.txt"
SEED_DATE = "2018-09-18"


def require_tool(name: str) -> str:
    """Path of a system tool; skip without it, but fail under CI (a skip would hide a gap)."""
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("CI") == "true":
        pytest.fail(f"{name} is required under CI but is not installed")
    pytest.skip(f"{name} not installed")


@pytest.fixture(scope="session")
def nlp():
    from newsread.analysis.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_article():
    from newsread.article import load_article

    return load_article(str(SEED))


@pytest.fixture(scope="session")
def seed_analysis(nlp, seed_article):
    from newsread.analysis import analyze

    return analyze(seed_article, nlp=nlp, published=SEED_DATE)
