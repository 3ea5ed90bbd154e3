"""PageMarkers: the "2、" "17、" a docx-preview site prints at each page break, often mid-word.

A marker is told from a real numbered heading ("1、领导重视") by two things together: the numbers run
1, 2, 3 … through the whole document as page numbers do, and most of them break text that had not
ended (the line before stops mid-sentence, or the page starts with punctuation). The marker goes and
the halves of the broken word are joined again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleaners.draft import HAN, Draft, ends_sentence, fold, shadow
from cleaners.navigation import thumbnail_caption

# matched on the line as printed: \d and \s take full-width digits and spaces as fold() would make them
_AT_START = re.compile(r"^\s*(\d{1,3})、\s?")
_DIGITS_BEFORE = re.compile(r"\d{1,3}$")  # the number of a marker inside a line, looked for back from its 、
_AFTER = re.compile(r"\s?(?=\S)")
_PUNCT_START = re.compile(r"^[,。、;:!?)」”’】]")
# (a heading may hold a comma, "二、创新机制,加强队伍建设", and be numbered in digits, "1、201X年协会工作建议")
_SECTION = re.compile(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})、[^。;:!?\uff1b\uff1a\uff01\uff1f]{1,28}")
_ITEM_NEXT = re.compile(r"\s?\d{1,2}、")
PAGE = 60  # a preview page holds at least this much text; a heading or a list item is shorter
FIRST_PAGE = 200  # a page that a preview opens with its "1、", beside an author's first item


@dataclass
class _Marker:
    line: int
    start: int  # offset of the marker in its line
    end: int
    number: int
    broken: bool  # it cuts text that had not ended: the page break of a preview


def _in_line(line: str):
    """(start, end, number) of each "N、" that follows a space inside a line (one scan for 、, not a
    pattern tried at every position)."""
    at = line.find("、")
    while at >= 0:
        digits = _DIGITS_BEFORE.search(line, max(0, at - 3), at)
        after = _AFTER.match(line, at + 1) if digits else None
        if after and digits.start() > 0 and line[digits.start() - 1].isspace():
            yield digits.start(), after.end(), int(digits.group())
        at = line.find("、", at + 1)


def _breaks(before: str, rest: str) -> bool:
    """A page runs on from a page: the text before is a page's worth and had not ended, or the page
    starts with punctuation."""
    return (len(before) >= PAGE and not ends_sentence(before)) or bool(_PUNCT_START.match(fold(rest[:1])))


def _candidates(lines: list[str]) -> list[_Marker]:
    found = []
    for i, line in enumerate(lines):
        if "、" not in line:  # only a line with 、 can hold a marker
            continue
        m = _AT_START.match(line)
        if m:
            found.append(_Marker(i, m.start(), m.end(), int(m.group(1)),
                                 _breaks(lines[i - 1] if i > 0 else "", line[m.end():])))
        for a, b, number in _in_line(line):
            before = line[:a].rstrip()
            # (on a page printed as one line, an item numbered under its section's heading: "二、工作建议 1、…")
            heading = _SECTION.fullmatch(before.rsplit(None, 1)[-1]) if before else None
            found.append(_Marker(i, a, b, number, not heading and _breaks(before, line[b:])))
    return found


def page_chain(lines: list[str], previewed: bool = False) -> list[_Marker]:
    """The run of markers numbered k, k+1, … that best looks like page breaks, or nothing.

    Among runs that fit, the one with the most breaks in unfinished text wins, so an author's own
    "2、" inside page 1 does not stand in for the page marker "2、" that follows it. On a sharing site's
    preview (`previewed`: the page captioned its thumbnails "…_第1页"), a page a line needs no break.
    """
    cands = _candidates(lines)
    # best[j]: (breaks, length, previous index) of the best run ending at candidate j
    best: list[tuple[int, int, int]] = []
    for j, c in enumerate(cands):
        entry = (int(c.broken), 1, -1) if c.number <= 2 else (-1, 0, -1)
        for k in range(j):
            p = cands[k]
            if p.number == c.number - 1 and best[k][1] > 0 and (p.line, p.start) < (c.line, c.start):
                option = (best[k][0] + c.broken, best[k][1] + 1, k)
                if option[:2] > entry[:2]:
                    entry = option
        best.append(entry)
    if not best:
        return []
    j = max(range(len(cands)), key=lambda i: best[i][:2])
    breaks, length, _ = best[j]
    chain = []
    while j >= 0:
        chain.append(cands[j])
        j = best[j][2]
    chain.reverse()
    # an unbroken "4、" after the author's own "3、" (which stands between the page marker "3、" and it) is the
    # author's next item, not the next page: "…3、组织…实际困难。 4、做好入户随访工作"
    # (unless an item's number follows it straight: the page opened at the author's item, "3、3、经费落实…")
    while len(chain) >= 2 and not (last := chain[-1]).broken and not _ITEM_NEXT.match(lines[last.line], last.end) and any(
            q.number == last.number - 1 and (chain[-2].line, chain[-2].start) < (q.line, q.start) < (last.line, last.start)
            for q in cands):
        chain.pop()
        length -= 1
    if _fits(chain, breaks, length, lines, previewed):
        return chain
    # (a short preview's pages, then the author's own items numbered on from its last page's number: "1、…室外要" /
    # "2、有固定的…专栏…。 3、健全效劳网络…": the pages are the run up to its last break)
    last_break = max((k for k, c in enumerate(chain) if c.broken), default=-1)
    if 1 <= last_break < len(chain) - 1:
        pages = chain[:last_break + 1]
        if _fits(pages, sum(c.broken for c in pages), len(pages), lines, previewed):
            return pages
    return []


def _fits(chain: list[_Marker], breaks: int, length: int, lines: list[str], previewed: bool) -> bool:
    """Whether a run of markers is a preview's pages: a short preview printed a page a line (its "1、" opens the text,
    under the title printed once or twice, each marker opens the next line, each page is longer than an author's
    numbered item, and half the pages at least break text that had not ended), or most markers break the text."""
    first = chain[0]
    paged = first.number == 1 and all(c.start == 0 and c.line == first.line + k for k, c in enumerate(chain)) \
        and all(len(lines[c.line]) >= FIRST_PAGE for c in chain[:-1]) and (previewed or breaks >= max(1, (length - 1) / 2)) \
        and all(len(lines[i]) <= 80 and "。" not in lines[i] for i in range(first.line))
    # (a preview of two pages: its "1、" over the text's head, beside its title, and its "2、" inside a word the page
    # broke: "1、 区计划生育协会…工作报告" / … / "…在学习先进、争创" / "2、示范、深化…")
    two = length == 2 and first.number == 1 and first.start == 0 and first.line <= 2 and chain[1].broken \
        and chain[1].start == 0 and chain[1].line > 0 and bool(HAN.match(lines[chain[1].line - 1].rstrip()[-1:])) \
        and bool(HAN.match(lines[chain[1].line][chain[1].end:chain[1].end + 1]))
    return length >= 2 and (paged or two or (breaks >= 2 and breaks >= 0.6 * (length - 1)))


# a PDF's page number left at a line's end, "致富能 - 1 -", where the page broke a word ("致富能" / "人、…")
# (or glued on: "…各界人士-1-", "…做出了积极贡献。- 2 -")
_PDF_PAGE = re.compile(r"(?:\s+|(?<=[\u4e00-\u9fff。!?;:)]))[-—–]\s*\d{1,3}\s*[-—–]\s*$")


def _pdf_pages(draft: Draft) -> None:
    out: list[str] = []
    join = False
    for i, line in enumerate(draft.lines):
        if join and out:
            out[-1] += line.lstrip()
        else:
            out.append(line)
        join = False
        if line.endswith(("-", "—", "–")) and (m := _PDF_PAGE.search(out[-1])) is not None:
            draft.drop("page_marker", m.group().strip(), i)
            out[-1] = out[-1][:m.start()]
            join = not ends_sentence(out[-1]) and i + 1 < len(draft.lines)
    draft.lines = out


_CLAUSE_MARK = re.compile("[,、;:。\uff0c\uff1b\uff1a]")


def _lone_pages(draft: Draft) -> None:
    """A page's number alone on a line where the page broke a sentence ("…严重失调、人口" / "1" / "老龄化凸现,…"):
    it goes, and the sentence's halves are joined again."""
    lines, out = draft.lines, []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        # (a broken sentence has its clauses' marks before the break; a headline over a view count has none:
        # "(市民之言)营造婚育友好社会氛围推动优生多育" / "499" / the story)
        # (the next page may open with a stray letter the preview left: "…主要领导亲" / "1" / "f自抓,…")
        below = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
        stray = 1 if below[:1].isascii() and below[:1].isalpha() and HAN.match(below[1:2]) else 0
        if out and below and len(line) <= 3 and line.isdigit() and len(out[-1]) >= 20 \
                and HAN.match(out[-1][-1]) and not ends_sentence(out[-1]) and HAN.match(below[stray:]) \
                and _CLAUSE_MARK.search(out[-1]):
            draft.drop("page_marker", line + below[:stray], i)
            out[-1] = out[-1].rstrip() + below[stray:]
            i += 2
            continue
        out.append(lines[i])
        i += 1
    draft.lines = out


