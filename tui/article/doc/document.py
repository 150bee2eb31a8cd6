"""``Doc``: the article analysed once — cleaned text, normal form, sentences, tokens and
lexicon hits — that every component reads and adds its layer to."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..model import Sentence
from .normal import Folded, fold
from .tokens import Token, sentences, tokenize

if TYPE_CHECKING:
    from ..lexicon.index import Hit


@dataclass(slots=True)
class Doc:
    text: str
    folded: Folded
    sentences: tuple[Sentence, ...]
    tokens: list[Token]
    starts: list[int]  # token start offsets, for bisection
    maqsura: bool  # the article writes final ى, so a final ي is a real ي
    hits: list[list[Hit]]  # lexicon entries starting at each token
    hamza: bool = True  # the article writes the hamza on alef (writes_hamza)
    layers: dict[str, Any] = field(default_factory=dict)  # what the components add, by name

    # -- look-ups -------------------------------------------------------------------------
    def token_at(self, offset: int) -> int:
        """Index of the first token ending after ``offset`` (len(tokens) if none)."""
        k = bisect_right(self.starts, offset) - 1
        if k >= 0 and self.tokens[k].end > offset:
            return k
        return k + 1

    def token_range(self, start: int, end: int) -> range:
        """Indices of the tokens that lie inside [start, end)."""
        a = bisect_left(self.starts, start)
        b = bisect_left(self.starts, end)
        while b > a and self.tokens[b - 1].end > end:
            b -= 1
        return range(a, b)

    def sentence_tokens(self, s: int) -> range:
        sent = self.sentences[s]
        return self.token_range(sent.start, sent.end)

    def classes(self, i: int) -> set[str]:
        """Lexicon classes of the entries starting at token i."""
        return {h.cls for h in self.hits[i]}


def build_doc(text: str) -> Doc:
    """Analyse a cleaned text once: one pass each for sentences, tokens and lexicon hits."""
    from ..lexicon.index import lexicon  # the lexicon reads the normal form defined beside this module

    sents = sentences(text)
    toks = tokenize(text, sents)
    lx = lexicon()
    hits = lx.match_all(toks)
    maqsura = "\u0649" in text
    return Doc(text, fold(text), sents, toks, [t.start for t in toks], maqsura, hits, hamza=writes_hamza(toks))


# Words standard spelling always writes with a hamza on their alef (أن، إن، إلى، أنه، أكد …),
# as the normal form reads them.
SEATED_ALEF = "\u0623\u0625\u0622"  # أ إ آ: the alef with a hamza (or madda) the normal form folds to ا
_HAMZA_WORDS = frozenset({"ان", "انه", "انها", "الي", "اكد", "اكدت", "اضاف", "اضافت", "اعلن", "اعلنت"})


def writes_hamza(toks: list[Token]) -> bool:
    """The article writes the hamza on alef: most of its words that always carry one do
    (Egyptian and some Sudanese outlets drop it: "اكد ان").  Where it does, a word written
    without one is no hamza word ("فرات" the name, not "فـ + رأت")."""
    seated = bare = 0
    for t in toks:
        if t.norm in _HAMZA_WORDS:
            if t.raw[0] in SEATED_ALEF:
                seated += 1
            else:
                bare += 1
    return seated >= bare
