"""Presets: a user saves filters, edits the file by hand (badly), runs two Marsads at once,
or has no writable config folder — and never loses a preset."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
import tomllib
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.article.clean import has_controls
from tui.config import config_dir
from tui.view.filter import Filter
from tui.view.presets import PresetStore, StorageError

ROOT = Path(__file__).resolve().parent.parent

RANIA = Filter(kinds=frozenset({"person"}), speakers=frozenset({"رانيا المحجوب"}), quotes_query="!إضراب")
AUGUST = Filter(date_from="2031-08", date_to="2031-08-31", timeline_query="قمة")


def test_save_and_load_round_trip_in_the_config_dir():
    store = PresetStore()
    assert store.path == config_dir() / "presets.toml"
    assert store.load().presets == {} and store.load().problems == []
    store.save("المحجوب فقط", RANIA)
    store.save("august", AUGUST)
    pf = PresetStore().load()  # a fresh store: read from disk
    assert pf.presets == {"المحجوب فقط": RANIA, "august": AUGUST}
    assert pf.problems == []
    data = tomllib.loads(store.path.read_text(encoding="utf-8"))
    assert data["presets"]["august"] == {"timeline_query": "قمة", "date_from": "2031-08", "date_to": "2031-08-31"}


def test_the_selected_actor_is_not_saved():
    store = PresetStore()
    store.save("x", Filter(actor="a3", kinds=frozenset({"place"})))
    assert store.load().presets["x"] == Filter(kinds=frozenset({"place"}))


def test_save_replaces_a_preset_of_the_same_name_and_keeps_a_bak():
    store = PresetStore()
    store.save("p", RANIA)
    before = store.path.read_bytes()
    store.save("p", AUGUST)
    assert store.load().presets == {"p": AUGUST}
    assert store.backup_path.read_bytes() == before


def test_delete_and_rename():
    store = PresetStore()
    store.save("a", RANIA)
    store.save("b", AUGUST)
    store.rename("a", "c")
    assert set(store.load().presets) == {"b", "c"}
    assert store.load().presets["c"] == RANIA
    store.delete("b")
    assert store.load().presets == {"c": RANIA}
    with pytest.raises(KeyError):
        store.delete("b")
    with pytest.raises(KeyError):
        store.rename("zz", "yy")
    store.save("d", AUGUST)
    with pytest.raises(ValueError, match="already exists"):
        store.rename("c", "d")


@pytest.mark.parametrize("name", ["", "   ", "bad\x1bname", "tab\tname"])
def test_names_must_be_printable(name):
    with pytest.raises(ValueError):
        PresetStore().save(name, RANIA)


# -- hand-edited files -------------------------------------------------------------------

BAD_TYPES = """\
# my presets
[presets.good]
kinds = ["person"]

[presets.bad-kinds]
quotes_query = "قال"
kinds = "person"

[presets."تاريخ"]
date_from = 2031

[presets.typo]
speaker = ["المحجوب"]

