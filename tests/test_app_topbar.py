"""The top bar names the article: its title from metadata, else the file it came from."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from test_app import WIDE, screen_text
from test_app_article import build_article

from tui.app.app import MarsadApp


async def _top_line(app: MarsadApp) -> str:
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.pause()
        return screen_text(app).splitlines()[0]


def test_an_article_without_a_title_is_named_by_its_file():
    article = replace(build_article(), meta={})
    line = asyncio.run(_top_line(MarsadApp(article, source_name="bbc-report")))
    assert "Marsad · bbc-report" in line


def test_the_title_from_metadata_wins():
    article = replace(build_article(), meta={"title": "تقرير"})
    line = asyncio.run(_top_line(MarsadApp(article, source_name="bbc-report")))
    assert "تقرير" in line and "bbc-report" not in line
