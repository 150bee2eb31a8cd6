"""Reporting cues: the verbs, participles, verbal nouns and attribution phrases that
introduce or attribute speech ("قالت"، "وأضاف"، "مؤكدا"، "قول"، "حسبما"، "وفقا لـ").

Every form is generated from ``lexicon/reporting_verbs.toml`` (person, gender and number,
proclitics و/ف/س/ل, object suffixes) and matched on the normalised text, so spelling
variants (أ/ا، ة/ه، tashkeel, tatweel) all match; offsets refer to the original text.

    find_cues(doc) -> tuple[Cue, ...]         every cue in text order
    cue_for_word(word) -> Cue | None           is this one word a reporting cue? (offsets 0..len)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .. import lexicon
from ..doc import Doc, Token, anchored, build_doc
from ..doc.document import SEATED_ALEF
from ..doc.normal import DROPPED
from ..doc.normal import key as normalize
from ..lexicon.index import noun_forms

# Kinds of cue.
VERB = "verb"  # قال، وأضافت، يؤكد
PARTICIPLE = "participle"  # مضيفا، مؤكدة
MASDAR = "masdar"  # قول المعارضة بأن، قوله إن
AFTER = "after"  # حسبما، وفقا لـ، بحسب: the source follows content already given
CLOSE = "close"  # على حد تعبيره: closes a stretch of speech
IMPERSONAL = "impersonal"  # يذكر أن: the journalist's own aside

STRONG = frozenset({"an", "bi_an", "ila_an", "ala_an", "min_an", "fi_an", "colon", "mark"})

_OBJ = ("هما", "هم", "هن", "ها", "ه", "نا", "ني", "كم", "ك")  # object / possessive suffixes (folded)


@dataclass(frozen=True, slots=True)
class Form:
    lemma: str  # the 3ms perfect as in the lexicon (قال)
    kind: str
    tense: str | None  # "past" | "present" | None
    person: int  # 1, 2 or 3 (3 for participles and nouns)
    gender: str | None  # "m" | "f" | None (unknown / either)
    number: str  # "sg" | "du" | "pl"
    complements: tuple[str, ...]
    bare_ok: bool = True
    transitive: bool = False
    ta: bool = False  # written with a final ة (folded to ه): the text must have ة there too
    suffix_ok: bool = False  # takes an object suffix (transitive, or "ما قاله")
    hamza: bool = False  # written with a hamza on an alef inside the word (رأت): see writes_hamza


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    text: str  # as written in the article
    lemma: str
    kind: str
    tense: str | None
    person: int
    gender: str | None
    number: str
    complements: tuple[str, ...]
    prefix: str = ""  # proclitics as folded (و، ف، وس …)
    suffix: str = ""  # object / possessive suffix as folded (ه، ها …)
    transitive: bool = False  # takes an object: the noun after it may not be its subject
    ambiguous: bool = False  # a bare form that is mostly another word (عبر "via", بين "between")

    @property
    def bare(self) -> bool:
        return not self.prefix and not self.suffix


def _past_forms(past: str, stem: str) -> list[tuple[str, int, str | None, str]]:
    """(form, person, gender, number) of the perfect."""
    if past.endswith(("ا", "ى")):  # defective: دعا → دعت، دعوا ; نفى → نفت، نفوا
        root = past[:-1]
        return [
            (past, 3, "m", "sg"),
            (root + "ت", 3, "f", "sg"),
            (root + "وا", 3, "m", "pl"),
            (root + "تا", 3, "f", "du"),
            (stem + "ت", 1, None, "sg"),
            (stem + "نا", 1, None, "pl"),
        ]
    return [
        (past, 3, "m", "sg"),
        (past + "ت", 3, "f", "sg"),
        (past + "وا", 3, "m", "pl"),
        (past + "ا", 3, "m", "du"),
        (past + "تا", 3, "f", "du"),
        (stem + "ن", 3, "f", "pl"),
        (stem + "ت", 1, None, "sg"),
        (stem + "نا", 1, None, "pl"),
    ]


def _present_forms(present: str) -> list[tuple[str, int, str | None, str]]:
    body = present[1:]
    root = body[:-1] if body.endswith(("و", "ي", "ى")) else body
    return [
        (present, 3, "m", "sg"),
        ("ت" + body, 3, "f", "sg"),
        ("أ" + body, 1, None, "sg"),
        ("ن" + body, 1, None, "pl"),
        ("ي" + root + "ون", 3, "m", "pl"),
        ("ي" + root + "ان", 3, "m", "du"),
        ("ت" + root + "ان", 3, "f", "du"),
    ]


def _participle_forms(p: str) -> list[tuple[str, int, str | None, str]]:
    base = p[:-1] if p.endswith("ا") else p
    # (the masculine dual in the oblique is written as the plural: "مؤكدين"; the feminine's dual
    # has its own: "معتبرتين" — not its plural in ات, as often a noun: "مضيفات" are hostesses)
    return [(base + "ا", 3, "m", "sg"), (base + "ة", 3, "f", "sg"), (base + "ين", 3, "m", "pl"),
            (base + "تين", 3, "f", "du")]


@cache
def _table() -> dict[str, tuple[Form, ...]]:
    """Normalised word form -> the cue readings it has."""
    lex = lexicon.load("reporting_verbs")
    table: dict[str, list[Form]] = {}

    def add(word: str, form: Form) -> None:
        key = normalize(word)
        if word.endswith("ة"):  # forms are made with ta=False: replace() only where it changes
            form = replace(form, ta=True)
        if any(c in SEATED_ALEF for c in word[1:]):
            form = replace(form, hamza=True)
        if key and form not in table.setdefault(key, []):
            table[key].append(form)

    for v in lex.get("verb", []):
        lemma = v["past"]
        comps = tuple(v.get("complements", ()))
        bare_ok = bool(v.get("bare", True))
        tr = bool(v.get("transitive", False))
        suffix_ok = tr or bool(v.get("suffix_ok", False))
        if v.get("participle_only"):
            feminine = v.get("participle_feminine", True)
            for w, per, g, n in _participle_forms(v["participle"]):
                if g == "f" and feminine is not True:
                    if feminine:  # only before these complements: "مذكرة بأن" reminds, "مذكرة" alone is a memo
                        add(w, Form(lemma, PARTICIPLE, None, per, g, n, tuple(feminine), True, tr))
                    continue
                add(w, Form(lemma, PARTICIPLE, None, per, g, n, comps, True, tr))
            continue
        skip = set(v.get("skip", ()))
        for w, per, g, n in _past_forms(v["past"], v.get("stem", v["past"])):
            if w in skip:
                continue
            add(w, Form(lemma, VERB, "past", per, g, n, comps, bare_ok or (w != v["past"]), tr, suffix_ok=suffix_ok))
        if v.get("present"):
            for w, per, g, n in _present_forms(v["present"]):
                add(w, Form(lemma, VERB, "present", per, g, n, comps, True, tr, suffix_ok=suffix_ok))
        if v.get("participle"):
            for w, per, g, n in _participle_forms(v["participle"]):
                if g == "f" and not v.get("participle_feminine", True):
                    continue  # ("متابعة": the noun "follow-up")
                add(w, Form(lemma, PARTICIPLE, None, per, g, n, comps, True, tr))
    masdar = lex.get("masdar", {})
    for w in masdar.get("forms", ()):
        add(w, Form(w, MASDAR, None, 3, None, "sg", tuple(masdar.get("complements", ())), True))
    for manner in lex.get("manner", ()):  # each with its own complements
        for w in manner.get("forms", ()):
            add(w, Form("قال", PARTICIPLE, None, 3, None, "sg", tuple(manner.get("complements", ())), True))
    return {k: tuple(v) for k, v in table.items()}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def _phrase_re() -> re.Pattern[str]:
    lex = lexicon.load("reporting_verbs")
    att = lex.get("attribution", {})
    groups = []
    # closing asides first: "وفق قوله" is one aside, not "وفق" + a source
    for kind, phrases in ((CLOSE, att.get("close", ())), (AFTER, att.get("after", ()))):
        alts = []
        for p in sorted((normalize(x) for x in phrases), key=len, reverse=True):
            body = re.escape(p).replace(r"\ ", r"\s+")
            # "وفقا لـ": the ل is a prefix of the next word, so no boundary after it
            tail = "" if p.endswith(" ل") else r"(?!\w)"
            alts.append(body + tail)
        groups.append(f"(?P<{kind}>{'|'.join(alts)})")
    imp = [re.escape(normalize(p)).replace(r"\ ", r"\s+") for p in lex.get("impersonal", {}).get("phrases", ())]
    imp.sort(key=len, reverse=True)
    groups.insert(0, f"(?P<{IMPERSONAL}>{'|'.join(imp)})")
    return re.compile(r"(?<!\w)و?(?:" + "|".join(groups) + ")")


@cache
def _phrase_firsts() -> tuple[str, ...]:
    """The first words of _phrase_re's phrases: a match opens with one, or with و before one."""
    lex = lexicon.load("reporting_verbs")
    att = lex.get("attribution", {})
    phrases = [*att.get("close", ()), *att.get("after", ()), *lex.get("impersonal", {}).get("phrases", ())]
    return anchored.first_words(normalize(p) for p in phrases)


