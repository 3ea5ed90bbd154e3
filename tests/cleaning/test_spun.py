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
])
def test_ordinary_prose_is_not_spun(text):
    spun, score, _ = spun_score(text)
    assert not spun and score < 3
