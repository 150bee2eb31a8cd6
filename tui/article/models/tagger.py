"""The name tagger at run time: pure Python, standard library only.

``tag(doc)`` labels every token of a :class:`~tui.article.doc.Doc` with BIO tags over
PERS / ORG / LOC (Viterbi under the BIO constraints) and gives, on demand, each token's
label probabilities and the probability of any candidate span — what the actor stage uses
to vet its rule candidates.

The model is a gzip'd JSON file beside this module (``ner.json.gz``; the environment
variable ``MARSAD_NER_MODEL`` names another, e.g. for cross-validation), loaded once per
process on first use.  Weights are integers, so scores are exact and the output does not
depend on summation order.  Emission scores are cached per (offset, word) and per context
feature set, so a word costs its feature look-ups once per process.
"""

from __future__ import annotations

import json
import math
import os
import struct
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import compress
from operator import add
from pathlib import Path
from typing import Any

from ..doc import Doc
from ..strtable import StrTable
from .features import _GAP_KINDS, OFFSETS, Context, _cue_kind, context_features, gap_kind, word_features

LABELS = ("O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
TYPES = ("PERS", "ORG", "LOC")
N = len(LABELS)
_INDEX = {lab: k for k, lab in enumerate(LABELS)}
MODEL_FILE = Path(__file__).with_name("ner.json.gz")
FORMAT = "marsad-ner/2"
_NEG = -(10**9)  # a forbidden transition
# Seven label scores travel packed in one int, 32 bits a label, each biased by _BIAS, so a
# token's six cached vectors add with five int additions; struct unpacks the sum.
_BIAS = 1 << 28
_LANES = struct.Struct("<7I")
_WIDTH = 4 * N
_OFFSET6 = 6 * _BIAS
_BIAS_PACK = sum(_BIAS << (32 * k) for k in range(N))
# A token's sum carries 6 × _BIAS a label; _REBIAS makes that 2^31, and flipping each lane's top
# bit (_SIGNS) then turns the offset binary into two's complement: unpacked as signed lanes,
# the scores come out unbiased, small ints (Python's fast path in Viterbi's additions and
# comparisons, where biased sums ran past 2^30), for one XOR per token (the cached context
# vectors carry _REBIAS).
_REBIAS = sum(((1 << 31) - _OFFSET6) << (32 * k) for k in range(N))
_SIGNS = sum(1 << (32 * k + 31) for k in range(N))
_SCORES = struct.Struct("<7i")
_ZERO7 = (0,) * N
# Packing is linear (Σ x_k·2^32k holds for negative x_k too), so a feature's weights are
# packed once and added as one int; a vector stays decodable while every label's score is
# within ±_LIMIT: a sum of n features is checked against n × the model's largest weight
# and, in the (never yet seen) case it could overflow, clamped lane by lane.
_LIMIT = 1 << 27


def pack_weights(v: list[int]) -> str:
    """Seven integer weights as the model file stores them: Σ v_k·2^32k in hexadecimal."""
    return format(sum(x << (32 * k) for k, x in enumerate(v)), "x")


def unpack_weights(raw: str) -> tuple[int, ...]:
    """The seven weights of a stored feature (each within ±2^27)."""
    return _unpack(int(raw, 16))


def _unpack(packed: int) -> tuple[int, ...]:
    lanes = _LANES.unpack((packed + _BIAS_PACK).to_bytes(_WIDTH, "little"))
    return tuple(x - _BIAS for x in lanes)


class HexWeights:
    """feature → its packed weights, as the model file stores them (hexadecimal strings)."""

    __slots__ = ("w",)

    def __init__(self, w: dict[str, str]) -> None:
        self.w = w

    def get(self, feature: str) -> int | None:
        raw = self.w.get(feature)
        return None if raw is None else int(raw, 16)


class PackedWeights:
    """feature → its packed weights, as the compiled cache stores them: the features in a
    :class:`~tui.article.strtable.StrTable`, the weights in one byte string in its row order,
    decoded per feature on first use.  Loading it makes no object per feature (a dict of the
    66,000 features was most of the load; the JSON file costs ten times as much to read)."""

    __slots__ = ("packed", "table")
    SIZE = 29  # bytes of one packed int: seven 32-bit lanes and a sign

    def __init__(self, table: tuple[bytes, bytes, bytes], packed: bytes) -> None:
        self.table = StrTable(*table)
        if len(packed) != len(self.table) * self.SIZE:
            raise ValueError("damaged packed weights")
        self.packed = packed

    @classmethod
    def of(cls, w: dict[str, str]) -> tuple[tuple[bytes, bytes, bytes], bytes]:
        """The (table, weights) pair that stores a model file's weights."""
        features = list(w)
        table, order = StrTable.build(features)
        return table, b"".join(int(w[features[i]], 16).to_bytes(cls.SIZE, "little", signed=True) for i in order)

    def get(self, feature: str) -> int | None:
        i = self.table.row(feature)
        if i is None:
            return None
        return int.from_bytes(self.packed[i * self.SIZE : (i + 1) * self.SIZE], "little", signed=True)


class ModelError(Exception):
    """The model file is missing or unreadable (one line, for the CLI)."""


def _allowed(prev: int, cur: int) -> bool:
    """BIO: I-X only after B-X or I-X."""
    lab = LABELS[cur]
    if lab[0] != "I":
        return True
    p = LABELS[prev]
    return p != "O" and p[2:] == lab[2:]


_PREV = tuple(tuple(x for x in range(N) if _allowed(x, y)) for y in range(N))
# Viterbi's back pointers where O is the best predecessor of O and of every B-X: (0, 0, k2, 0,
# k4, 0, k6) for I-PERS, I-ORG and I-LOC coming from their B (1, 3, 5) or I (2, 4, 6).
_COMMON_BACK = tuple((0, 0, k2, 0, k4, 0, k6) for k2 in (1, 2) for k4 in (3, 4) for k6 in (5, 6))
_STARTABLE = tuple(LABELS[y][0] != "I" for y in range(N))


class Pass:
    """One set of weights: emissions by feature, transitions, start and end scores."""

    def __init__(self, data: dict[str, Any]) -> None:
        # feature → its seven integer weights packed in one int (pack_weights), decoded when
        # first used: from the model file's hexadecimal strings, or the compiled cache's bytes
        w = data["w"]
        self.w: HexWeights | PackedWeights = w if isinstance(w, PackedWeights) else HexWeights(w)
        self.trans: list[list[int]] = [
            [t if _allowed(x, y) else _NEG for y, t in enumerate(row)] for x, row in enumerate(data["trans"])
        ]
        self.start = [s if _STARTABLE[y] else _NEG for y, s in enumerate(data["start"])]
        self.end: list[int] = data["end"]
        # the most a transition into O or a B-X favours another predecessor over O
        self.lead = max(self.trans[x][y] - self.trans[0][y] for x in range(N) for y in range(N) if _STARTABLE[y])
        self._words: dict[int, dict[str, int]] = {off: {} for off in OFFSETS}
        self._ctx: dict[tuple, int] = {}  # context key → its packed weights (+ _REBIAS: see ctx_vec)
        self._fv: dict[str, int] = {}  # feature → its packed weights
        self._votes: dict[str, tuple[int, ...]] = {}  # document vote → its weights (vote_vec)
        self.exp_scores: dict[float, tuple[tuple[float, ...], ...]] = {}  # see _exp_scores
        self.maxabs = int(data["maxabs"])  # the largest |weight|, to keep packed lanes apart
        if self.maxabs >= _LIMIT:
            raise ValueError("weights too large")

    def _sum(self, feats: tuple[str, ...]) -> int:
        """The summed weights of some features, packed into one int with one bias (see above)."""
        fv = self._fv
        total = 0
        hits = 0
        for f in feats:
            v = fv.get(f)
            if v is None:
                v = self.w.get(f)
                if v is None:
                    continue
                if len(fv) > 1_000_000:  # bound the cache on huge inputs
                    fv.clear()
                fv[f] = v
            total += v
            hits += 1
        if hits * self.maxabs >= _LIMIT:
            vecs = [_unpack(v) for f in feats if (v := self.w.get(f)) is not None]
            lanes = [sum(v[k] for v in vecs) for k in range(N)]
            total = sum(max(-_LIMIT + 1, min(_LIMIT - 1, x)) << (32 * k) for k, x in enumerate(lanes))
        return total + _BIAS_PACK

    def word_vec(self, word: str, off: int) -> int:
        cache = self._words[off]
        v = cache.get(word)
        if v is None:
            if len(cache) > 500_000:  # bound the caches on huge inputs
                cache.clear()
            v = cache[word] = self._sum(word_features(word, off))
        return v

    def ctx_vec(self, key: tuple) -> int:
        """The packed context weights of a token, with _REBIAS added (what emissions adds)."""
        v = self._ctx.get(key)
        if v is None:
            if len(self._ctx) > 200_000:
                self._ctx.clear()
            v = self._ctx[key] = self._sum(context_features(key)) + _REBIAS
        return v

    def vote_vec(self, vote: str) -> tuple[int, ...]:
        """The weights of a document vote (unpacked, without bias; cached: a handful of votes)."""
        got = self._votes.get(vote)
        if got is None:
            v = self.w.get("doc=" + vote)
            got = self._votes[vote] = _unpack(v) if v is not None else _ZERO7
        return got

    def emissions(self, ctx: Context) -> list[tuple[int, ...]]:
        """Each token's score per label: the packed sum of the cached word vectors at offsets
        −2 … +2 and of its context vector, unpacked once (unbiased: see _SIGNS)."""
        cm2, cm1, c0, cp1, cp2 = (self._words[o] for o in OFFSETS)
        cctx = self._ctx
        wv, xv = self.word_vec, self.ctx_vec
        unpack = _SCORES.unpack
        signs = _SIGNS
        m2s, m1s, ws, p1s, p2s = ctx.columns()
        return [
            unpack(((cm2.get(m2) or wv(m2, -2)) + (cm1.get(m1) or wv(m1, -1)) + (c0.get(w) or wv(w, 0))
                    + (cp1.get(p1) or wv(p1, 1)) + (cp2.get(p2) or wv(p2, 2)) + (cctx.get(k) or xv(k))
                    ^ signs).to_bytes(_WIDTH, "little"))
            for m2, m1, w, p1, p2, k in zip(m2s, m1s, ws, p1s, p2s, ctx.keys(), strict=True)
        ]

    def viterbi(self, em: list[tuple[int, ...]], a: int, b: int) -> list[int]:
        """Best label indices for tokens a … b-1 (one sentence), unrolled over the 7 BIO labels.

        O and B-X may follow any label; I-X only B-X or I-X.  Ties go to the lower label index.
        """
        t = self.trans
        o0, o1, o2, o3, o4, o5, o6 = (t[x][0] for x in range(N))
        p0, p1, p2, p3, p4, p5, p6 = (t[x][1] for x in range(N))
        q0, q1, q2, q3, q4, q5, q6 = (t[x][3] for x in range(N))
        r0, r1, r2, r3, r4, r5, r6 = (t[x][5] for x in range(N))
        ip_b, ip_i, io_b, io_i, il_b, il_i = t[1][2], t[2][2], t[3][4], t[4][4], t[5][6], t[6][6]
        st = self.start
        e = em[a]
        s0, s1, s2, s3, s4, s5, s6 = (st[y] + e[y] for y in range(N))
        # Where O leads every other label by more than any transition can make up, O is the
        # best predecessor of O and of every B-X: the common case, decided in one comparison.
        lead = self.lead
        back = []
        push = back.append
        bps = _COMMON_BACK
        for e0, e1, e2, e3, e4, e5, e6 in em[a + 1 : b]:
            # (statements, not conditional expressions of tuples: no tuple made and unpacked per
            # label; c numbers the common case's back pointers, one of eight tuples made once)
            u = s1 + ip_b
            w = s2 + ip_i
            if u >= w:
                k2 = 1
                n2 = u + e2
                c = 0
            else:
                k2 = 2
                n2 = w + e2
                c = 4
            u = s3 + io_b
            w = s4 + io_i
            if u >= w:
                k4 = 3
                n4 = u + e4
            else:
                k4 = 4
                n4 = w + e4
                c += 2
            u = s5 + il_b
            w = s6 + il_i
            if u >= w:
                k6 = 5
                n6 = u + e6
            else:
                k6 = 6
                n6 = w + e6
                c += 1
            top = s0 - lead  # s0 - max(s1, …, s6) > lead, without the call
            if s1 < top and s2 < top and s3 < top and s4 < top and s5 < top and s6 < top:
                push(bps[c])  # (0, 0, k2, 0, k4, 0, k6)
                s1 = s0 + p0 + e1  # (one by one, s0 last: a tuple of seven would be built and unpacked)
                s3 = s0 + q0 + e3
                s5 = s0 + r0 + e5
                s0 = s0 + o0 + e0
                s2 = n2
                s4 = n4
                s6 = n6
                continue
            v = [s0 + o0, s1 + o1, s2 + o2, s3 + o3, s4 + o4, s5 + o5, s6 + o6]
            m = max(v)
            k0 = v.index(m)
            n0 = m + e0
            v = [s0 + p0, s1 + p1, s2 + p2, s3 + p3, s4 + p4, s5 + p5, s6 + p6]
            m = max(v)
            k1 = v.index(m)
            n1 = m + e1
            v = [s0 + q0, s1 + q1, s2 + q2, s3 + q3, s4 + q4, s5 + q5, s6 + q6]
            m = max(v)
            k3 = v.index(m)
            n3 = m + e3
            v = [s0 + r0, s1 + r1, s2 + r2, s3 + r3, s4 + r4, s5 + r5, s6 + r6]
            m = max(v)
            k5 = v.index(m)
            n5 = m + e5
            push((k0, k1, k2, k3, k4, k5, k6))
            s0, s1, s2, s3, s4, s5, s6 = n0, n1, n2, n3, n4, n5, n6
        end = self.end
        final = [s0 + end[0], s1 + end[1], s2 + end[2], s3 + end[3], s4 + end[4], s5 + end[5], s6 + end[6]]
        y = final.index(max(final))
        path = [y]
        for bp in reversed(back):
            y = bp[y]
            path.append(y)
        path.reverse()
        return path


class Model:
    def __init__(self, data: dict[str, Any], source: str) -> None:
        if data.get("format") != FORMAT or tuple(data.get("labels", ())) != LABELS:
            raise ModelError(f"{source}: not a {FORMAT} model")
        self.source = source
        try:
            self.scale: float = float(data["scale"])  # score units per nat, for probabilities
            self.passes = [Pass(p) for p in data["passes"]]
        except (KeyError, TypeError, ValueError, IndexError, AttributeError):
            raise ModelError(f"{source}: a damaged {FORMAT} model") from None
        self.two_pass = bool(data.get("two_pass"))  # see doc_votes
        self.meta: dict[str, Any] = data.get("meta", {})

    def tag(self, doc: Doc) -> Tagging:
        if not doc.tokens:  # a text without words (punctuation, tatweel): nothing to label
            return Tagging(doc, [], [], [], self.passes[-1], self.scale)
        ctx = _context(doc)
        starts = [i for i, f in enumerate(ctx.first) if f]
        sents = list(zip(starts, [*starts[1:], ctx.n], strict=True))
        p = self.passes[-1]
        em = p.emissions(ctx)
        paths = [p.viterbi(em, a, b) for a, b in sents]
        if self.two_pass:
            # second pass: the same weights plus the document votes, re-decoding only the
            # sentences that hold a token with a vote
            votes = doc_votes(doc, [LABELS[y] for path in paths for y in path])
            for k, (a, b) in enumerate(sents):
                if not any(votes[a:b]):
                    continue
                path = paths[k]
                same = True  # the votes favour the labels already chosen: the path stays best
                for i in range(a, b):
                    if votes[i]:
                        v = p.vote_vec(votes[i])
                        em[i] = tuple(map(add, em[i], v))
                        y = path[i - a]
                        same = same and all(v[y] > v[x] for x in range(N) if x != y)
                if not same:
                    paths[k] = p.viterbi(em, a, b)
        labels = [LABELS[y] for path in paths for y in path]
        return Tagging(doc, labels, em, sents, p, self.scale)


def _context(doc: Doc) -> Context:
    """``Context(doc)``, field for field (tests/test_tagger_exact.py compares them), with the
    lexicon coverage built faster than ``features.coverage`` (that file is fingerprinted by the
    model, so it stays as trained): a token's B- tags are looked up by the classes of its hits,
    a handful of combinations in any article, and only a phrase's inner tokens get I- tags."""
    ctx = Context.__new__(Context)
    toks = doc.tokens
    ctx.n = n = len(toks)
    ctx.norms = [t.norm for t in toks]
    ctx.sents = sents = [t.sent for t in toks]
    ctx.cover = cover = _coverage(doc)
    gk = _GAP_KINDS
    ctx.gaps = [gk.get(t.gap) or gap_kind(t.gap) for t in toks]
    ctx.cues = [_cue_kind(c) if c else "" for c in cover]
    ctx.votes = [""] * n
    maq = "m" if doc.maqsura else "n"
    ctx.yq = [(maq + ("ى" if t.raw[-1] == "ى" else "ي")) if t.norm[-1] == "ي" else "" for t in toks]
    ctx.first = [a != b for a, b in zip([-1, *sents], sents)]  # noqa: B905 (one longer)
    ctx.last = [a != b for a, b in zip(sents, [*sents[1:], -1], strict=True)]
    return ctx


_B_TAGS: dict[tuple[str, ...], tuple[str, ...]] = {}  # the classes of a token's hits → its sorted B- tags


def _coverage(doc: Doc) -> list[tuple[str, ...]]:
    """``features.coverage(doc)``: for each token, ``B-cls`` where an entry starts, ``I-cls`` inside one."""
    hits = doc.hits
    cover: list[tuple[str, ...]] = [()] * len(hits)
    inner: dict[int, set[str]] = {}
    memo = _B_TAGS
    for k in compress(range(len(hits)), hits):  # the tokens where an entry starts
        hs = hits[k]
        classes = tuple([h.cls for h in hs])
        got = memo.get(classes)
        if got is None:
            if len(memo) > 4096:
                memo.clear()
            got = memo[classes] = tuple(sorted({"B-" + c for c in classes}))
        cover[k] = got
        for h in hs:
            if h.end - h.start > 1:
                for j in range(h.start + 1, h.end):
                    inner.setdefault(j, set()).add("I-" + h.cls)
    for j, tags in inner.items():
        cover[j] = tuple(sorted(tags.union(cover[j])))
    return cover


def doc_votes(doc: Doc, labels: list[str]) -> list[str]:
    """For each token, the labels the first pass gave the same word elsewhere in the document,
    where they disagree with its own and name something: "PERS" for a word labelled O here and
    PERS elsewhere, "O+PERS" if it is also plain elsewhere; "" otherwise.

    The word is its most stripped reading.  The token's own label does not count, so the
    feature says "this word is a name elsewhere here", not "I said so"; votes are rare, so the
    second pass re-decodes few sentences.
    """
    seen: dict[str, list[int]] = {}
    for t in doc.tokens:
        f = t.readings[-1][0]
        if len(f) >= 3:
            occ = seen.get(f)  # (not setdefault: that makes a list per token)
            if occ is None:
                seen[f] = [t.i]
            else:
                occ.append(t.i)
    out = [""] * len(labels)
    for occ in seen.values():
        if len(occ) < 2:
            continue
        kinds = [labels[j][2:] or "O" for j in occ]
        if kinds.count(kinds[0]) == len(kinds):
            continue  # every occurrence agrees (most words: no Counter made)
        counts = Counter(kinds)
        for k, i in enumerate(occ):
            # the kinds of the other occurrences, from the counts (not a copy of the list per occurrence)
            others = {x for x, c in counts.items() if c - (x == kinds[k]) > 0}
            if others != {kinds[k]} and others - {"O"}:
                out[i] = "+".join(sorted(others))
    return out


def _logsumexp(xs: list[float]) -> float:
    m = max(xs)
    if m == -math.inf:
        return m
    return m + math.log(sum(math.exp(x - m) for x in xs))


@dataclass
class Tagging:
    """The tagger's labels for one document, with probabilities computed on demand."""

    doc: Doc
    labels: list[str]  # one BIO label per token
    em: list[tuple[int, ...]] = field(repr=False)
    sents: list[tuple[int, int]] = field(repr=False)
    model: Pass = field(repr=False)
    scale: float = field(repr=False)
    _fb: dict[int, tuple[list[list[float]], list[list[float]], float]] = field(default_factory=dict, repr=False)
    # sentence → its forward-backward pass so far: (exp-emissions, forward vectors from the
    # first token on, backward vectors with None where not yet computed); see _row
    _sweeps: dict[int, tuple[list, list, list]] = field(default_factory=dict, repr=False)
    _rows: list[tuple[float, ...] | None] | None = field(default=None, repr=False)  # see marginal
    _ends: list[int] = field(default_factory=list, repr=False)  # each sentence's end, for _sentence_of

    def entities(self) -> list[tuple[int, int, str]]:
        """(first token, one past the last, type) of every labelled name."""
        out = []
        start = None
        typ = ""
        for i, lab in enumerate([*self.labels, "O"]):
            if start is not None and lab != "I-" + typ:
                out.append((start, i, typ))
                start = None
            if lab[0] == "B":
                start, typ = i, lab[2:]
        return out

    def _sentence_of(self, i: int) -> int:
        """The first sentence ending after token i (the last one if none does)."""
        ends = self._ends
        if not ends:
            ends = self._ends = [b for _, b in self.sents]
        return max(0, min(bisect_right(ends, i), len(ends) - 1))

    def _forward_backward(self, s: int) -> tuple[list[list[float]], list[list[float]], float]:
        """Log forward and backward scores of sentence s (natural-log units)."""
        got = self._fb.get(s)
        if got is not None:
            return got
        a, b = self.sents[s]
        k = 1.0 / self.scale
        p = self.model
        ninf = -math.inf
        tr = [[(t * k if t > _NEG else ninf) for t in row] for row in p.trans]
        em = [[v * k for v in self.em[t]] for t in range(a, b)]
        alpha = [[(p.start[y] * k if p.start[y] > _NEG else ninf) + em[0][y] for y in range(N)]]
        for t in range(1, b - a):
            prev = alpha[-1]
            alpha.append([_logsumexp([prev[x] + tr[x][y] for x in _PREV[y]]) + em[t][y] for y in range(N)])
        beta = [[p.end[y] * k for y in range(N)]]  # built back to front, reversed once (not inserted at 0)
        for t in range(b - a - 1, 0, -1):
            nxt = beta[-1]
            beta.append([_logsumexp([tr[y][z] + em[t][z] + nxt[z] for z in range(N)]) for y in range(N)])
        beta.reverse()
        z = _logsumexp([alpha[-1][y] + beta[-1][y] for y in range(N)])
        self._fb[s] = (alpha, beta, z)
        return alpha, beta, z

    def marginal(self, i: int, label: str) -> float:
        """P(token i has ``label``) under the model (labels in LABELS)."""
        rows = self._rows
        if rows is None:
            rows = self._rows = [None] * len(self.labels)
        if 0 <= i < len(rows):  # the row of token i, kept per token once computed
            row = rows[i]
            if row is None:
                s = self._sentence_of(i)
                row = rows[i] = self._row(s, i - self.sents[s][0])
            return row[_INDEX[label]]
        s = self._sentence_of(i)  # (out of range: indexed as a list of the sentence's rows would be)
        a, b = self.sents[s]
        probs = [self._row(s, t) for t in range(b - a)]
        return probs[i - a][_INDEX[label]]

    def _row(self, s: int, t: int) -> tuple[float, ...]:
        """The label probabilities of the t-th token of sentence s: its forward and backward
        vectors, normalised.  Each sentence's forward-backward pass runs only as far as the
        tokens asked about so far (the forward vectors up to the last, the backward ones down
        to the first: the actor stage asks about a few tokens of a sentence), by the same
        steps as the whole pass, so every probability is the same float."""
        sweep = self._sweeps.get(s)
        if sweep is None:
            sweep = self._sweeps[s] = self._sweep(s)
        ems, alphas, betas = sweep
        if t >= len(alphas):
            self._forward(ems, alphas, t)
        beta = betas[t]
        if beta is None:
            beta = self._backward(ems, betas, t)
        c0, c1, c2, c3, c4, c5, c6 = alphas[t]
        b0, b1, b2, b3, b4, b5, b6 = beta
        n0, n1, n2, n3, n4, n5, n6 = c0 * b0, c1 * b1, c2 * b2, c3 * b3, c4 * b4, c5 * b5, c6 * b6
        tot = n0 + n1 + n2 + n3 + n4 + n5 + n6 or 1.0
        return (n0 / tot, n1 / tot, n2 / tot, n3 / tot, n4 / tot, n5 / tot, n6 / tot)

    def _sweep(self, s: int) -> tuple[list[tuple[float, ...]], list[tuple[float, ...]], list[tuple[float, ...] | None]]:
        """Sentence s's pass, started: every token's exp-emissions (rescaled per token), the
        first forward vector and the last backward one (the end scores)."""
        a, b = self.sents[s]
        k = 1.0 / self.scale
        _, start, end = _exp_scores(self.model, k)
        exp = math.exp
        ems = []
        for v0, v1, v2, v3, v4, v5, v6 in self.em[a:b]:
            x0 = v0 * k  # (one by one: a tuple of seven would be built and unpacked)
            x1 = v1 * k
            x2 = v2 * k
            x3 = v3 * k
            x4 = v4 * k
            x5 = v5 * k
            x6 = v6 * k
            m = max(x0, x1, x2, x3, x4, x5, x6)
            ems.append((exp(x0 - m), exp(x1 - m), exp(x2 - m), exp(x3 - m), exp(x4 - m), exp(x5 - m), exp(x6 - m)))
        e0, e1, e2, e3, e4, e5, e6 = ems[0]
        n0, n1, n2, n3, n4, n5, n6 = (start[0] * e0, start[1] * e1, start[2] * e2, start[3] * e3, start[4] * e4,
                                      start[5] * e5, start[6] * e6)
        tot = n0 + n1 + n2 + n3 + n4 + n5 + n6 or 1.0
        alphas = [(n0 / tot, n1 / tot, n2 / tot, n3 / tot, n4 / tot, n5 / tot, n6 / tot)]
        betas: list[tuple[float, ...] | None] = [None] * (b - a)
        betas[-1] = end
        return ems, alphas, betas

    def _forward(self, ems: list[tuple[float, ...]], alphas: list[tuple[float, ...]], last: int) -> None:
        """Forward vectors on to token ``last`` (rescaled at each token), unrolled over the 7
        labels and the 34 transitions BIO allows (the forbidden ones only ever add 0.0): each
        sum adds its terms left to right in the order of the plain loops
        (tests/test_tagger_exact.py)."""
        (t00, t01, t03, t05, t10, t11, t12, t13, t15, t20, t21, t22, t23, t25, t30, t31, t33, t34, t35,
         t40, t41, t43, t44, t45, t50, t51, t53, t55, t56, t60, t61, t63, t65, t66), _, _ = (
            _exp_scores(self.model, 1.0 / self.scale))
        push = alphas.append
        c0, c1, c2, c3, c4, c5, c6 = alphas[-1]
        for e0, e1, e2, e3, e4, e5, e6 in ems[len(alphas) : last + 1]:
            n0 = e0 * (c0 * t00 + c1 * t10 + c2 * t20 + c3 * t30 + c4 * t40 + c5 * t50 + c6 * t60)
            n1 = e1 * (c0 * t01 + c1 * t11 + c2 * t21 + c3 * t31 + c4 * t41 + c5 * t51 + c6 * t61)
            n2 = e2 * (c1 * t12 + c2 * t22)
            n3 = e3 * (c0 * t03 + c1 * t13 + c2 * t23 + c3 * t33 + c4 * t43 + c5 * t53 + c6 * t63)
            n4 = e4 * (c3 * t34 + c4 * t44)
            n5 = e5 * (c0 * t05 + c1 * t15 + c2 * t25 + c3 * t35 + c4 * t45 + c5 * t55 + c6 * t65)
            n6 = e6 * (c5 * t56 + c6 * t66)
            tot = n0 + n1 + n2 + n3 + n4 + n5 + n6 or 1.0
            alpha = (n0 / tot, n1 / tot, n2 / tot, n3 / tot, n4 / tot, n5 / tot, n6 / tot)
            push(alpha)  # (the one tuple made: kept, then read back)
            c0, c1, c2, c3, c4, c5, c6 = alpha

    def _backward(self, ems: list[tuple[float, ...]], betas: list[tuple[float, ...] | None],
                  first: int) -> tuple[float, ...]:
        """Backward vectors from the last one computed down to token ``first`` (rescaled at each
        token, unrolled as in _forward); returns token ``first``'s."""
        (t00, t01, t03, t05, t10, t11, t12, t13, t15, t20, t21, t22, t23, t25, t30, t31, t33, t34, t35,
         t40, t41, t43, t44, t45, t50, t51, t53, t55, t56, t60, t61, t63, t65, t66), _, _ = (
            _exp_scores(self.model, 1.0 / self.scale))
        t = first + 1
        while betas[t] is None:
            t += 1
        b0, b1, b2, b3, b4, b5, b6 = betas[t]
        while t > first:
            e0, e1, e2, e3, e4, e5, e6 = ems[t]
            n0 = t00 * e0 * b0 + t01 * e1 * b1 + t03 * e3 * b3 + t05 * e5 * b5
            n1 = t10 * e0 * b0 + t11 * e1 * b1 + t12 * e2 * b2 + t13 * e3 * b3 + t15 * e5 * b5
            n2 = t20 * e0 * b0 + t21 * e1 * b1 + t22 * e2 * b2 + t23 * e3 * b3 + t25 * e5 * b5
            n3 = t30 * e0 * b0 + t31 * e1 * b1 + t33 * e3 * b3 + t34 * e4 * b4 + t35 * e5 * b5
            n4 = t40 * e0 * b0 + t41 * e1 * b1 + t43 * e3 * b3 + t44 * e4 * b4 + t45 * e5 * b5
            n5 = t50 * e0 * b0 + t51 * e1 * b1 + t53 * e3 * b3 + t55 * e5 * b5 + t56 * e6 * b6
            n6 = t60 * e0 * b0 + t61 * e1 * b1 + t63 * e3 * b3 + t65 * e5 * b5 + t66 * e6 * b6
            tot = n0 + n1 + n2 + n3 + n4 + n5 + n6 or 1.0
            beta = (n0 / tot, n1 / tot, n2 / tot, n3 / tot, n4 / tot, n5 / tot, n6 / tot)
            t -= 1
            betas[t] = beta  # (the one tuple made: kept, then read back)
            b0, b1, b2, b3, b4, b5, b6 = beta
        return betas[first]  # type: ignore[return-value]

    def span_confidence(self, i: int, j: int, typ: str) -> float:
        """P(tokens i … j-1 are exactly one name of type ``typ``): B-typ, I-typ …, then no I-typ.

        0.0 for a span that crosses a sentence boundary or is empty.
        """
        if j <= i or typ not in TYPES:
            return 0.0
        s = self._sentence_of(i)
        a, b = self.sents[s]
        if j > b:
            return 0.0
        alpha, beta, z = self._forward_backward(s)
        k = 1.0 / self.scale
        p = self.model
        yb, yi = _INDEX["B-" + typ], _INDEX["I-" + typ]
        logp = alpha[i - a][yb]
        last = yb
        for t in range(i + 1, j):
            logp += (p.trans[last][yi] + self.em[t][yi]) * k
            last = yi
        if j == b:
            logp += beta[j - 1 - a][last]
        else:
            nxt = beta[j - a]
            logp += _logsumexp([
                (p.trans[last][y] + self.em[j][y]) * k + nxt[y] for y in range(N) if y != yi
            ])
        return min(1.0, math.exp(logp - z))


def _exp_scores(p: Pass, k: float) -> tuple[tuple[float, ...], tuple[float, ...], tuple[float, ...]]:
    """exp of the 34 transition scores BIO allows (row by row), of the start scores (0 where
    BIO forbids the label) and of the end scores, once per model."""
    got = p.exp_scores.get(k)
    if got is None:
        trans = tuple(math.exp(t * k) for row in p.trans for t in row if t > _NEG)
        if len(trans) != 34:
            raise ValueError("a transition weight at the forbidden value")
        start = tuple(math.exp(v * k) if v > _NEG else 0.0 for v in p.start)
        got = p.exp_scores[k] = (trans, start, tuple(math.exp(v * k) for v in p.end))
    return got


_CACHE: dict[str, Model] = {}


def model_path() -> Path:
    env = os.environ.get("MARSAD_NER_MODEL")
    return Path(env) if env else MODEL_FILE


def load_model(path: Path | None = None) -> Model:
    """The model at ``path`` (default: MARSAD_NER_MODEL or the shipped one), loaded once."""
    path = path or model_path()
    key = str(path)
    m = _CACHE.get(key)
    if m is None:
        m = _CACHE[key] = Model(_decoded(path), key)
    return m


def _decoded(path: Path) -> dict[str, Any]:
    """``read_model(path)``, from the compiled cache beside the lexicon's when a run before
    decoded the same file (keyed by its checksums): a third of a one-article run's start-up
    was gunzip and JSON."""
    from ..lexicon.compiled import cached

    def dump(data: dict[str, Any]) -> dict[str, Any]:
        out = dict(data)
        out["passes"] = [{**p, "w": PackedWeights.of(p["w"])} for p in data["passes"]]
        return out

    def undump(raw: object) -> dict[str, Any]:
        if not isinstance(raw, dict) or not isinstance(raw.get("passes"), list):
            raise TypeError("not a decoded model")
        raw["passes"] = [{**p, "w": PackedWeights(*p["w"])} for p in raw["passes"]]
        return raw

    return cached(FORMAT + "|decoded/3", lambda: read_model(path), dump, undump, name="ner", sources=[path])


def read_model(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
        if raw[:2] == b"\x1f\x8b":
            import gzip  # only when the compiled cache is cold

            raw = gzip.decompress(raw)
        data = json.loads(raw)
    except (OSError, EOFError, ValueError) as exc:
        raise ModelError(f"{path}: cannot read the name-tagger model ({type(exc).__name__})") from None
    if not isinstance(data, dict):
        raise ModelError(f"{path}: not a {FORMAT} model")
    return data


def tag(doc: Doc) -> Tagging:
    """Label every token of ``doc`` (the shipped model, or MARSAD_NER_MODEL)."""
    return load_model().tag(doc)
