"""Quote finding: every stretch of reported speech, direct, indirect or mixed, with its cue.

Span detection lives here; choosing the speaker is ``attribution.py``.  A quote starts at
the complement of a reporting cue (قال إن، أضاف:، أشار إلى أن، وصف … بأنه، دعا إلى،
طالب بـ …) or, for an attribution placed after the content (… حسبما قال فلان / وفقا لـ …),
at the start of its clause; a long quotation nobody introduces (a pull quote) is kept too.
A stretch runs to the end of its sentence — further when a quotation mark is still open —
and stops where the next cue opens another quote ("، مضيفا أن"، "الذي قال إن"), at an
attribution ("، حسبما"، "على حد تعبيره"), or at a topic change ("أما").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from .. import lexicon
from ..doc import build_doc
from .cues import AFTER, CLOSE, IMPERSONAL, MASDAR, PARTICIPLE, STRONG, VERB, Cue
from .cues import find_cues as _fc
from .legacy_attribution import Mentions, card_for_subject, continuation, explicit_subject, next_id, subject_before


def find_cues(text, folded=None):
    return _fc(build_doc(text))

from ..model import Actor, Quote, Sentence
from .legacy_text import fold, normalize
from .marks import STRAIGHT, Marks, find_marks

_TOKEN = re.compile(r"\w+|[^\w\s]")
_AN = frozenset(["ان", "انه", "انها", "انهم", "انهما", "انهن", "اننا", "انني", "اني", "انك", "انكم"])
_PREP_AN = {"الي": "ila_an", "علي": "ala_an", "من": "min_an", "في": "fi_an"}
_PREP_NP = {"عن": "an_np", "الي": "ila", "علي": "ala", "من": "min"}
_RELATIVE = frozenset(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "ما", "بما", "مما"])
# Before an imperfect verb these make it a clause of its own (not an adjective: "لافتات تدعو").
_PRESENT_OK = _RELATIVE | frozenset(
    ["حيث", "كما", "فيما", "بينما", "اذ", "وهو", "وهي", "هو", "هي", "ثم", "،", ",", ":", '"', "»", "”", "“"]
)
# Words after بـ that are not the content of a demand or description.
_BI_STOP = frozenset(normalize(w) for w in lexicon.load("reporting_verbs")["words"]["bi_stop"])
_NOT_BEFORE_AN = frozenset(normalize(w) for w in lexicon.load("reporting_verbs")["words"]["not_before_an"])
_WORDS = lexicon.load("reporting_verbs")["words"]
_STATEMENT = frozenset(normalize(w) for w in _WORDS["statement"])
_STATEMENT_ONLY = frozenset(v["past"] for v in lexicon.load("reporting_verbs")["verb"] if v.get("statement_only"))
_PERSON_HEADS = frozenset(
    normalize(w).removeprefix("ال")
    for name in ("titles", "anonymous")
    for w in lexicon.load(name).get("heads", [])
    if " " not in w
) | frozenset(normalize(w).removeprefix("ال") for w in _WORDS["honorific"])
_FIRST_PERSON = frozenset(["لقد", "نحن", "انا", "اننا", "انني"])  # open direct speech ("وقال X لقد …")
_TRAIL = " \t\n.،,؛;:"
_OPEN_CHARS = STRAIGHT + "«“„‹"
_MAX_WINDOW = 40  # tokens between a cue and its complement
_WEAK_WINDOW = 10


@dataclass(slots=True)
class Draft:
    start: int
    end: int
    mode: str  # "cue" | "after" (حسبما قال …) | "inverted" ("…"، قال X) | "marked" (no cue)
    cue: Cue | None = None
    comp: str | None = None
    region: tuple[int, int] | None = None  # where the cue's subject may stand
    after: tuple[int, int] | None = None  # source region of a following "حسبما قال …"


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    norm: str


class _Doc:
    """The text with its tokens, sentences and quotation marks, for the span rules."""

    def __init__(self, text: str, sentences: Sequence[Sentence]):
        self.text = text
        self.folded = f = fold(text)
        toks = []
        for m in _TOKEN.finditer(f.norm):
            s, e = f.span(m.start(), m.end())
            toks.append(_Tok(s, e, m.group()))
        self.toks = toks
        self.tok_starts = [t.start for t in toks]
        sents = sorted((s.start, s.end) for s in sentences) or [(0, len(text))]
        self.sents = sents
        self.sent_starts = [s for s, _ in sents]
        self.marks: Marks = find_marks(text)
        self.mark_starts = [s - 1 for s, _ in self.marks.spans]
        self.subjects: list[tuple[int, str]] = []  # (offset, actor id) of sentence-opening subjects
        self.issued: list[tuple[int, str, set[str]]] = []  # (cue offset, speaker id, words around the cue)
        self.verb_cues: list[Cue] = []  # reporting verbs outside quotations, quote or not

    def tok_after(self, pos: int) -> int:
        return bisect.bisect_left(self.tok_starts, pos)

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if i < 0:
            return 0, self.sents[0][1] if self.sents else len(self.text)
        s, e = self.sents[i]
        return (s, e) if pos < e else (s, max(e, pos))

    def in_marks(self, pos: int) -> bool:
        return self.marks.inside(pos) is not None

    def opens_mark(self, pos: int) -> tuple[int, int] | None:
        for s, e in self.marks_from(pos):
            if s - 1 == pos:
                return s, e
            break
        return None

    def marks_from(self, pos: int) -> Iterator[tuple[int, int]]:
        """Quoted spans whose opening mark is at or after ``pos``, in order."""
        spans = self.marks.spans
        return (spans[j] for j in range(bisect.bisect_left(self.mark_starts, pos), len(spans)))

    def marks_between(self, a: int, b: int) -> list[tuple[int, int]]:
        """Quoted spans whose opening mark lies in [a, b)."""
        return self.marks.spans[bisect.bisect_left(self.mark_starts, a) : bisect.bisect_left(self.mark_starts, b)]

    def lone_close_in(self, a: int, b: int) -> int | None:
        i = bisect.bisect_left(self.marks.lone_closes, a)
        if i < len(self.marks.lone_closes) and self.marks.lone_closes[i] < b:
            return self.marks.lone_closes[i]
        return None


def find_quotes(
    text: str, sentences: Sequence[Sentence], actors: tuple[Actor, ...]
) -> tuple[tuple[Quote, ...], tuple[Actor, ...]]:
    if not text.strip():
        return (), actors
    doc = _Doc(text, sentences)
    mentions = Mentions(actors)
    cues = find_cues(text, doc.folded)
    doc.verb_cues = [c for c in cues if c.kind == VERB and _usable(doc, c, mentions)]
    drafts = _cue_drafts(doc, cues, mentions)
    drafts = _after_drafts(doc, cues, drafts)
    drafts += _marked_drafts(doc, drafts, cues, mentions)
    closes = [c.start for c in cues if c.kind == CLOSE and not doc.in_marks(c.start)]
    for d in drafts:  # "… على حد تعبيره": the aside closes the stretch
        cut = next((p for p in closes if d.start < p < d.end), None)
        if cut is not None:
            d.end = cut
    drafts = _settle(doc, drafts, mentions)
    doc.subjects = _sentence_subjects(doc, mentions)
    quotes = _attribute(doc, drafts, mentions, cues)
    if len(mentions.actors) > len(actors):
        # cards made for uncarded subjects: attribute again so earlier quotes can use them
        mentions = Mentions(tuple(mentions.actors.values()))
        doc.subjects = _sentence_subjects(doc, mentions)
        doc.issued = []
        quotes = _attribute(doc, drafts, mentions, cues)
    ordered = [mentions.actors[a.id] for a in actors]
    ordered += [a for a in mentions.actors.values() if a.id not in {x.id for x in actors}]
    return quotes, tuple(ordered)


# ---------------------------------------------------------------- spans introduced by a cue
def _usable(doc: _Doc, c: Cue, mentions: Mentions) -> bool:
    if c.kind not in (VERB, PARTICIPLE, MASDAR) or c.person != 3 or doc.in_marks(c.start):
        return False
    if c.ambiguous and not _clearly_a_verb(doc, c, mentions):
        return False
    if c.kind == MASDAR and not c.suffix:
        i = doc.tok_after(c.start) - 1
        if i >= 0 and doc.toks[i].norm in ("في", "وفي", "خلال", "عبر", "ب", "اثر", "عقب"):
            return False  # "في تصريح صحفي": where something was said, not who said it
    if c.kind == VERB and c.tense == "present" and not c.prefix:
        i = doc.tok_after(c.start) - 1
        sent_start = doc.sentence(c.start)[0]
        after_actor = i >= 0 and mentions.within(doc.toks[i].start, doc.toks[i].end + 1)  # "المعارضة تقول إن"
        if i >= 0 and doc.toks[i].end > sent_start and doc.toks[i].norm not in _PRESENT_OK and not after_actor:
            return False  # "لافتات تدعو إلى": an adjective clause of a thing, not a speaker
    return True


def _clearly_a_verb(doc: _Doc, c: Cue, mentions: Mentions) -> bool:
    """A bare "بين"/"كشف"/"حذر" reports speech when its subject or its complement follows at once."""
    i = doc.tok_after(c.end)
    nxt = doc.toks[i : i + 3]
    if not nxt:
        return False
    before = doc.toks[doc.tok_after(c.start) - 1].norm if doc.tok_after(c.start) else ""
    if before in ("علي", "في", "من", "الي", "عن", "ب", "ل", "مع", "دون", "بعد", "قبل"):
        return False  # "على أمل أن": a noun after a preposition
    if mentions.within(nxt[0].start, nxt[0].end + 80) and mentions.within(nxt[0].start, nxt[0].end + 80)[0].start == (
        nxt[0].start
    ):
        return True  # "كشف مسؤول حكومي"
    head = nxt[0].norm.removeprefix("ال")
    if head in _PERSON_HEADS or (head.endswith("ه") and head[:-1] in _PERSON_HEADS):
        return True  # "بيّن المدير الجهوي"
    words = [t.norm for t in nxt]
    return words[0] in _AN or words[0][1:] in _AN or (words[0] in _PREP_AN and len(words) > 1 and words[1] in _AN)


def _nested(doc: _Doc, c: Cue) -> bool:
    i = doc.tok_after(c.start) - 1
    return i >= 0 and doc.toks[i].norm in _RELATIVE


def _cue_drafts(doc: _Doc, cues: Sequence[Cue], mentions: Mentions) -> list[Draft]:
    usable = [c for c in cues if _usable(doc, c, mentions)]
    # an attribution between a verb and its quotation is an aside ("وقال X، بحسب ما نقلت عنه
    # وكالة Y، "…""), not a stop; an impersonal aside is
    stops = [c.start for c in cues if c.kind in (CLOSE, IMPERSONAL)]
    drafts: list[Draft] = []
    claimed: set[int] = set()
    block = len(doc.text)  # start of the nearest later non-nested quote cue
    for c in reversed(usable):
        d = _from_cue(doc, c, min(block, _next(stops, c.end)), claimed, mentions)
        if d is None:
            continue
        drafts.append(d)
        if not _nested(doc, c):
            block = c.start
    drafts.reverse()
    return drafts


def _next(positions: Sequence[int], after: int) -> int:
    return min((p for p in positions if p >= after), default=1 << 60)


def _from_cue(doc: _Doc, c: Cue, block: int, claimed: set[int], mentions: Mentions) -> Draft | None:
    sent_e = doc.sentence(c.start)[1]
    limit = min(block, sent_e)
    i0 = doc.tok_after(c.end)
    toks = doc.toks
    window = [j for j in range(i0, min(len(toks), i0 + _MAX_WINDOW)) if toks[j].start < limit]
    if c.kind == MASDAR:
        window = window[:4]
    found = _strong(doc, c, window, claimed)
    weak = _weak(doc, c, window[:_WEAK_WINDOW], mentions)
    if weak and weak[0] == "ila" and "ila_an" in c.complements and (found is None or weak[1] < found[1]):
        found = weak  # "وأشار الشابي إلى المواطن ينتظر …": إلى governs the content, not a later أن
    found = found or weak
    if found is None:
        if c.kind != PARTICIPLE:
            return None
        j = window[0] if window else None
        if j is None or toks[j].norm in (":", "،", ","):
            return None
        kind, j, start = "rest", j, toks[j].start
    else:
        kind, j, start = found
    if c.lemma in _STATEMENT_ONLY and not _STATEMENT & set(re.findall(r"\w+", normalize(doc.text[c.end : start]))):
        return None  # "جاء" reports only "في البيان/التقرير"
    claimed.add(j)
    span = doc.opens_mark(start) if kind == "mark" else None
    # "ما وصفه "بمناخ الترهيب" في مصر": a quotation opened right at the cue ends with its mark
    end = span[1] + 1 if span else _natural_end(doc, start)
    if end - start < 2:
        return None
    return Draft(start, end, "cue", c, kind, (c.end, toks[j].start))


def _strong(doc: _Doc, c: Cue, window: list[int], claimed: set[int]) -> tuple[str, int, int] | None:
    toks, allowed = doc.toks, set(c.complements) & STRONG
    for n, j in enumerate(window):
        w = toks[j].norm
        if j in claimed or (w not in _OPEN_CHARS and doc.in_marks(toks[j].start)):
            continue
        # "كان عليها أن"، "بعد أن": another construction — but "فعلق عليه أن" right at the cue is fine
        blocked = j and toks[j - 1].norm in _NOT_BEFORE_AN and not (n == 1 and toks[j - 1].norm.startswith("علي"))
        if (w in _AN and blocked) or (w[:1] in "وف" and w[1:] in _AN):
            return None  # past "كان عليها أن …"/"فإنها …" we are inside another clause's content
        if "an" in allowed and w in _AN:
            return "an", j, toks[j].start
        if "bi_an" in allowed and w.startswith("ب") and w[1:] in _AN:
            return "bi_an", j, toks[j].start
        nxt = toks[j + 1].norm if j + 1 < len(toks) else ""
        kind = _PREP_AN.get(w)
        if kind in allowed and nxt in _AN:
            return kind, j, toks[j].start
        if "colon" in allowed and w == ":":
            k = j + 1
            return ("colon", j, toks[k].start) if k < len(toks) else None
        if "colon" in allowed and w in _FIRST_PERSON and n and toks[j - 1].norm not in _AN:
            # "وقال المالكي لقد تم تدمير …": first-person speech with neither colon nor marks
            return "colon", j, toks[j].start
        span = doc.opens_mark(toks[j].start) if "mark" in allowed and w in _OPEN_CHARS else None
        if span:
            prev = toks[j - 1].norm if j else ""
            if n == 0 or prev in ("،", ","):
                return "mark", j, toks[j].start
            # "قال القيادي … لرويترز "…"": a quotation after the subject, not a name in marks
            if "colon" in allowed and prev not in _TERM_BEFORE and _nwords(doc.text[span[0] : span[1]]) >= 3:
                return "mark", j, toks[j].start
    return None


def _weak(doc: _Doc, c: Cue, window: list[int], mentions: Mentions) -> tuple[str, int, int] | None:
    toks = doc.toks
    allowed = set(c.complements) - STRONG
    if not allowed:
        return None
    for j in window:
        w = toks[j].norm
        if w in (":", "،", ",", ".") or doc.in_marks(toks[j].start):
            if w in ("،", ","):
                continue
            return None
        kind = _PREP_NP.get(w)
        if kind in allowed and j + 1 < len(toks):
            return kind, j, toks[j].start
        if "bi" in allowed and w.startswith("ب") and not mentions.within(toks[j].start, toks[j].end):
            nxt = toks[j + 1].norm if j + 1 < len(toks) else ""
            if (len(w) >= 4 and w not in _BI_STOP) or (w == "ب" and nxt in _OPEN_CHARS):
                return "bi", j, toks[j].start
    return None


def _natural_end(doc: _Doc, start: int) -> int:
    """End of the stretch opened at ``start``: its sentence, carried on by open quotation marks."""
    end = doc.sentence(start)[1]
    for s, e in doc.marks_from(start):
        if s - 1 >= end:
            break
        if e >= end:
            end = max(end, doc.sentence(e)[1], e + 1)
    # a closing mark left alone later in the paragraph: the speech runs up to it
    para_end = doc.text.find("\n", end)
    para_end = len(doc.text) if para_end < 0 else para_end
    c = doc.lone_close_in(end, para_end)
    if c is not None and not any(s - 1 < c for s, _ in doc.marks_from(end)):
        end = max(doc.sentence(c)[1], c + 1)
    # stop at "أما" (a new topic)
    i = doc.tok_after(start) + 1
    while i < len(doc.toks) and doc.toks[i].start < end:
        if doc.toks[i].norm == "اما" and not doc.in_marks(doc.toks[i].start):
            end = doc.toks[i].start
            break
        i += 1
    return min(end, len(doc.text))


# --------------------------------------------------------- attribution placed after content
_GAP = re.compile(r"^[\s،,.\"«»“”„]*$")


def _after_drafts(doc: _Doc, cues: Sequence[Cue], drafts: list[Draft]) -> list[Draft]:
    out = sorted(drafts, key=lambda d: d.start)
    out_starts = [d.start for d in out]
    regions = sorted(d.region for d in drafts if d.region)
    region_starts = [a for a, _ in regions]
    for c in cues:
        if c.kind != AFTER or doc.in_marks(c.start):
            continue
        j = bisect.bisect_right(region_starts, c.start) - 1
        if j >= 0 and any(b > c.start for _, b in regions[max(0, j - 3) : j + 1]):
            continue  # an aside inside a speaker's subject: "وقال X، بحسب ما نقلت عنه الوكالة، "…""
        sent_s, sent_e = doc.sentence(c.start)
        region = (c.end, sent_e)
        if not doc.text[sent_s : c.start].strip(" \t\nو"):
            # fronted: "وبحسب المنظمة، فإن …": the source, a comma, then the content
            comma = re.search(r"[،,]", doc.text[c.end : sent_e])
            if comma and c.kind == AFTER:
                body = c.end + comma.end()
                _insert(out, out_starts, Draft(body, _natural_end(doc, body), "after", c, None, None,
                                               (c.end, c.end + comma.start())))
            continue
        # the stretch just before: an earlier quote, a marked quotation, or the clause
        k = bisect.bisect_left(out_starts, c.start)
        prev = out[k - 1] if k else None
        if prev is not None and prev.end <= sent_s:
            prev = None
        if prev is not None and prev.end <= c.start and _GAP.match(doc.text[prev.end : c.start]):
            prev.after = prev.after or region
            continue
        if prev is not None and prev.start < c.start < prev.end:
            prev.end = c.start  # the attribution closes that stretch
            prev.after = prev.after or region
            continue
        near = out[max(0, k - 8) : k]  # drafts just before: one of them may end in this sentence
        lo = max([sent_s] + [d.end for d in near if sent_s <= d.end <= c.start])
        marked = [(s, e) for s, e in doc.marks_between(lo, c.start) if e < c.start]
        if marked and _GAP.match(doc.text[marked[-1][1] : c.start]):
            s, e = marked[-1]
            _insert(out, out_starts, Draft(s, e, "after", c, None, None, region))
            continue
        if _nwords(doc.text[lo : c.start]) >= 4:
            _insert(out, out_starts, Draft(lo, c.start, "after", c, None, None, region))
    return out


def _insert(out: list[Draft], starts: list[int], d: Draft) -> None:
    i = bisect.bisect_right(starts, d.start)
    out.insert(i, d)
    starts.insert(i, d.start)


# ------------------------------------------------------------------- pull quotes, no cue
_TERM_BEFORE = frozenset(normalize(w) for w in lexicon.load("reporting_verbs")["words"]["term_before"])


_INVERTED = re.compile(r"[\"»”“]?[ \t]*[،,.]?[ \t]*(?:(?:هكذا|كما|هذا ما|ذلك ما|هذا ما)[ \t]+)?")


def _marked_drafts(doc: _Doc, drafts: list[Draft], cues: Sequence[Cue], mentions: Mentions) -> list[Draft]:
    out = []
    by_start = {c.start: c for c in cues if c.kind == VERB and not c.ambiguous and _usable(doc, c, mentions)}
    spans = sorted((d.start, d.end) for d in drafts)
    starts = [a for a, _ in spans]
    reach = []  # the furthest end of any draft starting so far
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)
    for s, e in doc.marks.spans:
        i = bisect.bisect_left(starts, e) - 1  # drafts starting before the quotation ends
        if i >= 0 and reach[i] > s:
            continue
        # "«…»، قال الوزير": the attribution follows the quotation
        m = _INVERTED.match(doc.text, e)
        c = by_start.get(m.end()) if m else None
        if c is not None and (_is_name(doc, s, e, mentions) or _after_preposition(doc, s)):
            c = None  # 'وفي تصريح لـ"الأهرام"، قال …': a name, not the quotation
        if c is not None and _nwords(doc.text[s:e]) < 4 and any(d.cue is c for d in drafts):
            c = None  # the verb has its own quotation; a short marked term before it is not one
        said_this = bool(m and re.search(r"(?:هذا|ذلك) ما", m.group()))  # "…". هذا ما قاله X
        if c is not None and not said_this and "." in m.group():
            c = None  # a new sentence, not an attribution
        if c is not None and not said_this and "،" not in m.group() and "," not in m.group() and (
            doc.text[s:e].rstrip()[-1:] in ".!?؟"
        ):
            c = None  # a finished sentence in marks, then a new sentence
        if c is not None:
            own = next((d for d in drafts if d.cue is c), None)
            region_end = own.region[1] if own and own.region else doc.sentence(c.start)[1]
            out.append(Draft(s, e, "inverted", c, None, (c.end, region_end)))
            continue
        if _nwords(doc.text[s:e]) < 4 or _is_name(doc, s, e, mentions):
            continue  # a term, a name or a title in quotation marks
        out.append(Draft(s, e, "marked"))
    return out


def _after_preposition(doc: _Doc, s: int) -> bool:
    i = doc.tok_after(s - 1) - 1
    return i >= 0 and doc.toks[i].norm in ("ل", "ب", "في", "عن", "من", "الي", "علي", "مع")


def _is_name(doc: _Doc, s: int, e: int, mentions: Mentions) -> bool:
    """A quotation that names something: after a naming noun (قناة، مؤسسة، عملية …), mostly
    Latin letters, or mostly covered by an actor's name."""
    i = doc.tok_after(s - 1) - 1
    for prev in (doc.toks[k].norm.lstrip("وب") for k in (i, i - 1) if k >= 0):  # a noun, maybe + adjective
        if any(prev[: len(prev) - k] in _TERM_BEFORE for k in (0, 1, 2)):  # كتاب، كتابه، كتابها
            return True
    body = doc.text[s:e]
    letters = [ch for ch in body if ch.isalpha()]
    if letters and sum("a" <= ch.lower() <= "z" for ch in letters) * 2 > len(letters):
        return True
    named = sum(min(m.end, e) - max(m.start, s) for m in mentions.within(max(0, s - 1), e + 1))
    return named * 2 > e - s


