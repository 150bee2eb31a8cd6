"""Turning an article's bytes into text: which encoding, and is it text at all.

Order of evidence, strongest first: a file signature (PNG, PDF, ZIP …: not text), a
byte-order mark, the NUL/0x06 pattern of BOM-less UTF-16, strict UTF-8, a charset an
HTML page declares, and last the single-byte code pages of old archives: Windows-1256
and ISO-8859-6 for Arabic, Windows-1252 for Western text.  They overlap, so each is
tried and the one whose text looks most like real text wins (see ``_implausible``);
damaged UTF-8 is told apart from them by its valid multi-byte sequences.  Whatever
fails becomes an ``InputError`` naming the file and the likely cause.
"""

from __future__ import annotations

import codecs
import re

from .errors import InputError

# File signatures: (magic bytes, offset, what the user is told the file is).
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"%PDF-", 0, "a PDF document"),
    (b"PK\x03\x04", 0, "a ZIP archive (and not a .docx or .odt document)"),
    (b"PK\x05\x06", 0, "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Microsoft Office document (.doc/.xls)"),
    (b"\x1f\x8b", 0, "a gzip-compressed file"),
    (b"BZh", 0, "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", 0, "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"\x7fELF", 0, "an executable program (ELF)"),
    (b"MZ", 0, "a Windows executable"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"WEBP", 8, "a WebP image"),
    (b"ftyp", 4, "a video or audio file (MP4/MOV/HEIC)"),
    (b"ID3", 0, "an MP3 audio file"),
    (b"OggS", 0, "an Ogg audio/video file"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"{\\rtf", 0, "an RTF document"),
)

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

_SAVE_AS_UTF8 = "save it as UTF-8 text and retry"

# Characters that never occur in real text: C0/C1 controls, DEL and the replacement
# character of an undefined byte.  Tab, newlines and form feed are text; BEL, BS and ESC
# are not counted either, since they are what escape sequences in a text are made of
# (clean_text removes them), and a file of text with escapes is still text.
_JUNK = re.compile(r"[\x00-\x06\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]")
_ARABIC_LETTER = r"\u0621-\u064a\u0671-\u06d3"
_LATIN_LETTER = r"A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
# A Latin letter glued to an Arabic one (either order) is the mark of a wrong code page:
# ISO-8859-6 read as Windows-1256 turns ف ق ك ل م ن ه و into à â ç è é ê, mid-word.
_MIXED_PAIR = re.compile(f"[{_ARABIC_LETTER}][{_LATIN_LETTER}]|[{_LATIN_LETTER}][{_ARABIC_LETTER}]")
# Signs (¢ £ ¤ § © ¬ ® ‚ ƒ „ † ‰ ™ …) glued to Arabic letters: UTF-8 bytes read as cp1256
# ("ط§ظ„" for "ال").
_SIGNS = "\u00a2-\u00aa\u00ac-\u00b9\u00bc-\u00bf\u0152\u0153\u0192\u02c6\u201a\u201e\u2020\u2021\u2030\u2122"
_SIGN_PAIR = re.compile(f"[{_ARABIC_LETTER}][{_SIGNS}]|[{_SIGNS}][{_ARABIC_LETTER}]")
# A tashkeel mark must follow a letter (or another mark), never a space or a start.
_ORPHAN_MARK = re.compile(f"(?<![{_ARABIC_LETTER}\u064b-\u0652])[\u064b-\u0652]")
# Three accented Latin letters in a row ("ÇáÓ") never occur in Western text: it is Arabic
# bytes read as Windows-1252.
_ACCENTED_RUN = re.compile("[\u00c0-\u00ff]{3,}")
_ARABIC = re.compile(f"[{_ARABIC_LETTER}]")
_DEFINITE = re.compile(r"(?<!\w)ال")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def sniff_binary(raw: bytes) -> str | None:
    """What kind of non-text file ``raw`` is, by its signature, or None."""
    for magic, offset, what in _MAGIC:
        if raw[offset:offset + len(magic)] == magic:
            if magic == b"MZ" and b"\x00" not in raw[:256]:
                continue  # a text that happens to start with "MZ"
            if magic == b"ID3" and len(raw) > 10 and b"\x00" not in raw[:10]:
                continue
            return what
    return None


