"""The working set of the actor stage: which tokens are claimed, the cards being built,
and the final assembly into ``Actor`` records (merging, naming, numbering)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .clitics import Tok
from .gazetteer import Gazetteer, gazetteer
from .model import Actor
from .text import normalize


@dataclass(slots=True)
class Mention:
    t0: int  # first token
    t1: int  # one past the last token
    start: int
    end: int
    key: str
    surface: str
    is_name: bool = True  # a form of the actor's name (false: a title or description standing for it)
    governmental: bool = False  # capitals: used for the government
    primary: bool = True  # the actor's own name (false: a capital or "النظام X" standing for a country)


@dataclass(slots=True)
class Card:
    key: str
    kind: str
    why: str
    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    canonical: str | None = None  # a preferred name (lexicon name of a country)
    head: str = ""  # organisations: the head noun, for back-references
    country: str | None = None

    def add_title(self, title: str) -> None:
        t = title.strip(" ،,:")
        if t and normalize(t) not in {normalize(x) for x in self.titles}:
            self.titles.append(t)


class Board:
    def __init__(self, text: str, toks: list[Tok]) -> None:
        self.text = text
        self.toks = toks
        self.g: Gazetteer = gazetteer()
        self.owner: list[Mention | None] = [None] * len(toks)
        self.cards: dict[str, Card] = {}
        self.aliases: dict[str, str] = {}  # key merged away → surviving key

    # -- claiming ---------------------------------------------------------------------
    def free(self, t0: int, t1: int) -> bool:
        return all(self.owner[k] is None for k in range(t0, t1))

    def span(self, t0: int, t1: int, cut: int = 0) -> tuple[int, int]:
        return self.toks[t0].cut_start(cut), self.toks[t1 - 1].end

    def surface(self, t0: int, t1: int, cut: int = 0) -> str:
        """The words as written, without proclitics; "للمجلس" gives back "المجلس"."""
        s, e = self.span(t0, t1, cut)
        out = self.text[s:e]
        if cut and self.toks[t0].norm.startswith("لل") and self.toks[t0].norm[cut - 1 : cut + 1] == "لل":
            out = "ا" + out
        return out

    def card(self, key: str, kind: str, why: str) -> Card:
        key = self.resolve(key)
        c = self.cards.get(key)
        if c is None:
            c = self.cards[key] = Card(key, kind, why)
        return c

    def resolve(self, key: str) -> str:
        while key in self.aliases:
            key = self.aliases[key]
        return key

    def mention(
        self, t0: int, t1: int, key: str, kind: str, why: str, cut: int = 0, is_name: bool = True, **kw: object
    ) -> tuple[Card, Mention]:
        c = self.card(key, kind, why)
        s, e = self.span(t0, t1, cut)
        m = Mention(t0, t1, s, e, c.key, self.surface(t0, t1, cut), is_name, **kw)  # type: ignore[arg-type]
        c.mentions.append(m)
        for k in range(t0, t1):
            self.owner[k] = m
        return c, m

    def merge(self, src: str, dst: str) -> None:
        src, dst = self.resolve(src), self.resolve(dst)
        if src == dst:
            return
        a, b = self.cards.pop(src), self.cards[dst]
        for m in a.mentions:
            m.key = dst
        b.mentions.extend(a.mentions)
        for t in a.titles:
            b.add_title(t)
        b.affiliation = b.affiliation or a.affiliation
        self.aliases[src] = dst

    def card_of(self, k: int) -> Card | None:
        m = self.owner[k] if 0 <= k < len(self.owner) else None
        return self.cards.get(self.resolve(m.key)) if m else None

    # -- assembly -----------------------------------------------------------------------
    def _capitals(self) -> None:
        for key in [k for k in self.cards if k.startswith("capital:")]:
            c = self.cards[key]
            country = key.split(":", 1)[1]
            if any(m.governmental for m in c.mentions):
                dst = "country:" + country
                if dst not in self.cards:
                    name = next((n for n in self.g.countries if normalize(n) == country), country)
                    self.cards[dst] = Card(dst, "place", f"lexicon: country {name} (its capital stands for it)",
                                           canonical=name)
                self.merge(key, dst)
            else:
                by_city: dict[str, list[Mention]] = {}
                for m in c.mentions:
                    by_city.setdefault(normalize(m.surface), []).append(m)
                del self.cards[key]
                for city, ms in by_city.items():
                    dst = "city:" + city
                    d = self.cards.setdefault(dst, Card(dst, "place", "lexicon: capital city (named as a place)"))
                    for m in ms:
                        m.key = dst
                    d.mentions.extend(ms)

    def _same_names(self) -> None:
        """Names must not collide: a card whose name another card also bears joins it
        (a newspaper called "الشرق الأوسط" and the region in a quote: one card)."""
        rank = {"organization": 0, "person": 1, "anonymous": 2, "group": 3, "place": 4}
        owner: dict[str, str] = {}
        for key in sorted(self.cards, key=lambda k: rank.get(self.cards[k].kind, 5)):
            c = self.cards.get(key)
            if c is None:
                continue
            for m in c.mentions:
                if not m.is_name:
                    continue
                n = normalize(m.surface)
                other = owner.get(n)
                if other and self.resolve(other) != key and self.resolve(other) in self.cards:
                    self.merge(key, other)
                    break
                owner.setdefault(n, key)

    def actors(self) -> tuple[Actor, ...]:
        self._capitals()
        self._same_names()
        cards = [c for c in self.cards.values() if any(m.is_name for m in c.mentions) or c.kind == "anonymous"]
        cards = [c for c in cards if c.mentions]
        cards.sort(key=lambda c: min(m.start for m in c.mentions))
        out: list[Actor] = []
        for n, c in enumerate(cards, 1):
            ms = sorted(c.mentions, key=lambda m: m.start)
            names = [m.surface for m in ms if m.is_name] or [ms[0].surface]
            primary = [m.surface for m in ms if m.is_name and m.primary] or names
            if c.kind == "anonymous":
                name = primary[0]
            elif c.canonical and not any(m.primary for m in ms if m.is_name):
                name = c.canonical
            else:
                name = max(primary, key=lambda s: (len(s.split()), len(s)))
            seen = {normalize(name)}
            aliases: list[str] = []
            for s in names:
                if normalize(s) not in seen:
                    seen.add(normalize(s))
                    aliases.append(s)
            spans: list[tuple[int, int]] = []
            for m in ms:
                if (m.start, m.end) not in spans:
                    spans.append((m.start, m.end))
            out.append(
                Actor(
                    id=f"a{n}",
                    name=name,
                    kind=c.kind,
                    aliases=tuple(aliases),
                    titles=tuple(c.titles),
                    affiliation=c.affiliation,
                    mentions=tuple(spans),
                    why=c.why,
                )
            )
        return tuple(out)
