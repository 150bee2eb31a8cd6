"""The command line's cache of dataclass methods (tui/codecache.py): a class made from code
read back from the cache is the class ``dataclasses`` makes without it (same methods, same
annotations, same behaviour), a later process compiles nothing, and a damaged file is
ignored and written afresh."""

from __future__ import annotations

import dataclasses
import inspect
import sys
import types

import pytest

from tui import codecache

SOURCE = '''
import dataclasses

@dataclasses.dataclass(frozen=True, slots=True, order=True)
class Point:
    x: int
    y: int = 0
    tags: tuple = ()

@dataclasses.dataclass
class Box:
    name: str
    items: list = dataclasses.field(default_factory=list)
'''


def make() -> dict:
    """The classes of SOURCE, in a module of their own (as the engine's: string annotations)."""
    module = types.ModuleType("made_here")
    sys.modules["made_here"] = module
    try:
        exec(compile("from __future__ import annotations\n" + SOURCE, "made_here.py", "exec"), vars(module))
    finally:
        del sys.modules["made_here"]
    return vars(module)


def fresh_process_state(monkeypatch) -> None:
    monkeypatch.setattr(codecache, "_table", {})
    monkeypatch.setattr(codecache, "_ages", {})
    monkeypatch.setattr(codecache, "_used", set())
    monkeypatch.setattr(codecache, "_state", {"loaded": False, "dirty": False, "path": None})


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path))
    was_installed = vars(dataclasses).get("exec") is codecache._exec
    codecache.uninstall()
    plain = make()  # as dataclasses makes them, before the cache is installed
    fresh_process_state(monkeypatch)
    monkeypatch.setattr("atexit.register", lambda fn: fn)
    assert codecache.install()
    yield plain
    codecache.uninstall()
    if was_installed:
        codecache.install()


def same_classes(a: dict, b: dict) -> None:
    for name in ("Point", "Box"):
        x, y = a[name], b[name]
        for method in ("__init__", "__repr__", "__eq__"):
            fx, fy = getattr(x, method), getattr(y, method)
            assert fx.__code__ == fy.__code__, (name, method)
            assert fx.__annotations__ == fy.__annotations__, (name, method)  # no __future__ leaking in
        assert str(inspect.signature(x)) == str(inspect.signature(y))
        assert x.__doc__ == y.__doc__


def test_classes_from_the_cache_are_the_classes_dataclasses_makes(cache, monkeypatch):
    first = make()
    assert codecache._state["dirty"]
    codecache.save()
    fresh_process_state(monkeypatch)
    second = make()
    assert not codecache._state["dirty"]  # every method's code came from the file
    same_classes(cache, first)
    same_classes(cache, second)
    p = second["Point"](1, 2)
    assert p < second["Point"](1, 3) and repr(p) == "Point(x=1, y=2, tags=())"
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 5  # type: ignore[misc]
    assert second["Box"]("b").items == [] and second["Box"]("b") == second["Box"]("b")


def test_a_damaged_cache_file_is_ignored_and_rewritten(cache, monkeypatch):
    make()
    codecache.save()
    path = codecache.cache_file()
    with open(path, "rb") as f:
        raw = bytearray(f.read())
    raw[len(raw) // 2] ^= 0xFF
    with open(path, "wb") as f:
        f.write(bytes(raw))
    fresh_process_state(monkeypatch)
    again = make()
    assert codecache._state["dirty"]  # compiled afresh, not read
    same_classes(cache, again)
    codecache.save()
    fresh_process_state(monkeypatch)
    make()
    assert not codecache._state["dirty"]


def test_the_command_line_installs_it():
    import tui.cli  # noqa: F401

    assert vars(dataclasses).get("exec") is codecache._exec
