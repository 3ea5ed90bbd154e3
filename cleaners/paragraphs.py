"""Paragraphs: mirror and preview sites print whole pages as one line, paragraphs joined by spaces.

Chinese prose has no spaces between words, so a space after a sentence end, or after a short
heading, is a paragraph break. Spaces inside a sentence ("工作的 “两办”文件") are left alone.
"""

from __future__ import annotations

import re

from cleaners.dates import CLOCK, STAMP, WRITTEN, date_line
from cleaners.describe import BARE_NAME, NAMED_SPEECH, OFFICE_END, OFFICES, mostly_names
from cleaners.draft import CLOSERS, HAN, TERMINAL, Draft, fold, shadow, table_row
from cleaners.navigation import is_furniture

_SPACE = re.compile(r"[ \t\u3000\xa0]+")
_STOP = re.compile(r"[。!?;]")
_ENDS = TERMINAL + ":"
# (Traditional pages' forms too: "简称 【…】" and "自 2015 年" run on)
_NEEDS_MORE = "的之和与及或在对把被将向从、,,“‘《與對將從於于自由称稱"
_HAS_SPACE = re.compile(r" |\t|\u3000|\xa0")  # words, not a class: the engine skips to them
_CJK_OR_OPEN = re.compile(r"[\u3400-\u9fff“‘「『((〔【《0-9一二三四五六七八九十—]")
_ENGLISH_WORD = re.compile(r"[A-Za-z’']+[ \t\u3000\xa0]+")
_WORD = re.compile(r"\S+")


def _english_words(text: str, start: int, at: int) -> bool:
    """Whether the word before a space (from `start`) is an English word, and the one after it (at `at`) Latin."""
    word = _WORD.match(text, at)
    return _ENGLISH_WORD.fullmatch(text, start, at) is not None and word is not None and word.group().isascii()


# (and a charter's article or chapter number, which holds to its text: "第一条 本会的名称是…", "第二章 会员")
# (or a chronicle's part, its number written: "第一辑 机构", "第一篇 人口管理"; a sample site numbers its samples in
# figures, "第1篇 …主持词", and a journal its volume, "第105卷 第45期")
_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,5}[章节節条條款编編]:?|第[一二三四五六七八九十]{1,3}[辑輯篇]")
# a part's label and its number, which its name follows: "模块一 认识青春期", "第二部分 主要做法", a gazetteer's "卷3 人口"
_PART_LABEL = re.compile(r"(?:模块|单元|专题|板块|卷|第[一二三四五六七八九十]{1,3}(?:部分|单元|讲|课|类|卷|编))[一二三四五六七八九十\d]{0,3}")
_LIST_NUMBER = re.compile(rf"\s*(?:[①-⑳]|\d{{1,2}}[.、]|[一二三四五六七八九十]+、|\(\d{{1,2}}\)|第[一二三四五六七八九十]+[,、]|{_ARTICLE.pattern})")
_PAIRS = (("【", "】"), ("(", ")"), ("“", "”"), ("《", "》"), ("「", "」"), ("『", "』"))
# a number and its unit, a date's parts: "2023 年", "第 9839 号", "2023年 5月"
_UNIT = re.compile(r"[年月日号期届周次个位条款项名人户家万亿元岁%页時时公米亩吨號屆週個條項戶萬億歲頁]")
# a count after the space, that a sentence goes on with: "…特殊家庭(失独家庭) 383户、704人,…"
_COUNT_AT = re.compile(r"\d+(?:\.\d+)?\s*[户人名个万亿元%岁次家所场戶個萬億歲]")
# (a template's figure left blank: "共有各类学校 所,其中幼儿园 所、…", "在园幼儿 万余人"; no paragraph opens on a unit)
_BLANK_FIGURE = re.compile(r"[所人户名个家万亿元岁次位项场戶個萬億歲][,、。;)]|[万萬千百][余餘多]")
_BLANK_UNITS = frozenset("所人户名个家万亿元岁次位项场戶個萬億歲千百")
_BEFORE_NUMBER = re.compile(r"(?:第|\d\s?[年月])$")
_WRITTEN_DIGITS = frozenset("一二三四五六七八九十百〇零两")
_WRITTEN_AFTER_DI = re.compile(rf"第\s?[{''.join(sorted(_WRITTEN_DIGITS))}]{{1,4}}$")
# a number spaced out from its unit inside a sentence, as PDFs and Taiwan's pages print them: "…,辖 16 个小组"
# (after a short start with no comma it may head a heading's text: "回顾总结 2023 年工作")
_SPACED_NUMBER = re.compile(rf"\d{{1,4}}(?:[.、,]\d{{1,4}})*[ \u3000\xa0]{_UNIT.pattern}")


