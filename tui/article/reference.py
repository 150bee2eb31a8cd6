"""Which publication date relative dates resolve against, and where it came from.

Order: the ``--published`` flag, a date the user set in the dashboard for this file, the
article's metadata (a ``.toml`` beside it), the article's own dateline; else unknown.
A dateline without a year is kept for the dashboard to show (and offer), never used."""

from __future__ import annotations

from dataclasses import dataclass

from .dateline import find_dateline

SOURCES = {
    "flag": "--published",
    "user": "set by you",
    "metadata": "metadata",
    "dateline": "the article's dateline",
    "unknown": "unknown",
}


@dataclass(frozen=True)
class Reference:
    published: str | None  # YYYY[-MM[-DD]], or None
    source: str  # a key of SOURCES
    dateline: str | None = None  # the dateline as read (YYYY-MM-DD or XXXX-MM-DD), even when unused


def content_key(text: str) -> str:
    """What a file is remembered by in state.toml: a hash of its text (not its path, so a
    renamed or moved copy keeps its settings)."""
    import hashlib  # only the dashboard remembers files: a plain parse never loads OpenSSL

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def choose(text: str, flag: str | None = None, user: str | None = None, metadata: str | None = None) -> Reference:
    found = find_dateline(text)
    dateline = found[0] if found else None
    for source, value in (("flag", flag), ("user", user), ("metadata", metadata)):
        if value:
            return Reference(value, source, dateline)
    if dateline and not dateline.startswith("XXXX"):
        return Reference(dateline, "dateline", dateline)
    return Reference(None, "unknown", dateline)
