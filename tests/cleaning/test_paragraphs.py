"""Paragraphs: a page printed as one line is split where a sentence or a short heading ends; spaces
inside a sentence stay."""

from __future__ import annotations

import pytest

from cleaners.paragraphs import Paragraphs, split_paragraphs


@pytest.mark.parametrize("line, parts", [
    ("各位理事,同志们: 我受省计生协第七届常务理事会委托,向大家报告工作,请予审议。 一、关于2016年工作的回顾 2016年是全面发展的一年。",
     ["各位理事,同志们:", "我受省计生协第七届常务理事会委托,向大家报告工作,请予审议。", "一、关于2016年工作的回顾", "2016年是全面发展的一年。"]),
    ("各位理事，同志们： 我受省计生协第七届常务理事会委托，向大家报告工作，请予审议。 一、关于2016年工作的回顾 2016年是全面发展的一年。",
     ["各位理事，同志们：", "我受省计生协第七届常务理事会委托，向大家报告工作，请予审议。", "一、关于2016年工作的回顾", "2016年是全面发展的一年。"]),
    ("省卫生计生委党组成员、省计生协常务副会长 (2017年2月28日) 各位理事,同志们:",
     ["省卫生计生委党组成员、省计生协常务副会长", "(2017年2月28日)", "各位理事,同志们:"]),
    ("省卫生计生委党组成员、省计生协常务副会长 （2017年2月28日） 各位理事，同志们：",
     ["省卫生计生委党组成员、省计生协常务副会长", "（2017年2月28日）", "各位理事，同志们："]),
    ("为“健康湖南建设”再立新功！再次充分体现了省委、省政府领导对省计生协工作的重视支持和肯定鼓励，各级计生协要倍加珍惜！ （一）学习贯彻中央精神",
     ["为“健康湖南建设”再立新功！再次充分体现了省委、省政府领导对省计生协工作的重视支持和肯定鼓励，各级计生协要倍加珍惜！", "（一）学习贯彻中央精神"]),
    ("协会工作要开创新局面，关键在于基层基础，核心是队伍建设；首先要抓住机遇，进一步争取当地党委、政府的重视和支持； 二要继续抓好协会组织整建工作。",
     ["协会工作要开创新局面，关键在于基层基础，核心是队伍建设；首先要抓住机遇，进一步争取当地党委、政府的重视和支持；", "二要继续抓好协会组织整建工作。"]),
    ("積極作為 開拓創新 不斷開創新時期計生協工作新局面",
     ["積極作為", "開拓創新", "不斷開創新時期計生協工作新局面"]),
    # a charter's chapter and article numbers hold to their names and text; the next article starts a line
    ("某村计划生育村民自治章程 第一章 总 则 第一条 为落实计划生育基本国策,制定本章程。 第二条 本章程由村民委员会具体实施。",
     ["某村计划生育村民自治章程", "第一章 总 则", "第一条 为落实计划生育基本国策,制定本章程。", "第二条 本章程由村民委员会具体实施。"]),
    ("第二章 會員 第七條 申請加入村計劃生育協會的會員,必須具備下列條件:",
     ["第二章 會員", "第七條 申請加入村計劃生育協會的會員,必須具備下列條件:"]),
    # a place before its headline holds to it; a salutation's colon still ends its line
    ("吴堡县: 召开冬季计生工作会议", ["吴堡县: 召开冬季计生工作会议"]),
    ("同志们: 今天我们召开全县计划生育工作会议。", ["同志们:", "今天我们召开全县计划生育工作会议。"]),
    # a blog's row under its title: the stamp holds to its clock, a label to its value before the bar; a clock with
    # its zone or glued to a name, and a count, stay apart
    ("《宿松县志》(1978~2002)拾遗 2012-02-27 18:26:16| 分类: 县志工作 |",
     ["《宿松县志》(1978~2002)拾遗", "2012-02-27 18:26:16|", "分类: 县志工作 |"]),
    ("2021-12-26 12:37:14 +0000 UTC", ["2021-12-26", "12:37:14 +0000 UTC"]),
    ("查看: 1374|引用:", ["查看:", "1374|引用:"]),
    # a chronicle's part, its number written, holds to its name; a sample's number in figures does not
    ("第一辑 机构", ["第一辑 机构"]),
    ("第一篇 人口管理", ["第一篇 人口管理"]),
    ("第1篇 “三八”妇女节座谈会议主持词", ["第1篇", "“三八”妇女节座谈会议主持词"]),
    # a notice's title spaced out holds up to its genre; the addressees after it start a line
    ("关于举办汶上县“关爱女孩 推动平等 共促和谐”两个国策 知识竞赛 活动的通知 各乡镇,县直各部门:",
     ["关于举办汶上县“关爱女孩 推动平等 共促和谐”两个国策 知识竞赛 活动的通知", "各乡镇,县直各部门:"]),
    # a label of two letters spaced out holds to its colon
    ("主 任:张某某 委 员:李某某", ["主 任:张某某", "委 员:李某某"]),
    ("时       间:2017年9月22日(星期五)", ["时       间:2017年9月22日(星期五)"]),
    # (after a list's number too; and a span of hours holds, "6:30 ~ 8:30")
    ("壹、時 間:民國114年12月26日下午6:30 ~ 8:30", ["壹、時 間:民國114年12月26日下午6:30 ~ 8:30"]),
    ("貳、地 點:某某餐廳", ["貳、地 點:某某餐廳"]),
    # a joint notice's long title, then its addressees
    ("某某工作委员会、某省计划生育协会、某省人口福利基金会、某某报社关于开展第十五届“母亲节暨救助贫困母亲活动日”的通知 "
     "各市、县组委会,办公室,某市计划生育协会:",
     ["某某工作委员会、某省计划生育协会、某省人口福利基金会、某某报社关于开展第十五届“母亲节暨救助贫困母亲活动日”的通知",
      "各市、县组委会,办公室,某市计划生育协会:"]),
])
def test_one_line_pages_are_split(line, parts):
    assert split_paragraphs(line) == parts


