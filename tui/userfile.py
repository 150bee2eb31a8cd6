"""Reading the user's own TOML files (config.toml, presets.toml, state.toml, themes, an
article's .toml) without ever hanging, exhausting memory or recursing without bound.

A settings file is read only when it is a regular file (a FIFO would block forever, a
link to /dev/zero would never end), only up to ``MAX_USER_FILE`` bytes, and only when
its nesting stays within ``MAX_DEPTH`` levels (``x = [[[[…]]]]`` or a 3,000-part dotted
header would overflow the stack of tomllib or of whatever walks the result).  Every
refusal is a one-line problem naming the file; the caller then uses its defaults.
Standard library only: ``marsad parse`` reads config.toml on a bare interpreter.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_USER_FILE = 1024 * 1024  # bytes; Marsad's own files are a few KB
MAX_DEPTH = 20  # tables and arrays inside each other; Marsad's files need 3

_KINDS = (
    (stat.S_ISDIR, "is a folder, not a file"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a regular file"),
    (stat.S_ISCHR, "is a device, not a regular file"),
    (stat.S_ISBLK, "is a device, not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
)


@dataclass(frozen=True)
class UserFile:
    """One user file as read: ``raw`` text (None when missing or unreadable), ``data`` (the
    parsed table; None when it cannot be used), ``problem`` (why, in one line)."""

    raw: str | None
    data: dict[str, Any] | None
    problem: str | None
    content: bytes | None = None  # the bytes read (kept to preserve a broken file exactly)
    exists: bool = True
    special: bool = False  # a FIFO, device or folder: never read, never replaced


def not_regular(mode: int) -> str | None:
    """Why a file of this ``st_mode`` is not read as a settings file (None for a regular file)."""
    for test, why in _KINDS:
        if test(mode):
            return why
    return None if stat.S_ISREG(mode) else "is not a regular file"


def read_bytes(path: Path, limit: int = MAX_USER_FILE) -> tuple[bytes | None, str | None, bool]:
    """(content, problem, special) for a user file; (None, None, False) when it does not exist.

    Opened non-blocking, so a FIFO never blocks the open; anything but a regular file is
    refused after the open (by its descriptor, so it cannot be swapped in between)."""
    name = path.name
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return None, None, False
    except IsADirectoryError:
        return None, f"{name}: is a folder, not a file", True
    except PermissionError:
        return None, f"{name}: cannot be read (permission denied)", False
    except OSError as e:
        if e.errno == errno.ENXIO:  # a socket or a device without a driver
            return None, f"{name}: is not a regular file", True
        return None, f"{name}: cannot be read ({e.strerror or e})", False
    try:
        why = not_regular(os.fstat(fd).st_mode)
        if why:
            return None, f"{name}: {why}; ignored", True
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(65536, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            return None, f"{name}: larger than {limit:,} bytes, too big for a settings file; ignored", False
        return b"".join(chunks), None, False
    except OSError as e:
        return None, f"{name}: cannot be read ({e.strerror or e})", False
    finally:
        os.close(fd)


# Strings and comments hide brackets; what is left is the nesting of arrays and inline tables.
_TOKENS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}]')


def _bracket_depth(raw: str) -> int:
    depth = deepest = 0
    for m in _TOKENS.finditer(raw):
        tok = m.group()
        if tok in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif tok in "]}":
            depth = max(0, depth - 1)
    return deepest


def data_depth(data: Any) -> int:
    """How deeply tables and arrays nest in ``data`` (iteratively: no recursion to overflow)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        depth += 1
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH + 1:
            return depth  # deep enough to refuse; no need to walk the rest
        stack.extend((c, depth) for c in children)
    return deepest


_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)")
_AT_END = re.compile(r"\s*\(at end of document\)")


_MSG_MAX = 200


def syntax_problem(name: str, err: tomllib.TOMLDecodeError, raw: str = "") -> str:
    """ "presets.toml line 3: TOML syntax error: Invalid value (column 1)" """
    msg = str(err)
    if m := _AT.search(msg):
        return f"{name} line {m[1]}: TOML syntax error: {_short(_AT.sub('', msg))} (column {m[2]})"
    if _AT_END.search(msg) and raw:
        last = len(raw.rstrip("\n").splitlines()) or 1
        return f"{name} line {last}: TOML syntax error: {_short(_AT_END.sub('', msg))} (at the end of the file)"
    return f"{name}: TOML syntax error: {_short(msg)}"


def _short(msg: str) -> str:
    """The parser's message, cut where it quotes a long key path ("Cannot declare ('a', 'a', …)")."""
    return msg if len(msg) <= _MSG_MAX else msg[: _MSG_MAX - 1] + "…"


MAX_PROBLEMS = 20  # per file: a file with thousands of mistakes must not bury the screen in notices


def cap_problems(problems: list[str], name: str) -> list[str]:
    """The first MAX_PROBLEMS problems of a file, then one line counting the rest."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    return [*problems[:MAX_PROBLEMS], f"{name}: … and {len(problems) - MAX_PROBLEMS:,} more problems"]


def too_deep(name: str) -> str:
    return f"{name}: nested more than {MAX_DEPTH} levels deep (tables or arrays inside each other); not a Marsad file"


def parse_toml(raw: str, name: str) -> tuple[dict[str, Any] | None, str | None]:
    """(table, None) or (None, one-line problem) for the TOML text ``raw`` of the file ``name``."""
    if _bracket_depth(raw) > MAX_DEPTH:
        return None, too_deep(name)
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        return None, syntax_problem(name, e, raw)
    except RecursionError:
        return None, too_deep(name)
    if data_depth(data) > MAX_DEPTH:  # dotted keys and headers nest without brackets
        return None, too_deep(name)
    return data, None


def read_toml(path: Path, limit: int = MAX_USER_FILE) -> UserFile:
    """A user's TOML file, read safely; never raises for anything the file can be."""
    content, problem, special = read_bytes(path, limit)
    if content is None:
        if problem is None:
            return UserFile(None, {}, None, exists=False)
        return UserFile(None, None, problem, special=special)
    try:
        raw = content.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return UserFile(None, None, f"{path.name}: cannot be read: not UTF-8 text (byte {e.start})", content)
    data, problem = parse_toml(raw, path.name)
    return UserFile(raw, data, problem, content)
