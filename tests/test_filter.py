"""Filters: Arabic-aware text matching, facets across panes, date ranges, preset fields.

``sample_article()`` is a small hand-built article shared by the preset and export tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.article.doc.tokens import sentences
from tui.article.model import Actor, Article, Event, Quote, TimeValue
from tui.view.filter import (
    Filter,
    apply,
    date_bounds,
    event_sort_key,
    is_date_prefix,
    match_spans,
    text_matches,
)

TEXT = (
    "قالت رانيا المحجوب، نائبة وزير النقل البحري، إن \"الحوار ما زال ممكناً\". "
    "وأكد مسؤول مالطي أن فاليتا لن تتفاوض مع المهربين. "
    "واجتمع قادة إيتوام في 10 أغسطس لبحث الأزمة. "
    "وكان إضراب قد بدأ في مدغشقر يوم 24 يوليو. "
    "وتستمر المشاورات بين 28 يوليو و2 أغسطس. "
    "ونقلت مصادر أن \"الوضع هادئ\". "
    "ويتوقع مراقبون تطورات في أغسطس. "
    "وسيعقد اجتماع آخر لاحقاً."
)


def _span(s: str, after: int = 0) -> tuple[int, int]:
    i = TEXT.index(s, after)
    return i, i + len(s)


def _tv(s: str, value: str | None) -> TimeValue:
    a, b = _span(s)
    return TimeValue(a, b, s, value)


def _event(eid: str, s: str, actors: tuple[str, ...], time: TimeValue | None) -> Event:
    a, b = _span(s)
    return Event(eid, a, b, s, actors, time)


def _quote(qid: str, s: str, kind: str, speaker: str | None, cue: str | None) -> Quote:
    a, b = _span(s)
    return Quote(qid, a, b, s, kind, speaker, cue)


def sample_article() -> Article:
    actors = (
        Actor("a1", "رانيا المحجوب", "person", ("المحجوب",), ("نائبة وزير النقل البحري",), "a3",
              (_span("رانيا المحجوب"),)),
        Actor("a2", "مسؤول مالطي", "anonymous", (), (), "مالطا", (_span("مسؤول مالطي"),)),
        Actor("a3", "جمهورية القمر المتحدة", "place", ("موروني",), (), None, ()),
        Actor("a4", "مالطا", "place", ("فاليتا",), (), None, (_span("فاليتا"),)),
        Actor("a5", "مدغشقر", "place", (), (), None, (_span("مدغشقر"),)),
        Actor("a6", "إيتوام", "organization", ("الهيئة الإقليمية لموانئ المحيط الهندي",), (), None,
              (_span("إيتوام"),)),
    )
    quotes = (
        _quote("q1", "الحوار ما زال ممكناً", "direct", "a1", "قالت"),
        _quote("q2", "فاليتا لن تتفاوض مع المهربين", "indirect", "a2", "أكد"),
        _quote("q3", "الوضع هادئ", "direct", None, "نقلت"),
    )
    events = (  # in text order, which is not date order
        _event("e1", "اجتمع قادة إيتوام في 10 أغسطس", ("a6",), _tv("10 أغسطس", "2031-08-10")),
        _event("e2", "إضراب قد بدأ في مدغشقر يوم 24 يوليو", ("a5",), _tv("24 يوليو", "2031-07-24")),
        _event("e3", "تستمر المشاورات بين 28 يوليو و2 أغسطس", ("a4", "a3"),
               _tv("28 يوليو و2 أغسطس", "2031-07-28/2031-08-02")),
        _event("e4", "يتوقع مراقبون تطورات في أغسطس", (), _tv("أغسطس", "2031-08")),
        _event("e5", "سيعقد اجتماع آخر لاحقاً", ("a6",), _tv("لاحقاً", None)),
    )
    return Article(TEXT, "2031-08", sentences(TEXT), actors, quotes, events,
                   {"title": "المحجوب وفاليتا ومدغشقر"})


def ids(items) -> list[str]:
    return [x.id for x in items]


# -- text matching ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("ممكنا", "الحوار ما زال ممكناً"),  # tashkeel (tanween) ignored in the text
        ("مُمْكِناً", "ما زال ممكنا"),  # … and in the query
        ("الحوار", "الحـــوار ما زال"),  # tatweel
        ("اكد", "وأكد مسؤول"),  # alef with hamza, and the conjunction و
        ("إيتوام", "قادة ايتوام"),  # alef forms
        ("مستشفى", "في المستشفي"),  # ى / ي and the article
        ("نائبه", "نائبة الوزير"),  # ة / ه
        ("رئيس", "والرئيس"),  # query without clitics, text with و + ال
        ("الرئيس", "رئيس الوزراء"),  # query with the article, text without
        ("والرئيس", "بالرئيس"),  # both with (different) clitics
        ("الرئيس", "للرئيس"),  # ل + ال written لل
        ("المحج", "رانيا المحجوب"),  # the last word matches as a prefix while typing
        ("ر", "رانيا المحجوب"),  # … from the first letter
        ("لمورو", "موروني"),  # … its stem too
        ("لفاليتا", "في فاليتا"),  # ل before a name
        ("موروني فاليتا", "فاليتا وموروني"),  # every word, in any order
        ("ITWAM", "the itwam summit"),  # Latin is case-insensitive
        ("2031", "في عام ٢٠٣١"),  # Arabic-Indic digits
        ("۲۴", "يوم 24 يوليو"),  # Persian digits in the query
        ("مستشفی", "المستشفى"),  # Persian yeh
    ],
)
def test_text_matches_is_arabic_aware(query, text):
    assert text_matches(query, text)
    assert not text_matches("!" + query, text)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("فاليتا", "مالطا وإيطاليا"),
        ("رئيس", "المرؤوس"),
        ("موروني فاليتا", "موروني وحدها"),  # one word missing
        ("المح جوب", "المحجوب"),  # only the last word is a prefix
        ("ملك", "سلمك"),  # no infix matches
        ("كان", "الانتخابات"),  # the stem "ان" of the query is too short to match as a prefix
    ],
)
def test_text_does_not_match(query, text):
    assert not text_matches(query, text)
    assert text_matches("!" + query, text)


def test_quoted_phrases_need_consecutive_words():
    text = "قال وزير الخارجية الفرنسي إن الوزير سيزور الخارجية"
    assert text_matches('"وزير الخارجيه"', text)
    assert text_matches("«وزير الخارجية»", text)
    assert text_matches('"الوزير سيزور"', text)
    assert not text_matches('"الخارجية وزير"', text)  # words present, order wrong
    assert not text_matches('"وزير الفرنسي"', text)  # not adjacent
    assert text_matches('"وزير الخا', text)  # an unclosed phrase while typing
    assert text_matches('قال "وزير الخارجية"', text)
    assert not text_matches('!"وزير الخارجية"', text)
    spans = match_spans('"وزير الخارجية" سيزور', text)
    assert [text[a:b] for a, b in spans] == ["وزير الخارجية", "سيزور"]


def test_a_phrase_does_not_run_across_fields():
    art = sample_article()
    # name "رانيا المحجوب" then title "نائبة وزير …": "المحجوب نائبة" is not a phrase of either
    assert apply(art, Filter(actors_query='"المحجوب نائبة"')).actors == ()
    assert len(apply(art, Filter(actors_query="المحجوب نائبة")).actors) == 1


def test_match_spans_are_sorted_and_merged():
    text = "فاليتا وفاليتا"
    assert match_spans("فاليتا وفاليتا", text) == [(0, 6), (7, 14)]
    assert match_spans('"فاليتا وفاليتا" فاليتا', text) == [(0, 14)]


def test_empty_query_matches_everything():
    assert text_matches("", "أي نص")
    assert text_matches("   ", "")
    assert text_matches("!", "أي نص")
    assert match_spans("", "أي نص") == []


def test_match_spans_are_offsets_in_the_original_text():
    text = "قال الرَّئِيسُ إن الرئيـــس والرئيس وصلوا"
    spans = match_spans("رئيس", text)
    assert [text[a:b] for a, b in spans] == ["الرَّئِيسُ", "الرئيـــس", "والرئيس"]


def test_match_spans_cover_every_query_word_and_none_for_negation():
    spans = match_spans("المحجوب فاليتا", TEXT)
    found = {TEXT[a:b] for a, b in spans}
    assert found == {"المحجوب", "فاليتا"}
    assert match_spans("!فاليتا", TEXT) == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.text(max_size=15))
def test_match_spans_stay_inside_the_text(text, query):
    text_matches(query, text)  # never raises
    for a, b in match_spans(query, text):
        assert 0 <= a < b <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["قال", "الرئيس", "ممكناً", "وأكد", "إيتوام", "مستشفى", "ITWAM", "2031"]),
                min_size=1, max_size=6))
def test_every_word_of_a_text_finds_that_text(words):
    text = " ".join(words)
    for w in words:
        assert text_matches(w, text)
        assert match_spans(w, text)


# -- dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "lo", "hi"),
    [
        ("2031-08-07", "2031-08-07", "2031-08-07"),
        ("2031-08", "2031-08-01", "2031-08-31"),
        ("2032-02", "2032-02-01", "2032-02-29"),
        ("2031", "2031-01-01", "2031-12-31"),
        ("2031-W32", "2031-08-04", "2031-08-10"),
        ("2031-SU", "2031-06-01", "2031-08-31"),
        ("2031-WI", "2031-12-01", "2032-02-29"),
        ("2031-Q3", "2031-07-01", "2031-09-30"),
        ("2031-H1", "2031-01-01", "2031-06-30"),
        ("2031-08-01/2031-08-10", "2031-08-01", "2031-08-10"),
        ("2031-07/2031-08-10", "2031-07-01", "2031-08-10"),
        ("2031-08-07/2031-08", "2031-08-07", "2031-08-31"),  # from the 7th to the end of the month
        ("2031-08-10/2031-08-01", "2031-08-01", "2031-08-10"),  # written backwards
        ("2031-08-07T10:30", "2031-08-07", "2031-08-07"),
        ("202X", "2020-01-01", "2029-12-31"),
    ],
)
def test_date_bounds(value, lo, hi):
    assert date_bounds(value) == (dt.date.fromisoformat(lo), dt.date.fromisoformat(hi))


def test_timeline_order_by_first_day_then_shorter_span_then_text():
    def ev(i: int, value: str | None) -> Event:
        return Event(f"e{i}", i, i + 1, "x", (), TimeValue(i, i + 1, "x", value) if value else None)

    events = [ev(0, None), ev(1, "2031-08"), ev(2, "2031-08-07/2031-08"), ev(3, "2031-08-01/2031-08-10"),
              ev(4, "2031-07-26"), ev(5, "2031-08-01"), ev(6, "XXXX-08-01"), ev(7, "2031-08")]
    order = [e.id for e in sorted(events, key=event_sort_key)]
    assert order == ["e4", "e5", "e3", "e1", "e7", "e2", "e0", "e6"]


@pytest.mark.parametrize("value", [None, "", "XXXX-08-07", "PRESENT_REF", "2031-02-30", "2031-W60", "soon"])
def test_date_bounds_of_unplaceable_values(value):
    assert date_bounds(value) is None


def test_is_date_prefix():
    assert all(is_date_prefix(v) for v in ("2031", "2031-08", "2032-02-29"))
    assert not any(is_date_prefix(v) for v in ("2031-8", "2031-02-30", "2031-W32", "23", "", "2031-08-07T10"))


# -- apply -----------------------------------------------------------------------------


def test_empty_filter_shows_everything():
    art = sample_article()
    v = apply(art, Filter())
    assert (v.actors, v.quotes, v.events) == (art.actors, art.quotes, art.events)
    assert Filter().is_empty() and Filter().describe() == ""


def test_pane_queries_filter_only_their_pane():
    art = sample_article()
    v = apply(art, Filter(actors_query="المحجون"))  # a typo: no match
    assert ids(v.actors) == [] and len(v.quotes) == 3
    v = apply(art, Filter(actors_query="البحري"))  # through a title
    assert ids(v.actors) == ["a1"]
    v = apply(art, Filter(actors_query="فاليتا"))  # through an alias
    assert ids(v.actors) == ["a4"]
    v = apply(art, Filter(actors_query="جمهورية"))  # through the affiliated card's name (a1 → a3)
    assert ids(v.actors) == ["a1", "a3"]
    assert apply(art, Filter(actors_query="a3")).actors == ()  # never through the raw id
    v = apply(art, Filter(quotes_query="المحجوب"))  # a quote through its speaker's name
    assert ids(v.quotes) == ["q1"] and len(v.actors) == 6
    v = apply(art, Filter(quotes_query="!المهربين"))
    assert ids(v.quotes) == ["q1", "q3"]
    v = apply(art, Filter(timeline_query="مدغشقر"))
    assert ids(v.events) == ["e2"]
    v = apply(art, Filter(timeline_query="2031-08"))  # through the resolved value (e3 ends in August)
    assert ids(v.events) == ["e1", "e3", "e4"]
    v = apply(art, Filter(source_query="فاليتا"))  # highlights only
    assert v == apply(art, Filter())


def test_kind_facet_applies_to_every_pane():
    art = sample_article()
    v = apply(art, Filter(kinds=frozenset({"person"})))
    assert ids(v.actors) == ["a1"]
    assert ids(v.quotes) == ["q1"]
    assert ids(v.events) == []
    v = apply(art, Filter(kinds=frozenset({"place", "organization"})))
    assert ids(v.actors) == ["a3", "a4", "a5", "a6"]
    assert ids(v.quotes) == []
    assert ids(v.events) == ["e1", "e2", "e3", "e5"]


def test_affiliation_facet_by_name_or_by_the_affiliated_card():
    art = sample_article()
    assert ids(apply(art, Filter(affiliations=frozenset({"مالطا"}))).actors) == ["a2"]
    # a1's affiliation is the id a3 (جمهورية القمر المتحدة, alias موروني)
    assert ids(apply(art, Filter(affiliations=frozenset({"موروني"}))).actors) == ["a1"]
    assert ids(apply(art, Filter(affiliations=frozenset({"جمهوريه القمر المتحده"}))).quotes) == ["q1"]


def test_speaker_facet_matches_names_and_aliases_normalised():
    art = sample_article()
    v = apply(art, Filter(speakers=frozenset({"المحجوب"})))
    assert ids(v.actors) == ["a1"] and ids(v.quotes) == ["q1"]
    v = apply(art, Filter(speakers=frozenset({"رانيا المحجوب", "مسؤول مالطي"})))
    assert ids(v.quotes) == ["q1", "q2"]
    v = apply(art, Filter(speakers=frozenset({"ايتوام"})))  # alef form differs from the card
    assert ids(v.actors) == ["a6"] and ids(v.events) == ["e1", "e5"]
    assert ids(apply(art, Filter(speakers=frozenset({"أحد غيره"}))).quotes) == []


def test_quote_kind_facet():
    art = sample_article()
    v = apply(art, Filter(quote_kinds=frozenset({"direct"})))
    assert ids(v.quotes) == ["q1", "q3"] and len(v.actors) == 6 and len(v.events) == 5


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        ("2031-08", None, ["e1", "e3", "e4"]),  # the interval e3 overlaps August
        (None, "2031-07", ["e2", "e3"]),  # "to July" includes all of July
        ("2031-07-27", "2031-07-31", ["e3"]),  # only the interval overlaps
        ("2031-08-10", "2031-08-10", ["e1", "e4"]),  # the month August contains the day
        ("2031-08-11", "2031-08-31", ["e4"]),
        ("2032", None, []),
        ("2031", "2031", ["e1", "e2", "e3", "e4"]),  # undated e5 is out once a range is set
    ],
)
def test_date_range_keeps_events_that_overlap_it(date_from, date_to, expected):
    v = apply(sample_article(), Filter(date_from=date_from, date_to=date_to))
    assert ids(v.events) == expected
    assert len(v.actors) == 6 and len(v.quotes) == 3


def test_selecting_an_actor_shows_its_card_quotes_and_events():
    art = sample_article()
    v = apply(art, Filter(actor="a6"))
    assert (ids(v.actors), ids(v.quotes), ids(v.events)) == (["a6"], [], ["e1", "e5"])
    v = apply(art, Filter(actor="a1"))
    assert (ids(v.actors), ids(v.quotes), ids(v.events)) == (["a1"], ["q1"], [])
    v = apply(art, Filter(actor="a4", date_from="2031-08"))  # combines with other facets
    assert ids(v.events) == ["e3"]
    assert apply(art, Filter(actor="zz")).actors == ()
    assert "a6" in Filter(actor="a6").describe()


# -- describe / to_toml / from_toml ----------------------------------------------------


FULL = Filter(actors_query="المحجوب", quotes_query="!إضراب", timeline_query="قمة", source_query="فاليتا",
              kinds=frozenset({"person", "place"}), affiliations=frozenset({"مالطا"}),
              speakers=frozenset({"رانيا المحجوب"}), quote_kinds=frozenset({"direct"}),
              date_from="2031-07", date_to="2031-08-10", actor="a1")


def test_describe_is_one_short_line_with_every_part():
    d = FULL.describe()
    assert "\n" not in d
    for part in ("actor a1", "actors/المحجوب", "quotes/!إضراب", "kind=person,place", "speaker=رانيا المحجوب",
                 "quote=direct", "2031-07..2031-08-10"):
        assert part in d


def test_toml_round_trip_drops_only_the_selected_actor():
    d = FULL.to_toml()
    assert "actor" not in d and d["kinds"] == ["person", "place"]
    import dataclasses

    assert Filter.from_toml(d) == dataclasses.replace(FULL, actor=None)
    assert Filter().to_toml() == {}
    assert Filter.from_toml({"date_from": dt.date(2031, 8, 1)}).date_from == "2031-08-01"  # unquoted TOML date
    assert Filter.from_toml({}) == Filter()


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"kinds": "person"}, "kinds: expected a list of strings"),
        ({"speakers": [1, 2]}, "speakers: expected a list of strings"),
        ({"quotes_query": 3}, "quotes_query: expected a string"),
        ({"date_from": "yesterday"}, "date_from: expected a date string"),
        ({"date_to": 2031}, "date_to: expected a date string"),
        ({"date_to": "2031-02-30"}, "date_to: expected a date string"),
        ({"kinds": ["person", "alien"]}, "kinds: expected values among"),
        ({"quote_kinds": ["rumour"]}, "quote_kinds: expected values among"),
        ({"kind": ["person"]}, "kind: unknown field"),
        ({"actor": "a1"}, "actor: unknown field"),
    ],
)
def test_from_toml_names_the_field_and_what_was_expected(table, message):
    with pytest.raises(ValueError, match=message):
        Filter.from_toml(table)


def test_from_toml_rejects_a_non_table():
    with pytest.raises(ValueError, match="expected a table"):
        Filter.from_toml(["kinds"])  # type: ignore[arg-type]
