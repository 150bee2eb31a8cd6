"""An analyst receives the article as a page saved "as a single file" (MHTML), a Word
document or an OpenDocument text: Marsad reads the story out of each."""

from __future__ import annotations

import io
import json
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from tui.article import formats
from tui.article.load import InputError, decode_bytes
from tui.cli import main

STORY = ["عنوان الخبر", "قال الرئيس إن الاجتماع انتهى.", 'وأضاف أن "الحل ممكن".']
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ODF = ('xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"')


def mhtml(charset: str = "utf-8", cte: str = "quoted-printable") -> bytes:
    msg = EmailMessage()
    msg["From"] = "<Saved by Blink>"
    msg["Snapshot-Content-Location"] = "https://news.example/2023/05/16/story"
    msg["Subject"] = "خبر"
    msg["MIME-Version"] = "1.0"
    msg.make_related()
    page = (f"<!DOCTYPE html><html><head><meta charset={charset}><script>x()</script></head><body>"
            f"<nav>الرئيسية</nav><h1>{STORY[0]}</h1><p>{STORY[1]}</p><p>{STORY[2]}</p><footer>حقوق</footer>"
            "</body></html>")
    msg.add_related(page, subtype="html", charset=charset, cte=cte)
    msg.add_related(b"\x89PNG\r\n\x1a\n....", maintype="image", subtype="png")
    return msg.as_bytes()


def zipped(files: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for k, v in files.items():
            z.writestr(k, v)
    return buf.getvalue()


def docx(paragraphs: list[str]) -> bytes:
    body = "".join(f'<w:p><w:r><w:t>{p[:4]}</w:t></w:r><w:r><w:t xml:space="preserve">{p[4:]}</w:t></w:r></w:p>'
                   for p in paragraphs)
    return zipped({"[Content_Types].xml": "<Types/>",
                   "word/document.xml": f'<?xml version="1.0"?><w:document {W}><w:body>{body}<w:p/></w:body>'
                                        "</w:document>"})


def odt(paragraphs: list[str]) -> bytes:
    head, *rest = paragraphs
    body = f"<text:h>{head}</text:h>" + "".join(f"<text:p><text:span>{p}</text:span></text:p>" for p in rest)
    return zipped({"mimetype": "application/vnd.oasis.opendocument.text",
                   "content.xml": f'<?xml version="1.0"?><office:document-content {ODF}><office:body><office:text>'
                                  f"{body}</office:text></office:body></office:document-content>"})


@pytest.mark.parametrize(("charset", "cte"), [("utf-8", "quoted-printable"), ("utf-8", "base64"),
                                               ("windows-1256", "quoted-printable")])
def test_mhtml_page(charset: str, cte: str) -> None:
    assert decode_bytes(mhtml(charset, cte), "page.mhtml").splitlines() == STORY


def test_docx() -> None:
    assert decode_bytes(docx(STORY), "a.docx").splitlines() == STORY


def test_odt() -> None:
    assert decode_bytes(odt(STORY), "a.odt").splitlines() == STORY


def test_other_zip_archives_are_not_documents() -> None:
    with pytest.raises(InputError, match="a ZIP archive"):
        decode_bytes(zipped({"data.csv": "a,b"}), "a.zip")


def test_zip_bomb_member_is_refused(monkeypatch) -> None:
    monkeypatch.setattr(formats, "MAX_INFLATED", 1000)
    with pytest.raises(InputError, match="inflates to more than 1,000 bytes"):
        decode_bytes(docx(STORY * 100), "bomb.docx")


def test_plain_text_mentioning_mime_headers_is_still_text() -> None:
    text = "Content-Type: multipart/related قال الرئيس.\n"
    assert formats.extract(text.encode(), "a.txt") is None
    assert decode_bytes(text.encode(), "a.txt") == text


@pytest.mark.parametrize(("suffix", "data"), [(".mhtml", mhtml()), (".docx", docx(STORY)), (".odt", odt(STORY))],
                         ids=["mhtml", "docx", "odt"])
def test_parse_command(tmp_path: Path, capsys, suffix: str, data: bytes) -> None:
    f = tmp_path / f"story{suffix}"
    f.write_bytes(data)
    assert main(["parse", str(f)]) == 0
    assert json.loads(capsys.readouterr().out)["text"].splitlines() == STORY


def test_deeply_nested_document_is_refused_cleanly() -> None:
    body = "<text:p>" + "<text:span>" * 20000 + "x" + "</text:span>" * 20000 + "</text:p>"
    raw = zipped({"mimetype": "application/vnd.oasis.opendocument.text",
                  "content.xml": f"<office:document-content {ODF}><office:body><office:text>{body}</office:text>"
                                 "</office:body></office:document-content>"})
    with pytest.raises(InputError, match="nested too deeply"):
        decode_bytes(raw, "deep.odt")


def test_deeply_nested_html_is_read() -> None:
    page = "<html><body>" + "<div>" * 50000 + "قال الرئيس" + "</div>" * 50000 + "</body></html>"
    assert decode_bytes(page.encode(), "deep.html") == "قال الرئيس\n"


@pytest.mark.parametrize("compress", ["gzip", "bz2", "lzma"])
def test_compressed_articles_from_archives(compress: str) -> None:
    import importlib

    mod = importlib.import_module(compress)
    text = "\n".join(STORY) + "\n"
    assert decode_bytes(mod.compress(text.encode("cp1256")), "a.txt.gz") == text
    assert decode_bytes(mod.compress(docx(STORY)), "a.docx.gz").splitlines() == STORY


def test_compression_bomb_stops_at_the_limit(tmp_path: Path, capsys) -> None:
    import gzip

    f = tmp_path / "bomb.txt.gz"
    f.write_bytes(gzip.compress(b"a" * 2_000_000))
    assert main(["parse", str(f), "--max-bytes", "100000"]) == 2
    assert "decompresses to more than the limit of 100,000 bytes" in capsys.readouterr().err


@pytest.mark.parametrize(("data", "expect"), [(b"\x1f\x8b\x08\x00garbage", "a damaged gzip-compressed file"),
                                              (b"BZh9garbage", "a damaged bzip2-compressed file")])
def test_damaged_compressed_files(data: bytes, expect: str) -> None:
    with pytest.raises(InputError, match=expect):
        decode_bytes(data, "a.gz")


def test_mhtml_subject_is_the_title() -> None:
    from tui.article import formats

    assert formats.title(mhtml()) == "خبر"
    assert formats.title(docx(STORY)) is None
