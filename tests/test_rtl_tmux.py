"""The real thing: `marsad --rtl app` in tmux (a terminal that does no bidi layout of its
own), and the screen holds the Arabic of our test article (tests/fixtures/oasis-dam.txt) in
visual order, shaped."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MARSAD = ROOT / ".venv" / "bin" / "marsad"
ARTICLE = ROOT / "tests" / "fixtures" / "oasis-dam.txt"

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
    pytest.mark.skipif(not MARSAD.exists(), reason="no .venv/bin/marsad"),
]

# "السلاوي" (the minister's family name in "وقالت السلاوي إن"), written out by hand:
# isolated alef, initial lam, medial seen, final lam-alef, isolated waw (alef never joins
# forward), isolated yeh (nor does waw) — reversed for the screen.
SALAWI_VISUAL = "\ufef1\ufeed\ufefc\ufeb4\ufedf\ufe8d"
# "وقالت" (and she said), the verb before her name: isolated waw, initial qaf, final alef,
# initial lam, final teh — reversed.
QALAT_VISUAL = "\ufe96\ufedf\ufe8e\ufed7\ufeed"


def tmux(socket: str, *args: str) -> str:
    return subprocess.run(["tmux", "-L", socket, *args], capture_output=True, text=True, timeout=10).stdout


def capture_until(socket: str, wanted: str, timeout: float = 20.0, row_also: str = "") -> str:
    """The screen once ``wanted`` is on it (and, with ``row_also``, on a row with it)."""
    screen = ""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        screen = tmux(socket, "capture-pane", "-p", "-t", "marsad")
        if any(wanted in r and row_also in r for r in screen.splitlines()):
            return screen
        time.sleep(0.3)
    return screen


@pytest.fixture
def tmux_socket(tmp_path):
    socket = f"marsad-test-{uuid.uuid4().hex[:8]}"
    yield socket
    subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True, timeout=10)


def start(socket: str, config_dir: Path, *args: str) -> None:
    env = f"MARSAD_CONFIG_DIR={config_dir} TERM=xterm-256color LANG=C.UTF-8"
    # (COLUMNS/LINES from the test runner would override the tmux window's size)
    command = f"env -u COLUMNS -u LINES {env} {MARSAD} {' '.join(args)}"
    subprocess.run(["tmux", "-L", socket, "-f", os.devnull, "new-session", "-d", "-s", "marsad",
                    "-x", "120", "-y", "40", command], check=True, timeout=10)


def test_app_mode_shows_visual_order_in_tmux(tmux_socket, tmp_path):
    start(tmux_socket, tmp_path, "--rtl", "app", str(ARTICLE))
    screen = capture_until(tmux_socket, SALAWI_VISUAL, row_also=QALAT_VISUAL)
    assert SALAWI_VISUAL in screen, screen
    # her name comes to the LEFT of the verb before it: read right to left, "وقالت السلاوي"
    rows = [r for r in screen.splitlines() if QALAT_VISUAL in r and SALAWI_VISUAL in r]
    assert rows, screen
    row = rows[0]
    assert row.index(SALAWI_VISUAL) < row.index(QALAT_VISUAL)
    assert "السلاوي" not in screen
    tmux(tmux_socket, "send-keys", "-t", "marsad", "q")


def test_terminal_mode_sends_logical_text_in_tmux(tmux_socket, tmp_path):
    start(tmux_socket, tmp_path, "--rtl", "terminal", str(ARTICLE))
    screen = capture_until(tmux_socket, "السلاوي")
    assert "السلاوي" in screen, screen
    assert SALAWI_VISUAL not in screen
    tmux(tmux_socket, "send-keys", "-t", "marsad", "q")


def test_first_run_calibrates_and_remembers(tmux_socket, tmp_path):
    start(tmux_socket, tmp_path, str(ARTICLE))  # no --rtl, no MARSAD_RTL, no config: first run
    screen = capture_until(tmux_socket, "Which Arabic line reads right?")
    assert "1  terminal" in screen and "2  app" in screen and "3  words" in screen, screen
    tmux(tmux_socket, "send-keys", "-t", "marsad", "2")
    screen = capture_until(tmux_socket, SALAWI_VISUAL)
    assert SALAWI_VISUAL in screen, screen
    assert "calibrated = true" in (tmp_path / "state.toml").read_text("utf-8")
    tmux(tmux_socket, "send-keys", "-t", "marsad", "q")
    time.sleep(1.0)
    tmux(tmux_socket, "kill-server")
    # the next run goes straight to the dashboard, in the chosen mode
    start(tmux_socket, tmp_path, str(ARTICLE))
    screen = capture_until(tmux_socket, SALAWI_VISUAL)
    assert SALAWI_VISUAL in screen and "Which Arabic line" not in screen, screen
    tmux(tmux_socket, "send-keys", "-t", "marsad", "q")


def test_words_mode_sends_words_right_to_left_in_tmux(tmux_socket, tmp_path):
    start(tmux_socket, tmp_path, "--rtl", "words", str(ARTICLE))
    # "تمويلا إضافيا للمشروع،": words in screen order, each word's letters as typed (kitty
    # reverses each run itself; the comma travels inside its word's run)
    wanted = "للمشروع، إضافيا تمويلا"
    screen = capture_until(tmux_socket, wanted)
    assert wanted in screen, screen
    tmux(tmux_socket, "send-keys", "-t", "marsad", "q")
