"""Places and organisations the lexicons name: countries, capitals, cities, regions, and
well-known bodies with their short forms and acronyms.

A curated entry is taken as it stands; an entry of the large gazetteers (thousands of
towns and companies, some of them ordinary words too) only where the tagger also reads a
name there.  A capital used for its government ("أعلنت واشنطن") joins its country's card
as a metonym; a capital named as a place ("في القاهرة") keeps a card of its own.
"""

from __future__ import annotations

import re
from functools import cache

from ..doc.normal import DROPPED, key
from ..doc.tokens import comma, plain
from ..lexicon import load, word_set
from ..lexicon.index import Hit, gazetteer_lines, lexicon
from ..models.common import common_words
from . import acronyms, places
from .board import Board, Card
from .orgs import NEW_CITY, SEAT_WHY, appositive_heads, head_at, purpose
from .registry import Registry
from .words import NAME_CLASSES, Words

CURATED_PLACES = ("country", "capital", "city", "region", "country_ambiguous")
CURATED_ORGS = ("org", "org_ambiguous")
# entries that are also ordinary words ("فتح"، "مالي") or come from the large gazetteers:
# the tagger must read a name there too
NEEDS_SUPPORT = {"gaz_place": "LOC", "gaz_org": "ORG", "org_ambiguous": "ORG", "country_ambiguous": "LOC"}
GAZETTEER = ("gaz_place", "gaz_org")
_LISTED_PLACES = frozenset(["country", "capital", "city", "region"])
_SUPPORT = 0.3  # tagger probability a gazetteer entry needs
_COMMON_SUPPORT = 0.8  # ... when it is one of the words news text writes outside names


def _common(words: Words, i: int, cut: int) -> bool:
    """The reading with ``cut`` letters cut is an everyday word, maybe with the accusative's
    alef ("وفدا": "وفد" + ا, not و + a town)."""
    common = common_words()
    return any(c == cut and (form in common or (form.endswith("ا") and len(form) > 3 and form[:-1] in common))
               for form, c in words.toks[i].readings)


def _given_after_role(words: Words, i: int) -> bool:
    """Token i is a listed given name right after a definite role noun ("المحامية ريم")."""
    return i > 0 and words.joined(i) and words.toks[i - 1].definite and words.is_(
        i - 1, "title", "profession", bare=True) and words.is_(i, "given", "given_f", "given_m", bare=True)


def _homograph(words: Words, i: int, cut: int) -> bool:
    """The reading is a listed place that news text writes as an everyday word too, though the
    ANERcorp-derived list of ordinary words misses it ("سيول": Seoul, and floods;
    ``everyday_homographs`` in places.toml)."""
    homographs = word_set("places", "everyday_homographs")
    return any(c == cut and form in homographs for form, c in words.toks[i].readings)


@cache
def _spelled_with_ta() -> frozenset[str]:
    """The normal forms of the places the lexicon and the gazetteer spell with a final ة
    ("جدة"، "وجدة"): read once, when a word that could be one of them is written with ه."""
    out: set[str] = set()

    def walk(v: object) -> None:
        if isinstance(v, str):
            if v.endswith("ة"):
                out.add(key(v))
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(load("places"))
    out.update(key(name) for name, _ in gazetteer_lines("places.txt") if name.endswith("ة"))
    return frozenset(out)


def suffixed_noun(words: Words, i: int, cut: int | None = None) -> bool:
    """Token i (its reading with ``cut`` letters cut, or any) is a place the lists spell with ة,
    written with ه in an article that writes ة: a noun and its pronoun suffix ("جده": his
    grandfather, not Jeddah; "بيانه": its statement), whatever the tagger reads there."""
    raw = _MARKS.sub("", words.toks[i].raw)
    if not raw.endswith("ه"):
        return False
    memo = words.memo("writes_ta_marbuta")
    if "ta" not in memo:  # (counted once per article)
        memo["ta"] = sum(1 for t in words.toks if t.raw.endswith("ة")) >= 3
    cuts = (cut,) if cut is not None else {c for _, c in words.toks[i].readings}
    return memo["ta"] and any(key(raw[c:]) in _spelled_with_ta() for c in cuts)


def _qualifies_noun_before(words: Words, i: int) -> bool:
    """Token i follows an indefinite noun with nothing between — no title or role, which governs
    a state ("رئيس مالي"), no preposition and no place's head: an adjective's place."""
    if i == 0 or not words.joined(i):
        return False
    prev = words.toks[i - 1]
    return not prev.definite and len(prev.norm) >= 3 and words.reporting(i - 1) is None and not words.is_(
        i - 1, "title", "rank", "honorific", "place_head", "stop", "never", "country", "city", "capital", "region",
        "nationality", bare=True) and prev.norm[:1] not in "بل"


