"""UploadMetadata: the listing and upload lines sites print above or below a document.

文档编号, 上传时间, 格式, 页数, 大小, 发布时间, 来源, 作者, 更新时间, 阅读次数, 投诉建议 … A line goes
only when it is made of nothing but such label:value pairs with short values; the page's own date
(upload or publication) is kept as `published`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaners.dates import (
    CLOCK,
    DAY_FIRST,
    ENGLISH_DATE,
    MACHINE_DATE,
    MONTH_IN_WORDS,
    PADDED_DAY_RE,
    STAMP,
    STAMP_RE,
    WRITTEN,
    first_date,
)
from cleaners.describe import OFFICES, PERSON_NAME, SURNAMES
from cleaners.draft import Draft, has_stops, is_prose, shadow, text_bounds

_DATE_LABELS = ("发稿时间", "发稿日期", "上传时间", "上传日期", "发布时间", "发布日期", "发表时间", "发表日期", "发文日期", "时间", "日期",
                "更新时间", "更新日期", "录入时间", "添加时间", "提交时间", "创建时间", "成文日期", "编辑于", "发布于", "发布",
                "公开日期", "生成日期", "公文生成日期", "最后更新", "最近更新", "内容发布更新时间", "加入时间", "刊发日期", "刊发时间", "日期查询", "报纸日期", "当前报纸日期", "内容时间", "归档时间", "归档日期")
_SPACED_YEAR_DAY = re.compile(r"\s*((?:19|20)\d\d)\s+(\d{1,2}月\d{1,2}日)\s*(?:星期.?)?\s*$")
_WIDGET_LABELS = ("字号", "字体", "字级", "打印", "收藏", "分享")
_OTHER_LABELS = ("文档编号", "文档ID", "文档格式", "格式", "文件格式", "页数", "文档页数", "大小", "文件大小", "文档大小", "文章大小",
                 "来源", "信息来源", "文章来源", "稿件来源", "视频来源", "稿源", "作者", "发布者", "发布人", "上传者", "上传人", "贡献者",
                 "浏览次数", "浏览", "浏览量", "阅读次数", "阅读", "阅读量", "点击数", "点击", "点击量", "访问量", "人气",
                 "下载次数", "下载", "下载积分", "所需积分", "价格", "字数", "投诉建议", "举报", "分类", "栏目", "所属栏目",
                 "责任编辑", "编辑", "审核", "审签", "校对", "供稿", "摄影", "发布机构", "字号", "字体", "评论", "收藏",
                 "索引号", "信息索引号", "统一编号", "信息分类", "主题分类", "所属主题", "公开方式", "公开范围", "组配分类", "体裁分类", "有效性", "信息名称",
                 "原标题", "本文地址", "本文链接", "文章地址", "顶/踩数", "收藏人数", "评论次数", "文档热度", "文档分类",
                 "相关热词搜索", "热词", "下载券", "文档星级", "推荐度", "内容提供方", "文档贡献者", "记者", "通讯员", "主编",
                 "值班编辑", "出处", "转载", "原文", "文号", "发文字号", "主题词", "名称", "相关附件", "本文来源", "文章出处", "查看", "回复", "浏览人次", "热度", "字级", "资料ID",
                 "今日访问", "在线人数", "总访问量", "访问人次", "累计访问", "最后更新", "最近更新", "打印时间", "打印日期",
                 "文件类型", "解读文件", "解读形式", "解读机构", "解读机关", "解读人", "相关政策文件", "微信号", "转载自", "本文转载自", "转载自公众号", "来自公众号",
                 "责编", "编审", "排版", "美编", "版面", "版次", "拟稿人", "拟稿", "校稿人", "核稿人", "签发人", "撰稿人", "审核人", "信息员", "签发领导", "撰稿", "撰文", "初审", "复审", "终审", "末审", "图文", "一审", "二审", "三审", "总监制", "监制",
                 "出品", "投稿地址", "投稿邮箱", "编辑审核", "素材来源", "添加人", "文", "图", "文/图", "图/文", "适用场合", "国内统一刊号", "国际标准刊号",
                 "录入者", "录入", "点阅率", "点阅", "字型大小", "推荐人", "最后修改于", "被引量", "上传用户", "登录名",
                 "页面地址是", "页面地址", "本页地址", "排版编辑", "图片编辑", "文字编辑", "网站", "移动端",
                 "文章热词", "页码", "查看人数", "初审编辑", "复审编辑", "终审编辑", "总页数", "总字数", "本文标题", "来源标题",
                 "值班总编", "值班主编", "值班主任", "编号", "地址", "发布单位", "发文机关", "资料来源", "部门", "废止日期", "失效日期", "次数", "语音阅读",
                 "新闻分类", "标签", "新闻作者", "新闻来源", "查看次数", "文字级数", "文件编号", "文件编码", "发布文号", "书籍", "意见征集", "政策原文", "政策解读", "访问次数", "本网",
                 # a journal paper's catalogue codes: "中图分类号:F290 文献标志码:A 文章编号:1673-291X(2013)15-0178-03"
                 "中图分类号", "中图法分类号", "文献标志码", "文献标识码", "文章编号",
                 # a brief's genre over its writer's name: "简讯:胡某某"
                 "简讯",
                 # (a newsroom's trainee, credited after its editor: "编辑:苏某某 实习生:曾某")
                 "实习生", "实习记者", "见习记者",
                 # a library database's record of a book's part: "知识类型: 析出资源", "唯一号: 1130…", "颗粒名称: 计划生育"
                 "知识类型", "内容出处", "唯一号", "颗粒名称", "分类号", "其他题名",
                 # a law database's record of a regulation: "【發布部門】 安徽省政府", "【效力級別】 地方規範性文件"
                 "状态", "发布部门", "制定机关", "公布日期", "施行日期", "实施日期", "生效日期", "效力等级", "效力级别", "时效性", "时效", "法规类别")
# WeChat credits put a bar where a colon goes ("编辑｜许诺", "摄影丨梁晨"); only these labels take one, a
# menu's "浏览 | 收藏" is not a pair
_BAR_LABELS = {"来源", "编辑", "责任编辑", "责编", "审核", "校对", "摄影", "作者", "排版", "排版编辑", "美编", "撰稿", "供稿", "初审",
               "复审", "终审", "图文", "记者", "通讯员", "微信号", "一审", "二审", "三审", "总监制", "监制", "值班总编"}
# a newsroom's editors, credited under a story it printed whole (no preview site credits an editor)
_EDITORS = frozenset(("编辑", "责任编辑", "责编", "审核", "校对", "初审", "复审", "终审", "一审", "二审", "三审", "值班编辑",
                      "值班总编", "值班主编", "排版", "美编", "编辑审核", "排版编辑"))
_LABEL = "|".join(sorted((re.escape(x) for x in _DATE_LABELS + _OTHER_LABELS), key=len, reverse=True))
# no author writes a credit with a bar: such a line is the site's wherever it stands (a caption's credit)
_BAR_CREDIT = re.compile(rf"\s*[【\[]?(?:{'|'.join(sorted(_BAR_LABELS, key=len, reverse=True))})\s*[|\u4e28]")
# (a newsroom's word may stand before a credit's label: "本网通讯员:…", "本报记者:…")
# (pairs may be parted by a semicolon: "文章来源:网络整理;时间:2023-09-18 04:53")
_PAIR = re.compile(rf"(?:^|(?<=\s)|(?<=[|】\]);]))[【\[]?\s*(?:本网|本报|本台|本刊|特约|见习)?({_LABEL})\s*([::|\u4e28])\s*")
_BRACKET_LABEL = re.compile(rf"【\s*({_LABEL})\s*】(?!\s*【)")
_BULLET = re.compile(r"^\s*(?:[-–·•*▪◆]\s*)+")
# a bare machine-written stamp (2019-05-30, 2019/5/30 09:12) is the site's date; an author writes 2019年5月30日
# (a counter run into it: "48827" in "488272020-01-13")
_COUNTED = r"\d{1,6}(?=(?:19|20)\d\d-)"
_COUNTER = re.compile("^" + _COUNTED)
# (a stamp spaced out round its slashes counts too, "2018 / 05 / 24", and a month and day with a time, "05-19 14:50")
_ISSUE_DAY = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日?\s*(?:星期.)?$")
_BARE_STAMP = re.compile(rf"^[\[【(]?\s*(?:(?:{_COUNTED})?{STAMP}|{DAY_FIRST}|(?:19|20)\d\d\s+/\s+\d{{1,2}}\s+/\s+\d{{1,2}}|(?:19|20)\d\d\s+\d{{1,2}}/\s*\d{{1,2}}(?=\s+\d{{1,2}}:\d\d)|"
                         r"\d\d-\d\d(?=\s+\d{1,2}:\d\d))"
                         rf"(?:\s+{CLOCK})?\s*[\]】)]?(?:\s*\|)?$")  # (a table's cell: "2009-04-30 |")
# an English page's date over its headline, with at most its column's name above it ("Press Releases" / "9 Dec 2021");
# under a title, or a title and its speaker, it dates the speech
_ENGLISH_STAMP = re.compile(rf"^{ENGLISH_DATE}$")
# and its labelled row in a list of a post's facts, the label glued on: "• Date29 Dec 2017", "Posted on: 9 Dec 2021"
_ENGLISH_DATE_ROW = re.compile(rf"^[•*·\-\s]*(?:Date|Posted(?: on)?|Published(?: on)?|Release date|Issue date)\s*:?\s*({ENGLISH_DATE})$", re.I)


_ENGLISH_DATE_LEAD = re.compile(rf"\s*(?:Date|Posted(?: on)?|Published(?: on)?)\s*:?\s*((?:19|20)\d\d-\d{{1,2}}-\d{{1,2}}|{ENGLISH_DATE})"
                                 r"\s+(?=[^\sA-Za-z0-9])", re.I)
_WIDE_GAP = re.compile(r"\s{2,}")
_GLUED_DOMAIN = re.compile(r"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|cn|org|cc|top)(?=\s)")
# when the story was updated, after its stamp: "(4/12 12:16 更新)"
_UPDATE_NOTE = re.compile(rf"^\(\s*(?:{STAMP}|\d{{1,2}}[-/]\d{{1,2}})?\s*(?:{CLOCK})?\s*更新\s*\)$")
# (or the day without its year, with a time: "01-10 17:27:32 来源:新京报"; or how long ago, the label glued on:
# "2天前来源:凤凰网")
_STAMP_FIRST = re.compile(rf"^[\[【(]?\s*(?P<date>{WRITTEN}|{STAMP}|\d{{1,2}}-\d{{1,2}}(?=\s+\d{{1,2}}:\d\d)|"
                          r"\d{1,3}\s*(?:秒|分钟|小时|天|周|个月)前(?=\s*[\u4e00-\u9fff]{2,4}\s*:))"
                          rf"\s*(?P<time>{CLOCK})?\s*[\]】)]?")
# an address (本文链接:), a catalogue code (索引号:) or a document's title (解读文件:《…》) may be longer than any
# other value
_LONG_VALUE = re.compile(r"^(?:(?:https?://|www\.)\S+|[A-Za-z0-9/\-_.]{1,60}|《[^《》。]{4,78}》)$")
# a repost's first headline may be long and have a colon ("原标题:某某委员:加大…力度"), never a sentence's stop
_HEADLINES = {"原标题", "来源标题", "本文标题"}
_WRAPPED_HEADLINE = re.compile(rf"^\(\s*((?:{'|'.join(_HEADLINES)})\s*:[^()]+)\)$")
_COUNT = re.compile(r"^\d[\d,]*(?:\.\d+\s*[Ww万])?\s*(?:次|人|条|个)?$")  # (and "2.7W 次")
# a site's date, or how long ago it was, with the date after it: "6年前 (2018-05-04)"; or its month and day
# without the year ("时间: 04-10 栏目:总结")
_WHEN = re.compile(rf"{MACHINE_DATE.pattern}|^\d+\s*(?:秒|分钟|小时|天|周|个月|年)前(?:\s*\(\s*{STAMP}\s*\))?$|"
                   rf"^(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?:\s+{CLOCK})?$")
# a label that a document may use too counts only with the kind of value a site prints after it
_VALUES = {
    **dict.fromkeys(("时间", "日期", "内容时间"), _WHEN),
    # (or the body that put it up: "• 发布:某某卫生健康委")
    "发布": re.compile(rf"{_WHEN.pattern}|^[\u4e00-\u9fff]{{2,20}}(?:委员会|委|局|办公室|中心|协会|政府|厅)$"),
    **dict.fromkeys(("格式", "文档格式", "文件格式", "文件类型"), re.compile(r"^\.?(?:docx?|pdf|pptx?|txt|wps|xlsx?|rar|zip)$", re.I)),
    **dict.fromkeys(("页数", "文档页数", "总页数"), re.compile(r"^\d+\s*页?$")),
    "页码": re.compile(r"^\d+\s*(?:[-–~]\s*\d+\s*)?页?$"),  # (a book's pages: "页码: 31-34")
    **dict.fromkeys(("大小", "文件大小", "文档大小", "文章大小"), re.compile(r"^\d+(?:\.\d+)?\s*(?:[KMG]i?B?|字节)$", re.I)),
    **dict.fromkeys(("字数", "总字数"), re.compile(r"^约?\s*\d+(?:\.\d+)?\s*万?\s*字?$")),
    **dict.fromkeys(("浏览", "阅读", "点击", "评论", "收藏", "下载", "人气", "查看", "回复", "浏览人次", "查看人数", "查看次数", "次数"),
                    _COUNT),
    **dict.fromkeys(("字号", "字体", "字级", "文字级数"), re.compile(r"^[大中小\s【】\[\]]+$")),
    # a page's own address, not a street's ("地址:http://www.….cn/xwzx/9294.html")
    "地址": re.compile(r"^(?:https?://|www\.)\S+$"),
    # (or a template vendor's product code with its title glued on: "编号:FS-QG-31973公司职工…办法")
    "编号": re.compile(r"^[A-Za-z0-9\-_]{1,20}$|^[A-Z]{2,4}(?:-[A-Z0-9]{1,6})+-\d{3,}(?=[\u3400-\u9fff])"),
    # a law database's word on whether a regulation is in force ("状态:有效"), not a person's or a body's state
    "简讯": re.compile(rf"^{PERSON_NAME.pattern}$"),  # (not the brief's headline: "简讯:某县计生协召开…")
    "状态": re.compile(r"^(?:现行)?有效$|^(?:已|部分)?(?:失效|废止)$|^已被修改$"),
}


# a site's date label glued to what stands before it, with no space: "杜集区人口计生委发布时间:2015-09-07"
# (a bare 时间 only after a headline's closing quote: "…首个“爱心母婴室”时间:2017-07-11"; a notice's 会议时间 is its own)
_GLUED_DATE = re.compile(rf"((?<=[\u4e00-\u9fff])(?:发布时间|发布日期|上传时间|上传日期|更新时间|发表时间)|(?<=[”」])(?:时间|日期))"
                         rf"\s*(:)\s*(?={STAMP})")
_GLUED_AFTER_TIME = re.compile(r"(?<=\d\d:\d\d)(?:下载本文)?(作者|来源|编辑|责任编辑|浏览次数|阅读次数|点击数|浏览|阅读)\s*(:)")
# and a date's label glued to the count before it: "浏览:24935次时间:2023年3月10日" (a copy mark may part them, which
# Spam takes out later: "24935次'时间")
_GLUED_AFTER_COUNT = re.compile(r"(?:(?<=\d次)|(?<=\d次['`]))(时间|日期|发布时间|发布日期|更新时间)\s*(:)")
# a count glued to the date before it ("发布时间:2018-07-03浏览次数:1834"), a label glued to an empty one ("来源:作者:")
# (or a bare count's label, a figure after it: "来源:原创点击:4618次")
_GLUED_COUNT = re.compile(r"(?<=[\d\u4e00-\u9fff])(浏览次数|阅读次数|点击数|点击量|阅读量|浏览量|(?:点击|浏览|阅读)(?=\s*:\s*\d))\s*(:)")
# (and a size or a page count: "发布时间:2016-8-4文章大小:1165字节页数:3页")
_GLUED_SIZE = re.compile(r"(?<=[\d\u4e00-\u9fff])(文章大小|文件大小|文档大小|页数)\s*(:)(?=\s*\d)")
_GLUED_EMPTY = re.compile(r"(?<=[\u4e00-\u9fff]:)(作者|来源|编辑|时间|日期|发布时间|发布日期)\s*(:)")
# a portal's catalogue cells run together: "索引号:GS1360/2013-6017部门:区卫生健康局", "栏目:政府信息公开年报来源:默认管理员",
# "作者:默认管理员日期:2013-01-16" (not the end of a longer label: 信息来源, 发布日期)
_GLUED_CELL = re.compile(r"(?<=[\u4e00-\u9fff\d])(?:(?=部门|栏目)|(?<!信息)(?<!文章)(?<!稿件)(?<!本文)(?<!素材)(?<!内容)(?=来源)|"
                         r"(?<!发布)(?<!成文)(?<!发文)(?<!生成)(?<!公开)(?<!更新)(?<!上传)(?<!发表)(?<!打印)(?<!创建)(?<!出生)(?=日期))"
                         r"(部门|栏目|来源|日期)\s*(:)")
# "栏目:调研报告发布:2012-08-15浏览:2321": a date's label glued to the cell before, a count's to the date
# (looked behind from the label: a pattern that starts by looking behind is tried at every position)
_GLUED_PUBLISHED = re.compile(r"(发布)(?<=[\u4e00-\u9fff]发布)(?<!信息发布)(?<!新闻发布)\s*(:)(?=\s*\d)")
_GLUED_AFTER_DATE = re.compile(r"(浏览|阅读|点击|下载)(?<=\d..)\s*(:)")
# a sharing site's upload row run together from its spans: "文档编号:30561247上传时间:2023-07-20格式:DOCX页数:6大小:24.15KB"
_GLUED_UPLOAD = re.compile(r"(?<=[\dA-Za-z])(上传时间|上传日期|上传人|上传者|文档格式|格式|页数|大小|下载积分|文档编号)\s*(:)")
# a row's labels glued to the figures before them: "时间:01-19人气:19作者:炎龙炎刃"
_GLUED_AFTER_FIGURE = re.compile(r"(人气|作者|来源)(?<=\d..)\s*(:)")
# an editor's credit glued to the author's name: "作者:江涛编辑:罗俊"; an author's to the source: "来源:新华社作者:胡浩"
_GLUED_CREDIT = re.compile(r"(?<=[\u4e00-\u9fff]{2})(责任编辑|责编|编辑|审核|校对|初审|复审|终审|作者)\s*(:)")
# a source's value with the time of publication in it: "新华社 | 2021年03月09日12:46"
_DATED_TIME = re.compile(r"(?:19|20)\d\d\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}")
_GAP_DATE = re.compile(rf"(?<=\S)\s{{2,}}(?:{WRITTEN}|{STAMP})$")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+$")
_STAMP_THEN_NAME = re.compile(rf"^\s*({STAMP})\s*([\u4e00-\u9fff]{{2,4}}|[\u4e00-\u9fff]{{0,10}}(?:{OFFICES})[\u4e00-\u9fff]{{2,4}})\s*$")
_NAMES_AFTER_CLOCK = re.compile(r"\d:\d\d\s*([\u4e00-\u9fff]{2,9})\s*$")
_COUNT_LEAD = re.compile(r"\s*(阅读|浏览|点击)(?:次数|量)?\s*:\s*(\d+)\s*(?=[\u4e00-\u9fff]{2})")
_SPACED_STAMP = re.compile(r"^((?:19|20)\d\d)\s+(\d{1,2})/\s*(\d{1,2})")
_FONT_LEAD = re.compile(r"^A\s*[-+]\s*A\s*[-+]\s*")
_OUTLET = re.compile(r"[\u4e00-\u9fff]{2,10}(?:报|网|社|电视台|广播电台|客户端|新闻)(?:评论|讯)?")
_CLOCK_THEN_NAME = re.compile(r"\s*\d{1,2}:\d{2}:\d{2}\s*(?=[\u4e00-\u9fff]{2,4}\s*$)")
# (its day and month may be spaced: "2024年 1月 15日19:58:33…")
_CLOCKED_LEAD = re.compile(rf"^\s*(?P<stamp>(?:19|20)\d\d年\s*\d{{1,2}}月\s*\d{{1,2}}日|{STAMP})\s*\d{{1,2}}:\d{{2}}:\d{{2}}"
                           rf"(?=[\u4e00-\u9fff]{{6}}[^:|]*$)")
# a blog's note that its comments are closed, after the title it printed again: "…工作总结已关闭评论 0"
_COMMENTS_CLOSED = re.compile(r"(?:已关闭评论|评论已关闭)\s*\d*\s*$")
# a dated row at the head of a page with the site's words run on after it: "内容发布更新时间 : 2024/6/24 20:16:32星期一
# 下面是文章的全部内容请认真阅读。"; the row goes, the sentence is left to the rules after (a meeting's minutes
# start "时间:2024-04-05 地点:…": a row only with a site's label or a clock to the second)
_LEAD_ROW = re.compile(rf"^\s*({'|'.join(sorted(_DATE_LABELS, key=len, reverse=True))})\s*:\s*"
                       rf"(?P<stamp>{STAMP})(?P<time>\s*\d{{1,2}}:\d{{2}}(?P<seconds>:\d{{2}})?)?(?:\s*星期[一二三四五六日天])?")


def parse_pairs(line: str, start: int = 0) -> list[tuple[str, str]] | None:
    """The (label, value) pairs of a metadata line from `start` on, or None when it is anything else."""
    pairs = _pairs(line, start)
    return None if pairs is None else list(pairs)


# a government catalogue's row of cells, label and value in turn: "索引号 | 1134…/202205-00093 | 组配分类 | …|",
# "信息名称 | 南山街道:开展…征文演讲 | 内容概述 |" (its labels name no part of a document, so a name may hold a colon)
_INDEX_LABELS = frozenset(("索引号", "信息索引号", "组配分类", "主题分类", "所属主题", "体裁分类", "信息分类", "主题导航", "发布机构", "发文机关", "发文日期",
                           "成文日期", "发布日期", "生成日期", "发布文号", "文号", "发文字号", "文件编码", "关键词", "主题词", "信息来源",
                           "公开方式", "公开范围", "公开时限", "有效性", "信息名称", "内容概述", "废止日期"))
_CATALOGUE_ONLY = frozenset(("索引号", "信息索引号", "组配分类", "主题分类", "体裁分类", "信息分类", "发布机构", "发文机关", "文号", "发文字号", "文件编码",
                             "发布文号", "公开方式", "公开范围", "公开时限", "有效性"))
# (a day under its label is a date's, read where dates are)
_CELL_BELOW = frozenset(label for label in _INDEX_LABELS if "日期" not in label) | {"发布单位", "统一编号"}
_DIGIT = re.compile(r"\d")  # (a code's or a number's cell; a headline under an empty cell has none)
_CELL_SPLIT = re.compile(r"\s*\|\s*")
_CLOCK_AT = re.compile(CLOCK)
_VALUE_BELOW = frozenset(("来源", "信息来源", "文章来源", "稿件来源", "作者", "编辑", "责任编辑", "责编", "审核", "校对", "供稿", "摄影",
                          "记者", "通讯员", "发布者", "发布人"))


def _index_row(text: str) -> tuple[tuple[str, str], ...] | None:
    cells = _CELL_SPLIT.split(text.strip(" |"))
    # (a label may be spaced out to fill its cell: "索 引 号 | …"; a row may hold one empty cell: "有效性 |")
    labels, values = [label.replace(" ", "") for label in cells[0::2]], cells[1::2]
    # (a row of one cell and its value is the catalogue's only with a label only a catalogue prints: "索引号 | …")
    if not labels or not all(label in _INDEX_LABELS for label in labels) \
            or (len(labels) == 1 and values and labels[0] not in _CATALOGUE_ONLY) \
            or any(len(value) > 80 or re.search(r"[。!?;]", value) for value in values):
        return None
    return tuple(zip(labels, values + [""] * (len(labels) - len(values)), strict=True))


_WRITTEN_DATE = re.compile(rf"{WRITTEN}(?:\s*{CLOCK})?")
# a date written out under its label alone, which a meeting's record prints too ("时间: 2017年12月13日" / "地点: …"),
# so it is the site's only under the site's own row
_WRITTEN_ROW = re.compile(rf"^(?:时间|日期)\s*:\s*({WRITTEN})$")
_BLOG_BUTTONS = re.compile(r"^(?:\s*\|?\s*(?:举报|字号|订阅|收藏|分享|转载)\s*\|?)+$")
_FONT_TAIL = re.compile(r"(?:\s*[\[【(]?\s*(?:放大|缩小|默认|还原|重置)\s*[\]】)]?)+$")
# (or the mobile view's: "时间:2026-02-20 手机浏览")
_BUTTON_TAIL = re.compile(r"(?:\s*[\[【(]?\s*(?:关闭窗口|关闭本页|关闭|打印本页|打印|手机浏览|手机版)\s*[\]】)]?)+$")
# the site's note of its rights after a date: "(原创文章,禁止转载)", "(转载请注明出处)"
_RIGHTS_TAIL = re.compile(r"\s*\((?:原创(?:文章|稿件)?\s*,?\s*)?(?:禁止转载|谢绝转载|未经允许不得转载|转载请注明出处)\)\s*$")
# a count's value with more counters and buttons after it: "浏览:2321下载208次收藏"
_COUNT_TAIL = re.compile(r"(?<=\d)(?:\s*(?:下载|收藏|评论|点赞|分享|举报)\s*(?:\d+\s*次?)?)+$")


@lru_cache(maxsize=16384)  # the rule runs twice a page, over mostly the same lines
def _pairs(line: str, start: int = 0) -> tuple[tuple[str, str], ...] | None:
    text = line[start:] if start else _BULLET.sub("", line).strip()
    if text.startswith("【"):  # a label in brackets: "【来源】 南方+客户端", "【撰文】李丹"
        text = _BRACKET_LABEL.sub(r"\1:", text)
    elif text.startswith("(") and (wrapped := _WRAPPED_HEADLINE.match(text)):  # "(原标题:…)"
        text = wrapped.group(1)
    matches = [m for m in _PAIR.finditer(text) if m.group(2) == ":" or m.group(1) in _BAR_LABELS]
    if matches and ("时间" in text or "日期" in text):  # "信息来源: 某某委发布时间:2015-09-07": two pairs
        # (and "更新时间:2018-12-05 00:11作者:三水老师": a label glued to the time before it)
        matches = matches + list(_GLUED_DATE.finditer(text)) + list(_GLUED_AFTER_TIME.finditer(text)) \
            + list(_GLUED_AFTER_COUNT.finditer(text))
    if matches and ("次数" in text or ":" in text[matches[0].end():]):
        matches = matches + list(_GLUED_COUNT.finditer(text)) + list(_GLUED_EMPTY.finditer(text)) \
            + list(_GLUED_CREDIT.finditer(text)) + list(_GLUED_CELL.finditer(text)) + list(_GLUED_PUBLISHED.finditer(text)) \
            + list(_GLUED_AFTER_DATE.finditer(text)) + list(_GLUED_SIZE.finditer(text)) + list(_GLUED_AFTER_FIGURE.finditer(text)) \
            + list(_GLUED_UPLOAD.finditer(text))
    if matches:
        matches = sorted({m.start(): m for m in matches}.values(), key=lambda m: m.start())
    if not matches or matches[0].start() > 1:
        return _index_row(text) if "|" in text else None
    pairs = []
    for k, m in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        value = text[m.end():end].strip(" \t|/】]【['`;")
        if "关闭" in value or "打印" in value or "手机" in value:  # the window's buttons after a date: "时间:2019-10-30 [关闭窗口]"
            value = _BUTTON_TAIL.sub("", value)
        if "转载" in value and (rights := _RIGHTS_TAIL.search(value)):  # "日期:2015-12-21(原创文章,禁止转载)"
            value = value[:rights.start()]
        if "举报" in value or "订阅" in value:  # a blog's buttons after an empty label: "标签: |举报 |字号 订阅"
            value = _BLOG_BUTTONS.sub("", value)
        if ("放大" in value or "默认" in value) and _VALUES.get(m.group(1)) is _COUNT:
            # the font's buttons after an empty count: "查看次数:  放大 缩小 默认"
            value = _FONT_TAIL.sub("", value)
        if value[:1].isdigit() and not value.isdigit():
            value = _COUNT_TAIL.sub("", value)
        headline = m.group(1) in _HEADLINES and len(value) <= 80 and not re.search(r"[。!?;]", value)
        if not headline and ((len(value) > 30 and not _LONG_VALUE.match(value)) or
                             (re.search(r"[。!?;]|[\u3400-\u9fff]\s*:", value) and not _ADDRESS.match(value))):
            return None  # (an address's query string is no sentence's end: "…article.asp?id=5026")
        rule = _VALUES.get(m.group(1))
        # (an author's date, 2017年08月28日, counts in a row of the site's pairs: "作者:… 来源:… 日期:2017年08月28日")
        if rule is not None and value and not rule.match(value) \
                and not (len(matches) >= 2 and rule is _WHEN and _WRITTEN_DATE.fullmatch(value)):
            return None  # "点击：" with its count left to a script
        pairs.append((m.group(1), value))
    return tuple(pairs)


# a stamp alone on its line, and a day in words alone (a date in English under an address is its date line)
_STAMP_ALONE = re.compile(rf"{STAMP}(?:\s+{CLOCK})?")
_WRITTEN_ALONE = re.compile(WRITTEN)
# the site's address alone after its stamp ("2020-07-06 01:18   http://www.…com/"); a list's bullet alone on its line
_ADDRESS_ONLY = re.compile(r"(?:https?://|www\.)[\w./?=&%#-]+")
_BULLETS = ("-", "·", "•", "*", "●", "○", "■", "□", "◆")


def _one_stamp_below(lines: list[str], foot: int) -> bool:
    """Whether the page's foot holds one stamp alone on its line: more are a list's dates, not the page's."""
    return sum(1 for line in lines[foot:] if line[:1].isdigit() and _STAMP_ALONE.fullmatch(shadow(line).strip())) == 1