def _number_and_unit(left: str, right: str) -> bool:
    # (a written number after 第 too, and its unit after it: "召开第 十三次…", "第 三二 條:")
    return (left[-1].isdigit() and bool(_UNIT.match(right))) or (right.isdigit() and bool(_BEFORE_NUMBER.search(left))) \
        or (right in _WRITTEN_DIGITS and left[-1] == "第") \
        or (left[-1] in _WRITTEN_DIGITS and bool(_UNIT.match(right)) and bool(_WRITTEN_AFTER_DI.search(left, max(0, len(left) - 8))))


# a dash with a space after it, or one before it, not one of a pair ("——在…上的讲话" opens a subtitle)
_LONE_DASH = re.compile(r"(?<![—–-])[—–](?![—–-])(?:\s|$)|\s[—–]")
# a story's dateline runs on into its first sentence: "本报讯 11月2日,…", "…4月16日消息 据…", "中新社澳门2月25日电 (记者…"
_DATELINE = re.compile(r"(?:(?:\d日|本[报報网網台臺]|[\u4e00-\u9fff]{2})(?<![喜资通简資簡])[讯訊]|[\d一二三四五六七八九十]日[专專]?[电電]|\d日消息|[网網]消息)$")
# (with its reporters' credit after it: "本报讯 (记者 全幸雅) 10日,…")
_CREDITED_DATELINE = re.compile(r"[讯訊电電]\s*\([^()]{2,40}\)$")
# a story's source before its first sentence: "据黔东南州人民政府网 1月12日,…"
# (an outlet's report label before the lead's date: "云上恩施报道 2023年8月27日上午,…")
_REPORTED = re.compile(r"[\u4e00-\u9fff]{2,8}(?:报道|報導|报导)")
_DATE_AHEAD = re.compile(r"(?:19|20)\d\d年\d{1,2}月|\d{1,2}月\d{1,2}日")
_SOURCE_LEAD = re.compile(r"[据據][^\s,。]{2,14}(?:网|網|报|報|台|社)")
_DATELINE_NEXT = re.compile(r"[\u4e00-\u9fff]{2,6}[讯訊]\s*:")
# a place before a news headline, spaced from it: "吴堡县: 召开冬季计生工作会议" (a salutation or a speaker's turn
# names no place)
_PLACE_COLON = re.compile(r"[\u4e00-\u9fff]{1,6}(?:省|市|县|縣|区|區|州|盟|旗|镇|鎮|乡|鄉|街道|社区|社區):")
# one character alone between spaces: a word spaced out (大 中 小 are a font-size widget's buttons)
_LETTER = re.compile(r"(?![大中小])[\u3400-\u9fff]")
_GAP = ("", " ", "\t", "\u3000", "\xa0")  # what ends a word: a space, or the line's end
# a newsroom credit and the name after it: "□记者 陈晓苏", "本报记者 王芳 通讯员 李欢"
_CREDIT_WORDS = "记者|通讯员|摄影|記者|通訊員|攝影"
_CREDIT = re.compile(rf"(?:{_CREDIT_WORDS}|摄像|攝像)$")
_CREDIT_NAME = re.compile(rf"(?:{_CREDIT_WORDS})[ \t\u3000\xa0]*[\u4e00-\u9fff]{{2,4}}$")
# a mobile number printed in groups, or an area code and its number
_PHONE = re.compile(r"(?<!\d)1\d{2} \d{4} \d{4}(?!\d)|(?<!\d)0\d{2,3} \d{7,8}(?!\d)")
_OFFICE_LAST = frozenset(word[-1] for word in OFFICES.split("|"))
_CREDIT_LAST = frozenset(word[-1] for word in [*_CREDIT_WORDS.split("|"), "摄像"])
_NEXT_CREDIT = re.compile(_CREDIT_WORDS)


