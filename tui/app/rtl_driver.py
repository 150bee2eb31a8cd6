"""A Textual driver that switches the terminal's own bidi layout off while Marsad reorders.

VTE-based terminals (GNOME Terminal, Tilix, …) implement the "BiDi in terminal emulators"
recommendation: in their default *implicit* mode they reorder every row themselves.  When
Marsad already reorders (``app`` and ``words`` modes) the two fight and Arabic comes out
reversed twice.  The recommendation's BDSM mode (``CSI 8 l`` = explicit, the terminal lays
nothing out; ``CSI 8 h`` = implicit, the terminal's default) turns that off.  Terminals
that do not know the mode ignore it.

Used through Textual's public ``App(driver_class=...)``: :func:`driver_class_for` gives
the class for a mode (``None`` = Textual's default choice).  The implicit mode is restored
when the app stops (normally, on an exception the app shuts down from, on suspend with
ctrl+z) and, as a last resort, at interpreter exit.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import os
import signal
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.driver import Driver

try:  # termios: not on Windows, where Textual's own driver is used unchanged
    from textual.drivers.linux_driver import LinuxDriver
except ImportError:  # pragma: no cover - Windows
    LinuxDriver = None  # type: ignore[assignment,misc]

BIDI_EXPLICIT = "\x1b[8l"  # BDSM reset: the terminal does no bidi layout of its own
BIDI_IMPLICIT = "\x1b[8h"  # BDSM set: the terminal's default, it reorders rows itself

# Modes in which Marsad itself puts characters in visual order.
REORDERING_MODES = frozenset({"app", "words"})


class RtlLinuxDriver(LinuxDriver or object):  # type: ignore[misc]
    """The Linux driver, plus BDSM handling for the app's current rtl mode."""

    #: the mode the next driver starts in (set by :func:`driver_class_for`)
    initial_mode: str = "app"
    #: the app's driver (from creation to close), for :func:`set_mode`
    active: RtlLinuxDriver | None = None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._explicit = False  # what the terminal was last told
        self._want_layout = self.initial_mode not in REORDERING_MODES  # what the app's mode asks
        self._running = False  # in application mode (not suspended with ctrl+z)
        RtlLinuxDriver.active = self

    def start_application_mode(self) -> None:
        super().start_application_mode()
        if self._writer_thread is None:  # the parent gave up (e.g. backgrounded tty)
            return
        self._running = True
        self._apply()
        self._catch_sigterm()

    def _catch_sigterm(self) -> None:
        """`kill` (SIGTERM) would end the process past every cleanup, leaving a VTE terminal
        without its bidi layout: restore it at once and let the app shut down cleanly."""
        loop = asyncio.get_running_loop()
        app = self._app

        def on_term(signum: int, frame: object) -> None:
            _restore_at_exit()
            loop.call_soon_threadsafe(app.exit)

        with contextlib.suppress(ValueError):  # not the main thread: leave the default
            signal.signal(signal.SIGTERM, on_term)

    def stop_application_mode(self) -> None:
        self._restore()
        self._running = False
        super().stop_application_mode()

    def close(self) -> None:
        if RtlLinuxDriver.active is self:
            RtlLinuxDriver.active = None
        super().close()

    def set_terminal_layout(self, enabled: bool) -> None:
        """Let the terminal lay out bidi text itself (``enabled``) or not; remembered across
        a suspend (ctrl+z), applied while the app is on screen."""
        self._want_layout = enabled
        self._apply()

    def _apply(self) -> None:
        if not self._running or self._writer_thread is None or self._want_layout == (not self._explicit):
            return
        self.write(BIDI_IMPLICIT if self._want_layout else BIDI_EXPLICIT)
        self.flush()
        self._explicit = not self._want_layout
        if self._explicit:
            _pending_restore.add(id(self))

    def _restore(self) -> None:
        if self._explicit and self._writer_thread is not None:
            self.write(BIDI_IMPLICIT)
            self.flush()
        self._explicit = False
        _pending_restore.discard(id(self))


# Drivers that switched the terminal's layout off and have not yet switched it back: if
# the process dies past Textual's own shutdown, restore at interpreter exit.
_pending_restore: set[int] = set()


def _restore_at_exit() -> None:
    if not _pending_restore:
        return
    _pending_restore.clear()
    if RtlLinuxDriver.active is not None:
        RtlLinuxDriver.active._explicit = False
    stream = sys.__stderr__
    try:
        if stream is not None and stream.isatty():
            stream.write(BIDI_IMPLICIT)
            stream.flush()
    except (OSError, ValueError):  # closed stream: nothing left to restore
        pass


atexit.register(_restore_at_exit)


def driver_class_for(mode: str) -> type[Driver] | None:
    """The driver class for ``App(driver_class=...)`` when starting in ``mode``; None
    keeps Textual's own choice (Windows, a driver named in $TEXTUAL_DRIVER, e.g. the
    browser's)."""
    if LinuxDriver is None or sys.platform == "win32" or os.environ.get("TEXTUAL_DRIVER"):
        return None
    RtlLinuxDriver.initial_mode = mode
    return RtlLinuxDriver


def set_mode(mode: str) -> None:
    """Tell the running driver (if it is ours) that the rtl mode changed."""
    driver = RtlLinuxDriver.active
    if driver is not None:
        driver.set_terminal_layout(mode not in REORDERING_MODES)
