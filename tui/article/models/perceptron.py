"""An averaged structured perceptron with BIO-constrained Viterbi, in plain Python (training only).

Each training sentence is decoded with the current weights; where the best path differs
from the gold one, the gold path's features gain one and the predicted path's lose one
(emissions per token, transitions per label pair, start and end).  The weights returned
are the average over every step (Collins 2002), kept exact with integer totals and time
stamps.  Sentences are visited in a seeded shuffle, so training is deterministic.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from .tagger import _PREV, _STARTABLE, LABELS, N

Sentence = tuple[list[list[int]], list[int]]  # feature ids per token, gold label ids


class _Avg:
    """An integer weight vector with the lazy-averaging bookkeeping."""

    __slots__ = ("tot", "ts", "w")

    def __init__(self) -> None:
        self.w = [0] * N
        self.tot = [0] * N
        self.ts = [0] * N

    def add(self, y: int, d: int, c: int) -> None:
        self.tot[y] += (c - self.ts[y]) * self.w[y]
        self.ts[y] = c
        self.w[y] += d

    def average(self, c: int) -> list[float]:
        return [(self.tot[y] + (c - self.ts[y]) * self.w[y]) / c for y in range(N)]


def _decode(em: list[list[int]], trans: list[_Avg], start: _Avg, end: _Avg) -> list[int]:
    neg = -(10**12)
    score = [start.w[y] + em[0][y] if _STARTABLE[y] else neg for y in range(N)]
    back = []
    for e in em[1:]:
        new, bp = [], []
        for y in range(N):
            best, arg = neg * 2, 0
            for x in _PREV[y]:
                s = score[x] + trans[x].w[y]
                if s > best:
                    best, arg = s, x
            new.append(best + e[y])
            bp.append(arg)
        score = new
        back.append(bp)
    y = max(range(N), key=lambda k: score[k] + end.w[k])
    path = [y]
    for bp in reversed(back):
        y = bp[y]
        path.append(y)
    path.reverse()
    return path


def train(sents: Sequence[Sentence], n_feats: int, epochs: int = 10, seed: int = 1,
          log=None) -> tuple[dict[int, list[float]], list[list[float]], list[float], list[float]]:
    """Averaged weights: {feature id: [per label]}, transitions [prev][cur], start, end."""
    w: dict[int, _Avg] = {}
    trans = [_Avg() for _ in range(N)]
    start, end = _Avg(), _Avg()
    order = list(range(len(sents)))
    rng = random.Random(seed)
    c = 1
    for epoch in range(epochs):
        rng.shuffle(order)
        errors = 0
        for si in order:
            feats, gold = sents[si]
            em = []
            for fs in feats:
                acc = [0] * N
                for f in fs:
                    v = w.get(f)
                    if v is not None:
                        vw = v.w
                        for k in range(N):
                            acc[k] += vw[k]
                em.append(acc)
            pred = _decode(em, trans, start, end)
            if pred != gold:
                errors += 1
                for t, (g, p) in enumerate(zip(gold, pred, strict=True)):
                    if g != p:
                        for f in feats[t]:
                            v = w.get(f)
                            if v is None:
                                v = w[f] = _Avg()
                            v.add(g, 1, c)
                            v.add(p, -1, c)
                    if t and (g != p or gold[t - 1] != pred[t - 1]):
                        trans[gold[t - 1]].add(g, 1, c)
                        trans[pred[t - 1]].add(p, -1, c)
                if gold[0] != pred[0]:
                    start.add(gold[0], 1, c)
                    start.add(pred[0], -1, c)
                if gold[-1] != pred[-1]:
                    end.add(gold[-1], 1, c)
                    end.add(pred[-1], -1, c)
            c += 1
        if log:
            log(f"  perceptron epoch {epoch + 1}/{epochs}: {errors} sentences wrong of {len(sents)}")
    weights = {f: v.average(c) for f, v in w.items()}
    return weights, [t.average(c) for t in trans], start.average(c), end.average(c)


__all__ = ["LABELS", "train"]
