"""`p`: the saved presets — `enter` loads, `r` renames, `d` deletes, `esc` closes.

The screen only shows and asks; the app owns the PresetStore and does the work
(``load_preset``, ``rename_preset``, ``delete_preset``)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui.article.clean import printable

from .dialogs import ListDialog, NamePrompt
from .keys import move_keys
from .textrender import inline


class PresetsScreen(ListDialog):
    BINDINGS: ClassVar = [
        Binding("escape,p", "close", "Close", id="presets.close"),
        Binding("r", "rename", "Rename", id="presets.rename"),
        Binding("d,delete", "delete", "Delete", id="presets.delete"),
        *move_keys("presets"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="presets-dialog"):
            yield OptionList(id="presets-list")
            yield Label(Text("enter load · r rename · d delete · esc close", style="dim"))

    def on_mount(self) -> None:
        self.query_one("#presets-dialog").border_title = "Presets"
        self.refresh_list()
        self.query_one(OptionList).focus()

    def refresh_list(self, select: str | None = None) -> None:
        options = self.query_one(OptionList)
        presets = self.app.presets  # type: ignore[attr-defined]
        active = self.app.preset_name  # type: ignore[attr-defined]
        options.clear_options()
        if not presets:
            options.add_option(Option(Text("(no presets yet — ctrl+s saves the current filter)"), disabled=True))
            return
        for name in sorted(presets):
            line = Text("● " if name == active else "  ", style="bold", end="")
            mode = getattr(self.app, "rtl_mode", "terminal")
            line.append_text(inline(printable(name), mode, "bold"))
            line.append("   ")
            line.append_text(inline(printable(presets[name].describe()) or "no filter", mode, "dim"))
            options.add_option(Option(line, id=name))
        names = sorted(presets)
        target = select or active
        options.highlighted = names.index(target) if target in names else 0

    @property
    def current(self) -> str | None:
        option = self.query_one(OptionList).highlighted_option
        return option.id if option is not None else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.app.load_preset(event.option.id)  # type: ignore[attr-defined]
            self.dismiss(None)

    def action_rename(self) -> None:
        old = self.current
        if old is None or self._dismissed:
            return

        def done(new: str | None) -> None:
            if new and new != old:
                self.app.rename_preset(old, new)  # type: ignore[attr-defined]
                self.refresh_list(select=new)

        self.app.push_screen(NamePrompt(f"Rename preset {printable(old)!r} to:", old), done)

    def action_delete(self) -> None:
        name = self.current
        if name is not None and not self._dismissed:
            self.app.delete_preset(name)  # type: ignore[attr-defined]
            self.refresh_list()
