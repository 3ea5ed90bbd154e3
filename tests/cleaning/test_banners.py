"""SiteBanners: the hosting site speaking (shared by a member, the editor's lead-in, disclaimers) goes,
in either script and punctuation width; a speaker addressing the audience stays."""

from __future__ import annotations

import pytest

from cleaners.banners import SiteBanners

TITLE = "2023年度在计生协改革工作会议上讲话"
BODY = "今日，我们召开全国计生协改革工作会，主要任务是总结改革成果，推动计生协改革持续深化。"


def removed(draft, rule="banner"):
    return [r.text for r in draft.removed if r.rule == rule]


@pytest.mark.parametrize("banner", [
    f"《{TITLE}.docx》由会员分享,可在线阅读,更多相关《{TITLE}.docx(12页珍藏版)》请在taowenge.com淘文阁网|工程机械CAD图纸|"
    "机械工程制图|CAD装配图下载|SolidWorks_CaTia_CAD_UG_PROE_设计图分享下载上搜索。",
    f"《{TITLE}.docx》由会员分享，可在线阅读，更多相关《{TITLE}.docx（12页珍藏版）》请在冰豆网上搜索。",
    "《區計劃生育協會工作報告精.docx》由會員分享,可在線閱讀,更多相關《區計劃生育協會工作報告精.docx(13頁珍藏版)》請在冰豆網上搜索。",
    "《區計劃生育協會工作報告精.docx》由會員分享，可在線閱讀，更多相關《區計劃生育協會工作報告精.docx（13頁珍藏版）》請在人人文庫網上搜索。",
    f"《{TITLE}》由用户yzw123分享,可在线阅读,更多相关内容请在原创力文档上搜索。",
])
def test_shared_by_a_member_banner_goes_whole(run_step, banner):
    draft = run_step(SiteBanners(), [banner, BODY])
    assert draft.lines == [BODY]
    assert removed(draft)


def test_shared_banner_for_a_title_with_its_own_book_marks(run_step):
    """Titles of forwarded documents hold 《》 themselves: the whole banner still goes, not just its tail."""
    title = "转发市计划生育协会《关于进一步做好新时期计划生育协会工作的报告》的通知"
    banner = f"《{title}.pdf》由会员分享，可在线阅读，更多相关《{title}.pdf（8页珍藏版）》请在冰豆网上搜索。"
    draft = run_step(SiteBanners(), [banner, BODY])
    assert draft.lines == [BODY]


@pytest.mark.parametrize("banner", [
    f"下面是小编为大家整理的{TITLE},供大家参考。",
    f"下面是小编为大家整理的{TITLE}，供大家参考。",
    f"下面是小編為大家整理的{TITLE}，供大家參考。",
    f"以下是本站为大家整理的{TITLE}，希望对大家有所帮助。",
    f"這篇{TITLE}是小編精心為大家收集整理的，歡迎閱讀參考！",
    f"本站为大家整理的{TITLE}，希望对您有用。",
    f"下面是小编精心整理的{TITLE}，仅供参考，大家一起来看看吧。",
])
def test_editor_lead_in_goes_from_its_line(run_step, banner):
    draft = run_step(SiteBanners(), [f"1、 {TITLE} {banner} 在计生协改革工作会议上的讲话 {BODY}"])
    assert banner not in " ".join(draft.lines)
    assert BODY in draft.lines[-1]
    assert draft.lines[0].startswith(f"1、 {TITLE}")


@pytest.mark.parametrize("banner", [
    f"【阅读指引】下面是某某阅读网友为您精心整理分享的“{TITLE}5篇”,以供您写作参考所用,希望此则范文对您有所帮助,"
    "整理文档很辛苦,赏杯茶钱您下走,喜欢就复制下载支持一下了!",
    f"【报告写作】以下精品范例“{TITLE}(集合4篇)”是由某某阅读热心的网友为您精挑细选,以供您写作参考之用,希望对您有所帮助,"
    "更多相关办公文档请搜索查阅,喜欢就复制下载支持吧!",
])
def test_a_sample_sites_note_under_its_columns_tag_goes_whole(run_step, banner):
    draft = run_step(SiteBanners(), [banner, TITLE, BODY])
    assert draft.lines == [TITLE, BODY]


