"""What the text says about itself: document type, meeting, speaker, organisation and its level."""

from __future__ import annotations

import re

_DOC_TYPES = ("开幕词", "闭幕词", "主持词", "致辞", "贺词", "贺信", "讲话", "发言", "报告", "汇报", "述职", "述职报告", "总结", "通知", "通报",
              "意见", "决定", "决议", "方案", "工作计划", "工作要点", "倡议书", "章程", "纪要", "演讲", "致词",
              "主持稿", "欢迎词", "欢迎辞", "答谢词", "答谢辞", "讲稿",
              # (a body's rules and its letters: 选举办法, 实施细则, 选举公告, 慰问信; not 制度, which names a policy more
              # often than a paper: "特别扶助制度政策问答")
              "办法", "细则", "公告", "慰问信",
              # (and its letters to the public or of thanks: "致广大市民朋友的一封信", "爱心捐赠感谢信")
              "感谢信", "感恩信", "公开信", "一封信", "祝词")
# a plan for years ahead, by its title's end: "…青春健康工作五年规划", "…发展“十一五”规划", "…规划(2016—2030年)"
_PLAN_TITLE = re.compile(r"规划\s*(?:[((][^()()]{4,16}[))])?$")
# (Taiwan writes 致詞; a host's script is a 主持稿 too; a welcome and a reply of thanks are addresses; a lecture's 讲稿 a speech)
_SAME_TYPE = {"讲稿": "讲话", "致词": "致辞", "述职报告": "述职", "主持稿": "主持词", "欢迎词": "致辞", "欢迎辞": "致辞", "答谢词": "致辞", "答谢辞": "致辞",
              "感恩信": "感谢信", "一封信": "公开信", "祝词": "致辞"}
# what a speech given at a meeting is called after "在…上的"
_GIVEN = r"(?:讲话|报告|发言|致辞|致词|开幕词|闭幕词|总结|主持词|汇报)"
_GATHERING = (r"(?:会议|大会|理事会|常务理事会|座谈会|培训班|论坛|仪式|典礼|年会|推进会|现场会|交流会|动员会|表彰会|"
              r"纪念会|工作会|启动会|研讨会|联席会|生活会)")
_MEETING_AT = rf"在([^—。!?]{{2,50}}?{_GATHERING})(?:上|开幕式上|闭幕式上)"
_MEETING = re.compile(rf"{_MEETING_AT}的?{_GIVEN}")
# (a title may name the meeting without its 在: "乡村计生工作人员培训班开班典礼上的讲话")
_MEETING_FIRST = re.compile(rf"([^在—。!?,]{{4,50}}?{_GATHERING})(?:上|开幕式上|闭幕式上)的{_GIVEN}")
# the date line under a title that says where the speech was given: "——2015年9月21日在省…第十八次会议上"
_DATED_AT = re.compile(rf"日\s*{_MEETING_AT}\s*[))]?$")
# the association's name, then the place before it: looked for from the name back, not at every position
# (计生协管, 计生协理员: the government's assistants in family planning, no association)
_ORG_NAME = re.compile(r"计划生育协会|计生协会|计生协(?!管|理员)|家庭计划指导会")
# ("进一步推进全市计生协": a level's 全市 before the name ends the place; a verb is no part of one)
# (上 ends "会上", but starts 上海, 上饶, 上虞 …)
_PLACE_BEFORE = re.compile(r"(?:中国|香港|澳门|全[国省市县区州乡镇]|(?:[^\W\d_在的了和与及是为对向把被从协讲话上篇进推步做好指导支持带领强]|上(?=[海饶虞蔡杭高犹林思栗城]))"
                           r"{0,10}?"
                           r"(?:自治区|自治州|特别行政区|省|市|州|盟|县|旗|区|乡|镇|街道|街))$")
