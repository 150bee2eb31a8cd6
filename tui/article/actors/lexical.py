"""Places and organisations the lexicons name: countries, capitals, cities, regions, and
well-known bodies with their short forms and acronyms.

A curated entry is taken as it stands; an entry of the large gazetteers (thousands of
towns and companies, some of them ordinary words too) only where the tagger also reads a
name there.  A capital used for its government ("أعلنت واشنطن") joins its country's card
as a metonym; a capital named as a place ("في القاهرة") keeps a card of its own.
"""

from __future__ import annotations

from ..doc.normal import key
from .board import Board
from .registry import Registry
from .words import Words

CURATED_PLACES = ("country", "capital", "city", "region", "country_ambiguous")
CURATED_ORGS = ("org", "org_ambiguous")
# entries that are also ordinary words ("فتح"، "مالي") or come from the large gazetteers:
# the tagger must read a name there too
NEEDS_SUPPORT = {"gaz_place": "LOC", "gaz_org": "ORG", "org_ambiguous": "ORG", "country_ambiguous": "LOC"}
GAZETTEER = ("gaz_place", "gaz_org")
_SUPPORT = 0.3  # tagger probability a gazetteer entry needs


def claim(board: Board, reg: Registry, words: Words, classes: tuple[str, ...]) -> None:
    """Claim, left to right and longest first, every free lexicon entry of ``classes``."""
    i = 0
    n = len(board.toks)
    while i < n:
        hit = words.longest(i, classes) if board.owner[i] is None else None
        if hit is None or not board.free(hit.start, hit.end):
            i += 1
            continue
        typ = NEEDS_SUPPORT.get(hit.cls)
        if typ is not None and min(words.p(k, typ) for k in range(hit.start, hit.end)) < _SUPPORT:
            i += 1
            continue
        if hit.cls in GAZETTEER:
            kind = "place" if typ == "LOC" else "organization"
            card = reg.card(f"{kind}:{key(board.surface(hit.start, hit.end, hit.cut))}", kind,
                            f"gazetteer {hit.cls.removeprefix('gaz_')}, the tagger agreeing")
            board.mention(card, hit.start, hit.end, hit.cut)
        elif hit.cls == "capital":
            card = reg.card(f"capital:{key(hit.value)}", "place", "lexicon: capital")
            card.canonical = card.canonical or hit.value
            m = board.mention(card, hit.start, hit.end, hit.cut)
            if _governmental(words, hit.start, hit.end):
                m.role = "metonym"
        elif hit.cls in CURATED_ORGS:
            card = reg.card(f"organization:{key(hit.value)}", "organization", "lexicon: organisation")
            card.canonical = card.canonical or hit.value
            board.mention(card, hit.start, hit.end, hit.cut)
        else:
            country = hit.cls.startswith("country")
            value = hit.value if country else board.surface(hit.start, hit.end, hit.cut)
            card = reg.card(f"place:{key(value)}", "place", f"lexicon: {hit.cls.removesuffix('_ambiguous')}")
            if country:
                card.canonical = card.canonical or hit.value
            board.mention(card, hit.start, hit.end, hit.cut)
        i = hit.end


def _governmental(words: Words, t0: int, t1: int) -> bool:
    """A capital standing for its state: the subject of a reporting verb, before or after it."""
    if words.reporting(t0 - 1) is not None and words.joined(t0):
        return True
    return words.reporting(t1) is not None and words.joined(t1)


def settle_capitals(board: Board, reg: Registry) -> None:
    """A capital joins its state's card when the text names the state too, or when it
    stands for the state ("أعلنت واشنطن"); otherwise it is a city of its own."""
    for country in sorted({k.split(":", 1)[1] for k in reg.by_key if k.startswith("capital:")}):
        cap = reg.get("capital:" + country)
        if cap is None:
            continue
        state = reg.get("place:" + country)
        if state is not None or any(m.role == "metonym" for m in cap.mentions):
            for m in cap.mentions:
                m.role = "metonym"
            if state is None:
                state = reg.card("place:" + country, "place", f"lexicon: country {cap.canonical}")
                state.canonical = cap.canonical
            state.add_why("its capital stands for it")
            reg.merge(cap, state)
        else:
            cap.canonical = None
            cap.why = ["lexicon: capital city (named as a place)"]