_MARKS = re.compile(f"[{DROPPED}]*")
_DROP = re.compile(f"[{DROPPED}]")


def _whole(text: str, s: int, e: int) -> tuple[int, int]:
    """Extend a match over the diacritics that follow its last letter (مضيفاً، قولُ)."""
    return s, _MARKS.match(text, e).end()


def find_cues(doc: Doc) -> tuple[Cue, ...]:
    """Every reporting cue of the document, in text order (longest reading at each place):
    attribution phrases on the folded text, single-word cues on the document's tokens."""
    text, f = doc.text, doc.folded
    out: list[Cue] = []
    taken: list[tuple[int, int]] = []
    sent_starts = [x.start for x in doc.sentences]
    for m in anchored.finditer(_phrase_re(), _phrase_firsts(), f.norm, "و"):  # _phrase_re().finditer(f.norm)
        kind = m.lastgroup or AFTER
        s, e = _whole(text, *f.span(m.start(), m.end()))
        if kind == CLOSE and _opens_sentence(text, sent_starts, s):
            continue  # "كما قالت الوكالة إن …" at a sentence's start: "also said", its verb a cue of its own
        out.append(Cue(s, e, text[s:e], normalize(m.group()), kind, None, 3, None, "sg", ()))
        taken.append((s, e))
    k = 0  # phrase spans and tokens both come in text order: walk them together
    ntaken = len(taken)
    toks = doc.tokens
    for t in toks:
        if not _readings(t.norm):
            continue  # most words read as no cue at all (asked first: the walk below need not stop there)

        while k < ntaken and taken[k][1] <= t.start:
            k += 1
        if k < ntaken and taken[k][0] <= t.start:
            continue  # a word inside an attribution phrase
        cue = _read_token(text, t, doc.hamza)
        if cue is not None and cue.kind == VERB and t.i and not t.gap.strip() and (
                toks[t.i - 1].norm in prepositions_alone() or toks[t.i - 1].norm in _counting()):
            # "مصدر في | تجمع X": a word right after a preposition is a noun ("assembly"), no verb;
            # so is one a number word counts ("600 ألف | طالب": students, not "he demanded"; a digit
            # may end a date before the verb: "في 2019 أعلنت")
            continue
        if cue is not None and cue.kind == VERB and t.i and not t.gap.strip() and not cue.prefix and (
                _role_in_construct(toks, t.i - 1, out)):
            continue  # "رئيس | تجمع X": after a role noun in construct, a noun ("assembly"), no verb
        if cue is not None and cue.kind == PARTICIPLE and normalize(t.raw) in _feminine_before_bi_an() and not (
                t.i + 1 < len(toks) and toks[t.i + 1].norm.startswith("بان")):
            continue  # "مذكرة" is a memo unless بأن follows ("مذكرةً بأنها …": reminding)
        if cue is not None and cue.kind == PARTICIPLE and not cue.prefix and t.norm in _role_heads() and (
                t.i + 1 < len(toks) and not toks[t.i + 1].gap.strip() and toks[t.i + 1].definite) and (
                not t.gap.strip() and out and out[-1].kind == VERB and out[-1].end == toks[t.i - 1].end):
            # "وقالت كاتبة الدولة X": right after a verb of speech, a role noun in construct with the
            # definite word after it — the verb's subject, no participle ("writing")
            continue
        if cue is not None and cue.number == "du" and t.i and toks[t.i - 1].norm.isdigit() and not t.gap.strip():
            continue  # "1870 طالبا": the noun a number counts, in the accusative — no dual verb ("they both demanded")
        if cue is not None and cue.complements == ("charge",) and not _charge_follows(toks, t.i):
            continue  # "حملت الشاحنات الطحين"، "وهي تحمل صورته": carrying, no blame laid on anyone
        if cue is not None:
            out.append(cue)
    out.sort(key=lambda c: c.start)
    return tuple(out)


