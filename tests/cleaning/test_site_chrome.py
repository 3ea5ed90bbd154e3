"""Chrome of kinds of site the seeds do not show: doc-sharing previews (docin, wenku, book118), WeChat
articles, 360doc, portals, forums and fanwen sites. Each kind goes, and the document's own lines stay."""

from __future__ import annotations

import pytest

from cleaners.banners import SiteBanners
from cleaners.listing_metadata import UploadMetadata
from cleaners.navigation import Navigation
from cleaners.spam import InjectedSpam
from cleaners.truncation import PreviewCut, TruncationNotice

BODY = "各级计生协要积极发挥群众组织的特有优势，坚持以人为本，把服务和维权作为今后工作的重要抓手。"
BODY2 = "我们积极争取资金，走访慰问计生特殊家庭46户，发放慰问金4.6万元，帮助他们解决实际困难。"


def removed(draft, rule):
    return [r.text for r in draft.removed if r.rule == rule]


@pytest.mark.parametrize("furniture", [
    "上一条：关于做好2022年计划生育特殊家庭住院护理补贴保险工作的通知", "下一条：生育关怀行动知识问答",
    "友情链接：中国计划生育协会 | 省计划生育协会 | 汀洲市卫生健康委员会", "相关链接：中国政府网 省人民政府 市人民政府",
    "【列印】【關閉】", "转藏到我的图书馆", "返回搜狐,查看更多", "收录于合集", "关注该公众号",
    "汀洲市计划生育协会欢迎您!今天是：2024年3月5日 星期二", "今天是：2024年3月8日", "星期五", "16:30:05",
    "阅读 1024", "分享 收藏 赞 在看", "2 积分",
    "请自觉遵守互联网相关的政策法规，严禁发布色情、暴力、反动的言论。",
    "请注意甄别内容中的联系方式、诱导购买等信息，谨防诈骗。如发现有害或侵权内容，请点击一键举报。",
    "您当前的位置：首页 > 领导讲话", "热门搜索：计生协 生育关怀 会员之家",
    "GMT+8, 2024-5-12 21:36 , Processed in 0.062817 second(s), 23 queries .",
    "图为清河市计划生育协会五届三次理事会议现场。(摄影 xx)", "图为会议现场。图片来源:区计生协", "全市规范化会员之家建设成果展示(市计生协供图)",
    "1523人阅读 46次下载", "阅读 (123)", "阅读时间:约5分钟", "閱讀時長:5分鐘", "阅读时间:5分钟阅读量:321", "阅 87 转 3", "发布于:湖北省", "#计生协工作 23个", "文档贡献者", "+1", "首赞",
    "来自: 晴川书屋 > 《工作报告》", "签名:基层计生人,用心服务每一个家庭。", "文档信息",
    "↑点上面蓝色小字丨", "点上方蓝字关注我们",  # a WeChat account's prompt to follow it
])
def test_chrome_lines_go(run_step, furniture):
    draft = run_step(Navigation(), [BODY, furniture, BODY2])
    assert draft.lines == [BODY, BODY2]


@pytest.mark.parametrize("heading", ["相关文档推荐", "该用户的其他文档", "类似文章", "相关资源", "最新文档", "热门文档", "相关链接:",
                                     "看了“2022年乡镇计生协工作总结”的人还看了：", "往期推荐"])
def test_link_lists_under_other_headings_go(run_step, heading):
    links = ["村计生协会员之家活动记录.doc", "暖心!县计生协走访慰问计生特殊家庭", "社区计生协年度工作总结"]
    draft = run_step(Navigation(), [BODY, BODY2, heading, *links])
    assert draft.lines == [BODY, BODY2]


def test_menus_above_and_below_the_text_go(run_step):
    head = ["首页 文档分类 VIP专区 创作中心 上传文档", "书房", "圈子", "我的文档", "区计划生育协会工作报告"]
    foot = ["新手上路", "成长任务", "编辑入门", "编辑规则"]
    draft = run_step(Navigation(), [*head, BODY, BODY2, *foot])
    assert draft.lines == ["区计划生育协会工作报告", BODY, BODY2]


@pytest.mark.parametrize("slogan", [
    ["凝心聚力 担当作为 开拓创新"],
    ["凝心聚力", "担当作为", "开拓创新"],
    ["团结奋进 担当作为 奋力开创全县计生协事业高质量发展新局面"],
])
def test_a_slogan_title_is_not_a_menu(run_step, slogan):
    lines = [*slogan, "——在县计生协第四次会员代表大会上的工作报告", "各位代表、同志们：", BODY, BODY2]
    assert run_step(Navigation(), lines).lines == lines


def test_the_documents_own_short_lines_stay(run_step):
    """A signature, a date and the headings and table rows between sentences are not menus."""
    lines = [BODY, "一、基本情况", "二、主要做法", "三、下步打算", "单位 户数 金额 备注", BODY2,
             "县计生协", "2021年12月15日"]
    assert run_step(Navigation(), lines).lines == lines


def test_a_page_without_sentences_is_left_to_the_other_rules(run_step):
    # (a column's name known as one, "工作动态", "通知公告", goes wherever it stands)
    lines = ["协会简介", "领导讲话", "会员之家", "基层风采"]
    assert run_step(Navigation(), lines).lines == lines


def test_a_list_pages_menus_and_pager_go_and_its_links_stay(run_step):
    links = ["在南湖市计生协六届二次理事会议上的工作报告", "2023-02-16", "在全市计生协工作会议上的讲话", "2021-03-12",
             "在全市“暖心家园”项目推进会上的讲话", "2019-11-28"] * 2  # the links are most of the page
    pager = ["共", "86", "条记录", "每页", "15", "条", "当前第", "页", "1", "2", "3", "转到第", "页 GO"]
    assert run_step(Navigation(), ["网站首页", "工作动态", "通知公告", "关于", *links, *pager]).lines == links


@pytest.mark.parametrize("row, published", [
    ("约12页 | 2022-07-10 发布 | 浏览量:216 | 下载次数:9", "2022-07-10"),
    ("原创 桐岭计生协 桐岭计生协 2023-03-08 17:30 发表于湖南", "2023-03-08"),
    ("2021-09-14  晴川书屋  阅 87  转 3", "2021-09-14"),
    ("贡献于2019-12-26", "2019-12-26"),
    ("文档格式:.doc   文档页数:6页   文档大小:35.5K   文档热度:", None),
    ("本文链接:http://www.example.com/zongjie/2021/1220/12345.html", None),
    ("索引号：11341127003012345K/202301-00004  发布机构：柳溪镇人民政府", None),
])
def test_listing_rows_of_other_sites_go(run_step, row, published):
    draft = run_step(UploadMetadata(), ["乡镇计生协会2021年工作总结", row, BODY])
    assert draft.lines == ["乡镇计生协会2021年工作总结", BODY]
    assert draft.facts.get("published") == published


def test_a_forum_posts_stamped_row_below_its_chrome_dates_the_page(run_step):
    chrome = ["计生协工作交流论坛", "快捷导航"] + [f"版块{i}" for i in range(16)]
    draft = run_step(UploadMetadata(), [*chrome, "楼主 发表于 2019-3-5 10:21 | 只看该作者 | 倒序浏览", BODY])
    assert draft.facts["published"] == "2019-03-05"
    assert draft.lines == [*chrome, BODY]


def test_the_date_a_document_was_written_is_not_when_it_was_published(run_step):
    draft = run_step(UploadMetadata(), ["成文日期：2023-01-06", "发布日期：2023-01-09", BODY])
    assert draft.facts["published"] == "2023-01-09"


@pytest.mark.parametrize("line", [
    "2019-03-05，全县计生协工作会议在县城召开，会议总结了去年的工作。",
    "在2021年全国计生协工作会议上的讲话 2021-03-12 全文",
])
def test_a_sentence_or_title_with_a_date_is_not_a_listing_row(run_step, line):
    assert run_step(UploadMetadata(), [line, BODY]).lines == [line, BODY]


@pytest.mark.parametrize("button", ["全文阅读已结束", "下载文档", "下载文档到电脑,查找使用更方便",
                                    "免费下载 | 下载word版 | 复制全文 | 收藏本文", "下载本文档需要登录,并付出相应积分。"])