# words a sentence puts before a name ("转发市计生协", "在省计生协") are not part of it
_LEADING_WORDS = re.compile(r"^(?:转发|关于|在|向|对|由|和|与|及|的|是|为|将|把|据|从|经|受|以|并|同|跟|给|年度)+")
# what a sentence says before a place: the place starts after the last of these ("副主任呼新伟调研通许县计生协",
# "办公室关于印发嘉峪关市计划生育协会", "调动全市计生协会", "该县计生协": 该 refers back, it names no place)
_BEFORE_PLACE = re.compile(r".*(?:关于|印发|转发|调研|调动|庆祝|纪念|办公室|该|赴|深入|走进|组织|召开|举办|参加|出席|慰问|联合|推动|"
                           r"发挥|加强|成立|副|率|带队|分管|来到|围绕|督导|考察|视察|检查|会长|院长|校长|主任|书记|主席|部长|局长|"
                           r"省长|市长|县长|区长|镇长|乡长|厅长|协会|大会|会议|代表|由|到|探讨|介绍|邀请|配合|协助|依托|通过|根据|按照|招聘|"
                           # (and a word of time: "最近漳州市计生协会…", "近日"; a date's day: "5月13日秦淮社区计生协"; the part of
                           # the day, which the window before the name may cut: "9月19日上午海门街道计生协")
                           r"最近|近日|日前|近期|目前|日(?=$|[^照喀])|上午|下午|中午|晚上|^午)")
_ALL_LEVEL = re.compile(r"全[国省市县区州乡镇]$")
# a level word with no place in it: "全县计生协" names the level, not a region
_OWN_LEVEL = re.compile(r"[我本][省市县区州镇乡]$")
_NOT_PLACES = {"中国", "全国", "全省", "全市", "全县", "全区", "全州", "全乡", "全镇", "乡镇", "各级", "基层", "县区", "市县", "省市", "街道", "自治区"}
# (Guangzhou's streets drop the 道: "文冲街计生协"; a community's or a village's association is below every level named,
# and 社区 is no district: "龙韵雅苑社区计生协")
_LEVELS: tuple[tuple[str | None, tuple[str, ...]], ...] = (
    (None, ("社区", "小区", "村")), ("全国", ("中国", "全国")), ("省", ("省", "自治区")), ("市", ("市", "州", "盟")),
    ("县", ("县", "旗")), ("区", ("区",)), ("乡镇", ("乡", "镇", "街道", "街")))
# the offices a speaker holds (a speaker's line under a title ends in one: "省计生委主任 张枫")
OFFICES = "会长|主任|书记|秘书长|理事长|部长|主席|省长|市长|县长|区长|局长|厅长|镇长|乡长|大使|司长|行政长官|院长|校长"
_ROLE = re.compile(rf"(?:常务)?(?:副)?(?:{OFFICES}|委员)")
# a template's placeholder for the name after a byline's office: "… XX", "…某某"
_NAME_LEFT_OUT = r"(?:[xX×*]+|某+)"
_PLACEHOLDER = re.compile(rf"\s*{_NAME_LEFT_OUT}\s*$")
_ROLE_AT_END = re.compile(rf"(?:{OFFICES}|委员)(?:\s*{_NAME_LEFT_OUT})?\s*[))]?$")
# (nor a sentence's, cut off at the office: "大会听取和审议了市侨联主席")
_NOT_BYLINE = re.compile(r"^(?:历任|历届|[一二三四五六七八九十]+、|\d+[.、])|当选|任命|要求|宣布|;|听取|审议|了(?!解)|"
                         r"[\u4e00-\u9fff]{2}任(?:新一届|常务|副|第)")  # (a story's headline: "吴某某任新一届理事会会长")
# a byline's office at a line's end, and a name alone (Paragraphs reads them too: "县委副书记 王小明" is one line)
OFFICE_END = re.compile(rf"(?:{OFFICES})$")
BARE_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
# the commonest surnames (Simplified, as the rules read text): a short word that starts with none is no person's name
# ("目录", "今天是", "通辽市"), one that does may be ("周莹莹", "娄胜华")
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪"
            "范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪"
            "庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
            "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣"
            "巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝井占蔺冀郁芮荆阎揭匡栗鄢谌奚粟冼郜阚帅屠禹漆卿狄扈晁阙邸雍辜裘亓邰赫逯嵇昝胥仝戈"
            "伏茹亢勾茅尉檀尧")
PERSON_NAME = re.compile(rf"[{SURNAMES}][\u4e00-\u9fff]{{1,2}}")


def mostly_names(words: list[str]) -> bool:
    """Whether all but one in four of the words (Simplified) are a person's name: a paper's list of its authors."""
    return sum(1 for word in words if not PERSON_NAME.fullmatch(word)) <= len(words) // 4
