"""Titles: the role phrases the text attaches to a person — before the name ("وزير الخارجية
الكندي مارك ديلون"), in apposition after it ("X، رئيس الوزراء السابق،"), or chained
("المتحدث باسم الرئاسة السفير X": two titles).

A title phrase starts at a role noun, rank or profession from the lexicon and runs over its
genitive and adjective chain: definite nouns and adjectives, nationality adjectives, known
places and bodies, linking prepositions (باسم، في، لشؤون، لدى، ل + noun) and modifiers
(السابق، بالإنابة).  It stops at punctuation, a verb, or a function word.  Titles are
attached after every card exists, whichever stage found the person.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial

from ..doc.normal import key
from ..doc.tokens import Token, comma, hard, plain, quote
from ..lexicon import load, word_set
from ..lexicon.index import lexicon
from ..models.common import common_words
from .board import Board, Card, Mention, closed_marks
from .words import (
    NAME_CLASSES,
    POSSESSIVE,
    RARE_NAME_CLASSES,
    Words,
    feminine_before_suffix,
    prepositions,
    unpossessed_role,
)

HEADS = ("title", "rank", "title_possessive", "profession")
_INSIDE = ("nationality", "country", "capital", "city", "region", "org", "title_modifier", "title_link",
           "org_head", "org_head_weak", "media_head", "parliament", "place_head", "gaz_place", "gaz_org", "divine")
_NEVER = ("stop", "never", "title_stop", "month", "weekday", "reporting", "anon")
_LINKS = ("title_link",)
_LINK_OR_MODIFIER = frozenset({"title_link", "title_modifier"})
_NEVER_SET, _INSIDE_SET = frozenset(_NEVER), frozenset(_INSIDE)
_PLACES = ("country", "capital", "city", "region", "gaz_place")
_MAX = 16
_CHAIN = 3  # roles set off by commas in a row before a name
_PAIR_GAP = 8  # words between the two names of "X وY" (a title before Y)


@cache
def _place_links() -> frozenset[str]:
    return frozenset(key(w) for w in load("titles")["place_links"])


@dataclass(frozen=True, slots=True)
class Title:
    t0: int
    t1: int
    heads: tuple[int, ...]  # where each chained role noun starts


def head_cut(words: Words, j: int) -> int | None:
    """Proclitic letters before the role noun starting at token j (None: no role noun)."""
    memo = words.memo("title_head")
    got = memo.get(j, _UNSEEN)
    if got is _UNSEEN:
        h = words.longest(j, HEADS, max_cut=2)
        got = memo[j] = None if h is None or h.start != j or _preposition_amam(words, j, h.cut) or (
            j > 0 and h.cut == 0 and words.toks[j - 1].norm == "عبد" and words.joined(j)) else h.cut
        # (after عبد a role's word is the second half of a name: "عبد الأمير"، "عبد الملك")
        if got is None and (_chief_of(words, j) or words.one_relative(j) or _owner_of_the(words, j)):
            got = memo[j] = 0  # ("زميله"، "جارتها"، "محاميه": a relative or companion with its pronoun)
    return got


def _owner_of_the(words: Words, j: int) -> bool:
    """"صاحب المخبز"، "مالكة المطعم": an owner in construct with a definite noun — a role (as a
    given name, "صاحب" is followed by a name, not by a definite common noun)."""
    if words.toks[j].norm not in _OWNERS or j + 1 >= words.n or not words.joined(j + 1):
        return False
    nxt = words.toks[j + 1]
    return nxt.definite and not words.bare[j + 1] & NAME_CLASSES and not words.lexicon_has(
        "honorific", nxt.norm.removeprefix("ال"))  # ("صاحب السمو"، "صاحب الجلالة": a form of address, no title)


def _chief_of(words: Words, j: int) -> bool:
    """"كبيرة محللي السندات"، "كبير مستشاري الرئيس": "chief" in construct with the plural
    of an agent noun (مُفعِّل in construct: محللي، مستشاري، مفاوضي) — a role the list need not hold."""
    t = words.toks[j]
    if t.norm not in ("كبير", "كبيره") or j + 1 >= words.n or not words.joined(j + 1):
        return False
    w = words.toks[j + 1].norm
    return w.startswith("م") and w.endswith("ي") and 5 <= len(w) <= 8 and not words.toks[j + 1].definite


_UNSEEN = object()


def _preposition_amam(words: Words, j: int, cut: int) -> bool:
    """"أمام" written with hamza on the alef is the preposition "in front of"; the normal form
    folds it into "إمام" (imam), a role."""
    return words.toks[j].raw[cut:].startswith("أمام")


def _head_at(words: Words, j: int) -> bool:
    memo = words.memo("title_head")  # head_cut's, read here without a second call
    got = memo.get(j, _UNSEEN)
    if got is _UNSEEN:
        got = head_cut(words, j)
    return got is not None


def inside(words: Words, j: int) -> bool:
    """May token j sit inside a title phrase (after its head)?  (Cached per token.)"""
    memo = words.memo("title_inside")
    got = memo.get(j)
    if got is None:
        got = memo[j] = _inside_word(words, j)
    return got


def _inside_word(words: Words, j: int) -> bool:
    t = words.toks[j]
    if j in words.cue_at or t.norm.isdigit():  # a reporting verb, a number
        return False
    if name_not_rank(words, j):
        return False
    if t.norm in word_set("titles", "preposition_homographs") and t.raw[:1] != "إ" and j + 1 < words.n and (
            words.toks[j + 1].definite or words.toks[j + 1].norm[:1].isdigit()):
        return False  # "الوالي | امام المئات": in front of, not an imam (written إمام)
    if j in long_heads(words):
        return True  # "أول"، "ركن" in "الفريق أول ركن": a word of a rank of several words
    # (the classes read as Words.is_ does, without a call per question)
    inside = 0 <= j < words.n
    if (inside and not words.any[j].isdisjoint(_LINK_OR_MODIFIER)) or _head_at(words, j):
        return True  # "العام" in "الأمين العام" is a modifier, though also "the year"
    if t.norm in _place_links() and words.is_(j + 1, *_PLACES) and plain(words.toks[j + 1].gap):
        return True  # "المبعوث الأممي إلى اليمن"
    if t.norm == "غير" and j + 1 < words.n and words.joined(j + 1) and _nisba_adjective(words.toks[j + 1].norm):
        return True  # "منظمة X غير الحكومية": "non-" and the adjective it negates
    if inside and not words.bare[j].isdisjoint(_NEVER_SET):
        return False  # "أن" is also a town in the gazetteer: a closed-class word first
    if words.unagreeing_nisba(j):
        return False  # "مدرب الفريق | تركي X": a given name, not the phrase's adjective
    if j > 0 and plain(t.gap) and not words.toks[j - 1].definite and any(
            f in word_set("organizations", "territory_heads") for f, _ in words.toks[j - 1].readings) and not (
            words.is_(j, "stop", "never", bare=True) or words.reporting(j) is not None):
        return True  # "رئيس بلدية | دير X": the place a territory's head noun governs, whatever its name
    if inside and not words.any[j].isdisjoint(_INSIDE_SET):
        return True
    if t.norm.startswith("ال") and len(t.norm) > 3:
        return True
    form = t.readings[-1][0]
    if form in relative_pronouns():
        return False  # "… في الجمعية | والتي زارت …": a relative clause opens, no noun of the title
    # "للأمم"، "بالوكالة"، "والبناء" (a coordinated noun of the same name or role)
    return t.norm[0] in "لبو" and form.startswith("ال") and len(form) > 3


@cache
def relative_pronouns() -> frozenset[str]:
    """"الذي"، "التي" … in the normal form (relative.toml): they open a clause, no name or title."""
    return frozenset(key(w) for w in load("relative")["clauses"]["relatives"])


def _nisba_adjective(w: str) -> bool:
    """A definite nisba ("الحكومية"، "الربحية"، "الشرعي")."""
    return w.startswith("ال") and len(w) >= 6 and w.endswith(("ي", "يه"))


def name_not_rank(words: Words, j: int) -> bool:
    """A given name that is also a rank ("رائدة"), indefinite, right after a definite role
    ("الإعلامية رائدة X"): a rank after a role is definite ("الوزير اللواء X"), so this opens the name."""
    t = words.toks[j]
    if not words.is_(j, "rank", "title", "profession", bare=True):
        return False  # (asked first: the question comes for most tokens, and few are ranks or roles)
    if not t.definite and words.is_(j, "given", "given_f", "given_rare", bare=True) and j + 1 < words.n and (
            words.joined(j + 1) and words.toks[j + 1].norm in _NASAB_OPENERS):
        return True  # "شيخة بنت X": a word the son or daughter "of" someone follows is a given name
    if not t.definite and j > 0 and comma(t.gap) and words.is_(j, "given", "given_f", bare=True) and (
            j + 1 < words.n and words.joined(j + 1) and words.toks[j + 1].definite
            and words.bare[j + 1] <= NAME_CLASSES and words.toks[j + 1].norm not in common_words()):
        return True  # "رئيسة الفرع، أميرة X،": set off, indefinite, before a family name — a given name
    if not t.definite and j > 0 and words.toks[j - 1].definite and words.joined(j) and words.is_(
            j, "given", "given_f", bare=True) and words.is_(j, "title", "profession", bare=True) and (
            _family_name_shaped(words, j + 1)) and not (
            (hit := words.longest(j, ("title",), max_cut=0)) is not None and hit.end > j + 1):
        return True  # "الفاعلة الجمعوية أمينة X": after a described role, before a definite word no
        # everyday noun is — a given name (the role governs a common noun: "أمينة الصندوق")
    if not (not t.definite and j > 0 and words.toks[j - 1].definite and words.joined(j)
            and words.is_(j, "given", "given_f", "given_rare", bare=True)
            and words.is_(j - 1, "title", "profession", "rank", bare=True)):
        return False
    if words.is_(j, "title", "profession", bare=True):
        # "النائبة أمينة X": a role noun that is a given name, then a listed name — no role
        # governs a name in construct, so this opens the name
        return _listed_name(words, j + 1)
    return True  # a rank


def _family_name_shaped(words: Words, k: int) -> bool:
    """Token k is a definite word joined to the one before, no lexicon word but a name's, and
    no everyday noun ("الخطيب" may be; "الصندوق" is not)."""
    return k < words.n and words.joined(k) and words.toks[k].definite and (
        words.bare[k] <= NAME_CLASSES and words.toks[k].norm not in common_words())


_NASAB_OPENERS = frozenset(["بن", "بنت", "ابن", "ولد"])


def _listed_name(words: Words, k: int) -> bool:
    """Token k is an indefinite word the lexicons know only as a name."""
    return (k < words.n and words.joined(k) and not words.toks[k].definite and bool(words.bare[k])
            and words.bare[k] <= NAME_CLASSES and words.toks[k].norm not in common_words())


def in_long_head(words: Words, j: int) -> bool:
    """Token j is a later word of a role or rank of several words ("ركن" in "اللواء ركن")."""
    return j in long_heads(words)


def long_heads(words: Words) -> set[int]:
    """The tokens after the first of every role or rank of several words (cached)."""
    memo = words.memo("title_long_heads")
    got = memo.get(0)
    if got is None:
        hits = words.doc.hits  # (only where a role starts: the tokens starts_of has found already)
        got = memo[0] = {k for j in words.starts_of(HEADS) for h in hits[j] if h.cls in HEADS and h.end - h.start > 1
                         for k in range(h.start + 1, h.end)}
    return got


def _open_chain(words: Words, k: int) -> bool:
    """A bare indefinite noun continues a title only while its construct chain is open: after a
    definite word the chain is closed ("الناطق باسم الجماعة | وحيد الله …" names someone)."""
    return not words.toks[k - 1].definite or words.toks[k].norm[0] in "لب"


def _indefinite(words: Words, j: int) -> bool:
    """A plain indefinite noun that may stand in construct inside a title ("وزير خارجية X"):
    not a closed-class word, a verb of speech, a name or a number, and followed by the
    genitive it governs."""
    memo = words.memo("title_indefinite")  # cached per token
    got = memo.get(j)
    if got is None:
        got = memo[j] = _indefinite_word(words, j)
    return got


def _plain_noun(words: Words, j: int) -> bool:
    """Not a closed-class word, a verb of speech or a number."""
    return not (words.not_name(j) or words.reporting(j) is not None or words.toks[j].norm.isdigit())


def _indefinite_word(words: Words, j: int) -> bool:
    if not _plain_noun(words, j):
        return False
    if words.is_(j, "country", "capital", "city", "org") or words.tagged(j, "PERS"):
        return False
    k = j + 1
    if _closing_noun(words, j):
        return True
    if k >= words.n or not plain(words.toks[k].gap):
        return False
    if inside(words, k) or _head_at(words, k):
        return True
    # "مجال حقوق المرأة"، "غرفة تجارة وصناعة دبي": a chain of indefinite nouns (one may be
    # coordinated) closed by a definite genitive or a place's name, definite as a proper noun is
    if words.toks[j].definite:
        return False
    for nxt in range(k, min(words.n, k + 3)):
        t = words.toks[nxt]
        if nxt > k and not plain(t.gap):
            return False
        if nxt > k and ((t.definite and inside(words, nxt)) or words.is_(nxt, "country", "capital", "city", bare=True)):
            return True
        if t.definite or not _plain_noun(words, nxt):
            return False
    return False


def _closing_noun(words: Words, j: int) -> bool:
    """"سائق شاحنة،"، "مدرس رياضيات سابق": an indefinite role noun's one indefinite genitive,
    where the phrase breaks or an indefinite adjective or a link follows — the chain is complete
    ("a truck driver"), no definite word need close it."""
    t = words.toks[j]
    if j == 0 or t.definite or not plain(t.gap) or words.toks[j - 1].definite or not _head_at(words, j - 1):
        return False
    if words.is_(j, "given", "given_rare", "surname", "temporal", "title", "rank") or words.tagged(j, "PERS"):
        return False  # "مسؤول سامي"، "مدير سابق": a name or a modifier, not a genitive
    k = j + 1
    if k >= words.n or not plain(words.toks[k].gap):
        return True
    nxt = words.toks[k]
    return not nxt.definite and (words.is_(k, "nationality", "title_modifier", "temporal")
                                 or nxt.norm in ("في", "من"))


def person_at(board: Board, j: int) -> bool:
    """A person's card names token j."""
    card = board.card_at(j)
    return card is not None and card.kind == "person"


