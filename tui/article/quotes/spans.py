"""Quote spans: every stretch of reported speech, direct, indirect or mixed, with its cue.

Choosing the speaker is ``attribution.py``; this module only finds where speech is.  A
stretch starts at the complement of a reporting cue (قال إن، أضاف:، أشار إلى أن، وصف … بأنه،
دعا إلى، طالب بـ، أعرب عن …) or, for an attribution placed after the content (… حسبما قال
فلان / وفقا لـ …), at the start of its clause; a quotation after which a verb of speech
names its speaker ("«…»، قال X") and a long quotation nobody introduces (a pull quote) are
kept too.  A stretch runs to the end of its sentence — further while a quotation mark is
still open — and stops where the next cue opens another stretch ("، مضيفا أن"), at an
attribution aside ("على حد تعبيره"), or at a change of topic ("أما").

Everything is read from the document's tokens: punctuation lives in each token's ``gap``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..actors.proposals import anonymous_words, community_nouns, counted_by, people_nouns, quantifiers
from ..actors.words import groups_of_people
from ..doc import Doc
from ..doc.normal import key
from ..doc.tokens import Token, comma, plain, quote
from ..lexicon.index import lexicon as lexicon_index
from ..rangemax import RangeMax
from .cues import (
    AFTER,
    CHARGE_AHEAD,
    CLOSE,
    IMPERSONAL,
    MASDAR,
    PARTICIPLE,
    STRONG,
    VERB,
    Cue,
    charge_noun,
    prepositions_alone,
)
from .interview import answers
from .marks import STRAIGHT, Marks, find_marks

AN = frozenset(["ان", "انه", "انها", "انهم", "انهما", "انهن", "اننا", "انني", "اني", "انك", "انكم"])
PREP_AN = {"الي": "ila_an", "علي": "ala_an", "من": "min_an", "في": "fi_an"}
PREP_NP = {"عن": "an_np", "الي": "ila", "علي": "ala", "من": "min"}
RELATIVE = frozenset(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "ما", "بما", "مما"])
# Before an imperfect verb these make it a clause of its own, not an adjective ("لافتات تدعو").
_PRESENT_OK = RELATIVE | frozenset(["حيث", "كما", "فيما", "بينما", "اذ", "وهو", "وهي", "هو", "هي", "ثم"])
THAT = re.compile(r"^ب?ان(?:ه|ها|هم|هما|هن|نا|ني)?$")  # إن / أن / بأن, with a pronoun, in the normal form
_FIRST_PERSON = frozenset(["لقد", "نحن", "انا", "اننا", "انني"])  # direct speech with no marks
_OPENERS = STRAIGHT + "«“„‹"
_MAX_WINDOW = 40  # tokens between a cue and its complement
_UNMARKED_REACH = 24  # words after a verb of saying within which unmarked speech may open after a comma
_WEAK_WINDOW = 14  # words (names not counted) before a preposition complement: long title chains (set on dev)
_PLACE_PREPS = frozenset(["في", "وفي", "خلال", "عبر", "ب", "اثر", "عقب"])


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(key(w) for w in lexicon.load("reporting_verbs")["words"][name])


@cache
def statement_only() -> frozenset[str]:
    return frozenset(v["past"] for v in lexicon.load("reporting_verbs")["verb"] if v.get("statement_only"))


@dataclass(slots=True)
class Draft:
    start: int  # offsets of the content
    end: int
    mode: str  # cue | after (حسبما قال …) | inverted ("…"، قال X) | marked (no cue) | headline ("X: …")
    # | interview (an answer of a question-and-answer block: interview.py)
    cue: Cue | None = None
    ci: int = -1  # the cue's token
    comp: str | None = None  # how the content was introduced (an, colon, mark, bi …)
    region: tuple[int, int] | None = None  # tokens where the cue's subject may stand
    source: tuple[int, int] | None = None  # tokens naming the source of an after-attribution
    object_only: bool = False  # one word after the verb: its object, attributed but not a quote


class Ctx:
    """The document with its quotation marks and cues, as the span rules read it."""

    def __init__(self, doc: Doc, cues: Sequence[Cue], named: object) -> None:
        self.doc = doc
        self.text = doc.text
        self.toks = doc.tokens
        self.n = len(doc.tokens)
        self.marks: Marks = find_marks(doc.text)
        self.marked = self._token_marks()  # token → in_marks(its start): asked of every word of a window
        self.mark_starts = [s - 1 for s, _ in self.marks.spans]
        self.mark_ends = RangeMax(e for _, e in self.marks.spans)  # spans nest: their ends are not sorted
        self.mark_ends_neg = RangeMax(-e for _, e in self.marks.spans)  # for "last span closed before x"
        self.sent_starts = [s.start for s in doc.sentences]
        self.breaks = [m.start() for m in re.finditer("\n", doc.text)]
        self.amma = [t.i for t in doc.tokens if t.norm == "اما" and not _either(doc, t.i)]
        self.cues = cues
        self.cue_tok: dict[int, int] = {}  # cue start → its token
        for c in cues:
            k = doc.token_at(c.start)
            self.cue_tok[c.start] = k
        # the tokens of cues that report someone's speech (no journalist's "يذكر أن")
        self.speech_cue_toks = {self.cue_tok[c.start] for c in cues if c.kind in (VERB, PARTICIPLE, MASDAR)}
        self.verb_cues = {self.cue_tok[c.start]: c for c in cues if c.kind == VERB}
        self.named = named  # token → is it (part of) an actor's name?
        self.name_opens: Callable[[int], bool] = lambda i: False  # token → does an actor's name open there?
        # verbs right after an attribution phrase ("حسب ما أعلن")، and a headline's tokens
        self.after_verbs = {doc.token_at(c.end) + (1 if doc.tokens and doc.token_at(c.end) < self.n
                                                    and doc.tokens[doc.token_at(c.end)].norm == "ما" else 0)
                            for c in cues if c.kind == AFTER}
        self.headlines = _headlines(doc)

    # -- positions -------------------------------------------------------------------------
    def tok_after(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect.bisect_left(self.doc.starts, pos)

    def sentence(self, pos: int) -> tuple[int, int]:
        sents = self.doc.sentences
        i = bisect.bisect_right(self.sent_starts, pos) - 1 if sents else -1
        if i < 0:
            return 0, sents[0].end if sents else len(self.text)
        s = sents[i]
        return (s.start, s.end) if pos < s.end else (s.start, max(s.end, pos))

    def in_marks(self, pos: int) -> bool:
        return self.marks.inside(pos) is not None

    def _token_marks(self) -> list[bool]:
        """For every token, whether it starts inside a quoted span, its marks included (as
        in_marks has it): the tokens from each span's opening mark to its closing one."""
        out = [False] * self.n
        starts = self.doc.starts
        for s, e in self.marks.spans:
            a, b = bisect.bisect_left(starts, s - 1), bisect.bisect_right(starts, e)
            out[a:b] = [True] * (b - a)
        return out

    def mark_in_gap(self, j: int) -> tuple[int, int] | None:
        """The quoted span whose opening mark stands just before token j."""
        lo = self.toks[j - 1].end if j else 0
        k = bisect.bisect_left(self.mark_starts, lo)
        while k < len(self.mark_starts) and self.mark_starts[k] < self.toks[j].start:
            return self.marks.spans[k]
        return None

    def marks_from(self, pos: int):
        spans = self.marks.spans
        return (spans[j] for j in range(bisect.bisect_left(self.mark_starts, pos), len(spans)))

    def marks_between(self, a: int, b: int) -> list[tuple[int, int]]:
        return list(self.marks.spans[bisect.bisect_left(self.mark_starts, a) : bisect.bisect_left(self.mark_starts, b)])

    def lone_open_in(self, a: int, b: int) -> bool:
        opens = self.marks.lone_opens
        i = bisect.bisect_left(opens, a)
        return i < len(opens) and opens[i] < b

    def lone_close_in(self, a: int, b: int) -> int | None:
        closes = self.marks.lone_closes
        i = bisect.bisect_left(closes, a)
        return closes[i] if i < len(closes) and closes[i] < b else None

    def nwords(self, a: int, b: int) -> int:
        return len(self.doc.token_range(a, b))


def _either(doc: Doc, i: int) -> bool:
    """"إما … أو/وإما" (either … or), not "أما" (as for), which opens a new topic: written with
    its hamza below, or followed within a few words by أو / وإما."""
    raw = doc.tokens[i].raw
    if raw.startswith("إ"):
        return True
    if raw.startswith("أ"):
        return False
    return any(doc.tokens[k].norm in ("او", "واما") for k in range(i + 2, min(len(doc.tokens), i + 10)))


def _headlines(doc: Doc) -> tuple[range, ...]:
    """The tokens of the article's first line when it is a headline — short, with no full stop,
    and followed by more text — and of the line right under it when that is one too (a
    subheadline).  Their verbs announce, they do not quote ("X يدعو إلى …")."""
    text = doc.text
    out: list[range] = []
    start = 0
    while len(out) < 2:
        end = text.find("\n", start)
        if end < 0 or not text[end:].strip():
            break
        line = text[start:end].rstrip()
        if not line.strip() or line[-1] in ".!?؟" or len(line.split()) > 20:
            break
        out.append(doc.token_range(start, end))
        start = end + 1
    return tuple(out)


# ------------------------------------------------------------------------ spans from cues
def usable(ctx: Ctx, c: Cue) -> bool:
    if c.kind not in (VERB, PARTICIPLE, MASDAR) or c.person != 3 or ctx.in_marks(c.start):
        return False
    if c.prefix.endswith("س"):
        return False  # "ستعلن اللجنة الأسماء": a future verb reports nothing said yet
    if c.lemma == "نقل" and c.suffix and c.kind == VERB:
        return False  # "أكد في حوار، ونقله موقع X، أن …": the relay of another verb's speech
    ci = ctx.cue_tok[c.start]
    prev = ctx.toks[ci - 1] if ci > 0 else None
    if ci in ctx.after_verbs or any(ci in r for r in ctx.headlines):
        return False  # "حسب ما أعلن عنه X": the attribution's own verb; a headline's verb
    if c.ambiguous and not _clearly_a_verb(ctx, c, ci):
        return False
    if c.lemma == "أشار" and c.tense == "present" and prev is not None and prev.norm in _WHILE_HE and not (
            _points_to_that(ctx, ci)):
        return False  # "قالت X وهي تشير إلى رفوف الدكان": pointing at something while speaking, no speech
    if c.kind == VERB and not c.prefix and prev is not None and ctx.named(ci) and (
            ci - 1 in ctx.verb_cues or ctx.named(ci - 1)) and plain(ctx.toks[ci].gap):
        return False  # "وقالت أمل X إن"، "وقالت جمعية أمل X إن": a word the actor stage carded inside a name,
        # or opening one right after a verb of speech, is no second verb ("hoped", "promised")
    if ci + 1 < ctx.n and ctx.toks[ci + 1].norm == "عدم" and plain(ctx.toks[ci + 1].gap):
        return False  # "طلب عدم نشر اسمه": the source's wish to stay unnamed, nothing it said
    if c.kind == MASDAR and not c.suffix and prev is not None and prev.norm in _PLACE_PREPS:
        return False  # "في تصريح صحفي": where something was said, not who said it
    if c.kind == PARTICIPLE and not c.prefix and prev is not None and plain(ctx.toks[ci].gap) and (
            prev.norm.isdigit() or prev.norm in _counting_words()):
        return False  # "ثلاثة متهمين"، "عدد من المحذرين": a counted noun (the accused), not "accusing"
    if c.kind == PARTICIPLE and not c.prefix and prev is not None and plain(ctx.toks[ci].gap) and (
            _copula(prev.norm)):
        return False  # "القرار كان متوقعا": the copula's predicate, not "expecting"
    if c.kind == PARTICIPLE and not c.suffix and ci + 1 < ctx.n and plain(ctx.toks[ci + 1].gap) and (
            _accusative_nisba(ctx.toks[ci + 1])):
        return False  # "خصصت مبلغا إضافيا": a noun and its adjective in the accusative, not "informing"
    if c.kind == PARTICIPLE and not c.prefix and prev is not None and plain(ctx.toks[ci].gap) and not (
            _complement_opens(ctx, c, ci + 1)):
        return False  # "إجراءات مشددة ستطبق"، "الحراسة مشددة حول": an adjective or a predicate — a
        # participle that reports follows a pause ("، مؤكدا") or opens its complement at once ("مؤكدا أن")
    if c.kind == VERB and c.tense == "present" and not c.prefix and prev is not None and not (
            c.number == "pl" and (_people_before(prev) or _indefinite_plural_subject(ctx, c, ci))):
        # ("الأهالي يؤكدون"، "وهم يقولون": a plural after people is theirs, never things)
        sent_start = ctx.sentence(c.start)[0]
        if prev.end > sent_start and prev.norm not in _PRESENT_OK and not _before_an(ctx, ci) and (
                not ctx.named(ci - 1)) and not _punct(ctx, ci) \
                and not _document_before(ctx, ci) and not _time_span_before(ctx, ci) and not _person_before(ctx, ci) \
                and not _describes_subject(ctx, ci, sent_start) and not _says_of_it(ctx, ci):
            return False  # "لافتات تدعو إلى": an adjective clause of a thing, not a speaker
    if c.kind == VERB and not c.prefix and prev is not None and plain(ctx.toks[ci].gap) and not prev.definite and (
            ci + 1 < ctx.n and ctx.toks[ci + 1].norm in _BACK_TO_NOUN and not ctx.named(ci - 1)):
        return False  # "مسافرون تحدثت إليهم الصحيفة": the clause describes the noun before it (its
        # pronoun refers back to them), the speech is the earlier verb's
    if _describes_earlier_subject(ctx, c, ci):
        return False  # "وقال سائقون في المحطة، تحدثوا للصحيفة، إن …": the clause describes the
        # subject; the speech is the earlier verb's
    if c.kind == VERB and c.tense == "past" and not c.prefix and _inside_that_clause(ctx, ci):
        return False  # "قال X إن نوابا كثيرين أبدوا تحفظا على …": a verb with a nominal object
        # inside what was said is part of it, no new quote
    # "نفت صحة تقارير تحدثت عن …": the reports' adjective clause, inside the clause
    return not _describes_reports(ctx, c, ci)


