"""TruncationNotice and PreviewCut: notices of a partial page go and set `truncated` (and the declared
length); the author's brackets and a finished ending leave the flag alone."""

from __future__ import annotations

import pytest

from cleaners.draft import Draft
from cleaners.truncation import PreviewCut, TruncationNotice

BODY = "各级计生协要积极发挥群众组织的特有优势，坚持以人为本，把服务和维权作为今后工作的重要抓手。"


def removed(draft, rule="truncation"):
    return [r.text for r in draft.removed if r.rule == rule]


@pytest.mark.parametrize("notice, declared", [
    ("……(未完,全文共9760字,当前只显示3916字,请阅读下面提示信息。收藏在省计生协理事会暨工作会议上的报告)", 9760),
    ("……(未完,全文共9760字,當前只顯示3916字,請閱讀下面提示信息。收藏在省計生協理事會上的報告)", 9760),
    ("……（未完，全文共9760字，当前只显示3916字，请阅读下面提示信息。）", 9760),
    ("【未完，全文共12000字，当前只显示3000字】", 12000),
    ("(本文共5210字,剩余3000字,开通会员后可完整阅读)", 5210),
    ("全文共8000字,当前仅显示2000字", 8000),
    ("……(未完,全文共5,230字,当前只显示1,200字)", 5230),  # (its thousands parted)
    ("……(未完,全文约1.2万字)", 12000),  # (counted in 万 and 千)
    ("(未完,全文约3千字,当前只显示1000字)", 3000),
    ("……(未完,全文共8520字,当前仅显示2327字,请阅读下面提示信息。", 8520),  # the bracket never closed
    ("本文共2570字,仅供站内会员学习参考(会员可免费打开排版规范的全部文档", 2570),
    ("\u5168\u6587\u7ea61047\u5b57,\u8bf7\u4e0b\u8f7d\u540e\u9605\u8bfb\u3001\u7f16\u8f91\u3002(\u9605\u8bfb\u5168\u90e8\u56fe\u6587\u5185\u5bb9,\u60a8\u9700\u8981\u5148\u767b\u5f55!)", 1047),
])
def test_end_notice_sets_truncated_and_declared_length(run_step, notice, declared):
    draft = run_step(TruncationNotice(), [BODY, "四是 " + notice])
    assert draft.facts["truncated"] is True
    assert draft.facts["declared_chars"] == declared
    assert draft.lines == [BODY, "四是"]
    assert removed(draft)


@pytest.mark.parametrize("widget, declared", [
    ("\u3010\u6587\u7ae0\u51713621\u5b57,\u7cbe\u9009\u53c2\u8003\u8303\u6587,\u4ec5\u4f9b\u5b66\u4e60\u501f\u9274\u3011", 3621),
    ("\u5171\u8ba15023\u4e2a\u5b57,\u9884\u8ba1\u9605\u8bfb\u65f6\u957f17\u5206\u949f", 5023),
    ("\u672c\u7bc7\u6587\u7ae0342\u5b57,\u8bfb\u5b8c\u7ea61\u5206\u949f", 342),
    ("阅读提示:本篇共有3444个字,预计阅读时间为9分钟,共有216位用户关注,48人点赞!", 3444),
    ("閱讀提示:本篇共有3444個字,預計閱讀時間為9分鐘,共有216位用戶關注,48人點贊!", 3444),
    ("[本文共675字]", 675),
])
def test_a_stated_length_goes_and_is_kept_without_saying_text_is_missing(run_step, widget, declared):
    """A length with no word of a cut: whether text is missing is for PreviewCut to measure against it."""
    draft = run_step(TruncationNotice(), [widget, BODY])
    assert draft.lines == [BODY]
    assert draft.facts["declared_chars"] == declared and not draft.facts.get("truncated")
    assert PreviewCut()(draft).facts.get("truncated") is (declared > len(BODY) / 0.9)


@pytest.mark.parametrize("notice", [
    "……(快文网http://www.hancun.net省略1506字,正式会员可完整阅读)……",
    "……(快文網http://www.hancun.net省略1506字,正式會員可完整閱讀)……",
    "……（省略1506字，正式会员可完整阅读）……",
    "此处隐藏3105个字,请下载后阅读",
    "此處隱藏3105個字，請下載後閱讀",
])
def test_omission_in_the_middle_splits_the_line(run_step, notice):
    draft = run_step(TruncationNotice(), [f"郴州、婁底兩市市委書 {notice} 4.計劃生育家庭幫扶。"])
    assert draft.lines == ["郴州、婁底兩市市委書", "4.計劃生育家庭幫扶。"]
    assert draft.facts["truncated"] is True


