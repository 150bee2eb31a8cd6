"""Find time expressions in Arabic text, with their offsets and their parts (an ``Expr``).

Matching runs on the folded text (``text.fold``: no tashkeel/tatweel, one alef, ى→ي,
ة→ه), so one pattern covers أغسطس/اغسطس, and every span is mapped back to the original
offsets.  The words come from the lexicons (months, weekdays, numbers, relative); the
patterns here only say how they combine.  Resolution to a date is ``resolve.py``'s job.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache

from ..doc.normal import Folded, fold
from ..doc.normal import key as normalize
from ..lexicon import load
from .resolve import Expr
from .tense import clause_tense, future_verb, modal_future


@dataclass(frozen=True, slots=True)
class Timex:
    start: int  # offsets in the original text
    end: int
    text: str
    expr: Expr
    rule: str  # which pattern found it (shown as the event's "why")
    # the tense of its clause's verb ("past", "present", "future"), read for "بعد + a duration"
    # only: in a past clause it counts from the story's last date (events.py); None elsewhere
    tense: str | None = None


# ---------------------------------------------------------------------------- lexicon tables


def _alt(words: list[str] | set[str]) -> str:
    """A regex alternation of normalised words, longest first so "كانون الثاني" beats "كانون"."""
    # equally long words alphabetically: the same pattern text every run (a cacheable one)
    forms = sorted({normalize(w) for w in words if w}, key=lambda f: (-len(f), f))
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@dataclass(frozen=True)
class _Tables:
    months: dict[str, tuple[int, bool]]  # normalised name -> (month, hijri)
    ambiguous: frozenset[str]
    weekdays: dict[str, int]
    ordinal_days: dict[str, int]
    cardinals: dict[str, int]
    deictic: dict[str, int]
    units: dict[str, tuple[str, int | None]]  # word -> (unit, implied count: 1, 2 or None for plural)
    def_units: dict[str, str]
    mods: dict[str, str]
    parts: dict[str, str]
    within: dict[str, str]
    shift: dict[str, int]
    seasons: dict[str, str]
    future: frozenset[str]
    not_today_after: frozenset[str]
    not_today_before: tuple[str, ...]
    named: dict[tuple[int, int], tuple[frozenset[str], int]]
    tod: list[str]
    month_parts: dict[str, str]
    media: frozenset[str]
    holidays: dict[str, tuple[bool, int, int]]  # name -> (hijri, month, day)
    anaphors: dict[str, int]  # "نفسه" 0, "التالي" 1, "السابق" -1: the year or month of the last date, moved


def _unit_count(word: str) -> int | None:
    w = normalize(word)
    if w.endswith(("ين", "ان")) and w not in ("سنين",):
        return 2
    if w in {normalize(x) for x in ("يوم", "يوما", "أسبوع", "أسبوعا", "شهر", "شهرا", "عام", "عاما", "سنة")}:
        return 1
    return None  # a plural: needs a number


@cache
def tables() -> _Tables:
    months: dict[str, tuple[int, bool]] = {}
    mlex = load("months")
    for cal, hijri in (("gregorian", False), ("hijri", True)):
        for num, names in mlex[cal].items():
            for n in names:
                months[normalize(n)] = (int(num), hijri)
    wd_lex = load("weekdays")
    weekdays = {normalize(n): int(k) for table in ("weekdays", "time_only") for k, names in wd_lex[table].items()
                for n in names}
    nums = load("numbers")
    units_ord: dict[int, list[str]] = {int(k): v for k, v in nums["ordinals"].items()}
    tens = {int(k): v for k, v in nums["ordinal_tens"].items()}
    ordinal_days: dict[str, int] = {}
    for n, forms in units_ord.items():
        for f in forms:
            if n == 1 and f in ("الحادي", "الحادية"):
                continue
            ordinal_days[normalize(f)] = n
    for f in nums["first_day"]:
        ordinal_days[normalize(f)] = 1
    for n, forms in units_ord.items():  # 11..19
        if n == 10:
            continue
        for f in forms:
            if n == 1 and f in ("الأول", "الأولى", "أول", "غرة"):
                continue
            for s in nums["ordinal_teen"]["suffix"]:
                ordinal_days[normalize(f"{f} {s}")] = 10 + n
    for t, tforms in tens.items():
        for tf in tforms:
            ordinal_days[normalize(tf)] = t
            for n, forms in units_ord.items():
                if n == 10 or (t == 30 and n > 1):
                    continue
                for f in forms:
                    if n == 1 and f in ("الأول", "الأولى", "أول", "غرة"):
                        continue
                    ordinal_days[normalize(f"{f} و{tf}")] = t + n
    cardinals = {normalize(n): int(k) for k, names in nums["cardinals"].items() for n in names}
    rel = load("relative")
    units: dict[str, tuple[str, int | None]] = {}
    for unit, words in rel["units"].items():
        for w in words:
            units[normalize(w)] = (unit, _unit_count(w))
    named = {}
    for key, (nouns, year) in rel["named_dates"].items():
        d, m = (int(x) for x in key.split("-"))
        named[(d, m)] = (frozenset(normalize(n) for n in nouns), int(year))
    return _Tables(
        months=months,
        ambiguous=frozenset(normalize(n) for n in mlex["ambiguous"]["names"]),
        weekdays=weekdays,
        ordinal_days=ordinal_days,
        cardinals=cardinals,
        deictic={normalize(k): int(v) for k, v in rel["days"].items()},
        units=units,
        def_units={normalize(w): u for u, ws in rel["definite_units"].items() for w in ws},
        mods={normalize(w): m for m, ws in rel["modifiers"].items() for w in ws},
        parts={normalize(w): p for p, ws in rel["parts"].items() for w in ws},
        within={normalize(w): k for k, ws in rel["within"].items() for w in ws},
        shift={normalize(w): (-1 if k == "back" else 1) for k, ws in rel["shift"].items() for w in ws},
        seasons={normalize(w): code for code, ws in rel["seasons"].items() for w in ws},
        future=frozenset(normalize(w) for w in rel["future_cues"]["words"]),
        not_today_after=frozenset(normalize(w) for w in rel["not_today"]["after"]),
        not_today_before=tuple(normalize(w) for w in rel["not_today"]["before"]),
        named=named,
        tod=rel["times_of_day"]["words"],
        month_parts={normalize(k): v for k, v in rel["month_parts"].items()},
        media=frozenset(normalize(w) for w in rel["media_nouns"]["words"]),
        holidays={normalize(k): (v[0] == "hijri", int(v[1]), int(v[2])) for k, v in rel["holidays"].items()},
        anaphors={normalize(k): int(v) for k, v in rel["anaphor_words"].items()},
    )


# ---------------------------------------------------------------------------- patterns


@dataclass(frozen=True)
class _Patterns:
    date: re.Pattern[str]
    day_range: re.Pattern[str]
    numeric: re.Pattern[str]
    ord_this_month: re.Pattern[str]
    day_this_month: re.Pattern[str]
    month: re.Pattern[str]
    season: re.Pattern[str]
    unit: re.Pattern[str]
    shift: re.Pattern[str]
    deictic: re.Pattern[str]
    weekday_range: re.Pattern[str]
    weekday: re.Pattern[str]
    year: re.Pattern[str]
    hijri_year: re.Pattern[str]
    year_range: re.Pattern[str]
    year_pair: re.Pattern[str]
    holiday: re.Pattern[str]
    quarter: re.Pattern[str]
    coming_days: re.Pattern[str]


@cache
def _coming_days() -> dict[str, list[str]]:
    """The words of "the next N days" (``relative.toml`` ``coming_days``)."""
    return load("relative")["coming_days"]


@cache
def _year_occasions() -> frozenset[str]:
    """Occasions a year right after names ("انتخابات 2027": ``relative.toml`` ``year_occasions``)."""
    return frozenset(normalize(w) for w in load("relative")["year_occasions"]["words"])


B = r"(?<![\w])"  # start of a word (clitics are spelled out where allowed)
E = r"(?![\w])"
CL = r"(?:[وف]?[بل]?)"  # conjunction / preposition clitics


@cache
def patterns() -> _Patterns:
    t = tables()
    month = _alt(t.months)
    wd = _alt(t.weekdays)
    mod = _alt(t.mods)
    part = _alt(t.parts)
    tod = _alt(t.tod)
    ordd = _alt(t.ordinal_days)
    card = _alt(t.cardinals)
    unit = _alt(t.units)
    defu = _alt(t.def_units)
    within = _alt(t.within)
    shift = _alt(t.shift)
    season = _alt(t.seasons)
    deic = _alt(t.deictic)
    mpart = _alt(t.month_parts)
    ana = _alt(t.anaphors)
    coming = _coming_days()
    occasion = _alt(_year_occasions())
    day = rf"(?:(?:ال\s?)?(?P<dnum>\d{{1,2}})(?!\d)|(?P<dord>{ordd}))"
    # "نيسان/أبريل"، "نيسان (أبريل)"، and "نيسان أبريل" where a copy lost the slash
    pair = rf"(?P<m1>{month})(?:(?:\s*(?:[/\\|-]|\(|،)\s*|\s+)(?P<m2>{month})\s*\)?)?"
    year = r"(?P<year>\d{4})(?!\d)(?:\s*(?P<ysuf>ميلاديه|ميلادي|م|هجريه|هجري|للهجره|ه)(?!\w))?"
    hsuf = "هجريه|هجري|للهجره|ه"  # the Hijri era's marks after a year
    year_tail = (
        rf"(?:\s*[،,]?\s*(?:من\s+)?(?:(?:عام|العام|سنه|لعام)\s+)?{year}"
        rf"|\s+من\s+(?:(?P<ythis>هذا|هذه)\s+(?:العام|السنه)|(?:العام|السنه)\s+(?P<ymod>{mod}))"
        rf"(?:\s+(?P<year2>\d{{4}})(?!\d)(?:\s*(?P<ysuf2>هجريه|هجري|للهجره|ه|م)(?!\w))?)?"
        rf"|\s+من\s+(?:(?:العام|السنه)\s+(?P<yana>{ana})|(?P<yana0>ذلك\s+العام|تلك\s+السنه)))?"
    )
    # (a weekday may name the date after في: "تنطلق الأحد في 18 أيار" is that Sunday, not the next one)
    lead = rf"(?:(?P<tod>{tod})\s+)?(?:(?P<yawm>يوم)\s+)?(?:(?P<wd>{wd})\s*[،,(]?\s*(?:في\s+)?)?(?:الموافق\s+)?"
    c = re.compile
    return _Patterns(
        date=c(rf"{B}{CL}{lead}{day}\s*(?:من\s+)?(?:شهر\s+)?{pair}(?:\s+(?P<mod>{mod}))?{year_tail}{E}"),
        day_range=c(
            rf"{B}{CL}(?:(?:من|بين|يومي|ايام)\s+)?(?:(?:ال)?(?P<d1>\d{{1,2}})|(?P<o1>{ordd}))\s*(?:-|الي|حتي|و)\s*"
            rf"(?:(?:ال)?(?P<d2>\d{{1,2}})|(?P<o2>{ordd}))\s+"
            rf"(?:من\s+)?(?:شهر\s+)?{pair}(?:\s+(?P<mod>{mod}))?{year_tail}{E}"
        ),
        numeric=c(
            rf"{B}(?:(?P<y0>\d{{4}})([-/.])(?P<m0>\d{{1,2}})\2(?P<d0>\d{{1,2}})|"
            # "27/8/1412", and with spaces around the slashes as official texts set them: "27 / 8 / 1412"
            rf"(?P<d>\d{{1,2}})(?:[.-]| ?/ ?)(?P<m>\d{{1,2}})(?:[.-]| ?/ ?)(?P<y>\d{{4}}))(?!\d)"
            rf"(?:\s*(?P<nsuf>هجريه|هجري|ه|ميلاديه|ميلادي|م)(?!\w))?"
        ),
        ord_this_month=c(rf"{B}{CL}{lead}{day}\s+(?:من\s+)?(?:(?P<this>هذا)\s+)?الشهر"
                         rf"(?:\s+(?P<same>نفسه|ذاته)|\s+(?P<mod>{mod}))?{E}"),
        day_this_month=c(  # "في 14 الجاري", "يوم 20 الماضي": a day of this or last month, its name left out
            rf"{B}{CL}(?:(?P<yawm>يوم)\s+)?(?P<dnum>\d{{1,2}})\s+"
            rf"(?:(?P<bare>الجاري|الحالي|الماضي|المنصرم|الفايت|المقبل|القادم)|(?P<minh>منه)){E}"
        ),
        month=c(
            rf"{B}{CL}(?:(?P<part>{part})\s+|(?P<mpart>{mpart})\s+من\s+)?(?:(?P<shahr>شهري|شهر)\s+)?{pair}"
            rf"(?:\s+(?P<mod>{mod}))?{year_tail}{E}"
        ),
        season=c(
            rf"{B}{CL}(?:(?P<part>{part})\s+)?(?P<season>{season})"
            rf"(?:\s+(?P<mod>{mod})|\s+(?:(?:عام|العام)\s+)?(?P<year>\d{{4}})(?!\d)"
            rf"|\s+(?:من\s+)?(?:(?P<ythis>هذا)\s+)?(?:العام|السنه)(?:\s+(?P<ymod>{mod}))?){E}"
        ),
        unit=c(
            rf"{B}{CL}(?:(?P<within>{within})\s+|(?P<part>{part})\s+(?:من\s+)?|(?P<mpart>{mpart})\s+من\s+)?"
            rf"(?:(?P<this>هذا|هذه)\s+)?"
            rf"(?P<unit>{defu})(?:\s+(?P<twice>قبل|بعد)(?=\s+(?:{mod})))?(?:\s+(?P<mod>{mod})|\s+(?P<uana>{ana}))?{E}"
        ),
        shift=c(
            rf"{B}{CL}(?P<shift>{shift})\s+(?:(?P<about>نحو|حوالي|قرابه|زهاء|ما\s+يقرب\s+من)\s+)?"
            rf"(?:(?P<num>\d{{1,3}}|{card})\s+)?(?P<unit>{unit}){E}"
            rf"(?!\s*\d)(?!\s+من\s+(?!(?:الان|اليوم)(?!\w)))"
        ),
        deictic=c(
            rf"{B}{CL}(?:(?P<tod>{tod})\s+)?(?:(?P<yawm>يوم)\s+)?(?P<deic>{deic}){E}(?:\s*[،,]?\s*(?P<wd>{wd}){E})?"
        ),
        weekday_range=c(
            rf"{B}{CL}(?:(?:من|بين)\s+(?:يوم\s+)?|يومي\s+)(?P<wd1>{wd})\s+(?:الي|حتي|و)\s*(?:يوم\s+)?(?P<wd2>{wd}){E}"
            rf"(?:\s+(?P<mod>{mod}))?"
        ),
        weekday=c(
            rf"{B}{CL}(?:(?P<tod>{tod})\s+)?(?:(?P<yawm>يوم)\s+)?(?P<wd>{wd})"
            rf"(?:\s+(?P<twice>قبل|بعد)(?=\s+(?:{mod})))?(?:\s+(?P<mod>{mod}))?"
            rf"(?:\s+من\s+(?:(?P<wthis>هذا)\s+)?الاسبوع(?:\s+(?P<wmod>{mod}))?)?{E}"
        ),
        year_range=c(
            # "بين عامي 2011 و2014"; the dual alone names both years too ("خلال عامي 2016 و2017")
            rf"{B}{CL}(?:(?:من|بين)\s+(?:(?:عامي|عام|العام|سنتي|سنه)\s+)?|(?P<dual>عامي|سنتي)\s+)"
            rf"(?P<y1>\d{{4}})(?:\s*(?P<h1>{hsuf}){E})?\s*(?:-|و|الي|حتي)\s*"
            rf"(?:(?:عام|العام|سنه)\s+)?(?P<y2>\d{{4}})(?!\d)(?:\s*(?P<h2>{hsuf}){E})?"
        ),
        year=c(
            rf"{B}{CL}(?:(?P<part>{part})\s+|(?P<mpart>{mpart})\s+(?=من))?"
            rf"(?:(?P<prep>في|منذ|مند|حتي|قبل|بعد|خلال|بحلول|عام|العام|سنه|السنه|لعام|بعام|{part}|{occasion}"
            rf"|(?<=[ ])من(?=\s+(?:(?:عام|العام|سنه)\s+)?\d))\s+)(?:(?:عام|العام|سنه)\s+)?{year}{E}"
        ),
        # "خلال الموسم 2015-2016"، "في العام الدراسي 2017/2018": a season, school or fiscal year over two years
        year_pair=c(rf"{B}(?<![\d/-])(?<!\d\.)(?P<y1>\d{{4}})\s*[/-]\s*(?P<y2>\d{{4}})(?![\d/-])(?!\.\d)(?!\s*(?:هجري|ه{E}))"),
        hijri_year=c(rf"{B}(?P<year>\d{{4}})\s*(?P<ysuf>{hsuf}){E}"),
        quarter=c(  # "قبل نهاية الربع الأول", "الثلاثي الأخير": this year's, when no year follows
            rf"{B}{CL}(?:(?P<part>{part})\s+)?(?P<mpart>{_alt(q for q, v in t.month_parts.items() if v[0] == 'q')})"
            rf"{E}(?!\s+من\s)"
        ),
        coming_days=c(
            rf"{B}{CL}(?:{_alt(coming['days'])})\s+(?:ال(?P<card>{card})|ال\s?(?P<num>\d{{1,2}}))\s+"
            rf"(?:{_alt(coming['coming'])}){E}|{B}{CL}(?P<dual>{_alt(coming['two_days'])})\s+(?:{_alt(coming['coming'])}){E}"
        ),
        holiday=c(
            rf"{B}{CL}(?:(?:اول|ثاني|ثالث)\s+ايام\s+)?(?P<hol>{_alt(t.holidays)})(?:\s+(?:المبارك|السعيد|المجيد))?"
            rf"(?:\s+(?P<mod>{mod}))?{year_tail}{E}"
        ),
    )


# ---------------------------------------------------------------------------- building Exprs


def _year_of(m: re.Match[str]) -> tuple[int | None, bool | None]:
    """(year, hijri?) from the year group; hijri None when the suffix does not say."""
    gd = m.groupdict()
    if gd.get("year2"):  # "من العام الماضي 1444هـ": the written year wins
        y, suf = int(gd["year2"]), gd.get("ysuf2")
        return y, (None if suf is None else suf.startswith(("ه", "للهجر")))
    if gd.get("year") is None:
        return None, None
    y = int(m.group("year"))
    suf = gd.get("ysuf")
    if suf is None:
        return y, None
    return y, suf.startswith(("ه", "للهجر"))


def _month_of(m: re.Match[str]) -> tuple[int, bool] | None:
    """The month of a (possibly paired) month name; None when the pair disagrees."""
    t = tables()
    m1 = t.months[_key(m.group("m1"))]
    if m.group("m2") is not None:
        m2 = t.months[_key(m.group("m2"))]
        if m2 != m1:
            return None
    return m1


def _key(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def _day_of(m: re.Match[str]) -> int | None:
    d = int(m.group("dnum")) if m.group("dnum") is not None else tables().ordinal_days[_key(m.group("dord"))]
    return d if 1 <= d <= 31 else None


def _mod(m: re.Match[str]) -> str | None:
    v = m.groupdict().get("mod")
    return tables().mods[v] if v else None


def _plausible_year(y: int, hijri: bool) -> bool:
    return 1300 <= y <= 1600 if hijri else 1000 <= y <= 2200


def _year_rel(m: re.Match[str]) -> int | None:
    """ "من العام الماضي" / "من هذا العام" after a day or month: the year relative to the reference."""
    gd = m.groupdict()
    if not (gd.get("ythis") or gd.get("ymod")):
        return None  # none, or a bare "من العام": not a year we can place
    return {"past": -1, "next": 1}.get(tables().mods.get(gd.get("ymod") or "", "current"), 0)


def _anaphor(m: re.Match[str]) -> tuple[str, int] | None:
    """ "من العام نفسه/التالي"، "من ذلك العام" (after a day or month), "من الشهر ذاته" (after a
    part of a month): the unit of the last date the article gave, and how far to move it."""
    gd = m.groupdict()
    if gd.get("yana0"):
        return ("year", 0)
    if gd.get("yana"):
        return ("year", tables().anaphors[gd["yana"]])
    if gd.get("uana"):
        return (tables().def_units[m.group("unit")], tables().anaphors[gd["uana"]])
    return None


def _b_date(m: re.Match[str], norm: str) -> Expr | None:
    mon = _month_of(m)
    day = _day_of(m)
    if mon is None or day is None:
        return None
    month, hijri = mon
    y, yh = _year_of(m)
    if y is not None:
        if yh is not None and yh != hijri and not hijri:
            return None
        if not _plausible_year(y, hijri):
            return None
    if not m.group("mod") and (_name_head(_word_before(norm, m.start())) or _school_named(norm, m.start())):
        return None  # "حركة 6 أبريل", "قوى 14 آذار", "ملعب 20 أغسطس 1955": a name, its year too
    mod = _mod(m) or ("since" if _word_before(norm, m.start()) in _SINCE and not hijri else None)
    e = Expr("date", year=y, month=month, day=day, mod=mod, hijri=hijri, year_rel=_year_rel(m), anaphor=_anaphor(m))
    if y is None and not hijri:
        named = tables().named.get((day, month))
        if named and _word_before(norm, m.start()) in named[0]:
            e = replace(e, year=named[1])
    return e


def _b_day_range(m: re.Match[str], norm: str) -> Expr | None:
    mon = _month_of(m)
    if mon is None:
        return None
    days = tables().ordinal_days
    d1 = int(m.group("d1")) if m.group("d1") is not None else days[_key(m.group("o1"))]
    d2 = int(m.group("d2")) if m.group("d2") is not None else days[_key(m.group("o2"))]
    if m.group("o2") is not None and d2 >= 20 and d2 % 10 == 0:
        return None  # "الخامس والعشرين من": one day, 25, in words; not the 5th to the 20th
    if not (1 <= d1 < d2 <= 31):
        return None
    y, _ = _year_of(m)
    month, hijri = mon
    a = Expr("date", year=y, month=month, day=d1, mod=_mod(m), hijri=hijri)
    return Expr("range", start=a, end=replace(a, day=d2))


def _b_numeric(m: re.Match[str], norm: str) -> Expr | None:
    if m.group("y0"):
        y, mo, d = int(m.group("y0")), int(m.group("m0")), int(m.group("d0"))
    else:  # Arab usage writes the day first
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    suf = m.group("nsuf")
    # "1445/03/12هـ": a Hijri date (a هـ suffix, or a 13xx-14xx year without a suffix)
    hijri = suf.startswith("ه") if suf else 1300 <= y <= 1500
    if not (1 <= mo <= 12 and 1 <= d <= (30 if hijri else 31) and _plausible_year(y, hijri)):
        return None
    return Expr("date", year=y, month=mo, day=d, hijri=hijri)


# "بين أيار وحزيران"، "شهري أيار وحزيران": two months named as the ends of one stretch
_PAIR_OF_MONTHS = re.compile(r"(?:^|\s)[وف]?(?:بين|شهري)\s+(?:شهري\s+)?\w+\s*$")


_DAY_OF_IT_AFTER = frozenset(["في", "حتي", "منذ", "قبل", "بعد"])


def _b_day_this_month(m: re.Match[str], norm: str) -> Expr | None:
    if not (m.group("yawm") or _word_before(norm, m.start()) in _BARE_DAY_PREPS):
        return None  # "الأيام 3 الماضية": not a day of a month
    day = int(m.group("dnum"))
    if not 1 <= day <= 31:
        return None
    if m.group("minh"):
        # "في 24 منه": a day of the month the article named last ("of it"), after في or يوم only
        if not (m.group("yawm") or _word_before(norm, m.start()) in _DAY_OF_IT_AFTER):
            return None
        return Expr("date-in-month", day=day, anaphor=("month", 0))
    offset = {"past": -1, "next": 1}.get(tables().mods[m.group("bare")], 0)
    return Expr("date-in-month", day=day, offset=offset)


def _b_ord_this_month(m: re.Match[str], norm: str) -> Expr | None:
    if not (m.group("this") or m.group("mod") or m.group("dord") or m.group("same")):
        return None  # "15 الشهر"; but "غرة الشهر", "العاشر من الشهر" are this month's
    day = _day_of(m)
    if day is None:
        return None
    if m.group("same"):
        return Expr("date-in-month", day=day, anaphor=("month", 0))  # "السادس من الشهر ذاته": the month named last
    mod = _mod(m) or "current"
    offset = {"past": -1, "next": 1}.get(mod, 0)
    return Expr("date-in-month", day=day, offset=offset)


def _b_month(m: re.Match[str], norm: str) -> Expr | None:
    mon = _month_of(m)
    if mon is None:
        return None
    month, hijri = mon
    y, _yh = _year_of(m)
    paired = m.group("m2") is not None
    year_rel = _year_rel(m)
    prep = _word_before(norm, m.start())
    part = _part_of(m)
    if hijri and not (y or m.group("mod") or year_rel is not None or part or m.group("shahr") or prep in _STRONG_PREPS):
        return None  # "رمضان" alone may be a name; "في رمضان", "شهر رمضان" are the month
    if hijri and not (y or m.group("mod") or year_rel is not None) and _OCCASION.search(
            norm, max(0, m.start() - 20), m.start()):
        return None  # "استعدادا لشهر رمضان"، "رؤية هلال شوال": the month awaited or marked, no date
    if prep.isdigit() and len(prep) <= 2 and (_NAMED_DAY.search(norm, max(0, m.start() - 40), m.start()) or (
            _school_named(norm, norm.rfind(prep, 0, m.start())))):
        return None  # "ساحة 12 | مارس 1999": the month of a name's date (_b_date's name heads)
    anaphor = _anaphor(m)
    anchored = y or year_rel is not None or m.group("mod") or part or m.group("shahr") or anaphor
    coordinated = norm[m.start()] == "و" and prep in tables().months and not tables().months[prep][1] and (
        _PAIR_OF_MONTHS.search(norm, max(0, m.start() - 30), m.start()) is not None)
    if not anchored and prep not in _MONTH_PREPS and not coordinated:
        return None  # "حرب أكتوبر", "ثورة يوليو": a name, not a date ("بين أيار وحزيران": the second month)
    if _key(m.group("m1")) in tables().ambiguous and not (anchored or paired or coordinated or prep in _STRONG_PREPS):
        return None  # "تحول إلى أب": a father, not August
    if y is not None and not _plausible_year(y, hijri):
        return None
    if y is not None and (m.group("mod") or year_rel is not None) and _counted(_word_after(norm, m.end())):
        y = None  # "أواخر أكتوبر الماضي 1240 طالبا": the number counts what follows, no year
    if (_FOR_THE_MONTH.match(m.group(0)) or prep in ("لشهر", "لشهري") or _paid_for(norm, m)) and not (
            y or year_rel is not None or m.group("mod") or part or anaphor):
        return None  # "رواتب لشهر آذار"، "جلسة لشهر أيار": the month paid or met for, no date
    mod = _mod(m) or ("since" if prep in _SINCE and not hijri else None)
    return Expr("month", year=y, month=month, mod=mod, part=part, hijri=hijri, year_rel=year_rel, anaphor=anaphor)


_FOR_THE_MONTH = re.compile(r"[وف]?لشهري?(?!\w)")
_PAID_FOR = frozenset(normalize(w) for w in load("relative")["paid_for_months"]["words"])


def _paid_for(norm: str, m: re.Match[str]) -> bool:
    """"رواتب شهر مايو": a noun of what is paid or delivered, then شهر and the month."""
    if not m.group("shahr"):
        return False
    before = _WORD.findall(norm[max(0, m.start() - 20) : m.start()])
    words = before + _WORD.findall(m.group(0))[:1]  # (شهر may open the match or stand before it)
    i = next((k for k in range(len(words) - 1, -1, -1) if words[k] in ("شهر", "وشهر")), None)
    return i is not None and i > 0 and (words[i - 1] in _PAID_FOR or words[i - 1][1:] in _PAID_FOR)


# an occasion word right before the feast or month, maybe with "شهر" or ل between
_OCCASION = re.compile(r"(?<!\w)[وف]?(?:" + "|".join(sorted(
    (re.escape(normalize(w)) for w in load("relative")["occasion_before"]["words"]), key=len, reverse=True))
    + r")\s+(?:ل?شهر\s+)?$")


_ARRIVAL = re.compile(r"(?<!\w)(?:حلول|قبيل)\s+(?:شهر\s+)?$")
_DEADLINE = re.compile(r"(?<!\w)(?:قبل|حتي|بحلول|مع|لغايه|وحتي|وقبل)\s+$")


def _part_of(m: re.Match[str]) -> str | None:
    """early/mid/late ("أوائل"، "منتصف") or a named part of a month ("الأسبوع الأول من").
    After a deadline word ("حتى منتصف يناير") the middle is a day, and the end ("قبل نهاية
    الشهر") the whole period, not a stretch of days."""
    t = tables()
    if m.groupdict().get("mpart"):
        return t.month_parts[_key(m.group("mpart"))]
    part = t.parts[_key(m.group("part"))] if m.group("part") else None
    glued = m.group("part") is not None and (
        m.string[m.start("part") - 1 : m.start("part")] == "ب" or m.group("part").startswith("ب"))
    if part in ("middle", "end") and (glued or _DEADLINE.search(m.string, max(0, m.start() - 12), m.start())):
        # "قبل نهاية العام"، "بنهاية سبتمبر": a deadline, dated by the period it closes (the year,
        # the month), as annotators give it, not its last day
        return "midday" if part == "middle" else "byend"
    if part is None and _ARRIVAL.search(m.string, max(0, m.start() - 16), m.start()):
        return "firstday"  # "قبل حلول شهر X"، "قبيل يوليو": its arrival, the first day
    return part


def _b_season(m: re.Match[str], norm: str) -> Expr | None:
    y = int(m.group("year")) if m.group("year") else None
    if y is not None and not _plausible_year(y, False):
        return None
    year_rel = _year_rel(m)
    if y is None and year_rel is None and not m.group("mod"):
        return None  # "صيف العام" with nothing to place it
    return Expr("season", season=tables().seasons[m.group("season")], year=y, mod=_mod(m), year_rel=year_rel)


def _b_unit(m: re.Match[str], norm: str) -> Expr | None:
    mod = _mod(m)
    unit = tables().def_units[m.group("unit")]
    part = _part_of(m) if unit != "week" else None
    if unit == "week" and m.group("part") and not (m.group("this") or mod or m.group("within")):
        return _bare_weekend(norm, m.start())
    if not (m.group("this") or mod or m.group("within") or part):
        return None  # a bare "العام" or "الشهر"; but "مطلع العام" is early this year
    if m.groupdict().get("uana") and (unit not in ("month", "year") or not part):
        return None  # "الشهر نفسه" alone: a clause dated by the event before it (events._ordered_events)
    before = _CLAUSE_END.split(norm[max(0, m.start() - 50) : m.start()])[-1]
    if not part and any(w in _COMPARISON for w in _WORD.findall(before)[-6:]):
        return None  # "مقارنة بالعام الماضي", "بالمقارنة مع الفترة نفسها من العام الماضي": a baseline
    offset = {"past": -1, "next": 1}.get(mod or "current", 0)
    if m.group("twice"):  # "الأسبوع قبل الماضي", "العام بعد المقبل"
        offset *= 2
    within = tables().within[_key(m.group("within"))] if m.group("within") else None
    return Expr("unit", unit=unit, offset=offset, part=part, within=within, mod=mod or "current", anaphor=_anaphor(m))


def _b_coming_days(m: re.Match[str], norm: str) -> Expr | None:
    """The next N days: from tomorrow to the Nth day after the published one."""
    if m.group("dual"):
        n: int | None = 2
    else:
        n = int(m.group("num")) if m.group("num") else tables().cardinals.get(_key(m.group("card")))
    if not n or n > 31:
        return None
    return Expr("range", start=Expr("deictic", offset=1), end=Expr("deictic", offset=n))


def _bare_weekend(norm: str, pos: int) -> Expr | None:
    """"نهاية الأسبوع" with no modifier: this week's, in a clause told in the present or the
    future ("تستقر الأجواء مع نهاية الأسبوع"، "تعلن النتائج قبل نهاية الأسبوع"); told in the
    past it is an earlier weekend the text does not place."""
    clause = _SUBORDINATE.split(_CLAUSE_END.split(norm[max(0, pos - 80) : pos])[-1])[-1]
    words = _WORD.findall(clause)
    if clause_tense(words) not in ("present", "future") and not modal_future(words):
        return None  # (with no verb at all, "في نهاية الأسبوع" places nothing either)
    return Expr("unit", unit="week", offset=0, mod="current")


def _b_shift(m: re.Match[str], norm: str) -> Expr | None:
    t = tables()
    unit, implied = t.units[m.group("unit")]
    num = m.group("num")
    n = (int(num) if num.isdigit() else t.cardinals.get(_key(num))) if num is not None else implied
    if not n:
        return None  # "قبل أيام": a few days, not a date
    before = _word_before(norm, m.start())
    if num is None and before in t.units and t.units[before][0] == unit:
        return None  # "يوما بعد يوم": day after day
    if _anchored_elsewhere(norm, m.end()):
        return None  # "بعد يوم واحد من نشر …"، "بعد أسبوع على تظاهرة": counted from another event
    return Expr("shift", unit=unit, offset=t.shift[_key(m.group("shift"))] * n)


def _anchored_elsewhere(norm: str, pos: int) -> bool:
    """A shift followed (past "واحد"/"فقط") by من/على and something other than now: its
    anchor is an event the text names, not the day of publication."""
    w = _word_after(norm, pos)
    while w in ("واحد", "واحده", "فقط", "تقريبا"):
        pos = norm.index(w, pos) + len(w)
        w = _word_after(norm, pos)
    if w not in ("من", "علي"):
        return False
    nxt = _word_after(norm, norm.index(w, pos) + len(w))
    return nxt not in ("الان", "اليوم", "الان،")


def _b_deictic(m: re.Match[str], norm: str) -> Expr | None:
    t = tables()
    offset = t.deictic[_key(m.group("deic"))]
    if offset == 0:
        nxt = _word_after(norm, m.end("deic"))
        if nxt in t.not_today_after:
            return None
        prev = norm[max(0, m.start() - 12) : m.start()].rstrip()
        if prev.endswith(t.not_today_before):
            return None
        if _after_media_noun(norm, m.start()):
            return None  # قناة اليمن اليوم: a name
    if _inside_quoted_name(norm, m.start(), m.end()):
        return None  # لـ"المصري اليوم", لـ"الغد", «أخبار اليوم»: an outlet's name, not a date
    if m.group("deic") == "غدا" and m.group("tod") is None and _word_after(norm, m.end("deic")) in ("من", "في"):
        return None  # the verb "غدا" (became): "غدا من الصعب"
    if m.group("deic") == "غد" and not (m.group("yawm") or m.group("wd") or m.group("tod")):
        return None  # a bare "غد" is "the future" ("نحو غد أفضل"); "يوم غد"، "غد الثلاثاء" are a day
    wd = tables().weekdays.get(m.group("wd")) if m.group("wd") else None
    return Expr("deictic", offset=offset, weekday=wd)  # "أمس الاثنين": the named weekday checks the offset


def _after_media_noun(norm: str, pos: int) -> bool:
    """A media noun within two words before ``pos``, possibly inside an opened quote."""
    words = _WORD.findall(norm[max(0, pos - 40) : pos])[-3:]
    return any(w in tables().media or (w[:1] in "ول" and w[1:] in tables().media) for w in words)


_OPEN_QUOTE = re.compile(r"[\"«“]\s*(?:\w[^\"«»“”]{0,24})?$")  # a quote opened just or a few words before
_CLOSE_QUOTE = re.compile(r"^\s*[\"»”]")  # and closed right after


def _inside_quoted_name(norm: str, start: int, end: int) -> bool:
    """A short quoted name ending with the word: لـ"المصري اليوم", نقلت «أخبار اليوم»; not a
    quoted sentence (قال: "نحن نجتمع اليوم")."""
    m = _OPEN_QUOTE.search(norm[max(0, start - 26) : start])
    if not m or not _CLOSE_QUOTE.match(norm[end : end + 20]):
        return False
    before = norm[max(0, start - 26) : start][: m.start()].rstrip()
    inside = _WORD.findall(m.group())
    return before.endswith("ل") or (len(inside) <= 2 and not before.endswith((":", "،", ",")))


def _b_weekday_range(m: re.Match[str], norm: str) -> Expr | None:
    t = tables()
    a = Expr("weekday", weekday=t.weekdays[m.group("wd1")], mod=_mod(m))
    b = Expr("weekday", weekday=t.weekdays[m.group("wd2")])
    if a.weekday == b.weekday:
        return None
    return Expr("range", start=a, end=b)


def _b_weekday(m: re.Match[str], norm: str) -> Expr | None:
    t = tables()
    wd = t.weekdays[m.group("wd")]
    if _word_before(norm, m.start()) in _SET_WORDS:
        return None  # "أيام السبت", "كل جمعة": every such day, a set, not a date
    # "الأحد" is also "the one" ("الأحد عشر"); "الجمعة" in "صلاة الجمعة" is still a Friday.
    if _word_after(norm, m.end()) in ("عشر", "عشره"):
        return None
    if not (m.group("wthis") or m.group("wmod") or _mod(m)) and _name_head(
            _word_before(norm, m.start()), _WEEKDAY_NAME_HEADS):
        return None  # "سوق الأربعاء"، "بسوق الجمعة"، "باب الخميس": a town, a market or a gate named after a day
    if m.group("wthis") or m.group("wmod"):
        offset = {"past": -1, "next": 1}.get(tables().mods.get(m.group("wmod") or "", "current"), 0)
        return Expr("weekday", weekday=wd, unit="week", offset=offset)
    mod = _mod(m)
    if m.group("twice") and mod in ("past", "next"):  # "الاثنين قبل الماضي": a week further
        return Expr("weekday", weekday=wd, mod=mod, offset=-1 if mod == "past" else 1)
    return Expr("weekday", weekday=wd, mod=mod)


def _b_year(m: re.Match[str], norm: str) -> Expr | None:
    y, yh = _year_of(m)
    hijri = bool(yh)
    if y is None or not _plausible_year(y, hijri):
        return None
    nxt = _word_after(norm, m.end())
    if not m.group("ysuf") and m.group("prep") not in _YEAR_NOUNS and _counted(nxt):
        return None  # "في 2000 منزل": a count, not a year ("عام 2012 طالبا": a year, named so)
    if not m.group("ysuf") and not hijri and y < _BARE_YEAR_FROM and nxt and m.group("prep") not in _YEAR_NOUNS:
        return None  # "في 1138 مدرسة": a number this far back with a word after it and no "عام" counts
    if m.group("prep") in _year_occasions() and re.match(r"\s*[/-]\s*\d{4}", norm[m.end() :]):
        return None  # "موسم 2027-2028": a season over two years (the pair's own pattern)
    if m.group("prep") in _YEAR_NOUNS and not m.group("ysuf") and _names_a_year(norm, m.start()):
        return None  # "قانون المالية لسنة 2025", "موازنة العام 2025": a name that holds a year
    part = _part_of(m)
    prep = m.group("prep")
    if prep == "من" and not m.group("mpart"):
        return None  # "من 2010" alone is a start, and "أكثر من 2000" a count
    before = _CLAUSE_END.split(norm[max(0, m.start() - 30) : m.start()])[-1]
    if not part and any(w in _COMPARISON for w in _WORD.findall(before)[-2:]):
        return None  # "بنمو 12% مقارنة بعام 2019": a baseline, not when anything happened
    part = tables().parts.get(prep or "", part)  # "مطلع 2020", "نهاية 2019"
    return Expr("year", year=y, part=part, hijri=hijri)


def _b_year_range(m: re.Match[str], norm: str) -> Expr | None:
    a, b = int(m.group("y1")), int(m.group("y2"))
    hijri = bool(m.group("h1") or m.group("h2"))  # "من 1441 إلى 1443هـ": the era's mark serves both
    if not (_plausible_year(a, hijri) and _plausible_year(b, hijri) and a < b):
        return None
    if m.group("dual") and b != a + 1:
        return None  # "تُوّج بها عامي 2009 و2019": two years apart, no one stretch of time
    if _counted(_word_after(norm, m.end())):
        return None  # "بين 1500 و2000 يورو": two amounts, no years
    return Expr("range", start=Expr("year", year=a, hijri=hijri), end=Expr("year", year=b, hijri=hijri))


# What dates a clause by a season or fiscal year: a preposition of time, directly or through the
# period's noun ("خلال الموسم الفلاحي 2015-2016"، "في موسم 2008-2009"); without one the pair
# names a thing ("موازنة 2019/2020"، "للسنة المالية 2016/2017": the budget for that year).
_PAIR_LEAD = re.compile(
    r"(?:^|\s)[وف]?(?:في|خلال|منذ|مند|حتي|بحلول|من|مع|قبل|بعد|طيله|طوال|بنهايه|بدايه|نهايه|مطلع)\s+"
    r"(?:(?:ال)?(?:عام|سنه|موسم)(?:\s+ال\w+){0,2}\s+)?$"
)


def _b_year_pair(m: re.Match[str], norm: str) -> Expr | None:
    """Two years in a row joined by "/" or "-" after a preposition of time: the one period
    spanning both (any other pair is no period: "1990-2010" reads as a range only after من or بين)."""
    a, b = int(m.group("y1")), int(m.group("y2"))
    if b != a + 1 or not _plausible_year(a, False) or not _PAIR_LEAD.search(norm, max(0, m.start() - 40), m.start()):
        return None
    return Expr("range", start=Expr("year", year=a), end=Expr("year", year=b))


def _b_quarter(m: re.Match[str], norm: str) -> Expr | None:
    """A quarter named without its year: this year's, or last year's when it has not begun
    by the published date (resolve.py): "أرباح الربع الرابع" in a February paper is last
    year's; "في الربع الرابع" ahead of a future verb stays this year's."""
    if _word_before(norm, m.start()) in _SCHOOL_WORK:
        return None  # "امتحانات الثلاثي الأول": a school term, no quarter of the year
    ahead = _DEADLINE.search(m.string, max(0, m.start() - 12), m.start()) or _word_before(norm, m.start()) in _TOWARD
    part = tables().month_parts[_key(m.group("mpart"))]  # ("قبل نهاية الربع الثالث"، "إلى الربع الأخير": a goal ahead)
    return Expr("unit", unit="year", offset=0, part=part, mod="current" if ahead else "bare")


def _b_holiday(m: re.Match[str], norm: str) -> Expr | None:
    """ "عيد الفطر الماضي", "يوم عرفة": the holiday's day, its year placed like a bare date's."""
    hijri, month, day = tables().holidays[_key(m.group("hol"))]
    y, yh = _year_of(m)
    if y is None and not _mod(m) and _year_rel(m) is None and _OCCASION.search(norm, max(0, m.start() - 20), m.start()):
        return None  # (بمناسبة or اقتراب before the feast: an occasion, no date)
    if y is not None and (bool(yh) != hijri or not _plausible_year(y, hijri)):
        y = None  # "عيد الفطر 2024": a Gregorian year for a Hijri feast; place it instead
    return Expr("date", year=y, month=month, day=day, mod=_mod(m), hijri=hijri, year_rel=_year_rel(m))


def _b_hijri_year(m: re.Match[str], norm: str) -> Expr | None:
    y = int(m.group("year"))
    return Expr("year", year=y, hijri=True) if _plausible_year(y, True) else None


_MONTH_PREPS = frozenset(normalize(w) for w in load("relative")["month_prepositions"]["words"])
_SINCE = frozenset({"منذ", "مند"})
_TOWARD = frozenset({"الي", "الى", "حتي", "بحلول"})
_BARE_DAY_PREPS = frozenset({"في", "وفي", "منذ", "حتي", "قبل", "بعد", "من", "بتاريخ", "الموافق", "يوم", "ويوم"})
_SET_WORDS = frozenset(normalize(w) for w in load("relative")["sets"]["before"])
_STRONG_PREPS = _MONTH_PREPS - {"الي", "الى", "من"}
_NAME_HEADS = frozenset(normalize(w) for w in load("relative")["name_heads"]["words"])
# a name head, then a day's number right before the month ("ملعب 20 | أغسطس 1955")
_NAMED_DAY = re.compile(rf"(?<!\w)[وف]?[بلك]?(?:{'|'.join(sorted(_NAME_HEADS))})\s+\d{{1,2}}\s*$")


def _name_head(w: str, heads: frozenset[str] = _NAME_HEADS) -> bool:
    """A name head, maybe behind a glued preposition ("بملعب"، "لساحة"); ``heads``: which ones."""
    return w in heads or (w[:1] in ("ب", "ل", "ك") and w[1:] in heads)
_WEEKDAY_NAME_HEADS = frozenset(normalize(w) for w in load("relative")["weekday_name_heads"]["words"])
_SCHOOL_WORK = frozenset(normalize(w) for w in load("relative")["school_terms"]["before"])
_COMPARISON = frozenset({"مقارنه", "بالمقارنه", "مقارنتا", "قياسا"})
_YEAR_NOUNS = frozenset({"عام", "العام", "سنه", "السنه", "لعام", "بعام"})


def _names_a_year(norm: str, pos: int) -> bool:
    """A document or event noun within the two words before "لسنة 2025" / "العام 2025" (not after
    "في": "أقرت الموازنة في 2019" is a date)."""
    return any(w in _NAMED_YEARS for w in _WORD.findall(norm[max(0, pos - 30) : pos])[-2:])


_NAMED_YEARS = frozenset(normalize(w) for w in load("relative")["named_years"]["words"])
_COUNT_NOUNS = frozenset(normalize(w) for w in load("relative")["count_nouns"]["words"])


def _counted(w: str) -> bool:
    """A noun a number counts (`count_nouns` in relative.toml), in the accusative too ("طالبا")."""
    return w in _COUNT_NOUNS or (w.endswith("ا") and w[:-1] in _COUNT_NOUNS)


_BARE_YEAR_FROM = 1900  # a bare number before this, not named a year ("عام"، "م") nor closing its clause, counts

# (pattern name, builder, rule label); earlier entries win ties of equal length.
_RULES = (
    ("numeric", _b_numeric, "numeric-date"),
    ("day_range", _b_day_range, "day-range"),
    ("date", _b_date, "day-month"),
    ("ord_this_month", _b_ord_this_month, "day-of-this-month"),
    ("day_this_month", _b_day_this_month, "day-of-this-month"),
    ("weekday_range", _b_weekday_range, "weekday-range"),
    ("month", _b_month, "month"),
    ("season", _b_season, "season"),
    ("unit", _b_unit, "relative-unit"),
    ("shift", _b_shift, "shift"),
    ("deictic", _b_deictic, "deictic-day"),
    ("weekday", _b_weekday, "weekday"),
    ("year", _b_year, "year"),
    ("hijri_year", _b_hijri_year, "hijri-year"),
    ("year_range", _b_year_range, "year-range"),
    ("year_pair", _b_year_pair, "year-pair"),
    ("holiday", _b_holiday, "holiday"),
    ("quarter", _b_quarter, "quarter"),
    ("coming_days", _b_coming_days, "coming-days"),
)

_WORD = re.compile(r"[\w]+")


def _school_named(norm: str, pos: int) -> bool:
    """"المعهد الثانوي 9 أفريل": a school's head and its adjective right before the date — its name."""
    words = _WORD.findall(norm[max(0, pos - 40) : pos])[-2:]
    if len(words) < 2 or words[1] not in _NAME_HEAD_ADJECTIVES:
        return False
    head = words[0]
    if head[:1] in ("ب", "ك", "و", "ف") and head[1:3] == "ال":
        head = head[1:]  # "بالمعهد": the clitic before the article
    elif head.startswith("لل"):
        head = "ال" + head[2:]  # "للمدرسة": ل + ال
    return _name_head(head.removeprefix("ال"))


_NAME_HEAD_ADJECTIVES = frozenset(normalize(w) for w in load("relative")["name_head_adjectives"]["words"])


def _word_before(norm: str, pos: int) -> str:
    m = re.search(r"([\w]+)[^\w]*$", norm[max(0, pos - 30) : pos])
    w = m.group(1) if m else ""
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w  # "وهجمات" -> "هجمات"


def _word_after(norm: str, pos: int) -> str:
    m = _WORD.search(norm, pos, min(len(norm), pos + 40))
    return m.group() if m and not norm[pos : m.start()].strip(" ") else ""


# ---------------------------------------------------------------------------- the scan


def find_timexes(text: str, folded: Folded | None = None) -> list[Timex]:
    """Every time expression in ``text``, in text order, none overlapping (``folded``:
    ``fold(text)`` when the caller has it already)."""
    f = folded or fold(text)
    norm = f.norm
    pats = patterns()
    windows = _windows(norm)
    cands: list[tuple[int, int, int, Expr, str]] = []  # (start, end, rank, expr, rule) in norm offsets
    for rank, (name, build, rule) in enumerate(_RULES):
        pat = getattr(pats, name)
        for ws, we in windows.get(_ANCHOR_OF[name], ()):
            for m in pat.finditer(norm, ws, we):
                e = build(m, norm)
                if e is not None:
                    s, end = _trim(norm, m.start(), m.end())
                    cands.append((s, end, rank, e, rule))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, int, Expr, str]] = []  # kept sorted by start; they never overlap
    for c in cands:
        i = bisect_right(taken, c[0], key=lambda t: t[0])
        if (i == 0 or taken[i - 1][1] <= c[0]) and (i == len(taken) or c[1] <= taken[i][0]):
            taken.insert(i, c)
    taken = _merge_ranges(norm, _merge_adjacent(norm, taken))
    out = []
    for s, e, _, expr, rule in taken:
        a, b = f.span(s, e)
        while b < len(text) and _MARKS.match(text[b]):  # trailing tashkeel or tatweel: "أمسِ", "هـ"
            b += 1
        expr = _with_future(norm, s, e, expr)
        tense = _tense(norm, s, e) if expr.kind == "shift" and expr.offset > 0 else None
        out.append(Timex(a, b, text[a:b], expr, rule, tense))
    return out


