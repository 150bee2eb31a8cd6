"""`marsad parse FILE… | DIR`: many articles as JSON Lines, parsed in parallel.

Each input line of work is one article file; each output line is one JSON object:
``{"path": …, <the marsad.article/1 model>}`` or ``{"path": …, "error": "…"}``.  Lines come
out in input order (a folder: its article files, sorted, recursively) and as soon as
they are ready: the files are cut into chunks that a pool of processes parses, at most a
few chunks ahead of the one being written, so memory stays flat however many files there
are.  A file that cannot be read, or a parser crash, is an error line, never a stop; the
exit code says at the end (2: some file was bad, 1: Marsad failed on some file).

Parsing goes through ``tui.cli.load_article`` (the same reading, decoding, metadata and
``tui.article.parse.parse`` as a single file), nothing deeper.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, BinaryIO

# What a folder contributes: files Marsad reads as articles (compressed or not); a .toml
# beside an article is its metadata, and notes (.md) or data (.json) are not articles.
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".htm", ".html", ".xhtml", ".mht", ".mhtml", ".docx", ".odt"})
COMPRESSED_SUFFIXES = frozenset({".gz", ".bz2", ".xz"})

OK, BAD_INPUT, INTERNAL = 0, 2, 1
_AHEAD = 3  # chunks in flight per worker: enough to keep every core busy, few enough to stream


def is_article_name(name: str) -> bool:
    suffixes = [s.lower() for s in Path(name).suffixes]
    if suffixes and suffixes[-1] in COMPRESSED_SUFFIXES:
        suffixes.pop()
    return bool(suffixes) and suffixes[-1] in ARTICLE_SUFFIXES


def collect(inputs: Iterable[Path]) -> Iterator[Path]:
    """The files to parse: each FILE as given (whatever its name), each DIR's article files,
    sorted, recursively; hidden files and folders are skipped, symbolic links to folders
    are not followed (no loops)."""
    for given in inputs:
        if not os.path.isdir(given):
            yield given
            continue
        for folder, dirs, files in os.walk(given, onerror=_unreadable_folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for f in sorted(files):
                if not f.startswith(".") and is_article_name(f):
                    yield Path(folder) / f


def _unreadable_folder(e: OSError) -> None:
    from tui.article.clean import printable

    print(f"marsad parse: warning: cannot read the folder {printable(str(e.filename))} "
          f"({e.strerror or e}); its files are skipped", file=sys.stderr)


# Path characters that would move or recolour a terminal, or that JSON cannot carry as
# UTF-8 (undecodable bytes of a file name): written as \uXXXX escapes.
_UNSAFE = re.compile("[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def json_path(path: str) -> str:
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(path, ensure_ascii=False))


def _line(path: str, body: dict[str, Any]) -> str:
    rest = json.dumps(body, ensure_ascii=False)
    return '{"path": ' + json_path(path) + (", " + rest[1:] if len(rest) > 2 else "}")


# -- the work of one process -------------------------------------------------------------

_OPTIONS: tuple[str | None, int] = (None, 0)


def _init_worker(published: str | None, max_bytes: int) -> None:
    global _OPTIONS
    _OPTIONS = (published, max_bytes)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # ctrl-c is the parent's to handle: no traceback per worker


def parse_one(path: str) -> tuple[str, int]:
    """(JSON line, status) for one file."""
    from tui.article.errors import InputError
    from tui.cli import load_article

    published, max_bytes = _OPTIONS
    warnings: list[str] = []
    try:
        article = load_article(Path(path), published, max_bytes, warn=warnings.append)
    except InputError as e:
        return _line(path, {"error": str(e)}), BAD_INPUT
    except Exception as e:  # a bug on one file must not stop the others
        from tui.article.clean import printable

        msg = printable(f"{type(e).__name__}: {e}")[:300]
        return _line(path, {"error": f"internal error: {msg}"}), INTERNAL
    body = article.to_dict()
    if warnings:
        from tui.article.clean import printable

        body["warnings"] = [printable(w) for w in warnings]
    return _line(path, body), OK


def parse_chunk(paths: list[str]) -> list[tuple[str, int]]:
    return [parse_one(p) for p in paths]


def _warm_for_fork() -> None:
    """Load the lexicons and compile the patterns once, here, when the workers are forked
    from this process: they inherit it all instead of each doing it again."""
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        return
    from tui.article.parse import parse

    parse("وقال وزير الخارجية أمس إن الاجتماع سيعقد في 5 مارس، بحسب مصدر مطلع.", "2024-01-10")


def _isolated(path: str) -> tuple[str, int]:
    """Parse one file in a process of its own: used after a worker died, to find the file
    that killed it (and to parse the innocent files of its chunk)."""
    published, max_bytes = _OPTIONS
    with ProcessPoolExecutor(1, initializer=_init_worker, initargs=(published, max_bytes)) as pool:
        try:
            return pool.submit(parse_chunk, [path]).result()[0]
        except BrokenProcessPool:
            return _line(path, {"error": "internal error: the parser process died on this file"}), INTERNAL


# -- the parent: chunks in, lines out, in order ----------------------------------------------


def _chunks(paths: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(paths), size):
        yield paths[i:i + size]


def chunk_size(n: int, jobs: int) -> int:
    """About an eighth of each core's share, at most 16 files: small enough to balance the
    cores and stream early, large enough that handing work to a process costs little."""
    return max(1, min(16, -(-n // (jobs * 8))))


def results(paths: list[str], jobs: int, published: str | None, max_bytes: int) -> Iterator[tuple[str, int]]:
    """(line, status) for every path, in order, as soon as each is ready."""
    global _OPTIONS
    _OPTIONS = (published, max_bytes)
    if jobs <= 1 or len(paths) <= 1:
        for p in paths:
            yield parse_one(p)
        return
    size = chunk_size(len(paths), jobs)
    todo = deque(_chunks(paths, size))

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(published, max_bytes))

    _warm_for_fork()
    pool = new_pool()
    pending: deque[tuple[list[str], Future[list[tuple[str, int]]]]] = deque()
    try:
        while todo or pending:
            while todo and len(pending) < jobs * _AHEAD:
                try:
                    fut = pool.submit(parse_chunk, todo[0])
                except BrokenProcessPool:  # a worker died meanwhile: the pending chunks will say so
                    break
                pending.append((todo.popleft(), fut))
            if not pending:  # broken before anything of ours was running: start afresh
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
                continue
            chunk, fut = pending.popleft()
            try:
                lines = fut.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory, a crash in C): every pending chunk is lost
                # with it.  This one is redone file by file to find the culprit; the rest go again.
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
                todo.extendleft(reversed([c for c, _ in pending]))
                pending.clear()
                lines = [_isolated(p) for p in chunk]
            yield from lines
    finally:
        # Done: wait for the workers to leave (quick, they are idle).  shutdown(wait=False)
        # leaves the pool's manager thread running into the interpreter's exit, where on
        # 3.11 it can write to a closed pipe ("Exception ignored … Bad file descriptor" on
        # standard error).  Stopped early (an error, ^C): do not wait for work in flight.
        pool.shutdown(wait=not pending, cancel_futures=True)


def _progress(total: int) -> Any:
    """A progress bar on standard error when it is a terminal (rich, imported only then)."""
    if not sys.stderr.isatty():
        return None
    try:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
    except ImportError:  # a bare interpreter: no bar, same output
        return None
    # auto_refresh off: no refresh thread, so the worker processes are never forked while
    # another thread holds a lock; ``run`` redraws the bar itself, a few times a second.
    bar = Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[bad]}"),
                   TimeRemainingColumn(), console=Console(stderr=True), transient=True, auto_refresh=False)
    bar.add_task("parse", total=total, bad="")
    return bar


def run(inputs: list[Path], out: BinaryIO, jobs: int, published: str | None, max_bytes: int) -> int:
    """Parse every article under ``inputs`` into ``out`` as JSON Lines; returns the exit code."""
    paths = [os.fspath(p) for p in collect(inputs)]
    worst = OK
    bad = 0
    bar = _progress(len(paths))
    if bar is not None:
        bar.start()
    drawn = 0.0
    try:
        for line, status in results(paths, jobs, published, max_bytes):
            out.write(line.encode("utf-8", "backslashreplace") + b"\n")  # a stray surrogate: a JSON escape
            out.flush()  # streaming: a reader sees each article as soon as it is parsed
            if status != OK:
                bad += 1
                worst = INTERNAL if INTERNAL in (worst, status) else BAD_INPUT
            if bar is not None:
                bar.update(bar.task_ids[0], advance=1, bad=f"{bad} bad" if bad else "")
                if time.monotonic() - drawn > 0.1:
                    bar.refresh()
                    drawn = time.monotonic()
    finally:
        if bar is not None:
            bar.stop()
    if not paths:
        from tui.article.clean import printable

        where = ", ".join(printable(str(p)) for p in inputs)
        print(f"marsad: {where}: a folder with no article files in it (marsad parse reads the .txt, .html, .htm, "
              ".mht, .docx and .odt files of a folder, also .gz/.bz2/.xz-compressed)", file=sys.stderr)
        return BAD_INPUT
    if bad:
        print(f"marsad parse: {bad:,} of {len(paths):,} files could not be parsed (see the lines with \"error\")",
              file=sys.stderr)
    return worst
