"""A small hand-built Article for the dashboard tests: fixed content, independent of the
extraction stages (which other work improves concurrently)."""

from __future__ import annotations

from contract import assert_contract

from tui.article.doc.tokens import sentences
from tui.article.model import Actor, Article, Event, Quote, TimeValue

TEXT = (
    "في 7 أغسطس الجاري، سافرت فيكتوريا نولاند، نائبة وزير الخارجية الأمريكية، إلى النيجر.\n"
    "وقالت نولاند إن المحادثات مع قادة الانقلاب كانت \"صريحة وصعبة\".\n"
    "وقال مسؤول فرنسي لوسائل الإعلام: \"ربما كان رد الفعل الأفضل هو وضع بعض الشروط\".\n"
    "وفي الأسبوع الماضي، قال محمد بازوم إن الرئيس الشرعي يقاتل من أجل البقاء.\n"
    "وكتب المتحدث: \"[bold]x[/bold] ليس تنسيقا\".\n"
)


def _span(sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return start, start + len(sub)


def _quote(qid: str, sub: str, kind: str, speaker: str | None, cue: str) -> Quote:
    s, e = _span(sub)
    cs = _span(cue)
    return Quote(qid, s, e, sub, kind, speaker, cue, cs, why="test")


def build_article() -> Article:
    nuland = Actor("a1", "فيكتوريا نولاند", "person", aliases=("نولاند",), titles=("نائبة وزير الخارجية الأمريكية",),
                   affiliation="a4", mentions=(_span("فيكتوريا نولاند"), _span("نولاند", 1)), why="title + name")
    official = Actor("a2", "مسؤول فرنسي", "anonymous", affiliation="فرنسا", mentions=(_span("مسؤول فرنسي"),),
                     why="unnamed official")
    bazoum = Actor("a3", "محمد بازوم", "person", mentions=(_span("محمد بازوم"),), why="[bold]reporting verb[/bold]")
    niger = Actor("a4", "الولايات المتحدة", "place", mentions=(), why="country lexicon")
    quotes = (
        _quote("q1", "صريحة وصعبة", "direct", "a1", "وقالت"),
        _quote("q2", "ربما كان رد الفعل الأفضل هو وضع بعض الشروط", "direct", "a2", "وقال"),
        _quote("q3", "الرئيس الشرعي يقاتل من أجل البقاء", "indirect", "a3", "قال"),
        _quote("q4", "[bold]x[/bold] ليس تنسيقا", "direct", None, "وكتب"),
    )
    t1 = TimeValue(*_span("7 أغسطس الجاري"), "7 أغسطس الجاري", "2023-08-07")
    t2 = TimeValue(*_span("الأسبوع الماضي"), "الأسبوع الماضي", "2023-W30", approximate=True)
    s1, s2 = _span("سافرت فيكتوريا نولاند، نائبة وزير الخارجية الأمريكية، إلى النيجر"), _span(
        "قال محمد بازوم إن الرئيس الشرعي يقاتل من أجل البقاء")
    events = (
        Event("e1", *s1, "سافرت فيكتوريا نولاند إلى النيجر", ("a1",), t1, why="verb + date"),
        Event("e2", *s2, "بازوم يقول إنه يقاتل من أجل البقاء", ("a3",), t2, why="verb + date"),
    )
    return Article(TEXT, "2023-08", sentences(TEXT), (nuland, official, bazoum, niger), quotes, events,
                   meta={"title": "اختبار مرصد"})


def test_hand_built_article_meets_the_contract():
    assert_contract(build_article().to_dict())
