"""Named filter presets in ``presets.toml`` (config_dir()), one ``[presets.NAME]`` table each.

Read with tomllib; a hand-edited file with mistakes still loads: the good presets are
kept and each problem names the file, the line and what was expected.  A TOML syntax
error makes the whole file unreadable: it is reported and left alone until the user
saves.  Every write happens under a lock file (two instances saving at once lose
neither's preset: the file is re-read and merged under the lock), keeps a ``.bak`` of
what it replaces, and is atomic (``tui.atomic``).  Presets that are not valid filters
are written back untouched so the user can still fix them.  When the folder cannot be
written, ``save`` raises StorageError and the preset stays in this store's memory.
"""

from __future__ import annotations

import os
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from tui.atomic import StorageError, atomic_write_text, file_lock
from tui.config import config_dir, syntax_problem, toml_line, where
from tui.view.filter import Filter

__all__ = ["PRESETS_FILE", "PresetFile", "PresetStore", "StorageError", "check_name"]

PRESETS_FILE = "presets.toml"
_HEADER = """\
# Marsad filter presets: one [presets.NAME] table each. Safe to edit by hand.
# Fields (all optional): actors_query, quotes_query, timeline_query, source_query (strings);
# kinds, affiliations, speakers, quote_kinds (lists of strings); date_from, date_to ("YYYY[-MM[-DD]]").
# Marsad rewrites this file when it saves (your comments are not kept) and keeps the previous
# version in presets.toml.bak each time.
"""


@dataclass
class PresetFile:
    presets: dict[str, Filter] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # "presets.toml line 7: preset 'x': kinds: expected …"


@dataclass
class _Read:
    raw: str | None  # the file's text (None when missing or unreadable)
    data: dict[str, Any] | None  # parsed TOML; None when the file cannot be parsed
    problem: str | None  # why it cannot be parsed


def check_name(name: str) -> str:
    """A preset name as stored: trimmed; ValueError when empty or holding control characters."""
    name = name.strip()
    if not name:
        raise ValueError("a preset needs a name")
    if any(unicodedata.category(c).startswith("C") and c not in "\u200c\u200d" for c in name):
        raise ValueError("a preset name cannot contain control characters")
    return name


class PresetStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else config_dir() / PRESETS_FILE
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.backup_path = self.path.with_name(self.path.name + ".bak")
        self._unsaved: dict[str, Filter] = {}  # saved while the folder could not be written
        self.writable: bool = self._probe_writable()

    # -- reading ----------------------------------------------------------------------

    def _probe_writable(self) -> bool:
        """A cheap guess for the UI; ``save`` is the real test."""
        folder = self.path.parent
        probe = folder
        while not probe.exists():
            if probe.parent == probe:
                return False
            probe = probe.parent
        return probe.is_dir() and os.access(probe, os.W_OK)

    def _read(self) -> _Read:
        name = self.path.name
        try:
            raw = self.path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            return _Read(None, {}, None)
        except IsADirectoryError:
            return _Read(None, None, f"{name}: is a folder, not a file")
        except UnicodeDecodeError:
            return _Read(None, None, f"{name}: is not UTF-8 text")
        except OSError as e:
            return _Read(None, None, f"{name}: cannot be read ({e.strerror or e})")
        try:
            return _Read(raw, tomllib.loads(raw), None)
        except tomllib.TOMLDecodeError as e:
            return _Read(raw, None, syntax_problem(name, e, raw))

    def _parse(self, r: _Read) -> PresetFile:
        name = self.path.name
        out = PresetFile()
        if r.data is None:
            out.problems.append(f"{r.problem}; no presets were read, and Marsad will not change the file "
                                f"until you save a preset (the old file is then kept as {self.backup_path.name})")
            return out
        raw = r.raw or ""
        for key in r.data:
            if key != "presets":
                out.problems.append(f"{where(name, toml_line(raw, (), key) or toml_line(raw, (key,)))}: "
                                    f"{key}: unknown table (expected [presets.NAME] tables)")
        table = r.data.get("presets", {})
        if not isinstance(table, dict):
            out.problems.append(f"{where(name, toml_line(raw, (), 'presets'))}: presets: "
                                "expected [presets.NAME] tables")
            return out
        for pname, body in table.items():
            try:
                check_name(pname)  # a hand-written name with an escape would drive the terminal
            except ValueError as e:
                line = toml_line(raw, ("presets", pname)) or toml_line(raw, ("presets",), pname)
                out.problems.append(f"{where(name, line)}: preset {pname!r}: {e} (skipped)")
                continue
            try:
                out.presets[pname] = Filter.from_toml(body)
            except ValueError as e:
                msg = str(e)
                fld = msg.split(":", 1)[0]
                line = (toml_line(raw, ("presets", pname), fld) if isinstance(body, dict) and fld in body
                        else toml_line(raw, ("presets", pname)) or toml_line(raw, ("presets",), pname))
                out.problems.append(f"{where(name, line)}: preset {pname!r}: {msg}")
        return out

    def load(self) -> PresetFile:
        """The presets on disk (plus any this store could not write); never raises."""
        pf = self._parse(self._read())
        pf.presets.update(self._unsaved)
        if self._unsaved:
            pf.problems.append(f"{len(self._unsaved)} preset(s) kept in memory only: cannot write {self.path}")
        return pf

    # -- writing ----------------------------------------------------------------------

    def _write(self, data: dict[str, Any]) -> None:
        atomic_write_text(self.path, _HEADER + tomli_w.dumps(data), backup=True)

    def _modify(self, change: Callable[[dict[str, Any]], None]) -> None:
        """Re-read the file under the lock, let ``change`` edit its presets table, write it back."""
        try:
            with file_lock(self.lock_path):
                r = self._read()
                # An unparsable file (syntax error, not UTF-8 …) is replaced: the user chose to
                # save, and _write keeps the old bytes in the .bak first (or fails if it cannot).
                data = dict(r.data) if r.data is not None else {}
                table = data.get("presets")
                if not isinstance(table, dict):
                    table = {}
                table = dict(table)
                change(table)
                data["presets"] = table
                self._write(data)
        except StorageError:
            self.writable = False
            raise
        self.writable = True

    def save(self, name: str, flt: Filter) -> None:
        """Add or replace preset ``name`` (merging with what another instance wrote).
        Raises StorageError when the file cannot be written; the preset is then kept in memory."""
        name = check_name(name)
        Filter.from_toml(flt.to_toml())  # ValueError for what load() would refuse (control characters)
        self._unsaved[name] = flt

        def change(table: dict[str, Any]) -> None:
            for n, f in self._unsaved.items():
                table[n] = f.to_toml()

        self._modify(change)
        self._unsaved.clear()

    def delete(self, name: str) -> None:
        """Remove preset ``name``; KeyError when there is none by that name."""
        in_memory = self._unsaved.pop(name, None) is not None
        if in_memory and not self.path.exists():
            return
        self._require_parsable()

        def change(table: dict[str, Any]) -> None:
            if name in table:
                del table[name]
            elif not in_memory:
                raise KeyError(name)

        self._modify(change)

    def rename(self, old: str, new: str) -> None:
        """Rename a preset; KeyError when ``old`` is unknown, ValueError when ``new`` is taken."""
        new = check_name(new)
        if old == new:
            return
        if old in self._unsaved:
            if new in self.load().presets:
                raise ValueError(f"a preset named {new!r} already exists")
            self._unsaved[new] = self._unsaved.pop(old)
            return
        self._require_parsable()

        def change(table: dict[str, Any]) -> None:
            if old not in table:
                raise KeyError(old)
            if new in table:
                raise ValueError(f"a preset named {new!r} already exists")
            renamed = {(new if k == old else k): v for k, v in table.items()}  # keep the file's order
            table.clear()
            table.update(renamed)

        self._modify(change)

    def _require_parsable(self) -> None:
        r = self._read()
        if r.data is None:
            raise StorageError(f"{r.problem}; fix {self.path} first")
