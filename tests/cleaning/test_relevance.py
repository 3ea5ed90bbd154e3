"""relevance: speeches, reports and official documents of or at a family planning association are
relevant; news stories about them, Q&A, encyclopedia entries and list pages are not."""

from __future__ import annotations

import re

import pytest

from cleaners.relevance import relevance

from .corpus import load_gold, to_fullwidth, to_traditional

# what the quick counts must count: every match of these, as findall counts them
ORG = re.compile(r"计生协|计划生育协会|计生协会|计划生育工作协会|人口和计划生育协会")
FIRST_PERSON = re.compile(r"我们|咱们|我省|我市|我区|我县|我镇|我乡|我会|我协会|我国")

SPEECH = ("同志们：\n今天我们召开全县计生协工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲几点意见。\n一、提高认识\n"
          "各级计生协要切实履行职责，团结带领广大会员群众做好计划生育协会工作。\n谢谢大家！")
NOTICE = ("各乡镇计生协，县直各有关单位：\n现将《2023年全县计生协工作要点》印发给你们，请结合实际，认真贯彻执行。\n"
          "县计划生育协会\n2023年3月1日")
NEWS = ("本网讯（通讯员 李四）日前，市计生协召开2023年工作会议。会上，市计生协常务副会长张三作了讲话。"
        "会议指出，今年要重点抓好计生协改革工作。会议强调，各级计生协要切实履行职责。据悉，全市各县区计生协负责人参加会议。")
NEWS_FEW_MARKERS = ("本网讯 日前，市计生协召开全委会，审议通过了2023年工作要点。会上，市计生协会长对各县区计生协的工作提出了要求，"
                    "各县区计生协负责人参加会议。")
# a reporter's account with no dateline: the meeting's business in the third person, the chair named
NEWS_NO_DATELINE = ("商贸城计划生育协会召开第四届会员代表大会，区商务局领导到会指导，所属12个市场的60多位代表参加了大会。\n"
                    "区商务局党委委员首先对大会的召开表示祝贺，向与会代表及全体计生协会会员表示问候，并提出两点意见：一是加强基层"
                    "协会建设，发挥协会作用。二是加强协会自身建设，提高协会工作水平。\n"
                    "会议通过了第三届计划生育协会理事会所作的工作报告，审议通过了《商贸城计划生育协会章程》，选举产生了第四届理事会。"
                    "大会由常务副会长主持。")
# a headline left at the top of the text, the dateline under it
NEWS_UNDER_HEADLINE = ("省计生协三届二次理事会在省城召开\n新华网省城3月5日电\n（记者王五）省计划生育协会三届二次理事会今天召开，"
                       "会议回顾总结一年来计生协工作，研究省计生协发展规划和改革方案，部署今年任务。省计生协常务副会长向大会作了"
                       "工作报告，要求各级计生协围绕中心，服务大局，扎实推进计生协改革。")
CHARTER = ("第一章 总则\n第一条 本会名称为某某县计划生育协会，简称县计生协。\n第二条 县计生协是党领导下的群众团体，"
           "是党和政府联系育龄群众和计划生育家庭的桥梁和纽带。\n第三条 县计生协以全心全意为育龄群众和计划生育家庭服务为宗旨。")
QA = ("问：什么是计划生育特别扶助制度？\n答：计划生育特别扶助制度是指对独生子女伤残死亡家庭给予扶助的制度。\n"
      "问：计生协在其中发挥什么作用？\n答：计生协协助做好宣传和服务工作。")
# a story with no dateline and no reporter: its lead tells the day and who held what
NEWS_LEAD = ("\u4e3a\u5e86\u795d\u201c5.29\u4f1a\u5458\u6d3b\u52a8\u65e5\u201d\uff0c5\u670824\u65e5\uff0c\u5e02\u8ba1\u751f\u534f\u4e3e\u529e\u4e86"
             "\u201c\u5021\u65b0\u65f6\u4ee3\u5a5a\u80b2\u6587\u5316\u201d\u6f14\u8bb2\u6bd4\u8d5b\u3002\u6765\u81ea\u5404\u53bf\u533a\u7684\u9009\u624b"
             "\u8bb2\u8ff0\u8eab\u8fb9\u7684\u4e8b\u8ff9\u3002\u5e02\u8ba1\u751f\u534f\u4e13\u804c\u526f\u4f1a\u957f\u3001\u5404\u53bf\u533a\u8ba1\u751f\u534f"
             "\u8d1f\u8d23\u540c\u5fd7\u53c2\u52a0\u4e86\u6d3b\u52a8\u3002")
