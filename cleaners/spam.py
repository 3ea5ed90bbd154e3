"""InjectedSpam: advertising, gambling, adult and SEO phrases a site puts into a page or a sentence.

A short line that is an advert goes whole. Inside a text line only the injected span goes: the
bracketed insertion that holds the advert, else the clause around it when it carries no words of the
document, else the advert term itself.
"""

from __future__ import annotations

import html
import os
import re
from collections import Counter
from collections.abc import Callable

from cleaners.anchors import any_of
from cleaners.dates import CLOCK
from cleaners.draft import HAN, Draft, LineRule, ends_sentence, fold, shadow, table_row

# phrases that only ever advertise; words that a speech may use too (彩票公益金, 棋牌比赛, 网贷陷阱, 代孕) are not here
# an advert's contact, before the terms so "加微信kk5566" is one match. Every branch starts with its word:
# a branch that starts with a group or an optional character makes the engine try them all at every position
_CONTACT = "|".join([*(rf"{w}[:：]?\s*[A-Za-z][A-Za-z0-9_-]{{3,}}" for w in ("加微信", "加V信", "加QQ", "加qq", "加V", "加微", "微信", "V信", "薇", "QQ", "qq")),
                     *(rf"{w}[:：]?\s*\d{{5,}}" for w in ("QQ", "qq"))])
# gambling brands put for a school's or a body's name on hijacked pages: "到22138acom太阳集团调研",
# "皇冠welcome体育共招募…", "半岛网页版半岛(中国)暑期…", "博彩社区-论坛博彩 青年志愿团". The brand stands where
# the name stood, so it goes alone: the clause round it is the author's ("他表示,杏耀2将严格按照相关要求,")
_NAME_BRANDS = (
    r"公海(?:会员中心|赌船|官网|娱乐)|明升(?!暗降)|大型正规的网投平台|网投平台|八字精批|中华娱乐|杏耀\d?-?《杏耀\d?共创未来》一起改变游戏规则!?|杏耀\d?|红宝石\d{3,5}[a-z]{2,4}|凯捷体育娱乐 ?-?\(限时活动\)即刻加入,享受平台优惠!?|凯捷体育(?:娱乐)?|开云KY官方登录入口|开云KY|澳门直营|澳门金沙|金沙博彩|博彩娱乐平台|beat365|约彩365|开元棋牌|盛京棋牌|"
    r"bat365官网登录入口|bat365|官网登录入口|永利官网|永利总站[A-Za-z0-9]{0,8}|官网-首页|太阳集团(?<=[0-9a-z]太阳集团)|华体会体育(?:\(中国\))?(?:HTH·官方网站)?|HTH·官方网站|乐动体育(?:\(中国\))?(?:官方网站)?|LEDONG SPORT|皇冠welcome体育|welcome体育|米乐体育|太阳城赌城(?:_[A-Za-z]{0,8}[\u4e00-\u9fff]{0,4}集团)?\$?(?:官网)?(?:娱乐平台)?|大发\d分彩(?:辅助遗漏|计划|走势)?|彩神快三|彩神8|国际幻影体育在线版|幻影体育在线版|半岛网页版半岛\(中国\)|网页版半岛|博彩社区|论坛博彩")
_NAME_BRAND = re.compile(_NAME_BRANDS)
_TERMS = (_CONTACT + "|"
          r"开通会员|开通VIP|开通vip|VIP会员|vip会员|赞助VIP|赞助会员|海量文档|免费下载全部|免费下载更多|免费下载海量|限时特惠|限时优惠|优惠券|领券|立即下载|立即领取|点击领取|扫码领取|"
          r"博彩公司|彩票网|购彩|开云(?:注册送?|体育|官网|平台|娱乐)|365体育(?:网址|官网|投注|平台|app|APP)?|bet365|环球360(?:会员注册|注册|官网|平台)?|"
          r"时时彩|六合彩|娱乐城|"
          + _NAME_BRANDS + "|"
          # (each term starts with a character, not a group: one that starts with "(?:" makes the engine try the whole
          # alternation at every position, ten times slower over a page)
          r"电竞下注|在线投注|电竞投注|尊龙凯时|凯时(?:娱乐|平台|官网)|尊龙(?:娱乐|平台|官网|人生就是博)|大发快乐8|大发(?:彩票|娱乐|体育|官网|平台)|百家乐|老虎机|真人视讯|返水|葡京|威尼斯人|线上赌场|"
          r"试管婴儿包成功|包生男孩|白癜风|牛皮癣|哪家医院|医院哪家好|壮阳|伟哥|丰胸|约炮|裸聊|贷款秒批|无抵押贷款|兼职日结|日赚\d*|月入过万|"
          r"加微信|加V信|微信号:|QQ群:|代写论文|论文代写|点击\s*[A-Za-z][A-Za-z0-9_]{3,20}\s*联系|代开发票|私家侦探|荐股|专业代写|当天交稿|急用钱|秒批|速借宝|极速借款|新服开启|开新服|登录即送|"
          r"范文大全|海量范文|注册送|网赚|日结\d+|手机就能做|当天放款|特码|代办大额信用卡|代办信用卡|信用卡代办|"
          r"代写各类|原创保过|原创:|立即抢购|先到先得|【推广】|【广告】|副业群|代开各类|SEO|快速排名|双色球|必中一等奖|今晚必中|手游开服|"
          r"开服送|开奖|满级VIP|美女主播|在线陪聊|夜色直播|冲刺班|考前押题|下载网址|润笔|买足球的软件|买足球|免费入口|"
          # a vendor's call spliced into a sentence: "…SEO快速排名就找某某网络"
          r"就找[\u4e00-\u9fff]{2,6}(?:网络|科技|传媒|广告|公司)|"
          # the adult and lottery words of SEO injections on hijacked pages, by a character rare in any text:
          # a term that starts with 国, 一 or 新 sends the page's scan into its branch at every such character
          # (and a term of one character before its lookbehind makes every line with that character a line to look at)
          r"AAA大片|黄色大片|黄色影院|毛片|牲交|婬|午夜福利|鸡巴|天天爽|天天拍|人逼(?<=女人逼)|成人(?<=国产成人)|欧美日韩|欧美亚洲|颜射|做受|夜夜骑|亚洲一区|亚洲日韩|精品动漫|久久艹|幕(?<=中文字幕)|精品国产|真人视频|免费完整视频|巨乳|爆乳|久久久久|精品影院|人妻(?<!为人妻)|色播|自产拍|主站蜘蛛池模板|蜘蛛池|码(?<=无码)|码(?<=不打码)|av人|AV人|做爰|熟女|性动交|人与动交|ⅹ(?=[xX]{2})|唯一官网(?<=[A-Za-z0-9]唯一官网)|产精品(?<=国产精品)|bt种子|已满十八岁|澳彩(?:免费资料|资料大全)?|澳门彩(?:免费资料|资料大全)?|"
          # the machinery SEO keywords spliced into sentences on hijacked pages ("在…压滤机滤布计生协的精心指导下")
          r"压滤机|滤布|破碎机|制砂机|球磨机|雷蒙磨|磨粉机|洗砂机|振动筛|烘干机|颚式|圆锥破")
_SPAM = re.compile(_TERMS)  # no re.I: case-folding every character of every line costs more than the rule
_URL = re.compile(r"(?<![@A-Za-z0-9.])(?:(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+|"
                  r"(?:[a-z0-9\-]+\.)?[a-z0-9\-]{2,}\.(?:com|net|cn|org|cc|top|vip)(?:/[A-Za-z0-9\-._~/?=&%]*)?)(?![@A-Za-z0-9])", re.I)
