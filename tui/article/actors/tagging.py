"""The name tagger's reading of a document, for the actor stage (loaded lazily, once)."""

from __future__ import annotations

from ..doc import Doc


def tag_doc(doc: Doc) -> object | None:
    """The tagger's labels and probabilities for every token, or None without a model."""
    try:
        from ..models.tagger import tag
    except ImportError:
        return None
    return tag(doc)
