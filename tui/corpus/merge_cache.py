"""The merged cards of an unchanged corpus, kept so reopening 10,000 articles does not merge
them again (merging is a third of the opening; see tests/bench.py).

One file per corpus (named by its articles' paths) under ``<cache folder>/merges/`` holds
the key of what it was computed from — every article's name and content key (which covers
its bytes, its ``.toml``, ``--published`` and the parser), the user's corrections and the
merging code itself — and the cards as plain tuples, each member named by its article and
its position in that article's actor list.  Anything else (a JSON Lines corpus, whose
models have no content key; a changed article or correction; a damaged or foreign file)
merges afresh and rewrites the file.  Only an accelerator: the cards are the same either way.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .corrections import Correction
from .load import CorpusDoc
from .merge import Card, Member, MergeResult, merge
from .sealed import MISSING, read_sealed, write_sealed

VERSION = 1
MAX_FILE = 1 << 30  # bytes


def _code() -> str:
    """A digest of the modules whose logic decides the cards: new code never reads old cards."""
    h = hashlib.sha256()
    for name in ("merge.py", "corrections.py", "merge_cache.py"):
        with contextlib.suppress(OSError):
            h.update((Path(__file__).parent / name).read_bytes())
    return h.hexdigest()


def merge_key(docs: Sequence[CorpusDoc], corrections: Sequence[Correction]) -> str | None:
    """What the cards depend on, as a digest; None when some article has no content key."""
    parts = []
    for d in docs:
        if d.article is not None and d.key is None:
            return None
        parts.append((d.index, d.name, d.key if d.article is not None else None))
    raw = repr((VERSION, sys.version_info[:2], _code(), parts, [repr(c) for c in corrections]))
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def _path(folder: Path, docs: Sequence[CorpusDoc]) -> Path:
    h = hashlib.sha256("\0".join(os.path.abspath(d.path) for d in docs).encode("utf-8", "surrogatepass"))
    return folder / "merges" / f"{h.hexdigest()[:24]}.marshal"


def cached_merge(docs: Sequence[CorpusDoc], corrections: Sequence[Correction], folder: Path) -> MergeResult:
    """``merge(docs, corrections)``, read from ``folder`` when nothing it depends on changed."""
    key = merge_key(docs, corrections)
    if key is None:
        return merge(docs, corrections)
    path = _path(folder, docs)
    found = _read(path, key, docs)
    if found is not None:
        return found
    result = merge(docs, corrections)
    _write(path, key, result, docs)
    return result


def _read(path: Path, key: str, docs: Sequence[CorpusDoc]) -> MergeResult | None:
    stored = read_sealed(path, MAX_FILE)
    if stored is MISSING:
        return None
    try:
        stored_key, cards, problems = stored
        if stored_key != key:
            return None
        by_index = {d.index: d for d in docs}
        out: list[Card] = []
        card_of: dict[tuple[int, str], int] = {}
        for k, (cid, name, kind, refs, names, titles, affiliations, in_docs, quotes, mentions, why) in enumerate(cards):
            members = []
            for doc, pos in refs:
                d = by_index[doc]
                actor = d.article.actors[pos]  # type: ignore[union-attr]
                members.append(Member(doc, d.name, actor))
                card_of[(doc, actor.id)] = k
            out.append(Card(cid, name, kind, tuple(members), names, titles, affiliations, in_docs, quotes, mentions,
                            why))
        return MergeResult(out, card_of, list(problems))
    except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError, AttributeError):
        return None


def _write(path: Path, key: str, result: MergeResult, docs: Sequence[CorpusDoc]) -> None:
    """Store the cards (temporary file renamed into place); a cache that cannot be written is skipped."""
    pos = {(d.index, a.id): n for d in docs if d.article is not None for n, a in enumerate(d.article.actors)}
    cards = [(c.id, c.name, c.kind, tuple((m.doc, pos[(m.doc, m.actor.id)]) for m in c.members), c.names, c.titles,
              c.affiliations, c.docs, c.quotes, c.mentions, c.why) for c in result.cards]
    write_sealed(path, (key, cards, list(result.problems)), ".merge.")
