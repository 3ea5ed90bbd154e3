"""UploadMetadata: label:value lines of listings go, and the page's date is kept as `published`;
a document's own labelled lines (a meeting notice's 时间/地点, an essay call's 字数/格式) stay."""

from __future__ import annotations

import pytest

from cleaners.dates import first_date
from cleaners.listing_metadata import UploadMetadata, parse_pairs

BODY = ["各位理事、同志们：", "我代表区计划生育协会第一届常务理事会向大会作工作报告，请予审议，并请各位理事提出意见。"]


def removed(draft, rule="upload_metadata"):
    return [r.text for r in draft.removed if r.rule == rule]


@pytest.mark.parametrize("meta, published", [
    (["- 文档编号:28872781", "- 上传时间:2023-07-20", "- 格式:DOCX", "- 页数:13", "- 大小:28.27KB"], "2023-07-20"),
    (["- 文檔編號：28872781", "- 上傳時間：2023-07-20", "- 格式：DOCX", "- 頁數：13", "- 大小：28.27KB"], "2023-07-20"),
    (["发布时间: 2013.08.15\u00a0\u00a0\u00a0来源:超级管理员"], "2013-08-15"),
    (["發佈時間：2013.08.15\u3000\u3000來源：超級管理員"], "2013-08-15"),
    (["时间:2022-05-25 11:59:00"], "2022-05-25"),
    (["時間：2022-05-25 11:59:00"], "2022-05-25"),
    (["【发布时间：2021-03-05 10:22:00】【来源：县计生协】【字体：大 中 小】"], "2021-03-05"),
    (["作者:admin  来源:本站原创  点击数:1234  更新时间:2019-3-5"], "2019-03-05"),
    (["作者:孙某某 稿源:后勤管理处 发稿日期:2006年11月14日"], "2006-11-14"),  # (a newsroom's word for the source)
    (["发布日期：2023年12月20日 | 信息来源：县计生协 | 浏览次数：321"], "2023-12-20"),
    (["2022-05-25 11:59"], "2022-05-25"),
    # the window's buttons printed after the date
    (["29.11.2022  17:53"], "2022-11-29"),
    (["时间:2019-10-30 [关闭窗口]"], "2019-10-30"), (["發佈時間：2019-10-30【打印】【關閉】"], "2019-10-30"),
    # a download link's words between the time and the next label
    (["\u65f6\u95f4:2019-05-13 09:44:43\u4e0b\u8f7d\u672c\u6587\u4f5c\u8005:\u4f1a\u5458\u4e0a\u4f20"], "2019-05-13"),
    # a title's words in a label, a credit glued to a name
    (["\u672c\u6587\u6807\u9898:\u5e02\u8ba1\u751f\u534f\u53ec\u5f00\u7406\u4e8b\u4f1a - \u5065\u5eb7\u65b0\u95fb", "时间:2019-10-30"], "2019-10-30"),
    (["作者:江涛编辑:罗俊", "时间:2019-10-30"], "2019-10-30"),
    # a date's label glued to a count, and a copy mark between them
    (["本文由某某在线发布于2018-05-21"], "2018-05-21"),
    (["浏览:24935次时间:2023年3月10日"], "2023-03-10"), (["浏览:24935次'时间:2023年3月10日"], "2023-03-10"),
    # the editor on duty signs a county paper's page
    (["编 辑:杨永明", "值班总编:黄荣华", "时间:2019-10-30"], "2019-10-30"),
    # a file's totals on a sharing site
    (["总页数:33 页", "总字数:约1.7万字", "更新时间:2026-01-11"], "2026-01-11"),
    (["\u7f51\u7ad9:\u516c\u6587\u7d20\u6750\u5e93 | \u65f6\u95f4:2019-05-27 19:17:45 | \u79fb\u52a8\u7aef:\u53bf\u79d1\u534f\u5de5\u4f5c\u603b\u7ed3"], "2019-05-27"),
    # a source's name with the page's date after a wide gap
    (["来源:某某网           2005年12月13日   阅读:"], "2005-12-13"),
    # empty labels and a count in tens of thousands
    (["推荐人: 来源: 摩登社 阅读: 2.7W 次", "时间:2019-10-30"], "2019-10-30"),
    # a sharing site's cells run together, its counters and buttons after the last
    (["栏目:调研报告发布:2012-08-15浏览:2321下载208次收藏"], "2012-08-15"),
    # a portal's bulleted row with the body that put the page up
    (["• 时间:2023-05-04 08:58:16", "• 发布:某某卫生健康委"], "2023-05-04"),
    # the document a policy Q&A reads, by its whole title
    (["发布时间:2022年09月30日 10:16   信息来源:省计生协权益部", "解读文件:《某某省关于进一步做好计划生育特殊家庭扶助关怀工作的实施意见》",
      "解读形式:图文解读"], "2022-09-30"),
    # an e-paper's date picker, a paper's issue date
    (["日期查询:2022年11月18日"], "2022-11-18"), (["刊发日期:2017-12-26 阅读次数: 作者:  语音阅读:"], "2017-12-26"),
    # a content management system's own name for the page's date
    (["内容时间:2016-03-14"], "2016-03-14"),
    # a disclosure catalogue's empty fields and its file number, a visit counter and a source printed twice, the site's own name
    (["文件編號:溫甌七優享辦〔2023〕2號", "意見征集:", "政策原文:", "發布日期:2023-05-23 14:29 訪問次數: 來源: 某某區府辦 某某區府辦"], "2023-05-23"),
    (["本网:某某祠 信息来源:某某祠 更新时间:2016-09-29"], "2016-09-29"),
    # a view counter run into the page's date stamp, the row whole or split at its space
    (["488272020-01-13"], "2020-01-13"), (["488272020-01-13 08:55:31.465 缩小 放大"], "2020-01-13"),
    # a news site's category and its empty type-size label
    (["記者:張某 新聞分類:聯播在線 更新日期:2017-01-18 13:30:00", "文字級數:"], "2017-01-18"),
])
def test_listing_lines_go_and_date_is_kept(run_step, meta, published):
    draft = run_step(UploadMetadata(), ["区计划生育协会工作报告", *meta, *BODY])
    assert draft.lines == ["区计划生育协会工作报告", *BODY]
    assert len(removed(draft)) == len(meta)
    assert (draft.facts.get("published") or draft.facts.get("updated")) == published


def test_a_row_saying_how_long_ago_with_a_label_after_a_bracket_and_a_count_glued_to_a_name_goes(run_step):
    lead = "2017,某某区计划生育工作将这样开展……"  # a headline that ends as a sentence does: no title over a stamped row
    draft = run_step(UploadMetadata(), [lead, "时间:6年前 (2018-05-04)来源:怀孕期阅读量: 118", "导读:", *BODY])
    assert draft.lines == [lead, "导读:", *BODY]
    assert draft.facts["published"] == "2018-05-04"


def test_a_listing_rows_length_is_declared_and_its_date_published(clean):
    doc = clean("\n".join(["村计生协工作调查报告", "发布于2023-12-10 14:51,全文约 11536 字", *BODY]))
    assert doc.published == "2023-12-10" and doc.declared_chars == 11536
    assert "发布于" not in doc.text and "全文约" not in doc.text


def test_a_dated_row_with_the_sites_words_run_on_goes_and_leaves_them(run_step):
    row = "\u5185\u5bb9\u53d1\u5e03\u66f4\u65b0\u65f6\u95f4 : 2024/6/24 20:16:32\u661f\u671f\u4e00 "
    draft = run_step(UploadMetadata(), ["\u6807\u9898", row + "\u4e0b\u9762\u662f\u6587\u7ae0\u7684\u5168\u90e8\u5185\u5bb9\u3002", *BODY])
    assert draft.lines == ["\u6807\u9898", "\u4e0b\u9762\u662f\u6587\u7ae0\u7684\u5168\u90e8\u5185\u5bb9\u3002", *BODY]
    assert draft.facts["published"] == "2024-06-24"


def test_update_time_counts_only_without_a_publication_date(run_step):
    draft = run_step(UploadMetadata(), ["更新时间：2020-01-02", "发布时间：2019-12-30", *BODY])
    assert draft.facts["published"] == "2019-12-30"
    assert draft.facts["updated"] == "2020-01-02"


def test_site_only_labels_go_anywhere(run_step):
    middle = BODY * 10 + ["上传时间：2023-07-20  下载次数：12"] + BODY * 10
    draft = run_step(UploadMetadata(), middle)
    assert draft.lines == BODY * 20


def test_upload_block_under_the_preview_goes(run_step):
    tail = ["上传人：小***", "上传时间：2012-09-13", "浏览次数：83", "下载次数：30"]
    draft = run_step(UploadMetadata(), [*BODY, *tail])
    assert draft.lines == BODY


@pytest.mark.parametrize("lines", [
    ["中共衢州市委办公室文件", "衢委办[2006]101号", "市委办公室  市政府办公室", "各县(市、区)委、人民政府,市级机关各单位:",
     "中共衢州市委办公室", "衢州市人民政府办公室", "2006年8月22日"],
    ["衢委办〔2006〕101号", "各县（市、区）委、人民政府，市级机关各单位："],
    ["来源于群众、服务于群众，是计生协工作的出发点。"],
    ["时间就是效率，各地要抓紧落实。"],
    ["局长表态:", "协会经费需要多少拨多少,且随时划拨。"],
])
def test_document_lines_stay(run_step, lines):
    draft = run_step(UploadMetadata(), lines)
    assert draft.lines == lines
    assert not draft.removed


@pytest.mark.parametrize("time_line", ["时间：2023年5月10日上午9时", "时间:2023年5月10日", "會議時間：2023年5月10日上午9時",
                                       "日期：2023年5月10日（星期三）", "时间:2024-04-05 9:30 地点:村委会会议室"])
