"""A Filter says what the user wants to see; ``apply`` turns an Article into the visible items.

Text queries are Arabic-aware: both sides are normalised (``tui.article.doc.normal.key``:
no tashkeel or tatweel, one alef, ى→ي, ة→ه) and a query word meets a text word with or
without its clitics (و ف ب ل ك ال وال بال …), so "الرئيس" finds "والرئيس" and "رئيس".
Arabic-Indic digits match ASCII ones.  The last query word also matches as a prefix, so
typing live narrows step by step; words in quotes ("…" or «…») must be consecutive.
A leading "!" negates the whole query.  Spans for highlighting are in the ORIGINAL text.

Facets (kinds, affiliations, speakers) choose actors and apply to every pane: the
actors shown, the quotes they speak and the events they take part in.  The date range
applies to the timeline; an event whose date (a day, month, week, season, interval …)
overlaps the range is in.  Presets store speakers by NAME, not id, so they outlive articles.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

from tui.article.clean import has_controls
from tui.article.doc.normal import key as normalize
from tui.article.model import ACTOR_KINDS, QUOTE_KINDS, Actor, Article, Event, Quote

# Proclitic chains, longest first: conjunction (و ف), preposition (ب ل ك), article (ال).
# "لل" is ل + ال with the alef dropped ("للرئيس" = ل + الرئيس).
_CLITICS = (
    "وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل",
    "لل", "ال", "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك",
)
_MIN_STEM = 2  # never strip a clitic that would leave fewer letters than this
# A word: letters, digits and the marks inside them (tashkeel), never punctuation such
# as the Arabic comma "،" that a broad U+0600–U+06FF class would swallow.
_WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]+")
_ISO_PREFIX = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


# Arabic-Indic and Persian digits match the ASCII ones ("٢٠٢٣" finds "2023" and back).
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@lru_cache(maxsize=65536)
def _forms(word: str) -> frozenset[str]:
    """A normalised word and every form of it with a leading clitic chain removed."""
    w = normalize(word).casefold().translate(_DIGITS)
    out = {w}
    for c in _CLITICS:
        if w.startswith(c) and len(w) - len(c) >= _MIN_STEM:
            out.add(w[len(c):])
            if c.endswith("لل"):  # ل + ال: also offer the form with the article
                out.add("ال" + w[len(c):])
    return frozenset(out)


_MIN_PREFIX_STEM = 3  # a clitic-stripped stem shorter than this never matches as a prefix


@dataclass(frozen=True, slots=True)
class _Word:
    forms: frozenset[str]  # exact forms: the word and its clitic-stripped stems
    prefixes: frozenset[str]  # forms that may match the start of a text word (while typing)


def _query_word(word: str) -> _Word:
    forms = _forms(word)
    full = normalize(word).casefold().translate(_DIGITS)
    # "كان" must not find every word starting with "ان": short stems match whole words only.
    return _Word(forms, frozenset(f for f in forms if f == full or len(f) >= _MIN_PREFIX_STEM))


@dataclass(frozen=True, slots=True)
class _Query:
    terms: tuple[tuple[_Word, ...], ...]  # each term is a word or a quoted phrase of words
    negated: bool

    @property
    def empty(self) -> bool:
        return not self.terms


# A phrase in straight or Arabic/typographic quotes; an unclosed quote runs to the end
# (the user is still typing it).
_PHRASE = re.compile(r"[\"«“”]([^\"«»“”]*)(?:[\"»”“]|$)")


@lru_cache(maxsize=1024)
def _parse_query(query: str) -> _Query:
    q = query.strip()
    negated = q.startswith("!")
    if negated:
        q = q[1:]
    terms: list[tuple[_Word, ...]] = []
    pos = 0
    for m in _PHRASE.finditer(q):
        terms += [(w,) for w in _words(q[pos:m.start()])]
        phrase = tuple(_words(m.group(1)))
        if phrase:
            terms.append(phrase)
        pos = m.end()
    terms += [(w,) for w in _words(q[pos:])]
    return _Query(tuple(terms), negated)


def _words(s: str) -> list[_Word]:
    return [w for w in (_query_word(m.group()) for m in _WORD.finditer(s)) if w.forms - {""}]


@lru_cache(maxsize=65536)  # (a query word, a text word's forms): long articles repeat their words
def _word_meets(q: _Word, t_forms: frozenset[str], prefix: bool) -> bool:
    if q.forms & t_forms:
        return True
    if prefix:
        return any(t.startswith(p) for p in q.prefixes for t in t_forms)
    return False


# A text as (forms, start, end) per word; None separates fields a phrase must not cross.
_Tok = tuple[frozenset[str], int, int] | None


def _toks(texts: Iterable[str | None]) -> list[_Tok]:
    return list(_toks_of(tuple(texts)))


@lru_cache(maxsize=16384)  # an item's fields are tokenised once, not on every keystroke
def _toks_of(texts: tuple[str | None, ...]) -> tuple[_Tok, ...]:
    out: list[_Tok] = []
    for t in texts:
        if t:
            out += [(_forms(m.group()), m.start(), m.end()) for m in _WORD.finditer(t)]
            out.append(None)
    return tuple(out)


def _term_hits(term: tuple[_Word, ...], toks: Sequence[_Tok], prefix_last: bool) -> list[tuple[int, int]]:
    """Token index ranges [i, i+len(term)) where the term's words meet consecutive words."""
    n = len(term)
    if n == 1:  # the common case, kept simple for speed
        w = term[0]
        return [(i, i + 1) for i, t in enumerate(toks) if t is not None and _word_meets(w, t[0], prefix_last)]
    hits = []
    for i in range(len(toks) - n + 1):
        window = toks[i:i + n]
        if all(t is not None and _word_meets(w, t[0], prefix_last and j == n - 1)
               for j, (w, t) in enumerate(zip(term, window, strict=True))):
            hits.append((i, i + n))
    return hits


