"""spun: machine-reworded copies are told by swaps that break set phrases; ordinary prose is not spun."""

from __future__ import annotations

import pytest

from cleaners.spun import spun_hits, spun_score

from .corpus import load_gold, to_fullwidth, to_traditional


@pytest.mark.parametrize("gold", load_gold(), ids=lambda g: g["id"])
def test_seed_spun_flags(gold):
    from cleaners.draft import simplified

    assert spun_score(simplified(gold["text"]))[0] == gold["spun"]


def test_spun_seed_in_traditional_and_fullwidth_is_still_spun():
    from cleaners.draft import simplified

    gold = next(g for g in load_gold() if g["spun"])
    assert spun_score(simplified(to_traditional(to_fullwidth(gold["text"]))))[0]


@pytest.mark.parametrize("text, swap", [
    ("同以习近平同志为核心的党中心保持高度全都。", "党中心 (党中央)"),
    ("会同国家卫生安康委赴各地调研。", "卫生安康 (卫生健康)"),
    ("提升基层效劳群众力量。", "效劳 (服务)"),
    ("沟通改革阅历，推广典型阅历。", "阅历 (经验)"),
    ("推动计生协事业高质量进展。", "进展 (发展)"),
    ("全面落实方案生育根本国策。", "方案生育 (计划生育)"),
    ("全面落实方案生育根本国策。", "根本 (基本)"),
    ("以科学开展观为指导，确保人口平安。", "开展 (发展)"),
    ("以科学开展观为指导，确保人口平安。", "平安 (安全)"),
    ("服务机构得到稳固和加强，平抑人口顶峰。", "稳固 (巩固)"),
    ("服务机构得到稳固和加强，平抑人口顶峰。", "顶峰 (高峰)"),
    ("乐观开展宣扬教育，推动学问普及。", "乐观 (积极)"),
    ("乐观开展宣扬教育，推动学问普及。", "宣扬教育 (宣传教育)"),
    ("乐观开展宣扬教育，推动学问普及。", "学问 (知识)"),
    ("开设询问效劳台，落实筹划生育政策，发明性地开展工作。", "询问 (咨询)"),
    ("开设询问效劳台，落实筹划生育政策，发明性地开展工作。", "筹划生育 (计划生育)"),
    ("开设询问效劳台，落实筹划生育政策，发明性地开展工作。", "发明性 (创造性)"),
    ("友爱的同学们，办人民满足的教育，作用不行低估。", "友爱的 (亲爱的)"),
    ("友爱的同学们，办人民满足的教育，作用不行低估。", "满足 (满意)"),
    ("\u5c31\u7edf\u7b79\u751f\u9f7f\u6301\u4e45\u5e73\u8861\u53ec\u5f00\u65b0\u95fb\u516c\u5e03\u4f1a\u3002", "\u751f\u9f7f (\u4eba\u53e3)"),
    ("\u5c31\u7edf\u7b79\u751f\u9f7f\u6301\u4e45\u5e73\u8861\u53ec\u5f00\u65b0\u95fb\u516c\u5e03\u4f1a\u3002", "\u516c\u5e03\u4f1a (\u53d1\u5e03\u4f1a)"),
    ("\u5e02\u59d4\u9f13\u5439\u90e8\u548c\u536b\u751f\u5eb7\u5065\u59d4\u4e8e26\u65e5\u4e0b\u6218\u4e66\u4e3e\u529e\u3002", "\u9f13\u5439\u90e8 (\u5ba3\u4f20\u90e8)"),
    ("\u5e02\u59d4\u9f13\u5439\u90e8\u548c\u536b\u751f\u5eb7\u5065\u59d4\u4e8e26\u65e5\u4e0b\u6218\u4e66\u4e3e\u529e\u3002", "\u5eb7\u5065 (\u5065\u5eb7)"),
    ("\u5e02\u59d4\u9f13\u5439\u90e8\u548c\u536b\u751f\u5eb7\u5065\u59d4\u4e8e26\u65e5\u4e0b\u6218\u4e66\u4e3e\u529e\u3002", "\u4e0b\u6218\u4e66 (\u4e0b\u5348)"),
    ("\u662f\u91cd\u8981\u7ec4\u6210\u5c40\u90e8\uff0c\u8981\u6548\u52b3\u5927\u5c40\u3002", "\u5927\u5c40\u90e8 (\u5927\u90e8\u5206)"),
    ("\u662f\u91cd\u8981\u7ec4\u6210\u5c40\u90e8\uff0c\u8981\u6548\u52b3\u5927\u5c40\u3002", "\u6548\u52b3 (\u670d\u52a1)"),
    # a third tool's: 回顾, 平等, 不同时期, 创造, 基础, 发展 after a verb
    ("回忆三年来,我们争夺男女对等。", "回忆 (回顾)"), ("回忆三年来,我们争夺男女对等。", "对等 (平等)"),
    ("在分歧时期发明了奇迹。", "分歧时期 (不同时期)"), ("在分歧时期发明了奇迹。", "发明性 (创造性)"),
    ("奠定了良好的根底,促进开展。", "根底 (基础)"), ("奠定了良好的根底,促进开展。", "开展 (发展)"),
    # a fourth tool's: 关心, 批评指正, 顺利, 安排, 认真, 流动人口, 成功, 健康教育, 宣传, 能力, 参与, 安全
    ("关切下一代工作顺当开展,敬请指责指正。", "关切 (关心)"), ("关切下一代工作顺当开展,敬请指责指正。", "顺当 (顺利)"),
    ("关切下一代工作顺当开展,敬请指责指正。", "指责指正 (批评指正)"),
    ("按照会议支配,仔细做好流淌人口工作。", "支配 (安排)"), ("按照会议支配,仔细做好流淌人口工作。", "仔细做好 (认真做好)"),
    ("按照会议支配,仔细做好流淌人口工作。", "流淌人口 (流动人口)"),
    ("胜利创建示范社区,开展健康训练,设立宣布传达栏。", "胜利创建 (成功创建)"),
    ("胜利创建示范社区,开展健康训练,设立宣布传达栏。", "健康训练 (健康教育)"),
    ("胜利创建示范社区,开展健康训练,设立宣布传达栏。", "宣布传达 (宣传)"),
    ("提高保健力气,群众参预,杜绝平安事故,夯实根底。", "力气 (能力)"),
    ("提高保健力气,群众参预,杜绝平安事故,夯实根底。", "参预 (参与)"),
    ("提高保健力气,群众参预,杜绝平安事故,夯实根底。", "平安 (安全)"),
    ("提高保健力气,群众参预,杜绝平安事故,夯实根底。", "根底 (基础)"),
    ("实在加强婚育新风进万家的根底工程,促进活动安康开展,创立新农村新家庭方案。", "实在加强 (切实加强)"),
    ("实在加强婚育新风进万家的根底工程,促进活动安康开展,创立新农村新家庭方案。", "根底 (基础)"),
    ("实在加强婚育新风进万家的根底工程,促进活动安康开展,创立新农村新家庭方案。", "安康中国 (健康中国)"),
    ("实在加强婚育新风进万家的根底工程,促进活动安康开展,创立新农村新家庭方案。", "创立 (创建)"),
    ("实在加强婚育新风进万家的根底工程,促进活动安康开展,创立新农村新家庭方案。", "方案生育 (计划生育)"),    ("寰宇老龄职责会议指出,东谈主口老龄化是社会发展的趋势,要按照总布告和政事局的部署,推动老龄行状发展,健全养老保障轨制。", "东谈主 (人)"),
    ("寰宇老龄职责会议指出,东谈主口老龄化是社会发展的趋势,要按照总布告和政事局的部署,推动老龄行状发展,健全养老保障轨制。", "寰宇 (全国)"),
    ("寰宇老龄职责会议指出,东谈主口老龄化是社会发展的趋势,要按照总布告和政事局的部署,推动老龄行状发展,健全养老保障轨制。", "总布告 (总书记)"),
    ("寰宇老龄职责会议指出,东谈主口老龄化是社会发展的趋势,要按照总布告和政事局的部署,推动老龄行状发展,健全养老保障轨制。", "政事局 (政治局)"),
    ("寰宇老龄职责会议指出,东谈主口老龄化是社会发展的趋势,要按照总布告和政事局的部署,推动老龄行状发展,健全养老保障轨制。", "行状 (事业)"),
    ("寰宇老龄职责会议指出,东谈主口老龄化是社会发展的趋势,要按照总布告和政事局的部署,推动老龄行状发展,健全养老保障轨制。", "轨制 (制度)"),
    ("大会效劳人员向全体运发动表示吵闹的欢送,在这布满期望的季节,神六成功放射,活泼卫生系统文化生活,兴奋精神。", "效劳 (服务)"),
    ("大会效劳人员向全体运发动表示吵闹的欢送,在这布满期望的季节,神六成功放射,活泼卫生系统文化生活,兴奋精神。", "运发动 (运动员)"),
    ("大会效劳人员向全体运发动表示吵闹的欢送,在这布满期望的季节,神六成功放射,活泼卫生系统文化生活,兴奋精神。", "吵闹的欢送 (热烈的欢迎)"),
    ("大会效劳人员向全体运发动表示吵闹的欢送,在这布满期望的季节,神六成功放射,活泼卫生系统文化生活,兴奋精神。", "布满期望 (充满希望)"),
    ("大会效劳人员向全体运发动表示吵闹的欢送,在这布满期望的季节,神六成功放射,活泼卫生系统文化生活,兴奋精神。", "成功放射 (成功发射)"),
    ("大会效劳人员向全体运发动表示吵闹的欢送,在这布满期望的季节,神六成功放射,活泼卫生系统文化生活,兴奋精神。", "活泼文化 (活跃文化)"),
    ("大会效劳人员向全体运发动表示吵闹的欢送,在这布满期望的季节,神六成功放射,活泼卫生系统文化生活,兴奋精神。", "兴奋精神 (振奋精神)"),
    # a seventh's and an eighth's: a charter's 总则, 服务, 发展, 光荣, 创造; a pension Q&A's 增发, 生育, 政策
    ("第一章 总那么 第一条 本会是自我效劳的组织,弘扬荣耀传统,促进社区文化的进步与开展。", "总那么 (总则)"),
    ("第一章 总那么 第一条 本会是自我效劳的组织,弘扬荣耀传统,促进社区文化的进步与开展。", "效劳 (服务)"),
    ("第一章 总那么 第一条 本会是自我效劳的组织,弘扬荣耀传统,促进社区文化的进步与开展。", "荣耀传统 (光荣传统)"),
    ("第一章 总那么 第一条 本会是自我效劳的组织,弘扬荣耀传统,促进社区文化的进步与开展。", "开展 (发展)"),
    ("纪念广阔女性,妇女事业得到了蓬勃进展,时代为我们制造了条件。", "广阔 (广大)"),
    ("纪念广阔女性,妇女事业得到了蓬勃进展,时代为我们制造了条件。", "进展 (发展)"),
    ("纪念广阔女性,妇女事业得到了蓬勃进展,时代为我们制造了条件。", "制造新业绩 (创造)"),
    ("国家颁布生孕三孩的相关政策和一系列激励现行政策,独生子女父母加急养老保险金,加急5%。", "加急养老 (增发)"),
    ("国家颁布生孕三孩的相关政策和一系列激励现行政策,独生子女父母加急养老保险金,加急5%。", "生孕三孩 (生育)"),
    ("国家颁布生孕三孩的相关政策和一系列激励现行政策,独生子女父母加急养老保险金,加急5%。", "激励现行政策 (政策)"),
    ("1914年由美国国会经过议案,将每十二个月5月的第二个星期日定为母亲节,目标在于唤起大家铭记母恩,人类生生不息,不停发展壮大。", "每十二个月 (每年)"),
    ("1914年由美国国会经过议案,将每十二个月5月的第二个星期日定为母亲节,目标在于唤起大家铭记母恩,人类生生不息,不停发展壮大。", "经过议案 (通过决议)"),
    ("1914年由美国国会经过议案,将每十二个月5月的第二个星期日定为母亲节,目标在于唤起大家铭记母恩,人类生生不息,不停发展壮大。", "目标在于唤起 (目的在于)"),
    ("1914年由美国国会经过议案,将每十二个月5月的第二个星期日定为母亲节,目标在于唤起大家铭记母恩,人类生生不息,不停发展壮大。", "不停发展 (不断)"),
    ("本文顺利获得解析国外经验,构建科研完善的青春期性教育体系,长宁区卫生规划委员会党组书记出席。", "科研完善 (科学)"),
    ("本文顺利获得解析国外经验,构建科研完善的青春期性教育体系,长宁区卫生规划委员会党组书记出席。", "顺利获得解析 (通过)"),
    ("本文顺利获得解析国外经验,构建科研完善的青春期性教育体系,长宁区卫生规划委员会党组书记出席。", "规划生育 (计划生育)"),
    # a ninth's, on a union's and a federation's news
    ("全区共诞生4361人,削减幅度为12.34%,统计上报诞生率2.73‰,新增20多幅大型固定宣扬标语,在群众中产生了广泛的乐观的影响。", "诞生人口 (出生人口)"),
    ("全区共诞生4361人,削减幅度为12.34%,统计上报诞生率2.73‰,新增20多幅大型固定宣扬标语,在群众中产生了广泛的乐观的影响。", "削减幅度 (减少)"),
    ("全区共诞生4361人,削减幅度为12.34%,统计上报诞生率2.73‰,新增20多幅大型固定宣扬标语,在群众中产生了广泛的乐观的影响。", "宣扬教育 (宣传教育)"),
    ("全区共诞生4361人,削减幅度为12.34%,统计上报诞生率2.73‰,新增20多幅大型固定宣扬标语,在群众中产生了广泛的乐观的影响。", "乐观 (积极)"),
    ("陈洪生对侨联曩昔的作业成绩给予了充沛的必定,要吸取名贵经验,活跃引导侨界朋友,联络广阔归侨侨眷。", "侨联作业 (工作)"),
    ("陈洪生对侨联曩昔的作业成绩给予了充沛的必定,要吸取名贵经验,活跃引导侨界朋友,联络广阔归侨侨眷。", "充沛的必定 (充分的肯定)"),
    ("陈洪生对侨联曩昔的作业成绩给予了充沛的必定,要吸取名贵经验,活跃引导侨界朋友,联络广阔归侨侨眷。", "名贵经验 (宝贵经验)"),
    ("陈洪生对侨联曩昔的作业成绩给予了充沛的必定,要吸取名贵经验,活跃引导侨界朋友,联络广阔归侨侨眷。", "活跃引导 (积极引导)"),
    ("陈洪生对侨联曩昔的作业成绩给予了充沛的必定,要吸取名贵经验,活跃引导侨界朋友,联络广阔归侨侨眷。", "广阔 (广大)"),
    ("工会解决户外事情者要害民生实事,举行四序度职工整体生日会,有用增强幸福感,一连拓展服务内容。", "户外事情者 (工作者)"),
    ("工会解决户外事情者要害民生实事,举行四序度职工整体生日会,有用增强幸福感,一连拓展服务内容。", "要害民生 (关键)"),
    ("工会解决户外事情者要害民生实事,举行四序度职工整体生日会,有用增强幸福感,一连拓展服务内容。", "四序度 (四季度)"),
    ("工会解决户外事情者要害民生实事,举行四序度职工整体生日会,有用增强幸福感,一连拓展服务内容。", "整体生日会 (集体生日会)"),
    ("工会解决户外事情者要害民生实事,举行四序度职工整体生日会,有用增强幸福感,一连拓展服务内容。", "有用增强 (有效增强)"),
    ("工会解决户外事情者要害民生实事,举行四序度职工整体生日会,有用增强幸福感,一连拓展服务内容。", "一连拓展 (持续拓展)"),
    # a twelfth's, through a Traditional speech's preview
    ("积累了宝贵的阅历,省和局部市、县协会作出了乐观贡献。", "阅历 (经验)"),
    ("积累了宝贵的阅历,省和局部市、县协会作出了乐观贡献。", "大局部 (大部分)"),
    ("积累了宝贵的阅历,省和局部市、县协会作出了乐观贡献。", "乐观 (积极)"),
    # an eleventh's, through a report
    ("为全面建立小康社会作出贡献,加强协会组织建立,在协会机构到位的根底上又下发了批复。", "建立 (建设)"),
    ("为全面建立小康社会作出贡献,加强协会组织建立,在协会机构到位的根底上又下发了批复。", "根底 (基础)"),
    # a tenth's, on an evaluation form
    ("会长、小组长报酬得到贯彻,五好协会小组达成50%以上,会员防艾知识知晓率达成75%以上。", "贯彻 (落实)"),
    ("会长、小组长报酬得到贯彻,五好协会小组达成50%以上,会员防艾知识知晓率达成75%以上。", "达成 (达到)"),
    # a school's work plan, on a Traditional mirror
    ("熟悉到人口题目不仅是一个经济题目,也是一个政治题目,领导要亲身抓。", "题目 (问题)"),
    ("熟悉到人口题目不仅是一个经济题目,也是一个政治题目,领导要亲身抓。", "熟悉 (认识)"),
    ("熟悉到人口题目不仅是一个经济题目,也是一个政治题目,领导要亲身抓。", "亲身抓 (亲自抓)"),
])
def test_single_swaps_are_found(text, swap):
    assert swap in spun_hits(text)


