"""Dated events: each time expression dates the clause around it.

``find_events`` finds the time expressions (``timex.py``), resolves each against the
published date (``resolve.py``) and makes one ``Event`` per dated clause: its span (the
clause holding the expression, widened to the neighbouring clause when the expression
stands alone between commas, as in "في 7 أغسطس، سافرت …" or "هدد نتنياهو، الثلاثاء، بأن"),
a short summary taken from the text, the actors mentioned in it, and why.

Clauses dated only through an earlier event are kept too: ordering cues ("لاحقًا", "في
أعقاب …") give the interval from that event to the published date, anaphora ("في اليوم
التالي", "في ذلك العام", "في اليوم السابق") move its date; both carry ``relation="after:eN"``
/ ``"same:eN"`` / ``"before:eN"``.  So does "بعد + a duration" in a clause told in the past
("وبعد يومين أفرج عنه"): it counts from the last dated event, not from the published date.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import islice

from ..doc import Doc, anchored
from ..doc.normal import Folded
from ..doc.normal import key as normalize
from ..lexicon import load
from ..lexicon.index import lexicon
from ..model import Actor, Event, Sentence, TimeValue
from .resolve import Expr, Ref, Resolved, parse_ref, resolve
from .tense import clause_tense, future_verb
from .timex import Timex, find_timexes

# Clause breaks inside a sentence: commas, semicolons, colons, dashes between spaces.
_BREAK = re.compile(r"[،,;؛:]|\.(?=\s)|\s[-–—]\s|\s(?=(?:ثم|بينما|فيما|قبل أن|بعد أن|لكن|غير أن)\s)")
_WORD = re.compile(r"[\w\u0600-\u06ff]+")
_CLAUSES = load("relative")["clauses"]
_LIGHT = frozenset(normalize(w) for w in _CLAUSES["light"])
_RELATIVES = frozenset(normalize(w) for w in _CLAUSES["relatives"])
_PARTICLES = frozenset(normalize(w) for w in _CLAUSES["particles"])
_ADVERBIAL = frozenset(normalize(w) for w in _CLAUSES["adverbial"])
_ATTENDANT = frozenset(normalize(w) for w in _CLAUSES["attendant"])
_CONTINUING = frozenset(normalize(w) for w in _CLAUSES["continuing"])
_WHEN = frozenset(normalize(w) for w in _CLAUSES["when"])
_SUMMARY_CHARS = 90
_MAX_BACK = 4  # segments to walk back from a bare expression to its verb
_APPOSITION_WORDS = 4  # a comma segment this short is a name or title, not a clause
_NAME_WORDS = 8  # a comma segment ending on an actor's name, no longer than this, is the name set off
_OCCASION_PREPS = frozenset(["في", "خلال", "وفي"])  # "، في بيان …"، "، خلال مؤتمر …": where it was said


def find_events(doc: Doc, actors: tuple[Actor, ...], published: str | None,
                spoken: Sequence[tuple[int, int]] = ()) -> tuple[Event, ...]:
    """``spoken``: the spans of direct and mixed quotations, in text order."""
    text, sentences = doc.text, doc.sentences
    spoken_starts = [a for a, _ in spoken]
    ref = parse_ref(published)
    starts = [s.start for s in sentences]
    events: list[Event] = []
    seen_clauses: set[tuple[int, int]] = set()
    last_base = (-1, -1)
    folded = doc.folded
    mentions = _Mentions(actors)
    timexes = find_timexes(text, folded)
    breaks = [m.start() for m in re.finditer("\n", text)]
    prev_end = -1
    prev_rule = ""
    joined_to = -1  # the end of a range's second date, already part of the event before it
    last_dated: Event | None = None  # the last dated event, what "وبعد يومين" may count from
    last_value: str | None = None  # the last date given, what "من العام نفسه" names the year of
    headline = _headline_end(text)
    for n, tx in enumerate(timexes):
        if tx.start < joined_to or tx.start < headline:
            continue  # (a headline announces what the story tells and dates again: no event of its own)
        sent = _sentence_of(sentences, starts, tx.start)
        if sent is None or _dateline(text, tx, breaks) or _filed_on(text, tx, breaks) or _caption(text, tx, breaks):
            continue
        if _numbered_act(text, tx):
            continue  # "القانون رقم 47 لسنة 2011": the year in an act's number, no event
        if _compared_then(text, tx):
            continue  # "مقابل 120 حاوية قبل ستة أعوام" (or after "ما كان عليه"): a value then, compared, no event
        if _after_a_stretch(text, tx):
            continue  # "عاد بعد 27 سنة"، "أفرج عنه بعد أسبوعين": a stretch counted from a point the
            # text does not name, not a date ("سيفتتح بعد أسبوعين" counts from today: a date)
        if _undated_period(tx):
            continue  # "قبل نهاية العام"، "هذه السنة": nothing places the period, no event
        if _a_day_counted(text, tx):
            continue  # "9 ساعات في اليوم"، "رحلة اليوم الواحد"، "على مدار اليوم": a day as a unit, no date
        if _nowadays(text, tx) and (_inside(spoken, spoken_starts, tx.start) or _then_before(text, sent, tx)):
            continue  # «اليوم نرى …»: a speaker's "today" is "nowadays", no date of an event; so is a
            # today set against a past the sentence names ("ضمت 8 زوارق عام 2009، وتضم اليوم 31")
        base, span = _clause(text, sent, tx.start, tx.end, mentions.name_ends)
        when = _when_after(text, sent, tx.end)
        anchor = _counts_from(tx, last_dated)
        if tx.expr.anaphor is not None:
            r = _of_the_same(tx.expr, last_value, ref)
        else:
            r = resolve(tx.expr, ref) if anchor is None else _shifted(anchor, tx)
        if r.value and r.value[:4].isdigit():
            last_value = r.value
        time = TimeValue(tx.start, tx.end, tx.text, r.value, r.approximate, r.relation)
        upto = _range_end(text, tx, timexes[n + 1] if n + 1 < len(timexes) else None, r.value, ref)
        if upto is not None:
            # "منذ أوائل 2019 وحتى مايو 2021": one stretch of time, from the first to the second
            nxt, value = upto
            time = TimeValue(tx.start, nxt.end, text[tx.start : nxt.end], value, r.approximate, r.relation)
            joined_to = nxt.end
        elif _since(text, tx) and tx.rule not in _SINCE_A_DAY:
            if when is None:
                continue  # "منذ ثلاث سنوات"، "منذ مطلع العام": a stretch up to now, not the date of an event
                # ("منذ الأحد"، "منذ أمس"، "منذ 29 نونبر": the day it started, which dates the clause)
            span = when  # "منذ … 2011، حين خسر الحزب …": what happened when the stretch began
        if when is not None and span != when:
            span = (span[0], max(span[1], when[1]))  # "تعود القضية إلى صيف 2019، عندما رفض …": its event
        why = f"{tx.rule}: {r.relation or 'explicit'}" if anchor is None else f"{tx.rule}: event{_offset(tx)}"
        event = _event(text, span, time, mentions, why, r.relation if anchor is not None else None)
        if events and base == last_base and (prev_rule == "holiday") != (tx.rule == "holiday"):
            # "عطلة عيد الأضحى التي امتدت من 16 إلى 19 يونيو": the written dates win over the computed feast
            if prev_rule == "holiday":
                events[-1], prev_end, prev_rule = event, tx.end, tx.rule
                last_dated = event if event.time is not None and event.time.value else last_dated
            continue
        verb_at = _joined_verb(text, prev_end, tx.start) if base in seen_clauses else None
        if base in seen_clauses and ((_count(_WORD, text, prev_end, tx.start, 2) <= 1 and verb_at is None)
                                     or _same_value(events, r.value)):
            continue  # one event per dated clause: "اليوم ولا غدا" dates one clause
        if verb_at is not None and events and events[-1].start < verb_at < events[-1].end:
            # "انطلقت في X | واختتمت Y": each verb and its date an event, the clause cut at the second
            last = events[-1]
            cut = len(text[:verb_at].rstrip())
            events[-1] = _event(text, (last.start, cut), last.time, mentions, last.why, last.relation)
            last_dated = events[-1] if last_dated is last else last_dated
            event = _event(text, (verb_at, event.end), time, mentions, why, event.relation)
        seen_clauses.add(base)
        last_base = base
        prev_end, prev_rule = tx.end, tx.rule
        events.append(event)
        last_dated = event if event.time is not None and event.time.value else last_dated
    events.extend(_ordered_events(text, folded, sentences, starts, timexes, seen_clauses, events, mentions, published))
    return _numbered(events)


def _joined_verb(text: str, a: int, b: int) -> int | None:
    """Where the one word between two dates stands when it is و + a past verb ("انطلقت في 3 مايو |
    واختتمت | مساء الأربعاء"): a second verb of its own, so a second event, not one clause dated
    twice; None otherwise."""
    words = list(_WORD.finditer(text, a, b))
    if len(words) != 1:
        return None
    w = normalize(words[0].group())
    stem = w[1:]
    verb = (w[:1] in "وف" and len(stem) >= 4 and not stem.startswith("ال")
            and stem not in _LIGHT and stem not in _PARTICLES and stem not in _ADVERBIAL
            and stem.endswith(("ت", "وا", "تا", "ا")) and clause_tense([stem]) == "past")
    return words[0].start() if verb else None


_SINCE_WORDS = frozenset({"منذ", "مند", "ومنذ", "ومند"})


# the rules of a time expression that names one day ("منذ الأحد"، "منذ أمس"، "منذ 10 مايو")
_SINCE_A_DAY = frozenset(["weekday", "deictic-day", "day-month", "numeric-date"])


def _since(text: str, tx: Timex) -> bool:
    """The expression is the start of a stretch that runs up to the time of writing ("منذ 16
    شهرا"، "منذ مطلع العام"): the guidelines count a clause dated only so as no event of its own,
    unless the start is one day (``_SINCE_A_DAY``), which the annotators date the clause by."""
    first = _WORD.match(tx.text)
    if first and normalize(first.group()) in _SINCE_WORDS:
        return True
    before = _WORD.findall(text[max(0, tx.start - 12) : tx.start])
    return bool(before) and normalize(before[-1]) in _SINCE_WORDS


_TODAY = frozenset(normalize(w) for w in ("اليوم", "واليوم", "فاليوم"))


def _nowadays(text: str, tx: Timex) -> bool:
    """A bare "اليوم" — no weekday, time of day or date with it, no verb told in the past
    right before it — which in a speaker's mouth is mostly "nowadays" ("اليوم نرى"، "مصرف
    لبنان اليوم يعمل"); after a verb in the past or the future ("وصلنا اليوم"، "سنوقع اليوم")
    it keeps its day."""
    if normalize(tx.text) not in _TODAY:
        return False
    before = _WORD.findall(text[max(0, tx.start - 30) : tx.start])
    return not before or not (_past_verb_shape(before[-1]) or future_verb(normalize(before[-1])))


# a past the sentence names before a "today" set against it: "عام" and a year, "قبل" and a count of years
_THEN = re.compile(r"(?<!\w)(?:عام\s+(?:19|20)\d\d|قبل\s+\S+\s+(?:سنوات|أعوام|سنة|عاما|عامين|سنتين|عقود|عقد))(?!\w)")
_THEN_REACH = 300  # characters back from "today" where the past it is set against is looked for
_UNDATED_PERIODS = frozenset(normalize(w) for w in load("relative")["undated_periods"]["words"])


def _undated_period(tx: Timex) -> bool:
    """The expression is a part of "the year" or "the month" with nothing to place it, or "this
    year" said with سنة or after ل (``undated_periods``), behind a glued preposition too."""
    w = normalize(tx.text.strip())
    return w in _UNDATED_PERIODS or (w[:1] in ("و", "ب", "ل", "ف") and w[1:] in _UNDATED_PERIODS)


def _then_before(text: str, sent: Sentence, tx: Timex) -> bool:
    """The sentence names a past before the expression ("عام 2009"، "قبل خمس سنوات"): "today"
    after it is the present set against that past."""
    return _THEN.search(text, max(sent.start, tx.start - _THEN_REACH), tx.start) is not None


_AFTER, _BEFORE = normalize("بعد"), normalize("قبل")
# a marker of comparison a few words before "قبل …", in the same sentence (a decimal point is none)
_MARKERS, _TO_SENTENCE_END = r"مقارنة|مقابل|ما كان\S*\s+عليه\S*", r"(?:(?![.!?؟]\s|\n).)*$"
_COMPARED = re.compile(rf"(?:{_MARKERS}){_TO_SENTENCE_END}")
# the same, before a period named by the one before it ("المماثل" too: the like quarter of the year before)
_COMPARED_PERIOD = re.compile(rf"(?:{_MARKERS}|المماثل\S*){_TO_SENTENCE_END}")


def _count_from(tx: Timex, word: str) -> bool:
    """The expression is a count of units opened by ``word`` (normal form): "قبل عامين"، "بعد أسبوع"."""
    first = _WORD.match(tx.text)
    return tx.rule == "shift" and first is not None and normalize(first.group()) == word


def _compared_then(text: str, tx: Timex) -> bool:
    """"قبل + a count of units" a few words after a marker of comparison ("مقارنة بـ"، "مقابل"،
    "مما كان عليه"): the time of the value compared with, not of an event."""
    return _count_from(tx, _BEFORE) and _COMPARED.search(text[max(0, tx.start - 45) : tx.start]) is not None


def _after_a_stretch(text: str, tx: Timex) -> bool:
    """"بعد + a count of units" in a clause with no future verb, nor a present one of a plan, before
    it: a stretch after some point of the story, which publication does not date."""
    if not _count_from(tx, _AFTER):
        return False
    before = [normalize(w) for w in _WORD.findall(text[max(0, tx.start - 60) : tx.start])[-6:]]
    return not any(future_verb(w) or _planned(w) for w in before)


def _planned(w: str) -> bool:
    """An imperfect in يـ (after و/ف maybe): the present of a plan ("ويعاد فتحه بعد يومين")."""
    w = w[1:] if w[:1] in "وف" and w[1:2] == "ي" else w
    return w[:1] == "ي" and len(w) >= 4
_ACT_NUMBER = re.compile(r"(?:رقم\s*)?[(\[]?\s*[0-9٠-٩]+\s*[)\]]?\s*$")


def _numbered_act(text: str, tx: Timex) -> bool:
    """"القانون رقم 47 لسنة 2011"، "المرسوم (12) لعام 2009": a year after an act's number and ل,
    part of the act's name."""
    return tx.text.startswith("ل") and _ACT_NUMBER.search(text, max(0, tx.start - 16), tx.start) is not None


_PER_DAY_BEFORE = re.compile(r"(?:[0-9٠-٩]+\s+\S+|\S+(?:ين|ان|تين|تان))\s+(?:في|فى)\s+$")
_ROUND_THE = frozenset(normalize(w) for w in ("مدار", "طوال", "طيلة"))


def _a_day_counted(text: str, tx: Timex) -> bool:
    """A bare "اليوم" that is a day as a unit, no date: per day after an amount ("9 ساعات في
    اليوم"، "مرتين في اليوم"), "اليوم الواحد" (one day), or the whole of a day ("على مدار اليوم")."""
    if normalize(tx.text) != normalize("اليوم"):
        return False
    if re.match(r"\s+الواحد\b", text[tx.end : tx.end + 10]):
        return True
    before = text[max(0, tx.start - 24) : tx.start]
    words = _WORD.findall(before)
    if words and normalize(words[-1]) in _ROUND_THE:
        return True
    return _PER_DAY_BEFORE.search(before) is not None


def _past_verb_shape(w: str) -> bool:
    """A first-person or third-person past ending (وصلنا، أعلنت، قالوا)."""
    return w.endswith(("نا", "ت", "وا", "تم")) and len(w) >= 4


def _inside(spans: Sequence[tuple[int, int]], starts: list[int], pos: int) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _counts_from(tx: Timex, last_dated: Event | None) -> Event | None:
    """The event "بعد يومين" counts from: in a clause told in the past ("وبعد يومين أفرج عنه"),
    the last event dated before it (itself perhaps counted so: "وبعد يومين غادر" after it is
    two days later again), not the published date (a past event two days after publication
    cannot be reported).  None when it counts from publication: a clause about the
    future or the present ("سيصل بعد يومين"، "تبدأ بعد أسبوع"), or no dated event before."""
    if tx.tense != "past" or tx.expr.future or tx.expr.kind != "shift" or tx.expr.offset <= 0:
        return None
    return last_dated


def _of_the_same(expr: Expr, last: str | None, ref: Ref) -> Resolved:
    """ "في يناير من العام التالي"، "الأسبوع الأخير من الشهر نفسه": the expression placed in
    the year (month) of the last date the article gave, moved by the anaphor's count; no
    value when no date came before."""
    unit, n = expr.anaphor or ("year", 0)
    moved = _moved((last or "").split("/")[0], unit, n)  # (None past year 1 or 9999, or too coarse)
    if moved is None:
        return Resolved(None, True)
    if unit == "year":
        return resolve(replace(expr, year=int(moved), mod=None, year_rel=None, anaphor=None), ref)
    if expr.day is not None:  # "في السادس من الشهر ذاته": a day of that month
        return resolve(Expr("date", year=int(moved[:4]), month=int(moved[5:7]), day=expr.day), ref)
    return resolve(Expr("month", year=int(moved[:4]), month=int(moved[5:7]), part=expr.part), ref)


def _offset(tx: Timex) -> str:
    return f"{tx.expr.offset:+d}{tx.expr.unit}"


def _shifted(anchor: Event, tx: Timex) -> Resolved:
    """``anchor``'s date moved forward by the shift, at the shift's granularity as ``resolve``
    gives it from the published date (a day; a week, a month or a year approximate); the
    anchor's own value, approximate, when it is coarser than that ("في مارس … وبعد يومين")."""
    assert anchor.time is not None and anchor.time.value is not None
    value, unit, n = anchor.time.value, tx.expr.unit or "", tx.expr.offset
    link = f"after:{anchor.time.start}"
    approximate = unit != "day" or anchor.time.approximate or "/" in value
    moved = _moved(value, "day", 7 * n if unit == "week" else n) if unit in ("day", "week") else _moved(value, unit, n)
    if moved is not None and unit == "week":
        iy, iw, _ = date.fromisoformat(moved).isocalendar()
        moved = f"{iy:04d}-W{iw:02d}"
    if moved is None:
        return Resolved(None if "X" in value else value, True, link)
    return Resolved(moved, approximate, link)


# between the two dates of a range; a bare year may restate the first ("أوائل العام الماضي 2019م حتى")
_RANGE_LINK = re.compile(r"(?:\s+\d{4}\s*م?)?\s*(?:و\s*)?(?:حتى|حتي|إلى|الى|لغاية)\s+")


def _range_end(text: str, tx: Timex, nxt: Timex | None, value: str | None, ref) -> tuple[Timex, str] | None:
    """The second date of "A وحتى B" / "A إلى B" and the stretch's value, from A's first day
    (month, year) to B's last; None when the two are not one range."""
    if nxt is None or value is None or not _RANGE_LINK.fullmatch(text, tx.end, nxt.start):
        return None
    end = resolve(nxt.expr, ref).value
    if end is None:
        return None
    a, b = _bound(value, 0), _bound(end, 1)
    if a is None or b is None or a[:4] > b[:4] or "X" in a + b or a >= b:
        return None
    return nxt, f"{a}/{b}"


def _bound(value: str, side: int) -> str | None:
    """The first (side 0) or last (1) date of a value at its own precision: an interval's end,
    a quarter's first or last month; a week has none here."""
    v = value.split("/")[side] if "/" in value else value
    m = re.fullmatch(r"(\d{4})-Q([1-4])", v)
    if m:
        return f"{m.group(1)}-{3 * int(m.group(2)) - 2 + 2 * side:02d}"
    return v if re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", v) else None


_LINE_WORDS = re.compile(r"[^\W\d_]{2,}")
# A line told as part of the story: it opens with the conjunction و on a word, and ends its
# sentence with a full stop after the date.
_TOLD = re.compile(r"\s*و[^\W\d_]{2,}")
_FINAL = (".", "!", "؟", "?")  # (the line's last characters only: a search to its end per date is quadratic)


def _dateline(text: str, tx: Timex, breaks: list[int]) -> bool:
    """A date on a line of its own, or with a few words only ("تاريخ النشر: …"، "العدد 2403
    الاثنين 9 يوليو"): the page's date, not an event of the story.  ``breaks``: the offsets
    of the line breaks (a search per date would make a long line quadratic)."""
    i = bisect.bisect_left(breaks, tx.start)
    a = breaks[i - 1] + 1 if i else 0
    j = bisect.bisect_left(breaks, tx.end)
    b = breaks[j] if j < len(breaks) else len(text)
    if _TOLD.match(text, a) and text[max(tx.end, b - 8) : b].rstrip()[-1:] in _FINAL:
        return False  # "وعاد الوفد أمس.": a short paragraph told as the story goes on, no page's date
    labelled = text[max(a, tx.start - 4) : tx.start].rstrip().endswith(":")
    if labelled and _count(_LINE_WORDS, text, a, tx.start, 4) <= 3 and (
            not re.search(r"[.!?؟]", text[tx.end : min(b, tx.end + 80)])):
        return True  # "تاريخ النشر: … - 14:35 بتوقيت مكة": a label opens the line and no sentence ends on it
    return _count(_LINE_WORDS, text, a, tx.start, 4) + _count(_LINE_WORDS, text, tx.end, b, 4) <= 3


# "المدينة - 15 مارس 2023 -"، "المدينة، 15 مارس (الوكالة) –": the words before a date that
# opens a line's dateline, and the dash or bracket that closes it
_FILED_BEFORE = re.compile(r"[^\n.!?؟:\-–—،,]{1,40}[-–—،,]\s*")
_FILED_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]")
# "المدينة 10 أبريل (الوكالة) -"، "المدينة (البلد) 8 نوفمبر 2015 (الوكالة) -": no separator
# before the date, where an agency's credit in brackets and a dash close it
_FILED_PLACE = re.compile(r"[^\n.!?؟:\-–—،,]{1,40}\s")
# (the dash may be missing, "المدينة 3 مايو (الوكالة) قررت"; or, in the Gulf agencies' style, the
# credit is between slashes: "مسقط في 9 سبتمبر /الوكالة/")
_FILED_CREDIT = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*[-–—]?|/[^/\n]{1,30}/|[^\W\d_]{2,12}\s?[-–—])")
# ("المدينة 5-6-2021 وفا-": an agency's short name and a dash, no brackets)
# "نُشر الأربعاء، 20 أكتوبر 2021"، "آخر تحديث 3 مايو": the page's stamp of its own date
# (at the line's start or after a dateline's dash or bracket: "التقرير نشر في 5 مايو" is an event)
_STAMP = re.compile(r"(?:^|[-–—)|]\s*)(?:نشر|آخر تحديث|تحديث|تاريخ النشر)(?:\s+(?:في|يوم|بتاريخ))?\s*:?\s*$")
_TASHKEEL = re.compile("[\u064b-\u0652]")


