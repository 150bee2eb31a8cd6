"""A readable plain-text summary of an Article (``marsad parse --format text``).

Everything printed is in logical order and free of control characters (the model's
text was cleaned on the way in), so it is safe to send to any terminal or file.
"""

from __future__ import annotations

from .model import Article


def to_text(article: Article) -> str:
    lines: list[str] = []
    title = article.meta.get("title")
    if title:
        lines.append(title)
    lines.append(f"published: {article.published or 'unknown'}")
    lines.append("")
    lines.append(f"Actors ({len(article.actors)})")
    for a in article.actors:
        extra = f" — {'; '.join(a.titles)}" if a.titles else ""
        aff = f" [{a.affiliation}]" if a.affiliation else ""
        lines.append(f"  {a.id} {a.name} ({a.kind}){aff}{extra}  ×{len(a.mentions)}")
    lines.append("")
    lines.append(f"Quotes ({len(article.quotes)})")
    for q in article.quotes:
        who = article.actor(q.speaker)
        lines.append(f"  {q.id} {who.name if who else '(no source)'} · {q.cue or '-'} · {q.kind}")
        lines.append(f"     {q.text}")
    lines.append("")
    lines.append(f"Timeline ({len(article.events)})")
    for e in sorted(article.events, key=lambda e: (e.time.value or "~") if e.time else "~"):
        when = e.time.value if e.time and e.time.value else "?"
        said = f" ({e.time.text})" if e.time else ""
        lines.append(f"  {when}{said}  {e.summary}")
    return "\n".join(lines) + "\n"