@pytest.mark.parametrize("note", [
    "導語:計生協工作座談會發言詞一文來源于網友上傳,不代表本站觀點,若需要原創文章可咨詢客服老師,歡迎參考。",
    "導語：計生協工作座談會發言詞一文來源于網友上傳，不代表本站觀點，若需要原創文章可咨詢客服老師，歡迎參考。",
    "导语：计生协工作座谈会发言词一文来源于网友上传，不代表本站观点，若需要原创文章可咨询客服老师，欢迎参考。",
    "此文献不代表本站观点，内容供学习参考，请勿用于商业用途。",
    "声明：本文由网友投稿，版权归原作者所有，如有侵权请联系删除。",
    "聲明：本文由網友投稿，版權歸原作者所有，如有侵權請聯繫刪除。",
    "每年五月的第三个星期天是全国助残日,希望对大家有所帮助!如果你喜欢记得分享给身边的朋友哦!",
    "文档内容仅供研究参考,付费前请自行鉴别。",
    # a sharing site's download policy
    "下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。",
    "下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑、内容补充、找答案等附加服务。",
    "下載文檔前請自行甄別文檔內容的完整性，平台不提供額外的編輯、內容補充、找答案等附加服務。",
    "2. 2、\"仅部分预览\"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款",
    "3. 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。",
    "本文档内容版权归属内容提供方 , 如果您对本文有版权争议 , 可与客服联系进行内容授权或下架",
    # a site's words around the text: what it is, how to read it, who owns it
    "\u4e0b\u9762\u662f\u6587\u7ae0\u7684\u5168\u90e8\u5185\u5bb9\u8bf7\u8ba4\u771f\u9605\u8bfb\u3002",
    "\u6587\u7ae0\u7248\u6743\u5f52\u4f5c\u8005\u6240\u6709,\u672a\u7ecf\u5141\u8bb8\u8bf7\u52ff\u8f6c\u8f7d\u3002",
    "\u8ba1\u751f\u5de5\u4f5c\u603b\u7ed3\u8303\u6587,\u5e0c\u671b\u5927\u5bb6\u8ba4\u771f\u53c2\u8003",
    "\u4fbf\u4e8e\u5b66\u4e60\u548c\u4f7f\u7528,\u672c\u6587\u4e0b\u8f7d\u540e\u5185\u5bb9\u53ef\u968f\u610f\u8c03\u6574\u4fee\u6539\u53ca\u6253\u5370\u3002",
    # a template site's preface and its lesson on the genre
    "序論:速發表網結合其深厚的文秘經驗,特別為您篩選了11篇工作范文。歡迎隨時與我們的客服老師聯系!",
    "总结是事后对某一阶段的工作情况加以回顾检查并分析评价的书面材料,它可以锻炼我们的语言组织能力,快快来写一份总结吧。",
    "总结就是把一个时间段取得的成绩、存在的问题及得到的经验和教训进行一次全面系统的总结的书面材料,让我们一起来学习写总结吧。你想知道总结怎么写吗?",
    # a portal's note on where its news came from
    "- 新闻来源于其它媒体,内容不代表本站立场!",
    # an information site's plea to say where the reader saw the post
    "联系我时,请说明是在某某信息网看到的信息,谢谢。",
    "聯繫我時，請說明是在某某資訊網看到的信息，謝謝。",
    # its terms for reposts and comments after its first sentence, and who gave it the text
    "原创声明:本文系本站原创采写,欢迎转载!转载时必须在醒目位置注明本文出处和具体网页链接。对未注明而擅自转载者,本站保留追究法律责任的权利。",
    "网友评论仅供其表达个人看法,并不表明网站立场。",
    "本文原稿由网友“某某”提供。",
    "本文關鍵詞:人口學,由某某文化傳播整理發布。",
    # what it does not vouch for, whole; and a paper's rights over its e-edition
    "免责声明:本答案或内容为用户上传,不代表本网观点。其原创性以及文中陈述文字和内容未经本站证实,对本文内容的真实性、完整性"
    "本站不作任何保证或承诺,请读者仅作参考,并请自行核实相关内容。如遇侵权请及时联系本站删除。",
    "本文仅代表作者观点,不代表某某网立场。",
    "《某某报》(电子版)的一切内容(包括但不限于文字、图片、PDF、图表、版面设计)仅供本报读者阅读、学习研究使用,"
    "未经授权,任何单位及个人不得转载,否则本报将追究侵权者的法律责任。",
    # a Q&A site's call to its paid service, and a health site's caution
    "针对独生子女费领取情况,看完你还不没弄清楚,直接和律师在线沟通获得更多帮助!",
    "本文所涉及医学部分,仅供阅读参考。如有不适,建议立即就医,以线下面诊医学诊断、治疗为准。",
    # a wiki's tagline under the entry's name
    "維基文庫,自由的圖書館",
    "维基百科,自由的百科全书",
    # a template site's lead on its samples
    "导语:如何才能写好一篇村支书三年工作报告,这就需要搜集整理更多的资料和文献,欢迎阅读由某某之家整理的十篇范文,供你借鉴。",
    # a news site's age gate, its idle pop-up and its app's lottery
    "您即將進入之新聞內容 需滿18歲 方可瀏覽。",
    "此網頁已閒置超過5分鐘,請點擊透明黑底或右下角 X 鈕。",
    "不用抽 不用搶 現在用APP看新聞 保證天天中獎  點我下載APP  按我看活動辦法",
    # what a download holds
    "下载后只包含 1 个 DOCX 格式的文档,没有任何的图纸或源代码,查看文件列表",
    # its notice on disputes
    "② 如果您对稿件和图片等有版权及其他争议,请及时与我们联系,我们将核实情况后进行相关删除",
    # a template site's lead on the genre and its offer; a news site's terms for rights
    "在平时的工作学习中,我们总少不了进行工作报告写作的机会,想写好工作报告类型的文章,不妨来参考一下本文。"
    "某范文为大家带来了《空巢老人的社会调查报告3篇》,希望对你的范文写作有所帮助。",
    "这些范文涵盖了不同行业和领域的报告,展示出丰富的表达方式和观点。",
    "如因作品内容、版权和其它问题需要同本网联系的,本网按规定给予一定的稿费或要求直接删除,请致电025-86163400。",
    "侵权及不良内容联系邮箱:seoserver@126.com,一经核实,本站将立刻删除。",
    "以上就是本文为您收集整理的沪举办世界艾滋病日活动最新内容,希望能帮到您!更多相关内容欢迎关注。",
    # who gave it the story, with its thanks
    "《我县召开保障妇女儿童健康民生实事工作推进会》由某某新闻网提供,转载请注明出处:http://example.com/724815.html,谢谢合作!",
])
def test_disclaimers_go(run_step, note):
    draft = run_step(SiteBanners(), [note, BODY])
    assert draft.lines == [BODY]


