"""How `marsad parse` ends (tui/cli.py ``run``): once its output is flushed and the exit
handlers have run, the process ends at once instead of through the interpreter's teardown
(about 35 ms of a one-article run); the output, the exit status and what the handlers write
(the pattern and code caches) are as before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui import cli

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "niger-coup-washington-paris.txt"


class Ended(Exception):
    pass


def test_a_finished_parse_ends_at_once_after_the_exit_handlers(monkeypatch, tmp_path, capsysbinary):
    ran: list[str] = []
    ended: list[int] = []

    def end(code: int) -> None:
        ended.append(code)
        raise Ended

    monkeypatch.setattr(sys, "argv", ["marsad", "parse", str(SEED), "-o", str(tmp_path / "a.json")])
    monkeypatch.setattr("atexit._run_exitfuncs", lambda: ran.append("handlers"))
    monkeypatch.setattr(os, "_exit", end)
    with pytest.raises(Ended):
        cli.run()
    assert ended == [0] and ran == ["handlers"]
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["actors"]


def test_other_commands_and_failures_exit_the_ordinary_way(monkeypatch, capsys):
    monkeypatch.setattr(os, "_exit", lambda code: pytest.fail("os._exit called"))
    monkeypatch.setattr(sys, "argv", ["marsad", "--help"])
    with pytest.raises(SystemExit) as got:
        cli.run()
    assert got.value.code in (0, None) and "parse" in capsys.readouterr().out
    monkeypatch.setattr(sys, "argv", ["marsad", "parse", str(SEED)])
    monkeypatch.setattr("threading.active_count", lambda: 2)  # a thread still running: it is waited for
    with pytest.raises(SystemExit) as got:
        cli.run()
    assert got.value.code == 0 and json.loads(capsys.readouterr().out)["quotes"]


def test_a_batch_exits_the_ordinary_way(monkeypatch, tmp_path):
    # its worker processes' pool is torn down by the interpreter's own exit, not cut short
    monkeypatch.setattr(os, "_exit", lambda code: pytest.fail("os._exit called"))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["marsad", "parse", str(folder), "-j", "1", "-o", str(tmp_path / "a.jsonl")])
    with pytest.raises(SystemExit) as got:
        cli.run()
    assert got.value.code == 0 and (tmp_path / "a.jsonl").read_text(encoding="utf-8").strip()


@pytest.mark.parametrize("args", [["-o", "{out}"], []])
def test_as_a_process_the_output_and_the_caches_are_complete(tmp_path, args):
    out = tmp_path / "a.json"
    env = {**os.environ, "MARSAD_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    got = subprocess.run([sys.executable, "-m", "tui", "parse", str(SEED), *(a.format(out=out) for a in args)],
                         capture_output=True, cwd=ROOT, env=env, timeout=120)
    assert got.returncode == 0, got.stderr
    text = out.read_bytes() if args else got.stdout
    want = subprocess.run([sys.executable, "-c", "import sys; from tui.cli import main; sys.exit(main(sys.argv[1:]))",
                           "parse", str(SEED)], capture_output=True, cwd=ROOT, env=env, timeout=120).stdout
    assert text == want and json.loads(text)["events"]
    names = {p.name.split("-")[0] for p in (tmp_path / "cache").iterdir()}
    assert {"regex", "dataclass", "lexicon", "ner", "toml"} <= names  # the exit handlers wrote theirs
    bad = subprocess.run([sys.executable, "-m", "tui", "parse", str(tmp_path / "absent.txt")], capture_output=True,
                         cwd=ROOT, env=env, timeout=120)
    assert bad.returncode == 2 and b"no such file" in bad.stderr
