"""``finditer`` for a long alternation of phrases, tried only where one of its first words stands.

A pattern such as ``(?<!\\w)و?(?:حسب|كما|…)`` opens with a look-behind, so the regular
expression engine cannot skip ahead to a likely first letter: it tries the whole alternation
at every offset of the article.  Every match of such a pattern starts with the first word of
one of its phrases, written as is, or with a one-letter proclitic right before that word.
:func:`finditer` finds those places with ``str.find`` (in C, a scan per first word) and tries
the pattern there only, in text order, a match resuming the scan after its end: exactly the
matches ``pattern.finditer(text)`` yields (the same engine, at the same offsets, over the
same string — look-behinds see the text before the offset).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def first_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The distinct first words of ``phrases`` (normal forms, words separated by spaces),
    leaving out a word another one starts (its places are found with the shorter word's)."""
    firsts = {p.split()[0] for p in phrases if p.strip()}
    return tuple(sorted(w for w in firsts if not any(o != w and w.startswith(o) for o in firsts)))


def finditer(pattern: re.Pattern[str], firsts: tuple[str, ...], text: str,
             prefixes: str = "") -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, for a pattern every match of which opens with one of
    ``firsts`` or with one letter of ``prefixes`` right before one of them (and is never empty)."""
    places: set[int] = set()
    find = text.find
    for w in firsts:
        q = find(w)
        while q >= 0:
            places.add(q)
            if q and text[q - 1] in prefixes:
                places.add(q - 1)
            q = find(w, q + 1)
    end = 0
    match = pattern.match
    for at in sorted(places):
        if at >= end:
            m = match(text, at)
            if m is not None:
                yield m
                end = m.end()