# (an address glued into a word ends where the Latin letters do: "…的时liuXUE86.com间…")
_URL_HINT = re.compile(r"[wW]{3}\.|://|\.(?:com|net|cn|org|cc|top|vip|COM|NET|CN|ORG)(?![A-Za-z0-9])")
# an author cites government and association sites; sites inject their own commercial addresses
_RIGHTS_AFTER = re.compile(r"版权所有[!。]?")
_OFFICIAL_DOMAIN = re.compile(r"\.(?:gov|org|edu)(?:\.cn)?\b|\.gov\b|chinafpa|jsw\.", re.I)
_LINK_WORDS = re.compile(r"\s*[\u4e00-\u9fff]{2,12}\s*")
# the comma a site put between the last sentence and its address, "…关键时期。, http://www…"
_COMMA_BEFORE = re.compile(r"(?<=[。!?”])\s*,\s*$")
# "更多范文请访问 www…": the lead-in goes with the address
_DATELINE_AFTER = re.compile(r"(?:消息|讯|报道|电)\s*[(:]")
_CITED = re.compile(r"(?:微博|博客|主页|网站|网址|粉丝团|粉丝页|专页|公众号|页面|Facebook|脸书)$")
_URL_LEAD = re.compile(r"(?:更多[^。,;\s]{0,12}|欢迎|敬请|请)(?:访问|登录|浏览|关注|搜索)\s*$")
_SOURCE_NOTE = re.compile(r"[(【\[]\s*(?:本文|原文|文章|内容)?(?:来自|来源于|转自)[^。,()【】\[\]《]{0,30}(?:网|站|平台|公众号|微信)"
                          r"[^。,()【】\[\]]{0,10}[)】\]]|"
                          # (or a copy's note of where it was downloaded: "本篇文章来自资料管理下载。")
                          r"本篇文章来自[^。,《\s]{2,12}下载[。]?|"
                          r"(?:本文|原文|文章|内容)(?:来自|来源于|转自|首发于|摘自)[^。,《]{0,30}(?:网|站|平台|公众号)"
                          r"[^。()【】\[\]]{0,20}[。]?|"
                          # a copy's signature at a paragraph's end: "本文来自某某 转载请注明出处"
                          r"(?:本文|原文|文章|内容)(?:来自|转自)[^\s。,《]{1,12}\s*,?\s*转载请(?:注明|保留)[^。,;】)\]\n]{0,30}|转载请注明[^。,;】)\]\n]{0,30}(?:,\s*谢\s*谢\s*!?)?[。]?|原文(?:地址|链接):\S{0,80}|"
                          r"[【\[(][^【】\[\]()]{0,30}(?:转载请注明|转载请保留|原创首发)[^【】\[\]()]{0,20}[】\])]|"
                          r"\(\s*(?:来源|稿源|信息来源)\s*:[^()]{1,30}\)|"
                          # (or a repost's bare note of its source, glued after the last sentence: "…均衡发展。本文来源闽南网")
                          r"(?<=[。!?])\s*(?:本文|文章|稿件)?来源(?:于|自)?\s*:?\s*[^\s。,:;!?]{2,14}(?:网|报|客户端|电视台|公众号|新闻)$")
_SOURCE_TRIGGER = re.compile(r"来自|来源于|转自|首发于|摘自|转载请注明|转载请保留|原文|来源|稿源|原创首发")
_BRACKETED = re.compile(r"[(【\[][^(【\[)】\]]{0,40}[)】\]]")
# in 【】 (the scan looks for the bracket): a sharing site's name stamped into the text as a watermark
# (【某某文库】), and an advert for the site's own app or account (【领取最新公文写作素材，关注公众号】)
_WATERMARK = re.compile(r"【[^【】\s]{0,8}(?:文库|范文网|文档网|范文|网)】|#[^#\s]{0,8}(?:文库|范文网|文档网|网)#")
_AD_BRACKET = re.compile(r"【(?=[^【】]{6})[^【】]{0,40}(?:领取|下载|访问|关注|扫码|免费|APP|App|app|手机版|公众号|点券|Q点|金币)[^【】]{0,40}】")
_CLAUSE_END = ",。;!?\n|"  # an injection may sit between bars: "普及健康知识|扫码加入…|,倡导"
_DOCUMENT_WORDS = re.compile(r"计生|计划生育|协会|会员代表|理事|工作|群众|人口|家庭|服务|党|政府|会议|同志|宣传|教育|防范|远离|"
                             r"打击|整治|治理|开展|活动|建设|发展|保障|委员会|大会|召开|举行|共青团")


_WORDY = re.compile(r"[\w\u3400-\u9fff]")
# a copy-protection tag glued into a sentence: "心理慰藉bgwk8_5Fq2a和生活照料" (the scan looks for the underscore)
_TAG_MIX = re.compile(r"(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{6,}")  # random: both cases and digits, unlike a code
_TAG_EDGE = re.compile(r"[\u3400-\u9fff,。、;:]")


# the same kind of tag with no underscore, glued between two words: "形成工作合力Kq7xLb。" (two letters of
# each case and a digit: a product's name, iPhone12, or a code, H7N9, is not that mixed)
_TOKEN = re.compile(r"[A-Za-z0-9]{6,16}")


_NAMED = re.compile(r"(?:[A-Z]?[a-z]{2,}|[A-Z]+|\d+)+")  # words, capitals and numbers: Win10Pro, V2Beta10


def _random(token: str) -> bool:
    return sum(c.isupper() for c in token) >= 2 and sum(c.islower() for c in token) >= 2 \
        and any(c.isdigit() for c in token) and not _NAMED.fullmatch(token)


# a site's token spliced again and again into words and bylines ("全国计生协工作ggy2022调数会议", "生ggy2022调数殖健康",
# "(ggy2022调数记者"): small letters and digits, with the same characters after it each time
_SPLICED = re.compile(r"[a-z]{2,8}\d{2,8}")
_LETTER_DIGIT = re.compile(r"[a-z]\d")


def spliced_token(page: str) -> str | None:
    """The token a site spliced three times or more into the page's words, with the characters it always
    carries after it; None on most pages (one search finds no small letter before a digit)."""
    if not _LETTER_DIGIT.search(page):
        return None
    seen: dict[str, list[int]] = {}
    for m in _SPLICED.finditer(page):
        # glued to a character after it, and to one before it or to no letter or digit ("(ggy2022调数记者")
        before = page[m.start() - 1] if m.start() else ""
        if before and m.end() < len(page) and HAN.match(page[m.end()]) and (HAN.match(before) or not before.isalnum()):
            seen.setdefault(m.group(), []).append(m.end())
    for token, ends in seen.items():
        if len(ends) >= 3 and sum(bool(HAN.match(page[e - len(token) - 1])) for e in ends) >= 2:
            tails = [page[e:e + 4] for e in ends]
            common = 0
            while common < 4 and all(len(t) > common and t[common] == tails[0][common] and HAN.match(t[common])
                                     for t in tails):
                common += 1
            if common or len(ends) >= 5:  # (a code the text cites, "iso9001", carries no fixed characters)
                return token + tails[0][:min(common, 2)]
    return None


# a hijacked page's chain of gambling keywords, put where a place's name was ("株洲市365彩票官方正版下载_365bet体育开户网址_
# office365人工客服电话卫生健康局"): its middle items stand between underscores, its ends are glued to the words round it
_CHAIN_CORE = re.compile(r"(?:_[^\W_]{2,40})+_")
# (words too common to be adverts on their own, besides _SPAM's, which the chain is looked for with too)
_GAMBLING = re.compile(r"bet|BET|彩票|博彩|赌|棋牌|开户|真人|娱乐(?:平台|官网|网址)|澳门|体育(?:官网|网址|平台|app|APP|投注|下注)")
_ITEM_END = re.compile(r"[^\W_]{1,40}$")
_ITEM_START = re.compile(r"[^\W_]{1,40}")