# an association's own minutes: the meeting's fields, its agenda
MINUTES = ("\u4f1a\u8bae\u65f6\u95f4\uff1a2024\u5e744\u67085\u65e5\n\u4f1a\u8bae\u5730\u70b9\uff1a\u6751\u59d4\u4f1a\u4f1a\u8bae\u5ba4\n"
           "\u4e3b\u6301\u4eba\uff1a\u674e\u5efa\u56fd\uff08\u8ba1\u751f\u534f\u4f1a\u4f1a\u957f\uff09\n\u4e00\u3001\u4f1a\u8bae\u8bae\u7a0b\n"
           "1. \u56de\u987e\u6211\u4eec\u8ba1\u751f\u534f\u4f1a2023\u5e74\u5ea6\u5de5\u4f5c\u60c5\u51b5\n"
           "2. \u90e8\u7f72\u8ba1\u751f\u534f\u4f1a2024\u5e74\u91cd\u70b9\u5de5\u4f5c\u4efb\u52a1\n\u4e8c\u3001\u4f1a\u8bae\u5185\u5bb9\n"
           + "\u4f1a\u957f\u56de\u987e\u4e86\u53bb\u5e74\u7684\u5de5\u4f5c\uff0c\u5206\u6790\u4e86\u5b58\u5728\u7684\u95ee\u9898\uff0c"
           "\u63d0\u51fa\u4eca\u5e74\u8981\u52a0\u5f3a\u5ba3\u4f20\u6559\u80b2\uff0c\u505a\u597d\u8ba1\u751f\u5bb6\u5ead\u5e2e\u6276\u3002\n" * 5)
# an untitled work summary: its year and who led it open it
SUMMARY = ("2006年,某某区计划生育协会在区委、区政府的正确领导下,在市计生协会大力支持下,紧紧围绕中心工作,开展了一系列活动,"
           "进一步增强了协会的凝聚力和影响力。\n一、进一步健全协会组织。区计生协会今年召开3次常务理事会,及时组建新的协会组织3个。\n"
           "二、抓好村、社区协会组织建设,今年重新组建村级协会机构6个。")
# a town's report on how its association helped the villages draw up their own rules: "协会" alone names it
TOWN_REPORT = ("一、积极推行计划生育村民自治,努力提高协会的工作能力\n1、制定自治章程,协会尽职尽责。镇协会于今年3月份向全镇印发了"
               "计划生育村民自治章程的基本框架,各村协会多次召开理事会对有关条款进行修改和补充,协会理事逐家逐户登门征求意见,"
               "再召开村民代表会议,审议通过适合本村实际的章程。\n2、签订自治协议,各村协会将工作重心转移到与农户签订协议书上。")
# a founding story opening with its purpose clause: the leader attended and spoke, the meeting elected
# a visit to a community whose work the visitors praised: the visitors from "各市" are no notice's addressees
NEWS_PRAISED = ("5月8日上午,全省14个城市的100多名计生协会成员,来到某某街道中心广场社区参观全省城市社区计生协会试点工作。"
                "许多人为中心广场社区流动人口计生协“三三一”工作新模式点赞。\n"
                "社区计生协会长介绍了流动人口计生协会员之家、会员小组和志愿服务队的做法,各市计生协会成员纷纷拍照记录。\n"
                "观摩团还走访了社区计生协会员活动室,了解流动人口计生协为会员提供服务的情况。(张三)")
NEWS_FOUNDED = ("为进一步贯彻地方计生协综合改革精神,加强基层协会组织建设,拓展协会网络覆盖面,提升服务基层能力,12月4日,某某卫生院召开"
                "计划生育协会成立大会,县政协副主席、县计生协常务副会长谢某某出席并讲话。\n会议选举产生了某某卫生院计生协首届理事会理事、"
                "副会长、会长,聘任了秘书长。某某卫生院院长杜某代表新一届理事会作发言。谢某某向新成立的卫生院计生协及新当选的会长、"
                "副会长、各位理事表示祝贺,并从强化党建引领、筑牢为民服务、加大宣传力度等三个方面提出工作要求。某某县作为首批全国县级"
                "地方计生协综合改革项目试点单位,积极探索新思路,不断推动医疗卫生与计生协工作融合发展。")
