"""Speakers the quote stage found no card for, decided by the actor stage.

The quote stage hands over the tokens where a reporting verb's subject stands.  The noun
phrase that opens them becomes: a back-reference to an unnamed source introduced before
("وقال المصدر") or to a person by one of their titles ("وقال الوزير"); an unnamed source
("مسؤول في وزارة الداخلية"، "مصادر مطلعة"); a group ("المحتجون"، "عدد من الخبراء"); a person
the tagger reads as one; or nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from functools import cache
from itertools import takewhile

from .. import lexicon
from ..doc.normal import key
from ..doc.shapes import verbal_noun_shape
from ..doc.tokens import aside_dash, comma, plain, quote
from ..lexicon.index import lexicon as words_lexicon
from ..models.common import common_words
from . import lists, orgs, titles
from .board import Board, Card
from .registry import Registry
from .words import (
    NAME_CLASSES,
    POSSESSIVE,
    RARE_NAME_CLASSES,
    Words,
    feminine_before_suffix,
    groups_of_people,
    manner_noun,
    possessed_base,
    prepositions,
    suffixed_particles,
    unpossessed_role,
)

_MAX = 8
_LATIN_AFTER_LAM = re.compile(r"لـ?[A-Za-z0-9]")
_FEW = ("عده", "بضعه")  # عدة، بضعة: they govern an indefinite plural directly, with no من
_DESCRIBED_REACH = 400  # tokens back within which "المرأة" finds the "امرأة" it refers to
_GENERAL = frozenset(["العام", "العامه"])
_SAME = frozenset(["نفسه", "نفسها", "ذاته", "ذاتها", "نفسهم", "ذاتهم"])
_SAME_BEFORE = frozenset(["ذات", "نفس"])  # "ذات المسؤول"، "نفس المصدر": "the same", written before the noun
# "هذا المسؤول"، "هؤلاء الخبراء": a demonstrative before a definite noun points back, as "the same" does
_DEMONSTRATIVES = frozenset(key(w) for w in ("هذا", "هذه", "هؤلاء", "ذلك", "تلك", "أولئك"))
_HIS_HER = ("ه", "ها", "هم", "هما", "هن")  # possessive pronouns as written ("والدته", not "والدة")
GUARDIANS = frozenset(["ولي", "وليه"])  # ولي، ولية (the normal form writes ة as ه), before "أمر"


_RANKED = frozenset({key("برتبة"), key("بدرجة")})  # "with the rank of", "with the grade of"


def _place_at(board: Board, words: Words, k: int) -> bool:
    """Token k opens a place: a listed or carded one, or a territory's head noun ("قرية X")."""
    if k >= words.n:
        return False
    card = board.card_at(k)
    return (card is not None and card.kind == "place") or words.is_(
        k, "country", "capital", "city", "gaz_place", "region", bare=True) or (
        words.toks[k].norm.removeprefix("ال") in lexicon.word_set("organizations", "territory_heads"))


@cache
def _links() -> frozenset[str]:
    return frozenset(key(w) for w in lexicon.load("anonymous")["links"])


@cache
def _np_stop() -> frozenset[str]:
    words = lexicon.load("reporting_verbs")["words"]
    return frozenset(key(w) for w in [*words["np_stop"], *words["adjunct"]]) - _links()


@cache
def _honorific() -> frozenset[str]:
    return frozenset(key(w) for w in lexicon.load("reporting_verbs")["words"]["honorific"])


@cache
def _not_person() -> frozenset[str]:
    said = lexicon.load("reporting_verbs")["words"]
    # (a statement, "وأضاف البلاغ", speaks for its issuer: no person either)
    return frozenset(key(w).removeprefix("ال") for w in (*said["not_person"], *said["statement"]))


_ACCUSATIVE_AFTER = frozenset(["ان", "لكن", "ولكن", "بان"])  # إنّ/أنّ/لكنّ: their subject takes the accusative


def _bare(w: str) -> str:
    """A noun without the article or its accusative ending ("مسؤولا" → "مسؤول")."""
    w = w.removeprefix("ال")
    return w[:-1] if len(w) >= 4 and w.endswith("ا") else w


def subject_phrase(board: Board, words: Words, a: int, b: int, cut: int = 0) -> tuple[int, int] | None:
    """The noun phrase opening tokens [a, b): a head and what qualifies it.  An unnamed
    source's head takes only adjectives and one linked complement ("مسؤول رفيع في الوزارة"),
    so a verb after it ("مصدر مصرفي تحدث …") stays out."""
    got = _subject_phrase(board, words, a, b, cut)
    if got is not None:
        got = got[0], _participle_pronoun_end(words, got[1], b)  # "أحد المجني | عليهم"
    if got is not None and got[1] - got[0] >= 2 and _sound_plural_before_definite(words, got[0]):
        return got[0], got[0] + 1  # "وطالب مزارعون | الحكومة بـ…": the verb's object after its subject
    if got is not None and got[1] - got[0] >= 2 and words.toks[got[0]].definite and (
            orgs.head_at(words, got[0]) is not None) and (orgs.never_adjective(words, got[0] + 1) or (
            words.toks[got[0] + 1].definite and words.toks[got[0] + 1].norm.endswith(("ين", "ون"))
            and not words.toks[got[0]].norm.endswith(("ات", "ين", "ون")))):
        # "وناشدت الوزارة | المواطنين"، "| المزارعين": a body's head alone, then its verb's object
        # (a masculine plural agrees with no singular head)
        return got[0], got[0] + 1
    return got


def _subject_phrase(board: Board, words: Words, a: int, b: int, cut: int = 0) -> tuple[int, int] | None:
    toks = words.toks
    i = a
    while i < b and toks[i].norm in _honorific() and not (
            toks[i].norm in ("صاحب", "صاحبه") and i + 1 < b and not toks[i + 1].definite):
        i += 1  # ("صاحب محل": the owner of a shop; "صاحب السمو" is the form of address)
    if i + 1 < b and (toks[i].norm in _SAME_BEFORE or toks[i].norm in _DEMONSTRATIVES) and (
            toks[i + 1].definite and plain(toks[i + 1].gap)):
        i += 1  # "وتابع ذات المسؤول"، "وأضاف نفس المصدر"، "ويتوقع هؤلاء المحللون": the noun referred back to
    if i >= b and b - a == 1 and (_bare(toks[a].norm) in people_nouns() or toks[a].norm in titles.honorific_titles()):
        # "وقالت السيدة": no name follows the form of address, so it is the lady herself; a form
        # of address that tells a profession ("وأضاف المهندس") refers back to one described so
        i = a
    if i >= b or i >= words.n or len(toks[i].norm) < 2:
        return None
    if toks[i].norm in collective_pronouns():
        return i, i + 1  # "ويرى البعض أن …": a collective standing alone
    if (counted_by(toks[i].norm) or _cardinal_of(words, i, b)) and (got := _collective(board, words, i, b)) is not None:
        return got  # (in the accusative too: "لكن عددا من …"; "ثلاثة من سكان الحي": a number of them)
    if toks[i].norm in _cardinals() and i + 1 < b and plain(toks[i + 1].gap) and (
            ((hit := words.longest(i + 1, ("anon",), max_cut=0)) is not None and hit.start == i + 1)
            or _counted_role(words, i + 1)):
        # "ثلاثة مصادر في التحالف"، "أربعة دبلوماسيين غربيين"، "أربعة مندوبين لدى المنظمة": a number
        # and the sources or holders of a role it counts
        end = hit.end if hit is not None and hit.start == i + 1 else i + 2
        while end < b and plain(toks[end].gap) and not toks[end].definite and _qualifies(words, end):
            end += 1
        return i, _linked_complement(board, words, end, b)
    if i + 1 < b and one_of_a_plural(words, i):
        return i, i + 2  # "أحد المحتجين": one of a group (a stop word alone)
    if (end := one_of_someones(board, words, i, b)) > i:
        return i, end  # "أحد أقارب X"، "أحد محامي الدفاع": one of someone's people
    if toks[i].norm in kin_nouns() and (end := _some_of_them(words, i + 1, b)) > i + 1:
        # "شقيق أحد الموقوفين"، "والدة إحدى الطالبات"، "والد ثلاثة من المصابين": a relative of
        # one (or some) of them
        while end < b and plain(toks[end].gap) and toks[end].definite and _of_the_genitive(words, end):
            end += 1
        return i, _participle_pronoun_end(words, end, b)
    if words.is_(i, "stop", "never", bare=True) or words.reporting(i) is not None or toks[i].norm.isdigit():
        return None
    if _office_of_a_community(words, i):
        # "النواب التركمان | في البرلمان": the plural, its community and adjectives, one linked complement
        end = i + 2
        while end < b and toks[end].definite and _qualifies(words, end) and plain(toks[end].gap):
            end += 1
        return i, _linked_complement(board, words, end, b) if end < b else end
    anon = source_noun(words, i) or (
        bool(cut) and i == a and any(h.cls == "anon" and h.cut == cut for h in words.doc.hits[i]))
    office = anon and i + 1 < b and plain(toks[i + 1].gap) and words.is_(i + 1, "title", "rank", bare=True)
    if words.is_(i, "title", "title_possessive", "rank") and (not anon or office):
        # ("نائب" is an MP and a deputy: before another role, "نائب الرئيس", it is the deputy's title)
        t = titles.after(board, words, i)  # a role noun takes its title phrase
        if t is not None and t.t1 > i + 1:
            end = _object_cut(board, words, i, min(t.t1, b))
            if not titles.person_at(board, end):
                # "وسأل رئيس المحكمة | المتهم": a second definite role after a definite genitive, no
                # name after it, is the verb's object
                end = next((k for k in range(i + 2, end) if toks[k].definite and toks[k - 1].definite
                            and titles.head_cut(words, k) is not None), end)
            if end - 1 > i and _told_outlet(board, words, end - 1):
                end -= 1  # "وقالت والدة المتهم | للإذاعة": لـ + an outlet is whom she told
            elif end - 2 > i and _told_outlet(board, words, end - 2) and key(toks[end - 1].norm) in _outlet_endings():
                end -= 2  # "قائممقام القضاء | لـX نيوز إن": the outlet's name in two words
            if end < min(b, words.n) and toks[end].norm in _OTHER and plain(toks[end].gap) and not toks[i].definite:
                end += 1  # "صحفي آخر"، "شقيق متهم آخر": "another", one of the description
            if end < b and not toks[i].definite:
                end = _describing_clause_end(board, words, end, b)  # "حارس آخر | كان يقف عند البوابة"
            # "وقالت مديرة المدرسة | لـ«إذاعة X»": a detached لـ before an outlet's name, the same
            end = next((k for k in range(i + 1, end) if toks[k].norm == "ل" and (
                _outlet_at(board, k + 1) or (k + 1 < words.n and _MARK_OPEN(toks[k + 1].gap)
                                             and _completed(words, i, k)))), end)
            return i, _age_tail(words, end)
    j = i + 1
    link_at = -1
    while j < b and j - i < _MAX and (plain(toks[j].gap) or _same_mention(board, j)) and not aside_dash(toks[j].gap):
        w = toks[j].norm
        if w in anonymous_words("met_by"):
            break  # "مواطنون | التقتهم الصحيفة": whom the outlet met, not who they are
        if link_at >= 0 and board.owner[j] is not None and board.owner[j] is board.owner[j - 1]:
            j += 1  # "في الجمعية التعاونية | في مدينة X": the complement's body named with its seat
            continue
        if w in _SAME or len(w) < 2:
            break  # "نفسه"; a detached proclitic ("لـ") opens a prepositional phrase
        if w in _links() and j + 1 < b and toks[j + 1].norm.removeprefix("ال") in titles.speech_events():
            break  # "الاتحاد | في البيان الختامي": where it spoke, not who
        if toks[i].norm in anonymous_words("witness_heads") and link_at < 0 and (w in ("في", "داخل") or (
                w == "من" and _place_at(board, words, j + 1))):
            break  # "شهود عيان | في البلدة"، "| من قرية X": where the witnesses were, not who they are
            # (they may be "من الجيران": from among the neighbours, which says who)
        if w in _links() and link_at < 0:
            link_at = j
            j += 1
            continue
        if anon and w in _RANKED and j + 1 < b and plain(toks[j + 1].gap) and not toks[j + 1].definite and not (
                words.is_(j + 1, "stop", "never", bare=True) or words.reporting(j + 1) is not None):
            j += 2  # "ضابط برتبة عقيد"، "مسؤول بدرجة وزير": the rank is part of who the source is
            continue
        if anon and link_at < 0 and suffixed_particles().get(w) in _links():
            j += 1  # "مقربون منه"، "مصادر قريبة منها": the pronoun completes the link
            break
        if anon and link_at < 0 and w.startswith("بال") and ("ال" + w[3:], 1) in toks[j].readings and len(w) > 5:
            link_at = j  # "مسؤول بالهيئة": the link glued to its complement
            j += 1
            continue
        if anon and link_at < 0 and w[:1] == "ب" and (m := board.owner[j]) is not None and m.t0 == j and (
                m.start > toks[j].start):
            link_at = j  # "مصدر بمديرية الصحة": ب glued to a body's name that follows whole
            j += 1
            continue
        if anon and link_at < 0 and w[:1] == "ب" and board.owner[j] is None and j + 1 < b and (
                (h := orgs.head_at(words, j)) is not None and h[1] == 1 and not h[3]) and (
                plain(toks[j + 1].gap) and words.reporting(j + 1) is None):
            link_at = j  # "موظف بديوان عام ولاية X": ب glued to a body's head in construct
            j += 1
            continue
        if anon and link_at < 0 and w[:1] == "ب" and board.owner[j] is None and j + 1 < b and plain(
                toks[j + 1].gap) and board.owner[j + 1] is not None and board.owner[j + 1].t0 == j + 1 and (
                (pl := board.card_at(j + 1)) is not None and pl.kind == "place") and any(
                c == 1 and (words.lexicon_has("place_head", f) or f in lexicon.word_set(
                    "organizations", "territory_heads")) for f, c in toks[j].readings):
            link_at = j  # "مسؤول بميناء | X"، "موظف بولاية | X": ب glued to a place's head, the place named after it
            j = board.owner[j + 1].t1
            break
        if anon and link_at < 0 and w[:1] == "ب" and board.owner[j] is None and j + 1 < b and plain(
                toks[j + 1].gap) and toks[j + 1].definite and board.card_at(j + 1) is None and (
                w[1:], 1) in toks[j].readings and len(w) >= 5 and w[1:] in common_words() and not (
                words.is_(j, "stop", "never", "temporal", bare=True)):
            link_at = j  # "مسؤولون بقطاع الصحة": ب glued to a noun in construct with a definite one
            j += 1
            continue
        if anon and link_at < 0 and w in ("باحد", "باحدي") and j + 1 < b and plain(toks[j + 1].gap) and (
                toks[j + 1].definite or _one_of_in_construct(board, words, j + 1, b)):
            link_at = j  # "مصدر بإحدى شركات التوزيع"، "موظف بأحد البنوك": ب glued to "one of", the complement
            j += 1  # goes on, as after "في إحدى"
            continue
        if anon and j > i + 1 and _LATIN_AFTER_LAM.match(toks[j].raw):
            break  # "مصادر في الشركة | لـXYZ عربية": لـ on a name in Latin letters is whom they told
        if anon and link_at < 0 and w[:1] == "ل" and (m := board.owner[j]) is not None and m.t0 == j and (
                m.start > toks[j].start):
            break  # "شهود عيان لقناة X": لـ on a body's name is whom they told, not who they are
        if anon and j > i + 1 and (link_at < 0 or j > link_at + 1) and board.owner[j] is not None and (
                board.owner[j] is not board.owner[j - 1]) and board.owner[j].t0 == j and _outlet_at(board, j) and (
                board.owner[j].start == toks[j].start):
            break  # "وأبلغ مسؤول في هيئة X | رويترز"، "وأفاد مسؤول قضائي رفيع | X بأن": an outlet named right
            # after a source's description is whom the source told (the verb's object), no part of it
        if anon and link_at >= 0 and (j > link_at + 1 or toks[link_at].norm not in _links()) and (
                _told_outlet(board, words, j)):
            break  # "مصادر في البلدية | لسانا"، "مسؤول بالبلدية | لموقعنا": after the complement (or
            # the link glued to it), whom they told
        if anon and link_at < 0 and (words.is_(j, "anon_adj") or _dual_of_anon_adjective(words, j)):
            j += 1  # "مصدر مطلع": the source's own adjective, though "مطلع" also opens an adjunct
            if j < b and toks[j].norm in ("علي", "على") and plain(toks[j].gap):
                link_at = j  # "مصادر مطلعة على المحادثات": the adjective's own complement
                j += 1
            continue
        if link_at >= 0 and w in ("في", "لدي") and toks[j - 1].definite and j + 1 < b and plain(toks[j + 1].gap) and (
                words.is_(j + 1, "country", "capital", "city", bare=True)):
            j += 2  # "متحدث باسم السفارة الكندية في عمان": where the body of the complement sits
            break  # (after لدى, the state a mission is accredited to: "… بعثة X لدى Y")
        if link_at >= 0 and w == "في" and toks[j - 1].definite and j + 1 < b and plain(toks[j + 1].gap) and (
                (place := board.card_at(j + 1)) is not None and place.kind == "place"
                and board.owner[j + 1].t0 == j + 1):
            j = min(b, board.owner[j + 1].t1)  # "… في مدينة X"، "… في محافظة X": the place named whole
            break
        if link_at >= 0 and (w in _GENERAL or (j - 1 == link_at and w in ("عام", "عامه"))) and (
                toks[j - 1].definite or j - 1 == link_at or words.is_(
                j - 1, "country", "capital", "city", "gaz_place", bare=True)) and not (
                j + 1 < words.n and (toks[j + 1].norm in lexicon.time_modifiers() or toks[j + 1].norm.isdigit())):
            j += 1  # "مصدر طبي في مستشفى المدينة العام": "general", not "the year" ("العام الماضي")
            continue
        if link_at == j - 1 and w in ("داخل", "خارج") and toks[j - 1].norm == "من" and j + 1 < b and (
                plain(toks[j + 1].gap)):
            j += 1  # "مصدر من داخل الاتحاد": from inside the body, the complement goes on
            continue
        if link_at == j - 1 and w in ("احد", "احدي") and j + 1 < b and plain(toks[j + 1].gap) and (
                toks[j + 1].definite or _one_of_in_construct(board, words, j + 1, b)):
            j += 1  # "| أحد البنوك"، "| إحدى شركات الصرافة": one of the bodies, the
            continue  # complement goes on
        if (link_at == j - 1 or (j == i + 1 and construct_plural_shape(toks[i].norm))) and counted_by(w) and (
                j + 2 < b and toks[j + 1].norm == "من" and plain(toks[j + 1].gap)):
            # "خبراء في | عدد من مصانع X"، "ممثلو | عدد من النقابات": some of the bodies, the
            # complement goes on
            j += 2
            continue
        if link_at >= 0 and toks[j - 1].definite and j + 1 < b and orgs.negated_adjective(words, j):
            j += 2  # "مصدر في هيئة مراقبة التجارة | غير المشروعة": one adjective of the noun before,
            break  # which ends the description
        if w == "من" and j + 1 < b and toks[j + 1].norm.startswith("عمر") and plain(toks[j + 1].gap) and (
                link_at >= 0):
            j += 2  # "بائع في السبعينيات | من عمره": the age a described person is of
            continue
        if w in _OTHER and not toks[i].definite and plain(toks[j].gap):
            j += 1  # "حارس مرمى آخر"، "مهندسون آخرون في الورشة": "another", one of the description
            continue
        if link_at >= 0 and toks[j - 1].definite and w in anonymous_words("relational_participles") and (
                j + 1 < b and plain(toks[j + 1].gap)) and (
                e := _participle_complement_end(board, words, j + 1, b)) > j + 1:
            j = _seat_after(board, words, e, b)  # "مسؤول في الإدارة المحلية | التابعة للجيش | بمحلية X"
            break
        if link_at >= 0 and toks[j - 1].definite and toks[j - 1].norm.startswith("الم") and (
                w in _PARTICIPLE_PRONOUNS) and j > link_at + 1:
            # "موظف في المجلس المعترف | به | دوليا": a participle's complement is a pronoun of the noun
            # it qualifies, and its adverb may follow
            j += 1
            if j < b and plain(toks[j].gap) and not toks[j].definite and toks[j].norm.endswith("يا") and (
                    len(toks[j].norm) >= 5 and words.bare[j] <= {"surname_rare"}):
                j += 1
            break
        if j > i + 1 and words.is_(j, "temporal", "weekday", "month", bare=True):
            break  # "مسؤولون بقطاع الصحة | يوم الأحد": when they spoke, not who they are
        if w in _np_stop() or words.reporting(j) is not None or words.is_(j, "stop", "never", bare=True):
            break
        if toks[j - 1].definite and toks[j].definite and not _adjective_shape(words, j) and (
                board.owner[j] is None or board.owner[j] is not board.owner[j - 1]):
            # "ورفضت الحكومة القرار"، "مسؤولون في الوزارة الاتهامات": a definite word governs no
            # definite noun (only adjectives agree with it) — the verb's object starts there
            break
        if link_at >= 0 and _present_verb(words, j):
            break  # "مسؤول في الوزارة | يرافق الوفد …": the source's own clause, not its name
        if link_at >= 0 and j > link_at + 1 and _feminine_present_verb(words, j):
            break  # "مسؤول في منظمة إغاثية | تعمل في X": the body's own clause, not the source's name
        if link_at >= 0 and j > link_at + 1 and w[:1] == "ب" and not w.startswith("بال") and (
                board.owner[j] is None and (w[1:], 1) in toks[j].readings and w[1:] in common_words()
                and not words.is_(j, "place_head", "org_head", "org_head_weak", "media_head", "title")):
            break  # "مسؤول في الوزارة | بوجود التأخير": ب on a common noun after the complement opens
            # the verb's object (a seat is a place's or body's head: "| بمحافظة X")
        if link_at >= 0 and j > link_at + 1 and toks[j - 1].definite and not toks[j].definite and (
                board.owner[j] is None and not words.bare[j] and len(w) >= 3 and w[0] not in "لبو"):
            break  # "موظفون في الشركة | حجم الضرر": an indefinite noun after the complement's
            # definite one qualifies nothing in it (adjectives agree) — the verb's object starts there
        if j > i + 1 and not toks[j].definite and (
                (w.endswith("وا") and len(w) >= 4) or (j + 1 < words.n and toks[j + 1].norm == "عدم")):
            break  # "نواب في اللجنة | طلبوا …"، "مسؤول في X | فضل عدم الكشف …": the source's verb
        if j == link_at + 1 and not toks[j].definite and j + 1 < words.n and toks[j + 1].norm.isdigit():
            j = link_at  # "مصادر طبية | عن مقتل 12": what they told of, no complement of theirs
            break
        if j == link_at + 1 and not toks[j].definite and toks[j].raw.endswith(POSSESSIVE) and len(w) >= 4 and not (
                _possessed_body(words, j)):
            j = link_at  # "الكاتب في مقاله": where it was said (his article), not who said it
            break
        if anon and link_at < 0 and j == i + 1 and not toks[i].definite and _one_of_in_construct(
                board, words, j, b) and not words.is_(j, "stop", "never", "temporal", "weekday", "month", bare=True):
            # "نواب دوائر | الشمال"، "مصادر مكتب | الوزير": the source noun in construct with a chain of
            # two, an indefinite noun and the definite one it governs, with that one's adjectives
            j += 2
            while j < b and plain(toks[j].gap) and toks[j].definite and _qualifies(words, j):
                j += 1
            break
        if anon and link_at < 0 and j == i + 1 and not toks[i].definite and (
                toks[j].definite or _named_whole_at(board, j)) and not (
                _qualifies(words, j) or words.is_(j, "stop", "never", "temporal", "weekday", "month", bare=True)
                or words.reporting(j) is not None):
            # "مصادر الوزارة"، "أوساط حزب X": the source noun in construct with its genitive — the
            # body or place named whole, or a definite noun and its adjectives
            m = board.owner[j]
            j = m.t1 if m is not None and m.t0 == j else j + 1
            while j < b and plain(toks[j].gap) and toks[j].definite and _qualifies(words, j):
                j += 1
            break
        if anon and link_at < 0 and not _qualifies(words, j):
            j = _describing_clause_end(board, words, j, b)
            break
        j += 1
    while j > i + 1 and toks[j - 1].norm in _links():
        j -= 1
    return i, _age_tail(words, j)


