"""Check that a speed change leaves the parser's output byte-identical.

    .venv/bin/python tools/same_output.py save DIR    # before the change
    .venv/bin/python tools/same_output.py diff DIR    # after it: lists every article whose JSON changed

Parses every dev article (../shared/corpus/dev, with its gold's published date), every
tests/heldout and tests/heldout/blind article, the seed, and each growth shape
(tests/growth.py) at 3,000 words, and writes or compares one JSON file each.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from growth import DEV, SEED, SHAPES, build  # noqa: E402

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
    for k, shape in enumerate(SHAPES):
        out.append((f"shape{k}", build(shape, 3000), "2023-08"))
    return out


def main() -> int:
    mode, folder = sys.argv[1], Path(sys.argv[2])
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
