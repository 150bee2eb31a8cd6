"""The corpus as the panes see it: articles, merged cards, quotes and events across all
articles, each list in a fixed order, and ``apply`` — a Filter to the visible positions.

Lists are plain Python lists built once; ``apply`` answers with ascending positions into
them (a ``range`` when nothing is filtered), from precomputed per-card, per-article and
per-kind position lists and the panes' text indexes (``tui.corpus.index``), so filtering
100,000 quotes is a few set operations.  The facets mean what they mean for one article
(kinds, affiliations, speakers choose cards; quote kinds; the events' date range), plus
the corpus's own: outlets and the articles' dates choose articles, and so their quotes,
events and cards.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from tui.article.doc.normal import key as normal_key
from tui.article.model import ACTOR_KINDS, QUOTE_KINDS, Event, Quote
from tui.view.filter import Filter, _any_matches, date_bounds

from .index import TextIndex
from .load import CorpusDoc
from .merge import Card, MergeResult

INDEX_NOW = 20_000  # items: smaller lists are indexed at once, larger ones in the background
NO_OUTLET = "(no outlet)"


class CQuote(NamedTuple):  # tuples: 100,000s are made when a corpus opens
    doc: int
    quote: Quote
    card: int  # the speaker's card, -1 when the text names no speaker


class CEvent(NamedTuple):
    doc: int
    event: Event
    cards: tuple[int, ...]


@dataclass(frozen=True)
class CorpusVisible:
    """Ascending positions into CorpusView's lists."""

    articles: Sequence[int]
    cards: Sequence[int]
    quotes: Sequence[int]
    events: Sequence[int]


def _norm(s: str) -> str:
    return normal_key(s).casefold()


