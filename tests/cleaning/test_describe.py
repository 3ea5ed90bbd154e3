"""describe: document type, meeting, organisation and level, speaker, read from the Simplified text."""

from __future__ import annotations

import pytest

from cleaners import describe


@pytest.mark.parametrize("title, kind", [
    ("在省计生协理事会暨工作会议上的报告", "报告"), ("计生协工作座谈会发言词", "发言"), ("在计生协改革工作会议上的讲话", "讲话"),
    ("转发市计划生育协会《关于进一步做好新时期计划生育协会工作的报告》的通知", "通知"), ("计生协会员代表大会闭幕词", "闭幕词"),
    ("2023年全县计生协工作要点", "工作要点"), ("随便一个标题", None),
    # a meeting named after a genre is the news story's subject, not its genre
    ("我市召开人口计生工作总结会", None), ("罗源县2012年第二次人口计生工作汇报会召开", None),
    ("在全县计生协工作总结会上的讲话", "讲话"),
    # a report of one's own work is a 述职; a spokesman and a call for views name no genre
    ("卫生局局长本人任现职以来述职报告", "述职"), ("国家卫生健康委新闻发言人答记者问", None), ("生育支持政策征求意见座谈会召开", None),
    # a host's script under its other name, a welcome and a reply of thanks; a news line of one being given is none
    ("護士節的主持稿精彩", "主持词"), ("在计生协成立大会上的欢迎辞", "致辞"), ("会员代表大会答谢词", "致辞"),
    ("局长到场致欢迎词", None),
    # a body's rules and letters; a policy's name is no paper's genre
    ("某县计划生育协会第六届理事会选举办法", "办法"), ("第十八届理事及监事选举公告", "公告"),
    ("致全市系统离退休老干部的慰问信", "慰问信"), ("计划生育家庭特别扶助制度政策问答", None),
    # a meeting named after the genre a few words on; a body's 会址 is no meeting
    ("我校组织开展2021年度基层团组织书记述职评议大会", None), ("某会会员大会通过报告续扩会址", "报告"),
    # a lecture's script is a speech; a 演讲稿 an 演讲
    ("机关干部党课讲稿:深化医药卫生体制改革", "讲话"), ("计生协会员代表演讲稿", "演讲"),
    # letters to the public and of thanks; a work a news headline names is not its genre, the work itself is
    ("致广大市民朋友的一封信", "公开信"), ("华亭镇爱心捐赠感谢信", "感谢信"), ("一封感恩信捎给台湾受灾同胞", "感谢信"),
    ("新修改的《中华全国妇女联合会章程》全文公布", None), ("开展纪念《公开信》发表三十五周年宣传活动", None),
    ("《某县计划生育协会章程》", "章程"),
    # a plan for years ahead by its title's end; not the news of one, nor a spun 计划生育
    ("中国计划生育协会青春健康工作五年规划", "规划"), ("甘肃省人口发展规划(2016—2030年)", "规划"),
    ("国务院印发《国家人口发展规划(2016-2030年)》", None), ("国家人口发展规划(2016—2030年)印发", None), ("落实规划生育政策", None),
    ("社区方案生育宣传", None), ("村党支部书记在重阳节敬老大会上的祝词", "致辞"), ("县长听取河头镇计生工作汇报", None),
])
def test_doc_type(title, kind):
    assert describe.doc_type(title, []) == kind


