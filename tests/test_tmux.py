"""Marsad in a real pseudo-terminal: tmux starts it, sends keys and reads the screen.

Run for a 256-colour terminal and for a plain 16-colour xterm (COLORTERM unset), which
gets the ANSI theme.  Skipped when tmux is absent.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid

import pytest
from conftest import OASIS, ROOT

pytestmark = [pytest.mark.tmux, pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")]


# each test run gets its own tmux server (-L), so parallel workers never share one
SOCKET = f"marsad-test-{uuid.uuid4().hex[:8]}"


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", "-L", SOCKET, "-f", os.devnull, *args], check=True, capture_output=True,
                          text=True).stdout


def _screen(session: str) -> str:
    return _tmux("capture-pane", "-p", "-t", session)


def _wait_gone(session: str, needle: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while needle in _screen(session):
        if time.monotonic() > deadline:
            raise AssertionError(f"{needle!r} stayed on screen")
        time.sleep(0.2)


def _wait_for(session: str, needle: str, timeout: float = 15.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _screen(session)
        if needle in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{needle!r} never appeared; screen was:\n{screen}")


@pytest.mark.parametrize("term", ["xterm-256color", "xterm"])
def test_marsad_in_tmux_jumps_filters_shows_help_and_quits(tmp_path, term):
    session = f"marsad-test-{uuid.uuid4().hex[:8]}"
    marsad = ROOT / ".venv" / "bin" / "marsad"
    launcher = f"{marsad}" if marsad.exists() else f"{sys.executable} -m tui"
    command = (f"cd {ROOT} && env -u COLORTERM -u COLUMNS -u LINES TERM={term} MARSAD_CONFIG_DIR={tmp_path} "
               f"{launcher} --rtl terminal {OASIS}; echo MARSAD-EXITED-$?; sleep 30")
    _tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command)
    try:
        _tmux("resize-window", "-t", session, "-x", "120", "-y", "40")  # a running server may impose its size
        screen = _wait_for(session, "قرب مدينة أرفود")  # the article's text in the Source pane, logical order
        screen = _wait_for(session, "╭─ 2 Actors")  # 120×40: the 2×2 grid, not the tabs
        assert "1 Timeline" in screen and "2 Actors" in screen and "3 Quotes" in screen
        if term == "xterm":  # a 16-colour terminal gets only the 16 ANSI colours, never 256 or true colour
            coloured = _tmux("capture-pane", "-p", "-e", "-t", session)
            assert not any(code in coloured for code in ("38;5;", "38;2;", "48;5;", "48;2;"))
        _tmux("send-keys", "-t", session, "4")
        _tmux("send-keys", "-t", session, "/")
        _wait_for(session, "filter (! negates)")
        time.sleep(0.3)
        _tmux("send-keys", "-t", session, "-l", "أرفود")
        screen = _wait_for(session, "source/أرفود")  # the status bar shows the filter
        _tmux("send-keys", "-t", session, "Enter")
        _wait_for(session, "n Next match")  # back in the Source pane (keys typed with enter can reach the line)
        _tmux("send-keys", "-t", session, "?")
        screen = _wait_for(session, "Help — esc to close")
        assert "Source" in screen
        _tmux("send-keys", "-t", session, "Escape")
        _wait_gone(session, "Help — esc to close")
        _tmux("send-keys", "-t", session, "q")
        screen = _wait_for(session, "MARSAD-EXITED-0")
        if term == "xterm":
            assert "Traceback" not in screen
    finally:
        subprocess.run(["tmux", "-L", SOCKET, "kill-session", "-t", session], check=False, capture_output=True)
