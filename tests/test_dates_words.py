"""Timeline dates in words by the UI language; the JSON keeps the TIMEX3 codes."""

from __future__ import annotations

import asyncio

import pytest
from test_app_article import build_article

from tui.view.dates import date_in_words


@pytest.mark.parametrize(("value", "en", "ar"), [
    ("2007-SU", "summer 2007", "صيف 2007"),
    ("2007-WI", "winter 2007", "شتاء 2007"),
    ("2007-Q4", "Oct–Dec 2007", "الربع الرابع من 2007"),
    ("2024-H1", "first half of 2024", "النصف الأول من 2024"),
    ("2031-W32", "week 32 of 2031", "الأسبوع 32 من 2031"),
    ("2031-08-07", "7 Aug 2031", "7 أغسطس 2031"),
    ("2031-08", "Aug 2031", "أغسطس 2031"),
    ("XXXX-03-07", "7 Mar, year unknown", "7 مارس، السنة غير معروفة"),
    ("XXXX-06", "Jun, year unknown", "يونيو، السنة غير معروفة"),
    ("2016", "2016", "2016"),
    ("2031-08-01/2031-08-10", "1 Aug 2031 – 10 Aug 2031", "1 أغسطس 2031 – 10 أغسطس 2031"),
    (None, "date unknown", "تاريخ غير معروف"),
    ("2031-13", "2031-13", "2031-13"),  # not a date this knows: shown as is, never invented
])
def test_codes_in_words(value, en, ar):
    assert date_in_words(value, "en") == en
    assert date_in_words(value, "ar") == ar


def test_an_unknown_language_falls_back_to_english():
    assert date_in_words("2007-SU", "xx") == "summer 2007"


def _timeline_rows(article, language: str) -> list[str]:
    from tui.app.app import MarsadApp

    async def main() -> list[str]:
        app = MarsadApp(article, language=language)
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause()
            region = app.pane("timeline").region
            strips = app.screen._compositor.render_strips()
            return [s.crop(region.x, region.right).text for s in strips[region.y:region.bottom]]

    return asyncio.run(main())


def _with_codes():
    from dataclasses import replace

    art = build_article()
    e1, e2 = art.events
    season = replace(e1, time=replace(e1.time, value="2007-SU", approximate=True))
    unknown = replace(e2, time=replace(e2.time, value=None))
    return replace(art, events=(season, unknown))


def test_timeline_pane_shows_words_not_codes():
    screen = "\n".join(_timeline_rows(_with_codes(), "en"))
    assert "≈summer 2007" in screen and "date unknown" in screen
    assert "2007-SU" not in screen and " ? " not in screen


def test_timeline_pane_in_arabic_when_the_ui_language_is_arabic():
    screen = "\n".join(_timeline_rows(_with_codes(), "ar"))
    assert "صيف 2007" in screen and "تاريخ غير معروف" in screen


def test_json_keeps_the_codes():
    import json

    data = json.loads(_with_codes().to_json())
    assert [e["time"]["value"] for e in data["events"]] == ["2007-SU", None]


def test_language_setting_in_config(tmp_path, monkeypatch):
    from tui.config import load_config

    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path))
    (tmp_path / "config.toml").write_text('language = "ar"\n', encoding="utf-8")
    assert load_config().language == "ar"
    (tmp_path / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    cfg = load_config()
    assert cfg.language == "en" and "language: expected one of en, ar" in cfg.problems[0]
