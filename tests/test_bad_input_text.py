"""Unusual but legitimate article text — no Arabic at all, mixed scripts, full tashkeel,
Arabic-Indic and Persian digits, Persian/Urdu letters, zero-width and direction marks,
very long lines, one huge word — parses without error and with valid offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.contract import assert_contract
from tui.article.parse import parse
from tui.cli import main

TEXTS: dict[str, str] = {
    "english-only": 'The minister said on Tuesday that "talks will resume next week". Reuters reported it.\n',
    "french-only": "Le ministre a déclaré mardi : « Les négociations reprendront ». Selon l'AFP, il a ajouté.\n",
    "digits-only": "2023 ١٤٤٤ 15/05/2023 ١٥-٥-٢٠٢٣\n",
    "mixed-arabic-latin": 'قال المتحدث باسم Reuters لـCNN إن "the talks" ستستأنف في Geneva يوم 15 May 2023.\n',
    "full-tashkeel": "قَالَ الرَّئِيسُ الفِلَسْطِينِيُّ مَحْمُودُ عَبَّاس: «إِنَّ الاحْتِلَالَ لَنْ يَدُومَ».\n",
    "tatweel": "قـــال الرئيـــس إن الاجتمـــاع انتهـــى.\n",
    "arabic-indic-digits": "أعلنت الوزارة في ١٥ مايو ٢٠٢٣ أن ٣٠٠ شخص قتلوا، وقال المتحدث إن العدد ١٢٫٥٪.\n",
    "persian-digits-letters": "گفت وزیر امور خارجه ایران در ۱۵ اردیبهشت ۱۴۰۲ که مذاکرات ادامه دارد.\n",
    "urdu": "وزیر اعظم نے کہا کہ پاکستان ہمیشہ امن چاہتا ہے۔ انہوں نے ۲۰۲۳ میں یہ بات کہی۔\n",
    "persian-in-arabic": "قال وزیر الخارجية الإيراني إن بلاده ستشارک في المحادثات.\n",
    "zero-width": "قال\u200b الرئيس\u200c إن\u200d الاجتماع\u2060 انتهى \ufeffأمس.\n",
    "direction-marks": "\u200fقال الرئيس \u200e(CNN)\u200e إن \u061cالاجتماع انتهى.\u200f\n",
    "bidi-controls": "\u202bقال الرئيس\u202c \u2067«إن الاجتماع انتهى»\u2069 \u202eأمس\u202c.\n",
    "unbalanced-quotes": 'قال الرئيس: «إن الاجتماع "انتهى. وأضاف » أن “الحل ممكن\n« « « " " ”\n',
    "only-punctuation": "«»\"\"“”،؛؟!...\n",
    "one-huge-word": "ب" * 20000 + "\n",
    # 12 KB on one line; the 60 KB soak version runs under `pytest -m soak` (see below)
    "one-long-line": "قال الرئيس إن الاجتماع انتهى، " * 400 + "\n",
    "many-blank-lines": "\n\n\n\nقال الرئيس.\n\n\n\n\n\n" + "\n" * 5000,
    "crlf-and-cr": "قال الرئيس:\r\n«الاجتماع انتهى».\rوأضاف أن الحل ممكن.\r\n",
    "combining-marks": "قا\u0301ل\u0308 الر\u0654ئيس\u0670 e\u0301\u0302\u0303\n",
    "emoji-and-flags": "قال الرئيس 🇵🇸 إن الاجتماع 👍🏽 انتهى ❤️.\n",
    "markup-lookalike": "قال الوزير: \"[bold]عاجل[/bold] [link=http://x]هنا[/link] [@click=app.quit]\".\n",
    "escapes-inside": "قال الرئيس \x1b]52;c;aGk=\x07إن\x1b[2J الاجتماع \x9b31mانتهى\x07.\n",
    "hijri-and-gregorian": "وفي ١٥ رمضان ١٤٤٤هـ الموافق ٦ أبريل ٢٠٢٣م، قال الرئيس إن الاجتماع انتهى.\n",
}


@pytest.mark.parametrize("name", sorted(TEXTS))
@pytest.mark.parametrize("published", [None, "2023-05-16"])
def test_parses_with_valid_offsets(name: str, published: str | None) -> None:
    article = parse(TEXTS[name], published)
    assert_contract(article.to_dict())
    assert json.loads(article.to_json())["text"] == article.text


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_parse_command_accepts_it(tmp_path: Path, capsys, name: str) -> None:
    f = tmp_path / f"{name}.txt"
    f.write_text(TEXTS[name], encoding="utf-8", newline="")
    assert main(["parse", str(f), "--format", "json"]) == 0
    assert_contract(json.loads(capsys.readouterr().out))
    assert main(["parse", str(f), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out


@pytest.mark.soak
def test_a_sixty_kilobyte_line_parses_with_valid_offsets(tmp_path: Path, capsys) -> None:
    """The soak size of "one-long-line": five times the default, through parse and the CLI."""
    text = "قال الرئيس إن الاجتماع انتهى، " * 2000 + "\n"
    assert_contract(parse(text, "2023-05-16").to_dict())
    f = tmp_path / "long.txt"
    f.write_text(text, encoding="utf-8")
    assert main(["parse", str(f), "--format", "json"]) == 0
    assert_contract(json.loads(capsys.readouterr().out))