@pytest.mark.parametrize("line", [
    # a paper's own abstract offers itself for reference
    "摘要:基于1982—2010年某市出生人口性别比概况,梳理了其演变特点,以期为解决当前人口结构问题提供参考。",
    "下面,我讲几点意见,供大家参考。",
    "下面，我讲几点意见，供大家参考。",
    "下面，我講幾點意見，供大家參考。",
    "以下几点意见，仅供参考。",
    "现将有关情况报告如下，请予审议。",
    "我代表区计划生育协会第一届常务理事会向大会作工作报告，请予审议，并请各位理事提出意见。",
    "各地的好经验、好做法，我们将整理成册，印发各地参考借鉴。",
    "我们精心准备了这次培训，希望对大家的工作有所帮助。",
    "各级协会要为大家提供优质服务，希望切实帮助困难家庭解决实际问题。",
    "本次会议材料由秘书处精心编辑，请大家会后认真学习。",
    "要认真听取网友意见，及时回应群众关切。",
    "要在村务公开栏醒目位置注明举报电话，鼓励群众表达个人看法。",
    "这里，我就如何做好明年工作讲三点意见，请大家一起来看看我们的差距在哪里。",
    "小编注意到，省委书记到会祝贺，省长代表省委省政府致辞。",
    "小編了解到，本次大會共有代表三百餘人出席。",
    "总结是为了更好地前进,我们要认真总结经验。",
    "各村要精心挑选了解群众需求的工作人员,下面我们就来看看去年的做法。",
])
def test_a_speaker_addressing_the_audience_stays(run_step, line):
    draft = run_step(SiteBanners(), [line])
    assert draft.lines == [line]
    assert not draft.removed


