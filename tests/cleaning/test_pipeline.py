"""The whole pipeline on the seed pages, their full-width and HTML variants, and its own contracts."""

from __future__ import annotations

import re

import pytest

from cleaners import Page, extract_document
from cleaners.pipeline import PAGE_STEPS

from .corpus import dressed, f1, load_gold, residue, score_py, seed_raw, to_fullwidth

FLAGS = ("truncated", "declared_chars", "spun", "script", "published", "speech_date")
GOLD = load_gold()
# pinyin readings keep the ASCII parentheses the mirror printed; everything else goes full-width
_READING = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)|\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def fullwidth_keeping_readings(text: str) -> str:
    out, last = [], 0
    for m in _READING.finditer(text):
        out += [to_fullwidth(text[last:m.start()]), m.group()]
        last = m.end()
    return "".join(out) + to_fullwidth(text[last:])


def _check(doc, gold, text, snippets):
    assert f1(doc.text_original, text) >= 0.97, f"F1 {f1(doc.text_original, text):.3f}"
    assert residue(doc.text_original, snippets) == []
    wrong = {k: (getattr(doc, k), gold[k]) for k in FLAGS if k in gold and getattr(doc, k) != gold[k]}
    assert wrong == {}
    names = [gold["title"], *gold.get("title_alternatives", [])]
    assert max(f1(doc.title, n) for n in names) >= 0.9, doc.title


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["id"])
def test_seed_pages(gold):
    doc = extract_document([Page(body=seed_raw(gold).encode("utf-8"))])
    _check(doc, gold, gold["text"], gold["boilerplate"])
    assert doc.relevant == gold["relevant"]


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["id"])
def test_seed_pages_with_fullwidth_punctuation(gold):
    """The seeds were stored with ASCII punctuation; the web prints ，：；（）！？ — same page, same result."""
    doc = extract_document([Page(body=fullwidth_keeping_readings(seed_raw(gold)).encode("utf-8"))])
    _check(doc, gold, fullwidth_keeping_readings(gold["text"]), gold["boilerplate"])


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["id"])
def test_seed_pages_with_fullwidth_punctuation_everywhere(gold):
    """Full-width parentheses around the readings too: 協（xié）."""
    doc = extract_document([Page(body=to_fullwidth(seed_raw(gold)).encode("utf-8"))])
    snippets = [to_fullwidth(s) for s in gold["boilerplate"]]
    _check(doc, gold, to_fullwidth(gold["text"]), snippets)


SCORE = score_py()


@pytest.mark.parametrize("template", sorted(SCORE["TEMPLATES"]))
@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["id"])
def test_seed_pages_dressed_by_score_py(gold, template):
    doc = extract_document([Page(body=dressed(gold["title"], seed_raw(gold), template, gold["script"]))])
    _check(doc, gold, gold["text"], gold["boilerplate"] + SCORE["chrome_snippets"]())


BODY = "各级计生协要积极发挥群众组织的特有优势，坚持以人为本，把服务和维权作为今后工作的重要抓手。"
BODY2 = "我们积极争取资金，走访慰问计生特殊家庭46户，发放慰问金4.6万元，帮助他们解决实际困难。"


def test_gov_table_page_is_not_flagged_truncated(clean):
    """A table-layout page: the extractor ends the cell's text with " |", which is not a cut sentence."""
    page = ("<html><head><meta charset='utf-8'><title>在全县计生协工作会议上的讲话</title></head><body><table>"
            "<tr><td>网站首页 | 协会动态 | 政策法规 | 联系我们</td></tr><tr><td class='bt'>在全县计生协工作会议上的讲话</td></tr>"
            f"<tr><td id='zoom'><p>同志们：</p><p>{BODY}</p><p>{BODY2}</p>"
            "<p>同志们，让我们紧密团结起来，开拓进取，扎实工作，为推动全县计生协事业高质量发展作出新的更大贡献！</p></td></tr>"
            "</table></body></html>")
    doc = clean(page)
    assert doc.truncated is False
    assert f1(doc.text_original, f"同志们：\n{BODY}\n{BODY2}\n同志们，让我们紧密团结起来，开拓进取，扎实工作，"
                                 "为推动全县计生协事业高质量发展作出新的更大贡献！") >= 0.97


