"""`?`: help for the focused pane — what it shows (Markdown) and every key that applies."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Markdown, Static

from .dialogs import Dialog
from .keys import move_keys

GLOBAL_HELP = """\
Marsad shows one article as four panes fed by the same model.  `1`–`4` jump to a pane,
`tab`/`shift+tab` cycle, `enter` acts on the item under the cursor, `esc` backs out,
`ctrl+p` opens the command palette.  Everything works without a mouse.
"""


class HelpScreen(Dialog):
    """The focused pane's help text plus a table of keys (key, action, where it applies, the
    binding id that ``[keymap]`` in config.toml remaps)."""

    BINDINGS: ClassVar = [
        Binding("escape,question_mark,q", "dismiss_help", "Close help", id="help.close"),
        *move_keys("help", "j,down", "k,up", verb="scroll_"),
    ]

    def __init__(self, pane_help: str, keys: list[tuple[str, str, str, str]]) -> None:
        super().__init__()
        self.pane_help = pane_help
        self.keys = keys

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=True, header_style="bold", expand=True, pad_edge=False)
        table.add_column("key", no_wrap=True)
        table.add_column("does")
        table.add_column("where", style="dim", no_wrap=True)
        table.add_column("id", style="dim", no_wrap=True)
        for key, desc, where, bid in self.keys:
            table.add_row(Text(key, style="bold"), Text(desc), Text(where), Text(bid))
        with VerticalScroll(id="help-body"):
            yield Markdown(self.pane_help + "\n" + GLOBAL_HELP, id="help-text")
            yield Static(table, id="help-keys")

    def on_mount(self) -> None:
        body = self.query_one("#help-body")
        body.border_title = "Help — esc to close"
        body.focus()

    def action_dismiss_help(self) -> None:
        self.dismiss(None)

    def action_scroll_down(self) -> None:
        self.query_one("#help-body", VerticalScroll).scroll_down()

    def action_scroll_up(self) -> None:
        self.query_one("#help-body", VerticalScroll).scroll_up()
