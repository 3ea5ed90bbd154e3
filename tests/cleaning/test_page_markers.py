"""PageMarkers: the "2、" "17、" a docx preview prints at each page break goes and the word it broke is
joined again; the author's numbered headings and enumerations stay."""

from __future__ import annotations

import pytest

from cleaners.page_markers import PageMarkers, page_chain

from .corpus import load_gold, norm, seed_raw


def removed(draft, rule="page_marker"):
    return [r.text for r in draft.removed if r.rule == rule]


def test_seed_docx_preview_markers_go_and_words_are_joined(run_step):
    gold = next(g for g in load_gold() if g["id"] == "seed-002")
    draft = run_step(PageMarkers(), seed_raw(gold).split("\n"))
    text = norm("\n".join(draft.lines))
    for joined in ("关于群团改革", "着力推动组织", "落实党委统一领导", "计生协的工作转型", "进家庭,帮忙", "家庭帮扶、权益维护",
                   "实施积极应对", "新时代规划", "北京、河南", "抓好改革任务", "和辖区内"):
        assert norm(joined) in text, joined
    assert len(removed(draft)) >= 20


PAGES = [
    "1、 在计生协改革工作会议上的讲话 今日，我们召开全国计生协改革工作会，主要任务是总结改革成果，沟通改革经验，推动计生协改革持续深化和计生协事业高质量发展。自中国计生协改革方案印发以来，中国计生协深入贯彻习近平总书记关于群",
    "2、团改革和计生协工作的重要指示精神，会长多次听取改革汇报，部署改革任务，推动改革进程。第一时间成立了中国计生协改革领导小组，强化顶层设计，落实责任分工，先后召开4次全国性改革推进会议，着力",
    "3、推动组织和工作创新，增强基层活力，发挥了较好的示范带动效应。目前，全国所有省级计生协全部出台改革方案，大部分地方在领导班子、人员编制、内设机构等方面得到明显加强，计生家庭帮扶",
    "4、，权益维护、家庭健康服务、参与基层社会治理等工作，计生协组织成为创新基层社会治理的重要力量。",
]


def test_markers_before_fullwidth_punctuation_go(run_step):
    draft = run_step(PageMarkers(), PAGES)
    text = "".join(draft.lines)
    assert "关于群团改革" in text and "着力推动组织" in text and "计生家庭帮扶，权益维护" in text
    assert not any(line.startswith(("1、", "2、", "3、", "4、")) for line in draft.lines)


def test_traditional_preview_markers_go(run_step):
    from .corpus import to_traditional

    draft = run_step(PageMarkers(), [to_traditional(p) for p in PAGES])
    text = norm("".join(draft.lines))
    assert norm("关于群团改革") in text and norm("着力推动组织") in text
    assert len(removed(draft)) == 4


def test_the_title_line_above_page_one_is_not_glued_to_it(run_step):
    """Page 1's marker goes, but the title line above it is a line of its own, not the start of page 1."""
    title = "在计生协改革工作会议上的讲话"
    page_one = "1、 " + PAGES[0].split(title + " ")[1]
    draft = run_step(PageMarkers(), [title, page_one, *PAGES[1:3]])
    assert draft.lines[0] == title
    assert removed(draft) == ["1、 ", "2、", "3、"]


def test_a_real_numbered_heading_inside_a_page_is_not_taken_for_a_marker(run_step):
    """The preview's "2、" is the one that breaks a word; the author's "2、创新机制" on page 1 stays."""
    pages = [
        "1、 1、领导重视，搭建协会可持续发展平台。区委、区政府高度重视，在协会机构、编制、人员到位的基础上，又下发了有关文件。"
        " 2、创新机制，加强基层协会队伍建设。根据市计生协会工作会议精神，区计生协制发了关于选聘专职副会长的通",
        "2、知，全区11个镇乡（街道）根据通知要求全部配备专职副会长，成为名符其实的专职副会长。 3、经费落实，改善协会工作条件。我区计生协会活动经费在计生局正常性经费中列支，协会经费需要多少拨",
        "3、多少，且随时划拨。有了一把手的明朗态度，协会工作的开展更加顺利。",
    ]
    draft = run_step(PageMarkers(), pages)
    text = " ".join(draft.lines)
    assert "2、创新机制" in text and "3、经费落实" in text and "1、领导重视" in text
    assert "通知，全区" in text and "拨多少" in text


