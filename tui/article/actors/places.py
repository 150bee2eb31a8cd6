"""Places named with a head noun: "مخيم نهر البارد"، "معبر رفح"، "ساحة الشهداء"، "حي الزيتون".

A place head from the lexicon (places.toml ``heads``: مخيم، معبر، ساحة، حي، ميناء …), with
or without the article, takes a short complement that names it: words only a name can be,
gazetteer places, definite nouns and adjectives, an indefinite noun in construct with the
next ("نهر البارد").  The name is accepted when something besides its shape says so — the
tagger reads a place there, or a word in it is a listed place or a word only a name can
be.  A complement that is itself a known city or country is that place (the lexicon claimed
it before this stage runs), and the common nouns after a head ("المدينة"، "البلاد") name
nothing.
"""

from __future__ import annotations

from functools import cache

from ..doc.normal import key
from ..doc.tokens import plain
from ..lexicon import load, word_set
from ..lexicon.index import lexicon
from ..models.common import common_words
from .board import Board, Card, Mention
from .registry import Registry
from .words import NAME_CLASSES, Words

_MAX = 3  # words in a complement
_STOP = ("stop", "never", "reporting", "month", "weekday", "temporal", "title", "rank", "anon", "not_place",
         "org_head", "media_head", "honorific")
_SUPPORT = 0.3  # the tagger's LOC (or ORG) probability that names the complement
_PERSON_AFTER = 0.5  # the tagger's PERS probability at a given name that ends a place's name before it


def find(board: Board, reg: Registry, words: Words) -> None:
    i = 0
    n = words.n
    known = lexicon().derived("place_head")  # _head's cache, read here without a call per token
    # only a place head noun starts a place
    heads = [(known[t.norm] if t.norm in known else _head(words, k)) is not None for k, t in enumerate(words.toks)]
    while i < n - 1:
        got = _place_at(board, words, i) if heads[i] and board.owner[i] is None else None
        if got is None:
            i += 1
            continue
        t0, t1, cut = got
        surface = board.surface(t0, t1, cut)
        if t1 - t0 >= 2 and _area_head(words, t0):
            surface = board.surface(t0 + 1, t1)  # "بلدة X" and a bare "X" later are one card
        card = reg.card(f"place:{key(surface)}", "place", "place head noun + a name")
        m = board.mention(card, t0, t1, cut)
        area_name(board, words, m)
        i = t1


def area_name(board: Board, words: Words, m: Mention) -> None:
    """"قطاع [غزة]"، "حي [الزيتون]": after an area's head the name is the place's own — the
    mention's core (its name and shown span); the whole phrase stays an alias."""
    if m.t1 - m.t0 < 2 or not _area_head(words, m.t0):
        return  # (in construct, without the article: "المدينة المنورة" is a name of its own)
    board.name_inside(m, m.t0 + 1, m.t1)


def _area_head(words: Words, i: int) -> bool:
    """Token i reads as the head of an area a proper name stands in apposition to ("حي"، "محافظة")."""
    heads = _appositive_heads()
    return any(form in heads for form, _ in words.toks[i].readings)


def head_before(board: Board, words: Words, m: Mention) -> None:
    """"محافظة [أسيوط]"، "ولاية [سطيف]"، "ميناء [X]": a listed place after an area's or a
    facility's head (indefinite, free, in the same phrase) takes the head into its mention; the
    listed name stays the mention's core, the whole phrase an alias — the form a reader may
    search for as well."""
    h = m.t0 - 1
    if m.core is not None or h < 0 or board.owner[h] is not None or not plain(words.toks[m.t0].gap):
        return
    readings = [(form, cut) for form, cut in words.toks[h].readings if form in _heads_before_a_place()]
    if not readings:
        return  # (with the article, "المنطقة" is no head of a name: "في المنطقة الجنوب ...")
    core = (m.start, m.end, m.surface)
    cut = readings[0][1]
    m.t0, m.start = h, words.toks[h].cut_start(cut)
    m.surface = board.surface(h, m.t1, cut)
    m.key = key(m.surface)
    m.core = core
    board.owner[h] = m