def keyword_chain(page: str) -> str | None:
    """A chain of gambling keywords the page carries three times or more, with its glued ends as far as every
    copy agrees (the words round each copy differ: "株洲市…", "2022年…"); None on most pages."""
    groups: dict[str, list[tuple[int, int]]] = {}
    for m in _CHAIN_CORE.finditer(page):
        if _GAMBLING.search(m.group()) or _SPAM.search(m.group()):
            groups.setdefault(m.group(), []).append(m.span())
    for core, spans in groups.items():
        if len(spans) < 3:
            continue
        befores = [b.group()[::-1] if (b := _ITEM_END.search(page, max(0, start - 40), start)) else "" for start, _ in spans]
        afters = [a.group() if (a := _ITEM_START.match(page, end)) else "" for _, end in spans]
        left, right = _agreed(befores)[::-1], _agreed(afters)
        return left + core + right
    return None


def _agreed(runs: list[str]) -> str:
    """What every run starts with, if they do not all run the same (then where the item ends is unknown)."""
    return "" if len(set(runs)) == 1 else os.path.commonprefix(runs)


_NOT_UPPER = bytes(b for b in range(256) if not 65 <= b <= 90)
_NOT_LOWER = bytes(b for b in range(256) if not 97 <= b <= 122)


def _may_hold_tags(page: str) -> bool:
    """Two capital and two small Latin letters somewhere on the page: most Chinese pages lack them, and
    deleting bytes is faster than any pattern that starts with a class."""
    raw = page.encode()
    return len(raw.translate(None, _NOT_UPPER)) >= 2 and len(raw.translate(None, _NOT_LOWER)) >= 2


def _glued_tokens(shade: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TOKEN.finditer(shade)
            if 0 < m.start() and m.end() < len(shade) and _TAG_EDGE.match(shade[m.start() - 1])
            and _TAG_EDGE.match(shade[m.end()]) and _random(m.group())]


def _tags(shade: str) -> list[tuple[int, int]]:
    spans, at = [], shade.find("_")
    while at >= 0:
        start, end = at, at + 1
        while start > 0 and at - start < 16 and shade[start - 1].isascii() and shade[start - 1].isalnum():
            start -= 1
        while end < len(shade) and end - at < 17 and shade[end].isascii() and (shade[end].isalnum() or shade[end] == "_"):
            end += 1
        tag = shade[start:end]
        if start > 0 and end < len(shade) and _TAG_EDGE.match(shade[start - 1]) and _TAG_EDGE.match(shade[end]) \
                and _TAG_MIX.match(tag):
            spans.append((start, end))
        at = shade.find("_", end)
    return spans


# a forum's anti-scraping junk: runs of one- and two-character tokens of Latin letters and marks between
# spaces ("4 M' b$ U8 {" L! u"); looked for where a space is followed by such tokens (a literal space
# first, so the scan skips through a page)
_JUNK_HINT = re.compile(r" [!-~]{1,2} [!-~]{1,2} [!-~]{1,2} ")
_JUNK = re.compile(r"(?<!\S)(?:[!-~]{1,2}[ \t]+){3,}[!-~]{1,2}(?!\S)")
_MARK = re.compile(r"[^A-Za-z0-9]")


# a sharing site's stamp spliced into a sentence, its name printed before and after:
# "…投身经济社会某某网本资料权属某某网,放上鼠标按照提示查看某某网更多资料建设…"
_RIGHTS_STAMP = re.compile(r"(?:([\u4e00-\u9fff]{2,6}网)本资料权属\1|本资料权属[\u4e00-\u9fff]{0,6}网)"
                           r"(?:,?\s*放上鼠标按照提示查看[\u4e00-\u9fff]{0,6}网?更多资料)?|"
                           r"放上鼠标按照提示查看[\u4e00-\u9fff]{0,6}网?更多资料")
# what a bad conversion left of markup: an OOXML escape of a line break ("_x000D_"), and entities
# whose letters were decoded as Chinese ("&尘诲补蝉丑;" for "&mdash;")
_ESCAPE = re.compile(r"_x00[0-9A-F]{2}_")
# markup printed as text: a mirror's decoy tags ("<ul id=\"fwlom\"></ul>"), a paragraph's end tag that lost its
# "<" ("…温暖、/p> 走访…"), and the question marks that stand for spaces a bad conversion lost ("。 ????近年来")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s+[A-Za-z-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]+))*\s*/?>|"
                  # (or another inline tag's, after a mojibake's question mark: "占总丝诘?/font>16.8%")
                  r"(?<=[\u4e00-\u9fff、,。?])/(?:p|a|font|span|strong|em|b)>|"
                  # and a space's entity that lost its head ("bsp; ~年度,全县…") or a letter ("&bsp;&bsp;207年…")
                  r"(?<![A-Za-z])(?:&?nbsp|&?bsp|&nsp);")
_LAST_END_TAG = re.compile(r"(?<=[\u4e00-\u9fff、,。?])<?/p>[\s|]*$")
_CYRILLIC_BREAK = re.compile(r"(?<![\u0400-\u04ffA-Za-z])\u0420(?![\u0400-\u04ffA-Za-z])")
_LOST_SPACES = re.compile(r"(?:^|(?<=[。!?]))\s*\?{2,}|(?<=\S)\s+\?{2,}$")  # (or padding a signature's line: "…办公室 ?????")
# (a comma left after the paragraph's last stop, where the page's keyword list began: "…仅零点八九五人。,")
_COMMA_AFTER_STOP = re.compile(r"(?<=[。!?]),+\s*$")
# a line break the site wrote out as its escape, its backslash lost, at a paragraph's head: "n “三到位”,即一是…"
_ESCAPED_BREAK = re.compile(r"^\\?n(?=[ \t]+[“\u4e00-\u9fff]|$)")
# (one after a salutation's or an addressee's colon, where the page's wide space was lost: "…人口计生委:?")
_LOST_SPACE_AFTER_COLON = re.compile(r"(?<=[\u4e00-\u9fff]:)\?+$")
_MANGLED_ENTITY = re.compile(r"&[\u3400-\u9fff]{2,8};")
# a character's entity printed as text, whole or with its "&" lost to a question mark or its "&#" to a letter
# ("获奖&mdash;&mdash;", "获奖?mdash;—", "迎三八X8226;家庭"): the character it stands for takes its place
_ENTITY = re.compile(r"(?<![A-Za-z0-9])(?:[&?](?:[mn]dash|[lr][sd]quo|hellip|middot|bull|quot|amp);|&#\d{2,5};|&#x[0-9A-Fa-f]{2,4};|"
                     r"[#X]82[0-3]\d;)")
_ENTITY_WORDS = ("dash;", "quo;", "hellip;", "middot;", "bull;", "quot;", "amp;", "&#", "#82", "X82")
_OPENING_MARKS = frozenset("(（“《【「[")
# a copy-protection mark between two characters of a word: "新一届的`居民委员会", "划时代的'宣言" (an apostrophe
# only alone on its line: a pair quotes, "完成'十五'计划")
_COPY_MARK = re.compile(r"(?<=[\u4e00-\u9fff])[`'](?=[\u4e00-\u9fff])")
# what a Word document pasted into a page leaves as text: its namespace declaration ("<?xml:namespace prefix = o
# ns = "urn:schemas-microsoft-com:office:office" />", spaces and brackets often lost) and its empty paragraph tags
_OFFICE_XML = re.compile(r"[<?]{0,2}xml:namespace\s*prefix\s*=\s*\"?\w+\"?\s*ns\s*=\s*\"?urn:schemas-microsoft-com:office:[\w:]+\"?"
                         r"\s*/?\??>?|</?o:p>")
