"""The cleaning pipeline: decode, extract, clean, convert, describe.

Each step takes a Draft and returns it with spans removed and recorded (datatrove's shape); the
order matters and is the one place it is written down.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from cleaners import describe
from cleaners.banners import SiteBanners
from cleaners.binary import document_format, document_lines
from cleaners.dates import CLOCK, PADDED_DAY_RE, STAMP, WRITTEN, date_line, first_date
from cleaners.decode import decode, looks_binary
from cleaners.document import Document, Page
from cleaners.draft import Draft, ends_sentence, fold, shadow, simplified
from cleaners.html import extract_html, looks_like_html
from cleaners.listing_metadata import UploadMetadata
from cleaners.navigation import LeadingByline, Navigation, TrailingCredit, TrailingLinks
from cleaners.page_markers import PageMarkers
from cleaners.paragraphs import Paragraphs
from cleaners.pinyin import PinyinAnnotations
from cleaners.relevance import org_mentions, reads_as_news, relevance
from cleaners.script import detect_script
from cleaners.spam import InjectedSpam, SpamLines
from cleaners.spun import spun_score
from cleaners.title import CAPITAL_NUMERALS, PAPER_LABEL, Title, choose_title
from cleaners.truncation import PreviewCut, TruncationNotice

Step = Callable[[Draft], Draft]
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


class AfterSplit:
    """A rule run again only on pages whose lines Paragraphs split: the others it has seen already."""

    def __init__(self, step: Step) -> None:
        self.step = step
        self.name = getattr(step, "name", type(step).__name__)

    def __call__(self, draft: Draft) -> Draft:
        return self.step(draft) if draft.split else draft

    def __repr__(self) -> str:
        return f"AfterSplit({self.step!r})"

# per page: what the site put around and inside the document
PAGE_STEPS: list[Step] = [
    PinyinAnnotations(),  # first: the other rules read words, not annotated characters
    TruncationNotice(),
    UploadMetadata(),  # before banners: "来源:本站原创" is a listing line, and its dates are wanted
    SiteBanners(),
    Navigation(),
    PageMarkers(),
    SpamLines(),  # before Paragraphs: an advert line of several words goes whole, not word by word
    Paragraphs(),
    # what was glued into one-line pages is on lines of its own now
    AfterSplit(TruncationNotice()),
    AfterSplit(UploadMetadata()),
    AfterSplit(Navigation(split=True)),
    InjectedSpam(),
    Title(),
    TrailingLinks(),
    TrailingCredit(),
    LeadingByline(),
]
# once the pages are joined: whether the document stops short
DOCUMENT_STEPS: list[Step] = [PreviewCut()]

# a cleaner that removes more than this share of a page's text is reported for audit
AUDIT_SHARE = 0.35


def page_draft(page: Page) -> Draft:
    fmt = document_format(page.content_type, page.url, page.body)
    if fmt is not None:  # a Word or PDF download: its own reader gives the lines
        draft = Draft(lines=document_lines(page.body, fmt), kind="text", url=page.url)
        draft.facts["format"] = fmt
        return draft
    if looks_binary(page.body):  # binary data under a text type: nothing in it is the document's text
        draft = Draft(lines=[], kind="text", url=page.url)
        draft.facts["warnings"] = ["the page is binary data, not text: nothing extracted"]
        return draft
    decoded = decode(page.body, page.content_type)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u200b" in text or "\ufeff" in text or "\u200c" in text or "\u200d" in text:
        text = _ZERO_WIDTH.sub("", text)  # invisible marks (知乎 pads its buttons with them) are no text
    if looks_like_html(text):
        found = extract_html(text, page.url)
        draft = Draft(lines=found.lines, kind="html", url=page.url, title_candidates=list(found.titles))
        for line in found.dropped:
            draft.drop("extraction", line)
        if found.published:
            draft.facts["markup_published"] = found.published
    else:
        draft = Draft(lines=[ln.strip() for ln in text.split("\n") if ln.strip()], kind="text", url=page.url)
    draft.facts["encoding"] = decoded.encoding
    if decoded.lied:
        draft.facts.setdefault("warnings", []).append(
            f"declared charset {decoded.declared} but the bytes are {decoded.encoding}")
    if decoded.repaired:
        draft.facts.setdefault("warnings", []).append(
            f"the text was mojibake ({decoded.encoding} read as Latin-1 before it was served): read again as {decoded.encoding}")
    return draft


def clean_page(draft: Draft, steps: Sequence[Step] = PAGE_STEPS) -> Draft:
    before = sum(len(ln) for ln in draft.lines)
    for step in steps:
        draft = step(draft)
    # pinyin readings are not text: they don't count towards what cleaning took away
    # nor what extraction left out, which was never in the draft's lines
    taken = sum(len(r.text) for r in draft.removed if r.rule not in ("pinyin", "extraction"))
    before -= sum(len(r.text) for r in draft.removed if r.rule == "pinyin")
    if before > 0 and taken / before > AUDIT_SHARE:
        draft.facts.setdefault("warnings", []).append(
            f"cleaning removed {taken} of {before} characters ({taken / before:.0%})")
    return draft


def extract_document(pages: Sequence[Page], steps: Sequence[Step] = PAGE_STEPS) -> Document:
    if not pages:
        raise ValueError("a document needs at least one page")
    drafts = [clean_page(page_draft(p), steps) for p in pages]
    first = drafts[0]
    merged = Draft(lines=[ln for d in drafts for ln in d.lines], kind=first.kind, url=first.url,
                   title_candidates=first.title_candidates, facts=dict(first.facts))
    for d in drafts[1:]:
        for key, value in d.facts.items():
            if key == "warnings":
                merged.facts.setdefault("warnings", []).extend(value)
            elif key == "truncated":
                merged.facts["truncated"] = merged.facts.get("truncated") or value
            elif key == "page_counters":  # the last part shows the last page
                merged.facts[key] = [*merged.facts.get(key, []), *value]
            else:
                merged.facts.setdefault(key, value)
    merged.removed = [r for d in drafts for r in d.removed]
    for step in DOCUMENT_STEPS:
        merged = step(merged)
    return _describe(merged, pages)


_READ_MORE = re.compile(r"查看全文|阅读全文|閱讀全文|全文>>|详细>>|詳細>>")


def _describe(draft: Draft, pages: Sequence[Page]) -> Document:
    lines = draft.lines
    original = "\n".join(lines)
    # (a page left with hardly any text, its question taken for the title, is read with its title too)
    script = detect_script(original if len(original) >= 20 else
                           (draft.facts.get("title") or choose_title(draft.title_candidates)) + "\n" + original)
    # line by line: each line's Simplified form is cached from the cleaning rules
    text = "\n".join(map(simplified, lines)) if script != "hans" else original
    title = draft.facts.get("title") or choose_title(draft.title_candidates)
    # what the rules below read: Simplified, half-width; each line's shadow is cached from the cleaning
    # rules, except where the text keeps a line's few Traditional characters (a Simplified page)
    title_s = fold(simplified(title))
    folded = "\n".join(shadow(ln) if script != "hans" or simplified(ln) == ln else fold(ln) for ln in lines)
    simple_lines = folded.split("\n")
    # a story's credit (记者…, …供稿), taken off its end, still tells that it is news
    credit = "".join("\n" + shadow(r.text) for r in draft.removed if r.rule == "trailing_credit")
    # (and a compilation's label over the title, "交流发言之一", tells what the paper is)
    label = next((shade for r in draft.removed if r.rule == "title" and PAPER_LABEL.fullmatch(shade := shadow(r.text).strip())), "")
    labelled_title = f"{label}:{title_s}" if label else title_s
    # (an issuer's name over the title, which Title took with it, is the title's: "县计划生育协会" / "关于…的评估报告")
    issuer = next((shade for r in draft.removed if r.rule == "title" and len(r.text) <= 20
                   and org_mentions(shade := shadow(r.text).strip()) and shade != title_s), "")
    labelled_title = f"{issuer} {labelled_title}" if issuer else labelled_title
    # (and the source its listing row names: what the association published is its own)
    source = next((shade for r in draft.removed if r.rule == "upload_metadata" and "来源" in (shade := shadow(r.text))), "")
    relevant, rel_score = relevance(labelled_title, folded + credit, source)
    # a list page's items, each with its link to the whole text or its length ("[查看全文>>]", "字数:2860"): the page is
    # no document, and its excerpts' cuts are the list's, not a truncation of the page
    listing = sum(1 for r in draft.removed if _READ_MORE.search(r.text)) >= 3 or len(draft.facts.get("listed_chars") or []) >= 3
    truncated = bool(draft.facts.get("truncated")) and (not listing or bool(draft.facts.get("declared_chars")))
    relevant = relevant and not listing
    # (a site rewords the title with the text: "社区方案生育宣传")
    spun, spun_value, _ = spun_score(folded if not title_s or title_s in folded else f"{title_s}\n{folded}")
    org, level, region = describe.organisation(title_s, folded)
    name, role = describe.speaker(simple_lines, title_s)
    # (a release names its speaker in its lead to the speech, which goes as the site's: "以下为…局长某某今日…的致辞全文:",
    # "以下是行政长官某某今日(三月八日)出席…的致辞:")
    if name is None and (lead := next((r.text for r in draft.removed if r.rule == "banner" and r.text.startswith("以下")
                                       and r.text.rstrip().endswith((":", "\uff1a"))), None)):
        name, role = describe.speaker([fold(simplified(lead)), *simple_lines], title_s)
    # (a store with no date prints the clock's zero, "1970-01-01 08:00:00": no day at all)
    published = next((day for key in ("published", "markup_published", "updated")
                      if (day := draft.facts.get(key)) and day != _EPOCH), None)
    speech_date, portal_date = _speech_date(simple_lines)
    # (or the date line a site printed in its title, which went with the title: "…上的报告(2017年2月28日)", or the
    # day the title opens with: "2017年2月28日在全县…上的讲话"; not a site's stamp, its month or day padded: "(2023年11月01日)")
    # (or a catalogue's 成文日期 over a document; over a story, which opens with its day and event, it is the page's)
    speech_date = speech_date or next((first_date(fold(r.text)) for r in draft.removed[:12] if r.rule == "title"
                                       and (describe.SPEECH_DATE.search(fold(r.text)) or _DAY_THEN_AT.match(fold(r.text)))
                                       and not PADDED_DAY_RE.search(fold(r.text))), None) \
        or (written if (written := draft.facts.get("written")) and not reads_as_news("", folded) else None)
    published = published or portal_date or _dateline_date(simple_lines[:6]) or draft.facts.get("day_row") \
        or draft.facts.get("issue_date") or _crumb_stamp(draft)
    # (a date above the title is the page's; so is a news story's, which no speech carries)
    if speech_date and (speech_date == draft.facts.get("dated_above_title")
                        or (not relevant and reads_as_news(title_s, folded))):
        published, speech_date = published or speech_date, None
    warnings = list(draft.facts.get("warnings", []))
    warnings += [f"rule {r.rule} removed a body-like paragraph: {r.text[:40]}…" for r in draft.removed
                 if len(r.text) >= 120 and r.text.count("。") >= 2 and r.rule not in ("banner", "truncation")]
    return Document(
        url=pages[0].url,
        title=title,
        text=text,
        text_original=original,
        script=script,
        published=published,
        speech_date=speech_date,
        truncated=truncated,
        declared_chars=draft.facts.get("declared_chars"),
        spun=spun,
        spun_score=spun_value,
        relevant=relevant,
        relevance_score=rel_score,
        speaker=name,
        speaker_role=role,
        meeting=describe.meeting(title_s, simple_lines),
        doc_type=describe.doc_type(labelled_title, simple_lines),
        organisation=org,
        org_level=level,
        region=region,
        encoding=draft.facts.get("encoding"),
        content_kind=draft.kind,
        warc=pages[0].warc,
        parts=[{"url": p.url, "warc": p.warc} for p in pages],
        removed=draft.removed,
        warnings=warnings,
    )


# (a note may follow the date: "(2015年7月7日,根据录音整理)")
_DATED_BYLINE = re.compile(r"[((]\s*([^()(),]{6,16}日)\s*(?:,[^()()]{0,12})?[))]\s*$")
# "(2022年1月14日在区计生协三届五次理事会上)": the date, then where the speech was given
# (or where, after a space: "(2012年8月30日  北京)")
# (or after a dash, or bare, with no brackets: "——2015年9月21日在省十二届人大常委会第十八次会议上")
# (or the meeting right after the date, a colon after the brackets: "(中華民國八十二年四月二日第九屆第七次定期大會第四次會議):")
_DATE_FIRST_BYLINE = re.compile(r"^\s*(?:[((]\s*([^()()]{6,16}?日)\s*(?:在[^()()]{2,40}|[\s,]\s*[\u4e00-\u9fff]{2,8}|"
                                r"第[^()()]{2,40}[会會][议議]?)[))]|"
                                r"[—-]{0,2}\s*([^()()]{6,16}?日)\s*在[^()()。]{2,40}上)\s*:?\s*$")


# a transcript's note of its day and its making, the date before or after the note, with no comma or with a
# bracket the page lost: "(2009年8月25日根据录音整理)", "2009年8月25日根据录音整理、未经本人审核)", "(根据录音整理,2009年8月25日)"
_RECORDED = re.compile(r"^\s*[((]?\s*(?:([^()(),]{6,16}?日)\s*[,、]?\s*)?(?:根据|据)?(?:现场)?录音(?:记录)?整理"
                       r"(?:[,、]\s*未经本人审[阅核定])?\s*(?:[,、]\s*([^()(),]{6,16}?日))?\s*[))]?\s*$")
# the speaker, the office before the name, and the day after a slash: "【本會理事長 董文雅/2010.04.07" (the page may part the
# office from the name at their space)
_SPEAKER_DATED = re.compile(r"\s*[【\[(]?\s*(?:[\u4e00-\u9fff]{2,16}\s+)?[\u4e00-\u9fff]{2,4}\s*/\s*((?:19|20)\d\d\.\d{1,2}\.\d{1,2})\s*[】\])]?\s*$")
_GIVEN_START = re.compile(r"^\s*[((—-]*\s*[^()()]{6,16}?日\s*在[^上]*$")
_ADOPTED = re.compile(r"^\s*[((]\s*(?:本[^()()]{1,8}?于|于)?\s*([^()()]{6,16}?日)[^()()。]{0,40}(?:通过|施行|印发|修订)[))]\s*$")
_HOURS = re.compile(r"\d{1,2}:\d{2}\s*[-—–~至]\s*\d{1,2}:\d{2}")
_TIME_LABEL = re.compile(r"(?:时间|日期)[^:]{0,6}:\s*$")
# a news story's dateline with its year: "【大纪元2015年10月31日讯】", "新华网北京2019年3月5日电"
_DATELINE_DATE = re.compile(rf"^\W{{0,2}}[\u4e00-\u9fff]{{2,12}}?({WRITTEN})\s*(?:讯|电|消息)")


def _dateline_date(lines: list[str]) -> str | None:
    return next((first_date(m.group(1)) for line in lines if (m := _DATELINE_DATE.match(line))), None)


# a breadcrumb that ends on the page's stamp and clock: "您的位置:某网 > 公文范文 > …讲话 正文 2021-02-23 06:01:46"
_CRUMB_STAMP = re.compile(rf"[>»›]\s*[^>»›]+?\s({STAMP})\s+{CLOCK}\s*$")


def _crumb_stamp(draft: Draft) -> str | None:
    return next((first_date(m.group(1)) for r in draft.removed[:60] if r.rule == "navigation" and ":" in r.text
                 and (m := _CRUMB_STAMP.search(shadow(r.text)))), None)


_EPOCH = "1970-01-01"
_DAY_THEN_AT = re.compile(rf"\s*{WRITTEN}\s*在[^。]{{2,60}}上的?(?:讲话|报告|致辞|发言|工作报告|总结)")


def _event_day(lines: list[str], k: int) -> bool:
    """Whether line k is an event's day, not the document's: under a field's label, "二、活动时间和内容:" / "2016年7月10日",
    or a numbered label with no colon, "1.汇演时间"; or with its hours' span after it, which the page split off at its
    space: "2018年11月30日" / "09:00-11:30"."""
    above = lines[k - 1] if k else ""
    below = lines[k + 1] if k + 1 < len(lines) else ""
    return (above.endswith(":") and _TIME_LABEL.search(above) is not None
            or 0 < len(above) <= 12 and above.rstrip().endswith(("时间", "時間"))
            or ":" in below and _HOURS.fullmatch(below.strip()) is not None)


def _speech_date(lines: list[str]) -> tuple[str | None, str | None]:
    """A date line under the title, else one in the signature at the end, else the first anywhere; and a
    portal's date the head prints before a speech's date in brackets ("2006年06月19日" / "(2006年6月8日)")."""
    lines = ["" if _event_day(lines, k) else line for k, line in enumerate(lines)]
    head, tail = lines[:12], lines[-8:]
    dated = [(line, found) for line in head if (found := date_line(line))]
    if dated and PADDED_DAY_RE.fullmatch(fold(dated[0][0]).strip(" ()〔〕[]")) and not _addressed_after(head, dated[0][0]):
        # a site's stamp alone, its month or day padded with a nought ("2011年07月30日", in brackets by a headline: "…护航
        # (2023年11月01日)"), over a story: a speech's
        # date line goes on to its salutation ("2023年05月15日" / "同志们:")
        return (dated[1][1] if len(dated) > 1 else _dated([], [ln for ln in tail if ln != dated[0][0]], [])), dated[0][1]
    if dated:
        bracketed = next((found for line, found in dated[1:] if _in_brackets(line)), None)
        # (a bare date under a cover notice's issuer is the notice's signature, no portal's stamp: "…印发给你们。" /
        # "县计划生育协会" / "2017年3月1日" / the speech / "(2017年2月28日)")
        if bracketed and _signed(head, dated[0][0]):
            return bracketed, None
        return (bracketed, dated[0][1]) if bracketed and not _in_brackets(dated[0][0]) else (dated[0][1], None)
    return _event_date(head) or _dated(head, tail, lines), None


# a transcript's or a record's header of the event: "时 间:2021年7月21日" over "地 点:国务院新闻办公室"
# (minutes may number their header's items: "壹、时 间:民国114年12月26日…" / "贰、地 点:…")
# (a page of mixed script is read as printed: "會議時間:")
_ITEM = rf"\s*(?:[一二三四五六七八九十{CAPITAL_NUMERALS}]{{1,2}}、)?"
# (or its day: "日期:107年8月30日(星期四)上午8時" over "地點:本會…會議室")
_EVENT_TIME = re.compile(rf"{_ITEM}(?:会议|會議)?(?:[时時]\s*[间間]|日\s*期)\s*:\s*(.{{6,24}})")
_EVENT_PLACE = re.compile(rf"{_ITEM}(?:会议|會議)?地\s*[点點]\s*:")


_ISSUER_LINE = re.compile(r"[^,。:;!?\s]{2,24}(?:协会|委员会|政府|办公室|办公厅|局|委|妇联|总会|联合会)")
# the issuer's name and the day in one bracket under a document's heading: "(市人口和计划生育局2007年4月3日)"
_ISSUER_DATED = re.compile(rf"^\s*[((]\s*{_ISSUER_LINE.pattern}\s*({WRITTEN})\s*[))]\s*$")


def _signed(head: list[str], line: str) -> bool:
    """Whether a date line signs what stands above it: under an issuer's name, with a sentence above that."""
    at = head.index(line)
    return at >= 2 and bool(_ISSUER_LINE.fullmatch(fold(head[at - 1]).strip())) and any("。" in ln for ln in head[:at - 1])


