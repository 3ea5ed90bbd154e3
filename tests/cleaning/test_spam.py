"""InjectedSpam: adverts, gambling, SEO and source notes a site put into the page go; the author's
sentences that mention such words, official URLs and the author's citations stay."""

from __future__ import annotations

import pytest

from cleaners.spam import InjectedSpam, SpamLines

BODY = "各级计生协要积极发挥群众组织的特有优势，坚持以人为本，把服务和维权作为今后工作的重要抓手。"


def removed(draft, rule="spam"):
    return [r.text for r in draft.removed if r.rule == rule]


@pytest.mark.parametrize("ad", [
    "限时特惠:开通会员,海量文档免费下载!",
    "限时特惠：开通会员，海量文档免费下载！",
    "限時特惠：開通會員，海量文檔免費下載！",
    "澳门葡京娱乐城，真人视讯，百家乐在线投注",
    "加微信领取更多范文资料",
    "代写论文、论文代写，加QQ群：123456",
    # a hijacked page's adult SEO line above its headline
    "熟女人妻专区,无码高清在线看,亚洲成av人影片,日韩不打码",
    "国产成人第一页在线视频,大鸡巴插入的视频 ,中国黄色大片老太婆,97天天拍天天爱天天爽",  # (its words parted by commas)
    "国产片婬乱一级吃奶毛片视频,日本牲交大片免费观看,91av视频版在线观看免费,黄色影院免费观看",
    # a list of search phrases, half of them or more adverts: the phrases no term names go with them
    "500部做爰视频在线,某某国产精品小说,家庭乱欲全文阅读,2021熟女免费看,某某全集bt种子,"
    "某某乱yin高h肉汁,18岁高清完整版免费看,已满十八岁的免费动漫",
])
def test_advert_lines_go(run_step, ad):
    draft = run_step(InjectedSpam(), [BODY, ad, BODY])
    assert draft.lines == [BODY, BODY]
    assert removed(draft) == [ad]


@pytest.mark.parametrize("insertion", ["【加微信领取更多范文资料】", "(免费下载全部范文)", "（开通VIP会员免费下载）", "【需要:1点券或1Q点】"])
def test_bracketed_advert_inside_a_sentence_goes(run_step, insertion):
    draft = run_step(InjectedSpam(), [f"各级计生协要积极发挥群众组织的特有优势，{insertion}坚持以人为本。"])
    assert draft.lines == ["各级计生协要积极发挥群众组织的特有优势，坚持以人为本。"]


@pytest.mark.parametrize("note", ["本文来源于范文网，转载请注明出处。", "(本文来自星星范文网)", "原文链接：http://www.xxfanwen.com/a/123.html",
                                  "更多范文请访问www.diyifanwen.com", "本文来源闽南网"])
def test_site_notes_and_commercial_urls_go(run_step, note):
    draft = run_step(InjectedSpam(), [BODY + note])
    assert draft.lines == [BODY]


@pytest.mark.parametrize("line", [
    BODY,
    "坚决打击非法代孕、非医学需要的胎儿性别鉴定和选择性别的人工终止妊娠行为。",
    "关注青少年身高增高、视力保护等健康问题，开展青春健康教育。",
    "详情请登录国家卫生健康委网站www.nhc.gov.cn查询。",
    "中国计生协网站（http://www.chinafpa.org.cn）开设了专栏。",
    "请登录省计生协官网 www.hnjsw.gov.cn 下载附件。",
    "协会组织老年会员开展文艺演出、棋牌比赛等活动，丰富老年人精神文化生活。",
    "积极争取福利彩票公益金支持计生家庭帮扶项目。",
    "引导青少年远离网络赌博和网贷陷阱，增强自我保护意识。",
    "开展防范电信诈骗、非法集资、刷单返利等宣传活动。",
    "要深刻领会讲话精神（摘自《中国计生协改革方案》）。",
    "（摘自习近平总书记在中央党的群团工作会议上的讲话）",
    "请于6月30日前将稿件发送至邮箱：jsxh2023@163.com，联系人：王老师。",
    "\u5f53\u5e74\u9f84<18\u5c81\u4e14\u4f53\u91cd>50\u516c\u65a4\u65f6\uff0c\u8bf7\u54a8\u8be2\u533b\u751f\u3002",  # the signs in a rule
    "\u8fd9\u4e2a\u95ee\u9898\u600e\u4e48\u529e??\u6211\u4eec\u8981\u8ba4\u771f\u7814\u7a76\u3002",  # an author's doubled mark
    # (a list of items with one advert's word among them is no list of search phrases)
    "开展家庭教育、婚育新风、优生优育、健康讲座,组织读书会、观影会,为留守儿童播放高清免费电影,丰富假期生活",
    # (an interviewee's word for what happened is no advert's)
    "我曾到中学调查,发现原来对性无知而又充满好奇心的兄妹竟发生了乱伦。",
])
def test_author_sentences_stay(run_step, line):
    draft = run_step(InjectedSpam(), [line])
    assert draft.lines == [line]
    assert not draft.removed


def test_a_line_with_no_word_left_goes_on_record(run_step):
    draft = run_step(InjectedSpam(), ["——", BODY, "加微信:abc123", "* * *"])
    assert draft.lines == [BODY]
    assert "——" in removed(draft) and "* * *" in removed(draft)


@pytest.mark.parametrize("junk", ["4 M' b$ U8 {\" L! u", "$ _ @! u2 s/ |% Q) X+ u0 U", ", ^& H2 B: ]( q1 r"])
def test_forum_anti_scraping_junk_goes_whole_or_before_text(run_step, junk):
    draft = run_step(InjectedSpam(), [junk, f"{junk} {BODY}", f"领导讲话稿 {junk}"])
    assert draft.lines == [BODY, "领导讲话稿"]


def test_a_date_rows_pieces_the_junk_was_sown_round_lose_its_letter_and_the_clock_goes(run_step):
    draft = run_step(InjectedSpam(), ["* I1 z7 m# @9 {: A2005年07月24日", "02:52:58 , B' z. W1 X: }$ t8 N", BODY])
    assert draft.lines == ["2005年07月24日", BODY]


def test_a_clock_in_a_sentence_by_junk_stays(run_step):
    draft = run_step(InjectedSpam(), ["会议于09:30开始。 , B' z. W1 X: }$ t8 N", BODY])
    assert draft.lines == ["会议于09:30开始。", BODY]


