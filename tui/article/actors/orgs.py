"""Organisations built on a head noun: "وزارة الزراعة المغربية"، "حزب الخضر والعدالة"،
"الجيش الأردني"، "بورصة عمان"، "صحيفة «الفجر»".

A head from the lexicon (وزارة، مجلس، حزب …) in construct state takes a complement: definite
nouns and adjectives, ل + a definite noun ("للأمم المتحدة"), one coordinated definite noun
right after the first ("الخضر والعدالة"), nationality adjectives, known places and bodies.
A definite head ("الجيش"، "الحكومة") names a body only with a nationality adjective or a
name after it.  A weak head (قوات، حركة، جماعة …) needs a complement that is a name, and a
media head (قناة، صحيفة …) a name in quotation marks or one the tagger reads.  Modifiers that
date a role (السابق، المنحل) end the name: they belong to a person's title.  Past the first
complement word, the tagger must keep reading an organisation, so an apposition ("مجلس
الشعب، الغرفة الأولى") or the verb's object does not run into the name.
"""

from __future__ import annotations

import re
from functools import cache

from ..doc.normal import DROPPED, key
from ..doc.shapes import verbal_noun_shape
from ..doc.tokens import Token, plain, quote
from ..lexicon import load, phrase_at, phrase_index, time_modifiers, word_set
from ..lexicon.index import Lexicon, lexicon
from ..models.common import common_words
from ..time.tense import future_verb
from . import titles
from .acronyms import latin_letters
from .board import Board, Card
from .registry import Registry
from .words import NAME_CLASSES, POSSESSIVE, Words, groups_of_people, prepositions

_MAX = 7  # words in a complement
_NAMES = ("nationality", "org", "org_ambiguous", "country", "capital", "city", "region")
_GAZETTEER = ("gaz_place", "gaz_org")  # thousands of entries, many ordinary words:
_GAZ_SUPPORT = 0.3  # a gazetteer name counts only where the tagger reads a name
_STOP = ("stop", "never", "title_stop", "reporting", "month", "weekday", "anon", "title", "rank", "temporal",
         "honorific")
_STOP_SET = frozenset(_STOP)
_KEEP_P = 0.3  # the tagger's ORG probability that keeps a word in the name past its first complement
_SURE_P = 0.8  # ... and that keeps a definite noun after a definite word ("مجلس العلماء الأفغان")


def addressed_outlets(board: Board, reg: Registry, words: Words) -> None:
    """A name in quotation marks right after a detached لـ that follows a verb of speech or a
    word for an interview ("وقال لـ"X" إن"، "في تصريحات لـ«X»"): the outlet spoken to."""
    toks = words.toks
    for i in range(2, words.n - 1):
        if toks[i - 1].raw not in ("لـ", "ل") or not quote(toks[i].gap) or board.owner[i] is not None:
            continue
        if not _told_before(words, i - 1):
            continue
        k = next((k for k in range(i + 1, min(words.n, i + 5)) if not plain(toks[k].gap) and not _web_suffix(toks[k])),
                 None)
        if k is None or not quote(toks[k].gap) or not board.free(i, k) or words.is_(i, "stop", "never", bare=True) or (
                any(words.reporting(j) is not None for j in range(i, k))):
            continue
        card = reg.card(f"organization:{key(board.surface(i, k))}", "organization",
                        "a name in quotation marks spoken to after لـ (an outlet)")
        board.mention(card, i, k)


def _disagrees(words: Words, i: int, j: int) -> bool:
    """Token j, definite, is written masculine (no ة, ى, ا or ات at its end) after the definite
    feminine head at token i (its ة written, no role of men's in ة): no adjective of the head."""
    head, t = _LAST_MARKS.sub("", words.toks[i].raw), _LAST_MARKS.sub("", words.toks[j].raw)
    return (head.endswith("ة") and key(head) not in titles.male_ta() and words.toks[j].definite
            and not t.endswith(("ة", "ه", "ى", "ا", "ات", "اء")) and not words.is_(j, "given", "country", "city"))


_LAST_MARKS = re.compile(f"[{DROPPED}]+$")  # the marks the normal form drops, at a word's end


def _web_suffix(t: Token) -> bool:
    """".نت"، ".كوم": a web outlet's domain, one name with the word before it ("X.نت")."""
    return t.gap == "." and t.norm in _WEB_SUFFIXES


_WEB_SUFFIXES = frozenset(["نت", "كوم", "اورغ", "انفو", "net", "com", "org", "info"])


def _told_before(words: Words, j: int) -> bool:
    """A verb of telling or an interview noun earlier in the clause of token j, past the
    speaker's name and title ("وصرح مصدر مسؤول في الوزارة لـ«X»")."""
    for k in range(j - 1, max(-1, j - _TOLD_REACH), -1):
        if _told(words, k) or words.toks[k].norm in _interview_nouns():
            return True
        if not plain(words.toks[k].gap) or words.toks[k].norm in _CONTENT_OPENERS:
            return False  # the clause opened here, or the speech itself did ("أن … محاولة لـ«X»")
    return False


_CONTENT_OPENERS = frozenset(["ان", "انه", "انها", "بان", "بانه", "الي", "علي"])


_TOLD_REACH = 10  # words between a verb of telling and the لـ of the outlet spoken to


def _told(words: Words, k: int) -> bool:
    """A verb of telling ("قال لـ"، "أكد لـ"), not one whose ل opens its object ("دعا لـ")."""
    c = words.reporting(k)
    return c is not None and c.lemma in _telling_verbs()


@cache
def _naming_adjectives() -> frozenset[str]:
    return frozenset(key(w) for w in load("organizations")["naming_adjectives"])


@cache
def _telling_verbs() -> frozenset[str]:
    return frozenset(load("organizations")["telling_verbs"])


@cache
def _interview_nouns() -> frozenset[str]:
    return frozenset(key(w) for w in load("organizations")["interview_nouns"])


@cache
def interview_nouns() -> frozenset[str]:
    """Interview nouns without the article ("تصريحات"، "حوار"، "مقابلة"): a person after one is interviewed."""
    return frozenset(w.removeprefix("ال") for w in _interview_nouns())


def find(board: Board, reg: Registry, words: Words) -> None:
    n = len(board.toks)
    i = 0
    maybe = _may_start(words)
    while i < n:
        if not maybe[i]:  # no rule below can start here
            i += 1
            continue
        quoted = _quoted_after_head(board, reg, words, i) if board.owner[i] is None else None
        if quoted is None and board.owner[i] is None:
            quoted = _named_after_description(board, reg, words, i)
        if quoted is not None:
            i = quoted
            continue
        got = (_org_at(board, words, i) or _ministry_short(words, i) or _government(board, words, i)
               if board.owner[i] is None else None)
        if got is None:
            i += 1
            continue
        t0, t1, cut, why, head = got
        for k in range(t0 + 1, t1):  # the body named whole after ل inside its name speaks no more alone
            inner, inner_card = board.owner[k], board.card_at(k)
            if inner is not None and inner_card is not None and inner.t0 == k and inner in inner_card.mentions:
                inner_card.mentions.remove(inner)
        known_body = _known_body_after_general(board, words, t1)
        if known_body is not None:
            t1 = release(board, known_body, t1)  # "الإدارة العامة | للهلال الأحمر": the directorate is the body
        surface = board.surface(t0, t1, cut)
        if why == _SHORT_WHY:
            surface = f"{_MINISTRY} {surface}"  # one card with "وزارة الخارجية X", said before or after
        known = _known_inside(words, t0 + 1, t1)
        start, start_cut = t0, cut
        if why.startswith(_COMPLEMENT_WHY) and not known and (managed := _managed_named(words, t0, t1)) is not None:
            # "إدارة نادي X"، "مجلس إدارة شركة X": the body named after the management noun is the
            # card, named as it would be alone; the whole phrase is a mention of it
            t0, cut = managed, 0
            surface = board.surface(t0, t1, cut)
            head = words.toks[t0].readings[-1][0].removeprefix("ال")
        if why.startswith(_COMPLEMENT_WHY) and not known and (body := managed_body(board, words, t0, t1)) is not None:
            board.mention(body, t0, t1, cut, role="reference")  # "مجلس إدارة الشركة": the company named before
            i = t1
            continue
        name = f"organization:{key(known)}" if known else f"organization:{key(surface)}"
        card = reg.card(name, "organization", why if not known else f"{why}; names {known}")
        card.head = card.head or head
        if why.startswith(_COMPLEMENT_WHY) and not known and _people_body(words, t0, t1):
            card.speech_only = True  # "هيئة الدفاع": the lawyers of a trial, an unnamed collective
        m = board.mention(card, start, t1, start_cut)
        if known_body is not None:
            board.merge(known_body, card)  # its name alone elsewhere is the same body
        if why.startswith(_COMPLEMENT_WHY) and (core := _appositive_name(words, t0, t1, head)) is not None:
            board.name_inside(m, *core)
        elif start != t0:
            board.name_inside(m, t0, t1)
        if start != t0:
            m.key = key(board.surface(t0, t1))  # (matched as the body's own name by coreference)
        if SEAT_WHY in why:
            _card_the_town(board, reg, words, t0, t1)
        i = t1


def _general_field(board: Board, words: Words, comp: list[int], j: int) -> bool:
    """"الإدارة العامة | للجمارك": token j opens the field (ل + a noun) right after the head's one
    naming adjective (`naming_adjectives`), a directorate's name."""
    return (len(comp) == 1 and board.toks[comp[0]].norm in _naming_adjectives() and board.toks[j].norm.startswith("ل")
            and not words.is_(comp[0], "nationality"))


def _managed_named(words: Words, t0: int, t1: int) -> int | None:
    """The token where a body's own name starts after "إدارة" (maybe "مجلس إدارة") in construct
    with its indefinite head and name ("إدارة نادي X"، "مجلس إدارة شركة X Y"), else None."""
    toks = words.toks
    k = t0
    while k < t1 - 1 and toks[k].norm in _management_nouns() and (k == t0 or plain(toks[k].gap)):
        k += 1
    if k == t0 or toks[k - 1].norm not in word_set("organizations", "managing_nouns") or not plain(
            toks[k].gap) or toks[k].definite:
        return None
    return k if head_at(words, k) is not None else None


def managed_body(board: Board, words: Words, t0: int, t1: int) -> Card | None:
    """"إدارة الشركة"، "مجلس إدارة النادي" at token t0: the organisation named before whose head
    noun the definite word after the management noun repeats (`management_nouns` in
    organizations.toml), else None."""
    toks = words.toks
    k = t0
    while k < t1 and toks[k].norm in _management_nouns() and (k == t0 or plain(toks[k].gap)):
        k += 1
    if k == t0 or k >= t1 or not toks[k].definite or not plain(toks[k].gap) or (
            board.owner[k] is not None and board.owner[k] is not board.owner[t0]) or (
            k + 1 < t1 and words.joined(k + 1) and not toks[k + 1].definite):
        return None
    head = toks[k].norm.removeprefix("ال")
    start = toks[t0].start
    # "مجلس الإدارة" with no body after it: the board of the body named last before it
    board_alone = head in _management_nouns() and not (k + 1 < t1 and words.joined(k + 1) and toks[k + 1].definite)
    bodies = [c for c in board.live() if c.kind == "organization" and (board_alone or _head_of(c) == head)
              and any(m.start < start and m.role == "name" for m in c.mentions)]
    return max(bodies, key=lambda c: max(m.start for m in c.mentions if m.start < start)) if bodies else None


def _people_body(words: Words, t0: int, t1: int) -> bool:
    """"هيئة الدفاع"، "هيئة التدريس": a head and one definite word that together name the people
    doing a task in a trial or an institution (`people_bodies` in organizations.toml)."""
    return t1 - t0 == 2 and f"{words.toks[t0].norm} {words.toks[t0 + 1].norm}" in _people_bodies()


@cache
def _people_bodies() -> frozenset[str]:
    return frozenset(key(w) for w in load("organizations")["people_bodies"])


def _head_of(card: Card) -> str:
    """The card's head noun, or (before the stage sets it) its first name's first word."""
    if card.head:
        return card.head
    names = card.names()
    first = key(min(names, key=lambda m: m.start).surface).split() if names else []
    return first[0].removeprefix("ال") if first else ""


