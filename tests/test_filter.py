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
    "قالت فيكتوريا نولاند، نائبة وزير الخارجية الأمريكي، إن \"الحوار ما زال ممكناً\". "
    "وأكد مسؤول فرنسي أن باريس لن تتفاوض مع الانقلابيين. "
    "واجتمع قادة إيكواس في 10 أغسطس لبحث الأزمة. "
    "وكان انقلاب قد وقع في النيجر يوم 26 يوليو. "
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
        Actor("a1", "فيكتوريا نولاند", "person", ("نولاند",), ("نائبة وزير الخارجية الأمريكي",), "a3",
              (_span("فيكتوريا نولاند"),)),
        Actor("a2", "مسؤول فرنسي", "anonymous", (), (), "فرنسا", (_span("مسؤول فرنسي"),)),
        Actor("a3", "الولايات المتحدة", "place", ("واشنطن",), (), None, ()),
        Actor("a4", "فرنسا", "place", ("باريس",), (), None, (_span("باريس"),)),
        Actor("a5", "النيجر", "place", (), (), None, (_span("النيجر"),)),
        Actor("a6", "إيكواس", "organization", ("المجموعة الاقتصادية لدول غرب أفريقيا",), (), None,
              (_span("إيكواس"),)),
    )
    quotes = (
        _quote("q1", "الحوار ما زال ممكناً", "direct", "a1", "قالت"),
        _quote("q2", "باريس لن تتفاوض مع الانقلابيين", "indirect", "a2", "أكد"),
        _quote("q3", "الوضع هادئ", "direct", None, "نقلت"),
    )
    events = (  # in text order, which is not date order
        _event("e1", "اجتمع قادة إيكواس في 10 أغسطس", ("a6",), _tv("10 أغسطس", "2023-08-10")),
        _event("e2", "انقلاب قد وقع في النيجر يوم 26 يوليو", ("a5",), _tv("26 يوليو", "2023-07-26")),
        _event("e3", "تستمر المشاورات بين 28 يوليو و2 أغسطس", ("a4", "a3"),
               _tv("28 يوليو و2 أغسطس", "2023-07-28/2023-08-02")),
        _event("e4", "يتوقع مراقبون تطورات في أغسطس", (), _tv("أغسطس", "2023-08")),
        _event("e5", "سيعقد اجتماع آخر لاحقاً", ("a6",), _tv("لاحقاً", None)),
    )
    return Article(TEXT, "2023-08", sentences(TEXT), actors, quotes, events,
                   {"title": "نولاند وباريس والنيجر"})


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
        ("إيكواس", "قادة ايكواس"),  # alef forms
        ("مستشفى", "في المستشفي"),  # ى / ي and the article
        ("نائبه", "نائبة الوزير"),  # ة / ه
        ("رئيس", "والرئيس"),  # query without clitics, text with و + ال
        ("الرئيس", "رئيس الوزراء"),  # query with the article, text without
        ("والرئيس", "بالرئيس"),  # both with (different) clitics
        ("الرئيس", "للرئيس"),  # ل + ال written لل
        ("نول", "فيكتوريا نولاند"),  # the last word matches as a prefix while typing
        ("ن", "فيكتوريا نولاند"),  # … from the first letter
        ("لواشن", "واشنطن"),  # … its stem too
        ("لباريس", "في باريس"),  # ل before a name
        ("واشنطن باريس", "باريس وواشنطن"),  # every word, in any order
        ("ECOWAS", "the ecowas summit"),  # Latin is case-insensitive
        ("2023", "في عام ٢٠٢٣"),  # Arabic-Indic digits
        ("۲۶", "يوم 26 يوليو"),  # Persian digits in the query
        ("مستشفی", "المستشفى"),  # Persian yeh
    ],
)
def test_text_matches_is_arabic_aware(query, text):
    assert text_matches(query, text)
    assert not text_matches("!" + query, text)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("باريس", "بريطانيا وفرنسا"),
        ("رئيس", "المرؤوس"),
        ("واشنطن باريس", "واشنطن وحدها"),  # one word missing
        ("نول اند", "نولاند"),  # only the last word is a prefix
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
    # name "فيكتوريا نولاند" then title "نائبة وزير …": "نولاند نائبة" is not a phrase of either
    assert apply(art, Filter(actors_query='"نولاند نائبة"')).actors == ()
    assert len(apply(art, Filter(actors_query="نولاند نائبة")).actors) == 1