def _nisba_after_definite(words: Words, i: int) -> bool:
    """Token i, a definite feminine nisba ("السعودية"), follows a definite noun with nothing
    between — not a preposition's object, not the country's own head ("المملكة")."""
    w = words.toks[i].norm
    if i == 0 or not words.joined(i) or not (w.startswith("ال") and w.endswith("يه")):
        return False
    prev = words.toks[i - 1]
    return prev.definite and prev.norm[:1] not in "بلك" and words.reporting(i - 1) is None and not words.is_(
        i - 1, "country", "capital", "city", "region", "title", "rank", "honorific", "stop", "never", bare=True)


def _common_nisba(w: str) -> bool:
    """The whole word is the accusative of a nisba of an everyday noun ("وزاريا": وزارة → وزاري)."""
    base = w[:-2]
    common = common_words()
    return w.endswith("يا") and len(base) >= 3 and (base in common or base + "ه" in common)


def _and_place_in_a_list(words: Words, hit: Hit, classes: tuple[str, ...]) -> Hit | None:
    """A one-word place read whole that is also و + a listed place, between places in a list
    (a place right before it, or و + a place right after): the و + place reading, else None."""
    i = hit.start
    if hit.cut or hit.end - i != 1 or hit.cls not in _PLACE_CLASSES or not words.toks[i].norm.startswith("و"):
        return None
    alt = next((h for h in words.hits[i] if h.cut == 1 and h.end == hit.end and h.cls in _PLACE_CLASSES
                and h.cls in classes), None)
    if alt is None:
        return None
    before = i > 0 and words.joined(i) and any(h.cls in _LISTED_PLACES and h.end == i for h in words.hits[i - 1])
    after = i + 1 < words.n and words.joined(i + 1) and words.toks[i + 1].norm.startswith("و") and any(
        h.cls in _LISTED_PLACES and h.cut == 1 for h in words.hits[i + 1])
    return alt if before or after else None


