"""A saved web page through the real analysis: metadata carried, relative dates resolved
against the page's own publication date (no --date given)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsread.article.html import read_html

FIXTURES = Path(__file__).parent / "fixtures" / "html"


@pytest.fixture(scope="module")
def harbour(nlp):
    from newsread.analysis import analyze

    article = read_html((FIXTURES / "harbour_jsonld.html").read_bytes(), "harbour_jsonld.html")
    return analyze(article, nlp=nlp)


def _date_values(analysis) -> dict[str, str | None]:
    return {d.text: d.value for d in analysis.dates}


def test_metadata_reaches_the_analysis(harbour):
    assert harbour.published == "2025-03-12"
    assert harbour.title == "Harbour council approves new ferry route"
    assert harbour.byline == "Marta Vellanki"
    assert harbour.site == "The Lakeside Courier"
    for e in harbour.entities:  # offsets index the extracted text
        assert harbour.text[e.start : e.end] == e.text


def test_weekdays_resolve_against_the_page_date(harbour):
    values = _date_values(harbour)
    # Published Wednesday 12 March 2025: "on Monday" is the 10th, "on Tuesday" the 11th.
    assert values.get("Monday") == "2025-03-10"
    assert values.get("Tuesday") == "2025-03-11"


def test_page_quotes_are_found(harbour):
    quoted = [q.text for q in harbour.direct_quotes()]
    assert any(t.startswith("finally connect the island") for t in quoted)
    assert any("We will keep talking to the council" in t for t in quoted)


def test_meta_published_time_drives_dates(nlp):
    from newsread.analysis import analyze

    article = read_html((FIXTURES / "orchard_meta.html").read_bytes(), "orchard_meta.html")
    analysis = analyze(article, nlp=nlp)
    assert analysis.published == "2024-04-18"  # Thursday
    assert _date_values(analysis).get("Wednesday") == "2024-04-17"
