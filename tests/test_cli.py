"""The command line as Unix users expect (issue 13 item 6, issue 15 items 13 and 19): `-`
for standard input and output, the format from -o's extension, no overwrite without
--force, pipes and terminals as outputs but never a device or a FIFO replaced, "did you
mean", and a --help that lists every command and states every default."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import COMMANDS, main

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "وقال وزير الخارجية في مؤتمر صحفي إن المفاوضات ستستأنف الأسبوع المقبل.\n"


def marsad(*args: str, input: str | bytes | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], input=input, capture_output=True, timeout=timeout,
                          cwd=ROOT, env={**os.environ})


@pytest.fixture
def art(tmp_path: Path) -> Path:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    return f


def cli(*argv: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """`marsad ARGV` in this process (cheap), as a CompletedProcess with bytes out and err."""
    import contextlib
    import io

    out, err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"), io.StringIO()
    fake_in = io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        real_in, sys.stdin = sys.stdin, fake_in
        try:
            code = main(list(argv))
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 2
        finally:
            sys.stdin = real_in
    out.flush()
    return subprocess.CompletedProcess(argv, code, out.buffer.getvalue(), err.getvalue().encode())  # type: ignore[attr-defined]


def one_line_error(p: subprocess.CompletedProcess, *needles: str) -> None:
    err = p.stderr.decode()
    assert p.returncode == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    for n in needles:
        assert n in err, err


# -- standard input and output -----------------------------------------------------------------


def test_parse_dash_reads_standard_input(art: Path) -> None:
    p = cli("parse", "-", "--published", "2031-05-06", stdin=ARTICLE.encode())
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert data["text"] == ARTICLE and data["published"] == "2031-05-06"
    assert p.stdout == cli("parse", str(art), "--published", "2031-05-06").stdout  # the same model


def test_standard_input_is_checked_like_a_file() -> None:
    one_line_error(cli("parse", "-", stdin=b""), "marsad: standard input: the file is empty")
    one_line_error(cli("parse", "-", stdin=b"%PDF-1.4\n"), "standard input: this is a PDF document")
    one_line_error(cli("parse", "-", "--max-bytes", "10", stdin=ARTICLE.encode()), "larger than the limit")
    p = cli("parse", "-", "--format", "text", stdin=ARTICLE.encode("cp1256"))  # an old Arabic code page
    assert p.returncode == 0 and "المفاوضات" in p.stdout.decode()


def test_export_reads_standard_input_and_writes_standard_output_with_dash() -> None:
    p = cli("export", "-", "--format", "json", "-o", "-", stdin=ARTICLE.encode())
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["text"] == ARTICLE


def test_the_dashboard_refuses_standard_input(capsys) -> None:
    assert main(["-"]) == 2
    assert "use marsad parse -" in capsys.readouterr().err


# -- the format from -o, and no overwrite without --force ----------------------------------------


@pytest.mark.parametrize(("name", "fmt"), [("out.csv", "csv"), ("OUT.JSON", "json"), ("brief.md", "md"),
                                           ("brief.markdown", "md")])
def test_export_picks_the_format_from_the_extension(art: Path, tmp_path: Path, name: str, fmt: str) -> None:
    out = tmp_path / name
    assert cli("export", str(art), "-o", str(out)).returncode == 0
    raw = out.read_bytes()
    if fmt == "csv":
        assert raw.startswith(b"\xef\xbb\xbfid,speaker,kind,cue,text,start,end")
    elif fmt == "json":
        assert json.loads(raw)["schema"] == "marsad.article/1"
    else:
        assert raw.startswith(b"# ")


def test_an_unknown_or_conflicting_extension_is_refused(art: Path, tmp_path: Path) -> None:
    one_line_error(cli("export", str(art), "-o", str(tmp_path / "out.xlsx")),
                   "cannot tell the format of -o out.xlsx from the extension '.xlsx'", "add --format")
    one_line_error(cli("export", str(art), "-o", str(tmp_path / "out")), "a name without an extension")
    one_line_error(cli("export", str(art), "-o", str(tmp_path / "out.csv"), "--format", "json"),
                   "names the csv format but --format says json")
    assert not any(tmp_path.glob("out*"))
    assert cli("export", str(art), "-o", str(tmp_path / "out.txt"), "--format", "md").returncode == 0


@pytest.mark.parametrize("command", [["export", "ART", "-f", "md"], ["parse", "ART"]])
def test_an_existing_file_is_replaced_only_with_force(art: Path, tmp_path: Path, command: list[str]) -> None:
    out = tmp_path / ("out.md" if command[0] == "export" else "out.json")
    out.write_text("precious", encoding="utf-8")
    argv = [str(art) if a == "ART" else a for a in command]
    one_line_error(cli(*argv, "-o", str(out)), "already exists", "--force")
    assert out.read_text(encoding="utf-8") == "precious"
    out.chmod(0o444)
    one_line_error(cli(*argv, "-o", str(out)), "(it is read-only)")
    assert out.read_text(encoding="utf-8") == "precious"
    p = cli(*argv, "-o", str(out), "--force")
    assert p.returncode == 0, p.stderr
    assert out.read_text(encoding="utf-8") != "precious"


def test_parse_writes_text_or_json_by_extension(art: Path, tmp_path: Path) -> None:
    assert cli("parse", str(art), "-o", str(tmp_path / "model.json")).returncode == 0
    assert json.loads((tmp_path / "model.json").read_text(encoding="utf-8"))["text"] == ARTICLE
    assert cli("parse", str(art), "-o", str(tmp_path / "brief.txt")).returncode == 0
    assert (tmp_path / "brief.txt").read_text(encoding="utf-8").startswith(
        cli("parse", str(art), "--format", "text").stdout.decode()[:20])


# -- special outputs (15.13, 15.19) -----------------------------------------------------------------


def test_a_fifo_output_stays_a_fifo_and_gets_the_data(art: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "out.pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # someone reads (the export fits in the pipe's buffer)
    try:
        p = cli("export", str(art), "-f", "json", "-o", str(fifo))
        got = os.read(reader, 1 << 16)
    finally:
        os.close(reader)
    assert p.returncode == 0, p.stderr
    assert json.loads(got)["text"] == ARTICLE
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_fifo_nobody_reads_is_an_error_not_a_hang(art: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "out.pipe"
    os.mkfifo(fifo)
    one_line_error(cli("export", str(art), "-f", "json", "-o", str(fifo)), "nobody reads from")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.skipif(not hasattr(os, "mknod") or os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_node_is_refused_and_left_alone(art: Path, tmp_path: Path) -> None:
    node = tmp_path / "full"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # like /dev/full
    one_line_error(cli("export", str(art), "-f", "md", "-o", str(node), "--force"), "is a device")
    assert stat.S_ISCHR(os.stat(node).st_mode)


def test_dev_null_is_fine(art: Path) -> None:
    p = cli("export", str(art), "-o", "/dev/null")
    assert p.returncode == 0, p.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(not shutil.which("bash"), reason="needs bash")
@pytest.mark.parametrize("out", ["/dev/stdout", ">(cat)"])
def test_dev_stdout_and_process_substitution(art: Path, out: str) -> None:
    cmd = f'"{sys.executable}" -m tui export "{art}" -f json -o {out} | cat'
    p = subprocess.run(["bash", "-c", cmd + "; sleep 0.2"], capture_output=True, timeout=60, cwd=ROOT,
                       env={**os.environ})
    assert p.returncode == 0 and b"Traceback" not in p.stderr, p.stderr
    assert json.loads(p.stdout)["text"] == ARTICLE


def test_dev_stdout_when_standard_output_is_a_file(art: Path, tmp_path: Path) -> None:
    out = tmp_path / "redirected.json"
    with out.open("wb") as f:
        p = subprocess.run([sys.executable, "-m", "tui", "export", str(art), "-f", "json", "-o", "/dev/stdout"],
                           stdout=f, stderr=subprocess.PIPE, timeout=60, cwd=ROOT, env={**os.environ})
    assert p.returncode == 0, p.stderr  # not "already exists": it is our own standard output
    assert json.loads(out.read_bytes())["text"] == ARTICLE


# -- did you mean, --help ---------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "meant"), [("pasre", "parse"), ("exprot", "export"), ("preset", "presets"),
                                              ("pars", "parse")])
def test_a_mistyped_command_gets_did_you_mean(typed: str, meant: str, capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main([typed, "x.txt"]) == 2
    err = capsys.readouterr().err
    assert err == f"marsad: {typed!r} is neither a command nor a file; did you mean 'marsad {meant}'? " \
                  "(see marsad --help)\n"


def test_a_file_named_like_a_typo_is_still_opened_as_a_file(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    Path("pasre").write_bytes(b"")
    assert main(["pasre"]) == 2
    assert "pasre: the file is empty" in capsys.readouterr().err


def test_a_mistyped_presets_action_gets_did_you_mean(capsys) -> None:
    with pytest.raises(SystemExit) as e:
        main(["presets", "lsit"])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "did you mean 'list'?" in err


def test_help_lists_every_command_with_one_line() -> None:
    p = cli("--help")
    assert p.returncode == 0
    out = p.stdout.decode()
    for name, (_, summary) in COMMANDS.items():
        assert f"  {name:<8} {summary}\n" in out
    assert set(COMMANDS) == {"parse", "export", "presets", "corpus"}


def _parsers() -> list[argparse.ArgumentParser]:
    from tui.cli import open_parser, parse_parser
    from tui.commands import export, presets

    found = [open_parser(), parse_parser(), export.parser(), presets.parser()]
    for p in list(found):
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                found += list(action.choices.values())
    return found


def test_every_option_of_every_command_states_its_default() -> None:
    seen = 0
    for parser in _parsers():
        for action in parser._actions:
            if not action.option_strings or isinstance(action, argparse._HelpAction):
                continue
            seen += 1
            assert action.help and "default" in action.help, (parser.prog, action.option_strings)
    assert seen >= 20


@pytest.mark.parametrize("command", [[], ["parse"], ["export"], ["presets"]])
def test_every_help_runs(command: list[str]) -> None:
    p = cli(*command, "--help")
    assert p.returncode == 0 and p.stdout.startswith(b"usage: marsad")
