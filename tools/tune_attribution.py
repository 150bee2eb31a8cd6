#!/usr/bin/env python3
"""Set the speaker-evidence weights (tui/article/quotes/attribution.toml) on the dev set, and
measure them by cross-validation.

    .venv/bin/python tools/tune_attribution.py              # k-fold figures for the current weights
    .venv/bin/python tools/tune_attribution.py --tune       # coordinate ascent, k-fold, then on all

The quote stage runs on the gold actor cards (see tools/goldcards.py), so the weights are
judged on attribution alone.  Tuning is coordinate ascent over a small grid of weights,
maximising quotes+speaker true positives; the cross-validated figure tunes on k-1 folds of
articles and scores the fold left out.  The printed weights (tuned on every article) are
what goes into attribution.toml.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from scoring import gold_cards, load_gold, pairs, score_models  # noqa: E402

from tui.article.actors import ActorStage  # noqa: E402
from tui.article.actors.tagging import tag_doc  # noqa: E402
from tui.article.clean import clean_text  # noqa: E402
from tui.article.doc import build_doc  # noqa: E402
from tui.article.doc.tokens import sentences  # noqa: E402
from tui.article.model import Article  # noqa: E402
from tui.article.quotes import attribution, find_quotes, to_quotes  # noqa: E402
from tui.article.quotes.cues import find_cues  # noqa: E402

DEV = ROOT.parent / "shared" / "corpus" / "dev"
GRID = (0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0)


def prepare():
    items = []
    for txt, gold_path in pairs(DEV):
        gold = load_gold(gold_path)
        text = clean_text(txt.read_text(encoding="utf-8"))
        doc = build_doc(text)
        items.append((txt.name, gold, text, doc, find_cues(doc), tag_doc(doc), gold_cards(gold, text)))
    return items


def run(items, weights: dict[str, float]):
    attribution._weights.cache_clear()
    saved = attribution._weights
    attribution._weights = lambda: weights  # type: ignore[assignment]
    try:
        models = []
        for name, gold, text, doc, cues, tagging, cards in items:
            stage = ActorStage.with_actors(doc, cues, cards, tagging)
            found = find_quotes(doc, cues, stage)
            actors, ids = stage.finish(frozenset(f.speaker.n for f in found if f.speaker is not None))
            art = Article(text=text, sentences=sentences(text), actors=actors, quotes=to_quotes(doc, found, ids))
            models.append((name, gold, art.to_dict()))
        return score_models(models)["quotes+speaker"]
    finally:
        attribution._weights = saved


def tune(items, start: dict[str, float], rounds: int = 2) -> dict[str, float]:
    best = dict(start)
    best_tp = run(items, best).tp
    for _ in range(rounds):
        changed = False
        for k in sorted(best):
            for v in GRID:
                if v == best[k]:
                    continue
                trial = {**best, k: v}
                tp = run(items, trial).tp
                if tp > best_tp:
                    best, best_tp, changed = trial, tp, True
        if not changed:
            break
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tune", action="store_true")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    items = prepare()
    current = dict(attribution._weights())
    print("current weights, in sample:", f"{run(items, current).prf()[2]:.3f}")
    if not args.tune:
        return 0
    tp = fp = fn = 0
    for f in range(args.folds):
        train = [x for i, x in enumerate(items) if i % args.folds != f]
        test = [x for i, x in enumerate(items) if i % args.folds == f]
        w = tune(train, current)
        t = run(test, w)
        tp, fp, fn = tp + t.tp, fp + t.fp, fn + t.fn
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    print(f"quotes+speaker, {args.folds}-fold (weights tuned without the fold): "
          f"P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0:.3f}")
    final = tune(items, current)
    print("weights tuned on every article:", f"{run(items, final).prf()[2]:.3f}")
    for k, v in sorted(final.items()):
        print(f"{k} = {v:g}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
