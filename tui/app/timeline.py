"""Timeline pane: dated events sorted by their resolved date, the original expression
beside the normalised value, approximate values marked "≈"."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding

from tui.article.model import Article, Event
from tui.view.filter import event_sort_key

from .messages import SpanChosen
from .pane import ItemList, Pane
from .textrender import hang

DATE_WIDTH = 13  # "≈2023-08-07 " fits; longer values (ranges) wrap the expression under them


def date_label(e: Event) -> str:
    """The normalised date as shown: "2023-08-07", "≈2023-08" for approximate, "?" unplaced."""
    t = e.time
    if t is None or not t.value:
        return "?"
    return ("≈" if t.approximate else "") + t.value


class TimelineList(ItemList):
    BINDINGS: ClassVar = [Binding("enter", "select", "Show in source", id="timeline.show")]


class TimelinePane(Pane):
    NOUN = "dated events"
    NUMBER = 1
    TITLE = "Timeline"
    QUERY_FIELD = "timeline_query"
    HELP = """\
### Timeline
Every dated event of the article, **sorted by its resolved date** (events that cannot
be placed come last, in text order).

Each entry shows the **normalised date** (ISO: `2023-08-07`, a month `2023-08`, a range
`2023-08-01/2023-08-07` …) and, beside it, **the expression as written** in the article.
A `≈` marks an approximate date (a range, a season, a partial or fuzzy value);
`?` a date that could not be placed.  The second line is the event itself.

`enter` scrolls the Source pane to the event's sentence and highlights it.
`/` filters the events by their text or date (`!` negates).
"""
    def __init__(self, **kw) -> None:
        super().__init__(**kw)
        self.article: Article | None = None

    def compose_body(self) -> ItemList:
        return TimelineList(self.render_event, id="timeline-list")

    def render_event(self, e: Event, width: int) -> Text:
        c = self.colours
        label = date_label(e)
        head = Text(label.ljust(DATE_WIDTH - 1) + " ", style=f"bold {c.get('marsad-hl-match', '')}".strip(), end="")
        expr = e.time.text if e.time else ""
        if e.relation and not (e.time and e.time.value):
            expr = f"{expr} ({e.relation})".strip()
        top = hang(head, expr, width, self.mode, style="italic", indent=DATE_WIDTH)
        summary = hang("  ", e.summary, width, self.mode)
        return Text("\n", end="").join([top, summary])

    def update_view(self, article: Article, events: tuple[Event, ...]) -> None:
        self.article = article
        self.set_counts(len(events), len(article.events))
        self.body.set_items(sorted(events, key=event_sort_key))

    def choose(self, e: Event) -> None:
        self.post_message(SpanChosen(e.start, e.end))