def _one_of_in_construct(board: Board, words: Words, k: int, b: int) -> bool:
    """After أحد/إحدى, token k is an indefinite plain noun in construct with a definite word
    ("إحدى شركات | الصرافة"، "أحد مصارف | العاصمة"): the bodies one of which is meant."""
    toks = words.toks
    return k + 1 < b and plain(toks[k + 1].gap) and toks[k + 1].definite and _plain_indefinite_noun(
        board, words, k) and not _qualifies(words, k) and not words.is_(k + 1, "stop", "never", "temporal", bare=True)


def _participle_complement_end(board: Board, words: Words, k: int, b: int) -> int:
    """The end of a relational participle's complement at token k: لـ glued to a definite noun
    and its adjectives ("للجيش"، "للحكومة المؤقتة") or to a body's or place's name, or في and
    the noun phrase after it; k where none is there."""
    toks = words.toks
    w = toks[k].norm
    m, card = board.owner[k], board.card_at(k)
    if w[:1] == "ل" and m is not None and card is not None and card.kind in ("organization", "place") and m.t0 == k:
        return min(b, m.t1)
    if w.startswith("لل") and len(w) >= 5 and card is None and not words.is_(k, "stop", "never", bare=True):
        e = k + 1
        while e < b and plain(toks[e].gap) and toks[e].definite and board.card_at(e) is None and (
                _adjective_shape(words, e)):
            e += 1
        return e
    if w == "في" and k + 1 < b and plain(toks[k + 1].gap):
        e = _genitive_end(board, words, k + 1, b)
        return e if e > k + 1 else k
    return k


# a preposition with the pronoun of the noun a participle qualifies ("المعترف بها"، "المقرب منه")
_PARTICIPLE_PRONOUNS = frozenset(["به", "بها", "بهم", "له", "لها", "لهم", "عليه", "عليها", "عليهم", "منه", "منها",
                                  "منهم"])


def _named_whole_at(board: Board, j: int) -> bool:
    """A body or place is named from token j on, with no proclitic before its name."""
    m, card = board.owner[j], board.card_at(j)
    return m is not None and card is not None and card.kind in ("organization", "place") and m.t0 == j and (
        m.start == board.doc.tokens[j].start)


def _describing_clause_end(board: Board, words: Words, j: int, b: int) -> int:
    """Past the clause that describes an indefinite unnamed head at token j ("خبير | شارك في
    وضع الخطة"، "صيدلانية | تعمل في مستوصف"): after an indefinite noun a relative clause takes
    no الذي, and what it tells is who the source is — up to the verb of speech's complement,
    short of whom the source told ("لوكالة X").  j itself where no verb opens one, the clause runs
    long, or it is the source's wish to stay unnamed ("فضل عدم كشف هويته")."""
    toks = words.toks
    if b - j < 2 or not _verb_form(words, j):
        return j
    aside = next((k for k in range(j + 2, b) if comma(toks[k].gap) and any(
        toks[m].norm == "عدم" or toks[m].norm in anonymous_words("identity_words") for m in range(k, b))), None)
    if aside is not None:
        b = aside  # "مستشار شارك في صياغة X | ، رفض كشف هويته،": the clause ends before the aside
    if b - j > _CLAUSE_MAX:
        return j
    nxt = toks[j + 1]
    if not (nxt.norm in _links() or nxt.norm in ("علي", "على", "الي", "مع") or nxt.definite or (
            any(c and r.startswith("ال") for r, c in nxt.readings)) or (
            _verb_form(words, j + 1) and nxt.norm[0] in "يت")):  # ("كان | يعمل": a past and its present)
        return j  # the verb's object or preposition follows it: a clause, not a noun's genitive
    for k in range(j + 1, b):
        if not plain(toks[k].gap) or toks[k].norm == "عدم" or toks[k].norm in anonymous_words("identity_words"):
            return j
        if (card := board.card_at(k)) is not None and card.kind == "person":
            return j
        if _told_outlet(board, words, k):
            return k if k > j + 1 else j
    return b


_CLAUSE_MAX = 7  # words of a describing clause, its verb included


def _verb_form(words: Words, j: int) -> bool:
    """Token j is shaped as a verb no lexicon lists: a present ("يعمل"، "تدرس") or a past of
    three to five letters, in any person ("شارك"، "شاركت"، "شاركوا") — no nominal ending."""
    t = words.toks[j]
    w = t.norm
    if t.definite or not plain(t.gap) or not words.bare[j] <= {"surname_rare"} or words.reporting(j) is not None or (
            _qualifies(words, j)):
        return False  # (a rare surname is a verb as often: "شارك")
    if w.endswith(("ه", "ء", "ات", "ين", "ون", "يه", "اء")) or w in prepositions():
        return False
    if w[0] in "بل" and any(c == 1 and len(f) >= 4 and f in common_words() for f, c in t.readings):
        return False  # "مسؤولون | بقطاع الصحة": a preposition glued to a noun, which no verb takes
    if w[0] in "يت" and 4 <= len(w) <= 6:
        return True
    return 3 <= len(w) <= 5 or (w.endswith("وا") and len(w) <= 6)


def _age_tail(words: Words, j: int) -> int:
    """Past "من عمره" right after an age's decade ending at token j ("حارس في الثمانينيات | من عمره"),
    which a bound set at the preposition left out; j itself otherwise."""
    toks = words.toks
    if j > 0 and j + 1 < words.n and toks[j].norm == "من" and toks[j + 1].norm.startswith("عمر") and (
            toks[j - 1].norm in anonymous_words("age_decades") and plain(toks[j].gap) and plain(toks[j + 1].gap)):
        return j + 2
    return j


def _holder_of_the_title(board: Board, words: Words, t0: int, t1: int) -> Card | None:
    """"وقال وكيل وزارة X المساعد لشؤون Y الدكتور Z": the first person named within reach after
    the phrase whose title phrase (the one that ends right before the name) starts at token t0 —
    the title's holder, however long the title runs past where the subject's phrase stopped."""
    k = next((k for k in range(t1, min(words.n, t0 + _TITLE_REACH)) if (c := board.card_at(k)) is not None
              and c.kind == "person" and board.owner[k].t0 == k), None)
    if k is None or any(not plain(words.toks[m].gap) for m in range(t0 + 1, k)):
        return None
    t = titles.before(board, words, k)
    return board.card_at(k) if t is not None and t.t0 == t0 else None


_TITLE_REACH = 12  # words from a role noun to its holder's name


def _possessed_body(words: Words, j: int) -> bool:
    """"موظفون في | إدارتها المالية"، "مسؤول في | وزارتها": a body's head noun with a possessive
    pronoun (its, their body) — who the source is, unlike "في مقاله" (where it was said)."""
    base = possessed_base(words.toks[j].norm)
    return base is not None and orgs.head_at_word(base)


def _told_outlet(board: Board, words: Words, k: int) -> bool:
    """Token k is لـ + an outlet ("للموقع"، "لرويترز"، "للصحيفة"): whom a source told."""
    t = words.toks[k]
    if not t.norm.startswith("ل"):
        return False
    card = board.card_at(k)
    if card is not None and card.kind == "organization" and orgs.is_outlet(card):
        return True
    if orgs.told_paper(words, k):
        return True  # "موظفون في البلدية | للقبس إن": a paper named by an everyday word, right before إنّ
    if k + 2 < words.n and key(words.toks[k + 1].norm) in _outlet_endings() and plain(words.toks[k + 1].gap) and (
            words.toks[k + 2].norm in _THAT_WORDS and plain(words.toks[k + 2].gap)):
        return True  # "مصدر في الدائرة | لـX نيوز إن": ل + an outlet's name by its last word, before إنّ
    if k + 1 < words.n and words.toks[k + 1].norm in _THAT_WORDS and plain(words.toks[k + 1].gap) and all(
            c == 0 or (f not in common_words() and f.removeprefix("ال") not in common_words())
            for f, c in t.readings) and orgs.head_at(words, k) is None and not words.is_(k, "title", "anon"):
        return True  # "مصادر في البلدية | لموزاييك إن": ل + a name no everyday word writes, right before إنّ
    if orgs.outlet_of_the_story(words, k):
        return True  # "مصدر في المديرية | لنبض الجنوب،" where the byline reads "نبض الجنوب/": the story's own outlet
    return any(c and any(words.lexicon_has("media_head", g) for g in (f, f.removeprefix("ال"), _without_our(f)))
               for f, c in t.readings)


_THAT_WORDS = orgs.THAT_WORDS


def _outlet_endings() -> frozenset[str]:
    return orgs.outlet_name_endings()


def _without_our(w: str) -> str:
    """A noun without the suffix "our" ("موقعنا" → "موقع"، "صحيفتنا" → "صحيفه": its ة was written ت)."""
    if not w.endswith("نا") or len(w) < 5:
        return w
    w = w[:-2]
    return w[:-1] + "ه" if w.endswith("ت") else w


def _counted_role(words: Words, k: int) -> bool:
    """The plural in ين of a role noun after a number ("ثلاثة مندوبين"، "خمسة مسؤولين")."""
    w = words.toks[k].norm
    return not words.toks[k].definite and w.endswith("ين") and words.is_(k, "title", bare=True)


def _women_of_a_trade(words: Words, head: str) -> bool:
    """A feminine sound plural ("معلمات"، "ناشطات"، "موظفات") whose singular the lexicon lists
    as a role, a source or a person of the story: women, not things ("ملفات")."""
    if len(head) < 5 or not head.endswith("ات"):
        return False  # ("عضوات": a stem of three letters)
    stem = head[:-2]
    return any(words.lexicon_has(cls, form) for form in (stem, "ال" + stem) for cls in ("title", "anon")) or (
        stem in people_nouns())


_MARK_OPEN = re.compile(r"[\"«“]").search


def _completed(words: Words, i: int, k: int) -> bool:
    """The role phrase at token i already has its genitive before token k: a definite noun that
    is no nisba adjective ("مدير المستشفى | لـ«X»" — so لـ + a name in marks is whom he told,
    while "الرئيس التنفيذي لـ«X»" still governs X)."""
    toks = words.toks
    # (a definite word after an indefinite one is the genitive of a construct, whatever its
    # ending: "مدير المستشفي"; after a definite one, it is a noun unless it has a nisba's)
    return any(toks[j].definite and (not toks[j - 1].definite or not toks[j].raw.endswith(("ي", "ية", "يين", "يون")))
               for j in range(i + 1, k))


def _outlet_at(board: Board, k: int) -> bool:
    card = board.card_at(k)
    return card is not None and card.kind == "organization" and orgs.is_outlet(card)


def _sound_plural_before_definite(words: Words, i: int) -> bool:
    """Token i is an indefinite sound plural in ون, no name, right before a definite word: in
    construct its ن would drop ("موظفو الوزارة"), so the definite word is no genitive of it."""
    toks = words.toks
    w = toks[i].norm
    return (len(w) >= 5 and w.endswith("ون") and not toks[i].definite and not words.bare[i] & NAME_CLASSES
            and i + 1 < words.n and toks[i + 1].definite and plain(toks[i + 1].gap)
            and not _qualifies(words, i + 1) and not _adjective_shape(words, i + 1))


def _participle_pronoun_end(words: Words, end: int, b: int) -> int:
    """Past the pronoun a definite participle governs through its preposition ("المجني | عليهم"،
    "المعتدى | عليه"), which completes it; ``end`` when none follows."""
    toks = words.toks
    if 0 < end < b and plain(toks[end].gap) and toks[end].norm in _PARTICIPLE_PRONOUNS and (
            toks[end - 1].norm.startswith("الم")):
        return end + 1
    return end


def _some_of_them(words: Words, k: int, b: int) -> int:
    """After a kin noun at k-1, the end of "أحد/إحدى + a definite plural" or "a cardinal + من + a
    definite plural" at token k; k when there is none."""
    toks = words.toks
    if k + 1 < b and toks[k].norm in ("احد", "احدي") and toks[k + 1].definite and plain(toks[k].gap) and (
            plain(toks[k + 1].gap)):
        return k + 2
    if k + 2 < b and toks[k].norm in _cardinals() and toks[k + 1].norm == "من" and toks[k + 2].definite and all(
            plain(toks[x].gap) for x in range(k, k + 3)):
        return k + 3
    return k


def one_of_a_plural(words: Words, i: int) -> bool:
    """Tokens i, i+1 are "أحد"/"إحدى" and the definite plural right after it ("أحد المحتجين"،
    "إحدى العاملات"): one of the people it names."""
    toks = words.toks
    return toks[i].norm in ("احد", "احدي") and i + 1 < words.n and toks[i + 1].definite and plain(toks[i + 1].gap)


def one_of_someones(board: Board, words: Words, i: int, b: int) -> int:
    """The end of "أحد أقارب X"، "إحدى محاميات الدفاع" at token i: "one of" + an indefinite
    plural in construct + what it governs (a definite word or a name); i when there is none."""
    toks = words.toks
    if toks[i].norm not in ("احد", "احدي") or i + 2 >= b or not (plain(toks[i + 1].gap) and plain(toks[i + 2].gap)):
        return i
    if toks[i + 1].definite or board.card_at(i + 1) is not None or words.is_(i + 1, "stop", "never", bare=True):
        return i
    m = board.owner[i + 2]
    if m is not None and m.t0 == i + 2:
        return m.t1
    return i + 3 if toks[i + 2].definite else i


