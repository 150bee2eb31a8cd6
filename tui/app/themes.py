"""Theme files: ``themes/*.toml`` shipped with Marsad plus ``<config dir>/themes/*.toml``.

A file holds the colours of a ``textual.theme.Theme`` (``[colors]``) and the colours of
actor kinds, quote kinds and highlights (``[actors]``, ``[quotes]``, ``[highlight]``),
which travel in ``Theme.variables`` as ``marsad-actor-person`` … so a theme switch
re-colours the panes.  A bad file is reported in one message and skipped.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.theme import Theme

from tui.article.clean import has_controls, printable
from tui.userfile import read_toml

THEMES_DIR = Path(__file__).resolve().parent.parent.parent / "themes"
DEFAULT_THEME = "marsad-dark"
THEME_FIELDS = ("primary", "secondary", "accent", "warning", "error", "success",
                "foreground", "background", "surface", "panel", "boost")
SECTIONS = {
    "actors": ("person", "organization", "place", "group", "anonymous"),
    "quotes": ("direct", "indirect", "mixed"),
    "highlight": ("span", "sentence", "mention", "match"),
}
_PREFIX = {"actors": "marsad-actor-", "quotes": "marsad-quote-", "highlight": "marsad-hl-"}

# Used for themes without Marsad colours (Textual's built-in ones).
_FALLBACK_DARK = {
    "marsad-actor-person": "#61afef", "marsad-actor-organization": "#c678dd", "marsad-actor-place": "#98c379",
    "marsad-actor-group": "#e5c07b", "marsad-actor-anonymous": "#abb2bf",
    "marsad-quote-direct": "#56b6c2", "marsad-quote-indirect": "#d19a66", "marsad-quote-mixed": "#c678dd",
    "marsad-hl-span": "#5a4a1a", "marsad-hl-sentence": "#2f3542", "marsad-hl-mention": "#61afef",
    "marsad-hl-match": "#e0a84f",
}
_FALLBACK_LIGHT = {
    **_FALLBACK_DARK,
    "marsad-actor-person": "#0b5cad", "marsad-actor-organization": "#7b2fa6", "marsad-actor-place": "#2e7d32",
    "marsad-actor-group": "#8a5a00", "marsad-actor-anonymous": "#57606a",
    "marsad-quote-direct": "#0a7a86", "marsad-quote-indirect": "#a0522d", "marsad-quote-mixed": "#7b2fa6",
    "marsad-hl-span": "#ffe58f", "marsad-hl-sentence": "#e6eef7", "marsad-hl-mention": "#0b5cad",
    "marsad-hl-match": "#b5651d",
}


@dataclass
class LoadedThemes:
    themes: list[Theme] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _colour(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{where}: expected a colour string")
    try:
        Color.parse(value)
    except ColorParseError:
        raise ValueError(f"{where}: {value!r} is not a colour") from None
    return value


def theme_from_toml(data: dict, source: str) -> Theme:
    """A Theme from one file's table; ValueError naming the bad key otherwise."""
    name = data.get("name")
    if not isinstance(name, str) or not name.strip() or has_controls(name):
        raise ValueError("name: expected a non-empty string without control characters")
    colors = data.get("colors")
    if not isinstance(colors, dict):
        raise ValueError("[colors]: expected a table")
    unknown = set(colors) - set(THEME_FIELDS)
    if unknown:
        raise ValueError(f"[colors] {sorted(unknown)[0]}: unknown colour (expected one of {', '.join(THEME_FIELDS)})")
    if "primary" not in colors:
        raise ValueError("[colors] primary: missing")
    kw = {k: _colour(v, f"[colors] {k}") for k, v in colors.items()}
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise ValueError("dark: expected true or false")
    variables = dict(_FALLBACK_DARK if dark else _FALLBACK_LIGHT)
    for section, keys in SECTIONS.items():
        table = data.get(section, {})
        if not isinstance(table, dict):
            raise ValueError(f"[{section}]: expected a table")
        for key, value in table.items():
            if key not in keys:
                raise ValueError(f"[{section}] {key}: unknown key (expected one of {', '.join(keys)})")
            variables[_PREFIX[section] + key] = _colour(value, f"[{section}] {key}")
    extra = data.get("variables", {})
    if not isinstance(extra, dict):
        raise ValueError("[variables]: expected a table of Textual CSS variables")
    for key, value in extra.items():
        if not isinstance(value, str):
            raise ValueError(f"[variables] {key}: expected a string")
        if has_controls(key + value):
            raise ValueError(f"[variables] {key}: control characters are not allowed")
        variables[key] = value
    _check_variables({k: v for k, v in extra.items() if not k.startswith("marsad-")})
    for key in (k for k in extra if k.startswith("marsad-")):
        _colour(extra[key], f"[variables] {key}")
    return Theme(name=name.strip(), dark=dark, ansi=bool(data.get("ansi", False)), variables=variables, **kw)