def _joins(gap: str) -> bool:
    """What may stand between two words of one title phrase: spaces, a hyphen, quotation
    marks around a name inside it ("الأمين العام لـ«حزب الخضر»")."""
    return plain(gap) or _marks_only(gap)


_SELF = frozenset(["نفسه", "نفسها", "ذاته", "ذاتها"])
_GOVERNING = frozenset(key(w) for w in ("عن", "على", "من", "إلى", "الى", "في", "مع", "لدى", "ضد"))


def _named_body(board: Board, j: int) -> bool:
    """Token j lies inside an organisation's or place's name ("… باسم [حركة الأمل الجديد] X")."""
    card = board.card_at(j)
    return card is not None and card.kind in ("organization", "place")


def _territory_behind_ba(words: Words, j: int) -> bool:
    """Token j is ب and the article on a place's head noun that is a role too ("مدير مكتب الصحة
    | بالمحافظة"): the governorate the phrase names, no governor — part of the title before it."""
    w = words.toks[j].norm
    return w.startswith("بال") and j > 0 and words.joined(j) and words.lexicon_has("place_head", w[3:])


def _named_place(board: Board, j: int) -> bool:
    """Token j lies inside a place's name ("[محافظة X]": the governorate, not a governor), or
    inside a body's name past its head ("مكتب الزراعة [بمحافظة] X": the body's territory)."""
    card = board.card_at(j)
    if card is not None and card.kind == "organization":
        m = board.owner[j]
        return m is not None and m.t0 < j
    return card is not None and card.kind == "place"


def _governed_rank_word(words: Words, j: int) -> bool:
    """Token j is a rank's word that is a noun too (الفريق: lieutenant general, the team) right
    after a preposition: "في الفريق، X" is the team, no rank of X's."""
    return j > 0 and words.is_(j, "rank_ambiguous", bare=True) and words.toks[j - 1].norm in prepositions()


def _retired(words: Words, k: int) -> bool:
    """Token k is "(م)", retired, in brackets after a rank ("الفريق (م) X")."""
    toks = words.toks
    return toks[k].norm == "م" and "(" in toks[k].gap and k + 1 < words.n and ")" in toks[k + 1].gap


_ABBREVIATED = frozenset(["د", "ا", "م"])  # د. (doctor), أ. (professor), م. (engineer), in the normal form


def before(board: Board, words: Words, i: int, bracketed: bool = False) -> Title | None:
    """The title phrase ending right before token i (a name's first word), if any: right
    against the name, with the name in quotation marks ("وزير الداخلية «X»") or brackets
    ("الرئيس (X)"), or set off by a comma as an apposition ("زعيم الجماعة، X،").  With
    ``bracketed`` (the titles a card shows), a body's short name in brackets inside the phrase is
    part of it ("ممثلة منظمة X (Y) في Z، W"); finding names and speakers does not ask for it."""
    toks = words.toks
    if i > 1 and _retired(words, i - 1):
        i -= 1  # "الفريق (م) X": retired, in brackets between the rank and the name
    elif i > 1 and toks[i - 1].norm in _ABBREVIATED and toks[i].gap.strip() == ".":
        i -= 1  # "عميدة الكلية، د. X": an abbreviated form of address between the title and the name
    elif i > 2 and toks[i].gap.replace(" ", "") in ("),", ")،") and toks[i - 1].gap.strip() == "(" and not (
            bracketed and _short_name_in_brackets(board, words, i - 1)):
        i -= 1  # "رئيسة بعثة X (Y)، Z": a short name in brackets between the title and the name (a
        # body's, right after its name, is the title's: "ممثلة منظمة X (Y)، Z")
    end = i - 1 if i > 0 and toks[i - 1].norm in _SELF else i  # "رئيس الوزراء الكندي نفسه X"
    if end > 0 and plain(toks[end].gap) and toks[end - 1].norm in _GOVERNING:
        return None  # "وكيل الدفاع عن X"، "المسؤول عن X": the name is the role's object, not its holder
    starts = _head_positions(words)
    k = bisect_left(starts, end - _MAX)
    if k == len(starts) or starts[k] >= end:
        return None  # no role noun within reach (most tokens): the walk below would find none
    first = starts[k]  # the walk back need not pass the first role noun within reach: no title starts before it
    # inside's, _indefinite's and head_cut's memos, read here without a call per word
    inside_memo, indefinite = words.memo("title_inside"), words.memo("title_indefinite")
    head_memo = words.memo("title_head")
    lo = end
    while lo > first and end - lo < _MAX:
        gap = toks[lo].gap
        # _joins(gap), inlined: "الرئيس (X)" also after a comma or a bracket
        if not (plain(gap) or _marks_only(gap) or (lo == end and (comma(gap) or gap.strip() == "("))) and not (
                bracketed and _around_brackets(board, words, lo, end)):
            break
        j = lo - 1
        card = board.card_at(j)
        if card is not None and card.kind == "person":
            break
        if bracketed and _short_name_in_brackets(board, words, j):
            lo = j  # ("ممثلة منظمة X | (Y) | في Z، W": the body's short name, inside the phrase)
            continue
        ok = inside_memo.get(j)
        if ok is None:
            ok = inside_memo[j] = _inside_word(words, j)
        if not ok:
            ok = indefinite.get(j)
            if ok is None:
                ok = indefinite[j] = _indefinite_word(words, j)
        if not ok:
            ok = _in_quoted_name(words, j) or _general_after_head(words, j) or _participle_pronoun(words, j) or (
                _bi_workplace(words, j)) or _bi_territory(board, words, j)
            if not ok and not (card is not None and card.kind in ("organization", "place")) and not (
                    j == end - 1 and (_pointing_back(words, j) or _own_body(words, j) or _lam_genitive_end(words, j)
                                      or _numbered_body(board, words, j) or _head_genitive_before_name(board, words, j))
            ) and not (lo == j + 1 and _lam_complement(words, j) and _lam_genitive_end(words, j + 1)) and not (
                    j == end - 2 and tribe_name_end(words, j) == end and person_at(board, end)):
                break
        lo = j
        cut = head_memo.get(j, _UNSEEN)
        if cut is _UNSEEN:
            cut = head_cut(words, j)
        if cut and "ب" in toks[j].norm[:cut] and not _named_place(board, j) and not _territory_behind_ba(words, j):
            break  # "التقى الوزير بقائد الجيش X": the title opens behind the preposition
            # (not a place's head: "مدير المكتب بمحافظة X"، محافظة the governorate, no governor)
    # the first role noun from which the phrase reads as one title (a body's or place's head
    # word is no role: "محافظة X" is the governorate)
    heads = [j for j in starts[bisect_left(starts, lo, k) : bisect_left(starts, end, k)]
             if not _named_place(board, j) and not _governed_rank_word(words, j) and not _territory_behind_ba(words, j)]
    best = next((j for j in heads if _valid(words, j, end, board)), None)
    if best is None:
        return None
    return Title(best, end, tuple(j for j in heads if j >= best and _chain_start(words, j, best)))


def may_end_before(words: Words) -> list[bool]:
    """For each token i, whether a role noun starts within reach before it, so that
    :func:`before` may find a title ending at i or at i - 1 (cached for the document)."""
    memo = words.memo("title_reach")
    got = memo.get(0)
    if got is None:
        got = memo[0] = [False] * words.n
        for h in _head_positions(words):
            got[h + 1 : h + _MAX + 2] = [True] * len(got[h + 1 : h + _MAX + 2])
    return got


def _head_positions(words: Words) -> list[int]:
    """The tokens a role noun starts at, in order (cached for the document)."""
    memo = words.memo("title_head_positions")
    got = memo.get(0)
    if got is None:
        heads = {j for j in words.starts_of(HEADS) if _head_at(words, j)}
        heads |= {j for j in range(words.n) if words.one_relative(j) or _owner_of_the(words, j)}  # (see head_cut)
        got = memo[0] = sorted(heads)
    return got


_PARTICIPLE_PRONOUNS = frozenset(["عليه", "عليها", "عليهم", "عليهما", "به", "بها", "بهم", "بهما", "عنه", "عنها"])


def _participle_pronoun(words: Words, j: int) -> bool:
    """"المجني | عليه"، "المشتبه | به"، "المدعى | عليها": the preposition and pronoun a passive
    participle takes, one noun with it inside the title ("والد المجني عليه، X")."""
    return (words.toks[j].norm in _PARTICIPLE_PRONOUNS and j > 0 and words.joined(j)
            and words.toks[j - 1].norm.startswith("الم") and len(words.toks[j - 1].norm) >= 5)


