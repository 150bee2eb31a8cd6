"""What a token is, as the actor rules ask it: lexicon classes, reporting cues, and the
tagger's belief that it belongs to a name — all read from the document's layers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache

from ..doc import Doc, Token
from ..doc.normal import key
from ..doc.tokens import aside_dash, plain
from ..lexicon import load, word_set
from ..lexicon.index import Hit, Lexicon, lexicon, noun_forms
from ..models.common import common_words
from ..quotes.cues import PARTICIPLE, VERB, Cue

# Classes that say a word cannot open a person's name.
NOT_NAME = frozenset({"stop", "never", "title", "rank", "honorific", "title_modifier", "title_link", "title_stop",
                       "anon", "nationality", "month", "weekday", "hijri_month", "org_head", "org_head_weak",
                       "media_head", "place_head", "reporting"})
_CLOSED = frozenset({"stop", "never"})
_NISBA = frozenset({"nationality"})
_GIVEN_ANY = frozenset({"given", "given_m", "given_f", "given_rare"})
_CONSTRUCT_HEADS = frozenset({"org_head", "org_head_weak", "media_head", "place_head", "title"})
# Function words written with a final ى, which folds to ي: where an article writes ى, a
# word written with ي is another word (the name علي, not على).
_MAQSURA_WORDS = frozenset(["علي", "الي", "لدي", "حتي", "متي", "سوي", "مدي"])
_FUNCTION = frozenset({"stop", "never", "title_link", "title_stop"})
TYPES = ("PERS", "ORG", "LOC")


_PLACE_CLASSES = frozenset(["city", "capital", "country", "region", "gaz_place"])

# Lexicon classes that only name things: a word with no other class may be an unlisted name.
NAME_CLASSES = frozenset({"given", "given_rare", "given_m", "given_f", "given_x", "surname", "surname_rare",
                          "given_ambiguous", "gaz_place"})
# the rare names lists, whose noise holds everyday words ("جيشا"، "الطالب"، "وعمر")
RARE_NAME_CLASSES = frozenset({"surname_rare", "given_rare"})
_SUFFIXED = ("ه", "ها", "هم", "هما", "كم", "نا")  # his/her/their X: a noun, not a name
_SUFFIXED_LONGEST_FIRST = tuple(sorted(_SUFFIXED, key=len, reverse=True))
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")  # "يرافقه": a verb's object pronoun
_VERB_PREFIXES = ("سي", "ست", "سن", "لي", "لت", "لن")  # سيحدث، ليجند: a future or purpose verb


def _present_plural(w: str) -> bool:
    """"يقطعون"، "تعملون": a present verb of a plural subject, no name."""
    return len(w) >= 5 and w[0] in "يت" and w.endswith("ون")


@cache
def prepositions() -> frozenset[str]:
    """Prepositions in the normal form (``names.toml`` ``prepositions``)."""
    return frozenset(key(w) for w in load("names")["prepositions"])


@cache
def groups_of_people() -> frozenset[str]:
    """Plurals of people a person may be one of ("سكان"، "أهالي"، "عمال"، "وجهاء"), in the normal
    form: ``anonymous.toml``'s people, community and kin nouns and its plural heads."""
    anon = load("anonymous")
    heads = {key(w) for w in anon["heads"] if " " not in w}
    listed = {key(w) for name in ("people_plurals", "community_nouns", "kin_nouns") for w in anon[name]}
    return frozenset(listed) | frozenset(
        w for w in heads if w.endswith(("ون", "ين")) or w in (key("سكان"), key("شهود"), key("نشطاء")))


_RARE_NAME = frozenset({"surname", "given_x", "surname_rare", "given_rare"})
_SURNAME_ONLY = frozenset({"surname", "given_x"})


def _after_preposition(doc: Doc, k: int) -> bool:
    """Token k follows a preposition in its sentence with nothing but space between: it has
    no proclitic of its own ("في بيروت"، "من لندن").  After "علي", which may be the name, only
    و and ف stay possible ("علي وسعيد")."""
    if k == 0 or not plain(doc.tokens[k].gap):
        return False
    prev = doc.tokens[k - 1].norm
    if prev not in prepositions():
        return False
    return prev != "علي" or not doc.tokens[k].norm.startswith(("و", "ف"))


POSSESSIVE = ("هما", "هم", "هن", "ها", "ه")  # possessive pronoun suffixes, longest first
_POSSESSED = frozenset({"title_possessive"})


def _possessed_role(lx: Lexicon, w: str) -> bool:
    """A role noun the lexicon lists, with a possessive pronoun after it."""
    return unpossessed_role(lx, w) is not None


def manner_noun(t: Token) -> bool:
    """An indefinite noun behind ب saying how someone spoke ("بصوت خافت"، "بحسرة"، "بابتسامة")."""
    return t.norm.startswith("ب") and not t.norm.startswith("بال") and len(t.norm) >= 4 and not t.definite


