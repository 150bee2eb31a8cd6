"""Export what is visible (after filters) as a Markdown brief, contract JSON or a CSV of quotes.

Text stays in logical order (never reordered for display) and comes from the model,
whose text was cleaned of control characters on the way in.  The JSON is the model's
contract restricted to the visible items; an actor referenced by a visible quote or
event is kept even when the actors pane hides it, so every id in the file resolves.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import unicodedata

from tui.article.model import Actor, Article, Quote
from tui.view.filter import Visible, event_sort_key

FORMATS = ("md", "json", "csv")
CSV_COLUMNS = ("id", "speaker", "kind", "cue", "text", "start", "end")

# Characters that would turn article text into Markdown syntax or HTML.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def _md(s: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(s.split()))


def export(article: Article, visible: Visible, fmt: str) -> str:
    """The visible items of ``article`` as ``fmt`` ("md", "json" or "csv")."""
    if fmt == "md":
        return to_markdown(article, visible)
    if fmt == "json":
        return to_json(article, visible)
    if fmt == "csv":
        return to_csv(article, visible)
    raise ValueError(f"unknown export format {fmt!r} (expected one of {', '.join(FORMATS)})")


def export_bytes(article: Article, visible: Visible, fmt: str, *, bom: bool = True) -> bytes:
    """``export`` encoded for a file: UTF-8, with a BOM for CSV (unless ``bom`` is False: a
    pipe) so spreadsheet programs (Excel in particular) recognise the Arabic."""
    return export(article, visible, fmt).encode("utf-8-sig" if fmt == "csv" and bom else "utf-8")


# -- Markdown ----------------------------------------------------------------------------


def _sentence_ref(article: Article, q: Quote) -> str:
    for i, s in enumerate(article.sentences, 1):
        if s.start <= q.start < s.end:
            return f"sentence {i}, chars {q.start}–{q.end}"
    return f"chars {q.start}–{q.end}"


def _actor_line(a: Actor, article: Article) -> str:
    line = f"- **{_md(a.name)}** ({a.kind})"
    if a.titles:
        line += " — " + "; ".join(_md(t) for t in a.titles)
    if a.affiliation:
        other = article.actor(a.affiliation)
        line += f" · {_md(other.name if other else a.affiliation)}"
    if a.aliases:
        line += " · also: " + ", ".join(_md(x) for x in a.aliases)
    return line


def to_markdown(article: Article, visible: Visible) -> str:
    title = article.meta.get("title") or "Marsad brief"
    out = [f"# {_md(title)}", ""]
    facts = [f"published: {article.published or 'unknown'}"]
    if article.meta.get("source"):
        facts.append(f"source: {_md(article.meta['source'])}")
    out += [" · ".join(facts), ""]

    out += [f"## Actors ({len(visible.actors)})", ""]
    out += [_actor_line(a, article) for a in visible.actors] or ["_none_"]
    out.append("")

    out += [f"## Quotes by speaker ({len(visible.quotes)})", ""]
    groups: dict[str | None, list[Quote]] = {}
    for q in visible.quotes:
        groups.setdefault(q.speaker, []).append(q)
    # Named speakers in order of their first quote; unattributed quotes last.
    order = [k for k in groups if k is not None] + ([None] if None in groups else [])
    if not order:
        out += ["_none_", ""]
    for key in order:
        who = article.actor(key)
        out += [f"### {_md(who.name) if who else 'No named source'}", ""]
        for q in groups[key]:
            how = ", ".join(x for x in (_md(q.cue) if q.cue else "", q.kind, _sentence_ref(article, q)) if x)
            out.append(f"- «{_md(q.text)}» ({how})")
        out.append("")

    out += [f"## Timeline ({len(visible.events)})", ""]
    events = sorted(visible.events, key=event_sort_key)
    for e in events:
        when = e.time.value if e.time and e.time.value else "undated"
        said = f" ({_md(e.time.text)})" if e.time else ""
        names = [a.name for x in e.actors if (a := article.actor(x))]
        who = f" — {', '.join(_md(n) for n in names)}" if names else ""
        out.append(f"- **{when}**{said}: {_md(e.summary)}{who}")
    if not events:
        out.append("_none_")
    return "\n".join(out).rstrip("\n") + "\n"


# -- JSON --------------------------------------------------------------------------------


def restrict(article: Article, visible: Visible) -> Article:
    """The article with only the visible items (plus the actors they refer to)."""
    wanted = {a.id for a in visible.actors}
    wanted |= {q.speaker for q in visible.quotes if q.speaker}
    wanted |= {x for e in visible.events for x in e.actors}
    q_ids = {q.id for q in visible.quotes}
    e_ids = {e.id for e in visible.events}
    return dataclasses.replace(
        article,
        actors=tuple(a for a in article.actors if a.id in wanted),
        quotes=tuple(q for q in article.quotes if q.id in q_ids),
        events=tuple(e for e in article.events if e.id in e_ids),
    )


def to_json(article: Article, visible: Visible) -> str:
    return restrict(article, visible).to_json(indent=2) + "\n"


# -- CSV ---------------------------------------------------------------------------------


# A cell a spreadsheet would run as a formula (CSV injection, as OWASP describes it): its
# first visible character is one of these.  Leading spaces and invisible marks do not hide it.
_FORMULA_START = frozenset("=+-@\t\r＝＋－＠")


def safe_cell(value: str) -> str:
    """``value`` with a leading apostrophe when a spreadsheet would read it as a formula
    (OWASP's advice; the apostrophe is not shown by spreadsheets).  CSV only: the JSON and
    Markdown exports keep the exact text."""
    for ch in value:
        if ch in _FORMULA_START:
            return "'" + value
        if not (ch.isspace() or unicodedata.category(ch) == "Cf"):
            break
    return value


def to_csv(article: Article, visible: Visible) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_COLUMNS)
    for q in visible.quotes:
        who = article.actor(q.speaker)
        cells = (q.id, who.name if who else "", q.kind, q.cue or "", q.text)
        w.writerow((*(safe_cell(c) for c in cells), q.start, q.end))
    return buf.getvalue()
