"""An article laced with terminal escape sequences (a clipboard write, a title change, a
screen clear) or bidi overrides cannot drive the analyst's terminal: clean_text removes
them, and `marsad parse` prints none of them; ordinary article text is never changed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEV_CORPUS, ROOT, SEED
from tui.article.clean import clean_text, printable

AR = "قال الوزير"

# (case, dirty text, clean text)
CASES: list[tuple[str, str, str]] = [
    ("csi-colour", f"\x1b[1;31m{AR}\x1b[0m", AR),
    ("csi-clear-screen", f"\x1b[2J\x1b[H{AR}", AR),
    ("csi-cut-off", f"{AR}\x1b[31", AR),
    ("osc52-clipboard-bel", f"{AR}\x1b]52;c;cm0gLXJmIH4K\x07 أمس", f"{AR} أمس"),
    ("osc52-clipboard-st", f"{AR}\x1b]52;c;cm0gLXJmIH4K\x1b\\ أمس", f"{AR} أمس"),
    ("osc-title", f"\x1b]0;You have been pwned\x07{AR}", AR),
    ("osc-hyperlink", f"\x1b]8;;http://evil.example\x1b\\{AR}\x1b]8;;\x1b\\", AR),
    ("osc-unterminated-stops-at-newline", f"\x1b]0;title\n{AR}", f"\n{AR}"),
    ("dcs", f"\x1bP1$r0m\x1b\\{AR}", AR),
    ("apc", f"\x1b_Gf=100;AAAA\x1b\\{AR}", AR),
    ("esc-charset", f"\x1b(0{AR}\x1b(B", AR),
    ("esc-reset", f"\x1bc{AR}", AR),
    ("lone-esc", f"{AR}\x1b", AR),
    ("c1-csi", f"\x9b2J{AR}", AR),
    ("c1-osc", f"\x9d0;title\x9c{AR}", AR),
    ("c1-dcs", f"\x90q#0\x9c{AR}", AR),
    ("c1-others", f"{AR}\x80\x8d\x8e\x8f\x9a", AR),
    ("bel-bs-del", f"{AR}\x07\x08\x7f", AR),
    ("nul", f"{AR}\x00", AR),
    ("bidi-override", f"\u202e{AR}\u202c", AR),
    ("bidi-embeddings", f"\u202a{AR}\u202c\u202b{AR}\u202c", AR + AR),
    ("bidi-isolates", f"\u2066{AR}\u2069\u2067x\u2069\u2068y\u2069", f"{AR}xy"),
    ("tag-characters", f"{AR}\U000e0041\U000e0042", AR),
    ("bom-inside", f"\ufeff{AR}\ufeff", AR),
    ("crlf", f"{AR}\r\n{AR}\r{AR}", f"{AR}\n{AR}\n{AR}"),
    ("line-separators", f"{AR}\u2028{AR}\u2029{AR}\x85{AR}\x0c", f"{AR}\n{AR}\n{AR}\n{AR}\n"),
    ("lone-surrogate", f"{AR}\ud800", AR),
    ("pdf-presentation-forms", "ﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ", AR),
    ("lam-alef-ligature", "ﻻ ﻷ ﻹ ﻵ", "لا لأ لإ لآ"),
    ("persian-presentation-forms", "ﭖ ﭺ ﮒ ﯼ", "پ چ گ ی"),
]


@pytest.mark.parametrize(("case", "dirty", "clean"), CASES, ids=[c[0] for c in CASES])
def test_clean_text(case: str, dirty: str, clean: str) -> None:
    assert clean_text(dirty) == clean
    assert clean_text(clean) == clean  # idempotent


KEPT = [
    ("zwnj-persian", "می\u200cخواهم"),
    ("zwj", "ل\u200dا"),
    ("zwsp", f"{AR}\u200b{AR}"),
    ("rlm-lrm", f"\u200f{AR} \u200eCNN\u200e"),
    ("alm", f"\u061c{AR}"),
    ("tab", f"{AR}\t{AR}"),
    ("tashkeel-tatweel", "قَالَ الـــوزيرُ"),
    ("arabic-indic-digits", "٢٠٢٣ ۱۴۰۲"),
    ("quotes", "«قال» “said” ‹x› 'y' \"z\""),
    ("markup-lookalike", "[bold]عاجل[/bold] [link=http://x]هنا[/link] [@click=app.quit]"),
    ("emoji", "🇵🇸 👍🏽 ❤️"),
    ("honorific-ligatures", "النبي محمد ﷺ وقال ﷲ ﷻ"),
    ("ornate-parentheses", "﴿ بسم الله ﴾"),
]


@pytest.mark.parametrize(("case", "text"), KEPT, ids=[k[0] for k in KEPT])
def test_ordinary_text_is_unchanged(case: str, text: str) -> None:
    assert clean_text(text) == text


def test_real_articles_are_unchanged() -> None:
    paths = [SEED, *sorted(DEV_CORPUS.glob("*.txt"))] if DEV_CORPUS.is_dir() else [SEED]
    for p in paths:
        text = p.read_text(encoding="utf-8").replace("\r\n", "\n")
        assert clean_text(text) == text, p.name


def test_printable_escapes_controls_for_messages() -> None:
    assert printable("a\x1b]0;x\x07\u202eb\nc") == "a\\x1b]0;x\\x07\\u202eb\\nc"
    assert printable("مقال.txt") == "مقال.txt"


NASTY = (
    "قال الرئيس: «نحن هنا\x1b]52;c;cm0gLXJmIH4K\x07 وسنبقى» \x1b]0;pwned\x07.\n"
    "وأضاف الوزير \x1b[2J\x1b[31mأن\x9b31m المفاوضات \x9d2;title\x9c مستمرة\x07\x08.\n"
    "\u202eوقالت مصادر\u202c إن الاجتماع عقد في ١٥ مايو.\n"
)
# Bytes that would reach the terminal as controls: ESC, BEL, BS and C1 (UTF-8 C2 80–C2 9F).
FORBIDDEN = [b"\x1b", b"\x07", b"\x08", *(b"\xc2" + bytes([c]) for c in range(0x80, 0xA0)),
             "\u202e".encode(), "\u202c".encode()]


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_parse_command_prints_no_control_bytes(tmp_path: Path, fmt: str) -> None:
    f = tmp_path / "nasty.txt"
    f.write_text(NASTY, encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "tui", "parse", str(f), "--format", fmt],
                       capture_output=True, timeout=60, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    for bad in FORBIDDEN:
        assert bad not in p.stdout, bad
    assert "وسنبقى".encode() in p.stdout or fmt == "text"


def test_text_format_of_an_article_in_cp1256_with_escapes(tmp_path: Path) -> None:
    # Escape sequences in a legacy-encoded file: still read as Arabic text, then cleaned.
    text = "".join(ch for ch in NASTY if ch.isascii() or ch.encode("cp1256", errors="ignore"))
    f = tmp_path / "nasty.txt"
    f.write_bytes(text.encode("cp1256"))
    p = subprocess.run([sys.executable, "-m", "tui", "parse", str(f), "--format", "json"],
                       capture_output=True, timeout=60, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    assert b"\x1b" not in p.stdout and b"\x07" not in p.stdout
    assert "وسنبقى".encode() in p.stdout
