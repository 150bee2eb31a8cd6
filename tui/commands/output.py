"""Where `-o OUT` writes, and in which format — as Unix users expect.

* ``-`` (or no ``-o``) is standard output; so is a path that *is* standard output
  (``/dev/stdout``, ``/dev/fd/1``), and ``/dev/stderr`` is standard error.
* a pipe (``-o >(gzip > x.gz)``, a FIFO someone reads), a terminal and ``/dev/null`` are
  written to directly;
* a regular file is written atomically (a temporary file renamed over it at the end) and
  an existing one only with ``--force``; a new file's folders are created;
* anything else — a folder, a disk, another device, a FIFO nobody reads — is refused.

The format comes from ``--format``, else from OUT's extension for a file (an unknown
extension is refused rather than guessed), else the command's default.  Every refusal is
an ``OutputError`` with one line for the user (exit code 2).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from tui.article.clean import printable


class OutputError(Exception):
    """A problem with -o OUT, in one line."""


@dataclass(frozen=True)
class Target:
    """Where the output goes: ``kind`` is "stdout", "stderr", "stream" (a pipe, a terminal,
    /dev/null), "new" (a file to create) or "file" (an existing regular file)."""

    kind: str
    path: Path | None = None

    @property
    def is_file(self) -> bool:
        return self.kind in ("new", "file")


def _same(st: os.stat_result, fd: int) -> bool:
    try:
        return os.path.samestat(st, os.fstat(fd))
    except OSError:
        return False


def target(out: str | os.PathLike[str] | None) -> Target:
    """What ``-o out`` names (None or "-": standard output); OutputError for what cannot be written."""
    if out is None or str(out) == "-":
        return Target("stdout")
    path = Path(out)
    name = printable(str(path))
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return Target("new", path)
    except NotADirectoryError:
        raise OutputError(f"cannot write {name}: a part of the path is a file, not a folder") from None
    except OSError as e:
        raise OutputError(f"cannot write {name}: {e.strerror or e}") from None
    if _same(st, 1):
        return Target("stdout", path)
    if _same(st, 2):
        return Target("stderr", path)
    mode = st.st_mode
    if stat.S_ISDIR(mode):
        raise OutputError(f"{name} is a folder; give a file name with -o")
    if stat.S_ISREG(mode):
        return Target("file", path)
    if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
        return Target("stream", path)
    if stat.S_ISCHR(mode):
        devnull = os.stat(os.devnull)
        if os.path.samestat(st, devnull) or _is_terminal(path):
            return Target("stream", path)
    raise OutputError(f"{name} is a device, not a regular file; Marsad writes only to files, pipes and terminals "
                      "(use -o - for standard output)")


def _is_terminal(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        return os.isatty(fd)
    finally:
        os.close(fd)


def choose_format(t: Target, given: str | None, by_extension: dict[str, str], default: str) -> str:
    """``--format`` when given, else the format OUT's extension names, else ``default`` for a
    stream; OutputError for a file whose extension names no format, or a different one."""
    ext = t.path.suffix.lower() if t.path is not None else ""
    named = by_extension.get(ext)
    if given is not None:
        if t.is_file and named is not None and named != given:
            raise OutputError(f"-o {printable(t.path.name)} names the {named} format but --format says {given}; "
                              "drop one of them")
        return given
    if not t.is_file:
        return default
    if named is None:
        known = ", ".join(sorted(by_extension))
        what = f"the extension {ext!r}" if ext else "a name without an extension"
        raise OutputError(f"cannot tell the format of -o {printable(t.path.name)} from {what} "  # type: ignore[union-attr]
                          f"(known: {known}); add --format")
    return named


def check_overwrite(t: Target, force: bool) -> None:
    if t.kind == "file" and not force:
        assert t.path is not None
        try:  # the mode, not os.access: root may write anything, but the user marked it read-only
            ro = "" if os.stat(t.path).st_mode & 0o222 else " (it is read-only)"
        except OSError:
            ro = ""
        raise OutputError(f"{printable(str(t.path))} already exists{ro}; add --force to replace it")


@contextlib.contextmanager
def opened(t: Target) -> Iterator[BinaryIO]:
    """A binary stream for the target; a file is replaced only when the block completes."""
    if t.kind == "stdout":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    if t.kind == "stderr":
        yield sys.stderr.buffer
        sys.stderr.buffer.flush()
        return
    assert t.path is not None
    name = printable(str(t.path))
    if t.kind == "stream":
        try:  # non-blocking open: a FIFO with no reader is an error now, not a hang
            fd = os.open(t.path, os.O_WRONLY | os.O_NOCTTY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        except OSError as e:
            if e.errno == errno.ENXIO:
                raise OutputError(f"{name} is a named pipe that nobody reads from") from None
            raise OutputError(f"cannot write {name}: {e.strerror or e}") from None
        os.set_blocking(fd, True)
        with os.fdopen(fd, "wb") as f:
            yield f
        return
    from tui.atomic import StorageError, atomic_stream  # a file: written through a temporary one

    try:
        with atomic_stream(t.path) as f:
            yield f
    except StorageError as e:
        raise OutputError(printable(str(e))) from None
