"""Retrain the name tagger deterministically from the corpora.

    python -m tui.article.models.train                       # the shipped model
    python -m tui.article.models.train --algo crf --out /tmp/m.json.gz
    python -m tui.article.models.train --dev-folds 5 --fold 2 --out /tmp/f2.json.gz
    python -m tui.article.models.train --holdout 0.2         # model selection: score the last 20% of train
    python -m tui.article.models.train --limit 200 --dev-limit 1 --out /tmp/small.json.gz

Training data: ANERcorp train (``../shared/corpus/anercorp/train.txt``), the dev gold
projected onto tokens (``../shared/corpus/dev``) and the team's annotated articles
(``tests/heldout/classes``; never the unread set), all through the same Doc as inference
(see ``data.py``).  ``--dev-limit M`` takes the first M of the dev and of the team's articles.
The same inputs and options give a byte-identical model file.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..lexicon.index import lexicon
from . import crf, perceptron
from .data import ANERCORP_TRAIN, DEV_DIR, TEAM_DIR, Example, Score, anercorp, dev_corpus, dev_names
from .features import Context, token_features
from .tagger import FORMAT, LABELS, MODEL_FILE, Model, doc_votes, pack_weights

_INDEX = {lab: k for k, lab in enumerate(LABELS)}
STACK_FOLDS = 5  # jackknife folds for the first pass's document votes

# Weights are stored as integers (QUANT per unit); SCALE is the score per nat for the
# probabilities, calibrated on the held-out 20% of ANERcorp train (best token log-likelihood:
# the perceptron's margins are about 20 weight units per nat; the CRF's log-potentials are
# over-confident off its training data by a factor of about 1.5).
QUANT = {"crf": 1000, "perceptron": 100}
SCALE = {"crf": 1500.0, "perceptron": 2000.0}
DEFAULTS: dict[str, Any] = {"algo": "perceptron", "epochs": 10, "c1": 0.05, "c2": 0.01, "iterations": 200,
                            "stacked": True, "seed": 1, "seeds": 1, "dev_weight": 1}

SentFeats = tuple[list[list[str]], list[str]]


def featurize(ex: Example, votes: list[str] | None = None) -> list[SentFeats]:
    """Feature strings and gold labels of each sentence of one example."""
    doc = ex.doc
    ctx = Context(doc, votes)
    feats = token_features(ctx)
    out: list[SentFeats] = []
    a = 0
    toks = doc.tokens
    for i in range(1, len(toks) + 1):
        if i == len(toks) or toks[i].sent != toks[a].sent:
            out.append((feats[a:i], ex.labels[a:i]))
            a = i
    return out


def fit(sents: Sequence[SentFeats], opts: dict[str, Any], log: Callable[[str], None]) -> dict[str, Any]:
    """One pass's weights, quantised to integers."""
    algo = opts["algo"]
    if algo == "crf":
        w, trans, start, end = crf.train(sents, c1=opts["c1"], c2=opts["c2"], iterations=opts["iterations"])
    else:
        ids: dict[str, int] = {}
        coded = []
        for feats, labels in sents:
            coded.append(([[ids.setdefault(f, len(ids)) for f in fs] for fs in feats],
                          [_INDEX[lab] for lab in labels]))
        wi, trans, start, end = _mean([perceptron.train(coded, len(ids), epochs=opts["epochs"], seed=opts["seed"] + k,
                                                         log=log) for k in range(opts["seeds"])])
        names = list(ids)
        w = {names[f]: v for f, v in wi.items()}
    q = QUANT[algo]

    def ints(v: Sequence[float]) -> list[int]:
        return [round(x * q) for x in v]

    weights = {}
    maxabs = 0
    for f in sorted(w):
        v = ints(w[f])
        if any(v):
            weights[f] = pack_weights(v)
            maxabs = max(maxabs, *map(abs, v))
    return {"w": weights, "trans": [ints(r) for r in trans], "start": ints(start), "end": ints(end),
            "maxabs": maxabs}