_WHILE_HE = frozenset(["وهو", "وهي", "وهم", "وهما", "وهن"])  # a circumstantial clause's pronoun


def _points_to_that(ctx: Ctx, ci: int) -> bool:
    """"وهو يشير إلى أن …": what the pointing says is a clause (أنّ after إلى), speech after all."""
    k = ci + 1
    return k + 1 < ctx.n and ctx.toks[k].norm in PREP_NP and ctx.toks[k + 1].norm in AN


_SAYS_OF_IT_REACH = 4  # words of the subject between the verb and its أنّ


def _says_of_it(ctx: Ctx, ci: int) -> bool:
    """"مبادرة يقول رئيسها إنها ستنجح": a present verb of speech after a noun, its own subject
    after it, then إنّ/أنّ with the pronoun that refers back to the noun — a clause saying what
    someone says of it, speech all the same (no adjective clause of a thing: "لافتات تدعو إلى")."""
    toks = ctx.toks
    for k in range(ci + 2, min(ctx.n, ci + 2 + _SAYS_OF_IT_REACH)):
        if not plain(toks[k].gap):
            return False
        if toks[k].norm in AN and toks[k].norm != "ان":
            w = toks[ci + 1].norm  # (the subject: a name, a definite noun, a role with its pronoun)
            return ctx.named(ci + 1) or toks[ci + 1].definite or (len(w) >= 4 and w.endswith(("ه", "ها", "هم")))
    return False


def _before_an(ctx: Ctx, ci: int) -> bool:
    """"…، قبل أن يستطرد بأن …": a present verb after "قبل أن" (before doing) with what was said right
    after it, no subject of its own between — the same speaker's next act of speech, no clause
    describing a noun ("قبل أن تثبت التحاليل وجود …" has a subject of its own: no speech)."""
    toks = ctx.toks
    if ci < 2 or ci + 1 >= ctx.n or toks[ci - 1].norm != "ان" or toks[ci - 2].norm != "قبل" or not (
            plain(toks[ci - 1].gap) and plain(toks[ci].gap) and plain(toks[ci + 1].gap)):
        return False
    nxt = toks[ci + 1].norm
    return THAT.match(nxt) is not None or (nxt in PREP_AN and ci + 2 < ctx.n and toks[ci + 2].norm in AN)


_DESCRIBED_REACH = 6  # words of an indefinite subject and its complement before a clause describing it


def _describes_earlier_subject(ctx: Ctx, c: Cue, ci: int) -> bool:
    """A past verb with no conjunction, a few words after an earlier verb of speech whose subject
    is indefinite, and not opening a report of its own: an adjective clause of that indefinite
    noun (Arabic needs no relative pronoun after one), so the noun is the earlier verb's subject
    and the speech is that verb's ("وقال ممرضان في المستشفى، تحدثا شريطة …، إن")."""
    toks = ctx.toks
    if c.kind != VERB or c.tense != "past" or c.prefix or ci < 2 or ci + 1 >= ctx.n or (
            THAT.match(toks[ci + 1].norm) or toks[ci - 1].norm in _CLAUSE_OPENERS or toks[ci - 1].norm in RELATIVE):
        return False  # (a relative pronoun opens a clause of a definite noun, which may speak itself)
    for k in range(ci - 1, max(-1, ci - 2 - _DESCRIBED_REACH), -1):
        gap = toks[k + 1].gap
        if _STOP_IN_GAP(gap) or quote(gap) or "\n" in gap or THAT.match(toks[k + 1].norm) or ctx.marked[k]:
            return False
        verb = ctx.verb_cues.get(k) if k < ci - 1 else None
        if verb is not None:
            subject, before = toks[k + 1], toks[k - 1].norm if k else ""
            # the earlier verb opens its clause (a conjunction, a pause or the sentence before it:
            # not the noun "رد" of "في أول رد فعل"), and its subject is an indefinite noun
            opens = bool(verb.prefix) or k == 0 or not plain(toks[k].gap) or before in _CLAUSE_OPENERS
            construct = k + 2 < ci and plain(toks[k + 2].gap) and (toks[k + 2].definite or ctx.named(k + 2))
            # (a noun in construct with a definite one is definite: "رئيس الحزب")
            return opens and not verb.suffix and plain(subject.gap) and not subject.definite and not construct and (
                not ctx.named(k + 1) and subject.norm not in _NOT_SUBJECTS and subject.norm[:1] not in "لب"
                and not (len(subject.norm) >= 5 and subject.norm.endswith(("هم", "ها", "هما", "هن"))))
    return False


# words right after a verb that are not an indefinite subject
_NOT_SUBJECTS = frozenset(["في", "من", "الي", "علي", "عن", "مع", "ان", "انه", "ما", "ذلك", "هذا", "هذه", "له", "لها",
                           "امس", "اليوم", "ايضا", "كذلك", "قد", "لا", "لم", "لن", "ثم", "بعد", "قبل", "خلال", "عبر",
                           "فيه", "فيها", "انذاك"])


_THAT_REACH = 8  # words between a complementiser and the verb of its clause
_HOWEVER = frozenset(["غير", "الا", "بيد", "رغم", "برغم"])  # "غير أن": a connective's أنّ, no one's speech


_BARE_PREPOSITIONS = frozenset(key(w) for w in ("إلى", "على", "عن", "من", "في", "مع"))


def _inside_that_clause(ctx: Ctx, ci: int) -> bool:
    """Token ci is a verb whose subject follows an إنّ/أنّ a few words before it, with no pause
    between, and what follows it opens no reported clause of its own (no أنّ, colon or mark)."""
    toks = ctx.toks
    nxt = toks[ci + 1] if ci + 1 < ctx.n else None
    if nxt is None or not plain(nxt.gap) or any(
            ":" in toks[j].gap or THAT.match(toks[j].norm) or (not plain(toks[j].gap) and (
                j == ci + 2 and nxt.norm in _BARE_PREPOSITIONS)) for j in range(ci + 1, min(ctx.n, ci + 4))):
        return False  # (its own clause or quotation follows: "دعا إلى «…»"، "قال بالمقابل إنهم"; a
        # quoted fragment further in is its object's: "أن نقابته طالبت بصرف مستحقات «…»")
    for k in range(ci - 1, max(-1, ci - _THAT_REACH), -1):
        if not plain(toks[k + 1].gap):
            return False
        if THAT.match(toks[k].norm):
            # (its subject between, and the أنّ a verb of speech's: not "غير أن X قالت", nor
            # the impersonal "يذكر أن")
            if k > 0 and toks[k - 1].norm in _HOWEVER:
                return False
            return k + 1 < ci and any(j in ctx.speech_cue_toks and toks[j].sent == toks[k].sent
                                      for j in range(max(0, k - _THAT_REACH), k))
    return False


_PLURAL_SUBJECT_REACH = 6  # words of an indefinite subject between أن/لكن and its plural verb


def _indefinite_plural_subject(ctx: Ctx, c: Cue, ci: int) -> bool:
    """"غير أن حدادين في الورشة يقولون إن": a plural verb opening what it reports, a few plain
    words after an indefinite noun that opens the clause after أن/إن/لكن — people who speak
    (things take the singular)."""
    toks = ctx.toks
    if not _complement_opens(ctx, c, ci + 1):
        return False
    for k in range(ci - 1, max(0, ci - _PLURAL_SUBJECT_REACH) - 1, -1):
        if not plain(toks[k + 1].gap) or k == 0:
            return False
        if THAT.match(toks[k - 1].norm) or toks[k - 1].norm in ("لكن", "ولكن"):
            return not toks[k].definite and plain(toks[k].gap) and toks[k].norm not in AN
    return False


def _people_before(prev: Token) -> bool:
    """A definite plural of people ("المحتجون"، "الأهالي") or "هم" right before a verb."""
    w = prev.norm
    return w in ("هم", "وهم") or (prev.definite and (
        w.endswith(("ون", "ين")) or w in anonymous_words("collective_pronouns")))


# a preposition with a pronoun right after a verb: "whom X spoke to / met" after an indefinite noun
_BACK_TO_NOUN = frozenset(["اليهم", "اليه", "اليها", "معهم", "معه", "معها", "لهم", "بهم", "اليهن", "معهن"])


def _complement_opens(ctx: Ctx, c: Cue, k: int) -> bool:
    """Token k (right after the cue) opens what the cue reports: أن/إن/بأن, a preposition the
    cue takes (إلى أن، على، بـ …), a quotation or a colon in the gap before it — anything after
    a masculine participle of a verb of saying, whose speech may follow unmarked."""
    if k >= ctx.n:
        return False
    t = ctx.toks[k]
    if ":" in t.gap or ctx.mark_in_gap(k) is not None:
        return True
    w = t.norm
    comps = c.complements
    return w in AN or (w.startswith("ب") and w[1:] in AN) or PREP_AN.get(w) in comps or PREP_NP.get(w) in comps or (
        "bi" in comps and w.startswith("ب")) or ("li" in comps and w.startswith("ل")) or "obj" in comps or (
        "colon" in comps and c.gender != "f")
    # ("مضيفا لدي مهمة": a verb of saying goes on with unmarked speech — in the masculine, whose
    # accusative alef marks the circumstantial; "خطة موضحة للإصلاحات" is a feminine adjective)


def _accusative_nisba(t: Token) -> bool:
    """An indefinite nisba adjective in the accusative ("إضافيا"، "رسميا"), by its shape."""
    return not t.definite and len(t.norm) >= 5 and t.norm.endswith("يا") and t.raw.endswith(("يا", "يًا"))


def _copula(norm: str) -> bool:
    copulas = _copulas()
    return norm in copulas or (norm[:1] in "وف" and norm[1:] in copulas)


@cache
def _copulas() -> frozenset[str]:
    return frozenset(key(w) for w in lexicon.load("reporting_verbs")["copulas"])


@cache
def _counting_words() -> frozenset[str]:
    """Cardinal number words and quantifiers: what stands before a counted noun."""
    words = {key(w) for forms in lexicon.load("numbers")["cardinals"].values() for w in forms if " " not in w}
    return frozenset(words) | quantifiers()


def _describes_reports(ctx: Ctx, c: Cue, ci: int) -> bool:
    """A past verb right after an indefinite report noun that does not open its clause."""
    if c.kind != VERB or c.tense != "past" or c.prefix or ci < 2:
        return False
    prev, before = ctx.toks[ci - 1], ctx.toks[ci - 2]
    return (prev.norm in _words("report_nouns") and plain(prev.gap) and plain(ctx.toks[ci].gap)
            and before.end > ctx.sentence(c.start)[0] and before.norm not in _NOT_HEAD_OF_REPORT)


# words before an indefinite report noun that leave it the subject of the verb after it
# ("وكانت تقارير ذكرت"، "لكن مصادر قالت")
_NOT_HEAD_OF_REPORT = frozenset(["كانت", "وكانت", "لكن", "ولكن", "غير", "بينما", "فيما", "حيث", "اذ", "ثم", "كما",
                                 "ان", "بان", "انه", "قد"])