# Each pattern only runs near a word that must occur in any of its matches (its anchor), in a
# window wide enough for everything a match may hold before and after it: scanning 13 large
# patterns over every position of a long article is what would make this stage slow.
_CLITICS = frozenset("وفبل")
_ANCHOR_OF = {
    "numeric": "digit",
    "day_range": "month",
    "date": "month",
    "ord_this_month": "shahr",
    "day_this_month": "digit",
    "weekday_range": "weekday",
    "month": "month",
    "season": "season",
    "unit": "unit",
    "shift": "shift",
    "deictic": "deictic",
    "weekday": "weekday",
    "year": "year",
    "hijri_year": "year",
    "year_range": "year",
    "year_pair": "year",
    "holiday": "holiday",
    "quarter": "quarter",
    "coming_days": "coming",
}
_BEFORE, _AFTER = 90, 110


@cache
def _anchor_words() -> dict[str, tuple[str, ...]]:
    """Anchor word (first word of a multi-word name) -> the anchor kinds it stands for."""
    t = tables()
    out: dict[str, set[str]] = {}

    def add(kind: str, words) -> None:
        for w in words:
            out.setdefault(w.split()[0], set()).add(kind)

    add("month", t.months)
    add("weekday", t.weekdays)
    add("season", t.seasons)
    add("unit", t.def_units)
    add("shift", t.units)
    add("deictic", [*t.deictic, "غد"])
    add("shahr", ["الشهر"])
    add("holiday", t.holidays)
    add("quarter", [q for q, v in t.month_parts.items() if v[0] == "q"])
    coming = _coming_days()
    add("coming", [normalize(w) for w in coming["days"] + coming["two_days"]])
    return {w: tuple(sorted(k)) for w, k in out.items()}


