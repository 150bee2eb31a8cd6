"""doc/anchored.py finds exactly the matches ``pattern.finditer`` finds, for the phrase patterns
that use it (the attribution phrases of the cue finder, the ordering cues of the timeline)."""

from __future__ import annotations

import random
import re

from tui.article.doc import anchored
from tui.article.quotes.cues import _phrase_firsts, _phrase_re
from tui.article.time.events import _cue_firsts, cues


def _texts(phrases: list[str], n: int, seed: int) -> list[str]:
    """Random strings of the phrases, their words and pieces of them, proclitics, letters and punctuation."""
    rng = random.Random(seed)
    words = [w for p in phrases for w in p.split()]
    bits = [*phrases, *words, *(w[: len(w) // 2] for w in words), *(w[1:] for w in words),
            "و", "ف", "ب", "ال", "ه", "ا", " ", " ", "  ", "\n", "،", ".", "«", "»", "3", "_"]
    return ["".join(rng.choice(bits) + rng.choice(("", " ", " ", "")) for _ in range(rng.randint(0, 30)))
            for _ in range(n)]


def _same(pattern: re.Pattern[str], firsts: tuple[str, ...], prefixes: str, texts: list[str]) -> int:
    found = 0
    for text in texts:
        want = [(m.span(), m.lastgroup, m.groupdict()) for m in pattern.finditer(text)]
        got = [(m.span(), m.lastgroup, m.groupdict()) for m in anchored.finditer(pattern, firsts, text, prefixes)]
        assert got == want, text
        found += len(want)
    return found


def test_the_attribution_phrases_are_found_as_finditer_finds_them():
    spelled = re.findall(r"[\u0621-\u064a]+(?:\\s\+[\u0621-\u064a]+)*", _phrase_re().pattern)  # the phrases as escaped
    phrases = [p.replace("\\s+", " ") for p in spelled]
    assert _same(_phrase_re(), _phrase_firsts(), "و", _texts(phrases, 3000, 1)) > 100


def test_the_ordering_cues_are_found_as_finditer_finds_them():
    pattern, info = cues()
    assert _same(pattern, _cue_firsts(), "وف", _texts(list(info), 3000, 2)) > 100


def test_a_first_word_another_one_starts_is_left_out():
    assert anchored.first_words(["بعد ذلك", "بعده", "قبل", "في ذلك", "وفي"]) == ("بعد", "في", "قبل", "وفي")
