"""Pilot tests for the small things a user sees (issue 13): Source padding, speakerless
quotes, the "too small" message, the current search match, and more."""

from __future__ import annotations

import asyncio

import pytest
from test_app_article import build_article

from tui.app.app import MarsadApp


def cells(app) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


def notes(app) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


def run(coro):
    return asyncio.run(coro)


@pytest.mark.parametrize("mode", ["terminal", "app"])
def test_source_text_keeps_one_blank_cell_before_the_scrollbar(seed_article, mode):
    async def main() -> None:
        app = MarsadApp(seed_article, rtl_mode=mode)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            view = app.pane("source").body
            assert view.virtual_size.height > view.size.height  # it scrolls: there is a scrollbar
            bar_x = view.content_region.right - 1
            strips = app.screen._compositor.render_strips()[view.content_region.y:view.content_region.bottom]
            gaps = [s.crop(bar_x - 1, bar_x).text for s in strips]  # by cells: tashkeel takes none
            assert set(gaps) == {" "}, [s.crop(bar_x - 6, bar_x + 1).text for s in strips]

    run(main())


def test_s_on_a_quote_without_speaker_says_so():
    async def main() -> None:
        app = MarsadApp(build_article())
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.press("3", "G", "s")  # q4, the last quote, has no speaker
            await pilot.pause()
            assert app.pane("quotes").body.highlighted_item.id == "q4"
            assert "no named speaker" in notes(app)
            assert app.flt.actor is None

    run(main())


@pytest.mark.parametrize("size", [(50, 14), (30, 10), (59, 30)])
def test_too_small_message_lines_never_wrap(size):
    async def main() -> None:
        app = MarsadApp(build_article())
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            rows = [r.strip() for r in cells(app)]
            width, height = size
            for line in ("Terminal too small", f"{width}×{height}: Marsad", "needs 60×15 or more.",
                         "Enlarge the window", "or use a smaller font.", "q quits"):
                assert line in rows, rows

    run(main())


def styled_runs(app, region) -> list[tuple[str, bool]]:
    """(text, underlined) of each reverse-video run inside ``region`` (the match styles)."""
    runs: list[tuple[str, bool]] = []
    for strip in app.screen._compositor.render_strips()[region.y:region.bottom]:
        current, under = "", False
        for seg in strip.crop(region.x, region.right):
            if seg.style is not None and seg.style.reverse and seg.text.strip():
                current += seg.text
                under = bool(seg.style.underline)
            elif current:
                runs.append((current, under))
                current = ""
        if current:
            runs.append((current, under))
    return runs


def test_the_current_search_match_looks_different_from_the_others():
    async def main() -> None:
        from dataclasses import replace

        app = MarsadApp(build_article(), theme="marsad-16")
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.press("4")
            app.set_filter(replace(app.flt, source_query="الدولاتي"))
            await pilot.pause()
            view = app.pane("source").body.region
            assert styled_runs(app, view) == [("الدولاتي", False), ("الدولاتي", False)]
            await pilot.press("n")
            await pilot.pause()
            assert styled_runs(app, view) == [("الدولاتي", True), ("الدولاتي", False)]
            await pilot.press("n")
            await pilot.pause()
            assert styled_runs(app, view) == [("الدولاتي", False), ("الدولاتي", True)]

    run(main())


def _focused_after_start(article) -> str:
    async def main() -> str:
        app = MarsadApp(article)
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause()
            return app.main.current_pane.id

    return run(main())


def test_opens_on_the_first_non_empty_of_timeline_quotes_actors():
    from dataclasses import replace

    art = build_article()
    assert _focused_after_start(art) == "timeline"
    assert _focused_after_start(replace(art, events=())) == "quotes"
    assert _focused_after_start(replace(art, events=(), quotes=())) == "actors"
    assert _focused_after_start(replace(art, events=(), quotes=(), actors=())) == "source"


def test_remembers_the_last_focused_pane_per_article():
    from dataclasses import replace

    art = build_article()
    other = replace(art, text=art.text + "\n")  # another article (its content differs)

    async def main() -> None:
        app = MarsadApp(art)
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.press("3", "q")
            await pilot.pause()

    run(main())
    assert _focused_after_start(art) == "quotes"
    assert _focused_after_start(other) == "timeline"