def _general_after_head(words: Words, j: int) -> bool:
    """"مدعي | عام"، "مدير | عام"، "أمين | عام": the indefinite "general" right after a role noun
    is part of the role, not "year"."""
    return words.toks[j].norm in ("عام", "عامه") and j > 0 and words.joined(j) and head_cut(words, j - 1) is not None


_QUOTED_NAME = 4  # words of a body's name in quotation marks inside a title


def _in_quoted_name(words: Words, j: int) -> bool:
    """Token j is a word of a name in quotation marks right after a noun of the title ("عضو
    تنسيقية «X Y»، Z"): the body's name, which no card may hold."""
    toks = words.toks
    k = next((k for k in range(j, max(0, j - _QUOTED_NAME), -1) if quote(toks[k].gap)), None)
    if k is None or k == 0 or not _marks_only(toks[k].gap) or not (
            inside(words, k - 1) or _indefinite_word(words, k - 1)):
        return False
    end = next((m for m in range(j + 1, min(words.n, k + 1 + _QUOTED_NAME)) if quote(toks[m].gap)), None)
    return end is not None and not toks[end].gap.lstrip(" ").startswith(("«", "“", "„"))


def _short_name_in_brackets(board: Board, words: Words, k: int) -> bool:
    """Token k is a body's short name in brackets right after its name ("منظمة X | (يونيسف) |"):
    part of a title that names the body ("ممثلة منظمة X (يونيسف) في Y")."""
    toks = words.toks
    if not (0 < k < words.n - 1 and toks[k].gap.strip() == "(" and toks[k + 1].gap.lstrip(" ").startswith(")")):
        return False
    before_it, card = board.card_at(k - 1), board.card_at(k)
    return before_it is not None and before_it.kind == "organization" and card in (None, before_it)


def _around_brackets(board: Board, words: Words, k: int, end: int) -> bool:
    """The gap before token k opens or closes a body's short name in brackets inside a title
    ("منظمة X (| Y |) في Z"), or closes it right before the name's comma."""
    gap = words.toks[k].gap
    if _short_name_in_brackets(board, words, k):
        return True
    rest = gap.lstrip(" ").removeprefix(")")
    return gap.lstrip(" ").startswith(")") and _short_name_in_brackets(board, words, k - 1) and (
        plain(rest) or (k == end and comma(rest)))


def _marks_only(gap: str) -> bool:
    return not gap.strip(" \t\u00a0\"'«»“”„")


def _valid(words: Words, t0: int, t1: int, board: Board | None = None) -> bool:
    """Every word after the head is a title word, a word of a body's or place's name, or an
    indefinite noun in construct right after a role noun or another such noun."""
    for k in range(t0 + 1, t1):
        if headed_by(words, k):
            return False  # "وفد من المحافظة | برئاسة النائب X": what is headed by the holder is no title of his
        if inside(words, k) or (board is not None and _named_body(board, k)) or _in_quoted_name(words, k) or (
                _general_after_head(words, k) or _participle_pronoun(words, k)):
            continue
        territory = board is not None and _bi_territory(board, words, k)  # "… | بمقاطعة X"
        if _bi_workplace(words, k) or territory or (_indefinite(words, k) and (
                _head_at(words, k - 1) or _indefinite(words, k - 1) or _coordinated(words, k)
                or _general_after_head(words, k - 1)  # "مدير عام | فرع X": the chain after "director general"
                or (not words.toks[k - 1].definite and words.is_(k - 1, "org_head", "org_head_weak", bare=True))
                or _lam_complement(words, k) or _after_link(words, k) or _bi_complement(words, k))):
            continue  # "وزير التجارة وترقية الصادرات": a coordinated noun in construct, too
        if board is not None and k == t1 - 2 and tribe_name_end(words, k) == t1 and person_at(board, t1):
            continue  # "شيخ عشيرة | البو X": a tribe's prefix, its name after it
        if k == t1 - 1 and (_pointing_back(words, k) or _own_body(words, k) or _lam_genitive_end(words, k)
                            or (board is not None and (_numbered_body(board, words, k)
                                                       or _head_genitive_before_name(board, words, k)))):
            continue  # "… لرعاية الكفيف وأسرته X": a last conjunct pointing back into the phrase
        if k == t1 - 2 and _lam_complement(words, k) and _lam_genitive_end(words, k + 1):
            continue  # "… العامة لتربية X": ل + a noun whose genitive is a proper noun
        return False
    return True


def headed_by(words: Words, k: int) -> bool:
    """"برئاسة"، "بقيادة": ب + a noun naming whom a group is headed by (`headed_by`)."""
    w = words.toks[k].norm
    return w.startswith("ب") and w[1:] in word_set("titles", "headed_by")


def _bi_workplace(words: Words, k: int) -> bool:
    """ب + a body's or place's head noun in construct with a definite word ("أستاذ القانون
    الإداري | بكلية الحقوق"، "ممرضة | بمستشفى الأمل"): where the role is held, as after في."""
    t = words.toks[k]
    return (t.norm.startswith("ب") and not t.norm.startswith("بال") and any(c == 1 for _, c in t.readings)
            and (words.is_(k, "org_head", "org_head_weak", "place_head")
                 or t.norm[1:] in word_set("named_after", "bodies"))
            and not words.is_(k, "org_head", bare=True)
            and k + 1 < words.n and words.toks[k + 1].definite and words.joined(k + 1))


def _bi_territory(board: Board, words: Words, k: int) -> bool:
    """ب + a territory's head noun before the territory's name ("مديرة إدارة التعليم | بمقاطعة X"،
    "مدير المكتب | بمحلية X"): where the role is held, the place named after it."""
    t = words.toks[k]
    if not (t.norm.startswith("ب") and not t.norm.startswith("بال") and k + 1 < words.n and words.joined(k + 1)):
        return False
    if not any(c == 1 and f in word_set("organizations", "territory_heads") for f, c in t.readings):
        return False
    nxt, named = board.owner[k + 1], board.card_at(k + 1)
    return words.toks[k + 1].definite or (nxt is not None and nxt.t0 == k + 1 and named is not None
                                          and named.kind in ("place", "organization"))


def _bi_complement(words: Words, k: int) -> bool:
    """ب + a noun in construct after a definite participle ("اللجنة المكلفة | بمتابعة الملف"،
    "الهيئة المختصة | بشؤون X"): what the body in the title is charged with."""
    t, before = words.toks[k], words.toks[k - 1].norm
    return (t.norm.startswith("ب") and not t.norm.startswith("بال") and any(c == 1 for _, c in t.readings)
            and before.startswith("الم") and len(before) >= 6 and words.joined(k))


def _after_link(words: Words, k: int) -> bool:
    """"الناشطة في مجال حقوق المرأة": an indefinite noun in construct right after a linking
    word — not one with a pronoun suffix ("في كلمتها"), which ends a construct chain."""
    return words.is_(k - 1, *_LINKS, bare=True) and not words.toks[k].raw.endswith(POSSESSIVE)


def _lam_complement(words: Words, k: int) -> bool:
    """ل + a noun in construct ("… الجزائرية لحماية المستهلك"، "… لحقوق الإنسان"): the
    purpose of the body named in the title."""
    t = words.toks[k]
    return (k > 0 and words.toks[k - 1].definite and t.norm.startswith("ل") and not t.norm.startswith("لل")
            and any(c == 1 for _, c in t.readings))


def _numbered_body(board: Board, words: Words, k: int) -> bool:
    """A number closing a body's name at a title's end ("أستاذة … بجامعة الجزائر 3، X")."""
    card = board.card_at(k - 1) if k > 0 else None
    return words.toks[k].norm.isdigit() and words.joined(k) and card is not None and card.kind in (
        "organization", "place")


def _lam_genitive_end(words: Words, k: int) -> bool:
    """The proper noun closing a ل-complement at a title's end ("المديرية العامة لتربية X"): a
    word no lexicon knows, or a place, right after ل + a noun that follows a definite word."""
    return (k > 1 and _lam_complement(words, k - 1) and words.joined(k)
            and (words.unlisted(k) or words.is_(k, "country", "capital", "city", "region", "gaz_place", bare=True)))


def _pointing_back(words: Words, k: int) -> bool:
    """و + a noun with a pronoun suffix after a definite word ("الكفيف وأسرته"): its conjunct."""
    t = words.toks[k]
    return (k > 0 and words.toks[k - 1].definite and t.norm.startswith("و") and len(t.norm) >= 5
            and t.norm.endswith(("ه", "ها", "هم")) and not words.bare[k] & NAME_CLASSES)


def _own_body(words: Words, k: int) -> bool:
    """"المتحدث باسم خارجيتها": after "باسم", a noun with a pronoun suffix is the body the
    spokesman speaks for (after "في" it is an adjunct: "في كلمتها")."""
    t = words.toks[k]
    return k > 0 and words.toks[k - 1].norm == "باسم" and len(t.norm) >= 5 and t.raw.endswith(POSSESSIVE)


def _coordinated(words: Words, k: int) -> bool:
    t = words.toks[k]
    return t.norm.startswith("و") and len(t.readings) > 1 and len(t.readings[1][0]) > 2


def _chain_start(words: Words, j: int, t0: int) -> bool:
    """A role noun starts a new title of the chain when a definite rank or role follows a
    completed phrase ("المتحدث باسم الرئاسة | السفير")."""
    if j == t0:
        return True
    prev = words.toks[j - 1]
    norm = words.toks[j].norm
    if _head_at(words, j - 1) and len(norm) > 5 and norm.endswith(("ي", "يه")):
        return False  # "الخبير الاقتصادي"، "الناشطة الحقوقية": a nisba role word as the head's adjective
    if not any(f.startswith("ال") for f, _ in prev.readings) and plain(words.toks[j].gap) and (
            words.is_(j - 1, "org_head", bare=True) or _indefinite(words, j - 1)):
        return False  # "مدير مكتب | الوزير"، "عضو مجلس | المحافظة": the genitive of a noun in construct
    return norm.startswith("ال") and not (words.is_(j - 1, *_LINKS, bare=True) and not _suffixed_link(words, j - 1)) \
        and not (_head_at(words, j - 1) and not prev.norm.startswith("ال"))


def _suffixed_link(words: Words, k: int) -> bool:
    """A link with a pronoun suffix ("باسمها"): its phrase is complete, so a rank after it
    starts the next title ("الناطق باسمها | العقيد")."""
    norm = words.toks[k].norm
    return any(norm.endswith(p) and words.lexicon_has("title_link", norm[: -len(p)]) for p in POSSESSIVE)


_HUWA = frozenset(["وهو", "وهي", "هو", "هي"])