def test_a_download_button_is_not_a_truncation(run_step, button):
    draft = run_step(TruncationNotice(), [BODY, button])
    assert draft.lines == [BODY]
    assert "truncated" not in draft.facts


@pytest.mark.parametrize("button", ["还剩3页未读,继续阅读", "还剩...页未读,继续阅读", "免费下载此文档查看全部内容"])
def test_a_button_that_says_text_is_missing_is(run_step, button):
    draft = run_step(TruncationNotice(), [BODY, button])
    assert draft.lines == [BODY]
    assert draft.facts["truncated"] is True


def test_a_stated_length_is_measured_against_what_the_page_shows(run_step):
    whole = run_step(TruncationNotice(), ["(全文共90字)", BODY, BODY2])
    assert whole.facts["declared_chars"] == 90 and "truncated" not in whole.facts
    assert not PreviewCut()(whole).facts.get("truncated")
    part = run_step(TruncationNotice(), ["(全文共9000字)", BODY, BODY2])
    assert PreviewCut()(part).facts["truncated"] is True


@pytest.mark.parametrize("banner", [
    "(此文档为word格式,可任意修改编辑!)",
    "本文2023年在全县计生协工作会议上的讲话到此分享完毕,希望对大家有所帮助。",
    "平台声明:该文观点仅代表作者本人,搜狐号系信息发布平台,搜狐仅提供信息存储空间服务。",
    "《在全镇计生协工作会议上的典型发言.doc》由会员上传分享,免费在线阅读,更多相关内容请在文库巴巴上搜索。",
    "该文档为用户上传,内容仅代表上传者观点,若内容存在侵权,请进行举报或认领",
])
def test_banners_of_other_sites_go(run_step, banner):
    assert run_step(SiteBanners(), [banner, BODY]).lines == [BODY]


def test_an_associations_own_site_named_in_its_text_stays(run_step):
    line = "答：群众可向所在村（社区）计生协咨询，或通过本网站“会员之家”栏目留言。"
    assert run_step(SiteBanners(), [line]).lines == [line]


@pytest.mark.parametrize("dirty, clean", [
    ("全年共走访慰问计生特殊家庭42户,【传奇霸业新服今日开启,登录即送VIP十级】发放慰问金3.8万元。",
     "全年共走访慰问计生特殊家庭42户,发放慰问金3.8万元。"),
    ("举办健康讲座8场,急用钱?速借宝身份证秒批5万元!评选“健康家庭”30户。", "举办健康讲座8场,评选“健康家庭”30户。"),
    ("是服务群众的重要阵地，【笔杆文库 www.bgwk8.com】是计生协开展活动的主要平台。", "是服务群众的重要阵地，是计生协开展活动的主要平台。"),
    ("开展心理慰藉bgwk8_5Fq2a和生活照料。", "开展心理慰藉和生活照料。"),
    ("全区已建成会员之家42个，bgwk8_5Fq2a占村总数的61%。", "全区已建成会员之家42个，占村总数的61%。"),
    ("针对留守儿童开展“平安暑假”活动(工作总结范文大全),帮助孩子们增强自我保护意识。",
     "针对留守儿童开展“平安暑假”活动,帮助孩子们增强自我保护意识。"),
])
def test_spam_spliced_into_a_sentence_goes(run_step, dirty, clean):
    assert run_step(InjectedSpam(), [dirty]).lines == [clean]


@pytest.mark.parametrize("line", ["全市开展H7N9防控知识宣传，项目编号XM_2021已上报。", "推进“互联网+计生”服务，建成网上计生协。",
                                  "【典型案例】县计生协开展生育关怀活动。"])
def test_codes_and_brackets_of_the_document_stay(run_step, line):
    assert run_step(InjectedSpam(), [line]).lines == [line]


def test_a_slogan_below_a_forum_users_panel_stays(run_step):
    """The panel's items and the slogan's phrases make one run of short lines; the phrases right above the
    title's last part are the slogan's."""
    lines = ["青峰小协", "486", "中级会员", "发消息", "夯实基层基础", "创新服务载体", "推动全镇计生协工作提质增效",
             "尊敬的各位领导、同志们:", BODY, BODY2]
    for split in (False, True):
        draft = run_step(Navigation(split=split), lines)
        assert draft.lines == lines[4:]


def test_after_a_split_a_run_of_short_lines_needs_a_word_of_a_menu(run_step):
    chrome = ["wxs2008", "楼主", "帖子 312"]
    slogan = ["夯实基层", "服务载体", "推动工作"]
    tail = ["在全县计生协工作推进会上的交流发言", BODY, BODY2]
    assert run_step(Navigation(split=True), [*chrome, *tail]).lines == tail
    assert run_step(Navigation(split=True), [*slogan, *tail]).lines == [*slogan, *tail]


@pytest.mark.parametrize("line", ["计生协工作交流论坛 » 论坛 › 工作交流 › 基层协会 › 在全县计生协工作推进会上的交流发言",
                                  "查看: 3148|回复: 2"])
def test_forum_breadcrumbs_and_counts_go(run_step, line):
    draft = UploadMetadata()(run_step(Navigation(), [line, BODY]))
    assert draft.lines == [BODY]


def test_the_dates_of_a_list_page_are_not_its_own(run_step):
    rows = [x for t, d in [("在全市计生协工作会议上的讲话", "2021-03-12"), ("在全市计生协六届一次理事会议上的讲话", "2022-01-18"),
                           ("在全市会员之家建设现场观摩会上的讲话", "2021-09-27")] for x in (t, d)]
    draft = run_step(UploadMetadata(), ["领导讲话", *rows])
    assert draft.lines == ["领导讲话", *rows]
    assert "published" not in draft.facts


@pytest.mark.parametrize("furniture", ["【下载本文】", "点击查看更多>>", "友善列印", "回上一頁", "回頁首", "前一篇：柘湾村2019年计生协工作计划",
                                       "後一篇：參加鎮計生協業務培訓有感", "建議使用 Chrome、Edge 瀏覽器，最佳瀏覽解析度 1280×1024",
                                       "举报/反馈", "文章被以下专栏收录", "标签：计生协 工作总结 村务"])
def test_more_chrome_lines_go(run_step, furniture):
    assert run_step(Navigation(), [BODY, furniture, BODY2]).lines == [BODY, BODY2]


@pytest.mark.parametrize("row", ["瀏覽人次：1,024", "字級：小 中 大", "热度：2698℃", "编辑于 2021-07-10 21:05"])
def test_more_listing_labels_go(run_step, row):
    assert run_step(UploadMetadata(), ["标题", row, BODY]).lines == ["标题", BODY]


def test_the_date_a_document_was_sent_is_not_when_it_was_published(run_step):
    draft = run_step(UploadMetadata(), ["发文日期：2024-02-26　　发布日期：2024-02-28", BODY])
    assert draft.facts["published"] == "2024-02-28"


@pytest.mark.parametrize("button", ["打开APP阅读全文", "App内查看"])
def test_app_buttons_mark_a_partial_page(run_step, button):
    draft = run_step(TruncationNotice(), [BODY, button])
    assert draft.lines == [BODY] and draft.facts["truncated"] is True


def test_a_paywalls_notice_and_its_membership_button_mark_the_page_partial(clean):
    doc = clean("\n".join(["在全市卫生健康工作表彰大会上的讲话", "此内容为付费阅读,请付费后查看", "年度会员", "同志们:", BODY]))
    assert doc.text_original.splitlines() == ["同志们:", BODY] and doc.truncated


@pytest.mark.parametrize("advert", ["打开APP，阅读体验更佳", "打开APP阅读更多精彩内容", "打开APP,领50积分"])
def test_an_apps_advert_goes_without_marking_the_page_partial(run_step, advert):
    draft = run_step(TruncationNotice(), [BODY, advert, BODY])
    assert draft.lines == [BODY, BODY] and not draft.facts.get("truncated")


@pytest.mark.parametrize("dirty, clean", [
    ("今天，我们在这里欢聚一堂，【美句摘录网手机版 m.meijuzl.com 随时随地看美句】共同庆祝协会成立41周年。",
     "今天，我们在这里欢聚一堂，共同庆祝协会成立41周年。"),
    ("在宣传倡导、健康促进、【领取最新公文写作素材，关注公众号】帮扶关怀等方面做了大量工作。",
     "在宣传倡导、健康促进、帮扶关怀等方面做了大量工作。"),
])
def test_bracketed_adverts_go(run_step, dirty, clean):
    assert run_step(InjectedSpam(), [dirty]).lines == [clean]


