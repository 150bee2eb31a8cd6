"""Text layer: sentence and token boundaries with offsets, and the one normalisation
used for every match (no tashkeel or tatweel, one alef, ى→ي, ة→ه, hamza seats).

Everything here is a pure function of its input string; offsets always refer to the
string as given, so a match found on the normalised form maps back to the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..model import Sentence

# Tashkeel, Quranic marks, superscript alef and tatweel: dropped for matching.
_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans(
    {
        "\u0622": "\u0627",  # آ
        "\u0623": "\u0627",  # أ
        "\u0625": "\u0627",  # إ
        "\u0671": "\u0627",  # ٱ
        "\u0649": "\u064a",  # ى → ي
        "\u0629": "\u0647",  # ة → ه
        "\u0624": "\u0648",  # ؤ → و
        "\u0626": "\u064a",  # ئ → ي
        "\u06cc": "\u064a",  # Persian yeh
        "\u06a9": "\u0643",  # keheh
    }
)
_SPACES = re.compile(r"[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+")


@lru_cache(maxsize=65536)
def normalize(s: str) -> str:
    """The matching form of a word or phrase (the same folding the scorer uses)."""
    s = _DROP.sub("", s).translate(_FOLD)
    return _SPACES.sub(" ", s).strip(" .,،:؛\"'«»“”()-")


@dataclass(frozen=True, slots=True)
class Folded:
    """A normalised copy of a text with a map back to the original offsets.

    ``norm`` is the text with tashkeel and tatweel dropped and letters folded (one
    character for one, so only the dropped marks shift offsets); ``marks`` holds, for the
    j-th dropped character, its offset minus j, so an offset maps back by bisection.
    News text has few marks, which keeps this fast on long articles.
    """

    norm: str
    marks: tuple[int, ...]

    def orig(self, k: int) -> int:
        """Original offset of norm[k] (k == len(norm) maps to the text's end)."""
        return k + bisect_right(self.marks, k)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised slice norm[start:end]."""
        if end <= start:
            o = self.orig(start)
            return o, o
        return self.orig(start), self.orig(end - 1) + 1


def fold(text: str) -> Folded:
    norm = text.translate(_FOLD)
    if not _DROP.search(text):
        return Folded(norm, ())
    marks = tuple(m.start() - j for j, m in enumerate(_DROP.finditer(text)))
    return Folded(_DROP.sub("", norm), marks)


# A sentence ends at . ! ? ؟ before white space (a lone full stop, not an ellipsis
# "..." or ".." that runs on inside speech; a full stop after a number ends a sentence,
# a decimal point does not) or at a line break.
_SENT_END = re.compile(r"(?:(?<!\.)\.(?![.\d])|[!?؟]+)[\"»”')]*(?=\s|$)|\n+")


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


# Letters and digits (\w covers Arabic ones) plus tashkeel and tatweel, which are not \w;
# Arabic punctuation (، ؛ ؟ ٪) is deliberately outside.
_WORD = re.compile(r"(?:[^\W_]|[\u064b-\u065f\u0670\u0640])+")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens (letters and digits; punctuation dropped) with their offsets."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