def after(board: Board, words: Words, j: int, bracketed: bool = False) -> Title | None:
    """A title in apposition right after a name ending before token j: "X، وزير الخارجية"،
    "X (وزير الخارجية)"، "X، وهو وزير الخارجية"."""
    n = len(words.toks)
    named = _after_nickname(words, j)
    aged = after_age(words, named)
    gap = words.toks[aged].gap.replace(")", "", 1) if aged != j and aged < n else None
    j = aged
    if j >= n or not (comma(gap or words.toks[j].gap) or plain(gap or words.toks[j].gap) or (
            "(" in words.toks[j].gap)):
        return None
    set_off = comma(gap or words.toks[j].gap) or "(" in words.toks[j].gap
    first = j
    huwa = (words.toks[j].norm in _HUWA or _they_two_are(words, j)) and j + 1 < n and plain(words.toks[j + 1].gap)
    if huwa:
        j += 1
    j = _after_works_as(words, j)
    if words.toks[j].norm in _one_of():
        return _one_of_phrase(board, words, j)
    if set_off and words.toks[j].norm == "من" and j + 1 < n and _among_plural(board, words, j + 1):
        # "X، من سكان الحي،"، "X، من أولياء أمور التلاميذ،": among the people a construct chain
        # names, the way "أحد" is one of them
        return _one_of_phrase(board, words, j, among=True)
    if (parent := _parent_of(words, j)) is not None:
        return parent
    if not _head_at(words, j):
        return _described(board, words, j, predicate=huwa and j == first + 1) if set_off else None
    if set_off and j == first and _accusative(words.toks[j].raw):
        return None  # "X، متحدثا للصحفيين،": set off in the accusative, a circumstance of the clause (حال)
    if plain(words.toks[j].gap) and words.toks[j].raw.endswith(POSSESSIVE):
        return None  # "هنأ X نظيره اللبناني": someone's role right after a name, unmarked, is the verb's object
    cut = head_cut(words, j) or 0
    if cut and (words.toks[j].norm[:cut].endswith(("ل", "ب")) or words.toks[j].norm[0] == "و"):
        return None  # "X للصحفيين"، "X بالوزير": a prepositional phrase; "X ووزير …": another person
    end = _phrase_end(board, words, j, bracketed)
    chained = _chained(words, j, end)
    if chained:
        return Title(j, end, (j, *chained))
    if end < n and _coordinated_role(words, end):
        # "X، مدير المكتب في غزة والمسؤول عن برامجها،": a second role, joined by و
        return Title(j, _phrase_end(board, words, end, bracketed), (j, end))
    return Title(j, end, (j,))


_DESCRIBED_MAX = 10  # words of a description set off after a name


def _described(board: Board, words: Words, j: int, predicate: bool = False) -> Title | None:
    """"X، مزارع من قرية Y،"، "X (بائعة خضار)": an indefinite noun phrase set off by commas or
    brackets right after a person's name describes the person — an occupation or standing the
    role lexicon need not list.  The phrase must close on a comma, a bracket or the sentence's
    end within a few words, with no verb of speech, complementiser or person's name in it; its
    first word is a plain indefinite noun (not an adverbial accusative in ـا such as "مضيفا"، not
    a word with a pronoun suffix such as "بدوره", not a time word or a name the tagger reads).
    After "وهو"/"وهي" (``predicate``) the phrase is the predicate of "he is …", so any indefinite
    noun or adjective there describes the person, whatever its shape ("وهو مربٍّ"، "وهي فنية")،
    a nationality or an ordinal too ("وهو مصري"، "وهي أول امرأة …"), and a present verb right
    after the noun opens a clause describing it ("وهو نازح | يسكن عند أقاربه")."""
    n = words.n
    t = words.toks[j]
    if t.norm.removeprefix("ال") in age_nouns() and not person_at(board, j):
        return _aged(board, words, j)
    if t.definite and not _definite_description(words, j):
        return None
    if person_at(board, j) or t.raw.endswith(("ا", "اً", "ًا")) or t.raw.endswith(POSSESSIVE) or (
            t.norm[0] == "و" and len(t.readings) > 1):
        return None
    if t.norm in word_set("anonymous", "relatives") and j + 1 < n and plain(words.toks[j + 1].gap) and (
            not person_at(board, j + 1)):
        noun = True  # "X، ابن عم المفقود،"، "X، شقيقة الضحية،": kinship with someone in the story
    elif t.norm in _OWNERS | _MEN_OF and j + 1 < n and plain(words.toks[j + 1].gap) and (
            not words.toks[j + 1].definite and not person_at(board, j + 1)):
        noun = True  # "X، صاحب محل في الحي،": the owner of something indefinite (a given name too, "صاحب");
        # "X، رجل دين بارز،"، "X، وهو رجل أعمال معروف،": a man or woman of a calling, in construct
    else:
        # (then the word's readings as a verb or a name are set aside; so are they for a noun for
        # people of the story: "X، وهو شاب عاطل عن العمل،", though "شاب" is a name too)
        noun = _noun_reading(words, j) or t.norm in word_set("anonymous", "people_nouns")
    if predicate and not t.definite and _predicate_noun(words, j):
        noun = True
    if not noun and (
            (not _plain_noun(words, j) and not words.is_(j, "title", "anon", "profession"))
            or words.is_(j, *_NOT_DESCRIBING, "country", "capital", "city", "region", "org", "nationality", "ordinal")
            or words.tagged(j, "PERS") or words.tagged(j, "ORG")):
        return None
    if not (words.is_(j, "title", "anon", "profession") or (noun or person_noun_shape(
            t.norm[2:] if t.definite else t.norm))):
        return None
    if j + 1 < n and words.toks[j + 1].definite and words.is_(j + 1, "stop", bare=True):
        return None  # "X، مطلع الأسبوع،": a time adverbial
    k = j + 1
    clause = None  # (after "وهو": where a present verb right after the noun opens a describing clause)
    while k < n and plain(words.toks[k].gap):
        if k - j >= 2 and _describing_verb(words, k):
            return Title(j, k, (j,))  # "X، وهو عامل موسمي | يسكن مع …": the clause after the noun says
            # more of the person, no part of the title
        if predicate and clause is None and _describing_verb(words, k, after_noun=True):
            clause = k
        if k - j >= _DESCRIBED_MAX or person_at(board, k) or words.reporting(k) is not None or (
                words.toks[k].norm in _CLAUSE_WORDS):
            # (after "وهو", the noun stays the title when the clause that describes it runs on:
            # "وهو نازح | يقيم منذ أشهر في …")
            return Title(j, clause, (j,)) if clause is not None else None
        k += 1
    close = words.toks[k].gap if k < n else "."
    if not (comma(close) or ")" in close or "." in close or ":" in close) or (
            quote(close) and ":" not in close and not comma(close)):
        # (a colon closes it before the words it introduces: "X، بائع متجول: «…»", and a
        # comma before the quotation resumes: "«…»، تقول X، بائعة خضار، «…»")
        return Title(j, clause, (j,)) if clause is not None else None
    if k == j + 1 and not predicate and not words.is_(j, "title", "anon", "profession"):
        return None  # one word alone ("X، Y،") may be the next name of a list
    if not noun and words.is_(j, "given", "given_rare", "given_m", "given_f", "given_x") and (
            k == j + 1 or words.is_(j + 1, "given", "given_rare", "surname", "surname_rare")):
        return None  # "X، Y Z،": a list of names, not a description
    return Title(j, k, (j,))


@cache
def age_nouns() -> frozenset[str]:
    """The nouns of an age by its decade ("خمسيني"، "ستينية"), among the epithets a story calls
    people by (``anonymous.toml``), in the normal form."""
    return frozenset(w for w in word_set("anonymous", "epithets_f") | word_set("anonymous", "epithets_m")
                     if w.endswith(("يني", "ينيه")))


_AGED_CLAUSE_MAX = 12  # words of the relative clause that may follow an age set off after a name


def _aged(board: Board, words: Words, j: int) -> Title:
    """"X، الخمسيني الذي يصلح الساعات منذ صباه،"، "X، الأربعينية المعروفة في الحي،": an age by its
    decade set off after a name is how the story describes the person — with what qualifies it
    (an adjective, a relative clause) when the apposition closes within a few words on a comma
    or the sentence's end, else the age alone."""
    n = words.n
    m = j + 1
    while m < n and plain(words.toks[m].gap) and m - j <= _AGED_CLAUSE_MAX and not person_at(board, m) and (
            words.reporting(m) is None and words.toks[m].norm not in _CLAUSE_WORDS - {"الذي", "التي"}):
        m += 1
    close = words.toks[m].gap if m < n else "."
    if m - j <= _AGED_CLAUSE_MAX and (m >= n or comma(close) or "." in close):
        return Title(j, m, (j,))
    return Title(j, j + 1, (j,))


def _describing_verb(words: Words, k: int, after_noun: bool = False) -> bool:
    """Token k is a present verb of the third person no lexicon lists ("يقيم"، "تعمل") right
    after a noun and its adjective (or, ``after_noun``, the noun itself): a clause describing
    the noun, after an indefinite one."""
    t = words.toks[k]
    return (not t.definite and t.norm[:1] in "يت" and 4 <= len(t.norm) <= 6 and not words.bare[k]
            and (after_noun or words.toks[k - 1].norm.endswith(("ي", "يه")))
            and not t.norm.endswith(("ه", "ات", "ين", "ون")))


def _predicate_noun(words: Words, j: int) -> bool:
    """Token j, right after "وهو"/"وهي", is a word of the predicate's noun: no verb of speech,
    closed-class word, time word, number, place, body or name the tagger reads, and not a
    present verb ("وهو يقول")."""
    t = words.toks[j]
    if t.norm.isdigit() or len(t.norm) < 2 or words.reporting(j) is not None:
        return False
    if words.is_(j, "ordinal"):
        return j + 1 < words.n and not words.is_(j + 1, "stop", "never", bare=True)  # "وهي أول امرأة …"
    if words.is_(j, *_NEVER, "title_link", "hijri_month", "country", "capital", "city", "region", "org", bare=True) or (
            words.is_(j, "stop", "never")):
        return False
    if words.tagged(j, "PERS") or words.tagged(j, "ORG") or words.tagged(j, "LOC"):
        return False
    return not (t.norm[:1] in "يتن" and not person_noun_shape(t.norm) and not words.is_(j, "nationality"))


def _definite_description(words: Words, j: int) -> bool:
    """"X، الطالب في كلية الهندسة،"، "X، المقرب من الوزير،": a definite noun of an agent's shape
    no lexicon lists (not "المعروف"، which names what follows) opening an apposition."""
    t = words.toks[j]
    core = t.norm[2:].removesuffix("ه")
    # (not فعّال: with the article it is mostly a verbal noun, "الدفاع"، "العزاء"، or a relative, "اللذان")
    return _definite_agent(words, j) and not (len(core) == 4 and core[2] == "ا") and (
        words.bare[j] <= RARE_NAME_CLASSES) and t.norm not in _AGED and not t.norm.endswith("ان")


def _definite_agent(words: Words, k: int) -> bool:
    """A definite singular noun of an agent's shape ("الطالب"، "المقرب")، not the "known as"
    that names what follows."""
    t = words.toks[k]
    return t.raw.startswith("ال") and person_noun_shape(t.norm[2:]) and not t.norm.endswith(("ين", "ون", "ات")) and (
        t.norm not in word_set("names", "known_as"))


_OWNERS = frozenset(["صاحب", "صاحبه", "مالك", "مالكه", "ربه", "رب"])  # before an indefinite noun: its owner ("ربة بيت")
_MEN_OF = frozenset(["رجل", "سيده"])  # before an indefinite noun: one of a calling ("رجل أعمال"، "سيدة أعمال")
_AGED = frozenset(["البالغ", "البالغه"])  # "البالغ من العمر 24 عاما": an age, not a description


