"""A cache file that is all or nothing: a marshal body behind its CRC-32, written to a
temporary file and renamed into place.  A torn, foreign or corrupt file reads as absent,
and a cache that cannot be written is skipped — it is only ever a cache."""

from __future__ import annotations

import contextlib
import marshal
import os
import tempfile
import zlib
from pathlib import Path
from typing import Any


def write_sealed(path: Path, value: Any, prefix: str) -> None:
    body = marshal.dumps(value)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(zlib.crc32(body).to_bytes(8, "big"))
                f.write(body)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError:
        pass


MISSING = object()  # what a missing or unusable file reads as (None may be a stored value)


def read_sealed(path: Path, limit: int) -> Any:
    """The stored value, or ``MISSING`` when the file is absent, too big, torn or corrupt."""
    try:
        with open(path, "rb") as f:
            raw = f.read(limit + 1)
    except OSError:
        return MISSING
    if len(raw) < 8 or len(raw) > limit or zlib.crc32(raw[8:]) != int.from_bytes(raw[:8], "big"):
        return MISSING
    try:
        return marshal.loads(raw[8:])
    except (ValueError, EOFError, TypeError):
        return MISSING