@pytest.mark.parametrize("text", [
    "坚持以习近平同志为核心的党中央坚强领导，推动计生协事业高质量发展，提升服务群众能力，总结推广典型经验，"
    "积极融入健康中国建设，加强基层组织建设，广大会员群众听党话、跟党走。",
    "工作进展顺利，各项目标任务全面完成；要总结经验，查找不足。",
    "中心工作要抓紧抓实，各乡镇计生服务中心要主动作为，当好党委政府的助手。",
    "要建立健全工作机制，建立计划生育家庭帮扶制度。",
    "群众的安康是我们的牵挂，我们要为群众办实事。",
    "开展计划生育宣传活动，制定工作方案，为流动人口开展免费服务；维护群众根本利益，建设平安乡村，"
    "巩固和加强基层组织，筑牢稳固的工作基础，登上新的顶峰，高质量开展各项活动，推动活动可持续开展。",
    "积极推动开展计生协活动,回忆往事,双方意见分歧,这项发明获得专利,坚持平等对等的原则。",
    "要保持乐观的心态，满足群众需求，认真询问群众意见，做学问要踏实，宣扬先进事迹，亲爱的同学们友爱互助。",
    # the second tool's words in their own senses: a challenge, a thoughtful plan, a body in good health
    "\u5411\u8d2b\u56f0\u4e0b\u6218\u4e66\uff0c\u8003\u8651\u5468\u5168\uff0c\u8eab\u4f53\u5eb7\u5065\uff0c\u53d1\u52a8\u7fa4\u4f17\uff0c\u5c40\u90e8\u5730\u533a\u6709\u96e8\uff0c\u6d3b\u52a8\u53ef\u6301\u7eed\u5f00\u5c55\u3002",
    # the fourth tool's words in their own senses
    "回应群众关切,大会胜利召开,补充养分,缔造美好生活,仔细检查,支配时间,宣布会议开始,建设平安乡村。",
    # and the newest swaps' words in their own senses
    "他说得实在,公司创立于1998年,工作方案已经制定,根底扎实。",
    "孩子们活泼可爱,教室里很吵闹,天空布满乌云,放射科医生很兴奋,运动员取得长足进展。",
    "他总那么认真,为祖国效劳,全年工作开展成果丰硕,社会进展报告发布,制造业发展,加急办理,生孕信息排查,适应现行政策。",
    "局部地区出现降雨,他有丰富的阅历,对前景保持乐观。",
    "协会组织建立了会员之家,志愿者队伍建立健全,根底扎实的工作,在此基础上建立健全制度。",
    "双方达成3项协议,知晓率达到75%以上,达成共识,政策得到贯彻,认真贯彻落实报酬政策。",
    "他不停地工作,经过讨论,目标在于长远,每十二个月体检一次的说法不常见。",
    "我讲话的题目是“凝心聚力”,论文题目已经确定,他亲身经历了这一切,对工作很熟悉。",
    "学生作业要按时完成,高空作业注意安全,他必定会来,资源充沛,名贵药材,气氛活跃,这本书很有用,一连三天下雨,从整体上看,要害部位。",
    # one swap, recurring, is not enough: a city named 安康 turns up in many reports
    "\u5b89\u5eb7\u4e2d\u56fd\u5efa\u8bbe\u6709\u65b0\u8fdb\u5c55\uff0c\u5b89\u5eb7\u4e2d\u56fd\u884c\u52a8\u6df1\u5165\u5f00\u5c55\uff0c\u5b89\u5eb7\u4e2d\u56fd\u3002",
])
def test_ordinary_prose_is_not_spun(text):
    spun, score, _ = spun_score(text)
    assert not spun and score < 3