def source_noun(words: Words, k: int) -> bool:
    """Token k is a source noun: as listed, or in the accusative after لكنّ ("مصدرا"), the
    feminine ("محللة") or the dual ("مصدران"; not "مسؤولين", a plural too) of an indefinite one."""
    w = words.toks[k].norm
    if words.toks[k].definite:
        return words.is_(k, "anon", bare=True)
    return words.is_(k, "anon", bare=True) or (len(w) >= 4 and w[-1] in "اه" and words.lexicon_has("anon", w[:-1])) or (
        _dual_of(words, k, "anon")) or (len(w) >= 6 and w.endswith("ين") and words.lexicon_has("anon", w[:-2]))
    # ("عن مصدرين في الهيئة"، "لمحللين": the oblique dual, or a plural's, of a listed source noun)


def _present_verb(words: Words, j: int) -> bool:
    """A present verb by its shape (ي + 3 to 5 letters), no lexicon listing it as a name or a noun."""
    t = words.toks[j]
    return 4 <= len(t.norm) <= 6 and t.norm[0] == "ي" and not t.definite and not words.bare[j]


def _feminine_present_verb(words: Words, j: int) -> bool:
    """A present verb in ت by its shape ("تعمل"، "تنشط"), no lexicon word and no verbal noun of
    the second or fifth form ("تنمية"، "تطوير" are spelt so too)."""
    t = words.toks[j]
    w = t.norm
    return 4 <= len(w) <= 5 and w[0] == "ت" and not t.definite and not words.bare[j] and not (
        verbal_noun_shape(w) or w.endswith(("ه", "ات", "ي")))


def _object_cut(board: Board, words: Words, i: int, end: int) -> int:
    """Where a subject's role phrase ends before the verb's object: a definite noun right
    after a definite word that is no adjective ("وانتقدت المعارضة | القرار") — never inside
    a body's or place's name ("باسم قوات الدعم السريع")."""
    toks = words.toks
    for k in range(i + 1, end):
        if board.owner[k] is not None and board.owner[k] is board.owner[k - 1]:
            continue
        m, card = board.owner[k], board.card_at(k)
        if (m is not None and m.t0 == k and m.start > toks[k].start and toks[k].norm[0] == "ل"
                and card is not None and card.kind == "organization" and orgs.is_outlet(card)):
            # "وقال القيادي في الحزب | لرويترز": the outlet spoken to, not the source's; any other
            # body behind ل completes the role ("الأمين العام للأمم المتحدة")
            return k
        if toks[k - 1].definite and toks[k].definite and plain(toks[k].gap) and not (
                _qualifies(words, k) or words.is_(k, "title_modifier", "org_generic", "ordinal", "title")
                or words.toks[k].norm.endswith("يا") or _passive_participle(toks[k].norm)):
            return k
    return end


def _passive_participle(w: str) -> bool:
    """"المفقود"، "المخطوفة"، "المسجونين": the definite مفعول, an adjective of the noun before it
    ("زوجة البحار المفقود"), not the verb's object."""
    core = w.removesuffix("ه").removesuffix("ين").removesuffix("ون")
    return len(core) == 7 and core.startswith("الم") and core[-2] == "و"


def _same_mention(board: Board, j: int) -> bool:
    """Token j goes on with the mention token j - 1 is in, or opens, in quotation marks, the
    name of a body whose head noun is token j - 1 ("قيادي في فصيل «X Y»")."""
    m = board.owner[j]
    if m is None or j == 0:
        return False
    if board.owner[j - 1] is m:
        return True
    card = board.card_at(j)
    return (m.t0 == j and card is not None and card.kind == "organization" and quote(board.toks[j].gap)
            and (board.owner[j - 1] is None or board.card_at(j - 1) is card) and not board.toks[j - 1].definite)


_COUNTING = frozenset(key(w) for w in ("عدد", "مجموعة"))  # quantifiers that need من to count people


def _counts_here(quantifier: str, nxt: str) -> bool:
    """"عدد السكان" is the number of them, "مجموعة X للتطوير" a company: عدد and مجموعة count
    people only with من after them; the other quantifiers govern the plural directly too."""
    return nxt == "من" or _bare(quantifier) not in _COUNTING


def _collective(board: Board, words: Words, i: int, b: int) -> tuple[int, int] | None:
    """"عدد من الخبراء"، "بعض النواب المستقلين في البرلمان": a quantifier, من, a definite
    plural, its definite adjectives and one linked complement (a body, or definite words)."""
    toks = words.toks
    j = i + 1
    if j < b and toks[j].norm == "من" and plain(toks[j].gap):
        j += 1
    elif not _counts_here(toks[i].norm, toks[j].norm if j < b else ""):
        return None
    shortest = 3 if j == i + 1 and toks[i].norm in _FEW else 5  # ("عدة صحف": a short broken plural)
    if j + 1 < b and not toks[j].definite and toks[j + 1].definite and plain(toks[j + 1].gap):
        shortest = 4  # "عدد من أئمة المساجد": a short broken plural in construct
        if j > i + 1 and _bare(toks[j].norm) in groups_of_people():
            shortest = 3  # "عدد من ذوي المصابين"، "عدد من أهل الحي": a listed people noun, however short
    if j > i + 1 and j + 1 < b and not toks[j].definite and plain(toks[j].gap) and plain(toks[j + 1].gap) and (
            _bare(toks[j].norm) in groups_of_people()) and (place := board.card_at(j + 1)) is not None and (
            place.kind == "place" and board.owner[j + 1].t0 == j + 1):
        return i, min(b, board.owner[j + 1].t1)  # "عدد من سكان X"، "عدد من أهالي قرية X": people of a place
    if not (j < b and plain(toks[j].gap) and len(toks[j].norm) >= shortest and not words.is_(
            j, "stop", "never", bare=True)):
        return None
    if toks[j].definite:
        end = j + 1
    elif _plural_construct(words, j, b):
        end = j + 2  # "عدد من ممثلي النقابات": a sound plural in construct and its genitive
    elif j > i + 1 and j + 1 < b and toks[j + 1].definite and plain(toks[j + 1].gap) and board.card_at(j) is None and (
            not words.is_(j, "given", "place", "nationality", bare=True)):
        end = j + 2  # "عدد من أصحاب المحلات"، "عدد من سكان الحي": a broken plural in construct
    elif j == i + 1 and toks[i].norm in _FEW:
        # "عدة صحف محلية"، "عدة قنوات تلفزيونية": عدة governs an indefinite plural, and its adjectives
        hit = words.longest(j, ("anon",), max_cut=0)
        end = hit.end if hit is not None else j + 1
        while end < b and plain(toks[end].gap) and not toks[end].definite and _qualifies(words, end):
            end += 1
        return i, _linked_complement(board, words, end, b)
    else:
        return None
    while end < b and plain(toks[end].gap) and toks[end].definite and _qualifies(words, end):
        end += 1
    return i, _linked_complement(board, words, end, b)


def construct_plural_shape(w: str) -> bool:
    """A participle's sound plural in construct, its ن dropped: فاعلو ("سائقو") or مـ + three
    letters or more + و ("مراقبو"، "موظفو")."""
    return w.endswith("و") and ((len(w) == 5 and w[1] == "ا") or (w.startswith("م") and len(w) >= 5))


def _plural_construct(words: Words, j: int, b: int) -> bool:
    """"ممثلي"، "مراقبي": a sound masculine plural that lost its ن in construct, before a definite genitive."""
    toks = words.toks
    w = toks[j].norm
    return (not toks[j].definite and len(w) >= 5 and w.endswith("ي") and j + 1 < b and plain(toks[j + 1].gap)
            and toks[j + 1].definite and not words.is_(j, "given", "place", "nationality", "stop", "never"))


def _office_of_a_community(words: Words, i: int) -> bool:
    """Token i is a definite plural of people by office or standing (`office_plurals`) and the
    word after it a community's name (`community_names`) or a nisba ("النواب الأكراد"، "الوجهاء
    الدروز"، "القيادات الحوثية")."""
    toks = words.toks
    if i + 1 >= words.n or not toks[i].definite or not toks[i + 1].definite or not plain(toks[i + 1].gap):
        return False
    if _bare(toks[i].norm) not in anonymous_words("office_plurals"):
        return False
    w = toks[i + 1].norm
    # (not the oblique -يين: "دعا الوزير القادة المحليين": after a verb, the plural is its object)
    return w in anonymous_words("community_names") or (
        w.endswith(("يون", "يه")) and len(w) >= 6 and not words.bare[i + 1] & NAME_CLASSES)


def _linked_complement(board: Board, words: Words, end: int, b: int) -> int:
    """The end of a group's phrase with one linked complement after ``end``: a body or place
    ("في البرلمان"), or one definite word ("في المدينتين"); ``end`` itself when there is none."""
    toks = words.toks
    k = end + 1
    if k <= b and _glued_ba(words, end) and plain(toks[end].gap):
        # "عاملات | بمصنع X"، "أستاذات متعاقدات | بجامعة X": ب glued to where they work — a body or
        # place named whole, or a noun and its genitive ("بوحدات تجميد الأسماك")
        m, card = board.owner[end], board.card_at(end)
        if card is not None and card.kind in ("organization", "place") and m is not None and m.t0 == end and (
                m.start > toks[end].start):
            return _seat_after(board, words, min(b, m.t1), b)
        if card is None:
            e = k
            while e < b and e - end <= 2 and plain(toks[e].gap) and _plain_noun(board, words, e) and not (
                    toks[e - 1].definite):
                e += 1
            return _seat_after(board, words, e, b)
        return end
    if k < b and toks[end].norm in _links() and plain(toks[end].gap) and plain(toks[k].gap) and (
            toks[k].norm.removeprefix("ال") not in titles.speech_events()):  # ("في أحاديث لـX": where they spoke)
        e = _genitive_end(board, words, k, b)
        if e == k and k + 1 < b and toks[end].norm != "عن" and _plain_indefinite_noun(board, words, k) and (
                _plain_indefinite_noun(board, words, k + 1)) and plain(toks[k + 1].gap) and not (
                toks[k + 1].norm[0] in "يت" and len(toks[k + 1].norm) >= 4):  # (no present verb: "يعانين")
            # "في مستشفى حكومي"، "في مستوصف خاص"، "في مصنع أدوية": an indefinite noun and its
            # adjective or indefinite genitive, then adjectives
            e = k + 2
            if e < b and plain(toks[e].gap) and toks[e].definite and not _qualifies(words, k + 1) and (
                    _plain_noun(board, words, e)):
                e += 1  # "في معمل صنع الأحذية": a construct of two nouns, the second in construct with the third
            while e < b and plain(toks[e].gap) and not toks[e].definite and _qualifies(words, e):
                e += 1
        return _seat_after(board, words, e, b) if e > k else end
    return end


def _glued_ba(words: Words, k: int) -> bool:
    """Token k is ب glued to a noun of no name, time or speech ("بمصنع"، "بجامعة")."""
    t = words.toks[k]
    return t.norm[:1] == "ب" and len(t.norm) >= 4 and (t.norm[1:], 1) in t.readings and not (
        words.is_(k, "stop", "never", "temporal", bare=True) or words.reporting(k) is not None
        or words.bare[k] & NAME_CLASSES or t.norm in _np_stop())


def _plain_noun(board: Board, words: Words, k: int) -> bool:
    """Token k is a word of no card, no name, no time, no link and no verb: a noun or adjective
    in a genitive chain ("تجميد | الأسماك")."""
    t = words.toks[k]
    return (len(t.norm) >= 3 and board.card_at(k) is None and not words.bare[k] & NAME_CLASSES
            and t.norm not in _links() and not _present_verb(words, k)
            and not words.is_(k, "stop", "never", "temporal", bare=True) and words.reporting(k) is None)


def _plain_indefinite_noun(board: Board, words: Words, k: int) -> bool:
    """Token k is an indefinite word of no card, no name, no time and no verb of speech: a noun
    or an adjective inside a complement ("في مستوصف | خاص")."""
    t = words.toks[k]
    return (not t.definite and len(t.norm) >= 3 and board.card_at(k) is None and not words.bare[k] & NAME_CLASSES
            and not words.is_(k, "stop", "never", "temporal", bare=True) and words.reporting(k) is None)


def _seat_after(board: Board, words: Words, e: int, b: int) -> int:
    """Past the seat of a group's complement at token e ("في قاعة التداول | بالبورصة"، "في مستشفى
    حكومي | بحمص"، "في غرفة الصناعة | في مدينة X"): a place, or ب glued to a definite noun, where
    the body or room they are in stands; e itself when none follows."""
    toks = words.toks
    if e >= b or not plain(toks[e].gap):
        return e
    m = board.owner[e]
    card = board.card_at(e)
    if toks[e].norm == "في" and e + 1 < b and plain(toks[e + 1].gap):
        p = e + 2 if words.is_(e + 1, "place_transparent", bare=True) and board.card_at(e + 1) is None else e + 1
        if p < b and plain(toks[p].gap) and (place := board.card_at(p)) is not None and place.kind == "place" and (
                board.owner[p].t0 == p):  # ("في مدينة X": the head before the city's name)
            return min(b, board.owner[p].t1)
    if card is not None and card.kind == "place" and m is not None and m.t0 == e and m.start > toks[e].start:
        return min(b, m.t1)  # "بحمص": ب glued to the place's name
    w = toks[e].norm
    if card is None and w.startswith("بال") and len(w) >= 6 and ("ال" + w[3:], 1) in toks[e].readings and not (
            words.is_(e, "stop", "never", "temporal", bare=True) or words.reporting(e) is not None
            or not words_lexicon().classes_of(w[3:]).isdisjoint(("stop", "never", "temporal", "title_stop"))):
        # (not a time: "بالأمس")
        return e + 1  # "بالمستشفى"، "بالميناء"
    return e


def _genitive_end(board: Board, words: Words, k: int, b: int) -> int:
    """The end of the noun phrase at token k that completes a description: a body's or place's
    mention, a definite noun and its adjectives ("في الأرصاد الجوية"), or an indefinite noun in
    construct with a definite one or a name ("في منظمات الإغاثة"، "سد X"); k when none is there."""
    toks = words.toks
    card = board.card_at(k)
    if card is not None:
        if card.kind not in ("organization", "place"):
            return k
        while k < b and board.card_at(k) is card:
            k += 1
        return k
    if words.is_(k, "stop", "never", bare=True) or words.reporting(k) is not None:
        return k
    if toks[k].definite:
        e = k + 1
    elif k + 1 < b and plain(toks[k + 1].gap) and len(toks[k].norm) >= 2 and not words.bare[k] & NAME_CLASSES and (
            toks[k].norm not in titles.speech_events()):
        inner = board.card_at(k + 1)
        if inner is not None and inner.kind in ("organization", "place") and board.owner[k + 1].t0 == k + 1:
            return board.owner[k + 1].t1  # "في شركات X"
        if inner is not None or words.is_(k + 1, "stop", "never", bare=True) or words.reporting(k + 1) is not None:
            return k
        if not toks[k + 1].definite and _plural_body(words, toks[k].norm) and len(toks[k + 1].norm) >= 4 and (
                not words.bare[k + 1] & NAME_CLASSES or _qualifies(words, k + 1)):
            # "في منظمات إغاثة محلية ودولية": bodies in construct with their field, and its
            # indefinite adjectives, coordinated too
            e = k + 2
            while e < b and plain(toks[e].gap) and not toks[e].definite and board.card_at(e) is None and (
                    _qualifies(words, e)):
                e += 1  # ("ودولية": a nisba coordinated with the one before it qualifies as well)
            return e
        if not toks[k + 1].definite or toks[k + 1].norm.startswith("لل"):
            return k
        e = k + 2
    else:
        return k
    while e < b and plain(toks[e].gap) and board.card_at(e) is None:
        if toks[e].definite and _adjective_shape(words, e) and words.reporting(e) is None:
            e += 1
        elif e + 1 < b and orgs.negated_adjective(words, e) and board.card_at(e + 1) is None:
            e += 2  # "في قسم الرعاية | غير المباشرة"
        else:
            break
    return e


def _of_the_genitive(words: Words, j: int) -> bool:
    """A definite word that describes the genitive before it ("والد الطفل | المفقود"، "شقيق أحد
    الطلبة | الموقوفين"، "محامي المتهم | الثاني"): an adjective, a participle or an ordinal."""
    return _qualifies(words, j) or _adjective_shape(words, j) or words.is_(j, "ordinal", bare=True)


@cache
def _cardinals() -> frozenset[str]:
    """Number words from two up that count a plural after them ("ثلاثة مصادر")."""
    forms = lexicon.load("numbers")["cardinals"]
    return frozenset(key(w) for n, ws in forms.items() if int(n) >= 2 for w in ws if " " not in w)


def _cardinal_of(words: Words, i: int, b: int) -> bool:
    """Token i is a number word from two up and من follows it: "ثلاثة من السكان" counts some of
    the people named after it, as "عدد من" does."""
    toks = words.toks
    return toks[i].norm in _cardinals() and i + 1 < b and toks[i + 1].norm == "من" and plain(toks[i + 1].gap)


def counted_by(w: str) -> bool:
    """A collective's quantifier, in the accusative too ("عددا"، "بعض")."""
    q = quantifiers()
    return w in q or _bare(w) in q


def quantifiers() -> frozenset[str]:
    """Quantifiers that make a collective of the plural after them (``anonymous.toml``)."""
    return anonymous_words("collective_quantifiers")


def behind_preposition(words: Words, i: int) -> bool:
    """A head noun read only with a glued ل or ب ("لصحيفة"): a prepositional phrase."""
    norm = words.toks[i].norm
    return any(h.cls in _HEADS and h.cut and norm[: h.cut].endswith(("ل", "ب")) for h in words.doc.hits[i])


_HEADS = frozenset({"org_head", "org_head_weak", "media_head"})


_BRAND_CLASSES = NAME_CLASSES | {"compound_first"}


def _brand_name_end(board: Board, words: Words, t0: int, t1: int) -> int:
    """The end of "شركة X [للاتصالات] [السعودية]": a strong head noun (org_head), one
    indefinite word of no class but a name's (no adjective, role or closed-class word), then
    an optional ل-field and nationality adjectives; 0 where the phrase is no such name."""
    toks = words.toks
    k = t0 + 1
    if not k < t1 or not words.joined(k) or board.card_at(k):
        return 0
    # "مجموعة الربوة للتطوير العقاري": a head that names businesses, a definite word, then a field
    fielded = k + 1 < t1 and words.joined(k + 1) and toks[k + 1].norm.startswith("لل") and (
        toks[t0].norm in orgs.named_after_people() or words.is_(t0, "org_head", bare=True))
    if not (words.is_(t0, "org_head", bare=True) or fielded) or (toks[k].definite and not fielded):
        return 0
    if _qualifies(words, k) or not words.bare[k] <= _BRAND_CLASSES or words.not_name(k) or words.reporting(k):
        return 0
    end = k + 1
    if end < t1 and words.joined(end) and toks[end].norm.startswith("لل") and board.card_at(end) is None:
        end += 1  # "للاتصالات": its field
        while end < t1 and words.joined(end) and toks[end].definite and orgs.adjective(words, end) and (
                board.card_at(end) is None):
            end += 1  # "للتطوير العقاري"، "للاتصالات السعودية": the field's adjectives, a nationality
    while end < t1 and words.joined(end) and words.is_(end, "nationality", bare=True) and toks[end].definite and (
            board.card_at(end) is None):
        end += 1
    if end < t1 and words.joined(end) and not (toks[end].norm in prepositions() or board.card_at(end)):
        return 0  # more words of the name than one: the name stage's to read
    return end


