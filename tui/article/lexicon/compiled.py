"""Data compiled once and cached between runs, in the user's cache folder, keyed by a digest
of every file it is built from (and of the code's format tag and the Python version).

``marshal`` reads plain dicts, strings and ints many times faster than the TOML, text and
JSON files can be parsed.  The lexicon index, the parsed TOML lexicons and the decoded name
tagger are cached so.  A cache is only an accelerator: a missing, stale, unreadable, damaged
(each file starts with a CRC-32 of the rest) or unwritable cache means the value is built
from the data files as usual.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from ..cachefiles import prune, touch

T = TypeVar("T")
_MAX = 64 << 20  # a cache file larger than this is not ours
_HERE = Path(__file__).resolve().parent
_DIGITS = 20  # hex digits of a digest (_digest)


def cache_dir() -> Path:
    """``$MARSAD_CACHE_DIR``, else ``$XDG_CACHE_HOME/marsad``, else ``~/.cache/marsad``."""
    if os.environ.get("MARSAD_CACHE_DIR"):
        return Path(os.environ["MARSAD_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "marsad"


def data_files() -> tuple[Path, ...]:
    """The lexicon's data files (TOML lexicons, gazetteer lists), in a fixed order (none when
    the package is not a folder on disk)."""
    if not _HERE.is_dir():
        return ()
    return tuple(sorted(p for p in _walk(_HERE) if p.name.endswith((".toml", ".txt"))))


@lru_cache(maxsize=16)
def _digest(tag: str, sources: tuple[Path, ...] | None) -> str:
    """Each file's name, length and two checksums (CRC-32 and Adler-32: about a millisecond
    for the lexicon's 2 MB, where a cryptographic hash of it cost a good part of start-up;
    a cache key needs to notice edits, not to resist forgery), summed up the same way (so
    start-up does not load OpenSSL's hashlib either)."""
    parts = [f"{tag}|{sys.version_info[:2]}"]
    parts += _data_sums() if sources is None else _sums(sources)
    blob = "\n".join(parts).encode("utf-8", "surrogatepass")
    return f"{zlib.crc32(blob):08x}{zlib.adler32(blob):08x}{len(blob) & 0xFFFF:04x}"


@lru_cache(maxsize=1)
def _data_sums() -> list[str]:
    """The lexicon's data files summed once per process (the index and the parsed TOML
    lexicons are both keyed by them: reading 1.7 MB twice was 3 ms of start-up)."""
    return _sums(None)


def _sums(sources: tuple[Path, ...] | None) -> list[str]:
    return [f"{name}|{len(data)}|{zlib.crc32(data)}|{zlib.adler32(data)}" for name, data in _contents(sources)]


def _contents(sources: tuple[Path, ...] | None) -> Iterator[tuple[str, bytes]]:
    if sources is not None:
        for p in sources:
            yield p.name, p.read_bytes()
    elif _HERE.is_dir():
        for p in data_files():
            yield p.name, p.read_bytes()
    else:  # the package inside an archive: read it through importlib.resources
        from importlib import resources

        root = resources.files(__package__)
        for p in sorted(_walk(root), key=lambda p: p.name):
            if p.name.endswith((".toml", ".txt")):
                yield p.name, p.read_bytes()


def _walk(root) -> Iterable:
    for p in root.iterdir():
        if p.is_dir():
            yield from _walk(p)
        else:
            yield p


def cached(tag: str, build: Callable[[], T], dump: Callable[[T], object], undump: Callable[[object], T],
           *, name: str = "lexicon", sources: Iterable[Path] | None = None) -> T:
    """``build()``'s value, read from ``NAME-DIGEST.marshal`` when a run before built it from the
    same files (``sources``, default the lexicon's data files), else built and written there."""
    key = tuple(sources) if sources is not None else None
    try:
        path = cache_dir() / f"{name}-{_digest(tag, key)}.marshal"
    except OSError:
        return build()  # a source cannot be read: build() says why, in its own words
    try:
        if path.is_file() and (st := path.stat()).st_size < _MAX:
            raw = memoryview(path.read_bytes())
            if int.from_bytes(raw[:4], "little") == zlib.crc32(raw[4:]):
                value = undump(marshal.loads(raw[4:]))
                touch(path, st.st_mtime)  # in use: pruning keeps the most recently used
                return value
    except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError):
        pass
    value = build()
    try:
        data = marshal.dumps(dump(value))
        path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile  # only when writing

        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-")
        with os.fdopen(fd, "wb") as f:
            f.write(zlib.crc32(data).to_bytes(4, "little") + data)  # a damaged file is noticed, and rebuilt
        os.replace(tmp, path)
        prune(path.parent, name, _DIGITS, path.name)  # the older versions of this cache (issue 14)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        pass  # a read-only home (build each time), or a value dump or marshal cannot hold
    return value
