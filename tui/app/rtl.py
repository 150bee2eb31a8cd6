"""Right-to-left display: article text → visual lines for a terminal, in one of three modes.

* ``terminal`` — logical text, wrapped, sent as is; the terminal lays it out (Konsole,
  mlterm, mintty, iTerm2 with its option on; VTE too, but VTE lays out a whole screen row
  at once, so ``app`` with VTE's layout switched off suits it better).
* ``app`` — Marsad shapes (joined letter forms, lam-alef ligatures, from arabic-reshaper's
  tables) and reorders (python-bidi's Unicode bidirectional algorithm) each line itself,
  and right-aligns right-to-left paragraphs; for terminals that do no layout (xterm,
  Windows Terminal, Alacritty, Ghostty, tmux, the browser) and VTE (see rtl_driver).
* ``words`` — words in visual order, but each right-to-left word sent in logical order,
  for terminals that shape and reverse every space-delimited run themselves (kitty, which
  hands each run to HarfBuzz but lays the runs out left to right).

Text is wrapped in LOGICAL order first, then each line is shaped and reordered, so the
first clause of a paragraph stays on its first line.  Every output character remembers the
logical offsets it came from, so highlights given in logical offsets stay on the right
characters.  Control characters are never emitted: C0/C1 controls become visible
placeholders and format characters (bidi marks, ZWJ, soft hyphen) are dropped after they
have done their work.  Nothing here changes the logical text held anywhere else.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from arabic_reshaper.letters import FINAL, INITIAL, ISOLATED, LETTERS_ARABIC, MEDIAL
from bidi import get_base_level
from bidi.mirror import MIRRORED
from bidi.wrapper import get_display
from rich.cells import cell_len as _rich_cell_len
from rich.text import Text

MODES: tuple[str, ...] = ("terminal", "app", "words")
DEFAULT_MODE = "terminal"
ENV_VAR = "MARSAD_RTL"

Spans = Sequence[tuple[int, int, str]]


class Glyph(NamedTuple):
    """One piece of a visual line: what is drawn, and the logical offsets [start, end) it shows."""

    text: str
    start: int
    end: int


# ---------------------------------------------------------------- sanitising

# Paragraph separators: what str.splitlines() splits on.
_PARAGRAPH_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_TAB = "\t"


def _visible(ch: str) -> str:
    """The character to draw for ``ch``: controls become visible placeholders, lone
    surrogates the replacement character; format characters stay (dropped at output)."""
    o = ord(ch)
    if o < 0x20:
        return " " if ch == _TAB else chr(0x2400 + o)  # ␀ … ␟ (Control Pictures)
    if o == 0x7F:
        return "\u2421"  # ␡
    if 0x80 <= o < 0xA0 or 0xD800 <= o < 0xE000:
        return "\ufffd"
    return ch


def _is_format(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf"


@lru_cache(maxsize=4096)
def _char_width(ch: str) -> int:
    if _is_format(ch):
        return 0
    return _rich_cell_len(ch)


# ---------------------------------------------------------------- shaping

TATWEEL = "\u0640"
ZWJ = "\u200d"
LAM = "\u0644"
# lam + alef variant → (isolated, final) ligature, as in arabic-reshaper's ligature table
_LAM_ALEF = {
    "\u0627": ("\ufefb", "\ufefc"),
    "\u0623": ("\ufef7", "\ufef8"),
    "\u0625": ("\ufef9", "\ufefa"),
    "\u0622": ("\ufef5", "\ufef6"),
}


@lru_cache(maxsize=4096)
def _transparent(ch: str) -> bool:
    """Marks (tashkeel) do not break the joining of the letters around them."""
    return unicodedata.category(ch) in ("Mn", "Me")


@lru_cache(maxsize=4096)
def _joins_before(ch: str) -> bool:
    """Can ``ch`` join to the letter before it (has a final/medial form)?"""
    if ch in (TATWEEL, ZWJ):
        return True
    forms = LETTERS_ARABIC.get(ch)
    return bool(forms and (forms[FINAL] or forms[MEDIAL]))


@lru_cache(maxsize=4096)
def _joins_after(ch: str) -> bool:
    if ch in (TATWEEL, ZWJ):
        return True
    forms = LETTERS_ARABIC.get(ch)
    return bool(forms and (forms[INITIAL] or forms[MEDIAL]))


def _form(ch: str, prev: bool, nxt: bool) -> str:
    forms = LETTERS_ARABIC[ch]
    if prev and nxt and forms[MEDIAL]:
        return forms[MEDIAL]
    if prev and forms[FINAL]:
        return forms[FINAL]
    if nxt and forms[INITIAL]:
        return forms[INITIAL]
    return forms[ISOLATED]


def _shape(chars: Sequence[str], offset: int = 0) -> list[Glyph]:
    """Contextual forms for ``chars`` (already sanitised), in logical order, each glyph
    tagged with the logical offsets it shows.  Format characters are dropped here."""
    n = len(chars)
    # indices of the joining-relevant neighbours, skipping transparent marks
    prev_letter: list[int] = [-1] * n
    next_letter: list[int] = [-1] * n
    last = -1
    for i, ch in enumerate(chars):
        prev_letter[i] = last
        if not _transparent(ch):
            last = i
    last = -1
    for i in range(n - 1, -1, -1):
        next_letter[i] = last
        if not _transparent(chars[i]):
            last = i

    out: list[Glyph] = []
    skip: set[int] = set()
    for i, ch in enumerate(chars):
        if i in skip:
            continue
        if _is_format(ch):
            continue
        if ch not in LETTERS_ARABIC:
            out.append(Glyph(ch, offset + i, offset + i + 1))
            continue
        p = prev_letter[i]
        prev = p >= 0 and _joins_after(chars[p]) and _joins_before(ch)
        q = next_letter[i]
        if ch == LAM and q >= 0 and chars[q] in _LAM_ALEF:
            isolated, final = _LAM_ALEF[chars[q]]
            # the marks between lam and alef ("لَا") ride on the ligature, which shows them: one
            # glyph for the whole range, each offset drawn once
            marks = "".join(c for c in chars[i + 1 : q] if not _is_format(c))
            out.append(Glyph((final if prev else isolated) + marks, offset + i, offset + q + 1))
            skip.update(range(i + 1, q + 1))
            continue
        nxt = q >= 0 and _joins_before(chars[q]) and _joins_after(ch)
        out.append(Glyph(_form(ch, prev, nxt), offset + i, offset + i + 1))
    return out


def _glyph_widths(chars: Sequence[str], shaped: Sequence[Glyph], offset: int) -> list[int]:
    """Cell width each logical character takes once shaped: a glyph's width goes to its
    first character (the alef of a lam-alef gets 0; dropped format characters 0)."""
    widths = [0] * len(chars)
    for g in shaped:
        widths[g.start - offset] = _rich_cell_len(g.text)
    return widths


# ---------------------------------------------------------------- bidi

_LEVELS_RE = re.compile(r"levels: \[(.*?)\]", re.S)
_CLASSES_RE = re.compile(r"original_classes: \[(.*?)\]", re.S)
_LEVEL_RE = re.compile(r"Level\(\s*(\d+)")
_CLASS_RE = re.compile(r"([A-Z]+),")
# L1: these return to the paragraph level at the end of a line
_TRAILING_RESET = frozenset({"WS", "FSI", "LRI", "RLI", "PDI", "LRE", "RLE", "LRO", "RLO", "PDF", "BN", "S", "B"})


@lru_cache(maxsize=1024)
def _paragraph_levels(para: str, rtl: bool) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Resolved embedding level and bidi class of each character of one paragraph (UBA up
    to rule I2), from python-bidi's Rust implementation (unicode-bidi, with bracket pairs
    and isolates).  python-bidi 0.6 exposes the levels only through its debug dump, which
    lists them per UTF-8 byte; they are mapped back to characters here."""
    if not para:
        return (), ()
    dump = str(get_display(para, base_dir="R" if rtl else "L", debug=True))
    # skip the dump's quoted copy of the text (escaped, so it holds no real newline)
    dump = dump[max(0, dump.find("\n    original_classes: [")) :]
    lm, cm = _LEVELS_RE.search(dump), _CLASSES_RE.search(dump)
    if lm is None or cm is None:  # pragma: no cover - only if python-bidi changes its dump
        return _levels_fallback(para, rtl)
    by_byte = [int(x) for x in _LEVEL_RE.findall(lm.group(1))]
    classes_by_byte = _CLASS_RE.findall(cm.group(1))
    levels: list[int] = []
    classes: list[str] = []
    b = 0
    for ch in para:
        if b >= len(by_byte) or b >= len(classes_by_byte):  # pragma: no cover
            return _levels_fallback(para, rtl)
        levels.append(by_byte[b])
        classes.append(classes_by_byte[b])
        b += len(ch.encode("utf-8"))
    return tuple(levels), tuple(classes)