@cache
def _management_nouns() -> frozenset[str]:
    return frozenset(key(w) for w in load("organizations")["management_nouns"])


def _known_body_after_general(board: Board, words: Words, j: int) -> Card | None:
    """The card of a listed body written right after "general" with the preposition ل ("الإدارة
    العامة | للهلال الأحمر"): the general directorate of a body is that body, under its full name."""
    if not 0 < j < words.n or words.toks[j - 1].norm not in ("العامه", "العام") or not plain(words.toks[j].gap):
        return None
    m = board.owner[j]
    card = board.card_of_mention.get(id(m)) if m is not None else None
    if card is None or card.kind != "organization" or m.t0 != j or m.role != "name" or not any(
            w.startswith("lexicon") for w in card.why):
        return None
    t = words.toks[j]
    return card if t.norm.startswith("ل") and m.start > t.start else None


def release(board: Board, card: Card, j: int) -> int:
    """Take back the tokens of the card's mention at token j (a longer name holds them); where it ended."""
    m = board.owner[j]
    assert m is not None
    for k in range(m.t0, m.t1):
        board.owner[k] = None
    card.mentions.remove(m)
    return m.t1


def _appositive_name(words: Words, t0: int, t1: int, head: str) -> tuple[int, int] | None:
    """The proper name after a head it stands in apposition to ("شركة [X] الفرنسية"،
    "حركة [حماس]"): words only a name can be, or a known body's, then nothing but
    nationality adjectives.  None where the complement is a common noun's ("حركة الإصلاح")."""
    if head not in appositive_heads():
        return None
    b = t0 + 1
    while b < t1 and not words.toks[b].definite and (  # (a definite genitive is in construct: "نادي الشعلة")
            _foreign_name(words, b) or _body_name_word(words, b) or words.is_(b, "org", "org_ambiguous")):
        b += 1
    if b == t0 + 1 or not all(words.is_(k, "nationality") for k in range(b, t1)):
        return None
    if b == t0 + 2 and _nisba_of_a_word(words.toks[t0 + 1].norm):
        return None  # "موقع إخباري": an adjective describing the body, no name of its own
    return t0 + 1, b


def _nisba_of_a_word(w: str) -> bool:
    """A nisba adjective made from a word news text writes ("إخباري" from "إخبار")."""
    if len(w) < 4 or not w.endswith(("ي", "يه")):
        return False
    return (w[:-2] if w.endswith("يه") else w[:-1]) in common_words()


@cache
def appositive_heads() -> frozenset[str]:
    return frozenset(key(w) for w in load("organizations")["appositive_heads"])


def _may_start(words: Words) -> list[bool]:
    """For each token, whether one of find()'s rules may start there: a head noun (the quoted
    name and the head-noun builder), a nationality next (a ministry's short name), or a
    government head noun."""
    bare = words.bare
    last = words.n - 1
    lx = lexicon()
    heads, gov = lx.derived("org_head_at"), lx.derived("org_government_form")  # the per-word caches, read directly
    return [(heads[t.norm] if t.norm in heads else _head_at(words, i)) is not None
            or (i < last and "nationality" in bare[i + 1])
            or (gov[t.norm] if t.norm in gov else _government_form(t)) is not None for i, t in enumerate(words.toks)]


_HEADS = ("org_head", "org_head_weak", "media_head")
# Heads the rules read and the tagger was not trained on (organizations.toml): as strong and weak heads
_RULE_HEADS = (("org_head", "rule_heads"), ("org_head_weak", "rule_heads_weak"))


_MINISTRY = "وزارة"
_SHORT_WHY = "a ministry's short name + nationality"
_COMPLEMENT_WHY = "head noun + complement"


@cache
def _ministry_portfolios() -> frozenset[str]:
    return frozenset(key(w) for w in load("organizations")["ministry_short"])


def _ministry_short(words: Words, i: int) -> tuple[int, int, int, str, str] | None:
    """"الخارجية المصرية"، "بالداخلية العراقية": a ministry named by its portfolio and a
    nationality — never after a role noun ("وزير الخارجية المصري" is a title)."""
    if i + 1 >= words.n or not plain(words.toks[i + 1].gap) or not words.is_(i + 1, "nationality", bare=True):
        return None
    if not words.toks[i + 1].norm.endswith("يه"):
        return None  # the adjective agrees with one ministry: "الخارجية الفلسطيني" is a minister's, a dual two
    cut = next((c for form, c in words.toks[i].readings if form in _ministry_portfolios()), None)
    if cut is None or (i > 0 and words.is_(i - 1, "title", "rank", "title_possessive", "org_head", "org_head_weak")):
        return None
    if i > 0 and plain(words.toks[i].gap) and words.toks[i - 1].definite:
        return None  # "السياسة الخارجية المصرية": an adjective of the noun before it
    return i, i + 2, cut, _SHORT_WHY, _MINISTRY


@cache
def government_heads() -> frozenset[str]:
    """Heads naming a state's government (organizations.toml ``government_heads``)."""
    return frozenset(key(w) for w in load("organizations")["government_heads"])


def _government(board: Board, words: Words, i: int) -> tuple[int, int, int, str, str] | None:
    """"السلطات السعودية"، "القيادة المركزية الأمريكية": a state's government named by a
    government head noun, its adjectives and the state's nationality."""
    t = words.toks[i]
    form = _government_form(t)
    if form is None:
        return None
    j = i + 1
    while j < words.n and j - i <= 3 and board.owner[j] is None and plain(words.toks[j].gap):
        if words.is_(j, "nationality", bare=True):
            if j == i + 1 and form[2:] in word_set("organizations", "leaders_not_bodies"):
                board.not_actors.add(j)  # (the nationality, no country named: "السعودية" here is "Saudi")
                return None  # "القيادة السعودية": a state's leaders, no body (a command has its own
                # adjective: "القيادة المركزية الأمريكية")
            cut = next(c for f, c in t.readings if f == form)
            return i, j + 1, cut, "a government head + nationality", form[2:]
        if not adjective(words, j) or (words.is_(j, "org_generic", bare=True) and j > i + 1):
            return None
        j += 1
    return None


def _government_form(t: Token) -> str | None:
    """The token's reading that is "ال" + a government head noun, if any (cached per word)."""
    known = lexicon().derived("org_government_form")
    if t.norm in known:
        return known[t.norm]
    got = known[t.norm] = next((f for f, _ in t.readings if f.startswith("ال") and f[2:] in government_heads()), None)
    return got


def _known_inside(words: Words, a: int, b: int) -> str | None:
    """A known body making up the complement, maybe with a nationality ("حركة [طالبان]
    الأفغانية"): the canonical name of that body."""
    hit = words.longest(a, ("org",))
    if hit is None or hit.end > b:
        return None
    if all(words.is_(k, "nationality") for k in range(hit.end, b)):
        return hit.value
    return None


def _second_field(words: Words, comp: list[int], j: int) -> bool:
    """The name so far already has its field after ل ("… للملاحة النهرية"، "… لنقل الكهرباء") and
    ends on a definite word: ل + a derived verb's verbal noun at token j ("لتشغيل"، "لتوزيع") is
    the clause's purpose, not a second field (a region is: "… للهيئة X | لشرق Y") — unless
    the tagger reads it inside the name."""
    return (verbal_noun_shape(words.toks[j].norm[1:]) and any(words.toks[k].norm.startswith("ل") for k in comp)
            and _definite_form(words, comp[-1]) and words.p(j, "ORG") < _KEEP_P)


def purpose(words: Words, j: int) -> bool:
    """ل + an indefinite noun in construct with a definite one after a body's nationality
    ("الجمعية الجزائرية لحماية المستهلك"): the body's purpose, part of its name."""
    t = words.toks[j]
    if not t.norm.startswith("ل") or t.norm.startswith("لل") or not any(c == 1 for _, c in t.readings):
        return False
    if len(t.norm) >= 5 and t.norm[1] == "ي" and not words.any[j]:
        return False  # "ليشتري"، "ليتمكن": ل and a present verb, the purpose of a clause, no noun
        # (a word the lexicon knows is none: "ليبيا")
    k = j + 1
    while k < words.n and k - j <= 2 and plain(words.toks[k].gap) and words.toks[k].norm.startswith("و") and not (
            words.toks[k].definite):
        k += 1  # "لحماية وتوعية المستهلك": coordinated nouns in construct
    if k == j + 1 and _chain_link(words, k):
        k += 1  # "لمصدري منتجات الألبان": a chain of two nouns in construct before the definite one
    # (a place's name is definite without the article: "لكهرباء | حلب")
    return k < words.n and plain(words.toks[k].gap) and (words.toks[k].definite or words.is_(k, *_LISTED_PLACES))


def head_at(words: Words, i: int) -> tuple[str, int, str, bool] | None:
    """(class, proclitic cut, head noun without the article, definite) of an organisation's
    head noun at token i, written with or without the article ("وزارة"، "الجيش"، "للحزب");
    cached per token (asked of every token twice)."""
    memo = words.memo("org_head_at")
    if i in memo:
        return memo[i]
    got = memo[i] = _head_at(words, i)
    return got


def head_at_word(form: str) -> bool:
    """A word in the normal form is an organisation's head noun ("هيئه"، "وزاره")."""
    return _word_head(lexicon(), ((form, 0),)) is not None


def _head_at(words: Words, i: int) -> tuple[str, int, str, bool] | None:
    lx = lexicon()
    norm = words.toks[i].norm
    known = lx.derived("org_head_at")  # the answer depends on the word alone (its readings)
    if norm in known:
        return known[norm]
    got = known[norm] = _word_head(lx, words.toks[i].readings)
    return got


def _word_head(lx: Lexicon, readings: tuple[tuple[str, int], ...]) -> tuple[str, int, str, bool] | None:
    for form, cut in readings:
        bare = form[2:] if form.startswith("ال") and len(form) > 4 else form
        for cls, field in _RULE_HEADS:
            if bare in word_set("organizations", field):
                return cls, cut, bare, form.startswith("ال")
        classes = lx.classes_of(form) | lx.classes_of(bare) if bare != form else lx.classes_of(form)
        if classes.isdisjoint(_HEADS):
            continue
        for cls in _HEADS:
            if cls in classes:
                return cls, cut, bare, form.startswith("ال")
    return None


