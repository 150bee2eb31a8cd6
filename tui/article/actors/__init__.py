"""The actor stage: the one recogniser of people, organisations, places and unnamed sources.

It reads the document's tokens, lexicon hits, reporting cues and the name tagger's output,
and runs in a fixed order, each step claiming the words it explains:

1. well-known bodies from the lexicon, then organisations built on a head noun;
2. places from the lexicon (a capital standing for its state joins the state's card);
3. people, from the tagger fused with cues (titles, reporting verbs, given names);
4. places and bodies from the gazetteers and the tagger alone;
5. coreference: short forms join full names, every later occurrence becomes a mention.

Later stages never make cards: the quote stage hands a speaker no card covers back through
:meth:`ActorStage.propose`.  Titles are attached by :meth:`ActorStage.finish`, once every
card exists.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..doc import Doc
from ..model import Actor
from ..quotes.cues import Cue
from . import cards, lexical, orgs, people, proposals, titles
from .board import Board, Card
from .registry import Registry
from .words import Words


class ActorStage:
    def __init__(self, doc: Doc, cues: Iterable[Cue], tagging: object | None) -> None:
        self.doc = doc
        self.words = Words(doc, cues, tagging)
        self.board = Board(doc)
        self.reg = Registry(self.board)

    def run(self) -> ActorStage:
        b, r, w = self.board, self.reg, self.words
        lexical.claim(b, r, w, lexical.CURATED_ORGS)
        orgs.find(b, r, w)
        lexical.claim(b, r, w, lexical.CURATED_PLACES)
        people.find(b, r, w)
        lexical.claim(b, r, w, tuple(lexical.GAZETTEER))
        lexical.settle_capitals(b, r)
        cards.corefer_people(b, r)
        cards.corefer_orgs(b, r)
        cards.repeat_names(b, w)
        cards.corefer_people(b, r)
        titles.attach(b, w, b.live())
        return self

    def card_at(self, token: int) -> Card | None:
        return self.board.card_at(token)

    def propose(self, t0: int, t1: int) -> Card | None:
        """A speaker the quote stage found at tokens [t0, t1) with no card: decide it here."""
        card = proposals.propose(self.board, self.reg, self.words, t0, t1)
        if card is not None and card.kind == "person":
            titles.attach(self.board, self.words, [card])
        return card

    def finish(self) -> tuple[tuple[Actor, ...], dict[int, str]]:
        """The actor records, numbered by first mention, and each card's id."""
        return cards.actors(self.board)


def find_actors(doc: Doc, cues: Iterable[Cue], tagging: object | None = None) -> tuple[Actor, ...]:
    return ActorStage(doc, cues, tagging).run().finish()[0]
