"""``marsad export FILE [--format md|json|csv] [--preset NAME] [--published DATE] [-o OUT] [--force]``

Parses FILE (``-``: standard input), applies a saved preset (if any) and writes what the
dashboard's ``e`` key would export.  ``-o out.csv`` picks the format from the extension;
an existing file is replaced only with ``--force`` (see ``tui/commands/output.py``).  User
errors (unknown preset, bad format, unreadable input or output) print one line and exit
2; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tui.commands.args import OneLineParser, add_common, add_output, add_preset, fail, preset_filter

__all__ = ["EXPORT_FORMATS", "OneLineParser", "fail", "parser", "run"]

EXPORT_FORMATS = {".md": "md", ".markdown": "md", ".json": "json", ".csv": "csv"}


def parser() -> OneLineParser:
    from tui.view.export import FORMATS

    p = OneLineParser(prog="marsad export",
                      description="Export an article's actors, quotes and timeline (after a preset's filter).")
    p.add_argument("file", type=Path, metavar="FILE", help="the article, or - for standard input")
    p.add_argument("--format", "-f", choices=FORMATS, default=None,
                   help="md: a brief; json: the model (contract); csv: the quotes "
                        "(default: what -o's extension says — .md .markdown .json .csv — else md)")
    add_preset(p)
    add_output(p)
    add_common(p)
    return p


def run(argv: Sequence[str]) -> int:
    from tui.article.load import InputError
    from tui.atomic import StorageError
    from tui.cli import load_article
    from tui.commands.output import OutputError, check_overwrite, choose_format, opened, target
    from tui.view.export import export_bytes
    from tui.view.filter import apply

    prog = "marsad export"
    args = parser().parse_args(list(argv))
    try:
        out = target(args.output)  # before the parse: a wrong -o fails fast
        fmt = choose_format(out, args.format, EXPORT_FORMATS, "md")
        check_overwrite(out, args.force)
        flt, problem = preset_filter(prog, args.preset)
        if problem is not None:
            return fail(prog, problem)
        article = load_article(args.file, args.published, args.max_bytes)
        visible = apply(article, flt)
        # A file gets CSV's BOM (spreadsheets need it to read Arabic); a pipe or terminal does not.
        data = export_bytes(article, visible, fmt) if out.is_file else export_bytes(article, visible, fmt, bom=False)
        with opened(out) as stream:
            stream.write(data)
        return 0
    except InputError as e:
        if args.debug:
            raise
        return fail("marsad", str(e))
    except (OutputError, StorageError) as e:
        if args.debug:
            raise
        return fail(prog, str(e))
