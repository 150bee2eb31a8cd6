"""Actor recognition: people, organisations, places and unnamed sources, with titles.

Three passes over the word tokens (``clitics.tokenize``), each claiming the tokens it
explains so later passes do not read them twice:

1. entities — places, capitals and well-known organisations from the gazetteer, and
   organisation/place names built on a head noun (``orgs.py``);
2. people — a name after a title or rank, after a reporting verb, or starting with a
   given name or a name particle (``names.py``); titles in apposition; unnamed sources
   after a reporting verb;
3. references — surnames and other short forms of the names found, definite
   back-references ("الدبلوماسي"، "الحزب"), "المملكة", and titles used alone.

Cards are then merged (a capital used for its government joins its country) and
numbered a1, a2 … in order of first mention.
"""

from __future__ import annotations

from collections.abc import Sequence

from .cards import Board
from .clitics import tokenize
from .model import Actor, Sentence
from .names import People
from .orgs import Entities


def find_actors(text: str, sentences: Sequence[Sentence]) -> tuple[Actor, ...]:
    toks = tokenize(text)
    board = Board(text, toks)
    Entities(board).run()
    people = People(board)
    people.run()
    people.references()
    return board.actors()
