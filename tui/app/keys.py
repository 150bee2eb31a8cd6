"""Key bindings that lists and dialogs share, so each list's j/k (or ↓/↑) is written once and
keeps its own id for ``[keymap]`` in config.toml."""

from __future__ import annotations

from textual.binding import Binding


def move_keys(prefix: str, down: str = "j", up: str = "k", verb: str = "") -> list[Binding]:
    """The hidden down/up keys of one list: actions ``<verb>down``/``<verb>up``, ids
    ``<prefix>.down``/``<prefix>.up``."""
    return [Binding(down, f"{verb}down", "Down", show=False, id=f"{prefix}.down"),
            Binding(up, f"{verb}up", "Up", show=False, id=f"{prefix}.up")]