def test_a_meeting_notice_keeps_its_time_and_place(run_step, time_line):
    notice = ["各乡镇计生协：", "经研究，决定召开全县计生协理事会，现将有关事项通知如下：", "一、会议时间和地点",
              time_line, "地点：县政府三楼会议室", "二、参会人员", "各乡镇计生协专职副会长。", "县计生协", "2023年5月4日"]
    draft = run_step(UploadMetadata(), notice)
    assert draft.lines == notice
    assert "published" not in draft.facts


def test_an_essay_call_keeps_its_requirements(run_step):
    notice = ["各乡镇计生协：", "为庆祝协会成立30周年，决定开展征文活动。", "一、征文要求", "字数：3000字以内",
              "格式：Word文档", "二、报送时间", "请于6月30日前报送。", "县计生协", "2023年5月4日"]
    assert run_step(UploadMetadata(), notice).lines == notice


@pytest.mark.parametrize("line, pairs", [
    ("- 格式:DOCX", [("格式", "DOCX")]),
    ("发布时间：2013.08.15 来源：超级管理员", [("发布时间", "2013.08.15"), ("来源", "超级管理员")]),
    ("时间：2023年5月10日 地点：县政府会议室", None),
    ("来源于群众，服务于群众。", None),
])
def test_parse_pairs(line, pairs):
    from cleaners.draft import shadow

    assert parse_pairs(shadow(line)) == pairs


@pytest.mark.parametrize("stamp, published", [
    ("2019年05月30日 10:20 来源:市计生协", "2019-05-30"),
    ("2019-05-30 来源：新华网 作者：张三", "2019-05-30"),
    ("【2019/5/30 09:12】", "2019-05-30"),
    ("2018 / 05 / 24", "2018-05-24"),
    ("1/28/2013 11:25:49 AM", "2013-01-28"),  # an American site's, the half of the day after its time
    ("2023年6月6日 星期二 16:42:07 CST", "2023-06-06"),  # a mail archive's header: weekday, clock and zone
    ("2023年6月6日 16:42:07", "2023-06-06"),
])
def test_a_stamp_first_line_in_the_head_is_listing(run_step, stamp, published):
    draft = run_step(UploadMetadata(), ["在全市计生协会员代表大会上的讲话", stamp, "各位代表、同志们："])
    assert stamp not in draft.lines and draft.facts["published"] == published


@pytest.mark.parametrize("line", ["2017年2月28日", "（2017年2月28日）", "2019年05月30日在全市大会上的讲话", "2017年2月28日 星期二"])
def test_an_authors_date_line_is_not_a_stamp(run_step, line):
    draft = run_step(UploadMetadata(), ["在全市计生协会员代表大会上的讲话", line, "各位代表、同志们："])
    assert line in draft.lines and "published" not in draft.facts


def test_a_page_address_with_a_query_string_is_a_listing_value(run_step):
    from cleaners.listing_metadata import UploadMetadata

    body = "各级计生协要积极发挥群众组织的特有优势，坚持以人为本。"
    draft = run_step(UploadMetadata(), ["页面地址是:http://example.org/article.asp?articleid=5026", body])
    assert draft.lines == [body]


def test_a_date_label_glued_to_a_name_and_a_sources_stamp_give_the_publication_date(run_step):
    from cleaners.listing_metadata import UploadMetadata

    body = "各级计生协要积极发挥群众组织的特有优势，坚持以人为本。"
    draft = run_step(UploadMetadata(), ["某某区人口计生委发布时间:2015-09-07 |", body])
    assert draft.lines == ["某某区人口计生委", body] and draft.facts["published"] == "2015-09-07"
    draft = run_step(UploadMetadata(), ["浏览次数:174 信息来源: 某某区人口计生委发布时间:2015-09-07 |", body])
    assert draft.lines == [body] and draft.facts["published"] == "2015-09-07"
    draft = run_step(UploadMetadata(), ["來源:新華社 |   2021年03月09日12:46", body])
    assert draft.lines == [body] and draft.facts["published"] == "2021-03-09"


def test_a_label_glued_to_the_time_before_it(run_step):
    from cleaners.listing_metadata import UploadMetadata

    body = "各级计生协要积极发挥群众组织的特有优势，坚持以人为本。"
    draft = run_step(UploadMetadata(), ["更新时间:2018-12-05 00:11作者:某某老师", body])
    assert draft.lines == [body] and draft.facts["updated"] == "2018-12-05"


def test_an_editors_credit_with_a_trainees_after_it_goes_whole(run_step):
    from cleaners.listing_metadata import UploadMetadata

    draft = run_step(UploadMetadata(), [*BODY, "编辑:苏某某 实习生:曾某"])
    assert draft.lines == BODY


def test_a_layout_editors_credit_goes(run_step):
    from cleaners.listing_metadata import UploadMetadata

    body = "各级计生协要积极发挥群众组织的特有优势，坚持以人为本。"
    draft = run_step(UploadMetadata(), [body, "排版编辑:王五"])
    assert draft.lines == [body]


@pytest.mark.parametrize("credits", [["◆文:记者 徐钧钻 通讯员 朱德芳", "◆编辑:蓝运良", "◆二审:陈彦", "◆三审:向才志", "◆素材来源:中山日报"],
                                     ["总监制:马吉志", "投稿地址:fcjsx04@163.com"], ["一审:郭秋含", "二审:熊莺", "终审:黄学民"],
                                     ["添加人:hnqyjjyj"], ["本网通讯员:张某侠"],
                                     ["圖/文:寬城計生協 編輯:國內項目部"]])
def test_a_news_posts_credits_at_its_foot_go(run_step, credits):
    draft = run_step(UploadMetadata(), [*BODY, *credits])
    assert draft.lines == BODY


@pytest.mark.parametrize("line, kept", [
    ("2017-10-26\u90ed\u6c38\u529b", []),  # the page's date and its author
    ("2018-01-28\u5b89\u5fbd\u7701\u526f\u7701\u957f\u738b\u7fe0\u51e4", ["\u5b89\u5fbd\u7701\u526f\u7701\u957f\u738b\u7fe0\u51e4"]),  # the speaker stays
])
def test_a_stamp_run_into_a_byline_gives_the_date(run_step, line, kept):
    draft = run_step(UploadMetadata(), ["\u6807\u9898", line, *BODY])
    assert draft.lines == ["\u6807\u9898", *kept, *BODY]
    assert draft.facts["published"] == line[:10]


def test_a_post_stamp_with_its_clock_to_the_second_run_into_the_title_gives_the_date_and_leaves_the_title(run_step):
    draft = run_step(UploadMetadata(), ["某县老年人体育协会 召开元老座谈会", "2024年6月23日15:47:14某县老年人体育协会", *BODY])
    assert draft.lines == ["某县老年人体育协会 召开元老座谈会", "某县老年人体育协会", *BODY]
    assert draft.facts["published"] == "2024-06-23"
    # (a byline's name after it is left to the rules that read bylines)
    assert run_step(UploadMetadata(), ["标题", "2024年6月23日15:47:14万美艳", *BODY]).facts.get("published") is None


def test_a_blogs_spaced_stamp_and_clock_run_into_the_title_and_its_closed_comments_go(run_step):
    draft = run_step(UploadMetadata(), ["乡镇艾滋病防治工作总结", "2024年 1月 15日19:58:33乡镇艾滋病防治工作总结已关闭评论 0", *BODY])
    assert draft.lines == ["乡镇艾滋病防治工作总结", "乡镇艾滋病防治工作总结", *BODY]
    assert draft.facts["published"] == "2024-01-15"


def test_a_list_pages_dated_link_is_no_byline(run_step):
    link = "2010-12-08\u5728\u5168\u7701\u8ba1\u751f\u534f\u5de5\u4f5c\u5ea7\u8c08\u4f1a\u4e0a\u7684\u8bb2\u8bdd"
    draft = run_step(UploadMetadata(), [link, *BODY])
    assert draft.lines[0] == link[10:]  # (its words whole: the date alone is the page's, as a headline's would be)


@pytest.mark.parametrize("head", [["人口健康报 | 2024年05月20日"], ["中国妇女报", "2023年05月15日"],
                                  ["當前報章為 第20110131號", "2011年01月31日"], ["1985年10月25日人民日报 第3版"]])
def test_a_newspapers_issue_date_is_the_pages_date(clean, head):
    doc = clean("\n".join([*head, "我省启动新型婚育文化系列宣传活动", "本报讯 5月15日,由中国计生协指导的宣传活动在烟台启动。"]))
    assert doc.published == first_date(head[-1].split("日")[0] + "日")
    assert doc.title == "我省启动新型婚育文化系列宣传活动"
    assert not any(line in doc.text_original for line in head)  # the masthead goes with its date
    assert doc.speech_date is None


def test_a_written_date_in_a_row_of_the_sites_pairs_is_the_pages_date(clean):
    doc = clean("\n".join(["20名计生困难家庭子女喜获生育关怀助学金", "作者:李嘉琳 来源:柚都平和 编辑:周艺桂 日期:2017年08月28日",
                           "本报讯(李嘉琳)8月21日,我县20名计生困难家庭的准大学生获得助学金。"]))
    assert (doc.published, doc.speech_date) == ("2017-08-28", None)
    assert "日期" not in doc.text


def test_a_speech_dated_under_its_title_keeps_its_date(clean):
    doc = clean("\n".join(["在县计生协理事会上的讲话", "2023年05月15日", "同志们:", "今天召开理事会,我讲三点意见。"]))
    assert (doc.published, doc.speech_date) == (None, "2023-05-15")


