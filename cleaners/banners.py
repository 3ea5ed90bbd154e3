"""SiteBanners: what hosting sites write around a document, in either script.

"《…》由会员分享,可在线阅读,更多相关《…》请在…上搜索", "下面是小编为大家整理的…,供大家参考",
"导语:…来源于网友上传,不代表本站观点…", "本站为大家整理的…", "此文献不代表本站观点…". A banner
sentence is cut out of its line; the words that mark it are the site speaking (小编, 本站, 网友上传),
so a speaker's own "供大家参考" stays.
"""

from __future__ import annotations

import re

from cleaners.anchors import anchor_words, any_of
from cleaners.draft import HAN, Draft, LineRule, shadow

# (本网讯, 本站讯 is a news story's dateline, not the site speaking)
_SITE_VOICE = (r"(?:小编|本站(?!讯)|本网(?!讯)|本文库|编者|网友|(?:为|给)(?:大家|您|你)(?:精心)?(?:整理|收集|搜集|精选|汇编)|"
               r"精心(?:为|给)?(?:大家|您|你)?(?:整理|收集|搜集)|收集整理|搜集整理|整理收集|网络整理)")
_BOUNDARY = r"(?<![^\s。!?;:,])"  # a sentence starts at the line start or after punctuation
_SENTENCE_END = r"(?:[。!?]+|(?=\s|$))"  # (a site may double its mark: "…欢迎阅读参考!!")
# editors' lead-ins: 下面是小编为大家整理的…,供大家参考。 / 本站为大家整理的…,希望对大家有所帮助。
_EDITORS_LEAD_IN = re.compile(
    rf"{_BOUNDARY}(?:下面|以下|如下|这里|这篇|本文|本篇|下文)?(?:是|为|就是)?[^。!\n]{{0,12}}{_SITE_VOICE}"
    rf"[^。!\n]{{0,120}}?(?:供大家参考|供大家学习参考|供您参考|仅供参考|以供参考|参考借鉴|参考学习|希望[^。!\n]{{0,30}}"
    rf"(?:帮助|喜欢|有用|参考作用|参考价值|启发)|欢迎[^。!\n]{{0,20}}(?:阅读|参考|借鉴|收藏|下载|分享)|一起来看看|一起来看|请看)"
    rf"[^。!\n]{{0,40}}?{_SENTENCE_END}")
# a site's lead-in with no word of its own voice: "下面是…发言稿,欢迎各位阅读和借鉴。", "本文是…致辞,欢迎大家阅读学习。"
_OFFERED = re.compile(rf"{_BOUNDARY}(?:下面|以下|如下|本文)(?:是|为)[^。!\n]{{2,60}}?(?:欢迎|敬请)(?:各位|大家|您|你)?的?(?:阅读|借鉴|参考|学习|收藏|"
                      rf"阅读和借鉴|阅读学习|阅读参考)[^。!\n]{{0,10}}?{_SENTENCE_END}")
# the samples a site offers below: "下面是一些成功企业和项目的工作方案范文,通过学习这些案例,…"
_SAMPLES = re.compile(rf"{_BOUNDARY}(?:下面|以下)(?:是|为|就是)[^。!\n]{{0,40}}?(?:范文|范例|例文)[^。!\n]{{0,80}}?{_SENTENCE_END}")
# any sentence in the voice of the site's editor
# (a news post's reporter calls himself 小编 too: "小编注意到,…" is the news)
_EDITOR_SAYS = re.compile(rf"{_BOUNDARY}[^。!?\s]{{0,120}}小编(?!注意到|了解到|获悉|发现|看到|查阅|采访|走访|来到|在现场)"
                          rf"[^。!?\n]{{0,120}}{_SENTENCE_END}")
