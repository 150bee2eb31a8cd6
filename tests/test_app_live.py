"""A dashboard that stays live on long articles (issue 14): filtering that takes longer than
a frame runs in a worker and the newest keystroke wins; a keystroke in one pane's filter
leaves the other panes alone; lists draw only the rows on screen."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from test_app_article import build_article

from tui.app.app import MarsadApp
from tui.view.filter import Filter, apply


def long_article(copies: int = 3000):
    """The hand-built article with its quotes repeated: long enough that filtering takes
    more than a frame (without parsing anything)."""
    art = build_article()
    quotes = tuple(replace(q, id=f"q{n * len(art.quotes) + k + 1}") for n in range(copies)
                   for k, q in enumerate(art.quotes))
    return replace(art, quotes=quotes)


def test_slow_filtering_runs_in_a_worker_and_the_newest_keystroke_wins():
    art = long_article()

    async def main() -> None:
        app = MarsadApp(art)
        app.FRAME = 0.0  # every filtering counts as slow here, whatever this machine's speed
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.press("3", "slash", *"هادئة", "backspace", "backspace", "backspace")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert app.filter_workers >= 5  # one per keystroke, none of them blocking the keys
            want = apply(art, Filter(quotes_query="ها")).quotes
            assert app.pane("quotes").body.items == want  # the last query's result, not a stale one
            assert app.flt.quotes_query == "ها"

    asyncio.run(main())


def test_a_stale_result_never_replaces_a_newer_one():
    art = long_article(50)

    async def main() -> None:
        app = MarsadApp(art)
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause()
            old_gen = app._filter_generation
            app.set_filter(replace(app.flt, quotes_query="الشروط"))  # newer than anything in flight
            newest = app.pane("quotes").body.items
            app._filtered(old_gen, app.show_visible, apply(art, Filter()))  # a late, older result
            assert app.pane("quotes").body.items == newest

    asyncio.run(main())


def test_a_keystroke_in_one_pane_leaves_the_others_alone():
    async def main() -> None:
        app = MarsadApp(build_article())
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause()
            calls: list[str] = []

            def spy(pane_id: str, original):
                def update_view(*args):
                    calls.append(pane_id)
                    return original(*args)
                return update_view

            for pid in ("timeline", "actors", "source"):
                app.pane(pid).update_view = spy(pid, app.pane(pid).update_view)
            await pilot.press("3", "slash", *"هادئة")
            await pilot.pause()
            assert calls == []
            await pilot.press("escape")  # clearing it does not touch them either
            await pilot.pause()
            assert calls == []

    asyncio.run(main())


def test_lists_render_only_the_rows_on_screen():
    art = long_article(400)

    async def main() -> None:
        app = MarsadApp(art)
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.press("3")
            await pilot.pause()
            body = app.pane("quotes").body
            assert len(body.items) == 1600
            assert 0 < len(body._cache) < 40  # a screenful of items rendered, not 1,600
            await pilot.press("G")
            await pilot.pause()
            assert body.highlighted == 1599 and len(body._cache) < 80

    asyncio.run(main())


def test_the_dashboard_parses_in_a_worker_and_shows_the_text_meanwhile():
    import threading
    from types import SimpleNamespace

    from conftest import OASIS

    from tui.app.app import StatusBar, build_app
    from tui.cli import read_source

    gate = threading.Event()
    text, published, meta = read_source(OASIS, None)

    async def main() -> None:
        app = build_app((text, published, meta), SimpleNamespace(file=str(OASIS), rtl="terminal"))
        job = app.parse_job

        def slow_parse():
            gate.wait(10)  # the model arrives only when the test says so
            return job()

        app.parse_job = slow_parse
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause()
            status = str(app.main.query_one(StatusBar).render())
            assert "parsing" in status and "words" in status
            assert app.main.current_pane.id == "source"
            assert any("قرب مدينة أرفود" in line for line in app.pane("source").body.rendered_lines)
            await pilot.press("1")  # keys work meanwhile
            assert app.main.current_pane.id == "timeline"
            await pilot.pause(0.2)
            gate.set()
            # the worker hands the model over through the event loop: wait by yielding to it
            # (a blocking join would stall the loop the hand-over needs, until its timeout)
            for _ in range(400):
                if not app.parsing:
                    break
                await pilot.pause(0.025)
            await pilot.pause()
            assert not app.parsing and app.article.events
            assert app.pane("timeline").body.items
            assert "parsing" not in str(app.main.query_one(StatusBar).render())

    asyncio.run(main())