@pytest.mark.parametrize("lines, kind", [
    # a byline under an untitled page names the genre; a sentence's word does not
    (["——在全县计生协工作会议上的讲话", "各位代表:"], "讲话"),
    (["5月29日,县计生协召开理事会,县委副书记出席会议并讲话。", "会议回顾总结了一年的工作。"], None),
    # an untitled page that opens with a salutation is a speech
    (["各位代表、同志们:", "县计生协第四次会员代表大会今天开幕了。"], "讲话"),
    (["同志们:", "这次会议的主要任务是,研究部署计划生育进社区工作。"], "讲话"),  # (the bare comrades too)
    (["同志们、朋友们:", "今天我们在这里隆重集会。"], "讲话"),
    # a script that calls the speakers up and runs the meeting is a host's
    (["各位领导、同志们:", "首先,请全体起立,奏国歌。", "请坐下。下面请市妇联主席通报表彰决定。",
      "最后,请市委副书记做重要讲话,大家欢迎。"], "主持词"),
    # (a speech that tells what comes next is none: "下面,我讲几点意见")
    (["各位领导、同志们:", "下面,我讲几点意见。", "最后,祝大家工作顺利。"], "讲话"),
    # a paper's name is no genre: 文汇报 holds 汇报
    (["香港文汇报讯 (记者 沈清丽)", "公益金日前举行45周年酒会。"], None),
])
def test_doc_type_from_the_first_lines(lines, kind):
    assert describe.doc_type("", lines) == kind


@pytest.mark.parametrize("title, meeting", [
    ("在省计生协七届七次理事会暨工作会议上的报告", "省计生协七届七次理事会暨工作会议"),
    ("——在全县计生协工作会议上的讲话", "全县计生协工作会议"),
    ("在计生协改革工作会议上的讲话", "计生协改革工作会议"),
    ("计生协工作座谈会发言词", None),
    ("——在中国妇女第十一次全国代表大会上的闭幕词", "中国妇女第十一次全国代表大会"),
    ("在计生协第五次会员代表大会上的开幕词", "计生协第五次会员代表大会"),
    ("在2025年度党委民主生活会上的发言", "2025年度党委民主生活会"),
    # (a title's first phrase with 在 is no meeting: the subtitle after the dash names it)
    ("在实现中国梦的伟大进程中奋力开拓妇女发展更加广阔的前景——在中国妇女第十一次全国代表大会上的闭幕词", "中国妇女第十一次全国代表大会"),
    # (a meeting's name does not run back over a sentence's end)
    ("在北京召开纪念大会。组委会主任在纪念大会上的讲话", "纪念大会"),
    # (a title may name the meeting without its 在)
    ("乡村计生工作人员培训班开班典礼上的讲话", "乡村计生工作人员培训班开班典礼"), ("全州人口与计划生育工作会议上的讲话", "全州人口与计划生育工作会议"),
])
def test_meeting(title, meeting):
    assert describe.meeting(title, []) == meeting


