"""Cleaning decoded text before analysis, so nothing in an article can drive the terminal.

Removed: terminal escape sequences (CSI, OSC — e.g. an OSC 52 clipboard write or a
window-title change —, DCS/SOS/PM/APC, their 8-bit C1 forms), every other C0/C1
control character except tab and newline, the bidi embedding/override/isolate controls
(U+202A–U+202E, U+2066–U+2069: they reorder what a terminal shows and can make text
read differently from what it is), deprecated format controls (U+206A–U+206F), tag
characters (U+E0000–U+E007F, invisible "smuggled" ASCII), interlinear annotation
controls and lone surrogates.  Newlines are normalised (CRLF, CR, VT, FF, NEL, U+2028,
U+2029 → LF) and byte-order marks dropped.  Arabic presentation forms (glyphs from
PDF copies) become ordinary letters.

Kept, because real Arabic and Persian text uses them and they cannot move text around:
ZWNJ/ZWJ (U+200C/U+200D), ZWSP (U+200B), LRM/RLM (U+200E/U+200F), ALM (U+061C).
Ordinary article text (letters, digits, punctuation, spaces, tashkeel) is never
changed, so quotes found in the cleaned text are the article's own words.  Offsets are
computed on the cleaned text, which is what the model stores.
"""

from __future__ import annotations

import re
import unicodedata

# Bodies of string sequences stop at a newline too, so an unterminated OSC cannot
# swallow the rest of the article.
_BODY = r"[^\x07\x1b\x9c\n]*"
_ST = r"(?:\x07|\x1b\\|\x9c)?"
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI (final byte optional: a cut-off sequence goes too)
    rf"|\x1b[\]PX^_]{_BODY}{_ST}"  # OSC, DCS, SOS, PM, APC, ended by BEL or ST
    r"|\x1b[ -/]*[0-~]?"  # any other ESC sequence (ESC c, ESC ( B …) and a lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI
    rf"|[\x90\x98\x9d-\x9f]{_BODY}{_ST}"  # 8-bit DCS, SOS, OSC, PM, APC
)
_NEWLINES = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_CONTROLS = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f"  # C0 (not tab/newline) and DEL and C1
    "\u202a-\u202e\u2066-\u2069\u206a-\u206f"  # bidi embeddings, overrides, isolates; deprecated format
    "\ufeff\ufff9-\ufffb"  # BOM / zero-width no-break space; interlinear annotations
    "\ud800-\udfff"  # lone surrogates (cannot even be written out)
    "\U000e0000-\U000e007f]"  # tag characters
)


# Arabic presentation forms (shaped glyphs: ﻗﺎﻝ, ﻻ) come from text copied out of PDFs;
# NFKC gives back the letters every lexicon and search expects.  The word ligatures
# U+FDF0–U+FDFF (ﷺ, ﷲ) are written on purpose in ordinary text and are kept.
_PRESENTATION = re.compile("[\ufb50-\ufdef\ufe70-\ufefc]+")


# Every character any of the patterns above starts with (or is): a text with none of them
# (nearly every article) is returned after this one scan instead of four.
_ANY = re.compile("[\r\x0b\x0c\x85\u2028\u2029\ufb50-\ufdef\ufe70-\ufefc" + _CONTROLS.pattern[1:])


def _letters(m: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", m.group())


def clean_text(text: str) -> str:
    """``text`` with newlines normalised, presentation forms turned back into letters and
    every control that could reach the terminal removed; ordinary text is returned unchanged."""
    if not _ANY.search(text):
        return text
    text = _NEWLINES.sub("\n", text)
    text = _ESCAPES.sub("", text)
    text = _PRESENTATION.sub(_letters, text)
    return _CONTROLS.sub("", text)


def is_unsafe(ch: str) -> bool:
    """True for a character clean_text removes (tests and renderers use it)."""
    return bool(_CONTROLS.match(ch)) or ch == "\x1b"


def has_controls(s: str) -> bool:
    """True when ``s`` holds anything a one-line label must not: a control character,
    an escape, a bidi override or a line break (names and queries from user files)."""
    return any(is_unsafe(ch) or ch in "\t\n\r\x0b\x0c\x85\u2028\u2029" for ch in s)


def printable(s: str) -> str:
    """``s`` on one safe line: controls and bidi overrides shown as ``\\x1b``-style
    escapes (for file names and other strings put into messages)."""
    out = []
    for ch in s:
        if ch in "\n\r\t\x1b" or is_unsafe(ch) or ch in "\x0b\x0c\x85\u2028\u2029":
            out.append(ascii(ch)[1:-1])
        else:
            out.append(ch)
    return "".join(out)