@pytest.mark.parametrize("lines", [
    ["（一）落实“两办”通知精神，加强协会组织建设", "1、领导重视，搭建协会可持续发展平台",
     "浙委办发〔2002〕31号文件下发后，区委、区政府高度重视。", "2、创新机制，加强基层协会队伍建设",
     "根据市计生协会工作会议精神，全区配备专职副会长。", "3、经费落实，改善协会工作条件", "协会经费在计生局经费中列支。"],
    ["我们要开展项目1、项目2和项目3的建设，推进工作。", "重点抓好1、2、3号文件的落实。"],
    ["1、“5·29”会员活动日早部署。", "2、开展互帮互助活动。", "3、优质服务，送方便下乡。"],
    ["4月下旬，区计生协就着手部署“5·29”活动，各镇乡于5月9日前把活动计划交到了区计生协，由区计生协对活动计划提出修改补充意见，再返还各镇乡进行完善。",
     "2、开展互帮互助活动。"],
])
def test_author_numbering_stays(run_step, lines):
    draft = run_step(PageMarkers(), lines)
    assert draft.lines == lines
    assert not draft.removed


SECTIONED = [
    "（一）加强组织建设",
    "1、领导重视，搭建协会可持续发展平台。区委、区政府高度重视，在协会机构、编制、人员到位的基础上，又下发了有关文件，协会考核工作力度也有所加强。",
    "2、创新机制，加强基层协会队伍建设。全区11个镇乡（街道）根据通知要求全部配备专职副会长，成为名符其实的专职副会长，发挥了积极作用。",
    "（二）强化服务功能",
    "3、开展宣传服务活动，丰富群众精神文化生活。各级协会组织会员开展形式多样的宣传活动，让群众在娱乐中受到教育，促进树立婚育新风尚。",
    "4、开展帮扶活动，帮助计生困难家庭。协会骨干与困难家庭结成对子，签订合同，实行帮扶，真正把会员联系户制度落到实处。",
    "（三）加强自身建设",
    "5、加强培训，提高协会干部的工作水平。区计生协联合计生局对全区900多名秘书长进行了集中培训，提高了他们的业务水平和工作能力。",
    "6、完善制度，规范协会工作的运行。建立健全协会例会制度、联系户制度和会员活动制度，使协会工作走上规范化、制度化的轨道。",
]


@pytest.mark.parametrize("width", ["fullwidth", "ascii"])
def test_numbering_that_runs_on_across_sections_stays(run_step, width):
    """Items numbered 1-6 across (一)(二)(三): each section heading ends without a full stop, like a page."""
    lines = SECTIONED if width == "fullwidth" else [ln.replace("，", ",").replace("（", "(").replace("）", ")")
                                                    for ln in SECTIONED]
    draft = run_step(PageMarkers(), lines)
    assert draft.lines == lines


def test_numbering_that_runs_on_in_a_one_line_page_stays(run_step):
    line = ("工作报告 （一）加强组织建设 1、领导重视 区委、区政府高度重视协会工作。 2、创新机制 全区配备专职副会长。 "
            "（二）强化服务功能 3、开展宣传 各级协会开展宣传活动。 4、开展帮扶 协会骨干与困难家庭结成对子。")
    assert run_step(PageMarkers(), [line]).lines == [line]


def test_an_item_numbered_under_a_section_heading_in_a_one_line_page_stays(run_step):
    """"二、工作建议 1、…": the item follows its section's heading, which has no full stop, like a cut page."""
    paragraph = "会上表彰了200个全省先进示范村（居），基层群众自治经验得到有效推广，这些成绩的取得与我们的努力付出是密切相关的。"
    line = (f"同志们: 一、协会工作建议 {paragraph} 二、协会工作建议 1、协会工作建议 {paragraph} "
            f"三、协会工作建议 2、协会工作建议 {paragraph} 谢谢大家!")
    assert run_step(PageMarkers(), [line]).lines == [line]
    # a heading with a comma in it, or numbered in digits, heads its items too
    line = (f"同志们: 一、协会工作建议 {paragraph} 1、201X年协会工作建议 1、“5·29”活动早部署。 {paragraph} "
            f"二、创新机制,加强基层协会队伍建设 2、开展评比先进、争创示范协会活动。 谢谢大家!")
    assert run_step(PageMarkers(), [line]).lines == [line]


