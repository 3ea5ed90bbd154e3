"""HTML to lines: trafilatura takes the page chrome off; titles and dates are read from the markup.

Settings chosen for Chinese speech pages: no deduplication (a speech seen on several sites would lose
paragraphs), tables kept, comments dropped, and no jusText fallback (it has no Chinese stoplist).
When trafilatura keeps too little of a page, the text of its main block is taken instead.
"""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import dataclass, field

import lxml.html
import trafilatura
from lxml import etree

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|br|table|span|script)\b", re.I)
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "blockquote",
           "pre", "dd", "dt", "ul", "ol", "td", "header", "footer", "center", "hr", "form"}
_DROP = ("script", "style", "noscript", "iframe", "svg", "nav", "footer", "header", "aside", "form", "button", "select",
         "rt", "rp")
_CHROME_ATTR = re.compile(r"nav|menu|footer|header|breadcrumb|crumb|share|sidebar|side|ad[s_-]|advert|banner|comment|"
                          r"related|recommend|copyright|topbar|toolbar|login|search|pager?", re.I)


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2048]
    return bool(head.startswith("<") and _HTML_SNIFF.search(head)) or len(_HTML_SNIFF.findall(text[:8192])) >= 3


@dataclass
class Extracted:
    lines: list[str]
    titles: list[tuple[str, str]] = field(default_factory=list)
    published: str | None = None
    dropped: list[str] = field(default_factory=list)  # lines of the main block trafilatura left out


def _text_of(el) -> str:
    return _SPACES.sub(" ", el.text_content() or "").strip()


def _block_lines(root) -> list[str]:
    """Visible text of an element, one line per block, chrome elements left out."""
    parts: list[str] = []

    def walk(el) -> None:
        if not isinstance(el.tag, str):
            if el.tail:
                parts.append(el.tail)
            return
        tag = el.tag.lower()
        attrs = " ".join(str(el.get(a) or "") for a in ("class", "id"))
        if tag in _DROP or (attrs and _CHROME_ATTR.search(attrs)):
            if el.tail:
                parts.append(el.tail)
            return
        if tag in _BLOCKS:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCKS:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    return [ln.strip() for ln in "".join(parts).split("\n") if ln.strip()]


def _main_block(tree):
    """The element holding the most paragraph text: a plain stand-in when trafilatura finds nothing."""
    best, best_len = tree, 0
    for el in tree.iter("div", "article", "section", "td", "main"):
        attrs = " ".join(str(el.get(a) or "") for a in ("class", "id"))
        if attrs and _CHROME_ATTR.search(attrs):
            continue
        direct = sum(len(c.text_content() or "") for c in el if isinstance(c.tag, str) and c.tag in ("p", "br", "span"))
        direct += len((el.text or "").strip()) + sum(len((c.tail or "").strip()) for c in el)
        if direct > best_len:
            best, best_len = el, direct
    return best


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em)?\s*(?:;|$)", re.I)
_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:hidden|hide|sr-only|visually-hidden|invisible)(?:\s|$)", re.I)


