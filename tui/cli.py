"""The `marsad` command line.

    marsad [FILE] [--published DATE]        open the dashboard (the bundled seed without FILE)
    marsad DIR | FILE… | CORPUS.jsonl       the corpus dashboard (see tui/corpus/cli.py)
    marsad parse FILE [--format json|text]  one article's model; `-` reads standard input
    marsad parse FILE… | DIR [-j N]         many articles as JSON Lines, in parallel
    marsad export FILE …                    see tui/commands/export.py
    marsad presets …                        see tui/commands/presets.py

Heavy imports (Textual, Rich) happen only in the commands that need them, so ``marsad
parse`` of one file stays fast and runs on a bare interpreter.  User errors print one
line and exit 2; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tui import codecache, rxcache

rxcache.install()  # before the imports below compile their patterns (tui/rxcache.py)
codecache.install()  # ... and their dataclasses' methods (tui/codecache.py)
# isort: split
from tui.article.clean import printable  # noqa: E402
from tui.article.load import InputError, load_file  # noqa: E402
from tui.commands.args import (  # noqa: E402
    OneLineParser,
    add_common,
    add_jobs,
    add_output,
    default_jobs,
    did_you_mean,
    fail,
    valid_date,
)

STDIN_NAME = "standard input"
PARSE_FORMATS = {".json": "json", ".jsonl": "json", ".ndjson": "json", ".txt": "text"}


def _warn(message: str) -> None:
    print(f"marsad: warning: {printable(message)}", file=sys.stderr)


def load_article(file: Path | None, published: str | None, max_bytes: int | None = None,
                 remembered: Callable[[str], str | None] | None = None, *,
                 warn: Callable[[str], None] | None = None):
    """Read, decode and parse FILE (the bundled seed when None, standard input when "-")
    into an Article.  ``max_bytes`` None: the config's max_bytes (5 MB by default).  The
    reference date is ``published``, else ``remembered(content_key)`` (the dashboard's
    per-file date), else the metadata's, else the article's dateline;
    ``meta["published_from"]`` says which.  ``warn`` receives problems that do not stop the
    parse (a damaged .toml beside the article); by default they are printed on standard error."""
    text, reference, meta = read_source(file, published, max_bytes, remembered, warn=warn)
    from tui.article.parse import parse  # after the input checks: a bad file fails fast

    return parse(text, reference, meta)


def read_source(file: Path | None, published: str | None, max_bytes: int | None = None,
                remembered: Callable[[str], str | None] | None = None, *,
                warn: Callable[[str], None] | None = None) -> tuple[str, str | None, dict[str, str]]:
    """Everything ``load_article`` does before parsing: (text, reference date, meta).  Every
    input error is raised here, so the dashboard can parse in the background afterwards."""
    from tui.article.clean import clean_text
    from tui.article.reference import choose, content_key
    from tui.seeds import read_metadata, seed_path

    warn = warn or _warn
    if max_bytes is None:
        from tui.config import load_config

        max_bytes = load_config().max_bytes
    if file is not None and str(file) == "-":
        from tui.article.load import load_stream

        loaded = load_stream(sys.stdin.buffer, STDIN_NAME, max_bytes)
        raw_meta: dict[str, str] = {}
    else:
        path = file if file is not None else seed_path()
        loaded = load_file(path, max_bytes)
        raw_meta, problem = read_metadata(path)
        if problem:
            warn(problem)
    # The .toml beside an article is user input too: no control characters, a real date.
    meta = {k: clean_text(v) for k, v in raw_meta.items()}
    if loaded.title and not meta.get("title"):
        meta["title"] = loaded.title  # a saved web page names itself
    if "published" in meta and not valid_date(meta["published"]):
        warn(f"the published date {meta.pop('published')!r} in the article's .toml is not a real date "
             "YYYY[-MM[-DD]]; ignored")
    text = loaded.text
    user = remembered(content_key(text)) if remembered and not published else None
    ref = choose(text, published, user if user and valid_date(user) else None, meta.get("published"))
    meta["published_from"] = ref.source
    if ref.dateline:
        meta["dateline"] = ref.dateline
    return text, ref.published, meta


# -- marsad parse ------------------------------------------------------------------------------


def parse_parser() -> OneLineParser:
    p = OneLineParser(prog="marsad parse",
                      description="Parse articles and print their model: one file as a JSON object (or a text "
                                  "summary), several files or a folder as JSON Lines, one article per line.")
    p.add_argument("inputs", type=Path, nargs="+", metavar="FILE|DIR",
                   help="article files, folders of articles (searched recursively), or - for standard input")
    p.add_argument("--format", "-f", choices=("json", "text"), default=None,
                   help="json: the marsad.article/1 model; text: a readable summary, one file only "
                        "(default: json, or what -o's extension says: .json .jsonl .ndjson .txt)")
    add_output(p)
    add_jobs(p, "with several files: parse N at a time in parallel processes")
    add_common(p)
    return p


def cmd_parse(argv: Sequence[str]) -> int:
    from tui.commands.output import OutputError, check_overwrite, choose_format, opened, target

    prog = "marsad parse"
    args = parse_parser().parse_args(list(argv))
    inputs: list[Path] = args.inputs
    batch = len(inputs) > 1 or os.path.isdir(inputs[0])  # isdir: False, not an error, for an odd path
    if batch and any(str(p) == "-" for p in inputs):
        return fail(prog, "- (standard input) can only be parsed on its own")
    try:
        out = target(args.output)
        fmt = choose_format(out, args.format, PARSE_FORMATS, "json")
        if batch and fmt != "json":
            raise OutputError("several files are written as JSON Lines; --format text (or a .txt -o) takes one file")
        check_overwrite(out, args.force)
    except OutputError as e:
        return fail(prog, str(e))
    if batch:
        from tui.commands import batch as batch_cmd

        _ran["batch"] = True  # worker processes: the ordinary exit tears their pool down
        max_bytes = args.max_bytes
        if max_bytes is None:
            from tui.config import load_config

            max_bytes = load_config().max_bytes
        try:
            with opened(out) as stream:
                return batch_cmd.run(inputs, stream, args.jobs or default_jobs(), args.published, max_bytes)
        except OutputError as e:
            return fail(prog, str(e))
    article = load_article(inputs[0], args.published, args.max_bytes)
    if fmt == "json":
        text = article.to_json() + "\n"
    else:
        from tui.article.brief import to_text

        text = to_text(article)
    try:
        with opened(out) as stream:
            stream.write(text.encode("utf-8"))
    except OutputError as e:
        return fail(prog, str(e))
    return 0


# -- marsad [FILE]: the dashboard -----------------------------------------------------------------


def open_parser() -> OneLineParser:
    p = OneLineParser(prog="marsad", formatter_class=argparse.RawDescriptionHelpFormatter,
                      usage="marsad [FILE | DIR | FILE… | CORPUS.jsonl] [--preset NAME] [--theme NAME] [--rtl MODE] "
                            "[--no-mouse] "
                            "[--published DATE] [--max-bytes N] [--debug]\n"
                            "       marsad {" + ",".join(COMMANDS) + "} …",
                      description="Open the Marsad dashboard on an Arabic news article: its actors, quotes and "
                                  "timeline.",
                      epilog="commands (marsad COMMAND --help for each):\n"
                             + "\n".join(f"  {name:<8} {summary}" for name, (_, summary) in COMMANDS.items())
                             + "\n\nUser errors print one line and exit with code 2.")
    p.add_argument("file", type=Path, nargs="*", metavar="FILE",
                   help="the article (default: the bundled seed article, or the corpus --preset names); a folder, "
                        "several files or a .jsonl file open the corpus dashboard")
    p.add_argument("--preset", metavar="NAME", help="open with a saved filter preset applied (default: none)")
    p.add_argument("--theme", metavar="NAME",
                   help="colour theme (default: theme in config.toml, else the last one chosen, else marsad-dark, "
                        "or marsad-16 on a 16-colour terminal)")
    p.add_argument("--rtl", choices=("terminal", "app", "words"),
                   help="right-to-left display mode (default: MARSAD_RTL, config.toml, the last one chosen, "
                        "then the calibration screen)")
    p.add_argument("--no-mouse", action="store_true",
                   help="ignore the mouse (default: off; the mouse is on only with mouse = true in config.toml)")
    add_common(p)
    return p


def cmd_open(argv: Sequence[str]) -> int:
    args = open_parser().parse_args(list(argv))
    from tui.corpus.load import is_corpus_request

    files: list[Path] = args.file
    if not files and (named := _preset_corpus(args.preset)) is not None:
        files = [named]
    if files and is_corpus_request(files):
        from tui.corpus.cli import open_dashboard

        return open_dashboard(files, args)
    args.file = files[0] if files else None
    if args.file is not None and str(args.file) == "-":
        return fail("marsad", "the dashboard reads its keys from the terminal, not an article from standard input; "
                              "save the article to a file, or use marsad parse -")
    from tui.config import require_config_dir

    require_config_dir()
    problems: list[str] = []
    from tui.config import remembered_published

    # read and checked now (a bad file is one line and exit 2); parsed by the dashboard in the
    # background, so its first frame (with the text in Source) comes at once
    source = read_source(args.file, args.published, args.max_bytes, remembered_published, warn=problems.append)
    args.problems = problems
    try:
        from tui.app.app import run_dashboard
    except ModuleNotFoundError as e:  # `python3 -m tui` outside the virtualenv: parse works, the UI cannot
        print(f"marsad: the dashboard needs the package {e.name!r}, which this Python lacks; install Marsad "
              "with the README's first command (or `pip install -e .`)", file=sys.stderr)
        return 2
    return run_dashboard(source, args)


def _preset_corpus(name: str | None) -> Path | None:
    if not name:
        return None
    from tui.config import require_config_dir
    from tui.corpus.cli import preset_corpus

    require_config_dir()
    return preset_corpus(name)


def cmd_corpus(argv: Sequence[str]) -> int:
    from tui.corpus.cli import run

    return run(argv)


def cmd_export(argv: Sequence[str]) -> int:
    from tui.commands.export import run

    return run(argv)


def cmd_presets(argv: Sequence[str]) -> int:
    from tui.config import require_config_dir

    require_config_dir()
    from tui.commands.presets import run

    return run(argv)


COMMANDS: dict[str, tuple[Callable[[Sequence[str]], int], str]] = {
    "parse": (cmd_parse, "print an article's model as JSON or text; many files or a folder as JSON Lines"),
    "export": (cmd_export, "write what a preset shows as a Markdown brief, JSON or a CSV of quotes"),
    "presets": (cmd_presets, "list, show, rename and delete saved filter presets"),
    "corpus": (cmd_corpus, "write a corpus's merged actors, quotes and events as JSON, CSV or Markdown"),
}


def _utf8_stdout() -> None:
    """Output is UTF-8 even under a non-UTF-8 locale (LANG=…ISO-8859-1, PYTHONIOENCODING=ascii):
    Arabic must never crash `marsad parse`; JSON consumers expect UTF-8 anyway."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("_", "-")
    if encoding not in ("utf-8", "utf8") and hasattr(sys.stdout, "reconfigure"):
        with contextlib.suppress(ValueError, OSError):
            sys.stdout.reconfigure(encoding="utf-8")