@pytest.mark.parametrize("button", ["阅读全文", "展开全文", "点击查看全文>>", ">> 展开全文", "【阅读全文】", "（展開全文）",
                                    "剩余5页未读，继续阅读", "试读结束，下载完整版", "本文档共13页，下载文档查看全部",
                                    "因篇幅问题不能全部显示,请点此查看更多更全内容", "请到「某某阅读」查看全文", "内容预览:",
                                    "想预览更多内容,点击预览全文", "预览结束,免费获取全文或定制代笔此类文章!",
                                    "未完請接續下一篇", "注:因版权方要求,不能公开全文,如需全文,请咨询杂志社",
                                    "……余下全文", "...阅读全文", "预览阅读已结束,若您需要全文或代笔。",
                                    "部分预览阅读已结束,您可以加入VIP免费下载本篇文档"])
def test_reader_buttons_go_and_mark_the_page_truncated(run_step, button):
    draft = run_step(TruncationNotice(), [BODY, button])
    assert draft.lines == [BODY]
    assert draft.facts["truncated"] is True


@pytest.mark.parametrize("line", [
    BODY,
    "全文共分三个部分，下面我逐一说明。",
    "下面，我讲几点意见，供大家参考。",
    "各县(市、区)委、人民政府:",
    "(2017年2月28日)",
    "一、充分肯定全国计生协改革取得积极成效",
    "阅读是提高干部素质的重要途径，要在全协会开展读书活动。",
    "要建立完整的档案资料，做到全程可查。",
    "请到会同志认真阅读全文件精神。",
    "因篇幅所限，会议材料不能全部印发，请各单位到协会网站下载。",
])
def test_body_lines_are_not_notices(run_step, line):
    draft = run_step(TruncationNotice(), [line])
    assert draft.lines == [line]
    assert "truncated" not in draft.facts


@pytest.mark.parametrize("line", [
    "全年筹集资金500万元（剩余120万元结转下年度使用）。",  # 剩余 + number is money here, not characters
    "全年共实施项目12个(未完成的2个项目结转下年)。",  # 未完 inside 未完成
    "温馨提示：请各位会员认真阅读《章程》有关条款。",  # a notice's own reminder
    "计生协会员之家（阅读全文件后填写反馈表）",  # an instruction in the author's brackets
])
def test_author_brackets_with_truncation_words_stay(run_step, line):
    draft = run_step(TruncationNotice(), [line])
    assert draft.lines == [line]
    assert "truncated" not in draft.facts


def test_title_decoration_is_not_a_truncation_notice(clean):
    """"(完整版)" after a title is site decoration (Title strips it), not a sign the page is partial."""
    doc = clean("计生协工作座谈会发言词(完整版)\n" + BODY + "\n" + BODY)
    assert doc.truncated is False
    assert doc.title == "计生协工作座谈会发言词"


# --- PreviewCut: a preview that stops mid-sentence ---


def _cut(lines):
    return PreviewCut()(Draft(lines=list(lines)))


@pytest.mark.parametrize("last", [
    "充分利用人口学校、会员之家等阵地及发挥文艺宣传队的作用,进行计划生育国策、生殖保健知识",
    "与有关部门合作,认真部署并做好“5.29”协会活动",
    "与有关部门合作，认真部署并做好“5.29”协会活动",  # full-width comma
    "郴州、婁底兩市市委書記分別作出批示，要求各級黨委政府切實加強對計生協工作的領導和支持力度",
])
def test_a_last_line_cut_mid_sentence_is_truncated(last):
    assert _cut([BODY, last]).facts.get("truncated") is True


@pytest.mark.parametrize("last", [
    "\u9547",  # a lone character: the next paragraph's first
    "任何单位和个人不得截",  # a rule's clause cut after its modal
    "\u4e8c",  # a heading's number and nothing of it
    "3\u3001\u6237\u7c4d",
    "\u56db\u3001\u6df1\u5165\u5f00\u5c55\u836f\u5177\u670d\u52a1\u548c",  # ends on 和
    "\u63a5\u7740\u9547\u8ba1\u751f\u529e\u4e3b\u4efb\u674e\u4e45\u5cf0\u4e3a2010",  # a number run on from a word
])
def test_a_preview_stopping_on_a_fragment_is_truncated(last):
    assert _cut([BODY, last]).facts.get("truncated") is True


@pytest.mark.parametrize("last", [
    BODY[:-1] + "\u3002(\u9648\u94b0)",  # a news item's byline after its last sentence
    BODY[:-1] + "\u3002(\u8bb0\u8005 \u6797\u6587\u5a67)",
    BODY[:-1] + "\u3002(\u664b\u5b81\u53bf\u8ba1\u751f\u534f\u4f9b\u7a3f)",
    "\u9644\u4ef61",  # an attachment's heading
    "\u5f20\u4e09",  # a two-character signature
    "\u8054\u7cfb\u7535\u8bdd:0371-12345678",
])
def test_a_signed_or_labelled_ending_is_not_a_fragment(last):
    assert not _cut([BODY, last]).facts.get("truncated")