def _word_kinds(w: str) -> tuple[str, ...]:
    """The anchor kinds one word of the folded text stands for (most words: none)."""
    if w[:1].isdigit():  # "2023", and "1440هـ" or "2024م" written as one token
        if len(w) - len(w.lstrip("0123456789٠١٢٣٤٥٦٧٨٩")) == 4:
            return ("digit", "year")
        return ("digit",)
    # the word itself, or without one or two clitics ("والجمعه", "وبالامس")
    get = _anchor_words().get
    kinds = get(w)
    if not kinds and len(w) > 3 and w[0] in _CLITICS:
        kinds = get(w[1:]) or (len(w) > 4 and w[1] in _CLITICS and get(w[2:]))
    return kinds or ()


_KINDS: dict[str, tuple[str, ...]] = {}  # word → _word_kinds(word), for every word seen


def _windows(norm: str) -> dict[str, list[tuple[int, int]]]:
    hits: dict[str, list[int]] = {}
    n = len(norm)
    known = _KINDS
    for m in _WORD.finditer(norm):
        w = m.group()
        kinds = known.get(w)
        if kinds is None:
            if len(known) > 200_000:  # bound the cache on huge vocabularies
                known.clear()
            kinds = known[w] = _word_kinds(w)
        if kinds:
            at = m.start()
            for kind in kinds:
                hits.setdefault(kind, []).append(at)
    out: dict[str, list[tuple[int, int]]] = {}
    for kind, starts in hits.items():
        spans: list[tuple[int, int]] = []
        for k in starts:
            a, b = max(0, k - _BEFORE), min(n, k + _AFTER)
            while b < n and (norm[b].isalnum() or norm[b] == "_"):
                b += 1  # never cut a word: "(?!\w)" would pass at a cut
            if spans and a <= spans[-1][1]:
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
        out[kind] = spans
    return out


