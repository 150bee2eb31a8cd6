"""Organisations built on a head noun: "وزارة الخارجية الأمريكية"، "حزب العدالة والتنمية"،
"الجيش اللبناني"، "صحيفة «الوسط»".

A head from the lexicon (وزارة، مجلس، حزب …) in construct state takes a complement: definite
nouns and adjectives, ل + a definite noun ("للأمم المتحدة"), a coordinated definite noun
("العدالة والتنمية"), a nationality adjective, a known organisation.  A definite head
("الجيش"، "الحكومة") names a body only with a nationality adjective or a proper name after
it.  A weak head (قوات، حركة، جماعة …) needs a complement the tagger reads as a name, and
a media head (قناة، صحيفة …) may take its name in quotation marks.  A country or capital
ends the complement: "حكومة لبنان" is Lebanon's government, and Lebanon keeps its card.
"""

from __future__ import annotations

from ..doc.normal import key
from ..doc.tokens import plain, quote
from .board import Board
from .registry import Registry
from .words import Words

_MAX = 7  # words in a complement
_CONTINUE = ("nationality", "org", "title_modifier", "org_generic", "region", "divine")
_STOP = ("stop", "never", "title_stop", "reporting", "month", "weekday", "country", "capital", "anon", "title", "rank")


def find(board: Board, reg: Registry, words: Words) -> None:
    n = len(board.toks)
    i = 0
    while i < n:
        got = _org_at(board, words, i) if board.owner[i] is None else None
        if got is None:
            i += 1
            continue
        t1, cut, why = got
        surface = board.surface(i, t1, cut)
        card = reg.card(f"organization:{key(surface)}", "organization", why)
        card.head = board.toks[i].readings[-1][0].removeprefix("ال") if cut else board.toks[i].norm.removeprefix("ال")
        board.mention(card, i, t1, cut)
        i = t1


def _org_at(board: Board, words: Words, i: int) -> tuple[int, int, str] | None:
    head = words.longest(i, ("org_head", "org_head_weak", "media_head"))
    if head is None or head.end != i + 1:
        return None
    tok = board.toks[i]
    form = next((f for f, k in tok.readings if k == head.cut), tok.norm)
    definite = form.startswith("ال")
    j = i + 1
    comp: list[int] = []
    quoted = False
    while j < len(board.toks) and len(comp) < _MAX and board.owner[j] is None:
        t = board.toks[j]
        if not plain(t.gap):
            if head.cls == "media_head" and not comp and quote(t.gap) and "\n" not in t.gap:
                quoted = True  # صحيفة «الوسط»: the name in marks
            elif not (quoted and quote(t.gap) and len(comp) < 4):
                break
        if words.is_(j, *_STOP, bare=True) or words.reporting(j) is not None or t.norm.isdigit():
            break
        if quoted or _complement(words, j, comp):
            comp.append(j)
            j += 1
            continue
        break
    while comp and (words.is_(comp[-1], "org_generic", bare=True) and len(comp) > 1 and not quoted):
        comp.pop()  # "القوات الخاصة" is generic; "… السورية الخاصة" keeps its name part only
    if not comp:
        return None
    t1 = comp[-1] + 1
    ptag = max(words.p(k, "ORG") for k in range(i, t1))
    if definite:
        # "الجيش اللبناني"، "الحكومة السورية": a definite head names a body with a nationality
        if not (words.is_(comp[0], "nationality", bare=True) or ptag >= 0.5 or quoted):
            return None
        return t1, head.cut, "head noun + nationality adjective" if ptag < 0.5 else "head noun, tagger agreeing"
    if head.cls == "org_head_weak" and not quoted:
        name_like = max(max(words.p(k, "ORG"), words.p(k, "PERS"), words.p(k, "LOC")) for k in comp)
        if name_like < 0.5 and not words.is_(comp[0], "org", "nationality"):
            return None  # "قوات الأمن": a common noun phrase, not a named body
    if head.cls == "media_head" and not quoted and ptag < 0.5:
        return None
    return t1, head.cut, "head noun + complement" + ("" if ptag < 0.5 else ", tagger agreeing")


def _complement(words: Words, j: int, comp: list[int]) -> bool:
    t = words.toks[j]
    if words.is_(j, *_CONTINUE):
        return True
    if t.norm.startswith("ال") and len(t.norm) > 3:
        return True
    for form, cut in t.readings[1:]:
        # "للأمم المتحدة"، "والتنمية": ل or و + a definite word continues the name
        if cut == 1 and form.startswith("ال") and len(form) > 3 and comp:
            return t.norm[0] in "لو"
    return False
