"""Navigation and page furniture: 上一篇/下一篇, 上一页/下一页, 相关栏目, 关键词, 配套讲稿, 特殊限制,
breadcrumbs, share buttons, 扫一扫, page headers (第1页共6页), photo captions, widgets, forum chrome,
copyright footers. A line goes when it is furniture as a whole; furniture glued to the end of a text
line (mirror sites print the whole page as one line) is split off first.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from cleaners.anchors import any_of
from cleaners.dates import CLOCK, STAMP, STAMP_RE, WRITTEN, date_line, first_date, small_number
from cleaners.describe import OFFICES, PERSON_NAME, SALUTATION_START, SURNAMES, mostly_names
from cleaners.draft import (
    CLOSERS,
    HAN,
    KANA,
    KANA_CHAR,
    TERMINAL,
    Draft,
    ends_sentence,
    fold,
    has_stops,
    is_prose,
    shadow,
    table_row,
    text_bounds,
)
from cleaners.relevance import DATELINE, first_person
from cleaners.spam import advert_line

_LABELS = (r"文档介绍|文档简介|资料简介|上一名人|下一名人|上一主题|下一主题|上一条|下一条|上一篇文章|下一篇文章|上一封消息|下一封消息|上一篇|下一篇|上一页|下一页|上一章|下一章|上篇|下篇|相关栏目|相关文章|相关阅读|相关推荐|相关范文|相关文档|"
           r"推荐阅读|推荐文章|热门文章|热门推荐|最新文章|猜你喜欢|猜你关注|延伸阅读|扩展阅读|精彩推荐|关键词|关\s*键\s*词|标签|Tags?|"
           r"分享到|分享至|扫一扫|当前位置|本页位置|您的当前位置|您的位置|您现在的位置|所在位置|您当前的位置|当前的位置|热门搜索|热搜词|配套讲稿|特殊限制|责任编辑|返回顶部|返回列表|打印本页|关闭窗口|"
           r"上一条|下一条|上一则|下一则|友情链接|相关链接|相关资源|相关下载|词条标签|站内搜索|全站搜索|栏目导航|来自|签名|个性签名|"
           r"前一篇|后一篇|标签|热门标签|本文标签|文章标签|文档标签|分类|类别|分享|今日头条|头条新闻|滚动新闻|最新消息|滚动播报|"
           r"您现在的位置是|当前位置是|您的位置是|进入专题|您所在的位置|关键字|热门|相关专题|TAG标签|友情支持|"
           # (a journal database's record of a paper: "【期刊名称】《南方人口》", "【年(卷),期】2017(032)002", "【中图分类】C92-05")
           r"期刊名称|年\(卷\),期|总页数|正文语种|中图分类")
# furniture glued to text: break the line before a label that follows a space or a bar (the label is
# looked for first: a pattern that starts by looking behind is tried at every position of the line)
_GLUED = re.compile(rf"(?:{_LABELS})\s*:")
# (the previous and next posts' labels may part from their titles with a space alone: "上一篇 在…上的讲话")
_LEAD = re.compile(rf"^[\s\-–·•*▪>»«【\[(]*(?:(?:{_LABELS}|(?i:previous|prev|next)(?i: (?:post|article|story|page))?)\s*[::】\]]|"
                   r"(?:上一篇|下一篇|上一条|下一条|上篇|下篇)(?:文章)?[ \u3000]+(?=\S)|"
                   # (a paper's keywords after a space, words alone: "关键词 高校 流动人口 计划生育 问题 对策")
                   r"(?:关键词|关键字)[ \u3000]+(?=(?:[^\s,。,;:]{1,8}[ \u3000]+){2,}[^\s,。,;:]{1,8}\s*$))")
# a column's name over its story: "新聞與活動", "News新聞動態", "主編推介" (nor is it a title: Title passes it over)
COLUMN_NAMES = "新闻与活动|新闻动态|工作动态|新闻速递|快讯|协会动态|行业动态|国内新闻|国际新闻|主编推介|编辑推荐|新闻中心|通知公告|图片新闻|视频新闻|热点新闻|最新动态|焦点新闻|新闻专区|要闻|新闻公报|新闻"
_PAGER_WORDS = (r"第\s*\d+\s*页|共\s*\d+\s*页|打印此页|关闭本页|首页|尾页|末页|上一页|下一页|上页|下页|前一页|后一页|返回|"
                r"返回顶部|回到顶部|回到顶端|返回顶端|回到页首|返回页首|返回首页|页:|返回列表|打印|打印本页|关闭|关闭窗口|收藏|收藏本页|加入收藏|设为首页|添加到桌面|分享|更多|查看更多|"
                r"点击查看|点击查看更多|跳转|GO|Top|上一篇|下一篇|上一条|下一条|列印|友善列印|搜索|登录|注册|自动登录|文档信息|文档详情|\+1|"
                # (a print button's label, a header's link to the main site, a blog's empty comments: "打印:", "返回主站",
                # "没有留言:"; a source's label with its value lost: "来源")
                r"打印:|返回主站|进入主站|没有留言:?|来源:?|"
                # (a comment box's and an attachment box's links, a trade site's buttons, a member box's heading)
                r"查看所有评论|查看全部评论|附件列表|发布产品|发布求购|会员信息|"
                r"下载本文|原文链接|回上一页|回页首|回首页|前一篇|后一篇|转载|喜欢|订阅|手机订阅|发评论|收藏本文|纠错|我要纠错|在线预览|立即下载|分享到微信|"
                r"加入文集|在线阅读|我来说两句|手机阅读|手机版|预览|下载得到文件列表|查看文件列表|下载|\d+下载券|跳至|转到|转至|页|"
                # a skip link for screen readers: "跳至內容", "跳到导航", "跳转到路径导航栏", "跳转到正文内容"
                r"(?:跳至|跳到|跳转到)(?:主要|路径)?(?:内容|正文(?:内容)?|导航栏?|搜索)区?|打印本文|打印文章|关闭本文|大字体|中字体|小字体|\[图片\]|图片|…|\.\.\.|<<|>>|«|»|"
                # reading widgets, pop-ups and a newspaper's own buttons
                r"朗读|图集|恢复窄屏|窄屏|宽屏|数字报纸|数字报|电子版|我知道了|内容详情|放大|缩小|默认|我要投稿|原创|上一版|下一版|上一期|"
                r"下一期|版面导航|文章导航|加载更多|合集下载|显示全部楼层|只看该作者|倒序浏览|阅读模式|分享工具|facebook|twitter|"
                r"还没有账号\?|账号\+密码登录|正文复制|复制正文|"
                rf"News|{COLUMN_NAMES}|"
                r"文档简介:?|文档介绍:?|资料简介:?|资源描述:?|基本信息|字体:?|字号:?|字型大小:?|打印文章|查看评论|关灯|开灯|护眼|护眼模式|"
                r"选择字号:?|(?:新闻)?字体调整:?|字号调整:?|本文共阅读|"
                # an accessibility toolbar's and a blog's sidebar labels: "页面:", "对比度:", "个人资料", "博客访问:"
                r"页面:|对比度:?|个人资料|博客访问:?|博客等级:?|博客积分:?|"
                # a forum poster's rank over the post: "创始人", "超级版主", "论坛元老"
                r"创始人|管理员|超级版主|版主|论坛元老|金牌会员|注册会员|禁止发言|楼主|"
                # an advert's slot named for the page's script, a category's and a search box's labels: "adblk6", "文章分类"
                r"adblk\d{1,3}|文章分类|搜寻|进入专题:?|进入专栏|"
                # a library's buttons for a paper, a reading app's call, a print and a comment button: "本馆镜像全文|",
                # "获取CNKI官网全文", "上QQ阅读APP看书,第一时间看更新", "打印页面", "评论一下"
                r"本馆镜像全文|推荐本文|获取CNKI官网全文|上QQ阅读APP看书,第一时间看更新|打印页面|评论一下|"
                # a player's placeholder and a portal's search box: "不支持Flash", "爱问(iAsk.com)"
                r"不支持Flash|爱问|iAsk\.com|"
                # a picture's placeholder and its file's name, follow buttons, a live page's tabs: "本文插图", "timg (1)",
                # "某某二维码_副本_副本", "关注微博", "图片实录", "返回直播页", "文字内容:"
                r"查看方式:?|大字|中字|小字|双击滚屏|关键字|网站专栏|专题专栏|新闻特搜|今日日期:?|当前报纸日期:?|本文插图|文章插图|timg|[\u4e00-\u9fff]{0,8}二维码(?:_副本)+|关注微信|关注微博|文字实录|图片实录|视频实录|返回直播页|直播摘要|文字内容:?|转寄|推荐|书签|显示模式:?|网格|列表|开启左侧|收起左侧|展开左侧|广告刊登|x|×|✕|正文|导读|文本内容:?|尊享超值权益|分销|赏|以稿换稿|申明敬告:?|意见反馈|版权反馈|新闻地图|旧版回顾|当前位置|您的位置|您现在的位置|密码:?|用户名:?|登录名:?|"
                # a site's menu words and its social buttons: "导航", "相關鏈結", "今日头条", "新聞關鍵字", "加入Line好友"
                # (an English button goes in _ENGLISH_FURNITURE: these words are matched in any case, and a long one
                # in every spelling of its case is an anchor set too big to build)
                r"导航|主页|相关链结|相关链接|今日头条|新闻关键字|精选|加入Line好友|广告|"
                r"用户登录|年度会员|新闻查询|站内查询|信息查询|打印本文章|写信给编辑|给编辑写信|VIP专免|VIP专享|VIP免费|VIP|投诉建议|我要投诉|推荐:|"
                r"脚注信息|页脚信息|底部信息|社交网站:?|举报类型:?|检举类型:?|检举|具体描述:?|范文查询|范文模板大全|范文大全|发送给(?:我的?)?好友|推荐给(?:我的?)?好友|发给好友|告诉好友|在线客服|联系客服|人工客服|下载APP|APP下载|下载客户端|客户端下载|文本预览下载声明|简介:|菜单|"
                # a counter's label the script did not fill: "阅读次数()"
                r"阅读次数|浏览次数|点击数|点击量|"
                # a column's name: "会务资讯", "慈善资讯", "妇计动态"
                r"[\u4e00-\u9fff]{2}(?:资讯|快讯|动态)|"
                # (a search box's numbered fields: "关键词1:", "关键词2:")
                r"关键[词字]\d:?|"
                # (a column's feed link and a print button's picture's name: "委員會決議Rss", "列印圖示")
                r"[\u4e00-\u9fff]{0,12}RSS|列印图示|打印图示|"
                # a row's label left alone when its value went (a date, an address, tags), a wiki's heading of links
                # and a library's button: "更新时间", "本题链接:", "热门标签", "外部链接", "详细信息"
                r"标题:|更新时间:?|发布时间:?|本题链接:|本文链接:|热门标签|热门关键[词字]:?|热门搜索:?|相关标签|外部链接|详细信息|"
                # (and a notice's heading whose notice went, a source's label whose address went: "声明", "Source:")
                r"声明|免责声明|版权声明|Source:?|"
                # (a search box's label, and a clock's whose date went: "搜索文档", "今天是:")
                r"搜索文档|搜索范文|搜索文章|今天是:?|分类:?|标题导航|内容检索:?|全文检索|关注|会员登录入口|登录入口|A\+|A-|"
                # (a story's mood buttons: "• 微笑" / "• 流汗" / "• 难过" …)
                r"微笑|流汗|难过|羡慕|愤怒|流泪|震惊|开心|感动|同情|搞笑|无聊")
# (a word the site printed twice, "打印打印", is still the button)
_PAGER_TOKEN = re.compile(rf"^(?:{_PAGER_WORDS})+$", re.I)
_TOKEN_SPLIT = re.compile(r"[\s\[\]【】()|/·•<>▼▲☆★]+")
_FILE = r"[^。,，\s]{2,60}\.(?:docx?|pdf|xlsx?|wps|pptx?|zip|rar)"
# a preview's page thumbnail, captioned with the document's name and the page ("….docx_第12页"): the
# Title rule reads the name, PageMarkers that the page is a preview (thumbnail_caption)
_THUMBNAIL = r"([^\s。,]{1,80})_第\s*\d+\s*页"
THUMBNAIL = re.compile(_THUMBNAIL)


def thumbnail_caption(draft: Draft) -> str | None:
    """The document's name a preview captioned its page thumbnails with ("…_第1页"), where Navigation took them."""
    return next((r.text.strip()[m.start(1):m.end(1)] for r in draft.removed if r.rule == "navigation" and "_" in r.text
                 and (m := THUMBNAIL.fullmatch(shadow(r.text.strip())))), None)
# the day alone, as a blog or a paper heads its post: "2018年5月15日星期二"
_DAY_ROW = re.compile(rf"\s*{WRITTEN}\s*[-\s]?\s*星期[一二三四五六日天]\s*")
_PAGE_HEADER = re.compile(r"^\s*(?:第\s*\d+\s*页\s*[,/、]?\s*(?:共\s*\d+\s*页)?|共\s*\d+\s*页\s*[,/、]?\s*(?:第\s*\d+\s*页)?|"
                          r"\d+\s*/\s*\d+\s*页?|page\s*\d+\s*(?:of\s*\d+)?|[-—–]+\s*\d{1,3}\s*[-—–]+|"
                          # a site's greeting and clock: "欢迎您!今天是:2024年3月5日 星期二", "16:30:05"
                          r"[^。,]{0,30}欢迎您!?\s*(?:今天是.{0,30})?|"
                          # (after its slogan: "让写作成为一种习惯,某某范文网欢迎您!")
                          r"[^。,!]{2,20},[^。,!]{0,20}(?:网|网站|平台|官网)欢迎(?:您|你)!?\s*$|"
                          # and its welcome, with the day: "欢迎访问…计划生育协会网站 | 2024年11月22日", "欢迎来到【…平台】",
                          # "您好,欢迎来到…官方网站!"
                          rf"(?:(?:您好|你好)[,!]?\s*)?欢迎(?:来到|访问|光临)[^。,!]{{2,40}}(?:网|网站|平台|主页|官网|】)!?\s*(?:\|?\s*{WRITTEN})?\s*$|"
                          rf"今天是\s*:?\s*{WRITTEN}\s*(?:星期.)?|"
                          rf"(?:(?:{WRITTEN}|{STAMP})\s*[-\s]?\s*)?星期[一二三四五六日天]|"
                          # a byline on its own ("通讯员 张晓", an e-paper's "□记者 陈某某", "本报记者 王某 李某"), a portal's attachment link
                          r"[□■●◆]?\s*(?:[\u4e00-\u9fff·]{1,14}?(?<![的是])(?=记者|通讯员))?(?:通\s?讯\s?员|记\s?者|责任编辑|责编|摄\s?影)(?:\s+|\s*[.．]\s*)[\u4e00-\u9fff·]{2,5}"
                          r"(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}|"
                          # a novel site's prompt to bookmark it: "某某提示您:看后求收藏(…),接着再看更方便。"
                          r"[^。,]{0,12}提示您\s*:\s*看后求收藏[^。]{0,40}。?|"
                          # (or the name glued to the word: "通讯员叶某娴", "记者李某")
                          rf"(?:通讯员|记者){PERSON_NAME.pattern}(?:\s+{PERSON_NAME.pattern}){{0,2}}|"
                          # (or writers' names joined by +: "李某某+任某某")
                          rf"{PERSON_NAME.pattern}(?:\s*\+\s*{PERSON_NAME.pattern}){{1,5}}|"
                          # (or glued to the name, after the outlet's: "中国妇女报记者周文"; where the reporter filed from: "发自北京")
                          r"[\u4e00-\u9fff·]{2,14}(?:报|网|台|社)(?:特约|见习)?记者[\u4e00-\u9fff]{2,3}|发自[\u4e00-\u9fff]{2,6}|附件\s*\d*\s*:?.{1,60}\.(?:docx?|pdf|xlsx?|wps|zip|rar)|"
                          r"(?:附件下载|相关附件)\s*:\s*无|"
                          # a menu's cell left alone after its bar: "|新华"
                          r"\|\s*[\u4e00-\u9fff]{1,6}\s*$|"
                          # an editor's or a source's credit in brackets: "(责编:张三、李四)", "[稿源:某某网]"
                          r"[(\[【]\s*(?:责编|责任编辑|编辑|稿源|来源|本文来源|文章来源|报道|撰稿|审签|审核|签发|校对|初审|终审)\s*:\s*[^()\[\]【】]{1,30}[)\]】]|"
                          # an image's file name left for its picture: "微信图片_20230314120116.jpg"
                          r"[^\s。,]{1,60}\.(?:jpe?g|png|gif|bmp|webp)|"
                          r"第\s*[一二三四五六七八九十\d]+\s*篇|篇\s*[一二三四五六七八九十\d]{1,3}|※\s*推荐\s*※|温馨提示\s*:?|"
                          # a link list's heading alone, and the health-advert queries SEO pages put in it
                          r"友情链接|[\u4e00-\u9fff]{2,16}(?:去哪里|哪家好|哪里好|怎么治疗)|"
                          # (a price asked of a treatment; a benefit's amount asked is a Q&A's title: "…奖励费多少钱")
                          r"[\u4e00-\u9fff]{0,12}(?:治疗|医院|手术|矫正|整形|植发|祛斑)[\u4e00-\u9fff]{0,6}多少钱|"
                          r"(?:声明|免责声明|版权声明)\s*:|[^。,]{0,8}一张图(?:来)?告诉(?:您|你)[^。,]{0,6}|"
                          # an address alone: a printed page's footer ("https://….html   1/3")
                          r"(?:https?://|www\.)\S+(?:\s+\d+\s*/\s*\d+)?|"
                          # a newspaper's page: "00005版:时政新闻", "第14B版:", "第5版(教育·科技·文化)", "专栏:"
                          r"(?:第\s*[A-Z]?\d{1,5}[A-Z]?\s*版|\d{2,5}\s*版)\s*(?:[:(][^。,]{0,20})?|专栏\s*:|新闻搜索\s*:|"
                          # a newsroom's hotline: "新聞熱線:0855-8222000", "爆料热线:0315-5678114"
                          r"[^。,]{0,8}热线\s*:?\s*[\d\-()\s]{7,20}(?:\((?:传真|24小时|免费)\))?|"
                          # a weather widget's place and sky: "澄河镇:多云"
                          r"[\u4e00-\u9fff]{2,6}\s*:\s*(?:多云|晴|阴|小雨|中雨|大雨|阵雨|雷阵雨|小雪|中雪|大雪|雨夹雪|雾|霾)"
                          r"(?:转(?:多云|晴|阴|小雨|中雨|大雨|阵雨|雷阵雨|小雪|中雪|大雪|雨夹雪))?|"
                          # or its sky alone, as Taiwan's portals print it: "晴时多云", "多云时阴"
                          r"(?:多云|晴|阴)(?:时|转)(?:多云|晴|阴|阵雨|雷阵雨|短暂阵雨|小雨)|"
                          # a WeChat post's end mark: "- END -", "—END—"
                          r"[-—–\s]*END[-—–\s]*|"
                          # a preview's page thumbnail ("….docx_第12页") and its download button
                          rf"{_THUMBNAIL}|下载资源)\s*$", re.I)
_EDIT_LINK = re.compile(r"\s*[\[【]编辑(?:本段)?[\]】]\s*$")
# a page counter: which page of how many (PreviewCut reads them too)
# (a slide deck's page in characters: "第三十页,共49页")
PAGE_COUNTER = re.compile(r"第\s*(\d+|[一二三四五六七八九十]{1,3})\s*页\s*[,/、]?\s*共\s*(\d+)\s*页")
# (a preview that lost the numbers prints "第第页", "第页共页")
_TITLED_PAGE = re.compile(r"[^。,;!?:]{4,50}?第\s*\d{1,3}\s*页")
# a preview's page number run in after a sentence: "…宣扬活动。3 / 3" at the line's end, "…物质保障。第4页2、开展…"
# before the next heading
_RUN_IN_PAGE = re.compile(r"(?<=[。!?])\s*(\d{1,3})\s*/\s*(\d{1,3})$|(?<=[。!?])第\s*\d{1,3}\s*页(?=\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.])")
# (a footer whose figures the page lost keeps its page's number before it: "…对驻点 18 第页共页")
_INLINE_PAGE_HEADER = re.compile(r"\s*第\s*(?:(?:\d+|[一二三四五六七八九十]{1,3})\s*页\s*[,/、]?\s*共\s*\d+\s*页|第\s*页|页\s*共\s*页)\s*|\s+\d{1,3}\s+第页共页\s*")


def counted(m: re.Match[str]) -> tuple[int, int]:
    """(page, pages) of a PAGE_COUNTER match."""
    page = m.group(1)
    return int(page) if page.isdigit() else small_number(page) or 0, int(m.group(2))


# widgets: furniture when a line starts with them, or is short and made of little else
_WIDGET = re.compile(
    r"扫一扫|扫码(?:关注|阅读|分享|下载)|识别二维码|扫描(?:下方|上方|左侧|右侧|图中)?二维码|二维码|在手机(?:上)?(?:打开|阅读|浏览)|手机版|电脑版|微信扫|分享到|分享至|一键分享|"
    r"复制链接|保护视力色|护眼色|背景色\s*:|〖\s*(?:字体|背景色)\s*:|【背景色(?:\s+[\u4e00-\u9fff]{1,4}(?:\(默认色?\))?)+|字号:?\s*[大中小]|[大中小]字号$|字号:?\s*T\s*\|\s*T|字体:?\s*[大中小]|【\s*[大中小]\s*】|【小\s*中\s*大】|【大\s*中\s*小】|"
    # a style sheet leaked into the text: "p.cjk { font-family: "宋体"…", "@page { size:"
    r"font-family|font-size|line-height|so-language|@page|添加到桌面|加入收藏|设为首页|设为主页|收藏本站|收藏本页|只看楼主|只看该作者|"

    r"倒序浏览|阅读模式|电梯直达|使用道具|发表于\s*\d|发表于[\u4e00-\u9fff]{2,3}$|发布于|#[^#\s]{1,20}\s*\d+个|文档贡献者|点击?(?:上方|上面|上边)\S{0,4}?(?:蓝字|蓝色小?字|关注)|点击蓝字|长按(?:识别|扫码|关注|[「“]?(?:上方|下方|图中|左侧|右侧)?二维码)|阅读原文|查看原文|预览时标签不可点|"
    r"请下载\S{0,16}?(?:iPhone|iPad|Android|APP|App|客户端)|"  # an app's promotion: "第一手消息請下載東網iPhone/…Apps"
    r"点个在看|点亮在看|往期回顾|往期热门|往期精彩|PDF版(?=\s*】?\s*$)|日志(?=\s*$)|下载LOFTER|我的照片书|加关注|往期推荐|喜欢此内容的人还喜欢|本帖最后由|只看他|找回密码|立即注册|快速登录|繁体版|简体版|"
    r"繁体中文|简体中文|无障碍浏览|^\s*无障碍(?:阅读|模式)?\s*$|长者模式|关怀版|English(?!\s*only)|转藏|献花|返回搜狐|收录于合集|写留言|关注该公众号|关注公众号|"
    r"使用小程序|关注(?:他|她|作者)(?!们)|请输入关键[字词]|扫描二维码浏览|用手机扫描|手机扫码|点击下方卡片|距离下一级|新手上路|该用户从未签到|"
    r"中级会员|高级会员|跳到主要内容|跳至主要内容|跳过导航|快捷导航|发新帖|发表回复|回帖后跳转|需要登录后才可以|请登录后|发表评论|文档评论|当前离线|"
    r"本版积分规则|使用高级回帖|Processed\s+in|进入词条|词条统计|编辑次数|举报/认领|加入阅读清单|查看原网页|关闭阅读视图|复制全文|纠错反馈|"
    r"点此登录|免费注册|看不清\?换一张|换一张|验证码|空气质量|\d\s*℃|农历[正一二三四五六七八九十冬腊]|[东南西北]{1,2}风\s*\d|"
    r"[★☆]{3,}|暂无评价|一图读懂|下载到本地|更方便阅读|电脑桌面|安装后可以在桌面|桌面快捷|请\s?您\s?评\s?论|读完(?:约|大约|需要)?\s*\d+\s*分钟|预计阅读(?:时间)?\s*:?\s*\d+\s*分钟|(?:您|你)是(?:本站|本网)?第\s*\d+\s*位(?:访问者|访客|浏览者)|今日访问|在线人数|总访问量|(?:论文)?部分内容阅读|已经到底了|本页打印时间|打印时间:|下载\s*(?:Word|word|WORD|PDF|pdf)\s*文档|[【\[]视频[】\]]|喜欢本文|喜欢(?:这篇|此)文章|请点赞|"
    # a member's gate, and a paid download's button with its pages and price: "会员服务平台登录 | 注册", "下载（8页）¥3.00"
    r"[\u4e00-\u9fff]{0,10}(?:登录|登陆)\s*[|/]\s*(?:免费)?注册|下载\s*\(\s*\d+\s*页\s*\)\s*[¥￥]?\s*\d+(?:\.\d+)?|"
    # a news page's buttons for its comments and tip-offs
    r"现有新闻评论|新闻报料|我要报料|还没有人发表评论|期待您的高见|"
    # a blog post's row: "已关闭评论556 次浏览 1101字阅读3分40秒"
    r"已关闭评论|评论已关闭|\d+\s*次浏览|阅读\s*\d+\s*分\s*\d+\s*秒|"
    # a comment box's count: "最新评论共有 0 位网友发表了评论"
    r"最新评论共有|\d+\s*位网友发表了?评论")