def _person_before(ctx: Ctx, ci: int) -> bool:
    """"امرأة مسنة تقول إن …": a person of the story and an adjective or two, then the verb —
    people speak in an adjective clause, things do not ("لافتات تدعو")."""
    people = people_nouns()
    return any(ctx.toks[k].norm in people for k in range(max(0, ci - 3), ci))


def _describes_subject(ctx: Ctx, ci: int, sent_start: int) -> bool:
    """"ظهر الوزير في تسجيل يقول إن …": a present verb right before its content, closing a
    clause that opens on a verb and a named or described subject — the subject speaks."""
    toks = ctx.toks
    s0 = ctx.doc.sentence_tokens(toks[ci].sent).start
    if toks[s0].start < sent_start or ci + 1 >= ctx.n or not THAT.match(toks[ci + 1].norm) or s0 + 1 >= ci:
        return False
    k = s0 + 1
    while k < min(ci, s0 + 4) and toks[k].definite and not ctx.named(k):
        k += 1  # a title before the name ("ظهر الوزير X")
    if ctx.named(s0) or not (ctx.named(k) or toks[s0 + 1].norm in people_nouns()):
        return False
    return not any(THAT.match(toks[k].norm) or not plain(toks[k].gap) for k in range(s0 + 1, ci))


def _time_span_before(ctx: Ctx, ci: int) -> bool:
    """"ومنذ أشهر يطالب …"، "منذ عدة سنوات تدعو …": a fronted time phrase, then the main verb
    (not an adjective clause of the unit word before it)."""
    return ctx.toks[ci - 1].norm in _time_units() and any(
        ctx.toks[k].norm in ("منذ", "ومنذ", "مند") for k in range(max(0, ci - 4), ci - 1))


@cache
def _time_units() -> frozenset[str]:
    units = lexicon.load("relative")["units"]
    return frozenset(key(w) for ws in units.values() for w in ws)


def _document_before(ctx: Ctx, ci: int) -> bool:
    """"بيان يؤكد أن"، "مذكرة من ثلاث صفحات تقول إن": a document speaks for whoever issued it."""
    return any(document_noun(ctx.toks[k].norm) for k in range(max(0, ci - 4), ci))


def document_noun(w: str) -> bool:
    """A statement noun (بيان، تقرير، فتوى …), with or without the article, ب or the accusative ending."""
    words = _words("statement")
    if w[:1] == "ب" and len(w) >= 4 and (w[1:] in words or "ال" + w[1:] in words):
        return True  # "بعرض أكد فيه"، "بالبيان": behind ب
    return w in words or (w.endswith("ا") and w[:-1] in words) or ("ال" + w.removesuffix("ا")) in words


def _punct(ctx: Ctx, ci: int) -> bool:
    return bool(re.search(r"[،,:\"«»“”]", ctx.toks[ci].gap))


_CLAUSE_OPENERS = frozenset(["فيما", "بينما", "كما", "ثم", "حين", "عندما", "بعدما", "حيث", "اذ", "لكنه", "لكنها"])


def _clearly_a_verb(ctx: Ctx, c: Cue, ci: int) -> bool:
    """A bare "بين"/"كشف"/"حذر" reports speech when its subject or complement follows at once."""
    if ci + 1 >= ctx.n:
        return False
    before = ctx.toks[ci - 1].norm if ci else ""
    if before in ("علي", "في", "من", "الي", "عن", "ب", "ل", "مع", "دون", "بعد", "قبل"):
        return False  # "على أمل أن": a noun after a preposition
    raw_before = ctx.toks[ci - 1].raw if ci else ""  # as written: the normal form folds ة into ه
    if len(before) > 4 and raw_before.endswith(("ها", "ه", "هم", "هما")) and plain(ctx.toks[ci].gap):
        return False  # "على حسابها عبر X"، "في كلمته عبر": after a possessed noun, the other word
    if before in _CLAUSE_OPENERS and plain(ctx.toks[ci].gap):
        return True  # "فيما وصف …"، "كما حذر …": a clause opener is followed by its verb
    if before in ("قد", "لقد", "وقد", "فقد") and plain(ctx.toks[ci].gap):
        return True  # "وكان X قد حذر"، "وقد كشف": قد before a past form makes it a verb
    nxt = ctx.toks[ci + 1]
    if ctx.named(ci + 1):
        return True  # "كشف مسؤول حكومي"
    if nxt.norm in ("فيه", "فيها"):
        return True  # "بيان … ذكر فيه أن": said in it
    if document_noun(nxt.norm) and not document_noun(nxt.norm[1:]) and ctx.toks[ci].norm not in prepositions_alone():
        return True  # "ذكر بيان للوزارة"، "كشف تقرير": a statement is the subject (not "عبر بيان": via)
    head = nxt.norm.removeprefix("ال")
    heads = _person_heads()
    if head in heads or (head.endswith("ه") and head[:-1] in heads):
        return True  # "بيّن المدير الجهوي"
    w = nxt.norm
    after = ctx.toks[ci + 2].norm if ci + 2 < ctx.n else ""
    if PREP_NP.get(w) in c.complements:
        return True  # "كشف عن"، "حذر من": the verb's own preposition
    if PREP_NP.get(after) in c.complements and ci + 3 < ctx.n and ctx.toks[ci + 3].norm in AN:
        return True  # "حذر X من أن": one word, then the verb's own preposition and أن — X is its subject
    if after == "من" and w in quantifiers():
        return True  # "تحدث عدد من الخبراء": a collective subject
    if w in _TIME_ADVERBS and (after in AN or after[1:] in AN):
        return True  # "X كشف كذلك أن"، "حذر أيضا من": an adverb, then the verb's own complement
    return w in AN or w[1:] in AN or (w in PREP_AN and after in AN)


@cache
def _person_heads() -> frozenset[str]:
    out = set()
    for name in ("titles", "anonymous"):
        for w in lexicon.load(name).get("heads", []):
            if " " not in w:
                out.add(key(w).removeprefix("ال"))
    for w in lexicon.load("titles")["professions"]:  # "بين الإعلامي X أن"
        if " " not in w:
            out.add(key(w).removeprefix("ال"))
    return frozenset(out | {w.removeprefix("ال") for w in _words("honorific")})


def nested(ctx: Ctx, c: Cue) -> bool:
    ci = ctx.cue_tok[c.start]
    return ci > 0 and ctx.toks[ci - 1].norm in RELATIVE


def cue_drafts(ctx: Ctx) -> list[Draft]:
    good = [c for c in ctx.cues if usable(ctx, c)]
    # an attribution between a verb and its quotation is an aside ("وقال X، بحسب ما نقلت عنه
    # وكالة Y، "…""), not a stop; an impersonal aside is
    stops = sorted(c.start for c in ctx.cues if c.kind in (CLOSE, IMPERSONAL))
    drafts: list[Draft] = []
    claimed: set[int] = set()
    block = len(ctx.text)  # start of the nearest later cue that opens a stretch of its own
    for c in reversed(good):
        k = bisect.bisect_left(stops, c.end)
        d = _from_cue(ctx, c, min(block, stops[k] if k < len(stops) else block), claimed)
        if d is None:
            continue
        drafts.append(d)
        if not nested(ctx, c):
            block = c.start
    drafts.reverse()
    return drafts


def _from_cue(ctx: Ctx, c: Cue, block: int, claimed: set[int]) -> Draft | None:
    ci = ctx.cue_tok[c.start]
    limit = min(block, ctx.sentence(c.start)[1])
    window = [j for j in range(ci + 1, min(ctx.n, ci + 1 + _MAX_WINDOW)) if ctx.toks[j].start < limit]
    if c.kind == MASDAR:
        window = window[:4]
    found = _strong(ctx, c, window, claimed)
    unmarked = _unmarked(ctx, c, window)
    if unmarked and (found is None or unmarked[1] < found[1]):
        found = unmarked  # "وقال X، لا شك … في أنه": the speech opens before the later أن
    weak = _weak(ctx, c, _unnamed_words(ctx, window, _WEAK_WINDOW))
    if nested(ctx, c) and found is None and not (
            weak and weak[0] not in ("bi", "li") and weak[1] + 1 < ctx.n and ctx.mark_in_gap(weak[1] + 1) is not None):
        # "الهدنة التي أعلنت الأحد": a relative clause quotes only with أن or a colon — or with
        # quotation marks right after the verb's preposition ("X، الذي دعا أنصاره إلى «…»")
        return None
    if weak and weak[0] == "ila" and "ila_an" in c.complements and (found is None or weak[1] < found[1]):
        found = weak  # "أشار إلى المواطن ينتظر …": إلى governs the content, not a later أن
    if found is not None and "obj" in c.complements and (found[0] in _PREP_AN_KINDS or (
            found[0] == "an" and ctx.toks[found[1] - 1].norm in PREP_AN)) and any(
            _COMMA_IN_GAP(ctx.toks[j].gap) for j in window if j <= found[1]):
        # "أعلنت الوزارة إطلاق حملة …، على أن تبدأ …": past a comma, "على أن" (provided that) is a
        # clause of the object said, which comes first
        obj = _object(ctx, c, window)
        if obj is not None and obj[1] < found[1]:
            found = obj
    found = found or weak or _object(ctx, c, window) or _appeal(ctx, c, window) or _charge(ctx, c, window)
    if found is None:
        if c.kind != PARTICIPLE or not window or re.search(r"[.:]", ctx.toks[window[0]].gap) or (
                "charge" in c.complements):
            return None  # ("محملة بالطحين": loaded, no charge laid on anyone)
        kind, j, start = "rest", window[0], ctx.toks[window[0]].start
    else:
        kind, j, start = found
    if kind in _DEMAND_KINDS and c.transitive and (k := _demand_addressee(ctx, c, window, j)) is not None:
        j, start = k, ctx.toks[k].start  # "داعية التجار | إلى الخفض": whom it asks, then what
    if c.lemma in statement_only():
        said = {t.norm for t in ctx.toks[ci + 1 : j]}
        if not said & _words("statement") and not (said & {"فيه", "فيها"} and _after_statement(ctx, ci)):
            return None  # "جاء" reports only "في البيان/التقرير" — or "بيانا جاء فيه"
    claimed.add(j)
    span = ctx.mark_in_gap(j) if kind in ("mark", "colon") else None
    if span is not None:
        start = span[0] - 1  # the stretch opens at the quotation mark
    # a quotation opened right at the cue ends with its mark
    end = span[1] + 1 if span and kind == "mark" else natural_end(ctx, start)
    if end - start < 2:
        return None
    return Draft(start, end, "cue", c, ci, kind, (ci + 1, j))


_PREP_AN_KINDS = frozenset(PREP_AN.values())
_DEMAND_KINDS = frozenset({"ila", "bi", "ala", "min"})
# "في بيان دعت فيه …": in which (the statement) it asked — not attribution's wider _IN_IT, whose
# "خلاله" (during an occasion) may stand before a subject
_IN_THE_STATEMENT = frozenset(["فيه", "فيها"])
_ADDRESSEE_WORDS = 4  # an addressee's words before the preposition ("الحكومة والنقابات المعنية")


def _demand_addressee(ctx: Ctx, c: Cue, window: list[int], j: int) -> int | None:
    """Where the addressee of a demand or an appeal opens, before the preposition at token j that
    opens what is asked ("داعية التجار | إلى خفض …"، "مطالبا الحكومة | بالتدخل"، "ودعت الوزارة
    الطلبة | إلى …"): what was said runs from them, as annotators read "X إلى Y". After a verb
    only past a subject a card names or a body's head alone, which is never taken in."""
    n = window.index(j)
    if n == 0 or ctx.mark_in_gap(j) is not None:
        return None
    if c.kind == PARTICIPLE:
        k = 0
    elif c.kind == VERB and n > 1 and ctx.toks[window[0]].norm in _IN_THE_STATEMENT:
        k = 1  # "بيانا دعت فيه | الأندية إلى …": the statement's pronoun, then whom it asks
    elif c.kind == VERB:
        got = _object_start(ctx, c, window[:n])
        k = window.index(got[1]) if got is not None else 0
        if k == 0 or not (ctx.named(window[k - 1]) or (k == 1 and _bare_body(ctx, window[0]))):
            return None  # (a subject no card names may run on: its words are not the addressee — but a
            # body's head alone is one word: "ودعت الوزارة | المواطنين إلى")
    else:
        return None
    toks = ctx.toks
    w = toks[window[k]].norm
    if n - k > _ADDRESSEE_WORDS or not all(plain(toks[x].gap) for x in window[k + 1 : n + 1]) or (
            w in PREP_NP or w in AN or w in _TIME_ADVERBS or ctx.marked[window[k]] or len(w) < 3):
        return None
    return window[k]


