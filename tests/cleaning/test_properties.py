"""Properties: cleaning only takes away, never the author's sentences, headings or parentheses; and no
input, however broken, makes extract_document raise."""

from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaners import Document, Page, extract_document
from cleaners.draft import Draft
from cleaners.pipeline import DOCUMENT_STEPS, PAGE_STEPS
from cleaners.profiles import PROFILES, steps_for

from .corpus import headings, lcs_len, norm, sentences, to_fullwidth

SENTENCES = sentences()
# sentences holding the author's own parentheses: (居), (市、区), (街道) …
PARENTHESISED = [s for s in SENTENCES if re.search(r"\([^)]{1,12}\)", s)]
HEADINGS = headings()
CN = "一二三四五六七八九十"
TITLE = "在全县计生协工作会议上的讲话"

PROPERTY = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@st.composite
def speeches(draw, numbered_items: bool = True):
    """(page text, body units in order): a title, a salutation, sections of numbered headings and paragraphs;
    with numbered_items, 1、 2、 … sub-headings too."""
    wide = draw(st.booleans())
    one_line = draw(st.integers(0, 4)) == 0  # a mirror printing the page as one line
    numbering_runs_on = draw(st.booleans())  # 1、2、3、 through the sections, or 1、 again in each
    units = ["同志们:"]
    item = 0
    for section in range(draw(st.integers(1, 3))):
        units.append(f"{CN[section]}、{draw(st.sampled_from(HEADINGS))}")
        if not numbering_runs_on:
            item = 0
        for _ in range(draw(st.integers(1, 3))):
            if numbered_items and draw(st.booleans()):
                item += 1
                units.append(f"{item}、{draw(st.sampled_from(HEADINGS))}")
            pool = PARENTHESISED if draw(st.integers(0, 3)) == 0 else SENTENCES
            paragraph = "".join(draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3)))
            # (a paragraph printed twice is the site's doing, and is kept once: no author writes one)
            while paragraph in units:
                paragraph += draw(st.sampled_from(SENTENCES))
            units.append(paragraph)
    units.append("谢谢大家!")
    if wide:
        units = [to_fullwidth(u) for u in units]
    page = TITLE + "\n" + (" ".join(units) if one_line else "\n".join(units))
    return page, units


def _in_order(units: list[str], text: str) -> list[str]:
    """The units not found in the text, each looked for after the previous one."""
    missing, pos = [], 0
    out = norm(text)
    for unit in units:
        found = out.find(norm(unit), pos)
        if found < 0:
            missing.append(unit)
        else:
            pos = found + len(norm(unit))
    return missing


@PROPERTY
@given(speeches(numbered_items=False))
def test_every_sentence_and_section_heading_survives_in_order(speech):
    page, units = speech
    doc = extract_document([Page(body=page.encode("utf-8"))])
    assert _in_order(units, doc.text_original) == []
    assert doc.truncated is False


@PROPERTY
@given(speeches(numbered_items=True))
def test_numbered_sub_headings_survive_in_order(speech):
    page, units = speech
    doc = extract_document([Page(body=page.encode("utf-8"))])
    assert _in_order(units, doc.text_original) == []
    assert doc.truncated is False


@PROPERTY
@given(speeches())
def test_cleaning_only_takes_away(speech):
    """The clean text is a subsequence of the page: nothing is invented or reordered."""
    page, _ = speech
    out = norm(extract_document([Page(body=page.encode("utf-8"))]).text_original)
    assert lcs_len(out, norm(page)) == len(out)


def _valid(doc: Document) -> None:
    assert isinstance(doc, Document)
    for name in ("title", "text", "text_original"):
        assert isinstance(getattr(doc, name), str)
    assert doc.script in ("hans", "hant", "mixed")
    assert doc.content_kind in ("html", "text")
    for name in ("published", "speech_date"):
        value = getattr(doc, name)
        assert value is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
    assert doc.declared_chars is None or isinstance(doc.declared_chars, int)
    assert all(isinstance(r.text, str) and r.rule for r in doc.removed)


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from([None, "text/html; charset=gbk", "text/html; charset=utf-8",
                                                   "text/plain; charset=big5", "text/html; charset=bogus"]))
def test_random_bytes_never_raise(body, content_type):
    _valid(extract_document([Page(body=body, content_type=content_type)]))


WORDS = ["计生协", "同志们：", "上一篇：", "发布时间：2013-08-15", "（居）", "1、", "……(未完,全文共9760字)", "協(xié)", "&nbsp;",
         "<", ">", "&", "由会员分享", "。", "，", "\u3000", "\ufffd", "©", "|", "扫一扫", " "]
TAGS = ["p", "div", "td", "table", "tr", "span", "font", "br", "h1", "title", "script", "li", "a", "b"]
text_runs = st.lists(st.sampled_from(WORDS) | st.text(alphabet="计划生育协会工作报告讲话。，、", max_size=20),
                     max_size=8).map("".join)
elements = st.recursive(
    text_runs,
    lambda children: st.tuples(st.sampled_from(TAGS), st.lists(children, max_size=4),
                               st.sampled_from(["", ' class="content"', ' style="display:none"', ' id="zoom"',
                                                ' class="nav"', " hidden"])).map(
        lambda t: f"<{t[0]}{t[2]}>{''.join(t[1])}</{t[0]}>"),
    max_leaves=25,
)


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(elements, st.sampled_from(["utf-8", "gb18030", "big5"]), st.booleans())
def test_random_html_never_raises(fragment, encoding, declare):
    meta = f'<meta charset="{encoding}">' if declare else ""
    page = f"<html><head>{meta}<title>计生协</title></head><body>{fragment}</body></html>"
    _valid(extract_document([Page(body=page.encode(encoding, errors="replace"))]))


# any character a page can decode to (no lone surrogates: no decoder makes them), and the noise rules look for
ANY_LINE = st.lists(st.sampled_from(WORDS) | text_runs | st.text(st.characters(codec="utf-8"), max_size=40),
                    max_size=6).map("".join)


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PAGE_STEPS + DOCUMENT_STEPS), st.lists(ANY_LINE, max_size=25),
       st.sampled_from(["html", "text"]))
def test_every_cleaning_step_takes_any_lines(step, lines, kind):
    draft = step(Draft(lines=list(lines), kind=kind, url="http://www.example.org/a.html",
                       title_candidates=[("h1", lines[0])] if lines else []))
    assert isinstance(draft, Draft) and all(isinstance(line, str) for line in draft.lines)
    assert all(isinstance(r.text, str) and r.rule for r in draft.removed)


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000) | elements.map(lambda html: html.encode("utf-8")), st.sampled_from(sorted(PROFILES)))
def test_every_document_is_utf8_json(body, profile):
    """What the store and `extract` write: the document as JSON, strict UTF-8, read back the same."""
    doc = extract_document([Page(body=body, url="http://www.example.org/a.html")], steps_for(profile))
    encoded = json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")
    assert json.loads(encoded.decode("utf-8")) == json.loads(json.dumps(doc.to_dict()))

