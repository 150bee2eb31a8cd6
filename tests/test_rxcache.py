"""The command line's compiled-pattern cache (tui/rxcache.py): a pattern read back from the
cache is the pattern ``re`` compiles (Python compares compiled programs), a damaged or
foreign cache file is ignored and written afresh, a bad pattern still raises re.error, and
the parser's patterns are the same text in every process (so they can be cached at all)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from conftest import ROOT

from tui import rxcache

PATTERNS = [
    (r"(?<![\w])(?:[وف]?[بل]?)(?P<day>\d{1,2})\s+(?P<month>يناير|فبراير|مارس)", 0),
    (r"(?P<a>x)(?P=a)|[^\W\d_]+", re.IGNORECASE),
    (r"^\s*#.*$", re.MULTILINE),
    ("[\u0600-\u06ff]+(?=\\s)", 0),
]


def compiled_fresh(pattern: str, flags: int) -> re.Pattern[str]:
    rxcache.uninstall()
    re.purge()
    try:
        return re.compile(pattern, flags)
    finally:
        rxcache.install()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """rxcache installed afresh over an empty cache folder, as in a new process (and put back
    as it was afterwards: importing tui.cli installs it in the test process too)."""
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path))
    was_installed = rxcache._original is not None
    rxcache.uninstall()
    fresh_process_state(monkeypatch)
    monkeypatch.setattr("atexit.register", lambda fn: fn)  # the tests save by hand
    assert rxcache.install()
    yield tmp_path
    rxcache.uninstall()
    if was_installed:
        rxcache.install()
    re.purge()


def fresh_process_state(monkeypatch) -> None:
    """What a new process starts with: nothing loaded, re's own cache empty."""
    monkeypatch.setattr(rxcache, "_table", {})
    monkeypatch.setattr(rxcache, "_used", set())
    monkeypatch.setattr(rxcache, "_ages", {})
    monkeypatch.setattr(rxcache, "_state", {"loaded": False, "dirty": False, "path": None})
    re.purge()


def test_patterns_read_back_from_the_cache_equal_re_compile(cache, monkeypatch):
    first = [re.compile(p, f) for p, f in PATTERNS]
    assert rxcache._state["dirty"]
    rxcache.save()
    assert os.path.exists(rxcache.cache_file())
    fresh_process_state(monkeypatch)
    second = [re.compile(p, f) for p, f in PATTERNS]
    assert not rxcache._state["dirty"]  # every one came from the file
    for (p, f), a, b in zip(PATTERNS, first, second, strict=True):
        want = compiled_fresh(p, f)
        assert a == want and b == want  # same pattern, flags and compiled program
        assert b.groupindex == want.groupindex and b.groups == want.groups
    text = "وفي 12 مارس قال xx"
    assert second[0].search(text).group("day", "month") == ("12", "مارس")


def test_a_damaged_cache_file_is_ignored_and_rewritten(cache, monkeypatch):
    [re.compile(p, f) for p, f in PATTERNS]
    rxcache.save()
    path = rxcache.cache_file()
    with open(path, "rb") as f:
        raw = bytearray(f.read())
    raw[len(raw) // 2] ^= 0xFF  # one flipped byte: the checksum no longer holds
    with open(path, "wb") as f:
        f.write(bytes(raw))
    fresh_process_state(monkeypatch)
    again = [re.compile(p, f) for p, f in PATTERNS]
    assert rxcache._state["dirty"]  # compiled afresh, not read
    assert again == [compiled_fresh(p, f) for p, f in PATTERNS]
    rxcache.save()
    fresh_process_state(monkeypatch)
    [re.compile(p, f) for p, f in PATTERNS]
    assert not rxcache._state["dirty"]  # the rewritten file is good


def test_a_wrong_entry_is_compiled_again(cache, monkeypatch):
    p, f = PATTERNS[0]
    rxcache._load()
    rxcache._table[(p, f)] = ("not", "a", "program")
    assert re.compile(p, f) == compiled_fresh(p, f)


def test_a_bad_pattern_still_raises(cache):
    with pytest.raises(re.error):
        re.compile("(unclosed")


def test_the_parsers_patterns_are_the_same_text_in_every_process(tmp_path):
    code = (
        "import sys; from tui import rxcache; rxcache.install()\n"
        "from tui.article.parse import parse\n"
        "parse(open(sys.argv[1], encoding='utf-8').read())\n"
        "print(rxcache._state['dirty'], len(rxcache._used))\n"
    )
    seed = str(ROOT / "seeds" / "niger-coup-washington-paris.txt")
    env = {**os.environ, "MARSAD_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", code, seed], capture_output=True, text=True, cwd=ROOT,
                           env={**env, "PYTHONHASHSEED": str(seed_)}) for seed_ in (1, 2)]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr + runs[1].stderr
    first, second = (r.stdout.split() for r in runs)
    assert first[0] == "True" and int(first[1]) > 50  # the first run compiled and wrote them
    assert second == ["False", first[1]]  # another hash seed: every pattern found in the cache


def test_a_program_unused_over_several_writes_is_dropped(cache, monkeypatch):
    """A pattern that changed (a lexicon's alternation after an edit) leaves its old program
    behind: it is kept while another command may still use it, and dropped after
    _KEEP_SAVES writes without a use, so the file every run reads whole does not grow."""
    kept, old = PATTERNS[0], PATTERNS[1]
    re.compile(*kept)
    re.compile(*old)
    rxcache.save()
    for k in range(rxcache._KEEP_SAVES + 1):
        fresh_process_state(monkeypatch)
        re.compile(*kept)
        re.compile(f"(?:new{k})+")  # something new each run, so the run writes the file
        rxcache.save()
        fresh_process_state(monkeypatch)
        rxcache._load()
        assert kept in rxcache._table
        assert (old in rxcache._table) == (k < rxcache._KEEP_SAVES)
    fresh_process_state(monkeypatch)
    assert re.compile(*old) == compiled_fresh(*old)  # dropped, so compiled again
    assert rxcache._state["dirty"]


def test_programs_are_decoded_only_when_a_pattern_asks_for_them(cache, monkeypatch):
    """The file is read whole, but each program is unmarshalled on first use: a dashboard's
    start-up uses a tenth of what the file holds."""
    for p, f in PATTERNS:
        re.compile(p, f)
    rxcache.save()
    fresh_process_state(monkeypatch)
    rxcache._load()
    assert all(type(v) is bytes for v in rxcache._table.values()) and len(rxcache._table) >= len(PATTERNS)
    p, f = PATTERNS[2]
    assert re.compile(p, f) == compiled_fresh(p, f)
    assert not rxcache._state["dirty"]  # found in the file, not compiled again