def _trim(norm: str, s: int, e: int) -> tuple[int, int]:
    while s < e and not norm[s].isalnum():
        s += 1
    while e > s and not norm[e - 1].isalnum():
        e -= 1
    return s, e


# What may stand between two halves of one date: "الخميس (5 مارس)", "… هـ الموافق 25 مارس".
_GLUE = re.compile(r"^[\s،,()\-–]*(?:الموافق(?:\s*ل)?)?[\s،,()\-–]*$")


def _merge_adjacent(norm: str, items: list) -> list:
    """ "اليوم الجمعة 5 مارس", "الخميس (5 مارس)", "15 رمضان 1445 هـ الموافق 25 مارس 2024": one
    expression; the Gregorian full date wins over the Hijri one and over a bare day name, and
    a range of days of a month over the weekdays named before it."""
    out: list = []
    for it in items:
        if out:
            prev = out[-1]
            between = norm[prev[1] : it[0]]
            if len(between) <= 12 and _GLUE.match(between) and prev[4] == "weekday-range" and it[4] == "day-range":
                out[-1] = (prev[0], it[1], it[2], it[3], it[4])  # "يومي الأحد والاثنين 3 و4 مايو": the days named
                continue
            if len(between) <= 12 and _GLUE.match(between) and prev[4] == "year-pair" and it[3].kind in (
                    "deictic", "weekday", "date"):
                out[-1] = (prev[0], it[1], it[2], it[3], it[4])  # "في الموسم 2015/2016 يوم الثلاثاء": that day
                continue
            if len(between) <= 12 and _GLUE.match(between) and _mergeable(prev[3], it[3]):
                keep = _better(prev, it)
                out[-1] = (prev[0], it[1], keep[2], keep[3], keep[4])
                continue
        out.append(it)
    return out