def direction_before(board: Board, words: Words, j: int) -> int | None:
    """The token of an indefinite direction right before the listed place at j, itself right
    after an area's head ("محافظة | شمال | X"، "محافظتي شمال X | وجنوب | X" — the second after
    the first division's name), both free; else None."""
    d = j - 1
    if d < 1 or board.owner[d] is not None or not plain(words.toks[j].gap) or not plain(words.toks[d].gap):
        return None
    norm = words.toks[d].norm
    bare = norm[1:] if norm.startswith("و") and norm[1:] in _directions() else norm
    if bare not in _directions() or " " in bare:
        return None
    h = d - 1
    if bare == norm:
        forms = {form for form, _ in words.toks[h].readings}
        heads = _appositive_heads()
        return d if forms & heads or any(f.endswith("تي") and f[:-2] + "ه" in heads for f in forms) else None
    m = board.owner[h]  # "… شمال X | وجنوب X": a division coordinated with one named just before
    card = board.card_at(h)
    return d if m is not None and card is not None and card.kind == "place" and m.t1 == h + 1 and (
        words.toks[m.t0].norm in _directions() or any(words.toks[k].norm in _directions() for k in range(m.t0, m.t1))
    ) else None


def epithet_name(board: Board, words: Words, m: Mention) -> None:
    """"[مكة] المكرمة"، "[النجف] الأشرف": a listed place and its epithet — the place's name is
    the mention's core, the whole phrase an alias."""
    last = m.t1 - 1
    if m.t1 - m.t0 < 2 or words.toks[last].norm not in _epithets():
        return
    if lexicon().classes_of(key(board.doc.text[m.start : words.toks[last - 1].end])).isdisjoint(_LISTED):
        return
    board.name_inside(m, m.t0, last)


_LISTED = frozenset(["country", "capital", "city", "region"])


@cache
def _epithets() -> frozenset[str]:
    return frozenset(key(w) for w in load("places")["epithets"])


@cache
def _directions() -> frozenset[str]:
    return frozenset(key(w) for w in load("places")["directions"])


@cache
def _appositive_heads() -> frozenset[str]:
    return frozenset(key(w) for w in load("places")["appositive_heads"])


@cache
@cache
def _name_openers() -> frozenset[str]:
    """Words opening a place's name after its head ("أم"، "أبو": ``places.toml`` ``name_openers``)."""
    return frozenset(key(w) for w in load("places")["name_openers"])


def _heads_before_a_place() -> frozenset[str]:
    """An area's head and a facility's ("ميناء"، "مطار": `facility_heads`), before a listed place."""
    return _appositive_heads() | frozenset(key(w) for w in load("places")["facility_heads"])


def _head(words: Words, i: int) -> int | None:
    """The proclitic cut at which token i reads as a place head ("بمخيم"، "المعبر"), or None
    (cached per word: it depends on the word's readings alone)."""
    lx = lexicon()
    norm = words.toks[i].norm
    known = lx.derived("place_head")
    if norm in known:
        return known[norm]
    got = known[norm] = None
    for form, cut in words.toks[i].readings:
        bare = form[2:] if form.startswith("ال") and len(form) > 4 else form
        if lx.has("place_head", form) or lx.has("place_head", bare) or form in word_set("named_after", "landforms") or (
                form in word_set("places", "division_heads")):
            got = known[norm] = cut
            break
    return got


def _rare_definite(words: Words, k: int) -> bool:
    """A definite word no lexicon class but a name's covers and news text does not write
    outside names ("الضبة"، "التمر")."""
    t = words.toks[k]
    return t.definite and len(t.norm) >= 5 and words.bare[k] <= NAME_CLASSES and t.norm not in common_words() and (
        not words.not_name(k))


def _name_in_ta(words: Words, j: int) -> bool:
    """A word ending in ة that no lexicon knows and news text does not write outside names
    ("عين | زارة"): after a name's first word, the rest of the name (``unlisted`` leaves out
    every word in ة, mostly feminine nouns)."""
    t = words.toks[j]
    return (len(t.norm) >= 4 and t.raw.endswith("ة") and not words.any[j] and len(t.readings) == 1
            and t.norm not in common_words())


def _participle(words: Words, j: int) -> bool:
    """"عازلة"، "محظورة": an adjective in ة of a participle's shape (فاعلة، مفعولة) describes
    the head; it names nothing."""
    w = words.toks[j].norm
    return (len(w) == 5 and w[1] == "ا") or (len(w) == 6 and w[0] == "م" and w[3] == "و")


_REPRESENTS_REACH = 3  # words of a title before the عن of whom its holder represents


