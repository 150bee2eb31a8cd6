"""Small modal dialogs: a name prompt (save/rename a preset), the export format choice,
and the theme picker with live preview."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from tui.article.clean import printable

from .keys import move_keys
from .rtlinput import RtlInput
from .textrender import inline


class DismissOnce:
    """Mixed into every dialog screen: only the first dismiss counts.  A second `enter` (or
    `esc`) that arrives before the screen is gone would otherwise call the result callback
    again (a second export) and pop the screen below (ScreenStackError)."""

    BINDINGS: ClassVar = []  # adds none (Textual merges BINDINGS along the MRO)
    _dismissed = False

    def dismiss(self, result: Any = None) -> AwaitComplete:
        if self._dismissed:
            return AwaitComplete()
        self._dismissed = True
        return super().dismiss(result)  # type: ignore[misc]


class Dialog(DismissOnce, ModalScreen):
    """A modal dialog whose dismiss is idempotent."""

    BINDINGS: ClassVar = []


class ListDialog(Dialog):
    """A dialog around one OptionList: its down/up keys (``move_keys``) move the list's
    cursor, and `close` dismisses with None."""

    BINDINGS: ClassVar = []

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def action_close(self) -> None:
        self.dismiss(None)


class NamePrompt(Dialog):
    """Ask for a name; `enter` confirms, `esc` cancels (dismisses with None)."""

    BINDINGS: ClassVar = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]

    def __init__(self, title: str, value: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value

    def compose(self) -> ComposeResult:
        mode = getattr(self.app, "rtl_mode", "terminal")
        with Vertical(classes="dialog"):
            yield Label(inline(self.title_text, mode))  # a preset name in it is Arabic text too
            yield RtlInput(value=self.value, placeholder="name", id="name-input")

    def on_mount(self) -> None:
        self.query_one(Vertical).border_title = "enter to confirm · esc to cancel"
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        name = event.value.strip()
        self.dismiss(name or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class DatePrompt(ModalScreen[str | None]):
    """Ask for the publication date: `enter` with YYYY, YYYY-MM or YYYY-MM-DD sets it, an
    empty line clears the date you set (back to the article's own), `esc` cancels.  A value
    that is not a date is refused with the reason under the field."""

    BINDINGS: ClassVar = [Binding("escape", "cancel", "Cancel", id="date.cancel")]

    def __init__(self, title: str, value: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="date-dialog"):
            yield Label(Text(self.title_text))
            yield Input(value=self.value, placeholder="YYYY-MM-DD", id="date-input")
            yield Label("", id="date-error")

    def on_mount(self) -> None:
        self.query_one(Vertical).border_title = "enter to set · empty enter clears · esc to cancel"
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        from tui.view.filter import is_date_prefix

        event.stop()
        value = event.value.strip()
        if value and not is_date_prefix(value):
            self.query_one("#date-error", Label).update(
                Text(f"{printable(value)!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD", style="bold red"))
            return
        self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)


EXPORT_FORMATS = (
    ("md", "Markdown brief — actors with titles, quotes by speaker, the timeline"),
    ("json", "JSON — the marsad.article/1 contract, visible items only"),
    ("csv", "CSV — one row per visible quote"),
)


class ChoiceScreen(ListDialog):
    """Pick one of a few options with j/k/enter; `esc` cancels."""

    BINDINGS: ClassVar = [Binding("escape", "cancel", "Cancel", id="choice.cancel"), *move_keys("choice")]

    def __init__(self, title: str, choices: list[tuple[str, str]], current: str | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield OptionList(*[Option(Text(label), id=key) for key, label in self.choices], id="choices")

    def on_mount(self) -> None:
        self.query_one(Vertical).border_title = self.title_text
        options = self.query_one(OptionList)
        keys = [k for k, _ in self.choices]
        if self.current in keys:
            options.highlighted = keys.index(self.current)
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ExportChoice(ChoiceScreen):
    def __init__(self) -> None:
        super().__init__("Export what is visible as … (esc cancels)", [(k, f"{k:<5} {d}") for k, d in EXPORT_FORMATS])


class ThemePicker(ChoiceScreen):
    """Moving the cursor previews the theme; `enter` keeps it, `esc` restores the old one."""

    def __init__(self, names: list[str], current: str) -> None:
        super().__init__("Theme — enter keeps, esc restores", [(n, printable(n)) for n in names], current)
        self.original = current

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id and not self._dismissed:
            self.app.theme = event.option.id

    def action_cancel(self) -> None:
        if self._dismissed:  # `enter` then `esc` in one burst: the choice already stands
            return
        self.app.theme = self.original
        self.dismiss(None)
