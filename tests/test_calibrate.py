"""The calibration screen: one Arabic sentence in the three modes; 1/2/3 or arrows+enter
pick one; the choice lands in state.toml and becomes the app's mode."""

from __future__ import annotations

import asyncio
import functools

import arabic_reshaper
import pytest
from textual.app import App, ComposeResult
from textual.reactive import reactive
from textual.widgets import Static

from tui.app import rtl
from tui.app.calibrate import SAMPLE, CalibrateCommands, CalibrateScreen, open_calibration, should_calibrate
from tui.config import load_state


class Host(App):
    """A stand-in for the dashboard: it has an ``rtl_mode`` and opens calibration."""

    COMMANDS = App.COMMANDS | {CalibrateCommands}
    rtl_mode = reactive("terminal")

    def compose(self) -> ComposeResult:
        yield Static("host")

    def on_mount(self) -> None:
        self.open()

    def open(self) -> None:  # subclasses change what happens at start
        open_calibration(self)


def sync(coro_fn):
    """Run an async Pilot test without an async pytest plugin."""

    @functools.wraps(coro_fn)
    def run(*args, **kwargs):
        return asyncio.run(coro_fn(*args, **kwargs))

    return run


def screen_lines(app: App) -> list[str]:
    """The text of every cell row on screen, as a terminal would receive it."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize(("keys", "mode"), [(["1"], "terminal"), (["2"], "app"), (["3"], "words"),
                                            (["down", "down", "enter"], "words"), (["right", "enter"], "app"),
                                            (["up", "enter"], "words")])
@sync
async def test_picking_a_mode_remembers_it_and_applies_it(keys, mode):
    app = Host()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CalibrateScreen)
        await pilot.press(*keys)
        await pilot.pause()
        assert not isinstance(app.screen, CalibrateScreen)
        assert app.rtl_mode == mode
    state = load_state()
    assert state["rtl"] == mode
    assert state["calibrated"] is True


@sync
async def test_escape_keeps_the_mode_and_stops_asking():
    app = Host()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.rtl_mode == "terminal"
        assert not isinstance(app.screen, CalibrateScreen)
    state = load_state()
    assert state["calibrated"] is True
    assert state["rtl"] is None


@sync
async def test_screen_shows_the_sentence_in_all_three_modes():
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        rows = "\n".join(screen_lines(app))
        # terminal: logical order, as typed
        assert "التقى 3 مراسلين من CNN" in rows
        # app: shaped and reversed; "CNN" and "3" keep their own order, brackets mirrored
        first = arabic_reshaper.reshape("التقى")[::-1]
        capital = arabic_reshaper.reshape("العاصمة")[::-1]
        assert f"({capital})" in rows
        app_row = next(r for r in screen_lines(app) if first in r)
        assert app_row.index("CNN") < app_row.index(" 3 ") < app_row.index(first)
        # words: words in visual order, letters logical
        assert "(العاصمة) مسقط في CNN من مراسلين 3 التقى" in rows
        for label in ("1  terminal", "2  app", "3  words"):
            assert label in rows


@sync
async def test_current_mode_is_preselected():
    class AppHost(Host):
        rtl_mode = reactive("words")

    app = AppHost()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#choice-words").has_class("-selected")
        await pilot.press("enter")
        await pilot.pause()
        assert app.rtl_mode == "words"


@sync
async def test_a_storage_problem_is_reported_not_raised():
    class Broken(Host):
        def open(self) -> None:
            self.push_screen(CalibrateScreen("terminal", save=lambda **_: "cannot save your choices: disk full"),
                             lambda m: setattr(self, "rtl_mode", m or self.rtl_mode))

    app = Broken()
    told: list[str] = []
    app.notify = lambda message, **kw: told.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        assert app.rtl_mode == "app"
        assert any("disk full" in m for m in told)


@sync
async def test_palette_offers_calibration():
    class Plain(Host):
        def open(self) -> None:
            pass

    app = Plain()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"calibrate")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CalibrateScreen)


def test_calibration_is_asked_only_when_nothing_chose_a_mode(monkeypatch):
    monkeypatch.delenv("MARSAD_RTL", raising=False)

    class Fake:
        is_headless = False

    assert should_calibrate(Fake(), None, None, {"calibrated": False})
    assert not should_calibrate(Fake(), None, None, {"calibrated": True})
    assert not should_calibrate(Fake(), "app", None, {"calibrated": False})
    assert not should_calibrate(Fake(), None, "words", {"calibrated": False})
    monkeypatch.setenv("MARSAD_RTL", "app")
    assert not should_calibrate(Fake(), None, None, {"calibrated": False})
    Fake.is_headless = True
    monkeypatch.delenv("MARSAD_RTL")
    assert not should_calibrate(Fake(), None, None, {"calibrated": False})


def test_sample_has_a_number_and_a_latin_word():
    assert any(c.isdigit() for c in SAMPLE)
    assert "CNN" in SAMPLE
    assert rtl.paragraph_is_rtl(SAMPLE)


@sync
async def test_the_cycle_key_does_nothing_while_calibrating():
    class Cycling(Host):
        BINDINGS = [("r", "cycle", "cycle")]  # noqa: RUF012

        def action_cycle(self) -> None:
            self.rtl_mode = rtl.next_mode(self.rtl_mode)

    app = Cycling()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, CalibrateScreen)
        assert app.rtl_mode == "terminal"


def test_calibration_and_the_readme_put_each_terminal_under_the_same_mode():
    """GNOME Terminal (VTE) is an ``app`` terminal in both places: calibration switches VTE's
    own layout off, so the app sample is the one that reads right there."""
    from pathlib import Path

    from tui.app.calibrate import DESCRIPTIONS

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    rows = {line.split("|")[1].strip().strip("`"): line for line in readme.splitlines()
            if line.startswith("| `") and line.count("|") == 4}
    assert "GNOME Terminal" in DESCRIPTIONS["app"] and "GNOME Terminal" not in DESCRIPTIONS["terminal"]
    for mode, text in DESCRIPTIONS.items():
        names = text[text.index("(") + 1:text.rindex(")")].replace(" and other VTE terminals", "").split(", ")
        for name in names:
            if name in ("web",):
                continue
            assert name in rows[mode], (mode, name, rows[mode])
            others = [m for m in DESCRIPTIONS if m != mode]
            assert all(name not in rows[m] for m in others), (mode, name)


@sync
async def test_dashboard_keys_are_off_on_the_calibration_screen_and_out_of_its_footer():
    from test_app_article import build_article

    from tui.app.app import MarsadApp

    app = MarsadApp(build_article())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.action_calibrate()
        await pilot.pause()
        assert isinstance(app.screen, CalibrateScreen)
        footer = "\n".join(screen_lines(app)[-2:])
        for label in ("Facets", "Help", "Theme", "Export", "Save preset"):
            assert label not in footer, footer
        assert "terminal" in footer and "Choose" in footer
        await pilot.press("f", "question_mark", "t", "e", "p")
        await pilot.pause()
        assert isinstance(app.screen, CalibrateScreen)  # none of them opened anything on top
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("f")  # back on the dashboard they work again
        await pilot.pause()
        assert type(app.screen).__name__ == "FacetScreen"
