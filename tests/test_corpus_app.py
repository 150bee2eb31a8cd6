"""The corpus dashboard under Pilot (issue 16): the five panes fill from a background load,
`enter` on an article opens the single-article dashboard and `esc` comes back, `/` and the
facets narrow every pane, `m` splits and merges cards (saved beside the corpus and applied
on reopening), export, presets naming the corpus, right-to-left modes, small terminals."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from pilot_helpers import SMALL, WIDE, run_async_tests, screen_text, status

from tui.app.app import MainScreen
from tui.app.corpus_app import CorpusApp, CorpusScreen
from tui.app.corpus_dialogs import CardPicker, CorpusFacetScreen, MembersScreen
from tui.app.pane import Pane
from tui.corpus import corrections as corr
from tui.corpus.load import resolve
from tui.corpus.workspace import open_workspace

pytestmark = pytest.mark.usefixtures("corpus_cache")


def make_app(corpus: Path, **kw) -> CorpusApp:
    src = resolve([corpus])
    return CorpusApp(src, loader=lambda progress: open_workspace(src, jobs=1, progress=progress), **kw)


@contextlib.asynccontextmanager
async def opened(corpus: Path, size: tuple[int, int] = WIDE, **kw) -> AsyncIterator[tuple[CorpusApp, Any]]:
    """The corpus app on ``corpus`` under Pilot, once the background load is done."""
    app = make_app(corpus, **kw)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot, app)
        yield app, pilot


async def loaded(pilot, app) -> None:
    for _ in range(200):
        await pilot.pause(0.05)
        if app.ws is not None and not app.indexing:
            break
    await pilot.pause()
    assert app.ws is not None, status(app)


async def test_the_panes_fill_from_the_background_load(corpus: Path) -> None:
    app = make_app(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert "loading articles" in status(app) or app.ws is not None  # the first frame comes before the load
        await loaded(pilot, app)
        text = screen_text(app)
        for title in ("1 Articles", "2 Timeline", "3 Actors", "4 Quotes", "5 Source"):
            assert title in text
        n = len(app.ws.view.cards)  # how many actors the parser finds is the engine's business
        assert f"Art 4/4  T 5/5  A {n}/{n}  Q 7/7" in status(app) and n < sum(len(d.article.actors)
                                                                             for d in app.ws.docs if d.ok)
        assert "الحكومة تدعم المزارعين" in text and "✗ empty.txt" in text
        assert "3 articles · 3 quotes" in text  # the merged minister's card
        assert "corpus news · 4 articles (1 unreadable)" in text


async def test_a_keymap_may_remap_corpus_keys_and_an_unknown_id_is_one_notice(corpus: Path) -> None:
    keymap = {"pane.5": "f5", "members.nope": "y", "members.split": "S", "picker.cancel": "ctrl+g"}
    async with opened(corpus, keymap=keymap) as (app, pilot):
        notes = [n.message for n in app._notifications]
        assert any("[keymap] members.nope: no key binding has this id" in n for n in notes), notes
        for known in ("pane.5", "members.split", "picker.cancel"):  # the corpus screens' and dialogs' ids
            assert not any(known in n for n in notes), (known, notes)
        await pilot.press("f5")
        await pilot.pause()
        assert app.corpus_screen.current_pane.id == "source"


async def test_enter_opens_an_article_alone_and_esc_comes_back(corpus: Path) -> None:
    async with opened(corpus) as (app, pilot):
        await pilot.press("1", "j")  # the second article by date: wire/b.txt
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert app.in_article and isinstance(app.screen, MainScreen) and not isinstance(app.screen, CorpusScreen)
        assert app.article.text.startswith("أعلن الحداد")
        text = screen_text(app)
        assert "1 Timeline" in text and "4 Source" in text and "مبلغ إضافي للري" in text
        await pilot.press("2", "slash")
        await pilot.press(*"مصدر")
        await pilot.press("enter")
        await pilot.pause()
        assert app.flt.actors_query == "مصدر"
        await pilot.press("escape")  # first esc: the pane's filter goes
        await pilot.pause()
        assert app.in_article and app.flt.actors_query == ""
        await pilot.press("escape")  # then back to the corpus, its filter as it was
        await pilot.pause()
        await pilot.pause()
        assert not app.in_article and isinstance(app.screen, CorpusScreen)
        assert "Art 4/4" in status(app)


async def test_a_pane_key_right_after_esc_is_not_undone_by_the_return(corpus: Path) -> None:
    async with opened(corpus) as (app, pilot):
        await pilot.press("1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        # esc, then "3" handled before the corpus screen's first repaint (a fast typist, a busy machine)
        app.close_article()
        app.corpus_screen.query_one("#actors", Pane).focus_body()
        for _ in range(5):
            await pilot.pause()
        assert app.corpus_screen.current_pane.id == "actors"


async def test_slash_filters_the_quotes_of_every_article(corpus: Path) -> None:
    async with opened(corpus) as (app, pilot):
        await pilot.press("4", "slash")
        await pilot.press(*"النقابة")
        await pilot.pause()
        assert "Q 1/7" in status(app)
        await pilot.press("enter")
        await pilot.press("enter")  # the quote's article in Source, highlighted
        await pilot.pause()
        source = app.corpus_screen.query_one("#source")
        assert source.selected is not None and "c.txt" in str(source.border_title)
        start, end = source.selected
        assert source.article.text[start:end] == "إن النقابة ترحب بخطة وزير الزراعة سمير الحداد"
        await pilot.press("escape")  # the highlight, then the filter
        await pilot.press("escape")
        await pilot.pause()
        assert "Q 7/7" in status(app)


async def test_enter_on_an_actor_shows_only_its_quotes_and_events(corpus: Path) -> None:
    async with opened(corpus) as (app, pilot):
        await pilot.press("3", "enter")
        await pilot.pause()
        assert "actor سمير الحداد" in status(app) and "Q 3/7" in status(app) and "Art 3/4" in status(app)
        source = app.corpus_screen.query_one("#source")
        assert source.mentions  # its first article, its mentions marked
        await pilot.press("escape")
        await pilot.pause()
        assert "Q 7/7" in status(app)


async def test_facets_choose_an_outlet(corpus: Path) -> None:
    async with opened(corpus) as (app, pilot):
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, CorpusFacetScreen)
        outlets = app.screen.query_one("#facet-outlets")
        outlets.select("wire")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.flt.outlets == frozenset({"wire"})
        assert "Art 1/4" in status(app) and "outlet=wire" in status(app)


async def test_facets_article_dates_narrow_every_pane_to_those_articles(corpus: Path) -> None:
    async with opened(corpus) as (app, pilot):
        await pilot.press("f")
        await pilot.pause()
        app.screen.query_one("#article-from").focus()
        await pilot.press(*"2024-03-05")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.flt.article_from == "2024-03-05"
        # b.txt (5 March) and c.txt (7 March); a.txt (4 March) and the unreadable file drop out
        assert "Art 2/4" in status(app) and "Q 4/7" in status(app)


async def test_facets_refuse_a_bad_article_date_and_name_its_field(corpus: Path) -> None:
    async with opened(corpus) as (app, pilot):
        await pilot.press("f")
        await pilot.pause()
        field = app.screen.query_one("#article-from")
        field.focus()
        await pilot.press(*"2024-13")
        await pilot.pause()
        assert field.has_class("-invalid") and app.flt.article_from == "2024"  # the last valid value stays
        assert "articles from: '2024-13' is not a date" in screen_text(app)


async def test_m_splits_a_member_off_saves_it_and_reopening_applies_it(corpus: Path) -> None:
    async with opened(corpus) as (app, pilot):
        await pilot.press("3", "m")
        await pilot.pause()
        assert isinstance(app.screen, MembersScreen)
        text = screen_text(app)
        assert "in wire/b.txt" in text and "short form" in text
        n = len(app.ws.view.cards)
        await pilot.press("j", "j", "s")  # the third member: الحداد in wire/b.txt
        for _ in range(40):
            await pilot.pause(0.05)
            if len(app.ws.view.cards) == n + 1:
                break
        assert len(app.ws.view.cards) == n + 1
    saved = corr.read(corpus / "marsad-corrections.toml")
    assert saved.corrections == [corr.Correction("split", corr.MemberRef("wire/b.txt", "الحداد", "person"))]
    again = open_workspace(resolve([corpus]), jobs=1)
    assert {c.name for c in again.view.cards} >= {"الحداد", "سمير الحداد"}


async def test_m_then_a_merges_two_cards_through_the_picker(corpus: Path) -> None:
    async with opened(corpus) as (app, pilot):
        n = len(app.ws.view.cards)
        await pilot.press("3", "j", "m")  # رنا العلي
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, CardPicker)
        await pilot.press(*"كريم")
        await pilot.pause()
        assert "1 article · " in screen_text(app)  # one article, not "1 articles"
        await pilot.press("enter")
        for _ in range(40):
            await pilot.pause(0.05)
            if len(app.ws.view.cards) == n - 1:
                break
        assert len(app.ws.view.cards) == n - 1
        merged = next(c for c in app.ws.view.cards if "merged by you" in c.why)
        assert {m.actor.name for m in merged.members} == {"رنا العلي", "كريم بن حمدان"}
    assert corr.read(corpus / "marsad-corrections.toml").corrections[0].action == "merge"


async def test_a_broken_corrections_file_is_one_notice_and_the_corpus_opens(corpus: Path) -> None:
    (corpus / "marsad-corrections.toml").write_bytes(b"[[correction]\n\xff")
    async with opened(corpus) as (app, _pilot):
        notes = [n.message for n in app._notifications]
        assert any("marsad-corrections.toml" in n and "no corrections were applied" in n for n in notes)
        n = len(app.ws.view.cards)
        assert f"A {n}/{n}" in status(app) and len(app.ws.view.cards[0].members) == 3  # merged as usual


async def test_export_writes_the_visible_corpus(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    async with opened(corpus) as (app, pilot):
        app.set_filter(app.flt.__class__(quotes_query="النقابة"))
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        text = screen_text(app)
        assert "marsad.corpus/1" in text and "marsad.article/1" not in text  # the corpus's formats, not one article's
        await pilot.press("j", "enter")  # json
        await pilot.pause()
        path = tmp_path / "marsad-corpus-news.json"
    import json

    data = json.loads(path.read_text(encoding="utf-8"))
    assert path.name == "marsad-corpus-news.json" and len(data["quotes"]) == 1


async def test_a_preset_saved_in_corpus_mode_names_the_corpus(corpus: Path) -> None:
    async with opened(corpus) as (app, pilot):
        app.set_filter(app.flt.__class__(outlets=frozenset({"wire"})))
        app.save_preset("wire only")
        await pilot.pause()
    from tui.corpus.cli import preset_corpus
    from tui.view.presets import PresetStore

    flt = PresetStore().load().presets["wire only"]
    assert flt.outlets == frozenset({"wire"}) and Path(flt.corpus) == corpus.resolve()
    assert preset_corpus("wire only") == corpus.resolve()
    async with opened(corpus, preset="wire only") as (app, pilot):
        assert "Art 1/4" in status(app) and "preset wire only" in status(app)


async def test_right_to_left_app_mode_shapes_the_corpus_panes(corpus: Path) -> None:
    async with opened(corpus, rtl_mode="app") as (app, _pilot):
        text = screen_text(app)
        assert "الحكومة تدعم المزارعين" not in text  # laid out by Marsad: shaped, in screen order
        assert any("\ufe70" <= ch <= "\ufefc" for ch in text)  # joined letter forms
        assert "rtl app" in status(app)


async def test_a_file_name_title_keeps_its_order_in_app_mode_and_a_long_title_keeps_its_date_line(
        corpus: Path) -> None:
    # no .toml: the file name is the title; a right-to-left paragraph would move "07_" to its end
    (corpus / "07_farm-report-2024.txt").write_text("وقال المتحدث إن الموسم جيد.\n", encoding="utf-8")
    long_title = " ".join(["عنوان طويل جدا عن خطة دعم المزارعين"] * 6)
    (corpus / "a.toml").write_text(f'title = "{long_title}"\noutlet = "الرصد اليومي"\npublished = "2024-03-04"\n',
                                   encoding="utf-8")
    async with opened(corpus, rtl_mode="app") as (app, pilot):
        await pilot.press("1", "z")  # the Articles pane alone: its rows are what is on screen
        await pilot.pause()
        text = screen_text(app)
        assert "07_farm-report-2024.txt" in text
        # the long title's second row is still its date line, in order beside an Arabic outlet
        a = next(d.article for d in app.ws.docs if d.name == "a.txt")
        assert f"4 Mar 2024 (.toml) · A {len(a.actors)} · Q {len(a.quotes)} · T {len(a.events)}" in text
        assert text.count(" · A ") == 4


async def test_the_members_dialog_lays_out_its_arabic_for_app_mode(corpus: Path) -> None:
    async with opened(corpus, rtl_mode="app") as (app, pilot):
        await pilot.press("3", "m")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, MembersScreen)
        text = screen_text(app)
        # the border title and the why: shaped, in screen order, not the raw logical text
        assert "Members of " in text and "Members of سمير الحداد" not in text
        assert "why: " in text and "«سمير الحداد»" not in text and "«الحداد»" not in text
        assert "ﺩﺍﺪﺤﻟﺍ" in text  # الحداد in joined forms, right to left
        await pilot.press("a")
        await pilot.pause()
        assert "Merge " in screen_text(app) and "Merge سمير الحداد" not in screen_text(app)


async def test_source_shows_only_the_chosen_article_not_what_it_showed_before(corpus: Path) -> None:
    from tui.app.source import SourceView

    async with opened(corpus) as (app, pilot):
        v = app.ws.view
        # a quote outside its article's first paragraph: that paragraph is then laid out
        # without highlights at offset 0, as the placeholder's was, and must not be reused
        pos = next(n for n, cq in enumerate(v.quotes)
                   if cq.quote.start > v.doc(cq.doc).full_article().text.index("\n"))
        await pilot.press("4", *["j"] * pos, "enter")
        await pilot.pause()
        await pilot.pause()
        shown = app.corpus_screen.query_one(SourceView).rendered_lines
        text = v.doc(v.quotes[pos].doc).full_article().text
        assert not any("enter on an article" in line for line in shown)
        assert text.startswith(shown[0].strip())


async def test_a_small_terminal_shows_one_pane_at_a_time_with_tabs(corpus: Path) -> None:
    async with opened(corpus, size=SMALL) as (app, pilot):
        top = screen_text(app).splitlines()[0]
        assert "1 Articles 4/4" in top and "5 Source" in top
        await pilot.press("4", "enter")
        await pilot.pause()
        assert app.corpus_screen.current_pane.id == "source"
        await pilot.press("escape")
        await pilot.pause()
        assert app.corpus_screen.current_pane.id == "quotes"


run_async_tests(globals())
