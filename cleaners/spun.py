"""Spun text: copies a hosting site machine-reworded with synonym swaps (党中央 → 党中心, 健康 → 安康,
服务 → 效劳, 经验 → 阅历, 发展 → 进展). The swaps are caught where they break a fixed political or
institutional phrase, which no author writes; the text itself is never changed.
"""

from __future__ import annotations

import re
import re._parser as re_parser

from cleaners.anchors import word_pattern

# each pattern is one swap inside a set phrase; several distinct ones make a text spun
SWAPS: dict[str, str] = {
    "党中心 (党中央)": r"核心的党中心|党中心(?:、|和|的)?(?:国务院|决策|保持|高度|关于|精神|领导|部署|要求)",
    "中共中心/中心政治局 (中央)": r"中共中心|中心政治局|中心群团改革|中心打算|中心全会",
    "卫生安康 (卫生健康)": r"卫生安康|卫生计生安康",
    "安康中国 (健康中国)": r"安康中国|家庭安康|青春安康|生殖安康|身心安康|女性安康|安康促进|安康需求|安康教育|安康指导|安康效劳|"
                      r"安康服务|安康宣传|安康讲堂|安康学问|安康知识|安康开展",
    "效劳 (服务)": r"效劳、|效劳(?:群众|中心|型|工程|阵地|职能|模式|力量|资源|会员|乡村|站|队|品牌|活动|项目|对象|大局|宗旨|理念|意识|人民|人员|质量|水平|体系|窗口|平台)|(?:志愿|公共|优质|家庭|专业|自我|"
                r"效劳|优生优育|宣传|卫生)效劳",
    "阅历 (经验)": r"(?:典型|改革|先进|工作|成功|好的|宝贵|有益)阅历|阅历(?:做法|沟通|交流|推广|总结|介绍)",
    "进展 (发展)": r"高质量进展|蓬勃进展|(?:妇女|儿童)进展|进展(?:理念|阶段|格局|全局|战略|规划|动力|大局)|(?:长期均衡|可持续|科学|协调|创新|持续健康|事业|经济社会|"
                r"人口均衡|转型|长远)进展|促进展开|促进展动",
    "规划生育 (计划生育)": r"规划生育",
    "建立 (建设)": r"(?:安康中国|现代化|标准化|能力|力量)建立|全面建立社会主义|建立社会主义现代化",
    "力量 (能力)": r"治理力量|(?:效劳|组织发动|群众工作)力量",
    "根底 (基础)": r"(?:群众|基层|工作|组织|坚实|良好|物质|思想|夯实)的?根底|根底(?:工程|设施|工作|建设)",
    "熟悉 (认识)": r"(?:正确|错误|思想)熟悉|熟悉问题|熟悉新时代",
    "全都 (一致)": r"高度全都|保持全都",
    "坚决不移 (坚定不移)": r"坚决不移",
    "不行或缺 (不可或缺)": r"不行或缺|不行低估|不行忽视|不行替代|不行推卸",
    "分散力 (凝聚力)": r"分散力、号召力|组织的分散力",
    "广阔 (广大)": r"广阔(?:会员|群众|女性|年轻人|干部|党员|妇女|育龄|城乡居民|居民|青年|职工|农民|残疾人|侨胞|人民|市民|志愿者|医务)",
    "大局部 (大部分)": r"大局部|组成局部|局部(?:侨领|干部|党员|委员|代表|会员|群众|同志)",
    "掩盖 (覆盖)": r"掩盖(?:面|人群|全国|城乡)|工作掩盖|全掩盖",
    "确定 (肯定)": r"充分确定|赐予|给予充分确定",
    "探究 (探索)": r"(?:大胆|积极|有益|不断)探究|探究形成",
    "特殊是 (特别是)": r"特殊是",
    "诞生人口 (出生人口)": r"诞生人口|人口素养",
    "兴旺国家 (发达国家)": r"兴旺国家",
    "永久在路上 (永远在路上)": r"永久在路上",
    "仔细讨论 (认真研究)": r"仔细讨论|深入讨论群团",
    "方案生育 (计划生育)": r"方案生育|新家庭方案",
    "开展 (发展)": r"科学开展观|(?:长期|人口)均衡开展|经济社会开展|政治经济开展|开展大计|转型开展|"
                r"(?:促进|推动|加快)开展[、,。;!]|和谐开展|事业开展、|进步与开展|开展与进步|(?:社会|改革)的?开展成果",
    "平安 (安全)": r"人口平安|生育平安|平安事故|平安隐患|平安生产",
    "根本 (基本)": r"根本国策|根本动作|根本公共效劳|根本公共服务|根本医疗|根本养老|根本情况|根本(?:国情|侨情|省情|市情|县情|区情)",
    "稳固 (巩固)": r"稳固和(?:加强|提高|开展|进展|完善)|稳固(?:提升|提高|成果)",
    "顶峰 (高峰)": r"人口顶峰|生育顶峰|顶峰期",
    "乐观 (积极)": r"乐观开展|乐观参加|乐观参与|乐观推动|乐观发挥|乐观配合",
    "宣扬教育 (宣传教育)": r"宣扬教育|宣扬效劳|宣扬咨询",
    "学问 (知识)": r"学问普及|科普学问|学问讲座|学问竞赛|法律学问|政策学问|学问水平",
    "询问 (咨询)": r"询问效劳|询问服务|询问活动|询问台",
    "筹划生育 (计划生育)": r"筹划生育",
    "发明性 (创造性)": r"发明性地|发明性开展|发明性工作|发明了?(?:人类|历史|奇迹|佳绩|条件)",
    "对等 (平等)": r"男女对等|自在对等|对等自在|对等协商",
    "分歧时期 (不同时期)": r"(?:在|的)分歧(?:时期|期间|阶段|地区|层次|领域|岗位)",
    "回忆 (回顾)": r"回忆(?:[一二三四五六七八九十两23456789]年(?:多)?来|一年来|近年来|多年来|上半年|全年|过去的一年)",
    "友爱的 (亲爱的)": r"友爱的(?:同学们|老师们|同志们|朋友们|家长)",
    "满足 (满意)": r"人民满足的|群众满足的|满足度",
    # a second rewording tool, with its own synonyms
    "生齿 (人口)": r"生齿",
    "康健 (健康)": r"(?:卫生|妇幼|生殖|心理|身心|家庭|生育|青春)康健|康健(?:中国|教育|效劳|服务|促进|治理|扶贫|宣传|知识|素养)",
    "鼓吹部 (宣传部)": r"鼓吹部|鼓吹教育|鼓吹效劳|鼓吹月",
    "下战书 (下午)": r"日下战书|今天下战书|昨天下战书",
    "周全 (全面)": r"周全两孩|周全三孩|周全推进|周全落实|周全建成|周全从严",
    "踊跃 (积极)": r"踊跃应答|踊跃应对",
    "殒命率 (死亡率)": r"殒命率",
    "公布会 (发布会)": r"新闻公布会|公布会上|公布会现场",
    "发动会 (动员会)": r"发动大会|发动会议|发动部署会",
    # a fourth tool's (回应群众关切, 胜利召开, 养分 and 缔造 are an author's words)
    "关切 (关心)": r"关切下一代|关切和支持|关切支持|亲切关切",
    "指责指正 (批评指正)": r"指责指正",
    "顺当 (顺利)": r"顺当(?:开展|完成|召开|进行|推进|实施|通过)",
    "支配 (安排)": r"(?:会议|工作|统筹|周密|精心)支配|支配部署|部署支配",
    "仔细做好 (认真做好)": r"仔细(?:做好|落实|贯彻|组织|开展|履行|执行)",
    "流淌人口 (流动人口)": r"流淌人口",
    "胜利创建 (成功创建)": r"胜利创建|胜利申报|胜利入选",
    "健康训练 (健康教育)": r"健康训练|宣传训练|人口训练",
    "宣布传达 (宣传)": r"宣布传达",
    "力气 (能力)": r"(?:保健|工作|效劳|服务|组织)力气",
    "参预 (参与)": r"参预",
    "实在加强 (切实加强)": r"实在加强|实在做好|实在抓好|实在履行",
    "创立 (创建)": r"创立(?:新农村|新家庭|文明|示范|国家卫生|全国|省级)",
    # a fifth tool's (人 becomes 东谈主 in every word that holds it)
    "东谈主 (人)": r"东谈主",
    "寰宇 (全国)": r"寰宇(?:东谈主|人大|政协|妇联|老龄|计生|各地|范围|总东谈主口|总人口|60周岁|65周岁)",
    "总布告 (总书记)": r"总布告",
    "政事局 (政治局)": r"政事局",
    "行状 (事业)": r"(?:老龄|计生|卫生|公益|慈善|社会|文化|教育)行状|行状(?:发展|单位|编制)",
    "轨制 (制度)": r"轨制(?:建设|改革|保障|体系|框架|改变)|(?:保障|管理|养老|工作|根本|基本)轨制",
    # a sixth tool's, on a sports meet's and a festival's speeches
    "运发动 (运动员)": r"运发动",
    "吵闹的欢送 (热烈的欢迎)": r"吵闹的?(?:欢送|欢迎|掌声|祝贺)",
    "布满期望 (充满希望)": r"布满(?:期望|希望|活力|信念|信心|朝气|生机|热情|奇特)",
    "成功放射 (成功发射)": r"成功放射|胜利放射",
    "活泼文化 (活跃文化)": r"活泼(?:卫生|机关|职工|群众|校园|社区)",
    "兴奋精神 (振奋精神)": r"兴奋精神",
    # a seventh's, on a charter (则 becomes 那么) and a speech for 三八
    "总那么 (总则)": r"章 ?总那么|总那么 ?第一条",
    "荣耀传统 (光荣传统)": r"荣耀传统",
    "制造新业绩 (创造)": r"制造(?:新业绩|佳绩)|为我们制造了?条件",
    # an eighth's, on a pension Q&A (增发 becomes 加急, 生育 生孕, 政策 现行政策)
    "加急养老 (增发)": r"加急养老|加急[123456789]%|加急[123456789][0123456789]%",
    "生孕三孩 (生育)": r"生孕(?:二孩|两孩|三孩|一孩|政策)",
    "激励现行政策 (政策)": r"(?:孩|激励|奖励|扶持)现行政策",
}
# a word each swap's matches contain: the text is searched for a swap only where its word occurs
ANCHORS: dict[str, tuple[str, ...]] = {
    "党中心 (党中央)": ('党中心',),
    "中共中心/中心政治局 (中央)": ('中心',),
    "卫生安康 (卫生健康)": ('安康',),
    "安康中国 (健康中国)": ('安康',),
    "效劳 (服务)": ('效劳',),
    "阅历 (经验)": ('阅历',),
    "进展 (发展)": ('进展',),
    "规划生育 (计划生育)": ('规划生育',),
    "建立 (建设)": ('建立',),
    "力量 (能力)": ('力量',),
    "根底 (基础)": ('根底',),
    "熟悉 (认识)": ('熟悉',),
    "全都 (一致)": ('全都',),
    "坚决不移 (坚定不移)": ('坚决不移',),
    "不行或缺 (不可或缺)": ('不行或缺', '不行低估', '不行忽视', '不行替代', '不行推卸'),
    "分散力 (凝聚力)": ('分散力',),
    "广阔 (广大)": ('广阔',),
    "大局部 (大部分)": ('局部',),
    "掩盖 (覆盖)": ('掩盖',),
    "确定 (肯定)": ('确定', '赐予'),
    "探究 (探索)": ('探究',),
    "特殊是 (特别是)": ('特殊是',),
    "诞生人口 (出生人口)": ('诞生人口', '人口素养'),
    "兴旺国家 (发达国家)": ('兴旺国家',),
    "永久在路上 (永远在路上)": ('永久在路上',),
    "仔细讨论 (认真研究)": ('讨论',),
    "方案生育 (计划生育)": ('方案生育', '新家庭方案'),
    # (words common in any text, 开展, 根本, 平安, are no anchors: each would send the scan to every one)
    "开展 (发展)": ('科学开展观', '均衡开展', '经济社会开展', '政治经济开展', '开展大计', '转型开展', '促进开展', '推动开展',
                  '加快开展', '和谐开展', '事业开展、', '进步与开展', '开展与进步', '开展成果'),
    "平安 (安全)": ('人口平安', '生育平安', '平安事故', '平安隐患', '平安生产'),
    "根本 (基本)": ('根本国策', '根本动作', '根本公共', '根本医疗', '根本养老', '根本情况', '根本国情', '根本侨情', '根本省情',
                  '根本市情', '根本县情', '根本区情'),
    "稳固 (巩固)": ('稳固和', '稳固提', '稳固成果'),
    "顶峰 (高峰)": ('人口顶峰', '生育顶峰', '顶峰期'),
    "乐观 (积极)": ('乐观开展', '乐观参', '乐观推动', '乐观发挥', '乐观配合'),
    "宣扬教育 (宣传教育)": ('宣扬教育', '宣扬效劳', '宣扬咨询'),
    "学问 (知识)": ('学问普及', '科普学问', '学问讲座', '学问竞赛', '法律学问', '政策学问', '学问水平'),
    "询问 (咨询)": ('询问效劳', '询问服务', '询问活动', '询问台'),
    "筹划生育 (计划生育)": ('筹划生育',),
    "发明性 (创造性)": ('发明',),
    "对等 (平等)": ('对等',),
    "分歧时期 (不同时期)": ('分歧',),
    "回忆 (回顾)": ('回忆',),
    "友爱的 (亲爱的)": ('友爱的',),
    "满足 (满意)": ('人民满足的', '群众满足的', '满足度'),
    "生齿 (人口)": ('生齿',),
    "康健 (健康)": ('康健',),
    "鼓吹部 (宣传部)": ('鼓吹',),
    "下战书 (下午)": ('下战书',),
    "周全 (全面)": ('周全',),
    "踊跃 (积极)": ('踊跃应',),
    "殒命率 (死亡率)": ('殒命率',),
    "公布会 (发布会)": ('公布会',),
    "发动会 (动员会)": ('发动',),
    "关切 (关心)": ('关切',),
    "指责指正 (批评指正)": ('指责指正',),
    "顺当 (顺利)": ('顺当',),
    "支配 (安排)": ('支配',),
    "仔细做好 (认真做好)": ('仔细',),
    "流淌人口 (流动人口)": ('流淌人口',),
    "胜利创建 (成功创建)": ('胜利创建', '胜利申报', '胜利入选'),
    "健康训练 (健康教育)": ('健康训练', '宣传训练', '人口训练'),
    "宣布传达 (宣传)": ('宣布传达',),
    "力气 (能力)": ('力气',),
    "参预 (参与)": ('参预',),
    "实在加强 (切实加强)": ('实在加强', '实在做好', '实在抓好', '实在履行'),
    "创立 (创建)": ('创立',),
    "东谈主 (人)": ('东谈主',),
    "寰宇 (全国)": ('寰宇',),
    "总布告 (总书记)": ('总布告',),
    "政事局 (政治局)": ('政事局',),
    "行状 (事业)": ('行状',),
    "轨制 (制度)": ('轨制',),
    "运发动 (运动员)": ('运发动',),
    "吵闹的欢送 (热烈的欢迎)": ('吵闹',),
    "布满期望 (充满希望)": ('布满',),
    "成功放射 (成功发射)": ('放射',),
    "活泼文化 (活跃文化)": ('活泼',),
    "兴奋精神 (振奋精神)": ('兴奋精神',),
    "总那么 (总则)": ('总那么',),
    "荣耀传统 (光荣传统)": ('荣耀传统',),
    "制造新业绩 (创造)": ('制造',),
    "加急养老 (增发)": ('加急',),
    "生孕三孩 (生育)": ('生孕',),
    "激励现行政策 (政策)": ('现行政策',),
}
_COMPILED = {name: re.compile(rx) for name, rx in SWAPS.items()}
# how far a swap's match reaches from the anchor word in it
_WIDTH = {name: re_parser.parse(rx).getwidth()[1] for name, rx in SWAPS.items()}
_BY_ANCHOR: dict[str, list[str]] = {}
for _name, _words in ANCHORS.items():
    for _word in _words:
        _BY_ANCHOR.setdefault(_word, []).append(_name)
