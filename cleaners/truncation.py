"""TruncationNotice: "……(未完,全文共9760字,当前只显示3916字…)", "(省略1506字,正式会员可完整阅读)",
"此处隐藏N个字", "阅读全文"/"展开全文"/"免费下载" buttons. Each is removed and recorded as
`truncated`, with the full length when the site declares it. A preview that stops mid-sentence is
flagged by PreviewCut, which runs once the page furniture is gone.
"""

from __future__ import annotations

import re

from cleaners.anchors import any_of
from cleaners.dates import STAMP_RE
from cleaners.describe import OFFICES, SURNAMES
from cleaners.draft import CLOSERS, HAN, TERMINAL, Draft, LineRule, is_prose, merge_spans, shadow
from cleaners.navigation import PAGE_COUNTER, counted
from cleaners.title import comparable

_DOTS = r"[.。…·\s]*"
_LEAD_CHARS = ".…·"  # before a notice (and spaces): an ellipsis is the notice's, a full stop the sentence's
# notices in brackets: the bracket holds a truncation word
_BRACKETED = re.compile(
    r"[((【\[]"
    r"(?=[^((【\[))】\]\n]{0,160}(?:未完(?!成|善|全|结)|省略\s*\d*\s*[个]?字|隐藏\s*\d*\s*[个]?字|只显示|只能显示|全文共|文章共\s*\d|本文[共约]\s*\d+\s*个?字|"
    r"(?:剩余|还剩|余下)\s*\d+\s*(?:个)?(?:字|页)|完整阅读|阅读全文(?!件)|查看全文(?!件)|下载全文(?!件)|可完整(?!预览的)|完整内容|阅读全部|需要先登录|请先登录))"
    # (a sharing site's refund terms are no notice: "可反馈申请退款(可完整预览的文档不适用该条件!)")
    # (a notice whose bracket the page never closed runs to the end of its line: "……(未完,全文共8520字,…")
    r"[^((【\[))】\]\n]{0,160}(?:[))】\]]|$)" + _DOTS
)
# notices without brackets, inside a line
_INLINE = re.compile(
    r"(?:此处隐藏:?\s*\d+\s*[个]?字(?:[,,][^。\s]{0,30})?|"
    r"(?:剩余|还剩|余下)\s*\d+\s*(?:字|页)[^。\n]{0,20}(?:未读|未显示|可见|阅读)[^。\n]{0,20}|"
    r"全文共\s*\d+\s*字[,,]?\s*当前(?:只|仅)显示\s*\d+\s*字[^。\n]{0,40}|"
    r"(?:未完待续|未完,?待续)[。.]?|此处省略\s*\d+\s*[个]?字[^。\n]{0,30}|"
    # a paper's jump to the page the story goes on in: "本报记者 某某(下转B02版)"
    r"\((?:下转|转第|转)\s*[A-Z]?\d{1,2}\s*版\)|"
    # a length and a members-only note: "本文共2570字,仅供站内会员学习参考(会员可免费打开…"
    r"(?:本文|全文)共\s*\d+\s*字[,,]?\s*仅供(?:站内)?会员[^\n]{0,60}|"
    # a length and where to get the rest: "全文约1047字,请下载后阅读、编辑。(阅读全部图文内容,您需要先登录!)"
    r"(?:本文|全文)(?:共|约)\s*\d+\s*字[,,]?\s*请(?:下载|登录)后(?:阅读|查看)[^\n]{0,60}|"
    # a reading-time widget, which states the length: "共计5023个字,预计阅读时长17分钟", "本篇文章342字,读完约1分钟"
    r"(?:(?:本篇文章|本文|全文)(?:共计|共|约)?|共计)\s*\d+\s*个?字[,,]?\s*(?:预计)?(?:阅读时长|阅读时间|阅读需要?|读完(?:约|需要?)?)"
    r"\s*(?:约|大约)?\s*\d+\s*分钟|"
    # a length at the end of a listing row: "发布于2023-12-10 14:51,全文约 11536 字"
    # (the comma before it stays for UploadMetadata: a branch that starts with a class of commas, or by looking
    # behind, would be tried at every comma of every line)
    r"(?:全文|本文)(?:共|约)\s*\d+\s*字$|"
    # (and the excerpt's mark before it: "(节录)全文共713字")
    r"[((](?:节录|节选|摘录)[))]\s*(?:全文|本文)(?:共|约)\s*\d+\s*字$|"
    # a preview's end glued to the last line it shows: "…覆盖全县 亲,该文档总共7页,到这儿已超出免费预览范围,如果喜欢就下载吧!"
    r"(?:您现在|现在|查看|看到)\S{0,4}?是摘要页[,,]?\s*全文长\s*\d+\s*字符?[。.]?|"
    r"(?:亲,?\s*)?该文档总共\s*\d+\s*页[^\n]{0,40}?(?:下载吧|下载)!?|超出免费预览范围[^\n]{0,20}?(?:下载吧|下载)!?)" + _DOTS
)
# whole lines that are a reader's button or teaser, not text
_BUTTON = re.compile(
    # (an ellipsis may lead in: "……余下全文")
    r"^[\s>»›【\[((—\-….]*(?:点击)?(?:阅读全文|展开全文|查看全文|查看完整(?!讨论|话题|版本)|阅读完整|显示全文|全文阅读|免费下载|立即下载|下载全文|"
    r"下载完整|此内容为付费|请付费后查看|剩余\S{0,10}未读|余下全文|以下内容需付费|以下为付费内容|剩余\s*\d+\s*%\s*内容|全文完|试读结束|试读已结束|免费阅读已结束|付费阅读|复制本文需要|已全部加载|已经到底了|开通VIP|登录后|下载文档|完整版下载|"
    r"本文档?共\d+页|已阅读到文档|全文预览已结束|已阅读\s*\d+\s*页|文档可能无法|温馨提示[::]?.{0,30}(?:下载后查看|下载阅读|付费|VIP|登录后|全文|剩余|未完)|全文阅读已结束|阅读已结束|"
    r"内容已隐藏|隐藏内容|亲,?该文档总共|该文档总共\d+页|超出免费预览|超出预览范围|免费预览(?:已)?结束|预览已结束|(?:部分)?预览阅读(?:已)?结束|"
    r"此处为隐藏内容|全部文档内容请下载后查看|喜欢就下载吧|下载后查看|剩余\s*\d+\s*页|余下\s*\d+\s*页|登录(?:后)?(?:查看|阅读)|本文(?:为|是)付费|"
    r"(?:还剩|剩下)\S{0,10}未读|下载本文档|下载此文档|打开APP|打开App|APP内|App内|app内|内容预览\s*:?\s*$|"
    r"想预览更多内容|点击预览全文|预览结束|(?:论文)?部分内容阅读|"
    # a reading notice on a line of its own: "阅读提示:本篇共有3444个字,预计阅读时间为9分钟,共有216位用户关注,48人点赞!"
    r"阅读提示\s*:\s*本篇共有?\s*\d+\s*个?字|\(?请认真阅读下面的提示信息\)?|"
    r"因篇幅(?:问题|原因|所限|有限|关系)?[,,]?\s*(?:不能|无法|未能)全部显示|"
    # a post continued in the next one ("未完請接續下一篇"), a journal's text withheld ("注:因版权方要求,不能公开全文,…")
    r"未完[,,]?\s*请?(?:接续|续见|见|转|续看)下一?(?:篇|页|期|帖)|(?:注\s*:\s*)?因版权(?:方)?(?:要求|原因|限制)[,,]?\s*(?:不能|无法|暂不|不便)公开全文|请(?:到|前往|移步|点击|登录)[^\n]{0,14}?(?:查看|阅读)全文(?!件))"
    r"[^\n]{0,60}$"
)
# the length a notice states (its thousands may be parted, "5,230字", or counted in 万 and 千: "全文约1.2万字")
_DECLARED = re.compile(r"(?:(?:全文|本文|文章|原文|全篇|文档)(?:共计|约计|总计|共|约|总共|长|字数)|本篇文章|本篇共有|本篇共|^\s*共计)[::]?\s*(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{1,2})?\s*[万千]|\d{2,7})\s*(?:个)?字")
_UNITS = {"万": 10000, "千": 1000}


