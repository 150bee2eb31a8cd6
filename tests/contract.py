"""Checks of the JSON contract (corpus/FORMAT.md) that several tests share."""

from __future__ import annotations

from typing import Any

from tui.article.model import ACTOR_KINDS, QUOTE_KINDS, SCHEMA


def assert_contract(d: dict[str, Any]) -> None:
    assert d["schema"] == SCHEMA
    text = d["text"]
    n = len(text)

    def span_ok(start: int, end: int) -> None:
        assert 0 <= start <= end <= n, (start, end, n)

    for s in d["sentences"]:
        span_ok(s["start"], s["end"])
    ids = set()
    for a in d["actors"]:
        assert a["kind"] in ACTOR_KINDS
        assert a["id"] not in ids
        ids.add(a["id"])
        assert a["name"]
        for m in a["mentions"]:
            span_ok(*m)
    for q in d["quotes"]:
        span_ok(q["start"], q["end"])
        assert text[q["start"]:q["end"]] == q["text"]
        assert q["kind"] in QUOTE_KINDS
        assert q["speaker"] is None or q["speaker"] in ids
    for e in d["events"]:
        span_ok(e["start"], e["end"])
        assert all(x in ids for x in e["actors"])
        t = e["time"]
        if t is not None:
            span_ok(t["start"], t["end"])
            assert text[t["start"]:t["end"]] == t["text"]
