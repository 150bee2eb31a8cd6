"""Places and bodies named after a person or a city: "جامعة الملك X"، "مطار الأمير X
الدولي"، "شارع الشيخ X"، "مطار جدة الدولي".  A head noun in construct with a rank and a
name, or with a city of the lexicon and an adjective of its own, is one place or one body;
the person it honours is not an actor of the story there, and the city keeps its own card
where the text names it alone ("مطار عدن" with no adjective is where, in the city)."""

from __future__ import annotations

from functools import cache

from ..doc import Token
from ..doc.normal import key
from ..lexicon import load
from . import orgs
from .board import Board
from .people import extent, given_name
from .registry import Registry
from .words import NAME_CLASSES, Words, groups_of_people


def find(board: Board, reg: Registry, words: Words) -> None:
    heads, ranks = _heads(), _ranks()
    toks = words.toks
    known = _HEAD_OF
    i = 0
    while i + 1 < words.n:
        w = toks[i].norm
        got = known.get(w, _UNSEEN)  # (asked of every token: most words are no head)
        if got is _UNSEEN:
            if len(known) > 200_000:  # bound the cache on huge vocabularies
                known.clear()
            got = known[w] = _head(toks[i], heads)
        if got is not None and got[0] in ("event", "disease"):
            after = _event_name(board, words, i)
            if got[0] == "disease" and after > i + 1:
                board.not_actors.add(i)  # ("بفيروس X": the head is no name's first word either)
            i = after
            continue
        if got is not None and got[0] == "treaty":
            i = _treaty_city(board, words, i)
            continue
        if got is None or not words.joined(i + 1):
            i += 1
            continue
        kind, cut = got
        if kind == "landform":
            after = _landform(board, reg, words, i, cut)
            if after > i + 1:
                i = after
                continue
            kind = "place"  # "سد الملك X": no listed place after it — maybe a person it is named after
        if i + 2 < words.n and toks[i + 1].norm in ranks and words.joined(i + 2) and (
                words.is_(i + 2, "given") or given_name(words, i + 2)) and board.free(i, i + 3):
            # ("مستشفى الملك عبدالعزيز": عبد glued to a divine name is a given name too)
            end = extent(board, words, i + 2)  # "جامعة الملك X": a person's name
            end = next((k for k in range(i + 3, end) if _at_place(words, k)), end)  # "… | بجدة": where it stands
            why = "named after a person (head noun, rank, name)"
        elif kind in ("place", "organization") and words.is_(i + 1, "given", bare=True) and not words.is_(
                i + 1, "stop", "never", "city", "capital", "country", bare=True) and board.free(i, i + 2) and (
                words.p(i + 1, "PERS") >= _PERSON_READ) and toks[i].readings[-1][0] not in _transparent():
            # "مستشفى X الكبير"، "مدرسة X Y": a head in construct with a person's name the tagger
            # reads is a place or body named after them — the name is no subject of the story there
            end = extent(board, words, i + 1)
            if end - i > 3 and not any(words.is_(k, "particle", bare=True) for k in range(i + 1, end)):
                end = i + 3  # ("معهد X Y | Z W": the namesake's two names; a person of the story may follow)
            why = "named after a person (head noun, name)"
        elif i + 2 < words.n and words.is_(i + 1, "city", "capital", bare=True) and words.joined(i + 2) and (
                _nisba(words, i + 2)) and board.free(i, i + 3) and toks[i].readings[-1][0] not in _transparent():
            # "مطار جدة الدولي"، "ملعب القاهرة الدولي": a facility with a name of its own; without
            # the adjective ("مطار عدن") the text names the city ("مدينة جدة" is the city itself)
            end = i + 2
            why = "named after a city (head noun, city)"
        else:
            i += 1
            continue
        while end < words.n and words.joined(end) and board.owner[end] is None and _nisba(words, end):
            end += 1  # "… الدولي"، "… التخصصي": the place's or body's own adjective
        if kind == "organization" and why.startswith("named after a person"):
            end = _field_end(board, words, end)
        card = reg.card(f"{kind}:{key(board.surface(i, end, cut))}", kind, why)
        board.mention(card, i, end, cut)
        i = end


def _field_end(board: Board, words: Words, j: int) -> int:
    """"مركز الملك X | للإغاثة والأعمال الإنسانية"، "مدرسة X Y | لتحسين الخطوط": a body named after
    a person is named with the field it serves after ل — a definite noun, or an indefinite one in
    construct with a definite one — with the nouns coordinated with it and their adjectives.
    Not people it serves or meets ("للطلاب"، "للمرة"): j where there is no field."""
    toks = words.toks
    if j >= words.n or not words.joined(j) or board.owner[j] is not None:
        return j
    w = toks[j].norm
    if w.startswith("لل") and len(w) >= 5 and not w.endswith(("ين", "ون", "مره")) and w[2:] not in (
            groups_of_people()) and not words.is_(j, "stop", "never", "temporal", bare=True):
        end = j + 1
    elif len(w) >= 5 and not words.bare[j] & NAME_CLASSES and orgs.purpose(words, j):  # (not "ليث": a name)
        end = j + 1
        while end < words.n and end - j <= 3 and words.joined(end) and not toks[end].definite:
            end += 1  # "لتحسين | وتطوير"، "لرعاية أسر": the nouns in construct before the definite one
        end += 1
    else:
        return j
    while end < words.n and words.joined(end) and board.owner[end] is None and (
            (toks[end].norm.startswith("وال") and len(toks[end].norm) >= 6) or orgs.adjective(words, end)):
        end += 1  # "… والتقنية"، "… الإنسانية": coordinated fields and their adjectives
    return end if all(board.owner[k] is None for k in range(j, end)) else j


