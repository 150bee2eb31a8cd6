"""Resolve a time expression's parts to a TIMEX3-style value against a reference date.

A pure function of (``Expr``, reference): no text, no regexes.  ``tui/article/timex.py``
finds expressions in text and fills an ``Expr``; this module turns it into
``Resolved(value, approximate, relation)``:

* value — ``2021-05-09``, ``2021-05``, ``2021-W18``, ``2021-Q4``, ``2007-SU``,
  ``2021-05-01/2021-05-10``, a partial ``XXXX-08-07``, or ``None`` when it cannot be placed;
* approximate — a range, season, quarter, partial or coarsened value;
* relation — how it was placed ("published-1d", "weekday-before", "month-past" …), kept
  even when the value is None so the UI can explain it.

The reference is the article's published date, ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
When it is coarser than the expression needs, a relative expression is given the
reference's own granularity (``أمس`` in an article dated ``2023-08`` is ``2023-08``,
approximate); without a reference a relative expression has no value and an absolute
one without a year is partial (``XXXX-08-07``).  Nothing is guessed beyond that.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from . import hijri

UNITS = ("day", "week", "month", "year")
PARTS = ("early", "mid", "middle", "late", "end", "midday", "byend", "firstday")
MODS = ("past", "next", "current")
SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # TIMEX3 season code -> first month


@dataclass(frozen=True, slots=True)
class Expr:
    """The parts of one time expression, as found in the text.

    kind: "date" (day+month[+year]), "month" (month[+year]), "year", "deictic" (اليوم/أمس/غدا:
    ``offset`` days), "weekday", "unit" (الأسبوع/الشهر/العام + ``mod``), "shift" (قبل/بعد N
    units: ``offset`` signed), "season", "range" (``start``..``end``).
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 0
    offset: int = 0
    unit: str | None = None
    mod: str | None = None  # past | next | current | since ("منذ أكتوبر": not after the reference) | bare
    part: str | None = None  # early | mid | late
    season: str | None = None
    hijri: bool = False
    year_rel: int | None = None  # "من العام الماضي" after a month: the year relative to the reference
    within: str | None = None  # "earlier" / "later" ("في وقت سابق من هذا الأسبوع")
    anaphor: tuple[str, int] | None = None  # ("year", 1): "من العام التالي" — the last date's year (month), moved
    future: bool = False  # the clause speaks of the future: place bare names ahead
    start: Expr | None = None  # for kind == "range"
    end: Expr | None = None


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str | None
    approximate: bool = False
    relation: str | None = None


@dataclass(frozen=True, slots=True)
class Ref:
    """The reference (published) date at whatever granularity is known."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> date | None:
        if self.year and self.month and self.day:
            return date(self.year, self.month, self.day)
        return None


def parse_ref(published: str | None) -> Ref:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (anything longer is cut to the day); bad → empty."""
    if not published:
        return Ref()
    bits = published.strip()[:10].split("-")
    try:
        nums = [int(b) for b in bits if b]
    except ValueError:
        return Ref()
    y, m, d = ([*nums, None, None, None])[:3]
    if y is None or not 1 <= y <= 9999:
        return Ref()
    if m is not None and not 1 <= m <= 12:
        return Ref(y)
    if d is not None:
        try:
            date(y, m, d)
        except (TypeError, ValueError):
            return Ref(y, m)
    return Ref(y, m, d)


# ---------------------------------------------------------------------------- helpers


def _iso(d: date) -> str:
    return d.isoformat()


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _week(d: date) -> str:
    iy, iw, _ = d.isocalendar()
    return f"{iy:04d}-W{iw:02d}"


