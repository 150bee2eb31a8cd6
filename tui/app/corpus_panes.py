"""The corpus dashboard's panes: Articles, Timeline, Actors and Quotes across every article
(fixed-height virtual lists over ``CorpusView``'s lists), and the Source of the item chosen.

Each pane renders positions of the view it was last given; `enter` posts what was chosen
and the app routes it (no pane reads another).
"""

from __future__ import annotations

import unicodedata
from typing import Any, ClassVar

from rich.text import Text
from textual.binding import Binding
from textual.message import Message

from tui.article.model import Article
from tui.corpus.view import CorpusView
from tui.view.dates import date_in_words

from .actors import KIND_MARK
from .corpus_list import RowList, fit_rows
from .messages import ActorChosen
from .pane import Pane
from .quotes import KIND_LABEL, UNATTRIBUTED
from .source import SourcePane
from .textrender import hang, inline
from .timeline import DATE_WIDTH, date_label

DATE_SOURCES = {"flag": "--published", "user": "set by you", "metadata": ".toml", "dateline": "dateline",
                "file": "file date", "unknown": "no date"}


class ArticleChosen(Message):
    """`enter` on an article: open it alone."""

    def __init__(self, doc: int) -> None:
        super().__init__()
        self.doc = doc


class SourceChosen(Message):
    """Show this document in Source, with a span (a quote, an event) or mentions highlighted."""

    def __init__(self, doc: int, start: int | None = None, end: int | None = None,
                 mentions: tuple[tuple[int, int], ...] = ()) -> None:
        super().__init__()
        self.doc = doc
        self.start = start
        self.end = end
        self.mentions = mentions


def one_line(text: Text) -> Text:
    """The first line of ``text``, ending in "…" when there was more (a row must not push
    the next row of its item out of sight)."""
    return fit_rows(text, 1)[0]


def direction(s: str) -> str:
    """The paragraph direction of a title or name: right-to-left when it holds any Arabic
    letter, else left-to-right (a file name such as 07_report-2012.txt must keep its order)."""
    return "rtl" if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in s) else "ltr"


def article_date_label(view: CorpusView, doc: int) -> str:
    value, source = view.doc(doc).date
    if not value:
        return "date unknown"
    return f"{date_in_words(value)} ({DATE_SOURCES.get(source, source)})"


class ArticleList(RowList):
    BINDINGS: ClassVar = [Binding("enter", "select", "Open article", id="articles.open")]


class EventList(RowList):
    BINDINGS: ClassVar = [Binding("enter", "select", "Show in source", id="timeline.show")]


class CardList(RowList):
    BINDINGS: ClassVar = [Binding("enter", "select", "Only this actor", id="actors.only")]


class CorpusQuoteList(RowList):
    BINDINGS: ClassVar = [Binding("enter", "select", "Show in source", id="quotes.show")]


class CorpusPane(Pane):
    """A pane over one of the view's lists."""

    ROWS: ClassVar[int] = 2
    LIST: ClassVar[type[RowList]] = RowList

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        self.view: CorpusView | None = None

    def compose_body(self) -> RowList:
        return self.LIST(self.render_item, rows=self.ROWS, id=f"{self.id}-list")

    def render_item(self, position: int, width: int) -> Text:
        raise NotImplementedError

    def update_view(self, view: CorpusView, positions, total: int) -> None:
        if view is not self.view:
            self.view = view
            self.body.rebuild()  # positions now point into new lists
        self.set_counts(len(positions), total)
        self.body.set_items(positions)  # type: ignore[arg-type]

    def set_counts(self, shown: int, total: int) -> None:
        super().set_counts(shown, total)
        if total == 0:
            self.body.empty_text = f"No {self.NOUN} in this corpus"  # type: ignore[attr-defined]

    def where(self, doc: int, width: int) -> Text:
        """outlet · date · article, dim, on one line."""
        assert self.view is not None
        d = self.view.doc(doc)
        # pieces laid out one by one, so an Arabic outlet or title keeps its own direction,
        # and the title is cut to what is left of the row rather than wrapped out of sight
        line = Text("  ", end="", style="dim")
        line.append_text(inline(self.view.outlet(doc), self.mode, "dim"))
        line.append(f" · {article_date_label(self.view, doc)} · ", style="dim")
        room = max(4, width - line.cell_len)
        title = d.title if len(d.title) <= room else d.title[:room - 1].rstrip() + "…"
        line.append_text(inline(title, self.mode, "dim"))
        return line


