"""Resolved date values (TIMEX3 codes: ``2007-SU``, ``2023-Q4``, ``2023-W32``, ``XXXX-08-07``,
ranges ``a/b``, None) in words for the UI language; the model and its JSON keep the codes.

The words are data (``date_words.toml``); a value this does not know is shown as is."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("en", "ar")
DEFAULT_LANGUAGE = "en"

_DAY = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4}|XXXX)-(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_YEAR = re.compile(r"^\d{4}$")


@cache
def _words(language: str) -> dict[str, Any]:
    raw = resources.files(__package__).joinpath("date_words.toml").read_text(encoding="utf-8")
    table = tomllib.loads(raw)
    return table.get(language) or table[DEFAULT_LANGUAGE]


def _one(value: str, w: dict[str, Any]) -> str:
    if _YEAR.match(value):
        return value
    if m := _DAY.match(value):
        y, mo, d = m.groups()
        if not 1 <= int(mo) <= 12:
            return value
        name = w["months"][int(mo) - 1]
        key = "day_no_year" if y == "XXXX" else "day"
        return w[key].format(d=int(d), m=name, y=y)
    if m := _MONTH.match(value):
        y, mo = m.groups()
        if not 1 <= int(mo) <= 12:
            return value
        return w["month_no_year" if y == "XXXX" else "month"].format(m=w["months"][int(mo) - 1], y=y)
    if m := _SEASON.match(value):
        return w["seasons"][m[2]].format(y=m[1])
    if m := _QUARTER.match(value):
        return w["quarters"][int(m[2]) - 1].format(y=m[1])
    if m := _HALF.match(value):
        return w["halves"][int(m[2]) - 1].format(y=m[1])
    if m := _WEEK.match(value):
        return w["week"].format(n=int(m[2]), y=m[1])
    return value


def date_in_words(value: str | None, language: str = DEFAULT_LANGUAGE) -> str:
    """``2007-SU`` → "summer 2007" / "صيف 2007"; None → "date unknown"; a range ``a/b`` → "a – b"."""
    w = _words(language if language in LANGUAGES else DEFAULT_LANGUAGE)
    if not value:
        return w["unknown"]
    if "/" in value:
        a, _, b = value.partition("/")
        return w["range"].format(a=_one(a, w), b=_one(b, w))
    return _one(value, w)
