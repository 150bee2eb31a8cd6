"""Compiled regular expressions kept between runs of the ``marsad`` command.

Compiling patterns was a fifth of a one-article ``marsad parse`` (about 55 ms: the time
expressions' long alternations, and the patterns every imported module compiles).  Python
compiles a pattern in two steps: parsing it into a program of integers (slow, pure Python)
and building the matcher from that program (fast, in C).  :func:`install` wraps the first
step: a program compiled by an earlier run is read from ``regex-KEY.marshal`` in the cache
folder (``$MARSAD_CACHE_DIR``, else ``$XDG_CACHE_HOME/marsad`` or ``~/.cache/marsad``), keyed by
the interpreter's version and its regular-expression engine's magic number, and handed to the
C step; the matcher is the one ``re.compile`` builds (patterns compare equal).  New programs
are written back when the process exits, with the programs this run used; a program no run
has used over the last ``_KEEP_SAVES`` writes (a pattern since changed: the lexicons' long
alternations change with every edit of their data) is dropped then, so the file, read whole
by every run, stays the size of what the commands use.  Each program is marshalled on its
own and decoded when a pattern first asks for it: the dashboard's first frame needs about a
tenth of them, and decoding them all cost it 11 ms.

Only the command line installs it (``tui/cli.py``, before anything else is imported); the
library never patches ``re``.  The cache is an accelerator: a missing, damaged, stale or
unwritable file means patterns are compiled as usual, and an interpreter whose ``re``
internals differ is left alone.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import zlib
from typing import Any

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another interpreter: nothing to wrap
    _sre = None  # type: ignore[assignment]

FORMAT = "marsad-regex/3"  # /3: each program marshalled on its own, read when first used
_MAX_ENTRIES = 4096
_KEEP_SAVES = 3  # writes a program may go unused before it is dropped (another command's stay)

# a program as read from the file (its marshalled bytes) or as compiled or used in this run (a tuple)
_table: dict[tuple[str, int], tuple[Any, ...] | bytes] = {}
_ages: dict[tuple[str, int], int] = {}  # writes since each loaded program was last used
_used: set[tuple[str, int]] = set()
_state = {"loaded": False, "dirty": False, "path": None}
_original = None


def cache_file() -> str:
    """Where this interpreter's compiled patterns are kept."""
    folder = os.environ.get("MARSAD_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "marsad")
    tag = f"{FORMAT}|{sys.version}|{getattr(_sre, 'MAGIC', 0)}|{getattr(_sre, 'CODESIZE', 0)}"
    return os.path.join(folder, f"regex-{zlib.crc32(tag.encode()):08x}.marshal")


def install() -> bool:
    """Route ``re``'s compilation of string patterns through the cache (once per process)."""
    global _original
    if _original is not None:
        return True
    if _sre is None or not callable(getattr(_compiler, "compile", None)) or not hasattr(_compiler, "_code"):
        return False
    if getattr(_compiler.compile, "__module__", None) == __name__:  # wrapped by a reloaded copy
        return False
    _original = _compiler.compile
    _compiler.compile = _compile
    import atexit

    atexit.register(save)
    return True


def uninstall() -> None:
    """Put ``re`` back as it was (for tests); the table stays loaded."""
    global _original
    if _original is not None:
        _compiler.compile = _original
        _original = None


def _load() -> None:
    _state["loaded"] = True
    path = _state["path"] = cache_file()
    from tui.article.cachefiles import load_table

    got = load_table(path, FORMAT)
    if got is not None:
        table, ages = got
        _table.update(table)
        _ages.update(ages)


def _compile(p: Any, flags: int = 0) -> Any:
    if type(p) is not str or flags & re.DEBUG:
        return _original(p, flags)  # type: ignore[misc]
    if not _state["loaded"]:
        _load()
    key = (p, flags)
    args = _table.get(key)
    if args is not None:
        try:
            if type(args) is bytes:  # read lazily: the dashboard's first frame uses a tenth of them
                args = marshal.loads(args)
            rx = _sre.compile(p, *args)
            _used.add(key)
            return rx
        except Exception:  # an entry of the wrong shape: compile it again below
            del _table[key]
    try:
        parsed = _parser.parse(p, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, k in groupindex.items():
            indexgroup[k] = name
        program = [int(x) for x in code]  # plain ints: marshal does not take re's named constants
        args = (flags | parsed.state.flags, program, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        rx = _sre.compile(p, *args)
    except Exception:
        return _original(p, flags)  # type: ignore[misc]  # raises re.error for a bad pattern, as ever
    _table[key] = args
    _used.add(key)
    _state["dirty"] = True
    return rx



def save() -> None:
    """Write the table if this process compiled a pattern it did not have (at exit)."""
    if not _state["dirty"]:
        return
    _state["dirty"] = False
    from tui.article.cachefiles import still_used, write_checked

    keep, ages = still_used(_table, _used, _ages, _KEEP_SAVES, _MAX_ENTRIES)
    try:
        blobs = {k: v if type(v) is bytes else marshal.dumps(v) for k, v in keep.items()}
        payload = marshal.dumps((FORMAT, blobs, ages))
        write_checked(_state["path"] or cache_file(), payload, "regex", 8)  # other interpreters' files pruned
    except (OSError, ValueError):
        pass  # a read-only home: compile each time