@pytest.mark.parametrize("line", ["| 会员人数 | 1200 | 1350 | 1500 |", "上一页 1 2 3 4 5 下一页", "A B C D 四个档次",
                                  "第 1 / 2 / 3 / 4 页", "PM2.5 O3 NO2 CO SO2 指标均达标。"])
def test_spaced_codes_tables_and_pagers_are_no_junk(run_step, line):
    assert run_step(InjectedSpam(), [line]).lines == [line]


def test_markup_a_bad_conversion_left_goes(run_step):
    draft = run_step(InjectedSpam(), ["新常委亮相_x000D_ _x000D_ 中外记者见面会举行。", "全面推进&尘诲补蝉丑;计生协改革"])
    assert [line.replace(" ", "") for line in draft.lines] == ["新常委亮相中外记者见面会举行。", "全面推进计生协改革"]


def test_a_sharing_sites_rights_stamp_spliced_into_a_sentence_goes(run_step):
    line = "在组织动员广大妇女投身经济社会学习网本资料权属学习网,放上鼠标按照提示查看学习网更多资料建设中发挥了重要作用。"
    draft = run_step(InjectedSpam(), [line])
    assert draft.lines == ["在组织动员广大妇女投身经济社会建设中发挥了重要作用。"]


def test_a_sample_sites_advert_line_goes(run_step):
    draft = run_step(InjectedSpam(), ["某某范文,海量公文素材资料,下载网址:,润笔请加微:abcd199。", BODY])
    assert draft.lines == [BODY]


def test_a_betting_phrase_spliced_before_a_sentence_goes(run_step):
    draft = run_step(InjectedSpam(), ["2024年,买足球的软件计生惠民生增福祉,生育关怀彰显成效。", "APP永久免费入口", BODY])
    assert draft.lines == ["2024年,计生惠民生增福祉,生育关怀彰显成效。", BODY]


@pytest.mark.parametrize("line, clean", [
    ('1. <ul id="fwlom"></ul>', "1."),
    ('<span id="fwlom"></span><dfn id="fwlom"></dfn>' + BODY, BODY),
    ("\u4f20\u9012\u51ac\u65e5\u91cc\u7684\u6e29\u6696\u3001/p> " + BODY, "\u4f20\u9012\u51ac\u65e5\u91cc\u7684\u6e29\u6696\u3001" + BODY),
    ("\u5de5\u4f5c\u3002 ????" + BODY, "\u5de5\u4f5c\u3002" + BODY),
    ("????" + BODY, BODY),
    ("2022年7月15日 ???", "2022年7月15日"),  # (spaces lost to question marks padding a signature's line)
    ("山东省总工会办公室 ?????", "山东省总工会办公室"),
    ("大会应到代表87名,符合有关规定?/p>" + BODY, "大会应到代表87名,符合有关规定?" + BODY),
    ("bsp; ~年度,全县" + BODY, "~年度,全县" + BODY),
    ("&bsp;&bsp;&bsp;一、各地卫生计生部门要" + BODY, "一、各地卫生计生部门要" + BODY),
    ("主站蜘蛛池模板:", ""),
    # a copy-protection mark inside a word
    ("弘扬“心系国策”的`协会精神," + BODY, "弘扬“心系国策”的协会精神," + BODY),
    ("这个划时代的'宣言," + BODY, "这个划时代的宣言," + BODY),
    ("#第一文档网#" + BODY, BODY),
    # a journal site's print marker after the last sentence
    (BODY + "endprint", BODY),
    ("#!time!#" + BODY, BODY),  # a CMS template's field left unfilled
    ("推动深化移风易俗“三年行动工作<", "推动深化移风易俗“三年行动工作"),  # (a tag cut off at the page's end)
    ("#@1@#「老公對保險沒有深入研究。」" + BODY, "「老公對保險沒有深入研究。」" + BODY),  # and its paragraph's placeholder
    # a finance portal's links and stock code spliced in after a company's name
    ("经省计生协与中国人寿(行情,资讯,评论)保险股份有限公司商定," + BODY, "经省计生协与中国人寿保险股份有限公司商定," + BODY),
    ("与中国人寿(601628)保险股份有限公司签署协议," + BODY, "与中国人寿保险股份有限公司签署协议," + BODY),
    # an image's markup left alone on its line
    (".webp)", ""), ("nload=\"this.removeAttribute('width'); this.removeAttribute('onload');\" />", ""),
])
def test_markup_printed_as_text_goes(run_step, line, clean):
    draft = run_step(InjectedSpam(), [line])
    assert "".join(draft.lines).replace(" ", "") == clean.replace(" ", "")
    assert removed(draft)


@pytest.mark.parametrize("line, clean", [
    ("邵东县唯一获奖?mdash;—简家陇镇计生协常务副会长载誉而归。", "邵东县唯一获奖——简家陇镇计生协常务副会长载誉而归。"),
    ("县计生协获奖&mdash;&mdash;简家陇镇计生协获表彰。", "县计生协获奖——简家陇镇计生协获表彰。"),
    ("参加区“迎三八X8226;家庭食尚厨艺风采大赛”,获得一等奖。", "参加区“迎三八•家庭食尚厨艺风采大赛”,获得一等奖。"),
    ("开展&ldquo;幸福家庭&rdquo;创建活动&#8230;", "开展“幸福家庭”创建活动…"),
    ("目前,60岁以上老人占总人口的?/font>16.8%。", "目前,60岁以上老人占总人口的?16.8%。"),
])
def test_an_entity_printed_as_text_is_its_character(run_step, line, clean):
    draft = run_step(InjectedSpam(), [line])
    assert draft.lines == [clean]
    assert removed(draft)


@pytest.mark.parametrize("line", ["第X8226号文件,编号#8226。", "A&B公司 Q&A 环节"])
def test_letters_and_figures_that_are_no_entity_stay(run_step, line):
    assert run_step(InjectedSpam(), [line]).lines == [line]


