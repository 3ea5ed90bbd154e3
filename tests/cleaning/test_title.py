"""Title: the document's own title without site decoration, and its repeats taken out of the body."""

from __future__ import annotations

import pytest

from cleaners.draft import Draft
from cleaners.title import Title, choose_title, clean_title, comparable

BODY = "各级计生协要积极发挥群众组织的特有优势，坚持以人为本，把服务和维权作为今后工作的重要抓手。"
BODY2 = "去年以来，全县各级计生协围绕中心、服务大局，在优生优育、家庭健康促进等方面做了大量工作。"


@pytest.mark.parametrize("raw, title", [
    ("区计划生育协会工作报告精.docx", "区计划生育协会工作报告"),
    ("(2012年最新)国家人口发展“十二五”规划", "国家人口发展“十二五”规划"),  # (an uploader's freshness tag)
    ("最熱艾滋病防治會議講話范文(18篇)", "艾滋病防治會議講話"),  # (a ranking's word)
    ("计划生育编外“三大员”(徐 海)", "计划生育编外“三大员”"),  # (its writer's name spaced out in brackets)
    ("朱集镇人口文化大院“点亮”农民幸福梦,朱集镇人口文化大院“点亮”农民幸福梦", "朱集镇人口文化大院“点亮”农民幸福梦"),  # (printed twice)
    ("计划生育条例(试行)", "计划生育条例(试行)"),
    ("最热门的十件事", "最热门的十件事"),
    ("区计划生育协会工作报告.doc", "区计划生育协会工作报告"),
    ("区计划生育协会工作报告（完整版）", "区计划生育协会工作报告"),
    ("区计划生育协会工作报告(word版)", "区计划生育协会工作报告"),
    ("计生协工作座谈会发言词_范文参考网", "计生协工作座谈会发言词"),
    ("计生协工作座谈会发言词 - 星星范文网", "计生协工作座谈会发言词"),
    ("计生协工作座谈会发言词｜公文易文秘资源网", "计生协工作座谈会发言词"),
    ("計生協工作座談會發言詞_範文參考網", "計生協工作座談會發言詞"),
    ("在省计生协理事会上的报告_新闻中心_新浪网", "在省计生协理事会上的报告"),
    ("在省计生协理事会上的报告_某某市人民政府", "在省计生协理事会上的报告"),
    ("在省计生协理事会上的报告-某某县计划生育协会", "在省计生协理事会上的报告"),
    ("在省计生协理事会上的报告-计生工作交流-某某论坛", "在省计生协理事会上的报告"),
    ("积极作为 开拓创新 不断开创新时期计生协工作新局面 ——在省计生协七届七次理事会暨工作会议上的报告",
     "积极作为 开拓创新 不断开创新时期计生协工作新局面 ——在省计生协七届七次理事会暨工作会议上的报告"),
    ("关于加强计生协服务阵地建设的报告 - 以县计生服务站为例", "关于加强计生协服务阵地建设的报告 - 以县计生服务站为例"),
    ("关于印发《计生协网络建设方案》的通知", "关于印发《计生协网络建设方案》的通知"),
    ("乡镇关工委年度工作总结(优质21篇)", "乡镇关工委年度工作总结"),
    ("关于计划生育工作会议讲话稿1", "关于计划生育工作会议讲话稿"),
    ("2023年工作报告", "2023年工作报告"),
    ("争当优秀", "争当优秀"),
    ("【第1篇】2023年在全县计生协工作会议上的讲话", "2023年在全县计生协工作会议上的讲话"),
    ("篇一：在“5·29会员活动日”上的致辞", "在“5·29会员活动日”上的致辞"),
    ("在全县计生协工作推进会上的交流发言 [复制链接]", "在全县计生协工作推进会上的交流发言"),
    # a search phrase the site put before a speech's title, with a bar
    ("纪念母亲节的手抄报|在省妇联纪念母亲节活动上的讲话稿", "在省妇联纪念母亲节活动上的讲话稿"),
    # (but a title's own halves stay: "计生协会长讲话|…" names a speech on both sides)
    ("县计生协会长讲话|在全县计生协工作会议上的讲话", "县计生协会长讲话|在全县计生协工作会议上的讲话"),
    ("倡导新时代婚育观,某某镇这样建议→", "倡导新时代婚育观,某某镇这样建议"),  # (a teaser's arrow)
    ("关爱女孩演讲稿演讲稿", "关爱女孩演讲稿"),  # (the genre printed twice)
    ("在省妇联纪念母亲节系列活动上的讲话2016年母亲节资料", "在省妇联纪念母亲节系列活动上的讲话"),
    ("在省妇联纪念母亲节系列活动上的讲话日期", "在省妇联纪念母亲节系列活动上的讲话"),
    ("2016年母亲节活动资料", "2016年母亲节活动资料"),
    ("高品質文檔鎮2022年半年度人口與計生形勢分析", "鎮2022年半年度人口與計生形勢分析"),  # (a sharing site's grade)
    # (the listing's title glued before the document's own; a law database's number of the paper before it)
    ("街道孕前优生健康检查工作总结XX街道孕前优生健康检查工作总结", "XX街道孕前优生健康检查工作总结"),
    ("国卫办妇幼函〔2021〕487号《国家卫生健康委办公厅关于开展2021年预防出生缺陷日主题宣传活动的通知》",
     "国家卫生健康委办公厅关于开展2021年预防出生缺陷日主题宣传活动的通知"),
    ("家庭健康促进行动家庭健康", "家庭健康促进行动家庭健康"),  # (too short to be two titles)
])
def test_clean_title(raw, title):
    assert clean_title(raw) == title


def test_comparable_ignores_years_and_placeholders():
    assert comparable("2023年度在计生协改革工作会议上讲话") == comparable("2022年度在计生协改革工作会议上讲话")
    assert comparable("区计划生育协会201X工作报告") == comparable("区计划生育协会2003工作报告")


@pytest.mark.parametrize("label", ["標題:在省計生協理事會暨工作會議上的報告 |", "标题：在省计生协理事会暨工作会议上的报告 ｜",
                                   "标题: 在省计生协理事会暨工作会议上的报告"])
def test_title_label_line_names_the_title(label):
    draft = Title()(Draft(lines=[label, BODY]))
    assert draft.lines == [BODY]
    assert comparable(draft.facts["title"]) == comparable("在省计生协理事会暨工作会议上的报告")


def test_a_title_label_that_runs_into_the_body_keeps_the_body():
    """A one-line page: the 标题 label and the whole text on one line; the label goes, the text stays."""
    line = "标题：在省计生协理事会上的报告 | 各位理事，同志们：我受省计生协第七届常务理事会委托，向大家报告工作，请予审议。" + BODY
    draft = Title()(Draft(lines=[line]))
    assert any(BODY in ln for ln in draft.lines)


def test_title_repeated_at_the_top_goes_and_headings_stay():
    lines = ["区计划生育协会工作报告精.docx", "区计划生育协会工作报告精", "区计划生育协会201X工作报告", "顺应形势发展树立“三新”观念",
             "全面推进计划生育协会工作", "各位理事、同志们：", BODY]
    draft = Title()(Draft(lines=lines, title_candidates=[("h1", "区计划生育协会201X工作报告")]))
    assert draft.lines == lines[3:]
    assert draft.facts["title"] == "区计划生育协会201X工作报告"


def test_title_trailing_after_the_text_goes():
    draft = Title()(Draft(lines=[BODY, BODY, "在省计生协理事会上的报告"], kind="html",
                          title_candidates=[("title_tag", "在省计生协理事会上的报告_某某网")]))
    assert draft.lines == [BODY, BODY]


def test_a_body_heading_equal_to_a_word_of_the_title_stays():
    lines = ["计生协工作报告", "各位理事：", BODY, "一、工作回顾", BODY]
    draft = Title()(Draft(lines=lines))
    assert draft.lines == lines[1:]


def test_text_page_first_line_is_the_title_unless_it_is_a_sentence():
    assert Title()(Draft(lines=["计生协工作座谈会发言词", BODY])).facts["title"] == "计生协工作座谈会发言词"
    assert Title()(Draft(lines=[BODY, BODY])).facts["title"] == ""


def test_choose_title_prefers_h1_over_title_tag():
    assert choose_title([("title_tag", "X报告_某某网"), ("h1", "在省计生协理事会上的报告")]) == "在省计生协理事会上的报告"
    assert choose_title([]) == ""


def test_banner_title_is_a_candidate(clean):
    doc = clean("《区计划生育协会工作报告精.docx》由会员分享，可在线阅读，更多相关《区计划生育协会工作报告精.docx（13页珍藏版）》请在冰豆网上搜索。\n"
                + BODY + "\n" + BODY)
    assert doc.title == "区计划生育协会工作报告"


def test_gov_page_title_without_site_suffix(clean):
    page = ("<html><head><meta charset='utf-8'><title>在全县计生协工作会议上的讲话-某某县计划生育协会</title></head><body>"
            "<table><tr><td class='bt'>在全县计生协工作会议上的讲话</td></tr><tr><td id='zoom'>"
            f"<p>同志们：</p><p>{BODY}</p><p>{BODY}</p></td></tr></table></body></html>")
    doc = clean(page)
    assert doc.title == "在全县计生协工作会议上的讲话"
    assert "在全县计生协工作会议上的讲话" not in doc.text


def test_a_site_name_above_the_title_is_neither_title_nor_text(clean):
    doc = clean("第一范文网\n在全市计生协会员代表大会上的讲话\n各位代表、同志们：\n"
                "今天，我们召开全市计划生育协会第五次会员代表大会，这是全市计生协系统的一件大事。")
    assert doc.title == "在全市计生协会员代表大会上的讲话"
    assert "第一范文网" not in doc.text


def test_a_site_name_above_the_titles_print_in_an_html_page_goes_as_in_a_text_page(clean):
    # (the page's <h1> and <title> name the document; its text opens as a text page's does, the site's name over
    # the title's print)
    title = "在全市计生协会员代表大会上的讲话"
    lines = ["社区计生协工作笔记", title, "各位代表、同志们：", "今天，我们召开全市计划生育协会第五次会员代表大会，这是全市计生协系统的一件大事。", BODY]
    page = (f"<html><head><meta charset='utf-8'><title>{title}_范文网</title></head><body><h1>{title}</h1>"
            "<div id='content'>" + "".join(f"<p>{ln}</p>" for ln in lines) + "</div></body></html>")
    doc = clean(page.encode("utf-8"))
    assert doc.title == title
    assert doc.text.startswith("各位代表、同志们：")


@pytest.mark.parametrize("title, opening", [("计划生育", ["#计划生育"]), ("计划生育", ["计划生育"])])
def test_a_site_line_under_the_titles_print_at_an_html_texts_head_goes_as_in_a_text_page(clean, title, opening):
    lines = [*opening, "百科上怎么说呢?", "计划生育(英语:family planning),又称家庭计划,即对生育子女的数量和时间做出计划。", BODY]
    page = (f"<html><head><meta charset='utf-8'><title>{title}_百科</title></head><body><h1>{title}</h1>"
            "<div id='content'>" + "".join(f"<p>{ln}</p>" for ln in lines) + "</div></body></html>")
    assert clean(page.encode("utf-8")).text.startswith("计划生育(英语")


@pytest.mark.parametrize("title, issuer", [("某县2020年国民经济和社会发展统计公报", "某县统计局"),
                                           ("某县人民政府关于表彰计划生育工作先进集体的决定", "某县人民政府办公室")])
def test_the_body_that_issued_a_document_run_on_after_its_title_is_the_texts(clean, title, issuer):
    text = [issuer, "国家统计局某县调查队", "2021年3月25日", "2020年是某县发展史上极不平凡的一年,全县人民在县委、县政府的坚强领导下,奋力拼搏。"]
    doc = clean("\n".join([title + issuer, *text[1:]]))
    assert doc.title == title and doc.text_original.splitlines() == text


def test_an_attachment_lists_item_naming_the_document_a_notice_issues_is_no_title_and_stays(clean):
    named = "**县2008年度人口与计划生育目标管理考核办法(县政府对乡镇政府)"
    lines = ["各乡镇、农场计生办:", f"根据省、市有关规定,现将《{named}》印发给你们,请认真贯彻执行。", "附件:", f"1、{named}",
             "2、**县2008年度人口与计划生育目标管理考核办法(县人口计生局对乡镇计生办)"]
    doc = clean("\n".join(lines))
    assert doc.title == "" and doc.text_original.splitlines() == lines


def test_the_heading_of_the_document_a_notice_issues_stays_under_the_pages_title(clean):
    title = "金乡街道计划生育协会“5.29会员活动月”实施方案"
    lines = ["各社区(村)、企事业单位计生协:", f"现将《{title}》印发给你们,请根据方案要求,结合实际,认真组织实施。",
             "金乡街道办事处", "2025年5月7日", title, BODY, BODY2]
    page = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
            "<div id='content'>" + "".join(f"<p>{ln}</p>" for ln in lines) + "</div></body></html>")
    doc = clean(page.encode("utf-8"))
    assert doc.title == title
    assert f"2025年5月7日\n{title}\n" in doc.text


@pytest.mark.parametrize("joint", [" - ", " | "])
def test_a_site_name_no_site_word_gives_away_after_the_title_in_the_page_title_goes(clean, joint):
    doc = clean(f"在全市计生协会员代表大会上的讲话{joint}笔杆帮\n当前位置:笔杆帮 > 讲话稿\n在全市计生协会员代表大会上的讲话\n"
                f"各位代表、同志们：\n{BODY}")
    assert doc.title == "在全市计生协会员代表大会上的讲话"
    assert "笔杆帮" not in doc.text and doc.text_original.startswith("各位代表")


def test_a_headline_printed_again_inside_the_story_split_at_its_space_goes(clean):
    lead = "据全国妇联最新调查显示,全国有农村留守儿童6102.55万,占全国儿童总数的21.88%。"
    doc = clean(f"农村留守儿童已逾6100万 占儿童总数21.88%\n2014-05-19 来源:中新社\n{lead}\n"
                f"农村留守儿童已逾6100万\n占儿童总数21.88%\n{BODY}")
    assert doc.title == "农村留守儿童已逾6100万 占儿童总数21.88%"
    assert doc.text_original.splitlines() == [lead, BODY]


def test_a_sites_claim_to_be_the_official_one_is_no_title(clean):
    doc = clean("中国某某网——中国某某中心唯一官方中文网\n位置:当前位置:首页 >> 党建\n巾帼学党史,把党史故事送到妇女身边\n"
                f"发布时间:2021-04-22 16:57:22 来源:中国某某\n{BODY}")
    assert doc.title == "巾帼学党史,把党史故事送到妇女身边" and "官方" not in doc.text


def test_a_save_buttons_title_left_at_the_end_is_the_title_and_goes(clean):
    # (under a paragraph the store cut off)
    doc = clean(f"尊敬的各位領導、各位來賓、同志們:\n{BODY}\n{BODY}也希望縣總工會繼續在\n收藏《某縣總工會大樓落成典禮上的講話》)")
    assert doc.title == "某縣總工會大樓落成典禮上的講話" and "收藏" not in doc.text


def test_a_name_label_over_the_file_name_goes_with_it(clean):
    doc = clean(f"文档名称:\n村党支部民主生活会制度.docx\n民主生活会是以党员交流思想为中心内容的组织活动制度。\n{BODY}")
    assert doc.title == "村党支部民主生活会制度" and "文档名称" not in doc.text


def test_a_papers_authors_over_its_abstract_stay_when_no_title_is_found(clean):
    abstract = "摘要:基于1982—2010年某市出生人口性别比概况,梳理了其演变特点,以期为解决当前人口结构问题提供参考。"
    doc = clean(f"王某霞 赵某云\n{abstract}\n关键词:出生人口性别比;失衡\n{BODY}")
    assert doc.text_original.startswith("王某霞")


@pytest.mark.parametrize("head", [["曹某虎", "(某某大学政府管理学院 江苏 南京 210093)"], ["许某明,荣某,谭某刚"],
                                  ["陈 某", "(某某师范大学 公共管理学院,福建 福州 350007)"]])
def test_a_papers_authors_and_affiliation_are_no_title(clean, head):
    doc = clean("\n".join([*head, "流动人口计划生育政策变迁的政治学分析", "本文以转型时期的流动人口计划生育政策为研究对象,考察了政策变迁的过程。", BODY]))
    assert doc.title == "流动人口计划生育政策变迁的政治学分析"
    doc = clean("\n".join([*head, "本文以转型时期的流动人口计划生育政策为研究对象,考察了政策变迁的过程。", BODY]))
    assert doc.title == "" and doc.text_original.splitlines()[:len(head)] == head


def test_a_breadcrumbs_long_last_item_after_a_bar_is_the_title_and_the_sidebars_cut_links_go(clean):
    first = "人口结构的变化对社会的未来、国家的命运、家庭的幸福乃至个人的前程都事关重大。伴随着社会主要矛盾的变化,人口发展问题逐步凸显。"
    doc = clean("\n".join(["行业资讯", "协会动态", "“会聚·赋能”异业渠道对接沙龙活...", "、某某孕婴童用品行业协会领导走访...", "国内新闻",
                           "位置:首页 > 行业资讯 > 国内新闻 > 新中国70年 | 新中国七十年我国人口结构变迁", first, BODY]))
    assert doc.title == "新中国七十年我国人口结构变迁"
    assert doc.text_original.splitlines() == [first, BODY]


def test_a_fragment_of_markup_with_no_title_in_it_is_read_for_one_as_a_text_is(clean):
    page = ('<p class="ql-block">學習黨的二十大 遵循新黨章 奮進新征程</p><p class="ql-block"> 某某醫院骨科黨支部</p>'
            f'<p class="ql-block">{BODY}</p><p class="ql-block">{BODY}</p>')
    doc = clean(page)
    assert doc.title == "學習黨的二十大 遵循新黨章 奮進新征程" and doc.text_original.startswith("某某醫院骨科黨支部")


def test_the_issuers_name_over_the_signatures_date_stays_though_it_heads_the_page(clean):
    doc = clean("\n".join(["唐山市科协", "关于统计对外投稿采用情况的通知", "各县(市)区科协:", BODY, "唐山市科协", "2007年3月14日"]))
    assert doc.title == "关于统计对外投稿采用情况的通知" and doc.text_original.endswith("唐山市科协\n2007年3月14日")


def test_a_texts_head_before_its_paragraphs_of_markup_is_kept(clean):
    page = ("秋智乡计生协会员代表大会胜利召开\n\n发文机关:秋智乡人民政府\n\n"
            f"<p>{BODY}</p> <p>会议选举产生了新一届理事会。</p><p><br></p> <p>会议号召全乡会员积极参与。</p>")
    doc = clean(page)
    assert doc.title == "秋智乡计生协会员代表大会胜利召开" and doc.text_original.startswith(BODY)
    assert [r.rule for r in doc.removed] == ["upload_metadata", "title"]


def test_a_speechs_date_line_opening_the_page_is_no_title_and_dates_the_speech(clean):
    lines = ["2017年1月10日在某县第十八届人民代表大会第一次会议上", "某县人民政府县长 曹某某", "各位代表:", BODY]
    doc = clean("\n".join(lines))
    assert doc.title == "" and doc.speech_date == "2017-01-10" and doc.text_original.startswith(lines[0])


def test_a_collections_name_over_its_first_item_is_the_title_and_its_lead_goes(clean):
    page = ["某某派", "机关公文写作素材库", "计生协会讲话稿（精选5篇）",
            "导读：本专题收录了计生协会讲话稿5篇，内容涵盖工作会议、理事会等，点击标题可查看全文，欢迎收藏转发。",
            "篇一：在全县计生协工作会议上的讲话", "同志们：今天，我们召开全县计生协工作会议，主要任务是总结去年工作，部署今年任务。", BODY]
    doc = clean("\n".join(page))
    assert doc.title == "计生协会讲话稿" and "本专题收录" not in doc.text_original