def _plural_nisba(words: Words, j: int) -> str | None:
    """The gender of an indefinite sound plural of a nisba adjective ("ميدانيون"، "محليين":
    m; "محليات": f), or None."""
    t = words.toks[j]
    if t.definite or len(t.norm) < 6 or words.bare[j] & {"given", "surname", "stop", "never"}:
        return None
    return "m" if t.norm.endswith(("يون", "يين")) else "f" if t.norm.endswith("يات") else None


def _dual_of(words: Words, j: int, cls: str) -> bool:
    """Token j is the indefinite nominative dual of a word of lexicon class ``cls`` ("مصدران" of a
    source noun, "مطلعان" of its adjective); not the oblique ين, a plural's ending too."""
    w = words.toks[j].norm
    return len(w) >= 6 and w.endswith("ان") and not words.toks[j].definite and words.lexicon_has(cls, w[:-2])


def _dual_of_anon_adjective(words: Words, j: int) -> bool:
    """The dual of a source's listed adjective ("مطلعان" after "مصدران")."""
    return _dual_of(words, j, "anon_adj")


def _qualifies(words: Words, j: int) -> bool:
    """An adjective of an unnamed source: a nisba (فرنسي، مصرفية)، a listed one (مطلع،
    رفيع المستوى), or a definite word after one."""
    w = words.toks[j].norm
    if words.is_(j, "anon_adj", "nationality") or _dual_of_anon_adjective(words, j):
        return True
    if _definite_cardinal(words, j):
        return True  # "النقابات التعليمية | الخمس"، "الأحزاب | الثلاثة": a number agreeing as an adjective
    if len(w) >= 5 and w.endswith("ا") and not words.toks[j].definite and (
            words.lexicon_has("anon_adj", w[:-1]) or (w.endswith("يا") and not words.bare[j] & NAME_CLASSES)):
        return True  # the accusative after أنّ/لكنّ: "مصدرا أمنيا رفيعا"
    if len(w) == 3 and w.endswith("ي") and words.bare[j] <= {"surname_rare"}:
        return True  # "مصدر طبي"، "مسؤول فني": a nisba of two root letters, no name or place
    if not words.toks[j].definite and w.startswith("م") and w.endswith(("ه", "ون", "ين")) and 5 <= len(w) <= 8 and (
            not words.bare[j]):
        return True  # "مصادر مشاركة في الاجتماع"، "مصادر متطابقة": a participle agreeing with the source noun
    if not words.toks[j].definite and w.startswith("م") and w.endswith("ات") and 6 <= len(w) <= 9 and (
            not words.bare[j]) and w not in common_words():
        return True  # "أستاذات متعاقدات": a feminine plural participle agreeing with women of a trade
    return (w.endswith(("ي", "يه", "يون", "يين", "يان")) and len(w) >= 4) or w in ("المستوي",) or w in _OTHER
    # ("سكان آخرون": "other", as with a person noun)