def test_quotes_in_apostrophes_stay(run_step):
    line = "为完成'十五'计划而努力,让社区更有'家'的味道。"
    assert run_step(InjectedSpam(), [line]).lines == [line]
    # (and one that closes a curly quote)
    line = "中国计生协持续推进“开展‘青春健康'工作”,覆盖学生逾百万人次。"
    assert run_step(InjectedSpam(), [line]).lines == [line]
    # (and one that closes a straight double quote, a page's stand-in for “…”)
    line = "每两周部内举办\"会员风采大展'活动,内容大致如下:"
    assert run_step(InjectedSpam(), [line]).lines == [line]


def test_a_cyrillic_er_between_paragraphs_is_a_break(run_step):
    draft = run_step(InjectedSpam(), [BODY + "\u0420" + BODY + "\u0420 " + BODY])
    assert draft.lines == [BODY, BODY, BODY]
    assert removed(draft) == ["\u0420", "\u0420"]


def test_a_pages_habit_of_doubled_clause_marks_loses_the_added_comma(clean):
    text = "\n".join(["11月2日,,我市召开计划生育工作会议,。市领导赵建斌,、魏洪彬出席会议。",
                      "赵建斌指出,,做好计划生育工作是适应基本国情的战略选择,,是保持经济社会持续发展的必然要求,;要切实增强责任感。"])
    doc = clean(text)
    assert doc.text == ("11月2日,我市召开计划生育工作会议。市领导赵建斌、魏洪彬出席会议。\n"
                        "赵建斌指出,做好计划生育工作是适应基本国情的战略选择,是保持经济社会持续发展的必然要求;要切实增强责任感。")
    assert [r.text for r in doc.removed if r.rule == "spam"] == [","] * 6


def test_one_doubled_comma_is_the_authors_slip_and_stays(clean):
    text = "会议要求,,各级计生协要加强组织建设。会议强调,要做好服务。"
    assert clean(text).text == text


def test_a_table_cells_bar_after_the_last_sentence_goes(run_step):
    from cleaners.spam import SpamLines

    lines = ["对先进个人给予了表彰。 |", "小朋友们的童真可爱让人心生温暖。 ? |", "序号 | 姓名 |", "而团结奋斗。(陆峰) |"]
    draft = run_step(SpamLines(), lines)
    assert draft.lines == ["对先进个人给予了表彰。", "小朋友们的童真可爱让人心生温暖。", "序号 | 姓名 |", "而团结奋斗。(陆峰)"]
    # (and after any words, where the line holds no other bar: a date, a line a page cut; a row keeps its cells)
    lines = ["二00八年十月七日 |", "提高青少年自尊、性别平等与权利意识,增 | |", "城镇 | 农村 |"]
    assert run_step(SpamLines(), lines).lines == ["二00八年十月七日", "提高青少年自尊、性别平等与权利意识,增", "城镇 | 农村 |"]


def test_a_sites_original_tag_inside_a_sentence_goes(run_step):
    draft = run_step(InjectedSpam(), ["在这大好形势下,原创:我县的卫生事业取得了长足的发展。"])
    assert draft.lines == ["在这大好形势下,我县的卫生事业取得了长足的发展。"]


@pytest.mark.parametrize("junk", [
    '<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />',
    "?xml:namespaceprefix=ons=urn:schemas-microsoft-com:office:office/>",
    "<o:p></o:p>",
])
def test_what_a_pasted_word_document_left_goes(run_step, junk):
    draft = run_step(InjectedSpam(), [f"计生协会发展对策思考{junk}", BODY[:20] + junk + BODY[20:]])
    assert draft.lines == ["计生协会发展对策思考", BODY]
    assert removed(draft) == [junk, junk]


def test_a_betting_sites_name_put_where_the_subject_was_goes(run_step):
    line = "10月23-26日,ab66xyz唯一官网开展“九九重阳节,浓浓敬老情”系列活动。"
    draft = run_step(InjectedSpam(), [line, BODY])
    assert draft.lines == ["10月23-26日,开展“九九重阳节,浓浓敬老情”系列活动。", BODY]
    # (a body naming its one site is no advert: "本会唯一官网")
    line = "本会唯一官网为协会网站,其他网站发布的信息均不代表本会。"
    assert run_step(InjectedSpam(), [line]).lines == [line]


def test_machinery_keywords_spliced_into_a_sentence_go_and_the_sentence_closes_up(run_step):
    line = "在省、市人口计生委、压滤机滤布计生协的精心指导下,我区计生协工作取得了丰硕成果。"
    draft = run_step(InjectedSpam(), [line, BODY])
    assert draft.lines == ["在省、市人口计生委、计生协的精心指导下,我区计生协工作取得了丰硕成果。", BODY]
    assert removed(draft) == ["压滤机滤布"]


@pytest.mark.parametrize("brand", ["22138acom太阳集团", "皇冠welcome体育", "半岛网页版半岛(中国)", "博彩社区-论坛博彩", "国际幻影体育在线版",
                                   "凯捷体育娱乐 -(限时活动)即刻加入,享受平台优惠!", "bat365官网登录入口", "永利官网", "永利总站ylzz55",
                                   "开云KY官方登录入口", "16877太阳集团", "华体会体育(中国)HTH·官方网站",
                                   "乐动体育(中国)官方网站,LEDONG SPORT", "杏耀2-《杏耀2共创未来》一起改变游戏规则!", "红宝石9999hbs", "中华娱乐",
                                   "555000a公海会员中心", "米乐体育 ", "太阳城赌城_ibet国际集团$官网娱乐平台"])
def test_a_gambling_brand_put_for_a_schools_name_goes(run_step, brand):
    line = f"3月19日,{brand}青年志愿团召开表彰大会,表彰一年来的优秀志愿者。"
    draft = run_step(InjectedSpam(), [line, BODY])
    assert draft.lines == ["3月19日,青年志愿团召开表彰大会,表彰一年来的优秀志愿者。", BODY]


@pytest.mark.parametrize(("line", "kept"), [
    ("他表示,杏耀2将严格按照相关要求,抓好青春健康教育工作。", "他表示,将严格按照相关要求,抓好青春健康教育工作。"),
    ("人们想确定,二孩盛京棋牌政策实施后,计生家庭能否再生育?", "人们想确定,二孩政策实施后,计生家庭能否再生育?"),
    # (a brand spliced before 中国 again and again, the year before it the event's own)
    ("“2020明升中国家庭健康大会”在西安召开,共同关注亿万明升中国家庭的健康。", "“2020中国家庭健康大会”在西安召开,共同关注亿万中国家庭的健康。"),
    ("有的干部明升暗降,群众意见很大。", "有的干部明升暗降,群众意见很大。"),
    # (the clause split off at a space after the brand)
    ("本报讯 8月19日下午,米乐体育", "本报讯 8月19日下午,")])