def _line_levels(para_levels: tuple[tuple[int, ...], tuple[str, ...]], s: int, e: int, rtl: bool) -> list[int]:
    """The levels of one line [s, e) of a paragraph after rule L1: whitespace (and isolate
    or format controls) at the end of the line goes back to the paragraph level."""
    levels = list(para_levels[0][s:e])
    classes = para_levels[1][s:e]
    i = len(levels) - 1
    while i >= 0 and classes[i] in _TRAILING_RESET:
        levels[i] = 1 if rtl else 0
        i -= 1
    return levels


def _levels_fallback(para: str, rtl: bool) -> tuple[tuple[int, ...], tuple[str, ...]]:  # pragma: no cover
    """Coarse levels from character classes if python-bidi's dump cannot be read."""
    base = 1 if rtl else 0
    out = []
    for ch in para:
        cls = unicodedata.bidirectional(ch)
        if cls in ("R", "AL"):
            out.append(1)
        elif cls in ("L",):
            out.append(2 if rtl else 0)
        elif cls in ("EN", "AN"):
            out.append(2)
        else:
            out.append(base)
    return tuple(out), tuple(unicodedata.bidirectional(ch) or "ON" for ch in para)


def paragraph_is_rtl(text: str) -> bool:
    """Whether a paragraph reads right to left: when most of its letters are right-to-left
    ones, else (a tie) by its first strong character (rules P2/P3).  Majority rather than
    P2 alone, because an Arabic news paragraph that opens with "CNN" or "NATO" is still an
    Arabic paragraph and must not be laid out, and aligned, as an English one."""
    if not text:
        return False
    rtl = ltr = 0
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls in ("R", "AL"):
            rtl += 1
        elif cls == "L":
            ltr += 1
    if rtl != ltr:
        return rtl > ltr
    return get_base_level(text) == 1


