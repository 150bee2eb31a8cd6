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


def test_the_footer_is_built_once_at_start_up_not_once_per_change(monkeypatch, tmp_path):
    import asyncio

    from test_app_article import build_article

    from tui.app.app import MarsadApp
    from tui.app.keybar import KeyBar

    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path))
    calls = []
    original = KeyBar.refresh_keys
    monkeypatch.setattr(KeyBar, "refresh_keys", lambda self: (calls.append(1), original(self))[1])

    async def go() -> str:
        app = MarsadApp(build_article())
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause()
            return str(app.main.query_one(KeyBar).render())

    footer = asyncio.run(go())
    assert "Help" in footer and "Quit" in footer  # built, with the focused pane's keys
    assert len(calls) <= 2, len(calls)  # one scheduled refresh (+ the bar's first resize), not one per change


def test_a_keystroke_that_changes_no_bar_text_lays_nothing_out_again(monkeypatch, tmp_path):
    """Typing in a `/` line rebuilds the top bar and the footer; when their text is the same,
    neither is updated (an update is a new layout and one more frame per key)."""
    import asyncio

    from test_app_article import build_article
    from textual.widgets import Static

    from tui.app.app import MarsadApp, StatusBar, TopBar
    from tui.app.keybar import KeyBar

    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path))
    updated: list[str] = []
    original = Static.update
    monkeypatch.setattr(Static, "update", lambda self, *a, **kw: (updated.append(type(self).__name__),
                                                                   original(self, *a, **kw))[1])

    async def go() -> tuple[str, str]:
        app = MarsadApp(build_article())
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.press("3", "slash")
            await pilot.pause()
            updated.clear()
            await pilot.press(*"الصيد")
            await pilot.pause()
            return str(app.main.query_one(StatusBar).render()), str(app.main.query_one(TopBar).render())

    status, top = asyncio.run(go())
    assert "الصيد" in status or "filter" in status  # the status bar did follow the typing
    assert "Marsad" in top
    assert KeyBar.__name__ not in updated and TopBar.__name__ not in updated, updated
    assert StatusBar.__name__ in updated


def test_the_word_count_while_parsing_is_counted_once_per_text(tmp_path, monkeypatch):
    from tui.app.app import MarsadApp
    from tui.article.model import Article

    class Counted(str):
        splits = 0

        def split(self, *a, **kw):  # type: ignore[override]
            Counted.splits += 1
            return super().split(*a, **kw)

    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path))
    app = MarsadApp(Article(Counted("كلمة " * 500)), parse_job=lambda: Article(""))
    assert [app.words_to_parse() for _ in range(4)] == [500] * 4
    assert Counted.splits == 1
    app.article = Article(Counted("نص آخر"))
    assert app.words_to_parse() == 2 and Counted.splits == 2


def test_quitting_on_the_pane_already_remembered_leaves_state_toml_alone(tmp_path, monkeypatch):
    import asyncio

    from test_app_article import build_article

    from tui.app.app import MarsadApp

    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path))

    async def quit_on(key: str) -> None:
        app = MarsadApp(build_article())
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.press(key, "q")
            await pilot.pause()

    state = tmp_path / "state.toml"
    asyncio.run(quit_on("3"))
    first = state.stat()
    asyncio.run(quit_on("3"))  # the same pane: nothing to remember
    again = state.stat()
    assert (again.st_ino, again.st_mtime_ns) == (first.st_ino, first.st_mtime_ns)
    asyncio.run(quit_on("2"))  # another pane: written, and remembered
    assert 'pane = "actors"' in state.read_text(encoding="utf-8")


def test_textual_design_variables_are_built_once_for_all_theme_files():
    from tui.app.themes import _design_variables, load_themes

    load_themes()
    assert _design_variables.cache_info().currsize == 1 and _design_variables.cache_info().hits >= 1
    assert _design_variables() is _design_variables()