@pytest.mark.parametrize("note", ["本文档下载后可任意编辑，欢迎下载。", "感谢您的下载！"])
def test_download_notes_go(run_step, note):
    body = "各级计生协要积极发挥群众组织的特有优势，坚持以人为本。"
    draft = run_step(SiteBanners(), [body, note])
    assert draft.lines == [body]


@pytest.mark.parametrize("stamp", ["精选优质文档-----倾情为你奉上", "精选优质文档——倾情为您奉上", "专心---专注---专业",
                                   "精選優質文檔-----傾情為你奉上"])
def test_document_stamp_goes_and_words_glued_to_it_stay(run_step, stamp):
    draft = run_step(SiteBanners(), [stamp, f"{stamp}{BODY}", BODY + stamp])
    assert draft.lines == [BODY, BODY]
    assert len(removed(draft)) == 3


def test_a_speaker_asking_for_care_and_focus_stays(run_step):
    line = "要专心专注做好服务，认真甄别困难家庭，平台不提供的服务由协会补上。"
    draft = run_step(SiteBanners(), [line])
    assert draft.lines == [line]


def test_a_page_stamp_with_its_format_note_goes_alone_before_a_title_and_inside_a_word(run_step):
    stamp = "本文格式为Word版,下载可任意编辑 "
    first = stamp + "2021协会工作计划 为更好地表达活动策划部风采,特在部内制度和部内活动两方面进行改善。"
    inside = "两轮下来,根据相应排名给予不同分值的加分,累积到年底的积第 1 页 共 3 页 " + stamp + "分榜。"
    draft = run_step(SiteBanners(), [first, inside])
    assert draft.lines == ["2021协会工作计划 为更好地表达活动策划部风采,特在部内制度和部内活动两方面进行改善。",
                           "两轮下来,根据相应排名给予不同分值的加分,累积到年底的积分榜。"]


def test_a_page_stamp_glued_into_prose_goes_alone(run_step):
    """A download's page footer and stamp inside a sentence: the sentence stays whole around them."""
    line = ("去年12月第 1 页 共 16 页下载后可任意编辑份，市委召开了全会，对今年全市经济社会发展作了全面安排和部署，"
            "我们要认真抓好落实。")
    draft = run_step(SiteBanners(), ["下载后可任意编辑在全市卫生工作会议上的讲话", line])
    assert draft.lines == ["在全市卫生工作会议上的讲话",
                           "去年12月份，市委召开了全会，对今年全市经济社会发展作了全面安排和部署，我们要认真抓好落实。"]


def test_a_page_stamp_that_lets_the_copy_be_copied_goes_whole(run_step):
    draft = run_step(SiteBanners(), ["它震憾了人们的第2页共4页本文格式为Word版下载后可任意编辑和复制心灵。"])
    assert draft.lines == ["它震憾了人们的心灵。"]


@pytest.mark.parametrize("lead", ["下面是做最可爱的人发言稿,欢迎各位阅读和借鉴。", "為加深廣大群眾對世界人口日的認識,開展世界人口日活動,如下為世界人口日招貼畫,歡迎閱讀!", "下面是某某网提供的开学典礼校长发言稿，欢迎阅读。",
                                  "本文是秋季開學典禮中學校長致辭，歡迎大家閱讀學習。",
                                  "愉快的暑假結束了，迎來了開學典禮，本文是秋季開學典禮中學校長致辭，歡迎大家閱讀學習。"])