def possessed_base(w: str) -> str | None:
    """The noun a word is before a possessive pronoun ("وزارتها" → "وزاره"، "مديره" → "مدير"),
    in the normal form (ة written ت before the suffix); None when it takes none."""
    suffix = next((x for x in POSSESSIVE if w.endswith(x)), None)
    if suffix is None or len(w) - len(suffix) < 3:
        return None
    base = w[: -len(suffix)]
    return base[:-1] + "ه" if base.endswith("ت") else base  # ممثلت|ها → ممثله


def unpossessed_role(lx: Lexicon, w: str) -> str | None:
    """The listed role noun a word is with a possessive pronoun after it ("رئيستها" → "رئيسه"،
    "مديره" → "مدير"), in the normal form; None when it is none."""
    base = possessed_base(w) if len(w) >= 5 else None
    if base is None:
        return None
    if lx.has("title_possessive", base):
        return base
    # the feminine of a listed role the list gives in the masculine only ("منسقتها" ~ "منسق")
    return base if base.endswith("ه") and lx.has("title_possessive", base[:-1]) else None


def feminine_before_suffix(w: str) -> bool:
    """"رئيستها"، "مبعوثته": a noun whose ة is written ت before a possessive suffix (never a
    definite one: "المتهم" is no "المت" + هم)."""
    return not w.startswith(("ال", "أل")) and any(w.endswith("ت" + s) and len(w) - len(s) >= 3 for s in POSSESSIVE)


def writes_maqsura(doc: Doc) -> bool:
    """Whether the article writes final ى where it belongs, so that a final ي is a real ي: it
    writes ى, and more often than it writes a function word of final ى with ي (الي، حتي، لدي —
    not "علي", which is also a name).  A text of mixed spelling goes by its majority."""
    if not doc.maqsura:
        return False
    alef = sum(1 for t in doc.tokens if t.raw.endswith("\u0649"))
    ya = sum(1 for t in doc.tokens if t.raw.endswith("ي") and t.norm in _YA_FOR_ALEF)
    return alef > ya


_YA_FOR_ALEF = frozenset(["الي", "لدي", "حتي", "متي"])


def _before_ibn(doc: Doc, k: int) -> bool:
    return k + 1 < len(doc.tokens) and doc.tokens[k + 1].norm in ("بن", "ابن")


def _before_family_name(doc: Doc, k: int) -> bool:
    """"علي الساعدي": a definite word the lexicon lists only as a family name follows — the
    name علي, though the article writes ي for ى (a preposition is followed by its noun)."""
    if k + 1 >= len(doc.tokens) or not plain(doc.tokens[k + 1].gap):
        return False
    nxt = doc.tokens[k + 1]
    classes = {h.cls for h in doc.hits[k + 1] if h.cut == 0 and h.end == k + 2}
    return nxt.definite and "surname" in classes and classes <= NAME_CLASSES and nxt.norm not in common_words()


_HEAD_CLASSES = frozenset({"org_head", "org_head_weak", "media_head", "place_head"})


_GIVEN_STRONG = frozenset({"given", "given_m", "given_f"})


@cache
def suffixed_particles() -> dict[str, str]:
    """Every preposition or particle with a pronoun suffix, in the normal form, mapped to the
    particle's own normal form ("منه" → "من"; names.toml)."""
    data = load("names")
    out: dict[str, str] = {}
    for host in data["suffix_hosts"]:
        h = key(host)
        stem = h[:-1] + "ي" if h.endswith("ي") and h not in ("في",) else h  # لدى/على/إلى keep their ي
        for suf in data["pronoun_suffixes"]:
            out[stem + key(suf)] = h
        if h.endswith("ن"):
            out[h + "ا"] = h  # "منا"، "عنا"، "إنا": ن + نا written once
    return out


def _plural_in_construct(w: str, nxt: Token) -> bool:
    """A sound masculine plural in construct (its ن dropped before a definite genitive:
    "مراقبو الحملة") — known by its full plural, which news text writes ("مراقبون"،
    "المراقبين"), so a foreign name in و ("فرانكو الإسباني") is none."""
    if len(w) < 5 or not w.endswith("و") or not nxt.definite or not plain(nxt.gap):
        return False
    stem = w[:-1]
    common = common_words()
    forms = (stem + "ون", stem + "ين", "ال" + stem + "ون", "ال" + stem + "ين")
    return any(f in common for f in forms) or any(
        cls not in NAME_CLASSES for f in forms[:2] for cls, _ in lexicon().one(f))


@cache
def _definite_head(w: str) -> bool:
    """The word is ال + a head noun the lexicon lists without the article."""
    return len(w) > 4 and not lexicon().classes_of(w[2:]).isdisjoint(_HEAD_CLASSES)


@cache
def _definite_statements() -> frozenset[str]:
    """"البيان"، "البلاغ"، "التقرير": statements that speak for their issuer (`statement` in
    reporting_verbs.toml), with the article — never a person's name."""
    forms = (key(w) for w in load("reporting_verbs")["words"]["statement"])
    return frozenset(w for w in forms if w.startswith("ال"))