def test_a_brand_put_for_a_name_goes_alone_and_its_clause_stays(run_step, line, kept):
    # (the brand stands where a name or a word stood: the words round it are the author's)
    draft = run_step(InjectedSpam(), [line, BODY])
    assert draft.lines == [kept, BODY]


def test_a_fortune_tellers_advert_on_its_own_line_goes(clean):
    assert clean("\n".join([BODY, "「点击下面查看原网页 领取您的八字精批报告☟☟☟☟」", BODY])).text_original.splitlines() == [BODY, BODY]


def test_the_clause_that_runs_on_past_an_advert_is_the_authors_and_stays(run_step):
    line = "关怀计生特殊家庭。买足球的软件连续三年与省明辉慈善基金会合作,开展关怀活动。"
    draft = run_step(InjectedSpam(), [line, BODY])
    assert draft.lines == ["关怀计生特殊家庭。连续三年与省明辉慈善基金会合作,开展关怀活动。", BODY]


def test_a_vendors_call_spliced_into_a_sentence_goes(run_step):
    draft = run_step(InjectedSpam(), ["开展宣传,让生育支持政策家喻户晓SEO快速排名就找优客网络。", BODY])
    assert draft.lines == ["开展宣传,让生育支持政策家喻户晓。", BODY]


def test_a_lottery_word_spliced_in_as_a_clause_goes(run_step):
    draft = run_step(InjectedSpam(), ["工作人员就资料内的有关信息进行解释说明,开奖,吸引过往群众纷纷前来领取。", BODY])
    assert draft.lines == ["工作人员就资料内的有关信息进行解释说明,吸引过往群众纷纷前来领取。", BODY]


def test_a_token_spliced_again_and_again_into_words_goes_and_a_code_the_text_cites_stays(clean):
    lines = ["全国计生协工作ggy2022调数会议召开", "中新ggy2022调数社北京1月11日电 (ggy2022调数记者 李纯)全国计生协工作会议日前在北京召开。",
             "在11个省份开展生ggy2022调数殖健康综合服务试点项目,年度覆盖8万余名育龄民众。"]
    doc = clean("\n".join(lines))
    assert "ggy" not in doc.text_original + doc.title and "生殖健康综合服务" in doc.text_original
    assert "中新社北京1月11日电" in doc.text_original
    cited = "协会通过iso9001认证。按iso9001标准管理,以iso9001为准,持续改进服务质量。"
    assert "iso9001" in clean(cited).text_original


def test_a_pages_habit_of_doubled_marks_takes_the_comma_before_an_exclamation_too(clean):
    text = ("生育率再創歷史新低,!各地要切實做好工作,。政策目標,。市領導,、魏洪彬出席會議,。"
            "會議要求,,各級計生協要加強組織建設,。")
    assert ",!" not in clean(text).text_original


def test_markdowns_bold_marks_go_and_an_authors_left_out_names_stay(run_step):
    lines = ["1. **稳定低生育水平**:确保全镇总生育率控制在政策允许范围内。", "**(一)政策宣传与意识提升**",
             "根据《关于进一步做好计生协工作的意见》(**委办〔**〕56号)文件精神,**镇**年开展工作。"]
    draft = run_step(InjectedSpam(), lines)
    assert [line.replace(" ", "") for line in draft.lines] == ["1.稳定低生育水平:确保全镇总生育率控制在政策允许范围内。",
                                                                "(一)政策宣传与意识提升", lines[2]]


def test_a_slogan_stuck_after_the_last_sentence_of_paragraph_after_paragraph_goes(run_step):
    tail = "某某资讯——探索最新科技、每天知道多一点"
    lines = [BODY + tail, "我们积极争取资金,走访慰问计生特殊家庭46户,发放慰问金4.6万元。" + tail, BODY + tail, "二、明年的打算"]
    assert run_step(InjectedSpam(), lines).lines == [BODY, "我们积极争取资金,走访慰问计生特殊家庭46户,发放慰问金4.6万元。", BODY,
                                                     "二、明年的打算"]
    # (and after a short line the same words go too, a byline's)
    lines = [BODY + "JSp某某晨报网", BODY + "JSp某某晨报网", BODY + "JSp某某晨报网", "某某晨报记者 范某JSp某某晨报网"]
    assert run_step(InjectedSpam(), lines).lines == [BODY, BODY, BODY, "某某晨报记者 范某"]
    # (once, the words after a paragraph's last sentence may be the author's: a preview cut in the next sentence)
    once = [BODY + "下一步,我们将进一步加强", BODY]
    assert run_step(InjectedSpam(), once).lines == once


def test_an_advert_glued_to_a_numbered_heading_goes_and_the_heading_stays(clean):
    doc = clean("\n".join(["人口老龄化调研报告", "一、人口老龄化概况巨乳 无码", BODY]))
    assert doc.text_original.splitlines() == ["一、人口老龄化概况", BODY]


@pytest.mark.parametrize("code", ["S4+6yG4?2ke6=9S", "U6:9NL4+,Vk64g", "w1?4VE,.7ZK5~9R"])
def test_a_scrambled_code_after_a_space_at_a_lines_end_goes(run_step, code):
    line = "1912年,中華民國建立,任命呂海寰為首任會長,並加入紅十字國際委員會。"
    assert run_step(InjectedSpam(), [f"{line} {code}"]).lines == [line]


@pytest.mark.parametrize("line", ["Monday, May 28, 2001, updated at 07:07(GMT+8)", "会议地址:北京市海淀区 NO.12,A-3,B+5"])
def test_a_time_or_an_address_at_a_lines_end_is_no_scrambled_code(run_step, line):
    assert run_step(InjectedSpam(), [line]).lines == [line]


def test_a_scrambled_code_on_a_short_line_goes_whole(run_step):
    assert run_step(InjectedSpam(), ["清 U6:9NL4+,Vk64g", BODY]).lines == ["清", BODY]