# a photo's caption line: "(صورة) …"، "صورة: …"، "الصورة: …"، "(صورة أرشيفية) …"
_CAPTION = re.compile(r"\s*[(\[]?\s*(?:ال)?صور[ةه](?:\s+[^\s():\]]+)?\s*[):\]\-–]")


@cache
def _byline() -> re.Pattern[str]:
    """A line opened by a byline's label and its colon ("بقلم: X"، "كتب: X": `byline` in
    reporting_verbs.toml)."""
    return re.compile(r"\s*(?:" + _byline_labels() + r")\s*:")


def _byline_labels() -> str:
    """The bylines' labels as one alternation, longest first."""
    labels = sorted(load("reporting_verbs")["words"]["byline"], key=len, reverse=True)
    return "|".join(map(re.escape, labels))


def _caption(text: str, tx: Timex, breaks: list[int]) -> bool:
    """The date is in a photo's caption, which shows the story, and dates no event of its own."""
    i = bisect.bisect_left(breaks, tx.start)
    a = breaks[i - 1] + 1 if i else 0
    return _CAPTION.match(text, a) is not None


def _filed_on(text: str, tx: Timex, breaks: list[int]) -> bool:
    """The date in a line's dateline, between the place and the dash that opens the story:
    when the story was filed, which the story's own clause dates again if it is an event."""
    i = bisect.bisect_left(breaks, tx.start)
    a = breaks[i - 1] + 1 if i else 0
    if tx.start - a <= 80 and _STAMP.search(_TASHKEEL.sub("", text[a : tx.start])):
        return True
    if tx.start - a <= 80 and _byline().match(text, a):
        return True  # "بقلم: X - 05/03/2024": the byline's date, when the page was written
    if tx.start - a <= 80 and _byline_bare().match(text, a) and _CLOCK_TO_END.match(text, tx.end):
        return True  # "كتب X الأحد، 16 نوفمبر 2031 10:15 ص": a byline with no colon, its date and time ending the line
    if _count(_LINE_WORDS, text, a, tx.start, 5) > 4:
        return False
    if a <= _HEAD_CHARS and _story_dash(text, a, tx) and _head_line(text, a):
        return True
    if _FILED_BEFORE.fullmatch(text, a, tx.start) is not None:
        return _FILED_AFTER.match(text, tx.end) is not None
    return _FILED_PLACE.fullmatch(text, a, tx.start) is not None and _FILED_CREDIT.match(text, tx.end) is not None