def test_what_the_extractor_leaves_out_is_recorded(clean):
    """Text trafilatura drops never reached a cleaner: it is recorded as removed by extraction all the same."""
    page = ("<div>\u79cb\u805a\u679c\u56ed\u8c0b\u65b0\u7bc7 \u60c5\u7cfb\u4eba\u6587\u7eed\u534e\u7ae0</div>"
            f"<p>{BODY}</p><p>{BODY}</p><p>{BODY2}</p>")
    doc = clean(page)
    kept = doc.text_original
    dropped = [r.text for r in doc.removed if r.rule == "extraction"]
    assert BODY in kept
    assert all(line not in kept for line in dropped)
    assert dropped == ["\u79cb\u805a\u679c\u56ed\u8c0b\u65b0\u7bc7 \u60c5\u7cfb\u4eba\u6587\u7eed\u534e\u7ae0"]
    assert not any("cleaning removed" in w for w in doc.warnings)  # extraction's cuts are not the cleaners' share


def test_metadata_on_the_title_line_goes(clean):
    """Old pages print title, date and source on one line; the date is kept, the line's furniture goes."""
    doc = clean("在全县计生协工作会议上的讲话 发布时间：2019-05-30 来源：县计生协\n同志们：\n" + BODY + "\n" + BODY)
    assert doc.published == "2019-05-30"
    assert "来源" not in doc.text_original and "2019-05-30" not in doc.text_original


def test_forum_footer_with_an_exclamation_mark_goes(clean):
    doc = clean("计生工作交流\n" + BODY + "\n" + BODY + "\nPowered by Discuz! X3.4 © 2001-2024 某某论坛 京ICP备12345678号")
    assert "Discuz" not in doc.text_original


def test_pages_of_one_article_become_one_document():
    pages = [Page(body=f"在全县计生协工作会议上的讲话\n同志们：\n{BODY}\n……(未完,全文共5000字,当前只显示1000字)".encode(),
                  url="http://example.org/a_1.html"),
             Page(body=f"{BODY}\n谢谢大家！\n上一页 下一页".encode(), url="http://example.org/a_2.html")]
    doc = extract_document(pages)
    assert doc.text_original == f"同志们：\n{BODY}\n{BODY}\n谢谢大家！"
    assert doc.truncated and doc.declared_chars == 5000
    assert [p["url"] for p in doc.parts] == ["http://example.org/a_1.html", "http://example.org/a_2.html"]
    assert {r.rule for r in doc.removed} >= {"truncation", "navigation", "title"}


def test_no_pages_is_an_error():
    with pytest.raises(ValueError):
        extract_document([])


def test_every_removal_names_a_step():
    names = {getattr(step, "name", None) for step in PAGE_STEPS} | {"preview_cut"}
    gold = next(g for g in GOLD if g["id"] == "seed-004")
    doc = extract_document([Page(body=seed_raw(gold).encode())])
    assert doc.removed and {r.rule for r in doc.removed} <= names


def test_document_fields_are_plain_values(clean):
    doc = clean("在全县计生协工作会议上的讲话\n同志们：\n" + BODY)
    d = doc.to_dict()
    assert d["text"] == "同志们：\n" + BODY
    assert d["content_kind"] == "text" and d["title"] == "在全县计生协工作会议上的讲话"
    assert all(isinstance(d[k], str) for k in ("text", "text_original", "title", "script"))


def test_a_cleaner_taking_most_of_a_page_is_reported(clean):
    page = "标题\n" + "\n".join(["上一篇：计生协会工作计划", "下一篇：计生协会员代表大会闭幕词"] * 8) + "\n" + BODY
    assert any("removed" in w for w in clean(page).warnings)


def test_text_is_simplified_and_original_kept(clean):
    doc = clean("計生協工作座談會發言詞\n各位理事，同志們：\n我受省計生協第七屆常務理事會委托，向大家報告工作，請予審議。")
    assert doc.script == "hant"
    assert doc.text == "各位理事，同志们：\n我受省计生协第七届常务理事会委托，向大家报告工作，请予审议。"
    assert doc.text_original.startswith("各位理事，同志們")


def test_a_site_profile_chooses_its_steps():
    from cleaners.banners import SiteBanners
    from cleaners.pipeline import PAGE_STEPS
    from cleaners.profiles import steps_for

    assert steps_for(None) is PAGE_STEPS and steps_for("fanwen") is PAGE_STEPS
    assert not any(isinstance(s, SiteBanners) for s in steps_for("association"))
    assert steps_for("no-such-site") is PAGE_STEPS  # unknown: every step, never fewer