[presets.also-good]
quote_kinds = ["direct", "mixed"]
"""


def test_bad_types_keep_the_good_presets_and_name_file_line_and_expectation():
    store = PresetStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text(BAD_TYPES, encoding="utf-8")
    pf = store.load()
    assert set(pf.presets) == {"good", "also-good"}
    assert pf.presets["also-good"] == Filter(quote_kinds=frozenset({"direct", "mixed"}))
    assert pf.problems == [
        "presets.toml line 7: preset 'bad-kinds': kinds: expected a list of strings",
        "presets.toml line 10: preset 'تاريخ': date_from: expected a date string YYYY, YYYY-MM or YYYY-MM-DD",
        "presets.toml line 13: preset 'typo': speaker: unknown field (expected one of actors_query, affiliations, "
        "article_from, article_to, articles_query, corpus, date_from, date_to, kinds, outlets, quote_kinds, "
        "quotes_query, source_query, speakers, timeline_query)",
    ]


def test_saving_keeps_the_bad_presets_for_the_user_to_fix():
    store = PresetStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text(BAD_TYPES, encoding="utf-8")
    store.save("new", AUGUST)
    assert store.backup_path.read_text(encoding="utf-8") == BAD_TYPES
    data = tomllib.loads(store.path.read_text(encoding="utf-8"))["presets"]
    assert data["bad-kinds"] == {"quotes_query": "قال", "kinds": "person"}
    assert data["typo"] == {"speaker": ["المحجوب"]}
    pf = store.load()
    assert set(pf.presets) == {"good", "also-good", "new"} and len(pf.problems) == 3


def test_a_bad_preset_can_be_deleted_or_renamed_without_fixing_it():
    store = PresetStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text(BAD_TYPES, encoding="utf-8")
    store.delete("typo")
    store.rename("bad-kinds", "to-fix")
    pf = store.load()
    assert set(pf.presets) == {"good", "also-good"}
    assert [p.split(":")[1].strip() for p in pf.problems] == ["preset 'to-fix'", "preset 'تاريخ'"]  # same order


def test_a_non_table_preset_and_unknown_tables_are_reported():
    store = PresetStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text('theme = "dark"\n[presets]\nx = 3\n[presets.ok]\nkinds = ["place"]\n', encoding="utf-8")
    pf = store.load()
    assert set(pf.presets) == {"ok"}
    assert pf.problems[0].startswith("presets.toml line 1: theme: unknown table")
    assert pf.problems[1] == "presets.toml line 3: preset 'x': expected a table of filter fields"


SYNTAX_ERROR = '[presets.good]\nkinds = ["person"]\n\n[presets.broken]\nkinds = ["person"\n'


def test_a_syntax_error_is_reported_and_the_file_is_left_alone_until_the_user_saves():
    store = PresetStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text(SYNTAX_ERROR, encoding="utf-8")
    before = store.path.stat().st_mtime_ns
    pf = store.load()
    assert pf.presets == {}
    assert len(pf.problems) == 1
    assert pf.problems[0].startswith("presets.toml line 5: TOML syntax error: Unclosed array")
    assert "will not change the file" in pf.problems[0]
    with pytest.raises(StorageError, match="syntax error"):
        store.delete("good")  # deleting would mean rewriting a file nobody can read
    with pytest.raises(StorageError, match="syntax error"):
        store.rename("good", "better")
    assert store.path.read_text(encoding="utf-8") == SYNTAX_ERROR
    assert store.path.stat().st_mtime_ns == before
    assert not store.backup_path.exists()
    # The user saves: the unreadable file is set aside for good, the new one is valid.
    notice = store.save("fresh", AUGUST)
    (broken,) = store.path.parent.glob("presets.toml.broken-*")
    assert broken.read_text(encoding="utf-8") == SYNTAX_ERROR
    assert notice is not None and broken.name in notice
    assert not store.backup_path.exists()  # .bak holds only good files; there was none
    assert store.load().presets == {"fresh": AUGUST}
    assert store.load().problems == []


def test_a_file_that_is_not_utf8_is_reported_not_overwritten_by_delete():
    store = PresetStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_bytes("[presets.x]\nquotes_query = \"قال\"\n".encode("cp1256"))
    pf = store.load()
    assert pf.presets == {} and "not UTF-8" in pf.problems[0]
    with pytest.raises(StorageError):
        store.delete("x")
    store.save("y", AUGUST)  # saving replaces it, keeping the old bytes
    (broken,) = store.path.parent.glob("presets.toml.broken-*")
    assert broken.read_bytes() == "[presets.x]\nquotes_query = \"قال\"\n".encode("cp1256")
    assert store.load().presets == {"y": AUGUST}


def test_a_presets_path_that_is_a_folder_cannot_be_saved_over():
    store = PresetStore()
    store.path.mkdir(parents=True)
    assert "is a folder" in store.load().problems[0]
    with pytest.raises(StorageError):
        store.save("x", RANIA)
    assert store.path.is_dir()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(min_size=1, max_size=20).filter(lambda n: n.strip() == n and n.strip()),
       query=st.text(max_size=30), speakers=st.frozensets(st.text(max_size=15), max_size=3))
def test_any_name_and_text_round_trip_through_the_file(tmp_path, name, query, speakers):
    store = PresetStore(tmp_path / "p" / "presets.toml")
    flt = Filter(quotes_query=query, speakers=speakers)
    try:
        store.save(name, flt)
    except ValueError:  # control characters in the name or the filter's strings are refused
        assert any(unicodedata.category(c).startswith("C") for c in name) or any(
            has_controls(s) for s in (query, *speakers))
        return
    pf = PresetStore(store.path).load()
    assert pf.problems == []
    assert pf.presets[name] == flt


# -- read-only or missing config folder --------------------------------------------------


def _unwritable_dir(tmp_path: Path) -> Path:
    # chmod does not stop root; a folder path that runs through a regular file stops everyone.
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    return blocker / "marsad"


def test_unwritable_config_dir_keeps_presets_in_memory(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(_unwritable_dir(tmp_path)))
    store = PresetStore()
    assert store.writable is False
    assert store.load().presets == {}  # reading a missing file is fine
    with pytest.raises(StorageError) as err:
        store.save("mine", RANIA)
    assert "blocker" in str(err.value)
    assert store.writable is False
    pf = store.load()
    assert pf.presets == {"mine": RANIA}
    assert "in memory only" in pf.problems[-1]
    store.rename("mine", "ours")  # in-memory presets can still be managed
    assert set(store.load().presets) == {"ours"}
    store.delete("ours")
    assert store.load().presets == {}


def test_presets_kept_in_memory_are_written_once_the_folder_can_be(tmp_path):
    path = _unwritable_dir(tmp_path) / "presets.toml"
    store = PresetStore(path)
    with pytest.raises(StorageError):
        store.save("first", RANIA)
    (tmp_path / "blocker").unlink()  # the user fixes the folder
    store.save("second", AUGUST)
    assert store.writable is True
    assert PresetStore(path).load().presets == {"first": RANIA, "second": AUGUST}


def test_missing_config_dir_is_created_on_save(tmp_path):
    path = tmp_path / "does" / "not" / "exist" / "presets.toml"
    store = PresetStore(path)
    assert store.writable is True
    store.save("x", RANIA)
    assert PresetStore(path).load().presets == {"x": RANIA}


# -- several processes -------------------------------------------------------------------

SAVER = """
    import sys
    from tui.view.filter import Filter
    from tui.view.presets import PresetStore
    prefix, n = sys.argv[1], int(sys.argv[2])
    store = PresetStore()
    print("ready", flush=True)
    sys.stdin.readline()  # start together
    for i in range(n):
        store.save(f"{prefix}{i}", Filter(quotes_query=f"{prefix} {i}"))