class Words:
    def __init__(self, doc: Doc, cues: Iterable[Cue], tagging: object | None) -> None:
        self.doc = doc
        self.toks = doc.tokens
        self.n = len(doc.tokens)
        # one-word lexicon classes at each token: with any proclitic cut, and bare
        self.any: list[frozenset[str]] = []
        self.bare: list[frozenset[str]] = []
        self.governed: set[int] = set()  # tokens right after a preposition: no proclitic reading
        none: frozenset[str] = frozenset()
        lx = lexicon()
        # a word's one-word classes, with any proclitic cut and bare, depend on the word alone:
        # the classes of its readings' one-word entries (the hits of length one), and of the
        # reading with nothing cut
        word_sets = lx.derived("word_class_sets")
        possessed = lx.derived("possessed_role")  # _possessed_role's answers: they depend on the word alone
        doc_hits = doc.hits
        own_hits: list[list[Hit]] | None = None  # doc.hits with the possessed roles' hits, from the first one
        toks = doc.tokens
        preps = prepositions()
        any_, bare_ = self.any, self.bare
        maqsura: bool | None = None
        for k, tok in enumerate(toks):
            hs = doc_hits[k]
            role = possessed.get(tok.norm)
            if role is None:
                role = possessed[tok.norm] = _possessed_role(lx, tok.norm)
            if role:
                # a role noun with a possessive pronoun ("ممثلتها"، "سفيرها", "مستشاره"): a
                # title_possessive hit of its own, since the lexicon lists the bare noun
                if own_hits is None:
                    own_hits = list(doc_hits)
                hs = own_hits[k] = [*hs, Hit(k, k + 1, "title_possessive", "", 0)]
            extra = _rules_classes().get(tok.norm)
            if extra is not None:  # (the rules' class, whatever else the lexicon lists: "مدام" is a rare surname)
                any_.append(extra)
                bare_.append(extra)
                continue
            role_cut = _rules_role(tok)
            if role_cut is None and k + 1 < len(toks):
                role_cut = _role_given_name(lx, tok, toks[k + 1])
            if role_cut is not None and k and tok.norm in word_set("titles", "opening_only_heads") and plain(
                    tok.gap) and _definite(toks[k - 1]):
                role_cut = None  # "الهيئة الوطنية | المكلفة بمتابعة X": the adjective of what it follows
            if role_cut is not None:
                # a role noun the rules know and the lexicon (so the tagger) does not: a title hit
                if own_hits is None:
                    own_hits = list(doc_hits)
                hs = own_hits[k] = [*own_hits[k], Hit(k, k + 1, "title", "", role_cut)]
            if not hs:  # most tokens: no lexicon entry starts there
                any_.append(none)
                bare_.append(none)
                continue
            sets = word_sets.get(tok.norm)
            if sets is None:
                sets = word_sets[tok.norm] = (frozenset(c for f, _ in tok.readings for c in lx.classes_of(f)),
                                              lx.classes_of(tok.norm))
            one_any, one_bare = sets
            if role:  # a role noun with a possessive pronoun (its hit has no cut)
                one_any, one_bare = one_any | _POSSESSED, one_bare | _POSSESSED
            if role_cut is not None:
                one_any, one_bare = one_any | _TITLE, (one_bare | _TITLE) if role_cut == 0 else one_bare
            if (k and toks[k - 1].norm in preps and _after_preposition(doc, k)) or (
                    tok.norm.startswith("ف") and self._after_construct_head(k)):
                self.governed.add(k)
                one_any = one_bare  # only the reading with nothing cut
            if tok.raw.endswith("ي") and tok.norm in _MAQSURA_WORDS:
                if maqsura is None:
                    maqsura = writes_maqsura(doc)  # (counted once, at the first such word)
                ali_is_name = maqsura or _before_ibn(doc, k) or _before_family_name(doc, k)
            else:
                ali_is_name = False
            if ali_is_name:
                # this article writes ى, so "علي" is the name and not the preposition على; and
                # whatever it writes, "علي بن" is the name
                one_any, one_bare = one_any - _FUNCTION, one_bare - _FUNCTION
            any_.append(one_any)
            bare_.append(one_bare)
        self.hits = own_hits if own_hits is not None else doc_hits
        self.cue_at: dict[int, Cue] = {}
        for c in cues:
            if c.kind in (VERB, PARTICIPLE) and c.person == 3:
                k = doc.token_at(c.start)
                if k < self.n and self.toks[k].start == c.start:
                    self.cue_at[k] = c
        self.tagging = tagging
        self._alone: frozenset[str] | None = None
        self._counts: dict[str, int] = {}
        self._p: dict[tuple[int, str], float] = {}
        self._memos: dict[str, dict] = {}
        self._by_class: dict[str, list[int]] | None = None  # see starts_of
        self._not_name: list[bool] | None = None
        self._starts: dict[tuple[str, ...], list[int]] = {}
        self._relatives: dict[str, bool] = lx.derived("possessed_relative")  # see relation

    def _after_construct_head(self, k: int) -> bool:
        """Token k follows a head noun in construct ("شركة فوام"، "رئيس فنزويلا"): its genitive,
        which never opens with the conjunction ف."""
        if k == 0 or not plain(self.toks[k].gap) or self.toks[k - 1].norm.startswith("ال"):
            return False
        return not self.bare[k - 1].isdisjoint(_CONSTRUCT_HEADS)

    # -- lexicon ---------------------------------------------------------------------------
    def is_(self, i: int, *classes: str, bare: bool = False) -> bool:
        if not 0 <= i < self.n:
            return False
        have = self.bare[i] if bare else self.any[i]
        return not have.isdisjoint(classes)

    def longest(self, i: int, classes: Iterable[str], max_cut: int = 2) -> Hit | None:
        hits = self.hits[i]
        if not hits:
            return None
        want = classes if isinstance(classes, tuple) else frozenset(classes)  # callers pass a few classes
        if i in self.governed:
            max_cut = 0
        best: Hit | None = None
        for h in hits:
            if h.cls in want and h.cut <= max_cut and (best is None or h.end > best.end or
                                                      (h.end == best.end and h.cut < best.cut)):
                best = h
        return best

    def starts_of(self, classes: tuple[str, ...]) -> list[int]:
        """The tokens, in order, where an entry of one of ``classes`` starts (with any cut):
        the only tokens where :meth:`longest` can find one (cached per tuple of classes)."""
        got = self._starts.get(classes)
        if got is None:
            index = self._by_class
            if index is None:  # class → the tokens its entries start at, in one pass over the hits
                index = self._by_class = {}
                for k, hs in enumerate(self.hits):
                    for h in hs:
                        at = index.get(h.cls)
                        if at is None:
                            index[h.cls] = [k]
                        elif at[-1] != k:
                            at.append(k)
            got = self._starts[classes] = sorted({k for c in classes for k in index.get(c, ())})
        return got

    def given_before_patronymic(self, j: int) -> bool:
        """Token j, a listed given name with the article or without ("الهادي"، "السالكة"), or عبد
        glued to a divine name ("عبدالعزيز"), is joined to a patronymic particle (`patronymics` in
        names.toml: "بن"، "ولد"، "منت") and the word after it, on one line: the bearer's own given
        name, which a patronymic always follows — it opens a person's name, no title's or body's word."""
        k = j + 1
        if not (k + 1 < self.n and self.toks[k].norm in _patronymics() and self.joined(k) and self.joined(k + 1)
                and "\n" not in self.toks[k].gap):
            return False
        return self.is_(j, "given", "given_m", "given_f", "given_rare", bare=True) or self.divine_compound_glued(j)

    def divine_compound_glued(self, j: int) -> bool:
        """Token j is عبد glued to a divine name, written as one word ("عبدالرحمن"): a given name."""
        w = self.toks[j].norm
        return w.startswith("عبد") and len(w) > 5 and lexicon().has("divine", w[3:])

    def unlisted(self, j: int) -> bool:
        """A word only a name can be ("لعور"، "أرامكو"): no lexicon class but names, not one
        of the words news text writes outside names (common_words.txt), and no shape of a
        possessive noun, a case ending or a future verb."""
        t = self.toks[j]
        if len(t.norm) < 3 or t.norm.isdigit() or not self.bare[j] <= NAME_CLASSES:
            return False
        kunya = t.norm.startswith("ابو") and len(t.norm) >= 6  # "أبوزيدة": أبو glued to a family name
        if not kunya and (t.raw.endswith(_SUFFIXED) or t.raw.endswith(("ا", "ة")) or t.norm.startswith(_VERB_PREFIXES)
                          or _present_plural(t.norm)):
            return False
        common = common_words()
        return not any(f in common or lexicon().one(f) for f, _ in t.readings)  # "ببالغ" is ب + بالغ

    def lexicon_has(self, cls: str, form: str) -> bool:
        return lexicon().has(cls, form)

    def refers_back(self, i: int) -> bool:
        """Token i is a definite word ("الصياد"، "الخمسيني") whose indefinite form the text used
        before ("صياد في الستين"، "رجل خمسيني"): the article points back to whoever was described
        so — no family name."""
        t = self.toks[i]
        if not t.norm.startswith("ال") or len(t.norm) < 5 or self.is_(i, "given", bare=True):
            return False
        seen = self.memo("indefinite_first")
        if not seen:
            for k, tk in enumerate(self.toks):
                if not tk.definite:
                    for form, _ in tk.readings:
                        seen.setdefault(form, k)
        return seen.get(t.norm[2:], self.n) < i

    def memo(self, name: str) -> dict:
        """A per-document cache for a question asked of many tokens, many times."""
        got = self._memos.get(name)
        if got is None:  # (setdefault would make a dict on every call)
            got = self._memos[name] = {}
        return got

    def alone(self) -> frozenset[str]:
        """Every word form the article writes as a whole token (cached)."""
        if self._alone is None:
            norms = [t.norm for t in self.toks]
            self._alone = frozenset(norms)
            self._counts = Counter(norms)  # (counted in C)
        return self._alone

    def definite_stems(self) -> frozenset[str]:
        """Every word the article writes with the article ال ("الكلية"، "بالجائزة" → كلية،
        جائزة): a word that takes the article is a common noun, not a name (cached)."""
        memo = self.memo("definite_stems")
        got = memo.get(0)
        if got is None:
            got = memo[0] = frozenset(
                form[2:] for t in self.toks for form, _ in t.readings
                if form.startswith("ال") and len(form) > 4)
        return got

    def name_tails(self) -> frozenset[str]:
        """Words the tagger reads as a later word of a person's name right after a given
        name, with no proclitic of their own there (cached)."""
        memo = self.memo("name_tails")
        got = memo.get(0)
        if got is None:
            got = memo[0] = frozenset(
                t.norm for k, t in enumerate(self.toks)
                if k and self.label(k) == "I-PERS" and self.joined(k) and self.is_(k - 1, "given", bare=True))
        return got

    def proclitic_cut(self, i: int, heads: tuple[str, ...] = ()) -> int:
        """How many proclitic letters (و، ف، ب، ل) to cut before a name starting at token i —
        only on evidence: the article after them ("والحلف"، "للأمم"), the rest a word the
        lexicon knows while the whole is not ("لشركة"، "بولاية"), or the rest written alone
        elsewhere in the article ("وسميث" … "سميث").  Names that begin with one of these
        letters (وليد، بوتين، فيدانت، لافروف، وكالة) keep it."""
        t = self.toks[i]
        if len(t.readings) == 1 or i in self.governed:
            return 0
        if t.norm[0] == "و" and self.wa_name(i):
            return 0  # "يقول وارفا": a name that begins with و
        if t.norm in self.name_tails():
            return 0  # "وأضافت لارسن" after "X لارسن": the whole word ends a name elsewhere
        if t.norm in word_set("organizations", "broken_plural_heads"):
            return 0  # "لجان المقاومة": a plural of bodies, not ل + a name
        if self.and_name_opener(i) and i + 1 < self.n and self.joined(i + 1):
            return 1  # "وآل X"، "وأيت X"، "وسيدي X": و before a word that opens a name of a family or a place
        whole_known = bool(self.bare[i] - _SURNAME_ONLY)
        alone = self.alone()
        for form, cut in t.readings[1:]:
            if form.startswith("ال") and len(form) > 3:
                if whole_known and not any(h.cut == cut for h in self.doc.hits[i]) and form not in common_words():
                    return 0  # "فاليري": a known name, not ف + an unknown definite word
                return cut
            if len(form) < 3:
                continue
            rest = self.doc.hits[i]
            rest_known = any(h.cut == cut and h.end == i + 1 and (not heads or h.cls in heads)
                             and h.cls not in ("surname", "given_x", "stop", "never") for h in rest)
            if (rest_known or form in alone) and not whole_known:
                return cut  # ("لكارتر" … "كارتر": the rest is written alone elsewhere in the article)
            if t.norm in common_words() and form not in common_words():
                return 0  # "وحدات X": an everyday word whole, its rest none — the letter is its own
            if cut == 1 and t.norm[0] in "بل" and not whole_known and form in self.definite_stems():
                return cut  # "بكلية X" … "الكلية": the rest takes the article elsewhere, so it is a noun
            if not whole_known and not heads and form in common_words() and t.norm not in common_words():
                return cut  # "لمجموعة X"، "بمستشفى X": an ordinary noun with a preposition or conjunction
            if cut == 1 and t.norm[0] == "و" and self.bare[i] <= _RARE_NAME and any(
                    h.cut == 1 and h.end == i + 1 and h.cls == "given" for h in rest):
                return cut  # "وعمر": a rare surname as written, و + a common given name as read
            if cut == 1 and t.norm[0] == "و" and not whole_known and self._written_once(i):
                if not self.doc.hits[i] and form not in common_words() and self.label(i) == "B-PERS" and (
                        self.p(i, "PERS") >= 0.5):
                    return 0  # "وينستيد": neither reading is a known word, and the tagger reads one name
                if form not in common_words() and self.label(i) == "B-LOC" and self.p(i, "LOC") >= 0.5 and not any(
                        h.cls in _PLACE_CLASSES for h in self.doc.hits[i]) and not (
                        i and self.label(i - 1).endswith("LOC") and self.joined(i)
                        and not self.is_(i - 1, "place_head", "place_transparent", bare=True)):
                    return 0  # "وداي": the tagger reads one place, and no reading is a listed place
                    # (but "X وY" after a place it reads is two places joined by و — not after a
                    # place's head noun: "إقليم وداي")
                return cut  # و is the conjunction far more often than a name's first letter
        return 0

    def and_name_opener(self, i: int) -> bool:
        """Token i is و + a word that opens a family's or a place's name ("وآل"، "وأيت"، "وسيدي":
        `name_opening_words` in names.toml): the conjunction, never the name's first letter."""
        t = self.toks[i]
        return t.norm[:1] == "و" and (t.norm[1:], 1) in t.readings and t.norm[1:] in word_set(
            "names", "name_opening_words")

    def plural_in_construct(self, k: int) -> bool:
        """Token k is an indefinite plural in construct written in ي ("متضرري"، "أهالي"، "مزارعي"),
        not a name: the shape a masculine nisba adjective has too, told apart by the genitive after it."""
        t = self.toks[k]
        return not t.definite and len(t.norm) >= 4 and t.norm.endswith("ي") and not self.bare[k] & NAME_CLASSES and (
            not self.is_(k, "nationality"))

    def wa_name(self, i: int) -> bool:
        """Token i is a name that begins with و ("وارفا"): written whole at least twice, never
        without the و, and once right after a verb of speech, where no conjunction stands
        ("يقول وارفا") — and no lexicon knows it whole (those are read as listed)."""
        t = self.toks[i]
        if not t.norm.startswith("و") or len(t.norm) < 5 or len(t.readings) < 2 or not self.bare[i] <= _RARE_NAME:
            return False
        memo = self.memo("wa_name")
        got = memo.get(t.norm)
        if got is None:
            rest = next((f for f, c in t.readings if c == 1), "")
            got = memo[t.norm] = bool(rest) and rest not in self.alone() and self.count(t.norm) >= 2 and (
                t.norm in self._after_speech())
        return got

    def _after_speech(self) -> frozenset[str]:
        """The words written right after a verb of speech (one pass, cached)."""
        memo = self.memo("after_speech")
        got = memo.get(0)
        if got is None:
            got = memo[0] = frozenset(self.toks[k].norm for k in range(1, self.n)
                                      if self.joined(k) and self.reporting(k - 1) is not None)
        return got

    def _written_once(self, i: int) -> bool:
        """Token i's word form is written as a whole token nowhere else in the article (its
        count, not a copy of the article's vocabulary without it: that copy per question made
        this quadratic)."""
        return self.count(self.toks[i].norm) <= 1

    def li_glued(self, i: int) -> str | None:
        """The word ل is glued to at token i, read as the preposition ("لزاجل" → "زاجل"): an
        indefinite word of four letters or more with a reading that cuts one letter; else None."""
        t = self.toks[i]
        if t.norm[:1] != "ل" or t.definite or len(t.norm) < 4 or not any(c == 1 for _, c in t.readings):
            return None
        return t.norm[1:]

    def count(self, norm: str) -> int:
        """How many tokens are the word ``norm`` (their normal form)."""
        self.alone()  # counts the forms
        return self._counts.get(norm, 0)

    # -- cues ------------------------------------------------------------------------------
    def reporting(self, i: int) -> Cue | None:
        return self.cue_at.get(i)

    # -- the tagger ------------------------------------------------------------------------
    def rules_role(self, i: int) -> bool:
        """Token i is a role noun the rules know and the lexicon does not (``rules_only_heads``)."""
        return _rules_role(self.toks[i]) is not None

    def p(self, i: int, typ: str) -> float:
        """Probability that token i lies inside an entity of ``typ`` (B or I); cached."""
        if self.tagging is None or not 0 <= i < self.n:
            return 0.0
        k = (i, typ)
        got = self._p.get(k)
        if got is None:
            t = self.tagging
            got = self._p[k] = t.marginal(i, "B-" + typ) + t.marginal(i, "I-" + typ)  # type: ignore[attr-defined]
        return got

    def tagged(self, i: int, typ: str) -> bool:
        """The tagger's best path puts token i inside a name of ``typ`` (cheap: no marginals)."""
        return self.label(i)[2:] == typ

    def p_begin(self, i: int, typ: str) -> float:
        if self.tagging is None or not 0 <= i < self.n:
            return 0.0
        return self.tagging.marginal(i, "B-" + typ)  # type: ignore[attr-defined]

    def p_inside(self, i: int, typ: str) -> float:
        if self.tagging is None or not 0 <= i < self.n:
            return 0.0
        return self.tagging.marginal(i, "I-" + typ)  # type: ignore[attr-defined]

    def label(self, i: int) -> str:
        if self.tagging is None or not 0 <= i < self.n:
            return "O"
        return self.tagging.labels[i]  # type: ignore[attr-defined]

    # -- word shape ------------------------------------------------------------------------
    def not_name(self, i: int) -> bool:
        """Closed-class words, roles, verbs of speech: never a person's name by themselves
        (the answers for the whole document at the first question: it is asked of every token)."""
        got = self._not_name
        if got is None:
            got = self._not_name = self._closed_all()
        return got[i]

    def _closed_all(self) -> list[bool]:
        """For every token, in one pass: a number or a one-letter word, a word of a closed or
        never-a-name class (also behind a proclitic: "ويجب"، "وهؤلاء"), a verb of speech, or a
        relative (:meth:`relation`).  (Disjointness tests, which make no set.)"""
        out: list[bool] = []
        append = out.append
        cue_at, bare, any_, relatives = self.cue_at, self.bare, self.any, self._relatives
        particles = suffixed_particles()
        no_madda = _no_madda()
        last = len(self.toks) - 1
        for i, t in enumerate(self.toks):
            w = t.norm
            b = bare[i]
            if t.raw[0] == "آ" and w in no_madda and b & _GIVEN_ANY:
                append(False)  # "آنا": a given name, never the pronoun "أنا" it folds with (madda_name)
            elif (w.isdigit() or len(w) < 2 or not b.isdisjoint(NOT_NAME) or i in cue_at
                    or not any_[i].isdisjoint(_CLOSED)):
                # (a given name of a nationality's shape where no adjective can stand: see
                # unagreeing_nisba)
                append(not (b & NOT_NAME == _NISBA and not b.isdisjoint(_GIVEN_ANY) and i not in cue_at
                            and any_[i].isdisjoint(_CLOSED) and self.unagreeing_nisba(i)))
            elif w in particles and (t.raw[0] == "إ" or not (t.raw[0] == "أ" or b & _GIVEN_STRONG)):
                # "لدينا"، "علينا"، "إلينا": a particle and its pronoun — not "ألينا" or "مني",
                # given names written the same in the normal form
                append(True)
            elif w[:1] in "وف" and w[1:] in particles and not b and len(w) > 3:
                append(True)  # "ولدينا"، "فعلينا": the same behind و or ف (no reading "و + ل + دينا")
            elif w.startswith("ال") and (_definite_head(w) or w in _definite_statements()):
                append(True)  # "الجيش"، "الحكومة": a body's head noun with the article names no person,
                # nor does a statement ("وأضاف البلاغ")
            elif b:
                append(False)  # relation(i): a word with a lexicon class is no relative
            elif len(w) >= 5 and w[0] == "ي" and t.raw.endswith(_OBJECT_PRONOUNS):
                append(True)  # "يرافقه"، "يرافقها": an imperfect verb and its object pronoun, no name
            elif i < last and w[-1] == "و" and _plural_in_construct(w, self.toks[i + 1]):
                # "مراقبو الحملة"، "ممثلو النقابات": a plural in construct, no name (the final و
                # tested before the call: most words have none)
                append(True)
            else:
                rel = relatives.get(w)
                append(rel if rel is not None else self.relation(i))
        return out

    def definite_head(self, i: int) -> bool:
        """Token i is ال + a body's or place's head noun ("الجيش"، "الجزيرة"): never a person's
        name, but it may open a body's or a place's."""
        w = self.toks[i].norm
        return w.startswith("ال") and _definite_head(w)

    def accusative_nisba(self, i: int) -> bool:
        """Token i, a country's name in يا, right after an indefinite noun in the accusative
        (its alef of tanwin) is the nisba adjective the accusative writes the same ("وفدًا
        ليبيًا"، "مدربا سوريا") — not after a dual in construct listing states ("وزيرا ليبيا
        وتونس")."""
        if i == 0 or i >= self.n or not self.joined(i):
            return False
        w, prev = self.toks[i], self.toks[i - 1]
        if not w.norm.endswith("يا") or prev.definite or len(prev.norm) < 4 or prev.norm.endswith(
                ("يا", "ايا", "ها", "نا", "وا")):
            return False  # ("أنتجتها ألمانيا"، "قالوا": a pronoun or a verb's ending, no tanwin)
        if not prev.raw.rstrip("\u064b").endswith("ا") or i - 1 in self.cue_at or self.bare[i - 1] & _CLOSED:
            return False
        nxt = self.toks[i + 1] if i + 1 < self.n and self.joined(i + 1) else None
        return not (nxt is not None and nxt.norm.startswith("و") and self.is_(i + 1, "country"))

    def relation(self, i: int) -> bool:
        """Token i is someone's relative or companion ("زوجته"، "شقيقتاه"), never a name."""
        if self.bare[i]:
            return False
        w = self.toks[i].norm
        known = self._relatives  # the answer depends on the word alone
        got = known.get(w)
        if got is None:
            got = known[w] = _possessed_relative(w)
        return got

    def one_relative(self, i: int) -> bool:
        """Token i is one relative or companion with its pronoun ("زميله"، "جارتها") — not two
        or more ("زوجتاه"، "محاموهم"; `plural_relatives`), whom no one person's title names."""
        if not self.relation(i):
            return False
        norm = self.toks[i].norm
        stem = next((norm[: -len(s)] for s in _SUFFIXED_LONGEST_FIRST if norm.endswith(s)), norm)
        return not stem.endswith(("ا", "و")) and stem not in _plural_relatives()

    def madda_name(self, i: int) -> bool:
        """Token i is a given name written with alef madda that folds like a closed-class word
        standard spelling never writes so ("آنا", not "أنا"): a name, whatever else it reads as."""
        t = self.toks[i]
        return t.raw[0] == "آ" and t.norm in _no_madda() and bool(self.bare[i] & _GIVEN_ANY)

    def joined(self, i: int) -> bool:
        """Token i follows token i-1 with only white space between them."""
        return 0 < i < self.n and plain(self.toks[i].gap) and not aside_dash(self.toks[i].gap)

    def unagreeing_nisba(self, i: int) -> bool:
        """An indefinite nationality word right after a definite one ("مدرب الفريق | تركي"،
        "رئيس النادي | جورجي X"): an adjective agrees with its noun in definiteness, so this
        is no adjective of the phrase before but a given name of the same shape."""
        if not 0 < i < self.n or "nationality" not in self.bare[i] or not plain(self.toks[i].gap):
            return False
        return not _definite(self.toks[i]) and _definite(self.toks[i - 1])