_SITE_SAYS = re.compile(rf"{_BOUNDARY}[^。!?\s]{{0,80}}(?:本站|本网)(?!讯)[^。!?\n]{{0,80}}?(?:整理|收集|搜集|观点|版权|网友|会员(?!之家|代表|活动)|上传|原创|转载|"
                        rf"欢迎|供大家|分享|推荐|侵犯|侵权|删除)[^。!?\n]{{0,80}}{_SENTENCE_END}")
_PRAISE = r"(?:标准|完整|实用|可修改|可编辑|通用|精选|精品|word版|可直接使用|可下载)"
_PATTERNS = [
    # document-sharing sites: the whole "shared by a member … search on …" sentence
    re.compile(r"《.{1,200}?》\s*由\s*[^,。\n]{0,20}分享,?\s*(?:可|免费|可免费)在线(?:阅读|预览).*?上搜索[。.]?"),
    re.compile(r"(?:《.{1,200}?》)?\s*由\s*[^,。\n]{0,20}分享,?\s*(?:可|免费|可免费)在线(?:阅读|预览)[^。\n]{0,300}?(?:[。]|$)"),
    # (its second half on a line of its own, where the page broke it at its link: "《….docx(6页珍藏版)》请在冰豆网上搜索。")
    re.compile(r"^\s*《[^《》\n]{1,200}》\s*请在[^。\n]{1,20}上搜索[。.]?\s*$"),
    _EDITORS_LEAD_IN,
    _EDITOR_SAYS,
    _SITE_SAYS,
    _OFFERED,
    _SAMPLES,
    # a sample site's note under its column's tag, the whole sentence: "【阅读指引】下面是某某网友为您精心整理分享的“…”,以供您写作参考所用,
    # …喜欢就复制下载支持一下了!", "【报告写作】以下精品范例“…”是由某某热心的网友为您精挑细选,以供您写作参考之用,…"
    re.compile(r"^\s*(?:【[^【】\n]{2,6}】)?\s*(?:下面|以下)[^。!\n]{0,120}?(?:网友|小编)[^。!\n]{0,80}?(?:写作参考|复制下载|精挑细选)"
               r"[^。!\n]*[。!]?"),
    # a site's channel that put the page together: "本文是某某网成考报名频道为大家整理的《…》,供大家学习参考。"
    re.compile(rf"{_BOUNDARY}本文是[^。!\n]{{2,40}}?(?:网|频道|站)[^。!\n]{{0,12}}?为(?:大家|您|你)(?:精心)?(?:整理|收集|搜集)的"
               rf"[^。!\n]{{0,80}}?{_SENTENCE_END}"),
    # a release's lead to the speech it prints: "以下为劳工及福利局常任秘书长某某今日(十一月七日)于…揭幕礼的致辞全文:"
    # (or with no 全文, where it says the day: "以下是行政长官某某今日(三月八日)出席…酒会的致辞:")
    re.compile(r"^以下[为是][^。\n]{2,100}?(?:致辞|致词|讲话|发言|演讲|讲词)全文\s*:\s*$|"
               r"^以下[为是][^。\n]{0,40}?(?:今日|今天|昨日|昨天)[^。\n]{2,100}?(?:致辞|致词|讲话|发言|演讲|讲词)\s*:\s*$"),
    # an editor's lead above a speech a site reprints: the news of the meeting, then "现将讲话全文刊发如下"
    re.compile(r"^[^\n]{0,300}?现将[^。!\n]{0,40}?(?:刊发|刊登|摘发|摘登)[^。!\n]{0,40}?(?:[。!]|$)"),
    # the stamp document-sharing sites print at the head and foot of every page of a document; only the
    # stamp goes, as the page's words may be glued to it
    re.compile(r"精选优质文档[-\u2014\s]*倾情为(?:你|您)奉上|专心[-\u2014\s]*专注[-\u2014\s]*专业"),
    # a sharing site's motto at the head of its previews, at a line's start (a speech quotes it inside a sentence:
    # "古人云:书山有路勤为径,…")
    # (a preview's page marker may stand before it: "1、书山有路勤为径,…")
    re.compile(r"^\s*(?:\d{1,3}\s*、\s*)?书山有路勤为径\s*[,\s]\s*学海无涯苦作舟\s*[。.]?"),
    # a site's keywords for the page and who put it up, in a sentence: "本文关键词:人口学,由某某文化传播整理发布。"
    re.compile(r"^\s*本文关键词\s*:[^\n。]{0,80}?由[^\n。,]{1,20}(?:整理|编辑|收集)?发布[。.]?"),
    # a sharing site's note that its preview's summary was taken by machine: "资源预览文档简介为自动调取,内容显示的完整度及准确度
    # 或有误差,请您下载后查看完整的文档内容。"
    re.compile(r"^\s*(?:资源)?预览文档简介为自动调取[^\n]{0,80}?(?:[。.]|$)"),
    # a site's "tip" on what its document is and what a download gives: the whole paragraph
    re.compile(r"^\s*[^\s::]{0,6}温馨提示\s*[::][^\n]*(?:本文档|本文下载|下载后|下载该文档)[^\n]*$"),
    # a template site's notes: "本文具有广泛通用性,欢迎…参考借鉴。" (glued to the title it follows), its contents list,
    # its intro on what writing is ("开篇:写作不仅是一种记录,…")
    re.compile(r"本文具有广泛通用性[^。!\n]{0,60}[。!]?|^\s*本文简要目录如下[^\n]*$|^\s*开篇\s*:[^\n]{0,100}写作[^\n]*$"),
    # a template site's preface on what it picked ("序论:…特别为您筛选了11篇…范文。…客服老师…"), and its lesson on
    # what the genre is, spoken to the reader ("总结是…的书面材料,…快快来写一份总结吧。总结怎么写…? ……"), on their
    # line or after the title a one-line page printed before them
    # ("前言:某某期刊网精心挑选了…范文供你参考和学习,…")
    re.compile(r"(?:^|(?<=\s))(?:序论|序言|前言|导语|引论|引言|绪论)\s*:[^\n]{0,80}"
               r"(?:(?:为您|为你|为大家)(?:筛选|整理|精选|收集|挑选)|精心(?:挑选|筛选|整理|收集)了[^\n]{0,40}范文)[^\n]*$"),
    # a sample site's talk to its reader about samples, the line whole ("在日常的学习、工作、生活中,肯定对各类范文都很熟悉吧。
    # …这里我整理了一些优秀范文,…下面我们就来了解一下吧。", "…以下的总结范文有助于我们更好地把握总结的要义和核心。")
    re.compile(r"^[^\n]{0,200}?(?:对各类范文都很熟悉|怎样才能写好一篇|以下的?[^。!?\n]{0,10}范文有助于|"
               r"范文[^。!?\n]{0,40}下面(?:我们)?就?(?:来|一起来)(?:了解|看看|参考)一下)[^\n]{0,200}$"),
    re.compile(r"(?:^|(?<=\s))(?:工作)?(?:总结|报告|计划|方案|讲话稿|发言稿|演讲稿|致辞|心得体会|述职报告|调研报告)(?:就)?是[^\n]{0,200}?"
               r"(?:书面材料|应用文|文体|文稿|文书)[^\n]*(?:我们|快来|快快|怎么写|如何写|一起来|不妨|想必)[^\n]*$"),
    # 导语/摘要 lines that speak for the site
    # a template vendor's praise of its own document on a line of its own: "(标准、完整、实用、可修改)"
    re.compile(rf"^[(\[【]\s*{_PRAISE}(?:\s*[、,/]\s*{_PRAISE}){{2,}}\s*[)\]】]$"),
    # (a paper's own abstract ends "…提供参考": the site's words are its voice, or an offer to the reader)
    re.compile(r"^\s*[【\[]?(?:导语|导读|摘要|引言|内容简介|内容提要|编者按|编辑推荐)[】\]]?:?[^\n]*(?:本站|网友|原创|客服|小编|编辑整理|供大家|"
               r"(?:仅供|以供|供您|供你)参考|供(?:大家|您|你)借鉴|(?:为|给)(?:大家|您|你)(?:精心)?整理|整理了|搜集整理|收集整理|范文)[^\n]*$"),
]
# disclaimers: found by their words, then widened to their sentence (a pattern that looked for the
# sentence first would try every position of every line)
_DISCLAIMER = re.compile(r"跳转到对应篇章|不代表本站观点|不代表本网观点|来源于网友上传|由网友上传|网友投稿|版权归原作者|如有侵权|侵权请联系|联系删除|"
                         r"请勿用于商业用途|仅供学习参考|仅供学习交流|若需要原创文章|咨询客服|存在侵权|收益归属内容提供方|请进行举报或认领|"
                         r"本文档由用户提供|文档由用户上传|以上内容来自网络|内容来源于网络|来源于互联网|感谢您的阅读|祝您生活愉快|"
                         r"下载后可任意编辑|可任意编辑|可编辑修改|下载后可编辑|欢迎下载|感谢下载|感谢您的下载|可任意修改|到此分享完毕|"
                         r"观点仅代表作者本人|仅提供信息存储空间|信息发布平台|内容仅代表上传者|均由用户发布|网络存储空间|仅供在线预览|不得用于商业用途|"
                         r"涉及侵权|若有侵权|客服删除|原创定制|如对您有帮助|点击下方按钮|仅展示部分|全文刊发如下|用户上传|仅供在线学习|预览完毕|"
                         r"本站所有资源|本站所有文章|采集网络资源|内容与标题不符|下载前请仔细阅读|格式错位|下载后可查看完整|"
                         r"请自行甄别|平台不提供额外|仅部分预览|反馈申请退款|侵犯您的权益|人工客服工作时间|版权归属内容提供方|内容授权或下架|"
                         r"分享给身边的朋友|记得分享给|付费前请自行鉴别|仅供研究参考|不对文档的完整性|希望对大家写作有帮助|"
                         r"如您付费|本站不退款|已付费下载过|文章的全部内容|未经允许请勿转载|未经允许,请勿转载|希望大家认真参考|下载后内容可随意|"
                         r"内容可随意调整|本网协议授权|依法追究|版权均属|均为转载稿|转载出于传递更多信息|不代表本站立场|不代表本网立场|"
                         # an information site's plea: "联系我时,请说明是在某某网看到的信息,谢谢。"
                         r"联系我时|請說明是在|请说明是在|"
                         # its wishes after its lead-in: "希望大家采纳!更多相关信息请关注美文网的栏目!"
                         r"希望大家采纳|更多相关信息请关注|更多精彩内容请关注|更多精彩文章请关注|更多精彩资讯请关注|"
                         # its terms for reposts and comments, and who gave it the text: "转载时必须在醒目位置注明本文出处…",
                         # "…本站保留追究法律责任的权利。", "网友评论仅供其表达个人看法,并不表明网站立场。", "本文原稿由网友“某某”提供。"
                         r"注明本文出处|本站保留|本网保留|评论仅供其表达|并不表明网站立场|并不表明本站立场|本文原稿由|"
                         # what it does not vouch for, and a paper's rights over its e-edition: "…未经本站证实,…本站不作任何保证
                         # 或承诺…", "本文仅代表作者观点,…", "…的一切内容(包括但不限于文字、图片…)…追究侵权者的法律责任。"
                         r"未经本站证实|本站不作任何保证|仅代表作者观点|仅代表作者个人观点|如遇侵权|包括但不限于文字|追究侵权者|"
                         # a Q&A site's call to its paid service, and a health site's caution: "…直接和律师在线沟通获得更多帮助!",
                         # "本文所涉及医学部分,仅供阅读参考。…以线下面诊医学诊断、治疗为准。"
                         r"在线沟通获得更多帮助|所涉及医学部分|线下面诊|"
                         # a wiki's tagline: "維基文庫,自由的圖書館"
                         r"自由的图书馆|自由的百科全书|"
                         # what a download holds: "下载后只包含 1 个 DOCX 格式的文档,没有任何的图纸或源代码,查看文件列表"
                         r"下载后只包含|没有任何的图纸或源代码|"
                         # a news site's age gate, its idle pop-up and its app's lottery: "您即将进入之新闻内容 需满18岁 方可浏览。",
                         # "此网页已闲置超过5分钟,请点击透明黑底或右下角 X 钮。", "…现在用APP看新闻 保证天天中奖 点我下载APP…"
                         r"需满18岁|已闲置超过|现在用APP看新闻|点我下载APP|"
                         # its notice on disputes: "如果您对稿件和图片等有版权及其他争议,请及时与我们联系,…进行相关删除"
                         r"版权及其他争议|核实情况后进行相关删除|"
                         # who gave the site the story, and its thanks: "《…推进会》由河南新闻网-豫都网提供,谢谢合作!"
                         r"》由[^。!,]{2,30}提供|"
                         # a topic page's lead on what it gathered: "导读:本专题收录了…讲话稿5篇,…点击标题可查看全文,欢迎收藏转发。"
                         r"本专题收录|点击标题可查看|"
                         # a template site's lead on the genre and its offer, and a news site's terms for rights:
                         # "…想写好工作报告类型的文章,不妨来参考一下本文。好范文为大家带来了《…》,希望对你的范文写作有所帮助。",
                         # "这些范文涵盖了不同行业和领域的报告,…", "如因作品内容、版权和其它问题需要同本网联系的,…"
                         r"不妨来参考一下|为大家带来了《|范文写作有所帮助|这些范文涵盖|需要同本网联系|给予一定的稿费|"
                         # "侵权及不良内容联系邮箱:…,一经核实,本站将立刻删除。"
                         r"不良内容联系|本站将立刻删除|"
                         # its close: "…以上就是本文为您收集整理的…最新内容,希望能帮到您!更多相关内容欢迎关注。"
                         r"为您收集整理的|希望能帮到您|更多相关内容欢迎关注|"
                         # a cookie notice's later sentences: "请点选"接受",…本站预设选择拒绝。进一步Cookies资料之处理,请参阅本站之隐私权宣告"
                         r"Cookies|cookies|Cookie|隐私权宣告|隐私权声明|隐私权政策|本站预设|"
                         # a notice about the site itself: "说明:本网站的所有产品内容及图片非为针对消费者的广告…",
                         # "注意:本网站含有…信息,18岁以下未成年人禁止浏览。"
                         r"(?:说明|注意|提示|温馨提示|特别提示|特别说明|重要提示)\s*:\s*(?:本网站|本站|本网)(?!讯)")
