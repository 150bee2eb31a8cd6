"""The model round-trips through JSON, and `marsad parse` honours the contract."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import OASIS
from contract import assert_contract

from tui.article.model import Actor, Article, Event, Quote, Sentence, TimeValue


def test_round_trip_keeps_every_field():
    a = Article(
        text="قال أحمد إن الجو جميل.",
        published="2031-08",
        sentences=(Sentence(0, 23),),
        actors=(Actor("a1", "أحمد", "person", ("أحمد",), ("الوزير",), "مصر", ((4, 8),), "subject"),),
        quotes=(Quote("q1", 9, 22, "إن الجو جميل", "indirect", "a1", "قال", (0, 3), "cue subject"),),
        events=(Event("e1", 0, 23, "قال أحمد", ("a1",), TimeValue(0, 3, "قال", "2031-08-07", False, "x"), "w"),),
        meta={"title": "t"},
    )
    assert Article.from_json(a.to_json()) == a


def test_seed_round_trips(seed_article):
    assert Article.from_json(seed_article.to_json()) == seed_article


def test_parse_command_prints_the_contract():
    out = subprocess.run([sys.executable, "-m", "tui", "parse", str(OASIS), "--format", "json"],
                         capture_output=True, text=True, check=True).stdout
    data = json.loads(out)
    assert_contract(data)
    assert data["published"] == "2031-03-14"  # from the article's metadata
    # what any stage of the engine finds in it: people named after a title, quotes opened by
    # قال and a colon, dates written out in full
    people = {a["name"] for a in data["actors"] if a["kind"] == "person"}
    assert {"أنور بلقاضي", "غيثة السلاوي", "طارق الكتاني", "نجوى بنعيسى"} <= people
    names = {a["id"]: a["name"] for a in data["actors"]}
    direct = {(names.get(q["speaker"]), q["text"].split()[0]) for q in data["quotes"] if q["kind"] == "direct"}
    assert {("أنور بلقاضي", "السد"), ("طارق الكتاني", "نحن"), ("نجوى بنعيسى", "الخطر")} <= direct
    dates = {e["time"]["value"] for e in data["events"] if e["time"]}
    assert {"2029-11-10", "2030-09-18", "2031-02-03", "2031-03-22", "2031-04-02"} <= dates