@pytest.mark.parametrize("first", [["尊敬的"], ["近日", "各地计生协以", "中国传统节日“七夕节”为契机"], ["本报讯 “艾滋病是一种传染性极"],
                                   ["新华社北京5月24日电由?"], ["某某公所日前在曼哈顿华埠"]])
def test_a_sentences_pieces_that_want_more_are_no_title(clean, first):
    lines = [*first, BODY, BODY2]
    doc = clean("\n".join(lines))
    assert doc.title == "" and doc.text_original.splitlines() == lines


def test_a_hosts_turn_opening_a_script_is_no_title(clean):
    lines = ["合:大家好!", "女:满载着丰硕果实,我们扬帆远航。", "男:托举着美好蓝图,与时俱进的号角齐心吹响。", BODY]
    doc = clean("\n".join(lines))
    assert doc.title == "" and doc.text_original.splitlines() == lines


def test_who_spoke_or_wrote_by_a_label_is_no_title(clean):
    page = ('<p class="ql-block">陈述人:李某梅、卞某义、任某元</p><p class="ql-block">整理:张某军</p>'
            f'<p class="ql-block">{BODY}</p><p class="ql-block">{BODY}</p>')
    assert clean(page).title == ""


@pytest.mark.parametrize("raw, title", [("【领导致辞】总工会领导致辞", "总工会领导致辞"), ("世界人口日是哪天【汇总】", "世界人口日是哪天"),
                                        ("第一篇 2023年某镇计划生育工作总结", "2023年某镇计划生育工作总结")])
def test_a_sites_category_or_a_collections_number_before_a_title_goes(raw, title):
    assert clean_title(raw) == title


def test_the_length_split_off_the_title_goes(clean):
    first = "今年以来,我镇计划生育工作在镇党委、政府的正确领导下,圆满完成了县下达的各项目标任务。"
    doc = clean(f"第一篇 2023年某镇计划生育工作总结 2750字\n{first}\n{BODY}")
    assert doc.title == "2023年某镇计划生育工作总结" and doc.text_original.splitlines() == [first, BODY]


def test_a_speaker_named_in_a_records_table_and_over_his_turns_is_no_title_and_his_turns_stay(clean):
    turns = ["許議員某某:", "請縣長上報告台。", "楊縣長某某:", "是。", "許議員某某:", "縣長,上週你曾提到要籲請中央儘速恢復小三通,本席認為要更加注意。",
             "楊縣長某某:", "這個傳聞應該是空穴來風。", "許議員某某:", "縣長,台灣遭遇56年來最嚴重的旱災,請縣府及早因應。"]
    doc = clean("\n".join(["跳到主要內容區塊", "  • 友善列印", "  • 回上一頁", "", "第7屆 第05次定期會 總質詢", "",
                           "質詢日期 110-05-10 議案類別 定期會", "主 席 周副議長某某 記 錄 張某某", "質詢議員 許議員某某",
                           "質詢記錄 主席周副議長某某:", "許某某議員請發言。", *turns]))
    assert doc.title != "許議員某某"
    assert doc.text_original.splitlines()[-len(turns):] == turns


def test_a_hosts_offices_split_off_his_name_are_no_title(clean):
    doc = clean("\n".join(["国务院新闻办公室2021年7月21日新闻发布会文字实录", "浏览 1171", "  时 间:2021年7月21日",
                           "  主持人:寿某某 国务院新闻办新闻局副局长、新闻发言人", "嘉 宾:于某某  国家卫生健康委副主任", "寿某某:",
                           "女士们、先生们,大家上午好!欢迎出席国务院新闻办新闻发布会。", BODY]))
    assert doc.title == "国务院新闻办公室2021年7月21日新闻发布会文字实录"
    assert "国务院新闻办新闻局副局长、新闻发言人" in doc.text_original


def test_a_notices_addressees_between_its_titles_prints_stay(clean):
    first = "7月11日是第28个世界人口日,国家卫生计生委将中国宣传活动主题确定为“弘扬婚育新风,共创健康幸福生活”。"
    doc = clean("\n".join(["世界人口日宣传活动通知", "时间:2021-07-07 18:38:24 通知范文 我要投稿", "世界人口日宣传活动通知",
                           "  20xx年7.11世界人口日宣传活动通知1", "各区县卫生计生委:", "世界人口日宣传活动通知", first, BODY]))
    assert doc.title == "世界人口日宣传活动通知" and doc.text_original.splitlines() == ["各区县卫生计生委:", first, BODY]


def test_a_headline_with_a_comma_over_a_byline_and_the_date_row_is_the_title(clean):
    headline = "代表:建议设立独生子女带薪陪护假,以照顾患病住院的父母"
    first = "今年全国两会期间,某某新闻从十三届全国人大二次会议新闻中心获悉,赵某等3名全国人大代表提交了建议。"
    doc = clean("\n".join(["长兴某某科技有限公司", "", "下载客户端", "", headline, "", "某某新闻记者 王某",
                           "2019-03-08 17:22", "来源:某某新闻", "", first, BODY]))
    assert doc.title == headline and doc.text_original.splitlines() == [first, BODY]  # (the byline is furniture)


@pytest.mark.parametrize("raw, title", [("互助养老,农村养老中的乡土智慧 | 农经观察", "互助养老,农村养老中的乡土智慧"),
                                        ("庆祝中国计生协成立40周年|某某社区计生协携手某某中心入户送温暖",
                                         "庆祝中国计生协成立40周年|某某社区计生协携手某某中心入户送温暖")])
def test_a_short_name_after_a_bar_is_the_sites_and_a_long_one_the_titles(raw, title):
    assert clean_title(raw) == title


def test_a_headline_that_teases_with_an_ellipsis_is_the_title(clean):
    headline = "第1胎發20萬!某某某提案售地收入編生育津貼 結果是…"
    first = "〔記者某某某/屏東報導〕屏東縣人口直直落,縣議員某某某今天提案,縣府售地收入應用於編列生育津貼,頭胎每人發給20萬元。"
    doc = clean("\n".join(["限制級", "您即將進入之新聞內容 需滿18歲 方可瀏覽。", headline, "2021/12/24 16:33", first, BODY]))
    assert doc.title == headline and doc.text_original.splitlines() == [first, BODY]


def test_a_plans_title_run_into_its_addressees_without_their_colon_is_split_off(clean):
    line = ("2018年妇女联合会纪念“三八”妇女节108周年系列活动方案各乡镇妇联、县直机关妇委会2018年,是贯彻落实党的十九大精神,"
            "彰显妇联改革成效的重要一年。为庆祝“三八”妇女节108周年,经县妇联主席会议研究,在三八节期间开展系列纪念活动。")
    doc = clean(f"{line}\n{BODY}")
    assert doc.title == "2018年妇女联合会纪念“三八”妇女节108周年系列活动方案" and doc.text_original.startswith("各乡镇妇联")


def test_the_headline_above_the_date_row_beats_a_columns_name_printed_twice(clean):
    headline = "民盟某某市委主委某某某主持召开完善“全面二孩”配套政策月度协商专题调研会议"
    first = "11月9日上午,根据2017年度某某市政协月度协商座谈会计划,市政协副主席主持召开专题调研会议。"
    doc = clean("\n".join(["返回首页| 加入收藏", "当前位置:首页  >   市州传真", "市州传真", "市州传真", headline, "发布时间:2017-11-13",
                           first, BODY]))
    assert doc.title == headline
    # (and the column's name, the breadcrumb's last place, printed alone above it goes)
    assert doc.text_original.splitlines() == [first, BODY]


def test_a_book_readers_page_label_is_no_title_and_goes(clean):
    first = "令我没有想到的是,全国政协提案委按“急事急办、特事特办”的原则,在八届三次会议期间召开了协调会。"
    doc = clean("\n".join(["第8部分(第2/4 页)", first, BODY]))
    assert doc.title == "" and doc.text_original.splitlines() == [first, BODY]


def test_a_genre_after_the_titles_dash_is_no_site_name(clean):
    doc = clean(f"妥善處理跨境學童引伸的問題 – 發言\n主席,我感謝某某議員提出原議案。{BODY}")
    assert "發言" in doc.text_original


@pytest.mark.parametrize("head", [["上海新闻", "福建省计生协召开理事会"], ["福建省计生协召开理事会", "福建省计生协召开理事会", "联合早报"]])
def test_a_papers_or_columns_name_by_the_headline_is_neither_title_nor_text(clean, head):
    doc = clean("\n".join([*head, "本报讯 福建省计划生育协会昨日召开理事会,审议通过了年度工作报告。", "会议由常务副会长主持。"]))
    assert doc.title == "福建省计生协召开理事会" and doc.text_original.startswith("本报讯")


@pytest.mark.parametrize("head", [
    ["原创力文档", "首页 文档分类 VIP专区", "岚溪县计生协第四次会员代表大会工作报告.docx", "约12页 | 2022-07-10 发布"],
    ["悦读范文网 -", "专业的范文写作参考网站", "岚溪县计生协第四次会员代表大会工作报告"],
    ["360doc个人图书馆", "阅览室", "岚溪县计生协第四次会员代表大会工作报告", "2021-09-14 晴川书屋"],
    ["China Family Planning Association", "网站首页", "岚溪县计生协第四次会员代表大会工作报告"],
])
def test_a_text_page_that_opens_with_its_site_finds_the_title_below(head):
    draft = Title()(Draft(lines=[*head, "各位代表、同志们：", BODY], kind="text"))
    assert draft.facts["title"] == "岚溪县计生协第四次会员代表大会工作报告"


def test_a_numbered_heading_is_not_taken_for_the_title_below_a_site_name():
    draft = Title()(Draft(lines=["范文参考网", "三、要明确明年工作要点", BODY], kind="text"))
    assert not any(source == "head" for source, _ in draft.title_candidates)


@pytest.mark.parametrize("raw, title", [
    ("【讲话全文】在榆岭县计划生育协会第五次会员代表大会上的讲话", "在榆岭县计划生育协会第五次会员代表大会上的讲话"),
    ("计生协会员活动日致辞(共6篇)", "计生协会员活动日致辞"),
    ("村计生协会工作计划十篇", "村计生协会工作计划"),
    ("计生协会长讲话稿精选5篇", "计生协会长讲话稿"), ("社區計劃生育協會實用13篇", "社區計劃生育協會"),
    ("2023.04.27關於提振本澳出生率、優化育兒配套", "關於提振本澳出生率、優化育兒配套"), ("换届选举办法意见精编版", "换届选举办法意见"),
    ("全省人口排名_在全省人口计生工作创建示范典型座谈会上的典型材料", "在全省人口计生工作创建示范典型座谈会上的典型材料"),
    ("○  在人口宣传日上的电视讲话政府政务演讲稿  ○", "在人口宣传日上的电视讲话"),
    ("★計生協工作總結★", "計生協工作總結"),
    # the author's own words after the genre stay
    ("在理事会上的报告暨表态发言稿", "在理事会上的报告暨表态发言稿"),
    ("在全县计生协会议上的讲话稿", "在全县计生协会议上的讲话稿"),
    ("第三篇", "第三篇"),
    ("政 府 工 作 报 告", "政府工作报告"),
    ("演講比賽領導開場致辭(匯總16篇)", "演講比賽領導開場致辭"),
    ("镇妇联第三届执行委员会工作报告(2)", "镇妇联第三届执行委员会工作报告"),
    ("在全县计生协工作会议上的讲话(二)", "在全县计生协工作会议上的讲话(二)"),
    ("收藏《在全县计生协工作会议上的讲话》)", "在全县计生协工作会议上的讲话"),
    ("《工会活动领导致辞范文8篇》", "工会活动领导致辞"),
    ("“南关街道东市场社区开展计生推广活动”", "南关街道东市场社区开展计生推广活动"),
    ("关于印发《计生协工作要点》的通知", "关于印发《计生协工作要点》的通知"),
    ("积极作为 开拓创新", "积极作为 开拓创新"),
    ("\u6751\u6c11\u81ea\u6cbb\u7ae0\u7a0b.docVIP", "\u6751\u6c11\u81ea\u6cbb\u7ae0\u7a0b"),
    ("\u516c\u6587\u683c\u5f0f\u89c4\u8303WORD20\u9875", "\u516c\u6587\u683c\u5f0f\u89c4\u8303"),
    ("\u732e\u8840\u6d3b\u52a8\u603b\u7ed3\u65b0\u7f16", "\u732e\u8840\u6d3b\u52a8\u603b\u7ed3"),
    ("\u53bf\u5987\u8054\u5de5\u4f5c\u603b\u7ed3(\u6743\u5a01\u7248)", "\u53bf\u5987\u8054\u5de5\u4f5c\u603b\u7ed3"),
    ("\u6362\u5c4a\u9009\u4e3e\u5de5\u4f5c\u6b65\u9aa4\u5b89\u6392(\u2605)", "\u6362\u5c4a\u9009\u4e3e\u5de5\u4f5c\u6b65\u9aa4\u5b89\u6392"),
    ("\u5de5\u4f5c\u5fc3\u5f97\u4f53\u4f1a\u8303\u6587|\u8ba1\u751f\u5de5\u4f5c\u5fc3\u5f97\u4f53\u4f1a", "\u8ba1\u751f\u5de5\u4f5c\u5fc3\u5f97\u4f53\u4f1a"),
    ("\u81ea\u67e5\u62a5\u544a\u0420", "\u81ea\u67e5\u62a5\u544a"),
    ("\u5b66\u4e60\u8d44\u6599(\u4e8c)", "\u5b66\u4e60\u8d44\u6599(\u4e8c)"),  # a series number stays
    ("农村计划生育协会2023年工作方案【三篇】", "农村计划生育协会2023年工作方案"), ("乡镇计划生育工作汇报 (精选五篇)", "乡镇计划生育工作汇报"),
    # a sample site's length and search question after its category, its brackets before a decoration
    ("“计生协会发展障碍与对策研究”计划生育工作计划范文(5991字)", "计生协会发展障碍与对策研究"),
    ("村级计生协会工作计划怎么写", "村级计生协会工作计划"),
    # a file's copy number before its extension (a series number without one stays, above)
    ("2021年计划生育年终工作总结(一).doc", "2021年计划生育年终工作总结"),
    ("《“计生协会发展障碍与对策研究”计划生育工作计划》范文模板", "计生协会发展障碍与对策研究"),
    # a list's number, a listing's "hot" mark, a series' tag in brackets
    ("1.婦聯五年工作述職報告", "婦聯五年工作述職報告"), ("热门妇联工作报告(汇总17篇)", "妇联工作报告"),
    ("【開展慶祝國際護士節系列活動】慶祝“5·12”國際護士節大會主持詞", "慶祝“5·12”國際護士節大會主持詞"),
    ("5.8世界红十字纪念日主题演讲稿", "5.8世界红十字纪念日主题演讲稿"),
    # a collection's words after the genre: its "汇总", "范例", and a piece's number after "范文"
    ("村委會換屆選舉工作總結匯總", "村委會換屆選舉工作總結"), ("村委会工作报告范例6篇", "村委会工作报告"),
    ("村委会工作报告范文1", "村委会工作报告"),
    # a news site's media tag before its headline
    ("(影音)旅台某某同鄉會第2屆第3次會員大會圓滿達陣", "旅台某某同鄉會第2屆第3次會員大會圓滿達陣"),
    ("[视频]某某县计生协召开第五次会员代表大会", "某某县计生协召开第五次会员代表大会"),
    # a hyphen inside the quotes is the name's, no site's joint
    ("某县某镇举行“幸福工程-创建和谐家庭项目”启动仪式", "某县某镇举行“幸福工程-创建和谐家庭项目”启动仪式"),
    # the number a file's name is sorted by goes with its extension; a count or a year stays
    ("3计划生育管理经验交流材料.docx", "计划生育管理经验交流材料"), ("3个代表学习心得.doc", "3个代表学习心得"),
    ("2019年计生协工作总结.docx", "2019年计生协工作总结"), ("3计划生育管理经验交流材料", "3计划生育管理经验交流材料"),
    # a paywall's mark
    ("养老服务业发展情况调研报告[VIP]", "养老服务业发展情况调研报告"),
    # a photo's credit where a caption stands for the headline
    ("第二屆某某論壇大會在漢召開 通訊員 供圖", "第二屆某某論壇大會在漢召開"), ("某某协会成立大会召开 王某供图", "某某协会成立大会召开"),
    ("市计生协供图汇编", "市计生协供图汇编"),
    # a story's pictures and its page; a column's tag
    ("“单独二胎”有望重启?某某委:尚在研究中【图】( 二 )", "“单独二胎”有望重启?某某委:尚在研究中"),
    ("某某办回应放开二胎 称计划生育基本国策不会变[回顾]", "某某办回应放开二胎 称计划生育基本国策不会变"),
])
def test_clean_title_more_decoration(raw, title):
    assert clean_title(raw) == title


def test_a_speech_title_beats_the_sites_genre_heading():
    lines = ["鄉鎮計生資訊網（鏡像站）", "计生协会长讲话稿", "在全市计生协会长工作座谈会上的讲话", "同志们：", BODY]
    assert Title()(Draft(lines=lines, kind="text")).facts["title"] == "在全市计生协会长工作座谈会上的讲话"


def test_a_lead_above_the_titles_repeat_goes_with_it():
    note = "前几天去杨柳村参加他们村计生协换届,写了个讲话稿,放上来给大家参考,写得不好的地方请各位指正。"
    lines = [note, "在村计生协换届选举大会上的讲话", "各位会员代表、同志们:", BODY, BODY, BODY]
    draft = Title()(Draft(lines=lines, title_candidates=[("title_tag", "在村计生协换届选举大会上的讲话")]))
    assert draft.lines == lines[2:]
    # no text after the repeat: it is the page's heading printed after a short text, which stays
    draft = Title()(Draft(lines=[BODY, "在村计生协换届选举大会上的讲话"], kind="html",
                          title_candidates=[("title_tag", "在村计生协换届选举大会上的讲话")]))
    assert draft.lines == [BODY]


@pytest.mark.parametrize("speaker", ["省计生委主任", "省計生委主任 張楓", "县计生协常务副会长"])
def test_a_speakers_line_at_the_top_is_no_title(speaker):
    draft = Title()(Draft(lines=[speaker, BODY], kind="text"))
    assert draft.facts["title"] == ""
    assert draft.lines == [speaker, BODY]


def test_a_headline_split_after_a_connective_is_joined_and_its_pieces_go():
    lines = ["“世界人口日”宣传活动暨", "“幸福家庭”文艺汇演在城南举行", "“世界人口日”宣传活动暨", "“幸福家庭”文艺汇演",
             "在城南举行", BODY]
    draft = Title()(Draft(lines=lines, kind="text"))
    assert draft.facts["title"] == "“世界人口日”宣传活动暨“幸福家庭”文艺汇演在城南举行"
    assert draft.lines == [BODY]


def test_a_headline_in_pieces_that_want_their_objects_is_joined_and_a_section_under_it_stays():
    lines = ["为进一步做好", "计生特殊家庭关怀扶助工作", "某省多地计生协会开展", "形式多样的“暖心行动”", "杭州市", BODY]
    draft = Title()(Draft(lines=lines, kind="text"))
    assert draft.facts["title"] == "为进一步做好计生特殊家庭关怀扶助工作某省多地计生协会开展形式多样的“暖心行动”"
    assert draft.lines == ["杭州市", BODY]


def test_a_headline_split_above_a_byline_is_joined_and_the_byline_stays():
    draft = Title()(Draft(lines=["县计生协会", "召开七届二次理事会", "□记者 王小明", BODY], kind="text"))
    assert draft.facts["title"] == "县计生协会召开七届二次理事会"
    assert draft.lines == ["□记者 王小明", BODY]


def test_short_lines_with_no_byline_under_them_are_not_joined():
    draft = Title()(Draft(lines=["会议通知", "各乡镇计生协:", BODY], kind="text"))
    assert draft.facts["title"] == "会议通知"
    assert draft.lines[-2:] == ["各乡镇计生协:", BODY]


def test_a_newswire_dateline_is_no_title():
    draft = Title()(Draft(lines=["新华网北京11月21日电", "(记者王五)今天上午,全国计生协工作座谈会在京召开。"], kind="text"))
    assert draft.facts["title"] == ""
    assert len(draft.lines) == 2