class ArticlesPane(CorpusPane):
    NOUN = "articles"
    NUMBER = 1
    TITLE = "Articles"
    QUERY_FIELD = "articles_query"
    ROWS = 2
    HELP = """\
### Articles
Every article of the corpus: its **title** (from its `.toml` or its page, else the file name),
its **outlet** (the `.toml`'s outlet or source, else its sub-folder), its **date** with where
the date came from (`.toml`, dateline, `--published`, or the file's date), and how many
actors, quotes and dated events it has.  A file that could not be read says why (✗).
Sorted by date.

`enter` opens the article alone in the single-article dashboard; `esc` there comes back.
`/` filters by title, file name, outlet or date (`!` negates).  `f` has the outlet and
article-date facets.
"""
    LIST = ArticleList

    def render_item(self, position: int, width: int) -> Text:
        assert self.view is not None
        doc = self.view.articles[position]
        d = self.view.doc(doc)
        c = self.colours
        if not d.ok:
            top = hang(Text("✗ ", style="bold red", end=""), d.name, width, self.mode, style="bold")
            return Text("\n", end="").join([top, hang("  ", d.error or "", width, self.mode, style="dim")])
        assert d.article is not None
        top = one_line(hang(Text("", end=""), d.title, width, self.mode,
                            style=f"bold {c.get('marsad-actor-place', '')}".strip(), base=direction(d.title)))
        a = d.article
        counts = f" · A {len(a.actors)} · Q {len(a.quotes)} · T {len(a.events)}"
        second = Text("  ", end="", style="dim")  # pieces: an Arabic outlet must not reorder the date
        second.append_text(inline(self.view.outlet(doc), self.mode, "dim"))
        second.append(f" · {article_date_label(self.view, doc)}{counts}", style="dim")
        return Text("\n", end="").join([top, second])

    def choose(self, position: int) -> None:
        if self.view is not None:
            self.post_message(ArticleChosen(self.view.articles[position]))


class CorpusTimelinePane(CorpusPane):
    NOUN = "dated events"
    NUMBER = 2
    TITLE = "Timeline"
    QUERY_FIELD = "timeline_query"
    ROWS = 3
    HELP = """\
### Timeline
Every dated event of every article, merged and **sorted by its resolved date** (undated
events last): the date in words beside the expression as written, the event, and the
article it comes from (outlet · article date · title).  `≈` marks an approximate date.

`enter` shows the event's article in Source with the event highlighted.
`/` filters by the event's text or date (`!` negates).
"""
    LIST = EventList

    def render_item(self, position: int, width: int) -> Text:
        assert self.view is not None
        ce = self.view.events[position]
        e = ce.event
        c = self.colours
        head = inline(date_label(e, getattr(self.app, "language", "en")), self.mode,
                      f"bold {c.get('marsad-hl-match', '')}".strip())
        head.end = ""
        head.append(" " * max(1, DATE_WIDTH - head.cell_len))
        expr = e.time.text if e.time else ""
        top = hang(head, expr, width, self.mode, style="italic", indent=DATE_WIDTH)
        top = top.split("\n")[0]
        summary = hang("  ", e.summary, width, self.mode).split("\n")[0]
        return Text("\n", end="").join([top, summary, self.where(ce.doc, width)])

    def choose(self, position: int) -> None:
        if self.view is not None:
            ce = self.view.events[position]
            self.post_message(SourceChosen(ce.doc, ce.event.start, ce.event.end))


class CorpusActorsPane(CorpusPane):
    NOUN = "actors"
    NUMBER = 3
    TITLE = "Actors"
    QUERY_FIELD = "actors_query"
    ROWS = 4
    HELP = """\
### Actors
One card per real-world actor across the corpus: the same person under different
spellings, with or without a title, or by surname alone is one card.  A card shows its
**name** and **kind**, the **titles** the articles gave it (with how many articles used
each), in how many **articles** it appears, its **quotes** and **mentions**, and **why**
its members were joined (same normal form, an alias, a short form that only one full
name in the corpus fits, or your correction).  Most-cited first.

`enter` shows only this actor: its quotes and events in every article.
`m` lists the card's members (each article's card): `s` splits one off, `a` merges this
card with another; corrections are saved beside the corpus and applied on reopening.
`/` filters by name, spelling, title, affiliation or kind.
"""
    LIST = CardList
    BINDINGS: ClassVar = [Binding("m", "members", "Members", id="actors.members")]

    def render_item(self, position: int, width: int) -> Text:
        assert self.view is not None
        card = self.view.cards[position]
        c = self.colours
        colour = c.get(f"marsad-actor-{card.kind}", "")
        head = Text(f"{KIND_MARK.get(card.kind, '·')} ", style=colour, end="")
        name = hang(head, card.name, width, self.mode, style=f"bold {colour}".strip(), base="rtl").split("\n")[0]
        name.append(f"  {card.kind}", style="dim")
        titles = "، ".join(f"{t} ({len(docs)})" if len(docs) > 1 else t for t, docs in card.titles)
        parts = [name]
        parts.append(hang("  ", titles, width, self.mode, style="italic", base="rtl").split("\n")[0] if titles
                     else Text("  (no title)", style="dim"))
        n = len(card.docs)
        counts = (f"  {n} article{'s' * (n != 1)} · {card.quotes} quote{'s' * (card.quotes != 1)} · "
                  f"{card.mentions} mention{'s' * (card.mentions != 1)}")
        if len(card.members) > 1:
            counts += f" · {len(card.members)} members (m)"
        parts.append(Text(counts, style="dim"))
        parts.append(hang(Text("  why: ", style="dim", end=""), card.why, width, self.mode, style="dim",
                          base="ltr"))
        return Text("\n", end="").join(parts)

    def choose(self, position: int) -> None:
        if self.view is not None:
            self.post_message(ActorChosen(self.view.cards[position].id))

    def action_members(self) -> None:
        pos = self.body.highlighted_item  # type: ignore[attr-defined]
        if pos is None or self.view is None:
            self.app.notify("No actor selected", severity="warning", timeout=3)
            return
        self.app.open_members(self.view.cards[pos].id)  # type: ignore[attr-defined]