_RANGE_OPEN = re.compile(r"(?:^|\s)[وف]?(?:من|بين|منذ)\s*$")
_RANGE_GLUE = re.compile(r"^\s*(?:-|–|و?الي(?:\s+غايه)?|و?حتي|و|ولغايه|لغايه)?\s*$")
_RANGEABLE = ("date", "month", "year")
_DAY_LIKE = ("deictic", "weekday")  # "اعتبارا من غد الأربعاء إلى غاية الجمعة": days, with من only
_DAYS_OPEN = re.compile(r"(?:^|\s)[وف]?من\s*$")


def _merge_ranges(norm: str, items: list) -> list:
    """ "من 28 فبراير إلى 3 مارس 2024", "بين يناير ومارس 2023": one interval; the start takes
    the end's year when it has none."""
    out: list = []
    for it in items:
        if out:
            prev = out[-1]
            a, b = prev[3], it[3]
            days = a.kind in _DAY_LIKE and b.kind in _DAY_LIKE and bool(
                _DAYS_OPEN.search(norm[max(0, prev[0] - 8) : prev[0]]))
            if (
                ((a.kind in _RANGEABLE and b.kind == a.kind) or days)
                and not a.hijri
                and not b.hijri
                and _RANGE_GLUE.match(norm[prev[1] : it[0]])
                and (norm[prev[1] : it[0]].strip() or norm[it[0]] == "و")
                and (_RANGE_OPEN.search(norm[max(0, prev[0] - 8) : prev[0]])
                     or (a.kind == "month" and _PAIR_OF_MONTHS.search(norm, max(0, prev[0] - 12), prev[1])))
            ):
                if a.year is None and b.year is not None and a.kind != "year":
                    later = (a.month or 0, a.day or 0) > (b.month or 0, b.day or 0)
                    a = replace(a, year=b.year - 1 if later else b.year)
                out[-1] = (prev[0], it[1], prev[2], Expr("range", start=a, end=b), "range")
                continue
        out.append(it)
    return out


