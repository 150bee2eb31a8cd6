"""`marsad parse FILE… | DIR` (issue 14 item 3): JSON Lines in input order, one article per
line with its path, parsed in parallel processes, streamed, per-file errors as lines
with an "error" field and a non-zero exit at the end, a progress bar only on a terminal."""

from __future__ import annotations

import glob
import gzip
import io
import json
import multiprocessing
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.commands import batch

ROOT = Path(__file__).resolve().parent.parent
# Three short articles written for these tests (a minister, a spokeswoman, a ministry).
TEXTS = [
    "وقال وزير الخارجية في مؤتمر صحفي أمس إن المفاوضات ستستأنف الأسبوع المقبل.\n",
    "وأكدت المتحدثة باسم الحكومة أن الاجتماع عقد يوم الثلاثاء في العاصمة.\n",
    "وأعلنت وزارة الصحة في بيان أن الحملة تبدأ في 3 مارس 2024.\n",
]
FORK = multiprocessing.get_start_method() == "fork"


def marsad(*args: str, timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, timeout=timeout, cwd=ROOT,
                          env={**os.environ}, **kw)


def lines(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """a folder: three articles (one in a subfolder, one gzipped), metadata, notes and hidden files."""
    d = tmp_path / "corpus"
    (d / "sub").mkdir(parents=True)
    (d / "b.txt").write_text(TEXTS[1], encoding="utf-8")
    (d / "b.toml").write_text('published = "2024-02-20"\ntitle = "ب"\n', encoding="utf-8")
    (d / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (d / "sub" / "c.txt.gz").write_bytes(gzip.compress(TEXTS[2].encode("utf-8")))
    (d / "notes.md").write_text("# notes\n", encoding="utf-8")
    (d / "gold.json").write_text("{}", encoding="utf-8")
    (d / ".hidden.txt").write_text(TEXTS[0], encoding="utf-8")
    (d / ".git").mkdir()
    (d / ".git" / "x.txt").write_text(TEXTS[0], encoding="utf-8")
    (d / "loop").symlink_to(d)  # a link back up: not followed
    return d


def test_a_folder_gives_its_articles_sorted_recursively_as_json_lines(corpus: Path) -> None:
    p = marsad("parse", str(corpus))
    assert p.returncode == 0, p.stderr
    got = lines(p.stdout)
    assert [Path(g["path"]).relative_to(corpus).as_posix() for g in got] == ["a.txt", "b.txt", "sub/c.txt.gz"]
    assert [g["text"] for g in got] == TEXTS
    assert got[1]["published"] == "2024-02-20" and got[1]["meta"]["title"] == "ب"  # the .toml beside it
    assert all(g["schema"] == "marsad.article/1" for g in got)
    assert p.stderr == b""


def test_each_line_is_the_single_file_model_with_its_path(corpus: Path) -> None:
    got = lines(marsad("parse", str(corpus / "a.txt"), str(corpus / "b.txt"), "--published", "2024-03").stdout)
    for g in got:
        single = json.loads(marsad("parse", g["path"], "--published", "2024-03").stdout)
        assert {k: v for k, v in g.items() if k != "path"} == single
        assert next(iter(g)) == "path"


def test_parallel_output_is_byte_identical_to_one_process(tmp_path: Path) -> None:
    d = tmp_path / "many"
    d.mkdir()
    for i in range(12):
        (d / f"{i:02d}.txt").write_text(TEXTS[i % 3] * (1 + i % 4), encoding="utf-8")
    one = marsad("parse", str(d), "-j", "1")
    three = marsad("parse", str(d), "-j", "3")
    assert one.returncode == three.returncode == 0
    assert one.stdout == three.stdout
    assert len(lines(one.stdout)) == 12


def test_bad_files_are_error_lines_the_rest_is_parsed_and_the_exit_code_says_so(tmp_path: Path, corpus) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "doc.txt").write_bytes(b"%PDF-1.4\n")
    inputs = [corpus / "a.txt", tmp_path / "missing.txt", tmp_path / "empty.txt", tmp_path / "doc.txt",
              corpus / "b.txt"]
    for jobs in ("1", "2"):
        p = marsad("parse", *map(str, inputs), "-j", jobs)
        got = lines(p.stdout)
        assert [g["path"] for g in got] == [str(x) for x in inputs]
        assert "error" not in got[0] and "error" not in got[4]
        assert got[1]["error"].endswith("missing.txt: no such file")
        assert got[2]["error"].endswith("the file is empty (0 bytes)")
        assert "PDF document" in got[3]["error"]
        assert p.returncode == 2
        assert p.stderr.decode() == 'marsad parse: 3 of 5 files could not be parsed (see the lines with "error")\n'


def test_a_bug_on_one_file_is_an_internal_error_line_and_exit_1(tmp_path: Path, monkeypatch, capsys) -> None:
    import tui.article.parse
    from tui.cli import main

    real = tui.article.parse.parse

    def flaky(text, *a, **k):
        if "الصحة" in text:
            raise RuntimeError("stage exploded \x1b[31m")
        return real(text, *a, **k)

    monkeypatch.setattr(tui.article.parse, "parse", flaky)
    for i, t in enumerate(TEXTS):
        (tmp_path / f"{i}.txt").write_text(t, encoding="utf-8")
    assert main(["parse", str(tmp_path), "-j", "1"]) == 1
    out, err = capsys.readouterr()
    got = lines(out.encode())
    assert got[2]["error"] == "internal error: RuntimeError: stage exploded \\x1b[31m"
    assert "error" not in got[0] and "error" not in got[1]
    assert "1 of 3 files" in err


@pytest.mark.skipif(not FORK, reason="the patched worker reaches the pool only through fork")
def test_work_really_goes_to_several_processes(tmp_path: Path, monkeypatch) -> None:
    def whoami(path: str) -> tuple[str, int]:
        time.sleep(0.05)
        return str(os.getpid()), batch.OK

    monkeypatch.setattr(batch, "parse_one", whoami)
    pids = {line for line, _ in batch.results([f"{i}.txt" for i in range(40)], 2, None, 1000)}
    assert len(pids) == 2 and str(os.getpid()) not in pids


@pytest.mark.skipif(not FORK, reason="the patched worker reaches the pool only through fork")
def test_a_worker_that_dies_costs_one_error_line_not_the_run(tmp_path: Path, monkeypatch) -> None:
    real = batch.parse_one

    def killer(path: str) -> tuple[str, int]:
        if path.endswith("kill.txt"):
            os._exit(9)  # as the kernel's OOM killer or a crash in C would end it
        return real(path)

    monkeypatch.setattr(batch, "parse_one", killer)
    names = [f"{i:02d}.txt" for i in range(12)]
    names.insert(5, "kill.txt")
    for n in names:
        (tmp_path / n).write_text(TEXTS[0], encoding="utf-8")
    out = io.BytesIO()
    code = batch.run([tmp_path / n for n in names], out, 2, None, 100_000)
    got = lines(out.getvalue())
    assert [Path(g["path"]).name for g in got] == names
    assert got[5]["error"] == "internal error: the parser process died on this file"
    assert all("error" not in g for i, g in enumerate(got) if i != 5)
    assert code == 1


def test_output_file_force_and_refusals(corpus: Path, tmp_path: Path, capsys) -> None:
    from tui.cli import main

    out = tmp_path / "all.jsonl"
    assert main(["parse", str(corpus), "-o", str(out), "-j", "1"]) == 0
    assert len(lines(out.read_bytes())) == 3
    assert main(["parse", str(corpus), "-o", str(out)]) == 2
    assert "already exists; add --force" in capsys.readouterr().err
    assert main(["parse", str(corpus), "-o", str(out), "--force", "-j", "1"]) == 0
    assert main(["parse", str(corpus), "--format", "text"]) == 2
    out_, err = capsys.readouterr()
    assert "several files are written as JSON Lines" in err and out_ == ""
    assert main(["parse", str(corpus / "a.txt"), "-"]) == 2
    assert "standard input) can only be parsed on its own" in capsys.readouterr().err
    for bad in ("0", "-2", "many"):
        with pytest.raises(SystemExit) as e:
            main(["parse", str(corpus), "-j", bad])
        err = capsys.readouterr().err
        assert e.value.code == 2 and err.count("\n") == 1 and "number of processes" in err


def test_an_empty_folder_is_one_line(tmp_path: Path) -> None:
    p = marsad("parse", str(tmp_path))
    assert p.returncode == 2 and p.stdout == b""
    assert p.stderr.decode().startswith(f"marsad: {tmp_path}: a folder with no article files in it")


def test_lines_stream_out_before_the_last_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "first.txt").write_text(TEXTS[0], encoding="utf-8")
    fifo = tmp_path / "later.txt"
    os.mkfifo(fifo)
    hold = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)  # a writer exists: the reader waits for data
    proc = subprocess.Popen([sys.executable, "-m", "tui", "parse", str(tmp_path / "first.txt"), str(fifo),
                             "-j", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                            env={**os.environ})
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready, "no line before the second file was complete"
        first = json.loads(proc.stdout.readline())
        assert first["path"].endswith("first.txt") and first["text"] == TEXTS[0]
        assert proc.poll() is None  # still waiting for the second file
        _wait_for_a_reader(fifo, hold)  # under load a worker may open the pipe late: data left
        os.set_blocking(hold, True)     # in a pipe nobody reads is lost when the writer closes
        os.write(hold, TEXTS[1].encode("utf-8"))
    finally:
        os.close(hold)
    rest, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert json.loads(rest)["text"] == TEXTS[1]


def _wait_for_a_reader(fifo: Path, own: int, seconds: float = 60) -> None:
    """Until some process other than this test holds the named pipe open (Linux /proc)."""
    target = os.path.realpath(fifo)
    mine = f"/proc/{os.getpid()}/fd/{own}"
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for fd in glob.glob("/proc/[0-9]*/fd/*"):
            try:
                if fd != mine and os.readlink(fd) == target:
                    return
            except OSError:
                continue
        time.sleep(0.05)
    raise AssertionError("no process opened the named pipe")


def _run_with_a_terminal_for_stderr(args: list[str]) -> tuple[int, bytes, bytes]:
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "tui", *args], stdout=subprocess.PIPE, stderr=slave, cwd=ROOT,
                            env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"})
    os.close(slave)
    screen = b""
    out = proc.stdout.read()  # type: ignore[union-attr]
    while True:
        try:
            ready, _, _ = select.select([master], [], [], 2)
            if not ready:
                break
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        screen += chunk
    proc.wait(60)
    os.close(master)
    return proc.returncode, out, screen


