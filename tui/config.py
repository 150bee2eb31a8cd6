"""The user's settings (``config.toml``) and remembered choices (``state.toml``).

Both live in ``config_dir()``: ``$MARSAD_CONFIG_DIR`` when set, else the platform's user
config folder for "marsad" (platformdirs).  Reading never raises: a syntax error or a
value of the wrong type becomes a problem line naming the file, the line and what was
expected, and the default is used for that part only.  The user's ``config.toml`` is
never written by Marsad; ``state.toml`` is, atomically.
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.article.clean import has_controls, printable
from tui.userfile import cap_problems, read_toml, syntax_problem

__all__ = ["Config", "config_dir", "load_config", "load_state", "save_state", "syntax_problem", "toml_line",
           "where"]

RTL_MODES = ("terminal", "app", "words")
UI_LANGUAGES = ("en", "ar")
CONFIG_FILE = "config.toml"
STATE_FILE = "state.toml"


def _default_max_bytes() -> int:
    from tui.article.load import DEFAULT_MAX_BYTES

    return DEFAULT_MAX_BYTES


def _max_bytes_ceiling() -> int:
    from tui.article.load import MAX_BYTES_CEILING

    return MAX_BYTES_CEILING


class ConfigDirError(OSError):
    """The config folder cannot even be looked at (a folder above it is not readable)."""


def require_config_dir() -> Path:
    """config_dir(), or ConfigDirError (one line) when a folder on its way may not be entered.
    Commands that need the folder (the dashboard, presets, export --preset) call this first;
    a folder that is merely missing or read-only is fine (Marsad runs and says so)."""
    folder = config_dir()
    try:
        os.stat(folder)
    except PermissionError:
        raise ConfigDirError(f"cannot open the settings folder {printable(str(folder))}: permission denied "
                             "(a folder on its way may not be read); fix its permissions or set "
                             "MARSAD_CONFIG_DIR to another folder") from None
    except OSError:
        pass  # missing, or a file on the way: handled (and explained) where the folder is used
    return folder


# -- keys in [keymap] ------------------------------------------------------------------------

_MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
# Textual's names of keys that are not characters (characters go by themselves or their
# Unicode name: "slash", "question_mark").
_NAMED_KEYS = frozenset({
    "escape", "enter", "return", "tab", "space", "backspace", "delete", "insert", "home", "end", "pageup",
    "pagedown", "up", "down", "left", "right", "at", "minus", "plus", "slash", "backslash", "underscore",
    *(f"f{n}" for n in range(1, 25)),
})


def _key_ok(name: str) -> bool:
    import unicodedata

    if len(name) == 1:
        return name.isprintable() and not name.isspace()
    if name in _NAMED_KEYS:
        return True
    try:
        unicodedata.lookup(name.replace("_", " "))  # "question_mark", "left_square_bracket" …
    except KeyError:
        return False
    return True


def key_problem(keys: str) -> str | None:
    """Why ``keys`` ("ctrl+f,slash") cannot be bound, or None when every key in it can."""
    for key in keys.split(","):
        key = key.strip()
        if not key:
            return "an empty key (two commas in a row, or a comma at an end)"
        *mods, name = key.split("+")
        if not name:
            return f"{key!r} names no key after its '+'"
        bad = [m for m in mods if m not in _MODIFIERS]
        if bad:
            return f"{key!r}: {bad[0]!r} is not a modifier (ctrl, shift, alt, meta, super, hyper)"
        if not _key_ok(name):
            return f"{key!r}: {name!r} is not a key name (a character, or one like enter, escape, f5, slash)"
    return None


def config_dir() -> Path:
    """$MARSAD_CONFIG_DIR, else platformdirs' user config folder for "marsad"."""
    env = os.environ.get("MARSAD_CONFIG_DIR")
    if env:
        return Path(env).expanduser()
    try:
        from platformdirs import user_config_dir
    except ImportError:  # a bare interpreter running `python3 -m tui parse`: the XDG default
        return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "marsad"
    return Path(user_config_dir("marsad", appauthor=False))


# -- where a key sits in a TOML file (tomllib gives no positions for values) ----------------

_HEADER = re.compile(r"^\s*\[\[?\s*(.+?)\s*\]\]?\s*(#.*)?$")
_KEYLINE = re.compile(r"""^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*=""")
_DOTTED = re.compile(r"""\s*("(?:[^"\\]|\\.)*"|'[^']*'|[^."'\s]+)\s*(?:\.|$)""")


