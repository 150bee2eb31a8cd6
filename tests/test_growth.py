"""Parsing grows linearly with the article's length, whatever its shape (issue 14).

Each shape of tests/growth.py (real articles, one unpunctuated sentence, a run of dates, a
repeated title word, quotation marks, a sentence of names) is parsed at two lengths in the
same run and the growth exponent k (time ∝ n^k) is taken from the ratio of the CPU times:
a ratio, never a wall-clock limit.  A quadratic step anywhere shows as k near 2.  Both
run under the ``soak`` marker (``pytest -m soak``, which CI runs after the default run):
1,500 → 15,000 words, and the issue's 10,000 → 100,000.
"""

from __future__ import annotations

import pytest
from growth import SHAPES, build, exponent, parse_seconds

LIMIT = 1.15  # issue 14's budget, from 10k to 100k words (soak; tests/bench.py --check holds it too)
# The short run's texts are small enough that lookups by bisection (n log n) and fixed costs
# still show in the exponent (a sentence of names reads 1.1 there, 0.9–1.04 from 10k up): it
# allows more, and still catches a quadratic step (main before this work: 1.24 to 2.17).
SHORT_LIMIT = 1.3


def _growth(shape: str, small: int, large: int, limit: float) -> float:
    small_text, large_text = build(shape, small), build(shape, large)
    # the lexicons and the tagger loaded, and both texts' words met once, before timing: the
    # per-word caches last for the process, so otherwise the small text (timed warm, several
    # times) is billed less per word than the large one (its new words met cold)
    parse_seconds(small_text, repeat=1)
    parse_seconds(large_text, repeat=1)
    # the fastest of several runs: on a shared machine the noise only ever adds time
    small_s = min(parse_seconds(small_text, repeat=1) for _ in range(3))
    large_s = parse_seconds(large_text, repeat=1)
    k = exponent(small_s, large_s, small, large)
    if k > limit:  # once more before failing: a quadratic step is slow both times, a busy moment not
        small_s = min(small_s, *(parse_seconds(small_text, repeat=1) for _ in range(3)))
        k = min(k, exponent(small_s, min(large_s, parse_seconds(large_text, repeat=1)), small, large))
    return k


@pytest.mark.soak  # 16 CPU-seconds: the default run stays under two minutes; CI runs both sizes
@pytest.mark.parametrize("shape", list(SHAPES))
def test_parse_time_grows_linearly(shape):
    k = _growth(shape, 1_500, 15_000, SHORT_LIMIT)
    assert k <= SHORT_LIMIT, f"{shape}: parse time grows as n^{k:.2f} from 1.5k to 15k words"


@pytest.mark.soak
@pytest.mark.parametrize("shape", list(SHAPES))
def test_parse_time_grows_linearly_to_100k_words(shape):
    k = _growth(shape, 10_000, 100_000, LIMIT)
    assert k <= LIMIT, f"{shape}: parse time grows as n^{k:.2f} from 10k to 100k words"


def test_the_collector_is_held_off_during_a_parse_and_restored_after(monkeypatch):
    import gc

    from tui.article import parse as parse_module
    from tui.article.gcpause import paused

    seen: list[bool] = []
    real = parse_module.find_events

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(parse_module, "find_events", spy)
    assert gc.isenabled()
    parse_module.parse("قال سامر الحداد إن الاجتماع عقد يوم الأحد.")
    assert seen == [False] and gc.isenabled()
    gc.disable()  # a caller that turned it off keeps it off
    try:
        parse_module.parse("وأضاف أن اللجنة تجتمع غدا.")
        assert not gc.isenabled()
    finally:
        gc.enable()
    with paused():  # nested pauses: on again only when the outer one ends
        with paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()

    def boom(*args, **kwargs):
        raise RuntimeError("a stage fails")

    monkeypatch.setattr(parse_module, "find_events", boom)
    with pytest.raises(RuntimeError):
        parse_module.parse("نص قصير.")
    assert gc.isenabled()