def test_an_authors_bracket_about_its_own_account_stays(run_step):
    line = "【扫码关注县计生协公众号】及时了解生育关怀政策。"
    assert run_step(InjectedSpam(), [line]).lines == [line]


@pytest.mark.parametrize("advert", ["澳门鼎盛娱乐城 注册送38元 官网：www.ds8899.vip", "无抵押贷款 当天放款 微信:dk6688",
                                    "【网赚兼职】日结300 手机就能做 QQ:33889977",
                                    "www.wen8xxx.com 专业代写 各类总结报告讲话稿 当天交稿"])
def test_an_advert_line_goes_whole_before_paragraphs_split_it(clean, advert):
    doc = clean("\n".join(["在全区计生协理事会上的发言", BODY, advert, BODY2]))
    assert doc.text_original.split("\n") == [BODY, BODY2]


def test_an_adverts_contact_spliced_into_a_sentence_goes(run_step):
    line = "推动街道计生协代办大额信用卡加微信kk5566规范化建设全覆盖；"
    assert run_step(InjectedSpam(), [line]).lines == ["推动街道计生协规范化建设全覆盖；"]


@pytest.mark.parametrize("row", ["时间：2022-02-16 07:35:12  来源：网友投稿  作者：佚名  点击：", "发布：2023-02-21"])
def test_a_listing_with_an_empty_count_or_a_short_label_goes(run_step, row):
    draft = run_step(UploadMetadata(), ["标题", row, BODY])
    assert draft.lines == ["标题", BODY] and draft.facts["published"] in ("2022-02-16", "2023-02-21")


@pytest.mark.parametrize("furniture", ["港文庫 gangwenku.hk ｜ 講稿 · 報告 · 總結 ｜ 繁 ｜ 簡", "【收藏本文】", "【纠错】",
                                       "本頁由簡體中文網頁自動轉換為繁體中文，僅供閱讀參考", "返回簡體原文 ｜ 純文字模式 ｜ 關閉轉換"])
def test_gateway_and_mirror_chrome_goes(run_step, furniture):
    assert run_step(Navigation(), [BODY, furniture, BODY2]).lines == [BODY, BODY2]


def test_a_related_list_headed_by_the_title_goes(run_step):
    lines = [BODY, BODY2, "【市计生协2021年工作报告】相关文章：", "市计生协2020年工作报告", "市计生协2019年工作报告"]
    assert run_step(Navigation(), lines).lines == [BODY, BODY2]


@pytest.mark.parametrize("banner", [
    "《青石街道计生协2021年工作总结.docx》由用户上传分享，可免费在线预览，更多相关《青石街道计生协2021年工作总结.docx》请在墨知文库上搜索。",
    "本文档由墨知文库用户上传，仅供在线预览，不得用于商业用途。",
])
def test_preview_banners_go(run_step, banner):
    assert run_step(SiteBanners(), [banner, BODY]).lines == [BODY]


def test_a_pdfs_running_header_goes_inside_the_text_and_its_letterhead_stays(run_step):
    head = ["岚溪县计划生育协会", "岚计生协发〔2023〕5号", "关于开展会员活动日系列活动的通知"]
    page = ["岚溪县计划生育协会", "岚计生协发〔2023〕5号", "— 2 —"]
    lines = [*head, BODY, *page, BODY2, *page, BODY]
    assert run_step(Navigation(), lines).lines == [*head, BODY, BODY2, BODY]


def test_a_tables_value_in_every_row_is_no_running_header(clean):
    """A table a page printed with spaces, split into its cells: a column's value repeats row after row."""
    rows = [["地区", "每月奖励金额(元)", "发放方式", "备注"], ["北京市", "100", "按月发放", "男性60岁,女性55岁起"],
            ["上海市", "90", "按月发放", "女性55岁起"], ["广东省", "80", "按月发放", "男性60岁,女性55岁起"],
            ["四川省", "70", "按月发放", "男女均为55岁起"]]
    doc = clean("\n".join([BODY, *(" ".join(row) for row in rows), BODY2]))
    assert doc.text_original.split() == [BODY, *(cell for row in rows for cell in row), BODY2]


def test_a_short_line_the_document_repeats_once_stays(run_step):
    lines = [BODY, "一、加强组织建设", BODY2, "一、加强组织建设", BODY]
    assert run_step(Navigation(), lines).lines == lines


def test_english_lines_above_and_below_the_text_go(run_step):
    lines = ["China Family Planning Association", BODY, BODY2,
             "Notice: The content above (including the pictures and videos if any) is uploaded by a user."]
    assert run_step(Navigation(), lines).lines == [BODY, BODY2]


def test_a_stamped_row_below_the_text_needs_its_word(run_step):
    draft = run_step(UploadMetadata(), [BODY, BODY2, "编辑于 2021-07-10 21:05", "柘湾村计生协 2021-07-10"])
    assert draft.lines == [BODY, BODY2, "柘湾村计生协 2021-07-10"]


def test_a_posts_button_row_below_the_text_dates_the_page(run_step):
    # the post's own buttons, the report button among them, then its time: the page's date, a comment's no
    draft = run_step(UploadMetadata(), [BODY, BODY2, "編輯 舉報 2024-02-24 13:09", "0個評論", "网友甲 回复 举报 2024-02-25 08:00"])
    assert draft.lines == [BODY, BODY2, "0個評論", "网友甲 回复 举报 2024-02-25 08:00"]
    assert draft.facts["published"] == "2024-02-24"


def test_a_link_list_item_may_have_a_comma(run_step):
    lines = [BODY, BODY2, "相关新闻", "夏季高温来袭，这些防暑知识要记牢", "全市中考报名工作即将开始"]
    assert run_step(Navigation(), lines).lines == [BODY, BODY2]


@pytest.mark.parametrize("link", ["跳至內容", "跳到导航", "跳转到内容", "跳到主要內容區", "跳转到路径导航栏", "跳转到正文内容"])
def test_a_skip_link_goes(run_step, link):
    assert run_step(Navigation(), [link, BODY, BODY2]).lines == [BODY, BODY2]


def test_a_site_name_under_a_skip_link_is_no_title():
    from cleaners.draft import Draft
    from cleaners.title import Title

    lines = ["跳到主要內容區", "鄉鎮計生資訊網（鏡像站）", "在霽川鎮計生協第三次會員代表大會上的講話", "同志們：", BODY]
    draft = Title()(Navigation()(Draft(lines=lines, kind="text")))
    assert draft.facts["title"] == "在霽川鎮計生協第三次會員代表大會上的講話"
    assert draft.lines[-2:] == ["同志們：", BODY]


@pytest.mark.parametrize("ad", [["關注微信號xnz360hao 進入:", "【土壤改良、科學種植、新農資經銷商】群"], ["关注我们的微信公众号:abc_2024"]])
def test_a_call_to_follow_an_account_and_join_its_group_goes(run_step, ad):
    assert run_step(Navigation(), [*ad, BODY, BODY2]).lines == [BODY, BODY2]


def test_a_sites_name_and_keywords_joined_by_underscores_go_and_a_page_title_stays(run_step):
    banner = "某某在线_客家祖地_苏区_某某故里_长征出发地_某某新闻_某某新闻中心"
    assert run_step(Navigation(), [banner, BODY, BODY2]).lines == [BODY, BODY2]
    title = "某镇计生协召开会员代表大会_工作动态_某某县计生协"
    assert run_step(Navigation(), [title, BODY, BODY2]).lines == [title, BODY, BODY2]


def test_a_hot_news_heading_under_the_story_goes(run_step):
    assert run_step(Navigation(), [BODY, BODY2, "热门新闻"]).lines == [BODY, BODY2]


@pytest.mark.parametrize("notice", ["查看隐藏内容(*)需先登录", "某某电视台广告投放热线↓↓↓建议及供稿lbtv"])
def test_a_forums_login_gate_and_a_stations_advert_line_go(run_step, notice):
    assert run_step(Navigation(), ["某某县妇幼保健培训班开班", notice, BODY, BODY2]).lines == ["某某县妇幼保健培训班开班", BODY, BODY2]


@pytest.mark.parametrize("button", ["预览", "下载得到文件列表"])
def test_a_download_pages_buttons_go(run_step, button):
    assert run_step(Navigation(), [BODY, button, BODY2]).lines == [BODY, BODY2]