def test_a_reworded_title_counts_with_its_text(clean):
    doc = clean("社区方案生育宣传\n为提高居民对方案生育及避孕重要性的认识,社区发放平安可靠的避孕药具。\n活动受到居民欢迎。")
    assert doc.title == "社区方案生育宣传" and doc.spun


def test_one_set_phrase_broken_four_times_makes_a_text_spun():
    assert spun_score("落实方案生育政策。" * 4)[0] is True
    assert spun_score("落实方案生育政策。" * 3)[0] is False
    # (安康 is a city's name too: its phrases recurring are no proof)
    assert spun_score("安康教育活动。" * 5)[0] is False


def test_two_kinds_of_swap_one_recurring_make_a_text_spun():
    text = "\u843d\u5b9e\u7b79\u5212\u751f\u80b2\u653f\u7b56\uff0c\u7b79\u5212\u751f\u80b2\u5de5\u4f5c\uff0c\u53d1\u660e\u6027\u5730\u5f00\u5c55\u5de5\u4f5c\u3002"
    assert spun_score(text)[0] is True
    # each kind once, in a text longer than a short preview
    filler = "各级计生协要积极发挥群众组织的特有优势,坚持以人为本,把服务和维权作为今后工作的重要抓手。" * 25
    assert spun_score(text.split("\uff0c", 1)[1] + filler)[0] is False