@pytest.mark.parametrize("title, text, expected", [
    ("在省计生协理事会上的报告", "", ("省计生协", "省", None)),
    ("湖南省计划生育协会工作报告", "", ("湖南省计划生育协会", "省", "湖南省")),
    ("衢州市计划生育协会工作报告", "", ("衢州市计划生育协会", "市", "衢州市")),
    ("中国计生协第八次全国会员代表大会报告", "", ("中国计生协", "全国", None)),
    ("工作报告", "转发市计划生育协会的报告。金东区计生协开展活动。", ("市计划生育协会", "市", None)),
    ("工作报告", "金东区计生协开展活动。", ("金东区计生协", "区", "金东区")),
    ("工作报告", "各乡镇计生服务站开展活动。", (None, None, None)),
    # what the sentence says before the place is no part of it; 该 refers back; 长 and 会 may start a place
    ("", "市卫健委副主任呼新伟调研通许县计生协。", ("通许县计生协", "县", "通许县")),
    ("", "市政府办公室关于印发嘉峪关市计划生育协会改革方案的通知", ("嘉峪关市计划生育协会", "市", "嘉峪关市")),
    # (全市 is the level, as 我市 is: the city's association)
    ("", "充分调动全市计生协会的积极性。", ("市计生协会", "市", None)),
    ("", "2019年全县计生协工作要点", ("县计生协", "县", None)),
    ("", "我代表临江市计划生育协会向大会报告工作。", ("临江市计划生育协会", "市", "临江市")),
    ("", "近年来,该县计生协积极开展活动。", ("县计生协", "县", None)),
    ("", "长乐坪镇计生协开展活动。", ("长乐坪镇计生协", "乡镇", "长乐坪镇")),
    ("", "会泽县卫生健康局、会泽县计生协会开展慰问。", ("会泽县计生协会", "县", "会泽县")),
    # an anniversary names the national association, not the one that acts
    ("", "为庆祝中国计生协成立45周年,刘家隔镇计划生育协会开展活动。", ("刘家隔镇计划生育协会", "乡镇", "刘家隔镇")),
    ("", "热烈庆祝中国计生协成立45周年", ("中国计生协", "全国", None)),
    # a charter it cites names no actor; nor is "分管" part of a place
    ("", "依照《中国计划生育协会章程》和《古蔺县计划生育协会章程》以及二郎镇计生协会相关文件,特制定本规定。",
     ("二郎镇计生协会", "乡镇", "二郎镇")),
    ("", "按照《中国计划生育协会章程》换届。卫生健康局调研员、分管区计生协领导徐志刚作报告。", ("区计生协", "区", None)),
    # a street drops the 道 of 街道 in some cities' names
    ("", "近日,文冲街计生协面向居民群众开展主题宣传活动。", ("文冲街计生协", "乡镇", "文冲街")),
    # a word of time before it is no part of the place
    ("", "最近漳州市计生协会表彰了一批优秀会员。", ("漳州市计生协会", "市", "漳州市")),
    # nor is a date's day; a city named for the sun keeps it; 街道 alone names no place
    ("", "5月13日秦淮社区计生协开展了宣传活动。", ("秦淮社区计生协", None, "秦淮社区")),
    ("", "9月19日上午海门街道计生协开展中秋慰问活动。", ("海门街道计生协", "乡镇", "海门街道")),
    ("", "自治区计生协召开五届三次理事会。", ("自治区计生协", "省", None)),
    ("", "上海市计划生育协会召开理事会。", ("上海市计划生育协会", "市", "上海市")),
    ("", "各街道计生协:台江区计划生育协会决定开展保险工作。", ("台江区计划生育协会", "区", "台江区")),
    ("2018年度靖州县计划生育协会部门决算", "", ("靖州县计划生育协会", "县", "靖州县")), ("", "会上市计生协领导讲话。", ("市计生协", "市", None)),
    ("", "日照市计生协开展了宣传活动。", ("日照市计生协", "市", "日照市")),
    ("", "活动由街道计生协会牵头。", ("街道计生协会", "乡镇", None)),
    # (a 计生协管员 is an assistant, no association)
    ("", "各社区计生协管员要逐户清查流动人口。", (None, None, None)),
])
def test_organisation(title, text, expected):
    assert describe.organisation(title, text) == expected


@pytest.mark.parametrize("lines, expected", [
    (["省卫生计生委党组成员、省计生协常务副会长 张三", "(2017年2月28日)"], ("张三", "省卫生计生委党组成员、省计生协常务副会长")),
    (["省卫生计生委党组成员、省计生协常务副会长", "(2017年2月28日)"], (None, "省卫生计生委党组成员、省计生协常务副会长")),
    # a township's head is an office like any other
    (["镇党委副书记、镇长 李明", "同志们："], ("李明", "镇党委副书记、镇长")),
    (["乡长 王芳"], ("王芳", "乡长")),
    # a byline a page split at its space: the name on the line under the office
    (["省计生委主任", "张枫", "新年伊始,我谨代表省计生委向全省计生干部致以新年的问候!"], ("张枫", "省计生委主任")),
    # (a name of two characters spaced to the width of three)
    (["省卫生和计划生育委员会主任", "刘 奇", "主任、各位副主任、秘书长、各位委员:"], ("刘奇", "省卫生和计划生育委员会主任")),
    (["市计生协常务副会长", "(2024年1月18日)"], (None, "市计生协常务副会长")),
    # (a subtitle's byline with its dash and the placeholder for the name)
    (["——中共某某镇党委书记 XX", "(XX年X月X日)"], (None, "中共某某镇党委书记")),
    (["各位理事，同志们：", "我受省计生协第七届常务理事会委托，向大家报告工作，请予审议。"], (None, None)),
    (["我代表常务理事会，向大会报告工作，请各位委员审议"], (None, None)),
    # (a letter's addressee with its office, the page splitting it or not)
    (["中共中央总书记", "胡某某", "阁下", "尊敬的胡某某主席:"], (None, None)),
    (["省政协机关服务中心副主任", "缩略图", "尊敬的各位领导:"], (None, "省政协机关服务中心副主任")),
    (["吴某某任新一届理事会会长 吴某任常务副会长兼秘书长", "11月25日,省工业园区协会召开第二次会员代表大会。"], (None, None)), (["某某省省长 王某 阁下", "尊敬的王省长:"], (None, None)),
])
def test_speaker(lines, expected):
    assert describe.speaker(lines) == expected