# a question-and-answer site's frame around the answer it reprints ("问题描述:", "最佳答案")
_QA_FRAME = re.compile(r"(?:问题描述|问题补充|最佳答案|推荐答案|满意答案|其他答案|其他回答|网友回答|提问者采纳|热心网友|我来回答|问答详情|"
                       r"共\d{1,3}(?:位律师|位专家|位网友|个|条)(?:解答|回答|回复)|(?:推荐)?回答\s*\(\d{1,3}个?\)|"
                       # the answering lawyer's card: "张某执业律师" / "已帮助" / "867 人解决法律问题"
                       r"[\u4e00-\u9fff]{2,4}执业律师|已帮助|\d+\s*人解决法律问题)\s*:?")
# a button to keep the page, with its title, left alone at the text's end where the site's notice lost its start:
# "收藏《…大樓落成典禮上的講話》)" (Title reads the title in it)
SAVE_BUTTON = re.compile(r"收藏\s*《([^《》]{4,120})》\s*[)\]】]?")
# a site's summary over its story: a bare label, or the story's first lines printed again after one
_SUMMARY = re.compile(r"\s*(?:(?:摘要|内容摘要|文章摘要|内容提要|导读|内容简介|文章简介)\s*:|【(?:摘要|内容摘要|内容提要|导读)】\s*:?)\s*")
# a site's welcome at a line's start ("您好,欢迎访问某某文档"): a prompt here, and no title to Title
WELCOME = r"^(?:您好\s*[,!]?\s*)?欢迎(?:来到|访问|光临)"
# a post's prompts and counters at its foot: "点个“在看”证明您已阅,谢谢!", "文章不错,点个赞吧!", "已有0人发表了评论",
# a forum archive's "页: [1]"; a site's greeting ("欢迎来到…委员会!"), its follow and rating prompts, its adverts
# ("…公文写作神器! 立即了解", "会员专享:下载本专题…"), a mobile page's "展开剩余68%", its count ("目前已被网民围观了126次")
# (a headline's "获点赞" is news, not the prompt)
_PROMPT = re.compile(r"(?<![获被受引赢])点个?\s*“?(?:在看|赞)”?|文章不错|已有\s*\d+\s*人(?:发表了?)?评论|阅读下一篇|返回[^。,]{0,8}首页|页\s*:\s*\[\d+\]|"
                     rf"{WELCOME}|^最新网址\s*:|^欢迎(?:订阅|关注)\s*:|^关注此?公众号|^关注(?:我们的?)?微信(?:公众)?号\s*:?\s*[A-Za-z0-9_\-]{{3,}}|^【[^【】]{{2,40}}】\s*(?:微信)?群$|我给文章打分|参与评分人数|写作神器|立即了解|会员专享|^展开剩余\s*\d+\s*%$|"
                     r"已被[^。,]{0,6}围观了?\s*\d+\s*次|已有\s*\d+\s*人围观|"

                     # a news site's advert slot: "我是广告 请继续往下阅读", "[广告]请继续往下阅读..."
                     r"我是广告|^[\[【(]广告[\]】)]|继续往下阅读|按个赞|点击关闭提示|"
                     # a forum's gate on a hidden part, a station's line for adverts: "查看隐藏内容(*)需先登录", "…广告投放热线↓↓↓"
                     r"查看隐藏内容|需先登录|广告投放热线|广告热线|"
                     # a forum archive's link to its full page ("页: [1]" / "查看完整版本: …"); how to follow an account on
                     # WeChat ("微信订阅" / "打开微信,点击底部的“通讯录”,…")
                     r"^查看完整版本\s*:|^微信订阅$|^打开微信\s*,\s*点击|"
                     # a wiki's link to read on, a fold's button, a question bank's source, a portal's call to its experts
                     r"看更多$|^展开$|^出自\s*:|^在线工具导航$|专家在线[^。,]{0,6}解答$|"
                     # a book shop's and an archive's widgets: "购买积分:32", "如何计算积分?", "图书介绍:", "当前日期:", "(续上表)"
                     r"点击此处查看全部(?:新闻)?图片|^购买积分\s*:\s*\d+$|^如何计算积分\?$|^图书介绍\s*:$|^当前日期\s*:$|^\(续上表\)$|"
                     # a news site's call for tips: "如果您有新闻线索或资料给大纪元,请进入安全投稿爆料平台"
                     r"爆料平台|新闻线索(?=[^。]{0,20}(?:投稿|爆料|报料|联系))|"
                     # a live page's entry and an app's download steps: "直播入口:点击进入(…)", "“某某”手机客户端下载方法:"
                     r"^直播入口\s*:|客户端下载方法\s*:$|^扫描下方[^。]{0,12}二维码$|"
                     # a page that needs its script: "为了正常的体验网站,请在浏览器设置里面开启Javascript功能!"
                     r"(?:开启|启用|打开)[Jj]ava[Ss]cript|"
                     # a news site's mood vote: "心情版", "请选择您看到这篇新闻时的心情"
                     r"^心情版$|看到这篇(?:新闻|文章)[时后]?的心情|^心情排行|"
                     # an app's icon, its alt text printed beside its name: "某某社一手新闻APP Icon某某社一手新闻APP"
                     r"APP\s*Icon|"
                     # and its store buttons and name: "iOS App下載Android App下載", "中央社「一手新聞」 app"
                     r"(?:iOS|Android)\s*App\s*下载|"
                     # a page's code to open it on a phone; a forum's call to join ("马上加入,结交更多好友,…")
                     r"扫描二维码访问|扫码访问|结交更多好友|轻松玩转|才可以下载或查看|^您需要$|"
                     # a player the page wanted, a share sheet's help, a poll loading, a fold's button
                     r"Adobe Flash Player|^视频播放位置$|^下载安装\s*Flash\s*播放器$|未能播放[^。,]{0,12}视频|^朋友圈$|分享微信好友|^正在阅读\s*:?$|加载中,请稍候|若长时间无响应|^阅读剩余全文|^[\u4e00-\u9fff]{0,8}[「“][^」”。,]{1,12}[」”]\s*(?:app|APP|App)$")
# (a widget still loading may end on a stop: "调查问题加载中,请稍候。")
_LOADING = re.compile(r"[^。,]{0,10}加载中\s*[,.…]*\s*(?:请稍[候等])?[。.…!]*")
# an English site's links and prompts: ".contact us |.about us", "• Please scan the QR Code to follow us on Wechat"
_ENGLISH_FURNITURE = re.compile(r"(?:\W{0,2}(?:[Cc]ontact|[Aa]bout) [Uu]s\W{0,3})+|\W{0,2}(?:Please )?[Ss]can the QR [Cc]ode[^.]{0,40}|"
                                r"\W{0,2}[Ff]ollow us on(?: [A-Z]\w{1,12})?\W{0,2}|\W{0,2}Like [Uu]s on(?: [A-Z]\w{1,12})?\W{0,2}|"
                                # a release's buttons: "Email this article", "Print this page"
                                # (after the page's switch of script: "Traditional Chinese Simplified Chinese Email this article")
                                r"(?:(?:Traditional|Simplified) Chinese\s*)*(?:(?:Email|E-mail|Print|Share) this (?:article|page|story|release)\s*)+|"
                                r"(?:(?:Traditional|Simplified) Chinese\s*){2}|"
                                # a social site's button with the outlet's name: "某某新闻 Facebook"
                                r"[\u4e00-\u9fff]{2,8}\s*(?:Facebook|Twitter|YouTube|Instagram|LINE)|"
                                # a slides host's heading over the transcript: 'Presentation on theme: "…"— Presentation transcript:'
                                r"Presentation on theme:[^\n]{0,200}Presentation transcript:")
# a site's name over its pages, with its English name or its address: "某某省计划生育协会 Mou Family Planning
# Association", "某某计生协网 www.mmjsx.org.cn"
_SITE_NAME_LINE = re.compile(r"[\u4e00-\u9fff]{2,20}(?:协会|委员会|联合会)\s+[A-Z][A-Za-z ]{4,60}(?:Association|Committee|Federation)|"
                             r"[\u4e00-\u9fff]{2,12}(?:网站?)?\s+www\.[\w.-]+")
# site footers: no author writes these, so they mark a line wherever they stand in it
# (words, not classes, first: an alternation that starts with a class is tried at every position)
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d年")
_FOOTER = re.compile(r"Copyright|copyright|COPYRIGHT|版权所有|版权声明|版权统一授予|©|ICP备|ICP证|备案号|公网安备|网站标识码|视听节目许可证|剑网行动|"
                     r"Powered\s+by|powered\s+by|POWERED\s+BY|Produced\s+[Bb]y|PRODUCED\s+BY|Discuz|支持IPv6|违法和不良信息|不良信息举报|违法违规行为举报|不良信息属地举报|网站地图|免责声明|隐私政策|"
                     r"诱导购买|一键举报|繁体转换|以简体版为准|未经授权禁止转载|建立镜像|自动转换生成|自觉遵守互联网|评论公约|文明上网,理性发言|理性发言|篇仅对会员开放|最佳浏览|分辨率|解析度|举报/反馈|"
                     r"文章被以下专栏收录|仅提供信息存储服务|警惕虚假中奖|反馈留言板|提示音后按|自动转换为繁体|返回简体原文|关闭转换|纯文字模式|"
                     r"如若转载|所有自采新闻|所有文字、图片|自采稿件|本网将追究|本站将追究|经本网授权|经本站授权|欢迎转载|本评论观点|网友个人观点|原创文章,转载|不得转载|擅自转载|严禁转载|禁止转载|或镜像|侵权投诉|"
                     # an app's prompt to update: "《某某头条》APP经已推出最新版本,请立即更新,浏览更精彩内容:…"
                     r"请立即更新|浏览更精彩内容|"
                     # a browser's and a privacy notice, a loader's, an age gate, a share widget's instructions, a download
                     # site's help, a conversion gateway's note, an encyclopedia's credit
                     r"隐私声明|隐私权政策|使用者隐私|最佳浏览效果|关闭此视窗|官网下载|预览加载中|耐心等待几秒|已年满18岁|限制级|"
                     r"分享至朋友圈|分享到朋友圈|无法下载资料|查询审核进度|转换网关|本词条由|"
                     r"不能读取工具条|您的浏览器不支持|"
                     # a notice with its close button at the line's end: "温馨提示!…请重新绑定!…  |  关闭"
                     r"\|\s*关闭\s*$")
# words that are furniture only when a line is made of them (forum buttons)
_WEAK = re.compile(r"回复|引用|举报|楼主|沙发|板凳|地板|发帖|点赞|评论|收藏|打赏|转发|登录|登陆|注册|退出|只看|倒序|分享|编辑|删除|置顶|"
                   r"在看|赞|首赞|阅读|积分|取消|允许|知道了|搜索|播报|上传视频|邮箱(?!\s*:)")
# (the last step may be the article's title)
_BREADCRUMB = re.compile(r"^[^。,!?]{0,40}(?:\s*(?:>|»|›|>>)\s*[^。,!?>»›]{1,15}){1,}\s*(?:>|»|›|>>)\s*[^。,!?>»›]{1,60}\s*$|"
                         r"^(?:首页|主页|网站首页|当前位置|您的位置|Home|HOME)\s*[/>»›》]|^位置\s*:\s*(?:首页|主页|网站首页)\s*[/>»›]|"
                         # (its marks lost to a wrong charset, each a question mark: "? 首頁 ? 理論教育 ?民國時期的生育思想")
                         r"^\??\s*(?:首页|主页|网站首页)\s*\?\s*[^。,!?]{1,15}(?:\s*\?\s*[^。,!?]{1,60}){0,3}\s*$|"
                         # (two places, the column and the page, with no figure by the mark: "Summary of work > Summary of
                         # family planning work", "讲话致辞 >在2024年…上的讲话")
                         r"^[^。,!?>\d]{2,24}\s>\s?[^\s\d。,!?>][^。,!?>]{1,59}$|"
                         # (the visitor called 你: "你的位置:首页>基层动态")
                         r"^你(?:现在)?的位置\s*:\s*(?:首页|主页|网站首页)\s*[/>»›]|"
                         # a breadcrumb's tail on a line of its own, each item closed by its arrow: "致辞 >开幕词 >"
                         r"^(?:[^。,!?>»›]{1,15}\s*(?:>>|>|»|›)\s*)+$")
_PAGE_NUMBERS = re.compile(r"\[\d{1,3}\](?:\s*(?:\d{1,3}|\.{3}|…))*")
# (a story's sentences, the last with its full stop, over "图为…")
_STORY_OVER_PICTURE = re.compile(r"[\u4e00-\u9fff“「\d][^!?]{40,160}?。(?=\s*图为)")
_CAPTION = re.compile(r"^\s*图\s*:[^\n]{2,120}$|"
                      # a caption led by the triangle news sites point at their picture with: "▲某某理事长致词。(图/记者某某摄,2026.03.07)"
                      r"^▲[^。!?▲]{4,80}(?:[。!]\s*(?:\([^()]{2,40}\))?)?$|"
                      r"^\s*\(?\s*(?:图为|图片来源|图片由|摄影:|摄影\s|图\s*\d+[:\s]|配图:)[^。]{0,60}。?\)?"
                      r"(?:\s*(?:记者|摄影|通讯员)?\s*[^。\s]{0,6}\s*摄)?\s*$|"
                      # (and its source after it: "图为会议现场。图片来源:区计生协")
                      r"^\s*图为[^。!?]{1,40}。\s*(?:图片来源|图源|摄影|供图)\s*:?\s*[^\s。,]{2,16}\s*$|"
                      # a paper's file photo, who it shows and who took it: "行政院发言人李某。资料照。李某某摄"
                      r"^[^。!?\d]{2,30}。\s*资料照片?。?\s*[\u4e00-\u9fff]{2,4}摄\s*$|"
                      # "图为会议现场。(摄影 xx)", "…成果展示(市计生协供图)": a short line signed by its photographer
                      r"^[^。!?()]{0,60}。?\s*\([^()]{0,16}(?:摄影|摄|供图|图源)[^()]{0,8}\)\s*\|?\s*$|"
                      # "▲ 培训现场　摄影｜梁晨": a caption with its credit after a space
                      r"^[^。!?]{0,40}?[\s\u3000](?:摄影|图片|图源|拍摄)\s*[:|\u4e28]\s*[^\s。,]{2,12}\s*$|"
                      # (or a space: "出席活动的领导为受助妇女发放救助金 摄影 唐某某")
                      r"^[^。!?]{4,40}?[\s\u3000]摄影\s+[\u4e00-\u9fff]{2,4}$|"
                      # a caption that places someone in the picture: "(县计生局局长张三[左四]与群众交谈)"
                      r"^[^。]{0,40}(?:\[[左右]|\([左右])[一二三四五六七八九十]{1,2}[\])][^。]{0,30}$|"
                      # a caption signed by the reporter who took it: "…审议。新华社记者 王五 摄", and one with its source
                      r"^(?:[^!?]{0,80}[。\s])?\S{0,8}记者\s*[^\s。,]{2,4}(?:\s+[^\s。,]{2,4})?\s*/?\s*摄影?\s*$|"
                      # (or by the photographer's name alone, after a space: "■公益金酒会,…切蛋糕。 莫雪芝 摄")
                      r"^[^!?]{2,80}。\s+[\u4e00-\u9fff]{2,4}\s*摄影?$|"
                      # (or that credit alone, under its caption: "习洪业 摄")
                      r"^[\u4e00-\u9fff]{2,4}\s+摄影?$|"
                      # a caption that names where the picture came from: "…与女儿。(网络图)", "李斌作说明(中新社)", "…维权。(图来自于网络)"
                      r"^[^。!?]{2,60}。?\s*\((?:网络图片?|图片?来[自源]于?网络|资料图片?|资料画面|资料照片?|中新社|新华社|直播截图|视频截图|影片截图|网页截图)\)$|"
                      # a story's sentence over its picture, then what the picture is and where it came from:
                      # "…给父母无后顾之忧的生养环境;图为情境照。(图取自freepik)"
                      r"^[\u4e00-\u9fff“「\d][^!?]{0,160}[。;]\s*图为[^。!?]{1,30}。?\s*(?:\((?:图取自|图片来源|图源)[^()]{1,30}\))?$|"
                      r"^[\u4e00-\u9fff“「][^!?]{0,160}\(图取自[^()]{1,30}\)$|"
                      # (a short one with its source: "计画生育标语(图片来源:维基百科)")
                      r"^[^。!?]{2,40}\((?:图片来源|图源|图片来自)\s*:[^()]{1,30}\)$|"
                      r"^[^!?]{0,80}。\s*(?:图源\s*:\s*[^。\s]{2,16}|[^。\s:]{2,16}供图)\s*$|"
                      # (or a picture agency's: "2003年,一名计生技术服务站的大夫走乡串户传授避孕知识。视觉中国资料")
                      r"^[^!?]{2,120}。\s*(?:视觉中国|东方IC|CFP|图虫创意|IC\s?photo)\s?(?:资料图?|供图|图)?\s*$|"
                      # (and one with no stop, its credit after a space: "新任总会长王某致词 王某权供图 |")
                      r"^[^。!?]{2,40}\s+[\u4e00-\u9fff]{2,4}供图\s*\|?\s*$|"
                      # who stands where in the picture, or its credit after a slash: "副会长张力(左)与支书姜丙(右)。",
                      # "…在卧室兼办公室中。图/受访者提供", "…。图/某报系资料照(1998/11/24 某某摄影)"
                      r"^[^。!?]{2,50}\((?:左|右|中)\)[^。!?]{0,40}。?(?:\s*[^。\s:]{2,16}供图)?$|^[^!?]{0,80}[。\s]图\s*/\s*[^。\s()]{2,12}(?:\([^()]{0,24}(?:摄影?|提供)\))?$|"
                      # a group photograph named by who is in it: "志愿者与老人合影", "…賓主大合照。" (照 after a class: the
                      # anchors are then the two words, not the 合 the parser would factor out of them)
                      r"^[^。!?,;:]{2,50}(?:合影|[合]照|合摄)。?$|"
                      # a photo's scene alone on a short line: "会议现场", "会场一角", "文艺调演现场。", "计生物品免费发放中。"
                      # (in a table's cell: "讨论会现场 |")
                      r"^[\u4e00-\u9fff]{0,10}(?:现场|会场|剪影|掠影|合影留念|合影|(?:会场|现场)一角|(?:表演|演出|发放|进行|比赛|竞赛|宣讲|义诊|咨询|讲解|授课)中)"
                      r"(?:。|\s*\|)?$|"
                      # Taiwan's credits: a photograph's source, "(图/妇幼关怀协会提供)", and the reporter's line, "记者林怡孜/台南报导",
                      # "庄焕宁/金城报导。"
                      r"^(?:[^。!?]{2,80})?\(图[/∕][^()]{2,30}\)$|"
                      r"^(?:记者)?[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*\s*[/∕]\s*[\u4e00-\u9fff]{2,4}报[导道]。?$|"
                      # a caption credited to its photographer and paper, "…理事长交接典礼。(陈秀媛/大纪元)" (a headline's
                      # "(附图/短片)" has no stop before it)
                      r"^(?:[^。!?]{2,60}。\s*)?\([\u4e00-\u9fff]{2,4}\s*[/∕]\s*[\u4e00-\u9fff]{2,6}\)$|"
                      # (a story's agency and desk on their own line: "(亚洲经济通讯社/台湾新闻中心)")
                      r"^\([\u4e00-\u9fff]{2,10}(?:社|报|网|台)\s*[/∕]\s*[\u4e00-\u9fff]{2,10}\)$|"
                      # a newsroom's credits with a slash for a colon: "编辑/李士强", "责任编辑/王芳 审核/张明"
                      r"^(?:(?:责任编辑|值班编辑|编辑|责编|审核|校对|初审|复审|终审|摄影|排版|美编)\s*[/∕]\s*[\u4e00-\u9fff·]{2,5}\s*)+$|"
                      # (Taiwan's papers put the name first: "叶立斌/核稿编辑")
                      r"^[\u4e00-\u9fff]{2,4}\s*[/∕]\s*(?:核稿编辑|责任编辑|值班编辑|编辑)$|"
                      # a caption numbered for its photograph: "学生们认真听课(图一)", "…与学生们互动(图2)"
                      r"^[^。!?]{2,60}\(图[一二三四五六七八九十\d]{1,2}\)$")
# an image's placeholder, an advert's label, a photo widget's button, a page number in brackets: "img1",
# "Advertisement", "打开网易新闻 查看精彩图片", "(第3/3页)" (apart from _PAGE_HEADER, whose anchors take every case)
# (an article page's heading over its text, "文章详细", "新闻内容", an empty hotline label, "法律热线:", and a shop's
# widgets on a sharing site, "浏览记录", "购物车", "我的足迹")
# (and a photo's number alone under its caption: "(2)", its digits listed so that its anchors are "(1)"… and not
# every "(")
_PLACEHOLDER = re.compile(r"(?:img|image|pic)\s*\d{0,3}|(?:您好|你好)[!,]?\s*今天是|"
                          # (a search box's hint: "搜索文档、专题、作者")
                          r"搜索[\u4e00-\u9fff]{2,4}(?:[、/][\u4e00-\u9fff]{2,4}){1,3}|"
                          # (a picture's source alone under it, "(资料图片)", and an advert's close button, "X 广告")
                          r"\((?:(?:相关)?资料图片?|资料画面|网络图片?|图片来源于?网络|图源网络)\)|(?:[Xx×✕]\s*)广告|广告(?:\s*[Xx×✕])|关闭广告|"
                          # (and a site's greeting to its visitor: "张律师欢迎您的访问。")
                          r"[\u4e00-\u9fff]{0,6}(?:欢迎|感谢|谢谢)(?:您|你)的(?:访问|光临|来访)[。!]?|(?:文章|新闻|信息|内容)(?:详细|详情|内容|正文)|详细内容|[\u4e00-\u9fff]{2,4}热线\s*:|浏览记录|购物车|我的足迹|跑马灯|会员上传|(?:\d+亿\s*)?VIP精品文档|\([123456789]\)|【(?:热门|推荐|置顶|精华|原创|最新|独家|头条)】|[Aa]dvertis[ei]ment|打开[^。,]{0,8}查看精彩图片|\(第\s*\d+\s*/\s*\d+\s*页\)|"
                          # (a paper's name that a byline's space parted from it: "聯合報／" / "記者…／台北即時報導")
                          r"[\u4e00-\u9fff]{2,8}(?:报|网|社|台)\s*/")
