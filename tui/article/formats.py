"""Article text out of the container files analysts actually receive: a web page saved
"as a single file" (MHTML, Chrome's and Edge's default), a Word document (.docx), an
OpenDocument text (.odt), and compressed files from archives (gzip, bzip2, xz).
Standard library only.

Each reader returns the text, or None when the bytes are not that format (the caller
then treats them as text or reports the file kind).  Archives are read defensively: a
member that would inflate past a limit, or XML that declares entities, is refused.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from .errors import InputError

if TYPE_CHECKING:
    import zipfile
    from xml.etree import ElementTree

# email, zipfile and ElementTree are imported by the readers that need them: together they
# are a third of `marsad parse`'s start-up, and a plain-text article needs none of them.

# Never inflate more than this from an archive, whatever its header claims (zip bombs).
MAX_INFLATED = 64 * 1024 * 1024

# An MHTML file opens with mail-style headers, MIME-Version among them, declaring a
# multipart/related body.
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]*: |[ \t]")
_RELATED = re.compile(rb"^Content-Type:\s*multipart/related", re.IGNORECASE | re.MULTILINE)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


_COMPRESSED = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
)


def decompress(raw: bytes, name: str, max_bytes: int) -> bytes:
    """The contents of a gzip/bzip2/xz-compressed article (``.txt.gz`` from an archive),
    never inflated past ``max_bytes``; other bytes are returned as they are."""
    kind = next((k for magic, k in _COMPRESSED if raw.startswith(magic)), None)
    if kind is None:
        return raw
    import bz2
    import gzip
    import lzma
    import zlib

    opener = {"gzip": gzip.open, "bzip2": bz2.open, "xz": lzma.open}[kind]
    try:
        with opener(io.BytesIO(raw), "rb") as f:
            data = f.read(max_bytes + 1)
    except (OSError, EOFError, lzma.LZMAError, zlib.error, ValueError):
        raise InputError(f"{name}: a damaged {kind}-compressed file") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: decompresses to more than the limit of {max_bytes:,} bytes; "
                         "raise the limit with --max-bytes N or max_bytes in config.toml")
    return data


def extract(raw: bytes, name: str) -> str | None:
    """The article text of an MHTML page, a .docx or an .odt; None for anything else."""
    if raw[:4] == b"PK\x03\x04":
        return _from_zip(raw, name)
    if _is_mhtml(raw):
        return _from_mhtml(raw, name)
    return None


def title(raw: bytes) -> str | None:
    """The title a container records: an MHTML page's Subject (the browser puts the page
    title there); None for the others."""
    if not _is_mhtml(raw):
        return None
    import email
    import email.policy

    msg = email.message_from_bytes(raw[:16384], policy=email.policy.default)
    subject = str(msg.get("Subject", "") or "").strip()
    return subject or None


def _is_mhtml(raw: bytes) -> bool:
    head = re.split(rb"\r?\n\r?\n", raw[:8192], maxsplit=1)[0]
    lines = head.splitlines()
    return (bool(lines) and all(_HEADER_LINE.match(line) for line in lines)
            and any(line.lower().startswith(b"mime-version:") for line in lines) and bool(_RELATED.search(head)))


def _from_mhtml(raw: bytes, name: str) -> str:
    import email
    import email.policy

    from .html import extract_text

    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            try:
                page = part.get_content()
            except (LookupError, ValueError):  # an unknown charset: bytes as UTF-8, best effort
                page = (part.get_payload(decode=True) or b"").decode("utf-8", errors="replace")
            return extract_text(page, name)
    raise InputError(f"{name}: a saved web page (MHTML) without an HTML part")


def _from_zip(raw: bytes, name: str) -> str | None:
    import zipfile

    try:
        z = zipfile.ZipFile(io.BytesIO(raw))
        names = set(z.namelist())
        if "word/document.xml" in names:
            root = _xml(z, "word/document.xml", name)
            return _lines(_docx_paragraphs(root), name, "Word document")
        if "content.xml" in names and b"opendocument.text" in _read(z, "mimetype", name)[:100]:
            root = _xml(z, "content.xml", name)
            return _lines(_odt_paragraphs(root), name, "OpenDocument text")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, KeyError):
        raise InputError(f"{name}: a damaged ZIP archive (or .docx/.odt); save the article as plain text") from None
    except RecursionError:
        raise InputError(f"{name}: a document nested too deeply to read; save the article as plain text") from None
    return None


def _read(z: zipfile.ZipFile, member: str, name: str) -> bytes:
    if member not in z.namelist():
        return b""
    with z.open(member) as f:
        data = f.read(MAX_INFLATED + 1)
    if len(data) > MAX_INFLATED:
        raise InputError(f"{name}: {member} inflates to more than {MAX_INFLATED:,} bytes; refused")
    return data


def _xml(z: zipfile.ZipFile, member: str, name: str) -> ElementTree.Element:
    data = _read(z, member, name)
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:  # entity expansion bombs: real documents have none
        raise InputError(f"{name}: {member} declares XML entities; refused")
    from xml.etree import ElementTree

    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as e:
        raise InputError(f"{name}: {member} is not well-formed XML ({e})") from None


def _docx_paragraphs(root: ElementTree.Element) -> list[str]:
    out = []
    for p in root.iter(f"{_W}p"):
        parts = []
        for el in p.iter():
            if el.tag == f"{_W}t" and el.text:
                parts.append(el.text)
            elif el.tag == f"{_W}tab":
                parts.append("\t")
            elif el.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
        out.append("".join(parts))
    return out


def _odt_paragraphs(root: ElementTree.Element) -> list[str]:
    out = []
    for el in root.iter():
        if el.tag in (f"{_TEXT_NS}p", f"{_TEXT_NS}h"):
            out.append(_odt_text(el))
    return out


def _odt_text(el: ElementTree.Element) -> str:
    parts = [el.text or ""]
    for child in el:
        if child.tag == f"{_TEXT_NS}s":
            parts.append(" " * int(child.get(f"{_TEXT_NS}c", "1")))
        elif child.tag == f"{_TEXT_NS}tab":
            parts.append("\t")
        elif child.tag == f"{_TEXT_NS}line-break":
            parts.append("\n")
        elif child.tag not in (f"{_TEXT_NS}p", f"{_TEXT_NS}h", f"{_TEXT_NS}note"):
            parts.append(_odt_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _lines(paragraphs: list[str], name: str, kind: str) -> str:
    lines = [p.strip() for p in paragraphs if p.strip()]
    if not lines:
        raise InputError(f"{name}: a {kind} with no text")
    return "\n".join(lines) + "\n"
