"""run_dashboard's wiring: command-line options, config.toml and state.toml reach the app
(command line > config > remembered state > defaults), and the Source pane's match keys."""

from __future__ import annotations

import asyncio
from argparse import Namespace

from test_app_article import build_article

from tui.app.app import build_app


def _args(**kw) -> Namespace:
    base = dict(file=None, published=None, preset=None, theme=None, rtl=None, no_mouse=False, debug=False,
                max_bytes=None)
    base.update(kw)
    return Namespace(**base)


def _run(app, check) -> None:
    async def go() -> None:
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause()
            await check(app, pilot)

    asyncio.run(go())


def test_defaults_keyboard_first(monkeypatch):
    monkeypatch.delenv("MARSAD_RTL", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    app = build_app(build_article(), _args())
    assert app.mouse_on is False
    assert app.theme == "marsad-dark"
    assert app.rtl_mode == "terminal"
    assert app.source_name == "seed"


def test_config_then_state_then_command_line(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path))
    monkeypatch.delenv("MARSAD_RTL", raising=False)
    (tmp_path / "state.toml").write_text('theme = "marsad-high-contrast"\nrtl = "words"\n', encoding="utf-8")
    app = build_app(build_article(), _args())
    assert (app.theme, app.rtl_mode) == ("marsad-high-contrast", "words")  # remembered choices
    (tmp_path / "config.toml").write_text('theme = "marsad-light"\nrtl = "app"\nmouse = true\n', encoding="utf-8")
    app = build_app(build_article(), _args())
    assert (app.theme, app.rtl_mode, app.mouse_on) == ("marsad-light", "app", True)  # config beats state
    app = build_app(build_article(), _args(theme="marsad-16", rtl="terminal", no_mouse=True, file="x/islands.txt"))
    assert (app.theme, app.rtl_mode, app.mouse_on) == ("marsad-16", "terminal", False)  # the command line wins
    assert app.source_name == "islands"


def test_config_keymap_and_problems_reach_the_app(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path))
    (tmp_path / "config.toml").write_text('rtl = "sideways"\n[keymap]\n"pane.3" = "f3"\n', encoding="utf-8")
    (tmp_path / "presets.toml").write_text('[presets.people]\nkinds = ["person"]\n', encoding="utf-8")
    app = build_app(build_article(), _args(preset="people"))

    async def check(app, pilot) -> None:
        await pilot.press("f3")
        assert app.main.current_pane.id == "quotes"
        assert app.preset_name == "people"
        messages = "\n".join(n.message for n in app._notifications)
        assert "config.toml line 1: rtl" in messages
        assert "rtl terminal" in str(app.main.query_one("#status").render())

    _run(app, check)


def test_unknown_preset_on_the_command_line_is_reported():
    app = build_app(build_article(), _args(preset="nope"))

    async def check(app, pilot) -> None:
        assert app.preset_name is None
        assert "no preset named 'nope'" in "\n".join(n.message for n in app._notifications)

    _run(app, check)


def test_n_and_shift_n_walk_the_source_matches():
    app = build_app(build_article(), _args())

    async def check(app, pilot) -> None:
        await pilot.press("4", "slash", *"قال", "enter")
        await pilot.pause()
        source = app.pane("source")
        found = source.matches()
        assert len(found) >= 3
        await pilot.press("n", "n")
        assert source.match_index == 1
        assert source.border_subtitle == f"match 2/{len(found)}"
        await pilot.press("N", "N")
        assert source.match_index == len(found) - 1

    _run(app, check)
