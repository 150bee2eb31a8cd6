"""Article text out of a web page saved from a browser (standard library parser only).

Scripts, styles, navigation, headers, footers, asides and forms are dropped; headings,
paragraphs, list items and table cells become one line each.  When the page marks its
story with ``<article>`` (or ``<main>``), the biggest such block is kept and the rest of
the page (related links, teasers) is left out.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from .clean import clean_text
from .errors import InputError

# Whole subtrees that never hold the story.
_SKIP = frozenset({
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "textarea", "svg", "math", "iframe", "object", "canvas", "head", "dialog", "menu",
})
# Elements that start a new line.
_BLOCK = frozenset({
    "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "blockquote", "pre", "table", "tr", "td", "th", "caption", "section", "article", "main",
    "figure", "figcaption", "address", "details", "summary", "body", "center",
})
_CONTAINERS = frozenset({"article", "main"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                   "source", "track", "wbr"})

_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
                    re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?(?:p|div|br|span|a|h[1-6]|body|head|meta|title|script|style|li|ul|table|article|section|"
                  r"img|link|nav|header|footer|main|strong|em|b|i)\b[^<>]*>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)"
                           rb"|\A\s*<\?xml\b[^>]*?\bencoding\s*=\s*[\"']([A-Za-z0-9._:-]+)", re.IGNORECASE)
_WS = re.compile(r"[ \t\r\n\f\u00a0]+")
# A container must hold at least this much text to stand for the whole page.
_MIN_CONTAINER_CHARS = 200


def declared_charset(raw: bytes) -> str | None:
    """The charset a page declares in its first 8 KB (``<meta charset=…>``, the
    ``http-equiv`` Content-Type form, or an XHTML ``<?xml encoding=…?>``), or None."""
    m = _META_CHARSET.search(raw[:8192])
    return (m.group(1) or m.group(2)).decode("ascii") if m else None


_OG_TITLE = re.compile(r"<meta\b(?=[^>]*\bproperty\s*=\s*[\"']og:title[\"'])[^>]*\bcontent\s*=\s*"
                       r"(?:\"([^\"]*)\"|'([^']*)')", re.IGNORECASE)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


_SITE_META = re.compile(r"<meta\b(?=[^>]*\b(?:property|name)\s*=\s*[\"'](?:og:site_name|application-name)[\"'])"
                        r"[^>]*\bcontent\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.IGNORECASE)
_HEADER_BLOCK = re.compile(r"<header\b[^>]*>(.*?)</header\s*>", re.IGNORECASE | re.DOTALL)
_ANY_TAG = re.compile(r"<[^>]*>")
# what sits between a headline and the site's name in a <title>
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|·)\s+")


def page_title(page: str) -> str | None:
    """The page's headline: its og:title, else its <title> (entities decoded, one line),
    without the site's name after (or before) " | ", " - ", " — " when the page names its
    site the same way elsewhere (og:site_name, application-name, its <header>)."""
    head = page[:65536]
    m = _OG_TITLE.search(head)
    raw = (m.group(1) if m.group(1) is not None else m.group(2)) if m else None
    if not raw:
        t = _TITLE.search(head)
        raw = t.group(1) if t else None
    title = _WS.sub(" ", clean_text(unescape(raw or ""))).strip()
    return _drop_site_name(title, _site_names(head)) or None


def _fold_site(s: str) -> str:
    return _WS.sub(" ", s).strip().casefold()


def _site_names(head: str) -> tuple[set[str], str]:
    """(the names the page gives its site, the folded text of its <header>)."""
    names = {_fold_site(unescape(m.group(1) if m.group(1) is not None else m.group(2) or ""))
             for m in _SITE_META.finditer(head)}
    header = _HEADER_BLOCK.search(head)
    text = _fold_site(unescape(_ANY_TAG.sub(" ", header.group(1)))) if header else ""
    return {n for n in names if n}, text


def _drop_site_name(title: str, site: tuple[set[str], str]) -> str:
    names, header = site
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title

    def is_site(part: str) -> bool:
        p = _fold_site(part)
        return bool(p) and (p in names or (len(p) >= 3 and p in header))

    seps = _TITLE_SEPARATORS.findall(title)
    if is_site(parts[-1]):
        return "".join(p + sep for p, sep in zip(parts[:-2], seps[:-1], strict=False)) + parts[-2]
    if is_site(parts[0]):
        return title[len(parts[0]) + len(seps[0]):]
    return title


def looks_like_html(text: str) -> bool:
    """A page starts with a doctype or <html>/<head>/<body>, or starts with a tag and is
    full of HTML tags; an article that merely mentions "<p>" is not a page."""
    if _START.match(text):
        return True
    head = text.lstrip()[:4096]
    return head.startswith("<") and len(_TAG.findall(head)) >= 5


# Class/id words of page furniture (as in Mozilla Readability's "unlikely candidates"),
# unless the same attribute also says it is the story.
_UNLIKELY = re.compile(r"menu|navbar|breadcrumb|share|social|comment|related|recommend|promo|advert|\bads?\b|"
                       r"sponsor|newsletter|subscribe|cookie|banner|popup|modal|sidebar|footer|header|masthead|"
                       r"tags?\b|author-bio|most-?read|trending|widget|outbrain|taboola", re.IGNORECASE)
_MAYBE = re.compile(r"article|story|content|body|main|text|post|entry|news-?details?", re.IGNORECASE)
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog"})
# A line that is (nearly) all link text is a menu or a list of other stories.
_LINK_LINE = 0.9


class _Extractor(HTMLParser):
    def __init__(self, heuristics: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.heuristics = heuristics
        self.lines: list[tuple[tuple[int, ...], str, float]] = []  # (open containers, text, link share)
        self._buf: list[str] = []
        self._buf_chars = 0
        self._buf_link_chars = 0
        self._links = 0                       # open <a> elements
        self._skip: list[str] = []            # open elements of the subtree being skipped
        self._containers: list[int] = []      # open <article>/<main> indexes
        self._n_containers = 0
        self._containers_of_buf: tuple[int, ...] = ()

    def _flush(self) -> None:
        line = _WS.sub(" ", "".join(self._buf)).strip()
        if line:
            share = self._buf_link_chars / max(1, self._buf_chars)
            self.lines.append((self._containers_of_buf, line, share))
        self._buf, self._buf_chars, self._buf_link_chars = [], 0, 0

    def _furniture(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag == "header" and self._containers:
            return False  # an <article>'s own header holds its headline
        if tag in _SKIP:
            return True
        if not self.heuristics or tag in _CONTAINERS or tag in ("body", "html"):
            return False
        a = {k: v or "" for k, v in attrs}
        if "hidden" in a or a.get("aria-hidden") == "true" or a.get("role") in _FURNITURE_ROLES:
            return True
        names = f"{a.get('class', '')} {a.get('id', '')}"
        return bool(_UNLIKELY.search(names)) and not _MAYBE.search(names)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self._skip = []  # an unclosed <head> ends here
        if self._skip:
            if tag not in _VOID:
                self._skip.append(tag)
            return
        if tag not in _VOID and self._furniture(tag, attrs):
            self._flush()
            self._skip.append(tag)
            return
        if tag in _BLOCK:
            self._flush()
        if tag == "a":
            self._links += 1
        if tag in _CONTAINERS:
            self._containers.append(self._n_containers)
            self._n_containers += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._skip and tag in _BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag in self._skip:
                # Close up to the matching open element (tolerates unclosed children).
                while self._skip and self._skip.pop() != tag:
                    pass
            return
        if tag in _BLOCK:
            self._flush()
        if tag == "a" and self._links:
            self._links -= 1
        if tag in _CONTAINERS and self._containers:
            self._containers.pop()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        chars = len(data.strip())
        if not chars:
            if self._buf:
                self._buf.append(data)
            return
        if not self._buf_chars:
            self._containers_of_buf = tuple(self._containers)
        self._buf.append(data)
        self._buf_chars += chars
        if self._links:
            self._buf_link_chars += chars

    def close(self) -> None:
        super().close()
        self._flush()


def _story(lines: list[tuple[tuple[int, ...], str, float]]) -> list[str]:
    """The lines of the page's story: the smallest <article>/<main> block holding most
    of the text of the biggest one (so a <main> full of teasers stays whole, and the one
    <article> inside a <main> wins), or every line when the page marks no story.  Lines
    that are all link text (menus, "read also" lists) are left out."""
    prose = [(c, line) for c, line, share in lines if share < _LINK_LINE]
    sizes: dict[int, int] = {}
    for containers, line in prose:
        for c in containers:
            sizes[c] = sizes.get(c, 0) + len(line)
    if sizes:
        top = max(sizes.values())
        if top >= _MIN_CONTAINER_CHARS:
            chosen = min((c for c in sizes if sizes[c] >= 0.6 * top), key=lambda c: sizes[c])
            return [line for containers, line in prose if chosen in containers]
    return [line for _, line in prose]


def _extract(page: str, name: str, heuristics: bool) -> str:
    parser = _Extractor(heuristics)
    try:
        parser.feed(page)
        parser.close()
    except AssertionError:  # html.parser's last resort on hopeless markup
        raise InputError(f"{name}: an HTML page too broken to read; save the article as plain text") from None
    return "\n".join(_story(parser.lines))


def extract_text(page: str, name: str) -> str:
    """The article text of an HTML page, one paragraph or heading per line.

    Raises InputError when the page has no text outside scripts, menus and markup."""
    text = _extract(page, name, heuristics=True)
    if not text.strip():
        # The furniture heuristics may have eaten an oddly built page: read it plainly.
        text = _extract(page, name, heuristics=False)
    if not text.strip():
        raise InputError(f"{name}: an HTML page with no article text (only scripts, menus or markup)")
    return text + "\n"
