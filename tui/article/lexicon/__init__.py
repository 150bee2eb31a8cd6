"""Lexicons are data (TOML files beside this module); this loads them once each."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed ``NAME.toml`` lexicon (cached; treat it as read-only)."""
    raw = resources.files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)
