"""The user's settings (``config.toml``) and remembered choices (``state.toml``).

Both live in ``config_dir()``: ``$MARSAD_CONFIG_DIR`` when set, else the platform's user
config folder for "marsad" (platformdirs).  Reading never raises: a syntax error or a
value of the wrong type becomes a problem line naming the file, the line and what was
expected, and the default is used for that part only.  The user's ``config.toml`` is
never written by Marsad; ``state.toml`` is, atomically.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.article.clean import has_controls, printable
from tui.atomic import StorageError, atomic_write_text, file_lock

RTL_MODES = ("terminal", "app", "words")
UI_LANGUAGES = ("en", "ar")
CONFIG_FILE = "config.toml"
STATE_FILE = "state.toml"


def _default_max_bytes() -> int:
    from tui.article.load import DEFAULT_MAX_BYTES

    return DEFAULT_MAX_BYTES


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
    current: tuple[str, ...] = ()
    header_line: int | None = None
    for n, line in enumerate(raw.splitlines(), 1):
        h = _HEADER.match(line)
        if h and not _KEYLINE.match(line):
            current = _split_dotted(h.group(1))
            if current == table:
                header_line = n
                if key is None:
                    return n
            continue
        if key is not None and current == table:
            m = _KEYLINE.match(line)
            if m and _unquote(m.group(1)) == key:
                return n
    return header_line


_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)")
_AT_END = re.compile(r"\s*\(at end of document\)")


def syntax_problem(name: str, err: tomllib.TOMLDecodeError, raw: str = "") -> str:
    """ "presets.toml line 3: TOML syntax error: Invalid value (column 1)" """
    msg = str(err)
    if m := _AT.search(msg):
        return f"{name} line {m[1]}: TOML syntax error: {_AT.sub('', msg)} (column {m[2]})"
    if _AT_END.search(msg) and raw:
        last = len(raw.rstrip("\n").splitlines()) or 1
        return f"{name} line {last}: TOML syntax error: {_AT_END.sub('', msg)} (at the end of the file)"
    return f"{name}: TOML syntax error: {msg}"


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
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return None, {}, None
    except (OSError, UnicodeDecodeError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        return None, None, f"{path.name}: cannot be read ({reason})"
    try:
        return raw, tomllib.loads(raw), None
    except tomllib.TOMLDecodeError as e:
        return raw, None, syntax_problem(path.name, e, raw)


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
            if isinstance(val, int) and not isinstance(val, bool) and val > 0:
                values["max_bytes"] = val
            else:
                bad(key, "a positive whole number of bytes")
        elif key == "keymap":
            if not isinstance(val, dict):
                bad(key, "a table of binding-id = \"keys\"")
                continue
            keymap: dict[str, str] = {}
            for bid, keys in val.items():
                if isinstance(keys, str) and keys.strip() and not has_controls(keys + bid):
                    keymap[bid] = keys.strip()
                else:
                    bad(bid, 'a string of keys such as "ctrl+f,slash"', ("keymap",))
            values["keymap"] = keymap
        else:
            line = toml_line(raw or "", (), key)
            problems.append(f"{where(name, line)}: {printable(key)}: unknown setting "
                            "(expected one of rtl, language, theme, mouse, max_bytes, [keymap])")
    return Config(**values, problems=tuple(problems))


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
    folder = config_dir()
    path = folder / STATE_FILE
    try:
        with file_lock(folder / (STATE_FILE + ".lock")):
            _raw, data, _problem = _read_toml(path)
            merged = dict(data or {})
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