# each of these, with the words one of its matches always holds: a line is searched only when it has one
# a journal site's print marker left at a story's end: "…贡献一份力量。endprint"
_END_PRINT = re.compile(r"(?<![A-Za-z])endprint(?![A-Za-z])")
# text written in Markdown and printed as it was: "1. **稳定低生育水平**:确保…"
# (at a line's start, after a list's mark, and before a colon or the line's end: "**" inside a sentence stands for a
# name the author left out, "(**委办〔**〕56号)", "**镇**年")
_BOLD = re.compile(r"\s*(?:[-–•]\s*|\d{1,2}[.、]\s*)?(\*\*)(?=[^\s*])[^*\n]{2,80}?(?<=[^\s*])(\*\*)(?=[:\s]|$)")
# a tag the store cut off at the page's end, after the last word: "…“三年行动工作<", "…工作</sp"
_CUT_TAG = re.compile(r"(?<=[\u4e00-\u9fff。,、”!?])</?[A-Za-z]{0,6}\s*$")
# a CMS template's field left unfilled: "#!time!#青春期是…"
# (or its paragraph's placeholder: "#@1@#「老公對保險…")
_TEMPLATE_FIELD = re.compile(r"#!\w{1,16}!#|#@\d{1,3}@#")
# a finance portal's links spliced in after a listed company's name: "中国人寿(行情,资讯,评论)保险股份有限公司", and its
# stock code, "中国人寿(601628)保险股份有限公司" (a code only before the company's word: a postcode is no company's)
_TICKER = re.compile(r"\(\s*行情\s*[,、]\s*资讯(?:\s*[,、]\s*评论)?\s*\)|"
                     r"(?<=[\u4e00-\u9fff])\((?:60|00|30|68)\d{4}\)(?=[\u4e00-\u9fff]{0,6}(?:股份|集团|有限|公司|银行|证券|保险))")
# an image's markup left of a picture the extraction dropped, alone on its line: the end of a Markdown link, ".webp)", or
# of a tag's script, "nload="this.removeAttribute('width'); …" />"
_IMAGE_TAIL = re.compile(r"^[!-~ ]{0,300}?(?:\.(?:webp|jpe?g|png|gif)\)|nload=\"[^\"]*\"\s*/?>)\s*$", re.I)
_MARKED = ((_ESCAPE, ("_",)), (_END_PRINT, ("endprint",)), (_TEMPLATE_FIELD, ("#!", "#@")), (_TICKER, ("行情", "股份", "有限", "公司")), (_CUT_TAG, ("<",)), (_MANGLED_ENTITY, ("&",)), (_TAG, ("<", "/p>", "/a>", "/font>", "/span>", "/strong>", "/em>", "/b>", "bsp;", "nsp;")), (_LOST_SPACES, ("??",)), (_LOST_SPACE_AFTER_COLON, (":?",)), (_COMMA_AFTER_STOP, ("。,", "!,", "?,")), (_ESCAPED_BREAK, ("n",)),
           (_RIGHTS_STAMP, ("本资料权属", "放上鼠标")), (_OFFICE_XML, ("xml:namespace", "o:p>")),
           (_IMAGE_TAIL, (".webp)", ".jpg)", ".jpeg)", ".png)", ".gif)", "nload=")))


# a scraper's scrambled code after a space at a line's end: "…首任會長。 S4+6yG4?2ke6=9S", "- 清朝 U6:9NL4+,Vk64g"
_END_CODE = re.compile(r"(?<=\s)[!-~]{12,16}$")
_CODE_MARKS = frozenset(":+,;~=!?.-")


def _scrambled_end(tail: str) -> re.Match[str] | None:
    if " " not in tail or not (m := _END_CODE.search(tail)):
        return None
    code = m.group()
    letters, digits = sum(c.isalpha() for c in code), sum(c.isdigit() for c in code)
    marks = sum(c in _CODE_MARKS for c in code)
    # (marks no address or code writes, or both cases of letters: "NO.12,A-3,B+5" is a room's number)
    odd = sum(c in "~=?;:+!" for c in code)
    mixed = any(c.isupper() for c in code) and any(c.islower() for c in code)
    return m if letters >= 3 and digits >= 3 and marks >= 2 and letters + digits + marks == len(code) \
        and (odd >= 2 or mixed) else None


def _junk_runs(shade: str) -> list[tuple[int, int]]:
    spans = []
    for m in _JUNK.finditer(shade):
        tokens = m.group().split()
        if sum(bool(_MARK.search(t)) for t in tokens) >= 2 and sum(any(c.isalpha() for c in t) for t in tokens) >= 2 \
                and len(set(tokens)) >= 4:  # a table's "| | | |" or a pager's "1 2 3 4" is no junk
            # (the run's last token may be glued to the text after it: "…5 B3 D活动由…", "…C" C《規劃》…"; its pairs
            # say it is one)
            glued = _GLUED_TOKEN.match(shade, m.end()) if sum(len(t) == 2 for t in tokens[-3:]) >= 2 else None
            # (and its first glued to the text before it: "…糾紛。」公仔箱論壇4 v8 g% P, …")
            lead = _GLUED_LEAD.search(shade, max(0, m.start() - 3), m.start())
            spans.append((lead.start() if lead else m.start(), glued.end() if glued else m.end()))
    return spans


def _junk(shade: str) -> list[tuple[int, int]]:
    spans = _junk_runs(shade)
    # (a row's clock the runs were sown round, with its date split off before them, is the row's debris: "02:52:58 , B' z…")
    rest = shade
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + rest[end:]
    if spans and _CLOCK_LEFT.fullmatch(rest):
        return [(0, len(shade))]
    # (a forum's host and port it stamps beside them: "5.39.217.77:88981")
    if spans and ":" in shade:
        spans += [m.span() for m in _HOST_PORT.finditer(shade)]
    return spans


def forum_watermarks(page: str) -> list[str]:
    """What a forum stamps beside its anti-scraping runs again and again: its name ("公仔箱論壇", glued to a run twice
    or more) and its tags in Latin letters ("tvb now,tvbnow,bttvb", twice or more on the page)."""
    names: Counter[str] = Counter()
    for line in page.split("\n"):
        for start, end in _junk_runs(line):
            for m in (_FORUM_NAME_AFTER.match(line, end), _FORUM_NAME_BEFORE.search(line, max(0, start - 12), start)):
                if m:
                    names[m.group(1)] += 1
    marks = [name for name, count in names.items() if count >= 2]
    # (tags are parted by a bare comma; words of a sentence repeated on an English page are not tags: "women of
    # childbearing age above")
    tags = Counter(m.group() for m in _LATIN_TAGS.finditer(page) if "," in m.group())
    return marks + [tag for tag, count in tags.items() if count >= 2]


_CLOCK_LEFT = re.compile(rf"\s*{CLOCK}\s*")
_GLUED_TOKEN = re.compile(r"[ \t]+[A-Za-z](?=[\u4e00-\u9fff《“「(【]|\d{1,2}[.、]|\d{4}(?:年|[-/.]\d{1,2}[-/.]))|[ \t]+[!-/:-@\[-`{-~](?=[\u4e00-\u9fff])")
_GLUED_LEAD = re.compile(r"(?<=[\u4e00-\u9fff。」”!?])[!-~][ \t]+$")
_HOST_PORT = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}:\d{2,5}(?!\d)")
_FORUM_NAME_AFTER = re.compile(r"\s*[!-~]?\s*([\u4e00-\u9fff]{2,6}(?:论坛|論壇))")
_FORUM_NAME_BEFORE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,6}(?:论坛|論壇))\s*[!-~]?\s*$")
_LATIN_TAGS = re.compile(r"[A-Za-z]{2,}(?:[ ,][A-Za-z]{2,}){2,5}")


_COUNT_AFTER = re.compile(r"\d+\s*(?:人|户|名|个|家|万|%)")