@pytest.mark.parametrize("dateline", ["深圳讯", "多彩贵州网讯", "本報訊", "岳陽日報全媒體訊", "臺海網訊 據廈門日報道", "据新华社电"])
def test_a_dateline_alone_is_no_title_and_the_lines_under_it_are_text(dateline):
    fragment = "宮蒲光在發言中表示,將與理事會全體同仁一道,堅持政治引"  # a preview cut in its last line
    draft = Title()(Draft(lines=[dateline, "1月10日,市计生协在银湖会议中心举办新春团年饭活动。", fragment], kind="text"))
    assert draft.facts["title"] == ""
    assert draft.lines[0] == dateline and draft.lines[-1] == fragment


def test_a_sites_welcome_is_no_title():
    lines = ["欢迎来到【岳西热线·岳西中小企业公共服务平台】", "服务热线:", "岳西县在杭州市成立流动人口计划生育协会",
             "岳西热线讯 6月1日上午,岳西县驻杭州市流动人口计划生育协会成立大会在余杭区召开。"]
    draft = Title()(Draft(lines=lines, kind="text", facts={"listed_title": lines[2]}))
    assert draft.facts["title"] == "岳西县在杭州市成立流动人口计划生育协会"


def test_a_news_lead_above_a_caption_that_names_a_genre_stays():
    """A caption found among the lines is the only title there is: the paragraph above it is no editor's lead."""
    lead = "本网讯(记者 王五)4月6日,县计生协第三次会员代表大会开幕。县领导到会祝贺,县计生协常务副会长向大会作工作报告。"
    lines = [lead, "常务副会长作工作报告", "报告指出,过去五年,县计生协认真履行职责,为全县人口均衡发展做出了积极贡献。今后五年,要紧扣中心工作。"]
    draft = Title()(Draft(lines=lines, kind="text"))
    assert lead in draft.lines


@pytest.mark.parametrize("first", ["【组织建设】", "——在县计生协第三次会员代表大会上", "县长在会上讲话。新华社记者 王五 摄",
                                   "计生协工作讲话和文章 ..................", "某某新闻网讯(通讯员王五 李四)",
                                   '某某网<a href="">首页</a>'])
def test_a_column_a_subtitle_or_a_caption_is_no_first_line_title(first):
    draft = Title()(Draft(lines=[first, BODY], kind="text"))
    assert draft.facts["title"] == ""


@pytest.mark.parametrize("kicker, main", [("省计生协会长在全省理事会上强调", "牢牢把握主题主线"),
                                         ("国务院召开电视电话会议提出", "关爱女孩")])
def test_a_headlines_kicker_is_joined_to_its_main_line(kicker, main):
    draft = Title()(Draft(lines=[kicker, main, BODY], kind="text"))
    assert draft.facts["title"] == kicker + main
    assert draft.lines == [BODY]


def test_a_table_cells_label_is_no_title():
    draft = Title()(Draft(lines=["文 号 |", BODY], kind="text"))
    assert draft.facts["title"] == ""


@pytest.mark.parametrize("line, title", [
    ("在全县计生协工作会议上的讲话(精品)同志们:", "在全县计生协工作会议上的讲话"),
    ("在县计生协会员代表大会上的讲话各位代表、同志们:", "在县计生协会员代表大会上的讲话"),
    ("【计生协会员活动日致辞】尊敬的各位来宾:", "计生协会员活动日致辞"),
    ("在全縣計生協工作推進會議上的講話同志們:", "在全縣計生協工作推進會議上的講話"),
    # a sample site's word after the genre; a salutation with a comma in it
    ("在全县计生协工作会议上的讲话范文尊敬的各位领导,同志们:", "在全县计生协工作会议上的讲话"),
    ("在县计生协第三次代表大会上的讲话各位老领导,同志们:", "在县计生协第三次代表大会上的讲话"),
    # its genre first, its subject after a colon
    ("机关干部党课讲稿:深化医药卫生体制改革筑牢健康根基同志们:", "机关干部党课讲稿:深化医药卫生体制改革筑牢健康根基"),
])
def test_a_title_glued_to_the_salutation_is_split_off(line, title):
    draft = Title()(Draft(lines=[line, BODY], kind="text"))
    assert draft.facts["title"] == title
    assert draft.lines[0] == line[len(line) - len(draft.lines[0]):] and draft.lines[0].endswith(":")


@pytest.mark.parametrize("title, text", [
    ("\u53bf\u5987\u80542021\u5e74\u4e0a\u534a\u5e74\u5de5\u4f5c\u603b\u7ed3", "\u4eca\u5e74\u6765," + BODY),  # 今年来,
    ("\u533a\u4fa8\u52a1\u529e\u516c\u5ba4\u5de5\u4f5c\u603b\u7ed3\u62a5\u544a", "\u4e00\u3001\u5de5\u4f5c\u6982\u8ff0" + BODY),  # 一、工作概述
    ("\u6751\u7ea7\u8ba1\u5212\u751f\u80b2\u534f\u4f1a\u5de5\u4f5c\u5236\u5ea6", "1\u3001" + BODY),
    ("\u5e02\u6b8b\u8054\u9886\u5bfc\u73ed\u5b50\u4e94\u5e74\u5de5\u4f5c\u603b\u7ed3", "\u5e02\u6b8b\u8054\u81ea2021\u5e74\u4ee5\u6765," + BODY),  # the subject again
    ("街道计生协工作调研报告", "目前,我街道共有会员3000人," + BODY),
])
def test_a_title_running_on_into_the_first_line_of_text_is_split_off(title, text):
    draft = Title()(Draft(lines=[title + text, BODY], kind="text"))
    assert draft.facts["title"] == title
    assert draft.lines == [text, BODY]


@pytest.mark.parametrize("line", [
    "\u4eca\u5929\u7684\u4f1a\u8bae\u4e3b\u8981\u4efb\u52a1\u662f:\u603b\u7ed3\u4eca\u5e74\u6211\u53bf\u8ba1\u751f\u534f\u5de5\u4f5c," + BODY,  # 总结 after a colon
    "\u5e02\u8ba1\u751f\u534f\u5de5\u4f5c\u603b\u7ed3\u4f1a\u8bae\u4e8e5\u6708\u53ec\u5f00," + BODY,  # 总结会议于…
    "\u4e8c\u3001\u5173\u4e8e\u4f1a\u5458\u53d1\u5c55\u7684\u62a5\u544a\u4e00\u3001" + BODY,  # a heading's number first
])
def test_a_first_line_that_is_text_keeps_its_words(line):
    draft = Title()(Draft(lines=[line, BODY], kind="text"))
    assert draft.lines[0] == line


def test_a_hosts_script_glued_to_its_first_hosts_turn_has_its_title_split_off(clean):
    doc = clean(f"市庆祝国际护士节颁奖典礼主持词甲。尊敬的各位领导、各位嘉宾。乙。亲爱的观众朋友们。合。大家晚上好。甲:{BODY}")
    assert doc.title == "市庆祝国际护士节颁奖典礼主持词" and doc.text_original.startswith("甲。尊敬的")
    assert doc.doc_type == "主持词"


def test_a_date_line_run_into_the_salutation_and_the_first_sentence_is_split_with_no_title(clean):
    doc = clean(f"论文部分内容阅读\n(2014年9月2日)同志们:今天,某某培训班开班,我代表市妇联向全体学员表示热烈欢迎!{BODY}")
    assert doc.speech_date == "2014-09-02" and doc.doc_type == "讲话"
    assert doc.text_original.splitlines()[:2] == ["(2014年9月2日)", "同志们:"]


@pytest.mark.parametrize("day", ["(2025年2月23日)", "(201x年2月6日)"])  # (a template may leave out the year's last figure)
def test_a_date_between_a_glued_title_and_its_salutation_is_the_date_line(day):
    draft = Title()(Draft(lines=[f"在县计生协成立大会上的讲话{day}各位同志、各位会员:" + BODY], kind="text"))
    assert draft.facts["title"] == "在县计生协成立大会上的讲话"
    assert draft.lines == [day, "各位同志、各位会员:" + BODY]


def test_a_title_the_site_called_a_sample_is_no_site_name():
    """"…工作报告范文" ends as a site's name ("第一范文") does, but names a document."""
    draft = Title()(Draft(lines=["村计生协三年工作报告范文", BODY, BODY], kind="text"))
    assert draft.facts["title"] == "村计生协三年工作报告"
    draft = Title()(Draft(lines=["第一范文", "村计生协三年工作报告", BODY], kind="text"))
    assert draft.facts["title"] == "村计生协三年工作报告"


def test_a_hosts_turn_that_lost_its_name_is_text_and_the_banner_names_the_script(clean):
    page = ["下面是小编为大家整理的2022年度青春助老联欢会主持词,供大家参考。", ":尊敬的各位领导 各位来宾", "乙:亲爱的老年朋友们", "合:大家好!", BODY]
    doc = clean("\n".join(page))
    assert doc.title == "2022年度青春助老联欢会主持词" and doc.text_original.startswith(":尊敬的各位领导")


def test_a_letters_salutation_between_the_titles_two_prints_is_the_letters(clean):
    page = ["某某文學吧", "愛心公益聯盟志願獻血優秀倡議書", "書信函1.66W", "全社會廣大愛心人士:", "愛心公益聯盟志願獻血優秀倡議書", BODY]
    doc = clean("\n".join(page))
    assert doc.title == "愛心公益聯盟志願獻血優秀倡議書" and doc.text_original.splitlines() == ["全社會廣大愛心人士:", BODY]


def test_a_pieces_number_glued_between_the_titles_print_and_the_text_goes(clean):
    first = "高庄乡位于安阳市区东南部,面积58平方公里,辖27个行政村,人口5.2万,耕地6.5万亩。"
    doc = clean("\n".join(["村务公开工作总结", "村务公开工作总结1" + first, BODY]))
    assert doc.title == "村务公开工作总结" and doc.text_original.splitlines() == [first, BODY]
    # a date's number is the text's
    doc = clean("\n".join(["村务公开工作总结", "村务公开工作总结3月以来,高庄乡党委、政府把难点村治理作为一项重要工作来抓。", BODY]))
    assert doc.text_original.startswith("3月以来")


def test_a_press_offices_topic_over_its_headline_is_neither_title_nor_text(clean):
    doc = clean("\n".join(["(香港貧窮情況):", "2017年香港貧窮情況分析記者會答問全文", "2018年11月20日 星期二", BODY, BODY]))
    assert doc.title == "2017年香港貧窮情況分析記者會答問全文" and "貧窮情況):" not in doc.text_original


@pytest.mark.parametrize("site", ["中國臺灣網移動版", "中新網福建新聞正文"])
def test_a_sites_mobile_name_and_its_story_label_are_no_title(site):
    draft = Title()(Draft(lines=[site, "福建省第十一次歸僑僑眷代表大會在榕開幕", BODY, BODY], kind="text"))
    assert draft.facts["title"] == "福建省第十一次歸僑僑眷代表大會在榕開幕"


def test_a_columns_name_is_no_title():
    from cleaners.title import _NOT_TITLE

    assert _NOT_TITLE.search("慈善资讯") and _NOT_TITLE.search("工作动态") and not _NOT_TITLE.search("慈善资讯平台建设方案")


def test_a_headline_about_a_visit_to_a_centre_is_no_site_name():
    """"…健康中心" ends as a body's site name does, but a visit to it is news."""
    draft = Title()(Draft(lines=["某某司長訪長者健康中心", "2018年8月14日", BODY, BODY], kind="text"))
    assert draft.facts["title"] == "某某司長訪長者健康中心"
    draft = Title()(Draft(lines=["人物访谈网", "村计生协三年工作报告", BODY], kind="text"))
    assert draft.facts["title"] == "村计生协三年工作报告"


@pytest.mark.parametrize("first", ["尊敬的主席女士,", "各位代表、同志们:", "亲爱的老师们、同学们:", "2、民生工程"])
def test_a_salutation_or_a_later_heading_first_is_text_not_title(first):
    """A page that starts with a speech's salutation, or a heading numbered past one (the preview's second
    page), has begun its text: no line of it is the title."""
    draft = Title()(Draft(lines=[first, BODY, BODY], kind="text"))
    assert draft.facts["title"] == ""
    assert draft.lines == [first, BODY, BODY]


def test_a_numbered_heading_with_a_genres_word_is_no_decorated_title():
    lines = ["同志们:", "一、协会工作建议", "1、开展新家庭计划“少生快富”项目活动", BODY]
    draft = Title()(Draft(lines=["在全县计生协工作会议上的讲话", *lines], kind="text"))
    assert draft.lines == lines


def test_a_file_name_label_names_the_title():
    draft = Title()(Draft(lines=["文件名称:计生协服务中心运营方案(通用3).docx", BODY], kind="text"))
    assert draft.facts["title"] == "计生协服务中心运营方案"
    assert draft.lines == [BODY]


def test_a_sentence_that_runs_into_a_greeting_is_not_split():
    line = "我代表县政府讲话同志们要注意安全。"
    draft = Title()(Draft(lines=[line, BODY], kind="text"))
    assert draft.lines == [line, BODY]


def test_the_listed_headline_beats_its_first_half():
    """A headline printed above the page's date row, which Paragraphs split at its space."""
    draft = Draft(lines=["县计生协开展“5.29”集中宣传", "服务月活动", BODY], kind="text")
    draft.facts["listed_title"] = "县计生协开展“5.29”集中宣传 服务月活动"
    draft = Title()(draft)
    assert draft.facts["title"] == "县计生协开展“5.29”集中宣传 服务月活动"
    assert draft.lines == [BODY]


def test_a_title_printed_twice_at_the_start_of_the_text():
    line = "2023年县计生协工作回顾与展望2023年县计生协工作回顾与展望引言近年来，我县计生协工作取得了长足进步。"
    draft = Title()(Draft(lines=[line, BODY], kind="text"))
    assert draft.facts["title"] == "2023年县计生协工作回顾与展望"
    assert draft.lines == ["引言近年来，我县计生协工作取得了长足进步。", BODY]
    assert [r.text for r in draft.removed] == ["2023年县计生协工作回顾与展望"] * 2


def test_a_title_printed_three_times_at_the_start_of_the_text_keeps_no_copy_in_it():
    title = "在县计生协服务中心落成仪式上的讲话"
    line = title * 3 + "在县计生协综合服务中心揭牌仪式上的讲话各位领导、同志们:今天,我们在这里隆重举行揭牌仪式。"
    draft = Title()(Draft(lines=[line, BODY], kind="text"))
    assert draft.facts["title"] == title
    assert draft.lines[0].startswith("在县计生协综合服务中心揭牌仪式上的讲话")
    assert "".join(r.text for r in draft.removed) == title * 3


HEADLINE = "副会长在某市计生协工作会议上的讲话"
BYLINE = "市计生协副会长、秘书长某某在某市计生协工作会议上的讲话"


def test_a_title_run_into_its_byline_its_date_and_the_text_is_parted(clean):
    doc = clean(HEADLINE + BYLINE + "(2006年3月31日)" + BODY + "\n" + BODY2)
    assert doc.title == HEADLINE
    assert doc.speech_date == "2006-03-31"
    assert doc.text.split("\n")[:3] == [BYLINE, "(2006年3月31日)", BODY]


def test_a_byline_naming_its_speaker_under_the_title_is_the_texts_not_the_title(clean):
    doc = clean("\n".join([HEADLINE, BYLINE, "(2006年3月31日)", BODY, BODY2]))
    assert doc.title == HEADLINE
    assert doc.text.startswith(BYLINE + "\n")


def test_dashes_printed_twice_are_no_title():
    line = "—" * 40 + "(乙方)签订计划生育目标责任书如下:"
    draft = Title()(Draft(lines=["计划生育目标管理责任书", line, BODY], kind="text"))
    assert line in draft.lines


def test_a_bracketed_title_with_a_field_under_it_on_its_line():
    draft = Title()(Draft(lines=["【2022年村计生协会议记录】会议时间:2022年4月15日", BODY], kind="text"))
    assert draft.facts["title"] == "2022年村计生协会议记录"
    assert draft.lines == ["会议时间:2022年4月15日", BODY]


def test_a_previews_page_number_before_a_title_printed_twice():
    line = "1、乡镇计生协会工作汇报乡镇计生协会工作汇报一、积极推行计划生育村民自治，努力提高协会的工作能力。"
    draft = Title()(Draft(lines=["乡镇计生协会工作汇报", line, BODY], kind="text"))
    assert draft.facts["title"] == "乡镇计生协会工作汇报"
    assert draft.lines == ["一、积极推行计划生育村民自治，努力提高协会的工作能力。", BODY]


def test_a_previews_page_thumbnails_name_the_document(clean):
    """Navigation takes the thumbnails' captions; the name in them is the title."""
    name = "\u8ba1\u5212\u751f\u80b2\u534f\u4f1a\u5de5\u4f5c\u6c47\u62a5"
    thumbs = "\n".join(f"{name}(1)_\u7b2c{k}\u9875" for k in range(1, 16))
    doc = clean(f"{thumbs}\n\u5168\u6587\u9884\u89c8\u5df2\u7ed3\u675f\n{BODY}\n{BODY}")
    assert doc.title == name
    assert "_\u7b2c" not in doc.text_original


@pytest.mark.parametrize("first", [
    "（区委宣传部 辛志锋）5月26日下午，区委礼堂内欢歌笑语，掌声阵阵。由街道办事处举办的“婚育新风进万家”",
    "9月25日，五彩青春",
    "一.指导思想",
])
def test_a_line_where_the_text_has_begun_is_no_title(clean, first):
    doc = clean("\n".join([first + " 演讲比赛活动正在这里举行，来自5个社区的13名选手参加了比赛。",
                           "各级计生协要积极发挥群众组织的特有优势，坚持以人为本，把服务和维权作为今后工作的重要抓手。"]))
    assert doc.title == ""
    assert doc.text_original.startswith(first)