def occupation_after_name(board: Board, words: Words, j: int) -> bool:
    """"X، فلاح من بلدة Y،": a word of an agent's shape set off right after a person's name, a
    link after it and the phrase closed by a comma — an occupation, though a given name is
    written the same ("فلاح"، "صالح")."""
    n, toks = words.n, words.toks
    if j == 0 or j + 1 >= n or not comma(toks[j].gap) or not person_at(board, j - 1) or toks[j].definite:
        return False
    nxt = toks[j + 1]
    if not person_noun_shape(toks[j].norm) or not plain(nxt.gap) or nxt.norm not in ("في", "من"):
        return False
    k = j + 2
    while k < n and plain(toks[k].gap) and k - j < _DESCRIBED_MAX:
        k += 1
    return k < n and comma(toks[k].gap)


def _accusative(raw: str) -> bool:
    """Written with the accusative's alif ("متحدثا"، "مديراً"), not a pronoun ("سفيرها"، "مديرنا")."""
    return raw.endswith(("اً", "ًا")) or (raw.endswith("ا") and len(raw) > 4 and raw[-2] not in "اوهن")


def person_noun_shape(w: str) -> bool:
    """The shapes of Arabic nouns of agents and occupations (a feminine ة aside): فاعل
    ("بائع"، "سائق")، فعّال ("فلاح"، "نجار")، فعيل ("خبير"، "خريج") and the participles in م
    ("موظف"، "متطوع"، "مزارع") — not those of verbal nouns ("حماية"، "استجابة") or of plain
    things ("خطة"، "سقف"), which after a name and a comma are a verb's object."""
    w = w.removesuffix("ه")  # (the normal form writes ة as ه)
    if len(w) == 4 and (w[1] == "ا" or w[2] in "اي"):
        return True
    return len(w) >= 4 and w[0] == "م"


def _noun_reading(words: Words, j: int) -> bool:
    """"X، طالب في جامعة Y،": a bare word of a verb of speech that is also a noun ("طالب"
    student / demanded) reads as the noun where "في"، "من" or an indefinite nisba follows,
    which the verb does not take."""
    cue = words.reporting(j)
    if cue is None or not cue.bare or not person_noun_shape(words.toks[j].norm) or (
            j + 1 >= words.n or not plain(words.toks[j + 1].gap)):
        return False
    nxt = words.toks[j + 1]
    return nxt.norm in ("في", "من") or (not nxt.definite and len(nxt.norm) > 3 and nxt.norm.endswith("ي"))


_NOT_DESCRIBING = tuple(c for c in _NEVER if c != "anon")  # ("موظف" heads unnamed sources, and describes)
_CLAUSE_WORDS = frozenset(["ان", "انه", "انها", "الذي", "التي", "الذين", "قد", "لقد", "ما", "لا", "لم", "لن"])
_PARENTS = frozenset(["ام", "اب", "والده", "والد"])


def _parent_of(words: Words, j: int) -> Title | None:
    """"X، وهي أم لخمسة أطفال،": a parent of so many children — what the story calls the
    person, set off after the name (the phrase runs to the next pause, four words at most)."""
    n = words.n
    if j + 1 >= n or words.toks[j].norm not in _PARENTS or not plain(words.toks[j + 1].gap) or (
            not words.toks[j + 1].norm.startswith("ل")):
        return None
    end = j + 2
    while end < n and end - j < 4 and plain(words.toks[end].gap) and not words.toks[end].definite:
        end += 1
    return Title(j, end, (j,))


def _after_nickname(words: Words, j: int) -> int:
    """"X "بيكا"، قائد الفريق"، "X (أبو Y)، عامل في الميناء": a nickname of one or two words in
    quotation marks or brackets right after a name, then a comma — the apposition comes after it."""
    n = words.n
    if j >= n or comma(words.toks[j].gap):
        return j
    opened = words.toks[j].gap
    bracket = "(" in opened and not words.toks[j].norm.isdigit()  # (an age in brackets: after_age)
    if not (quote(opened) or bracket):
        return j
    for k in (j + 1, j + 2):
        gap = words.toks[k].gap if k < n else ""
        if (quote(gap) and comma(gap)) or (bracket and ")" in gap and ("،" in gap or "," in gap)):
            return k if all(plain(words.toks[x].gap) for x in range(j + 1, k)) else j
    return j


def _chained(words: Words, j: int, end: int) -> tuple[int, ...]:
    """"ولي العهد | نائب رئيس الحرس": where a role in construct opens after a completed definite
    phrase — the next title of the chain."""
    return tuple(k for k in range(j + 2, end) if _head_at(words, k) and not head_cut(words, k) and (
        not words.toks[k].definite) and words.toks[k - 1].definite and not words.is_(k - 1, *_LINKS, bare=True))


def _coordinated_role(words: Words, k: int) -> bool:
    """و + a role noun ("والمسؤول"، "ووزير"): a second title of the same person."""
    return words.toks[k].norm.startswith("و") and head_cut(words, k) == 1 and plain(words.toks[k].gap)


def _occasion(words: Words, k: int) -> bool:
    """"رئيس المحكمة | في حيثيات الحكم"، "الوزير | في ختام الاجتماع": a link before an
    occasion of speech opens where something was said, not more of the title."""
    return words.toks[k].norm in _LINK_WORDS and k + 1 < words.n and (
        words.toks[k + 1].norm.removeprefix("ال") in speech_events())


_LINK_WORDS = frozenset(["في", "خلال", "عقب"])


@cache
def speech_events() -> frozenset[str]:
    """Occasions of speech ("تصريحات"، "بيان"، "مؤتمر": reporting_verbs.toml)."""
    return frozenset(key(w) for w in load("reporting_verbs")["words"]["speech_events"])


def _object_follows(board: Board, words: Words, k: int) -> bool:
    """"السفير الأمريكي في بيروت | النواب"، "كتلة معارضة في البرلمان | الحكومة": after a
    place's name, or a definite noun a link introduced, only adjectives, a modifier or a link
    go on; another definite noun is the clause's (a name, a definite noun takes no genitive)."""
    card = board.card_at(k - 1)
    place = card is not None and card.kind in ("place", "organization")
    nxt = board.card_at(k)
    if place and nxt is not None and nxt is not card and board.owner[k].t0 == k:
        return True  # "محافظ شبوة | جماعة X": another named body right after the place is the verb's
    linked = k >= 2 and words.toks[k - 1].definite and words.is_(k - 2, *_LINKS, bare=True) and card is None
    return (linked or (place and nxt is not card)) and (
        words.toks[k].definite) and words.any[k].isdisjoint(_LINK_OR_MODIFIER) and not words.is_(
        k, "nationality", "ordinal") and not words.toks[k].norm.endswith(("ي", "يه", "يا"))  # (a nisba: "الغربية")


def after_age(words: Words, j: int) -> int:
    """"X (35 عاما)، وهي معلمة": past an age in brackets right after a name (j itself when none)."""
    toks = words.toks
    if j + 2 < words.n and "(" in toks[j].gap and toks[j].norm.isdigit() and toks[j + 1].norm in _AGE_UNITS and (
            ")" in toks[j + 2].gap):
        return j + 2
    return j


_AGE_UNITS = frozenset(["عاما", "عام", "سنه", "سنوات"])  # (normal forms: no tanwin)


def _after_works_as(words: Words, j: int) -> int:
    """Where the role noun opens after "الذي يعمل / التي تشغل منصب / بصفته" at token j (j
    itself when no such phrase stands there)."""
    toks, n = words.toks, words.n
    if j >= n or toks[j].norm not in _works_as_firsts():
        return j  # (most tokens: no phrase opens there)
    adverbs = _works_as_adverbs()
    for phrase in _works_as():
        k = j
        for x, w in enumerate(phrase):
            while x and k < n and toks[k].norm in adverbs and plain(toks[k].gap):
                k += 1  # "الذي شغل سابقا منصب"
            if k >= n or toks[k].norm != w or (x and not plain(toks[k].gap)):
                break
            k += 1
        else:
            while k < n and toks[k].norm in adverbs and plain(toks[k].gap):
                k += 1  # "الذي يعمل حاليا مستشارا"
            if k < n and plain(toks[k].gap):
                return k
    return j


@cache
def _works_as() -> tuple[tuple[str, ...], ...]:
    """The phrases, as tuples of normal forms, longest first."""
    phrases = {tuple(key(w) for w in p.split()) for p in load("titles")["works_as"]}
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))


@cache
def _works_as_adverbs() -> frozenset[str]:
    return frozenset(key(w) for w in load("titles")["works_as_adverbs"])


@cache
def _works_as_firsts() -> frozenset[str]:
    return frozenset(p[0] for p in _works_as())


@cache
def _one_of() -> frozenset[str]:
    return frozenset(key(w) for w in load("titles")["one_of"])


def _among_plural(board: Board, words: Words, k: int) -> bool:
    """Token k, right after "من", is an indefinite noun in construct with no pronoun and no card
    of its own ("سكان"، "أهالي"، "أعضاء"), not "من جهته" nor "من الرياض"."""
    t = words.toks[k]
    return (plain(t.gap) and not t.definite and board.card_at(k) is None and not t.raw.endswith(POSSESSIVE)
            and not t.norm[:1].isdigit() and words.reporting(k) is None
            and (words.is_(k, "anon", "title", bare=True) or t.norm in _people_among()))


@cache
def _people_among() -> frozenset[str]:
    """Plurals of people a name may be one of ("أبناء"، "أولياء"، "وجهاء": anonymous.toml)."""
    lists = ("people_plurals", "kin_nouns", "community_nouns", "plural_relatives")
    return frozenset().union(*(word_set("anonymous", k) for k in lists))


def _one_of_phrase(board: Board, words: Words, j: int, among: bool = False) -> Title | None:
    """"X، أحد أبرز معارضي الحكومة،": "one of" and the construct chain after it, up to its
    definite genitive and that word's adjectives, closed by punctuation — a title."""
    n = words.n
    k = j + 1
    closed = False  # a definite word ends the chain; only its adjectives may follow
    while k < n and k - j < _MAX and plain(words.toks[k].gap) and not person_at(board, k):
        t = words.toks[k]
        m, card = board.owner[k], board.card_at(k)
        if not closed and m is not None and m.t0 == k and card is not None and card.kind in ("place", "organization"):
            k, closed = m.t1, True  # "أحد وجهاء | مدينة X"، "أحد أعضاء | هيئة X": a place's or body's name,
            continue  # its head noun with it, closes the chain
        if closed and _lam_complement(words, k) and k + 1 < n and plain(words.toks[k + 1].gap) and (
                words.toks[k + 1].definite and not person_at(board, k + 1)):
            k += 2  # "أحد الساعين | لرئاسة النادي": ل and a noun in construct, the genitive's complement
            continue
        if closed and words.is_(k, *_LINKS, bare=True):
            closed = False  # "إحدى الناشطات في الحملة": a link, then a genitive again
            k += 1
            continue
        if closed and t.norm.startswith("بال") and any(c == 1 for _, c in t.readings) and (
                board.card_at(k) is None or board.card_at(k).kind == "place"):
            k += 1  # "أحد قدامى الصيادين | بالميناء": ب and the definite place where they are
            continue
        cue = words.reporting(k)
        elative = k == j + 1 and not t.definite and (among or cue is None or cue.ambiguous)  # "أحد أبرز": "most
        if (not elative and (cue is not None or words.is_(k, *_NEVER, bare=True))) or t.norm.isdigit():
            break  # prominent", not the verb "highlighted"
        if closed and not (t.definite and inside(words, k)):
            break
        if not t.definite and words.not_name(k) and not _head_at(words, k) and not elative:
            break
        closed = closed or t.definite
        k += 1
    set_off = comma(words.toks[j].gap) or (j > 0 and words.toks[j - 1].norm in _HUWA and comma(words.toks[j - 1].gap))
    if set_off and closed and k < n and plain(words.toks[k].gap) and words.toks[k].norm in relative_pronouns() and (
            _clause_closes(words, k + 1)):
        return Title(j, k, (j,))  # "X، أحد وجهاء القرية | الذين قادوا الوساطة،": the relative clause
        # says more of them; the chain is the title
    if not closed or (k < n and not comma(words.toks[k].gap) and "." not in words.toks[k].gap
                      and ":" not in words.toks[k].gap and not (
            plain(words.toks[k].gap) and (cue := words.reporting(k)) is not None and cue.kind == "verb"
            and not cue.prefix and j > 0 and person_at(board, j - 1))):
        # no genitive, or the phrase runs on into a clause: not an apposition — but "X أحد سكان
        # القرية قال": the name, its apposition, then the verb whose subject they are; a colon
        # closes it before the words it introduces ("X، أحد سكان الحي: «…»")
        return None
    return Title(j, k, (j,))