def _mean(runs: list[tuple[dict[int, list[float]], list[list[float]], list[float], list[float]]]
          ) -> tuple[dict[int, list[float]], list[list[float]], list[float], list[float]]:
    """The mean of perceptrons trained on differently shuffled data: one model whose weights
    vary less from one retraining to the next (the same scale as each, so SCALE holds)."""
    if len(runs) == 1:
        return runs[0]
    k = len(runs)

    def avg(vs: list[list[float]]) -> list[float]:
        return [sum(col) / k for col in zip(*vs, strict=True)]

    zero = [0.0] * len(runs[0][2])
    feats = sorted({f for w, *_ in runs for f in w})
    w = {f: avg([r[0].get(f, zero) for r in runs]) for f in feats}
    trans = [avg([r[1][i] for r in runs]) for i in range(len(runs[0][1]))]
    return w, trans, avg([r[2] for r in runs]), avg([r[3] for r in runs])


def model_dict(passes: list[dict[str, Any]], opts: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
    return {"format": FORMAT, "labels": list(LABELS), "scale": SCALE[opts["algo"]], "passes": passes,
            "meta": {**meta, "options": opts}}


def train_model(examples: Sequence[Example], opts: dict[str, Any], meta: dict[str, Any],
                log: Callable[[str], None] = lambda s: None) -> dict[str, Any]:
    """The model dict for these examples (one pass, or two with jackknifed document votes)."""
    t0 = time.time()
    base = [s for ex in examples for s in featurize(ex)]
    log(f"features: {len(base)} sentences, {sum(len(s[1]) for s in base)} tokens ({time.time() - t0:.1f} s)")
    if not opts["stacked"]:
        first = fit(base, opts, log)
        log(f"trained ({time.time() - t0:.1f} s), {len(first['w'])} features")
        return model_dict([first], opts, meta)
    # Jackknife: each fold's votes come from a model trained on the other folds, so the
    # votes seen in training are as fallible as the first pass's at run time.
    votes: list[list[str]] = [[] for _ in examples]
    order: dict[str, int] = {}  # folds by document, so the copies of a weighted one share a fold
    fold = [order.setdefault(ex.name, len(order)) % STACK_FOLDS for ex in examples]
    for k in range(STACK_FOLDS):
        rest = [s for i, ex in enumerate(examples) if fold[i] != k for s in featurize(ex)]
        held = [i for i in range(len(examples)) if fold[i] == k]
        m = Model(model_dict([fit(rest, opts, log)], opts, meta), "jackknife")
        for i in held:
            votes[i] = doc_votes(examples[i].doc, m.tag(examples[i].doc).labels)
        log(f"jackknife fold {k + 1}/{STACK_FOLDS} ({time.time() - t0:.1f} s)")
    final = fit([s for ex, v in zip(examples, votes, strict=True) for s in featurize(ex, v)], opts, log)
    log(f"trained with document votes ({time.time() - t0:.1f} s)")
    return {**model_dict([final], opts, meta), "two_pass": True}


def evaluate(model: Model, examples: Sequence[Example]) -> Score:
    score = Score()
    for ex in examples:
        score.add(ex.labels, model.tag(ex.doc).labels)
    return score


def write_model(data: dict[str, Any], path: Path) -> None:
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    path.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))


def fingerprint() -> dict[str, Any]:
    """What a model depends on besides its data: the lexicon classes (they are features) and
    the feature code.  A model whose fingerprint differs from the code's must be retrained."""
    src = Path(__file__).with_name("features.py").read_bytes()
    return {"lexicon_classes": lexicon().class_sizes(), "features": hashlib.sha256(src).hexdigest()[:16]}


