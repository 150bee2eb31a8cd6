"""The corpus view (after its filters) as a Markdown brief, JSON or one CSV.

* ``json``: ``{"schema": "marsad.corpus/1", "articles": […], "actors": […], "quotes": […],
  "events": […]}`` — merged cards with their members, titles (with the articles that used
  them), counts and ``why``; quotes and events with their article, outlet and date and the
  card ids of their speaker and actors.
* ``csv``: one table, a row per card, quote and event, told apart by its first column
  (``record`` = actor | quote | event), so a pipeline can filter with one ``grep``/``awk``;
  cells a spreadsheet would run as formulas get a leading apostrophe, as in the single
  article's CSV.
* ``md``: the articles, the actors, the quotes grouped by speaker, the timeline.

Text stays in logical order; the same view gives byte-identical output.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from tui.view.export import _md, safe_cell

from .view import CorpusView, CorpusVisible

FORMATS = ("md", "json", "csv")
SCHEMA = "marsad.corpus/1"
CSV_COLUMNS = ("record", "id", "article", "outlet", "article_date", "kind", "name", "text", "cue", "value",
               "start", "end", "articles", "quotes", "why")


def export(view: CorpusView, vis: CorpusVisible, fmt: str) -> str:
    if fmt == "md":
        return to_markdown(view, vis)
    if fmt == "json":
        return json.dumps(to_dict(view, vis), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return to_csv(view, vis)
    raise ValueError(f"unknown export format {fmt!r} (expected one of {', '.join(FORMATS)})")


def export_bytes(view: CorpusView, vis: CorpusVisible, fmt: str, *, bom: bool = True) -> bytes:
    return export(view, vis, fmt).encode("utf-8-sig" if fmt == "csv" and bom else "utf-8")


def _article(view: CorpusView, doc: int) -> dict[str, Any]:
    d = view.doc(doc)
    date, source = d.date
    out: dict[str, Any] = {"article": d.name, "title": d.title, "outlet": d.outlet, "date": date,
                           "date_from": source}
    if d.article is None:
        out["error"] = d.error
    else:
        a = d.article
        out.update(actors=len(a.actors), quotes=len(a.quotes), events=len(a.events))
    return out


def to_dict(view: CorpusView, vis: CorpusVisible) -> dict[str, Any]:
    articles = [_article(view, view.articles[p]) for p in vis.articles]
    actors = []
    for p in vis.cards:
        c = view.cards[p]
        actors.append({
            "id": c.id, "name": c.name, "kind": c.kind, "names": list(c.names),
            "titles": [{"title": t, "articles": [view.doc(i).name for i in docs]} for t, docs in c.titles],
            "affiliations": list(c.affiliations), "articles": [view.doc(i).name for i in c.docs],
            "quotes": c.quotes, "mentions": c.mentions, "why": c.why,
            "members": [{"article": m.article, "id": m.actor.id, "name": m.actor.name} for m in c.members],
        })
    quotes = []
    for p in vis.quotes:
        cq = view.quotes[p]
        q = cq.quote
        d = view.doc(cq.doc)
        quotes.append({
            "article": d.name, "id": q.id, "speaker": view.cards[cq.card].id if cq.card >= 0 else None,
            "speaker_name": view.cards[cq.card].name if cq.card >= 0 else None, "kind": q.kind, "cue": q.cue,
            "text": q.text, "start": q.start, "end": q.end, "outlet": d.outlet, "date": d.date[0],
        })
    events = []
    for p in vis.events:
        ce = view.events[p]
        e = ce.event
        d = view.doc(ce.doc)
        t = e.time
        events.append({
            "article": d.name, "id": e.id, "summary": e.summary, "start": e.start, "end": e.end,
            "time": None if t is None else {"text": t.text, "value": t.value, "approximate": t.approximate,
                                            "relation": t.relation},
            "actors": [view.cards[c].id for c in ce.cards], "outlet": d.outlet, "date": d.date[0],
        })
    return {"schema": SCHEMA, "articles": articles, "actors": actors, "quotes": quotes, "events": events}


def to_csv(view: CorpusView, vis: CorpusVisible) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_COLUMNS)

    def row(**cells: Any) -> None:
        w.writerow([safe_cell(v) if isinstance(v, str) else ("" if v is None else v)
                    for v in (cells.get(k) for k in CSV_COLUMNS)])

    for p in vis.cards:
        c = view.cards[p]
        row(record="actor", id=c.id, kind=c.kind, name=c.name, text="; ".join(t for t, _ in c.titles),
            articles=len(c.docs), quotes=c.quotes, why=c.why)
    for p in vis.quotes:
        cq = view.quotes[p]
        q, d = cq.quote, view.doc(cq.doc)
        row(record="quote", id=q.id, article=d.name, outlet=d.outlet, article_date=d.date[0], kind=q.kind,
            name=view.cards[cq.card].name if cq.card >= 0 else "", text=q.text, cue=q.cue, start=q.start, end=q.end)
    for p in vis.events:
        ce = view.events[p]
        e, d = ce.event, view.doc(ce.doc)
        row(record="event", id=e.id, article=d.name, outlet=d.outlet, article_date=d.date[0],
            name="; ".join(view.cards[c].name for c in ce.cards), text=e.summary,
            cue=e.time.text if e.time else None, value=e.time.value if e.time else None, start=e.start, end=e.end)
    return buf.getvalue()


def to_markdown(view: CorpusView, vis: CorpusVisible) -> str:
    out = ["# Marsad corpus brief", ""]
    out += [f"{len(vis.articles)} articles · {len(vis.cards)} actors · {len(vis.quotes)} quotes · "
            f"{len(vis.events)} dated events", ""]
    out += [f"## Articles ({len(vis.articles)})", ""]
    for p in vis.articles:
        d = view.doc(view.articles[p])
        date = d.date[0] or "undated"
        if d.article is None:
            out.append(f"- {_md(d.name)}: {_md(d.error or '')}")
        else:
            named = f" ({_md(d.name)})" if d.title != d.name else ""  # a title-less article is named once
            out.append(f"- **{date}** · {_md(d.outlet or 'no outlet')} · {_md(d.title)}{named}")
    out += ["", f"## Actors ({len(vis.cards)})", ""]
    for p in vis.cards:
        c = view.cards[p]
        n = len(c.docs)
        line = f"- **{_md(c.name)}** ({c.kind}) — {n} article{'s' * (n != 1)}, {c.quotes} quote{'s' * (c.quotes != 1)}"
        if c.titles:
            line += " — " + "; ".join(f"{_md(t)} ({len(docs)})" for t, docs in c.titles)
        if len(c.names) > 1:
            line += " · also: " + ", ".join(_md(n) for n in c.names[1:])
        out.append(line + f" · why: {_md(c.why)}")
    out += ["", f"## Quotes by speaker ({len(vis.quotes)})", ""]
    current: object = None
    for p in vis.quotes:
        cq = view.quotes[p]
        if cq.card != current:
            if current is not None:
                out.append("")
            current = cq.card
            out += [f"### {_md(view.cards[cq.card].name) if cq.card >= 0 else 'No named source'}", ""]
        d = view.doc(cq.doc)
        how = ", ".join(x for x in (_md(cq.quote.cue) if cq.quote.cue else "", cq.quote.kind) if x)
        out.append(f"- «{_md(cq.quote.text)}» ({how}; {_md(d.outlet or 'no outlet')}, {d.date[0] or 'undated'}, "
                   f"{_md(d.title)})")
    out += ["", f"## Timeline ({len(vis.events)})", ""]
    for p in vis.events:
        ce = view.events[p]
        e, d = ce.event, view.doc(ce.doc)
        when = e.time.value if e.time and e.time.value else "undated"
        said = f" ({_md(e.time.text)})" if e.time else ""
        out.append(f"- **{when}**{said}: {_md(e.summary)} — {_md(d.outlet or 'no outlet')}, {_md(d.title)}")
    return "\n".join(out).rstrip("\n") + "\n"
