"""Random text, biased to what Arabic articles and attacks on terminals are made of, goes
through the whole parser and the right-to-left renderer: nothing raises, every span is
inside the text, quotes are the text's own characters, and no control character or bidi
override comes out of the renderer.

Example counts come from a settings profile: MARSAD_HYPOTHESIS=default (200 examples per
test), =quick (30) or =thorough (2000); deadline off so a slow CI machine never flakes.
``pytest tests/test_properties.py -s`` prints how many examples each test ran.
"""

from __future__ import annotations

import os
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.contract import assert_contract
from tui.article.clean import clean_text, is_unsafe
from tui.article.parse import parse

settings.register_profile("default", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("quick", max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
PROFILE = settings.get_profile(os.environ.get("MARSAD_HYPOTHESIS", "default"))

# How many examples each property actually ran (reported at the end of the module).
RAN: Counter[str] = Counter()
FOUND: Counter[str] = Counter()  # items the stages found in the random articles (shows they were exercised)

LETTERS = "ءآأؤإئابةتثجحخدذرسشصضطظعغفقكلمنهوىي"
PERSIAN = "پچژکگیۀ"
TASHKEEL = "ًٌٍَُِّْٰـ"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
PUNCT = "،؛؟.!:\"'«»“”‘’()[]-–—…/"
MARKS = "\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
CONTROLS = "".join(map(chr, [*range(0, 32), 127, *range(0x80, 0xA0)])) + "\u2028\u2029"
ESCAPES = ["\x1b[31m", "\x1b[2J", "\x1b]0;title\x07", "\x1b]52;c;aGk=\x1b\\", "\x9b1m", "\x9d0;t\x9c", "\x1bP+q\x1b\\"]
WORDS = ["قال", "وقال", "أضاف", "أكد", "صرح", "الرئيس", "وزير الخارجية", "محمد", "بن", "عبد الله", "مصدر",
         "واشنطن", "الأمم المتحدة", "أمس", "الثلاثاء", "يوم", "مايو", "2023", "١٥", "إن", "أن", "[bold]",
         "[link=http://x]", "[@click=app.quit]", "[/]", "CNN", "Reuters", "said"]

chars = st.one_of(
    st.sampled_from(LETTERS),
    st.sampled_from(LETTERS),
    st.sampled_from(PERSIAN + TASHKEEL + DIGITS),
    st.sampled_from(PUNCT),
    st.sampled_from(" \n\t"),
    st.sampled_from(MARKS),
    st.sampled_from(CONTROLS),
    st.characters(codec="utf-8"),  # anything at all, combining marks and astral planes included
)
# Article-like fragments, so the actor, quote and timeline stages get real work.
PHRASES = ["وقال الرئيس الأمريكي جو بايدن: «", "»", " \"", "\" ", "وأضاف وزير الخارجية الفرنسي أن ", "إن ",
           "وأكد مصدر مطلع لوكالة رويترز أن ", "في 15 مايو 2023", "يوم الثلاثاء الماضي", "الأسبوع المقبل", "أمس",
           "في ١٥ رمضان ١٤٤٤ هـ", "عام 2020", ".\n", "، ", "وقالت الأمم المتحدة في بيان ", "بحسب ما نقلت صحيفة ",
           "رئيس الوزراء", "الشيخ", "الدكتور", "“", "”", "«", "(", ")", ": ", "؟ ",
           # dates of every shape: days, months alone, ranges, relative and vague ones
           "يوم 26 يوليو", "في 10 أغسطس", "بين 28 يوليو و2 أغسطس", "من يناير إلى مارس", "في أغسطس", "لاحقاً",
           "منذ عامين", "قبل ثلاثة أيام", "أوائل سبتمبر", "نهاية العام", "في العام الماضي", "1445 هـ", "الشهر الجاري",
           "يوم الجمعة", "في 31 فبراير", "عام 99", "في 2023/13/45", "آب/أغسطس"]
pieces = st.one_of(
    st.text(chars, min_size=1, max_size=12),
    st.sampled_from(WORDS),
    st.sampled_from(PHRASES),
    st.sampled_from(PHRASES),
    st.sampled_from(ESCAPES),
    st.just(" "),
)
articles = st.lists(pieces, max_size=80).map("".join)


def _assert_spans(article) -> None:
    d = article.to_dict()
    assert_contract(d)
    n = len(article.text)
    for a in article.actors:
        for s, e in a.mentions:
            assert article.text[s:e].strip(), (a, s, e)  # a mention shows something
    for q in article.quotes:
        assert 0 <= q.start <= q.end <= n


@PROFILE
@given(articles)
def test_parse_never_fails_and_spans_agree(text: str) -> None:
    RAN["parse"] += 1
    article = parse(text, "2023-05-16")
    FOUND["quotes"] += len(article.quotes)
    FOUND["actors"] += len(article.actors)
    FOUND["events"] += len(article.events)
    assert article.text == clean_text(text)
    assert not any(is_unsafe(ch) for ch in article.text)
    _assert_spans(article)


@PROFILE
@given(articles)
def test_parse_without_a_publication_date(text: str) -> None:
    RAN["parse-undated"] += 1
    _assert_spans(parse(text, None))


@PROFILE
@given(st.text(st.characters(codec="utf-8"), max_size=200))
def test_clean_text_is_idempotent_and_safe(text: str) -> None:
    RAN["clean"] += 1
    once = clean_text(text)
    assert clean_text(once) == once
    assert "\x1b" not in once and "\r" not in once
    assert not any(unicodedata.category(ch) == "Cc" and ch not in "\t\n" for ch in once)


@PROFILE
@given(st.binary(max_size=400))
def test_decoding_any_bytes_gives_text_or_input_error(raw: bytes) -> None:
    from tui.article.load import InputError, decode_bytes

    RAN["decode"] += 1
    try:
        text = decode_bytes(raw, "random.bin")
    except InputError as e:
        assert "random.bin" in str(e) and "\n" not in str(e)
        return
    assert isinstance(text, str) and text.strip()
    _assert_spans(parse(text))


MAGICS = [b"\x1f\x8b\x08\x00", b"BZh9", b"\xfd7zXZ\x00", b"PK\x03\x04", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf",
          b"From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\n"
          b"Content-Type: text/html\n\n", b"<!doctype html><meta charset=windows-1256>"]


@PROFILE
@given(st.sampled_from(MAGICS), st.binary(max_size=300))
def test_damaged_containers_give_text_or_input_error(magic: bytes, tail: bytes) -> None:
    from tui.article.load import InputError, decode_bytes

    RAN["containers"] += 1
    try:
        text = decode_bytes(magic + tail, "odd.bin")
    except InputError as e:
        assert "odd.bin" in str(e) and "\n" not in str(e)
        return
    _assert_spans(parse(text))


_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _rendered_is_safe(lines) -> None:
    for line in lines:
        plain = line if isinstance(line, str) else line.plain
        for ch in plain:
            assert unicodedata.category(ch) != "Cc", repr(ch)
            assert ch not in _BIDI_CONTROLS, repr(ch)


@PROFILE
@given(articles, st.integers(min_value=1, max_value=60), st.sampled_from(["terminal", "app", "words"]))
def test_rtl_renderer_emits_no_control_characters(text: str, width: int, mode: str) -> None:
    rtl = pytest.importorskip("tui.app.rtl")
    RAN["render"] += 1
    article = parse(text)
    # Both the model's cleaned text and the raw text: the renderer must be safe on its own.
    for t in (article.text, text):
        _rendered_is_safe(rtl.visual_lines(t, width, mode))
        spans = [(q.start, q.end, "bold") for q in article.quotes] if t is article.text else []
        _rendered_is_safe(rtl.render(t, width, mode, spans))




TAGS = ["<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<style>", "</style>", "<nav>", "</nav>",
        "<article>", "</article>", "<main>", "</main>", "<h1>", "</h1>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;",
        "&#27;", "&#x202e;", "&nbsp;", "<", ">", "</", "<a href='x'>", "</a>", "<head>", "<body>", "<meta charset=x>"]


@PROFILE
@given(st.lists(st.one_of(pieces, st.sampled_from(TAGS)), max_size=60).map(lambda p: "<!doctype html>" + "".join(p)))
def test_html_pages_give_text_or_input_error(page: str) -> None:
    from tui.article.load import InputError, decode_bytes

    RAN["html"] += 1
    try:
        text = decode_bytes(page.encode("utf-8", errors="surrogatepass"), "page.html")
    except InputError as e:
        assert "page.html" in str(e) and "\n" not in str(e)
        return
    _assert_spans(parse(text))


SEED_TEXT = (Path(__file__).resolve().parent.parent / "seeds" / "niger-coup-washington-paris.txt").read_text(
    encoding="utf-8")
JUNK = st.one_of(st.sampled_from(ESCAPES), st.sampled_from(MARKS), st.sampled_from(CONTROLS), st.sampled_from(PUNCT),
                 st.sampled_from(TASHKEEL), st.text(chars, min_size=1, max_size=4))


@settings(PROFILE, max_examples=max(10, PROFILE.max_examples // 4))
@given(st.lists(st.tuples(st.integers(0, len(SEED_TEXT)), JUNK), max_size=30))
def test_a_real_article_with_junk_sprinkled_in(insertions: list[tuple[int, str]]) -> None:
    """The seed article with controls, escapes, marks and stray quotes inserted anywhere."""
    RAN["seed+junk"] += 1
    text = SEED_TEXT
    for pos, junk in sorted(insertions, reverse=True):
        text = text[:pos] + junk + text[pos:]
    for published in ("2023-08", None):
        _assert_spans(parse(text, published))


def test_report_examples_run() -> None:
    """Runs last in this module: prints how many examples ran (for the issue's report)."""
    print(f"\nhypothesis examples run: {dict(RAN)}, total {sum(RAN.values())}; items found: {dict(FOUND)}")