def test_a_sites_offer_of_the_text_goes(run_step, lead):
    draft = run_step(SiteBanners(), [lead, BODY])
    assert draft.lines == [BODY]


def test_a_speaker_welcoming_the_audience_stays(run_step):
    line = "下面是本次会议的第二项议程，欢迎各位代表踊跃发言。"
    assert run_step(SiteBanners(), [line]).lines == [line]


def test_a_sharing_sites_numbered_rules_go_whole(run_step):
    """Every item of the site's rules goes with its heading and support line, those no other rule knows too."""
    rules = ["\u6e29\u99a8\u63d0\u793a:",
             "1. \u90e8\u5206\u5305\u542b\u6570\u5b66\u516c\u5f0f\u7684\u6587\u4ef6,\u67e5\u770b\u65f6\u53ef\u80fd\u663e\u793a\u5f02\u5e38,\u8bf7\u653e\u5fc3\u3002",
             "2. \u672c\u6587\u6863\u7531\u7528\u6237\u4e0a\u4f20,\u7248\u6743\u5f52\u5c5e\u7528\u6237\u3002",
             "3. 3\u3001\u6210\u4e3aVIP\u540e,\u4e0b\u8f7d\u672c\u6587\u6863\u5c06\u6263\u96641\u6b21\u4e0b\u8f7d\u6743\u76ca\u3002",
             "\u7f51\u7ad9\u5ba2\u670d:3074922707"]
    draft = run_step(SiteBanners(), [*rules, BODY])
    assert draft.lines == [BODY]
    assert len([r for r in draft.removed if r.rule == "banner"]) == len(rules)


def test_an_authors_numbered_list_about_members_stays(run_step):
    items = ["1\u3001\u53d1\u5c55\u4f1a\u5458,\u7ef4\u62a4\u8ba1\u751f\u5bb6\u5eed\u5408\u6cd5\u6743\u76ca\u3002",
             "2\u3001\u5f00\u5c55\u4f1a\u5458\u6d3b\u52a8,\u8bbe\u7acb\u4e3e\u62a5\u7535\u8bdd\u3002",
             "3\u3001\u5efa\u7acb\u4f1a\u5458\u6863\u6848,\u4e0b\u53d1\u5ba3\u4f20\u8d44\u6599\u3002"]
    draft = run_step(SiteBanners(), ["\u6e29\u99a8\u63d0\u793a:", *items, BODY])
    assert draft.lines[1:] == [*items, BODY]


def test_a_news_sites_rights_notice_goes_sentence_by_sentence(clean):
    body = "石岐街道计划生育协会相关负责人表示,将依托服务阵地持续开展活动。"
    notice = ("① 凡本网注明“来源”为“中山日报”的所有文字、图片和视频,版权均属中山网所有,任何媒体未经本网协议授权不得转载。"
              "已经被本网协议授权的媒体、网站,在下载使用时必须注明“来源:中山网”,违者本网将依法追究责任。")
    doc = clean("\n".join([body, "版权与免责声明:", notice]))
    assert doc.text == body


def test_a_news_storys_dateline_is_not_the_site_speaking(run_step):
    lead = "本网讯 近日，铜官区东郊办事处组织社区工作人员和计生协会会员对辖区内6户失独家庭开展了走访和帮扶活动。"
    assert run_step(SiteBanners(), [lead, BODY]).lines == [lead, BODY]


@pytest.mark.parametrize("line, kept", [
    (f"{TITLE}本文具有广泛通用性,欢迎各位亲根据自己的实际需要参考借鉴。", TITLE),
    ("本文简要目录如下:1、篇章1:在计生协改革工作会议上的讲话2、篇章2:…", ""),
    ("开篇:写作不仅是一种记录,更是一种创造,它让我们捕捉稍纵即逝的灵感。", ""),
    ("(标准、完整、实用、可修改)", ""), ("Ctrl键且鼠标单击目录内容即可跳转到对应篇章】", ""), ("【精品、可编辑、word版】", ""),
    ("引論:我們為您整理了13篇社區計劃生育協會范文,供您借鑒以豐富您的創作。它們是您寫作時的寶貴資源。", ""),
])
def test_a_template_sites_notes_go(run_step, line, kept):
    draft = run_step(SiteBanners(), [line, BODY])
    assert draft.lines == ([kept] if kept else []) + [BODY]