# the clock time a byline may end on, up to the line's end ("10:15 ص"، "02:40 م")
_CLOCK_TO_END = re.compile(r"[ \t]*(?:[0-9]{1,2}:[0-9]{2}(?:[ \t]*(?:ص|م|[AaPp][Mm]))?)?[ \t]*(?:\n|$)")
_HEAD_CHARS = 400  # the first lines, where a dateline opens the story
_DASH_AFTER = re.compile(r"\s*[-–—]\s")


@cache
def _byline_bare() -> re.Pattern[str]:
    """A line opened by a byline's label and a space, with no colon ("كتب X …")."""
    return re.compile(r"\s*(?:" + _byline_labels() + r")\s")


@cache
def _not_a_place() -> frozenset[str]:
    """Prepositions and stop words (names.toml): a word before a date that makes the line a
    sentence ("في 3 مايو –"), never a dateline's place."""
    names = load("names")
    return frozenset(normalize(w) for w in [*names["prepositions"], *names["stop"]])


def _story_dash(text: str, a: int, tx: Timex) -> bool:
    """"المدينة 3 مايو 2024 – قررت …"، "3 مايو 2024 – قررت …": a written day and month, alone on
    the line or after one to three words of a place (no preposition, no conjunction), and a dash
    right after them — the dateline of a story, its date the day it was filed."""
    if not any(c.isdigit() for c in tx.text) or _DASH_AFTER.match(text, tx.end) is None:
        return False
    words = text[a : tx.start].split()
    if len(words) > 3 or any(not w.replace("-", "").isalpha() for w in words):
        return False
    return not any(w.startswith(("و", "ف")) or normalize(w) in _not_a_place() for w in words)