@pytest.mark.parametrize("row, published", [
    ("发布时间：2018-07-03浏览次数：1834", "2018-07-03"),
    ("2018-06-29 16:32:00来源：作者：", "2018-06-29"),
    ("来源：佚名 文章热词：第九届中华人口奖颁奖大会 加入时间：2021-10-18 17:04:01", "2021-10-18"),
    ("格式：DOC 上传日期：2023-11-10 09:09:02 页码：12", "2023-11-10"),
    ("發布時間：2023-02-06 17:15:06 查看人數：6", "2023-02-06"),
    ("usa.example.com 2019-07-23 16:55:49  潘菁菁 来源：福建卫生健康新闻网", "2019-07-23"),
    ("发布时间:2016-03-24来源:原创点击:4618次", "2016-03-24"),  # a bare count's label glued to its source
    ("日期:2015-12-21(原创文章,禁止转载)", "2015-12-21"),  # the site's note of its rights after the date
])
def test_rows_with_glued_counts_empty_labels_and_more_labels_go_whole(run_step, row, published):
    draft = run_step(UploadMetadata(), ["县计生协召开理事会", row, *BODY])
    assert draft.lines == ["县计生协召开理事会", *BODY]
    assert draft.facts["published"] == published


def test_an_empty_editors_label_at_the_foot_goes(run_step):
    assert run_step(UploadMetadata(), [*BODY, "初审编辑："]).lines == BODY


@pytest.mark.parametrize("row, published", [
    # a gateway's dateline: the site's name and address, a written date, the source
    ("中央政府門戶網站 www.gov.cn   2007年05月29日   來源:人口計生委網站", "2007-05-29"),
    ("中央政府门户网站 www.gov.cn   2007年05月29日", "2007-05-29"),
    # a reprint's row: the site's address, the issue's date, the paper's name and issue number
    ("http://www.example.com 2002年7月12日 《中国人口报》 第1784期", "2002-07-12"),
    ("某某发展门户网 www.example.com.cn  2006 年 07 月 11 日", "2006-07-11"),
    ("http://www.example.com 2006年03月20日14:20 某某晚报 | |", "2006-03-20"),
    ("某某县人民政府 mmx.gov.cn   2007年05月29日", "2007-05-29"),
    # the site's name run into its stamp and time
    ("科普小知识2022-12-06 12:09:07", "2022-12-06"),
])
def test_a_sites_dateline_row_goes_and_dates_the_page(clean, row, published):
    doc = clean("\n".join(["村计生协会工作计划", row, "各位领导、同志们:", *BODY[1:], *BODY[1:]]))
    assert doc.published == published and doc.speech_date is None
    assert doc.text_original.startswith("各位领导")


def test_a_signatures_written_date_with_no_address_stays(clean):
    doc = clean("\n".join(["村计生协会工作计划", "衢州市计划生育协会 2006年8月22日", *BODY[1:], *BODY[1:]]))
    assert doc.speech_date == "2006-08-22" and doc.published is None
    assert "2006年8月22日" in doc.text_original


def test_a_newspapers_issue_row_under_the_story_goes_and_dates_the_page(clean):
    row = "海宁日报 要闻 00003 2016-04-12 海宁日报2016-04-1200004;10203 1 2016年04月12日 星期二"
    doc = clean("\n".join(["县计生协召开理事会", *BODY[1:], *BODY[1:], row]))
    assert doc.published == "2016-04-12" and doc.speech_date is None
    assert "海宁日报" not in doc.text_original and doc.text_original.endswith(BODY[-1])


def test_a_signature_with_a_weekday_stays(clean):
    doc = clean("\n".join(["县计生协召开理事会", *BODY[1:], "县计生协 2016年04月12日 星期二"]))
    assert "县计生协\n2016年04月12日" in doc.text_original and doc.speech_date == "2016-04-12"


def test_a_stamped_row_with_a_sites_prompt_after_its_pairs_goes_and_its_headline_stays_under_a_list_heading(clean):
    doc = clean("\n".join(["热点新闻", "省计生协多维立体开展生育政策宣传", "2024-11-08 20:44  浏览:3326  搜索引擎搜索“某某会展网”",
                           *BODY[1:], *BODY[1:]]))
    assert doc.published == "2024-11-08" and doc.title == "省计生协多维立体开展生育政策宣传"
    assert doc.text_original.startswith(BODY[1]) and "搜索引擎" not in doc.text_original


def test_a_sites_numbered_record_goes_at_the_head(run_step):
    draft = run_step(UploadMetadata(), ["编号:185817", "县计生协召开理事会", *BODY])
    assert draft.lines == ["县计生协召开理事会", *BODY]


def test_a_portals_catalogue_cells_run_together_go_and_date_the_page(run_step):
    rows = ["索引号:GS1360/2013-6017部门:区卫生健康局", "栏目:政府信息公开年报来源:默认管理员", "作者:默认管理员日期:2013-01-16"]
    draft = run_step(UploadMetadata(), ["县计生协2012年政府信息公开年度报告", *rows, *BODY])
    assert draft.lines == ["县计生协2012年政府信息公开年度报告", *BODY]
    assert draft.facts["published"] == "2013-01-16"


@pytest.mark.parametrize("line, pairs", [
    ("信息来源:县计生协", [("信息来源", "县计生协")]),
    ("来源:县计生协发布日期:2013-01-16", [("来源", "县计生协"), ("发布日期", "2013-01-16")]),
])
def test_a_label_that_ends_a_longer_one_is_not_a_glued_cell(line, pairs):
    assert parse_pairs(line) == pairs


def test_a_sites_name_run_into_its_stamp_and_time_goes_under_a_welcome_that_reads_as_prose(clean):
    doc = clean("\n".join(["欢迎您访问某某知识网,本站旨在为大家提供日常生活中常见的小知识!", "村级计生协会工作计划",
                           "某某知识2022-12-06 12:09:07", *BODY[1:], *BODY[1:]]))
    assert doc.published == "2022-12-06" and "2022-12-06" not in doc.text_original


def test_credits_with_their_labels_in_brackets_go_at_the_foot(run_step):
    credits = ["【撰文】李丹", "【通讯员】蒋小平", "【作者】", "【来源】 南方报业传媒集团南方+客户端"]
    draft = run_step(UploadMetadata(), ["县计生协开展宣传", *BODY, *credits])
    assert draft.lines == ["县计生协开展宣传", *BODY]


def test_two_credits_in_one_bracket_at_the_foot_go_together(run_step):
    draft = run_step(UploadMetadata(), ["县计生协开展宣传", *BODY, "(編輯:馬某海  責任編輯:孟某君)"])
    assert draft.lines == ["县计生协开展宣传", *BODY]


def test_a_heading_in_brackets_inside_the_text_stays(run_step):
    lines = ["县计生协开展宣传", *BODY * 8, "【作者】说明", *BODY * 8]
    assert "【作者】说明" in run_step(UploadMetadata(), lines).lines


@pytest.mark.parametrize("row", ["當前報章2022年06月15日", "当前报章为 2022年06月15日"])
def test_an_e_papers_current_issue_goes_and_dates_the_page(run_step, row):
    draft = run_step(UploadMetadata(), [row, "县计生协召开理事会", *BODY])
    assert draft.lines == ["县计生协召开理事会", *BODY] and draft.facts["published"] == "2022-06-15"


def test_a_catalogue_grids_name_cell_is_the_title_and_its_empty_repeal_row_goes(clean):
    grid = ["索引号: | 11341823MB1566401C/202311-00052 | 组配分类: | 规划计划 |", "发布机构: | 某某县卫生健康委员会 | 主题分类: | 卫生、体育 |",
            "名称: | 县卫健委2023年工作总结及2024年工作安排 | 文号: | |", "成文日期: | 发布日期: | 2023-11-07 | |", "废止日期: |"]
    doc = clean("\n".join([*grid, *BODY]))
    assert doc.title == "县卫健委2023年工作总结及2024年工作安排"
    assert doc.text_original == "\n".join(BODY)


def test_a_row_of_several_authors_a_count_and_a_reading_button_under_the_story_goes(clean):
    row = "作者:秦华 赵慧娟 刘文兴 时间:2013-12-29 次数:152 语音阅读:"
    doc = clean("\n".join([*BODY, row]))
    assert doc.text_original == "\n".join(BODY) and doc.published == "2013-12-29"


@pytest.mark.parametrize("row", ["来源标题:卫计委将在全国开展全面两孩政策落实等专项检查",
                                 "原標題:住瓊全國政協委員連介德:加大對“失獨家庭”關愛扶助力度"])
def test_a_reposts_first_headline_goes_even_long_and_with_a_colon(run_step, row):
    draft = run_step(UploadMetadata(), ["委员建议加大关爱扶助力度", "2015年03月10日 18:56", row, *BODY])
    assert draft.lines == ["委员建议加大关爱扶助力度", *BODY]


def test_a_line_labelled_as_a_headline_that_is_a_sentence_stays(run_step):
    line = "原标题:我们的报告。这是正文的第一句话,说明了工作的情况。"
    assert line in run_step(UploadMetadata(), ["县计生协召开理事会", line, *BODY]).lines


@pytest.mark.parametrize("row, kept", [("编号:FS-QG-31973公司职工计划生育管理办法(5)", False), ("编号:FS-QG-31973", False),
                                       ("编号:第三组计生协会员", True)])
def test_a_vendors_product_code_goes_with_the_title_glued_to_it(run_step, row, kept):
    lines = ["公司职工计划生育管理办法", row, *BODY]
    assert (row in run_step(UploadMetadata(), lines).lines) is kept


@pytest.mark.parametrize("row, kept", [("地址:http://www.example.cn/xwzx/9294.html", False), ("地址:www.example.cn/a/1.html", False),
                                       ("地址:某某市人民路12号计生协三楼", True)])
def test_the_pages_own_address_goes_and_a_streets_stays(run_step, row, kept):
    lines = ["南关街道社区开展计生推广活动", *BODY, row]
    assert (row in run_step(UploadMetadata(), lines).lines) is kept


def test_a_disclosure_grid_with_spaced_labels_and_an_empty_validity_row_goes(run_step):
    grid = ["索 引 号 | 11370828004319019Y/2025-01596 | 公开方式 | 主动公开 |", "发布机构 | 某某街道办事处 | 组配分类 | 镇街文件 |",
            "成文日期 | 2025-05-07 | 废止日期 | |", "有效性 |"]
    assert run_step(UploadMetadata(), [*grid, *BODY]).lines == BODY


