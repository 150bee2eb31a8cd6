"""Theme files: the shipped four load cleanly and carry every Marsad colour; a user's bad
theme file is reported in one message and skipped; 16-colour terminals get the ANSI theme."""

from __future__ import annotations

import asyncio
import tomllib

import pytest
from rich.color import Color as RichColor
from test_app_article import build_article
from textual.color import Color

from tui.app.app import MarsadApp, default_theme_for_terminal
from tui.app.themes import SECTIONS, THEMES_DIR, load_themes, palette

SHIPPED = ("marsad-dark", "marsad-light", "marsad-high-contrast", "marsad-16")


def _shipped() -> dict:
    loaded = load_themes([THEMES_DIR])
    assert loaded.problems == []
    return {t.name: t for t in loaded.themes}


def test_the_four_shipped_themes_load_without_problems():
    assert set(SHIPPED) <= set(_shipped())


@pytest.mark.parametrize("path", sorted(THEMES_DIR.glob("*.toml")), ids=lambda p: p.stem)
def test_each_file_sets_every_actor_quote_and_highlight_colour(path):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert path.read_text(encoding="utf-8").startswith("#"), "a header comment says what the file holds"
    for section, keys in SECTIONS.items():
        assert set(data[section]) == set(keys), section


def test_every_palette_colour_is_usable_by_rich():
    for theme in _shipped().values():
        for value in palette(theme).values():
            RichColor.parse(value)


def test_sixteen_colour_theme_uses_only_ansi_colours():
    theme = _shipped()["marsad-16"]
    values = [getattr(theme, f) for f in ("primary", "secondary", "accent", "foreground", "background")]
    values += [v for k, v in theme.variables.items() if k.startswith("marsad-")]
    assert all(v.startswith("ansi_") for v in values if v), values


def _luminance(value: str) -> float:
    def channel(v: int) -> float:
        v = v / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    c = Color.parse(value)
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)


def _contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_high_contrast_theme_meets_wcag_aaa_for_text_and_actor_colours():
    theme = _shipped()["marsad-high-contrast"]
    assert _contrast(theme.foreground, theme.background) >= 7
    for key, value in theme.variables.items():
        if key.startswith(("marsad-actor-", "marsad-quote-")):
            assert _contrast(value, theme.background) >= 7, key


@pytest.mark.parametrize("name", ["marsad-dark", "marsad-light", "marsad-high-contrast"])
def test_actor_and_quote_colours_stay_readable_on_the_list_cursor(name):
    theme = _shipped()[name]
    cursor = theme.variables["block-cursor-background"]
    for key, value in theme.variables.items():
        if key.startswith(("marsad-actor-", "marsad-quote-")):
            assert _contrast(value, cursor) >= 3.5, key


def test_light_theme_is_light_and_readable():
    theme = _shipped()["marsad-light"]
    assert not theme.dark
    assert _contrast(theme.foreground, theme.background) >= 7
    for key, value in theme.variables.items():
        if key.startswith("marsad-actor-"):
            assert _contrast(value, theme.background) >= 4.5, key


def test_bad_user_theme_is_reported_once_and_skipped(tmp_path):
    (tmp_path / "broken.toml").write_text('name = "broken"\n[colors]\nprimary = "not-a-colour"\n', encoding="utf-8")
    (tmp_path / "syntax.toml").write_text('name = "x\n', encoding="utf-8")
    (tmp_path / "escape.toml").write_text('name = "x\\u001b]2;PWNED\\u0007"\n[colors]\nprimary = "#ff0000"\n',
                                          encoding="utf-8")
    (tmp_path / "mine.toml").write_text('name = "mine"\n[colors]\nprimary = "#ff0000"\n[actors]\nperson = "#00ff00"\n',
                                        encoding="utf-8")
    loaded = load_themes([tmp_path])
    assert [t.name for t in loaded.themes] == ["mine"]
    assert len(loaded.problems) == 3
    assert any("escape.toml" in p and "control characters" in p for p in loaded.problems)
    assert any("broken.toml" in p and "primary" in p and "not a colour" in p for p in loaded.problems)
    assert any("syntax.toml" in p and "line 1" in p for p in loaded.problems)
    assert palette(loaded.themes[0])["marsad-actor-person"] == "#00ff00"


def test_app_offers_user_themes_and_reports_bad_ones(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path))
    (tmp_path / "themes").mkdir()
    (tmp_path / "themes" / "mine.toml").write_text('name = "mine"\ndark = false\n[colors]\nprimary = "#123456"\n',
                                                   encoding="utf-8")
    (tmp_path / "themes" / "bad.toml").write_text('name = 3\n', encoding="utf-8")

    async def run() -> None:
        app = MarsadApp(build_article(), theme="mine")
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert app.theme == "mine"
            messages = [n.message for n in app._notifications]
            assert any("bad.toml" in m and "name" in m for m in messages)

    asyncio.run(run())


@pytest.mark.parametrize("name", SHIPPED)
def test_app_renders_in_every_shipped_theme(name):
    async def run() -> None:
        app = MarsadApp(build_article(), theme=name)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert app.theme == name
            assert app.palette == palette(app.current_theme)

    asyncio.run(run())


def test_sixteen_colour_terminals_default_to_the_ansi_theme():
    assert default_theme_for_terminal({"TERM": "xterm"}) == "marsad-16"
    assert default_theme_for_terminal({"TERM": "xterm-256color"}) == "marsad-dark"
    assert default_theme_for_terminal({"TERM": "xterm", "COLORTERM": "truecolor"}) == "marsad-dark"
