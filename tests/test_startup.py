"""What the dashboard's start-up leaves out or does once (issue 14: the first frame).  The
speed itself is a benchmark (tests/bench.py); these check the mechanisms."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FREEZE = """
import gc
from types import SimpleNamespace
from tui.app.app import build_app
from tui.cli import read_source
assert gc.get_freeze_count() == 0
build_app(read_source(None, None), SimpleNamespace(file=None, rtl="terminal"))
frozen = gc.get_freeze_count()
assert frozen > 10_000, frozen  # the imported modules are out of the collector's walks
junk = [[n] for n in range(1000)]
build_app(read_source(None, None), SimpleNamespace(file=None, rtl="terminal"))
assert gc.get_freeze_count() == frozen  # once per process: later apps are collected as usual
"""


def test_building_the_dashboard_freezes_the_start_up_heap_once(tmp_path):
    env = {"MARSAD_CONFIG_DIR": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", FREEZE], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
