"""The user's corrections to the merged actors, kept beside the corpus in a TOML file.

    # marsad-corrections.toml
    [[correction]]
    action = "split"                      # this member joins nothing automatically
    a = { article = "a.txt", name = "…", kind = "person" }

    [[correction]]
    action = "merge"                      # these two members' cards are one
    a = { article = "a.txt", name = "…", kind = "person" }
    b = { article = "sub/b.txt", name = "…", kind = "person" }

Members are named by their article (its path relative to the corpus) and their name and
kind in that article — not by ids, which a newer parser may number differently.  The file
is read like every user file (``tui.userfile``: regular files only, size- and
depth-limited); whatever is wrong is one line and the corrections it could read still
apply.  It is written atomically (``tui.atomic``); a file Marsad could not read is first
kept byte for byte as ``NAME.broken-<time>``, and entries it could not understand are
written back unchanged, so nothing the user wrote is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from tui.article.clean import has_controls, printable
from tui.article.model import ACTOR_KINDS

ACTIONS = ("split", "merge")
_HEADER = """\
# Marsad's corrections to the merged actors of this corpus (safe to edit by hand).
# action = "split": the member joins no other card; action = "merge": a's and b's cards are one.
# A member is { article = path relative to the corpus, name = as in that article, kind = … }.
"""


class MemberRef(NamedTuple):
    """A member as the user's file names it (a tuple: cheap to make for 100,000s of actors)."""

    article: str
    name: str
    kind: str

    def to_toml(self) -> dict[str, str]:
        return {"article": self.article, "name": self.name, "kind": self.kind}


@dataclass(frozen=True)
class Correction:
    action: str  # "split" | "merge"
    a: MemberRef
    b: MemberRef | None = None

    def to_toml(self) -> dict[str, Any]:
        out: dict[str, Any] = {"action": self.action, "a": self.a.to_toml()}
        if self.b is not None:
            out["b"] = self.b.to_toml()
        return out


@dataclass
class CorrectionsFile:
    corrections: list[Correction] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    keep: list[Any] = field(default_factory=list)  # entries not understood: written back as they were
    content: bytes | None = None  # the bytes of a file that could not be read at all
    unreadable: bool = False  # a pipe, a device, a folder, no permission: never replaced


def _ref(value: Any, where: str) -> MemberRef:
    if not isinstance(value, dict):
        raise ValueError(f"{where}: expected a table {{ article, name, kind }}")
    parts = {}
    for k in ("article", "name", "kind"):
        v = value.get(k)
        if not isinstance(v, str) or not v.strip():
            raise ValueError(f"{where}.{k}: expected a string")
        if has_controls(v):
            raise ValueError(f"{where}.{k}: expected a string without control characters")
        parts[k] = v
    if parts["kind"] not in ACTOR_KINDS:
        raise ValueError(f"{where}.kind: expected one of {', '.join(ACTOR_KINDS)}")
    unknown = set(value) - {"article", "name", "kind"}
    if unknown:
        raise ValueError(f"{where}: unknown key {printable(sorted(unknown)[0])!r}")
    return MemberRef(parts["article"], parts["name"], parts["kind"])


def parse_entry(entry: Any) -> Correction:
    """One ``[[correction]]`` table; ValueError naming what is wrong."""
    if not isinstance(entry, dict):
        raise ValueError("expected a [[correction]] table")
    action = entry.get("action")
    if action not in ACTIONS:
        raise ValueError(f"action: expected one of {', '.join(ACTIONS)}")
    unknown = set(entry) - {"action", "a", "b"}
    if unknown:
        raise ValueError(f"unknown key {printable(sorted(unknown)[0])!r}")
    a = _ref(entry.get("a"), "a")
    b = _ref(entry.get("b"), "b") if action == "merge" else None
    if action == "split" and "b" in entry:
        raise ValueError("b: a split names one member (a)")
    return Correction(action, a, b)


def read(path: Path) -> CorrectionsFile:
    """The corrections in ``path``; never raises (problems are one line each)."""
    from tui.userfile import cap_problems, read_toml

    f = read_toml(path)
    out = CorrectionsFile()
    if f.data is None:
        out.unreadable = f.content is None
        out.content = f.content
        action = "Marsad will not change it" if out.unreadable else \
            f"a correction you make keeps it as {path.name}.broken-<time>"
        out.problems.append(f"{printable(f.problem or path.name)}; no corrections were applied ({action})")
        return out
    for key in f.data:
        if key != "correction":
            out.problems.append(f"{path.name}: {printable(key)}: unknown key (expected [[correction]] tables)")
    entries = f.data.get("correction", [])
    if not isinstance(entries, list):
        out.problems.append(f"{path.name}: correction: expected [[correction]] tables")
        return out
    for n, entry in enumerate(entries, 1):
        try:
            out.corrections.append(parse_entry(entry))
        except ValueError as e:
            out.problems.append(f"{path.name}: correction {n}: {printable(str(e))} (skipped, kept in the file)")
            out.keep.append(entry)
    out.problems = cap_problems(out.problems, path.name)
    return out


def add(current: list[Correction], new: Correction) -> list[Correction]:
    """The list with ``new`` at the end; a split drops the earlier merges it undoes, and an
    entry already there is not repeated."""
    kept = list(current)
    if new.action == "split":
        kept = [c for c in kept if not (c.action == "merge" and new.a in (c.a, c.b))]
    if new in kept:
        return kept
    return [*kept, new]


def save(path: Path, corrections: list[Correction]) -> str | None:
    """Write ``corrections`` (and the entries the file held that Marsad did not understand)
    to ``path`` atomically.  Returns a notice when a damaged file was set aside first; raises
    StorageError (one line) when the file cannot be written or must not be replaced."""
    import tomli_w

    from tui.atomic import StorageError, atomic_write_text, file_lock, keep_broken

    notice = None
    with file_lock(path.with_name(path.name + ".lock")):
        current = read(path)
        if current.unreadable and current.problems and path.exists():
            raise StorageError(f"{current.problems[0]}; Marsad will not replace it")
        if current.content is not None:
            kept = keep_broken(path, current.content)
            notice = f"{path.name} could not be read; it is kept, unchanged, as {kept.name}"
        body = [c.to_toml() for c in corrections] + list(current.keep)
        atomic_write_text(path, _HEADER + tomli_w.dumps({"correction": body}))
    return notice