def _open_bracket(left: str, right: str) -> bool:
    """Whether the text so far leaves a bracket open that closes soon after, in the same sentence:
    "【某某网手机版 m.xxx.com 随时随地看】", "(记者 张三 通讯员 李四)"."""
    for a, b in _PAIRS:
        if a in left and left.count(a) > left.count(b):
            close, stop = right.find(b, 0, 40), right.find("。", 0, 40)
            if close >= 0 and (stop < 0 or close < stop):
                return True
    return False


# a title's slogan in phrases before its dash: "统一思想 明确任务 狠抓落实——努力开创…的新局面——…的讲话",
# "计生特困募捐 汇集健康大爱—石门县卫计局开展…", "喜迎二十大 同心护未来--某县…揭牌"
_YEARS_AFTER = re.compile(r"\(\s*(?:19|20)\d\d\s*[-—–~至]\s*\d{2,4}\s*年度?\s*\)$")
_SLOGAN_DASH = re.compile(r"(?:[\u4e00-\u9fff]{2,8}[ \u3000]){1,4}[\u4e00-\u9fff]{2,8}(?=[ \u3000]?(?:—|--))")


_OPENS_CLAUSE = ("为进一步", "为了", "为切实", "被授予", "被评为", "荣获", "通过", "按照", "根据", "围绕", "随着", "经过", "由于", "因为")
_WANTS_OBJECT = ("是", "举办", "依托", "开展", "举行", "启动", "召开", "推进", "实施", "参加", "参与", "围绕", "以")


DIARY_DAY = re.compile(r"(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s+(?:星期|礼拜|禮拜)[一二三四五六日天]"
                        r"(?:\s+(?:天气|天氣)\s*[:：]\s*\S{1,12})?")


_SPACED_PLACEHOLDER = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?:[xX×]{2,6})[ \u3000]+(?=[\u4e00-\u9fff])")
# (or one a PDF spaced off the word it stands in, wherever the line puts it: "1、XX 年某县…总结", "…(1)XX 年,我会…",
# "2021 年以来,XX 县科协在 XX 县委…", a year's or a count's run of four to six: "xxxx 年", "xxxxxx 剂次"; not before a
# salutation, which opens the text: "主持人 XX 同志们:")
_PLACEHOLDER_SPACED = re.compile(r"(?<![A-Za-z])[xX×]{2,6}[ \u3000]+(?=[\u4e00-\u9fff])(?!同志|各位|尊敬|大家|亲爱|女士)")


# a paper's affiliations in their bracket, each with its city's postcode
_AFFILIATIONS = re.compile(r"\((?:[^()。]*\d{6}\s*[;,]?)+\s*\)")
_PHOTO_CREDIT = frozenset(("摄", "摄影", "供图", "攝", "攝影"))
_CREDITED_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_CREDIT_AT_END = re.compile(r"(?:摄影|攝影)\s+[\u4e00-\u9fff]{2,4}")


_SPEECH_LAST = frozenset("辞词话言讲辭詞話講")


def _names_row(folded: str) -> bool:
    """Three names or more parted by spaces, all but one in four of them with a common surname (a bullet may lead)."""
    names = [t for t in folded.split() if t not in "◎●○·•"]
    return len(names) >= 3 and all(len(t) <= 4 for t in names) and mostly_names([shadow(t) for t in names])


