"""Pilot tests: the cell text the dashboard puts on screen in each right-to-left mode.

Not SVG snapshots (an SVG viewer reorders Arabic on its own): these read the rows of
cells exactly as a terminal would receive them.
"""

from __future__ import annotations

import asyncio
import unicodedata

import pytest

from tui.app import rtl

# "نولاند" shaped and reversed (see tests/test_rtl.py): what app mode must draw.
NULAND_VISUAL = "\ufeaa\ufee7\ufefb\ufeee\ufee7"
NULAND = "نولاند"


def screen_rows(app) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


PANES: dict[str, list[str]] = {}  # the last run's cell text per pane, by pane id
NOTES: list[str] = []  # the last run's notification messages


def pane_rows(app, pane_id: str) -> list[str]:
    """The cell rows inside one pane's region (cropped by cells, not characters)."""
    region = app.pane(pane_id).region
    strips = app.screen._compositor.render_strips()
    return [strip.crop(region.x, region.right).text for strip in strips[region.y : region.bottom]]


def run_app(article, mode: str, keys: tuple[str, ...] = ()) -> tuple[list[str], str]:
    from tui.app.app import PANE_IDS, MarsadApp

    async def main() -> tuple[list[str], str]:
        app = MarsadApp(article, rtl_mode=mode)
        async with app.run_test(size=(180, 50)) as pilot:
            for _ in range(3):  # lists render after layout (call_after_refresh): settle on a busy machine
                await pilot.pause()
            if keys:
                await pilot.press(*keys)
                await pilot.pause()
            PANES.clear()
            PANES.update({pid: pane_rows(app, pid) for pid in PANE_IDS})
            NOTES[:] = [str(n.message) for n in app._notifications]
            return screen_rows(app), app.rtl_mode

    return asyncio.run(main())


def unshaped_arabic_letters(rows: list[str]) -> str:
    """Arabic letters in their logical (unshaped) code points: app mode must draw none."""
    return "".join(c for row in rows for c in row if "\u0621" <= c <= "\u064a")


def test_terminal_mode_puts_logical_text_on_screen(seed_article):
    rows, _ = run_app(seed_article, "terminal")
    screen = "\n".join(rows)
    assert NULAND in screen
    assert NULAND_VISUAL not in screen


def test_app_mode_puts_shaped_visual_text_on_screen(seed_article):
    rows, _ = run_app(seed_article, "app")
    screen = "\n".join(rows)
    assert NULAND_VISUAL in screen
    assert NULAND not in screen


def test_app_mode_draws_no_unshaped_arabic_anywhere(seed_article):
    rows, _ = run_app(seed_article, "app")
    assert unshaped_arabic_letters(rows) == ""


def test_words_mode_orders_words_but_keeps_letters(seed_article):
    rows, _ = run_app(seed_article, "words")
    screen = "\n".join(rows)
    assert NULAND in screen
    assert NULAND_VISUAL not in screen
    # the first sentence's date: words right to left, the number in its place
    # (runs are sent as kitty will reverse them: "أغسطس/" comes out as "/أغسطس" read from the right)
    assert any("آب أغسطس/ 7 في" in r for r in rows), [r for r in rows if "أغسطس" in r][:3]


def test_right_to_left_lines_are_right_aligned_in_app_mode(seed_article):
    rows, _ = run_app(seed_article, "app")
    safarat = "\ufe95\ufeae\ufed3\ufe8e\ufeb3"  # "سافرت" shaped, reversed
    first_word = "\ufef2\ufed3"  # "في": final yeh, initial feh, reversed
    cells = [cell for r in rows for cell in r.split("││") if safarat in cell]
    assert cells  # the first sentence is shown (Timeline and Source panes)
    for cell in cells:
        inside = cell.strip(" │")
        # "في 7 أغسطس …": the first word is at the right end of the line, the text hugs
        # the right border and the padding is on the left
        assert inside.endswith(first_word), inside[-20:]
        assert len(cell) - len(cell.rstrip(" │")) <= 6, cell


def test_notifications_carry_visual_text_in_app_mode(seed_article):
    run_app(with_actor_and_quote(seed_article), "app", ("2", "enter"))
    assert any(NULAND_VISUAL in n for n in NOTES), NOTES  # "Showing only فيكتوريا نولاند"


def test_key_r_cycles_the_mode_and_rerenders(seed_article):
    rows, mode = run_app(seed_article, "terminal", ("r",))
    assert mode == "app"
    assert NULAND_VISUAL in "\n".join(rows)
    rows, mode = run_app(seed_article, "terminal", ("r", "r"))
    assert mode == "words"
    assert NULAND_VISUAL not in "\n".join(rows) and NULAND in "\n".join(rows)
    rows, mode = run_app(seed_article, "terminal", ("r", "r", "r"))
    assert mode == "terminal"


