"""The wheel carries every subpackage, the styles and the seeds (a missing one drops silently)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile

from conftest import ROOT


def test_wheel_contains_every_subpackage_styles_and_seeds(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True,
    )
    (wheel,) = tmp_path.glob("newsread-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())

    # Every folder of tui/ holding Python code must be a package in the wheel.
    for init in (ROOT / "tui").rglob("__init__.py"):
        rel = init.relative_to(ROOT / "tui").as_posix()
        assert f"newsread/{rel}" in names, f"subpackage missing from wheel: {rel}"
    for py in (ROOT / "tui").rglob("*.py"):
        rel = py.relative_to(ROOT / "tui").as_posix()
        assert f"newsread/{rel}" in names, f"module missing from wheel: {rel}"
    for data in (ROOT / "tui").rglob("*.json"):  # the speaker-confidence weights
        rel = data.relative_to(ROOT / "tui").as_posix()
        assert f"newsread/{rel}" in names, f"data file missing from wheel: {rel}"
    for tcss in (ROOT / "styles").glob("*.tcss"):
        assert f"newsread/styles/{tcss.name}" in names
    assert "newsread/seeds/idlib.txt" in names
    for seed in (ROOT / "seeds").glob("*.md"):
        assert f"newsread/seeds/{seed.name}" in names


def test_pyproject_lists_every_package():
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(cfg["tool"]["setuptools"]["packages"])
    for init in (ROOT / "tui").rglob("__init__.py"):
        parts = init.parent.relative_to(ROOT / "tui").parts
        assert ".".join(("newsread",) + parts) in listed, init