_STOP = re.compile(r"[。!\n]")
_SITE_TURN = re.compile(r",\s*(?=本文主要内容|本文关键词|关键词为)")
_WISH = re.compile(r"希望(?:能)?对(?:大家|你|您)有所帮助[!。]\s*$")


# a document's own page stamp, printed on every page of a download: glued into a sentence, only the stamp
# goes ("去年12月第 1 页 共 16 页下载后可任意编辑份,市委召开了…")
# (with the format before it: "本文格式为Word版,下载可任意编辑 2021协会工作计划 为更好地…")
_STAMP = re.compile(r"(?:本文档?格式为\s*[Ww][Oo][Rr][Dd]\s*版\s*,?\s*)?(?:下载后?可任意编辑|可任意编辑|下载后可编辑|可编辑修改)(?:和复制|和修改)?\s*")
# a Word template's footer, printed on every page and glued where the pages meet: the page's number between dashes, the
# template's date field and its note ("…调研报告- 6 -2020年4月19日文档仅供参考,不当之处,请联系改正。*镇位于…")
_TEMPLATE_FOOTER = re.compile(r"(?:-\s*\d{1,3}\s*-\s*)?(?:\d{4}年\d{1,2}月\d{1,2}日\s*)?本?文档仅供参考,?\s*(?:如有)?不当之处,?\s*"
                              r"请(?:联系|与[^。,\s]{0,6}联系)?改正[。.]?\s*")