def _unquote(part: str) -> str:
    if len(part) >= 2 and part[0] == part[-1] and part[0] in "\"'":
        inner = part[1:-1]
        if part[0] == '"':
            try:
                return tomllib.loads(f"x = {part}")["x"]
            except tomllib.TOMLDecodeError:
                return inner
        return inner
    return part


def _split_dotted(s: str) -> tuple[str, ...]:
    return tuple(_unquote(m.group(1)) for m in _DOTTED.finditer(s) if m.group(1))


def toml_line(raw: str, table: tuple[str, ...], key: str | None = None) -> int | None:
    """1-based line of ``key`` inside ``[table]`` (or of the table header when ``key`` is
    None) in the TOML source ``raw``; None when it cannot be found (inline tables …)."""
    first_header, last_header, keys = _line_index(raw)
    if key is None:
        return first_header.get(table)
    return keys.get((table, key)) or last_header.get(table)


@functools.lru_cache(maxsize=8)
def _line_index(raw: str) -> tuple[dict, dict, dict]:
    """Where every table header and key of ``raw`` is, in one pass: a file with thousands
    of mistakes gets its lines in linear time, not one scan per mistake."""
    first_header: dict[tuple[str, ...], int] = {}
    last_header: dict[tuple[str, ...], int] = {}
    keys: dict[tuple[tuple[str, ...], str], int] = {}
    current: tuple[str, ...] = ()
    for n, line in enumerate(raw.splitlines(), 1):
        h = _HEADER.match(line)
        if h and not _KEYLINE.match(line):
            current = _split_dotted(h.group(1))
            first_header.setdefault(current, n)
            last_header[current] = n
            continue
        m = _KEYLINE.match(line)
        if m:
            keys.setdefault((current, _unquote(m.group(1))), n)
    return first_header, last_header, keys


def where(name: str, line: int | None) -> str:
    return f"{name} line {line}" if line else name


# -- config.toml -------------------------------------------------------------------------


@dataclass(frozen=True)
class Config:
    keymap: dict[str, str] = field(default_factory=dict)  # binding id → keys, for App.set_keymap
    rtl: str | None = None  # "terminal" | "app" | "words" | None (decide elsewhere)
    language: str = "en"  # the UI language of words Marsad writes itself (dates in the Timeline): "en" | "ar"
    theme: str | None = None
    mouse: bool = False  # keyboard first, like k9s and btop
    max_bytes: int = field(default_factory=_default_max_bytes)
    problems: tuple[str, ...] = ()  # "config.toml line 3: rtl: expected one of terminal, app, words"


def _read_toml(path: Path) -> tuple[str | None, dict[str, Any] | None, str | None]:
    """(raw text, parsed table, problem).  A missing file is (None, {}, None)."""
    f = read_toml(path)
    return f.raw, f.data, f.problem


def load_config() -> Config:
    """config.toml in config_dir(); never raises — bad parts fall back to defaults."""
    path = config_dir() / CONFIG_FILE
    raw, data, problem = _read_toml(path)
    if data is None:
        return Config(problems=(problem,) if problem else ())
    name = path.name
    problems: list[str] = []
    values: dict[str, Any] = {}

    def bad(key: str, expected: str, table: tuple[str, ...] = ()) -> None:
        line = toml_line(raw or "", table, key)
        label = printable(".".join((*table, key)))  # keys are the user's text: no escapes in messages
        problems.append(f"{where(name, line)}: {label}: expected {expected}")

    for key, val in data.items():
        if key == "rtl":
            if val in RTL_MODES:
                values["rtl"] = val
            else:
                bad(key, f"one of {', '.join(RTL_MODES)}")
        elif key == "language":
            if val in UI_LANGUAGES:
                values["language"] = val
            else:
                bad(key, f"one of {', '.join(UI_LANGUAGES)}")
        elif key == "theme":
            if isinstance(val, str) and val.strip() and not has_controls(val):
                values["theme"] = val.strip()
            else:
                bad(key, "a theme name (a string without control characters)")
        elif key == "mouse":
            if isinstance(val, bool):
                values["mouse"] = val
            else:
                bad(key, "true or false")
        elif key == "max_bytes":
            ceiling = _max_bytes_ceiling()
            if isinstance(val, int) and not isinstance(val, bool) and 0 < val <= ceiling:
                values["max_bytes"] = val
            else:
                bad(key, f"a positive whole number of bytes, at most {ceiling:,}")
        elif key == "keymap":
            if not isinstance(val, dict):
                bad(key, "a table of binding-id = \"keys\"")
                continue
            keymap: dict[str, str] = {}
            for bid, keys in val.items():
                if isinstance(keys, str) and keys.strip() and not has_controls(keys + bid):
                    if why := key_problem(keys):  # a key that cannot work would silently drop the binding
                        bad(bid, f"keys that exist: {printable(why)}; the default key is kept", ("keymap",))
                    else:
                        keymap[bid] = keys.strip()
                else:
                    bad(bid, 'a string of keys such as "ctrl+f,slash"', ("keymap",))
            values["keymap"] = keymap
        else:
            line = toml_line(raw or "", (), key)
            problems.append(f"{where(name, line)}: {printable(key)}: unknown setting "
                             "(expected one of rtl, language, theme, mouse, max_bytes, [keymap])")
    return Config(**values, problems=tuple(cap_problems(problems, name)))