def _count(number: str) -> int:
    """The length a notice states: "9760", "5,230", "1.2万"."""
    number = number.replace(",", "").replace(" ", "")
    if number[-1] in _UNITS:
        return round(float(number[:-1]) * _UNITS[number[-1]])
    return int(number)


# what a notice says beyond the length: that text is missing
_MISSING = re.compile(r"未完|摘要页|省略|部分内容|全部显示|站内会员|仅供会员|隐藏|只显示|只能显示|仅显示|剩余|还剩|余下|阅读全文|查看全文|下载全文|完整阅读|可完整|完整内容|待续|"
                      r"下载|登录|付费|VIP|预览|试读")
# buttons that offer the file or close a whole text, and the words that would make them say more
_DOWNLOAD_ONLY = re.compile(r"^[\s>»›【\[(|]*(?:点击)?(?:免费下载|立即下载|下载文档|下载此文档|下载本文档|下载word版|word版下载|"
                            r"全文阅读已结束|阅读已结束)")
# notices that say the whole text is shown ("已全部加载完毕", "已阅读到文档的结尾了"), or only that copying
# it needs an account ("复制本文需要登录"): nothing is missing unless they say so in words of their own
_WHOLE = re.compile(r"全文完|全部加载|加载完毕|已阅读到\S{0,4}结尾|已经到底|已到底|复制本文|复制全文|可复制|"
                    # a sharing site's end of a preview that showed every page: "该文档总共3页,全部预览完了"
                    r"全部预览完|已全部预览|可阅读全部内容|可预览全部")