def _enclosing(shade: str, start: int, end: int) -> tuple[int, int] | None:
    """The bracket round a match, else its clause when that holds no word of the document. Looked for
    near the match: a one-line page is thousands of characters long."""
    window = max(0, start - 41)
    for c in _BRACKETED.finditer(shade, window, min(len(shade), end + 41)):
        if c.start() <= start and c.end() >= end:
            return c.span()
    left = max(shade.rfind(ch, 0, start) for ch in _CLAUSE_END) + 1
    stops = [i for i in (shade.find(ch, end) for ch in _CLAUSE_END) if i >= 0]
    right = min(stops) + 1 if stops else len(shade)
    if right > left and shade[right - 1] == "\n":
        right -= 1
    barred = left > 0 and shade[left - 1] == "|" and shade[right - 1] == "|"
    if barred:
        left -= 1  # the bars round an injection go with it, the sentence closes up
    # (a clause that runs on past the advert, and no bars round it, is the author's, whatever its words:
    # "买足球的软件连续三年与某基金会合作,")
    if not barred and (right - left) - (end - start) > 12:
        return None
    # (nor is a count after a space, put where the advert took a word's place: "…占94%,开云… (中专)6人,")
    if shade[end:end + 1].isspace() and _COUNT_AFTER.search(shade, end, right):
        return None
    if (number := _HEADING_NUMBER.match(shade)) and left <= number.end() < start:
        return None  # a numbered heading's words before the advert are the author's: the advert alone goes
    return (left, right) if not _DOCUMENT_WORDS.search(shade, left, right) else None


def _advert(shade: str) -> bool:
    """A line that is an advert and nothing else: an advert's term, and no word of the document besides
    (an address holds none: it is written in Latin letters)."""
    return _SPAM.search(shade) is not None and not _DOCUMENT_WORDS.search(_SPAM.sub("", shade)) \
        and not _NUMBERED.match(shade)  # (a heading with the advert glued on: "一、人口老龄化概况巨乳 无码")


def _brand_in_clause(shade: str) -> bool:
    """Whether a line's adverts are all brands put for a name, in a clause of the author's (a comma before them)."""
    return "," in shade and all(_NAME_BRAND.fullmatch(m.group()) for m in _SPAM.finditer(shade)) \
        and "," in _SPAM.sub("", shade)


def _keyword_list(shade: str) -> bool:
    """A hijacked page's list of search phrases, parted by commas, no sentence among them, half of them or more
    adverts ("…免费视频,…精品一区小说,…免费阅读全文,…在线观看,…"): the whole list goes, the phrases no term
    names too."""
    if "。" in shade or shade.count(",") < 3:
        return False
    items = shade.split(",")
    hits = sum(1 for item in items if _SPAM.search(item))
    return hits >= 3 and 2 * hits >= len(items) and all(len(item) <= 30 for item in items)


_HEADING_NUMBER = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}、)\s*")
_NUMBERED = re.compile(rf"{_HEADING_NUMBER.pattern}[\u4e00-\u9fff]{{2}}")


_DOUBLED = re.compile(r",(?=[,、。;!?])")
_SOWN = re.compile(r"(?<=[\u4e00-\u9fff])[$%^](?=[\u4e00-\u9fff])")  # (not @: "在微博账号@王某发布的…" names a user)
_CLUTTER = re.compile(r"(?<=[。!?]),[,、'’:∶;]{2,}")


_LAST_STOP = re.compile(r"[。!?]([^。!?]{6,40})$")


def _repeated_tails(draft: Draft) -> None:
    """The same words stuck after the last sentence of three paragraphs or more: a site's slogan injected
    after each ("…久久为功。某某资讯——探索最新科技、每天知道多一点"). No author ends paragraphs so."""
    tails: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(draft.lines):
        if len(line) >= 30 and not ends_sentence(line) and (m := _LAST_STOP.search(shadow(line))):
            tails.setdefault(m.group(1).strip(), []).append((i, m.start(1)))
    for tail, where in tails.items():
        # (a note in brackets after each item is the author's: a work plan's lead unit, "(健康中国行动推进办负责)")
        if len(where) >= 3 and HAN.search(tail) and not (tail.startswith(("(", "[", "〔")) and tail.endswith((")", "]", "〕"))):
            for i, start in where:
                line = draft.lines[i]
                draft.lines[i] = "".join(draft.cut("spam", line, i, [(start, len(line))]))
            # (and after a short line too, a byline's: "某某晨报记者 范某JSp某某晨报网")
            seen = {i for i, _ in where}
            for i, line in enumerate(draft.lines):
                if i not in seen and len(line) > len(tail) and shadow(line).rstrip().endswith(tail):
                    end = len(line.rstrip())
                    draft.lines[i] = "".join(draft.cut("spam", line, i, [(end - len(tail), len(line))]))


