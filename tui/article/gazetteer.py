"""The actor stage's lexicons, loaded once into normalised look-up tables.

Every entry goes through ``tui.article.text.normalize`` (or ``clitics.light`` for given
names, where ى/ة matter), so the data files list each word once, as usually spelled.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from .clitics import Tok, light, plain
from .lexicon import load
from .text import normalize


@dataclass(frozen=True, slots=True)
class Entry:
    """What a phrase of the gazetteer stands for."""

    kind: str  # country | capital | city | region | org | adj
    key: str  # the card it belongs to ("country:فرنسا", "org:الامم المتحده" …)
    name: str  # canonical name as written in the lexicon
    country: str | None = None  # for capitals and adjectives
    ambiguous: bool = False


class Phrases:
    """Multi-word phrases indexed by their first normalised word.

    The first word of a match may carry proclitics (و، ف، ب، ل، ك); the others must
    follow it separated by white space only.
    """

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = defaultdict(list)

    def add(self, phrase: str, value: Any) -> None:
        words = tuple(normalize(phrase).split())
        if not words:
            return
        bucket = self._by_first[words[0]]
        if all(w != words for w, _ in bucket):
            bucket.append((words, value))
            bucket.sort(key=lambda wv: -len(wv[0]))

    def __contains__(self, word: str) -> bool:
        return word in self._by_first

    def match(self, toks: list[Tok], i: int, bare: bool = False) -> tuple[int, Any, int] | None:
        """Longest phrase starting at token i: (end token index, value, clitic cut)."""
        best: tuple[int, Any, int] | None = None
        by_first = self._by_first
        for form, cut in toks[i].forms[:1] if bare else toks[i].forms:
            bucket = by_first.get(form)
            if not bucket:
                continue
            for words, value in bucket:
                end = i + len(words)
                if end > len(toks) or (best and end <= best[0]):
                    continue
                if all(toks[i + k].norm == words[k] and plain(toks[i + k].gap) for k in range(1, len(words))):
                    best = (end, value, cut)
                    break
        return best


def _n(words: list[str]) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


def adjective_forms(stem: str) -> list[str]:
    """Every gender/number/definiteness of a nisba adjective (أمريكي → الأمريكيين …)."""
    s = normalize(stem)
    base = [s] if " " in s else [s, s + "ه", s + "ون", s + "ين", s + "ات", s + "ان"]
    return base + ["ال" + b for b in base]


@dataclass(frozen=True)
class Gazetteer:
    places: Phrases
    orgs: Phrases
    adjectives: dict[str, str]  # adjective form → country name
    countries: dict[str, dict[str, Any]]  # country name → lexicon record
    kingdoms: tuple[str, ...]
    place_heads: frozenset[str]
    place_not_names: frozenset[str]
    place_transparent: frozenset[str]
    org_strong: frozenset[str]
    org_weak: frozenset[str]
    org_media: frozenset[str]
    org_short: frozenset[str]
    org_quoted_only: frozenset[str]
    bare_institutions: frozenset[str]
    parliaments: tuple[str, ...]
    ministry_short: frozenset[str]
    org_metonyms: frozenset[str]
    title_internal: frozenset[str]
    generic_adj: frozenset[str]
    title_heads: Phrases
    ranks: Phrases
    ambiguous_ranks: frozenset[str]
    honorifics: Phrases
    modifiers: Phrases
    links: frozenset[str]
    title_stops: frozenset[str]
    anon_heads: Phrases
    anon_adjectives: Phrases
    given: frozenset[str]
    given_ambiguous: frozenset[str]
    surname_honorifics: frozenset[str]
    particles: frozenset[str]
    starters: frozenset[str]
    compound_firsts: frozenset[str]
    compound_seconds: frozenset[str]
    divine: frozenset[str]
    stop: frozenset[str]
    reporting: frozenset[str]
    reporting_ambiguous: frozenset[str]

    @cached_property
    def org_heads(self) -> frozenset[str]:
        """Every organisation head noun (strong, weak and media)."""
        return self.org_strong | self.org_weak | self.org_media

    @cached_property
    def name_blocking_heads(self) -> frozenset[str]:
        """Head nouns that never stand inside a person's name."""
        return self.org_heads | self.place_heads

    def adj_country(self, tok: Tok) -> str | None:
        for f, _ in tok.forms[:2]:
            c = self.adjectives.get(f)
            if c:
                return c
        return None


def _feminine(words: list[str]) -> list[str]:
    out = []
    for w in words:
        out.append(w)
        first, _, rest = w.partition(" ")
        if not normalize(first).endswith("ه"):
            out.append(first + "ة" + (" " + rest if rest else ""))
    return out


def _with_article(words: list[str]) -> list[str]:
    out = []
    for w in words:
        out.append(w)
        if not w.startswith("ال") and not w.startswith("آل"):
            out.append("ال" + w)
    return out


def _l(words: list[str]) -> frozenset[str]:
    return frozenset(light(w) for w in words)