_ANCHOR = word_pattern(_BY_ANCHOR)
# the anchor found at a position is the longest one there (the trie's optional tails are greedy); the
# shorter ones there are its prefixes
_AT = {word: sorted({name for other, names in _BY_ANCHOR.items() if word.startswith(other) for name in names})
       for word in _BY_ANCHOR}


def anchor_positions(text: str) -> dict[str, list[int]]:
    """Where each swap's anchor words stand, overlapping ones included (中心 inside 党中心)."""
    found: dict[str, list[int]] = {}
    pos = 0
    while (m := _ANCHOR.search(text, pos)) is not None:
        start = m.start()
        for name in _AT[m.group()]:
            found.setdefault(name, []).append(start)
        pos = start + 1
    return found


def spun_hits(simplified_text: str) -> dict[str, int]:
    """How often each swap occurs: its pattern is run only around its anchor words.

    Every match holds an anchor and is no wider than the pattern, so the windows around the anchors,
    merged where they touch, hold every match whole, and no match lies between them: the count is
    what one findall over the whole text gives, at the cost of a scan for the anchor words.
    """
    hits = {}
    for name, starts in anchor_positions(simplified_text).items():
        width, rx = _WIDTH[name], _COMPILED[name]
        n, lo, hi = 0, None, -1
        for start in sorted(set(starts)):
            a, b = max(0, start - width), start + 2 * width
            if lo is not None and a > hi:
                n += len(rx.findall(simplified_text, lo, hi))
                lo = None
            lo = a if lo is None else lo
            hi = max(hi, b)
        if lo is not None:
            n += len(rx.findall(simplified_text, lo, hi))
        if n:
            hits[name] = n
    return hits


def spun_score(simplified_text: str) -> tuple[bool, float, dict[str, int]]:
    """Whether the text is spun, a score (distinct swaps, weighted by how often they recur), and the hits."""
    hits = spun_hits(simplified_text)
    distinct = len(hits)
    total = sum(hits.values())
    score = distinct + min(total - distinct, 20) / 10
    # one swap can slip into an author's text (安康 is also a city); two kinds, one of them recurring, cannot,
    # nor one set phrase broken four times over ("方案生育" for 计划生育 all through a text; not 安康's, a city's name)
    spun = distinct >= 3 or (distinct == 2 and total >= 3) \
        or max((n for name, n in hits.items() if "安康" not in name), default=0) >= 4
    return spun, round(score, 2), hits