class InjectedSpam(LineRule):
    name = "spam"
    trigger = any_of([_SPAM, _URL_HINT, _SOURCE_TRIGGER], extra=["【", "#", "_", "`", "'", "**", *_ENTITY_WORDS, *(w for _, words in _MARKED for w in words)])

    def hot_lines(self, draft: Draft) -> list[int]:
        hot = set(draft.hot(self.trigger))
        # random tags have no word to look for: one scan of the page for runs of letters and digits
        page = "\n".join(draft.lines)
        if _may_hold_tags(page) and any(_random(m.group()) for m in _TOKEN.finditer(page)):
            hot.update(i for i, line in enumerate(draft.lines) if _glued_tokens(shadow(line)))
        if _JUNK_HINT.search(page):
            hot.update(i for i, line in enumerate(draft.lines) if _JUNK_HINT.search(line))
        hot.update(i for i, line in enumerate(draft.lines) if _scrambled_end(line[-17:]))
        return sorted(hot)

    def __call__(self, draft: Draft) -> Draft:
        if any("\u0420" in line for line in draft.lines):
            # one mirror parts its paragraphs with a Cyrillic Р: a break, recorded
            lines = []
            for i, line in enumerate(draft.lines):
                spans = [m.span() for m in _CYRILLIC_BREAK.finditer(line)] if "\u0420" in line else []
                lines.extend(draft.cut(self.name, line, i, spans) if spans else [line])
            draft.lines = lines
        # one mirror family doubles its clause marks all through a page (",,我市", "趙建斌,、魏洪彬", "出席,。"):
        # where that is the page's habit, not one slip, the comma it added goes
        _marks(draft, self.name, _DOUBLED, 5, lambda line: "," in line or "\uff0c" in line)
        # one mirror sows signs inside its words ("五朵金%花", "外嫁女%的", "成了一^份"): where the page has four or more,
        # they go (an author puts none of them between two characters)
        _marks(draft, self.name, _SOWN, 4, lambda line: "%" in line or "^" in line or "$" in line)
        # (and a farm's run of clause marks after a sentence's stop: "…发展。,、':∶;、建设…")
        _marks(draft, self.name, _CLUTTER, 1, lambda line: "。," in line or "。\uff0c" in line)
        # (a paragraph's end tag ends the last line: the page printed its text to the end, whatever mark stands before
        # the tag, "…重拾生活信心、/p> |")
        if draft.lines and "/p>" in draft.lines[-1][-8:] and _LAST_END_TAG.search(draft.lines[-1]):
            draft.facts["markup_closed"] = True
        page = "\n".join(draft.lines)
        if token := spliced_token(page):
            _cut_everywhere(draft, self.name, token)
        if "_" in page and (chain := keyword_chain(page)):
            _cut_everywhere(draft, self.name, chain)
        if _JUNK_HINT.search(page):
            for mark in forum_watermarks(page):
                _cut_everywhere(draft, self.name, mark)
        draft = super().__call__(draft)
        _repeated_tails(draft)
        # a line with no word in it (what an advert left of a line) goes too, recorded like the rest
        keep = [line[:1].isalnum() or bool(_WORDY.search(line)) for line in draft.lines]  # most start with a word
        if not all(keep):
            # (the page's last line an opening mark alone: the preview stopped at its next item's "(三)")
            if not keep[-1] and draft.lines[-1].strip() in _OPENING_MARKS and any(keep):
                draft.mark_truncated("an opening mark alone on the last line: the next item cut")
            draft.keep_lines(self.name, keep)
        return draft

    def rewrite(self, draft: Draft, line: str, shade: str, index: int) -> list[str]:
        if any(w in line for w in _ENTITY_WORDS) and _ENTITY.search(line):
            line = _ENTITY.sub(lambda m: self._decoded(draft, m.group(), index), line)
            shade = shadow(line)
        # (a brand put for a body's name ends a clause the page split off at a space: the clause is the author's,
        # "本报讯 8月19日下午,米乐体育")
        if (_advert(shade) and not _brand_in_clause(shade)) or _keyword_list(shade):
            draft.drop(self.name, line, index)
            return []
        spans = self._spans(shade)
        # the injection sat inside a sentence: the two sides close up again
        rest = "".join(draft.cut(self.name, line, index, spans)) if spans else line
        if _WORDY.search(rest):
            return [rest]
        draft.drop(self.name, rest, index)
        return []

    def _decoded(self, draft: Draft, entity: str, index: int) -> str:
        draft.drop(self.name, entity, index)
        name = "#" + entity[1:] if entity[0] in "#X" else entity.lstrip("?&")
        return html.unescape("&" + name)

    def _spans(self, shade: str) -> list[tuple[int, int]]:
        spans = []
        for m in (_URL.finditer(shade) if _URL_HINT.search(shade) else ()):
            if _OFFICIAL_DOMAIN.search(m.group(0)):
                continue
            if m.start() == 0 and _DATELINE_AFTER.match(shade, m.end()):
                continue  # an outlet's dateline names it by its address: "CCTV.com消息(新闻会客厅):"
            if m.start() and shade[m.start() - 1] == "(" and _CITED.search(shade, max(0, m.start() - 9), m.start() - 1):
                continue  # the author gives an account's address in brackets: "在我的新浪微博(http://t.sina.com.cn/…)"
            lead = _URL_LEAD.search(shade[: m.start()])
            span = (lead.start() if lead else m.start(), m.end())
            # (a watermark's address with its site's word after it, between two sentences: "…表示感谢。www.89xue.com网 下面,")
            if shade[m.end():m.end() + 1] == "网" and shade[m.end() + 1:m.end() + 2] in ("", " ", "\u3000") \
                    and (not m.start() or shade[m.start() - 1] in "。!?; \u3000"):
                span = (span[0], m.end() + 1)
            # (and its claim of rights, sown inside a word: "…计划内一孩人,同-cnwmz.com版权所有!比增加人…")
            elif shade.startswith("版权所有", m.end()):
                rights = _RIGHTS_AFTER.match(shade, m.end())
                start = span[0] - 1 if shade[span[0] - 1:span[0]] == "-" else span[0]
                span = (start, rights.end() if rights else m.end())
            # (a link's words alone on its line before it, with nothing after: "北京治皮炎医院 http://pf.39.net/…")
            if not shade[m.end():].strip() and _LINK_WORDS.fullmatch(shade, 0, m.start()):
                span = (0, m.end())
            # (and the comma a site put between the last sentence and its address: "…关键时期。, http://www…")
            elif not shade[m.end():].strip() and (comma := _COMMA_BEFORE.search(shade, 0, span[0])):
                span = (comma.start(), m.end())
            # "【某某文库 www…】": a bracket round the address with the site's name in it goes with it
            bracket = next((c for c in _BRACKETED.finditer(shade, max(0, m.start() - 41), min(len(shade), m.end() + 41))
                            if c.start() < m.start() and c.end() > m.end()), None)
            if bracket and len(bracket.group(0)) - len(m.group(0)) <= 30 \
                    and not _DOCUMENT_WORDS.search(bracket.group(0).replace(m.group(0), "")):
                span = bracket.span()
            spans.append(span)
        if "【" in shade or "#" in shade:  # (and a site's hashtag: "#第一文档网#")
            spans += [m.span() for m in _WATERMARK.finditer(shade)]
            spans += [m.span() for m in _AD_BRACKET.finditer(shade) if not _DOCUMENT_WORDS.search(m.group(0))]
        if "_" in shade:
            spans += _tags(shade)
        if "**" in shade and (bold := _BOLD.match(shade)):  # Markdown's bold marks round a phrase; the phrase stays
            spans += [bold.span(1), bold.span(2)]
        spans += [m.span() for rx, words in _MARKED if any(w in shade for w in words) for m in rx.finditer(shade)]
        if "`" in shade or "'" in shade:
            # (an apostrophe closing a curly quote opened before it is the quote's: "‘青春健康'工作")
            # (and one closing a straight quote opened before it: "举办"会员风采大展'活动")
            spans += [m.span() for m in _COPY_MARK.finditer(shade) if m.group() == "`" or (
                shade.count("'") == 1 and shade.count("‘", 0, m.start()) <= shade.count("’", 0, m.start())
                and shade.count('"', 0, m.start()) % 2 == 0)]
        if _may_hold_tags(shade):  # the page-wide test, on the line: most lines have no Latin letters
            spans += _glued_tokens(shade)
        if _SOURCE_TRIGGER.search(shade):
            spans += [m.span() for m in _SOURCE_NOTE.finditer(shade)]
        if _JUNK_HINT.search(shade):
            spans += _junk(shade)
        tail = shade[-17:]
        if code := _scrambled_end(tail):
            spans.append((len(shade) - len(tail) + code.start(), len(shade)))
        terms = []
        for m in _SPAM.finditer(shade):
            enclosing = None if _NAME_BRAND.fullmatch(m.group()) else _enclosing(shade, m.start(), m.end())
            if enclosing:
                spans.append(enclosing)
            else:
                terms.append(list(m.span()))
        # terms a few characters apart are one advert ("手游开服送满级VIP"), with the game's or the shop's
        # name in 《》 right before it
        merged: list[list[int]] = []
        for start, end in terms:
            gap = shade[merged[-1][1]:start] if merged else ""
            if merged and start - merged[-1][1] <= 2 and not _DOCUMENT_WORDS.search(gap) \
                    and (not any(ch in _CLAUSE_END + "、" for ch in gap)  # (one brand's two names: "…官方网站,LEDONG SPORT")
                         or _NAME_BRAND.match(shade, start) and _NAME_BRAND.fullmatch(shade, *merged[-1])):
                merged[-1][1] = end
            else:
                merged.append([start, end])
        for span in merged:
            if span[0] > 0 and shade[span[0] - 1] == "新" and shade.startswith("澳", span[0]):
                span[0] -= 1  # 新澳彩, anchored on its rarer 澳
            # "2024新澳彩", "Z6尊龙凯时" (a year before 明升 is the event's: "2020明升中国家庭健康大会")
            while span[0] > 0 and shade[span[0] - 1].isascii() and shade[span[0] - 1].isalnum() and not shade.startswith("明升", span[0]):
                span[0] -= 1
            # (a vendor's city before its trade: "…家喻户晓宁州SEO快速排名就找某某网络")
            if shade.startswith("SEO", span[0]) and span[0] >= 2 and _CITY.fullmatch(shade, span[0] - 2, span[0]):
                span[0] -= 2
            if span[0] > 0 and shade[span[0] - 1] == "》":
                opening = shade.rfind("《", max(0, span[0] - 12), span[0])
                if opening >= 0 and not _DOCUMENT_WORDS.search(shade, opening, span[0]):
                    span[0] = opening
            spans.append((span[0], span[1]))
        return spans


