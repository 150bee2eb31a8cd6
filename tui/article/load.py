"""Reading an article file: bytes checked and decoded into text, or a clear InputError.

Every failure a user can cause (missing file, binary, wrong encoding, empty, too big)
becomes an ``InputError`` whose message names the file and the likely cause; the CLI
prints it on one line and exits with code 2.
"""

from __future__ import annotations

from pathlib import Path

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


class InputError(Exception):
    """A problem with the user's input, explained in one line."""


def read_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a directory, not an article file")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: {size:,} bytes is larger than the limit of {max_bytes:,} bytes")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror or e})") from None
    return decode_bytes(raw, str(path))


def decode_bytes(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        if b"\x00" in raw:
            raise InputError(f"{name}: looks like a binary file (it contains NUL bytes), not an article")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise InputError(f"{name}: not valid UTF-8 (byte {e.start}); save it as UTF-8 and retry") from None
    if not text.strip():
        raise InputError(f"{name}: the file is empty")
    return text
