"""Every lexicon in one phrase index, keyed by the normal form of its first word.

Each entry is a phrase (one or more words) with a class ("given", "country", "title" …)
and a value (a country's name for its capital or adjective, an organisation's canonical
name …).  ``match`` finds every entry starting at a token: the first word may carry
proclitics (و، ف، ب، ل، ك), the others must follow it with white space only.  The tagger
reads the classes as features; the rules read the hits with their values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..doc.normal import key
from ..doc.tokens import Token, plain
from . import load


@dataclass(frozen=True, slots=True)
class Hit:
    start: int  # first token
    end: int  # one past the last token
    cls: str
    value: str
    cut: int  # proclitic letters before the phrase in its first token


class Lexicon:
    def __init__(self) -> None:
        # first word → [(words, cls, value)], longest phrases first
        self.by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        self.words: dict[str, set[str]] = {}  # class → its one-word entries (normal form)

    def add(self, phrase: str, cls: str, value: str = "") -> None:
        words = tuple(key(phrase).split())
        if not words:
            return
        bucket = self.by_first.setdefault(words[0], [])
        entry = (words, cls, value)
        if entry not in bucket:
            bucket.append(entry)
        if len(words) == 1:
            self.words.setdefault(cls, set()).add(words[0])

    def add_all(self, phrases: Iterable[str], cls: str, value: str = "") -> None:
        for p in phrases:
            self.add(p, cls, value)

    def finish(self) -> Lexicon:
        for bucket in self.by_first.values():
            bucket.sort(key=lambda e: (-len(e[0]), e[1], e[2]))
        self.words = {c: frozenset(ws) for c, ws in self.words.items()}  # type: ignore[misc]
        return self

    def has(self, cls: str, word: str) -> bool:
        return word in self.words.get(cls, ())

    def match(self, toks: Sequence[Token], i: int) -> list[Hit]:
        """Every entry starting at token i (longest first for each reading)."""
        out: list[Hit] = []
        n = len(toks)
        for form, cut in toks[i].readings:
            bucket = self.by_first.get(form)
            if not bucket:
                continue
            for words, cls, value in bucket:
                end = i + len(words)
                if end > n:
                    continue
                if all(toks[i + k].norm == words[k] and plain(toks[i + k].gap) for k in range(1, len(words))):
                    out.append(Hit(i, end, cls, value, cut))
        return out


def adjective_forms(stem: str) -> list[str]:
    """Every gender, number and definiteness of a nisba adjective (أمريكي → الأمريكيين …)."""
    s = key(stem)
    if " " in s:
        return [s, "ال" + s]
    base = [s, s + "ه", s + "ون", s + "ين", s + "ات", s + "ان", s + "تان", s + "تين"]
    return base + ["ال" + b for b in base]


def noun_forms(phrases: Iterable[str]) -> list[str]:
    """Role nouns in the forms a title takes: feminine ("الوزيرة"), dual ("وزيرا الداخلية"،
    "نائبين"), each with and without the article; the lexicon lists the masculine singular.
    Only a phrase's first word inflects ("أمين عام" → "أمينة عام…" is not generated)."""
    out: list[str] = []
    for p in phrases:
        k = key(p)
        first, _, rest = k.partition(" ")
        out.append(k)
        if first.endswith("ه") or len(first) < 3:
            continue
        bare = first[2:] if first.startswith("ال") else first
        for form in (bare + "ه", bare + "ا", bare + "ي", bare + "ان", bare + "ين"):
            for w in (form, "ال" + form):
                out.append(f"{w} {rest}".strip())
    return out


def _gazetteer_lines(name: str) -> list[str]:
    """Entries of a shipped gazetteer file (first tab-separated column), if present."""
    try:
        raw = resources.files(__package__).joinpath("gazetteer", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return []
    return [line.split("\t", 1)[0] for line in raw.splitlines() if line and not line.startswith("#")]


@cache
def lexicon() -> Lexicon:
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
                       ("given_x", "given_unknown_gender.txt"), ("surname", "surnames.txt"),
                       ("gaz_place", "places.txt"), ("gaz_org", "organizations.txt")):
        lines = _gazetteer_lines(fname)
        lx.add_all(lines, cls)
        if cls.startswith("given_"):
            lx.add_all(lines, "given")
    return lx.finish()