# an event's facts after its date row, and (its time among them) between a headline and its credits
_EVENT_LABELS = "地点|主持人?|参加人员|参会人员|出席人员|与会人员"
_EVENT_NEXT = re.compile(rf"\s*(?:会议)?(?:{_EVENT_LABELS})\s*:")
_EVENT_FACT = re.compile(rf"\s*(?:会议|活动)?(?:时间|{_EVENT_LABELS})\s*:")
_COUNTER_LABEL = re.compile(r"浏览|阅读|点击|人气|访问|查看|热度")
_SITE_NAME_LEFT = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,6}")
_GENRE_LEFT = re.compile(r"讲话|报告|总结|方案|通知|发言|致辞|计划|意见|章程|汇报|规划")
# labels no document uses for itself; the others (时间, 作者, 来源 …) can be part of a notice's text,
# so they count only in the page's head and foot, where listings print them
_SITE_ONLY = {"适用场合", "国内统一刊号", "国际标准刊号", "文档编号", "文档ID", "文章大小", "上传时间", "上传日期", "上传者", "上传人", "贡献者", "发布时间", "发布日期", "更新时间",
              "更新日期", "录入时间", "添加时间", "浏览次数", "浏览量", "阅读次数", "阅读量", "点击数", "点击量", "访问量",
              "下载次数", "下载积分", "所需积分", "投诉建议", "文件大小", "文档大小", "文档页数", "文档格式", "责任编辑",
              "索引号", "原标题", "本文地址", "本文链接", "顶/踩数", "收藏人数", "评论次数", "文档热度", "相关热词搜索",
              "下载券", "文档星级", "推荐度", "内容提供方", "文档贡献者", "值班编辑", "今日访问", "在线人数", "查看人数", "文章热词", "初审编辑", "加入时间", "总访问量",
              "访问人次", "累计访问", "打印时间", "打印日期", "录入者", "点阅率", "字型大小", "推荐人", "最后修改于", "被引量",
              "上传用户", "页面地址是", "页面地址", "本页地址", "移动端", "内容发布更新时间", "本文标题", "来源标题",
              "中图分类号", "中图法分类号", "文献标志码", "文献标识码", "文章编号"}
