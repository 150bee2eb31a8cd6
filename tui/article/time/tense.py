"""The tense of a clause's verb, read from the shape of its words (no list of verbs).

Arabic marks the future with a prefix: سـ before an imperfect verb (سيلتقي، ستعقد، سنعمل).
The past has no prefix of its own, but the imperfect has one (يـ، تـ), so a clause whose
verb carries neither is told in the past (وصل، أفرج، اعتقلت، تم).  Both tests read the
folded text (``doc.normal.fold``: one alef, ة→ه, ى→ي), word by word, in constant time each.

The words that only look like a سـ verb (سياسة، سيارة، سيطرت …) and the particles that set
a clause's tense (لم، لن …) are data: ``future_cues`` and ``tense`` in
``lexicon/relative.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import pairwise

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
def _data() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str], frozenset[str]]:
    rel = load("relative")
    fc, tense = rel["future_cues"], rel["tense"]
    return (
        frozenset(normalize(w) for w in fc["not_verbs"]),
        tuple(normalize(w) for w in fc["not_verb_stems"]),
        frozenset(normalize(w) for w in tense["past"]),
        frozenset(normalize(w) for w in tense["future"]),
        frozenset(normalize(w) for w in tense["skip"]),
    )


@cache
def _before_nouns() -> frozenset[str]:
    return frozenset(normalize(w) for w in load("relative")["tense"]["before_nouns"])


def _bare(word: str, shortest: int = 3) -> str:
    """The word without a leading و or ف (وسيلتقي → سيلتقي، وقد → قد), when ``shortest``
    letters are left."""
    return word[1:] if word[:1] in _CLITICS and len(word) > shortest else word


def future_verb(word: str) -> bool:
    """``word`` (folded) is سـ + an imperfect verb: ستعقد، وسيلتقي، سيصلون."""
    w = _bare(word)
    if not _FUTURE.fullmatch(w) or (len(w) == 4 and w.endswith("ا")):
        return False  # (سـ, a prefix and two letters then a bare alif is an accusative noun: "سيلا"، "سيرا";
        # a longer verb may end on a folded hamza: "سيبدأ")
    not_verbs, not_stems, _, _, _ = _data()
    return word not in not_verbs and w not in not_verbs and not w.startswith(not_stems)


def modal_future(words: list[str]) -> bool:
    """قد before an imperfect verb is "may", a possibility ahead ("قد تهب"، "وقد يصل"), where
    before a perfect it is "already" ("قد وصل"): the imperfect's prefix tells them apart."""
    return any(_bare(w, 2) == "قد" and _imperfect(n) for w, n in pairwise(words))


def _imperfect(w: str) -> bool:
    """يـ and a stem (يصل، يتوقع), or تـ and two letters (تهب، تصل): a longer تـ word may be
    a perfect of the fifth form, "already" after قد (قد ترأس، قد تسلم)."""
    return (w[:1] == "ي" and len(w) >= 3) or (w[:1] == "ت" and len(w) == 3)


def clause_tense(words: Iterable[str]) -> str | None:
    """"past", "present" or "future": the tense of the first verb-like word of a clause
    (folded words, the time expression left out).  Definite nouns (a fronted subject:
    "الشرطة أفرجت") and light words are passed over, and so is a word right after a
    preposition (a noun: "في تقرير"); a particle decides (لم → past, لن → future); a سـ verb
    is the future, a يـ or تـ imperfect the present (تم، توفيت, with a past ending or too
    short for تـ and a stem, are past), anything else the past.  None for a clause with no
    such word."""
    _, _, past, future, skip = _data()
    governed = False
    for word in words:
        w = _bare(word, 2)
        after_preposition, governed = governed, w in _before_nouns()
        if word in skip or w in skip or w.startswith("ال") or after_preposition:
            continue  # (a word a preposition governs is a noun: "في تقرير", "مع تراجع")
        if w in past:
            return "past"
        if w in future or future_verb(word):
            return "future"
        if w[:1] == "ي" and len(w) >= 3:
            return "present"
        if w[:1] == "ت" and len(w) >= 3 and not w.endswith(("ت", "وا", "تا")):
            return "present"
        return "past"
    return None
