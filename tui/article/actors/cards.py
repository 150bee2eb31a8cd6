"""From mentions to cards: people named in short and full forms are one person, every later
occurrence of a name is a mention of its card, and cards become ``Actor`` records."""

from __future__ import annotations

import re
from functools import cache

from ..doc.normal import foreign_letters, key, skeleton
from ..doc.tokens import comma, plain, quote
from ..lexicon import load, word_set
from ..lexicon.index import Lexicon, lexicon
from ..model import Actor
from ..models.common import common_words
from .board import Board, Card, Mention, closed_marks
from .orgs import appositive_heads, government_heads, head_at, head_at_word, head_synonyms, movement_heads
from .people import name_key
from .registry import Registry
from .words import Words

_COMMON_SURNAME_P = 0.15  # a repeated short form needs this much of the tagger's support


def _tokens_of(card: Card) -> list[tuple[str, ...]]:
    return [tuple(name_key(m.surface).split()) for m in card.names()]


def _short_name(words_: tuple[str, ...]) -> bool:
    """A body named by a head its name stands in apposition to and one definite word no
    everyday one, maybe with an adjective ("نادي X"، "نادي X الرياضي"): that word alone names it."""
    return (2 <= len(words_) <= 3 and words_[0] in appositive_heads() and words_[1].startswith("ال")
            and len(words_[1]) >= 5 and words_[1] not in common_words())


def _longest(card: Card) -> tuple[str, ...]:
    return max(_tokens_of(card), key=len, default=())


def corefer_people(board: Board, reg: Registry, words_of: Words | None = None) -> None:
    """A card named only by part of another person's name joins that person: "الخطيب" and
    "سامي الخطيب"; the last such person named before it when several share it."""
    people = [c for c in board.live() if c.kind == "person"]
    # every short form a name could have (first names, surname, first + last name) → its cards:
    # the hosts of a short name are looked up, not searched among all who share a word with it
    by_part: dict[tuple[str, ...], list[Card]] = {}
    for c in people:
        for f in _tokens_of(c):
            for part in _parts(f):
                by_part.setdefault(part, []).append(c)
    for short in sorted(people, key=lambda c: (len(_longest(c)), c.n)):
        if short.dead:
            continue
        words = _longest(short)
        if not words or (words_of is not None and _kin_before(board, words_of, short)):
            continue  # ("والد الطالب، أحمد الزين": the father of "محمد أحمد الزين", another person)
        near = {id(c): c for c in by_part.get(words, ())}
        hosts = [c for c in near.values() if not c.dead and c is not short
                 and any(len(f) > len(words) and _part_of(words, f) for f in _tokens_of(c))]
        if not hosts and len(words) == 1:
            # a listed given name that is only ever a middle word of someone named ("يس" of "عبد
            # المنعم يس حامد"): news refers back to that person by it, not to an unnamed father
            hosts = [c for c in near.values() if not c.dead and c is not short
                     and any(_middle_listed(words[0], f) for f in _tokens_of(c))]
        hosts.sort(key=lambda c: c.n)
        if not hosts:
            continue
        first = min(m.start for m in short.mentions)
        before = [(max(m.start for m in h.mentions if m.start < first), h.n, h) for h in hosts
                  if any(m.start < first for m in h.mentions)]
        # the one named last before it, else the first named after
        host = max(before)[2] if before else min(hosts, key=lambda h: (min(m.start for m in h.mentions), h.n))
        reg.merge(short, host)


_KIN_REACH = 4  # words between a kinship noun and the name it titles ("والد الطالب الأصغر، X")


def _kin_before(board: Board, words: Words, card: Card) -> bool:
    """The card's first mention is titled by a kinship ("والده X"، "والد الطالب، X"، "شقيقة X"):
    a relative of whoever the name it shares belongs to, never that person."""
    m = min(card.mentions, key=lambda x: x.start)
    kin = _kinship()
    if m.t0 == 0:
        return False
    before = words.toks[m.t0 - 1]
    if plain(words.toks[m.t0].gap):
        # "والده X"، "شقيقتها X": the kin noun with its pronoun right before the name (in construct
        # with the name, "والد X", the name is the other relative's: no title of this card)
        return before.raw.endswith(("ه", "ها", "هم")) and any(  # (as written: "والدة" ends in ة, no pronoun)
            f[:-1] in kin or f[:-2] in kin for f, _ in before.readings)
    if words.toks[m.t0].gap.strip() not in ("،", ","):
        return False
    for k in range(m.t0 - 1, max(-1, m.t0 - 1 - _KIN_REACH), -1):  # "والد الطالب، X": in apposition
        if board.owner[k] is not None:
            return False
        if any(f in kin for f, _ in words.toks[k].readings):
            return True
        if k < m.t0 - 1 and not plain(words.toks[k + 1].gap):
            return False
    return False


@cache
def _kinship() -> frozenset[str]:
    """Kin nouns of ``relatives`` (anonymous.toml): family, not friends, colleagues or counsel."""
    lists = load("anonymous")
    return frozenset(key(w) for w in lists["relatives"]) - frozenset(key(w) for w in lists["relatives_not_family"])