def _positive_match(q: _Query, toks: Sequence[_Tok]) -> bool:
    last = len(q.terms) - 1
    return all(_term_hits(term, toks, i == last) for i, term in enumerate(q.terms))


def text_matches(query: str, text: str) -> bool:
    """True when every query word (or quoted phrase) meets ``text`` (Arabic-aware); "!" negates."""
    return _any_matches(query, (text,))


def _any_matches(query: str, texts: Iterable[str | None]) -> bool:
    q = _parse_query(query)
    if q.empty:
        return True
    return _positive_match(q, _toks_of(tuple(texts))) != q.negated


def match_spans(query: str, text: str) -> list[tuple[int, int]]:
    """Sorted (start, end) offsets in ``text`` of each word or phrase the query meets;
    none for "!" queries."""
    q = _parse_query(query)
    if q.empty or q.negated:
        return []
    toks = _toks((text,))
    last = len(q.terms) - 1
    spans: set[tuple[int, int]] = set()
    for i, term in enumerate(q.terms):
        for a, b in _term_hits(term, toks, i == last):
            first, final = toks[a], toks[b - 1]
            assert first is not None and final is not None
            spans.add((first[1], final[2]))
    return _merge(sorted(spans))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


# -- dates ------------------------------------------------------------------------------

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_DECADE = re.compile(r"^(\d{3})X?$")