def _part_days(part: str, last: int) -> tuple[int, int] | None:
    """The days of a month a part covers: thirds (early/mid/late; منتصف reads as its middle
    third and نهاية، متم as its last, as the annotation guidelines read أواسط and أواخر), weeks
    1-4 or the last seven days, halves; None for a part a month has not (a quarter)."""
    return {
        "early": (1, 10),
        "mid": (11, 20),
        "middle": (11, 20),
        "late": (21, last),
        "end": (21, last),
        "midday": (15, 15),  # "حتى منتصف يناير": a deadline is a day
        # ("byend", "قبل نهاية الشهر": no days — the deadline is dated by the whole month)
        "firstday": (1, 1),  # "قبل حلول شهر X": its arrival
        "week1": (1, 7),
        "week2": (8, 14),
        "week3": (15, 21),
        "week4": (22, 28),
        "weeklast": (last - 6, last),
        "half1": (1, 15),
        "half2": (16, last),
    }.get(part)


def _month_part(y: int | None, m: int, part: str) -> str:
    ys = "XXXX" if y is None else f"{y:04d}"
    days = _part_days(part, 31 if y is None else _last_day(y, m))
    if days is None:
        return f"{ys}-{m:02d}"
    a, b = days
    if a == b:
        return f"{ys}-{m:02d}-{a:02d}"
    return f"{ys}-{m:02d}-{a:02d}/{ys}-{m:02d}-{b:02d}"


def _year_part(y: int, part: str) -> str:
    return {
        "early": f"{y:04d}-01",  # (its first month: what annotators write for مطلع / بداية العام)
        "mid": f"{y:04d}-05/{y:04d}-08",
        "middle": f"{y:04d}-06/{y:04d}-07",
        "midday": f"{y:04d}-06/{y:04d}-07",
        "late": f"{y:04d}-Q4",
        "end": f"{y:04d}-12",
        "firstday": f"{y:04d}-01-01",
        "half1": f"{y:04d}-H1",
        "half2": f"{y:04d}-H2",
        **{f"q{q}": f"{y:04d}-Q{q}" for q in range(1, 5)},
        # a count of the year's first or last months ("الأشهر التسعة الأولى"): the months they span
        **{f"first{n}": f"{y:04d}-01/{y:04d}-{n:02d}" for n in range(2, 12)},
        **{f"last{n}": f"{y:04d}-{13 - n:02d}/{y:04d}-12" for n in range(2, 12)},
    }.get(part, f"{y:04d}")


def _coarse(ref: Ref, relation: str) -> Resolved:
    """The reference itself, when it is too coarse to place a finer relative expression."""
    if ref.year is None:
        return Resolved(None, False, relation)
    if ref.month is None:
        return Resolved(f"{ref.year:04d}", True, relation + "~year")
    return Resolved(_ym(ref.year, ref.month), True, relation + "~month")


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------------------- entry point


def resolve(expr: Expr, ref: Ref | str | None) -> Resolved:
    """The value of ``expr`` with ``ref`` (a Ref or a published string) as "now".

    Values stay inside the years 0001-9999 (what ``datetime.date`` and ISO 8601's four-digit
    years hold): an expression that would land outside them ("أمس" on 0001-01-01, "غدا" on
    9999-12-31) has no value, and its relation says why ("out-of-range:…")."""
    if not isinstance(ref, Ref):
        ref = parse_ref(ref)
    fn = _KINDS.get(expr.kind)
    if fn is None:
        return Resolved(None, False, f"unknown:{expr.kind}")
    try:
        r = fn(expr, ref)
    except (OverflowError, ValueError):  # date arithmetic past the year 1 or 9999
        return Resolved(None, False, f"out-of-range:{expr.kind}")
    if r.value is not None and not _in_years(r.value):
        return Resolved(None, False, f"out-of-range:{r.relation}")
    return r


def _in_years(value: str) -> bool:
    """Every part of ``value`` starts with a year 0001-9999 (or XXXX): no "-006", "10000", "0000"."""
    for part in value.split("/"):
        head = part[:4]
        if head == "XXXX":
            continue
        if not (head.isdigit() and len(head) == 4 and (len(part) == 4 or part[4] == "-") and head != "0000"):
            return False
    return True


# ---------------------------------------------------------------------------- absolute dates


