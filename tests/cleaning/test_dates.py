"""dates: the ways these pages write dates, and date lines under a title or in a signature."""

from __future__ import annotations

import pytest

from cleaners.dates import date_line, find_dates, first_date


@pytest.mark.parametrize("text, iso", [
    ("2013.08.15", "2013-08-15"), ("2022-05-25 11:59:00", "2022-05-25"), ("2017年2月28日", "2017-02-28"),
    ("2017 年 2 月 28 日", "2017-02-28"), ("2019/3/5", "2019-03-05"), ("二〇一七年二月二十八日", "2017-02-28"),
    ("二〇二三年十二月三十一日", "2023-12-31"), ("二○○六年八月二十二日", "2006-08-22"), ("二〇二〇年十月十日", "2020-10-10"),
    ("二\u039f\u039f\u039f年十一月十三日", "2000-11-13"), ("二◯一七年三月一日", "2017-03-01"),  # (a Greek omicron or a large circle for nought)
    ("發佈時間：2013.08.15", "2013-08-15"),
    # some sites print the day first, with dots
    ("29.11.2022  17:53", "2022-11-29"), ("12.01.2016", "2016-01-12"),
    # or with slashes, where the day cannot be a month
    ("28/05/2024", "2024-05-28"),
    # or the day and the month alike, which is one day either way
    ("03/03/2016", "2016-03-03"), ("12/12/2020", "2020-12-12"),
    # and American sites the month first, where the day cannot be a month
    ("1/29/2023 5:10:00 PM", "2023-01-29"), ("12/31/2019", "2019-12-31"),
    # Taiwan's years of the Republic, named or of three figures
    ("中華民國 102 年 7 月 12 日", "2013-07-12"), ("民国98年3月1日", "2009-03-01"), ("111年10月17日", "2022-10-17"),
    # and in words, as formal papers sign
    ("中華民國八十二年四月二日", "1993-04-02"), ("民國一百零二年七月十二日", "2013-07-12"), ("中华民国一百年一月一日", "2011-01-01"),
    ("民國一百一十二年十月十日", "2023-10-10"),
    # a site's stamp with the month in words between figures
    ("2021 五月 14日, 星期五 7:38", "2021-05-14"),
])
def test_first_date(text, iso):
    assert first_date(text) == iso


@pytest.mark.parametrize("text", ["2023-02-30", "201X年7月29日", "5.29", "7月30日", "第2006号", "12345678",
                                  "31.02.2020", "3.1.2020年工作要点", "1.2.3.2020", "05/06/2024", "1/28/05/2024", "13/29/2023",
                                  "92年3月1日", "2111年10月17日", "1.111年1月1日"])
def test_no_date(text):
    assert first_date(text) is None


def test_find_dates_in_order():
    found = find_dates("201X年4月22日、2003年4月28日和二〇〇三年五月九日")
    assert [iso for _, _, iso in found] == ["2003-04-28", "2003-05-09"]


@pytest.mark.parametrize("line, iso", [
    ("(2017年2月28日)", "2017-02-28"),
    ("（2017年2月28日）", "2017-02-28"),
    ("〔2017年2月28日〕", "2017-02-28"),
    ("2006年8月22日", "2006-08-22"),
    ("二〇〇六年八月二十二日", "2006-08-22"),
    ("日期:2017年2月28日", "2017-02-28"),
    ("日期：2017年2月28日", "2017-02-28"),
    ("（二〇一七年二月二十八日）", "2017-02-28"),
    ("二00八年十月七日 |", "2008-10-07"),  # a signature in a table's cell
    ("2019年11月28日,重庆", "2019-11-28"), ("2019年11月28日 人民大会堂", "2019-11-28"),  # (with the place)
])
def test_date_lines(line, iso):
    assert date_line(line) == iso


@pytest.mark.parametrize("line", ["2016年是我国经济社会全面发展、成绩显著的一年，2016年6月在长沙召开会议。",
                                  "201X年4月22日成立了非典防治工作领导小组", "(居)", "",
                                  "2019年11月28日 理事会议"])  # (a heading, no place)