class CorpusView:
    def __init__(self, docs: list[CorpusDoc], merged: MergeResult) -> None:
        self.docs = docs
        self.by_index = {d.index: d for d in docs}
        self.cards: list[Card] = merged.cards
        self.merged = merged
        # articles: by date, then name; unreadable ones last
        self.articles = sorted((d.index for d in docs), key=self._article_order)
        self.quotes: list[CQuote] = []
        self.events: list[CEvent] = []
        card_of = merged.card_of
        unattributed = len(self.cards)
        for d in docs:
            if d.article is None:
                continue
            for q in d.article.quotes:
                c = card_of.get((d.index, q.speaker), -1) if q.speaker else -1
                self.quotes.append(CQuote(d.index, q, c))
            for e in d.article.events:
                cards = tuple(sorted({card_of[(d.index, a)] for a in e.actors if (d.index, a) in card_of}))
                self.events.append(CEvent(d.index, e, cards))
        order = {i: n for n, i in enumerate(self.articles)}
        self.quotes.sort(key=lambda q: (q.card if q.card >= 0 else unattributed, order[q.doc], q.quote.start,
                                        q.quote.id))
        bounds = {id(e): date_bounds(e.event.time.value) if e.event.time else None for e in self.events}
        never = (dt.date.max, dt.date.max)
        # as the single-article timeline (event_sort_key): dated first by first day, then shorter spans
        self.events.sort(key=lambda e: (bounds[id(e)] is None, *(bounds[id(e)] or never), order[e.doc],
                                        e.event.start, e.event.id))
        self.article_pos = {i: n for n, i in enumerate(self.articles)}
        # position lists for the facets
        self.quotes_by_card: dict[int, list[int]] = defaultdict(list)
        self.quotes_by_doc: dict[int, list[int]] = defaultdict(list)
        self.quotes_by_kind: dict[str, list[int]] = defaultdict(list)
        for n, q in enumerate(self.quotes):
            self.quotes_by_card[q.card].append(n)
            self.quotes_by_doc[q.doc].append(n)
            self.quotes_by_kind[q.quote.kind].append(n)
        self.events_by_card: dict[int, list[int]] = defaultdict(list)
        self.events_by_doc: dict[int, list[int]] = defaultdict(list)
        for n, e in enumerate(self.events):
            for c in e.cards:
                self.events_by_card[c].append(n)
            self.events_by_doc[e.doc].append(n)
        self.event_bounds = [bounds[id(e)] for e in self.events]
        self.card_by_id = {c.id: n for n, c in enumerate(self.cards)}
        self._indexes: dict[str, TextIndex] = {}
        self._index_lock = threading.Lock()
        self._range_memo: dict[tuple, frozenset[int]] = {}
        if len(self.quotes) <= INDEX_NOW:
            self.build_indexes()

    # -- what each item is called -------------------------------------------------------
    def _article_order(self, index: int) -> tuple:
        d = self.by_index[index]
        date = d.date[0]
        return (not d.ok, date is None, date or "", d.name, d.index)

    def doc(self, index: int) -> CorpusDoc:
        return self.by_index[index]

    def outlet(self, index: int) -> str:
        return self.by_index[index].outlet or NO_OUTLET

    def speaker_names(self, q: CQuote) -> tuple[str, ...]:
        if q.card >= 0:
            return self.cards[q.card].names
        return ()

    # -- the panes' text fields -------------------------------------------------------------
    def _fields(self, pane: str) -> list[tuple[str | None, ...]]:
        if pane == "articles":
            out = []
            for i in self.articles:
                d = self.by_index[i]
                out.append((d.title, d.name, d.outlet, d.date[0], d.error))
            return out
        if pane == "cards":
            return [(*c.names, *(t for t, _ in c.titles), *c.affiliations, c.kind) for c in self.cards]
        if pane == "quotes":
            return [(q.quote.text, *self.speaker_names(q), q.quote.cue) for q in self.quotes]
        return [(e.event.summary, e.event.time.text if e.event.time else None,
                 e.event.time.value if e.event.time else None) for e in self.events]

    PANES = ("articles", "cards", "quotes", "events")

    def build_indexes(self) -> None:
        """Index every pane's texts (call from a worker thread for a large corpus)."""
        for pane in self.PANES:
            if pane not in self._indexes:
                index = TextIndex(self._fields(pane))
                with self._index_lock:
                    self._indexes[pane] = index

    @property
    def indexed(self) -> bool:
        return len(self._indexes) == len(self.PANES)

    def _matching(self, pane: str, query: str) -> frozenset[int] | None:
        if not query.strip():
            return None
        index = self._indexes.get(pane)
        if index is not None:
            return index.matching(query)
        return frozenset(n for n, f in enumerate(self._fields(pane)) if _any_matches(query, f))

    # -- facets --------------------------------------------------------------------------
    def facet_values(self) -> dict[str, list[str]]:
        speakers = sorted({self.cards[c].name for c in self.quotes_by_card if c >= 0}, key=lambda s: (_norm(s), s))
        affiliations = sorted({a for c in self.cards for a in c.affiliations}, key=lambda s: (_norm(s), s))
        outlets = sorted({self.outlet(d.index) for d in self.docs if d.ok}, key=lambda s: (_norm(s), s))
        return {"kinds": list(ACTOR_KINDS), "affiliations": affiliations, "speakers": speakers,
                "quote_kinds": list(QUOTE_KINDS), "outlets": outlets}

    def _card_ids(self, flt: Filter) -> set[int] | None:
        ids: set[int] | None = None

        def narrow(chosen: Iterable[int]) -> None:
            nonlocal ids
            ids = set(chosen) if ids is None else ids & set(chosen)

        if flt.kinds:
            narrow(n for n, c in enumerate(self.cards) if c.kind in flt.kinds)
        if flt.affiliations:
            wanted = {_norm(x) for x in flt.affiliations}
            narrow(n for n, c in enumerate(self.cards) if any(_norm(a) in wanted for a in c.affiliations))
        if flt.speakers:
            wanted = {_norm(x) for x in flt.speakers}
            narrow(n for n, c in enumerate(self.cards) if any(_norm(s) in wanted for s in c.names))
        if flt.actor is not None:
            narrow([self.card_by_id[flt.actor]] if flt.actor in self.card_by_id else [])
        return ids

    def _doc_ids(self, flt: Filter) -> set[int] | None:
        if not flt.outlets and not flt.article_from and not flt.article_to:
            return None
        lo_b = date_bounds(flt.article_from) if flt.article_from else None
        hi_b = date_bounds(flt.article_to) if flt.article_to else None
        lo, hi = (lo_b[0] if lo_b else None), (hi_b[1] if hi_b else None)
        out = set()
        for d in self.docs:
            if not d.ok:
                continue
            if flt.outlets and self.outlet(d.index) not in flt.outlets:
                continue
            if (lo or hi) and not _overlaps(date_bounds(d.date[0]), lo, hi):
                continue
            out.add(d.index)
        return out

    def _events_in(self, flt: Filter) -> frozenset[int] | None:
        if not flt.date_from and not flt.date_to:
            return None
        key = (flt.date_from, flt.date_to)
        if key not in self._range_memo:
            lo_b = date_bounds(flt.date_from) if flt.date_from else None
            hi_b = date_bounds(flt.date_to) if flt.date_to else None
            lo, hi = (lo_b[0] if lo_b else None), (hi_b[1] if hi_b else None)
            self._range_memo = {key: frozenset(n for n, b in enumerate(self.event_bounds) if _overlaps(b, lo, hi))}
        return self._range_memo[key]

    # -- the filter ----------------------------------------------------------------------
    def apply(self, flt: Filter) -> CorpusVisible:
        cards = self._card_ids(flt)
        docs = self._doc_ids(flt)

        def positions(n: int, *sets: Iterable[int] | None) -> Sequence[int]:
            chosen = [s if isinstance(s, set | frozenset) else set(s) for s in sets if s is not None]
            if not chosen:
                return range(n)
            chosen.sort(key=len)
            found = set(chosen[0])
            for s in chosen[1:]:
                found &= s
                if not found:
                    break
            return sorted(found)

        def union(lists: dict[int, list[int]] | dict[str, list[int]], keys: Iterable) -> set[int]:
            out: set[int] = set()
            for k in keys:
                out.update(lists.get(k, ()))
            return out

        # articles: the outlet and date facets, the actor chosen, their "/" line
        article_sets: list[Iterable[int] | None] = [self._matching("articles", flt.articles_query)]
        if docs is not None:
            article_sets.append({self.article_pos[i] for i in docs})
        if flt.actor is not None and cards is not None:
            article_sets.append({self.article_pos[i] for c in cards for i in self.cards[c].docs})
        articles = positions(len(self.articles), *article_sets)

        card_sets: list[Iterable[int] | None] = [cards, self._matching("cards", flt.actors_query)]
        if docs is not None:
            card_sets.append({n for n, c in enumerate(self.cards) if any(i in docs for i in c.docs)})
        shown_cards = positions(len(self.cards), *card_sets)

        quote_sets: list[Iterable[int] | None] = [self._matching("quotes", flt.quotes_query)]
        if cards is not None:
            quote_sets.append(union(self.quotes_by_card, cards))
        if docs is not None:
            quote_sets.append(union(self.quotes_by_doc, docs))
        if flt.quote_kinds:
            quote_sets.append(union(self.quotes_by_kind, flt.quote_kinds))
        quotes = positions(len(self.quotes), *quote_sets)

        event_sets: list[Iterable[int] | None] = [self._matching("events", flt.timeline_query), self._events_in(flt)]
        if cards is not None:
            event_sets.append(union(self.events_by_card, cards))
        if docs is not None:
            event_sets.append(union(self.events_by_doc, docs))
        events = positions(len(self.events), *event_sets)
        return CorpusVisible(articles, shown_cards, quotes, events)


def _overlaps(b: tuple[dt.date, dt.date] | None, lo: dt.date | None, hi: dt.date | None) -> bool:
    if lo is None and hi is None:
        return True
    if b is None:
        return False
    return (hi is None or b[0] <= hi) and (lo is None or b[1] >= lo)
