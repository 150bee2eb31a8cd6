"""`f`: facets that apply to every pane at once — actor kinds, affiliations, speakers,
quote kinds and a date range.  Changes apply live; `esc` closes, `ctrl+r` resets."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.strip import Strip
from textual.widgets import Input, Label, SelectionList
from textual.widgets._toggle_button import ToggleButton
from textual.widgets.option_list import OptionDoesNotExist

from tui.article.clean import printable
from tui.article.model import ACTOR_KINDS, QUOTE_KINDS, Article
from tui.view.filter import Filter, is_date_prefix

from .dialogs import Dialog
from .keys import move_keys
from .textrender import inline


def facet_values(article: Article) -> dict[str, list[str]]:
    """The values each facet can take in this article (speakers and affiliations by name)."""
    names = {a.id: a.name for a in article.actors}
    speakers = sorted({names[q.speaker] for q in article.quotes if q.speaker in names})
    affiliations = sorted({names.get(a.affiliation, a.affiliation) for a in article.actors if a.affiliation})
    return {"kinds": list(ACTOR_KINDS), "affiliations": affiliations, "speakers": speakers,
            "quote_kinds": list(QUOTE_KINDS)}


LABELS = {"kinds": "Actor kind", "affiliations": "Affiliation", "speakers": "Speaker", "quote_kinds": "Quote kind"}

_PARTIAL = re.compile(r"^\d{1,4}$|^\d{4}-(\d{0,2})$|^\d{4}-(\d{2})-(\d{0,2})$")


def date_problem(value: str) -> str | None:
    """Why a date-range end is refused, or None when it is a date or may still become one
    as the user types ("2023-1" may become 2023-12; "2023-13" never will)."""
    value = value.strip()
    if not value or is_date_prefix(value):
        return None
    m = _PARTIAL.match(value)
    if m:
        month = m.group(1) if m.group(1) is not None else m.group(2)
        day = m.group(3) or ""
        month_ok = not month or (month in ("0", "1") if len(month) == 1 else 1 <= int(month) <= 12)
        day_ok = not day or (day in "0123" if len(day) == 1 else is_date_prefix(value[:8] + day))
        if month_ok and day_ok:
            return None
    return f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD); this end is not applied"


class FacetList(SelectionList[str]):
    """A facet's values.  j/k move like every list in Marsad, and the box is drawn as
    "[x]" / "[ ]": ticked and unticked differ by their text, whatever the colours (with 16
    colours Textual's "▐X▌" looks ticked either way; with 256 it nearly vanishes)."""

    BINDINGS: ClassVar = move_keys("facets", verb="cursor_")

    def render_line(self, y: int) -> Strip:
        line = super().render_line(y)
        segments = list(line)
        button = ToggleButton.BUTTON_LEFT + ToggleButton.BUTTON_INNER + ToggleButton.BUTTON_RIGHT
        if len(segments) < 3 or "".join(seg.text for seg in segments[:3]) != button:
            return line
        index = self.scroll_offset.y + y
        try:
            value = self.get_option_at_index(index).value
        except OptionDoesNotExist:
            return line
        ticked = value in self._selected
        base = segments[3].style if len(segments) > 3 and segments[3].style else self.rich_style
        style = base + Style(bold=ticked, meta={"option": index})
        return Strip([Segment("[x]" if ticked else "[ ]", style), *segments[3:]], line.cell_length)


class FacetScreen(Dialog):
    BINDINGS: ClassVar = [
        Binding("escape", "close", "Close", id="facets.close"),
        Binding("ctrl+r", "reset", "Reset facets", id="facets.reset"),
    ]

    def __init__(self, article: Article, flt: Filter) -> None:
        super().__init__()
        self.article = article
        self.flt = flt

    # what a corpus's facets say differently (tui/app/corpus_dialogs.py)
    TITLE = "Facets (all panes)"
    LABELS = LABELS
    # the date fields: (Filter field, widget id, how a problem with it is named)
    DATES: ClassVar[tuple[tuple[str, str, str], ...]] = (("date_from", "#date-from", "from"),
                                                         ("date_to", "#date-to", "to"))
    NONE_FOUND = "  (none in this article)"
    DATES_LABEL = "Date range (YYYY, YYYY-MM or YYYY-MM-DD, inclusive)"

    def values(self) -> dict[str, list[str]]:
        return facet_values(self.article)

    def more_dates(self) -> ComposeResult:
        """Further date fields after the events' date range (none for one article)."""
        yield from ()

    def compose(self) -> ComposeResult:
        mode = getattr(self.app, "rtl_mode", "terminal")
        with Vertical(classes="dialog", id="facets-dialog"):
            with VerticalScroll():
                for key, options in self.values().items():
                    chosen = getattr(self.flt, key)
                    yield Label(Text(self.LABELS[key], style="bold"))
                    if not options:
                        yield Label(Text(self.NONE_FOUND, style="dim"))
                        continue
                    yield FacetList(*[(inline(v, mode), v, v in chosen) for v in options], id=f"facet-{key}",
                                    classes="facet")
                yield Label(Text(self.DATES_LABEL, style="bold"))
                with Horizontal(classes="dates"):
                    yield Input(self.flt.date_from or "", placeholder="from", id="date-from")
                    yield Input(self.flt.date_to or "", placeholder="to", id="date-to")
                yield from self.more_dates()
                yield Label("", id="date-problem")
            yield Label(Text("space toggles · tab next · changes apply live · ctrl+r reset · esc close", style="dim"))

    def on_mount(self) -> None:
        self.query_one("#facets-dialog").border_title = self.TITLE
        first = self.query(SelectionList).first() if self.query(SelectionList) else None
        if first is not None:
            first.focus()

    def _publish(self) -> None:
        kw: dict = {}
        for key in self.LABELS:
            found = self.query(f"#facet-{key}")
            if found:
                kw[key] = frozenset(found.first(SelectionList).selected)
        problems = []
        for key, wid, label in self.DATES:
            field = self.query_one(wid, Input)
            value = field.value.strip()
            kw[key] = value if is_date_prefix(value) else getattr(self.flt, key) if value else None
            problem = date_problem(value)
            field.set_class(problem is not None, "-invalid")  # the red frame of a refused field
            if problem:
                problems.append(f"{label}: {printable(problem)}")
        self.query_one("#date-problem", Label).update(Text("\n".join(problems), style="bold red"))
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