def _role_in_construct(toks: tuple[Token, ...] | list[Token], k: int, before: list[Cue]) -> bool:
    """Token k is a singular indefinite role noun opening its phrase — after a verb of speech,
    a preposition or punctuation — so in construct with the word after it ("اعتبر رئيس | تجمع
    X"); not an adjective ("مصدر مسؤول | قال") nor a dual or plural, whose ن no construct keeps."""
    t = toks[k]
    if t.norm not in _role_heads() or t.norm.endswith(("ان", "ون", "ين")):
        return False
    if k == 0 or t.gap.strip():
        return True
    prev = toks[k - 1]
    return prev.norm in prepositions_alone() or bool(before and before[-1].end == prev.end)


@cache
def _role_heads() -> frozenset[str]:
    """Indefinite role nouns of one word (``heads`` in titles.toml): in construct, what follows
    them is their genitive."""
    return frozenset(normalize(w) for w in noun_forms(lexicon.load("titles")["heads"])
                     if " " not in w and not w.startswith("ال"))


@cache
def _feminine_before_bi_an() -> frozenset[str]:
    """Feminine participles that report only before بأن (``participle_feminine = ["bi_an"]``)."""
    out = set()
    for v in lexicon.load("reporting_verbs").get("verb", []):
        if v.get("participle_feminine") == ["bi_an"]:
            out.update(normalize(w) for w, _per, g, _n in _participle_forms(v["participle"]) if g == "f")
    return frozenset(out)


