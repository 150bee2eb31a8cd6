"""Places and bodies named after a person: "جامعة الملك X"، "مطار الأمير X الدولي"، "شارع
الشيخ X".  A head noun in construct with a rank and a name is one place or one body; the
person it honours is not an actor of the story there (so no person card is made of it)."""

from __future__ import annotations

from functools import cache

from ..doc.normal import key
from ..lexicon import load
from .board import Board
from .people import extent
from .registry import Registry
from .words import Words


def find(board: Board, reg: Registry, words: Words) -> None:
    heads, ranks = _heads(), _ranks()
    toks = words.toks
    i = 0
    while i + 2 < words.n:
        got = _head(words, i, heads)
        if got is None or not words.joined(i + 1) or toks[i + 1].norm not in ranks or not words.joined(i + 2) or (
                not words.is_(i + 2, "given")) or not board.free(i, i + 3):
            i += 1
            continue
        kind, cut = got
        end = extent(board, words, i + 2)
        while end < words.n and words.joined(end) and board.owner[end] is None and _nisba(words, end):
            end += 1  # "… الدولي"، "… التخصصي": the place's or body's own adjective
        card = reg.card(f"{kind}:{key(board.surface(i, end, cut))}", kind,
                        "named after a person (head noun, rank, name)")
        board.mention(card, i, end, cut)
        i = end


def _head(words: Words, i: int, heads: dict[str, str]) -> tuple[str, int] | None:
    """The kind a named-after head at token i makes, and its proclitic letters (بمطار، لجامعة)."""
    t = words.toks[i]
    if t.definite:
        return None
    for form, cut in t.readings:
        kind = heads.get(form)
        if kind is not None:
            return kind, cut
    return None


def _nisba(words: Words, j: int) -> bool:
    w = words.toks[j].norm
    return w.startswith("ال") and len(w) > 4 and w.endswith(("ي", "يه")) and not words.is_(j, "nationality")


@cache
def _heads() -> dict[str, str]:
    data = load("named_after")
    got = {key(w): "place" for w in data["places"]}
    got.update({key(w): "organization" for w in data["bodies"]})
    return got


@cache
def _ranks() -> frozenset[str]:
    return frozenset(key(w) for w in load("named_after")["ranks"])