# ------------------------------------------------------------- overlaps, trimming, kinds
def _settle(doc: _Doc, drafts: list[Draft], mentions: Mentions) -> list[Draft]:
    drafts.sort(key=lambda d: (d.start, -d.end))
    for k, d in enumerate(drafts):
        for o in drafts[k + 1 :]:
            if o.start >= d.end:
                break  # sorted by start: no later draft overlaps
            cut = o.cue.start if o.cue is not None and d.start < o.cue.start < d.end else o.start
            if o.cue is not None and cut == o.cue.start:
                # "… غير أن المعارضة تقول إن": the next speaker named before its verb is not in this quote
                near = mentions.ending_before(cut, max(d.start, cut - 60))
                if near and near[0].start > d.start and not doc.text[near[0].end : cut].strip():
                    cut = near[0].start
            if o.start > d.start or (o.cue is not None and d.start < o.cue.start < d.end):
                d.end = min(d.end, cut)
    out: list[Draft] = []
    seen: set[tuple[int, int]] = set()
    for d in drafts:
        d.end = _trim_end(doc.text, d.start, d.end)
        while d.start < d.end and doc.text[d.start] in " \t\n":
            d.start += 1
        if d.end <= d.start or not re.search(r"\w", doc.text[d.start : d.end]) or (d.start, d.end) in seen:
            continue
        seen.add((d.start, d.end))
        out.append(d)
    return out