def test_page_counters_run_into_the_text_stopping_short_of_the_last_page_mean_a_part(clean):
    doc = clean(f"{BODY}\n\u4e09\u3001\u8003\u6838\u5185\u5bb9 1.\u653f\u7b56\u6cd5\u89c4\u5ba3\u4f20\u57f9\u8bad\u60c5\u51b5 \u7b2c1\u9875\u51714\u9875")
    assert doc.truncated is True and "\u7b2c1\u9875" not in doc.text_original
    whole = clean(f"{BODY} \u7b2c1\u9875\u51712\u9875\n{BODY}\n{BODY} \u7b2c2\u9875\u51712\u9875")
    assert not whole.truncated
    # a portal's pager on a line of its own under a whole article
    assert not clean(f"{BODY}\n{BODY}\n\u7b2c1\u9875 \u51713\u9875").truncated
    # a preview's header over each page it shows, on lines of their own
    assert clean(f"\u7b2c1\u9875 / \u517122\u9875\n{BODY}\n\u7b2c2\u9875 / \u517122\u9875\n{BODY}").truncated is True


@pytest.mark.parametrize("last", [
    BODY,
    "将我省计生协会工作全面推向前进!",
    "将我省计生协会工作全面推向前进！",
    "共同书写全面深化计生协改革、促进计生协事业高质量发展的新时代华章，为促进人口长期均衡发展作出新的贡献！",
    "同志们，我们有没有信心完成今年确定的各项目标任务，有没有决心把全省计生协工作推向一个新的高度？",
    "同志们，让我们更加紧密地团结在以习近平同志为核心的党中央周围，开拓进取，扎实工作；",
    "衢州市计划生育协会",
    "中共衢州市委办公室",
    "2006年8月22日",
    "二〇二三年五月四日",
    "(2017年2月28日)",
    "（2017年2月28日）",
    "谢谢大家",
    "以上报告,如无不妥,请批转各地、各单位执行。”",
])
def test_a_finished_ending_is_not_truncated(last):
    assert not _cut([BODY, last]).facts.get("truncated")


def test_a_hidden_count_with_a_colon_and_its_download_prompt(run_step):
    from cleaners.truncation import TruncationNotice

    draft = run_step(TruncationNotice(), ["协会工作取得了显著成效。 此处隐藏:1201字,全部文档内容请下载后查看。喜欢就下载吧 ……"])
    assert draft.lines == ["协会工作取得了显著成效。"]
    assert draft.facts["truncated"] is True


def test_an_authors_open_bracket_before_a_notice_stays(run_step):
    """The author's "(含三资企业" runs into the site's omission notice: only the notice goes."""
    line = "全市企业(含三资企业 ……(某某网http://m.example.cn省略560字,正式会员可完整阅读)…… 要落实责任。"
    draft = run_step(TruncationNotice(), [line])
    assert "(含三资企业" in draft.lines[0] and "省略" not in " ".join(draft.lines)
    assert draft.facts["truncated"] is True


@pytest.mark.parametrize("last, cut", [
    ("二是目标要变。从单纯完成人口控制", True),
    ("5、严格节育规定。各校要认真抓好干部职工育龄夫妇的节育工作。严格", True),
    ("出席会议的有中央政治局常委会议、", True),
    ("2021年6月中共中央、国务", True),
    ("二、各地要以世界人口日宣", True),
    ("以上是我的几点意见。谢谢大家", False),
    ("邢台日报、牛城晚报所有自采新闻（含图片）", False),
    ("全年共发放慰问金4.6万元。 记者 王五", False),
    ("中央综治委、国务院农民工办的同志和有关司局的负责同志出席了会", True),  # (a verb and its 了: something was done)
    ("本次会议得到了浙江", True),  # (as short as a line goes)
])
def test_a_sentence_or_list_begun_and_cut_at_the_end_marks_the_page(run_step, last, cut):
    draft = run_step(PreviewCut(), [BODY, last])
    assert bool(draft.facts.get("truncated")) is cut