_NAME_AFTER_ROLE = re.compile(rf"(?:{OFFICES})\s+([\u4e00-\u9fff]{{2,4}})$")
# (glued to it, over the salutation that vouches for it: "中国残联副主席程凯" / "尊敬的…")
_NAME_GLUED = re.compile(rf"[\u4e00-\u9fff]{{2,20}}?(?:{OFFICES})([\u4e00-\u9fff]{{2,3}})")
# how a salutation opens (pipeline asks it of the line under a date line too)
# (words a page puts alone where a name might stand: "摘要", "全文")
_NOT_NAME = re.compile(r"摘要|全文|节选|提纲|讲话|发言|致辞|讲稿|正文|附件|目录|缩略图|大图|图片|视频|阅读|分享|打印|关闭")
SALUTATION_START = re.compile(r"(?:尊敬的|各位|同志们|亲爱的)")
# a speech's date in brackets, on a line of its own or between its title and salutation: "(2025年3月8日)" (the lines
# read here are width-folded)
# (a template may leave its day or month blank: "(2012年10月日)", or its year's last figure: "(201x年2月6日)")
SPEECH_DATE = re.compile(r"\((?:19|20)(?:\d\d|\d[xX×]|[xX×]{2})年(?:\d{1,2})?\s*月(?:\d{1,2})?\s*日\)")


# a speech's salutation: a page with no title that opens with one is a speech
# (or the bare comrades: "同志们:", "同志们、朋友们:")
_SALUTATION = re.compile(r"^(?:(?:尊敬的)?(?:各位|全体)[^。!?]{0,40}(?:同志们|代表|理事|来宾|领导|朋友们)|同志们)[^。!?]{0,20}:$")
_SENTENCE = re.compile(r"[。,;!?]")


# (a meeting named after the genre a few words on: "…述职评议大会", "…总结表彰会")
_MEETING_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:大会|会议|会(?![址员长费所计务徽章旗歌]))(?![\u4e00-\u9fff]{0,2}上的)")


_HOST_CUE = re.compile(r"请全体起立|奏(?:唱)?《?国歌|大家欢迎|下面(?:请|有请)|有请|进行(?:第[一二三四五六七八九十]+项|下一项)|"
                       r"会议(?:到此结束|圆满结束)|现在散会|请坐下|请就座")


def doc_type(title: str, first_lines: list[str]) -> str | None:
    """The genre the title names, else a heading or byline above the text names ("…上的讲话"); a sentence's
    word is not the document's genre ("…出席会议并讲话。" opens a news story, not a speech)."""
    heads = [line for line in first_lines[:3] if len(line) <= 60 and not _SENTENCE.search(line)]
    if "规划" in title and _PLAN_TITLE.search(title.strip()):
        return "规划"
    for text in [title, *heads]:
        best = None
        for t in _DOC_TYPES:
            pos = text.rfind(t)
            # a meeting's name: 总结会, 汇报会, 报告会; a paper's: 文汇报; a spokesman (新闻发言人); a call for views
            # (征求意见座谈会)
            while pos >= 0 and (text.startswith(("会", "大会"), pos + len(t)) or _MEETING_AFTER.match(text, pos + len(t))
                                or (t == "汇报" and text[pos - 1:pos] == "文")
                                or (t == "发言" and text[pos + 2:pos + 3] == "人") or (t == "意见" and text[pos - 2:pos] == "征求")
                                or (t[0] in "欢答" and text[pos - 1:pos] == "致")  # (news: "局长到场致欢迎词")
                                or (t == "讲稿" and text[pos - 1:pos] == "演")  # (an 演讲稿 is an 演讲)
                                or (t == "方案" and text.startswith("生育", pos + 2))  # (a spun 计划生育)
                                or (t in ("汇报", "报告") and "听取" in text[max(0, pos - 20):pos])  # (news: "听取…工作汇报")
                                # (a work a news headline names: "纪念《公开信》发表…", "《…章程》全文公布")
                                or (text.startswith("》", pos + len(t)) and text[pos + len(t) + 1:].strip())):
                pos = text.rfind(t, 0, pos)
            # (the genre that ends last, the longer of two that end together: 述职报告 is a 述职)
            if pos >= 0 and (best is None or pos + len(t) > best[0] or (pos + len(t) == best[0] and len(t) > len(best[1]))):
                best = (pos + len(t), t)
        if best:
            return _SAME_TYPE.get(best[1], best[1])
    # (a script that calls the speakers up and runs the meeting is a host's, whatever its salutation: "请全体起立,奏国歌",
    # "请…讲话,大家欢迎", "进行下一项")
    if len({m.group() for line in first_lines[:80] for m in _HOST_CUE.finditer(line)}) >= 3:
        return "主持词"
    if any(_SALUTATION.match(line.strip()) for line in first_lines[:4]):  # (under a byline of two lines or three)
        return "讲话"
    return None