def _org_at(board: Board, words: Words, i: int) -> tuple[int, int, int, str, str] | None:
    got = head_at(words, i)
    if got is None or titles.in_long_head(words, i):
        return None  # ("اللواء | شرطة X": the last word of a rank, not a body's head)
    cls, cut, head, definite = got
    if titles.headed_by(words, i) and i + 1 < words.n and words.joined(i + 1) and (
            words.is_(i + 1, "given", bare=True) or (words.label(i + 1) == "B-PERS" and words.p(i + 1, "PERS") >= 0.5)):
        return None  # "اللجنة | برئاسة X Y": ب + the noun of heading and a person's name — chaired by X, no body
    if i > 0 and words.joined(i) and f"{words.toks[i - 1].norm} {head}" in _idioms_not_heads():
        return None  # "تحت لواء X": under X's banner — the body is X, the head word an idiom's
    comp: list[int] = []
    j = i + 1
    n = len(board.toks)
    while j < n and len(comp) < _MAX and plain(board.toks[j].gap):
        if words.given_before_patronymic(j):
            break  # "رئيس الهيئة | الهادي بن X": a given name before a patronymic opens its bearer's name
        if board.owner[j] is not None:
            m = board.owner[j]
            if comp and m.t0 == j and m.start == board.toks[j].start and (
                    words.plural_in_construct(comp[-1]) or _common_in_construct(words, comp[-1])) and (
                    c := board.card_at(j)) is not None and c.kind in ("place", "organization"):
                comp += range(j, m.t1)  # "لجنة متضرري | وادي X"، "بعثة مراقبي | الهيئة X": a plural in
                # construct governs the place or body after it
            elif comp and m.t0 == j and board.toks[j].norm.startswith("لل") and _definite_form(words, comp[-1]) and (
                    c := board.card_at(j)) is not None and c.kind == "organization" and not definite:
                comp += range(j, m.t1)  # "وكالة التنمية الريفية | للأمم المتحدة": a body of the body
                # after ل, which names it whole
            break
        if comp and _definite_form(words, comp[-1]) and negated_adjective(words, j) and board.owner[j + 1] is None and (
                not words.is_(j + 1, "org_generic", bare=True)):
            comp += [j, j + 1]  # "مكافحة التهريب | غير المشروع": "non-" and a definite adjective, one adjective
            j += 2  # (of the genitive: "منظمة X | غير الحكومية" describes the body, outside its name)
            continue
        if comp and (board.toks[j].norm in AFFAIRS or (head == "وزاره" and board.toks[j].norm.startswith("لل"))) and (
                i > 0 and words.joined(i) and titles.head_cut(words, i - 1) is not None):
            # ("وكيل وزارة X | للتخطيط": the undersecretary's portfolio, a ministry has no field after ل)
            break  # "وكيل وزارة النقل | لشؤون الموانئ": the role's portfolio, not more of the body's name
        if comp and _lam_place_opener(words, j) and board.owner[j] is None and board.owner[j + 1] is None:
            comp += [j, j + 1]  # "المجلس الجماعي | لأيت X"، "الاتحاد الرياضي | لأولاد X": its seat, a place
            j += 2  # named by a family's opening word and the name after it
            continue
        if phrase_at(board.toks, j, _occurrence_phrases()) is not None:
            break  # "الهيئة الإدارية | للمرة الثالثة": an occasion, no field
        if comp and joins_names(words, j) and board.owner[j + 1] is None:
            comp += [j, j + 1]  # "وكالة X آند Y": one name of two
            j += 2
            continue
        if head in word_set("organizations", "cause_heads") and (end := _for_the_sake_of(board, words, j)) > j:
            comp += range(j, end)  # "حزب X | من أجل التقدم": the cause a party or league is for names it
            j = end
            continue
        if comp and _opens_a_clause(words, j):
            break  # "صندوق طوارئ | يحمي السائقين"، "مكتب تصويت | وستنشر …": a verb opens the clause after it
        cause = ("cause_objects" if head in word_set("organizations", "cause_heads") else "oversight_objects" if (
            head in word_set("organizations", "oversight_heads")) else "") if len(comp) == 1 and not definite else ""
        if comp and _purpose_object(words, comp[-1], j, cause=cause) and board.owner[j + 1] is None and (
                not _relayed_by(words, i, j)):
            comp += [j, j + 1]  # "للدفاع | عن المدنيين": the purpose noun's preposition and object
            j += 2
            continue
        if comp and _purpose_object(words, comp[-1], j, construct=True, cause=cause) and (
                board.owner[j + 1] is None and board.owner[j + 2] is None and not _relayed_by(words, i, j)):
            comp += [j, j + 1, j + 2]  # "للدفاع | عن حقوق X": an object in construct
            j += 3
            continue
        if comp and _agent_plural(board.toks[comp[-1]].norm) and (end := _where_they_work(board, words, j)) > j:
            # "نقابة العاملين | بالقطاع النفطي"، "اتحاد العاملين | في قطاع الصحة": the members'
            # participle governs where they work, part of the body's name, which ends there
            comp += range(j, end)
            break
        if comp and (end := _territory_end(board, words, j)) > j:
            comp += range(j, end)  # "مديرية الصحة | لولاية X": the territory it serves closes the name
            break
        if comp and (end := _mandate_end(board, words, head, j)) > j:
            comp += range(j, end)  # "محكمة جنايات X | المختصة بقضايا الفساد": its mandate closes the name
            break
        genitive = bool(comp) and not _definite_form(words, comp[-1]) and board.toks[j].definite and not (
            words.label(j) == "B-PERS" and words.p(j, "PERS") >= 0.5 and _seat_glued(words, comp[-1]))
        # (a town glued to ب or ل governs no genitive: "… بX | الهادي Y" is the office holder after the seat)
        if genitive and words.reporting(j) is None and not words.is_(
                j, "stop", "never", "rank", "honorific", bare=True):  # ("شرطة دبي | اللواء X")
            comp.append(j)  # "لحماية [الصحفيين]": an indefinite noun's genitive completes it
            j += 1
            continue
        if comp and purpose(words, j) and _second_field(words, comp, j):
            break  # "الهيئة الوطنية للملاحة النهرية | لتشغيل المراسي": a body named for one field takes no second
        if comp and not definite and all(_definite_form(words, k) for k in comp) and purpose(words, j) and (
                head not in named_after_people() and head not in word_set("organizations", "cause_heads")
                and words.p(j, "ORG") < _KEEP_P and ((hit := words.longest(i, ("org",))) is None or hit.end <= j)):
            # "أحال الأوراق إلى وزارة الصحة | لتقييم الخسائر": a ministry's or council's name ends on
            # its domain; ل + a verbal noun after it is the clause's purpose (bodies named after
            # anything may name a purpose: `cause_heads`, `named_after_people`: "مركز X لتنمية المجتمع")
            break
        if (definite if not comp else _definite_form(words, comp[-1])) and not (
                _definite_form(words, j) or purpose(words, j) or words.is_(comp[-1] if comp else i, "rank", "title")
                or (comp and _coordinated_construct(words, j))
                or (board.toks[j].norm[0] in "بل" and _name(words, j) and not words.is_(j, "given", bare=True))):
            # ("… للأطباء ببنزرت": its seat — not a given name whose own letter it is: "بندر")
            # "المنتخب | جورجي X"، "رئيس اللجنة | بندر X"، "المجلس الأعلى | تركي X": a definite word
            # is followed by no indefinite one in a body's name (its adjectives are definite too;
            # it governs no genitive), so the word opens what follows the body — but a rank is
            # followed by its holder's name ("جامعة الملك X")
            break
        if (definite if not comp else _definite_form(words, comp[-1])) and never_adjective(words, j):
            break  # "وناشدت الوزارة | السكان"، "وطالبت النقابة | الحكومة": the verb's object, whatever the tagger reads
        stop = words.bare[j] & _STOP_SET
        if stop == {"honorific"} and not definite and not comp and _construct(words, j) and not words.is_(
                j + 1, "title", "rank", "honorific", bare=True):
            stop = set()  # "ائتلاف دولة القانون": the noun in construct, not the form of address before a title
        generic = stop == {"stop"} and words.is_(j, "org_generic", bare=True) and not _year_after(words, j)
        if generic and comp and _general_of_genitive(words, comp[-1], j):
            comp.append(j)  # "مديرية الأمن | العام"، "هيئة الادعاء | العام": "general" agreeing with the
            j += 1  # definite genitive before it makes one term with it ("public security")
            continue
        if comp and _new_city(words, [*comp, j]):
            comp.append(j)  # "محكمة جنايات X | الجديدة": a new city named after the old, the seat
            j += 1
            continue
        if (stop and not ((not comp or adjective(words, comp[-1])) and (
                generic
                or (not definite and board.toks[j].definite and stop <= {"anon", "title"}
                    and (stop == {"anon"} or board.toks[j].norm.endswith("ين"))))) and not (
                generic and comp and board.toks[comp[-1]].norm.startswith("لل"))) or (
                words.reporting(j) is not None or board.toks[j].norm.isdigit()):
            # ("العام" is "the year" too: right after the head, an adjective of its own or a لل-
            # complement it qualifies, "للأمن العام", it is "general", unless a word of time
            # follows ("العام الماضي"); a
            # source noun or a plural of a role after an indefinite head is its genitive:
            # "نقابة المحامين"، "جمعية الصحفيين")
            break
        if comp and head not in named_after_people() and words.is_(j, "given", bare=True) and not words.is_(
                comp[-1], "given", bare=True) and words.p(j, "PERS") >= 0.5:
            break  # "مديرية X | عبدالكريم …": a given name after the body's own name opens its officer's
        if (comp or head in named_after_people() or (head in movement_heads() and _name_read(words, j))) and all(
                _foreign_name(words, k) for k in comp) and _foreign_name(words, j):
            comp.append(j)  # "بنك غولدمان ساكس"، "مؤسسة كابيتال إيكونوميكس": a name of several words,
            j += 1  # maybe a person's ("bodies are often named after people")
            continue
        if not _complement(words, j, comp):
            break
        if definite and all(adjective(words, k) for k in comp) and _disagrees(words, i, j):
            break  # "النيابة العامة | الرامي"، "الرابطة | العميق": a feminine head's adjective is feminine
        if comp and board.toks[j].norm.startswith("لل") and board.toks[comp[-1]].definite and (
                head_at(words, comp[-1]) is not None and not board.toks[comp[-1]].norm.startswith("لل")):
            # "مجلس إدارة البنك | للعملاء": a body met before, by its head noun alone, closes the
            # name; what follows with ل is whom the clause addresses
            break
        if definite and comp and all(adjective(words, k) for k in comp) and board.toks[j].norm.startswith("وال") and (
                not _coordinated_nisba(words, comp[-1], j)):  # ("اللجنة المالية | والاقتصادية": one more adjective)
            # "الجيش الوطني | والمقاومة الشعبية": a definite head and its adjectives are whole; a
            # conjunct goes on only inside a complement ("الوكالة الوطنية للسدود والتحويلات")
            break
        if comp and _definite_form(words, comp[-1]) and board.toks[j].definite and not (
                adjective(words, j) or _name(words, j) or words.is_(j, "ordinal", "title_modifier") or (
                board.toks[j].norm in word_set("organizations", "colours"))
                or (_faeel_adjective(board.toks[j].norm) and not board.toks[comp[-1]].norm.endswith("ه"))
                or (board.toks[comp[-1]].norm.startswith("لل") and (
                    _plural_participle(board.toks[j].norm) or _faeel_adjective(board.toks[j].norm)
                    or _plural_nisba_form(board.toks[j].norm)
                    or ((_feminine_participle(board.toks[j].norm) or _faaila(board.toks[j].norm))
                        and not words.bare[j])))
                or (definite and board.toks[i].norm.endswith("ه") and _feminine_participle(board.toks[j].norm)
                    and not words.bare[j] and any(board.toks[k].norm[:1] == "ل" for k in comp))
                # ("الرابطة الجهوية لكرة اليد | المحترفة": the feminine head's participle after its field)
                or (len(comp) >= 2 and board.toks[comp[-1]].norm.endswith(("ه", "ات")) and _feminine_participle(
                    board.toks[j].norm) and not words.bare[j])
                # ("صندوق دعم الطاقات | المتجددة": a feminine genitive's participle agrees with it)
                or (words.label(j) == "I-ORG" and words.p(j, "ORG") >= _SURE_P and not words.is_(j, "given", bare=True))
                or _inside_a_place(words, comp[-1], j) or _faaila_of_plural(words, comp[-1], j)
                or _agreeing_adjective(words, comp[-1], j)):
            # "الحكومة المحلية | القرار"، "المفوضية العليا للانتخابات | النتائج": a definite word
            # governs no noun, so only adjectives (or ل-, a name) go on after it
            break
        if comp and words.is_(comp[-1], "nationality", "country", "capital", "city") and not (
                adjective(words, j) or _name(words, j) or words.p(j, "ORG") >= _KEEP_P
                or purpose(words, j) or _field(words, j) or _field_after_nationality(words, j, head)):
            # "الحكومة اللبنانية | للمناطق": a nationality ends the name unless an adjective follows
            # or the tagger reads the name on ("الشركة الوطنية للكهرباء")
            break
        if cls != "org_head" and comp and not (_name(words, j) or adjective(words, j)) and not (
                purpose(words, j) and (
                    words.is_(comp[-1], "nationality", "country") or _known_inside(words, i + 1, j)
                    or _general_field(board, words, comp, j))) and not (
                cls != "media_head" and board.toks[j].norm.startswith(("لل", "وال")) and (
                    _general_field(board, words, comp, j) if len(comp) == 1 else (
                        len(comp) == 2 and _general_field(board, words, comp[:1], comp[1])
                        and board.toks[comp[1]].norm.startswith("لل")))) and (
            # ("بعثة الاتحاد الأوروبي | لمراقبة الانتخابات": a known body's mission and its purpose)
            # ("الإدارة المركزية | للإحصاء | والتعداد": a naming adjective, then the field after ل,
            # maybe two fields coordinated; "الموقع الرسمي للفريق" is a page, no body)
            words.tagging is not None and words.p(j, "ORG") < _KEEP_P
        ):
            break  # a weak head's name goes on only as far as the tagger reads a body
        comp.append(j)
        j += 1
    while len(comp) > 1 and words.is_(comp[-1], "org_generic", bare=True) and (
            words.p(comp[-1], "ORG") < _KEEP_P) and not _classifies_genitive(words, comp) and not _general_after(
            words, comp) and not (
            _general_of_genitive(words, comp[-2], comp[-1]) and not _year_after(words, comp[-1])) and not (
            board.toks[comp[-2]].norm.startswith("لل") and adjective(words, comp[-1])) and not (
            _new_city(words, comp)):
        # "الوزارة الجديدة": a generic adjective ends no name, unless the tagger reads it in — or it
        # classifies the genitive noun before it ("حكومة الوحدة الوطنية") or the field the body
        # works in ("مركز X للدراسات السياسية"), or is "general"/"public" agreeing with the noun
        # right before it ("لحماية المال العام"، "والادعاء العام"), or is "new" after a place's name,
        # a new city's ("محكمة جنايات X الجديدة")
        comp.pop()
    if not comp:
        return None
    t1 = comp[-1] + 1
    # the tagger's best path agrees (up to a purpose after a nationality: "الشبكة السورية | لتوثيق X")
    read_to = next((k for k in comp[1:] if purpose(words, k) and words.is_(k - 1, "nationality")), t1)
    tagged = all(words.tagged(k, "ORG") for k in range(i, read_to))
    # "الإدارة العامة | للجمارك": a weak head classified by a naming adjective, then the field it
    # serves after ل, names one body whatever the tagger reads
    tagged = tagged or (definite and len(comp) >= 2 and _general_field(board, words, comp[:1], comp[1]))
    if definite and cls != "org_head" and not tagged:
        return None  # "القوات الأمريكية"، "الميليشيات الإيرانية": forces described, not named
    # "الحزب الديمقراطي"، "المحكمة الإدارية": a definite head names a body with an adjective of
    # its own; "الحكومة المحلية" (a generic adjective) or a noun after it does not
    if definite and not (words.is_(comp[0], "nationality", bare=True) or tagged) and (
        cls != "org_head" or not (adjective(words, comp[0]) or _participle_with_field(words, comp))
        or (words.is_(comp[0], "org_generic", bare=True) and len(comp) == 1)  # "الهيئة العامة للرقابة" names one
    ):
        return None
    if not definite and not tagged and not any(
            _definite_form(words, k) or (_name(words, k) and not words.is_(k, "nationality"))
            or _body_name_word(words, k) or (_foreign_name(words, k) and head in named_after_people())
            or (_foreign_name(words, k) and head in movement_heads() and _name_read(words, k)) for k in comp):
        return None  # "شركة صينية"، "منظمة دولية": a body described, not named
    if not definite and all(_described_by(words, k) for k in comp):
        return None  # "منظمة حقوقية"، "صحيفة ألمانية"، "مجلس مستقل": a body described by its adjectives,
        # whatever the tagger reads — an unnamed source if it speaks (the quote stage cards it so)
    if not definite and described_by_its_field(words, i):
        return None
    if not definite and words.toks[comp[0]].norm[0] == "ل" and not tagged and not _name(words, comp[0]):
        # "لجنة للتحقيق": an indefinite body *of* something, not a name — but the ل of a
        # place's name is its own letter ("مصرف ليبيا"، "بلدية لندن")
        return None
    if cls == "org_head_weak" and not definite and _nominative_plural(words.toks[comp[0]].norm):
        return None  # "تجمع | المحتجون"، "تتجمع | القوى": a verb and its subject — a head's genitive is never
        # in the nominative (-ون)
    if cls in ("org_head_weak", "media_head") and not tagged and not _name(words, comp[0]):
        # the probability that the word is inside a name of any kind (the tagger may hesitate
        # between a body's name and a person's, as bodies are often named after people)
        name_like = max(words.p(k, "ORG") + words.p(k, "PERS") + words.p(k, "LOC") for k in comp)
        if name_like < 0.5:
            return None  # "قوات الأمن": a common noun phrase, not a named body
    if not tagged and head in word_set("organizations", "tagger_heads") and not any(
            _name(words, k) or _field(words, k) for k in comp) and not (
            i > 0 and words.cue_at.get(i - 1) is not None):
        return None  # "غرفة الملابس"، "مركز الصيانة"، "محطة X": mostly a room, a centre, a station —
        # a body only where the tagger reads one, a listed name or its field is in it ("مركز X للدراسات
        # السياسية"), or it speaks ("وقال مركز X")
    why = "head noun + adjective" if definite else _COMPLEMENT_WHY
    if (seat := _seat_end(board, words, t1, comp, head)) > t1:
        t1, why = seat, f"{why}, {SEAT_WHY}"
    return i, t1, cut, why + (", tagger agreeing" if tagged else ""), head


