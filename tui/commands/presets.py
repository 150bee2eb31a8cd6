"""``marsad presets list|show NAME|delete NAME|rename OLD NEW|path`` — saved filters from the shell.

Problems in a hand-edited presets.toml are printed as warnings (file, line, what was
expected) on standard error; the good presets still work.  An unknown preset or a bad
command is a user error: one line, exit code 2.  A file that cannot be written: exit 1.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from tui.commands.args import OneLineParser, fail

PROG = "marsad presets"


def parser() -> OneLineParser:
    p = OneLineParser(prog=PROG, description="List, show, delete and rename saved filter presets.")
    sub = p.add_subparsers(dest="action", required=True, metavar="list|show|delete|rename|path",
                         parser_class=OneLineParser)  # one-line errors in sub-commands too
    sub.add_parser("list", help="the saved presets and what each filters")
    sub.add_parser("show", help="one preset as TOML").add_argument("name")
    sub.add_parser("delete", help="delete a preset").add_argument("name")
    r = sub.add_parser("rename", help="rename a preset")
    r.add_argument("old")
    r.add_argument("new")
    sub.add_parser("path", help="where presets.toml lives")
    return p


def run(argv: Sequence[str]) -> int:
    import tomli_w

    from tui.article.clean import printable
    from tui.atomic import StorageError
    from tui.view.presets import PresetStore

    args = parser().parse_args(list(argv))
    store = PresetStore()
    if args.action == "path":
        print(printable(str(store.path)))
        return 0
    pf = store.load()
    for problem in pf.problems:
        print(f"{PROG}: warning: {problem}", file=sys.stderr)

    def unknown(name: str) -> int:
        known = ", ".join(sorted(pf.presets)) or "none saved"
        return fail(PROG, f"no preset named {name!r} (presets: {known})")

    if args.action == "list":
        if not pf.presets:
            print(f"{PROG}: no presets saved in {printable(str(store.path))}", file=sys.stderr)
        for name, flt in pf.presets.items():  # names and filters are checked on load; printable() is a second guard
            print(f"{printable(name)}\t{printable(flt.describe()) or '(no filter)'}")
        return 0
    if args.action == "show":
        if args.name not in pf.presets:
            return unknown(args.name)
        sys.stdout.write(tomli_w.dumps({"presets": {args.name: pf.presets[args.name].to_toml()}}))
        return 0
    try:
        if args.action == "delete":
            store.delete(args.name)
            print(f"deleted preset {args.name!r}")
        else:
            store.rename(args.old, args.new)
            print(f"renamed preset {args.old!r} to {args.new!r}")
    except KeyError as e:
        return unknown(e.args[0])
    except ValueError as e:
        return fail(PROG, str(e))
    except StorageError as e:
        return fail(PROG, str(e), code=1)
    return 0