CHARGE_AHEAD = 14  # words after a verb of charging where the noun of the charge may stand (spans.py too)


@cache
def _charge_nouns() -> frozenset[str]:
    """Nouns of the blame a verb of charging lays (``charge_nouns`` in reporting_verbs.toml)."""
    return frozenset(normalize(w) for w in lexicon.load("reporting_verbs")["words"]["charge_nouns"])


def charge_noun(t: Token) -> bool:
    """The token is a noun of the charge, with or without the article ("مسؤولية"، "المسؤولية")."""
    return t.norm.removeprefix("ال") in _charge_nouns()


def _charge_follows(toks: tuple[Token, ...] | list[Token], i: int) -> bool:
    """A noun of the charge within a few words after token i, in its sentence ("حمّل X Y مسؤولية")."""
    for k in range(i + 1, min(len(toks), i + 1 + CHARGE_AHEAD)):
        if re.search(r"[.!?؟\n]", toks[k].gap):
            return False
        if charge_noun(toks[k]):
            return True
    return False


@cache
def _counting() -> frozenset[str]:
    """Number words that count the noun after them (``numbers.toml`` ``counting``)."""
    return frozenset(normalize(w) for w in lexicon.load("numbers")["counting"]["words"])


@cache
def prepositions_alone() -> frozenset[str]:
    """Prepositions written alone (``names.toml`` ``prepositions``), in the normal form."""
    return frozenset(normalize(w) for w in lexicon.load("names")["prepositions"])