@pytest.mark.parametrize("line", [
    "以省、市委关于加强计生协工作的 “两办”文件精神为指针，围绕全市人口和计划生育工作的总体目标，开展了富有成效的工作。",
    "如PPT文件的首页显示word图标,表示该PPT已包含配套word讲稿。",
    "市委办公室  市政府办公室",
    "2016年是我国经济社会全面发展的一年。",
])
def test_lines_without_paragraph_breaks_stay_whole(line):
    if line == "市委办公室  市政府办公室":  # two signatories side by side may be split; nothing is lost
        assert "".join(split_paragraphs(line)) == line.replace(" ", "")
    else:
        assert split_paragraphs(line) == [line]


@pytest.mark.parametrize("line", ["在 XX 镇新一届村干部履职尽责动员大会上的", "今天,我们在这里隆重集会,召开 XX 镇新一届村干部履职尽"])
def test_a_templates_placeholder_spaced_off_its_words_holds_them_together(line):
    assert split_paragraphs(line) == [line]


@pytest.mark.parametrize("line", ["9月9-- 10日,某市妇联班子率队赴某地学习考察,深入了解当地的经验做法。",
                                  "被授予全国 “幸福工程—救助贫困母亲行动”“幸福母亲”的杨某梅,4年前还是一名贫困母亲。",
                                  "為進一步提高某某社區廣大居民 “計劃生育人人參與”意識,社區開展了宣傳活動。",
                                  "2013年是 “三八”國際勞動婦女節103周年。"])
def test_a_range_of_days_and_a_clause_that_opens_wanting_more_hold_across_a_space(line):
    assert split_paragraphs(line) == [line]


@pytest.mark.parametrize("line", ["1、XX 年某县残联年终工作总结XX 年,我会组织宣传工作在县委、县政府的领导下开展。",
                                  "2021 年以来,XX 县科协在 XX 县委县政府的直接领导下开展工作。",
                                  # (a year's or a count's placeholder runs to four or six letters)
                                  "xxxx 年,xx 市卫生健康工作在上级相关部门的精心指导和 xx 市委的正确领导下开展。",
                                  "全市累计报告接种新冠病毒疫苗 xxxxxx 剂次。xxxx 年排查风险地区返乡累计 xxxx 人。"])
def test_a_placeholder_a_pdf_spaced_off_the_word_it_stands_in_holds_it(line):
    assert split_paragraphs(line) == [line]


def test_a_numbered_heading_in_markdowns_bold_marks_stays_one_line():
    assert split_paragraphs("**1. 全面二孩政策实施效果**") == ["**1. 全面二孩政策实施效果**"]