_CUT = re.compile(r"未完|省略|隐藏|只显示|剩余|还剩|余下|未读|试读|付费")
# an app's advert offers a better reading or more of the site, not the rest of this text:
# "打开APP,阅读体验更佳", "打开APP阅读更多精彩内容", "打开APP,领50积分"
_APP_PROMO = re.compile(r"体验更|更多精彩|积分|红包")


def _says_whole(notice: str) -> bool:
    return _WHOLE.search(notice) is not None and _CUT.search(notice) is None
# after a download offer, the words that say the offer is for text not shown: those of a cut, and more
_PARTIAL = re.compile(rf"{_CUT.pattern}|(?<!复制)全文|完整|全部|预览|VIP|\d+\s*页")
# a page that states its length and shows less than this share of it is a part
SHOWN_SHARE = 0.9

# every notice and button above has one of these in it
_TRIGGER = re.compile(r"下转|转第|未完|省略|隐藏|只显示|只能显示|剩余|还剩|余下|全文|阅读完整|查看完整|下载|登录|付费|VIP|预览|试读|温馨提示|APP|App|app|"
                      r"该文档|本文档|文档可能|已阅读|可完整|全文完|以下内容|完整内容|完整版|待续|已结束|继续阅读|复制本文|已全部加载|已经到底|"
                      r"全部显示|站内会员|仅供会员|文章共|本篇文章|阅读时长|读完约|读完需|本篇共|本文共|本文约|部分内容阅读")


def _lead_dots(shade: str, start: int) -> int:
    """Where a notice starts with the ellipsis before it: the patterns start at the notice itself, as a
    pattern that starts with an optional run is tried at every position of the line."""
    while start > 0 and (shade[start - 1] in _LEAD_CHARS or shade[start - 1].isspace()):
        start -= 1
    return start


# a notice a page broke over lines at its number: "…全文长" / "5725" / "字符。"
_BROKEN_AT = re.compile(r"(?:全文长|全文共|全文约|共计)\s*$")
_NUMBER_LINE = re.compile(r"\s*\d{2,7}\s*")


# a story's credit row: "来源:某某网", "[编辑:周晓鹏]"
_CREDIT_ROW = re.compile(r"\s*[\[【(]?\s*(?:来源|稿源|作者|编辑|责任编辑|责编|审核|通讯员)\s*:")