def split_paragraphs(line: str) -> list[str]:
    if len(line) <= 30 and "年" in line and date_line(line):  # a date spaced out: "中华民国 102 年 7 月 12 日"
        return [line]
    if len(line) <= 40 and "星期" in line and DIARY_DAY.fullmatch(line):  # a diary's day: "11月16日 星期日 天气:阴天多云"
        return [line]
    # (an office, its holder's name and what they gave, a speech's headline: "卫生部副部长国艾办主任 王陇德 致辞")
    if len(line) <= 40 and line.rstrip()[-1:] in _SPEECH_LAST and NAMED_SPEECH.fullmatch(shadow(line).strip()):
        return [line]
    pieces: list[str] = []
    start, word_start, spaced = 0, 0, False
    folded = fold(line)
    # (a paper's affiliations in their bracket, each with its city's postcode: "(1. 长安大学 马克思主义学院,陕西 西安 710064;
    # 2. …)"; their spaces part the words of an address)
    if len(folded) <= 240 and folded.lstrip().startswith("(") and _AFFILIATIONS.fullmatch(folded.strip()):
        return [line]
    if len(line) <= 80 and folded.count(" ") >= 2 and _names_row(folded):  # a paper's authors: "◎ 谢某某 丘某某 陈某某 吴某某"
        return [line]
    slogan = _SLOGAN_DASH.match(folded) if "—" in folded or "--" in folded else None
    # (a template's placeholder for a place or a name, spaced off the words it stands among: "在 XX 镇新一届…", "召开 XX 镇…";
    # not after an office, where it is the byline's name: "镇党委书记 XX 同志们:")
    held = [(p.start(), p.end()) for p in _SPACED_PLACEHOLDER.finditer(folded) if not OFFICE_END.search(folded, 0, p.start())] \
        + [p.span() for p in _PLACEHOLDER_SPACED.finditer(folded)] if ("X" in folded or "×" in folded or "x" in folded) else []
    for m in _SPACE.finditer(folded, slogan.end() if slogan else 0):
        left, right = folded[start:m.start()], folded[m.end():m.end() + 1]
        if held and any(a <= m.start() < b for a, b in held):
            continue
        # a run of single letters: "记 者 徐配配", "政 府 工 作 报 告" (a letter, and a letter after it or before)
        letter = m.start() - word_start == 1 and _LETTER.match(folded, word_start) is not None
        word, word_start = word_start, m.end()
        spaced = letter and (spaced or (_LETTER.match(right) is not None and folded[m.end() + 1:m.end() + 2] in _GAP))
        # (a label of two letters spaced out holds: "户 名:", "传 真:")
        # (and after a list's number: "壹、時 間:民國114年…", "貳、地 點:…")
        if folded[m.end() + 1:m.end() + 2] == ":" and _LETTER.match(right) \
                and (letter or (len(left) >= 2 and left[-2] in "、.)" and _LETTER.match(left[-1]))):
            continue
        # (nor before a headline's year in brackets: "总干事报告 (2022-23 年度)")
        if right == "(" and _YEARS_AFTER.match(folded, m.end()):
            continue
        # (nor with 暨, which joins a second meeting to the first: "…发布会 暨…研讨会上的发言")
        if not left or not right or not _CJK_OR_OPEN.match(right) or _english_words(folded, word, m.end()) or right in "的暨":
            continue  # (a space between two English words parts words: "Dec 2021", "FPAHK’s 66th"; no paragraph opens with
            # 的: "aqiang7191 的博客")
        # (Markdown's bold marks may open the numbered line: "**1. 全面二孩政策实施效果**")
        if _LIST_NUMBER.fullmatch(left.lstrip("*") if left[0] == "*" else left) or _open_bracket(left, folded[m.end():]) \
                or (len(left) <= 6 and _PART_LABEL.fullmatch(left) and not _STOP.search(folded, m.end(), m.end() + 40)):
            continue  # "1. 持续推进…" is one paragraph; a space inside brackets is no break either
        # (nor inside a headline's quote that a garbled page never closes: "…开展“倡新时代婚育文化 助家庭和諧幸!敝黝}活動")
        if len(folded) <= 48 and "“" in left and left.count("“") > left.count("”") and "”" not in folded[m.end():]:
            continue
        if right in _BLANK_UNITS and _BLANK_FIGURE.match(folded, m.end()):
            continue
        if right.isdigit() and left[-1] in "-—~–" and left.rstrip("-—~–").rstrip()[-1:].isdigit():
            continue  # (nor inside a range of days or hours: "9月9-- 10日", "下午6:30 ~ 8:30")
        # (a dash with a space each side is the sentence's, "…辞职案 — 由候补理事依意愿候补。"; not where no
        # sentence follows, "某某范文库 — 公文写作好帮手", "…施政报告 — 结语")
        if (_LONE_DASH.match(folded, m.end()) or _LONE_DASH.fullmatch(left, max(0, len(left) - 2))) \
                and _STOP.search(folded, m.end()):
            continue
        # (a dateline and the story's first sentence; a number spaced from its unit inside a sentence)
        # (or an outlet's name before the dateline: "中国传媒联盟 湖南讯:柏加镇…")
        if _DATELINE.search(left, max(0, len(left) - 8)) or (left[-1] == ")" and _CREDITED_DATELINE.search(left)) \
                or (len(left) <= 12 and _DATELINE_NEXT.match(folded, m.end()) and not _STOP.search(left)) \
                or (len(left) <= 16 and _SOURCE_LEAD.fullmatch(left)) \
                or (len(left) <= 10 and _REPORTED.fullmatch(left) and _DATE_AHEAD.match(folded, m.end())) \
                or ("," in left and HAN.match(left[-1]) and _SPACED_NUMBER.match(folded, m.end())):
            continue
        if left[-1] == ":" and len(folded) - m.end() <= 40 and _PLACE_COLON.fullmatch(left) and not _STOP.search(folded, m.end()):
            continue
        # (a headline in two parts at its colon, its first a quoted name's: "『幸福工程』題詞: 救助貧困母親的慈善見證")
        if left[-1] == ":" and len(folded) <= 48 and left[:1] in "『「《“" and not _STOP.search(folded):
            continue
        # (a count the sentence goes on from: "…特殊家庭(失独家庭) 383户、704人,…")
        if right.isdigit() and left[-1] not in _ENDS and _COUNT_AT.match(folded, m.end()) and len(HAN.findall(left)) >= 4:
            continue
        # (a notice's title spaced out, up to the genre its 关于 wants: "关于举办…两个国策 知识竞赛 活动的通知")
        if left.startswith("关于") and len(left) <= 40 and _NOTICE_END.match(folded, m.end()) and not _STOP.search(left):
            continue
        # (or the first of its joint issuers spaced off the title: "某市卫生和计划生育委员会 某市计划生育协会关于…的通知"; or the
        # body's name spaced off its document's year, as a PDF spaces figures: "XX 县科学技术协会 2021 年工作总结和…")
        if len(left) <= 30 and _JOINT_ISSUER.search(left) and not _STOP.search(left) \
                and (_ISSUED_TITLE.match(folded, m.end()) or _YEAR_PAPER.match(folded, m.end())):
            continue
        # (a row's label and its value before the row's bar: "分类: 县志工作 |")
        if left[-1] == ":" and _BARRED_VALUE.match(folded, m.end()):
            continue
        # (a date stamp and its clock: "2012-02-27 18:26:16")
        if left[-1].isdigit() and _CLOCK_NEXT.match(folded, m.end()) and _STAMP_END.search(left, max(0, len(left) - 10)):
            continue
        # (a telephone number's groups: "139 0716 2258")
        if left[-1].isdigit() and (phone := _PHONE.search(folded, max(0, m.start() - 9), m.end() + 14)) \
                and phone.start() < m.start() and phone.end() > m.end():
            continue
        # (a photographer's name and the credit's word, the line's end: "…成就展。 习洪业 摄")
        if folded[m.end():] in _PHOTO_CREDIT and _CREDITED_NAME.fullmatch(folded, word, m.start()):
            continue
        # (or the credit's word and the name after a caption: "…为受助妇女发放救助金 摄影 唐某某")
        if right in "摄攝" and len(left) <= 40 and _CREDIT_AT_END.fullmatch(folded, m.end()) and not _STOP.search(left):
            continue
        # (an office and its holder's name, the line's end: "县委副书记 王小明", a speaker's line under a title)
        end = left[-1]  # (the words' last characters first: most spaces follow none of them)
        if end in _OFFICE_LAST and OFFICE_END.search(left, max(0, len(left) - 4)) and BARE_NAME.fullmatch(folded, m.end()):
            continue
        # (a credit's label and its name, and the next credit after a name, hold together)
        if (end in _CREDIT_LAST and _CREDIT.search(left, max(0, len(left) - 3))) \
                or (_NEXT_CREDIT.match(folded, m.end()) and _CREDIT_NAME.search(left, max(0, len(left) - 12))):
            continue
        # (a clause, or a verb that wants its object, before a space and a quoted name: "…之际,盐津县计生协依托 “暖心家园…”
        # 等项目", "德江县举办 “5·8世界红十字日”活动周启动仪式")
        last = left.rstrip(CLOSERS)[-1:]
        # (or a clause that opens with a word wanting more: "为进一步提高…居民 “计划生育人人参与”意识", "被授予全国 “幸福工程…”")
        if right == "“" and len(left) <= 40 and last not in _ENDS and left[-1] not in CLOSERS \
                and ("," in left or left.endswith(_WANTS_OBJECT) or shadow(left).startswith(_OPENS_CLAUSE)) and not _LIST_NUMBER.match(left):
            continue  # (a numbered heading with a comma ends before the quote: "一、充分肯定成绩,进一步…信心 “十三五”期间,…")
        # a short unpunctuated start is a heading, unless it ends on a word that needs more; but letters
        # spaced out ("记 者", "政 府 工 作") and a number and its unit ("2023 年") hold together
        # (a charter's next article starts its own line even after letters spaced out: "第一章 总 则 第一条 …")
        # (nor a clause with its commas, "中秋将至, 近日,某镇领导…对辖区 内的…", unless a numbered heading follows ("关键词:…,…,…
        # 1 引言"))
        heading = len(left) <= 40 and left[-1] not in _NEEDS_MORE and not _STOP.search(left) \
            and (not spaced or _ARTICLE.match(folded, m.end()) is not None) and not _number_and_unit(left, right) \
            and (left.count(",") < 2 or right.isdigit())
        # (so is a document's long title, which ends on its genre: "…关于开展第十五届“…活动日”的通知 各省…组委会:")
        heading = heading or (len(left) <= 120 and left[-1] in _PAPER_LAST and _PAPER_TAIL.search(left)
                              and not _STOP.search(left) and "," not in left)
        if last in _ENDS or left[-1] in CLOSERS or heading:
            pieces.append(line[start:m.start()])
            start = m.end()
    pieces.append(line[start:])
    return [p.strip() for p in pieces if p.strip()]


