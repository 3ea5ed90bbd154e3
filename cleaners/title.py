"""Title: the document's own title without site decoration, and its repeats removed from the body.

Candidates come from the page (a 标题: label, <h1>, <title>, the first line of a text page, the
《…》 of a sharing site's banner); decoration is what sites add (.docx, 精, 范文, _SiteName). A line at
the top of the body, or trailing after it, that is the title again goes.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from cleaners.dates import MACHINE_DATE, PADDED_DAY, STAMP, WRITTEN, date_line
from cleaners.describe import BARE_NAME, OFFICE_END, OFFICES, PERSON_NAME, SPEECH_DATE, SURNAMES
from cleaners.draft import HAN, Draft, ends_sentence, fold, has_stops, is_prose, shadow, table_row
from cleaners.listing_metadata import REPORTER
from cleaners.navigation import BOOK_PAGE, COLUMN_NAMES, SAVE_BUTTON, WELCOME, thumbnail_caption
from cleaners.page_markers import PageMarkers
from cleaners.paragraphs import DIARY_DAY, ENGLISH_AFTER
from cleaners.pinyin import strip_readings
from cleaners.relevance import DATELINE

# what fanwen sites put before a title: 【第1篇】, 篇一:
_PREFIX = re.compile(r"^\s*(?:[【\[(]\s*第?[一二三四五六七八九十\d]+篇\s*[】\])]|第[一二三四五六七八九十\d]+篇\s*[::]|第[一二三四五六七八九十\d]+篇\s+|"
                     # (a site's category of speeches before a short title: "【领导致辞】总工会领导致辞")
                     r"【[^【】\s]{2,8}(?:致辞|讲话|发言|报告|总结)】(?=[^【】]{4,}$)|"
                     r"篇[一二三四五六七八九十\d]+\s*[::]|[【\[](?:讲话全文|全文|原文|转载|原创|推荐|精选|热门|置顶|最新|独家|重磅|范文)[】\]]|"
                     # (an uploader's freshness tag with its year: "(2012年最新)国家人口发展“十二五”规划")
                     r"[(\[【]\s*(?:19|20)\d\d年?\s*(?:最新版?|精选|新版)\s*[)\]】]|"
                     # (or a ranking's word glued on before a speech's title: "最熱艾滋病防治會議講話范文(18篇)")
                     r"(?:最热|热门)(?=[^,。]{4,40}(?:讲话|致辞|发言|总结|报告|方案|计划)(?:范文|稿)?(?:\(\d+篇\))?$)|"
                     # (or a sharing site's grade for the file: "高品質文檔鎮2022年半年度人口與計生形勢分析")
                     r"(?:高品质|精品|优质|优秀)文档(?=[^,。]{6,})|"
                     # a newspaper's name, a place's tag, a category's name before a title: "《中国人口报》…", "【寨沙镇】…",
                     # "计划生育调研报告范文关于…的调查报告"
                     r"《[\u4e00-\u9fff]{2,8}报》|【[\u4e00-\u9fff]{1,6}(?:镇|乡|村|街道|社区|县|区)】|[\u4e00-\u9fff]{2,12}范文(?=关于|在)|"
                     # a site's category before a speech's own title: "三八妇女节演讲稿:为女孩撑起…", a preview's page number
                     r"[\u4e00-\u9fff]{2,10}(?:演讲稿|讲话稿|发言稿|致辞稿):|【(?:致辞背景|标题|题目)】|"
                     # a news column's name before its headline: "世界速读:…", "健康快讯:…"
                     r"[\u4e00-\u9fff]{2,4}(?:速读|快讯|速递|快报|早知道)\s*[:|]|"
                     # a news column's tag before its headline: "【5.29会员活动日】…", "【聚焦两会】…", "[社会民生]…"
                     # (not a place's short name whose division's word follows it: "【瓯海】区托育行业协会成立大会召开!")
                     r"【[^【】\s]{4,16}】(?=[^【】]{8,}$)|【[^【】\s]{2,3}】(?![区县市镇乡旗])(?=[^【】]{8,}$)|\[[\u4e00-\u9fff]{2,6}\](?=[^\[\]]{8,}$)|"
                     r"1[、.](?=.{4,40}(?:总结|报告|讲话|计划|方案)(?:模板|范文)?$)|"
                     # a news site's media tag: "(影音)旅台…会员大会圆满达阵", "[视频]…", "(组图)…"
                     r"[(\[【](?:影音|视频|音频|组图|多图|图文|图|直播)[)\]】](?=[^。,]{6,})|"
                     # a listing's "hot" mark: "热门妇联工作报告"
                     r"热门(?=[^。,]{2,40}(?:总结|报告|讲话|计划|方案|致辞|发言))|"
                     # a list's stamp glued before the title: "2023.04.27关于提振本澳出生率…"
                     rf"{STAMP}(?=[\u4e00-\u9fff])|"
                     # a search phrase the site put before a speech's title: "全省人口排名_在…座谈会上的典型材料"
                     r"[^_\s]{2,12}_(?=在|关于))\s*")
# (or a series' name and its number: "5.29会员活动日特辑⑤| …")
_COLUMN = re.compile(r"^(?:[\u3400-\u9fff]{2,6}|[\u3400-\u9fff]{2,10}(?:范文|大全|精选|专栏|栏目|频道)|"
                     r"[^|｜]{2,16}(?:特辑|专题|系列|之)[①-⑳\d一二三四五六七八九十]{1,3})\s*[|｜]\s*")
# (with the copy's number a site gives the file before it: "…年终工作总结(一).doc")
_EXTENSION = re.compile(r"\s*(?:\([一二三四五六七八九十\d]{1,2}\))?\s*\.(?:docx?|pdf|pptx?|wps|txt|xlsx?)\s*(?:VIP|精品|精)?\s*$", re.I)
# the number a file's name is sorted by: "3计划生育管理经验交流材料.docx" (not a count: "3个…", "2019年…")
_SEO_BEFORE = re.compile(r"(?:(?!讲话|致辞|发言|报告)[^|]){4,16}\|((?:在|关于)[^|]{4,60}(?:讲话|致辞|发言|报告|主持词)稿?)")
_SEO_AFTER = re.compile(r"([^|]{4,40}?(?:讲话|报告|总结|致辞|发言|方案|计划)[^|]{0,6}?)\s*\|\s*[^|]{2,16}(?:讲话稿|发言稿|致辞稿|范文|大全)")
# how a speech or a report opens under its date line: "现在,我代表…", "今天,我们在这里…"
_SPOKEN_OPENING = re.compile(r"\s*(?:现在|今天|首先|这次|本次)?[,\s]*(?:我代表|我们|我受|受[^,。]{2,20}委托|同志们|各位)")
_PADDED_ALONE = re.compile(rf"\(?\s*{PADDED_DAY}\s*\)?")
# (or a search engine's question on its words: "“錯批一人,誤增三億”說之歷史誤讀|錯批一人 誤增三億哪一年")
_ASKED_AFTER = re.compile(r"([^|]{6,40}?)\s*\|\s*[^|]{2,24}(?:哪一年|哪年|是什么|是什麼|怎么写|怎麼寫|怎么办|什么意思|有哪些|是谁|是誰)")
_FILE_NUMBER = re.compile(r"\d{1,3}(?=[\u4e00-\u9fff])(?![年月日号个项条次届种名位万亿周岁期部批家所类点篇章节份例])")
# a forum's tag in its title label: "[中国内地]"
_FORUM_TAG = re.compile(r"\[[^\[\]]{1,8}\]")
# a wire's subject tag, a news site's column before a colon: "(医卫)…", "运城新闻:…"
# (and a wire's dateline before a feature's headline: "北京9月4日电题:采访…", "新华社北京9月4日电 题:…")
_WIRE_TAG = re.compile(r"\([\u4e00-\u9fff]{2}\)|[\u4e00-\u9fff]{2,6}(?:新闻|新闻网|在线|日报|晚报):|"
                       r"[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电\s*题\s*:")
_TITLE_OPENING = re.compile(r"关于|關於|在.{2,40}上的")  # how a title opens, after a counter's label glued on
# the whole text's length a sample site or a list's item states by its headline: "…范文(5991字)", "第一篇 … 2750字"
_HEADLINE_LENGTH = re.compile(r"(?:范文|范例|模板|怎么写)\((\d{3,6})字\)|(?<=写),\s*(\d{3,6})字免费|"
                              r"^第[一二三四五六七八九十\d]{1,3}篇\s.{4,60}\s(\d{3,6})字$|^(\d{3,6})字$")
_ORDINAL_NEXT = re.compile(r"[一二三四五六七八九十百千零〇两几\d\s]")  # what follows a title's own 第
# the length a site states for a document after its title: "…计划范文(5991字)"
_LENGTH = r"[(\[【](\d{2,6})字[)\]】]"
# a collection's count of its items: "(精选5篇)", "(共3篇)", "(10篇)"
_COUNTED_ITEMS = r"(?:精选|通用|优选|推荐|热门|最新|完整|优秀|经典|共|汇总|合集|大全|实用|集合|精编|优质|模板|模版|专业)?(?:\d*|[一二三四五六七八九十]{1,3}|多)篇"
_DECORATION = re.compile(r"(?:\s*[(\[【](?:全文完整|完整全文|完整版|定稿|精|word版|word版本|可编辑|精品|精选|推荐|最新|最新版|范文|全文|优选|通用|汇总|合集|大全|"
                         rf"{_COUNTED_ITEMS}|\d{{1,2}}篇(?:模版|模板|范文|精选)|"
                         r"\d{1,2}|\d+页|word精品|可下载|免费下载|第\d{1,3}页|"
                         r"(?:通用|精选|实用|优选)\d{1,2}|只有中文|只有英文|只[备有](?:繁体|简体|中文|英文)版?|附图片?|组图|多图|图文|图片?|视频|附图/短片|附短片|短片|回顾|"
                         # a page's button printed after its headline: "…達14.2億 [打印本頁]"
                         r"打印本页|打印|关闭窗口|"
                         r"权威版|修订版|新版|正式版|VIP|会员|[★☆]+|"
                         # a disclosure catalogue's status of the document: "…的通知(有效)", "…办法(已废止)"
                         r"有效|现行有效|失效|已失效|废止|已废止)[)\]】]|\s*word\s*\d+\s*页|"
                         r"(?<=讲话|报告|总结|方案|计划|致辞|发言|讲稿|材料)精|"
                         r"\s*(?:精品|精选|精编版|精编|范文参考|范文|范例|最新|优秀|完整版|word版|doc|docx|新编|模板)\s*|"
                         # a photo's credit, where a caption stands for the headline: "…大會在漢召開 通訊員 供圖"
                         r"\s+(?:(?:记者|通讯员)\s*)?[\u4e00-\u9fff]{0,4}供图\s*$|\s*-?\s*免费下载$|"
                         r"(?<=讲话|报告|致辞|发言|总结|方案|计划)(?:文档|全文|汇总|合集|集锦)|"
                         # (the genre printed twice, "关爱女孩演讲稿演讲稿"; a topic's material after a speech's whole title,
                         # "在…活动上的讲话2016年母亲节资料")
                         r"(?<=演讲稿|讲话稿|发言稿)(?:演讲稿|讲话稿|发言稿)$|(?<=上的讲话|上的致辞|上的发言)(?:19|20)\d\d年[\u4e00-\u9fff]{1,10}(?:资料|素材)$|"
                         # (a date row's label the headline ran into, its date on the next line: "…上的讲话日期" / "2003-05-12 14:36:00")
                         r"(?<=讲话|致辞|发言|报告|总结)(?:日期|时间):?$|"
                         # a collection's item number after the genre: "…工作会议讲话稿1"
                         r"(?<=讲话|报告|致辞|发言|总结|话稿|言稿|辞稿|范文|范例)\s*\d{1,2}|"
                         # (or in brackets after a plan: "…纪念日活动方案(一)"; a speech in parts keeps its "(二)")
                         r"(?<=总结|方案|计划|议书|讲稿|体会)\s*\([一二三四五六七八九十]{1,2}\)|"
                         # (a page's number, spaced inside its brackets as no author spaces a part's: "…心得体会( 二 )")
                         r"\s*\(\s+[一二三四五六七八九十\d]{1,2}\s+\)|"
                         # (a sample site's praise, word after word: "…工作总结范文优选实用汇总")
                         r"(?:范文|优选|实用|汇总|精选|通用|最新|优秀|合集|大全|推荐|精编){2,}|"
                         r"\s*[(\[【]?(?:篇|第)[一二三四五六七八九十\d]+篇?[)\]】]?\s*:?|\s*[\[【]复制链接[\]】]|"
                         # a story's page in brackets after its pictures' mark: "…尚在研究中【图】( 二 )"
                         r"(?<=【图】)\s*\(\s*[一二三四五六七八九十\d]{1,2}\s*\)|"
                         # a site's code after its decoration: "…工作总结【3篇】9-2-79"; its stars: "…超9亿元******"
                         r"(?<=[】\])])\s*\d{1,3}(?:-\d{1,3}){2}|\*{3,}|"
                         # the length it gives, and its search question: "…计划范文(5991字)", "…计划怎么写"
                         rf"\s*{_LENGTH}|\s*怎么写|"
                         # (or bare after the genre, a sample site's: "…工作報告參考8000字")
                         r"(?<=讲话|报告|致辞|发言|总结|方案|计划|体会|材料|讲稿|话稿|言稿)\s*(?:参考|范文|精选)?\s*\d{3,5}字|"
                         # a book's download page: "《中国计划生育工作手册》PDF下载"
                         r"(?<=》)\s*(?:PDF|pdf|电子版|电子书)?\s*(?:免费下载|下载|在线阅读)|"
                         # "村计生协会工作计划十篇", "…讲话稿精选5篇"
                         r"\s*(?:精选|通用|优选|推荐|热门|最新|优秀|经典|范文|合集|汇编|大全|实用)?(?:[一二三四五六七八九十\d]{1,3}|多)篇|"
                         # the site's category after a speech's genre: "…的电视讲话政府政务演讲稿"
                         r"(?<=讲话|报告|致辞|发言|总结)(?![^暨和及与的并]*[暨和及与的并])(?!总结|报告|计划|方案)[\u4e00-\u9fff]{2,6}(?:演讲稿|讲话稿|发言稿|致辞稿|范文))$", re.I)
# a document's whole name in quotes, then the sharing site's category for it: the name ends in a genre of its own
_NAMED_IN_QUOTES = re.compile(r"“([^“”]{4,60}(?:汇报|报告|总结|讲话|致辞|发言|方案|计划|研究|思考|材料|要点|讲稿|述职))”"
                              r"[\u4e00-\u9fff]{2,10}(?:计划|总结|报告|范文|方案|材料|讲话|发言稿)")
_BUTTON_WRAP = re.compile(r"(?:收藏|分享到?|打印|下载)\s*《([^《》]{4,})》\s*[)\]】]?")
_SPACED_WRITER = re.compile(rf"\(\s*[{SURNAMES}]\s+[\u4e00-\u9fff]\s*\)$")
_KEYWORD_AFTER = re.compile(r"[\[【]([^\[\]【】]{8,40})[\]】]\s*([\u4e00-\u9fff]{2,8})")
_BRACKETED = re.compile(r"【[^【】]{4,}】|《[^《》]{4,}》|“[^“”]{8,}”")
_SPACED_OUT = re.compile(r"(?:[\u3400-\u9fff] )+[\u3400-\u9fff]")
# (a heading's short second line spaced out, its spaces maybe wide: "调 研 报 告", "情　况　汇　报")
_LETTER_SPACED = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,5}")
# the marks a site sets around a title: "○  在…上的讲话  ○", "★…★"
# (and a Cyrillic Р, one mirror's separator; a teaser's arrow after it: "…徂徕镇这样建议→")
_MARKS = "|\uff5c ○●◎◇◆□■△▲▽▼☆★※\u0420→➡▶►"
# "Title_SiteName", "Title - 某某县计划生育协会", "Title_新闻中心_新浪网": separators, then names of places on the web
_SEPARATOR = re.compile(r"\s*(?:[_|]|(?<!\d)\s*[-–—]{1,2}\s*(?!\d))\s*")
_SITE_NAME = re.compile(r"(?:网|站|网站|文库|百科|范文|大全|首页|频道|门户|官网|论坛|社区|协会|政府|委员会|中心|之家|在线|平台|日报|晚报|早报|时报|"
                        r"商报|新闻|博客|主管|主办|移动版|手机版|触屏版|网[\u4e00-\u9fff]{0,6}正文|"
                        r"\.(?:com|net|cn|org))$", re.I)
_DID = re.compile(r"成立|召开|举行|举办|开展|启动|慰问|走访|表彰|揭牌")
_VISITED = re.compile(r"[\u4e00-\u9fff]{2,4}(?:访(?![谈问])|到访|视察|考察|调研|参观|看望|出席)[\u4e00-\u9fff]{2,}")
# how an entry's definition goes on from the name it opens with: "中国计划生育协会(简称…)是…", "…成立于1980年"
_DEFINED = re.compile(r"[(是,]|成立|于|位于|简称|全称|系|创建|始建|隶属")
_ORGANISATION = re.compile(r"(?:协会|政府|委员会|中心)$")
# a body that issues a document, whose name may stand over the document's date and title
_ISSUER = re.compile(r"(?:协会|政府|委员会|办公室|办公厅|局|委|党组|妇联|部|厅|办|总会|联合会)$")
# names only a web site has (a 协会 or 政府 line may be a document's letterhead)
_WEB_NAME = re.compile(r"(?:网|网站|文库|百科|论坛|门户|频道|资讯网|镜像站|博客|日报|晚报|早报|时报|商报)$")
# (a guest's offices over his name, no title: "国务院新闻办新闻局副局长、新闻发言人")
# (not a headline of who took an office: "…侨代会召开 卫汉杰当选侨联主席")
_OFFICE_ONLY = re.compile(rf"^(?!.*(?:当选|出任|担任|任命|履新|召开|举行|会见|看望|接任|连任))[^,。:;!?\s]{{2,40}}(?:{OFFICES}|发言人|负责人)$")
_AFFILIATION = re.compile(r"\(\s*[^()]{2,60}(?:大学|学院|研究院|研究所|党校)[^()]{0,40}\)|\(\s*[^()]{2,60}\d{6}\s*\)")
_AUTHORS = re.compile(rf"{PERSON_NAME.pattern}(?:\s*[,、+]\s*{PERSON_NAME.pattern}){{1,7}}")
_FILE_NAME = re.compile(r"[^。,\s]{2,80}\.(?:docx?|pdf|pptx?|wps|xlsx?|txt)", re.I)
_FILE_ENDS = ("doc", "docx", "pdf", "ppt", "pptx", "wps", "xls", "xlsx", "txt")


def _file_name(line: str) -> bool:
    """Whether a line is a file's name alone ("某社区计生协世界人口日活动通知.docx"), its end looked at first."""
    return (name := line.strip()).lower().endswith(_FILE_ENDS) and _FILE_NAME.fullmatch(name) is not None
