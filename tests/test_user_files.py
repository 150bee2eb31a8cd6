"""Hostile user files (issue 15): nested hundreds of levels deep, endless, special, huge or
unreachable settings never crash, hang or lose a preset.  Each loader reports one line
naming the file and falls back to its defaults; a file it could not read is never
overwritten (presets.toml is set aside as presets.toml.broken-<time> before a save)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.article.clean import is_unsafe
from tui.article.load import DEFAULT_MAX_BYTES
from tui.config import config_dir, load_config, load_state, save_state
from tui.seeds import read_metadata
from tui.userfile import MAX_DEPTH, MAX_USER_FILE
from tui.view.filter import Filter
from tui.view.presets import PresetStore

ROOT = Path(__file__).resolve().parent.parent
ARABIC = "قال وزير الخارجية في مؤتمر صحفي اليوم إن المفاوضات ستستأنف الأسبوع المقبل.\n"

DEEP_ARRAY = "x = " + "[" * 500 + "]" * 500 + "\n"
DEEP_INLINE = "x = " + "{a = " * 500 + "1" + "}" * 500 + "\n"
DEEP_DOTTED_HEADER = "[presets." + ".".join(["a"] * 3000) + "]\nkinds = [\"person\"]\n"
DEEP_DOTTED_KEY = ".".join(["k"] * 3000) + " = 1\n"
DEEP = {"array": DEEP_ARRAY, "inline-table": DEEP_INLINE, "dotted-header": DEEP_DOTTED_HEADER,
        "dotted-key": DEEP_DOTTED_KEY}


def cfg() -> Path:
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def marsad(*args: str, timeout: float = 60, **kw) -> subprocess.CompletedProcess[str]:
    """The real command in a child process: a hang fails the test instead of freezing the suite."""
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, timeout=timeout,
                          cwd=ROOT, env={**os.environ}, **kw)


def one_line(problem: str, name: str) -> None:
    assert problem.startswith(name), problem
    assert "\n" not in problem and not any(is_unsafe(c) for c in problem), problem


# -- 4, 10: nesting ---------------------------------------------------------------------------


@pytest.mark.parametrize("shape", sorted(DEEP))
def test_deeply_nested_config_state_and_presets_are_broken_files(shape: str) -> None:
    folder = cfg()
    for name in ("config.toml", "state.toml", "presets.toml"):
        (folder / name).write_text(DEEP[shape], encoding="utf-8")
    c = load_config()
    assert c.max_bytes == DEFAULT_MAX_BYTES and len(c.problems) == 1
    one_line(c.problems[0], "config.toml")
    assert "nested more than" in c.problems[0]
    assert load_state() == {"theme": None, "rtl": None, "calibrated": False}
    pf = PresetStore().load()
    assert pf.presets == {} and len(pf.problems) == 1
    one_line(pf.problems[0], "presets.toml")
    for name in ("config.toml", "state.toml", "presets.toml"):  # nothing rewritten by reading
        assert (folder / name).read_text(encoding="utf-8") == DEEP[shape]


@pytest.mark.parametrize("shape", ["array", "inline-table", "dotted-key"])
def test_deeply_nested_article_toml_is_ignored_with_one_warning(tmp_path: Path, shape: str) -> None:
    art = tmp_path / "a.txt"
    art.write_text(ARABIC, encoding="utf-8")
    (tmp_path / "a.toml").write_text(DEEP[shape], encoding="utf-8")
    meta, problem = read_metadata(art)
    assert meta == {} and problem is not None
    one_line(problem, "a.toml")
    p = marsad("parse", str(art))
    assert p.returncode == 0, p.stderr
    assert p.stderr.startswith("marsad: warning: a.toml: nested more than") and p.stderr.count("\n") == 1


def test_the_dashboard_shows_the_articles_toml_problem(tmp_path: Path, monkeypatch) -> None:
    import tui.app.app
    from tui.cli import main

    art = tmp_path / "a.txt"
    art.write_text(ARABIC, encoding="utf-8")
    (tmp_path / "a.toml").write_text(DEEP_ARRAY, encoding="utf-8")
    seen = {}

    def fake_run(article, args):  # the app itself is tested elsewhere; here: what it is given
        from tui.app.app import build_app

        seen["problems"] = build_app(article, args)._startup_problems
        return 0

    monkeypatch.setattr(tui.app.app, "run_dashboard", fake_run)
    assert main([str(art), "--rtl", "terminal"]) == 0
    assert any(p.startswith("a.toml: nested more than") for p in seen["problems"]), seen


def test_a_3000_level_header_cannot_freeze_delete_rename_or_save() -> None:
    path = cfg() / "presets.toml"
    path.write_text('[presets.good]\nkinds = ["person"]\n' + DEEP_DOTTED_HEADER, encoding="utf-8")
    for args in (("presets", "delete", "good"), ("presets", "rename", "good", "better"), ("presets", "list")):
        p = marsad(*args, timeout=30)
        assert "Traceback" not in p.stderr and "RecursionError" not in p.stderr, p.stderr
        assert p.returncode in (0, 1) and "nested more than" in p.stderr, (args, p.stderr)
    store = PresetStore()
    t0 = time.monotonic()
    notice = store.save("mine", Filter(kinds=frozenset({"place"})))
    assert time.monotonic() - t0 < 10
    assert notice is not None and ".broken-" in notice
    assert PresetStore().load().presets == {"mine": Filter(kinds=frozenset({"place"}))}


def test_ctrl_s_over_a_3000_level_presets_file_saves_and_says_where_the_old_one_went() -> None:
    from test_app_article import build_article

    from tui.app.app import MarsadApp

    path = cfg() / "presets.toml"
    path.write_text(DEEP_DOTTED_HEADER, encoding="utf-8")
    app = MarsadApp(build_article())

    async def run() -> None:
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause()
            await pilot.press("ctrl+s")
            await pilot.pause()
            await pilot.press(*"new", "enter")
            await pilot.pause()
            assert "new" in app.presets
            assert any(".broken-" in n.message for n in app._notifications)

    asyncio.run(asyncio.wait_for(run(), 60))  # a freeze fails the test instead of the suite
    assert app.return_code in (None, 0)
    assert "[presets.new]" in path.read_text(encoding="utf-8")


# -- 8, 9: special files ----------------------------------------------------------------------


LOAD_ALL = ("from tui.config import load_config, load_state\n"
            "from tui.view.presets import PresetStore\n"
            "print(load_config().problems, load_state(), PresetStore().load().problems)\n")


def load_all_in_a_child() -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", LOAD_ALL], capture_output=True, text=True, timeout=30, cwd=ROOT,
                          env={**os.environ})


@pytest.mark.parametrize("name", ["config.toml", "presets.toml", "state.toml"])
@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
def test_a_fifo_or_endless_settings_file_does_not_hang(name: str, kind: str, tmp_path: Path) -> None:
    path = cfg() / name
    if kind == "fifo":
        os.mkfifo(path)
        said = "is a named pipe (FIFO), not a regular file"
    else:
        path.symlink_to(kind)
        said = "is a device, not a regular file"
    p = load_all_in_a_child()
    assert p.returncode == 0, p.stderr
    if name != "state.toml":  # state.toml only holds conveniences: ignored quietly
        assert f"{name}: {said}; ignored" in p.stdout
    if name == "config.toml":  # the commands read it first thing
        art = tmp_path / "a.txt"
        art.write_text(ARABIC, encoding="utf-8")
        assert marsad("parse", str(art), timeout=30).returncode == 0
    assert path.is_fifo() if kind == "fifo" else path.is_symlink()


def test_special_files_are_never_replaced_by_a_save() -> None:
    folder = cfg()
    os.mkfifo(folder / "presets.toml")
    os.mkfifo(folder / "state.toml")
    store = PresetStore()
    with pytest.raises(OSError, match="named pipe"):
        store.save("x", Filter())
    assert "x" in store.load().presets  # kept in memory, as for a read-only folder
    assert "named pipe" in (save_state(theme="marsad-light") or "")
    assert (folder / "presets.toml").is_fifo() and (folder / "state.toml").is_fifo()


def test_a_settings_file_over_one_megabyte_is_refused_unread() -> None:
    path = cfg() / "config.toml"
    path.write_text("# " + "x" * MAX_USER_FILE + "\nrtl = \"app\"\n", encoding="utf-8")
    c = load_config()
    assert c.rtl is None and len(c.problems) == 1
    one_line(c.problems[0], "config.toml")
    assert "larger than 1,048,576 bytes" in c.problems[0]


def test_thousands_of_mistakes_are_counted_not_listed_and_do_not_hang() -> None:
    """A line lookup per mistake made 20,000 mistakes quadratic (minutes); the dashboard
    would also show one notice each."""
    folder = cfg()
    (folder / "presets.toml").write_text("".join(f"[presets.p{i}]\nkinds = 3\n" for i in range(20000)),
                                         encoding="utf-8")
    (folder / "config.toml").write_text("".join(f"k{i} = 1\n" for i in range(40000)), encoding="utf-8")
    p = load_all_in_a_child()  # a child with a timeout: the old code would freeze the suite
    assert p.returncode == 0, p.stderr
    assert "config.toml: … and 39,980 more problems" in p.stdout
    assert "presets.toml: … and 19,980 more problems" in p.stdout
    pf = PresetStore().load()
    assert len(pf.problems) == 21 and pf.problems[19] == "presets.toml line 40: preset 'p19': kinds: expected a list " \
                                                         "of strings"


# -- 5: max_bytes -----------------------------------------------------------------------------


def test_an_enormous_max_bytes_in_config_is_a_problem_not_an_overflow(tmp_path: Path) -> None:
    (cfg() / "config.toml").write_text("max_bytes = 99999999999999999999\n", encoding="utf-8")
    c = load_config()
    assert c.max_bytes == DEFAULT_MAX_BYTES
    assert c.problems == ("config.toml line 1: max_bytes: expected a positive whole number of bytes, "
                          "at most 1,073,741,824",)
    art = tmp_path / "a.txt"
    art.write_text(ARABIC, encoding="utf-8")
    p = marsad("parse", str(art))
    assert p.returncode == 0, p.stderr


@pytest.mark.parametrize("value", ["9223372036854775807", "99999999999999999999", "1073741825"])
def test_an_enormous_max_bytes_flag_is_a_usage_error(tmp_path: Path, value: str) -> None:
    art = tmp_path / "a.txt"
    art.write_text(ARABIC, encoding="utf-8")
    p = marsad("parse", str(art), "--max-bytes", value)
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr.count("\n") == 1 and "is more than the largest limit, 1,073,741,824 bytes" in p.stderr


# -- 7: a config folder that may not be entered -------------------------------------------------


def _lock_out(monkeypatch, locked: Path) -> None:
    """As a non-root user sees a folder inside a chmod-700 folder of another user: every
    look at it is EACCES (root ignores modes, so the test simulates them)."""
    real_stat, real_open, real_mkdir = os.stat, os.open, os.mkdir

    def guarded(real):
        def call(path, *a, **k):
            if isinstance(path, str | os.PathLike) and str(os.fspath(path)).startswith(str(locked)):
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real(path, *a, **k)
        return call

    monkeypatch.setattr(os, "stat", guarded(real_stat))
    monkeypatch.setattr(os, "open", guarded(real_open))
    monkeypatch.setattr(os, "mkdir", guarded(real_mkdir))


@pytest.mark.parametrize("command", [["presets", "list"], ["DASHBOARD"], ["export", "ART", "--preset", "x"]])
def test_a_config_folder_in_an_unreadable_folder_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys, command):
    from tui.cli import main

    locked = tmp_path / "locked"
    locked.mkdir()
    art = tmp_path / "a.txt"
    art.write_text(ARABIC, encoding="utf-8")
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(locked / "marsad"))
    _lock_out(monkeypatch, locked)
    argv = [str(art) if a in ("DASHBOARD", "ART") else a for a in command]
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("marsad: cannot open the settings folder ") and "permission denied" in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root enters every folder whatever its mode")
def test_a_config_folder_in_an_unreadable_folder_for_real(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    (locked / "marsad").mkdir(parents=True)
    locked.chmod(0)
    try:
        p = subprocess.run([sys.executable, "-m", "tui", "presets", "list"], capture_output=True, text=True,
                           timeout=60, cwd=ROOT, env={**os.environ, "MARSAD_CONFIG_DIR": str(locked / "marsad")})
    finally:
        locked.chmod(0o700)
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and "permission denied" in p.stderr


# -- 12: a broken presets.toml is never overwritten ---------------------------------------------------


GOOD = "".join(f'[presets.p{i}]\nquotes_query = "كلمة {i}"\n\n' for i in range(30))


def test_a_broken_presets_file_survives_two_saves_and_bak_stays_the_last_good_file() -> None:
    path = cfg() / "presets.toml"
    original = GOOD + "[presets.broken\n"  # one bad line makes the whole file unreadable
    path.write_text(original, encoding="utf-8")
    store = PresetStore()
    assert store.load().presets == {} and "broken-" in store.load().problems[0]
    first = store.save("one", Filter(quotes_query="أ"))
    (kept,) = path.parent.glob("presets.toml.broken-*")
    assert kept.read_text(encoding="utf-8") == original  # all 30 presets, byte for byte
    assert first is not None and kept.name in first  # told once …
    after_first = path.read_text(encoding="utf-8")
    second = store.save("two", Filter(quotes_query="ب"))
    assert second is None  # … and only once
    assert store.backup_path.read_text(encoding="utf-8") == after_first  # the last good file
    assert list(path.parent.glob("presets.toml.broken-*")) == [kept]  # never rotated away
    assert set(store.load().presets) == {"one", "two"}
    assert len(tomllib.loads(kept.read_text(encoding="utf-8").replace("[presets.broken\n", ""))["presets"]) == 30


def test_an_unreadable_presets_file_is_never_replaced(monkeypatch) -> None:
    path = cfg() / "presets.toml"
    path.write_text(GOOD, encoding="utf-8")
    import tui.userfile

    real_open = os.open

    def refuse(p, *a, **k):
        if os.fspath(p) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(p, *a, **k)

    monkeypatch.setattr(tui.userfile.os, "open", refuse)
    store = PresetStore()
    with pytest.raises(OSError, match="permission denied"):
        store.save("x", Filter())
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == GOOD


# -- 18: keys that cannot work ------------------------------------------------------------------


@pytest.mark.parametrize("keys", ["ctrl+", ",,,", "q,", "ctrl+nokey", "hyperspace+q", "q q"])
def test_a_keymap_entry_that_cannot_work_is_refused_and_the_default_kept(keys: str) -> None:
    (cfg() / "config.toml").write_text(f'[keymap]\nquit = "{keys}"\nhelp = "f1,question_mark"\n', encoding="utf-8")
    c = load_config()
    assert c.keymap == {"help": "f1,question_mark"}
    assert len(c.problems) == 1
    assert c.problems[0].startswith("config.toml line 2: keymap.quit: expected keys that exist")
    assert "the default key is kept" in c.problems[0]


@pytest.mark.parametrize("keys", ["ctrl+q", "f5", "slash", "question_mark", "left_square_bracket", "ctrl+shift+up",
                                  "Q", "ق", "escape,enter", "space"])
def test_real_keys_are_accepted(keys: str) -> None:
    (cfg() / "config.toml").write_text(f'[keymap]\nquit = "{keys}"\n', encoding="utf-8")
    assert load_config().keymap == {"quit": keys}


def test_a_broken_quit_key_leaves_q_working_in_the_dashboard() -> None:
    from types import SimpleNamespace

    from test_app_article import build_article

    from tui.app.app import build_app

    (cfg() / "config.toml").write_text('[keymap]\nquit = "ctrl+"\n', encoding="utf-8")
    app = build_app(build_article(), SimpleNamespace(rtl="terminal"))

    async def run() -> None:
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause()
            assert any("keymap.quit" in n.message for n in app._notifications)
            await pilot.press("q")
            await pilot.pause()

    asyncio.run(run())
    assert app.return_code == 0


# -- every loader, every kind of file (property) ---------------------------------------------------------

PROFILE = os.environ.get("MARSAD_HYPOTHESIS", "default")
EXAMPLES = {"quick": 15, "default": 60, "thorough": 600}.get(PROFILE, 60)


def _nested(depth: int, kind: str) -> str:
    if kind == "array":
        return "[" * depth + "1" + "]" * depth
    if kind == "table":
        return "{a = " * depth + "1" + "}" * depth
    return "[" + "{b = " * depth + '"x"' + "}" * depth + "]"


toml_values = st.one_of(
    st.integers(-(2**70), 2**70).map(str), st.booleans().map(lambda b: str(b).lower()),
    st.text(max_size=30).map(lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'),
    st.builds(_nested, st.integers(1, 1200), st.sampled_from(["array", "table", "mixed"])),
)
toml_keys = st.one_of(
    st.sampled_from(["rtl", "theme", "mouse", "max_bytes", "name", "dark", "published", "title", "kinds",
                     "quotes_query", "calibrated", "x"]),
    st.integers(1, 4000).map(lambda n: ".".join(["k"] * n)),
)
toml_lines = st.one_of(
    st.builds(lambda k, v: f"{k} = {v}", toml_keys, toml_values),
    st.sampled_from(["[keymap]", "[presets.a]", "[colors]", "[variables]", "[[x]]", "[presets", "= 3", "#"]),
    st.integers(1, 4000).map(lambda n: "[presets." + ".".join(["a"] * n) + "]"),
    st.text(max_size=40),
)
contents = st.one_of(
    st.lists(toml_lines, max_size=12).map(lambda ls: "\n".join(ls).encode("utf-8", "surrogatepass")),
    st.binary(max_size=200),
    st.builds(lambda n, filler: (b"# " + filler * (MAX_USER_FILE // len(filler) + n)), st.integers(0, 3),
              st.sampled_from([b"x", b"\xd9\x82", b"[", b"\x00"])),
)
specials = st.sampled_from(["fifo", "dev-zero", "dev-null", "folder", "dangling", "loop", "self-link"])
files = st.one_of(contents.map(lambda c: ("bytes", c)), specials.map(lambda s: (s, b"")))


def _make(path: Path, kind: str, content: bytes) -> None:
    if kind == "bytes":
        path.write_bytes(content)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    elif kind == "dev-null":
        path.symlink_to("/dev/null")
    elif kind == "folder":
        path.mkdir()
    elif kind == "dangling":
        path.symlink_to(path.with_name("gone"))
    elif kind in ("loop", "self-link"):
        path.symlink_to(path)


def _fingerprint(path: Path) -> tuple:
    st_ = os.lstat(path)
    return st_.st_mode, st_.st_size, st_.st_mtime_ns, os.readlink(path) if path.is_symlink() else None


class _Alarm(Exception):
    pass


def _alarm(signum, frame):
    raise _Alarm("a loader took more than 20 s (a hang?)")


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(config=files, presets=files, state=files, theme=files, meta=files)
def test_every_loader_survives_any_user_file(tmp_path_factory, monkeypatch, config, presets, state, theme,
                                             meta) -> None:
    """Random nested, huge, binary and special files as config.toml, presets.toml,
    state.toml, a user theme and an article's .toml: every loader returns at once with
    its defaults or the good parts, says what is wrong in single safe lines, and leaves
    every file as it was."""
    import signal

    from tui.app.themes import load_themes

    folder = tmp_path_factory.mktemp("cfg")
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(folder))
    (folder / "themes").mkdir()
    art = folder / "a.txt"
    art.write_text(ARABIC, encoding="utf-8")
    targets = {folder / "config.toml": config, folder / "presets.toml": presets, folder / "state.toml": state,
               folder / "themes" / "mine.toml": theme, folder / "a.toml": meta}
    for path, (kind, content) in targets.items():
        _make(path, kind, content)
    before = {p: _fingerprint(p) for p in targets}
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(20)
    try:
        c = load_config()
        s = load_state()
        pf = PresetStore().load()
        th = load_themes([folder / "themes"])
        meta_dict, meta_problem = read_metadata(art)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert 0 < c.max_bytes <= 1024**3
    assert set(s) >= {"theme", "rtl", "calibrated"}
    assert all(isinstance(v, str) for v in meta_dict.values())
    for problem in (*c.problems, *pf.problems, *th.problems, *([meta_problem] if meta_problem else [])):
        assert "\n" not in problem and not any(is_unsafe(ch) for ch in problem), problem
        assert len(problem) < 600, problem
    assert before == {p: _fingerprint(p) for p in targets}  # reading changes nothing
    assert len(th.themes) <= 1 and MAX_DEPTH == 20


def test_a_syntax_error_quoting_a_long_key_path_stays_one_short_line(tmp_path: Path) -> None:
    from tui.userfile import read_toml

    path = "presets." + ".".join(["a"] * 150)
    f = tmp_path / "p.toml"
    f.write_text(f"[{path}]\nx = 1\n[{path}]\ny = 2\n", encoding="utf-8")
    got = read_toml(f)
    assert got.data is None and got.problem is not None
    assert got.problem.startswith("p.toml line 3: TOML syntax error: Cannot declare")
    assert len(got.problem) < 300 and "\n" not in got.problem