@functools.cache
def _design_variables() -> dict[str, str]:
    """Textual's own CSS variables with their default values (what [variables] may set).
    Built once (every theme file is checked against it); callers copy, never change it."""
    from textual.design import ColorSystem

    return ColorSystem(primary="#0178d4").generate()


def _property_for(key: str, default: str) -> str:
    """The CSS property a variable's value must suit: a text style, a foreground colour
    (which may be ``auto 87%``) or a background colour."""
    if "style" in key.split("-"):
        return "text-style"
    return "color" if default.startswith("auto") else "background"


def _check_variables(extra: dict[str, str]) -> None:
    """ValueError naming the first [variables] entry Textual's CSS parser would refuse: such
    a value makes the stylesheet fail at start, in the theme preview, or on every start
    when the theme shadows a built-in name."""
    if not extra:
        return
    from textual.css.stylesheet import Stylesheet

    known = _design_variables()
    for key in extra:
        if key not in known:
            raise ValueError(f"[variables] {key}: unknown variable (expected one of Textual's design variables, "
                             "such as footer-background or block-cursor-background)")

    def parses(keys: list[str]) -> bool:
        sheet = Stylesheet(variables={**known, **extra})
        rules = " ".join(f"{_property_for(k, known[k])}: ${k};" for k in keys)
        sheet.add_source(f"Widget {{ {rules} }}", read_from=("theme", "[variables]"))
        try:
            sheet.parse()
        except Exception:  # StylesheetParseError, TokenError …: whatever Textual's parser refuses
            return False
        return True

    if parses(list(extra)):  # one parse for the whole table; one per entry only to name a bad one
        return
    for key, value in extra.items():
        if not parses([key]):
            what = {"text-style": "a text style (bold, italic, underline, reverse, none …)",
                    "color": "a colour (or auto with a percentage)"}.get(_property_for(key, known[key]), "a colour")
            raise ValueError(f"[variables] {key}: {value!r} is not {what}")
    raise ValueError("[variables]: Textual cannot use these values together")


def load_themes(dirs: list[Path] | None = None) -> LoadedThemes:
    """Every readable theme in ``dirs`` (default: the shipped ones, then the user's)."""
    if dirs is None:
        dirs = [THEMES_DIR, _user_dir()]
    out = LoadedThemes()
    for folder in dirs:
        try:
            if folder is None or not folder.is_dir():
                continue
            paths = sorted(folder.glob("*.toml"))
        except OSError as e:  # a folder that may not be entered or listed
            out.problems.append(f"{printable(str(folder))}: cannot be read ({e.strerror or e})")
            continue
        for path in paths:
            f = read_toml(path)  # a FIFO, a link to /dev/zero, a 500-deep array: one problem line, skipped
            if f.data is None:
                out.problems.append(f.problem or f"{path.name}: cannot be read")
                continue
            try:
                out.themes.append(theme_from_toml(f.data, str(path)))
            except ValueError as e:
                out.problems.append(f"{path.name}: {printable(str(e))}")
    return out


def _user_dir() -> Path | None:
    try:
        from tui.config import config_dir
    except ImportError:  # pragma: no cover
        return None
    return config_dir() / "themes"


def palette(theme: Theme) -> dict[str, str]:
    """Marsad's colours for ``theme`` as Rich colour strings ("ansi_red" → "red")."""
    base = dict(_FALLBACK_DARK if theme.dark else _FALLBACK_LIGHT)
    base.update({k: v for k, v in theme.variables.items() if k.startswith("marsad-")})
    return {k: rich_colour(v) for k, v in base.items()}


def rich_colour(value: str) -> str:
    return value[5:] if value.startswith("ansi_") else value