class TruncationNotice(LineRule):
    name = "truncation"
    trigger = any_of([_TRIGGER])  # the same words, as a trie

    def __call__(self, draft: Draft) -> Draft:
        lines = list(draft.lines)
        for i in range(len(lines) - 1, 0, -1):
            if lines[i].strip().isdigit() and _NUMBER_LINE.fullmatch(lines[i]) and _BROKEN_AT.search(shadow(lines[i - 1])):
                tail = lines[i + 1] if i + 1 < len(lines) and len(lines[i + 1].strip()) <= 4 else ""
                lines[i - 1: i + 1 + bool(tail)] = [lines[i - 1].rstrip() + lines[i].strip() + tail.strip()]
        draft.lines = lines
        return super().__call__(draft)

    def rewrite(self, draft: Draft, line: str, shade: str, index: int) -> list[str]:
        spans = merge_spans([(_lead_dots(shade, m.start()), m.end()) for rx in (_BRACKETED, _INLINE)
                             for m in rx.finditer(shade)])
        for a, b in spans:
            self._note(draft, shade[a:b])
        out = []
        # a notice stands where text is missing: the two sides stay apart
        for piece in draft.cut(self.name, line, index, spans) if spans else [line]:
            folded = shadow(piece)
            # (a listing row that starts "本文档共12页 | 上传时间:2023-04-17" is for UploadMetadata: it has the date)
            if _BUTTON.match(folded) and len(folded) < 90 and not STAMP_RE.search(folded):
                # a download button, or "全文阅读已结束" under a whole text, says nothing is missing
                offer = _DOWNLOAD_ONLY.match(folded)
                whole = _says_whole(folded)
                # (an app's "立即下载" on the page's first line, above the title, stands before any text)
                # (a journal site's "论文部分内容阅读" there says the page shows part of the paper)
                banner = index == 0 and len(draft.lines) > 3 and "部分内容" not in folded
                # (a link to the page's full view under the story's credits: the story ended above them)
                credited = index >= 2 and _CREDIT_ROW.match(shadow(draft.lines[index - 1])) is not None
                promo = _APP_PROMO.search(folded) is not None and _MISSING.search(folded) is None
                # (a fold's button in the text's middle, the text going on under it to its end: nothing is missing)
                fold = "展开" in folded and _FOLD.match(folded) is not None \
                    and sum(len(ln) for ln in draft.lines[index + 1:] if is_prose(ln)) >= 80
                if not (offer and not _PARTIAL.search(folded, offer.end())) and not (whole or banner or credited or promo or fold):
                    self._note(draft, folded)
                draft.drop(self.name, piece, index)
            else:
                out.append(piece)
        return out

    def _note(self, draft: Draft, notice: str) -> None:
        m = _DECLARED.search(notice)
        if m and not draft.facts.get("declared_chars"):
            draft.facts["declared_chars"] = _count(m.group(1))
        # "(全文共3215字)" only states the length: whether text is missing is for PreviewCut to measure; and a
        # preview that says it showed every page left nothing out
        if not (m and not _MISSING.search(notice)) and not _says_whole(notice):
            draft.facts["truncated"] = True