def test_a_bodys_name_spaced_off_its_documents_year_stays_one_heading():
    line = "XX 县科学技术协会 2021 年工作总结和 2022 年工作计划 2021 年以来,XX 县科协在 XX 县委县政府的直接领导下开展工作。"
    assert split_paragraphs(line) == ["XX 县科学技术协会 2021 年工作总结和 2022 年工作计划",
                                      "2021 年以来,XX 县科协在 XX 县委县政府的直接领导下开展工作。"]


def test_a_placeholder_for_a_bylines_name_still_ends_its_line():
    assert split_paragraphs("镇党委书记 XX 同志们:") == ["镇党委书记 XX", "同志们:"]


def test_step_splits_every_line(run_step):
    draft = run_step(Paragraphs(), ["同志们: 今天召开会议。 谢谢大家。", "第二行。"])
    assert draft.lines == ["同志们:", "今天召开会议。", "谢谢大家。", "第二行。"]
    assert not draft.removed


@pytest.mark.parametrize("line", ["过集体生日 迎中秋佳节", "【要闻】会员心向党 建功新时代——我市组织开展纪念“5.29会员活动日”活动",
                                  "情系计生家庭\u3000促进社会和谐", "湖裡區計生協會為一線建設者送健康 宣傳衛計知識",
                                  # (a headline's phrases joined by a bar or a dot: "…成長|1998年的…", "…全會‧終結…")
                                  "適量生育 讓人口合理成長|1998年的家庭計劃", "中國五中全會‧終結一胎化政策 中國夫婦准生兩孩",
                                  # (and a phrase with its corner quotes: "…高唱「故鄉」")
                                  "新北市某某同鄉會理事長交接 某某高唱「故鄉」",
                                  # (a speaker's name and colon before the phrases, a space inside the quotes)
                                  "国家卫生健康委员会主任雷海潮:完善生育支持政策体系 加快建设生育友好型社会",
                                  "“2024年母乳喂哺推广嘉许典礼 ” 圆满举行", "搶救生育率 陸國家衛健委:將加快構建生育支持政策體系"])
def test_a_headline_in_phrases_stays_one_line(run_step, line):
    assert run_step(Paragraphs(), [line, "正文第一句。"]).lines == [line, "正文第一句。"]


@pytest.mark.parametrize("line, parts", [
    ("守望相助 一往无前", ["守望相助", "一往无前"]),  # a slogan's idioms over the title
    ("上一主题 下一主题", ["上一主题", "下一主题"]),  # furniture
    ("江岭省计划生育协会 官方网站", ["江岭省计划生育协会", "官方网站"]),  # a site's name
    ("计生协工作报告 同志们:", ["计生协工作报告", "同志们:"]),  # a title, then the text
    # a site's footer row with a label after a bar
    ("随州地区唯一新闻网站| 主管:中共随州市委宣传部|", ["随州地区唯一新闻网站|", "主管:中共随州市委宣传部|"]),
    # a numbered entry's label and the entry's phrases
    ("三、交流发言之一:某省计生协 坚持改革创新 推动基层组织建设提质增效", ["三、交流发言之一:某省计生协", "坚持改革创新", "推动基层组织建设提质增效"]),
])
def test_rows_that_are_no_headline_are_split(run_step, line, parts):
    assert run_step(Paragraphs(), [line]).lines == parts


def test_a_list_number_and_a_bracket_hold_their_text_together():
    from cleaners.paragraphs import split_paragraphs

    assert split_paragraphs("1. 持续推进“向日葵亲子小屋”建设。 2. 广泛开展婚育文化宣传。") == [
        "1. 持续推进“向日葵亲子小屋”建设。", "2. 广泛开展婚育文化宣传。"]
    assert split_paragraphs("本网讯(通讯员 王丽)4月11日,市计生协召开理事会。") == ["本网讯(通讯员 王丽)4月11日,市计生协召开理事会。"]
    # a bracket that closes only far on, after a sentence end, holds nothing together
    assert len(split_paragraphs("转发《关于进一步做 市委、市政府： 为加强领导，开创新局面。》")) > 1