def propose(board: Board, reg: Registry, words: Words, a: int, b: int, cut: int = 0,
            prefer: Card | None = None) -> tuple[Card, str] | None:
    """The card for the subject standing at tokens [a, b), and why — or None.  ``cut``: the
    first token's letters that are a preposition of the cue ("وفقا لمصادر"), not the noun's;
    ``prefer``: the previous speaker, when a verb that continues ("وتابع") stands before the
    subject — a role noun no title holds names them again."""
    if not cut and b - a >= 2 and (ref := _by_two_word_family_name(board, words, a)) is not None:
        return ref, "a person named before, by the two words ending the name"
    np = subject_phrase(board, words, a, b, cut)
    if np is None:
        return None
    t0, t1 = np
    cut = cut if t0 == a else 0
    card = board.card_at(t0)
    if card is not None:
        return card, "subject names a card"
    if not cut and (named := _unknown_name_after_title(board, reg, words, t0, t1)) is not None:
        return named, "a name no lexicon knows after a title or an honorific, set off by a comma"
    after_head = board.card_at(t0 + 1) if t0 + 1 < words.n and (
        plain(words.toks[t0 + 1].gap) or quote(words.toks[t0 + 1].gap)) else None
    if after_head is not None and after_head.kind == "organization" and (words.is_(
            t0, "org_head", "org_head_weak", "media_head") or _bare(words.toks[t0].norm) in _sub_body_heads()):
        # (a body's sub-body head the lexicon does not list as a head of its own: "قيادة شرطة X")
        if behind_preposition(words, t0) and not cut:
            return None  # "لمحطة X"، "بصحيفة X": the outlet spoken to or cited, not a subject
        if ((h := orgs.head_at(words, t0)) is not None and h[2] in _sub_body_heads()) or (
                words.toks[t0].norm in _sub_body_heads()):
            # "وطالبت بعثة الأمم المتحدة للدعم في ليبيا": a body of that body, named with it; the
            # names inside are the new body's now (no card of their own there)
            end = _sub_body_end(board, words, t0 + 1)
            for k in range(t0 + 1, end):
                inner, card_k = board.owner[k], board.card_at(k)
                if inner is not None and card_k is not None and inner.t0 == k and inner in card_k.mentions:
                    card_k.mentions.remove(inner)
            return _unnamed(board, reg, words, t0, end, "organization",
                            "a body of the body named after its head noun", cut)
        return after_head, "the body named after its head noun"  # "شبكة «X»"، "صحيفة X" with X a known body
    if (got := _office_of_a_body(board, reg, words, t0, cut)) is not None:
        return got
    r1 = t1
    while r1 < min(t1 + 2, words.n - 1) and plain(words.toks[r1].gap) and words.is_(r1, "rank", "honorific") and (
            board.card_at(r1) is None):
        r1 += 1  # "قائد شرطة X | اللواء Y": the holder's rank before the name
    nxt = board.card_at(r1) if r1 < words.n and (
        plain(words.toks[r1].gap) or re.fullmatch(r"\s*[،,]\s*", words.toks[r1].gap)) else None
    if nxt is not None and nxt.kind == "person" and words.is_(t0, "title", "title_possessive", "rank"):
        return nxt, "named right after the title"  # "المتحدث باسم الرئاسة السفير X"، "…، X"
    if words.is_(t0, "title", "title_possessive") and (holder := _holder_of_the_title(board, words, t0, t1)):
        return holder, "named at the end of the title it opens"
    toks = words.toks
    if (end := one_of_someones(board, words, t0, t1)) > t0:
        # "أحد أقارب X"، "أحد محامي الدفاع": one of someone's relatives or counsel, unnamed — not X
        return _unnamed(board, reg, words, t0, end, "anonymous", "one of someone's people, unnamed", cut)
    for k in range(t0 + 1, t1):
        if toks[k - 1].norm == "لدي" and (emp := board.card_at(k)) is not None and emp.kind == "person" and (
                board.owner[k].t0 == k and words.is_(t0, "anon", "title") and not words.toks[t0].definite) and all(
                x.key == board.owner[k].key for x in emp.mentions):
            # "محللون لدى X Y"، "خبير لدى X": whom a source works for is a body, whatever names it
            # is made of (a firm named after its founders), not a person
            emp.kind = "organization"
            emp.add_why("the employer of a source (after لدى)")
    if any(board.card_at(k) is not None and board.card_at(k).kind == "person" for k in range(t0, t1)):
        return None  # a person is named inside: their card speaks
    if not cut:  # (the phrase may run on into the verb's object: "واستهل العدوان المؤتمر بالقول")
        ref = _by_family_name(board, words, t0)
        if ref is not None:
            return ref, "a person named before, by the family name alone"
    norm0 = toks[t0].norm[cut:] if cut else toks[t0].norm
    if cut and toks[t0].norm.startswith("لل") and ("ال" + norm0[1:], cut) in toks[t0].readings:
        norm0 = "ال" + norm0[1:]  # ل + ال written لل
    definite = norm0.startswith("ال")
    governed = not cut and t0 > 0 and plain(toks[t0].gap) and toks[t0 - 1].norm in _ACCUSATIVE_AFTER
    if governed and not definite and norm0.endswith("ا") and (
            norm0[:-1] in anonymous_words("people_plurals") or norm0[:-1] in people_nouns()):
        norm0 = norm0[:-1]  # "غير أن تجارا في السوق قالوا"، "لكن بائعا …": the accusative after أن/لكن
    head = _bare(norm0)
    if definite and t1 - t0 > 2 and toks[t0 + 1].norm in _links() and orgs.head_at(words, t0) is not None and (
            t0 + 1 < words.n and plain(toks[t0 + 1].gap)):
        # "وأكدت اللجنة في الوثيقة"، "وقالت الوزارة في رسالة": a body's head alone, then where it
        # said it — the body named before, when one has that head
        ref = _back_reference(board, words, t0, t0 + 1, head, cut)
        if ref is not None and ref.kind == "organization":
            return ref, "back-reference to the body named before"
    if definite and (t1 - t0 <= 2 or words.lexicon_has("anon", head)):
        # "وقال المصدر"، "وأضافت المصادر واسعة الاطلاع": the source named before, described again
        ref = _back_reference(board, words, t0, t1, head, cut)
        if ref is not None:
            said = board.surface(t0, t1, cut)
            if ref.kind == "person" and words.is_(t0, "title", "anon", bare=True) and not any(
                    key(x).startswith(key(said)) for x in ref.titles):
                ref.add_title(said)  # "وبينت المسؤولة ذاتها": what the story calls her (not a title's first words)
            return ref, f"back-reference to the {_KIND_WORD[ref.kind]} named before"
        described = _described_before(board, reg, words, t0, t1, head, cut)
        if described is not None:
            return described
        ref = _named_by_epithet(board, words, t0, t1, head, cut)
        if ref is not None:
            return ref, "back-reference to the person named before, by a noun for them"
    if definite and (t1 - t0 == 2 or (t1 - t0 == 3 and _told_outlet(board, words, t0 + 2))) and not words.is_(
            t0, "title", "title_possessive", "rank") and (
            orgs.head_at(words, t0) is None and not words.is_(t0, "place", "stop", "never", "nationality", bare=True)
            and head not in _not_person() and head not in anonymous_words("sides")):
        # "وتابع التقني الجزائري"، "يقول المفتي الأردني": a noun for someone and a nationality that
        # a person named before carries in a title — that person, whatever noun the lexicon lacks
        ref = _by_nationality(board, words, t0, t0 + 2, cut, marked_only=True)  # ("… للصحيفة": whom they told)
        if ref is not None:
            return ref, "back-reference by a noun and the nationality of the person named before"
    if words.is_(t0, "title", "title_possessive", "rank"):
        ref = _titled(board, words, t0, t1, cut)
        if ref is not None:
            return ref, "back-reference by title to the person named before"
        ref = _by_nationality(board, words, t0, t1, cut) if definite else None
        if ref is not None:
            return ref, "back-reference by role and nationality to the person named before"
        ref = _new_holder(board, words, t0, t1, cut) if definite else None
        if ref is not None:
            return ref, "an epithet of the person named just before (الرئيس الجديد …)"
        ref = _by_role_noun(board, words, t0, t1, head, cut, prefer) if definite else None
        if ref is not None:
            return ref, "back-reference by a role noun to the person named before"
        ref = None if definite else _continued_by_role_in_construct(board, words, t0, t1, head, cut, prefer)
        if ref is not None:
            return ref, "the previous speaker, named again by a role in construct after a verb that continues"
    named = None if cut else _apposition_name(board, reg, words, t0, t1)
    if named is not None:
        return named, "a name in apposition to a description"
    if norm0 in ("احد", "احدي") and t1 - t0 >= 2 and toks[t0 + 1].definite and board.card_at(t0 + 1) is None:
        # "أحد المحتجين"، "إحدى الناشطات": one of a group, unnamed
        end = min(t1, t0 + 2)
        while end < t1 and end - t0 < 4 and toks[end].definite and plain(toks[end].gap) and (
                _qualifies(words, end) or _adjective_shape(words, end)) and board.card_at(end) is None:
            end += 1  # "إحدى المعلمات المصابات": the group's adjective
        end = _home_place_end(board, words, _participle_pronoun_end(words, end, t1), t1)
        return _unnamed(board, reg, words, t0, end, "anonymous", "one of a group, unnamed", cut)
    # "أهالي قرى X"، "أهالي أحياء المدينة": the kind of place they live in stands between
    area = int(t1 - t0 >= 3 and not definite and norm0 in anonymous_words("kin_plurals") and (
        toks[t0 + 1].norm in _plural_area_heads()) and plain(toks[t0 + 1].gap) and plain(toks[t0 + 2].gap))
    place = board.card_at(t0 + 1 + area) if t0 + 1 + area < words.n else None
    if norm0 in kin_nouns() and not definite and t1 - t0 >= 2 + area and place is not None and (
            place.kind == "place" and board.owner[t0 + 1 + area].t0 == t0 + 1 + area and plain(toks[t0 + 1].gap)):
        # "أهالي محافظة X"، "أهالي قرية X": the people of a place named whole after them
        card, why = _unnamed(board, reg, words, t0, board.owner[t0 + 1 + area].t1, "group",
                             "the people of a place, unnamed", cut)
        card.plural = True
        return card, why
    one_of = int(t1 - t0 >= 3 and toks[t0 + 1].norm in ("احد", "احدي") and plain(toks[t0 + 2].gap)) or area
    if norm0 in kin_nouns() and not definite and t1 - t0 >= 2 + one_of and toks[t0 + 1 + one_of].definite and (
            board.card_at(t0 + 1 + one_of) is None):
        # "عائلة الضحية"، "والد الطفل": family or counsel, in construct with the one they stand for;
        # "شقيق أحد الموقوفين": of one of them; "محامي المتهم الثاني": an ordinal tells which
        end = t0 + 2 + one_of
        while end < t1 and toks[end].definite and _of_the_genitive(words, end):
            end += 1
        end = _participle_pronoun_end(words, end, t1)
        card, why = _unnamed(board, reg, words, t0, end, "anonymous",
                             "a relative or lawyer of someone in the story, unnamed", cut)
        if norm0 in anonymous_words("kin_plurals"):
            card.plural = True  # "أهالي الحي"، "ذوو الضحايا": many, whatever their construct names
        return card, why
    # (the pronoun as written: the normal form writes ة as ه, so "والدة" would read "his father")
    base = possessed_base(norm0) if not definite and not cut and toks[t0].raw.endswith(_HIS_HER) else None
    if base is not None and base in anonymous_words("relatives") and not words.is_(
            t0, "given", "given_m", "given_f", "surname", bare=True):
        # "وقالت والدته"، "وقال زملاؤه في الجمعية"، "وأكدت زميلتها": a relative or companion of someone in
        # the story, by a possessive pronoun — the noun, its adjectives and one linked complement
        end = t0 + 1
        while end < t1 and plain(toks[end].gap) and _qualifies(words, end):
            end += 1
        end = _linked_complement(board, words, end, t1) if end < t1 else end
        plural = base in anonymous_words("plural_relatives")
        card, why = _unnamed(board, reg, words, t0, end, "group" if plural else "anonymous",
                             "a relative or companion of someone in the story, by a possessive", cut)
        if plural:
            card.plural = True
        return card, why
    if norm0 in anonymous_words("relatives") and not definite and t0 + 1 < words.n and (
            toks[t0 + 1].norm in ("له", "لها", "لهم", "لهما") and words.joined(t0 + 1)):
        # "وقال زميل له"، "وقالت جارة لها": a relative or companion of someone in the story
        return _unnamed(board, reg, words, t0, t0 + 2, "anonymous",
                        "a relative or companion of someone in the story, unnamed", cut)
    if norm0 in community_nouns() and not definite and t1 - t0 >= 2 and board.card_at(t0 + 1) is None and (
            words.joined(t0 + 1) and words.reporting(t0 + 1) is None and toks[t0 + 1].norm not in prepositions()):
        # "وجهاء العشائر"، "شيوخ عشائر"، "مشايخ قبليون في المحافظة"، "عائلات الضحايا": a
        # community's notables or families, in construct with it or with its adjective
        end = t0 + 2
        if not toks[t0 + 1].definite and end < t1 and words.joined(end) and toks[end].definite and (
                board.card_at(end) is None and words.reporting(end) is None
                and not words.is_(end, "stop", "never", bare=True)):
            end += 1  # "زعماء عشائر المنطقة": the chain's definite genitive closes it
        while end < t1 and words.joined(end) and _qualifies(words, end):
            end += 1
        end = _linked_complement(board, words, end, t1) if end < t1 else end
        card, why = _unnamed(board, reg, words, t0, end, "group", "a community's notables or families, unnamed", cut)
        card.plural = True
        return card, why
    if toks[t0].norm in anonymous_words("both_sides") and not cut:
        # "وأكد الجانبان في ختام المباحثات": the two sides of a talk speak together
        card, why = _unnamed(board, reg, words, t0, t0 + 1, "group", "the two sides, speaking together", cut)
        card.plural = True
        return card, why
    if owner_of_a_thing(words, t0) and not cut:
        # "وقال مالك محطة وقود"، "وقالت صاحبة متجر": the owner and what they own, unnamed
        m = board.owner[t0 + 1]
        end = min(t1, m.t1) if m is not None and m.t0 == t0 + 1 else t0 + 2  # ("شركة مقاولات": a body named so)
        while end < t1 and end - t0 <= 4 and plain(toks[end].gap) and not toks[end].definite and (
                _plain_indefinite_noun(board, words, end) or _qualifies(words, end)) and not (
                toks[end].norm[:1] in "يت" and len(toks[end].norm) >= 4):
            end += 1
        end = _linked_complement(board, words, end, t1) if end < t1 else end  # "… | في الحي"
        if (e := _unnamed_by_aside(board, words, t0, b)) > end:
            return _unnamed(board, reg, words, t0, e, "anonymous", "an unnamed source who asked not to be named")
        return _unnamed(board, reg, words, t0, end, "anonymous", "an unnamed person described by a noun", cut)
    if norm0 in GUARDIANS and t0 + 1 < b and toks[t0 + 1].norm == "امر" and plain(toks[t0 + 1].gap):
        # "وقالت ولية أمر لتلميذين"، "ولي أمر تلميذ": a pupil's guardian, unnamed ("ولي العهد" is an office)
        end = t0 + 2
        while end < b and end - t0 < 5 and plain(toks[end].gap) and not toks[end].definite and (
                _plain_indefinite_noun(board, words, end)) and not (
                _present_verb(words, end) or _feminine_present_verb(words, end)):
            end += 1  # (whose guardian: "| طالب"، "| لثلاثة طلاب"; not "| تعمل في …")
        return _unnamed(board, reg, words, t0, end, "anonymous", "a pupil's guardian, unnamed", cut)
    if (norm0 in people_nouns() or people_dual(norm0)) and not definite and not (
            t0 + 1 < t1 and toks[t0 + 1].definite):
        # "امرأة مسنة"، "شاب عراقي في الفيديو": a person of the story, unnamed — the noun and its
        # adjectives; where they were is no part of who they are ("رجل الأعمال" is a profession)
        end = _described_person_end(words, t0, t1)
        end = _describing_clause_end(board, words, end, t1) if end < t1 else end  # "صيدلي | يعمل في X"
        end = _home_place_end(board, words, end, t1)
        return _unnamed(board, reg, words, t0, end, "anonymous", "an unnamed person described by a noun", cut)
    if not definite and t1 - t0 >= 2 and all(words.is_(k, "nationality") for k in range(t0 + 1, t1)) and (
            not words.bare[t0] and orgs.head_at(words, t0) is None and not _plural_body(words, norm0)
            and len(norm0) >= 4 and not words.toks[t0 + 1].raw.startswith("ال")):
        # "وقالت زائرة فرنسية"، "وقال سائح ألماني": someone the story describes by a nationality only,
        # whatever noun the lexicon does not list — a thing does not speak
        return _unnamed(board, reg, words, t0, t1, "anonymous", "an unnamed person described by a nationality", cut)
    if not definite and t1 - t0 >= 2 and words.is_(t0, "media_head", bare=True) and _outlet_name(words, t0 + 1):
        # "وقال موقع X إن …": an outlet's head and one word that is no adjective — its name
        card, why = _unnamed(board, reg, words, t0, t0 + 2, "organization", "an outlet named after its head noun",
                             cut)
        board.name_inside(card.mentions[-1], t0 + 1, t0 + 2)
        return card, why
    if words.is_(t0, "anon", "title", "title_possessive") or words.longest(t0, ("anon",), max_cut=0) or (
            source_noun(words, t0)):
        # a source noun of one word or of several ("وسائل إعلام"), or in the accusative after
        # أنّ/لكنّ ("غير أن مصدرا أمنيا قال")
        held = _holder_set_off(board, words, t0, b) if words.is_(t0, "title", "title_possessive") else None
        if held is not None:
            return held, "the holder set off by commas after the role"  # "عضو لجنة X، النائبة Y،"
        return _unnamed(board, reg, words, t0, t1, "anonymous", "an unnamed source (a role or source noun)", cut)
    if not definite and t1 - t0 >= 2 and norm0.endswith(("تا", "تي")) and dual_of_a_head(words, norm0) and (
            plain(toks[t0 + 1].gap) or quote(toks[t0 + 1].gap)):
        # "منظمتا «X» و«Y»"، "نقابتا الصحفيين والمحامين": the dual of a body's head in construct —
        # the first body named after it speaks for both (as a dual verb's first subject does), or,
        # with no card there, the two bodies together, a group
        first = board.card_at(t0 + 1)
        if first is not None and first.kind == "organization" and board.owner[t0 + 1].t0 == t0 + 1:
            return first, "the first of the two bodies the dual of their head noun names"
        end = t0 + 2 if toks[t0 + 1].definite else t0 + 1
        while end < t1 and plain(toks[end].gap) and toks[end].norm[:1] == "و" and (
                toks[end].norm[1:].startswith("ال")) and board.card_at(end) is None:
            end += 1  # "والمحامين": the second body's genitive
        if end > t0 + 1:
            card, why = _unnamed(board, reg, words, t0, end, "group", "two bodies named by the dual of their head", cut)
            card.plural, card.gender = True, "f"
            return card, why
    plural = (len(head) >= 6 and (head.endswith("ون") or ((definite or governed) and head.endswith("ين"))) and not (
        words.is_(t0, "nationality")) and orgs.head_at(words, t0) is None) or dual_of_a_head(words, norm0)
    # "المحتجون"، "ناشطون" (not "القانون", nor a body's head in ون: "التلفزيون"); an indefinite
    # -ين is an object or a genitive — save after أن/لكن, whose subject takes the accusative
    # ("لكن حدادين في الورشة قالوا")
    if plural:
        end = t0 + 1
        while end < t1 and _qualifies(words, end):
            end += 1
        if end == t1 or toks[end].norm in _links() or toks[end].norm in anonymous_words("met_by") or (
                _glued_ba(words, end)):
            # "المراقبون الدوليون في المدينة": adjectives and one linked complement
            end = _linked_complement(board, words, end, t1) if end < t1 else end
            return _unnamed(board, reg, words, t0, end, "group", "a collective that speaks", cut)
        if end == t0 + 1 and toks[end].norm.startswith("لل") and plain(toks[end].gap) and (
                board.card_at(end) is None and not words.is_(end, "stop", "never", "temporal", bare=True)
                and not _told_outlet(board, words, end)):  # ("مستثمرون | للصحيفة": whom they told)
            # "متابعون للشأن الاقتصادي": the participle's object after ل, and its adjectives
            end += 1
            while end < t1 and _qualifies(words, end):
                end += 1
            return _unnamed(board, reg, words, t0, end, "group", "a collective that speaks", cut)
        if not definite and t1 - end <= 4 and toks[end].norm.endswith("وا") and len(toks[end].norm) >= 5 and (
                plain(toks[end].gap) and all(plain(toks[k].gap) for k in range(end, t1))):
            # "لاجئون شاركوا في الاعتصام": an indefinite plural and the clause that describes it
            return _unnamed(board, reg, words, t0, t1, "group", "a collective that speaks", cut)
    if _women_of_a_trade(words, head) and orgs.head_at(words, t0) is None and not (
            t0 + 1 < t1 and _plural_nisba(words, t0 + 1) is not None):  # ("ناشطات محليات": below)
        # "وقالت ممرضات في القسم"، "الموظفات المضربات": the feminine sound plural of a noun
        # for people by their role or trade — adjectives and one linked complement, as above
        end = t0 + 1
        if end < t1 and (c := board.card_at(end)) is not None and c.kind in ("organization", "place") and (
                board.owner[end].t0 == end and plain(toks[end].gap)):
            end = _genitive_end(board, words, end, t1)  # "عضوات جمعية X": in construct with a body, named whole
        while end < t1 and _qualifies(words, end):
            end += 1
        end = _linked_complement(board, words, end, t1) if end < t1 and (
            toks[end].norm in _links() or _glued_ba(words, end)) else end
        card, why = _unnamed(board, reg, words, t0, end, "group", "a collective that speaks", cut)
        card.plural, card.gender = True, "f"
        return card, why
    if not definite and t1 - t0 >= 2 and len(norm0) >= 5 and norm0.endswith("ات") and not _plural_body(
            words, norm0) and orgs.head_at(words, t0) is None and _feminine_plural_verb(toks[t0 + 1]) and (
            plain(toks[t0 + 1].gap)):
        # "وقالت طالبات تجمعن أمام المديرية إنهن": women counted by a sound feminine plural, the
        # verb describing them in the feminine plural (things would take a singular: "ملفات وصلت")
        card, why = _unnamed(board, reg, words, t0, t0 + 1, "group", "a collective that speaks", cut)
        card.plural, card.gender = True, "f"
        return card, why
    if not definite and t1 - t0 >= 2 and _plural_body(words, norm0) and not _qualifies(words, t0 + 1) and (
            board.card_at(t0 + 1) is None and plain(toks[t0 + 1].gap) and not words.not_name(t0 + 1)
            and not words.is_(t0 + 1, "given", "surname", bare=True) and len(toks[t0 + 1].norm) > 2):
        # "وتقول منظمات إغاثة"، "منظمات حقوق الإنسان"، "شركات طيران أجنبية": a plural body in
        # construct with its field, and the field's adjectives — bodies that speak together
        end = t0 + 2
        if end < t1 and toks[end].definite and not toks[end - 1].definite and not _qualifies(words, end) and (
                not words.not_name(end) and board.card_at(end) is None):
            end += 1  # "حقوق الإنسان": the field's own genitive
        while end < t1 and _qualifies(words, end) and toks[end].definite == toks[end - 1].definite:
            end += 1
        card, why = _unnamed(board, reg, words, t0, end, "group", "bodies that speak together", cut)
        card.plural, card.gender = True, "f"
        return card, why
    if t1 - t0 >= 2 and _plural_body(words, norm0) and _qualifies(words, t0 + 1) and (
            toks[t0 + 1].definite == definite):
        # "ودعت النقابات العمالية"، "وطالبت منظمات حقوقية": bodies that speak together (a plural of
        # things: a feminine singular verb before them, or a plural one)
        end = t0 + 1
        while end < t1 and _qualifies(words, end) and toks[end].definite == definite:
            end += 1
        if end + 1 < t1 and toks[end].definite == definite and plain(toks[end].gap) and (
                toks[end].norm.removeprefix("ال")[:1] == "م" and len(toks[end].norm) >= 5) and (
                toks[end + 1].norm in _links()):
            # "الأحزاب الأخرى | المشتركة في الائتلاف": a participle and its complement say which bodies
            end = _linked_complement(board, words, end + 1, t1)
        card, why = _unnamed(board, reg, words, t0, end, "group", "bodies that speak together", cut)
        card.plural, card.gender = True, "f"
        return card, why
    if not definite and t1 - t0 >= 2 and not toks[t0 + 1].definite and len(toks[t0 + 1].norm) >= 6 and (
            toks[t0 + 1].norm.endswith("ون")) and plain(toks[t0 + 1].gap) and not words.bare[t0] & NAME_CLASSES and (
            _plural_nisba(words, t0 + 1) is None) and (  # ("أطباء ميدانيون": an unnamed source, below)
            not words.is_(t0, "title", "rank", "org_head", "org_head_weak", "stop", "never", bare=True)):
        # "أساتذة مشاركون في الاعتصام": a broken plural of people and the plural participle after it
        end = t0 + 2
        while end < t1 and _qualifies(words, end):
            end += 1
        end = _linked_complement(board, words, end, t1) if end < t1 else end
        card, why = _unnamed(board, reg, words, t0, end, "group", "a collective that speaks", cut)
        card.plural = True
        return card, why
    if not definite and norm0 in anonymous_words("people_plurals") and not (
            t0 + 1 < t1 and _plural_nisba(words, t0 + 1) is not None):  # ("أطباء ميدانيون": below)
        # "أطباء في المستشفى"، "تجار سوريون"، "طلاب الجامعة": people by their trade, unnamed, who
        # speak together — with their adjectives, a genitive or one linked complement
        end = t0 + 1
        if end < t1 and toks[end].definite and words.joined(end) and board.card_at(end) is None and (
                words.reporting(end) is None and not words.is_(end, "stop", "never", bare=True)):
            end += 1  # "طلاب الجامعة"
        elif end < t1 and (card := board.card_at(end)) is not None and card.kind in ("organization", "place"):
            end = _genitive_end(board, words, end, t1)  # "عمال شركة X"
        elif end < t1 and words.joined(end) and board.card_at(end) is None and len(toks[end].norm) >= 4 and (
                not (words.bare[end] & NAME_CLASSES) and not _qualifies(words, end) and not _present_verb(words, end)
                and words.reporting(end) is None and not words.is_(end, "stop", "never", bare=True)
                and toks[end].norm not in _links()):
            end += 1  # "عمال إغاثة"، "تجار خضار": an indefinite genitive, their trade
        while end < t1 and words.joined(end) and _qualifies(words, end) and (
                toks[end].definite == toks[end - 1].definite):
            end += 1
        end = _linked_complement(board, words, end, t1) if end < t1 else end
        if t0 + 1 < t1 and toks[t0 + 1].norm.endswith("وا") and (
                clause := _describing_clause_end(board, words, t0 + 1, t1)) > t0 + 1:
            end = clause  # "أساتذة | حضروا الجلسة": the past verb and the clause that describe them
        card, why = _unnamed(board, reg, words, t0, end, "group", "a collective that speaks", cut)
        card.plural = True
        return card, why
    if definite and t1 - t0 >= 2 and _office_of_a_community(words, t0):
        # "النواب الأكراد في المجلس"، "الوجهاء الدروز"، "القيادات الحوثية": people of an office named
        # by their community or a nisba — a group that speaks
        card, why = _unnamed(board, reg, words, t0, t1, "group", "a collective that speaks", cut)
        card.plural = True
        return card, why
    if definite and t1 - t0 == 2 and toks[t0 + 1].definite and len(toks[t0 + 1].norm) >= 7 and (
            toks[t0 + 1].norm.endswith("ون")) and not words.is_(t0, "title", "rank", "org_head", "org_head_weak"):
        # "الطلاب المحتجون": a broken plural and its plural participle
        return _unnamed(board, reg, words, t0, t1, "group", "a collective that speaks", cut)
    if definite and t1 - t0 == 3 and toks[t0 + 1].definite and len(toks[t0 + 1].norm) >= 7 and (
            toks[t0 + 1].norm.endswith("ون") and _bare(norm0) in anonymous_words("office_plurals")
            and toks[t0 + 2].norm.startswith("لل") and board.card_at(t0 + 2) is None and words.joined(t0 + 2)):
        # "الأعضاء المنتمون للكتلة": people of an office, by what their participle ties them to
        # after ل — some of them, who speak together, not the whole body
        return _unnamed(board, reg, words, t0, t1, "group", "a collective that speaks", cut)
    if not definite and len(head) >= 5 and head.endswith("و") and t1 - t0 >= 2 and (
            toks[t0 + 1].definite or construct_plural_shape(words.toks[t0].norm)) and (
            words.toks[t0].norm not in _not_person()):
        # "مراقبو الانتخابات"، "سائقو شاحنات": a sound plural in construct (its ن dropped) with what it
        # governs, a body's whole name too ("محللو بنك X")
        end = max(t0 + 2, _genitive_end(board, words, t0 + 1, t1) if board.card_at(t0 + 1) is not None else 0)
        if counted_by(toks[t0 + 1].norm) and t0 + 2 < t1 and toks[t0 + 2].norm == "من":
            end = t1  # "ممثلو عدد من نقابات X": the quantifier's whole phrase
        return _unnamed(board, reg, words, t0, end, "group", "a collective that speaks", cut)
    if t1 - t0 == 1 and norm0 in collective_pronouns():
        return _unnamed(board, reg, words, t0, t1, "group", "a collective that speaks", cut)
    if counted_by(norm0) and t1 - t0 >= 2 and _counts_here(norm0, toks[t0 + 1].norm):
        return _unnamed(board, reg, words, t0, t1, "group", "a collective that speaks", cut)
    if norm0 in _cardinals() and t1 - t0 >= 2 and (
            words.is_(t0 + 1, "anon", bare=True) or _counted_role(words, t0 + 1) or _cardinal_of(words, t0, t1)):
        card, why = _unnamed(board, reg, words, t0, t1, "anonymous", "unnamed sources, counted", cut)
        card.plural = True
        return card, why
    if definite and t1 - t0 >= 2 and orgs.head_at(words, t0) is not None and _qualifies(words, t0 + 1):
        # "وقالت الحكومة المحلية": a body described, not named, that speaks (its adjectives only)
        end = t0 + 1
        while end < t1 and _qualifies(words, end) and words.toks[end].definite:
            end += 1
        return _unnamed(board, reg, words, t0, end, "organization", "a body described by its head noun", cut)
    if not definite and t1 - t0 >= 2 and orgs.head_at(words, t0) is not None and words.is_(
            t0 + 1, "title", "title_possessive", bare=True) and plain(toks[t0 + 1].gap):
        # "ونفى مكتب رئيس الوزراء"، "ديوان الرئيس": a body named by the office it serves
        t = titles.after(board, words, t0 + 1)
        end = t.t1 if t is not None and t.t0 == t0 + 1 else t0 + 2  # (its places too: "… إلى اليمن")
        if t1 < end and toks[t1].norm == "من":
            end = t1  # (never over what the verb says: "حذرت رابطة مزارعي X | من ضياع …")
        # (nor over a second body joined by و: "جمعية المهندسين X | وجمعية الأطباء X")
        end = next((k for k in range(t0 + 2, end) if toks[k].norm[:1] == "و" and (
            ((m := board.owner[k]) is not None and m.t0 == k and m.start > toks[k].start)
            or ((h := orgs.head_at(words, k)) is not None and h[1] == 1))), end)  # (not "ولاية": its و is its own)
        return _unnamed(board, reg, words, t0, end, "organization", "a body named by the office it serves", cut)
    if not definite and (body := orgs.managed_body(board, words, t0, t1)) is not None:
        # "وقالت إدارة الشركة"، "حمّل مجلس إدارة النادي": a body's management speaks for the body
        # named before with that head noun
        board.mention(body, t0, t0 + 1, cut, role="reference", claim=False)
        return body, "the body its management speaks for (named before by its head noun)"
    if not definite and t1 - t0 >= 2 and orgs.head_at(words, t0) is not None and toks[t0 + 1].definite and (
            plain(toks[t0 + 1].gap) and board.card_at(t0 + 1) is None and not _plural_body(words, norm0)
            and not words.is_(t0 + 1, "title", "rank", "anon", "stop", bare=True)):
        # "وأعلنت رئاسة الوزراء"، "وقالت إدارة المستشفى": a head in construct with the noun it
        # governs names one body, though the noun is no name (its definite adjectives too)
        end = t0 + 2
        while end < t1 and _qualifies(words, end) and toks[end].definite:
            end += 1
        return _unnamed(board, reg, words, t0, end, "organization", "a body named by its head and its genitive", cut)
    if not definite and t1 - t0 >= 2 and (end := _brand_name_end(board, words, t0, t1)):
        # "أعلنت شركة مدار للاتصالات": a strong head and one indefinite word, its field after ل
        # and its nationality — a body's name though the word is an everyday one; the verb's
        # subject slot is the evidence the name stage lacks
        card = reg.card(f"organization:{key(board.surface(t0, end, cut))}", "organization",
                        "a body's head and a one-word name, the subject of a verb of speech")
        board.mention(card, t0, end, cut)
        return card, "a body's head and a one-word name"
    if not definite and t1 - t0 >= 3 and orgs.head_at(words, t0) is not None and words.plural_in_construct(t0 + 1) and (
            words.joined(t0 + 2) and toks[t0 + 2].norm[0] != "ل"
            and (end := _genitive_end(board, words, t0 + 2, t1)) > t0 + 2):
        # "لجنة متضرري وادي X"، "لجنة أهالي حي X": a body of the people named by a plural in
        # construct (its ن dropped: no adjective in ي) and the chain it governs
        return _unnamed(board, reg, words, t0, end, "organization", "a body named by its head and its genitive", cut)
    if not definite and t1 - t0 >= 2 and orgs.head_at(words, t0) is not None and _qualifies(words, t0 + 1) and (
            not words.toks[t0 + 1].definite):
        # "وقالت شركة صينية": a body described, not named — an unnamed source (an indefinite head
        # before a definite word is in construct with it: "رئاسة الجمهورية" names one)
        end = t0 + 1
        while end < t1 and _qualifies(words, end) and not words.toks[end].definite:
            end += 1
        return _unnamed(board, reg, words, t0, end, "anonymous", "an unnamed source (a body described)", cut)
    if not definite and t1 - t0 >= 2 and (gender := _plural_nisba(words, t0 + 1)) and not words.is_(
            t0, "nationality", "given", "surname", "org_head", "org_head_weak", "place_head"):
        # "ضباط ميدانيون في الجيش"، "مراقبون دوليون": people described by a plural adjective,
        # with one linked complement — an unnamed source
        end = t0 + 2
        while end < t1 and _qualifies(words, end) and not words.toks[end].definite:
            end += 1
        end = _linked_complement(board, words, end, t1) if end < t1 else end
        card, why = _unnamed(board, reg, words, t0, end, "anonymous",
                             "unnamed people described by a plural adjective", cut)
        card.plural, card.gender = True, gender  # the adjective's agreement (a broken plural in ة may still be men)
        return card, why
    if definite and t1 - t0 == 1 and orgs.head_at(words, t0) is not None:
        # "وقال الجيش"، "وأكدت الحكومة": a body named by its head noun alone, none named before
        return _unnamed(board, reg, words, t0, t1, "organization", "a body named by its head noun alone", cut)
    if not definite and not cut and (e := _unnamed_by_aside(board, words, t0, b)) and not words.not_name(t0) and (
            not words.is_(t0, "given", bare=True)):  # (a rare name or a surname may be an everyday noun: "مدرس")
        # "وقال مصرفي مشارك في المفاوضات، طلب عدم نشر اسمه، إن …": whoever asked not to be named
        # is an unnamed source, whatever noun describes them
        return _unnamed(board, reg, words, t0, e, "anonymous", "an unnamed source who asked not to be named")
    if definite and (t1 - t0 == 1 or toks[t0 + 1].norm in _links()) and (
            _plural_body(words, norm0) or _masculine_dual_of_a_head(words, norm0)) and (
            norm0.removeprefix("ال") not in _government_plurals()):  # ("السلطات": the state, no group)
        # "وقالت النقابات إن"، "وشدد الحزبان في رسالتهما": bodies named by their head's plural or dual
        # alone, that speak together
        card, why = _unnamed(board, reg, words, t0, t0 + 1, "group", "bodies that speak together", cut)
        card.plural = True
        return card, why
    if words.is_(t0, "title", "rank", "honorific", "org_head", "org_head_weak", "place_head", "nationality"):
        return None
    if lists.plural_head(words, t0):
        return None  # "وأعلنت شركات صناعة السيارات X وY": bodies listed, no one's name
    if head in _not_person():
        return None
    if t1 - t0 == 1 and not words.is_(t0, "given", "given_m", "given_f", bare=True) and (
            body := _by_short_name(board, words, t0, head, cut)) is not None:
        return body, "the body named before, by its short name"
    ppers = max(words.p(k, "PERS") for k in range(t0, t1))
    end = 0
    if not definite and t1 - t0 >= 2 and (ppers >= 0.2 or words.is_(t0, "given")):
        end = t0 + 1
        while end < t1 and (words.p(end, "PERS") >= 0.2 or (end == t0 + 1 and not (
                toks[end].norm in _links() or words.is_(end, "stop", "never", bare=True)))):
            end += 1  # (a link or a function word is no second word of a name: "ضيف | في برنامج")
        if end == t0 + 1:
            end = 0  # (this reading is of two words or more; a one-word name is read below)
    elif definite and t1 - t0 == 1 and ppers >= 0.3 and norm0[2:] not in anonymous_words("relatives") and not (
            words.refers_back(t0)):  # ("ويقول الخمسيني" after "رجل خمسيني": who was described, no name)
        end = t1  # a family name alone, mostly a nisba ("وقال المصراتي"; "الوالد" is a relative, no name)
    elif not definite and t1 - t0 == 1 and not cut and words.is_(t0, "given_m", "given_f", bare=True) and (
            words.is_(t0, "given", bare=True)) and not words.not_name(t0):
        end = t1  # "أما سلوى فقالت": a common given name alone (people in the street go by one)
    elif _before_apposed_title(words, t0, t1, b):
        end = t1  # "نقلا عن X Y مبعوث الرئيس": unknown words a title in construct describes
    if not end:
        return None
    why = "a name the tagger reads, as the subject of a reporting verb"
    card = reg.card(f"person:{key(board.surface(t0, end, cut))}", "person", why + " (handed over by the quote stage)")
    board.mention(card, t0, end, cut)
    return card, why


