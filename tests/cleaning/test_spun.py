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
    "要保持乐观的心态，满足群众需求，认真询问群众意见，做学问要踏实，宣扬先进事迹，亲爱的同学们友爱互助。",
])
def test_ordinary_prose_is_not_spun(text):
    spun, score, _ = spun_score(text)
    assert not spun and score < 3


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
