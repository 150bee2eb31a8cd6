"""Source pane: the full article text, with the chosen quote/event span and its sentence
highlighted, the selected actor's mentions marked and "/" matches lit.

Rendered through the Line API (only visible lines are drawn, as in Toolong); each
paragraph is wrapped and laid out by ``textrender.lines`` so right-to-left modes apply.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding
from textual.events import Resize
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.article.model import Article

from .pane import Pane
from .textrender import line_of, lines

try:
    from tui.view.filter import match_spans
except ImportError:  # pragma: no cover
    def match_spans(query: str, text: str) -> list[tuple[int, int]]:  # type: ignore[misc]
        return []


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, paragraph) for each non-empty line of the text."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


class SourceView(ScrollView, can_focus=True):
    """The article text as pre-rendered strips."""

    BINDINGS: ClassVar = [
        Binding("j,down", "scroll_down", "Down", show=False, id="source.down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="source.up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="source.pagedown"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="source.pageup"),
        Binding("g,home", "scroll_home", "Top", show=False, id="source.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="source.bottom"),
    ]

    def __init__(self, **kw) -> None:
        super().__init__(**kw)
        self.text = ""
        self.spans: list[tuple[int, int, str]] = []
        self._paras: list[tuple[int, str]] = []
        self._para_line: list[int] = []  # first visual line of each paragraph
        self._strips: list[Strip] = []
        self._texts: list[Text] = []
        self._width = 0
        self._pending: int | None = None  # an offset to bring into view once laid out

    @property
    def rendered_lines(self) -> list[str]:
        """The plain text of every visual line (tests read the screen through this)."""
        return [t.plain for t in self._texts]

    def set_content(self, text: str, spans: list[tuple[int, int, str]]) -> None:
        self.text = text
        self._paras = paragraphs(text)
        self.spans = spans
        self.relayout()

    def _width_now(self) -> int:
        return max(10, self.scrollable_content_region.width - 1)

    def relayout(self) -> None:
        if not self.size.width:  # not laid out yet: on_resize lays out at the real width (once)
            self._width = -1
            return
        mode = getattr(self.app, "rtl_mode", "terminal")
        width = self._width = self._width_now()
        texts: list[Text] = []
        starts: list[int] = []
        for n, (off, para) in enumerate(self._paras):
            if n:
                texts.append(Text(""))
            starts.append(len(texts))
            end = off + len(para)
            local = [(max(s, off) - off, min(e, end) - off, st) for s, e, st in self.spans if s < end and e > off]
            texts.extend(lines(para, width, mode, local))
        self._texts, self._para_line = texts, starts
        console = self.app.console
        self._strips = [Strip(list(t.render(console, end="")), t.cell_len) for t in texts]
        self.virtual_size = Size(max((s.cell_length for s in self._strips), default=0), len(self._strips))
        self.refresh()
        if self._pending is not None:
            offset, self._pending = self._pending, None
            self.call_after_refresh(self.show_offset, offset)

    def show_offset(self, offset: int) -> None:
        """Scroll so the line holding ``offset`` sits near the top (after layout if need be)."""
        if not self._para_line:
            self._pending = offset
            return
        self.scroll_to(y=max(0, self.line_of(offset) - 2), animate=False)

    def line_of(self, offset: int) -> int:
        """The visual line holding ``offset``: wrapping is greedy, so the prefix of a
        paragraph wraps like the paragraph itself up to its last line."""
        if len(self._para_line) != len(self._paras):
            return 0
        for n, (off, para) in enumerate(self._paras):
            if off <= offset <= off + len(para):
                mode = getattr(self.app, "rtl_mode", "terminal")
                return self._para_line[n] + line_of(para, self._width, mode, offset - off)
        return 0

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        if index >= len(self._strips):
            return Strip.blank(width, self.rich_style)
        return self._strips[index].crop_extend(scroll_x, scroll_x + width, self.rich_style).apply_style(self.rich_style)

    def on_resize(self, event: Resize) -> None:
        if self._width_now() != self._width:
            self.relayout()


class SourcePane(Pane):
    NUMBER = 4
    TITLE = "Source"
    QUERY_FIELD = "source_query"
    HELP = """\
### Source
The full text of the article, as Marsad read it (control characters removed).

`enter` on a quote or an event scrolls here to its **sentence** (shaded) and
**highlights the span**; choosing an actor **marks its mentions**.
`/` highlights every word that matches the query (Arabic-aware: tashkeel, alef forms,
ى/ي, ة/ه and clitics are ignored) without hiding anything.
`n`/`N` go to the next/previous match.
`j`/`k` scroll a line, `space`/`b` a page, `g`/`G` go to the top/bottom.
"""
    BINDINGS: ClassVar = [
        Binding("n", "match(1)", "Next match", id="source.next-match"),
        Binding("N", "match(-1)", "Previous match", id="source.previous-match"),
    ]

    def __init__(self, **kw) -> None:
        super().__init__(**kw)
        self.article: Article | None = None
        self.selected: tuple[int, int] | None = None
        self.mentions: tuple[tuple[int, int], ...] = ()
        self.query_text = ""
        self.match_index: int | None = None

    def compose_body(self) -> SourceView:
        return SourceView(id="source-view")

    def update_view(self, article: Article, mentions: tuple[tuple[int, int], ...], query: str) -> None:
        self.article = article
        self.mentions = mentions
        if query != self.query_text:
            self.match_index = None
        self.query_text = query
        n = len(match_spans(query, article.text)) if query.strip() and not query.strip().startswith("!") else 0
        self.border_subtitle = f"{n} match{'es' * (n != 1)}" if query.strip() else ""
        self.restyle()

    def matches(self) -> list[tuple[int, int]]:
        q = self.query_text.strip()
        if not q or q.startswith("!") or self.article is None:
            return []
        return match_spans(q, self.article.text)

    def action_match(self, step: int) -> None:
        found = self.matches()
        if not found:
            self.app.notify("No matches: / types a query", timeout=2)
            return
        self.match_index = (self.match_index + step) % len(found) if self.match_index is not None else \
            (0 if step > 0 else len(found) - 1)
        start, _end = found[self.match_index]
        self.body.show_offset(start)
        self.border_subtitle = f"match {self.match_index + 1}/{len(found)}"

    def show_span(self, start: int, end: int) -> None:
        self.selected = (start, end)
        self.restyle()
        self.body.show_offset(start)

    def clear_span(self) -> None:
        self.selected = None
        self.restyle()

    def restyle(self) -> None:
        if self.article is None:
            return
        c = self.colours
        spans: list[tuple[int, int, str]] = []
        if self.selected:
            s, e = self.selected
            sent = self.article.sentence_at(s)
            if sent is not None:
                spans.append((sent.start, sent.end, f"on {c.get('marsad-hl-sentence', 'grey23')}"))
        spans += [(s, e, f"bold underline {c.get('marsad-hl-mention', 'cyan')}") for s, e in self.mentions]
        if self.selected:
            s, e = self.selected
            spans.append((s, e, f"on {c.get('marsad-hl-span', 'dark_goldenrod')}"))
        if self.query_text.strip():
            spans += [(s, e, f"bold reverse {c.get('marsad-hl-match', 'yellow')}")
                      for s, e in match_spans(self.query_text, self.article.text)]
        self.body.set_content(self.article.text, spans)
