"""A virtual list for corpus panes: every item takes the same number of rows, so a list of
100,000 quotes costs nothing to replace — no pass over the items to measure them, the row
of item n is n × ROWS — and only the rows on screen are rendered (the Line API).

Items are positions into one of ``CorpusView``'s lists, in ascending order, so the item
under the cursor is found again after a filter by bisection.  Renderings are kept in a
bounded cache keyed by the position, the width and the style (theme, right-to-left mode).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from rich.text import Text
from textual.geometry import Size
from textual.strip import Strip

from .pane import ItemList

CACHE_ITEMS = 4096  # renderings kept: a few screens' worth, whatever the list's length


def fit_rows(text: Text, rows: int) -> list[Text]:
    """Exactly ``rows`` lines: cut after ``rows`` (the last kept line ends with "…"), padded with blanks."""
    lines = text.split("\n")
    if len(lines) > rows:
        lines = lines[:rows]
        last = lines[-1]
        last.rstrip()
        last.append("…", style="dim")
    while len(lines) < rows:
        lines.append(Text(""))
    return lines


class RowList(ItemList):
    """``render_item(position, width)`` gives a Text of up to ``rows`` lines."""

    def __init__(self, render_item: Callable[[Any, int], Text], rows: int = 2, **kw: Any) -> None:
        super().__init__(render_item, **kw)
        self.rows = rows
        self.items: Sequence[int] = ()  # type: ignore[assignment]
        self._cache: OrderedDict[tuple[Any, int, Any], list[Strip]] = OrderedDict()  # type: ignore[assignment]

    def set_items(self, items: Sequence[int], keep: bool = True) -> None:  # type: ignore[override]
        old = self.highlighted_item if keep else None
        self.items = items
        if not items:
            self.highlighted = None
        elif old is None:
            self.highlighted = 0
        else:
            n = bisect_left(items, old)
            self.highlighted = min(n, len(items) - 1)
        self._relayout()
        self.scroll_to_highlight()

    def select_position(self, position: int) -> None:
        """Put the cursor on the item at ``position`` (or the next one shown)."""
        if self.items:
            self._move_to(min(bisect_left(self.items, position), len(self.items) - 1))

    # -- rows: item n stands on rows n × rows to (n + 1) × rows - 1 ---------------------------
    def _measure(self) -> None:
        pass  # nothing to measure: that is the point of fixed-height items

    def _recount(self) -> None:
        self.virtual_size = Size(self.size.width, max(1, len(self.items) * self.rows))
        self.refresh()

    def _row_count(self) -> int:
        return len(self.items) * self.rows

    def _index_at(self, row: int) -> int:
        return row // self.rows

    def _item_top(self, index: int) -> int:
        return index * self.rows

    def _item_rows(self, index: int) -> tuple[int, int]:
        return index * self.rows, (index + 1) * self.rows

    def _page_index(self, step: int, height: int) -> int:
        assert self.highlighted is not None
        return self.highlighted + step * max(1, height // self.rows)

    def _strips(self, index: int) -> list[Strip]:
        item = self.items[index]
        key = (item, self._width, self._style_key)
        strips = self._cache.get(key)
        if strips is None:
            console = self.app.console
            strips = [Strip(list(line.render(console, end="")), line.cell_len)
                      for line in fit_rows(self._render_item(item, self._width), self.rows)]
            self._cache[key] = strips
            if len(self._cache) > CACHE_ITEMS:
                self._cache.popitem(last=False)
        return strips
