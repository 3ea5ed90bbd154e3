"""One speech on three sites: the association's own page (complete), a 范文 site's preview (truncated),
and a copy machine-reworded with synonym swaps (spun); each site also carries speeches of its own."""

from __future__ import annotations

import re

ORIGINAL_TITLE = "在全市计划生育协会第六次会员代表大会上的工作报告"
ORIGINAL = [
    "同志们：",
    "今天我们召开全市计划生育协会第六次会员代表大会，主要任务是总结过去五年的工作，部署今后一个时期的任务。"
    "我代表市计划生育协会第五届理事会向大会报告工作，请予审议。",
    "过去五年，全市各级计生协坚持以人民为中心，深入开展生育关怀行动，累计走访慰问计划生育特殊家庭四千三百余户，"
    "发放帮扶资金一千二百万元。我们推动建立了覆盖城乡的计划生育家庭意外伤害保险制度，参保家庭达到十一万户。",
    "在服务群众方面，我们依托基层协会建设了八十六个暖心家园，组织志愿者开展陪伴就医、心理疏导和节日慰问，"
    "特别是对失独老人实行结对帮扶，做到一户一档、一人一策。",
    "在宣传倡导方面，各级协会围绕健康中国建设，广泛开展青春健康教育和优生优育咨询，举办讲座一千四百余场，"
    "受益群众超过二十万人次。卫生健康部门和计生协密切配合，形成了工作合力。",
    "在自身建设方面，我们坚持把基层组织建设作为基础工作来抓，全市村居计生协组建率达到百分之百，会员队伍不断壮大，"
    "协会的群众基础更加坚实。一批典型经验在全省得到推广。",
    "今后五年，全市计生协要围绕人口高质量发展这条主线，着力在家庭健康促进、婴幼儿照护服务、计划生育特殊家庭帮扶"
    "三个方面取得新突破。要进一步发挥广大会员和志愿者的作用，把服务送到群众家门口。",
    "同志们，新的征程已经开启。让我们坚定信心，真抓实干，为推动全市计划生育协会事业高质量发展作出新的更大贡献！",
    "谢谢大家！",
]
# what spinning software does: swaps words for near-synonyms, several of them in set phrases no author writes
SPIN = {
    "服务群众": "效劳群众", "群众基础": "群众根底", "典型经验": "典型阅历", "高质量发展": "高质量进展",
    "特别是": "特殊是", "广大会员": "广阔会员", "卫生健康": "卫生安康", "健康中国": "安康中国",
    "深入开展": "深化展开", "陪伴就医": "陪同就诊", "心理疏导": "心思疏导", "形成了": "构成了",
    "不断壮大": "持续壮大", "真抓实干": "真抓实做", "取得新突破": "获得新打破", "坚定信心": "坚决信念",
    "累计": "总计", "发放": "发给", "广泛": "普遍", "密切配合": "亲密协作", "今天我们召开": "今日我们举行",
    "主要任务": "首要使命", "总结": "归纳", "部署": "安排", "帮扶": "扶助", "志愿者": "义工", "各级": "各层",
    "推动": "推进", "围绕": "环绕", "着力": "尽力", "进一步": "更进一步", "作用": "效果", "超过": "逾越",
}


def spun(paragraphs: list[str]) -> list[str]:
    pattern = re.compile("|".join(map(re.escape, SPIN)))
    return [pattern.sub(lambda m: SPIN[m.group(0)], p) for p in paragraphs]


def truncated(paragraphs: list[str], keep: int = 4) -> list[str]:
    """The first paragraphs and the preview's notice, as document-sharing sites cut their copies."""
    shown = sum(len(p) for p in paragraphs[:keep])
    total = sum(len(p) for p in paragraphs)
    return [*paragraphs[:keep], f"（未完，全文共{total}字，当前只显示{shown}字。）", "下载全文"]


def page(title: str, paragraphs: list[str], published: str, site_name: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_{site_name}</title></head>'
            f'<body>'
            f'<div class="nav">首页 | 协会动态 | 领导讲话</div><h1>{title}</h1>'
            f'<div class="info">发布时间：{published}</div>'
            f'<div class="content">{body}</div><div class="foot">版权所有 {site_name}</div></body></html>')