@pytest.mark.parametrize("raw, title", [
    ("流动人口计划生育工作总结【3篇】9-2-79", "流动人口计划生育工作总结"),
    ("《中国人口报》惠州市四级联动开展生育关怀志愿服务", "惠州市四级联动开展生育关怀志愿服务"),
    ("【寨沙镇】开展计生协会员活动日", "开展计生协会员活动日"),
    ("篇1:计划生育调研报告范文关于乡镇计划生育工作现状的调查报告", "关于乡镇计划生育工作现状的调查报告"),
    ("关于开展5-29会员活动日的通知", "关于开展5-29会员活动日的通知"),
    ("《计划生育协会章程》", "计划生育协会章程"),
    # a site's category before a speech's own title, a preview's page number, counts and notes after it
    ("计生协演讲稿:为女孩撑起一片关爱的蓝天", "为女孩撑起一片关爱的蓝天"),
    ("1、乡镇计生协年度工作总结模板", "乡镇计生协年度工作总结"),
    ("村计生协工作总结报告(实用3篇)", "村计生协工作总结报告"), ("计生协服务中心运营方案(通用3)", "计生协服务中心运营方案"),
    ("在村计生协换届选举大会上的讲话文档", "在村计生协换届选举大会上的讲话"),
    ("署长出席计生协会庆典礼致辞全文(只有中文)", "署长出席计生协会庆典礼致辞"),
    ("平等機會委員會主席林某女士致辭(只備繁體版)", "平等機會委員會主席林某女士致辭"),
    ("计生工作心得体会( 二 )", "计生工作心得体会"), ("世界人口日演讲稿(二)", "世界人口日演讲稿"),
    ("计生协工作总结范文优选实用汇总5篇", "计生协工作总结"),
    ("在全县计生协会议上的讲话(二)", "在全县计生协会议上的讲话(二)"),  # (a speech in parts keeps its part's number)
    # a news column's tag before the headline, the picture mark after it, a sharing site's category after a quoted name
    ("【5.29会员活动日】松江、嘉定:开展主题宣传服务活动", "松江、嘉定:开展主题宣传服务活动"),
    ("[社会民生]「香港義工獎 2023」頒獎禮", "「香港義工獎 2023」頒獎禮"), ("“思源工程”2022年公益支出超9亿元******", "“思源工程”2022年公益支出超9亿元"), ("[专家访谈]“全面两孩”实施这一年", "“全面两孩”实施这一年"),
    ("张家山镇举行纪念“5.29”暨计生协会成立大会(图)", "张家山镇举行纪念“5.29”暨计生协会成立大会"),
    ("“乡镇计划生育协会工作汇报”计划生育工作计划", "乡镇计划生育协会工作汇报"),
    ("“计生协会发展障碍与对策研究”计划生育工作计划-推荐通用稿", "计生协会发展障碍与对策研究"),
    ("世界速读:县计生协召开五届三次理事会", "县计生协召开五届三次理事会"),
    ("在全县计生协工作会议上的讲话,", "在全县计生协工作会议上的讲话"),
    # the author's own words stay
    ("1、加强计生协组织建设", "1、加强计生协组织建设"), ("计生协演讲比赛获奖作品选登", "计生协演讲比赛获奖作品选登"),
    ("“婚育新风进万家”活动实施方案", "“婚育新风进万家”活动实施方案"), ("【讲话】在全县大会上", "【讲话】在全县大会上"),
    ("市计生协召开会议部署工作(附图表)", "市计生协召开会议部署工作(附图表)"),
    # (a place's short name in brackets, its division's word after them, is the headline's subject)
    ("【瓯海】区托育行业协会成立大会召开!", "【瓯海】区托育行业协会成立大会召开!"),
    # (a sample site's length after the genre, bare: the author's count of words in a title stays)
    ("協會年度工作報告參考8000字", "協會年度工作報告"), ("县计生协上半年工作总结2000字", "县计生协上半年工作总结"),
    ("关于800字作文的思考", "关于800字作文的思考"), ("助残活动领导讲话稿(专业19篇)", "助残活动领导讲话稿"),
    ("某市人民政府办公室关于印发某市养老托育领域实施方案的通知(有效)", "某市人民政府办公室关于印发某市养老托育领域实施方案的通知"),
    ("某省计划生育奖励办法(已废止)", "某省计划生育奖励办法"),
    # (a title printed again in brackets after itself)
    ("2022年村妇联工作总结汇报(2022年村妇联工作总结汇报)", "2022年村妇联工作总结汇报"),
])
def test_a_papers_name_a_places_tag_a_category_and_a_sites_code_are_no_part_of_the_title(raw, title):
    assert clean_title(raw) == title


def test_a_reposts_original_headline_is_the_title_when_the_page_prints_none(clean):
    doc = clean("\n".join(["原标题：市计生协到桃城区调研婚育文化建设", BODY, BODY]))
    assert doc.title == "市计生协到桃城区调研婚育文化建设"


def test_a_headline_split_at_its_spaces_is_the_title_whole_not_its_last_piece(clean):
    headline = "在全县计生协“会员活动月” ——2020“敬老爱老  向上向善”主题书画 展示活动上的讲话"
    doc = clean("\n".join([headline, "发布时间:2024-03-26 08:30:17 来源:社会联络部", "(2020年10月20日)", "同志们:", BODY, BODY]))
    assert doc.title.replace(" ", "") == headline.replace(" ", "")


@pytest.mark.parametrize("first", ["关闭此视窗", "预览加载中,请您耐心等待几秒...", "1985年10月25日人民日报", "某某妇联网消息",
                                   "天眼第三代网站~请多多来站光临!", "《中国妇女报》", "当前报章为 第20110131号",
                                   "台灣新生報", "汇报人:WPS"])
def test_a_windows_button_a_loader_a_masthead_a_source_tag_or_a_welcome_is_no_title(first):
    draft = Title()(Draft(lines=[first, "县计生协召开五届三次理事会", BODY], kind="text"))
    assert draft.facts["title"] == "县计生协召开五届三次理事会"


def test_a_bodys_name_over_its_headline_printed_again_as_one_line_is_the_title_and_a_padded_counter_goes(clean):
    text = "一、依据本会组织章程第十六条:本会置理事十一人、监事三人,由会员选举之,分别成立理事会、监事会。"
    doc = clean("\n".join(["社团法人某市野鸟学会", "第十八届理事及监事选举公告", "00029926",
                           "社团法人某市野鸟学会第十八届理事及监事选举公告", text, BODY]))
    assert doc.title == "社团法人某市野鸟学会第十八届理事及监事选举公告" and doc.text_original.splitlines() == [text, BODY]


def test_a_tables_source_over_a_story_is_no_title(clean):
    story = "某某网北京5月6日消息,某某会第十次全国会员代表大会当日在京闭幕,会议选举产生了新一届理事会。"
    doc = clean("\n".join(["【23abc.com-爱上某-教育信息门户网】", "表格来源:某某会官方网站", story, BODY]))
    assert doc.title == ""


def test_a_speakers_label_is_no_title_and_a_background_label_leaves_its_title():
    assert clean_title("【致辞背景】某市计生协动员大会致辞") == "某市计生协动员大会致辞"
    draft = Title()(Draft(lines=["【致辞人】某市计生协", "县计生协召开五届三次理事会", BODY], kind="text"))
    assert draft.facts["title"] == "县计生协召开五届三次理事会"


def test_a_sites_tag_before_a_title_printed_twice(clean):
    title = "副市长在全市计生协工作会议上的讲话"
    doc = clean(f"【计生讲话】{title}{title}这次全市计生协工作会议是市政府研究决定召开的一次重要会议。" + BODY)
    assert doc.title == title and doc.text_original.startswith("这次全市")


@pytest.mark.parametrize("byline", ["本報記者周文", "记者林重鎣/台中报导", "发自北京", "□记者 陈晓苏", "福建妇联新闻网10月27日讯?"])
def test_a_reporters_byline_at_the_top_is_no_title(byline):
    draft = Title()(Draft(lines=[byline, BODY], kind="text"))
    assert draft.facts["title"] == ""
    assert draft.lines == [byline, BODY]


def test_a_photo_caption_under_a_storys_lead_is_no_title_and_the_lead_stays():
    lead = "2月20日，全国关工委办公室工作座谈会在北京召开。中国关工委主任顾秀莲出席会议并讲话，常务副主任主持上午会议。"
    lines = [lead, "中国关工委主任顾秀莲出席会议并讲话", "顾秀莲在讲话中指出，" + BODY, BODY]
    draft = Title()(Draft(lines=lines, kind="text"))
    assert draft.facts["title"] == ""
    assert draft.lines == lines


@pytest.mark.parametrize("line, title, text", [
    # a sharing site's label before a title that runs on into the text
    ("文档介绍:城关镇计划生育工作汇报材料今年以来,在县委、县政府的正确领导下,全镇上下坚持以科学发展观为统领,扎实开展各项工作。",
     "城关镇计划生育工作汇报材料", "今年以来,在县委、县政府的正确领导下,全镇上下坚持以科学发展观为统领,扎实开展各项工作。"),
    # a sample site's "范文篇一" between the title and the text
    ("妇幼卫生工作总结范文篇一20**年,在市委市政府的高度重视和支持下,全市妇幼保健围绕工作重点,坚持以保健为中心。",
     "妇幼卫生工作总结", "20**年,在市委市政府的高度重视和支持下,全市妇幼保健围绕工作重点,坚持以保健为中心。"),
    # an anniversary's summary, the day its text opens with glued on (what was published is no speaker's announcing)
    ("纪念925公开信发表三十周年活动总结2010年9月29日下午,由街道办事处与学院心协共同举办的纪念活动顺利拉开序幕。",
     "纪念925公开信发表三十周年活动总结", "2010年9月29日下午,由街道办事处与学院心协共同举办的纪念活动顺利拉开序幕。"),
    # a village's plan, its text opening with the village as "we"
    ("关于开展计划生育先进示范村实施意见我村为进一步强化基层基础工作,更好地发挥村级在计划生育服务中的基础作用。",
     "关于开展计划生育先进示范村实施意见", "我村为进一步强化基层基础工作,更好地发挥村级在计划生育服务中的基础作用。"),
])
def test_a_title_run_on_into_the_text_after_a_label_or_before_a_samples_number(line, title, text):
    draft = Title()(Draft(lines=[line, BODY], kind="text"))
    assert draft.facts["title"] == title
    assert draft.lines == [text, BODY]


def test_an_archives_record_titles_its_text_before_a_colon_and_its_note_is_the_date_line(clean):
    """A catalogue's record: the report's title, its date and meeting in brackets, a colon, then the text."""
    text = "甲、八十一年七至十二月重要工作績效:壹、加強精神病防治、照顧慢性病人;貳、加強愛滋病及登革熱防治。"
    doc = clean("衛生處林處長克炤工作報告(中華民國八十二年四月二日第九屆第七次定期大會第四次會議):" + text)
    assert doc.title == "衛生處林處長克炤工作報告" and doc.speech_date == "1993-04-02"
    assert doc.text_original.split("\n") == ["(中華民國八十二年四月二日第九屆第七次定期大會第四次會議):", text]
    doc = clean("衛生處處長許子秋工作報告:這十年計劃中分析了甚麼呢?一、現行的衛生組織不能適合本省的需要,衛生機關的員額需要檢討。")
    assert doc.title == "衛生處處長許子秋工作報告" and doc.text_original.startswith("這十年計劃")


def test_a_speaker_announcing_a_report_with_a_colon_is_no_title():
    line = "我代表第五届理事会向大会作工作报告:一、过去五年的工作回顾。五年来,在县委、县政府的正确领导下,协会工作取得新进展。"
    draft = Title()(Draft(lines=[line, BODY], kind="text"))
    assert not draft.facts.get("title")
    assert draft.lines == [line, BODY]


def test_a_salutation_running_on_in_its_line_is_no_title_and_stays():
    opening = "尊敬的各位领导,各位来宾,欢迎来到由区计生协会在此举办的纪念“7.11世界人口"
    rest = "日”大型广场宣传活动的现场。今年是第19个世界人口日,我们开展主题宣传活动。"
    draft = Title()(Draft(lines=[opening, rest, BODY], kind="text"))
    assert draft.lines == [opening, rest, BODY]
    assert not draft.facts.get("title")


@pytest.mark.parametrize("lead, title", [
    ("本站小编为你精心准备了乡镇计生协会总结和下年计划参考范文,愿这些范文能激发您的写作灵感。欢迎深入阅读并收藏。",
     "乡镇计生协会总结和下年计划"),
    ("本站小編為你精心準備了2014年計劃生育協會工作要點4篇參考范文,願這些范文能激發您的寫作靈感。",
     "2014年計劃生育協會工作要點"),
])
def test_the_editors_lead_names_the_title_of_a_page_that_prints_none(clean, lead, title):
    doc = clean("\n".join([lead, "一、**年工作总结", BODY, BODY]))
    assert doc.title == title
    assert doc.text_original.startswith("一、**年工作总结")


def test_an_outline_heading_is_no_title(clean):
    doc = clean("\n".join(["一、**年工作总结", BODY, "二、**年工作计划", BODY]))
    assert doc.title == ""
    assert doc.text_original.startswith("一、**年工作总结")


def test_a_list_of_headlines_that_holds_the_title_goes_and_the_date_above_the_story_dates_the_page(clean):
    """An e-paper prints its page's headlines, then the day's date, then the story under its headline."""
    page = ["第A3版:要闻", "3上一版  下一版4", "全省春耕生产全面展开", "县计生协召开五届三次理事会", "城区新增三所幼儿园",
            "高速公路服务区完成改造", "3上一篇  下一篇4 2016年5月19日 放大 缩小 默认", "县计生协召开五届三次理事会",
            "本报讯 18日,县计划生育协会召开五届三次理事会,审议通过了常务理事会工作报告。",
            "会议由县计生协常务副会长主持,县委副书记出席会议并讲话。"]
    doc = clean("\n".join(page))
    assert doc.title == "县计生协召开五届三次理事会"
    assert doc.text_original.startswith("本报讯") and doc.published == "2016-05-19" and doc.speech_date is None


def test_a_title_printed_twice_with_its_speakers_line_between_keeps_the_line(clean):
    doc = clean("\n".join(["在县计生协会员代表大会上的讲话", "县委副书记 王小明", "在县计生协会员代表大会上的讲话", "同志们:",
                           "今天,县计生协第四次会员代表大会隆重开幕了,我代表县委向大会表示祝贺。"]))
    assert doc.text_original.startswith("县委副书记 王小明") and doc.speaker == "王小明"


def test_the_title_printed_again_inside_the_text_goes(clean):
    title = "乡镇人口计生工作总结及下年工作计划"
    doc = clean("\n".join([title, "今年以来,我乡计生协在乡党委、政府的领导下,扎实开展各项工作,取得了较好成效。", title,
                           "一、基本情况", "全乡共有会员1200人,建立会员小组36个。"]))
    assert doc.title == title and title not in doc.text_original


def test_a_forwarded_plans_heading_is_the_title_of_an_untitled_notice(clean):
    doc = clean("\n".join(["各村计生协、区内各企业:", "现将《开发区计划生育协会2017年工作思路》印发给你们,请认真贯彻落实。",
                           "开发区管委会", "2017年2月17日", "开发区2017年计划生育协会工作思路",
                           "2017年开发区计生协会工作,将继续深入贯彻落实上级精神,顺应生育政策调整完善的新形势新任务。"]))
    assert doc.title == "开发区2017年计划生育协会工作思路"


def test_an_entrys_name_over_the_definition_it_opens_is_the_title(clean):
    doc = clean("\n".join(["某某省计划生育协会", "某某省计划生育协会(简称省计生协)是全省性群众团体,成立于1985年。",
                           "它是党和政府联系育龄群众的桥梁和纽带。"]))
    assert doc.title == "某某省计划生育协会" and doc.text_original.startswith("某某省计划生育协会(简称")


def test_a_sites_name_over_its_welcome_is_still_the_sites(clean):
    doc = clean("\n".join(["某某区计划生育协会", "某某区计划生育协会欢迎您! 今天是:2024年1月22日 星期一",
                           "某某区计划生育协会2023年工作总结", "2023年,区计生协在区委的领导下,扎实开展各项工作,取得了较好成效。",
                           "一是加强组织建设,二是做好宣传服务。", "某某区计划生育协会", "2024年1月15日"]))
    assert doc.title == "某某区计划生育协会2023年工作总结" and doc.text_original.endswith("某某区计划生育协会\n2024年1月15日")


@pytest.mark.parametrize("opening", ["9月12日,由县计生协主办的救助贫困母亲项目启动仪式在高田乡举行,县领导出席。",
                                     "素有“海上明珠”之称的某某岛,在母亲节这天,镇计划生育协会开展庆祝母亲节活动。"])
def test_a_sites_slogan_glued_before_the_first_sentence_goes_with_its_lines_above(clean, opening):
    doc = clean("\n".join(["幸福工程", "帮助困境母亲,建设幸福家庭幸福工程", "帮助困境母亲,建设幸福家庭" + opening, BODY]))
    assert doc.text_original.startswith(opening) and doc.title == ""


def test_a_post_stamp_over_a_first_sentence_dated_alike_is_no_slogan(clean, run_step):
    first = "2024年6月22日,县老年人体育协会召开了元老座谈会,出席本次座谈会的有历届老体协的老主席、老秘书长共20余人。"
    doc = clean("\n".join(["县老年人体育协会 召开元老座谈会", "2024年6月23日15:47:14县老年人体育协会 召开元老座谈会", first, BODY]))
    assert first in doc.text_original.splitlines()
    assert doc.published == "2024-06-23"
    # (at the Title step, with the stamp still there)
    lines = ["县老年人体育协会 召开元老座谈会", "2024年6月23日15:47:14县老年人体育协会", "召开元老座谈会已关闭评论556 次浏览", first, BODY]
    assert first in run_step(Title(), lines).lines


def test_a_lead_that_repeats_its_headlines_words_keeps_them(clean):
    doc = clean("\n".join(["县计生协召开换届大会", "县计生协召开换届选举大会,选举产生了新一届理事会。", BODY]))
    assert doc.text_original.startswith("县计生协召开换届选举大会")


def test_a_signature_that_names_the_body_an_entry_is_titled_by_stays(clean):
    doc = clean("\n".join(["某某县计划生育协会", "某某县计划生育协会(简称县计生协)是全县性群众团体,成立于1985年。",
                           "它是党和政府联系育龄群众的桥梁和纽带。", "某某县计划生育协会"]))
    assert doc.title == "某某县计划生育协会" and doc.text_original.endswith("纽带。\n某某县计划生育协会")


def test_a_speechs_title_glued_to_its_salutation_on_a_sharing_site(clean):
    doc = clean("\n".join(["计划生育工作的演讲稿(1)各位领导、各位评委:大家好!今天我要说战斗在计生战线的工作者们。", BODY]))
    assert doc.title == "计划生育工作的演讲稿" and doc.text_original.startswith("各位领导")


def test_what_a_byline_leaves_after_a_sites_separator_is_no_title(clean):
    doc = clean("\n".join(["本报记者_曾小萍 本报讯 为广泛宣传关爱女孩的思想,近日,某街道计生协在兰峰社区开展专项宣传活动。", BODY]))
    assert doc.title == ""


def test_a_mastheads_supervisor_line_is_no_title(clean):
    doc = clean("\n".join(["新华通讯社主管", "首页 >> 正文", "全省托育服务宣传月启动仪式在南平启幕",
                           "5月18日,全省托育服务宣传月启动仪式在南平市举行,活动以普惠托育为主题。", BODY]))
    assert doc.title == "全省托育服务宣传月启动仪式在南平启幕"


def test_a_sites_motto_above_the_title_goes_and_one_inside_the_text_stays(clean):
    body = ["同志们：", "今天，我们召开全县妇联系统工作会议，总结去年工作，部署今年任务。下面，我讲三个方面的意见。",
            "巾帼心向党 奋进新征程", "过去一年，全县各级妇联组织团结引领广大妇女听党话、跟党走，各项工作取得了新成效。"]
    page = ["某某县妇女联合会", "巾帼心向党 奋进新征程", "首页 | 妇联概况 | 工作动态 | 巾帼风采 | 信息公开",
            "在全县妇联系统2024年工作会议上的讲话", *body]
    doc = clean("\n".join(page))
    assert doc.title == "在全县妇联系统2024年工作会议上的讲话"
    assert doc.text_original == "\n".join(body)


def test_a_title_run_on_into_a_first_sentence_the_page_broke_at_a_space_keeps_the_sentences_start(clean):
    first = "2016年计生协“5.29”活动总结今年5月29日是中国计生协 成立30周年纪念日,市以“协会服务行动拓展年活动”作为今年协会活动日的主题内容,广泛发动理事、会员积极参与。"
    rest = "各区县以召开理事扩大会议、制定活动文件、举办培训班等形式,普遍进行了活动部署,取得了良好效果。"
    doc = clean("\n".join([first, rest]))
    assert doc.title == "2016年计生协“5.29”活动总结"
    assert "".join(doc.text_original.split()).startswith("今年5月29日是中国计生协成立30周年纪念日")


def test_a_news_storys_kicker_and_its_date_under_the_headline_go_and_date_the_page(clean):
    story = ["中新网香港四月二十三日消息:香港家计会的一项调查发现,受访青少年的性知识有倒退现象,调查每五年进行一次。",
             "该项调查最新一次于去年进行,一共访问了近六千名青少年,调查结果已提交有关部门参考。"]
    doc = clean("\n".join(["调查显示", "香港青少年的性知识有倒退现象", "2002年04月24日", *story]))
    assert doc.title == "香港青少年的性知识有倒退现象"
    assert doc.text_original == "\n".join(story)
    assert doc.published == "2002-04-24" and doc.speech_date is None


def test_an_issuer_over_a_title_and_a_speech_date_under_it_stay(clean):
    body = ["同志们:", "今天,我们召开全县计生协工作会议,主要任务是总结去年工作,部署今年任务。下面,我讲三点意见。"]
    doc = clean("\n".join(["县计生协", "在全县计生协工作会议上的讲话", "2023年3月1日", *body]))
    assert doc.speech_date == "2023-03-01" and "同志们" in doc.text_original


