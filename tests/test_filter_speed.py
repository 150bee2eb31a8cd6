"""Filtering runs on every keystroke: it must stay fast on a long article.

Budgets are generous (a loaded CI machine) but catch a quadratic slip."""

from __future__ import annotations

import random
import time

from tui.article.model import Actor, Article, Event, Quote, TimeValue
from tui.view.filter import Filter, apply, match_spans

WORDS = [
    "قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "إن", "باريس", "لن", "تعترف", "بالانقلاب", "في", "النيجر",
    "وأكد", "المتحدث", "باسم", "الخارجية", "الأمريكية", "أن", "واشنطن", "تتابع", "الوضع", "عن", "كثب",
]


def _long_article(n_words: int = 1500) -> Article:
    rng = random.Random(3)
    text = " ".join(rng.choice(WORDS) + rng.choice(("", "ها", "ات")) for _ in range(n_words))
    actors = tuple(Actor(f"a{i}", f"{rng.choice(WORDS)} {rng.choice(WORDS)}", "person", (rng.choice(WORDS),),
                         (f"وزير {rng.choice(WORDS)}",)) for i in range(60))
    quotes = tuple(Quote(f"q{i}", i * 40, i * 40 + 30, text[i * 40:i * 40 + 30], "direct", f"a{i % 60}", "قال")
                   for i in range(40))
    events = tuple(Event(f"e{i}", i * 50, i * 50 + 40, text[i * 50:i * 50 + 40], (f"a{i % 60}",),
                         TimeValue(i * 50, i * 50 + 5, text[i * 50:i * 50 + 5], f"2023-{1 + i % 12:02d}"))
                   for i in range(40))
    return Article(text, "2023-08", (), actors, quotes, events)


def _best_ms(fn, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, (time.perf_counter() - t) * 1000)
    return best


def test_apply_on_each_keystroke_is_fast():
    art = _long_article()
    flt = Filter(actors_query="الرئ", quotes_query="!باريس", timeline_query="النيجر", kinds=frozenset({"person"}),
                 date_from="2023-03", date_to="2023-09")
    assert _best_ms(lambda: apply(art, flt)) < 50


def test_highlighting_a_long_source_is_fast():
    art = _long_article()
    spans = match_spans("الرئيس", art.text)
    assert spans
    assert _best_ms(lambda: match_spans('"الرئيس الفرنسي" واشنطن', art.text)) < 60
