"""Organisations built on a head noun: "وزارة الخارجية الأمريكية"، "حزب العدالة والتنمية"،
"الجيش اللبناني"، "بورصة لندن"، "صحيفة «الوسط»".

A head from the lexicon (وزارة، مجلس، حزب …) in construct state takes a complement: definite
nouns and adjectives, ل + a definite noun ("للأمم المتحدة"), one coordinated definite noun
right after the first ("العدالة والتنمية"), nationality adjectives, known places and bodies.
A definite head ("الجيش"، "الحكومة") names a body only with a nationality adjective or a
name after it.  A weak head (قوات، حركة، جماعة …) needs a complement that is a name, and a
media head (قناة، صحيفة …) a name in quotation marks or one the tagger reads.  Modifiers that
date a role (السابق، المنحل) end the name: they belong to a person's title.  Past the first
complement word, the tagger must keep reading an organisation, so an apposition ("مجلس
الشعب، الغرفة الأولى") or the verb's object does not run into the name.
"""

from __future__ import annotations

from ..doc.normal import key
from ..doc.tokens import plain, quote
from .board import Board
from .registry import Registry
from .words import Words

_MAX = 7  # words in a complement
_NAMES = ("nationality", "org", "org_ambiguous", "country", "capital", "city", "region", "gaz_place", "gaz_org")
_STOP = ("stop", "never", "title_stop", "reporting", "month", "weekday", "anon", "title", "rank", "temporal",
         "honorific")
_KEEP_P = 0.3  # the tagger's ORG probability that keeps a word in the name past its first complement


def find(board: Board, reg: Registry, words: Words) -> None:
    n = len(board.toks)
    i = 0
    while i < n:
        got = _org_at(board, words, i) if board.owner[i] is None else None
        if got is None:
            i += 1
            continue
        t0, t1, cut, why, head = got
        surface = board.surface(t0, t1, cut)
        card = reg.card(f"organization:{key(surface)}", "organization", why)
        card.head = card.head or head
        board.mention(card, t0, t1, cut)
        i = t1


def _org_at(board: Board, words: Words, i: int) -> tuple[int, int, int, str, str] | None:
    hit = words.longest(i, ("org_head", "org_head_weak", "media_head"))
    if hit is None or hit.end != i + 1:
        return None
    tok = board.toks[i]
    form = next((f for f, k in tok.readings if k == hit.cut), tok.norm)
    head = form.removeprefix("ال")
    definite = form.startswith("ال")
    if hit.cls == "media_head":
        quoted = _quoted_name(board, words, i)
        if quoted is not None:
            return (*quoted, 0, "media head + name in quotation marks", head)
    comp: list[int] = []
    j = i + 1
    n = len(board.toks)
    while j < n and len(comp) < _MAX and board.owner[j] is None and plain(board.toks[j].gap):
        if words.is_(j, *_STOP, bare=True) or words.reporting(j) is not None or board.toks[j].norm.isdigit():
            break
        if not _complement(words, j, comp):
            break
        if comp and not words.is_(j, *_NAMES) and words.tagging is not None and words.p(j, "ORG") < _KEEP_P:
            break
        comp.append(j)
        j += 1
    while len(comp) > 1 and words.is_(comp[-1], "org_generic", bare=True):
        comp.pop()
    if not comp:
        return None
    t1 = comp[-1] + 1
    ptag = min(words.p(k, "ORG") for k in range(i, t1))
    tagged = ptag >= 0.5
    if definite and not (words.is_(comp[0], "nationality", bare=True) or tagged):
        return None  # "الحكومة" + a common noun: a description, not a name
    if hit.cls in ("org_head_weak", "media_head") and not tagged and not words.is_(comp[0], *_NAMES):
        name_like = max(max(words.p(k, "ORG"), words.p(k, "PERS"), words.p(k, "LOC")) for k in comp)
        if name_like < 0.5:
            return None  # "قوات الأمن": a common noun phrase, not a named body
    why = "head noun + " + ("nationality adjective" if definite else "complement")
    return i, t1, hit.cut, why + (", tagger agreeing" if tagged else ""), head


def _complement(words: Words, j: int, comp: list[int]) -> bool:
    t = words.toks[j]
    if words.is_(j, *_NAMES):
        return True
    if t.norm.startswith("ال") and len(t.norm) > 3:
        return True
    for form, cut in t.readings[1:]:
        if cut == 1 and form.startswith("ال") and len(form) > 3:
            if t.norm[0] == "ل":
                return True  # "للأمم المتحدة"، "لحقوق"
            if t.norm[0] == "و":
                return len(comp) == 1  # "العدالة والتنمية": one coordinated noun after the first
    return False


def _quoted_name(board: Board, words: Words, i: int) -> tuple[int, int] | None:
    """صحيفة «الوسط»: the words inside the marks right after a media head."""
    toks = board.toks
    n = len(toks)
    if i + 1 >= n or not quote(toks[i + 1].gap) or "\n" in toks[i + 1].gap:
        return None
    j = i + 1  # the last word inside the marks
    while j + 1 < n and j - i < 5 and plain(toks[j + 1].gap):
        j += 1
    after = toks[j + 1].gap if j + 1 < n else board.doc.text[toks[j].end : toks[j].end + 2]
    if not quote(after) or not board.free(i + 1, j + 1):
        return None  # the marks do not close right after the name
    return i + 1, j + 1