class PreviewCut:
    """A preview that stops mid-sentence (the last line runs on with no sentence end), or shows less text
    than the length the page states for it."""

    name = "preview_cut"

    def __call__(self, draft: Draft) -> Draft:
        if not draft.lines:
            return draft
        declared = draft.facts.get("declared_chars")
        shown = sum(len(line) - line.count(" ") for line in draft.lines)
        # (a listing row's length is the whole text's only where the text shows less of it: a whole text's row states
        # what the text holds)
        listed = draft.facts.get("listed_chars") or []
        if not declared and len(listed) == 1 and shown < SHOWN_SHARE * listed[0]:
            declared = draft.facts["declared_chars"] = listed[0]
        if declared and not draft.facts.get("truncated"):
            if shown < SHOWN_SHARE * declared:
                draft.mark_truncated("shorter than the length the page states")
        # a preview's dots after its last word ("…特别是在今年新冠肺..."): where the site cut the text
        # (the pattern looks behind first, so it is tried only on a line that ends in dots)
        if draft.lines[-1].endswith((".", "…")) and (dots := _CUT_DOTS.search(draft.lines[-1])) is not None:
            draft.drop(self.name, dots.group(), len(draft.lines) - 1)
            draft.lines = [*draft.lines[:-1], draft.lines[-1][:dots.start()]]
            draft.mark_truncated("the preview's dots after its last word")
        # a site's page of the document past its first, under its running header ("…工作计划第2页"), with no first page's
        # header: the text shows a later page only
        headers = [int(m.group(1)) for r in draft.removed[:40] if r.rule == "navigation" and "页" in r.text
                   and (m := _LATER_PAGE.fullmatch(shadow(r.text).strip()))]
        if headers and min(headers) >= 2 and not draft.facts.get("truncated"):
            draft.mark_truncated(f"the text shows from page {min(headers)} of the document")
        pages = _counted_pages(draft)
        if pages and not draft.facts.get("truncated"):
            draft.mark_truncated(f"the page counter stops at page {pages[0]} of {pages[1]}")
        # an English text ends its sentences with a full stop, and a news item signs off "(China Daily December 7, 2001)"
        tail = draft.lines[-1].rstrip()
        if tail.endswith((".", "!", "?", '"', "”", ")")) and not HAN.search(tail) and _ENGLISH_END.search(tail):
            return draft
        if tail.endswith((").", "].")):  # a reference's end: "中国计生协简介. www…. [2023-01-13]. (原始内容存档于…)."
            return draft
        # table cells come out of extraction ending in " |"; a news item signs off "…。(陈钰)", "…。[沈映红]"
        last = _SIGN_OFF.sub("", shadow(draft.lines[-1]).strip().rstrip(" |-–·•*")).rstrip(CLOSERS)
        # (a text that stops on a semicolon after its labelled items, in a paragraph of its own, stops inside its list:
        # "围绕一个目标:…;抓好两个落实:…;"; a list a line an item ends each on one, and a closing call may end on one)
        above = shadow(draft.lines[-2]).strip() if len(draft.lines) > 1 else ""
        if last.endswith(";") and last.count(";") >= 2 and ":" in last and not above.endswith((";", ":")) \
                and not _ITEM_FIRST.match(last):
            return draft.mark_truncated("a clause's semicolon")
        # (a list's first item, ending on its semicolon under the words that announce the list: "…实现以下目标:" /
        # "1. 农村经济得到显著提升…;")
        if last.endswith(";") and above.endswith(":") and _FIRST_ITEM.match(last):
            return draft.mark_truncated("a list's first item")
        # (a point's label alone, its words cut off, under the point before it that had them: "一是加强教育。以…学习。" /
        # "二是创新载体。")
        if (label := _BARE_POINT.fullmatch(last)) and label.group(1) != "一" and len(above) >= 20 \
                and above.startswith(_POINTS[_POINTS.index(label.group(1)) - 1] + "是"):
            return draft.mark_truncated("a point's label with nothing after it")
        # (an entry's bracketed heading begun and cut: "…提交各种提案、议案共27件。" / "【自")
        if last.startswith("【") and "】" not in last and len(last) <= 8 and above[-1:] in TERMINAL:
            return draft.mark_truncated("a bracketed heading cut")
        # (the headline printed again between the paragraphs, its last print cut: "广西红十字会第"; the print is no text)
        title = comparable(draft.facts.get("title") or "")
        if 4 <= len(cut := comparable(last)) < len(title) and title.startswith(cut) and above[-1:] in TERMINAL \
                and not _SIGNED_WORD.search(last):  # (a signature may open the title: "某社区计生协" under "某社区计生协走访…")
            draft.drop(self.name, draft.lines[-1], len(draft.lines) - 1)
            draft.lines = draft.lines[:-1]
            return draft.mark_truncated("the headline's print cut")
        # (a heading's number alone, its words cut off: "3、女性成人教育有所加强。2010" / "(四)")
        if _NUMBER_ALONE.fullmatch(shadow(draft.lines[-1]).strip()):
            return draft.mark_truncated("a heading's number with nothing after it")
        # (a numbered heading that announces its items with its colon, and nothing under it: "二、检查考核办法:")
        if last.endswith(":") and len(last) <= 40 and _ITEM_FIRST.match(last) and not last.startswith("附"):
            return draft.mark_truncated("a heading with nothing under it")
        # (or a line whose last words announce what follows, with nothing after them: "具体做法有:", "局长表态:"; no
        # document ends so, and a salutation only opens one)
        # (or a long paragraph's last clause: "…推进乡镇妇联组织健康发展。现将调研情况汇总如下:")
        if last.endswith(":") and 4 <= len(clause := last.rsplit("。", 1)[-1]) <= 60 and _LEAD_IN_END.search(clause) \
                and not _SALUTE.search(clause):
            return draft.mark_truncated("words that announce what follows")
        # (a new sentence's first word or two alone on the last line, under a paragraph that ended: "…必然趋势。" / "将建",
        # "在此次"; a name, a credit or a signature's body opens with no such word, and a body or a closing may: "各乡镇",
        # "以上")
        # (or under a numbered heading: "二、切实加强已婚学生的生育管理和服务" / "各高")
        # (or under a letter's salutation: "全市老年朋友:" / "今天")
        if 2 <= len(last) <= 4 and _HAN_WORD.fullmatch(last) and last.startswith(_OPENERS) \
                and (above[-1:] in TERMINAL or _ITEM_FIRST.match(above) or above.endswith(":") and _SALUTE.search(above)) \
                and (not _SIGNED_WORD.search(last) or last in _WHEN) and not _CLOSING.search(last):
            return draft.mark_truncated("a sentence's first words")
        # (or a new paragraph's subject alone, cut before its verb: "…卓越成就。" / "香港女性受专上教育程度的比例"; a
        # heading or a caption ends in its genre or its point, a closing in its thanks)
        if 6 <= len(last) <= 20 and "的" in last[2:-1] and _HAN_RUN.fullmatch(last) and above[-1:] in TERMINAL \
                and len(above) >= 20 and not _CLOSING.search(last) and not _NOT_SUBJECT.search(last):
            return draft.mark_truncated("a sentence's subject")
        # (a name the site bracketed in question marks for 《》, cut there: "每个乡镇在?中国人口报?")
        if last.endswith("?") and (named := _MARKED_NAME.search(last)) and not _ASKS.search(last, max(0, named.start() - 12)):
            return draft.mark_truncated("mid-sentence")
        if not last or last[-1] in TERMINAL + ":":
            return draft
        # (an address under its label ends on a street, and its parts may be listed: "医院地址:…水仙路东、民祥街南")
        if _ADDRESS_ROW.match(last):
            return draft
        # (a text that stops its sentences with a Latin full stop: "…收到良好效果.计划生育工作…作出新的贡献.")
        if last.endswith(".") and HAN.match(last, len(last) - 2):
            return draft
        # a story its newsroom signed off below (编辑:…, 责任编辑:…) was printed to its end, with or without a stop
        if draft.facts.get("signed_off") or draft.facts.get("markup_closed"):
            return draft
        # a signature, date line or heading also has no full stop; a cut sentence is long or has commas
        # (an item of a list is none: "(四)研究和决定中国计划生育协会")
        signature = len(last) <= 40 and re.search(r"(?:协会|委员会|办公室|办公厅|政府|人民|局|党组|理事会|\d+日)$", last) \
            and not _ITEM_FIRST.match(last)
        # (or a sentence begun after the line's last full stop: "…要变。从单纯完成人口控制")
        begun = last.rsplit("。", 1)[1] if "。" in last else ""
        # (or a line the preview wrapped, under a line it cut in mid-sentence: "…健身活动的开展" / "加快“健康XX”建")
        # (or a sentence it began after its full stop: "…方面。市人民医院、中医院、妇保院均与上" / "级医院建立")
        wrapped = len(above) >= 20 and above[-1] not in TERMINAL + CLOSERS + ":" \
            and (re.search(r"[,;]", above) or "。" in above and len(above.rsplit("。", 1)[1]) >= 8) \
            and not _CUT_LIST.search(last)
        # (a sentence's opening words are no signature's, whatever it ends on: "随着全县计生协会")
        if _SENTENCE_BEGUN.match(last.rsplit("。", 1)[-1]) or not signature and (
                len(last) >= 40 or re.search(r"[,;]", last) or _FRAGMENT.search(last) or _CUT_LIST.search(last) or wrapped
                or last.count("“") > last.count("”")  # (a quote opened and never closed: "“向日葵亲子小")
                or last.count("《") > last.count("》")  # (a book's or a document's name too: "为贯彻落实《国务院关于实施全面两孩政")
                or (len(last) >= 8 and _DONE.search(last) is not None)  # (a verb done: "…负责同志出席了会")
                or len(_LISTED.findall(last)) >= 2  # (a list of three or more: "通过新生群、贴吧、微博、微信公众号等网")
                or _OFFICE_THEN_SURNAME.search(last) is not None  # (an office and its holder's surname: "…副主任刘")
                or (tail_shade := shadow(tail)).count("(") > tail_shade.count(")")  # (a bracket likewise: "(卫生部与国家人口和计")
                or (_NUMBERED_END.match(last) and not any(line.lstrip().startswith("附") for line in draft.lines[-4:])
                    and not _list_run(last, above))
                or _row_cut(draft.lines) or _entry_cut(draft.lines)
                or (len(HAN.findall(begun)) >= 2 and not begun[0].isspace() and not _CLOSING.search(begun))):
            draft.mark_truncated("mid-sentence")
        return draft