def _expansions(items) -> list[str]:
    """Every string a finite pattern (literals, alternations, groups, optional parts) matches."""
    import re._parser as p

    out = [""]
    for op, arg in items:
        if op is p.LITERAL:
            options = [chr(arg)]
        elif op is p.IN and all(kind is p.LITERAL for kind, _ in arg):
            options = [chr(c) for _, c in arg]
        elif op is p.BRANCH:
            options = [s for branch in arg[1] for s in _expansions(branch)]
        elif op is p.SUBPATTERN:
            options = _expansions(arg[-1])
        elif op is p.MAX_REPEAT and arg[0] == 0 and arg[1] == 1:
            options = ["", *_expansions(arg[2])]
        else:
            raise AssertionError(f"not a finite pattern: {op}")
        out = [a + b for a in out for b in options]
    return out


def test_every_swap_match_holds_one_of_its_anchors():
    """spun_hits looks for a swap only around its anchor words: a match without one would be missed."""
    import re._parser as p

    from cleaners.spun import ANCHORS, SWAPS

    assert set(ANCHORS) == set(SWAPS)
    for name, rx in SWAPS.items():
        for text in _expansions(p.parse(rx)):
            assert any(word in text for word in ANCHORS[name]), (name, text)


def test_hits_are_what_one_pass_over_the_whole_text_counts():
    import re

    from cleaners.spun import SWAPS

    from .corpus import load_gold

    gold = next(g for g in load_gold() if g["spun"])
    filler = "中心工作建立了制度，确定方向，讨论问题，增强力量。" * 3
    text = filler.join([gold["text"][:800], "党中心的决策部署", gold["text"][800:], "高质量进展进展理念"]) + filler
    whole = {name: len(re.findall(rx, text)) for name, rx in SWAPS.items()}
    assert spun_hits(text) == {name: n for name, n in whole.items() if n}