# a paper's serial numbers, which open its masthead row
_SERIAL = ("国内统一刊号", "国际标准刊号")
HEAD, FOOT = 15, 10
_FULL_STOP = re.compile(r"[。!?;\uff01\uff1f\uff1b]")
# a stamp glued before a headline of six characters or more, no row's label after it: "2023.04.27关于提振…"
_DATED_HEADLINE = re.compile(rf"({STAMP})(?!\d)[ \u3000]*((?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){{6}})[^\s:|,。!?;][^:|。!?;]{{5,60}})")
# how a date stamp starts, before folding: a bracket, then the year's first digit (or the day's)
_MAYBE_STAMP = re.compile(r"[\[【(\uff08\uff3b\s\u3000]*[0-9\uff10-\uff19]")


# a row of short items with the page's date stamp in it, as sharing sites, portals and WeChat print under
# a title: "约12页 | 2022-07-10 发布 | 浏览量:216", "原创 某某计生协 2023-03-08 17:30 发表于湖南"
_ROW_STAMP = re.compile(rf"{STAMP}(?!\d)")  # the year first: the scan skips to a 1 or 2
# below the text a stamped row needs its word ("编辑于 2021-07-10 21:05"): a signature has a date too
_STAMP_WORD = re.compile(r"(?:编辑|发布|发表|更新|上传)于")
# (or the post's buttons before it, the report button among them: "编辑 举报 2024-02-24 13:09")
_BUTTON_STAMP = re.compile(rf"(?:(?:编辑|分享|收藏)\s+)*举报\s+{STAMP}\s+{CLOCK}$")
_SPACED_LABEL = re.compile(r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff][ \u3000]+){1,3}[\u4e00-\u9fff](?=[ \u3000]*:)")
_SHARED_ON = re.compile(rf"(?:分享|上传|发布|发表|贡献)于\s*({STAMP})")
# a reply's floor below a forum post ("沙发 发表于 …"): where Navigation cuts the replies off, so it stays
_FLOOR_ROW = re.compile(r"\s*(?:沙发|板凳|地板|\d{1,4}\s*楼|#\s*\d{1,4})\s")
_PAGE_COUNT = re.compile(r"(?:本文档?|文档|全文)?\s*(?:共|约|总共)\s*\d+\s*页")
_NOT_ROW = re.compile(r"[。,;!?《》“”]")
_ROW_SPLIT = re.compile(r"\s*[|｜·]\s*|\s+")
_HANDLE = r"[A-Za-z][\w.]{1,20}-[^\s\d]{1,16}"
# (or who did it first: "本文由某某在线发布于2018-05-21")
# the site's word for putting the page up, before its stamp
_PUT_UP_WORD = r"(?:贡献|上传|发布|更新|发表|创建)于?"
_STAMPED_ITEM = re.compile(rf"^(?:本文由\s*[^\s。,]{{1,16}}?\s*)?{_PUT_UP_WORD}\s*(?:{STAMP}|{WRITTEN})(?:\s+{CLOCK})?$|"
                           # (or the site's name run into its stamp and time: "科普小知识2022-12-06 12:09:07", or a
                           # poster's handle and motto: "Vera-欢迎多多评论2018-08-08 13:47")
                           rf"^(?:[\u4e00-\u9fff]{{2,10}}|{_HANDLE}){STAMP}\s+{CLOCK}$")