def test_an_official_site_keeps_a_numbered_paragraph_a_preview_would_take_for_a_marker():
    from cleaners.profiles import steps_for

    page_one = "今年重点抓好以下几项工作，一是加强组织建设，二是深化生育关怀行动，三是做好计生特殊家庭帮扶，四是推进基层群众自治"
    text = f"在全市计生协工作会议上的讲话\n{page_one}\n2、多方募集资金，扎实开展生育关怀行动，帮扶计生困难家庭渡过难关\n" \
           f"{page_one}\n3、创新工作方法，提升服务群众能力，推动计生协工作高质量发展。"
    official = extract_document([Page(body=text.encode())], steps_for("association"))
    assert "2、多方募集" in official.text_original and "3、创新工作" in official.text_original


@pytest.mark.parametrize("page, published, speech_date", [
    # a date above a news story's title is the day it came out
    ("2007年12月12日\n张庄街道计生工作措施硬创新求优\n"
     "12月5日,张庄街道计生协联合卫生院邀请专家,免费为广大妇女进行健康检查,这是该街道提升计生工作水平的一个缩影。\n", "2007-12-12", None),
    # one under the issuing bodies' names, above the title, is the document's
    ("中共衢州市委办公室\n衢州市人民政府办公室\n2006年8月22日\n关于进一步做好新时期计划生育协会工作的报告\n市委、市政府：\n"
     "“十五”时期，全市计划生育协会组织在市委、市政府的领导和关怀下，开展了富有成效的工作，做出了积极贡献。\n", None, "2006-08-22"),
    # and one under a speech's title is the speech's
    ("在全县计生协工作会议上的讲话\n2023年3月1日\n同志们:\n今天我们召开全县计生协工作会议,主要任务是总结去年工作,部署今年任务。\n",
     None, "2023-03-01"),
    # a site's stamp, its day padded, in brackets by a news story's headline
    ("不能读取工具条配置\n\n金山区:青春“鑫”绽放 健康我护航 (2023年11月01日)\n\n为进一步加强青春健康师资队伍建设,提高青春健康主持人的专业知识水平和培训技能,"
     "推动青春健康工作常态化、专业化、规范化发展,10月27日,在金山区卫生健康委和区教育局的指导下,区计生协、区教育学院联合"
     "举办了青春健康主持人演讲大赛决赛。\n区卫生健康委副主任张伟东,区教育局副局长黄萍出席活动。\n", "2023-11-01", None),
    # a speech's date and meeting, bare, split over two lines under its title
    ("关于《某省人口与计划生育条例修正案(草案)》的说明\n2014年5月27日在某省第十二届人民代表大会\n常务委员会第八次会议上\n"
     "主任、各位副主任、秘书长、各位委员:\n我受省政府委托,对修正案草案作如下说明,请予审议。\n", None, "2014-05-27"),
    # but a speech's date in brackets goes on to its salutation
    ("在全县计生协工作会议上的讲话\n(2023年03月01日)\n同志们:\n今天我们召开全县计生协工作会议,主要任务是总结去年工作,部署今年任务。\n",
     None, "2023-03-01"),
])
def test_whose_date_a_date_line_near_the_title_is(clean, page, published, speech_date):
    doc = clean(page)
    assert (doc.published, doc.speech_date) == (published, speech_date)


def test_a_date_above_a_title_under_a_column_taken_for_a_title_is_still_the_publication_date(clean):
    # the column's name at the top is a title candidate, and goes as one: the date stands above the chosen title
    page = ("每周热点回顾\n2015年05月07日\n新闻内容\n第C06版:环宇快讯\n习近平:希望红十字会真心关爱群众\n作者:\n浏览次数:\n放大 缩小 默认\n"
            "中国红十字会第十次全国会员代表大会近日开幕。领导人会见全体代表,并发表讲话,希望红十字会真心关爱群众。\n"
            "会议指出,红十字组织是全世界影响范围最广、认同程度最高的国际组织,红十字是一种精神,更是一面旗帜。\n")
    doc = clean(page)
    assert doc.title == "习近平:希望红十字会真心关爱群众"
    assert doc.published == "2015-05-07" and doc.speech_date is None


def test_the_columns_name_before_a_headline_is_no_part_of_the_title(clean):
    page = ("网站首页 |\n您的位置:首页 >> 新闻中心 >> 乡镇动态 |\n乡镇动态 大四平镇举办首届“最美家庭”表彰会\n"
            "3月8日,为庆祝“三八”国际妇女节,大四平镇举行第一届“最美家庭”表彰会,展示“最美家庭”风采,讲述“最美家庭”故事。\n")
    doc = clean(page)
    assert doc.title == "大四平镇举办首届“最美家庭”表彰会"
    assert doc.text_original.startswith("3月8日")


