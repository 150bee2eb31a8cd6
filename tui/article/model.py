"""The parsed article: one immutable model that every pane, export and test reads.

Offsets are Python ``str`` indices into ``Article.text`` (``text[start:end]``, end
exclusive), so every item can be traced back to its span.  ``to_json`` / ``from_json``
speak the contract in ``corpus/FORMAT.md`` (schema ``marsad.article/1``) plus a few
extra keys (``why``, ``cue_span``, ``relation`` …) that the contract welcomes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "marsad.article/1"

ACTOR_KINDS = ("person", "organization", "place", "group", "anonymous")
QUOTE_KINDS = ("direct", "indirect", "mixed")

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    affiliation: str | None = None
    mentions: tuple[Span, ...] = ()
    why: str = ""  # the rule or lexicon entry that recognised it


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None = None  # an Actor id, or None when the text names no source
    cue: str | None = None  # the reporting verb or phrase as written
    cue_span: Span | None = None
    why: str = ""  # why this speaker was chosen


@dataclass(frozen=True, slots=True)
class TimeValue:
    start: int
    end: int
    text: str
    value: str | None  # TIMEX3-style ISO value, or None when it cannot be placed
    approximate: bool = False  # a range, season, partial or fuzzy value
    relation: str | None = None  # how it was resolved ("published-1d", "after:e2" …)


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    start: int
    end: int
    summary: str
    actors: tuple[str, ...] = ()
    time: TimeValue | None = None
    why: str = ""
    relation: str | None = None  # "after:e1" for an undated event ordered by the text


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    published: str | None = None
    sentences: tuple[Sentence, ...] = ()
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    meta: dict[str, str] = field(default_factory=dict)  # title, source … from the seed's .toml

    # -- look-ups the panes share -------------------------------------------------
    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def sentence_at(self, offset: int) -> Sentence | None:
        return next((s for s in self.sentences if s.start <= offset < s.end), None)

    def quotes_by(self, actor_id: str) -> tuple[Quote, ...]:
        return tuple(q for q in self.quotes if q.speaker == actor_id)

    def events_with(self, actor_id: str) -> tuple[Event, ...]:
        return tuple(e for e in self.events if actor_id in e.actors)

    # -- the JSON contract -----------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "text": self.text,
            "published": self.published,
            "meta": dict(self.meta),
            "sentences": [{"start": s.start, "end": s.end} for s in self.sentences],
            "actors": [_actor_dict(a) for a in self.actors],
            "quotes": [_quote_dict(q) for q in self.quotes],
            "events": [_event_dict(e) for e in self.events],
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} document (schema={data.get('schema')!r})")
        return cls(
            text=data["text"],
            published=data.get("published"),
            meta=dict(data.get("meta") or {}),
            sentences=tuple(Sentence(s["start"], s["end"]) for s in data.get("sentences", [])),
            actors=tuple(_actor_from(a) for a in data.get("actors", [])),
            quotes=tuple(_quote_from(q) for q in data.get("quotes", [])),
            events=tuple(_event_from(e) for e in data.get("events", [])),
        )

    @classmethod
    def from_json(cls, raw: str) -> Article:
        return cls.from_dict(json.loads(raw))


def _span(pair: Any) -> Span | None:
    return None if pair is None else (int(pair[0]), int(pair[1]))


def _actor_dict(a: Actor) -> dict[str, Any]:
    return {
        "id": a.id,
        "name": a.name,
        "kind": a.kind,
        "aliases": list(a.aliases),
        "titles": list(a.titles),
        "affiliation": a.affiliation,
        "mentions": [list(m) for m in a.mentions],
        "why": a.why,
    }


def _actor_from(d: dict[str, Any]) -> Actor:
    return Actor(
        id=d["id"],
        name=d["name"],
        kind=d["kind"],
        aliases=tuple(d.get("aliases", ())),
        titles=tuple(d.get("titles", ())),
        affiliation=d.get("affiliation"),
        mentions=tuple((int(m[0]), int(m[1])) for m in d.get("mentions", ())),
        why=d.get("why", ""),
    )


def _quote_dict(q: Quote) -> dict[str, Any]:
    return {
        "id": q.id,
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "kind": q.kind,
        "speaker": q.speaker,
        "cue": q.cue,
        "cue_span": list(q.cue_span) if q.cue_span else None,
        "why": q.why,
    }


def _quote_from(d: dict[str, Any]) -> Quote:
    return Quote(
        id=d["id"],
        start=d["start"],
        end=d["end"],
        text=d["text"],
        kind=d["kind"],
        speaker=d.get("speaker"),
        cue=d.get("cue"),
        cue_span=_span(d.get("cue_span")),
        why=d.get("why", ""),
    )


def _time_dict(t: TimeValue | None) -> dict[str, Any] | None:
    if t is None:
        return None
    return {
        "start": t.start,
        "end": t.end,
        "text": t.text,
        "value": t.value,
        "approximate": t.approximate,
        "relation": t.relation,
    }


def _time_from(d: dict[str, Any] | None) -> TimeValue | None:
    if d is None:
        return None
    return TimeValue(
        start=d["start"],
        end=d["end"],
        text=d["text"],
        value=d.get("value"),
        approximate=bool(d.get("approximate", False)),
        relation=d.get("relation"),
    )


def _event_dict(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "start": e.start,
        "end": e.end,
        "summary": e.summary,
        "actors": list(e.actors),
        "time": _time_dict(e.time),
        "why": e.why,
        "relation": e.relation,
    }


def _event_from(d: dict[str, Any]) -> Event:
    return Event(
        id=d["id"],
        start=d["start"],
        end=d["end"],
        summary=d["summary"],
        actors=tuple(d.get("actors", ())),
        time=_time_from(d.get("time")),
        why=d.get("why", ""),
        relation=d.get("relation"),
    )