def described_by_its_field(words: Words, i: int) -> bool:
    """An indefinite head noun at token i right before ل + the article ("مكتب | للدراسات"، "جمعية |
    للمكفوفين"): a body *for* a field, described, not named, whatever the tagger reads (a name
    stands between the two when there is one: "مكتب X للدراسات")."""
    got = head_at(words, i)
    return got is not None and not got[3] and i + 1 < words.n and words.joined(i + 1) and (
        words.toks[i + 1].norm.startswith("لل"))


_LISTED_PLACES = ("country", "capital", "city", "region")
SEAT_WHY = "named with its seat"


def _territory_end(board: Board, words: Words, j: int) -> int:
    """Where "ل + a territory's head + its name" starting at token j ends ("لولاية X"، "لمحافظة
    X Y"): a listed or gazetteer place, or words only names can be; j itself when none is there."""
    t = words.toks[j]
    if t.norm[:1] != "ل" or not any(c == 1 and f in word_set("organizations", "territory_heads")
                                     for f, c in t.readings):
        return j
    hit = words.longest(j + 1, (*_LISTED_PLACES, "gaz_place"), max_cut=0)
    if hit is not None and hit.start == j + 1 and all(board.owner[m] is None for m in range(j + 1, hit.end)):
        return hit.end  # "لولاية | X Y": a listed name of several words
    k = _place_words_end(board, words, j + 1)
    return k if k > j + 1 else j


def _seat_glued(words: Words, k: int) -> bool:
    """Token k is ب or ل glued to a name ("بصفاقس"، "لتازة"): a town, no noun in construct."""
    t = words.toks[k]
    return t.norm[:1] in ("ب", "ل") and not t.definite and not t.norm.startswith(("بال", "لل")) and _name(words, k)


def _place_words_end(board: Board, words: Words, k: int) -> int:
    """Past up to three free words from token k that a place's name may be made of: listed or
    gazetteer places, or words only names can be ("أن" is a town in the gazetteer too)."""
    start = k
    while k < words.n and k - start < 3 and plain(words.toks[k].gap) and board.owner[k] is None and (
            words.is_(k, *_LISTED_PLACES, "gaz_place", bare=True) or words.unlisted(k)) and not (
            words.not_name(k) or words.is_(k, "stop", "never", bare=True)):
        k += 1
    return k


def _seat_end(board: Board, words: Words, j: int, comp: list[int], head: str) -> int:
    """Where "في/ب + the territory a body serves" right after its name ends ("وزارة الصحة |
    بولاية X"، "إدارة المرور | في محافظة X"): a local body is named with its territory, as
    with ل ("مديرية الصحة لولاية X").  A mission abroad is named with its city ("السفارة
    الصينية | في روما"); other bodies are not (a university "في كندا" is where it is)."""
    if j >= words.n or not plain(words.toks[j].gap) or board.owner[j] is not None or any(
            (words.is_(k, *_LISTED_PLACES, "gaz_place", bare=True) or (
                words.unlisted(k) and not _definite_form(words, k))) and not words.is_(k, "nationality", bare=True)
            for k in comp):
        return j  # ("مديرية X | بمحافظة Y": a district named by its own place, inside another)
    t = words.toks[j]
    if t.norm == "في" and j + 1 < words.n and plain(words.toks[j + 1].gap) and board.owner[j + 1] is None:
        k, cut = j + 1, 0
    elif t.norm.startswith("ب"):
        k, cut = j, 1
    else:
        return _territory_named_end(board, words, j, comp)
    if head in word_set("organizations", "seated_abroad"):
        hit = words.longest(k, ("capital", "city"), max_cut=cut)
        if hit is not None and hit.cut == cut and all(board.owner[m] is None for m in range(k, hit.end)):
            return hit.end
    if head in word_set("organizations", "seated_locally") or any(
            words.toks[m].norm in word_set("organizations", "territorial_adjectives") for m in comp):
        hit = words.longest(k, (*_LISTED_PLACES, "gaz_place"), max_cut=cut)
        if hit is not None and hit.cut == cut and not words.not_name(k) and all(
                board.owner[m] is None for m in range(k, hit.end)):  # (not "بأن"، "بشأن")
            return hit.end  # "مديرية المياه | في X"، "المجلس البلدي | بX": a local body and the town it serves
    if not any(c == cut and f in word_set("organizations", "territory_heads") for f, c in words.toks[k].readings):
        return _territory_named_end(board, words, j, comp)
    end = k + 1  # "بمحافظة X Y": a territory's head and its name
    hit = words.longest(end, (*_LISTED_PLACES, "gaz_place"), max_cut=0)
    if hit is not None and all(board.owner[m] is None for m in range(end, hit.end)):
        return hit.end  # a listed name of several words ("بمنطقة مكة المكرمة")
    end = _place_words_end(board, words, end)
    return end if end > k + 1 else j


def _territory_named_end(board: Board, words: Words, j: int, comp: list[int]) -> int:
    """"المجلس الجماعي | لX"، "المديرية الإقليمية للتعليم | بX Y": a body holding a territorial
    adjective (``territorial_adjectives``), then ل or ب glued to a word only a name can be (or
    to the first word of a place's name, ``place_name_firsts``, and the name after it): its
    territory, named with it; j where there is none."""
    toks = words.toks
    if j >= words.n or toks[j].norm[:1] not in ("ل", "ب") or not plain(toks[j].gap) or board.owner[j] is not None:
        return j
    if not any(toks[k].norm in word_set("organizations", "territorial_adjectives") for k in comp):
        return j
    if toks[j].definite or toks[j].norm.startswith(("لل", "بال")):
        return j  # "للتعليم"، "بالمدينة": a field or a common noun, no name
    if any(c == 1 and f in word_set("organizations", "place_name_firsts") for f, c in toks[j].readings):
        end = _place_words_end(board, words, j + 1)  # "لعين | X"، "لبئر | X Y"
        if end > j + 1:
            words.memo("territory_named")[j] = end
        return end if end > j + 1 else j
    rest = next((f for f, c in toks[j].readings if c == 1), None)
    if rest is None or len(rest) < 3 or rest in common_words() or not lexicon().classes_of(rest) <= NAME_CLASSES or (
            words.is_(j, "stop", "never", "temporal", bare=True) or words.reporting(j) is not None):
        return j  # ("لمناقشة"، "بحضور": ل or ب and an everyday word)
    end = _place_words_end(board, words, j + 1)  # "لX | Y": a name may run on
    words.memo("territory_named")[j] = end
    return end


def _card_the_town(board: Board, reg: Registry, words: Words, t0: int, t1: int) -> None:
    """The town a local body's territorial adjective is named with ("المجلس الجماعي | لX"),
    read by `_territory_named_end`, is a place of the story too: a place card inside the
    body's name (the body keeps the words), unless a listed place there gets its own card."""
    towns = words.memo("territory_named")
    j = next((k for k in range(t0 + 1, t1) if towns.get(k) == t1), None)
    if j is None or words.longest(j, _LISTED_PLACES, max_cut=1) is not None:
        return
    card = reg.card(f"place:{key(board.surface(j, t1, 1))}", "place", "a town named as a local body's territory")
    board.mention(card, j, t1, 1, claim=False)