def test_a_stamp_run_on_after_the_last_credit_dates_the_page(clean):
    doc = clean("\n".join(["县人大调研计生工作", "来源:某某县人大 作者:谭红华 编辑:redcloud 2017-11-15 16:06:52", *BODY]))
    assert doc.published == "2017-11-15" and doc.text_original == "\n".join(BODY)


def test_a_ministrys_issuing_unit_and_data_source_go(run_step):
    rows = ["• 發布單位:公眾外交協調會", "• 資料來源:非政府組織國際事務會"]
    assert run_step(UploadMetadata(), ["次長出席論壇致詞", *rows, *BODY]).lines == ["次長出席論壇致詞", *BODY]


def test_a_written_date_with_its_time_and_the_sites_name_under_the_title_is_the_sites_row(clean):
    doc = clean("\n".join(["企业关爱“和”之道", "2011年09月15日 11:21:07     中国路桥新闻网", *BODY]))
    assert (doc.published, doc.speech_date) == ("2011-09-15", None) and doc.text_original == "\n".join(BODY)


def test_a_listing_date_of_month_and_day_goes_with_its_row(clean):
    doc = clean("\n".join(["婚育新风活动总结", "时间: 04-10 栏目:总结", *BODY]))
    assert doc.text_original.splitlines() == BODY


def test_a_stamp_with_the_time_the_story_was_updated_goes_whole(clean):
    # (a site's prompt with a stop above it: not read as a row above the text)
    prompt = "請同意我們的隱私權規範,才能啟用聽新聞的功能。"
    doc = clean("\n".join([prompt, "衛福部設少子化辦公室", "2017/4/12 11:25(4/12 12:16 更新)", *BODY]))
    assert doc.text_original.splitlines()[-2:] == BODY and "更新" not in doc.text_original
    assert doc.published == "2017-04-12"


@pytest.mark.parametrize("rows, published", [
    (["+ All Categories", "Date post: 21-Jan-2023", "Upload: khangminh22", "View: 1 times", "Download: 0 times",
      "Share this document with a friend"], "2023-01-21"),
    (["Click here to load reader", "Upload: others", "Post on 20-Jul-2020", "0 views", "Category:", "Documents", "0 download",
      "TRANSCRIPT"], "2020-07-20"),
    (["• Upload", "others", "• View", "1", "• Download", "0", "Embed Size (px)", "Citation preview"], None),
    # a PDF host's record
    (["Total Page:16", "File Type:pdf, Size:1020Kb"], None),
])
def test_an_english_document_hosts_rows_go_and_date_the_page(run_step, rows, published):
    draft = run_step(UploadMetadata(), [*rows, *BODY])
    assert draft.lines == BODY and draft.facts.get("published") == published


def test_english_words_in_a_text_without_a_hosts_rows_stay(run_step):
    lines = ["Category:", "Documents", *BODY]
    assert run_step(UploadMetadata(), lines).lines == lines


@pytest.mark.parametrize("row", ["zs-bk.com?2012-07-30 10:18? ?來源:人民網    我來說兩句", "2012-07-30 來源 :公益時報??作者 : 李慶"])
def test_a_rows_spaces_lost_to_question_marks_still_make_it_a_row(run_step, row):
    draft = run_step(UploadMetadata(), ["陳至立:努力做好新一輪農村婦女“兩癌”檢查和救助工作", row, *BODY])
    assert draft.lines[1:] == BODY and draft.facts.get("published") == "2012-07-30"


def test_a_written_date_under_the_sites_own_row_is_the_sites(run_step):
    title = "本會舉行第80次會員大會選舉產生第70屆會務負責人"
    draft = run_step(UploadMetadata(), [title, "字型大小: 字型大小", "日期: 2017年12月13日", *BODY])
    assert draft.lines == [title, *BODY] and draft.facts.get("published") == "2017-12-13"
    # a meeting's record prints its time so too: with no site row over it, it stays the author's
    minutes = ["时间: 2017年12月13日", "地点: 县计生协会议室", *BODY]
    assert run_step(UploadMetadata(), [title, *minutes]).lines == [title, *minutes]


def test_a_row_with_the_sites_address_and_a_time_goes_under_a_headline_with_a_comma(clean):
    head = ["不辱使命,開拓奮進二十載——慶祝協會成立二十周年", "http://www.example.com 2006年09月28日 08:00 國家工商總局網站"]
    doc = clean("\n".join([*head, *BODY]))
    assert doc.text_original.splitlines() == BODY and doc.published == "2006-09-28" and doc.speech_date is None


def test_a_posters_handle_run_into_the_stamp_goes_and_dates_the_page(clean):
    # (under a headline with a comma, long enough to look like the text's first line)
    doc = clean("\n".join(["母女两代计生员,不同国家政策下的人生反差_风闻", "Vera-欢迎多多评论2018-08-08 13:47", *BODY]))
    assert doc.text_original.splitlines() == BODY and doc.published == "2018-08-08"


def test_a_month_and_day_with_a_time_in_the_head_is_the_sites_stamp(run_step):
    draft = run_step(UploadMetadata(), ["芷江:自编自演重头戏 村民表达计生情", "05-19 14:50", *BODY])
    assert draft.lines == ["芷江:自编自演重头戏 村民表达计生情", *BODY] and "published" not in draft.facts


def test_a_size_and_a_page_count_glued_to_the_stamp_go_with_it(run_step):
    draft = run_step(UploadMetadata(), ["养老服务业发展情况调研报告", "发布时间:2016-8-4文章大小:1165字节页数:3页", *BODY])
    assert draft.lines == ["养老服务业发展情况调研报告", *BODY] and draft.facts["published"] == "2016-08-04"


def test_a_journal_papers_catalogue_codes_go(run_step):
    codes = "中圖分類號:F290 文獻標志碼:A 文章編號:1673-291X(2013)15-0178-03"
    assert run_step(UploadMetadata(), ["流动人口调查", codes, *BODY]).lines == ["流动人口调查", *BODY]
    assert run_step(UploadMetadata(), ["流动人口调查", "文献标识码:A", *BODY]).lines == ["流动人口调查", *BODY]


def test_a_book_sites_label_for_the_book_is_no_title(clean):
    doc = clean("\n".join(["上海首届妇女代表大会", "书籍:宋庆龄辞典", *BODY]))
    assert doc.title == "上海首届妇女代表大会" and doc.text_original.splitlines() == BODY


def test_a_posts_last_edit_dates_it_when_nothing_else_does(clean):
    doc = clean("\n".join(["某某红十字会常务理事会召开", "作者:管理员 来源: 最后修改于:2009-9-15 15:20:55", *BODY]))
    assert doc.published == "2009-09-15" and doc.text_original.splitlines() == BODY


def test_an_empty_document_number_cell_goes(run_step):
    assert run_step(UploadMetadata(), ["发布文号:", *BODY]).lines == BODY


def test_a_written_date_after_the_sites_word_for_putting_it_up_is_the_sites(clean):
    speech = ["尊敬的各位領導、各位來賓、同志們:", "上午好!", *BODY]
    doc = clean("\n".join(["最新衛生廳廳長講話材料", "General 更新 2024年05月03日", *speech]))
    assert doc.published == "2024-05-03" and doc.speech_date is None and doc.text_original.splitlines() == speech


def test_a_clock_widgets_date_with_its_english_weekday_dates_no_story(clean):
    head = ["台灣新聞網(Logo-image) 台灣新聞網(Logo-text)", "2024/04/29", "Monday", "16:42",
            "大家一起向家庭暴力說NO", "記者蔡某某/雲林報導", "2008.04.27"]
    doc = clean("\n".join([*head, *BODY]))
    assert doc.title == "大家一起向家庭暴力說NO" and doc.published == "2008-04-27" and doc.text_original.splitlines() == BODY


def test_a_portals_date_over_its_menu_dates_no_story_and_the_row_under_a_long_menu_is_the_pages(clean):
    menu = ["  • 頭條", "  • 財經", "  • 社會", "  • 文教.科技", "  • 專題", "  • 娛樂影劇", "  • 政治", "  • 國際"]
    head = ["Skip to content", "2025-09-19", *menu, "News586傳媒", "", "News586傳媒", "Primary Menu", *menu, *menu[:3],
            "主持市政會議 市長督促多元婦女福利政策持續推動", "", "News586 2025-03-04"]
    doc = clean("\n".join([*head, *BODY]))
    assert doc.title == "主持市政會議 市長督促多元婦女福利政策持續推動" and doc.published == "2025-03-04"
    assert doc.text_original.splitlines() == BODY


def test_an_english_date_label_run_into_a_pictures_caption_dates_the_page_and_the_caption_goes(clean):
    head = ["date 2025-11-25 ▲桃園女性人口逾117萬，婦幼局攜手婦團打造完整健康網絡。（圖／婦幼局提供）", "", "記者楊某某／桃園報導"]
    doc = clean("\n".join([*head, *BODY]))
    assert doc.published == "2025-11-25" and doc.text_original.splitlines() == BODY


def test_a_catalogues_written_date_dates_the_document_not_a_story_under_it(clean):
    grid = ["索 引 号 | 11370828004332328T/2024-01418 | 公开方式 | 主动公开 |",
            "发布机构 | 某县某镇人民政府 | 组配分类 | 镇街文件 |", "成文日期 | 2024-02-05 | 废止日期 | |"]
    report = ["县委、县政府:", "2023年是全面贯彻落实党的二十大精神的开局之年,也是持续深化人口和计划生育工作改革发展的关键之年。"
              "现将一年来人口和计划生育工作情况报告如下:", *BODY]
    doc = clean("\n".join([*grid, *report]))
    assert doc.speech_date == "2024-02-05" and doc.text_original.splitlines() == report
    story = ["7月28日,全省婴幼儿照护服务工作现场经验交流会在某市举行。市卫生健康委负责同志代表某市作典型发言。", *BODY]
    assert clean("\n".join([*grid, *story])).speech_date is None


