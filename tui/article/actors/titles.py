"""Titles: the role phrases the text attaches to a person — before the name ("وزير الخارجية
الأمريكي جون كيري"), in apposition after it ("X، رئيس الوزراء السابق،"), or chained
("المتحدث باسم الرئاسة السفير X": two titles).

A title phrase starts at a role noun, rank or profession from the lexicon and runs over its
genitive and adjective chain: definite nouns and adjectives, nationality adjectives, known
places and bodies, linking prepositions (باسم، في، لشؤون، لدى، ل + noun) and modifiers
(السابق، بالإنابة).  It stops at punctuation, a verb, or a function word.  Titles are
attached after every card exists, whichever stage found the person.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..doc.normal import key
from ..doc.tokens import comma, plain
from .board import Board, Card
from .words import Words

HEADS = ("title", "rank", "title_possessive", "profession")
_INSIDE = ("nationality", "country", "capital", "city", "region", "org", "title_modifier", "title_link",
           "org_head", "org_head_weak", "media_head", "parliament", "place_head", "gaz_place", "gaz_org", "divine")
_NEVER = ("stop", "never", "title_stop", "month", "weekday", "reporting", "anon")
_LINKS = ("title_link",)
_MAX = 12


@dataclass(frozen=True, slots=True)
class Title:
    t0: int
    t1: int
    heads: tuple[int, ...]  # where each chained role noun starts


def head_cut(words: Words, j: int) -> int | None:
    """Proclitic letters before the role noun starting at token j (None: no role noun)."""
    h = words.longest(j, HEADS, max_cut=2)
    if h is None or h.start != j:
        return None
    return h.cut


def _head_at(words: Words, j: int) -> bool:
    return head_cut(words, j) is not None


def _inside(words: Words, j: int) -> bool:
    """May token j sit inside a title phrase (after its head)?"""
    t = words.toks[j]
    if words.reporting(j) is not None or t.norm.isdigit():
        return False
    if words.is_(j, *_INSIDE) or _head_at(words, j):
        return True  # "العام" in "الأمين العام" is a modifier, though also "the year"
    if words.is_(j, *_NEVER, bare=True):
        return False
    if t.norm.startswith("ال") and len(t.norm) > 3:
        return True
    form = t.readings[-1][0]
    return t.norm[0] in "لب" and form.startswith("ال") and len(form) > 3  # "للأمم"، "بالوكالة"


def _indefinite(words: Words, j: int) -> bool:
    """A plain indefinite noun that may stand in construct inside a title ("وزير خارجية X"):
    not a closed-class word, a verb of speech, a name or a number, and followed by the
    genitive it governs."""
    if words.not_name(j) or words.reporting(j) is not None or words.toks[j].norm.isdigit():
        return False
    if words.is_(j, "country", "capital", "city", "org") or words.p(j, "PERS") >= 0.5:
        return False
    k = j + 1
    return k < words.n and plain(words.toks[k].gap) and (_inside(words, k) or _head_at(words, k))


def _person_at(board: Board, j: int) -> bool:
    card = board.card_at(j)
    return card is not None and card.kind == "person"


def before(board: Board, words: Words, i: int) -> Title | None:
    """The title phrase ending right before token i (a name's first word), if any; the name
    may stand in quotation marks ("وزير الداخلية «X»")."""
    lo = i
    while lo > 0 and i - lo < _MAX and (plain(words.toks[lo].gap) or lo == i and _marks_only(words.toks[lo].gap)):
        j = lo - 1
        if _person_at(board, j) or not (_inside(words, j) or _indefinite(words, j)):
            break
        lo = j
    best: int | None = None
    for j in range(i - 1, lo - 1, -1):
        if _head_at(words, j) and _valid(words, j, i):
            best = j
    if best is None:
        return None
    heads = tuple(j for j in range(best, i) if _head_at(words, j) and _chain_start(words, j, best))
    return Title(best, i, heads)


def _marks_only(gap: str) -> bool:
    return not gap.strip(" \t\u00a0\"'«»“”„")


def _valid(words: Words, t0: int, t1: int) -> bool:
    """Every word after the head is a title word, or an indefinite noun in construct right
    after a role noun or another such noun."""
    prev_ok = True
    for k in range(t0 + 1, t1):
        if _inside(words, k) or (_indefinite(words, k) and prev_ok and (_head_at(words, k - 1) or _indefinite(words, k - 1))):
            prev_ok = True
        else:
            return False
    return True


def _chain_start(words: Words, j: int, t0: int) -> bool:
    """A role noun starts a new title of the chain when a definite rank or role follows a
    completed phrase ("المتحدث باسم الرئاسة | السفير")."""
    if j == t0:
        return True
    prev = words.toks[j - 1]
    return words.toks[j].norm.startswith("ال") and not words.is_(j - 1, *_LINKS, bare=True) and not (
        _head_at(words, j - 1) and not prev.norm.startswith("ال")
    )


def after(board: Board, words: Words, j: int) -> Title | None:
    """A title in apposition right after a name ending before token j: "X، وزير الخارجية"."""
    n = len(words.toks)
    if j >= n or not (comma(words.toks[j].gap) or plain(words.toks[j].gap) or "(" in words.toks[j].gap):
        return None
    if not _head_at(words, j):
        return None
    k = j + 1
    while k < n and k - j < _MAX and plain(words.toks[k].gap) and not _person_at(board, k) and (
        _inside(words, k) or (_indefinite(words, k) and _valid(words, j, k + 1))
    ):
        k += 1
    return Title(j, k, (j,))


def text_of(board: Board, words: Words, t: Title) -> list[str]:
    """The phrase as written, split where a chained role starts ("… الرئاسة | السفير")."""
    out = []
    for a, b in zip(t.heads, [*t.heads[1:], t.t1]):
        if a < b:
            out.append(board.surface(a, b, head_cut(words, a) or 0))
    return out


def attach(board: Board, words: Words, cards: list[Card]) -> None:
    """Each person card gets the titles around each of its name mentions."""
    for card in cards:
        if card.kind != "person":
            continue
        for m in card.names():
            t = before(board, words, m.t0)
            if t is not None:
                _add(card, text_of(board, words, t), words, t)
            t = after(board, words, m.t1)
            if t is not None:
                _add(card, text_of(board, words, t), words, t)


def _add(card: Card, titles: list[str], words: Words, t: Title) -> None:
    for title in titles:
        card.add_title(title)
    for j in range(t.t0, t.t1):
        h = words.longest(j, ("nationality",))
        if h is not None and card.affiliation is None:
            card.affiliation = h.value
    gender_of(card, words)


_MALE_TA = frozenset(key(w) for w in ("الداعية", "داعية", "خليفة", "الخليفة", "علامة", "العلامة", "رحالة"))


def gender_of(card: Card, words: Words) -> None:
    """A person's gender from a title's role noun: "الوزيرة" is a woman, "الوزير" a man."""
    if card.gender is not None or card.kind != "person" or not card.titles:
        return
    head = key(card.titles[0]).split()[0] if key(card.titles[0]) else ""
    if head:
        card.gender = "f" if head.endswith("ه") and head not in _MALE_TA else "m"