def test_a_team_or_a_front_set_up_is_no_swap_outside_its_set_phrase():
    assert "建立 (建设)" not in spun_hits("全县志愿者队伍建立健全,宣传阵地建立起来,基层协会组织建立了会员之家。")
    assert spun_hits("加强协会队伍建立,加强基层阵地建立。")["建立 (建设)"] == 2


def test_two_kinds_of_swap_in_a_short_preview_make_it_spun():
    preview = "今日,我们召开全国计生协改革工作会,主要任务是总结改革成果,沟通改革阅历,推动计生协事业高质量进展。"
    assert spun_score(preview)[0] is True
    # (in a long text each kind once is not enough)
    filler = "各级计生协要积极发挥群众组织的特有优势,坚持以人为本,把服务和维权作为今后工作的重要抓手。" * 25
    assert spun_score(preview + filler)[0] is False
    # (nor is 安康, a city's name too, one of the two)
    assert spun_score("安康市计生协召开会议,推动计生协事业高质量进展。")[0] is False


def test_a_town_storys_rewording_of_计划生育_as_打算生育_is_spun():
    story = ("某镇在打算生育工作中,建立宣传教导首位意识,加大力度采用情势多样的人口和打算生育公益宣传,村村建起打算生育宣传阵地,"
             "重要街道有打算生育宣传固定标语,打造运动阵地成范围,一批新的功效齐全的人口文化大院相继建成。")
    spun, _, hits = spun_score(story)
    assert spun and {"打算生育 (计划生育)", "情势多样 (形式多样)", "功效齐全 (功能齐全)"} <= set(hits)
    # (an author's 打算 is a plan: "打算明年召开", and 计生运动会 is a sports meet)
    assert not spun_score("我们打算明年召开全县计生协会员代表大会,并举办计生运动会。")[1]


