"""Parsing grows linearly with the article's length, whatever its shape (issue 14).

Each shape of tests/growth.py (real articles, one unpunctuated sentence, a run of dates, a
repeated title word, quotation marks, a sentence of names) is parsed at two lengths in the
same run and the growth exponent k (time ∝ n^k) is taken from the ratio of the CPU times:
a ratio, never a wall-clock limit.  A quadratic step anywhere shows as k near 2.  The
default run uses 1,500 → 15,000 words; the soak run the issue's 10,000 → 100,000.
"""

from __future__ import annotations

import pytest
from growth import SHAPES, build, exponent, parse_seconds

LIMIT = 1.15


def _growth(shape: str, small: int, large: int) -> float:
    small_text, large_text = build(shape, small), build(shape, large)
    parse_seconds(small_text, repeat=1)  # the lexicons and the tagger loaded before timing
    # the fastest of several runs: on a shared machine the noise only ever adds time
    small_s = min(parse_seconds(small_text, repeat=1) for _ in range(3))
    large_s = parse_seconds(large_text, repeat=1)
    k = exponent(small_s, large_s, small, large)
    if k > LIMIT:  # once more before failing: a quadratic step is slow both times, a busy moment not
        small_s = min(small_s, *(parse_seconds(small_text, repeat=1) for _ in range(3)))
        k = min(k, exponent(small_s, min(large_s, parse_seconds(large_text, repeat=1)), small, large))
    return k


@pytest.mark.parametrize("shape", list(SHAPES))
def test_parse_time_grows_linearly(shape):
    k = _growth(shape, 1_500, 15_000)
    assert k <= LIMIT, f"{shape}: parse time grows as n^{k:.2f} from 1.5k to 15k words"


@pytest.mark.soak
@pytest.mark.parametrize("shape", list(SHAPES))
def test_parse_time_grows_linearly_to_100k_words(shape):
    k = _growth(shape, 10_000, 100_000)
    assert k <= LIMIT, f"{shape}: parse time grows as n^{k:.2f} from 10k to 100k words"
