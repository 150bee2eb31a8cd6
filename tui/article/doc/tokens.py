"""Sentences and word tokens with offsets, each token in the one normal form with its
clitic readings.

Arabic glues conjunctions (و، ف) and prepositions (ب، ل، ك) to the next word, and ل + ال
contracts to لل.  ``readings`` lists a word's forms with and without those proclitics, each
with the number of letters cut from its front, so a match on "باريس" inside "وباريس" can
start its span after the clitic.  Which reading is right is for the lexicon, the tagger or
a rule to decide, never for the tokenizer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ..model import Sentence
from .normal import DROPPED, norm_word

# Letters and digits (\w covers Arabic ones) plus the marks the normal form drops, so a
# word with tashkeel, tatweel or a zero-width joiner inside stays one token.
# (Runs of either class, not one character at a time: the same words, read faster.)
WORD = re.compile(rf"(?:[^\W_]+|[{DROPPED}]+)+")
_MARK = re.compile(f"[{DROPPED}]")

# A sentence ends at . ! ? ؟ before white space (a lone full stop, not an ellipsis that runs
# on inside speech; a full stop after a number ends a sentence, a decimal point does not),
# with any closing quotation marks, or at a line break — not after the abbreviated forms of
# address "د." (doctor), "أ." (professor) and "م." (engineer), which a name follows ("قالت عميدة
# الكلية، د. X،"); "م." after a number is the era of a year ("عام 2020 م.") and may end one.
_END_TAIL = r"[\"»”')]*(?=\s|$)"
_SENT_END = re.compile(
    r"\.(?<!\.\.)(?<![\s،,(][دأ]\.)(?<![^\d\s][\s،,(]م\.)(?![.\d])" + _END_TAIL
    + r"|![!?؟]*" + _END_TAIL + r"|\?[!?؟]*" + _END_TAIL + r"|؟[!?؟]*" + _END_TAIL  # [!?؟]+, by its first mark
    + r"|\n\n*"
    # a full stop glued to the next word ("مقعد.وبالنسبة"), common in scraped text; one letter
    # before it is an abbreviation ("د.محمد"), and "نت"/"كوم" after it a site ("الموقع.نت")
    r"|\.(?<=[\u0621-\u064a]{2}\.)(?=[\u0621-\u064a]{2})(?!(?:نت|كوم)(?![\u0621-\u064a]))"
)
# (Every branch opens with one literal mark and the look-behinds follow it, so the engine
# builds a set of first characters and skips to the next . ! ? ؟ or line break instead of
# trying the branches at every offset: a branch that opens with a class ("[!?؟]+", "\n+")
# or a group would lose that set, and the scan took five times as long.)

CONJ = "وف"
PREP = "بلك"


@dataclass(slots=True)
class Token:
    i: int  # index in the document
    start: int  # offsets into the text
    end: int
    raw: str  # as written
    norm: str  # the normal form
    sent: int  # index of its sentence
    gap: str  # what stands between the previous token and this one (spaces, punctuation)
    readings: tuple[tuple[str, int], ...]  # (form, letters cut) with and without proclitics
    definite: bool  # the normal form opens with the article ال (kept, not computed: the rules ask it often)

    def cut_start(self, cut: int) -> int:
        """Offset in the text after ``cut`` normalised letters of this token."""
        if cut <= 0:
            return self.start
        seen = 0
        for j, ch in enumerate(self.raw):
            if _MARK.match(ch):
                continue
            if seen == cut:
                return self.start + j
            seen += 1
        return self.end

    def has(self, words: frozenset[str] | set[str] | dict) -> tuple[str, int] | None:
        """The first reading found in ``words``, with its cut."""
        for f, k in self.readings:
            if f in words:
                return f, k
        return None


@lru_cache(maxsize=131072)
def readings(word: str) -> tuple[tuple[str, int], ...]:
    """(form, cut) of a normalised word: itself, without و/ف, without ب/ل/ك after them.

    ك is read as a preposition only before the article ("كالعادة"), where it is common;
    elsewhere it is too often a word's own first letter.
    """
    out: list[tuple[str, int]] = [(word, 0)]
    stage = [(word, 0)]
    if len(word) >= 3 and word[0] in CONJ:
        stage.append((word[1:], 1))
        out.append((word[1:], 1))
    for w, k in stage:
        if len(w) < 3 or w[0] not in PREP:
            continue
        if w.startswith("لل") and len(w) >= 4:
            out.append(("ال" + w[2:], k + 1))  # ل + ال
        elif w[0] != "ك" or w[1:3] == "ال":
            out.append((w[1:], k + 1))
    return tuple(out)


def sentences(text: str) -> tuple[Sentence, ...]:
    """Sentence spans, trimmed of surrounding white space, covering every word."""
    out: list[Sentence] = []
    start = 0
    for m in _SENT_END.finditer(text):
        _add(out, text, start, m.end())
        start = m.end()
    _add(out, text, start, len(text))
    return tuple(out)


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))


def tokenize(text: str, sents: tuple[Sentence, ...]) -> list[Token]:
    """Word tokens in text order, each knowing its sentence (one pass over both).

    ``re.split`` with the word pattern captured hands over gap, word, gap, word … as
    strings, so no match object is made per word, and the offsets are running sums of
    their lengths; a word's normal form and readings are looked up once per distinct
    spelling."""
    toks: list[Token] = []
    append = toks.append
    parts = (_SPLIT if "_" in text else _SPLIT_NO_UNDERSCORE).split(text)
    known = _FORMS
    pos = 0  # offset of the word being read
    prev = 0  # end of the last token kept (a word of marks alone makes no token)
    s = 0
    n_sents = len(sents)
    s_end = sents[0].end if n_sents else 0
    for k in range(1, len(parts), 2):
        gap, raw = parts[k - 1], parts[k]
        start = pos + len(gap)
        pos = end = start + len(raw)
        got = known.get(raw)
        if got is None:
            norm = norm_word(raw)
            got = (norm, readings(norm), norm.startswith("ال")) if norm else ("", (), False)
            if len(known) < 200_000:  # bound the memo on huge vocabularies
                known[raw] = got
        norm = got[0]
        if not norm:
            continue
        while s + 1 < n_sents and s_end <= start:
            s += 1
            s_end = sents[s].end
        append(Token(len(toks), start, end, raw, norm, s, gap if prev == start - len(gap) else text[prev:start],
                     got[1], got[2]))
        prev = end
    if _MADDA_NAME in text:
        _hyphened_madda(toks)
    return toks


# "آن" (as in "آن-ماري"، "آن-صوفي") reads أن/إن in the normal form, which folds the madda: joined by a
# hyphen to the word after it, it is the first half of a compound given name, never the particle —
# so it keeps its madda, a word no lexicon lists as a function word.
_MADDA_NAME = "آن-"


def _hyphened_madda(toks: list[Token]) -> None:
    for t, nxt in pairwise(toks):
        if t.raw == "آن" and nxt.gap == "-":
            t.norm, t.readings, t.definite = "آن", readings("آن"), False


_SPLIT = re.compile(f"({WORD.pattern})")
# WORD's runs as one class, for a text without "_" (the one \w character WORD leaves out):
# the same words, split twice as fast as by WORD's nested alternation
_SPLIT_NO_UNDERSCORE = re.compile(rf"([\w{DROPPED}]+)")
_FORMS: dict[str, tuple[str, tuple[tuple[str, int], ...], bool]] = {}  # as written → (normal form, readings, definite)


# -- what stands between two tokens ----------------------------------------------------
_PUNCT = re.compile(r"[^\s\-ـ]")
_HARD = re.compile(r"[.!?؟:;؛\n()\[\]]")
_QUOTE = re.compile("[\"«»“”„']")


@lru_cache(maxsize=4096)
def plain(gap: str) -> bool:
    """Only white space between two tokens (or a hyphen inside a compound), within a paragraph:
    a blank line ends every phrase, as a headline without a full stop ends before its dateline."""
    return not _PUNCT.search(gap) and gap.count("\n") < 2


def aside_dash(gap: str) -> bool:
    """A dash with space on one side opens or closes an aside ("المديرة -في ردها- أن"); a
    hyphen inside a compound has none.  (``plain`` still reads both as space: the tagger was
    trained so.)"""
    return "-" in gap and gap.strip() != gap


@lru_cache(maxsize=4096)
def comma(gap: str) -> bool:
    return ("،" in gap or "," in gap) and not _HARD.search(gap)


@lru_cache(maxsize=4096)
def hard(gap: str) -> bool:
    return bool(_HARD.search(gap))


@lru_cache(maxsize=4096)
def quote(gap: str) -> bool:
    return bool(_QUOTE.search(gap))
