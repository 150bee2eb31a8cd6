"""The pane frame shared by Timeline, Actors, Quotes and Source: a numbered title, a
body, and a "/" filter line that edits one field of the app's Filter."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Vertical
from textual.events import Click, Resize
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Input

from .keys import move_keys
from .messages import QueryChanged
from .rtlinput import RtlInput
from .textrender import MODES, hang


class FilterLine(RtlInput):
    """The "/" line: typing filters live, enter keeps the filter, esc clears it."""

    BINDINGS: ClassVar = [Binding("escape", "clear_close", "Clear filter", id="filter.clear")]

    def action_clear_close(self) -> None:
        self.value = ""
        self._leave()
        self.post_message(self.Submitted(self, ""))

    async def action_submit(self) -> None:
        self._leave()
        await super().action_submit()

    def _leave(self) -> None:
        # give focus back at once, so a key typed right after enter/esc goes to the pane, not this line
        pane = next((a for a in self.ancestors if isinstance(a, Pane)), None)
        if pane is not None:
            self.display = False
            pane.focus_body()


class ItemList(ScrollView, can_focus=True):
    """A list of article items rendered by ``render_item(item, width)``, drawn through the
    Line API: only the rows on screen are rendered, and each item's rendering is cached by
    the item, the width and the style (theme, right-to-left mode), so narrowing the list with
    a filter costs no re-rendering at all.  Items not yet drawn count as ``ESTIMATE`` rows
    until they are (then the scroll height is corrected).  ``enter`` posts ``Selected``."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"item-list--cursor", "item-list--empty"}
    DEFAULT_CSS = """
    ItemList { background: $surface; overflow-x: hidden; }
    ItemList > .item-list--cursor { background: $block-cursor-blurred-background; }
    ItemList:focus > .item-list--cursor {
        color: $block-cursor-foreground; background: $block-cursor-background; text-style: $block-cursor-text-style;
    }
    ItemList > .item-list--empty { color: $text-muted; text-style: italic; }
    """
    BINDINGS: ClassVar = [
        *move_keys("list", "j,down", "k,up", verb="cursor_"),
        Binding("g,home", "first", "First", show=False, id="list.first"),
        Binding("G,end", "last", "Last", show=False, id="list.last"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="list.pagedown"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="list.pageup"),
        Binding("enter", "select", "Select", show=False, id="list.select"),
    ]
    ESTIMATE = 3  # rows an item not drawn yet is assumed to take

    class Selected(Message):
        """`enter` (or a click) on an item."""

        def __init__(self, item_list: ItemList, item: Any) -> None:
            super().__init__()
            self.item_list = item_list
            self.item = item

    def __init__(self, render_item: Callable[[Any, int], Text], **kw: Any) -> None:
        super().__init__(**kw)
        self._render_item = render_item
        self.empty_text = "nothing here"  # shown (dim) when there are no items
        self.items: tuple[Any, ...] = ()
        self.highlighted: int | None = None
        self._width = 0
        self._style_key: Any = None
        self._cache: dict[tuple[Any, int, Any], list[Strip]] = {}
        self._heights: list[int] = []
        self._offsets: list[int] = [0]  # first row of each item; the last entry is the total

    # -- the items ------------------------------------------------------------------
    def set_items(self, items: Sequence[Any], keep: bool = True) -> None:
        old = self.highlighted_item if keep else None
        self.items = tuple(items)
        ids = {getattr(i, "id", None): n for n, i in enumerate(self.items)}
        if old is not None and getattr(old, "id", None) in ids:
            self.highlighted = ids[old.id]
        else:
            self.highlighted = 0 if self.items else None
        self._relayout()
        self.scroll_to_highlight()

    @property
    def highlighted_item(self) -> Any | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self.items)):
            return None
        return self.items[self.highlighted]

    def item_width(self) -> int:
        # the content region minus the scrollbar's column and one blank cell before it
        return max(10, self.content_region.width - self.styles.scrollbar_size_vertical - 1)

    def style_key(self) -> Any:
        """What the rendering depends on besides the item and the width (see restyle)."""
        return (getattr(self.app, "rtl_mode", None), getattr(self.app, "theme", None),
                getattr(self.app, "language", None))

    def rebuild(self) -> None:
        """Forget cached renderings (theme, mode or width changed) and lay the list out again."""
        self._cache.clear()
        self._relayout()

    def _key(self, item: Any) -> tuple[Any, int, Any]:
        return (id(item), self._width, self._style_key)

    def _relayout(self) -> None:
        if not self.size.width:  # not laid out yet: on_resize lays out at the real width (once)
            self._width = -1
            return
        width, style = self.item_width(), self.style_key()
        if (width, style) != (self._width, self._style_key):
            self._cache.clear()
        self._width, self._style_key = width, style
        self._measure()
        self._recount()

    # -- rows: where each item stands (a subclass with fixed-height items overrides these) --
    def _measure(self) -> None:
        """Each item's height: exact for those drawn, ESTIMATE for the rest."""
        cache = self._cache
        self._heights = [len(cache[k]) if (k := self._key(i)) in cache else self.ESTIMATE for i in self.items]

    def _recount(self) -> None:
        offsets = [0]
        for h in self._heights:
            offsets.append(offsets[-1] + h)
        self._offsets = offsets
        rows = offsets[-1] if self.items else 1
        self.virtual_size = Size(self.size.width, rows)
        self.refresh()

    def _row_count(self) -> int:
        return self._offsets[-1]

    def _index_at(self, row: int) -> int:
        """The item drawn on ``row`` (the last one's index + 1 below the list)."""
        return bisect_right(self._offsets, row) - 1

    def _item_top(self, index: int) -> int:
        return self._offsets[index]

    def _item_rows(self, index: int) -> tuple[int, int]:
        """The first row of the item and the row after it, at its real height."""
        self._strips(index)  # its real height
        self._recount()
        return self._offsets[index], self._offsets[index + 1]

    def _page_index(self, step: int, height: int) -> int:
        """The item a page (``height`` rows) up or down from the cursor."""
        assert self.highlighted is not None
        return self._index_at(max(0, self._offsets[self.highlighted] + step * height))

    def _strips(self, index: int) -> list[Strip]:
        item = self.items[index]
        key = self._key(item)
        strips = self._cache.get(key)
        if strips is None:
            text = self._render_item(item, self._width)
            console = self.app.console
            strips = [Strip(list(line.render(console, end="")), line.cell_len) for line in text.split("\n")]
            self._cache[key] = strips
            if self._heights[index] != len(strips):  # an estimate made exact
                self._heights[index] = len(strips)
                self.call_later(self._recount)
        return strips

    # -- drawing --------------------------------------------------------------------
    def render_lines(self, crop: Region) -> list[Strip]:
        # the styles are worked out once per paint, not once per row
        self._base = self.rich_style
        self._cursor_style = self._base + self.get_component_rich_style("item-list--cursor")
        self._content_width = self.scrollable_content_region.width
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self._content_width
        row = self.scroll_offset.y + y
        base = self._base
        if not self.items:
            if row == 0:
                text = Text(self.empty_text, end="")
                text.stylize(self.get_component_rich_style("item-list--empty"))
                return Strip(list(text.render(self.app.console, end="")), text.cell_len).crop_extend(
                    0, width, base).apply_style(base)
            return Strip.blank(width, base)
        if row >= self._row_count():
            return Strip.blank(width, base)
        index = self._index_at(row)
        strips = self._strips(index)
        line = row - self._item_top(index)
        strip = strips[line] if line < len(strips) else Strip.blank(width, base)
        style = self._cursor_style if index == self.highlighted else base
        return strip.crop_extend(0, width, style).apply_style(style)

    def on_resize(self, event: Resize) -> None:
        if self.item_width() != self._width:
            self._relayout()
            self.scroll_to_highlight()

    # -- moving ---------------------------------------------------------------------
    def _move_to(self, index: int | None) -> None:
        if not self.items or index is None:
            return
        self.highlighted = max(0, min(len(self.items) - 1, index))
        self.scroll_to_highlight()
        self.refresh()

    def scroll_to_highlight(self) -> None:
        if self.highlighted is None or not self.items or self._width <= 0:
            return
        top, bottom = self._item_rows(self.highlighted)
        height = self.scrollable_content_region.height or 1
        y = self.scroll_offset.y
        if top < y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif bottom > y + height:
            self.scroll_to(y=max(top, bottom - height), animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        self._move_to(0 if self.highlighted is None else self.highlighted + 1)

    def action_cursor_up(self) -> None:
        self._move_to(0 if self.highlighted is None else self.highlighted - 1)

    def action_first(self) -> None:
        self._move_to(0)

    def action_last(self) -> None:
        self._move_to(len(self.items) - 1)

    def action_page(self, step: int) -> None:
        if self.highlighted is None:
            return
        self._move_to(self._page_index(step, self.scrollable_content_region.height or 1))

    def action_select(self) -> None:
        item = self.highlighted_item
        if item is not None:
            self.post_message(self.Selected(self, item))

    def on_click(self, event: Click) -> None:
        row = self.scroll_offset.y + event.y
        if self.items and row < self._row_count():
            self._move_to(self._index_at(row))


class Pane(Vertical):
    """One numbered pane.  Subclasses set NUMBER, TITLE, QUERY_FIELD, HELP and compose a body."""

    NUMBER: ClassVar[int] = 0
    TITLE: ClassVar[str] = ""
    QUERY_FIELD: ClassVar[str] = ""
    HELP: ClassVar[str] = ""
    ALLOW_MAXIMIZE = True
    can_focus = False

    BINDINGS: ClassVar = [Binding("slash", "open_filter", "Filter", id="pane.filter")]

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        self.shown = 0
        self.total = 0

    def compose_body(self) -> Widget:
        raise NotImplementedError

    def compose(self):
        yield self.compose_body()
        line = FilterLine(placeholder="filter (! negates)", classes="filter-line")
        line.display = False
        yield line

    def on_mount(self) -> None:
        self.border_title = f"{self.NUMBER} {self.TITLE}"

    @property
    def body(self) -> Widget:
        return self.children[0]

    @property
    def mode(self) -> str:
        mode = getattr(self.app, "rtl_mode", "terminal")
        return mode if mode in MODES else "terminal"

    @property
    def colours(self) -> dict[str, str]:
        return getattr(self.app, "palette", {})

    def focus_body(self) -> None:
        # at once, not on the next idle (Widget.focus): a fast "4" then "/" must reach this pane
        self.screen.set_focus(self.body)

    NOUN: ClassVar[str] = "items"

    def set_counts(self, shown: int, total: int) -> None:
        self.shown, self.total = shown, total
        self.border_subtitle = f"{shown}/{total}" if total else ""
        if isinstance(self.body, ItemList):
            self.body.empty_text = (f"No {self.NOUN} match the filter (esc clears it)" if total
                                    else f"No {self.NOUN} found in this article")

    def choose(self, item: Any) -> None:
        """`enter` on an item; panes post a message saying what was chosen."""

    @on(ItemList.Selected)
    def _selected(self, event: ItemList.Selected) -> None:
        event.stop()
        self.choose(event.item)

    def restyle(self) -> None:
        """Re-render after a theme or right-to-left mode change."""
        if isinstance(self.body, ItemList):
            self.body.rebuild()

    # -- "why" lines (panes whose items carry the evidence that decided them) ---------
    show_why = False

    def why_line(self, why: str | None, width: int) -> Text | None:
        """The dim "why:" line under an item when `w` has turned them on."""
        if not self.show_why or not why:
            return None
        return hang(Text("  why: ", style="dim", end=""), why, width, self.mode, style="dim", base="ltr")

    def action_toggle_why(self) -> None:
        self.show_why = not self.show_why
        self.restyle()
        state = "shown" if self.show_why else "hidden"
        self.app.notify(f"{self.TITLE}: why lines {state} (w)", timeout=2, markup=False)

    # -- the "/" line -------------------------------------------------------------
    def action_open_filter(self) -> None:
        line = self.query_one(FilterLine)
        line.value = getattr(getattr(self.app, "flt", None), self.QUERY_FIELD, "") or ""
        line.display = True
        self.screen.set_focus(line)

    @on(Input.Changed, ".filter-line")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(QueryChanged(self.QUERY_FIELD, event.value))

    @on(Input.Submitted, ".filter-line")
    def _done(self, event: Input.Submitted) -> None:
        event.stop()
        line = self.query_one(FilterLine)
        self.post_message(QueryChanged(self.QUERY_FIELD, line.value))
        line.display = False
        self.focus_body()
