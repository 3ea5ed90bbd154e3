"""The shortcuts that keep cleaning cheap pass over nothing a rule would act on.

Each shortcut picks the lines (or texts) worth a closer look; these tests hold it to being a superset:
whatever the full check finds, the shortcut lets through.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaners.anchors import NoAnchor, anchor_words, any_of
from cleaners.draft import Draft, shadow, simplified, t2s

from .corpus import build_cases, load_gold, seed_raw, to_fullwidth, to_traditional

PROPERTY = settings(max_examples=300, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


# --- OpenCC only where a line can change ---------------------------------------------------------

def test_every_character_opencc_changes_is_converted():
    chars = [chr(cp) for cp in range(0x3400, 0xA000)] + [chr(cp) for cp in range(0xF900, 0xFB00)]
    converted = t2s().convert("\n".join(chars)).split("\n")
    missed = [c for c, s in zip(chars, converted, strict=True) if s != c and simplified(c) != s]
    assert not missed


@pytest.mark.parametrize("traditional, simple", [
    ("回覆", "回复"), ("批覆", "批复"), ("深沈", "深沉"), ("找藉口", "找借口"),  # phrase-only conversions
    ("計生協", "计生协"), ("\U00030EDE", "\U00030EDD"),  # a character beyond the BMP
])
def test_phrases_and_rare_characters_are_converted(traditional, simple):
    assert simplified(traditional) == simple


def test_seed_texts_convert_as_opencc_converts_them():
    for gold in load_gold():
        for line in to_traditional(gold["text"]).split("\n") + gold["text"].split("\n"):
            assert simplified(line) == t2s().convert(line) or len(t2s().convert(line)) != len(line)


# --- anchor words read off the patterns ----------------------------------------------------------

@pytest.mark.parametrize("pattern, words", [
    (r"上一篇|下一页", {"上一篇", "下一页"}),
    (r"[Cc]opyright", {"Copyright", "copyright"}),
    (r"^\s*(?:图为|摄影\s)[^。]{0,60}$", {"图为", "摄影"}),
    (r"第\s*\d+\s*页", {"第", "页"}),  # one of the two required parts
    (r"(?i:top)", {"top", "Top", "tOp", "toP", "TOp", "ToP", "tOP", "TOP"}),
    (r"由\s*[^,。]{0,20}分享,?\s*可在线阅读", {"可在线阅读"}),  # the longest required part
])
def test_anchor_words(pattern, words):
    found = anchor_words(pattern)
    assert found == words or (len(words) == 2 and found in ({w} for w in words))


def test_a_long_word_in_any_case_is_anchored_by_a_prefix_of_few_spellings():
    """Each of 19 letters in either case would be 2**15 spellings, too many to build a pattern of."""
    found = anchor_words(r"(?i:like us on facebook)")
    assert 0 < len(found) <= 64 and all("like us on facebook".startswith(w.lower()) for w in found)
    assert any_of([r"(?i:like us on facebook)"]).search("Like Us on Facebook")


def test_a_pattern_that_needs_no_literal_has_no_anchor():
    with pytest.raises(NoAnchor):
        anchor_words(r"\d+\s*/\s*\d+|[a-z]+")


def test_any_of_keeps_the_shortest_of_nested_words():
    assert any_of([r"图为|图片来源", r"图"]).pattern == "图"


_VOCABULARY = ["上一篇", "下一页", "第", "页", "共", "1", "23", " ", "/", ">", "»", "|", "·", ":", "-", "—", "首页",
               "打印", "关闭", "GO", "top", "Page", "©", "版权所有", "回复", "引用", "图为", "摄影", "扫一扫", "字号",
               "大", "中", "小", "【", "】", "(", ")", "[", "]", "<<", ">>", "相关文章", "关 键 词", "English", "计生协",
               "工作", "。", "，", "讲话", "word图标", "Copyright", "ICP备", "技术支持"]


@PROPERTY
@given(st.lists(st.sampled_from(_VOCABULARY), max_size=10).map("".join))
def test_navigation_looks_at_every_line_that_is_furniture(line):
    from cleaners.navigation import _candidates, is_furniture

    shade = shadow(line)
    if is_furniture(shade):
        assert _candidates([line]) == {0}


def test_navigation_candidates_cover_the_corpus():
    from cleaners import Page
    from cleaners.navigation import _candidates, is_furniture
    from cleaners.pipeline import page_draft

    lines = [ln for case in build_cases() for ln in page_draft(Page(body=case.page_bytes)).lines]
    lines += [ln for gold in load_gold() for ln in seed_raw(gold).split("\n")]
    lines += [to_fullwidth(ln) for ln in lines[:400]]
    for line in filter(None, (ln.strip() for ln in lines)):
        if is_furniture(shadow(line)):
            assert _candidates([line]) == {0}, line


def test_the_banner_trigger_covers_every_banner_in_the_corpus():
    """SiteBanners' trigger is a hand list of the site's voice words (the words read off its patterns would
    include 希望 and 欢迎, found on too many lines): every line a banner pattern finds something in must
    hold one of them."""
    from pathlib import Path

    from cleaners import Page
    from cleaners.banners import _DISCLAIMER, _PATTERNS, _VOICE_BRACKET, SiteBanners
    from cleaners.pipeline import page_draft

    unseen = Path(__file__).parent / "unseen" / "raw"
    lines = [ln for case in build_cases() for ln in page_draft(Page(body=case.page_bytes)).lines]
    lines += [ln for gold in load_gold() for ln in seed_raw(gold).split("\n")]
    lines += [ln for path in sorted(unseen.glob("*.txt")) for ln in path.read_text("utf-8").split("\n")]
    found = 0
    for shade in {shadow(ln) for ln in lines if ln.strip()}:
        if any(rx.search(shade) for rx in (*_PATTERNS, _DISCLAIMER, _VOICE_BRACKET)):
            found += 1
            assert SiteBanners.trigger.search(shade), shade
    assert found >= 50  # the corpus holds banners of every kind to check against


# --- a rule's trigger finds its lines in one pass over the page ----------------------------------

@PROPERTY
@given(st.lists(st.lists(st.sampled_from(["计生", "协会", "下载", "全文", "。", " ", "a", "\u3000"]), max_size=8)
                .map("".join), max_size=12))
def test_hot_lines_are_the_lines_the_pattern_finds_something_in(lines):
    pattern = re.compile(r"下载|全文|协会")
    assert Draft(lines=lines).hot(pattern) == [i for i, ln in enumerate(lines) if pattern.search(shadow(ln))]


def test_without_opencc_dictionaries_every_line_is_converted(monkeypatch):
    """No dictionary dump (the tool missing or failing): no shortcut, and conversion still right."""
    from cleaners import draft

    monkeypatch.setattr(draft, "_dictionary_keys", lambda name: None)
    draft._convertible.cache_clear()
    draft.simplified.cache_clear()
    try:
        assert draft._convertible() is None
        assert draft.simplified("回覆計生協") == "回复计生协"
    finally:
        monkeypatch.undo()
        draft._convertible.cache_clear()
        draft.simplified.cache_clear()
    assert draft._convertible() is not None


def test_a_temporary_directory_that_cannot_be_made_only_costs_the_shortcut(monkeypatch, tmp_path):
    import tempfile

    from cleaners import draft

    missing = tmp_path / "no-such-dir"
    monkeypatch.setattr(tempfile, "tempdir", str(missing))
    assert draft._dictionary_keys("TSPhrases") is None


@pytest.mark.parametrize("pattern, words", [
    (r"【\s*[大中小]\s*】", {"【"}),  # not the three characters found on most lines
    (r"第\s*\d+\s*页", {"页"}),
    (r"#[^#\s]{1,20}\s*\d+个", {"#"}),
    (r"上一篇|下一篇", {"上一篇", "下一篇"}),
])
def test_anchor_words_avoid_common_characters(pattern, words):
    from cleaners.anchors import anchor_words

    assert anchor_words(pattern) == words
