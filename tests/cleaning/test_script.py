"""script: which script a text is in, and its Simplified form (position for position)."""

from __future__ import annotations

import pytest

from cleaners.draft import shadow, simplified
from cleaners.script import detect_script, to_simplified

from .corpus import load_gold, to_fullwidth


@pytest.mark.parametrize("gold", load_gold(), ids=lambda g: g["id"])
def test_seed_scripts(gold):
    assert detect_script(gold["text"]) == gold["script"]


@pytest.mark.parametrize("gold", load_gold(), ids=lambda g: g["id"])
def test_seed_scripts_with_fullwidth_punctuation(gold):
    assert detect_script(to_fullwidth(gold["text"])) == gold["script"]


def test_short_and_script_neutral_texts_are_hans():
    assert detect_script("") == "hans"
    assert detect_script("2023 ABC 123") == "hans"
    assert detect_script("一、提高认识") == "hans"


def test_mixed_text_is_mixed():
    hant = "計生協工作座談會發言詞，感謝省疾控中心為我們這次會議提供了條件，協會的工作面臨著機遇和挑戰。"
    hans = "计生协工作座谈会发言词，感谢省疾控中心为我们这次会议提供了条件，协会的工作面临着机遇和挑战。"
    assert detect_script(hant + hans) == "mixed"


def test_simplified_keeps_positions():
    text = "計生協理事會（2017年2月28日）"
    assert len(simplified(text)) == len(text)
    assert to_simplified(text) == "计生协理事会（2017年2月28日）"


def test_shadow_folds_width_and_script_position_for_position():
    text = "標題：計生協｜（一）２０１７"
    folded = shadow(text)
    assert len(folded) == len(text)
    assert folded == "标题:计生协|(一)2017"


def test_a_page_left_with_only_its_title_is_read_in_its_titles_script(clean):
    assert clean("計劃生育法律法規知識?").script == "hant"