def claim(board: Board, reg: Registry, words: Words, classes: tuple[str, ...]) -> None:
    """Claim, left to right and longest first, every free lexicon entry of ``classes``."""
    i = 0
    starts = words.starts_of(classes)  # longest() finds nothing at any other token
    s, last = 0, len(starts)
    while True:
        while s < last and starts[s] < i:
            s += 1
        if s == last:
            break
        i = starts[s]
        hit = words.longest(i, classes) if board.owner[i] is None and i not in board.not_actors else None
        if hit is not None and (alt := _and_place_in_a_list(words, hit, classes)) is not None:
            hit = alt  # "في تبوك وجدة والطائف": و + Jeddah in a list of places, not the town named "وجدة"
        if hit is None or not board.free(hit.start, hit.end):
            i += 1
            continue
        if hit.cls in ("country", "gaz_place") and hit.end - hit.start == 1 and (
                words.accusative_nisba(hit.start)) and (not hit.cut or _common_nisba(words.toks[hit.start].norm)):
            # "وفدا ليبيا"، "لاعبا سوريا": the adjective "Libyan", "Syrian", not the country; the
            # whole word is one too where a و would make a place ("تعديلا وزاريا")
            i += 1
            continue
        if hit.cls == "gaz_place" and hit.end - hit.start == 1 and words.is_(hit.start, "place_head", bare=True):
            i += 1  # "مرفأ"، "قلعة"، "معسكر": a place's head noun, the place only with its name after it
            continue
        if hit.cls in GAZETTEER and hit.cut and _common(words, hit.start, 0):
            i += 1  # "بمنطقة وادي X": the whole word is an everyday one ("valley"), not و + a town
            continue
        if hit.cls in GAZETTEER and hit.cut and hit.end - hit.start == 1 and len(
                words.toks[hit.start].norm) - hit.cut <= 2:
            i += 1  # "بري"، "وباب": a clitic cut off a word leaves two letters that a gazetteer town
            continue  # also spells — the whole word is what the text wrote (a name, a noun)
        if hit.cut and hit.end - hit.start == 1 and hit.cls in CURATED_ORGS and any(
                c < hit.cut and lexicon().classes_of(form) & _PLACE_CLASSES
                for form, c in words.toks[hit.start].readings):
            i += 1  # "(و)بابل": the word (after و) is a listed place, not ب + a body's short name ("أبل")
            continue
        if hit.end - hit.start == 1 and hit.cls in CURATED_ORGS and _hamza_it_lacks(words, hit):
            i += 1  # "وأم" (and a mother) is no "وام" (the agency): a short name written with a hamza it has not
            continue
        if hit.end - hit.start == 1 and hit.cls in CURATED_ORGS and hit.start > 0 and words.joined(hit.start) and (
                _agreeing_nisba(words, hit.start)):
            i += 1  # "الشركة العمانية": a nisba agreeing with the definite noun before it, not the agency it names
            continue
        if hit.cls.removesuffix("_ambiguous") in _PLACE_CLASSES and hit.end - hit.start == 1 and _homograph(
                words, hit.start, hit.cut) and (
                _qualifies_noun_before(words, hit.start)):
            i += 1  # "تعثر مالي"، "دعم مالي": the everyday adjective right after its noun, not the state
            continue
        if hit.cls.removesuffix("_ambiguous") in _PLACE_CLASSES and hit.end - hit.start == 1 and suffixed_noun(
                words, hit.start, hit.cut):
            i += 1  # "تعلم الحرفة من والده وجده": and his grandfather, not Oujda
            continue
        if hit.cls.startswith("country") and hit.end - hit.start == 1 and not hit.cut and (
                _nisba_after_definite(words, hit.start)):
            i += 1  # "السوق السعودية"، "العاصمة السعودية": a country named by a nisba, right after a
            continue  # definite noun, is that noun's adjective ("Saudi"), no place of the story
        typ = NEEDS_SUPPORT.get(hit.cls)
        need = _SUPPORT
        if hit.cls in GAZETTEER and hit.end - hit.start == 1 and _homograph(words, hit.start, hit.cut):
            typ, need = "LOC", _COMMON_SUPPORT  # "مشهد" (a scene) in a gazetteer too: as below
        elif hit.cls in GAZETTEER and hit.end - hit.start == 1 and _common(words, hit.start, hit.cut):
            need = _COMMON_SUPPORT  # "العالم"، "مدينة": a town's name that news text writes as a word
        elif hit.cls in _LISTED_PLACES and hit.end - hit.start == 1 and (
                _common(words, hit.start, hit.cut) or _homograph(words, hit.start, hit.cut)):
            typ, need = "LOC", _COMMON_SUPPORT  # "غرامة مالية" (Malé folds the same): a listed
            # place written the way news text writes an everyday word needs the tagger's word
        if typ is not None and min(words.p(k, typ) for k in range(hit.start, hit.end)) < need:
            i += 1
            continue
        if hit.cls in ("city", "region", "capital") and (body := _named_after(board, words, hit)) is not None:
            # "ريال مدريد"، "بايرن ميونيخ": a body whose name holds a city's — the tagger's whole span
            a, b = body
            head = head_at(words, a) if a != hit.start else None
            # ("بديوان محافظة X": the preposition glued to the body's head noun is no part of its name)
            cut = hit.cut if a == hit.start else head[1] if head is not None else _conjunction(words, a)
            card = reg.card(f"organization:{key(board.surface(a, b, cut))}", "organization",
                            "the tagger's body, named after a city of the lexicon")
            board.mention(card, a, b, cut)
            i = b
            continue
        if hit.end - hit.start == 1 and not hit.cut and (
                (hit.cls in GAZETTEER and _given_after_role(words, hit.start))
                or (hit.start > 0 and words.joined(hit.start) and _given_after_role(words, hit.start - 1))):
            # "المحامية ريم X": a given name right after a role noun is the holder's, not a town,
            # and the word after it the name's ("المحامية ريم فتح الباب": no movement named فتح)
            i += 1
            continue
        if hit.cls in _PLACE_CLASSES and (end := _new_city_end(board, words, hit.end)) > hit.end:
            # "المنيا الجديدة"، "دلهي الجديدة": a new city named after an old one is a place of its own
            # (not the old city, nor the town that "الجديدة" names alone)
            card = reg.card(f"place:{key(board.surface(hit.start, end, hit.cut))}", "place",
                            "lexicon: a place's name and «new», a city of its own")
            m = board.mention(card, hit.start, end, hit.cut)
            places.head_before(board, words, m)
            i = end
            continue
        if hit.cls in ("city", "region") and not hit.cut and (
                d := places.direction_before(board, words, hit.start)) is not None:
            # "محافظة شمال X"، "محافظتي شمال X وجنوب X": after an area's head, a direction and a
            # listed place name one division — a place of its own, not X
            card = reg.card(f"place:{key(board.surface(d, hit.end, words.proclitic_cut(d)))}", "place",
                            "lexicon: a place and the direction naming a division of it")
            m = board.mention(card, d, hit.end, words.proclitic_cut(d))
            places.head_before(board, words, m)
            i = hit.end
            continue
        if hit.cls in GAZETTEER:
            kind = "place" if typ == "LOC" and not _tagger_reads_a_body(words, hit.start, hit.end) else "organization"
            card = reg.card(f"{kind}:{key(board.surface(hit.start, hit.end, hit.cut))}", kind,
                            f"gazetteer {hit.cls.removeprefix('gaz_')}, the tagger agreeing")
            board.mention(card, hit.start, hit.end, hit.cut)
        elif hit.cls == "capital":
            m = board.mention(_place_card(board, reg, hit), hit.start, hit.end, hit.cut)
            if _governmental(words, hit.start, hit.cut):
                m.role = "metonym"
        elif hit.cls in CURATED_ORGS and _nationality_after_generic(words, hit):
            # "القوات المسلحة المصرية": a name built on a head noun, made a state's by its nationality
            card = reg.card(f"organization:{key(board.surface(hit.start, hit.end + 1, hit.cut))}", "organization",
                            "lexicon: organisation, with a nationality")
            board.mention(card, hit.start, hit.end + 1, hit.cut)
            i = hit.end + 1
            continue
        elif hit.cls in CURATED_ORGS and acronyms.opens_letters(
                words, hit.end - 1, hit.cut if hit.end - 1 == hit.start else 0):
            i += 1  # "وإل | جي": a letter name that opens a spelled acronym, not the word it also writes
            continue
        elif hit.cls in CURATED_ORGS and _runs_on(words, hit.end):
            i += 1  # "مجلس الأمن الوطني" is not "مجلس الأمن": the head-noun builder names it
            continue
        elif hit.cls in CURATED_ORGS:
            card = reg.card(f"organization:{key(hit.value)}", "organization", "lexicon: organisation")
            card.canonical = card.canonical or hit.value
            m = board.mention(card, hit.start, hit.end, hit.cut)
            if (core := _known_after_head(words, hit)) is not None:
                # "وكالة [فرانس برس]"، "حركة [حماس]": the body is known by its name without the head
                board.name_inside(m, core, hit.end)
        elif hit.cls in ("city", "region") and _tagger_reads_a_body(words, hit.start, hit.end):
            # "فاز برشلونة على ..."، "مدرب ليون": a club or a body named after its city
            surface = board.surface(hit.start, hit.end, hit.cut)
            card = reg.card(f"organization:{key(surface)}", "organization",
                            "lexicon: a city's name, read by the tagger as a body")
            board.mention(card, hit.start, hit.end, hit.cut)
        else:
            m = board.mention(_place_card(board, reg, hit), hit.start, hit.end, hit.cut)
            places.area_name(board, words, m)
            places.epithet_name(board, words, m)
            places.head_before(board, words, m)
        i = hit.end