_PAGE_BEFORE = re.compile(r"第\s*\d+\s*页\s*,?\s*共\s*\d+\s*页\s*$")


def _stamps(shade: str) -> list[tuple[int, int]]:
    """The page stamps with prose going on right after them (with the page footer before one)."""
    spans = []
    for m in _STAMP.finditer(shade):
        if not (HAN.match(shade, m.end()) or shade[m.end():m.end() + 1].isdigit()):
            continue
        page = _PAGE_BEFORE.search(shade, max(0, m.start() - 20), m.start())
        # (a word's last characters after a page footer may end the paragraph: "…年底的积第 1 页 共 3 页 …分榜。")
        if len(shade) - m.end() >= (2 if page else 6):
            spans.append((page.start() if page else m.start(), m.end()))
    return spans


def _disclaimers(shade: str) -> list[tuple[int, int]]:
    spans = []
    for m in _DISCLAIMER.finditer(shade):
        before = shade[max(0, m.start() - 60):m.start()]
        stops = list(_STOP.finditer(before))
        start = m.start() - len(before) + (stops[-1].end() if stops else 0)
        # a prompt to share follows the site's intro, which ends in its wish: "…希望对大家有所帮助!如果你喜欢…"
        if m.group().startswith(("分享给", "记得分享")) and start <= 200 and _WISH.search(shade, 0, start):
            start = 0
        after = _STOP.search(shade, m.end())
        end = after.end() if after and shade[after.start()] != "\n" else (after.start() if after else len(shade))
        # "(此文档为word格式,可任意修改编辑!)": the bracket the notice opened closes with it
        while end < len(shade) and shade[end] in ")】]" and \
                sum(shade.count(c, start, end) for c in "(【[") > sum(shade.count(c, start, end) for c in ")】]"):
            end += 1
        spans.append((start, end))
    return spans