def test_a_records_generated_day_gives_way_to_the_pages_put_up_day(clean):
    grid = ["• 索 引 号:QZ05905-0200-2012-00001", "    • 发布机构:某镇人民政府", "    • 公文生成日期:2012-03-31",
            "    • 发布日期:2012-01-19"]
    doc = clean("\n".join([*grid, *BODY]))
    assert doc.published == "2012-01-19" and doc.text_original.splitlines() == BODY


def test_an_e_papers_date_label_alone_with_its_day_under_it_dates_the_page(clean):
    head = ["今日日期:     版面導航", "當前報紙日期:", "2023 10月24日 星期", "", "全國婦代會北京開幕"]
    doc = clean("\n".join([*head, *BODY]))
    assert doc.published == "2023-10-24" and doc.title == "全國婦代會北京開幕" and doc.text_original.splitlines() == BODY


def test_an_e_papers_issue_number_over_its_date_goes_with_it(clean):
    head = ["當前報章為 第14223號", "2026年02月28日", "星期六", "婦聯傳媒春茗", "2026-02-28"]
    doc = clean("\n".join([*head, *BODY]))
    assert doc.title == "婦聯傳媒春茗" and doc.published == "2026-02-28" and doc.text_original.splitlines() == BODY


def test_a_library_databases_record_of_a_books_part_is_listing_metadata(clean):
    record = ["知识类型: 析出资源", "查看原文", "内容出处: 《某某镇志》 图书", "唯一号: 113020020240003667",
              "颗粒名称: 计划生育", "分类号: C924.25", "页数: 4", "页码: 31-34"]
    doc = clean("\n".join(["计划生育", *record, *BODY]))
    assert doc.title == "计划生育" and doc.text_original.splitlines() == BODY


def test_a_day_without_its_year_with_a_time_and_a_source_is_the_sites_row(run_step):
    draft = run_step(UploadMetadata(), ["卫健委回应出生人口下跌:近期公布数据", "01-10 17:27:32 来源:新京报", *BODY])
    assert draft.lines == ["卫健委回应出生人口下跌:近期公布数据", *BODY]
    # (a month and day that open a sentence are the text's)
    line = "01-10 17:27:32 之间,各地陆续公布数据。"
    assert line in run_step(UploadMetadata(), ["卫健委回应", line, *BODY]).lines


def test_how_long_ago_a_repost_went_up_with_its_source_glued_on_is_the_sites_row(clean):
    doc = clean("\n".join(["多名计生干部拉横幅维权 网友评论", "2天前来源:某某网", *BODY]))
    assert doc.title == "多名计生干部拉横幅维权 网友评论" and doc.text_original.splitlines() == BODY
    # (a sentence that opens with how long ago something happened is the text's)
    line = "3天前来到县计生协,她说:“我们成了弃子。”"
    assert line in clean("\n".join(["标题", line, *BODY])).text_original.splitlines()


def test_a_hong_kong_press_releases_stamp_and_the_pages_revision_date_are_the_sites(clean):
    text = ["某某局局长周某将于五月十四日出席在瑞士日内瓦举行的世界卫生大会。", "他将于五月十五日返抵香港,期间由副局长署任。"]
    doc = clean("\n".join(["新闻公报", "某某局局长出席世界卫生大会", *text, "完", "2007年5月8日(星期二)", "香港时间10时00分",
                           "2019年4月12日"]))
    assert doc.text_original.splitlines() == text
    assert (doc.published, doc.speech_date) == ("2007-05-08", None)


def test_a_hong_kong_press_releases_time_printed_again_and_its_webcast_button_go(clean):
    text = ["我期望基金会在新一届董事局带领下,继续积极支持政府的工作。", "最后,我祝基金会会务昌隆,各位生活愉快。多谢大家"]
    doc = clean("\n".join(["行政长官在某某基金会董事局就职典礼致辞", *text, "完", "2023年3月24日(星期五)", "香港时间15时00分",
                           "香港时间15时00分", "网上广播"]))
    assert doc.text_original.splitlines() == text


def test_an_e_papers_row_with_empty_counts_and_font_buttons_is_the_sites_and_its_headline_the_title(clean):
    headline = "市卫健委部署今年妇幼健康重点工作"
    story = "3月11日上午,市卫生健康委在市妇幼保健院召开专题会议,研究部署2021年全市妇幼健康工作。"
    doc = clean("\n".join(["PDF版", "往期回顾", "发刊日期:2021年03月18日> > 第11版 > 新闻内容", headline,
                           "新闻作者:   发布时间:2021年03月18日  查看次数:  放大 缩小 默认", story, *BODY]))
    assert (doc.title, doc.published) == (headline, "2021-03-18") and doc.text_original.splitlines() == [story, *BODY]


def test_a_newsrooms_credits_glued_together_are_its_row(clean):
    story = "3月11日上午,市卫生健康委在市妇幼保健院召开专题会议,研究部署2021年全市妇幼健康工作。"
    doc = clean("\n".join(["市卫健委部署今年妇幼健康重点工作", story, *BODY, "编辑:杨雁琳责编:吴忠兰审核:冯飞"]))
    assert doc.text_original.splitlines() == [story, *BODY]


def test_a_stamps_clock_split_off_it_and_glued_to_the_bylines_name_goes_with_it(clean):
    """A magazine's repost on a hijacked page: its stamp, the clock glued to the author's name, the issue, the name again."""
    text = "劉少奇同志紀念館珍藏有一幅特殊的題詞,長45.5厘米,寬34.9厘米,是1996年11月14日王光美所題。"
    doc = clean("\n".join(["某某精品在线视频,手机成人午夜在线视频,久久国产精品无码,某某无码在线观看,亚洲无码人妻",
                           "『幸福工程』題詞: 救助貧困母親的慈善見證", "", "2024-01-20 17:16:05萬美艷", "湘潮 2023年12期",
                           "關鍵詞:工程", "", "萬美艷", "", "文物源起", "", text, "20世紀90年代,全國幾千萬貧困人口中,有一半以上是婦女。"]))
    assert doc.published == "2024-01-20"
    assert "17:16:05" not in doc.text_original and text in doc.text_original
    # (the article's first heading under the author's name is the text's, no item of the magazine's lines above it)
    assert "文物源起\n" + text in doc.text_original
    # (the poster's name goes with the stamp; the author's line under the issue is the byline rules')
    assert sorted(r.text for r in doc.removed if r.rule == "upload_metadata") == ["17:16:05", "2024-01-20", "萬美艷"]


def test_a_law_databases_record_of_a_regulation_goes(clean):
    """Its fields a pair a line, in brackets; or glued between the regulation's title and its text."""
    text = "各市、县人民政府,省政府各部门:2013年,各地把人口和计划生育工作作为大事来抓,人口和计划生育工作继续健康发展。"
    record = ["【發布部門】 某省政府 【發文字號】 某政秘[2014]56號", "【發布日期】 2014.03.27 【實施日期】 2014.03.27",
              "【時效性】 現行有效 【效力級別】 地方規範性文件", "【法規類別】 獎懲"]
    doc = clean("\n".join([*record, "某省人民政府關於表彰2013年度先進單位的通報", text]))
    assert doc.text_original.splitlines() == [text] and doc.published == "2014-03-27"
    doc = clean("\n".join(["状态:有效 发布日期:2000-11-07 生效日期: 2000-11-07", "发布部门: 某某特别行政区", "发布文号:", text]))
    assert doc.text_original.splitlines() == [text]
    title, charter = "某某联合会章程(2018年修改)", "某某联合会章程(第十二次全国代表大会部分修改,2018年11月2日通过)总则某某联合会是群团组织。"
    glued = "文章属性•【制定机关】某某联合会•【公布日期】2018.11.02•【文号】•【施行日期】2018.11.02•【效力等级】团体规定•【时效性】已被修改•【主题分类】妇女保障正文"
    doc = clean("\n".join([title, title + glued + charter, BODY[1]]))
    assert doc.title == title and doc.text_original.splitlines() == [charter, BODY[1]]


def test_a_stamp_with_its_month_in_words_is_the_pages_date(clean):
    lead = "國際家庭日(5月15日)臨近,某某基金發起活動,呼籲大眾在社交平台分享已備的信息和設計圖樣,關注孩子的未來。"
    doc = clean("\n".join(["國際家庭日 機構籲市民社交平台傳愛家信息", "2021 五月 14日, 星期五 7:38", lead, BODY[1]]))
    assert doc.published == "2021-05-14" and doc.text_original.splitlines() == [lead, BODY[1]]


@pytest.mark.parametrize("row", ["两会专题2018-06-28三水老师", "大明星 2018-06-28 16:58www.abcd.cn女明星"])
def test_a_posts_column_stamp_and_author_run_together_go_and_date_the_page(clean, row):
    text = "独生子女父母奖励费是国家对实行计划生育的独生子女父母给予的奖励,各地标准不一,一般按月发放。"
    doc = clean("\n".join(["独生子女费新规定", row, text, BODY[1]]))
    assert doc.published == "2018-06-28" and doc.text_original.splitlines() == [text, BODY[1]]


def test_a_gazettes_issue_date_in_words_with_its_weekday_dates_the_page(clean):
    text = "為着公佈之目的,透過二零二六年一月二日簽署的經認證文書設立了上述社團。該社團的設立文件和章程已存檔於本署。"
    doc = clean("\n".join(["第 2 期", "公證署公告及其他公告", "二零二六年一月十四日,星期三", text, BODY[1]]))
    assert doc.published == "2026-01-14" and "星期三" not in doc.text_original


