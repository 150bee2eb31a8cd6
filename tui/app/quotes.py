"""Quotes pane: who said what — speaker, reporting cue, kind and the quoted text."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding

from tui.article.model import Article, Quote

from .messages import ActorChosen, SpanChosen
from .pane import ItemList, Pane
from .textrender import hang

KIND_LABEL = {"direct": "direct", "indirect": "indirect", "mixed": "mixed"}
UNATTRIBUTED = "(no named speaker)"


class QuoteList(ItemList):
    BINDINGS: ClassVar = [Binding("enter", "select", "Show in source", id="quotes.show")]


def quote_reference(article: Article, q: Quote) -> str:
    """The clipboard form of a quote: its text, speaker, cue and where it stands in the source
    (logical order: the clipboard never holds reordered text)."""
    a = article.actor(q.speaker) if q.speaker else None
    who = a.name if a else UNATTRIBUTED
    cue = f" ({q.cue})" if q.cue else ""
    title = article.meta.get("title") or article.meta.get("source") or "article"
    sent = article.sentence_at(q.start)
    where = f"sentence {article.sentences.index(sent) + 1}, " if sent else ""
    return f"«{q.text}»\n— {who}{cue}; {title}, {where}characters {q.start}–{q.end}"


class QuotesPane(Pane):
    NOUN = "quotes"
    NUMBER = 3
    TITLE = "Quotes"
    QUERY_FIELD = "quotes_query"
    HELP = """\
### Quotes
Who said what.  Each entry shows the **speaker** (the actor the quote is attributed
to), the **cue** (the reporting verb or phrase as written: قال، أكد، بحسب …), the
**kind** — *direct* (words in quotation marks), *indirect* (reported speech) or
*mixed* — and the **quoted text**.

`enter` scrolls the Source pane to the quote's sentence and highlights the quote.
`s` shows only this quote's speaker (its card, quotes and events; `esc` shows all).
`y` or `c` copies the quote with its source reference (through the terminal, OSC 52 —
works over SSH).  `/` filters by text, speaker or cue (`!` negates).
`w` shows or hides, under each quote, **why** Marsad gave it that speaker (the evidence
that decided: the subject after the verb, a continuation, a source after حسب …).
"""

    BINDINGS: ClassVar = [
        Binding("y", "copy_quote", "Copy", id="quotes.copy"),
        Binding("c", "copy_quote", "Copy", show=False, id="quotes.copy-c"),
        Binding("s", "only_speaker", "Only this speaker", id="quotes.speaker"),
        Binding("w", "toggle_why", "Why", id="quotes.why"),
    ]

    def __init__(self, **kw) -> None:
        super().__init__(**kw)
        self.article: Article | None = None

    def compose_body(self) -> ItemList:
        return QuoteList(self.render_quote, id="quotes-list")

    def speaker_name(self, q: Quote) -> str:
        a = self.article.actor(q.speaker) if self.article and q.speaker else None
        return a.name if a else UNATTRIBUTED

    def render_quote(self, q: Quote, width: int) -> Text:
        c = self.colours
        kind_colour = c.get(f"marsad-quote-{q.kind}", "")
        speaker = self.speaker_name(q)
        a = self.article.actor(q.speaker) if self.article and q.speaker else None
        who_colour = c.get(f"marsad-actor-{a.kind}", "") if a else "dim"
        head = Text(f"{KIND_LABEL.get(q.kind, q.kind):<9}", style=f"bold {kind_colour}".strip(), end="")
        who = speaker + (f" · {q.cue}" if q.cue else "")
        top = hang(head, who, width, self.mode, spans=[(0, len(speaker), f"bold {who_colour}".strip())])
        body = hang("  ", q.text, width, self.mode)
        why = self.why_line(q.why, width)
        return Text("\n", end="").join([top, body] + ([why] if why is not None else []))

    def update_view(self, article: Article, quotes: tuple[Quote, ...]) -> None:
        self.article = article
        self.set_counts(len(quotes), len(article.quotes))
        self.body.set_items(quotes)

    def choose(self, q: Quote) -> None:
        self.post_message(SpanChosen(q.start, q.end))

    def action_only_speaker(self) -> None:
        q = self.body.highlighted_item
        if q is None:
            self.app.notify("No quote selected", severity="warning", timeout=3)
        elif not q.speaker:
            self.app.notify(f"Quote {q.id} has no named speaker: nothing to show", severity="warning", timeout=4,
                            markup=False)
        else:
            self.post_message(ActorChosen(q.speaker))

    def action_copy_quote(self) -> None:
        q = self.body.highlighted_item
        if q is None or self.article is None:
            self.app.notify("No quote selected", severity="warning")
            return
        self.app.copy_to_clipboard(quote_reference(self.article, q))
        self.app.notify(f"Copied quote {q.id} with its source reference (OSC 52)", markup=False)
