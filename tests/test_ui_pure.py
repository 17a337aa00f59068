"""The reader's logic modules stay free of Textual (unit-testable, reusable)."""

from __future__ import annotations

import subprocess
import sys

PURE = ("newsread.ui.navigation", "newsread.ui.layout", "newsread.ui.marks", "newsread.ui.config")


def test_logic_modules_do_not_import_textual():
    code = "import sys\n" + "".join(f"import {m}\n" for m in PURE) + "print('textual' in sys.modules, 'spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]