def _visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every run at
    that level or above.  Returns item indices in visual (left-to-right) order."""
    order = list(range(len(levels)))
    if not levels:
        return order
    odd = [lv for lv in levels if lv % 2]
    if not odd:
        return order
    lowest_odd = min(odd)
    for lev in range(max(levels), lowest_odd - 1, -1):
        i, n = 0, len(order)
        while i < n:
            if levels[order[i]] >= lev:
                j = i
                while j < n and levels[order[j]] >= lev:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def _reorder(glyphs: list[Glyph], levels: Sequence[int], line_offset: int, words: bool) -> list[Glyph]:
    """Glyphs (logical order) → visual order.  Combining marks stay after their base (L3),
    mirrored characters are mirrored at odd levels (L4).  With ``words``, each
    space-delimited run the terminal will reverse itself is sent pre-reversed."""
    clusters: list[list[Glyph]] = []
    for g in glyphs:
        if clusters and _transparent(g.text[0]):
            clusters[-1].append(g)
        else:
            clusters.append([g])
    lv = [levels[c[0].start - line_offset] for c in clusters]
    order = _visual_order(lv)
    out_clusters: list[tuple[list[Glyph], int]] = []
    for k in order:
        cl = clusters[k]
        if lv[k] % 2 and len(cl[0].text) == 1 and cl[0].text in MIRRORED:
            cl = [cl[0]._replace(text=MIRRORED[cl[0].text]), *cl[1:]]
        out_clusters.append((cl, lv[k]))
    if words:
        out_clusters = _unreverse_words(out_clusters)
    return [g for cl, _ in out_clusters for g in cl]


# Right-to-left-script characters that are nonetheless of the Common script (a shaper
# guessing a run's direction skips them): Arabic comma, semicolon, question mark, tatweel.
_COMMON_SCRIPT = frozenset("\u060c\u061b\u061f\u0640")


def _run_direction_rtl(glyphs: Sequence[Glyph]) -> bool:
    """How a terminal that shapes each space-delimited run with HarfBuzz (kitty) guesses
    the run's direction: from its first character of a non-common script."""
    for g in glyphs:
        ch = g.text[0]
        if ch in _COMMON_SCRIPT:
            continue
        if unicodedata.bidirectional(ch) in ("R", "AL") or "\u0660" <= ch <= "\u0669" or "\u06f0" <= ch <= "\u06f9":
            return True
        if unicodedata.bidirectional(ch) == "L":
            return False
    return False


