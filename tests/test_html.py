"""An analyst saves a news page from the browser and opens it: Marsad reads the story,
not the menus, scripts and footers, in the charset the page declares."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest

from tui.article.html import declared_charset, extract_text, looks_like_html
from tui.article.load import InputError, decode_bytes
from tui.cli import main

STORY = [
    "الرئيس يلتقي وزير الخارجية",
    "قال رئيس الاتحاد ماهر الحلواني أمس إن المفاوضات ستستأنف قريبا.",
    'وأضاف أن "الحل العادل" هو الطريق الوحيد.',
]

PAGE = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="{{charset}}">
  <title>عنوان الصفحة | موقع الأخبار</title>
  <style>body {{{{ font-family: serif }}}} p::before {{{{ content: "لا" }}}}</style>
  <script>var s = "<p>سكربت</p>"; document.write("إعلان");</script>
</head>
<body>
  <header><div class="logo">موقع الأخبار</div>
    <nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/world">العالم</a></li></ul></nav>
  </header>
  <form action="/search"><input name="q" placeholder="ابحث"><button>بحث</button></form>
  <main>
    <article>
      <h1>{STORY[0]}</h1>
      <p>{STORY[1]}</p>
      <p>وأضاف أن &quot;الحل <b>العادل</b>&quot; هو الطريق&nbsp;الوحيد.</p>
      <noscript>فعّل جافاسكربت</noscript>
    </article>
    <aside><h3>اقرأ أيضا</h3><ul><li><a href="/x">خبر آخر</a></li></ul></aside>
  </main>
  <footer><p>جميع الحقوق محفوظة ٢٠٢٣</p></footer>
  <script>trackVisitor();</script>
</body>
</html>
"""


def page(charset: str = "utf-8") -> str:
    return PAGE.format(charset=charset)


def test_story_lines_only() -> None:
    text = decode_bytes(page().encode(), "page.html")
    assert text.splitlines() == STORY


@pytest.mark.parametrize("noise", ["موقع الأخبار", "الرئيسية", "ابحث", "بحث", "سكربت", "إعلان", "font-family",
                                   "اقرأ أيضا", "جميع الحقوق", "trackVisitor", "فعّل", "عنوان الصفحة"])
def test_noise_is_dropped(noise: str) -> None:
    assert noise not in decode_bytes(page().encode(), "page.html")


@pytest.mark.parametrize("charset", ["windows-1256", "iso-8859-6", "cp1256"])
def test_meta_charset_is_honoured(charset: str) -> None:
    raw = page(charset).replace("٢٠٢٣", "2023").replace("فعّل", "فعل").encode(charset)
    assert decode_bytes(raw, "page.html").splitlines() == STORY


def test_http_equiv_charset() -> None:
    raw = (b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>'
           + f"<body><p>{STORY[1]}</p></body></html>".encode("cp1256"))
    assert declared_charset(raw) == "windows-1256"
    assert decode_bytes(raw, "page.html") == STORY[1] + "\n"


def test_a_wrong_declaration_falls_back_to_detection() -> None:
    raw = page("iso-8859-1").encode("utf-8")  # declares Latin-1 but is UTF-8
    assert decode_bytes(raw, "page.html").splitlines() == STORY


def test_page_without_article_element_keeps_all_body_text() -> None:
    raw = f"<html><body><h2>{STORY[0]}</h2><div>{STORY[1]}<br>{STORY[2]}</div></body></html>"
    assert decode_bytes(raw.encode(), "p.html").splitlines() == STORY


def test_the_biggest_article_wins_over_teasers() -> None:
    teasers = "".join(f"<article><p>خبر قصير رقم {i}</p></article>" for i in range(5))
    body = "".join(f"<p>{s} {s} {s}</p>" for s in STORY)
    text = extract_text(f"<html><body>{teasers}<article>{body}</article>{teasers}</body></html>", "p.html")
    assert "خبر قصير" not in text and STORY[1] in text