@cache
def _no_madda() -> frozenset[str]:
    return frozenset(key(w) for w in load("names")["no_madda"])


def _definite(tok: Token) -> bool:
    """Definite by its form, behind any proclitic ("الهلال"، "للنادي")."""
    return any(f.startswith("ال") for f, _ in tok.readings)


def _possessed_relative(norm: str) -> bool:
    """"زوجته"، "شقيقتاه" (a dual in construct)، "محاموه" (a plural in construct): a relative
    or companion with a possessive suffix."""
    relatives = _relatives()
    for suffix in _SUFFIXED:
        if not norm.endswith(suffix) or len(norm) - len(suffix) < 2:
            continue
        stem = norm[: -len(suffix)]
        forms = {stem, stem.removesuffix("ا"), stem.removesuffix("و")}  # the dual's or plural's construct
        forms |= {f[:-1] + "ه" for f in forms if f.endswith("ت")}  # ة written ت before a suffix
        forms |= {f[:-1] + "ء" for f in forms if f.endswith(("و", "ي", "ا"))}  # "زملاؤه"، "أبناءه" with hamza seat
        if not forms.isdisjoint(relatives):
            return True
    return False


@cache
def _plural_relatives() -> frozenset[str]:
    return frozenset(key(w) for w in load("anonymous")["plural_relatives"])