def test_pictographs_a_farm_sprinkled_into_sentences_go_and_the_words_stay(run_step):
    line = "2022年4月27日上午🙅🏼,澄迈县青春健康项目启动仪式隆重举行。洪海波指出,此举寓意深远🤸🏼\u200d♂️,意义重大。"
    draft = run_step(SpamLines(), [line, BODY])
    assert draft.lines == ["2022年4月27日上午,澄迈县青春健康项目启动仪式隆重举行。洪海波指出,此举寓意深远,意义重大。", BODY]
    assert [r.text for r in draft.removed] == ["🙅🏼", "🤸🏼\u200d♂️"]


def test_signs_sprinkled_beside_a_farms_pictographs_go_and_an_authors_arrow_stays(run_step):
    line = "上午🙅🏼,项目启动🤸🏼,寓意深远🌀,将支持、服从☛、接受领导,探索建立青春同伴社⁉️,开展教育服务⇒,帮助学生。"
    draft = run_step(SpamLines(), [line, BODY])
    assert draft.lines == ["上午,项目启动,寓意深远,将支持、服从、接受领导,探索建立青春同伴社,开展教育服务,帮助学生。", BODY]
    # (with no pictograph on the page a sign is the author's)
    line = "流程为:申请⇒,审核⇒,发放。"
    assert run_step(SpamLines(), [line, BODY]).lines == [line, BODY]


def test_a_line_pictographs_wrap_goes_and_its_words_glued_into_the_text_too(run_step):
    first = "我国现有近3000万名3岁以下婴幼儿,超过三成的婴幼儿家庭有入托需求。"
    draft = run_step(SpamLines(), ["💰球探足球比分网win007💱", "球探足球比分网win007" + first, BODY])
    assert draft.lines == [first, BODY]


def test_a_betting_brand_in_place_of_a_citys_name_goes(run_step):
    line = "近日,365体育网址妇女联合会与365体育网址卫生健康委员会共同开展“两癌”筛查工作启动会。"
    assert run_step(InjectedSpam(), [line, BODY]).lines == ["近日,妇女联合会与卫生健康委员会共同开展“两癌”筛查工作启动会。", BODY]


def test_a_sites_address_glued_inside_a_word_goes_and_the_word_closes_up(run_step):
    draft = run_step(InjectedSpam(), ["年轻人们在生活中的时liuXUE86.com间似乎越来越忙碌,也越来越短暂。"])
    assert draft.lines == ["年轻人们在生活中的时间似乎越来越忙碌,也越来越短暂。"]


def test_a_watermarks_address_with_its_sites_word_between_two_sentences_goes(run_step):
    draft = run_step(InjectedSpam(), ["对两级计生协会领导到镇检查工作表示感谢。www.89xue.com网 下面,我将有关情况汇报如下:"])
    assert draft.lines == ["对两级计生协会领导到镇检查工作表示感谢。下面,我将有关情况汇报如下:"]


def test_a_betting_brand_in_place_of_a_bodys_name_goes_and_the_sentence_stays(run_step):
    draft = run_step(InjectedSpam(), ["就此,共青团环球360会员注册委员会2022年团总支述职评议会成功落下帷幕。"])
    assert draft.lines == ["就此,共青团委员会2022年团总支述职评议会成功落下帷幕。"]


def test_a_long_line_of_adult_search_terms_goes_whole_before_paragraphs_splits_it(clean, run_step):
    terms = "精品水蜜桃久久久久久久,暖暖 免费 高清 日本 在线,最近制服丝袜中文字幕在线,某某色婷婷综合开心网,国产精品无码久久,国产剧情一区二区三区,日本亚洲欧美高清专区vr专区,国产精品亚洲天堂2021久久精品,久久www免费人成看片老司机"
    assert run_step(SpamLines(), [terms, BODY]).lines == [BODY]
    doc = clean("\n".join([terms, "残联项目绩效自评报告", BODY]))
    assert doc.text_original.splitlines() == [BODY]
    # a sentence with a stop is no such line, whatever its words
    text = "会上,某某局通报了整治“高清 免费”等违法广告的情况,要求各单位加强管理。"
    assert clean(text).text_original == text


def test_a_chain_of_betting_keywords_in_place_of_a_districts_name_goes_wherever_it_stands(run_step):
    chain = "365彩票官方正版下载_365bet体育开户网址_office365人工客服电话"
    lines = [f"现将《某某市{chain}2022年妇幼健康工作要点》印发给你们,请认真抓好落实。", f"某某市{chain}卫生健康局",
             f"2022年{chain}妇幼健康工作要点", BODY]
    assert run_step(InjectedSpam(), lines).lines == [
        "现将《某某市2022年妇幼健康工作要点》印发给你们,请认真抓好落实。", "某某市卫生健康局", "2022年妇幼健康工作要点", BODY]


def test_a_sites_title_chain_and_a_chain_seen_once_stay(run_step):
    lines = ["计生协会长讲话_新闻中心_某某网", "计生协会长讲话_新闻中心_某某网", "计生协会长讲话_新闻中心_某某网", BODY]
    assert run_step(InjectedSpam(), lines).lines == lines


def test_a_betting_brands_call_in_place_of_a_bodys_name_goes(run_step):
    draft = run_step(InjectedSpam(), ["四是与开云注册送 、外交部和联合国驻华系统联合举办纪念活动。"])
    assert draft.lines == ["四是与、外交部和联合国驻华系统联合举办纪念活动。"]


def test_keywords_spliced_between_a_sentences_clauses_go_and_the_clauses_join(clean):
    page = ["內政部最新統計,", "英翻日", ",今年一至十一月累計出生數共廿萬八千二百七十九人,", "超音波加濕機",
            ",較去年同期增加三萬三百五十五人。", "他說,生育率屬國家人口政策,目前已提升到行政院層級。"]
    doc = clean("\n".join(page))
    assert doc.text_original.splitlines() == [
        "內政部最新統計,今年一至十一月累計出生數共廿萬八千二百七十九人,較去年同期增加三萬三百五十五人。", page[-1]]
    # (once is no habit: a short line between two clauses may be the author's)
    once = ["各位代表,", "同志们", ",今天我们召开全县计生协第五次会员代表大会。"]
    assert clean("\n".join(once)).text_original.splitlines() == once


def test_an_outlets_address_in_its_dateline_stays(clean):
    lines = ["CCTV.com消息(新闻会客厅):", "主持人:观众朋友您好,今天我们一起关注计划生育政策。", BODY]
    assert clean("\n".join(lines)).text_original.splitlines() == lines