def _represented(words: Words, i: int) -> bool:
    """The place head at i follows عن right after a title ("النائبة عن"، "عضو المجلس عن"): the
    place its holder stands for, not where something came from ("انقطعت المياه عن دوار X")."""
    return i > 1 and words.toks[i - 1].norm == "عن" and any(
        words.is_(k, "title", bare=True) for k in range(max(0, i - 1 - _REPRESENTS_REACH), i - 1))


def _place_at(board: Board, words: Words, i: int) -> tuple[int, int, int] | None:
    cut = _head(words, i)
    if cut is None:
        return None
    head_definite = words.toks[i].readings[-1][0].startswith("ال") or words.toks[i].norm.startswith("ال")
    comp: list[int] = []
    represented = _represented(words, i)  # (asked once, not of each word of the name)
    j = i + 1
    while j < words.n and len(comp) < _MAX and board.owner[j] is None and plain(words.toks[j].gap):
        t = words.toks[j]
        if not comp and t.norm in _name_openers() and j + 1 < words.n and plain(words.toks[j + 1].gap) and (
                board.owner[j + 1] is None and not words.toks[j + 1].definite and not words.is_(
                    j + 1, *_STOP, bare=True) and words.reporting(j + 1) is None):
            comp += [j, j + 1]  # "قرية أم X": the word opening the name and the name word after it, whole
            break  # (what follows is the clause's: "قضاء أبو X | Y Z" names the office's holder next)
        if words.is_(j, *_STOP, bare=True) or t.norm.isdigit() or words.reporting(j) is not None or (
                t.norm in _directions()):
            break  # ("… | جنوبي العاصمة": where it lies, no part of its name)
        if t.norm.startswith("و") and len(t.readings) > 1 and not words.is_(j, "gaz_place", bare=True):
            break  # "و…": the next clause or a list, not the name
        if comp and (words.is_(j, "nationality") or t.norm in word_set("places", "describing_adjectives")):
            break  # "مدينة X الإيطالية"، "بلدة X الحدودية": the country or the town described, not its name
        if comp and t.definite and t.norm.endswith(("ين", "ون")) and len(t.norm) >= 7 and not words.bare[j]:
            break  # "لحرفيي إقليم X | المتضررين": a plural adjective agrees with the people, not the place
        definite = t.norm.startswith("ال") and len(t.norm) > 3
        if not comp and not definite and common_nisba(t.norm):
            break  # "قرية حدودية"، "منطقة حدودية": an adjective of a common noun describes the head
        if not comp and definite and words.definite_head(j) and not words.is_(j, "gaz_place", bare=True):
            break  # "قصر الحكومة"، "ملعب الحكومة": a building of a body named by its head noun, no place name
        if comp and words.toks[comp[-1]].definite and not definite:
            break  # a definite word governs nothing: "ساحة الشهداء | يوم"
        if comp and represented and words.is_(j, "given", bare=True) and words.p(j, "PERS") >= _PERSON_AFTER:
            break  # "النائبة عن قضاء X | سعاد كريم Y": whom the title holder represents, then her name
        named = bool(words.bare[j]) and words.bare[j] <= NAME_CLASSES  # "سان ريمو": listed names
        if comp and words.is_(j, "particle", bare=True) and j + 1 < words.n and plain(words.toks[j + 1].gap) and (
                words.is_(j + 1, "given", "surname", bare=True)) and len(comp) + 2 <= _MAX + 1:
            comp += [j, j + 1]  # "ملعب X بن Y"، "مطار X بن Y": a person's name with its بن, whole
            j += 2
            continue
        if not (definite or named or words.unlisted(j) or words.is_(j, "gaz_place") or (
                not comp and _construct(words, j)) or (_name_in_ta(words, j) and (comp or not _participle(words, j)))):
            break  # an indefinite noun in construct opens a name ("نهر البارد"), it never follows
            # one ("محافظة X | لمطالبة الحكومة")
        comp.append(j)
        j += 1
    if not comp:
        return None
    t1 = comp[-1] + 1
    tagger = any(max(words.p(k, "LOC"), words.p(k, "ORG")) >= _SUPPORT for k in comp)
    listed = any(words.is_(k, "gaz_place") and words.p(k, "LOC") >= 0.1 for k in comp)
    # "محافظة صلاح الدين"، "مدينة زايد": an indefinite head in construct with a person's name is a
    # place named after them (the tagger reads the person; the head's genitive is no subject)
    listed = listed or (not head_definite and words.is_(comp[0], "given", "compound_first", bare=True)
                        and all(words.p(k, "PERS") >= _SUPPORT for k in comp))
    # "ميناء الضبة"، "قضاء عين التمر": an indefinite head in construct with a definite word news
    # text does not write outside names (and name words) is a place however rare its name
    listed = listed or (not head_definite and any(_rare_definite(words, k) for k in comp) and all(
        _rare_definite(words, k) or (words.bare[k] and words.bare[k] <= NAME_CLASSES) for k in comp))
    # "دوار X"، "قرية X": after an area's head in construct, a name no lexicon holds of a name's shape
    # (the same marks as a member of a list after a plural head: no adjective, participle or verb)
    listed = listed or (not head_definite and _area_head(words, i) and len(comp) <= 2 and all(
        _member(words, k, 0, inner=k > comp[0]) for k in comp))
    if not (tagger or listed) or (head_definite and not tagger):
        return None  # "المنطقة الشرقية" only where the tagger reads a place: "المدينة القديمة" is none
    if words.is_(i, "place_transparent") and not _area_head(words, i):
        return comp[0], t1, 0  # "جمهورية X": the card is X itself (an area's head stays an alias: area_name)
    return i, t1, cut