@pytest.mark.parametrize("line, parts", [
    # (a dateline runs on into the story's first sentence)
    ("记 者 王小明 本报讯 今天召开会议。", ["记 者 王小明", "本报讯 今天召开会议。"]),
    ("中国台湾网4月16日消息 据台湾媒体报道,会议召开。", ["中国台湾网4月16日消息 据台湾媒体报道,会议召开。"]),
    ("中新社澳门2月25日电 (记者王国安)会议召开。", ["中新社澳门2月25日电 (记者王国安)会议召开。"]),
    ("新华网长春7月26日专电 (记者王小鹏)近日,会议召开。", ["新华网长春7月26日专电 (记者王小鹏)近日,会议召开。"]),
    # (a paper's affiliations in their bracket, each with its postcode)
    ("(1. 长安大学 马克思主义学院,陕西 西安 710064; 2. 长安大学 人文学院,陕西 西安 710064)",
     ["(1. 长安大学 马克思主义学院,陕西 西安 710064; 2. 长安大学 人文学院,陕西 西安 710064)"]),
    ("中新社北京五月十六日電 (記者 潘小臨)中華慈善總會今天選舉。", ["中新社北京五月十六日電 (記者 潘小臨)中華慈善總會今天選舉。"]),
    ("本報訊 (記者 全某雅) 10日,某某嘉年華在廈門開幕。", ["本報訊 (記者 全某雅) 10日,某某嘉年華在廈門開幕。"]),
    # (a written number spaced from its 第)
    ("某某网(方某)6月12日上午,某镇召开第 十三次妇女代表大会,91名代表参加。", ["某某网(方某)6月12日上午,某镇召开第 十三次妇女代表大会,91名代表参加。"]),
    # (and its unit after it: a charter's spaced article number)
    ("第 三二 條: 會員大會分左列會議,均經理事會之決議,由理事長召集之:", ["第 三二 條:", "會員大會分左列會議,均經理事會之決議,由理事長召集之:"]),
    ("喜讯 全县计生协获奖", ["喜讯", "全县计生协获奖"]),
    # (a reporter's credit and the name after it, and the next credit)
    ("□记者 陈小明", ["□记者 陈小明"]),
    ("本报记者 王芳 通讯员 李欢", ["本报记者 王芳 通讯员 李欢"]),
    # (an office and its holder's name at the line's end: a speaker's line)
    ("县委副书记 王小明", ["县委副书记 王小明"]),
    ("县计生协会长 郑秀兰", ["县计生协会长 郑秀兰"]),
    # (a title's slogan in phrases before its dash)
    ("统一思想 明确任务 狠抓落实——在全县计生协工作会议上的讲话", ["统一思想 明确任务 狠抓落实——在全县计生协工作会议上的讲话"]),
    ("计生特困募捐 汇集健康大爱—某县开展募集活动启动仪式", ["计生特困募捐 汇集健康大爱—某县开展募集活动启动仪式"]),
    ("喜迎二十大 同心护未来--某县优生优育服务指导中心正式揭牌", ["喜迎二十大 同心护未来--某县优生优育服务指导中心正式揭牌"]),
    # (a notice's joint issuers spaced apart before its 关于)
    ("某市卫生和计划生育委员会 某市计划生育协会关于评比表彰全市计生协先进单位的通知",
     ["某市卫生和计划生育委员会 某市计划生育协会关于评比表彰全市计生协先进单位的通知"]),
    ("某省卫生计生委 某省计生协会关于充分发挥计划生育协会作用的实施意见", ["某省卫生计生委 某省计生协会关于充分发挥计划生育协会作用的实施意见"]),
    # (a clause with its commas before the space; a count the sentence goes on from; a clock's hour)
    ("中秋将至, 近日,某镇主要领导以及卫计办工作人员对辖区 内的计划生育特扶家庭进行走访。",
     ["中秋将至, 近日,某镇主要领导以及卫计办工作人员对辖区 内的计划生育特扶家庭进行走访。"]),
    ("某市有计划生育特殊家庭(失独家庭) 383户、704人,全部纳入扶助。", ["某市有计划生育特殊家庭(失独家庭) 383户、704人,全部纳入扶助。"]),
    # (a telephone number's groups)
    ("联系电话:139 0716 2258", ["联系电话:139 0716 2258"]),
    ("电话 0571 88886666 传真", ["电话", "0571 88886666", "传真"]),
    # (a number spaced from its unit inside a sentence; words that need more: "于", "自", "简称")
    ("大坪村毗邻长胜圩镇,辖 16 个小组,有 2770 人。", ["大坪村毗邻长胜圩镇,辖 16 个小组,有 2770 人。"]),
    ("本會於 88 年 3 月 16 日召開理事會。", ["本會於 88 年 3 月 16 日召開理事會。"]),
    ("分會自 2015 年起舉辦", ["分會自 2015 年起舉辦"]),
    ("第 10、11 屆會長", ["第 10、11 屆會長"]),
    ("簡稱 【世華】,是一個團體。", ["簡稱 【世華】,是一個團體。"]),
    # a dash with a space each side, inside a sentence; a site's name and its slogan part
    ("(五)会员审查案 — 追缴交至三月底 — 并应研拟新式缴费制度。", ["(五)会员审查案 — 追缴交至三月底 — 并应研拟新式缴费制度。"]),
    ("笔杆子范文库 — 公文写作好帮手", ["笔杆子范文库", "—", "公文写作好帮手"]),
    ("政 府 工 作 报 告", ["政 府 工 作 报 告"]),
    ("回顾总结 2023 年工作", ["回顾总结", "2023 年工作"]),
    ("县政府文件 第 9839 号 关于…", ["县政府文件", "第 9839 号", "关于…"]),
    ("2 月 20 日 上午", ["2 月 20 日", "上午"]),
    ("总页数:33 页 社区工作方案", ["总页数:33 页", "社区工作方案"]),
    ("《凝心聚力 共创新局》 各位代表:", ["《凝心聚力 共创新局》", "各位代表:"]),
    # a table's row of numbers still parts into its cells, and a font-size widget into its buttons
    ("4  1  2", ["4", "1", "2"]),
    ("字号 大 中 小", ["字号", "大", "中", "小"]),
])
def test_spaced_letters_numbers_and_book_titles_hold_together(line, parts):
    assert split_paragraphs(line) == parts


