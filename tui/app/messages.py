"""Messages the panes post; the app routes them, so no pane reaches into another."""

from __future__ import annotations

from textual.message import Message


class ActorChosen(Message):
    """`enter` on an actor card: show only this actor's quotes and events."""

    def __init__(self, actor_id: str) -> None:
        super().__init__()
        self.actor_id = actor_id


class SpanChosen(Message):
    """`enter` on a quote or event: show this span in the source."""

    def __init__(self, start: int, end: int) -> None:
        super().__init__()
        self.start = start
        self.end = end


class QueryChanged(Message):
    """The "/" line of a pane changed: ``field`` is the Filter field it edits."""

    def __init__(self, field: str, value: str) -> None:
        super().__init__()
        self.field = field
        self.value = value