def test_a_first_line_of_clauses_is_the_text_and_no_title():
    line = "12.18日是计生协会成立的日子,元旦也即将到来,根据县计生局的要求借助这个时机,我乡召开“12.18”宣传服务活动会议"
    draft = Title()(Draft(lines=[line, BODY], kind="text"))
    assert draft.facts["title"] == "" and draft.lines == [line, BODY]


def test_a_storys_subheadline_on_who_spoke_is_no_title_and_goes_with_the_headline(clean):
    story = ["2月25日下午,全省卫生健康工作会议在兰州召开。省政府副省长何伟出席会议并讲话。", "何伟指出,我省卫生健康事业取得显著成效。"]
    doc = clean("\n".join(["全省卫生健康工作会议召开", "何伟出席并讲话", *story]))
    assert doc.title == "全省卫生健康工作会议召开" and doc.text_original == "\n".join(story)


def test_a_title_found_only_as_a_heading_under_a_cover_notice_stays_in_the_text(clean):
    lines = ["本委各局办、各行政村、区内各企业:", "现将《开发区计划生育协会2017年工作思路》印发给你们,请认真贯彻落实。", "某某开发区管委会",
             "2017年2月17日", "开发区2017年计划生育协会工作思路", "2017年开发区计生协会工作,将继续深入贯彻落实上级精神,做好各项工作。"]
    doc = clean("\n".join(lines))
    assert doc.title == "开发区2017年计划生育协会工作思路" and doc.text_original == "\n".join(lines)


def test_a_caption_of_who_addressed_the_meeting_is_no_title(clean):
    lines = ["9月24日,某某先生学术思想研讨会在中国人民大学召开。", "研讨会现场", "会议旨在传承某某先生的学术思想。",
             "某某学会会长刘维林为会议致辞", "与会专家围绕先生的学术思想展开讨论。"]
    assert clean("\n".join(lines)).title == ""


def test_a_title_wrapped_inside_jihua_shengyu_is_joined_and_names_its_genre(clean):
    lines = ["关于全省1998年人口与计划", "生育目标管理责任制考核结果的通报", "各市、县人民政府,省直有关单位:",
             "1998年,我省各级党委和政府进一步加强了对计划生育工作的领导,基本完成了人口控制计划。"]
    doc = clean("\n".join(lines))
    assert doc.title == "关于全省1998年人口与计划生育目标管理责任制考核结果的通报" and doc.doc_type == "通报"


@pytest.mark.parametrize("line", ["XX 年某县残联年终工作总结XX 年,我会组织宣传工作在县委、县政府的领导下,取得了较好成绩。",
                                  "XX年某县残联年终工作总结(1)XX年,我会组织宣传工作在县委、县政府的领导下,取得了较好成绩。"])
def test_a_titles_run_on_into_a_placeholders_year_or_after_a_files_copy_number_is_split(clean, line):
    doc = clean(line)
    assert "".join(doc.title.split()) == "XX年某县残联年终工作总结" and doc.text.startswith("XX")


@pytest.mark.parametrize("label", ["妇幼工作总结汇总篇二", "妇幼工作总结(二):", "妇幼工作总结【第二篇】"])
def test_a_collections_label_for_a_later_piece_goes_however_short_the_title(clean, label):
    lines = ["妇幼工作总结", "一年来,我院妇幼保健工作在上级部门的指导下,取得了较好成绩。", "一、加强组织领导。",
             label, "今年以来,我镇妇幼保健工作紧紧围绕年初目标,扎实开展各项工作。"]
    doc = clean("\n".join(lines))
    assert doc.title == "妇幼工作总结" and label not in doc.text and "一、加强组织领导。" in doc.text


def test_a_short_titles_words_in_a_heading_of_the_text_stay(clean):
    lines = ["妇幼工作总结", "一年来,我院妇幼保健工作在上级部门的指导下,取得了较好成绩。", "妇幼工作总结二", "今年以来,扎实开展各项工作。"]
    assert "妇幼工作总结二" in clean("\n".join(lines)).text


def test_a_list_of_speakers_wrapped_inside_the_last_ones_office_is_joined(clean):
    lines = ["王某书记、李某主席、张某副主任、周某", "", "副县长在县计生协会工作座谈会上的讲话", "王某书记的讲话",
             "下午召开座谈会,各乡镇计生协会代表相继发言,提出了很好的意见和建议。"]
    doc = clean("\n".join(lines))
    assert doc.title == "王某书记、李某主席、张某副主任、周某副县长在县计生协会工作座谈会上的讲话"
    # (a list that ends on an office is whole: the line under it is not joined to it)
    lines[0] = "王某书记、李某主席、张某副主任、周某副县长"
    assert clean("\n".join(lines)).title == "副县长在县计生协会工作座谈会上的讲话"


def test_a_title_glued_to_comrades_and_a_comma_is_split_off():
    line = "计生工作会议主持词同志们,今天的会议是县委县政府决定召开的一次重要会议。"
    draft = Title()(Draft(lines=["计生工作会议主持词", line, BODY], kind="text"))
    assert draft.facts["title"] == "计生工作会议主持词" and draft.lines[0].startswith("同志们,今天")


@pytest.mark.parametrize("furniture", ["新聞與活動", "News新聞動態", "主編推介", "手机浏览器扫描二维码访问", "显示全部楼层",
                                       "马上加入,结交更多好友,共享更多资料,让你轻松玩转研学社区!",
                                       "马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。"])
def test_a_column_name_a_widget_or_a_forums_tag_is_no_title(clean, furniture):
    doc = clean("\n".join([furniture, "總統接見國際同濟會臺灣總會領導幹部", BODY]))
    assert doc.title == "總統接見國際同濟會臺灣總會領導幹部" and furniture not in doc.text_original


def test_the_links_to_the_stories_before_and_after_are_no_title(clean):
    links = "构建理论文化 推进改革创新 续写百年辉煌 << 王汝鹏率团访问港澳红会 | 广饶县红十字会召开总结会议 >>"
    page = [links, "发布日期:2015-1-13 12:14:20 发布者:[管理员]", "构建理论文化 推进改革创新续写百年辉煌",
            "——在纪念中国红十字会成立110周年座谈会上的讲话", BODY]
    doc = clean("\n".join(page))
    assert doc.title == "构建理论文化 推进改革创新续写百年辉煌" and "<<" not in doc.text_original


@pytest.mark.parametrize("title, clean_one", [("中國人口三年後達14.2億 [打印本頁]", "中國人口三年後達14.2億"),
                                              ("提倡一对夫妇最好生一个孩子(第1页)", "提倡一对夫妇最好生一个孩子"),
                                              ("婦女事務委員會慶祝酒會致辭(附圖/短片)", "婦女事務委員會慶祝酒會致辭"),
                                              # (a sharing site's quality tag and its download call)
                                              ("街道计生工作面临的问题及对策思考(精)", "街道计生工作面临的问题及对策思考"),
                                              ("某省村级人口和计划生育管理与服务工作规范.doc-免费下载", "某省村级人口和计划生育管理与服务工作规范"),
                                              ("某某乡计生协工作总结 免费下载", "某某乡计生协工作总结")])
def test_a_pages_button_or_part_after_a_headline_is_decoration(title, clean_one):
    assert clean_title(title) == clean_one


def test_a_forums_tag_in_the_title_label_is_no_title_the_headline_after_it_is(clean):
    page = ["標題: [中國內地] 中國人口三年後達14.2億 [打印本頁]", "作者: pkktam    時間: 2017-2-8 08:58 AM", BODY]
    doc = clean("\n".join(page))
    assert doc.title == "中國人口三年後達14.2億" and "中國內地" not in doc.text_original


def test_a_sites_thanks_to_its_sponsor_is_no_title(clean):
    page = ["友情支持:同程旅游", "构建理论文化 推进改革创新续写百年辉煌", "——在纪念中国红十字会成立110周年座谈会上的讲话", BODY]
    assert clean("\n".join(page)).title == "构建理论文化 推进改革创新续写百年辉煌"


def test_a_sentence_stopped_with_dots_is_no_title_and_stays(clean):
    first = "全國最小行政單位各里、村中都有一個發展協會.個村里建設除了透過一般行政管道申請外"
    doc = clean("\n".join([first, "另一個跟民眾最親密的社團就是發展協會了.它的功能就是能向外募款申請補助", BODY]))
    assert doc.title != first and doc.text_original.startswith(first)


def test_a_headline_with_a_slogan_before_its_dash_and_a_dot_inside_a_quoted_name_is_the_title(clean):
    title = "计生特困募捐 汇集健康大爱—石门县卫计局开展“小善举.大爱心人口健康福利基金募集活动”启动仪式"
    doc = clean("\n".join([title, "5月17日,石门县计划生育协会开展了“小善举.大爱心”启动仪式,局机关干部纷纷献出爱心。", BODY]))
    assert doc.title == title


def test_a_documents_own_heading_under_the_sites_name_for_the_file_is_the_title(clean):
    page = ["搜索文档、专题、作者", "某社区计生协世界人口日活动通知.docx", "某社区计生协世界人口日活动通知.docx", "某社区计划生育协会",
            "某计生协〔2023〕3号", "关于开展2023年“世界人口日”主题宣传服务活动的通知", "各居民小组:", BODY,
            "某社区计生协世界人口日活动通知.docx", BODY2]
    doc = clean("\n".join(page))
    assert doc.title == "关于开展2023年“世界人口日”主题宣传服务活动的通知"
    assert doc.text_original.splitlines() == page[3:8] + [BODY2]
    # (a heading that holds the file's name is its copy, and one printed glyph by glyph twice a bad one: the name wins)
    for heading in ["某社区计生协世界人口日活动通知(2023年最新)", "世界人口日世界人口日活动活动通知通知"]:
        assert clean("\n".join(page[1:3] + [heading, "各居民小组:", BODY])).title == "某社区计生协世界人口日活动通知"


def test_a_title_glued_to_a_text_that_opens_with_its_day_is_split(clean):
    first = "5月12日,发生里氏八级强烈地震后,盟委、行署坚决贯彻上级部署,把支援灾区抗震救灾工作作为重要而紧迫的任务。"
    doc = clean("\n".join(["红十字会抗震救灾工作总结" + first, BODY]))
    assert doc.title == "红十字会抗震救灾工作总结" and doc.text_original.startswith(first)


def test_a_papers_name_between_the_headline_and_the_byline_is_neither_title_nor_text(clean):
    doc = clean("\n".join(["2009年11月15日 星期日", "健康上街頭全家樂生活", "台灣新生報", "更新日期:2009/11/16 00:07",
                           "【記者王小明/基隆報導】", BODY, BODY]))
    assert doc.title == "健康上街頭全家樂生活"
    assert "新生報" not in doc.text_original


def test_a_title_printed_again_where_the_text_opens_is_the_title_and_the_column_above_goes(clean):
    title = "残疾人联合会代表大会选举办法"
    opening = "某乡残疾人联合会第二次代表大会选举办法(草案)(提请2021年12月2日某乡残疾人联合会第二次代表大会预备会议通过)第一条、根据《章程》制定本办法"
    doc = clean("\n".join(["各级残联代表大会", title, title + opening, BODY, BODY]))
    assert doc.title == title
    assert doc.text_original.startswith(opening)
    assert "各级残联代表大会" not in doc.text_original


def test_a_title_with_the_sites_tag_printed_again_without_it_where_the_text_opens_goes(clean):
    title = "某市边境地区人口现状、影响及建议"
    opening = "xx市位于xxx交界处,东、南与xx接壤,西与xx接壤,xx个村屯位于边境沿线。近年来,边境村屯的人口数量锐减。"
    doc = clean("\n".join([title + "|人口现状", "内容预览:", f"{title}  {opening}", BODY, BODY]))
    assert doc.title == title
    assert doc.text_original.startswith(opening)


def test_a_headline_with_its_genre_split_off_at_a_space_is_joined(clean):
    doc = clean("\n".join(["2023年某市女性婚恋观生育观 调查报告 某大学某研究院课题组 摘 要 : " + BODY, BODY2]))
    assert doc.title == "2023年某市女性婚恋观生育观调查报告"


def test_a_storys_headline_wrapped_before_the_event_it_names_is_joined(clean):
    doc = clean("\n".join(["某县人民政府", "某县开展2024年生育政策", "宣传咨询服务活动", "发布时间:2024-07-04 来源:", BODY, BODY2]))
    assert doc.title == "某县开展2024年生育政策宣传咨询服务活动"
    assert not doc.text_original.startswith("宣传")


@pytest.mark.parametrize("heading", ["引言", "摘要"])
def test_a_papers_first_sections_name_is_no_title_and_stays(clean, heading):
    doc = clean("\n".join([heading, BODY, BODY]))
    assert doc.title == "" and doc.text_original.startswith(heading + "\n")


def test_an_office_and_its_holders_name_over_the_salutation_is_the_speaker_not_the_title(clean):
    doc = clean("\n".join(["國務院副總理吳儀", "同志們:", BODY, BODY]))
    assert doc.title == "" and doc.text_original.startswith("國務院副總理吳儀\n同志們:")


def test_a_scrapers_keyword_after_the_headline_it_bracketed_is_no_part_of_the_title(clean):
    doc = clean("\n".join(["[某县领导元旦到牧区看望群众] 看望贫困群众", "发布时间:2020-02-19 来源: 散文精选 点击:", BODY, BODY]))
    assert doc.title == "某县领导元旦到牧区看望群众"
    assert "看望贫困群众" not in doc.text_original


@pytest.mark.parametrize("first, second", [
    # a host's script, each line given to its speaker
    ("甲:尊敬的各位领导、各位嘉宾!", "乙:亲爱的观众朋友们!"),
    # a sentence's purpose clause the page broke off at a blank line
    ("為進一步加強在校大學生", "青春健康宣傳教育工作,豐富學生的青春健康知識,某區計生協會聯合啟動“同伴社”項目。"),
])
def test_a_first_line_that_begins_the_text_is_no_title_and_stays(clean, first, second):
    doc = clean("\n".join([first, second, BODY, BODY]))
    assert doc.title == ""
    assert doc.text_original.startswith(first)


def test_a_headline_in_short_pieces_with_its_dashed_subtitle_above_a_magazines_byline(clean):
    doc = clean("\n".join(["繼往開來", "平穩過渡", "——某某設備技術協會五屆三次常務理事會勝利召開", "文 /本刊記者 熊 英", BODY, BODY]))
    assert doc.title == "繼往開來平穩過渡——某某設備技術協會五屆三次常務理事會勝利召開"
    assert "平穩過渡" not in doc.text_original and "勝利召開" not in doc.text_original


def test_a_hard_wrapped_sentences_middle_line_is_no_title(run_step):
    lines = ["全体教职员工、学院各部门(单位):", "实行计划生育是我国的基本国策。学院工会做为学院计划生育管理部门,",
             "负责全校教职员工、校内合同工、丹田物业公司、食堂及超市从业人员的计划", "生育工作,为进一步加强学院计划生育工作,现将有关事项通知如下:", BODY]
    draft = run_step(Title(), lines)
    assert draft.lines == lines and draft.facts["title"] == ""


def test_a_joint_documents_issuers_over_its_title_stay(run_step):
    lines = ["人口计生委", "教育部", "公安部", "关于高等学校在校学生计划生育问题的意见", "各省、自治区、直辖市人口计生委、教育厅、公安厅:", BODY]
    draft = run_step(Title(), lines)
    assert draft.lines[:3] == ["人口计生委", "教育部", "公安部"]
    assert draft.facts["title"] == "关于高等学校在校学生计划生育问题的意见"


def test_a_joint_documents_issuer_printed_twice_over_its_split_heading_is_no_title(clean):
    """A column's label over the page names the first issuer again: neither copy is the title."""
    lines = ["人口计生委", "人口计生委 教育部 公安部关于", "高等学校在校学生计划生育问题的意见", "国人口发[2007]64号",
             "各省、自治区、直辖市人口计生委、教育厅、公安厅:", BODY]
    assert clean("\n".join(lines)).title.endswith("关于高等学校在校学生计划生育问题的意见")


def test_a_reports_author_alone_over_its_text_stays_and_an_entrys_name_does_not(run_step):
    report = ["县食品药品监督管理局", "为认真贯彻落实县里的统一部署,县局对两个村进行重点帮促,现将有关情况汇报如下:", BODY]
    draft = run_step(Title(), report)
    assert draft.lines == report and draft.facts["title"] == ""
    # (an entry's name, which the text under it names, is the entry's, not an author's line in the text)
    entry = ["某县科学技术协会", "1981年4月,某县科学技术协会(简称某县科协)第一次代表大会召开,协会正式成立。", BODY]
    assert run_step(Title(), entry).lines == entry[1:]


def test_a_column_of_text_wrapped_at_a_fixed_width_gives_no_first_line_title(run_step):
    lines = ["妇女委员会积极参与工商事务,关注社会", "发展,年内先后举办一系列专题讲座及本", "地参观活动,并参与香港工商界妇女纪念",
             "“三八”国际妇女节线上活动及香港工商", "界妇女庆祝国庆活动。", BODY]
    draft = run_step(Title(), lines)
    assert draft.lines == lines and draft.facts["title"] == ""


def test_a_speakers_turn_of_clauses_that_asks_is_no_title(run_step):
    lines = ["我们开始,我们会做逐字纪录,大家可以编辑十天之后我们再公开,是哪一位先?", BODY]
    draft = run_step(Title(), lines)
    assert draft.lines == lines and draft.facts["title"] == ""
    # (a headline that asks keeps its one comma)
    assert run_step(Title(), ["生育率走低,出路在哪里?", BODY]).facts["title"] == "生育率走低,出路在哪里?"


def test_a_short_headline_that_tells_what_a_body_did_is_no_sites_name(run_step):
    lines = ["妇联牵头成立专业女性协会", "【特讯】澳门妇女联合总会于早前筹组专业女性协会,该协会于日前举行第一次会员大会,选出了第一届理监事会。", BODY]
    assert run_step(Title(), lines).facts["title"] == "妇联牵头成立专业女性协会"


def test_a_reporters_byline_after_the_papers_name_is_no_title(clean):
    doc = clean("\n".join(["中国妇女报·中国妇女网记者林志文/周佳静", "发自广州",
                           "为加强两地妇联交流合作,1月14日,市妇联主席一行前往澳门妇女联合总会访问交流,并送去新春祝福。",
                           "两地妇联姐妹欢聚一堂,共话妇女工作发展。"]))
    assert doc.title == "" and doc.text_original.startswith("中国妇女报·中国妇女网记者林志文/周佳静")


def test_a_documents_title_wrapped_after_its_about_beats_its_columns_genre(clean):
    doc = clean("\n".join(["省府通知", "某某省人民政府关于印发某某省", "人口发展规划(2017-2030年)的通知",
                           "各地级以上市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构:",
                           "现将《某某省人口发展规划(2017-2030年)》印发给你们,请认真组织实施。"]))
    assert doc.title == "某某省人民政府关于印发某某省人口发展规划(2017-2030年)的通知"
    assert doc.text_original.startswith("各地级以上市人民政府")


def test_a_charters_first_chapter_is_no_title(clean):
    doc = clean("\n".join(["第一章 总则", "第一条 本会名称为某某市计划生育协会。", "第二条 本会是由计划生育工作者自愿组成的群众团体。", BODY]))
    assert doc.title == "" and doc.text_original.splitlines()[0] == "第一章 总则"


def test_a_press_conferences_asker_is_no_title(clean):
    question = "截至2023年底,我国60岁以上老年人口已达2.97亿。请问,民政部在这方面开展了哪些工作?"
    doc = clean("\n".join(["中央广播电视总台央视记者", question, "陆治原:" + BODY]))
    assert doc.title == "" and doc.text_original.splitlines()[0] == "中央广播电视总台央视记者"


