"""The corpus panes' fixed-height list (tui/app/corpus_list.py) on its own: where its items
stand, paging, clicking, the cursor kept across a new item list, and a long item cut to its rows."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

from pilot_helpers import run_async_tests
from rich.text import Text
from textual.app import App, ComposeResult

from tui.app.corpus_list import RowList

SIZE = (40, 12)  # the list fills it: 12 rows, 6 items of 2 rows


def _render(position: int, width: int) -> Text:
    lines = [f"item {position}", f"  under {position}"]
    if position == 6:
        lines.append("  a third line, cut")
    return Text("\n".join(lines))


class ListApp(App[None]):
    CSS = "RowList { height: 1fr; }"

    def compose(self) -> ComposeResult:
        yield RowList(_render, rows=2)

    def on_mount(self) -> None:
        rows = self.query_one(RowList)
        rows.set_items(range(0, 200, 2))  # positions into a view's list, ascending
        rows.focus()


@contextlib.asynccontextmanager
async def shown() -> AsyncIterator[tuple[ListApp, Any, RowList]]:
    """The list of positions 0, 2 … 198 filling a SIZE terminal, drawn once."""
    app = ListApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        yield app, pilot, app.query_one(RowList)


def _lines(app: App) -> list[str]:
    return ["".join(seg.text for seg in strip).rstrip() for strip in app.screen._compositor.render_strips()]


async def test_items_stand_on_fixed_rows_and_a_long_one_is_cut_to_them() -> None:
    async with shown() as (app, _pilot, _rows):
        lines = _lines(app)
        assert lines[0].startswith("item 0") and lines[1].startswith("  under 0")
        assert lines[2].startswith("item 2") and lines[6].startswith("item 6")
        assert lines[7].startswith("  under 6") and lines[7].endswith("…")  # its third line dropped
        assert lines[8].startswith("item 8")


async def test_paging_the_last_item_and_clicking_move_the_cursor_by_whole_items() -> None:
    async with shown() as (app, pilot, rows):
        height = rows.scrollable_content_region.height
        await pilot.press("pagedown")
        assert rows.highlighted == height // 2
        await pilot.press("pageup")
        assert rows.highlighted == 0
        await pilot.press("G")
        await pilot.pause()
        assert rows.highlighted == 99 and rows.highlighted_item == 198
        assert rows.scroll_offset.y == 200 - height  # the last item's rows at the bottom
        assert any(line.startswith("item 198") for line in _lines(app))
        await pilot.press("g")
        await pilot.pause()
        await pilot.click(RowList, offset=(2, 5))  # row 5: the third item's second row
        assert rows.highlighted == 2


async def test_a_new_item_list_keeps_the_cursor_on_the_same_position_or_the_next_one() -> None:
    async with shown() as (app, pilot, rows):
        rows.select_position(40)
        assert rows.highlighted_item == 40
        rows.set_items(range(0, 200, 4))  # 40 is still there
        assert rows.highlighted_item == 40
        rows.set_items(range(1, 200, 6))  # it is not: the next one shown
        assert rows.highlighted_item == 43
        rows.set_items(())
        await pilot.pause()
        assert rows.highlighted is None and _lines(app)[0].strip() == "nothing here"


run_async_tests(globals())
