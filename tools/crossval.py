#!/usr/bin/env python3
"""K-fold cross-validation of the whole parser on the dev articles, with the shared scorer.

    .venv/bin/python tools/crossval.py                 # 5 folds: train, parse, score
    .venv/bin/python tools/crossval.py --folds 3 --jobs 2
    .venv/bin/python tools/crossval.py --models /tmp/cv   # reuse fold models trained before
    .venv/bin/python tools/crossval.py --json

The dev articles (``../shared/corpus/dev``, sorted by file name) are dealt into K folds the
way ``python -m tui.article.models.train --dev-folds K --fold F`` deals them (article i goes
to fold i mod K).  For each fold the name tagger is retrained on ANERcorp train and the
other folds, then the parser — with that model (``MARSAD_NER_MODEL``) — parses the fold's
articles, and ``../shared/eval/score.py``'s own scoring judges them.  Counts are summed
over folds.  The in-sample figures (the shipped model, trained on every dev article) are
printed beside them.

What this measures: the learned part (the tagger) never saw the article it tags.  The rules
and lexicons were written by people who have read the dev articles' errors, so even the
cross-validated figures are not figures on unseen text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from scoring import load_gold, pairs, published_of, score_models  # noqa: E402

DEV = ROOT.parent / "shared" / "corpus" / "dev"
PY = sys.executable

_PARSE = """
import json, sys
from tui.article.parse import parse
out = []
for path, published in json.loads(sys.argv[1]):
    with open(path, encoding="utf-8") as f:
        out.append(parse(f.read(), published or None).to_dict())
print(json.dumps(out, ensure_ascii=False))
"""


def train(folds: int, fold: int, out: Path) -> None:
    if out.exists() and _current(out):
        return  # (a fold model trained with today's lexicon classes and features is kept)
    tmp = out.with_suffix(".tmp")
    cmd = [PY, "-m", "tui.article.models.train", "--dev-folds", str(folds), "--fold", str(fold), "--out", str(tmp)]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
    tmp.replace(out)


def _current(model: Path) -> bool:
    """The model was trained with the code's lexicon classes and feature code."""
    from tui.article.models.train import fingerprint

    try:
        meta = json.loads(gzip.decompress(model.read_bytes()))["meta"]
    except (OSError, ValueError, KeyError):
        return False
    want = fingerprint()
    return meta.get("lexicon_classes") == want["lexicon_classes"] and meta.get("features") == want["features"]


def parse_with(model: Path | None, items: list[tuple[Path, str | None]]) -> list[dict]:
    env = dict(os.environ)  # in-sample: the shipped model, or the one MARSAD_NER_MODEL names
    if model is not None:
        env["MARSAD_NER_MODEL"] = str(model)
    arg = json.dumps([(str(p), pub) for p, pub in items])
    done = subprocess.run([PY, "-c", _PARSE, arg], cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def table(total: dict) -> dict[str, tuple[float, float, float]]:
    return {k: t.prf() for k, t in total.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--models", type=Path, default=Path("/tmp/marsad-cv"))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("-v", action="store_true", help="list every cross-validated miss")
    ap.add_argument("--save-folds", type=Path, metavar="DIR",
                    help="copy the fold models there (tests/devset_folds: what CI's cross-validation uses)")
    args = ap.parse_args()
    items = pairs(DEV)
    golds = {txt.name: load_gold(g) for txt, g in items}
    args.models.mkdir(parents=True, exist_ok=True)
    paths = [args.models / f"fold{f}of{args.folds}.json.gz" for f in range(args.folds)]
    with ThreadPoolExecutor(args.jobs) as pool:
        list(pool.map(lambda f: train(args.folds, f, paths[f]), range(args.folds)))
    if args.save_folds:
        args.save_folds.mkdir(parents=True, exist_ok=True)
        for p in paths:
            shutil.copyfile(p, args.save_folds / p.name)

    def run_fold(f: int) -> list[tuple[str, dict, dict]]:
        held = [txt for i, (txt, _) in enumerate(items) if i % args.folds == f]
        models = parse_with(paths[f], [(t, published_of(golds[t.name])) for t in held])
        return [(t.name, golds[t.name], m) for t, m in zip(held, models, strict=True)]

    with ThreadPoolExecutor(args.jobs) as pool:
        cv = [x for fold in pool.map(run_fold, range(args.folds)) for x in fold]
    insample_models = parse_with(None, [(t, published_of(golds[t.name])) for t, _ in items])
    insample = [(t.name, golds[t.name], m) for (t, _), m in zip(items, insample_models, strict=True)]
    cv_total, in_total = score_models(cv), score_models(insample)
    if args.json:
        print(json.dumps({"folds": args.folds, "cross_validated": table(cv_total), "in_sample": table(in_total)}))
        return 0
    print(f"{len(items)} dev articles, {args.folds}-fold cross-validation (tagger retrained per fold)")
    print(f"{'task':16} {'CV P':>6} {'R':>6} {'F1':>6}   {'in-sample F1':>12}")
    for k, t in cv_total.items():
        p, r, f = t.prf()
        print(f"{k:16} {p:6.3f} {r:6.3f} {f:6.3f}   {in_total[k].prf()[2]:12.3f}")
    if args.v:
        for k, t in cv_total.items():
            for m in t.misses:
                print(f"  [{k}] {m}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