def _month_span(y: int, m1: int, m2: int) -> tuple[dt.date, dt.date]:
    y2, m2 = (y + (m2 - 1) // 12, (m2 - 1) % 12 + 1)
    return dt.date(y, m1, 1), dt.date(y2, m2, calendar.monthrange(y2, m2)[1])


def date_bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day a TIMEX3 value covers, or None when it has no place in time
    (None, an unknown year "XXXX-08-07", PRESENT_REF …)."""
    if not value:
        return None
    if "/" in value:
        a, _, b = value.partition("/")
        first, last = date_bounds(a), date_bounds(b)
        if first is None or last is None:
            return first or last
        if first[0] > last[1]:  # written backwards
            first, last = last, first
        return first[0], max(first[1], last[1])
    try:
        if m := _DAY.match(value):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(value):
            return _month_span(int(m[1]), int(m[2]), int(m[2]))
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
        if m := _WEEK.match(value):
            mon = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return mon, mon + dt.timedelta(days=6)
        if m := _SEASON.match(value):
            return _month_span(int(m[1]), *_SEASONS[m[2]])
        if m := _QUARTER.match(value):
            q = int(m[2])
            return _month_span(int(m[1]), 3 * q - 2, 3 * q)
        if m := _HALF.match(value):
            h = int(m[2])
            return _month_span(int(m[1]), 6 * h - 5, 6 * h)
        if m := _DECADE.match(value):
            return dt.date(int(m[1]) * 10, 1, 1), dt.date(int(m[1]) * 10 + 9, 12, 31)
    except ValueError:  # 2023-02-30, week 54 …
        return None
    return None


def is_date_prefix(value: str) -> bool:
    """True for a real date written YYYY, YYYY-MM or YYYY-MM-DD (what a date range accepts)."""
    return bool(_ISO_PREFIX.match(value)) and date_bounds(value) is not None


def _event_bounds(e: Event) -> tuple[dt.date, dt.date] | None:
    return date_bounds(e.time.value) if e.time else None


def event_sort_key(e: Event) -> tuple[int, dt.date, dt.date, int, int, str]:
    """Timeline order: dated events by their first day (then the shorter span first),
    undated ones after; ties keep text order, then the id (a total order: no tie is left
    to the input's order)."""
    b = _event_bounds(e)
    lo, hi = b if b else (dt.date.max, dt.date.max)
    return (0 if b else 1, lo, hi, e.start, e.end, e.id)


# -- the filter -------------------------------------------------------------------------

_SET_FIELDS = ("kinds", "affiliations", "speakers", "quote_kinds", "outlets")
_STR_FIELDS = ("actors_query", "quotes_query", "timeline_query", "source_query", "articles_query", "corpus")
_DATE_FIELDS = ("date_from", "date_to", "article_from", "article_to")


@dataclass(frozen=True)
class Filter:
    actors_query: str = ""  # "/" line of the Actors pane
    quotes_query: str = ""  # "/" line of the Quotes pane
    timeline_query: str = ""  # "/" line of the Timeline pane
    source_query: str = ""  # "/" line of the Source pane (highlights only)
    kinds: frozenset[str] = field(default_factory=frozenset)
    affiliations: frozenset[str] = field(default_factory=frozenset)
    speakers: frozenset[str] = field(default_factory=frozenset)  # names, not ids
    quote_kinds: frozenset[str] = field(default_factory=frozenset)
    date_from: str | None = None  # ISO prefix, inclusive
    date_to: str | None = None  # ISO prefix, inclusive (2023-08 means to the end of August)
    actor: str | None = None  # selected actor id; never saved in presets
    # Corpus mode (tui/corpus): a single article ignores these.
    articles_query: str = ""  # "/" line of the Articles pane
    outlets: frozenset[str] = field(default_factory=frozenset)
    article_from: str | None = None  # the articles' own (publication) dates, inclusive
    article_to: str | None = None
    corpus: str = ""  # a preset saved in corpus mode names its corpus (a folder, files' folder or .jsonl)

    def is_empty(self) -> bool:
        return self == Filter()

    def describe(self) -> str:
        """One short line for the status bar ("" when nothing is filtered)."""
        parts: list[str] = []
        if self.actor:
            parts.append(f"actor {self.actor}")
        for label, val in (("articles", self.articles_query), ("actors", self.actors_query),
                           ("quotes", self.quotes_query), ("timeline", self.timeline_query),
                           ("source", self.source_query)):
            if val.strip():
                parts.append(f"{label}/{val.strip()}")
        for label, vals in (("kind", self.kinds), ("aff", self.affiliations),
                            ("speaker", self.speakers), ("quote", self.quote_kinds), ("outlet", self.outlets)):
            if vals:
                parts.append(f"{label}={','.join(sorted(vals))}")
        if self.date_from or self.date_to:
            parts.append(f"date {self.date_from or '…'}..{self.date_to or '…'}")
        if self.article_from or self.article_to:
            parts.append(f"articles {self.article_from or '…'}..{self.article_to or '…'}")
        if self.corpus:
            parts.append(f"corpus {self.corpus}")
        return " · ".join(parts)

    def to_toml(self) -> dict[str, Any]:
        """What a preset stores: the non-default fields, sets as sorted lists, no ``actor``."""
        out: dict[str, Any] = {}
        for name in _STR_FIELDS:
            if getattr(self, name):
                out[name] = getattr(self, name)
        for name in _SET_FIELDS:
            if getattr(self, name):
                out[name] = sorted(getattr(self, name))
        for name in _DATE_FIELDS:
            if getattr(self, name) is not None:
                out[name] = getattr(self, name)
        return out

    @classmethod
    def from_toml(cls, d: dict[str, Any]) -> Filter:
        """Build a Filter from a preset table; ValueError("field: expected …") on a bad value.
        Unknown keys are an error too (a typo would otherwise be silently ignored)."""
        if not isinstance(d, dict):
            raise ValueError("expected a table of filter fields")
        known = {f.name for f in fields(cls)} - {"actor"}
        for key in d:
            if key not in known:
                raise ValueError(f"{key}: unknown field (expected one of {', '.join(sorted(known))})")
        kw: dict[str, Any] = {}
        for name in _STR_FIELDS:
            if name in d:
                if not isinstance(d[name], str):
                    raise ValueError(f"{name}: expected a string")
                if has_controls(d[name]):  # the terminal would obey an escape shown in the status bar
                    raise ValueError(f"{name}: expected a string without control characters")
                kw[name] = d[name]
        for name in _SET_FIELDS:
            if name in d:
                v = d[name]
                if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                    raise ValueError(f"{name}: expected a list of strings")
                if any(has_controls(x) for x in v):
                    raise ValueError(f"{name}: expected strings without control characters")
                kw[name] = frozenset(v)
        for name in _DATE_FIELDS:
            if name in d:
                v = d[name]
                if type(v) is dt.date:  # an unquoted TOML date: date_from = 2021-05-01
                    v = v.isoformat()
                if not isinstance(v, str) or not is_date_prefix(v):
                    raise ValueError(f"{name}: expected a date string YYYY, YYYY-MM or YYYY-MM-DD")
                kw[name] = v
        bad = set(kw.get("kinds", ())) - set(ACTOR_KINDS)
        if bad:
            raise ValueError(f"kinds: expected values among {', '.join(ACTOR_KINDS)} (got {', '.join(sorted(bad))})")
        bad = set(kw.get("quote_kinds", ())) - set(QUOTE_KINDS)
        if bad:
            raise ValueError(f"quote_kinds: expected values among {', '.join(QUOTE_KINDS)} "
                             f"(got {', '.join(sorted(bad))})")
        return cls(**kw)


@dataclass(frozen=True)
class Visible:
    actors: tuple[Actor, ...]
    quotes: tuple[Quote, ...]
    events: tuple[Event, ...]


def _actor_names(a: Actor) -> tuple[str, ...]:
    return (a.name, *a.aliases)


def _affiliation_texts(article: Article, a: Actor) -> tuple[str, ...]:
    """What an actor's affiliation says: the affiliated card's names when it is an id."""
    if not a.affiliation:
        return ()
    other = article.actor(a.affiliation)
    return _actor_names(other) if other is not None else (a.affiliation,)


def _affiliation_names(article: Article, a: Actor) -> set[str]:
    """Normalised forms of an actor's affiliation: the string itself and, when it is
    another actor's id, that actor's name and aliases."""
    if not a.affiliation:
        return set()
    out = {normalize(a.affiliation).casefold()}
    other = article.actor(a.affiliation)
    if other is not None:
        out |= {normalize(n).casefold() for n in _actor_names(other)}
    return out


def _facet_actor_ids(article: Article, flt: Filter) -> set[str] | None:
    """Ids of the actors the facets choose, or None when no actor facet is set."""
    ids: set[str] | None = None

    def narrow(chosen: Iterable[str]) -> None:
        nonlocal ids
        ids = set(chosen) if ids is None else ids & set(chosen)

    if flt.kinds:
        narrow(a.id for a in article.actors if a.kind in flt.kinds)
    if flt.affiliations:
        wanted = {normalize(x).casefold() for x in flt.affiliations}
        narrow(a.id for a in article.actors if _affiliation_names(article, a) & wanted)
    if flt.speakers:
        wanted = {normalize(x).casefold() for x in flt.speakers}
        narrow(a.id for a in article.actors if any(normalize(n).casefold() in wanted for n in _actor_names(a)))
    if flt.actor is not None:
        narrow([flt.actor])
    return ids


def _in_range(e: Event, lo: dt.date | None, hi: dt.date | None) -> bool:
    if lo is None and hi is None:
        return True
    b = _event_bounds(e)
    if b is None:
        return False
    return (hi is None or b[0] <= hi) and (lo is None or b[1] >= lo)


def apply(article: Article, flt: Filter) -> Visible:
    """The items each pane shows under ``flt``; every pane keeps the article's order."""
    ids = _facet_actor_ids(article, flt)
    names = {a.id: a for a in article.actors}

    actors = tuple(
        a for a in article.actors
        if (ids is None or a.id in ids)
        and _any_matches(flt.actors_query, (*_actor_names(a), *a.titles, *_affiliation_texts(article, a), a.kind))
    )

    def speaker_names(q: Quote) -> tuple[str, ...]:
        a = names.get(q.speaker) if q.speaker else None
        return _actor_names(a) if a else ()

    quotes = tuple(
        q for q in article.quotes
        if (ids is None or q.speaker in ids)
        and (not flt.quote_kinds or q.kind in flt.quote_kinds)
        and _any_matches(flt.quotes_query, (q.text, *speaker_names(q), q.cue))
    )

    lo_b = date_bounds(flt.date_from) if flt.date_from else None
    hi_b = date_bounds(flt.date_to) if flt.date_to else None
    lo, hi = (lo_b[0] if lo_b else None), (hi_b[1] if hi_b else None)
    events = tuple(
        e for e in article.events
        if (ids is None or any(x in ids for x in e.actors))
        and _in_range(e, lo, hi)
        and _any_matches(flt.timeline_query, (e.summary, e.time.text if e.time else None,
                                               e.time.value if e.time else None))
    )
    return Visible(actors, quotes, events)