def _nwords(s: str) -> int:
    return len(re.findall(r"\w+", normalize(s)))


# Words left dangling when the next quote's cue cuts a stretch ("إن المفاوضات صعبة، بينما |قال")
_DANGLING = re.compile(
    r"(?:^|\s)(?:بينما|فيما|في حين|حيث|كما|ثم|إذ|اذ|لكن|لكنه|لكنها|ولكن|ولكنه|و|ف|الذي|التي|الذين|ما|بما|"
    r"مما|أما|اما|هكذا|غير أن|إلا أن|الا أن|غير ان|إلا ان)$"
)


def _trim_end(text: str, start: int, end: int) -> int:
    while True:
        while end > start and text[end - 1] in _TRAIL:
            end -= 1
        m = _DANGLING.search(text, start, end)
        if not m or m.start() <= start:
            return end
        end = m.start()


def _kind(doc: _Doc, d: Draft) -> tuple[str, int, int]:
    """direct / mixed / indirect from how much of the stretch is inside quotation marks;
    a direct quotation's span is the quoted words themselves."""
    text = doc.text
    words = [m for m in re.finditer(r"\w+", text[d.start : d.end])]
    if d.comp in ("an", "bi_an", "ila_an", "ala_an", "min_an", "fi_an", "bi", "an_np", "ila", "ala", "min"):
        words = words[1:]  # the complementizer or preposition itself
    inside = [m for m in words if doc.in_marks(d.start + m.start())]
    lone = doc.lone_close_in(d.start, d.end) is not None
    if words and len(inside) == len(words) and not lone:
        spans = [(s, e) for s, e in doc.marks_between(d.start, d.end) if e <= d.end + 1 and e > s]
        if len(spans) == 1 and re.search(r"\w", text[spans[0][0] : spans[0][1]]):
            return "direct", spans[0][0], spans[0][1]
        return "direct", d.start, d.end
    if inside or lone:
        return "mixed", d.start, d.end
    return ("direct" if d.comp == "colon" or d.mode in ("marked", "inverted") else "indirect"), d.start, d.end