def dev_split(names: list[str], folds: int, fold: int) -> tuple[list[str], list[str]]:
    """(training, held-out) dev names: fold f holds every name whose sorted position ≡ f mod k."""
    held = [n for i, n in enumerate(names) if i % folds == fold]
    return [n for n in names if n not in held], held


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tui.article.models.train", description=__doc__.split("\n\n")[0])
    ap.add_argument("--algo", choices=("perceptron", "crf"), default=DEFAULTS["algo"])
    ap.add_argument("--out", type=Path, help=f"model file to write (default {MODEL_FILE.name}; none with --holdout)")
    ap.add_argument("--anercorp", type=Path, default=ANERCORP_TRAIN)
    ap.add_argument("--dev", type=Path, default=DEV_DIR)
    ap.add_argument("--exclude-dev", nargs="*", default=[], metavar="NAME", help="dev articles to leave out")
    ap.add_argument("--no-dev", action="store_true", help="train on ANERcorp alone")
    ap.add_argument("--team", type=Path, default=TEAM_DIR, metavar="DIR",
                    help="the team's annotated articles (NAME.txt + NAME.gold.toml) to train on too")
    ap.add_argument("--no-team", action="store_true", help="leave the team's articles out")
    ap.add_argument("--dev-folds", type=int, default=0, metavar="K")
    ap.add_argument("--fold", type=int, default=0, metavar="F", help="with --dev-folds: leave out fold F")
    ap.add_argument("--limit", type=int, default=0, metavar="N", help="the first N ANERcorp sentences only")
    ap.add_argument("--dev-limit", type=int, default=0, metavar="M", help="the first M dev (and team) articles only")
    ap.add_argument("--holdout", type=float, default=0.0, metavar="FRAC",
                    help="train without the last FRAC of ANERcorp and score it (model selection)")
    ap.add_argument("--epochs", type=int, default=DEFAULTS["epochs"])
    ap.add_argument("--c1", type=float, default=DEFAULTS["c1"])
    ap.add_argument("--c2", type=float, default=DEFAULTS["c2"])
    ap.add_argument("--iterations", type=int, default=DEFAULTS["iterations"])
    ap.add_argument("--stacked", action=argparse.BooleanOptionalAction, default=DEFAULTS["stacked"],
                    help="two passes: the first pass's labels for the same word elsewhere become features")
    ap.add_argument("--seed", type=int, default=DEFAULTS["seed"])
    ap.add_argument("--seeds", type=int, default=DEFAULTS["seeds"], metavar="K",
                    help="perceptron: the mean of K models trained with seeds seed … seed+K-1 (steadier retrains)")
    ap.add_argument("--dev-weight", type=int, default=DEFAULTS["dev_weight"], metavar="K",
                    help="count each dev article K times (they are closer to Marsad's input than ANERcorp)")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)

    def log(msg: str) -> None:
        if not args.quiet:
            print(msg, file=sys.stderr, flush=True)

    opts = {k: getattr(args, k) for k in DEFAULTS}
    t0 = time.time()
    train = anercorp(args.anercorp, args.limit)
    held_aner: list[Example] = []
    if args.holdout:
        cut = round(len(train) * (1 - args.holdout))
        train, held_aner = train[:cut], train[cut:]
    names: list[str] = [] if args.no_dev or not args.dev.is_dir() else dev_names(args.dev)
    if args.dev_limit:
        names = names[: args.dev_limit]
    held_dev: list[str] = [n for n in names if n in set(args.exclude_dev)]
    if args.dev_folds:
        names, held_dev = dev_split(names, args.dev_folds, args.fold)
    names = [n for n in names if n not in held_dev]
    team = [] if args.no_team or not args.team.is_dir() else dev_names(args.team)
    if args.dev_limit:
        team = team[: args.dev_limit]
    examples = train + dev_corpus(names, args.dev) * opts["dev_weight"] + dev_corpus(team, args.team)
    log(f"data: {len(train)} ANERcorp chunks, {len(names)} dev articles, {len(team)} team articles "
        f"({time.time() - t0:.1f} s)")
    meta = {"anercorp_chunks": len(train), "dev_articles": names, "team_articles": team,
            "licence": "derived from ANERcorp (CC BY-SA 4.0), see LICENSE-ANERcorp.md", **fingerprint()}
    data = train_model(examples, opts, meta, log)
    log(f"trained in {time.time() - t0:.1f} s")
    model = Model(data, "trained")
    if held_aner:
        print(f"held-out ANERcorp (last {args.holdout:.0%} of train, {len(held_aner)} chunks):")
        print(evaluate(model, held_aner).table())
    if held_dev:
        print(f"held-out dev ({len(held_dev)} articles):")
        print(evaluate(model, dev_corpus(held_dev, args.dev)).table())
    out = args.out or (None if args.holdout or held_dev else MODEL_FILE)
    if out:
        write_model(data, out)
        log(f"wrote {out} ({out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
