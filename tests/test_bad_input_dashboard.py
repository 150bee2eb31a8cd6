"""An article containing text that looks like Rich/Textual markup, or terminal escapes,
opens in the dashboard: the markup is shown literally (never bold, never a link, never a
clickable action) and no escape sequence is drawn."""

from __future__ import annotations

import asyncio
import html

import pytest

from tui.article.doc.tokens import sentences
from tui.article.model import Actor, Article, Quote
from tui.article.parse import parse

MARKUP = ["[bold]", "[/bold]", "[link=https://evil.example]", "[@click=app.quit]", "[red on white]"]
TEXT = (
    "قال الوزير: \"[bold]عاجل[/bold] [link=https://evil.example]اضغط هنا[/link] [@click=app.quit]اخرج[/]\".\n"
    "وأضاف المتحدث \x1b]0;pwned\x07 أن [red on white]الاجتماع[/] انتهى\x1b]52;c;aGk=\x07.\n"
)


def _article() -> Article:
    parsed = parse(TEXT, "2023-05-01")
    text = parsed.text
    q_text = text[text.index("[bold]"):text.index("[/]\"") + 3]
    qs = text.index(q_text)
    cue = text.index("قال")
    name = "[red on white]الاجتماع[/]"
    ns = text.index(name)
    # Hand-built items over the parsed (cleaned) text, so the panes have something to show
    # whatever the extraction stages find.
    speaker = Actor("a1", "الوزير [bold]", "person", titles=("[link=https://evil.example]",),
                    mentions=((text.index("الوزير"), text.index("الوزير") + 6),), why="[@click=app.quit]")
    odd = Actor("a2", name, "organization", mentions=((ns, ns + len(name)),), why="test")
    quote = Quote("q1", qs, qs + len(q_text), q_text, "direct", "a1", "قال", (cue, cue + 3), why="[bold]test")
    return Article(text, "2023-05-01", sentences(text), (speaker, odd), (quote,), (), meta={"title": "[bold]t[/bold]"})


def test_the_model_text_is_clean_but_markup_survives() -> None:
    art = _article()
    assert "\x1b" not in art.text and "\x07" not in art.text and "pwned" not in art.text
    for m in MARKUP:
        assert m in art.text


def test_markup_is_shown_literally_in_every_pane() -> None:
    app_mod = pytest.importorskip("tui.app.app")
    asyncio.run(_check_markup(app_mod.MarsadApp(_article(), rtl_mode="terminal")))


async def _check_markup(app) -> None:
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        from tui.app.source import SourceView

        source = app.query_one(SourceView)
        shown = "\n".join(source.rendered_lines)
        for m in MARKUP:
            assert m in shown, m
        screen = html.unescape(app.export_screenshot()).replace("\xa0", " ")
        for m in ["[bold]t[/bold]", "الوزير [bold]", "[/bold]", "[@click=app.quit]", "[red on white]"]:
            assert m in screen, m
        assert "pwned" not in screen and "\x1b" not in screen
        # Nothing in the source pane became a link or a click action.
        for y in range(source.size.height):
            for seg in source.render_line(y):
                style = seg.style
                if style is not None:
                    assert not style.link, style
                    assert "@click" not in (style.meta or {}) or "app.quit" not in str(style.meta), style.meta
        assert app.is_running  # the [@click=app.quit] text did not quit anything
