"""A user points Marsad at something that is not a good article file: every case gets one
line on stderr starting with "marsad:", exit code 2 and no traceback (``--debug`` shows
it); a bug inside Marsad gets one line, a hint to rerun with --debug, and exit code 1."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tui.cli import main

ARABIC = "قال وزير الخارجية في مؤتمر صحفي اليوم إن المفاوضات ستستأنف الأسبوع المقبل.\n"


def _zip(member: str = "photos/1.jpg", content: str = "\xff\xd8\xff") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(member, content)
    return buf.getvalue()


# (case id, file contents, what the message must say)
BAD_CONTENTS: list[tuple[str, bytes, str]] = [
    ("empty", b"", "the file is empty"),
    ("whitespace", b"  \n\t \r\n  \n", "only white space"),
    ("unicode-whitespace", "\u3000\u00a0 \u2003\n".encode(), "only white space"),
    ("invisible-marks", "\u200f\u200b\u200e \u2067\u2069\n".encode(), "no readable text"),
    ("only-escapes", b"\x1b[2J\x1b]0;title\x07\x1b[31m\n", "no readable text"),
    ("nul-bytes", b"abc\x00\x01\x02\xff\xfe\x00\x00\x10binary\x00", "contains NUL bytes"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(40)), "a PNG image"),
    ("jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(40), "a JPEG image"),
    ("gif", b"GIF89a\x01\x00\x01\x00" + bytes(20), "a GIF image"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
    ("zip", _zip(), "a ZIP archive"),
    ("docx-without-text", _zip("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/'
                               'wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>'),
     "a Word document with no text"),
    ("docx-bad-xml", _zip("word/document.xml", "<w:document>"), "not well-formed XML"),
    ("docx-entity-bomb", _zip("word/document.xml", '<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'),
     "declares XML entities"),
    ("damaged-zip", b"PK\x03\x04" + bytes(60), "a damaged ZIP archive"),
    ("mhtml-without-html", b"From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: multipart/related; "
                           b"boundary=b\n\n--b\nContent-Type: image/png\n\nxx\n--b--\n", "without an HTML part"),
    ("gzip", b"\x1f\x8b\x08\x00" + bytes(20), "gzip-compressed"),
    ("doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(40), "Microsoft Office"),
    ("elf", b"\x7fELF\x02\x01\x01" + bytes(40), "executable"),
    ("random-bytes", bytes((i * 97 + 13) % 255 + 1 for i in range(4000)), "not UTF-8"),
    ("broken-utf8", ARABIC.encode() + b"\xff\xfe\xfa" + ARABIC.encode(), "mostly UTF-8, but byte"),
    ("utf8-bom-then-garbage", b"\xef\xbb\xbf" + ARABIC.encode() + b"\xc3\x28", "byte-order mark"),
    ("utf16-bom-cut", b"\xff\xfe" + "قال".encode("utf-16-le") + b"\x00\xd8", "byte-order mark"),
    ("html-without-text", b"<!DOCTYPE html><html><head><script>var a=1</script></head>"
                          b"<body><nav><a href=/>home</a></nav></body></html>", "no article text"),
]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, out: str, err: str, expect: str, code_wanted: int = 2) -> None:
    assert code == code_wanted, err
    assert out == ""
    assert err.startswith("marsad: "), err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err
    assert expect in err, err


@pytest.mark.parametrize(("case", "data", "expect"), BAD_CONTENTS, ids=[c[0] for c in BAD_CONTENTS])
@pytest.mark.parametrize("command", ["parse", "export"])
def test_bad_file_contents(tmp_path: Path, capsys, case: str, data: bytes, expect: str, command: str) -> None:
    f = tmp_path / f"{case}.txt"
    f.write_bytes(data)
    code, out, err = run([command, str(f)], capsys)
    if command == "export":  # `marsad export` words its own prefix
        assert code == 2 and expect in err and "Traceback" not in err and err.count("\n") == 1, err
        return
    assert_one_line_error(code, out, err, expect)
    assert str(f) in err  # the message names the file


@pytest.mark.parametrize(("command", "expect"), [([], "a folder with no article files in it"),
                                                  (["export"], "is a directory, not an article file")])
def test_a_directory_without_articles_is_one_line_for_the_dashboard_or_export(tmp_path: Path, capsys, command,
                                                                              expect) -> None:
    # `marsad DIR` opens a folder as a corpus (issue 16); `marsad export` takes one article
    code, out, err = run([*command, str(tmp_path)], capsys)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert expect in err


def test_the_dashboard_command_reports_bad_files_before_starting_the_ui(tmp_path: Path, capsys) -> None:
    f = tmp_path / "a.png"
    f.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(10))
    assert_one_line_error(*run([str(f)], capsys), "a PNG image")


PathMaker = Callable[[Path], Path]


def _directory(tmp: Path) -> Path:
    return tmp


def _missing(tmp: Path) -> Path:
    return tmp / "nope.txt"


def _file_as_folder(tmp: Path) -> Path:
    (tmp / "article.txt").write_text(ARABIC)
    return tmp / "article.txt" / "x.txt"


def _broken_symlink(tmp: Path) -> Path:
    link = tmp / "link.txt"
    link.symlink_to(tmp / "gone.txt")
    return link


def _too_long_name(tmp: Path) -> Path:
    return tmp / ("ا" * 300 + ".txt")


def _nasty_name(tmp: Path) -> Path:
    # A file name that would retitle the terminal if printed raw.
    return tmp / "\x1b]0;owned\x07\u202eevil.txt"


def _undecodable_name(tmp: Path) -> Path:
    return tmp / os.fsdecode(b"\xff\xfe-\xd8.txt")  # not UTF-8: Python keeps it as lone surrogates


PATH_CASES: list[tuple[str, PathMaker, str]] = [
    ("directory", _directory, "a folder with no article files in it"),  # `parse DIR` parses a folder's articles
    ("missing", _missing, "no such file"),
    ("path-through-a-file", _file_as_folder, "part of the path is a file"),
    ("broken-symlink", _broken_symlink, "symbolic link to a file that does not exist"),
    ("name-too-long", _too_long_name, "name is too long"),
    ("escape-in-name", _nasty_name, "no such file"),
    ("undecodable-name", _undecodable_name, "\\udcff\\udcfe-\\udcd8.txt: no such file"),
]


@pytest.mark.parametrize(("case", "make", "expect"), PATH_CASES, ids=[c[0] for c in PATH_CASES])
def test_bad_paths(tmp_path: Path, capsys, case: str, make: PathMaker, expect: str) -> None:
    code, out, err = run(["parse", str(make(tmp_path))], capsys)
    assert_one_line_error(code, out, err, expect)
    assert "\x1b" not in err and "\x07" not in err and "\u202e" not in err


def test_unreadable_file(tmp_path: Path, capsys, monkeypatch) -> None:
    # Tests may run as root, where chmod 000 does not stop reading: simulate the OS refusal.
    f = tmp_path / "secret.txt"
    f.write_text(ARABIC)
    real_open = Path.open

    def refuse(self: Path, *a, **k):
        if self == f:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *a, **k)

    monkeypatch.setattr(Path, "open", refuse)
    assert_one_line_error(*run(["parse", str(f)], capsys), "permission denied")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_for_real(tmp_path: Path, capsys) -> None:
    f = tmp_path / "secret.txt"
    f.write_text(ARABIC)
    f.chmod(0)
    assert_one_line_error(*run(["parse", str(f)], capsys), "permission denied")


def test_read_error_from_the_disk(tmp_path: Path, capsys, monkeypatch) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARABIC)
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: (_ for _ in ()).throw(OSError(5, "Input/output error")))
    assert_one_line_error(*run(["parse", str(f)], capsys), "cannot be read (Input/output error)")


def test_larger_than_the_default_limit(tmp_path: Path, capsys) -> None:
    f = tmp_path / "big.txt"
    with f.open("wb") as fh:  # sparse: costs no disk
        fh.truncate(5 * 1024 * 1024 + 1)
    assert_one_line_error(*run(["parse", str(f)], capsys), "larger than the limit of 5,242,880 bytes")


def test_max_bytes_flag(tmp_path: Path, capsys) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARABIC)
    size = f.stat().st_size
    assert_one_line_error(*run(["parse", str(f), "--max-bytes", str(size - 1)], capsys), "--max-bytes")
    code, out, _ = run(["parse", str(f), "--max-bytes", str(size)], capsys)
    assert code == 0 and '"schema"' in out


def test_max_bytes_from_config(tmp_path: Path, capsys) -> None:
    (Path(os.environ["MARSAD_CONFIG_DIR"]) / "config.toml").write_text("max_bytes = 20\n")
    f = tmp_path / "a.txt"
    f.write_text(ARABIC)
    assert_one_line_error(*run(["parse", str(f)], capsys), "limit of 20 bytes")
    code, _, _ = run(["parse", str(f), "--max-bytes", "100000"], capsys)  # the flag wins
    assert code == 0


@pytest.mark.parametrize("value", ["0", "-5", "lots"])
def test_max_bytes_must_be_positive(tmp_path: Path, capsys, value: str) -> None:
    with pytest.raises(SystemExit) as e:
        main(["parse", "x.txt", "--max-bytes", value])
    assert e.value.code == 2
    assert "positive number of bytes" in capsys.readouterr().err


def test_endless_device_stops_at_the_limit(capsys) -> None:
    assert_one_line_error(*run(["parse", "/dev/zero", "--max-bytes", "1000"], capsys), "larger than the limit")


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    from tui.article.load import InputError

    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        main(["parse", str(f), "--debug"])


def test_internal_error_is_one_line_with_a_hint(tmp_path: Path, capsys, monkeypatch) -> None:
    import tui.article.parse

    def broken(*a, **k):
        raise RuntimeError("stage exploded\nsecond line \x1b[31m")

    monkeypatch.setattr(tui.article.parse, "parse", broken)
    f = tmp_path / "a.txt"
    f.write_text(ARABIC)
    code, out, err = run(["parse", str(f)], capsys)
    assert_one_line_error(code, out, err, "rerun with --debug", code_wanted=1)
    assert "internal error: RuntimeError: stage exploded" in err and "\x1b" not in err
    with pytest.raises(RuntimeError):
        main(["parse", str(f), "--debug"])


def test_bad_sidecar_metadata_is_ignored_not_fatal(tmp_path: Path, capsys) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARABIC)
    (tmp_path / "a.toml").write_text('title = "t\\u001b]0;x\\u0007"\npublished = "yesterday"\n')
    code, out, err = run(["parse", str(f), "--format", "text"], capsys)
    assert code == 0, err
    assert "\x1b" not in out and "\x07" not in out
    assert "published: unknown" in out


def test_closed_pipe_is_not_an_error(tmp_path: Path) -> None:
    import subprocess
    import sys

    f = tmp_path / "a.txt"
    f.write_text(ARABIC * 2000)
    p = subprocess.run(f"{sys.executable} -m tui parse {f} | head -c 10 > /dev/null", shell=True,
                       capture_output=True, text=True, timeout=60, cwd=Path(__file__).parent.parent)
    assert "Traceback" not in p.stderr and "BrokenPipe" not in p.stderr, p.stderr


def test_symlink_loop(tmp_path: Path, capsys) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert_one_line_error(*run(["parse", str(loop)], capsys), "Too many levels of symbolic links")


def test_process_substitution_pipe_is_read(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    if not shutil.which("bash"):
        pytest.skip("no bash")
    f = tmp_path / "a.txt"
    f.write_text(ARABIC)
    p = subprocess.run(["bash", "-c", f'"{sys.executable}" -m tui parse <(cat "{f}") --format json'],
                       capture_output=True, text=True, timeout=60, cwd=Path(__file__).parent.parent)
    assert p.returncode == 0, p.stderr
    assert "المفاوضات" in p.stdout


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_non_utf8_locale_still_prints_arabic(tmp_path: Path, encoding: str) -> None:
    import subprocess
    import sys

    f = tmp_path / "a.txt"
    f.write_text(ARABIC)
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    for fmt in ("json", "text"):
        p = subprocess.run([sys.executable, "-m", "tui", "parse", str(f), "--format", fmt], capture_output=True,
                           timeout=60, cwd=Path(__file__).parent.parent, env=env)
        assert p.returncode == 0, p.stderr
        assert "المفاوضات".encode() in p.stdout


def test_fifo_without_a_writer_does_not_hang(tmp_path: Path) -> None:
    import subprocess
    import sys

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    p = subprocess.run([sys.executable, "-m", "tui", "parse", str(fifo)], capture_output=True, text=True,
                       timeout=30, cwd=Path(__file__).parent.parent)
    assert p.returncode == 2
    assert p.stderr == f"marsad: {fifo}: a named pipe (FIFO) with nothing written to it\n"


def test_read_article_with_a_nul_in_the_name() -> None:
    from tui.article.load import InputError, read_article

    with pytest.raises(InputError, match=r"a\\x00b.txt: not a valid file name"):
        read_article(Path("a\x00b.txt"))