# a page's number after a space at a line's end, where the page broke a date: "…协会在每年9 1" / "月下旬都…"
_DATE_BROKEN = re.compile(r"(?<=\d) (\d{1,3})$")
_DATE_UNIT = ("年", "月", "日", "号")


def _date_breaks(draft: Draft) -> None:
    lines, out = draft.lines, []
    i = 0
    while i < len(lines):
        line = lines[i]
        m = _DATE_BROKEN.search(line) if line[-1:].isdigit() else None
        below = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
        if m and below.startswith(_DATE_UNIT) and len(line) >= 20 and _CLAUSE_MARK.search(line):
            draft.drop("page_marker", m.group(1), i)
            out.append(line[:m.start()] + below)
            i += 2
            continue
        out.append(line)
        i += 1
    draft.lines = out


# a page's number glued between a full stop and the article or chapter the next page opens with:
# "…各项工作任务。2第五条:…"; a number before a heading has its 、 or a space ("2、第五条")
_GLUED = re.compile(r"[。;!?](\d{1,3})(?=第[一二三四五六七八九十百零〇]{1,4}[条章])")


_HEAD_TOKENS = re.compile(r"[^\s,,。]+")


_LEAD_NUMBER = re.compile(r"\d{1,3}、")


def _halved(token: str) -> str | None:
    """The token printed once, where it is runs each printed twice ("乡镇乡镇总结总结" → "乡镇总结"), after a page's
    number ("1、乡镇乡镇"); None where it is not."""
    lead = _LEAD_NUMBER.match(token)
    start = p = lead.end() if lead else 0
    out = [token[:start]]
    while p < len(token):
        # (a run printed twice starts again where its first character comes back: only there is it compared)
        h = token.find(token[p], p + 2) - p
        while 0 < h <= (len(token) - p) // 2 and not token.startswith(token[p:p + h], p + h):
            h = token.find(token[p], p + h + 1) - p
        if not 0 < h <= (len(token) - p) // 2:
            return None
        out.append(token[p:p + h])
        p += 2 * h
    return "".join(out) if p > start else None