def test_a_dated_byline_with_a_note_after_the_date(clean):
    page = ("在全县计生协工作会议上的讲话\n(2015年7月7日,根据录音整理)\n同志们:\n"
            "今天我们召开全县计生协工作会议,主要任务是总结去年工作,部署今年任务。\n")
    assert clean(page).speech_date == "2015-07-07"


@pytest.mark.parametrize("note", ["(2009年8月25日根据录音整理)", "2009年8月25日根据录音整理、未经本人审核)",
                                  "(根据录音整理,2009年8月25日)", "（2009年8月25日据现场录音整理）"])
def test_a_transcripts_note_of_its_recording_gives_its_date(clean, note):
    page = (f"在全县计生协工作会议上的讲话\n{note}\n同志们:\n"
            "今天我们召开全县计生协工作会议,主要任务是总结去年工作,部署今年任务。\n")
    doc = clean(page)
    assert doc.speech_date == "2009-08-25" and doc.title == "在全县计生协工作会议上的讲话"


def test_the_issuer_and_the_day_in_one_bracket_under_the_heading_give_the_speech_date(clean):
    page = ("关于加强城区人口和计划生育工作意见\n(市人口和计划生育局2007年4月3日)\n"
            "为进一步加强城区人口和计划生育工作,根据上级有关文件精神,结合我市实际,提出如下意见。\n")
    assert clean(page).speech_date == "2007-04-03"


def test_a_speakers_office_name_and_day_after_a_slash_give_the_speech_date(clean):
    """(On one line with nothing else to date the page, the row is its listing's: UploadMetadata takes it.)"""
    page = f"建構一個「可信賴」的協會\n【本會理事長\n董文雅/2010.04.07\n{BODY}\n{BODY2}\n"
    assert clean(page).speech_date == "2010-04-07"


def test_a_recording_note_without_a_date_gives_none(clean):
    page = "在全县计生协工作会议上的讲话\n(根据录音整理)\n同志们:\n今天我们召开全县计生协工作会议,部署今年任务。\n"
    assert clean(page).speech_date is None


CHARTER = ["第一条 为贯彻落实计划生育基本国策,制定本章程。", "第二条 村计生协在村党支部领导下开展工作。"]


@pytest.mark.parametrize("lines, iso", [
    (["某某村计划生育自治章程", "(本章程于2009年4月8日第六届第一次村民代表大会讨论通过)", *CHARTER], "2009-04-08"),  # under the title
    (["某某村计划生育自治章程", *CHARTER, "(本制度于2012年3月1日经村两委会议研究通过)"], "2012-03-01"),  # at the end
    (["某某村计划生育自治章程", "(2022年6月30日四届一次理事会审议通过)", *CHARTER], "2022-06-30"),  # (no 于)
])
def test_a_charters_note_of_the_day_it_was_adopted_dates_it(clean, lines, iso):
    assert clean("\n".join(lines)).speech_date == iso


def test_a_rules_adoption_note_heading_the_page_is_its_date_line_not_its_title(clean):
    doc = clean("\n".join(["(2022年6月30日四届一次理事会审议通过)", "第一章 总则", *CHARTER]))
    assert doc.title == "" and doc.speech_date == "2022-06-30"
    assert doc.text_original.splitlines() == ["(2022年6月30日四届一次理事会审议通过)", "第一章 总则", *CHARTER]


def test_notices_in_other_languages_and_an_apps_icon_over_a_news_story_go(clean):
    page = ("本網站使用相關技術提供更好的閱讀體驗,同時尊重使用者隱私,點這裡瞭解本社隱私聲明當您關閉此視窗,代表您同意上述規範。\n"
            "Your browser does not appear to support Traditional Chinese. Would you like to go to the English website?\n"
            "こちらのページは繁体字版です。日本語版に移動しますか。\n某某社一手新聞APP Icon某某社一手新聞APP\n下載\n\n"
            "某省召開計生協工作座談會 引導民眾積極婚育\n\n2024/1/26 20:28\n\n"
            "(某某社台北26日電)某省近日召開計畫生育協會工作座談會,宣稱要加強生育支持服務,引導民眾建立正向婚育觀念。\n"
            "與會者共計約130人,包括衛健委有關處室代表,以及各市、縣計生協的負責主管。\n")
    doc = clean(page)
    assert doc.title == "某省召開計生協工作座談會 引導民眾積極婚育"
    assert doc.text_original.startswith("(某某社台北26日電)")