_RELATIVE_CLAUSE_MAX = 10  # words of a relative clause after an apposition set off by commas


def _clause_closes(words: Words, k: int) -> bool:
    """The words from token k close on a comma, a colon or a full stop within a few words, with
    no verb of speech among them: a relative clause inside the apposition, not the sentence's
    own clause."""
    for x in range(k, min(words.n, k + _RELATIVE_CLAUSE_MAX)):
        if words.reporting(x) is not None and x > k:
            return False
        if x + 1 >= words.n:
            return True
        gap = words.toks[x + 1].gap
        if comma(gap) or ":" in gap or "." in gap:
            return True
        if not plain(gap):
            return False
    return False


def text_of(board: Board, words: Words, t: Title) -> list[str]:
    """The phrase as written, split where a chained role starts ("… الرئاسة | السفير")."""
    out = []
    for a, b in zip(t.heads, [*t.heads[1:], t.t1], strict=False):
        if a < b:
            text = board.surface(a, b, head_cut(words, a) or 0)
            out.append(_closed(text, words.toks[b].gap if b < words.n else ""))
    return out


def _closed(text: str, gap: str) -> str:
    """The phrase with the closing mark of a name quoted at its end, which stands in the gap
    after its last word ('رئيس تحرير صحيفة "X"'), or of a body's short name in brackets
    ("ممثلة منظمة X (Y)")."""
    if text.count("(") > text.count(")") and gap.lstrip(" ").startswith(")"):
        return text + ")"
    closed = closed_marks(text)
    return closed if closed != text and gap.lstrip(" ").startswith(closed[-1]) else text


def attach(board: Board, words: Words, cards: list[Card]) -> None:
    """Each person card gets the titles around each of its name mentions."""
    for card in cards:
        if card.kind != "person":
            continue
        for m in card.names():
            # ("X، قائد Y، وZ": a title before a name opened by و is the person's before it)
            t = None if _after_wa(words, m) else before(board, words, m.t0, bracketed=True)
            if t is None:
                t = before_nationality(board, words, m.t0)
            if t is None and (k := _past_honorifics(words, m.t0)) < m.t0:
                t = before(board, words, k)  # "رئيس المجلس، الحاج X": the title before the form of address
            if t is None and not _after_wa(words, m):
                t = _occupation_before(board, words, m.t0)
            if t is not None:
                _add(card, text_of(board, words, t), words, t, board)
                one_role = t.t1 - t.t0 == 1 or (t.t1 - t.t0 == 2 and words.is_(t.t0 + 1, "nationality", bare=True))
                # (or a role of two words, its adjective or genitive definite: "المستشار القانوني"، "رجل الأعمال")
                two_words = t.t1 - t.t0 == 2 and words.toks[t.t0 + 1].definite and not words.is_(
                    t.t0 + 1, *_LINKS, bare=True)
                if all(words.is_(j, "honorific", "rank", bare=True) or in_long_head(words, j)
                       for j in range(t.t0, t.t1)) or ((one_role or two_words) and (
                           words.toks[t.t0].definite or two_words) and comma(words.toks[t.t0].gap)) or (
                        comma(words.toks[t.t0].gap) and t.t1 == m.t0 and not _opens_with_wa(words, t.t0)):
                    # ("رئيس الوفد، وكيل الوزارة، X": two roles set off in a row before the name)
                    # "الأمين العام للمجلس، الدكتور X"، "المتحدث باسم القوات، العقيد ركن X"، "محامي
                    # الدفاع، المحامي X": a title before the honorific, the rank (of one word or
                    # several) or a one-word role (with its nationality: "، الدبلوماسية الغانية X")
                    # set off by a comma is the name's too
                    _add_set_off_chain(board, words, card, t)
            t = after(board, words, m.t1, bracketed=True)
            if t is not None and t.t1 == t.t0 + 1 == m.t1 + 1 and plain(words.toks[t.t0].gap) and (
                    words.toks[t.t0].definite) and not person_at(board, t.t1):
                t = None  # "خاطب X | الوزير أمام …": a definite role noun alone, unmarked, is the verb's
                # object (one before a name is that name's: "… الملك X")
            if t is not None and _they_two_are(words, t.t0 - 1):
                first = _first_of_a_pair(board, words, m)
                if first is None:
                    t = None  # "X، وهما …" after one name: the two are other things
                else:
                    _add(first, text_of(board, words, t), words, t, board)  # "X وY، وهما عضوان في …"
            if t is not None:
                _add(card, text_of(board, words, t), words, t, board)
            if t is None and (t := before(board, words, m.t0)) is not None and _dual(words.toks[t.t0].norm):
                _share_dual(board, words, m.t1, text_of(board, words, t), t)
            for j in range(_past_honorifics(words, m.t0), m.t0):
                if words.toks[j].norm in honorific_titles():  # ("الدكتورة X": after her roles)
                    _add(card, text_of(board, words, Title(j, j + 1, (j,))), words, Title(j, j + 1, (j,)))


def _add_set_off_chain(board: Board, words: Words, card: Card, t: Title) -> None:
    """The roles set off by commas in a row before title t are the card's too, each closed by
    the comma that opens the next ("…، مساعد الوزير، رئيس اللجنة، المهندس X")."""
    for _ in range(_CHAIN):
        nxt = before(board, words, t.t0)
        if nxt is None or (nxt.t0 > 0 and comma(words.toks[nxt.t0].gap) and person_at(board, nxt.t0 - 1)
                           and not _opens_with_wa(words, nxt.t0)):
            return  # ("X، محافظ Y، والمهندس Z": the role set off after X is X's)
        _add(card, text_of(board, words, nxt), words, nxt, board)
        if not (comma(words.toks[nxt.t0].gap) and comma(words.toks[t.t0].gap)) or _opens_with_wa(words, nxt.t0):
            return
        t = nxt


def _occupation_before(board: Board, words: Words, i: int) -> Title | None:
    """"العداء الكيني X"، "المستثمرة X"، "المصرفي البريطاني X": a definite noun of an agent's
    shape (فاعل، فعّال، فعيل، مُ…) right before a name, maybe with a nationality or nisba after
    it — what the story calls the person, though the role lexicon does not list the word; so is
    a noun for a person of the story or a relative of any shape ("الطفل X"، "الزوج X")."""
    toks = words.toks
    for k in range(i - 1, max(-1, i - 4), -1):
        if not plain(toks[k + 1].gap) or not toks[k].definite or board.card_at(k) is not None:
            return None
        w = toks[k].norm
        if ((_definite_agent(words, k) and words.bare[k] <= RARE_NAME_CLASSES) or _definite_person_noun(toks[k])) and (
                words.reporting(k) is None) and not (k > 0 and _head_at(words, k - 1)) and _gender_fits(words, w, i):
            # (a word with a class of its own — a body's head, a month — is none, though the noisy
            # rare name lists may hold it ("الطالب"), nor a plural, a role's genitive, or a noun of
            # the other gender: "ويرأس الصحيفة X" is the paper he heads)
            return Title(k, i, (k,))
        if not (words.is_(k, "nationality", bare=True) or (w.endswith(("ي", "يه")) and len(w) > 5)):
            return None  # only its nationality or nisba stands between it and the name
    return None


def _definite_person_noun(t: Token) -> bool:
    """"الطفل X"، "الشاب X"، "الزوج X": a noun for a person of the story or a relative, with the
    article and no pronoun (`people_nouns`, `relatives` in anonymous.toml; not a plural)."""
    if not t.raw.startswith("ال"):
        return False
    w = t.norm[2:]
    return (w in word_set("anonymous", "people_nouns") or w in word_set("anonymous", "relatives")) and (
        w not in word_set("anonymous", "plural_relatives"))


def _gender_fits(words: Words, w: str, i: int) -> bool:
    """The noun's gender (ة feminine) fits the given name at i: a feminine noun a listed woman's
    name, a masculine one any name but a woman's."""
    feminine = w.endswith("ه")
    if words.is_(i, "given_f", bare=True) and not words.is_(i, "given_m", bare=True):
        return feminine
    if feminine:
        return False  # a feminine noun wants a woman's listed name ("المستثمرة X")
    return not words.is_(i, "given_f", bare=True)


def _opens_with_wa(words: Words, k: int) -> bool:
    """The title at k is read with و cut off ("، والمهندس X"): a list goes on, no apposition."""
    t = words.toks[k]
    return t.raw.startswith("و") and not words.is_(k, "title", "honorific", "rank", bare=True)


def _after_wa(words: Words, m: Mention) -> bool:
    """The mention opens with و cut off, right after a comma ("، وكارين X")."""
    t = words.toks[m.t0]
    return m.start > t.start and t.norm.startswith("و") and ("،" in t.gap or "," in t.gap)


@cache
def honorific_titles() -> frozenset[str]:
    """Forms of address that say what the person is — a degree, a profession, the pilgrimage
    (الدكتور، المهندس، الحاج) — and so are shown among the titles (``honorific_titles``)."""
    return frozenset(key(w) for w in load("titles")["honorific_titles"])


def _past_honorifics(words: Words, i: int) -> int:
    """Where the forms of address right before token i start ("الحاج"، "الدكتورة"، "السيد")."""
    k = i
    while k > 0 and i - k < 2 and plain(words.toks[k].gap) and words.is_(k - 1, "honorific", bare=True):
        k -= 1
    return k


def _they_two_are(words: Words, j: int) -> bool:
    """Token j is "وهما" before a noun in the dual ("وهما عضوان"، "وهما متطوعتان"): the
    predicate of "the two of them are"."""
    return 0 <= j < words.n - 1 and words.toks[j].norm == "وهما" and plain(words.toks[j + 1].gap) and (
        _dual(words.toks[j + 1].norm))


def _first_of_a_pair(board: Board, words: Words, m: Mention) -> Card | None:
    """The person named first of "X وY" (Y at mention m), maybe each after a title of its own
    ("النائب X والنائب Y"): the last person named before Y in the same sentence, when the word
    right after that name opens with و."""
    second = board.card_at(m.t0)
    for k in range(m.t0 - 1, max(-1, m.t0 - _PAIR_GAP), -1):
        if hard(words.toks[k + 1].gap):
            return None
        card = board.card_at(k)
        if card is not None and card.kind == "person" and card is not second:
            nxt = board.owner[k].t1
            return card if nxt <= m.t0 and words.toks[nxt].norm.startswith("و") else None
    return None