def _strong(ctx: Ctx, c: Cue, window: list[int], claimed: set[int]) -> tuple[str, int, int] | None:
    toks = ctx.toks
    allowed = set(c.complements) & STRONG
    not_before_an = _words("not_before_an")
    for n, j in enumerate(window):
        t = toks[j]
        w = t.norm
        if j in claimed:
            continue
        if ":" in t.gap and "colon" in allowed:
            return "colon", j, t.start
        span = ctx.mark_in_gap(j) if "mark" in allowed else None
        if span and n == 0 and (_subject_in_marks(ctx, span) or (ctx.nwords(*span) <= 4 and _all_named(ctx, span))):
            span = None  # "وقالت «X» في بيان إن …": the subject's name in marks, then its content
            # (or any short name in marks right after the verb: 'ودعا "حزب X" أنصاره')
        if span and n and _apposed_name(ctx, span):
            span = None  # "وقالت الشركة المنظمة، «X للمعارض»، في بيان إن": its name, set off by commas
        if span:
            if n == 0 or "،" in t.gap or "," in t.gap:
                return "mark", j, span[0] - 1
            if c.suffix and ctx.nwords(*span) >= 2 and not _prev_marked(ctx, window, n) and not _all_named(ctx, span):
                # "وهو ما اعتبره X «…»": the verb's object is ما (its pronoun), so the marks after
                # its subject hold what X called it
                return "mark", j, span[0] - 1
            # "قال القيادي … لرويترز "…"": a quotation after the subject, not a name in marks
            if "colon" in allowed and not _term_before(ctx, j - 1) and ctx.nwords(*span) >= 3 and not (
                    _all_named(ctx, span) or _after_preposition(ctx, span[0])):  # ("… في «X Y Z»": a name)
                return "mark", j, span[0] - 1  # (a body's name in marks is no quotation: 'مصرف "X Y Z"')
        elif n == 0 and w == "ب" and "mark" in allowed and j + 1 < ctx.n and (span := ctx.mark_in_gap(j + 1)):
            return "mark", j + 1, span[0] - 1  # 'ما وصفه بـ"…"': the quotation is the verb's بـ complement
        if ctx.marked[j] or ctx.named(j):
            continue  # inside a quotation, or a name ("سي إن إن")
        prev = toks[j - 1].norm if j else ""
        blocked = prev in not_before_an and not (n == 1 and prev.startswith("علي")) and not (
            prev.startswith("علي") and j >= 2 and toks[j - 2].norm.startswith("الم"))
        # ("المجني عليه | إن": a passive participle's own pronoun, not "عليه أن", "he must")
        if (w in AN and blocked) or (w[:1] in "وف" and w[1:] in AN):
            return None  # past "كان عليها أن …"/"فإنها …" we are inside another clause's content
        if "an" in allowed and w in AN:
            return "an", j, t.start
        if "bi_an" in allowed and w.startswith("ب") and w[1:] in AN:
            return "bi_an", j, t.start
        kind = PREP_AN.get(w)
        if kind in allowed and j + 1 < ctx.n and toks[j + 1].norm in AN and re.fullmatch(r"\s*", toks[j + 1].gap):
            return kind, j, t.start
        if "colon" in allowed and w in _FIRST_PERSON and n and prev not in AN:
            return "colon", j, t.start  # "وقال المالكي لقد تم …": first-person speech, no marks
    return None


# (compiled once: re.search with a pattern's text looks it up again at each call, and these
# are asked of thousands of gaps)
_STOP_IN_GAP = re.compile(r"[.:]").search
_COMMA_IN_GAP = re.compile(r"[،,]").search


def _weak(ctx: Ctx, c: Cue, window: list[int]) -> tuple[str, int, int] | None:
    toks = ctx.toks
    allowed = set(c.complements) - STRONG
    if not allowed:
        return None
    bi_stop = _words("bi_stop")
    for n, j in enumerate(window):
        t = toks[j]
        if n and (_STOP_IN_GAP(t.gap) or ctx.marked[j]):
            return None
        w = t.norm
        kind = PREP_NP.get(w)
        if kind == "ila" and n and _envoy_to(ctx, j):
            continue  # "دعت المبعوثة الأممية إلى ليبيا، X، الأطراف إلى …": the subject's title
        if kind == "min" and n and counted_by(toks[j - 1].norm):
            continue  # "أبدى خبراء في عدد | من مصانع X تحفظهم": the partitive من of a quantifier
        if kind in allowed and j + 1 < ctx.n:
            return kind, j, t.start
        if "li" in allowed and w.startswith("ل") and not w.startswith("لل") and len(w) >= 4 and not ctx.named(j):
            return "li", j, t.start  # "دعت الطرفين لوقف القتال"
        if "bi" in allowed and w.startswith("ب") and not ctx.named(j) and not _whole_noun(ctx, j):
            nxt_mark = j + 1 < ctx.n and ctx.mark_in_gap(j + 1) is not None
            if (len(w) >= 4 and w not in bi_stop) or (w == "ب" and nxt_mark):
                return "bi", j, t.start
    return None


def _envoy_to(ctx: Ctx, j: int) -> bool:
    """إلى at token j, then a state or city of the lexicon closed by a comma, after a word of
    the subject: the destination in a title ("المبعوث الأممي إلى اليمن،"), not the verb's إلى."""
    k = j + 1
    if k + 1 >= ctx.n or not any(h.start == k and h.cut == 0 and h.cls in _STATES for h in ctx.doc.hits[k]):
        return False
    end = max((h.end for h in ctx.doc.hits[k] if h.cls in _STATES), default=k + 1)
    return end < ctx.n and comma(ctx.toks[end].gap)


_STATES = frozenset({"country", "capital", "city", "region"})


_WHOLE_NOUN = frozenset({"org_head", "org_head_weak", "media_head", "place_head", "country", "city", "capital"})


def _whole_noun(ctx: Ctx, j: int) -> bool:
    """The whole word, its ب included, is a head noun or a place ("بعثة"، "بلدية"، "بريطانيا"):
    no preposition opens it."""
    return any(h.cut == 0 and h.start == j and h.cls in _WHOLE_NOUN for h in ctx.doc.hits[j])


def _unnamed_words(ctx: Ctx, window: list[int], most: int) -> list[int]:
    """The first ``most`` tokens of the window, not counting those inside an actor's name:
    "دعا رئيس الاتحاد فلان أمس الأطراف كلها إلى …" reaches its إلى."""
    out: list[int] = []
    plain_count = 0
    for j in window:
        out.append(j)
        if not ctx.named(j):
            plain_count += 1
            if plain_count >= most:
                break
    return out


_TIME_ADVERBS = frozenset(["امس", "اليوم", "ايضا", "كذلك", "مجددا", "رسميا", "سابقا", "لاحقا"])


def _time_phrase(ctx: Ctx, window: list[int], k: int) -> int:
    """How many words of a time phrase open at window[k]: a weekday ("الخميس")، a part of a day
    before one ("مساء الخميس"، "صباح أمس")، a unit with its qualifier ("الأسبوع الماضي")."""
    words = _time_words()
    w = ctx.toks[window[k]].norm
    nxt = ctx.toks[window[k + 1]].norm if k + 1 < len(window) and plain(ctx.toks[window[k + 1]].gap) else ""
    if w in words["weekday"]:
        return 1
    if w in words["day_part"] and (nxt in words["weekday"] or nxt in _TIME_ADVERBS):
        return 2
    if w in words["unit"] and nxt in words["qualifier"]:
        return 2
    return 0


@cache
def _time_words() -> dict[str, frozenset[str]]:
    table = lexicon.load("reporting_verbs")["time_adverbials"]
    got = {name: frozenset(key(w) for w in ws) for name, ws in table.items()}
    got["weekday"] = frozenset(key(w) for ws in lexicon.load("weekdays")["weekdays"].values() for w in ws)
    return got


def _after_statement(ctx: Ctx, ci: int) -> bool:
    """The verb follows a statement noun it describes ("أصدرت الوزارة بيانا | جاء فيه …"), or
    the body the statement speaks for after it ("بيانا باسم اللجنة | جاء فيه"، "بيانا نيابة عن
    المجلس"، "بيانا صادرا عن الهيئة")."""
    if ci == 0:
        return False
    if _statement_noun(ctx, ci - 1):
        return True
    for k in range(ci - 2, max(-1, ci - 8), -1):
        if not plain(ctx.toks[k + 1].gap) and not quote(ctx.toks[k + 1].gap):
            return False
        if _statement_noun(ctx, k):
            return ctx.toks[k + 1].norm in _SPEAKS_FOR
    return False


_SPEAKS_FOR = frozenset(["باسم", "نيابه", "صادرا", "صادر", "الصادر"])


def _statement_noun(ctx: Ctx, k: int) -> bool:
    w = ctx.toks[k].norm
    statements = _words("statement")
    return w in statements or (w.endswith("ا") and w[:-1] in statements) or ("ال" + w) in statements


def _prev_marked(ctx: Ctx, window: list[int], n: int) -> bool:
    """A quotation mark already opened between the cue and the n-th word of its window."""
    return any(ctx.mark_in_gap(k) for k in window[:n])


def _apposed_name(ctx: Ctx, span: tuple[int, int]) -> bool:
    """The words in the marks are all a card's name, and a comma (or an aside in brackets:
    '، "أبو X" (50 عاما)،') follows the closing mark: a name in apposition, no quotation."""
    k = ctx.tok_after(span[1])
    return _all_named(ctx, span) and k < ctx.n and bool(_COMMA_IN_GAP(ctx.toks[k].gap) or "(" in ctx.toks[k].gap)


def _all_named(ctx: Ctx, span: tuple[int, int]) -> bool:
    """Every word inside the quotation marks is a word of a card's name."""
    ks = range(ctx.tok_after(span[0]), ctx.n)
    inside = [k for k in ks[:12] if ctx.toks[k].start < span[1]]
    return bool(inside) and all(ctx.named(k) for k in inside)


def _role_word(ctx: Ctx, j: int) -> bool:
    """A word of a title phrase before a name: a role noun, a definite word (or one coordinated
    with the one before: "نقيب المهندسين والمهندسات"), a linking word."""
    w = ctx.toks[j].norm
    return w.startswith(("ال", "وال")) or w in _person_heads() or w[:-1] in _person_heads() or w in (
        "باسم", "في", "ل", "لدي") or (w.startswith("ل") and len(w) > 4)


def _title_words(ctx: Ctx, js: list[int]) -> bool:
    """Words of a title phrase, where a role noun may govern an indefinite noun ("وزيرة خارجية")."""
    heads = _person_heads()

    def head(w: str) -> bool:
        w = w.removeprefix("ال")
        return w in heads or w[:-1] in heads

    ranked = {k for j in js for h in ctx.doc.hits[j] if h.cls == "rank" for k in range(h.start + 1, h.end)}
    # (a later word of a rank of several: "العقيد ركن")
    return all(_role_word(ctx, j) or j in ranked or (n and head(ctx.toks[js[n - 1]].norm)) or (
        n and n + 1 < len(js) and ctx.toks[js[n - 1]].norm in ("باسم", "في", "لدي") and ctx.toks[js[n + 1]].definite
    )  # ("باسم قوات | الدعم": a noun in construct after a title's link)
        for n, j in enumerate(js))


# A form of address with a pronoun standing as the subject ("وأكد سموه"، "وأشار معاليه")
HONORIFIC_PRONOUN = re.compile(r"^(سعادت|معالي|فخامت|سمو|حضرت|دولت|سماحت)(?:ه|ها)$")


_RELATIVES = (RELATIVE - {"ما", "بما", "مما"}) | {"اللذان", "اللتان"}  # (what is said may open with ما)


def _appeal(ctx: Ctx, c: Cue, window: list[int]) -> tuple[str, int, int] | None:
    """"وأهابت الوزارة بالسائقين أخذ الحيطة"، "وناشد المدير المواطنين عدم تشغيل …": after the
    subject, whom the appeal is made to (a noun with ب, or a definite plural of people, and any
    coordinated with it), then what they are asked, a noun without the article's marks of the
    addressee — for verbs of appeal (the ``appeal`` complement)."""
    if "appeal" not in c.complements or not window:
        return None
    got = _object_start(ctx, c, window)
    if got is None:
        return None
    n = window.index(got[1])
    toks = ctx.toks
    m = n
    while m < len(window) and m - n < 4 and (m == n or plain(toks[window[m]].gap)) and (
            _addressee(toks[window[m]], m > n)):
        m += 1
    if m == n or m >= len(window) or not plain(toks[window[m]].gap) or ctx.named(window[m]):
        return None
    t = toks[window[m]]
    if t.norm in AN or t.norm in PREP_NP or t.norm in PREP_AN or len(t.norm) < 3 or t.norm.startswith(("ب", "ل")):
        return None  # (after أن or a preposition the other complements speak)
    return "obj", window[m], t.start


