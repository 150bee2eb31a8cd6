"""Atomic writes survive SIGKILL mid-write; the lock file serialises instances."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tui.atomic import StorageError, atomic_write_text, file_lock

ROOT = Path(__file__).resolve().parent.parent
BODY = 400_000  # big enough that a write takes a while, so kills land mid-write


BODY_SRC = f"""
def body(i):
    # Version i: a header line naming it, then a body that differs from every other version.
    return f"version {{i}}\\n" + "ابجد"[i % 4] * ({BODY} + i)
"""
_ns: dict = {}
exec(BODY_SRC, _ns)  # the test and the writer process share one definition of body()
body = _ns["body"]


def _python(code: str, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], cwd=ROOT,
                            env={**os.environ, **(env or {})}, stdout=subprocess.PIPE)


WRITER = BODY_SRC + """
import sys
from pathlib import Path
from tui.atomic import atomic_write_text
path = Path(sys.argv[1])
print("ready", flush=True)
i = 1
while True:
    atomic_write_text(path, body(i))
    i += 1
"""


def test_write_replaces_the_file_and_keeps_a_backup(tmp_path):
    p = tmp_path / "f.toml"
    atomic_write_text(p, "a = 1\n")
    assert p.read_text() == "a = 1\n"
    atomic_write_text(p, "a = 2\n", backup=True)
    assert p.read_text() == "a = 2\n"
    assert (tmp_path / "f.toml.bak").read_text() == "a = 1\n"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["f.toml", "f.toml.bak"]  # no temp left


def test_write_creates_a_missing_folder_and_keeps_the_mode(tmp_path):
    p = tmp_path / "new" / "deeper" / "f.txt"
    atomic_write_text(p, "نص")
    assert p.read_text(encoding="utf-8") == "نص"
    os.chmod(p, 0o600)
    atomic_write_text(p, "نص ٢")
    assert p.stat().st_mode & 0o777 == 0o600


def test_a_symlinked_file_is_written_through_and_stays_a_link(tmp_path):
    real = tmp_path / "dotfiles" / "presets.toml"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "config" / "presets.toml"
    link.parent.mkdir()
    link.symlink_to(real)
    atomic_write_text(link, "new\n", backup=True)
    assert link.is_symlink() and real.read_text() == "new\n"
    assert (real.parent / "presets.toml.bak").read_text() == "old\n"


def test_write_into_a_folder_that_is_a_file_is_a_storage_error(tmp_path):
    blocker = tmp_path / "config"
    blocker.write_text("I am a file, not a folder")
    with pytest.raises(StorageError, match="config"):
        atomic_write_text(blocker / "presets.toml", "x = 1\n")
    assert blocker.read_text() == "I am a file, not a folder"


def test_failed_replace_leaves_no_temp_and_the_old_file(tmp_path):
    target = tmp_path / "f"
    target.mkdir()  # os.replace of a file over a folder fails
    with pytest.raises(StorageError, match="cannot write"):
        atomic_write_text(target, "x")
    assert [x.name for x in tmp_path.iterdir()] == ["f"]


def test_stale_temps_of_killed_writers_are_swept(tmp_path):
    p = tmp_path / "f.toml"
    stale = tmp_path / ".f.toml.abc123.tmp"
    fresh = tmp_path / ".f.toml.def456.tmp"
    stale.write_text("half")
    fresh.write_text("being written right now")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    atomic_write_text(p, "x = 1\n")
    assert not stale.exists() and fresh.exists()


def test_killed_writer_leaves_old_or_new_content_never_a_mix(tmp_path):
    """SIGKILL a process that rewrites the file in a loop; every time, the file is whole."""
    p = tmp_path / "presets.toml"
    atomic_write_text(p, body(0))
    rng = random.Random(8)
    seen: set[int] = set()
    for _ in range(25):
        proc = _python(WRITER, str(p))
        assert proc.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.05))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        text = p.read_text(encoding="utf-8")
        head, _, _ = text.partition("\n")
        assert head.startswith("version "), head[:40]
        i = int(head.split()[1])
        assert text == body(i), f"file is a mix after kill (claims version {i}, {len(text)} chars)"
        seen.add(i)
    assert len(seen) > 1, "the writer never got to write: the test proves nothing"


HOLDER = """
    import sys, time
    from tui.atomic import file_lock
    with file_lock(sys.argv[1]):
        print("locked", flush=True)
        time.sleep(30)
"""


def test_lock_waits_for_another_process_and_dies_with_it(tmp_path):
    lock = tmp_path / "presets.toml.lock"
    proc = _python(HOLDER, str(lock))
    try:
        assert proc.stdout.readline() == b"locked\n"
        t0 = time.monotonic()
        with pytest.raises(StorageError, match="locked by another Marsad"), file_lock(lock, timeout=0.3):
            pass
        assert time.monotonic() - t0 >= 0.3
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    with file_lock(lock, timeout=2.0):  # a killed holder leaves no stale lock
        pass


def test_lock_in_a_folder_that_is_a_file(tmp_path):
    blocker = tmp_path / "cfg"
    blocker.write_text("")
    with pytest.raises(StorageError), file_lock(blocker / "x.lock"):
        pass