def meeting(title: str, first_lines: list[str]) -> str | None:
    for text in [title, *first_lines[:4]]:
        m = _MEETING.search(text) or (_DATED_AT.search(text) if len(text) <= 80 and "日" in text else None) \
            or (_MEETING_FIRST.fullmatch(text) if text is title else None)
        if m:
            return m.group(1).lstrip("—- ")  # noqa: B005 - a set of dash characters
    return None


_NTH_DAY = re.compile(r"第[一二三四五六七八九十\d]{1,3}个")


def organisation(title: str, text: str) -> tuple[str | None, str | None, str | None]:
    """(organisation, level, region) from the first association the title or text names with a place."""
    bare = national = None
    for source in (title, text[:3000]):
        for m in _ORG_NAME.finditer(source):
            if source.startswith("章程》", m.end()):  # a charter it cites ("依照《中国计划生育协会章程》") is no actor
                continue
            if source.startswith(("管员", "管理员"), m.end()):  # a 计生协管员 is an assistant, no association
                continue
            place = _PLACE_BEFORE.search(source, max(0, m.start() - 12), m.start())
            prefix = _LEADING_WORDS.sub("", place.group(0) if place else "")
            if before := _BEFORE_PLACE.match(prefix):
                prefix = prefix[before.end():]
            if level_word := _ALL_LEVEL.search(prefix):  # "年度全区计生协": 全区 is the whole place
                prefix = level_word.group()
            if prefix.startswith("各"):  # (the addressees of a notice: "各街道计生协、各社区计生协:")
                continue
            if prefix == "中国" and source.startswith("成立", m.end()):  # "庆祝中国计生协成立45周年": a date, not the actor
                national = national or ("中国" + m.group(0), "全国", None)
                continue
            # (nor is the count of the day's years, "全国计生协第28个“会员活动日”", nor a body whose paper the text follows,
            # "贯彻落实中国计生协《关于…的通知》")
            if prefix in ("全国", "中国") and (_NTH_DAY.match(source, m.end()) or source.startswith("《", m.end())):
                national = national or (prefix + m.group(0), "全国", None)
                continue
            if own := _OWN_LEVEL.search(prefix) or (_ALL_LEVEL.fullmatch(prefix) if prefix != "全国" else None):
                prefix = own.group()  # "新时期我市计生协", "全市计生协": 我市, 全市 is the whole place
            # (the speaker's "我市" is the level, not the name: "我市计生协会" is the city's "市计生协会", and so is "全市计生协")
            name = (prefix[1:] if own else prefix) + m.group(0)
            if not prefix:
                bare = bare or name
                continue
            level = next((lv for lv, ends in _LEVELS if prefix.endswith(ends) or prefix in ends), None)
            region = prefix if len(prefix) > 1 and prefix not in _NOT_PLACES and not own else None
            return name, level, region
    # (an association named bare is a better guess at the actor than the national one whose anniversary dates the day)
    return (bare, None, None) if bare else national or (None, None, None)


# "张三同志在…上的讲话", "市计生协会长在…上的讲话": the title names who spoke
# (a deputy's bare office is a role too: "副市长在…")
_TITLE_SPEAKER = re.compile(rf"^(?:(?P<role>[\u4e00-\u9fff、]{{2,24}}?(?:{OFFICES})|副(?:{OFFICES}))\s*)?(?P<name>[\u4e00-\u9fff]{{2,3}}?)?"
                            rf"(?:同志)?\s*在.{{2,60}}?上的?{_GIVEN}")


# (or names them before what they gave, with no meeting: "卫生部副部长国艾办主任 王陇德 致辞"; Paragraphs keeps such a line whole)
NAMED_SPEECH = re.compile(rf"(?P<role>[\u4e00-\u9fff、]{{2,24}}?(?:{OFFICES}))[ \u3000]+(?P<name>[\u4e00-\u9fff]{{2,3}})(?:同志)?[ \u3000]*"
                          r"(?:致辞|致词|讲话|发言|演讲)")


_HERE_IS = re.compile(rf"以下(?:是|为)(?P<role>[\u4e00-\u9fff]{{0,20}}?(?:{OFFICES}))(?P<name>[\u4e00-\u9fff]{{2,4}}?)"
                      r"(?:今日|昨日|今天|昨天|日前|[(]|在|于|向|出席)")


