"""A small hand-built Article for the dashboard tests: fixed content, independent of the
extraction stages (which other work improves concurrently)."""

from __future__ import annotations

from contract import assert_contract

from tui.article.doc.tokens import sentences
from tui.article.model import Actor, Article, Event, Quote, TimeValue

TEXT = (
    "في 2 مارس الجاري، سافرت سلمى الدولاتي، نائبة وزير شؤون الأرخبيل، إلى جزيرة المرجان.\n"
    "وقالت الدولاتي إن المشاورات مع ممثلي الصيادين كانت \"هادئة وبناءة\".\n"
    "وقال مسؤول نرويجي للصحفيين: \"ربما كان الأجدى تأجيل الشروط إلى ما بعد موسم الصيد\".\n"
    "وفي الأسبوع الماضي، قال حمدي العسيلي إن الميناء الجديد سيفتح قبل نهاية الصيف.\n"
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
    salma = Actor("a1", "سلمى الدولاتي", "person", aliases=("الدولاتي",), titles=("نائبة وزير شؤون الأرخبيل",),
                  affiliation="a4", mentions=(_span("سلمى الدولاتي"), _span("الدولاتي", 1)), why="title + name")
    official = Actor("a2", "مسؤول نرويجي", "anonymous", affiliation="النرويج", mentions=(_span("مسؤول نرويجي"),),
                     why="unnamed official")
    hamdi = Actor("a3", "حمدي العسيلي", "person", mentions=(_span("حمدي العسيلي"),), why="[bold]reporting verb[/bold]")
    islands = Actor("a4", "جزر القمر", "place", mentions=(), why="country lexicon")
    quotes = (
        _quote("q1", "هادئة وبناءة", "direct", "a1", "وقالت"),
        _quote("q2", "ربما كان الأجدى تأجيل الشروط إلى ما بعد موسم الصيد", "direct", "a2", "وقال"),
        _quote("q3", "الميناء الجديد سيفتح قبل نهاية الصيف", "indirect", "a3", "قال"),
        _quote("q4", "[bold]x[/bold] ليس تنسيقا", "direct", None, "وكتب"),
    )
    t1 = TimeValue(*_span("2 مارس الجاري"), "2 مارس الجاري", "2031-03-02")
    t2 = TimeValue(*_span("الأسبوع الماضي"), "الأسبوع الماضي", "2031-W08", approximate=True)
    s1, s2 = _span("سافرت سلمى الدولاتي، نائبة وزير شؤون الأرخبيل، إلى جزيرة المرجان"), _span(
        "قال حمدي العسيلي إن الميناء الجديد سيفتح قبل نهاية الصيف")
    events = (
        Event("e1", *s1, "سافرت سلمى الدولاتي إلى جزيرة المرجان", ("a1",), t1, why="verb + date"),
        Event("e2", *s2, "العسيلي يقول إن الميناء سيفتح قبل الصيف", ("a3",), t2, why="verb + date"),
    )
    return Article(TEXT, "2031-03", sentences(TEXT), (salma, official, hamdi, islands), quotes, events,
                   meta={"title": "اختبار مرصد"})


def test_hand_built_article_meets_the_contract():
    assert_contract(build_article().to_dict())
