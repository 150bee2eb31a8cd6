"""The pane frame shared by Timeline, Actors, Quotes and Source: a numbered title, a
body, and a "/" filter line that edits one field of the app's Filter."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Vertical
from textual.events import Resize
from textual.widget import Widget
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from .messages import QueryChanged
from .rtlinput import RtlInput
from .textrender import MODES


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


class ItemList(OptionList):
    """A list of article items rendered by ``render_item(item, width)`` at the current
    width (re-rendered on resize, theme or right-to-left mode change)."""

    BINDINGS: ClassVar = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g", "first", "First", show=False, id="list.first"),
        Binding("G", "last", "Last", show=False, id="list.last"),
    ]

    def __init__(self, render_item: Callable[[Any, int], Text], **kw: Any) -> None:
        super().__init__(**kw)
        self._render_item = render_item
        self.empty_text = "nothing here"  # shown (dim) when there are no items
        self.items: tuple[Any, ...] = ()
        self._width = 0

    def set_items(self, items: Sequence[Any], keep: bool = True) -> None:
        old = self.highlighted_item if keep else None
        self.items = tuple(items)
        self.rebuild()
        if not self.items:
            return
        ids = [getattr(i, "id", None) for i in self.items]
        if old is not None and getattr(old, "id", None) in ids:
            self.highlighted = ids.index(old.id)
        elif self.items:
            self.highlighted = 0

    @property
    def highlighted_item(self) -> Any | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self.items)):
            return None
        return self.items[self.highlighted]

    def item_width(self) -> int:
        # the content region minus the scrollbar gutter and the option padding
        return max(10, self.scrollable_content_region.width - 2)

    def rebuild(self) -> None:
        if not self.size.width:  # not laid out yet: on_resize renders at the real width (once)
            self._width = -1
            return
        index = self.highlighted
        self._width = self.item_width()
        options = [Option(self._render_item(item, self._width), id=str(n)) for n, item in enumerate(self.items)]
        if not options:
            self.set_options([Option(Text(self.empty_text, style="dim italic"), disabled=True)])
            return
        self.set_options(options)
        if options:
            self.highlighted = min(index or 0, len(options) - 1)

    def on_resize(self, event: Resize) -> None:
        if self.item_width() != self._width:
            self.call_after_refresh(self.rebuild)


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

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        item = self.body.highlighted_item if isinstance(self.body, ItemList) else None
        if item is not None:
            self.choose(item)

    def restyle(self) -> None:
        """Re-render after a theme or right-to-left mode change."""
        if isinstance(self.body, ItemList):
            self.body.rebuild()

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