_PLACE_CLASSES = frozenset({"city", "capital", "country", "region", "gaz_place"})


def _new_city_end(board: Board, words: Words, j: int) -> int:
    """j + 1 when token j is "الجديدة" right after a place's name, free: a new city's name."""
    if j < words.n and words.joined(j) and board.owner[j] is None and words.toks[j].norm == NEW_CITY:
        return j + 1
    return j


def _place_card(board: Board, reg: Registry, hit: Hit) -> Card:
    """The card of a country, capital, city or region the lexicon names (a country or capital
    by its listed name)."""
    if hit.cls == "capital":
        card = reg.card(f"capital:{key(hit.value)}", "place", "lexicon: capital")
        card.canonical = card.canonical or hit.value
        return card
    country = hit.cls.startswith("country")
    value = hit.value if country else board.surface(hit.start, hit.end, hit.cut)
    card = reg.card(f"place:{key(value)}", "place", f"lexicon: {hit.cls.removesuffix('_ambiguous')}")
    if country:
        card.canonical = card.canonical or hit.value
    return card


_INSIDE_P = 0.5  # the tagger's LOC probability at every word of a place inside a body's name


def places_inside_bodies(board: Board, reg: Registry, words: Words) -> None:
    """A listed place named inside a body's description ("منتخب [البرتغال]"، "حكومة إقليم
    [X]"، "بورصة [طوكيو]") is a place of the story too, as one in a person's title is: its
    card gets a mention there, the body keeping the words.  Where the place's name is part of
    the body's own name ("جامعة X"، "حركة تحرير X") the tagger reads the body through it, and
    no place is named."""
    if words.tagging is None:
        return
    for card in board.live():
        if card.kind != "organization":
            continue
        # "… بولاية X"، "السفارة … في X": the territory a body serves, the city a mission sits in
        seated = any(SEAT_WHY in w for w in card.why)
        for m in card.names():
            k = m.t0 + 1
            while k < m.t1:
                hit = words.longest(k, CURATED_PLACES, max_cut=1 if seated else 0)
                glued = None if hit is not None or seated else words.longest(k, CURATED_PLACES, max_cut=1)
                if glued is not None and glued.cut == 1 and glued.end == m.t1 and words.toks[k].norm.startswith("ب"):
                    hit, seated_here = glued, True  # "الغرفة التجارية | بأسيوط": ب and a listed place close the name
                else:
                    seated_here = seated
                seat = seated_here and hit is not None and hit.end == m.t1 and (
                    hit.cut == 0 or words.toks[k].norm.startswith("ب"))
                if hit is None or hit.end > m.t1 or (hit.cut and not seat) or (not seat and min(
                        words.p(j, "LOC") for j in range(k, hit.end)) < _INSIDE_P):
                    k += 1
                    continue
                board.mention(_place_card(board, reg, hit), hit.start, hit.end, hit.cut, claim=False)
                k = hit.end


