"""`f`: facets that apply to every pane at once — actor kinds, affiliations, speakers,
quote kinds and a date range.  Changes apply live; `esc` closes, `ctrl+r` resets."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Label, SelectionList

from tui.article.model import ACTOR_KINDS, QUOTE_KINDS, Article
from tui.view.filter import Filter, is_date_prefix

from .dialogs import Dialog
from .textrender import inline


def facet_values(article: Article) -> dict[str, list[str]]:
    """The values each facet can take in this article (speakers and affiliations by name)."""
    names = {a.id: a.name for a in article.actors}
    speakers = sorted({names[q.speaker] for q in article.quotes if q.speaker in names})
    affiliations = sorted({names.get(a.affiliation, a.affiliation) for a in article.actors if a.affiliation})
    return {"kinds": list(ACTOR_KINDS), "affiliations": affiliations, "speakers": speakers,
            "quote_kinds": list(QUOTE_KINDS)}


LABELS = {"kinds": "Actor kind", "affiliations": "Affiliation", "speakers": "Speaker", "quote_kinds": "Quote kind"}


class FacetScreen(Dialog):
    BINDINGS: ClassVar = [
        Binding("escape", "close", "Close", id="facets.close"),
        Binding("ctrl+r", "reset", "Reset facets", id="facets.reset"),
    ]

    def __init__(self, article: Article, flt: Filter) -> None:
        super().__init__()
        self.article = article
        self.flt = flt

    def compose(self) -> ComposeResult:
        values = facet_values(self.article)
        with Vertical(classes="dialog", id="facets-dialog"):
            with VerticalScroll():
                for key, options in values.items():
                    chosen = getattr(self.flt, key)
                    yield Label(Text(LABELS[key], style="bold"))
                    if not options:
                        yield Label(Text("  (none in this article)", style="dim"))
                        continue
                    mode = getattr(self.app, "rtl_mode", "terminal")
                    yield SelectionList[str](*[(inline(v, mode), v, v in chosen) for v in options], id=f"facet-{key}",
                                             classes="facet")
                yield Label(Text("Date range (YYYY, YYYY-MM or YYYY-MM-DD, inclusive)", style="bold"))
                with Horizontal(classes="dates"):
                    yield Input(self.flt.date_from or "", placeholder="from", id="date-from")
                    yield Input(self.flt.date_to or "", placeholder="to", id="date-to")
            yield Label(Text("space toggles · tab next · changes apply live · ctrl+r reset · esc close", style="dim"))

    def on_mount(self) -> None:
        self.query_one("#facets-dialog").border_title = "Facets (all panes)"
        first = self.query(SelectionList).first() if self.query(SelectionList) else None
        if first is not None:
            first.focus()

    def _publish(self) -> None:
        kw = {}
        for key in LABELS:
            found = self.query(f"#facet-{key}")
            if found:
                kw[key] = frozenset(found.first(SelectionList).selected)
        for key, wid in (("date_from", "#date-from"), ("date_to", "#date-to")):
            value = self.query_one(wid, Input).value.strip()
            kw[key] = value if is_date_prefix(value) else getattr(self.flt, key) if value else None
        self.flt = replace(self.flt, **kw)
        self.app.set_filter(self.flt)  # type: ignore[attr-defined]

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        self._publish()

    def on_input_changed(self, event: Input.Changed) -> None:
        self._publish()

    def action_reset(self) -> None:
        for sl in self.query(SelectionList):
            sl.deselect_all()
        for inp in self.query(Input):
            inp.value = ""
        self._publish()

    def action_close(self) -> None:
        self.dismiss(None)