def test_a_reading_counter_glued_before_the_texts_first_words_goes(clean):
    text = "某市信息港消息:为了引导群众转变落后生育观念,自觉依法实行计划生育,某市人口与计生局坚持宣传教育为主方针。"
    doc = clean("\n".join(["营造浓厚新型婚育氛围", "阅读:1679" + text, BODY[1]]))
    assert doc.text_original.splitlines() == [text, BODY[1]]
    # (an author's sentence about reading stays: "阅读:3本书" is no counter)
    line = "读书活动成果展示:阅读量大增,全年共借出图书3000余册,会员们的学习热情高涨。"
    assert clean("\n".join(["读书活动总结", line, BODY[1]])).text_original.splitlines()[0] == line



def test_a_stamp_laid_out_a_piece_a_line_dates_the_page_and_goes_with_its_newsroom(clean):
    text = "8月27日,农历七月二十五日,是某县某镇某村的传统庙会,镇计生协借机开展计生政策宣传活动。"
    doc = clean("\n".join(["某镇:计生宣传进庙会", "2016", "08/29", "07:16", "某县新闻中心", text, BODY[1]]))
    assert doc.published == "2016-08-29"
    assert doc.text_original.splitlines() == [text, BODY[1]]
    # (a year over a figure that is no day dates nothing)
    assert clean("\n".join(["某镇计生协工作要点", "2016", "13/40", text])).published is None


@pytest.mark.parametrize("row", ["拟稿人:冯某某", "校稿人:冯某", "签发领导:张某某", "编审:吴某某", "版面: 家闻", "• 版次:初版"])
def test_a_documents_drafting_credits_under_it_go(run_step, row):
    assert run_step(UploadMetadata(), [*BODY, row]).lines == BODY


@pytest.mark.parametrize("row, day", [("发布时间:19年03月28日 来源:某某网", "2019-03-28"), ("發布日期:92年11月08日", "2003-11-08")])
def test_a_year_of_two_figures_under_a_dates_label(run_step, row, day):
    assert run_step(UploadMetadata(), ["某某标题", row, *BODY]).facts["published"] == day


def test_a_forum_members_day_of_joining_goes_without_dating_the_page(run_step):
    draft = run_step(UploadMetadata(), ["重阳敬老在水莲社区", "加入時間: 2008.07.22", *BODY])
    assert draft.lines == ["重阳敬老在水莲社区", *BODY] and "published" not in draft.facts


def test_an_e_papers_record_of_the_story_goes_and_dates_the_page(run_step):
    record = "2021-04-14 2 2 某某日报 content_36409.html 1 3 石梁镇扎实开展计生家庭奖励扶助工作 /enpproperty-->"
    draft = run_step(UploadMetadata(), [*BODY, record])
    assert draft.lines == BODY and draft.facts["published"] == "2021-04-14"


def test_an_authors_label_glued_to_the_source_is_a_pair_and_the_editors_stamp_dates_the_page(run_step):
    assert parse_pairs("来源:新华社作者:胡某") == [("来源", "新华社"), ("作者", "胡某")]
    draft = run_step(UploadMetadata(), ["某某调查显示", "来源:新华社作者:胡某责任编辑:张某2015-02-04 08:00", *BODY])
    assert draft.lines == ["某某调查显示", *BODY] and draft.facts["published"] == "2015-02-04"


def test_a_rows_labels_glued_to_the_figures_before_them_are_its_pairs():
    assert parse_pairs("时间:01-19人气:19作者:炎龙炎刃") == [("时间", "01-19"), ("人气", "19"), ("作者", "炎龙炎刃")]


def test_pairs_parted_by_a_semicolon_are_a_listing_row(run_step):
    draft = run_step(UploadMetadata(), ["在全市计生协会员代表大会上的讲话", "文章来源:网络整理;时间:2023-09-18 04:53", *BODY])
    assert draft.lines == ["在全市计生协会员代表大会上的讲话", *BODY] and draft.facts["published"] == "2023-09-18"


def test_a_bulletins_masthead_goes_and_its_issue_day_dates_the_page_without_a_stamp(clean):
    doc = clean("\n".join(["工 作 简 报", "2023年第6期(总第71期)", "县计划生育协会秘书处编        2023年6月5日",
                           "在全县会员活动日启动仪式上的讲话", *BODY]))
    assert "简 报" not in doc.text_original and "第6期" not in doc.text_original and "秘书处编" not in doc.text_original
    assert doc.published == "2023-06-05" and doc.speech_date is None


def test_a_headline_naming_its_bulletin_and_issue_stays(clean):
    doc = clean("\n".join(["县计生协工作简报", "第5期", *BODY]))
    assert doc.title == "县计生协工作简报" and "第5期" in doc.text_original


def test_a_bulletins_distribution_under_its_text_goes(clean):
    doc = clean("\n".join(["在全县会员活动日启动仪式上的讲话", *BODY, "最后，祝大家节日快乐！",
                           "报:市计生协,县委、县政府有关领导", "送:县卫健局、县妇联", "发:各乡镇(街道)计生协", "(共印60份)"]))
    assert doc.text_original.endswith("最后，祝大家节日快乐！")


def test_a_notices_copy_line_stays(clean):
    doc = clean("\n".join(["关于召开全县计生协理事会的通知", *BODY, "县计划生育协会", "2023年5月4日", "抄送:县卫生健康局。"]))
    assert doc.text_original.endswith("抄送:县卫生健康局。")


def test_a_catalogues_rows_of_one_cell_go_and_its_records_day_dates_the_page_when_nothing_else_does(clean):
    rows = ["索引号 | 001008003001061/2021-38811 | ||", "组配分类 | 部门文件 | 发布机构 | 滨江街道 |",
            "生成日期 | 2021-05-17 | 公开方式 | 主动公开 |", "文号 | 温鹿滨江办〔2021〕100号 |"]
    doc = clean("\n".join([*rows, "各社区:", BODY[1]]))
    assert doc.title == "" and doc.published == "2021-05-17" and doc.text_original.splitlines() == ["各社区:", BODY[1]]
    # (its 公开日期 is the day the page went up)
    doc = clean("\n".join(["发布机构:  青溪县计划生育协会    生成日期:  2022-06-08", "公开日期:  2022-06-10", "各社区:", BODY[1]]))
    assert doc.published == "2022-06-10"



def test_a_credits_value_on_the_line_under_its_label_goes_with_it(clean):
    doc = clean("\n".join(["县卫生健康工作会议召开", "发布日期:", "2024-02-29", "来源:", "微磴口", "编辑:", "韦某某", *BODY]))
    assert doc.published == "2024-02-29" and doc.text_original.splitlines() == BODY


def test_a_videos_source_and_its_editor_in_one_row_go_under_the_text(run_step):
    draft = run_step(UploadMetadata(), [*BODY, "視頻來源: 中國網 | 責任編輯: 林凡凡 |"])
    assert draft.lines == BODY


def test_a_signers_credit_under_the_editors_goes(run_step):
    assert run_step(UploadMetadata(), [*BODY, "责编:刘 钰", "审签:朱某某"]).lines == BODY


def test_a_date_label_glued_after_a_headlines_closing_quote_dates_the_page(clean):
    doc = clean("\n".join(["宜城市第二高级中学建立首个“爱心母婴室”时间:2017-07-11", *BODY]))
    assert doc.title == "宜城市第二高级中学建立首个“爱心母婴室”" and doc.published == "2017-07-11"
    # (a notice's own time of its meeting stays)
    doc = clean("\n".join(["关于召开理事会的通知", "各乡镇计生协:", "会议时间:2017-07-11", *BODY]))
    assert "会议时间:2017-07-11" in doc.text_original


def test_a_library_records_other_title_abstract_and_content_label_go(clean):
    record = ["知识类型: 析出资源", "内容出处: 《某某报》 报纸", "唯一号: 191120020230009412", "颗粒名称: 陈某副市长发表广播讲话",
              "其他题名: 人口控制必须继续抓紧抓好", "分类号: C924.24", "摘要: 这篇文字主要是陈某副市长在春季计划生育宣传活动中的讲话。",
              "关键词: 春季计划生育宣传活动 人口控制", "内容"]
    doc = clean("\n".join(["陈某副市长发表广播讲话", *record, *BODY]))
    assert doc.text_original.splitlines() == BODY


def test_the_authors_name_a_stamp_ran_into_printed_again_alone_over_the_text_goes(clean):
    story = "8月15日上午,市卫计委副主任一行到县计生协调研计生基层群众自治工作和生育关怀示范基地建设情况。"
    doc = clean("\n".join(["市卫计委副主任调研县计生协工作", "2017-10-26郭永力", "郭永力", story, BODY[1]]))
    assert doc.text_original.splitlines() == [story, BODY[1]] and doc.published == "2017-10-26"
    # (a name that is not the one the stamp ran in stays)
    doc = clean("\n".join(["市卫计委副主任调研县计生协工作", "2017-10-26郭永力", "王某某", story, BODY[1]]))
    assert doc.text_original.splitlines()[0] == "王某某"


@pytest.mark.parametrize("stamp, again", [("2013-04-29 00:44赵某忠宋某花", "赵某忠 宋某花"), ("2017-11-18 08:56馮某文", "馮某文")])
def test_writers_names_run_on_after_a_stamps_clock_printed_again_lines_down_go(clean, stamp, again):
    story = "8月15日上午,市卫计委副主任一行到县计生协调研计生基层群众自治工作和生育关怀示范基地建设情况。"
    doc = clean("\n".join(["市卫计委副主任调研县计生协工作", "", stamp, "某某月刊 2013年6期", "关键词:抚松县", "", again, "", story, BODY[1]]))
    assert doc.text_original.splitlines() == [story, BODY[1]]


def test_a_stamp_over_the_text_dates_the_page_though_a_related_list_under_it_dates_its_items(clean):
    story = "2月22日,全市卫生健康工作会议召开,总结回顾了2020年工作,安排部署了2021年工作任务。"
    related = ["相关推荐", "- 全市计生协召开理事会", "2021/02/22", "- 全市开展会员活动日", "2021/02/20", "- 县计生协走访慰问", "2021/02/19"]
    doc = clean("\n".join(["吴忠市卫生健康工作会议召开", "2021/02/23", story, BODY[1], *related]))
    assert doc.published == "2021-02-23" and "2021/02/23" not in doc.text_original


