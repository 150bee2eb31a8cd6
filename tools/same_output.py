"""Check that a speed change leaves the parser's output byte-identical.

    .venv/bin/python tools/same_output.py save DIR    # before the change
    .venv/bin/python tools/same_output.py diff DIR    # after it: lists every article whose JSON changed
    PYTHONDONTWRITEBYTECODE=1 /work/main/.venv/bin/python tools/same_output.py save DIR --ref /work/main
                                                      # the reference outputs from another checkout

``--ref PATH`` parses with the ``tui`` package of the checkout at PATH (read only: nothing is
written there) while the inputs still come from this checkout's tests/growth.py.
``--words N`` builds the growth shapes at N words (3,000 by default); ``--random N`` adds N
texts mixed at random (a fixed seed) from the dev paragraphs and the shapes' units.

Parses every dev article (../shared/corpus/dev, with its gold's published date), every
tests/heldout and tests/heldout/blind article, the seed, and each growth shape
(tests/growth.py) at 3,000 words, and writes or compares one JSON file each.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_ARGS = sys.argv[1:]


def _option(name: str) -> str | None:
    return _ARGS[_ARGS.index(name) + 1] if name in _ARGS else None


_REF = _option("--ref")
sys.path[:0] = [_REF or str(ROOT), str(ROOT / "tests")]

from growth import DEV, SEED, SHAPES, build, real_words  # noqa: E402

from tui.article.parse import parse  # noqa: E402


def inputs() -> list[tuple[str, str, str | None]]:
    """(name, text, published) of every article checked."""
    out: list[tuple[str, str, str | None]] = []
    folders = [DEV, ROOT / "tests" / "heldout", ROOT / "tests" / "heldout" / "blind"]
    for folder in folders:
        for txt in sorted(folder.glob("*.txt")):
            gold = txt.with_name(txt.stem + ".gold.toml")
            published = None
            if gold.exists():
                data = tomllib.loads(gold.read_text(encoding="utf-8"))
                published = str(data["published"]) if "published" in data else None
            out.append((f"{folder.name}__{txt.stem}", txt.read_text(encoding="utf-8"), published))
    out.append(("seed", SEED.read_text(encoding="utf-8"), "2023-08"))
    out.append(("seed-undated", SEED.read_text(encoding="utf-8"), None))
    words = int(_option("--words") or 3000)
    for k, shape in enumerate(SHAPES):
        out.append((f"shape{k}", build(shape, words), "2023-08"))
    out += mixed(int(_option("--random") or 0))
    return out


def mixed(n: int) -> list[tuple[str, str, str | None]]:
    """``n`` texts of 20–400 pieces: sentences of the dev paragraphs and units of every shape,
    with line breaks and full stops between some (a fixed seed: the same texts every run)."""
    import random

    rng = random.Random(14)
    pieces = [s + ("." if rng.random() < 0.5 else "") for p in real_words() for s in p.split(".") if s.strip()]
    for shape in SHAPES:
        pieces += [build(shape, w) for w in (3, 8, 20)]
    out: list[tuple[str, str, str | None]] = []
    for k in range(n):
        chosen = [rng.choice(pieces) + rng.choice((" ", " ", "\n", "\n\n")) for _ in range(rng.randint(20, 400))]
        out.append((f"mixed{k}", "".join(chosen), rng.choice(("2023-08", None, "2024-02-29"))))
    return out


def main() -> int:
    if len(_ARGS) < 2 or _ARGS[0] not in ("save", "diff"):
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)  # the usage lines
        return 0 if _ARGS[:1] in (["-h"], ["--help"]) else 2
    mode, folder = _ARGS[0], Path(_ARGS[1])
    import tui

    print(f"parsing with {Path(tui.__file__).parent}", file=sys.stderr)
    folder.mkdir(parents=True, exist_ok=True)
    changed = 0
    arts = inputs()
    for name, text, published in arts:
        got = parse(text, published).to_json()
        path = folder / f"{name}.json"
        if mode == "save":
            path.write_text(got, encoding="utf-8")
        elif path.read_text(encoding="utf-8") != got:
            changed += 1
            print(f"CHANGED {name}")
    print(f"{len(arts)} articles {'saved' if mode == 'save' else f'compared, {changed} changed'}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
