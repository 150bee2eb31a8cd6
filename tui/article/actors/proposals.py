"""Speakers the quote stage found no card for, decided by the actor stage.

The quote stage hands over the tokens where a reporting verb's subject stands.  The noun
phrase that opens them becomes: a back-reference to an unnamed source introduced before
("وقال المصدر") or to a person by one of their titles ("وقال الوزير"); an unnamed source
("مسؤول في وزارة الداخلية"، "مصادر مطلعة"); a group ("المحتجون"، "عدد من الخبراء"); a person
the tagger reads as one; or nothing.
"""

from __future__ import annotations

from functools import cache

from .. import lexicon
from ..doc.normal import key
from ..doc.tokens import plain
from .board import Board, Card
from .registry import Registry
from .words import Words

_MAX = 6
_LINKS = frozenset(["في", "باسم", "ب", "لدي", "من", "عن"])
_SAME = frozenset(["نفسه", "نفسها", "ذاته", "ذاتها", "نفسهم", "ذاتهم"])


@cache
def _np_stop() -> frozenset[str]:
    words = lexicon.load("reporting_verbs")["words"]
    return frozenset(key(w) for w in [*words["np_stop"], *words["adjunct"]]) - _LINKS


@cache
def _honorific() -> frozenset[str]:
    return frozenset(key(w) for w in lexicon.load("reporting_verbs")["words"]["honorific"])


@cache
def _not_person() -> frozenset[str]:
    return frozenset(key(w).removeprefix("ال") for w in lexicon.load("reporting_verbs")["words"]["not_person"])


def _bare(w: str) -> str:
    """A noun without the article or its accusative ending ("مسؤولا" → "مسؤول")."""
    w = w.removeprefix("ال")
    return w[:-1] if len(w) >= 4 and w.endswith("ا") else w


def subject_phrase(words: Words, a: int, b: int) -> tuple[int, int] | None:
    """The noun phrase opening tokens [a, b): a head and what qualifies it."""
    toks = words.toks
    i = a
    while i < b and toks[i].norm in _honorific():
        i += 1
    if i >= b or i >= words.n:
        return None
    if words.is_(i, "stop", "never", bare=True) or words.reporting(i) is not None or toks[i].norm.isdigit():
        return None
    j = i + 1
    link_seen = False
    while j < b and j - i < _MAX and plain(toks[j].gap):
        w = toks[j].norm
        if w in _SAME:
            break
        if w in _LINKS and not link_seen:
            link_seen = True
            j += 1
            continue
        if w in _np_stop() or words.reporting(j) is not None or words.is_(j, "stop", "never", bare=True):
            break
        j += 1
    while j > i + 1 and toks[j - 1].norm in _LINKS:
        j -= 1
    return i, j


def propose(board: Board, reg: Registry, words: Words, a: int, b: int) -> Card | None:
    np = subject_phrase(words, a, b)
    if np is None:
        return None
    t0, t1 = np
    for k in range(t0, t1):
        card = board.card_at(k)
        if card is not None:
            return card if k == t0 else None
    toks = words.toks
    head = _bare(toks[t0].norm)
    definite = toks[t0].norm.startswith("ال")
    if definite and t1 - t0 <= 2:
        ref = _back_reference(board, words, t0, t1, head)
        if ref is not None:
            return ref
    if words.is_(t0, "anon") or (words.is_(t0, "title", "title_possessive") and not definite):
        return _unnamed(board, reg, words, t0, t1, "anonymous", "an unnamed source (a role or source noun)")
    if definite and t1 - t0 == 1 and len(head) >= 5 and head.endswith(("ون", "ين")) and not words.is_(t0, "nationality"):
        return _unnamed(board, reg, words, t0, t1, "group", "a collective that speaks")
    if toks[t0].norm in ("عدد", "بعض", "مجموعه") and t1 - t0 >= 2:
        return _unnamed(board, reg, words, t0, t1, "group", "a collective that speaks")
    ppers = max(words.p(k, "PERS") for k in range(t0, t1))
    if words.is_(t0, "title", "rank", "honorific", "org_head", "org_head_weak", "place_head", "nationality"):
        return None
    if head in _not_person():
        return None
    if not definite and t1 - t0 >= 2 and (ppers >= 0.2 or words.is_(t0, "given")):
        end = t0 + 1
        while end < t1 and (words.p(end, "PERS") >= 0.2 or end == t0 + 1):
            end += 1
        card = reg.card(f"person:{key(board.surface(t0, end))}", "person", "subject of a reporting verb, tagger agreeing")
        board.mention(card, t0, end)
        return card
    if definite and t1 - t0 == 1 and ppers >= 0.3:
        card = reg.card(f"person:{key(board.surface(t0, t1))}", "person", "subject of a reporting verb, tagger agreeing")
        board.mention(card, t0, t1)
        return card
    return None


def _back_reference(board: Board, words: Words, t0: int, t1: int, head: str) -> Card | None:
    """"وقال المصدر": the unnamed source with that head; "وقال الوزير": the person titled so;
    "وقالت الوزارة": the body with that head — each the last one named before."""
    best: tuple[int, Card, str] | None = None
    for card in board.live():
        first = min(m.start for m in card.mentions)
        if first >= words.toks[t0].start:
            continue
        last = max(m.start for m in card.mentions if m.start < words.toks[t0].start)
        role = ""
        if card.kind == "anonymous" and card.head == head:
            role = "name"
        elif card.kind == "person" and any(_bare(key(t).split()[0]) == head for t in card.titles if key(t)):
            role = "reference"
        elif card.kind in ("organization", "group") and card.head and _bare(card.head) == head:
            role = "reference"
        if role and (best is None or last > best[0]):
            best = (last, card, role)
    if best is None:
        return None
    _, card, role = best
    board.mention(card, t0, t1, role=role)
    return card


def _unnamed(board: Board, reg: Registry, words: Words, t0: int, t1: int, kind: str, why: str) -> Card:
    surface = board.surface(t0, t1)
    card = reg.card(f"{kind}:{key(surface)}", kind, why)
    card.head = _bare(words.toks[t0].norm)
    card.plural = card.head.endswith(("ون", "ين")) or kind == "group" or card.head in _PLURAL_HEADS
    card.gender = "f" if card.head.endswith("ه") else "m"
    board.mention(card, t0, t1)
    return card


_PLURAL_HEADS = frozenset(key(w) for w in ["مصادر", "شهود", "سكان", "نشطاء", "خبراء", "ضباط", "أعضاء", "نواب",
                                          "أوساط", "دوائر", "جهات", "تقارير", "صحف", "مسؤولون"])
