"""Article text → Rich ``Text`` lines at a width, through the RTL helper's ``rtl.render``.

Every piece of article text a pane shows goes through :func:`lines`, so the right-to-left
display mode (``terminal`` / ``app`` / ``words``) applies everywhere.  Article text is
never parsed as markup: ``Text`` objects are built from plain strings.  Until
``tui/app/rtl.py`` exists, a logical-order wrap stands in (the ``terminal`` mode).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from functools import lru_cache

from rich.console import Console
from rich.text import Text

try:  # the RTL helper's module; absent only while it is being written
    from tui.app import rtl as _rtl
except ImportError:  # pragma: no cover - exercised only before rtl.py lands
    _rtl = None  # type: ignore[assignment]

MODES: tuple[str, ...] = tuple(getattr(_rtl, "MODES", ("terminal", "app", "words")))
Spans = Sequence[tuple[int, int, str]]


@lru_cache(maxsize=1)
def _console() -> Console:
    return Console(file=io.StringIO(), width=1000, color_system=None, markup=False, emoji=False)


def lines(text: str, width: int, mode: str = "terminal", spans: Spans = (), style: str = "") -> list[Text]:
    """One Text per visual line of ``text`` wrapped at ``width`` cells; ``spans`` are
    (start, end, style) in logical offsets of ``text``."""
    width = max(1, width)
    if _rtl is not None:
        return list(_rtl.render(text, width, mode, tuple(spans), style))
    t = Text(text, style=style, no_wrap=False, end="")
    for start, end, st in spans:
        if end > start:
            t.stylize(st, max(0, start), min(len(text), end))
    out = list(t.wrap(_console(), width))
    return out or [Text("")]


def block(text: str, width: int, mode: str = "terminal", spans: Spans = (), style: str = "") -> Text:
    """The visual lines of ``text`` joined into one multi-line Text (for list prompts)."""
    return Text("\n", end="").join(lines(text, width, mode, spans, style))


def cell_len(s: str) -> int:
    if _rtl is not None and hasattr(_rtl, "cell_len"):
        return int(_rtl.cell_len(s))
    return Text(s).cell_len


def hang(prefix: Text | str, text: str, width: int, mode: str = "terminal", spans: Spans = (),
         style: str = "", indent: int | None = None) -> Text:
    """``prefix`` then ``text`` wrapped in the remaining width; continuation lines are
    indented under the text (or by ``indent``).  ``prefix`` is never markup."""
    head = prefix if isinstance(prefix, Text) else Text(prefix, end="")
    pad = head.cell_len if indent is None else indent
    body = lines(text, max(8, width - pad), mode, spans, style) if text else [Text("")]
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


def inline(s: str, mode: str = "terminal", style: str = "") -> Text:
    """One short piece of article text on a single line (a bar, a list entry), laid out for ``mode``."""
    out = lines(" ".join(s.split()), 2000, mode, style=style)
    line = Text(" ", end="").join(out) if out else Text("")
    line.rstrip()
    lead = len(line.plain) - len(line.plain.lstrip())
    return line[lead:] if lead else line


def line_of(text: str, width: int, mode: str, offset: int) -> int:
    """The visual line (of ``lines(text, width, mode)``) that draws logical ``offset``."""
    if _rtl is not None and hasattr(_rtl, "line_of"):
        return int(_rtl.line_of(text, max(1, width), mode, offset))
    prefix = text[:offset]
    return len(lines(prefix, width, mode)) - 1 if prefix.strip() else 0


_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def visual(message: str, mode: str) -> str:
    """A plain message (a notification) laid out for ``mode``, line by line; unchanged when
    it holds no Arabic or the terminal lays it out itself."""
    if mode == "terminal" or not _ARABIC.search(message):
        return message
    return "\n".join(inline(line, mode).plain if line.strip() else line for line in message.split("\n"))
