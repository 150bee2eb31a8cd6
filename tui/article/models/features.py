"""Token features for the name tagger, computed from a :class:`~tui.article.doc.Doc`.

Features come in two kinds, so inference can cache their weights:

* **word features** depend on one word and its offset from the token (−2 … +2): the normal
  form, its clitic-stripped readings, the stem without the article, affixes, shape.  They
  are strings ``"{offset}{name}={value}"`` computed once per distinct word
  (:func:`word_features`); the tagger caches their summed weights per (offset, word).
* **context features** depend on the document: lexicon classes (with their B/I position in
  multiword entries) of the token and its neighbours, cue words to the left (a title, rank
  or honorific; a reporting verb), the punctuation in the gaps, the position in the
  sentence, the article's ى/ي habit for a word ending in ي, and (second pass) what the first
  pass said about the same word elsewhere in the document (:func:`context_features`).

Lexicon classes come from ``doc.hits``, so classes added later (the gazetteers: given,
surname, gaz_place, gaz_org) become features without a code change — retrain to use them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc
from ..doc.tokens import comma, hard, plain, quote, readings

OFFSETS = (-2, -1, 0, 1, 2)
BOS = "<s>"  # the words before and after a sentence
EOS = "</s>"

# Lexicon classes that cue a name to their right.
TITLE_CUES = frozenset({"title", "rank", "honorific", "title_possessive", "profession"})
REPORT_CUES = frozenset({"reporting"})
_MAX_CUE = 3  # how far to the left a cue may stand


@lru_cache(maxsize=262144)
def word_features(word: str, off: int) -> tuple[str, ...]:
    """Features of a normal-form word seen at ``off`` tokens from the one being tagged."""
    p = str(off)
    if word in (BOS, EOS):
        return (p + "w=" + word,)
    forms = readings(word)
    stripped, cut = forms[-1]  # the reading with the most proclitics cut
    definite = stripped.startswith("ال") and len(stripped) > 4
    core = stripped[2:] if definite else stripped
    if off == 0:
        out = [p + "w=" + word, p + "c=" + core]
        out += [p + "r=" + f for f, _ in forms[1:]]
        if cut:
            out.append(p + "pc=" + word[:cut])
        if definite:
            out.append(p + "def")
        for k in (1, 2, 3, 4):
            if len(core) > k:
                out.append(p + f"p{k}=" + core[:k])
                out.append(p + f"x{k}=" + core[-k:])
        out.append(p + "sh=" + _shape(word))
        out.append(p + "len=" + str(min(len(core), 9)))
        return tuple(out)
    if off in (-1, 1):
        out = [p + "w=" + word, p + "c=" + core]
        if definite:
            out.append(p + "def")
        if len(core) > 2:
            out.append(p + "x2=" + core[-2:])
        out.append(p + "sh=" + _shape(word))
        return tuple(out)
    return (p + "c=" + core,)


_DIGIT = re.compile(r"\d")
_LATIN = re.compile("[a-z]")


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if _DIGIT.search(word):
        return "dx"
    if word.isascii():
        return "lat"
    if _LATIN.search(word):
        return "mix"
    return "ar"


def coverage(doc: Doc) -> list[tuple[str, ...]]:
    """For each token, its lexicon tags: ``B-cls`` where an entry starts, ``I-cls`` inside one."""
    cover: list[tuple[str, ...]] = [()] * len(doc.tokens)
    sets: dict[int, set[str]] = {}
    for hits in doc.hits:
        for h in hits:
            sets.setdefault(h.start, set()).add("B-" + h.cls)
            for k in range(h.start + 1, h.end):
                sets.setdefault(k, set()).add("I-" + h.cls)
    for k, tags in sets.items():
        cover[k] = tuple(sorted(tags))
    return cover


_GAP_KINDS: dict[str, str] = {}


def gap_kind(gap: str) -> str:
    """What separates two tokens: ^ nothing (first token), _ space, q a quotation mark,
    . hard punctuation, , a comma, p anything else."""
    kind = _GAP_KINDS.get(gap)
    if kind is None:
        kind = _gap_kind(gap)
        if len(_GAP_KINDS) < 4096:
            _GAP_KINDS[gap] = kind
    return kind


def _gap_kind(gap: str) -> str:
    if not gap:
        return "^"
    if plain(gap):
        return "_"
    if quote(gap):
        return "q"
    if hard(gap):
        return "."
    if comma(gap):
        return ","
    return "p"


@lru_cache(maxsize=4096)
def _cue_kind(cover: tuple[str, ...]) -> str:
    """"T" if a title, rank or honorific covers the token, "R" for a reporting verb."""
    kinds = {"T" if c[2:] in TITLE_CUES else "R" for c in cover if c[2:] in TITLE_CUES or c[2:] in REPORT_CUES}
    return "".join(sorted(kinds))


class Context:
    """A document's per-token context, computed once: ``keys()[i]`` holds everything the
    context features of token i depend on, so their weights can be cached by key, and
    ``columns()`` the words of every token's window."""

    def __init__(self, doc: Doc, votes: list[str] | None = None) -> None:
        toks = doc.tokens
        self.n = n = len(toks)
        self.norms = [t.norm for t in toks]
        self.sents = sents = [t.sent for t in toks]
        self.cover = coverage(doc)
        gk = _GAP_KINDS
        self.gaps = [gk.get(t.gap) or gap_kind(t.gap) for t in toks]
        self.cues = [_cue_kind(c) if c else "" for c in self.cover]
        self.votes = votes if votes is not None else [""] * n
        maq = "m" if doc.maqsura else "n"
        self.yq = [(maq + ("ى" if t.raw[-1] == "ى" else "ي")) if t.norm[-1] == "ي" else "" for t in toks]
        self.first = [a != b for a, b in zip([-1, *sents], sents)]  # noqa: B905 (one longer)
        self.last = [a != b for a, b in zip(sents, [*sents[1:], -1], strict=True)]

    def columns(self) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
        """The words at offsets −2 … +2 of every token, a column per offset."""
        norms, sents = self.norms, self.sents
        ss = [-1, -1, *sents, -1, -1]
        ws = [BOS, BOS, *norms, EOS, EOS]
        out = []
        for off in OFFSETS:
            fill = BOS if off < 0 else EOS
            out.append([w if t == s else fill for w, t, s in zip(ws[2 + off :], ss[2 + off :], sents)])  # noqa: B905
        return out[0], out[1], out[2], out[3], out[4]

    def keys(self) -> list[tuple]:
        """For each token: its lexicon tags, its neighbours' (None beyond the sentence for ±1,
        () for ±2), its cues, the gaps before and after, its ى/ي reading, its document vote."""
        cover, sents, n = self.cover, self.sents, self.n
        ss = [-1, -1, *sents, -1, -1]
        cs: list[tuple[str, ...]] = [(), (), *cover, (), ()]
        l1 = [None if f else c for c, f in zip(cs[1:], self.first)]  # noqa: B905
        l2 = [c if t == s else () for c, t, s in zip(cs, ss, sents)]  # noqa: B905
        r1 = [None if f else c for c, f in zip(cs[3:], self.last)]  # noqa: B905
        r2 = [c if t == s else () for c, t, s in zip(cs[4:], ss[4:], sents)]  # noqa: B905
        cues: list[tuple[tuple[int, str], ...]] = [()] * n
        for j, c in enumerate(self.cues):
            if c:
                for i in range(j + 1, min(n, j + _MAX_CUE + 1)):
                    cues[i] = self._cues(i)
        after = [*self.gaps[1:], "$"]
        return list(zip(cover, l1, l2, r1, r2, cues, self.gaps, after, self.yq, self.votes, strict=True))

    def _cues(self, i: int) -> tuple[tuple[int, str], ...]:
        """Cue words within the previous three tokens, with no hard punctuation in between."""
        s = self.sents[i]
        out = []
        for k in range(1, _MAX_CUE + 1):
            j = i - k
            if j < 0 or self.sents[j] != s or self.gaps[j + 1] == ".":
                break
            if self.cues[j]:
                out.append((k, self.cues[j]))
        return tuple(out)