@pytest.mark.parametrize("title, expected", [
    ("张三同志在全市计生协工作会议上的讲话", ("张三", None)),
    ("市计生协会长李四在全市计生协工作会议上的讲话", ("李四", "市计生协会长")),
    ("市计生协会长在全市计生协会员代表大会上的讲话", (None, "市计生协会长")),
    ("王五在县计生协成立大会上的致辞", (None, None)),  # nothing vouches that 王五 is a name
    ("在省计生协理事会暨工作会议上的报告", (None, None)),
    ("卫生部副部长国艾办主任 王陇德 致辞", ("王陇德", "卫生部副部长国艾办主任")),
    ("会员代表 王五 发言", (None, None)),  # (no office before the name)
])
def test_speaker_from_the_title(title, expected):
    from cleaners.describe import speaker

    assert speaker([], title) == expected


def test_a_byline_under_a_title_with_a_role_and_no_name_names_the_speaker():
    title = "市计生协会长在全市计生协工作会议上的讲话"
    assert describe.speaker(["市计生协会长 陈某某", "(2023年2月21日)", "同志们:"], title) == ("陈某某", "市计生协会长")
    # (a byline with no name leaves the title's role)
    assert describe.speaker(["(2023年2月21日)", "同志们:"], title) == (None, "市计生协会长")


def test_the_speaker_named_in_a_titles_subtitle_after_a_dash():
    title = "统一思想 狠抓落实——努力开创宣传教育工作的新局面——王某某同志在全省计生协工作会议上的讲话"
    assert describe.speaker([], title)[0] == "王某某"


@pytest.mark.parametrize("line", ["历任会长", "廖某某副市长当选市计生协第七届理事会会长", "中共某某镇委员会", "三、宣布妇代会委员候选人名单;",
                                  "某某主席(某区议会主席)、各位嘉宾、各位义工朋友:"])
def test_a_line_that_names_an_office_but_is_no_byline_gives_no_role(line):
    assert describe.speaker([line, "各位代表:"], "") == (None, None)


# (the placeholder a template left for the name is no part of the role)
@pytest.mark.parametrize("line, role", [("县计生协常务副会长 xxx", "县计生协常务副会长"), ("县计生协常务副会长 ×××", "县计生协常务副会长"),
                                        ("市委常委、副市长", "市委常委、副市长")])
def test_a_bylines_office_is_the_role(line, role):
    assert describe.speaker([line, "各位代表:"], "") == (None, role)


def test_a_report_under_a_dashed_date_line_has_its_date_meeting_and_the_speaker_split_off_his_offices(clean):
    head = ["——2015年9月21日在省十二届人大常委会第十八次会议上", "省人大常委会委员、省人大教育科学文化卫生委员会委员", "朱皖",
            "主任、各位副主任、秘书长、各位委员:"]
    doc = clean("\n".join([*head, "省十二届人大四次会议期间,湘西自治州代表团提出议案,大会主席团决定交由教科文卫委员会研究办理。"]))
    assert (doc.speech_date, doc.meeting, doc.speaker) == ("2015-09-21", "省十二届人大常委会第十八次会议", "朱皖")
    assert doc.speaker_role == "省人大常委会委员、省人大教育科学文化卫生委员会委员" and not doc.title


def test_taiwans_zhici_is_an_address():
    assert describe.doc_type("外交部次长出席非政府组织论坛致词稿", []) == "致辞"