# a site's logo by its alt text: "台湾新闻网(Logo-image) 台湾新闻网(Logo-text)"
_LOGO = re.compile(r"(?:[^\s()]{0,20}\((?:Logo|logo|LOGO)(?:[-_ ]?[A-Za-z]{1,10})?\)\s*)+")
# a repost's note of the account it was taken from, with its author: "转自公众号 火星实验室 作者 韩茹雪"
_REPOST = re.compile(r"(?:转自|转载自|来自|来源)(?:微信)?公众号\s*:?\s*[^\s。,:]{2,20}(?:\s*作者\s*:?\s*[^\s。,]{2,8})?")
# a bookshop's advert: "《文稿写作》作者张三《公文入门》作者李四"
# a newsroom's call for submissions in brackets: "【投稿、区域合作请邮件至…】"; a source's name and its paper: "大众网-大众日报"
_SUBMISSIONS = re.compile(r"【(?:投稿|新闻线索|爆料|商务合作)[^【】]{0,60}(?:邮件|邮箱|电话|热线|联系)[^【】]{0,60}】|"
                          # (in round brackets, or none: "(驻马店新闻热线:0396—3599908 投稿邮箱:yxwzmdpd@163.com)")
                          r"[(]?[\u4e00-\u9fff]{0,8}(?:新闻热线|报料热线|爆料热线|投稿邮箱|投稿信箱)\s*:[^。()]{3,60}[)]?|"
                          r"[\u4e00-\u9fff]{2,8}网\s*[-—]\s*[\u4e00-\u9fff]{2,8}(?:日报|晚报|早报|时报)")
_BOOK_ADVERT = re.compile(r"》\s*作者")  # two or more on a line with no sentence in it
# a site's menu printed as one run of words from its home page: "网站首页节日演讲稿爱国纪念日演讲稿…"
_HOME_MENU = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}首页|主页)[^。,!?;:、“”《》()]{6,}$")
_FOOTER_LABEL = re.compile(r"^\s*(?:技术支持|主办|承办|协办|主办单位|承办单位|协办单位|地址|电话|联系电话|邮编|邮箱|传真|E-?mail|网站标识码|"
                           r"维护|运维|建设维护|网站维护)\s*:")
_ADDRESS_ROW = re.compile(r"\s*(?:单位|联系|通讯)?地址\s*:")
_CONTACT_LABEL = re.compile(r"\s*(?:电话|联系电话|邮编|邮政编码|传真)\s*:")
# a site's builder signs its footer ("技术支持:某某网络"); a notice may name its platform's ("平台技术支持:电话")
_SUPPORT_WORDS = "技术支持|技术服务|技术维护"
_SUPPORT = re.compile(rf"\s*(?:{_SUPPORT_WORDS})\s*[:：]|.{{0,40}}\s(?:{_SUPPORT_WORDS})\s*[:：]")
_ATTACHMENT = re.compile(r"(?:相关)?附件(?:下载)?\s*:")
_FILE_LINE = re.compile(rf"(?:[·•\-*]\s*|\d{{1,2}}[.、]\s*)?{_FILE}(?:\s+\d+\s*页)?(?:\s*[★☆]+)?")
_OWNER = re.compile(r"\s*(?:主办|承办)(?:单位)?\s*:")
# near a footer: the owner before its word ("某某县妇女联合会主办　地址:…"), a hotline ("妇女维权公益服务热线:12338")
_FOOTER_ROW = re.compile(r"\s*[\u4e00-\u9fff]{2,24}(?:主办|主管|承办)(?:\s|$)|"
                         r"\s*[\u4e00-\u9fff]{0,12}(?:热线|服务电话|举报电话|咨询电话|监督电话)\s*:\s*[\d\-\s]{3,20}$|"
                         # its builder's and its complaints office's rows, with their numbers: "技术维护:… Tel:… Email:…"
                         rf"\s*(?:{_SUPPORT_WORDS}|不良信息(?:属地)?举报)\s*:[^。]{{0,80}}$")


def _second_label(lines: list[str], i: int) -> bool:
    """A footer label on the line beside line i, or after a space on it ("主办单位:… 联系电话:…")."""
    return any(_FOOTER_LABEL.match(shadow(lines[j])) for j in (i - 1, i + 1) if 0 <= j < len(lines)) \
        or any(_FOOTER_LABEL.match(part) for part in shadow(lines[i]).split()[1:])


# headings of link lists (sidebars, "related" boxes) that extraction let through, with no colon
_LIST_WORDS = (r"相关文章|相关阅读|范文热点|相关推荐|相关范文|相关文档|推荐阅读|推荐文章|热门文章|热门推荐|最新文章|猜你喜欢|"
               r"最新文档|热门文档|推荐文档|精品文档|热门下载|相关链接|友情链接|"
               r"延伸阅读|扩展阅读|延伸内容|最新公告|本版标题导航|最新回应|精彩推荐|热点文章|随机文章|最新更新|本类推荐|本类排行|相关搜索|相关资料|往期推荐|往期回顾|往期精彩|精彩回顾|"
               r"相关新闻|相关稿件|新闻推荐|热点新闻|热门新闻|附件下载|相关附件|作者最新文章|作者其他文章|TA的文章|更多文章|同类文档|更多精选|精选推荐|相关信息|"
               r"相关解读|评论列表|最新评论|网友评论|热点推荐|热点排行|点击排行|阅读排行|排行榜|最新动态|相关报道|相关专题|相关视频|"
               r"你可能感兴趣的文档|您可能感兴趣的文档|你可能感兴趣|您可能感兴趣|您可能关注的文档|你可能关注的文档|可能感兴趣的文章|同类文章|猜你关注|相关话题|相关评论|新闻评论")
_LIST_HEADING = re.compile(rf"^(?:【[^【】]{{1,40}}】)?(?:更多|本栏目|本站|本类|该栏目|本专题|范文)?(?:{_LIST_WORDS}|类似文章|相关资源|相关下载|为你推荐|为您推荐|大家都在看|看了又看|"
                           rf"[\u4e00-\u9fff]{{0,6}}(?:讲话稿|范文|文章|文档)推荐|"
                           rf"(?:该用户|作者|TA)的(?:其他|更多)(?:文档|文章)|(?:文章|本文)被以下(?:专栏|合集|话题)收录|"
                           # a site's in-page contents ("本文目录 [收起]"), "相关工作总结:" over more of the genre
                           rf"(?:本文|文章|本页|本专题)目录(?:\s*[\[【(]?(?:收起|展开|隐藏|显示)[\]】)]?)?|"
                           rf"相关[\u4e00-\u9fff]{{0,4}}(?:总结|讲话稿?|报告|范文|致辞|发言稿?|心得|方案|计划|文章|文档|资料))"
                           rf"(?:推荐|列表|排行)?\s*:?$|"
                           rf"^看了.{{1,60}}的人还(?:看了|喜欢)\s*:?$|"
                           # (a column's link to more of it, its arrows before its name: "更多》图片新闻")
                           rf"^更多\s*[》>»]+\s*[\u4e00-\u9fff]{{2,4}}(?:新闻|报道|动态)$|"
                           rf"^(?:你|您)可能(?:也|还)?(?:对以下(?:帖子|文章|内容|话题)|会)?感兴趣(?:的(?:帖子|文章|内容|文档|话题))?\s*:?$|^.{{0,20}}(?:用户|的人|读者)还(?:阅读|看|下载|喜欢)了.{{0,12}}$")
_MENU_SEPARATOR = re.compile(r"\s*[|·•]\s*")
# what document-sharing sites print under their furniture labels (配套讲稿:, 特殊限制:)
_LABEL_TEXT = re.compile(r"word图标|PPT文件|配套word讲稿|禁止商用|著作权|国旗、国徽|仅作为作品整体效果|下载文档|文档下载|到电脑|"
                         r"查找使用更方便|全文下载|VIP|会员免费|积分下载")
# what a short headline has, which a breadcrumb's last place has not
_CRUMB_NOT = re.compile(r"讲话|报告|总结|致辞|发言|通知|意见|方案|计划|汇报|[\d:]")
# a row of tags under its bare label ("词条标签:" / "社会团体 , 组织机构 , 社会组织")
_TERMS = re.compile(r"[^\s,、;|。!?]{2,10}(?:\s*[,、;|]\s*[^\s,、;|。!?]{2,10}){1,11}")
# ... and those of their lines that say so themselves, wherever they stand
# (and a local news site's motto under its stories: "泰安新闻,弘扬社会正气。…", "昌乐新闻,讲述家乡的故事。…")
_SHARING_SITE_TEXT = re.compile(r"word图标|配套word讲稿|仅作为作品整体效果|查找使用更方便|新闻,\s*(?:讲述家乡的故事|弘扬社会正气|新鲜有料)|"
                                # (a forum's banner: "马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。")
                                r"结交更多好友[^。]{0,20}轻松玩转|"
                                # (a bulletin's lead naming what the issue holds: "【本期导读】县计生协会长…的讲话")
                                r"【本期导读】|本期导读:|"
                                # (a book reader's keys and bookmark: "按键盘上方向键 ← 或 → 可快速上下翻页,…", "未阅读完?加入书签…")
                                r"按键盘上方向键|加入书签已?[便以]下次继续阅读|看后求收藏[^。]{0,20}更方便")
# reading and download counters: "1523人阅读 46次下载", "阅读 (123)", "阅 87 转 3"
_COUNTERS = re.compile(r"(?:\s*(?:\d+(?:\.\d+)?\s*万?\s*(?:人|次)?\s*(?:阅读|浏览|下载|收藏|评论|点赞|赞|转发|分享|关注|获赞|粉丝|看过|"
                       r"赞同了该文章|赞同)|(?:已|被)(?:浏览|阅读|下载|收藏)\s*\d[\d,]*\s*次|"
                       # (in brackets, its figure maybe never filled in: "(被閱讀 次)")
                       r"[((]\s*(?:已|被)(?:浏览|阅读|下载|收藏)\s*[\d,]*\s*次\s*[))]|需\s*\d+\s*(?:积分|下载券)|"
                       r"\d(?:\.\d)?\s*分\s*\(\d+人评价\)|(?:支持|反对)\s*\d+|"
                       r"(?:阅读|浏览|下载|收藏|评论|点赞|赞|阅|转|转载|喜欢|人气|点击|热度)\s*[(]?\d+[)]?|"
                       # (a site's reading count, and its figure left alone once its label went: "本文共阅读 3308 次" / "3308 次")
                       r"(?:本文)?共(?:阅读|浏览)\s*\d[\d,]*\s*次|\d{3,}\s*次|"
                       # (a comment box's count: "留言与评论(共有 0 条评论)")
                       r"(?:留言与评论|评论|留言)\s*\(\s*共有?\s*\d+\s*条(?:评论|留言)?\s*\)|"
                       # (a forum's counts of replies and flowers under their label, their icons gone: "共:180 1721 29")
                       r"共\s*:\s*\d+(?:\s+\d+){0,3}|"
                       # (a reading-time widget: "阅读时间:约5分钟", "閱讀時長:5分鐘", "阅读需要3分钟")
                       r"(?:预计)?阅读(?:时间|时长|需要|需)\s*:?\s*(?:约|大约)?\s*\d+\s*分钟(?:\s*\d+\s*秒)?"
                       r"(?:\s*(?:阅读量|浏览量)\s*:?\s*\d+)?)\s*[|·]?)+")
# a charter's or a rule's own numbering: "第三条", "第二章 会员"
_ARTICLE = re.compile(r"第\s?[一二三四五六七八九十百\d]{1,4}\s?[条章节款]")  # (a law database spaces its figures: "第 1 條")
_HEADING_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[、.])")


# the lines worth looking at: short ones (furniture is no longer than 160 characters) with an anchor word
# of one of its kinds in them, or made of bare page numbers, which have none
_NUMBER_ROW = re.compile(r"[\d\s\[\]【】()|/·<>:+.Ww万次]+")
# what such a row holds besides page numbers: a count split off its label ("999+", "1.76W", "次"), a list's
# number left alone ("2."); kept out of the anchor words, as 次 and 万 are on most lines
# (a button row may say what a download costs: "积分:2    [下载]   [收藏]   [纠错]")
_COUNT_TOKEN = re.compile(r"\d{1,4}\+|\d+(?:\.\d+)?[Ww万]|次|\d{1,2}\.|(?:所需)?(?:积分|下载券|金币)\s*:?\s*\d{1,4}")
# a site's clock, "16:30:05" (found as a number row: a colon is on too many lines to look for)
_CLOCK = re.compile(rf"\s*{CLOCK}\s*")


def _glued_cuts(shade: str) -> list[int]:
    """Where furniture glued to a text line starts: a label after a space or a bar, with text before it
    ("- 关键词:" is one label, not a bullet and a label), or after a sentence, bare or in brackets ("…建设。[标签:介绍]").
    Every glued label ends in a colon."""
    if ":" not in shade:
        return []
    cuts = []
    for m in _GLUED.finditer(shade):
        at = m.start()
        if at > 1 and shade[at - 1] in "[【" and shade[at - 2] in TERMINAL:
            at -= 1
        # (or right after a sentence's end: "…全面推向前进!上一篇:在…上的讲话")
        elif not (at > 0 and (shade[at - 1].isspace() or shade[at - 1] == "|" or shade[at - 1] in TERMINAL)):
            continue
        if re.search(r"[^\s\-–·•*▪|]", shade[:at]):
            cuts.append(at)
    return cuts


# a photo's caption with its credit glued before the story's first line: "某某副会长张某(左)与村党支书姜某(右)。杨洋供图
# 长城网廊坊4月8日电…" (the caption then goes as a caption)
_GLUED_CAPTION = re.compile(r"[^。\n]{4,100}\((?:左|右|中)[一二三四]?\)[^。\n]{0,100}。\s*[\u4e00-\u9fff]{2,4}(?:供图|摄)\s+(?=\S)")


def _caption_cut(shade: str) -> list[int]:
    m = _GLUED_CAPTION.match(shade) if ("左)" in shade or "右)" in shade or "中)" in shade) else None
    return [m.end()] if m and len(shade) - m.end() >= 20 else []


_IMAGE = ("<image", "<img", "![")
# a label spread over its cell a character at a time: "密   码:", "用 户 名:" (_pager reads it joined)
_SPREAD_LABEL = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]+)+[\u4e00-\u9fff]:?")


def _candidates(lines: list[str]) -> set[int]:
    found = set()
    for i, line in enumerate(lines):
        if line.startswith(_IMAGE):  # an image left as markup by a text dump: "<image>data:image/…</image>"
            found.add(i)
        elif line.startswith("|-") and _TABLE_RULE.fullmatch(line.strip()):
            found.add(i)
        elif " -" in line and _ticker(shadow(line).strip()):
            found.add(i)
        elif ("_" in line or line.rstrip().endswith(_CREDITED_ENDS)) and _marked_caption(shadow(line).strip()):
            found.add(i)
        elif line.count("_") >= 4 and _KEYWORDS_JOINED.fullmatch(line.strip()):
            found.add(i)
        elif line.rstrip().endswith(("→", ">>", "»")) and _MORE_LINK.fullmatch(shadow(line).strip()):
            found.add(i)
        elif line.rstrip().endswith(("页)", "頁)")) and BOOK_PAGE.fullmatch(shadow(line).strip()):
            found.add(i)
        elif len(line) <= 30 and " " in line and _SPREAD_LABEL.fullmatch(line.strip()):
            found.add(i)
        elif len(line) <= 160:
            shade = shadow(line)
            # forum buttons and counters are furniture only on short lines: their words (支持, 阅读) are common
            if _CANDIDATE.search(shade) or _NUMBER_ROW.fullmatch(shade.strip()) \
                    or (len(shade.strip()) <= 60 and _SHORT_CANDIDATE.search(shade)):
                found.add(i)
    return found


_PAST_POST = re.compile(r"往期(?:热门|精彩|推荐|回顾|热文)[^。]{4,60}$")
# a book reader's page label: "第8部分(第2/4 页)"
BOOK_PAGE = re.compile(r"第[一二三四五六七八九十\d]+部分\s*\(第\s*\d+\s*/\s*\d+\s*页\)")
# a column's link to more of it: "法律新闻 →", "工作动态>>"
_MORE_LINK = re.compile(r"[\u4e00-\u9fff]{2,8}\s*(?:→|>>|»)")
# a site's name and its search keywords joined by underscores, as its page title puts them: "宁化在线_客家祖地_苏区_…_石壁"
# (a page title joins three pieces at most: its headline, its column, its site)
# a caption in brackets signed by its photographer: "(春节后,某市总工会开展…宣讲。 通讯员 摄)", or one sentence with who gave
# the picture: "苗县庆祝妇女节,与会嘉宾期勉妇女成为…的力量。(苗县府提供)", or who took it (their ends looked at first)
_BRACKET_CAPTION = re.compile(r"\((?=[^()]{4,80}\)$)[^()]*[。\s](?:记者|通讯员)?\s*[\u4e00-\u9fff]{0,4}\s*摄影?\)|"
                              r"(?![\x00-\x7f])[^。!?()]{4,70}。\s*\([\u4e00-\u9fff]{2,10}提供\)|"  # (not a row's stamp before it)
                              # (or with the photographer who took it: "…表彰大会在北京人民大会堂举行。 (某某报记者 杨某/摄)")
                              r"(?=\d{1,2}月|[^\x00-\x7f])(?:[^。!?()]|\([^()]{1,6}\)){4,100}。\s*\([^()]{2,24}?(?:记者|通讯员)[^()]{2,12}/\s*摄\)")
# a picture's file name left for its caption, the time it was put up after it: "揭牌后合影1_20220722160109"
_STAMPED_PICTURE = re.compile(r"[^。!?]{1,30}_(?:19|20)\d{12}")
_CREDITED_ENDS = ("摄)", "攝)", "摄影)", "攝影)", "提供)", "提供）")


def _marked_caption(s: str) -> bool:
    """A caption known by its end (a line's shadow, stripped): a picture's file name with its time, a credit in brackets."""
    return ("_" in s and _STAMPED_PICTURE.fullmatch(s) is not None) \
        or (s.endswith(("摄)", "摄影)", "提供)")) and _BRACKET_CAPTION.fullmatch(s) is not None) \
        or (s.endswith(("照片", "图片", "供图", "/图)", "/图")) and _AGENCY_CAPTION.fullmatch(s) is not None)
# a picture's caption credited to a photo agency, or the agency's credit alone: "…第13亿个人。法新社照片", "(东方IC/图)"
# an advert slot's comment in the page's markup, its "<" read in a wrong charset: "壟!-- /8962/web_cntv/…03 -->"
_HTML_COMMENT = re.compile(r".?<?!--[^<>]{0,200}-->")
_PROSE_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}[。,;][^。]{0,60}[\u4e00-\u9fff\d][,;:]")
_PROSE_AFTER = re.compile(r"[\u4e00-\u9fff\d][,;][^。]{0,60}[\u4e00-\u9fff]。")
_AGENCY_CAPTION = re.compile(r"(?:[^。!?()]{4,80}。\s*)?[(]?\s*(?:法新社|新华社|路透社|美联社|中新社|视觉中国|东方IC|IC photo|图虫创意)"
                             r"\s*(?:照片|图片|供图|/\s*图)\s*[)]?")
_KEYWORDS_JOINED = re.compile(r"[^\s_。,,:;!?]{1,10}(?:\s*_\s*[^\s_。,,:;!?]{1,10}){4,}")
_ARROW_DIGIT = re.compile(r"^3(?=上一[版期篇])|(?<=下一[版期篇])4$")
_CLOCK_LEAD = re.compile(rf"{CLOCK}(?:\.\d{{1,3}})?")


def _pager(s: str) -> bool:
    """A pager or button row: 上一页 1 2 3 下一页, 【打印】【关闭】."""
    tokens = [t for t in _TOKEN_SPLIT.split(s) if t]
    if not tokens or len(s) > 60:
        return False
    # (the page's time before its buttons, where Paragraphs split the row after its date: "08:55:31.465缩小放大")
    if (clock := _CLOCK_LEAD.match(tokens[0])) and (len(tokens) > 1 or clock.end() < len(tokens[0])):
        tokens = [t for t in (tokens[0][clock.end():], *tokens[1:]) if t]
    if len(tokens) > 1 and _SPREAD_LABEL.fullmatch(s) and _PAGER_TOKEN.match("".join(tokens)):
        return True
    if "上一" in s or "下一" in s:  # an e-paper's arrows, printed in a symbol font as 3 and 4: "3上一版  下一版4"
        tokens = [_ARROW_DIGIT.sub("", t) for t in tokens]
    words = [t for t in tokens if not t.isdigit()]
    numbers = [t for t in tokens if t.isdigit()]
    if any(not (_PAGER_TOKEN.match(t) or _COUNT_TOKEN.fullmatch(t)) for t in words) or any(len(n) > 3 for n in numbers):
        return False
    return bool(words) or len(numbers) >= 3


_TICKER_ITEM = re.compile(r"\s+-(?=\S)")


def _ticker(s: str) -> bool:
    """A news ticker: a column's name, then headlines each after " -" ("发展要闻  -中国女干部比例近40% … -4月份CPI…")."""
    items = _TICKER_ITEM.split(s)
    return len(items) >= 5 and "。" not in s and all(len(item) <= 45 for item in items[1:])


_SCENE = re.compile(r"在[^。,]{2,30}?(?:上|中|时)(?:讲话|发言|致辞|作报告|汇报[^。,]{0,20})$|(?:主持座谈会|主持会议|了解情况|进行交流|"
                    r"亲切交谈|察看[^。,]{0,12}|查看[^。,]{0,12}|慰问[^。,]{0,12}|合影留念|颁奖|授牌|签订[^。,]{0,16}协议)$|"
                    # (or who spoke, by office and name: "云南省红十字会秘书长 杨家俊发言")
                    rf"(?:{OFFICES})\s*[\u4e00-\u9fff]{{2,3}}(?:讲话|发言|致辞)$|"
                    # (or who spoke for whom: "…领导干部张某某代表济南市作典型发言")
                    rf"(?:{OFFICES})\s*[\u4e00-\u9fff]{{2,3}}代表[^。,]{{2,12}}作(?:典型|交流|表态)?发言$|"
                    # (or who gave what, name before office: "赵某礼理事长作主题讲座", "蓝某副秘书长作会议小结")
                    rf"[\u4e00-\u9fff]{{2,3}}(?:{OFFICES})作[^。,]{{2,8}}(?:讲座|小结|总结|报告|讲话|发言|辅导|点评)$")
# (a heading of the text is numbered or has a mark, and a genre's title names the speech: "在…上的讲话")
# (a ceremony's picture, a listener's, a guest's, an event's scene: "幸福工程项目启动仪式", "受助母亲认真听取意见",
# "县老体协主席廖某某出席活动并讲话", "受助母亲代表发言", "…全国理事会现场"), asked only of a line that ends so
_SCENE_ENDS = ("仪式", "意见", "讲话", "致辞", "发言", "现场")
_SCENE_MORE = re.compile(r"(?:仪式|听取[^。,]{0,8}意见|出席[^。,]{0,10}并(?:讲话|致辞)|代表发言|现场)$")


def _scene(s: str) -> bool:
    return bool(_SCENE.search(s)) or (s.endswith(_SCENE_ENDS) and bool(_SCENE_MORE.search(s)))


