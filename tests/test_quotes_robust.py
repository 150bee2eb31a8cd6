"""No input crashes the quote finder or gives spans outside the text.

Speed is measured in tests/bench.py (ratios in one run), never by the clock here.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from quote_helpers import run_quotes

from tui.article.clean import clean_text
from tui.article.doc import build_doc
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
    """``text`` is cleaned already, as parse() cleans before any stage reads it."""
    assume(build_doc(text).tokens)  # no word at all: see test_a_text_without_words_has_no_quotes
    quotes, out_actors = run_quotes(text, actors)
    # The actor stage numbers every card by first mention (the given ids are not kept); each card
    # is a given one or one the quote stage handed over for a speaker.
    assert [a.id for a in out_actors] == [f"a{i}" for i in range(1, len(out_actors) + 1)]
    given = {(a.name, a.kind) for a in actors}
    assert all((a.name, a.kind) in given or "quote stage" in a.why for a in out_actors)
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
    _check(clean_text(text), ())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_st, st.data())
def test_no_input_crashes_with_actors(text, data):
    # Card spans start and end on word boundaries, as names do (spans ending inside punctuation:
    # see test_a_given_mention_may_end_past_the_last_word).
    text = clean_text(text)
    toks = build_doc(text).tokens
    actors = []
    for i in range(data.draw(st.integers(0, 3))):
        if not toks:
            break
        k = data.draw(st.integers(0, len(toks) - 1))
        a, b = toks[k].start, toks[data.draw(st.integers(k, min(k + 3, len(toks) - 1)))].end
        kind = data.draw(st.sampled_from(["person", "anonymous", "organization", "group", "place"]))
        titles = tuple(data.draw(st.lists(st.sampled_from(TITLES), max_size=2)))
        actors.append(Actor(f"a{i + 1}", text[a:b] or "x", kind, titles=titles, mentions=((a, b),)))
    _check(text, tuple(actors))


@pytest.mark.parametrize("text", ["", "   ", "... ،،، !!!", '«»""', "ـ"])
def test_a_text_without_words_has_no_quotes(text):
    assert run_quotes(text, ()) == ((), ())


def test_a_given_mention_may_end_past_the_last_word():
    text = "قال سامي الخطيب:"
    _, out = run_quotes(text, (Actor("a1", "سامي الخطيب", "person", mentions=((4, len(text)),)),))
    assert [a.name for a in out] == ["سامي الخطيب"]


def test_a_long_article_keeps_every_quote():
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
    quotes, _ = run_quotes(text, actors)
    assert len(quotes) >= 120

