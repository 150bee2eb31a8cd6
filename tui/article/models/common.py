"""Ordinary words by their frequency outside names in ANERcorp train (common_words.txt,
built by tools/build_common_words.py): a word no lexicon lists but that news writes
everywhere is not an unlisted family name."""

from __future__ import annotations

from functools import cache
from pathlib import Path

COMMON_FILE = Path(__file__).with_name("common_words.txt")


@cache
def common_words() -> frozenset[str]:
    try:
        lines = COMMON_FILE.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(w for w in lines if w and not w.startswith("#"))
