"""PinyinAnnotations: readings a mirror inserted after characters go; the author's parentheses stay."""

from __future__ import annotations

import pytest

from cleaners.pinyin import PinyinAnnotations, is_reading


def removed(draft, rule="pinyin"):
    return [r.text for r in draft.removed if r.rule == rule]


@pytest.mark.parametrize("raw, clean", [
    ("省計(jì)生協(xié)常務副會(huì)長(zhǎng)", "省計生協常務副會長"),  # tone marks, Traditional
    ("计(ji)生协(xie)理事会", "计生协理事会"),  # no tone marks
    ("中(zhong)(zhong)国计生协", "中国计生协"),  # doubled
    ("全(quan)(quan)省各级", "全省各级"),
    ("协(xie2)会工作", "协会工作"),  # tone number
    ("女(nǚ)性安康", "女性安康"),  # ü
    ("綠(lü)色通道", "綠色通道"),
    ("與當(dāng)?shù)卣、老板協商", "與當卣、老板協商"),  # seed-004: "?" is a lost character, its "(" gone
    ("促進(jìn)成果、推動(dòng)?jì)D女進(jìn)步", "促進成果、推動女進步"),  # (and a letter of its bytes after the reading)
    ("妇(fù)女(nǚ)儿童", "妇女儿童"),  # ǚ: tone mark on ü
    ("法律(lǜ)法规", "法律法规"),
    ("公(gōng )共服(fú )务", "公共服务"),  # a space inside the parentheses
])
def test_readings_are_removed(run_step, raw, clean):
    draft = run_step(PinyinAnnotations(), [raw])
    assert draft.lines == [clean]
    assert removed(draft)


@pytest.mark.parametrize("raw, clean", [
    ("省計（jì）生協（xié）常務副會（huì）長", "省計生協常務副會長"),  # full-width parentheses
    ("中（zhong）（zhong）國", "中國"),
    ("協(xié）會（huì)", "協會"),  # mixed widths
])
def test_readings_in_fullwidth_parentheses_are_removed(run_step, raw, clean):
    assert run_step(PinyinAnnotations(), [raw]).lines == [clean]


@pytest.mark.parametrize("text", [
    "表彰了200個全省先進示范村(居)",
    "各縣(市、區)委、人民政府",
    "各县（市、区）计生协",
    "(2017年2月28日)",
    "（一）积极参与构建社会主义和谐社会",
    "如PPT文件的首页显示word图标(PPT)",
    "预防艾滋病(AIDS)宣传教育",
    "世界卫生组织(WHO)和联合国人口基金(UNFPA)",
    "中国计划生育协会(CFPA)",
    "国内生产总值(GDP)增长6%",
    "附件(A)与附件(B)",
    "第(1)项和第(2)项",
    "選項(a)或(b)",
    "是否满意?(是/否)",
    "附件(A )与附件(B )",
])
def test_author_parentheses_stay(run_step, text):
    draft = run_step(PinyinAnnotations(), [text])
    assert draft.lines == [text]
    assert not draft.removed


def test_a_reading_that_does_not_fit_its_character_stays(run_step):
    # "an" is not a reading of 会: not an annotation, whatever it is
    assert run_step(PinyinAnnotations(), ["会(an)议"]).lines == ["会(an)议"]


def test_is_reading_knows_heteronyms():
    assert is_reading("长", "zhǎng") and is_reading("长", "cháng")
    assert is_reading("會", "huì") and is_reading("會", "kuai4")
    assert not is_reading("協", "hui")


def test_pipeline_strips_readings_before_other_rules_read_the_words(clean):
    # the truncation notice is only recognisable once 當(dāng) is 當 again
    doc = clean("標題行\n各位理事，同志們：我受委托，向大家報告工作，請予審議。\n"
                "四是 ……(未完,全文共9760字,當(dāng)前只顯(xiǎn)示3916字,請閱讀下面提示信息。)")
    assert doc.truncated and doc.declared_chars == 9760
    assert "dāng" not in doc.text_original and "未完" not in doc.text_original