# ---------------------------------------------------------------------------- attribution
def _attribute(doc: _Doc, drafts: list[Draft], mentions: Mentions, cues: Sequence[Cue]) -> tuple[Quote, ...]:
    history: list[tuple[int, str]] = []
    quotes: list[Quote] = []
    prev_end_in_sentence: dict[int, int] = {}
    furthest = 0  # the furthest end of the quotes so far
    for d in drafts:
        kind, s, e = _kind(doc, d)
        if e <= s:
            continue
        sent_s = doc.sentence(d.cue.start if d.cue else d.start)[0]
        # the previous quote may have run into this sentence ("…بأكملها. لسنا …"، مؤكدا): its words are not subjects
        floor = max(prev_end_in_sentence.get(sent_s, sent_s), furthest if furthest > sent_s else 0)
        actor, why = _speaker(doc, d, mentions, history, floor, sent_s)
        if d.mode == "after" and actor is None and not _speech_relative(doc, d.after):
            continue  # "وفقا للقانون": an attribution to no one
        if d.mode == "marked" and actor is None:
            actor, why = _pull_quote_speaker(doc, s, e, quotes, mentions)
            last = quotes[-1] if quotes else None
            if actor is None and last and last.speaker and last.end <= s and "\n" not in doc.text[last.end : s]:
                # a further quotation in the same paragraph: the speaker goes on talking
                actor, why = mentions.actors.get(last.speaker), "continues the previous speaker's quotation"
        sid = actor.id if actor is not None else None
        if sid is not None:
            history.append((s, sid))
            if d.cue is not None and d.region:  # "قالت الوزارة في بيان": who issued which statement
                said = re.findall(r"\w+", normalize(doc.text[d.cue.start : d.region[1]]))
                doc.issued.append((d.cue.start, sid, {w.removeprefix("ال") for w in said}))
            if why.startswith(("explicit", "named after")):
                mentions.learn(actor, d.cue)
        prev_end_in_sentence[sent_s] = max(prev_end_in_sentence.get(sent_s, sent_s), e)
        furthest = max(furthest, e)
        cue = d.cue
        quotes.append(
            Quote(
                id="",
                start=s,
                end=e,
                text=doc.text[s:e],
                kind=kind,
                speaker=sid,
                cue=cue.text if cue else None,
                cue_span=(cue.start, cue.end) if cue else None,
                why=why,
            )
        )
    # a pull quote before the body it repeats takes the body's speaker
    for k, q in enumerate(quotes):
        if q.speaker is None and q.cue is None:
            key = normalize(q.text)
            nearby = quotes[k + 1 : k + 40]  # the body repeating a pull quote follows it closely
            src = next((o for o in nearby if o.speaker and key in normalize(o.text)), None)
            if src is not None:
                quotes[k] = replace(q, speaker=src.speaker, why="repeats a quote attributed in the body")
    quotes.sort(key=lambda q: (q.start, q.end))
    return tuple(replace(q, id=f"q{i}") for i, q in enumerate(quotes, 1))