def _mergeable(a: Expr, b: Expr) -> bool:
    if (a.kind in _DAY_LIKE and b.kind == "date") or (b.kind in _DAY_LIKE and a.kind == "date"):
        return True
    if a.kind in _DAY_LIKE and b.kind in _DAY_LIKE:
        return True
    return a.kind == "date" and b.kind == "date" and a.hijri != b.hijri


def _better(a: tuple, b: tuple) -> tuple:
    ea, eb = a[3], b[3]
    if ea.kind == "date" and eb.kind == "date":
        return a if not ea.hijri else b
    if ea.kind == "date":
        return a
    if eb.kind == "date":
        return b
    # deictic beats weekday: "اليوم الجمعة" is today, whatever weekday the writer named
    return a if ea.kind == "deictic" else b


_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_CLAUSE_END = re.compile(r"[،,.;؛:!?؟\n]")
_CLAUSE_SPLIT = re.compile(r"([،,.;؛:!?؟\n])")  # the same, keeping the marks
# A subordinate clause has its own verb: "بدأ الفرز السبت على أن تبدأ النتائج الاثنين" dates the
# count to the past Saturday, whatever the clause after "على أن" says.
_SUBORDINATE = re.compile(
    r"(?<!\w)(?:علي ان|علي|ان|انه|انها|كي|لكي|حتي|حيث|بينما|فيما|الذي|التي|الذين|لكن|غير ان)(?!\w)"
)