def test_a_titles_genre_spaced_out_alone_is_joined():
    assert clean_title("储某同志在全县计划生育调度会上的讲 话") == "储某同志在全县计划生育调度会上的讲话"
    assert clean_title("某某會長在周年慶典上的致 辭") == "某某會長在周年慶典上的致辭"
    assert clean_title("学习 报告") == "学习 报告"  # (two words, not one spaced out)


def test_a_chronicles_year_and_comma_start_its_text_not_a_title(clean):
    lines = ["一、宣传教育", "1988年, 全县举办计划生育报告会13场,听众13767人,利用节假日和宣传车等",
             "形式集中开展计划生育法规政策宣传教育。举办新婚妇女培训班26期,受教育面达100%。", BODY]
    doc = clean("\n".join(["Original URL: http://lib.example.cn/bin/mse.exe?rec=28", *lines]))
    assert doc.title == "" and lines[1] in doc.text_original.splitlines()


def test_a_programmes_topic_label_names_the_title(clean):
    cast = ["主持人:胡某", "場上嘉賓:李某、楊某", "流動發言台:參加節目的代表及委員", "今天我們關心的就是肚子裏的問題,應該逐步放寬嗎?"]
    doc = clean("\n".join(["節目話題:二胎政策逐步放開後,人口會不會急速膨脹?", *cast, BODY]))
    assert doc.title == "二胎政策逐步放開後,人口會不會急速膨脹?" and doc.text_original.splitlines() == [*cast, BODY]


def test_a_previews_page_number_before_a_title_glued_to_its_date_speaker_and_greeting_goes(clean):
    greeting = "尊敬的某某校长,线上线下的各位来宾,老师们、同学们、朋友们,大家好!今天,我们召开第十五届某某事业发展论坛。"
    page = ["促进残疾人共同富裕的价值与路径——在第十五届某某论坛上的致辞.docx",
            "1、促进残疾人共同富裕的价值与路径一一在第十五届某某论坛上的致辞(2023年4月23日)某某残联副主席程某某" + greeting, BODY]
    doc = clean("\n".join(page))
    assert doc.title == "促进残疾人共同富裕的价值与路径——在第十五届某某论坛上的致辞"
    assert doc.text_original.splitlines() == ["(2023年4月23日)", "某某残联副主席程某某", greeting, BODY]
    assert (doc.speech_date, doc.speaker, doc.speaker_role) == ("2023-04-23", "程某某", "某某残联副主席")


def test_a_sharing_sites_title_printed_again_where_the_first_line_runs_on_into_the_text_goes(clean):
    first = "五月的鲜花开满大地,刚度过快乐的五一劳动节,我们又迎来了世界红十字日。"
    page = ["《国旗下讲话稿:传播红十字精神积极开展志愿服务.docx》由会员分享,可在线阅读,更多相关《国旗下讲话稿:传播红十字精神积极开展志愿服务.docx"
            "(1页珍藏版)》请在某某文库上搜索。", "国旗下讲话稿:传播红十字精神,积极开展志愿服务" + first, BODY]
    doc = clean("\n".join(page))
    assert doc.text_original.splitlines() == [first, BODY]
    # (a sentence that opens with the title's words and goes on as its own is the text's)
    page[1] = "国旗下讲话稿:传播红十字精神,积极开展志愿服务的活动在全校举行。" + first
    assert clean("\n".join(page)).text_original.splitlines()[0] == page[1]


def test_the_headline_after_its_date_row_is_the_title_and_a_caption_printed_twice_under_it_goes(clean):
    headline = "副總統肯定某某縣牙醫師公會提供良好醫療服務 盼持續照護民眾口腔健康 打造健康臺灣"
    caption = "副總統出席「某某縣牙醫師公會會員大會晚宴」"
    lead = "副總統今(23)日晚間出席「某某縣牙醫師公會會員大會晚宴」,肯定公會為守護國人口腔健康提供良好醫療服務。"
    doc = clean("\n".join(["新聞專區 焦點新聞", "2023.04.23 " + headline, caption, caption, lead, BODY]))
    assert doc.title == headline and doc.published == "2023-04-23"
    assert doc.text_original.splitlines() == [lead, BODY]


def test_a_collections_name_glued_to_its_first_pieces_title_and_text_parts_from_them(clean):
    first = "一个会议、两个主题。一是全市卫生工作会议;二是卫生系统做好各项工作会议。"
    doc = clean("\n".join(["局长在三创一办推介会讲话与局长在三季度环保工作会发言汇编局长在三创一办推介会讲话" + first, BODY]))
    assert doc.title == "局长在三创一办推介会讲话与局长在三季度环保工作会发言汇编"
    assert doc.text_original.splitlines() == [first, BODY]


def test_a_section_heading_numbered_in_brackets_on_the_first_line_is_the_text_begun(clean):
    doc = clean("\n".join(["(五)社會民生工作逐步優化", "特區政府貫徹精準扶助、政策傾斜、資源下沉的方針,優化改善各項民生工作。", BODY]))
    assert doc.title == "" and doc.text_original.startswith("(五)社會民生工作逐步優化\n")


def test_a_heading_under_the_texts_second_paragraph_is_no_title_unless_a_speechs_whole_title(clean):
    story = "政府昨日發表明年度施政報告,電台節目今日邀請某某研究中心會長出席探討施政報告內容。"
    doc = clean("\n".join([story, "某某在節目中表示,明年度施政報告的財政預算逾1,100億,可見政府有心推動共享經濟成果。",
                           "以產業載體集聚優質人才", "2026年施政報告解讀", BODY]))
    assert doc.title == ""


def test_a_bilingual_headline_is_one_line_and_titled_by_its_chinese(clean):
    headline = "鼓勵生育 不要空談「有仔趁嫩生」/ Encouraging does not equal interfering, create a conducive environment"
    doc = clean("\n".join([headline, STORY_HK, BODY]))
    assert doc.title == "鼓勵生育 不要空談「有仔趁嫩生」" and doc.text_original.splitlines() == [STORY_HK, BODY]


STORY_HK = "行政長官上周三宣讀了施政報告,當中涵蓋多個政策範疇,並接納了至少15項建議,反映行政長官有願意聆聽的氣度。"


@pytest.mark.parametrize("note", ["(年 月 日在会员代表大会上讨论通过)", "(2016年3月8日第一次会员代表大会通过)"])
def test_a_rules_adoption_note_glued_after_its_title_is_the_texts(clean, note):
    first = "根据《某某省老年人协会组织通则》的有关规定,特制定本办法。"
    doc = clean("\n".join(["村老年人协会换届选举办法(草案)" + note, first, BODY]))
    assert doc.title == "村老年人协会换届选举办法(草案)" and doc.text_original.splitlines() == [note, first, BODY]


@pytest.mark.parametrize("head, tail", [("关于印发某某市公共卫生体系建设三年行动计划", "(2023—2025年)的通知"),
                                        ("某某省2017年度计划生育工作考评", "市州计分办法"),
                                        # (inside a word, after the year's scope)
                                        ("市妇联党组书记2025年度民", "主生活会对照检查发言提纲")])
def test_a_title_a_pdf_wrapped_after_its_scope_is_joined(clean, head, tail):
    first = "按照省人口和计划生育领导小组的有关精神,结合本地实际,制定本办法。"
    doc = clean("\n".join([head, tail, first, BODY]))
    assert doc.title == head + tail and doc.text_original.splitlines() == [first, BODY]


@pytest.mark.parametrize("above", [[], ["第一篇:某县人口和计划生育"]])
def test_a_genre_spaced_out_as_a_headings_second_line_ends_the_title(clean, above):
    first = "某县是一个农业大县、人口大县,村级人口计生工作是计划生育整体工作的基础。"
    doc = clean("\n".join([*above, "某县人口和计划生育“村级管理”工作", "调 研 报 告", first, BODY]))
    assert doc.title == "某县人口和计划生育“村级管理”工作调研报告" and doc.text_original.splitlines() == [first, BODY]


@pytest.mark.parametrize("head, tail", [("入會辦法及流程", "收費標準"), ("作文吧实用文档内容页", "2023年度村老年协会工作计划"),
                                        ("社会文化司听取社团代表意见和建议", "某某拜访同乡会听取施政意见")])
def test_a_menu_or_a_second_headline_under_a_line_is_no_wrapped_title(clean, head, tail):
    doc = clean("\n".join([head, tail, "按照省人口和计划生育领导小组的有关精神,结合本地实际,制定本办法。", BODY]))
    assert doc.title != head + tail


@pytest.mark.parametrize("number", ["国卫办宣传函[2013]21号", "国健推委办发〔2022〕2号", "岚溪县计划生育协会文件"])
def test_a_letterheads_number_or_body_alone_is_no_title_and_stays(clean, number):
    addressees = "各省、自治区、直辖市卫生厅局、人口计生委:"
    doc = clean("\n".join([number, addressees, "2013年7月11日是第24个世界人口日,现将各地宣传工作有关事宜通知如下。", BODY]))
    assert doc.title == "" and doc.text_original.startswith(number + "\n" + addressees)


def test_a_reposts_first_headline_in_brackets_is_the_title_without_them(clean):
    story = "据新华社消息,中国残疾人联合会第八次全国代表大会20日上午在京闭幕,宣布了主席团和执行理事会名单。"
    doc = clean("\n".join(["(原标题:某某、某某卸任,某某任名誉主席、某某任主席)", story, BODY]))
    assert doc.title == "某某、某某卸任,某某任名誉主席、某某任主席" and doc.text_original.splitlines() == [story, BODY]


def test_a_column_over_a_catalogues_grid_is_no_title_the_title_over_the_date_row_is(clean):
    title = "某省卫生健康委关于印发2023年某省卫生健康工作要点的通知"
    page = ["计划总结", "索 引 号: 002482365/2023-00095 公开日期: 2023-04-22", "发布机构: 省卫生健康委 文  号: 某卫发〔2023〕10号",
            title, "发布日期: 2023-04-25 17:10 信息来源: 省卫生健康委 浏览次数:", "各市、县(市、区)卫生健康委(局):",
            "现将2023年某省卫生健康工作要点印发给你们,请各地各单位认真组织实施。", BODY]
    doc = clean("\n".join(page))
    assert doc.title == title and doc.doc_type == "通知" and "计划总结" not in doc.text_original


def test_a_portals_banner_with_a_comma_is_no_sentence_the_headline_over_the_date_row_is_the_title(clean):
    title = "某县某镇开展“7·11”世界人口日主题宣传活动"
    page = ["某某网西部开发-某某报看西部开发,西部开发改革发展新闻", "某某委员会主管 某某报社主办", "站内搜索:", title,
            "2024-07-12 17:34:25 来源: ", "为大力弘扬新型婚育文化,进一步促进家庭健康和谐。7月11日,某镇开展世界人口日主题宣传活动。", BODY]
    doc = clean("\n".join(page))
    assert doc.title == title and doc.published == "2024-07-12"
    assert doc.text_original.startswith("为大力弘扬")
    # (a repost's first headline under a column's tag is no date row: the tag is not the title)
    doc = clean("\n".join(["【历史钩沉】", "原标题:某某第十次全国代表大会(1983年10月19日~29日,北京)", "代表人数:1998人,特邀代表328人。",
                           BODY]))
    assert doc.title == "某某第十次全国代表大会(1983年10月19日~29日,北京)"


def test_a_breadcrumb_parted_by_book_marks_names_the_title_and_its_column_printed_alone_goes(clean):
    title = "理监事通讯选举办法"
    article = ["第一条 本办法依据本会章程第十五条规定订定之。", "第二条 理监事之通讯选举合并办理。"]
    doc = clean("\n".join(["Home 》关于学会 》组织章程 》" + title, "组织章程", title, *article, BODY]))
    assert doc.title == title and doc.text_original.splitlines() == [*article, BODY]


def test_a_sites_greeting_is_no_title_and_the_breadcrumbs_last_item_naming_a_genre_is(clean):
    text = "章林村计划生育情况简介:全村有7个村民小组,4个自然湾,总户数750户,总人口3338人。"
    doc = clean("\n".join(["您好,欢迎访问某某文档", "当前位置:首页 > 办公文档 > 工作计划 > 章林村创建计划生育村民自治示范村工作计划",
                           text, BODY]))
    assert (doc.title, doc.doc_type) == ("章林村创建计划生育村民自治示范村工作计划", "工作计划")
    assert doc.text_original.splitlines() == [text, BODY]


def test_a_headline_with_clauses_printed_again_as_its_pictures_captions_is_the_title_and_its_copies_go(clean):
    headline = "村妇女主任,服务于育龄妇女、计划生育,但大家为什么还都不领情"
    first = "村妇女主任,也是村委会干部之一。由于她具体从事村里的计划生育工作,服务对象都是村里的育龄妇女。"
    second = "一、组织村里的育龄妇女进行孕检。这是计划生育常规工作,每3个月进行一次。"
    doc = clean("\n".join([headline, first, headline, second, headline, BODY]))
    assert doc.title == headline and doc.text_original.splitlines() == [first, second, BODY]


def test_a_paragraph_a_pdf_broke_into_short_lines_is_text_not_a_headline(clean):
    # a newsletter's scan: no line of the paragraph ends its sentence, one of them names a meeting's speech
    wrapped = ["10月30日上午,西安市委召开常委会议,",
               "专题研究西安市人口与计划生育工作。省委常委、西安市委书记孙清",
               "云主持会议,西安市市长陈宝根等领导以及市委常委、市人大、市政",
               "府、市政协和市级有关部门负责同志参加会议。会议强调,要坚定不",
               "移地落实计划生育的基本国策。",
               "会议传达学习了中共中央政治局常委、国务院副总理李克强在国",
               "家人口计生委兼职委员会议上的重要讲话精神,听取了西安市计生委",
               "关于该市当前人口和计划生育工作情况的汇报。"]
    doc = clean("\n".join(["孙清云主持召开西安市委常委会议", "专题研究西安市人口和计 |", "2009-04-30 |", *wrapped, BODY]))
    assert doc.title == "孙清云主持召开西安市委常委会议" and doc.published == "2009-04-30"
    assert all(line in doc.text_original.splitlines() for line in wrapped)


def test_a_site_name_and_column_between_the_titles_two_prints_go_an_author_stays(clean):
    title = "云栖街道计划生育协会2023年工作总结"
    doc = clean("\n".join([f"{title}_云栖街道办事处", "云栖街道办事处", "政府信息公开", title, BODY, BODY2]))
    assert doc.title == title and doc.text_original.splitlines() == [BODY, BODY2]
    doc = clean("\n".join(["大学团委干事述职报告", "孙小飞", "大学团委干事述职报告", BODY, BODY2]))
    assert doc.text_original.splitlines() == ["孙小飞", BODY, BODY2]
    # (nor the speech's date and meeting, split over lines, between a site's print of the title and the document's)
    title = "关于《某省人口与计划生育条例修正案(草案)》的说明"
    given = ["2014年5月27日在某省第十二届人民代表大会", "常务委员会第八次会议上"]
    doc = clean("\n".join([title + " 某某全文", *given, title, "主任、各位副主任、秘书长、各位委员:", BODY, BODY2]))
    assert doc.title.startswith("关于《某省") and all(line in doc.text_original.splitlines() for line in given)


@pytest.mark.parametrize("title, sentence", [
    ("《宿松县志》(1978~2002)拾遗", "《宿松县志》(1978~2002)(以下简称二轮县志),由主编拟定篇目,确定每个章节,副主编和编辑人员负责搜集资料。"),
    ("民政及青年事務局及家庭議會舉辦親子同樂日", "民政及青年事務局(民青局)聯同家庭議會和香港電台今日舉辦親子同樂日,慶祝國際家庭日。"),
])
def test_a_name_the_first_sentence_opens_with_its_short_name_after_it_is_the_sentences_subject(clean, title, sentence):
    doc = clean("\n".join([title, sentence, BODY]))
    assert doc.title == title and doc.text_original.splitlines() == [sentence, BODY]


def test_the_first_line_under_an_answers_stamp_is_the_answer_not_a_title(clean):
    lines = ["同时符合3个条件", "1、必须是本省城镇居民且未在外省市区享受同类奖励的人员,包括本省国家机关、事业单位的职工;", BODY]
    doc = clean("\n".join(["第1个回答 推荐于2020-12-10", *lines]))
    assert doc.title == "" and doc.text_original.splitlines() == lines and doc.published == "2020-12-10"


def test_a_catalogues_name_spaced_out_labels_the_title(clean):
    title = "关于印发《某县计生协会员之家规范化建设实施方案(试行)》的通知"
    doc = clean("\n".join(["文　　号:某计生协发〔2024〕3号", "名　　称:" + title, "各乡镇计生协:", BODY]))
    assert doc.title == title


def test_an_officers_name_with_her_sex_printed_twice_is_no_title(clean):
    page = ["人口和计划生育", "某市人口和计划生育局领导成员", "局 长:李某某(女)", "副局长:赵某某 郝某某(女,主任科员) 王某某",
            "王某某(女)", "党组成员:刘某某(女,副主任科员)", "某市计划生育服务站领导成员", "站 长:张某某",
            "副站长:孙某某(女) 王某某(女) 于某某(女) 陈某某", BODY]
    assert clean("\n".join(page)).title != "王某某(女)"



def test_a_title_and_its_speaker_on_one_line_part_into_the_title_and_the_speaker_line(clean):
    page = ["2024年在全市计生协工作会议上的讲话(全文完整)", "在全市计生协工作会议上的讲话 xx市计生协常务副会长 xxx", "同志们:", BODY, BODY2]
    doc = clean("\n".join(page))
    assert doc.title in ("在全市计生协工作会议上的讲话", "2024年在全市计生协工作会议上的讲话")
    assert doc.text_original.splitlines() == ["xx市计生协常务副会长 xxx", "同志们:", BODY, BODY2]
    assert doc.speaker_role == "xx市计生协常务副会长"


def test_an_entrys_name_over_its_definition_or_printed_twice_is_its_title_and_stays_in_its_first_sentence(clean):
    first = "中国计划生育协会成立于1980年5月29日,是中国共产党领导下的全国性群团组织。"
    doc = clean("\n".join(["中国计划生育协会", first, BODY]))
    assert doc.title == "中国计划生育协会" and doc.text_original.splitlines() == [first, BODY]
    doc = clean("\n".join(["您的当前位置:", "计划生育协会", "计划生育协会", "计划生育协会", "【组织建设】", BODY2]))
    assert doc.title == "计划生育协会" and doc.text_original.splitlines() == ["【组织建设】", BODY2]


@pytest.mark.parametrize("raw, title", [
    ("第計劃生育特殊家庭開展暖心行動活動實施方案", "計劃生育特殊家庭開展暖心行動活動實施方案"),  # a page counter's 第 left before it
    ("村民自治工作彙報多篇", "村民自治工作彙報"),  # a collection's "many pieces"
    ("生育二胎调查报告(模板16篇)", "生育二胎调查报告"),
    ("浏览关于换届选举大会主持词", "关于换届选举大会主持词"),  # a counter's label glued on
    ("#計劃生育", "計劃生育"),  # a tag page's mark
    ("综合治理出生人口性别比偏高问题分析与思考(5篇模版)", "综合治理出生人口性别比偏高问题分析与思考"),
    ("(医卫)中国计生协青春健康教育服务覆盖全国", "中国计生协青春健康教育服务覆盖全国"),  # a wire's subject tag
    ("乡镇计生工作领导讲话|乡镇领导讲话稿", "乡镇计生工作领导讲话"),  # a sample site's category after a bar
    ("“錯批一人,誤增三億”說之歷史誤讀|錯批一人 誤增三億哪一年", "“錯批一人,誤增三億”說之歷史誤讀"),  # a search's question after it
    ("运城新闻:运城市召开人口和计划生育领导组(扩大)会议", "运城市召开人口和计划生育领导组(扩大)会议"),  # a column before a colon
    ("北京9月4日电题:采访新疆籍学者周某平:新疆人口变化与世界人口增长规律相同",
     "采访新疆籍学者周某平:新疆人口变化与世界人口增长规律相同"),  # a wire's dateline before a feature's headline
    ("乡镇计生协评估情况报告总结范文", "乡镇计生协评估情况报告总结"),  # a genre after a genre is the title's
    ("《中国计划生育工作手册》PDF下载", "中国计划生育工作手册"),  # a book's download page
    ("今年首十個月16人次接受人工授精", "今年首十個月16人次接受人工授精"),  # a word's 精 is no site's badge
    ("县计生协会工作总结精", "县计生协会工作总结"),  # a badge after the genre is
    ("鄉鎮5.29計生協會紀念日活動方案(一)", "鄉鎮5.29計生協會紀念日活動方案"),  # a sample's number in brackets
    ("第一届理事会第二次会议工作报告", "第一届理事会第二次会议工作报告"),  # an ordinal of its own stays
])
def test_what_a_sharing_site_leaves_round_a_title_goes(raw, title):
    assert clean_title(raw) == title


