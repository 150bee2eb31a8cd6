"""Score the dev corpus in process (fast): the table, and with -v every miss.

    .venv/bin/python tools/devscore.py [-v] [--task actors] [--only NAME]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from scoring import load_gold, pairs, published_of, score_models  # noqa: E402

from tui.article.parse import parse  # noqa: E402

DEV = ROOT.parent / "shared" / "corpus" / "dev"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--task", default="")
    ap.add_argument("--only", default="")
    ap.add_argument("--dir", type=Path, default=DEV)
    args = ap.parse_args()
    models = []
    for txt, gold_path in pairs(args.dir):
        if args.only and args.only not in txt.name:
            continue
        gold = load_gold(gold_path)
        models.append((txt.name, gold, parse(txt.read_text(encoding="utf-8"), published_of(gold)).to_dict()))
    total = score_models(models)
    print(f"{'task':16} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
    for k, t in total.items():
        p, r, f = t.prf()
        print(f"{k:16} {p:6.3f} {r:6.3f} {f:6.3f}   {t.tp}/{t.fp}/{t.fn}")
    if args.v:
        for k, t in total.items():
            if args.task and args.task != k:
                continue
            for m in t.misses:
                print(f"  [{k}] {m}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