def _mandate_end(board: Board, words: Words, head: str, j: int) -> int:
    """Where "a participle of mandate + ب + its object" at token j ends ("المختصة | بقضايا
    الفساد"، "المكلفة | بمتابعة توزيع الوقود"، "المعنية | بالتنمية"): after a body named by its
    mandate, the participle agreeing with its head; j where there is none.  The object is a
    definite noun glued to ب, or nouns in construct up to a definite one, with the definite
    adjectives and one definite conjunct after it."""
    toks, n = board.toks, len(board.toks)
    if (head not in word_set("organizations", "mandate_heads") or toks[j].norm not in word_set(
            "organizations", "mandate_participles") or toks[j].norm.endswith("ه") != head.endswith("ه")
            or j + 1 >= n or not toks[j + 1].norm.startswith("ب") or len(toks[j + 1].norm) < 4):
        return j

    def free(k: int) -> bool:
        return k < n and plain(toks[k].gap) and board.owner[k] is None and not words.is_(
            k, "stop", "never", "temporal", bare=True) and words.reporting(k) is None

    if not free(j + 1):
        return j
    end = j + 2
    if not toks[j + 1].norm.startswith("بال"):
        while free(end) and not toks[end].definite and end - j < 4:
            end += 1  # "بمتابعة توزيع | الوقود": nouns in construct
        if not (free(end) and toks[end].definite):
            return j
        end += 1
    while free(end) and (adjective(words, end) or (
            toks[end].norm.startswith("وال") and not toks[end - 1].norm.startswith("وال"))) and end - j < 7:
        end += 1  # "بالصيد البحري"، "بالتضامن والشؤون الاجتماعية"
    return end


def _lam_place_opener(words: Words, j: int) -> bool:
    """Token j is ل glued to a word that opens a place's or a family's name ("لأيت"، "لأولاد"،
    "لسيدي": `name_opening_words`), the name's next word right after it, no everyday word."""
    t = words.toks[j]
    rest = t.norm[1:]
    return (t.norm[:1] == "ل" and (rest, 1) in t.readings and rest in word_set("names", "name_opening_words")
            and j + 1 < words.n and plain(words.toks[j + 1].gap) and words.toks[j + 1].norm not in common_words()
            and len(words.toks[j + 1].norm) >= 3 and not words.is_(j + 1, "stop", "never", bare=True))


NEW_CITY = key("الجديدة")  # "new" after a listed place: a new city of its own (read by lexical too)
_CITY_CLASSES = frozenset({"city", "capital", "region", "gaz_place"})


def _new_city(words: Words, comp: list[int]) -> bool:
    """The complement's last word is "الجديدة" right after a listed place's name: a new city named
    after an old one ("X الجديدة"), the body's seat whole."""
    last = comp[-1]
    return words.toks[last].norm == NEW_CITY and any(
        h.end == last and h.cls in _CITY_CLASSES for k in comp[:-1] for h in words.hits[k])


def _classifies_genitive(words: Words, comp: list[int]) -> bool:
    """The name's last word is a classifying adjective of a definite genitive noun inside the
    name, maybe after other adjectives of that noun ("هيئة الأركان المشتركة"، "رابطة معلمي
    التعليم الأساسي الرسمي"، "وزارة الإسكان والمرافق المحلية"): part of the name, not a word
    describing the body ("الوزارة الجديدة")."""
    if words.toks[comp[-1]].norm not in _naming_adjectives():
        return False
    k = len(comp) - 2
    while k >= 0 and adjective(words, comp[k]):
        k -= 1
    return k >= 0 and (_definite_form(words, comp[k]) or _name(words, comp[k]))  # (a place is definite)


_FOR = (key("من"), key("أجل"))




def _for_the_sake_of(board: Board, words: Words, j: int) -> int:
    """The end of "من أجل + a definite noun" at token j ("من أجل الديمقراطية"), with the
    definite nouns coordinated with it; j where there is none."""
    toks = words.toks
    if j + 2 >= words.n or (toks[j].norm, toks[j + 1].norm) != _FOR or not all(
            plain(toks[k].gap) and board.owner[k] is None for k in (j + 1, j + 2)):
        return j
    end = j + 2
    if end + 1 < words.n and not toks[end].definite and toks[end + 1].definite and all(
            plain(toks[k].gap) and board.owner[k] is None and not words.is_(k, "stop", "never", "temporal", bare=True)
            for k in (end, end + 1)) and words.reporting(end) is None:
        end += 2  # "من أجل كرامة المتقاعدين": a noun in construct with its definite genitive
    while end < words.n and plain(toks[end].gap) and board.owner[end] is None and toks[end].definite and (
            end == j + 2 or toks[end].norm.startswith("وال") or adjective(words, end)) and not words.is_(
            end, "stop", "never", "temporal", bare=True):
        end += 1
    return end if end > j + 2 else j


def _purpose_object(words: Words, k: int, j: int, construct: bool = False, cause: str = "") -> bool:
    """Token k is a purpose noun after ل ("للدفاع") and j a preposition it governs with a definite
    object after it ("عن المدنيين"; with ``construct``, an indefinite noun in construct with a
    definite one: "عن حقوق الإنسان").  With ``cause`` (token k the genitive right after a cause's
    or an office's head: the list of the nouns it may be named for), a definite cause noun governs
    its own preposition too ("رابطة الدفاع | عن المتقاعدين"، "هيئة الرقابة | على الأسواق")."""
    t = words.toks[k]  # (a verbal noun, no plural: "للانتخابات | على النتائج" is the verb's object)
    toks = words.toks
    if cause and t.norm.startswith("ال") and _governs(cause).get(t.norm[2:]) == toks[j].norm and (
            j + 1 < words.n and plain(toks[j].gap) and plain(toks[j + 1].gap)
            and not words.is_(j + 1, "stop", "never", "temporal", bare=True)):
        return toks[j + 1].definite if not construct else (
            not toks[j + 1].definite and j + 2 < words.n and plain(toks[j + 2].gap) and toks[j + 2].definite)
    if not (t.norm.startswith("لل") and not t.norm.endswith(("ات", "ين", "ون")) and j + 1 < words.n
            and (toks[j].norm in word_set("organizations", "purpose_prepositions")
                 or _governs("purpose_governs").get(t.norm[2:]) == toks[j].norm)
            and plain(toks[j].gap) and plain(toks[j + 1].gap)
            and not words.is_(j + 1, "stop", "never", "temporal", bare=True)):
        return False
    if not construct:
        return toks[j + 1].definite
    return (not toks[j + 1].definite and len(toks[j + 1].norm) >= 3 and j + 2 < words.n and plain(toks[j + 2].gap)
            and toks[j + 2].definite and not words.is_(j + 2, "stop", "never", "temporal", bare=True)
            and not toks[j + 1].raw.endswith(("ا", "اً")))


@cache
def _governs(name: str) -> dict[str, str]:
    """A noun → the preposition it governs, from a list of pairs in organizations.toml:
    ``purpose_governs`` (a purpose noun after ل: في، من), ``cause_objects`` (a cause noun a body
    is named for: عن، على) or ``oversight_objects`` (what an office oversees: على، ضد)."""
    return {key(k): key(v) for k, v in load("organizations")[name]}


def _relayed_by(words: Words, i: int, j: int) -> bool:
    """The body at token i is the subject of "نقل" and token j is عن: "ونقلت وكالة X للأنباء | عن
    المتحدث …" — whom the body relays, not the object of its purpose ("للدفاع عن …")."""
    cue = words.reporting(i - 1) if i > 0 else None
    return cue is not None and cue.lemma == "نقل" and words.toks[j].norm == "عن"


def _year_after(words: Words, j: int) -> bool:
    """"العام | الماضي"، "العام | 2020": the year, dated by the word after it."""
    k = j + 1
    return k < words.n and words.joined(k) and (words.toks[k].norm.isdigit() or words.toks[k].norm in time_modifiers())


def _general_after(words: Words, comp: list[int]) -> bool:
    """"الاتحاد العمالي | العام"، "المؤتمر الشعبي | العام": "general" after the body's own nisba."""
    return words.toks[comp[-1]].norm in ("العام", "العامه") and adjective(words, comp[-2]) and not (
        _year_after(words, comp[-1]))



def _general_of_genitive(words: Words, k: int, j: int) -> bool:
    """Token j is "العام"/"العامة" right after the definite genitive noun at token k (no adjective
    itself), agreeing with it in gender ("الأمن العام"، "النيابة العامة"، "الأشغال العامة")."""
    w, noun = words.toks[j].norm, words.toks[k].norm
    if w not in ("العام", "العامه") or k != j - 1 or not _definite_form(words, k) or adjective(words, k):
        return False
    feminine = noun.endswith(("ه", "ات"))
    return feminine == (w == "العامه")


def agreeing_general(words: Words, a: int, j: int) -> bool:
    """Token j is "العام"/"العامة" right after a body's name whose head noun (token a) it agrees
    with in gender ("مستشفى X | العام"، "الهيئة X | العامة"), not a year ("العام | الماضي")."""
    w = words.toks[j].norm
    if w not in ("العام", "العامه") or not words.joined(j) or _year_after(words, j):
        return False
    cut = words.proclitic_cut(a)
    head = next((f for f, c in words.toks[a].readings if c == cut), words.toks[a].norm)
    return head.endswith("ه") == (w == "العامه")


def _inside_a_place(words: Words, k: int, j: int) -> bool:
    """Tokens k … j are words of one listed place ("معهد [الشرق الأوسط]")."""
    hit = words.longest(k, _LISTED_PLACES)
    return hit is not None and hit.start == k and hit.end > j


def _field(words: Words, j: int) -> bool:
    """ل + a definite noun and its own definite nisba ("… الفلسطينية | للتعاون الدولي"): the
    field a body works in, part of its name (a bare "للمناطق" is not)."""
    t = words.toks[j]
    return (t.norm.startswith("لل") and j + 1 < words.n and words.joined(j + 1) and adjective(words, j + 1)
            and words.toks[j + 1].norm.endswith(("ي", "يه")) and not words.is_(j + 1, "stop", "never", bare=True))


@cache
def name_joiners() -> frozenset[str]:
    return frozenset(key(w) for w in load("organizations")["name_joiners"])


def joins_names(words: Words, j: int) -> bool:
    """Token j is the English "and" of a firm's name, a name-like word right after it."""
    return (words.toks[j].norm in name_joiners() and j + 1 < words.n and words.joined(j + 1)
            and not words.toks[j + 1].definite and not words.not_name(j + 1) and len(words.toks[j + 1].norm) > 2)


@cache
def outlets() -> frozenset[str]:
    """The known news media's names, short forms and acronyms (``outlet = true`` in
    organizations.toml), and the media head nouns ("قناة"، "صحيفة"), in the normal form."""
    data = load("organizations")
    out = {key(w) for w in data["media"]}
    for o in data["known"]:
        if o.get("outlet"):
            out.update(key(f) for f in [o["name"], *o.get("aliases", []), *o.get("acronyms", [])])
    return frozenset(out)


def told_paper(words: Words, k: int) -> bool:
    """Token k is لـ + a paper named by an everyday word (`papers_named_by_words`) or the people
    addressed (`audiences_told`) right before إنّ/أنّ ("… للأخبار إن"، "… للصحفيين إن"): whom a
    source told, no word of the source or of a body's name."""
    t = words.toks[k]
    if k + 1 >= words.n or not plain(words.toks[k + 1].gap) or words.toks[k + 1].norm not in THAT_WORDS:
        return False
    return t.norm[:1] == "ل" and any(c == 1 and f in _told_words() for f, c in t.readings)


@cache
def _told_words() -> frozenset[str]:
    return word_set("organizations", "papers_named_by_words") | word_set("organizations", "audiences_told")


THAT_WORDS = frozenset(["ان", "انه", "انها", "انهم", "بان", "بانه", "بانها"])  # إنّ/أنّ and their pronouns