def test_a_series_issue_and_a_headlines_piece_that_wants_more_are_no_title(clean):
    doc = clean("\n".join(["我们的第二期", "湖北省计生协的", "年,身处疫情防控的前沿阵地,湖北省计生协勇于担当,闻令而动,全面投入联防联控、群防群治。", BODY]))
    assert doc.title == "" and "我们的第二期" not in doc.text_original


@pytest.mark.parametrize("lead", ["", "1", "1、"])
def test_a_rules_title_and_note_of_adoption_run_into_its_first_chapter_part_from_it(clean, lead):
    line = lead + "某村计划生育村民自治章程(2009年3月5日经村民代表大会审议通过)第一章总则第一条:为进一步加强村级民主政治建设,制定本章程。"
    doc = clean("\n".join(["文档简介", line, BODY]))
    assert doc.title == "某村计划生育村民自治章程" and doc.speech_date == "2009-03-05" and doc.doc_type == "章程"
    assert doc.text_original.splitlines()[:2] == ["(2009年3月5日经村民代表大会审议通过)", "第一章总则第一条:为进一步加强村级民主政治建设,制定本章程。"]


def test_a_headline_that_exclaims_in_a_particle_is_a_title_and_a_popups_chatter_is_none(clean):
    headline = "广东省计生协首批!广州首家!黄埔文冲街“向日葵”亲子小屋揭牌啦!"
    doc = clean("\n".join([headline, "发表时间:2022-05-27 15:47:48 来源:广州市计生协 分享:", BODY, BODY2]))
    assert doc.title == headline and doc.text_original.splitlines() == [BODY, BODY2]
    assert clean("\n".join(["文章不错,点个赞吧!", BODY, BODY2])).title != "文章不错,点个赞吧!"


def test_a_title_run_into_its_first_heading_parts_from_it_and_the_heading_stays(clean):
    doc = clean("\n".join(["文档简介", "村科学育儿实施方案范文参考一、背景分析", "1.1国家政策导向", BODY, BODY2]))
    assert doc.title == "村科学育儿实施方案" and doc.text_original.splitlines()[:2] == ["一、背景分析", "1.1国家政策导向"]


@pytest.mark.parametrize("byline", ["李志坚+任伟娟", "纪录者鄂州讯 施玉娟 报道"])
def test_a_storys_writers_over_it_are_no_title(clean, byline):
    doc = clean("\n".join([byline, "11月7日上午,省计生协常务副会长刘某某一行到某市调研生育关怀工作。", BODY]))
    assert doc.title == "" and doc.text_original.splitlines()[0].startswith("11月7日")


def test_a_headings_number_alone_on_the_first_line_is_no_title_and_stays(clean):
    doc = clean("\n".join(["一", "促进人口均衡发展。人口问题始终是我国面临的全局性、长期性、战略性问题。", BODY]))
    assert doc.title == "" and doc.text_original.splitlines()[0] == "一"


@pytest.mark.parametrize("line, title, text", [
    ("2010年人口和计划生育工作情况汇报城厢区总工会一年来,区总工会深入贯彻落实科学发展观,大力营造人口和计划生育工作良好氛围。",
     "2010年人口和计划生育工作情况汇报", "城厢区总工会一年来,"),  # the author's name before the text's opening
    ("街道计生办2023年度工作计划【导言】随着世界人口的不断增长,人口问题已经成为全球共同面临的挑战,需要继续加强相关工作。",
     "街道计生办2023年度工作计划", "【导言】随着"),  # the text's label
    ("中国计划生育协会青春健康工作五年规划( 2014-2019年 )为落实中国计划生育协会发展战略规划目标,继续做好青春健康工作。",
     "中国计划生育协会青春健康工作五年规划", "为落实"),  # the heading's period in brackets
    ("区计生协工作报告材料2023年,区计生协在区委区政府的正确领导下,坚持服务大局、服务群众的工作宗旨,努力开创协会工作新局面。",
     "区计生协工作报告材料", "2023年,"),  # (a report's 材料 after its genre)
])
def test_a_title_run_into_its_texts_author_label_or_purpose_parts_from_it(clean, line, title, text):
    doc = clean("\n".join([line, BODY]))
    assert doc.title == title and doc.text_original.startswith(text)


@pytest.mark.parametrize("line, title, text", [
    ("社区计生药具发放工作信息在街道办事处计生办的认真领导下,我社区加大宣传力度,强化服务措施,收到良好效果。",
     "社区计生药具发放工作信息", "在街道办事处"),  # under whose lead
    ("关于加强基层计生协会管理的调研报告我办赴某市、某县进行了深入调研。期间,召开了座谈会,并实地考察了当地协会。",
     "关于加强基层计生协会管理的调研报告", "我办赴"),  # the office that wrote it
    ("關於留守兒童的調研報告隨著農村父母離鄉進城打工、經商人數的增多,農村兒童留守農村而無人照管的人數也在增多。",
     "關於留守兒童的調研報告", "隨著農村"),
])
def test_a_title_run_into_its_texts_opening_parts_from_it(clean, line, title, text):
    doc = clean("\n".join([line, BODY]))
    assert doc.title == title and doc.text_original.startswith(text)


def test_a_subject_run_into_its_verb_is_no_title_run_into_a_text(clean):
    line = "台湾的家庭计划随著时代的改变而有所不同,人口改变的课题是一直存在的挑战,从二战后的婴儿潮到现代社会的少子化。"
    assert clean("\n".join([line, BODY])).text_original.startswith(line)


def test_a_templates_blank_date_line_between_a_glued_title_and_its_salutation_is_the_texts(clean):
    doc = clean("在全县计生协工作会议上的致辞( 年 月 日)尊敬的 各位领导,各位代表:上午好!" + BODY)
    assert doc.title == "在全县计生协工作会议上的致辞"
    assert doc.text_original.splitlines()[0] == "( 年 月 日)"


def test_a_series_label_before_its_headline_is_no_title_and_goes(clean):
    doc = clean("\n".join(["湖南省计划生育协会", "5.29会员活动日特辑⑤| 弘扬新型婚育文化,共建生育友好社会", BODY, BODY2]))
    assert doc.title == "弘扬新型婚育文化,共建生育友好社会" and doc.text_original.splitlines() == [BODY, BODY2]


def test_a_books_blurb_label_is_no_title(clean):
    assert clean("\n".join(["内容简介", "打开《某市人口和计划生育志》,一股沁人心脾的墨香,令人神怡。", BODY])).title == ""


def test_a_headline_wrapped_over_short_lines_above_a_lead_that_names_them_is_one_title(clean):
    lead = "10月24日,中国计生协青春健康高校项目启动暨工作推进会议在某医科大学报告厅举行,学院团委副书记参加活动。"
    doc = clean("\n".join(["学院参与中国计生协", "青春健康高校项目", "启动暨工作推进会议", lead, BODY]))
    assert doc.title == "学院参与中国计生协青春健康高校项目启动暨工作推进会议" and doc.text_original.splitlines() == [lead, BODY]


def test_a_headlines_last_word_wrapped_alone_over_the_lead_is_part_of_the_title(clean):
    lead = "5月16日上午,某管理局幸福工程考察团一行14人在县计生协领导的陪同下到某镇新中村“幸福工程”项目点考察,听取了情况汇报。"
    doc = clean("\n".join(["某管理局幸福工程考察团赴某县某镇新中村", "考察", lead, BODY]))
    assert doc.title == "某管理局幸福工程考察团赴某县某镇新中村考察" and doc.text_original.splitlines() == [lead, BODY]
    # a name under a headline is its speaker's
    speech = clean("\n".join(["赴某镇新中村考察调研", "李某", "5月16日,李某在新中村考察调研。", BODY]))
    assert speech.title == "赴某镇新中村考察调研" and "李某" in speech.text_original.splitlines()


def test_the_headline_printed_again_over_two_lines_without_its_genre_word_goes(clean):
    title = "“创建卫生城市,巾帼志愿者在行动”志愿服务活动启动仪式致辞"
    doc = clean("\n".join([title, "“创建卫生城市巾帼志愿者", "在行动”志愿服务活动启动仪式", "各位领导、同志们:", BODY]))
    assert doc.title == title and doc.text_original.splitlines() == ["各位领导、同志们:", BODY]
    # two lines that go on past the headline's words are the text's
    lines = ["“创建卫生城市巾帼志愿者", "在行动”志愿服务活动启动仪式今天举行"]
    assert clean("\n".join([title, *lines, BODY])).text_original.splitlines()[:2] == lines


def test_the_title_again_under_a_samples_number_in_a_collection_goes(clean):
    title = "2020年计划生育协会工作总结"
    doc = clean("\n".join([title, "一:2020年计划生育协会工作总结", BODY, "一、2020年工作回顾", BODY2]))
    assert doc.title == title and doc.text_original.splitlines() == [BODY, "一、2020年工作回顾", BODY2]
    # an author's heading under its number is no print of the title
    heading = "一:2020年工作回顾"
    assert heading in clean("\n".join([title, heading, BODY])).text_original.splitlines()