def _pick_year(month: int, day: int | None, ref: Ref, mod: str | None, future: bool) -> tuple[int | None, str]:
    """The year of a day/month written without one, placed around the reference."""
    if ref.year is None:
        return None, "no-reference"
    if mod == "current" or ref.month is None:
        return ref.year, "current-year"
    # Compare at the finest granularity both sides know: days when both have a day, else months.
    fine = day is not None and ref.day is not None
    rd = ref.date if fine else None

    def delta(y: int) -> int:  # occurrence minus reference: days, or months when coarse
        if fine and rd is not None:
            d = min(day, _last_day(y, month))  # type: ignore[arg-type]
            return (date(y, month, d) - rd).days
        return (y * 12 + month) - (ref.year * 12 + ref.month)  # type: ignore[operator]

    cands = [y for y in (ref.year - 1, ref.year, ref.year + 1) if 1 <= y <= 9999]  # date() holds no other
    if mod == "past":
        before = [y for y in cands if delta(y) < 0]
        return max(before), "month-past"
    if mod == "since":  # "منذ أكتوبر": this one or an earlier one, never ahead
        return max(y for y in cands if delta(y) <= 0), "since"
    if mod == "next":
        after = [y for y in cands if delta(y) > 0]
        return min(after), "month-next"
    # A bare name: news mostly looks back; an upcoming date within ~2 months (or ~9 with a
    # future cue in the clause) is read ahead.
    scale = 30 if fine else 1
    lo, hi = (-2 * scale, 9 * scale) if future else (-9 * scale - scale // 2, 2 * scale + scale // 2)
    for y in (ref.year, ref.year - 1, ref.year + 1):
        if y in cands and lo <= delta(y) <= hi:
            return y, "nearest-year"
    return ref.year, "current-year"


def _year_for(e: Expr, ref: Ref) -> tuple[int | None, str]:
    """The year of a day or month: written, relative ("من العام الماضي"), or placed around the reference."""
    if e.year is not None:
        return e.year, "explicit"
    if e.year_rel is not None:
        rel = f"year{e.year_rel:+d}" if e.year_rel else "year-current"
        return (None if ref.year is None else ref.year + e.year_rel), rel
    return _pick_year(e.month, e.day, ref, e.mod, e.future)  # type: ignore[arg-type]


def _date(e: Expr, ref: Ref) -> Resolved:
    if e.hijri:
        return _hijri_date(e, ref)
    assert e.month is not None and e.day is not None
    y, rel = _year_for(e, ref)
    if y is None:
        if not _valid(2000, e.month, e.day):  # a leap year: 29 February may exist
            return Resolved(None, False, "invalid-date")
        return Resolved(f"XXXX-{e.month:02d}-{e.day:02d}", True, rel)
    if not _valid(y, e.month, e.day):
        return Resolved(None, False, "invalid-date")
    return Resolved(_iso(date(y, e.month, e.day)), False, rel)


def _month(e: Expr, ref: Ref) -> Resolved:
    if e.hijri:
        return _hijri_month(e, ref)
    assert e.month is not None
    y, rel = _year_for(e, ref)
    if e.part:
        return Resolved(_month_part(y, e.month, e.part), True, rel + f"+{e.part}")
    if y is None:
        return Resolved(f"XXXX-{e.month:02d}", True, rel)
    return Resolved(_ym(y, e.month), False, rel)


def _year(e: Expr, ref: Ref) -> Resolved:
    if e.hijri:
        return _hijri_year(e)
    assert e.year is not None
    if e.part:
        return Resolved(_year_part(e.year, e.part), True, f"explicit+{e.part}")
    return Resolved(f"{e.year:04d}", False, "explicit")


# ---------------------------------------------------------------------------- Hijri calendar


def _to_greg(y: int, m: int, d: int) -> date | None:
    return hijri.to_gregorian(y, m, d)


def _hijri_month_span(y: int, m: int) -> tuple[date, date] | None:
    return hijri.span_of_month(y, m)


def _ref_hijri(ref: Ref) -> tuple[int, int, int] | None:
    if ref.year is None:
        return None
    try:
        return hijri.to_hijri(date(ref.year, ref.month or 7, ref.day or 1))
    except ValueError:
        return None


def _hijri_pick_year(e: Expr, ref: Ref) -> tuple[int | None, str]:
    if e.year is not None:
        return e.year, "explicit-hijri"
    rh = _ref_hijri(ref)
    if rh is None or ref.month is None:
        return None, "no-reference"
    hy, hm, hd = rh
    if e.year_rel is not None:  # "ذي الحجة من العام الماضي": the Hijri year before this one
        return hy + e.year_rel, f"hijri-year{e.year_rel:+d}"
    key = (e.month or 1) * 31 + (e.day or 0)
    now = hm * 31 + (hd if ref.day and e.day else 0)  # a month alone compares by months ("رمضان الماضي"
    # said in its first days is last year's), as a Gregorian one does
    if e.mod == "past":
        return (hy if key < now else hy - 1), "hijri-past"
    if e.mod == "next":
        return (hy if key > now else hy + 1), "hijri-next"
    if e.mod == "current":
        return hy, "hijri-current"
    # bare: within ~9 months back or ~2 ahead (or the reverse with a future cue)
    diff = key - now  # in ~days
    lo, hi = (-60, 270) if e.future else (-285, 75)
    if lo <= diff <= hi:
        return hy, "hijri-nearest"
    return (hy - 1 if diff > hi else hy + 1), "hijri-nearest"


def _hijri_date(e: Expr, ref: Ref) -> Resolved:
    y, rel = _hijri_pick_year(e, ref)
    if y is None:
        return Resolved(None, True, rel)
    g = _to_greg(y, e.month or 1, e.day or 1)
    if g is None:
        return Resolved(None, False, "invalid-hijri-date")
    return Resolved(_iso(g), False, rel)


def _hijri_month(e: Expr, ref: Ref) -> Resolved:
    y, rel = _hijri_pick_year(e, ref)
    if y is None:
        return Resolved(None, True, rel)
    span = _hijri_month_span(y, e.month or 1)
    if span is None:
        return Resolved(None, False, "invalid-hijri-date")
    first, last = span
    days = _part_days(e.part, (last - first).days + 1) if e.part else None
    if days is not None:  # "العشر الأواخر من رمضان": days of the Hijri month, converted
        first, last = first + timedelta(days=days[0] - 1), first + timedelta(days=days[1] - 1)
    if first == last:
        return Resolved(_iso(first), True, rel)
    return Resolved(f"{_iso(first)}/{_iso(last)}", True, rel)


def _hijri_year(e: Expr) -> Resolved:
    assert e.year is not None
    first = _hijri_month_span(e.year, 1)
    last = _hijri_month_span(e.year, 12)
    if first is None or last is None:
        return Resolved(None, False, "invalid-hijri-year")
    return Resolved(f"{_iso(first[0])}/{_iso(last[1])}", True, "explicit-hijri")


# ---------------------------------------------------------------------------- relative to the reference


def _deictic(e: Expr, ref: Ref) -> Resolved:
    rel = "published" if e.offset == 0 else f"published{e.offset:+d}d"
    rd = ref.date
    if rd is None:
        return _coarse(ref, rel)
    d = rd + timedelta(days=e.offset)
    if e.weekday is not None and d.weekday() != e.weekday:
        # "اليوم الأحد" in a paper dated Monday: written the day before; the named weekday wins
        # when it is within three days (the nearest one, earlier on a tie)
        shift = (e.weekday - d.weekday()) % 7
        shift = shift if shift <= 3 else shift - 7
        d += timedelta(days=shift)
        rel += f"~weekday{shift:+d}d"
    return Resolved(_iso(d), False, rel)


def _weekday_near(rd: date, wd: int, mod: str | None, future: bool) -> tuple[date, str]:
    back = (rd.weekday() - wd) % 7  # days since the most recent such day (0 = today)
    ahead = (wd - rd.weekday()) % 7
    if mod == "past":
        # "الثلاثاء الماضي" is never yesterday (that is "أمس"): on a Wednesday, the week before
        return rd - timedelta(days=back if back > 1 else back + 7), "weekday-before"
    if mod == "next":
        return rd + timedelta(days=ahead or 7), "weekday-after"
    if mod == "current":  # "الأحد الجاري": the one of the current ISO week
        return rd + timedelta(days=wd - rd.weekday()), "weekday-this-week"
    if back == 0:
        return rd, "weekday-same-day"
    # News reports look back: the most recent such day (the annotation guidelines' reading);
    # a clause about the future looks ahead.
    if future:
        return rd + timedelta(days=ahead), "weekday-after"
    return rd - timedelta(days=back), "weekday-before"


def _weekday(e: Expr, ref: Ref) -> Resolved:
    assert e.weekday is not None
    rd = ref.date
    if rd is None:
        return _coarse(ref, "weekday")
    if e.unit == "week":  # "الثلاثاء من الأسبوع الماضي": that day of the week ``offset`` weeks away
        d = rd + timedelta(days=7 * e.offset - rd.weekday() + e.weekday)
        return Resolved(_iso(d), False, f"weekday-week{e.offset:+d}")
    d, rel = _weekday_near(rd, e.weekday, e.mod, e.future)
    if e.offset:  # "الاثنين قبل الماضي": one more week back (or ahead)
        d += timedelta(days=7 * e.offset)
        rel += f"{e.offset:+d}w"
    return Resolved(_iso(d), False, rel)


def _unit(e: Expr, ref: Ref) -> Resolved:
    """الأسبوع/الشهر/العام الماضي/الجاري/المقبل (``offset`` -1/0/+1), with a part or "earlier"."""
    rel = f"{e.unit}{e.offset:+d}" if e.offset else f"{e.unit}-current"
    approx = e.part is not None or e.within is not None
    if e.unit == "year":
        if ref.year is None:
            return Resolved(None, False, rel)
        y = ref.year + e.offset
        if e.mod == "bare" and e.part and e.part[:1] == "q" and not e.future and ref.month is not None and (
                3 * int(e.part[1:]) - 2 > ref.month):
            y -= 1  # a bare quarter not yet begun, told in the past or present: the last one
            rel = "year-1"
        if e.part:
            return Resolved(_year_part(y, e.part), True, rel + f"+{e.part}")
        return Resolved(f"{y:04d}", approx, rel)
    if e.unit == "month":
        if ref.month is None:
            return _coarse(ref, rel)
        y, m = _add_months(ref.year, ref.month, e.offset)  # type: ignore[arg-type]
        if e.part:
            return Resolved(_month_part(y, m, e.part), True, rel + f"+{e.part}")
        return Resolved(_ym(y, m), approx, rel)
    if e.unit == "week":
        rd = ref.date
        if rd is None:
            return _coarse(ref, rel)
        return Resolved(_week(rd + timedelta(days=7 * e.offset)), approx, rel)
    if e.unit == "day":
        return _deictic(Expr("deictic", offset=e.offset), ref)
    return Resolved(None, False, rel)


def _shift(e: Expr, ref: Ref) -> Resolved:
    """قبل ثلاثة أيام (-3 day), بعد أسبوعين (+2 week), منذ 16 شهرا (-16 month)."""
    rel = f"published{e.offset:+d}{e.unit}"
    if e.unit in ("day", "week"):
        rd = ref.date
        if rd is None:
            return _coarse(ref, rel)
        d = rd + timedelta(days=e.offset * (7 if e.unit == "week" else 1))
        return Resolved(_iso(d), e.unit == "week", rel) if e.unit == "day" else Resolved(_week(d), True, rel)
    if e.unit == "month":
        if ref.month is None:
            return _coarse(ref, rel)
        y, m = _add_months(ref.year, ref.month, e.offset)  # type: ignore[arg-type]
        return Resolved(_ym(y, m), True, rel)
    if e.unit == "year":
        if ref.year is None:
            return Resolved(None, False, rel)
        return Resolved(f"{ref.year + e.offset:04d}", True, rel)
    return Resolved(None, False, rel)


def _season(e: Expr, ref: Ref) -> Resolved:
    assert e.season in SEASONS
    if e.year is not None:
        return Resolved(f"{e.year:04d}-{e.season}", True, "explicit")
    if ref.year is None:
        return Resolved(None, True, f"season-{e.mod or 'bare'}")
    if e.year_rel is not None:  # "صيف العام الجاري"
        return Resolved(f"{ref.year + e.year_rel:04d}-{e.season}", True, f"season-year{e.year_rel:+d}")
    first = SEASONS[e.season]
    now = ref.year * 12 + (ref.month or 7) - 1
    # occurrences as month indexes: [start, start+3)
    occ = [(y, y * 12 + first - 1) for y in range(ref.year - 2, ref.year + 2)]
    if e.mod == "past":
        y = max(y for y, s in occ if s + 3 <= now)
    elif e.mod == "next":
        y = min(y for y, s in occ if s > now)
    else:  # current or bare: the one running now, else this year's
        y = next((y for y, s in occ if s <= now < s + 3), ref.year)
    rel = f"season-{e.mod or 'current'}"
    if ref.month is None and e.mod in ("past", "next"):
        y = ref.year + (-1 if e.mod == "past" else 1)
        rel += "~year"
    return Resolved(f"{y:04d}-{e.season}", True, rel)


def _date_in_month(e: Expr, ref: Ref) -> Resolved:
    """ "السادس والعشرين من الشهر الحالي": a day of the current (``offset`` 0), past or next month."""
    rel = "day-of-month" + ("" if not e.offset else f"{e.offset:+d}")
    if ref.month is None:
        return Resolved(None, False, rel)
    y, m = _add_months(ref.year, ref.month, e.offset)  # type: ignore[arg-type]
    if e.day is None or not _valid(y, m, e.day):
        return Resolved(None, False, "invalid-date")
    return Resolved(_iso(date(y, m, e.day)), False, rel)


def _range(e: Expr, ref: Ref) -> Resolved:
    """من الثلاثاء إلى الخميس: the start as placed, the end at or after the start."""
    assert e.start is not None and e.end is not None
    a = resolve(e.start, ref)
    day = a.value is not None and len(a.value) == 10 and a.value[:4].isdigit()  # a real day, not XXXX-…
    if e.end.kind == "weekday" and day:
        start = date.fromisoformat(a.value)  # type: ignore[arg-type]
        end = start + timedelta(days=(e.end.weekday - start.weekday()) % 7)  # type: ignore[operator]
        b = Resolved(_iso(end), False, a.relation)
    elif e.end.kind in ("date", "month") and e.end.month is not None and e.end.year is None and (
            e.end.year_rel is None and e.end.anaphor is None and not e.end.hijri and e.end.mod in (None, "bare")) and (
            a.value is not None and re.match(r"\d{4}-\d\d", a.value)):
        # "من 28 ديسمبر إلى 3 يناير"، "من منتصف يوليو إلى أواخر سبتمبر": an end with no year of its
        # own is the first such day or month at or after the start, not one placed on its own
        y = int(a.value[:4])
        if (e.end.month, e.end.day or 31) < (int(a.value[5:7]), int(a.value[8:10]) if day else 1):
            y += 1
        b = resolve(replace(e.end, year=y), ref)
    else:
        b = resolve(e.end, ref)
    if a.value is None or b.value is None:
        return Resolved(None, True, f"range:{a.relation}")
    # an end that is itself a span (a Hijri year, converted) closes the range with its last day
    return Resolved(f"{a.value.split('/')[0]}/{b.value.split('/')[-1]}", True, f"range:{a.relation}")


_KINDS = {
    "date": _date,
    "date-in-month": _date_in_month,
    "month": _month,
    "year": _year,
    "deictic": _deictic,
    "weekday": _weekday,
    "unit": _unit,
    "shift": _shift,
    "season": _season,
    "range": _range,
}
