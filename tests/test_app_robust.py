"""The dashboard against a fast typist and odd files (issue 15): a second `enter` before a
dialog closes, an article with a very long file name, a user theme with a bad value."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from test_app_article import build_article
from textual import events

from tui.app.app import MarsadApp, export_path

WIDE = (160, 48)


def notes(app) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


async def _burst(app, keys: tuple[str, ...], burst: tuple[str, ...]) -> None:
    """Press ``keys`` one by one, then post ``burst`` in one go — as keys arrive from a
    terminal when the user types faster than the dialog closes."""
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()
        for key in burst:
            app.post_message(events.Key(key, "\r" if key == "enter" else None))
        for _ in range(4):
            await pilot.pause()
        assert len(app.screen_stack) == 1  # back on the dashboard, nothing popped too far


@pytest.mark.parametrize(("keys", "burst"), [
    (("e",), ("enter", "enter")),
    (("t",), ("enter", "escape")),
    (("ctrl+s", "x"), ("enter", "enter")),
    (("p",), ("enter", "enter")),
])
def test_a_second_key_before_a_dialog_closes_is_ignored(tmp_path, monkeypatch, keys, burst):
    monkeypatch.chdir(tmp_path)
    from tui.config import config_dir

    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "presets.toml").write_text('[presets.a]\nkinds = ["person"]\n', encoding="utf-8")
    app = MarsadApp(build_article(), source_name="art")
    asyncio.run(_burst(app, keys, burst))
    assert app.return_code is None, notes(app)  # no crash (ScreenStackError ends the app with 1)
    if keys == ("e",):  # exported once, not twice (or not at all when esc came in before the choice landed)
        assert [p.name for p in tmp_path.iterdir()] in (["marsad-art.md"], []) if "escape" in burst else (
            [p.name for p in tmp_path.iterdir()] == ["marsad-art.md"])
    if keys == ("t",) and burst == ("enter", "escape"):
        assert app.theme == "marsad-dark"  # enter kept the highlighted (current) theme; esc did not undo it


@pytest.mark.parametrize("name", ["a" * 250, "ا" * 125, "ع" * 250 + "x" * 40], ids=["latin", "arabic", "mixed"])
def test_export_names_fit_the_file_system_and_stay_unique(tmp_path: Path, name: str):
    first = export_path(tmp_path, name, "json")
    assert len(first.name.encode("utf-8")) <= 255
    first.write_text("{}")
    second = export_path(tmp_path, name, "json")
    assert second != first and len(second.name.encode("utf-8")) <= 255
    assert second.name.startswith(first.stem + "-2")


@pytest.mark.parametrize("name", ["ا" * 125], ids=["arabic"])
def test_dashboard_export_of_an_article_with_a_long_file_name(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    app = MarsadApp(build_article(), source_name=name)

    async def run() -> None:
        async with app.run_test(size=WIDE) as pilot:
            await pilot.press("e")
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press("e")
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()

    asyncio.run(run())
    assert app.return_code is None, notes(app)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert len(written) == 2 and all(w.endswith(".md") for w in written), written
    assert "Cannot export" not in notes(app)


# -- 6: themes ----------------------------------------------------------------------------------

BAD_VARIABLE = '[colors]\nprimary = "#ff0000"\n[variables]\nfooter-background = "not-a-colour"\n'


@pytest.mark.parametrize(("variables", "key", "says"), [
    ('footer-background = "not-a-colour"', "footer-background", "is not a colour"),
    ('block-cursor-text-style = "blinking-wildly"', "block-cursor-text-style", "is not a text style"),
    ('text-muted = "#12"', "text-muted", "is not a colour"),
    ('no-such-variable = "red"', "no-such-variable", "unknown variable"),
])
def test_a_theme_with_a_bad_variable_is_skipped_naming_file_and_key(tmp_path, variables, key, says):
    from tui.app.themes import load_themes

    (tmp_path / "bad.toml").write_text(f'name = "bad"\n[colors]\nprimary = "#ff0000"\n[variables]\n{variables}\n',
                                       encoding="utf-8")
    (tmp_path / "good.toml").write_text('name = "good"\n[colors]\nprimary = "#ff0000"\n[variables]\n'
                                        'footer-background = "#101010"\nblock-cursor-text-style = "bold"\n'
                                        'text-muted = "auto 50%"\n', encoding="utf-8")
    loaded = load_themes([tmp_path])
    assert [t.name for t in loaded.themes] == ["good"]
    (problem,) = loaded.problems
    assert problem.startswith(f"bad.toml: [variables] {key}: ") and says in problem


def _user_theme(name: str) -> None:
    from tui.config import config_dir

    folder = config_dir() / "themes"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bad.toml").write_text(f'name = "{name}"\n' + BAD_VARIABLE, encoding="utf-8")


@pytest.mark.parametrize(("shadow", "theme"), [("mine", "mine"), ("marsad-dark", None)])
def test_the_dashboard_starts_despite_a_bad_theme(shadow, theme):
    """--theme naming it, or a bad theme shadowing a built-in name (used at every start)."""
    _user_theme(shadow)
    app = MarsadApp(build_article(), theme=theme)

    async def run() -> None:
        async with app.run_test(size=WIDE) as pilot:
            await pilot.pause()
            assert app.theme == "marsad-dark"
            assert "bad.toml: [variables] footer-background" in notes(app)
            if theme:
                await pilot.press("t", "j")  # preview the next theme: the bad one is not on the list
                await pilot.pause()
                await pilot.press("escape")
                await pilot.pause()

    asyncio.run(run())
    assert app.return_code is None
