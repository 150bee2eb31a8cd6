"""Organisations and places only the tagger finds: names no lexicon lists and no head noun
announces ("نوفا تك"، "حي الزيتونة")."""

from __future__ import annotations

from ..doc.normal import key
from ..doc.tokens import plain, quote
from ..lexicon import word_set
from . import lexical, named_after, orgs, places, titles
from .board import Board
from .people import spans
from .registry import Registry
from .words import Words

_CONFIDENT = 0.6
_KINDS = {"ORG": "organization", "LOC": "place"}


def claim(board: Board, reg: Registry, words: Words) -> None:
    for typ, kind in _KINDS.items():
        for a, b in spans(words, typ):
            # a name does not run over punctuation ("X : Y" in a headline): the tagger's span stops there
            b = next((k for k in range(a + 1, b) if not words.joined(k) and not quote(words.toks[k].gap)), b)
            while a < b and (words.not_name(a) and not (
                    words.is_(a, "org_head", "org_head_weak", "place_head") or words.definite_head(a))):
                a += 1  # a function word the tagger took in
            while b > a and (words.is_(b - 1, "stop", "never", bare=True) or len(words.toks[b - 1].norm) < 3):
                b -= 1  # "… بـ"، "… أم": a function word or a detached proclitic the tagger took in
            if typ == "ORG":
                # "اللجنة | بندر X": a definite word takes no indefinite one after it in a body's name;
                # a given name there opens the person the title before names
                b = next((k for k in range(a + 1, b) if words.toks[k - 1].definite and not words.toks[k].definite
                          and words.is_(k, "given", bare=True) and not words.is_(k - 1, "rank", bare=True)), b)
            # "مديرية X | لنبض الجنوب": ل glued to the story's own outlet is whom the body's source told
            b = next((k for k in range(a + 1, b) if orgs.outlet_of_the_story(words, k)), b)
            marked = next((k for k in range(a + 1, b) if quote(words.toks[k].gap)), None)
            if marked is not None:
                a = marked  # "منظمة "X"": the name is what the marks hold; the head noun stays out
            if a >= b or not board.free(a, b) or a in board.not_actors:
                continue
            if a > 0 and words.joined(a) and words.toks[a - 1].norm in titles.relative_pronouns():
                continue  # "الطريق الذي | يربط الوادي …": a relative pronoun opens a clause, its verb first
            if typ == "ORG" and a > 0 and words.joined(a) and words.toks[a - 1].norm in orgs.AFFAIRS:
                continue  # "وكيل المحافظة لشؤون | الوادي والصحراء": a role's portfolio, no body
            if b - a >= 2 and b < words.n and words.plural_in_construct(b - 1) and (
                    board.owner[b] is not None and words.joined(b)):
                continue  # "بعثة مراقبي | الاتحاد X": the plural governs the body after it, which the name
                # needs; the body's own rules or the quote stage name the whole
            if b - a == 1 and (words.is_(a, "org_head", "org_head_weak", "media_head", "place_head")
                               or (words.definite_head(a) and orgs.head_at(words, a) is not None)):
                continue  # a head noun alone ("مكتب" before a name another rule took, "المنظمة") names nothing
                # (a place's head is a name by itself: "الجزيرة")
            if typ == "LOC" and b - a == 1 and words.toks[a].definite and (
                    words.toks[a].readings[-1][0].removeprefix("ال") in word_set("places", "area_nouns")):
                continue  # "وقالت المملكة"، "في المنطقة": a state's or an area's noun alone, no name
            if typ == "LOC" and b - a == 1 and lexical.suffixed_noun(words, a):
                continue  # "عن والده وجده": and his grandfather, however the lists' Oujda sways the tagger
            if b - a == 1 and words.accusative_nisba(a):
                continue  # "وفدا ليبيا": the adjective "Libyan", not the country
            if b - a == 1 and _describes_the_quoted_name(board, words, a):
                continue  # 'موقع "X" العبري': an adjective describing the body named in marks before it
            if typ == "LOC" and all(words.is_(k, "place_head") or (
                    not words.toks[k].definite and places.common_nisba(words.toks[k].norm)) for k in range(a, b)) and (
                    not words.is_(a, "place_head") or b - a >= 2):
                continue  # "مخيم حدودي"، "منطقة حدودية": a place's head and an adjective of a common noun, no name
            if typ == "ORG" and orgs.described_by_its_field(words, a):
                continue  # "مكتب للدراسات": a body described by its field, no name
            conf = sum(words.p(k, typ) for k in range(a, b)) / (b - a)
            if conf < _CONFIDENT or all(words.is_(k, "not_place", "nationality") for k in range(a, b)):
                continue
            if words.is_(a, "org_head_weak") and all(_generic(words, k) for k in range(a + 1, b)):
                continue  # "القوات الكندية"، "قوات الدعم": forces described, not a named body
            if typ == "ORG" and b - a >= 2 and (orgs.head_at(words, a) is not None or _plural_of_things(words, a)) and (
                    all(words.is_(k, "org_generic") or (_feminine_nisba(words, k) and not words.bare[k])
                        for k in range(a + 1, b))):
                continue  # "الهيئة الوطنية"، "الحكومة المحلية"، "النقابات العمالية": a head described by a
                # generic adjective, no name (a nationality names a state's body: "الحكومة اللبنانية")
            if typ == "ORG" and b - a >= 2 and orgs.joins_names(words, b - 1) and board.free(b, b + 1):
                b += 1  # "X آند | Y": the tagger stopped right after the English "and" of one name
            while typ == "ORG" and b + 1 < words.n and words.joined(b) and orgs.joins_names(words, b) and (
                    board.free(b, b + 2)):
                b += 2  # "X آند Y": the tagger stopped at the English "and" of one name
            if typ == "ORG" and b - a >= 2 and b < words.n and board.free(b, b + 1) and orgs.agreeing_general(
                    words, a, b):
                b += 1  # "مستشفى X | العام": "general", agreeing with the head noun, ends the body's name
            if typ == "ORG" and a > 0 and words.joined(a) and _head_before(board, words, a - 1):
                a -= 1  # "مستشفى | X التعليمي"، "برنامج | X": the head in construct with the name is the body's
            cut = _cut(words, a)
            if typ == "ORG" and not cut and _told_outlet(words, a, b):
                cut = 1  # "وقال المدير لX إن": ل + an outlet right before إنّ is whom he told, no
                # letter of its name
            surface = board.surface(a, b, cut)
            card = reg.card(f"{kind}:{key(surface)}", kind, f"tagger {conf:.2f}")
            board.mention(card, a, b, cut)


