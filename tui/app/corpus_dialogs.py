"""Corpus dialogs: the facets with the outlet and article-date facets, and `m` on an actor
card — its members, `s` to split one off, `a` to merge the card with another."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from tui.article.clean import printable
from tui.corpus.corrections import Correction
from tui.corpus.view import CorpusView
from tui.view.filter import Filter

from .dialogs import ChoiceScreen, ListDialog
from .facets import FacetScreen
from .keys import move_keys
from .rtlinput import RtlInput
from .textrender import hang, inline, visual

LABELS = {"kinds": "Actor kind", "affiliations": "Affiliation", "speakers": "Speaker", "quote_kinds": "Quote kind",
          "outlets": "Outlet"}
DATES = (("date_from", "#date-from", "events from"), ("date_to", "#date-to", "events to"),
         ("article_from", "#article-from", "articles from"), ("article_to", "#article-to", "articles to"))


EXPORT_FORMATS = (
    ("md", "Markdown brief — the articles, merged actors, quotes by speaker, the timeline"),
    ("json", "JSON (marsad.corpus/1) — the visible articles, merged actor cards, quotes and events"),
    ("csv", "CSV — one row per visible actor card, quote and event (first column: record)"),
)


class CorpusExportChoice(ChoiceScreen):
    """The export formats as the corpus writes them (tui/corpus/export.py)."""

    def __init__(self) -> None:
        super().__init__("Export the corpus view as … (esc cancels)", [(k, f"{k:<5} {d}") for k, d in EXPORT_FORMATS])


def counted(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


class CorpusFacetScreen(FacetScreen):
    """The single-article facets plus the outlets and the articles' own dates."""

    def __init__(self, view: CorpusView, flt: Filter) -> None:
        super().__init__(None, flt)  # type: ignore[arg-type]
        self.view = view

    TITLE = "Facets (all panes, every article)"
    LABELS = LABELS
    DATES = DATES
    NONE_FOUND = "  (none in this corpus)"
    DATES_LABEL = "Event dates (YYYY, YYYY-MM or YYYY-MM-DD, inclusive)"

    def values(self) -> dict[str, list[str]]:
        return self.view.facet_values()

    def more_dates(self) -> ComposeResult:
        yield Label(Text("Article dates (the articles' publication dates)", style="bold"))
        with Horizontal(classes="dates"):
            yield Input(self.flt.article_from or "", placeholder="from", id="article-from")
            yield Input(self.flt.article_to or "", placeholder="to", id="article-to")