@cache
def _relatives() -> frozenset[str]:
    return frozenset(key(w) for w in load("anonymous")["relatives"])


_TITLE = frozenset({"title"})


def _rules_role(tok: Token) -> int | None:
    """The letters cut before a role noun of ``rules_only_heads`` (titles.toml) the token reads
    as ("والعداء" → 1), or None.  A head listed with a madda ("آمر") is that word only as
    written with it: the normal form makes "أمر" (a matter, or "ordered") and "امر" (the same,
    its hamza dropped: "وامر القاضي X بحبس …") the same letters."""
    heads, madda = _rules_heads()
    for form, cut in tok.readings:
        if form in heads:
            if form in madda and "آ" not in tok.raw[: cut + 3]:
                return None
            return cut
    return None


def _role_given_name(lx: Lexicon, tok: Token, nxt: Token) -> int | None:
    """The letters cut before a given name that is also a role noun (``role_given_names`` in
    titles.toml: "مختار"، "أمين") where it stands in construct with the head of a place or a
    body ("مختار القرية"، "أمين الصندوق"): a title there, not a name; else None."""
    names = word_set("titles", "role_given_names")
    cut = next((c for form, c in tok.readings if form in names), None)
    if cut is None or not plain(nxt.gap):
        return None
    bare = nxt.norm.removeprefix("ال")
    return cut if any(cls in ("place_head", "org_head") for cls, _ in lx.one(bare)) else None


@cache
def _rules_heads() -> tuple[frozenset[str], frozenset[str]]:
    listed = load("titles")["rules_only_heads"]
    return frozenset(noun_forms(listed)), frozenset(noun_forms(w for w in listed if "آ" in w))


@cache
def _rules_classes() -> dict[str, frozenset[str]]:
    """Words the rules give a class the lexicon (and so the tagger) does not: French forms of
    address as honorifics, a region's name particle, إنّ/أنّ with a pronoun as a stop word
    (``courtesy_loanwords`` in titles.toml, ``regional_particles`` and ``complementizer_pronouns``
    in names.toml)."""
    out = {key(w): frozenset({"honorific"}) for w in [*load("titles")["courtesy_loanwords"],
                                                       *load("titles")["judicial_address"]]}
    out.update({key(w): frozenset({"particle"}) for w in load("names")["regional_particles"]})
    out.update({key(w): frozenset({"stop"}) for w in load("names")["complementizer_pronouns"]})
    return out


@cache
def _patronymics() -> frozenset[str]:
    return frozenset(key(w) for w in load("names")["patronymics"])