_LOCATIVE = frozenset(["في", "الي", "من", "عن", "حول", "قرب", "داخل", "خارج", "عبر", "نحو", "وسط", "شمال", "جنوب",
                       "شرق", "غرب", "ضواحي", "انحاء", "شوارع", "مدينه", "العاصمه", "عاصمه", "مطار", "بين",
                       "شرقي", "غربي", "شمالي", "جنوبي", "اطراف", "محيط"])


_BODY_P = 0.7  # the tagger's ORG probability that makes a city's name a body
_LEANS_P = 0.5  # ... or that does where the tagger reads a body over a place
_NAMED_AFTER_P = 0.6  # ... its mean over a longer body's name that holds a city's (as tagged.claim)


def _known_after_head(words: Words, hit: Hit) -> int | None:
    """Where the proper name starts in a known body's name written with an appositive head
    ("وكالة فرانس برس"، "حركة حماس"): the words after the head are one of its names too."""
    head = head_at(words, hit.start) if hit.end - hit.start >= 2 else None
    if head is None or head[2] not in appositive_heads():
        return None
    inner = words.longest(hit.start + 1, CURATED_ORGS, max_cut=0)
    return hit.start + 1 if inner is not None and inner.end == hit.end and inner.value == hit.value else None


def _tagger_reads_a_body(words: Words, a: int, b: int) -> bool:
    """The tagger is sure of a body there, or reads one over a place at every word ("فاز X على
    ضيفه": a club named after its town)."""
    if words.tagging is None:
        return False
    org = [words.p(k, "ORG") for k in range(a, b)]
    return min(org) >= _BODY_P or all(org[k - a] >= _LEANS_P and org[k - a] > words.p(k, "LOC") for k in range(a, b))


def _named_after(board: Board, words: Words, hit: Hit) -> tuple[int, int] | None:
    """The tagger's organisation span around a city's name, when it runs over more words
    than the name and the tagger is sure of all of it ("مانشستر يونايتد")."""
    if words.tagging is None or words.label(hit.start)[2:] != "ORG":
        return None
    a = hit.start
    while a > 0 and words.label(a) == "I-ORG" and words.joined(a):
        a -= 1
    b = hit.end
    while b < words.n and words.label(b) == "I-ORG" and words.joined(b):
        b += 1
    if (a, b) == (hit.start, hit.end) or not board.free(a, b):
        return None
    if sum(words.p(k, "ORG") for k in range(a, b)) / (b - a) < _NAMED_AFTER_P:
        return None
    return a, b


def _agreeing_nisba(words: Words, j: int) -> bool:
    """Token j is a definite nisba ("العمانية") right after a definite common noun of its gender
    ("الشركة"، "الحكومة"): that noun's adjective."""
    w, prev = words.toks[j].norm, words.toks[j - 1]
    if not (w.startswith("ال") and w.endswith(("ي", "يه"))) or not prev.definite or words.bare[j - 1] & NAME_CLASSES:
        return False
    return w.endswith("يه") == prev.norm.endswith("ه")