# an association's final accounts, which it must publish: its duties and its figures
ACCOUNTS = ("第一部分 某市计划生育协会概况\n一、主要职能\n1.协助党和政府及有关部门宣传贯彻落实人口与计划生育法律法规政策,参与开展"
            "人口和计划生育重大问题的政策与动态调查研究,推动人口和计划生育工作;\n2.组织计划生育协会会员开展人口和计划生育的"
            "相关工作,指导县、乡、村计划生育协会开展具有自身特点的服务;\n二、部门基本情况\n某市计划生育协会内设机构2个,"
            "编制人数8人。\n第三部分 2021年度部门决算情况说明\n一、收入决算情况说明\n2021年度收入合计120.5万元,较上年减少3.2万元,"
            "主要原因是人员变动。\n二、支出决算情况说明\n2021年度支出合计118.7万元,其中基本支出96.1万元,项目支出22.6万元。")
WIKI = "计划生育协会，简称计生协，是指由中国共产党领导的群团组织。中国计划生育协会百科词条，成立于1980年。"


@pytest.mark.parametrize("gold", load_gold(), ids=lambda g: g["id"])
def test_seed_relevance(gold):
    from cleaners.draft import simplified

    assert relevance(simplified(gold["title"]), simplified(gold["text"]))[0] == gold["relevant"]


@pytest.mark.parametrize("title, text", [("在全县计生协工作会议上的讲话", SPEECH), ("在县计生协成立大会上的讲话", SPEECH),
                                         ("关于印发2023年全县计生协工作要点的通知", NOTICE),
                                         ("", CHARTER), ("\u6751\u8ba1\u751f\u534f\u4f1a\u4f1a\u8bae\u8bb0\u5f55", MINUTES),
                                         ("", SUMMARY), ("乡镇计划生育工作汇报", TOWN_REPORT),
                                         ("某市计划生育协会部门2021年度部门决算", ACCOUNTS)])
@pytest.mark.parametrize("variant", ["plain", "fullwidth"])
def test_documents_are_relevant(title, text, variant):
    text = to_fullwidth(text) if variant == "fullwidth" else text
    assert relevance(title, text)[0]


@pytest.mark.parametrize("title, text", [
    ("市计生协召开2023年工作会议", NEWS),
    ("市计生协召开全委会 部署2023年工作要点", NEWS_FEW_MARKERS),
    ("计划生育特别扶助政策问答", QA),
    ("", NEWS_NO_DATELINE),
    ("省计生协研究制定发展规划和改革方案", NEWS_UNDER_HEADLINE),
    ("计划生育协会", WIKI),
    ("某某县成立首个乡镇卫生院计划生育协会", NEWS_FOUNDED),
    ("某某社区流动人口计生协“三三一”工作获点赞", NEWS_PRAISED),
    # the villagers' own rules, with articles on the village's association
    ("", "\u67d0\u67d0\u6751\u8ba1\u5212\u751f\u80b2\u6751\u89c4\u6c11\u7ea6\n" + CHARTER.replace("\u672c\u4f1a\u540d\u79f0\u4e3a\u67d0\u67d0\u53bf\u8ba1\u5212\u751f\u80b2\u534f\u4f1a\uff0c\u7b80\u79f0\u53bf\u8ba1\u751f\u534f",
                                                                    "\u672c\u6751\u8bbe\u7acb\u8ba1\u5212\u751f\u80b2\u534f\u4f1a")),
    ("\u5e02\u8ba1\u751f\u534f\u4e3e\u529e\u201c\u5021\u65b0\u65f6\u4ee3\u5a5a\u80b2\u6587\u5316\u201d\u6f14\u8bb2\u6bd4\u8d5b", NEWS_LEAD),
    ("在全县人口计生工作会议上的讲话", SPEECH.replace("计生协", "人口计生").replace("计划生育协会", "人口计生")),
    # (a paper's dateline with a space after it, the meeting's 总结 in its lead)
    ("这场经验总结会 事关青春健康教育",
     "某某日报讯 青少年充满朝气和活力,如何开展青春健康教育,是一个困扰家长的问题。\n"
     "昨日,中国计划生育协会在某市召开青春健康工作五年规划终期总结研讨班。各地计生协交流了工作经验和成果。\n"
     "“我们坚持把青春健康教育作为计生协的重点工作。”市计生协专职副会长告诉记者。"),
])
@pytest.mark.parametrize("variant", ["plain", "fullwidth", "halfwidth"])
def test_non_documents_are_not_relevant(title, text, variant):
    if variant == "fullwidth":
        text = to_fullwidth(text)
    elif variant == "halfwidth":
        text = text.translate(str.maketrans("，：（）？！", ",:()?!"))
    assert not relevance(title, text)[0]


