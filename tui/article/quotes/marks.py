"""Quotation marks: pair them into quoted stretches, tolerating real-world damage.

Handles "…" (one straight mark for both ends), «…», “…”, „…“ and ‹…›; a missing closing
mark (the stretch is left open and reported), a missing opening mark (a lone closing
mark is reported so a stretch of speech can run up to it), and the misplaced opening
mark typed after the first word instead of before it (المسلمون" قصارى جهدهم لضرب").
Pairs never cross a line break: a paragraph's marks are paired within it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

STRAIGHT = '"\uff02\u2033'  # " ＂ ″
OPENERS = {"«": "»", "“": "”", "„": "“", "‹": "›"}
CLOSERS = set("»”›")
_PROCLITICS = set("بلوفك")
_STRAIGHT_RE = re.compile(f"[{STRAIGHT}]")
_TYPO_RE = re.compile("[«»“”„‹›]")
_OPEN_BEFORE = set("([{:،,؛;-–—/ـ")
_CLOSE_AFTER = set(".,،؛;:!?؟)]}…-–—")


@dataclass(frozen=True, slots=True)
class Marks:
    spans: tuple[tuple[int, int], ...]  # (after the opening mark, at the closing mark), text order
    lone_opens: tuple[int, ...]  # opening marks never closed (their offsets)
    lone_closes: tuple[int, ...]  # closing marks never opened
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _reach: list[int] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._starts.extend(s - 1 for s, _ in self.spans)
        far = -1
        for _, e in self.spans:  # the furthest end reached by any span so far (spans may nest)
            far = max(far, e)
            self._reach.append(far)

    def inside(self, pos: int) -> tuple[int, int] | None:
        """The quoted span holding ``pos`` (marks included), or None."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0 or self._reach[i] < pos:
            return None
        while i >= 0:
            s, e = self.spans[i]
            if s - 1 <= pos <= e:
                return s, e
            i -= 1
        return None


def _role(text: str, i: int) -> str:
    """'open', 'close' or '?' for the straight mark at ``i`` from the characters around it."""
    p = text[i - 1] if i > 0 else " "
    n = text[i + 1] if i + 1 < len(text) else " "
    proclitic = p in _PROCLITICS and (i < 2 or not text[i - 2].isalnum())
    opens = (p.isspace() or p in _OPEN_BEFORE or proclitic) and not n.isspace()
    closes = (n.isspace() or n in _CLOSE_AFTER or n in STRAIGHT) and not p.isspace()
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "?"


def find_marks(text: str) -> Marks:
    spans: list[tuple[int, int]] = []
    lone_opens: list[int] = []
    lone_closes: list[int] = []
    pos = 0
    for para in text.split("\n"):
        _pair_straight(text, pos, pos + len(para), spans, lone_opens, lone_closes)
        _pair_typographic(text, pos, pos + len(para), spans, lone_opens, lone_closes)
        pos += len(para) + 1
    spans.sort()
    return Marks(tuple(spans), tuple(sorted(lone_opens)), tuple(sorted(lone_closes)))


def _pair_straight(text: str, a: int, b: int, spans: list, lone_opens: list, lone_closes: list) -> None:
    idx = [m.start() for m in _STRAIGHT_RE.finditer(text, a, b)]
    roles = [_role(text, i) for i in idx]
    open_at: int | None = None
    for k, (i, role) in enumerate(zip(idx, roles, strict=True)):
        if role == "?":
            role = "close" if open_at is not None else "open"
        if role == "open":
            if open_at is not None:
                lone_opens.append(open_at)
            open_at = i
        elif open_at is not None:
            spans.append((open_at + 1, i))
            open_at = None
        elif k + 1 < len(idx) and roles[k + 1] == "close":
            open_at = i  # an opening mark typed after its first word: treat it as the opener
        else:
            lone_closes.append(i)
    if open_at is not None:
        lone_opens.append(open_at)


def _pair_typographic(text: str, a: int, b: int, spans: list, lone_opens: list, lone_closes: list) -> None:
    stack: list[tuple[int, str]] = []  # (offset, expected closer)
    for m in _TYPO_RE.finditer(text, a, b):
        i, ch = m.start(), m.group()
        if stack and ch == stack[-1][1]:
            spans.append((stack.pop()[0] + 1, i))
        elif ch in OPENERS:
            stack.append((i, OPENERS[ch]))
        elif ch in CLOSERS:
            # a closer of another style: close the innermost open stretch anyway
            if stack:
                spans.append((stack.pop()[0] + 1, i))
            else:
                lone_closes.append(i)
    lone_opens.extend(i for i, _ in stack)