_PAIR_TWICE = re.compile(r"(\S\S)\1")
_TWICE = re.compile(r"([^。!?;]{4,60}[。!?;])\1")


_RUN_TWICE = re.compile(r"([\u4e00-\u9fff\d]{2,30}?)\1")  # (words or figures: a rule of dots or dashes is none)


def _doubled_layer(line: str) -> tuple[str, str] | None:
    """The line printed once, where a preview's text layer printed each of its pieces twice in a row ("20132013年计划生育
    宣传教育年计划生育宣传教育培训课程培训课程宣传是行动的先导,任何一项工作只宣传是行动的先导,任何一项工作只要…"): doubled
    pieces cover three in five of its characters at least; else None. The longest piece that repeats is taken first."""
    out: list[str] = []
    copies: list[str] = []
    i = doubled = 0
    n = len(line)
    while i < n:
        if i >= 200 and doubled * 2 < i:  # (a line that opens undoubled is none: most lines stop here, or never start)
            return None
        for size in range(min(60, (n - i) // 2), 1, -1):
            if line[i + size] == line[i] and line[i:i + size] == line[i + size:i + 2 * size]:
                out.append(line[i:i + size])
                copies.append(line[i + size:i + 2 * size])
                i += 2 * size
                doubled += 2 * size
                break
        else:
            out.append(line[i])
            i += 1
    return ("".join(out), "".join(copies)) if doubled * 5 >= n * 3 else None


def _undouble_layer(draft: Draft) -> None:
    """A preview whose text layer is doubled through: its lines that are, printed once; only where the page's first
    line opens with three runs printed twice (most pages print no run twice in a row)."""
    first = draft.lines[0][:200] if draft.lines else ""
    if len(_RUN_TWICE.findall(first)) < 3:
        return
    for i, line in enumerate(draft.lines):
        if len(line) >= 40 and (undoubled := _doubled_layer(line)) is not None:
            draft.drop("page_marker", undoubled[1], i)  # (the second prints, run together)
            draft.lines[i] = undoubled[0]


def _undouble(draft: Draft) -> None:
    """A preview that printed each bold run of the head twice ("乡镇乡镇 20212021 年上半年妇联工作总结年上半年妇联工作总结"):
    three or more such runs among the words that open one of the first two lines, each printed once again; a word an
    author doubles ("研究研究") stands alone."""
    for i, line in enumerate(draft.lines[:2]):
        head = line[:120]
        if not _PAIR_TWICE.search(head):  # (most heads print no two characters twice in a row)
            continue
        runs = [(m, once) for m in _HEAD_TOKENS.finditer(head) if len(m.group()) >= 4 and (once := _halved(m.group()))]
        if len(runs) < 3:
            continue
        for m, once in reversed(runs):
            draft.drop("page_marker", m.group(), i)
            line = line[:m.start()] + once + line[m.end():]
        draft.lines[i] = line
        # (its bold headings further down are printed twice too: "一是巾帼担当抗疫情。一是巾帼担当抗疫情。")
        for k, text in enumerate(draft.lines):
            if _TWICE.search(text):
                for m in reversed(list(_TWICE.finditer(text))):
                    draft.drop("page_marker", m.group(1), k)
                    text = text[:m.start()] + m.group(1) + text[m.end():]
                draft.lines[k] = text
        return


# a page's number glued into a sentence with no mark at all: "…为94.91%,2与考核指标…", "…已上户未3处理违法生育…"; told from the
# text's own figures by running 1, 2, 3 … a page apart, none of them before a unit or a counted thing, nor after a word
# that leads a figure (第, 共, 约 …)
_BARE = re.compile(r"(?<=[\u4e00-\u9fff,。;:、%‰])(\d{1,2})(?=[\u4e00-\u9fff])")
_BARE_UNIT = frozenset("年月日号时点分秒个名人户次位项条款章节篇期届份本件台辆家所座倍多余天周岁元万亿千百米吨亩斤公里批组类种级成场轮支间栋张套段幅块架头只册")
_BARE_LEAD = frozenset("第共约近达有计和及至或前后仅只每这那逾超占表图")
_YEAR_GLUED = re.compile(r"\s*(1)(?=(?:19|20)\d\d年)")  # the first page's "1" before the title's year: "12023年…讲话"
BARE_PAGE = 150  # (a preview page of running text; the author's figures stand closer)


def _bare_chain(draft: Draft) -> None:
    """The longest run of bare page numbers through the text, each a page after the one before; it goes, the words it
    split joined again."""
    found, at = [], 0
    for i, line in enumerate(draft.lines):
        shade = shadow(line)
        found += [(at + m.start(), i, m.start(), int(m.group(1))) for m in _BARE.finditer(shade)
                  if shade[m.end()] not in _BARE_UNIT and shade[m.start() - 1] not in _BARE_LEAD]
        at += len(line) + 1
    chain: list[tuple[int, int, int, int]] = []
    for s, first in enumerate(found):
        if first[3] > 3:  # (a preview shows a document's first pages: its chain starts at 1, 2 or 3)
            continue
        run = [first]
        for c in found[s + 1:]:
            if c[3] == run[-1][3] + 1 and c[0] - run[-1][0] >= BARE_PAGE:
                run.append(c)
        chain = run if len(run) > len(chain) else chain
    # (two pages are a chain where the first page's number is glued before the title's year)
    glued = _YEAR_GLUED.match(draft.lines[0]) if draft.lines and chain and chain[0][3] == 2 else None
    if len(chain) < (2 if glued else 3):
        return
    for _, i, start, number in reversed(chain):
        draft.drop("page_marker", str(number), i)
        draft.lines[i] = draft.lines[i][:start] + draft.lines[i][start + len(str(number)):]
    if glued:
        draft.drop("page_marker", "1", 0)
        draft.lines[0] = draft.lines[0][:glued.start(1)] + draft.lines[0][glued.end(1):]


# a page's number or a widget's count left glued to the speech's salutation: "3同志们:这次全市…大会," (a heading the author
# numbers has its mark: "3、同志们…" is no salutation)
_ON_SALUTATION = re.compile(r"\d{1,3}(?=(?:尊敬的|各位|同志们|亲爱的|女士们|老师们|同学们)[^。!?;]{0,40}[:,:,!!])")
_FOOTER_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff,。;、])\s*—\s*\d{1,3}\s*—\s*(?=[\u4e00-\u9fff])")