def _reporting(extra: list[str]) -> frozenset[str]:
    forms = set(_l(extra))
    try:
        verbs = load("reporting_verbs").get("verb", [])
    except (FileNotFoundError, OSError, ValueError):
        verbs = []
    for v in verbs:
        past, present = light(v.get("past", "")), light(v.get("present", ""))
        if past:
            forms.add(past)
            forms.add((past[:-1] if past.endswith(("ا", "ى")) else past) + "ت")
        if present.startswith("ي"):
            forms.add(present)
            forms.add("ت" + present[1:])
    return frozenset(f for f in forms if f)


@cache
def gazetteer() -> Gazetteer:
    pl, org, tit, anon, nm = load("places"), load("organizations"), load("titles"), load("anonymous"), load("names")
    places, orgs = Phrases(), Phrases()
    adjectives: dict[str, str] = {}
    countries: dict[str, dict[str, Any]] = {}
    kingdoms: list[str] = []
    for c in pl["countries"]:
        name = c["name"]
        countries[name] = c
        key = "country:" + normalize(name)
        amb = bool(c.get("ambiguous"))
        for n in [name, *c.get("aliases", [])]:
            places.add(n, Entry("country", key, name, name, amb))
        for cap in [c.get("capital", ""), *c.get("capital_aliases", [])]:
            if cap and normalize(cap) != normalize(name):
                places.add(cap, Entry("capital", "capital:" + normalize(name), cap, name))
        for a in c.get("adj", []):
            for f in adjective_forms(a):
                adjectives.setdefault(f, name)
        for a in c.get("adj_plural", []):
            adjectives.setdefault(normalize(a), name)
            adjectives.setdefault("ال" + normalize(a), name)
        if c.get("kingdom"):
            kingdoms.append(name)
    for city in pl["cities"]:
        places.add(city, Entry("city", "city:" + normalize(city), city))
    for region in pl["regions"]:
        places.add(region, Entry("region", "region:" + normalize(region), region))
    for o in org["known"]:
        key = "org:" + normalize(o["name"])
        for n in [o["name"], *o.get("aliases", []), *o.get("acronyms", [])]:
            # an ambiguous short form ("وات"، "العمانية") only counts where only a name fits (orgs.py)
            orgs.add(n, Entry("org", key, o["name"], ambiguous=n in o.get("ambiguous", [])))
    title_heads, ranks, hon, mods, anon_heads = Phrases(), Phrases(), Phrases(), Phrases(), Phrases()
    for h in _feminine(_with_article(tit["heads"])):
        title_heads.add(h, h)
    for h in tit.get("possessive", []):
        stem = h[:-1] + "ت" if h.endswith("ة") else h
        for suffix in ("ه", "ها", "هم"):
            title_heads.add(stem + suffix, stem + suffix)  # "مديرها"، "ممثلتها"
    for r in tit["ranks"]:
        ranks.add(r, r)
    for h in tit["honorifics"]:
        hon.add(h, h)
    for m in tit["modifiers"]:
        mods.add(m, m)
    for a in anon["heads"]:
        anon_heads.add(a, a)
    anon_adj = Phrases()
    for a in anon.get("adjectives", []):
        anon_adj.add(a, a)
    return Gazetteer(
        places=places,
        orgs=orgs,
        adjectives=adjectives,
        countries=countries,
        kingdoms=tuple(kingdoms),
        place_heads=_n(pl["heads"]),
        place_not_names=_n(pl["not_names"]),
        place_transparent=_n(pl["transparent_heads"]),
        org_strong=_n(org["strong"]),
        org_weak=_n(org["weak"]),
        org_media=_n(org["media"]),
        org_short=_n(org["short_by_complement"]),
        org_quoted_only=_n(org.get("quoted_only", [])),
        bare_institutions=_n(org.get("bare_institutions", [])),
        parliaments=tuple(normalize(w) for w in org.get("parliaments", [])),
        ministry_short=_n(org.get("ministry_short", [])),
        org_metonyms=_n(org["country_metonyms"]),
        title_internal=_n(org["title_internal"]),
        generic_adj=_n(org["generic_adjectives"]),
        title_heads=title_heads,
        ranks=ranks,
        ambiguous_ranks=_n(tit.get("ambiguous_ranks", [])),
        honorifics=hon,
        modifiers=mods,
        links=_n(tit["links"]),
        title_stops=_n(tit["stops"]),
        anon_heads=anon_heads,
        anon_adjectives=anon_adj,
        given=frozenset(light(g) for g in nm["given"]),
        given_ambiguous=frozenset(light(g) for g in nm["ambiguous"]),
        surname_honorifics=_n(nm.get("surname_honorifics", [])),
        particles=_n(nm["particles"]),
        starters=_n(nm["starters"]),
        compound_firsts=_n(nm["compound_firsts"]),
        compound_seconds=_n(nm["compound_seconds"]),
        divine=_n(nm["divine"]),
        stop=_l(nm["stop"]),
        reporting=_reporting(nm["reporting"]),
        reporting_ambiguous=_l(nm.get("reporting_ambiguous", [])),
    )