def _conjunction(words: Words, i: int) -> int:
    """The conjunction و/ف before a foreign word of a body's name ("وبايرن"); a preposition
    ب/ل only before an everyday noun ("لسوق X"، "بكلية X"): a foreign name's first letter may
    be the name's own (بايرن، لايبزيغ)."""
    cut = words.proclitic_cut(i)
    if cut != 1:
        return 0
    t = words.toks[i]
    if t.norm[0] in "وف":
        return cut
    stem = next((form for form, c in t.readings if c == cut), "")
    return cut if stem in common_words() or stem in words.definite_stems() else 0


def _nationality_after_generic(words: Words, hit: Hit) -> bool:
    """A known body's generic name (built on a head noun: "القوات المسلحة") followed at once
    by a nationality — not a proper one ("حركة حماس الفلسطينية" is حماس, described)."""
    j = hit.end
    if j >= words.n or not words.joined(j) or not words.is_(j, "nationality", bare=True):
        return False
    said = words.doc.text[words.toks[hit.start].cut_start(hit.cut) : words.toks[hit.end - 1].end]
    branches = word_set("organizations", "national_branches")
    if key(hit.value) in branches or key(said) in branches:
        return True  # "الهلال الأحمر المغربي": a body with a society in every country
    last = words.toks[hit.end - 1]
    if hit.end - hit.start >= 2 and all(words.toks[k].definite for k in range(hit.start, hit.end)) and (
            last.norm.endswith(("ي", "يه")) and not words.is_(hit.end - 1, "nationality", bare=True)
            and last.norm.endswith("يه") == words.toks[j].norm.endswith("يه")):  # (of the adjective's gender)
        return True  # "الدفاع المدني الأردني"، "الحرس الوطني الليبي": a noun and its adjective, a body every state has
    return head_at(words, hit.start) is not None and hit.end - hit.start >= 2 and all(
        words.toks[k].definite and not words.is_(k, "divine", "compound_second", "org", bare=True)
        for k in range(hit.start + 1, hit.end))  # "حزب الله"، "حركة حماس": proper names


def _runs_on(words: Words, j: int) -> bool:
    """A known body's name followed at once by a definite nisba adjective it does not include,
    or by the purpose that names another body ("لكرة اليد")."""
    if j >= words.n or not words.joined(j):
        return False
    w = words.toks[j].norm
    if purpose(words, j):
        return True  # "الاتحاد الإفريقي لكرة اليد" is not "الاتحاد الإفريقي"
    return w.startswith("ال") and w.endswith(("ي", "يه")) and not words.is_(j, "nationality")


def _governmental(words: Words, t0: int, cut: int) -> bool:
    """A capital standing for its state ("أعلنت واشنطن"، "طالب دمشق"، "القاهرة عازمة") rather
    than the city as a place ("في دمشق"، "بدمشق"، "وصل إلى القاهرة")."""
    if "ب" in words.toks[t0].norm[:cut]:
        return False  # "بدمشق": a place
    if _dateline(words, t0):
        return False  # "دمشق (الوكالة) -"، "دمشق، 3 مايو": the dateline, where the story was filed
    prev = words.toks[t0 - 1].norm if t0 > 0 and words.joined(t0) else ""
    venue = _place_nouns()
    before = {f for f, _ in words.toks[t0 - 1].readings} if prev else set()
    if before & venue or (prev and words.is_(t0 - 1, "nationality") and t0 >= 2 and words.joined(t0 - 1)
                          and not {f for f, _ in words.toks[t0 - 2].readings}.isdisjoint(venue)):
        return False  # "بالعاصمة (السودانية) X"، "قمة X"، "ومقرها X": the city as a venue or seat
    if prev and words.is_(t0 - 1, "place_head", "org_head", "org_head_weak", "media_head"):
        return False  # "مرفأ بيروت"، "جامعة دمشق": the city in construct after a place's or body's noun
    if prev and prev.removeprefix("ال") in _local_offices():
        return False  # "عمدة لندن"، "محافظ بغداد": a city's own office, not its state's ("سفير واشنطن" is)
    if prev == "من" and t0 >= 2 and words.toks[t0 - 2].norm in ("كل", "وكل"):
        return True  # "رحبت كل من أنقرة وأثينا": "both" opens a list of subjects
    if "و" in words.toks[t0].norm[:cut] and prev and words.is_(t0 - 1, "capital") and t0 >= 1:
        return _governmental(words, t0 - 1, words.proclitic_cut(t0 - 1))  # "واشنطن وموسكو": as the first
    if prev == "بين" and t0 + 1 < words.n and words.toks[t0 + 1].norm[:1] == "و" and words.is_(t0 + 1, "capital"):
        return not _travelled_to(words, t0)  # "خلاف بين موسكو وأنقرة": two states, unless travelled between
    if prev in _LOCATIVE or prev.removeprefix("و") in _LOCATIVE:
        return False
    return not _travelled_to(words, t0)


