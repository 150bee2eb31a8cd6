"""Actors pane: one card per actor — name, kind, titles, affiliation, how many quotes
and mentions, and why Marsad recognised it."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding

from tui.article.model import Actor, Article

from .messages import ActorChosen
from .pane import ItemList, Pane
from .textrender import hang

KIND_MARK = {"person": "●", "organization": "■", "place": "▲", "group": "◆", "anonymous": "○"}


def mentioned_with(article: Article, top: int = 3) -> dict[str, list[str]]:
    """For each actor, the names of the actors most often mentioned in the same sentences:
    most shared sentences first, ties in the order the article first mentions them (then by
    id), so the list is the same on every run whatever the hash seed."""
    starts = [s.start for s in article.sentences]
    by_sentence: dict[int, list[str]] = {}
    for a in article.actors:
        for start, _end in a.mentions:
            ids = by_sentence.setdefault(bisect_right(starts, start) - 1, [])
            if a.id not in ids:
                ids.append(a.id)
    counts: dict[str, Counter[str]] = {}
    for ids in by_sentence.values():
        for x in ids:
            counts.setdefault(x, Counter()).update(y for y in ids if y != x)
    names = {a.id: a.name for a in article.actors}
    first = {a.id: (min(a.mentions) if a.mentions else (len(article.text), 0), a.id) for a in article.actors}
    return {x: [names[y] for y in sorted(c, key=lambda y: (-c[y], first[y]))[:top]] for x, c in counts.items()}


class ActorList(ItemList):
    BINDINGS: ClassVar = [Binding("enter", "select", "Only this actor", id="actors.only")]


class ActorsPane(Pane):
    NOUN = "actors"
    NUMBER = 2
    TITLE = "Actors"
    QUERY_FIELD = "actors_query"
    HELP = """\
### Actors
One card per actor the article names: people, organisations, places, groups and
unnamed sources ("a French official").

A card shows the **name** and **kind** (● person, ■ organisation, ▲ place, ◆ group,
○ anonymous source), the **titles** the article gives it, its **affiliation**, how many
**quotes** it speaks and how many times it is **mentioned**, and **why** Marsad
recognised it (the rule or lexicon entry).  "with" names the actors most often
mentioned in the same sentences.

`enter` shows only this actor: its card, its quotes and its events; the Source pane
highlights its mentions and the status bar shows the selection.  `esc` shows everyone again.
`/` filters the cards by name, alias, title, affiliation or kind (`!` negates).
"""

    def __init__(self, **kw) -> None:
        super().__init__(**kw)
        self.article: Article | None = None
        self._with: dict[str, list[str]] = {}

    def compose_body(self) -> ItemList:
        return ActorList(self.render_actor, id="actors-list")

    def affiliation_name(self, a: Actor) -> str | None:
        if not a.affiliation:
            return None
        other = self.article.actor(a.affiliation) if self.article else None
        return other.name if other else a.affiliation

    def render_actor(self, a: Actor, width: int) -> Text:
        c = self.colours
        colour = c.get(f"marsad-actor-{a.kind}", "")
        head = Text(f"{KIND_MARK.get(a.kind, '·')} ", style=colour, end="")
        # each field keeps one direction whatever its words: article text (names, titles,
        # affiliation, the "with" list) right to left, the "why" explanation left to right
        name = hang(head, a.name, width, self.mode, style=f"bold {colour}".strip(), base="rtl")
        parts = [name]
        parts.append(Text(f"  {a.kind}", style="dim", end=""))
        if a.titles:
            parts.append(hang("  ", "، ".join(a.titles), width, self.mode, style="italic", base="rtl"))
        aff = self.affiliation_name(a)
        if aff:
            parts.append(hang(Text("  of ", style="dim", end=""), aff, width, self.mode, base="rtl"))
        n_quotes = len(self.article.quotes_by(a.id)) if self.article else 0
        n_mentions = len(a.mentions)
        parts.append(Text(f"  {n_quotes} quote{'s' * (n_quotes != 1)} · "
                          f"{n_mentions} mention{'s' * (n_mentions != 1)}", style="dim", end=""))
        others = self._with.get(a.id)
        if others:
            parts.append(hang(Text("  with ", style="dim", end=""), "، ".join(others), width, self.mode, base="rtl"))
        if a.why:
            parts.append(hang(Text("  why: ", style="dim", end=""), a.why, width, self.mode, style="dim", base="ltr"))
        return Text("\n", end="").join(parts)

    def update_view(self, article: Article, actors: tuple[Actor, ...]) -> None:
        if article is not self.article:
            self._with = mentioned_with(article)
        self.article = article
        self.set_counts(len(actors), len(article.actors))
        self.body.set_items(actors)

    def choose(self, a: Actor) -> None:
        self.post_message(ActorChosen(a.id))