def test_traditional_text_is_judged_on_its_simplified_form(clean):
    page = to_traditional("在全县计生协工作会议上的讲话\n" + SPEECH)
    assert clean(page).relevant


def test_a_listing_of_speech_titles_is_not_a_document():
    titles = ["在全市计生协工作会议上的讲话 2023-03-15", "市计生协七届三次理事会工作报告 2023-02-10",
              "在全县计生协会员代表大会上的致辞 2022-12-01", "乡镇计生协年度工作总结 2022-11-20",
              "在计生协改革工作会议上的讲话 2022-10-08", "计生协理事会工作报告 2022-09-01",
              "在省计生协理事会暨工作会议上的报告 2022-08-15", "县计生协工作座谈会发言 2022-07-01"]
    assert not relevance("讲话报告", "\n".join(titles))[0]


@pytest.mark.parametrize("text", [
    "计生协计生协会人口和计划生育协会计划生育工作协会省计划生育协会",
    "中国计生协会长在市计生协会员大会上说，计划生育协会协会",
    "",
])
def test_association_mentions_are_counted_as_the_pattern_counts_them(text):
    from cleaners.relevance import org_mentions

    assert org_mentions(text) == len(ORG.findall(text))


@pytest.mark.parametrize("text", ["我们我省我协会我会咱们我国", "自我会计我我们们咱咱们", ""])
def test_first_person_is_counted_as_the_pattern_counts_it(text):
    from cleaners.relevance import first_person

    assert first_person(text) == len(FIRST_PERSON.findall(text))


def test_counts_on_the_seed_texts_are_the_patterns_counts():
    from cleaners.draft import simplified
    from cleaners.relevance import first_person, org_mentions

    for gold in load_gold():
        text = simplified(gold["text"])
        assert first_person(text) == len(FIRST_PERSON.findall(text))
        assert org_mentions(text) == len(ORG.findall(text))


def test_a_villages_short_summary_is_a_document_not_a_list():
    from cleaners.relevance import relevance

    text = "\n".join([
        "2018年,柘湾村计生协在镇计生协的指导下,紧紧围绕服务家庭的宗旨开展工作。现将一年来的工作总结如下:",
        "一、基本情况", "我村现有会员218名,设会员小组9个。", "二、主要工作",
        "(一)抓好宣传教育。全年组织会员学习活动6次。", "(二)做好生育关怀。走访慰问计生困难家庭12户。",
        "(三)开展健康服务。组织妇女健康检查2次。", "三、存在问题", "活动经费不足,会员活动不够经常。",
        "四、明年打算", "我们将进一步加强村计生协自身建设。", "柘湾村计划生育协会",
    ])
    assert relevance("柘湾村计划生育协会2018年度工作总结", text)[0] is True


def test_a_reworded_association_is_still_the_association(clean):
    """A rewording site turns 计划生育协会 into 方案生育协会: the plan is still the association's."""
    text = "\n".join(["农村方案生育协会2023年工作方案", "为进一步发挥方案生育协会在基层的作用,结合我村实际,制定本方案。",
                      "一、指导思想", "以服务群众为中心,推动方案生育协会工作高质量发展。", "二、工作目标", "全年开展会员活动日活动四次。",
                      "三、工作措施", "(一)加强组织建设。村方案生育协会要按时换届,健全会员小组。"])
    assert clean(text).relevant


def test_a_government_notice_issuing_the_associations_reform_plan_is_relevant():
    head = ["某某市人民政府办公室关于印发某某市计划生育协会改革方案的通知", "某政办发〔2022〕46号", "某某市人民政府办公室",
            "关于印发某某市计划生育协会", "改革方案的通知", "各街道办事处,郊区工作办公室,市政府各部门,在某各单位:",
            "《某某市计划生育协会改革方案》已经市政府第16次常务会议研究同意,现印发给你们,请认真贯彻执行。",
            "某某市人民政府办公室", "2022年5月25日", "(此件公开发布)", "某某市计划生育协会改革方案",
            "某某市计划生育协会(以下简称市计生协)是中国计划生育协会的地方组织,是市委领导下的群团组织,是党和政府联系"
            "广大育龄群众和计划生育家庭的桥梁和纽带。为进一步深化市计生协改革,结合实际,制定本方案。", "一、指导思想"]
    relevant, score = relevance(head[0], "\n".join(head[1:]))
    assert relevant, score


