"""Dates at the edges of the calendar resolve to null, never to a traceback (issue 12, item 8)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from newsread.analysis.dates import resolve

LAST = dt.date(9999, 12, 31)
FIRST = dt.date(1, 1, 1)


@pytest.mark.parametrize(
    "text, ref",
    [
        ("Tomorrow", LAST), ("next week", LAST), ("next month", LAST), ("next year", LAST),
        ("yesterday", FIRST), ("last week", FIRST), ("last month", FIRST), ("last year", FIRST),
        ("a year ago", FIRST), ("last Monday", FIRST),
    ],
)
def test_relative_dates_past_the_calendar_are_null(text, ref):
    assert resolve(text, ref) is None


def _extract(*args: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "newsread", "extract", *args, "--json", "--no-cache"]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def test_extract_with_the_last_day_as_date_gives_null_values(tmp_path):
    article = tmp_path / "council.txt"
    article.write_text("Tomorrow the council votes on the budget. Yesterday it met in private.\n")
    done = _extract(str(article), "--date", "9999-12-31")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    values = {d["text"]: d["value"] for d in json.loads(done.stdout)["dates"]}
    assert values == {"Tomorrow": None, "Yesterday": "9999-12-30"}


def test_front_matter_with_the_last_day_gives_null_values(tmp_path):
    article = tmp_path / "council.md"
    article.write_text("---\ntitle: Council\ndate: 9999-12-31\n---\n\nTomorrow the council votes on the budget.\n")
    done = _extract(str(article))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    data = json.loads(done.stdout)
    assert data["published"] == "9999-12-31"
    assert [d["value"] for d in data["dates"]] == [None]