def _dual(w: str) -> bool:
    """A role noun in the dual ("المحاميتان"، "الطالبين"): the title of the two names after it."""
    return len(w.removeprefix("ال")) >= 5 and w.endswith(("ان", "ين", "تان", "تين"))


def _share_dual(board: Board, words: Words, k: int, text: str, t: Title) -> None:
    """"المحاميتان X وY": the person named after و right after the first name shares the dual title."""
    if k >= words.n or not plain(words.toks[k].gap) or not words.toks[k].norm.startswith("و"):
        return
    second = board.card_at(k)
    if second is not None and second.kind == "person" and board.owner[k].t0 == k:
        _add(second, text, words, t, board)


def before_nationality(board: Board, words: Words, i: int) -> Title | None:
    """"مدرب الفريق، الإسباني X": a title set off by a comma before the nationality that
    opens the name's apposition (the nationality, a word of neither, is not the title)."""
    k = i
    while k > 0 and i - k < 2 and words.is_(k - 1, "nationality", bare=True) and (
            words.toks[k - 1].norm.startswith("ال") and (k == i or plain(words.toks[k].gap))):
        k -= 1
    if k == i or not comma(words.toks[k].gap):
        return None
    return before(board, words, k)


def _add(card: Card, titles: list[str], words: Words, t: Title, board: Board | None = None) -> None:
    for title in titles:
        card.add_title(title)
    if board is not None:
        board.in_titles.update(range(t.t0, t.t1))

    for j in range(t.t0, t.t1):
        h = words.longest(j, ("nationality",))
        if h is not None and card.affiliation is None:
            card.affiliation = h.value
    gender_of(card, words)


@cache
def pronoun_referents() -> dict[str, frozenset[str]]:
    """A form of address as a pronoun's stem writes it (سمو، معالي، فخامت …) -> the role words
    of its holders (``pronoun_referents`` in titles.toml)."""
    out: dict[str, frozenset[str]] = {}
    for form, roles in load("titles")["pronoun_referents"].items():
        stem = key(form)
        stem = stem[:-1] + "ت" if stem.endswith("ه") else stem  # فخامة → فخامت (before the pronoun)
        out[stem] = frozenset(key(r) for r in roles)
    return out


@cache
def male_ta() -> frozenset[str]:
    """Role nouns in ة that name men ("العمدة"، "الخليفة": `masculine_in_ta`)."""
    return frozenset(key(w) for w in load("titles")["masculine_in_ta"])


def gender_of(card: Card, words: Words) -> None:
    """A person's gender from a title's role noun as written: "الوزيرة" (with ة) or its dual
    ("المحاميتان") is a woman, "الوزير" a man; "نظيره" ends in the pronoun ه ("his counterpart"), not in ة."""
    if card.gender == "f" or card.kind != "person":
        return
    names = card.names()
    first = key(names[0].surface).split() if names else []
    if len(first) >= 2 and first[0] in ("ام", "ابو", "ابي", "ابا"):
        card.gender = "f" if first[0] == "ام" else "m"  # a kunya tells: "أم X" is a woman whoever X is
        return
    if not card.titles:
        return
    heads = [t.split()[0].rstrip("\u064b-\u065f") for t in card.titles if t.split()]
    first = key(heads[0]).removeprefix("ال") if heads else ""
    if heads and (_feminine_head(heads[0]) or (_rank_only(words, first) and any(
            _feminine_head(h) and _role_only(words, key(h).removeprefix("ال")) for h in heads[1:]))):
        card.gender = "f"  # a rank news writes in the masculine for women too ("البروفيسور") makes no man
    elif heads and card.gender is None and not _masculine_dual(words, heads[0]) and not (
            first in word_set("titles", "common_gender_roles") and names and words.is_(
                names[0].t0, "given_f", "given_x", bare=True) and not words.is_(names[0].t0, "given_m", bare=True)):
        # (a masculine dual, "النائبين X وY", is said of a man and a woman too; so is "عضو" of one
        # whose given name is listed as a woman's or of either gender: "دعت عضو اللجنة سعاد X")
        card.gender = "m"


def _masculine_dual(words: Words, head: str) -> bool:
    """A listed role noun with the masculine dual ending ("النائبان"، "المحاميين")."""
    w = key(head)
    return _dual(w) and not _feminine_head(head) and any(
        w.endswith(end) and words.lexicon_has("title", w[: -len(end)]) for end in ("ان", "ين"))


def _rank_only(words: Words, form: str) -> bool:
    """An academic rank or form of address, no office ("البروفيسور"، "الدكتور"; not "الوزير"):
    written in the masculine for women too, so a feminine office after it decides."""
    forms = (form, "ال" + form)
    return any(words.lexicon_has(c, f) for c in ("rank", "honorific") for f in forms) and not any(
        words.lexicon_has("title", f) for f in forms)


def _role_only(words: Words, form: str) -> bool:
    """A role noun the lexicon lists, and no body's head noun ("مؤسسة" is a founder and an
    institution: a piece of a body's name cut off a title says nothing of the holder)."""
    forms = (form, "ال" + form)
    return any(words.lexicon_has("title", f) for f in forms) and not any(
        words.lexicon_has(cls, f) for cls in ("org_head", "org_head_weak", "media_head") for f in forms)


def _feminine_head(head: str) -> bool:
    if feminine_before_suffix(head):
        return True  # "رئيستها"، "مديرته"
    feminine_dual = head.endswith(("تان", "تين", "تا")) and len(key(head).removeprefix("ال")) >= 6
    # ("أم لخمسة أطفال"، "إحدى جارات X"; "والدة" ends in ة — "والده", his father, in ه)
    mother = key(head).removeprefix("ال") in ("ام", "احدي")
    return (head.endswith("ة") and key(head) not in male_ta()) or feminine_dual or mother


def _stem(w: str) -> str:
    """A role noun's stem for matching a description to a title: no article, no feminine or
    dual ending ("الوزيرة" ~ "وزير"، "نائبا" ~ "نائب")."""
    w = key(w)
    w = w[2:] if w.startswith("ال") and len(w) > 4 else w
    for end in ("ان", "ين", "ه", "ا", "ي"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: -len(end)]
    return w


def _dual_or_plural(head: str, stem: str) -> bool:
    """A role noun with a dual or sound plural ending ("المتهمين"، "النائبان"، "المراقبون")."""
    bare = key(head)
    bare = bare[2:] if bare.startswith("ال") else bare
    return bare != stem and bare.endswith(("ين", "ان", "ون", "ات")) and len(bare) >= 5


def _gender(w: str) -> str:
    """The gender a role noun shows as written (ة), whatever a possessive ه looks like."""
    return "f" if w.rstrip("\u064b-\u065f").endswith("ة") and key(w) not in male_ta() else "m"


def descriptions(board: Board, words: Words) -> None:
    """A role named with no name after it ("وشددت الوزيرة الأميركية"، "وقال رئيس المجلس …")
    refers back to the person last named with that role: it becomes their title too, and a
    reference to them."""
    n = words.n
    by_stem: dict[str, list[Card]] = {}  # the stem of each title's role noun → its holders
    for c in board.live():
        if c.kind == "person":
            for t in c.titles:
                if key(t):
                    first = key(t).split()[0]  # ("منسقتها": its coordinator, the role "منسقة")
                    by_stem.setdefault(_stem(unpossessed_role(lexicon(), first) or first), []).append(c)
    if not by_stem:
        return
    holders = _Holders(by_stem)
    heads = _head_positions(words)
    h, last = 0, len(heads)
    j = 0
    while j < n:
        while h < last and heads[h] < j:  # only a role noun opens a description
            h += 1
        if h == last:
            break
        j = heads[h]
        if board.owner[j] is not None or _person_named_in(board, words, j):
            j += 1
            continue
        definite = words.toks[j].readings[-1][0].startswith("ال") or words.toks[j].norm.startswith("ال")
        # "رئيس الجمهورية"، "رئيس مجلس إدارة البنك": in construct with a definite genitive, maybe
        # through indefinite nouns each in construct with the next
        e = j + 1
        while e < min(n, j + 4) and words.joined(e) and not words.toks[e].definite and (
                (board.owner[e] is None and inside(words, e)) or _named_body(board, e)):
            e += 1
        construct = e < n and words.joined(e) and words.toks[e].definite and not (
            e > j + 1 and j > 0 and words.joined(j) and not words.toks[j - 1].definite
            and words.is_(j - 1, "org_head", "org_head_weak", bare=True))  # ("ديوان | رئيس الهيئة": his office)
        if not definite and not construct and words.reporting(j - 1) is None:
            j += 1  # an indefinite role ("رئيس سابق") describes someone new; in construct with a
            continue  # definite genitive it is definite, as "الرئيس" is
        k = _phrase_end(board, words, j)
        head = words.toks[j].readings[-1][0] if head_cut(words, j) else words.toks[j].norm
        stem, gender = _stem(head), _gender(words.toks[j].raw)
        if _dual_or_plural(head, stem):
            j = k
            continue  # "المتهمين"، "النائبان": two or more, never the one person named before
        at = words.toks[j].start
        role = key(board.surface(j, k, head_cut(words, j) or 0)).split()
        ws = role[1:]
        best = holders.last_before(stem, at, gender, partial(_fits, _complement(ws), _genitive(role), _when(ws), stem))
        if best is not None:
            # (the title as the card shows it runs on past brackets and a body glued to ب, as attach reads it)
            whole = _phrase_end(board, words, j, bracketed=True)
            for title in text_of(board, words, Title(j, whole, (j, *_chained(words, j, whole)))):
                best.add_title(title)
            holders.mentioned(best, board.mention(best, j, k, head_cut(words, j) or 0, role="reference").start)
        j = k


def _complement(ws: list[str]) -> frozenset[str]:
    """The roots-ish of a role's complement words, without links and dating modifiers: no
    article or glued preposition, no nisba or plural ending ("للأمم" ~ "الأممي" ~ "أمم")."""
    out = set()
    for w in ws:
        if len(w) <= 2 or w in _COMPLEMENT_SKIP:
            continue
        if w.startswith("لل"):
            w = w[2:]
        elif w.startswith(("بال", "لال", "وال")):
            w = w[3:]
        w = w.removeprefix("ال")
        for end in ("يه", "ين", "ون", "ات", "ي", "ه"):
            if w.endswith(end) and len(w) - len(end) >= 3:
                w = w[: -len(end)]
                break
        out.add(w)
    return frozenset(out)


_COMPLEMENT_SKIP = frozenset(key(w) for w in ("في", "باسم", "لدى", "لشؤون", "السابق", "السابقة", "الأسبق",
                                              "الحالي", "الحالية", "الجديد", "الجديدة", "العام", "العامة"))


_FORMER = frozenset(key(w) for w in ("السابق", "السابقة", "الأسبق", "الأسبقة"))
_CURRENT = frozenset(key(w) for w in ("الجديد", "الجديدة", "الحالي", "الحالية"))


def _when(ws: list[str]) -> str | None:
    """Whether a role's words say it is held now ("الجديد"، "الحالي") or was ("السابق")."""
    return "former" if _FORMER.intersection(ws) else "current" if _CURRENT.intersection(ws) else None