@pytest.mark.parametrize(("pane_key", "pane_id"), [("3", "quotes"), ("1", "timeline")])
def test_compact_esc_from_source_goes_back_to_where_enter_was_pressed(pane_key, pane_id):
    async def main() -> None:
        app = MarsadApp(build_article())
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press(pane_key, "enter")
            await pilot.pause()
            assert app.main.current_pane.id == "source"
            await pilot.press("escape")
            await pilot.pause()
            assert app.main.current_pane.id == pane_id
            await pilot.press("4", "escape")  # reached by its key, not by enter: esc backs out as before
            await pilot.pause()
            assert app.main.current_pane.id == "source"

    run(main())


@pytest.mark.parametrize(("typed", "problem"), [
    ("2023-13", True), ("2023-02-30", True), ("20x3", True), ("2023-1", False), ("2023-0", False), ("2023-", False),
    ("2023-08-3", False), ("2023-08-31", False), ("", False),
])
def test_date_problem_only_for_what_can_never_become_a_date(typed, problem):
    from tui.app.facets import date_problem

    assert (date_problem(typed) is not None) is problem


def test_facets_show_a_bad_date_on_its_field_and_j_k_move_and_boxes_read_by_text():
    async def main() -> None:
        app = MarsadApp(build_article(), theme="marsad-16")
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.press("f")
            await pilot.pause()
            kinds = app.screen.query_one("#facet-kinds")
            assert kinds.highlighted == 0
            await pilot.press("j", "j")
            assert kinds.highlighted == 2
            await pilot.press("k", "space")
            await pilot.pause()
            assert app.flt.kinds == {"organization"}
            rows = cells(app)
            assert any("[x] organization" in r for r in rows), rows
            assert any("[ ] person" in r for r in rows) and any("[ ] place" in r for r in rows)
            field = app.screen.query_one("#date-from")
            field.focus()
            await pilot.press(*"2023-13")
            await pilot.pause()
            assert field.has_class("-invalid")
            assert "from: '2023-13' is not a date" in "\n".join(cells(app))  # named by its field
            assert app.flt.date_from == "2023"  # the last valid value stays
            await pilot.press("backspace", "2")
            await pilot.pause()
            assert not field.has_class("-invalid") and app.flt.date_from == "2023-12"
            assert "is not a date" not in "\n".join(cells(app))

    run(main())


@pytest.mark.parametrize("mode", ["terminal", "app", "words"])
def test_status_bar_keeps_latin_left_to_right_in_every_mode(mode):
    async def main() -> None:
        from dataclasses import replace

        from tui.app.app import StatusBar

        app = MarsadApp(build_article(), rtl_mode=mode)
        async with app.run_test(size=(160, 48)) as pilot:
            # Arabic values that outnumber the Latin labels: the bar stays left to right
            app.set_filter(replace(app.flt, quotes_query="!حمدي العسيلي", source_query="المرجان والسلاوي"))
            await pilot.pause()
            bar = app.main.query_one(StatusBar).region
            row = cells(app)[bar.y]
            assert "quotes/!" in row and "source/" in row and f"rtl {mode}" in row, row
            assert row.index("quotes/!") < row.index("source/"), row

    run(main())


def _card_rows(article, mode: str) -> list[str]:
    async def main() -> list[str]:
        app = MarsadApp(article, rtl_mode=mode)
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.press("2")
            await pilot.pause()
            region = app.pane("actors").body.content_region
            strips = app.screen._compositor.render_strips()[region.y:region.bottom]
            return [s.crop(region.x, region.right).text for s in strips]

    return run(main())


def _article_with_fields():
    from dataclasses import replace

    from tui.article.model import Actor

    art = build_article()
    t = art.text
    a, b, c = art.actors[:3]
    # one "why" mostly Arabic, one mostly Latin; a "with" list of Latin names beside Arabic ones
    a = replace(a, why="lexicon: organisation (هيئة الأمم المتحدة للتنمية والتعاون الدولي)")
    b = replace(b, why="lexicon: country (مصر)")
    x = Actor("a9", "CNN BBC", "organization", mentions=(b.mentions[0],))
    return replace(art, actors=(a, b, c, x), text=t)


