"""The tagger's fast paths compute exactly what the plain loops compute: the unrolled
forward-backward gives the same floats, bit for bit, as the textbook recursion written
with one loop per label (the reference below), so no threshold the actor rules test can
flip.  (Speed changes must keep the parse output byte-identical.)"""

from __future__ import annotations

import math
from collections.abc import Iterable

from conftest import SEED

from tui.article.doc import build_doc
from tui.article.models.tagger import _NEG, _PREV, N, Tagging, tag

TEXTS = [
    "وقال وزير الزراعة سليم القاسمي إن الموسم كان جيدا. وعقد المؤتمر في القاهرة بحضور عدد من الخبراء.",
    "أكد رئيس الوزراء نادر الحلبي في تونس أن الاتحاد الأوروبي سيدعم الخطة",  # one sentence, no full stop
    "بيروت",  # one token
    "ومن جهته، قال المتحدث باسم شركة النور للطاقة كريم المنصوري لوكالة الأنباء: «العمل مستمر».",
]


def reference_marginals(t: Tagging, s: int) -> list[list[float]]:
    """Forward-backward in probability space, rescaled per token: one loop per label."""
    a, b = t.sents[s]
    k = 1.0 / t.scale
    p = t.model
    texp = [[math.exp(v * k) if v > _NEG else 0.0 for v in row] for row in p.trans]
    ems = []
    for i in range(a, b):
        row = [v * k for v in t.em[i]]
        m = max(row)
        ems.append([math.exp(x - m) for x in row])
    start = [math.exp(v * k) if v > _NEG else 0.0 for v in p.start]
    cur = [start[y] * ems[0][y] for y in range(N)]
    tot = _sum(cur) or 1.0
    alphas = [[x / tot for x in cur]]
    for i in range(1, b - a):
        cur = alphas[-1]
        nxt = [ems[i][y] * _sum(cur[x] * texp[x][y] for x in _PREV[y]) for y in range(N)]
        tot = _sum(nxt) or 1.0
        alphas.append([x / tot for x in nxt])
    beta = [math.exp(v * k) for v in p.end]
    out: list[list[float]] = [[]] * (b - a)
    for i in range(b - a - 1, -1, -1):
        prod = [alphas[i][y] * beta[y] for y in range(N)]
        tot = _sum(prod) or 1.0
        out[i] = [x / tot for x in prod]
        if i:
            nb = [_sum(texp[x][y] * ems[i][y] * beta[y] for y in range(N)) for x in range(N)]
            tot = _sum(nb) or 1.0
            beta = [x / tot for x in nb]
    return out


def _sum(xs: Iterable[float]) -> float:
    """Left-to-right float addition (what sum() does on Python 3.11; 3.12 compensates)."""
    total = 0.0
    for x in xs:
        total += x
    return total


def test_marginals_equal_the_plain_recursion_bit_for_bit():
    texts = [*TEXTS, SEED.read_text(encoding="utf-8")]
    sentences = 0
    for text in texts:
        doc = build_doc(text)
        t = tag(doc)
        for s, (a, b) in enumerate(t.sents):
            want = reference_marginals(t, s)
            got = [[t.marginal(i, lab) for lab in ("O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC")]
                   for i in range(a, b)]
            assert [[x.hex() for x in row] for row in got] == [[x.hex() for x in row] for row in want]
            sentences += 1
    assert sentences > 10


def test_the_tagger_context_is_the_features_context():
    """The tagger builds its Context itself, with a faster lexicon coverage: every field must be
    what features.Context computes (that module is fingerprinted by the model)."""
    from tui.article.models.features import Context
    from tui.article.models.tagger import _context

    texts = [*TEXTS, SEED.read_text(encoding="utf-8"), "الأمم المتحدة ومجلس الأمن الدولي والأمين العام للأمم المتحدة"]
    for text in texts:
        doc = build_doc(text)
        want, got = Context(doc), _context(doc)
        assert vars(got) == vars(want)
        assert got.keys() == want.keys() and got.columns() == want.columns()