def _parts(full: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Every ``short`` that ``_part_of(short, full)`` may accept."""
    out = {full[:n] for n in range(1, len(full))} | {full[-n:] for n in range(1, len(full))}
    if len(full) > 2:
        out.add((full[0], full[-1]))
        out.update((w,) for w in full[1:-1])
    if len(full) >= 4 and full[-2] in _FAMILY:
        out.add((full[0], *full[-2:]))
    return out


def corefer_spellings(board: Board, reg: Registry, only: list[Card] | None = None) -> None:
    """A person named in another spelling of a foreign name ("كوستن" and "فيكتور كوستين",
    "ماريسا X" and "مريسيا X"): the same skeleton (:func:`skeleton`) word for word, where a
    word that differs in more than how g, v or p is written is not a common listed name —
    "عامر" and "عمر" stay two people."""
    people = [c for c in board.live() if c.kind == "person"]
    by_last: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], Card]]] = {}
    for c in people:
        for f in set(_tokens_of(c)):
            if f:
                by_last.setdefault(skeleton(f[-1]), []).append((f, tuple(skeleton(w) for w in f), c))
    for short in sorted(only or people, key=lambda c: (len(_longest(c)), -c.n)):
        ws = _longest(short)
        if short.dead or not ws or len(skeleton(ws[-1])) < 2:
            continue
        sk = tuple(skeleton(w) for w in ws)
        for f, fk, host in by_last.get(sk[-1], ()):
            if host is short or host.dead or len(f) < len(ws) or (len(f) == len(ws) and host.n > short.n):
                continue
            aligned = f[len(f) - len(ws):]
            if fk[len(f) - len(ws):] != sk or aligned == ws or (len(f) > len(ws) and not _part_of(ws[-1:], f)
                                                                  and len(ws) > 1):
                continue
            if any(foreign_letters(a) != foreign_letters(b) and _listed(a) and _listed(b)
                   for a, b in zip(ws, aligned, strict=True)):
                continue
            reg.merge(short, host)
            break


def _listed(word: str) -> bool:
    """A common given name or surname in its own right ("عامر"، "عمر"), not a rare spelling."""
    return any(c in ("given", "surname") for c, _ in lexicon().one(word))


def _part_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A surname, the first names, or first + last name of a fuller name."""
    n = len(short)
    if n >= len(full):
        return False
    if full[:n] == short:
        return True  # "نايف"، "نايف بن عبدالعزيز"، "سامي يوسف" of "سامي يوسف الخطيب": the first names
    if full[-n:] == short:
        # "خالد عمر سليم" inside "ماجد خالد عمر سليم" is the father, not the son; a longer
        # surname is one only when a foreign particle opens it ("فان دير بيرغ")
        # — or "son of" opens it: "ولد الشيخ X" of "Y ولد الشيخ X", as Mauritanian and Maghreb news
        # refers back to a man
        return n <= 2 or _foreign_particle(short[0]) or short[0] in _SON_OF
    if n == 1 and short[0] in full[1:-1]:
        # "مارتينيث" of "إيزابيل مارتينيث روا": a middle word no lexicon lists as a name is the
        # first of a double family name; a listed one is a father's name ("علي" of "سامي علي حسن")
        return short[0] not in _NASAB and not lexicon().one(short[0])
    if n == 3 and len(full) >= 4 and short[1] in _FAMILY and full[-2:] == short[1:] and full[0] == short[0]:
        return True  # "خالد آل X" of "خالد بن Y آل X": the first name and the family's, "بن Y" left out
    return n == 2 and (full[0], full[-1]) == short


def _middle_listed(word: str, full: tuple[str, ...]) -> bool:
    """A word the lexicon lists, inside a name of three words or more, no particle of descent."""
    return len(full) >= 3 and word in full[1:-1] and word not in _NASAB and bool(lexicon().one(word))


_FAMILY = frozenset(["ال"])  # "آل" in the normal form: the family a Gulf name ends with
_NASAB = frozenset(["بن", "ابن", "بنت", "ال", "ابو", "ابي", "ابا", "ام", "ولد", "ول", "بو", "ذو"])
_SON_OF = frozenset(["بن", "ولد", "ول", "منت"])


def _foreign_particle(word: str) -> bool:
    return word not in _NASAB and any(c == "particle" for c, _ in lexicon().one(word))


def particles_before(board: Board, words: Words) -> None:
    """A person's shorter mention right after the particles its full name has before that
    part ("يان فان در بيرغ" … "وقال فان در بيرغ"، where "در بيرغ" alone was read) takes them
    in: they are the name's, not a word of the sentence ("فان" is not "فإن" there)."""
    for card in board.live():
        if card.kind != "person":
            continue
        full = _longest(card)
        for m in list(card.names()):
            have = tuple(name_key(m.surface).split())
            k = len(full) - len(have)
            if k <= 0 or full[k:] != have:
                continue
            t0 = m.t0
            while k > 0 and t0 > 0 and _foreign_particle(full[k - 1]) and words.joined(t0) and (
                    board.owner[t0 - 1] is None and name_key(words.toks[t0 - 1].norm) == full[k - 1]):
                k -= 1
                t0 -= 1
            if t0 < m.t0:
                start, _ = board.span(t0, m.t1, 0)
                for j in range(t0, m.t0):
                    board.owner[j] = m
                m.t0, m.start = t0, start
                m.surface = board.surface(t0, m.t1)
                m.key = key(m.surface)


# a word's readings as _match compares them: (first word of the name key, cut, name key), per word
_READING_KEYS: dict[str, tuple[tuple[str, int, str], ...]] = {}


def repeat_names(board: Board, words: Words, only: list[Card] | None = None) -> None:
    """Every further occurrence of a card's name, or of a person's surname, is a mention
    (of ``only`` these cards, when given)."""
    forms: dict[tuple[str, ...], Card] = {}
    clash: set[tuple[str, ...]] = set()
    for card in only if only is not None else board.live():
        for words_ in _tokens_of(card):
            cands = [words_]
            k = next((k for k in range(1, len(words_) - 1) if _foreign_particle(words_[k])), None)
            if card.kind == "person" and len(words_) >= 3 and k is not None:
                cands.append(words_[k:])  # "فان باستن"، "فان در بيرغ": the surname keeps its particles
            elif card.kind == "organization" and _short_name(words_):
                cands.append(words_[1:2])  # "نادي الريان" … "مدرب الريان": the name without its head
            elif card.kind == "person" and len(words_) >= 2 and words_[-2] not in ("بن", "ابن", "ابو", "ال"):
                cands.append(words_[-1:])
                if len(words_) <= 3 and words_[0] not in _NASAB and not any(_listed(w) for w in words_):
                    # a name no lexicon knows any word of, as East Asian names put the family name
                    # first ("وأشاد شي"): its first word alone is a mention too
                    cands.append(words_[:1])
            for f in cands:
                if f in forms and forms[f] is not card:
                    clash.add(f)
                forms.setdefault(f, card)
    for f in clash:
        forms.pop(f, None)
    if not forms:
        return
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for f in forms:
        by_first.setdefault(f[0], []).append(f)
    for fs in by_first.values():
        fs.sort(key=len, reverse=True)
    i = 0
    n = words.n
    toks = words.toks
    while i < n:
        if board.owner[i] is not None:
            i += 1
            continue
        keys = _READING_KEYS.get(toks[i].norm)
        if keys is not None and len(keys) == 1 and keys[0][0] not in by_first:
            i += 1  # a word of one reading that opens none of the names (most words): _match finds nothing
            continue
        got = _match(board, words, i, by_first)
        if got is None:
            i += 1
            continue
        f, cut = got
        card = forms[f]
        t1 = i + len(f)
        speaks = card.kind == "person" and _surname_before_its_verb(words, i, len(f))
        if card.kind == "person" and len(f) == 1 and words.p(i, "PERS") < _COMMON_SURNAME_P and words.tagging and (
                not speaks):
            i += 1
            continue
        if words.not_name(i) and card.kind == "person" and not _honorific_as_surname(words, i, len(f)) and not speaks:
            i += 1
            continue
        board.mention(card, i, t1, cut)
        i = t1


def _surname_before_its_verb(words: Words, i: int, size: int) -> bool:
    """A person's one-word family name that is an honorific too ("الحاج"، "الشيخ"), written alone
    right before a verb of speech ("غير أن الحاج تعتبر أن"): the family name, its verb's subject —
    a form of address would stand before a name or a title, not a verb."""
    return size == 1 and words.is_(i, "honorific", "title", "rank", bare=True) and i + 1 < words.n and (
        words.joined(i + 1) and words.reporting(i + 1) is not None)


def _honorific_as_surname(words: Words, i: int, size: int) -> bool:
    """A person's family name that is an honorific too ("سعادة"), written alone where the tagger
    reads a name, with no title or name after it — which the honorific would address ("سعادة
    السفير"): the family name, not the form of address."""
    if size != 1 or not words.is_(i, "honorific", bare=True) or words.label(i) != "B-PERS" or words.p(
            i, "PERS") < 0.5:
        return False
    j = i + 1
    return j >= words.n or not words.joined(j) or not words.is_(
        j, "title", "rank", "honorific", "given", "given_m", "given_f", "surname", bare=True)


def _match(board: Board, words: Words, i: int, by_first: dict[str, list[tuple[str, ...]]]):
    t = words.toks[i]
    keys = _READING_KEYS.get(t.norm)
    if keys is None:
        if len(_READING_KEYS) > 200_000:  # bound the cache on huge vocabularies
            _READING_KEYS.clear()
        keys = _READING_KEYS[t.norm] = tuple(
            (name_key(form).split()[0] if form else "", cut, name_key(form)) for form, cut in t.readings)
    for first, cut, form_key in keys:
        for f in by_first.get(first, ()):
            t1 = i + len(f)
            if t1 > words.n or not board.free(i, t1):
                continue
            got = (form_key, *tuple(name_key(words.toks[k].norm) for k in range(i + 1, t1)))
            if got == f and all(words.joined(k) for k in range(i + 1, t1)):
                return f, cut
    return None


def corefer_known_names(board: Board, reg: Registry) -> None:
    """Bodies the article names by two names the world knows for one ("البنتاغون" and
    "وزارة الدفاع الأمريكية", organizations.toml ``same_body``): one card, under its longer name."""
    group_of = _same_body()
    first: dict[int, Card] = {}
    for c in sorted(board.live(), key=lambda c: -max((m.t1 - m.t0 for m in c.names()), default=0)):
        if c.kind != "organization" or c.dead:
            continue
        groups = {group_of[m.key] for m in c.names() if m.key in group_of}
        host = next((first[g] for g in sorted(groups) if g in first and not first[g].dead), None)
        if host is not None and host is not c:
            reg.merge(c, host)
            continue
        for g in groups:
            first.setdefault(g, c)


@cache
def _same_body() -> dict[str, int]:
    return {key(name): g for g, names in enumerate(load("organizations")["same_body"]) for name in names}


def web_suffixes(board: Board, words: Words) -> None:
    """"X نت"، "X.نت": the word a news site adds to its outlet's name goes on with every
    organisation's name it follows, which no rule or tagger span takes in."""
    suffixes = word_set("organizations", "web_suffixes")
    text = board.doc.text
    for card in board.live():
        if card.kind != "organization":
            continue
        for m in card.names():
            j = m.t1
            if j < words.n and words.toks[j].norm in suffixes and board.owner[j] is None and m.core is None and (
                    plain(words.toks[j].gap) or words.toks[j].gap == "."):
                m.surface += text[m.end:words.toks[j].end]  # (the surface may hold an article's restored alef)
                m.t1, m.end = j + 1, words.toks[j].end
                m.key = key(m.surface)
                board.owner[j] = m
                board.named.setdefault(f"{card.kind}:{m.key}", m)


def names_cut_in_two(board: Board, reg: Registry, words: Words) -> None:
    """"ويرى X | Y Z، الباحث في …": a given name alone right before another person's name, nothing
    between them, is one name the tagger cut in two — news copy strings a person's own, father's
    and family names with no و or comma, and writes two people apart ("X وY"، "X، Y"); a full name
    before another card ("X Y | ضيف شرف") is no half of one."""
    toks = words.toks
    pairs: list[tuple[Mention, Mention]] = []
    for i in range(1, words.n):
        m1, m2 = board.owner[i - 1], board.owner[i]
        if m1 is None or m2 is None or m1 is m2 or m1.t1 != i or m2.t0 != i or toks[i].gap not in _SPACE:
            continue  # (a hyphen pairs two people, "ماركس-لينين"; a line break ends a byline)
        a, b = board.card_at(i - 1), board.card_at(i)
        if a is None or b is None or a is b or a.kind != "person" or b.kind != "person" or (
                m1.role != "name" or m2.role != "name" or m1.core or m2.core):
            continue
        if m1.t1 - m1.t0 != 1 or m2.t1 - m1.t0 > _NAME_MAX or m1.start != toks[m1.t0].start or (
                len(toks[i].readings) > 1 or (pairs and pairs[-1][1] is m1)):
            continue  # (the first half a given name alone; a proclitic on the second, "وY", may join two people)
        pairs.append((m1, m2))
    for m1, m2 in pairs:
        a, b = board.card_at(m1.t0), board.card_at(m2.t0)
        if a is None or b is None or a is b:
            continue
        a.mentions.remove(m1)
        b.mentions.remove(m2)
        board.mention(a, m1.t0, m2.t1)
        a.add_why("one name the tagger had cut in two")
        if b.mentions:
            reg.merge(b, a)
        else:
            b.dead = True


_NAME_MAX = 4  # words of a person's name joined from two halves
_SPACE = frozenset([" ", "\u00a0"])


def tagged_twins(board: Board, reg: Registry) -> None:
    """A body or place only the tagger read, written exactly as a person's name ("X : …" in a
    headline read as a body, "X" quoted as a person below): the person."""
    people: dict[str, Card] = {}
    for c in board.live():
        if c.kind == "person":
            for m in c.names():
                people.setdefault(m.key, c)
    for c in board.live():
        if c.kind in ("organization", "place") and c.why and all(w.startswith("tagger") for w in c.why):
            hosts = {id(people[m.key]): people[m.key] for m in c.names() if m.key in people}
            if len(hosts) == 1 and all(m.key in people for m in c.names()):
                c.gender = None  # a body's grammatical gender is not the person's
                reg.merge(c, next(iter(hosts.values())))


def place_and_body_twins(board: Board, reg: Registry) -> None:
    """A place and a body carded under the very same names ("X" a town in one sentence, "X" the
    town's authority or club in another): one actor, the card named more often keeping its kind."""
    bodies: dict[frozenset[str], Card] = {}
    for c in board.live():
        if c.kind == "organization" and c.names():
            bodies.setdefault(frozenset(m.key for m in c.names()), c)
    for c in [c for c in board.live() if c.kind == "place" and c.names()]:
        twin = bodies.get(frozenset(m.key for m in c.names()))
        if twin is None or twin.dead or c.dead:
            continue
        src, dst = (c, twin) if len(twin.names()) >= len(c.names()) else (twin, c)
        reg.merge(src, dst)


def body_twins(board: Board, reg: Registry, words: Words) -> None:
    """A person read in one word by the tagger or a cue alone ("ودعا X إلى"), written exactly
    as a party's or a movement's name after its head noun ("حركة X"), is that body
    (`short_by_complement` in organizations.toml); so is one spelled as the definite word after
    any body's head, met after the body ("مجموعة الواحة" … "وأضافت الواحة")."""
    bodies: dict[str, Card] = {}
    shorts: dict[str, Card] = {}
    for c in board.live():
        if c.kind != "organization":
            continue
        for m in c.names():
            # only heads a body goes by its name without ("حركة X" … "X"): a foundation or a
            # centre named after a person ("مؤسسة X") is not the person
            if m.t1 - m.t0 >= 2 and key(words.toks[m.t0].norm) in movement_heads():
                rest = key(words.doc.text[words.toks[m.t0 + 1].start : words.toks[m.t1 - 1].end])
                bodies.setdefault(rest, c)
            if m.t1 - m.t0 >= 2 and words.toks[m.t0 + 1].definite and not words.toks[m.t0].definite:
                # "مجموعة الواحة للأغذية" … "وأضافت الواحة": a definite word after the head is the
                # body's short name (no given name takes the article)
                shorts.setdefault(key(words.toks[m.t0 + 1].raw), c)
    _merge_one_word_people(board, reg, {k: c for k, c in shorts.items() if k not in bodies}, after_body=True)
    _merge_one_word_people(board, reg, bodies, after_body=False)


def _merge_one_word_people(board: Board, reg: Registry, bodies: dict[str, Card], after_body: bool) -> None:
    """Merge into its body each person card, no title, all of whose mentions are one word spelled
    as that body's short name; with ``after_body``, only a person not called masculine, first met
    after the body."""
    if not bodies:
        return
    for c in board.live():
        names = c.names()
        if c.kind != "person" or c.titles or not names or any(m.t1 - m.t0 != 1 for m in names):
            continue
        if after_body and c.gender == "m":
            continue
        hosts = {id(bodies[m.key]): bodies[m.key] for m in names if m.key in bodies}
        if len(hosts) != 1 or not all(m.key in bodies for m in names) or any(
                "after a title" in w or "given name" in w for w in c.why):
            continue
        host = next(iter(hosts.values()))
        if after_body and min(m.t0 for m in host.names()[:1]) >= min(m.t0 for m in names):
            continue
        c.gender = None
        reg.merge(c, host)


def complements_that_speak(board: Board, words: Words) -> None:
    """"حزب X" … "وقال X في بيان": a party's, movement's or club's complement standing alone as
    the subject right after a verb of speech is the body (not where it is any other word)."""
    forms: dict[tuple[str, ...], Card] = {}
    for c in board.live():
        if c.kind != "organization":
            continue
        for m in c.names():
            if m.t1 - m.t0 >= 2 and key(words.toks[m.t0].norm) in movement_heads() and (
                    words.toks[m.t0 + 1].norm != "الله"):  # ("حزب الله": never "وقال الله")
                forms.setdefault(tuple(words.toks[k].norm for k in range(m.t0 + 1, m.t1)), c)
    if not forms:
        return
    for ci in sorted(words.cue_at):
        k = ci + 1
        for form, card in forms.items():
            end = k + len(form)
            if end <= words.n and board.free(k, end) and all(
                    words.toks[k + x].norm == w and words.joined(k + x) for x, w in enumerate(form)):
                board.mention(card, k, end)
                break


def nicknames(board: Board, words: Words) -> None:
    """"X، المعروف بـ"Y"،"، "X الملقب بـ«Y»": the name in quotation marks after "known as" is
    another name of the person just named — an alias of their card."""
    toks = words.toks
    for card in board.live():
        if card.kind != "person":
            continue
        for m in list(card.names()):
            k = m.t1
            if k + 2 >= words.n or toks[k].norm.removeprefix("و") not in _known_as():
                continue
            k += 1
            if toks[k].norm in ("ب", "باسم"):
                k += 1  # "بـ"Y"" with the preposition detached
            if not quote(toks[k].gap):
                continue
            end = next((j for j in range(k + 1, min(words.n, k + 4)) if not plain(toks[j].gap)), None)
            if end is None or not quote(toks[end].gap) or not board.free(k, end):
                continue
            board.mention(card, k, end)


_KNOWN_AS_REACH = 8  # tokens from "المعروف" to the nickname ("المعروف بين جيرانه في الحي بأبي X")
_NAMED_BEFORE_REACH = 30  # tokens back from "المعروف" to the person it describes


def _known_as() -> frozenset[str]:
    return word_set("names", "known_as")  # (cached there; read on first use, not at import)


def kunya_key(k: str) -> str:
    """A kunya in one case: "ابي X" and "ابا X" are "ابو X" (the five nouns' genitive and
    accusative), so a nickname written after بـ and later as a subject is one name."""
    head, _, rest = k.partition(" ")
    return f"ابو {rest}" if head in ("ابي", "ابا") and rest else k


def kunya_nicknames(board: Board, reg: Registry, words: Words) -> None:
    """"X، المعروف (بين جيرانه) بأبي Y"، "ويلقبه أصدقاؤه بأم Y": a kunya after "known as" is
    another name of the person named just before in the sentence — a mention of that card (a
    card the kunya made for itself joins it), and so is every later "أبو Y"."""
    toks, heads, known_as = words.toks, word_set("names", "kunya_heads"), _known_as()
    found: dict[str, tuple[Card, int]] = {}  # the nickname's one form → its person, where it was given
    for i, t in enumerate(toks):
        if t.norm.removeprefix("و") in known_as:
            person = _person_before(board, words, i)
            got = _kunya_after(words, i, heads) if person is not None else None
        elif t.norm in heads and ("(" in t.gap or _KUNYA_QUOTED.match(t.gap)):
            person, got = _bracketed_kunya(board, words, i)
        else:
            continue
        if person is None or got is None:
            continue
        j, end, cut = got
        other = board.card_at(j)
        if other is not None and other is not person:
            if other.kind != "person" or any(m.t0 < j or m.t1 > end for m in other.mentions if m.t0 <= j < m.t1):
                continue
            for m in other.mentions:
                if m.t0 == j:  # the kunya's card took the preposition along: "بأبي Y" → "أبي Y"
                    m.start, m.end = board.span(j, m.t1, cut)
                    m.surface = board.surface(j, m.t1, cut)
                    m.key = key(m.surface)
            reg.merge(other, person)
        elif other is None:
            inner, rest = (board.owner[j + 1], board.card_at(j + 1)) if j + 1 < end else (None, None)
            if inner is not None and rest is not None and rest.kind == "person" and rest is not person and (
                    inner.t0 == j + 1 and inner.t1 == end and not cut):
                # "(أم عبد الرحمن)": the name after the kunya's head was carded alone — the
                # mention takes the head back, and its card (later "أم عبد الرحمن" too) joins
                inner.t0, (inner.start, inner.end) = j, board.span(j, end)
                inner.surface = board.surface(j, end)
                inner.key = key(inner.surface)
                board.owner[j] = inner
                reg.merge(rest, person)
            elif not board.free(j, end):
                continue
            else:
                board.mention(person, j, end, cut)
        found.setdefault(kunya_key(key(board.surface(j, end, cut))), (person, end))
    if not found:
        return
    for card in board.live():  # "وأضاف أبو Y": the same nickname, as a subject
        names = card.names() if card.kind == "person" else []
        nicks = {kunya_key(m.key) for m in names}
        if len(nicks) == 1 and (nick := next(iter(nicks))) in found and found[nick][0] is not card:
            reg.merge(card, found[nick][0])
    _kunya_again(board, words, found)


def _kunya_again(board: Board, words: Words, found: dict[str, tuple[Card, int]]) -> None:
    """Every later free "(و)أبو Y" (in any case) is a mention of the person it names: one pass
    over the tokens, the nicknames looked up by their second word."""
    toks = words.toks
    by_second: dict[str, list[tuple[list[str], Card, int]]] = {}
    for nick, (person, after) in found.items():
        parts = nick.split(" ")
        by_second.setdefault(parts[1], []).append((parts, person, after))
    for k in range(words.n - 1):
        for parts, person, after in by_second.get(toks[k + 1].norm, ()):
            size = len(parts)
            if k < after or k + size > words.n or not board.free(k, k + size):
                continue
            cut = next((c for form, c in toks[k].readings
                        if kunya_key(f"{form} {parts[1]}").split(" ")[0] == parts[0]), None)
            if cut is not None and all(toks[k + x].norm == parts[x] and plain(toks[k + x].gap) for x in range(2, size)):
                board.mention(person, k, k + size, cut)


def _person_before(board: Board, words: Words, i: int) -> Card | None:
    """The person named last before token i in its sentence (within reach)."""
    sent = words.toks[i].sent
    for k in range(i - 1, max(-1, i - _NAMED_BEFORE_REACH), -1):
        if words.toks[k].sent != sent:
            return None
        card = board.card_at(k)
        if card is not None and card.kind == "person":
            return card
    return None


# 'X، "أبو Z"،': a kunya in quotation marks set off by a comma right after the name
_KUNYA_QUOTED = re.compile(r"\s*[،,]\s*[\"«“]\Z")


def _bracketed_kunya(board: Board, words: Words, i: int) -> tuple[Card | None, tuple[int, int, int] | None]:
    """"X Y (أبو Z)"، 'X Y، "أبو Z"،': a kunya in brackets, or in quotation marks after a comma,
    right after a person's name is that person's too — the person and (first token, end, 0), or
    (None, None)."""
    toks = words.toks
    closer = ")" if "(" in toks[i].gap else {"«": "»", "“": "”"}.get(toks[i].gap.strip()[-1], '"')
    person = board.card_at(i - 1) if i > 0 else None
    if person is None or person.kind != "person" or board.owner[i - 1].t1 != i:
        return None, None
    end = i + 2
    if toks[i + 1].norm == "عبد" and end < words.n and plain(toks[end].gap):
        end += 1  # (the name after عبد is two words)
    if end > words.n or not all(plain(toks[k].gap) for k in range(i + 1, end)) or (
            end < words.n and closer not in toks[end].gap) or words.not_name(i + 1):
        return None, None
    return person, (i, end, 0)


def _kunya_after(words: Words, i: int, heads: frozenset[str]) -> tuple[int, int, int] | None:
    """(first token, end, letters of بـ to cut) of "بأبي Y" (or "بـ أبي Y") within reach after
    token i, in the same clause: the kunya's head and the one name after it (two after عبد)."""
    toks = words.toks
    for j in range(i + 1, min(words.n, i + 1 + _KNOWN_AS_REACH)):
        if toks[j].sent != toks[i].sent or not plain(toks[j].gap):
            return None
        w = toks[j].norm
        cut = 1 if w.startswith("ب") and w[1:] in heads else 0
        if w == "ب" and j + 1 < words.n and toks[j + 1].norm in heads:
            j, cut = j + 1, 0
        elif not cut:
            continue
        end = j + 2
        if end > words.n or not plain(toks[j + 1].gap) or words.not_name(j + 1):
            return None
        if toks[j + 1].norm == "عبد" and end < words.n and plain(toks[end].gap):
            end += 1
        return j, end, cut
    return None


def short_names_in_brackets(board: Board, reg: Registry, words: Words) -> None:
    """"هيئة تنظيم الاتصالات (تراك)"، "وكالة الأنباء السورية (سانا)": one to three words in
    brackets right after a body's name are its short name — a mention of the body (a card
    found there already, a curated acronym, joins it), so later mentions of the short name
    find the body too."""
    toks = words.toks
    for card in [c for c in board.live() if c.kind == "organization"]:
        for m in list(card.mentions):
            k = m.t1
            if k >= words.n:
                continue
            opener = toks[k].gap.strip()
            if opener.lstrip("»”\"").strip() == "(":
                closer = ")"  # ("«X» (Y)": the name's closing mark may stand before the bracket)
            elif opener in _QUOTED_SHORT and toks[k].gap.startswith(" "):
                closer = _QUOTED_SHORT[opener]
            else:
                continue
            end = next((j for j in range(k + 1, min(words.n, k + 4)) if not plain(toks[j].gap)), None)
            if end is None or not toks[end].gap.lstrip().startswith(closer):
                continue
            if any(words.not_name(j) or words.is_(j, "country", "capital", "city", bare=True)
                   or words.reporting(j) is not None for j in range(k, end)):
                continue
            if closer != ")" and not all(_name_only(words, j) for j in range(k, end)):
                continue  # (a short quotation after a body that speaks: "وقالت الشركة «سنعود»")
            other = board.card_at(k)
            if other is None and board.free(k, end):
                board.mention(card, k, end)
            elif other is not None and other is not card and other.kind == "organization" and all(
                    board.card_at(j) is other for j in range(k, end)):
                reg.merge(other, card)


# "الشركة الوطنية للنقل «X»": quotation marks set a body's short name off as brackets do
_QUOTED_SHORT = {"«": "»", '"': '"', "“": "”"}


def _name_only(words: Words, j: int) -> bool:
    """Word j can only be a name: Latin letters, a word no lexicon or everyday list holds, or
    one the tagger reads inside a name."""
    raw = words.toks[j].raw
    return (raw.isascii() and raw.isalpha()) or words.unlisted(j) or words.label(j) != "O"


_LATTER = {"الاخير": "m", "الاخيره": "f"}
_LATTER_REACH = 60  # tokens back to the one it refers to


def relatives_of_the_named(board: Board, reg: Registry, words: Words) -> None:
    """"أما والدة X، …"، "وقالت والدة X": a relative's noun in construct with a person named
    before (a later mention), as a subject that speaks, is someone else — that person's
    relative, an unnamed source described so — not X with a title ("نجل الرئيس X" before X's
    first mention stays X's title)."""
    relatives = word_set("anonymous", "relatives")
    for card in [c for c in board.live() if c.kind == "person"]:
        names = sorted(card.names(), key=lambda m: m.t0)
        for m in names[1:]:
            k = m.t0 - 1
            if k < 0 or not words.joined(m.t0) or board.owner[k] is not None:
                continue
            forms = {f for f, _ in words.toks[k].readings}
            if forms.isdisjoint(relatives) or words.toks[k].definite:
                continue
            if not (k > 0 and (words.reporting(k - 1) is not None or words.toks[k - 1].norm in ("اما", "واما"))):
                continue  # only where it is a subject that speaks ("وقالت والدة X"، "أما والدة X ف…")
            nxt = board.card_at(m.t1) if m.t1 < words.n and words.joined(m.t1) else None
            if nxt is not None and nxt.kind == "person":
                continue
            card.mentions.remove(m)
            cut = next((c for f, c in words.toks[k].readings if f in relatives), 0)
            held = _named_set_off(board, words, m.t1)
            if held is not None:  # "وقال محامي X، المحامي Y، إن …": the one named after it is the relative
                board.mention(held, k, m.t1, cut, role="reference")
                held.add_title(board.surface(k, m.t1, cut))
                continue
            kin = reg.card(f"anonymous:{key(board.surface(k, m.t1, cut))}", "anonymous",
                           "a relative of a person named before, unnamed")
            board.mention(kin, k, m.t1, cut)


def _named_set_off(board: Board, words: Words, j: int) -> Card | None:
    """The person named in full right after a comma at token j, maybe after a role or rank
    word of their own ("، المحامي Y"; with no comma then: "محامي X المحامي Y"), and set off by a
    comma (or going on to "إن" or whom they told)."""
    toks = words.toks
    if j >= words.n or not (comma(toks[j].gap) or plain(toks[j].gap)):
        return None
    k = j
    while k < min(words.n, j + 3) and board.owner[k] is None and (k == j or plain(toks[k].gap)) and words.is_(
            k, "title", "rank", "honorific", bare=True):
        k += 1
    m, card = (board.owner[k], board.card_at(k)) if k < words.n and (k == j or plain(toks[k].gap)) else (None, None)
    if m is None or card is None or card.kind != "person" or m.t0 != k or m.t1 - m.t0 < 2 or (
            k == j and not comma(toks[j].gap)):
        return None
    e = m.t1
    return card if e >= words.n or comma(toks[e].gap) or toks[e].sent != toks[k].sent or (
        toks[e].norm in ("ان", "انه", "انها") or toks[e].norm.startswith("ل")) else None


def latter_references(board: Board, words: Words) -> None:
    """"نفت الأخيرة ذلك"، "وقال الأخير": "the latter" as a verb's subject is the actor named
    last before it whose gender agrees — a mention of that card (as an adjective, "الاجتماع
    الأخير", it follows no verb of speech)."""
    for i, t in enumerate(words.toks):
        form = next((f for f, _ in t.readings if f in _LATTER), None) if t.norm.endswith(("اخير", "اخيره")) else None
        if form is None or board.owner[i] is not None or i == 0 or words.reporting(i - 1) is None:
            continue
        want = _LATTER[form]
        for k in range(i - 1, max(-1, i - _LATTER_REACH), -1):
            card = board.card_at(k)
            if card is None or card.kind == "place" or board.owner[k].t0 != k:
                continue
            if _gender(card, words) == want:
                board.mention(card, i, i + 1, t.norm.index("الاخير") if t.norm != form else 0, role="reference")
                break


def _gender(card: Card, words: Words) -> str | None:
    """A card's grammatical gender where its name shows it: a person's, or a body's head noun."""
    if card.kind in ("person", "anonymous", "group"):
        return card.gender  # (bodies speaking together are feminine, "المحتجون" masculine)
    return body_gender(card, words)


def body_gender(card: Card, words: Words) -> str | None:
    """"تنظيم X" is masculine, "منظمة X" feminine: the gender of the head noun an
    organisation's first name opens with (ة, or a plural of things in ات, is feminine)."""
    names = card.names() if card.kind == "organization" else []
    if not names:
        return None
    got = head_at(words, min(names, key=lambda m: m.start).t0)
    if got is None:
        return None
    return "f" if got[2].endswith(("ه", "ات")) else "m"


def kingdom_references(board: Board, words: Words) -> None:
    """"وقالت المملكة"، "في المملكة": a bare "the kingdom" refers back to the kingdom the
    article speaks of most so far (its name, capital or nationality adjective; the last on a
    tie) — a state the places lexicon marks ``kingdom = true``.  With no kingdom's card, it
    stays no one's."""
    kingdoms = _kingdom_keys()
    card_of: dict[str, Card] = {}
    for c in board.live():
        if c.kind == "place":  # a state's card: its name, or its capital standing for it (canonical)
            names = [key(c.canonical)] if c.canonical else []
            country = next((kingdoms[k] for k in [*names, *(m.key for m in c.names())] if k in kingdoms), None)
            if country is not None:
                card_of.setdefault(country, c)
    if not card_of:
        return
    said = [(m.start, country) for country, c in card_of.items() for m in c.mentions]
    said += [(words.toks[i].start, kingdoms[key(h.value)]) for i in words.starts_of(("nationality",))
             for h in words.doc.hits[i] if h.cls == "nationality" and kingdoms.get(key(h.value)) in card_of]
    said.sort()
    # a kingdom named so in full ("المملكة العربية السعودية") is the one a bare "المملكة" shortens
    spelled = sorted((m.start, country) for country, c in card_of.items() for m in c.mentions
                     if m.key.startswith("المملكه "))
    seen: dict[str, tuple[int, int]] = {}  # country -> (times spoken of so far, last offset)
    e = f = 0
    last_spelled: str | None = None
    for i, t in enumerate(words.toks):
        # (every reading ends as the word does: most words are passed over without the search)
        cut = next((c for form, c in t.readings if form == "المملكه"), None) if t.norm.endswith("مملكه") else None
        if cut is None or board.owner[i] is not None:
            continue
        if i + 1 < words.n and words.joined(i + 1) and (
                words.is_(i + 1, "nationality") or words.toks[i + 1].norm.startswith("ال")):
            continue  # "المملكة المغربية"، "المملكة المتحدة": a name, not a reference
        while e < len(said) and said[e][0] < t.start:
            n, _ = seen.get(said[e][1], (0, 0))
            seen[said[e][1]] = (n + 1, said[e][0])
            e += 1
        while f < len(spelled) and spelled[f][0] < t.start:
            last_spelled = spelled[f][1]
            f += 1
        if last_spelled is not None:
            board.mention(card_of[last_spelled], i, i + 1, cut, role="metonym")  # shown, as an alias
        elif seen:
            best = max(seen, key=lambda k: seen[k])
            board.mention(card_of[best], i, i + 1, cut, role="metonym")


@cache
def _kingdom_keys() -> dict[str, str]:
    """Each kingdom's name and other names (normal form) -> its name."""
    out: dict[str, str] = {}
    for c in load("places")["countries"]:
        if c.get("kingdom"):
            for n in (c["name"], *c.get("aliases", ())):
                out[key(n)] = key(c["name"])
    return out


def central_bank_references(board: Board, reg: Registry) -> None:
    """"المصرف المركزي"، "البنك المركزي" carded alone is the one central bank the article names
    ("مصرف لبنان"، "بنك المغرب": `central_banks`; or a bank whose own name says "central":
    "مصرف X المركزي"); with none, or with two, it stays a card of its own."""
    known, generic = word_set("organizations", "central_banks"), word_set("organizations", "central_bank_generic")
    banks: dict[int, Card] = {}
    loose: list[Card] = []
    for c in board.live():
        if c.kind != "organization" or not c.names():
            continue
        keys = {m.key for m in c.names()}
        if keys <= generic:
            loose.append(c)
        elif keys & known or any(k.split(" ", 1)[0] in _BANK_HEADS and "المركزي" in k.split(" ")[1:] for k in keys):
            banks[id(c)] = c
    if len(banks) == 1 and loose:
        bank = next(iter(banks.values()))
        for c in loose:
            for m in c.mentions:
                if m.role == "name":
                    m.role = "metonym"  # a description of the bank: its alias, never its name
            reg.merge(c, bank)


_BANK_HEADS = frozenset(key(w) for w in ("مصرف", "بنك", "المصرف", "البنك"))


def corefer_orgs(board: Board, reg: Registry, words: Words) -> None:
    """One body under several names: its name without the head ("الخارجية الأمريكية" after
    "وزارة الخارجية الأمريكية"), a shorter form of a longer name ("الهيئة الوطنية" and
    "الهيئة الوطنية العليا"), the same head and state written with the country's name, its
    capital or its adjective ("السفارة الأردنية" and "سفارة المملكة الأردنية الهاشمية")."""
    sigs: list[tuple[Card, str, frozenset[str], str | None, int]] = []
    for c in board.live():
        if c.kind != "organization":
            continue
        for m in c.names():
            sig = _signature(words, m)
            if sig is not None:
                sigs.append((c, *sig, m.t1 - m.t0))
    sigs.sort(key=lambda s: -s[4])
    by_head: dict[str, list[tuple]] = {}
    for sig in sigs:
        by_head.setdefault(sig[1], []).append(sig)
    for c, head, rest, state, _ in sorted(sigs, key=lambda s: s[4]):
        if c.dead or (not rest and state is None):
            continue
        for h, h_head, h_rest, h_state, _ in by_head.get(head, ()):
            if h is c or h.dead or h_head != head or not rest <= h_rest:
                continue
            if state is not None and state != h_state:
                continue
            reg.merge(c, h)
            break
    # the name without its head ("الخارجية الأمريكية"، "الجمهوري") or its first word alone
    # ("الجهاد" of "الجهاد الإسلامي"): the same body
    full: dict[str, Card] = {}
    for c in board.live():
        if c.kind == "organization":
            for m in c.names():
                ws = m.key.split()
                if len(ws) >= 2:
                    full.setdefault(" ".join(ws[1:]), c)
                    if ws[0].startswith("ال") and len(ws[0]) > 4:
                        full.setdefault(ws[0], c)
    for c in [c for c in board.live() if c.kind == "organization"]:
        for m in c.names():
            host = full.get(m.key)
            if host is not None and host is not c and not c.dead and not host.dead:
                reg.merge(c, host)
                break
    _heads_alone(board, reg, words)
    _prefixes(board, reg)
    _inner_names(board, reg)
    _first_words(board, reg)
    _letter_spellings(board, reg)


def _first_words(board: Board, reg: Registry) -> None:
    """A body named by one word that opens another body's longer name, right after its head or
    as its first word ("التموين" of "وزارة التموين والأسواق المحلية"، "X" of "شركة X العقارية"):
    that body, where the word opens no other body's name."""
    opening: dict[str, set[int]] = {}
    cards_by: dict[int, Card] = {}
    for c in board.live():
        if c.kind != "organization":
            continue
        for m in c.names():
            ws = m.key.split()
            if len(ws) >= 3 and head_at_word(ws[0].removeprefix("ال")):
                opening.setdefault(ws[1], set()).add(c.n)
            if len(ws) >= 2 and not head_at_word(ws[0].removeprefix("ال")):
                opening.setdefault(ws[0], set()).add(c.n)
            cards_by[c.n] = c
    for c in [c for c in board.live() if c.kind == "organization"]:
        names = c.names()
        if c.dead or not names or any(len(m.key.split()) != 1 for m in names):
            continue
        hosts = {n for m in names for n in opening.get(m.key, ()) if n != c.n}
        if len(hosts) == 1 and len(names[0].key) >= 3 and not cards_by[next(iter(hosts))].dead:
            reg.merge(c, cards_by[next(iter(hosts))])


def epithet_references(board: Board, reg: Registry, words: Words) -> None:
    """"المنظمة الدولية"، "الاتحاد القاري"، "الشركة الصينية": a body card named only by a generic
    head and an adjective of scope or field (a firm's head also by a nationality) is a body named
    before: the last one with that head, else the only body named before it."""
    heads, firms = word_set("organizations", "epithet_heads"), word_set("organizations", "firm_heads")
    adjectives = word_set("organizations", "epithet_adjectives")
    bodies = [c for c in board.live() if c.kind == "organization"]
    for c in bodies:
        names = c.names()
        if c.dead or not names or not all(_epithet(words, m, heads, firms, adjectives) for m in names):
            continue
        first = min(m.start for m in names)
        head = _bare_head(words, names[0].t0)
        before = [(m.start, _bare_head(words, m.t0) == head, h) for h in bodies if h is not c and not h.dead
                  and not all(_epithet(words, x, heads, firms, adjectives) for x in h.names())
                  for m in h.names() if m.start < first]
        same = [b for b in before if b[1]]
        if same or len({id(b[2]) for b in before}) == 1:  # the last with its head, or the one body named before
            reg.merge(c, max(same or before, key=lambda b: b[0])[2])


def _epithet(words: Words, m: Mention, heads: frozenset[str], firms: frozenset[str],
             adjectives: frozenset[str]) -> bool:
    """Mention m is a definite generic head and a definite adjective of scope or field (or, after a
    firm's head, a nationality)."""
    if m.t1 - m.t0 != 2 or not all(words.toks[k].definite for k in (m.t0, m.t1 - 1)):
        return False
    head = words.toks[m.t0].norm.removeprefix("ال")
    adj = words.toks[m.t0 + 1].norm.removeprefix("ال")
    return head in heads and (adj in adjectives or (head in firms and words.is_(m.t0 + 1, "nationality")))


def _letter_spellings(board: Board, reg: Registry) -> None:
    """A body named twice with g, v or p written differently ("مورغان"/"مورجان"): one body."""
    seen: dict[tuple[str, str], Card] = {}
    for c in board.live():
        if c.kind not in ("organization", "place"):
            continue
        for m in c.names():
            k = (c.kind, foreign_letters(m.key))
            host = seen.setdefault(k, c)
            if host is not c and not host.dead and not c.dead:
                reg.merge(c, host)
                break


def _prefixes(board: Board, reg: Registry) -> None:
    """A body or a place named by the first words of a longer name ("المملكة" of "المملكة
    الأردنية الهاشمية"، "لجنة الإغاثة" of "لجنة الإغاثة العليا"): the one named last before it,
    else the first named after it."""
    for kind in ("organization", "place"):
        cards = [c for c in board.live() if c.kind == kind]
        longer: dict[str, list[tuple[int, Card]]] = {}
        for c in cards:
            for m in c.names():
                ws = m.key.split()
                for n in range(1, len(ws)):
                    if n > 1 or (ws[0].startswith("ال") and len(ws[0]) > 4):
                        longer.setdefault(" ".join(ws[:n]), []).append((m.start, c))
        for c in cards:
            names = c.names()
            if c.dead or not names or any(m.key not in longer for m in names):
                continue
            hosts = [(st, h) for m in names for st, h in longer[m.key] if h is not c and not h.dead]
            if hosts:
                reg.merge(c, _nearest_host(names, hosts))


def _inner_names(board: Board, reg: Registry) -> None:
    """A body named by the words right after another body's head, cut short of its end ("X Y"
    of "شركة X Y للمقاولات"، "X Y للموانئ" of "شركة X Y للموانئ والخدمات"): that body — unless
    the short name opens on a head of its own or the lexicon knows it (a body of its own: "الأمم
    المتحدة" inside "بعثة الأمم المتحدة لمراقبة X")."""
    lx = lexicon()
    cards = [c for c in board.live() if c.kind == "organization"]
    inner: dict[str, list[tuple[int, Card]]] = {}
    for c in cards:
        for m in c.names():
            ws = m.key.split()
            if len(ws) >= 4 and head_at_word(ws[0].removeprefix("ال")):
                for n in range(3, len(ws)):
                    inner.setdefault(" ".join(ws[1:n]), []).append((m.start, c))
    for c in cards:
        names = c.names()
        if c.dead or not names or any(m.key not in inner for m in names):
            continue
        if any(head_at_word(m.key.split()[0].removeprefix("ال")) or _listed_body(lx, m.key) for m in names):
            continue
        hosts = [(st, h) for m in names for st, h in inner[m.key] if h is not c and not h.dead]
        if hosts:
            reg.merge(c, _nearest_host(names, hosts))


def _listed_body(lx: Lexicon, name: str) -> bool:
    """The lexicon lists the name (in the normal form) as a body's, whole."""
    ws = tuple(name.split())
    if len(ws) == 1:
        return lx.has("org", name)
    return not lx.phrase_classes(ws).isdisjoint(("org", "org_ambiguous"))


def _heads_alone(board: Board, reg: Registry, words: Words) -> None:
    """A body named by its head noun alone ("المفوضية"، "الائتلاف") is the body with that head
    named last before it (or first after it, in a headline)."""
    bodies = [c for c in board.live() if c.kind == "organization"]
    named: dict[str, list[tuple[int, Card]]] = {}
    for c in bodies:
        for m in c.names():
            if m.t1 - m.t0 >= 2:
                named.setdefault(_bare_head(words, m.t0), []).append((m.start, c))
            elif c.head and m.t0 > 0 and words.is_(m.t0 - 1, "media_head"):  # "صحيفة «X»": the head outside
                named.setdefault(head_synonyms().get(key(c.head), key(c.head)), []).append((m.start, c))
    for c in bodies:
        names = c.names()
        if c.dead or not names or any(m.t1 - m.t0 != 1 for m in names):
            continue
        if head_at(words, names[0].t0) is None and not words.toks[names[0].t0].definite:
            continue  # (a definite word that opens a body's name named before is that body's head:
            # "تنسيقية X" … "التنسيقية", though the lexicon lists no such head)
        hosts = [(s, h) for s, h in named.get(_bare_head(words, names[0].t0), ()) if h is not c and not h.dead]
        if hosts:
            reg.merge(c, _nearest_host(names, hosts))


def _nearest_host(names: list, hosts: list[tuple[int, Card]]) -> Card:
    """Of the cards a short name may stand for, the one named last before it, else the
    first named after it (a headline names a body before its article does)."""
    first = min(m.start for m in names)
    before = [x for x in hosts if x[0] < first]
    return max(before, key=lambda x: x[0])[1] if before else min(hosts, key=lambda x: x[0])[1]


def _bare_head(words: Words, t: int) -> str:
    w = words.toks[t].readings[-1][0]
    w = w[2:] if w.startswith("ال") and len(w) > 4 else w
    return head_synonyms().get(w, w)


def _signature(words: Words, m) -> tuple[str, frozenset[str], str | None] | None:
    """(head, other words, state) of an organisation's name: the state from a country, its
    capital or its adjective; the article and proclitics dropped."""
    toks = range(m.t0, m.t1)
    if len(toks) < 2:
        return None
    head = words.toks[m.t0].norm
    head = head[2:] if head.startswith("ال") else head
    if head in government_heads():
        head = "حكومه"  # "السلطات الليبية" and "الحكومة الليبية": one government
    rest: set[str] = set()
    state = None
    k = m.t0 + 1
    while k < m.t1:
        h = words.longest(k, ("country", "capital", "nationality"))
        if h is not None and h.end <= m.t1:
            state = key(h.value)
            k = h.end
            continue
        w = words.toks[k].readings[-1][0]
        rest.add(w[2:] if w.startswith("ال") else w)
        k += 1
    return head, frozenset(rest), state


def heads_before_names(board: Board, words: Words) -> None:
    """"منظمة X"، "شبكة X للمراقبة"، "صحيفة X": a body carded by the name after a head noun that says
    what kind of body it is (``appositive_heads``, ``kind_heads``) is also written with the head — the
    fuller form the card lists among its names, while its name and span stay the name's (as a name in
    apposition to its head does: ``Mention.core``); "مجلس X" is X's council, no form of X."""
    text = board.doc.text
    kinds = appositive_heads() | word_set("organizations", "kind_heads")
    for card in board.live():
        if card.kind != "organization":
            continue
        for k, m in enumerate(card.mentions):
            j = m.t0 - 1
            if m.role != "name" or m.core is not None or j < 0 or board.owner[j] is not None or not plain(
                    words.toks[m.t0].gap):
                continue
            got = head_at(words, j)
            if got is None or words.is_(j, "title", "title_possessive") or key(got[2]) not in kinds:
                continue
            start = words.toks[j].cut_start(got[1])
            card.mentions[k] = Mention(j, m.t1, start, m.end, text[start:m.end], key(text[start:m.end]), m.role,
                                       (m.start, m.end, m.surface))


_DESCRIBED_BODY_MAX = 3  # indefinite adjectives after a body's head noun that only describe it


def described_bodies(board: Board, words: Words) -> None:
    """"منظمة حقوقية"، "منصة إلكترونية"، "مصرف زراعي حكومي": a body's head noun without the
    article and only indefinite relative adjectives (ـي، ـية) after it is a body described, not
    named — an actor only when a quote is given to it, as an unnamed source is.  Not when a word
    after the head disagrees with it or is a name the lexicon or the tagger knows (a town
    written with a final ي)."""
    for card in board.live():
        if card.kind != "organization" or card.speech_only:
            continue
        names = [m for m in card.mentions if m.role in ("name", "metonym")]
        if names and all(_described_only(words, m.t0, m.t1) for m in names):
            card.speech_only = True


def _described_only(words: Words, t0: int, t1: int) -> bool:
    """Tokens [t0, t1): the head, one to three indefinite ـي/ـية adjectives, and at most the field
    after ل that the description serves ("مؤسسة مالية | لتمويل المشروع"), no name in any of them."""
    toks = words.toks
    if t1 - t0 < 2 or toks[t0].definite or (head_at(words, t0) is None and not words.is_(t0, "media_head")):
        return False
    # an adjective agrees with its head: ـية after a feminine or a plural of things ("منظمة
    # حقوقية"، "ميليشيات عشائرية"), ـي after a masculine ("مصرف زراعي") — a word that does not
    # ("جماعة X‑ي"، "اتحاد X‑اي") is a name
    ending = "يه" if toks[t0].norm.endswith(("ه", "ات")) else "ي"
    k = t0 + 1
    while k < t1 and k - t0 <= _DESCRIBED_BODY_MAX and len(toks[k].norm) >= 4 and (
            not toks[k].definite or toks[k].raw[0] in "إأ") and (  # ("إلكترونية" folds to an article's shape)
            toks[k].norm.endswith(ending) and not toks[k].norm.endswith("اي") and plain(toks[k].gap)):
        k += 1
    if k == t0 + 1 or (k < t1 and not (toks[k].norm.startswith("ل") and len(toks[k].norm) > 3)):
        return False
    # (a place's name after the head names the body — "جامعة كراتشي" — but a feminine ـية is an
    # adjective's ending, whatever a foreign capital is spelt like)
    return not any(words.tagged(j, "PERS") or words.tagged(j, "LOC") or words.is_(j, "given", "surname", "org") or (
        not toks[j].norm.endswith("يه") and words.is_(j, "country", "capital", "city", "region", "gaz_place"))
        for j in range(t0 + 1, t1))


def set_head(card: Card, words: Words) -> None:
    """The head noun a back-reference uses: an organisation's or unnamed source's first word,
    or the head noun written just before its name ("منظمة «العدالة الآن»")."""
    if card.head or card.kind not in ("organization", "anonymous", "group") or not card.names():
        return
    m = min(card.names(), key=lambda m: m.start)
    before = m.t0 - 1
    if before >= 0 and words.is_(before, "org_head", "org_head_weak", "media_head"):
        card.head = words.toks[before].readings[-1][0].removeprefix("ال")
    else:
        card.head = key(m.surface).split()[0].removeprefix("ال") if key(m.surface) else ""


def actors(board: Board, speakers: frozenset[int] = frozenset()) -> tuple[tuple[Actor, ...], dict[int, str]]:
    """The actor records of the board's live cards; ``speakers`` holds the numbers of the cards
    some quote is given to (a card kept only when it speaks needs one)."""
    # a body named only inside a title ("المتحدث باسم [مجلس الأمن القومي]") keeps its card:
    # the guidelines count it, and a user filtering by the body finds the people who speak for it
    cards = [c for c in board.live() if any(m.role in ("name", "metonym") for m in c.mentions)
             and (not c.speech_only or c.n in speakers)]
    cards.sort(key=lambda c: (min(m.start for m in c.mentions), c.n))
    out: list[Actor] = []
    ids: dict[int, str] = {}
    for n, c in enumerate(cards, 1):
        ids[c.n] = f"a{n}"
        ms = sorted(c.mentions, key=lambda m: (m.start, m.end))
        names = [m.core[2] if m.core else m.surface for m in ms if m.role == "name"]
        if c.given_name:
            name = c.given_name
        elif names:
            name = max(names, key=lambda s: (len(s.split()), len(s), -names.index(s)))
        else:
            name = c.canonical or ms[0].surface
        if any("quote stage" in w for w in c.why):
            name = _closed_name(board, ms, name)  # (a description the quote stage carded; given names stay)
        seen = {key(name)}
        aliases: list[str] = []
        for m in ms:
            for form in ((m.core[2], m.surface) if m.core else (m.surface,)):
                if m.role in ("name", "metonym") and key(form) not in seen:
                    seen.add(key(form))
                    aliases.append(form)
        spans: list[tuple[int, int]] = []
        for m in ms:
            span = m.core[:2] if m.core else (m.start, m.end)
            if m.role in ("name", "metonym") and span not in spans:
                spans.append(span)
        out.append(Actor(id=f"a{n}", name=name, kind=c.kind, aliases=tuple(aliases), titles=tuple(c.titles),
                         affiliation=c.affiliation, mentions=tuple(spans), why="; ".join(c.why)))
    return tuple(out), ids


def _closed_name(board: Board, ms: list[Mention], name: str) -> str:
    """A description that ends inside a quoted name ('مدير مصرف "X Y') with the closing mark
    that follows it in the text, so that no card shows half a pair."""
    closed = closed_marks(name)
    if closed == name:
        return name
    text = board.doc.text
    for m in ms:
        if m.surface == name and text[m.end : m.end + 3].lstrip(" ").startswith(closed[-1]):
            return closed
    return name