def common_nisba(w: str) -> bool:
    """An indefinite nisba adjective of a word news text writes ("حدودية" of حدود، "شعبي" of شعب,
    "ساحلية" of الساحل), or one news writes with the article ("جبلية" as in "المناطق الجبلية")."""
    common = common_words()
    for suffix in ("يه", "ي"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)]
            # (the feminine only: a masculine ي also ends "سيدي"، "my master", opening Maghreb names)
            return base in common or (suffix == "يه" and ("ال" + base in common or "ال" + w in common))
    return False


def _construct(words: Words, j: int) -> bool:
    """An indefinite noun governing the definite word after it ("نهر البارد")."""
    nxt = j + 1
    return nxt < words.n and plain(words.toks[nxt].gap) and words.toks[nxt].norm.startswith("ال")


def capitals_named_so(board: Board, reg: Registry, words: Words) -> None:
    """"الجزائر العاصمة"، "تونس العاصمة": a state whose capital bears its name, with the word
    "العاصمة" right after it, is the city — a place card of its own, the word part of its name;
    the state keeps its other mentions."""
    lx = lexicon()
    for card in list(board.live()):
        if card.kind != "place":
            continue
        for m in list(card.mentions):
            k = m.t1
            if k >= words.n or words.toks[k].norm != "العاصمه" or not plain(words.toks[k].gap) or (
                    board.owner[k] is not None) or "country" not in lx.classes_of(m.key):
                continue
            cut = next((c for c in range(4) if words.toks[m.t0].cut_start(c) == m.start), 0)
            card.mentions.remove(m)
            city = reg.card(f"place:{key(board.surface(m.t0, k + 1, cut))}", "place",
                            "a state's capital named with the word «العاصمة»")
            board.mention(city, m.t0, k + 1, cut)


_LISTED_P = 0.15  # the tagger's place reading, however weak, that a word in a list of places needs
_LIST_NAME_MAX = 2  # words of a place's name joined by و to the place before it


def coordinated(board: Board, reg: Registry, words: Words) -> None:
    """"شملت الأمطار X وY وZ": a word joined by و right after a place's name, with no card of its
    own, no everyday word and no person's name, that the tagger reads as a place at all, is the
    next place of the list (a list names things of one kind; left to right, so a list chains)."""
    for j in range(1, words.n):
        t = words.toks[j]
        if t.norm[:1] != "و" or not plain(t.gap) or board.owner[j] is not None:
            continue
        before, m = board.card_at(j - 1), board.owner[j - 1]
        if before is None or before.kind != "place" or m is None or m.t1 != j or not _list_place(words, j, 1):
            continue
        end = j + 1
        while end < words.n and end - j < _LIST_NAME_MAX and plain(words.toks[end].gap) and (
                board.owner[end] is None and _list_place(words, end, 0) and words.p(end, "LOC") >= _SUPPORT):
            end += 1  # ("وسانت X": a name of two words, the tagger reading both)
        _list_card(board, reg, j, end, 1, "a name joined by و to a place named before it")


_PLACE_PREPOSITIONS = frozenset(["في", "الي", "من", "بين", "نحو", "قرب"])  # in the normal form (إلى → الي)