def drop_hidden(tree) -> int:
    """Remove text a reader never sees: sites hide anti-scraping strings in invisible elements."""
    hidden = [el for el in tree.iter() if isinstance(el.tag, str) and (
        _HIDDEN_STYLE.search(el.get("style") or "") or _HIDDEN_CLASS.search(el.get("class") or "")
        or el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true")]
    hidden += [el for el in tree.iter("rt", "rp")]  # ruby annotations: pinyin above the characters
    for el in hidden:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the tail text, which is visible
    for el in list(tree.iter("ruby")):
        el.drop_tag()  # the base characters flow on in their sentence
    return len(hidden)


def _cell_text(line: str) -> str:
    """trafilatura's text of a table cell, without the pipes it puts around cells."""
    return line.replace("\\|", "|").strip().strip("|").strip()


def extract_html(html: str, url: str | None = None) -> Extracted:
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return Extracted(lines=[ln.strip() for ln in re.sub(r"<[^>]+>", "\n", html).splitlines() if ln.strip()])
    drop_hidden(tree)
    titles: list[tuple[str, str]] = []
    for el in tree.iter("h1"):
        if _text_of(el):
            titles.append(("h1", _text_of(el)))
            break
    title_el = tree.find(".//title")
    if title_el is not None and _text_of(title_el):
        titles.append(("title_tag", _text_of(title_el)))
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() in ("og:title", "title") and meta.get("content"):
            titles.append(("meta", meta.get("content").strip()))
    text = trafilatura.extract(copy.deepcopy(tree), url=url, output_format="txt", include_comments=False, include_tables=True,
                               deduplicate=False, favor_recall=True, fast=True, with_metadata=False)
    lines = [ln for ln in (_cell_text(ln) for ln in (text or "").splitlines()) if ln]
    block = _main_block(tree)
    main = _block_lines(block)
    if sum(len(ln) for ln in lines) < 0.5 * sum(len(ln) for ln in main):
        return Extracted(lines=main, titles=titles, published=_published(tree, block))
    lines = _spaced_as_printed(lines, main)
    after: list[str] = []
    if titles and titles[0][0] == "h1":
        lines, after = _heading_after_text(lines, main, titles[0][1])
    dropped = _left_out(main, lines) + after
    # a text with paragraphs of markup in it (a share's text, a catalogue's rows over a document's <p> blocks): the
    # lines before its first tag stand outside any block, and trafilatura leaves them out; they are the page's head
    if dropped and not html.startswith("<") and (lead := _lead_lines(html, dropped)):
        lines = lead + lines
        dropped = dropped[len(lead):]
    return Extracted(lines=lines, titles=titles, published=_published(tree, block), dropped=dropped)


def _heading_after_text(lines: list[str], main: list[str], heading: str) -> tuple[list[str], list[str]]:
    """The lines without the page's <h1> and what trafilatura put after it from outside the main block, where it
    printed them after the text (on some pages, a text parted by <br>): there they hide the text's own last lines
    (another list, the editor's credit) from the rules that look for them at the page's end. They are the page's
    title and chrome, and are returned apart, to be recorded."""
    key = _SPACE_OR_PIPE.sub("", heading)
    inside = {_SPACE_OR_PIPE.sub("", ln) for ln in main}
    keys = [_SPACE_OR_PIPE.sub("", ln) for ln in lines]
    last = max((i for i, k in enumerate(keys) if k in inside and k != key), default=None)
    at = next((i for i in range(len(lines) - 1, last, -1) if keys[i] == key), None) if last is not None and key else None
    if at is None:
        return lines, []
    # (the text's own print of its title, at its head, stays where it is)
    outside = [i for i in range(at, len(lines)) if i == at or keys[i] not in inside]
    return [ln for i, ln in enumerate(lines) if i not in outside], [lines[i] for i in outside]


def _spaced_as_printed(lines: list[str], main: list[str]) -> list[str]:
    """trafilatura's lines with the spaces the page printed in them: it makes every run of spaces one, and a
    page's ideographic and no-break spaces, which a browser shows as they are, part cells and labels
    ("字號:大 中 小\u3000\u3000發佈時間:…", "别    名  “5·29”会员活动日")."""
    spaced = {_SPACES.sub(" ", ln): ln for ln in main if _SPACE_RUN.search(ln)}
    return [spaced.get(ln, ln) for ln in lines] if spaced else lines


_SPACES = re.compile(r"\s+")
_SPACE_RUN = re.compile(r"\s{2}|[\u3000\xa0\t]")


def _lead_lines(html: str, dropped: list[str]) -> list[str]:
    """The dropped lines that open the page before its first tag, in order."""
    head = [key for ln in html[:html.find("<")].splitlines() if (key := _SPACE_OR_PIPE.sub("", ln))]
    lead = []
    for line in dropped[:len(head)]:
        if _SPACE_OR_PIPE.sub("", line) != head[len(lead)]:
            break
        lead.append(line)
    return lead


_SPACE_OR_PIPE = re.compile(r"[\s|]+")


def _left_out(main: list[str], kept: list[str]) -> list[str]:
    """The main block's lines that trafilatura did not keep: recorded, so its cuts can be audited too.

    Compared without spaces and table pipes, which trafilatura and the block walk place differently.
    """
    have = "\n".join(_SPACE_OR_PIPE.sub("", ln) for ln in kept)
    return [ln for ln in main if (key := _SPACE_OR_PIPE.sub("", ln)) and key not in have]


# elements that mark a date as the page's: <time>, class="pubdate", id="publish_time", itemprop="datePublished"
_DATE_MARK = re.compile(r"date|time|publish", re.I)


def _markup_only(block) -> None:
    """The text block's words taken out but where an element marks a date. htmldate's search runs its patterns over any
    text, "[引用日期2020-05-12]" or a list's dates; the text's dates are the cleaners' to judge, as on a text page. (The
    page's rows outside the block, a sharing site's "上传时间:…", which trafilatura leaves out, are htmldate's to read.)"""
    kept: set = set()
    for el in block.iter():
        if el not in kept and isinstance(el.tag, str) and (el.tag == "time" or _DATE_MARK.search(
                " ".join(str(el.get(a) or "") for a in ("class", "id", "itemprop", "property", "name")))):
            kept.update(el.iter())
    for el in block.iter():
        if el not in kept:
            el.text = None
        parent = el.getparent()
        if el is not block and (parent is None or parent not in kept):
            el.tail = None


def _published(tree, block) -> str | None:
    """The page's own publication date from its markup (meta tags, time elements, elements marked as dates, the rows
    around the text), never from the text's block. The tree is read last, and that block emptied on the way."""
    try:
        from htmldate import find_date

        _markup_only(block)
        found = find_date(tree, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate is a helper here: a page it cannot read simply has no markup date
        return None
    return found