# the words every banner above contains: a line without any of them is passed over cheaply
_TRIGGER = re.compile(r"会员分享|自动调取|在线阅读|上搜索|小编|广泛通用性|简要目录|开篇|本站|本网|编者|网友|为大家|为您|为你|给大家|收集整理|搜集整理|整理收集|网络整理|精心|"
                      r"导语|导读|摘要|引言|内容简介|内容提要|侵权|不代表|商业用途|仅供|原创|客服|内容提供方|认领|用户提供|用户上传|"
                      r"来自网络|来源于网络|互联网|感谢您|祝您|可任意编辑|可编辑|下载后|欢迎下载|感谢下载|可任意修改|分享完毕|"
                      r"作者本人|信息存储空间|信息发布平台|上传者|用户发布|网络存储空间|在线预览|商业用途|涉及侵权|若有侵权|客服删除|"
                      r"原创定制|如对您有帮助|点击下方按钮|仅展示部分|刊发|刊登|摘发|摘登|编者按|编辑推荐|用户上传|在线学习|预览完毕|全文:|"
                      r"本站所有资源|本站所有文章|采集网络资源|内容与标题不符|下载前请仔细阅读|格式错位|下载后可查看完整|"
                      r"甄别|不提供额外|采纳|书山有路|请关注|下面是|以下是|下面就是|以下就是|倾情为|专心|温馨提示|联系我时|请说明是在|全部内容|请勿转载|认真参考|可随意|仅部分预览|申请退款|侵犯您的权益|人工客服|欢迎|敬请|版权归属|下架|身边的朋友|记得分享|付费前|研究参考|完整性|写作有帮助|如您付费|不退款|已付费|书面材料|应用文|跳转到对应篇章|可修改|完整、|、完整|实用、|、实用|精心挑选|范文都很熟悉|写好一篇|范文有助于|下面我们就来|就来了解一下|来看看吧|注明本文出处|评论仅供|网站立场|本文原稿|本文关键词|本站证实|代表作者|包括但不限于|在线沟通|医学部分|线下面诊|自由的图书馆|自由的百科全书|图纸或源代码|需满18岁|已闲置超过|现在用APP看新闻|点我下载APP|其他争议|相关删除|》由|本专题收录|点击标题|不妨来|带来了《|范文写作|范文涵盖|同本网|稿费|不良内容|立刻删除|为您收集|帮到您|ookie|隐私权|本站预设")