@pytest.mark.parametrize("mode", ["app", "words"])
def test_each_field_keeps_its_direction_whatever_its_words(mode):
    rows = _card_rows(_article_with_fields(), mode)
    whys = [r.strip() for r in rows if "why:" in r and "lexicon" in r]
    assert len(whys) == 2
    # the explanation reads left to right on every card: the label first, its Arabic after it
    assert all(w.startswith("why: lexicon: ") for w in whys), whys
    withs = [r for r in rows if " with " in r]
    assert len(withs) >= 2
    # every "with" list is laid out right to left: it hugs the right edge of the card
    gaps = {len(r) - len(r.rstrip()) for r in withs}
    assert len(gaps) == 1 and min(gaps) <= 2, withs


# "الدولاتي" shaped (isolated alef, initial lam, final dal, isolated waw, isolated lam-alef,
# initial teh, final yeh) and in screen order
DAWLATI_VISUAL = "\ufef2\ufe97\ufefb\ufeed\ufeaa\ufedf\ufe8d"


def test_typed_arabic_is_shaped_in_app_mode_and_edits_stay_logical():
    async def main() -> None:
        app = MarsadApp(build_article(), rtl_mode="app")
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.press("3", "slash", *"الدولاتي")
            await pilot.pause()
            line = app.pane("quotes").query_one(".filter-line")
            row = cells(app)[line.region.y]
            assert DAWLATI_VISUAL in row and "الدولاتي" not in row, row
            assert app.flt.quotes_query == "الدولاتي"
            await pilot.press("backspace")  # removes the last letter typed (logical order)
            await pilot.pause()
            assert app.flt.quotes_query == "الدولات"
            await pilot.press("home", "delete")  # and the first
            await pilot.pause()
            assert app.flt.quotes_query == "لدولات"

    run(main())


def test_prompts_are_shaped_in_app_mode(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path))
    (tmp_path / "presets.toml").write_text('[presets."بدون الدولاتي"]\nquotes_query = "!الدولاتي"\n', encoding="utf-8")

    async def main() -> None:
        app = MarsadApp(build_article(), rtl_mode="app")
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.press("p", "r")
            await pilot.pause()
            screen = "\n".join(cells(app))
            assert "Rename preset" in screen
            prompt = next(r for r in screen.splitlines() if "Rename preset" in r)
            assert DAWLATI_VISUAL in prompt and "الدولاتي" not in prompt, prompt
            field = app.screen.query_one("#name-input")
            rows = "".join(cells(app)[field.region.y:field.region.bottom])
            assert DAWLATI_VISUAL in rows and "الدولاتي" not in rows, rows

    run(main())


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (160, 48)])
def test_footer_shows_whole_labels_pane_keys_first_and_help_always(size):
    from tui.app.keybar import KeyBar

    async def main() -> None:
        app = MarsadApp(build_article())
        async with app.run_test(size=size) as pilot:
            for key, first in (("1", "⏎ Show in source"), ("2", "⏎ Only this actor"), ("3", "⏎ Show in source"),
                               ("4", "/ Filter")):
                await pilot.press(key)
                await pilot.pause()
                await pilot.pause()
                bar = app.main.query_one(KeyBar)
                row = cells(app)[bar.region.y].strip()
                shown = bar.fitted(bar.content_region.width)
                # the row is exactly the whole labels chosen: none cut at the edge
                assert row == "  ".join(f"{k} {label}" for _i, k, label in shown), row
                assert row.startswith(first) and row.endswith("? Help"), row
                assert len(row) <= size[0]
                if key == "4":
                    assert "n Next match" in row
            if size[0] >= 120:
                assert "e Export" in row and "r RTL mode" in row

    run(main())


def test_a_wide_footer_shows_r_m_and_e():
    async def main() -> None:
        from tui.app.keybar import KeyBar

        app = MarsadApp(build_article())
        async with app.run_test(size=(200, 50)) as pilot:
            await pilot.press("1")
            await pilot.pause()
            await pilot.pause()
            row = cells(app)[app.main.query_one(KeyBar).region.y]
            assert "e Export" in row and "r RTL mode" in row and "m Mouse on/off" in row, row

    run(main())
