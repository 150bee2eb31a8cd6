"""Article text → Rich ``Text`` lines at a width, through the RTL helper's ``rtl.render``.

Every piece of article text a pane shows goes through :func:`lines` (or :func:`hang`,
:func:`inline`), so the right-to-left display mode (``terminal`` / ``app`` / ``words``)
applies everywhere.  Article text is never parsed as markup: ``Text`` objects are built
from plain strings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich.text import Text

from tui.app import rtl

MODES: tuple[str, ...] = tuple(rtl.MODES)
Spans = Sequence[tuple[int, int, str]]


def lines(text: str, width: int, mode: str = "terminal", spans: Spans = (), style: str = "",
          base: str | None = None) -> list[Text]:
    """One Text per visual line of ``text`` wrapped at ``width`` cells; ``spans`` are
    (start, end, style) in logical offsets of ``text``; ``base`` fixes the direction
    ("rtl"/"ltr", see rtl.layout)."""
    return list(rtl.render(text, max(1, width), mode, tuple(spans), style, base))


def hang(prefix: Text | str, text: str, width: int, mode: str = "terminal", spans: Spans = (),
         style: str = "", indent: int | None = None, base: str | None = None) -> Text:
    """``prefix`` then ``text`` wrapped in the remaining width; continuation lines are
    indented under the text (or by ``indent``).  ``prefix`` is never markup."""
    head = prefix if isinstance(prefix, Text) else Text(prefix, end="")
    pad = head.cell_len if indent is None else indent
    body = lines(text, max(8, width - pad), mode, spans, style, base) if text else [Text("")]
    out = Text("", end="")
    if indent is not None and head.cell_len > indent:  # a long label gets its own line
        out.append_text(head)
        for line in body:
            out.append("\n" + " " * pad)
            out.append_text(line)
        return out
    for n, line in enumerate(body):
        if n:
            out.append("\n" + " " * pad)
        else:
            out.append_text(head)
            if indent is not None and head.cell_len < indent:
                out.append(" " * (indent - head.cell_len))
        out.append_text(line)
    return out


def inline(s: str, mode: str = "terminal", style: str = "", base: str | None = None) -> Text:
    """One short piece of article text on a single line (a bar, a list entry), laid out for
    ``mode``; ``base`` fixes the line's direction (a filter's Latin-labelled description is
    left to right however much Arabic its values hold)."""
    out = lines(" ".join(s.split()), 2000, mode, style=style, base=base)
    line = Text(" ", end="").join(out) if out else Text("")
    line.rstrip()
    lead = len(line.plain) - len(line.plain.lstrip())
    return line[lead:] if lead else line


def line_of(text: str, width: int, mode: str, offset: int) -> int:
    """The visual line (of ``lines(text, width, mode)``) that draws logical ``offset``."""
    return int(rtl.line_of(text, max(1, width), mode, offset))


_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def visual(message: str, mode: str) -> str:
    """A plain message (a notification) laid out for ``mode``, line by line; unchanged when
    it holds no Arabic or the terminal lays it out itself."""
    if mode == "terminal" or not _ARABIC.search(message):
        return message
    return "\n".join(inline(line, mode).plain if line.strip() else line for line in message.split("\n"))