@pytest.mark.parametrize("lines, cut", [
    # a new paragraph cut a few words in: its opening words are a sentence's
    ([BODY, "随着全县计生协会"], True), ([BODY, "二是健全基层协会"], True), ([BODY, "有请“计生协优秀会员”代表"], True),
    ([BODY, "全县已经步入"], True), ([BODY, "各村于8月28日前全面完"], True),
    # or its verbs and the words that tie a clause, and a heading with nothing under it
    ([BODY, "考核是人口和计划生育目标管"], True), ([BODY, "由村包组干部"], True), ([BODY, "生育意愿持续低"], True),
    ([BODY, "從事婦女"], True), ([BODY, "会上"], True), ([BODY, "(三)开展青春健康教育进校园活动"], True),
    # a news list's headline left at the end is no sentence cut
    ([BODY, "桂香社区开展“5·29”会员活动日亲子阅读活动"], False), ([BODY, "某某镇人民政府"], False),
    # a preview's wrapped line under a line it cut mid-sentence
    ([BODY, "开展健步行活动,一方面推动我区群众性计生协活动的开展", "加快“健康家庭”建"], True),
    # a signature, a credit, a heading's words or a closing formula are no cut
    ([BODY, "县计划生育协会", "二〇一七年三月八日"], False), ([BODY, "(通讯员 王丽 李强)"], False),
    ([BODY, "县计生协会长 张三"], False), ([BODY, "谢谢大家"], False), ([BODY, "编辑/李四"], False),
    ([BODY, BODY + "[沈映红]"], False),  # a news item's writer in brackets
])
def test_a_paragraph_begun_or_a_wrapped_line_at_the_end_marks_the_page(run_step, lines, cut):
    draft = run_step(PreviewCut(), lines)
    assert bool(draft.facts.get("truncated")) is cut


@pytest.mark.parametrize("lines", [["立即下载", "县计生协召开理事会", BODY, BODY], [BODY, BODY, "【查看完整讨论话题】"],
                                   # a mobile page's link to its full view, under the story's credits
                                   [BODY, BODY, "来源:某某网", "编辑:网站值班", "点击查看全文"]])
def test_an_apps_banner_above_the_title_and_a_link_to_a_discussion_are_no_truncation(run_step, lines):
    draft = run_step(TruncationNotice(), lines)
    assert not draft.facts.get("truncated")


def test_a_previews_dots_after_its_last_word_go_and_mark_the_cut(run_step):
    draft = run_step(PreviewCut(), [BODY, "特别是在今年新冠肺..."])
    assert draft.lines == [BODY, "特别是在今年新冠肺"] and draft.facts["truncated"] is True
    # (and a double one after a word that wants more)
    draft = run_step(PreviewCut(), [BODY, "新一届工会委员会紧紧围绕 ×××× 的 ……"])
    assert draft.lines == [BODY, "新一届工会委员会紧紧围绕 ×××× 的"] and draft.facts["truncated"] is True
    draft = run_step(PreviewCut(), [BODY, "老龄人口和流动人口同步增长,随……"])  # (a preposition's)
    assert draft.lines == [BODY, "老龄人口和流动人口同步增长,随"] and draft.facts["truncated"] is True
    # an author's ellipsis stays
    ends = "我们要做好宣传、服务、维权……"
    assert run_step(PreviewCut(), [BODY, ends]).lines == [BODY, ends]


@pytest.mark.parametrize("notice, truncated", [
    ("亲,该文档总共3页,全部预览完了,如果喜欢就下载吧!", False),  # every page was shown
    ("亲,该文档总共7页,到这儿已超出免费预览范围,如果喜欢就下载吧!", True),
])
def test_a_preview_that_says_it_showed_every_page_left_nothing_out(clean, notice, truncated):
    doc = clean("\n".join(["村计生协会工作总结", "同志们:", "今年以来,全村计生协会积极开展宣传服务活动,取得了明显成效。", notice]))
    assert doc.truncated is truncated
    assert notice not in doc.text_original


def test_an_excerpts_mark_before_the_stated_length_goes_with_it(clean):
    doc = clean("\n".join(["樓價是最強避孕丸", "(節錄)全文共713字", BODY, BODY]))
    assert doc.declared_chars == 713 and "節錄" not in doc.text_original


def test_a_story_its_newsroom_signed_off_below_is_whole_without_a_last_stop(clean):
    last = "大家要群策群力、解放思想,研究新常态下计生工作新方法,力求抓出成效,开创卫生计生工作新局面"
    page = ["某乡召开冬春季卫生计生工作会议", "12月21日,某乡召开冬春季卫生计生工作会议,全体乡干部参加会议。", last]
    assert clean("\n".join(page)).truncated
    doc = clean("\n".join([*page, "作者:江涛编辑:罗俊", "相关稿件", "0100701400100000000000000111000011300133"]))
    assert not doc.truncated and doc.text_original.splitlines()[-1] == last