@pytest.mark.parametrize("button", ["网站专栏", "回到頂端", "熱門:", "頁:", "本文插图", "某某大大二维码_副本_副本", "关注微博", "圖片實錄", "返回直播頁", "文字內容:",
                                    "直播入口:点击进入(直播结束后可直接查找完整回放视频)", "“爱某某”手机客户端下载方法:",
                                    "扫描下方“爱某某”二维码", "Produced By 大汉", "公文汇 www.gongwenhui.com", "新闻速递", "爱问(iAsk.com)", "不支持Flash", "本馆镜像全文|", "推荐本文 |  |", "获取CNKI官网全文", "上QQ阅读APP看书,第一时间看更新", "打印页面",
                                    "评论一下", "进入专题: 人工流产   生殖健康", "选择字号:   本文共阅读 3308 次"])
def test_a_papers_library_buttons_and_a_sites_reading_widgets_go(clean, button):
    doc = clean("\n".join(["中国青少年生殖健康相关政策的案例研究", button, BODY, BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_an_author_over_his_column_button_stays(clean):
    doc = clean("\n".join(["胡某某:庞大群体的生殖健康危机", "胡某某 (进入专栏)", "一、引论", BODY, BODY2]))
    assert doc.text_original.splitlines() == ["胡某某", "一、引论", BODY, BODY2]


def test_a_slides_hosts_heading_over_the_transcript_goes(run_step):
    heading = 'Presentation on theme: "紅十字知識培訓班 第6節 中國紅十字會 修訂於2014年10月."— Presentation transcript:'
    assert run_step(Navigation(), [heading, BODY, BODY2]).lines == [BODY, BODY2]


def test_an_account_the_text_names_stays(run_step):
    line = "关注微信公众号“某某计生协”,可以第一时间了解各项惠民政策。"
    assert run_step(Navigation(), [BODY, line, BODY2]).lines == [BODY, line, BODY2]


@pytest.mark.parametrize("furniture", ["1.2万获赞 3068粉丝", "12 人赞同了该文章", "关注他"])
def test_self_media_cards_go(run_step, furniture):
    assert run_step(Navigation(), [BODY, furniture, BODY2]).lines == [BODY, BODY2]


def test_an_authors_other_articles_go(run_step):
    lines = [BODY, BODY2, "作者最新文章", "榆岭县开展“暖心护航”计生特殊家庭走访慰问活动", "秋冬季节，这份家庭健康提示请收好"]
    assert run_step(Navigation(), lines).lines == [BODY, BODY2]


def test_a_bracketed_source_note_goes(run_step):
    assert run_step(InjectedSpam(), [BODY, "（来源：榆岭县计划生育协会）"]).lines == [BODY]


def test_an_edit_stamp_goes_wherever_it_stands(run_step):
    lines = [BODY, "编辑于 2021-07-10 21:05", BODY2, "© 2021 知言 · 京ICP备12345678号 · 违法和不良信息举报：010-12345678，举报邮箱"]
    assert "编辑于 2021-07-10 21:05" not in run_step(UploadMetadata(), lines).lines


def test_zero_width_marks_are_no_text(clean):
    doc = clean("在社区计生协换届选举大会上的讲话\n\u200b关注他\n" + BODY + "\u200b\n" + BODY2)
    assert "\u200b" not in doc.text_original and doc.text_original.split("\n") == [BODY, BODY2]


def test_a_title_a_pdf_wrapped_is_joined_and_a_letterhead_is_no_title():
    from cleaners.draft import Draft
    from cleaners.title import Title

    lines = ["岚溪县计划生育协会文件", "岚计生协发〔2023〕5号", "关于开展2023年“5·29”计生协会员", "活动日系列活动的通知",
             "各乡镇（街道）计生协，县计生协各会员单位：", BODY]
    draft = Title()(Draft(lines=["某某网", *lines], kind="text"))
    assert draft.facts["title"] == "关于开展2023年“5·29”计生协会员活动日系列活动的通知"


def test_a_site_name_line_is_no_advert(run_step):
    """SpamLines drops a short line for its advert terms, not for the words its scan looks for."""
    from cleaners.spam import SpamLines

    assert run_step(SpamLines(), ["笔友范文网 - 免费范文下载", BODY]).lines == ["笔友范文网 - 免费范文下载", BODY]


def test_the_sites_decorated_title_above_the_text_goes():
    from cleaners.draft import Draft
    from cleaners.title import Title

    lines = ["计生协会长讲话稿范文", "在全市计生协会长工作座谈会上的讲话", "同志们：", BODY]
    draft = Title()(Draft(lines=lines, kind="text"))
    assert draft.lines == ["同志们：", BODY]
    assert draft.facts["title"] == "在全市计生协会长工作座谈会上的讲话"


@pytest.mark.parametrize("furniture", ["【收藏本页】【打印本文】【关闭窗口】", "【大字体】【中字体】【小字体】【打印】【关闭】", "15:36", "[图片]",
                                       "图为会议现场。", "通讯员 张晓", "附件:在市计生协五届三次理事会议上的工作报告.docx", "附件下载:无",
                                       "手机扫码 继续阅读", "已浏览1208次 · 被下载96次 · 需5积分", "4.2分(15人评价)",
                                       "[ 下载(3下载券) ]  [ 加入文集 ]  [ 在线阅读 ]", "【在线预览】【立即下载】【☆收藏】【分享到微信】",
                                       "第2篇、第3篇仅对会员开放 [立即登录] [注册会员]", "支持 0 反对 0", "第1篇", "※推荐※"])
def test_still_more_chrome_goes(run_step, furniture):
    draft = run_step(Navigation(), [BODY, furniture, BODY2])
    assert draft.lines == [BODY, BODY2] and "truncated" not in draft.facts


def test_a_mobile_prompt_to_read_on_is_no_truncation(run_step):
    draft = run_step(TruncationNotice(), [BODY, "继续阅读"])
    assert "truncated" not in draft.facts


@pytest.mark.parametrize("row, published", [
    ("索 引 号:  11341122MB1A38672X/2022-00457        信息分类:  卫生健康 / 通知", None),
    ("公开日期:  2022-06-10                            文    号:  青计生协〔2022〕7号", "2022-06-10"),
    ("贡献者:xiaoyu***(分享于2023-09-17 10:42)", "2023-09-17"),
    ("通讯员 张晓   责任编辑:李敏   来源:县计生协   2023-03-16 10:25   阅读量:452", "2023-03-16"),
])
def test_catalogue_rows_and_dates_of_more_sites(run_step, row, published):
    draft = Navigation()(run_step(UploadMetadata(), ["县计生协召开2023年度工作会议", row, BODY]))
    assert draft.lines == ["县计生协召开2023年度工作会议", BODY]
    assert draft.facts.get("published") == published


def test_a_reading_after_a_space_goes(run_step):
    from cleaners.pinyin import PinyinAnnotations

    assert run_step(PinyinAnnotations(), ["縣計 (ji)生協第一時間", "村 (居)委會"]).lines == ["縣計生協第一時間", "村 (居)委會"]


@pytest.mark.parametrize("dirty, clean", [
    ("要以创建“健康家庭”为抓手,普及健康知识|扫码加入宝妈副业群 日结300+|,倡导文明健康的生活方式。",
     "要以创建“健康家庭”为抓手,普及健康知识,倡导文明健康的生活方式。"),
])
def test_an_advert_between_bars_goes_alone(run_step, dirty, clean):
    assert run_step(InjectedSpam(), [dirty]).lines == [clean]


def test_a_wechat_column_prefix_is_no_part_of_the_title():
    from cleaners.title import clean_title

    assert clean_title("学习强基|市计生协会长在全市计生协工作会议上的讲话") == "市计生协会长在全市计生协工作会议上的讲话"


def test_the_line_above_the_date_row_is_the_title(clean):
    page = "\n".join(["县计生协", "首页 协会概况 协会动态 通知公告 联系我们", "协会动态", "县计生协召开2023年度工作会议",
                      "通讯员 张晓   责任编辑:李敏   来源:县计生协   2023-03-16 10:25   阅读量:452", BODY, BODY2])
    doc = clean(page)
    assert doc.title == "县计生协召开2023年度工作会议" and doc.published == "2023-03-16"


def test_an_encyclopedias_edit_links_go(run_step):
    assert run_step(Navigation(), [BODY, "历史由来 [编辑]", BODY2]).lines == [BODY, "历史由来", BODY2]


def test_a_title_loses_a_trailing_separator():
    from cleaners.title import clean_title

    assert clean_title("区计划生育协会工作报告精.docx -") == "区计划生育协会工作报告"


@pytest.mark.parametrize("line", ["会员之家活动室仅对会员开放,每周开放三天", "提醒群众谨防诈骗", "倡导青少年文明上网",
                                  "建立意见反馈机制", "关注他们的身心健康"])
def test_body_lines_with_a_word_of_chrome_stay(run_step, line):
    assert run_step(Navigation(), [BODY, line, BODY2]).lines == [BODY, line, BODY2]


def test_a_preview_end_glued_to_the_last_paragraph_goes_alone(run_step):
    last = "同志们,新的一年,任务艰巨,使命光荣。让我们凝心聚力、奋发有为,推动全县计生协工作再上新台阶!"
    draft = run_step(SiteBanners(), [BODY, last + "……本文档共9页,已全部预览完毕……"])
    assert draft.lines == [BODY, last]


@pytest.mark.parametrize("line", ["推动创新服务载体建设，夯实基层基础。", "要迅速借鉴先进地区的经验做法。", "开通24小时在线服务热线，及时回应群众诉求。",
                                  "【关注民生】县计生协开展走访活动。"])
def test_words_that_contain_an_adverts_word_stay(run_step, line):
    assert run_step(InjectedSpam(), [line]).lines == [line]


def test_joint_signatories_below_the_text_stay(run_step):
    lines = [BODY, BODY2, "县计生协", "县卫健局", "县妇联", "县教育局", "2023年3月8日"]
    assert run_step(Navigation(), lines).lines == lines


def test_a_menu_right_above_a_dated_byline_is_no_slogan(run_step):
    lines = ["新聞中心", "政務服務", "互動交流", "走進城南", "（2022年1月14日在區計生協三屆五次理事會上）", "各位理事：", BODY, BODY2]
    assert run_step(Navigation(), lines).lines == lines[4:]


def test_a_dated_byline_with_its_place_gives_the_speech_date(clean):
    doc = clean("\n".join(["城南区计划生育协会2021年工作报告", "（2022年1月14日在区计生协三届五次理事会上）", "各位理事：", BODY, BODY2]))
    assert doc.speech_date == "2022-01-14"


@pytest.mark.parametrize("furniture", ["图为大会现场。记者 王某 摄", "未经授权禁止转载、摘编、复制或建立镜像", "【我要纠错】【打印】【关闭】",
                                       "（本頁面由繁體中文網自動轉換生成，如有錯漏敬請見諒）", "本文标签：计生协 工作会议 讲话稿", "分享：微信",
                                       "热点推荐"])
def test_chrome_of_the_last_round_goes(run_step, furniture):
    assert run_step(Navigation(), [BODY, furniture, BODY2]).lines == [BODY, BODY2]


def test_a_bracketed_source_note_with_a_reprint_request_goes(run_step):
    line = "要加强家庭健康促进。【本文来源：笔杆子范文网 转载请保留出处】深入实施家庭健康促进行动。"
    assert run_step(InjectedSpam(), [line]).lines == ["要加强家庭健康促进。深入实施家庭健康促进行动。"]


def test_the_sites_voice_in_brackets_inside_a_sentence_goes_alone(run_step):
    line = "全年培训家庭健康指导员3.2万人次,(小编推荐:2022年计生协工作会议讲话稿精选10篇)开展健康服务活动1.6万场次。"
    out = run_step(SiteBanners(), [line]).lines
    assert [ln.replace(" ", "") for ln in out] == ["全年培训家庭健康指导员3.2万人次,开展健康服务活动1.6万场次。"]


def test_a_preview_limit_glued_to_the_last_line_goes_and_marks_the_page(run_step):
    last = "开展青春健康教育进校园活动,计划覆盖全县"
    draft = run_step(TruncationNotice(), [BODY, last + " 亲,该文档总共7页,到这儿已超出免费预览范围,如果喜欢就下载吧!"])
    assert draft.lines == [BODY, last] and draft.facts["truncated"] is True


def test_the_replies_below_a_forum_post_go(clean):
    page = "\n".join(["计生协工作交流论坛", "楼主 发表于 2019-3-5 10:21 | 只看该作者 | 倒序浏览", "在全镇计生协工作会议上的发言", BODY, BODY2,
                      "老城南", "沙发 发表于 2019-3-5 11:02 | 只看该作者", "谢谢楼主分享,写得很实在,学习了!",
                      "溪口阿芳", "板凳", "会员之家“六有”标准具体指哪六有?能不能详细说说?这个问题我们村也遇到了。"])
    assert clean(page).text_original.split("\n") == [BODY, BODY2]


def test_a_page_that_is_no_forum_thread_keeps_what_follows_a_floor(run_step):
    lines = [BODY, "2楼 会议室开放时间", BODY2, "县计生协"]
    assert run_step(Navigation(), lines).lines == lines


@pytest.mark.parametrize("heading", ["网友评论", "評論列表", "留言（0）", "精选留言", "3条评论", "发表评论", "【网友评论】"])
def test_the_readers_comments_below_the_text_go(clean, heading):
    page = "\n".join(["桐溪随笔", BODY, BODY2, "县计划生育协会", heading, "山里的风 说:总结得很全面,学习了! 2020-07-16 08:40 回复",
                      "老计生:今年确实不容易,辛苦了,向基层的同志们致敬。", "昵称:　内容:　[送出]"])
    assert clean(page).text_original.split("\n") == [BODY, BODY2, "县计划生育协会"]


def test_a_comment_count_above_the_text_or_a_heading_with_text_below_it_cuts_nothing(clean):
    page = "\n".join(["评论(4)", BODY, "留言", BODY2, BODY + BODY2, "县计生协"])
    assert clean(page).text_original.split("\n") == [BODY, "留言", BODY2, BODY + BODY2, "县计生协"]
    said = "群众的评论和留言,我们要认真对待。"
    assert clean("\n".join([BODY, said, BODY2])).text_original.split("\n") == [BODY, said, BODY2]


def test_the_sites_owner_in_the_last_row_goes_without_a_footer_word(clean):
    owner = "主辦單位：臨江市城南區人民政府辦公室　承辦單位：城南區大數據中心　聯繫電話：0577-88553210"
    assert clean("\n".join([BODY, BODY2, owner])).text_original.split("\n") == [BODY, BODY2]
    split = ["主办单位：临江市城南区人民政府办公室", "联系电话：0577-88553210"]
    assert clean("\n".join([BODY, BODY2, *split])).text_original.split("\n") == [BODY, BODY2]


def test_a_notices_organisers_above_its_signature_stay(clean):
    lines = [BODY, BODY2, "主办单位：县计划生育协会", "承办单位：城关镇计划生育协会", "联系电话：0577-88553210",
             "县计划生育协会", "2023年5月10日"]
    assert clean("\n".join(lines)).text_original.split("\n") == lines


def test_an_editors_lead_above_a_reprinted_speech_goes_whole(run_step):
    lead = "2月21日,全市计生协工作会议召开。市计生协会长陈立平出席会议并讲话。现将讲话全文刊发如下,供学习参考。"
    assert run_step(SiteBanners(), [lead, BODY]).lines == [BODY]
    notice = ["现将有关事项通知如下:", "现将《2023年全县计生协工作要点》印发给你们,请结合实际认真贯彻落实。"]
    assert run_step(SiteBanners(), [*notice, BODY]).lines == [*notice, BODY]


def test_credits_below_the_text_go_however_much_chrome_follows(run_step):
    chrome = ["往期推荐", "▶ 市计生协召开2019年“5·29”会员活动日座谈会", "▶ 青山县：村（居）计生协“五有”建设有妙招",
              "长按识别二维码关注我们", "阅读原文", "阅读 2315　在看 36", "分享　收藏　赞　在看", "写留言", "微信扫一扫", "关注该公众号"]
    text = [BODY, BODY2] * 8  # the credits stand far from the page's head, and ten lines from its foot
    lines = [*text, "— END —", "来源：临江市计生协秘书处", "编辑：王某　审核：李某", *chrome]
    assert run_step(UploadMetadata(), lines).lines == [*text, "— END —", *chrome]


@pytest.mark.parametrize("notice", ["本文档共4页,已全部加载完毕", "已阅读到文档的结尾了", "已经到底了",
                                    "温馨提示:复制本文需要登录,点击登录后即可复制全文。",
                                    "【温馨提示】复制本文需要登录,注册会员可免费复制全文 >> 立即登录"])
def test_notices_that_the_whole_text_is_shown_or_copy_protected_go_and_cut_nothing(run_step, notice):
    draft = run_step(TruncationNotice(), [BODY, notice])
    assert draft.lines == [BODY] and not draft.facts.get("truncated")


@pytest.mark.parametrize("notice", ["试读已结束,", "免费阅读已结束,点击下载阅读完整文档", "本文档共12页,已加载3页,剩余9页未读"])
def test_notices_that_text_is_missing_still_mark_the_page(run_step, notice):
    draft = run_step(TruncationNotice(), [BODY, notice])
    assert draft.lines == [BODY] and draft.facts.get("truncated") is True


def test_a_listing_row_that_opens_like_a_preview_notice_keeps_its_date(clean):
    row = "本文档共12页 | 上传者:qingmu_2046 | 上传时间:2023-04-17 | 浏览:1,204"
    doc = clean("\n".join(["岚溪县计划生育协会六届二次理事会工作报告", row, BODY, BODY2]))
    assert doc.published == "2023-04-17" and doc.text_original.split("\n") == [BODY, BODY2]


@pytest.mark.parametrize("furniture", [
    "上一篇文章:在全镇计生协换届选举大会上的讲话", "下一封消息: [jsx-tongxun]", "阅读了该文档的用户还阅读了这些文档", "本栏目最新文章:",
    "6℃~14℃", "东北风3级", "空气质量:良", "农历正月廿五", "★★★★☆", "暂无评价", "查看原网页: jsx.tongjiang.gov.cn",
    "【复制全文】", "【纠错反馈】", "本页打印时间:2024年3月12日", "温馨提示:", "跳至 [   ] 页   GO", "文档介绍:",
    "文檔簡介:本文為省計生協領導在全省青春健康教育項目推進會上的講話全文,共5頁,可編輯。",
    "https://www.yunqi.gov.cn/art/2024/1/18/art_1229512_58901233.html     1/3",
])
def test_widgets_print_views_and_sharing_lists_go(run_step, furniture):
    assert run_step(Navigation(), [BODY, furniture, BODY2]).lines == [BODY, BODY2]


def test_file_names_below_the_texts_start_go_and_a_title_with_an_extension_above_it_stays(run_step):
    lines = ["在全县计生协工作会议上的讲话.docx", BODY, BODY2, "附件:", "三届四次理事会工作报告.docx",
             "岚溪县计生协2022年工作总结.doc   5页  ★★★★☆"]
    assert run_step(Navigation(), lines).lines == lines[:3]


def test_a_printed_pages_date_at_the_head_of_every_page_goes(run_step):
    lines = [BODY, "2024/3/12", BODY2, "2024/3/12", BODY]
    assert run_step(Navigation(), lines).lines == [BODY, BODY2, BODY]


@pytest.mark.parametrize("row", ["今日访问:127", "在线人数:3", "打印时间:2024-03-12"])
def test_visitor_counters_and_print_times_at_the_foot_go(run_step, row):
    lines = [BODY, BODY2, "县计划生育协会", row]
    assert run_step(UploadMetadata(), lines).lines == lines[:3]


def test_a_comment_heading_with_its_count_and_button(clean):
    page = "\n".join([BODY, BODY2, "网友评论(共0条)  [我要评论]", "昵称:", "内容:"])
    assert clean(page).text_original.split("\n") == [BODY, BODY2]


def test_a_site_menu_of_four_character_items_above_the_title_is_no_slogan(run_step):
    menu = ["網站首頁", "協會概況", "協會動態", "領導講話", "通知公告", "聯繫我們"]
    title = "在全市計生協“5·29”會員活動日紀念大會上的致辭"
    assert run_step(Navigation(), [*menu, title, BODY, BODY2]).lines == [title, BODY, BODY2]
    slogan = ["凝心聚力", "担当作为", "推动全市计生协工作高质量发展"]
    assert run_step(Navigation(), [*slogan, BODY, BODY2]).lines == [*slogan, BODY, BODY2]


@pytest.mark.parametrize("notice, cut", [("……此处省略1280字，解锁全文后可查看……", True), ("——以下内容需付费——", True),
                                         ("剩余33%内容未显示，支付¥4.90即可阅读并下载全文", True), ("（全文完）", False)])
def test_paid_sections_mark_the_page_and_the_end_mark_does_not(run_step, notice, cut):
    draft = run_step(TruncationNotice(), [BODY, notice, BODY2])
    assert draft.lines == [BODY, BODY2] and bool(draft.facts.get("truncated")) is cut


def test_lottery_game_and_live_stream_adverts_spliced_into_sentences_go(clean):
    line = "会员人数发展到【双色球大师推荐 今晚必中一等奖】6800余人，让群众少跑腿《江湖传说》手游开服送满级VIP、好办事。"
    assert "双色球" not in clean(line).text_original and "手游" not in clean(line).text_original


def test_a_notices_platform_support_line_and_free_downloads_in_a_sentence_stay(clean):
    lines = [BODY, "平台技术支持：0731-84561288", "联系电话：0731-84561290", BODY2,
             "今年3月，我们推出育儿系列推文，提供电子版食谱免费下载，很多年轻妈妈主动分享。", "县计划生育协会", "2024年4月26日"]
    assert clean("\n".join(lines)).text_original.split("\n") == lines
    assert clean("\n".join([BODY, BODY2, "技术支持：临江网络科技有限公司"])).text_original.split("\n") == [BODY, BODY2]


@pytest.mark.parametrize("credit", ["编辑｜许诺", "来源丨枫林区计生协宣传部", "审核 | 黄启明", "微信号｜fljsx2019", "编辑:栀玥〡审核:王韬"])
def test_wechat_credits_with_a_bar_for_a_colon_go_wherever_they_stand(run_step, credit):
    assert run_step(UploadMetadata(), [BODY, credit, BODY2, BODY]).lines == [BODY, BODY2, BODY]


def test_a_bar_after_a_word_of_the_text_is_no_credit(run_step):
    rows = ["浏览 | 收藏 | 分享", "计划 | 组织 | 实施"]
    assert run_step(UploadMetadata(), [BODY, *rows, BODY2, BODY]).lines == [BODY, *rows, BODY2, BODY]


@pytest.mark.parametrize("furniture", ["点击蓝字 关注我们", "- END -", "—END—", "▲ 培训现场　摄影｜梁晨",
                                       "〖字体: 〗 〖背景色: 杏仁黄 秋叶褐 胭脂红 芥末绿 天蓝 雪青 灰 银河白(默认色)〗 〖打印本稿〗〖关闭", "小字号",
                                       "位置：首页 >> 工作报告", "【视频】蔺川市计生协六届四次理事会召开", "喜歡本文請點贊 👍"])
def test_wechat_and_portal_chrome_goes(run_step, furniture):
    assert run_step(Navigation(), [BODY, furniture, BODY2]).lines == [BODY, BODY2]


def test_a_link_list_goes_on_through_titles_with_a_column_name_and_a_comma(run_step):
    items = ["“5·29”会员活动日｜这些暖心瞬间，你看到了吗？", "家门口的“健康课”开讲啦"]
    assert run_step(Navigation(), [BODY, BODY2, "往期推荐", *items]).lines == [BODY, BODY2]


def test_a_note_that_a_post_is_reprinted_goes(run_step):
    assert run_step(UploadMetadata(), ["標題", "轉載自公眾號：桑嶼村計生協", BODY]).lines == ["標題", BODY]


def test_a_random_tag_glued_to_a_word_goes_and_codes_and_names_stay(clean):
    assert clean(f"{BODY}\n形成工作合力Kq7xLb。{BODY2}").text_original == f"{BODY}\n形成工作合力。{BODY2}"
    kept = "做好H7N9和COVID19防控宣传，用好iPhone12和Win10Pro等设备，版本V2Beta10。"
    assert clean(f"{BODY}\n{kept}").text_original.split("\n")[1] == kept


def test_an_advert_of_terms_a_few_characters_apart_goes_with_its_name(clean):
    line = "协助做好补贴申领工作，让群众少跑腿《江湖传说》手游开服送满级VIP、好办事。"
    assert clean(f"{BODY}\n{line}").text_original.split("\n")[1] == "协助做好补贴申领工作，让群众少跑腿、好办事。"


def test_a_copys_signature_at_a_paragraphs_end_goes(clean):
    line = BODY2 + "本文来自范文狗 转载请注明出处"
    assert clean(f"{BODY}\n{line}").text_original.split("\n")[1] == BODY2


def test_search_words_under_a_title_go(run_step):
    title = "在枫渡镇计生协第四次会员代表大会上的讲话"
    words = "计生协讲话稿 计生协会员代表大会讲话稿 计生协换届讲话 乡镇计生协讲话稿范文"
    assert run_step(Navigation(), [title, words, BODY, BODY2]).lines == [title, BODY, BODY2]


def test_in_page_contents_and_related_lists_of_a_genre_go(run_step):
    toc = ["本文目录 [收起]", "1. 2021年主要工作成效", "2. 存在的主要问题"]
    assert run_step(Navigation(), ["标题", *toc, BODY, BODY2]).lines == ["标题", BODY, BODY2]
    related = ["相关工作总结:", "· 镇计生协2020年工作总结                     12-21"]
    assert run_step(Navigation(), [BODY, BODY2, *related]).lines == [BODY, BODY2]
    notice = ["相关要求：", "按时报送材料"]  # a notice's own heading stays
    assert run_step(Navigation(), [BODY, *notice, BODY2]).lines == [BODY, *notice, BODY2]


@pytest.mark.parametrize("furniture", ["今日头条:澄河镇召开经济工作大会  ▶  我镇开展春季森林防火专项检查  ▶",
                                       "2024年3月5日 星期二 农历正月廿五   澄河镇:多云 6℃~14℃ 东北风3级   空气质量:良",
                                       "澄河镇:多云", "[下载Word文档]   [复制全文(需登录)]"])
def test_tickers_and_weather_bars_go(run_step, furniture):
    assert run_step(Navigation(), [BODY, furniture, BODY2]).lines == [BODY, BODY2]


def test_a_clock_on_the_first_line_is_no_title_and_the_signatures_date_stays(clean):
    doc = clean("\n".join(["2024年3月5日", "柏岭村计生协2022年度工作汇报", BODY, BODY2, "柏岭村计划生育协会", "2023年1月6日"]))
    assert doc.text_original.endswith("柏岭村计划生育协会\n2023年1月6日") and doc.title == "柏岭村计生协2022年度工作汇报"


def test_a_sites_lead_before_its_editors_lead_in_goes_with_it(run_step):
    lead = "計生協一般指中國計劃生育協會。本站為大家整理的相關的在座談會上的講話,供大家參考選擇。"
    assert run_step(SiteBanners(), [lead, BODY]).lines == [BODY]
    own = "我讲三点意见,供大家参考。"  # the speaker's own words stay
    assert run_step(SiteBanners(), [BODY, own]).lines == [BODY, own]


@pytest.mark.parametrize("dirty, clean_line", [
    ("参与生育友好型2024新澳彩免费资料社会建设。", "参与生育友好型社会建设。"),
])
def test_lottery_words_injected_into_a_sentence_go(clean, dirty, clean_line):
    assert clean(f"{BODY}\n{dirty}").text_original.split("\n")[1] == clean_line


def test_an_adult_seo_line_above_the_page_goes(clean):
    doc = clean("\n".join(["国产亚洲精品AAA大片,五月天综合网在线欧美,久久久久九九精品影院", "在全县计生协工作会议上的讲话", BODY, BODY2]))
    assert doc.title == "在全县计生协工作会议上的讲话" and doc.text_original.split("\n") == [BODY, BODY2]


@pytest.mark.parametrize("furniture", ["朗读", "打印打印", "放大", "00005版:时政新闻", "第14B版:", "第5版(教育·科技·文化)", "专栏:",
                                       "原创", "我知道了", "账号+密码登录", "新聞熱線:0855-8222000", "正文复制"])
def test_reading_widgets_and_a_newspapers_buttons_go(run_step, furniture):
    assert run_step(Navigation(), [BODY, furniture, BODY2]).lines == [BODY, BODY2]


def test_a_headline_split_above_a_byline_is_no_menu_and_the_byline_goes(run_step):
    lines = ["市计生协会", "理事会换届", "□记者 陈晓苏", "本报讯", BODY, BODY2]
    assert run_step(Navigation(), lines).lines == ["市计生协会", "理事会换届", "本报讯", BODY, BODY2]


@pytest.mark.parametrize("page, title", [
    (["上海新闻", "福建省人口自推行计划生育以来少增长1600万", BODY], "福建省人口自推行计划生育以来少增长1600万"),
    (["新聞熱線:0855-8222000", "全县计生协工作会议召开", BODY], "全县计生协工作会议召开"),
    (["桐溪随笔", BODY], "桐溪随笔"),
])
def test_a_column_word_or_a_phone_line_above_the_title_is_passed_over(clean, page, title):
    assert clean("\n".join(page)).title == title


@pytest.mark.parametrize("text, org, region", [("进一步推进全市计生协事业改革。", "市计生协", None),
                                               ("特就做好新时期我市计生协工作提出意见。", "市计生协", None),
                                               ("全椒县计生协召开理事会。", "全椒县计生协", "全椒县")])
def test_the_organisation_is_a_place_and_a_name_not_a_verb_before_them(text, org, region):
    from cleaners.describe import organisation
    assert organisation("", text)[0] == org and organisation("", text)[2] == region


@pytest.mark.parametrize("notice, declared", [(["您现在查看是摘要页,全文长", "5725", "字符。"], 5725),
                                              (["全文预览已结束"], None), (["已阅读5页,"], None)])
def test_preview_notices_mark_the_page_cut_also_when_broken_over_lines(run_step, notice, declared):
    draft = run_step(TruncationNotice(), [BODY, *notice])
    assert draft.lines == [BODY] and draft.facts["truncated"] is True and draft.facts.get("declared_chars") == declared


@pytest.mark.parametrize("furniture", ["文档简介", "资源描述:", '<image>data:image/s3,"s3://crabby-images/9dc4e/9dc4e6d1a5d9a611f79f5eb6d5ac40d1e6e4ed20" alt="协会章程_第1页"</image>'])
def test_a_previews_labels_and_page_images_go(run_step, furniture):
    assert run_step(Navigation(), [BODY, furniture, BODY2]).lines == [BODY, BODY2]


def test_a_running_head_that_lost_its_page_numbers_goes_from_the_line(run_step):
    assert run_step(Navigation(), [BODY2 + " 18 第页共页"]).lines == [BODY2]  # (with its page's number)


def test_a_toned_reading_after_a_misdecoded_character_goes(run_step):
    from cleaners.pinyin import PinyinAnnotations
    assert run_step(PinyinAnnotations(), ["活動?,F(xiàn)場", "开展(PPT)展示"]).lines == ["活動?,F場", "开展(PPT)展示"]


@pytest.mark.parametrize("notice", ["迁安信息港原创资讯欢迎转载,转载敬请标明出处",
                                    "已經本網授權使用作品的,應在授權範圍內使用,違反上述聲明者,本網將追究其相關法律責任。"])
def test_a_news_sites_reprint_notice_goes_whole(run_step, notice):
    assert run_step(Navigation(), [BODY, BODY2, notice]).lines == [BODY, BODY2]


@pytest.mark.parametrize("caption", ["带领特殊家庭参观城市长卷合影", "澳門代表團在人民大會堂前合影", "志愿者与老人合影。新华区石岗街道供图"])
def test_a_group_photographs_caption_goes(run_step, caption):
    assert run_step(Navigation(), [BODY, caption, BODY2]).lines == [BODY, BODY2]


def test_a_sentence_that_says_a_photograph_was_taken_stays(run_step):
    line = "会后，全体代表合影留念。"
    assert run_step(Navigation(), [BODY, line, BODY2]).lines == [BODY, line, BODY2]


def test_a_catalogues_grid_goes_and_names_the_title_and_date(clean):
    grid = ["索引号 | 11341702728514493N/202205-00093 | 组配分类 | 组织开展群众文化活动 |",
            "发布机构 | 南山街道办事处 | 发文日期 | 2022-05-27 14:57 |",
            "发布文号 | 无 | 关键词 | 组织开展群众文化活动 |",
            "信息名称 | 南山街道：开展“倡新型婚育文化 促人口均衡发展”征文演讲 | 内容概述 |"]
    doc = clean("\n".join([*grid, BODY, BODY2]))
    assert doc.text == "\n".join([BODY, BODY2])
    assert doc.title == "南山街道：开展“倡新型婚育文化 促人口均衡发展”征文演讲"
    assert doc.published == "2022-05-27"


def test_a_row_of_a_tables_cells_with_no_catalogue_label_stays(run_step):
    row = "项目 | 金额 | 户数 | 人数 |"
    assert run_step(UploadMetadata(), [BODY, row, BODY2]).lines == [BODY, row, BODY2]


def test_a_question_and_answer_sites_frame_goes(run_step):
    frame = ["问题描述：", "在全县计生协工作会议上的讲话，求路过的大神留个言，帮个忙！", "最佳答案", "推荐答案"]
    assert run_step(Navigation(), [*frame, BODY, BODY2]).lines == [BODY, BODY2]


def test_a_summary_that_the_text_repeats_goes_and_one_it_does_not_stays(run_step):
    repeated = "摘要：" + BODY + " " + BODY2[:12]
    assert run_step(Navigation(), [repeated, BODY, BODY2]).lines == [BODY, BODY2]
    assert run_step(Navigation(), ["摘要：", BODY, BODY2]).lines == [BODY, BODY2]
    own = "摘要：本文总结了全市计生协三年来开展生育关怀行动的做法与成效，并提出下一步建议。"
    assert run_step(Navigation(), [own, BODY, BODY2]).lines == [own, BODY, BODY2]


def test_a_sentence_printed_twice_in_a_row_is_kept_once_and_a_doubled_caption_goes(run_step):
    assert run_step(Navigation(), [BODY, BODY, BODY2]).lines == [BODY, BODY2]
    caption = "本港夫妇平均子女数目跌至0.9创历史新低。"
    assert run_step(Navigation(), [BODY, caption, caption, BODY2]).lines == [BODY, BODY2]
    heading = "在全县计生协会员代表大会上的讲话"  # a title printed twice is Title's to take
    assert run_step(Navigation(), [heading, heading, BODY]).lines == [heading, heading, BODY]


def test_a_bare_summary_label_under_a_lead_goes(run_step):
    lead = "2017,某某区计划生育工作将这样开展……"  # a headline that ends as a sentence does: the bounds start at it
    assert run_step(Navigation(), [lead, "导读:", BODY, BODY2]).lines == [lead, BODY, BODY2]


def test_a_share_widgets_instructions_a_sites_greeting_and_a_wire_services_copyright_go(run_step):
    for furniture in ["打开微信,点击 “ 发现 ” ,使用 “ 扫一扫 ” 即可将网页分享至朋友圈。", "欢迎来到某某市卫生健康委员会!",
                      "(新華社提供,未經許可,嚴禁轉載)", "相关稿件"]:
        assert run_step(Navigation(), [BODY, furniture, BODY2]).lines == [BODY, BODY2], furniture
    # the author's own welcome stays
    welcome = "欢迎大家来到计生协会员之家,今天我们召开会员大会。"
    assert run_step(Navigation(), [BODY, welcome, BODY2]).lines == [BODY, welcome, BODY2]


def test_a_teaser_cut_off_above_the_paragraph_it_repeats_goes(run_step):
    teaser = BODY[:-12]  # the site's summary stops mid-sentence
    assert run_step(Navigation(), [teaser, BODY, BODY2]).lines == [BODY, BODY2]
    # a sentence the text goes on to repeat, and a title printed again, are no teaser
    whole = "区计生协召开五届三次理事会，会议审议通过了工作报告。"
    title = "区计生协召开五届三次理事会审议通过年度工作报告和财务报告"
    assert run_step(Navigation(), [whole, whole + BODY, BODY2]).lines == [whole, whole + BODY, BODY2]
    assert run_step(Navigation(), [title, title, BODY]).lines == [title, title, BODY]


def test_a_title_printed_again_and_again_above_the_text_is_no_menu(run_step):
    lines = ["县科协工作总结", "县科协工作总结", "县科协工作总结", "县科协工作总结1", BODY, BODY2]
    assert run_step(Navigation(), lines).lines[:4] == lines[:4]


@pytest.mark.parametrize("caption", ["报告会由中央直属机关工委副书记何虎林（左）主持。", "人口计生委副主任王培安（中）在“生育关怀行动”启动会上讲话",
                                     "2023年5月，93岁的彭珮云在卧室兼办公室中。图/受访者提供",
                                     "由於人口結構變化，各衛生所張貼新口號。圖/某報系資料照(1998/11/24 鄭毅攝影)",
                                     "华阳学校的学生们认真听课(图一)", "李老师在课堂上提出问题,与学生们互动(图2)"])
def test_a_caption_placing_someone_or_credited_after_a_slash_goes(run_step, caption):
    assert run_step(Navigation(), [BODY, caption, BODY2]).lines == [BODY, BODY2]


def test_a_sentence_with_a_left_bracket_of_its_own_stays(run_step):
    line = "会上，县计生协（左联会）负责人作了表态发言，与会人员进行了讨论。"
    assert run_step(Navigation(), [BODY, line, BODY2]).lines == [BODY, line, BODY2]


@pytest.mark.parametrize("furniture", ["img1", "Advertisiment", "打开网易新闻 查看精彩图片", "（第3/3页）"])
def test_image_placeholders_advert_labels_and_page_numbers_in_brackets_go(run_step, furniture):
    assert run_step(Navigation(), [BODY, furniture, BODY2]).lines == [BODY, BODY2]


def test_a_short_headline_right_above_the_text_is_no_item_of_the_menu_over_it(run_step):
    lines = ["« 返回前頁列印", "嚮往發呆 林創成", "樓價是最強避孕丸", BODY, BODY2]
    assert run_step(Navigation(), lines).lines == ["樓價是最強避孕丸", BODY, BODY2]
    menu = ["首页", "协会概况", "新闻中心", "通知公告栏目", BODY, BODY2]  # (a menu's last item is no headline)
    assert run_step(Navigation(), menu).lines == [BODY, BODY2]


def test_a_preview_page_number_run_in_after_a_sentence_goes(run_step):
    draft = run_step(Navigation(), [BODY, "县计生协乐观开展优生优育宣扬活动。3 / 3"])
    assert draft.lines == [BODY, "县计生协乐观开展优生优育宣扬活动。"]
    draft = run_step(Navigation(), [BODY, "为开展生育关怀行动提供物质保障。第4页2、开展关怀项目。"])
    assert draft.lines == [BODY, "为开展生育关怀行动提供物质保障。 2、开展关怀项目。"]
    kept = [BODY, "详见《实施方案》第4页。2023年共完成任务12/15项"]
    assert run_step(Navigation(), kept).lines == kept


def test_a_blog_posts_chrome_goes_and_its_title_under_its_tag_is_the_title(clean):
    text = "提起农村计生工作这个概念,有些人总会自然地把它与暴力、对抗等联系起来,过去我对农村计生工作的印象也有这样一些认识。"
    page = ["注册 登录", "加关注", "显示下一条  |  关闭",
            "温馨提示!由于新浪微博认证机制调整,您的新浪微博帐号绑定已过期,请重新绑定!立即重新绑定新浪微博》  |  关闭",
            "aqiang7191 的博客", "日志", "[原创报告文学] 亲历农村计划生育稽查运动",
            "2013-01-05 23:37:52|  分类: 生活日记 |  标签: |举报 |字号 订阅", "下载LOFTER 我的照片书  |", text, BODY]
    doc = clean("\n".join(page))
    assert (doc.title, doc.published) == ("亲历农村计划生育稽查运动", "2013-01-05")
    assert doc.text_original.splitlines() == [text, BODY]


def test_a_space_before_de_parts_no_paragraph(clean):
    line = "(纸质与电子档的都要上交 ),迟交 的扣1分,未交的扣3分。"
    assert clean("\n".join([BODY2, line, BODY])).text_original.splitlines() == [BODY2, line, BODY]
