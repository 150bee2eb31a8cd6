"""The dateline: the date an article prints at its head ("الخميس 3 أكتوبر 2019 -",
"(وكالة) -- 14 نيسان"), read as the default publication date when none is given.

A pure function of the text, outside ``parse()``: the loader calls it when no
``--published`` flag or metadata gives the date, and marks the result as coming from the
dateline.  Only the first lines are looked at, and only a date that opens its line or
follows a dateline separator (a dash, a colon, a closing bracket, a comma after a short
place or agency name), so an event date in the first sentence ("في 7 مايو الجاري") is
never taken for it.  A dateline without a year gives ``XXXX-MM-DD``: the year is never
guessed.  Month and weekday names come from the lexicons (every regional convention).
"""

from __future__ import annotations

import calendar
import re
from functools import cache

from .doc.normal import fold
from .lexicon import load

HEAD_CHARS = 400  # a dateline sits in the first lines of an article
HEAD_LINES = 3
MAX_PREFIX = 60  # a place, an agency or a source before the date, never a sentence
_SEPARATORS = "-–—ـ:|)،,"
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    """One regex over the folded text: [weekday[،]] day [من] month [/ month] [year [م]]."""
    months: dict[str, int] = {}
    for number, names in load("months")["gregorian"].items():
        for name in names:
            months[fold(name).norm] = int(number)
    weekdays = [fold(n).norm for names in load("weekdays")["weekdays"].values() for n in names]

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))

    month = rf"(?:{alt(list(months))})"
    pattern = re.compile(
        rf"(?:(?:يوم\s+)?(?:{alt(weekdays)})\s*[،,]?\s*)?"
        r"(?P<day>[0-9٠-٩۰-۹]{1,2})\s*(?:من\s+)?"
        rf"(?P<month>{month})(?![\w])"
        rf"(?:\s*[/(]\s*{month}\s*\)?)?"
        r"(?:\s*[،,]?\s*(?P<year>[0-9٠-٩۰-۹]{4})(?:\s*م(?![\w]))?)?"
    )
    return pattern, months


def find_dateline(text: str) -> tuple[str, tuple[int, int]] | None:
    """(date, (start, end)) of the article's dateline, or None.  ``date`` is
    ``YYYY-MM-DD``, or ``XXXX-MM-DD`` when the dateline prints no year."""
    pattern, months = _pattern()
    head = text[:HEAD_CHARS]
    folded = fold(head)
    norm = folded.norm
    line_start, lines_seen = 0, 0
    for line in norm.split("\n"):
        if lines_seen >= HEAD_LINES:
            break
        if line.strip():
            lines_seen += 1
            found = _in_line(line, pattern, months)
            if found is not None:
                date, (s, e) = found
                return date, folded.span(line_start + s, line_start + e)
        line_start += len(line) + 1
    return None


def _in_line(line: str, pattern: re.Pattern[str], months: dict[str, int]) -> tuple[str, tuple[int, int]] | None:
    for m in pattern.finditer(line):
        prefix = line[: m.start()].rstrip()
        if prefix and (len(prefix) > MAX_PREFIX or prefix[-1] not in _SEPARATORS):
            continue
        if prefix and prefix[-1] in "،," and len(prefix.split()) > 3:  # "قال الوزير، 5 …" is a sentence
            continue
        day = int(m["day"].translate(_DIGITS))
        month = months[m["month"]]
        year = int(m["year"].translate(_DIGITS)) if m["year"] else None
        last = calendar.monthrange(year if year else 2000, month)[1]  # 2000: 29 February is a real date
        if not 1 <= day <= last:
            continue
        ys = f"{year:04d}" if year else "XXXX"
        return f"{ys}-{month:02d}-{day:02d}", (m.start(), m.end())
    return None