def _speaker(
    doc: _Doc, d: Draft, mentions: Mentions, history: list[tuple[int, str]], floor: int, sent_s: int
) -> tuple[Actor | None, str]:
    text, c = doc.text, d.cue
    if d.mode == "after":
        got = _after_source(doc, d.after, mentions)
        return got if got else (None, "")
    if d.mode == "marked":
        return None, ""
    assert c is not None
    region = d.region or (c.end, c.end)
    subject_words = re.findall(r"\w+", text[region[0] : region[1]])
    if c.kind == MASDAR and c.suffix:
        got = continuation(c, [], mentions, c.start)  # "عن المسؤول قوله": the one named just before
        if got:
            return got
        m = re.search(r"(?<!\w)عن\s+([^،,.:]{2,60})$", text[max(0, c.start - 80) : c.start].rstrip())
        if m:
            a = max(0, c.start - 80) + m.start(1)
            got = card_for_subject(text, (a, c.start), mentions, next_id(mentions))
            if got:
                return got
    said = [normalize(w) for w in subject_words[: 3 if c.lemma in _STATEMENT_ONLY else 1]]
    statement = next((w for w in said if w in _STATEMENT), None)
    if statement and c.kind == VERB:
        # "وأشار البيان إلى أن"، "وجاء في البيان أن": whoever issued that statement ("وقالت الوزارة في بيان")
        stem = statement.removeprefix("ال")
        issuer = next((sid for pos, sid, words in reversed(doc.issued) if pos < c.start and stem in words), None)
        issuer = issuer or _document_issuer(doc, stem, c.start, mentions)
        if issuer is None:
            got = continuation(None, history[-30:], mentions, c.start)
            issuer = got[0].id if got else None
        if issuer is not None and issuer in mentions.actors:
            return mentions.actors[issuer], "speaks for whoever issued the statement"
    if c.kind != PARTICIPLE and region[1] > region[0]:
        got = _name_before_apposition(doc, region, mentions)  # "قال غريم بل، أحد علماء جامعة شيكاغو، إن"
        if got:
            return got
    if c.kind != PARTICIPLE:
        if _nested(doc, c) and d.mode != "inverted":
            got = subject_before(text, c, sent_s, mentions, floor)  # "روحاني الذي يقول بانتظام إن"
            if got:
                return got
        got = explicit_subject(text, region, mentions, c)
        if got:
            return got
        got = subject_before(text, c, sent_s, mentions, floor) if d.mode != "inverted" else None
        if got:
            return got
        # "وكانت الحكومة قد أعلنت": the subject between كان and the verb
        m = _KANA.search(text, max(sent_s, floor, c.start - 80), c.start)
        if m and not c.prefix and d.mode != "inverted":
            got = explicit_subject(text, (m.start(1), m.end(1)), mentions, c) or card_for_subject(
                text, (m.start(1), m.end(1)), mentions, next_id(mentions)
            )
            if got:
                return got[0], "subject of كان … قد"
    if d.after is not None and c.kind != PARTICIPLE:
        got = _after_source(doc, d.after, mentions, may_card=False)
        if got:
            return got[0], "after-quote attribution"
    if (c.kind == PARTICIPLE and floor <= sent_s) or (c.kind == VERB and not _subject_here(subject_words)):
        # "أعلنت الوزارة، الجمعة، تفاصيل …، مؤكدة" / "ونفى X الاتهامات، وقال لـ"Y" إن": the subject of the
        # sentence's earlier reporting verb
        verb = next((v for v in reversed(doc.verb_cues) if max(sent_s, floor) <= v.start < c.start), None)
        if verb is not None:
            got = explicit_subject(text, (verb.end, min(c.start, verb.end + 120)), mentions, verb)
            if got:
                return got[0], f"subject of the sentence's earlier verb {verb.text}"
    if c.kind == PARTICIPLE and floor <= sent_s:
        # "ورحب الأمين العام … بالجهود، مطالبا …": the participle shares its clause's subject
        i = doc.tok_after(sent_s)
        if i < len(doc.toks) and doc.toks[i].end < c.start and not mentions.within(sent_s, doc.toks[i].end):
            got = explicit_subject(text, (doc.toks[i].end, c.start), mentions, None) or card_for_subject(
                text, (doc.toks[i].end, c.start), mentions, next_id(mentions)
            )
            if got:
                return got[0], "subject of the clause the participle continues"
    raw_first = text[region[0] : region[1]].split()[:1]
    if raw_first and raw_first[0].startswith("على"):
        subject_words = []  # "على" (a preposition), not the name علي
    if c.kind in (VERB, MASDAR) and subject_words and _looks_like_subject(normalize(subject_words[0])):
        # a verb that takes an object ("ووصفت المحادثات") may have its object here: card only a person-like head
        got = card_for_subject(text, region, mentions, next_id(mentions), people_only=c.transitive)
        if got or not c.transitive:
            return got if got else (None, "subject not among the actor cards")
    k = bisect.bisect_left(doc.subjects, (c.start, ""))
    referents = sorted([*history[-30:], *doc.subjects[max(0, k - 30) : k]])  # the latest ones are enough
    got = continuation(c, referents, mentions, c.start)
    if got:
        return got
    return None, "no source named"