_OFFICE_NAME = re.compile(rf"[^,。;:!?、\s]{{2,24}}(?:{OFFICES})\s*[\u4e00-\u9fff]{{2,3}}")
_SCENE_NOT = re.compile(r"[,。;:!?、]|上的|^[一二三四五六七八九十\d]|^\(|的(?:讲话|发言|致辞)$")
_RUN_ON = re.compile(r"\s{3,}[^。?!]{0,60}[\u4e00-\u9fff][^。?!]{8,}[。?!]")


def _ends_a_sentence(text: str) -> bool:
    """Whether the text is a sentence with its clauses, ended: a footer's "本网站由某某委主办。" has no clauses."""
    return len(HAN.findall(text)) >= 20 and "," in text and text.rstrip().endswith("。")


# a journal paper's catalogue codes, glued or in brackets, and its DOI with no colon: "中图分类号:C916文献标识码:A文章编号:
# 1671623X(2016)03002704", "[中图分类号]C924.21[文献标识码]A [文章编号]1007-032X(2000)02-0058-03", "DOI10.13778/j.cnki.…"
_JOURNAL_CODE = r"[\[【]?(?:中图(?:法)?分类号|文献标[识志]码|文章编号|DOI)[\]】]?\s*:?\s*[A-Za-z0-9][A-Za-z0-9.\-/()_;,]*"
# (a mirror's stray quotes between them: "【中图分类号】C957""【文献标识码】A")
_JOURNAL_CODES = re.compile(rf"(?:{_JOURNAL_CODE}[\s\"“”]*)+")


@lru_cache(maxsize=16384)
def is_furniture(shade: str) -> bool:
    """Whether a line (its shadow) is page furniture as a whole. Cached: the rule runs twice a page."""
    s = shade.strip()
    if " -" in s and _ticker(s):  # (the one kind that may be long)
        return True
    if s.count("_") >= 4 and _KEYWORDS_JOINED.fullmatch(s):
        return True
    if _marked_caption(s):
        return True
    if s.endswith(("→", ">>", "»")) and _MORE_LINK.fullmatch(s):
        return True
    if s.endswith("页)") and BOOK_PAGE.fullmatch(s):
        return True
    if ("DOI" in s or "分类号" in s) and _JOURNAL_CODES.fullmatch(s):
        return True
    if "!--" in s and _HTML_COMMENT.fullmatch(s):
        return True
    if not s or len(s) > 120:  # every kind of furniture below is shorter than a paragraph
        return False
    # (a paper's keywords with its first heading and sentence run on after a wide gap are the paper's)
    if (_LEAD.match(s) and len(s) <= 120 and not _RUN_ON.search(s)) or _PAGE_HEADER.match(s) or _pager(s) or (len(s) <= 60 and _COUNTERS.fullmatch(s)) \
            or _CLOCK.fullmatch(s):
        return True
    # (a paragraph with the site's copyright run on after its last sentence is the author's: the tail is TrailingCredit's)
    # (nor one a watermark was sown inside, prose each side of it: "…其中:计划内一孩人,同-cnwmz.com版权所有!比增加人,…。")
    if len(s) <= 120 and (footer := _FOOTER.search(s)) and not _ends_a_sentence(s[:footer.start()]) \
            and not (_PROSE_BEFORE.search(s, 0, footer.start()) and _PROSE_AFTER.search(s, footer.end())):
        return True
    if len(s) <= 60 and _TITLED_PAGE.fullmatch(s):  # a preview's running header: "镇人口与计划生育工作计划第2页"
        return True
    if _SUBMISSIONS.fullmatch(s) or _ENGLISH_FURNITURE.fullmatch(s) or _REPOST.fullmatch(s) or _LOGO.fullmatch(s) \
            or SAVE_BUTTON.fullmatch(s):
        return True
    if len(s) <= 40 and _PROMPT.search(s) and (not re.search(r"[。;]", s) or _LOADING.fullmatch(s)):
        return True
    # a story's dateline and its writers alone on a line over it: "某某讯 施某某 报道"
    if s.endswith("报道") and _NEWS_BYLINE.fullmatch(s):
        return True
    # a row of buttons in brackets, the first or the last cut: "【评论】【推荐】【 】【打印】【关闭", "收藏此页】【 】【打印】"
    if ("【" in s or "】" in s) and len(s) <= 60 and _BUTTON_ROW.fullmatch(s):
        return True
    # a picture's caption signed by its photographer after its sentence: "…计生助理员。摄影/曾某"
    if "摄影" in s and len(s) <= 80 and _SIGNED_PICTURE.search(s):
        return True
    # a story's byline row, its writers by their credits: "本报记者 陈某 陈某 通讯员 潘某 黄某 何某"
    if ("记者" in s or "通讯员" in s) and _BYLINE_ROW.fullmatch(s):
        return True
    # an account's card: its name, its line about itself, its count of posts ("…促进家庭健康和发展25篇原创内容 公众号")
    if "原创内容" in s and _ACCOUNT_CARD.search(s) and not re.search(r"[。;]", s):
        return True
    if ("www." in s or "Association" in s or "Committee" in s or "Federation" in s) and _SITE_NAME_LINE.fullmatch(s):
        return True
    if len(s) <= 20 and (_QA_FRAME.fullmatch(s) or _PLACEHOLDER.fullmatch(s) or _SERIES_ISSUE.fullmatch(s) or _PIECE_LABEL.fullmatch(s)
                         or _FORUM_BUTTON.fullmatch(s)):
        return True
    # (a post's teaser of an earlier one, its headline asking or exclaiming: "往期热门嵊州弃儿寻亲:…,你们在哪?")
    if s.startswith("往期") and _PAST_POST.match(s):
        return True
    heading = _HEADING_NUMBER.match(s)
    widget = _WIDGET.search(s)
    if widget and not heading and len(s) <= 90 and not re.search(r"[。!?]", s):
        rest = HAN.findall(_WIDGET.sub("", s))
        # a bar of widgets: date, lunar date, weather, air ("农历正月廿五 … 6℃~14℃ 东北风3级 空气质量:良")
        if widget.start() <= 2 or len(rest) <= 6 or len(_WIDGET.findall(s)) >= 3:
            return True
    weak = _WEAK.findall(s)
    if len(s) <= 30 and weak and len(HAN.findall(_WEAK.sub("", s))) <= (2 if len(weak) >= 2 else 0):
        return True
    if len(s) <= 80 and _BREADCRUMB.match(s) and not re.search(r"\d+\s*-\s*\d+", s):
        return True
    if _CAPTION.match(s) or _HOME_MENU.match(s) or ("作者" in s and len(_BOOK_ADVERT.findall(s)) >= 2
                                                    and not re.search(r"[。!?;]", s)):
        return True
    if ("<<" in s or "«" in s) and _PREV_NEXT.match(s):
        return True
    tokens = [t for t in _MENU_SEPARATOR.split(s) if t]
    # the first item may be the site's name and address: "港文庫 gangwenku.hk | 講稿 · 報告 · 總結 | 繁 | 簡"
    # (an item may have its English name after it: "Home | 关于我们 About | 项目动态 Programs")
    return len(tokens) >= 4 and len(tokens[0]) <= 24 and all(len(t) <= 10 or len(_ITEM_ENGLISH.sub("", t)) <= 10 for t in tokens[1:]) \
        and not re.search(r"[。,]", s)


# a row of buttons in brackets, the first or the last cut ("【评论】【推荐】【 】【打印】【关闭"), a bracket may be empty
_BUTTONS = r"评论|推荐|打印|关闭|关闭窗口|收藏|收藏此页|分享|下载点点通|返回顶部|纠错|返回[\u4e00-\u9fff]{1,10}"
_BUTTON_ROW = re.compile(rf"(?:【?\s*(?:{_BUTTONS})?\s*】\s*){{2,}}【?\s*(?:{_BUTTONS})?\s*")
_SIGNED_PICTURE = re.compile(r"[。!]\s*摄影\s*[/:]\s*[\u4e00-\u9fff]{2,3}$")  # "…计生助理员。摄影/曾某"
_NEWS_BYLINE = re.compile(r"[^\s,。]{2,12}讯\s+[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4}){0,3}\s*报道")  # "某某讯 某某 报道"
_COLUMN_HEAD = re.compile(r"分值|得分|扣分|评分|序号|备注|合计|小计|单位|金额|数量|户数|人数")
_GENRE_WORD = re.compile(r"讲话|报告|致辞|发言|总结|通知|意见|方案|计划|章程")


def _short_label(word: str) -> bool:
    """A short word of two to six characters, Chinese first, no sentence in it and no genre named: a site's name, tag or
    brand ("购物吧", "新蓝山"), where a short title would name its genre ("工作总结")."""
    return 2 <= len(word) <= 6 and HAN.fullmatch(word[0]) is not None and not has_stops(word) and not _GENRE_WORD.search(word)


_CRUMB_ITEM = re.compile(r"\d{1,2}\.\s*[\u4e00-\u9fff]{1,8}")
_TEASER_LABEL = re.compile(r"\s*(?:推荐阅读|导读|摘要|内容摘要|核心提示)\s*[:]\s*")
_PICTURE = re.compile(r"\.(?:png|jpe?g|gif|webp)$|^微信图片_|后可看大图$", re.I)
_APP_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}(?:网|报|台)?(?:手机客户端|客户端|微信公众号|官方微博|微博)")
_QUERY = re.compile(r"[\u4e00-\u9fff]{2,14}(?:怎么样|去哪里|怎么治疗|怎么治|哪家好|哪里好|多少钱|好不好|能治好吗)")
_NAME_SPOKE = re.compile(rf"{PERSON_NAME.pattern}(?:讲话|致辞|发言)。")
_PHONE_ONLY = re.compile(r"1[3-9]\d{9}|1[3-9]\d[ -]\d{4}[ -]\d{4}|0\d{2,3}-?\d{7,8}|400-?\d{3}-?\d{4}")
_BYLINE_ROW = re.compile(r"(?:\s*(?:本报|本台|本网|特约)?(?:记者|通讯员|实习生)(?:\s+[\u4e00-\u9fff]{2,3})+){2,}\s*")
_ACCOUNT_CARD = re.compile(r"\d+\s*篇原创内容(?:\s*公众号)?\s*,?$")  # a WeChat account's card: "…25篇原创内容 公众号"
# a list item's bullet, with the spaces round it: what is left when an item's words are taken off ("- ", "• ")
_BULLET_MARKS = " -–·•*▪"
_FIRST_HEADING = re.compile(r"\s*一、")
_PART_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))")
# a rule drawn in marks ("______", "————"), and a hotline's number under its label ("服务热线:" / "0556-2222226")
_RULE_MARKS = "_-—=~＿"
_RULE_LINE = re.compile(r"[_\-—=~＿]{5,}")
_PHONE_LABELS = ("热线:", "电话:", "热线：", "电话：", "熱線:", "電話:", "熱線：", "電話：")
_PHONE_ALONE = re.compile(r"\(?0\d{2,3}\)?[-\s]?\d{7,8}")
_GLUED_ENGLISH = re.compile(r"([A-Z][a-z]{2,11})(?=[\u4e00-\u9fff“「])")
_GROUPED_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+")  # a count in thousands: "3,214"
_ITEM_ENGLISH = re.compile(r"\s+[A-Z][A-Za-z]{1,15}(?: [A-Za-z]{1,15})?$")  # a menu item's English name: "项目动态 Programs"


# the links to the story before and after: "构建理论文化 推进改革创新 << 王汝鹏率团访问港澳红会 | 广饶县…总结会议 >>"
_PREV_NEXT = re.compile(r"[^。!?]{2,80}(?:<<|«)\s*[^。!?]{2,80}[|]\s*[^。!?]{2,80}(?:>>|»)\s*$")


# a collection's label for its piece with the site's category: "第一篇:人口计生"
_PIECE_LABEL = re.compile(r"第[一二三四五六七八九十\d]{1,3}篇\s*:\s*[\u4e00-\u9fff]{2,6}")
# a WeChat series' issue over its post: "我们的第二期", "5.29会员活动日特辑⑤|"
# a forum's buttons and its call to join, alone on their lines
_FORUM_BUTTON = re.compile(r"发布新帖|马上注册!?|返回列表|发表回复|回复楼主|购物车\(\d+\)")  # (and a shop's cart: "购物车(0)")
_SERIES_ISSUE = re.compile(r"我们的第[一二三四五六七八九十\d]{1,3}期|[^|]{2,16}(?:特辑|专题|系列)[①-⑳\d]{1,2}\s*\|?")
_CANDIDATE = any_of([_ENGLISH_FURNITURE, _TITLED_PAGE, _SUBMISSIONS, _REPOST, _LOGO, _LEAD, _SITE_NAME_LINE, _PAGER_TOKEN, _PAGE_HEADER, _FOOTER, _WIDGET, _BREADCRUMB, _CAPTION, _PROMPT, _QA_FRAME, _PLACEHOLDER,
                     SAVE_BUTTON, _SERIES_ISSUE, _PIECE_LABEL, _FORUM_BUTTON, _MENU_SEPARATOR, _LIST_HEADING, _SHARING_SITE_TEXT, _BOOK_ADVERT, _AGENCY_CAPTION, _JOURNAL_CODES], extra=["技术支持", "技术维护", "<<", "«", "原创内容", "报道", "记者", "通讯员", "!--"])
_SHORT_CANDIDATE = any_of([_WEAK, _COUNTERS])

_MENU_WORD = re.compile(rf"[A-Za-z0-9]|{_WEAK.pattern}|{_PAGER_WORDS}")
_LATIN_ONLY = re.compile(r"[^\u3400-\u9fff]*[A-Za-z]{2}[^\u3400-\u9fff]*")
# a column's name over an English text
_ENGLISH_LABEL = re.compile(r"(?i)(?:press releases?|news(?: releases?| (?:and|&) events| information)?|latest news|feature articles?|"
                            r"speeches|events|announcements?|media (?:centre|center)|what's new|home)")
# a paragraph of English: a dozen words or more, with a sentence's stop
_ENGLISH_PROSE = re.compile(r"(?=[^\u3400-\u9fff]*[.!?])[^\u3400-\u9fff]*?(?:[A-Za-z0-9’'-]+[\s,;:]+){11,}[^\u3400-\u9fff]*")
_LETTERS = re.compile(r"[A-Za-z]")
_NOT_RUNNING = re.compile(r"[。!?！？]")
_NOT_MENU = re.compile(r"[。!?;,:、“”《》()]")
_ITEM_SPLIT = re.compile(r"[\s|·•/]+")
# the bodies that sign a document jointly ("县计生协", "县卫健局", "县妇联" under a notice) are no menu;
# above the text the same words are a blog's tags
# a letter's close ("祝" / "孩子们展翅高飞,鹏程万里!", "此致" / "敬礼!"), and a name under it, its writer's
# (the close may end the last sentence's line: "…健康地度过青春期。祝" / "孩子们展翅高飞,鹏程万里!" / "郦某某")
_CLOSING = re.compile(r"^(?:祝|此致|顺颂|谨祝|敬祝)|[。!](?:祝|此致)$|敬礼!?$")
_WRITER = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _signed(lines: list[str], last: int, i: int, s: str) -> bool:
    return _WRITER.fullmatch(s) is not None and any(_CLOSING.search(shadow(lines[j]).strip()) for j in range(max(0, last - 1), i))


_SIGNATORY = re.compile(r"(?:协会|计生协|局|委|办|政府|办公室|委员会|妇联|团委|党委|党组|支部|学校|医院|街道|镇|乡|村|社区|居委会)$")
_IDIOM = re.compile(r"[\u3400-\u9fff]{4}")
# a news story's dateline or byline: "本报讯", "□记者 陈晓苏", "通讯员 李欢"
_BYLINE = re.compile(r"\W{0,2}(?:本报讯|本网讯|本台讯|(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}$)")
_KEYWORD = re.compile(r"讲话|致辞|发言|报告|总结|范文|心得|方案|计划|大全|精选|最新")
_PHRASE = re.compile(r"[\u3400-\u9fff]{4,8}")
_SITE_MENU = re.compile(r"首页|联系我们|关于我们|概况|动态|公告|网站")
# (or shorter where it names a report's or a speech's genre: "总干事报告", "会长致辞")
_HEADLINE_8 = re.compile(r"[\u3400-\u9fff]{6,8}|[\u3400-\u9fff]{2,4}(?:报告|致辞|讲话|献辞|寄语)")
_BOOK_PAGER = re.compile(r"[前后上下]一[页篇章节]|回?(?:目录|首页)|返回(?:目录|首页)")
_MONTH_LED = re.compile(r"\d{1,2}(?:\s*-\s*\d{1,2})?\s*月")
_DATE_ITEM = re.compile(r"(?:19|20)\d\d\s*年?|\d{1,2}(?:\s*-\s*\d{1,2})?\s*月(?:\s*\d{1,2}\s*日)?")
# a web list's item: a bullet, then a headline of no sentence ("  • 港鐵為轉職僱員訂保障措施")
_BULLETS = "•·▪-*"
_BULLET_ITEM = re.compile(rf"[{re.escape(_BULLETS)}]\s*[^\s。!?;][^。!?;]{{0,59}}")
# a listed headline's date after it, whole or cut off by the store: "…創新成果2024-10-31", "…出海2024-10-"
# (or in brackets with its clock: "…名单揭晓(2022-06-06 12:51:05)")
_ITEM_DATE = re.compile(r"\s*(?:\d{4}-\d{1,2}-?(?:\d{1,2})?|\d{1,2}-\d{1,2})$|\(\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\)$")
# a table's cell, one a line as pages print tables: "王洪春 |", "1975.7----1985.7 |", "|"
_CELL = re.compile(r"[^|]{0,40}\|")
_TABLE_RULE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?")
# what a cell of figures holds besides its digits: "1975.7----1985.7", "34.40", "12.5%"
_FIGURE_MARKS = r"\d.,%:~\-—年月日"
_FIGURE_IN_ROW = re.compile(rf"\|\s*[{_FIGURE_MARKS}]*\d[{_FIGURE_MARKS}]*\s*\|")
_TABLE_NAME = re.compile(r"[^。!?;,]{4,60}表")
_BARE_FIGURE = re.compile(r"[-+]?\d+(?:\.\d+)?%?")
_FIGURE_CELL = re.compile(rf"[{_FIGURE_MARKS}\s]*\d[{_FIGURE_MARKS}\s]*\|")
# a list of people under its label: "出席委员 :", "缺席:", "列席人员:", "应邀列席人士:"
_ROSTER_LABEL = re.compile(r"(?:出席|缺席|列席|参加|参会|与会|请假|主持|记录)[^\s:。,]{0,6}\s*:$")


def _under_roster_label(lines: list[str], i: int) -> bool:
    """Whether line `i` stands in a list of people under its label (other short entries, "何俊仁议员(副主席)",
    "民政事务局副局长(1)", may come between)."""
    for j in range(i - 1, max(-1, i - 13), -1):
        s = shadow(lines[j]).strip()
        if _ROSTER_LABEL.search(s):
            return True
        if len(s) > 30 or _NOT_RUNNING.search(s):
            return False
    return False


def _figures_spaced(items: list[str]) -> bool:
    """Whether a line's spaces stand only round its figures and letters, as a PDF's text spaces them: a heading's, "XX 县…协会
    2021 年工作总结和 2022 年工作计划", not a menu's items (a pager's "上一页 1 2 3 下一页" has too few words)."""
    def figure(t: str) -> bool:
        return t.isascii() and t.isalnum()  # (a bracket or a dash between a menu's items is none: "医药网 - 医药招商 - …")

    return all(figure(a) or figure(b) for a, b in zip(items, items[1:], strict=False)) \
        and sum(len(t) for t in items if not t.isascii()) >= 8


# above the document and below it, sites print menus: rows of short items, or one item a line
_FORM_LABEL = re.compile(r"(?:表\s*号|制表机关|批准机关|批准文号|填报单位|填表人|统计负责人)\s*(?:\(盖章\))?\s*:")


