"""What every `marsad` command shares on its command line: one-line usage errors with a
"did you mean", the date and byte-count argument types, the common options.

Standard library only, and cheap to import: `marsad parse` runs on a bare interpreter.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from datetime import date
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from tui.view.filter import Filter

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_CHOICE = re.compile(r"invalid choice: '([^']*)' \(choose from (.*)\)$")


def _columns() -> int:
    """The terminal's width as shutil.get_terminal_size() gives it ($COLUMNS, else the
    terminal, else 80), without importing shutil (and with it bz2 and lzma)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, whose width argparse finds by importing shutil each time a
    parser is made — a measurable share of ``marsad parse``'s start-up; the same width."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a usage mistake in one line (and exit code 2), with a guess
    when a choice or sub-command was mistyped."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        if m := _CHOICE.search(message):
            choices = re.findall(r"'([^']*)'", m[2])
            if guess := did_you_mean(m[1], choices):
                message += f"; did you mean {guess!r}?"
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def did_you_mean(word: str, choices: list[str] | tuple[str, ...]) -> str | None:
    import difflib  # only for a mistyped word

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def default_jobs() -> int:
    """Every core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def fail(prog: str, message: str, code: int = 2) -> int:
    print(f"{prog}: {message}", file=sys.stderr)
    return code


def valid_date(value: str) -> bool:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` naming a real day, month or year from 0001 to 9999."""
    m = _DATE.match(value)
    if not m:
        return False
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        date(year, month, day)  # refuses year 0, month 13, 30 February
    except ValueError:
        return False
    return True


def published_arg(value: str) -> str:
    if not valid_date(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD "
                                         "(a real day, from 0001 to 9999)")
    return value


def max_bytes_arg(value: str) -> int:
    from tui.article.load import MAX_BYTES_CEILING

    try:
        n = int(value.replace("_", "").replace(",", ""))
    except ValueError:
        n = 0
    if n <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive number of bytes")
    if n > MAX_BYTES_CEILING:
        raise argparse.ArgumentTypeError(f"{value!r} is more than the largest limit, {MAX_BYTES_CEILING:,} bytes")
    return n


def add_output(p: argparse.ArgumentParser) -> None:
    """-o/--output and --force, as every command that writes a file has them."""
    p.add_argument("-o", "--output", metavar="OUT",
                   help="write to OUT instead of standard output; - is standard output (default: -)")
    p.add_argument("--force", action="store_true",
                   help="replace OUT if it exists (default: off: an existing file is never replaced)")


def add_preset(p: argparse.ArgumentParser) -> None:
    """--preset, as every command that filters by a saved preset has it."""
    p.add_argument("--preset", metavar="NAME",
                   help="apply a saved filter preset, see marsad presets list (default: none, everything)")


def jobs_arg(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return n


def add_jobs(p: argparse.ArgumentParser, what: str) -> None:
    """-j/--jobs, as every command that parses in parallel processes has it; ``what`` says
    what N processes do."""
    p.add_argument("-j", "--jobs", type=jobs_arg, default=None, metavar="N",
                   help=f"{what} (default: every core, {default_jobs()} here)")


def add_common(p: argparse.ArgumentParser) -> None:
    """--published, --max-bytes and --debug, as every command that reads an article has them."""
    from tui.article.load import DEFAULT_MAX_BYTES

    p.add_argument("--published", type=published_arg, metavar="DATE",
                   help="the article's publication date, YYYY[-MM[-DD]]; anchors relative dates "
                        "(default: the date in the article's .toml, else none: relative dates stay unresolved)")
    p.add_argument("--max-bytes", type=max_bytes_arg, default=None, metavar="N",
                   help=f"refuse input files larger than N bytes (default: max_bytes in config.toml, "
                        f"else {DEFAULT_MAX_BYTES:,})")
    p.add_argument("--debug", action="store_true",
                   help="show a traceback instead of a one-line error (default: off)")


def preset_filter(prog: str, name: str | None) -> tuple[Filter | None, str | None]:
    """(the saved preset's filter, None), or (None, the one-line problem); an empty filter
    when no preset is named.  The presets file's own problems are warned about on stderr."""
    from tui.view.filter import Filter

    if name is None:
        return Filter(), None
    from tui.config import require_config_dir
    from tui.view.presets import PresetStore

    require_config_dir()
    store = PresetStore()
    pf = store.load()
    for problem in pf.problems:
        print(f"{prog}: warning: {problem}", file=sys.stderr)
    if name not in pf.presets:
        known = ", ".join(sorted(pf.presets)) or "none saved"
        return None, f"no preset named {name!r} (presets: {known}; file: {store.path})"
    return pf.presets[name], None