def _event_date(head: list[str]) -> str | None:
    for k, line in enumerate(head):
        if ("间" in line or "間" in line or "期" in line) and (m := _EVENT_TIME.match(fold(line))) and any(_EVENT_PLACE.match(fold(ln)) for ln in head[k + 1:k + 4]):
            return first_date(m.group(1))
    return None


_SPOKEN_START = re.compile(r"\s*(?:(?:现在|今天|首先|这次|本次)\s*,?\s*)?(?:我代表|我受|受[^,。]{2,20}委托)|\s*(?:现在|今天)\s*,?\s*我们")


def _addressed_after(head: list[str], line: str) -> bool:
    """Whether the date line goes on to a salutation, or stands below the text's first sentence (a signature's)."""
    at = head.index(line)
    below = head[at + 1:at + 2]
    # (or to a speech's or a report's first words: "现在,我代表…", "今天,我们在这里…")
    return any(ends_sentence(ln) for ln in head[:at]) or bool(below) and (
        below[0].rstrip().endswith(":") and len(below[0]) <= 40 or describe.SALUTATION_START.match(below[0].lstrip())
        or _SPOKEN_START.match(below[0]) is not None)


def _in_brackets(line: str) -> bool:
    return fold(line).lstrip().startswith(("(", "〔"))


