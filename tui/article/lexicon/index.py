"""Every lexicon in one phrase index, keyed by the normal form of its first word.

Each entry is a phrase (one or more words) with a class ("given", "country", "title" …)
and a value (a country's name for its capital or adjective, an organisation's canonical
name …).  ``match`` finds every entry starting at a token: the first word may carry
proclitics (و، ف، ب، ل، ك), the others must follow it with white space only.  The tagger
reads the classes as features; the rules read the hits with their values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import NamedTuple

from ..doc.normal import key
from ..doc.tokens import Token, plain
from ..strtable import StrTable
from . import load


class Hit(NamedTuple):
    """One lexicon entry found in the text.  (A named tuple rather than a frozen dataclass:
    a document makes one or two per word, and a tuple is made in half the time.)"""

    start: int  # first token
    end: int  # one past the last token
    cls: str
    value: str
    cut: int  # proclitic letters before the phrase in its first token


class WordBits:
    """word → the bit set of its classes, as the compiled cache stores it: the words in a
    :class:`~tui.article.strtable.StrTable`, the bit sets in one byte string in its row order
    (loading a dict of the 78,000 words was most of a one-article run's lexicon load)."""

    __slots__ = ("bits", "table", "width")

    def __init__(self, table: tuple[bytes, bytes, bytes], bits: bytes, width: int) -> None:
        self.table = StrTable(*table)
        if width < 1 or len(bits) != len(self.table) * width:
            raise ValueError("damaged word classes")
        self.bits, self.width = bits, width

    @staticmethod
    def of(single: dict[str, int] | WordBits) -> tuple[tuple[bytes, bytes, bytes], bytes, int]:
        if isinstance(single, WordBits):
            return (single.table.stored(), single.bits, single.width)
        words = list(single)
        table, order = StrTable.build(words)
        width = max(1, (max(single.values(), default=0).bit_length() + 7) // 8)
        return table, b"".join(single[words[i]].to_bytes(width, "little") for i in order), width

    def get(self, word: str, default: int = 0) -> int:
        i = self.table.row(word)
        if i is None:
            return default
        w = self.width
        return int.from_bytes(self.bits[i * w : (i + 1) * w], "little")

    def values(self) -> list[int]:
        w = self.width
        return [int.from_bytes(self.bits[i : i + w], "little") for i in range(0, len(self.bits), w)]


class Lexicon:
    """The phrase index.  One-word entries without a value (most of them: the gazetteers'
    names) are a word → class-bits map; the rest keep their values, and phrases of several
    words are indexed by their first word.  Plain dicts of strings and ints, so the whole
    index is cached with ``marshal`` between runs (see :func:`lexicon`)."""

    def __init__(self) -> None:
        self.classes: list[str] = []
        self._ids: dict[str, int] = {}
        self.single: dict[str, int] | WordBits = {}  # word → bit set of its classes
        self.valued: dict[str, list[tuple[int, str]]] = {}  # word → (class, value), one-word entries
        self.multi: dict[str, list[tuple[tuple[str, ...], int, str]]] = {}  # first word → phrases
        self._one: dict[str, tuple[tuple[str, str], ...]] = {}  # word → its one-word entries, sorted
        self._classes: dict[str, frozenset[str]] = {}  # word → the classes of those entries
        self._derived: dict[str, dict] = {}  # see derived()
        # word → what match() looks up for it, reading by reading (see _plan)
        self._plans: dict[str, tuple[tuple[tuple[dict[str, tuple], tuple], ...] | None, tuple]] = {}

    def _id(self, cls: str) -> int:
        k = self._ids.get(cls)
        if k is None:
            k = self._ids[cls] = len(self.classes)
            self.classes.append(cls)
        return k

    def add(self, phrase: str, cls: str, value: str = "") -> None:
        words = tuple(key(phrase).split())
        if not words:
            return
        cid = self._id(cls)
        if len(words) > 1:
            bucket = self.multi.setdefault(words[0], [])
            if (words, cid, value) not in bucket:
                bucket.append((words, cid, value))
        elif value:
            vals = self.valued.setdefault(words[0], [])
            if (cid, value) not in vals:
                vals.append((cid, value))
        else:
            self.single[words[0]] = self.single.get(words[0], 0) | (1 << cid)

    def add_all(self, phrases: Iterable[str], cls: str, value: str = "") -> None:
        for p in phrases:
            self.add(p, cls, value)

    def finish(self) -> Lexicon:
        names = self.classes
        for bucket in self.multi.values():
            bucket.sort(key=lambda e: (-len(e[0]), names[e[1]], e[2]))
        return self

    # -- (de)serialising -------------------------------------------------------------------
    def dump(self) -> tuple:
        return (self.classes, WordBits.of(self.single), self.valued, self.multi)

    @classmethod
    def undump(cls, data: tuple) -> Lexicon:
        lx = cls()
        lx.classes, single, lx.valued, lx.multi = data
        lx.single = WordBits(*single)
        lx._ids = {c: k for k, c in enumerate(lx.classes)}
        return lx

    # -- look-ups --------------------------------------------------------------------------
    def one(self, word: str) -> tuple[tuple[str, str], ...]:
        """The one-word entries of a word: (class, value) sorted (cached per word)."""
        got = self._one.get(word)
        if got is None:
            bits = self.single.get(word, 0)
            entries = [(c, "") for k, c in enumerate(self.classes) if bits >> k & 1]
            entries += [(self.classes[k], v) for k, v in self.valued.get(word, ())]
            got = self._one[word] = tuple(sorted(entries))
        return got

    def class_sizes(self) -> dict[str, int]:
        """How many entries each class has (a model's record of the lexicon it was trained with)."""
        sizes = dict.fromkeys(self.classes, 0)
        for bits in self.single.values():
            for k, c in enumerate(self.classes):
                if bits >> k & 1:
                    sizes[c] += 1
        for vals in self.valued.values():
            for k, _ in vals:
                sizes[self.classes[k]] += 1
        for bucket in self.multi.values():
            for _, k, _ in bucket:
                sizes[self.classes[k]] += 1
        return dict(sorted(sizes.items()))

    def derived(self, name: str) -> dict:
        """A cache of answers the rules compute from a word and this lexicon alone (one dict
        per question, living as long as the lexicon: a rebuilt lexicon starts empty)."""
        got = self._derived.get(name)
        if got is None:
            got = self._derived[name] = {}
        return got

    def classes_of(self, word: str) -> frozenset[str]:
        """The classes of one() as a set (cached per word, shared with has)."""
        got = self._classes.get(word)
        if got is None:
            got = self._classes[word] = frozenset(c for c, _ in self.one(word))
        return got

    def phrase_classes(self, words: tuple[str, ...]) -> frozenset[str]:
        """The classes of the entries of several words that are exactly ``words`` (normal form)."""
        return frozenset(self.classes[cid] for ws, cid, _ in self.multi.get(words[0], ()) if tuple(ws) == words)

    def has(self, cls: str, word: str) -> bool:
        got = self._classes.get(word)
        if got is None:  # the classes of one() as a set, cached per word: the rules ask this often
            got = self._classes[word] = frozenset(c for c, _ in self.one(word))
        return cls in got

    def match(self, toks: Sequence[Token], i: int) -> list[Hit]:
        """Every entry starting at token i (for each reading: longest first, then by class)."""
        out: list[Hit] = []
        n = len(toks)
        names = self.classes
        second = toks[i + 1].norm if i + 1 < n else None
        for form, cut in toks[i].readings:
            for words, cid, value in self.multi.get(form, ()):
                end = i + len(words)
                # the next word first: most of a common first word's phrases fail there
                if end <= n and words[1] == second and all(toks[i + k].norm == words[k] and plain(toks[i + k].gap)
                                                           for k in range(1, len(words))):
                    out.append(Hit(i, end, names[cid], value, cut))
            for cls, value in self.one(form):
                out.append(Hit(i, i + 1, cls, value, cut))
        return out

    def match_all(self, toks: Sequence[Token]) -> list[list[Hit]]:
        """match() at every token, in one pass: what a word's readings find in the index is
        looked up once per distinct word (its plan), so a token costs only its phrases'
        next-word tests and the making of its hits."""
        plans = self._plans
        n = len(toks)
        out: list[list[Hit]] = []
        append = out.append
        new = tuple.__new__  # Hit's own __new__ is a Python function around this
        for i, t in enumerate(toks):
            plan = plans.get(t.norm)
            if plan is None:
                if len(plans) > 200_000:  # bound the cache on huge vocabularies
                    plans.clear()
                plan = plans[t.norm] = self._plan(t.readings)
            phrased, flat = plan
            if phrased is None:  # no phrase starts with the word (most words): its one-word entries
                if not flat:
                    append([])  # (nearly half the words: no list comprehension run for nothing)
                    continue
                i1 = i + 1
                append([new(Hit, (i, i1, cls, value, cut)) for cls, value, cut in flat])
                continue
            hits: list[Hit] = []
            second = toks[i + 1].norm if i + 1 < n else None
            for by_second, ones in phrased:
                # only the phrases whose second word is the next token's (in their order): a
                # common first word (بن، عبد) opens hundreds
                for words, cls, value, cut in by_second.get(second, ()):
                    end = i + len(words)
                    if end <= n and all(toks[i + k].norm == words[k] and plain(toks[i + k].gap)
                                        for k in range(1, len(words))):
                        hits.append(new(Hit, (i, end, cls, value, cut)))
                for cls, value, cut in ones:
                    hits.append(new(Hit, (i, i + 1, cls, value, cut)))
            append(hits)
        return out

    def _plan(self, readings: tuple[tuple[str, int], ...]) -> tuple[tuple[tuple[dict[str, tuple], tuple], ...] | None,
                                                                     tuple]:
        """What match() looks up for a word: for each reading that finds anything, in
        match()'s order, its phrases (words, class, value, cut) by their second word, each
        word's in match()'s order, and its one-word entries (class, value, cut) — or None
        where no phrase starts with any reading — and every one-word entry of the word in
        that order."""
        names = self.classes
        plan = []
        flat: list[tuple[str, str, int]] = []
        for form, cut in readings:
            by_second: dict[str, list[tuple]] = {}
            for words, cid, value in self.multi.get(form, ()):
                by_second.setdefault(words[1], []).append((words, names[cid], value, cut))
            ones = tuple((cls, value, cut) for cls, value in self.one(form))
            if by_second or ones:
                plan.append(({w: tuple(ps) for w, ps in by_second.items()}, ones))
            flat.extend(ones)
        return (tuple(plan) if any(by_second for by_second, _ in plan) else None), tuple(flat)


def adjective_forms(stem: str) -> list[str]:
    """Every gender, number and definiteness of a nisba adjective (أمريكي → الأمريكيين …)."""
    s = key(stem)
    if " " in s:
        return [s, "ال" + s]
    base = [s, s + "ه", s + "ون", s + "ين", s + "ات", s + "ان", s + "تان", s + "تين"]
    return base + ["ال" + b for b in base]


def noun_forms(phrases: Iterable[str]) -> list[str]:
    """Role nouns in the forms a title takes: feminine ("الوزيرة"), dual ("الوزيران"،
    "نائبين"), the feminine's dual ("المحاميتان"، "الوزيرتين"), each with and without the
    article, and the dual in construct ("وزيرا الزراعة"، "وزيري الخارجية"), which never
    takes it: "ال" + noun + "ي" is the nisba adjective ("الملكي"، "الرئيسي": royal, main),
    no title.  The lexicon lists the masculine singular.  Only a phrase's first word
    inflects ("أمين عام" → "أمينة عام…" is not generated)."""
    out: list[str] = []
    for p in phrases:
        k = key(p)
        first, _, rest = k.partition(" ")
        out.append(k)
        if first.endswith("ه") or len(first) < 3:
            continue
        bare = first[2:] if first.startswith("ال") else first
        forms = [bare + "ا", bare + "ي", bare + "تا", bare + "تي"]  # the construct dual
        for form in (bare + "ه", bare + "ان", bare + "ين", bare + "تان", bare + "تين"):  # (and the feminine's)
            forms += (form, "ال" + form)
        out += (f"{w} {rest}".strip() for w in forms)
    return out


def gazetteer_lines(name: str) -> list[tuple[str, int]]:
    """(entry, count) of a shipped gazetteer file: the first tab-separated column and, where
    the file gives one, the number of people who bear the name (else 0)."""
    from importlib import resources  # only when the index is built

    try:
        raw = resources.files(__package__).joinpath("gazetteer", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return []
    out = []
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            cols = line.split("\t")
            out.append((cols[0], int(cols[1]) if len(cols) > 1 and cols[1].isdigit() else 0))
    return out


# A name borne by fewer people than this in the gazetteers' sources is too often an ordinary
# word written like a name (and listed by mistake) to count as a name by itself.
COMMON_GIVEN = 10
COMMON_SURNAME = 5


# The cache key covers the data files, not this code: a change to what _build or a form
# generator makes (noun_forms, adjective_forms) must change this tag.
_FORMAT = "marsad-lexicon/5"


@cache
def lexicon() -> Lexicon:
    """The index, loaded from the user's cache when it was built from the same data, else
    built (about a second) and cached for the next run."""
    from .compiled import cached

    return cached(_FORMAT, _build, Lexicon.dump, Lexicon.undump)


def _build() -> Lexicon:
    lx = Lexicon()
    names = load("names")
    lx.add_all(names["given"], "given")
    lx.add_all(names["ambiguous"], "given_ambiguous")
    lx.add_all(names["particles"], "particle")
    lx.add_all(names["compound_firsts"], "compound_first")
    lx.add_all(names["compound_seconds"], "compound_second")
    lx.add_all(names["divine"], "divine")
    lx.add_all(names["stop"], "stop")
    lx.add_all(names["never"], "never")
    for n, ws in load("numbers")["ordinals"].items():
        lx.add_all(ws, "ordinal", n)
    lx.add_all(names["reporting"], "reporting")

    titles = load("titles")
    lx.add_all(noun_forms(titles["heads"]), "title")
    lx.add_all(titles["possessive"], "title_possessive")
    lx.add_all(noun_forms(titles["ranks"]), "rank")
    lx.add_all(titles["ambiguous_ranks"], "rank_ambiguous")
    lx.add_all(titles["honorifics"], "honorific")
    lx.add_all(titles["modifiers"], "title_modifier")
    lx.add_all(titles["temporal"], "temporal")
    lx.add_all(titles["links"], "title_link")
    lx.add_all(titles["stops"], "title_stop")
    lx.add_all(titles["professions"], "profession")

    places = load("places")
    for c in places["countries"]:
        name = c["name"]
        lx.add_all([name, *c.get("aliases", [])], "country_ambiguous" if c.get("ambiguous") else "country", name)
        for cap in [c.get("capital", ""), *c.get("capital_aliases", [])]:
            if cap:
                lx.add(cap, "capital", name)
        for adj in [*c.get("adj", []), *c.get("adj_plural", [])]:
            lx.add_all(adjective_forms(adj), "nationality", name)
    lx.add_all(places["cities"], "city")
    lx.add_all(places["regions"], "region")
    lx.add_all(places["heads"], "place_head")
    lx.add_all(places["transparent_heads"], "place_transparent")
    lx.add_all(places["not_names"], "not_place")

    orgs = load("organizations")
    for o in orgs["known"]:
        name = o["name"]
        ambiguous = {key(a) for a in o.get("ambiguous", [])}
        for form in [name, *o.get("aliases", []), *o.get("acronyms", [])]:
            lx.add(form, "org_ambiguous" if key(form) in ambiguous else "org", name)
    lx.add_all(orgs["strong"], "org_head")
    lx.add_all(orgs["weak"], "org_head_weak")
    lx.add_all(orgs["media"], "media_head")
    lx.add_all(orgs["parliaments"], "parliament")
    lx.add_all(orgs["generic_adjectives"], "org_generic")

    anon = load("anonymous")
    lx.add_all(anon["heads"], "anon")
    lx.add_all(anon["adjectives"], "anon_adj")

    for n, words in load("months")["gregorian"].items():
        lx.add_all(words, "month", n)
    for n, words in load("months")["hijri"].items():
        lx.add_all(words, "hijri_month", n)
    for n, words in load("weekdays")["weekdays"].items():
        lx.add_all(words, "weekday", n)

    for cls, fname in (("given_m", "given_male.txt"), ("given_f", "given_female.txt"),
                       ("given_x", "given_unknown_gender.txt")):
        for name, count in gazetteer_lines(fname):
            lx.add(name, cls)
            lx.add(name, "given" if count >= COMMON_GIVEN else "given_rare")
    for name, count in gazetteer_lines("surnames.txt"):
        lx.add(name, "surname" if count >= COMMON_SURNAME else "surname_rare")
    for cls, fname in (("gaz_place", "places.txt"), ("gaz_org", "organizations.txt")):
        lx.add_all((name for name, _ in gazetteer_lines(fname)), cls)
    return lx.finish()
