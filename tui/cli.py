"""The `marsad` command line.

    marsad [FILE] [--published DATE]        open the dashboard (the bundled seed without FILE)
    marsad parse FILE [--published DATE] [--format json|text]

Heavy imports (Textual) happen only in the command that opens the dashboard, so
``marsad parse`` stays fast.  User errors print one line and exit 2; ``--debug``
shows the traceback instead.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tui.article.clean import printable
from tui.article.load import DEFAULT_MAX_BYTES, InputError, load_file

_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _published(value: str) -> str:
    if not _DATE.match(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _max_bytes(value: str) -> int:
    try:
        n = int(value.replace("_", "").replace(",", ""))
    except ValueError:
        n = 0
    if n <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive number of bytes")
    return n


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--published", type=_published, metavar="DATE",
                   help="the article's publication date (YYYY[-MM[-DD]]); anchors relative dates")
    p.add_argument("--max-bytes", type=_max_bytes, default=None, metavar="N",
                   help=f"refuse input files larger than N bytes (default: max_bytes in config.toml, "
                        f"else {DEFAULT_MAX_BYTES:,})")
    p.add_argument("--debug", action="store_true", help="show a traceback instead of a one-line error")


def load_article(file: Path | None, published: str | None, max_bytes: int | None = None,
                 remembered: Callable[[str], str | None] | None = None):
    """Read, decode and parse FILE (the bundled seed when None) into an Article.
    ``max_bytes`` None: the config's max_bytes (5 MB by default).  The reference date is
    ``published``, else ``remembered(content_key)`` (the dashboard's per-file date), else
    the metadata's, else the article's dateline; ``meta["published_from"]`` says which."""
    text, reference, meta = read_source(file, published, max_bytes, remembered)
    from tui.article.parse import parse  # after the input checks: a bad file fails fast

    return parse(text, reference, meta)


def read_source(file: Path | None, published: str | None, max_bytes: int | None = None,
                remembered: Callable[[str], str | None] | None = None) -> tuple[str, str | None, dict[str, str]]:
    """Everything ``load_article`` does before parsing: (text, reference date, meta).  Every
    input error is raised here, so the dashboard can parse in the background afterwards."""
    from tui.article.clean import clean_text
    from tui.article.reference import choose, content_key
    from tui.seeds import metadata_for, seed_path

    if max_bytes is None:
        from tui.config import load_config

        max_bytes = load_config().max_bytes
    path = file if file is not None else seed_path()
    loaded = load_file(path, max_bytes)
    text = loaded.text
    # The .toml beside an article is user input too: no control characters, a real date.
    meta = {k: clean_text(v) for k, v in metadata_for(path).items()}
    if loaded.title and not meta.get("title"):
        meta["title"] = loaded.title  # a saved web page names itself
    if not _DATE.match(meta.get("published", "")):
        meta.pop("published", None)
    user = remembered(content_key(text)) if remembered and not published else None
    ref = choose(text, published, user if user and _DATE.match(user) else None, meta.get("published"))
    meta["published_from"] = ref.source
    if ref.dateline:
        meta["dateline"] = ref.dateline
    return text, ref.published, meta


def cmd_parse(argv: Sequence[str]) -> int:
    p = argparse.ArgumentParser(prog="marsad parse", description="Parse an article and print its model.")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=("json", "text"), default="json")
    _common(p)
    args = p.parse_args(argv)
    article = load_article(args.file, args.published, args.max_bytes)
    if args.format == "json":
        sys.stdout.write(article.to_json() + "\n")
    else:
        from tui.article.brief import to_text

        sys.stdout.write(to_text(article))
    return 0


def cmd_open(argv: Sequence[str]) -> int:
    p = argparse.ArgumentParser(prog="marsad", description="Open the Marsad dashboard on an Arabic article.",
                                epilog="Other commands: marsad parse FILE --format json|text")
    p.add_argument("file", type=Path, nargs="?", help="the article (default: the bundled seed)")
    p.add_argument("--preset", metavar="NAME", help="open with a saved filter preset applied")
    p.add_argument("--theme", metavar="NAME", help="colour theme (see themes/)")
    p.add_argument("--rtl", choices=("terminal", "app", "words"),
                   help="right-to-left display mode (default: MARSAD_RTL, config.toml, then calibration)")
    p.add_argument("--no-mouse", action="store_true", help="ignore the mouse (keyboard only)")
    _common(p)
    args = p.parse_args(argv)
    from tui.config import remembered_published

    # read and checked now (a bad file is one line and exit 2); parsed by the dashboard in the
    # background, so its first frame (with the text in Source) comes at once
    source = read_source(args.file, args.published, args.max_bytes, remembered_published)
    try:
        from tui.app.app import run_dashboard
    except ModuleNotFoundError as e:  # `python3 -m tui` outside the virtualenv: parse works, the UI cannot
        print(f"marsad: the dashboard needs the package {e.name!r}, which this Python lacks; install Marsad "
              "with the README's first command (or `pip install -e .`)", file=sys.stderr)
        return 2
    return run_dashboard(source, args)


def cmd_export(argv: Sequence[str]) -> int:
    from tui.commands.export import run

    return run(argv)


def cmd_presets(argv: Sequence[str]) -> int:
    from tui.commands.presets import run

    return run(argv)


COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "parse": cmd_parse,
    "export": cmd_export,
    "presets": cmd_presets,
}


def _utf8_stdout() -> None:
    """Output is UTF-8 even under a non-UTF-8 locale (LANG=…ISO-8859-1, PYTHONIOENCODING=ascii):
    Arabic must never crash `marsad parse`; JSON consumers expect UTF-8 anyway."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("_", "-")
    if encoding not in ("utf-8", "utf8") and hasattr(sys.stdout, "reconfigure"):
        with contextlib.suppress(ValueError, OSError):
            sys.stdout.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    _utf8_stdout()
    try:
        if argv and argv[0] in COMMANDS:
            return COMMANDS[argv[0]](argv[1:])
        return cmd_open(argv)
    except InputError as e:
        if debug:
            raise
        print(f"marsad: {printable(str(e))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`marsad parse … | head`); silence the flush at exit.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as e:  # a bug, not the user's fault: one line, and how to see more
        if debug:
            raise
        print(f"marsad: internal error: {printable(type(e).__name__ + ': ' + str(e))[:300]} "
              "(rerun with --debug to see the traceback)", file=sys.stderr)
        return 1
