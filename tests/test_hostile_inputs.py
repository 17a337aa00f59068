"""Inputs that used to crash a run or never finish (issue #12, items 8 and 10).

Real CLI entry point, real files (a real FIFO from mkfifo), real spaCy model.
Costs are measured in benchmarks/hostile_inputs.py; the tests here assert outcomes.
"""

from __future__ import annotations

import json

import pytest

from newsread.article import loader
from newsread.cli import main

NOTICE = "Harbour notice\n\nThe harbour master said the new pier would open in June.\n"


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


def _extract(capsys, *argv):
    code = main(["extract", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_reader_failing_on_one_file_does_not_stop_a_folder_batch(tmp_path, capsys, monkeypatch):
    # A format plug-in (READERS/BYTE_READERS are the documented extension point) with a bug.
    def broken_reader(data, source=None):
        raise RuntimeError("reader bug \x1b]0;PWNED\x07 on this file")

    monkeypatch.setitem(loader.BYTE_READERS, ".bad", broken_reader)
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text(NOTICE)
    (folder / "b.bad").write_text("anything")
    (folder / "c.txt").write_text(NOTICE.replace("pier", "ferry"))
    code, out, err = _extract(capsys, folder, "--json-lines", "--no-cache")
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(folder / "a.txt"), str(folder / "c.txt")]
    assert code == 1
    assert err.count("\n") == 1 and f"{folder / 'b.bad'}: cannot read it: RuntimeError: reader bug" in err
    assert "\x1b" not in err and "Traceback" not in err