def test_a_contributors_name_between_two_prints_of_the_title_is_the_sites(clean):
    title = "乡镇计生协评估情况报告总结范文"
    doc = clean("\n".join([title, "莉落老师", title, BODY, BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]
    # (a sentence there is the text's)
    assert "莉落老师讲得好。" in clean("\n".join([title, "莉落老师讲得好。", title, BODY])).text_original


def test_a_notice_without_a_heading_takes_the_heading_of_the_document_it_issues(clean):
    notice = "为贯彻落实上级工作要求,协会制订了《某区医疗机构计生协工作指南》,请各单位根据实际情况认真开展协会工作。"
    lines = ["各医疗机构:", notice, "某区计划生育协会", "2019年10月14日", "某区医疗机构计生协工作指南", BODY, BODY2]
    doc = clean("\n".join(lines))
    assert doc.title == "某区医疗机构计生协工作指南" and doc.text_original.splitlines() == lines
    # (a heading the notice does not name is another part of the text)
    assert clean("\n".join([*lines[:4], "某区医疗机构工作职责", BODY, BODY2])).title == ""


def test_a_title_glued_to_a_date_line_its_template_left_blank_and_a_salutation_parts_from_them(clean):
    line = ("在某县卫生健康教育进校园活动启动仪式上的讲话(2012年10月日)尊敬的各位领导,同志们:今天我们举行卫生健康教育进校园"
            "活动启动仪式,计生协要积极发挥作用。")
    doc = clean("\n".join([line, BODY]))
    assert doc.title == "在某县卫生健康教育进校园活动启动仪式上的讲话" and doc.speech_date is None
    assert doc.text_original.splitlines()[0] == "(2012年10月日)"


@pytest.mark.parametrize("crumb", ["当前位置:首页 > 领导讲话 > 区计划生育协会201X工作报告",
                                   "首页›领导讲话›区计划生育协会201X工作报告",
                                   "当前位置:首页 > 工作动态 > 领导讲话 区计划生育协会201X工作报告"])
def test_the_breadcrumbs_name_for_the_page_is_the_title_over_the_documents_slogan_heading(clean, crumb):
    heading = ["顺应形势发展树立“三新”观念", "全面推进计划生育协会工作"]
    doc = clean("\n".join([crumb, *heading, "各位理事、同志们:", BODY, BODY2]))
    assert doc.title == "区计划生育协会201X工作报告"
    assert doc.text_original.splitlines() == [*heading, "各位理事、同志们:", BODY, BODY2]


def test_the_date_a_site_printed_in_its_title_line_is_the_speechs_date(clean):
    head = ["在省计生协七届七次理事会暨工作会议上的报告(2017年2月28日)", "发布时间:2017-03-02",
            "积极作为 开拓创新 不断开创新时期计生协工作新局面", "——在省计生协七届七次理事会暨工作会议上的报告"]
    doc = clean("\n".join([*head, "各位理事,同志们:", BODY, BODY2]))
    assert doc.speech_date == "2017-02-28" and doc.published == "2017-03-02"
    # (or the day the title opens with)
    doc = clean("\n".join(["2017年2月28日在全县计划生育协会工作会议上的讲话", "时间:2022-05-25 11:59:00",
                           "2017年2月28日在全县计划生育协会工作会议上的讲话", "同志们:", BODY, BODY2]))
    assert doc.speech_date == "2017-02-28" and doc.published == "2022-05-25"
    # (a site's stamp, its day padded, is no speech's date)
    doc = clean("\n".join(["金山区:青春“鑫”绽放 健康我护航 (2023年11月01日)", BODY, BODY2]))
    assert doc.speech_date is None


def test_a_speechs_title_with_its_date_line_run_on_parts_from_it(clean):
    doc = clean("\n".join(["在全县计生协工作会议上的讲话（2017年2月28日）", "同志们：", BODY]))
    assert doc.title == "在全县计生协工作会议上的讲话" and doc.speech_date == "2017-02-28"
    assert doc.text_original.splitlines() == ["（2017年2月28日）", "同志们：", BODY]


def test_the_documents_slogan_heading_over_its_dashed_subtitle_that_repeats_the_title_stays(clean):
    title = "在全县计划生育协会理事会上的报告"
    doc = clean("\n".join([title, "顺应形势发展树立“三新”观念", "——" + title, "县计生协会长 张三", "同志们:", BODY, BODY2]))
    assert doc.title == title
    assert doc.text_original.splitlines()[:2] == ["顺应形势发展树立“三新”观念", "县计生协会长 张三"]


def test_a_posters_note_in_brackets_over_the_headline_is_passed_over(clean):
    note = "(前阵子找家计会资料重看这篇旧文,原文刊于2015-09-06。)"
    doc = clean("\n".join([note, "香港家庭计划指导会历史讲座—曾某博士", BODY, BODY2]))
    assert doc.title == "香港家庭计划指导会历史讲座—曾某博士"


def test_a_documents_opening_formula_is_no_title_and_stays(clean):
    opening = "现将区人口与计划生育工作总结和后两年工作思路汇报如下"
    doc = clean("\n".join(["第1篇 2016年人口委后两年工作计划范文", "人民政府办公室", opening, BODY]))
    assert doc.title == "2016年人口委后两年工作计划" and opening in doc.text_original


def test_a_title_run_into_a_reports_first_words_about_our_county_parts_from_them(clean):
    line = "计生委宣传教育工作半年总结我县人口计划生育宣传教育工作在省、市计生委的指导下,经过全县计生系统广大干部职工的努力,取得了一定的成绩。"
    doc = clean("\n".join([line, BODY]))
    assert doc.title == "计生委宣传教育工作半年总结" and doc.text_original.startswith("我县人口计划生育")


def test_a_storys_source_tag_split_off_its_lead_is_no_title(clean):
    doc = clean("\n".join(["枞阳在线消息 为更好地开展计生工作,元月8日上午,周潭镇召开计生协会工作会议,部署全年工作。", BODY]))
    assert doc.title == ""


def test_an_answers_short_lead_that_its_first_sentence_names_again_is_no_title(clean):
    answer = "独生子女证丢失后,补办需前往原发证机关办理。具体流程如下:"
    doc = clean("\n".join(["原发证机关", answer, BODY]))
    assert doc.title == "" and "原发证机关" in doc.text_original
    # (a document's heading that its first sentence calls its own is its title)
    opening = "为搞好机关效能建设,规范行政行为,提高工作质量,根据有关要求,制定以下工作制度。"
    doc = clean("\n".join(["工作制度", opening, BODY]))
    assert doc.title == "工作制度" and doc.text_original.splitlines() == [opening, BODY]


def test_an_entrys_name_that_its_definition_opens_with_stays_its_title(clean):
    doc = clean("\n".join(["计划生育协会", "计划生育协会是由群众自愿参加的非营利性社会团体。", BODY]))
    assert doc.title == "计划生育协会"


def test_an_interviews_headline_its_records_theme_repeats_is_the_title_and_the_slogan_above_goes(clean):
    head = "让现代化建设成果,更多更公平惠及妇女儿童"
    doc = clean("\n".join(["中国式现代化,民生为大。", head, "嘉宾:省妇联主席杨某某", "主题:" + head, BODY]))
    assert doc.title == head and doc.text_original.splitlines() == ["嘉宾:省妇联主席杨某某", "主题:" + head, BODY]


def test_a_kicker_that_reports_who_said_the_headline_is_no_part_of_the_title_and_goes(clean):
    kicker, head = "省计生委主任某某在我市作专题报告时指出", "坚定不移做好新时期人口和计划生育工作"
    lead = "5月21日,省计生委主任某某应邀来到曹县,就如何做好新时期人口和计划生育工作作专题报告。"
    doc = clean("\n".join([kicker, head, lead, BODY]))
    assert doc.title == head and doc.text_original.splitlines() == [lead, BODY]


def test_an_aggregators_tag_of_a_body_and_a_persons_name_before_the_headline_goes():
    assert clean_title("国家卫计委徐永昌 国家卫生计生委“圆梦女孩”志愿行动走进阜南县") == "国家卫生计生委“圆梦女孩”志愿行动走进阜南县"
    # (joint issuers name no person: both stay)
    assert clean_title("国家卫健委 国家中医药局关于做好计划生育协会工作的通知") == "国家卫健委 国家中医药局关于做好计划生育协会工作的通知"


def test_a_deck_between_the_headline_and_the_storys_byline_goes_with_the_headline(clean):
    head, deck = "省“5·15国际家庭日”主题宣传活动在平举行", "启动创建全国生育友好工作先进单位"
    story = "本报讯 昨天上午,浙江省2023年“5·15国际家庭日”主题宣传活动启动仪式在我市举行。"
    doc = clean("\n".join(["第C01版:今日平湖报", head, deck, "■记者 李某某", story, BODY]))
    assert doc.title == head and deck not in doc.text_original
    # (a line between the headline and a text with no byline is the text's)
    line = "启动创建全国生育友好工作先进单位"
    assert line in clean("\n".join([head, line, BODY, BODY2])).text_original


def test_a_sites_name_with_its_mobile_editions_note_before_the_headline_goes():
    assert clean_title("淄博某某服装制造有限责任公司(3G网站)7.11世界人口日宣传") == "7.11世界人口日宣传"
    assert clean_title("某某网(手机版)县计生协召开理事会") == "县计生协召开理事会"


def test_a_sites_words_before_a_colon_go_where_the_headline_after_it_is_printed_alone_over_the_text(clean):
    head = "副市长杨某某发表谈话纪念“世界人口日”"
    lead = "今年是第23个世界人口日,我国的宣传活动主题确定为“让家庭健康、和谐”。为此,副市长杨某某发表了谈话。"
    doc = clean("\n".join(["杨某某出诊表 马鞍山:副市长杨某某发表谈话纪念世界人口日", head, lead, BODY]))
    assert doc.title == head and doc.text_original.splitlines() == [lead, BODY]


def test_a_subtitle_after_its_dash_at_the_very_top_is_the_headline_and_the_first_section_heading_stays(clean):
    doc = clean("\n".join(["——深圳市计生协举办“5.29会员活动日”活动", "迎接党的二十大胜利召开", BODY, "致谢同心抗疫 每个人都是一面旗帜", BODY2]))
    assert doc.title == "深圳市计生协举办“5.29会员活动日”活动" and doc.text_original.splitlines()[0] == "迎接党的二十大胜利召开"


def test_a_collections_label_for_its_first_piece_and_the_sites_words_on_the_genre_over_it_go(clean):
    blurb = "报告可以是对某个项目、活动或研究成果进行的详细陈述和归纳。报告的结构应该合理,各个部分之间应该有明确的逻辑关系。"
    doc = clean("\n".join(["生育二胎调查报告", blurb, "生育二胎调查报告篇一", BODY, BODY2]))
    assert doc.title == "生育二胎调查报告" and doc.text_original.splitlines() == [BODY, BODY2]


def test_a_documents_title_put_in_as_a_clause_of_a_sentence_goes_but_a_storys_lead_telling_its_headline_stays(clean):
    line = "xx乡位于县城北部19公里处,辖区面积33.11平方公里,乡镇计划生育工作汇报。全乡辖12个行政村,53个村民小组。"
    doc = clean("\n".join(["乡镇计划生育工作汇报", line, BODY]))
    assert doc.text_original.splitlines()[0] == "xx乡位于县城北部19公里处,辖区面积33.11平方公里,全乡辖12个行政村,53个村民小组。"
    lead = "为进一步明确目标任务,3月28日上午,韶关市召开2019年度计生协工作会议。市卫生健康局副局长出席。"
    assert clean("\n".join(["韶关市召开2019年度计生协工作会议", lead, BODY])).text_original.splitlines()[0] == lead


def test_the_title_printed_before_the_documents_own_heading_on_one_line_goes_and_the_heading_is_the_title(clean):
    doc = clean("\n".join(["人口计划生育工作总结_2", "人口计划生育工作总结 **镇**年人口和计划生育工作总结", BODY, BODY2]))
    assert doc.title == "**镇**年人口和计划生育工作总结" and doc.text_original.splitlines() == [BODY, BODY2]


@pytest.mark.parametrize("site, own", [
    ("村级计划生育协会工作管理规范", "二郎镇村级计划生育协会工作管理规范"),
    ("婦女代表大會閉幕式上的講話稿范文", "2022婦女代表大會閉幕式上的講話"),
    ("年终全乡计划生育工作会议上的讲话", "在全乡计划生育工作会议上的讲话"),
    ("市计生协会长在全市计生协工作会议上的讲话", "在全市计生协工作会议上的讲话"),
])
def test_the_documents_own_heading_under_the_sites_wording_of_it_is_the_title(clean, site, own):
    doc = clean("\n".join([site, own, BODY, BODY2]))
    assert doc.title == own and doc.text_original.splitlines() == [BODY, BODY2]


@pytest.mark.parametrize("first", ["一、2020年计划生育协会工作总结", "2020年计划生育协会工作总结暨表彰大会在京召开。"])
def test_a_heading_numbered_or_a_sentence_under_the_title_is_no_heading_of_the_document(clean, first):
    doc = clean("\n".join(["2020年计划生育协会工作总结", first, BODY, BODY2]))
    assert doc.title == "2020年计划生育协会工作总结" and doc.text_original.splitlines()[0] == first


def test_a_title_ending_in_its_drafts_wengao_run_into_the_text_parts_from_it(clean):
    line = "2021年区卫计局今年工作总结明年工作安排文稿今年以来,区卫计局围绕区委、区政府中心工作,以新旧动能转换为抓手,卫生计生事业实现健康持续发展。"
    doc = clean("\n".join([line, BODY]))
    assert doc.title == "2021年区卫计局今年工作总结明年工作安排文稿" and doc.text_original.startswith("今年以来,区卫计局")


def test_a_collections_label_for_its_first_piece_may_number_it_in_brackets(clean):
    doc = clean("\n".join(["计划生育调查报告范本", "计划生育调查报告范本(一)", BODY, BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_headlines_kicker_of_two_short_phrases_split_a_line_each_joins_the_title_and_leaves_the_text(clean):
    headline = "莱州市开展优生优育指导进社区集中活动月纪实"
    doc = clean("\n".join(["莺花三月", "话优生", headline, BODY, BODY2]))
    assert doc.title == "莺花三月 话优生 " + headline and doc.text_original.splitlines() == [BODY, BODY2]


def test_a_running_header_printed_twice_over_the_title_goes_where_a_page_break_prints_it_again(clean):
    top = ["某某学院推荐文档", "2020年度计生宣传教育工作总结范文", "某某学院推荐文档", "2020年度计生宣传教育工作总结范文"]
    doc = clean("\n".join([*top, BODY, "一、积极探索,拓展宣传教育工作方式", "某某学院推荐文档", BODY2]))
    assert doc.text_original.splitlines() == [BODY, "一、积极探索,拓展宣传教育工作方式", BODY2]


def test_the_title_with_a_librarys_name_glued_before_it_under_the_page_counter_goes(clean):
    title = "2024年村镇出生人口性别比整治方案"
    doc = clean("\n".join([title, BODY, BODY2, "第1 页共 3页", "某某文库" + title]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


@pytest.mark.parametrize("question", ["失独家庭该怎么办", "独生子女证怎么补办"])
def test_a_question_in_brackets_glued_before_its_answer_is_the_title(clean, question):
    answer = "“失独家庭”是指因意外、疾病或其他原因失去唯一子女的家庭,这类家庭往往面临多重困境。"
    doc = clean("\n".join([f"【{question}】{answer}", "一、现状与问题总结", BODY]))
    assert doc.title == question and doc.text_original.splitlines()[0] == answer
    # (a news lead's tag in brackets asks nothing: it stays with its lead)
    lead = "【本报综合报道】县计生协近日开展走访慰问活动,为困难家庭送去慰问金。"
    assert clean("\n".join([lead, BODY])).text_original.splitlines()[0] == lead


def test_a_headline_in_brackets_that_names_its_genre_glued_before_the_first_sentence_is_the_title(clean):
    first = "在现代社会,随着人们对健康和生活质量的重视不断提高,计划生育与优生优育已经成为家庭和社会关注的重要议题。"
    doc = clean("\n".join(["【计划生育优生优育知识讲座】" + first, BODY]))
    assert doc.title == "计划生育优生优育知识讲座" and doc.text_original.splitlines()[0] == first
    # (a tag that names no genre stays with its lead)
    lead = "【计生协动态】县计生协近日开展走访慰问活动,为困难家庭送去慰问金,受到群众好评。"
    assert clean("\n".join([lead, BODY])).text_original.splitlines()[0] == lead


@pytest.mark.parametrize("masthead", ["某某文档 · 在线阅读", "某某侠 mouxia.com | 文档分享平台", "某某狗 - 专业的范文写作平台"])
def test_a_sites_short_name_left_with_the_mark_before_its_motto_goes(clean, masthead):
    doc = clean("\n".join([masthead, "某镇计生协2023年工作总结", BODY, BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2] and doc.title == "某镇计生协2023年工作总结"


def test_a_speechs_heading_over_its_dashed_subtitle_stays_when_the_sites_file_name_is_the_title(clean):
    heading, subtitle = "团结奋进 担当作为 奋力开创全县计生协事业新局面", "——在某县计划生育协会第四次会员代表大会上的工作报告"
    doc = clean("\n".join(["某县计生协第四次会员代表大会工作报告.docx", "约12页 | 2022-07-10 发布 | 浏览量:216", heading, subtitle, BODY, BODY2]))
    assert doc.title == "某县计生协第四次会员代表大会工作报告" and doc.text_original.splitlines()[:2] == [heading, subtitle]


def test_a_salutations_list_of_those_addressed_that_the_pages_wrap_cut_is_the_text_not_a_title(clean):
    lines = ["總會代表,南區區職幹部,各位同濟會兄會姐及與會的各", "位貴賓大家好,我是本屆新任會長某某某,非常歡迎各位今天的撥", "空蒞臨!", BODY]
    doc = clean("\n".join(lines))
    assert doc.title == "" and doc.text_original.startswith(lines[0])


@pytest.mark.parametrize("stamp, day", [("2004年07月27日", "2004-07-27"), ("(2023年11月01日)", "2023-11-01")])
def test_a_sites_stamp_in_words_with_a_padded_month_or_day_under_the_headline_dates_the_page_and_goes(clean, stamp, day):
    lead = "嘉善县自去年6月启动青少年生殖健康援助行动以来,通过一年的积极探索和不断努力,取得了明显成效。"
    doc = clean("\n".join(["嘉善完善青少年生殖健康教育", stamp, lead, BODY]))
    assert doc.published == day and doc.text_original.splitlines() == [lead, BODY]


def test_a_padded_date_line_over_a_salutation_stays_the_speechs(clean):
    doc = clean("\n".join(["在全县计生协工作会议上的讲话", "(2023年05月15日)", "同志们:", BODY]))
    assert doc.text_original.splitlines()[0] == "(2023年05月15日)"


def test_the_title_after_a_buttons_word_at_the_pages_foot_goes(clean):
    doc = clean("\n".join(["婚育新风拂城乡", BODY, BODY2, "收藏婚育新风拂城乡)"]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_headline_that_quotes_an_exclamation_is_the_title(clean):
    lead = "3月21日,笔者来到某县某乡,村民们纷纷说起诚信计生给他们带来的好处,发自内心地说:“诚信计生就是好!”"
    doc = clean("\n".join(["“诚信计生就是好!”", lead, BODY]))
    assert doc.title == "诚信计生就是好!" and doc.text_original.splitlines() == [lead, BODY]


def test_a_padded_date_line_over_a_reports_first_words_stays_the_reports(clean):
    doc = clean("\n".join(["在区计生协五届三次理事会上的工作报告", "(2020年01月16日)", "现在,我代表区计生协常务理事会向大会报告工作。", BODY]))
    assert doc.text_original.splitlines()[0] == "(2020年01月16日)"
    assert doc.speech_date == "2020-01-16" and doc.published is None


def test_a_headline_whose_closing_bracket_a_wrap_put_on_the_next_line_is_one_title(clean):
    lead = "本刊讯 记者从日前召开的农村人口文化大院师资培训班暨现场交流会上获悉,我国已建成人口文化大院20.2万个。"
    doc = clean("\n".join(["[二十万农村人口文化大院建成等", "]人口文化大院活动记录", lead, BODY]))
    assert doc.title == "[二十万农村人口文化大院建成等]人口文化大院活动记录"
    assert "]人口文化大院活动记录" not in doc.text_original


def test_a_hard_wrapped_lines_middle_after_prose_that_stops_short_is_no_title(clean):
    lines = ["计划生育法规政策及相关知识", "一、坚持稳定现行生育政策不动摇", "2010年2月5日,国家人口计生委在广州召开南方十二",
             "省人口计生委主任座谈会。国家人口计生委副主任向", "与会人员传达了国务院领导同志近期有关人口计生问题的",
             "重要讲话精神。讲话精神强调指出实行计划生育是党和政府", "从我国国情出发所采取的重大国策,实践证明,实行计划生",
             "育符合国家和百姓的长远利益。", BODY]
    doc = clean("\n".join(lines))
    assert doc.title == "计划生育法规政策及相关知识" and "从我国国情出发所采取的重大国策" in doc.text_original


def test_a_title_labelled_with_a_word_before_its_label_is_the_title(clean):
    doc = clean("\n".join(["发现文章标题:某省村级人口和计划生育管理与服务工作规范 某省村级人口和计划生育管理与服务工作规范.doc-免费下载", "",
                           "第一章 总则", "第一条 为加强村级人口和计划生育工作,结合我省实际,制定本规范。", BODY]))
    assert doc.title == "某省村级人口和计划生育管理与服务工作规范" and "免费下载" not in doc.text


def test_a_verse_that_opens_a_post_is_no_title_and_stays(clean):
    verse = ["五月的鹭岛,", "凤凰花灼灼盛开", "六月的椰风,", "送来青春的热烈与思考"]
    first = "从5月26日至6月6日,一场以“倡新型婚育文化”为主题的青春之约,在十所高校接连上演。"
    doc = clean("\n".join(["点击上方蓝字", *verse, first, BODY]))
    assert doc.title == "" and doc.text_original.splitlines() == [*verse, first, BODY]


def test_a_short_heading_over_a_list_of_questions_is_the_texts_though_it_holds_a_genres_word(clean):
    qa = ["问答时刻", "1.什么是青春健康同伴社?", "青春健康同伴社团是一支致力于青春健康、同伴教育的公益志愿团队。", "2.社团一般都有哪些活动?",
          "第一,可以接受青春健康领域专家的培训指导。"]
    doc = clean("\n".join(["青春应该拼搏", "我们要做一个勇敢的拾荒者!", *qa, BODY]))
    assert doc.title != "问答时刻" and doc.text_original.splitlines()[-len(qa) - 1:] == [*qa, BODY]


def test_a_part_heading_an_outline_prints_again_is_no_title(clean):
    outline = ["第一部分 某市计划生育协会概况", "一、主要职能", "二、部门预算单位构成", "第二部分 某市计划生育协会2017年部门预算情况说明",
               "第三部分 名词解释", "第一部分 某市计划生育协会概况", "部门主要工作职责", BODY]
    doc = clean("\n".join(["某市计划生育协会2017年预算公开说明", *outline]))
    assert doc.title == "某市计划生育协会2017年预算公开说明" and doc.text_original.splitlines() == outline


def test_a_reading_widgets_label_between_the_headline_and_its_row_leaves_the_headline_named(clean):
    head = ["關注2007年兩岸春節包機", "字號:", "全國婦聯主席顧秀蓮:弘揚中華文化 共促婦女發展", "  時間:2006-09-19 12:37    來源:     "]
    doc = clean("\n".join([*head, BODY, BODY2]))
    assert doc.title == "全國婦聯主席顧秀蓮:弘揚中華文化 共促婦女發展" and doc.published == "2006-09-19"


def test_a_menus_last_two_items_over_the_headline_are_no_kicker_of_it(clean):
    head = ["海西動態", "閩臺交流活動", "了解海西", "海西西岸(福建)", "農業合作試驗區", "臺灣水果中轉站", "字號:",
            "兩岸婦女界冀望親情攜手 共謀發展", "  時間:2009-11-09 10:44    來源:中新網"]
    doc = clean("\n".join([*head, BODY, BODY2]))
    assert doc.title == "兩岸婦女界冀望親情攜手 共謀發展"


def test_a_breadcrumb_on_this_pages_place_numbered_by_a_list_is_furniture_over_the_headline(clean):
    headline = "紅十字會副會長談計生協會員之家建設"
    doc = clean("\n".join(["2. 本頁位置: 首頁新聞中心協會動態", headline, "2010年06月13日 14:42 來源:人民畫報", BODY, BODY2]))
    assert doc.title == headline and doc.text_original.splitlines() == [BODY, BODY2]


def test_a_breadcrumb_whose_marks_a_wrong_charset_made_question_marks_goes_and_the_headline_under_it_is_the_title(clean):
    headline = "民國時期的生育思想"
    doc = clean("\n".join(["? 首頁 ? 理論教育 ?民國時期的生育思想", headline, "時間:2023-03-14 版權反饋", BODY, BODY2]))
    assert doc.title == headline and doc.text_original.splitlines() == [BODY, BODY2]


@pytest.mark.parametrize("head", [
    ["在市计生协第三次会员代表大会上的讲话 (摘要) 省计生协会长 孙家贤 (2009年4月30日)"],
    ["在市计生协第三次会员代表大会上的讲话", "(摘要)", "省计生协会长 孙家贤", "(2009年4月30日)"],
])
def test_the_authors_qualifier_split_off_the_headline_is_the_titles(clean, head):
    doc = clean("\n".join([*head, "同志们:", BODY, BODY2]))
    assert doc.title == "在市计生协第三次会员代表大会上的讲话(摘要)"
    assert "(摘要)" not in doc.text_original and doc.text_original.startswith("省计生协会长")


def test_a_qualifier_far_under_the_headline_is_the_texts(clean):
    doc = clean("\n".join(["县计生协2023年工作要点", BODY, "(征求意见稿)", BODY2]))
    assert doc.title == "县计生协2023年工作要点" and "(征求意见稿)" in doc.text_original


@pytest.mark.parametrize("glued", ["xx镇计划生育工作交流材料xx镇计划生育工作交流材料", "xx镇计划生育工作交流材料"])
def test_a_title_label_run_on_into_the_text_gives_the_title_alone(clean, glued):
    text = "上一年,我xx镇的计划生育工作在县委、政府的领导和县计生委的具体指导下,坚决执行《人口与计划生育法》,抓好经常性工作。" + BODY
    doc = clean("\n".join(["XX镇计划生育工作交流材料", f"文章标题:{glued}{text}", BODY2]))
    assert doc.title == "xx镇计划生育工作交流材料" and doc.text_original.splitlines() == [text, BODY2]


def test_a_headline_with_its_documents_number_after_it_is_the_title_not_a_letterhead(clean):
    title = "某市教育局关于对县市区计生综治工作督查情况的通报(某市教通〔2015〕82号)"
    doc = clean("\n".join([title, "各县市区教育局:", "根据省市2015年度人口与计划生育综治工作目标管理考核要求,我局组织了专项督查。", BODY]))
    assert doc.title == title and doc.text_original.startswith("各县市区教育局:")


def test_a_letterheads_number_over_the_documents_heading_keeps_both(clean):
    heading = "关于对县市区计生综治工作督查情况的通报"
    doc = clean("\n".join(["某市教通〔2015〕82号", heading, "各县市区教育局:", "根据考核要求,我局组织了专项督查。", BODY]))
    assert doc.text_original.startswith("某市教通〔2015〕82号\n" + heading)


@pytest.mark.parametrize("first", ["壹、時間:民國114年12月26日下午6:30", "貳、會務報告"])
def test_an_item_numbered_with_a_capital_numeral_begins_the_text_and_is_no_title(clean, first):
    doc = clean("\n".join([first, "參、出席人員:", "1、應出席人數:12人", "會議由理事長主持,審議通過了年度工作報告。", BODY]))
    assert doc.title == "" and doc.text_original.startswith(first)


def test_a_greetings_title_run_on_into_its_verse_is_the_title(clean):
    text = "凯歌辞旧岁,瑞雪迎新年。我们满载着一年的收获,满载着对新年的无限希望和憧憬,欢聚一堂。"
    doc = clean("\n".join(["老年大学新年贺词" + text, BODY]))
    assert doc.title == "老年大学新年贺词" and doc.text_original.splitlines() == [text, BODY]


def test_a_line_telling_what_a_greeting_said_is_no_title(clean):
    line = "县计生协会长在新年贺词中指出,过去的一年,全县各级计生协围绕中心、服务大局,做了大量工作。"
    doc = clean("\n".join([line, BODY]))
    assert doc.title == "" and doc.text_original.splitlines() == [line, BODY]


def test_a_speakers_first_office_ended_with_a_comma_over_the_rest_of_the_byline_is_no_title(clean):
    lines = ["2025年全国1%人口抽样调查工作协调小组办公室主任,", "国家统计局党组成员、副局长 阮某某", "同志们:", BODY, BODY2]
    doc = clean("\n".join(lines))
    assert doc.title == "" and doc.text_original.splitlines()[0] == lines[0] and doc.doc_type == "讲话"


def test_a_portals_channel_words_over_the_headline_its_date_row_names_go(clean):
    headline = "某市母婴健康促进行动已有九万人次参与"
    doc = clean("\n".join(["新闻源 财富源", "2024年04月20日 星期六", "财经 > 滚动新闻 > 正文", headline,
                           "• 发布时间:2014-08-21 15:35:00  来源:某某经济网  作者:吴某某", BODY, BODY2]))
    assert doc.title == headline and doc.text_original.splitlines() == [BODY, BODY2]


def test_a_law_databases_headline_with_the_papers_number_before_it_and_its_bare_copy_go(clean):
    title = "国家卫生健康委办公厅关于开展2021年预防出生缺陷日主题宣传活动的通知"
    lines = [f"国卫办妇幼函〔2021〕487号《{title}》", title, "国卫办妇幼函〔2021〕487号", "各省、自治区、直辖市卫生健康委:", BODY, BODY2]
    doc = clean("\n".join(lines))
    assert doc.title == title and doc.text_original.splitlines() == lines[2:]