def test_unclosed_head_and_tags() -> None:
    raw = f"<html><head><title>x</title><body><p>{STORY[1]}<p>{STORY[2]}"
    assert decode_bytes(raw.encode(), "p.html").splitlines() == [STORY[1], STORY[2]]


def test_markup_free_article_is_not_html() -> None:
    text = "قال المبرمج إن الوسم <p> يبدأ فقرة، وإن <b> للخط العريض.\n"
    assert not looks_like_html(text)
    assert decode_bytes(text.encode(), "a.txt") == text


def test_fragment_with_many_tags_is_html() -> None:
    raw = "".join(f"<p>{s}</p>\n" for s in STORY) + "<div><span>" + STORY[0] + "</span></div><br/><p></p>"
    assert looks_like_html(raw)


def test_page_with_only_scripts_and_menus(tmp_path: Path, capsys) -> None:
    f = tmp_path / "empty.html"
    f.write_text("<!doctype html><html><head><script>x()</script></head><body><nav><a>الرئيسية</a></nav>"
                 "<footer>حقوق</footer></body></html>")
    assert main(["parse", str(f)]) == 2
    err = capsys.readouterr().err
    assert err == f"marsad: {f}: an HTML page with no article text (only scripts, menus or markup)\n"


def test_parse_command_on_a_saved_page(tmp_path: Path, capsys) -> None:
    f = tmp_path / "page.html"
    f.write_bytes(page("windows-1256").replace("٢٠٢٣", "2023").replace("فعّل", "فعل").encode("cp1256"))
    assert main(["parse", str(f)]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["text"].splitlines() == STORY
    assert "<" not in got["text"]


def test_escape_sequences_inside_a_page_are_cleaned(tmp_path: Path, capsys) -> None:
    f = tmp_path / "page.html"
    f.write_text(f"<html><body><p>{STORY[1]}&#27;]0;pwned&#7;\x1b[31m</p></body></html>")
    assert main(["parse", str(f), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out


def test_broken_html_never_raises_anything_but_input_error() -> None:
    for junk in ["<html><body><p>قال</p><!--", "<html><<<>>></", "<!DOCTYPE html><html><body><![CDATA[x",
                 "<html><body><script>", "<html>&#xFFFFFFFF; &#0; &#x1b;</html>"]:
        with contextlib.suppress(InputError):
            decode_bytes(junk.encode(), "p.html")


def test_xhtml_encoding_declaration() -> None:
    raw = ('<?xml version="1.0" encoding="windows-1256"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>'
           f"<p>{STORY[1]}</p></body></html>").encode("cp1256")
    assert declared_charset(raw) == "windows-1256"
    assert decode_bytes(raw, "page.xhtml") == STORY[1] + "\n"


def test_page_furniture_without_semantic_tags_is_dropped() -> None:
    # Many news sites use plain <div>s: furniture is recognised by class, id, role and link density.
    raw = f"""<html><body>
    <div class="top-menu"><a href="/">الرئيسية</a> <a href="/p">سياسة</a></div>
    <div id="breadcrumb">الرئيسية &gt; سياسة</div>
    <div role="navigation">تنقل</div>
    <div class="article-body"><h1>{STORY[0]}</h1><p>{STORY[1]}</p><p>{STORY[2]}</p></div>
    <div class="social-share"><span>شارك</span></div>
    <div hidden>مخفي</div><div aria-hidden="true">مخفي أيضا</div>
    <ul class="list"><li><a href="/1">خبر ذو صلة أول</a></li><li><a href="/2">خبر ذو صلة ثان</a></li></ul>
    <div class="comments-section"><p>تعليق القارئ</p></div>
    </body></html>"""
    assert decode_bytes(raw.encode(), "p.html").splitlines() == STORY


def test_a_paragraph_with_a_link_inside_is_kept() -> None:
    raw = '<html><body><p>قال <a href="/x">الرئيس</a> إن الاجتماع انتهى وإن المفاوضات مستمرة.</p></body></html>'
    assert decode_bytes(raw.encode(), "p.html") == "قال الرئيس إن الاجتماع انتهى وإن المفاوضات مستمرة.\n"


def test_the_headline_in_an_article_header_is_kept() -> None:
    body = "".join(f"<p>{s} {s}</p>" for s in STORY[1:]) * 3
    raw = (f"<html><body><header><nav>قائمة</nav></header><article><header><h1>{STORY[0]}</h1></header>{body}"
           "<footer>الوسوم</footer></article></body></html>")
    lines = decode_bytes(raw.encode(), "p.html").splitlines()
    assert lines[0] == STORY[0] and "قائمة" not in lines and "الوسوم" not in lines


def test_heuristics_never_empty_a_page_that_has_text() -> None:
    raw = f'<html><body><div class="sidebar-widget"><p>{STORY[1]}</p></div></body></html>'
    assert decode_bytes(raw.encode(), "p.html") == STORY[1] + "\n"


def test_utf8_bytes_win_over_a_wrong_single_byte_declaration() -> None:
    raw = page("windows-1256").encode("utf-8")
    assert decode_bytes(raw, "page.html").splitlines() == STORY


def test_the_page_title_becomes_the_article_title(tmp_path: Path, capsys) -> None:
    f = tmp_path / "page.html"
    f.write_text(page().replace("<title>عنوان الصفحة | موقع الأخبار</title>",
                                "<title>عنوان الصفحة &amp; \x1b]0;x\x07 موقع</title>"), encoding="utf-8")
    assert main(["parse", str(f)]) == 0
    meta = json.loads(capsys.readouterr().out)["meta"]
    assert meta["title"] == "عنوان الصفحة & موقع"


def test_og_title_wins_and_a_sidecar_title_wins_over_both(tmp_path: Path, capsys) -> None:
    from tui.article.html import page_title

    og = page().replace("<head>", "<head><meta property=\"og:title\" content=\"العنوان الحقيقي\">")
    assert page_title(og) == "العنوان الحقيقي"
    f = tmp_path / "page.html"
    f.write_text(og, encoding="utf-8")
    (tmp_path / "page.toml").write_text('title = "من الملف الجانبي"\n', encoding="utf-8")
    assert main(["parse", str(f)]) == 0
    assert json.loads(capsys.readouterr().out)["meta"]["title"] == "من الملف الجانبي"


def test_plain_text_has_no_page_title() -> None:
    from tui.article.load import load_file

    assert load_file(Path(__file__).resolve().parent.parent / "seeds" / "niger-coup-washington-paris.txt").title is None


@pytest.mark.parametrize(("head", "body", "want"), [
    ('<title>افتتاح جسر جديد | صحيفة المدينة</title><meta property="og:site_name" content="صحيفة المدينة">', "",
     "افتتاح جسر جديد"),
    ("<title>افتتاح جسر جديد - الجزء الأول - بوابة الخبر</title>", "<header><a href=/>بوابة الخبر</a></header>",
     "افتتاح جسر جديد - الجزء الأول"),
    ('<title>Daily Post — افتتاح جسر جديد</title><meta name="application-name" content="daily post">', "",
     "افتتاح جسر جديد"),
    # the suffix is not named anywhere else on the page: it may be part of the headline
    ("<title>افتتاح جسر جديد | صحيفة المدينة</title>", "<header>موقع آخر</header>",
     "افتتاح جسر جديد | صحيفة المدينة"),
    ("<title>سعر الصرف 3-4 دنانير</title>", "<header>3</header>", "سعر الصرف 3-4 دنانير"),
])
def test_a_site_name_repeated_on_the_page_is_dropped_from_the_title(head, body, want) -> None:
    from tui.article.html import page_title

    assert page_title(f"<html><head>{head}</head><body>{body}<p>نص</p></body></html>") == want
