"""The quote stage: spans of reported speech (``spans.py``), then their speakers
(``attribution.py``), chosen among the actor stage's mentions.

The stage makes no card: a speaker no card covers is handed back to the actor stage.
Speakers are cards until the actor stage finishes and numbers them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..doc import Doc
from ..doc.normal import key
from ..model import Quote
from .attribution import attribute
from .cues import Cue
from .spans import Ctx, find_drafts, kind

if TYPE_CHECKING:
    from ..actors import ActorStage
    from ..actors.board import Card


@dataclass(slots=True)
class Found:
    start: int
    end: int
    kind: str
    speaker: Card | None
    cue: Cue | None
    why: str


def find_quotes(doc: Doc, cues: Sequence[Cue], stage: ActorStage) -> list[Found]:
    if not doc.tokens:
        return []
    card_at = stage.board.card_at  # stage.card_at without its own call: asked of most tokens
    ctx = Ctx(doc, cues, lambda i: card_at(i) is not None)
    owner = stage.board.owner
    ctx.name_opens = lambda i: (m := owner[i]) is not None and m.t0 == i
    drafts = find_drafts(ctx)
    found: list[Found] = []
    for d, choice in attribute(ctx, stage, drafts):
        k, s, e = kind(ctx, d)
        while s < e and doc.text[s].isspace():
            s += 1  # "« كلام »": the words, not the space inside the marks
        while e > s and doc.text[e - 1].isspace():
            e -= 1
        if e > s:
            found.append(Found(s, e, k, choice.card, d.cue, choice.why))
    _pull_quotes(doc, found)
    merged = stage.name_roles([(doc.token_at(f.start), f.speaker) for f in found if f.speaker is not None])
    for f in found:
        if f.speaker is not None and f.speaker.n in merged:
            f.speaker, f.why = merged[f.speaker.n], f"{f.why}; the office of the person named next"
    found.sort(key=lambda f: (f.start, f.end))
    return found


def _pull_quotes(doc: Doc, found: list[Found]) -> None:
    """A quotation with no cue that repeats a quote attributed nearby takes its speaker."""
    for k, f in enumerate(found):
        if f.speaker is None and f.cue is None:
            text = key(doc.text[f.start : f.end])
            near = found[max(0, k - 40) : k] + found[k + 1 : k + 40]
            src = next((o for o in near if o.speaker is not None and text and text in key(doc.text[o.start : o.end])),
                       None)
            if src is not None:
                f.speaker, f.why = src.speaker, "repeats a quote attributed in the body"


def to_quotes(doc: Doc, found: Sequence[Found], ids: dict[int, str]) -> tuple[Quote, ...]:
    out = []
    for n, f in enumerate(found, 1):
        sid = ids.get(f.speaker.n) if f.speaker is not None else None
        out.append(Quote(id=f"q{n}", start=f.start, end=f.end, text=doc.text[f.start : f.end], kind=f.kind,
                         speaker=sid, cue=f.cue.text if f.cue else None,
                         cue_span=(f.cue.start, f.cue.end) if f.cue else None,
                         why=f.why if sid else (f.why or "no source named")))
    return tuple(out)
