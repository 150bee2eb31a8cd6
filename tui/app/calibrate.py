"""The calibration screen: the same Arabic sentence in the three right-to-left modes; the
user picks the one that reads right, and the choice is remembered in state.toml.

No terminal can be detected reliably (least of all over SSH), so Marsad asks once: on the
first run in a real terminal, and again from the command palette.

The samples are stacked, one mode per band, rather than put in columns: a terminal that
lays out bidi text itself (VTE) reorders a whole screen row, which would shuffle Arabic
from neighbouring columns together and make the choice lie.

While this screen is shown, terminals that can (VTE) are asked to switch their own bidi
layout off, as in ``app`` mode: there the ``app`` sample reads right and gets picked,
and the dashboard then keeps the terminal's layout off.  That is the better outcome on
VTE, whose per-row layout would otherwise mix the Arabic of panes side by side.
Terminals that lay out bidi and cannot switch it off (Konsole, mlterm, iTerm2) show the
``terminal`` sample right instead.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static

from tui.app import rtl, rtl_driver
from tui.app.dialogs import DismissOnce

# "3 reporters from CNN met in Niamey (the capital)": a number, a Latin word, brackets,
# and lam-alef — everything that goes wrong when the mode is wrong.
SAMPLE = "التقى 3 مراسلين من CNN في مسقط (العاصمة) الأحد"

# GNOME Terminal and the other VTE terminals belong under "app": while this screen is up
# (and in app mode) Marsad switches VTE's own bidi layout off, so the app sample is the one
# that reads right there, and VTE's per-row layout would mix side-by-side panes anyway.
DESCRIPTIONS = {
    "terminal": "the terminal lays out Arabic itself (Konsole, mlterm, mintty, iTerm2)",
    "app": "Marsad joins and orders the letters (xterm, GNOME Terminal and other VTE terminals, "
           "Windows Terminal, Alacritty, Ghostty, tmux, web)",
    "words": "Marsad orders the words, the terminal the letters (kitty)",
}


class Sample(Widget):
    """SAMPLE rendered in one fixed mode at the widget's width (not the app's mode)."""

    DEFAULT_CSS = """
    Sample { height: auto; width: 1fr; }
    """

    def __init__(self, mode: str, text: str = SAMPLE, **kw) -> None:
        super().__init__(**kw)
        self.mode = mode
        self.text = text

    def lines(self, width: int) -> list[Text]:
        return rtl.render(self.text, max(1, width), self.mode)

    def get_content_height(self, container, viewport, width: int) -> int:
        return len(self.lines(width))

    def render(self) -> Text:
        return Text("\n", end="").join(self.lines(self.content_size.width or 40))


class Choice(Vertical):
    """One band: its number and mode name in the border, the sample, what it is for."""

    DEFAULT_CSS = """
    Choice { height: auto; border: round $panel-lighten-2; padding: 0 1; margin: 0 0 1 0; }
    Choice.-selected { border: double $accent; }
    Choice .why { color: $text-muted; }
    """

    def __init__(self, number: int, mode: str, **kw) -> None:
        super().__init__(**kw)
        self.mode = mode
        self.border_title = f"{number}  {mode}"

    def compose(self) -> ComposeResult:
        yield Sample(self.mode, id=f"sample-{self.mode}")
        yield Static(DESCRIPTIONS[self.mode], classes="why", markup=False)


class CalibrateScreen(DismissOnce, Screen[str | None]):
    """Dismisses with the chosen mode (already saved), or None on escape."""

    DEFAULT_CSS = """
    CalibrateScreen { align: center top; }
    CalibrateScreen #calibrate-help { margin: 1 0; }
    CalibrateScreen VerticalScroll { height: 1fr; }
    """

    BINDINGS: ClassVar = [
        Binding("1", "pick(0)", "terminal", id="calibrate.pick1"),
        Binding("2", "pick(1)", "app", id="calibrate.pick2"),
        Binding("3", "pick(2)", "words", id="calibrate.pick3"),
        Binding("up,left,k", "move(-1)", "Previous", show=False, id="calibrate.previous"),
        Binding("down,right,j", "move(1)", "Next", show=False, id="calibrate.next"),
        Binding("enter", "confirm", "Choose", id="calibrate.choose"),
        Binding("escape", "cancel", "Not now", id="calibrate.cancel"),
        # the dashboard's "cycle mode" key would change the mode behind this screen's back
        Binding("r", "ignore", show=False, id="calibrate.ignore-r"),
        Binding("q", "leave", "Quit", id="calibrate.quit"),
    ]
    # the dashboard's own keys (f, ?, t, e …) are switched off here (MarsadApp.check_action)
    OWN_KEYS_ONLY = True

    def __init__(self, current: str | None = None, save: Callable[..., str | None] | None = None) -> None:
        super().__init__()
        self.selected = rtl.MODES.index(current) if current in rtl.MODES else 0
        self._previous = current
        self._save = save

    def compose(self) -> ComposeResult:
        yield Static(
            "Which Arabic line reads right? Joined letters read from the right, 3 and CNN in place, "
            "and the brackets around the word they hold.  Press 1, 2 or 3 (or arrows and enter).  "
            "You can come back here from the command palette.",
            id="calibrate-help",
            markup=False,
        )
        with VerticalScroll():
            for i, mode in enumerate(rtl.MODES):
                yield Choice(i + 1, mode, id=f"choice-{mode}")
        yield Footer()

    def on_mount(self) -> None:
        # The terminal's own layout off where it can be (see the module docstring).
        rtl_driver.set_mode("app")
        self._show_selection()

    def _show_selection(self) -> None:
        for i, mode in enumerate(rtl.MODES):
            self.query_one(f"#choice-{mode}", Choice).set_class(i == self.selected, "-selected")

    def action_ignore(self) -> None:
        pass

    def action_leave(self) -> None:
        self.app.exit()

    def action_move(self, step: int) -> None:
        self.selected = (self.selected + step) % len(rtl.MODES)
        self._show_selection()

    def action_pick(self, index: int) -> None:
        self.selected = index
        self._show_selection()
        self.action_confirm()

    def action_confirm(self) -> None:
        mode = rtl.MODES[self.selected]
        problem = self._store(rtl=mode, calibrated=True)
        if problem:
            self.app.notify(problem, severity="warning")
        rtl_driver.set_mode(mode)
        self.dismiss(mode)

    def action_cancel(self) -> None:
        # Asked once: "not now" still counts as calibrated, so first runs stop asking.
        problem = self._store(calibrated=True)
        if problem:
            self.app.notify(problem, severity="warning")
        rtl_driver.set_mode(self._previous or "terminal")
        self.dismiss(None)

    def _store(self, **changes) -> str | None:
        if self._save is not None:
            return self._save(**changes)
        from tui.config import save_state

        return save_state(**changes)


def should_calibrate(app: App, cli: str | None, config: str | None, state: dict) -> bool:
    """First run in a real terminal, and nobody chose a mode (flag, $MARSAD_RTL, config)."""
    if app.is_headless or state.get("calibrated"):
        return False
    return not any(rtl.valid_mode(v) for v in (cli, os.environ.get(rtl.ENV_VAR), config))


def open_calibration(app: App) -> None:
    """Push the screen; the chosen mode becomes the app's ``rtl_mode``."""
    current = getattr(app, "rtl_mode", None)

    def done(mode: str | None) -> None:
        if mode and hasattr(app, "rtl_mode"):
            app.rtl_mode = mode  # type: ignore[attr-defined]

    app.push_screen(CalibrateScreen(current), done)


class CalibrateCommands(Provider):
    """Command palette entry: "Calibrate right-to-left display"."""

    TITLE = "Calibrate right-to-left display"
    HELP = "Show one Arabic sentence in the three modes and pick the one that reads right"

    async def discover(self) -> Hits:
        yield DiscoveryHit(self.TITLE, lambda: open_calibration(self.app), help=self.HELP)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title in (self.TITLE, "RTL: calibrate Arabic display"):
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), lambda: open_calibration(self.app), help=self.HELP)
