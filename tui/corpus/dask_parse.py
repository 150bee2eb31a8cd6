"""Parse a folder of articles with Dask — on this machine or a cluster — into the JSON Lines
that ``marsad corpus.jsonl`` opens.

    python -m tui.corpus.dask_parse DIR… -o corpus.jsonl                    # local processes
    python -m tui.corpus.dask_parse DIR… -o corpus.jsonl --scheduler tcp://HOST:8786   # a cluster

Parsing an article is a pure function from its file to its JSON line (the same line, byte
for byte, as ``marsad parse DIR`` writes: ``{"path": …, <the marsad.article/1 model>}`` or
``{"path": …, "error": …}``), so it maps over a ``dask.bag`` of paths with nothing shared.
The bag keeps the files' order, so the output is the same whatever the scheduler.  On a
cluster every worker needs Marsad installed (``pip install 'marsad[scale]'``) and the files
at the same paths (a shared file system); ``--scheduler tcp://…`` needs ``distributed``.

Needs the ``[scale]`` extra (``pip install -e '.[scale]'``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def parse_line(path: str, published: str | None = None, max_bytes: int = 5 << 20) -> str:
    """One article file → its JSON line (never raises for a bad file: an "error" line)."""
    return parse_one(path, published, max_bytes)[0]


def parse_one(path: str, published: str | None = None, max_bytes: int = 5 << 20) -> tuple[str, bool]:
    """(the JSON line, whether the file was parsed)."""
    from tui.article.clean import printable
    from tui.article.errors import InputError
    from tui.cli import load_article
    from tui.commands.batch import json_path

    warnings: list[str] = []
    try:
        body: dict[str, Any] = load_article(Path(path), published, max_bytes, warn=warnings.append).to_dict()
        if warnings:
            body["warnings"] = [printable(w) for w in warnings]
    except InputError as e:
        body = {"error": str(e)}
    except Exception as e:  # one bad file must not stop the others
        body = {"error": f"internal error: {printable(f'{type(e).__name__}: {e}')[:300]}"}
    rest = json.dumps(body, ensure_ascii=False)
    return '{"path": ' + json_path(path) + ", " + rest[1:], "error" not in body


def bag_of_lines(paths: Sequence[str], published: str | None, max_bytes: int, partitions: int | None = None):
    """The dask bag: the paths, in order, mapped to (JSON line, parsed or not)."""
    import dask.bag as db

    n = partitions or max(1, min(len(paths), 64))
    return db.from_sequence(list(paths), npartitions=n).map(parse_one, published, max_bytes)


def run(inputs: Sequence[Path], out: str | None, *, scheduler: str = "processes", workers: int | None = None,
        partitions: int | None = None, published: str | None = None, max_bytes: int = 5 << 20,
        force: bool = False) -> int:
    """Parse every article under ``inputs`` into ``out`` (``-``/None: standard output)."""
    from tui.commands import batch
    from tui.commands.output import OutputError, check_overwrite, opened, target

    paths = [str(p) for p in batch.collect(list(inputs))]
    if not paths:
        print("dask_parse: no article files found", file=sys.stderr)
        return 2
    try:
        t = target(out)
        check_overwrite(t, force)
    except OutputError as e:
        print(f"dask_parse: {e}", file=sys.stderr)
        return 2
    bag = bag_of_lines(paths, published, max_bytes, partitions)
    if scheduler.startswith("tcp://"):
        from dask.distributed import Client  # a cluster's scheduler

        with Client(scheduler) as client:
            lines = client.compute(bag).result()
        bad = sum(1 for _line, ok in lines if not ok)
    else:
        kw = {"num_workers": workers} if workers else {}
        lines = bag.compute(scheduler=scheduler, **kw)
    bad = sum(1 for _line, ok in lines if not ok)
    try:
        with opened(t) as stream:
            for line, _ok in lines:
                stream.write(line.encode("utf-8", "backslashreplace") + b"\n")
    except OutputError as e:
        print(f"dask_parse: {e}", file=sys.stderr)
        return 2
    if bad:
        print(f"dask_parse: {bad:,} of {len(lines):,} files could not be parsed (see the lines with \"error\")",
              file=sys.stderr)
    return 2 if bad else 0


def main(argv: Sequence[str] | None = None) -> int:
    from tui.commands.args import published_arg

    p = argparse.ArgumentParser(prog="python -m tui.corpus.dask_parse",
                                description="Parse a folder of articles with Dask into JSON Lines.")
    p.add_argument("inputs", type=Path, nargs="+", metavar="DIR|FILE")
    p.add_argument("-o", "--output", default="-", help="JSON Lines file (default: standard output)")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.add_argument("--scheduler", default="processes",
                   help="processes, threads or synchronous (local), or tcp://HOST:PORT of a cluster "
                        "(default: processes)")
    p.add_argument("--workers", type=int, default=None, help="local workers (default: every core)")
    p.add_argument("--partitions", type=int, default=None, help="bag partitions (default: up to 64)")
    p.add_argument("--published", type=published_arg, default=None,
                   help="publication date for every article, YYYY[-MM[-DD]]")
    args = p.parse_args(argv)
    if args.workers is not None and args.workers < 1:
        p.error("--workers: expected 1 or more")
    try:
        import dask  # noqa: F401
    except ImportError:
        print("dask_parse: needs Dask: pip install -e '.[scale]'", file=sys.stderr)
        return 2
    return run(args.inputs, args.output, scheduler=args.scheduler, workers=args.workers, partitions=args.partitions,
               published=args.published, force=args.force)


if __name__ == "__main__":
    sys.exit(main())