@pytest.mark.parametrize("line", ["(标准、完整)", "(完整、实用、可修改的方案)", "标准、完整、实用、可修改"])
def test_a_pair_of_praise_words_or_a_phrase_with_them_stays(run_step, line):
    assert run_step(SiteBanners(), [line, BODY]).lines == [line, BODY]


def test_an_authors_opening_stays(run_step):
    line = "开篇:我们要坚持计生协改革方向,推动各项工作落实。"
    assert run_step(SiteBanners(), [line, BODY]).lines == [line, BODY]


@pytest.mark.parametrize("line", [
    # the site's welcome after its banner sentence goes with it
    "本站小编为你精心准备了镇计生协会总结参考范文,愿这些范文能激发您的写作灵感。欢迎深入阅读并收藏。",
    "本站小編為你精心準備了鎮計生協會總結參考範文,願這些範文能激發您的寫作靈感。歡迎深入閱讀并收藏。",
    # the contact a disclaimer gives for complaints goes with it
    "以上文章僅代表作者個人觀點,本網只是轉載,如涉及作品內容、版權、稿酬問題,請及時聯系我們。電話:029-63903870",
    # the site's chatty lead before "下面是小编…,欢迎大家分享。" ending the line goes with it
    "时光飞逝,我们又将迎来新的收获,做好计划可是提高效率的方法喔!好的计划是什么样的呢?下面是小编为大家收集的计生协工作计划,欢迎大家分享。",
])
def test_a_banners_whole_line_goes(run_step, line):
    draft = run_step(SiteBanners(), [line, BODY])
    assert draft.lines == [BODY]
    assert "".join(removed(draft)) == line


def test_a_speakers_welcome_after_a_sentence_stays(run_step):
    line = "今年协会新建了会员之家。欢迎大家常来阅读。"
    assert run_step(SiteBanners(), [line, BODY]).lines == [line, BODY]


def test_a_sharing_sites_rules_as_a_bulleted_list_go_whole(run_step):
    rules = ["- 1、本文档共3页,可阅读全部内容。", "- 2、成为VIP后,下载本文档将扣除1次下载权益。",
             "- 3、如文档侵犯著作权等,请点击“版权申诉”。", "- 4、如有疑问请联系我们。"]
    draft = run_step(SiteBanners(), [*rules, BODY])
    assert draft.lines == [BODY]


def test_an_authors_bulleted_list_stays(run_step):
    items = ["- 1、发展会员,维护计生家庭合法权益。", "- 2、开展会员活动,设立举报电话。", "- 3、建立会员档案,下发宣传资料。"]
    assert run_step(SiteBanners(), [*items, BODY]).lines == [*items, BODY]


def test_a_sites_keywords_after_the_titles_comma_go_and_the_title_stays(run_step):
    line = ("统一思想 狠抓落实——在全县计划生育宣传教育工作会议上的讲话,本文主要内容关键词为:计划生育论文,宣传教育论文,"
            "此文献不代表本站观点,内容供学术参考。")
    draft = run_step(SiteBanners(), [line, BODY])
    assert draft.lines[0].startswith("统一思想 狠抓落实——在全县计划生育宣传教育工作会议上的讲话")
    assert "关键词" not in draft.lines[0]


@pytest.mark.parametrize("lead", [
    "良好的计划书能够帮助我们克服拖延症,保持专注度和工作动力。以下是小编为大家精心挑选的计划书范文,给大家提供一些参考和借鉴。",
    "社会上的老龄化变得越来越严重。下面是小编整理提供的社会老龄化调查报告范文,欢迎阅读参考!希望大家采纳!更多相关信息请关注美文網的栏目!",
    "在编写工作方案时,要确保所列出的工作步骤具备可行性和可操作性。下面是一些成功企业和项目的工作方案范文,通过学习这些案例,我们可以借鉴到一些宝贵的经验。",
    "以“家家幸福安康工程”為目標,推動健康家庭示范建設。以下是工作范文網分享婦聯工作報告材料的資料,提供參考,歡迎你的閱讀。",
])
def test_a_sites_lead_in_paragraph_goes_whole(run_step, lead):
    assert run_step(SiteBanners(), ["残联换届工作报告", lead, BODY]).lines == ["残联换届工作报告", BODY]