_APPOSITION = re.compile(r"^\s*(?:و?(?:هي|هو)|الذي|التي)(?!\w)")


def _clause_behind_apposition(norm: str, s: int) -> list[str]:
    """The words of the clause an opening adverbial belongs to, behind one apposition between
    commas: "ومن المنتظر إجراء استفتاء، وهو الثاني منذ 2009، في مارس" is about the future."""
    parts = _CLAUSE_SPLIT.split(norm[max(0, s - 160) : s])
    if len(parts) < 5 or not _APPOSITION.match(parts[-3]) or any(p in ".!?؟\n" for p in parts[-4:-1:2]):
        return []
    return _WORD.findall(_SUBORDINATE.split(parts[-5])[-1])


@cache
def _present_reporting() -> frozenset[str]:
    """The reporting verbs' imperfects, masculine and feminine (يقول، تقول), folded."""
    out = set()
    for v in load("reporting_verbs")["verb"]:
        w = normalize(v.get("present", ""))
        if w[:1] == "ي":
            out |= {w, "ت" + w[1:]}
    return frozenset(out)


def _reporting_present(clause: str) -> bool:
    """The clause's first word is a reporting verb in the imperfect ("ويقول"، "وتضيف")."""
    first = next(iter(_WORD.findall(clause)), "")
    return first in _present_reporting() or (first[:1] in "وف" and first[1:] in _present_reporting())


