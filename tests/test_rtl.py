"""The right-to-left line pipeline: wrap logically, then shape and reorder each line.

Expected visual strings are written out by hand (presentation-form code points reasoned
from the joining rules), or checked against arabic-reshaper's own ``reshape`` — never
computed with the functions under test.
"""

from __future__ import annotations

import unicodedata

import arabic_reshaper
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.app import rtl

# "الدولاتي" (an invented family name) shaped: isolated alef, initial lam, final dal,
# isolated waw, isolated lam-alef, initial teh, final yeh — then reversed for the screen.
DAWLATI_VISUAL = "\ufef2\ufe97\ufefb\ufeed\ufeaa\ufedf\ufe8d"
# "إيتوام" (an invented agency's acronym) shaped (isolated alef-hamza-below, initial yeh,
# medial teh, final waw, isolated alef, isolated meem), reversed.
ITWAM_VISUAL = "\ufee1\ufe8d\ufeee\ufe98\ufef3\ufe87"


def shaped_reversed(word: str) -> str:
    """Oracle for one Arabic word without marks: the library's shaping, reversed."""
    return arabic_reshaper.reshape(word)[::-1]


def one_line(text: str, width: int, mode: str) -> str:
    lines = rtl.visual_lines(text, width, mode)
    assert len(lines) == 1, lines
    return lines[0]


# ---------------------------------------------------------------- modes, one word


def test_a_name_is_shaped_and_reversed_in_app_mode():
    assert one_line("الدولاتي", 7, "app") == DAWLATI_VISUAL


def test_a_name_is_right_aligned_in_app_mode():
    assert one_line("الدولاتي", 10, "app") == "   " + DAWLATI_VISUAL


def test_terminal_mode_sends_logical_text_untouched():
    assert one_line("الدولاتي", 20, "terminal") == "الدولاتي"


def test_words_mode_keeps_letters_logical():
    assert one_line("الدولاتي", 8, "words") == "الدولاتي"


@pytest.mark.parametrize("word", ["إيتوام", "السلام", "الإمارات", "مصطفى", "فلسطين", "الآن", "شيء", "مسؤول", "لأن"])
def test_shaping_agrees_with_arabic_reshaper(word):
    assert one_line(word, 40, "app").strip() == shaped_reversed(word)


# ---------------------------------------------------------------- sentences


def test_word_order_of_a_sentence():
    # قالت (إيتوام) إن  →  إن (إيتوام) قالت, read right to left
    line = one_line("قالت (إيتوام) إن", 16, "app")
    assert line == shaped_reversed("إن") + " (" + ITWAM_VISUAL + ") " + shaped_reversed("قالت")


def test_brackets_are_mirrored_not_reversed():
    for mode in ("app", "words"):
        line = one_line("قالت (إيتوام) إن", 30, mode)
        assert ")" not in line.split("(")[0], (mode, line)
        assert line.index("(") < line.index(")"), (mode, line)
    assert "(إيتوام)" in one_line("قالت (إيتوام) إن", 30, "words")


def test_latin_and_dates_read_left_to_right_inside_arabic():
    text = "قال CNN في 2/3/2031 إن"
    assert one_line(text, 22, "app") == (
        shaped_reversed("إن") + " 2/3/2031 " + shaped_reversed("في") + " CNN " + shaped_reversed("قال")
    )
    assert one_line(text, 22, "words") == "إن 2/3/2031 في CNN قال"
    assert one_line(text, 22, "terminal") == text


def test_arabic_indic_digits_keep_their_order():
    line = one_line("عام ٢٠٢٣", 8, "app")
    assert line == "٢٠٢٣ " + shaped_reversed("عام")


def test_latin_paragraph_stays_left_to_right_with_an_arabic_word():
    assert one_line("hello عالم world", 30, "app") == "hello " + shaped_reversed("عالم") + " world"
    assert one_line("hello عالم world", 30, "words") == "hello عالم world"


def test_guillemets_are_mirrored_in_arabic():
    line = one_line("«نعم»", 5, "app")
    # logical « … » in a right-to-left paragraph: the opening mark is drawn on the right
    assert line == "«" + shaped_reversed("نعم") + "»"


# ---------------------------------------------------------------- wrapping


def test_wrapping_happens_in_logical_order_first():
    text = "الأولى الثانية الثالثة"
    lines = rtl.visual_lines(text, 14, "words")
    assert [ln.strip() for ln in lines] == ["الثانية الأولى", "الثالثة"]
    app = rtl.visual_lines(text, 14, "app")
    assert app[0].endswith(shaped_reversed("الأولى"))  # the first word is on the first line, at the right
    assert app[1].strip() == shaped_reversed("الثالثة")
    assert all(rtl.cell_len(ln) <= 14 for ln in app)