# an editor's lead-in that ends its line introduces the text below it; what the line says before it is
# the site's own lead ("计生协一般指中国计划生育协会。…本站为大家整理的…,供大家参考选择。")
# (or is followed only by the site's wishes: "…欢迎阅读参考!希望大家采纳!更多相关信息请关注美文網的栏目!")
_LEAD_INS = (_EDITORS_LEAD_IN, _EDITOR_SAYS, _SITE_SAYS, _OFFERED, _SAMPLES)


def _with_lead(shade: str, m: re.Match[str], rx: re.Pattern[str], after: list[tuple[int, int]]) -> tuple[int, int]:
    end = m.end()
    while (step := max((b for a, b in after if a <= end + 1 and b > end), default=None)) is not None:
        end = step
    ends_line = not shade[end:].strip()
    # (a sentence that looks back, "以上就是小编为大家整理的…", "本文由小编整理发布", closes the text: what stands before
    # it on its line is the text's last paragraph)
    if rx in _LEAD_INS and 0 < m.start() <= 200 and ends_line and not _LOOKS_BACK.match(shade, m.start()) \
            and shade[: m.start()].rstrip()[-1:] in "。!?":
        return 0, m.end()
    if rx is _OFFERED and shade[: m.start()].rstrip()[-1:] == ",":
        # the site's words that open the offer's sentence go with it: "愉快的暑假结束了,本文是…,欢迎阅读。"
        start = max(shade.rfind(ch, 0, m.start()) for ch in "。!?\n") + 1
        if m.start() - start <= 60:
            return start, m.end()
    return m.span()


