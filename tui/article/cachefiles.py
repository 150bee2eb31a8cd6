"""Pruning the compiled caches' stale files (issue 14: the cache folder was never pruned).

Each compiled cache (the lexicon index, the parsed TOML lexicons, the decoded name tagger,
the regular-expression programs) is one ``KIND-DIGEST.marshal`` file per version of what it
was built from, so every edit of the data, every upgrade and every other checkout sharing the
folder left one more behind (176 MB of lexicon indexes on the development machine).  When a
cache file is written, the other files of the same kind are pruned down to the ``KEEP``
most recently used: a few, not none, so that checkouts or models in use side by side do not
delete each other's file on every run and rebuild it on the next.  A file in use has its
modification time refreshed (:func:`touch`, at most once an hour), so "recently used" is
what the times say.

Only regular files named exactly ``KIND-<hex digest>.marshal`` are candidates: a symbolic
link, a folder or any other name is never removed, and nothing outside the folder is
followed.  Races with another process (a file already gone, a folder not writable) are
skipped silently: pruning is housekeeping, never a reason to fail.
"""

from __future__ import annotations

import os
import stat
import time

KEEP = 3  # stale files of a kind kept beside the one just written
TOUCH_AFTER = 3600.0  # seconds: a file in use older than this has its time refreshed
_SUFFIX = ".marshal"
_HEX = frozenset("0123456789abcdef")


def ours(name: str, kind: str, digits: int) -> bool:
    """``name`` is ``KIND-DIGEST.marshal`` with a digest of ``digits`` lowercase hex digits."""
    head = kind + "-"
    if not (name.startswith(head) and name.endswith(_SUFFIX)):
        return False
    digest = name[len(head) : -len(_SUFFIX)]
    return len(digest) == digits and set(digest) <= _HEX


def prune(folder: str | os.PathLike[str], kind: str, digits: int, current: str, keep: int = KEEP) -> list[str]:
    """Remove the files of ``kind`` in ``folder`` other than ``current`` (the file just
    written) and the ``keep`` most recently modified; the names removed."""
    found: list[tuple[float, str]] = []
    try:
        with os.scandir(folder) as entries:
            for e in entries:
                if e.name == current or not ours(e.name, kind, digits):
                    continue
                try:
                    st = e.stat(follow_symlinks=False)
                except OSError:
                    continue  # removed meanwhile
                if stat.S_ISREG(st.st_mode):  # a link or a folder of that name is not ours
                    found.append((st.st_mtime, e.name))
    except OSError:
        return []
    found.sort(reverse=True)
    removed = []
    for _, name in found[keep:]:
        try:
            os.unlink(os.path.join(folder, name))
        except OSError:
            continue  # another process was first, or the folder is read-only
        removed.append(name)
    return removed


def touch(path: str | os.PathLike[str], mtime: float) -> None:
    """Mark a cache file just read (modified at ``mtime``) as in use, at most once an hour."""
    if time.time() - mtime > TOUCH_AFTER:
        try:
            os.utime(path)
        except OSError:
            return  # a read-only cache: its files are then never pruned either


def still_used(table: dict, used: set, ages: dict, keep_saves: int, most: int) -> tuple[dict, dict]:
    """The entries of a per-use cache worth writing back, and their ages in writes: an entry
    this run used is 0, the others one write older; one unused over ``keep_saves`` writes is
    dropped (a pattern or a class since changed), and past ``most`` entries only this run's stay."""
    aged = {k: 0 if k in used else _age(ages, k, keep_saves) + 1 for k in table}
    keep = {k: v for k, v in table.items() if aged[k] <= keep_saves}
    if len(keep) > most:
        keep = {k: table[k] for k in used}
    return keep, {k: aged[k] for k in keep}


def _age(ages: dict, key: object, keep_saves: int) -> int:
    got = ages.get(key, 0)
    return got if type(got) is int else keep_saves


def write_checked(path: str, payload: bytes, kind: str, digits: int) -> None:
    """Write ``payload`` behind its CRC-32 (4 bytes) atomically, then prune the stale files of
    ``kind`` beside it.  Raises OSError when the folder is not writable."""
    import tempfile
    import zlib

    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{kind}-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(zlib.crc32(payload).to_bytes(4, "little") + payload)
        os.replace(tmp, path)
    except OSError:
        os.unlink(tmp)
        raise
    prune(folder, kind, digits, os.path.basename(path))


def read_checked(path: str) -> tuple[object, float] | None:
    """What ``write_checked`` wrote, unmarshalled, and the file's modification time; None for a
    missing, damaged or unreadable file (the cache is an accelerator, never a reason to fail)."""
    import marshal
    import zlib

    try:
        with open(path, "rb") as f:
            raw = f.read(64 << 20)
            mtime = os.fstat(f.fileno()).st_mtime
        if len(raw) <= 4 or int.from_bytes(raw[:4], "little") != zlib.crc32(raw[4:]):
            return None
        return marshal.loads(raw[4:]), mtime
    except (OSError, ValueError, EOFError, TypeError):
        return None


def load_table(path: str, fmt: str) -> tuple[dict, dict] | None:
    """The (table, ages) a per-use cache wrote in format ``fmt`` (marking the file as in use),
    or None: no cache yet, a damaged file or another format — compiled as usual, written afresh."""
    got = read_checked(path)
    if got is None:
        return None
    data, mtime = got
    if not (isinstance(data, tuple) and len(data) == 3):
        return None
    found, table, ages = data
    if found != fmt or not isinstance(table, dict) or not isinstance(ages, dict):
        return None
    touch(path, mtime)  # in use: pruning keeps the most recently used
    return table, ages