def _feminine_plural_verb(t) -> bool:
    """A past verb of the feminine plural ("تجمعن"، "اعتصمن"): ـن after a consonant."""
    w = t.norm
    return len(w) >= 4 and w.endswith("ن") and not w.endswith(("ين", "ان", "ون")) and not t.definite


def _holder_set_off(board: Board, words: Words, t0: int, b: int) -> Card | None:
    """"عضو لجنة الصحة في البرلمان، النائبة X،": the person named right after the first comma
    past a role phrase (maybe after a rank or role of their own), no other person before it."""
    toks = words.toks
    for k in range(t0 + 1, min(b, t0 + _MAX + 4, words.n)):
        if titles.person_at(board, k):
            return None
        if not plain(toks[k].gap):
            if not comma(toks[k].gap):
                return None
            # the holder's own rank or role may come first ("، معاون مدير الامتحانات X،")
            j = k
            while j < min(b, k + 7) and not titles.person_at(board, j) and (j == k or plain(toks[j].gap)) and (
                    words.reporting(j) is None) and not words.is_(j, "stop", "never", bare=True):
                j += 1  # (not past a preposition: "، في إشارة إلى زيارة X" names someone else)
            return board.card_at(j) if j < b and titles.person_at(board, j) else None
    return None


def _unnamed_by_aside(board: Board, words: Words, t0: int, b: int) -> int:
    """The end of the phrase at t0 that an aside of anonymity follows ("مصرفي مشارك في
    المفاوضات | ، طلب عدم نشر اسمه،"): plain words up to a comma, none a verb of speech or a
    person's name; 0 when there is none."""
    toks = words.toks
    for e in range(t0 + 1, min(b + 1, t0 + 8, words.n)):
        if words.reporting(e - 1) is not None or titles.person_at(board, e - 1):
            return 0
        if not plain(toks[e].gap):
            return e if _asked_not_to_be_named(words, e) else 0
    return 0


def _asked_not_to_be_named(words: Words, t1: int) -> bool:
    """"…، طلب عدم نشر اسمه،"، "…، لم تسمه،"، "…، رفض الكشف عن هويته،": the aside of a source who
    stays unnamed, set off by a comma right after the phrase ending at t1."""
    toks, n = words.toks, words.n
    if t1 >= n or not comma(toks[t1].gap):
        return False
    for k in range(t1, min(n, t1 + 6)):
        if k > t1 and not plain(toks[k].gap):
            return False
        w = toks[k].norm
        if w == "عدم" or w in anonymous_words("identity_words") or (
                w == "لم" and k + 1 < n and toks[k + 1].norm in anonymous_words("not_naming")):
            return True
    return False


def _before_apposed_title(words: Words, t0: int, t1: int, b: int) -> bool:
    """One to three indefinite words, none a closed-class word, right before an indefinite
    title in construct ("X Y مبعوث الرئيس"، "X ممثل الأمين العام"): a name and its title."""
    toks = words.toks
    return t1 == b < words.n and 1 <= t1 - t0 <= 3 and words.is_(t1, "title") and not toks[t1].definite and (
        plain(toks[t1].gap)) and t1 + 1 < words.n and toks[t1 + 1].definite and all(
        not toks[k].definite and not words.not_name(k) and words.reporting(k) is None and not words.is_(
            k, "title", "rank", "org_head", "org_head_weak", "place_head", "nationality", "anon")
        for k in range(t0, t1))


_KIND_WORD = {"anonymous": "unnamed source", "person": "person", "organization": "body", "group": "group",
              "place": "place"}


def _adjective_shape(words: Words, j: int) -> bool:
    """A definite word that may be an adjective: a nisba or listed adjective, a source's own
    adjective, or a participle ("المحتجون"، "المسلحة": الم…)."""
    return orgs.adjective(words, j) or words.is_(j, "anon_adj") or words.toks[j].norm.startswith("الم") or (
        _definite_cardinal(words, j)) or _faeel_adjective(words, j)


_FAEEL = re.compile(r"^ال[^ا]{2}ي[^اوي]ه?$")  # فعيل / فعيلة: "الجديد"، "القديمة"، "الكبيرة"


def _faeel_adjective(words: Words, j: int) -> bool:
    """A definite word of the adjective pattern فعيل(ة) ("القديمة"، "الجديدة") that no lexicon lists
    as a role, a head, a name or a place: an adjective of the noun before it."""
    return bool(_FAEEL.match(words.toks[j].norm)) and not words.bare[j] & NAME_CLASSES and not words.is_(
        j, "title", "rank", "org_head", "org_head_weak", "place_head", "media_head", "stop", "never", "temporal",
        bare=True)


def _definite_cardinal(words: Words, j: int) -> bool:
    """"الخمس"، "الثلاثة" after a definite plural: a number agreeing with it as an adjective does
    (not "الاثنين", Monday)."""
    return words.toks[j].definite and words.toks[j].norm[2:] in _cardinals() and not words.is_(
        j, "weekday", bare=True)


def _plural_body(words: Words, norm: str) -> bool:
    """A sound plural in ات of a body's head noun ("النقابات"، "منظمات"، "اتحادات"), or its
    dual ("منظمتان"، "النقابتين")."""
    stem = norm.removeprefix("ال")
    if stem in lexicon.word_set("organizations", "broken_plural_heads"):
        return True  # "لجان"، "كتل": a body's head in a broken plural
    if len(stem) >= 5 and stem.endswith("ات"):
        base = stem[:-2]
        return any(words.lexicon_has(cls, form) for cls in ("org_head", "org_head_weak") for form in (base + "ه", base))
    return dual_of_a_head(words, stem)


_DUAL_HEADS = ("org_head", "org_head_weak", "media_head")


def dual_of_a_head(words: Words, norm: str) -> bool:
    """The feminine dual (…تان، …تين; in construct …تا، …تي) of a body's head noun
    ("منظمتان"، "الجمعيتين"، "وزارتا الصحة والتعليم"): two bodies, never a name."""
    stem = norm.removeprefix("ال")
    if len(stem) >= 6 and stem.endswith(("تان", "تين")):
        base = stem[:-3]
    elif len(stem) >= 5 and stem.endswith(("تا", "تي")) and not norm.startswith("ال"):
        base = stem[:-2]
    else:
        return False
    return any(words.lexicon_has(cls, base + "ه") for cls in _DUAL_HEADS)


@cache
def _government_plurals() -> frozenset[str]:
    """Heads that name a state's government in the plural ("سلطات"), from `government_heads`."""
    return frozenset(key(h) for h in lexicon.word_set("organizations", "government_heads"))


def _masculine_dual_of_a_head(words: Words, norm: str) -> bool:
    """The masculine dual (…ان، …ين) of a body's head noun ("الحزبان"، "المجلسين")."""
    stem = norm.removeprefix("ال")
    return len(stem) >= 5 and stem.endswith(("ان", "ين")) and any(
        words.lexicon_has(cls, stem[:-2]) for cls in _DUAL_HEADS)


def _name_shaped(words: Words, x: int) -> bool:
    """A word that may be part of a name no lexicon knows: listed only as a name, or no
    everyday word of news text, nor a preposition's noun with a pronoun ("بدوره"، "كعادته")."""
    bare, t = words.bare[x], words.toks[x]
    if bare:
        return bare <= NAME_CLASSES
    return t.norm not in common_words() and not (
        t.norm[0] in "بكل" and len(t.readings) > 1 and t.raw.endswith(POSSESSIVE))


def _unknown_name_after_title(board: Board, reg: Registry, words: Words, t0: int, t1: int) -> Card | None:
    """"وقالت الممرضة X Y، التي …"، "وأكدت السيدة X Y، وهي …": the subject is a definite
    title (or stands after an honorific) and then two or three words no lexicon knows, no card
    holds and the tagger left out, closed by a comma — a person; the title is theirs."""
    toks = words.toks
    if t1 >= words.n or not comma(toks[t1].gap):
        return None
    if toks[t0].definite and words.is_(t0, "title", "rank", "honorific", bare=True):
        s = t0 + 1
    elif t0 > 0 and plain(toks[t0].gap) and toks[t0 - 1].definite and words.is_(t0 - 1, "honorific", bare=True):
        s = t0
    else:
        return None
    if not 2 <= t1 - s <= 3 or toks[s].definite or not all(
            plain(toks[k].gap) and board.card_at(k) is None and _name_shaped(words, k) for k in range(s, t1)):
        return None
    if any(toks[k].definite and k < t1 - 1 for k in range(s, t1)):
        return None  # (only the family name may carry the article: "X Y الكناني")
    card = reg.card(f"person:{key(board.surface(s, t1))}", "person",
                    "a name no lexicon knows after a title or an honorific (handed over by the quote stage)")
    board.mention(card, s, t1)
    if s > t0:
        card.add_title(board.surface(t0, s))
    return card


def _apposition_name(board: Board, reg: Registry, words: Words, t0: int, t1: int) -> Card | None:
    """"مساعد المتحدث باسم الوزارة، X، إن …"، "غريم بل، أحد علماء …": a short name set off
    by commas next to a description is the person; the description is their title.  Two names
    joined by و ("شقيقتاه، X Y وZ W، إن …") are two people; the first is returned as the speaker,
    and the shared description is no one's title."""
    toks = words.toks
    n = words.n
    j = t1
    if j >= n or not re.search(r"[،,]", toks[j].gap):
        return None
    spans: list[tuple[int, int]] = []
    s0 = k = j
    while k < n and k - j < 7 and (k == j or plain(toks[k].gap)) and not words.not_name(k) \
            and not toks[k].norm.startswith("ال"):
        if k > s0 and conjunct_name(words, k):
            spans.append((s0, k))
            s0 = k
        k += 1
    spans.append((s0, k))
    closed = k >= n or re.search(r"[،,]", toks[k].gap) or toks[k].norm in ("ان", "انه", "انها") or (
        toks[k].sent != toks[j].sent)  # "…، كما أوضح مساعد الوزير، X." at the sentence's end
    def named(a: int, b: int) -> Card | None:  # a person the actor stage already found there
        m, card = board.owner[a], board.card_at(a)
        return card if card is not None and card.kind == "person" and m is not None and (
            (m.t0, m.t1) == (a, b)) else None

    if k == j or not closed or len(spans) > 2 or any(b - a > 3 for a, b in spans) or not all(
            board.free(a, b) or (len(spans) > 1 and named(a, b)) for a, b in spans):
        return None
    if any(toks[x].norm in anonymous_words("identity_words") or toks[x].norm == "عدم" for x in range(j, k)):
        return None  # "…، فضل إخفاء هويته،": the source's aside about its name, no name
    titled = words.is_(t0, "title", "title_possessive", "rank")
    if not all(named(a, b) or max(words.p(x, "PERS") for x in range(a, b)) >= 0.3 or words.is_(a, "given") or (
            titled and all(_name_shaped(words, x) for x in range(a, b))) for a, b in spans):
        return None  # (words no lexicon knows, set off after a title, are its holder's name — not
        # "بدوره"، "كعادته دائما": a suffixed or everyday word)
    cards = []
    for a, b in spans:
        if (card := named(a, b)) is not None:
            cards.append(card)  # (the second of two names, found by the tagger)
            continue
        cut = words.proclitic_cut(a) if a > j else 0
        card = reg.card(f"person:{key(board.surface(a, b, cut))}", "person",
                        "named in apposition to a description (handed over by the quote stage)")
        board.mention(card, a, b, cut)
        cards.append(card)
    if len(cards) == 1:
        cards[0].add_title(board.surface(t0, t1))
    return cards[0]


def conjunct_name(words: Words, k: int) -> bool:
    """و + a given name, a word the lexicon does not know, or a word the tagger opens a
    person's name with: a second name — unless the whole word is a name ("وليد")."""
    t = words.toks[k]
    return t.norm.startswith("و") and len(t.norm) >= 4 and not words.bare[k] & NAME_CLASSES and (
        words.is_(k, "given") or not words.any[k] or words.label(k) == "B-PER")


class _Referents:
    """The cards a back-reference may name, by the key it looks them up with: an unnamed
    source's head, a person's titles' first words, a body's head.  Scanning every card for
    every back-reference was quadratic in a long article; new cards are added as they come,
    and a merge (which moves titles) rebuilds it."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, object], list[Card]] = {}
        self.upto = 0  # cards numbered below this are indexed
        self.merges = -1

    def of(self, board: Board, *keys: tuple[str, object]) -> list[Card]:
        """The live cards under any of ``keys``, in creation order (as board.live() lists them)."""
        if board.merges != self.merges:
            self.by_key.clear()
            self.upto, self.merges = 0, board.merges
        if board.numbered > self.upto:
            new = list(takewhile(lambda c: c.n >= self.upto, reversed(board.cards)))  # the newest, only
            for card in reversed(new):
                for k in _referent_keys(card):
                    self.by_key.setdefault(k, []).append(card)
            self.upto = board.numbered
        got = {id(c): c for k in keys for c in self.by_key.get(k, ())}
        return sorted((c for c in got.values() if c.mentions and not c.dead), key=lambda c: c.n)


def _referent_keys(card: Card) -> set[tuple[str, object]]:
    if card.kind == "anonymous":
        return {("head", card.head), ("unnamed", bool(card.plural))}
    if card.kind == "person":
        # a name of two words or more: its last word alone is the family name a reference uses
        names = {("surname", m.key.split()[-1]) for m in card.mentions if m.role == "name" and " " in m.key}
        titled = {("titled", True)} if card.titles else set()
        return {("title", _role(key(t).split()[0])) for t in card.titles if key(t)} | names | titled
    if card.kind == "organization":
        # "شركة الواحة للتأمين" … "وأضافت الواحة": the first word after the head is the body's short name
        short = {("short", _bare(m.key.split()[1])) for m in card.mentions
                 if m.role == "name" and len(m.key.split()) >= 2}
        return short | ({("head", _synonym(_bare(card.head)))} if card.head else set())
    if card.kind == "group" and card.head:
        return {("head", _synonym(_bare(card.head)))}
    return set()


def _synonym(head: str) -> str:
    """A body's or a relation's head noun as the first of its synonyms ("جريدة" → "صحيفة"،
    "أم" → "والدة")."""
    return orgs.head_synonyms().get(head) or _kin_synonyms().get(head, head)


def _role(word: str) -> str:
    """A title's head word, bare, as the first of its synonyms ("الناطق" → "متحدث")."""
    bare = _bare(word)
    return _role_synonyms().get(bare, bare)


