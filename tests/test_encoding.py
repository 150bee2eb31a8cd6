"""An analyst opens articles saved in every encoding Arabic archives use; each one reads
back as the same text, and the wrong code page never wins."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import DEV_CORPUS, SEED
from tui.article import encoding
from tui.article.load import InputError, decode_bytes
from tui.cli import main

# Every letter of the alphabet, hamza forms, taa marbuta, alef maqsura, tashkeel, the
# Arabic comma/semicolon/question mark, digits and ASCII punctuation — the characters
# both single-byte code pages share, so one text tests all encodings.
ARTICLE = (
    "قال رئيس الاتحاد ماهر الحلواني، في كلمة ألقاها أمس الثلاثاء أمام المجلس: "
    '"إن الاحتلال لن يدوم؛ وسنبقى صامدين". وأضاف أن المفاوضات ستُستأنف في 12 مايو 2023؟ '
    "ثم ذكر ظروف الضفة الغربية وغزة وخطط الطاقة والزراعة، وشؤون اللاجئين في المخيمات.\n"
)
ALL_LETTERS = "ءآأؤإئابةتثجحخدذرسشصضطظعغـفقكلمنهوىيًٌٍَُِّْ"

UNICODE_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "utf-16-le", "utf-16-be", "utf-32"]


def encode(text: str, enc: str) -> bytes:
    if enc == "utf-16-be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode(enc)


@pytest.mark.parametrize("enc", [*UNICODE_ENCODINGS, "cp1256", "iso-8859-6"])
def test_each_encoding_reads_back_the_same_text(enc: str) -> None:
    assert decode_bytes(encode(ARTICLE, enc), "a.txt") == ARTICLE


@pytest.mark.parametrize("enc", ["cp1256", "iso-8859-6"])
def test_single_byte_code_pages_cover_every_letter(enc: str) -> None:
    text = f"كلمات: {ALL_LETTERS} ومعها الحروف كلها في النص العربي.\n"
    assert decode_bytes(text.encode(enc), "a.txt") == text


@pytest.mark.parametrize(("enc", "label"), [("cp1256", "Windows-1256"), ("iso-8859-6", "ISO-8859-6"),
                                            ("utf-16-le", "UTF-16 (no byte-order mark)"),
                                            ("utf-16-be", "UTF-16 (no byte-order mark)")])
def test_the_encoding_is_named(enc: str, label: str) -> None:
    assert encoding.decode(ARTICLE.encode(enc), "a.txt")[1] == label


@pytest.mark.parametrize("enc", ["cp1256", "iso-8859-6"])
@pytest.mark.parametrize("text", ["مرحبا بكم في البيت", "ذهب الولد إلى المدرسة", "الأخبار"])
def test_short_texts_pick_the_right_code_page(enc: str, text: str) -> None:
    assert decode_bytes(text.encode(enc), "a.txt") == text


def test_persian_letters_in_windows_1256() -> None:
    text = "گفت پژوهش چهار کشور\n"  # گ پ ژ چ ک are in cp1256's 0x80–0x9F range
    assert decode_bytes(text.encode("cp1256"), "a.txt") == text


def test_bom_less_utf16_without_any_ascii() -> None:
    # No NUL byte at all: the 0x06 high bytes of the Arabic block give it away.
    assert decode_bytes("السلام".encode("utf-16-le"), "a.txt") == "السلام"
    assert decode_bytes("السلام".encode("utf-16-be"), "a.txt") == "السلام"


def test_utf8_cut_inside_the_last_character_is_read() -> None:
    raw = ARTICLE.strip().encode()[:-1]
    assert decode_bytes(raw, "a.txt") == ARTICLE.strip()[:-1]


def test_utf8_mojibake_is_not_taken_for_windows_1256() -> None:
    # A UTF-8 file with one stray byte must not be "decoded" as cp1256 garbage (ط§ظ„…).
    with pytest.raises(InputError, match=r"not (valid )?UTF-8"):
        decode_bytes("قال".encode() + b"\xff", "a.txt")


def test_latin_text_in_a_legacy_code_page_still_reads() -> None:
    text = "Le président a déclaré à la presse très tôt\n"
    assert decode_bytes(text.encode("cp1256"), "a.txt") == text


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="dev corpus absent")
@pytest.mark.parametrize("enc", ["cp1256", "iso-8859-6"])
def test_dev_articles_in_legacy_code_pages(enc: str) -> None:
    for path in [SEED, *sorted(DEV_CORPUS.glob("*.txt"))]:
        raw = path.read_text(encoding="utf-8").encode(enc, errors="replace")
        assert decode_bytes(raw, path.name) == raw.decode(enc), path.name


@pytest.mark.parametrize("enc", [*UNICODE_ENCODINGS, "cp1256"])
def test_parse_command_on_each_encoding_gives_the_utf8_result(tmp_path: Path, capsys, enc: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    f = tmp_path / "seed.txt"
    f.write_bytes(encode(text, enc))
    (tmp_path / "seed.toml").write_bytes(SEED.with_suffix(".toml").read_bytes())
    assert main(["parse", str(f)]) == 0
    got = json.loads(capsys.readouterr().out)
    assert main(["parse", str(SEED)]) == 0
    want = json.loads(capsys.readouterr().out)
    assert got == want


@pytest.mark.parametrize("enc", ["utf-8", "cp1256"])
def test_text_padded_with_nuls_is_text(enc: str) -> None:
    assert decode_bytes(ARTICLE.encode(enc) + b"\x00" * 512, "a.txt") == ARTICLE


def test_nul_inside_the_text_is_binary() -> None:
    with pytest.raises(InputError, match="contains NUL bytes"):
        decode_bytes(ARTICLE.encode() + b"\x00" + ARTICLE.encode(), "a.txt")


def test_western_text_in_windows_1252() -> None:
    text = "État de l'économie : À Paris, l'Élysée a déclaré « Ça suffit » — Reuters.\n"
    assert encoding.decode(text.encode("cp1252"), "a.txt") == (text, "Windows-1252")


@pytest.mark.parametrize("text", [ARTICLE, "قال مراسل لـCNN ولـBBC إن الوضع هادئ في غزة.\n", "الأخبار\n"])
def test_arabic_never_decodes_as_windows_1252(text: str) -> None:
    assert encoding.decode(text.encode("cp1256"), "a.txt")[1] == "Windows-1256"