class PageMarkers:
    name = "page_marker"

    def __call__(self, draft: Draft) -> Draft:
        _undouble_layer(draft)
        _undouble(draft)
        if any(line.endswith(("-", "—", "–")) for line in draft.lines):
            _pdf_pages(draft)
        if any(len(line) <= 3 and line.strip().isdigit() for line in draft.lines):
            _lone_pages(draft)
        if any(line[-1:].isdigit() and " " in line[-4:] for line in draft.lines):
            _date_breaks(draft)
        for i, line in enumerate(draft.lines):
            if line[:1].isdigit() and (number := _ON_SALUTATION.match(line)):
                line = draft.lines[i] = "".join(draft.cut(self.name, line, i, [number.span()]))
            # a Word document's page footer left inside its sentence: "…海报1000余份,—1—在学校食堂…"
            if "—" in line and (footers := [f.span() for f in _FOOTER_INSIDE.finditer(line)]):
                line = draft.lines[i] = "".join(draft.cut(self.name, line, i, footers))
            if "第" in line and ("条" in line or "章" in line) and (glued := list(_GLUED.finditer(line))):
                for g in reversed(glued):
                    draft.drop(self.name, g.group(1), i)
                    line = line[:g.start(1)] + line[g.end(1):]
                draft.lines[i] = line
        if sum(len(line) for line in draft.lines) >= 2 * BARE_PAGE:
            _bare_chain(draft)
        # (a sharing site's preview captions its page thumbnails, which Navigation took: "…_第1页")
        chain = page_chain(draft.lines, thumbnail_caption(draft) is not None)
        if not chain:
            return draft
        lines = list(draft.lines)
        by_line: dict[int, list[_Marker]] = {}
        for c in chain:
            by_line.setdefault(c.line, []).append(c)
        joins = set()
        for i, markers in by_line.items():
            line = lines[i]
            for c in sorted(markers, key=lambda c: c.start, reverse=True):
                draft.drop(self.name, line[c.start:c.end], i)
                if c.start == 0 or not line[: c.start].strip():
                    line = line[c.end:]
                    if i > 0 and c.broken and not ends_sentence(lines[i - 1]):
                        joins.add(i)
                elif c.broken:
                    line = line[: c.start].rstrip() + line[c.end:]
                else:
                    line = line[: c.start] + line[c.end:]
            lines[i] = line
        out: list[str] = []
        for i, line in enumerate(lines):
            if i in joins and out:
                out[-1] = out[-1].rstrip() + line.lstrip()
            else:
                out.append(line)
        draft.lines = [ln for ln in out if ln.strip()]
        return draft
