"""The tense of a clause's verb, read from the shape of its words (no list of verbs).

Arabic marks the future with a prefix: سـ before an imperfect verb (سيلتقي، ستعقد، سنعمل).
The test reads the folded text (``doc.normal.fold``: one alef, ة→ه, ى→ي), word by word, in
constant time each.  The words that only look like a سـ verb (سياسة، سيارة، سيطرت …) are
data: ``future_cues`` in ``lexicon/relative.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from ..doc.normal import key as normalize
from ..lexicon import load

# سـ + an imperfect prefix (يـ، تـ، نـ) + a stem of two letters or more (سيصل، ستعقد) whose first
# letter is not a long vowel: imperfect stems open on a consonant, while سابق، سياسة، ستيفن،
# ستاد open on ا or ي.  Person, number and an object pronoun may follow the stem (سيتوجهون،
# ستزوره); a word much longer than that is a name (ستولتنبرغ).  The first person (سأعمل)
# folds to سا like سابق، سالم and is left out: news speaks of others.
_FUTURE = re.compile(r"س[يتن](?![اي])\w{2,6}(?:ون|ان|ين)?(?:ه|ها|هم|هما|نا|ك|كم)?")
_CLITICS = ("و", "ف")


@cache
def _data() -> tuple[frozenset[str], tuple[str, ...]]:
    fc = load("relative")["future_cues"]
    return frozenset(normalize(w) for w in fc["not_verbs"]), tuple(normalize(w) for w in fc["not_verb_stems"])


def _bare(word: str) -> str:
    """The word without a leading و or ف (وسيلتقي → سيلتقي), when enough is left to be a verb."""
    return word[1:] if word[:1] in _CLITICS and len(word) > 3 else word


def future_verb(word: str) -> bool:
    """``word`` (folded) is سـ + an imperfect verb: ستعقد، وسيلتقي، سيصلون."""
    w = _bare(word)
    if not _FUTURE.fullmatch(w):
        return False
    not_verbs, not_stems = _data()
    return word not in not_verbs and w not in not_verbs and not w.startswith(not_stems)

