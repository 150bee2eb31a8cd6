"""Interviews in question-and-answer form: the answers are the interviewee's own words.

News copy prints an interview as alternating lines — a question, then the answer — each
opened by a dash, a bullet or a label ("- هل …؟" / "- لا، …"، "* …؟" / "- …"، "س: …؟" / "ج: …"،
"المجلة: …؟" / "X: …"), after a line that introduces the interviewee ("وفي ما يأتي نص المقابلة
مع X:"). A block needs two question-and-answer pairs, so a lone question in a list is no
interview; the questions are the interviewer's and no quotation.  Each answer becomes an
``Answer``; spans.py makes it a draft of mode ``interview`` whose region is the label before
its colon, or the introducing lines before the block: attribution.py gives it to the person
named there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple


class Answer(NamedTuple):
    start: int  # offsets of the answer's words (its label or dash left out)
    end: int
    label: tuple[int, int] | None  # tokens of the label before its colon ("X: …")
    intro: tuple[int, int]  # tokens of the lines introducing the interview

_MARKER = re.compile(r"^\s*(?:[-–—*•■▪●◆►]+|[سج]\s*[:/\-–])\s*")
_LABEL = re.compile(r"^\s*([^\s:؟?.!،,]+(?:\s+[^\s:؟?.!،,]+){0,2})\s*:\s*")
_QUESTION_END = re.compile(r"[؟?]\s*[\"»”']?\s*$")
_INTRO_LINES = 2  # non-empty lines before the first question that may name the interviewee
_MIN_PAIRS = 2


def answers(text: str, tok_after: Callable[[int], int]) -> list[Answer]:
    """Every answer of each question-and-answer block (``tok_after``: an offset's token)."""
    if "؟" not in text and "?" not in text:
        return []
    lines: list[tuple[int, int]] = []  # (start, end) of each non-empty line, text order
    pos = 0
    for raw in text.split("\n"):
        if raw.strip():
            lines.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    out: list[Answer] = []
    k = 0
    while k < len(lines):
        pairs = _pairs_from(text, lines, k)
        if len(pairs) < _MIN_PAIRS:
            k += 1
            continue
        intro = lines[max(0, k - _INTRO_LINES) : k]
        region = (tok_after(intro[0][0]), tok_after(intro[-1][1])) if intro else (0, 0)
        for _q, (a, b), _next in pairs:
            label = _label(text, a, b)
            body = a + (label.end() if label else _marker_end(text, a, b))
            own = (tok_after(a), tok_after(a + label.end(1))) if label else None
            out.append(Answer(body, b, own, region))
        k = pairs[-1][2]
    return out


def _pairs_from(text: str, lines: list[tuple[int, int]], k: int) -> list[tuple[tuple[int, int], tuple[int, int], int]]:
    """The question-and-answer pairs starting at line k: a question line (marked or labelled,
    ending on a question mark), then the answer (a marked or labelled line with no question,
    and the unmarked paragraphs after it while another question follows them), with the
    index of the line after the pair."""
    pairs = []
    while k + 1 < len(lines):
        q, a = lines[k], lines[k + 1]
        if not (_question(text, q) and _opened(text, *a)) or _QUESTION_END.search(text[a[0] : a[1]]):
            break
        m = k + 2
        while m < len(lines) and not _opened(text, *lines[m]):
            m += 1
        if m < len(lines) and m > k + 2 and _question(text, lines[m]):
            a = (a[0], lines[m - 1][1])  # the answer runs over its unmarked paragraphs to the next question
        else:
            m = k + 2
        pairs.append((q, a, m))
        k = m
    return pairs


def _question(text: str, line: tuple[int, int]) -> bool:
    return _opened(text, *line) and bool(_QUESTION_END.search(text[line[0] : line[1]]))


def _opened(text: str, a: int, b: int) -> bool:
    line = text[a:b]
    return bool(_MARKER.match(line)) or bool(_LABEL.match(line))


def _label(text: str, a: int, b: int) -> re.Match[str] | None:
    """"X: …": a label of one to three words before a colon (no dash or bullet)."""
    line = text[a:b]
    return None if _MARKER.match(line) else _LABEL.match(line)


def _marker_end(text: str, a: int, b: int) -> int:
    m = _MARKER.match(text[a:b])
    return m.end() if m else 0