def _unreverse_words(clusters: list[tuple[list[Glyph], int]]) -> list[tuple[list[Glyph], int]]:
    """For ``words`` mode: the terminal will reverse (and mirror) every space-delimited run
    it takes for right-to-left, so such runs are sent reversed and unmirrored; the
    terminal's own pass then puts them back in screen order.  A run holding Latin letters
    is never reversed (Latin stays left to right on the wire and on screen)."""
    out: list[tuple[list[Glyph], int]] = []
    i, n = 0, len(clusters)
    while i < n:
        if _is_space(clusters[i][0][0].text[0]):
            out.append(clusters[i])
            i += 1
            continue
        j = i
        while j < n and not _is_space(clusters[j][0][0].text[0]):
            j += 1
        run = clusters[i:j]
        sent = [([_mirror(cl[0]), *cl[1:]], lev) for cl, lev in reversed(run)]
        # A run that mixes Latin with Arabic ("source/النيجر") goes out in screen order: its
        # Latin must read left to right whatever the terminal does with the run.
        mixed = any(unicodedata.bidirectional(g.text[0]) == "L" for cl, _ in run for g in cl)
        out.extend(sent if not mixed and _run_direction_rtl([cl[0] for cl, _ in sent]) else run)
        i = j
    return out


def _mirror(g: Glyph) -> Glyph:
    return g._replace(text=MIRRORED[g.text]) if g.text in MIRRORED else g


# ---------------------------------------------------------------- wrapping


def _is_space(ch: str) -> bool:
    return ch == " " or unicodedata.category(ch) == "Zs"


