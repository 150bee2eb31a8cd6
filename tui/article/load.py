"""Reading an article file: bytes checked and decoded into text, or a clear InputError.

Plain text in any supported encoding, a web page (HTML, or MHTML saved "as a single
file"), a .docx or an .odt: each gives the article's text.

Every failure a user can cause (missing file, directory, unreadable, too big, binary,
undecodable, empty, an HTML page without text) becomes an ``InputError`` whose message
names the file and the likely cause; the CLI prints it on one line and exits with code 2.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from . import encoding, formats, html
from .clean import clean_text, printable
from .errors import InputError

__all__ = ["DEFAULT_MAX_BYTES", "MAX_BYTES_CEILING", "InputError", "Loaded", "decode_bytes", "load_file",
           "load_stream", "read_article"]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_BYTES_CEILING = 1024**3  # the largest limit a user may set: far past any article, still a size to allocate
_LIMIT_HINT = "raise the limit with --max-bytes N or max_bytes in config.toml"
# White space and invisible marks: a file of only these is empty to a reader.
_BLANK = re.compile(r"[\s\u200b-\u200f\u061c\u2060\u00ad]*")


@dataclass(frozen=True)
class Loaded:
    """An article file as read: its text, and the title a web page gives itself."""

    text: str
    title: str | None = None


def read_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The decoded text of the article at ``path`` (HTML pages: their article text)."""
    return load_file(path, max_bytes).text


def load_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """``read_article`` plus the page title of an HTML or MHTML file."""
    name = printable(str(path))
    max_bytes = min(max_bytes, MAX_BYTES_CEILING)  # the CLI and config refuse more; the API clamps
    raw = _read(path, name, max_bytes)
    return _decode(raw, name, max_bytes)


def _read(path: Path, name: str, max_bytes: int) -> bytes:
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{name}: is a directory, not an article file")
        if stat.S_ISSOCK(st.st_mode):
            raise InputError(f"{name}: is a socket, not an article file")
        if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
            raise InputError(f"{name}: {st.st_size:,} bytes is larger than the limit of {max_bytes:,} bytes; "
                             f"{_LIMIT_HINT}")
        # Pipes and devices (e.g. `marsad parse <(curl …)`) are read too, but never past the limit.
        if stat.S_ISFIFO(st.st_mode):
            raw = _read_fifo(path, max_bytes)
            if not raw:
                raise InputError(f"{name}: a named pipe (FIFO) with nothing written to it")
        else:
            with path.open("rb") as f:
                raw = f.read(max_bytes + 1)
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(f"{name}: a symbolic link to a file that does not exist") from None
        raise InputError(f"{name}: no such file") from None
    except NotADirectoryError:
        raise InputError(f"{name}: no such file (a part of the path is a file, not a folder)") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied (you may not read this file or its folder)") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not an article file") from None
    except ValueError:  # "embedded null byte": only reachable through the API, never from a shell
        raise InputError(f"{name}: not a valid file name") from None
    except OSError as e:
        if e.errno == errno.ENAMETOOLONG:
            raise InputError(f"{printable(str(path)[:60])}…: the file name is too long") from None
        raise InputError(f"{name}: cannot be read ({e.strerror or os.strerror(e.errno or 0) or e})") from None
    if len(raw) > max_bytes:
        raise InputError(f"{name}: more than {max_bytes:,} bytes, larger than the limit; {_LIMIT_HINT}")
    return raw


def _read_fifo(path: Path, max_bytes: int) -> bytes:
    """Read a named pipe without hanging when nobody writes to it: opening non-blocking
    never waits for a writer; then reads block as usual, and with no writer they see
    end-of-file at once (the "empty file" message) instead of waiting forever."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read(max_bytes + 1)
    finally:
        os.close(fd)


def load_stream(stream: BinaryIO, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """An article piped in (``marsad parse -``): read up to the limit, then decoded as a file."""
    max_bytes = min(max_bytes, MAX_BYTES_CEILING)
    try:
        raw = stream.read(max_bytes + 1)
    except OSError as e:
        raise InputError(f"{name}: cannot be read ({e.strerror or e})") from None
    if len(raw) > max_bytes:
        raise InputError(f"{name}: more than {max_bytes:,} bytes, larger than the limit; {_LIMIT_HINT}")
    return _decode(raw, name, max_bytes)


def decode_bytes(raw: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode an article's bytes (any supported encoding; HTML reduced to its text;
    compressed files inflated up to ``max_bytes``).

    Raises InputError for binary, undecodable or empty input."""
    return _decode(raw, name, max_bytes).text


def _decode(raw: bytes, name: str, max_bytes: int) -> Loaded:
    if not raw:
        raise InputError(f"{name}: the file is empty (0 bytes)")
    raw = formats.decompress(raw, name, max_bytes)
    if not raw:
        raise InputError(f"{name}: a compressed file holding nothing")
    title = None
    text = formats.extract(raw, name)  # MHTML, .docx, .odt
    if text is not None:
        title = formats.title(raw)
    else:
        text, _encoding = encoding.decode(raw, name, html.declared_charset(raw))
        if html.looks_like_html(text):
            title = html.page_title(text)
            text = html.extract_text(text, name)
    if _BLANK.fullmatch(clean_text(text)):
        if text.strip():
            raise InputError(f"{name}: has no readable text (only control characters or invisible marks)")
        raise InputError(f"{name}: contains only white space, no text")
    return Loaded(text, clean_text(title) if title else None)