def coordinated_before(board: Board, reg: Registry, words: Words) -> None:
    """"في X وY" with Y a place named: X, right after a preposition of place, with no card of its
    own and the same marks of a place's name as above, is the first place of the list."""
    for j in range(1, words.n - 1):
        if board.owner[j] is not None or words.toks[j - 1].norm not in _PLACE_PREPOSITIONS:
            continue
        nxt, m = board.card_at(j + 1), board.owner[j + 1]
        if nxt is None or nxt.kind != "place" or m is None or m.t0 != j + 1 or words.toks[j + 1].norm[:1] != "و":
            continue
        if not (plain(words.toks[j].gap) and plain(words.toks[j + 1].gap) and _list_place(words, j, 0)):
            continue
        _list_card(board, reg, j, j + 1, 0, "a name joined by و to a place named after it")


def district_twins(board: Board, reg: Registry) -> None:
    """A body or place card every name of which is a place carded on its own, or an area's or a
    district's head + that place's name ("مديرية X"، "مخيم X"، "X" read as a body): that place."""
    places: dict[str, Card] = {}
    for c in board.live():
        if c.kind == "place":
            for m in c.names():
                places.setdefault(m.key, c)
                if m.core is not None:
                    places.setdefault(key(m.core[2]), c)
    if not places:
        return
    heads = _appositive_heads() | word_set("places", "district_heads")
    for c in [c for c in board.live() if c.kind in ("organization", "place")]:
        hosts: set[int] = set()
        host = None
        for m in c.names():
            h = places.get(m.key)
            if h is None or h is c:
                ws = m.key.split()
                h = places.get(" ".join(ws[1:])) if len(ws) >= 2 and ws[0] in heads else None
            if h is None or h is c or h.dead:
                break
            hosts.add(id(h))
            host = h
        else:
            if host is not None and len(hosts) == 1 and not c.dead:
                reg.merge(c, host)


def after_plural_head(board: Board, reg: Registry, words: Words) -> None:
    """"ولايات X وY وZ"، "مديريتي X وY": after a plural or a dual of an area's head, the names
    joined by و are places, one card each (a dual's two) — the head says what the list names, so
    a word no lexicon holds needs no more than a place's shape (see ``_member``)."""
    plural, dual = word_set("places", "plural_area_heads"), word_set("places", "dual_area_heads")
    for i in range(words.n - 1):
        forms = {form for form, _ in words.toks[i].readings}
        most = 2 if forms & dual else words.n if forms & plural else 0
        j, cut = i + 1, 0
        while most and j < words.n and plain(words.toks[j].gap) and board.owner[j] is None and (
                _member(words, j, cut)):
            end = j + 1
            while end < words.n and end - j < _LIST_NAME_MAX + 1 and plain(words.toks[end].gap) and (
                    board.owner[end] is None and words.toks[end].norm[:1] != "و" and _member(words, end, 0, True)
                    and words.toks[end].norm not in word_set("places", "describing_adjectives")):
                end += 1  # ("أولاد X"، "X الشرقي": a name of two or three words)
            _list_card(board, reg, j, end, cut, "a name listed after a plural of an area's head")
            most -= 1
            j, cut = end, 1
            if j < words.n and words.toks[j].norm[:1] != "و":
                break


