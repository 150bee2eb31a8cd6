"""Cards by what they stand for, so every mention of one actor lands on one card."""

from __future__ import annotations

from .board import Board, Card


class Registry:
    def __init__(self, board: Board) -> None:
        self.board = board
        self.by_key: dict[str, Card] = {}

    def get(self, key: str) -> Card | None:
        """The card registered under ``key``, else the card with a mention written that way
        (a body the lexicon named by its canonical form, met again by the tagger)."""
        card = self.by_key.get(key)
        if card is not None and not card.dead:
            return card
        return self.board.card_named(key)

    def card(self, key: str, kind: str, why: str) -> Card:
        card = self.get(key)
        if card is None:
            card = self.by_key[key] = self.board.new_card(kind, why)
        else:
            card.add_why(why)
        return card

    def alias(self, key: str, card: Card) -> None:
        self.by_key.setdefault(key, card)

    def merge(self, src: Card, dst: Card) -> None:
        self.board.merge(src, dst)
        for k, c in list(self.by_key.items()):
            if c is src:
                self.by_key[k] = dst
