"""`parse(text, published)`: the one entry point from text to the Article model.

The document is analysed once (``doc``), then the components run in a fixed order, each
reading the layers before it:

    Doc (sentences, tokens, normal form, lexicon hits)
      → name tagger → reporting cues → actors → quote spans and speakers
      → actor cards numbered → time expressions and events → Article
"""

from __future__ import annotations

from .actors import ActorStage
from .actors.tagging import tag_doc
from .clean import clean_text
from .doc import build_doc
from .gcpause import paused
from .model import Article
from .quotes import find_quotes, to_quotes
from .quotes.cues import find_cues
from .time.events import find_events


def parse(text: str, published: str | None = None, meta: dict[str, str] | None = None) -> Article:
    """Analyse one article.  ``published`` (YYYY, YYYY-MM or YYYY-MM-DD) anchors
    relative dates; without it they stay partial or unresolved, never guessed."""
    with paused():  # the collector would only rescan the parse's live objects (gcpause.py)
        # the stages' objects die with _parse's frame, before the collector is back: its first
        # pass then walks only the article (not the whole document: about 7% of a parse)
        return _parse(text, published, meta)


def _parse(text: str, published: str | None, meta: dict[str, str] | None) -> Article:
    text = clean_text(text)
    doc = build_doc(text)
    cues = find_cues(doc)
    stage = ActorStage(doc, cues, tag_doc(doc)).run()
    found = find_quotes(doc, cues, stage)
    actors, ids = stage.finish(frozenset(f.speaker.n for f in found if f.speaker is not None))
    quotes = to_quotes(doc, found, ids)
    events = find_events(doc, actors, published, [(q.start, q.end) for q in quotes if q.kind != "indirect"])
    return Article(text=text, published=published, sentences=doc.sentences, actors=actors, quotes=quotes,
                   events=events, meta=dict(meta or {}))