@cache
def outlet_name_endings() -> frozenset[str]:
    """Words an outlet's name is known by after its first word ("X نيوز"، "X برس"، "X 24"; a news
    site's "نت"): ``outlet_name_endings`` and ``web_suffixes`` in organizations.toml."""
    data = load("organizations")
    return frozenset(key(w) for w in [*data["outlet_name_endings"], *data["web_suffixes"]])


def outlet_of_the_story(words: Words, k: int) -> bool:
    """Token k is ل glued to a word the article writes alone as an outlet's: opening a line (the
    byline or dateline, "X نيوز/ …"، "X - …") or right after a medium's head noun ("قناة X")."""
    stem = words.li_glued(k)
    if stem is None:
        return False
    memo = words.memo("outlet_words")
    got = memo.get(0)
    if got is None:
        got = memo[0] = frozenset(
            x.norm for i, x in enumerate(words.toks)
            if i == 0 or "\n" in x.gap or words.is_(i - 1, "media_head", bare=True))
    return stem in got


def is_outlet(card: Card) -> bool:
    """The body is a news medium (a source speaks *to* it: "وقال المتحدث لرويترز"): a known one,
    or one whose name has an outlet's word after its first ("X نيوز عربية")."""
    known = outlets()
    endings = outlet_name_endings()
    return (card.canonical is not None and key(card.canonical) in known) or key(card.head) in known or any(
        m.key in known or not endings.isdisjoint(m.key.split()[1:]) for m in card.mentions)


@cache
def head_synonyms() -> dict[str, str]:
    """Head nouns that name the same kind of body ("الجريدة" of "صحيفة X"): each to the
    first of its group (organizations.toml ``head_synonyms``)."""
    out: dict[str, str] = {}
    for group in load("organizations")["head_synonyms"]:
        for w in group:
            out[key(w)] = key(group[0])
    return out


@cache
def field_heads() -> frozenset[str]:
    """Heads whose name may end in the field the body works in (organizations.toml)."""
    return frozenset(key(w) for w in load("organizations")["field_heads"])


_NOT_A_FIELD = ("title", "rank", "anon", "stop", "temporal", "gaz_place", "not_place", "country", "city",
                "capital", "nationality", "month", "weekday", "org_generic", "given")


def _field_after_nationality(words: Words, j: int, head: str) -> bool:
    """"الاتحاد العام التونسي | للشغل"، "الشركة السعودية | للكهرباء": لل + a definite noun after a
    union's or company's nationality is the field it works in, part of its name — unless the
    noun names people, a place, a time or a body ("الشركة الصينية للحكومة": the one it
    dealt with; "للمرة الأولى": when)."""
    t = words.toks[j]
    if head not in field_heads() or not t.norm.startswith("لل") or len(t.norm) < 5:
        return False
    if words.is_(j, *_NOT_A_FIELD) or head_at(words, j) is not None or _government_form(t) is not None:
        return False
    if t.norm.endswith(("ين", "ون")) or words.is_(j + 1, "ordinal"):
        return False  # "للمستثمرين": people it serves; "للمرة الثانية"
    return not _name(words, j)


@cache
def _idioms_not_heads() -> frozenset[str]:
    """Two words whose second is a body's head noun only in other phrases ("تحت لواء": under
    the banner of; organizations.toml, rule data)."""
    return word_set("organizations", "idioms_not_heads")


@cache
def movement_heads() -> frozenset[str]:
    """Heads a party or movement goes by its name after ("حركة X" … "X"): short_by_complement."""
    return frozenset(key(w) for w in load("organizations")["short_by_complement"])


def _name_read(words: Words, k: int) -> bool:
    """The tagger reads a name of any kind at token k (a movement's name may read as a person's)."""
    return max(words.p(k, "PERS"), words.p(k, "ORG"), words.p(k, "LOC")) >= 0.5


def _foreign_name(words: Words, j: int) -> bool:
    """A word only a name can be, or a listed name the tagger reads inside a name (as a
    person's or a body's) — without the article, as foreign names are written."""
    if words.toks[j].definite:
        return False
    if words.unlisted(j):
        return True
    bare = words.bare[j]
    return bool(bare) and bare <= NAME_CLASSES and (
        max(words.p(j, "PERS"), words.p(j, "ORG")) >= 0.5) and words.toks[j].norm not in common_words()


@cache
def named_after_people() -> frozenset[str]:
    """Heads of bodies that often bear a founder's name ("بنك X Y"، "شركة X"): organizations.toml."""
    return frozenset(key(w) for w in load("organizations")["named_after_people"])


def _described_by(words: Words, j: int) -> bool:
    """Token j is an indefinite adjective: a nationality, a generic one ("مستقل") or a nisba
    no lexicon lists as a name ("حقوقية"، "إغاثية")."""
    t = words.toks[j]
    if words.is_(j, "nationality"):
        return not t.raw.startswith("ال")  # ("ألمانية" reads as definite by its letters alone)
    if t.definite or _definite_form(words, j):
        return False
    if ("ال" + t.norm) in word_set("organizations", "generic_adjectives"):
        return True
    return t.norm.endswith(("يه", "ي")) and len(t.norm) >= 5 and not words.bare[j] and not words.unlisted(j)


def adjective(words: Words, j: int) -> bool:
    """A definite adjective by its shape: a nisba (الجمهوري، الدستورية، الأفغانية) or an
    ordinal or superlative the lexicon lists (الأولى، العليا، الأعلى)."""
    w = words.toks[j].norm
    if not w.startswith("ال"):
        return False
    if words.is_(j, "ordinal", "temporal"):
        return False  # "الجلسة الأولى"، "المجلس السابق": which one, not its name
    if len(w) == 6 and w.endswith("يا"):
        return True  # a feminine superlative: العليا، الدنيا
    if w.endswith("يه") and len(w) <= 6 and w[:-2] not in common_words() and not words.bare[j]:
        return False  # "القضية"، "الضحية": a noun of the shape فعيّة, no nisba of a word (الجوية ← الجو)
    return w.endswith(("ي", "يه", "يون", "يين")) or words.is_(j, "nationality", "title_modifier", "org_generic")


def negated_adjective(words: Words, j: int) -> bool:
    """Tokens j, j+1 are "غير" and a definite adjective ("غير النظامية"، "غير الحكومية"،
    "غير المشروعة"): one adjective of the definite noun before them."""
    if j + 1 >= words.n or words.toks[j].norm != "غير" or not (words.joined(j) and words.joined(j + 1)):
        return False
    w = words.toks[j + 1].norm
    return w.startswith("ال") and (adjective(words, j + 1) or w.startswith("الم")) and not words.is_(
        j + 1, "stop", "never", "temporal", bare=True)


def _participle_with_field(words: Words, comp: list[int]) -> bool:
    """A definite active participle (فاعل: "القابضة"، "الناظمة") and a genitive with ل after it
    ("الشركة القابضة للصناعات الغذائية"): the body's own adjective and its field, a name."""
    w = words.toks[comp[0]].norm
    return (len(comp) > 1 and len(w) in (6, 7) and w.startswith("ال") and w[3] == "ا" and w[2] != "ا"
            and words.toks[comp[1]].norm.startswith("لل") and not words.bare[comp[0]])


@cache
def _statement_nouns() -> frozenset[str]:
    """"بيان"، "تصريح"، "تقرير" (`statement` in reporting_verbs.toml): what a body says in."""
    return frozenset(key(w) for w in load("reporting_verbs")["words"]["statement"])


def _where_they_work(board: Board, words: Words, j: int) -> int:
    """The end of "بالقطاع النفطي" / "في قطاع الصحة" at token j: a glued بال- noun or في and a
    definite noun (or one in construct with a definite genitive), with its definite adjectives;
    j where there is none."""
    toks, n = board.toks, len(board.toks)
    if board.owner[j] is not None:
        return j
    if toks[j].norm.startswith("بال") and len(toks[j].norm) >= 6:
        end = j + 1
    elif toks[j].norm == "في" and j + 1 < n and board.owner[j + 1] is None and plain(toks[j + 1].gap) and (
            words.reporting(j + 1) is None and toks[j + 1].norm not in _statement_nouns()):
        # ("في بيان"، "في تصريح": where they said it, no workplace)
        end = j + 2
        if not toks[j + 1].definite:
            if not (end < n and toks[end].definite and plain(toks[end].gap) and board.owner[end] is None
                    and not words.is_(end, "stop", "never", bare=True)):  # ("في X | إلى": no genitive)
                return j
            end += 1  # "في قطاع الصحة"
    else:
        return j
    while end < n and plain(toks[end].gap) and toks[end].definite and adjective(words, end) and (
            board.owner[end] is None):
        end += 1
    return end


def _nominative_plural(w: str) -> bool:
    """A definite sound masculine plural in the nominative ("المحتجون"، "المتظاهرون")."""
    return w.startswith("ال") and w.endswith("ون") and len(w) >= 7


def _agent_plural(w: str) -> bool:
    """A definite sound plural of an agent noun in the oblique ("العاملين"، "المتعاملين"), after ل
    too ("للعاملين")."""
    return w.startswith(("ال", "لل")) and w.endswith("ين") and len(w) >= 8


def _faaila_of_plural(words: Words, k: int, j: int) -> bool:
    """"القوى | العاملة"، "الدول | المانحة": a definite active participle of the فاعلة shape right
    after a definite broken plural in the name (no sound plural ending) qualifies it — not a word of
    time ("القادمة") and not a word a list knows."""
    w, noun = words.toks[j].norm, words.toks[k].norm
    return (len(w) == 7 and w[3] == "ا" and w.endswith("ه") and not words.bare[j] and words.joined(j)
            and noun.startswith("ال") and not noun.endswith(("ات", "ون", "ين", "ه", "يه"))
            and not words.is_(j, "temporal", "ordinal"))


def _agreeing_adjective(words: Words, k: int, j: int) -> bool:
    """"تحالف البلديات الريفية | الصغيرة"، "رابطة مستأجري السكن | القديم"، "شركة الأفق | الممتد": a
    definite singular adjective of a participle's shape (مُفعَل، مُفتعِل …) or of فعيل, of the gender
    of the definite word right before it, qualifies that word inside the body's name — unless a
    complement or a word of time follows it, which makes it a description ("المشغلة | للميناء")."""
    toks = words.toks
    w, noun = toks[j].norm, toks[k].norm
    if not (w.startswith("ال") and noun.startswith("ال")) or words.bare[j] or w.endswith(("ين", "ون", "ات")):
        return False
    faeel = len(w) in (6, 7) and w[4] == "ي" and (len(w) == 6 or w.endswith("ه")) and "ا" not in w[2:]
    if not (faeel or (w.startswith("الم") and len(w) >= 6)) or words.is_(j, "temporal", "ordinal"):
        return False
    if w.endswith("ه") != noun.endswith(("ه", "ات")):
        return False  # (feminine after ة or a plural in ات — "الوطنية | المؤقتة" — masculine after neither)
    nxt = j + 1
    return not (nxt < words.n and words.joined(nxt) and (
        toks[nxt].norm[:1] in ("ل", "ب") or toks[nxt].norm in prepositions()
        or (words.is_(nxt, "stop", bare=True) and toks[nxt].norm not in THAT_WORDS)))
    # ("اجتماع مجلس الأمناء | المنعقد أمس": a word of time after it, the meeting's)


def _feminine_participle(w: str) -> bool:
    """A definite feminine participle ("المتجددة"، "المستدامة"): after a genitive with ل
    ("للطاقة | المتجددة") it is that genitive's adjective, inside the body's name."""
    return w.startswith("الم") and w.endswith("ه") and len(w) >= 8


def _faaila(w: str) -> bool:
    """A definite feminine active participle of the simple verb, فاعلة ("القابضة"، "العاملة"): after
    a genitive with ل ("للاستثمار | القابضة"، "للقوى | العاملة") an adjective inside the body's name."""
    return len(w) == 7 and w.startswith("ال") and w[3] == "ا" and w.endswith("ه")


def _faeel_adjective(w: str) -> bool:
    """A definite adjective of the فعيل shape, feminine as a broken plural takes it ("الحديثة"،
    "الثقيلة"): after a genitive with ل ("للمطاحن | الحديثة") it is that genitive's adjective."""
    return len(w) == 7 and w.startswith("ال") and w[4] == "ي" and w.endswith("ه") and "ا" not in w[2:]


