"""The actor stage: the one recogniser of people, organisations, places and unnamed sources.

It reads the document's tokens, lexicon hits, reporting cues and the name tagger's output,
and runs in a fixed order, each step claiming the words it explains:

1. well-known bodies from the lexicon, places and bodies named after a person ("جامعة
   الملك X"), then organisations built on a head noun, and the bodies listed after a plural
   head noun;
2. places from the lexicon (a capital standing for its state joins the state's card);
3. people, from the tagger fused with cues (titles, reporting verbs, given names);
4. places and bodies from the gazetteers and from the tagger alone;
5. coreference: short forms join full names, every later occurrence becomes a mention.

Later stages never make cards: the quote stage hands a speaker no card covers back through
:meth:`ActorStage.propose`.  Titles are attached by :meth:`ActorStage.finish`, once every
card exists.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from ..doc import Doc
from ..model import Actor
from ..quotes.cues import Cue
from . import (
    acronyms,
    cards,
    cataphora,
    lexical,
    lists,
    named_after,
    orgs,
    people,
    places,
    proposals,
    tagged,
    titles,
)
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
        acronyms.find(b, r, w)
        lexical.claim_regimes(b, r, w)
        named_after.find(b, r, w)
        orgs.find(b, r, w)
        orgs.self_named(b, r, w)
        orgs.nisba_named(b, r, w)
        lists.find(b, r, w)
        orgs.addressed_outlets(b, r, w)
        cards.short_names_in_brackets(b, r, w)
        lexical.claim(b, r, w, lexical.CURATED_PLACES)
        places.find(b, r, w)
        people.find(b, r, w)
        lexical.claim(b, r, w, lexical.GAZETTEER)
        tagged.claim(b, r, w)
        cards.names_cut_in_two(b, r, w)
        places.after_plural_head(b, r, w)
        places.coordinated(b, r, w)
        places.coordinated_before(b, r, w)
        cards.web_suffixes(b, w)
        lexical.settle_capitals(b, r)
        cards.tagged_twins(b, r)
        cards.corefer_people(b, r, w)
        cards.corefer_orgs(b, r, w)
        cards.central_bank_references(b, r)
        cards.body_twins(b, r, w)
        cards.place_and_body_twins(b, r)
        cards.epithet_references(b, r, w)
        places.district_twins(b, r)
        cards.corefer_known_names(b, r)
        cards.repeat_names(b, w)
        cards.corefer_people(b, r, w)
        cards.particles_before(b, w)
        cards.corefer_spellings(b, r)
        cards.nicknames(b, w)
        cards.kunya_nicknames(b, r, w)
        cards.complements_that_speak(b, w)
        cards.kingdom_references(b, w)
        cards.relatives_of_the_named(b, r, w)
        places.capitals_named_so(b, r, w)  # (after the cards that join shorter names: the city is not the state)
        titles.attach(b, w, b.live())
        cataphora.named_descriptions(b, w)
        titles.descriptions(b, w)
        cards.latter_references(b, w)
        lexical.places_inside_bodies(b, r, w)
        for card in b.live():  # "وأشارت المفوضية": a known body's head, for the quote stage's back-references
            cards.set_head(card, w)
        return self

    @classmethod
    def with_actors(cls, doc: Doc, cues: Iterable[Cue], actors: Iterable[Actor],
                    tagging: object | None = None) -> ActorStage:
        """A stage whose cards are given (hand-made or gold actors with their mention
        spans): the quote stage can then be run and judged on its own."""
        stage = cls(doc, cues, tagging)
        b = stage.board
        for a in actors:
            card = stage.reg.card(f"given:{a.id}", a.kind, a.why or "given")
            card.titles = list(a.titles)
            card.affiliation = a.affiliation
            card.given_name = a.name
            for s, e in a.mentions:
                t0, t1 = doc.token_at(s), bisect_left(doc.starts, e)  # the tokens that start inside it
                if t0 >= t1 or not b.free(t0, t1):
                    continue
                m = b.mention(card, t0, t1)
                m.start, m.end, m.surface = s, e, doc.text[s:e]
            cards.set_head(card, stage.words)
        titles.attach(b, stage.words, b.live())
        return stage

    def card_at(self, token: int) -> Card | None:
        return self.board.card_at(token)

    def propose(self, t0: int, t1: int, cut: int = 0, prefer: Card | None = None) -> tuple[Card, str] | None:
        """A speaker the quote stage found at tokens [t0, t1) with no card (its first
        ``cut`` letters a preposition of the cue): decide it here, and say why (``prefer``: the
        previous speaker after a verb that continues, see ``proposals.propose``)."""
        before = self.board.numbered
        got = proposals.propose(self.board, self.reg, self.words, t0, t1, cut, prefer)
        if got is not None and got[0].kind == "person" and self.board.numbered > before:
            card, at = got[0], got[0].mentions[0].t0
            cards.corefer_spellings(self.board, self.reg, [card])
            if card.dead:  # another spelling of a person named before: that person
                return self.board.card_at(at) or card, got[1] + "; another spelling of a named person"
            cards.repeat_names(self.board, self.words, [card])
            titles.attach(self.board, self.words, [card])
        return got

    def statement_body(self, a: int, b: int) -> tuple[Card, str] | None:
        """The body a verb's subject at tokens [a, b) names, "في بيان" after it (see
        ``proposals.body_before_its_statement``)."""
        return proposals.body_before_its_statement(self.board, self.reg, self.words, a, b)

    def describe(self, t0: int, t1: int) -> tuple[Card, str] | None:
        """The unnamed source an indefinite description after وهو/وهي at tokens [t0, t1) names
        (see ``proposals.described_after_pronoun``)."""
        return proposals.described_after_pronoun(self.board, self.reg, self.words, t0, t1)

    def name_roles(self, speakers: Iterable[tuple[int, Card]]) -> dict[int, Card]:
        """Once quotes are attributed: a source introduced by its office and named just
        after joins the named person (cataphora.py).  Returns merged card numbers → card."""
        return cataphora.name_roles(self.board, self.words, speakers)

    def finish(self, speakers: frozenset[int] = frozenset()) -> tuple[tuple[Actor, ...], dict[int, str]]:
        """The actor records, numbered by first mention, and each card's id; ``speakers`` are the
        numbers of the cards the quote stage gave quotes to."""
        cards.heads_before_names(self.board, self.words)
        cards.described_bodies(self.board, self.words)
        return cards.actors(self.board, speakers)


def find_actors(doc: Doc, cues: Iterable[Cue], tagging: object | None = None) -> tuple[Actor, ...]:
    return ActorStage(doc, cues, tagging).run().finish()[0]