_NOT_SUBJECT = re.compile(
    r"^(?:في|خلال|عقب|بعد|امام|عبر|امس|اليوم|مساء|صباح|لل\w+|بال\w+|ب|ل|علي(?:ه|ها|هم|هما|نا)|عن\w*|الي\w*|ايضا|كذلك|ذلك|قد|ان|"
    r"سعادت\w|معالي\w|سمو\w|فخامت\w|هو|هي|هم|من|لدي|ردا|وردا|مرات|حينها|حين|كما|\d+)$"
)


_ADJUNCT_WORDS = frozenset(normalize(w) for w in lexicon.load("reporting_verbs")["words"]["adjunct"])


_HONORIFICS = frozenset(normalize(w) for w in [*_WORDS["honorific"], "الأمير", "الشيخ"])
_KANA = re.compile(r"(?<!\w)و?كان(?:ت|وا)?\s+([^،,.:؛]{2,60}?)\s+(?:قد\s+)?$")


def _document_issuer(doc: _Doc, stem: str, before: int, mentions: Mentions) -> str | None:
    """"أظهر تقرير صادر عن الهيئة العامة للإحصاء … وذكر التقرير أن": the body named just after
    the document's first mention."""
    norm = doc.folded.norm
    m = re.search(rf"(?<!\w)(?:ال)?{re.escape(stem)}(?!\w)", norm)
    if not m:
        return None
    at = doc.folded.span(m.start(), m.end())[1]
    if at >= before:
        return None
    near = [x for x in mentions.within(at, min(before, at + 80)) if x.actor.kind in ("organization", "person", "group")]
    return near[0].actor.id if near else None