def _plural_participle(w: str) -> bool:
    """A definite sound plural of a participle ("المستقلين"، "المتقاعدين"): after a genitive
    with ل ("للعمال | المستقلين") it is that genitive's adjective, inside the body's name."""
    return w.startswith("الم") and len(w) >= 8 and w.endswith(("ين", "ون"))


AFFAIRS = frozenset({key("لشؤون"), key("للشؤون")})  # "… لشؤون X": a role's portfolio


def _complement(words: Words, j: int, comp: list[int]) -> bool:
    t = words.toks[j]
    if told_paper(words, j):
        return False  # "المديرية العامة للموانئ | للأخبار إن": the paper a source told, whatever its name reads as
    if _name(words, j):
        return True
    if t.norm[0] == "ل" and not t.norm.startswith("لل") and any(
            cut == 1 and words.lexicon_has("media_head", form) for form, cut in t.readings):
        return False  # "مصرف X | لموقع Y"، "| لصحيفة Z": the outlet the body's source told, no part of its name
    if t.norm.startswith("ال") and len(t.norm) > 3:
        return True
    if not comp and _body_name_word(words, j):
        return True  # "شركة أرامكو": a word only a name can be, read as a body by the tagger
    if not comp and (_construct(words, j) or _chain_link(words, j + 1)) and len(t.readings) == 1 and len(
            t.norm) >= 3 and not words.is_(j, "stop", "never", bare=True):
        return True  # "هيئة تنظيم الطيران"، "هيئة تنظيم قطاع X": an indefinite noun in construct opens the chain
    if comp and comp[-1] == j - 1 and (words.toks[comp[-1]].norm[0] == "ل" or (
            len(comp) == 1 and _construct_word(words, comp[0]))) and _chain_link(words, j):
        # "لمصدري | منتجات الألبان"، "هيئة تنظيم | قطاع الكهرباء": the middle of a chain in
        # construct, after a purpose noun or the indefinite noun that opens the name
        return True
    if comp and len(t.norm) == 3 and t.norm[0] == "ل" and purpose(words, j) and not words.bare[j]:
        return True  # "لطب النوم": ل + a noun of two letters in construct
    if len(comp) == 1 and words.toks[comp[0]].norm in _naming_adjectives() and purpose(words, j):
        return True  # "الاتحاد العربي | لرمي الرمح": the field after the head's naming adjective
    for form, cut in t.readings[1:]:
        if cut != 1 or len(form) < 3 or (len(form) == 3 and (words.bare[j] or t.norm in common_words())):
            continue  # "لجنة" is a word, not ل + "جنة"
        if t.norm[0] == "ل" and (form.startswith("ال") or _construct(words, j) or (
                comp and _chain_link(words, j + 1))):
            return True  # "للأمم المتحدة"، "لحماية الصحفيين"، "لكرة اليد"، "لعمال موانئ الجنوب"
        if len(form) == 3:
            continue
        if t.norm[0] == "و" and form.startswith("ال"):
            # "الخضر والعدالة"، "الشؤون الريفية والتنمية الزراعية": a coordinated noun, unless it
            # names a body or a place of its own ("وزارة الداخلية والجيش") or is a function
            # word of the article's shape ("والتي": a relative clause follows the name)
            return bool(comp) and not _name(words, j) and head_at(words, j) is None and not words.is_(
                j, "stop", "title")  # ("رئيسة جمعية X | والممثلة المسرحية": a second role of the holder)
        if t.norm[0] == "و" and comp and _construct(words, j) and (
                not words.toks[comp[-1]].definite or _coordinated_construct(words, j)):
            # "لحماية وتوعية المستهلك": coordinated nouns in construct; after a definite genitive
            # too ("وزارة الاتصالات وتقنية المعلومات")
            return True
    return False


def _plural_nisba_form(w: str) -> bool:
    """"للنساء | الديمقراطيات"، "للمهندسين | الزراعيين": a definite sound plural of a nisba,
    which agrees with the plural of people it follows."""
    return w.startswith("ال") and len(w) >= 8 and w.endswith(("يين", "يون", "يات"))


def _coordinated_nisba(words: Words, k: int, j: int) -> bool:
    """"اللجنة المالية | والاقتصادية": و and a definite nisba of the gender of the nisba at k —
    the same noun's second adjective, not a second noun ("الجيش الوطني | والمقاومة")."""
    a, b = words.toks[k].norm, words.toks[j].norm.removeprefix("و")
    if not words.toks[k].definite or not b.startswith("ال") or len(b) < 6:
        return False
    return (a.endswith("يه") and b.endswith("يه")) or (a.endswith("ي") and b.endswith("ي") and not b.endswith("يي"))


def _coordinated_construct(words: Words, j: int) -> bool:
    """و + an indefinite noun in construct that is no body or place of its own: a second field
    of the body ("وزارة الاتصالات | وتقنية المعلومات"), not a second body ("| ونقابة الأطباء")."""
    t = words.toks[j]
    return (t.norm[0] == "و" and not t.definite and _construct(words, j) and head_at(words, j) is None
            and not _name(words, j) and words.reporting(j) is None and not t.raw.endswith(POSSESSIVE)
            and not words.is_(j, "stop", "never"))  # ("ونظيرتها"، "وكافة الهيئات": no field of the body)


def _body_name_word(words: Words, j: int) -> bool:
    """A word only a name can be ("أرامكو"), or a person's name ("ريتشاردز"، "عودة": bodies are
    often named after people), read by the tagger as part of a body."""
    if words.p(j, "ORG") < _KEEP_P:
        return False
    if words.unlisted(j):
        return True
    bare = words.bare[j]
    return bool(bare) and bare <= NAME_CLASSES and words.toks[j].norm not in common_words()


def _name(words: Words, j: int) -> bool:
    """A country, city, nationality or known body — or a gazetteer name the tagger reads."""
    if words.is_(j, *_NAMES):
        return True
    return words.is_(j, *_GAZETTEER) and max(words.p(j, "LOC"), words.p(j, "ORG")) >= _GAZ_SUPPORT


def _definite_form(words: Words, j: int) -> bool:
    """The word is definite, with or without a proclitic ("الانتخابات"، "للانتخابات")."""
    return any(f.startswith("ال") for f, _ in words.toks[j].readings)


def _common_in_construct(words: Words, k: int) -> bool:
    """Token k is an everyday noun without the article ("توزيع كهرباء"، "استثمار"): in construct,
    it needs the genitive after it — a place or body named next completes it."""
    t = words.toks[k]
    return not _definite_form(words, k) and t.norm in common_words() and not _name(words, k) and not words.is_(
        k, "stop", "never", "nationality", bare=True)


def _construct_word(words: Words, k: int) -> bool:
    """Token k is an indefinite everyday noun (no name, no head), the first of a chain in construct."""
    t = words.toks[k]
    return (not t.definite and len(t.readings) == 1 and len(t.norm) >= 3 and not _name(words, k)
            and not words.is_(k, "stop", "never", bare=True))


def _chain_link(words: Words, k: int) -> bool:
    """Token k is an indefinite noun in construct, right after another ("لمصدري | منتجات
    الألبان"، "لعمال | موانئ الجنوب"): the middle of a chain of three nouns."""
    if k + 1 >= words.n:
        return False
    t = words.toks[k]
    return (plain(t.gap) and not t.definite and len(t.norm) >= 3 and len(t.readings) == 1
            and not t.raw.endswith(("ا", "اً")) and not words.is_(k, "stop", "never", "temporal", bare=True)
            and head_at(words, k) is None and not _name(words, k) and words.reporting(k) is None
            and _construct(words, k))


def _construct(words: Words, j: int) -> bool:
    """An indefinite noun in construct: a definite word or a place's name follows it ("لحماية
    الصحفيين"), maybe
    after nouns coordinated with it ("لحماية وتوعية المستهلك")."""
    k = j + 1
    while k < words.n and k - j <= 3 and plain(words.toks[k].gap):
        norm = words.toks[k].norm
        if norm.startswith("ال") or words.is_(k, "country", "capital", "city", bare=True):
            return True  # a proper noun is definite: "نداء تونس"، "مستقبل بغداد"
        if not (norm.startswith("و") and len(norm) > 3 and not norm.startswith("وال")):
            return False
        k += 1
    return False


@cache
def _known_bodies() -> dict[str, str]:
    """Every name, alias and acronym of the well-known bodies (normal form) → the body's name."""
    out: dict[str, str] = {}
    for o in load("organizations")["known"]:
        for form in [o["name"], *o.get("aliases", []), *o.get("acronyms", [])]:
            out.setdefault(key(form), o["name"])
    return out


_QUOTED_WHY = "head noun + name in quotation marks"
_WORDS_NAME_P = 0.3  # the tagger's ORG reading that lets everyday words in marks be a name


def _known_quoted(words: Words, head: str, q0: int, q1: int) -> bool:
    quoted = " ".join(words.toks[k].norm for k in range(q0, q1))
    return _known_bodies().get(f"{head} {quoted}") is not None or _known_bodies().get(quoted) is not None
_DESCRIBED = 3  # words describing a body between its head noun and its quoted name


def _quoted_after_head(board: Board, reg: Registry, words: Words, i: int) -> int | None:
    """"شركة «X»"، "شركة الشحن اليونانية «X»"، "البنك الألماني «X»": a head noun, at most a
    few definite words describing the body, then its name in quotation marks.  The name is
    the words inside the marks; the head and its describing words refer to the same body.
    A definite head needs a describing word first ("اتهم الحزب «بالخيانة»" quotes a charge),
    and a quoted phrase that opens with a preposition and the article is a phrase, not a
    name.  Returns the token after the name, or None."""
    got = head_at(words, i)
    if got is None:
        return None
    cut, head, definite = got[1:]
    toks = board.toks
    j = i
    while j + 1 < words.n and not quote(toks[j + 1].gap):
        k = j + 1
        if k - i > _DESCRIBED or not plain(toks[k].gap) or board.owner[k] is not None or not (
                toks[k].definite or words.is_(k, "nationality")) or words.reporting(k) is not None:
            return None
        j = k
    if j == i and definite and not words.is_(i, "media_head"):
        return None
    span = _quoted_span(board, j)
    if span is None:
        return None
    q0, q1 = span
    if any(c and form.startswith("ال") for form, c in toks[q0].readings[1:]) or any(
            words.reporting(k) is not None for k in range(q0, q1)):
        return None
    if q1 - q0 >= 2 and not toks[q0].definite and any(
            toks[k].raw.endswith(("ها", "هم", "هما")) and not words.bare[k] for k in range(q0 + 1, q1)):
        return None  # '"تحمل مسؤولياتها"': a verbal noun and a possessed object, a phrase, not a name
    if q1 - q0 >= 2 and _verb_shaped(words, q0) and (toks[q0 + 1].definite or toks[q0 + 1].norm[0] in "بل" or (
            toks[q0 + 1].norm in prepositions())):
        return None  # 'الحكومة "تشعر بارتياح"'، 'الرئاسة "فقدت الثقة"': speech in marks, not a name
    letters = latin_letters()[0]

    def spelled(k: int) -> bool:  # a letter spelled out beside another ("إم بي سي"); "في" alone is "in"
        return toks[k].norm in letters and any(q0 <= x < q1 and toks[x].norm in letters for x in (k - 1, k + 1))

    noun_phrase = toks[q0].definite and not any(toks[k].norm in prepositions() for k in range(q0, q1))
    if not noun_phrase and any(words.is_(k, "stop", "never", bare=True) and not spelled(k)
                               for k in range(q0, q1)) and max(words.p(k, "ORG") for k in range(q0, q1)) < 0.5:
        # '"تعمل على تحسين الخدمات"': a clause in marks, not a name (a spelled letter "آي" is no
        # word); a definite noun with no preposition ("«السلام الآن»") is a name
        return None
    common = common_words()
    everyday = all(toks[k].norm in common or toks[k].norm.removeprefix("ال") in common for k in range(q0, q1))
    # (three words or more in marks after a body already described read as a clause unless the tagger
    # reads a name in them: 'المكتب التنفيذي "يبحث تعيين مدرب جديد"')
    if definite and (everyday or q1 - q0 >= 3) and (
            max(words.p(k, "ORG") for k in range(q0, q1)) < _WORDS_NAME_P and not _known_quoted(words, head, q0, q1)):
        return None  # 'حمّلت السلطة المحلية «المسؤولية الكاملة»': after a body described (a definite
        # head), everyday words the tagger reads as no name are the verb's object ("حركة «X»" names)
    if board.free(q0, q1):
        # a body the lexicon knows, with its head or without ("تنظيم «الدولة الإسلامية»"): its one card
        quoted = " ".join(toks[k].norm for k in range(q0, q1))
        known = _known_bodies().get(f"{head} {quoted}") or _known_bodies().get(quoted)
        if known is not None:
            card = reg.card(f"organization:{key(known)}", "organization", _QUOTED_WHY)
            card.canonical = card.canonical or known
        else:
            card = reg.card(f"organization:{key(board.surface(q0, q1))}", "organization", _QUOTED_WHY)
        board.mention(card, q0, q1)
    else:
        m = board.owner[q0]
        card = board.card_at(q0)
        if m is None or card is None or (m.t0, m.t1) != span or card.kind not in ("person", "organization") or any(
                x.key != m.key for x in card.mentions):
            return None
        card.kind = "organization"  # named first by the tagger, maybe as a person: the head says a body
        card.add_why(_QUOTED_WHY)
    card.head = card.head or head
    board.mention(card, i, q0, cut, role="reference")  # the head and its words: no body of their own
    return q1


