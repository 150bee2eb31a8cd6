"""`parse(text, published)`: the one entry point from text to the Article model."""

from __future__ import annotations

from .actors import find_actors
from .clean import clean_text
from .model import Article
from .quotes import find_quotes
from .text import sentences
from .timeline import find_events


def parse(text: str, published: str | None = None, meta: dict[str, str] | None = None) -> Article:
    """Analyse one article.  ``published`` (YYYY, YYYY-MM or YYYY-MM-DD) anchors
    relative dates; without it they stay partial or unresolved, never guessed."""
    text = clean_text(text)
    sents = sentences(text)
    actors = find_actors(text, sents)
    quotes, actors = find_quotes(text, sents, actors)
    events = find_events(text, sents, actors, published)
    return Article(
        text=text,
        published=published,
        sentences=sents,
        actors=actors,
        quotes=quotes,
        events=events,
        meta=dict(meta or {}),
    )
