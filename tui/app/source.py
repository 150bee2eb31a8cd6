"""Source pane: the full article text, with the chosen quote/event span and its sentence
highlighted, the selected actor's mentions marked and "/" matches lit.

Rendered through the Line API (only visible lines are drawn, as in Toolong); each
paragraph is wrapped and laid out by ``textrender.lines`` so right-to-left modes apply.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding
from textual.events import Resize
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.article.model import Article
from tui.view.filter import match_spans

from .keys import move_keys
from .pane import Pane
from .textrender import line_of, lines


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
        *move_keys("source", "j,down", "k,up", verb="scroll_"),
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
        self._rows: list[tuple[Text, list[Strip | None], int]] = []  # (text, its paragraph's strips, index)
        self._texts: list[Text] = []
        self._width = 0
        self._pending: int | None = None  # an offset to bring into view once laid out
        self._cache: dict[tuple, tuple[list[Text], list[Strip | None]]] = {}  # per paragraph, see relayout

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
        # the scrollbar's column is always set aside (it appears after the first layout,
        # without a resize), plus one blank cell so text never touches it
        return max(10, self.content_region.width - self.styles.scrollbar_size_vertical - 1)

    def relayout(self) -> None:
        if not self.size.width:  # not laid out yet: on_resize lays out at the real width (once)
            self._width = -1
            return
        mode = getattr(self.app, "rtl_mode", "terminal")
        width = self._width = self._width_now()
        # each span goes to the paragraphs it touches (binary search, not a scan per paragraph)
        starts_of = [off for off, _ in self._paras]
        local: list[list[tuple[int, int, str]]] = [[] for _ in self._paras]
        for s, e, st in self.spans:
            n = max(0, bisect_right(starts_of, s) - 1)
            while n < len(self._paras) and self._paras[n][0] < e:
                off, para = self._paras[n]
                if s < off + len(para):
                    local[n].append((max(s, off) - off, min(e, off + len(para)) - off, st))
                n += 1
        # a paragraph is re-laid out only when its width, mode or highlights changed; its
        # strips are made lazily, when a line is first drawn (only visible lines cost)
        cache: dict[tuple, tuple[list[Text], list[Strip | None]]] = {}
        rows: list[tuple[Text, list[Strip | None], int]] = []
        starts: list[int] = []
        blank: tuple[list[Text], list[Strip | None]] = ([Text("")], [None])
        for n, (off, para) in enumerate(self._paras):
            if n:
                rows.append((blank[0][0], blank[1], 0))
            starts.append(len(rows))
            key = (off, para, width, mode, tuple(local[n]))  # the text too: the article may change
            done = self._cache.get(key) or cache.get(key)
            if done is None:
                rendered = lines(para, width, mode, local[n])
                done = (rendered, [None] * len(rendered))
            cache[key] = done
            rows.extend((t, done[1], i) for i, t in enumerate(done[0]))
        self._cache = cache
        self._rows, self._para_line = rows, starts
        self._texts = [r[0] for r in rows]
        self.virtual_size = Size(max((t.cell_len for t in self._texts), default=0), len(rows))
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

    def render_lines(self, crop: Region) -> list[Strip]:
        self._base = self.rich_style  # once per paint, not once per row
        self._content_width = self.scrollable_content_region.width
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width, base = self._content_width, self._base
        if index >= len(self._rows):
            return Strip.blank(width, base)
        text, holder, i = self._rows[index]
        strip = holder[i]
        if strip is None:
            strip = holder[i] = Strip(list(text.render(self.app.console, end="")), text.cell_len)
        return strip.crop_extend(scroll_x, scroll_x + width, base).apply_style(base)

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
        self._matches: list[tuple[int, int]] = []  # spans of the "/" query, computed once per query
        self._matched_in: Article | None = None

    def compose_body(self) -> SourceView:
        return SourceView(id="source-view")

    def update_view(self, article: Article, mentions: tuple[tuple[int, int], ...], query: str) -> None:
        self.article = article
        self.mentions = mentions
        if query != self.query_text or article is not self._matched_in:
            self.match_index = None
            q = query.strip()
            self._matches = match_spans(q, article.text) if q and not q.startswith("!") else []
            self._matched_in = article
        self.query_text = query
        n = len(self._matches)
        self.border_subtitle = f"{n} match{'es' * (n != 1)}" if query.strip() else ""
        self.restyle()

    def matches(self) -> list[tuple[int, int]]:
        return list(self._matches)

    def action_match(self, step: int) -> None:
        found = self.matches()
        if not found:
            self.app.notify("No matches: / types a query", timeout=2)
            return
        self.match_index = (self.match_index + step) % len(found) if self.match_index is not None else \
            (0 if step > 0 else len(found) - 1)
        start, _end = found[self.match_index]
        self.restyle()
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
        match_style = f"bold reverse {c.get('marsad-hl-match', 'yellow')}"
        # the match n/N stands on: another colour and underlined, so it shows without colour too
        current = f"bold underline reverse {c.get('marsad-hl-span', 'blue')}"
        spans += [(s, e, current if i == self.match_index else match_style) for i, (s, e) in enumerate(self._matches)]
        self.body.set_content(self.article.text, spans)