def test_not_date_lines(line):
    assert date_line(line) is None


def test_speech_date_of_a_notice_is_its_signature_date_not_the_meeting_time(clean):
    notice = "\n".join(["关于召开全县计生协理事会的通知", "各乡镇计生协：", "经研究，决定召开全县计生协理事会，现将有关事项通知如下：",
                        "一、会议时间", "2023年5月10日上午9时", "二、会议地点", "县政府三楼会议室。", "请各单位准时参加。",
                        "县计划生育协会", "2023年5月4日"])
    assert clean(notice).speech_date == "2023-05-04"


@pytest.mark.parametrize("header", [["时 间:2021年7月21日", "地 点:国务院新闻办公室"],
                                    ["会议时间:2017年9月22日(星期五) 上午11:00", "出席:理事长", "会议地点:和平会馆"],
                                    ["壹、時 間:2025年12月26日下午6:30 ~ 8:30", "貳、地 點:某某餐廳"],
                                    ["日期:107年8月30日(星期四)上午8時", "地點:本會寶慶辦公區610會議室"]])
def test_a_transcripts_or_records_header_of_the_event_dates_it(clean, header):
    doc = clean("\n".join(["县计生协理事会会议记录", *header, "主持人:县计生协会长",
                           "会议听取了县计生协一年来的工作报告，审议通过了年度工作要点。", "会议要求，各级计生协要认真抓好落实。"]))
    assert doc.speech_date == first_date(header[0])


@pytest.mark.parametrize("line, day", [("2022年元月1日", "2022-01-01"), ("二〇二二年元月十日", "2022-01-10")])
def test_january_called_the_first_month_is_read(line, day):
    assert date_line(line) == day and first_date(f"于{line}在县城召开") == day


def test_speech_date_under_the_title(clean):
    doc = clean("在省计生协理事会上的报告\n省计生协常务副会长\n（2017年2月28日）\n各位理事，同志们：\n我受委托，向大家报告工作，请予审议。")
    assert doc.speech_date == "2017-02-28"


def test_a_speech_date_with_its_place_in_the_bracket(clean):
    doc = clean("全国计生协副会长讲话摘要\n(2012年8月30日  北京)\n目前,我国已经进入人口老龄化快速发展期,计生协要发挥作用。")
    assert doc.speech_date == "2012-08-30"


def test_a_portals_date_above_a_speechs_bracketed_date_is_the_publication_date(clean):
    doc = clean("\n".join(["2006年06月19日", "在全国计生协工作会议上的讲话", "(2006年6月8日)", "同志们:",
                           "这次会议是在计生协事业发展进入关键时期召开的一次重要会议。"]))
    assert doc.speech_date == "2006-06-08" and doc.published == "2006-06-19"
    # (a cover notice's signed date over the speech it forwards is no portal's)
    notice = ["县计生协〔2017〕5号", "关于印发张三同志在全县计生协工作会议上的讲话的通知", "各乡镇计生协:",
              "现将张三同志的讲话印发给你们,请认真贯彻落实。", "县计划生育协会", "2017年3月1日"]
    doc = clean("\n".join([*notice, "在全县计划生育协会工作会议上的讲话", "(2017年2月28日)", "同志们:",
                           "这次会议是在计生协事业发展进入关键时期召开的一次重要会议。"]))
    assert doc.speech_date == "2017-02-28" and doc.published is None


@pytest.mark.parametrize("dateline", ["【大紀元2015年10月31日訊】(記者綜合報導)", "新华网北京2015年10月31日电 (记者 王芳)"])
def test_a_news_storys_dateline_with_its_year_is_the_publication_date(clean, dateline):
    doc = clean("\n".join(["計生政策走向終結", dateline + "剛剛結束的全會公告顯示,將全面實施一對夫婦可生育兩個孩子的政策。",
                           "飽受爭議的政策在35年後走向終結。"]))
    assert doc.published == "2015-10-31" and doc.speech_date is None


