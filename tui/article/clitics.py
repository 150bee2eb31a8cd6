"""Word tokens for the actor stage: offsets, matching forms and clitic-stripped forms.

Arabic glues conjunctions (و، ف) and prepositions (ب، ل، ك) to the next word, and
ل + ال contracts to لل.  Every lexicon look-up tries each word with and without those
proclitics; ``cut`` records how many normalised letters were removed so a mention's
span can start after them ("وباريس" → the span of "باريس").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .text import normalize

_WORD = re.compile(r"[A-Za-z0-9\u0610-\u061a\u0621-\u0669\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f\u08a0-\u08ff]+")
_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ALEF = str.maketrans({"\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627"})

CONJ = "وف"
PREP = "بل"  # كـ ("like") is rare before names and would read كلاوس as ك + لاوس


@lru_cache(maxsize=65536)
def light(word: str) -> str:
    """Like ``normalize`` but keeping ى and ة, which tell "على" from "علي"."""
    return _DROP.sub("", word).translate(_ALEF).replace("\u0624", "\u0648").replace("\u0626", "\u064a")


@lru_cache(maxsize=65536)
def forms(word: str) -> tuple[tuple[str, int], ...]:
    """(form, cut) pairs of a normalised word: itself, then without و/ف, then without ب/ل/ك."""
    out: list[tuple[str, int]] = [(word, 0)]
    stage = [(word, 0)]
    if len(word) >= 3 and word[0] in CONJ:
        stage.append((word[1:], 1))
        out.append((word[1:], 1))
    for w, k in stage:
        if len(w) >= 3 and w[0] in PREP:
            if w.startswith("لل") and len(w) >= 4:
                out.append(("ال" + w[2:], k + 1))  # ل + ال
            else:
                out.append((w[1:], k + 1))
    return tuple(out)


def strip_al(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


@dataclass(slots=True)
class Tok:
    i: int
    start: int
    end: int
    raw: str
    norm: str
    lite: str
    forms: tuple[tuple[str, int], ...]
    gap: str = " "  # the characters between the previous token and this one
    lforms: tuple[tuple[str, int], ...] = ()  # ``forms`` in the light spelling (ى، ة kept)
    hamza_al: bool = False  # written أل/إل/آل (ألينا، آلاف): not the article, though normalised alike

    @property
    def definite(self) -> bool:
        """Starts with the article ال (written with a bare alef)."""
        return self.norm.startswith("ال") and not self.hamza_al

    def form_at(self, cut: int) -> str:
        """The form left after ``cut`` proclitic letters."""
        return next((f for f, k in self.forms if k == cut), self.norm)

    def has(self, words: frozenset[str] | set[str]) -> tuple[str, int] | None:
        for f, k in self.forms:
            if f in words:
                return f, k
        return None

    def has_light(self, words: frozenset[str] | set[str]) -> tuple[str, int] | None:
        for f, k in self.lforms:
            if f in words:
                return f, k
        return None

    def cut_start(self, cut: int) -> int:
        """Original offset after ``cut`` normalised letters of this token."""
        if cut <= 0:
            return self.start
        seen = 0
        for j, ch in enumerate(self.raw):
            if _DROP.match(ch):
                continue
            if seen == cut:
                return self.start + j
            seen += 1
        return self.end


@lru_cache(maxsize=65536)
def _word(raw: str) -> tuple[str, str, tuple[tuple[str, int], ...], tuple[tuple[str, int], ...], bool]:
    n = normalize(raw)
    lite = light(raw)
    fs = forms(n) if n else ()
    lfs = tuple(
        (("ا" + lite[k:]) if f.startswith("ال") and not lite[k:].startswith("ال") else lite[k:], k) for f, k in fs
    )
    bare = _DROP.sub("", raw)
    hamza_al = len(bare) > 2 and bare[0] in "أإآ" and bare[1] == "ل"
    return n, lite, fs, lfs, hamza_al


def tokenize(text: str) -> list[Tok]:
    toks: list[Tok] = []
    prev = 0
    for m in _WORD.finditer(text):
        raw = m.group()
        n, lite, fs, lfs, hamza_al = _word(raw)
        if not n:
            continue
        toks.append(Tok(len(toks), m.start(), m.end(), raw, n, lite, fs, text[prev : m.start()], lfs, hamza_al))
        prev = m.end()
    return toks


_PUNCT = re.compile(r"[^\s]")
_HARD = re.compile(r"[.!?؟:;؛\n()\[\]]")
_QUOTE = re.compile("[\"«»“”„']")


@lru_cache(maxsize=4096)
def plain(gap: str) -> bool:
    """Only white space between two tokens (or a hyphen inside a compound)."""
    return gap.isspace() or not _PUNCT.search(gap.replace("-", "").replace("ـ", ""))


@lru_cache(maxsize=4096)
def comma(gap: str) -> bool:
    return ("،" in gap or "," in gap) and not _HARD.search(gap)


@lru_cache(maxsize=4096)
def hard(gap: str) -> bool:
    return bool(_HARD.search(gap))


@lru_cache(maxsize=4096)
def quote(gap: str) -> bool:
    return bool(_QUOTE.search(gap))