def test_match_spans_are_sorted_and_merged():
    text = "باريس وباريس"
    assert match_spans("باريس وباريس", text) == [(0, 5), (6, 12)]
    assert match_spans('"باريس وباريس" باريس', text) == [(0, 12)]


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
    spans = match_spans("نولاند باريس", TEXT)
    found = {TEXT[a:b] for a, b in spans}
    assert found == {"نولاند", "باريس"}
    assert match_spans("!باريس", TEXT) == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.text(max_size=15))
def test_match_spans_stay_inside_the_text(text, query):
    text_matches(query, text)  # never raises
    for a, b in match_spans(query, text):
        assert 0 <= a < b <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["قال", "الرئيس", "ممكناً", "وأكد", "إيكواس", "مستشفى", "ECOWAS", "2023"]),
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
        ("2023-08-07", "2023-08-07", "2023-08-07"),
        ("2023-08", "2023-08-01", "2023-08-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023", "2023-01-01", "2023-12-31"),
        ("2023-W32", "2023-08-07", "2023-08-13"),
        ("2023-SU", "2023-06-01", "2023-08-31"),
        ("2023-WI", "2023-12-01", "2024-02-29"),
        ("2023-Q3", "2023-07-01", "2023-09-30"),
        ("2023-H1", "2023-01-01", "2023-06-30"),
        ("2023-08-01/2023-08-10", "2023-08-01", "2023-08-10"),
        ("2023-07/2023-08-10", "2023-07-01", "2023-08-10"),
        ("2023-08-07/2023-08", "2023-08-07", "2023-08-31"),  # from the 7th to the end of the month
        ("2023-08-10/2023-08-01", "2023-08-01", "2023-08-10"),  # written backwards
        ("2023-08-07T10:30", "2023-08-07", "2023-08-07"),
        ("202X", "2020-01-01", "2029-12-31"),
    ],
)
def test_date_bounds(value, lo, hi):
    assert date_bounds(value) == (dt.date.fromisoformat(lo), dt.date.fromisoformat(hi))


def test_timeline_order_by_first_day_then_shorter_span_then_text():
    def ev(i: int, value: str | None) -> Event:
        return Event(f"e{i}", i, i + 1, "x", (), TimeValue(i, i + 1, "x", value) if value else None)

    events = [ev(0, None), ev(1, "2023-08"), ev(2, "2023-08-07/2023-08"), ev(3, "2023-08-01/2023-08-10"),
              ev(4, "2023-07-26"), ev(5, "2023-08-01"), ev(6, "XXXX-08-01"), ev(7, "2023-08")]
    order = [e.id for e in sorted(events, key=event_sort_key)]
    assert order == ["e4", "e5", "e3", "e1", "e7", "e2", "e0", "e6"]


@pytest.mark.parametrize("value", [None, "", "XXXX-08-07", "PRESENT_REF", "2023-02-30", "2023-W60", "soon"])
def test_date_bounds_of_unplaceable_values(value):
    assert date_bounds(value) is None


def test_is_date_prefix():
    assert all(is_date_prefix(v) for v in ("2023", "2023-08", "2024-02-29"))
    assert not any(is_date_prefix(v) for v in ("2023-8", "2023-02-30", "2023-W32", "23", "", "2023-08-07T10"))


# -- apply -----------------------------------------------------------------------------


def test_empty_filter_shows_everything():
    art = sample_article()
    v = apply(art, Filter())
    assert (v.actors, v.quotes, v.events) == (art.actors, art.quotes, art.events)
    assert Filter().is_empty() and Filter().describe() == ""


def test_pane_queries_filter_only_their_pane():
    art = sample_article()
    v = apply(art, Filter(actors_query="نولند"))  # a typo: no match
    assert ids(v.actors) == [] and len(v.quotes) == 3
    v = apply(art, Filter(actors_query="الخارجية"))  # through a title
    assert ids(v.actors) == ["a1"]
    v = apply(art, Filter(actors_query="باريس"))  # through an alias
    assert ids(v.actors) == ["a4"]
    v = apply(art, Filter(actors_query="الولايات"))  # through the affiliated card's name (a1 → a3)
    assert ids(v.actors) == ["a1", "a3"]
    assert apply(art, Filter(actors_query="a3")).actors == ()  # never through the raw id
    v = apply(art, Filter(quotes_query="نولاند"))  # a quote through its speaker's name
    assert ids(v.quotes) == ["q1"] and len(v.actors) == 6
    v = apply(art, Filter(quotes_query="!الانقلابيين"))
    assert ids(v.quotes) == ["q1", "q3"]
    v = apply(art, Filter(timeline_query="النيجر"))
    assert ids(v.events) == ["e2"]
    v = apply(art, Filter(timeline_query="2023-08"))  # through the resolved value (e3 ends in August)
    assert ids(v.events) == ["e1", "e3", "e4"]
    v = apply(art, Filter(source_query="باريس"))  # highlights only
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
    assert ids(apply(art, Filter(affiliations=frozenset({"فرنسا"}))).actors) == ["a2"]
    # a1's affiliation is the id a3 (الولايات المتحدة, alias واشنطن)
    assert ids(apply(art, Filter(affiliations=frozenset({"واشنطن"}))).actors) == ["a1"]
    assert ids(apply(art, Filter(affiliations=frozenset({"الولايات المتحده"}))).quotes) == ["q1"]


