"""An input line that shows its value the way the panes show text: in ``app`` and ``words``
modes shaped and in screen order, while the value, the cursor and every edit stay in
logical order (typing, backspace and the arrows act on the text as typed).

Textual's Input draws the logical string as is, which terminals without bidi (the ones
``app`` mode is for) show unjoined and backwards.  Here only ``render_line`` changes:
the value is laid out by ``rtl.layout`` and the cursor and selection are drawn on the
glyphs made from the characters they cover.
"""

from __future__ import annotations

from rich.text import Text
from textual.strip import Strip
from textual.widgets import Input

from . import rtl
from .textrender import visual

_ARABIC_RANGES = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))


def _has_rtl(s: str) -> bool:
    return any(lo <= ord(c) <= hi for c in s for lo, hi in _ARABIC_RANGES)


class RtlInput(Input):
    """Input whose value is drawn for the app's right-to-left mode (see the module doc)."""

    @property
    def rtl_mode(self) -> str:
        mode = getattr(self.app, "rtl_mode", "terminal")
        return mode if mode in rtl.MODES else "terminal"

    def visual_value(self) -> str:
        """The value as it is drawn (tests read the screen through this)."""
        return "".join(g.text for g in self._glyphs())

    def _glyphs(self) -> list[rtl.Glyph]:
        value = self.value
        lines = rtl.layout(value, max(1, 2 * len(value) + 2), self.rtl_mode)  # wide enough for one line
        return [g for line in lines for g in line if g.start >= 0]

    def render_line(self, y: int) -> Strip:
        if self.rtl_mode == "terminal" or self.password or not _has_rtl(self.value + self.placeholder):
            return super().render_line(y)
        if y != 0:
            return Strip.blank(self.size.width, self.rich_style)
        width = self.scrollable_content_region.width
        if not self.value:
            text = Text(visual(self.placeholder, self.rtl_mode), end="")
            text.stylize(self.get_component_rich_style("input--placeholder"))
            return self._strip(text, width, 0)
        glyphs = self._glyphs()
        text = Text("".join(g.text for g in glyphs), end="", no_wrap=True)
        positions, at = [], 0
        for g in glyphs:
            positions.append((at, at + len(g.text)))
            at += len(g.text)
        if self.has_focus and not self.selection.is_empty:
            lo, hi = sorted(self.selection)
            style = self.get_component_rich_style("input--selection")
            for g, (a, b) in zip(glyphs, positions, strict=True):
                if g.start < hi and g.end > lo:
                    text.stylize(style, a, b)
        cursor = self.cursor_position
        hit = next((i for i, g in enumerate(glyphs) if g.start <= cursor < g.end), None)
        if hit is None:  # after the last character: at the line's end in its own direction
            if rtl.paragraph_is_rtl(self.value):
                text = Text(" ", end="") + text
                hit_span = (0, 1)
            else:
                text.append(" ")
                hit_span = (len(text) - 1, len(text))
        else:
            hit_span = positions[hit]
        cursor_at = text[: hit_span[0]].cell_len
        if self.has_focus and self._cursor_visible:
            text.stylize(self.get_component_rich_style("input--cursor"), *hit_span)
        scroll = max(0, cursor_at - width + 2) if text.cell_len > width else 0
        return self._strip(text, width, scroll)

    def _strip(self, text: Text, width: int, scroll: int) -> Strip:
        segments = list(self.app.console.render(text, self.app.console_options.update_width(max(1, text.cell_len))))
        strip = Strip(segments).crop(scroll, scroll + width + 1).extend_cell_length(width + 1)
        return strip.apply_style(self.rich_style)