def _outside_body(lines: list[str], first: int, last: int, tables: set[int], split: bool = False) -> set[int]:
    """Menu rows and runs of menu items above the text's first line (`first`) and below its last (`last`).

    A slogan title in four-character phrases ("凝心聚力 担当作为 开拓创新"), on one line or split, is not a
    menu. On lines Paragraphs
    split out of one (`split`), a run is a menu only with a word of one in it (a user name, a count, 帖子):
    "夯实基层基础 创新服务载体 推动…" is a title's slogan. A table's lines (`tables`, `_tables`) are no menu's items.
    """
    n = len(lines)
    found: set[int] = set()
    english: bool | None = None  # whether the page has English prose of its own, asked once
    # a sidebar's links above the text, their headlines cut off, two or more: "“会聚·赋能”异业渠道对接沙龙活..."
    cut_off = [i for i in range(first) if lines[i].rstrip().endswith(("...", "…")) and len(s := shadow(lines[i]).strip()) <= 40
               and len(HAN.findall(s)) >= 6 and not has_stops(s[:-3]) and not _HEADING_NUMBER.match(s)]
    if len(cut_off) >= 2:
        found.update(cut_off)
    # (a notice's attached form under its date, a blank form's cells one to a line, is the notice's: "附件:…统计报表" /
    # "表 号:…" / "制表机关:…" / "本期出生人数" / "一孩出生" …)
    attached = next((i for i in range(last + 1, min(n, last + 4)) if shadow(lines[i]).lstrip().startswith(("附件", "附表"))), None)
    below = attached if attached is not None and any(_FORM_LABEL.match(shadow(lines[j]).strip())
                                                     for j in range(attached + 1, min(n, attached + 12))) else n
    for zone in (range(first), range(last + 1, below)):
        found.update(_bullet_runs(lines, zone))
        # a chronicle's table, its rows led by their months ("2月6日 兒童使用智能產品調查", "3-4月 約見港大/理大/社聯"),
        # is the text's: four such rows or more, where a menu's date widget has one
        chronicle = sum(1 for i in zone if _MONTH_LED.match(lines[i].lstrip())) >= 4
        run: list[int] = []
        for i in [*zone, None]:  # None closes the zone's last run
            s = shadow(lines[i]).strip() if i is not None else ""
            latin = i is not None and _LATIN_ONLY.fullmatch(s) is not None
            if latin:  # "Notice: The content above…", an English site name
                if english is None:
                    # (beside a paragraph of Chinese, English is the translation a site appends to it)
                    prose = sum(len(line) for line in lines if _ENGLISH_PROSE.fullmatch(line.strip()))
                    han = [len(HAN.findall(line)) for line in lines]
                    english = prose >= 200 and not any(count >= 60 for count in han)
                    # (a page whose words are English many times over, its Chinese a title's, is English: a slide
                    # deck's transcript under a bilingual cover; a translation is a few letters a character)
                    english = english or sum(len(_LETTERS.findall(line)) for line in lines) >= 8 * sum(han)
                if not english or _ENGLISH_LABEL.fullmatch(s):  # (an English text is the author's; its column's name is not)
                    found.add(i)
            # a notice in Japanese over a Chinese page; a widget's word under it ("コメント")
            # (a Chinese sentence naming a Japanese place is none: "…在メルパルク東京飯店舉行歡迎晚會。")
            if i is not None and (i < first or len(s) <= 12) and KANA.search(s) \
                    and (len(s) <= 12 or len(KANA_CHAR.findall(s)) * 4 >= len(s)):
                found.add(i)
            byline = i is not None and bool(_BYLINE.match(s))
            # (the text's first line closes the zone above it: its dateline is a byline too, "本报讯 2日,…")
            if i is None and zone.stop == first and first < n:
                byline = bool(_BYLINE.match(shadow(lines[first]).strip()))
            # (on an English page a short line of words is a heading: "FPAHK’s 66th Annual General Meeting")
            plain = i is not None and not _NOT_MENU.search(s) and not byline and not (latin and english) and i not in tables \
                and "│" not in s  # (a table drawn in box characters: "│ 北京市 │ 20 │ │ 36 │ 56│")
            if plain:
                items = [t for t in _ITEM_SPLIT.split(s) if t]
                # (a heading spaced out letter by letter, "政 府 工 作 报 告", is no menu)
                spaced = all(len(t) == 1 for t in items)
                # (nor is a date spaced out: "中华民国 102 年 7 月 12 日")
                # (nor is a chronicle's row led by its month: "3 月 愛家庭 親子五式", "3-4月 約見港大/理大/社聯")
                # (nor is a paper's list of its authors, their names but one in four of the common surnames: "◎ 谢某 丘某 陈某 吴某")
                names = [t for t in items if t not in "◎●○"]
                # (nor are a question's answers, each behind its box: "□ 满意  □ 基本满意  □ 不满意")
                # (nor is a table's row of column heads: "考核项目 分值 评分标准 扣分 得分")
                # (four-character items that all open alike are a channel's menu, no slogan: "今日海口 今日秀英 今日龙华 …")
                if len(items) >= 4 and s[:1] not in "□☐○◯" and all(len(t) <= 8 for t in items) \
                        and (not all(_IDIOM.fullmatch(t) for t in items) or len({t[:2] for t in items}) == 1) \
                        and sum(1 for t in items if _COLUMN_HEAD.search(t)) < 2 \
                        and not mostly_names(names) \
                        and not (chronicle and _MONTH_LED.match(s)) \
                        and (not spaced or is_furniture("".join(items))) and not ("年" in s and date_line(s)) \
                        and not _figures_spaced(items):
                    found.add(i)
                # a fanwen site's search words under its title: "计生协讲话稿 计生协换届讲话 …讲话稿范文"
                elif len(items) >= 3 and all(len(t) <= 16 and _KEYWORD.search(t) for t in items):
                    found.add(i)
            if plain and len(s) <= 8 and not _HEADING_NUMBER.match(s) and not _ARTICLE.match(s) and not ("年" in s and "日" in s) \
                    and not (i > last and _SIGNATORY.search(s)) and not (last < i <= last + 2 and _signed(lines, last, i, s)):
                run.append(i)
                continue
            # phrases of four to eight characters right above the text (two or more) are the title's slogan,
            # when the title goes on in the line after them; before a byline or a date they are a menu
            title_goes_on = plain and len(s) > 8
            idioms = 0
            while title_goes_on and idioms < len(run) and run[-1 - idioms] < first \
                    and _PHRASE.fullmatch(shadow(lines[run[-1 - idioms]]).strip()):
                idioms += 1
            if any(_SITE_MENU.search(shadow(lines[j])) for j in run[len(run) - idioms:]):  # 网站首页 … 联系我们
                idioms = 0
            if idioms >= 2:
                del run[-idioms:]
            # short lines right above a byline are a headline a page split ("市计生协会" / "理事会换届" / "□记者 …")
            # (a title printed again and again, "县科协工作总结" ×3, is no menu: a menu's items differ)
            # (nor is a run above the text that prints a line of six characters or more twice: the title, "计划生育倡议书" /
            # "合集下载" / "计划生育倡议书")
            printed = [line for j in run if re.search(r"\w", line := lines[j].strip())]  # (bullets alone are no items: "*", "**")
            # (nor is a roster under its label: "出席委员:" / "何秀兰议员" / "李永达议员" …)
            if run and _under_roster_label(lines, run[0]):
                run = []
            # (an author's name right above the text is its byline, no item of the menu over it: "人口与经济" / "2016年3期" /
            # "徐俊" / "摘要:…")
            # (its button may stand between: "胡某某" / "(进入专栏)" / "一、引论")
            if run and first - 3 <= run[-1] < first and PERSON_NAME.fullmatch(shadow(lines[run[-1]]).strip()):
                run.pop()
            # (nor is the text's first heading under its author's name: "湘潮" / "2023年12期" / "萬某某" / "文物源起" / the text)
            elif len(run) >= 2 and run[-1] == first - 1 and run[-2] == first - 2 \
                    and PERSON_NAME.fullmatch(shadow(lines[run[-2]]).strip()) and not is_furniture(shadow(lines[run[-1]]).strip()):
                run.pop()
            # (nor is a headline over the magazine's name and issue it came out in, which go on their own: "三赢之路" /
            # "黄河黄土黄种人" / "2006年4期")
            if len(run) >= 2 and "期" in lines[run[-1]] and _ISSUE.fullmatch(lines[run[-1]].strip()) \
                    and _JOURNAL.fullmatch(shadow(lines[run[-2]]).strip()):
                del run[-2:]
            # (in a chronicle, a run with a date is its rows: "2013年" / "事項" / "2月6日" / "兒童使用智能產品調查" / "4-5月")
            if len(run) >= 3 and not byline and (not split or any(_MENU_WORD.search(shadow(lines[j])) for j in run)) \
                    and not (chronicle and any(_DATE_ITEM.fullmatch(shadow(lines[j]).strip()) for j in run)) \
                    and len({line.rstrip("0123456789") for line in printed}) * 2 > len(printed) \
                    and not (run[0] < first and any(len(line) >= 6 and printed.count(line) > 1 for line in printed)):
                # (a headline of six to eight characters right above the text is no item of the menu over it:
                # "« 返回前页列印" / "专栏名 作者" / "楼价是最强避孕丸" / the story)
                if run[-1] == first - 1 and _HEADLINE_8.fullmatch(last_shade := shadow(lines[run[-1]]).strip()) \
                        and not is_furniture(last_shade) and not _SITE_MENU.search(last_shade):
                    run.pop()
                # (nor a chapter's heading and its lead under a book's pager: "后一页" / "回目录" / "奇文续赏" / "某某续曰——")
                pager = next((k for k, j in enumerate(run) if not _BOOK_PAGER.fullmatch(shadow(lines[j]).strip())), len(run))
                if 2 <= pager and len(run) - pager <= 2 and run[-1] < first \
                        and all(HAN.match(piece := shadow(lines[j]).strip()) and not is_furniture(piece) for j in run[pager:]):
                    del run[pager:]
                found.update(run)
            run = []
    return found


def _tables(lines: list[str]) -> set[int]:
    """The lines of the page's tables, a row a line or a cell a line (the text's: no menu's or pager's), asked only of
    a page with three lines that end in a bar, or with a line that ends in a table's name."""
    found = _bare_cells(lines) if any(line.endswith("表") for line in lines) else set()
    if sum(line.endswith("|") for line in lines) < 3:
        return found
    return found | _table_rows(lines) | _table_cells(lines)


def _bare_cells(lines: list[str]) -> set[int]:
    """A table printed a cell a line with no bars, under its name ("…考核结果排名表" / "序号" / "项目" / "汨罗市" / … /
    "5" / "4.5" / …): twelve cells or more, a third of them figures and three of words. A menu has no figures, a
    pager's numbers no table's name over them."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if not line.endswith("表") or not _TABLE_NAME.fullmatch(shadow(line).strip()):
            continue
        j = i + 1
        while j < len(lines) and 0 < len(cell := shadow(lines[j]).strip()) <= 16 and not has_stops(cell):
            j += 1
        figures = sum(1 for k in range(i + 1, j) if _BARE_FIGURE.fullmatch(shadow(lines[k]).strip()))
        if j - i - 1 >= 12 and 3 * figures >= j - i - 1 and j - i - 1 - figures >= 3:
            found.update(range(i + 1, j))
    return found


def _table_rows(lines: list[str]) -> set[int]:
    """A table printed a row a line ("| 2017 | 50.35 | 66.28 |"): three rows or more, three with a figure in a cell
    (a menu's row of links has none)."""
    found: set[int] = set()
    block: list[int] = []
    for i in [*range(len(lines)), None]:
        if i is not None and table_row(lines[i]):
            block.append(i)
            continue
        if len(block) >= 3 and sum(1 for j in block if _FIGURE_IN_ROW.search(lines[j])) >= 3:
            found.update(block)
        block = []
    return found


def _table_cells(lines: list[str]) -> set[int]:
    """A table printed a cell a line, its names and its figures ("姓名 |" / "王洪春 |" / "女 |" / "1975.7----1985.7 |"):
    a block of eight cells or more with three of figures and three of words. A menu a link a line ("網站導覽 |" /
    "常見問題 |") has no figures."""
    found: set[int] = set()
    block: list[int] = []
    for i in [*range(len(lines)), None]:
        if i is not None and "|" in lines[i] and _CELL.fullmatch(lines[i].strip()):
            block.append(i)
            continue
        if len(block) >= 8:
            figures = sum(1 for j in block if _FIGURE_CELL.fullmatch(lines[j].strip()))
            words = sum(1 for j in block if HAN.search(lines[j]))
            if figures >= 3 and words >= 3:
                found.update(block)
        block = []
    return found


_GIVING_HEAD = re.compile(r"(?:捐款|捐赠|爱心捐赠|我要捐款)方式:?")
_GIVING_WAY = re.compile(r"扫码转款|扫码捐款|银行转[帐账]|邮政汇款|邮局汇款|短信捐款|在线捐款|网上捐款|微信捐款|支付宝捐款|外\s*币")
# a web form's widgets, each of its own kind: a drop-down, an option's box, a captcha, a button, a consent, a required field
_FORM_WIDGETS = (("select", re.compile(r"请选择[^\s]{0,6}\s*[▼▾]|.{0,12}\s[▼▾]$")),
                 ("option", re.compile(r"(?:.{0,12}\s)?[○◯□☐](?:\s*[\u4e00-\u9fff]{1,8}){1,6}")),
                 ("captcha", re.compile(r".{0,8}看不清[?,]?\s*换一张")),
                 ("button", re.compile(r"(?:\[\s*(?:提交|重置|确定|取消|发送|保存)[\u4e00-\u9fff]{0,4}\s*\]\s*)+")),
                 ("consent", re.compile(r"[□☐]?\s*我已(?:阅读|认真阅读)并同意.{0,40}")),
                 ("required", re.compile(r"\*\s*[\u4e00-\u9fff]{2,8}(?:\s.{0,30})?")))
_FORM_FIELD = re.compile(r"\*?\s*[\u4e00-\u9fff]{2,8}")


def _web_form(lines: list[str]) -> list[int]:
    """A web form's rows (an application's, a message box's): three or more widgets of two or more kinds with
    their fields' labels between them, and the form's heading over them. A questionnaire's boxes are one kind."""
    found: list[int] = []
    rows: list[int] = []
    kinds: set[str] = set()
    for i in [*range(len(lines)), None]:
        kind = None
        if i is not None and len(lines[i]) <= 80:
            shade = shadow(lines[i]).strip()
            kind = next((name for name, widget in _FORM_WIDGETS if widget.fullmatch(shade)), None)
        if kind:
            rows.append(i)
            kinds.add(kind)
            continue
        # (a field's label alone between widgets: "工作单位")
        if i is not None and rows and i - rows[-1] <= 2 and _FORM_FIELD.fullmatch(shadow(lines[i]).strip()):
            continue
        if len(rows) >= 3 and len(kinds) >= 2:
            start = rows[0]
            if start and len(head := shadow(lines[start - 1]).strip()) <= 8 and not has_stops(head):
                start -= 1
            found.extend(range(start, rows[-1] + 1))
        rows, kinds = [], set()
    return found


_FOLLOW = re.compile(r"[+]?\s*关注(?:他|她|TA|作者)")
_CRUMB_LEAD = re.compile(r"\s*(?:(?:当前位置|本页位置|您的位置|您现在的位置|所在位置|您当前的位置|当前的位置|位置)\s*[:/>]|(?:网站)?首页\s*(?:>|»|/))")
_CRUMB_SPLIT = re.compile(r"\s*(?:[:/|]|>>|>|»|›|》)\s*")
_LIST_TITLE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,8}")


def _bullet_runs(lines: list[str], zone: range) -> list[int]:
    """Three or more bulleted headlines in a row outside the text: a site's list of other stories."""
    found: list[int] = []
    run: list[int] = []
    for i in [*zone, None]:
        if i is not None and (mark := lines[i].lstrip()[:1]) and mark in _BULLETS and _BULLET_ITEM.fullmatch(shadow(lines[i]).strip()):
            run.append(i)
            continue
        if len(run) >= 3:
            found.extend(run)
            # (with the list's heading over it: "信用中国" / "• 信用信息" / …)
            j = run[0] - 1
            while j in zone and not lines[j].strip():
                j -= 1
            if j in zone and _LIST_TITLE.fullmatch(shadow(lines[j]).strip()):
                found.append(j)
        run = []
    return found


# a record's field, its short label before the colon: "提案人:阮嬪", "類別:經建" in each of a council's proposals
_RECORD_FIELD = re.compile(r"\s*[\u4e00-\u9fff]{1,5}\s*:\s*\S")


def _running_heads(lines: list[str], first: int) -> set[int]:
    """A short line printed again and again down the text is a PDF's running header or footer ("岚溪县计划生育
    协会", "岚计生协发〔2023〕5号" at the top of every page): its prints inside the text go. What stands above
    the text (a letterhead, the title printed twice) is for the rules of the head."""
    seen: dict[str, list[int]] = {}
    for i in range(first + 1, len(lines)):
        if 4 <= len(lines[i]) <= 30:
            seen.setdefault(lines[i], []).append(i)
    head = set(lines[:first])

    def cell(i: int) -> bool:  # (a table's value, split off its row, between the row's other cells: "北京市" / "100" / "按月发放")
        return all(0 < len(lines[j]) <= 30 and not is_prose(lines[j]) and not shadow(lines[j]).rstrip().endswith(":")
                   for j in (i - 1, i + 1) if j < len(lines))

    def column(at: list[int]) -> bool:  # (each print in a row of its own: the cells before them differ)
        return all(map(cell, at)) and len({lines[i - 1] for i in at}) > 1

    # printed on three pages, or on two and above the text; a heading of the text is no running header, nor a
    # column's value in every row of a table, nor a speaker's name over his turns ("许议员玉昭:"), nor a sentence printed
    # again and again in a row (a host's call for each round of awards)
    # (two prints above the text's first sentence are the head's too: the headline, printed again under the listing's row
    # and inside the text, "…实施细则" / "时间:…" / "…实施细则" / "为认真贯彻…" / "…实施细则")
    def above(at: list[int]) -> int:  # (where the text's first sentence under the first print is)
        return next((i for i in range(at[0] + 1, len(lines)) if is_prose(lines[i])), len(lines))

    return {i for line, at in seen.items() if (len(at) >= (2 if line in head else 3)
            and len(HAN.findall(line)) >= 4 and not _NOT_RUNNING.search(line) and not fold(line).rstrip().endswith(":")
            and not _RECORD_FIELD.match(fold(line))
            and not _HEADING_NUMBER.match(line) and not column(at) and not (has_stops(line) and at[-1] - at[0] == len(at) - 1))
            or (len(at) >= 2 and STAMP_RE.fullmatch(line.strip())) for i in at if i > at[1] or at[1] > min(above(at), first + 8)}


