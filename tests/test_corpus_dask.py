"""The Dask example (issue 16, scale): a folder parsed with ``dask.bag`` on Dask's local
process scheduler gives, byte for byte, the JSON Lines of ``marsad parse DIR``, which the
corpus dashboard opens.  Skipped when Dask is not installed (the ``[scale]`` extra)."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_helpers import write_corpus

from tui.commands import batch
from tui.corpus.load import load as load_corpus
from tui.corpus.load import resolve

pytest.importorskip("dask.bag", reason="the [scale] extra (Dask) is not installed")

from tui.corpus import dask_parse

ROOT = Path(__file__).resolve().parent.parent


def test_dask_on_local_processes_writes_what_marsad_parse_writes(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "news")
    out = tmp_path / "dask.jsonl"
    code = dask_parse.run([folder], str(out), scheduler="processes", workers=2, partitions=3)
    assert code == 2  # the empty file is an error line, as with marsad parse
    expected = io.BytesIO()
    batch.run([folder], expected, 1, None, 5 << 20)
    assert out.read_bytes() == expected.getvalue()
    r = load_corpus(resolve([out]))
    assert [d.name for d in r.docs] == ["news/a.txt", "news/c.txt", "news/empty.txt", "news/wire/b.txt"]
    assert r.errors == 1 and all(d.article.quotes for d in r.docs if d.ok)


def test_the_command_line_refuses_to_replace_a_file_and_names_dask(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "news", empty=False)
    out = tmp_path / "x.jsonl"
    run = [sys.executable, "-m", "tui.corpus.dask_parse", str(folder), "-o", str(out), "--scheduler", "threads"]
    p = subprocess.run(run, capture_output=True, cwd=ROOT, timeout=120)
    assert p.returncode == 0, p.stderr
    assert len(out.read_bytes().splitlines()) == 3
    p = subprocess.run(run, capture_output=True, cwd=ROOT, timeout=120)
    assert p.returncode == 2 and b"already exists" in p.stderr
