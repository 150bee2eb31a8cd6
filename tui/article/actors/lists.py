"""Bodies named in a list after a plural head noun: "شركات السيارات الألمانية مثل X وY وZ"،
"البنوك الأوروبية X، وY"، "صحف عربية منها X وY".

The head says what every name of the list is, so names the lexicons and the tagger do not
know (foreign companies, outlets written in Latin letters) still become organisations.  The
head may carry a few describing words; a list opener ("مثل"، "منها"، "على غرار" …) may
follow them.  Without an opener the list needs two names, so a plural noun followed by one
unknown word is not read as a list.  Heads and openers are data (``organizations.toml``
``plural_heads`` and ``list_openers``).
"""

from __future__ import annotations

import re
from functools import cache

from ..doc.normal import key
from ..doc.tokens import comma, plain
from ..lexicon import load
from ..lexicon.index import lexicon
from ..models.common import common_words
from .board import Board
from .registry import Registry
from .words import NOT_NAME, Words

_WHY = "a list of bodies after a plural head noun"
_DESCRIBED = 3  # describing words between the head and its list
_ITEM = 3  # words in one name of the list
_LATIN = re.compile(r"[A-Za-z]")


@cache
def _heads() -> frozenset[str]:
    return frozenset(key(w) for w in load("organizations")["plural_heads"])


@cache
def _openers() -> tuple[tuple[str, ...], ...]:
    got = {tuple(key(w).split()) for w in load("organizations")["list_openers"]}
    return tuple(sorted(got, key=len, reverse=True))  # longest first: "من بينها" before "بينها"


def find(board: Board, reg: Registry, words: Words) -> None:
    heads = _heads()
    plural = lexicon().derived("list_plural_head")  # whether a word reads as a plural head: the word's alone
    n = words.n
    i = 0
    while i < n:
        t = words.toks[i]
        is_head = plural.get(t.norm)
        if is_head is None:
            is_head = plural[t.norm] = any(f.removeprefix("ال") in heads for f, _ in t.readings)
        if board.owner[i] is None and is_head:
            i = _list_after(board, reg, words, i)
        else:
            i += 1


def plural_head(words: Words, i: int) -> bool:
    """Token i is a plural head of bodies ("شركات"، "البنوك"), behind any proclitic."""
    heads = _heads()
    return any(f.removeprefix("ال") in heads for f, _ in words.toks[i].readings)


def _list_after(board: Board, reg: Registry, words: Words, i: int) -> int:
    """Card the names listed after the plural head at token i; the token to go on from."""
    toks = words.toks
    j = i + 1
    while j < words.n and j - i <= _DESCRIBED and plain(toks[j].gap) and _describes(words, j):
        j += 1
    opened = _opener(words, j)
    if opened:
        j += opened
    elif j < words.n and toks[j].norm.startswith("و"):
        return i + 1  # "مواقع ونقاط": coordinated nouns, not a list in apposition
    items: list[tuple[int, int, int]] = []
    joined = False  # the last item came after و
    while j < words.n and (not items or len(items) < 12):
        got = _item(board, words, j, first=not items)
        if got is None:
            break
        items.append(got)
        joined = bool(items[1:]) and (got[2] == 1 or toks[got[0] - 1].norm == "و")
        j = got[1]
        if j >= words.n:
            break
        nxt = toks[j]
        if nxt.norm == "و" and j + 1 < words.n:  # "، و X": the conjunction written apart
            j += 1
        elif not (comma(nxt.gap) or (plain(nxt.gap) and nxt.norm.startswith("و"))):
            break
    if not items or (not opened and (len(items) < 2 or not joined)):
        # (without an opener, a list ends "X، Y وZ": "البنوك … بالرياض، فضّلت عدم …" is none)
        return i + 1
    for t0, t1, cut in items:
        if board.free(t0, t1):
            card = reg.card(f"organization:{key(board.surface(t0, t1, cut))}", "organization", _WHY)
            board.mention(card, t0, t1, cut)
    return items[-1][1]


def _describes(words: Words, j: int) -> bool:
    """A describing word: definite, a nationality, a nisba (عالمية، الكبرى، الألمانية), or an
    everyday noun in construct with a definite one ("شركات صناعة السيارات X وY")."""
    t = words.toks[j]
    if words.reporting(j) is not None or words.is_(j, "stop", "never", bare=True):
        return False
    if t.definite or words.is_(j, "nationality") or t.norm.endswith(("يه", "ي")):
        return True
    return (j + 1 < words.n and words.joined(j + 1) and words.toks[j + 1].definite
            and not _name_like(words, j, 0))


def _opener(words: Words, j: int) -> int:
    """How many tokens of a list opener start at token j (0 for none)."""
    toks = words.toks
    for op in _openers():
        end = j + len(op)
        if end <= words.n and all(toks[j + k].norm == w for k, w in enumerate(op)) and all(
                plain(toks[j + k].gap) for k in range(1, len(op))):
            return len(op)
    return 0


def _item(board: Board, words: Words, j: int, first: bool) -> tuple[int, int, int] | None:
    """(first token, one past the last, proclitic cut) of one name of the list at token j."""
    t = words.toks[j]
    if "\n" in t.gap or (not first and not (comma(t.gap) or plain(t.gap))):
        return None
    cut = 0
    if not first and t.norm.startswith("و") and len(t.norm) > 3 and not words.bare[j]:
        cut = 1  # "وأودي": the conjunction glued to the next name, unless the whole is a known word
    if not _name_like(words, j, cut):
        return None
    k = j + 1
    while k < words.n and k - j < _ITEM and plain(words.toks[k].gap) and not words.toks[k].norm.startswith("و") and (
            _name_like(words, k, 0)):
        k += 1
    if k < words.n and plain(words.toks[k].gap) and words.toks[k].definite:
        return None  # "مثل مصنعي السيارات": a noun in construct, not a name
    return j, k, cut


def _name_like(words: Words, k: int, cut: int) -> bool:
    """A word a foreign or unlisted name can be: Latin letters, or no word of ordinary text
    (not a common word, no class that a name never has, not definite, not a number)."""
    t = words.toks[k]
    if _LATIN.match(t.raw):
        return True
    form = next((f for f, c in t.readings if c == cut), None)
    if form is None or len(form) < 2 or form.startswith("ال") or form.isdigit() or form in common_words():
        return False
    if cut and t.norm in common_words():
        return False  # "وحدات": an everyday word whole, not و and a name
    return not words.is_(k, *NOT_NAME) and words.reporting(k) is None