# (that one is the site's wherever it stands in the head: no document prints a time to the second, or a handle)
_NAME_STAMP_CLOCK = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,10}}{STAMP}\s+\d{{1,2}}:\d{{2}}:\d{{2}}|{_HANDLE}{STAMP}\s+{CLOCK})$")
# a written date is the site's in a row with the site's address: "中央政府门户网站 www.gov.cn   2007年05月29日"
# (a signature's date is written too, but has no address by it)
_WEB_ITEM = re.compile(r"www\.|\.(?:cn|com|net|org)\b")
# (and so is a row with the site's address and a time, under a headline that has a comma and so looked like the
# text's start: "http://whmsebhyy.com 2006年09月28日 08:00 國家工商總局網站")
_ADDRESSED_STAMP = re.compile(rf"(?:https?://|www\.)[\w./-]+\s+{_DATED_TIME.pattern}")
_WRITTEN_STAMP = re.compile(r"(?:19|20)\d\d\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日(?!\d(?!\d?:\d))")  # (spaced too, or with a time)
# a paper's name in its marks, an item of such a row: "http://www.100md.com 2002年7月12日 《中国中医药报》 第1784期"
_PAPER_ITEM = re.compile(r"(?:^|(?<=\s))《[^《》\s]{2,12}(?:报|刊|杂志|周刊)》(?=\s|$)")


# a newspaper's issue date above its story, after the paper's name or under its masthead ("中国妇女报" /
# "2023年05月15日", "当前报章为 第20110131号" / "2011年01月31日"): the page's date, not the speech's
_PAPER = re.compile(r"[\u4e00-\u9fff]{2,10}报")
_ISSUE_DATE = re.compile(rf"^(?:(?P<paper>{_PAPER.pattern})\s*[|\uff5c]\s*)?"
                         rf"(?P<date>{WRITTEN})\s*(?:星期[一二三四五六日天])?"
                         # (or the paper's name and page after the date: "1985年10月25日人民日报 第3版")
                         rf"(?:\s*(?P<after>{_PAPER.pattern})(?:\s*第?\s*[A-Z]?\d+\s*版)?)?$")
# and its issue row below the story, the paper's name first and the weekday last: "永康日报 时政新闻 00005
# 2015-09-03 永康日报2015-09-0300006;10101 2 2015年09月03日 星期四"
_PAPER_FOOT = re.compile(rf"^{_PAPER.pattern}[^。,!?“”]*(?P<date>{WRITTEN})\s*星期[一二三四五六日天]$")
# (an e-paper's "current issue" with its date: "当前报章2022年06月15日")
_CURRENT_ISSUE = re.compile(rf"^当前报章为?\s*(?P<date>{WRITTEN})$")
_MASTHEAD = re.compile(rf"^{_PAPER.pattern}$|报章为\s*第?\s*\d+\s*号?$|^第?\s*[A-Z]?\d+\s*版")


_WORDS_DAY_ROW = re.compile(r"[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,4}日\s*,?\s*"
                            r"\(?星期[一二三四五六日天]\)?")
_MONTH_WORD_ROW = re.compile(rf"{MONTH_IN_WORDS}\s*,?\s*(?:星期[一二三四五六日天])?\s*(?:{CLOCK})?")
# a date an author would write, with the weekday and the clock a machine adds (a mail archive's header:
# "2023年6月6日 星期二 16:42:07 CST"), or the clock to the second: the page's stamp, not the speech's day
_WRITTEN_CLOCK_ROW = re.compile(rf"({WRITTEN})\s*,?\s*(?:\(?星期[一二三四五六日天]\)?\s*{CLOCK}|\d{{1,2}}:\d\d:\d\d)"
                                r"(?:\s*(?:CST|GMT|UTC|[+-]\d{4}))?")
# a post's column, its stamp (its clock, the site's address glued on) and its author or its next column, run together
_TAGGED_STAMP = re.compile(rf"[\u4e00-\u9fff]{{2,8}}\s*({STAMP})(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*"
                           r"(?:www\.[a-z0-9.-]+\.(?:cn|com|net))?\s*[\u4e00-\u9fff]{2,6}")


_CREDIT_OPENED = re.compile(r"[(\[【]\s*(?:编辑|记者|作者|通讯员|摄影|校对|审核|审校|编审)\s*:\s*[^()\[\]【】:]{1,12}")
# a repost's stamp with its article's authors glued on: "2015-03-19谢某某丘某某陈某某"
_STAMP_THEN_NAMES = re.compile(rf"({STAMP})\s*[{SURNAMES}][\u4e00-\u9fff]{{1,39}}")


_WORD_COUNT = re.compile(r"约?\s*(\d+(?:\.\d+)?)\s*(万)?\s*字?")


# a year of two figures under a date's label: "发布时间:19年03月28日" (2019), a Taiwan page's "92年11月08日" (ROC 92, 2003)
_SHORT_YEAR = re.compile(r"(\d\d)年(\d{1,2})月(\d{1,2})日")


def _short_year(value: str) -> str | None:
    if "年" not in value or not (m := _SHORT_YEAR.match(value.strip())):
        return None
    year = int(m.group(1))
    year = 2000 + year if year <= 30 else 1911 + year if year >= 40 else 0
    return first_date(f"{year}年{m.group(2)}月{m.group(3)}日") if year else None


def _row_date(s: str) -> str | None:
    """The date a row at the head gives when no label names it: a post's column, stamp and author run together
    ("两会专题2018-06-28三水老师", "大明星 2025-04-05 16:58www.….cn女明星"), a gazette's issue in words with its weekday
    ("二零二六年一月十四日,星期三"), a stamp with its month in words ("2021 五月 14日, 星期五 7:38")."""
    if tagged := _TAGGED_STAMP.fullmatch(s) or _STAMP_THEN_NAMES.fullmatch(s):
        return tagged.group(1)
    if ":" in s and (clocked := _WRITTEN_CLOCK_ROW.fullmatch(s)):
        return clocked.group(1)
    return s if ("星期" in s and _WORDS_DAY_ROW.fullmatch(s)) or ("月" in s and _MONTH_WORD_ROW.fullmatch(s)) else None
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_PUT_UP = re.compile(rf"{_PUT_UP_WORD}\s*(?:19|20)\d\d年")


def _listed_row(lines: list[str], i: int) -> bool:
    """Whether a table's row with a stamp in it stands under two or more rows like it: a list's item, each with its
    date ("| 第五届第2次大会会议纪录 | 2011-05-04 |"), not the page's row."""
    return sum(1 for line in lines[max(0, i - 4):i] if line.lstrip().startswith("|") and _ROW_STAMP.search(line)) >= 2


def _stamped_row(shade: str) -> tuple[tuple[str, str], ...] | None:
    s = shade.strip().rstrip(",")  # (the comma before a length TruncationNotice took: "发布于2023-12-10 14:51,")
    # (a written date is the site's beside its address, or with its time: "2011年09月15日 11:21:07  某某新闻网")
    # (or after the site's word for putting it up: "更新 2024年05月03日")
    stamp = (_ROW_STAMP.search(s) or (_WRITTEN_STAMP.search(s) if _WEB_ITEM.search(s) or ("年" in s and _DATED_TIME.search(s))
                                      or _PUT_UP.search(s) else None)) if len(s) <= 80 else None
    # (a digit before the year is some other number's, unless it is a counter run into the row's start: "48827" in
    # "488272020-01-13 08:55:31")
    if stamp is None or (stamp.start() > 0 and s[stamp.start() - 1].isdigit() and not s[:stamp.start()].isdigit()) \
            or _NOT_ROW.search(_PAPER_ITEM.sub("", s) if "《" in s else s):
        return None
    if not _STAMPED_ITEM.match(s.rstrip(" ·|")):  # "贡献于2019-12-26" on its own; else a row of short items
        items = [t for t in _ROW_SPLIT.split(s) if t]
        # (a labelled item or the site's address may be longer: "来源:福建卫生健康新闻网", "usa.fjsen.com")
        # (and the stamp with its time: "2006年03月20日14:20")
        if len(items) < 2 or any(len(t) > (24 if ":" in t or "." in t else 12) and stamp.group() not in t for t in items):
            return None
    return (("时间", stamp.group()),)


