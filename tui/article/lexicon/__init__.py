"""Lexicons are data (TOML files beside this module); this loads them once each."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed ``NAME.toml`` lexicon (cached; treat it as read-only)."""
    got = _parsed().get(name)
    if got is None:
        from importlib import resources  # a lexicon the compiled cache does not hold

        return _parse(resources.files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8"))
    return got


@cache
def _parsed() -> dict[str, dict[str, Any]]:
    """Every lexicon TOML, parsed: from the compiled cache (marshal reads them far faster than
    tomllib parses them, a good part of a one-article run's start-up), else parsed and cached."""
    from .compiled import cached, data_files

    def build() -> dict[str, dict[str, Any]]:
        return {p.stem: _parse(p.read_text(encoding="utf-8"))
                for p in data_files() if p.suffix == ".toml" and p.parent.name == "lexicon"}

    def undump(data: object) -> dict[str, dict[str, Any]]:
        if not isinstance(data, dict):
            raise TypeError("not a table of lexicons")
        return data

    return cached("marsad-toml/1", build, lambda d: d, undump, name="toml")


def _parse(raw: str) -> dict[str, Any]:
    import tomllib

    return tomllib.loads(raw)


@cache
def word_set(name: str, field: str) -> frozenset[str]:
    """The words of list ``field`` in lexicon ``name``, in the normal form (rule data read as
    a set: "purpose_prepositions" in organizations.toml …)."""
    from ..doc.normal import key

    return frozenset(key(w) for w in load(name)[field])


@cache
def time_modifiers() -> frozenset[str]:
    """الماضي، المقبل، الجاري …: the words that date "العام"، "الشهر" (relative.toml)."""
    from ..doc.normal import key

    return frozenset(key(w) for ws in load("relative")["modifiers"].values() for w in ws)


def phrase_index(phrases: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases in the normal form, as word tuples, by their first word, longest first: what
    :func:`phrase_at` looks up at a token."""
    from ..doc.normal import key

    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        ws = tuple(key(phrase).split())
        if ws:
            out.setdefault(ws[0], []).append(ws)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def phrase_at(toks: Sequence[Any], i: int, index: dict[str, tuple[tuple[str, ...], ...]],
              first: str | None = None) -> tuple[str, ...] | None:
    """The longest phrase of ``index`` written from token i of ``toks`` (tokens with a ``norm``),
    its first word read as ``first`` when given (a proclitic cut off); None when none is."""
    for ws in index.get(toks[i].norm if first is None else first, ()):
        if i + len(ws) <= len(toks) and all(toks[i + k].norm == w for k, w in enumerate(ws) if k):
            return ws
    return None