LIST_SEMICOLONS = [
    "今年重点抓好以下几项工作：",
    "1、加强组织建设，推动县以上计生协列入党委领导的群团组织序列，解决地方计生协机关参公、三定等遗留问题，确保机构稳定、队伍加强、职能优化；",
    "2、强化服务功能，深入开展优生优育进万家活动，在城乡社区建设一批亲子小屋、青春健康俱乐部等服务阵地，不断满足群众多元化的服务需求；",
    "3、做好计生家庭帮扶，落实计划生育特别扶助制度，深入开展暖心行动，帮助失独家庭解决生活照料、精神慰藉、医疗保障等方面的实际困难；",
    "4、加强宣传教育，利用网上计生协平台开展宣传，营造生育友好的社会环境，不断提高群众对生育支持政策的知晓率和满意度。",
]


def test_items_ending_in_fullwidth_semicolons_after_a_colon_stay(run_step):
    assert run_step(PageMarkers(), LIST_SEMICOLONS).lines == LIST_SEMICOLONS


def test_items_ending_in_ascii_semicolons_after_a_colon_stay(run_step):
    lines = [ln.replace("；", ";").replace("：", ":").replace("，", ",") for ln in LIST_SEMICOLONS]
    assert run_step(PageMarkers(), lines).lines == lines


def test_page_chain_needs_broken_text():
    assert page_chain(["1、领导重视。", "2、创新机制。", "3、经费落实。"]) == []


OPENING = ("区计划生育协会章程（2020年5月20日第三次会员代表大会通过）第一章总则第一条本会名称为某某区计划生育协会，简称区计生协。"
           "第二条本会是党领导下的群众团体，是党和政府联系育龄群众和计划生育家庭的桥梁和纽带，协助政府做好人口工作，"
           "促进人口长期均衡发展。第三条本会以全心全意为育龄群众"
           "和计划生育家庭服务为宗旨，遵守宪法、法律、法规和国家政策，遵守社会道德风尚。第四条本会的基本任务是宣传、服务、"
           "维权、帮扶，团结带领广大会员群众，坚持自我")


def test_a_short_preview_with_one_break_after_its_opening_marker(run_step):
    """A preview of two pages: "1、" opens the text, "2、" cuts a word at the end of page 1."""
    draft = run_step(PageMarkers(), [f"1、{OPENING}", "2、教育、自我管理、自我服务、自我监督。"])
    assert draft.lines == [OPENING + "教育、自我管理、自我服务、自我监督。"]


def test_two_long_unpunctuated_items_that_open_a_text_stay(run_step):
    lines = ["1、加强组织建设，推动县以上计生协列入党委领导的群团组织序列，解决地方计生协机关参公三定等遗留问题，确保机构稳定",
             "2、强化服务功能，深入开展优生优育进万家活动，在城乡社区建设一批亲子小屋、青春健康俱乐部等服务阵地"]
    assert run_step(PageMarkers(), lines).lines == lines


def test_a_short_preview_printed_a_page_a_line_under_its_title(run_step):
    """The title printed twice above "1、", and a page that happens to end at a sentence's end: still pages."""
    title = "区计划生育协会章程"
    page3 = "第五条本会接受业务主管部门的指导和监督管理。"
    lines = [title, title, f"1、{OPENING}", "2、教育、自我管理、自我服务、自我监督,积极参与计生协改革。" + OPENING[:180] + "。",
             f"3、{page3}"]
    draft = run_step(PageMarkers(), lines)
    assert draft.lines == [title, title, OPENING + lines[3][2:], page3]
    assert removed(draft) == ["1、", "2、", "3、"]


def test_long_items_under_a_title_that_each_end_a_sentence_stay(run_step):
    item = "加强组织建设,推动县以上计生协列入党委领导的群团组织序列,解决地方计生协机关遗留问题,确保机构稳定。" * 3
    lines = ["计生协工作要点", f"1、{item}", f"2、{item}", f"3、{item}"]
    assert run_step(PageMarkers(), lines).lines == lines


def test_an_authors_next_item_after_the_last_page_marker_stays(run_step):
    """Pages 1-3 break words; the author's own list on page 3 goes on with an item "4、" after a full stop."""
    lines = [PAGES[0], PAGES[1],
             "3、推动组织和工作创新,增强基层活力。 2、组织小组会员学习人口科学理论,熟悉法律法规政策的主要内容。"
             " 3、组织本小组会员开展生育关怀活动,帮助他们解决实际困难。 4、做好入户随访工作,"]
    draft = run_step(PageMarkers(), lines)
    assert removed(draft) == ["1、 ", "2、", "3、"]
    assert "4、做好入户随访工作," in draft.lines[-1]


