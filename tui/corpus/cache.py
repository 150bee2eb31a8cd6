"""Parsed models cached by content hash, so reopening a corpus costs reading, not parsing.

An entry's key is a digest of everything the model depends on: the article file's bytes,
the bytes of the ``.toml`` beside it, the ``--published`` date and a fingerprint of the
parser (its source and data files, by name, size and modification time), so a changed
file — or a changed parser — is parsed again while a renamed or moved copy is not.  An
entry is the model's JSON (``marsad.article/1``), written atomically under
``<cache folder>/models/``.  The cache is only an accelerator: an entry that is missing,
unreadable, damaged or not a model is a miss, and an unwritable cache folder just means
parsing every time.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from tui.article.model import SCHEMA

MAX_ENTRY = 256 << 20  # bytes: a cache entry larger than this is not one of ours


def cache_dir() -> Path:
    """``$MARSAD_CACHE_DIR``, else the platform's user cache folder for "marsad"
    (platformdirs: ``~/.cache/marsad`` on Linux), else ``$XDG_CACHE_HOME/marsad`` or
    ``~/.cache/marsad``."""
    env = os.environ.get("MARSAD_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    try:
        from platformdirs import user_cache_dir
    except ImportError:  # a bare interpreter
        from tui.article.lexicon.compiled import cache_dir as xdg

        return xdg()
    return Path(user_cache_dir("marsad", appauthor=False))


@functools.lru_cache(maxsize=1)
def engine_fingerprint() -> str:
    """A digest of the parser's files (name, size, mtime): a new parser never reads an old
    parser's models.  Stat calls only, so it costs milliseconds."""
    root = Path(__file__).resolve().parent.parent / "article"
    h = hashlib.sha256(SCHEMA.encode())
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for f in sorted(files):
            if f.endswith((".py", ".toml", ".txt", ".gz", ".json")):
                p = os.path.join(folder, f)
                try:
                    st = os.stat(p)
                except OSError:
                    continue
                h.update(f"{os.path.relpath(p, root)}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def content_key(data: bytes, meta: bytes | None, published: str | None) -> str:
    """The cache key of one article: its bytes, its .toml's bytes, the flag date, the parser."""
    h = hashlib.sha256()
    h.update(engine_fingerprint().encode())
    h.update(b"\0" + (published or "").encode() + b"\0")
    h.update(str(len(meta)).encode() + b"\0" + meta if meta is not None else b"-\0")
    h.update(data)
    return h.hexdigest()[:32]


class ModelCache:
    """Models by key in ``folder`` (default: ``cache_dir()/models``)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else cache_dir() / "models"
        self._base = os.fspath(self.folder)
        self.problem: str | None = None  # why entries could not be written (said once)

    def path(self, key: str) -> Path:
        return Path(self._where(key))

    def _where(self, key: str) -> str:
        return os.path.join(self._base, key[:2], key + ".json")  # strings: 10,000s of look-ups

    def get(self, key: str) -> dict[str, Any] | None:
        """The cached model as a dict, or None (a miss) for anything that is not one."""
        path = self._where(key)
        try:
            with open(path, "rb") as f:
                raw = f.read(MAX_ENTRY + 1)
        except OSError:
            return None
        if len(raw) > MAX_ENTRY:
            return None
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):  # damaged: parsed again and rewritten
            return None
        if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("text"), str):
            return None
        return data

    def put(self, key: str, model_json: str) -> None:
        """Store a model (its JSON text) through a temporary file renamed into place, so a
        reader never sees half an entry.  Not fsync'ed: a cache entry lost in a crash is only
        a miss (and a damaged one is detected and replaced).  A cache that cannot be written
        is remembered in ``problem``, never raised."""
        if self.problem is not None:
            return
        path = self.path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(model_json.encode("utf-8", "surrogatepass"))
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError as e:
            self.problem = (f"cannot write the model cache in {self.folder} ({e.strerror or e}); "
                            "articles are parsed every time")