@pytest.mark.parametrize("mode", rtl.MODES)
def test_no_control_characters_reach_the_screen(seed_article, mode):
    rows, _ = run_app(seed_article, mode)
    bad = [c for r in rows for c in r if unicodedata.category(c) in ("Cc", "Cf")]
    assert bad == []


def reversed_runs(app) -> list[str]:
    """Text of each run of cells drawn in reverse video (the Source pane's match style)."""
    runs: list[str] = []
    for strip in app.screen._compositor.render_strips():
        current = ""
        for seg in strip:
            if seg.style is not None and seg.style.reverse:
                current += seg.text
            elif current:
                runs.append(current)
                current = ""
        if current:
            runs.append(current)
    return runs


@pytest.mark.parametrize(("mode", "name"), [("terminal", NULAND), ("app", NULAND_VISUAL), ("words", NULAND)])
def test_search_highlights_land_on_the_name_in_every_mode(seed_article, mode, name):
    from dataclasses import replace

    from tui.app.app import MarsadApp

    async def main() -> list[str]:
        app = MarsadApp(seed_article, rtl_mode=mode)
        async with app.run_test(size=(180, 50)) as pilot:
            await pilot.pause()
            app.set_filter(replace(app.flt, source_query="نولاند"))
            await pilot.pause()
            return reversed_runs(app)

    # (blank reversed cells are a cursor, block elements the scrollbar)
    runs = [r for r in asyncio.run(main()) if r.strip(" \u2580\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588")]
    occurrences = seed_article.text.count(NULAND)
    assert len(runs) >= min(occurrences, 3)
    assert all(r == name for r in runs), runs


def _shaped_reversed(word: str) -> str:
    import arabic_reshaper

    return arabic_reshaper.reshape(word)[::-1]


def with_actor_and_quote(article):
    """The seed with one actor card and one quote written in by hand, so the Actors and
    Quotes panes have Arabic to show whatever stage of the parser is finished."""
    from dataclasses import replace

    from tui.article.model import Actor, Quote

    text = article.text
    name_at = text.index("فيكتوريا نولاند")
    quote_at = text.index("صريحة وصعبة")
    actor = Actor("a-test", "فيكتوريا نولاند", "person", mentions=((name_at, name_at + 15),))
    quote = Quote("q-test", quote_at, quote_at + 11, "صريحة وصعبة", "direct", speaker="a-test", cue="وصفت")
    return replace(article, actors=(actor,), quotes=(quote,))


@pytest.mark.parametrize(("mode", "name", "quote"), [
    ("terminal", "فيكتوريا نولاند", "صريحة وصعبة"),
    ("app", NULAND_VISUAL + " " + _shaped_reversed("فيكتوريا"),
     _shaped_reversed("وصعبة") + " " + _shaped_reversed("صريحة")),
    ("words", "نولاند فيكتوريا", "وصعبة صريحة"),
])
def test_all_four_panes_in_each_mode(seed_article, mode, name, quote):
    run_app(with_actor_and_quote(seed_article), mode)
    # every pane shows her name, its two words in the mode's left-to-right screen order
    left, right = name.split(" ")
    for pane in ("timeline", "actors", "quotes", "source"):
        assert any(left in row and right in row and row.index(left) < row.index(right) for row in PANES[pane]), (
            pane, PANES[pane][:6])
    assert any(name in row for row in PANES["actors"]), PANES["actors"][:4]
    assert any(quote in row for row in PANES["quotes"]), PANES["quotes"][:6]
    assert any(name in row for row in PANES["quotes"]), "the speaker's name is shown with the quote"


def _presentation_forms(s: str) -> str:
    return "".join(c for c in s if "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff")


def test_clipboard_and_exports_stay_logical_in_app_mode(seed_article, tmp_path):
    from tui.app.app import MarsadApp

    copied: list[str] = []

    async def main() -> str:
        app = MarsadApp(with_actor_and_quote(seed_article), rtl_mode="app")
        app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
        async with app.run_test(size=(180, 50)) as pilot:
            await pilot.pause()
            await pilot.press("3", "y")
            await pilot.pause()
            path = app.export_visible("md", tmp_path)
            assert path is not None
            return path.read_text("utf-8")

    exported = asyncio.run(main())
    assert copied and "صريحة وصعبة" in copied[0]
    assert "فيكتوريا نولاند" in exported
    assert _presentation_forms(copied[0] + exported) == ""


@pytest.mark.parametrize("keys", [("f",), ("2", "enter"), ("3", "enter"), ("3", "y"), ("question_mark",), ("p",)])
def test_app_mode_screens_and_notifications_draw_no_unshaped_arabic(seed_article, keys):
    # facets, an actor chosen (its notification), a quote shown in the source, a quote
    # copied (its notification), help, presets
    rows, _ = run_app(with_actor_and_quote(seed_article), "app", keys)
    assert unshaped_arabic_letters(rows) == "", [r for r in rows if unshaped_arabic_letters([r])][:3]
    assert unshaped_arabic_letters(NOTES) == "", NOTES