# phrases of four characters or more, Chinese only, parted by one space or two: a headline and its second half
# (a title's decoration, a number or a name of two or three characters is no phrase)
_PHRASE = r"(?:[“”‘’「」『』·‧|—、!【】《》()0-9.]*[\u3400-\u9fff]){4,}[“”‘’「」『』·‧|—、!?【】《》()0-9.]*"
# (a phrase may name who speaks: "某某主任雷海潮:完善生育支持政策体系 加快建设生育友好型社会",
# "搶救生育率 陸國家衛健委:將加快構建生育支持政策體系")
_SAID = rf"(?:[^\s:,。|]{{2,30}}:)?{_PHRASE}"
_SLOGAN = re.compile(rf"{_SAID}(?:[ \u3000\xa0]{{1,2}}{_SAID}){{1,2}}")
# a space inside quotes: "“2024年母乳喂哺推广嘉许典礼 ” 圆满举行"
_QUOTED_SPACE = re.compile(r"[ \u3000\xa0]+(?=[”’」』])|(?<=[“‘「『])[ \u3000\xa0]+")
_DATE_FIRST = re.compile(rf"{STAMP}[ \u3000]+")
_DATED_AFTER = re.compile(rf"(.{{10,48}}?)[ \u3000]+([((]{WRITTEN}[))])")
_STAMP_END = re.compile(rf"{STAMP}$")
# the genres a document's title ends on after 的 ("关于…的通知"); a line ends on one only after one of their last characters
_PAPER_WORDS = "通知|决定|意见|报告|请示|批复|通报|实施方案|方案|办法|函"
_PAPER_LAST = frozenset(word[-1] for word in _PAPER_WORDS.split("|"))
_NOTICE_END = re.compile(rf"[^。,!?:;\s]{{1,20}}(?:[ \u3000][^。,!?:;\s]{{1,20}}){{0,2}}?的(?:{_PAPER_WORDS})(?=\s|$)")
_PAPER_TAIL = re.compile(rf"的(?:{_PAPER_WORDS})$")
_JOINT_ISSUER = re.compile(r"(?:委员会|协会|政府|办公室|办公厅|联合会|妇联|团委|局|委|厅)$")
_ISSUED_TITLE = re.compile(rf"[^。!?:;]{{2,30}}?关于[^。!?:;]{{2,100}}?的(?:实施)?(?:{_PAPER_WORDS})\s*$")
_YEAR_PAPER = re.compile(r"(?:19|20)\d\d\s*年度?\s*[^,。:;!?\s]{0,12}?(?:总结|计划|报告|要点|方案|规划)(?=\s|$|和)")
_BARRED_VALUE = re.compile(r"[\u4e00-\u9fff][^\s|:]{0,11}[ \u3000\xa0]*\|")  # (a count stays apart: "查看: 1374|引用:")
# (one glued to a word is a row of its own, "17:53:02應琛", and so is one with its zone, "12:37:14 +0000 UTC…")
_CLOCK_NEXT = re.compile(rf"{CLOCK}(?=\s*\||\s*$|\s+[\u4e00-\u9fff]|\s+(?:https?:|www\.))")
_SIGNED_AFTER = re.compile(r"(.{10,48}?)[ \u3000]+([((]\s*[\u4e00-\u9fff]{2,4}\s*[))])")
# a headline's English after a slash (Title reads the Chinese before it)
ENGLISH_AFTER = r"\s*[/\uff0f]\s*[A-Z][A-Za-z0-9 ,.'’:;&-]{10,}"
_BILINGUAL = re.compile(rf"([^。!?A-Za-z/]{{10,48}}?){ENGLISH_AFTER}")
# a site's tag after a headline: "中編辦回應放開二胎 稱計劃生育基本國策不會變[回顧]"
_TAG_AFTER = re.compile(r"\[[\u4e00-\u9fff]{1,4}\]$")
_BODY = re.compile(r"(?:委员会|协会|政府|办公室|局|委|联合会|妇联)$")
_SITE_WORD = re.compile(r"(?:网站|官网|网|客户端|首页|频道|专栏|栏目)$|欢迎")