@cache
def _role_synonyms() -> dict[str, str]:
    return {_bare(key(w)): _bare(key(group[0])) for group in lexicon.load("titles")["role_synonyms"] for w in group}


@cache
def _kin_synonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for group in lexicon.load("anonymous")["kin_synonyms"]:
        for w in group:
            out[_bare(key(w))] = _bare(key(group[0]))
    return out


def _referents(board: Board, words: Words, *keys: tuple[str, object]) -> list[Card]:
    memo = words.memo("referents")
    index = memo.get(0)
    if index is None:
        index = memo[0] = _Referents()
    return index.of(board, *keys)


def _by_short_name(board: Board, words: Words, t0: int, head: str, cut: int) -> Card | None:
    """"وأضافت الواحة" after "شركة الواحة للتأمين": the body named before whose name's first
    word after its head is this word — the last such, as a body goes by its short name."""
    at = words.toks[t0].start
    found = [c for c in _referents(board, words, ("short", head)) if _starts(words, c)[0] < at]
    if not found:
        return None
    card = max(found, key=lambda c: _starts(words, c)[bisect_left(_starts(words, c), at) - 1])
    board.mention(card, t0, t0 + 1, cut, role="name")
    return card


def _by_two_word_family_name(board: Board, words: Words, t0: int) -> Card | None:
    """"وأضاف حسب الرسول": the one person named before whose name of three words or more ends
    in these two (a compound family name whose first word is also a preposition or a noun)."""
    if t0 + 1 >= words.n or not plain(words.toks[t0 + 1].gap) or board.card_at(t0) is not None:
        return None
    at, two = words.toks[t0].start, key(board.surface(t0, t0 + 2))
    found = [c for c in _referents(board, words, ("surname", words.toks[t0 + 1].norm))
             if c.kind == "person" and _starts(words, c)[0] < at
             and any(len(w := key(m.surface).split()) > 2 and " ".join(w[-2:]) == two for m in c.names())]
    if len(found) != 1:
        return None
    board.mention(found[0], t0, t0 + 2, role="name")
    return found[0]


def _by_family_name(board: Board, words: Words, t0: int) -> Card | None:
    """"وحذر العدوان من أن": the one person named before whose name ends in this word, even an
    everyday word the name stage would not take alone (the verb's subject slot vouches for it)."""
    at = words.toks[t0].start
    found = [c for c in _referents(board, words, ("surname", words.toks[t0].norm))
             if c.kind == "person" and _starts(words, c)[0] < at]
    if len(found) != 1:
        return None  # none, or two people of one family: the name alone does not say which
    board.mention(found[0], t0, t0 + 1, role="name")
    return found[0]


def _titled(board: Board, words: Words, t0: int, t1: int, cut: int = 0) -> Card | None:
    """"وقال وزير المالية": the person named before who holds that title — also named by the
    role and a possessive pronoun alone ("وفق ما صرحت به رئيستها": her/its president)."""
    np = [_bare(w) for w in key(board.surface(t0, t1, cut)).split()]
    if t1 - t0 == 1 and np and (base := unpossessed_role(words_lexicon(), np[0])) is not None:
        np = [base]
    best: tuple[int, Card] | None = None
    at = words.toks[t0].start
    if np:
        np[0] = _role(np[0])
    for card in _referents(board, words, ("title", np[0])) if np else ():
        if card.kind != "person":
            continue
        starts = _starts(words, card)
        i = bisect_left(starts, at)
        if not i:
            continue
        last = starts[i - 1]
        for t in card.titles:
            tw = [_bare(w) for w in key(t).split()]
            tw[:1] = [_role(w) for w in tw[:1]]
            k = min(len(tw), len(np))
            need = 1 if min(len(tw), len(np)) == 1 else 2
            if k >= need and tw[:k] == np[:k] and (best is None or last > best[0]):
                best = (last, card)
    if best is None:
        return None
    board.mention(best[1], t0, t1, cut, role="reference")
    return best[1]


_EPITHET_REACH = 120  # tokens back to the person a "new holder" epithet refers to


def _new_holder(board: Board, words: Words, t0: int, t1: int, cut: int = 0) -> Card | None:
    """"وقال الرئيس الجديد للاتحاد": a definite role called new, elected or appointed is the
    person the story named just before (within reach, of the role's gender)."""
    epithets = lexicon.word_set("titles", "epithet_adjectives")
    if not any(words.toks[k].norm in epithets for k in range(t0 + 1, t1)):
        return None
    feminine = words.toks[t0].norm.endswith("ه")
    for k in range(t0 - 1, max(-1, t0 - _EPITHET_REACH), -1):
        card = board.card_at(k)
        if card is not None and card.kind == "person" and (card.gender == "f") == feminine:
            board.mention(card, t0, t1, cut, role="reference")
            card.add_title(board.surface(t0, t1, cut))  # what the text calls the person now
            return card
    return None


_NATIONALITY_REACH = 40  # the latest person cards a role and a nationality may refer back to


def _by_nationality(board: Board, words: Words, t0: int, t1: int, cut: int = 0,
                    marked_only: bool = False) -> Card | None:
    """"وأضاف المدرب البرتغالي": a definite role and a nationality, no holder of that role
    named — the person named last before it with that nationality right before the name
    ("اعترف البرتغالي X") or in a title ("X، المدرب البرتغالي لنادي …"), of the role's gender.
    ``marked_only``: in a title only (the noun is no role the lexicon knows)."""
    toks = words.toks
    if t1 - t0 != 2 or not words.is_(t0 + 1, "nationality") or not toks[t0 + 1].definite:
        return None
    nat = _nisba_stem(toks[t0 + 1].norm)
    feminine = toks[t0].norm.endswith("ه")
    at = toks[t0].start
    best: tuple[int, Card] | None = None
    for card in board.live()[-_NATIONALITY_REACH:]:
        if card.kind != "person" or (card.gender == "f") != feminine:
            continue
        marked = any(nat in {_nisba_stem(w) for w in key(t).split()} for t in card.titles)
        for m in card.mentions:  # (not in text order: a back-reference may be added late)
            before = not marked_only and m.t0 > 0 and _nisba_stem(toks[m.t0 - 1].norm) == nat
            if m.start < at and (marked or before) and (best is None or m.start > best[0]):
                best = (m.start, card)
    if best is None:
        return None
    board.mention(best[1], t0, t1, cut, role="reference")
    best[1].add_title(board.surface(t0, t1, cut))
    return best[1]


def _nisba_stem(w: str) -> str:
    """A nisba without the article or its feminine ending ("البرتغالية" ~ "برتغالي")."""
    w = w.removeprefix("ال")
    return w[:-1] if w.endswith("ه") else w


def _starts(words: Words, card: Card) -> list[int]:
    """The offsets of a card's mentions, sorted, and kept so as mentions are appended (taking the
    first and last of every card's mentions per proposal was quadratic in a long article)."""
    memo = words.memo("mention_starts")
    got = memo.get(id(card))
    ms = card.mentions
    if got is None or got[0] is not ms or got[1] > len(ms):  # a new card, or a merge replaced the list
        got = memo[id(card)] = [ms, 0, []]
    for m in ms[got[1] :]:
        insort(got[2], m.start)
    got[1] = len(ms)
    return got[2]


_RECENT_OFFICIALS = 40  # the latest people with an office that "المسؤولة" may refer back to


@cache
def _counterpart_words() -> frozenset[str]:
    """"نظيره"، "نظيرته" (`counterparts` in titles.toml)."""
    return frozenset(key(w) for w in lexicon.load("titles")["counterparts"])


def _a_counterpart(card: Card) -> bool:
    """A person whose title names the office only as someone's counterpart ("نظيره اللبناني")."""
    words = _counterpart_words()
    return card.kind == "person" and any(key(t).split()[0] in words for t in card.titles if key(t))


def _case_free(head: str) -> str:
    """A sound masculine plural without its case ending ("محللون" and "المحللين" after لكن are
    one group)."""
    return head[:-2] if len(head) >= 6 and head.endswith(("ون", "ين")) else head


def _back_reference(board: Board, words: Words, t0: int, t1: int, head: str, cut: int = 0) -> Card | None:
    """"وقال المصدر": the unnamed source with that head; "وقال الوزير": the person titled so;
    "وقالت الوزارة": the body with that head — each the last one named before."""
    best: tuple[int, Card, str] | None = None
    at = words.toks[t0].start
    states = _states(words, t0, t1)
    counterparts = [("title", w) for w in _counterpart_words()] if states else []
    cases = [("head", _case_free(head) + e) for e in ("ون", "ين")] if _case_free(head) != head else []
    for card in _referents(board, words, ("head", head), ("head", _synonym(head)), ("title", head), *counterparts,
                           *cases):
        starts = _starts(words, card)
        if starts[0] >= at:
            continue
        theirs = _card_states(words, card) if states else set()
        if theirs and theirs.isdisjoint(states):
            continue  # "الوزير الأمريكي" after "وزير الخارجية المصري": another state's minister
        last = starts[bisect_left(starts, at) - 1]
        role = ""
        if card.kind == "anonymous" and _case_free(_synonym(card.head)) == _case_free(_synonym(head)):
            role = "name"
        elif card.kind == "person" and any(_bare(key(t).split()[0]) == head for t in card.titles if key(t)):
            role = "reference"  # "وقال الوزير": the person titled so
        elif theirs and _a_counterpart(card):
            # "الوزير اللبناني" after "ونظيره اللبناني، X": the counterpart holds the office of the
            # one it is the counterpart of; the nationality says which
            role = "reference"
        elif card.kind in ("organization", "group") and card.head and _case_free(_synonym(_bare(card.head))) == (
                _case_free(_synonym(head))):
            # "وقالت الوزارة": the body with that head; a body's head alone is one of its short
            # names (an alias), a group's is only a description
            role = "name" if card.kind == "organization" and _bare(card.head) == head else "reference"
        if role and (best is None or last > best[0]):
            best = (last, card, role)
    if best is None and head in _any_source():
        # "وأضاف المصدر" after "مسؤول في الشركة": the last unnamed source of the same number
        plural = head in _plural_heads()
        for card in _referents(board, words, ("unnamed", plural)):
            starts = _starts(words, card)
            if card.kind != "anonymous" or starts[0] >= at or bool(card.plural) != plural:
                continue
            last = starts[bisect_left(starts, at) - 1]
            if best is None or last > best[0]:
                best = (last, card, "name")
    if best is None and head in anonymous_words("any_official"):
        # "وأضافت المسؤولة الأممية" after "ممثلة المفوضية، X": the last person with an office
        gender = "f" if board.surface(t0, t0 + 1, cut).rstrip("\u064b-\u0652").endswith("ة") else "m"
        for card in _referents(board, words, ("titled", True))[-_RECENT_OFFICIALS:]:  # (bounded: linear)
            starts = _starts(words, card)
            if card.kind != "person" or starts[0] >= at or (card.gender or gender) != gender:
                continue
            if states and (theirs := _card_states(words, card)) and theirs.isdisjoint(states):
                continue
            last = starts[bisect_left(starts, at) - 1]
            if best is None or last > best[0]:
                best = (last, card, "reference")
        if best is not None and len(best[1].titles) and t1 - t0 >= 2:
            best[1].add_title(board.surface(t0, t1, cut))  # "المسؤولة الأممية": a description of hers
    if best is None:
        return None
    _, card, role = best
    board.mention(card, t0, t1, cut, role=role)
    if states and t1 - t0 >= 2 and card.kind == "person":
        # "الوزير اللبناني": the office a counterpart holds; "المدرب التونسي": a role and the
        # nationality the text tells of the person it refers back to
        card.add_title(board.surface(t0, t1, cut))
    return card


@cache
def _sub_body_heads() -> frozenset[str]:
    return frozenset(key(w) for w in lexicon.load("organizations")["sub_body_heads"])


def _office_of_a_body(board: Board, reg: Registry, words: Words, t0: int, cut: int) -> tuple[Card, str] | None:
    """"الأمانة العامة | للبرلمان"، "اللجنة الفنية | للاتحاد": a definite office's head
    (`sub_body_heads`, `office_heads`) and its adjectives, then ل glued to a body named whole —
    an office of that body, a body of its own that speaks."""
    toks = words.toks
    if not toks[t0].definite or toks[t0].norm.removeprefix("ال") not in _office_heads():
        return None
    k = t0 + 1
    while k < words.n and k - t0 <= 2 and plain(toks[k].gap) and toks[k].definite and board.owner[k] is None and (
            _qualifies(words, k) or orgs.adjective(words, k) or toks[k].norm in _GENERAL):
        k += 1
    body, m = board.card_at(k) if k < words.n else None, board.owner[k] if k < words.n else None
    if k == t0 + 1 or body is None or body.kind != "organization" or m is None or m.t0 != k or not (
            plain(toks[k].gap) and toks[k].norm.startswith("ل") and m.start > toks[k].start):
        return None
    end = orgs.release(board, body, k)  # (the body's name inside is the office's now, as with a sub-body's head)
    return _unnamed(board, reg, words, t0, end, "organization", "an office of the body named after it", cut)


@cache
def _office_heads() -> frozenset[str]:
    data = lexicon.load("organizations")
    return frozenset(key(w) for w in [*data["sub_body_heads"], *data["office_heads"]])


def _sub_body_end(board: Board, words: Words, k: int) -> int:
    """Where "بعثة [الأمم المتحدة] [للدعم] [في ليبيا]" ends: the body's mention, its purpose
    (a ل-noun and its definite words) and its seat (في and a place)."""
    toks = words.toks
    m = board.owner[k]
    end = m.t1 if m is not None else k + 1
    while end < words.n and plain(toks[end].gap) and toks[end].definite and board.owner[end] is None and (
            _qualifies(words, end)):
        end += 1  # "قوة الأمم المتحدة المؤقتة"
    if end < words.n and plain(toks[end].gap) and board.owner[end] is None and toks[end].norm in _GENERAL and (
            toks[end].norm.endswith("ه") == _bare(toks[k - 1].norm).endswith("ه")):
        end += 1  # "قيادة الدفاع المدني | العامة": "general" agreeing with the head, not with the body inside
    if end < words.n and plain(toks[end].gap) and toks[end].norm.startswith("ل") and board.owner[end] is None and (
            any(c == 1 for _, c in toks[end].readings)) and not words.not_name(end):
        end += 1
        if not toks[end - 1].norm.startswith("لل") and end < words.n and plain(toks[end].gap) and (
                toks[end].definite and board.owner[end] is None and not words.not_name(end)):
            end += 1  # "لحقوق الإنسان": an indefinite purpose and its genitive
        elif not toks[end - 1].norm.startswith("لل") and end < words.n and plain(toks[end].gap) and (
                (c := board.card_at(end)) is not None and c.kind == "place" and board.owner[end].t0 == end):
            end = board.owner[end].t1  # "لمساعدة العراق": ... or a place it serves
        while end < words.n and plain(toks[end].gap) and toks[end].definite and board.owner[end] is None and (
                _qualifies(words, end)):
            end += 1
    if end + 1 < words.n and toks[end].norm == "في" and plain(toks[end + 1].gap) and (
            (c := board.card_at(end + 1)) is not None and c.kind == "place"):
        end = board.owner[end + 1].t1
    return end


def _states(words: Words, a: int, b: int) -> set[str]:
    """The states the nationality adjectives in tokens [a, b) name."""
    out = set()
    for k in range(a, b):
        h = words.longest(k, ("nationality",), max_cut=1)
        if h is not None and h.start == k:
            out.add(h.value)
    return out


def _card_states(words: Words, card: Card) -> set[str]:
    """The states a card's name mentions or titles name by a nationality adjective (kept per
    card as its mentions grow, so a long article pays once per mention)."""
    memo = words.memo("card_states")
    seen, got = memo.get(id(card), (0, set()))
    if card.kind != "person":
        for m in card.mentions[seen:]:
            got |= _states(words, m.t0, m.t1)
    memo[id(card)] = (len(card.mentions), got)
    return got | {card.affiliation} if card.affiliation else got


def body_before_its_statement(board: Board, reg: Registry, words: Words, a: int, b: int) -> tuple[Card, str] | None:
    """"وذكرت قيادة حرس الحدود في المنطقة Y في بيان أن"، "وأوضحت الهيئة التنسيقية لـX، في رسالة،
    أن": the subject right after a verb of speech, no card of its own, then في and a statement
    noun — what issues a statement is a body, whatever head the lexicon lacks.  Not a person, a
    title, an unnamed source or people in the plural (they speak as a group), nor a phrase with a
    person or a verb of speech inside."""
    toks = words.toks
    j = next((j for j in range(a + 2, min(b, a + _ISSUER_WORDS + 1)) if toks[j].norm == "في" and j + 1 < words.n
              and plain(toks[j + 1].gap) and toks[j + 1].norm in _statements()), None)
    if j is None or not all(plain(toks[k].gap) for k in range(a + 1, j)) or not (
            plain(toks[j].gap) or comma(toks[j].gap)):
        return None
    w = toks[a].norm
    if not (toks[a].definite or any(toks[k].definite or board.card_at(k) is not None for k in range(a + 1, j))):
        return None  # (an indefinite head in construct with definite words: "قيادة حرس الحدود")
    if words.is_(a, "title", "rank", "honorific", "anon", "title_possessive", bare=True) or (
            w in people_nouns() or w[2:] in people_plurals() or w in people_plurals() or w.endswith(("ون", "ين"))
            or counted_by(w) or w in ("احد", "احدي", "كل", "جميع")):
        return None
    if any((card := board.card_at(k)) is not None and card.kind not in ("organization", "place")
           for k in range(a, j)):
        return None
    if any(words.reporting(k) is not None or toks[k].norm.endswith(("ون", "ين")) for k in range(a + 1, j)):
        return None  # (the head itself may spell a verb of speech too: "تجمع")
    return _unnamed(board, reg, words, a, j, "organization", "a body that speaks in a statement, named before it")


_ISSUER_WORDS = 7  # words of a body's name between its verb and "في بيان"


@cache
def _statements() -> frozenset[str]:
    """Statement nouns, indefinite ("في بيان"، "في بلاغ": ``reporting_verbs.toml`` ``statement``)."""
    nouns = lexicon.load("reporting_verbs")["words"]["statement"]
    return frozenset(key(w) for w in nouns if not key(w).startswith("ال"))


def described_after_pronoun(board: Board, reg: Registry, words: Words, t0: int, t1: int) -> tuple[Card, str] | None:
    """"وقال أحدهم، وهو طالب دكتوراه في الكيمياء، إن …": the indefinite description after وهو/وهي is
    a predicate, so a noun for someone, whatever else its first word may be ("طالب" is also a
    verb) — an unnamed source, when no card lies in it."""
    if t0 >= t1 or words.toks[t0].definite or any(board.card_at(k) is not None and (
            board.card_at(k).kind == "person") for k in range(t0, t1)):
        return None
    return _unnamed(board, reg, words, t0, t1, "anonymous", "one of a group, described after وهو")