_LOOKS_BACK = re.compile(r"\s*(?:以上|上文|上面|本文由|本篇由|本文系|本篇系)")
_WELCOME = re.compile(r"\s*(?:欢迎|敬请)[^。!?\n]{0,16}(?:阅读|收藏|参考|借鉴|下载|分享)[^。!?\n]{0,8}(?:[。!]|$)|"
                      # (or the contact it gives for complaints: "…请及时联系我们。电话:029-63903870")
                      r"\s*(?:电话|联系电话|邮箱|电子邮箱|QQ)\s*:\s*[\w@.\-]{5,40}\s*$")
_VOICE_BRACKET = re.compile(r"[(【\[][^()【】\[\]]{0,40}(?:小编|本站|本网|编者)[^()【】\[\]]{0,40}[)】\]]")
_BRACKET_OPEN = re.compile(r"[(【\[]")
_VOICE_WORD = re.compile(rf"{_SITE_VOICE}|供大家|欢迎|参考|上传|分享")
_ANCHORED = [(rx, sorted(anchor_words(rx))) for rx in _PATTERNS]


# a sharing site's numbered rules for its documents ("1. 1、本站所有内容均由合作方或网友上传…", "4. 下载文档时…"),
# with the heading above them and the support line below: every item goes, also one no other rule would
# know ("1. 部分包含数学公式的文件…")
_ITEM = re.compile(r"^\s*(?:[-•·*]\s*)?(?:\d{1,2}\s*[.、]\s*)+")  # (a list's bullet may stand before the number)
_SITE_RULE_WORDS = re.compile(r"文档|下载|客服|VIP|付费|版权|(?:用户|网友|会员)上传|上传(?:者|人|的|文档|资料|作品)|预览|本站|退款")
_RULES_HEAD = re.compile(r"^\s*[^\s:]{0,6}(?:温馨提示|下载须知|用户须知|注意事项)\s*:?\s*$")
_RULES_TAIL = re.compile(r"^\s*(?:网站客服|客服QQ|客服电话|客服微信|在线客服)\s*:|^[^。]{0,30}VIP文档[^。]{0,10}[。.]?\s*上传文档$")