_CHARGE_REACH = 6  # words of whom the blame is laid on before the noun of the charge (after a participle)


def _charge(ctx: Ctx, c: Cue, window: list[int]) -> tuple[str, int, int] | None:
    """"حمّلت النقابة الوزارة مسؤولية التأخير"، "محملا الشركة «المسؤولية كاملة»": after the
    subject, whom the blame is laid on, then a noun of the charge (`charge_nouns`) a few words
    on, with no pause between — for verbs that report only so (the ``charge`` complement: the
    same verb with any other object only carries it, "حملت الشاحنات الطحين")."""
    if "charge" not in c.complements or not window:
        return None
    toks = ctx.toks
    reach = _CHARGE_REACH if c.kind == PARTICIPLE else CHARGE_AHEAD  # (a verb's subject first: the cue's reach)
    m = next((m for m in range(min(len(window), reach + 1)) if charge_noun(toks[window[m]])), None)
    if m is None or any(re.search(r"[.:؛;]", toks[j].gap) for j in window[1 : m + 1]):
        return None
    if c.kind == PARTICIPLE or m == 0:
        # a participle's subject is before it: what was said opens at once ("محملة الحكومة
        # مسؤولية"), or with the charge itself when ل or على names whom it is laid on after it
        # ("محملة المسؤولية للبلدية")
        k = 0
        if m == 0 and not _laid_on_after(ctx, window, 0):
            return None
    else:
        k = _blamed_start(ctx, c, window, m)
        if k is None:
            return None
    if any(re.search(r"[،,]", toks[j].gap) for j in window[k + 1 : m + 1]):
        return None  # (a pause between whom it blames and the charge: no such phrase)
    span = ctx.mark_in_gap(window[k])
    return ("mark", window[k], span[0] - 1) if span else ("obj", window[k], toks[window[k]].start)


def _laid_on_after(ctx: Ctx, window: list[int], m: int) -> bool:
    """The charge noun at window[m] is followed by ل or على and whom it is laid on."""
    if m + 1 >= len(window):
        return False
    t = ctx.toks[window[m + 1]]
    return plain(t.gap.replace('"', "").replace("«", "")) and (
        t.norm in ("ل", "علي") or (t.norm.startswith("ل") and len(t.norm) > 3))


def _blamed_start(ctx: Ctx, c: Cue, window: list[int], m: int) -> int | None:
    """Where whom a verb of charging blames opens, the charge noun at window[m]: right after its
    subject, as for any object, when a card or a role names the subject; else the phrase right
    before the charge — a name, or a noun and its nisba adjectives ("حمّل حارس الضيوف | الجهاز
    الفني مسؤولية"، "حمّل وزير X | المصرف المركزي مسؤولية"); the subject keeps a word at least."""
    got = _object_start(ctx, c, window[:m + 1])
    n = window.index(got[1]) if got is not None and got[1] in window else 0
    if 1 <= n < m or (got is not None and got[0] == "mark" and 1 <= n <= m):
        return n
    k = m - 1
    if k < 1:
        return None
    toks = ctx.toks
    if ctx.marked[window[k]]:  # 'حمّل X "من أشعلوا النار" مسؤولية': the marks whole
        while k > 1 and ctx.marked[window[k - 1]] and not re.search('[«"“]', toks[window[k]].gap):
            k -= 1
        return k
    if ctx.named(window[k]):  # "حمّلت نقابة X وزارة Y مسؤولية": the name right before the charge
        k = next((j for j in range(k, 0, -1) if ctx.name_opens(window[j])), 0)
        return k or None
    while k > 1 and _adjective_or_of(toks[window[k]].norm) and toks[window[k - 1]].definite and plain(
            toks[window[k]].gap):
        k -= 1
    return k


def _addressee(t: Token, later: bool) -> bool:
    """A word of whom an appeal is made to: a noun with ب ("بالمواطنين")، a definite plural of
    people ("المواطنين"، "الأهالي"), or, after one, another coordinated with و ("والمقيمين")."""
    w = t.norm
    if later and w[:1] == "و":
        w = w[1:]
    return (w.startswith("ب") and len(w) >= 4) or (w.startswith("ال") and (
        w.endswith(("ين", "ون")) or w[2:] in groups_of_people())) or (later and w.startswith("ال") and len(w) >= 5)


def _object(ctx: Ctx, c: Cue, window: list[int]) -> tuple[str, int, int] | None:
    """"أعلنت الحركة تعيين قائد جديد"، "نفى الوزير صحة التقارير": the object after the subject,
    for verbs whose object is what was said; the weakest complement, tried last."""
    if "obj" not in c.complements or not window:
        return None
    return _object_start(ctx, c, window)


def _object_start(ctx: Ctx, c: Cue, window: list[int]) -> tuple[str, int, int] | None:
    """The first word after the subject (and its title, apposition, time and occasion)."""
    if not window:
        return None
    k = 0
    first_named = next((n for n, j in enumerate(window[:8]) if ctx.named(j)), None)
    if first_named is not None and _title_words(ctx, window[:first_named]):
        k = first_named  # the subject: a name, maybe after its title ("وأبدت وزيرة الخارجية X …")
    while k < len(window) and ctx.named(window[k]):
        k += 1  # the subject
    if 0 < k < len(window) - 1 and _rank_word(ctx, window[k]) and ctx.named(window[k + 1]) and plain(
            ctx.toks[window[k]].gap):
        # "قائد شرطة محافظة X | اللواء Y …": the title's place, then the holder's rank and name
        k += 1
        while k < len(window) and ctx.named(window[k]):
            k += 1
    if 0 < k < len(window) and _COMMA_IN_GAP(ctx.toks[window[k]].gap):
        # "المتحدث باسم الوزارة، العقيد X، …": the body named in the title, then its holder set
        # off by commas (a rank or title first) — the subject goes on to the holder's name
        nxt = next((n for n in range(k, min(k + 5, len(window))) if ctx.named(window[n])), None)
        if nxt is not None and _title_words(ctx, window[k:nxt]):
            k = nxt
            while k < len(window) and ctx.named(window[k]):
                k += 1
    if 0 < k < len(window) and ctx.named(window[k - 1]) and _COMMA_IN_GAP(ctx.toks[window[k]].gap):
        # "نفى المتهم الأول X، المدير السابق للشركة، كل التهم": the name's apposition, closed by a
        # comma, before the object
        close = next((n for n in range(k + 1, min(k + 12, len(window))) if _COMMA_IN_GAP(ctx.toks[window[n]].gap)),
                     None)
        if close is not None and ctx.toks[window[k]].definite and _title_words(ctx, window[k:close]):
            k = close
    if k == 0 and len(window) > 1 and HONORIFIC_PRONOUN.match(ctx.toks[window[0]].norm):
        k = 1  # "وأكد سموه أهمية …": the subject is a form of address with its pronoun
    if k == 0 and len(window) > 1 and _bare_body(ctx, window[0]):
        k = 1  # "وأعلنت الحركة تعيين …": a body named by its head noun alone is the subject
    if k == 0 and len(window) > 2:
        k = _office_body(ctx, window)  # "ونفى مكتب رئيس الوزراء صحة …": the office's body speaks
    if k == 0 and len(window) > 2 and ctx.toks[window[0]].norm in community_nouns():
        k = _community_end(ctx, window)  # "وأكد وجهاء العشائر التزامهم …": the notables speak
    if k == 0 and len(window) > 2 and _unnamed_head(ctx.toks[window[0]]):
        # "وأبدى مسؤولون في الوزارة تحفظهم …"، "ونفى مصدر في الشركة، طلب عدم …، وجود …": the sources speak
        k = _before_their_stance(ctx, window) or _unnamed_phrase_end(ctx, window)
    if k == 0 and len(window) > 1 and ctx.toks[window[0]].definite and _person_head(ctx.toks[window[0]].norm):
        # "وأكد الوزير …"، "وأكد المدراء الإقليميون للشركة …": a role that speaks, with its adjectives
        k = 1
        while k < len(window) - 1 and k < 4 and _adjective_or_of(ctx.toks[window[k]].norm):
            k += 1
        if k < len(window) - 2 and ctx.toks[window[k]].norm == "باسم" and plain(ctx.toks[window[k + 1]].gap) and (
                ctx.toks[window[k + 1]].definite or ctx.named(window[k + 1])):
            # "ونفى المتحدث | باسم الجيش": the body the spokesman speaks for, and its adjectives
            k += 2
            while k < len(window) - 1 and plain(ctx.toks[window[k]].gap) and (
                    (ctx.named(window[k]) and ctx.named(window[k - 1])) or _adjective_or_of(ctx.toks[window[k]].norm)):
                k += 1
    if 0 < k < len(window) and ctx.toks[window[k]].norm.startswith("وال"):
        # "أعلن الجيش الوطني والمقاومة الشعبية تحرير …": a second subject coordinated with the
        # first, and its definite adjectives
        k += 1
        while k < len(window) and ctx.toks[window[k]].definite and len(ctx.toks[window[k]].norm) > 4 and (
                ctx.toks[window[k]].norm.endswith(("ي", "يه"))):
            k += 1
    if 0 < k < len(window) - 3 and ctx.toks[window[k]].norm in _RELATIVES and ctx.named(window[k + 2]):
        # "نفى التحالف الذي تقوده X سقوط …": the subject's relative clause — its verb and the
        # name that closes it — is not what was denied
        m = k + 2
        while m < len(window) and ctx.named(window[m]):
            m += 1
        k = m
    while k < len(window) and (step := _time_phrase(ctx, window, k) or int(ctx.toks[window[k]].norm in _TIME_ADVERBS)):
        k += step  # "أمس"، "الأسبوع الماضي"، "مساء الخميس": when, not what
    if 0 < k < len(window):
        k = _past_occasion(ctx, window, k)
        while k < len(window) and ctx.toks[window[k]].norm in _TIME_ADVERBS:
            k += 1  # "خلال مؤتمر صحافي عقده أمس"
    if k >= len(window):
        return None
    # a transitive verb's next noun is its object ("أدانت المحكمة المتهمين «…»"): no unnamed subject
    for m in range(k, min(k + (1 if c.transitive else 4), len(window))):
        # "أعلنت الوزارة «تعليق الرحلات»": the object quoted is what was said, after a subject
        # that is a name or an unnamed role ("أعلن المتحدث العسكري «…»")
        span = ctx.mark_in_gap(window[m])
        if span is not None:
            if ctx.nwords(*span) >= 2 and all(_role_word(ctx, j) for j in window[k:m]) and not any(
                    re.search(r"[.:؛;،,]", ctx.toks[j].gap) for j in window[k : m + 1]):
                return "mark", window[m], span[0] - 1
            break
    j = window[k]
    t = ctx.toks[j]
    if re.search(r"[.:؛;]", t.gap) or t.norm in AN or t.norm in PREP_NP or (
            len(t.norm) < 3 and t.norm not in ("اي", "كل")) or ctx.marked[j]:
        return None  # (but "نفى أي صلة"، "نفى كل التهم": "any", "all" open the object)
    if t.norm in _words("bi_stop") or t.norm in _words("statement"):
        return None  # "أصدر بيانا": the statement is where, not what
    return "obj", j, t.start


def _rank_word(ctx: Ctx, j: int) -> bool:
    """Token j is a rank or a form of address ("اللواء"، "العميد"، "الدكتور")."""
    return any(c in ("rank", "honorific") for c, _ in lexicon_index().one(ctx.toks[j].norm))


def _unnamed_head(t: Token) -> bool:
    """An indefinite source noun ("مسؤولون"، "مصادر"، "خبراء") opening the words after a verb."""
    return not t.definite and t.norm in _unnamed_heads()


@cache
def _unnamed_heads() -> frozenset[str]:
    return frozenset(key(w) for w in lexicon.load("anonymous")["heads"] if " " not in w)


