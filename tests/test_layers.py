"""Layering: the parser and the view logic never import Textual or Rich, so `marsad parse`,
batch jobs and tests stay fast and the UI can be swapped; and the code is ruff-clean."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from conftest import ROOT


def test_parse_command_does_not_import_the_ui():
    code = (
        "import sys, tui.cli, tui.article.parse, tui.article.brief\n"
        "import tui.view.filter, tui.view.export, tui.view.presets\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == ""


def test_ruff_is_clean():
    ruff = shutil.which("ruff") or str(ROOT / ".venv" / "bin" / "ruff")
    if not shutil.which(ruff):
        pytest.skip("ruff is not installed")
    out = subprocess.run([ruff, "check", "."], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout[-3000:]