def test_a_previews_page_a_line_with_no_break_goes_where_the_page_captioned_its_thumbnails(clean):
    page1 = "1、各位领导、各位评委、在座的朋友们:大家好!" + "今天我要说战斗在计生战线的计划生育工作者们,同样是新时期最可爱的人。" * 7
    page2 = "2、可是,朋友,二十一世纪我们面临的人口、资源、能源、生态环境等问题中,其核心问题就是人口问题。"
    thumbs = ["计划生育工作的演讲稿_第1页", "计划生育工作的演讲稿_第2页"]
    doc = clean("\n".join([*thumbs, "文档简介", page1, page2]))
    assert doc.text_original.startswith("各位领导") and "\n可是,朋友" in doc.text_original
    # without the thumbnails, two unbroken items are the author's
    doc = clean("\n".join([page1, page2]))
    assert doc.text_original.startswith("1、各位领导")


def test_a_pdfs_page_number_at_a_lines_end_goes_and_the_word_it_broke_is_joined(clean):
    doc = clean("\n".join(["村计生协理事会组建办法", "理事要有广泛的代表性。(即5名“五老”,3名社会贤达、致富能 - 1 -",
                           "人、育龄群众积极分子,3名村干部)。小村按“3、2、1”的模式组建。"]))
    assert "致富能人、育龄群众" in doc.text_original and "- 1 -" not in doc.text_original


def test_a_pages_number_alone_where_the_page_broke_a_sentence_goes_and_the_halves_join(run_step):
    lines = ["三是人口问题显得越来越紧迫,包括出生缺陷多发,男女比例严重失调、人口", "1", "老龄化凸现,这些都要求我们放眼长远。"]
    draft = run_step(PageMarkers(), lines)
    assert draft.lines == ["三是人口问题显得越来越紧迫,包括出生缺陷多发,男女比例严重失调、人口老龄化凸现,这些都要求我们放眼长远。"]
    # (a number under a finished sentence, or over a heading, is no break in a word)
    kept = ["今年共走访计生特殊家庭四十六户,发放慰问金。", "1", "二、明年的工作打算"]
    assert run_step(PageMarkers(), kept).lines == kept


def test_a_view_count_under_a_headline_goes_and_the_headline_stays_the_title(clean):
    story = "今日是开学日,莘莘学子迎来新学年,亦提醒本市,年轻人口不断减少。内地人口增长放缓,甚至出现负增长情况。"
    doc = clean("\n".join(["(市民之言)营造婚育友好社会氛围推动优生多育", "499", story]))
    assert doc.title == "(市民之言)营造婚育友好社会氛围推动优生多育" and doc.text_original == story


def test_a_pages_number_alone_and_a_stray_letter_the_next_page_opens_with_go_and_the_word_is_joined(run_step):
    lines = ["通过全体镇干部的共同努力,全年各项指标运行基本良好,形成主要领导亲", "1", "f自抓,分管领导具体抓,各部门协同抓的工作格局。"]
    assert run_step(PageMarkers(), lines).lines == ["通过全体镇干部的共同努力,全年各项指标运行基本良好,形成主要领导亲自抓,分管领导具体抓,各部门协同抓的工作格局。"]


def test_a_pdf_pages_number_glued_to_a_broken_sentence_goes_and_the_halves_join(run_step):
    lines = ["在镇党委、政府的高度重视和支持下,我镇成立了由镇关工委牵头,广泛吸纳社会各界人士-1-", "参与的工作队伍。"]
    assert run_step(PageMarkers(), lines).lines == ["在镇党委、政府的高度重视和支持下,我镇成立了由镇关工委牵头,广泛吸纳社会各界人士参与的工作队伍。"]
    # (glued after a sentence that ended, it goes, and the next line stays a paragraph of its own)
    lines = ["为提高出生人口素质做出了积极贡献。- 2 -", "为加强领导,镇成立了工作领导小组。"]
    assert run_step(PageMarkers(), lines).lines == ["为提高出生人口素质做出了积极贡献。", "为加强领导,镇成立了工作领导小组。"]