_CITY = re.compile(r"[\u4e00-\u9fff][州市县区]")
_LONE_BARS = re.compile(r"\s+[|\uff5c](?:\s*[|\uff5c])*\s*$")
_BAR = re.compile(r"[|\uff5c]")
# an adult or advert phrase a hijacked page hung on a headline after a bar: "…呼吁大众关注母乳喂养|人与…"
_BAR_TAIL = re.compile(r"\s*[|\uff5c]\s*([^|\uff5c]{2,30})$")
_TRAILING_BAR = re.compile(r"(?<=[。!?”)\uff01\uff1f\uff09])\s*(?:\?\s*)?[|\uff5c]\s*$")
# a pictograph with what joins or modifies it ("🤸🏼\u200d♂️"): no speech or report writes one; a content farm sprinkles them
# into sentences ("上午🙅🏼,澄迈县…") and wraps its own adverts in them ("💰球探足球比分网win007💱")
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF][\U0001F000-\U0001FAFF\u200d\ufe0f\u2640\u2642\u2695\u2764]*")
_WRAPPED = re.compile(r"\s*[\U0001F000-\U0001FAFF]\S*?([^\U0001F000-\U0001FAFF。!?;]{4,40}?)[\U0001F000-\U0001FAFF]\S*\s*")


def _marks(draft: Draft, rule: str, rx: re.Pattern[str], least: int, has: Callable[[str], bool]) -> None:
    """What `rx` finds out of the lines `has` lets through, where the page holds `least` of it or more."""
    found = [[m.span() for m in rx.finditer(shadow(line))] if has(line) else [] for line in draft.lines]
    if sum(map(len, found)) >= least:
        draft.lines = ["".join(draft.cut(rule, line, i, spans)) if spans else line
                       for i, (line, spans) in enumerate(zip(draft.lines, found, strict=True))]


def _cut_everywhere(draft: Draft, rule: str, words: str) -> None:
    """The words taken out of every line they stand in, the two sides joined: they were glued into it."""
    draft.lines = ["".join(draft.cut(rule, line, i, [m.span() for m in re.finditer(re.escape(words), line)]))
                   if words in line else line for i, line in enumerate(draft.lines)]


# a farm's filler from the Miscellaneous Symbols, glued inside words or after a sentence ("乡里☾召⚵开了", "…来了。⚙");
# stars and check boxes are an author's marks
_SYMBOL = re.compile(r"(?<=[\u4e00-\u9fff])[\u2600-\u2604\u2607-\u260f\u2613-\u26ff]+(?=[\u4e00-\u9fff])|"
                     r"(?<=[。!?,])[\u2600-\u2604\u2607-\u260f\u2613-\u26ff]+|"
                     # (or runs of them with dingbats and circled letters and figures, which an author writes one at a time:
                     # "☾☽❄☃", "⓱⓲⓳⓴⓵⓶", "ⓣⓤⓥⓦⓧ", "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯")
                     r"[\u2460-\u24ff\u2600-\u27bf\u2020\u221a\u22c6\u3128]{3,}")
# (a symbol of the Miscellaneous Symbols block is three bytes, led by E2 98 to E2 9B; a run of three from the circled
# letters and figures, the symbols and the dingbats, E2 91 to E2 9E: one search of the bytes, where most pages have none)
# (the E2 first in one piece: an alternation of two patterns is tried at every byte)
_SYMBOL_BYTES = re.compile(rb"\xe2(?:[\x98-\x9b]|[\x91-\x93\x98-\x9e][\x80-\xbf]\xe2[\x91-\x93\x98-\x9e][\x80-\xbf]\xe2[\x91-\x93\x98-\x9e])")


def _symbols(draft: Draft, rule: str) -> None:
    """The filler out of every line, where the page has it three times or more (one is some author's mark)."""
    spans = [[m.span() for m in _SYMBOL.finditer(line)] for line in draft.lines]
    if sum(map(len, spans)) < 3:
        return
    draft.lines = ["".join(draft.cut(rule, line, i, found)) if found else line
                   for i, (line, found) in enumerate(zip(draft.lines, spans, strict=True))]


# (or an old script's sign or a die's face glued after a word, before a mark or a word: "錢斌𓀅,", "網址為⚃:")
_FARM_SIGN = re.compile(r"(?<=[\u4e00-\u9fff])(?:[\u203c\u2049\u2190-\u21ff\u2600-\u27bf]\ufe0f?(?=[,、，;；])|"
                        r"[\u2680-\u2685\U00013000-\U0001342f](?=[,、，;；:：\u4e00-\u9fff]))")


def _rejoin(pieces: list[str]) -> str:
    """The pieces a cut left, joined again; two figures the cut parted keep a space between them ("共:💬180 🌺1721" is
    "共:180 1721", not one figure)."""
    out = ""
    for piece in pieces:
        out += " " + piece if out[-1:].isdigit() and piece[:1].isdigit() else piece
    return out


def _emoji(draft: Draft, rule: str) -> None:
    """Pictographs out of every line; a line they wrap goes whole, and its words wherever the farm glued them too
    ("球探足球比分网win007我国现有近3000万名…")."""
    lines: list[str] = []
    phrases: list[str] = []
    sprinkled = 0
    for i, line in enumerate(draft.lines):
        if not (found := _EMOJI.findall(line)):
            lines.append(line)
            continue
        sprinkled += len(found)
        if (wrapped := _WRAPPED.fullmatch(line)) is not None:
            draft.drop(rule, line, i)
            lines.append("")  # (taken out below, once the phrase is cut: the lines keep their places till then)
            phrases.append(wrapped.group(1).strip())
        else:
            lines.append(_rejoin(draft.cut(rule, line, i, [m.span() for m in _EMOJI.finditer(line)])))
    draft.lines = lines
    for phrase in phrases:
        _cut_everywhere(draft, rule, phrase)
    draft.lines = [line for line in draft.lines if line]
    # where the farm sprinkled pictographs, the arrows and signs it sprinkled beside them go too ("服从☛、接受",
    # "服务⇒,帮助"): a sign glued between a word and a comma is no author's
    if sprinkled >= 3:
        draft.lines = ["".join(draft.cut(rule, line, i, [m.span() for m in _FARM_SIGN.finditer(line)]))
                       if _FARM_SIGN.search(line) else line for i, line in enumerate(draft.lines)]


# a keyword alone between two clauses, the comma before it and after it (at least twice a page)
_SPLICED_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z0-9 ]{2,12}")
_BETWEEN_CLAUSES = re.compile(rf",\n{_SPLICED_WORD.pattern}\n,")


def advert_line(line: str) -> bool:
    """An advert line that Paragraphs would split: a short one with a space in it, or a longer one of an adult
    site's search terms with no sentence's stop ("精品水蜜桃…,暖暖 免费 高清 日本 在线,最近制服丝袜中文字幕在线,…")."""
    # (or one of terms joined by dashes: "欧美亚洲综合在线观看-欧美颜射…-欧美夜夜骑")
    if not (" " in line or "\u3000" in line or line.count("-") >= 3) or len(line) > 400 or (len(line) > 80 and "。" in line):
        return False
    shade = shadow(line)
    return _advert(shade) and (len(line) <= 80 or len(_SPAM.findall(shade)) >= 3)