@lru_cache(maxsize=65536)
def context_features(key: tuple) -> tuple[str, ...]:
    """The context features of a token from its :meth:`Context.key`."""
    own, l1, l2, r1, r2, cues, gb, ga, yq, vote = key
    out = ["bias"]
    out += ["L0=" + c for c in own]
    if l1 is None:
        out.append("first")
    else:
        out += ["L-1=" + c for c in l1]
        out += ["L-2=" + c[2:] for c in l2 if c[0] == "B"]
        # own lexicon class conjoined with the left neighbour's (title + given, given + surname …)
        out += ["LL=" + a + "|" + b for a in l1 for b in own]
    if r1 is None:
        out.append("last")
    else:
        out += ["L+1=" + c for c in r1]
        out += ["L+2=" + c[2:] for c in r2 if c[0] == "B"]
    for k, kinds in cues:
        out += [f"cue{c}@{k}" for c in kinds]
    out += sorted({f"cue{c}" for _, kinds in cues for c in kinds})
    out.append("gb=" + gb)
    out.append("ga=" + ga)
    if yq:
        # whether this final ي is a real ي depends on the article's habit with ى
        out.append("yq=" + yq)
    if vote:
        out.append("doc=" + vote)
    return tuple(out)


def token_features(ctx: Context) -> list[list[str]]:
    """Every feature of every token (training and the CRF read these; inference caches by
    word and by context key instead)."""
    out = []
    for window, key in zip(zip(*ctx.columns(), strict=True), ctx.keys(), strict=True):
        feats: list[str] = []
        for off, w in zip(OFFSETS, window, strict=True):
            feats += word_features(w, off)
        feats += context_features(key)
        out.append(feats)
    return out
