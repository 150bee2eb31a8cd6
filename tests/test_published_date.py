"""The publication date in the dashboard: the header says which date relative dates resolve
against and where it came from; `D` (and the palette) sets it, the timeline re-resolves at
once, and the date is remembered for the article (by its content) in state.toml."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tui.app.app import MarsadApp, TopBar
from tui.article.reference import content_key
from tui.cli import load_article
from tui.config import remembered_published

TEXT = "أعلنت الوزارة أمس عن خطة جديدة للنقل.\nوقال المتحدث إن العمل يبدأ الأحد المقبل.\n"


def topbar(app) -> str:
    return str(app.main.query_one(TopBar).render())


def timeline_values(app) -> list[str | None]:
    return [e.time.value for e in app.pane("timeline").body.items]


def _article_file(tmp_path: Path, text: str = TEXT) -> Path:
    f = tmp_path / "article.txt"
    f.write_text(text, encoding="utf-8")
    return f


def test_d_sets_the_date_resolves_at_once_and_is_remembered(tmp_path):
    f = _article_file(tmp_path)
    article = load_article(f, None, None, remembered_published)
    assert article.published is None and article.meta["published_from"] == "unknown"

    async def main() -> None:
        app = MarsadApp(article)
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause()
            assert "publication date unknown — press D" in topbar(app)
            assert timeline_values(app) == [None, None]
            await pilot.press("D")
            await pilot.pause()
            await pilot.press(*"2024-3", "enter")  # not a date: refused on the field, the prompt stays
            await pilot.pause()
            assert "is not a date" in str(app.screen.query_one("#date-error").render())
            await pilot.press("ctrl+u", *"2024-03-05", "enter")
            await pilot.pause()
            assert "published 2024-03-05 (set by you)" in topbar(app)
            assert sorted(timeline_values(app)) == ["2024-03-04", "2024-03-10"]

    asyncio.run(main())
    assert remembered_published(content_key(TEXT)) == "2024-03-05"
    again = load_article(f, None, None, remembered_published)
    assert again.published == "2024-03-05" and again.meta["published_from"] == "user"
    # the flag still wins over the remembered date
    assert load_article(f, "2020-01-01", None, remembered_published).meta["published_from"] == "flag"


def test_an_empty_date_clears_yours_and_goes_back_to_the_articles_own(tmp_path):
    f = _article_file(tmp_path, "الاثنين 4 مارس 2024 - " + TEXT)

    async def main() -> None:
        app = MarsadApp(load_article(f, None, None, remembered_published))
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause()
            assert "published 2024-03-04 (the article's dateline)" in topbar(app)
            await pilot.press("D", "ctrl+u", *"2025-01-10", "enter")
            await pilot.pause()
            assert "published 2025-01-10 (set by you)" in topbar(app)
            await pilot.press("D", "ctrl+u", "enter")
            await pilot.pause()
            assert "published 2024-03-04 (the article's dateline)" in topbar(app)

    asyncio.run(main())
    assert remembered_published(content_key("الاثنين 4 مارس 2024 - " + TEXT)) is None


def test_header_names_the_metadata_and_a_yearless_dateline(tmp_path):
    f = _article_file(tmp_path, "(وكالة) -- 9 فبراير\n" + TEXT)
    art = load_article(f, None, None, remembered_published)
    assert art.published is None and art.meta["dateline"] == "XXXX-02-09"
    (tmp_path / "article.toml").write_text('published = "2023-02-09"\n', encoding="utf-8")
    with_meta = load_article(f, None, None, remembered_published)
    assert with_meta.meta["published_from"] == "metadata"

    async def main() -> list[str]:
        out = []
        for a in (art, with_meta):
            app = MarsadApp(a)
            async with app.run_test(size=(160, 48)) as pilot:
                await pilot.pause()
                out.append(topbar(app))
        return out

    yearless, meta = asyncio.run(main())
    assert "dateline 9 Feb, year unknown — press D" in yearless
    assert "published 2023-02-09 (metadata)" in meta


def test_palette_offers_the_date():
    from test_app_article import build_article

    async def main() -> None:
        app = MarsadApp(build_article())
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.press("ctrl+p")
            await pilot.pause()
            await pilot.press(*"publication date")
            await pilot.pause()
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen.query("#date-input")

    asyncio.run(main())


def test_marsad_parse_marks_a_dateline_date(tmp_path, capsys):
    import json

    from tui.cli import main

    f = _article_file(tmp_path, "الخميس 7 مارس 2024\n" + TEXT)
    assert main(["parse", str(f)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["published"] == "2024-03-07" and data["meta"]["published_from"] == "dateline"