def _numbered(line: str) -> bool:
    return (line[:1].isdigit() or line[:1] in "-•·*") and _ITEM.match(line) is not None


def site_rules(lines: list[str]) -> list[bool]:
    """Which lines to keep: a run of two numbered items or more, most of them about the site's documents."""
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _numbered(lines[j]):
            j += 1
        if j - i >= 2:
            about = sum(bool(_SITE_RULE_WORDS.search(shadow(lines[k]))) for k in range(i, j))
            if about >= 2 and about * 2 >= j - i:
                a, b = i, j
                if a > 0 and _RULES_HEAD.match(shadow(lines[a - 1])):
                    a -= 1
                while b < len(lines) and _RULES_TAIL.search(shadow(lines[b])):
                    b += 1
                keep[a:b] = [False] * (b - a)
        i = max(j, i + 1)
    return keep


class SiteBanners(LineRule):
    name = "banner"
    trigger = any_of([_TRIGGER])  # the same words, as a trie

    def __call__(self, draft: Draft) -> Draft:
        if any(_numbered(line) for line in draft.lines):  # (lines come stripped)
            keep = site_rules(draft.lines)
            if not all(keep):
                draft.keep_lines(self.name, keep)
        return super().__call__(draft)

    def rewrite(self, draft: Draft, line: str, shade: str, index: int) -> list[str]:
        if "仅供参考" in shade and (footers := [m.span() for m in _TEMPLATE_FOOTER.finditer(shade)]):
            for a, b in reversed(footers):
                draft.drop(self.name, line[a:b], index)
                line = line[:a] + line[b:]
            shade = shadow(line)
        if "编辑" in shade and (stamps := _stamps(shade)):  # a stamp inside a word: the word joined again
            for a, b in reversed(stamps):
                draft.drop(self.name, line[a:b], index)
                line = line[:a] + line[b:]
            shade = shadow(line)
        # a pattern is run only on a line with one of its own words: several of them try every position
        # the site's voice in brackets inside a sentence ("…3.2万人次,(小编推荐:…精选10篇)开展…") is the bracket
        # alone, not the sentence round it
        brackets = [m.span() for m in _VOICE_BRACKET.finditer(shade)] if _BRACKET_OPEN.search(shade) else []
        disclaimers = _disclaimers(shade)
        # (or one that opens the sentence: "。(小编推荐:…)刚才各市…意见。", where no site word follows the bracket)
        spans = [_with_lead(shade, m, rx, disclaimers) for rx, words in _ANCHORED if any(w in shade for w in words)
                 for m in rx.finditer(shade)
                 if not any(m.start() <= a and b <= m.end() and (a > m.start() or not _VOICE_WORD.search(shade, b, m.end()))
                            for a, b in brackets)]
        spans += brackets + disclaimers
        # (the site may start speaking after a comma, in the title's sentence: "…上的讲话,本文主要内容关键词为:…")
        if "," in shade:
            spans = [(turn.end() if (turn := _SITE_TURN.search(shade, a, b)) else a, b) for a, b in spans]
        # the site's welcome or contact after its banner, on the same line, goes with it ("…激发您的写作灵感。欢迎深入阅读并收藏。")
        spans = [(a, w.end() if (w := _WELCOME.match(shade, b)) else b) for a, b in spans]
        rest = " ".join(draft.cut(self.name, line, index, spans)) if spans else line
        return [rest] if rest else []