@pytest.mark.parametrize("tail", ["白癜风是什么北京哪家医院治疗白癜风治的好", " copyright 中华人民共和国图鉴社",
                                  "(深圳市坪山区坪山街道办事处公共服务办公室许雅君)",
                                  "\n(驻马店新闻热线:0396—3599908 投稿邮箱:yxwzmdpd@163.com)"])
def test_a_complete_text_with_the_sites_or_the_writers_tail_is_not_truncated(clean, tail):
    sep = "\n" if tail.startswith("白") else ""
    last = "我们积极争取资金，走访慰问计生特殊家庭46户，发放慰问金4.6万元，帮助他们解决实际困难。"
    doc = clean("县计生协开展关爱活动\n" + BODY + "\n" + last + sep + tail)
    # (the writer's sign-off stays with the last sentence: it is no site's)
    assert not doc.truncated and doc.text_original.splitlines() == [BODY, last + (tail if tail.startswith("(深") else "")]
    assert "白癜风" not in doc.text and "copyright" not in doc.text and "热线" not in doc.text


def test_a_sharing_sites_refund_terms_are_no_truncation_notice(clean):
    terms = '- 2、"仅部分预览"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款(可完整预览的文档不适用该条件!)。'
    doc = clean("\n".join(["2023年世界人口日宣传活动方案", terms, BODY, BODY]))
    assert not doc.truncated and "可完整预览" not in doc.text_original


@pytest.mark.parametrize("tail, cut", [
    (["3.现场宣传和咨"], True),  # a heading with nothing under it
    (["附件:1.2024年“5·29会员活动日”活动计划表", "2.活动总结报送回执"], False),  # the files the text lists
    (["历任会长", "1. 王首道(1980年5月 - 1986年3月)", "2. 宋平(1990年11月 - 1995年12月)", "3. 王刚(2016年5月 - )"], False),  # a list's last
    (["参考资料", "1. ^ 中国计生协简介. www.chinafpa.org.cn. [2023-01-13]. (原始内容存档于2022-03-14)."], False),  # a reference's end
])
def test_a_text_that_ends_on_a_numbered_heading_is_cut(clean, tail, cut):
    doc = clean("\n".join(["2023年世界人口日宣传活动方案", BODY, "2.电视、广播、报纸、各类媒体", BODY, *tail]))
    assert doc.truncated is cut


SECOND = "我们积极争取资金,走访慰问计生特殊家庭46户,发放慰问金4.6万元,帮助他们解决实际困难。"


def test_a_login_wall_in_brackets_is_a_truncation_notice(clean):
    doc = clean("\n".join(["汇报发言:以“家健康”推进社会和谐", BODY, SECOND, "(阅读全部图文内容,您需要先登录!)"]))
    assert doc.truncated and doc.text_original.splitlines() == [BODY, SECOND]


def test_the_length_a_title_states_measures_the_text(clean):
    doc = clean("\n".join(["在市妇女代表大会上的领导致词(1714字)", BODY, SECOND, "如若转载,请注明出处:"]))
    assert doc.title == "在市妇女代表大会上的领导致词" and doc.declared_chars == 1714 and doc.truncated
    assert doc.text_original.splitlines() == [BODY, SECOND]


def test_a_journal_sites_partial_reading_mark_over_the_paper_sets_truncated(clean):
    doc = clean("\n".join(["论文部分内容阅读", "在某县初级卫生保健座谈会上的讲话", BODY, BODY]))
    assert doc.truncated and "部分内容" not in doc.text_original


def test_a_listing_rows_length_is_the_declared_one_only_where_the_text_shows_less(clean):
    row = "上传者:wk_18392 上传时间:2024-01-05 格式:DOCX 页数:6 字数:3620"
    doc = clean("\n".join(["某某县计生协述职报告", row, BODY, BODY]))
    assert doc.declared_chars == 3620 and doc.truncated is True
    # (a whole text's row states what it holds; a list page's rows, one an item, state their items')
    assert clean("\n".join(["某某县计生协述职报告", "时间:2023-06-02 09:41:27 作者:网友投稿 字数:40", BODY])).declared_chars is None


@pytest.mark.parametrize("lines", [
    ["第四条 本会的宗旨是为会员服务。", "第五条通过"],  # a rule's article with a word of it
    ["(三)增补和更换理事、常务理事;", "(四)研究和决定中国计划生育协会"],  # a list's item cut where it names a body
    ["“一间‘小屋’撬动群众大幸福,很有意义。”区计生协副会长李某说。", "“向日葵亲子小"],  # a quote opened and never closed
    ["计生协将提供公益讲座专家讲师力量及资金的支持。", "去年12月9日"],  # a sentence's day, no signature's
    ["三、时间支配", "1、7月初为制定"],  # a numbered item cut, its first word a figure
    ["- 了解政策变化:各地对于"],  # a label's value cut after a word that wants more
    ["(卫生部与国家人口和计"],  # a bracket opened and never closed
    ["为贯彻落实《国务院关于实施全面两孩政"],  # a document's name opened and never closed
    ["双方将共同推动妇幼卫生健康服务事业蓬勃发展。", "岳阳市卫生健康委员会副主任刘"],  # an office and its holder's surname
    ["围绕一个目标:稳定低生育水平;抓好两个落实:落实省委、省政府关于加强人口与计划生育工作的决定;"],  # a clause's semicolon
])
def test_a_preview_cut_in_an_article_or_an_item_is_truncated(lines):
    assert _cut([BODY, *lines]).facts.get("truncated") is True