def test_the_associations_own_numbered_notice_is_relevant():
    text = ("某计生协〔2025〕2号\n各市(州)计生协:\n为深入贯彻落实优化生育政策,省计生协决定在全省开展“三个进万家”宣传服务活动。"
            "现将有关事项通知如下。\n一、总体目标\n二、主要任务\n(一)开展“婚育新风进万家”,营造生育友好社会环境。积极承接实施"
            "优化生育政策服务项目,围绕育龄人群开展生育支持政策和新型婚育文化宣传。力争全年开展系列宣传服务活动超过100场次。")
    relevant, score = relevance("关于开展“三个进万家”宣传服务活动的通知", text)
    assert relevant, score


def test_hong_kongs_family_planning_association_gives_its_speeches_and_its_name(clean):
    lines = ["香港家庭計劃指導會第六十六屆周年大會主席致辭", "2021年12月9日", "各位嘉賓、各位會員、各位同事:",
             "歡迎各位出席本會第六十六屆周年大會。過去一年,本港生育率跌至歷史新低。本會一直致力推廣家庭計劃及性與生殖健康服務。",
             "我們今年繼續進行青少年與性研究。我謹代表理事會感謝各位同事的努力。", "多謝各位。"]
    doc = clean("\n".join(lines))
    assert doc.relevant and (doc.organisation, doc.region) == ("香港家庭计划指导会", "香港")


def test_a_deputys_proposal_on_the_association_is_no_document_of_it_and_a_report_on_proposals_handled_still_is():
    proposal = ("人口和计划生育的重点在基层。村(居)级计生协组织在人口计生基层群众自治工作中担负重要责任,但长期以来,我州村(居)级"
                "计生协会专职副会长多数报酬不落实。为使村(居)级计生协会工作能正常开展,建议各县(市)人民政府将村(居)计生协专职副会长的"
                "报酬列入财政预算开支,其待遇标准与村(居)计生专干一致。\n提建议代表:王某某")
    assert relevance("第136号建议关于解决村(居)计生协会专职副会长报酬的建议", proposal)[0] is False
    assert relevance("关于解决村(居)计生协会专职副会长报酬的建议", proposal)[0] is False
    report = SPEECH.replace("同志们：\n", "同志们：\n去年,县计生协配合办理人大代表建议3件、政协委员提案2件。\n", 1)
    assert "代表建议" in report
    assert relevance("在县计生协会员代表大会上的工作报告", report)[0] is True


def test_a_lead_of_who_visited_whom_is_news():
    lead = ("5月21日,在计生协第20个“会员活动日”来临之际,州人民政府副州长张某、州计生协常务副会长杨某组成慰问组深入某镇"
            "看望慰问了计划生育特殊家庭,每户送去500元的慰问金、礼品及宣传资料。慰问组与她们拉家常,倾听他们的困难和诉求。")
    after = ("这次活动充分发挥计划生育协会是党和政府与群众的桥梁纽带作用,营造了有利于计生协改革发展的良好氛围,"
             "各位领导对计生协的工作给予了肯定。")
    assert relevance("", "\n".join([lead, after, "计生协要发挥优势,做好计生特殊家庭帮扶工作。" * 3]))[0] is False


def test_a_lead_naming_every_body_that_helped_before_what_was_held_is_news():
    lead = ("11月26日上午,由某州计生协主办,某州计生特殊家庭关爱协会承办,州教体局、各县(市)计生协、各县(市)教体局协办的"
            "“青春健康教育”项目启动仪式在文山举行。州计生协常务副会长李某、各县(市)计生协分管领导出席项目启动仪式。")
    speech = "州计生协常务副会长李某同志在项目启动会作动员讲话时强调:各级计生协会要提高认识,要把青春健康教育抓实抓好。"
    assert relevance("", "\n".join([lead, speech, "计生协要发挥优势。" * 30]))[0] is False


def test_a_lecture_series_opening_is_an_event():
    text = ("3月17日,陕西省计划生育协会下发了《关于开展家庭健康大讲堂主题活动的通知》,要求各市计生协认真组织。\n"
            + "陕西省计划生育协会在通知中称:各级计生协要把活动开展好,我们要认真组织,我会将加强指导。特此通知。\n" * 4)
    assert relevance("某某集团协办的家庭健康大讲堂陕西开讲", text)[0] is False
    assert relevance("某某集团协办的家庭健康大讲堂", text)[0] is True