def test_a_work_plans_lead_unit_in_brackets_after_each_item_is_the_authors(clean):
    items = ["(一)召开健康中国行动推进委员会办公室会议。定期召开工作调度会议。(健康中国行动推进办负责)",
             "(二)组织开展健康中国行动2021年监测评估和考核工作。(健康中国行动推进办负责)",
             "(三)组织开展健康中国行动2021年专项行动工作组年度工作评价。(健康中国行动推进办负责)"]
    assert clean("\n".join(["健康中国行动2022年工作要点", *items, BODY])).text_original.splitlines() == [*items, BODY]


def test_an_adult_sites_terms_joined_by_dashes_go_and_a_population_explosion_stays(clean):
    terms = "欧美亚洲综合在线观看-欧美颜射高清在线-欧美艳星激情办公室-欧美野外疯狂做受高潮-欧美夜夜骑-欧美夜夜夜"
    sentence = "核心问题是人口。人口爆炸加剧了资源短缺、能源短缺、环境污染和生态恶化。"
    doc = clean("\n".join([terms, "2018年卫生健康统计公报发布", sentence, BODY]))
    assert doc.title == "2018年卫生健康统计公报发布" and doc.text_original.splitlines() == [sentence, BODY]


def test_an_adult_phrase_hung_on_a_two_clause_headline_after_a_bar_goes_and_the_headline_stays_whole(clean):
    doc = clean("\n".join(["县计生协举办快闪活动 呼吁关注母乳喂养|人与性动交ⅹxxx喷水", BODY, BODY]))
    assert doc.title == "县计生协举办快闪活动 呼吁关注母乳喂养"
    assert "动交" not in doc.text and "呼吁关注母乳喂养" not in doc.text


def test_a_ghost_writers_contact_after_a_preview_goes(clean):
    opening = "去年以来,全县各级计生协围绕中心、服务大局,做了大量工作。"
    assert clean("\n".join([opening, BODY, "请点击👉 mooonya 👈联系老师"])).text_original.splitlines() == [opening, BODY]


@pytest.mark.parametrize("sentence", ["她为人女、为人母、为人妻,尽职尽责,是全村公认的好媳妇。",
                                      "她為人女、為人母、為人妻，盡職盡責。"])
def test_a_wife_in_a_deeds_sentence_stays(clean, sentence):
    assert clean("\n".join([sentence, BODY])).text_original.splitlines() == [sentence, BODY]


@pytest.mark.parametrize("sentence", ["这篇文章在我的新浪微博(http://t.sina.com.cn/yifuxian)被600多人转载。",
                                      "欢迎加入脸书粉丝团(https://www.facebook.com/penghuyoungfamily),并以脸书帐号参与投票。"])
def test_an_accounts_address_the_author_gives_in_brackets_stays(run_step, sentence):
    assert run_step(InjectedSpam(), [BODY, sentence]).lines == [BODY, sentence]


def test_a_forums_hidden_watermark_goes_from_between_the_threads_words(clean):
    slogan = "ABCNOW 含有熱門話題,最新最快電視,軟體,遊戲,電影,動漫及日常生活及興趣交流等資訊。"
    first = "為期一個月的「全國家庭歡慶」今年共吸引了超過30萬人參加活動,參與的青年人數是去年的三倍。"
    second = "籌劃這個活動的全國家庭理事會主席受訪時說,年輕一代的價值觀將影響未來社會的家庭觀念。"
    third = "他昨天在活動閉幕禮上指出,雙薪家庭為人父母者,與家人相聚的時間越來越少。"
    page = [first, "5.39.217.76", "E" + slogan + "某某箱論壇-", second + "某某箱論壇.", "W5.39.217.76", third,
            "J" + slogan.replace(" ", "\n")]
    assert clean("\n".join(page)).text_original.splitlines() == [first, second, third]
    # (a name in capitals the text gives twice, with no address or forum round it, is the text's)
    said = "据WHOM统计,各国应加强对青少年的健康教育。"
    assert clean("\n".join([first, said, second, said])).text_original.splitlines() == [first, said, second, said]


def test_a_forums_watermark_without_its_slogan_goes_its_address_and_name_glued_to_the_tags_and_the_text(clean):
    first = "社會福利署昨舉行香港義工嘉許典禮,68名擁有逾20年服務經驗的義工獲嘉許。"
    second = "梁唐青儀在典禮上致辭時表示,全港義工人數、服務時數持續增加。"
    third = "活動由社署「推廣義工服務督導委員會」主辦,旨在表揚義工對社會的貢獻。"
    page = [", }% h& g8 n& {# |5.39.217.76某某箱論壇( F5 u( l& V/ Y8 k", "7 t/ |0 P1 a) b! U) F3 O0 S5.39.217.76" + first,
            "5 f- B. C0 r* z$ L& k/ u5.39.217.76", second, "( C; M\" L) V) A/ ^: L+ E j F某某箱論壇 9 J- B) m _) |' w",
            "9 r1 C/ |, W6 q3 B5 D" + third]
    assert clean("\n".join(page)).text_original.splitlines() == [first, second, third]
    # (a server's address the text gives, glued to nothing, stays)
    said = "論壇的伺服器位址是5.39.217.76,請改用5.39.217.76。"
    assert clean("\n".join([first, said, second])).text_original.splitlines() == [first, said, second]


@pytest.mark.parametrize("brand", ["Z6尊龙凯时", "大发快乐8"])
def test_a_casinos_brand_spliced_for_the_organisations_name_goes(run_step, brand):
    sentence = "三届五次常务理事(扩大)会议于三月三十日召开,与会人员审议了《2020年慈善工作报告》。"
    draft = run_step(InjectedSpam(), [brand + sentence, BODY])
    assert draft.lines == [sentence, BODY]


def test_an_esports_betting_sites_banner_goes(clean):
    doc = clean("\n".join(["电竞下注-中国电竞赛事及体育赛事平台", "被分流的计生干部:有的转干扶贫", BODY, BODY]))
    assert doc.title == "被分流的计生干部:有的转干扶贫" and "下注" not in doc.text_original