def test_an_association_signing_under_its_list_is_no_cut():
    assert not _cut([BODY, "(三)增补和更换理事、常务理事。", "某县计划生育协会"]).facts.get("truncated")


def test_a_sample_sites_headline_stating_the_texts_length_declares_it(clean):
    page = ["“计划生育协会发展障碍与对策研究”计划生育工作计划范文(5991字)",
            "共有150人参考“计划生育协会发展障碍与对策研究”计划生育工作计划怎么写,5991字免费其他工作计划模板格式范文", BODY]
    doc = clean("\n".join(page))
    assert doc.declared_chars == 5991 and doc.truncated


def test_a_list_of_items_each_ending_on_a_semicolon_is_no_cut():
    items = ["(一)审议和批准常务理事会年度工作报告;", "(二)选举和罢免会长、常务副会长、副会长、常务理事;", "(三)增补和更换理事、常务理事;"]
    assert not _cut([BODY, *items]).facts.get("truncated")


def test_a_credit_in_brackets_under_the_last_sentence_is_no_cut():
    assert not _cut([BODY, "(怀宁县文化馆)"]).facts.get("truncated")


def test_a_list_items_badge_of_its_length_declares_it(clean):
    doc = clean("\n".join(["第一篇 2023年某镇计划生育工作总结 2750字", "、生殖保健、避孕节育知情选择等内容的技术指导和咨询服务。", BODY]))
    assert doc.declared_chars == 2750 and doc.truncated


@pytest.mark.parametrize("lines, cut", [
    # a table drawn in bars whose last row lost its closing bar
    ([BODY, "┃ 1979 │ 412 │ 250│ 97.36 ┃", "┃ 1980 │ 388 │ 250│ 83.33 ┃", "┃ 1981 │ 924 │240 │ 99.13"], True),
    ([BODY, "┃ 1979 │ 412 │ 250│ 97.36 ┃", "┃ 1980 │ 388 │ 250│ 83.33 ┃", "┃ 1981 │ 924 │240 │ 99.13 ┃"], False),
    # a table of contents an entry and its page a line, stopped on an entry with no page
    ([BODY, "第1节 世界节育运动的发展过程", "20", "第2节 日本的节育生育", "23", "第3节 墨"], True),
    # a body's name cut before its 协
    ([BODY, "江永县计生"], True), ([BODY, "江永县计生协"], False),
])
def test_a_table_row_a_contents_entry_or_a_bodys_name_cut_at_the_end_marks_the_page(run_step, lines, cut):
    assert bool(run_step(PreviewCut(), lines).facts.get("truncated")) is cut


def test_a_lists_first_item_ending_on_its_semicolon_under_the_words_that_announce_it_is_cut(run_step):
    lines = [BODY, "通过实施本计划,在未来几年内实现以下目标:", "1. 农村经济得到显著提升,农民生活水平明显改善;"]
    assert run_step(PreviewCut(), lines).facts.get("truncated")
    # (a list whose later items follow is no cut)
    whole = [*lines, "2. 群众满意度明显提高。"]
    assert not run_step(PreviewCut(), whole).facts.get("truncated")


@pytest.mark.parametrize("tail, cut", [
    (["一是加强教育。以党的精神为指导,加强干部队伍思想政治教育和理论学习。", "二是创新载体。"], True),  # its words cut off
    (["一是加强教育。", "二是创新载体。"], False),  # a list of labels alone
])
def test_a_points_label_alone_under_a_point_with_words_is_cut(clean, tail, cut):
    doc = clean("\n".join(["2023年计生协工作总结", BODY, "(二)抓宣教,营造浓厚社会舆论氛围", *tail]))
    assert doc.truncated is cut


@pytest.mark.parametrize("headers, cut", [(["镇年人口与计划生育工作计划第2页"], True),
                                           (["镇年人口与计划生育工作计划第1页", "镇年人口与计划生育工作计划第2页"], False)])