def _dateline(words: Words, t0: int) -> bool:
    """Token t0 opens a line as the place the story was filed from: punctuation or a date
    follows ("X (الوكالة)"، "X - 3 مايو"، "X/Y -"، "X، 14 مارس"، "X 15 يونيو"), or it is the
    second place of such a dateline ("X - Y (الوكالة)")."""
    toks = words.toks
    if t0 > 0 and "\n" not in toks[t0].gap:
        g = toks[t0].gap
        if ("-" in g or "–" in g or "/" in g) and _byline_end(words, t0):
            return True  # "الوكالة - X"، "الصحيفة/ X / 3 مايو": a byline's place after the outlet
        if not ("-" in g or "–" in g or "/" in g) or not words.is_(t0 - 1, "capital", "city", "country"):
            return False
        first = t0 - 1  # the dateline's first place: back over "X - Y - Z" (a loop, not a recursion)
        while first > 0 and "\n" not in toks[first].gap and any(c in toks[first].gap for c in "-–/") and (
                words.is_(first - 1, "capital", "city", "country")):
            first -= 1
        return first == 0 or "\n" in toks[first].gap
    if t0 + 1 >= words.n:
        return False
    nxt, after = toks[t0 + 1].gap, toks[t0 + 1].norm
    if any(c in nxt for c in "(-–/ـ"):
        return True
    if nxt.strip().startswith(":") and "\n" not in nxt:
        return True  # "X: «الصحيفة»"، "X: فلان": a paper's dateline and its correspondent
    if after == "في" and t0 + 2 < words.n and toks[t0 + 2].norm[:1].isdigit() and plain(nxt):
        return True  # "X في 9 سبتمبر"
    return after[:1].isdigit() and "\n" not in nxt and (plain(nxt) or any(c in nxt for c in "،,:"))


_BYLINE_WORDS = 5  # words of an outlet's name before a byline's place, and of a date after it


def _byline_end(words: Words, t0: int) -> bool:
    """Token t0 closes a short line of its own after a dash or slash ("وكالة X - Y"، "X نيوز/ Y"),
    maybe with a date after one more dash or slash: the line opens within a few words before it
    and ends within a few after, with no verb of speech on it."""
    toks = words.toks
    a = next((k for k in range(t0, max(-1, t0 - _BYLINE_WORDS - 1), -1) if k == 0 or "\n" in toks[k].gap), None)
    b = next((k for k in range(t0 + 1, min(words.n, t0 + _BYLINE_WORDS + 2)) if "\n" in toks[k].gap), None)
    if a is None or a == t0 or (b is None and t0 + _BYLINE_WORDS + 1 < words.n):
        return False
    b = words.n if b is None else b
    if b > t0 + 1 and not any(c in toks[t0 + 1].gap for c in "-–/"):
        return False  # (only a date after the place, set off the same way)
    return all(words.reporting(k) is None for k in range(a, b))


@cache
def _place_nouns() -> frozenset[str]:
    data = load("places")
    return frozenset(key(w) for w in (*data["venue_nouns"], *data["city_sites"], "العاصمة", "عاصمة"))


@cache
def _local_offices() -> frozenset[str]:
    return frozenset(key(w) for w in load("places")["local_offices"])


def _travelled_to(words: Words, t0: int) -> bool:
    """"زار الوزير دمشق"، "يعتزم الموفد زيارة دمشق": a verb or noun of travel earlier in the
    clause (no comma or other verb of speech between) makes the capital its destination."""
    travel = _travel_words()
    toks = words.toks
    for k in range(t0 - 1, max(-1, t0 - 9), -1):
        cue = words.reporting(k)
        if toks[k].sent != toks[t0].sent or (cue is not None and not cue.ambiguous):
            return False  # (an ambiguous cue is mostly the other word: "بين" between, not بيّن)
        w = toks[k].norm
        w = w[1:] if w[:1] in ("و", "ف") and w not in travel else w
        if w in travel or (len(w) > 4 and w.endswith(_NUMBER_ENDINGS) and w[:-2] in travel):
            return True  # (with the dual's or plural's ending: "يغادران"، "وصلوا")
        if comma(toks[k].gap):
            return False
    return False