_LABEL = re.compile(r"^\s*(?:标题|题目|[\u4e00-\u9fff]{0,3}文章标题|篇名|文件名称|文档名称|名\s*称|节目话题|本期话题|访谈主题|访谈话题|节目主题)\s*:\s*(.+?)\s*\|?\s*$")
_THEME = re.compile(r"\s*主题\s*:\s*(.{4,60}?)\s*$")
# a letterhead's body ("…文件") or its document's number ("衢委办[2006]101号"); the number alone on a line
_NUMBER = r"[\[〔(]\s*(?:19|20)\d\d\s*[\]〕)]\s*第?\s*\d+\s*号"
_LETTERHEAD = re.compile(rf"文件$|{_NUMBER}")
_DOC_NUMBER = re.compile(rf"\s*[\u4e00-\u9fff]{{1,12}}\s*{_NUMBER}\s*")
_BANNER_TITLE = re.compile(r"《(.{2,120}?(?:\s*\.(?:docx?|pdf|pptx?|wps))?)》\s*由")
_OFFERED_TITLE = re.compile(r"(?:准备|整理|收集|搜集|精选)[了的](?:一篇|几篇|\d+篇|[一二三四五六七八九十]篇)?(?:关于)?"
                            r"([^,。!?《》\s]{4,40}?)(?:参考范文|范文|模板|[,。!]|$)")


# what a site says of itself under its name: "专业的范文写作参考网站", "在线文档分享与下载平台"
_SLOGAN = re.compile(r"^[^,。!?:]{0,14}(?:专业|在线|分享|下载|参考|写作|文档|范文|资源|海量|网上)[^,。!?:]{0,10}(?:网站|平台|门户|之家|库|家园)$|"
                     # a site's claim to be the official one: "中国报道网——中国外文局亚太传播中心唯一官方中文网"
                     r"^[^,。!?:]{2,30}(?:唯一|指定)?官方(?:中文|新闻)?(?:网站|网|门户)$")


# a site's motto under its name: two or three short phrases with no mark between them
_MOTTO = re.compile(r"[\u4e00-\u9fff]{3,8}(?:[ \u3000]{1,3}[\u4e00-\u9fff]{3,8}){1,2}")


# a note after a site's name: "…网(镜像站)"
_NAME_NOTE = re.compile(r"\s*\([^()]{1,8}\)$")


_SAMPLE = re.compile(r"(?:范文|大全)+$")


def _tells_event(s: str) -> bool:
    """Whether a short line is a headline of what a body did or of a visit to one ("妇联牵头成立专业女性协会",
    "张建宗访长者健康中心"), not a body's or a site's name."""
    return bool(_VISITED.search(s) or _DID.search(s))


def _site_header(folded: str) -> bool:
    """A site's name ("第一范文网", "悦读范文网 -") or its slogan, printed above everything."""
    s = _NAME_NOTE.sub("", folded.strip()).rstrip(" -_|–—·")
    if (sample := _SAMPLE.search(s)) and sample.start() >= 5:  # "村支书三年工作报告范文": a title the site decorated
        return False
    if _tells_event(s):
        return False
    # (a short name with the mark the page set between it and its motto, which the page split off: "知页文档 ·" / "在线阅读")
    if len(s) <= 8 and folded.rstrip()[-1:] in "-_|–—·" and HAN.match(s) and not _GENRE.search(s):
        return True
    # (a blog's owner may have a long name: "aqiang7191 的博客")
    return bool(s) and ((len(s) <= 12 and bool(_SITE_NAME.search(s))) or bool(_SLOGAN.match(s))
                        or (len(s) <= 30 and s.endswith(("的博客", "的部落格", "的空间", "的日志"))))


def _site_suffix(folded: str) -> int | None:
    """Where the site's name starts in a page title, if it ends with one."""
    for sep in _SEPARATOR.finditer(folded):
        if sep.start() < 4:
            continue
        head = folded[:sep.start()]
        if head.count("“") > head.count("”") or head.count("《") > head.count("》") or head.count("「") > head.count("」"):
            continue  # (a dash inside quotes is the name's: "…举行“幸福工程-创建和谐家庭项目”启动仪式")
        segments = [seg for seg in _SEPARATOR.split(folded[sep.start():]) if seg]
        # an underscore or a bare hyphen is the CMS's own joint (title_column_site); " - " and an em
        # dash may be the author's subtitle, so they need a site's name after them
        underscored = "_" in sep.group(0) or sep.group(0) == "-"
        # (a bar before a short name after a long title is the site's or the column's: "…乡土智慧 | 农经观察")
        barred = sep.group(0).strip() == "|" and len(segments) == 1 and len(segments[0]) <= 6 and len(head) >= 10
        if segments and all(len(seg) <= 16 for seg in segments) and (underscored or barred or _SITE_NAME.search(segments[-1])):
            return sep.start()
    return None


_SPACED_GENRE = re.compile(r"(?<=[\u4e00-\u9fff])(?:讲 话|致 [辞词]|报 告|发 言|总 结|汇 报|述 职|通 知|意 见|方 案|纪 要)$")


_ENGLISH_AFTER = re.compile(ENGLISH_AFTER + "$")


_MOBILE_SITE = re.compile(r"[^()]{2,40}?\((?:3G网站|3G版|手机版|手机网站|WAP版|WAP网站|移动版|触屏版)\)\s*")
_PERSON_TAG = re.compile(rf"[\u4e00-\u9fff]{{2,10}}?(?:委|局|会|部|办|厅)[{SURNAMES}][\u4e00-\u9fff]{{1,2}} ")


_NUMBERED_PAPER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[(]\d{4}[〕\])]\s*\d{1,4}号\s*《([^《》]{8,})》")


