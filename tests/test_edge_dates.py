"""Publication dates at the edge of the calendar and impossible ones (issue 15, items 1, 14,
15): nothing crashes, every value stays inside the years 0001-9999, an impossible
--published is one usage line everywhere."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.article.time.resolve import SEASONS, Expr, resolve
from tui.cli import load_article, main

ROOT = Path(__file__).resolve().parent.parent
YESTERDAY = "قال الوزير أمس إن الوضع جيد.\n"  # أمس: yesterday
TOMORROW = "وقال الوزير إن الوفد يصل غدا إلى العاصمة.\n"  # غدا: tomorrow
JANUARY = "قال الوزير في 5 يناير إن الوضع جيد.\n"  # a day without a year


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("text", "published"), [
    (YESTERDAY, "0001-01-01"), (TOMORROW, "9999-12-31"), (JANUARY, "9999-12-31"), (JANUARY, "0001-01-01"),
    (YESTERDAY, "0001"), (TOMORROW, "9999"), (YESTERDAY, "0001-01"), (TOMORROW, "9999-12"),
])
def test_relative_dates_at_the_edge_of_the_calendar_stay_unresolved_with_a_reason(tmp_path, capsys, text,
                                                                                   published):
    f = tmp_path / "a.txt"
    f.write_text(text, encoding="utf-8")
    code, out, err = run(["parse", str(f), "--published", published], capsys)
    assert code == 0, err
    (event,) = json.loads(out)["events"]
    value, relation = event["time"]["value"], event["time"]["relation"]
    if value is None:
        assert relation.startswith("out-of-range:"), relation
    else:
        assert "0001" <= value[:4] <= "9999" and value[4:5] in ("", "-"), value


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_the_same_through_the_articles_toml_and_the_dashboard(tmp_path, published):
    f = tmp_path / "a.txt"
    f.write_text(YESTERDAY + TOMORROW, encoding="utf-8")
    (tmp_path / "a.toml").write_text(f'published = "{published}"\n', encoding="utf-8")
    article = load_article(f, None)
    assert article.published == published
    assert any(e.time and e.time.value is None and (e.time.relation or "").startswith("out-of-range")
               for e in article.events)

    from tui.app.app import MarsadApp

    app = MarsadApp(article)

    async def look() -> None:
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.press("1")
            await pilot.pause()

    asyncio.run(look())
    assert app.return_code is None


@pytest.mark.parametrize(("expr", "published"), [
    (Expr("shift", offset=-7, unit="year"), "0001"),  # was "-006"
    (Expr("unit", offset=1, unit="year"), "9999"),  # was "10000"
    (Expr("unit", offset=1, unit="month"), "9999-12"),  # was "10000-01"
    (Expr("shift", offset=-2, unit="month"), "0001-01"),
    (Expr("season", season="SU", mod="next"), "9999-08"),
    (Expr("season", season="WI", mod="past"), "0001-02"),
    (Expr("year", year=9999, part="late"), None),
    (Expr("weekday", weekday=0, mod="next"), "9999-12-31"),
    (Expr("deictic", offset=-1), "0001-01-01"),
])
def test_values_stay_inside_the_years_0001_to_9999(expr, published):
    r = resolve(expr, published)
    if r.value is not None:
        for part in r.value.split("/"):
            assert part[:4].isdigit() and "0001" <= part[:4] <= "9999" and part[4:5] in ("", "-"), r
    else:
        assert r.relation and r.relation.startswith("out-of-range"), r


_KINDS = ["date", "month", "year", "deictic", "weekday", "unit", "shift", "season", "date-in-month"]
edge_refs = st.one_of(
    st.sampled_from(["0001", "0001-01", "0001-01-01", "0001-12-31", "9999", "9999-12", "9999-12-31", "9998-12-31",
                     "0002-01-01", None]),
    st.dates().map(lambda d: d.isoformat()),
)
exprs = st.builds(
    Expr,
    kind=st.sampled_from(_KINDS),
    year=st.one_of(st.none(), st.sampled_from([1, 2, 9998, 9999]), st.integers(1, 9999)),
    month=st.one_of(st.none(), st.integers(1, 12)),
    day=st.one_of(st.none(), st.integers(1, 31)),
    weekday=st.one_of(st.none(), st.integers(0, 6)),
    offset=st.integers(-30, 30),
    unit=st.sampled_from(["day", "week", "month", "year"]),
    mod=st.sampled_from([None, "past", "next", "current", "since"]),
    part=st.sampled_from([None, "early", "mid", "middle", "late", "end", "half1", "week4", "q4"]),
    season=st.sampled_from(sorted(SEASONS)),
    year_rel=st.one_of(st.none(), st.integers(-3, 3)),
    future=st.booleans(),
)


@settings(max_examples=400, deadline=None)
@given(expr=exprs, published=edge_refs)
def test_no_expression_and_no_reference_date_breaks_the_resolver(expr, published):
    if expr.kind in ("date", "date-in-month") and expr.day is None:
        expr = Expr(expr.kind, day=1, month=expr.month or 1, offset=expr.offset)
    if expr.kind in ("date", "month") and expr.month is None:
        return  # the finder never builds these
    if expr.kind == "year" and expr.year is None:
        return
    if expr.kind == "weekday" and expr.weekday is None:
        return
    r = resolve(expr, published)
    if r.value is not None:
        for part in r.value.split("/"):
            head = part[:4]
            assert head == "XXXX" or (head.isdigit() and head != "0000" and part[4:5] in ("", "-")), r


# -- 14, 15: impossible --published, one line everywhere ---------------------------------------------


@pytest.mark.parametrize("bad", ["2023-02-30", "0000-01-01", "0000", "2023-13", "2023-00", "2023-04-31",
                                 "10000-01-01", "August", "2023-8-1"])
@pytest.mark.parametrize("command", [["parse", "FILE"], ["FILE"], ["export", "FILE"]])
def test_an_impossible_published_date_is_one_usage_line_in_every_command(tmp_path, capsys, bad, command):
    f = tmp_path / "a.txt"
    f.write_text(YESTERDAY, encoding="utf-8")
    argv = [str(f) if a == "FILE" else a for a in command] + ["--published", bad]
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1, err
    assert f"argument --published: {bad!r} is not a date" in err


@pytest.mark.parametrize("good", ["0001-01-01", "9999-12-31", "2024-02-29", "2023", "2023-08"])
def test_real_dates_are_accepted(tmp_path, capsys, good):
    f = tmp_path / "a.txt"
    f.write_text(YESTERDAY, encoding="utf-8")
    code, out, _ = run(["parse", str(f), "--published", good], capsys)
    assert code == 0 and json.loads(out)["published"] == good


def test_an_impossible_date_in_the_articles_toml_is_ignored_with_a_warning(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(YESTERDAY, encoding="utf-8")
    (tmp_path / "a.toml").write_text('published = "2023-02-30"\n', encoding="utf-8")
    code, out, err = run(["parse", str(f)], capsys)
    assert code == 0 and json.loads(out)["published"] is None
    assert err == "marsad: warning: the published date '2023-02-30' in the article's .toml is not a real date " \
                  "YYYY[-MM[-DD]]; ignored\n"


def test_the_dashboard_usage_error_is_one_line_in_a_real_process(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(YESTERDAY, encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "tui", str(f), "--published", "2023-13"], capture_output=True,
                       text=True, timeout=60, cwd=ROOT, env={**os.environ})
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr.count("\n") == 1 and p.stderr.startswith("marsad: argument --published"), p.stderr


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
@pytest.mark.parametrize("text", [
    "وصل الوفد اليوم إلى المدينة. وفي اليوم التالي غادر الوفد.",
    "وصل الوفد اليوم إلى المدينة. وفي العام التالي غادر الوفد.",
    "وصل الوفد اليوم إلى المدينة. وفي الشهر السابق كان الوفد هنا.",
    "وصل الوفد اليوم إلى المدينة. وقبل ذلك بيوم كان الوفد هنا.",
])
def test_an_event_dated_from_another_at_the_calendars_edge_has_no_value_outside_it(text, published):
    from tui.article.parse import parse

    for e in parse(text, published).events:
        assert e.time is None or e.time.value is None or ("0000" not in e.time.value and "10000" not in e.time.value)