class MembersScreen(ListDialog):
    """A merged card's members — each article's own card — with what joined them."""

    BINDINGS: ClassVar = [
        Binding("escape,m", "close", "Close", id="members.close"),
        Binding("s", "split", "Split off", id="members.split"),
        Binding("a", "merge", "Merge with…", id="members.merge"),
        *move_keys("members"),
    ]

    def __init__(self, view: CorpusView, card: int) -> None:
        super().__init__()
        self.view = view
        self.card = view.cards[card]

    def compose(self) -> ComposeResult:
        mode = getattr(self.app, "rtl_mode", "terminal")
        card = self.card
        with Vertical(classes="dialog", id="members-dialog"):
            head = Text(f"{card.kind} · {counted(len(card.docs), 'article')} · {counted(card.quotes, 'quote')} · ",
                        style="dim", end="")
            head.append_text(inline(" / ".join(card.names), mode, "bold"))
            yield Label(head)
            yield Label("", id="members-why")  # laid out at its width once it has one (on_resize)
            options = []
            for n, m in enumerate(card.members):
                line = Text(f"{n + 1:>3}  ", style="dim", end="")
                line.append_text(inline(m.actor.name, mode, "bold"))
                line.append(f"  in {printable(m.article)}", style="dim")
                if m.actor.titles:
                    line.append("  ")
                    line.append_text(inline("، ".join(m.actor.titles), mode, "italic"))
                options.append(Option(line, id=str(n)))
            yield OptionList(*options, id="members-list")
            yield Label(Text("s split this member off · a merge this card with another · esc close", style="dim"))

    def on_mount(self) -> None:
        mode = getattr(self.app, "rtl_mode", "terminal")
        self.query_one("#members-dialog").border_title = visual(f"Members of {printable(self.card.name)} "
                                                                f"({self.card.id})", mode)
        self.query_one(OptionList).focus()
        self.call_after_refresh(self._lay_out_why)

    def on_resize(self) -> None:
        self.call_after_refresh(self._lay_out_why)

    def _lay_out_why(self) -> None:
        """The why names Arabic spellings inside English: laid out for the rtl mode, wrapped at the label's width."""
        label = self.query_one("#members-why", Label)
        width = label.size.width or 80
        mode = getattr(self.app, "rtl_mode", "terminal")
        label.update(hang(Text("why: ", style="dim", end=""), self.card.why, width, mode, style="dim", base="ltr"))

    @property
    def member(self):
        option = self.query_one(OptionList).highlighted_option
        return self.card.members[int(option.id)] if option is not None and option.id is not None else None

    def action_split(self) -> None:
        m = self.member
        if m is None or self._dismissed:
            return
        if len(self.card.members) < 2:
            self.app.notify("This card has one member: nothing to split off", severity="warning", timeout=4)
            return
        self.app.correct(Correction("split", m.ref),  # type: ignore[attr-defined]
                         f"Split {m.actor.name} ({m.article}) off {self.card.name}")
        self.dismiss(None)

    def action_merge(self) -> None:
        if self._dismissed:
            return
        card = self.card

        def picked(other: str | None) -> None:
            if other is None:
                return
            target = self.view.cards[self.view.card_by_id[other]]
            self.app.correct(Correction("merge", card.members[0].ref, target.members[0].ref),  # type: ignore
                             f"Merged {card.name} with {target.name}")
            self.dismiss(None)

        self.app.push_screen(CardPicker(self.view, self.view.card_by_id[card.id]), picked)


class CardPicker(ListDialog):
    """Type to find the card to merge with (same kind only); `enter` merges, `esc` cancels."""

    BINDINGS: ClassVar = [Binding("escape", "cancel", "Cancel", id="picker.cancel"),
                          *move_keys("picker", down="down", up="up")]
    SHOWN = 40

    def __init__(self, view: CorpusView, card: int) -> None:
        super().__init__()
        self.view = view
        self.card = card

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="picker-dialog"):
            yield RtlInput(placeholder="name, title or spelling", id="picker-input")
            yield OptionList(id="picker-list")
            yield Label(Text("type to narrow · ↑↓ move · enter merge · esc cancel", style="dim"))

    def on_mount(self) -> None:
        kind = self.view.cards[self.card].kind
        mode = getattr(self.app, "rtl_mode", "terminal")
        self.query_one("#picker-dialog").border_title = visual(f"Merge {printable(self.view.cards[self.card].name)} "
                                                               f"with which {kind}?", mode)
        self.refill("")
        self.query_one(Input).focus()

    def refill(self, query: str) -> None:
        kind = self.view.cards[self.card].kind
        found = self.view._matching("cards", query)
        mode = getattr(self.app, "rtl_mode", "terminal")
        options = self.query_one(OptionList)
        options.clear_options()
        shown = 0
        for n, c in enumerate(self.view.cards):
            if n == self.card or c.kind != kind or (found is not None and n not in found):
                continue
            line = inline(c.name, mode, "bold")
            line.append(f"  {counted(len(c.docs), 'article')} · {counted(c.quotes, 'quote')}", style="dim")
            options.add_option(Option(line, id=c.id))
            shown += 1
            if shown >= self.SHOWN:
                break
        if not shown:
            options.add_option(Option(Text(f"(no other {kind} matches)", style="dim"), disabled=True))
        else:
            options.highlighted = 0

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.refill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        option = self.query_one(OptionList).highlighted_option
        if option is not None and option.id:
            self.dismiss(option.id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
