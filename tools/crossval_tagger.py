#!/usr/bin/env python3
"""K-fold cross-validation of the name tagger over the dev articles.

    .venv/bin/python tools/crossval_tagger.py                  # 5 folds, the default learner
    .venv/bin/python tools/crossval_tagger.py --algo perceptron --folds 3 --jobs 2

The dev articles (``../shared/corpus/dev``, sorted by file name) are dealt into K folds
(article i goes to fold i mod K).  For each fold a model is trained on ANERcorp train plus
the other folds and tags the left-out fold; the tagger-only exact-entity P/R/F1 against the
fold's projected gold (see ``tui/article/models/data.py``) is summed over folds.  The
in-sample figure (trained on every dev article, scored on the same) is printed beside it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.article.models import train as tr  # noqa: E402
from tui.article.models.data import DEV_DIR, Score, anercorp, dev_corpus, dev_names  # noqa: E402
from tui.article.models.tagger import Model  # noqa: E402


def run_fold(args: tuple[dict, list[str], list[str], int, Path]) -> dict:
    opts, train_names, test_names, limit, dev = args
    examples = anercorp(limit=limit) + dev_corpus(train_names, dev) * opts["dev_weight"]
    model = Model(tr.train_model(examples, opts, {}), "fold")
    return tr.evaluate(model, dev_corpus(test_names, dev)).c


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--algo", choices=("perceptron", "crf"), default=tr.DEFAULTS["algo"])
    ap.add_argument("--epochs", type=int, default=tr.DEFAULTS["epochs"])
    ap.add_argument("--c1", type=float, default=tr.DEFAULTS["c1"])
    ap.add_argument("--c2", type=float, default=tr.DEFAULTS["c2"])
    ap.add_argument("--iterations", type=int, default=tr.DEFAULTS["iterations"])
    ap.add_argument("--stacked", action=argparse.BooleanOptionalAction, default=tr.DEFAULTS["stacked"])
    ap.add_argument("--seed", type=int, default=tr.DEFAULTS["seed"])
    ap.add_argument("--dev-weight", type=int, default=tr.DEFAULTS["dev_weight"])
    ap.add_argument("--limit", type=int, default=0, help="the first N ANERcorp sentences only (a quick look)")
    ap.add_argument("--dev", type=Path, default=DEV_DIR)
    ap.add_argument("--no-in-sample", action="store_true", help="skip the in-sample model")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.dev.is_dir():
        print(f"crossval_tagger: no dev corpus at {args.dev}", file=sys.stderr)
        return 2
    opts = {k: getattr(args, k) for k in tr.DEFAULTS}
    names = dev_names(args.dev)
    jobs = []
    for f in range(args.folds):
        train_names, test_names = tr.dev_split(names, args.folds, f)
        jobs.append((opts, train_names, test_names, args.limit, args.dev))
    if not args.no_in_sample:
        jobs.append((opts, names, names, args.limit, args.dev))
    t0 = time.time()
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(run_fold, jobs))
    held = Score()
    for c in results[: args.folds]:
        held.merge(Score(c))
    figures = {"folds": args.folds, "articles": len(names), "options": opts, "held_out": held.as_dict()}
    if not args.no_in_sample:
        ins = Score(results[-1])
        figures["in_sample"] = ins.as_dict()
    if args.json:
        print(json.dumps(figures, indent=1))
        return 0
    print(f"{len(names)} dev articles, {args.folds} folds, {opts}, {time.time() - t0:.0f} s")
    print(f"cross-validated (held-out folds):\n{held.table()}")
    if not args.no_in_sample:
        print(f"in-sample (trained on every article):\n{ins.table()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