def _sentence_subjects(doc: _Doc, mentions: Mentions) -> list[tuple[int, str]]:
    """The person opening each sentence right after its verb ("وذكر الرئيس ترامب …"، "وتطرق
    محمد بن سلمان …"): who a later subjectless "وقال" most likely continues."""
    out = []
    for s, e in doc.sents:
        i = doc.tok_after(s)
        words = [t for t in doc.toks[i : i + 10] if t.start < e and t.norm[:1].isalpha()]
        # honorifics do not count: "استقبل صاحب السمو الملكي الأمير فيصل …"
        words = [w for k, w in enumerate(words) if k == 0 or w.norm not in _HONORIFICS][:4]
        if len(words) < 2:
            continue
        for m in mentions.within(words[1].start, e):
            if m.start <= words[-1].start and m.actor.kind in ("person", "anonymous"):
                out.append((m.start, m.actor.id))
            break
    return out


def _subject_here(words: list[str]) -> bool:
    """Whether the words after a verb open with its subject (not an adjunct, a preposition or nothing)."""
    return bool(words) and _looks_like_subject(normalize(words[0])) and normalize(words[0]) not in ("ل", "ب")


def _looks_like_subject(word: str) -> bool:
    return not _NOT_SUBJECT.match(word) and word not in _ADJUNCT_WORDS