def _ending_on(key_: str) -> re.Pattern[str]:
    """One of the ``ahead_before`` words of ``key_`` right before the end of the text."""
    words = sorted((re.escape(normalize(w)) for w in load("relative")["ahead_before"][key_]), key=len, reverse=True)
    return re.compile(r"(?<!\w)[وف]?(?:" + "|".join(words) + r")\s+$")


_TARGET_BEFORE, _START_BEFORE = _ending_on("target"), _ending_on("start")


def _after_a_weekday(before: str) -> bool:
    """The text before "إلى" ends on a weekday: a stretch of days ("فجر الأربعاء إلى الخميس")."""
    words = [w for w in _WORD.findall(before)[-4:] if w not in ("يوم", "الي")]
    return bool(words) and (words[-1] in tables().weekdays or words[-1][1:] in tables().weekdays)


def _with_future(norm: str, s: int, e: int, expr: Expr) -> Expr:
    """Mark expressions in a clause about the future (a future cue in the same comma-clause,
    within a few words)."""
    first = _WORD.match(norm, s)
    if expr.kind == "weekday" and (_word_before(norm, s) in _SINCE or (first is not None and first.group() in _SINCE)):
        return expr  # "تتواصل الاحتجاجات منذ الاثنين": a stretch that began on it, the past one
    lo = max(0, s - 50)
    hi = min(len(norm), e + 50)
    parts = _SUBORDINATE.split(_CLAUSE_END.split(norm[lo:s])[-1])
    before = parts[-1]
    after = _SUBORDINATE.split(_CLAUSE_END.split(norm[e:hi])[0])[0]
    t = tables()
    told = _WORD.findall(before)
    if told and clause_tense(told) == "past":
        after = ""  # "شكلت الثلاثاء لجنة ستقدم تقريرها": the past verb before the date governs it
    words = told + _WORD.findall(after)
    if not told and _WORD.findall(norm[lo:s])[-1:] == ["حتي"]:
        # "ستستمر العاصفة في التأثير على البلاد | حتى مساء الجمعة": "until" ends the span of the
        # verb before it, whatever prepositions stand between
        words += _WORD.findall(_CLAUSE_END.split(norm[lo:s])[-1])
    if len(_WORD.findall(before)) <= 1:
        words += _clause_behind_apposition(norm, s)
    if len(parts) > 1:
        # "ومن المقرر أن تعود … الأربعاء"، "وتوقعت الأرصاد أن تبلغ …": a future cue in the clause
        # that governs the subordinate's أن governs it too
        words += _WORD.findall(parts[-2])
    # "ستضيف … قبل نهاية سبتمبر"، "وسيلتقي … الثلاثاء": a سـ verb places a date, a month or a
    # weekday ahead (the guidelines' "unless the verb is future")
    verbs = expr.kind in ("date", "month", "range", "weekday")
    fut = any(w in t.future or (w[:1] in "وف" and w[1:] in t.future) or (verbs and future_verb(w)) for w in words)
    fut = fut or (verbs and modal_future(words))  # "أن رياحا قد تهب الخميس": the coming one
    after_before_that = len(parts) > 1 and _WORD.findall(parts[-2])[-1:] in (["قبل"], ["بعد"])
    undated = expr.kind == "date" and expr.year is None and expr.year_rel is None  # ("في 15 يوليو")
    if not fut and expr.kind == "weekday" and expr.mod is None and (
            (_TARGET_BEFORE.search(norm[lo:s]) and not _after_a_weekday(norm[lo:s]))
            or (_START_BEFORE.search(norm[lo:s]) and clause_tense(told) != "past")):
        fut = True  # "أرجئت الجلسة إلى الأحد"، "ويسري القرار اعتبارا من السبت": ahead
    if not fut and (expr.kind == "weekday" or undated) and expr.mod is None and not expr.unit and (
            not after_before_that) and (
            clause_tense(_WORD.findall(before)) == "present" and not _reporting_present(before)):
        # "وتنتهي الحملة … منتصف ليل الخميس": an imperfect verb with a bare weekday tells
        # what is scheduled, the coming one (a verb of saying in the present is the writer's
        # narration: "وتقول الوزارة … الخميس"; after "قبل أن"/"بعد أن" the imperfect is the
        # subjunctive, its time the main verb's: "قاطعوا التدريب … قبل أن يعودوا الجمعة")
        fut = True
    if not fut:
        return expr
    if expr.kind == "range" and expr.start is not None:
        return replace(expr, future=True, start=replace(expr.start, future=True))
    return replace(expr, future=True)


_TENSE_REACH = 120  # characters either side of a shift where its clause's verb is looked for


def _tense(norm: str, s: int, e: int) -> str | None:
    """The tense of the verb of the clause around norm[s:e] (``tense.clause_tense``): the clause
    cut at punctuation and subordinators ("قال إنه سيصل بعد يومين" is about "سيصل").  Its part
    before the expression counts only when its start is in reach: a clause cut in the middle
    would show a word that is not its verb."""
    lo = max(0, s - _TENSE_REACH)
    clause = _CLAUSE_END.split(norm[lo:s])
    parts = _SUBORDINATE.split(clause[-1])
    opened = lo == 0 or len(clause) > 1 or len(parts) > 1
    before = _WORD.findall(parts[-1]) if opened else []
    rest = _CLAUSE_END.split(norm[e : e + _TENSE_REACH])
    after = _WORD.findall(_SUBORDINATE.split(rest[0])[0])
    if not before and not after and len(rest) > 1:
        # "وبعد يومين، أفرجت الشرطة عنه": a fronted phrase, its verb in the clause after the comma
        after = _WORD.findall(_SUBORDINATE.split(rest[1])[0])
    return clause_tense(before + after)