@pytest.mark.parametrize("line, kept", [
    ("1、书山有路勤为径,学海无涯苦作舟。2021年计划生育年终工作总结", "2021年计划生育年终工作总结"),
    ("书山有路勤为径,学海无涯苦作舟。", None),
    ("资源预览文档简介为自动调取,内容显示的完整度及准确度或有误差,请您下载后查看完整的文档内容。", None),
    ("古人云:书山有路勤为径,学海无涯苦作舟。同学们要勤奋学习。", "古人云:书山有路勤为径,学海无涯苦作舟。同学们要勤奋学习。"),
])
def test_a_sharing_sites_motto_at_a_lines_start_goes(run_step, line, kept):
    assert run_step(SiteBanners(), [line, BODY]).lines == [*([kept] if kept else []), BODY]


def test_a_sites_call_to_its_topic_page_under_the_text_goes(run_step):
    draft = run_step(SiteBanners(), [BODY, "注:更多精彩文章请关注爱华重阳节知识专题,"])
    assert draft.lines == [BODY]


@pytest.mark.parametrize("banner", [
    "前言:某某期刊网精心挑选了村委会工作报告范文供你参考和学习,希望我们的参考范文能激发你的文章创作灵感,欢迎阅读。",
    "在日常的学习、工作、生活中,肯定对各类范文都很熟悉吧。范文书写有哪些要求呢?我们怎样才能写好一篇范文呢?这里我整理了一些优秀范文,"
    "希望对大家有所帮助,下面我们就来了解一下吧。",
    "教育是人類進步的基石,它不僅是知識的傳授,更是人格的培養。寫作技巧和方法。以下的總結范文有助于我們更好地把握總結的要義和核心。",
])
def test_a_sample_sites_talk_to_its_reader_about_samples_goes(run_step, banner):
    draft = run_step(SiteBanners(), [banner, BODY])
    assert draft.lines == [BODY]


def test_a_notices_numbered_steps_that_upload_reports_are_no_site_rules(clean):
    steps = ["1、乡(镇、街道)应在本年4月5日前汇总录入本级报表并上传;", "2、县(市、区)应在本年4月10日前审核汇总本级报表并上传;",
             "3、市级应在本年4月15日前审核汇总本级报表。"]
    text = ["各乡镇计生协:", "现将年度统计报表报送工作有关事项通知如下。", *steps]
    assert clean("\n".join(["关于做好年度统计报表工作的通知", *text])).text_original.splitlines() == text


def test_a_site_lead_in_with_its_mark_doubled_goes_whole_with_the_lead_before_it(run_step):
    line = "人口问题已经是一个很严峻的问题了,那么世界人口日是几月几日?下面是小编收集整理的世界人口日是哪天,欢迎阅读参考!!"
    assert run_step(SiteBanners(), [line, BODY]).lines == [BODY]


@pytest.mark.parametrize("notice", ["如若本站内容侵犯了原著者的合法权益,可联系本站删除。", "本站文章如侵犯了您的合法权益,本站将在核实后删除。"])
def test_a_sites_word_on_taking_down_what_infringes_goes(run_step, notice):
    draft = run_step(SiteBanners(), [BODY, "声明:本站所有文章资源内容,如无特殊说明或标注,均为采集网络资源。" + notice])
    assert draft.lines == [BODY]


def test_a_sites_channel_that_put_the_page_together_goes(run_step):
    banner = "本文是某某招生考试网成考报名频道为大家整理的《计生调研的内容》,供大家学习参考。"
    assert run_step(SiteBanners(), [banner, BODY]).lines == [BODY]