class CorpusQuotesPane(CorpusPane):
    NOUN = "quotes"
    NUMBER = 4
    TITLE = "Quotes"
    QUERY_FIELD = "quotes_query"
    ROWS = 4
    HELP = """\
### Quotes
Who said what, across every article, **grouped by speaker** (most-cited actors first,
quotes without a named speaker last), each with its kind, reporting cue, the quoted
text and the article it comes from (outlet · date · title).

`enter` shows the quote's article in Source with the quote highlighted.
`s` shows only this quote's speaker; `y` or `c` copies the quote with its reference.
`/` filters by text, speaker or cue (`!` negates).
"""
    LIST = CorpusQuoteList
    BINDINGS: ClassVar = [
        Binding("y", "copy_quote", "Copy", id="quotes.copy"),
        Binding("c", "copy_quote", "Copy", show=False, id="quotes.copy-c"),
        Binding("s", "only_speaker", "Only this speaker", id="quotes.speaker"),
    ]

    def speaker(self, position: int) -> str:
        assert self.view is not None
        cq = self.view.quotes[position]
        return self.view.cards[cq.card].name if cq.card >= 0 else UNATTRIBUTED

    def render_item(self, position: int, width: int) -> Text:
        assert self.view is not None
        cq = self.view.quotes[position]
        q = cq.quote
        c = self.colours
        kind_colour = c.get(f"marsad-quote-{q.kind}", "")
        card = self.view.cards[cq.card] if cq.card >= 0 else None
        who_colour = c.get(f"marsad-actor-{card.kind}", "") if card else "dim"
        speaker = self.speaker(position)
        head = Text(f"{KIND_LABEL.get(q.kind, q.kind):<9}", style=f"bold {kind_colour}".strip(), end="")
        who = speaker + (f" · {q.cue}" if q.cue else "")
        top = hang(head, who, width, self.mode, spans=[(0, len(speaker), f"bold {who_colour}".strip())])
        body = hang("  ", q.text, width, self.mode).split("\n")
        if len(body) > 2:
            body = body[:2]
            body[-1].rstrip()
            body[-1].append("…", style="dim")
        return Text("\n", end="").join([top.split("\n")[0], *body, self.where(cq.doc, width)])

    def choose(self, position: int) -> None:
        if self.view is not None:
            cq = self.view.quotes[position]
            self.post_message(SourceChosen(cq.doc, cq.quote.start, cq.quote.end))

    def action_only_speaker(self) -> None:
        pos = self.body.highlighted_item  # type: ignore[attr-defined]
        if pos is None or self.view is None:
            self.app.notify("No quote selected", severity="warning", timeout=3)
            return
        cq = self.view.quotes[pos]
        if cq.card < 0:
            self.app.notify(f"Quote {cq.quote.id} has no named speaker: nothing to show", severity="warning",
                            timeout=4, markup=False)
        else:
            self.post_message(ActorChosen(self.view.cards[cq.card].id))

    def action_copy_quote(self) -> None:
        pos = self.body.highlighted_item  # type: ignore[attr-defined]
        if pos is None or self.view is None:
            self.app.notify("No quote selected", severity="warning")
            return
        self.app.copy_to_clipboard(quote_reference(self.view, pos))
        self.app.notify("Copied the quote with its source reference (OSC 52)", markup=False)


def quote_reference(view: CorpusView, position: int) -> str:
    """The clipboard form of a corpus quote: its text, speaker, cue, outlet, date, article
    and where it stands in it (logical order)."""
    cq = view.quotes[position]
    q = cq.quote
    who = view.cards[cq.card].name if cq.card >= 0 else UNATTRIBUTED
    cue = f" ({q.cue})" if q.cue else ""
    d = view.doc(cq.doc)
    return (f"«{q.text}»\n— {who}{cue}; {view.outlet(cq.doc)}, {article_date_label(view, cq.doc)}, {d.title} "
            f"({d.name}), characters {q.start}–{q.end}")


PLACEHOLDER = Article("enter on an article's quote, event or actor shows that article here, highlighted.\n")


class CorpusSourcePane(SourcePane):
    NUMBER = 5
    HELP = """\
### Source
The article the chosen item comes from: `enter` on a quote or an event shows its article
with the **sentence** shaded and the **span** highlighted; choosing an actor shows the
first of its articles with its **mentions** marked.  The pane's title names the article.
`/` highlights matching words; `n`/`N` go to the next/previous match; `j`/`k`,
`space`/`b`, `g`/`G` scroll.
"""