def _unnamed(board: Board, reg: Registry, words: Words, t0: int, t1: int, kind: str, why: str,
             cut: int = 0) -> tuple[Card, str]:
    if kind in ("anonymous", "group"):
        t1 = _genitive_closed(board, words, t0, t1)
    surface = board.surface(t0, t1, cut)
    card = reg.card(f"{kind}:{key(surface)}", kind, why + " (handed over by the quote stage)")
    if kind == "group" and not card.mentions:
        card.speech_only = True  # a collective is an actor for what it says: none, when its quote goes elsewhere
    card.head = _bare(key(surface).split()[0])
    card.plural = (len(card.head) >= 5 and card.head.endswith(("ون", "ين"))) or kind == "group" or (
        card.head in _plural_heads())
    first = surface.split()[0].rstrip("\u064b-\u0652")
    # ة is a woman ("الناطقة")، a pronoun ه after a noun is "his" ("مبعوثه الخاص"); ت before a
    # pronoun is ة again ("مبعوثتها")
    feminine = first.endswith("ة") or feminine_before_suffix(first) or key(first) == "احدي"  # "إحدى": one (f) of
    card.gender = "f" if feminine or (card.head.endswith("ه") and not first.endswith(POSSESSIVE)) else "m"
    if kind in ("anonymous", "group") and card.affiliation is None:
        # "مسؤول ألماني رفيع": the state its nationality adjective names, as a title's does
        card.affiliation = next((h.value for j in range(t0, t1)
                                 if (h := words.longest(j, ("nationality",))) is not None), None)
    board.mention(card, t0, t1, cut)
    return card, why


def _genitive_closed(board: Board, words: Words, t0: int, t1: int) -> int:
    """Where a description that ends on an indefinite noun in construct ends: with the noun's
    genitive — a definite word and its adjectives, or a place or body named there ("موظف محلي
    بمحلية | X"، "صاحب ورشة لإصلاح | الدراجات النارية"، "فتى من سكان | حي X"). An indefinite noun
    right before a definite one governs it; a description does not stop between them."""
    toks, n = words.toks, words.n
    if not t0 < t1 < n or not plain(toks[t1].gap):
        return t1
    last = t1 - 1
    held = board.owner[last]
    if held is not None and held.t1 > t1 and held.t0 > t0 and (card := board.card_at(last)) is not None and (
            card.kind in ("place", "organization")):
        return held.t1  # "مسؤول في إدارة X بمحافظة | Y": a place or body named there is never cut in two
    lam_noun = toks[last].norm[:1] == "ل" and any(c == 1 and f in common_words() for f, c in toks[last].readings)
    if last == t0 or held is not None or any(f.startswith("ال") for f, _ in toks[last].readings) or (
            _qualifies(words, last) or (_verb_form(words, last) and not lam_noun)) or (
            words.bare[last] & NAME_CLASSES or words.is_(last, "stop", "never", bare=True)
            or toks[last].norm in _links() or words.reporting(last) is not None):
        return t1
    m = board.owner[t1]
    if m is not None:
        card = board.card_at(t1)
        return m.t1 if m.t0 == t1 and card is not None and card.kind in ("place", "organization") else t1
    w = toks[t1].norm  # (a bare definite word: no glued ل of whom it was told, no pronoun a noun with
    # the article cannot take — "التقتهم" is a verb)
    if not w.startswith("ال") or w.endswith(("هما", "هم", "هن", "ها")) or words.reporting(t1) is not None or words.is_(
            t1, "stop", "never", "temporal", "weekday", "month", "title", "rank", bare=True):
        return t1
    end = t1 + 1
    while end < n and plain(toks[end].gap) and toks[end].definite and _qualifies(words, end) and (
            board.owner[end] is None):
        end += 1
    return end


def _outlet_name(words: Words, j: int) -> bool:
    """Token j can name an outlet after its head: an indefinite word of three letters or more,
    no adjective ("موقع إخباري" describes one), no function word, joined to the head."""
    t = words.toks[j]
    return (plain(t.gap) and not t.definite and len(t.norm) >= 3 and not _qualifies(words, j)
            and not words.is_(j, "stop", "never", "nationality", bare=True) and words.reporting(j) is None)


def _described_person_end(words: Words, t0: int, t1: int) -> int:
    """Where "امرأة مسنة"، "شاب عراقي" ends: the people noun and up to three adjectives — not
    where they were ("في الفيديو"، "بالشرطة")."""
    toks = words.toks
    end = t0 + 1
    while end < t1 and end - t0 <= 3 and (not toks[end].definite or _possessed_adjective(words, end)) and not (
            toks[end].norm[:1] in "يت" and len(toks[end].norm) >= 4 and not _qualifies(words, end)) and not (
            end + 1 < t1 and toks[end + 1].norm in _links() and _verb_form(words, end)
            and not (len(toks[end].norm) == 4 and toks[end].norm[1] == "ا")) and (  # (فاعل: "شاب غاضب | في …")
            _qualifies(words, end) or not words.bare[end] or toks[end].norm in _OTHER) and (
            toks[end].norm not in _links()) and not any(
            c and r.startswith("ال") for r, c in toks[end].readings):  # "بالشرطة": a glued preposition
        end += 1
    if end + 1 < words.n and toks[end].norm == "من" and plain(toks[end].gap) and plain(toks[end + 1].gap) and (
            _bare(toks[end + 1].norm) in groups_of_people()):
        # "امرأة | من سكان المخيم"، "رجل | من أهالي البلدة": one of a people — who they are, not where
        # (past the subject's bound, which the preposition set)
        end += 2
        if end < words.n and toks[end].definite and plain(toks[end].gap) and words.reporting(end) is None:
            end += 1
        return end
    return _age_end(words, end, t1)


def _age_end(words: Words, k: int, t1: int) -> int:
    """Past "في العشرين (من عمره)" at token k: the decade of an unnamed person's age, part of
    their description ("شاب في العشرين"); k itself when none stands there."""
    toks = words.toks
    if k + 1 >= t1 or toks[k].norm != "في" or not (plain(toks[k].gap) and plain(toks[k + 1].gap)):
        return k
    if toks[k + 1].norm in anonymous_words("age_decades"):
        k += 2
    elif k + 2 < t1 and toks[k + 1].norm in anonymous_words("age_units") and plain(toks[k + 2].gap) and (
            toks[k + 2].norm.startswith("و") and toks[k + 2].norm[1:] in anonymous_words("age_decades")):
        k += 3  # "في السادسة والعشرين": an age of units and tens
    else:
        return k
    if k + 1 < words.n and toks[k].norm == "من" and toks[k + 1].norm.startswith("عمر") and plain(toks[k].gap) and (
            plain(toks[k + 1].gap)):
        k += 2  # (past the subject's bound, which a preposition closes: "من" is no complement here)
    return k


_OTHER = frozenset(["اخر", "اخري", "اخرون", "اخرين", "ثان", "ثالث"])  # "مواطن آخر": another one


def _possessed_adjective(words: Words, j: int) -> bool:
    """"شاب فقد محله | التجاري": a definite nisba after a noun with a possessive suffix."""
    prev, t = words.toks[j - 1], words.toks[j]
    return t.norm.startswith("ال") and t.norm.endswith(("ي", "يه")) and len(prev.norm) >= 4 and (
        prev.norm.endswith(POSSESSIVE)) and plain(t.gap)


def _described_before(board: Board, reg: Registry, words: Words, t0: int, t1: int, head: str,
                      cut: int) -> tuple[Card, str] | None:
    """"وصلت امرأة مسنة … وقالت المرأة": the definite people noun refers back to the person the
    story described with it before, though they said nothing then — carded by that description."""
    head = _indefinite_spellings().get(head, head)
    source = head in anonymous_words("source_heads")
    if head not in people_nouns() and not source:
        return None
    toks = words.toks
    lo = max(0, t0 - _DESCRIBED_REACH)
    k = next((k for k in range(t0 - 1, lo - 1, -1)
              if board.owner[k] is None and not toks[k].definite and (head, 0) in toks[k].readings), None)
    if k is None:
        k = next((k for k in range(t0 - 1, lo - 1, -1) if board.owner[k] is None and any(
            r == head and c == 1 and toks[k].norm[0] in "وف" for r, c in toks[k].readings)), None)
        if k is None:
            return None
    first_cut = 0 if toks[k].norm == head else 1
    # ("ورجح مصدر مطلع … وأضاف المصدر": a source described before though no quote carded it then)
    who = "source" if source else "person of the story"
    card, _ = _unnamed(board, reg, words, k, _described_person_end(words, k, words.n), "anonymous",
                       f"a {who} described before", first_cut)
    board.mention(card, t0, t1, cut, role="name")
    return card, f"back-reference to the {who} described before"


_NOUN_FOR_REACH = 300  # tokens back within which "وقالت الأم" finds the woman it refers to


def _by_role_noun(board: Board, words: Words, t0: int, t1: int, head: str, cut: int,
                  prefer: Card | None = None) -> Card | None:
    """"وقالت الطبيبة"، "وأضاف الضابط"، "وأكدت الخبيرة الفرنسية": a definite role noun alone (or
    with its adjective) that no title of the story holds is given information — the last person
    named before whose gender it fits, not a new unnamed source (an indefinite one introduces
    that: "وقال ضابط"); a source noun ("المسؤول"، "المصدر") refers back to a source instead."""
    if head in anonymous_words("source_heads") or head in _offices() or t1 - t0 > 2 or (
            t1 - t0 == 2 and not (words.toks[t0 + 1].definite and board.card_at(t0 + 1) is None)):
        return None  # (a definite word after a definite one is its adjective: "العضو المعارض")
    if len(head) >= 6 and head.endswith(("ين", "ون")):
        return None  # "لكن المزارعين أكدوا": a sound plural of a role names people, never one person
    want = "f" if head.endswith("ه") else "m"
    toks = words.toks
    # "ودعا المتحدث ذاته"، "ذات المتحدثة": "the same speaker" refers back to someone already
    # speaking — never a spokesman for them
    same = (t1 < words.n and toks[t1].norm in _SAME) or (t0 > 0 and toks[t0 - 1].norm in _SAME_BEFORE)
    if prefer is not None and prefer.kind == "person" and prefer.gender in (None, want) and not prefer.dead:
        # "وتابع المحامي" after the lawyer's quote: a verb that continues names the previous speaker
        board.mention(prefer, t0, t1, cut, role="reference")
        if _role(head) not in _SPEAKER_NOUNS:
            prefer.add_title(board.surface(t0, t1, cut))  # ("the speaker" is no role they hold)
        return prefer
    if prefer is not None and prefer.kind == "anonymous" and _role(head) in _SPEAKER_NOUNS and (
            prefer.gender in (None, want)):
        board.mention(prefer, t0, t1, cut, role="reference")
        return prefer  # "وقال مصدر في X … وأكد المتحدث": the one speaking, the unnamed source before
    for k in range(t0 - 1, max(-1, t0 - _NOUN_FOR_REACH), -1):
        card = board.card_at(k)
        if card is None or card.kind != "person":
            continue
        if _role(head) == _SPOKESMAN and not same and any(
                _bare(key(t).split()[0]) in _offices() for t in card.titles if key(t)):
            return None  # a spokesman speaks for an office's holder ("الرئيس X"), is never that holder
        if card.gender in (None, want):
            board.mention(card, t0, t1, cut, role="reference")
            card.add_title(board.surface(t0, t1, cut))  # what the text calls the person now
            return card
        return None  # the last person named is of the other gender: no guess past them
    return None


def _continued_by_role_in_construct(board: Board, words: Words, t0: int, t1: int, head: str, cut: int,
                                   prefer: Card | None) -> Card | None:
    """"وأضاف ممثل النيابة العمومية"، "وتابع رئيس الهيئة" after a person's quote: a verb that continues,
    then a role in construct with a definite genitive (given information: definite by its genitive)
    naming no one — the previous speaker again, by the role they hold; an indefinite source noun
    ("وأضاف مسؤول في …") introduces a new one."""
    toks = words.toks
    if prefer is None or prefer.kind != "person" or prefer.dead or t1 - t0 < 2 or not toks[t0 + 1].definite or (
            head in anonymous_words("source_heads")):
        return None
    if any((c := board.card_at(k)) is not None and c.kind == "person" for k in range(t0 + 1, t1)):
        return None  # "وأضاف مستشار الرئيس X": someone else's role
    if prefer.gender not in (None, "f" if head.endswith("ه") else "m"):
        return None
    board.mention(prefer, t0, t1, cut, role="reference")
    prefer.add_title(board.surface(t0, t1, cut))
    return prefer


_SPOKESMAN = key("متحدث")
# "المتحدث"، "المتحدثة" alone, no "باسم" after: the one speaking, whoever spoke last
SPEAKER_NOUNS = frozenset(key(w) for w in ("المتحدث", "المتحدثة"))
_SPEAKER_NOUNS = frozenset(_bare(w) for w in SPEAKER_NOUNS)


@cache
def _offices() -> frozenset[str]:
    return frozenset(_bare(key(w)) for w in lexicon.load("titles")["offices"])


def _named_by_epithet(board: Board, words: Words, t0: int, t1: int, head: str, cut: int) -> Card | None:
    """"كانت X تنتظر ابنها … وقالت الأم": a definite noun for a person (`epithets_f`/`epithets_m`)
    refers back to the last person named before whose gender it fits."""
    head = _indefinite_spellings().get(head, head)
    want = "f" if head in anonymous_words("epithets_f") else "m" if head in anonymous_words("epithets_m") else None
    if want is None:
        return None
    for k in range(t0 - 1, max(-1, t0 - _NOUN_FOR_REACH), -1):
        card = board.card_at(k)
        if card is None or card.kind != "person":
            continue
        if head in _PARENT_EPITHETS and _anothers_relative(card, head):
            continue  # "ابنه الأصغر X … يقول الأب": the son the story gave the father is not the father
        m = board.owner[k]
        first = m.t0 if m is not None else k
        gender = card.gender or ("f" if words.is_(first, "given_f", bare=True) or words.toks[first].norm == "ام"
                                 else "m" if words.is_(first, "given_m", bare=True) else None)
        if gender in (None, want):
            board.mention(card, t0, t1, cut, role="reference")
            # "الأم"، "الرجل السبعيني": what the story calls them — not how they spoke ("| بأسف")
            end = next((k for k in range(t0 + 1, t1) if manner_noun(words.toks[k])), t1)
            card.add_title(board.surface(t0, end, cut))
            return card
    return None


_PARENT_EPITHETS = frozenset(["اب", "والد", "ام", "والده", "جد", "جده"])


def _anothers_relative(card: Card, head: str) -> bool:
    """The card holds a title that makes them someone's relative of another kind than ``head``
    ("ابنه الأصغر"، "زوجته"): a kin noun with a possessive pronoun."""
    kin = {head, *(w for pair in lexicon.load("anonymous")["kin_synonyms"] for w in map(key, pair) if head in map(
        key, pair))}
    for t in card.titles:
        first = t.split()[0].rstrip("\u064b-\u0652") if t.split() else ""
        for suffix in POSSESSIVE:  # (on the written word: ة is no pronoun, though the normal form writes it ه)
            if first.endswith(suffix) and len(first) - len(suffix) >= 2:
                stem = first[: -len(suffix)]
                stem = stem[:-1] + "ة" if stem.endswith("ت") else stem  # "ابنته" → "ابنة"
                if key(stem) in anonymous_words("relatives") and key(stem) not in kin:
                    return True
                break
    return False


@cache
def anonymous_words(name: str) -> frozenset[str]:
    """One word list of ``anonymous.toml``, in the normal form."""
    return frozenset(key(w) for w in lexicon.load("anonymous")[name])


@cache
def _indefinite_spellings() -> dict[str, str]:
    return {key(d): key(i) for d, i in lexicon.load("anonymous")["definite_spellings"].items()}


def kin_nouns() -> frozenset[str]:
    return anonymous_words("kin_nouns")


def community_nouns() -> frozenset[str]:
    """A community's notables or families (``anonymous.toml`` ``community_nouns``)."""
    return anonymous_words("community_nouns")


def _home_place_end(board: Board, words: Words, end: int, t1: int) -> int:
    """Past "من حي X"، "في مديرية X" after a person of the story described: the quarter, village
    or district named with its head says which of its people spoke; ``end`` itself when no such
    place follows (a bare city is where they were, no part of who they are)."""
    toks = words.toks
    if end + 1 >= t1 or toks[end].norm not in ("من", "في") or not plain(toks[end].gap) or not plain(
            toks[end + 1].gap):
        return end
    m, card = board.owner[end + 1], board.card_at(end + 1)
    if m is None or card is None or card.kind != "place" or m.t0 != end + 1 or m.t1 - m.t0 < 2 or (
            m.start != toks[end + 1].start):
        return end
    return min(t1, m.t1)


_OWNED_NOT_NAME = NAME_CLASSES - RARE_NAME_CLASSES - {"given_x"}


def owner_of_a_thing(words: Words, i: int) -> bool:
    """Token i is an owner's noun (`owner_nouns`) before an indefinite plain noun no main lexicon
    lists as a name ("مالك | مخبز"، "صاحب | محل"): an owner described, not a given name (the rare
    and unknown-gender lists' noise holds everyday nouns: "محل"، "مطعم")."""
    t = words.toks
    return (t[i].norm in anonymous_words("owner_nouns") and i + 1 < words.n and plain(t[i + 1].gap)
            and not t[i + 1].definite and len(t[i + 1].norm) >= 3 and not words.bare[i + 1] & _OWNED_NOT_NAME
            and not words.is_(i + 1, "stop", "never", "temporal", bare=True) and words.reporting(i + 1) is None
            and not t[i + 1].norm.isdigit())


@cache
def people_nouns() -> frozenset[str]:
    """Nouns for unnamed people of a story (``anonymous.toml`` ``people_nouns``)."""
    return anonymous_words("people_nouns")


def people_dual(norm: str) -> bool:
    """The nominative dual of a noun for unnamed people ("امرأتان"، "شابان"; in the normal form):
    two people of the story. (The ين of the other cases is also a masculine plural's.)"""
    if len(norm) >= 6 and norm.endswith(("تان", "تين")):
        return norm[:-3] + "ه" in people_nouns()
    return len(norm) >= 5 and norm.endswith("ان") and norm[:-2] in people_nouns()


@cache
def _plural_area_heads() -> frozenset[str]:
    """Plurals for kinds of places ("قرى"، "أحياء": ``places.toml`` ``plural_area_heads``)."""
    return frozenset(key(w) for w in lexicon.word_set("places", "plural_area_heads"))


def people_plurals() -> frozenset[str]:
    """Plurals for unnamed people of a story (``anonymous.toml`` ``people_plurals``)."""
    return anonymous_words("people_plurals")


def _any_source() -> frozenset[str]:
    return anonymous_words("any_source")


def _plural_heads() -> frozenset[str]:
    return anonymous_words("plural_heads")


@cache
def collective_pronouns() -> frozenset[str]:
    return frozenset(key(w) for w in lexicon.load("anonymous")["collective_pronouns"])