def _headline(line: str) -> bool:
    """Whether a short line is one headline in two or three phrases, with ten characters or more: a row of
    four-character idioms is a slogan over the title ("守望相助 一往无前"), and a row with a word of the
    page's furniture is its chrome ("上一主题 下一主题", "…协会 官方网站")."""
    folded = _TAG_AFTER.sub("", _QUOTED_SPACE.sub("", fold(line)))
    if not _SLOGAN.fullmatch(folded) or len(HAN.findall(folded)) < 10:
        return False
    # (a numbered entry's label is no speaker, "三、交流发言之一:某省计生协 坚持改革创新 推动…", nor a footer's after a bar)
    if ":" in folded and ("|" in folded or _LIST_NUMBER.match(folded)):
        return False
    pieces = folded.split()
    # (a body's name after a title is its author: "…工作要点 四川省关心下一代工作委员会")
    return not any(is_furniture(piece) or _SITE_WORD.search(piece) for piece in pieces) \
        and not any(_BODY.search(piece) for piece in pieces[1:])


class Paragraphs:
    name = "paragraphs"

    def __call__(self, draft: Draft) -> Draft:
        lines: list[str] = []
        for line in draft.lines:
            line = line.strip()
            if not _HAS_SPACE.search(line):  # most lines: no space, nothing to split at
                lines.append(line)
                continue
            # a table's row drawn in box characters or in bars: its cells' padding is no break ("│ 北京市 │ 20 │",
            # "| 2017 | 50.35 | 66.28 |")
            if "│" in line or table_row(line):
                lines.append(line)
                continue
            if len(line) <= 48 and _headline(line):  # a headline in phrases: "过集体生日 迎中秋佳节"
                lines.append(line)
                continue
            # (with its date in brackets after it: "金山区:青春“鑫”绽放 健康我护航 (2023年11月01日)")
            if (dated := _DATED_AFTER.fullmatch(line)) and _headline(dated.group(1)):
                lines.extend(dated.groups())
                draft.split = True
                continue
            # (or with its writer's name in brackets: "香港低生育難題 施政報告未解決 (雷鼎鳴 )")
            if line.endswith((")", "\uff09")) and (signed := _SIGNED_AFTER.fullmatch(line)) and _headline(signed.group(1)):
                lines.extend(signed.groups())
                draft.split = True
                continue
            # (and one with its English after a slash: "鼓勵生育 不要空談「有仔趁嫩生」/ Encouraging does not equal…")
            if (both := _BILINGUAL.fullmatch(line)) and _headline(both.group(1).strip()):
                lines.append(line)
                continue
            # (a news list's date before its headline: "2023.04.23 副总统肯定… 盼持续照护民众口腔健康 打造健康台湾")
            if (dated := _DATE_FIRST.match(line)) and len(line) - dated.end() <= 48 and _headline(line[dated.end():]):
                lines.extend((dated.group().strip(), line[dated.end():]))
                draft.split = True
                if len(lines) <= 8:  # (at the page's head, the headline its date row names, as one above the row is)
                    draft.facts.setdefault("listed_title", line[dated.end():].strip())
                continue
            pieces = split_paragraphs(line)
            draft.split = draft.split or len(pieces) > 1
            lines.extend(pieces)
        draft.lines = lines
        return draft
