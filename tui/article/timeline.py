"""Dated events (issue #5 replaces this first pass)."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Actor, Event, Sentence


def find_events(
    text: str, sentences: Sequence[Sentence], actors: tuple[Actor, ...], published: str | None
) -> tuple[Event, ...]:
    return ()
