"""Helpers for the quote tests: hand-made actor cards, so quote finding and attribution
are tested without depending on the actor stage."""

from __future__ import annotations

import re

from tui.article.actors import ActorStage
from tui.article.actors.tagging import tag_doc
from tui.article.clean import clean_text
from tui.article.doc import build_doc
from tui.article.model import Actor, Quote
from tui.article.quotes import find_quotes, to_quotes
from tui.article.quotes.cues import find_cues


def cards(text: str, *specs: tuple) -> tuple[Actor, ...]:
    """Actor cards from (name, kind[, aliases[, titles]]) with every mention found in text."""
    out = []
    for i, spec in enumerate(specs, 1):
        name, kind = spec[0], spec[1]
        aliases = tuple(spec[2]) if len(spec) > 2 else ()
        titles = tuple(spec[3]) if len(spec) > 3 else ()
        spans: list[tuple[int, int]] = []
        for n in sorted((name, *aliases), key=len, reverse=True):
            for m in re.finditer(re.escape(n), text):
                if not any(a <= m.start() < b for a, b in spans):
                    spans.append((m.start(), m.end()))
        out.append(Actor(f"a{i}", name, kind, aliases, titles, None, tuple(sorted(spans))))
    return tuple(out)


def quotes_of(text: str, *specs: tuple) -> tuple[tuple[Quote, ...], dict[str, str]]:
    """The quotes of text, and a map actor id -> name."""
    actors = cards(text, *specs)
    quotes, actors = run_quotes(text, actors)
    return quotes, {a.id: a.name for a in actors}


def speaker_of(text: str, snippet: str, *specs: tuple) -> str | None:
    """Name of the speaker of the one quote holding snippet (AssertionError if none)."""
    quotes, names = quotes_of(text, *specs)
    at = text.index(snippet)
    hits = [q for q in quotes if q.start <= at and at + len(snippet) <= q.end + 1]
    assert hits, f"no quote holds {snippet!r}: {[q.text for q in quotes]}"
    return names.get(hits[0].speaker) if hits[0].speaker else None


def run_quotes(text: str, actors: tuple[Actor, ...] = ()) -> tuple[tuple[Quote, ...], tuple[Actor, ...]]:
    """The quote stage alone over given actor cards: (quotes, actors, with any card the
    actor stage made for an uncarded speaker)."""
    doc = build_doc(clean_text(text))
    cues = find_cues(doc)
    stage = ActorStage.with_actors(doc, cues, actors, tag_doc(doc))
    found = find_quotes(doc, cues, stage)
    out_actors, ids = stage.finish(frozenset(f.speaker.n for f in found if f.speaker is not None))
    return to_quotes(doc, found, ids), out_actors