def test_a_progress_bar_on_a_terminal_and_nothing_on_a_pipe(tmp_path: Path) -> None:
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(TEXTS[i % 3], encoding="utf-8")
    code, out, screen = _run_with_a_terminal_for_stderr(["parse", str(tmp_path)])
    assert code == 0
    assert b"parsing" in screen and b"6/6" in screen
    assert len(lines(out)) == 6  # standard output holds only the lines
    piped = marsad("parse", str(tmp_path))
    assert piped.stderr == b"" and piped.stdout == out


def test_batch_runs_on_the_standard_library_alone(corpus: Path) -> None:
    from test_bare_python import HIDE

    p = subprocess.run([sys.executable, "-c", HIDE, "parse", str(corpus)], capture_output=True, cwd=ROOT,
                       timeout=120)
    assert p.returncode == 0, p.stderr
    assert len(lines(p.stdout)) == 3


def test_one_file_never_imports_rich_or_the_process_pool(corpus: Path) -> None:
    code = ("import sys\nfrom tui.cli import main\nmain(['parse', sys.argv[1]])\n"
            "print(sorted(m for m in sys.modules if m.startswith(('rich', 'textual', 'concurrent'))), "
            "file=sys.stderr)\n")
    p = subprocess.run([sys.executable, "-c", code, str(corpus / "a.txt")], capture_output=True, cwd=ROOT,
                       timeout=60)
    assert p.returncode == 0
    assert p.stderr.strip() == b"[]"


def test_chunks_are_small_enough_to_share_and_to_stream() -> None:
    assert batch.chunk_size(1, 2) == 1
    assert batch.chunk_size(1000, 2) == 16
    assert batch.chunk_size(40, 4) == 2
    assert batch.is_article_name("x.TXT") and batch.is_article_name("x.html.gz")
    assert not batch.is_article_name("x.toml") and not batch.is_article_name("x.gz")


def test_a_folder_that_cannot_be_listed_is_reported_and_the_rest_parsed(corpus: Path, monkeypatch, capsys) -> None:
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert [p.name for p in batch.collect([corpus])] == ["a.txt", "b.txt"]
    err = capsys.readouterr().err
    assert err == f"marsad parse: warning: cannot read the folder {corpus / 'sub'} (Permission denied); " \
                  "its files are skipped\n"