_HEADLINE_WORDS = 20  # a first line longer than this is the story's first paragraph, no headline
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _headline_end(text: str) -> int:
    """Where the headline ends: the first paragraph when it is one line of a few words with no
    full stop, a blank line after it; 0 when the text opens on its story."""
    m = _PARAGRAPH_BREAK.search(text, 0, 2000)
    if m is None:
        return 0
    first = text[: m.start()].strip()
    if not first or "\n" in first or first.endswith((".", "؟", "?", "!")) or len(first.split()) > _HEADLINE_WORDS:
        return 0
    return m.start()


def _head_line(text: str, a: int) -> bool:
    """The line at ``a`` is among the first three lines of text (a headline, maybe a standfirst,
    then the dateline's line)."""
    return sum(1 for line in text[:a].split("\n") if line.strip()) <= 2


def _count(pattern: re.Pattern[str], text: str, a: int, b: int, most: int) -> int:
    """Matches of ``pattern`` in text[a:b], counted up to ``most`` (the callers only compare
    small counts, and stopping early keeps a huge sentence linear)."""
    return sum(1 for _ in islice(pattern.finditer(text, a, b), most))


def _content_words(text: str, a: int, b: int, most: int) -> int:
    """Words of text[a:b] that are not light (prepositions, "يوم" …), counted up to ``most``."""
    n = 0
    for m in _WORD.finditer(text, a, b):
        if normalize(m.group()) not in _LIGHT:
            n += 1
            if n >= most:
                break
    return n