def decode(raw: bytes, name: str, declared: str | None = None) -> tuple[str, str]:
    """Decode ``raw`` (the contents of file ``name``) and say which encoding was used.

    ``declared`` is a charset the file itself claims (an HTML ``<meta charset>``); it
    is honoured when the bytes agree with it.  Raises InputError.
    """
    what = sniff_binary(raw)
    if what:
        raise InputError(f"{name}: this is {what}, not a text article; save the article as plain text or HTML")
    for bom, codec, label in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(codec), label
            except UnicodeDecodeError as e:
                raise InputError(f"{name}: starts with a {label} byte-order mark but byte {e.start + len(bom)} "
                                 f"is not valid {label} (the file is damaged or truncated)") from None
    # NULs, or 0x06 bytes (no UTF-8 text has them), point to UTF-16 without a BOM.
    if b"\x00" in raw or raw.count(6) >= 0.1 * len(raw):
        text = _utf16_without_bom(raw)
        if text is not None:
            return text
        if b"\x00" in raw.rstrip(b"\x00"):
            raise InputError(f"{name}: looks like a binary file (it contains NUL bytes), not a text article")
        raw = raw.rstrip(b"\x00")  # text padded with NULs (old archives, preallocated downloads)
    if declared:
        # Bytes that are valid UTF-8 are UTF-8 whatever the page claims (no Arabic text in
        # a single-byte code page is valid UTF-8); otherwise the declaration is trusted.
        try:
            return raw.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            pass
        text = _decode_declared(raw, declared)
        if text is not None:
            return text
    return _decode_guess(raw, name)


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a BOM.  Its high bytes are almost all 0x00 (ASCII: spaces,
    digits, newlines) or 0x06 (the Arabic block), and they sit on one side of each byte
    pair only; which side tells the byte order."""
    if len(raw) < 4:
        return None
    even, odd = raw[0::2], raw[1::2]
    pairs = len(raw) // 2

    def high(side: bytes) -> float:
        return (side.count(0) + side.count(6)) / max(1, len(side))

    if high(odd) >= 0.7 and high(even) < 0.3:
        codec = "utf-16-le"
    elif high(even) >= 0.7 and high(odd) < 0.3:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = raw[: 2 * pairs].decode(codec)
    except UnicodeDecodeError:
        return None
    if len(_JUNK.findall(text)) > 0.01 * len(text):
        return None
    return text, "UTF-16 (no byte-order mark)"


def _decode_declared(raw: bytes, declared: str) -> tuple[str, str] | None:
    """Decode with the charset the page declares, as browsers do; None when it is
    unknown or wrong for these bytes (then detection decides)."""
    try:
        info = codecs.lookup(declared)
    except LookupError:
        return None
    codec = info.name
    if codec.startswith(("utf-16", "utf-32")):
        codec = "utf-8"  # a page readable as ASCII cannot be UTF-16, whatever it says (WHATWG)
    elif codec in ("ascii", "latin-1", "iso8859-1"):
        codec = "cp1252"  # WHATWG: these labels mean windows-1252
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return None
    if _JUNK.search(text):
        return None
    return text, f"{codec} (declared by the page)"


def _decode_guess(raw: bytes, name: str) -> tuple[str, str]:
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as e:
        err = e
    if err.end == len(raw) and err.reason == "unexpected end of data":
        # A UTF-8 file cut in the middle of its last character (e.g. by `head -c`).
        return raw[: err.start].decode("utf-8"), "UTF-8 (truncated last character dropped)"
    multibyte = len(_UTF8_MULTIBYTE.findall(raw))
    bad = raw.decode("utf-8", errors="replace").count("\ufffd")
    if multibyte >= 2 and multibyte >= bad:  # legacy Arabic text: about 1 valid sequence per 100 bad
        raise InputError(f"{name}: mostly UTF-8, but byte {err.start} is not valid UTF-8 (the file mixes "
                         f"encodings or is damaged); {_SAVE_AS_UTF8}")
    best: tuple[int, int, int, str, str] | None = None
    # Windows-1252 last: it only wins for Western text with no Arabic at all (French or
    # English from the same archives), where cp1256 would turn É into ة.
    for codec, label in (("cp1256", "Windows-1256"), ("iso-8859-6", "ISO-8859-6"), ("cp1252", "Windows-1252")):
        text = raw.decode(codec, errors="replace")
        # Ties (both decodings all Arabic letters) go to the one with more definite
        # articles: ISO-8859-6 read as cp1256 turns every "ال" into "ان".
        score = (_implausible(text), -len(_DEFINITE.findall(text)), -len(_ARABIC.findall(text)))
        if best is None or score < best[:3]:
            best = (*score, text, label)
    assert best is not None
    bad_count, _, _, text, label = best
    visible = len(text) - text.count(" ") - text.count("\n")
    if bad_count > max(2, 0.02 * visible):
        raise InputError(f"{name}: not UTF-8 (byte {err.start}), and not text in Windows-1256, ISO-8859-6 or "
                         f"Windows-1252 either: a binary file or another encoding; {_SAVE_AS_UTF8}")
    return text, label


def _implausible(text: str) -> int:
    """How many places in ``text`` no real Arabic (or Latin) text would have."""
    return (
        len(_JUNK.findall(text))
        + len(_MIXED_PAIR.findall(text))
        + len(_SIGN_PAIR.findall(text))
        + len(_ORPHAN_MARK.findall(text))
        + sum(len(run) for run in _ACCENTED_RUN.findall(text))
    )