def _wrap(chars: Sequence[str], widths: Sequence[int], width: int) -> list[tuple[int, int]]:
    """Greedy word wrap in logical order.  Returns [start, end) ranges of ``chars``; the
    spaces at a break are dropped; a word wider than the line is cut, never before a
    zero-width character (a mark, or the alef of a lam-alef)."""
    n = len(chars)
    if n == 0:
        return [(0, 0)]
    # tokens: (start, end, is_space, cells)
    tokens: list[tuple[int, int, bool, int]] = []
    i = 0
    while i < n:
        sp = _is_space(chars[i])
        j = i
        while j < n and _is_space(chars[j]) == sp:
            j += 1
        tokens.append((i, j, sp, sum(widths[i:j])))
        i = j

    lines: list[tuple[int, int]] = []
    start = end = -1  # current line's range (end = end of its last word)
    cells = 0
    pending = (0, 0)  # (start, cells) of spaces before the next word
    have_pending = False

    def put_long(s: int, e: int) -> tuple[int, int, int]:
        """Cut an over-long word; returns the range and width of the remainder."""
        a, w = s, 0
        for k in range(s, e):
            if w + widths[k] > width and w > 0 and widths[k] > 0:
                lines.append((a, k))
                a, w = k, 0
            w += widths[k]
        return a, e, w

    for s, e, sp, w in tokens:
        if sp:
            pending, have_pending = (s, w), True
            continue
        if start < 0:  # first word of the paragraph: keep its indentation if it fits
            if have_pending and pending[1] + w <= width:
                start, end, cells = pending[0], e, pending[1] + w
            elif w <= width:
                start, end, cells = s, e, w
            else:
                start, end, cells = put_long(s, e)
        elif cells + pending[1] + w <= width:
            end, cells = e, cells + pending[1] + w
        else:
            lines.append((start, end))
            if w <= width:
                start, end, cells = s, e, w
            else:
                start, end, cells = put_long(s, e)
        have_pending = False
        pending = (0, 0)
    if start >= 0:
        lines.append((start, end))
    return lines or [(0, 0)]