@pytest.mark.parametrize("closing", ["以上就是小编为大家整理的计生协工作座谈会发言词，希望对大家有所帮助，更多精彩内容请关注本站。",
                                     " 以上是小编为大家整理的区计划生育协会工作报告，欢迎阅读参考。",
                                     "本文由小编整理发布,欢迎阅读参考。"])
def test_a_closing_sentence_glued_to_the_last_paragraph_goes_alone(run_step, closing):
    last = "各地要齐心合力、不断进取、开拓创新,将我省计生协会工作全面推向前进!"
    draft = run_step(SiteBanners(), [BODY, last + closing])
    assert draft.lines == [BODY, last]


@pytest.mark.parametrize("opening", ["。", "!", ""])
def test_the_sites_bracket_that_opens_a_sentence_goes_alone(run_step, opening):
    sentence = "刚才各市分管主任就下步的协会工作提出了很多宝贵意见。"
    lead = "今天召集各市计生协分管主任参加会议" + opening if opening else ""  # (or the bracket opens the line)
    draft = run_step(SiteBanners(), [lead + "（小编推荐：计生协工作会议讲话稿精选10篇）" + sentence, BODY])
    assert [line.replace(" ", "") for line in draft.lines] == [lead + sentence, BODY]


def test_the_shared_by_a_member_banner_broken_at_its_link_goes_whole(run_step):
    banner = ["《区计划生育协会201X工作报告.docx》由会员分享,可在线阅读,更多相关",
              "《区计划生育协会201X工作报告.docx(6页珍藏版)》请在冰豆网上搜索。"]
    assert run_step(SiteBanners(), [*banner, BODY]).lines == [BODY]


@pytest.mark.parametrize("notice", [
    '本網站使用Cookies收集資料用於量化統計與分析,以進行服務品質之改善。請點選"接受",若未做任何選擇,或將本視窗關閉,'
    '本站預設選擇拒絕。進一步Cookies資料之處理,請參閱本站之隱私權宣告',
    "本网站使用Cookie以提升浏览体验,继续浏览即表示您同意。详情请参阅隐私权政策",
    # (and any notice about the site itself)
    "说明:本网站的所有产品内容及图片非为针对消费者的广告,实为行业内企业之间的产品介绍",
    "注意：本網站含有成人用品信息，18歲以下未成年人禁止瀏覽。",
    "温馨提示:本站内容仅供学习交流。",
])
def test_a_cookie_notice_or_another_about_the_site_goes_whole(run_step, notice):
    assert run_step(SiteBanners(), [notice, BODY]).lines == [BODY]


def test_a_speakers_note_that_names_no_site_stays(run_step):
    line = "说明:本次会议的主要任务是总结去年工作,部署今年任务。"
    assert run_step(SiteBanners(), [line, BODY]).lines == [line, BODY]


def test_a_word_templates_footer_glued_where_its_pages_meet_goes(run_step):
    line = ("全镇共有育龄妇女4890人,一孩率60.62%- 6 -2020年4月19日文档仅供参考,不当之处,请联系改正。,综合避孕率92.16%,"
            "人口性别比为120.83。")
    draft = run_step(SiteBanners(), [line])
    assert draft.lines == ["全镇共有育龄妇女4890人,一孩率60.62%,综合避孕率92.16%,人口性别比为120.83。"]
    assert [r.text for r in draft.removed] == ["- 6 -2020年4月19日文档仅供参考,不当之处,请联系改正。"]


def test_a_title_glued_over_its_placeholder_heading_leaves_the_star(clean):
    title = "乡镇计划生育工作现状的调研报告"
    doc = clean("\n".join([title + ".doc", "上传人:精*** 文档编号:5223381 上传时间:2024-10-29 格式:DOC 页数:6 大小:25.50KB",
                           title + ".doc_第1页", "第1页 / 共6页",
                           f"{title}*镇计划生育工作现状的调研报告*镇位于*县北偏东部,距*县城37公里,地处*。{BODY}", BODY]))
    assert doc.title == title and doc.text_original.startswith("*镇计划生育工作现状的调研报告*镇位于")