# -- state.toml --------------------------------------------------------------------------

_STATE_DEFAULTS: dict[str, Any] = {"theme": None, "rtl": None, "calibrated": False}


def _state_value_ok(key: str, val: Any) -> bool:
    if key == "theme":
        return isinstance(val, str) and not has_controls(val)
    if key == "rtl":
        return val in RTL_MODES
    if key == "calibrated":
        return isinstance(val, bool)
    if key == "files":
        return isinstance(val, dict)
    return True  # choices other parts of the app remember; they validate them


def load_state() -> dict[str, Any]:
    """Remembered choices: {"theme": str|None, "rtl": str|None, "calibrated": bool, …}.
    A damaged or unreadable state file is ignored (it only holds conveniences)."""
    _raw, data, _problem = _read_toml(config_dir() / STATE_FILE)
    out = dict(_STATE_DEFAULTS)
    for key, val in (data or {}).items():
        if _state_value_ok(key, val):
            out[key] = val
    return out


def save_state(**changes: Any) -> str | None:
    """Merge ``changes`` into state.toml (None removes a key) and write it atomically.
    Returns None on success, else a one-line message (never raises for storage problems)."""

    def merge(data: dict[str, Any]) -> None:
        for key, val in changes.items():
            if val is None:
                data.pop(key, None)
            else:
                data[key] = val

    return _update_state(merge)


def _update_state(change: Callable[[dict[str, Any]], None]) -> str | None:
    """Read state.toml under its lock, apply ``change`` to the table, write it back atomically."""
    from tui.atomic import StorageError, atomic_write_text, file_lock, keep_broken  # only to write (tempfile …)

    folder = config_dir()
    path = folder / STATE_FILE
    try:
        with file_lock(folder / (STATE_FILE + ".lock")):
            f = read_toml(path)
            if f.data is None:  # never replace what could not be read: a pipe, a device, a damaged file
                if f.content is None:
                    return f"cannot save your choices: {f.problem}; Marsad will not replace it"
                keep_broken(path, f.content)
            merged = dict(f.data or {})
            change(merged)
            text = "# Marsad's remembered choices (theme, rtl mode, calibration, per-article dates and panes); " \
                   "safe to delete.\n"
            import tomli_w  # only when writing: reading config needs nothing beyond the standard library

            text += tomli_w.dumps(merged)
            atomic_write_text(path, text)
    except StorageError as e:
        return f"cannot save your choices: {e}"
    except (TypeError, ValueError) as e:  # a value TOML cannot hold
        return f"cannot save your choices: {e}"
    return None


# -- per-article choices, by content hash (tui.article.reference.content_key) ---------------

_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_FILE_KEYS = {"published": lambda v: isinstance(v, str) and bool(_DATE.match(v)),
              "pane": lambda v: isinstance(v, str) and v in ("timeline", "actors", "quotes", "source")}


def file_state(key: str) -> dict[str, Any]:
    """What was remembered for the article whose content key is ``key`` (bad values dropped)."""
    files = load_state().get("files") or {}
    entry = files.get(key) if isinstance(files, dict) else None
    if not isinstance(entry, dict):
        return {}
    return {k: v for k, v in entry.items() if k in _FILE_KEYS and _FILE_KEYS[k](v)}


def save_file_state(key: str, **changes: Any) -> str | None:
    """Merge ``changes`` (None removes) into the remembered choices for one article."""

    def merge(data: dict[str, Any]) -> None:
        files = data.get("files") if isinstance(data.get("files"), dict) else {}
        entry = dict(files.get(key) or {}) if isinstance(files.get(key), dict) else {}
        for k, v in changes.items():
            if v is None:
                entry.pop(k, None)
            else:
                entry[k] = v
        if entry:
            files[key] = entry
        else:
            files.pop(key, None)
        if files:
            data["files"] = files
        else:
            data.pop("files", None)

    return _update_state(merge)


def remembered_published(key: str) -> str | None:
    """The publication date the user set in the dashboard for this article, if any."""
    return file_state(key).get("published")
