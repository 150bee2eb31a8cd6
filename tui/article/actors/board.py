"""The actor stage's working set: which tokens are claimed, and the cards being built."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..doc import Doc
from ..doc.normal import key

KINDS_RANK = {"organization": 0, "person": 1, "anonymous": 2, "group": 3, "place": 4}


@dataclass(slots=True)
class Mention:
    t0: int  # first token
    t1: int  # one past the last token
    start: int  # offsets in the text (proclitics cut)
    end: int
    surface: str  # as written, without proclitics
    key: str  # its normal form
    role: str = "name"  # name | metonym (a capital or "the kingdom" for its state) | reference (a title or description)
    # the proper name inside a name in apposition to its head ("شركة [X] الفرنسية"):
    # (start, end, surface) — what the card is called and the span it shows
    core: tuple[int, int, str] | None = None


@dataclass(slots=True)
class Card:
    n: int  # creation order, for stable output
    kind: str
    why: list[str]
    mentions: list[Mention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    canonical: str | None = None  # a lexicon's preferred name (a country's short name …)
    given_name: str | None = None  # the name a caller gave the card (hand-made or gold cards)
    head: str = ""  # the head noun of an organisation or unnamed source, for back-references
    gender: str | None = None  # "m" | "f" when known (title, name or verb agreement)
    plural: bool = False
    dead: bool = False  # merged into another card
    speech_only: bool = False  # an unnamed collective: an actor only when a quote is given to it

    def names(self) -> list[Mention]:
        return [m for m in self.mentions if m.role == "name"]

    def add_title(self, title: str) -> None:
        t = title.strip(" ،,:؛-")
        if not t or key(t) in {key(x) for x in self.titles}:
            return
        if any(_fuller(x, t) for x in self.titles):
            return  # the same phrase with a body's short name in brackets is held already
        # ("ممثلة منظمة X" then "ممثلة منظمة X (Y) في Z": the fuller phrase takes the shorter's place)
        self.titles = [x for x in self.titles if not _fuller(t, x)]
        self.titles.append(t)

    def add_why(self, why: str) -> None:
        if why and why not in self.why:
            self.why.append(why)


def _fuller(long: str, short: str) -> bool:
    """``long`` is ``short`` and then a body's short name in brackets ("… (يونيسف) في اليمن"):
    the same title, written whole."""
    return long.startswith(short + " (")


class Board:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.toks = doc.tokens
        self.owner: list[Mention | None] = [None] * len(doc.tokens)
        self.card_of_mention: dict[int, Card] = {}  # id(mention) → card
        self.cards: list[Card] = []
        self.numbered = 0  # card numbers are never reused: live() drops merged cards from the list
        self.merges = 0  # how many merges so far (a merge moves titles: indexes of cards rebuild)
        self.in_titles: set[int] = set()  # tokens inside a title attached to a person
        # tokens of a competition's, prize's or treaty's name: no actor there
        self.not_actors: set[int] = set()
        self.named: dict[str, Mention] = {}  # "kind:normal form" → the first mention written so

    # -- claiming ------------------------------------------------------------------------
    def free(self, t0: int, t1: int) -> bool:
        owner = self.owner
        if t0 >= 0 and t1 <= len(owner):
            return not any(owner[t0:t1])  # (a Mention is always true: no generator per question)
        return all(owner[k] is None for k in range(t0, t1))

    def span(self, t0: int, t1: int, cut: int = 0) -> tuple[int, int]:
        return self.toks[t0].cut_start(cut), self.toks[t1 - 1].end

    def surface(self, t0: int, t1: int, cut: int = 0) -> str:
        """The words as written, without proclitics ("للمجلس" gives back "المجلس")."""
        s, e = self.span(t0, t1, cut)
        out = self.doc.text[s:e]
        first = self.toks[t0]
        if cut and first.norm.startswith("لل", cut - 1) and ("ال" + first.norm[cut + 1 :], cut) in first.readings:
            out = "ا" + out  # ل + ال written لل: the article's alef comes back
        return out

    def new_card(self, kind: str, why: str) -> Card:
        card = Card(self.numbered, kind, [why])
        self.numbered += 1
        self.cards.append(card)
        return card

    def mention(self, card: Card, t0: int, t1: int, cut: int = 0, role: str = "name", claim: bool = True) -> Mention:
        """A mention of ``card`` at tokens [t0, t1); ``claim=False`` leaves the tokens to the
        mention that holds this one (a place named inside a body's name)."""
        s, e = self.span(t0, t1, cut)
        surf = self.surface(t0, t1, cut)
        m = Mention(t0, t1, s, e, surf, key(surf), role)
        card.mentions.append(m)
        self.card_of_mention[id(m)] = card
        self.named.setdefault(f"{card.kind}:{m.key}", m)
        if claim:
            for k in range(t0, t1):
                self.owner[k] = m
        return m

    def name_inside(self, m: Mention, a: int, b: int) -> None:
        """Tokens [a, b) of mention m are the proper name it holds ("شركة [X] الفرنسية"): its
        core, which the card is called by and shows (m's own proclitic stays cut)."""
        s, e = m.start if a == m.t0 else self.toks[a].start, self.toks[b - 1].end
        m.core = (s, e, self.doc.text[s:e])

    def card_at(self, i: int) -> Card | None:
        m = self.owner[i] if 0 <= i < len(self.owner) else None
        return self.card_of_mention.get(id(m)) if m is not None else None

    def card_named(self, kind_key: str) -> Card | None:
        """The live card that has a mention written as ``kind:normal form``."""
        m = self.named.get(kind_key)
        card = self.card_of_mention.get(id(m)) if m is not None else None
        return card if card is not None and not card.dead and card.mentions else None

    def merge(self, src: Card, dst: Card) -> None:
        if src is dst:
            return
        for m in src.mentions:
            self.card_of_mention[id(m)] = dst
        dst.mentions.extend(src.mentions)
        for t in src.titles:
            dst.add_title(t)
        for w in src.why:
            dst.add_why(w)
        dst.affiliation = dst.affiliation or src.affiliation
        dst.canonical = dst.canonical or src.canonical
        dst.gender = dst.gender or src.gender
        src.mentions = []
        self.merges += 1
        src.dead = True  # dropped from the list lazily: removing it here would cost a scan per merge

    def live(self) -> list[Card]:
        if any(c.dead for c in self.cards):
            self.cards = [c for c in self.cards if not c.dead]
        return [c for c in self.cards if c.mentions]


_PAIRS = (("«", "»"), ("“", "”"), ('"', '"'))


def closed_marks(text: str) -> str:
    """A description that ends inside a quoted name ('مدير مصرف "X Y') with its closing mark,
    so that no card shows half a pair."""
    for o, c in _PAIRS:
        if (text.count(o) > text.count(c)) if o != c else (text.count(o) % 2 == 1):
            return text + c
    return text