def test_a_later_page_under_its_running_header_with_no_first_page_is_cut(clean, headers, cut):
    doc = clean("\n".join(["镇年人口与计划生育工作计划", headers[0], BODY, *headers[1:], BODY, "镇人民政府"]))
    assert doc.truncated is cut


def test_a_verb_done_is_told_by_its_le_and_a_purposes_wei_le_is_none():
    from cleaners.truncation import _DONE

    assert _DONE.search("负责同志出席了会") and not _DONE.search("为了明天的幸福") and not _DONE.search("除了宣传")


@pytest.mark.parametrize("last, cut", [("二、检查考核办法:", True), ("附件:", False), ("具体做法有:", True),
                                       ("局长表态:", True), ("各位理事、同志们:", False),
                                       # (or a long paragraph's last clause)
                                       (BODY * 2 + "现将调研情况汇总如下:", True), (BODY * 2 + "在此,向全体会员同志们:", False)])
def test_a_numbered_heading_that_announces_its_items_and_ends_the_page_is_a_cut(run_step, last, cut):
    draft = run_step(PreviewCut(), [BODY, "1、在检查考核中要突出重点,如计生领导是否重视或亲自抓。", last])
    assert bool(draft.facts.get("truncated")) is cut


def test_a_papers_jump_to_the_page_its_story_goes_on_in_marks_a_cut(clean):
    doc = clean("\n".join(["一封公开信影响一代人", "本报记者 鲁某国(下转B02版)", BODY, BODY]))
    assert doc.truncated and "下转" not in doc.text_original


@pytest.mark.parametrize("last, cut", [
    ("将建", True), ("在此次", True),  # a new sentence's first words alone
    ("县计生协", False), ("王某某", False), ("2023年", False), ("谢谢大家", False), ("综合", False),  # a signature, a closing, a credit
    ("凡小庆", False),  # (a name whose surname the rules do not know: only a sentence's opening word marks a cut)
])
def test_a_new_sentences_first_words_alone_on_the_last_line_mark_a_cut(run_step, last, cut):
    draft = run_step(PreviewCut(), [BODY, "成立一个全国性的机构也是必然趋势。", last])
    assert bool(draft.facts.get("truncated")) is cut


@pytest.mark.parametrize("above, last, cut", [
    ("二、切实加强已婚学生的生育管理和服务", "各高", True),  # (under a numbered heading)
    ("二、切实加强已婚学生的生育管理和服务", "县计生协", False),
    ("1.宣传", "线上宣传:通过新生交流群、贴吧、社联官方微博、微信公众号等网", True),  # (a list of three, cut)
    ("1.宣传", "县卫健局、县妇联、县计划生育协会", False),  # (the bodies that sign it)
    ("大家觉得这是不雅的事情,不应该在大庭广众之下去说。", "活动在我的忐", True),  # (a writer's own words: no signature's)
    # (a line the preview wrapped in a sentence it began after its full stop, with no comma yet)
    ("(四)医疗服务水平方面。市人民医院、中医院、妇保院均与上", "级医院建立", True),
    ("(四)医疗服务水平方面。市人民医院、中医院、妇保院均与上", "某某县卫生健康局", False),
    ("附件:1", "**县2008年度人口与计划", True),  # (a title cut inside 计划生育)
    ("二○○七年九月三十日", "各族人民科学文化素质不断提", True),  # (an adverb, its verb cut to a character)
    ("二○○七年九月三十日", "全县群众的生活水平逐步", True),
    ("二○○七年九月三十日", "努力建设幸福家庭", False),  # (a heading: the adverb's verb whole)
    ("优秀奖根据评选情况确定。", "详情请", True),  # (a request cut before what it asks)
    ("优秀奖根据评选情况确定。", "附件:入会申请", False),
])
def test_a_short_last_line_under_a_heading_or_a_list_cut_short_marks_a_cut(run_step, above, last, cut):
    draft = run_step(PreviewCut(), [BODY, "成立一个全国性的机构也是必然趋势。", above, last])
    assert bool(draft.facts.get("truncated")) is cut


def test_a_name_bracketed_in_question_marks_at_the_end_is_a_cut_not_a_question(run_step):
    assert run_step(PreviewCut(), [BODY, "1、各类报刊的宣传。每个乡镇在?中国人口报?"]).facts.get("truncated")
    assert not run_step(PreviewCut(), [BODY, "大家知道什么是?暖心家园?"]).facts.get("truncated")


def test_a_previews_dots_after_a_space_go_too(run_step):
    draft = run_step(PreviewCut(), [BODY, "各试点根据当地的不同特点,有针对性地对计划生育困难家庭进行帮助 ......"])
    assert draft.lines[-1].endswith("进行帮助") and draft.facts.get("truncated")


