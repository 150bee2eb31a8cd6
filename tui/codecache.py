"""Compiled code of the methods ``dataclasses`` writes, kept between runs of the ``marsad`` command.

Python makes each dataclass's ``__init__``, ``__repr__``, ``__eq__`` … at import by writing
their source text and compiling it with ``exec()``: about half a millisecond a class, every
run (that source is in no ``.pyc``), so about 15 ms of a one-article ``marsad parse`` for the
engine's 32 classes.  :func:`install` routes the ``exec()`` calls of the ``dataclasses``
module through a table of code objects read from ``dataclass-KEY.marshal`` in the cache
folder (the folder of :mod:`tui.rxcache`), keyed by the interpreter's version, since code
objects are that interpreter's: a text compiled by an earlier run is executed without being
compiled again.  The code is what ``exec`` compiles from the same text (no ``__future__``
flags inherited, the same ``<string>`` file name), so the classes are the same.  New code
is written back when the process exits, with the code this run used; code unused over the
last ``_KEEP_SAVES`` writes (a class since changed) is dropped then.

Only the command line installs it, before the engine is imported; the library never
patches ``dataclasses``.  The cache is an accelerator: a missing, damaged or unwritable file
means the methods are compiled as usual.
"""

from __future__ import annotations

import builtins
import dataclasses
import marshal
import os
import sys
import zlib
from types import CodeType
from typing import Any

FORMAT = "marsad-dataclass/1"
_MAX_ENTRIES = 4096
_KEEP_SAVES = 3  # writes a code object may go unused before it is dropped

_table: dict[str, CodeType] = {}
_ages: dict[str, int] = {}  # writes since each loaded code object was last used
_used: set[str] = set()
_state: dict[str, Any] = {"loaded": False, "dirty": False, "path": None}


def cache_file() -> str:
    """Where this interpreter's compiled dataclass methods are kept."""
    folder = os.environ.get("MARSAD_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "marsad")
    tag = f"{FORMAT}|{sys.version}|{sys.implementation.cache_tag}"
    return os.path.join(folder, f"dataclass-{zlib.crc32(tag.encode()):08x}.marshal")


def _exec(source: Any, globals: dict | None = None, locals: dict | None = None, /) -> None:
    if globals is None:  # exec's defaults are its caller's namespaces: the caller's, not this frame's
        frame = sys._getframe(1)
        globals = frame.f_globals
        if locals is None:
            locals = frame.f_locals
    if type(source) is not str:
        return builtins.exec(source, globals, locals)
    if not _state["loaded"]:
        _load()
    code = _table.get(source)
    if code is None:
        # dont_inherit: the flags of the dataclasses module (none), not this module's __future__
        code = _table[source] = compile(source, "<string>", "exec", dont_inherit=True)
        _state["dirty"] = True
    _used.add(source)
    return builtins.exec(code, globals, locals)


def install() -> bool:
    """Route the dataclasses module's ``exec()`` through the cache (once per process)."""
    own = vars(dataclasses).get("exec")
    if own is _exec:
        return True
    if own is not None:  # another hook is there: leave it alone
        return False
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # found before the builtin
    import atexit

    atexit.register(save)
    return True


def uninstall() -> None:
    """Put ``dataclasses`` back as it was (for tests); the table stays loaded."""
    if vars(dataclasses).get("exec") is _exec:
        del dataclasses.exec  # type: ignore[attr-defined]


def _load() -> None:
    _state["loaded"] = True
    path = _state["path"] = cache_file()
    from tui.article.cachefiles import load_table

    got = load_table(path, FORMAT)
    if got is not None:
        table, ages = got
        _table.update((k, v) for k, v in table.items() if type(k) is str and type(v) is CodeType)
        _ages.update(ages)


def save() -> None:
    """Write the table if this process compiled code it did not have (at exit)."""
    if not _state["dirty"]:
        return
    _state["dirty"] = False
    from tui.article.cachefiles import still_used, write_checked

    keep, ages = still_used(_table, _used, _ages, _KEEP_SAVES, _MAX_ENTRIES)
    try:
        payload = marshal.dumps((FORMAT, keep, ages))
        write_checked(_state["path"] or cache_file(), payload, "dataclass", 8)  # other interpreters' files pruned
    except (OSError, ValueError):
        pass  # a read-only home: compile each time