def _before_their_stance(ctx: Ctx, window: list[int]) -> int:
    """"أبدى مسؤولون في جمعيات خيرية | تحفظهم"، "أكد خبراء | التزامهم": the first word, within
    seven, that carries a possessive pronoun is the stance the source stated, so the words
    before it are the source; 0 where none comes (no subject is taken)."""
    toks = ctx.toks
    for n in range(1, min(len(window), 8)):
        t = toks[window[n]]
        if not plain(t.gap) or ctx.marked[window[n]]:
            return 0
        if len(t.norm) >= 5 and t.norm.endswith(("هم", "هن", "هما")) and not t.definite:
            return n
    return 0


def _unnamed_phrase_end(ctx: Ctx, window: list[int]) -> int:
    """How many words of the window an unnamed source opening it takes: its nisba adjectives,
    one complement after في/من (a name, or a definite noun and its adjectives), and its aside
    of anonymity set off by commas ("مصدر أمني في الوزارة، طلب عدم ذكر اسمه،"); 0 where no
    object follows plainly."""
    toks, n = ctx.toks, 1
    while n < len(window) and plain(toks[window[n]].gap) and not toks[window[n]].definite and (
            (len(toks[window[n]].norm) >= 4 and _NISBA.search(toks[window[n]].norm))
            or toks[window[n]].norm in _unnamed_adjectives()):
        n += 1
    if n < len(window) - 1 and plain(toks[window[n]].gap) and toks[window[n]].norm in ("في", "من") and (
            plain(toks[window[n + 1]].gap)):
        m = n + 1
        if ctx.named(window[m]):
            while m < len(window) and ctx.named(window[m]) and (plain(toks[window[m]].gap) or m == n + 1):
                m += 1
        elif toks[window[m]].definite:
            m += 1
            while m < len(window) and plain(toks[window[m]].gap) and toks[window[m]].definite and (
                    len(toks[window[m]].norm) >= 5 and _NISBA.search(toks[window[m]].norm)):
                m += 1
        else:
            return 0
        n = m
    if n < len(window) and _COMMA_IN_GAP(toks[window[n]].gap):
        close = next((m for m in range(n + 1, min(len(window), n + 8)) if _COMMA_IN_GAP(toks[window[m]].gap)), None)
        if close is None or not (any(toks[window[x]].norm == "عدم" for x in range(n, close)) or (
                _past_occasion(ctx, window, n) == close)):
            return 0
        n = close  # past the aside of anonymity, or the occasion ("، في تصريح لقناة X،"), between its commas
    if n >= len(window) or not (plain(toks[window[n]].gap) or _COMMA_IN_GAP(toks[window[n]].gap)):
        return 0
    return n


_NISBA = re.compile(r"(?:ي|يه|يون|يين|يا|ين|ون)$")


@cache
def _unnamed_adjectives() -> frozenset[str]:
    """A source's own listed adjectives ("رفيع"، "مطلع"), and their accusative."""
    words = [key(w) for w in lexicon.load("anonymous")["adjectives"] if " " not in w]
    return frozenset(words + [w + "ا" for w in words])


def _community_end(ctx: Ctx, window: list[int]) -> int:
    """How many words of the window a community's notables or families take ("وجهاء العشائر"،
    "مشايخ قبليون في محافظة X"): their genitive or adjective, more adjectives, and one
    complement after في/من that ends on a name."""
    toks = ctx.toks
    k = 2
    while k < len(window) - 1 and plain(toks[window[k]].gap) and len(toks[window[k]].norm) >= 4 and (
            toks[window[k]].norm.endswith(("ي", "يه", "يون", "يين"))):
        k += 1  # (a nisba adjective: "المحليين")
    if k < len(window) - 2 and toks[window[k]].norm in ("في", "من"):
        m = k + 1
        while m < len(window) - 1 and m - k <= 3 and plain(toks[window[m]].gap) and not ctx.named(window[m]):
            m += 1  # ("في محافظة …": a head before the name)
        if ctx.named(window[m]):
            while m < len(window) and ctx.named(window[m]):
                m += 1
            k = m
    return k


def _person_head(w: str) -> bool:
    w = w.removeprefix("ال")
    return w in _person_heads() or w[:-1] in _person_heads()


def _adjective_or_of(w: str) -> bool:
    """A definite nisba ("الإقليميون"، "الأمريكي") or a genitive with لـ ("للشركة")."""
    return (w.startswith("ال") and w.endswith(("ي", "يه", "يون", "يين"))) or (w.startswith("لل") and len(w) > 4)


_OCCASION_TAIL = frozenset(["له", "لها", "لهم", "عقده", "عقدته", "عقدوه"])


def _occasion_adjective(t: Token) -> bool:
    """An indefinite adjective of the shapes فاعل or مُفعَل ("لاحق"، "سابق"، "مقتضب"، "مشترك") after a
    speech event noun: "في بيان لاحق" is when and how it was said."""
    w = t.norm
    return not t.definite and ((len(w) == 4 and w[1] == "ا") or (w.startswith("م") and 5 <= len(w) <= 6))


def _past_occasion(ctx: Ctx, window: list[int], k: int) -> int:
    """Past "في تصريحات صحفية"، "خلال مؤتمر صحافي عقده"، "في كلمة له": where it was said,
    between the subject and the object."""
    toks = ctx.toks
    if k + 1 >= len(window) or toks[window[k]].norm not in ("في", "خلال", "عبر") or (
            toks[window[k + 1]].norm not in _words("speech_events")):
        return k
    m = k + 2
    while m < len(window) and m - k < 5 and not re.search(r"[.:؛;]", toks[window[m]].gap) and (
            toks[window[m]].norm.endswith(("ي", "يه")) or toks[window[m]].norm in _OCCASION_TAIL
            or _occasion_adjective(toks[window[m]])):
        m += 1  # its adjectives ("صحفية"، "صحافي"، "لاحق"، "مقتضب") and "له"/"عقده"
    if _COMMA_IN_GAP(toks[window[k]].gap):
        # "، في تصريح لقناة محلية، …": an occasion set off by commas ends at the closing one
        close = next((x for x in range(m, min(len(window), k + 10)) if _COMMA_IN_GAP(toks[window[x]].gap)), None)
        if close is not None and not any(re.search(r"[.:؛;]", toks[window[x]].gap) for x in range(k + 1, close)):
            return close
    return m


def _office_body(ctx: Ctx, window: list[int]) -> int:
    """How many words of the window name a body by the office it serves ("مكتب رئيس الوزراء"،
    "ديوان الرئيس"): an indefinite organisation head, a role noun and the role's definite
    genitives; 0 when it does not open so."""
    head, role = ctx.toks[window[0]], ctx.toks[window[1]]
    if head.definite or not plain(role.gap):
        return 0
    idx = lexicon_index()
    if not any(c in ("org_head", "org_head_weak") for c, _ in idx.one(head.norm)):
        return 0
    if not any(c == "title" for c, _ in idx.one(role.norm)):
        return 0
    m = 2
    while m < len(window) and m < 5 and ctx.toks[window[m]].definite and plain(ctx.toks[window[m]].gap):
        m += 1
    return m


def _bare_body(ctx: Ctx, j: int) -> bool:
    """A definite organisation head noun standing alone ("الحركة"، "الحكومة"، "الوزارة")."""
    t = ctx.toks[j]
    return t.norm.startswith("ال") and len(t.norm) > 4 and any(
        c in ("org_head", "org_head_weak") for c, _ in lexicon_index().one(t.norm[2:]))


_UNMARKED_CUES = frozenset(["قال", "اضاف", "تابع", "استطرد", "اردف"])
_OPENS_SPEECH = frozenset(["لا", "لن", "لم", "ليس", "ليست", "نحن", "انا", "هذا", "هذه", "هناك", "لقد", "اننا", "انني"])


def _unmarked(ctx: Ctx, c: Cue, window: list[int]) -> tuple[str, int, int] | None:
    """Direct speech with neither marks, colon nor أن after a verb of saying: "وقال لا يوجد …"،
    "وقال الوزير، في المؤتمر، لا شك …" — a clause opening with a negation, a pronoun or a
    demonstrative, right after the verb or after its subject and a comma."""
    if c.lemma not in _UNMARKED_CUES or c.kind != VERB or not window:
        return None
    for n, j in enumerate(window[:_UNMARKED_REACH]):
        t = ctx.toks[j]
        if _STOP_IN_GAP(t.gap) or ctx.marked[j]:
            return None
        after_subject = n == 0 or _COMMA_IN_GAP(t.gap)
        if after_subject and t.norm in _OPENS_SPEECH and not ctx.named(j) and (
                ctx.nwords(t.start, ctx.sentence(t.start)[1]) >= 4):  # ("وقالت آنا X": a name, not "أنا")
            return "colon", j, t.start
    return None


def _term_before(ctx: Ctx, j: int) -> bool:
    if j < 0:
        return False
    w = ctx.toks[j].norm.lstrip("وب")
    terms = _words("term_before")
    # كتاب، كتابه، كتابها: the noun or its possessive ("قانونية" is an adjective, no "قانون" + ها)
    return w in terms or (w.endswith("ه") and w[:-1] in terms) or (w.endswith(("ها", "هم")) and w[:-2] in terms)


def natural_end(ctx: Ctx, start: int) -> int:
    """End of the stretch opened at ``start``: its sentence, carried on by open quotation marks."""
    end = ctx.sentence(start)[1]
    # each quotation opened before the end that closes past it carries the end on; found by
    # index, not by walking every quotation of a long sentence
    k = bisect.bisect_left(ctx.mark_starts, start)
    while (k := ctx.mark_ends.first_above(k, bisect.bisect_left(ctx.mark_starts, end), end - 1)) is not None:
        e = ctx.marks.spans[k][1]
        end = max(end, ctx.sentence(e)[1], e + 1)
        k += 1
    # a closing mark left alone later in the paragraph: the speech runs up to it
    b = bisect.bisect_left(ctx.breaks, end)
    para_end = ctx.breaks[b] if b < len(ctx.breaks) else len(ctx.text)
    c = ctx.lone_close_in(end, para_end)
    if c is None and para_end < len(ctx.text) and ctx.lone_open_in(start - 1, para_end):
        # a quotation opened here and left open at the paragraph's end: it runs on into the next
        # paragraph, up to a closing mark left alone there ("وتابع: «… .\n… »")
        nb = bisect.bisect_right(ctx.breaks, para_end)
        c = ctx.lone_close_in(para_end, ctx.breaks[nb] if nb < len(ctx.breaks) else len(ctx.text))
    k = bisect.bisect_left(ctx.mark_starts, end)
    if c is not None and not (k < len(ctx.mark_starts) and ctx.mark_starts[k] < c):
        end = max(ctx.sentence(c)[1], c + 1)
    elif c is None and para_end < len(ctx.text) and _lone_open_at(ctx, start) is not None and (
            ctx.text[para_end:para_end + 8].lstrip()[:1] in ("«", '"', "“")):
        # "قال X: «… .¶«…»": a quotation of several paragraphs, its opening mark written again at
        # the head of the next one — this paragraph's part runs to the paragraph's end
        end = max(end, para_end)
    words = ctx.doc.token_range(start, end)  # "أما" opens a new topic
    k = bisect.bisect_right(ctx.amma, max(words.start - 1, ctx.tok_after(start)))
    while k < len(ctx.amma) and ctx.amma[k] < words.stop:
        if not ctx.marked[ctx.amma[k]]:
            return ctx.toks[ctx.amma[k]].start
        k += 1
    return min(end, len(ctx.text))


# -------------------------------------------------------------- attribution after content
# What may stand between a stretch and its attribution; matched in place (fullmatch with
# bounds), never on a copy of a stretch of a long sentence
_GAP = re.compile(r"[\s،,.\"«»“”„]*")
_LEAD = re.compile(r"[^ \t\nو]")
# a short source (80 characters) with no punctuation, then فإن: "…، وبحسب تقدير اللجنة فإن"
_FRONTED_IN_CLAUSE = re.compile(r"[^،,.:;؛\"«»“”\n]{0,80}?(?<!\w)ف[اإ]ن(?!\w)")


# "وبحسب المتحدثة باسم البلدية، X، فإن …": فإن within a short reach opens the content, past
# the commas of an apposition in the source
_FA_INNA_NEAR = re.compile(r"[^.:;؛\"«»“”\n]{0,80}?(?<!\w)ف[اإ]ن(?!\w)")


