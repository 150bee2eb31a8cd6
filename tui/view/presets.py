"""Named filter presets in ``presets.toml`` (config_dir()), one ``[presets.NAME]`` table each.

Read through ``tui.userfile`` (regular files only, size- and depth-limited); a hand-edited
file with mistakes still loads: the good presets are kept and each problem names the
file, the line and what was expected.  A file that cannot be parsed at all (a syntax
error, not UTF-8, nested too deep) is reported and left alone; when the user saves
anyway it is first kept, byte for byte, as ``presets.toml.broken-<time>``.  A pipe,
device or unreadable file is never replaced.  Every write happens under a lock file (two
instances saving at once lose neither's preset: the file is re-read and merged under the
lock), keeps a ``.bak`` of the last good file it replaces, and is atomic (``tui.atomic``).
Presets that are not valid filters are written back untouched so the user can still fix
them.  When the folder cannot be written, ``save`` raises StorageError and the preset
stays in this store's memory.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from tui.atomic import StorageError, atomic_write_text, file_lock, keep_broken
from tui.config import config_dir, toml_line, where
from tui.userfile import cap_problems, read_toml
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
    content: bytes | None = None  # the bytes read, kept when a broken file is set aside
    special: bool = False  # a pipe, device or folder: never replaced


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
        try:
            while not probe.exists():
                if probe.parent == probe:
                    return False
                probe = probe.parent
            return probe.is_dir() and os.access(probe, os.W_OK)
        except OSError:  # a folder on the way may not be entered
            return False

    def _read(self) -> _Read:
        f = read_toml(self.path)
        return _Read(f.raw, f.data, f.problem, f.content, f.special)

    def _parse(self, r: _Read) -> PresetFile:
        name = self.path.name
        out = PresetFile()
        if r.data is None:
            if r.content is None:  # unreadable or not a regular file: never replaced
                out.problems.append(f"{r.problem}; no presets were read, and Marsad will not change it")
            else:
                out.problems.append(f"{r.problem}; no presets were read, and Marsad will not change the file "
                                    f"(when you save a preset it is kept as {self.path.name}.broken-<time>)")
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
        out.problems = cap_problems(out.problems, name)
        return out

    def load(self) -> PresetFile:
        """The presets on disk (plus any this store could not write); never raises."""
        pf = self._parse(self._read())
        pf.presets.update(self._unsaved)
        if self._unsaved:
            pf.problems.append(f"{len(self._unsaved)} preset(s) kept in memory only: cannot write {self.path}")
        return pf

    # -- writing ----------------------------------------------------------------------

    def _write(self, data: dict[str, Any], *, backup: bool = True) -> None:
        atomic_write_text(self.path, _HEADER + tomli_w.dumps(data), backup=backup)

    def _modify(self, change: Callable[[dict[str, Any]], None]) -> str | None:
        """Re-read the file under the lock, let ``change`` edit its presets table, write it back.
        Returns a notice for the user when a damaged file had to be set aside first."""
        notice = None
        try:
            with file_lock(self.lock_path):
                r = self._read()
                if r.data is None and r.content is None and r.problem is not None:
                    # A pipe, a device, a folder, a file we may not read: replacing it would lose it.
                    raise StorageError(f"{r.problem}; Marsad will not replace it")
                data = dict(r.data) if r.data is not None else {}
                table = data.get("presets")
                if not isinstance(table, dict):
                    table = {}
                table = dict(table)
                change(table)
                data["presets"] = table
                if r.data is None and r.content is not None:
                    # Never overwrite a file that could not be read: set it aside for good (the .bak
                    # stays the last good file), then write the new one.
                    kept = keep_broken(self.path, r.content)
                    notice = (f"{r.problem}. It is kept, unchanged, as {kept.name}; the presets in it are not "
                              f"in the new {self.path.name} — fix that copy and rename it to restore them")
                    self._write(data, backup=False)
                else:
                    self._write(data)
        except StorageError:
            self.writable = False
            raise
        self.writable = True
        return notice

    def save(self, name: str, flt: Filter) -> str | None:
        """Add or replace preset ``name`` (merging with what another instance wrote).
        Raises StorageError when the file cannot be written; the preset is then kept in memory.
        Returns a notice (once) when a damaged presets.toml was set aside to make room."""
        name = check_name(name)
        Filter.from_toml(flt.to_toml())  # ValueError for what load() would refuse (control characters)
        self._unsaved[name] = flt

        def change(table: dict[str, Any]) -> None:
            for n, f in self._unsaved.items():
                table[n] = f.to_toml()

        notice = self._modify(change)
        self._unsaved.clear()
        return notice

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