def test_a_farms_symbol_filler_goes_and_an_authors_stars_stay(clean):
    page = ["最新网址:.", "为了配合特产城的建设,乡里☾召⚵开了一次协调会。", "会议已经开始了20分钟,各部门的人都来了。⚙",
            "就要⛽☎改成新的办法。", "该户荣获★级文明家庭称号。"]
    assert clean("\n".join(page)).text_original.splitlines() == [
        "为了配合特产城的建设,乡里召开了一次协调会。", "会议已经开始了20分钟,各部门的人都来了。", "就要改成新的办法。",
        "该户荣获★级文明家庭称号。"]


def test_a_farms_runs_of_dingbats_circled_letters_and_clause_marks_go_and_an_authors_one_circled_figure_stays(clean):
    page = ["为贯彻落实人口高质量发展。,、':∶;、建设大型正规的网投平台友好型社会的精神☾☽❄☃,做好宣传⓱⓲⓳⓴⓵⓶。",
            "一①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯、征集主题", "(一)政策传播ⓣⓤⓥⓦⓧⓨⓩ。①宣传生育支持政策;②宣传科学育儿知识。"]
    assert clean("\n".join(page)).text_original.splitlines() == [
        "为贯彻落实人口高质量发展。建设友好型社会的精神,做好宣传。", "一、征集主题", "(一)政策传播。①宣传生育支持政策;②宣传科学育儿知识。"]


def test_signs_a_mirror_sows_inside_words_go_where_the_page_has_several(clean):
    page = ["五朵金%花:某村外嫁女%的集体维权", "祖孙三代共6人在上面划%了很多名字,成了一^份关于土地的申请。", BODY]
    assert clean("\n".join(page)).text_original.splitlines()[-2:] == ["祖孙三代共6人在上面划了很多名字,成了一份关于土地的申请。", BODY]
    # (a user named after @ stays, however often: "微博账号@某某")
    mentions = ["在微博账号@王某发布的照片中,@王某写道:要多陪陪家人。", "@王某说,@李某也这样想。"]
    assert clean("\n".join(["某某讲话", *mentions, BODY])).text_original.splitlines()[:2] == mentions


def test_a_link_farm_under_its_heading_goes_whole(run_step):
    from cleaners.spam import SpamLines

    farm = ["主站蜘蛛池模板:", "四虎永久在线精品视频网站|", "一个色的导航|", "欧美成人区|", "国产乱沈阳女人高潮乱叫老", "|", "亚洲 日韩 国产 "]
    assert run_step(SpamLines(), [BODY, BODY, *farm]).lines == [BODY, BODY]
    # (not where text goes on under it)
    assert run_step(SpamLines(), ["主站蜘蛛池模板:", BODY, BODY]).lines[1:] == [BODY, BODY]


def test_a_sites_address_after_the_last_sentence_goes_with_the_comma_before_it(clean, run_step):
    last = "未来10年将是稳定低生育水平的关键时期。"
    doc = clean("\n".join(["中国进入低生育水平行列", BODY, last + ", http://www.100md.com"]))
    assert doc.text_original.splitlines() == [BODY, last] and not doc.truncated
    # (a comma inside a sentence, before an address the author gives, is the sentence's)
    line = "详情请登录国家卫生健康委网站, www.nhc.gov.cn"
    assert run_step(InjectedSpam(), [line]).lines == [line]


def test_a_links_words_alone_on_their_line_go_with_the_address(run_step):
    assert run_step(InjectedSpam(), [BODY, "北京治某某医院 http://pf.39.net/bdfyy/bdfzd/210426/8890894.html", BODY]).lines == [BODY, BODY]
    # (an author's sentence with an address in it stays)
    line = "详情请登录国家卫生健康委网站www.nhc.gov.cn查询。"
    assert run_step(InjectedSpam(), [line]).lines == [line]


def test_an_advert_put_for_a_word_takes_no_count_of_the_authors_after_it(run_step):
    line = "参加调查的计生协会员中,文化程度大学及以上94人,占94%,开云KY官方登录入口 (中专)6人,占6%。"
    assert run_step(InjectedSpam(), [BODY, line]).lines == [BODY, "参加调查的计生协会员中,文化程度大学及以上94人,占94%,(中专)6人,占6%。"]


def test_a_forums_stamps_beside_its_anti_scraping_runs_go_with_them(clean):
    lines = ["國家衞生和計劃生育委員會日前公布規劃,中國的總和生育率預期屆時將升至約1.8。5.39.217.77:88981 g ^5 H. q% x; T$ u",
             "2015年末,中國總人口數約13.75億人,預期增長空間為4500萬人左右。% ~9 Q+ h* u9 j6 {. J7 l",
             "! C e1 M9 Z4 D' L\" m- C\" C《規劃》還透過合理配置婦幼保健等資源,保障全面兩孩政策的實施。",
             "張建形容這些口號和標語冷漠,「引發了大量矛盾和糾紛。」公仔箱論壇4 v8 g% P, g, Z7 m' ",
             "他說,計劃生育宣傳要與時俱進。l; $ Q7 Y; {  S/ S公仔箱論壇  tvb now,tvbnow,bttvb",
             "\\5 ]- d+ R( {\" R4 O公仔箱論壇不過,中國官員指出,獨生子女政策不會改變。tvb now,tvbnow,bttvb",
             "tvb now,tvbnow,bttvb"]
    text = clean("\n".join(["計生委:清理恐嚇標語", *lines])).text_original
    for stamp in ("5.39.217.77", "公仔箱", "tvbnow", "C《", "。%", "糾紛。」公", "」4"):
        assert stamp not in text, stamp
    assert "《規劃》還透過合理配置婦幼保健等資源" in text and "不過,中國官員指出" in text


def test_english_words_a_page_repeats_are_no_forums_tags(clean):
    lines = ["As of June 30th, there were 2,045 women of childbearing age above 18, holding valid certificates. "
             "% ~9 Q+ h* u9 j6 {. J7 l",
             "Floating population 1355, 420 women of childbearing age above 18, 378 with certificates.",
             "! C e1 M9 Z4 D' L\" m- C\" The work of the town went on as planned."]
    text = clean("\n".join(["Work summary of the floating population", *lines])).text_original
    assert "2,045 women of childbearing age above 18" in text and "420 women of childbearing age above 18" in text