def test_terminal_mode_wraps_in_logical_order():
    assert rtl.visual_lines("الأولى الثانية الثالثة", 14, "terminal") == ["الأولى الثانية", "الثالثة"]


def test_lam_alef_takes_one_cell_when_wrapping():
    assert rtl.cell_len("السلام") == 5
    assert len(rtl.visual_lines("السلام", 5, "app")) == 1
    assert len(rtl.visual_lines("السلام", 5, "terminal")) == 2  # the terminal draws six letters


def test_tashkeel_takes_no_cell_and_stays_on_its_letter():
    assert rtl.cell_len("السَّلامُ") == 5
    line = one_line("بَيتٌ", 3, "app")
    # visual: final teh + tanween, medial yeh, initial beh + fatha
    assert line == "\ufe96\u064c\ufef4\ufe91\u064e"


def test_long_word_is_cut_never_before_a_mark():
    lines = rtl.visual_lines("مُستَشفَيَاتِهِم", 3, "app")
    assert all(rtl.cell_len(ln) <= 3 for ln in lines)
    for ln in lines:
        assert not unicodedata.combining(ln.lstrip()[0])


def test_paragraphs_are_kept_and_each_has_its_own_direction():
    lines = rtl.visual_lines("مرحبا\nhello world\n\nسلام", 12, "app")
    assert len(lines) == 4
    assert lines[0] == " " * 7 + shaped_reversed("مرحبا")
    assert lines[1] == "hello world"
    assert lines[2] == ""
    assert lines[3].strip() == shaped_reversed("سلام")


# ---------------------------------------------------------------- highlights


def styled(t) -> list[tuple[str, str]]:
    return [(t.plain[s.start : s.end], str(s.style)) for s in t.spans]


def test_highlight_stays_on_the_name_after_reordering():
    text = "قالت (إيتوام) إن"
    start = text.index("إيتوام")
    [t] = rtl.render(text, 16, "app", [(start, start + 6, "bold")])
    assert styled(t) == [(ITWAM_VISUAL, "bold")]
    [t] = rtl.render(text, 16, "words", [(start, start + 6, "bold")])
    assert styled(t) == [("إيتوام", "bold")]
    [t] = rtl.render(text, 16, "terminal", [(start, start + 6, "bold")])
    assert styled(t) == [("إيتوام", "bold")]


def test_highlight_of_a_latin_run_in_an_arabic_line():
    text = "قال CNN في 2/3/2031 إن"
    spans = [(text.index("CNN"), text.index("CNN") + 3, "red"), (text.index("2/3"), text.index("2/3") + 8, "blue")]
    [t] = rtl.render(text, 30, "app", spans)
    assert sorted(styled(t)) == [("2/3/2031", "blue"), ("CNN", "red")]


def test_highlight_of_half_a_lam_alef_covers_the_ligature():
    text = "الدولاتي"
    alef = text.index("لا") + 1
    [t] = rtl.render(text, 7, "app", [(alef, alef + 1, "underline")])
    assert styled(t) == [("\ufefb", "underline")]


def test_highlight_on_a_later_wrapped_line():
    text = "الأولى الثانية الثالثة"
    start = text.index("الثالثة")
    lines = rtl.render(text, 14, "app", [(start, start + 7, "bold")])
    assert lines[0].spans == []
    assert styled(lines[1]) == [(shaped_reversed("الثالثة"), "bold")]


def test_base_style_applies_to_the_whole_line():
    [t] = rtl.render("الدولاتي", 10, "app", style="italic")
    assert str(t.style) == "italic"


def test_render_parses_no_markup():
    [t] = rtl.render("[bold]x[/bold]", 20, "terminal")
    assert t.plain == "[bold]x[/bold]"


def test_render_returns_fresh_objects():
    a = rtl.render("الدولاتي", 10, "app")
    a[0].stylize("red")
    assert rtl.render("الدولاتي", 10, "app")[0].spans == []


# ---------------------------------------------------------------- bad input


def test_control_characters_become_placeholders_or_vanish():
    text = "a\x1b[31mb\x00c\u202eد\u200fe\x85f\x7f"
    for mode in rtl.MODES:
        out = "".join(rtl.visual_lines(text, 40, mode))
        assert not any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in out), (mode, out)
        assert "\u241b" in out  # ␛


def test_unknown_mode_is_refused():
    with pytest.raises(ValueError):
        rtl.visual_lines("x", 10, "nope")


def test_zero_width_is_treated_as_one():
    assert rtl.visual_lines("abc", 0, "app") == ["a", "b", "c"]


def test_empty_text_is_one_empty_line():
    assert rtl.visual_lines("", 10, "app") == [""]


_ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهوي ءآأإؤئةى٠١٢٣")
    + list("abcXYZ019 ()[]«»\"'.,:/-%")
    + ["\u064e", "\u0651", "\u0640", "\u200d", "\u200c", "\u200f", "\u202b", "\u2067", "\u2069"]
    + ["\x00", "\x1b", "\t", "\n", "\r", "\x7f", "\x9b", "\u2028", "\ud800", "中"]
)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(_ALPHABET, max_size=60).map("".join), width=st.integers(2, 30), mode=st.sampled_from(rtl.MODES))
def test_any_text_renders_within_width_without_controls(text, width, mode):
    lines = rtl.render(text, width, mode, [(0, len(text) // 2, "bold")])
    for t in lines:
        assert not any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in t.plain), repr(t.plain)
        assert rtl.cell_len(t.plain, mode) <= width
    # every visible logical character is drawn somewhere, exactly once
    drawn: list[int] = []
    for line in rtl.layout(text, width, mode):
        for g in line:
            if g.start >= 0:
                drawn.extend(range(g.start, g.end))
    assert len(drawn) == len(set(drawn))
    for i, ch in enumerate(text):
        if unicodedata.category(ch) not in ("Cf", "Zs", "Zl", "Zp") and ch not in "\n\r\t\x0b\x0c\x1c\x1d\x1e\x85 ":
            assert i in drawn, (i, ch)


# ---------------------------------------------------------------- mode selection


def test_resolve_mode_precedence(monkeypatch):
    monkeypatch.delenv("MARSAD_RTL", raising=False)
    assert rtl.resolve_mode(None, None, None) == "terminal"
    assert rtl.resolve_mode(None, None, "words") == "words"
    assert rtl.resolve_mode(None, "app", "words") == "app"
    monkeypatch.setenv("MARSAD_RTL", "words")
    assert rtl.resolve_mode(None, "app", "terminal") == "words"
    assert rtl.resolve_mode("terminal", "app", "app") == "terminal"
    monkeypatch.setenv("MARSAD_RTL", "bogus")
    assert rtl.resolve_mode(None, "app", None) == "app"
    monkeypatch.setenv("MARSAD_RTL", " APP ")
    assert rtl.resolve_mode(None, None, None) == "app"


def test_next_mode_cycles_through_all():
    assert [rtl.next_mode(m) for m in rtl.MODES] == ["app", "words", "terminal"]
    assert rtl.next_mode("junk") == "terminal"


def test_seed_article_rendering_is_cached_per_text_width_and_mode():
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "seeds" / "niger-coup-washington-paris.txt").read_text("utf-8")
    first = rtl.render(text, 77, "app")
    hits = rtl._render.cache_info().hits
    again = rtl.render(text, 77, "app")
    assert rtl._render.cache_info().hits == hits + 1
    assert [t.plain for t in again] == [t.plain for t in first]
    again[0].stylize("bold")  # callers get copies: the cached lines stay untouched
    assert rtl.render(text, 77, "app")[0].spans == first[0].spans


def test_cell_len_per_mode_fits_one_line():
    for mode in rtl.MODES:
        word = "السلام"
        assert len(rtl.visual_lines(word, rtl.cell_len(word, mode), mode)) == 1
    assert rtl.cell_len("السلام", "terminal") == 6
    assert rtl.cell_len("السلام") == 5


def test_line_of_finds_the_visual_line_of_an_offset():
    text = "الأولى الثانية الثالثة\nرابع"
    for mode in rtl.MODES:
        assert rtl.line_of(text, 14, mode, 0) == 0
        assert rtl.line_of(text, 14, mode, text.index("الثالثة") + 2) == 1
        assert rtl.line_of(text, 14, mode, text.index("رابع")) == 2
        assert rtl.line_of(text, 14, mode, len(text) + 5) == 2


def test_text_that_looks_like_the_bidi_dump_does_not_confuse_it():
    text = "قال المتحدث باسم الحكومة في بيان levels: [x] original_classes: [y] إن"
    # one left-to-right run inside an Arabic sentence, its brackets siding with the Latin
    expected = "إن levels: [x] original_classes: [y] بيان في الحكومة باسم المتحدث قال"
    assert one_line(text, len(text), "words") == expected


def test_paragraph_direction_follows_most_letters():
    # opens with Latin but is an Arabic sentence: right to left, right-aligned
    line = one_line("CNN قالت إن الوضع صعب", 24, "app")
    assert line == "   " + " ".join(shaped_reversed(w) for w in ("صعب", "الوضع", "إن", "قالت")) + " CNN"
    # mostly Latin with an Arabic word: left to right
    assert not rtl.paragraph_is_rtl("The word عالم means world")
    # a tie goes to the first strong letter
    assert rtl.paragraph_is_rtl("ابc d")
    assert not rtl.paragraph_is_rtl("ab جد")


# ---------------------------------------------------------------- words mode (kitty)

_MIRROR = {"(": ")", ")": "(", "«": "»", "»": "«", "[": "]", "]": "["}


def kitty(sent: str) -> str:
    """A model of kitty: each space-delimited run whose first letter is Arabic is
    shaped right-to-left by HarfBuzz (reversed, brackets mirrored); runs stay in place."""
    def show(run: str) -> str:
        first = next((c for c in run if c.isalpha()), "")
        if "\u0600" <= first <= "\u06ff":
            return "".join(_MIRROR.get(c, c) for c in reversed(run))
        return run

    return " ".join(show(run) for run in sent.split(" "))


@pytest.mark.parametrize("text", [
    "سافرت سلمى الدولاتي، نائبة الوزير",
    "قالت (إيتوام)، إن «الوضع» صعب؟",
    "في مارس/ آذار الجاري",
])
def test_words_mode_reads_right_on_kitty(text):
    # all right-to-left: the screen must show the text reversed, brackets mirrored
    expected = "".join(_MIRROR.get(c, c) for c in reversed(text))
    assert kitty(one_line(text, len(text), "words")) == expected


def test_words_mode_sends_runs_as_kitty_will_turn_them():
    assert one_line("سافرت الدولاتي، نائبة", 21, "words") == "نائبة الدولاتي، سافرت"
    assert one_line("في 2 مارس/ آذار", 15, "words") == "آذار مارس/ 2 في"
    # "2031م" is one run kitty takes for Arabic and reverses whole: send the digits reversed
    assert one_line("عام 2031م", 9, "words") == "1302م عام"
    assert kitty("1302م عام") == "م2031 ماع"  # read from the right: عام 2031م


def test_brackets_around_latin_in_arabic_and_arabic_in_latin():
    assert one_line("قال (CNN) إن", 12, "app") == shaped_reversed("إن") + " (CNN) " + shaped_reversed("قال")
    assert one_line("He said (إيتوام) today", 30, "app") == "He said (" + ITWAM_VISUAL + ") today"
    # nested: the Arabic inside the Latin inside the Arabic, each bracket mirrored in place
    line = one_line("قال [CNN (بي بي سي)] اليوم", 30, "app").strip()
    bbc = " ".join(shaped_reversed(w) for w in ("سي", "بي", "بي"))
    assert line == shaped_reversed("اليوم") + " [(" + bbc + ") CNN] " + shaped_reversed("قال")
    assert kitty(one_line("قال [CNN (بي بي سي)] اليوم", 30, "words").strip()) == (
        "مويلا [(يس يب يب) CNN] لاق"
    )


def test_spans_may_come_as_lists():
    [t] = rtl.render("الدولاتي", 7, "app", [[5, 6, "bold"]])  # type: ignore[list-item]
    assert styled(t) == [("\ufefb", "bold")]


@pytest.mark.parametrize("mode", rtl.MODES)
def test_latin_runs_stay_left_to_right_in_every_mode(mode):
    """A line mixing Latin and Arabic (the status bar's "filter quotes/!X · source/Y")
    keeps every Latin run in reading order, also in words mode."""
    from tui.app.textrender import inline

    line = inline("filter quotes/!الدولاتي · source/المرجان", mode).plain
    for latin in ("filter", "quotes/!", "source/"):
        assert latin in line, line
    assert "setouq" not in line and "ecruos" not in line


@pytest.mark.parametrize("mode", rtl.MODES)
def test_a_filter_description_stays_left_to_right_however_much_arabic_it_holds(mode):
    """The status bar's filter description is laid out left to right: its Latin labels keep
    their order even when its Arabic values outnumber them (auto direction would flip it)."""
    from tui.app.textrender import inline

    desc = "quotes/!الدولاتي والسلاوي والمرجان · source/المرجان"
    line = inline(desc, mode, base="ltr").plain
    assert line.index("quotes/!") < line.index("source/"), line


@pytest.mark.parametrize("width", [2, 5, 30])
def test_a_mark_between_lam_and_alef_rides_on_the_ligature_drawn_once(width):
    # "لَا": the fatha sits between lam and alef; the ligature shows it, and no offset is drawn twice
    text = "لَا"
    drawn = [k for line in rtl.layout(text, width, "app") for g in line if g.start >= 0 for k in range(g.start, g.end)]
    assert sorted(drawn) == [0, 1, 2]
    (line,) = rtl.render(text, width, "app", [])
    assert "\u064e" in line.plain and rtl.cell_len(line.plain.strip(), "app") == 1  # (right-aligned)