def body_head(t: Token) -> bool:
    """Token t is, without the article, a head bodies are named after a person or a city with
    ("مستشفى"، "جامعة"، "مركز": `named_after.toml` bodies)."""
    got = _head(t, _heads())
    return got is not None and got[0] == "organization"


def _at_place(words: Words, k: int) -> bool:
    """Token k is ب or ل glued to a listed city or country ("بجدة"): where the place stands, no name."""
    t = words.toks[k]
    return t.norm[:1] in ("ب", "ل") and words.is_(k, "city", "capital", "country") and not words.is_(
        k, "city", "capital", "country", *NAME_CLASSES, bare=True)


def _event_name(board: Board, words: Words, i: int) -> int:
    """"كأس X Y"، "دوري X السعودي"، "جائزة الملك X"، "جائحة X": the name after a competition's,
    prize's or disease's head, a rank and a person's name or words only a name can be, is no actor's; its tokens
    are closed to the person stages.  Returns the token after it."""
    toks = words.toks
    j = i + 1
    if not words.joined(j):
        return i + 1
    if toks[j].norm in _ranks() and j + 1 < words.n and words.joined(j + 1):
        j += 1  # "جائزة الملك X": the rank, then the name
    k = j
    while k < min(words.n, j + 2) and words.joined(k) and not toks[k].definite and not words.bare[k] and (
            len(toks[k].norm) >= 3 and not toks[k].norm.isdigit()):
        k += 1  # "بطولة غرب | X"، "كأس أمم | X": an everyday noun in construct before the place
    if k > j and k < words.n and words.joined(k) and words.is_(k, *_LISTED_PLACE, bare=True):
        board.not_actors.update(range(j, k + 1))  # the competition named after a region: no place of the story
        return k + 1
    if toks[j].definite and not words.is_(j, "given", bare=True):
        return i + 1  # "كأس العالم"، "دوري الأبطال": no one's name
    if not (words.bare[j] & NAME_CLASSES or words.unlisted(j)):
        return i + 1  # (any listed name, however rare: "دوري X" after a sponsor)
    end = extent(board, words, j)
    while end < words.n and words.joined(end) and (_nisba(words, end) or words.is_(end, "nationality", bare=True)):
        end += 1  # "… السعودي": the competition's own adjective
    board.not_actors.update(range(i + 1, end))
    return end


def _landform(board: Board, reg: Registry, words: Words, i: int, cut: int) -> int:
    """"جبل [X]"، "حوض [X]": a landform's head before a listed place is one place with it, and
    its own adjectives ("… الغربي"); any other complement is places.py's.  Returns the next token."""
    if not (words.is_(i + 1, *_LISTED_PLACE, bare=True) and board.free(i, i + 2)):
        return i + 1
    end = i + 2
    while end < words.n and words.joined(end) and board.owner[end] is None and _nisba(words, end):
        end += 1
    card = reg.card(f"place:{key(board.surface(i, end, cut))}", "place", "a landform named after a place")
    board.mention(card, i, end, cut)
    return end


_LISTED_PLACE = ("city", "capital", "region", "country", "gaz_place")


def _treaty_city(board: Board, words: Words, i: int) -> int:
    """"اتفاق X"، "معاهدة X": the city a treaty is named after is closed to every actor stage —
    not where another party follows it ("اتفاق X وY"، "اتفاق X مع Y").  Returns the next token."""
    j = i + 1
    if not words.joined(j) or not words.is_(j, "city", "capital", "region", "gaz_place", bare=True):
        return j
    nxt = words.toks[j + 1] if j + 1 < words.n and words.joined(j + 1) else None
    if nxt is not None and (nxt.norm == "مع" or (nxt.norm[0] == "و" and len(nxt.readings) > 1)):
        return j + 1
    board.not_actors.add(j)
    return j + 1


_PERSON_READ = 0.5  # the tagger's PERS probability on the name after the head

_HEAD_OF: dict[str, tuple[str, int] | None] = {}  # word → _head's answer, which depends on the word alone
_UNSEEN = object()


def _head(t: Token, heads: dict[str, str]) -> tuple[str, int] | None:
    """The kind a named-after head at token t makes, and its proclitic letters (بمطار، لجامعة)."""
    if t.definite:
        return None
    for form, cut in t.readings:
        kind = heads.get(form)
        if kind is not None:
            return kind, cut
    return None


def _nisba(words: Words, j: int) -> bool:
    w = words.toks[j].norm
    return w.startswith("ال") and len(w) > 4 and w.endswith(("ي", "يه")) and not words.is_(j, "nationality")


@cache
def _heads() -> dict[str, str]:
    data = load("named_after")
    got = {key(w): "place" for w in data["places"]}
    got.update({key(w): "organization" for w in data["bodies"]})
    got.update({key(w): "event" for w in data["events"]})
    got.update({key(w): "disease" for w in data["diseases"]})
    got.update({key(w): "treaty" for w in data["treaties"]})
    got.update({key(w): "landform" for w in data["landforms"]})
    return got


@cache
def _ranks() -> frozenset[str]:
    return frozenset(key(w) for w in load("named_after")["ranks"])


@cache
def _transparent() -> frozenset[str]:
    """Heads that name the place itself ("مدينة X"، "ولاية X"): no facility of it."""
    return frozenset(key(w) for w in load("places")["transparent_heads"])
