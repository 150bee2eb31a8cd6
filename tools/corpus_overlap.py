#!/usr/bin/env python3
"""Find corpus text copied into the project: sentences, people's names and dates of the dev
articles and of the team-written sets (tests/heldout), in code, comments, lexicons and tests.

    .venv/bin/python tools/corpus_overlap.py            # every overlap, by file
    .venv/bin/python tools/corpus_overlap.py --count    # only the number (0 is the aim)

An overlap is a run of five words (normalised) that occurs in a corpus article, a person's
name (two words or more) from a gold file, or an event's date written as in the gold.  The
corpus folders themselves, the shipped gazetteers (public name lists with their own
provenance) and this tool are not searched.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.article.doc.normal import key  # noqa: E402

CORPORA = [ROOT.parent / "shared" / "corpus" / "dev", ROOT / "tests" / "heldout", ROOT / "tests" / "heldout" / "blind"]
SEARCHED = ("tui", "tests", "tools", "themes", "README.md", "seeds")
SKIP_PARTS = ("heldout", "gazetteer", "__snapshots__", "__pycache__")
SKIP_FILES = {"corpus_overlap.py"}
N = 5
_WORD = re.compile(r"[^\W\d_]+|\d+")


def words(text: str) -> list[str]:
    return [key(w) for w in _WORD.findall(text)]


def grams(ws: list[str]) -> set[tuple[str, ...]]:
    return {tuple(ws[i : i + N]) for i in range(len(ws) - N + 1)}


def corpus() -> tuple[set[tuple[str, ...]], set[str], set[str]]:
    sentence_grams: set[tuple[str, ...]] = set()
    names: set[str] = set()
    dates: set[str] = set()
    for folder in CORPORA:
        if not folder.is_dir():
            continue
        for txt in sorted(folder.glob("*.txt")):
            sentence_grams |= grams(words(txt.read_text(encoding="utf-8")))
        for gold in sorted(folder.glob("*.gold.toml")):
            g = tomllib.loads(gold.read_text(encoding="utf-8"))
            for a in g.get("actors", []):
                if a.get("kind") == "person":
                    for n in [a["name"], *a.get("aliases", [])]:
                        if len(n.split()) >= 2:
                            names.add(key(n))
            for e in g.get("events", []):
                vals = e["value"] if isinstance(e["value"], list) else [e["value"]]
                dates |= {v for v in vals if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)}
    return sentence_grams, names, dates


def files() -> list[Path]:
    out = []
    for name in SEARCHED:
        p = ROOT / name
        for f in [p] if p.is_file() else sorted(p.rglob("*")):
            if f.is_file() and f.suffix in (".py", ".toml", ".md", ".txt", ".tcss") and f.name not in SKIP_FILES \
                    and not any(part in SKIP_PARTS for part in f.relative_to(ROOT).parts):
                out.append(f)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", action="store_true")
    args = ap.parse_args()
    sentence_grams, names, dates = corpus()
    total = 0
    for f in files():
        text = f.read_text(encoding="utf-8", errors="replace")
        found: list[str] = []
        for lineno, line in enumerate(text.splitlines(), 1):
            ws = words(line)
            hits = [" ".join(g) for g in grams(ws) & sentence_grams]
            folded = " ".join(ws)
            hits += [f"name {n}" for n in names if f" {n} " in f" {folded} "]
            hits += [f"date {d}" for d in dates if d in line]
            if hits:
                more = len(set(hits)) - 1
                found.append(f"  {lineno}: {sorted(set(hits))[0]}" + (f" (+{more})" if more else ""))
        if found:
            total += len(found)
            if not args.count:
                print(f.relative_to(ROOT))
                print("\n".join(found))
    print(total if args.count else f"{total} lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