def test_a_folds_button_in_the_texts_middle_marks_no_cut(clean):
    doc = clean("\n".join(["关于号召市民朋友积极参与疫情防控的倡议书", "广大市民朋友:", BODY, "展开全文",
                           "严格落实防控要求。始终把安全放在首位,带头遵守疫情防控各项规定,主动配合做好核酸检测和健康监测,不信谣、不传谣、不造谣。",
                           "期待更多的爱心加入,充分汇聚起同心战疫的强大力量。", "某市委文明办", "2022年11月11日"]))
    assert not doc.truncated and "展开全文" not in doc.text_original


def test_an_opening_mark_alone_on_the_last_line_is_a_cut(clean):
    # (the preview stopped where its next item opens: "(三)…")
    lines = ["关于开展幸福家庭评选活动的通知", "(一)宣传发动。在显著位置悬挂标语,营造浓厚的活动氛围。", BODY]
    doc = clean("\n".join([*lines, "("]))
    assert doc.truncated is True and not doc.text.endswith("(")
    assert clean("\n".join(lines)).truncated is False


@pytest.mark.parametrize("last, cut", [
    # a new paragraph's subject alone, cut before its verb
    ("全县育龄妇女受高等教育程度的比例", True),
    ("我县计划生育特殊家庭的数量", True),
    # a heading, a caption or a closing ends so
    ("全县计生协工作的几点体会", False),
    ("县计生协会长在会员活动日上的讲话", False),
    ("谢谢大家的支持", False),
    ("全县计生协的主要做法", False),
])
def test_a_new_paragraphs_subject_alone_at_the_end_marks_the_page(run_step, last, cut):
    assert bool(run_step(PreviewCut(), [BODY, last]).facts.get("truncated")) is cut


def test_a_text_that_stops_its_sentences_with_a_latin_full_stop_is_whole(run_step):
    lines = [BODY, "我社区加大宣传力度,收到良好效果.全体同志为全面实现小康目标作出新的贡献."]
    assert not run_step(PreviewCut(), lines).facts.get("truncated")


@pytest.mark.parametrize("last, cut", [
    ("(四)", True), ("四、", True), ("3、", True), ("(4)", True),
    # (a signature and its day: the text's own end)
    ("某镇人民政府", False), ("2010年12月20日", False),
])
def test_a_headings_number_alone_at_the_end_marks_the_page(run_step, last, cut):
    assert bool(run_step(PreviewCut(), [BODY, "3、女性成人教育有所加强。", last]).facts.get("truncated")) is cut


@pytest.mark.parametrize("items", [
    ["四、其他事项。", "1、请于1月14日前将会议回执报省计生协。", "(4)其他类别参会人员回执报省计生协办公室,联系人:宋佳。"],
    ["1.出生人口性别比水平情况。出生人口性别比在107及以下的,计满分;高于107的,按幅度分段计分。"],
])
def test_the_next_items_number_alone_at_the_end_marks_the_text_cut(clean, items):
    doc = clean("\n".join(["县计生协2023年工作考评办法", BODY, *items, "2"]))
    assert doc.truncated and not doc.text_original.endswith("2")


def test_a_pagers_number_under_a_text_with_no_item_before_it_is_no_cut(clean):
    doc = clean("\n".join(["县计生协2023年工作考评办法", BODY, "3"]))
    assert not doc.truncated and not doc.text_original.endswith("3")


@pytest.mark.parametrize("tail", [
    ["致老年朋友的慰问信", "全市老年朋友:", "今天"],  # a letter's first word under its salutation
    ["本年"],  # a time word that opens the next sentence
    ["【自"],  # an entry's bracketed heading begun
])
def test_a_new_paragraph_begun_and_cut_marks_the_text(clean, tail):
    doc = clean("\n".join(["县计生协工作报告", BODY, BODY, *tail]))
    assert doc.truncated


def test_the_headlines_print_cut_at_the_end_goes_and_marks_the_text(clean):
    title = "广西红十字会第八届理事会第六次会议在南宁召开"
    doc = clean("\n".join([title, BODY, title, BODY, "广西红十字会第"]))
    assert doc.truncated and doc.text_original.splitlines() == [BODY, BODY]


def test_a_signature_that_opens_the_headline_is_no_cut_print(clean):
    title = "工人新村社区计生协走访慰问计生特困家庭"
    doc = clean("\n".join([title, BODY, BODY, "工人新村社区计生协"]))
    assert not doc.truncated and doc.text_original.endswith("工人新村社区计生协")


def test_a_last_lines_address_ending_on_a_listed_street_is_no_cut(run_step):
    draft = run_step(PreviewCut(), [BODY, "导医台:0554-3622181", "医院地址:某市某新区水仙路东、民祥街南"])
    assert not draft.facts.get("truncated")