def test_a_deputys_bare_office_an_ambassador_and_a_sentences_office():
    assert describe.speaker([], "副市长在201x年度全市人口计生工作会议上的讲话") == (None, "副市长")
    assert describe.speaker([], "驻英国大使刘某明在英国红十字会年度晚宴上的讲话") == ("刘某明", "驻英国大使")
    # (a sentence cut off at an office is no byline)
    assert describe.speaker(["大会听取和审议了市侨联主席"], "") == (None, None)


@pytest.mark.parametrize("lines, expected", [
    (["某县政法委书记李某", "(2025年3月8日)", "各位女性同胞、各位领导、同志们:"], ("李某", "某县政法委书记")),
    (["某某残联副主席程某某", "尊敬的某某校长,各位来宾,大家好!"], ("程某某", "某某残联副主席")),
])
def test_a_byline_glued_to_its_name_over_the_salutation_names_the_speaker(lines, expected):
    assert describe.speaker(lines, "在某某大赛上的致辞") == expected


def test_a_name_alone_between_the_date_line_and_the_salutation_is_the_speaker():
    body = "这次大会圆满完成各项议程,就要胜利闭幕了。"
    assert describe.speaker(["(2013年10月31日)", "沈某某", "各位代表、姐妹们、同志们:", body], "") == ("沈某某", None)
    assert describe.speaker(["(2013年10月31日)", "摘要", "各位代表、同志们:", body], "") == (None, None)
    assert describe.speaker(["文秘帮", "(2022年2月25日)", "同志们:", body], "") == (None, None)


def test_a_name_alone_over_the_date_line_under_a_speechs_title_is_the_speaker():
    lines = ["陈某立", "(2011年3月7日)", "今天,我们在这里隆重集会,纪念“三八”国际妇女节。"]
    assert describe.speaker(lines, "在全国三八红旗手表彰大会上的讲话") == ("陈某立", None)
    # (over a title that is no speech's, a site's name may stand there)
    assert describe.speaker(lines, "全国三八红旗手表彰大会举行") == (None, None)


def test_the_speakers_own_place_gives_the_level_and_is_no_part_of_the_name():
    assert describe.organisation("", "此次慰问活动搭建了我市计生协会和特殊家庭之间沟通的桥梁。") == ("市计生协会", "市", None)


def test_a_name_glued_to_an_office_with_no_salutation_under_it_is_no_byline():
    assert describe.speaker(["某县政法委书记李某", "会议强调,要抓好各项工作。"], "") == (None, None)


@pytest.mark.parametrize("lead, expected", [
    ("以下是政务司司长林某某昨日(一月十一日)在立法会会议上就「检讨人口政策」议案的总结发言:", ("林某某", "政务司司长")),
    ("以下是行政长官林某某某今日(十月十一日)上午向立法会发表《行政长官2017年施政报告》的发言全文:", ("林某某某", "行政长官")),
    ("以下是劳工及福利局局长张某某在某某会议上的致辞:", ("张某某", "劳工及福利局局长")),
])
def test_a_press_offices_lead_names_the_speaker_and_office(lead, expected):
    assert describe.speaker([lead, "主席、各位议员:"], "立法会:政务司司长就议案总结发言") == expected


def test_a_communitys_association_has_no_district_level_and_the_national_ones_anniversary_names_no_actor():
    assert describe.organisation("", "近日,龙韵雅苑社区计生协开展了关爱活动。") == ("龙韵雅苑社区计生协", None, "龙韵雅苑社区")
    text = "今年5月29日是中国计生协成立40周年纪念日,也是计生协第22个会员活动日,街道开展了宣传活动。"
    assert describe.organisation("", text) == ("计生协", None, None)


@pytest.mark.parametrize("text", [
    "今年5月29日是中国计生协成立36周年纪念日,也是全国计生协第28个“会员活动日”,怀宁县计划生育协会开展了宣传活动。",
    "为认真贯彻落实中国计生协《关于开展村规民约清理修订工作的通知》要求,怀宁县计划生育协会召开了部署会。",
])
def test_the_days_count_and_a_cited_papers_body_are_no_actor(text):
    assert describe.organisation("", text)[:2] == ("怀宁县计划生育协会", "县")