# a law database's record glued between a regulation's title and its text: "…章程(2018年修改)文章属性•【制定机关】…•
# 【公布日期】2018.11.02•…•【主题分类】妇女保障正文…章程(…通过)总则…"
_PROPERTIES = re.compile(r"文章属性\s*(?:•?\s*【[^【】]{2,8}】[^•【】]{0,40}){2,}?\s*•?\s*【主题分类】[^•【】]{0,12}?正文|"
                         r"文章属性\s*(?:•?\s*【[^【】]{2,8}】[^•【】]{0,40}){2,}")


def _properties(draft: Draft, rule: str) -> None:
    """The record goes; the title before it and the text after it part on two lines."""
    lines = []
    for i, line in enumerate(draft.lines):
        m = _PROPERTIES.search(shadow(line)) if i < HEAD and ("属性" in line or "屬性" in line) else None
        lines.extend(draft.cut(rule, line, i, [m.span()]) if m else [line])
    draft.lines = lines


REPORTER = re.compile(r"[\u4e00-\u9fff·]{0,14}(?:记者|通讯员)\s+[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*")


def _title_above(draft: Draft, lines: list[str], keep: list[bool], i: int) -> None:
    """A page prints its title right above its date and source row: noted for Title."""
    if "listed_title" not in draft.facts:
        kept = [j for j in range(i - 1, -1, -1) if keep[j] and lines[j].strip()]
        # (a reporter's byline may stand between: "代表:建议设立…" / "澎湃新闻记者 王俊" / "2019-03-08 17:22")
        if len(kept) >= 2 and REPORTER.fullmatch(shadow(lines[kept[0]]).strip()):
            kept = kept[1:]
        # (or the event's own facts, which are the text's: "同伴教育主持人培训新闻稿" / "时间:3月12号9:30-15:30" /
        # "地点:教二-102" / "撰稿:张某")
        while len(kept) >= 2 and _EVENT_FACT.match(shadow(lines[kept[0]])):
            kept = kept[1:]
        above = lines[kept[0]] if kept else None
        # (a cell of a table that lays the page out, "专题研究西安市人口和计 |", may hold a headline's second line only)
        # (a headline may have a comma: "代表:建议设立独生子女带薪陪护假,以照顾患病住院的父母"; no full stop)
        # (a day over the row is no headline, but the page's date: an e-paper's issue "2014年12月12星期五" / "国内统一刊号:…",
        # a row split at its label "2010年10月23日" / "作者:")
        if above and _ISSUE_DAY.match(shadow(above).strip()):
            if day := first_date(shadow(above)):
                draft.facts.setdefault("published", day)
                keep[kept[0]] = False
        elif above and len(above) <= 80 and not re.search(r"[。;!?]", shadow(above)) and not above.rstrip().endswith("|"):
            draft.facts["listed_title"] = above.strip()


def _dated_head(shade: str) -> tuple[str, str, int] | None:
    """A dated row that starts a line at the head of the page, as (label, stamp, where the row ends); what
    follows it is left: the site's sentence after "内容发布更新时间 : 2024/6/24 20:16:32星期一", the speaker after
    "2018-01-28安徽省副省长王翠凤". A stamp run into an author's name ("2017-10-26郭永力") takes the line."""
    if (lead := _LEAD_ROW.match(shade)) and (lead.group(1) in _SITE_ONLY or lead.group("seconds")) \
            and has_stops(shade[lead.end():]):
        return lead.group(1), lead.group("stamp"), lead.end()
    if (byline := _STAMP_THEN_NAME.match(shade)) is not None:
        return "时间", byline.group(1), len(shade) if len(byline.group(2)) <= 4 else byline.start(2)
    return None


# an English document host's rows over the document it shows: "Date post: 21-Jan-2023", "Upload: khangminh22",
# "View: 1 times", "Post on 20-Jul-2020", "0 views", "• Download" over "0", "Embed Size (px)", "TRANSCRIPT"
_HOST_MARK = re.compile(r"(?:[-•·*]\s*)?Upload(?:ed)?\b|File Type\s*:")
_HOST_LABEL = re.compile(r"(?:[-•·*]\s*)?(?:Date post|Post(?:ed)? on|Upload(?:ed)?(?: by)?|Views?|Downloads?|Category)\s*:?\s*(?P<value>[^:]{0,40})")
_HOST_LINE = re.compile(r"\d+\s+(?:views?|downloads?|times)|Share this document with a friend|Click here to load reader|Embed Size \(px\)|"
                        r"Citation preview|TRANSCRIPT|\+ All Categories|Home\s*>\s*Documents\s*>.*|"
                        # a PDF host's record: "Total Page:16", "File Type:pdf, Size:1020Kb"
                        r"Total Pages?\s*:\s*\d+|File Type\s*:\s*\w+\s*(?:,\s*Size\s*:\s*[\d.]+\s*[KMG]i?b)?", re.I)
_HOST_VALUE = re.compile(r"[\w.-]{1,24}")


_RECORD_LABEL = re.compile(r"(?:其他题名|摘要)\s*:")


def _archive_record(draft: Draft, rule: str) -> None:
    """A library database's record over the text it holds: its other title and its abstract go whole, with their values
    on the lines under bare labels, and its "内容" label over the text ("其他题名:" / "人口控制必须…", "摘要: 这篇文字主要是…")."""
    lines, keep = draft.lines, [True] * len(draft.lines)
    for i in range(min(len(lines), HEAD)):
        shade = shadow(lines[i]).strip()
        if _RECORD_LABEL.match(shade):
            keep[i] = False
            if shade.endswith(":") and i + 1 < len(lines) and not is_prose(lines[i + 1]) and len(lines[i + 1]) <= 40:
                keep[i + 1] = False
        elif shade == "内容" and not all(keep[:i]):
            keep[i] = False
            break
    if not all(keep):
        draft.keep_lines(rule, keep)


# a disclosure catalogue's labels spaced from their values, the table's cells flattened: "索引号 xzf…/2020-0165 公开日期: …" /
# "来源 石泉县卫生健康局" / "内容概述 石泉县医院开展…"
_SPACED_ROW = re.compile(rf"(?:{'|'.join(sorted(_INDEX_LABELS | {'来源', '公开日期'}, key=len, reverse=True))})(?=[ \t\u3000]+[^\s|])")

_SPACED_CELL = re.compile(rf"(?<=[ \t\u3000])({_SPACED_ROW.pattern})[ \t\u3000]+")


def _spaced_catalogue(draft: Draft, rule: str) -> None:
    """The catalogue's rows, where two or more of them head the page and one names the catalogue (索引号, 发布机构 …): read
    as the rows they are, with their labels' colons, and gone as printed. A sentence opens with no such label and a space."""
    head = min(len(draft.lines), HEAD)
    rows = [(i, shade, m) for i in range(head) if (m := _SPACED_ROW.match(shade := shadow(draft.lines[i]).strip()))]
    if len(rows) < 2 or not any(m.group() in _CATALOGUE_ONLY for _, _, m in rows):
        return
    keep = [True] * len(draft.lines)
    for i, shade, m in rows:
        value = draft.lines[i].strip()[m.end():].strip()
        if len(value) > 80 or re.search(r"[。!?]", value):  # (a sentence: "关键词 的选择要准确,这是…。")
            continue
        # (each of the row's cells after the first is a label spaced from its value too: "… 生成日期 2021-01-28 公开日期 2021-01-28")
        if pairs := _pairs(m.group() + ":" + _SPACED_CELL.sub(r"\1:", shade[m.end():].lstrip())):
            UploadMetadata._learn(draft, pairs)
            keep[i] = False
        elif m.group() in _INDEX_LABELS:  # (a cell no pair reads, its value the document's name: "内容概述 石泉县医院开展…")
            if m.group() in ("内容概述", "信息名称") and len(value) <= 60 and not has_stops(value):
                draft.facts.setdefault("catalogue_title", value)
            keep[i] = False
    draft.keep_lines(rule, keep)


# a law database's record, its cells flattened with no space or colon between label and value: "发文机关国家卫生健康委员会
# 办公厅" / "时效性现行有效" / "发文字号国卫办人口发〔2023〕15号" / "效力级别部门规章"
_RECORD_FIELDS = ("发文机关", "发布机关", "发布部门", "制定机关", "发文日期", "发布日期", "公布日期", "施行日期", "实施日期", "生效日期",
                  "失效日期", "发文字号", "时效性", "效力级别", "效力等级", "效力位阶", "法规类别", "法规类型")
_GLUED_FIELD = re.compile(rf"({'|'.join(_RECORD_FIELDS)})(?![:\s])(?=\S)")
_SENTENCE_STOP = re.compile(r"[。!?;]")  # (two bodies that issue it are parted by a comma)
_RECORD_ONLY = ("发文字号", "时效性", "效力级别", "效力等级", "效力位阶", "法规类别", "法规类型")


def _glued_record(draft: Draft, rule: str) -> None:
    """The record's rows, three or more of them heading the page and one with a label only such a record prints (时效性,
    效力级别 …): gone, their values learnt as the rows' own. A sentence opens with no such label glued to a short value."""
    rows = []
    for i in range(min(len(draft.lines), HEAD)):
        shade = shadow(draft.lines[i]).strip()
        if (m := _GLUED_FIELD.match(shade)) and len(shade) - m.end() <= 60 and not _SENTENCE_STOP.search(shade):
            rows.append((i, m.group(1), shade[m.end():]))
    if len(rows) < 3 or not any(label in _RECORD_ONLY for _, label, _ in rows):
        return
    keep = [True] * len(draft.lines)
    for i, label, value in rows:
        if pairs := _pairs(f"{label}:{value}"):
            UploadMetadata._learn(draft, pairs)
        keep[i] = False
    draft.keep_lines(rule, keep)


def _host_rows(draft: Draft, rule: str) -> None:
    lines, keep = draft.lines, [True] * len(draft.lines)
    head = min(len(lines), HEAD)
    if not any(_HOST_MARK.match(lines[i]) for i in range(head)):
        return
    for i in range(head):
        line = lines[i].strip()
        if _HOST_LINE.fullmatch(line):
            keep[i] = False
        elif label := _HOST_LABEL.fullmatch(line):
            keep[i] = False
            value = label.group("value").strip()
            if value and (date := first_date(value)):
                draft.facts.setdefault("published", date)
            # a label over its value: "• View" / "1", "Category:" / "Documents"
            if not value and i + 1 < head and _HOST_VALUE.fullmatch(lines[i + 1].strip()):
                keep[i + 1] = False
    if not all(keep):
        draft.keep_lines(rule, keep)


# a Hong Kong press release's stamp under its text: "完" / "2007年5月8日(星期二)" / "香港时间10时00分"; the page's date of
# revision may stand under the last ("2019年4月12日")
_RELEASE_TIME = re.compile(r"香港时间\s*\d{1,2}\s*时\s*\d{1,2}\s*分")
_RELEASE_DAY = re.compile(rf"({WRITTEN})\s*\(\s*星期[一二三四五六日天]\s*\)")
_RELEASE_TAIL = re.compile(rf"{_RELEASE_TIME.pattern}|网上广播|{WRITTEN}")