@lru_cache(maxsize=16384)  # a page's candidates are cleaned again for each comparison
def clean_title(title: str) -> str:
    """The title without what sites add to it; matched on the folded form, cut from the original."""
    # (a comma the site left after it, where its own words began: "…上的讲话,本文主要内容关键词为…")
    t = re.sub(r"\s+", " ", strip_readings(title)).strip().strip(_MARKS).rstrip(" -_–—,\uff0c")
    if t.startswith(("【", "《", "“")) and _BRACKETED.fullmatch(t):  # "【…致辞】", "《…致辞范文8篇》", "“…活动”"
        t = t[1:-1].strip()
    # (a title printed again in brackets after itself, for the search engines: "2022年村妇联工作总结汇报(2022年村妇联工作总结汇报)")
    if t.endswith((")", "\uff09")) and (half := (len(t) - 2) // 2) >= 4 and t[half] in "(\uff08" and t[:half] == t[half + 1:-1]:
        t = t[:half]
    # (or after a comma: "朱集镇人口文化大院“点亮”农民幸福梦,朱集镇人口文化大院“点亮”农民幸福梦")
    elif (half := (len(t) - 1) // 2) >= 4 and t[half] in ",\uff0c " and t[:half] == t[half + 1:]:
        t = t[:half]
    # (or the listing's title glued before the document's own, which ends the same: "街道…工作总结XX街道…工作总结")
    elif len(t) >= 16 and (glued := next((k for k in range(len(t) // 2, 7, -1) if t.endswith(t[:k])), None)):
        t = t[glued:]
    # (a law database's number of the paper before its title in brackets: "国卫办妇幼函〔2021〕487号《…的通知》")
    if t.endswith("》") and (numbered := _NUMBERED_PAPER.fullmatch(shadow(t))):
        t = t[numbered.start(1):numbered.end(1)]
    if _SPACED_OUT.fullmatch(t):  # "政 府 工 作 报 告"
        t = t.replace(" ", "")
    elif " " in t and (genre := _SPACED_GENRE.search(shadow(t))):  # its genre alone spaced out: "…调度会上的讲 话"
        t = t[:genre.start()] + t[genre.start():].replace(" ", "")
    if (english := _ENGLISH_AFTER.search(t)) and len(HAN.findall(t, 0, english.start())) >= 4:
        t = t[:english.start()]  # a bilingual headline's English after a slash: "鼓勵生育 不要空談…/ Encouraging does…"
    if wrapped := _BUTTON_WRAP.fullmatch(shadow(t)):  # a button's label round the title: "收藏《…》)"
        t = t[wrapped.start(1):wrapped.end(1)]
    # (a wire's subject tag before the headline, "(医卫)中国计生协…", and a news site's column before a colon,
    # "运城新闻:运城市召开…")
    if (tagged := _WIRE_TAG.match(shadow(t))) and len(t) - tagged.end() >= 8:
        t = t[tagged.end():]
    # (an aggregator's keyword tag, a body and a person's name, before the headline it names again: "国家卫计委徐永昌
    # 国家卫生计生委…走进阜南县"; a joint issuer has no person's name: "国家卫健委 国家中医药局关于…的通知")
    if " " in t and (tag := _PERSON_TAG.match(shadow(t))) and len(t) - tag.end() >= 10 and t[:2] == t[tag.end():tag.end() + 2]:
        t = t[tag.end():]
    # (a site's name with its mobile edition's note before the headline: "某某有限责任公司(3G网站)7.11世界人口日宣传")
    if (mobile := _MOBILE_SITE.match(shadow(t))) and len(t) - mobile.end() >= 4:
        t = t[mobile.end():]
    # (its writer's name spaced out in brackets after it, as a two-character name is set: "计划生育编外“三大员”(徐 海)")
    if t.endswith(")") and (writer := _SPACED_WRITER.search(shadow(t))) and writer.start() >= 4:
        t = t[:writer.start()].rstrip()
    # (a tag page's mark before its term: "#計劃生育")
    if t.startswith("#") and len(t) > 2 and "#" not in t[1:]:
        t = t[1:]
    # (a counter's label glued on before a title: "浏览关于换届选举大会主持词")
    if t.startswith(("浏览", "瀏覽")) and _TITLE_OPENING.match(t, 2):
        t = t[2:]
    # (a preview's page counter leaves its 第 before the title: "第計劃生育特殊家庭…實施方案")
    if t.startswith("第") and len(t) > 8 and not _ORDINAL_NEXT.match(t, 1):
        t = t[1:]
    for _ in range(2):  # "篇1:计划生育调研报告范文关于…": a collection's number, then a category's name
        if (prefix := _PREFIX.match(shadow(t))) and prefix.end() < len(t) - 3:
            t = t[prefix.end():]
    if named := _NAMED_IN_QUOTES.fullmatch(shadow(t)):  # a sharing site's "“…工作汇报”计划生育工作计划"
        t = t[named.start(1):named.end(1)]
    if (column := _COLUMN.match(shadow(t))) and column.end() < len(t) - 6:
        t = t[column.end():]  # a WeChat account's column before the title: "学习强基|…"
    elif "|" in t and (seo := _SEO_BEFORE.fullmatch(shadow(t))):
        t = t[seo.start(1):]  # a search phrase the site put before a speech's title: "纪念母亲节的手抄报|在…活动上的讲话稿"
    elif "|" in t and (seo := _SEO_AFTER.fullmatch(shadow(t)) or _ASKED_AFTER.fullmatch(shadow(t))):
        t = t[:seo.end(1)]  # or its category after it: "乡镇计生工作领导讲话|乡镇领导讲话稿"
    if (number := _FILE_NUMBER.match(t)) and _EXTENSION.search(shadow(t)):
        t = t[number.end():]
    while True:
        folded = shadow(t)
        cut = _site_suffix(folded)
        if cut is None:
            m = _EXTENSION.search(folded) or _DECORATION.search(folded)
            cut = m.start() if m and m.start() >= 4 else None
        if cut is None:
            # (the site's suffix may have hidden its category: "“…研究”计划生育工作计划-推荐通用稿")
            named = _NAMED_IN_QUOTES.fullmatch(folded) if folded.startswith("“") else None
            return t[named.start(1):named.end(1)] if named else t
        t = t[:cut].strip()
        if t.startswith("《") and _BRACKETED.fullmatch(t) and t != title:  # or its brackets: "《…》范文模板"
            return clean_title(t)


@lru_cache(maxsize=16384)
def comparable(text: str) -> str:
    """A title reduced to what two copies of it share: no years, placeholders, punctuation or spaces."""
    t = shadow(clean_title(text))
    t = re.sub(r"(?:\d+|[xX×]+)\s*年?度?|年度", "", t)
    # (a converted file's dash may be two 一: "…的价值与路径一一在…论坛上的致辞")
    return re.sub(r"[\W_]+|一一(?=在)", "", t)


# what a document's title names: its genre
_GENRE = re.compile(r"讲话|报告|总结|致辞|发言|通知|通报|意见|方案|汇报|主持词|贺词|贺信|开幕词|闭幕词|纪要|决定|决议|规划|计划(?!生育)|"
                    r"要点|倡议|述职|问答|章程|讲稿")
_GENRE_END = re.compile(rf"(?:{_GENRE.pattern})$")
_SPLIT_START = re.compile(r"^(?:关于|在)")
# the whole title of a speech: "在…上的讲话"
_AT_MEETING = re.compile(r"在.{2,50}上的?(?:讲话|报告|工作报告|致辞|发言|总结|主持词)")
# an item numbered with a capital numeral, as minutes in Traditional script number theirs: "壹、時 間:…"
CAPITAL_NUMERALS = "壹贰貳叁參肆伍陆陸柒捌玖拾"
_CAPITAL_ITEM = f"[{CAPITAL_NUMERALS}]{{1,2}}、"
# (a charter's first chapter or article too, "第一章 总则", whose name is the charter's title; a chronicle's year and
# its comma, "1988年, 全县举办…")
_TEXT_BEGUN = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、.]|" + _CAPITAL_ITEM + r"|\([一二三四五六七八九十]{1,3}\)(?=[\u4e00-\u9fff])|第[一二三四五六七八九十百零〇\d]{1,5}[章条款](?:\s|$)|(?:19|20)\d\d年\s*,|(?:[2-9]|\d\d)、|\(?\d{1,2}月\d{1,2}日(?:[上下]午|,)|\([^()]{2,16}\s[^()\s]{2,4}\))")
_SALUTATION = re.compile(r"(?:同志们|各位|尊敬的|女士们|先生们|亲爱的|老师们|同学们|朋友们)")
# a speech's salutation alone ("尊敬的主席女士,", "各位代表、同志们:"): the speech has begun
# (a host's script gives each line its speaker: "甲:尊敬的各位领导、各位嘉宾!")
_SALUTATION_LINE = re.compile(rf"(?:[甲乙丙丁男女合][12]?\s*:\s*)?(?:{_SALUTATION.pattern})[^。!?;]{{0,40}}[,:!]")
# whom a letter or an appeal addresses, at its salutation's end: "全社会广大爱心人士:", "各位会员:"
# (or a notice's addressees: "各区县卫生计生委:")
_ADDRESSED = re.compile(r"(?:人士|同志|朋友|们|会员|代表|居民|市民|村民|乡亲|家长|群众|青年|职工|姐妹|女士|先生|家人|同仁)\s*:$|"
                        r"^\s*各[^:。!?]{1,40}:$")
# a sentence's purpose clause, which the page broke off its sentence: "为进一步加强在校大学生" / "青春健康宣传教育工作,…"
# (a title may be one whole: "为建设…而奋斗")
_PURPOSE = re.compile(r"为(?:了|进一步|深入|切实|全面|认真|更好|加快|推动|促进|加强|贯彻|落实)[^而]*")
# (and a part's or a chapter's heading, which an outline under the title prints again: "第一部分 某协会概况")
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|" + _CAPITAL_ITEM + r"|\([一二三四五六七八九十\d]+\)|\d+[、.]|第[一二三四五六七八九十]{1,3}(?:部分|章))")


_COLLECTED = re.compile(rf"\({_COUNTED_ITEMS}\)")
_ITEM_NUMBER = re.compile(r"\s*(?:篇[一二三四五六七八九十\d]+|第[一二三四五六七八九十\d]+篇)\s*:")


def _head_title(lines: list[str], start: int, known: set[str], listed: str | None = None) -> str | None:
    """The line above the text that reads most like the document's title, on a text page that opens with
    the site's name, menus or listing: one that names a genre, is printed twice or right above the page's
    date row (`listed`), or names the association. `start` is where the text starts (`_body_start`)."""
    top = min(start, 15)
    # a list of speeches' titles: none of them is this page's (its column's name may be)
    listing = sum(1 for line in lines[:top] if _AT_MEETING.search(shadow(line))) >= 4
    seen = [comparable(line) for line in lines[:top]]
    best, best_score, best_shade = None, 1, ""
    collection = False  # (a collection's name above its items, "…讲话稿(精选5篇)": "篇一:…" is one of them, not the page)
    for i, line in enumerate(lines[:top]):
        if collection and _ITEM_NUMBER.match(shadow(line)):
            continue
        collection = collection or ("篇" in line and _COLLECTED.search(shadow(line)) is not None)
        if shadow(line).rstrip().endswith(_CONNECTIVE):  # a headline's first piece: the headline
            line = _headline(lines, i)
        t = shadow(clean_title(line)).strip()
        if i + 1 < top and _wraps_into(line, lines[i + 1]):
            below = lines[i + 1].strip()
            below = "".join(below.split()) if _LETTER_SPACED.fullmatch(shadow(below)) else below  # ("调 研 报 告")
            line, t = line.strip() + below, t + shadow(below)
        if not 4 <= len(t) <= 80 or re.search(r"[。!?;]", t) or ends_sentence(line) or not HAN.search(t) or _DATELINE_ALONE.fullmatch(t) \
                or _NUMBERED.match(t) or _LETTERHEAD.search(t) or _NOT_TITLE.search(t) or _TEXT_BEGUN.match(t):  # a heading of the text, a letterhead
            continue
        if _ATTENDED.search(t) or table_row(shadow(line)):  # a story's subheadline or caption ("何伟出席并讲话"), not the
            continue  # speech's own title; a table's row
        if i and shadow(lines[i - 1]).rstrip().endswith((",", "、")):  # a sentence's middle, hard-wrapped: "…部门," / "负责…的计划"
            continue
        # (or after a line of prose that stops short of its sentence's end: "…指出实行计划生育是党和政府" / "从我国国情出发…,实行计划生")
        if i and "," in t and is_prose(lines[i - 1]) and not ends_sentence(lines[i - 1]) and lines[i - 1][-1:].strip():
            continue
        # (a body's name over a joint document's heading is one of its issuers: "人口计生委" / "教育部" / "公安部关于" / "…的意见")
        if len(t) <= 12 and _ISSUER.search(t) and not _GENRE.search(t) \
                and any(shadow(ln).strip().endswith("关于") for ln in lines[i + 1:i + 4]):
            continue
        speech = _AT_MEETING.search(t)  # "在…上的讲话", the more so when that is the whole line
        if speech and listing:
            continue
        # (a short heading names a genre only at its end: "问答时刻" over a list of questions is the text's)
        score = 2 * bool((_GENRE_END if len(t) <= 6 else _GENRE).search(t)) + bool(re.search(r"计生|计划生育|协会", t)) + bool(speech) \
            + bool(speech and speech.start() == 0 and speech.end() == len(t))
        printed_twice = bool(seen[i]) and (seen.count(seen[i]) > 1 or seen[i] in known)
        above_row = line.strip() == listed and not _decorated(line)
        if printed_twice or above_row:
            score += 2
        # (the headline right above the date row beats a column's name the page printed twice: "市州传真" ×2 / "…会议" /
        # "发布时间:…")
        score += above_row and not printed_twice and len(t) > 8
        # a site's name (no headline that tells what a body did: "…在杭州市成立流动人口计划生育协会"); a subtitle
        if (_SITE_NAME.search(t) and not _DID.search(t)) or t.startswith(("—", "-")):
            score -= 3
        # (a column's genre in four characters gives way to a document's title that scores as well: "省府通知" /
        # "…关于印发…的通知")
        if score > best_score or (score == best_score and best is not None and len(best_shade) <= 4 and len(t) > 8
                                  and _GENRE_END.search(t) and "," not in t):
            best, best_score, best_shade = line.strip(), score, t
    return best


# a newspaper's name alone, as between a headline and its byline ("健康上街头全家乐生活" / "台湾新生报" / "【记者…】")
_MASTHEAD = re.compile(r"《?[\u4e00-\u9fff]{0,8}(?:日报|晚报|早报|晨报|时报|商报|人口报|妇女报|健康报|青年报|法制报|农民报|导报|新生报|都市报|新闻社|通讯社)》?")


# what stands alone above a text and is no title: a phone line, a newspaper's page, a pop-up's chatter
# (a caption signed 摄, a subtitle's dash, a column's name in brackets are none either)
# a compilation's label over one of its papers: "交流发言之一", "典型发言二"
PAPER_LABEL = re.compile(r"(?:交流发言|典型发言|大会发言|经验交流)(?:材料)?之?[一二三四五六七八九十\d]{0,3}")
_NOT_TITLE = re.compile(r"\d{3,4}-\d{7,8}|^第?[A-Z]?\d+[A-Z]?版|^(?=.{0,12}$|.*,).*[哦啦呀吧]\s*[!?]?$|\d{1,2}日[电讯](?:[\u4e00-\u9fff]\?)?\??$|摄$|^[—-]|^【(?![^】]*(?:怎么|如何|什么|哪些|为什么|吗|呢)[^】]{0,4}】)[^】]{1,8}】$|"
                        # a dateline ("…网讯(通讯员 …)"), a site's welcome, a caption with the place of someone in the picture ("[左四]")
                        # (and a byline: "澎湃新闻记者 王俊")
                        rf"讯\s*\(|\((?:记者|通讯员)|^{REPORTER.pattern}$|{WELCOME}|[\[(][左右][一二三四五六七八九十]\s*[\])]|左起|"
                        # a contents line's dot leaders, markup
                        r"\.{5,}|…{3,}|·{5,}|href=|</?a[\s>]|"
                        # a window's button, a loader's notice, a paper's masthead with its date, a source's tag, a
                        # speaker's label ("【致辞人】…")
                        rf"关闭此?视窗|关闭窗口|加载中|耐心等待|光临!?$|报章为|^{_MASTHEAD.pattern}$|"
                        r"^(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*[\u4e00-\u9fff]{2,8}报$|网消息$|"
                        r"^【(?:致辞人|发言人|讲话人|主持人|范例[一二三四五六七八九十\d]*)】|"
                        # a series' issue alone ("我们的第二期", "5.29会员活动日特辑⑤|"), a post's place in it
                        r"^(?:内容简介|内容提要|图书简介|作品简介)$|"
                        # (a paper's first section's name: "引言")
                        r"^(?:引言|导言|前言|序言|绪论|摘要|概述)$|"
                        # a document's opening formula, its first sentence: "现将区人口与计划生育工作…汇报"
                        r"^(?:现将|根据|按照)|(?:在线|网|台)消息$|^(?:我们的)?第[一二三四五六七八九十\d]{1,3}期$|^[^|]{2,16}(?:特辑|专题|系列)[①-⑳\d]{1,2}\s*\|?$|"
                        # a heading's number alone
                        r"^\(?[一二三四五六七八九十]{1,3}[)、]?$|"
                        # a slide deck's presenter line ("汇报人:WPS"), and who spoke, wrote or took the pictures by a label
                        # ("陈述人:李某某、卞某某", "整理:张某某", a proposal's "提案人:阮某")
                        r"^(?:汇报人|报告人|主讲人|演讲人|陈述人|主持人|记录人|发言人|讲话人|提案人|附署人|连署人|作者|撰稿人?|整理人?|审核人?|编辑|责编|摄影|校对|文|图)\s*:|"
                        # a speech's date line, the day and where it was given: "2017年1月10日在某县第十八届人民代表大会第一次会议上"
                        r"^[—-]{0,2}\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*在[^。]{2,40}上$|"
                        # a sentence's piece that wants more, a salutation's start: "各地计生协以" / "中国传统节日…为契机", "尊敬的"
                        r"[以在对把被向从和与及由的]$|为(?:契机|抓手|载体|依托)$|^尊敬的$|^(?:近日|日前|近期)$|^开展了|"
                        # (or one that stops at the place its verb was to follow: "某公所日前在曼哈顿华埠" / "举行…")
                        r"(?:日前|近日|昨日|今日|昨天|今天)在[^,。:]{2,12}$|"
                        # a story's dateline with its first words: "本报讯 “艾滋病是一种传染性极"
                        r"^本[报网台]讯\s|"
                        # a compilation's label over one of its papers: "交流发言之一", "典型发言二"
                        rf"^{PAPER_LABEL.pattern}$|"
                        # a host's turn in a script: "合:大家好!", "女:满载着丰硕果实,…"
                        r"^(?:男|女|甲|乙|丙|丁|合|男女|众)\s*:|"
                        # a book reader's page label ("第8部分(第2/4 页)")
                        rf"^{BOOK_PAGE.pattern}$|"
                        # a person's name with a note of her sex, in a list of officers ("王某某(女)")
                        r"^[\u4e00-\u9fff]{2,4}\s*\((?:女|男)[,)]|"
                        # a table's or a picture's source ("表格来源:中国红十字会官方网站")
                        r"^(?:表格|图表|图片|数据|资料)来源\s*:|"
                        # a reporter's byline: "本报记者周文", "发自北京", "记者林重鎣/台中报导", "某某报·某某网记者林志文/周佳静"
                        r"^(?:文\s*/\s*)?\W{0,2}(?:本[报网台刊]|[\u4e00-\u9fff·]{2,16}(?:报|网|台|社))?(?:特约|见习)?(?:记者|通讯员)\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}(?:\s|/|$)|^发自[\u4e00-\u9fff]{2,8}$|"
                        r"/\s*[\u4e00-\u9fff]{2,6}(?:即时)?报[导道]$|"
                        # a press conference's asker, the outlet's reporter: "中央广播电视总台央视记者", "香港《紫荆》杂志记者"
                        r"(?:台|视|报|社|网|杂志|刊|频道|》)记者$|"
                        # a forum's tag ("[中国内地]"), a link to the next story ("…总结会议 >>"), a column's name
                        rf"^{_FORUM_TAG.pattern}$|(?:>>|<<|»|«)\s*$|https?:|^友情(?:支持|链接)|^(?:News)?(?:[\u4e00-\u9fff]{{2}})?(?:与活动|动态|资讯|要闻|快讯)$|"
                        # a sentence whose writer stops it with a dot: "…都有一個發展協會.個村里建設除了…"
                        # (not a date's numerals: "三.八节"; nor inside a quoted name: "“小善举.大爱心…活动”")
                        r"[\u4e00-\u9fff](?<![一二三四五六七八九十〇])\.(?![一二三四五六七八九十〇])[\u4e00-\u9fff](?![^“”]*”)|"
                        rf"^(?:{COLUMN_NAMES})$")


# a news photo's caption between a story's paragraphs: "…主任顾秀莲出席会议并讲话", "…主持上午会议并作总结讲话",
# "…会长刘维林为会议致辞"
_ATTENDED = re.compile(r"(?:出席|主持)[^。,]{0,30}并(?:作[^。,]{0,8})?(?:讲话|致辞)$|为(?:会议|大会|活动|论坛)(?:致辞|讲话)$")
# (with its source: "台海网讯 据厦门日报道"; or the source alone: "据新华社电")
_DATELINE_ALONE = re.compile(r"[^\s,。]{1,12}(?<![喜资])讯(?:\s*据[^\s,。]{2,12}?(?:报道|消息|电))?|据[^\s,。]{2,12}?(?:电|报道|消息)")
# a speaker's line opens the document under its title: "省计生委主任 张枫", "县计生协常务副会长"
# a list of offices ("省人大常委会委员、省人大教科文卫委员会委员"), whose holder's name the page split off under it
_OFFICE_LIST = re.compile(rf"、.*(?:{OFFICES}|委员)$")
_SPEAKERS_CUT = re.compile(rf"(?:{OFFICES}|委员)、[\u4e00-\u9fff]{{2,4}}$")
_OFFICE_AT = re.compile(rf"(?:常务)?副?(?:{OFFICES}|[盟州旗]长)在[^,。:;]{{2,40}}上的?(?:讲话|致辞|发言|报告|总结讲话)")
_OFFICE_THEN_NAME = re.compile(rf"(?:{OFFICES}|总理|委员|代表)[{SURNAMES}][\u4e00-\u9fff]{{1,2}}$")
_SPEAKER_LINE = re.compile(rf"(?:{OFFICES})(?:\s+[\u4e00-\u9fff]{{2,4}})?$")


# a headline's piece that cannot end it: "“5.29”会员活动日暨" / "“健康…”文艺晚会精彩上演"
# (a news headline's kicker leads into the main line under it: "…在理事会上强调" / "牢牢把握主题主线")
# (and a verb that wants its object: "为进一步做好" / "计生特殊家庭关怀扶助工作", "多地计生协会开展" / "形式多样的…")
_CONNECTIVE = ("暨", "及", "和", "与", "、", "的", "之", "“", "强调", "指出", "提出", "表示", "做好", "开展", "推进", "推动", "加强",
               "助力", "深化")
_HEADLINE_PIECE = re.compile(r"[^。,;:!?]{1,30}")
# a byline, whole or with its name split off: "□记者 陈晓苏", "□记者", "本报讯"
_BYLINE_START = re.compile(r"(?:文\s*/\s*)?\W{0,2}(?:本报讯|本网讯|本台讯|记者|通讯员|特约记者|见习记者|本刊记者|本报记者|本台记者|本网记者)")


def _split_word(line: str, below: str) -> bool:
    """Whether a wrap cut 计划生育 between the two lines ("…人口与计划" / "生育目标管理…的通报"): 计划 there names no genre."""
    return line.rstrip().endswith(("计划", "計劃")) and below.lstrip().startswith("生育")


# a document's name that ends a title a PDF wrapped after its scope: "湖南省2017年度计划生育工作考评" / "市州计分办法"
# a title's line a wrap cut inside a word after its year: "…2025年度民" (/ "主生活会…"), "…年度工" (/ "作总结")
_MID_WORD = re.compile(r"(?:19|20)\d\d年度?[\u4e00-\u9fff]$")
_PAPER = re.compile(r"办法|细则|规定|制度|标准|条例|章程|通知|意见|方案|规划|计划(?!生育)|要点|纪要|通报|公告|决定|决议")
_PAPER_END = re.compile(rf"(?:{_PAPER.pattern})$")
# (a headline's predicate is no such name: "…协会" / "印发2024年工作要点")
_PREDICATE = re.compile(r"印发|发布|出台|部署|审议|通过|学习|解读|召开|举行|启动|制定|出炉")


_GENRE_ALONE = re.compile(r"(?:调查|调研|工作|专题|述职|考察|总结)?(?:报告|讲话|总结|实施方案|工作方案|工作计划)")
_EVENT_END = re.compile(r"(?:活动|会议|大会|仪式|讲座|培训班|座谈会|宣传月|宣传周|义诊)$")
_HELD = re.compile(r"(?:开展|举办|举行|召开|启动|组织)(?=[^开举召启组]{2,})")


def _wraps_into(line: str, below: str) -> bool:
    """Whether a PDF wrapped the title over the two lines: "关于开展…计生协会员" / "活动日系列活动的通知", "某省人民政府
    关于印发某省" / "…的通知", "关于印发…三年行动计划" / "(2023—2025年)的通知"."""
    t, rest = shadow(clean_title(line)).strip(), shadow(below).strip()
    # (a genre alone, spaced out as a heading's second line: "…“村级管理”工作" / "调 研 报 告")
    if _LETTER_SPACED.fullmatch(rest) and _GENRE_END.search("".join(rest.split())) and 6 <= len(t) <= 40 \
            and not _GENRE.search(t) and not re.search(r"[,。:;!?]", t) and not _NUMBERED.match(t):
        return True
    # (a wrap inside a word, the line ending on a year's scope: "市妇联党组书记2025年度民" / "主生活会对照检查发言提纲")
    if _MID_WORD.search(t) and len(rest) <= 24 and not re.search(r"[,。:;!?]", rest) \
            and (_GENRE.search(rest) or rest.endswith("提纲")) and not _GENRE.search(t):
        return True
    # (a list of speakers wrapped inside its last one's office: "…书记、…主席、…副主任、周某" / "副盟长在…座谈会上的讲话")
    if _SPEAKERS_CUT.search(t) and _OFFICE_AT.fullmatch(rest) and not re.search(r"[,。:;!?]", t):
        return True
    # (or its genre alone, split off at a space: "2023年廣州市女性婚戀觀生育觀" / "調查報告")
    if _GENRE_ALONE.fullmatch(rest) and 6 <= len(t) <= 40 and not _GENRE.search(t) and not re.search(r"[,。:;!?\s]", t) \
            and not _NUMBERED.match(t):
        return True
    # (a story's headline wrapped between its verb's object and the event it names: "平山县开展2024年生育政策" /
    # "宣传咨询服务活动")
    if 4 <= len(rest) <= 16 and _EVENT_END.search(rest) and 8 <= len(t) <= 30 and _HELD.search(t) \
            and not _EVENT_END.search(t) and not re.search(r"[,。:;!?\s]", t + rest) and not _NUMBERED.match(t):
        return True
    if not (2 <= len(rest) <= 24 and (_GENRE_END.search(rest) or _PAPER_END.search(rest))) or re.search(r"[,。:;!?]", rest):
        return False
    if _GENRE_END.search(rest) and (_SPLIT_START.match(t) or ("关于" in t and not _GENRE_END.search(t))) and (not _GENRE.search(t) or _split_word(line, below)):
        return True
    if not 6 <= len(t) <= 40 or re.search(r"[,。:;!?\s]", t) or _NUMBERED.match(t) or _NUMBERED.match(rest):
        return False
    if rest.startswith(("(", "的")) and _GENRE_END.search(rest):  # a piece that cannot stand alone: "(2023—2025年)的通知"
        return True
    # a short document's name under its scope, which names none: "…工作考评" / "市州计分办法" (not a title of its own,
    # "2023年度村老年协会工作计划" under a site's crumbs; nor a second headline; nor a menu's "入會辦法及流程" / "收費標準")
    return len(rest) <= 12 and bool(_PAPER_END.search(rest)) and not _GENRE.search(t) and not _PAPER.search(t) \
        and not re.match(r"\d", rest) and not _PREDICATE.search(rest) and not _DID.search(rest)


_LEAD_DAY = re.compile(r"\s*(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日")


def _headline(lines: list[str], k: int) -> str:
    """Line k with the lines a page split its headline into: the pieces after one that ends in a
    connective, or a run of short pieces right above a news story's byline ("市计生协会" / "理事会换届" /
    "□记者 …")."""
    def piece(j: int) -> bool:
        s = shadow(lines[j]).strip()
        return bool(_HEADLINE_PIECE.fullmatch(s)) and not _BYLINE_START.match(s) and not date_line(lines[j])

    end = k + 1
    # (a piece that wants the next goes on into it; so does a whole piece over one that wants the next)
    while end < min(len(lines), k + 4) and piece(end) \
            and (shadow(lines[end - 1]).rstrip().endswith(_CONNECTIVE) or _split_word(lines[end - 1], lines[end])
                 or (end > k + 1 and shadow(lines[end]).rstrip().endswith(_CONNECTIVE) and end + 1 < len(lines)
                     and piece(end + 1) and lines[end].strip()[:4] != lines[k].strip()[:4])):  # (not printed again)
        end += 1
    if end == k + 1 and len(lines[k].strip()) <= 12:
        run = k + 1
        # (a headline printed twice is no two pieces of one; a name under it is its speaker's)
        while run < min(len(lines), k + 4) and piece(run) and len(lines[run].strip()) <= 12 \
                and lines[run].strip() != lines[k].strip() and not PERSON_NAME.fullmatch(lines[run].strip()):
            run += 1
        while run > k + 1 and _MASTHEAD.fullmatch(shadow(lines[run - 1]).strip()):
            run -= 1
        # (or above their subtitle after its dash: "继往开来" / "平稳过渡" / "——某协会…召开")
        if run > k + 1 and run + 1 < len(lines) and shadow(lines[run]).lstrip().startswith(("—", "--")) and piece(run):
            end = run + 1
        elif run > k + 1 and run < len(lines) and _BYLINE_START.match(shadow(lines[run]).strip()):
            end = run
        # (or right above the story's lead, which names what the pieces after the first name: "学院参与中国计生协" /
        # "青春健康高校项目" / "启动暨工作推进会议" / "10月24日,中国计生协青春健康高校项目启动暨工作推进会议在…")
        elif run > k + 1 and run < len(lines) and _LEAD_DAY.match(lines[run]) \
                and all(lines[j].strip() in lines[run][:160] for j in range(k + 1, run)):
            end = run
    # (or its last word alone over the story's lead, which goes on from what the headline named: "…丁香镇新中村" /
    # "考察" / "5月16日上午,…到…新中村“幸福工程”项目点考察"; a name under a speech's title is its speaker)
    if end == k + 1 and k + 2 < len(lines) and piece(k + 1) and len(tail := shadow(lines[k + 1]).strip()) <= 4 \
            and _LEAD_DAY.match(lines[k + 2]) and tail in (lead := lines[k + 2][:200]) \
            and lines[k].strip()[-3:] in lead and not PERSON_NAME.fullmatch(tail) \
            and not _GENRE_END.search(shadow(lines[k]).strip()):
        end = k + 2
    # (or its closing bracket, which a wrap put at the head of the next line: "[二十万…建成等" / "]人口文化大院活动记录")
    if end == k + 1 and k + 1 < len(lines) and (close := lines[k + 1].lstrip()[:1]) in _CLOSING \
            and lines[k].count(_CLOSING[close]) > lines[k].count(close) and piece(k + 1):
        end = k + 2
    # (a kicker that reports who said the headline is no part of it: "…主任某某在我市作专题报告时指出" / "坚定不移做好…工作")
    if end > k + 1 and shadow(lines[k]).rstrip().endswith(_KICKER_END):
        k += 1
    return "".join(line.strip() for line in lines[k:end])


_CLOSING = {"]": "[", "】": "【", ")": "(", "」": "「", "》": "《", "”": "“"}
_KICKER_END = ("时指出", "时强调", "时表示", "时要求")


# an English heading: three words to thirty, no sentence's stop at its end, no address
_ENGLISH_TITLE = re.compile(r"(?=.*[A-Za-z]{3})(?!.*(?:https?:|www\.))[A-Za-z0-9’'&,:()\-]+(?: [A-Za-z0-9’'&,:()\-]+){2,29}(?<![.,:])")


_ENGLISH_MENU = re.compile(r"\b(?:Home|News|Business|Sports|World|Opinion|Features|Photos?|Videos?|About|Contact)\b")


_OFFICE_BYLINE = re.compile(rf"[^\s,。:;!?]{{2,40}}?(?:{OFFICES})(?:[ \u3000]*[\u4e00-\u9fff]{{2,3}})?")


def _first_line(lines: list[str]) -> str | None:
    """The page's first line that can be a title, above its first sentence: a date, a phone line, or a
    column's word with a longer title under it (上海新闻, 图集), is passed over. A headline the page split
    over lines is joined again. On a page in English the first heading of three words or more (a column's
    "Press Releases" and a date are passed over)."""
    if not any(HAN.search(line) for line in lines[:4]):
        for k, line in enumerate(lines[:5]):
            words = line.split()
            if k + 1 < len(lines) and lines[k + 1][:1].islower() and len(line) >= 40 and len(lines[k + 1]) >= 30:
                return None  # a sentence the page wrapped: the text has begun
            if _ENGLISH_TITLE.fullmatch(" ".join(words)) and not MACHINE_DATE.match(line.strip()) \
                    and not (len(words) >= 6 and all(w[0].isupper() for w in words) and _ENGLISH_MENU.search(line)):
                return line.strip()  # (a row of a menu's capitalised words is none: "Home BizChina Newsphoto …")
        return None
    short = None
    # (a sharing site's name for the file, printed once or twice over the document: the document's own heading is
    # looked for under it, "…活动通知.docx" / "某社区计划生育协会" / "某计生协〔2023〕3号" / "关于开展…的通知")
    named = [k for k in range(min(3, len(lines))) if _file_name(lines[k])]
    for k, line in enumerate(lines[:4 + len(named)]):
        first = line.strip()
        if k in named and _own_heading(first, [("first_line", ln) for ln in lines[named[-1] + 1:named[-1] + 5] if not ends_sentence(ln)]):
            continue
        # (a body's name over its headline, printed again as one line below: "某学会" / "第十八届…选举公告" / … /
        # "某学会第十八届…选举公告": the whole is the title)
        if k + 1 < len(lines) and 4 <= len(first) <= 30 and lines[k + 1].strip() \
                and first + lines[k + 1].strip() in (ln.strip() for ln in lines[k + 2:k + 6]):
            return first + lines[k + 1].strip()
        if (english := _ENGLISH_AFTER.search(first)) and len(HAN.findall(first, 0, english.start())) >= 4:
            first = first[:english.start()]  # (a bilingual headline is read by its Chinese)
        folded = shadow(first)
        if _TOPIC_TAG.fullmatch(folded):  # a press office's topic over its headline: "(香港贫穷情况):"
            continue
        # (an answer's short lead that its first sentence names again: "原发证机关" / "…补办需前往原发证机关办理。")
        # (an entry's name that its definition opens with is its title: "计划生育协会" / "计划生育协会是…")
        # (not a document's heading, which its first sentence calls its own: "工作制度" / "…,制定以下工作制度。")
        if len(folded) <= 6 and k + 1 < len(lines) and first in (opening := lines[k + 1].split("。", 1)[0])[1:] \
                and not lines[k + 1].startswith(first) and ends_sentence(lines[k + 1]) and len(lines[k + 1]) >= 3 * len(first) \
                and not any(f"{own}{first}" in opening for own in ("本", "以下", "下列", "如下")):
            return None
        # (a poster's note in brackets over the headline: "(前阵子找…资料重看这篇旧文,…原文刊于2015-09-06。)")
        if k == 0 and folded.startswith("(") and folded.endswith(")") and folded.count("(") == 1 and len(folded) >= 20:
            continue
        if k < 2 and len(folded) <= 60 and re.match(WELCOME, folded):  # a site's welcome, its name in it, over the page
            continue
        if len(folded) <= 5 and folded.endswith(":") and HAN.match(folded):  # a menu's bare label ("類別:"), no salutation
            continue
        # (a headline may ask or exclaim; a speaker's turn of clauses that asks is the text: "我们开始,…,是哪一位先?")
        # (or tease: "第1胎发20万!…提案售地收入编生育津贴 结果是…")
        # (or quote what someone exclaimed: "“诚信计生就是好!”")
        question = len(first) <= 40 and (fold(first).rstrip().rstrip("”’」』")[-1:] in "?!" or first.rstrip().endswith("…")) \
            and folded.count(",") < 2
        # (a line of clauses is the text, its first sentence without its stop: "12.18日是…的日子,元旦也即将到来,根据…")
        if len(first) > 80 or not (question or not ends_sentence(first)) or "由会员分享" in folded \
                or (len(first) > 40 and folded.count(",") >= 2):
            break  # the text has begun
        if _DATELINE_ALONE.fullmatch(folded):  # a story's dateline alone ("深圳讯", "本报讯"): the story has begun
            break
        # (a short clause that wants the next, as short: a verse's, "五月的鹭岛," / "凤凰花灼灼盛开"; a headline a site
        # ended with a comma is longer)
        if len(first) <= 16 and folded.rstrip().endswith((",", "、")) and k + 1 < len(lines) \
                and len(lines[k + 1].strip()) <= 20 and not has_stops(lines[k + 1]):
            break
        # (and a speaker's first office, the byline going on with the next: "2025年…协调小组办公室主任," / "国家统计局…副局长 阮某某")
        if folded.rstrip().endswith((",", "、")) and k + 1 < len(lines) and OFFICE_END.search(folded.rstrip()[:-1]) \
                and _OFFICE_BYLINE.fullmatch(shadow(lines[k + 1]).strip()):
            break
        # (so has a table's, "| 时间 | 常住人口 (万人) | …"; a line that hands over to a quotation, "廖维藩先生续曰——"; a
        # diary's day, "11月16日 星期日 天气:阴天多云")
        if table_row(folded) or _SAYS.search(folded) or DIARY_DAY.fullmatch(folded):
            break
        # (a column of text wrapped at a fixed width, lines of one length with clauses in them: the text has begun)
        if len(first) >= 12 and k + 2 < len(lines) and len({len(lines[j].strip()) for j in range(k, k + 3)}) == 1 \
                and any("," in shadow(lines[j]) for j in range(k, k + 3)):
            break
        if folded.startswith(":"):  # a host's turn whose name the page lost (":尊敬的各位领导"): the script has begun
            break
        # (so has a salutation's list of those addressed, the page's wrap cutting it: "總會代表,…幹部,各位同濟會兄會姐及與會的各")
        if folded.count(",") >= 2 and "各位" in folded and not ends_sentence(first):
            break
        # a sentence inside the line, an outline's first heading, a story's date or byline: the text has begun
        # ("…欢歌笑语,掌声阵阵。由…举办的", "一.指导思想", "9月25日,五彩青春", "(区委宣传部 辛志锋)5月26日下午,…")
        if "。" in folded.rstrip("。 ") or _TEXT_BEGUN.match(folded) or _SALUTATION_LINE.match(folded) \
                or (_PURPOSE.fullmatch(folded) and k + 1 < len(lines) and is_prose(lines[k + 1])):
            break  # (a salutation may run on in the line: "尊敬的各位领导,各位来宾,欢迎来到…")
        # (a letterhead's body or number alone names no document: "国健推委办发〔2022〕2号" over the addressees)
        # (a rule's note of the day it was adopted is its date line: "(2022年6月30日四届一次理事会审议通过)")
        if date_line(first) or MACHINE_DATE.match(folded) or _NOT_TITLE.search(folded) or _ADOPTED_AFTER.fullmatch(folded) \
                or folded.endswith("文件") or _DOC_NUMBER.fullmatch(folded.rstrip(" |")):
            continue
        # (a paper's authors and their affiliation over its title: "许才明,荣超,谭建刚", "(南京大学政府管理学院 江苏 南京 210093)";
        # a sidebar's link, its headline cut off: "“会聚·赋能”异业渠道对接沙龙活...")
        # (a run of them: a headline may end on a teasing ellipsis, "…结果是…")
        if _AFFILIATION.fullmatch(folded) or (("," in folded or "、" in folded or "+" in folded) and _AUTHORS.fullmatch(folded)) \
                or (folded.endswith(("...", "…")) and any(ln.rstrip().endswith(("...", "…")) for ln in lines[max(0, k - 1):k + 2] if ln is not line)):
            continue
        # (a longer list of offices, with the name the page split off it under it: "省人大常委会委员、…委员" / "朱皖")
        # (or an office and its holder's name over the salutation: "國務院副總理吳儀" / "同志們:")
        if (len(first) <= 24 and not _GENRE.search(folded)
                and (_SPEAKER_LINE.search(folded) or _OFFICE_THEN_NAME.search(folded)
                     and k + 1 < len(lines) and _SALUTATION_LINE.match(shadow(lines[k + 1])))) \
                or (len(first) <= 40 and k + 1 < len(lines) and BARE_NAME.fullmatch(shadow(lines[k + 1]).strip())
                    and _OFFICE_LIST.search(folded)):
            break
        # (a joint document's issuers, split at their spaces: "人口计生委" / "教育部" / "公安部" over its title)
        # (or a report's author, a body alone over the text: "縣食品藥品監督管理局" / "為認真貫徹落實…,現將有關情況匯報如下:";
        # not an entry's name, which the text under it names: "某县科学技术协会" / "1981年4月,某县科学技术协会(简称…")
        # (or a letterhead, the body over its document's number: "某社区计划生育协会" / "某计生协〔2023〕3号")
        if len(first) <= 16 and _ISSUER.search(folded) and k + 1 < len(lines) \
                and ((len(below := lines[k + 1].strip()) <= 16 and (_ISSUER.search(shadow(below)) or _DOC_NUMBER.fullmatch(shadow(below))))
                     or (" " not in first and is_prose(below) and folded not in shadow(below)
                         and not _tells_event(folded))):
            continue
        if k + 1 < len(lines) and _wraps_into(first, lines[k + 1]):
            return first + lines[k + 1].strip()
        joined = _headline(lines, k)
        if len(comparable(joined)) <= 4 and not _GENRE.search(folded):
            short = short or first  # a short title ("桐溪随笔"), unless a longer one follows
            continue
        return joined
    return short


# a press office's topic in brackets over its headline: "(香港贫穷情况):"
_TOPIC_TAG = re.compile(r"\([\u4e00-\u9fff]{2,12}\)\s*:")
_SAYS = re.compile(r"(?:曰|云|道|说|称|写道|指出)\s*(?:——|:)$")
# (a speech's date, SPEECH_DATE, may stand between its title and its salutation: "…讲话(2025年2月23日)各位同志、各位学员:")
# (and under the date its speaker: "…致辞(2023年4月23日)中国残联副主席程凯尊敬的…")
_SPEAKER_FIRST = re.compile(rf"[\u4e00-\u9fff]{{0,16}}?(?:{OFFICES})[\u4e00-\u9fff]{{2,3}}(?={_SALUTATION.pattern})")
# (or "同志们," with a comma: no sentence starts so; or a greeting at its end: "…朋友们,大家好!")
# (a host's script opens with its first host's turn and greeting: "…主持词甲。尊敬的各位领导、各位嘉宾。乙。…")
_SALUTATION_END = re.compile(rf"(?:{SPEECH_DATE.pattern})?[^。!?;]{{0,40}}?:|同志们\s*,|[甲男][12]?\s*[。:]\s*[^。!?;]{{2,40}}[。!]|"
                             rf"(?:{SPEECH_DATE.pattern})[^。!?;]{{0,90}}?大家(?:上午|下午|晚上)?好\s*[!,]")
# a speech's title, a site's decoration after it, then its salutation on the same line
# (or its genre first, then its subject after a colon: "机关干部党课讲稿:深化…筑牢健康根基同志们:…")
# (a template's date line left blank: "( 年 月 日)")
_BLANK_DAY = re.compile(r"\(\s*年\s*月\s*日\s*\)")
_GLUED_TITLE = re.compile(rf"^(?:【[^【】]{{4,40}}】|[^,。:;!?【】]{{4,40}}?(?:讲话|致辞|发言|报告|主持词|贺词|开幕词|闭幕词|演讲|汇报|述职)"
                          rf"稿?(?:范文|全文)?(?:\s*(?!{_BLANK_DAY.pattern})[(\[【][^()\[\]【】]{{1,6}}[)\]】])?|"
                          rf"[^,。:;!?【】]{{2,20}}?(?:讲稿|讲话稿|党课|发言稿|致辞|讲话)\s*:\s*[^,。:;!?【】]{{6,50}}?)\s*"
                          rf"(?=(?:(?:{SPEECH_DATE.pattern}|{_BLANK_DAY.pattern})(?:{_SPEAKER_FIRST.pattern})?|(?<=主持词)[甲男][12]?\s*[。:]\s*)?{_SALUTATION.pattern})")


_DATE_THEN_SALUTATION = re.compile(rf"\s*{SPEECH_DATE.pattern}\s*(?P<salutation>(?:{_SALUTATION.pattern})[^。!?;:,]{{0,40}}?:)(?=.{{20}})")
_PAGE_NUMBER = re.compile(r"\s*\d{1,3}、\s*")
# a title and its speaker on one line, parted by a space: "在全市计生协工作会议上的讲话 某市计生协常务副会长 某某"
_SPOKEN_GENRE = r"(?:讲话|致辞|发言|报告|主持词|汇报|述职)"  # what a title ends in before its date or its speaker
_TITLE_THEN_DATE = re.compile(rf"([^,。:;!?\s]{{4,60}}?{_SPOKEN_GENRE})\s*{SPEECH_DATE.pattern}")
# a title, then its byline naming the same meeting and the day, run into the text: "副市长在某市残疾人工作会议上的讲话
# 市政府副市长、市残工委主任某某在某市残疾人工作会议上的讲话(2006年3月31日)这次…"
_TITLE_THEN_BYLINE = re.compile(rf"([^,。:;!?\s]{{0,30}}?(在[^,。:;!?\s]{{4,40}}?上的{_SPOKEN_GENRE}))"
                                rf"([^,。:;!?\s]{{2,40}}?\2)\s*(?={SPEECH_DATE.pattern})")
_TITLE_THEN_SPEAKER = re.compile(rf"([^,。:;!?\s]{{4,50}}?{_SPOKEN_GENRE})\s+"
                                 rf"[^,。:;!?\s]{{0,24}}(?:{OFFICES})(?:\s*(?:{BARE_NAME.pattern}|[xX×*]{{2,3}}|某某))?")
_TITLE_THEN_HEADING = re.compile(rf"([^,。:;!?、\s]{{4,50}}?(?:{_GENRE.pattern})(?:范文参考|范文|参考)?)([一二三四五六七八九十]、[^。,;:!?]{{2,24}})")
_RULE_RUN_IN = re.compile(r"\d{0,2}[、.]?([^()。,;:!?\d、][^()。,;:!?]{3,59}?(?:章程|办法|条例|规定|细则|规则|公约|民约))\s*"
                          r"(\([^()]{4,40}?(?:通过|修订|修正)\))\s*(?=第[一二三四五六七八九十\d]{1,3}[章条])")
_ADOPTED_AFTER = re.compile(r"\((?:(?:19|20)\d\d|[\s_]*)\s*年[^()]{0,40}?(?:讨论通过|审议通过|通过|修订|修正)\)$")
_INTRO_LABEL = re.compile(r"\s*(?:文档介绍|文档简介|资料简介|内容简介)\s*:\s*")
_TAG_FIRST = re.compile(r"\s*【[^【】]{1,8}】\s*")
_ASKED_THEN_ANSWER = re.compile(r"【[^【】]{2,30}(?:怎么办|怎么[^【】]{1,4}|如何[^【】]{1,10}|是什么|有哪些|哪些[^【】]{1,6}|为什么[^【】]{1,10}|[吗呢])】"
                                r"(?=[“\u4e00-\u9fff])")
_BRACKETED_HEADLINE = re.compile(r"【([^【】]{4,40})】(?=[“\u4e00-\u9fff])")
_BRACKET_THEN_LABEL = re.compile(r"^【[^【】]{4,40}】(?=[\u4e00-\u9fff]{2,6}:)")


# a preview's first line: the document's title, then its text with no break ("县妇联2021年上半年工作总结今年来,在县委…",
# "…工作总结报告一、2023年工作总结…"): the title ends on a genre, the text opens as a document does
_GENRE_AT = re.compile(r"(?:工作)?报告材料|工作总结|工作信息|总结报告|总结|工作报告|报告|讲话稿|讲话|发言稿|发言|致辞|计划(?!生育)|规划|方案|要点|简报|汇报材料|汇报|"
                       r"经验材料|事迹材料|章程|制度|纪要|"
                       # (a draft's "文稿" after what it names: "…今年工作总结明年工作安排文稿今年以来,…")
                       r"记录|意见|通知|文稿|贺词|献词")
# (or a notice's addressees, their colon lost: "…活动方案各乡镇妇联、县直机关妇委会2018年,是…")
_OPENING = re.compile(r"(?:各[^,。:;!?]{2,30}?(?:妇联|妇委会|协会|计生协|委员会|委|局|办|单位|部门|政府|街道|党委|支部)[、,]?|"
                      r"[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}、|今年|去年|近年|近几年|一年来|半年来|多年来|"
                      r"\d{1,2}年来|\d{1,2}月\d{1,2}日[,上下]|自20|自19|根据|按照|为了|为进一步|本年度|目前|当前|"
                      # (not a subject's "随着…而…", its verb: "台湾的家庭计划随著时代的改变而有所不同")
                      r"随[着著](?![^,。]{0,30}而)|我(?:县|市|区|镇|乡|村|社区|省|局|委|会|街道|单位|办|院|校|所|站|中心|厂|矿|公司)|"
                      # (under whose lead: "在街道办事处计生办的认真领导下,")
                      r"在[^,。:;!?]{2,30}?(?:领导|指导|关心|支持|帮助|重视)下|(?:19|20)(?:\d\d|xx|XX|\*\*|__?)年|[xX]{2}\s?年|现将|我们)")
_YEAR_OPENING = re.compile(r"(?:今年|去年|近年来|近几年来|一年来|半年来|多年来)(?:\d|以来|,|来)")
# a sample site's words between the title and the text: "…工作总结范文篇一20**年,…"
# (or the copy's number a file's name kept: "…年终工作总结(1)XX 年,我会…")
_SAMPLE_GAP = re.compile(r"(?:\(\d\))?(?:范文|范例|模板)?(?:篇(?:[一二三四五六七八九十]{1,2}|\d{1,2}(?![\d*xX]))|第[一二三四五六七八九十\d]{1,2}篇)?:?")
# a collection's piece number glued before its text (not a date's or a count's: "3月", "5个")
_PIECE_NUMBER = re.compile(r"(?:范文|范例)?\d{1,2}(?=[\u4e00-\u9fff])(?![\d年月日号期届次个名人项条])")
_TITLE_THEN_ISSUER = re.compile(r"([^,。:;!?\s]{6,60}?(?:公报|的通知|的决定))([^,。:;!?\s]{2,14}(?:局|委员会|政府|办公室|办公厅|调查队|协会))")
_TITLE_CHARS = re.compile(r"[^,。:;!?【】\n]{4,40}")
# (an archive's record: the title, its date and meeting in brackets, a colon, the text: "衛生處處長許子秋工作報告:這十年…";
# a speaker's own sentence announces his report with a verb: "我代表…向大会作工作报告:")
_TITLE_COLON = re.compile(r"(?:\([^()]{2,40}\))?\s*:")
# (the record's note, its date first, is the text's date line)
_NOTE_FIRST = re.compile(r"\((?=[^()]{0,4}(?:(?:19|20)\d\d|民[国國])[^()]{2,12}日)[^()]{6,60}\)\s*:")
# (not an anniversary of what was published: "纪念…公开信发表三十周年活动总结")
_ANNOUNCED = re.compile(r"^(?:我|下面|现在)|向[^,。]{1,20}?[作做]|发表(?![\d一二三四五六七八九十百]+周年)|上台")


# a name's short form in brackets after it: "(以下简称二轮县志)", "(民青局)"
_NAMED_SHORT = re.compile(r"\((?:以下简称|以下称|下称|简称)|\([\u4e00-\u9fff]{2,6}\)")


_PERIOD_AFTER = re.compile(r"\s*\(\s*(?:19|20)\d\d\s*[-—–~至]\s*(?:19|20)?\d\d\s*年?\s*\)\s*")
_TEXT_LEAD = re.compile(r"【(?:导言|摘要|前言|引言)】|\[摘要\]|[\u4e00-\u9fff]{2,12}?(?:总工会|工会|协会|计生协|委员会|政府|局|委|办|街道)"
                        r"(?=一年来|今年|去年|近年|根据|按照|为)")


def _title_then_text(shade: str) -> tuple[int, int] | None:
    """Where the title ends and the text starts on a line that opens with its title and runs on into the text
    (a sample site's "范文篇一" between them), or None."""
    head = _TITLE_CHARS.match(shade)
    if head is None or _NUMBERED.match(shade):
        return None
    for m in _GENRE_AT.finditer(shade, 4, head.end()):
        if _ANNOUNCED.search(shade, 0, m.start()):
            return None
        end = m.end()
        start = _SAMPLE_GAP.match(shade, end).end()
        # (the heading's period in brackets goes with it: "…五年规划( 2014-2019年 )为落实…")
        if (period := _PERIOD_AFTER.match(shade, start)) is not None:
            start = period.end()
        rest = shade[start:]
        # (the text may open with its label or its author's name: "…工作计划【导言】随着…", "…情况汇报城厢区总工会一年来,…")
        if (lead := _TEXT_LEAD.match(rest)) is not None and len(rest) - lead.end() >= 30 and has_stops(rest[:120]) \
                and len(HAN.findall(shade[:end])) >= 6 and (_OPENING.match(rest, lead.end()) or _PURPOSE.match(rest, lead.end())):
            return end, start
        if period is not None and len(rest) >= 30 and has_stops(rest[:120]) and _PURPOSE.match(rest):
            return end, start
        # the text opens as a document does, or with the subject the title named ("市残联…总结市残联自…")
        # (or the page broke the text's first sentence at a space: "…活动总结今年5月29日是中国计生协" / "成立30周年…")
        if (len(rest) >= 30 and has_stops(rest[:120]) or len(rest) >= 8 and _YEAR_OPENING.match(rest)) \
                and len(HAN.findall(shade[:end])) >= 6 \
                and (_OPENING.match(rest) or (rest[:3] == shade[:3] and HAN.match(shade))):
            return end, start
        # (a greeting opens as it likes, in verse: "老年大学新年贺词凯歌辞旧岁,瑞雪迎新年。我们…"; not where the line tells
        # what the greeting said, "…贺词中指出")
        if m.group() in ("贺词", "献词") and len(rest) >= 30 and has_stops(rest[:60]) and rest[:1] not in "中里上是的说指和与及" \
                and len(HAN.findall(shade[:end])) >= 6:
            return end, start
        if (colon := _TITLE_COLON.match(shade, end)) and len(shade) - colon.end() >= 30 \
                and has_stops(shade[colon.end():colon.end() + 120]):
            return end, (end if shade[end] == "(" else colon.end())
    return None


def _opens_with(line: str, name: str) -> int | None:
    """Where a copy of the title `name` (its `comparable` form) ends on a line that opens with it and runs on into
    a sentence of the text, or None."""
    if len(name) < 10 or len(line) < len(name) + 20 or not comparable(line[:len(name) + 12]).startswith(name[:6]):
        return None
    for end in range(len(name), min(len(line) - 20, 2 * len(name) + 12)):
        # (a placeholder's star after it opens the text's words: "…调研报告*镇位于…")
        if comparable(line[:end]) == name and (HAN.match(line, end) and line[end] not in "的之是在了和与及"
                                               or line[end] == "*" and HAN.match(line, end + 1)):
            rest = line[end:]
            return end if has_stops(rest[:200]) and "。" not in line[:end] else None
    return None


def _doubled(shade: str) -> tuple[int, int] | None:
    """Where the first copy ends and the text starts on a line that opens with its title printed twice
    ("…回顾与展望…回顾与展望引言…"), or more often: a preview's header may print it three times."""
    for n in range(8, min(41, len(shade) // 2 + 1)):
        if shade[n:2 * n] == shade[:n] and not re.search(r"[。,;:!?]", shade[:n]) and HAN.search(shade, 0, n):
            end = 2 * n
            while shade.startswith(shade[:n], end):
                end += n
            return n, end
    return None


# a collection's name, then its first piece's title printed again and that piece's text: "局长在…推介会讲话与局长在…
# 工作会发言汇编局长在…推介会讲话一个会议、两个主题。…"
_COLLECTION = re.compile(r"([^,。:;!?]{4,40}?(?:讲话|发言|致辞|报告|总结))(?:与|和|及)[^,。:;!?]{4,40}?(?:汇编|合集|集锦|大全)(?=\1)")


def _glued_title(line: str, first: bool = False) -> tuple[int, int] | None:
    """Where the title ends and the text starts on a line that opens with the document's title: before its
    salutation, after a bracketed title with a field under it ("【…会议记录】会议时间:…"), or a title printed
    twice (the second copy between the two); on the page's first line of text, before its opening words;
    or None."""
    if len(line) < 12:
        return None
    shade = shadow(line)  # (同志們 is 同志们 here)
    if (m := _BRACKET_THEN_LABEL.match(shade)) is not None:
        return m.end(), m.end()
    # (a question in brackets over its answer, on a Q&A page's first line: "【失独家庭该怎么办】“失独家庭”是指…")
    if first and shade.startswith("【") and (asked := _ASKED_THEN_ANSWER.match(shade)) is not None:
        return asked.end(), asked.end()
    # (or a headline in brackets that names its genre, over the text's first sentence: "【计划生育优生优育知识讲座】在现代社会,…")
    if first and shade.startswith("【") and (named := _BRACKETED_HEADLINE.match(shade)) is not None \
            and (_GENRE.search(named.group(1)) or named.group(1).endswith(("讲座", "党课"))) \
            and len(shade) - named.end() >= 30 and has_stops(shade[named.end():named.end() + 120]):
        return named.end(), named.end()
    if (doubled := _doubled(shade)) is not None and doubled[1] < len(shade):
        return doubled
    if first and (collected := _COLLECTION.match(shade)) is not None:
        return collected.end(), collected.end() + len(collected.group(1))
    # (or the body that issued it, run on after its genre: "蒙城县2020年国民经济和社会发展统计公报蒙城县统计局")
    if first and (issued := _TITLE_THEN_ISSUER.fullmatch(shade)) is not None:
        return issued.end(1), issued.end(1)
    if not _SALUTATION.search(shade, 0, 80):
        return _title_then_text(shade) if first else None
    m = _GLUED_TITLE.match(shade)
    # (the salutation ends in its colon: "同志们:", "尊敬的各位领导、各位来宾:")
    return (m.end(), m.end()) if m and _SALUTATION_END.match(shade, m.end()) else None


def _decorated(line: str) -> bool:
    """A title the site decorated ("计生协会长讲话稿范文", "….docx", "…(通用5篇)"): the site's name for the page,
    printed above the text; a document never decorates its own title so."""
    s = line.strip()
    s = s[2:] if s.startswith("1、") else s  # (a numbered heading is no decorated title: "1、开展…计划…活动")
    return len(s) <= 60 and bool(_GENRE.search(shadow(s))) and "".join(clean_title(s).split()) != "".join(s.split())


def _body_start(lines: list[str]) -> int:
    for i, line in enumerate(lines):
        if len(line) >= 60 and not ((english := _ENGLISH_AFTER.search(line)) and english.start() < 60) \
                or (ends_sentence(line) and len(line) >= 20 and "。" in line):
            return i  # (a bilingual headline's English after a slash makes it no longer)
        # (or a paragraph a PDF broke into short lines, three of them running: no headline is)
        if i + 2 < len(lines) and all(is_prose(ln) and not ends_sentence(ln) for ln in lines[i:i + 3]):
            return i
    return len(lines)


def _lead(lines: list[str], names: set[str]) -> int:
    """How many lines of prose stand right above the title's repeat at the top of the page (one or two, else
    0): a lead, not the document: a poster's note on a forum ("写了个讲话稿,放上来给大家参考"), a reposting
    editor's news of the meeting. The text must follow the repeat: a page's heading after it is no title."""
    at = next((i for i in range(1, min(3, len(lines))) if comparable(lines[i]) in names), 0)
    # (a news story's first paragraph, under its dateline, is the story, whatever caption follows it)
    if at and all(is_prose(line) and len(line) <= 200 and not DATELINE.match(shadow(line)) for line in lines[:at]) \
            and not _NUMBERED.match(shadow(lines[at]).strip()) \
            and sum(map(len, lines[at + 1:])) > 2 * sum(map(len, lines[:at])):
        return at
    return 0


class Title:
    name = "title"

    def __call__(self, draft: Draft) -> Draft:
        lines = draft.lines
        # a sample site's headline states the whole text's length: "…计划生育工作计划范文(5991字)", "…怎么写,5991字免费…",
        # a list's item its badge ("第一篇 2023年…工作总结 2750字", which Paragraphs may have parted)
        for line in lines[:6]:
            if "字" in line and (stated := _HEADLINE_LENGTH.search(shadow(line))):
                listed = draft.facts.setdefault("listed_chars", [])
                if (length := int(next(g for g in stated.groups() if g))) not in listed:
                    listed.append(length)
        # (a page of markup with no title in it, a fragment of paragraphs, is read for one as a text is)
        as_text = draft.kind == "text" or not draft.title_candidates
        # (and so is a page whose text opens as a text page does, the site's head over the title's print, "360doc个人图书馆" /
        # the title / its row: the lines above the print are the site's there too)
        # (or the title's print opens the text, whole or split over lines: "生育关怀 七彩云南" / "——写在…之际")
        if not as_text and len(given := comparable(choose_title(draft.title_candidates))) >= 4 and lines:
            as_text = any(comparable(line).startswith(given) for line in lines[:8]) \
                or len(opening := comparable(lines[0])) >= 4 and given.startswith(opening)
        # a subtitle after its dash at the very top, its headline lost above it: the page's headline ("——深圳市计生协举办
        # “5.29会员活动日”活动" / "迎接党的二十大胜利召开", the text's first section heading, / …)
        if as_text and lines and lines[0].startswith(("——", "--")) and 8 <= len(sub := lines[0].lstrip("—- ").strip()) <= 60 \
                and not has_stops(sub) and not _ATTENDED.search(shadow(sub)) \
                and not (sub[:1].isdigit() or SPEECH_DATE.match(sub) or sub.endswith("上")):  # (a report's date line: "——2015年…会议上")
            draft.title_candidates.insert(0, ("label", sub))
            draft.drop(self.name, lines[0], 0)
            lines = lines[1:]
        # an interview's headline that its record's "主题:" line repeats word for word: the title, and what stands
        # above it is the site's ("中国式现代化,民生为大。" / "让…惠及妇女儿童" / "嘉宾:…" / "主题:让…惠及妇女儿童")
        for j in range(1, min(12, len(lines))):
            if lines[j].lstrip().startswith(("主题", "主題")) and (theme := _THEME.match(shadow(lines[j]))) is not None \
                    and (k := next((k for k in range(j) if shadow(lines[k]).strip() == theme.group(1)), None)) is not None \
                    and k <= 2 and all(len(lines[a]) <= 30 for a in range(k)):
                draft.title_candidates.insert(0, ("label", lines[k].strip()))
                for a in range(k + 1):
                    draft.drop(self.name, lines[a], a)
                lines = lines[k + 1:]
                break
        # a "标题:" line is furniture that names the title
        for i, line in enumerate(lines[:15]):
            folded = shadow(line)
            # (a label over its value, which the next line holds: "文档名称:" / "村党支部民主生活会制度.docx")
            if i + 1 < len(lines) and folded.rstrip().endswith(":") and _LABEL.match(folded + lines[i + 1]) \
                    and _FILE_NAME.fullmatch(lines[i + 1].strip()):
                draft.drop(self.name, line, i)
                lines = lines[:i] + lines[i + 1:]
                line, folded = lines[i], shadow(lines[i])
            m = _LABEL.match(folded)
            if m:
                title, rest = line[m.start(1):m.end(1)], ""
                if len(title) > 60:  # the label's line runs on into the text: the title ends at a break
                    brk = re.search(r"\s|\|", folded[m.start(1):])
                    value = folded[m.start(1):m.end(1)]
                    if brk:
                        title, rest = line[m.start(1):m.start(1) + brk.start()], line[m.start(1) + brk.end():]
                    # (or where it was printed again, or where the text opens after it: "文章标题:xx镇…交流材料xx镇…交流材料上一年,…")
                    # (or as a line above it has it: "XX镇…交流材料" / "文章标题:xx镇…交流材料上一年,…")
                    elif (cut := _doubled(value) or _title_then_text(value)
                           or next(((end, end) for above in lines[:i] if (end := _opens_with(value, comparable(above)))), None)) is not None:
                        title, rest = line[m.start(1):m.start(1) + cut[0]], line[m.start(1) + cut[1]:]
                after = i + 1
                # (a forum's tag alone, the headline split off after it: "标题: [中国内地]" / "中国人口三年后达14.2亿")
                if not rest and _FORUM_TAG.fullmatch(title.strip()) and after < len(lines) and len(lines[after]) <= 60 \
                        and not has_stops(lines[after]):
                    draft.drop(self.name, line, i)
                    line, title, after = lines[after], lines[after], after + 1
                draft.title_candidates.insert(0, ("label", title))
                draft.drop(self.name, line[: len(line) - len(rest)] if rest else line, after - 1)
                lines = lines[:i] + ([rest.strip()] if rest.strip() else []) + lines[after:]
                break
        else:
            if catalogue := draft.facts.get("catalogue_title"):  # "信息名称 | …", which UploadMetadata took
                draft.title_candidates.insert(0, ("label", catalogue))
        # a site's name printed above everything ("第一范文网") heads the page, not the text
        # (an association's name may be the first piece of a headline the page split: "市计生协会" / "理事会换届"; or an
        # entry's name that its definition under it opens with: "中国计划生育协会" / "中国计划生育协会(简称…)是…")
        while lines and _site_header(shadow(lines[0])) \
                and not (_ORGANISATION.search(shadow(lines[0]).strip()) and _headline(lines, 0) != lines[0].strip()) \
                and not (len(lines) > 1 and len(lines[0].strip()) >= 4 and lines[1].startswith(lines[0].strip())
                         and _DEFINED.match(fold(lines[1][len(lines[0].strip()):]))) \
                and not (len(lines) > 1 and len(lines[0].strip()) >= 4 and lines[1].strip() == lines[0].strip()):
            draft.drop(self.name, lines[0], 0)
            lines = lines[1:]
        # and one a few lines down, under a skip link or a menu the rules left
        for i in range(min(4, len(lines)) - 1, 0, -1):
            s = shadow(lines[i]).strip()
            if len(s) <= 16 and _WEB_NAME.search(_NAME_NOTE.sub("", s)) and not re.search(r"[,。、:;!?]", s):
                draft.drop(self.name, lines[i], i)
                lines = lines[:i] + lines[i + 1:]
        lines = _without_slogan(draft, lines)
        # a title glued to the text under it: "在…上的讲话(精品)同志们:", "【…致辞】尊敬的各位老师:", a title printed twice
        prose_above = False
        for i in range(min(12, len(lines))):
            line = lines[i]
            # (a preview's page number or a site's tag may stand before a title printed twice: "1、…工作汇报…工作汇报一、…",
            # "【计生讲话】…讲话…讲话这次…")
            # (or before a title glued to its date and salutation: "1、…论坛上的致辞(2023年4月23日)…尊敬的…")
            if (marker := _PAGE_NUMBER.match(line) or _TAG_FIRST.match(line)) \
                    and (_doubled(after := shadow(line[marker.end():])) or (_GLUED_TITLE.match(after) and SPEECH_DATE.search(after, 0, 80))):
                draft.drop(self.name, marker.group(), i)
                line = line[marker.end():]
                lines = lines[:i] + [line] + lines[i + 1:]
            # (a sharing site's label before a title that runs on into the text: "文档介绍:…工作汇报材料今年以来,…")
            if not prose_above and len(line) > 60 and (label := _INTRO_LABEL.match(shadow(line))) is not None:
                draft.drop(self.name, line[:label.end()], i)
                line = line[label.end():]
                lines = lines[:i] + [line] + lines[i + 1:]
            # (a rule's note of the day it was adopted, glued after its title, is the text's date line: "…选举办法(草案)
            # (年 月 日在会员代表大会上讨论通过)")
            if not prose_above and line.endswith(")") and (adopted := _ADOPTED_AFTER.search(fold(line))) and adopted.start() >= 4:
                lines = lines[:i] + [line[:adopted.start()].strip(), line[adopted.start():]] + lines[i + 1:]
                break
            # (a title run into its first heading, a sharing site's word between: "村科学育儿实施方案范文参考一、背景分析")
            if not prose_above and i <= 2 and "、" in line and (run_in := _TITLE_THEN_HEADING.fullmatch(shadow(line).strip())):
                start = len(line) - len(line.lstrip())
                lines = lines[:i] + [line[:start + run_in.end(1)].strip(), line[start + run_in.start(2):].strip()] + lines[i + 1:]
                break
            # (a rule's title and its note of adoption run into its first chapter, a preview's page number before them:
            # "1梨洲街道…村民自治章程(二00九年月日经村民代表大会审议通过)第一章总则第一条:…")
            if not prose_above and i <= 2 and ")第" in (shade := shadow(line)) and (run_in := _RULE_RUN_IN.match(shade)):
                if run_in.start(1):
                    draft.drop(PageMarkers.name, line[:run_in.start(1)], i)
                cuts = (run_in.start(1), run_in.end(1), run_in.end(2), len(line))
                lines = lines[:i] + [line[a:b].strip() for a, b in pairwise(cuts)] + lines[i + 1:]
                break
            # (a speech's date line run into its salutation and first sentence, with no title: "(2014年9月2日)同志们:今天,…")
            if not prose_above and (dated := _DATE_THEN_SALUTATION.match(shadow(line))):
                cuts = (0, dated.start("salutation"), dated.end("salutation"), len(line))
                lines = lines[:i] + [line[a:b].strip() for a, b in pairwise(cuts)] + lines[i + 1:]
                break
            # (a speech's title with its date line run on: "在全县计生协工作会议上的讲话(2017年2月28日)")
            if not prose_above and len(line) <= 90 and (dated := _TITLE_THEN_DATE.fullmatch(shadow(line).strip())):
                start = len(line) - len(line.lstrip())
                lines = lines[:i] + [line[:start + dated.end(1)].strip(), line[start + dated.end(1):].strip()] + lines[i + 1:]
                break
            if not prose_above and (bylined := _TITLE_THEN_BYLINE.match(shade := shadow(line))) \
                    and (dated := SPEECH_DATE.match(shade, bylined.end())) and len(shade) - dated.end() >= 20:
                cuts = (0, bylined.end(1), bylined.end(), dated.end(), len(line))
                lines = lines[:i] + [line[a:b].strip() for a, b in pairwise(cuts)] + lines[i + 1:]
                break
            if not prose_above and len(line) <= 90 and (parted := _TITLE_THEN_SPEAKER.fullmatch(shadow(line).strip())):
                start = len(line) - len(line.lstrip())
                lines = lines[:i] + [line[:start + parted.end(1)].strip(), line[start + parted.end(1):].strip()] + lines[i + 1:]
                break
            # (a title runs on into the text only on the first line with text: one above it would be the title)
            if (glued := _glued_title(line, not prose_above)) is not None:
                end, text = glued
                if text > end:  # one copy of a title printed twice is the title
                    draft.drop(self.name, line[end:text], i)
                rest = line[text:].strip()
                # (a date between the title and the salutation is the speech's date line)
                dated = SPEECH_DATE.match(fold(rest)) or _BLANK_DAY.match(fold(rest)) or _NOTE_FIRST.match(fold(rest))
                rest_lines = [rest[:dated.end()], rest[dated.end():].strip()] if dated else [rest]
                if dated and (speaker := _SPEAKER_FIRST.match(shadow(rest_lines[1]))):  # and its speaker under it
                    rest_lines[1:] = [rest_lines[1][:speaker.end()], rest_lines[1][speaker.end():]]
                lines = lines[:i] + [line[:end].strip(), *rest_lines] + lines[i + 1:]
                break
            # (a title on its own line, printed again where the next line opens and runs on into the text:
            # "…选举办法" / "…选举办法茶园乡…"; short lines above it are then the site's column: "各级残联代表大会".
            # The next line must run on as text, not as an entry's definition: "中国计划生育协会(简称…)是…")
            alone, below = line.strip(), lines[i + 1] if i + 1 < len(lines) else ""
            # (the title's print above bears the site's tag, the copy none: "…及建议|人口现状" / "…及建议  xx市位于…")
            if "|" in alone and 8 <= len(bare := clean_title(alone)) < len(alone) and alone.startswith(bare):
                alone = bare
            copies = 0
            if 8 <= len(alone) <= 60:  # (an empty line would start every line)
                while below.startswith(alone, copies * len(alone)):
                    copies += 1
            cut = copies * len(alone)
            if copies and below[cut:cut + 1] in ("】", "]"):  # (its copy's bracket, the opening one lost: "…奖励费】在…")
                cut += 1
            if copies and (piece := _PIECE_NUMBER.match(below, cut)):  # a piece's number after it: "…总结1高庄乡位于…"
                cut = piece.end()
            rest = below[cut:].strip()
            if copies and not prose_above and len(rest) >= 20 and fold(rest)[0] not in "(,。:;、)" and not _DEFINED.match(fold(rest)) \
                    and (is_prose(rest[:120]) or len(HAN.findall(rest, 0, 60)) >= 40) \
                    and not has_stops(alone) and not _NUMBERED.match(shadow(alone)):
                draft.drop(self.name, below[:cut], i + 1)
                lines = lines[:i + 1] + [rest] + lines[i + 2:]
                draft.title_candidates.append(("head", alone))
                if all(len(lines[k]) <= 16 and not has_stops(lines[k]) for k in range(i)):
                    for k in reversed(range(i)):
                        draft.drop(self.name, lines[k], k)
                    lines = lines[i:]
                break
            prose_above = prose_above or has_stops(line)
        labelled = any(source == "label" for source, _ in draft.title_candidates)
        if as_text and lines and not labelled and not draft.facts.get("answer_first") \
                and (first := _first_line(lines)):
            # the headline printed above the page's date row, which Paragraphs split at a space ("…集中宣传 服务月活动")
            listed = draft.facts.get("listed_title")
            # (or the same words, its space kept)
            if listed and not _NOT_TITLE.search(listed) and (len(comparable(listed)) > len(comparable(first)) > 0 and comparable(listed).startswith(comparable(first))
                                                             or "".join(listed.split()) == "".join(first.split())):
                first = listed
            # (a portal's channel words over the headline the row names: "新闻源" / "财富源" / "中国母婴健康…参与" / "• 发布时间:…")
            elif listed and first != listed and len(first) <= 6 and not _GENRE.search(first) \
                    and (at := next((k for k in range(1, 4) if k < len(lines) and lines[k].strip() == listed), None)) \
                    and all(len(lines[k].strip()) <= 6 and not has_stops(lines[k]) for k in range(at)):
                for k in reversed(range(at)):
                    draft.drop(self.name, lines[k], k)
                lines = lines[at:]
                first = listed
            draft.title_candidates.append(("first_line", first))
        for removal in draft.removed:
            m = (_BANNER_TITLE.search(shade := shadow(removal.text)) or SAVE_BUTTON.fullmatch(shade.strip())) if "《" in removal.text else None
            if m:
                draft.title_candidates.append(("banner", removal.text[m.start(1):m.end(1)]))
                break
        else:  # the editor's lead names what it offers: "本站小编为你精心准备了乡镇计生协会总结和下年计划参考范文"
            named = next((r.text[m.start(1):m.end(1)] for r in draft.removed if r.rule == "banner"
                          and (m := _OFFERED_TITLE.search(shadow(r.text))) and _GENRE.search(m.group(1))), None)
            if named:
                draft.title_candidates.append(("banner", named))
        # a preview's page thumbnails, which Navigation took, are captioned with the document's name
        if thumb := thumbnail_caption(draft):
            draft.title_candidates.append(("banner", thumb))
        # and a breadcrumb's last item may be the document's name: "当前位置:首页 > 办公文档 > 工作计划 > 章林村…工作计划"
        elif crumb := next((m for r in draft.removed if r.rule == "navigation" and (r.line or 0) < 12
                            and (">" in r.text or "》" in r.text or "›" in r.text or "»" in r.text)
                            and (m := _TITLE_CRUMB.search(shadow(r.text)))), None):
            draft.title_candidates.append(("banner", crumb.group(1)))
            # (the column it stands in, printed alone at the top, is no title: "Home 》…》組織章程 》…選舉辦法" / "組織章程")
            columns = {comparable(item) for item in re.split(r"\s*(?:>>|>|»|›|》)\s*", crumb.string[:crumb.start()])} - {""}
            if lines and comparable(lines[0]) in columns and comparable(lines[0]) != comparable(crumb.group(1)):
                draft.drop(self.name, lines[0], 0)
                lines = lines[1:]
            # (nor is any of its columns, printed above the text: "国内新闻")
            columns.discard(comparable(crumb.group(1)))
            draft.title_candidates = [(s, t) for s, t in draft.title_candidates if comparable(t) not in columns]
        # the title a sharing site named, printed again where the text's first line opens and runs on into it
        # ("国旗下讲话稿:传播红十字精神,积极开展志愿服务五月的鲜花开满大地,…"): the copy goes
        for name in {comparable(t) for source, t in draft.title_candidates if source == "banner"}:
            for i in range(min(3, len(lines))):
                if (end := _opens_with(lines[i], name)) is not None:
                    draft.drop(self.name, lines[i][:end], i)
                    lines = lines[:i] + [lines[i][end:].strip()] + lines[i + 1:]
                    break
        start = _body_start(lines)
        if as_text and lines and not labelled:
            head = _head_title(lines, start, {comparable(t) for source, t in draft.title_candidates if source == "banner"},
                               draft.facts.get("listed_title"))
            # (the last piece of a headline the page split, whose whole the listing row printed, is no title of its own)
            whole = next((t for source, t in draft.title_candidates if source == "first_line"), None)
            if head and not (whole and len(comparable(whole)) > len(comparable(head)) > 0
                             and comparable(whole).endswith(comparable(head))) and not _AFFILIATION.fullmatch(shadow(head).strip()) \
                    and not _OFFICE_ONLY.search(shadow(head).strip()):
                draft.title_candidates.append(("head", head))
        if (original := draft.facts.get("original_title")) and not any(source != "meta" for source, _ in draft.title_candidates):
            draft.title_candidates.append(("meta", original))  # "原标题:…", which UploadMetadata took
        if not draft.title_candidates:
            # no title anywhere on the page: the first short heading that names a genre (an outline's heading,
            # "一、**年工作总结", is a part of the text, not its name)
            # (under the text's second paragraph, only a speech's whole title: a list of other stories' headlines, a
            # subheading, may name a genre there)
            prose = [k for k, ln in enumerate(lines[:8]) if is_prose(ln)]
            heading = next((ln for k, ln in enumerate(lines[:8]) if len(ln) <= 50
                            and (len(prose) < 2 or k < prose[1] or _AT_MEETING.search(shadow(ln))) and not ends_sentence(ln) and not re.search("[。,]", shadow(ln))
                            and not _NUMBERED.match(shadow(ln).strip())
                            and re.search(r"讲话|报告|致辞|发言|总结|通知|意见|主持词|汇报|工作要点|工作思路|工作计划|实施方案", shadow(ln))
                            and not _NOT_TITLE.search(shadow(ln)) and not _ATTENDED.search(shadow(ln))), None)
            # (or the heading of the document a notice issues, which the notice names: "…制定了《某区…实施方案》,
            # 现印发给你们" / … / "某区…实施方案")
            issued = _issued(lines[:4]) if not heading else set()
            # (not an attachment list's numbered item, which names it too: "附件:" / "1、某县…考核办法")
            heading = heading or next((ln for ln in lines[:15] if len(ln) <= 50 and not has_stops(ln)
                                       and comparable(ln) in issued and not _NUMBERED.match(shadow(ln).strip())), None)
            if heading:
                draft.title_candidates.append(("heading", heading))
        # (nor is a speaker's name that labels the turns of a record: "质询议员 许议员玉昭" / … / "许议员玉昭:")
        turns = {comparable(line) for line in lines if len(line) <= 20 and line.rstrip()[-1:] in ":\uff1a"}
        if turns:
            draft.title_candidates = [(s, t) for s, t in draft.title_candidates if comparable(t) not in turns]
        # (a line no title can be, a person's name, is no title's print: an author's "王晓霞" / "赵宝云" / "摘要:…")
        names = {comparable(t) for source, t in draft.title_candidates
                 if _can_be_title(source, t) or not PERSON_NAME.fullmatch(shadow(t).replace(" ", ""))} - {""}
        # the title repeated at the top, above the text; but an official document's letterhead and
        # number (中共…办公室文件, 衢委办[2006]101号) start the document, and its title below them stays
        top = min(start, 12)
        lead = _lead(lines, names) if start == 0 else 0
        top = max(top, lead + 1) if lead else top
        # (not the headline with its number put after it, a portal's: "…督查情况的通报(岳市教通〔2015〕82号)", nor before it, a law
        # database's: "国卫办妇幼函〔2021〕487号《…的通知》")
        letterhead = next((i for i, line in enumerate(lines[:top]) if (m := _LETTERHEAD.search(shade := shadow(line)))
                           and not (comparable(line) in names and (_GENRE.search(shade[:m.start()]) or _NUMBERED_PAPER.fullmatch(shade.strip())))), top)
        # (and a title's decoration that Paragraphs split off it: "(精选五篇)")
        # (and a story's subheadline right under its headline: "全省卫生健康工作会议召开" / "何伟出席并讲话")
        keep = [not (i < letterhead and (comparable(line) in names or _decorated(line)
                                         # (or under a sample's number in a collection: "一:2020年计划生育协会工作总结")
                                         or ((n := _SAMPLE_NUMBER.match(shadow(line))) is not None and comparable(line[n.end():]) in names)
                                         or (len(line) <= 12 and _DECORATION.fullmatch(shadow(line).strip()))
                                         or _MASTHEAD.fullmatch(shadow(line).strip())  # (the paper's name alone)
                                         # (a topic's or a post's tag over it: "(香港贫穷情况):", "[原创报告文学]")
                                         or ((_TOPIC_TAG.fullmatch(shadow(line).strip()) or _FORUM_TAG.fullmatch(line.strip()))
                                             and i + 1 < len(lines) and comparable(lines[i + 1]) in names)
                                         or (i and len(line) <= 30 and comparable(lines[i - 1]) in names
                                             and _ATTENDED.search(shadow(line).strip()))
                                         # (and a deck between it and the story's byline: "…活动在平举行" / "启动创建…先进单位" /
                                         # "■记者 …" or "本报讯 …")
                                         or (i and len(line) <= 30 and comparable(lines[i - 1]) in names and not has_stops(line)
                                             and i + 1 < len(lines) and _BYLINE_START.match(shadow(lines[i + 1]).strip())
                                             and not date_line(line) and not re.search(r"\d", line))
                                         # (and the kicker over it that reports who said it: "…作专题报告时指出")
                                         or (len(line) <= 40 and shadow(line).rstrip().endswith(_KICKER_END)
                                             and i + 1 < len(lines) and comparable(lines[i + 1]) in names)))
                for i, line in enumerate(lines)]
        # the title's pieces on lines of their own, where the page split it (each piece starts where the
        # one before ended: the pieces' comparable forms, joined, are the title's)
        pieces = [comparable(line) for line in lines[:letterhead]]
        for i in range(letterhead):
            if not pieces[i] or not any(name.startswith(pieces[i]) and name != pieces[i] for name in names):
                continue
            joined = pieces[i]
            for j in range(i + 1, min(i + 4, letterhead)):
                if not pieces[j]:
                    break
                joined += pieces[j]
                if len(joined) >= 6 and joined in names:
                    keep[i:j + 1] = [False] * (j + 1 - i)
                    break
        keep[:lead] = [False] * lead
        # a collection's label for its first piece, the title and 篇一 or (一), and the site's words on the genre over it ("报告可以是
        # 对某个项目…的详细陈述和归纳。…" / "生育二胎调查报告篇一" / the piece)
        for i in range(min(4, len(lines))):
            label = shadow(lines[i]).rstrip()
            piece = next((label[:-len(end)] for end in ("篇一", "篇1", "(一)") if label.endswith(end)), "")
            if piece and comparable(piece) in names:
                keep[i] = False
                genre = comparable(piece)[-2:]
                if i and keep[i - 1] and len(genre) == 2 and lines[i - 1].lstrip().startswith(genre) and has_stops(lines[i - 1]):
                    keep[i - 1] = False
                break
        # the site's name after the title's print, split off at the separator the page title joins them with: "…讲话 -" /
        # "文秘帮" (a name that no site word gives away)
        for i in range(min(top, len(lines) - 1)):
            if not keep[i] and comparable(lines[i]) in names and _JOINT_END.search(lines[i]) and keep[i + 1] \
                    and _SHORT_NAME.fullmatch(name := shadow(lines[i + 1]).strip()) and not _GENRE.search(name):
                keep[i + 1] = False
        # extractors sometimes put the page's heading after the text
        bottom = len(lines) - _body_start(lines[::-1])
        for i in range(max(bottom, top), len(lines)):
            # (a body's name there is the signature's, though a title names the body too: an entry's "中国计划生育协会";
            # so is any name over the signature's date: "唐山市科协" / "2007年3月14日")
            if comparable(lines[i]) in names and not _ISSUER.search(shadow(lines[i]).strip()) \
                    and not (i + 1 < len(lines) and date_line(lines[i + 1])):
                keep[i] = False
        # a date printed above the title is the day the page came out (a news site's, an e-paper's), not the
        # date a speech carries under its title
        # (above the chosen title's repeat: a column's name taken out above it is no title)
        title = _without_column(choose_title(draft.title_candidates), draft)
        chosen = comparable(title)
        # (a first line that yielded to the breadcrumb's name is the document's own heading, which the text keeps)
        first = next((t for source, t in draft.title_candidates if source == "first_line"), None)
        if first and _named_by_crumb(first, draft.title_candidates) and not any(comparable(ln) == chosen for ln in lines[:top]):
            keep[:top] = [k or ln.strip() == first.strip() for k, ln in zip(keep[:top], lines[:top], strict=True)]
        # a site's stamp in words alone under the headline, its month or day padded with a nought as no speech dates itself
        # ("2004年07月27日", "(2023年11月01日)" split off the headline): the page's date; over a salutation, the speech's
        for i in range(min(top, len(lines) - 1)):
            if keep[i] and "年" in lines[i] and _PADDED_ALONE.fullmatch(shadow(lines[i]).strip()) \
                    and not shadow(lines[i + 1]).rstrip().endswith(":") and not _SPOKEN_OPENING.match(shadow(lines[i + 1])):
                keep[i] = False
                draft.facts.setdefault("published", date_line(lines[i]))
        # (the document's own heading over its subtitle after a dash stays where the site's name for the document is the
        # title: "团结奋进 担当作为 奋力开创…新局面" / "——在…代表大会上的工作报告", under "…工作报告.docx")
        for i in range(min(top, len(lines) - 1)):
            if not keep[i] and lines[i + 1].lstrip().startswith("——") and (heading := comparable(lines[i])) != chosen \
                    and heading in names and not has_stops(lines[i]):
                keep[i] = True
        # (a site's words before the headline, parted by a colon, where the headline is printed alone over the text:
        # "某某出诊表 马鞍山:副市长…纪念世界人口日" / "副市长…纪念“世界人口日”"; a headline's phrases parted by a
        # space are its own: "以现代文化为引领 大力建设人口文化")
        if ":" in title or "\uff1a" in title:
            tail = comparable(re.split(r"[:\uff1a]", title.strip())[-1])
            for i in range(min(3, len(lines))) if len(tail) >= 8 and tail != chosen else ():
                if keep[i] and comparable(lines[i]) == tail and not has_stops(lines[i]):
                    title, chosen, keep[i] = lines[i].strip(), tail, False
                    break
        # (the site's name for the file, printed over each page of a preview, though the document's heading is the title)
        for i in range(top, len(lines)):
            if keep[i] and _file_name(lines[i]) and comparable(lines[i]) in names:
                keep[i] = False
        # (a collection's label for a later piece, the title and the piece's number, however short the title: "…总结汇总篇二",
        # "…领导讲话(二):", "…总结【第二篇】")
        for i in range(top, len(lines)) if len(chosen) >= 4 else ():
            if keep[i] and len(lines[i]) <= len(title) + 16 and (label := _LABEL_END.search(shade := shadow(lines[i]))) \
                    and label.start() and comparable(shade[:label.start()]) == chosen:
                keep[i] = False
        # (the title after a button's word at the page's foot, its bracket left: "收藏婚育新风拂城乡)")
        for i in range(max(top, len(lines) - 3), len(lines)) if chosen else ():
            if keep[i] and lines[i].startswith("收藏") and comparable(lines[i][2:]) == chosen:
                keep[i] = False
        # (a title found only as a heading inside the text is that heading's one print: it stays)
        if len(chosen) >= 10 and any(source != "heading" for source, _ in draft.title_candidates):
            # the title printed again on a line of its own inside the text: the site's insertion
            tail, longest = chosen[-2:], 2 * len(title) + 10
            # (but the heading of the document a notice above issues, which it names: "现将《…实施方案》印发给你们" / … /
            # "…实施方案", as seed-001's forwarded report keeps its own)
            issued = _issued(lines[:12])
            for i in range(top, len(lines)):  # (a print ends as the title does: most lines are not looked at further)
                if keep[i] and len(chosen) <= len(lines[i]) <= longest and tail in shadow(lines[i]) and chosen not in issued \
                        and (comparable(lines[i]) == chosen or _LIBRARY_THEN.match(shadow(lines[i]))
                             and comparable(_LIBRARY_THEN.sub("", shadow(lines[i]), count=1)) == chosen):
                    keep[i] = False  # (or with a library's name glued before it, under a page counter: "某某文库2024年…方案")
                # (or on two, split where the headline had a space: "…已逾6100万" / "占儿童总数21.88%")
                elif i > top and len(lines[i]) < len(chosen) and len(lines[i - 1]) < len(title) \
                        and len(lines[i]) + len(lines[i - 1]) >= len(chosen) and keep[i] and keep[i - 1] and tail in shadow(lines[i]) \
                        and comparable(lines[i - 1]) + comparable(lines[i]) == chosen and not has_stops(lines[i - 1]):
                    keep[i - 1] = keep[i] = False
            # (or at the text's head, its words before its genre's on two: "“创建…巾帼志愿者" / "在行动”…启动仪式" under
            # "…启动仪式致辞")
            head = [i for i in range(min(len(lines), max(top, 3))) if keep[i]][:2]
            if len(head) == 2 and head[1] == head[0] + 1 and not has_stops(lines[head[0]]) and not has_stops(lines[head[1]]) \
                    and len(joined := comparable(lines[head[0]]) + comparable(lines[head[1]])) >= 8 \
                    and chosen.startswith(joined) and _GENRE.fullmatch(chosen[len(joined):]):
                keep[head[0]] = keep[head[1]] = False
        # a breadcrumb's last place printed alone above the text, when it names a column, not the page's title: "当前位置:首页
        # > 市州传真" / "市州传真" / "市州传真" / the headline
        crumbs = {comparable(m.group(1)) for r in draft.removed if r.rule == "navigation" and (r.line or 0) < 12
                  and (m := _LAST_CRUMB.search(shadow(r.text)))} - {"", chosen}
        for i in range(top) if crumbs and chosen else ():
            if keep[i] and comparable(lines[i]) in crumbs and len(lines[i].strip()) <= 12:
                keep[i] = False
        prints = [i for i in range(top) if not keep[i] and comparable(lines[i]) == chosen]
        # a contributor's name between two prints of the title is the site's ("莉落老师": no author signs so; a bare
        # name there may be the speaker's, and stays)
        for a, b in pairwise(prints):
            if b == a + 2 and keep[a + 1] and _CONTRIBUTOR.fullmatch(shadow(lines[a + 1]).strip()):
                keep[a + 1] = False
        repeat = prints[0] if prints else next((i for i in range(top) if not keep[i] and comparable(lines[i]) in names), None)
        # a motto right above the title's print, with nothing left above it: the site's, under its name ("巾帼心向党
        # 奋进新征程"), or the headline's kicker ("依托社区 面向家庭 服务群众"); neither is the text's
        news = repeat is not None and _news_under(lines, repeat)
        if repeat and keep[repeat - 1] and not any(keep[:repeat - 1]) and (
                _MOTTO.fullmatch(kicker := shadow(lines[repeat - 1]).strip()) or PAPER_LABEL.fullmatch(kicker)
                # (or one short phrase over a news story's headline: "调查显示" / "香港青少年的…" / its date, its dateline)
                or news and _SHORT_KICKER.fullmatch(kicker) and not _ISSUER.search(kicker)):
            keep[repeat - 1] = False
        # (the headline's kicker of two short phrases the page split a line each: "莺花三月" / "话优生" / the title's print)
        # (not the last two items of a menu over it, a short line each: "海西西岸(福建)" / "农业合作试验区" / "台湾水果中转站")
        elif repeat is not None and repeat >= 2 and keep[repeat - 1] and keep[repeat - 2] and not any(keep[:repeat - 2]) \
                and _MOTTO.fullmatch(shadow(lines[repeat - 2]).strip() + " " + shadow(lines[repeat - 1]).strip()) \
                and not (repeat >= 3 and len(lines[repeat - 3].strip()) <= 12 and not has_stops(lines[repeat - 3])):
            keep[repeat - 2] = keep[repeat - 1] = False
            title = f"{lines[repeat - 2].strip()} {lines[repeat - 1].strip()} {title}"  # (the whole headline, as printed)
        if news:  # a bare date between a news story's headline and its dateline is the page's
            keep[repeat + 1] = False
            draft.facts.setdefault("published", date_line(lines[repeat + 1]))
        if len(prints) >= 2 and (listed := _headline_list(lines, prints[0], prints[-1])):
            # the title printed first in a list of headlines above its story (an e-paper's page, a column's
            # latest items): the list is the page's, and the story starts at the title's last print
            for i in listed:  # (but a letter's salutation under the title is the letter's: "全社会广大爱心人士:")
                keep[i] = keep[i] and i > prints[0] and bool(_ADDRESSED.search(shadow(lines[i]).rstrip()))
            repeat = prints[-1]
        # (but a date under the issuing bodies' names is the document's: "中共…市委办公室" / "2006年8月22日" / its title)
        above = next(((k, found) for k, line in enumerate(lines[:repeat]) if not fold(line).lstrip().startswith(("(", "[", "〔"))
                      and (found := date_line(line)) and not (k and _ISSUER.search(shadow(lines[k - 1]).strip()))),
                     None) if repeat else None
        if above:
            draft.facts["dated_above_title"] = above[1]
            if keep[above[0]] and _BARE_DATE.fullmatch(shadow(lines[above[0]]).strip()):
                keep[above[0]] = False  # (a bare date there is the page's, as its row printed it)
                draft.facts.setdefault("published", above[1])
        # the length a site prints after its title ("…领导致词(1714字)"): what PreviewCut measures the text against
        if repeat is not None and "字" in lines[repeat] and (stated := _STATED_LENGTH.search(shadow(lines[repeat]))):
            draft.facts.setdefault("declared_chars", int(stated.group(1)))
        # the length a site printed after the title, split off it: "第一篇 2023年…工作总结" / "2750字"
        if repeat is not None and (after := _next_kept(keep, repeat + 1)) is not None and _LENGTH_ALONE.fullmatch(lines[after].strip()):
            keep[after] = False
        # (and the author's qualifier, which belongs to the headline: "在…上的讲话" / "(摘要)" / "省…会长")
        if repeat is not None and (after := _next_kept(keep, repeat + 1)) is not None \
                and _QUALIFIER.fullmatch(shadow(lines[after]).strip()) and not _QUALIFIER.search(shadow(title)):
            keep[after] = False
            title = title.rstrip() + lines[after].strip()
        # a counter's lone number under the headline, once the site's and the paper's names around it are out ("1")
        if repeat is not None and (after := _next_kept(keep, repeat + 1)) is not None \
                and len(number := lines[after].strip()) <= 4 and number.isdigit() and after + 1 < len(lines):
            keep[after] = False
        # a photo's caption printed twice right under the headline (the picture's alt text and its caption): neither
        # is the text's ("副總統出席「…晚宴」" ×2 over the story)
        if repeat is not None and (after := _next_kept(keep, repeat + 1)) is not None \
                and after + 2 < len(lines) and 8 <= len(caption := lines[after].strip()) <= 60 \
                and caption == lines[after + 1].strip() and not has_stops(caption) and comparable(caption) not in names \
                and is_prose(lines[after + 2]):
            keep[after] = keep[after + 1] = False
        # the title printed before the document's own heading on one line: "人口计划生育工作总结 **镇**年人口和计划生育工作总结"
        for i in range(min(top + 1, len(lines))):
            if keep[i] and len(title) >= 6 and lines[i].startswith(title + " ") \
                    and (own := lines[i][len(title):].strip()) and len(own) <= 60 and not has_stops(own) and _GENRE.search(own):
                draft.drop(self.name, lines[i][:len(lines[i]) - len(own)], i)
                lines[i] = own
                break
        draft.lines = lines
        draft.keep_lines(self.name, keep)
        # the document's own heading under the site's name for it, worded a little otherwise: the site's "…规范" over
        # "二郎镇…规范", "…对策研究" over "…对策思考", "年终全乡…上的讲话" over "在全乡…上的讲话": the heading is the title
        if draft.lines and not draft.split and (own := _own_variant(title, draft.lines[0])):
            draft.drop(self.name, draft.lines.pop(0), 0)
            title = own
        # (a scraper's keyword after the headline it bracketed: "[溫家寶元旦到牧區看望群眾] 看望貧困群眾"; the lines
        # matched the whole)
        if (keyed := _KEYWORD_AFTER.fullmatch(shadow(title))) and len(keyed.group(1)) > len(keyed.group(2)):
            title = title[keyed.start(1):keyed.end(1)]
        draft.facts["title"] = title
        # a running header the top printed twice over the title, printed again at a page's break inside the text:
        # "今泰学院推荐文档" (not the title, a heading in the text may have its words)
        printed = Counter(comparable(r.text) for r in draft.removed if r.rule == self.name and len(r.text.strip()) <= 20)
        headers = {text for text, n in printed.items() if n >= 2 and text and text != comparable(title)}
        if headers:
            keep = [not (len(line.strip()) <= 20 and comparable(line) in headers) for line in draft.lines]
            if not all(keep):
                draft.keep_lines(self.name, keep)
        # a document's title put in as a clause of a sentence, between its marks: "…辖区面积33.11平方公里,乡镇计划生育工作
        # 汇报。全乡辖12个行政村…" (a site's words for search engines); a title quoted or named with more words is the
        # author's, and a news story's lead tells its headline so ("3月28日上午,某市召开…工作会议。")
        if len(title) >= 8 and title.endswith(_DOCUMENT_ENDS):
            for i, line in enumerate(draft.lines):
                at = line.find(title, 1)
                if at > 0 and line[at - 1] in ",,;;" and line[at + len(title):at + len(title) + 1] in ("。", ",", ",", ";", ";"):
                    draft.drop(self.name, line[at:at + len(title) + 1], i)
                    draft.lines[i] = line[:at] + line[at + len(title) + 1:]
        return draft


def _own_variant(title: str, line: str) -> str | None:
    """The first line of the text, where it is the document's heading and the title the site's wording of it: a
    heading's length and ending, no sentence's marks, and most of the title's words in one run."""
    own = line.strip()
    if not (6 <= len(own) <= 40) or has_stops(own):
        return None
    shade = shadow(own)
    if "," in shade or not _HEADING_END.search(shade) or _HEADING_NUMBER.match(shade) or date_line(own):
        return None
    # (a byline naming its speaker is the text's, no heading: "市政府副市长、…主任某某在…会议上的讲话" under "副市长在…会议上的讲话")
    if _NAMED_SPEAKER.search(shade) and not _NAMED_SPEAKER.search(shadow(title)):
        return None
    ours, theirs = comparable(title), comparable(own)
    if not ours or ours == theirs:
        return None
    run = SequenceMatcher(None, ours, theirs, autojunk=False).find_longest_match(0, len(ours), 0, len(theirs)).size
    return clean_title(own) if run >= max(6, 0.6 * len(ours)) and run >= 0.5 * len(theirs) else None


_NAMED_SPEAKER = re.compile(rf"(?:{OFFICES})(?:{PERSON_NAME.pattern}|[xX×*]{{2,3}}|某某)在")
_HEADING_END = re.compile(rf"(?:{_GENRE.pattern}|规范|思考|研究|制度|办法|细则|条例|公约|守则|职责)$")
_HEADING_NUMBER = re.compile(r"\s*(?:[一二三四五六七八九十]+、|\d{1,2}[.、]|\(|第[一二三四五六七八九十\d]+[章节条篇])")


_DOCUMENT_ENDS = ("汇报", "总结", "报告", "讲话", "计划", "方案", "要点", "致辞", "发言", "讲稿")
_STATED_LENGTH = re.compile(rf"{_LENGTH}\s*$")
_BARE_DATE = re.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*星期[一二三四五六日天])?")
# (one joint after the title's last word: a table's row ends in a run of bars, "…周年 | |||||")
_JOINT_END = re.compile(r"[^\s\-_|–]\s*[-_|–]\s*$")
_LENGTH_ALONE = re.compile(r"\d{3,6}\s*字")
# the author's word on what the text is, printed after its headline: "…上的讲话(摘要)", "…工作报告(讨论稿)"
_QUALIFIER = re.compile(r"\((?:摘要|节选|节录|摘录|摘编|要点|讨论稿|征求意见稿|送审稿|初稿|代拟稿|修改稿|草案|提纲|发言提纲)\)")
_SHORT_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9.]{2,12}")
_CONTRIBUTOR = re.compile(r"[\u4e00-\u9fff]{1,6}(?:老师|小编)")
_ISSUES = re.compile(r"印发|制定|制订|下发")
_QUOTED_NAME = re.compile(r"《([^《》]{4,50})》")


def _issued(lines: list[str]) -> set[str]:
    """The names, comparable, of the documents these lines issue: "现将《某区…实施方案》印发给你们"."""
    return {comparable(name) for line in lines if "《" in line and _ISSUES.search(shade := shadow(line))
            for name in _QUOTED_NAME.findall(shade)}


_LABEL_END = re.compile(r"(?:篇[一二三四五六七八九十\d]{1,2}|[【(\[]\s*第?[一二三四五六七八九十\d]{1,2}篇?\s*[】)\]]|第[一二三四五六七八九十\d]{1,2}篇)"
                        r"\s*:?\s*$")
_SAMPLE_NUMBER = re.compile(r"\s*(?:[一二三四五六七八九十]{1,2}|篇[一二三四五六七八九十\d]{1,2}|第[一二三四五六七八九十\d]{1,2}篇|"
                            r"范文[一二三四五六七八九十\d]{1,2})\s*:")
_LIBRARY_THEN = re.compile(r"\s*[\u4e00-\u9fffA-Za-z]{1,6}(?:文库|文档网|范文网|文档)(?=\S)")
_SHORT_KICKER = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _next_kept(keep: list[bool], start: int) -> int | None:
    """The first line from `start` on that is kept, or None."""
    return next((i for i in range(start, len(keep)) if keep[i]), None)


def _news_under(lines: list[str], at: int) -> bool:
    """Whether a bare date, then a story's dateline, stand under the headline at `at`."""
    return at + 2 < len(lines) and bool(_BARE_DATE.fullmatch(shadow(lines[at + 1]).strip())) \
        and bool(DATELINE.match(shadow(lines[at + 2])))


_NOT_DATE_WORD = re.compile(r"[^\W\d_年月日时分秒]")  # a word's character that no date has


def _without_slogan(draft: Draft, lines: list[str]) -> list[str]:
    """The site's slogan, printed above the text with its name ("帮助困境母亲,建设幸福家庭幸福工程") and glued again
    before the story's first sentence ("帮助困境母亲,建设幸福家庭9月12日,由…"), is cut from that sentence."""
    first = next((i for i, line in enumerate(lines[:12]) if is_prose(line)), None)
    if not first:
        return lines
    text = lines[first]
    head = {line.strip() for line in lines[:first]}
    for above in lines[:first]:
        shared = os.path.commonprefix([above, text])
        # (the sentence then starts with its date or its dateline, or the slogan's line ends in the site's name, which
        # the page printed on a line of its own too)
        name = above[len(shared):].strip()
        # (a slogan has its two clauses; a headline whose words the story's lead opens with has none: "纪念…表彰大会举行" over
        # "纪念…表彰大会2月29日在…举行")
        # (two dates alike are no slogan: the post's stamp "2024年6月23日15:47:14…" over "2024年6月22日,…")
        # (nor is a name that the sentence opens with, a work's or a body's, its short name after it: "《宿松县志》(1978~2002)
        # 拾遗" over "《宿松县志》(1978~2002)(以下简称…", "民政及青年事务局…举办…" over "民政及青年事务局(民青局)联同…")
        if len(shared) >= 8 and len(above) > len(shared) and len(_NOT_DATE_WORD.findall(shared)) >= 4 \
                and ((text[len(shared)].isdigit() or text[len(shared)] in "【[(") and "," in shadow(shared) or name in head) \
                and not (shared.startswith("《") or _NAMED_SHORT.match(shadow(text[len(shared):len(shared) + 16]))):
            draft.drop("title", shared, first)
            # (the slogan's line and the name's are the site's too, and no title)
            site = [i for i, line in enumerate(lines[:first]) if line is above or (name in head and line.strip() == name)]
            for i in site:
                draft.drop("title", lines[i], i)
            return [line for i, line in enumerate(lines[:first]) if i not in site] + [text[len(shared):], *lines[first + 1:]]
    return lines


def _headline_list(lines: list[str], first: int, last: int) -> range | None:
    """The run of short unpunctuated lines round the title's first print, above its last: three headlines
    or more besides the title's are a list. (So are one or two that fill the gap between the title's prints
    at the page's head: the site's name and column, "…总结_云栖街道办事处" / "云栖街道办事处" / "政府信息公开" / "…总结".)"""
    def listed(i: int) -> bool:
        s = lines[i].strip()
        return 4 <= len(s) <= 40 and not has_stops(s) and date_line(s) is None and not _GIVEN_AT.search(fold(s))

    lo, hi = first, first
    while lo > 0 and listed(lo - 1):
        lo -= 1
    while hi + 1 < last and listed(hi + 1):
        hi += 1
    # (not who wrote or spoke it: "孙小飞老师", "县委副书记 王小明"; nor the document's own heading over its subtitle, the
    # second print after its dash: "顺应形势发展树立“三新”观念" / "——在全县…理事会上的报告", seed-004's form)
    gap = lo == first < hi == last - 1 and last - first <= 3 \
        and not any(_PERSON.search(shadow(lines[i]).strip()) for i in range(first + 1, last)) \
        and not shadow(lines[last]).lstrip().startswith(("—", "--"))
    return range(lo, hi + 1) if hi - lo >= 3 or gap else None


# (nor the speech's date and meeting, which a page split over lines: "2014年5月27日在…人民代表大会" / "常务委员会第八次会议上")
_GIVEN_AT = re.compile(rf"^\(?{WRITTEN}\s*在|(?:会议|大会|会)上\)?$")
_PERSON = re.compile(rf"(?:老师|同志|先生|女士|教授)$|(?:{OFFICES})\s*{BARE_NAME.pattern}$")


# a breadcrumb's last item that names a document: "当前位置:首页 > 办公文档 > 工作计划 > 章林村…工作计划"
# (or a long one, after its column and a bar: "首页 > 行业资讯 > 国内新闻 > 新中国70年 | 新中国七十年我国人口结构变迁")
# (the title may follow the last column after a space: "…> 领导讲话 区计划生育协会201X工作报告")
_TITLE_CRUMB = re.compile(rf"(?:>>|>|»|›|\s》)\s*(?:[^>»›》|]{{1,20}}\|\s*|[^>»›》|\s]{{2,8}}\s+(?=\S{{6}}))?"
                          rf"([^>»›》|\s]{{6,60}}(?:{_GENRE.pattern}|{_PAPER.pattern})|"
                          r"(?:(?<=\|)|(?<=\| ))[^>»›》|\s]{10,60})\s*$")
# a breadcrumb's last item, the column the page stands in: "您的位置:首页 >> 新闻中心 >> 乡镇动态 |"
_LAST_CRUMB = re.compile(r"(?:>>|>|»|›)\s*([^>»›|\s]{2,12})\s*\|?\s*$")


def _without_column(title: str, draft: Draft) -> str:
    """The title without the column's name a page printed before it, the breadcrumb's last item: "乡镇动态 大四平镇…"."""
    if " " not in title and "\u3000" not in title:
        return title
    for removal in [r for r in draft.removed if r.rule == "navigation"][:6]:  # (the page's head: readings may go first)
        if m := _LAST_CRUMB.search(removal.text):
            column = m.group(1)
            rest = title[len(column) + 1:].strip()
            if title.startswith((column + " ", column + "\u3000")) and len(rest) >= 4:
                return rest
    return title


_FROM_LINES = ("head", "first_line", "heading")


_CREDIT_WORD = re.compile(r"(?:本报|本台|本网|特约|见习)?记者|通讯员|撰稿|摄影")


def _own_heading(name: str, candidates: list[tuple[str, str]]) -> str | None:
    if not _file_name(name):
        return None
    stem = comparable(_EXTENSION.sub("", name))
    # (a heading that holds the file's name is its copy; one printed with each glyph twice, "第二个第二个…", a bad copy)
    return next((t for s, t in candidates if s == "first_line" and _GENRE.search(t) and stem not in comparable(t)
                 and "," not in shadow(t) and len(t) <= 80 and not _GLYPHS_TWICE.search(comparable(t))), None)


_GLYPHS_TWICE = re.compile(r"(.{3,})\1")


def _can_be_title(source: str, text: str) -> bool:
    # (a line of the text is a title only with four characters, or a genre: a table's "文 号" is none; a credit's
    # word, what is left of "本报记者_曾舟萍", is none either)
    t = clean_title(text)
    return len(t) >= 2 and not _CREDIT_WORD.fullmatch(t) and (source not in _FROM_LINES or len(HAN.findall(t)) >= 4 or _GENRE.search(shadow(text)) is not None
                            or _ENGLISH_TITLE.fullmatch(text) is not None)


def _named_by_crumb(first: str, candidates: list[tuple[str, str]]) -> str | None:
    """The page's name its breadcrumb ends in, naming a genre, over a first line that names none, the document's
    slogan heading: "当前位置:首页 > 领导讲话 > 区计划生育协会201X工作报告" / "顺应形势发展树立“三新”观念" / …"""
    if _GENRE.search(shadow(first)):
        return None
    return next((t for s, t in candidates if s == "banner" and _GENRE_END.search(shadow(clean_title(t)).strip())
                 and not _file_name(t)), None)


def choose_title(candidates: list[tuple[str, str]]) -> str:
    order = ("label", "h1", "title_tag", "head", "first_line", "banner", "meta", "heading")
    for source in order:
        for s, t in candidates:
            if s == source and _can_be_title(s, t):
                # (a sharing site's name for the file, printed over the document, yields to the document's own heading
                # below it: "计生协理事会工作报告.doc" / … / "在鹤川市计划生育协会四届三次理事会上的工作报告")
                if s == "head" and (own := _own_heading(t, candidates)):
                    return clean_title(own)
                if s == "first_line" and (named := _named_by_crumb(t, candidates)):
                    return clean_title(named)
                return clean_title(t)
    printed = [t for s, t in candidates if s not in _FROM_LINES]
    return clean_title(printed[0]) if printed else ""
