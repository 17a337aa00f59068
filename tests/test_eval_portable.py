"""eval/ runs from a clone: its scripts and scorers need nothing outside the repository."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

EVAL = ROOT / "eval"


def test_eval_scripts_name_no_folder_outside_the_repository():
    for path in [*EVAL.glob("*.sh"), *EVAL.glob("*.py"), *EVAL.glob("scorers/*.py"), EVAL / "README.md"]:
        text = path.read_text(encoding="utf-8")
        assert "/work/" not in text, path
        # ../shared may be mentioned as where the scorers came from, never used as a default path
        assert not re.search(r"\$\w*ROOT/\.\./shared|SCORERS:-[^}]*shared", text), path


def test_run_extra_scores_a_set_from_a_copy_of_eval_with_nothing_beside_it(tmp_path):
    """A copy of eval/ alone (no ../shared next to it) scores a one-article set end to end."""
    copy = tmp_path / "clone" / "eval"
    shutil.copytree(EVAL / "scorers", copy / "scorers")
    shutil.copy(EVAL / "run_extra.sh", copy / "run_extra.sh")
    gold = tmp_path / "gold"
    (gold / "articles").mkdir(parents=True)
    name = "01_wire_port_strike"
    shutil.copy(EVAL / "extra" / f"{name}.json", gold / f"{name}.json")
    shutil.copy(EVAL / "extra" / "articles" / f"{name}.txt", gold / "articles" / f"{name}.txt")
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "GOLD_DIR": str(gold), "PYTHON": sys.executable,
           "NEWSREAD": str(bin_dir / "newsread"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    run = subprocess.run(["bash", str(copy / "run_extra.sh")], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    quotes = re.search(r"quote P ([\d.]+) R ([\d.]+) F1 ([\d.]+); attribution recall ([\d.]+)", run.stdout)
    assert quotes, run.stdout
    assert float(quotes.group(3)) > 0.8  # the engine finds this article's quotes
    assert re.search(r"people: recall [\d.]+ \(\d+/\d+\) precision", run.stdout), run.stdout


def test_run_polnear_refuses_the_reserved_test_split(tmp_path):
    run = subprocess.run(["bash", str(EVAL / "run_polnear.sh"), str(tmp_path), "test"],
                         capture_output=True, text=True, timeout=30)
    assert run.returncode == 2
    assert "reserved" in run.stderr