def test_an_outlets_name_before_its_dateline_stays_with_the_story():
    line = "中国传媒联盟 湖南讯:柏加镇每月逢四号赶集,镇计生协利用赶集日开展宣传。 镇计生协还组织会员走访计生家庭。"
    assert split_paragraphs(line)[0].startswith("中国传媒联盟 湖南讯:柏加镇")


def test_a_storys_source_before_its_first_sentence_stays_with_it():
    line = "據黔東南州人民政府網 1月12日,凱里市2010年人口和計劃生育工作會在行政中心召開。 州委常委出席會議並講話。"
    assert split_paragraphs(line)[0].startswith("據黔東南州人民政府網 1月12日,凱里市")


def test_a_news_lists_date_before_a_headline_in_phrases_parts_from_it(run_step):
    headline = "副總統肯定某某縣牙醫師公會提供良好醫療服務 盼持續照護民眾口腔健康 打造健康臺灣"
    assert run_step(Paragraphs(), ["2023.04.23 " + headline]).lines == ["2023.04.23", headline]


def test_a_headline_in_two_phrases_with_a_sites_tag_after_it_stays_whole(run_step):
    headline = "中編辦回應放開二胎 稱計劃生育基本國策不會變[回顧]"
    assert run_step(Paragraphs(), [headline]).lines == [headline]


@pytest.mark.parametrize("line", [
    "在中秋、国庆佳节来临之际,某某县计生协依托 “暖心家园·幸福一家亲”等项目宣传阵地,精心组织开展系列活动。",
    "德江县举办 “5·8世界红十字日”活动周启动仪式",
    "本报讯(记者 谢某某)近日,计生部门发出 “生育关怀基金”募捐倡议书,号召社会各界人士积极参与捐赠活动。",
])
def test_a_clause_or_a_verb_before_a_space_and_a_quoted_name_holds_to_it(line):
    assert split_paragraphs(line) == [line]


def test_a_numbered_heading_before_a_paragraph_that_opens_with_a_quote_parts_from_it():
    line = "一、充分肯定成绩,进一步增强做好计生协工作的信心 “十三五”期间,全市各级计生协组织主动作为,各项工作取得了明显成效。"
    assert len(split_paragraphs(line)) == 2


def test_a_diarys_day_with_its_weekday_and_weather_is_one_line_and_no_title(clean):
    day = "11月16日 星期日 天气:阴天多云"
    entry = "上午9点去了职业中专学校参加全市科级以上干部普法教育考试,满以为下午没事,谁知局里突然通知下午两点半开会。"
    doc = clean("\n".join([day, entry, "11月17日 星期一 天气:阴天有小雨", entry]))
    assert doc.title == "" and doc.text_original.splitlines() == [day, entry, "11月17日 星期一 天气:阴天有小雨", entry]


