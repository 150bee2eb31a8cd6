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
from functools import cache
from typing import NamedTuple

from ..doc.normal import key
from ..lexicon import load


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
_Pair = tuple[tuple[int, int], tuple[int, int], int]  # question line, answer span, the line after
_MIN_PLAIN_PAIRS = 3  # unmarked questions and answers: three pairs in a row at least
_PLAIN_QUESTION_WORDS = 25  # an interviewer's question is a short line
_PLAIN_ANSWER_LINES = 4  # paragraphs an unmarked answer may run over
_QUOTE_OPENERS = ("\"", "«", "“", "'")  # a quoted question is someone's words, no interviewer's


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
            pairs = _plain_pairs_from(text, lines, k)
        intro = lines[max(0, k - _INTRO_LINES) : k]
        plain = not _opened(text, *lines[k])
        if len(pairs) < _MIN_PAIRS or (plain and (len(pairs) < _MIN_PLAIN_PAIRS or not _announced(text, intro))):
            k += 1
            continue
        region = (tok_after(intro[0][0]), tok_after(intro[-1][1])) if intro else (0, 0)
        for _q, (a, b), _next in pairs:
            label = _label(text, a, b)
            body = a + (label.end() if label else _marker_end(text, a, b))
            own = (tok_after(a), tok_after(a + label.end(1))) if label else None
            out.append(Answer(body, b, own, region))
        k = pairs[-1][2]
    return out


def _pairs_from(text: str, lines: list[tuple[int, int]], k: int) -> list[_Pair]:
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


def _plain_pairs_from(text: str, lines: list[tuple[int, int]], k: int) -> list[_Pair]:
    """Question-and-answer pairs printed with no dash or label (the questions were set in bold,
    which plain text loses): a short line of its own ending on a question mark, then the
    answer's lines up to the next such question or the block's end — at least three pairs in a
    row, so a rhetorical question or two in an article make no interview."""
    pairs = []
    while k + 1 < len(lines) and _plain_question(text, lines[k]) and not _plain_question(text, lines[k + 1]):
        m = k + 2
        while m < len(lines) and not _plain_question(text, lines[m]) and m - k - 1 < _PLAIN_ANSWER_LINES:
            m += 1
        if not (m < len(lines) and _plain_question(text, lines[m])):
            m = k + 2  # (after the last question, or a long run of paragraphs: the answer is the first)
        pairs.append((lines[k], (lines[k + 1][0], lines[m - 1][1]), m))
        k = m
    return pairs


def _announced(text: str, intro: list[tuple[int, int]]) -> bool:
    """The lines before the block say an interview follows (``interview_intro``), a word of
    them maybe behind و/ف/ب/ل ("وحاورتها")."""
    words = _intro_words()
    for a, b in intro:
        for w in re.findall(r"\w+", text[a:b]):
            w = key(w)
            if w in words or (len(w) > 4 and w[0] in "وفبل" and w[1:] in words):
                return True
    return False


@cache
def _intro_words() -> frozenset[str]:
    return frozenset(key(w) for w in load("reporting_verbs")["words"]["interview_intro"])


def _plain_question(text: str, line: tuple[int, int]) -> bool:
    body = text[line[0] : line[1]]
    return (len(body.split()) <= _PLAIN_QUESTION_WORDS and bool(_QUESTION_END.search(body))
            and not body.lstrip().startswith(_QUOTE_OPENERS) and not _opened(text, *line))


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