def _speech_relative(doc: _Doc, region: tuple[int, int] | None) -> bool:
    """Whether an attribution reads "حسب ما أعلن …"/"حسبما قال …": speech even if its source has no card."""
    if region is None:
        return False
    a, b = region
    m = re.match(r"\s*(ما\s+)?(\S+)", doc.text[a:b])
    if not m or not (m.group(1) or re.search(r"ما\s*$", doc.text[max(0, a - 4) : a])):
        return False
    return any(c.kind == VERB for c in find_cues(m.group(2)))


def _name_before_apposition(doc: _Doc, region: tuple[int, int], mentions: Mentions) -> tuple[Actor, str] | None:
    """An uncarded two-to-four-word name right at the start, set off by a comma or a relative
    pronoun, before a title that names a body: "غريم بل، أحد علماء جامعة شيكاغو"."""
    a, b = region
    m = re.match(r"\s*([^\W\d_]+(?:\s+[^\W\d_]+){1,3})\s*(?:[،,]|\s(?:الذي|التي)\s)", doc.text[a:b])
    if not m or mentions.within(a, a + m.end(1) + 1):
        return None
    if not mentions.within(a + m.end(), b):
        return None  # nothing named after it: leave it to the other rules
    words = normalize(m.group(1)).split()
    if words[0].startswith("ال") or words[0] in _PERSON_HEADS or words[0].removeprefix("ال") in _PERSON_HEADS:
        return None
    got = card_for_subject(doc.text, (a, a + m.end(1)), mentions, next_id(mentions))
    if got and got[0].kind == "person":
        return got[0], "named before the apposition (carded by the quote stage)"
    return None


def _after_source(
    doc: _Doc, region: tuple[int, int] | None, mentions: Mentions, may_card: bool = True
) -> tuple[Actor, str] | None:
    """The source named after "حسب/وفقا لـ/بحسب ما قال"; ``may_card``: card it if the actor stage did not."""
    if region is None:
        return None
    a, b = region
    # "حسبما قال X"، "حسب ما أعلن عنه X"، "وفقا لما جاء …": skip the verb of the relative
    m = re.match(r"\s*(ما\s+)?(\S+)?", doc.text[a:b])
    relative = bool(m and (m.group(1) or re.search(r"ما\s*$", doc.text[max(0, a - 4) : a])))
    if m and m.group(2) and find_cues(m.group(2)):
        a += m.end()
        m2 = re.match(r"\s*(?:عنه|عنها|عنهم|به|بها)(?!\w)", doc.text[a:b])
        if m2:
            a += m2.end()
    elif relative:
        # "بحسب ما تصنف نفسها": the source is that verb's subject, before the next comma
        comma = re.search(r"[،,]", doc.text[a:b])
        b = a + comma.start() if comma else b
        may_card = False  # its words are a verb and its object, not a name
    # the source follows the phrase closely: look no further than a few words on
    words = list(re.finditer(r"\S+", doc.text[a:b]))
    if len(words) > 12:
        b = a + words[12].start()
    named = _name_before_apposition(doc, (a, b), mentions) if may_card else None
    if named:
        return named[0], "after-quote attribution (حسب/وفقا لـ/نقلا عن)"
    got = explicit_subject(doc.text, (a, b), mentions, None)
    if got and mentions.within(a, b) and _nwords(doc.text[a : mentions.within(a, b)[0].start]) <= 8:
        return got[0], "after-quote attribution (حسب/وفقا لـ/نقلا عن)"
    if may_card and not mentions.within(a, b):
        got = card_for_subject(doc.text, (a, b), mentions, next_id(mentions))  # "بحسب مصدر مصرفي"
        if got:
            return got[0], "after-quote attribution (حسب/وفقا لـ/نقلا عن)"
    return None


def _pull_quote_speaker(
    doc: _Doc, s: int, e: int, quotes: list[Quote], mentions: Mentions
) -> tuple[Actor | None, str]:
    key = normalize(doc.text[s:e])
    for q in quotes[-40:]:
        if q.speaker and key and key in normalize(q.text):
            return mentions.actors.get(q.speaker), "repeats a quote attributed earlier"
    return None, "quotation with no cue"