def never_adjective(words: Words, j: int) -> bool:
    """Token j is a definite body's head ("الحكومة") or a definite plural of people ("السكان"،
    "المواطنين"), with no other proclitic: a noun that is never an adjective, so after a definite
    word (which governs no genitive) it is no word of that body's name."""
    t = words.toks[j]
    if not t.norm.startswith("ال"):
        return False
    if t.norm[2:] in groups_of_people():
        return True
    if adjective(words, j) or (j + 1 < words.n and words.toks[j + 1].norm.startswith("لل")):
        return False  # "البلدية"، "المنظمة للمؤتمر": a body's head that is an adjective or a participle too
    got = head_at(words, j)
    return got is not None and got[1] == 0 and got[3]


def _verb_shaped(words: Words, k: int) -> bool:
    """A word no lexicon lists, no head of a body and no body's word to the tagger, shaped as a
    verb: an imperfect (تـ/يـ + three letters or more) or a past in تْ, short ("فقدت"، "قررت") or
    of a derived form opening on alif ("اعتبرت"، "استجابت"); with its object or a preposition after
    it, a clause ("«تكنو سوفت»" is a name)."""
    w = words.toks[k].norm
    if words.toks[k].definite or words.bare[k] or head_at(words, k) is not None or words.p(k, "ORG") >= 0.5:
        return False
    if w[:1] in "يت" and len(w) >= 4 and not w.endswith(("ه", "ات")):
        return True
    return w.endswith("ت") and not w.endswith("ات") and (4 <= len(w) <= 5 or (w[0] == "ا" and 6 <= len(w) <= 7))


def _opens_a_clause(words: Words, j: int) -> bool:
    """Token j is an imperfect or future verb by its shape ("يحمي"، "وستنشر"), maybe after و,
    with its object or a preposition after it: a clause, no word of a body's name."""
    w = words.toks[j].norm
    if j + 1 >= words.n or not plain(words.toks[j + 1].gap) or words.toks[j].definite:
        return False
    if future_verb(w):
        return True
    if w[:1] == "و" and len(w) >= 5 and w[1:2] == "ي" and not words.bare[j] and words.p(j, "ORG") < 0.5:
        return not w.endswith(("ه", "ات"))  # "ويضم": و and an imperfect
    if w[:1] == "ل" and 4 <= len(w) - 1 <= 6 and (w[1] == "ي" or (
            w[1:].startswith(("تت", "تست")) and len(w) - 1 >= 5)) and not words.bare[j] and not (
            verbal_noun_shape(w[1:]) or w.endswith(("ه", "ات"))):
        # "النيابة العامة | لتتولى التحقيق": ل and an imperfect, the purpose of the clause (not
        # ت + four letters: the verbal noun تفعّل is spelt so, "لتتبع الموسم"، "لتقصي الحقائق")
        return True
    # (not تـ: the verbal nouns of the second form open so too, "تنسيق"، "ترويج", inside names)
    return w[:1] == "ي" and _verb_shaped(words, j)


@cache
def _self_naming() -> dict[str, tuple[tuple[str, ...], ...]]:
    return phrase_index(load("organizations")["self_naming"])


_SELF_NAMED_REACH = 4  # words between the body's head noun and the phrase that names it


def _bare_head(norm: str) -> bool:
    """A head noun of the rule data ("مجموعة"، "شركة"), with or without the article."""
    w = norm.removeprefix("ال")
    return w in appositive_heads() or w in named_after_people()


def self_named(board: Board, reg: Registry, words: Words) -> None:
    """"مجموعة قرصنة تطلق على نفسها اسم «X»": a body described by a head noun and a few words,
    then a phrase by which it names itself (`self_naming` in organizations.toml) and its name in
    quotation marks — the name is the body's card, and the description a reference to it."""
    phrases, toks = _self_naming(), board.toks
    for i in range(1, words.n):
        if toks[i].norm not in phrases or (ws := phrase_at(toks, i, phrases)) is None:
            continue
        span = _quoted_span(board, i + len(ws) - 1)
        head = next((k for k in range(i - 1, max(-1, i - 1 - _SELF_NAMED_REACH), -1)
                     if head_at(words, k) is not None or _bare_head(toks[k].norm)), None)
        if span is None or head is None or not board.free(*span) or not board.free(head, i):
            continue
        card = reg.card(f"organization:{key(board.surface(*span))}", "organization",
                        "a body naming itself after its description")
        board.mention(card, *span)
        board.mention(card, head, i, words.proclitic_cut(head), role="reference")


def nisba_named(board: Board, reg: Registry, words: Words) -> None:
    """"وقالت المصرية للاتصالات"، "أرباح الوطنية للنفط والغاز": a definite feminine nisba right before
    ل and a company's sector (`company_sectors`) names a company whose head noun
    ("الشركة") is left out — the nisba no longer an adjective of anything before it (a free word
    with no definite noun right before it: "المملكة العربية السعودية | للمرة" is no company)."""
    toks, sectors = board.toks, word_set("organizations", "company_sectors")
    for i in range(words.n - 1):
        t = toks[i]
        if not (t.definite and t.raw.endswith("ة") and t.norm.endswith("يه") and len(t.norm) >= 7):
            continue
        if i > 0 and words.joined(i) and (board.owner[i - 1] is not None or (
                toks[i - 1].definite and toks[i - 1].norm not in prepositions())):
            continue
        f = toks[i + 1]
        rest = next((form for form, cut in f.readings if cut == 1 and form.startswith("ال")), "") if (
            f.norm.startswith("لل")) else ""
        if not (rest and words.joined(i + 1)) or not board.free(i, i + 2) or words.is_(
                i + 1, "temporal", "weekday", "month", bare=True):
            continue
        end = i + 2
        if rest not in sectors and not (end < words.n and words.joined(end) and f"{rest} {toks[end].norm}" in sectors):
            continue
        while end < words.n and words.joined(end) and board.owner[end] is None and toks[end].definite and (
                adjective(words, end) or toks[end].norm in sectors):
            end += 1  # "للصناعات | الأساسية"، "للأوراق | المالية"
        if end < words.n and words.joined(end) and board.owner[end] is None and toks[end].norm[:1] == "و" and (
                toks[end].norm[1:] in sectors):
            end += 1  # "للنفط | والغاز": a second sector
        card = reg.card(f"organization:{key(board.surface(i, end))}", "organization",
                        "a company named by a nisba and its sector, its head noun left out")
        board.mention(card, i, end)


@cache
def _occurrence_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    return phrase_index(load("organizations")["occurrence_phrases"])


def _named_after_description(board: Board, reg: Registry, words: Words, i: int) -> int | None:
    """"شركة النفط الفرنسية X"، "بنك الاستثمار X Y": a head noun, one to three definite words
    describing the body, then its name — words only a name can be (not a given name: a person
    after a body is its head's holder).  The card is the name; the head and its describing
    words refer to it, as before a quoted name.  Not inside a title ("رئيس شركة …")."""
    got = head_at(words, i)
    if got is None or words.is_(i - 1, "title", "rank", "title_possessive", "honorific"):
        return None
    cut, head, definite = got[1:]
    toks = board.toks
    j = i
    while j + 1 < words.n and j - i < _DESCRIBED and plain(toks[j + 1].gap) and board.owner[j + 1] is None and (
            toks[j + 1].definite or words.is_(j + 1, "nationality") or (
                j == i and not definite and j + 2 < words.n and toks[j + 2].definite and words.bare[j + 1] <= {"stop"}
                and not words.not_name(j + 1) and toks[j + 1].norm in common_words())
    ) and words.reporting(j + 1) is None:
        j += 1  # ("شركة صناعة السيارات …": an everyday noun in construct opens the description)
    q0 = j + 1
    if any(words.is_(k, "title", "rank", "honorific", bare=True) for k in range(i + 1, q0)):
        return None  # "حكومة المستشار الألماني X": the title's holder, a person
    if j == i or q0 >= words.n or not plain(toks[q0].gap) or not _brand(words, q0) or (
            words.p(q0, "ORG") + words.p(q0, "PERS") < _NAME_P) or toks[q0].norm[0] in "لبو" or (
            words.given_before_patronymic(q0)):  # ("لوزارة X | عبدالعزيز بن Y": the officer's given name)
        return None  # (a verb after a body described is what it did: "الحكومة اليمنية | تؤمن")
    q1 = q0 + 1
    while q1 < words.n and q1 - q0 < 3 and plain(toks[q1].gap) and board.owner[q1] is None and (
            _brand(words, q1) or words.is_(q1, "city", "capital", "country", bare=True)):
        q1 += 1
    if not board.free(q0, q1):
        return None
    card = reg.card(f"organization:{key(board.surface(q0, q1))}", "organization",
                    "a name after a head noun and the words describing the body")
    board.mention(card, q0, q1)
    card.head = card.head or head
    board.mention(card, i, q0, cut, role="reference")
    return q1


def _brand(words: Words, k: int) -> bool:
    """A word only a name can be — or a name's word of the lexicon (a surname, a town) the
    tagger reads as a name — and no given name (a person's name opens with one)."""
    t = words.toks[k]
    if t.definite or len(t.norm) < 3 or not words.bare[k].isdisjoint(_GIVEN_NAMES) or words.not_name(k):
        return False
    if words.unlisted(k):
        return not verbal_noun_shape(t.norm)  # ("أعلنت هيئة X | توقيف موظفين": what it announced)
    return bool(words.bare[k]) and words.bare[k] <= NAME_CLASSES and t.norm not in common_words() and (
        max(words.p(k, "ORG"), words.p(k, "PERS")) >= _KEEP_P)


_NAME_P = 0.15  # how surely the tagger must read a name (a body's or a person's) after a body described:
# a verb there is what the body did, and the tagger reads verbs as names far less often
_GIVEN_NAMES = frozenset({"given", "given_m", "given_f", "given_rare", "given_ambiguous"})


def _quoted_span(board: Board, i: int) -> tuple[int, int] | None:
    """«الفجر»: the words inside the marks that open right after token i (at most five)."""
    toks = board.toks
    n = len(toks)
    if i + 1 >= n or not quote(toks[i + 1].gap) or "\n" in toks[i + 1].gap:
        return None
    j = i + 1  # the last word inside the marks
    while j + 1 < n and j - i < 5 and plain(toks[j + 1].gap):
        j += 1
    after = toks[j + 1].gap if j + 1 < n else board.doc.text[toks[j].end : toks[j].end + 2]
    if not quote(after):
        return None  # the marks do not close right after the name
    return i + 1, j + 1
