"""A snapshot of an opened corpus, so reopening 10,000 articles reads one file, not 10,000.

Per corpus (its kind, its inputs, the flag date), one file in ``<cache folder>/corpora/``
holds, for every article file: its size and modification time (and its ``.toml``'s), its
content key (``tui.corpus.cache``) and the parts of its model the corpus panes need — the
actors, quotes and events as plain tuples, which ``marshal`` reads several times faster
than JSON dicts.  An article whose file and ``.toml`` have the same size and modification
time as then is taken from the snapshot without being read or hashed (as ``git status``
trusts its index); its text and sentences come from the per-article cache when the
article is shown.  A file changed less than ``RACY`` seconds before the snapshot was taken
is read again anyway (a change within the file system's clock tick would not show).

The snapshot is only an accelerator: missing, damaged (checksum), written by another
Python or parser, it is ignored; it is rewritten when anything changed.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import time
from itertools import starmap  # C-level loop: 100,000s of constructors
from pathlib import Path
from typing import Any

from tui.article.model import Actor, Article, Event, Quote, TimeValue

from .sealed import read_sealed, write_sealed

VERSION = 1
RACY = 2.0  # seconds
MAX_SNAPSHOT = 2 << 30  # bytes

Stat = tuple[int, int]  # (size, mtime_ns)


def file_stat(path: str) -> Stat | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


def snapshot_path(folder: Path, kind: str, inputs: list[str], published: str | None, max_bytes: int) -> Path:
    """One snapshot per way of opening: a lower size limit must refuse a file the snapshot holds."""
    h = hashlib.sha256(repr((kind, inputs, published, max_bytes)).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return folder / "corpora" / f"{h}.marshal"


def _header() -> tuple:
    from .cache import engine_fingerprint

    return (VERSION, sys.version_info[:2], marshal.version, engine_fingerprint())


def read(path: Path) -> dict[str, Any]:
    """{"files": {path: (stat, meta stat, key, compact model)}, "at": ns} or {} when unusable."""
    data = read_sealed(path, MAX_SNAPSHOT)
    if not isinstance(data, dict) or data.get("header") != _header() or not isinstance(data.get("files"), dict):
        return {}
    return data


def write(path: Path, files: dict[str, tuple], taken_at: int) -> None:
    """Store the snapshot (temporary file renamed into place); a cache that cannot be written is skipped."""
    write_sealed(path, {"header": _header(), "at": taken_at, "files": files}, ".snapshot.")


def now_ns() -> int:
    return time.time_ns()


def fresh(entry: tuple, stat: Stat | None, meta_stat: Stat | None, taken_at: int) -> bool:
    """True when the file (and its .toml) are as they were when the snapshot was taken."""
    try:
        old_stat, old_meta = tuple(entry[0]), entry[1]
    except (TypeError, IndexError, KeyError):  # not an entry this code wrote
        return False
    if stat is None or old_stat != stat or (tuple(old_meta) if old_meta else None) != meta_stat:
        return False
    racy = taken_at - int(RACY * 1e9)
    return stat[1] < racy and (meta_stat is None or meta_stat[1] < racy)


# -- the compact model: what the panes need, as tuples --------------------------------------------


def compact(a: Article) -> tuple:
    return (a.published, dict(a.meta),
            tuple((x.id, x.name, x.kind, x.aliases, x.titles, x.affiliation, x.mentions, x.why) for x in a.actors),
            tuple((q.id, q.start, q.end, q.text, q.kind, q.speaker, q.cue, q.cue_span, q.why) for q in a.quotes),
            tuple((e.id, e.start, e.end, e.summary, e.actors,
                   None if e.time is None else (e.time.start, e.time.end, e.time.text, e.time.value,
                                                e.time.approximate, e.time.relation), e.why, e.relation)
                  for e in a.events))


def expand(c: tuple) -> Article:
    """The Article of a compact model, without its text and sentences (``CorpusDoc.full_article``
    reads them when the article is shown)."""
    published, meta, actors, quotes, events = c
    return Article("", published, (), tuple(starmap(Actor, actors)), tuple(starmap(Quote, quotes)),
                   tuple(Event(e[0], e[1], e[2], e[3], e[4], None if e[5] is None else TimeValue(*e[5]), e[6], e[7])
                         for e in events), meta)