def _release_stamps(draft: Draft, rule: str) -> None:
    lines = draft.lines
    keep = [True] * len(lines)
    last = None
    for i in range(1, len(lines)):
        if _RELEASE_TIME.fullmatch(shadow(lines[i]).strip()) and (day := _RELEASE_DAY.fullmatch(shadow(lines[i - 1]).strip())):
            keep[i - 1] = keep[i] = False
            draft.facts.setdefault("published", first_date(day.group(1)))
            if i >= 2 and lines[i - 2].strip() == "完":  # the release's end
                keep[i - 2] = False
            last = i
    # (and what follows it: the page's date of revision, the time printed again, the webcast's button, "网上广播"; the
    # title printed again under them is Title's)
    if last is not None:
        after = last + 1
        while after < len(lines) and _RELEASE_TAIL.fullmatch(shadow(lines[after]).strip()):
            after += 1
        keep[last + 1:after] = [False] * (after - last - 1)
    if not all(keep):
        draft.keep_lines(rule, keep)


# a stamp a page laid out in a box, a piece a line: "2016" / "08/29" / "07:16"
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
_DAY_ALONE = re.compile(r"(\d{1,2})[/.-](\d{1,2})")
_CLOCK_ALONE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?")
_NEWSROOM = re.compile(r"[\u4e00-\u9fff]{2,10}(?:新闻中心|融媒体中心|广播电视台|电视台|日报|晚报|在线|新闻网)")


def _boxed_stamp(draft: Draft, rule: str) -> None:
    lines = draft.lines
    for i in range(min(len(lines), HEAD) - 1):
        if _YEAR_ALONE.fullmatch(lines[i].strip()) and (day := _DAY_ALONE.fullmatch(lines[i + 1].strip())) \
                and 1 <= int(day.group(1)) <= 12 and 1 <= int(day.group(2)) <= 31:
            last = i + 2 if i + 2 < len(lines) and _CLOCK_ALONE.fullmatch(lines[i + 2].strip()) else i + 1
            # (and the newsroom the box credits under it: "宁化县新闻中心")
            last += last + 1 < len(lines) and bool(_NEWSROOM.fullmatch(shadow(lines[last + 1]).strip()))
            draft.facts.setdefault("published", f"{lines[i].strip()}-{int(day.group(1)):02d}-{int(day.group(2)):02d}")
            draft.keep_lines(rule, [not i <= k <= last for k in range(len(lines))])
            return


# a bulletin's masthead: its name ("工 作 简 报"), its issue ("2023年第6期(总第71期)") and who edited it when
# ("某某秘书处编  2023年6月5日")
_BULLETIN = re.compile(r"(?:[\u4e00-\u9fff]\s*){0,14}简\s*报(?:\s*[((][^()()]{1,12}[))])?")
_ISSUE = re.compile(r"(?:(?:19|20)\d\d\s*年\s*)?第\s*[\d一二三四五六七八九十百]+\s*期(?:\s*[((]\s*总第?\s*\d+\s*期\s*[))])?")
_EDITED = re.compile(r"[\u4e00-\u9fff()() ]{2,30}?(?:编印|编发|主办|编)(?=\s|$)\s*(.{0,16})")
_MASTHEAD_LINES = 40


def _bulletin_masthead(draft: Draft, rule: str) -> None:
    lines = draft.lines
    for i in range(min(len(lines), _MASTHEAD_LINES)):
        if "简" not in (name := shadow(lines[i]).strip()) or not (bulletin := _BULLETIN.match(name)):
            continue
        # (the name alone on its line, the issue on the next, who edited it on the issue's line or the next)
        if bulletin.end() < len(name) or i + 1 >= len(lines) or not (issue := _ISSUE.match(rest := shadow(lines[i + 1]).strip())):
            continue
        last = i + 1
        rest = rest[issue.end():].strip()
        if not rest and last + 1 < len(lines) and _EDITED.fullmatch(shadow(lines[last + 1]).strip()):
            rest, last = shadow(lines[last + 1]).strip(), last + 1
        # (a headline may name its bulletin over its issue: the editor's line makes a masthead)
        if not rest or (edited := _EDITED.fullmatch(rest)) is None:
            continue
        # (the issue's day dates the page only where the page prints no stamp of its own)
        if day := first_date(edited.group(1)):
            draft.facts.setdefault("issue_date", day)
        draft.keep_lines(rule, [not i <= k <= last for k in range(len(lines))])
        return


# a bulletin's distribution under its text, one line to each rank ("报:市计生协…" / "送:县卫健局…" / "发:各乡镇…"),
# and the copies printed ("(共印60份)")
_SENT_TO = re.compile(r"\s*(?:报|送|发)\s*:")
_DISTRIBUTION_LINES = 20  # (a mail archive's or a portal's chrome may follow it)
_COPIES = re.compile(r"\s*[((]?\s*共印\s*\d+\s*份\s*[))]?\s*$")


def _distribution(draft: Draft, rule: str) -> None:
    lines = draft.lines
    n = len(lines)
    sent = [k for k in range(max(0, n - _DISTRIBUTION_LINES), n) if _SENT_TO.match(shadow(lines[k]))]
    if len(sent) < 2 or sent[-1] - sent[0] != len(sent) - 1:
        return
    last = sent[-1] + (sent[-1] + 1 < n and _COPIES.fullmatch(shadow(lines[sent[-1] + 1])) is not None)
    draft.keep_lines(rule, [not sent[0] <= k <= last for k in range(n)])


# a portal's menu item, a column's name after its bullet ("  • 頭條"): dozens of them may stand over the headline
_MENU_ITEM = re.compile(r"\s*[•·▪]\s*\S{1,8}\s*")


def _head_end(lines: list[str]) -> int:
    """Where the page's head ends: its first HEAD lines, a menu's items not counted."""
    counted = 0
    for j, line in enumerate(lines):
        counted += not _MENU_ITEM.fullmatch(line)
        if counted >= HEAD:
            return j + 1
    return len(lines)


