"""Crash-safe writes of user files and a lock between Marsad instances.

A write goes to a temporary file in the same folder (so the rename never crosses file
systems), is fsync'ed, then ``os.replace``d over the target and the folder is fsync'ed:
a reader — or the next start after a crash or SIGKILL — sees the old file or the new one,
never a mix.  ``file_lock`` serialises read-merge-write cycles of two running instances.
"""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; writes stay atomic, merges are best-effort
    fcntl = None  # type: ignore[assignment]


class StorageError(OSError):
    """A user file could not be written; the message says which file and why."""


def _reason(e: OSError) -> str:
    return e.strerror or e.__class__.__name__


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on every platform.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


_STALE_AFTER = 600.0  # seconds; a temp file this old belongs to a writer that was killed


def _sweep_stale_temps(path: Path) -> None:
    """Remove temp files a killed writer left next to ``path`` (never a live writer's)."""
    now = time.time()
    with contextlib.suppress(OSError):
        for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                if now - tmp.stat().st_mtime > _STALE_AFTER:
                    tmp.unlink()


def _ensure_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StorageError(f"cannot create the folder {folder}: {_reason(e)}") from e
    if not folder.is_dir():
        raise StorageError(f"cannot write in {folder}: it is not a folder")


def atomic_write_bytes(path: Path, data: bytes, *, backup: bool = False) -> None:
    """Replace ``path`` with ``data`` atomically; with ``backup`` keep the old file as ``path.bak``."""
    path = Path(path)
    if path.is_symlink():
        # A dotfiles setup links the file from elsewhere: replace the file, keep the link.
        path = Path(os.path.realpath(path))
    folder = path.parent
    _ensure_dir(folder)
    if backup and path.exists():
        try:
            old = path.read_bytes()
        except OSError as e:
            raise StorageError(f"cannot read {path} to back it up: {_reason(e)}") from e
        atomic_write_bytes(path.with_name(path.name + ".bak"), old)
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    except OSError:
        mode = 0o644
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise StorageError(f"cannot write in {folder}: {_reason(e)}") from e
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise StorageError(f"cannot write {path}: {_reason(e)}") from e
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)
    _sweep_stale_temps(path)


@contextlib.contextmanager
def atomic_stream(path: Path) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through piece by piece: a temporary file in the same
    folder, renamed over ``path`` when the block ends normally, removed when it raises —
    so a reader (or a crash) sees the old file or the complete new one, never a part."""
    path = Path(path)
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    folder = path.parent
    _ensure_dir(folder)
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    except OSError:
        mode = 0o644
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise StorageError(f"cannot write in {folder}: {_reason(e)}") from e
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise StorageError(f"cannot write {path}: {_reason(e)}") from e
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)


def keep_broken(path: Path, content: bytes) -> Path:
    """Save the bytes of a file Marsad could not read beside it as ``NAME.broken-<timestamp>``
    (never rotated away, never overwritten: ``-2``, ``-3`` … when the name is taken) before
    the file is replaced; returns where it went."""
    path = Path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    n = 2
    while os.path.lexists(target):
        target = path.with_name(f"{path.name}.broken-{stamp}-{n}")
        n += 1
    atomic_write_bytes(target, content)
    return target


def atomic_write_text(path: Path, text: str, *, backup: bool = False) -> None:
    """Replace ``path`` with ``text`` (UTF-8) atomically; see ``atomic_write_bytes``."""
    atomic_write_bytes(path, text.encode("utf-8"), backup=backup)


@contextlib.contextmanager
def file_lock(path: Path, timeout: float = 5.0) -> Iterator[None]:
    """Hold an exclusive advisory lock on ``path`` (created if needed) for the block.

    Raises StorageError when the lock file cannot be created or the lock is not
    obtained within ``timeout`` seconds.  The lock dies with the process, so a killed
    instance never leaves a stale lock behind.
    """
    path = Path(path)
    _ensure_dir(path.parent)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise StorageError(f"cannot create the lock file {path}: {_reason(e)}") from e
    try:
        if fcntl is not None:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise StorageError(f"{path} is locked by another Marsad; try again") from None
                    time.sleep(0.01)
        yield
    finally:
        if fcntl is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