def _mistyped_command(word: str) -> str | None:
    """'pasre' when it is neither a file nor a command but close to one: the command meant."""
    if word.startswith("-") or os.path.lexists(word):
        return None
    return did_you_mean(word, tuple(COMMANDS))


def main(argv: Sequence[str] | None = None) -> int:
    from tui.config import ConfigDirError

    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    _utf8_stdout()
    try:
        if argv and argv[0] in COMMANDS:
            return COMMANDS[argv[0]][0](argv[1:])
        if argv and (guess := _mistyped_command(argv[0])):
            return fail("marsad", f"{printable(argv[0])!r} is neither a command nor a file; did you mean "
                                  f"'marsad {guess}'? (see marsad --help)")
        return cmd_open(argv)
    except (InputError, ConfigDirError) as e:
        if debug:
            raise
        print(f"marsad: {printable(str(e))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`marsad parse … | head`); silence the flush at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as e:  # a bug, not the user's fault: one line, and how to see more
        if debug:
            raise
        print(f"marsad: internal error: {printable(type(e).__name__ + ': ' + str(e))[:300]} "
              "(rerun with --debug to see the traceback)", file=sys.stderr)
        return 1


_ran = {"batch": False}  # what this run of the program did (its exit depends on it)


def run() -> None:
    """The ``marsad`` program (its script and ``python -m tui``): :func:`main`, then the exit.

    A finished ``marsad parse`` ends the process with ``os._exit`` once its output is flushed
    and the exit handlers have run (the pattern and code caches are written by them): the
    interpreter's own teardown frees every object of the lexicon index, the tagger and the
    imported engine one by one, about 35 ms of a one-article run, for nothing.  Anything
    unusual (another thread still running, worker processes started, a flush that fails)
    exits the ordinary way."""
    argv = sys.argv[1:]
    _ran["batch"] = False
    code = main(argv)
    if argv[:1] == ["parse"]:
        _exit_now(code)
    sys.exit(code)


def _exit_now(code: int) -> None:
    import atexit
    import threading

    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if threading.active_count() != 1 or run_handlers is None or not 0 <= code <= 255:
        return
    if _ran["batch"]:
        return  # a batch, whose worker processes' pool tears down the ordinary way
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        run_handlers()
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except Exception:  # a closed pipe, a failing handler: the ordinary exit reports it
        return
    os._exit(code)
