"""Pilot tests: the cell text the dashboard puts on screen in each right-to-left mode.

Not SVG snapshots (an SVG viewer reorders Arabic on its own): these read the rows of
cells exactly as a terminal would receive them.
"""

from __future__ import annotations

import asyncio
import unicodedata

import pytest

from tui.app import rtl

# The article is tests/fixtures/oasis-dam.txt (our own).  "السلاوي", the minister's family
# name, shaped (isolated alef, initial lam, medial seen, final lam-alef, isolated waw,
# isolated yeh) and reversed: what app mode must draw.
SALAWI_VISUAL = "\ufef1\ufeed\ufefc\ufeb4\ufedf\ufe8d"
SALAWI = "السلاوي"


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


def test_terminal_mode_puts_logical_text_on_screen(oasis_article):
    rows, _ = run_app(oasis_article, "terminal")
    screen = "\n".join(rows)
    assert SALAWI in screen
    assert SALAWI_VISUAL not in screen


def test_app_mode_puts_shaped_visual_text_on_screen(oasis_article):
    rows, _ = run_app(oasis_article, "app")
    screen = "\n".join(rows)
    assert SALAWI_VISUAL in screen
    assert SALAWI not in screen


def test_app_mode_draws_no_unshaped_arabic_anywhere(oasis_article):
    rows, _ = run_app(oasis_article, "app")
    assert unshaped_arabic_letters(rows) == ""


def test_words_mode_orders_words_but_keeps_letters(oasis_article):
    rows, _ = run_app(oasis_article, "words")
    screen = "\n".join(rows)
    assert SALAWI in screen
    assert SALAWI_VISUAL not in screen
    # a sentence's date: words right to left, each number in its place
    assert any("لتحديد 2031 مارس 22 في" in r for r in rows), [r for r in rows if "لتحديد" in r][:3]


def test_right_to_left_lines_are_right_aligned_in_app_mode(oasis_article):
    rows, _ = run_app(oasis_article, "app")
    # "الإقليم" shaped (isolated alef, isolated lam-alef-hamza, initial qaf, medial lam,
    # medial yeh, final meem), reversed
    region = "\ufee2\ufef4\ufee0\ufed7\ufef9\ufe8d"
    first_word = "\ufeaa\ufeec\ufeb7\ufeed"  # "وشهد": isolated waw, initial sheen, medial heh, final dal
    cells = [cell for r in rows for cell in r.split("││") if region in cell]
    assert cells  # the sentence is shown (Timeline and Source panes)
    for cell in cells:
        inside = cell.strip(" │")
        # "وشهد الإقليم …": the first word is at the right end of the line, the text hugs
        # the right border and the padding is on the left
        assert inside.endswith(first_word), inside[-20:]
        assert len(cell) - len(cell.rstrip(" │")) <= 6, cell


def test_notifications_carry_visual_text_in_app_mode(oasis_article):
    run_app(with_actor_and_quote(oasis_article), "app", ("2", "enter"))
    assert any(SALAWI_VISUAL in n for n in NOTES), NOTES  # "Showing only غيثة السلاوي"


def test_key_r_cycles_the_mode_and_rerenders(oasis_article):
    rows, mode = run_app(oasis_article, "terminal", ("r",))
    assert mode == "app"
    assert SALAWI_VISUAL in "\n".join(rows)
    rows, mode = run_app(oasis_article, "terminal", ("r", "r"))
    assert mode == "words"
    assert SALAWI_VISUAL not in "\n".join(rows) and SALAWI in "\n".join(rows)
    rows, mode = run_app(oasis_article, "terminal", ("r", "r", "r"))
    assert mode == "terminal"


@pytest.mark.parametrize("mode", rtl.MODES)
def test_no_control_characters_reach_the_screen(oasis_article, mode):
    rows, _ = run_app(oasis_article, mode)
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


@pytest.mark.parametrize(("mode", "name"), [("terminal", SALAWI), ("app", SALAWI_VISUAL), ("words", SALAWI)])
def test_search_highlights_land_on_the_name_in_every_mode(oasis_article, mode, name):
    from dataclasses import replace

    from tui.app.app import MarsadApp

    async def main() -> list[str]:
        app = MarsadApp(oasis_article, rtl_mode=mode)
        async with app.run_test(size=(180, 50)) as pilot:
            await pilot.pause()
            app.set_filter(replace(app.flt, source_query="السلاوي"))
            await pilot.pause()
            return reversed_runs(app)

    # (blank reversed cells are a cursor, block elements the scrollbar)
    runs = [r for r in asyncio.run(main()) if r.strip(" \u2580\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588")]
    occurrences = oasis_article.text.count(SALAWI)
    assert len(runs) >= min(occurrences, 3)
    assert all(r == name for r in runs), runs


def _shaped_reversed(word: str) -> str:
    import arabic_reshaper

    return arabic_reshaper.reshape(word)[::-1]


def with_actor_and_quote(article):
    """The article with one actor card and one quote written in by hand, so the Actors and
    Quotes panes have Arabic to show whatever stage of the parser is finished."""
    from dataclasses import replace

    from tui.article.model import Actor, Quote

    text = article.text
    name_at = text.index("غيثة السلاوي")
    quote_at = text.index("ضمانات مكتوبة")
    actor = Actor("a-test", "غيثة السلاوي", "person", mentions=((name_at, name_at + 12),))
    quote = Quote("q-test", quote_at, quote_at + 13, "ضمانات مكتوبة", "direct", speaker="a-test", cue="وقال")
    return replace(article, actors=(actor,), quotes=(quote,))


@pytest.mark.parametrize(("mode", "name", "quote"), [
    ("terminal", "غيثة السلاوي", "ضمانات مكتوبة"),
    ("app", SALAWI_VISUAL + " " + _shaped_reversed("غيثة"),
     _shaped_reversed("مكتوبة") + " " + _shaped_reversed("ضمانات")),
    ("words", "السلاوي غيثة", "مكتوبة ضمانات"),
])
def test_all_four_panes_in_each_mode(oasis_article, mode, name, quote):
    run_app(with_actor_and_quote(oasis_article), mode)
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


def test_clipboard_and_exports_stay_logical_in_app_mode(oasis_article, tmp_path):
    from tui.app.app import MarsadApp

    copied: list[str] = []

    async def main() -> str:
        app = MarsadApp(with_actor_and_quote(oasis_article), rtl_mode="app")
        app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
        async with app.run_test(size=(180, 50)) as pilot:
            await pilot.pause()
            await pilot.press("3", "y")
            await pilot.pause()
            path = app.export_visible("md", tmp_path)
            assert path is not None
            return path.read_text("utf-8")

    exported = asyncio.run(main())
    assert copied and "ضمانات مكتوبة" in copied[0]
    assert "غيثة السلاوي" in exported
    assert _presentation_forms(copied[0] + exported) == ""


@pytest.mark.parametrize("keys", [("f",), ("2", "enter"), ("3", "enter"), ("3", "y"), ("question_mark",), ("p",)])
def test_app_mode_screens_and_notifications_draw_no_unshaped_arabic(oasis_article, keys):
    # facets, an actor chosen (its notification), a quote shown in the source, a quote
    # copied (its notification), help, presets
    rows, _ = run_app(with_actor_and_quote(oasis_article), "app", keys)
    assert unshaped_arabic_letters(rows) == "", [r for r in rows if unshaped_arabic_letters([r])][:3]
    assert unshaped_arabic_letters(NOTES) == "", NOTES