"""


def _spawn(code: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], cwd=ROOT, env=dict(os.environ),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def test_two_processes_saving_at_once_lose_neither_preset():
    n = 15
    procs = [_spawn(SAVER, prefix, str(n)) for prefix in ("A", "B")]
    for p in procs:
        assert p.stdout.readline() == b"ready\n"
    for p in procs:
        p.stdin.write(b"go\n")
        p.stdin.flush()
    for p in procs:
        assert p.wait(timeout=60) == 0
        p.stdin.close()
        p.stdout.close()
    pf = PresetStore().load()
    assert pf.problems == []
    assert set(pf.presets) == {f"{x}{i}" for x in "AB" for i in range(n)}
    assert pf.presets["B7"] == Filter(quotes_query="B 7")


LOOP_SAVER = """
    import sys
    from tui.view.filter import Filter
    from tui.view.presets import PresetStore
    store = PresetStore()
    print("ready", flush=True)
    i = 0
    while True:
        store.save(f"p{i % 40}", Filter(quotes_query="قال " * (i % 50), speakers=frozenset({f"س{i}"})))
        i += 1
"""


def test_a_killed_saver_leaves_a_readable_file_and_no_stuck_lock():
    store = PresetStore()
    store.save("keep", RANIA)
    rng = random.Random(6)
    for _ in range(12):
        proc = _spawn(LOOP_SAVER)
        assert proc.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdin.close()
        proc.stdout.close()
        pf = store.load()
        assert pf.problems == []
        assert pf.presets["keep"] == RANIA
    store.save("after", AUGUST)  # the dead writer's lock is gone
    assert store.load().presets["after"] == AUGUST
