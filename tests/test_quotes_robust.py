"""No input crashes the quote finder or gives spans outside the text; it stays fast."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from quote_helpers import run_quotes

from tui.article.doc.tokens import sentences
from tui.article.model import Actor

PIECES = [
    "قال", "وقالت", "وأضاف", "مضيفا", "إن", "أن", "بأن", "إلى أن", ":", "،", ".", "؟", "\n", " ", '"', "«", "»",
    "“", "”", "„", "حسبما", "وفقا لـ", "على حد تعبيره", "الذي", "التي", "أما", "الوزير", "مسؤول", "سامي", "ب",
    "عن", "على", "من", "ـ", "\u064b", "يذكر أن", "قوله", "دعا", "وصفها", "x", "1", "المنظمة", "كانت", "قد",
    "بحسب ما", "وفق قوله", "علي", "ليلى", "مصادر", "الناطق باسم", "«»", '""',
]
TITLES = ["الوزير", "المتحدث باسم الوزارة", "مسؤول", ""]
text_st = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=60).map("".join)


def _check(text: str, actors: tuple[Actor, ...]) -> None:
    quotes, out_actors = run_quotes(text, actors)
    assert out_actors[: len(actors)] == actors  # existing ids stay stable
    ids = {a.id for a in out_actors}
    assert [q.id for q in quotes] == [f"q{i}" for i in range(1, len(quotes) + 1)]
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert q.text == text[q.start : q.end]
        assert q.kind in ("direct", "indirect", "mixed")
        assert q.speaker is None or q.speaker in ids
        if q.cue_span:
            assert 0 <= q.cue_span[0] < q.cue_span[1] <= len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_st)
def test_no_input_crashes_without_actors(text):
    _check(text, ())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_st, st.data())
def test_no_input_crashes_with_actors(text, data):
    actors = []
    for i in range(data.draw(st.integers(0, 3))):
        if not text:
            break
        a = data.draw(st.integers(0, len(text) - 1))
        b = data.draw(st.integers(a + 1, len(text)))
        kind = data.draw(st.sampled_from(["person", "anonymous", "organization", "group", "place"]))
        titles = tuple(data.draw(st.lists(st.sampled_from(TITLES), max_size=2)))
        actors.append(Actor(f"a{i + 1}", text[a:b] or "x", kind, titles=titles, mentions=((a, b),)))
    _check(text, tuple(actors))


def test_speed_on_a_long_article():
    para = (
        'وقال وزير المالية سامي الخطيب، في مؤتمر صحفي، إن "العجز سيتراجع العام المقبل"، مضيفا أن الإصلاحات '
        "مستمرة. وأكدت وزارة الصحة في بيان أن الوضع تحت السيطرة، حسبما قالت المتحدثة باسمها. "
    )
    text = para * 40  # about 1,300 words
    spans = []
    for n in ("سامي الخطيب", "وزارة الصحة"):
        i = text.find(n)
        while i >= 0:
            spans.append((n, i))
            i = text.find(n, i + 1)
    actors = tuple(
        Actor(f"a{k}", n, kind, mentions=tuple((i, i + len(n)) for m, i in spans if m == n))
        for k, (n, kind) in enumerate((("سامي الخطيب", "person"), ("وزارة الصحة", "organization")), 1)
    )
    sents = sentences(text)
    quotes, _ = run_quotes(text, actors)
    assert len(quotes) >= 120


def test_a_huge_article_stays_linear():
    from pathlib import Path

    seed = (Path(__file__).resolve().parent.parent / "seeds" / "niger-coup-washington-paris.txt").read_text()
    small, big = seed * 10, seed * 80
    times = []
    for text in (small, big):
        sents = sentences(text)
        best = 1e9
        for _ in range(3):  # best of three: other processes share the machine
            t0 = time.perf_counter()
            quotes, _ = run_quotes(text, ())
            best = min(best, time.perf_counter() - t0)
        times.append(best)
        assert quotes
    assert times[1] < 24 * times[0], times  # 8x the text: about 8x the time; quadratic would be 64x