@pytest.mark.parametrize("opening", [
    "本报讯 5月29日,县计划生育协会召开五届三次理事会,审议通过了工作报告。",
    "5月29日上午,县计划生育协会召开五届三次理事会,审议通过了工作报告。",
    "县计划生育协会会长王某今日到各乡镇计生协视察,了解五届三次理事会筹备工作。",
])
def test_a_news_storys_date_under_its_headline_is_the_publication_date(clean, opening):
    doc = clean("\n".join(["县计生协召开五届三次理事会", "(2019年5月30日)", opening,
                           "会议由县计生协常务副会长主持,县委副书记出席会议并讲话。"]))
    assert not doc.relevant and doc.speech_date is None and doc.published == "2019-05-30"


def test_a_speechs_date_under_its_title_stays_the_speech_date_when_its_first_line_reads_like_a_lead(clean):
    doc = clean("\n".join(["在县计生协五届三次理事会上的讲话", "(2019年5月30日)", "同志们:",
                           "5月29日,县计划生育协会召开五届三次理事会,我代表县委向大会表示祝贺,请予审议。",
                           "我们要把计生协的工作做好。"]))
    assert doc.speech_date == "2019-05-30"


@pytest.mark.parametrize("label, day", [("二、活动时间和内容:", "2016年7月10日"), ("会议时间:", "2016年7月10日"),
                                        ("活动日期:", "2016年7月10日"), ("1.汇演时间", "2016年7月10日")])
def test_a_date_under_a_fields_label_is_the_events_not_the_documents(clean, label, day):
    doc = clean("\n".join(["街道计生协世界人口日活动方案", "一、活动主题", "普及生殖健康服务。", label, day,
                           "(一)在社区文化大院免费开展生殖健康咨询服务,发放宣传资料。"]))
    assert doc.speech_date is None and day in doc.text_original


def test_a_date_with_its_hours_span_after_it_is_the_events_not_the_documents(clean):
    doc = clean("\n".join(["街道计生协世界人口日活动方案", "一、活动主题", "普及生殖健康服务。", "二、活动目标",
                           "通过系列活动的开展,深入宣传艾滋病防治条例及艾滋病防治知识,提高群众的自我防护意识。",
                           "三、活动内容", "(一)举办一场宣传文艺汇演", "2016年7月10日 09:00-11:30",
                           "(二)在社区文化大院免费开展生殖健康咨询服务,发放宣传资料。"]))
    assert doc.speech_date is None and "2016年7月10日\n09:00-11:30" in doc.text_original


def test_a_document_hosts_hyphenated_english_date():
    assert first_date("Date post: 21-Jan-2023") == "2023-01-21" and first_date("Post on 20-Jul-2020") == "2020-07-20"


def test_a_bare_date_with_its_month_padded_under_a_headline_is_the_sites_not_the_speechs(clean):
    story = ["某某署母嬰健康院的調查結果顯示,曾以母乳餵哺的嬰兒比率上升至去年的77%。",
             "某某署高級醫生今天(7月30日)在國際母乳哺育週新聞發報會上表示,將繼續推廣母乳餵哺。"]
    doc = clean("\n".join(["母乳餵哺率去年升至77%", "2011年07月30日", *story]))
    assert (doc.published, doc.speech_date) == ("2011-07-30", None)
    # (a speech's date line, as its author writes it, is the speech's)
    doc = clean("\n".join(["在某某協會會員大會上的講話", "2011年7月30日", "各位會員:", *story]))
    assert doc.speech_date == "2011-07-30"


def test_an_english_date_with_no_space_after_its_comma_is_read():
    from cleaners.dates import first_date
    assert first_date("Published on Mar 06,2024") == "2024-03-06"


def test_a_date_packed_into_one_word_in_capitals_is_read():
    assert first_date("29AUG2015") == "2015-08-29" and first_date("30AUG2015港大关注组记招") == "2015-08-30"
    assert first_date("29XYZ2015") is None and first_date("129AUG20155") is None


def test_a_date_packed_into_one_word_over_the_headline_dates_the_page(clean):
    doc = clean("\n".join(["29AUG2015", "流动民主教室 家计会.性.现代性", "家庭计划指导会在1956年成立,很多人想起家计会只会联想到避孕或家庭计划。"]))
    assert doc.published == "2015-08-29"