def test_speaker_facet_matches_names_and_aliases_normalised():
    art = sample_article()
    v = apply(art, Filter(speakers=frozenset({"نولاند"})))
    assert ids(v.actors) == ["a1"] and ids(v.quotes) == ["q1"]
    v = apply(art, Filter(speakers=frozenset({"فيكتوريا نولاند", "مسؤول فرنسي"})))
    assert ids(v.quotes) == ["q1", "q2"]
    v = apply(art, Filter(speakers=frozenset({"ايكواس"})))  # alef form differs from the card
    assert ids(v.actors) == ["a6"] and ids(v.events) == ["e1", "e5"]
    assert ids(apply(art, Filter(speakers=frozenset({"أحد غيره"}))).quotes) == []


def test_quote_kind_facet():
    art = sample_article()
    v = apply(art, Filter(quote_kinds=frozenset({"direct"})))
    assert ids(v.quotes) == ["q1", "q3"] and len(v.actors) == 6 and len(v.events) == 5


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        ("2023-08", None, ["e1", "e3", "e4"]),  # the interval e3 overlaps August
        (None, "2023-07", ["e2", "e3"]),  # "to July" includes all of July
        ("2023-07-27", "2023-07-31", ["e3"]),  # only the interval overlaps
        ("2023-08-10", "2023-08-10", ["e1", "e4"]),  # the month August contains the day
        ("2023-08-11", "2023-08-31", ["e4"]),
        ("2024", None, []),
        ("2023", "2023", ["e1", "e2", "e3", "e4"]),  # undated e5 is out once a range is set
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
    v = apply(art, Filter(actor="a4", date_from="2023-08"))  # combines with other facets
    assert ids(v.events) == ["e3"]
    assert apply(art, Filter(actor="zz")).actors == ()
    assert "a6" in Filter(actor="a6").describe()


# -- describe / to_toml / from_toml ----------------------------------------------------


FULL = Filter(actors_query="نولاند", quotes_query="!انقلاب", timeline_query="قمة", source_query="باريس",
              kinds=frozenset({"person", "place"}), affiliations=frozenset({"فرنسا"}),
              speakers=frozenset({"فيكتوريا نولاند"}), quote_kinds=frozenset({"direct"}),
              date_from="2023-07", date_to="2023-08-10", actor="a1")


def test_describe_is_one_short_line_with_every_part():
    d = FULL.describe()
    assert "\n" not in d
    for part in ("actor a1", "actors/نولاند", "quotes/!انقلاب", "kind=person,place", "speaker=فيكتوريا نولاند",
                 "quote=direct", "2023-07..2023-08-10"):
        assert part in d


def test_toml_round_trip_drops_only_the_selected_actor():
    d = FULL.to_toml()
    assert "actor" not in d and d["kinds"] == ["person", "place"]
    import dataclasses

    assert Filter.from_toml(d) == dataclasses.replace(FULL, actor=None)
    assert Filter().to_toml() == {}
    assert Filter.from_toml({"date_from": dt.date(2023, 8, 1)}).date_from == "2023-08-01"  # unquoted TOML date
    assert Filter.from_toml({}) == Filter()


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"kinds": "person"}, "kinds: expected a list of strings"),
        ({"speakers": [1, 2]}, "speakers: expected a list of strings"),
        ({"quotes_query": 3}, "quotes_query: expected a string"),
        ({"date_from": "yesterday"}, "date_from: expected a date string"),
        ({"date_to": 2023}, "date_to: expected a date string"),
        ({"date_to": "2023-02-30"}, "date_to: expected a date string"),
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