_ADDRESS_ROW = re.compile(r"[\u4e00-\u9fff]{0,4}(?:地址|地点|住址)\s*:")
_NUMBER_ALONE = re.compile(r"\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}、")
# (or a double ellipsis, a space before it, after a word that wants more: "紧紧围绕 ×××× 的 ……")
_CUT_DOTS = re.compile(r"(?<=[\u4e00-\u9fff])\s?(?:\.{3,6}|…)$|(?<=[的和与及在对把将向从并或而于被给跟是了随按依以由经因就同至到使让比当自])\s?(?:……|\.{6})$")
# a list cut short ("…常委会议、", "社情民意、侨", "…中共中央、国务") or a heading with nothing under it ("二、各地要以…",
# "(三)开展青春健康教育进校园活动")
# (or a rule's article with a word or two of it: "第五条通过")
_CUT_LIST = re.compile(r"、[^、]{0,4}$|^[一二三四五六七八九十]{1,3}、|^\([一二三四五六七八九十]{1,3}\)|"
                       r"^第[一二三四五六七八九十百\d]{1,4}条\s*:?\s*[\u4e00-\u9fff]{0,4}$")
# a numbered heading with nothing under it ("3.现场宣传和咨"), unless it is a file the text lists ("附件:1.…" / "2.…回执")
_OFFICE_THEN_SURNAME = re.compile(rf"(?:{OFFICES})[{SURNAMES}]$")
_ITEM_FIRST = re.compile(r"\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.](?!\d)")
_FIRST_ITEM = re.compile(r"(?:1\s*[、.](?!\d)|一、|\(一\)|\(1\))")
_NUMBERED_END = re.compile(r"\d{1,2}(?:\.(?!\d)|、)")
# a sentence's opening words ("随着", "一是", "会议"), or its adverbs: no signature, heading or credit is so worded
# (and a line's verbs and the words that tie a clause: "考核是…目标管", "由村包组干部", "生育意愿持续低", "从事妇女";
# a signature, a name, a date or an organisation's name has none; a news list's headline left at the end,
# "…社区开展…活动", has its own: 开展, 以, 将 are not here)
_SENTENCE_BEGUN = re.compile(r"[一二三四五六七八九十]是|有请|会[上后]$|(?:去年|今年|前年|明年)(?=\d|[一二三四五六七八九十]{1,2}月)|(?:随[着著]|会议|最后|同时|此外|另外|据了解|为了|通过|下面|首先|其次|由|因此|"
                             r"但是|所以|如果|对于)[\u4e00-\u9fff]|.*(?:已经|正在|进一步|持续|从事|加强|主持|不得|应当|于\d{1,2}月\d{1,2}日[前后起]|我的|在我|"
                             r"[\u4e00-\u9fff][是由被][\u4e00-\u9fff]{2})")