_NUMBER_ENDINGS = ("ان", "ون", "وا", "تا")


@cache
def _travel_words() -> frozenset[str]:
    return frozenset(key(w) for w in load("places")["travel_words"])


_HAMZA_ALEFS = frozenset("أإآ")
_MARKS = re.compile(f"[{DROPPED}]")  # (the marks the normal form drops, as it does)


def _hamza_it_lacks(words: Words, hit: Hit) -> bool:
    """A body's short name of three letters or fewer met as a word whose alef carries a hamza the
    listed name writes bare: the normal form drops the hamza, the text does not ("وأم" ≠ "وام")."""
    t = words.toks[hit.start]
    raw = _MARKS.sub("", t.raw)[hit.cut:]
    if len(raw) > 3 or not _HAMZA_ALEFS & set(raw):
        return False
    written = _short_names().get(key(raw))
    return written is not None and raw not in written


@cache
def _short_names() -> dict[str, frozenset[str]]:
    """The listed bodies' names and aliases of three letters or fewer: normal form → as written."""
    out: dict[str, set[str]] = {}
    for entry in load("organizations")["known"]:
        for n in (entry["name"], *entry.get("aliases", ())):
            if len(key(n)) <= 3 and " " not in n:
                out.setdefault(key(n), set()).add(n)
    return {k: frozenset(v) for k, v in out.items()}


def claim_regimes(board: Board, reg: Registry, words: Words) -> None:
    """"النظام السوري": a regime with its nationality is that state's government, a body
    (joined to "الحكومة السورية" when the article also names it: cards.corefer_orgs)."""
    heads = regime_heads()
    for i in range(words.n - 1):
        t = words.toks[i]
        if board.owner[i] is not None or not t.definite or t.norm.removeprefix("ال") not in heads:
            continue
        hit = words.longest(i + 1, ("nationality",), max_cut=0)
        if hit is None or hit.start != i + 1 or not words.joined(i + 1) or not board.free(i, hit.end):
            continue
        cut = words.proclitic_cut(i)
        card = reg.card(f"organization:{key(board.surface(i, hit.end, cut))}", "organization",
                        "lexicon: a regime named by its nationality")
        board.mention(card, i, hit.end, cut)


@cache
def regime_heads() -> frozenset[str]:
    """Heads that with a nationality name a state's government (organizations.toml)."""
    return frozenset(key(h).removeprefix("ال") for h in load("organizations")["regimes"])


def _homographs(board: Board, reg: Registry) -> None:
    """"عُمان": a capital's name written with the vowel that makes it another country's short name
    is that country, not the capital (`capital_homographs` in places.toml)."""
    caps = [c for k, c in reg.by_key.items() if k.startswith("capital:") and not c.dead]
    for capital, country, vowelled in load("places")["capital_homographs"]:
        cap = next((c for c in caps if any(m.key == key(capital) for m in c.mentions)), None)
        if cap is None or any(m.key != key(capital) for m in cap.mentions) or not any(
                vowelled in m.surface for m in cap.mentions):
            continue
        state = reg.get("place:" + key(country))
        if state is None:
            state = reg.card("place:" + key(country), "place", "lexicon: country")
            state.canonical = country
        cap_keys = [k for k, c in reg.by_key.items() if c is cap and k.startswith("capital:")]
        cap.canonical = None
        reg.merge(cap, state)
        for k in cap_keys:  # (no capital any more: the state's card answers to the country alone)
            del reg.by_key[k]


def settle_capitals(board: Board, reg: Registry) -> None:
    """A capital the text once uses for its state ("أعلنت واشنطن") joins the state's card,
    every mention as a metonym; a capital only ever named as a place ("في دمشق"، "زار الوفد
    دمشق") is a city card of its own."""
    _homographs(board, reg)
    for country in sorted({k.split(":", 1)[1] for k in reg.by_key if k.startswith("capital:")}):
        cap = reg.get("capital:" + country)
        if cap is None or cap.dead:
            continue
        metonyms = [m for m in cap.mentions if m.role == "metonym"]
        places = [m for m in cap.mentions if m.role != "metonym"]
        if metonyms:
            state = reg.get("place:" + country)
            if state is None:
                state = reg.card("place:" + country, "place", f"lexicon: country {cap.canonical}")
                state.canonical = cap.canonical
            state.add_why("its capital stands for it")
            for m in places:
                m.role = "metonym"  # the text uses the city for its state: every mention goes with it
            reg.merge(cap, state)
            continue
        cap.canonical = None
        cap.why = ["lexicon: capital city (named as a place)"]