def speaker(lines: list[str], title: str = "") -> tuple[str | None, str | None]:
    """(name, role) from the title ("张三同志在…上的讲话") or a byline under it ("省计生协常务副会长 张三")."""
    # (or its subtitle after a dash does: "统一思想…——努力开创…——彭珮云同志在…会议上的讲话")
    m = _TITLE_SPEAKER.match(title.strip()) or (_TITLE_SPEAKER.match(title.rsplit("——", 1)[1].strip())
                                                if "——" in title else None)
    titled: tuple[str | None, str | None] = (None, None)
    if not m and (named := NAMED_SPEECH.fullmatch(title.strip())):
        return named.group("name"), named.group("role")
    if m:
        # two or three characters before 在 are a name only when 同志 or a role vouches for them
        vouched = m.group("role") or "同志" in m.string[: m.end()]
        name = m.group("name") if vouched else None
        if name:
            return name, m.group("role")
        # (a role with no name the title's words part from it, "伏秀霞副主任在…": the byline under it may name both)
        titled = (None, m.group("role"))
    # (a letter's addressee, with its office, is no speaker: "中共中央总书记 胡某某 阁下", which a page may split)
    if any(line.rstrip().endswith(("阁下", "閣下")) for line in lines[:8]):
        return titled
    for line in lines[:4]:  # a press office's lead: "以下是政務司司長林瑞麟昨日(…)在立法會會議上…的總結發言:"
        if line.lstrip().startswith("以下") and (lead := _HERE_IS.match(line.strip())):
            return lead.group("name"), lead.group("role")
    for k, line in enumerate(lines[:8]):
        s = line.strip()
        title_like = re.search(r"上的|讲话|报告|发言|致辞|篇|总结", s)
        if len(s) > 45 or re.search(r"[。,,:!]", s) or title_like or not _ROLE.search(s):
            continue
        m = _NAME_AFTER_ROLE.search(s)
        # (the speech's date may stand between: "祁县政法委书记李涛" / "(2025年3月8日)" / "各位女性同胞、…:")
        under = [line.strip() for line in lines[k + 1:k + 3]]
        if under and SPEECH_DATE.fullmatch(under[0]):
            under = under[1:]
        if m or ((m := _NAME_GLUED.fullmatch(s)) and under and SALUTATION_START.match(under[0])):
            return m.group(1), s[: m.start(1)].strip()
        # a byline ends in the office (or a placeholder for the name): a sentence's or a list's line that names
        # one ("历任会长", "廖华生副市长当选…会长", "中共镇委员会", "三、宣布…") is none
        if _ROLE_AT_END.search(s) and not _NOT_BYLINE.search(s):
            # (the name may stand on the next line, where a page split the byline at its space: "省计生委主任" / "张枫")
            # (a name of two characters spaced to the width of three: "刘 奇")
            below = lines[k + 1].strip() if k + 1 < len(lines) else ""
            below = below.replace(" ", "") if len(below) == 3 and below[1] == " " else below
            # (a widget's word under the byline is no name: "缩略图")
            name = below if (OFFICE_END.search(s) or s.endswith("委员")) and BARE_NAME.fullmatch(below) and not _NOT_NAME.search(below) else None
            # (the role without the dash a subtitle's byline opens with, or the placeholder for the name: "——…党委书记 XX")
            role = _PLACEHOLDER.sub("", s.strip("()() ")).lstrip("—-– ")  # noqa: B005 - a set of brackets
            return (name, role) if name or not titled[1] else titled
    # a name alone between the speech's date line and its salutation: "(2013年10月31日)" / "沈跃跃" / "各位代表、姐妹们、同志们:"
    # (not above the date: a site's name the rules left may stand there)
    near = [line.strip() for line in lines[:5]]
    for k in range(1, len(near) - 1):
        if SPEECH_DATE.fullmatch(near[k - 1]) and BARE_NAME.fullmatch(near[k]) and not _NOT_NAME.fullmatch(near[k]) \
                and SALUTATION_START.match(near[k + 1]):
            return near[k], titled[1]
    # (or alone over the date, under a speech's title: "在…表彰大会上的讲话" / "陈至立" / "(2011年3月7日)")
    if len(near) > 1 and PERSON_NAME.fullmatch(near[0]) and SPEECH_DATE.fullmatch(near[1]) and not _NOT_NAME.search(near[0]) \
            and re.search(r"上的(?:讲话|致辞|报告|发言|工作报告)$", title.strip()):
        return near[0], titled[1]
    return titled