# a verb and its 了, as a sentence tells what was done; no signature, heading or credit is so worded (为了 and 除了 are no verbs')
_DONE = re.compile(r"[\u4e00-\u9fff](?<![为除])了[\u4e00-\u9fff]")
# an enumeration's mark (not a heading number's: "二、")
_LISTED = re.compile(r"(?<![\d一二三四五六七八九十])、")
# the last words of a signature's body or place, or of a date ("县计生协", "2023年")
_SIGNED_WORD = re.compile(r"[协会局委办部处室院所站队组社村镇乡区县市省年月日号]$")
_FOLD = re.compile(r"[\s>»›【\[((—\-]*(?:点击)?展开(?:阅读)?全文\s*[∨v▼]?\s*$")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_NOT_SUBJECT = re.compile(r"(?:讲话|报告|总结|致辞|发言|计划|方案|通知|意见|纪实|侧记|合影|现场|活动|会议|仪式|工作|问题|作用|意义|建议|启示|思考|体会|感想|做法|经验|措施|成效)$|^(?:在|关于)")
# the words a sentence opens with, none of them a surname: a name alone under the text is its signature
_OPENERS = ("在", "将", "對", "对", "为", "為", "从", "從", "把", "被", "通过", "按照", "根据", "随着", "经过", "由于", "今年", "目前",
            "同时", "此外", "但", "而", "并", "又", "也", "还", "要", "我", "这", "這", "该", "該", "其", "各", "以", "與", "与", "及",
            "今天", "本年", "去年", "近年", "首先", "今后")
# (of them, the times that end as a signature's date does: "…2023年")
_WHEN = ("今年", "本年", "去年", "近年")
_MARKED_NAME = re.compile(r"(?<=[\u4e00-\u9fff])\?[\u4e00-\u9fff]{2,16}\?$")
_ASKS = re.compile(r"吗|呢|什么|怎么|如何|为何|为什么|哪|谁|是否|多少|几")
# what may stand after a paragraph's last full stop and end a document: thanks, a formula, a year (a line
# ending in a day is a signature already)
_CLOSING = re.compile(r"谢谢|特此|此致|敬礼|以上|(?<![今本去近])年$")
_ENGLISH_END = re.compile(r"[A-Za-z0-9%’'][.!?][\"”’']?$|^\([A-Z][^()]{2,40}(?:19|20)\d\d\)$")
# (or the office and the name of who wrote it: "…服务模式。(深圳市坪山区坪山街道办事处公共服务办公室许雅君)")
_SIGN_OFF = re.compile(r"(?<=[。!?])\s*[(\[【](?:[^()\[\]【】]{1,16}|[^()\[\]【】,。;:]{17,40})[)\]】]$")
# what no document ends on: a lone character ("镇"), a bare heading number or one with a word or two
# ("二", "3、户籍"), a word that joins on to what follows ("…药具服务和"), a number run on from a word
# ("…李久峰为2010"); signatures, dates and "谢谢大家" end otherwise
_FRAGMENT = re.compile(r"^[\u4e00-\u9fff]$|^(?:[一二三四五六七八九十]{1,3}|\d{1,2})(?:[、.][^\s,。:]{0,4})?$|"
                       r"^(?:[^:]{2,12}:)?[^:]{2,}[\u4e00-\u9fff](?:和|与|及|的|为|在|对|把|将|向|从|并|或|而|于|被|给|跟|以及)$|"
                       # (or a request cut before what it asks: "详情请"; not a request's name, "入会申请")
                       r"^[^:]{1,}[\u4e00-\u9fff](?<![申邀聘提恭敬宴])请$|"
                       r"^[^:]*[\u4e00-\u9fff](?<!附件)(?<!附表)(?<![表图])\d{1,4}$|"
                       # (a body's name cut before its 协 or 委: "江永县计生")
                       r"^[^,。:]{1,16}[省市县区镇乡村]计生$|"
                       # (or a title cut inside 计划生育: "**县2008年度人口与计划")
                       r"^[^,。:]{0,40}人口(?:与|和)计划$|"
                       # (or an adverb with its verb cut to a character or none: "…素质不断提", "逐步完"; the verbs of
                       # documents after these have two)
                       r"(?:不断|逐步|进一步|大力|切实|努力|认真|深入|着力|不斷|進一步|切實|認真)[\u4e00-\u9fff]?$")


