"""Cards by what they stand for, so every mention of one actor lands on one card."""

from __future__ import annotations

from .board import Board, Card


class Registry:
    def __init__(self, board: Board) -> None:
        self.board = board
        self.by_key: dict[str, Card] = {}
        self._keys: dict[int, list[str]] = {}  # id(card) → keys once set to it, so a merge moves its own keys only

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
            self._keys.setdefault(id(card), []).append(key)
        else:
            card.add_why(why)
        return card

    def alias(self, key: str, card: Card) -> None:
        if key not in self.by_key:
            self.by_key[key] = card
            self._keys.setdefault(id(card), []).append(key)

    def merge(self, src: Card, dst: Card) -> None:
        self.board.merge(src, dst)
        for k in self._keys.pop(id(src), ()):
            if self.by_key.get(k) is src:
                self.by_key[k] = dst
                self._keys.setdefault(id(dst), []).append(k)
