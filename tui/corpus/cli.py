"""The corpus on the command line.

    marsad DIR | FILE FILE… | CORPUS.jsonl      the corpus dashboard (tui/app/corpus_app.py)
    marsad corpus DIR|FILE…|CORPUS.jsonl [--format json|csv|md] [--preset NAME] [-o OUT] [--force]
                                              the merged view, without the dashboard

The inputs are checked first (a missing file, an empty folder: one line, exit 2); then the
dashboard opens at once and loads in the background, while ``marsad corpus`` loads with a
progress bar on standard error when it is a terminal.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tui.commands.args import OneLineParser, add_common, add_jobs, add_output, add_preset, fail, preset_filter

CORPUS_FORMATS = {".md": "md", ".markdown": "md", ".json": "json", ".csv": "csv"}


def parser() -> OneLineParser:
    from .export import FORMATS

    p = OneLineParser(prog="marsad corpus",
                      description="Write a corpus's merged view — its articles, one card per actor across them, "
                                  "their quotes and dated events — without opening the dashboard.")
    p.add_argument("inputs", type=Path, nargs="+", metavar="DIR|FILE|CORPUS.jsonl",
                   help="a folder of articles (searched recursively), several article files, or a JSON Lines "
                        "file written by marsad parse DIR")
    p.add_argument("--format", "-f", choices=FORMATS, default=None,
                   help="json: articles, merged actors, quotes, events; csv: one row per actor, quote and event "
                        "(first column: record); md: a brief (default: what -o's extension says — .md .markdown "
                        ".json .csv — else json)")
    add_preset(p)
    add_output(p)
    add_jobs(p, "parse N articles at a time in parallel processes")
    add_common(p)
    return p


def check_inputs(inputs: list[Path], max_bytes: int | None) -> Any:
    """The CorpusSource, after the checks that give one line before anything opens (InputError)."""
    from tui.article.clean import printable
    from tui.article.errors import InputError
    from tui.commands import batch

    from .load import resolve

    source = resolve(inputs)
    if source.kind != "jsonl" and next(batch.collect(list(source.inputs)), None) is None:
        where = ", ".join(printable(str(p)) for p in inputs)
        raise InputError(f"{where}: a folder with no article files in it (Marsad reads the .txt, .html, .htm, .mht, "
                         ".docx and .odt files of a folder, also .gz/.bz2/.xz-compressed)")
    return source


def _progress_bar() -> Any:
    if not sys.stderr.isatty():
        return None
    try:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
    except ImportError:
        return None
    bar = Progress(TextColumn("loading"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[cached]}"),
                   console=Console(stderr=True), transient=True, auto_refresh=False)
    bar.add_task("load", total=None, cached="")
    return bar


def run(argv: Sequence[str]) -> int:
    """``marsad corpus …``"""
    from tui.article.errors import InputError
    from tui.atomic import StorageError
    from tui.commands.output import OutputError, check_overwrite, choose_format, opened, target

    from .export import export_bytes
    from .workspace import open_workspace

    prog = "marsad corpus"
    if not argv and os.path.isdir("corpus"):  # `marsad corpus` meant the folder, not the command
        return fail(prog, "needs DIR, FILE… or CORPUS.jsonl; to open the folder named 'corpus' in the dashboard, "
                          "write marsad ./corpus")
    args = parser().parse_args(list(argv))  # -j 0 and the like: refused here (args.jobs_arg), one line
    try:
        out = target(args.output)
        fmt = choose_format(out, args.format, CORPUS_FORMATS, "json")
        check_overwrite(out, args.force)
        flt, problem = preset_filter(prog, args.preset)
        if problem is not None:
            return fail(prog, problem)
        source = check_inputs(args.inputs, args.max_bytes)
        bar = _progress_bar()

        def progress(done: int, total: int, cached: int) -> None:
            if bar is not None:
                bar.update(bar.task_ids[0], completed=done, total=total or None,
                           cached=f"{cached:,} from the cache" if cached else "")
                bar.refresh()

        if bar is not None:
            bar.start()
        try:
            ws = open_workspace(source, published=args.published, max_bytes=args.max_bytes, jobs=args.jobs,
                                progress=progress)
        finally:
            if bar is not None:
                bar.stop()
        for problem in ws.problems:
            print(f"{prog}: warning: {problem}", file=sys.stderr)
        vis = ws.view.apply(flt)
        data = export_bytes(ws.view, vis, fmt, bom=out.is_file)
        with opened(out) as stream:
            stream.write(data)
        if ws.loaded.errors:  # as marsad parse DIR: the output is whole, the exit code says some were bad
            print(f"{prog}: {ws.loaded.errors:,} of {len(ws.docs):,} articles could not be read (see their "
                  "\"error\")", file=sys.stderr)
            return 2
        return 0
    except InputError as e:
        if args.debug:
            raise
        from tui.article.clean import printable

        return fail("marsad", printable(str(e)))
    except (OutputError, StorageError) as e:
        if args.debug:
            raise
        return fail(prog, str(e))


def open_dashboard(inputs: list[Path], args: Any) -> int:
    """``marsad DIR`` / ``marsad A B …`` / ``marsad X.jsonl``: checks, then the dashboard."""
    from tui.config import require_config_dir

    require_config_dir()
    source = check_inputs(inputs, args.max_bytes)
    try:
        from tui.app.corpus_app import run_corpus
    except ModuleNotFoundError as e:
        print(f"marsad: the dashboard needs the package {e.name!r}, which this Python lacks; install Marsad "
              "with the README's first command (or `pip install -e .`)", file=sys.stderr)
        return 2
    published, max_bytes = args.published, args.max_bytes

    def loader(progress):
        from .workspace import open_workspace

        return open_workspace(source, published=published, max_bytes=max_bytes, progress=progress)

    return run_corpus(source, args, loader)


def preset_corpus(name: str | None) -> Path | None:
    """The corpus a saved preset names, for ``marsad --preset NAME`` without a file."""
    if not name:
        return None
    from tui.view.presets import PresetStore

    flt = PresetStore().load().presets.get(name)
    return Path(flt.corpus) if flt is not None and flt.corpus else None