_SCENE_END = re.compile(r"(?:现场|合影|留影|掠影)$")
_SAW = re.compile(r"实地(?:了解|察看|查看|考察)[^。,]{2,30}$")
_DAY_LEAD = re.compile(r"\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日")
_ISSUE = re.compile(r"(?:19|20)\d\d年\s*(?:第\s*)?\d{1,3}期")
_JOURNAL = re.compile(r"[^\s\d。,:;!?]{2,12}(?:\([^()]{2,10}\))?")
_MAIL_ROW = re.compile(r"(?:电子信箱|电子邮箱|电子邮件|邮箱|E-?mail)\s*:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
_CONTACT_ROW = re.compile(r"\s*(?:户\s?名|账\s?号|帐\s?号|开户行|开户银行|收款人|收款单位|地\s?址|邮\s?编|邮政编码|传\s?真|"
                          r"[\u4e00-\u9fff]{0,12}电话|电子邮箱|邮\s?箱|E-?mail)\s*:\s*\S")
# (and a compilation's contents above one of its papers: "会议材料汇编" / "一、在…会议上的讲话" / "二、…工作要点")
_CONTENTS = re.compile(r"(?:文章|本文|文档)?(?:目\s*录|提纲|目录\s*/\s*提纲)\s*:?\s*(?:…+|\.{3,})?|[\u4e00-\u9fff]{2,8}汇编")
# an entry: a heading's number ("一、", "(一)", "一是", "第一章", "1.") or a page number after dots
_CONTENTS_ITEM = re.compile(r"(?:[一二三四五六七八九十]{1,3}(?:、|是)|\([一二三四五六七八九十\d]{1,3}\)|第[一二三四五六七八九十\d]{1,3}[章节部篇]|\d{1,2}[.、])"
                            r"[^。!?]{1,40}$|[^。!?]{2,40}(?:…{2,}|\.{4,})\s*\d{1,3}$")
_DOTS_LINE = re.compile(r"…+|\.{3,}")
# an encyclopedia's contents under its first paragraph: "目录" over "1 发展历程", "▪ 生育关怀" (or, split, "1" over
# "发展历程"), whose names the entry prints again as its headings
_WEB_CONTENTS = re.compile(r"目\s*录(?:\s*[\[【(]?(?:收起|展开)[\]】)]?)?")
_ENTRY_NUMBER = r"\d{1,2}(?:\.\d{1,2})?"
_ENTRY_NAME = r"[^\s\d,。!?;:]{2,20}"
_WEB_ENTRY = re.compile(rf"(?:{_ENTRY_NUMBER}[.、]?\s*|[▪•·●◆■]\s*)?({_ENTRY_NAME})|{_ENTRY_NUMBER}")
# several entries on one line: "1 历史由来  2 活动主题  3 主要形式"
_NUMBERED_NAME = re.compile(rf"{_ENTRY_NUMBER}[.、]?\s*({_ENTRY_NAME})")
_WEB_ENTRIES = re.compile(rf"(?:{_ENTRY_NUMBER}[.、]?\s*{_ENTRY_NAME}\s*){{2,12}}")
# an encyclopedia's box of facts: "中文名  计生协会员活动日" / "别    名  …" / "发起单位  中国计划生育协会"
_FACT_ROW = re.compile(r"[\u4e00-\u9fff](?:\s{0,6}[\u4e00-\u9fff]){1,5}\s{2,}[^。!?]{1,40}")
_FACT_NAME = re.compile(r"(?:中文名|外文名|英文名)称?\s{2,}")
# a reference an encyclopedia cites, with the day it was looked at: "1. 某某章程 .某某网[引用日期2020-05-12]"
_CITED = re.compile(r"[\[【]\s*引用日期\s*\d{4}-\d{1,2}-\d{1,2}\s*[\]】]")
_REFERENCES = re.compile(r"参考(?:资料|文献|来源)\s*:?")


def _web_contents(lines: list[str], at: int) -> int:
    """How many lines from `at` (a bare "目录") make an encyclopedia's contents: numbered or bulleted names,
    most of them printed again as headings below; 0 when they are not (a document's own list stays)."""
    names, end = [], at + 1
    while end < len(lines):
        line = shadow(lines[end]).strip()
        if m := _WEB_ENTRY.fullmatch(line):
            if m.group(1) in names:  # the first heading, printed again: the text has begun
                break
            names += [m.group(1)] if m.group(1) else []
        elif _WEB_ENTRIES.fullmatch(line):
            names += _NUMBERED_NAME.findall(line)
        else:
            break
        end += 1
    below = {line.split()[0] for line in lines[end:] if line.strip()}  # (a heading may still have its "[编辑]")
    again = sum(name in below for name in names)
    return end - at if len(names) >= 3 and again >= max(3, len(names) * 2 // 3) else 0


# a forum thread's reply floors: 沙发, 板凳, 地板, 5楼, #5
_FLOOR = re.compile(r"(?:沙发|板凳|地板|\d{1,4}\s*楼|#\s*\d{1,4})(?:\s|$)")
_THREAD = re.compile(r"楼主|只看该作者|发表于")


def _replies(lines: list[str], first: int) -> int | None:
    """Where the replies below a forum post begin: at the first reply floor after the post's text, with
    the replier's name and panel printed just above it. None on a page that is no forum thread."""
    if not _THREAD.search("\n".join(lines)):  # most pages: one scan finds no thread
        return None
    floor = next((i for i in range(first + 1, len(lines)) if _FLOOR.match(shadow(lines[i]).strip())), None)
    if floor is None:
        return None
    start = floor
    while start > floor - 2 and start - 1 > first and len(lines[start - 1]) <= 30 and not is_prose(lines[start - 1]):
        start -= 1
    return start


# the heading of the readers' comments under an article or a blog post: 网友评论, 评论列表, 留言(0), 3条评论
_COMMENTS = re.compile(r"(?:[【\[]?(?:网友|读者|用户|最新|热门|精选|全部|相关)?(?:评论|留言)(?:列表|区|板)?[】\]]?"
                       r"\s*(?:\(\s*(?:共\s*)?\d*\s*条?\s*\)|\d+\s*条?)?|(?:共\s*)?\d+\s*条(?:评论|留言)|[【\[]?(?:我要|发表)(?:评论|留言)[】\]]?)"
                       r"(?:\s*[【\[]?(?:我要|发表)(?:评论|留言)[】\]]?)?")


def _comments(lines: list[str], first: int) -> int | None:
    """Where the readers' comments below the text begin: at their heading, with more of the page's running
    text above it than below (a count of comments in the head row is no heading). None where there is none."""
    for i in range(first + 1, len(lines)):
        if len(lines[i]) <= 24 and _COMMENTS.fullmatch(shadow(lines[i]).strip()):
            above = sum(len(line) for line in lines[first:i] if is_prose(line))
            below = sum(len(line) for line in lines[i + 1:] if is_prose(line))
            return i if above > below else None
    return None


def _summarised(lines: list[str], keep: list[bool], i: int, start: int, least: int = 10) -> bool:
    """Whether a line from `start` on is empty (a bare label), or stands again in the few lines below it (at
    least `least` characters of it)."""
    summary = _BARE.sub("", shadow(lines[i][start:]).rstrip(".…"))
    if not summary:
        return start > 0
    below = _BARE.sub("", shadow("".join(lines[j] for j in range(i + 1, min(i + 6, len(lines))) if keep[j])))
    return len(summary) >= least and summary in below


_BARE = re.compile(r"[\W_\d]+")
_CLAUSE = re.compile(r"[,。;!?]")


# a photograph's caption printed twice (its image's text and its caption): a short sentence
_DOUBLE_CAPTION = re.compile(r"[^。!?]{2,38}(?:。|。?\((?:资料图片|图片来源[^()]{0,20})\))")


def _drop_doubles(lines: list[str], keep: list[bool]) -> None:
    """A sentence printed twice in a row is kept once; both copies of a doubled caption go. (A heading printed
    twice is left to Title: a title is printed twice.) Three prints or more in a row are the author's: a host's
    call repeated for each round of awards ("下面,请上台领奖;")."""
    for i in range(1, len(lines)):
        if keep[i] and keep[i - 1] and abs(len(lines[i]) - len(lines[i - 1])) <= 8 \
                and len(line := lines[i].strip()) >= 8 and line == lines[i - 1].strip() and (len(line) >= 40 or has_stops(line)) \
                and not (i >= 2 and lines[i - 2].strip() == line) and not (i + 1 < len(lines) and lines[i + 1].strip() == line):
            keep[i] = False
            if _DOUBLE_CAPTION.fullmatch(shadow(line)):
                keep[i - 1] = False
    # the headline printed again and again on one line under it: "某某送健康 宣传卫计知识某某送健康 宣传卫计知识…"
    for i in range(1, min(8, len(lines))):
        if keep[i] and len(line := lines[i].strip()) >= 16:
            for k in range(i):
                head = lines[k].strip()
                if 8 <= len(head) <= 60 and len(line) % len(head) == 0 and len(line) >= 2 * len(head) \
                        and line == head * (len(line) // len(head)):
                    keep[i] = False
                    break
    # a block of sentences printed again further down (a press release's whole text twice, a story's opening as its
    # teaser above it): one print goes, the first, as the page's text runs on from the second
    first_at: dict[str, int] = {}
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        j = first_at.get(line) if len(line) >= 15 and keep[i] else None
        if j is not None:
            run = 0
            while i + run < len(lines) and j + run < i and keep[i + run] and lines[i + run].strip() == lines[j + run].strip():
                run += 1
            if run >= 2 and sum(len(lines[i + k]) for k in range(run)) >= 60 and has_stops(lines[i]) and all(keep[j:j + run]):
                keep[j:j + run] = [False] * run
                i += run
                continue
        elif len(line) >= 15:
            first_at.setdefault(line, i)
        i += 1
    # a short sentence on a line of its own three times or more: one photo's caption under each of its copies
    # ("小朋友们表演精彩节目。" ×3); an author repeats a call inside a paragraph, not as a line of its own
    short = [line.strip() for line in lines if len(line) <= 32 and line.rstrip().endswith("。")]
    if len(short) >= 3:
        thrice = {line for line, n in Counter(short).items() if n >= 3 and len(line) >= 8}
        for i, line in enumerate(lines):
            if line.strip() in thrice:
                keep[i] = False


# a mailing list archive's message (Mailman's pages): its sender over the mail ("某某秘书处 mishuchu at lyjsx.org.cn"), the
# attachment it scrubbed under it ("-------------- 下一部分 --------------" / "一个非文本附件已被清除..." / "名称: …" …) and
# its link to the list ("更多关于 某某 邮件列表的信息")
_SENDER = re.compile(r"[^\s:]{2,30}\s+[\w.+-]+ at [\w-]+(?:\.[\w-]+)+")
_NEXT_PART = re.compile(r"-{2,}\s*下一部分\s*-{2,}")
_ATTACHMENT_FIELD = re.compile(r"(?:名称|类型|大小|描述|网址|URL)\s*:")
_LIST_INFO = re.compile(r"更多关于\s*\S+\s*邮件列表的信息")


# a mail's cover note over the bulletin it sends: "现将《工作简报》2023年第6期发送给你们,请查收。"
_COVER_NOTE = re.compile(r"现将《[^》]{2,30}》[^。]{0,30}(?:发送给|发给|转发给|发至)(?:你们|各位|你)[^。]{0,6}(?:请查收|请收阅|请查阅)")
_MAIL_RULE = re.compile(r"[=\-_]{10,}")


def _mail_archive(lines: list[str]) -> list[bool]:
    keep = [True] * len(lines)
    # (the cover note: from its addressees' line to the rule over the bulletin)
    note = next((i for i, line in enumerate(lines[:20]) if "请查" in line and _COVER_NOTE.search(shadow(line))), None)
    if note is not None and (rule := next((j for j in range(note + 1, min(len(lines), note + 8))
                                           if _MAIL_RULE.fullmatch(lines[j].strip())), None)) is not None:
        start = note - 1 if note and shadow(lines[note - 1]).rstrip().endswith(":") else note
        keep[start:rule] = [False] * (rule - start)
    scrubbed = False
    for i, line in enumerate(lines):
        shade = shadow(line).strip()
        if i < 5 and _SENDER.fullmatch(shade) or _NEXT_PART.fullmatch(shade) or _LIST_INFO.fullmatch(shade):
            keep[i] = False
        elif shade.startswith("一个非文本附件已被清除"):
            keep[i], scrubbed = False, True
        elif scrubbed and _ATTACHMENT_FIELD.match(shade):
            keep[i] = False
        else:
            scrubbed = False
    return keep


_RELATED = re.compile(r"\s*[【\[]?(?:相关阅读|相关链接|相关新闻|相关报道|延伸阅读|扩展阅读)[】\]]?\s*:")


def _related_teaser(lines: list[str], keep: list[bool]) -> None:
    """The story a "相关阅读:" link points to, its dateline and first words printed under the link at the page's
    foot ("相关阅读:…" / "新华社北京5月8日电(记者 崔静)“只要人人都献出一点爱,世界将"): the site's teaser, where
    the text opened with a dateline of its own. Its cut end is no cut of this text."""
    for r in range(len(lines) - 1, max(0, len(lines) - 6), -1):
        if keep[r] or not _RELATED.match(shadow(lines[r])):
            continue
        below = [i for i in range(r + 1, len(lines)) if keep[i]]
        if below and len(below) <= 3 and DATELINE.match(shadow(lines[below[0]])) and not ends_sentence(lines[below[-1]]) \
                and any(keep[i] and DATELINE.match(shadow(lines[i])) for i in range(r)):
            for i in below:
                keep[i] = False
        # (or the first words of the title it links, under a text its date line closed: "二○○八年十一月十日" / "扩展阅读:…" / "全国")
        above = next((i for i in range(r - 1, -1, -1) if keep[i]), None)
        if below and len(below) <= 2 and above is not None and date_line(lines[above]) \
                and all(len(lines[i].strip()) <= 20 and not has_stops(lines[i]) for i in below):
            for i in below:
                keep[i] = False
        return


def _english_chrome(lines: list[str]) -> int:
    """How many lines of a viewer's English buttons and pop-ups stand over a Chinese text: "Enjoying your free
    trial? …" / "Like" / "Share" / "Download" / "Read Text Version" / "P:48" / "31" / "鞏固國家的基礎:…". Five lines or
    more with no Chinese in them, two in three of them short, over a Chinese text at least half as long; an English
    text over its translation has paragraphs."""
    block = next((k for k, line in enumerate(lines) if HAN.search(line)), len(lines))
    below = [line for line in lines[block:block + 8] if line.strip()]
    if block < 5 or len(below) < 5 or not all(HAN.search(line) for line in below):
        return 0
    short = sum(1 for line in lines[:block] if len(line.strip()) <= 25)
    chars = sum(len(line) for line in lines[:block])
    return block if 3 * short >= 2 * block and 2 * sum(len(line) for line in lines[block:]) >= chars else 0


class Navigation:
    """`split=True` for the pass after Paragraphs, on lines it split out of longer ones."""

    name = "navigation"

    def __init__(self, split: bool = False) -> None:
        self.split = split

    def __call__(self, draft: Draft) -> Draft:
        if not self.split and any("邮件列表" in line or "非文本附件" in line for line in draft.lines[-30:]):
            draft.keep_lines(self.name, _mail_archive(draft.lines))
        if not self.split and draft.lines and draft.lines[0][:1].isascii() and (chrome := _english_chrome(draft.lines)):
            draft.keep_lines(self.name, [False] * chrome + [True] * (len(draft.lines) - chrome))
        lines: list[str] = []
        for line in draft.lines:
            cuts = _glued_cuts(shade := shadow(line)) or _caption_cut(shade)
            if not cuts:
                lines.append(line)
                continue
            bounds = [0, *cuts, len(line)]
            # a bullet left behind by the label split off belongs to the label, not to the text
            pieces = [line[a:b].strip().rstrip(_BULLET_MARKS) for a, b in zip(bounds, bounds[1:], strict=False)]
            lines.extend(p for p in pieces if p)
        draft.lines = lines
        candidates = _candidates(lines)
        keep, after_label, in_list = [], False, False
        files = 0
        asked: list[int] = []
        listed = draft.facts.get("listed_title")
        tables = _tables(lines)
        for i, line in enumerate(lines):
            if not (in_list or after_label or i in candidates):  # most lines: nothing here to look at
                keep.append(True)
                continue
            shade = shadow(line)
            # (and a table's rule under its head, "|---|---|", which no text prints)
            if (line.startswith(_IMAGE) and line.rstrip().endswith((">", ")"))) or _TABLE_RULE.fullmatch(line.strip()):
                keep.append(False)
                continue
            if i in tables:  # a table's rows of figures are no pager's or menu's ("| 2017 | 50.35 | 66.28 |")
                keep.append(True)
                continue
            # (a list's heading with nothing kept above it and the text's first heading two lines down has lost its
            # list: the line between is the text's headline: "- 相關推薦" / "縣計生協會會長…調研報告" / "一、…")
            if _LIST_HEADING.match(shade.strip()):
                keep.append(False)
                in_list = any(k and lines[j].strip(_BULLET_MARKS) for j, k in enumerate(keep)) \
                    or not (i + 2 < len(lines) and (_FIRST_HEADING.match(lines[i + 2])
                                                    # (or its first paragraph: "- 相关推荐" / "关于…工作总结" / "XX年镇妇联…。")
                                                    or (len(lines[i + 2]) >= 80 and is_prose(lines[i + 2])
                                                        and len(lines[i + 1]) <= 40 and not is_prose(lines[i + 1]))))
                files = 0  # how many files' names the list has run through, -1 once an item names none
                continue
            # (a list of files, two or more, ends where a line names none, nor labels more: the text's own heading or title under it,
            # "(一)落实…", "1、领导重视…", not "相关搜索:…"; so does any list at a heading numbered as a document numbers
            # its parts)
            if in_list:
                named = bool(_FILE_LINE.fullmatch(line.strip()))
                if (files >= 2 and not named and ":" not in shade) or _PART_HEADING.match(shade):
                    in_list = False
                files = files + 1 if named and files >= 0 else -1
            # a link list: short unpunctuated titles until text resumes
            # a title may exclaim, and a short one may have a comma, or one with its column's name before a bar
            # (a row's padding is no length: "· 镇计生协2020年工作总结          12-21")
            # (a salutation ends the list: "尊敬的各位领导、各位来宾,同志们:" opens the text)
            # (the headline the page's date row stands under ends it: "热点新闻" over the story's own headline)
            if in_list and line.strip() == listed:
                in_list = False
            # (a teaser of the next story under the list's heading, cut off by the site: "本报讯…依托社区,严管重罚、全面禁烧”..."
            if in_list and shade.rstrip().endswith(("...", "…", "\ufffd")) and len(shade) <= 240:
                keep.append(False)
                continue
            if in_list and len(compact := " ".join(shade.split())) <= 40 and not compact.endswith(":") \
                    and not re.search(r"[。;]" if len(compact) <= 24 or "|" in shade else r"[。;,]", shade):
                keep.append(False)
                continue
            # (a headline with its bullet and its date is an item however long: "- 廣州發佈《…》,一文解答…2024-11-01")
            # (and may ask or exclaim: "- 中國航天員一次次自信出征,底氣從哪兒來?2024-10-31")
            if in_list and compact[:1] and compact[:1] in _BULLETS and len(compact) <= 80 and _ITEM_DATE.search(compact) \
                    and not re.search(r"[。;]", shade):
                keep.append(False)
                continue
            in_list = False
            if i in candidates and is_furniture(shade):
                keep.append(False)
                # (the day alone at the page's top, as a blog or a paper heads its post: the page's date,
                # which describe reads when no row gives one; a portal's clock says 今天是)
                if i <= 2 and "星期" in shade and _DAY_ROW.fullmatch(shade):
                    draft.facts.setdefault("day_row", first_date(shade))
                if shade.strip().startswith("问题"):  # the asker's question under "问题描述:"
                    asked.append(i + 1)
                # a bare label ("- 关 键 词:") owns the short lines under it
                # (one with its value on its short line is whole, and owns none: "关键词:流动人口家庭" / the authors' "◎ 谢某 …")
                after_label = (lead := _LEAD.match(shade)) is not None and len(shade.strip()) <= 12 and not shade[lead.end():].strip()
                continue
            # (a salutation is no list of terms: "各位代表、各位来宾,女士们、先生们:" under "分享到: | 更多 |")
            if after_label and (_LABEL_TEXT.search(shade) or re.match(r"^\s*[-–·•*]\s*\S", shade)
                                or (_TERMS.fullmatch(terms := shade.strip()) and not terms.endswith(":"))):
                keep.append(False)
                continue
            after_label = False
            if i in candidates and _SHARING_SITE_TEXT.search(shade) and len(shade) <= 160:
                keep.append(False)
                continue
            keep.append(True)
        for i in asked:
            if i < len(lines) and len(lines[i]) <= 120:
                keep[i] = False
        # under a story's newsroom credits ("责任编辑:…"): its tags, an app's prompt, a list of other headlines with no
        # heading ("计划生育 生育 低生育", "某某APP,更好阅读体验", "美方对俄隐瞒了部分信息?克宫回应")
        if not self.split and (under := draft.facts.get("under_credits")):
            k = len(lines)
            while k and lines[k - 1] in under:
                k -= 1
            for i in range(k, len(lines)):
                if len(lines[i]) <= 40 and not re.search(r"[。;]", lines[i]):
                    keep[i] = False
        for i, line in enumerate(lines):
            # a rule drawn in underscores or dashes ("______", "————"); a hotline's number under its label ("服务热线:" /
            # "0556-2222226")
            # (and a count behind the icon a site draws with a Hangul glyph: "넶0")
            if line[:1] in _RULE_MARKS and _RULE_LINE.fullmatch(line.strip()) \
                    or (len(line) <= 8 and "\uac00" <= line[:1] <= "\ud7a3" and line[1:].strip().isdigit()) \
                    or (i and not keep[i - 1] and lines[i - 1].rstrip().endswith(_PHONE_LABELS) and _PHONE_ALONE.fullmatch(line.strip())):
                keep[i] = False
        _drop_doubles(lines, keep)
        if not self.split:
            _related_teaser(lines, keep)
        # a footer word marks the lines near it wherever it stands; candidates cover only short lines
        footer = [i for i in range(max(0, len(lines) - 8), len(lines)) if (i in candidates or len(lines[i]) > 160)
                  and (_FOOTER.search(shadow(lines[i])) or _SUPPORT.match(shadow(lines[i])))]
        # above the text, below it, and the PDF headers and forum replies inside and after it
        # (a notice in sentences found to be furniture is no start of the text: a privacy notice at the page's top)
        # (nor is an adult site's line of search terms that SpamLines takes next: "一级一级一片免费,天堂亚洲…")
        if (bounds := text_bounds([line if (k or not line.rstrip().endswith("。")) and not (i < 3 and advert_line(line)) else ""
                                   for i, (line, k) in enumerate(zip(lines, keep, strict=True))])) is not None:
            first, last = bounds
            for i in _outside_body(lines, first, last, tables, self.split) | _running_heads(lines, first):
                keep[i] = False
            # a news site's address for mail alone under the story ("電子信箱:…@gmail.com"); a notice gives its with a
            # contact's name or telephone
            tail = next((i for i in range(len(lines) - 1, last, -1) if keep[i]), last)
            if keep[tail] and _MAIL_ROW.fullmatch(shadow(lines[tail]).strip()) \
                    and not any(_CONTACT_ROW.match(shadow(lines[j])) for j in range(max(0, tail - 3), tail)):
                keep[tail] = False
            # a sidebar's contact and donation rows above the text ("户 名:某市红十字会", "开户行:…", "传 真:…"): three or
            # more; a notice's contact lines stand in or under its text
            contact = [i for i in range(first) if len(lines[i]) <= 60 and ":" in (shade := shadow(lines[i])) and _CONTACT_ROW.match(shade)]
            if len(contact) >= 3:
                for i in contact:
                    keep[i] = False
            # a telephone number alone above the text: the site's hotline ("13788103312" / "东兴信息网" / the headline)
            for i in range(min(first, 6)):
                if keep[i] and lines[i].strip()[:1].isdigit() and _PHONE_ONLY.fullmatch(lines[i].strip()):
                    keep[i] = False
            # a photo's caption right above a story's dateline: "国际家庭日主题宣传活动现场" / "人民网北京5月16日电 …"
            # (or who spoke there: "湖里区计生协会常务副会长王某致辞" / "台海网5月26日讯 …")
            # (with its full stop, "…宣传服务活动现场。"; or who saw what there, "参会领导和代表们实地了解…的开展情况", over
            # a lead that opens with its day)
            # (or in brackets: "(慰问现场)")
            if first and keep[first - 1] and len(cap := shadow(lines[first - 1]).strip().removesuffix("。").strip("()")) <= 40 \
                    and (_SCENE_END.search(cap) or (cap.endswith(_SPOKE) and _scene(cap)) or _SAW.search(cap)) and not has_stops(cap) \
                    and (DATELINE.match(lead := shadow(lines[first])) or _DAY_LEAD.match(lead)):
                keep[first - 1] = False
            # an account's short name between the headline and the text, where a copy names its source: "…推进会" / "鹤壁卫生计生"
            # / "近日,…" (a place's health or family-planning office, shortened)
            elif first >= 2 and keep[first - 1] and keep[first - 2] and len(lines[first - 1].strip()) <= 8 \
                    and _ACCOUNT_NAME.fullmatch(shadow(lines[first - 1]).strip()) and len(lines[first - 2].strip()) >= 8 \
                    and not has_stops(lines[first - 2]):
                keep[first - 1] = False
            # (a caption with its full stop is taken for the text's first line: "…活动现场。" / "红网…讯(记者 …)…")
            elif keep[first] and first + 1 < len(lines) and len(cap := shadow(lines[first]).strip().removesuffix("。")) <= 40 \
                    and _SCENE_END.search(cap) and not has_stops(cap) and DATELINE.match(shadow(lines[first + 1])):
                keep[first] = False
            # an author's card above the text, right over the button to follow them: the name and its line of bio
            # ("林间晚风" / "社区工作者,计生协专干" / "关注他"); a headline names a genre
            for i in range(2, min(first, 30)):
                if not keep[i] and "关注" in lines[i] and _FOLLOW.fullmatch(shadow(lines[i]).strip()):
                    for card in ([i - 2, i - 1], [i - 1]):
                        name, bio = shadow(lines[card[0]]).strip(), shadow(lines[i - 1]).strip()
                        if all(keep[j] for j in card) and len(name) <= 12 and not _NOT_MENU.search(name) \
                                and not _KEYWORD.search(name) and len(bio) <= 30 and not ends_sentence(bio):
                            for j in card:
                                keep[j] = False
                            break
            # a magazine's name and issue above the text, where a repost site took the article from ("某某周刊" / "2016年48期")
            for i in range(1, min(first, 15)):
                if "期" in lines[i] and _ISSUE.fullmatch(lines[i].strip()) and _JOURNAL.fullmatch(shadow(lines[i - 1]).strip()):
                    keep[i - 1] = keep[i] = False
            # a table of contents above the text: its heading ("目录/提纲:……"), its numbered entries, its closing dots
            for i in range(min(first, 40)):
                if keep[i] and ("目" in lines[i] or "提纲" in lines[i] or "汇编" in lines[i] or "彙編" in lines[i]) \
                        and _CONTENTS.fullmatch(shadow(lines[i]).strip(_BULLET_MARKS)):
                    # (an entry may have a comma, so the text's start may be read among them: they run on past it)
                    # (and stop where the text's first heading prints the first entry again: "第一部分 概况" ×2)
                    # (a bulleted list's empty bullet is none of them: "- 目錄" / "-" / "第1篇…")
                    start = i + 1 + (i + 1 < len(lines) and not lines[i + 1].strip(_BULLET_MARKS))
                    end, opening = start, _BARE.sub("", lines[start]) if start < len(lines) else ""
                    # (and where entries that all end on their page's number meet a heading with none: "…的理解2" / … /
                    # "5.9…的荣誉29" / "1.我公司对大病保险的理解")
                    while end < len(lines) and _CONTENTS_ITEM.match(shadow(lines[end]).strip()) \
                            and not (end > start and opening and _BARE.sub("", lines[end]) == opening) \
                            and not (end - start >= 3 and not lines[end].rstrip()[-1:].isdigit()
                                     and all(lines[k].rstrip()[-1:].isdigit() for k in range(start, end))):
                        end += 1
                    if end < len(lines) and _DOTS_LINE.fullmatch(shadow(lines[end]).strip()):
                        end += 1
                    if end - i >= 3:
                        keep[i:end] = [False] * (end - i)
                    break
            # an encyclopedia's contents, under the entry's first paragraph
            for i in range(max(0, first - 2), min(first + 6, len(lines))):
                if keep[i] and "目" in lines[i] and _WEB_CONTENTS.fullmatch(shadow(lines[i]).strip()) \
                        and (size := _web_contents(lines, i)):
                    keep[i:i + size] = [False] * size
                    break
            # its box of facts, which starts with the entry's name, above or just under its first paragraph
            for i in range(min(first + 4, len(lines))):
                if "名" in lines[i] and _FACT_NAME.match(shadow(lines[i]).strip()):
                    end = i
                    while end < len(lines) and _FACT_ROW.fullmatch(shadow(lines[end]).strip()):
                        end += 1
                    keep[i:end] = [False] * (end - i)
                    break
            # the references it cites, dated the day they were looked at, and their heading
            if "引用日期" in "".join(lines):  # (one test of the page: most cite nothing so)
                for i in range(first + 1, len(lines)):
                    if "引用日期" in lines[i] and _CITED.search(shadow(lines[i])):
                        keep[i] = False
                        if keep[i - 1] and _REFERENCES.fullmatch(shadow(lines[i - 1]).strip()):
                            keep[i - 1] = False
            # a counter's lone number above the text: the page's first line ("11"), or under the headline ("499")
            # (or over the buttons under it: "1" / "现有新闻评论" / "新闻报料" / the text)
            # (a counter padded with noughts may be longer: "00029926")
            # (or grouped in thousands: "3,214")
            for i in range(min(first, 4)):
                if ((len(lines[i]) <= 6 or len(lines[i]) <= 10 and lines[i].startswith("0")) and lines[i].isdigit()
                        and (i == 0 or len(lines[i]) > 3 or not any(keep[i + 1:first]))) \
                        or (len(lines[i]) <= 9 and "," in lines[i] and _GROUPED_COUNT.fullmatch(lines[i])):
                    keep[i] = False
            # a pager's lone number, the page's last line under the text ("1"), or a tracking id ("0100701400100…")
            # (and a post's counters in a run there: "11" / "139", its likes and its views)
            # (not a table's last cell: "…" / "25" / "25")
            if last < len(lines) - 1 and lines[-1].isdigit() and len(lines) - 1 not in tables and (len(lines[-1]) <= 3 and not lines[-1].startswith("0")
                                                                  or len(lines[-1]) >= 16):
                keep[-1] = False
                # (the next item's number under the item before it, "1、请于…" / "2": the preview stopped at that item)
                if lines[-1] != "1" and len(lines[-1]) <= 2 and any(re.match(rf"{int(lines[-1]) - 1}[、.\uff0e](?!\d)", lines[k].lstrip())
                                                                     for k in range(max(0, len(lines) - 5), len(lines) - 1)):
                    draft.mark_truncated("the next item's number with nothing after it")
                k = len(lines) - 2
                while k > last and len(lines[k]) <= 6 and lines[k].isdigit() and not lines[k].startswith("0"):
                    keep[k] = False
                    k -= 1
            # a picture's lone number between the paragraphs, its index or its width ("1", "640"), where no table's
            # cells nor a contents' page numbers stand near (after a sentence or a heading: a page's number inside a
            # sentence is PageMarkers', which joins the sentence again)
            for i in range(max(first, 1), last):
                if keep[i] and len(lines[i]) <= 3 and lines[i].isdigit() and i not in tables and len(lines[i + 1]) >= 40 \
                        and is_prose(lines[i + 1]) and (lines[i - 1].rstrip()[-1:] in TERMINAL or len(lines[i - 1]) <= 30)\
                        and not any(lines[j].strip().isdigit() for j in range(max(0, i - 3), min(len(lines), i + 4)) if j != i):
                    keep[i] = False
            # a content farm's year tag, printed alone over the text and again under it ("2018年" / … / "2018年")
            kept = [i for i in range(len(lines)) if keep[i]]
            if len(kept) >= 3 and lines[kept[0]].strip() == lines[kept[-1]].strip() and _YEAR_ALONE.fullmatch(lines[kept[0]].strip()):
                keep[kept[0]] = keep[kept[-1]] = False
            # a button's first character left at the page's end, under the buttons it stood with ("本版积分规则 … 快速发布" /
            # "发")
            if len(lines) >= 2 and not keep[-2] and len(lines[-1].strip()) == 1 and HAN.match(lines[-1].strip()):
                keep[-1] = False
            for end in (_replies(lines, first), _comments(lines, first)):
                if end is not None:
                    keep[end:] = [False] * (len(lines) - end)
            # a site's summary or teaser over the story's first lines, which it prints again under it
            for i in range(min(first + 3, len(lines))):
                line = lines[i]
                # (a bare label may stand under a lead the bounds took for the text's start)
                summary = _SUMMARY.match(shadow(line)) if keep[i] and (":" in line or "\uff1a" in line or "】" in line) else None
                summary = summary if summary and (i <= first or summary.end() == len(line.rstrip())) else None
                # (a paper's own heading in brackets alone over its abstract stays: "【内容提要】" / "本文依据…")
                summary = None if summary and "【" in summary.group() and summary.end() >= len(line.rstrip()) else summary
                if summary and _summarised(lines, keep, i, summary.end()) \
                        or (keep[i] and len(line) >= 30 and not ends_sentence(line) and _CLAUSE.search(shadow(line))
                            and _summarised(lines, keep, i, 0, 24)
                            # (a headline printed again whole as a caption is Title's: "村妇女主任,…但大家为什么还都不领情")
                            and not any(other.strip() == line.strip() for other in lines[i + 1:])):
                    # (a teaser is cut off; a title printed again below it is Title's; a block printed twice, left)
                    keep[i] = False
            # below the text's start, a file's name is a link (a portal's attachment, a sharing site's list),
            # with a bare "附件:" over it; above the text it may be the document's title
            for i in range(first + 1, len(lines)):
                if len(lines[i]) <= 80 and _FILE_LINE.fullmatch(lines[i].strip()):
                    keep[i] = False
                    if keep[i - 1] and _ATTACHMENT.fullmatch(shadow(lines[i - 1]).strip()):
                        keep[i - 1] = False
            # the site's owner under the text's last line marks a footer too, with a second label by it and
            # no signature's date below (a notice's organisers sign above)
            footer += [i for i in range(max(last + 1, len(lines) - 8), len(lines))
                       if _OWNER.match(shadow(lines[i])) and _second_label(lines, i)
                       and not any(date_line(line) for line in lines[i + 1:])]
            # (so does its address row at the page's end, with its phone or postcode on it or under it, where the page split
            # the row at its gaps: "地址:…路88号  电话:0579-…")
            footer += [i for i in range(max(last + 1, len(lines) - 4), len(lines)) if (row := _ADDRESS_ROW.match(shadow(lines[i])))
                       and (_CONTACT_LABEL.search(shadow(lines[i]), row.end())
                            or (i + 1 < len(lines) and _CONTACT_LABEL.match(shadow(lines[i + 1]))))]
        else:  # a list page: the menus and the pager between its links, where the links are most of it
            menus = _outside_body(lines, len(lines), len(lines) - 1, tables, self.split)
            if sum(len(lines[i]) for i in menus) * 2 < sum(map(len, lines)):
                for i in menus:
                    keep[i] = False
        for i in footer:
            for j in range(max(0, i - 3), min(len(lines), i + 4)):
                if len(lines[j]) <= 60 and _FOOTER_LABEL.match(shadow(lines[j])) \
                        or len(lines[j]) <= 90 and _FOOTER_ROW.match(shadow(lines[j])):
                    keep[j] = False
        # the site's name over everything, that its footer names again: "文客巴巴" / … / "文客巴巴网站版权所有", "公文易 —
        # 专业公文写作素材库" / … / "公文易 版权所有"; a headline runs on from a name with no mark between ("某协会2023年工作总结")
        if footer and not self.split:
            rights = " ".join(shadow(lines[i]) for i in footer)
            for i in range(min(3, len(lines))):
                if keep[i] and len(lines[i]) <= 50 and (masthead := _SITE_MASTHEAD.match(shadow(lines[i]).strip())) \
                        and masthead.group(1) in rights and not has_stops(lines[i]):
                    keep[i] = False
        # the site's short links right above its footer ("南湖新闻" / "镇街部门" / "某区新闻信息中心" / "…版权所有"); a
        # signature's body or date there is the document's
        if footer:
            j = min(footer) - 1
            while j >= max(1, min(footer) - 3) and keep[j] and len(lines[j]) <= 16 \
                    and not _NOT_MENU.search(shadow(lines[j])) and not _SIGNATORY.search(lines[j].strip()) \
                    and not date_line(lines[j]):
                keep[j] = False
                j -= 1
            # (and its short links between its rows and under them: "某晚报多媒体数字版" / "按日期查阅" / "© 版权所有 某晚报" /
            # "某公司 提供技术服务")
            prose_end = max((i for i in range(len(lines)) if keep[i] and is_prose(lines[i])), default=-1)
            for j in range(max(min(footer), prose_end) + 1, len(lines)):
                if keep[j] and len(lines[j]) <= 20 and not has_stops(lines[j]) and not _NOT_MENU.search(shadow(lines[j])) \
                        and not _SIGNATORY.search(lines[j].strip()) and not date_line(lines[j]):
                    keep[j] = False
        # a photo's caption between a story's paragraphs: who did what there, with no mark of a sentence
        # ("市人大常委会副主任王孝山在座谈会上讲话", "调查组一行在某镇计划生育服务所了解情况")
        # (two or more in a row after a paragraph, as a story's pictures are printed under it, need no paragraph below)
        # (who spoke may be short: "院长侯某讲话")
        # (or a name and what he gave, with its full stop: "蒋某强讲话。")
        scenes = [keep[i] and ((8 <= len(lines[i]) <= 45 or 6 <= len(lines[i]) < 8 and lines[i].endswith(_SPOKE_EITHER))
                               and _scene(s := shadow(lines[i]).strip()) and not _SCENE_NOT.search(s)
                               or len(lines[i]) <= 8 and lines[i].endswith("。") and _NAME_SPOKE.fullmatch(shadow(lines[i]).strip()) is not None)
                  for i in range(len(lines))]
        # (a caption in two lines, who and then where he spoke: "某省计划生育协会副秘书长孙某" / "在…座谈会上发言")
        for i in range(1, len(lines) - 1):
            if scenes[i + 1] and not scenes[i] and keep[i] and len(lines[i]) <= 30 and lines[i + 1].lstrip().startswith("在") \
                    and _OFFICE_NAME.fullmatch(shadow(lines[i]).strip()):
                scenes[i] = True
        # (at the text's end, a short line between its last paragraph and a scene is the caption of the picture before:
        # "…继续在各大中专学校进行。" / "青年网络志愿者刘某瑶开展互动参与式培训" / "“…”活动现场" / "分享到:")
        for i in range(2, len(lines)):
            if scenes[i] and not scenes[i - 1] and keep[i - 1] and 6 <= len(lines[i - 1]) <= 30 \
                    and not _SCENE_NOT.search(shadow(lines[i - 1]).strip()) and not any(keep[i + 1:]) \
                    and len(lines[i - 2]) >= 40 and ends_sentence(lines[i - 2]):
                scenes[i - 1] = True
        # (a block of three or more short lines between paragraphs, two of them scenes, is the story's pictures, each
        # captioned: "县长崔某与志愿者亲切交谈" / "宣传部长刘某与女孩们一起听志愿者授课" / "…在了解孩子们的情况" / "…进行交流")
        k = 1 if sum(scenes) >= 2 else len(lines)  # (most pages have no scene: the block is looked for where two are)
        while k < len(lines):
            m = k
            while m < len(lines) and keep[m] and 6 <= len(lines[m]) <= 30 and not _SCENE_NOT.search(shadow(lines[m]).strip()):
                m += 1
            if m - k >= 3 and sum(scenes[k:m]) >= 2 and m < len(lines) and is_prose(lines[m]):
                scenes[k:m] = [True] * (m - k)
            k = m + 1
        i = 1
        while i < len(scenes):
            j = i
            while j < len(scenes) and scenes[j]:
                j += 1
            # (one alone: over a paragraph, at the text's end, or where it prints again the words of the paragraph above:
            # "…县老体协主席廖某某出席活动并讲话,…" / "县老体协主席廖某某出席活动并讲话")
            if j > i:
                # (the paragraph above is the last kept: a caption taken out may stand between, "活动现场")
                above = next((k for k in range(i - 1, -1, -1) if keep[k]), i - 1)
                if len(lines[above]) >= 40 and ends_sentence(lines[above]) \
                        and (j - i >= 2 or (j < len(lines) and len(lines[j]) >= 40) or not any(keep[j:])
                             or shadow(lines[i]).strip() in shadow(lines[above])):
                    keep[i:j] = [False] * (j - i)
            i = j + 1
        # a picture's caption beside a scene's caption taken out, each of a story's pictures captioned in turn: "启动仪式现场。" /
        # "为“圆梦女孩”发放助学金。" / "长城网讯…"; one with its clauses, a heading or a salutation is the text's
        # (the page's first line over one is its headline: "我省召开…新闻通气会" / "22.10.2015 08:51" / "发布会现场")
        for i in range(len(lines)):
            if not keep[i] and len(lines[i]) <= 16 and lines[i].rstrip().rstrip("。").endswith(("场", "影")) \
                    and _SCENE_END.search(shadow(lines[i]).strip().removesuffix("。")):
                for j, beyond in ((i - 1, i - 2), (i + 1, i + 2)):
                    if 0 <= j < len(lines) and keep[j] and 6 <= len(cap := shadow(lines[j]).strip()) <= 24 \
                            and not _SCENE_NOT.search(cap.removesuffix("。")) and not cap.endswith(("!", "?")) \
                            and (beyond == len(lines) or (beyond >= 0 and (not keep[beyond] or len(lines[beyond]) >= 40))):
                        keep[j] = False
        # the page's own text read in a wrong charset and left so, at its head or foot: "镇ㄥ彲浠ュ幓…~", "10绉掑悗", and a
        # link's markup left as text with it ("…?a href="">涓柊缃戦椤?/a>")
        for i in [*range(min(6, len(lines))), *range(max(6, len(lines) - 4), len(lines))] if not self.split else ():
            if keep[i] and len(lines[i]) <= 80 and not lines[i].isascii() \
                    and (_garbled(lines[i]) or "a href=" in lines[i] or "/a>" in lines[i]):
                keep[i] = False
        # a forum archive's link to its full page, cut off under its pager: "页: [1]" / "查"
        if len(lines) > 1 and keep[-1] and not keep[-2] and (cut := lines[-1].strip()) and "查看完整版本".startswith(cut) \
                and shadow(lines[-2]).lstrip().startswith("页:"):
            keep[-1] = False
        # a photographer's credit alone under his picture's caption ("10月31日,…大会…胜利闭幕。…" / "何某某摄" / "31日上午,
        # …大会…胜利闭幕。"): the credit goes, and the caption where the story under it opens with the caption's words
        for i in range(1, len(lines) - 1):
            if keep[i] and len(lines[i]) <= 12 and lines[i].rstrip().endswith("摄") \
                    and (credit := _PHOTOGRAPHER.fullmatch(shadow(lines[i]).strip())) and PERSON_NAME.fullmatch(credit.group(1)):
                keep[i] = False
                clauses = [c for c in re.split(r"[,。]", shadow(lines[i - 1])[:80]) if len(c) >= 12]
                if keep[i - 1] and clauses and clauses[0] in shadow(lines[i + 1])[:120]:
                    keep[i - 1] = False
        # a charity's sidebar of ways to give, above the text: from its heading to its last way ("捐款方式" / "• 扫码转款" /
        # … / "短信捐款" / "中国移动…用户发送" / … / "短信捐款")
        if "捐" in (head := "".join(lines[:40])) and "方式" in head:
            for i in range(min(len(lines), 40)):
                if _GIVING_HEAD.fullmatch(shadow(lines[i]).strip()):
                    ways = [j for j in range(i + 1, min(len(lines), i + 60)) if _GIVING_WAY.fullmatch(shadow(lines[j]).strip(" •·-*"))]
                    if len(ways) >= 2:
                        keep[i:ways[-1] + 1] = [False] * (ways[-1] + 1 - i)
                    break
        if "▼" in (page := "".join(lines)) or "换一张" in page or "我已" in page:
            for i in _web_form(lines):
                keep[i] = False
        # a post's teaser over the post, its words cut off with dots where the post goes on with them: "51亲民团队…於114年
        # 9月23日假台中市..." / … / "…于114年9月23日假台中市乌日区…"
        for i in range(min(len(lines), 12)):
            if keep[i] and len(lines[i]) >= 40 and lines[i].rstrip().endswith(("...", "…")):
                cut = _BARE.sub("", shadow(lines[i]).rstrip().rstrip(".…"))[-16:]
                below = _BARE.sub("", shadow("".join(lines[i + 1:i + 30])))
                if len(cut) >= 12 and cut in below:
                    keep[i] = False
        # a breadcrumb's column printed alone at the page's top: "协会之窗" / "当前位置/ 首页/ 协会之窗/ 正文"
        # (not its last place, which may name the page: "…> 计生调研的内容" / "计生调研的内容")
        crumbs = {item for i in range(min(len(lines), 10)) if not keep[i] and _CRUMB_LEAD.match(shadow(lines[i]))
                  for item in [t for t in _CRUMB_SPLIT.split(shadow(lines[i]).strip()) if t][:-1] if 2 <= len(item) <= 8}
        # (a site's welcome may head it, its name in it garbled by a bad conversion: "歡迎來到某某博覽會?。ㄉ綎|…)")
        for i in range(min(len(lines), 10)) if crumbs else ():
            if keep[i] and ((shade := shadow(lines[i]).strip()) in crumbs and not has_stops(lines[i])
                            or (len(shade) <= 60 and re.match(WELCOME, shade))):
                keep[i] = False
            if keep[i] and not (i < 3 and advert_line(lines[i])):  # (only at the top: nothing but spam is left above it)
                break
        # a breadcrumb's last place on a line of its own ("当前位置:" / "某某党媒云 | 乡镇融>" / "七里塘乡"), over a headline
        for i in range(1, min(len(lines) - 1, 20)):
            if not keep[i - 1] and keep[i] and len(lines[i].strip()) <= 10 and lines[i - 1].rstrip().endswith((">", "»", "›", "\uff1e")) \
                    and lines[i].strip() != listed \
                    and not has_stops(lines[i]) and not _CRUMB_NOT.search(shadow(lines[i])) and not is_prose(lines[i + 1]):
                keep[i] = False
        # a short word alone over the page's breadcrumb, nothing kept above it: the site's name or its tag ("购物吧" / "您的位置:
        # 网站首页 > 经验交流" / the headline)
        crumb_at = next((i for i in range(min(len(lines), 6)) if not keep[i] and _CRUMB_LEAD.match(shadow(lines[i]))), None)
        for i in range(crumb_at or 0):
            if keep[i] and _short_label(shadow(lines[i]).strip()):
                keep[i] = False
        # a brand's short word right over the share row under the headline: "新蓝山" / "—分享—", "时刻新闻" / "—分享—"
        for i in range(1, min(len(lines) - 1, 12)):
            if keep[i] and not keep[i + 1] and "分享" in lines[i + 1] and _short_label(shadow(lines[i]).strip()) \
                    and not any(k and is_prose(line) for line, k in zip(lines[:i], keep, strict=False)):
                keep[i] = False
        # a breadcrumb printed as a numbered list, each place an item: "1. 首页" / "2. 时政" / "3. 正文"
        for i in range(min(len(lines), 6)):
            if not keep[i] and _CRUMB_ITEM.fullmatch(shade := shadow(lines[i]).strip()) and shade.endswith("首页"):
                j = i + 1
                while j < len(lines) and _CRUMB_ITEM.fullmatch(shadow(lines[j]).strip()):
                    keep[j] = False
                    j += 1
                break
        # a picture's caption right under its placeholder taken out, with no full stop: "image.png" / "县计生协常务副会长蔡某峰在
        # 高速疫情检测站"
        for i in range(1, len(lines)):
            if keep[i] and not keep[i - 1] and _PICTURE.search(lines[i - 1].strip()) and 6 <= len(lines[i]) <= 40 \
                    and not ends_sentence(lines[i]) and not _SCENE_NOT.search(shadow(lines[i]).strip().replace(",", "")):
                keep[i] = False
        # an app's and an account's names under the text, where a site promotes them: "某某网手机客户端", "某某网微信公众号"
        for i in range(len(lines)):
            if keep[i] and len(lines[i]) <= 16 and lines[i].rstrip().endswith(("客户端", "公众号", "微博", "客戶端", "公眾號")) \
                    and _APP_NAME.fullmatch(shadow(lines[i]).strip()):
                keep[i] = False
        # a teaser under its label that the next paragraph prints whole: "推荐阅读:为进一步深化…,以宣传…为" / "为进一步深化…"
        for i in range(min(len(lines) - 1, 12)):
            if keep[i] and (teaser := _TEASER_LABEL.match(shadow(lines[i]))) and len(rest := lines[i][teaser.end():].strip()) >= 20 \
                    and lines[i + 1].lstrip().startswith(rest.rstrip(".…")):
                keep[i] = False
        # an author's card under the text: the account's name over its counts ("榆岭健康家园" / "1.2万获赞 3068粉丝")
        for i in range(len(lines) - 1):
            if keep[i] and not keep[i + 1] and ("粉丝" in lines[i + 1] or "获赞" in lines[i + 1]) \
                    and 2 <= len(lines[i].strip()) <= 12 and not has_stops(lines[i]):
                keep[i] = False
        # a search farm's query between two of its lines taken out under the text: "伊春看白癜风去哪里" / "丁桂薏芽健脾凝胶怎么样" /
        # "深静脉血栓怎么治疗" (a Q&A page's question over its answer is its title: "…奖励费多少钱")
        for i in range(1, len(lines) - 1):
            if keep[i] and not keep[i - 1] and not keep[i + 1] and len(lines[i]) <= 20 and _QUERY.fullmatch(shadow(lines[i]).strip()) \
                    and any(k and is_prose(line) for line, k in zip(lines[:i], keep, strict=False)):
                keep[i] = False
        # a forum archive's pager under its label, which went: "页:" / "[1]", "页:" / "[1] 2 3"
        for i in range(1, len(lines)):
            if keep[i] and not keep[i - 1] and shadow(lines[i - 1]).strip() in ("页:", "页次:", "分页:") \
                    and _PAGE_NUMBERS.fullmatch(lines[i].strip()):
                keep[i] = False
        # a picture story whose caption is the page's only text: its story's sentences before "图为…" are the text
        # ("乐亭县计生协…提高了群众参与的积极性。图为汤家河镇的群众在观看…。")
        if not any(k and is_prose(line) for line, k in zip(lines, keep, strict=False)):
            for i, line in enumerate(lines):
                if not keep[i] and (story := _STORY_OVER_PICTURE.match(shadow(line))):
                    draft.drop(self.name, line[story.end():].strip(), i)
                    lines[i], keep[i] = line[:story.end()].rstrip(), True
                    break
        # a window's close button right under the text's last line: the page printed the text to its end, whether or not
        # its last sentence has its full stop ("…共同营造平安祥和的稳定局面" / "关闭窗口")
        if (end := next((i for i in range(len(lines) - 1, -1, -1) if keep[i]), None)) is not None \
                and any(_CLOSE_BUTTON.fullmatch(shadow(lines[j]).strip()) for j in range(end + 1, min(end + 3, len(lines)))):
            draft.facts["markup_closed"] = True
        draft.keep_lines(self.name, keep)
        # a bilingual column's English word, printed with its label over the text and glued again to the text's first
        # words ("新聞動態" / "News新聞動態" / "News“讓貧困母親…”是…")
        for i, line in enumerate(draft.lines[:3]):
            if (word := _GLUED_ENGLISH.match(line)) and any(r.rule == self.name and r.text.startswith(word.group(1))
                                                            for r in draft.removed[-12:]):
                draft.drop(self.name, word.group(1), i)
                draft.lines[i] = line[word.end(1):]
                break
        # a page counter inside a line ("…宣传培训情况 第1页共4页"), and an encyclopedia's edit links after its
        # headings ("历史由来 [编辑]"): cut out and recorded (PreviewCut reads the counters)
        lines = []
        for i, line in enumerate(draft.lines):
            if "页" in line or "頁" in line or "编辑" in line or "編輯" in line or (line[-1:].isdigit() and "/" in line[-9:]):
                shade = shadow(line)
                run_in = list(_RUN_IN_PAGE.finditer(shade))
                spans = [m.span() for rx in (_INLINE_PAGE_HEADER, _EDIT_LINK) for m in rx.finditer(shade)] + [m.span() for m in run_in]
                if spans:
                    # a preview's page counter run into its text: which page of how many it stopped on ("3 / 3" too)
                    draft.facts.setdefault("page_counters", []).extend(
                        counted(m) for m in PAGE_COUNTER.finditer(shade))
                    draft.facts["page_counters"].extend((int(m.group(1)), int(m.group(2))) for m in run_in
                                                        if m.group(1) and int(m.group(1)) <= int(m.group(2)))
                    # (one counter inside a word, no space by it, where the preview's page broke it: "部署今第2页共5页年任务")
                    inside = len(spans) == 1 and 0 < (a := spans[0][0]) and (b := spans[0][1]) < len(line) \
                        and HAN.match(line[a - 1]) and HAN.match(line[b]) and not line[a].isspace() and not line[b - 1].isspace()
                    line = ("" if inside else " ").join(draft.cut(self.name, line, i, spans))
                    if not line:
                        continue
            # a collection's label for its next piece, before the piece's own title: "篇二:区计划生育协会工作报告" (the
            # first piece's is Title's, with the title it may print again)
            if "篇" in line[:6] and (piece := _LATER_PIECE.match(shadow(line))) is not None and len(line) - piece.end() >= 4:
                line = "".join(draft.cut(self.name, line, i, [piece.span()]))
            # the page's buttons glued after the text's last sentence: "…发挥了积极的作用。【打印本页】【关闭窗口】"
            if line[-1:] in "】]" and (buttons := _BUTTONS_AFTER.search(line)) is not None:
                line = "".join(draft.cut(self.name, line, i, [buttons.span()]))
                if not line:
                    continue
            # a live transcript's stamp after each turn: "…有多少是二孩? [ 2017-03-14 18:04:06.0 ]", "…作介绍。2021-07-21 10:07:05"
            if line[-1:] in "]0123456789" and (stamp := _TURN_STAMP.search(line)) is not None:
                line = "".join(draft.cut(self.name, line, i, [stamp.span()]))
            lines.append(line)
        draft.lines = lines
        return draft


_LATER_PIECE = re.compile(r"\s*(?:篇(?:[二三四五六七八九十]|[2-9]|[1-9]\d)|第(?:[二三四五六七八九十]|[2-9]|[1-9]\d)篇)\s*:\s*")
_CLOSE_BUTTON = re.compile(r"[【\[]?\s*(?:关闭窗口|关闭本页|关闭此页)\s*[】\]]?")
_BUTTONS_AFTER = re.compile(r"(?<=[。!?”」!?])\s*(?:[【\[]\s*(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|返回|收藏本页|加入收藏|收藏|"
                            r"保存本页|列印|關閉窗口|關閉|打印本頁|返回頂部)\s*[】\]]\s*){1,6}$")
_TURN_STAMP = re.compile(rf"(?<=[。!?!?])\s*\[?\s*{STAMP}\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?\s*\]?$")


# titles of other articles that a page lists under the text with no heading: each names a genre
_LINKED_TITLE = re.compile(r"(?:讲话|讲话稿|报告|总结|致辞|发言|发言稿|范文|主持词|计划|方案|心得|体会|演讲稿|贺词|开幕词|闭幕词|"
                           r"述职|汇报|材料|意见|通知|简报|大全|精选|篇)(?:\(.{1,8}\))?$")


_TEASER = re.compile(r"[^。!?]{4,60}?,[\u4e00-\u9fff]{2,8}(?:网|报|新闻)")
_QUESTION = re.compile(r"是什么|是哪一?天|是第几|怎么|如何|有什么|为什么|多少钱|哪里")
_CLAUSE_MARK = re.compile(r"[,;:、]")


class TrailingLinks:
    """A run of three or more article titles at the very end of the page: another article list; other stories'
    headlines with their cut teasers; a site's search questions run together on the last line."""

    name = "trailing_links"

    def __call__(self, draft: Draft) -> Draft:
        lines, n = draft.lines, len(draft.lines)
        start = n
        while start > 0:
            s = shadow(lines[start - 1]).strip()
            # a numbered list (附件:1.…方案 2.…意见) is the document's own
            numbered = re.match(r"(?:附件|\d+[.、]|[一二三四五六七八九十]+、|\(\d+\))", s)
            if len(s) > 40 or has_stops(s) or numbered or not _LINKED_TITLE.search(s):
                break
            start -= 1
        cut = start if n - start >= 3 else n
        # other stories' headlines with their teasers, each teaser cut off before the site's name ("新冠肺炎疫情发生
        # 以来,中国山东网"), and a run of search questions printed as one line ("…是什么2016年…是哪一天…怎么避孕?…")
        end, teasers = n, 0
        while end > 0:
            s = shadow(lines[end - 1]).strip()
            if _TEASER.fullmatch(s):
                teasers += 1
            elif len(s) > 24 or has_stops(s):
                break
            end -= 1
        if teasers and n - end >= 3:
            cut = min(cut, end)
        cut = min(cut, _dated_list(lines))
        # another story's headline and its lead, cut by the site ("…感动人物评..."), under the story's last sentence: a
        # related item, not this text's cut end
        if cut == n and n >= 3 and lines[-1].rstrip().endswith(("...", "…")) and DATELINE.match(shadow(lines[-1]).strip()) \
                and len(head := shadow(lines[-2]).strip()) <= 60 and not has_stops(head) and ends_sentence(lines[-3]):
            cut = n - 2
        if cut == n and n > 1 and "。" not in (last := shadow(lines[-1])) \
                and len(_QUESTION.findall(last)) >= 3 > len(_CLAUSE_MARK.findall(last)) and last.count("?") < 2:
            cut = n - 1
        # a site's channels left under the text's last sentence, one or two ("网评" / "行业新闻")
        if cut == n and n > 2:
            k = n
            while k > n - 2 and _CHANNEL.fullmatch(shadow(lines[k - 1]).strip()):
                k -= 1
            if k < n and ends_sentence(lines[k - 1]):
                cut = k
        if 0 < cut < n:
            draft.keep_lines(self.name, [i < cut for i in range(n)])
        return draft


# an item of a list of other stories with their dates, on one line or over two: "区计生协走访慰问计生特殊家庭 2023-02-10"
_DATED_ITEM = re.compile(rf"(.{{4,40}}?)\s*[\[(]?({STAMP})[\])]?")
_BARE_STAMP = re.compile(rf"[\[(]?({STAMP})[\])]?")


def _dated_list(lines: list[str]) -> int:
    """Where a list of two or more other stories' headlines, each with its date, starts under the page's text;
    the length of the page if there is none. A signature's date, or two joint signers', is one day."""
    start, days = len(lines), set()
    while start > 0:
        s = shadow(lines[start - 1]).strip()
        bare = _BARE_STAMP.fullmatch(s)
        head = shadow(lines[start - 2]).strip() if bare and start >= 2 else s
        item = (head, bare.group(1)) if bare else ((m.group(1), m.group(2)) if (m := _DATED_ITEM.fullmatch(s)) else None)
        if item is None or not 4 <= len(item[0]) <= 40 or has_stops(item[0]) or STAMP_RE.search(item[0]):
            break
        days.add(item[1])
        start -= 2 if bare else 1
    # (a list page's own list, with no story above it, is the page)
    return start if len(days) >= 2 and any(is_prose(line) for line in lines[:start]) else len(lines)


_CHANNEL = re.compile(r"[\u4e00-\u9fff]{0,3}(?:新闻|网评|时评|报道|动态|资讯|要闻|专题|视点|图片|视频|更多)")


# a newsroom's credit in brackets at the very end of a story: "(晋宁县计生协供稿)", "(特约记者 李念刚 通讯员 米旭)",
# "(作者:临武县计生协 雷航英)", "【编辑 刘妞】", "(审核人:李某莉)"; a name alone in brackets ("(郑永兴)") may be the author's and stays
_CREDIT = re.compile(r"[(\[【]\s*(?:(?:(?:特约|见习|实习|本报|本台|本网)?记者|通讯员|作者|责任编辑|编辑|责编|撰稿人?|摄影|供稿人?|审核人|审核|审校|校对|初审|复审|终审)\s*[::\s/]\s*"
                     # (an office's short note in brackets inside it: "(供稿:学生工作部(处)撰稿:王某审核:李某福)")
                     r"(?:[^()\[\]【】。]|\([^()]{1,4}\)){2,40}|[^()\[\]【】。]{2,30}供稿|"
                     # (who wrote it and took its pictures: "(文图/王某某)", "(某某某 文/图)")
                     r"(?:文\s*/\s*图|文图|图文|文字)\s*[/:]\s*[^()\[\]【】。]{2,20}|[^()\[\]【】。,]{2,12}\s*文\s*/\s*图\s*(?=[)\]】])|"
                     # (after the office they work for, its own note in brackets, or the first writer's name:
                     # "(党委学生工作部(处) 文图/王某)", "(傅某虎 特约通讯员:储某忠)")
                     r"[^()\[\]【】。,]{2,16}(?:\([^()]{1,4}\))?\s+(?:文\s*/\s*图|文图|图文|文|图|摄影)\s*/\s*[\u4e00-\u9fff]{2,4}\s*(?=[)\]】])|"
                     r"[\u4e00-\u9fff]{2,3}\s+(?:特约|见习)?(?:通讯员|记者)\s*[:\s]\s*[\u4e00-\u9fff]{2,4}\s*(?=[)\]】])|"
                     # (a reporter's name run on after the word: "(记者贾晓宏)", "(本报记者 王芳 李欢)", three names run
                     # together: "(记者贾海燕谢涛杨杰)")
                     r"(?:特约|见习|本报|本台|本网)?记者(?:[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,2}|[\u4e00-\u9fff]{5,10})|"
                     # (after its outlet's name, and a writer after 文/: "(大众新闻记者 李某 黄某)", "(文/刘某某)")
                     # (or its media centre's: "(天门市融媒体中心记者 陈某 吴某)")
                     r"[\u4e00-\u9fff·]{2,10}?(?:报|网|台|社|新闻|媒体中心)记者\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,2}|"
                     # (a writer's name, then the correspondent's word and a name glued on: "(祖某通讯员王某)")
                     rf"[\u4e00-\u9fff]{{2,3}}(?:通讯员|记者)[{SURNAMES}][\u4e00-\u9fff]{{1,2}}(?=[)\]】])|"
                     r"文\s*/\s*[\u4e00-\u9fff]{2,4}(?=[)\]】])|"
                     # (a place with its writer's name after it: "(黄洋镇 蹇某东)")
                     r"[\u4e00-\u9fff]{1,8}(?:镇|乡|街道|社区|村)\s+[\u4e00-\u9fff]{2,3}\s*(?=[)\]】])|"
                     # (a body's name with its writers' names after it: "(蕉城区计生协会 黄晓霞 刘丽珍)")
                     r"[^()\[\]【】。,]{2,20}(?:协会|计生协|妇联|工会|红十字会|局|委|中心|办|站|所)(?:\s+[\u4e00-\u9fff]{2,3}){1,4}|"
                     # (and a wire's end mark: "…稳步推进。(完)")
                     r"完)\s*[)\]】]\s*$")


_PIECE_CREDIT = re.compile(r"(?<=[。!?”])\s*\((?:文\s*/\s*图|文图|图文|文、图|文|图|摄影|摄)\s*/\s*[\u4e00-\u9fff·]{2,12}"
                           r"(?:\s+[\u4e00-\u9fff]{2,4}){0,2}\s*\)$")
_SIGNED_SENTENCE = re.compile(r"[。!?]\([^()]{1,30}\)$")
_CUT_CREDIT_LABELS = frozenset(("编", "编辑", "责", "责编", "责任", "责任编", "责任编辑", "审", "审核", "来", "来源", "作", "作者", "综合", "综述", "编译"))
_SPOKE = ("讲话", "致辞", "致词", "发言")
_SPOKE_EITHER = (*_SPOKE, "講話", "致辭", "致詞", "發言")  # (as printed, in either script)
# the 3755 characters of GB2312's first level, which ordinary text is made of; text read in a wrong charset is
# made of rarer ones
_COMMON = frozenset(ch for a in range(0xB0, 0xD8) for b in range(0xA1, 0xFF)
                    if (ch := bytes((a, b)).decode("gb2312", errors="replace")) != "\ufffd")


# an account's short name under a copy's headline: a place's health or family-planning office, shortened ("鹤壁卫生计生")
_ACCOUNT_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}(?:卫生计生|卫计|计生|卫健|卫生健康)")
# a site's name alone, or before its motto after a mark, or before its address: "公文派 — 机关公文写作素材库", "简文阁
# jianwenge.net | 精选公文 · 会议发言"
_SITE_MASTHEAD = re.compile(r"([\u4e00-\u9fff]{2,10})(?:$|\s*[-—–|·]|\s+[A-Za-z0-9.-]+\.(?:com|net|cn|org|hk)(?:\s|$))")


def _garbled(line: str) -> bool:
    """Three Chinese characters or more, three in five of them outside GB2312's first level (in their Simplified form)."""
    han = HAN.findall(shadow(line)) if len(line) <= 80 else []
    return len(han) >= 3 and sum(1 for ch in han if ch not in _COMMON) * 5 >= 3 * len(han)


_GARBLED_CREDIT = re.compile(r"(?:通讯员|记者)\s*[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,3}\)$")
_PHOTOGRAPHER = re.compile(r"(?:记者|通讯员)?\s*([\u4e00-\u9fff]{2,3})\s*/?\s*摄")


def _names(words: str) -> bool:
    return all(PERSON_NAME.fullmatch(name) for name in re.split(r"[\s、]+", words))


def _story(lines: list[str]) -> bool:
    """Whether a page is a news story: it opens with its dateline or its day, or tells what was said and done."""
    return any(DATELINE.match(shadow(line)) or _STORY_DAY.match(line) for line in lines[:3]) \
        or any(_TOLD.search(shadow(line)) for line in lines)


def _third_person(lines: list[str]) -> bool:
    """A story, or a report in the third person: a speech, its salutation at its head, or a report in the first person
    may end on its author's name (我国 is anyone's: "为我国社会经济的发展作出的贡献")."""
    return _story(lines) or not any(SALUTATION_START.match(line) for line in lines[:6]) \
        and not any(first_person(shadow(line), country=False) for line in lines)


# an office a story's writer works for, alone on a line over the name: "区卫计局", "县计生协"
_GIVEN_WORDS = ("(供稿)", "(供图)", "供稿")  # (a credit's word alone, its writer's name split off it)
_OFFICE_LINE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:局|委|办|中心|计生协会?|计划生育协会|卫健委|妇联|宣传部)")
_PICTURES_FROM = re.compile(r"[(]?(?:照片|图片|图)(?:均)?由[^。,()]{2,24}提供[)]?")
_OFFICE_COLON_NAME = re.compile(rf"{_OFFICE_LINE.pattern}\s*:\s*{PERSON_NAME.pattern}")
# a name and the bracket that closes it, its opening bracket gone: "占某翰)"
_NAME_CLOSED = re.compile(r"([\u4e00-\u9fff]{2,3}(?:[\s、]+[\u4e00-\u9fff]{2,3}){0,2})\s*[)\]】]")
_NAME_GLUED_AFTER = re.compile(r"[。!](?!谢谢)([\u4e00-\u9fff]{2,3})$")
_RELEASE_DAY = re.compile(rf"({WRITTEN})\s*\(?星期[一二三四五六日天]\)?")
# (a long office, its writer's name glued on: "(深圳市坪山区坪山街道办事处公共服务办公室许某君)")
# (or a township and its writers: "(乌审旗嘎鲁图镇 徐某萍、何某喜)")
_BODY_SIGNED = re.compile(r"[(\[【]\s*[\u4e00-\u9fff]{1,24}(?:计生协会?|计划生育协会|协会|中心|办公室|街道|学院|委员会|文化馆|卫健局|卫生局|团委|"
                          r"[\u4e00-\u9fff]{2}(?:处|部|科)|卫计局|[\u4e00-\u9fff]{2}委会|[\u4e00-\u9fff]{2}[镇乡](?=\s+[\u4e00-\u9fff]))"
                          r"(?:\s+[\u4e00-\u9fff]{2,3}(?:[、\s]+[\u4e00-\u9fff]{2,3}){0,3})?(?:(?:(?<=办公室)|(?<=协会))[\u4e00-\u9fff]{2,3})?\s*[)\]】]")
_BODY_SIGNED_AFTER = re.compile(rf"[。!?]\s*{_BODY_SIGNED.pattern}\s*$")
_BODY_SIGNED_END = re.compile(rf"(?<=[\u4e00-\u9fff]){_BODY_SIGNED.pattern}\s*$")
# writers' names in brackets, one to three: "(罗某某)", "(张某安 罗某伟)"
_NAMES = r"[(\[【]\s*([\u4e00-\u9fff]{2,3}(?:[\s、]+[\u4e00-\u9fff]{2,3}){0,2})\s*[)\]】]"
_NAME_SIGNED = re.compile(_NAMES)
_NAME_SIGNED_AFTER = re.compile(rf"[。!?]\s*{_NAMES}\s*$")
_CREDITED_ROLE = r"[\u4e00-\u9fff]{2,4}\s*/\s*(?:文|图|摄|图文)"
_ROLES_SIGNED_AFTER = re.compile(rf"[。!?]\s*[(\[【]\s*{_CREDITED_ROLE}(?:[\s、,]+{_CREDITED_ROLE})*\s*[)\]】]\s*$")
_STORY_DAY = re.compile(r"\s*(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚|,)|\s*(?:近日|日前|近期),")
_TOLD = re.compile(r"(?:指出|强调|表示|要求|说)[,:“]|地说|本报讯|记者|通讯员|据悉|据了解|会议指出|会上,")


# a Taiwan wire's date code after a story's last sentence, in the Republic's years: "…替代目標1.6人。1060412";
# a site's copyright run on after it: "…机制建设。 copyright 中华人民共和国图鉴社"
_WIRE_CODE = re.compile(r"(?<=[。!?」”\uff01\uff1f])\s*(?:1[01]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|"
                        r"(?:[Cc]opyright|COPYRIGHT|©|\(c\))\s*[^。!?]{0,40})$")


class TrailingCredit:
    """The credit a news story ends with, on its own line or after its last sentence."""

    name = "trailing_credit"

    def _after_last_stop(self, draft: Draft, stop: int) -> Draft:
        """The credit after the last line's last sentence, which ends at `stop` (the stop stays)."""
        lines = draft.lines
        draft.drop(self.name, lines[-1][stop + 1:], len(lines) - 1)
        lines[-1] = lines[-1][:stop + 1].rstrip()
        return draft

    def __call__(self, draft: Draft) -> Draft:
        lines = draft.lines
        for i in range(max(0, len(lines) - 3), len(lines)):
            if (lines[i][-1:].isdigit() or "opyright" in lines[i] or "©" in lines[i] or "COPYRIGHT" in lines[i]) \
                    and (m := _WIRE_CODE.search(lines[i])):
                draft.drop(self.name, m.group(), i)
                lines[i] = lines[i][:m.start()]
        if not lines:
            return draft
        # a round-up's pictures and words credited after each of its pieces, not only the last: "…送去了慰问金。(文图/王某俊)"
        for i, line in enumerate(lines[:-1]):
            if line.endswith((")", "\uff09")) and (piece := _PIECE_CREDIT.search(shadow(line))):
                draft.drop(self.name, line[piece.start():], i)
                lines[i] = line[:piece.start()]
        shade = shadow(lines[-1])
        # a government release's end mark and its day under the text ("多谢各位。" / "完" / "2009年11月7日(星期六)"): the
        # day the release went out, read when nothing else dates the page
        if len(lines) > 2 and lines[-2].strip() == "完" and (day := _RELEASE_DAY.fullmatch(shade.strip())):
            draft.facts.setdefault("day_row", first_date(day.group(1)))
            for _ in range(2):
                draft.drop(self.name, lines.pop(), len(lines))
            return draft
        # a story's writer's name run on after its last full stop: "…更好地服务辖区居民。金某梅"
        if (glued := _NAME_GLUED_AFTER.search(shade)) and PERSON_NAME.fullmatch(glued.group(1)) and _story(lines):
            draft.drop(self.name, lines[-1][glued.start(1):], len(lines) - 1)
            lines[-1] = lines[-1][:glued.start(1)]
            return draft
        # a credit row's label the page cut off at its end ("来源:…" / "作者:…" / "编"), and a story's writers' names
        # alone on the lines under its last sentence ("…家喻户晓。" / "赵某" / "沈某群")
        k = len(lines)
        # (or the credit's word in brackets after the name, split off it at its space: "…计生办" / "王某东" / "(供稿)")
        given = shadow(lines[-1]).strip() in _GIVEN_WORDS
        # (its bracket open: "…(记者吕诺)" / "(责任编辑")
        while k > 1 and (shadow(lines[k - 1]).strip().lstrip("([【").rstrip(":") in _CUT_CREDIT_LABELS and k == len(lines)
                         or k == len(lines) and given
                         or len(lines[k - 1]) <= 4 and PERSON_NAME.fullmatch(shadow(lines[k - 1]).strip())):
            k -= 1
        # (with the office they write for on the line over them: "…的落实。" / "区卫计局" / "姜某成")
        # (its province and county before it when the credit's word closes the run: "福建省泉州市永春县东关镇计生办" / "王某东" /
        # "(供稿)")
        office = shadow(lines[k - 1]).strip() if k > 1 else ""
        if len(lines) - 2 - given <= k < len(lines) and k > 1 and (
                _OFFICE_LINE.fullmatch(office)
                or given and k == len(lines) - 2 and len(office) <= 20 and _OFFICE_LINE.fullmatch(office[-9:]) and not has_stops(office)):
            k -= 1
        # (the last sentence may be signed already: "…免费救治等。(记者吕诺、朱旭东)" / "(责任编辑")
        if k < len(lines) and (lines[k - 1].rstrip()[-1:] in TERMINAL or _SIGNED_SENTENCE.search(shadow(lines[k - 1]).rstrip())) \
                and _third_person(lines):
            while len(lines) > k:
                draft.drop(self.name, lines.pop(), len(lines))
            return draft
        # (or who gave its pictures: "…的发展。" / "照片由小和山记者团提供")
        if len(lines) > 1 and "提供" in shade and _PICTURES_FROM.fullmatch(shade.strip()) and lines[-2].rstrip()[-1:] in TERMINAL:
            draft.drop(self.name, lines.pop(), len(lines))
            return draft
        # (or the office and its writer after a colon on one line: "…颁发奖励证书。" / "县人口计生委:鲍某军")
        if len(lines) > 1 and ":" in shade and _OFFICE_COLON_NAME.fullmatch(shade.strip()) \
                and lines[-2].rstrip()[-1:] in TERMINAL and _third_person(lines):
            draft.drop(self.name, lines.pop(), len(lines))
            return draft
        if not lines[-1].endswith((")", "]", "】", "\uff09")):
            return draft
        # (a news story signed with its writer's name alone, under its last sentence: "(罗建国)", its opening bracket
        # lost on a line of its own: "(" / "占某翰)")
        if len(lines) > 1 and (named := _NAME_SIGNED.fullmatch(shade.strip()) or _NAME_CLOSED.fullmatch(shade.strip())) \
                and _names(named.group(1)) \
                and lines[-2].rstrip().rstrip("”’\"'")[-1:] in TERMINAL:  # (the last sentence may close a quote)
            draft.drop(self.name, lines.pop(), len(lines))
            return draft
        # (or the body that gave it, alone on its line, "(省计生协)", or in a story right after its last sentence)
        if len(lines) > 1 and _BODY_SIGNED.fullmatch(shade.strip()) and lines[-2].rstrip()[-1:] in TERMINAL:
            draft.drop(self.name, lines.pop(), len(lines))
            return draft
        # (a report in the third person is signed so too: "…的获得感和幸福感。(某某镇计生协)")
        if (body := _BODY_SIGNED_AFTER.search(shade)) and _third_person(lines):
            return self._after_last_stop(draft, body.start())
        # (or glued to the story's last word, its full stop left out, and after the paragraphs it signed before: "…融入到社会
        # 大家庭中(某街道社区教育中心)"; the story was printed to its end, and the credit goes wherever it signs a paragraph)
        if (body := _BODY_SIGNED_END.search(shade)) and _story(lines):
            credit = lines[-1][body.start():].strip()
            draft.drop(self.name, credit, len(lines) - 1)
            lines[-1] = lines[-1][:body.start()].rstrip()
            for i, line in enumerate(lines[:-1]):
                before = (signed := line.rstrip())[:-len(credit)]
                # (after a paragraph's full stop, or alone on its line)
                if signed.endswith(credit) and (not before or before[-1] in TERMINAL):
                    draft.drop(self.name, credit, i)
                    lines[i] = before
            draft.facts["signed_off"] = True
            return draft
        # (or its writer's and photographer's credits in one bracket after it: "…生殖健康水平。(丁某芬/文 钱某珍/摄)")
        if "/" in shade and (roles := _ROLES_SIGNED_AFTER.search(shade)):
            return self._after_last_stop(draft, roles.start())
        # (or its writers' names right after its last sentence, "…救助贫困母亲160位。(王某某)", in a story or a report in the
        # third person; a speech, its salutation at its head, or a report in the first person may end on its author's name)
        if (named := _NAME_SIGNED_AFTER.search(shade)) and _names(named.group(1)) and _third_person(lines):
            return self._after_last_stop(draft, named.start())
        # (or alone on its line, its opening bracket and first label garbled by a wrong charset: "?。ㄓ浾?谢某 通讯员 郑某 纪某)")
        if len(lines) > 1 and "(" not in shade and len(shade) <= 40 and _GARBLED_CREDIT.search(shade) \
                and lines[-2].rstrip()[-1:] in TERMINAL:
            draft.drop(self.name, lines.pop(), len(lines))
            return draft
        if (m := _CREDIT.search(shade)) is None:
            return draft
        before = shade[:m.start()].rstrip()
        if before and before[-1] not in TERMINAL + CLOSERS:  # inside a sentence: the author's bracket
            return draft
        draft.drop(self.name, lines[-1][m.start():], len(lines) - 1)
        if before:
            lines[-1] = lines[-1][:m.start()].rstrip()
        else:
            lines.pop()
        return draft


class LeadingByline:
    """A story's writers' names alone on the line over its dateline, once the headline and the stamp row are gone:
    "黎某英 马某儒" / "综合讯 近日,…", "肖某影" / "本报12月21日讯(记者 陈某龙) 昨天,…". (A magazine's author over
    an article with no dateline is its byline and stays.)"""

    name = "byline"

    def __call__(self, draft: Draft) -> Draft:
        lines = draft.lines
        k = 0  # (the names may stand a line each: "黎某英" / "马某儒")
        while k < min(3, len(lines) - 1) and len(lines[k]) <= 14 and _names(shadow(lines[k]).strip()):
            k += 1
        if k and (DATELINE.match(lead := shadow(lines[k])) or _NAMED_DATELINE.match(lead)):
            for _ in range(k):
                draft.drop(self.name, lines.pop(0), 0)
        return draft


# a dateline that names the desk, a space after it: "综合讯 近日,…"
_NAMED_DATELINE = re.compile(r"[\u4e00-\u9fff]{2,14}讯\s")