def test_the_short_lines_under_a_storys_credits_go_though_a_notice_on_reposts_ends_in_a_full_stop_under_them(clean):
    story = ["9月4日上午,中国计生协第三批“向日葵亲子小屋”在某市正式揭牌运行。", "揭牌仪式后,一行人还参观了亲子小屋,了解项目运行情况。"]
    foot = ["责编:李某某", "一审:陈某某", "版权作品,未经授权严禁转载。经授权后,转载须注明来源。", "市委书记某某某专题", "字在浯溪 祁阳有戏",
            "新思想引领新时代改革开放"]
    doc = clean("\n".join(["某市中国计生协“向日葵亲子小屋”揭牌", *story, *foot]))
    assert not any(line in doc.text_original for line in foot[3:])


def test_a_stamp_with_its_writers_names_glued_on_dates_the_page_and_its_headline_over_the_magazine_stays_the_title(clean):
    lead = "2006年2月28日,李平像往常一样在车间里忙碌,24岁、文静秀气的她已是公司输液器车间的负责人,管着百十号人。"
    doc = clean("\n".join(["APP下载", "三赢之路", "2006-08-18栗某学杨某红", "黄河黄土黄种人 2006年4期", "关键词:计生民营企业",
                           "田 田 栗某学 杨某红", lead, BODY[1]]))
    assert doc.published == "2006-08-18" and doc.title == "三赢之路" and doc.text_original.splitlines() == [lead, BODY[1]]


def test_a_catalogues_values_printed_again_under_its_grid_go_and_date_nothing(clean):
    grid = ["索引号: | 00258220-0/2019-40098 | 公开方式: | 主动公开 |", "发布机构: | 某区卫生健康局 | 发文日期: | 2019-10-14 |"]
    again = ["00258220-0/2019-40098", "医药卫生管理", "某区卫生健康局", "2019-10-14", "某计生协〔2019〕4号", "主动公开"]
    text = ["各医疗机构:", BODY[1], "某区计划生育协会", "某计生协〔2019〕4号"]
    doc = clean("\n".join([*grid, *again, "发布时间:2020-08-07 09:59", *text]))
    assert doc.published == "2020-08-07" and doc.text_original.splitlines() == text


def test_a_sample_sites_field_for_the_occasion_a_speech_suits_goes_with_its_row(clean):
    doc = clean("\n".join(["计生协会讲话稿(精选5篇)", "篇一:在全县计生协工作会议上的讲话", "字数:2860 适用场合:工作会议", BODY[1]]))
    assert not any("适用场合" in line for line in doc.text_original.splitlines())


def test_an_e_papers_issue_day_and_registration_number_go_and_date_the_page(clean):
    doc = clean("\n".join(["某某日报数字报", "2014年12月12星期五", "国内统一刊号:CN41-0017", "放大 缩小 默认",
                           "某县年终考核评估不走过场", BODY[1]]))
    assert doc.published == "2014-12-12" and "刊号" not in doc.text_original and "星期五" not in doc.text_original


def test_a_last_update_row_dates_the_page_only_as_an_update(run_step):
    draft = run_step(UploadMetadata(), ["最后更新:2022-11-25 12:09:07", "发布时间:2022-11-20", *BODY])
    assert draft.facts["published"] == "2022-11-20" and draft.facts["updated"] == "2022-11-25"


def test_a_catalogues_subject_row_and_its_full_text_search_go(clean):
    doc = clean("\n".join(["某市卫生健康委员会", "政府信息公开", "全文检索", "索引号: jz-wjw-2020-00002 发布机构:",
                           "生效日期: 2020-03-14 废止日期:", "文 号: 所属主题: 部门文件", "关于做好县级计生协综合改革任务的通知",
                           "来源: 发布时间:2020-03-14 浏览次数:", "市计生协发〔2020〕2号", "各县(区、市)计生协:", BODY[1]]))
    assert "所属主题" not in doc.text_original and "部门文件" not in doc.text_original and "全文检索" not in doc.text_original


def test_a_sites_short_name_split_off_its_counter_under_the_headline_goes(clean):
    title = "某镇关爱女孩活动总结汇报"
    doc = clean("\n".join([title, "才智咖 人气:1.58W", *BODY]))
    assert doc.text_original.splitlines() == BODY
    # (a short title over its counter is the page's title)
    doc = clean("\n".join(["首页", "工作总结", "阅读:12", *BODY]))
    assert doc.title == "工作总结"


def test_a_catalogue_rows_file_code_is_the_catalogues(clean):
    grid = ["索引号: | 00258220-0/2019-40098 | 公开方式: | 主动公开 |", "发布机构: | 某区卫生健康局 | 发文日期: | 2019-10-14 |",
            "组配分类: | 其他文件 | 文件编码: | 某计生协〔2019〕4号 |"]
    doc = clean("\n".join([*grid, "各医疗机构:", *BODY]))
    assert doc.text_original.splitlines() == ["各医疗机构:", *BODY]


@pytest.mark.parametrize("foot", [["责任编辑:张三", "2023-05-12"], ["2023-05-12 10:22  来源:区计划生育协会"],
                                  ["2023年05月12日 10:22  来源:区计划生育协会"], ["(责任编辑:刘芳)", "2023-05-12"],
                                  ["2023年5月12日", "10:22 AM"]])  # (a post's day over its clock: no signature is timed)
def test_the_pages_stamp_under_the_text_is_its_date_and_goes(clean, foot):
    # (a page long enough that its foot is not its head)
    work = [f"今年第{n}项重点工作取得明显成效，全县各级计生协积极参与，服务群众的能力不断提升。" for n in range(1, 13)]
    lines = ["在全县计生协工作会议上的讲话", *BODY, *work, "某县计划生育协会", "2023年5月10日"]
    doc = clean("\n".join([*lines, *foot]))
    assert doc.published == "2023-05-12" and doc.speech_date == "2023-05-10"
    assert doc.text_original.splitlines() == lines[1:]
    # (a list's links under the text have a date each: none of them is the page's)
    links = ["市计生协召开2023年度工作会议", "2023-04-18", "区计生协开展会员活动日宣传", "2023-05-29",
             "县计生协走访慰问计生特殊家庭", "2023-02-10"]
    assert clean("\n".join([*lines, "相关新闻", *links])).published is None


@pytest.mark.parametrize("row", ["文档编号:30561247上传时间:2023-07-20格式:DOCX页数:6大小:24.15KB",
                                 "文檔編號:30561247上傳時間:2023-07-20格式:DOCX頁數:6大小:24.15KB",
                                 "格式:DOCX页数:6大小:24.15KB上传时间:2023-07-20"])
def test_a_sharing_sites_upload_row_run_together_from_its_spans_goes_and_dates_the_page(run_step, row):
    draft = run_step(UploadMetadata(), ["区计划生育协会201X工作报告.docx", row, *BODY])
    assert draft.lines == ["区计划生育协会201X工作报告.docx", *BODY] and draft.facts["published"] == "2023-07-20"


@pytest.mark.parametrize("row", ["信息来源:区计划生育协会  信息员:王明  审核人:李华  发布时间:2023-05-12",
                                 "撰稿人:王明  审核人:李华  签发人:张强"])
def test_an_association_sites_credits_go(run_step, row):
    draft = run_step(UploadMetadata(), [*BODY, row])
    assert draft.lines == BODY


def test_a_meetings_time_over_its_place_is_the_documents_header(clean):
    head = ["时间:2017年2月28日", "地点:长沙"]
    doc = clean("\n".join(["在省计生协七届七次理事会暨工作会议上的报告", "发布时间:2017-03-02", *head, *BODY]))
    assert doc.text_original.splitlines() == [*head, *BODY]
    assert doc.speech_date == "2017-02-28" and doc.published == "2017-03-02"


@pytest.mark.parametrize("first, title", [("2017.05.24 某报专栏—倡鼓励生育 协家庭发展", "某报专栏—倡鼓励生育 协家庭发展"),
                                          ("2023.04.27关于提振本澳出生率、优化育儿配套", "关于提振本澳出生率、优化育儿配套")])
def test_the_pages_date_glued_before_its_headline_is_the_pages_and_the_headline_the_title(clean, first, title):
    doc = clean("\n".join([first, "去年政府发表的人口政策研究报告显示,预计本澳将步入超老龄社会,劳动人口将持续减少。", *BODY]))
    assert doc.published == first[:10].replace(".", "-") and doc.title == title



def test_other_stories_under_the_text_with_their_stamps_go_and_give_no_date(clean):
    story = ["新华社杭州4月23日电 23日在宁波市召开的中国计划生育协会计生特殊家庭帮扶工作推进会上,会长作了讲话。",
             "王某强调,各级计生协要切实把“暖心行动”摆上重要工作日程,让失独家庭感受到温暖。"]
    listed = ["-", "大数据“坑熟客”,技术之罪需规则规避", "2018-03-02 08:58:39", "-", "高质量发展,怎么消除“游离感”?",
              "2018-03-02 08:58:39", "-", "学校只剩"]
    doc = clean("\n".join([*story, "", *listed]))
    assert doc.published is None and doc.text_original.splitlines() == story and not doc.truncated


def test_a_source_rows_stamp_its_clock_and_the_sites_address_go_together(clean):
    lead = "商报全媒体讯 7月5日,商报记者从某区获悉,日前,中国计生协确定全国100个单位为2020年暖心家园项目点。"
    doc = clean("\n".join(["2020年暖心家园项目点(含示范点)公布 全省唯一!某区项目点上榜", "", "来源:某某商报 2020-07-06 01:18   http://www.example.com/", "",
                           lead, *BODY]))
    assert doc.published == "2020-07-06" and doc.text_original.splitlines()[0] == lead


