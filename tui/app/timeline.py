"""Timeline pane: dated events sorted by their resolved date, the original expression
beside the normalised value, approximate values marked "≈"."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding

from tui.article.model import Article, Event
from tui.view.dates import date_in_words
from tui.view.filter import event_sort_key

from .messages import SpanChosen
from .pane import ItemList, Pane
from .textrender import hang, inline

DATE_WIDTH = 13  # "≈7 Aug 2023 " fits; longer labels (ranges, weeks) take a line of their own


def date_label(e: Event, language: str = "en") -> str:
    """The resolved date in words for the UI language: "7 Aug 2023", "≈summer 2007",
    "date unknown" (the JSON keeps the codes: 2021-05-09, 2007-SU, null)."""
    t = e.time
    if t is None or not t.value:
        return date_in_words(None, language)
    return ("≈" if t.approximate else "") + date_in_words(t.value, language)


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

Each entry shows the **resolved date** in words (`7 Aug 2023`, `Aug 2023`, `summer 2007`,
a range `1 Aug 2023 – 7 Aug 2023` …; in Arabic with `language = "ar"` in config.toml) and,
beside it, **the expression as written** in the article.  A `≈` marks an approximate date
(a range, a season, a partial or fuzzy value); "date unknown" one that could not be
placed.  The second line is the event itself.  Exports and JSON keep the ISO codes.

`enter` scrolls the Source pane to the event's sentence and highlights it.
`/` filters the events by their text or date (`!` negates).
`w` shows or hides, under each event, **why** it has that date (the rule that resolved
the expression).
"""
    BINDINGS: ClassVar = [Binding("w", "toggle_why", "Why", id="timeline.why")]

    def __init__(self, **kw) -> None:
        super().__init__(**kw)
        self.article: Article | None = None

    def compose_body(self) -> ItemList:
        return TimelineList(self.render_event, id="timeline-list")

    def render_event(self, e: Event, width: int) -> Text:
        c = self.colours
        label = date_label(e, getattr(self.app, "language", "en"))
        head = inline(label, self.mode, f"bold {c.get('marsad-hl-match', '')}".strip())
        head.end = ""
        head.append(" " * max(1, DATE_WIDTH - head.cell_len))
        expr = e.time.text if e.time else ""
        if e.relation and not (e.time and e.time.value):
            expr = f"{expr} ({e.relation})".strip()
        top = hang(head, expr, width, self.mode, style="italic", indent=DATE_WIDTH)
        summary = hang("  ", e.summary, width, self.mode)
        why = self.why_line(e.why, width)
        return Text("\n", end="").join([top, summary] + ([why] if why is not None else []))

    def update_view(self, article: Article, events: tuple[Event, ...]) -> None:
        self.article = article
        self.set_counts(len(events), len(article.events))
        self.body.set_items(sorted(events, key=event_sort_key))

    def choose(self, e: Event) -> None:
        self.post_message(SpanChosen(e.start, e.end))