def test_a_thirteenth_tools_swaps_on_a_health_meetings_news_and_an_address_make_them_spun():
    news = ("市妇幼健康作业推动会在某县举行。训练会开班典礼由某某科长掌管。某院长介绍了医院的开展史,为全县群众的品质日子引领方向,"
            "各院妇幼事务作业分管领导及事务主干参加。")
    spun, _, hits = spun_score(news)
    assert spun and {"侨联作业 (工作)", "掌管 (主持)", "开展 (发展)", "品质日子 (品质生活)", "事务主干 (业务骨干)"} <= set(hits)
    address = ("习近平总书记屡次就卫生健康工作作出重要指示。我们刊载印发规划纲要,在各地各部门的一起努力下,"
               "不间断提升健康效劳能力,对今年经济社会又好又快进展作了安排,为大家制造更好的工作条件。")
    spun, _, hits = spun_score(address)
    assert spun and {"屡次 (多次)", "刊载印发 (印发)", "一起努力下 (共同努力)", "不间断提升 (不断提升)", "效劳 (服务)",
                     "进展 (发展)", "制造新业绩 (创造)"} <= set(hits)
    # (an author's words in their own senses: a company in charge, a tree's trunk, a service round the clock)
    assert not spun_score("这家公司由他掌管多年,树木的主干粗壮,热线24小时不间断服务,大家一起努力,屡次获奖,日子越过越好。")[1]