def test_an_anti_scraping_runs_letter_glued_to_a_numbered_item_goes_with_it(clean):
    lines = ["这种《年终自我小结》的作用,主要有三点:", "# _; Z; G+ z\" w# t$ x1.可以对自己在一年中的工作有个正确的估价,从而促使自己发扬优点;",
             "- b& |3 V) I. D r+ g2.可以使领导了解你这一年的工作情况,同时也是上级对你进行考核的一种参考。"]
    text = clean("\n".join(lines)).text_original
    assert "\n1.可以对自己" in text and "\n2.可以使领导" in text


@pytest.mark.parametrize("brand", ["世界杯365软件_beat365手机版_约彩365安卓版本", "开元棋牌", "盛京棋牌", "澳门直营6766", "澳门金沙博彩娱乐平台"])
def test_gambling_brands_spliced_into_a_sentence_go(run_step, brand):
    line = "2020年," + brand + "计划生育家庭意外伤害保险以县为单位统一投保,由县计生协组织实施。"
    assert brand not in "".join(run_step(InjectedSpam(), [BODY, line]).lines)


def test_an_anti_scraping_runs_mark_glued_to_the_text_goes_with_it(run_step):
    line = "7 O# n7 E5 E$ _. a: T! I6 ~+ ~这次活动共出动宣传车辆14辆,发放宣传资料3000余份。"
    assert run_step(InjectedSpam(), [BODY, line]).lines == [BODY, "这次活动共出动宣传车辆14辆,发放宣传资料3000余份。"]


def test_a_vendors_city_before_its_trade_goes_with_the_advert(run_step):
    draft = run_step(InjectedSpam(), ["开展宣传,让生育支持政策家喻户晓宁州SEO快速排名就找优客网络。", BODY])
    assert draft.lines == ["开展宣传,让生育支持政策家喻户晓。", BODY]


def test_figures_that_pictographs_parted_keep_a_space_between_them():
    from cleaners.spam import _rejoin

    assert _rejoin(["共:", "180", "1721", "29"]) == "共:180 1721 29" and _rejoin(["上午", ",澄迈县"]) == "上午,澄迈县"


def test_a_reprint_notices_thanks_go_with_it(run_step):
    draft = run_step(InjectedSpam(), ["转载请注明出处,谢 谢!", BODY])
    assert draft.lines == [BODY]


def test_an_old_scripts_sign_and_a_dies_face_glued_into_a_sprinkled_page_go(clean):
    line = "有出色完成志愿服务的“的哥”钱某𓀅,还有关爱空巢老人的志愿者姚某双🍛。投票网址为⚃:http://www.example.gov.cn/a.html"
    doc = clean("\n".join(["某市推出10名优秀志愿者🔁", line, BODY + "🚵"]))
    assert "𓀅" not in doc.text_original and "⚃" not in doc.text_original and "钱某,还有" in doc.text_original


def test_a_copys_note_of_where_it_was_downloaded_goes_from_its_paragraph(run_step):
    draft = run_step(InjectedSpam(), ["促进出生人口性别比结构平衡,本篇文章来自资料管理下载。2015年关爱女孩行动将以调研为主题。"])
    assert draft.lines == ["促进出生人口性别比结构平衡,2015年关爱女孩行动将以调研为主题。"]


def test_a_paragraphs_end_tag_ending_the_page_says_the_text_was_printed_to_its_end(clean):
    text = "走访过程中,工作人员与他们拉家常、听心声,引导他们融入社会、参与社会,早日摆脱悲伤,重拾生活信心、/p> |"
    doc = clean("\n".join(["某镇开展计生特殊家庭走访慰问活动", "近日,某镇计生协会组织工作人员走访慰问计生特殊家庭,传递冬日里的温暖、/p>", text]))
    assert doc.text.endswith("重拾生活信心、") and not doc.truncated


def test_a_sharing_sites_buttons_to_sponsor_its_membership_go(clean):
    last = "去年以来，全县各级计生协围绕中心、服务大局，做了大量工作。"
    assert clean("\n".join([BODY, last, "立即赞助VIP", "赞助会员免费下载"])).text_original.splitlines() == [BODY, last]


@pytest.mark.parametrize("line", ["某某学院经济与政法学院(441053)地处襄阳," + BODY, "全市共有育龄妇女(600123)人,其中公司职工占三成。"])
def test_six_figures_in_brackets_not_before_a_companys_word_stay(run_step, line):
    draft = run_step(InjectedSpam(), [line])
    assert draft.lines == [line]


def test_a_lottery_brand_glued_before_the_headline_goes(clean):
    title = "石家庄女计生干部64岁时失去独子 后悔没生二胎"
    doc = clean("\n".join(["大发2分彩辅助遗漏" + title, BODY]))
    assert doc.title == title


def test_a_less_than_sign_between_figures_stays(run_step):
    line = "全市出生人口性别比<110,达到省定目标。"
    assert run_step(InjectedSpam(), [line]).lines == [line]


def test_a_watermarks_address_and_claim_of_rights_sown_inside_a_word_go_and_the_paragraph_stays(clean):
    line = ("从计划内外出生情况分析。全区计划内出生120人,同比增加5人,其中:计划内一孩80人,同-cnwmz.com版权所有!比增加3人;"
            "计划内二孩40人,同比增加2人。")
    doc = clean("\n".join(["区计划生育形势统计分析", BODY, line, BODY]))
    assert line.replace("-cnwmz.com版权所有!", "") in doc.text_original.splitlines()


def test_a_question_mark_for_a_lost_space_after_an_addressees_colon_goes(run_step):
    draft = run_step(InjectedSpam(), ["各省、自治区、直辖市人口计生委:?", BODY, "问:计生协是什么?"])
    assert draft.lines == ["各省、自治区、直辖市人口计生委:", BODY, "问:计生协是什么?"]


def test_a_comma_left_after_the_last_stop_goes_and_the_text_is_whole(clean):
    doc = clean("\n".join(["台湾出生人数创新低", BODY, BODY + ","]))
    assert doc.text_original.splitlines() == [BODY, BODY] and not doc.truncated


def test_a_line_break_written_out_with_its_backslash_lost_goes(run_step):
    draft = run_step(InjectedSpam(), [BODY, "n", "n “三到位”,即一是培训指导到位。", "n-3脂肪酸有助于胎儿发育。"])
    assert draft.lines == [BODY, "“三到位”,即一是培训指导到位。", "n-3脂肪酸有助于胎儿发育。"]