# ---------------------------------------------------------------- layout


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        out.append((pos, text[pos : m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    return out


BASES = ("rtl", "ltr")


@lru_cache(maxsize=1024)
def layout(text: str, width: int, mode: str, base: str | None = None) -> tuple[tuple[Glyph, ...], ...]:
    """Visual lines of ``text`` at ``width`` cells in ``mode``, each a tuple of glyphs in
    left-to-right screen order carrying their logical offsets.  ``base`` fixes the
    paragraph direction ("rtl" / "ltr") for a field whose direction must not change with
    its content (an explanation in English, a list of Arabic names); None decides per
    paragraph.  Cached: panes re-render the same text at the same width on every scroll."""
    if mode not in MODES:
        raise ValueError(f"unknown rtl mode {mode!r} (expected one of {', '.join(MODES)})")
    width = max(1, int(width))
    lines: list[tuple[Glyph, ...]] = []
    for p_off, para in _paragraphs(text):
        chars = [_visible(c) for c in para]
        rtl = mode != "terminal" and (paragraph_is_rtl("".join(chars)) if base not in BASES else base == "rtl")
        para_levels = _paragraph_levels("".join(chars), rtl) if mode != "terminal" else ((), ())
        # shaped once per paragraph, so a word cut across lines keeps its joined forms
        shaped = _shape(chars, p_off) if mode == "app" else []
        widths = _glyph_widths(chars, shaped, p_off) if mode == "app" else [_char_width(c) for c in chars]
        cursor = 0
        for s, e in _wrap(chars, widths, width):
            line = chars[s:e]
            if mode == "terminal":
                glyphs = [Glyph(c, p_off + s + k, p_off + s + k + 1) for k, c in enumerate(line) if not _is_format(c)]
                lines.append(tuple(glyphs))
                continue
            if mode == "app":
                # glyphs are in logical order: take this line's slice, moving forward only
                while cursor < len(shaped) and shaped[cursor].start < p_off + s:  # spaces at the break
                    cursor += 1
                k = cursor
                while k < len(shaped) and shaped[k].start < p_off + e:
                    k += 1
                glyphs, cursor = shaped[cursor:k], k
            else:
                glyphs = [Glyph(c, p_off + s + k, p_off + s + k + 1) for k, c in enumerate(line) if not _is_format(c)]
            levels = _line_levels(para_levels, s, e, rtl)
            visual = _reorder(glyphs, levels, p_off + s, words=mode == "words")
            if rtl:
                used = sum(_rich_cell_len(g.text) for g in visual)
                if used < width:
                    visual.insert(0, Glyph(" " * (width - used), -1, -1))
            lines.append(tuple(visual))
    return tuple(lines)


def visual_lines(text: str, width: int, mode: str) -> list[str]:
    """The lines of ``text`` as they are sent to the terminal in ``mode`` at ``width``."""
    return ["".join(g.text for g in line) for line in layout(text, width, mode)]


def line_of(text: str, width: int, mode: str, offset: int) -> int:
    """Index of the visual line that draws logical ``offset`` (for scrolling to a span);
    an offset that draws nothing (a space at a break, a newline) belongs to the line of
    the next character drawn."""
    lines = layout(text, width, mode)
    for n, line in enumerate(lines):
        if any(g.start <= offset < g.end or g.start > offset for g in line if g.start >= 0):
            return n
    return max(0, len(lines) - 1)


def cell_len(s: str, mode: str = "app") -> int:
    """Cells ``s`` takes once shaped: lam-alef is one cell, tashkeel and format characters
    none.  With ``mode`` "terminal" or "words" nothing is shaped here (the terminal draws
    every letter in its own cell), so lam-alef counts two."""
    total = 0
    for _, para in _paragraphs(s):
        chars = [_visible(c) for c in para]
        if mode == "app":
            total += sum(_rich_cell_len(g.text) for g in _shape(chars))
        else:
            total += sum(_char_width(c) for c in chars)
    return total


def render(text: str, width: int, mode: str, spans: Spans = (), style: str = "", base: str | None = None) -> list[Text]:
    """One rich Text per visual line.  ``spans`` are (start, end, style) in LOGICAL offsets
    of ``text``; each is applied to the glyphs drawn from those characters, wherever the
    reordering put them.  Text is built from plain strings (article text is never markup)."""
    key = tuple((int(a), int(b), str(st)) for a, b, st in spans)  # hashable, whatever sequence came in
    return [t.copy() for t in _render(text, width, mode, key, style, base)]


@lru_cache(maxsize=512)
def _render(text: str, width: int, mode: str, spans: tuple[tuple[int, int, str], ...], style: str,
            base: str | None = None) -> list[Text]:
    out: list[Text] = []
    for line in layout(text, width, mode, base):
        t = Text("".join(g.text for g in line), style=style, no_wrap=True, end="")
        if spans:
            _stylize(t, line, spans)
        out.append(t)
    return out


def _stylize(t: Text, line: Sequence[Glyph], spans: Sequence[tuple[int, int, str]]) -> None:
    real = [g for g in line if g.start >= 0]
    if not real:
        return
    lo = min(g.start for g in real)
    hi = max(g.end for g in real)
    positions: list[tuple[int, int, int, int]] = []  # (text offset, text end, src start, src end)
    pos = 0
    for g in line:
        positions.append((pos, pos + len(g.text), g.start, g.end))
        pos += len(g.text)
    for s_start, s_end, s_style in spans:
        if s_end <= lo or s_start >= hi or s_end <= s_start or not s_style:
            continue
        run_start = run_end = -1
        for a, b, gs, ge in positions:
            if gs >= 0 and gs < s_end and ge > s_start:
                if run_end == a:
                    run_end = b
                else:
                    if run_start >= 0:
                        t.stylize(s_style, run_start, run_end)
                    run_start, run_end = a, b
        if run_start >= 0:
            t.stylize(s_style, run_start, run_end)


# ---------------------------------------------------------------- mode selection


def valid_mode(mode: str | None) -> str | None:
    """``mode`` normalised if it names a mode, else None."""
    if not isinstance(mode, str):
        return None
    mode = mode.strip().lower()
    return mode if mode in MODES else None


def resolve_mode(cli: str | None, config: str | None, state: str | None) -> str:
    """The display mode: ``--rtl`` > ``$MARSAD_RTL`` > config.toml > the calibration
    remembered in state.toml > ``terminal``.  Unknown values are skipped."""
    for candidate in (cli, os.environ.get(ENV_VAR), config, state):
        mode = valid_mode(candidate)
        if mode:
            return mode
    return DEFAULT_MODE


def next_mode(mode: str) -> str:
    """The mode after ``mode`` when cycling with the key."""
    return MODES[(MODES.index(mode) + 1) % len(MODES)] if mode in MODES else MODES[0]
