"""Pilot tests of the dashboard's key flows, each a user's story on a hand-built article."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest
from pilot_helpers import SMALL, WIDE, run_async_tests, screen_text, status
from test_app_article import TEXT, build_article

from tui.app.app import MarsadApp, TooSmall
from tui.app.help import HelpScreen
from tui.app.pane import ItemList


def notes(app) -> str:
    return "\n".join(n.message for n in app._notifications)


def items(app, pane_id: str) -> tuple:
    return app.pane(pane_id).body.items


async def _settle(pilot, n: int = 2) -> None:
    for _ in range(n):
        await pilot.pause()


@pytest.fixture
def article():
    return build_article()


def focused_pane(app) -> str:
    return app.main.current_pane.id


async def test_number_keys_jump_to_panes_and_titles_show_numbers(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await _settle(pilot)
        for key, pid in (("1", "timeline"), ("3", "quotes"), ("4", "source"), ("2", "actors")):
            await pilot.press(key)
            assert focused_pane(app) == pid
        text = screen_text(app)
        for title in ("1 Timeline", "2 Actors", "3 Quotes", "4 Source"):
            assert title in text


async def test_tab_and_shift_tab_cycle_panes(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("1", "tab")
        assert focused_pane(app) == "actors"
        await pilot.press("tab", "tab", "tab")
        assert focused_pane(app) == "timeline"
        await pilot.press("shift+tab")
        assert focused_pane(app) == "source"


async def test_j_k_and_arrows_move_the_cursor(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        lst = app.pane("actors").body
        assert lst.highlighted == 0
        await pilot.press("j", "j")
        assert lst.highlighted == 2
        await pilot.press("k", "up")
        assert lst.highlighted == 0
        await pilot.press("down")
        assert lst.highlighted_item.id == "a2"


async def test_enter_on_actor_shows_only_its_quotes_and_events_and_esc_clears(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "j", "j", "enter")  # حمدي العسيلي
        await _settle(pilot)
        assert app.flt.actor == "a3"
        assert [q.id for q in items(app, "quotes")] == ["q3"]
        assert [e.id for e in items(app, "timeline")] == ["e2"]
        assert [a.id for a in items(app, "actors")] == ["a3"]
        assert "actor حمدي العسيلي" in status(app)
        src = app.pane("source")
        assert src.mentions == article.actor("a3").mentions
        await pilot.press("escape")
        await _settle(pilot)
        assert app.flt.actor is None
        assert len(items(app, "quotes")) == len(article.quotes)
        assert "no filter" in status(app)


async def test_enter_on_quote_scrolls_source_and_highlights_the_span(article):
    app = MarsadApp(article)
    async with app.run_test(size=(160, 20)) as pilot:
        await pilot.press("3", "j", "j", "enter")  # q3, on the 4th paragraph
        await _settle(pilot)
        q = article.quotes[2]
        src = app.pane("source")
        assert src.selected == (q.start, q.end)
        view = src.body
        # the span's style is on the span's characters
        span_style = f"on {app.palette['marsad-hl-span']}"
        assert (q.start, q.end, span_style) in view.spans
        # and the line holding it is on screen
        line = view.line_of(q.start)
        assert view.scroll_offset.y <= line < view.scroll_offset.y + view.size.height
        assert q.text.split()[0] in view.rendered_lines[line]
        await pilot.press("escape")  # 160×20 is compact: first back to Quotes, then the highlight goes
        assert focused_pane(app) == "quotes" and src.selected == (q.start, q.end)
        await pilot.press("escape")
        assert src.selected is None


async def test_enter_on_event_highlights_its_span(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("1", "enter")
        await _settle(pilot)
        first = items(app, "timeline")[0]
        assert first.id == "e2"  # 2031-W08 sorts before 2031-03-02
        assert app.pane("source").selected == (first.start, first.end)


async def test_timeline_shows_date_expression_and_marks_approximate(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await _settle(pilot)
        text = screen_text(app)
        assert "≈week 8 of 2031" in text and "الأسبوع الماضي" in text  # the code 2031-W08, in words
        assert "2 Mar 2031" in text and "≈2 Mar 2031" not in text


async def test_actor_card_shows_kind_titles_affiliation_counts_and_why(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await _settle(pilot)
        text = screen_text(app)
        assert "نائبة وزير شؤون الأرخبيل" in text
        assert "of جزر القمر" in text  # affiliation given as an actor id shows its name
        assert "1 quote · 2 mentions" in text
        assert "why: title + name" in text


async def test_markup_in_article_text_is_shown_literally(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await _settle(pilot)
        text = screen_text(app)
        assert "[bold]x[/bold] ليس تنسيقا" in text  # quote pane and source
        assert "why: [bold]reporting verb[/bold]" in text


async def test_help_shows_the_focused_panes_text_and_keys(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3", "question_mark")
        await _settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert "### Quotes" in app.screen.pane_help
        described = {desc for _key, desc, _where, _id in app.screen.keys}
        assert any(desc == "Copy" and "y" in keys.split() and bid.startswith("quotes.copy")
                   for keys, desc, _where, bid in app.screen.keys)
        assert any(desc == "Down" and "j" in keys.split() for keys, desc, _where, _id in app.screen.keys)
        assert {"Show in source", "Copy", "Filter", "Quit", "Zoom", "Save preset"} <= described
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("2", "question_mark")
        assert "### Actors" in app.screen.pane_help


async def test_slash_filters_the_focused_pane_live_and_bang_negates(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "slash")
        await pilot.press(*"الدولاتي")
        await _settle(pilot)
        assert [a.id for a in items(app, "actors")] == ["a1"]
        assert "actors/الدولاتي" in status(app)
        assert "A 1/4" in status(app)
        await pilot.press("enter")  # keeps the filter, back to the list
        assert isinstance(app.focused, ItemList)
        assert app.flt.actors_query == "الدولاتي"
        await pilot.press("slash", "home")
        await pilot.press("!")
        await _settle(pilot)
        assert "a1" not in [a.id for a in items(app, "actors")]
        await pilot.press("escape")  # esc on the line clears it
        await _settle(pilot)
        assert app.flt.actors_query == ""
        assert len(items(app, "actors")) == 4


async def test_empty_list_says_why(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "slash", *"zzz")
        await _settle(pilot)
        assert "No actors match the filter (esc clears it)" in screen_text(app)
    empty = MarsadApp(replace(article, quotes=(), events=()))
    async with empty.run_test(size=WIDE) as pilot:
        await _settle(pilot)
        assert "No quotes found in this article" in screen_text(empty)
        assert "No dated events found in this article" in screen_text(empty)


async def test_s_on_a_quote_shows_only_its_speaker(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3", "j", "s")
        await _settle(pilot)
        assert app.flt.actor == "a2"
        assert [q.id for q in items(app, "quotes")] == ["q2"]


async def test_query_is_arabic_aware(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3", "slash")
        await pilot.press(*"الشروط")  # the text has "الشروط"; try the bare form
        await _settle(pilot)
        assert [q.id for q in items(app, "quotes")] == ["q2"]


async def test_source_filter_highlights_matches(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("4", "slash")
        await pilot.press(*"المرجان")
        await _settle(pilot)
        spans = [s for s in app.pane("source").body.spans if "reverse" in s[2]]
        assert spans and all(TEXT[s:e] == "المرجان" for s, e, _ in spans)
        assert "1 match" in app.pane("source").border_subtitle


async def test_save_preset_writes_presets_toml_and_marks_changes(article, tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path))
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "slash", *"الدولاتي", "enter")
        await pilot.press("ctrl+s")
        await _settle(pilot)
        await pilot.press(*"mine", "enter")
        await _settle(pilot)
        saved = (tmp_path / "presets.toml").read_text(encoding="utf-8")
        assert "[presets.mine]" in saved and "الدولاتي" in saved
        assert "preset mine" in status(app) and "mine*" not in status(app)
        await pilot.press("slash", "end", *" x")
        await _settle(pilot)
        assert "mine*" in status(app)


async def test_presets_reload_list_load_cycle_rename_delete(article, tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path))
    (tmp_path / "presets.toml").write_text(
        '[presets.norwegian]\nactors_query = "نرويجي"\n\n[presets.people]\nkinds = ["person"]\n', encoding="utf-8")
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("p")
        await _settle(pilot)
        await pilot.press("j", "enter")  # "people"
        await _settle(pilot)
        assert app.preset_name == "people"
        assert {a.kind for a in items(app, "actors")} == {"person"}
        await pilot.press("right_square_bracket")
        assert app.preset_name == "norwegian"
        assert [a.id for a in items(app, "actors")] == ["a2"]
        await pilot.press("p", "r")
        await _settle(pilot)
        await pilot.press("ctrl+u", *"nor", "enter")
        await _settle(pilot)
        assert "nor" in app.presets and "norwegian" not in app.presets
        await pilot.press("d")
        await _settle(pilot)
        await pilot.press("escape")
        assert sorted(app.presets) == ["people"]
    assert "[presets.nor]" not in (tmp_path / "presets.toml").read_text(encoding="utf-8")


async def test_preset_option_at_start(article, tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path))
    (tmp_path / "presets.toml").write_text('[presets.direct]\nquote_kinds = ["direct"]\n', encoding="utf-8")
    app = MarsadApp(article, preset="direct")
    async with app.run_test(size=WIDE) as pilot:
        await _settle(pilot)
        assert {q.kind for q in items(app, "quotes")} == {"direct"}
        assert "preset direct" in status(app)


async def test_bad_presets_file_still_starts_and_names_the_line(article, tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path))
    (tmp_path / "presets.toml").write_text(
        '[presets.good]\nkinds = ["person"]\n\n[presets.bad]\nkinds = "person"\n', encoding="utf-8")
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await _settle(pilot)
        assert "good" in app.presets and "bad" not in app.presets
        assert "line 5" in notes(app) and "'bad'" in notes(app)


async def test_escapes_from_user_files_never_reach_the_terminal(article, tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path))
    app = MarsadApp(article, preset="x\x1b]2;PWNED\x07")  # e.g. from a shell script
    async with app.run_test(size=WIDE) as pilot:
        app.presets["evil\x1b]2;T\x07"] = app.flt  # as if a store let one through
        app.preset_name = "evil\x1b]2;T\x07"
        app.refresh_status()
        await pilot.press("p")
        await _settle(pilot)
        text = screen_text(app)
        assert "\x1b" not in text and "\x07" not in text
        assert "\\x1b" in text  # shown, visibly
        assert all("\x1b" not in n.message for n in app._notifications)


async def test_read_only_config_says_it_cannot_save_and_keeps_preset_in_memory(article, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the config folder should be", encoding="utf-8")
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(blocker / "marsad"))  # cannot be created, even by root
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await _settle(pilot)
        assert "cannot save presets" in notes(app)
        await pilot.press("2", "slash", *"نرويجي", "enter", "ctrl+s")
        await _settle(pilot)
        await pilot.press(*"kept", "enter")
        await _settle(pilot)
        assert "kept" in app.presets
        assert "kept in memory" in notes(app)
        await pilot.press("slash", "escape", "right_square_bracket")  # clear, then load it back from memory
        await _settle(pilot)
        assert app.flt.actors_query == "نرويجي"


async def test_theme_picker_previews_live_and_remembers(article, tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path))
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        assert app.theme == "marsad-dark"
        await pilot.press("t")
        await _settle(pilot)
        await pilot.press("j")  # preview the next theme
        await _settle(pilot)
        previewed = app.theme
        assert previewed != "marsad-dark"
        await pilot.press("enter")
        await _settle(pilot)
        assert app.theme == previewed
        assert app.palette["marsad-actor-person"] != ""
    assert f'theme = "{previewed}"' in (tmp_path / "state.toml").read_text(encoding="utf-8")


async def test_theme_picker_escape_restores(article):
    app = MarsadApp(article, theme="marsad-light")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("t", "j", "j")
        await _settle(pilot)
        assert app.theme != "marsad-light"
        await pilot.press("escape")
        assert app.theme == "marsad-light"


async def test_unknown_theme_falls_back_with_a_message(article):
    app = MarsadApp(article, theme="nope")
    async with app.run_test(size=WIDE) as pilot:
        await _settle(pilot)
        assert app.theme == "marsad-dark"
        assert "no theme named 'nope'" in notes(app)


async def test_export_writes_visible_items_to_the_current_directory(article, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = MarsadApp(article, source_name="islands")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "enter")  # only الدولاتي
        await pilot.press("e")
        await _settle(pilot)
        await pilot.press("j", "enter")  # json
        await _settle(pilot)
        out = tmp_path / "marsad-islands.json"
        assert out.exists()
        data = out.read_text(encoding="utf-8")
        assert '"q1"' in data and '"q2"' not in data
        assert str(out) in notes(app)
        await pilot.press("e", "enter")  # md, beside it
        await _settle(pilot)
        assert (tmp_path / "marsad-islands.md").exists()


async def test_z_zooms_the_focused_pane_and_back(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3", "z")
        assert app.main.maximized is app.pane("quotes")
        await pilot.press("z")
        assert app.main.maximized is None
        await pilot.press("z", "escape")
        assert app.main.maximized is None


async def test_copy_quote_with_source_reference(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3", "j", "y")
        q = article.quotes[1]
        assert q.text in app.clipboard
        assert "مسؤول نرويجي" in app.clipboard and f"characters {q.start}–{q.end}" in app.clipboard
        await pilot.press("k", "c")
        assert article.quotes[0].text in app.clipboard


async def test_small_terminal_shows_one_pane_with_tabs(article):
    app = MarsadApp(article)
    async with app.run_test(size=SMALL) as pilot:
        await _settle(pilot)
        assert app.main.has_class("-compact")
        shown = [p.id for p in app.main.panes if p.display and p.region.height]
        assert shown == ["timeline"]  # the first non-empty of Timeline, Quotes, Actors
        await pilot.press("3")
        await _settle(pilot)
        shown = [p.id for p in app.main.panes if p.region.height]
        assert shown == ["quotes"]
        text = screen_text(app)
        assert "1 Timeline" in text and "4 Source" in text  # the tabs
        await pilot.press("enter")  # a quote: the source comes forward
        await _settle(pilot)
        assert focused_pane(app) == "source"


async def test_too_small_terminal_says_so(article):
    app = MarsadApp(article)
    async with app.run_test(size=(50, 12)) as pilot:
        await _settle(pilot)
        assert app.main.query_one(TooSmall).region.height > 0
        assert "Terminal too small" in screen_text(app)
        assert all(p.region.height == 0 for p in app.main.panes)


async def test_keymap_remaps_bindings_by_id(article):
    app = MarsadApp(article, keymap={"pane.4": "f4", "quit": "ctrl+x"})
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("f4")
        assert focused_pane(app) == "source"
        await pilot.press("q")  # no longer quits
        assert app.is_running
        await pilot.press("ctrl+x")
        await _settle(pilot)
    assert not app.is_running


async def test_unknown_keymap_id_is_reported(article):
    app = MarsadApp(article, keymap={"no.such.binding": "x", "zoom": "Z"})
    async with app.run_test(size=WIDE) as pilot:
        await _settle(pilot)
        assert "[keymap] no.such.binding" in notes(app)
        assert "[keymap] zoom" not in notes(app)


async def test_facets_apply_live_to_all_panes(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("f")
        await _settle(pilot)
        await pilot.press("space")  # first kind: person
        await _settle(pilot)
        assert app.flt.kinds == frozenset({"person"})
        await pilot.press("escape")
        assert {a.kind for a in items(app, "actors")} == {"person"}
        assert {q.speaker for q in items(app, "quotes")} == {"a1", "a3"}
        assert "kind=person" in status(app)


async def test_facet_date_range_keeps_overlapping_events_and_ignores_half_typed_dates(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("f")
        await _settle(pilot)
        app.screen.query_one("#date-from").focus()
        await pilot.press(*"2031-0")  # "2031-0" is no date: the last valid one ("2031") stays
        await _settle(pilot)
        assert app.flt.date_from == "2031"
        await pilot.press("3")
        await _settle(pilot)
        assert app.flt.date_from == "2031-03"
        assert [e.id for e in items(app, "timeline")] == ["e1"]
        await pilot.press("ctrl+r")
        await _settle(pilot)
        assert app.flt.date_from is None and len(items(app, "timeline")) == 2


async def test_command_palette_jumps_to_a_pane(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("ctrl+p")
        await _settle(pilot)
        await pilot.press(*"Jump to Source")
        await _settle(pilot, 4)
        await pilot.press("enter")
        await _settle(pilot)
        assert focused_pane(app) == "source"


async def test_command_palette_switches_theme_and_loads_presets(article, tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path))
    (tmp_path / "presets.toml").write_text('[presets.direct]\nquote_kinds = ["direct"]\n', encoding="utf-8")
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        for command in ("marsad-light", "preset: direct"):  # enough to make each the top hit
            await pilot.press("ctrl+p")
            await _settle(pilot)
            await pilot.press(*command)
            await _settle(pilot, 4)
            await pilot.press("enter")
            await _settle(pilot)
        assert app.theme == "marsad-light"
        assert app.preset_name == "direct"
    assert 'theme = "marsad-light"' in (tmp_path / "state.toml").read_text(encoding="utf-8")


async def test_m_toggles_the_mouse_and_the_status_bar_says_so(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        assert app.mouse_on is False and "mouse off" in status(app)
        await pilot.press("m")
        assert app.mouse_on is True and "mouse off" not in status(app)


def test_every_binding_has_an_id():
    from textual.binding import Binding

    import tui.app.app as app_module

    ids = app_module.binding_ids()
    classes = [c for c in vars(app_module).values() if isinstance(c, type)]
    from tui.app import actors, dialogs, facets, help, pane, presets_screen, quotes, source, timeline

    for module in (actors, dialogs, facets, help, pane, presets_screen, quotes, source, timeline):
        classes += [c for c in vars(module).values() if isinstance(c, type) and c.__module__ == module.__name__]
    for cls in classes:
        for b in getattr(cls, "BINDINGS", []) if cls.__module__.startswith("tui.app") else []:
            assert isinstance(b, Binding) and b.id, f"{cls.__name__}: {b!r} has no id"
            assert b.id in ids, f"{cls.__name__}: {b.id} missing from binding_ids()"


async def test_right_to_left_mode_key_rerenders_panes(article, tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path))
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await _settle(pilot)
        assert "سلمى الدولاتي" in screen_text(app)
        await pilot.press("r")  # terminal → app: shaped and reordered by Marsad
        await _settle(pilot)
        assert app.rtl_mode == "app"
        assert "سلمى الدولاتي" not in screen_text(app)


def test_cli_imports_no_textual():
    code = "import sys, tui.cli; sys.exit('textual' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


async def test_w_shows_and_hides_why_lines_in_quotes_and_timeline(article):
    app = MarsadApp(article)
    async with app.run_test(size=WIDE) as pilot:
        await _settle(pilot)
        assert "why: test" not in screen_text(app) and "why: verb + date" not in screen_text(app)
        await pilot.press("3", "w")
        await _settle(pilot)
        assert "why: test" in screen_text(app)
        assert "why: verb + date" not in screen_text(app)  # each pane keeps its own setting
        await pilot.press("1", "w")
        await _settle(pilot)
        assert "why: verb + date" in screen_text(app)
        await pilot.press("3", "w")
        await _settle(pilot)
        assert "why: test" not in screen_text(app)


run_async_tests(globals())

