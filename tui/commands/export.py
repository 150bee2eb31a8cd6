"""``marsad export FILE --format md|json|csv [--preset NAME] [--published DATE] [-o OUT]``

Parses FILE, applies a saved preset (if any) and writes what the dashboard's ``e`` key
would export.  User errors (unknown preset, bad format, unreadable input or output)
print one line and exit 2; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a usage mistake in one line (and exit code 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def fail(prog: str, message: str, code: int = 2) -> int:
    print(f"{prog}: {message}", file=sys.stderr)
    return code


def _parser() -> OneLineParser:
    from tui.article.load import DEFAULT_MAX_BYTES
    from tui.cli import _max_bytes, _published
    from tui.view.export import FORMATS

    p = OneLineParser(prog="marsad export",
                      description="Export an article's actors, quotes and timeline (after a preset's filter).")
    p.add_argument("file", type=Path, help="the article")
    p.add_argument("--format", "-f", choices=FORMATS, default="md",
                   help="md: a brief; json: the model (contract); csv: the quotes (default md)")
    p.add_argument("--preset", metavar="NAME", help="apply a saved filter preset (see marsad presets list)")
    p.add_argument("--published", type=_published, metavar="DATE",
                   help="the article's publication date (YYYY[-MM[-DD]]); anchors relative dates")
    p.add_argument("-o", "--output", type=Path, metavar="OUT", help="write to OUT instead of standard output")
    p.add_argument("--max-bytes", type=_max_bytes, default=None, metavar="N",
                   help=f"refuse input files larger than N bytes (default: config.toml max_bytes, "
                        f"else {DEFAULT_MAX_BYTES:,})")
    p.add_argument("--debug", action="store_true", help="show a traceback instead of a one-line error")
    return p


def run(argv: Sequence[str]) -> int:
    from tui.article.load import InputError
    from tui.atomic import StorageError, atomic_write_bytes
    from tui.cli import load_article
    from tui.view.export import export, export_bytes
    from tui.view.filter import Filter, apply
    from tui.view.presets import PresetStore

    prog = "marsad export"
    args = _parser().parse_args(list(argv))
    try:
        flt = Filter()
        if args.preset is not None:
            store = PresetStore()
            pf = store.load()
            for problem in pf.problems:
                print(f"{prog}: warning: {problem}", file=sys.stderr)
            if args.preset not in pf.presets:
                known = ", ".join(sorted(pf.presets)) or "none saved"
                return fail(prog, f"no preset named {args.preset!r} (presets: {known}; file: {store.path})")
            flt = pf.presets[args.preset]
        article = load_article(args.file, args.published, args.max_bytes)
        visible = apply(article, flt)
        out = export(article, visible, args.format)
        if args.output is None:
            sys.stdout.write(out)
            sys.stdout.flush()
            return 0
        if args.output.is_dir():
            return fail(prog, f"{args.output} is a folder; give a file name with -o")
        atomic_write_bytes(args.output, export_bytes(article, visible, args.format))
        return 0
    except InputError as e:
        if args.debug:
            raise
        return fail("marsad", str(e))
    except StorageError as e:
        if args.debug:
            raise
        return fail(prog, str(e))