def test_a_toned_reading_one_character_late_goes(run_step):
    """Sites that annotate words put a two-character word's first reading after it: 幫扶(bāng)."""
    from cleaners.pinyin import PinyinAnnotations

    assert run_step(PinyinAnnotations(), ["計生家庭幫扶(bāng)持續深化"]).lines == ["計生家庭幫扶持續深化"]
    # untoned, or a reading of neither character: the parentheses are the author's
    assert run_step(PinyinAnnotations(), ["幫扶(bang)持續"]).lines == ["幫扶(bang)持續"]
    assert run_step(PinyinAnnotations(), ["幫扶(mǎ)持續"]).lines == ["幫扶(mǎ)持續"]


def test_a_gloss_cut_off_by_the_preview_at_the_end_goes(clean):
    doc = clean("各級計生協會要積極發揮群眾組織的特有優勢,堅持以人為本。\n衛生福利部設立“保護服務(wù)司”等單(dān)位,思考出創(c")
    assert doc.text_original.endswith("思考出創") and doc.truncated
    # (or cut at its parenthesis, before any letter of it)
    doc = clean("各級計生協會要積極發揮群眾組織的特有優勢,堅持以人為本。\n衛生福利部設立“保護服務(wù)司”等單(dān)位,中國特色社會(")
    assert doc.text_original.endswith("中國特色社會") and doc.truncated


def test_a_bracket_of_the_authors_at_the_end_stays(clean):
    text = "各级计生协要积极发挥群众组织的特有优势,坚持以人为本。\n本会设立秘书处(办事机构)。会员大会每年召开一次(an"
    assert clean(text).text == text  # no gloss anywhere on the page: nothing to be cut off


def test_the_space_a_site_prints_after_every_reading_goes_with_it(run_step):
    lines = ["王可出席東(dong) 亞(ya) 地區紅十字會(hui) 領導人會(hui) 議並調研", "紅十字會(hui) 與(yu) 紅新月會(hui) 、國際聯合會"]
    assert run_step(PinyinAnnotations(), lines).lines == ["王可出席東亞地區紅十字會領導人會議並調研", "紅十字會與紅新月會、國際聯合會"]
    # (also before a line's last character, or before one with a space after it in turn)
    lines = ["在省計(jì) 生協(xié) 理事會(huì) 暨工作會(huì) 議(yì) 上的報(bào) 告", "開拓創(chuàng) 新(xīn) 局面"]
    assert run_step(PinyinAnnotations(), lines).lines == ["在省計生協理事會暨工作會議上的報告", "開拓創新局面"]


def test_a_space_of_the_page_after_a_reading_stays(run_step):
    # most readings here have no space after them: the one that has stood between two words
    lines = ["新聞專區(qū) 焦點(diǎn)新聞", "副總統(tǒng)肯定醫(yī)師公會提供醫(yī)療服務(wù)"]
    assert run_step(PinyinAnnotations(), lines).lines == ["新聞專區 焦點新聞", "副總統肯定醫師公會提供醫療服務"]
    # and letters spaced out keep their spaces
    assert run_step(PinyinAnnotations(), ["調(diào) 研 報(bào) 告"]).lines == ["調 研 報 告"]


def test_a_toned_reading_after_a_character_a_wrong_decoding_made_goes_on_a_page_that_glosses(run_step):
    line = "由心系項(xiàng)目辦公室承辦,?;顒(dòng)當(dān)天,在全國10個重點(diǎn)地(dì)區(qū)開展。"
    assert run_step(PinyinAnnotations(), [line]).lines == ["由心系項目辦公室承辦,?;顒當天,在全國10個重點地區開展。"]
    # (on a page that glosses nothing, a toned syllable in brackets is left: a language lesson may print one)
    lesson = "“好”字读作(hǎo),是常用字。"
    assert run_step(PinyinAnnotations(), [lesson]).lines == [lesson]


def test_a_gloss_cut_off_at_the_end_says_the_text_is_cut_where_the_line_left_reads_whole(run_step):
    draft = run_step(PinyinAnnotations(), ["各級計生協會要積極發揮群眾組織的特有優勢,堅持以人為本。",
                                           "國家人口和計(jì)劃生育委員會14日還在紐約正式推出其專(zh"])
    assert draft.lines[-1].endswith("推出其專") and draft.facts.get("truncated") is True