def test_a_headline_in_phrases_with_its_date_in_brackets_after_it_is_one_line_and_the_date_another():
    from cleaners.draft import Draft

    draft = Paragraphs()(Draft(lines=["金山区:青春“鑫”绽放 健康我护航 (2023年11月01日)"]))
    assert draft.lines == ["金山区:青春“鑫”绽放 健康我护航", "(2023年11月01日)"]


def test_a_headline_in_phrases_may_ask():
    from cleaners.draft import Draft

    assert Paragraphs()(Draft(lines=["二孩政策實行 計生干部去干啥了?"])).lines == ["二孩政策實行 計生干部去干啥了?"]


def test_an_hour_and_a_distance_are_units_a_number_holds_to():
    from cleaners.paragraphs import _number_and_unit

    assert _number_and_unit("上午9", "时") and _number_and_unit("开启3", "公") and not _number_and_unit("阅读时长7-9", "分")


@pytest.mark.parametrize("heading", ["模块一\u3000认识青春期(Understanding Adolescence)", "第二部分 主要做法和成效", "专题三 家庭健康促进",
                                     "第三类 计划生育", "卷3 人口"])
def test_a_parts_label_and_number_stay_with_its_name(run_step, heading):
    assert run_step(Paragraphs(), [heading]).lines == [heading]


def test_a_headline_in_two_phrases_with_its_writer_in_brackets_keeps_its_phrases_together(run_step):
    assert run_step(Paragraphs(), ["香港低生育難題 施政報告未解決 (雷鼎鳴 )"]).lines == ["香港低生育難題 施政報告未解決", "(雷鼎鳴 )"]


def test_a_headline_in_two_phrases_with_a_bracket_in_one_stays_whole(run_step):
    line = "市第二人民医院召开党委理论学习中心组(扩大)会议 深入学习贯彻《习近平关于健康中国论述摘编》"
    assert run_step(Paragraphs(), [line]).lines == [line]


def test_a_headline_in_two_parts_at_its_colon_after_a_quoted_name_stays_whole(run_step):
    assert run_step(Paragraphs(), ["『幸福工程』題詞: 救助貧困母親的慈善見證"]).lines == ["『幸福工程』題詞: 救助貧困母親的慈善見證"]


def test_a_slogan_title_and_its_subtitle_at_two_meetings_joined_by_ji_part_only_at_the_dash(run_step):
    line = "增进健康福利 促进社会和谐 ——在“第二十一届中国慈善榜”发布会 暨公益时报研究院第001期闭门研讨会上的发言"
    assert run_step(Paragraphs(), [line]).lines == ["增进健康福利 促进社会和谐", "——在“第二十一届中国慈善榜”发布会 暨公益时报研究院第001期闭门研讨会上的发言"]


def test_a_headline_and_its_years_in_brackets_stay_together(run_step):
    assert run_step(Paragraphs(), ["总干事报告 (2022-23 年度)"]).lines == ["总干事报告 (2022-23 年度)"]


@pytest.mark.parametrize("line", ["某乡某村开展“倡新时代婚育文化 助家庭和谐幸!敝黝}活动",
                                  "2006年7月11号是第17个世界人口日,今年的主题确定为“年轻人 为了年轻"])
def test_a_space_inside_a_quote_the_short_line_never_closes_is_no_break(run_step, line):
    assert run_step(Paragraphs(), [line]).lines == [line]


def test_a_quote_closed_later_on_the_line_still_lets_a_heading_part(run_step):
    assert run_step(Paragraphs(), ["开展“暖心 行动”"]).lines == ["开展“暖心 行动”"]


def test_a_template_figure_left_blank_before_its_unit_is_no_break(run_step):
    line = "某县共有各类学校 所,其中幼儿园 所、小学 所,在园幼儿 万余人、在校学生 人。同去年相比有所增加。"
    assert run_step(Paragraphs(), [line]).lines == [line]


def test_an_outlets_report_label_before_the_leads_date_stays_with_the_lead(run_step):
    line = "云上某某报道 2023年8月27日上午,省计划生育协会会长一行到州妇幼保健院开展家庭健康促进行动项目工作调研。"
    assert run_step(Paragraphs(), [line]).lines == [line]


@pytest.mark.parametrize("line", ["卫生部副部长国艾办主任 王陇德 致辞", "市计生协会长 张某某 讲话"])
def test_an_office_its_holder_and_what_they_gave_is_one_headline(line):
    assert split_paragraphs(line) == [line]


def test_a_heading_and_a_name_with_no_office_still_part(line="工作动态 张三 讲话"):
    assert len(split_paragraphs(line)) > 1