def _dated(head: list[str], tail: list[str], lines: list[str]) -> str | None:
    """The head has no date line (the caller looked): one in the signature at the end, else the first anywhere,
    else a byline's."""
    for group in (tail[::-1], lines):
        for line in group:
            found = date_line(line)
            if found:
                return found
    # a byline that ends in its date: "——在…大会上的讲话(2019年5月30日)"
    # (a page may split it after the meeting's first words: "2014年5月27日在省第十二届人民代表大会" / "常务委员会第八次会议上")
    folded = list(map(fold, head))
    for k, line in enumerate(folded):
        if k + 1 < len(folded) and _GIVEN_START.match(line) and folded[k + 1].rstrip(") ").endswith("上"):
            line += folded[k + 1]
        m = _DATED_BYLINE.search(line) or _DATE_FIRST_BYLINE.match(line) or ("录音" in line and _RECORDED.match(line)) \
            or _ISSUER_DATED.match(line)
        if m and any(m.groups()) and len(line) <= 80 and "。" not in line:
            return date_line(next(g for g in m.groups() if g))
        if "/" in line and (m := _SPEAKER_DATED.match(line)):
            return first_date(m.group(1))
    # a charter's or a rule's note of the day it was adopted, under its title or at its end:
    # "(本章程于2009年4月8日第六届第一次村民代表大会讨论通过)"
    for line in map(fold, [*head, *tail]):
        if len(line) <= 80 and (m := _ADOPTED.match(line)):
            return date_line(m.group(1))
    return None