def _member(words: Words, j: int, cut: int, inner: bool = False) -> bool:
    """Token j (its first ``cut`` letters و) may be a member of a list after an area's plural:
    no everyday word, no word of another class (a person's name may be a place's), and none of
    the words that follow such a head without naming anything.  A definite word opening the
    list needs the tagger's place reading; after و, or ``inner`` (after a name's first word: "تل
    الورد", the genitive of a name in construct), the list's first member vouches for it."""
    t = words.toks[j]
    rest = t.norm[cut:]
    if len(rest) == 2 and rest not in common_words() and not words.is_(j, *_STOP, bare=True) and (
            j + 1 < words.n and plain(words.toks[j + 1].gap) and _member(words, j + 1, 0, True)):
        return True  # "تل X"، "بر X": a short first word of a name of two
    if inner and rest.startswith("ال") and len(rest) >= 4 and not words.toks[j - 1].definite:
        # "تل الورد"، "دير البلح": a definite noun in construct with a name's first word, however
        # everyday, but no nisba adjective ("X الجبلية") and no word of another class
        return not (common_nisba(rest[2:]) or words.is_(j, *_STOP, "nationality", bare=True)
                    or rest in word_set("places", "describing_adjectives"))
    if (listed := _listed_or_everyday(words, j, cut)) is not None:
        return listed
    if any(k > cut and (f.startswith("ال") or f in common_words()) for f, k in t.readings):
        return False  # "بالولاية"، "للشركة": a preposition and a noun, no name
    if words.is_(j, *_STOP, "nationality", bare=True) or common_nisba(rest) or _head(words, j) is not None:
        return False  # (an adjective: "قرى حدودية"; another head: "مدن وبلدات")
    if rest.isdigit() or rest in word_set("places", "plural_area_heads") or rest in word_set(
            "places", "dual_area_heads") or rest.removeprefix("ال") in word_set("places", "area_nouns"):
        return False  # ("قرى وبلدات": another head; "مناطق المملكة": the state)
    if not rest.startswith("ال") and ((rest.endswith(("ه", "تين", "تان", "ات")) and not inner) or (
            rest.startswith(("مت", "مست")) and len(rest) >= 5)):
        return False  # "مناطق سكنية"، "قرى آمنة": a broken plural's adjective is feminine singular
        # (a dual's, dual; after a name's first word a word in ة is the name's: "أولاد X"), a participle
        # describes too ("مستقل")
    if rest.startswith(("تت", "يت", "تست", "يست")):
        return False  # "مناطق تتواجد فيها": a present verb of a derived form, no name opens so
    if rest[0] in "يت":
        return words.p(j, "LOC") >= _LISTED_P  # a verb ("وتضررت") unless the tagger reads a place
    if rest.endswith(("ها", "هم", "هما")) and len(rest) >= 5:
        return False  # "بأكملها"، "ريفها": a pronoun suffix, no name
    return inner or cut or not rest.startswith("ال") or words.p(j, "LOC") >= _LISTED_P or (
        words.is_(j, "given", "surname", bare=True))


def _list_card(board: Board, reg: Registry, t0: int, t1: int, cut: int, why: str) -> None:
    """The place card of a list's member at tokens [t0, t1), its first ``cut`` letters a proclitic."""
    card = reg.card(f"place:{key(board.surface(t0, t1, cut))}", "place", why)
    board.mention(card, t0, t1, cut)


def _listed_or_everyday(words: Words, j: int, cut: int) -> bool | None:
    """What a list's member needs first, with its first ``cut`` letters a proclitic: False for a
    short or everyday word or a cut the word cannot take, True for a place of the gazetteer,
    None when the word's other marks must decide."""
    t = words.toks[j]
    rest = t.norm[cut:]
    if len(rest) < 3 or rest in common_words() or (rest.startswith("ال") and rest[2:] in common_words()):
        return False
    if cut and (rest, cut) not in t.readings:
        return False
    return True if words.is_(j, "gaz_place", bare=True) else None


def _list_place(words: Words, j: int, cut: int) -> bool:
    """Token j (its first ``cut`` letters a proclitic) may be a place's name in a list: no
    everyday word, no listed person's or other class's word, and a place to the tagger."""
    rest = words.toks[j].norm[cut:]
    if (listed := _listed_or_everyday(words, j, cut)) is not None:
        return listed
    if words.is_(j, *_STOP, "given", "surname", "nationality", bare=True) or rest.endswith("ات") or (
            rest[0] == "ي" and len(rest) <= 6) or (rest[0] in "يت" and rest.endswith(("ان", "ون"))):
        return False  # (a plural of things, "وولايات"; a present verb, "ويطالبان")
    # a definite word no list holds is a place only where the tagger is sure ("والدروس" is none),
    # and a word in ت (a present verb, or a place: "تطالب"، "تلعفر") where it reads a place
    need = _SUPPORT + 0.2 if rest.startswith("ال") else _SUPPORT if rest[0] == "ت" else _LISTED_P
    return words.p(j, "LOC") >= need or (not rest.startswith("ال") and _closes_a_list_item(words, j, cut))


def _closes_a_list_item(words: Words, j: int, cut: int) -> bool:
    """A bare word of no everyday shape that a list's punctuation or its next و closes ("… وX،"):
    a list's member however weakly the tagger reads it — not a word with a pronoun suffix
    ("وريفها"), a past verb ("ونهبت"), a present one or a dual in construct ("وولايتي")."""
    written = words.toks[j].raw[cut:]
    if len(written) < 4 or written[0] in "يتن" or written.endswith(("ها", "هم", "هما", "ه", "ت", "تي", "وا", "نا")):
        return False
    nxt = j + 1
    return nxt >= words.n or not plain(words.toks[nxt].gap) or words.toks[nxt].norm[:1] == "و"