def _opens_sentence(text: str, sent_starts: list[int], s: int) -> bool:
    k = bisect_right(sent_starts, s) - 1
    return not text[sent_starts[k] if k >= 0 else 0 : s].strip(" \t\n\u00a0و")


_PREFIXES = ("وس", "فس", "ول", "فل", "و", "ف", "س", "ل", "")  # longest first, as a greedy reader would


@lru_cache(maxsize=65536)
def _readings(w: str) -> tuple[tuple[str, str, Form], ...]:
    """Every (proclitics, suffix, form) reading of one folded word that passes the checks
    needing no context, in the order a greedy reader tries them (cached: words repeat)."""
    table = _table()
    out = []
    sufs = [""] + [x for x in _OBJ if w.endswith(x)]
    n = len(w)
    for pre in _PREFIXES:
        if not w.startswith(pre):
            continue
        for suf in sufs:
            if len(pre) + len(suf) >= n:
                continue
            for form in table.get(w[len(pre) : n - len(suf)], ()):
                if form.kind == MASDAR and pre:
                    continue  # "بالقول", "وقول": fillers, not a speaker's noun
                if suf and (form.kind == PARTICIPLE or (form.kind == VERB and not form.suffix_ok)):
                    continue  # "أمله" is "his hope", not "he hoped him"
                if pre.endswith(("س", "ل")) and form.tense != "present":
                    continue
                out.append((pre, suf, form))
    return tuple(out)


def _read_token(text: str, t: Token, hamza: bool = True) -> Cue | None:
    """The first reading of one token as proclitics + a cue form + an object suffix
    (``hamza``: the article writes the hamza on alef, :func:`..doc.document.writes_hamza`)."""
    readings = _readings(t.norm)
    if not readings:
        return None
    s, e = t.start, t.end
    last = _DROP.sub("", t.raw)[-1:]
    for pre, suf, form in readings:
        if suf == "ه" and last == "ة":
            continue  # a feminine noun (إشارة), not a verb with an object suffix
        if form.ta and not suf and last != "ة":
            continue  # "أمله" (his hope) is not "آملة"
        if form.hamza and hamza and not any(c in SEATED_ALEF for c in t.raw):
            continue  # "فرات" (a name) is "فـ + رأت" only where the article drops its hamzas
        if form.kind == VERB and form.tense == "past" and form.lemma.startswith("أ") and (
                _DROP.sub("", t.raw)[len(pre) : len(pre) + 1] == "إ"):
            continue  # "بعد إدانته بـ": a verbal noun written with إ (his conviction), not the past
            # verb of the fourth form, which opens on أ ("أدانته": she condemned him)
        return Cue(s, e, text[s:e], form.lemma, form.kind, form.tense, form.person, form.gender,
                   form.number, form.complements, pre, suf, form.transitive, not form.bare_ok and not pre and not suf)
    return None


def cue_for_word(word: str) -> Cue | None:
    """The reading of one word as a reporting verb or participle (None if it is not one)."""
    cues = [c for c in find_cues(build_doc(word)) if c.kind in (VERB, PARTICIPLE) and c.end - c.start == len(word)]
    return cues[0] if cues else None