def _same_value(events: list[Event], value: str | None) -> bool:
    return bool(events) and events[-1].time is not None and events[-1].time.value == value


class _Mentions:
    """Every actor mention, sorted, to find the actors inside a span by bisection (linear in the
    article, where scanning every actor's mentions for every event is not)."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        rows = sorted((ms, me, i) for i, a in enumerate(actors) for ms, me in a.mentions)
        self.starts = [r[0] for r in rows]
        self.rows = rows
        self.longest = max((me - ms for ms, me, _ in rows), default=0)
        self.ids = [a.id for a in actors]
        self.name_ends = frozenset(me for a in actors for _, me in a.mentions)

    def inside(self, start: int, end: int) -> tuple[str, ...]:
        found: set[int] = set()
        i = bisect.bisect_left(self.starts, start - self.longest)
        while i < len(self.rows) and self.rows[i][0] < end:
            _ms, me, who = self.rows[i]
            if me > start:
                found.add(who)
            i += 1
        return tuple(self.ids[k] for k in sorted(found))


# "المدينة -"، "المدينة (الوكالة) -": a line's dateline, a few words before a dash
_DATELINE = re.compile(r"[^\n.!?؟:\-–—]{1,60}?\s[-–—]{1,2}\s|[^\n.!?؟:\-–—/]{1,60}?/[^/\n]{1,30}/\s*")


def _event(
    text: str, span: tuple[int, int], time: TimeValue, mentions: _Mentions, why: str, relation: str | None = None
) -> Event:
    start, end = span
    lo = max(0, start - 40)
    line = text.rfind("\n", lo, start) + 1 or (0 if lo == 0 else -1)  # (a bounded look back: linear)
    if line == start or (line >= 0 and _FILED_BEFORE.fullmatch(text, line, start)):
        # where (and when: "المدينة - 15 مارس 2023 -"، "المدينة، 15 مارس (الوكالة) -") the
        # story was filed is no part of the event
        s = line
        for _ in range(2):
            m = _DATELINE.match(text, s, end)
            if not (m and len(m.group().split()) <= 8 and m.end() <= time.start):
                break
            s = m.end()
        start = max(start, s)
    return Event("", start, end, _summary(text, start, end), mentions.inside(start, end), time, why, relation)


def _ordered_events(
    text: str,
    folded: Folded,
    sentences: Sequence[Sentence],
    starts: list[int],
    timexes: list[Timex],
    seen: set[tuple[int, int]],
    dated: list[Event],
    mentions: _Mentions,
    published: str | None,
) -> list[Event]:
    """Clauses dated only through an earlier dated one.

    * ordering cues ("لاحقًا", "في أعقاب الانقلاب", "منذ ذلك الحين"): from that date to the
      published date, approximate, ``relation="after:<event>"``;
    * anaphora ("في اليوم التالي", "في العام نفسه", "في اليوم السابق"): that date moved by the
      cue's offset, ``relation="after:<event>"``, ``"same:<event>"`` or ``"before:<event>"``.

    The anchor is the last dated event before the cue; ids are filled in by ``_numbered``."""
    pattern, info = cues()
    out: list[Event] = []
    anchors = sorted(
        ((e.time.start, e) for e in dated if e.time and e.time.value), key=lambda p: p[0]
    )
    anchor_starts = [p[0] for p in anchors]
    tx_starts = [t.start for t in timexes]
    for m in anchored.finditer(pattern, _cue_firsts(), folded.norm, "وف"):  # pattern.finditer(folded.norm)
        a, b = folded.span(m.start("cue"), m.end())
        k = bisect.bisect_left(tx_starts, b)  # a time expression covering the cue: not a cue
        if k > 0 and timexes[k - 1].end > a:
            continue
        kind, unit, n = info[" ".join(m.group("cue").split())]
        if unit == "year" and _general_of_a_role(text, a):
            continue  # "المدير العام السابق": "the former director general", no year before another
        j = bisect.bisect_left(anchor_starts, a)
        anchor = anchors[j - 1][1] if j > 0 else None
        sent = _sentence_of(sentences, starts, a)
        if anchor is None or sent is None:
            continue
        anchor_value: str = anchor.time.value  # type: ignore[union-attr,assignment]
        if kind == "after":
            continue  # "لاحقا"، "منذ ذلك الحين": ordered after an event, but not dated: no event
        if n < 0 and _COMPARED_PERIOD.search(text, max(0, a - 45), a):
            continue  # "مقارنة بـ82 مليونا في العام السابق": the value compared with, no event
        value = _moved(anchor_value, unit, n)
        rel = "after" if n > 0 else "before" if n < 0 else "same"  # "في اليوم السابق": before, not the same day
        if value is None:
            continue
        base, span = _clause(text, sent, a, b)
        if base in seen:
            continue
        seen.add(base)
        link = f"{rel}:{anchor.time.start}"  # type: ignore[union-attr]
        time = TimeValue(a, b, text[a:b], value, kind == "after", link)
        out.append(_event(text, span, time, mentions, f"{kind}-cue: {text[a:b]}", link))
    return out


_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def _general_of_a_role(text: str, a: int) -> bool:
    """The cue at offset a opens on "العام" right after a role noun it qualifies ("المدير |
    العام السابق"، "الأمين | العام الأسبق"): "general", part of a title, no year."""
    if not normalize(text[a : a + 6]).startswith("العام"):
        return False
    m = _WORD_BEFORE.search(text, max(0, a - 30), a)
    return m is not None and not text[m.end(1) : a].strip() and _role_word(normalize(m.group(1)))


def _role_word(w: str) -> bool:
    lx = lexicon()
    return any("title" in lx.classes_of(f) for f in (w, w.removeprefix("ال"), w.removeprefix("و"),
                                                    w.removeprefix("وال")))


def _moved(value: str, unit: str, n: int) -> str | None:
    """An anchor's value moved by ``n`` units, at the unit's granularity; None if it is too coarse."""
    head = value.split("/")[0]
    if head[:4].startswith("X") or not head[:4].isdigit():
        return None
    # a date moved past year 1 or 9999 has no value (the published date may sit at either end)
    if unit == "year":
        y = int(head[:4]) + n
        return f"{y:04d}" if 1 <= y <= 9999 else None
    if unit == "month" and len(head) >= 7 and head[5:7].isdigit():
        k = int(head[:4]) * 12 + int(head[5:7]) - 1 + n
        return f"{k // 12:04d}-{k % 12 + 1:02d}" if 1 <= k // 12 <= 9999 else None
    if unit == "day" and len(head) == 10 and head[8:10].isdigit():
        try:
            return (date.fromisoformat(head) + timedelta(days=n)).isoformat()
        except (OverflowError, ValueError):
            return None
    return None


def _numbered(events: list[Event]) -> tuple[Event, ...]:
    """Ids e1, e2 … in text order; "after:<offset>" relations rewritten to the anchor's id."""
    events = sorted(events, key=lambda e: (e.start, e.time.start if e.time else 0))
    ids = {e.time.start: f"e{i}" for i, e in enumerate(events, 1) if e.time}
    out = []
    for i, e in enumerate(events, 1):
        rel = e.relation
        if rel:
            kind, _, where = rel.partition(":")
            rel = f"{kind}:{ids.get(int(where), '?')}"
        time = e.time
        if time is not None and e.relation:
            time = replace(time, relation=rel)
        out.append(replace(e, id=f"e{i}", relation=rel, time=time))
    return tuple(out)


@cache
def cues() -> tuple[re.Pattern[str], dict[str, tuple[str, str, int]]]:
    """One pattern for every ordering and anaphora cue, and what each means: (kind, unit, n)."""
    rel = load("relative")
    info: dict[str, tuple[str, str, int]] = {normalize(w): ("after", "", 0) for w in rel["after_cues"]["words"]}
    for unit, table in rel["anaphora"].items():
        for phrase, n in table.items():
            info[normalize(phrase)] = ("anaphora", unit, int(n))
    words = sorted(
        {*rel["after_cues"]["words"], *(p for t in rel["anaphora"].values() for p in t)}, key=lambda w: (-len(w), w)
    )  # a fixed order: the same pattern every run
    alt = "|".join(re.escape(normalize(w)).replace(r"\ ", r"\s+") for w in words)
    # matched on the folded text; a cue may carry و or ف ("وقبل ذلك بيوم"), left out of its span
    return re.compile(rf"(?<!\w)[وف]?(?P<cue>{alt})(?!\w)"), info


@cache
def _cue_firsts() -> tuple[str, ...]:
    """The first words of the cues: a match of cues()'s pattern opens with one, or with و/ف before one."""
    return anchored.first_words(cues()[1])


def _sentence_of(sentences: Sequence[Sentence], starts: list[int], offset: int) -> Sentence | None:
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and sentences[i].start <= offset < sentences[i].end:
        return sentences[i]
    return None


@lru_cache(maxsize=64)  # several expressions share a sentence; a huge unpunctuated one must not be re-split
def _segments(text: str, sent: Sentence) -> list[tuple[int, int]]:
    out = []
    start = sent.start
    for m in _BREAK.finditer(text, sent.start, sent.end):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, sent.end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _when_after(text: str, sent: Sentence, end: int) -> tuple[int, int] | None:
    """The comma segment right after a date when it opens on "حين" (or عندما) and a verb told in
    the past: what happened at that date ("…، حين غرق قارب"); None otherwise.  (Read from the
    date on, a few characters to its break and then that one segment: linear in a long sentence.)"""
    brk = _BREAK.search(text, end, min(sent.end, end + _GAP_CHARS))
    if brk is None or text[end : brk.start()].strip():
        return None  # (only a comma, or the like, between the date and the segment)
    a = brk.end()
    words = [normalize(m.group()) for m in islice(_WORD.finditer(text, a, sent.end), 2)]
    if len(words) < 2 or words[0] not in _WHEN or clause_tense(words[1:]) != "past" or words[1].startswith("ال"):
        return None
    nxt = _BREAK.search(text, a, sent.end)
    return _strip(text, a, nxt.start() if nxt is not None else sent.end)


_GAP_CHARS = 8  # white space and one break between a date and the segment after it

def _clause(text: str, sent: Sentence, start: int, end: int,
            name_ends: frozenset[int] = frozenset()) -> tuple[tuple[int, int], tuple[int, int]]:
    """(the segment(s) holding the expression, the event span: those, widened when bare)."""
    segs = _segments(text, sent)
    i = max(0, bisect.bisect_right(segs, (start, len(text) + 1)) - 1)
    idx = []
    while i < len(segs) and segs[i][0] < end:
        if segs[i][1] > start:
            idx.append(i)
        i += 1
    if not idx:
        return (start, end), (start, end)
    lo, hi = idx[0], idx[-1]
    base = (segs[lo][0], segs[hi][1])
    before = _content_words(text, base[0], start, 2)
    after = _content_words(text, end, base[1], 2)
    bare = before + after <= 1  # the expression stands alone: the event is beside it
    if bare or not before or _after_name(text, segs, lo, name_ends) or _continues(text, segs[lo]):
        # the expression opens its segment ("…، في نهاية فبراير أن إيران ملتزمة", "…، أمس، أن"):
        # its verb is behind, past appositions and relative clauses
        lo = _walk_back(text, segs, lo, name_ends)
    if bare and hi + 1 < len(segs):
        hi += 1
        # "في منتصف مارس، خلال اجتماع في الرباط، قرر الوزراء": skip further adverbials
        while hi + 1 < len(segs) and _adverbial(text, segs[hi]):
            hi += 1
    a, b = segs[lo][0], segs[hi][1]
    a, b = _strip(text, a, b)
    return base, (a, b)


def _walk_back(text: str, segs: list[tuple[int, int]], lo: int, name_ends: frozenset[int] = frozenset()) -> int:
    """Back over appositions ("، سامي الخطيب،"، "X، المتحدث باسم الهيئة،"), attendant
    circumstances ("، برئاسة القاضي X،") and relative clauses ("، الذي توصل إليه في 2015،")
    to the segment holding the verb: "أعلن رئيس الهيئة، سامي الخطيب، أمس، أن …"."""
    for _ in range(_MAX_BACK):
        if lo == 0 or "." in text[segs[lo - 1][1] : segs[lo][0]]:
            break  # never back over a full stop the sentence splitter missed ("في 2012. وقال")
        lo -= 1
        # the first words decide, and a segment can be a whole unpunctuated sentence
        words = [m.group() for m in islice(_WORD.finditer(text, segs[lo][0], segs[lo][1]), _APPOSITION_WORDS + 1)]
        first = normalize(words[0]) if words else ""
        if first in _RELATIVES or first in _ATTENDANT:
            continue
        if lo > 0 and first.startswith("ال") and _ends_on(text, segs[lo - 1], name_ends):
            continue  # "قال X، المتحدث الرسمي باسم الوزارة،"، "أعلنت شركة X، المدرجة في السوق،": a
            # definite title or description after a name
        if _ends_on(text, segs[lo], name_ends) and not _opens_clause(words) and sum(
                1 for _ in islice(_WORD.finditer(text, segs[lo][0], segs[lo][1]), _NAME_WORDS + 1)) <= _NAME_WORDS:
            continue  # "أعلن وزير X، السيد Y Z W V، أمس، أن": a long name set off, the verb before it
        if len(words) > _APPOSITION_WORDS or _opens_clause(words):
            break  # a clause of its own, not a name or title between commas
    return lo


def _continues(text: str, seg: tuple[int, int]) -> bool:
    """The segment opens with a word that goes on with the clause before it ("، وذلك في …"), or
    with the occasion of what the clause before it said ("، في بيان …"، "، خلال مؤتمر …")."""
    first = [normalize(m.group()) for m in islice(_WORD.finditer(text, seg[0], seg[1]), 2)]
    if first[:1] and first[0] in _CONTINUING:
        return True
    return len(first) == 2 and first[0] in _OCCASION_PREPS and _occasion_noun(first[1])


_POSSESSIVE = ("هما", "هم", "ها", "ه")


def _occasion_noun(w: str) -> bool:
    """An occasion of speech or decision, with the article or a possessive suffix: "البيان"،
    "اجتماعه"، "جلستها" (ت before the suffix is the ة of the noun)."""
    events = _speech_events()
    w = w.removeprefix("ال")
    if w in events:
        return True
    for suf in _POSSESSIVE:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            stem = w[: -len(suf)]
            return stem in events or (stem.endswith("ت") and not events.isdisjoint((stem[:-1] + "ة", stem[:-1] + "ه")))
    return False


@cache
def _speech_events() -> frozenset[str]:
    return frozenset(normalize(w) for w in load("reporting_verbs")["words"]["speech_events"])


def _after_name(text: str, segs: list[tuple[int, int]], lo: int, name_ends: frozenset[int]) -> bool:
    """The segment follows an actor's name set off by commas and opens no clause of its own:
    it goes on with the clause before the name ("عقد الوزير، X، مؤتمرا صحفيا أمس")."""
    if lo == 0 or not _ends_on(text, segs[lo - 1], name_ends):
        return False
    m = _WORD.search(text, segs[lo][0], segs[lo][1])
    if m is None:
        return False
    w = normalize(m.group())
    return not _opens_clause([w]) and w[:1] not in ("و", "ف") and w not in _ADVERBIAL and w not in _RELATIVES


def _ends_on(text: str, seg: tuple[int, int], ends: frozenset[int]) -> bool:
    """The segment's last word ends one of ``ends`` (an actor's mention)."""
    b = seg[1]
    while b > seg[0] and text[b - 1] in " \t\"'«»“”()":
        b -= 1
    return b in ends


def _opens_clause(words: list[str]) -> bool:
    """A segment opening with a particle ("حتى وإن ركزوا", "وقد أعلن") is a clause, not an apposition."""
    if not words:
        return False
    w = normalize(words[0])
    return w in _PARTICLES or (w[:1] in ("و", "ف") and w[1:] in _PARTICLES)


def _adverbial(text: str, seg: tuple[int, int]) -> bool:
    m = _WORD.search(text, seg[0], seg[1])
    return bool(m) and normalize(m.group()) in _ADVERBIAL


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in "\"'«»“”()"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".\"'«»“”()"):
        b -= 1
    return a, b


def _summary(text: str, start: int, end: int) -> str:
    """text[start:end] with its white space collapsed, cut to a few words.  Only a prefix is
    collapsed, doubled until it is long enough: its collapsed form is a prefix of the whole's."""
    size = 4 * _SUMMARY_CHARS
    while True:
        stop = min(end, start + size)
        s = " ".join(text[start:stop].split())
        if stop == end or len(s) > _SUMMARY_CHARS:
            break
        size *= 2
    if len(s) <= _SUMMARY_CHARS:
        return s
    cut = s.rfind(" ", 0, _SUMMARY_CHARS)
    return s[: cut if cut > 0 else _SUMMARY_CHARS] + "…"