def test_a_pages_number_after_a_space_where_the_page_broke_a_date_goes_and_the_date_joins(run_step):
    lines = ["为确保脆肉鲩的脆度和产品质量,协会在每年9 1", "月下旬都专门召开理事会,听取会员意见。"]
    assert run_step(PageMarkers(), lines).lines == ["为确保脆肉鲩的脆度和产品质量,协会在每年9月下旬都专门召开理事会,听取会员意见。"]
    # (a count over its unit is no date: "共计 12" / "万人次" stays as printed)
    kept = ["全年开展宣传服务活动,受益群众共计 12", "万人次,发放资料三千份。"]
    assert run_step(PageMarkers(), kept).lines == kept


def test_a_pages_number_glued_between_a_full_stop_and_the_next_article_goes(run_step):
    lines = ["本村的计划生育工作受上级主管部门的指导,并按时完成上级规定的各项工作任务。2第五条:村计生协在村党支部的领导下开展工作。"]
    assert run_step(PageMarkers(), lines).lines == ["本村的计划生育工作受上级主管部门的指导,并按时完成上级规定的各项工作任务。第五条:村计生协在村党支部的领导下开展工作。"]
    # (a numbered article keeps its number's 、: "。2、第五条" is the author's)
    kept = ["各项工作任务。2、第五条规定的事项由理事会负责。"]
    assert run_step(PageMarkers(), kept).lines == kept


def test_a_previews_head_printed_in_doubled_runs_is_printed_once_and_so_are_its_doubled_headings(run_step):
    lines = ["1、乡镇乡镇 20212021 年上半年妇联工作总结年上半年妇联工作总结,乡镇乡镇总结总结 2021 年上半年,镇妇联坚持围绕中心工作。"
             "一是巾帼担当抗疫情。一是巾帼担当抗疫情。疫情期间,镇妇联积极行动。"]
    assert run_step(PageMarkers(), lines).lines == [
        "1、乡镇 2021 年上半年妇联工作总结,乡镇总结 2021 年上半年,镇妇联坚持围绕中心工作。一是巾帼担当抗疫情。疫情期间,镇妇联积极行动。"]
    # (a word an author doubles, once or twice, is the author's)
    kept = ["这个问题请大家回去研究研究,讨论讨论,下次会上再议。我们要认真学习。我们要认真学习。"]
    assert run_step(PageMarkers(), kept).lines == kept


def test_a_word_documents_page_footer_inside_a_sentence_goes_and_the_sentence_joins(run_step):
    draft = run_step(PageMarkers(), ["张贴宣传海报1000余份,—1—在学校食堂、宿舍等重点区域都张贴了卫生标语。"])
    assert draft.lines == ["张贴宣传海报1000余份,在学校食堂、宿舍等重点区域都张贴了卫生标语。"]


@pytest.mark.parametrize("line", ["2016—2020年规划", "第一阶段—3—5个月", "A—1—B型"])
def test_a_dash_between_numbers_or_letters_is_no_page_footer(run_step, line):
    assert run_step(PageMarkers(), [line]).lines == [line]


def test_a_previews_pages_then_the_authors_items_numbered_on_from_its_last_page(run_step):
    page1 = "1、某街道流动人口计生协会创立方案 为加强流动人口计划生育工作管理和服务," + "".join(f"第{k}项工作要扎实推进落实到位," for k in range(20)) + "室外要"
    page2 = ("2、有固定的宣传专栏,内容包括流动人口服务指南、办事程序等。 2、载体建设方面。广泛开展主题实践活动,增加协会凝聚力。"
             " 3、健全服务网络。在社区设立服务点,落实专人负责。 4、完善管理制度。建立例会制度,定期研究工作。")
    draft = run_step(PageMarkers(), [page1, page2])
    assert [r.text for r in draft.removed] == ["1、", "2、"]
    assert "室外要有固定的宣传专栏" in "".join(draft.lines) and " 3、健全服务网络" in "".join(draft.lines)


def test_a_previews_text_layer_printed_twice_through_is_printed_once(run_step):
    once = ["2013年计划生育宣传教育培训课程", "宣传是行动的先导,", "任何一项工作只", "要宣传到位了,", "就能起到事半功倍的", "效果。"]
    line = "".join(piece * 2 for piece in once)
    draft = run_step(PageMarkers(), [line, "研究研究这个问题。" + "各级计生协要积极发挥群众组织的特有优势,坚持以人为本。"])
    assert draft.lines[0] == "".join(once)
    assert draft.lines[1].startswith("研究研究")  # (a line an author wrote once stays as it is)