def test_the_governments_assistants_in_family_planning_are_no_association(clean):
    doc = clean("\n".join(["2026年街道计生协管工作计划", "为做好我街道计生协管员队伍建设,提高计生协管工作水平,特制定本计划。",
                           "一、加强计生协管员培训。每季度组织计生协管员业务培训一次。", "二、落实孕前优生健康检查任务。"]))
    assert not doc.relevant and doc.organisation is None


def test_an_associations_own_rules_are_its_document():
    rules = ("村级计划生育协会工作制度1、积极创建合格村(社区)协会和一流村(社区)协会。2、村级协会要建立健全会员档案,"
             "做到会员底数清楚。3、村级协会要定期开展活动,每季度召开一次理事会。4、村级理事会每年年初要制定工作计划,"
             "年底要有工作总结。5、每年召开一次会员代表大会和培训会。")
    assert relevance("村级计划生育协会工作制度", rules)[0]


def test_an_explainer_of_what_an_associations_word_means_is_no_document():
    text = ("计生理事会全称是中国计划生育协会理事会。名词解释:由协会中计划生育、人口、卫生等代表社会各部门的理事组成各级理事会。"
            "理事是由计划生育中的积极分子推选的骨干会员,经过协会代表大会推选,常务理事会审议通过,即成为同级协会理事。地方各级协会理事会每年至少召开一次。"
            "基层计划生育协会理事会任期2至3年,根据会员大会的决议,领导本协会的工作。")
    assert relevance("计生理事会是什么意思", text)[0] is False


def test_a_sample_sites_headline_naming_the_association_over_a_text_that_never_does_is_no_association_document():
    text = ("今年人口计生工作的总体思路是:以科学发展观为统领,稳定低生育水平,统筹解决人口问题。今年我市人口计生工作将确定一个目标,"
            "突破两个重点,抓好三项工作。一、全市出生人口政策符合率户籍达99%以上,流动人口达90%以上。二、完善利益导向政策体系,"
            "落实各项奖励扶助政策。三、加强流动人口服务管理,推进区域协作。我们要抓好基层基础工作,确保各项任务完成。") * 2
    assert relevance("2014年计划生育协会工作要点", text)[0] is False
    # (one that names it, or its 协会, is)
    assert relevance("2014年计划生育协会工作要点", text.replace("我们要", "各级协会要"))[0] is True


def test_a_bulletin_its_label_opens_is_a_genre_of_the_associations_own():
    text = ("简报某乡计划生育协会有序开展“百万会员学科技”活动。在乡党委、政府的领导下,我乡计生协会在活动中依托自身优势,"
            "使计生协会工作开创了一个又一个新局面。一、加强自身建设,学好科技知识。我乡各村计划生育协会年初便制定出本村计生协会的学习计划。"
            "在今后工作中,我们还应加倍努力发挥好协会这一组织的职能。")
    assert relevance("", text)[0] is True


def test_a_speech_the_associations_own_site_reposts_under_the_speakers_name_is_its_document(clean):
    speech = ("今天,2023年度家庭健康主题推进活动在这里举办,借此机会,我代表主办单位表示热烈的祝贺,向参加活动的朋友们致以诚挚的欢迎!"
              "健康是每个家庭的幸福之基。近年来,中国计生协会同有关部门深入实施家庭健康促进行动,形成了共建共享的工作格局。"
              "家庭健康促进是建设健康家庭、提升人口健康素质的重要路径,我们要持续推进,让健康理念根植家庭、深入人心。")
    row = "2023-09-14 17:47:03 来源:福建省计划生育协会"
    assert clean("\n".join(["于某某:继续高质量推进家庭健康促进行动", row, speech])).relevant is True
    # (from another source, a passing mention of the association is not enough)
    assert clean("\n".join(["于某某:继续高质量推进家庭健康促进行动", row.replace("福建省计划生育协会", "某某日报"), speech])).relevant is False