def _fits(rest: frozenset[str], genitive: frozenset[str], when: str | None, stem: str, card: Card) -> bool:
    """A role with a complement ("رئيس مجلس الإدارة") refers back only to a holder of that
    role whose title shares a word of it, or whose title is the bare role; "the new
    president" is not the one titled "the former president", nor the other way round."""
    own_titles = [ws for ws in (key(t).split() for t in card.titles) if ws and _stem(ws[0]) == stem]
    if when is not None and own_titles and all(_when(ws[1:]) not in (None, when) for ws in own_titles):
        return False
    if not rest:
        return True
    if rank := rest & _ordinals():  # "المتهم الأول" is not the holder titled "المتهم الثاني"
        return any(_complement(ws[1:]) & rank for ws in own_titles)
    nationalities = _nationalities()
    for ws in own_titles:
        own = _complement(ws[1:])
        if not own:
            return True
        # A nationality is shared by every minister of a country: "وزير المالية الأردني" is not
        # the holder titled "وزير التخطيط الأردني" (their genitives differ, and neither holds
        # the other's), and "the French minister" is not the American one.
        ours, theirs = rest & nationalities, own & nationalities
        if ours and theirs and not ours & theirs:
            continue
        own_genitive = _genitive(ws)
        if genitive and own_genitive and not (genitive & own or own_genitive & rest):
            continue
        if own & rest:
            return True
    return False


def _genitive(ws: list[str]) -> frozenset[str]:
    """The definite genitive of a role in construct ("وزير | المالية"), as :func:`_complement`
    writes it; empty for a definite role ("الوزير الأردني"), whose next word is an adjective."""
    if len(ws) < 2 or ws[0].startswith("ال") or not ws[1].startswith("ال"):
        return frozenset()
    return _complement(ws[1:2])


@cache
def _nationalities() -> frozenset[str]:
    """Nationality adjectives as :func:`_complement` writes them ("الأردنية" → "اردن")."""
    # (the masculine and feminine singular and the plurals listed: the forms a role's
    # complement takes; every form adjective_forms makes would cost a cold start 10 ms)
    forms = [f for c in load("places")["countries"] for adj in c.get("adj", []) for f in (key(adj), key(adj) + "ه")]
    forms += [key(adj) for c in load("places")["countries"] for adj in c.get("adj_plural", [])]
    return _complement([f for f in forms if " " not in f])


@cache
def _ordinals() -> frozenset[str]:
    """Ordinals as :func:`_complement` writes them ("الأول" → "اول"): they tell two holders of one role apart."""
    return _complement([key(w) for w in load("names")["regnal"] if " " not in w])


class _Holders:
    """Each stem's holders' mentions sorted by offset, so the holder named last before a role
    is found by bisection (scanning every holder's mentions per role was quadratic)."""

    def __init__(self, by_stem: dict[str, list[Card]]) -> None:
        self.by_stem = by_stem
        self.rows: dict[str, list[tuple[int, int]]] = {}  # stem → (mention start, -holder's place)
        self.stems: dict[int, list[tuple[str, int]]] = {}  # id(card) → (stem, its place among the holders)
        for stem, cards in by_stem.items():
            first: dict[int, int] = {}
            for k, c in enumerate(cards):
                first.setdefault(id(c), k)
            rows = []
            for cid, k in first.items():
                self.stems.setdefault(cid, []).append((stem, k))
                rows.extend((m.start, -k) for m in cards[k].mentions)
            rows.sort()
            self.rows[stem] = rows

    def last_before(self, stem: str, at: int, gender: str, fits: Callable[[Card], bool]) -> Card | None:
        """The holder with the last mention before ``at`` (the first listed on a tie) whose
        gender does not clash and whose title the role fits."""
        rows = self.rows.get(stem, [])
        i = bisect_left(rows, (at,))
        tried: set[int] = set()
        while i > 0:
            i -= 1
            card = self.by_stem[stem][-rows[i][1]]
            if id(card) in tried:
                continue
            tried.add(id(card))
            if not (card.gender and card.gender != gender) and fits(card):
                return card
        return None

    def mentioned(self, card: Card, start: int) -> None:
        for stem, k in self.stems.get(id(card), ()):
            insort(self.rows[stem], (start, -k))


def _person_named_in(board: Board, words: Words, j: int) -> bool:
    """A person's name follows the role at once (the title was attached already), maybe set
    off by a comma behind a nationality ("الرئيس التنفيذي لبنك X، البريطاني Y،")."""
    k = _phrase_end(board, words, j)
    if k + 1 < words.n and comma(words.toks[k].gap) and words.is_(k, "nationality", bare=True) and (
            words.joined(k + 1) and person_at(board, k + 1)):
        return True
    gap_ok = k < words.n and (_joins(words.toks[k].gap) or comma(words.toks[k].gap) or _retired(words, k))
    r = k
    while gap_ok and r < words.n and r - k < 3 and not person_at(board, r) and ((words.is_(
            r, "rank", "honorific", bare=True) and (r == k or words.joined(r))) or _retired(words, r) or (
            r > k and words.joined(r) and words.is_(r - 1, "rank", bare=True)
            and words.is_(r, "ordinal", "title_modifier", bare=True))):
        r += 1  # "رئيس اللجنة العميد X"، "…، الملازم الأول X": a rank between the role and its holder's name
    return gap_ok and r < words.n and person_at(board, r)


def _body_glued_to_bi(board: Board, words: Words, k: int) -> bool:
    """Token k opens a body's name glued to ب ("أمين السر | بمجلس X"، "أستاذة في كلية X | بجامعة
    Y"): where the holder works, the title's last words."""
    m, card = board.owner[k], board.card_at(k)
    return (m is not None and card is not None and card.kind == "organization" and m.t0 == k
            and words.toks[k].norm.startswith("ب") and m.start > words.toks[k].start)


_PLACE_LINKS_AFTER_BRACKET = frozenset(["في", "الي", "لدي", "عن"])  # "منظمة X (Y) | في Z": where the office is


def _phrase_end(board: Board, words: Words, j: int, bracketed: bool = False) -> int:
    """One past the last word of the title phrase whose role noun is token j (with
    ``bracketed``, past a body's short name in brackets: "منظمة X (Y) في Z")."""
    k = j + 1
    n = words.n
    while k < n and k - j < _MAX and (_joins(words.toks[k].gap) or (bracketed and (
            _short_name_in_brackets(board, words, k) or (
                _short_name_in_brackets(board, words, k - 1) and _joins(words.toks[k].gap.replace(")", "", 1))
                and words.toks[k].norm in _PLACE_LINKS_AFTER_BRACKET)))) and not person_at(board, k) and (
        (bracketed and (_short_name_in_brackets(board, words, k) or _body_glued_to_bi(board, words, k))) or
        inside(words, k) or (_indefinite(words, k) and _open_chain(words, k) and _valid(words, j, k + 1))
        or (k > j + 1 and _named_body(board, k) and _named_body(board, k - 1))  # the rest of a body's name
        or _own_body(words, k) or _head_genitive_before_name(board, words, k)
    ) and not (_object_follows(board, words, k) and not (bracketed and _body_glued_to_bi(board, words, k)) and not (
            _closes_apposition(words, j, k))) and not (
            _occasion(words, k)) and not (k > j + 1 and _coordinated_role(words, k)) and not (
            _addressee_after_body(board, words, k)):
        k += 1
    return _unlinked_end(words, j, k)


def _closes_apposition(words: Words, j: int, k: int) -> bool:
    """"X، مدير مدرسة في الحي | القديم، إن": the title set off by commas, and token k the last word
    before the closing comma — the complement's adjective, since the clause's verb and its object
    stand outside the commas."""
    opened = words.toks[j].gap  # (after an age in brackets too: "X (52 عاما)، …")
    return ("،" in opened or "," in opened) and k + 1 < words.n and comma(words.toks[k + 1].gap) and (
        words.toks[k].norm.startswith("ال"))


def tribe_name_end(words: Words, i: int) -> int:
    """The end of a tribe's name opening at token i right after its head ("عشيرة | آل X"، "قبيلة |
    X"): one word, or a tribal prefix and one word; i itself when no tribe's head stands before."""
    toks = words.toks
    if i == 0 or i >= words.n or not plain(toks[i].gap) or key(toks[i - 1].norm) not in _tribe_words("tribe_heads"):
        return i
    if toks[i].norm in _tribe_words("tribe_prefixes") and i + 1 < words.n and plain(toks[i + 1].gap):
        return i + 2
    return i + 1


def tribe_heads() -> frozenset[str]:
    """Heads of a tribe's name ("قبيلة"، "عشيرة"), in their key form."""
    return _tribe_words("tribe_heads")


@cache
def _tribe_words(name: str) -> frozenset[str]:
    return frozenset(key(w) for w in load("anonymous")[name])


def _head_genitive_before_name(board: Board, words: Words, k: int) -> bool:
    """"مدير عام مديرية | حريب | عبدالله …": a word no lexicon lists as a given name after an
    indefinite head of a body or place, right before the holder's name — the head's genitive."""
    if k + 1 < words.n and person_at(board, k + 1) and (
            tribe_name_end(words, k) == k + 1 or (k > 1 and tribe_name_end(words, k - 1) == k + 1)):
        return True  # "شيخ عشيرة | البو X | Y": the tribe's name, the sheikh's after it
    if 0 < k < words.n - 1 and comma(words.toks[k + 1].gap) and person_at(board, k + 1) and words.joined(k) and (
            not words.toks[k].definite and words.bare[k] <= NAME_CLASSES - {"given", "given_m", "given_f"}
            and board.card_at(k) is None and not any(f in common_words() for f, _ in words.toks[k].readings)):
        return True  # "منسقة المخيمات في | X، Y،": a word only a place's name can be closes the title set
        # off before its holder
    return (0 < k < words.n - 1 and not words.toks[k - 1].definite and plain(words.toks[k].gap)
            and words.is_(k - 1, "org_head", "org_head_weak", "place_head", "place_transparent", bare=True)
            and not words.is_(k, "given", bare=True) and person_at(board, k + 1))


def _addressee_after_body(board: Board, words: Words, k: int) -> bool:
    """"رئيس مجلس إدارة البنك | للعملاء": ل + a definite word right after a body's whole name,
    which its own name did not take in — whom the clause addresses, not the title's."""
    m = board.owner[k - 1] if k > 0 else None
    card = board.card_at(k - 1)
    w = words.toks[k].norm
    if m is not None and words.toks[m.t0].norm.endswith("وزاره") and not w.endswith(("ين", "ون")):
        return False  # "وكيل وزارة X | للتخطيط"، "| للشؤون الفنية": the portfolio of a ministry's officer
    return (m is not None and card is not None and card.kind == "organization" and m.t1 == k
            and w.startswith("لل") and board.owner[k] is None)


def _unlinked_end(words: Words, j: int, k: int) -> int:
    """A title phrase does not end on a linking word ("الوزير في | مؤتمر صحفي"): the link
    opened an adjunct, not the title's complement."""
    while k > j + 1 and (words.is_(k - 1, *_LINKS, bare=True) or words.toks[k - 1].norm in _place_links()):
        k -= 1  # (and "إلى": "وأشار الشيخ إلى | أن …" is the verb's complement)
    link = next((x for x in range(k - 1, j, -1) if words.is_(x, *_LINKS, bare=True)), None)
    if link is not None and not any(words.toks[x].definite or words.is_(x, *_INSIDE) or _own_body(words, x)
                                    for x in range(link + 1, k)):
        # "الناشطة في مجال حقوق المرأة" closes on a definite genitive; "الوزير في مؤتمر صحفي"
        # on none: the link opened an adjunct
        return _unlinked_end(words, j, link)
    return k