def after_drafts(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    out = sorted(drafts, key=lambda d: d.start)
    starts = [d.start for d in out]
    regions = sorted((ctx.toks[d.region[0]].start if d.region[0] < ctx.n else len(ctx.text),
                      ctx.toks[d.region[1]].start if d.region[1] < ctx.n else len(ctx.text))
                     for d in drafts if d.region)
    region_starts = [a for a, _ in regions]
    afters = sorted((c for c in ctx.cues if c.kind == AFTER), key=lambda c: c.start)
    after_starts = [c.start for c in afters]

    def last_after_before(lo: int, hi: int) -> Cue | None:
        """The last AFTER cue starting in [lo, hi), found by bisection (the cues are sorted)."""
        k = bisect.bisect_left(after_starts, hi) - 1
        return afters[k] if k >= 0 and after_starts[k] >= lo else None

    for c in afters:
        if ctx.in_marks(c.start):
            continue
        j = bisect.bisect_right(region_starts, c.start) - 1
        if j >= 0 and any(b > c.start for _, b in regions[max(0, j - 3) : j + 1]):
            continue  # an aside inside a speaker's subject: "وقال X، بحسب ما نقلت عنه الوكالة، "…""
        sent_s, sent_e = ctx.sentence(c.start)
        o = last_after_before(sent_s, c.start)
        if o is not None and not re.search(r"[،,.:]", ctx.text[o.end : c.start]):
            continue  # "حسب ما بثته الإذاعة نقلا عن X، فإن": a relay inside another cue's source
            # (the nearest such cue only: a sentence of thousands of them stays linear)
        # the source opens at the token the cue's glued preposition belongs to ("وفقا لمصادر")
        src = (ctx.doc.token_at(c.end), ctx.tok_after(sent_e))
        clause = _FRONTED_IN_CLAUSE.match(ctx.text, c.end, sent_e) if re.search(
            r"[،,]\s*$", ctx.text[max(sent_s, c.start - 8) : c.start]) else None
        if not _LEAD.search(ctx.text, sent_s, c.start) or clause:
            # fronted: "وبحسب المنظمة، فإن …"، "ووفقا لتقرير الهيئة فإن …": the source, then a
            # comma or فإن, then the content; after a comma, "…، وبحسب X فإن …" opens a clause too
            cut = clause or _FA_INNA_NEAR.match(ctx.text, c.end, sent_e) or re.search(
                r"[،,]|(?<!\w)ف[اإ]ن", ctx.text[c.end : sent_e])
            if cut is not None and cut.re is _FA_INNA_NEAR:
                clause = cut
            if clause:
                cut = re.search(r"(?<!\w)ف[اإ]ن", ctx.text[c.end : clause.end()])
            if cut:
                body = c.end + (cut.end() if cut.group() in "،," else cut.start())
                _insert(out, starts, Draft(body, natural_end(ctx, body), "after", c,
                                           source=(ctx.doc.token_at(c.end), ctx.tok_after(c.end + cut.start()))))
            continue
        k = bisect.bisect_left(starts, c.start)
        prev = out[k - 1] if k else None
        if prev is not None and prev.end <= sent_s:
            prev = None
        if prev is not None and prev.end <= c.start and _GAP.fullmatch(ctx.text, prev.end, c.start):
            prev.source = prev.source or src
            continue
        if prev is not None and prev.start < c.start < prev.end:
            prev.end = c.start  # the attribution closes that stretch
            prev.source = prev.source or src
            continue
        near = out[max(0, k - 8) : k]
        lo = max([sent_s] + [d.end for d in near if sent_s <= d.end <= c.start])
        # the last quotation opened after lo that closed before the cue
        j = ctx.mark_ends_neg.last_above(bisect.bisect_left(ctx.mark_starts, lo),
                                         bisect.bisect_left(ctx.mark_starts, c.start), -c.start)
        if j is not None and _GAP.fullmatch(ctx.text, ctx.marks.spans[j][1], c.start):
            s, e = ctx.marks.spans[j]
            _insert(out, starts, Draft(s, e, "after", c, source=src))
            continue
        if lo == sent_s and (lo == 0 or ctx.text[lo - 1] == "\n") and (
                m := _DATELINE.match(ctx.text, lo, c.start)):
            lo = m.end()  # "بغداد (الوكالة) - …": the dateline is where the story was filed, not said
        if ctx.nwords(lo, c.start) >= 4:
            _insert(out, starts, Draft(lo, c.start, "after", c, source=src))
    return out


# A dateline opening a line: a place of one to three words (with their marks: "عمّان"), maybe an
# agency in brackets, a dash.
_DATELINE = re.compile(r"[^\W\d_][^\s\d()\-–—]*(?: [^\W\d_][^\s\d()\-–—]*){0,2}(?: ?\([^()\n]{1,40}\))? ?[-–—] ")


def _insert(out: list[Draft], starts: list[int], d: Draft) -> None:
    i = bisect.bisect_right(starts, d.start)
    out.insert(i, d)
    starts.insert(i, d.start)


# ---------------------------------------------------------------- quotations with no cue
_SAID_THIS = re.compile(r"هكذا|كما|هذا ما|ذلك ما")
_INVERTED = re.compile(r"[\"»”“]?[ \t]*[،,.]?[ \t]*(?:(?:هكذا|كما|هذا ما|ذلك ما)[ \t]+)?")


def marked_drafts(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    out = []
    verbs = {c.start: c for c in ctx.cues if c.kind == VERB and not c.ambiguous and usable(ctx, c)}
    vstarts = sorted(verbs)
    with_draft = {d.cue.start for d in drafts if d.cue is not None}
    spans = sorted((d.start, d.end) for d in drafts)
    starts = [a for a, _ in spans]
    reach: list[int] = []
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)
    own_draft: dict[int, Draft] = {}  # id(cue) → its first draft, looked up rather than searched
    for d in drafts:
        if d.cue is not None:
            own_draft.setdefault(id(d.cue), d)
    for s, e in ctx.marks.spans:
        i = bisect.bisect_left(starts, e) - 1
        if i >= 0 and reach[i] > s:
            continue  # inside a stretch already found
        m = _INVERTED.match(ctx.text, e)
        c = verbs.get(m.end()) if m else None
        if c is not None and c.prefix[:1] in ("و", "ف") and not (m and _SAID_THIS.search(m.group())):
            c = None  # "«…»، ودعا X": a coordinated verb opens the next clause, it does not attribute this one
        words = ctx.nwords(s, e)
        if c is not None and (_is_name(ctx, s, e) or _after_preposition(ctx, s)):
            c = None  # 'وفي تصريح لـ"الفجر"، قال …': a name, not the quotation
        if c is not None and words < 4 and id(c) in own_draft and not (
                own_draft[id(c)].comp == "mark" and ("،" in m.group() or "," in m.group())):
            # the verb has its own quotation; a short term before it is not one — unless both
            # are quotations around it: '"…"، قال X، "…"' is one speaker's quote, split
            c = None
        said_this = bool(m and re.search(r"(?:هذا|ذلك) ما", m.group()))
        if c is not None and not said_this and "." in m.group():
            c = None  # a new sentence, not an attribution
        if c is not None and not said_this and "،" not in m.group() and "," not in m.group() and (
            ctx.text[s:e].rstrip()[-1:] in ".!?؟"
        ):
            c = None  # a finished sentence in marks, then a new sentence
        if c is not None:
            ci = ctx.cue_tok[c.start]
            own = own_draft.get(id(c))
            region_end = own.region[1] if own and own.region else ctx.tok_after(ctx.sentence(c.start)[1])
            out.append(Draft(s, e, "inverted", c, ci, None, (ci + 1, region_end)))
            continue
        if words < 4 or _is_name(ctx, s, e):
            continue  # a term, a name or a title in quotation marks
        far = _far_verb(ctx, s, verbs, vstarts, with_draft)
        if far is not None:
            ci = ctx.cue_tok[far.start]
            out.append(Draft(s, e, "cue", far, ci, "mark", (ci + 1, ctx.tok_after(s))))
            continue
        out.append(Draft(s, e, "marked"))
    return out


_FAR = 20  # tokens between a verb and the quotation it governs past its subject and adjuncts


def _far_verb(ctx: Ctx, s: int, verbs: dict[int, Cue], vstarts: list[int], with_draft: set[int]) -> Cue | None:
    """"اعتبرت الوزارة في بيان نشرته أمس على حسابها السفير «…»": the sentence's verb of saying,
    whose quotation comes after its subject, adjuncts and object — when that verb has no
    quotation of its own and nothing but words lies between them."""
    k = bisect.bisect_left(vstarts, s) - 1
    if k < 0:
        return None
    c = verbs[vstarts[k]]
    if c.start in with_draft or nested(ctx, c):
        return None
    if ctx.tok_after(s) - ctx.cue_tok[c.start] > _FAR or ctx.sentence(c.start)[0] != ctx.sentence(s)[0]:
        return None  # (the distance first: what lies between is read only when it is short)
    if not {"mark", "obj"} & set(c.complements) and not _subject_and_occasion(ctx, ctx.cue_tok[c.start] + 1,
                                                                           ctx.tok_after(s)):
        return None  # "وأشار X «…»": any verb of saying, when only its subject (and where it spoke) stands between
    if re.search(r"[.:؛;!?؟]", ctx.text[c.end : s]) or ctx.marks_between(c.end, s - 1):
        return None
    return c


def _subject_and_occasion(ctx: Ctx, a: int, b: int) -> bool:
    """Tokens [a, b) are a named subject and, maybe, where it spoke ("طالب المجلس في بيان
    مقتضب «…»"، "دعت X خلال مؤتمر صحافي عقدته «…»")."""
    k = a
    while k < b and ctx.named(k):
        k += 1
    if k == a:
        return False
    window = list(range(k, b))
    if not window:
        return True
    m = _past_occasion(ctx, window, 0)
    if m == 0:
        return False
    rest = window[m:]  # its adjective or when ("في بيان مقتضب"، "في بيان اليوم")
    return len(rest) <= 2 and all(
        ctx.toks[j].norm in _TIME_ADVERBS or not (ctx.toks[j].definite or ctx.named(j) or ctx.toks[j].norm in AN
                                                  or ctx.toks[j].norm in PREP_NP or _STOP_IN_GAP(ctx.toks[j].gap))
        for j in rest)


def _subject_in_marks(ctx: Ctx, span: tuple[int, int]) -> bool:
    """One or two words in marks right after a verb, followed by "في"/"عبر" or the content's
    أن/إن: the name of the verb's subject, not what it said."""
    if ctx.nwords(*span) > 2:
        return False
    k = ctx.tok_after(span[1])
    return k < ctx.n and (ctx.toks[k].norm in ("في", "عبر", "خلال") or THAT.match(ctx.toks[k].norm) is not None)


def _after_preposition(ctx: Ctx, s: int) -> bool:
    """The quotation follows a preposition on its line ('في تصريح لـ"الفجر"'): a name, not what
    was said (a line ending in "… - أ ف ب" has no preposition before the next line's quote)."""
    i = ctx.tok_after(s) - 1
    return i >= 0 and ctx.toks[i].norm in ("ل", "ب", "في", "عن", "من", "الي", "علي", "مع") and (
        "\n" not in ctx.text[ctx.toks[i].end : s])


def _is_name(ctx: Ctx, s: int, e: int) -> bool:
    """A quotation that names something: after a naming noun (قناة، مؤسسة، عملية …), mostly
    Latin letters, or mostly an actor's name."""
    i = ctx.tok_after(s) - 1
    # (a new sentence opened with the marks: the last one's words name nothing in them, and what
    # they hold is speech whatever naming noun opens it: '. "الفيلم أخذ مني …"، قال X')
    new_sentence = i + 1 < ctx.n and re.search(r"[.!?؟]", ctx.toks[i + 1].gap) is not None
    if not new_sentence and (_term_before(ctx, i) or _term_before(ctx, i - 1)):
        return True
    first = ctx.toks[i + 1].norm if i + 1 < ctx.n else ""
    if not new_sentence and ctx.nwords(s, e) <= 6 and first.startswith("ال") and first[2:] in _words("term_before"):
        return True  # '"الجائزة الدولية للإبداع"': a name that opens with its naming noun
    body = ctx.text[s:e]
    letters = [ch for ch in body if ch.isalpha()]
    if letters and sum("a" <= ch.lower() <= "z" for ch in letters) * 2 > len(letters):
        return True
    inside = ctx.doc.token_range(s, e)
    return bool(inside) and sum(1 for k in inside if ctx.named(k)) * 2 > len(inside)


# ------------------------------------------------------------ overlaps, trimming, kinds
_COMPLEMENT_SUBJECT = 6  # words of a complement clause's subject before its verb


def _complement_verb(ctx: Ctx, d: Draft, o: Draft) -> bool:
    """"… إلى أن نقابات القطاع العام هددت بإضراب": the cue of ``o`` is the first verb of the
    clause ``d`` reports (أن/إن, maybe after its preposition, then that clause's subject): what
    the subject threatened is part of what ``d``'s speaker said, no report of its own."""
    if o.cue is None or o.cue.kind != VERB:
        return False  # ("… سيرسل مراقبين مشيرا إلى أن": a participle goes on with the speaker's own report)
    a, ci = ctx.tok_after(d.start), ctx.cue_tok[o.cue.start]
    k = a + 1 if a < ci and ctx.toks[a].norm in PREP_AN else a
    if k >= ci or ctx.toks[k].norm not in AN:
        return False
    subject = range(k + 1, ci)
    return 0 < len(subject) <= _COMPLEMENT_SUBJECT and all(
        plain(ctx.toks[j].gap) and not ctx.marked[j] for j in range(k + 1, ci + 1)) and (
        ctx.toks[k + 1].definite or (k + 2 < ci and ctx.toks[k + 2].definite))  # ("نقابات القطاع": in construct)


def settle(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    closes = [c.start for c in ctx.cues if c.kind == CLOSE and not ctx.in_marks(c.start)]
    for d in drafts:  # "… على حد تعبيره": the aside closes the stretch
        k = bisect.bisect_right(closes, d.start)  # cues are in text order
        if k < len(closes) and closes[k] < d.end:
            d.end = closes[k]
    drafts.sort(key=lambda d: (d.start, -d.end))
    drafts = _drop_nested(ctx, drafts)
    for k, d in enumerate(drafts):
        for m in range(k + 1, len(drafts)):  # not a copy of the rest of the list per draft
            o = drafts[m]
            if o.start >= d.end:
                break
            if o.cue is not None and d.start < o.cue.start < d.end and _complement_verb(ctx, d, o):
                o.end = o.start  # (dropped below: an empty stretch)
                continue
            cut = o.cue.start if o.cue is not None and d.start < o.cue.start < d.end else o.start
            if o.cue is not None and cut == o.cue.start:
                # "… بينما المعارضة تقول إن": the next speaker, named before its verb, is not in this stretch
                ci = ctx.cue_tok[o.cue.start]
                j = ci - 1
                while j >= 0 and ctx.named(j) and ctx.toks[j].start > d.start and not ctx.toks[j + 1].gap.strip():
                    j -= 1
                if j < ci - 1 and opens_clause(ctx, j + 1):
                    cut = ctx.toks[j + 1].start
                else:
                    # "…، لكن مكتبه نفى ذلك": the next clause opens at its conjunction — further back
                    # before a participle, which continues the clause the conjunction opened ("…،
                    # فيما انتقده النائب X، معتبرا أن")
                    # ("…، غير أن باعة الخضار عند المدخل يرون أن": further back when only the plain words
                    # of the new clause's subject lie between)
                    reach = 9 if o.cue.kind == PARTICIPLE else 4
                    k = next((k for k in range(ci - 1, max(ci - 9, -1), -1) if _opens_comment(ctx, k)
                              and ctx.toks[k].start > d.start and re.search(r"[،,]", ctx.toks[k].gap) and (
                                  k > ci - reach or not any(re.search(r"[^\s]", ctx.toks[j].gap)
                                                            for j in range(k + 1, ci + 1)))), None)
                    if k is not None:
                        cut = ctx.toks[k].start
            if o.start > d.start or (o.cue is not None and d.start < o.cue.start < d.end):
                d.end = min(d.end, cut)
    out: list[Draft] = []
    seen: set[tuple[int, int]] = set()
    for d in drafts:
        d.end = _trim_end(ctx.text, d.start, d.end)
        while d.start < d.end and ctx.text[d.start] in " \t\n":
            d.start += 1
        if d.end <= d.start or not re.search(r"\w", ctx.text[d.start : d.end]) or (d.start, d.end) in seen:
            continue
        # "رحب بالخطوة"، "نفى الاتهامات": one word after the verb is its object, not speech — still
        # attributed (a later "وقال" continues its subject), never shown
        d.object_only = (d.mode in ("cue", "after") and d.comp not in ("mark", "colon")
                         and ctx.nwords(d.start, d.end) < 2)
        seen.add((d.start, d.end))
        out.append(d)
    return out


_BUT = frozenset(["لكن", "ولكن", "لكنه", "لكنها", "بينما", "فيما", "غير"])


def _opens_comment(ctx: Ctx, k: int) -> bool:
    """Token k opens a clause of its own after a comma: a conjunction of contrast, or "وهو ما"
    / "وهي ما" ("…، وهو ما رفضه الوزير X، مؤكدا": which X rejected — X's clause)."""
    t = ctx.toks[k].norm
    return t in _BUT or (t in ("وهو", "وهي") and k + 1 < ctx.n and ctx.toks[k + 1].norm == "ما")
_CONJUNCTIONS = frozenset(["لكن", "ولكن", "كما", "بينما", "فيما", "ثم", "و", "بان", "وان"])


def opens_clause(ctx: Ctx, i: int) -> bool:
    """Token i heads its clause: first of the text, after punctuation, after a complementizer
    or a conjunction ("أن فرنسا أعلنت"، "بينما المعارضة تقول"), or with و glued to it — not
    inside a phrase ("في مدينة X أدانت")."""
    if i <= 0 or re.search(r"[.،,:;؛\"«»“”\n]", ctx.toks[i].gap):
        return True
    prev = ctx.toks[i - 1].norm
    return prev in AN or prev in _CONJUNCTIONS or ctx.toks[i].norm.startswith("و")


def _drop_nested(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """Speech reported inside reported speech ("وأضاف أن الوزير أكد أن …") belongs to the
    outer quote: a cue right after the outer complementizer and its subject, with no
    punctuation between, opens no stretch of its own."""
    out: list[Draft] = []
    starts: list[int] = []  # out is in start order
    ends = RangeMax(capacity=len(drafts))  # out's ends, to find the last stretch around a cue by index
    for d in drafts:
        if d.cue is not None and d.mode == "cue":
            k = ends.last_above(0, bisect.bisect_left(starts, d.cue.start), d.cue.start)
            outer = out[k] if k is not None else None
            if (outer is not None and outer.comp in _INTRODUCERS[:6]
                    and _named_run(ctx, ctx.tok_after(outer.start) + 1, d.ci)):
                outer.end = max(outer.end, d.end)
                ends.set(k, outer.end)
                continue
        ends.set(len(out), d.end)
        starts.append(d.start)
        out.append(d)
    return out


def _named_run(ctx: Ctx, a: int, b: int) -> bool:
    """Tokens [a, b) are actor names only, maybe joined by و: "أن [الخطيب] أكد"; or nothing at
    all after a complementizer that carries the subject ("إنها حثت")."""
    if a >= b:
        return a == b and a > 0 and ctx.toks[a - 1].norm in AN and len(ctx.toks[a - 1].norm) > 2
    return all(not (not ctx.named(k) or (re.search(r"[^\s]", ctx.toks[k].gap) and k > a)) for k in range(a, b))


_TRAIL = " \t\n.،,؛;:"
# Words left dangling when the next quote's cue cuts a stretch ("إن المفاوضات صعبة، بينما |قال")
_DANGLING = re.compile(
    r"(?:^|\s)(?:بينما|فيما|في حين|حيث|كما|ثم|إذ|اذ|لكن|لكنه|لكنها|ولكن|ولكنه|و|ف|الذي|التي|الذين|ما|بما|"
    r"مما|أما|اما|هكذا|غير أن|إلا أن|الا أن|غير ان|إلا ان|قبل أن|قبل ان)$"
)
# The longest match (a space, the longest word, and a line break $ may stand before): the
# search need only start that far from the end (from the start, it tried every offset).
_DANGLING_REACH = 2 + max(map(len, _DANGLING.pattern.removeprefix(r"(?:^|\s)(?:").removesuffix(")$").split("|")))


def _trim_end(text: str, start: int, end: int) -> int:
    while True:
        while end > start and text[end - 1] in _TRAIL:
            end -= 1
        m = _DANGLING.search(text, max(start, end - _DANGLING_REACH), end)
        if not m or m.start() <= start:
            return end
        end = m.start()


_INTRODUCERS = ("an", "bi_an", "ila_an", "ala_an", "min_an", "fi_an", "bi", "an_np", "ila", "ala", "min", "li")


def kind(ctx: Ctx, d: Draft) -> tuple[str, int, int]:
    """direct / mixed / indirect from how much of the stretch is inside quotation marks;
    a direct quotation's span is the quoted words themselves."""
    words = list(ctx.doc.token_range(d.start, d.end))
    if d.comp in _INTRODUCERS:
        words = words[1:]  # the complementizer or preposition itself
    inside = [k for k in words if ctx.marked[k]]
    close = ctx.lone_close_in(d.start, d.end)
    lone = close is not None
    opened = _lone_open_at(ctx, d.start)
    if opened is not None and close is not None and not ctx.text[close + 1 : d.end].strip(" .،,!?؟"):
        # "وتابع: «…\n…»": one quotation across paragraphs, its marks left alone in each
        return "direct", opened + 1, close
    if words and len(inside) == len(words) and not lone:
        spans = [(s, e) for s, e in ctx.marks_between(d.start, d.end) if s < e <= d.end + 1]
        if len(spans) == 1 and re.search(r"\w", ctx.text[spans[0][0] : spans[0][1]]):
            return "direct", spans[0][0], spans[0][1]
        return "direct", d.start, d.end
    if inside or lone:
        return "mixed", d.start, d.end
    direct = d.comp == "colon" or d.mode in ("marked", "inverted", "headline", "interview")
    return ("direct" if direct else "indirect"), d.start, d.end


def _lone_open_at(ctx: Ctx, pos: int) -> int | None:
    """The offset of an opening mark left alone right at ``pos`` (a space may follow it)."""
    opens = ctx.marks.lone_opens
    i = bisect.bisect_left(opens, pos - 2)
    return opens[i] if i < len(opens) and opens[i] <= pos else None


def find_drafts(ctx: Ctx) -> list[Draft]:
    drafts = cue_drafts(ctx)
    drafts = after_drafts(ctx, drafts)
    drafts += [Draft(a.start, a.end, "interview", region=a.label or a.intro, source=a.intro)
               for a in answers(ctx.text, ctx.tok_after)]
    drafts += marked_drafts(ctx, drafts)
    drafts += headline_drafts(ctx, drafts)
    return settle(ctx, [d for d in drafts if not _byline(ctx, d)])


_BYLINE_WORDS = 4  # words of a byline's name


@cache
def _byline_labels() -> frozenset[str]:
    return frozenset(key(w) for w in lexicon.load("reporting_verbs")["words"]["byline"])


def _byline(ctx: Ctx, d: Draft) -> bool:
    """"كتب: X Y" to the line's end: who wrote the story, not what anyone said."""
    before = ctx.text[max(0, d.start - 12) : d.start].rstrip()
    if not before.endswith(":"):
        return False
    label = re.findall(r"\w+", before)
    if not label or key(label[-1]) not in _byline_labels():
        return False
    eol = ctx.text.find("\n", d.start)
    rest = ctx.text[d.start : eol if eol >= 0 else len(ctx.text)]
    return 0 < len(rest.split()) <= _BYLINE_WORDS and d.end <= d.start + len(rest) + 1


_HEADLINE_SPEAKER = 5  # words before a headline's colon that may name who said it


def headline_drafts(ctx: Ctx, drafts: list[Draft]) -> list[Draft]:
    """"وزير المالية: لا ضرائب جديدة": a headline (or the subheadline under it) whose first
    words, before a colon, name who said the rest.  The speaker is a card named there, or the
    person the story gives that role (attribution.py); with none, the headline is no quote."""
    return [d for r in ctx.headlines for d in _headline_drafts(ctx, drafts, r)]


def _headline_drafts(ctx: Ctx, drafts: list[Draft], r: range) -> list[Draft]:
    if len(r) < 3:
        return []
    toks = ctx.toks
    k = next((k for k in range(r.start + 1, min(r.stop - 1, r.start + _HEADLINE_SPEAKER + 1))
              if ":" in toks[k].gap), None)
    if k is None or any(":" in toks[j].gap for j in range(k + 1, r.stop)):
        return []
    s, e = toks[k].start, toks[r.stop - 1].end
    inside = [d for d in drafts if d.start < e and s < d.end]
    if inside and all(d.mode == "marked" and d.start >= s for d in inside):
        for d in inside:  # 'X: "…"': the quotation marks after the colon hold what X said
            d.mode, d.region = "headline", (r.start, k)
        return []
    if inside:
        return []
    return [Draft(s, e, "headline", region=(r.start, k))]
