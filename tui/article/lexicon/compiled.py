"""A compiled lexicon cached between runs, keyed by a digest of every data file it is built
from (and of the code's format tag), in the user's cache folder.

``marshal`` reads plain dicts of strings and ints many times faster than the TOML and text
files can be parsed and normalised.  The cache is only an accelerator: a missing, stale,
unreadable or unwritable cache means the index is built from the data files as usual.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
_MAX = 64 << 20  # a cache file larger than this is not ours


def cache_dir() -> Path:
    """``$MARSAD_CACHE_DIR``, else ``$XDG_CACHE_HOME/marsad``, else ``~/.cache/marsad``."""
    if os.environ.get("MARSAD_CACHE_DIR"):
        return Path(os.environ["MARSAD_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "marsad"


def _digest(tag: str) -> str:
    h = hashlib.sha256(f"{tag}|{sys.version_info[:2]}".encode())
    root = resources.files(__package__)
    files = sorted(p for p in _walk(root) if p.name.endswith((".toml", ".txt")))
    for p in files:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:20]


def _walk(root):
    for p in root.iterdir():
        if p.is_dir():
            yield from _walk(p)
        else:
            yield p


def cached(tag: str, build: Callable[[], T], dump: Callable[[T], object], undump: Callable[[object], T]) -> T:
    path = cache_dir() / f"lexicon-{_digest(tag)}.marshal"
    try:
        if path.is_file() and path.stat().st_size < _MAX:
            return undump(marshal.loads(path.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".lexicon-")
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(dump(value)))
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home: build each time
    return value