# a forum's hidden watermark, printed between a thread's words: its slogan led by its name in capitals ("TVBNOW 含有
#熱門話題,…等資訊。"), its server's address ("5.39.217.76") and its Chinese name before a Latin mark ("公仔箱論壇.")
_FORUM_SLOGAN = re.compile(r"(?<![A-Za-z])[A-Za-z]?([A-Z]{4,}[A-Za-z0-9]*)[ \t]*\n?[ \t]*([^。\n]{8,80}?。)")
_CAPITALS_ONLY = bytes(b if 65 <= b <= 90 else 32 for b in range(256))
_IP = r"\d{1,3}(?:\.\d{1,3}){3}"  # a server's address
_SERVER = re.compile(rf"(?<![\w.])[A-Za-z]?({_IP})(?![\w.])")
_FORUM_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}(?:论坛|論壇)[-.](?![\w])")


def _forum_watermark(draft: Draft, rule: str, raw: bytes) -> None:
    """The watermark out of every line, when its slogan stands twice or more on the page (once perhaps split over
    two lines). `raw` is the page's lines joined, in UTF-8."""
    # (a name in capitals printed twice first, read off the page's bytes with every other byte made a space: the
    # slogan's pattern, which starts with a class, then runs on few pages; a tag's letter may be glued before the
    # name, "ETVBNOW", "JTVBNOW")
    if not any(n >= 2 for n in Counter(word[-4:] for word in raw.translate(_CAPITALS_ONLY).split() if len(word) >= 4).values()):
        if "论坛".encode() in raw or "論壇".encode() in raw:
            _server_watermark(draft, rule)
        return
    page = "\n".join(draft.lines)
    found = list(_FORUM_SLOGAN.finditer(page))
    counts = Counter(m.groups() for m in found)
    marks = [pair for pair, n in counts.items() if n >= 2]
    servers = Counter(_SERVER.findall(page)) if marks else Counter()
    # (and the page shows it is one: the server's address twice, the forum's name, a copy glued to a tag's letter or
    # mark, "ETVBNOW", "]TVBNOW"; a name in capitals the text quotes twice is the text's: "WHO 表示,…")
    if not marks or not (any(n >= 2 for n in servers.values()) or _FORUM_NAME.search(page) or any(
            m.groups() in marks and m.start(1) and not (page[m.start(1) - 1].isspace() or HAN.match(page[m.start(1) - 1]))
            for m in found)):
        return
    words = [re.escape(text) for pair in marks for text in pair] + [re.escape(ip) for ip, n in servers.items() if n >= 2]
    _cut_watermark(draft, rule, re.compile(rf"(?<![A-Za-z])[A-Za-z]?(?:{'|'.join(words)})|{_FORUM_NAME.pattern}"))


def _cut_watermark(draft: Draft, rule: str, cut: re.Pattern[str]) -> None:
    """What `cut` finds, out of every line; a line left empty goes."""
    lines = []
    for i, line in enumerate(draft.lines):
        pieces = draft.cut(rule, line, i, [m.span() for m in cut.finditer(line)])
        # (the page's random tags round it keep a space between them, so that they are still seen as tags)
        lines.append("".join(p if not k or (HAN.match(p[0]) and HAN.match(pieces[k - 1][-1])) else " " + p
                             for k, p in enumerate(pieces)))
    draft.lines = [line for line in lines if line]


# (a forum's watermark without its slogan: its server's address glued to a tag's letter or to the text after it,
# "S5.39.217.76社会…", and its name, "F公仔箱論壇", each twice or more; an address a sentence gives stays)
_GLUED_SERVER = re.compile(rf"(?<=[A-Za-z]){_IP}(?![\w.])|(?<![\d.]){_IP}(?=[\u4e00-\u9fff])")
_ADDRESS = re.compile(rf"(?<![\d.]){_IP}(?![\d.])")
_NAMED_FORUM = re.compile(r"([\u4e00-\u9fff]{2,6}?(?:论坛|論壇))(?![\u4e00-\u9fff])")


def _server_watermark(draft: Draft, rule: str) -> None:
    """The watermark of a page that names a forum, when its server's address stands glued twice or more."""
    page = "\n".join(draft.lines)
    servers = [ip for ip, n in Counter(_ADDRESS.findall(page)).items() if n >= 2]
    if not servers or not any(m.group() in servers for m in _GLUED_SERVER.finditer(page)):
        return
    names = [name for name, n in Counter(_NAMED_FORUM.findall(page)).items() if n >= 2]
    words = [re.escape(text) for text in servers + names]
    _cut_watermark(draft, rule, re.compile(rf"(?<![A-Za-z])[A-Za-z]?(?:{'|'.join(words)})"))


class SpamLines:
    """Short lines that are adverts and nothing else ("澳门某某娱乐城 注册送38元 官网：www…"), whole, before
    Paragraphs would cut them into words that no longer read as one advert."""

    name = "spam"

    def __call__(self, draft: Draft) -> Draft:
        # (a pictograph is four bytes in UTF-8, led by F0: one encoding and one byte search, where most pages have none)
        raw = "\n".join(draft.lines).encode("utf-8", "surrogatepass")
        if b"\xf0" in raw:
            _emoji(draft, self.name)
        if _SYMBOL_BYTES.search(raw):
            _symbols(draft, self.name)
        _forum_watermark(draft, self.name, raw)
        # a table cell's bar after a paragraph's last sentence ("…给予了表彰。 |"; a broken character may stand
        # before it): the bar goes, the sentence stays (a table's row keeps its bars: "| 城镇化率 (%) |")
        for i, line in enumerate(draft.lines):
            # (or after any words, where the line has no other bar: "二00八年十月七日 |", "…意识,增 | |")
            if line.endswith(("|", "\uff5c")) and not table_row(line) and ((bar := _TRAILING_BAR.search(line)) is not None
                                                                        or (bar := _LONE_BARS.search(line)) is not None
                                                                        and bar.start() > 0 and not _BAR.search(line, 0, bar.start())):
                draft.drop(self.name, bar.group(), i)
                draft.lines[i] = line[:bar.start()]
            # (the tail goes before Paragraphs parts the headline at its space, so the headline stays whole)
            elif ("|" in line or "\uff5c" in line) and (tail := _BAR_TAIL.search(line)) is not None and tail.start() > 0 \
                    and _SPAM.search(tail.group(1)) and not _DOCUMENT_WORDS.search(tail.group(1)) and not advert_line(line):
                draft.drop(self.name, tail.group(), i)
                draft.lines[i] = line[:tail.start()]
        keep = [not advert_line(line) for line in draft.lines]
        # a hijacked page's link farm under the text, headed by its name: "主站蜘蛛池模板:" and every line below (short
        # links, no sentence among them)
        farm = next((i for i, line in enumerate(draft.lines) if "蜘蛛池" in line), None) if "蜘蛛池".encode() in raw else None
        if farm is not None and all(len(line) <= 40 and "。" not in line for line in draft.lines[farm + 1:]):
            keep[farm:] = [False] * (len(keep) - farm)
        if not all(keep):
            draft.keep_lines(self.name, keep)
        page = "\n".join(draft.lines)
        if ("\n," in page or "\n\uff0c" in page) and len(_BETWEEN_CLAUSES.findall(fold(page))) >= 2:
            self._rejoin(draft)
        return draft

    def _rejoin(self, draft: Draft) -> None:
        """Keywords a hijacked page put between a sentence's clauses, each on its line between the commas
        ("內政部最新統計," / "英翻日" / ",今年一至十一月…"): the keyword goes, the clauses join again."""
        lines, out = draft.lines, []
        i = 0
        while i < len(lines):
            if out and i + 1 < len(lines) and _SPLICED_WORD.fullmatch(fold(lines[i]).strip()) \
                    and fold(out[-1]).rstrip().endswith(",") and fold(lines[i + 1]).lstrip().startswith(","):
                draft.drop(self.name, lines[i], i)
                out[-1] = out[-1].rstrip() + lines[i + 1].lstrip()[1:]
                i += 2
                continue
            out.append(lines[i])
            i += 1
        draft.lines = out
