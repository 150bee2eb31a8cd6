"""Acronyms spelled out in Arabic letters: "إن بي سي"، "إف بي آي"، "سي بي إس".

A run of Latin letter names (organizations.toml ``latin_letters``) names a body.  The first
letter may carry the conjunction ("… وإل جي").  Letters
that are also Arabic function words (إن، أو، في) never make a run alone, and a run needs
three letters unless two of them are not function words.  A last "إن" after a run that
is an acronym without it opens what was said ("وقالت إن بي سي إن …").  A word only a name
can be, or one the tagger reads inside a body, goes on the name ("جي بي مورغان").
"""

from __future__ import annotations

from functools import cache

from ..doc.normal import key
from ..doc.tokens import plain
from ..lexicon import load
from ..models.common import common_words
from .board import Board
from .registry import Registry
from .words import Words


@cache
def latin_letters() -> tuple[frozenset[str], frozenset[str]]:
    """(Latin letter names, the ones that are also Arabic function words), normal form."""
    data = load("organizations")["latin_letters"]
    return frozenset(key(w) for w in data["letters"]), frozenset(key(w) for w in data["function"])


def find(board: Board, reg: Registry, words: Words) -> None:
    letters, function = latin_letters()
    i = 0
    n = words.n
    while i < n:
        cut = _glued_and(words, i, letters) if words.toks[i].norm[:1] == "و" else 0
        if board.owner[i] is not None or (words.toks[i].norm[cut:] not in letters):
            i += 1
            continue
        j = i + 1
        while j < n and board.owner[j] is None and plain(words.toks[j].gap) and words.toks[j].norm in letters:
            j += 1
        real = sum(words.toks[k].norm[cut if k == i else 0 :] not in function for k in range(i, j))
        if words.toks[j - 1].norm in function and real >= 2:
            j -= 1  # "وقالت إن بي سي إن …": a last إن after a whole acronym opens the speech
        if real >= 2 or (real >= 1 and j - i >= 3):
            while j < n and j - i < 6 and board.owner[j] is None and plain(words.toks[j].gap) and (
                    words.unlisted(j) or words.tagged(j, "ORG") or _foreign(words, j)):
                j += 1  # "جي بي مورغان"، "سي دي إف مونتيرا": the name the letters open
            j = _to_closing_mark(board, words, i, j)
            card = reg.card(f"organization:{key(board.surface(i, j, cut))}", "organization",
                            "an acronym spelled in Arabic letters")
            board.mention(card, i, j, cut)
        i = j


def _foreign(words: Words, j: int) -> bool:
    """A word no lexicon lists and news text does not write outside names, whatever its ending
    (a foreign name may end in ا: "مونتيرا")."""
    t = words.toks[j]
    if t.norm.startswith("و") or len(t.norm) < 4 or words.bare[j] or words.reporting(j) is not None:
        return False  # "… وبيل": the conjunction opens the next name
    return not any(f in common_words() for f, _ in t.readings)  # ("لتطوير" is ل + a word)


def _glued_and(words: Words, i: int, letters: frozenset[str]) -> int:
    """1 where token i is و glued to a letter name that opens a run ("سامسونغ وإل جي"), else 0."""
    w = words.toks[i].norm
    if len(w) < 3 or w[0] != "و" or w[1:] not in letters or w in letters:
        return 0
    _, function = latin_letters()
    return int(i + 1 < words.n and words.joined(i + 1) and words.toks[i + 1].norm in letters - function)


def opens_letters(words: Words, k: int, cut: int) -> bool:
    """Token k, read after ``cut`` proclitic letters (or و), is a letter name that a run of
    letters goes on from ("وإل | جي")."""
    letters, function = latin_letters()
    w = words.toks[k].norm[cut:]
    return ((w in letters or (w[:1] == "و" and w[1:] in letters)) and k + 1 < words.n and words.joined(k + 1)
            and words.toks[k + 1].norm in letters - function)  # ("وكالة وال | إن …": what it said)


_OPEN, _CLOSE = "«“\"", "»”\""


def _to_closing_mark(board: Board, words: Words, i: int, j: int) -> int:
    """A run that opens a name in quotation marks ('بنك "إي إف جي X"'): the name runs to the
    closing mark, over a few words of any kind (they are inside one quoted name)."""
    if not any(ch in words.toks[i].gap for ch in _OPEN):
        return j
    for k in range(j, min(words.n, j + 3) + 1):
        gap = words.toks[k].gap if k < words.n else ""
        if any(ch in gap for ch in _CLOSE):
            return k if all(board.owner[m] is None for m in range(j, k)) and all(
                plain(words.toks[m].gap) for m in range(j, k)) else j
    return j