def test_a_fourteenth_tools_swaps_on_a_census_meetings_news_make_it_spun():
    news = ("会议强调,第七次全国各地人口普查是社会主义民主社会主义社会进入新时代进行的一次重特大基本国情综合国力调研。"
            "要把观念统一到中间的重特大决策部署上去,确保各类工作有些人抓、有些人管、有些人做,逐渐加大宣传鼓励幅度。")
    spun, _, hits = spun_score(news)
    assert spun and {"全国各地人口普查 (全国人口普查)", "重特大决策部署 (重大决策部署)", "统一到中间 (统一到中央)", "有些人抓 (有人抓)",
                     "宣传鼓励幅度 (宣传动员力度)", "社会主义民主社会主义社会 (中国特色社会主义)"} <= set(hits)
    # (an author's words in their own senses: a serious accident, the middle of a road, some people)
    assert not spun_score("全县发生重特大安全事故为零,路的中间设有护栏,有些人抓住机遇,全国各地游客纷至沓来。")[1]


def test_a_fifteenth_tools_swaps_on_a_youth_health_plan_make_it_spun():
    plan = ("方案生育协会实施工作方案。中江县作为生育关心青春健康工程重点县之一,校外未婚青年是不容无视的群体,"
            "采取上门效劳发送知识卡片的方法。青少年获得知识的最正确途径是同伴教育。")
    spun, _, hits = spun_score(plan)
    assert spun and {"不容无视 (不容忽视)", "最正确途径 (最佳途径)", "生育关心 (生育关怀)", "效劳 (服务)"} <= set(hits)
    # (an author's words in their own senses: the most correct answer, caring for a birth)
    assert not spun_score("这是最正确的答案,我们对生育关心备至,不容任何人无视规定。")[1]