class UploadMetadata:
    name = "upload_metadata"

    def __call__(self, draft: Draft) -> Draft:
        if "Upload" in (head := "".join(draft.lines[:HEAD])) or "File Type" in head:  # (a host's rows are in English)
            _host_rows(draft, self.name)
        if any("香港时间" in line or "香港時間" in line for line in draft.lines):
            _release_stamps(draft, self.name)
        if any("属性" in line or "屬性" in line for line in draft.lines[:HEAD]):
            _properties(draft, self.name)
        if any(len(line) == 4 and _YEAR_ALONE.fullmatch(line) for line in draft.lines[:HEAD]):
            _boxed_stamp(draft, self.name)
        if any(line.startswith(("索引号", "索引號", "信息索引号", "信息索引號")) for line in draft.lines[:HEAD]):
            _spaced_catalogue(draft, self.name)
        if any(("时效性" in line or "時效性" in line or "效力" in line) for line in draft.lines[:HEAD]):
            _glued_record(draft, self.name)
        if any(line.startswith(("知识类型", "知識類型", "颗粒名称", "顆粒名稱")) for line in draft.lines[:HEAD]):
            _archive_record(draft, self.name)
        if any("简" in line or "簡" in line for line in draft.lines[:_MASTHEAD_LINES]):
            _bulletin_masthead(draft, self.name)
        if sum(1 for line in draft.lines[-_DISTRIBUTION_LINES:] if line[1:2] in (":", "\uff1a")) >= 2:
            _distribution(draft, self.name)
        keep = []
        n = len(draft.lines)
        lines = list(draft.lines)
        # a stamped row stands above the text (a forum prints its post's below many lines of chrome)
        bounds = text_bounds(lines)
        above_text = bounds[0] if bounds else n
        # (a portal's banner with a comma in it is no sentence: the text starts at the first one that ends in a stop,
        # "改革网西部开发-中国改革报看西部开发,西部开发改革发展新闻")
        # (a line that hands over with its colon has begun: "经研究,决定召开…,现将有关事项通知如下:")
        while above_text < min(n, HEAD) and not _FULL_STOP.search(lines[above_text]) and len(lines[above_text]) <= 40 \
                and not shadow(lines[above_text]).rstrip().endswith(":"):
            above_text = next((j for j in range(above_text + 1, n) if is_prose(lines[j])), n)
        # the foot: the last lines, and what stands below the text's last sentence (a WeChat post's credits
        # under its "- END -" come before many lines of chrome)
        foot = min(n - FOOT, bounds[1] + 1 if bounds else n)
        top = _head_end(lines)
        dated_list: bool | None = None  # counted once, when the first bare stamp asks
        listed_below: bool | None = None  # likewise for the stamps under the text
        # a poster's name left alone where its stamp's clock was cut off it; a credit's value on the line under its label
        values: set[int] = set()
        signed: int | None = None  # the newsroom's credits under the story
        grid: set[str] = set()  # a catalogue's values, which its page may print again alone under its grid
        under_grid = -1  # the line right under the grid or under the values printed again
        for i, line in enumerate(lines):
            if i in values:
                keep.append(False)
                continue
            # the page's date glued before its headline, the first line ("2017.05.24 力报专栏—倡鼓励生育 协家庭发展",
            # "2023.04.27关于提振本澳出生率、优化育儿配套"): the date is the page's, the headline stays (a list's rows
            # are many such lines, none of them the page's)
            if i < top and line[:1].isdigit() and not any(keep) and (dated := _DATED_HEADLINE.fullmatch(shadow(line).rstrip())) \
                    and not (i + 1 < n and _DATED_HEADLINE.fullmatch(shadow(lines[i + 1]).rstrip())):
                self._learn(draft, (("时间", dated.group(1)),))
                start = dated.start(2)
                draft.drop(self.name, line[:start], i)
                lines[i] = line[start:]
                keep.append(True)
                continue
            # (a catalogue's values printed again alone right under its grid are the grid's, its date no page's date:
            # "发文日期: | 2019-10-14 |" / … / "2019-10-14", "绍柯计生协〔2019〕4号", "主动公开"; the document's own 文号 and
            # issuer further down are its)
            if i == under_grid:
                if "|" in line and ":" in shadow(line):  # (a row of the grid its parse missed)
                    under_grid += 1
                else:
                    # (the run of short cells there, two of them the grid's values at least: the others are its cells too,
                    # "医药卫生管理" of a 主题分类 the grid does not show)
                    end = i
                    while end < n and len(cell := shadow(lines[end]).strip(" |\t")) <= 30 and cell and not has_stops(cell) \
                            and ":" not in cell:
                        end += 1
                    if sum(1 for j in range(i, end) if shadow(lines[j]).strip(" |\t") in grid) >= 2:
                        values.update(range(i + 1, end))
                        keep.append(False)
                        continue
            if i >= foot and "星期" in line and (issue := _PAPER_FOOT.match(shadow(line).strip())):
                self._learn(draft, (("时间", issue.group("date")),))
                keep.append(False)
                continue
            # an e-paper's record of the story, its markup stripped ("2021-04-14 2 2 某某日报 content_36409.html 1 3
            # 标题 /enpproperty-->"): the paper's, with the day it came out
            if "enpproperty" in line and (stamp := STAMP_RE.search(line)):
                self._learn(draft, (("时间", stamp.group()),))
                keep.append(False)
                continue
            if i < top and ("ate" in line or "osted" in line or "ublished" in line):
                if row := _ENGLISH_DATE_ROW.match(shadow(line).strip()):
                    self._learn(draft, (("时间", row.group(1)),))
                    keep.append(False)
                    continue
                # (run into the line after it, a picture's caption: "date 2025-11-25 ▲桃園女性人口逾117萬…(圖/…提供)")
                if lead := _ENGLISH_DATE_LEAD.match(shadow(line)):
                    self._learn(draft, (("时间", lead.group(1)),))
                    draft.drop(self.name, line[:lead.end()].strip(), i)
                    lines[i] = line[lead.end():]
                    keep.append(True)
                    continue
            # a listing line has a label's colon, or a date stamp at the head of the page
            if not (":" in line or "\uff1a" in line or "|" in line or "\uff5c" in line or "\u4e28" in line or line.startswith("【")
                    or (i >= foot and ("举报" in line or "舉報" in line) and line[-1:].isdigit())
                    or (i >= foot and line[:1].isdigit() and _STAMP_ALONE.fullmatch(line.strip()))
                    or (i >= foot and i + 1 < n and "年" in line and _CLOCK_ALONE.fullmatch(lines[i + 1].strip()))
                    or (i < top and (_MAYBE_STAMP.match(line) or _ROW_STAMP.search(line) or line.startswith(("当前报章", "當前報章"))
                                      or ("星期" in line and _WORDS_DAY_ROW.fullmatch(shadow(line).strip()))
                                      or ("." in line and _WEB_ITEM.search(line) and _WRITTEN_STAMP.search(line))
                                      or ("年" in line and len(line) <= 80 and _PUT_UP.search(shadow(line)))))):
                keep.append(True)
                continue
            shade = shadow(line)
            # spaces a bad conversion lost, and a domain a spammer glued on: "zs-bk.com?2012-07-30 10:18? ?来源:…"
            if "?" in shade and i < top and _ROW_STAMP.search(shade):
                shade = _GLUED_DOMAIN.sub(lambda m: " " * len(m.group()), shade.replace("?", " "))
            pairs = _pairs(shade) if len(shade) <= 160 else None
            if pairs is None and len(shade) <= 160 and _SPACED_LABEL.search(shade):
                # a portal's catalogue spaces its labels out: "索 引 号:", "文    号:"
                pairs = _pairs(_SPACED_LABEL.sub(lambda m: "".join(m.group().split()), shade))
            if pairs is None and len(shade) <= 160 and (lead := _PAIR.match(shade.strip())) and lead.group(1) in _SERIAL \
                    and not has_stops(shade):
                # a paper's masthead row that opens with its serial number, its values too long to read one by one: the
                # site's whole ("国内统一刊号:CN33-0080  http://www.….com  E-mail:…")
                pairs = ((lead.group(1), shade.strip()[lead.end():]),)
            if pairs is None and len(shade) <= 200:
                # a title or a table cell with the listing glued on after it: the listing part goes
                site = next((m for m in _PAIR.finditer(shade) if m.group(1) in _SITE_ONLY and m.start() > 0), None) \
                    or (_GLUED_DATE.search(shade) if "时间" in shade or "日期" in shade else None)
                tail = _pairs(shade, site.start()) if site else None
                if tail:
                    self._learn(draft, tail)
                    if i < above_text and (stamp := _ROW_STAMP.search(shade)):  # "来源:县计生协 2023-03-16 10:25"
                        draft.facts.setdefault("published", first_date(stamp.group()))
                        _title_above(draft, lines, keep, i)
                    draft.drop(self.name, line[site.start():], i)
                    lines[i] = line[: site.start()].rstrip(" |")
                    # what is left may be the row's stamped start: "约12页 | 2022-07-10 发布 |"
                    head = _stamped_row(shadow(lines[i])) if i < top else None
                    # (or the credit before it in the bracket they share: "(編輯:馬天海  責任編輯:孟君君)")
                    if head or _PAGE_COUNT.fullmatch(shadow(lines[i]).strip()) or _CREDIT_OPENED.fullmatch(shadow(lines[i]).strip()):
                        self._learn(draft, head or ())
                        draft.drop(self.name, lines[i], i)
                        lines[i] = ""
                    keep.append(bool(lines[i].strip()))
                    continue
            if pairs is None and i < top and (written := _WRITTEN_ROW.match(shade.strip())) and self._under_site_row(lines, keep, i):
                pairs = (("时间", written.group(1)),)  # "字型大小: 字型大小" / "日期: 2017年12月13日": the site's date too
            if pairs is None and i < top and (count := _COUNT_LEAD.match(shade)):
                # a reading counter glued before the text's first words: "阅读:1679某某信息港消息:…"
                self._take_row(draft, lines, keep, i, count.group(1), count.group(2), count.end())
                continue
            if pairs is None and i < top and (dated := _dated_head(shade)) is not None:
                self._take_row(draft, lines, keep, i, *dated)
                # (the author's name the row ran in, printed again alone over the text: "2017-10-26郭永力" /
                # "某刊 2017年10期" / "郭永力")
                if dated[2] == len(shade) and (name := _STAMP_THEN_NAME.match(shade)) and len(name.group(2)) <= 4:
                    values.update(j for j in range(i + 1, min(i + 4, n)) if lines[j].strip() == name.group(2))
                continue
            # (two stamps alone or more under the text's last sentence, none over it, are other stories' dates under
            # their headlines: "-" / "大数据“坑熟客”…" / "2018-03-02 08:58:39" / "-" / …; they go, no page's date)
            if pairs is None and bounds is not None and i > bounds[1] and line[:1].isdigit() and _STAMP_ALONE.fullmatch(shade.strip()):
                if listed_below is None:
                    listed_below = self._dated_list(lines[bounds[1] + 1:], 2) and not self._dated_list(lines[:bounds[1] + 1], 1)
                if listed_below:
                    # (with the headline over it, and, once the list's last stamp is passed, an item the page cut after its
                    # bullet: "-" / "学校只剩")
                    above = next((j for j in range(i - 1, bounds[1], -1) if lines[j].strip()), None)
                    if above is not None and keep[above] and len(lines[above].strip()) <= 40 and "。" not in lines[above]:
                        keep[above] = False
                    rest = [j for j in range(i + 1, n) if lines[j].strip()]
                    if len(rest) == 2 and lines[rest[0]].strip() in _BULLETS and len(lines[rest[1]].strip()) <= 40 \
                            and "。" not in lines[rest[1]]:
                        values.add(rest[1])
                    keep.append(False)
                    continue
            if pairs is None and i < top and (stamp := _row_date(shade.strip())):
                pairs = (("时间", stamp),)
            if pairs is None and i < top and _BARE_STAMP.match(shade.strip()):
                if dated_list is None:
                    dated_list = self._dated_list(lines)
                # (a related list's dates under the text are its items'; the stamp over the text, with no others by it,
                # is the page's: "…工作会议召开" / "2021/02/23" / … / "相关推荐" / "- 2021/02/22" …)
                if not dated_list or (i < above_text and not self._dated_list(lines[:above_text])):
                    # (today's date in the site's clock widget, its weekday in English on the next line, dates no story:
                    # "2024/04/29" / "Monday" / "16:42")
                    after = next((ln for ln in lines[i + 1:i + 3] if ln.strip()), "")
                    # (or over the portal's menu, its bulleted columns: "2025-09-19" / "• 頭條" / "• 財經")
                    # (a year spaced off its month, "2021 09/ 22 15:35:35", read as a stamp)
                    pairs = () if _WEEKDAY.fullmatch(after.strip()) or _MENU_ITEM.fullmatch(after) \
                        else (("时间", _SPACED_STAMP.sub(r"\1/\2/\3", _COUNTER.sub("", shade.strip(), count=1))),)
                    # (the stamp's clock, which the page split off it, glued to the poster's name: "2024-01-20" /
                    # "17:16:05萬美艷"; a person's name goes with it, as it does where the row is whole)
                    if pairs and i + 1 < n and (clock := _CLOCK_THEN_NAME.match(lines[i + 1])):
                        draft.drop(self.name, clock.group(), i + 1)
                        lines[i + 1] = lines[i + 1][clock.end():]
                        if PERSON_NAME.fullmatch(shadow(lines[i + 1]).strip()):
                            values.add(i + 1)
            if pairs is None and i < 4 and _ENGLISH_STAMP.match(shade.strip()) \
                    and len(above := [line for line in lines[:i] if line.strip()]) <= 1 \
                    and (not above or len(above[0].split()) <= 3):  # (a column's name, not a title)
                pairs = (("时间", shade.strip()),)
            if pairs is None and (current := _CURRENT_ISSUE.match(shade.strip())):
                pairs = (("时间", current.group("date")),)
            if pairs is None and i < above_text and (issue := _ISSUE_DATE.match(shade.strip())):
                above = next((j for j in range(i - 1, -1, -1) if keep[j]), None)
                over = shadow(lines[above]).strip() if above is not None else ""
                masthead = _MASTHEAD.search(over)
                if issue.group("paper") or issue.group("after") or masthead:
                    pairs = (("时间", issue.group("date")),)  # a newspaper's issue: "人口健康报 | 2024年05月20日"
                # (and the paper's name over it, "中国妇女报" / "2023年05月15日", or its issue's number, "當前報章為 第14223號")
                if masthead and (_PAPER.fullmatch(over) or "报章为" in over):
                    keep[above] = False
            # (under the text, its stamp alone, or its stamp and clock over the clock the page split off: the page's date,
            # "2023-05-12" under "责任编辑:张三", "2023年05月12日" / "10:22", "2024年1月27日" / "2:01 PM"; no signature's
            # date is written so, nor timed)
            if pairs is None and i >= foot and (last := shade.strip()) and (
                    (_STAMP_ALONE.fullmatch(last) and _one_stamp_below(lines, foot))
                    or (i + 1 < n and (PADDED_DAY_RE.fullmatch(last) or _WRITTEN_ALONE.fullmatch(last))
                        and _CLOCK_ALONE.fullmatch(lines[i + 1].strip()))):
                pairs = (("时间", last),)
                if not _STAMP_ALONE.fullmatch(last):
                    values.add(i + 1)
            # (the font's buttons may stand before it: "A-A+2013年12月20日09:54中国青年报评论")
            if pairs is None and (i < top or i >= foot) and (stamp := _STAMP_FIRST.match(row := _FONT_LEAD.sub("", shade.strip()))):
                # "2019年05月30日 10:20 来源:新华网": a stamp with a time or listing labels after it
                rest = row[stamp.end():].strip(" \t|")  # (a bar after the time: "…23:37:52|  分类: …")
                tail = _pairs(rest) if rest else ()
                if tail is None and stamp.group("time") and _OUTLET.fullmatch(rest):
                    tail = (("来源", rest),)  # (a newsroom's name glued to the clock: "…09:54中国青年报评论")
                if tail is None and stamp.group("time") and "  " in rest:
                    # items parted by wide gaps, pairs first, then a site's short prompt: "2024-11-08 20:44  浏览:3326
                    # 搜索引擎搜索“某某网”"
                    items = _WIDE_GAP.split(rest)
                    parsed = [_pairs(item) for item in items]
                    if parsed[0] and all(p is not None or (len(item) <= 24 and not has_stops(item))
                                         for item, p in zip(items, parsed, strict=True)):
                        tail = tuple(pair for p in parsed if p for pair in p)
                if tail is None and _UPDATE_NOTE.match(rest):
                    tail = ()  # "2017/4/12 11:25(4/12 12:16 更新)"
                if tail is None and stamp.group("time") and _ADDRESS_ONLY.fullmatch(rest):
                    tail = ()  # "2020-07-06 01:18   http://www.…com/": the site's address after its stamp
                if tail is not None and (rest or stamp.group("time")):
                    pairs = (("时间", stamp.group("date")), *tail)
            stamped = pairs is None and (i < above_text or _STAMP_WORD.search(shade) or _BUTTON_STAMP.match(shade)
                                         or (i < top and (_NAME_STAMP_CLOCK.match(shade.strip()) or _ADDRESSED_STAMP.search(shade)))) \
                and not (i > above_text and _FLOOR_ROW.match(shade)) and not (shade.lstrip().startswith("|") and _listed_row(lines, i)) \
                and (pairs := _stamped_row(shade)) is not None
            # (its writers' names, run on after its clock, printed again a few lines down: "2013-04-29 00:44赵某忠宋某花" /
            # "某刊 2013年6期" / "关键词:…" / "赵某忠 宋某花")
            if i < top and ":" in shade and (run_on := _NAMES_AFTER_CLOCK.search(shade)) and _ROW_STAMP.match(shade.strip()):
                # (over a heading it is left to Navigation, which keeps the heading: "萬某某" / "文物源起")
                values.update(j for j in range(i + 1, min(i + 8, n)) if re.sub(r"\s", "", shadow(lines[j])) == run_on.group(1)
                              and is_prose(next((ln for ln in lines[j + 1:] if ln.strip()), "")))
            if pairs is None and i < top and (clocked := _CLOCKED_LEAD.match(shade)):
                # a post's stamp with its clock to the second (no document prints one), run into the title printed
                # again, which Title reads: "2024年6月23日15:47:14大竹县老年人体育协会" (a byline's name after it is
                # left to the rules that read bylines)
                if i < above_text:
                    _title_above(draft, lines, keep, i)
                stamp = re.sub(r"\s", "", clocked.group("stamp"))
                if closed := _COMMENTS_CLOSED.search(shade):
                    draft.drop(self.name, lines[i][closed.start():], i)
                    lines[i] = lines[i][:closed.start()]
                self._take_row(draft, lines, keep, i, "时间", stamp, clocked.end())
                continue
            edge = i < top or i >= foot or stamped
            if pairs is None or not (edge or any(label in _SITE_ONLY for label, _ in pairs) or _BAR_CREDIT.match(shade)):
                keep.append(True)
                continue
            # (a meeting's time over its place is the document's header, no listing: "时间:2017年2月28日" / "地点:长沙")
            if len(pairs) == 1 and pairs[0][0] in ("时间", "日期") and "年" in pairs[0][1] and ":" not in pairs[0][1] \
                    and i + 1 < n and _EVENT_NEXT.match(shadow(lines[i + 1])):
                keep.append(True)
                continue
            self._learn(draft, pairs, line)
            if any(label in _INDEX_LABELS for label, _ in pairs):
                grid.update(cell for _, value in pairs if len(cell := value.strip(" |\t")) >= 4)
                under_grid = i + 1
            # (a date's label alone, its day on the next line, its year spaced off: "當前報紙日期:" / "2023 10月24日 星期")
            if len(pairs) == 1 and not pairs[0][1].strip() and pairs[0][0] in _DATE_LABELS and i + 1 < n \
                    and (day := _SPACED_YEAR_DAY.match(shadow(lines[i + 1]))):
                self._learn(draft, (("时间", f"{day.group(1)}年{day.group(2)}"),))
                values.add(i + 1)
            # (a credit's label alone, its value on the next line: "来源:" / "微磴口", "编辑:" / "韦某某")
            # (or a catalogue's, a cell a line: "• 信息索引号:" / "02165835-001/2023-80815", "• 发布单位:" / "县政府办")
            if len(pairs) == 1 and not pairs[0][1].strip() and i + 1 < n \
                    and (pairs[0][0] in _VALUE_BELOW and 0 < len(below := lines[i + 1].strip()) <= 20
                         or pairs[0][0] in _CELL_BELOW and 0 < len(below := lines[i + 1].strip()) <= 40
                         and (len(below) <= 12 or _DIGIT.search(below))) \
                    and not has_stops(below) and ":" not in shadow(below):
                values.add(i + 1)
            # (a catalogue's grid is no date row: a column's name may stand above it, "计划总结" / "索引号: …")
            # (nor a repost's first headline: "原标题:…" under a column's tag)
            # (nor a clock's date, which gives nothing: "Skip to content" / "2025-09-19" / "• 頭條")
            # (nor a reading widget's bare label between the headline and its row: "字號:")
            if i < above_text and pairs and not any(label in _CATALOGUE_ONLY or label in _HEADLINES for label, _ in pairs) \
                    and not all(label in _WIDGET_LABELS and not value.strip() for label, value in pairs):
                _title_above(draft, lines, keep, i)
            # (the story's last sentence may be a notice on reposts under them: "版权作品,未经授权严禁转载。…")
            elif bounds and (i > bounds[1] or i > bounds[0] and not any(is_prose(ln) and "转载" not in ln for ln in lines[i + 1:bounds[1] + 1])) \
                    and any(label in _EDITORS for label, _ in pairs):
                draft.facts["signed_off"] = True  # the newsroom's credits under the story: it was shown to its end
                signed = i
            # (the site's short name over its counter, which the page split off it, under the headline: "才智咖" /
            # "人气:1.58W"; a short title names its genre: "工作总结")
            if 2 <= i < above_text and keep[i - 1] and all(_COUNTER_LABEL.search(label) for label, _ in pairs) \
                    and _SITE_NAME_LEFT.fullmatch(left := shadow(lines[i - 1]).strip()) and not _GENRE_LEFT.search(left):
                keep[i - 1] = False
            # an answer's stamp heading the page ("第1个回答 推荐于2020-12-10"): what follows is the answer, no title
            if not any(keep) and ("回答" in shade or "答案" in shade):
                draft.facts["answer_first"] = True
            keep.append(False)
        draft.lines = lines
        # what stands under the newsroom's credits is the site's: Navigation reads it as its foot
        if signed is not None:
            draft.facts["under_credits"] = [line for line, k in zip(lines[signed + 1:], keep[signed + 1:], strict=True) if k]
        draft.keep_lines(self.name, keep)
        return draft

    def _take_row(self, draft: Draft, lines: list[str], keep: list[bool], i: int, label: str, stamp: str, end: int) -> None:
        """A dated row at the start of line `i` goes, up to `end`; what follows it stays on the line."""
        self._learn(draft, ((label, stamp),))
        draft.drop(self.name, lines[i][:end], i)
        lines[i] = lines[i][end:].strip(" |")
        keep.append(bool(lines[i]))

    @staticmethod
    def _under_site_row(lines: list[str], keep: list[bool], i: int) -> bool:
        """Whether the line over line `i` was a row of labels only a site prints (its upload time, its font size)."""
        above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
        pairs = _pairs(shadow(lines[above])) if above is not None and not keep[above] else None
        return bool(pairs) and any(label in _SITE_ONLY for label, _ in pairs)

    @staticmethod
    def _dated_list(lines: list[str], least: int = 3) -> bool:
        """A list page prints a date by each of its links: three bare stamps or more are the list's dates."""
        stamps = (ln for ln in lines if len(ln) <= 25 and _MAYBE_STAMP.match(ln))
        return sum(1 for ln in stamps if _BARE_STAMP.match(shadow(ln).strip())) >= least

    @staticmethod
    def _learn(draft: Draft, pairs: tuple[tuple[str, str], ...], line: str = "") -> None:
        for label, value in pairs:
            # the length a listing row states for the text: "字数:3620" (PreviewCut measures the text against it; a
            # list page prints one for each of its items)
            if label in ("字数", "总字数") and (count := _WORD_COUNT.fullmatch(value.strip())):
                draft.facts.setdefault("listed_chars", []).append(int(float(count.group(1)) * (10000 if count.group(2) else 1)))
            # a catalogue names its document ("名称: | … | 文号: |" in its grid); a repost its story's first headline,
            # a title when none is printed
            named = label == "信息名称" or label == "名称" and any(other in _INDEX_LABELS for other, _ in pairs)
            if (named or label in _HEADLINES) and value and (at := shadow(line).find(value)) >= 0:
                draft.facts.setdefault("catalogue_title" if named else "original_title", line[at:at + len(value)])
            if (shared := _SHARED_ON.search(value)) and (iso := first_date(shared.group(1))):
                draft.facts.setdefault("published", iso)  # "贡献者:xiaoyu***(分享于2023-09-17 10:42)"
            # 成文日期 and 发文日期 are when the document was written and sent, not when the site put it up
            if label in ("来源", "信息来源", "文章来源", "稿件来源", "出处", "作者") and (
                    stamp := _DATED_TIME.search(value) or _GAP_DATE.search(value)):
                # (or its date after a wide gap: "来源:种子网           2005年12月13日")
                draft.facts.setdefault("published", first_date(stamp.group()))
            elif label in _BAR_LABELS and (stamp := _DATED_TIME.search(value)):
                # the stamp run on after the last credit: "… 编辑:redcloud 2017-11-15 16:06:52"
                draft.facts.setdefault("published", first_date(stamp.group()))
            # (a forum prints its member's day of joining the same way: "加入時間: 2008.07.22" alone, no clock, under her
            # name; an article's row has its clock or other labels beside: "… 文章热词:… 加入时间:2021-10-18 17:04:01")
            joined = label == "加入时间" and len(pairs) == 1 and ":" not in value
            if label in _DATE_LABELS and label not in ("成文日期", "发文日期") and not joined \
                    and (iso := first_date(value) or _short_year(value)):
                # the first upload or publication date wins; an update time only if nothing else, and a catalogue's
                # record's day (生成日期) too: its 公开日期 is the day the page went up
                if label.startswith("更新") or label in ("最后更新", "最近更新", "生成日期", "公文生成日期"):
                    draft.facts.setdefault("updated", iso)
                else:
                    draft.facts.setdefault("published", iso)
            elif label == "发文日期" and _CLOCK_AT.search(value) and (iso := first_date(value)):
                draft.facts.setdefault("updated", iso)  # sent at 14:57: the site's stamp, when nothing else dates the page
            elif label == "最后修改于" and (iso := first_date(value)):
                draft.facts.setdefault("updated", iso)  # a post's last edit ("最后修改于:2009-9-15 15:20:55")
            elif label == "成文日期" and (iso := first_date(value)):
                draft.facts.setdefault("written", iso)  # the document's own date, where its text prints none