def test_a_two_page_previews_markers_go_when_its_second_breaks_a_word(run_step):
    head = ["1、 区计划生育协会工作报告", "各位理事、同志们:"]
    page1 = "我区计划生育协会工作在区委、区政府的高度重视,区计生局的大力支持及市计生协的直接关怀和指导下,积极引导乡、村、企业开拓进取,在学习先进、争创"
    page2 = "2、示范、深化“一流协会”、建设企业协会等方面做了大量工作。"
    heading = "2、创新机制,加强基层协会队伍建设"
    draft = run_step(PageMarkers(), [*head, page1, page2, "一、工作回顾", heading])
    assert draft.lines == ["区计划生育协会工作报告", "各位理事、同志们:", page1 + page2[2:], "一、工作回顾", heading]
    # (an author's "2、" after a sentence that ended is a heading: the author's "1、" heads the text)
    items = ["1、领导重视", "我区计划生育协会工作在区委、区政府的高度重视下做了大量工作。", "2、措施得力"]
    assert run_step(PageMarkers(), items).lines == items


def test_a_page_that_opens_at_the_authors_item_keeps_the_item_and_loses_its_marker(run_step):
    filler = "区委、区政府高度重视,在协会机构、编制、人员到位的基础上,又下发了关于同意区计划生育协会列入参照国家公务员制度管理范围的批复,"
    pages = ["1、 区计划生育协会工作报告 各位理事、同志们: 我区计划生育协会工作在区委、区政府的高度重视下," + filler * 3 + "在学习先进、争创",
             "2、示范、深化“一流协会”等方面做了大量工作。 2、创新机制,加强基层协会队伍建设 " + filler * 3 + "全区行政村都配备了专职副会长。",
             "3、3、经费落实,改善协会工作条件 我区计生协会活动经费在计生局正常性经费中列支。"]
    lines = run_step(PageMarkers(), pages).lines
    assert lines[-1].startswith("3、经费落实") and "3、3、" not in "".join(lines)


@pytest.mark.parametrize("line", ["3同志们:这次全市卫生改革与发展大会,是市委召开的一次重要会议。",
                                  "12尊敬的各位领导、各位来宾:大家好!"])
def test_a_number_glued_to_the_salutation_goes(run_step, line):
    draft = run_step(PageMarkers(), ["在全市卫生改革与发展大会上的讲话", line])
    assert draft.lines[1] == line.lstrip("0123456789") and draft.removed[0].rule == "page_marker"


def test_a_number_before_a_sentence_that_names_comrades_stays(run_step):
    line = "3位同志们在会上作了交流发言。"
    assert run_step(PageMarkers(), [line]).lines == [line]


PAGE_ONE = ("一、今年以来的人口计生工作取得的成果今年以来,在区委、区政府的正确领导下,在各镇街、各有关部门的努力下,人口计生工作"
            "经受住了考验,我们坚持稳定低生育水平这一主线,保持了计生工作持续稳定的步伐,主要有五个方面的成果:第一,低生育水平进一步"
            "稳定。全区共出生4361人,与去年同期相比,减少614人。统计上报出生率2.73‰,政策生育率为94.91%,")
PAGE_TWO = ("与考核指标80%相比,高14.91个百分点。其次,宣传舆论氛围进一步增强。上半年,我们在城区繁华地段添置了2块公益宣传广告,"
            "在主要交通干道沿途新增20多幅大型固定宣传标语,在群众中产生了广泛的积极的影响。各镇街也结合实际开展了形式多样的宣传活动,"
            "群众对计生政策的知晓率明显提高。第三,行政执法工作进一步加强。一是适时开展已上户未")
PAGE_THREE = "处理违法生育的整治,堵住了违法生育的漏洞。二是严格落实责任,全区上下形成了齐抓共管的工作格局。"


def test_bare_page_numbers_glued_into_sentences_a_page_apart_go(run_step):
    lines = ["1" + "2023年人口计生基层建设推动会讲话" + PAGE_ONE + "2" + PAGE_TWO + "3" + PAGE_THREE]
    assert run_step(PageMarkers(), lines).lines == ["2023年人口计生基层建设推动会讲话" + PAGE_ONE + PAGE_TWO + PAGE_THREE]
    # (the author's figures stay: a unit after them, or nothing to run them as pages)
    assert "2块" in run_step(PageMarkers(), lines).lines[0]
    alone = [PAGE_ONE + "2" + PAGE_TWO + PAGE_THREE]
    assert run_step(PageMarkers(), alone).lines == alone