def _head_before(board: Board, words: Words, k: int) -> bool:
    """Token k, free, is a body's head noun without the article ("برنامج"، "مستشفى": a head a body
    is named after a person with, `named_after.toml` bodies), in construct with the name the tagger
    reads right after it — not a head in apposition to a name (`appositive_heads`: "شركة"، "وكالة")."""
    t = words.toks[k]
    if t.definite or board.owner[k] is not None or k in board.not_actors or any(
            f in orgs.appositive_heads() for f, _ in t.readings):
        return False  # ("وكالة | X آند Y"، "شركة | X": a head in apposition names the body as its alias)
    got = orgs.head_at(words, k)
    return (got is not None and not got[3]) or named_after.body_head(t)


def _told_outlet(words: Words, a: int, b: int) -> bool:
    """The tagger's body at [a, b) opens with ل read as a proclitic and ends right before إنّ/أنّ,
    the body's name unlisted and short, a subject before it: an outlet a source told ("… لX
    إن")."""
    t = words.toks[a]
    if a > 0 and words.reporting(a - 1) is not None:
        return False  # "وقالت لوبوان إن": right after the verb, the subject — a name in ل of its own
    return (b - a <= 2 and t.norm[:1] == "ل" and any(c == 1 for _, c in t.readings) and not words.bare[a]
            and b < words.n and plain(words.toks[b].gap) and words.toks[b].norm in orgs.THAT_WORDS)


def _describes_the_quoted_name(board: Board, words: Words, k: int) -> bool:
    """Token k is a definite nisba adjective right after the closing mark of a name in quotation
    marks that a body's card holds ('موقع "X" العبري'، "شركة «X» الأمريكية")."""
    t = words.toks[k]
    card = board.card_at(k - 1) if k > 0 else None
    return t.definite and t.norm.endswith(("يه", "ي")) and len(t.norm) >= 5 and quote(t.gap) and (
        card is not None and card.kind == "organization")


def _plural_of_things(words: Words, k: int) -> bool:
    """A definite plural in ات ("النقابات"، "الجمعيات"), no lexicon word."""
    t = words.toks[k]
    return t.definite and t.norm.endswith("ات") and len(t.norm) >= 7 and not words.bare[k]


def _feminine_nisba(words: Words, k: int) -> bool:
    """A definite adjective in ـية ("العمالية"، "الأهلية")."""
    t = words.toks[k]
    return t.definite and t.norm.endswith("يه") and len(t.norm) >= 6


def _generic(words: Words, k: int) -> bool:
    return words.is_(k, "nationality", "org_generic", "country", "capital") or words.toks[k].norm.startswith("ال")


def _cut(words: Words, i: int) -> int:
    return words.proclitic_cut(i)