def test_an_english_pages_date_over_its_headline_goes_and_one_under_its_speaker_dates_the_speech(clean):
    release = ("Press Releases\n\n9 Dec 2021\n\nThe Association’s 66th Annual General Meeting\n\n"
               "The Family Planning Association held its 66th Annual General Meeting today. The new Chairman and "
               "Council Members were elected, and the Chairman addressed the meeting on the fall in births.\n")
    doc = clean(release)
    assert doc.published == "2021-12-09" and "9 Dec 2021" not in doc.text_original
    speech = ("Chairman’s Address to the 55th Annual General Meeting\n\nProf. A. Chan\n\n7th December 2010\n\n"
              "Members and Staff of the Association, Ladies and Gentlemen,\n"
              "It gives me great pleasure to welcome you all to this 55th Annual General Meeting of the Association.\n")
    doc = clean(speech)
    assert doc.speech_date == "2010-12-07" and "7th December 2010" in doc.text_original


def test_a_list_of_speeches_with_their_links_to_the_whole_text_is_no_document_and_no_cut_one(clean):
    items = []
    for n, (title, opening) in enumerate([("在乡镇计生协换届选举大会上的讲话", "今天,我们在这里隆重召开镇计划生育协会第四次会员代表大会,选举产生新"),
                                          ("计生协会长在会员活动日上的讲话", "同志们、朋友们:今天是中国计划生育协会会员活动日。在这个特殊"),
                                          ("在全县暖心行动推进会上的讲话", "这次会议的主要任务是,总结交流全县暖心行动开展情况,研究部署下一阶段")]):
        items += [title, opening + "……", f"2023-04-1{n}   阅读 1253   [查看全文>>]", ""]
    doc = clean("\n".join(["计划生育协会讲话稿大全", "本栏目共收录 86 篇", *items]))
    assert doc.relevant is False and doc.truncated is False
    # (one link to the whole text under a speech cut short is a cut speech)
    doc = clean("\n".join(["在全县计生协工作会议上的讲话", "同志们:", BODY, BODY2 + "今年全县计生协要", "[阅读全文]"]))
    assert doc.truncated is True


def test_html_lines_keep_the_spaces_the_page_printed():
    from cleaners.html import extract_html

    rows = ["字號：大 中 小\u3000\u3000發佈時間：2022-09-21\u3000\u3000來源：網絡整理", "别    名  “5·29”会员活动日"]
    page = "<html><body><div id='content'>" + "".join(f"<p>{p}</p>" for p in [*rows, BODY, BODY2]) + "</div></body></html>"
    lines = extract_html(page).lines
    assert rows[0] in lines and rows[1] in lines  # (trafilatura makes every run of spaces one)
    assert BODY in lines


@pytest.mark.parametrize("markup, published", [
    ("<p>1. 计划生育协会章程 .知源网[引用日期2020-05-12]</p>", None),  # a date in the text is the cleaners' to judge
    ("<span class='pubdate'>2019-02-03</span>", "2019-02-03"),
    ("<time datetime='2018-01-02'>一月二日</time>", "2018-01-02"),
])
def test_the_markup_date_is_read_from_the_markup_only(markup, published):
    from cleaners.html import extract_html

    page = f"<html><body><div id='content'><p>{BODY}</p><p>{BODY2}</p>{markup}</div></body></html>"
    assert extract_html(page).published == published


def test_the_heading_trafilatura_prints_after_the_text_is_taken_out_and_recorded():
    from cleaners.html import extract_html

    # (a text parted by <br>: trafilatura prints the <h1>, and the chrome after it, under the text's last lines)
    title = "在全县计生协工作会议上的讲话"
    tail = ["责任编辑:于文凯", "美方对俄隐瞒了部分信息?克宫回应", "国防部表态:中方不会在南海问题上任菲胡来"]
    raw = "\n".join([title, "同志们：", BODY, BODY2, BODY, *tail])
    found = extract_html(SCORE["dress"](title, raw, "br", "utf-8", True, "hans").decode("utf-8"))
    assert found.lines == [title, "同志们：", BODY, BODY2, BODY, *tail]
    assert title in found.dropped and SCORE["CHROME"]["ad"] in found.dropped


def test_a_date_row_outside_the_texts_block_is_the_markups():
    from cleaners.html import extract_html

    # (a sharing site's upload row beside the preview, which trafilatura leaves out)
    page = (f"<html><body><div class='docinfo'><ul><li>上传时间:2023-07-20</li><li>格式:DOCX</li></ul></div>"
            f"<div id='docview'><p>{BODY}</p><p>{BODY2}</p><p>{BODY}</p></div></body></html>")
    assert extract_html(page).published == "2023-07-20"
