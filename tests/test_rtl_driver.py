"""The driver that switches VTE's own bidi layout off (CSI 8 l) while Marsad reorders, and
back on (CSI 8 h) on the way out — also when the app crashes.  Run in a real pseudo
terminal, reading the bytes the app writes."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import textwrap
import time

import pytest

from tui.app import rtl_driver

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pseudo terminals")

APP = textwrap.dedent(
    """
    import sys
    from textual.app import App
    from textual.widgets import Static
    from tui.app.rtl_driver import driver_class_for, set_mode

    mode, ending = sys.argv[1], sys.argv[2]

    class Tiny(App):
        def compose(self):
            yield Static("hello")

        def on_mount(self):
            self.set_timer(0.2, self.finish)

        def finish(self):
            if ending == "switch":
                set_mode("terminal")
                set_mode("app")
                self.exit()
            elif ending == "wait":
                sys.__stderr__.write("READY")
                sys.__stderr__.flush()
            elif ending == "crash":
                raise RuntimeError("boom")
            else:
                self.exit()

    Tiny(driver_class=driver_class_for(mode)).run()
    """
)


def run_in_pty(mode: str, ending: str, kill_when_ready: bool = False) -> bytes:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {k: v for k, v in os.environ.items() if k != "TEXTUAL_DRIVER"}
    env.update(TERM="xterm-256color", PYTHONPATH=os.getcwd())
    proc = subprocess.Popen([sys.executable, "-c", APP, mode, ending], stdin=slave, stdout=slave, stderr=slave,
                            env=env, close_fds=True, start_new_session=True)
    os.close(slave)
    out = b""
    deadline = time.monotonic() + 20
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # the child closed the terminal
                    break
                if not chunk:
                    break
                out += chunk
                if kill_when_ready and b"READY" in out:
                    kill_when_ready = False
                    proc.terminate()
            elif proc.poll() is not None:
                break
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(5)
        os.close(master)
    return out


def test_app_mode_switches_terminal_bidi_off_then_back_on():
    out = run_in_pty("app", "quit")
    assert b"\x1b[8l" in out
    assert b"\x1b[8h" in out
    assert out.rindex(b"\x1b[8h") > out.rindex(b"\x1b[8l")


def test_bidi_is_restored_when_the_app_crashes():
    out = run_in_pty("app", "crash")
    assert b"boom" in out  # it did crash
    assert b"\x1b[8l" in out
    assert out.rindex(b"\x1b[8h") > out.rindex(b"\x1b[8l")


def test_bidi_is_restored_when_the_app_is_killed():
    out = run_in_pty("app", "wait", kill_when_ready=True)
    assert b"READY" in out
    assert b"\x1b[8l" in out
    assert out.rindex(b"\x1b[8h") > out.rindex(b"\x1b[8l")
    assert out.rindex(b"\x1b[?1049l") > out.rindex(b"\x1b[8l")  # and the app shut down cleanly


def test_terminal_mode_leaves_the_terminal_alone():
    out = run_in_pty("terminal", "quit")
    assert b"\x1b[8l" not in out
    assert b"\x1b[8h" not in out


def test_switching_modes_at_run_time_toggles_the_terminal():
    out = run_in_pty("app", "switch")
    assert out.count(b"\x1b[8l") == 2  # at start, and after going back to app
    assert out.rindex(b"\x1b[8h") > out.rindex(b"\x1b[8l")


def test_words_mode_also_switches_it_off():
    assert b"\x1b[8l" in run_in_pty("words", "quit")


def test_no_custom_driver_where_textual_chooses_another(monkeypatch):
    monkeypatch.setenv("TEXTUAL_DRIVER", "textual.drivers.web_driver:WebDriver")
    assert rtl_driver.driver_class_for("app") is None
    monkeypatch.delenv("TEXTUAL_DRIVER")
    assert rtl_driver.driver_class_for("app") is rtl_driver.RtlLinuxDriver


def test_set_mode_without_a_running_driver_is_harmless():
    rtl_driver.RtlLinuxDriver.active = None
    rtl_driver.set_mode("app")