def test_a_disclosure_catalogues_rows_spaced_from_their_values_go_and_give_the_date(clean):
    rows = ["索引号 xzf/2020-0165 公开日期: 2020-12-17 14:35", "来源 某县卫生健康局", "内容概述 某县医院开展计生特殊家庭慰问走访"]
    lead = "为密切联系计生特殊家庭,落实好各项关爱措施,近日,某县医院医务志愿者前往县城各社区开展计生特殊家庭慰问走访活动。"
    doc = clean("\n".join([*rows, "", "某县医院开展计生特殊家庭慰问走访", "", lead]))
    assert doc.published == "2020-12-17" and doc.title == "某县医院开展计生特殊家庭慰问走访" and doc.text_original == lead
    assert [r.text for r in doc.removed if r.rule == "upload_metadata"] == rows  # (as printed)


def test_a_law_databases_record_glued_to_its_values_goes_and_gives_no_title(clean):
    rows = ["發文機關國家衛生健康委員會辦公廳,財政部辦公廳", "發文日期2023年09月28日", "時效性現行有效", "發文字號國衛辦人口發〔2023〕15號",
            "施行日期2023年09月28日", "效力級別部門規章"]
    text = ["各省、自治區、直轄市衛生健康委、財政廳(局):", "為組織實施好計劃生育家庭扶助制度,我們組織制定了《計劃生育家庭扶助制度管理規範》。現印發給你們,請參照執行。"]
    doc = clean("\n".join([*rows, *text]))
    assert doc.title == "" and doc.text_original.splitlines() == text
    assert [r.text for r in doc.removed if r.rule == "upload_metadata"] == rows
    # (a sentence may open with such a word: no record's row holds a full stop, and one row is none)
    lines = ["时效性是宣传工作的生命。", "发布日期由各地自行确定。", *BODY]
    assert clean("\n".join(["某县计生协工作总结", *lines])).text_original.splitlines() == lines


def test_a_catalogues_rows_under_the_longer_label_for_its_index_go_whole(clean):
    rows = ["信息索引号 014032126/2021-00527 生成日期 2021-01-28 公开日期 2021-01-28", "文件编号 —  — 发布机构 某某街道办事处",
            "效力状况 有效 附件下载 —  —", "内容概述 某某街道2020年度计生协工作总结"]
    lead = "2020年是全面建成小康社会和“十三五”规划收官之年。街道计生协在街道党工委的正确领导下,陆续开展了各项工作并取得了较好成效。"
    doc = clean("\n".join(["某某街道2020年度计生协工作总结", "", *rows, "", lead]))
    assert doc.text_original == lead and doc.published == "2021-01-28"


def test_a_catalogues_cells_a_line_each_under_their_labels_go_and_the_headline_under_an_empty_one_stays(clean):
    cells = ["• 信息索引号:", "02165835-001/2023-80815", "• 公开方式:", "主动公开", "• 文号:", "某政办发〔2023〕47号",
             "• 发布单位:", "县政府办", "• 有效性:", "有效", "• 统一编号:", "HCSD01-2023-0006"]
    headline = "某县人民政府办公室关于印发《某县计划生育家庭关爱办法》的通知"
    text = ["各乡(镇)人民政府、街道办事处,县级机关各单位:", "《某县计划生育家庭关爱办法》已经县政府同意,现印发给你们,请认真组织实施。"]
    doc = clean("\n".join([*cells, headline, *text]))
    assert doc.title == headline and doc.text_original.splitlines() == text
    doc = clean("\n".join(["- 索引号: 1137/2023-00508", "- 发文字号:", headline, *text]))
    assert doc.title == headline and doc.text_original.splitlines() == text
    assert headline not in [r.text for r in doc.removed if r.rule == "upload_metadata"]


def test_a_disclosure_pages_head_its_accessibility_button_its_catalogue_and_its_status_after_the_title_go(clean):
    title = "某市人民政府办公室关于印发某市养老托育领域实施方案的通知"
    head = ["无障碍", "索引号: 781309229/2022-00424 时效: 现行有效", "主题分类 扶贫 发文日期 2022-07-21",
            "公开方式 主动公开 文号 某政办规〔2022〕4号", title + "(有效)", "• 发布日期:2022-08-04"]
    text = ["各乡镇政府,各有关单位:", "经市政府第7次常务会议讨论通过,现将《某市养老托育领域实施方案》印发给你们,请认真贯彻执行。"]
    doc = clean("\n".join([*head, *text]))
    assert doc.title == title and doc.text_original.splitlines() == text and doc.published == "2022-08-04"


def test_a_sentence_that_opens_with_a_word_a_catalogue_uses_stays(clean):
    lines = ["某县计生协工作总结", "来源 广泛的群众基础,是协会工作的根本。", "关键词 的选择要准确,这是宣传工作的要求。", *BODY]
    doc = clean("\n".join(["索引号 xzf/2020-0165", *lines]))
    assert "广泛的群众基础,是协会工作的根本。" in doc.text_original and "的选择要准确" in doc.text_original


def test_an_events_time_and_place_between_the_headline_and_the_credits_are_the_texts_not_the_title(clean):
    facts = ["时间:3月12号9:30-15:30", "地点:教二-102、教二-104"]
    doc = clean("\n".join(["某某大学 青春健康俱乐部", "同伴教育主持人培训新闻稿", *facts, "撰稿:张某某", "校对:孙某某", *BODY]))
    assert doc.title == "同伴教育主持人培训新闻稿" and doc.text_original.splitlines() == [*facts, *BODY]


def test_the_last_rows_of_a_table_listing_dated_minutes_are_the_lists_not_the_pages_date(clean):
    rows = ["| 103.4.18 第6届第2次会员代表大会会议纪录 <内含大会手册> | 2014-05-16 |",
            "| 101.5.25 第五届第3次会员代表大会会议纪录 <内含大会手册> | 2012-06-01 |",
            "| 第五届第2次会员代表大会「大会手册」 | 2011-05-13 |",
            "| 100.4.22 第五届第2次大会会议纪录 | 2011-05-04 |", "| 99.7.13 第5届第1次大会会议纪录 | 2010-09-07 |"]
    doc = clean("\n".join(["| 标 题 | 日 期 |", *rows]))
    assert doc.published is None and "第5届第1次大会会议纪录" in doc.text_original and "2010-09-07" in doc.text_original


def test_a_papers_masthead_row_with_its_serial_number_address_and_mail_is_the_sites_whole(clean):
    masthead = "国内统一刊号:CN33-0080  http://www.example-daily.com  E-mail:news@mail.example.cn"
    doc = clean("\n".join([masthead, "某某协会召开理事会", *BODY]))
    assert doc.title == "某某协会召开理事会" and doc.text_original.splitlines() == BODY


def test_the_mobile_views_button_after_a_rows_date_goes_with_the_row(clean):
    doc = clean("\n\n".join(["欢迎您访问某某作文网,请分享给你的朋友!", "当前位置 : 首页 > 范文大全 > 办公范文", "计生工作总结(收集5篇)",
                              "来源: 时间:2026-02-20 手机浏览",
                              "计生工作总结篇1", "2005年以来,我矿计划生育工作在公司计生委的正确领导下,认真践行科学发展观。"]))
    assert doc.published == "2026-02-20" and "手机" not in doc.text


def test_a_date_glued_after_an_empty_counters_label_is_the_pages(clean):
    doc = clean("\n".join(["新埭镇卫计办开展“5·29”活动", "点击:时间:2017-06-01", *BODY]))
    assert doc.published == "2017-06-01" and doc.text_original.splitlines() == BODY


def test_a_briefs_genre_over_its_writers_name_is_a_credit_not_the_title(clean):
    doc = clean("\n".join(["简讯:胡某琴", *BODY]))
    assert doc.title == "" and doc.text_original.splitlines() == BODY


def test_a_briefs_headline_after_its_genre_stays(clean):
    doc = clean("\n".join(["简讯:某县计生协召开三届二次理事会", *BODY]))
    assert "简讯" in doc.title + doc.text_original


def test_an_empty_archive_date_label_over_the_headline_is_the_sites(clean):
    doc = clean("\n".join(["归档时间:", "某县计生协召开理事会", *BODY]))
    assert doc.title == "某县计生协召开理事会" and doc.text_original.splitlines() == BODY


@pytest.mark.parametrize("row", ["2013年12月20日09:54中国青年报评论", "A-A+2013年12月20日09:54中国青年报评论"])
def test_a_stamp_with_its_clock_glued_to_a_newsrooms_name_is_the_pages_row(clean, row):
    doc = clean("\n".join(["某某干部失去独子", row, *BODY]))
    assert doc.published == "2013-12-20" and doc.text_original.splitlines() == BODY


def test_a_stamp_with_its_year_spaced_off_its_month_over_the_source_is_the_pages(clean):
    doc = clean("\n".join(["新华网 > > 正文", "2021 09/ 22 15:35:35", "来源:新华网", "某地积极推动婚俗改革", *BODY]))
    assert doc.published == "2021-09-22" and "2021" not in doc.text_original


def test_the_clocks_zero_a_store_prints_for_no_date_is_no_date(clean):
    doc = clean("\n".join(["某旗组建消防志愿服务队", "某某网:www.example.com  时间: 1970-01-01 08:00:00", *BODY]))
    assert doc.published is None and doc.text_original.splitlines() == BODY


def test_a_breadcrumb_ending_on_the_pages_stamp_and_clock_dates_the_page(clean):
    crumb = "• 您的位置:某某文档网 > 公文范文 > 副县长在艾滋病预防培训班上讲话 正文 2021-02-23 06:01:46"
    doc = clean("\n".join(["网站首页 | 范文大全 | 节日大全 | 教案下载 | 个人简历", crumb, "副县长在艾滋病预防培训班上讲话", *BODY]))
    assert doc.published == "2021-02-23" and "正文" not in doc.text_original