def test_an_issuers_name_over_the_title_makes_the_report_the_associations(clean):
    report = ("2006年以来,我县坚持以关怀困难计划生育家庭为活动对象,广泛、扎实而有成效地开展了生育关怀行动。按照省、市计生协会的"
              "通知精神,我县对全县生育关怀行动开展情况进行了全面的自查评估。现将评估情况报告于后。")
    doc = clean("\n".join(["县计划生育协会", "关于“生育关怀行动”开展情况的评估报告", report, "一、生育关怀行动取得的显著成效"]))
    assert doc.relevant is True
    # (without the issuer the same report is another body's)
    assert clean("\n".join(["关于“生育关怀行动”开展情况的评估报告", report, "一、生育关怀行动取得的显著成效"])).relevant is False


def test_a_letter_of_the_associations_is_a_genre_of_its_own():
    text = ("全区实行计划生育的贫困母亲:在母亲节即将来临之际,区计生协代表各级计生协会的全体工作人员向你们表示节日的问候!"
            "多年来,区计生协会同乡镇计生协开展幸福工程救助行动,基层计生协会扶持受助母亲发展致富项目,计生协会员积极参与帮扶。"
            "区计生协将继续关心你们的生产和生活。")
    assert relevance("致贫困母亲的慰问信", text)[0] is True
    assert relevance("贫困母亲", text)[0] is False


def test_a_storys_all_the_counties_is_who_took_part_not_a_documents_addressees():
    story = ("为纪念“5·29会员活动日”,市计生协围绕婚育新风主题,组织开展了丰富多彩的宣传服务活动。在大足区,当地计生协通过"
             "文艺演出、趣味游戏等形式宣传新型婚育文化。在綦江区,区计生协走进社区开展健康讲座。市计生协相关负责人介绍,"
             "活动期间,各区县计生协以宣传服务为抓手,乡镇计生协积极参与。")
    assert relevance("", story)[0] is False
    # addressees at a line's head, or before their colon in a page printed as one line, are a document's
    plan = ("为做好计生协会员活动日工作,市计生协决定开展宣传服务活动。各级计生协要结合实际认真组织实施,乡镇计生协要"
            "积极参与,村计生协要发动会员。")
    assert relevance("", "各区县计生协:\n" + plan)[0] is True
    assert relevance("", "会员活动日宣传服务方案各区县计生协、市直各相关单位:" + plan)[0] is True


def test_comrades_told_of_in_a_story_are_no_salutation():
    story = ("在中秋佳节来临之际,县计生协依托暖心家园项目组织开展系列活动。县计生协的同志们带上月饼、大米等慰问品,走访计生特殊家庭,"
             "乡镇计生协同步开展政策宣讲,村计生协组织会员志愿者参与,计生协会员之家举办了亲子活动,计生协工作者与群众共度佳节。")
    assert relevance("", story)[0] is False
    assert relevance("", "同志们:\n" + story)[0] is True


def test_the_associations_minutes_circulars_and_requests_are_its_documents():
    minutes = ("2月27日,省计生协在长沙召开七届七次常务理事会。会议由省计生协常务副会长主持,省计生协常务理事参加会议。"
               "会议听取了省计生协2016年工作情况的汇报。会议认为,一年来全省各级计生协围绕中心、服务大局,工作成效明显。"
               "会议强调,各级计生协要深化改革。会议要求,各市州计生协要抓好落实。\n湖南省计划生育协会办公室\n2017年2月27日")
    assert relevance("省计生协七届七次常务理事会会议纪要", minutes)[0] is True
    assert relevance("省计生协召开七届七次常务理事会", minutes)[0] is False  # (the same words under a story's headline)
    circular = ("湘计生协〔2017〕3号\n各市州计生协:\n2016年,全省各级计生协认真学习贯彻中央精神,围绕全省卫生计生工作大局,"
                "扎实开展工作。经研究,决定对长沙市计生协等10个单位予以表彰。希望受表彰的单位珍惜荣誉,各级计生协要以先进为榜样。\n"
                "湖南省计划生育协会\n2017年2月28日")
    assert relevance("关于表彰2016年度全省计生协工作先进单位的通报", circular)[0] is True
    request = ("省卫生计生委:\n为总结2016年全省计生协工作,部署2017年任务,省计生协拟于2月28日召开七届七次理事会暨工作会议。"
               "会议由省计生协会长主持,各市州计生协负责人参加。妥否,请批示。\n湖南省计划生育协会\n2017年2月10日")
    assert relevance("关于召开省计生协七届七次理事会暨工作会议的请示", request)[0] is True


