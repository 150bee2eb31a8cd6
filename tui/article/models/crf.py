"""A linear-chain CRF trained with python-crfsuite (training only; the ``[train]`` extra).

crfsuite learns one weight per (feature, label) and per label pair; those are read back
from its model file and handed to the exporter, so run time needs no crfsuite.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable

from .tagger import LABELS, N

_INDEX = {lab: k for k, lab in enumerate(LABELS)}


def train(sents: Iterable[tuple[list[list[str]], list[str]]], c1: float = 0.05, c2: float = 0.01,
          iterations: int = 200, minfreq: int = 1,
          ) -> tuple[dict[str, list[float]], list[list[float]], list[float], list[float]]:
    """Weights {feature: [per label]}, transitions [prev][cur], start, end (crfsuite has none: 0)."""
    try:
        import pycrfsuite
    except ImportError:
        raise SystemExit("the CRF needs python-crfsuite: pip install -e '.[train]'") from None
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for xseq, yseq in sents:
        trainer.append(xseq, yseq)
    trainer.set_params({
        "c1": c1,
        "c2": c2,
        "max_iterations": iterations,
        "feature.minfreq": minfreq,
        "feature.possible_transitions": True,
    })
    fd, path = tempfile.mkstemp(suffix=".crfsuite")
    os.close(fd)
    try:
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        tagger.close()
    finally:
        os.unlink(path)
    weights: dict[str, list[float]] = {}
    for (attr, label), v in info.state_features.items():
        weights.setdefault(attr, [0.0] * N)[_INDEX[label]] = v
    trans = [[0.0] * N for _ in range(N)]
    for (a, b), v in info.transitions.items():
        trans[_INDEX[a]][_INDEX[b]] = v
    return weights, trans, [0.0] * N, [0.0] * N
