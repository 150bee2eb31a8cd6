"""Pruning the compiled caches (issue 14, tui/article/cachefiles.py): writing a cache file
removes the older files of the same kind beyond the few most recently used, and nothing
else — not the file just written, not another kind's, not a name that is not exactly ours,
not a symbolic link (nor what it points to)."""

from __future__ import annotations

import os
import re
import time

import pytest

from tui import rxcache
from tui.article import cachefiles, lexicon
from tui.article.lexicon import compiled

DAY = 86400.0


def _stale(folder, kind: str, digits: int, n: int) -> list[str]:
    """``n`` files of ``kind`` with made-up digests, the first the most recently used."""
    names = []
    for k in range(n):
        name = f"{kind}-{(k + 1) * 0x1111:0{digits}x}.marshal"
        path = folder / name
        path.write_bytes(b"an old version")
        t = time.time() - (k + 2) * DAY
        os.utime(path, (t, t))
        names.append(name)
    return names


def _foreign(folder, tmp_path_factory) -> dict[str, object]:
    """Files that look like ours but are not, and a link that must not be followed."""
    outside = tmp_path_factory.mktemp("elsewhere") / "precious.marshal"
    outside.write_bytes(b"not the cache's")
    link = folder / f"toml-{'ab' * 10}.marshal"
    link.symlink_to(outside)
    old = time.time() - 30 * DAY
    os.utime(link, (old, old), follow_symlinks=False)
    names = ["toml-notes.marshal", f"toml-{'AB' * 10}.marshal", f"toml-{'ab' * 9}.marshal",
             f"toml-{'ab' * 10}.marshal.bak", f"tomlx-{'ab' * 10}.marshal", f"lexicon-{'cd' * 10}.marshal",
             "notes.txt"]
    for name in names:
        (folder / name).write_bytes(b"someone else's")
        os.utime(folder / name, (old, old))
    return {"names": names, "link": link, "outside": outside}


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path))
    lexicon._parsed.cache_clear()
    yield tmp_path
    lexicon._parsed.cache_clear()


def test_writing_a_cache_file_prunes_the_older_versions_of_its_kind(cache, tmp_path_factory):
    stale = _stale(cache, "toml", 20, 6)
    other = _foreign(cache, tmp_path_factory)
    lexicon._parsed()  # no file of the current digest: built, written, then pruned
    current = [p.name for p in cache.glob("toml-*.marshal") if p.name not in stale and not p.is_symlink()
               and cachefiles.ours(p.name, "toml", 20)]
    assert len(current) == 1
    left = {p.name for p in cache.iterdir()}
    kept, gone = stale[: cachefiles.KEEP], stale[cachefiles.KEEP :]
    assert set(kept) <= left  # the most recently used stay (another checkout may use them)
    assert not set(gone) & left
    assert set(other["names"]) <= left  # not ours: kept whatever their age
    assert other["link"].is_symlink() and other["outside"].read_bytes() == b"not the cache's"
    lexicon._parsed.cache_clear()
    assert lexicon._parsed()["months"]  # and the file just written is the one read


def test_a_cache_file_in_use_is_marked_recent(cache):
    lexicon._parsed()
    (path,) = cache.glob("toml-*.marshal")
    old = time.time() - 2 * DAY
    os.utime(path, (old, old))
    lexicon._parsed.cache_clear()
    lexicon._parsed()  # read from the cache: its time refreshed, so pruning keeps it
    assert time.time() - path.stat().st_mtime < 60
    lexicon._parsed.cache_clear()


def test_the_regex_cache_prunes_its_older_files(tmp_path, monkeypatch, tmp_path_factory):
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path))
    stale = _stale(tmp_path, "regex", 8, 5)
    (tmp_path / "regex-notes.marshal").write_bytes(b"someone else's")
    was_installed = rxcache._original is not None
    rxcache.uninstall()
    monkeypatch.setattr(rxcache, "_table", {})
    monkeypatch.setattr(rxcache, "_ages", {})
    monkeypatch.setattr(rxcache, "_used", set())
    monkeypatch.setattr(rxcache, "_state", {"loaded": False, "dirty": False, "path": None})
    monkeypatch.setattr("atexit.register", lambda fn: fn)
    re.purge()
    try:
        assert rxcache.install()
        re.compile(r"(?:prune-me-not)+\d")
        rxcache.save()
    finally:
        rxcache.uninstall()
        if was_installed:
            rxcache.install()
        re.purge()
    left = {p.name for p in tmp_path.iterdir()}
    assert os.path.basename(rxcache.cache_file()) in left
    assert set(stale[: cachefiles.KEEP]) <= left and not set(stale[cachefiles.KEEP :]) & left
    assert "regex-notes.marshal" in left


def test_pruning_skips_what_another_process_removed_first(tmp_path, monkeypatch):
    stale = _stale(tmp_path, "ner", 20, 5)
    real = os.unlink

    def racing(path, *args, **kwargs):
        if str(path).endswith(stale[3]):
            real(path)  # another process was first
            raise FileNotFoundError(path)
        if str(path).endswith(stale[4]):
            raise PermissionError(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(cachefiles.os, "unlink", racing)
    assert cachefiles.prune(tmp_path, "ner", 20, "ner-current.marshal") == []
    assert cachefiles.prune(tmp_path / "absent", "ner", 20, "x") == []
    assert compiled._DIGITS == 20