def test_a_short_letter_the_association_signs_is_its_document():
    letter = ("全县计划生育特殊家庭的朋友们:\n新春佳节即将来临,我们向你们致以节日的问候。一年来,各镇乡开展了帮扶活动,"
              "为特殊家庭办了实事。\n祝你们新春愉快,身体健康!\n县计划生育协会\n2017年1月20日")
    assert relevance("致全县计划生育特殊家庭的慰问信", letter)[0] is True
    # (unsigned, the same words are no association's)
    assert relevance("致全县计划生育特殊家庭的慰问信", letter.replace("县计划生育协会", "县卫生健康局"))[0] is False


def test_a_reposted_new_year_message_handed_over_to_in_full_is_the_associations_address():
    address = ("这一年,中国计生协积极融入健康中国建设,为推进健康中国行动在基层落地见效作出了不懈努力。我们主动参与疫情群防群控,"
               "带领会员以及广大志愿者当好守门员,协助党和政府筑牢社区防控安全屏障。各地计生协发布家庭健康公约,建设家庭健康服务中心。"
               "新的一年,我们将继续推进家庭健康促进行动。")
    lead = "中国计划生育协会常务副会长在杂志发表新年寄语。\n▽全文如下▽\n"
    assert relevance("", lead + address)[0] is True
    # (the same lead without the hand-over, and the message under a story's lead, are told of)
    assert relevance("", lead.replace("\n▽全文如下▽", "") + address)[0] is False
    assert relevance("", "中国计划生育协会常务副会长在杂志发表新年寄语。" + address)[0] is False


def test_the_associations_budget_disclosure_over_its_outline_is_its_document():
    outline = ["目 录", "第一部分:某区计生协会2021年部门预算说明", "一、部门基本概况", "(一)职能职责", "(二)机构设置",
               "二、部门预算单位构成", "三、部门收支总体情况", "(一)收入预算", "(二)支出预算", "四、一般公共预算拨款支出预算",
               "第二部分:2021年部门预算公开表", "第一部分:某区计生协会2021年部门预算说明", "一、部门基本概况", "(一)职能职责",
               "宣传贯彻党和国家计划生育政策法规,协助政府做好人口和计划生育工作,开展生育关怀和家庭健康促进活动。"]
    title = "某区计生协会2021年部门预算情况公开说明"
    assert relevance(title, "\n".join(outline))[0] is True
    # (the same outline under a story's words is told of)
    assert relevance(title, "\n".join(["近日,记者从区财政局获悉,", *outline]))[0] is False


def test_an_associations_new_year_greeting_under_a_literary_headline_is_relevant():
    text = "\n".join([
        "张友芳",
        "此时此刻,借着新年的第一缕阳光,向关心、支持湖北省计划生育协会的各位致以2024年的第一句问候:新年快乐!",
        "今年,我们认真贯彻中央精神,紧紧围绕省委、省政府大局,积极把计生协会工作融入“下基层”实践,聚焦生育支持和家庭健康,"
        "扎实推进家庭健康促进行动,各项工作取得新成效。",
        "今年,我们充分发挥计划生育协会独特的组织网络优势,探索群众组织参与党委中心工作的新途径,在基层建阵,在基层落地。",
        "新的一年,我们将继续做好计生协会各项工作,为群众办实事、解难题,推动计生协工作再上新台阶。",
    ])
    assert relevance("以奋斗的姿态踏上新的征程", text)[0]
    # (a story that quotes the wish is news still)
    story = "本报讯 1月1日,县计生协开展新春走访活动。县计生协会长向老人们说:“新年快乐!”随后,县计生协工作人员为老人送上慰问品。"
    assert not relevance("县计生协开展新春走访活动", story)[0]


def test_a_story_of_a_family_named_for_an_award_is_news_though_it_opens_on_the_winners_words():
    text = ("“很荣幸站在这里,首先要感谢在座的各位及各级计生协给我这个荣誉,其次我代表农村的女性创业者说一句话。”这就是茶棚村计生家庭"
            "汤志文在幸福计生家庭风采展示活动领奖台上的感言。汤志文家庭是茶棚村计生协会的创业致富带头人,吸收100多名计生协会会员就业。\n"
            "年初省计生协下发幸福计生家庭评选活动,市计生协迅速在各乡镇开展评选活动,动员和组织广大会员积极参与。\n"
            "据了解,省卫生计生委与省计生协联合开展幸福计生家庭展示活动,营造社会关心计生家庭的浓厚氛围。")
    assert not relevance("茶棚村汤志文家庭被评为全省“幸福计生家庭”", text)[0]
