"""Texts of a chosen length in words, real and pathological, and the parser's growth exponent
between two lengths (issue 14: every stage linear in the article's length, whatever its shape).

Used by tests/test_growth.py (5k → 50k words) and tests/bench.py (1k → 1M words).  The
sentences here are written for this file; the real-text shape reads the dev articles at run
time (the seed when ../shared is absent) and never copies them.
"""

from __future__ import annotations

import gc
import math
import re
import statistics
import time
from collections.abc import Callable, Iterator
from itertools import count
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "niger-coup-washington-paris.txt"
DEV = ROOT.parent / "shared" / "corpus" / "dev"

GIVEN = ["سامر", "ليلى", "كريم", "هالة", "نبيل", "رنا", "طارق", "سلمى", "وليد", "منى", "يوسف", "دينا",
         "عادل", "نادية", "ماجد", "سعاد", "فراس", "لبنى", "حسام", "ريم"]
FAMILY = ["الحداد", "النجار", "العطار", "الصباغ", "الخياط", "الفخراني", "الدباغ", "الحلاق", "الزيات",
          "السقا", "البنا", "الطحان", "القصاب", "الصيرفي", "الجمال", "الحمصي", "البيطار", "الشامي",
          "النحاس", "الخطاط"]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
          "نوفمبر", "ديسمبر"]
_PUNCT = re.compile(r"[^\w\s]|_")


def real_words() -> list[str]:
    """The dev articles' paragraphs (the seed's when ../shared is absent), in name order."""
    from tui.article.load import read_article

    paths = sorted(DEV.glob("*.txt")) if DEV.is_dir() else [SEED]
    return [p for path in paths for p in read_article(path).split("\n") if p.strip()]


def _units_dev() -> Iterator[str]:
    paras = real_words()
    while True:
        yield from (p + "\n" for p in paras)


def _units_no_punct() -> Iterator[str]:
    # the same words with every mark and line break gone: one sentence
    for p in _units_dev():
        yield _PUNCT.sub(" ", p).replace("\n", " ")


def _units_dates() -> Iterator[str]:
    for k in count():
        day, month, year = k % 28 + 1, MONTHS[k % 12], 1990 + k % 40
        yield f"و{'في' if k % 2 else 'يوم'} {day} {month} {year} "


def _units_title() -> Iterator[str]:
    while True:
        yield "الرئيس "


def _units_quote_marks() -> Iterator[str]:
    # one sentence of speech: balanced «…» and "…" pairs, lone marks that never close, and
    # every way a quote is introduced or attributed (verb, participle, statement, a quotation
    # then its verb, an aside that closes it, an attribution after it)
    for k in count():
        who = f"{GIVEN[k % len(GIVEN)]} {FAMILY[k // len(GIVEN) % len(FAMILY)]}"
        yield (
            f"وقال {who} «كلام قصير هنا» ثم \"جملة أخرى\" و« بلا نهاية ",
            f"وأضاف {who} \" كلمة ",
            "مضيفا أن الأمر صعب جدا ",
            "وذكر البيان أن الوضع مستقر ",
            f"«نحن هنا اليوم»، قال {who} ",
            f"وأكد أن الحل قريب على حد تعبيره، حسبما قال {who} ",
        )[k % 6]


def _units_names() -> Iterator[str]:
    # distinct people (given × father × family), each reported once, no full stop anywhere
    for k in count():
        g, f = GIVEN[k % 20], GIVEN[k // 20 % 20]
        fam = FAMILY[k // 400 % 20] + ("" if k < 8000 else str(k // 8000))
        verb = ("وقال", "وأكد", "والتقى", "وأوضح")[k % 4]
        yield f"{verb} {g} بن {f} {fam} إن الوزير "


SHAPES: dict[str, Callable[[], Iterator[str]]] = {
    "dev articles": _units_dev,
    "one sentence, no punctuation": _units_no_punct,
    "a run of dates": _units_dates,
    "'الرئيس ' repeated": _units_title,
    "quotation marks": _units_quote_marks,
    "one sentence of names": _units_names,
}


def build(shape: str, words: int) -> str:
    """A text of about ``words`` words (whitespace-separated) of the given shape."""
    out: list[str] = []
    n = 0
    for unit in SHAPES[shape]():
        out.append(unit)
        n += len(unit.split())
        if n >= words:
            break
    return "".join(out).strip() + "\n"


def parse_seconds(text: str, repeat: int = 3, published: str | None = "2023-08") -> float:
    """Median CPU seconds of one parse (CPU, not wall: other processes on the machine do
    not count; a collection before each run so one run's garbage is not billed to the next)."""
    from tui.article.parse import parse

    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.process_time()
        parse(text, published)
        times.append(time.process_time() - t0)
    return statistics.median(times)


def exponent(small_s: float, large_s: float, small_n: int, large_n: int) -> float:
    """k in time ∝ n^k between two sizes."""
    return math.log(large_s / small_s) / math.log(large_n / small_n)