def _list_run(last: str, above: str) -> bool:
    """Whether the last numbered line ends a list of the same shape: the item above it is numbered one less and
    stops with no full stop too ("7. 王刚(2010年12月 - 2016年5月)" / "8. 王刚(2016年5月 - )")."""
    number, prior = re.match(r"\d+", last), re.match(r"(\d+)[.、]", above)
    return bool(number and prior) and int(prior.group(1)) == int(number.group()) - 1 and above[-1:] not in TERMINAL


_LATER_PAGE = re.compile(r"[^。,;!?:\d]{4,50}?第\s*(\d{1,3})\s*页")
_POINTS = "一二三四五六七八九十"
_LEAD_IN_END = re.compile(r"(?:如下|有|是|为|如|表态|表示|指出|强调|要求|包括|做法|措施|情况|内容|步骤|安排)\s*:$")
_SALUTE = re.compile(r"同志|各位|尊敬|亲爱|朋友|代表|来宾|们\s*:$")
_BARE_POINT = re.compile(rf"([{_POINTS}])是[\u4e00-\u9fff]{{2,8}}。")


_BARS = ("┃", "│", "|")


def _row_cut(lines: list[str]) -> bool:
    """A table drawn in bars whose last row lost its closing bar: "┃ 1980 │ 388 │ 23 ┃" / "┃ 1981 │ 924 │ 99.13"."""
    tail = lines[-1].rstrip()
    rows = [line.rstrip() for line in lines[-6:-1]]
    return bool(tail) and tail[0] in _BARS and tail[-1] not in _BARS \
        and sum(1 for row in rows if row[:1] == tail[0] and row[-1:] in _BARS) >= 2


_CONTENTS_ENTRY = re.compile(r"\s*第[一二三四五六七八九十百\d]{1,4}[章节篇]")


def _entry_cut(lines: list[str]) -> bool:
    """A table of contents printed an entry and its page a line, that stops on an entry with no page: "第2节 日本的节育"
    / "23" / "第3节 印度的家庭计划" / "25" / "第4节 墨"."""
    return len(lines) >= 5 and bool(_CONTENTS_ENTRY.match(lines[-1])) and lines[-2].strip().isdigit() \
        and lines[-4].strip().isdigit() and bool(_CONTENTS_ENTRY.match(lines[-3]))


def _counted_pages(draft: Draft) -> tuple[int, int] | None:
    """(last page shown, pages) when the page counters a preview ran into its text (Navigation notes them)
    stop short of the last page. A portal's pager on a line of its own ("第1页 共3页" under a whole article)
    says nothing of what this page shows."""
    seen = list(draft.facts.get("page_counters", []))
    # a preview's header over each page ("第1页 / 共22页", "第2页 / 共22页" …) on lines of their own
    headers = {counted(m) for r in draft.removed
               if r.rule == "navigation" and ("页" in r.text or "頁" in r.text) and (m := PAGE_COUNTER.fullmatch(shadow(r.text).strip()))}
    if len(headers) >= 2:
        seen += headers
    if not seen:
        return None
    shown, total = max(k for k, _ in seen), max(n for _, n in seen)
    return (shown, total) if shown < total and total <= 500 else None
