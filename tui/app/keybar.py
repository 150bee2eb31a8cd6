"""The dashboard's footer: the keys that matter most for the focused pane first, then the
global ones in a fixed order of importance, as many as fit — whole labels only, never one
cut in half — and `? Help` always, which lists every key.

Textual's Footer shows the bindings in declaration order and cuts the last label at the
edge (`t Them▏`), so keys such as `r`, `m` and `e` never appeared at 120 columns.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

# Global keys by importance after the focused pane's own: binding ids.
GLOBAL_ORDER = ("back", "facets", "zoom", "export", "quit", "rtl.cycle", "published.set", "theme", "preset.list",
                "preset.save", "mouse")
# Shown in the bar although their bindings are hidden from Textual's footer.
ALSO_SHOWN = frozenset({"rtl.cycle", "mouse", "published.set"})
HELP_ID = "help"
GAP = "  "


class KeyBar(Static):
    """One line of `key label` pairs for the focused pane (see the module doc)."""

    DEFAULT_CSS = """
    KeyBar { height: 1; background: $panel; color: $foreground; padding: 0 1; }
    """

    _shown: Text | None = None

    def entries(self) -> list[tuple[str, str, str]]:
        """(binding id, key as shown, label) in the order of importance, one per id."""
        screen = self.screen
        own: list[tuple[str, str, str]] = []
        shared: dict[str, tuple[str, str, str]] = {}
        seen: set[str] = set()
        for key, active in screen.active_bindings.items():
            b = active.binding
            bid = b.id or b.action
            if not active.enabled or not b.description or bid in seen:
                continue
            if not b.show and bid not in ALSO_SHOWN:
                continue
            seen.add(bid)
            entry = (bid, self.app.get_key_display(b) or key, b.description)
            node = active.node
            in_pane = any(type(n).__name__.endswith("Pane") for n in (node, *node.ancestors))
            if in_pane or (node is not screen and node is not self.app):
                own.append(entry)
            else:
                shared[bid] = entry
        ordered = own + [shared[i] for i in GLOBAL_ORDER if i in shared]
        ordered += [e for i, e in shared.items() if i not in GLOBAL_ORDER and i != HELP_ID]
        help_entry = shared.get(HELP_ID)
        return ordered + ([help_entry] if help_entry else [])

    def fitted(self, width: int) -> list[tuple[str, str, str]]:
        """The entries that fit in ``width`` cells, whole; help is kept whatever else is dropped."""
        entries = self.entries()
        help_entry = next((e for e in entries if e[0] == HELP_ID), None)
        rest = [e for e in entries if e[0] != HELP_ID]
        reserve = _cells(help_entry) + len(GAP) if help_entry else 0
        out, used = [], 0
        for e in rest:
            need = _cells(e) + (len(GAP) if out else 0)
            if used + need + reserve > width:
                continue  # a shorter label further on may still fit
            out.append(e)
            used += need
        return out + ([help_entry] if help_entry else [])

    def refresh_keys(self) -> None:
        width = max(0, self.content_region.width or self.size.width)
        line = Text(no_wrap=True, overflow="crop", end="")
        key_style = f"bold {self._key_colour()}".strip()  # not reverse: that marks search matches
        for n, (_bid, key, label) in enumerate(self.fitted(width)):
            if n:
                line.append(GAP)
            line.append(key, style=key_style)
            line.append(f" {label}")
        if line != self._shown:  # the same keys (most refreshes): no new layout, no extra frame
            self._shown = line
            self.update(line)

    def _key_colour(self) -> str:
        variables = self.app.get_css_variables()  # built afresh from the theme on each call
        colour = variables.get("footer-key-foreground") or variables.get("accent", "")
        return colour if colour.startswith("#") else ""

    def on_resize(self) -> None:
        self.refresh_keys()


def _cells(entry: tuple[str, str, str] | None) -> int:
    if entry is None:
        return 0
    return Text(f"{entry[1]} {entry[2]}").cell_len
