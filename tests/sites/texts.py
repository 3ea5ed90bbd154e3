"""Texts for fixture sites, written for them: association speeches and reports (what the archive
wants), and the news, notices, Q&As and other pages around them on real sites (what it does not).

Each generator takes a number and always gives the same text for it, so a site is the same on every
run and a test can say which pages are which.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

PLACES = ["东阳市", "金华市", "衢州市", "丽水市", "台州市", "舟山市", "湖州市", "嘉兴市", "绍兴市", "温州市",
          "宁波市", "义乌市", "兰溪市", "江山市", "龙泉市", "临海市", "海宁市", "诸暨市", "瑞安市", "余姚市"]
YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]
ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八"]

SPEECH_TITLES = [
    "在{place}计划生育协会第{o}次会员代表大会上的讲话",
    "在{year}年全市计生协工作会议上的讲话",
    "{place}计生协{year}年工作总结",
    "在{place}计生协第{o}届理事会第{o2}次会议上的工作报告",
    "在“5·29”计生协会员活动日启动仪式上的致辞",
    "关于{place}计划生育协会{year}年工作情况的报告",
    "在{place}计生协换届大会上的讲话",
    "在全市基层计生协能力建设培训班上的讲话",
    "在{place}计生协{year}年度理事会上的讲话",
    "在{place}计划生育协会成立{n}周年座谈会上的讲话",
]
# speeches whose titles name no association and no genre: only their column and text tell
PLAIN_TITLES = [
    "凝心聚力 开拓创新 推动{place}协会事业再上新台阶",
    "不忘初心 服务家庭 奋力开创{year}年工作新局面",
    "守正创新 担当作为 书写{place}群团工作新篇章",
]

OPENINGS = ["各位代表、同志们：", "各位理事、同志们：", "同志们：", "各位领导、各位来宾，同志们："]
SPEECH_BODY = [
    "今天我们召开{place}计划生育协会会议，主要任务是总结{year}年工作，分析当前形势，部署下一阶段任务。",
    "刚才，几位同志作了很好的交流发言，讲得都很实在，我都赞同。下面，我讲几点意见。",
    "一、充分肯定过去一年计生协工作取得的成绩",
    "一年来，全市各级计生协围绕中心、服务大局，在宣传倡导、生殖健康咨询服务、流动人口服务管理、家庭发展等方面做了大量工作，取得了明显成效。",
    "我们坚持把加强基层协会建设作为重中之重，全市{n}个村（社区）计生协完成规范化建设，会员之家、人口学校等活动阵地进一步巩固。",
    "我们深入开展计生家庭帮扶工作，全年走访慰问计生特殊家庭{n}户，发放慰问金和帮扶资金，让计生家庭真切感受到党和政府的温暖。",
    "二、准确把握新时代计生协工作面临的形势和任务",
    "当前，人口发展进入新阶段，计生协的工作对象、工作内容和工作方式都发生了深刻变化，我们必须主动适应，积极作为。",
    "各级协会要把思想和行动统一到上级部署上来，找准工作定位，发挥群团组织联系群众的优势，做到有为才能有位。",
    "三、扎实做好今年计生协的重点工作",
    "一是着力加强组织建设。要推进乡镇（街道）计生协规范化建设，配齐配强专职副会长和秘书长，健全会员管理制度。",
    "二是着力深化宣传倡导。要结合“5·29”会员活动日和“7·11”世界人口日，开展形式多样的婚育新风宣传活动。",
    "三是着力做实家庭健康服务。要以家庭健康促进行动为抓手，组织志愿者开展青春健康教育和优生优育指导。",
    "四是着力做好计生特殊家庭帮扶。要落实精神慰藉、走访慰问、志愿服务、保险保障四项制度，不断扩大保险覆盖面。",
    "四、切实加强对计生协工作的领导",
    "各地党委、政府要重视发挥计生协的作用，把协会工作纳入重要议事日程，在人员、经费、阵地等方面给予保障。",
    "协会干部要转变作风，深入基层，真心实意为群众办实事、解难题，努力做群众信赖的贴心人。",
    "同志们，新的一年任务艰巨、责任重大。让我们在市委、市政府的坚强领导下，团结一心，开拓进取，奋力开创我市计生协工作新局面！",
]
REPORT_BODY = [
    "我代表{place}计划生育协会第{o}届理事会，向大会报告工作，请予审议。",
    "一、{year}年工作回顾",
    "过去一年，在市委、市政府的正确领导和上级计生协的指导下，我会团结带领全市广大会员和志愿者，认真履行协会职能，各项工作取得新进展。",
    "（一）组织建设不断加强。全市共有基层计生协{n}个，会员人数稳步增长，企业和流动人口计生协组织覆盖面不断扩大。",
    "（二）宣传服务扎实开展。我们组织文艺宣传队深入村居，开展生殖健康知识讲座，发放宣传资料，受益群众达数万人次。",
    "（三）帮扶救助成效明显。我们多方筹集资金，深入开展生育关怀行动，重点帮扶计生特困家庭和失独家庭，为计生家庭办了一批实事。",
    "二、存在的问题",
    "在肯定成绩的同时，我们也清醒地看到，部分基层协会活动不够经常，会员作用发挥不够充分，协会工作经费保障仍有差距。",
    "三、{next}年工作打算",
    "新的一年，我会将围绕全市中心工作，着力加强基层组织建设，着力提升服务能力，着力打造协会工作品牌。",
    "我们要进一步完善会员管理和志愿服务制度，推动协会工作从宣传倡导向服务家庭转型。",
    "各位理事，做好今年的协会工作意义重大。让我们团结一心，扎实工作，为促进人口长期均衡发展作出新的更大贡献！",
    "以上报告，请予审议。",
]

NEWS_TITLES = [
    "{place}召开{topic}工作推进会",
    "{place}举办{topic}专题培训班",
    "{place}开展{topic}宣传活动",
    "市领导调研{topic}工作",
    "{place}{topic}工作获省级表彰",
]
# news about the association itself: the link looks promising, the page is a report about a meeting
ASSOCIATION_NEWS_TITLES = [
    "{place}计生协召开第{o}次会员代表大会",
    "{place}计生协举行“5·29”会员活动日启动仪式",
    "{place}计生协理事会召开年度工作会议",
]
TOPICS = ["流感疫苗接种", "爱国卫生运动", "家庭医生签约服务", "急救技能普及", "无偿献血", "控烟宣传", "中医药服务",
          "公立医院改革", "妇幼健康服务", "老年健康服务", "职业病防治", "食品安全", "健康知识进社区", "医疗质量管理"]
NEWS_BODY = [
    "本报讯（记者 王晓 通讯员 陈明）{month}月{day}日，{place}召开{topic}工作会议，各县（市、区）分管负责同志参加会议。",
    "会议听取了各地{topic}工作情况汇报，分析了当前工作中存在的问题。",
    "会议指出，做好{topic}工作事关人民群众切身利益，各地要高度重视，压实责任，确保各项任务落到实处。",
    "会议强调，要加强部门协作，强化督导检查，及时总结推广好的经验做法。",
    "会议要求，各单位要对照年度目标，细化工作措施，确保按时保质完成任务。",
    "据了解，今年以来全市累计开展{topic}活动{n}场次，受益群众{n}万余人次。",
]
ASSOCIATION_NEWS_BODY = [
    "本报讯（记者 李华）{month}月{day}日，{place}计生协召开会议，市计生协会长出席会议并讲话。",
    "会议听取了市计生协理事会工作报告，审议通过了有关事项。",
    "会议指出，过去一年全市各级计生协围绕中心工作，在宣传服务、帮扶救助等方面取得了新成效。",
    "会议强调，各级协会要进一步加强基层组织建设，发挥会员和志愿者作用。",
    "出席会议的有市计生协常务理事、理事及各县（市、区）计生协负责同志共{n}人。",
]
NOTICE_BODY = [
    "各县（市、区）卫生健康局，委直属各单位：",
    "为进一步做好{topic}工作，切实保障人民群众身体健康，经研究，决定在全市开展{topic}专项行动。现将有关事项通知如下：",
    "一、工作目标。到{year}年底，全市{topic}工作机制进一步健全，服务能力明显提升。",
    "二、主要任务。各地要结合实际制定实施方案，明确责任分工，加强宣传引导，做好组织保障。",
    "三、工作要求。各单位要高度重视，于{month}月{day}日前将实施方案报送市卫生健康委办公室。",
    "特此通知。",
]
QA_BODY = [
    "问：什么是{topic}？",
    "答：{topic}是指卫生健康部门为保障群众健康而提供的一项公共服务，群众可就近到社区卫生服务中心咨询办理。",
    "问：办理{topic}需要准备哪些材料？",
    "答：一般需要本人身份证、户口簿等材料，具体以当地卫生健康部门公布的办事指南为准。",
    "问：{topic}是否收费？",
    "答：按照有关规定，基本服务项目免费提供，个性化服务项目按规定标准收费。",
]


@dataclass(frozen=True)
class Text:
    title: str
    paragraphs: list[str]
    date: str  # YYYY-MM-DD
    relevant: bool  # what the cleaners should decide: an association speech or report, or not


def _fill(template: str, rng: random.Random, **extra: object) -> str:
    year = rng.choice(YEARS)
    values = {"place": rng.choice(PLACES), "year": year, "next": year + 1, "o": rng.choice(ORDINALS),
              "o2": rng.choice(ORDINALS), "n": rng.randint(12, 480), "month": rng.randint(1, 12),
              "day": rng.randint(1, 28), "topic": rng.choice(TOPICS), **extra}
    return template.format(**values)


def _date(rng: random.Random) -> str:
    return f"{rng.choice(YEARS)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def speech(number: int, plain_title: bool = False) -> Text:
    """An association speech or work report, 1,200 to 1,800 characters."""
    rng = random.Random(f"speech-{number}")
    place = rng.choice(PLACES)
    titles = PLAIN_TITLES if plain_title else SPEECH_TITLES
    title = _fill(titles[number % len(titles)], rng, place=place)
    if "报告" in title or "总结" in title:
        body = [_fill(line, rng, place=place) for line in REPORT_BODY]
        body.insert(0, "各位理事、同志们：")
    else:
        body = [rng.choice(OPENINGS)] + [_fill(line, rng, place=place) for line in SPEECH_BODY]
        body.append("谢谢大家！")
    return Text(title, body, _date(rng), True)


def news(number: int, about_association: bool = False) -> Text:
    rng = random.Random(f"news-{number}")
    titles, body = (ASSOCIATION_NEWS_TITLES, ASSOCIATION_NEWS_BODY) if about_association else (NEWS_TITLES, NEWS_BODY)
    topic = rng.choice(TOPICS)
    place = rng.choice(PLACES)
    return Text(_fill(titles[number % len(titles)], rng, topic=topic, place=place),
                [_fill(line, rng, topic=topic, place=place) for line in body], _date(rng), False)


def notice(number: int) -> Text:
    rng = random.Random(f"notice-{number}")
    topic = rng.choice(TOPICS)
    title = _fill("关于开展{year}年{topic}专项行动的通知", rng, topic=topic)
    return Text(title, [_fill(line, rng, topic=topic) for line in NOTICE_BODY], _date(rng), False)


def qa(number: int) -> Text:
    rng = random.Random(f"qa-{number}")
    topic = rng.choice(TOPICS)
    return Text(f"{topic}政策问答", [_fill(line, rng, topic=topic) for line in QA_BODY], _date(rng), False)
