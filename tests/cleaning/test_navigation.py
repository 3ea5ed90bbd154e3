"""Navigation: page furniture goes, whole or split off a text line; the author's headings and lines that
merely share a word with furniture (引用, 回复, 分享, 二维码, 主办单位, arrows, numbers) stay."""

from __future__ import annotations

import pytest

from cleaners.draft import Draft
from cleaners.navigation import Navigation, is_furniture

BODY = "各级计生协要积极发挥群众组织的特有优势，坚持以人为本，把服务和维权作为今后工作的重要抓手。"
BODY2 = "我们积极争取资金，走访慰问计生特殊家庭46户，发放慰问金4.6万元，帮助他们解决实际困难。"


def removed(draft, rule="navigation"):
    return [r.text for r in draft.removed if r.rule == rule]


@pytest.mark.parametrize("furniture", [
    ["上一篇:在省人口健康福利基金会成立大会上的讲话", "下一篇:在省计生协理事会暨工作会议上的讲话"],
    ["上一篇：计生协会工作计划", "下一篇：计生协会员代表大会闭幕词"],
    ["上一篇：在省人口健康福利基金會成立大會上的講話"],
    ["上一页 下一页"], ["上一頁\u00a0下一頁"], ["首页 上一页 1 2 3 下一页 尾页"], ["<< 1 2 3 4 5 >>"],
    ["相关栏目:计生 电信 会议致辞 会议主持 会议发言 |"], ["相關欄目：計生 電信 會議致辭 會議主持 會議發言 ｜"],
    ["当前位置:首页 > 范文大全 > 讲话稿 > 计生协讲话"], ["當前位置：首頁 > 範文大全 > 講話稿"],
    ["首页 » 工作报告 » 协会工作"], ["点个“在看”证明您已阅,谢谢!"], ["文章不错,点个赞吧!"], ["已有0人发表了评论"], ["页: [1]"],
    ["阅读下一篇"], ["返回蓝山新闻网首页"], ["欢迎访问榆林市计划生育协会网站 | 2024年11月22日"], ["欢迎来到健康调查网!"],
    ["欢迎来到【岳西热线·岳西中小企业公共服务平台】"], ["致辭 >開幕詞 >"], ["讲话稿 » "], ["您现在的位置：首页 > 协会动态 > 正文"],
    ["扫一扫在手机打开当前页"], ["掃一掃在手機打開當前頁"], ["第1页共6页"], ["第 2 页 / 共 6 页"], ["2/6"],
    ["分享到:微信 微博 QQ空间"], ["分享到：微信 微博 QQ空間"],
    ["Copyright © 2010-2025 范文参考网 版权所有 备案号:京ICP备00000000号"],
    ["版權所有：某某縣計劃生育協會 備案號：浙ICP備05012345號"],
    ["【打印本页】【关闭窗口】【返回顶部】"], ["打印 | 关闭 | 返回顶部"],
    ["- 配套讲稿:", "如PPT文件的首页显示word图标,表示该PPT已包含配套word讲稿。双击word图标可打开word文档。",
     "- 特殊限制:", "部分文档作品中含有的国旗、国徽等图片,仅作为作品整体效果示例展示,禁止商用。设计者仅对作品中独创性部分享有著作权。",
     "- 关 键 词:", "- 计划生育 协会 工作报告"],
    ["回复 引用 举报"], ["积分:2    [下载]   [收藏]   [纠错]   [分享]"], ["只看该作者 | 倒序浏览 | 阅读模式"], ["发表于 2021-3-5 10:22"],
    ["首页 | 范文大全 | 工作总结 | 讲话稿 | 工作报告"], ["首页｜机构概况｜政务公开｜协会动态｜联系我们"],
    ["相关文章", "在全市人口计生工作会议上的讲话", "计生协会年度工作总结范文"],
    ["您可能也对以下帖子感兴趣", "计生协会年度工作总结范文"], ["你可能感兴趣的文章:", "在全市人口计生工作会议上的讲话"],
    ["图为会议现场"], ["（摄影：张三）"], ["会议现场"], ["文藝調演現場。"], ["计生物品免费发放中。"], ["说唱表演中。"],
    ["网站首页节日演讲稿爱国纪念日演讲稿工作学习演讲稿和谐社会演讲稿致辞主持演讲稿"], ["首页 新闻中心 协会动态 政策法规"],
    ["论文部分内容阅读"], ["本篇文章2363字,读完约6分钟"], ["基本信息"], ["999+"],
    ["【字体: 】【收藏】【打印文章】【查看评论"], ["关灯"], ["开启左侧"], ["正文"], ["导读"], ["您的当前位置:"],
    ["3月5日,县计生协会长参加座谈会。新华社记者 王五 摄"], ["县长在会上讲话。記者 王五/攝"],
    ["县计生协会长在开幕式上致辞。图源:县融媒体中心"], ["讨论会现场 |"], ["下载到本地 , 更方便阅读"],
    ["电脑桌面", "安装后可以在桌面快捷访问"], ["(責編:王五、李四)"], ["[稿源:某某县新闻网]"], ["請 您 評 論 查看評論"],
    ["本評論觀點只代表網友個人觀點,不代表本網立場。"], ["意见反馈"], ["新闻地图"],
    ["《文稿写作十讲》作者张三《公文入门》作者李四《机关文字工作五十讲》作者王五"],
    ["最新《公文写作课程》直播间《公文百法》作者张三某某网站长、《笔记》作者李四"],
    ["(报道:王小明)"], ["我们用一张图来告诉您答案!"], ["一图读懂县计生协工作报告"],
    ["p.cjk { font-family: \"宋体\", \"SimSun\"; font-size: 10pt; so-language: zh-CN }"], ["尊享超值权益"],
    ["收藏 分销(赏)"], ["【小 中 大】【以稿换稿】"], ["申明敬告:"],
    ["(县计生局局长张三[左四]与群众交谈)"], ["(本文来源:某某省计生协)"], ["微信图片_20230314120116.jpg"], ["文本内容:"],
    ["本文为某某频道原创文章,转载请"], ["某地看白癜风去哪里", "深静脉血栓怎么治疗", "友情链接"], ["独家授权某某网发布,未经允许不得转载或镜像。"], ["不能读取工具条配置"],
    ["当前位置", "1.76W", "次", "篇1"], ["密码:"], ["声明 :"], ["2."], ["打印本文章 写信给编辑"], ["VIP专免"], ["您是本站第 0386214 位访问者"], ["今日访问:127"],
    ["字号：大 中 小"], ["【字体：大 中 小】"], ["53\u884c\u653f\u7ba1\u7406.docx_\u7b2c12\u9875", "\u4e0b\u8f7d\u8d44\u6e90"],
    ["Powered by Discuz! X3.4 © 2001-2024 某某论坛 京ICP备12345678号"], ["(2)"], ["侵权投诉"],
    ["為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。"], ["請至Edge官網下載"], ["预览加载中,请您耐心等待几秒..."],
    ["本網站使用相關技術提供更好的閱讀體驗,同時尊重使用者隱私,點這裡瞭解隱私聲明。"], ["如果您无法下载资料,请参考说明:"],
    ["展开剩余68%"], ["目前已被网民围观了126次"], ["会员专享：下载本专题全部5篇Word文档（¥9.9）"], ["【热门】"], ["播报 讨论 上传视频"], ["本頁面由繁簡轉換網關自動生成"],
    ["领导讲话稿推荐：", "在全县计生协工作会议上的讲话"], ["某某计生协网 www.mmjsx.org.cn"], ["某某区人民政府门户网站 www.mmq.gov.cn"], ["已提交申请?点此查询审核进度"],
    ["某某省计划生育协会 Mou Family Planning Association"], ["本词条由“知源科普”百科词条编写项目 审核 。"], ["关注此公众号看"], ["公文高手,超级方便的公文写作神器! 立即了解"], ["我给文章打分"], ["本文得分:0.0参与评分人数:0"],
    ["文章详细"], ["新闻内容"], ["法律热线:"], ["浏览记录"], ["购物车", "我的足迹"], ["我是廣告 請繼續往下閱讀"], ["[廣告]請繼續往下閱讀..."], ["賈靜雯與女兒咘咘。(網絡圖)"], ["李斌作說明(中新社)"], ["湖北某县计生干部坐在县计生局门前,拉着横幅。(图来自于网络)"], ["长按「上方二维码」进入某某卫生计生便民服务平台"], ["关键词 高校 流动人口 计划生育 问题 对策"], ["【字号: | | 【背景色 杏仁黄 秋叶褐 胭脂红 芥末绿 天蓝 雪青 灰 银河白(默认色)"], ["陳某某指許多夫婦因經濟壓力而不生育。（直播截圖）"], ["記者侯永全/攝影"],
    ["（圖／某某關懷協會提供）"], ["記者林小明∕台南報導"], ["林小明/金城報導。"], ["回到頁首"], ["跑馬燈"],
    # a site's welcome after its slogan or a greeting, a hotline with its fax note
    ["让写作成为一种习惯,某某范文网欢迎您!"], ["您好,欢迎来到某某市慈善总会官方网站!"], ["捐助热线:0734-8860089(传真)"],
    # a caption credited to photographer and paper, a newsroom's credits with a slash
    # a list page's view switch, a column's name
    ["顯示模式:", "網格", "列表"], ["新聞"], ["【新聞】"],
    # the page's time before its type-size buttons
    ["08:55:31.465缩小放大"], ["14:20 【打印】【关闭】"],
    # a blog post's row of counters
    ["召开元老座谈会已关闭评论556 次浏览 1101字阅读3分40秒"], ["202人看过"], ["某市治疗白癜风多少钱"],
    # a site's menu words and its social buttons
    ["导航"], ["相關鏈結"], ["今日头条"], ["新聞關鍵字", "某某新聞 Facebook", "加入Line好友"], ["Like Us on Facebook", "精選"],
    # a paper's file photo with who took it, and an advert's empty slot
    ["行政院發言人李某某。資料照。王某某攝"], ["廣告", "廣告"],
    # a Q&A site's card of the lawyer who answered
    ["张某执业律师", "已帮助", "867 人解决法律问题"], ["|新华"],
    # a paper's rights notice, its first line split from the rest
    ["邢臺日報、牛城晚報所有自采新聞(含圖片)"],
    # a forum's sidebar and close buttons, an association's column and its advert link, a caption credited after a space
    ["收起左侧", "x"], ["會務資訊", "廣告刊登"], ["慈善资讯"], ["新任總會長王某致詞 王某權供圖 |"],
    # an empty comment box's prompt
    ["目前还没有人发表评论, 大家都在期待您的高见"],
    # a reading page's buttons
    ["选择字号:", "本文共阅读"], ["进入专题:"], ["(被閱讀 次)"], ["(被阅读 1024 次)"], ["以上内容归某某新闻集团所有,未经许可不得擅自转载引用"], ["范文首页自我鉴定总结报告工作总结工作计划党团相关演讲稿讲话稿文秘知识合同范文情书导游词 |"], ["《某某头条》APP经已推出最新版本,请立即更新,浏览更精彩内容:https://bit.ly/3abcd"], ["新聞字體調整:", "轉寄", "推薦", "書籤"],
    # a reading page's colour picker
    ["保护视力色: 杏仁黄  秋叶褐  胭脂红  芥末绿  天蓝  雪青  灰  银河白(默认色)"],
    ["某某同鄉會理事長交接典禮。(林小美/某某報)"], ["(林小美/某某報)"], ["(亞洲經濟通訊社/台灣新聞中心)"], ["编辑/李某强"], ["責任編輯/王某 審核/張某"],
    # a caption with its credit after it, in a table's cell or from a bureau, and a group photograph
    ["王某在研討會上致詞。(某某社李某攝) |"], ["某區戶政事務所今舉辦「人口政策宣導」活動(圖/民政局提供2024.5.18)"],
    ["■張某、李某等與一眾婦聯幹部在開幕禮合攝。"], ["計畫生育標語(圖片來源:維基百科)"], ["范文相关阅读"], ["范文热点"],
    # a preview's running header, a site's buttons, a breadcrumb whose label says "是"
    ["某镇人口与计划生育工作计划第2页"], ["我要投稿 投诉建议"], ["您现在的位置是:首页  > 科普文章"], ["推荐:"], ["脚注信息"],
    # an e-paper's greeting and buttons
    ["您好!今天是"], ["設為主頁收藏本頁"], ["社交網站:"],
    # a post's prompts, a site's greeting to its visitor
    ["喜欢就按个赞吧!!!"], ["点击关闭提示"], ["张律师欢迎您的访问。"], ["感谢您的访问!"],
    # a picture's source under it, an advert's close button, a call for submissions, a source and its paper
    # a WeChat account's subscribe prompts, a news site's mood vote, a share link, a related list's heading
    ["欢迎订阅: 卫生计生委微信公众号!", "扫描下方二维码,添加关注"], ["心情版", "请选择您看到这篇新闻时的心情"], ["打印文章   發送給我好友"],
    ["相关话题"], ["新闻评论", "加载更多"], ["为加强原创内容保护,日前,某某日报各平台已将其所有的版权统一授予某某媒体版权保护中心进行保护"], ["范文查询", "范文模板大全"], ["檢舉", "檢舉類型:", "具體描述:"], ["網絡傳播視聽節目許可證0107219號"], ["您可能关注的文档"], ["1亿VIP精品文档"], ["在線客服"], ["下載APP"], ["(审签:李宏伟)"], ["记 者 徐配配"], ["2024-04-26-星期五"], ["文本预览下载声明"], ["简介:"], ["菜单"], ["阅读次数()"], ["为了正常的体验网站,请在浏览器设置里面开启Javascript功能!"],
    ["图:省计生协组织志愿者在温泉街道河东社区核酸检测点参与现场志愿服务"],
    ["澎湃新闻记者 钟某某"], ["周口日报·周道客户端记者 王某"], ["第一篇:人口计生"], ["到維基百科看更多"], ["展开"], ["出自:计生宣传员"], ["在线工具导航"],
    ["上万保险专家在线权威解答"], ["【评论】【推荐】【 】【打印】【下载点点通】【关闭"], ["收藏此页】【 】【下载点点通】【打印】【关闭"],
    ["姜某琴是全乡的计生助理员。摄影/曾某"], ["Traditional Chinese Simplified Chinese Email this article"], ["瞎说呗提示您:看后求收藏,接着再看更方便。"], ["点击此处查看全部新闻图片"], ["相关专题:改革在中国摄影大赛"], ["TAG标签:家庭 失独 #"], ["购买积分:32", "如何计算积分?", "图书介绍:"], ["当前日期:"], ["(续上表)"], ["视频播放位置", "下载安装Flash播放器"], ["______________________________________"], ["————————————————"],
    ["按键盘上方向键 ← 或 → 可快速上下翻页,按键盘上的 Enter 键可回到本书目录页,按键盘上方向键 ↑ 可回到本页顶部!"],
    ["————未阅读完?加入书签已便下次继续阅读!"], ["服务热线:", "0556-2222226"], ["(资料图片)"], ["(相关资料图)"], ["(資料畫面)"], ["全世界面臨少子化問題,台灣也不例外。(資料畫面)"], ["台灣少子化嚴重,政府將成立兒少及家庭支持署,給父母無後顧之憂的生養環境;圖為情境照。(圖取自freepik)"],
    ["3月11日,某某會議新聞中心舉行記者會。圖為某某辦公室副主任王某。"], ["聯合報／"], ["青島財經日報/"],
    ["第一手消息請下載某網iPhone/iPad/Android/Windows Phone Apps"], ["X 广告"], ["关闭广告"], ["【投稿、区域合作请邮件至tougao@example.com】"], ["某某网-某某日报"],
    ["轉自公眾號 火星實驗室 作者 韓茹雪"], ["来源公众号:某某计生"],
    ["|邮箱|注册"],
    ["获取 Adobe Flash Player"], ["朋友圈", "点击浏览器下方“”分享微信好友Safari浏览器请点击“”按钮"], ["正在阅读:"],
    ["若长时间无响应,请刷新本页面"], ["阅读剩余全文("],
    # a loading widget with its stop, a video that did not play, a portal's sky, an editor's name before the label
    ["本站支持IPv6访问"], ["你的位置:首页>基层动态"], ["台灣新聞網(Logo-image) 台灣新聞網(Logo-text)"], ["调查问题加载中,请稍候。"], ["未能播放Youtube视频"], ["晴時多雲"], ["葉立斌／核稿編輯"],
    # a news ticker, however long
    ["发展要闻  -全省女干部比例近40% 妇女就业比例45% -4月份CPI维持3%高位 央行或有后续紧缩政策 -某某大会再度拒绝有关提案"
     " -某银行A股开盘14.20元涨79.75% 海外投资者撤出$5亿 -某某获最大汽田钻探权 国企将成石油储备主力 -基金私募将开闸 单笔不低于5000万"],
])
def test_furniture_lines_go(run_step, furniture):
    draft = run_step(Navigation(), [BODY, *furniture, BODY])
    assert draft.lines == [BODY, BODY]
    assert removed(draft)


@pytest.mark.parametrize("tail", [
    "上一篇:在省人口健康福利基金会成立大会上的讲话 下一篇:在省计生协理事会暨工作会议上的讲话 相关栏目:计生 会议致辞 |",
    "上一篇：在省人口健康福利基金會成立大會上的講話｜下一篇：在省計生協理事會上的講話",
    "[标签:介绍]",  # a tag in brackets right after the last sentence
])
def test_furniture_glued_to_the_last_text_line_is_split_off(run_step, tail):
    draft = run_step(Navigation(), [BODY + ("" if tail.startswith("[") else " ") + tail])
    assert draft.lines == [BODY]


@pytest.mark.parametrize("tail", ["上一篇:在全县计生协会员代表大会上的讲话", "下一篇：计生协会长在理事会上的讲话"])
def test_a_label_glued_right_after_the_last_sentence_is_split_off(run_step, tail):
    draft = run_step(Navigation(), [BODY + tail])  # "…推向前进!上一篇:…", no space between
    assert draft.lines == [BODY]


def test_inline_page_header_goes_from_inside_a_line(run_step):
    draft = run_step(Navigation(), ["要进一步转变工作作风。 第2页共6页 关键是要落实重要思想的要求。"])
    assert "第2页" not in draft.lines[0] and "要进一步转变工作作风" in draft.lines[0]
    # (one inside a word, no space by it: the word is joined again)
    draft = run_step(Navigation(), ["经研究,我乡第 1 页 共 11 页被评为后进乡,为全面加强我乡人口与计划生育工作。"])
    assert draft.lines == ["经研究,我乡被评为后进乡,为全面加强我乡人口与计划生育工作。"]


def test_a_slide_decks_page_counter_in_characters_goes_from_inside_a_line_and_marks_a_part(clean):
    line = "促进人口计生全面发展 第三十页,共49页 ●各省份人口计生工作 第三十一页,共49页 ●全国计生协会员活动日。"
    doc = clean("\n".join([BODY, line]))
    assert "页" not in doc.text and "●各省份人口计生工作" in doc.text
    assert doc.truncated  # (pages 30 and 31 of 49)


def test_a_forums_reply_box_and_its_buttons_first_character_at_the_end_go(clean):
    doc = clean("\n".join([BODY, BODY2, "来源:梅州日报", "使用高级回帖 (可批量传图、插入视频等)快速回复",
                            "您需要登录后才可以回帖 登录 | 注册会员", "本版积分规则   Ctrl + Enter 快速发布", "发"]))
    assert doc.text_original.splitlines()[:2] == [BODY, BODY2] and "发" not in doc.text_original.splitlines()[-1:]
    assert not doc.truncated


@pytest.mark.parametrize("heading", [
    "三、经验分享", "五、评比表彰", "一、关于2016年工作的回顾", "(一)学习贯彻中央精神,增添新动力",
    "四、引用规范", "二、深入基层现场", "(三)在发展中", "三、活动进行中",
    "（二）转发文件",
    "一、注册登记",
    "二、及时回复",
    "（四）退出机制",
    "3、网上评论",
    "（三）推广计生协二维码服务平台",
    "（三）开发“网上计生协”手机版",
    "（二）加强版权保护",
])
def test_headings_with_furniture_words_stay(run_step, heading):
    draft = run_step(Navigation(), [BODY, heading, BODY])
    assert draft.lines == [BODY, heading, BODY]


@pytest.mark.parametrize("line", [
    "办理流程：个人申请→村级审核→乡镇审批→县级发放",
    "主办单位：市计生协",
    "主办单位：县计划生育协会",
    "协会为会员免费发放避孕药具，深受群众欢迎。",
    "依法保护会员创作的文艺作品的著作权。",
    "各县(市、区)委、人民政府,市级机关各单位:",
    "衢委办[2006]101号",
    "市委办公室  市政府办公室",
    "中共衢州市委办公室",
    "请各地登录“网上计生协”平台填报数据。",
    "会长：张三 副会长：李四 秘书长：王五",
    "| 会员人数 | 1200 | 1350 |",
    "1200",
    "首页显示的数据是2023年全县会员服务情况。",
    "全县干部职工奋战在抗洪救灾现场。",
    "摄影家协会的会员记者张三拍摄了活动照片。",
    "正文部分由秘书处起草，请大家审议。",
    "《计生协工作手册》作者张三，《协会工作概论》作者李四。",
    # a headline that was praised is no "like" button
    "桂林中心广场社区流动人口计生协“三三一”获点赞",
    "联系邮箱:jsx@example.com",
])
def test_document_lines_that_look_like_furniture_stay(run_step, line):
    draft = run_step(Navigation(), [BODY, line, BODY])
    assert draft.lines == [BODY, line, BODY]


def test_statistics_table_cells_stay(clean):
    page = """<html><head><meta charset="utf-8"><title>2023年计生协工作总结</title></head><body>
<div class="article"><h1>2023年计生协工作总结</h1><div class="TRS_Editor">
<p>今年以来，县计生协在县委、县政府的领导下，认真履行职责，各项工作取得明显成效。</p><p>全年工作数据统计如下：</p>
<table border="1"><tr><td>项目</td><td>2022年</td><td>2023年</td></tr><tr><td>会员人数</td><td>1200</td><td>1350</td></tr>
<tr><td>帮扶家庭</td><td>100</td><td>200</td></tr></table>
<p>明年我们将继续努力，推动计生协工作再上新台阶。</p></div></div></body></html>"""
    text = clean(page).text
    for cell in ("会员人数", "1200", "1350", "100", "200"):
        assert cell in text, cell


def test_is_furniture_on_shadow_text():
    assert is_furniture("上一篇:计生协会工作计划")
    assert not is_furniture(BODY)
    assert not is_furniture("")


# --- TrailingLinks: another article list under the text, with no heading ---

LINKED = ["在全县计生协工作会议上的讲话", "乡镇计生协年度工作总结", "计生协会员代表大会主持词", "计生协理事会工作报告"]


def test_a_run_of_article_titles_at_the_end_goes(run_step):
    from cleaners.navigation import TrailingLinks

    draft = run_step(TrailingLinks(), [BODY, BODY, *LINKED])
    assert draft.lines == [BODY, BODY]
    assert removed(draft, "trailing_links") == LINKED


@pytest.mark.parametrize("ending", [
    LINKED[:2],  # two titles may be the author's own last headings
    ["衢州市计划生育协会", "2006年8月22日"],  # a signature and its date
    ["三、几项重点工作", "一是加快推动省以下改革", "二是做好改革经验总结"],  # headings name no genre
])
def test_short_endings_that_are_no_article_list_stay(run_step, ending):
    from cleaners.navigation import TrailingLinks

    draft = run_step(TrailingLinks(), [BODY, *ending])
    assert draft.lines == [BODY, *ending]


@pytest.mark.parametrize("tail", [
    ["市计生协召开2023年度工作会议", "2023-04-18", "区计生协走访慰问计生特殊家庭", "2023-02-10"],  # split from their dates
    ["市计生协召开2023年度工作会议 2023-04-18", "区计生协走访慰问计生特殊家庭 [2023-02-10]"],
])
def test_other_stories_with_their_dates_under_the_text_go(run_step, tail):
    from cleaners.navigation import TrailingLinks

    draft = run_step(TrailingLinks(), [BODY, BODY, *tail])
    assert draft.lines == [BODY, BODY]
    assert removed(draft, "trailing_links") == tail


def test_another_storys_headline_and_cut_lead_under_the_text_go_and_cut_nothing(clean):
    tail = ["“中国网事·感动2022”一季度网络感动人物评选结果揭晓 泸州市外卖小哥入选",
            "本报讯(记者许某某)4月8日,由新华社发起,新华网承办的“中国网事·感动2022”一季度网络感动人物评..."]
    doc = clean("\n".join(["泸州市成立优生托育协会", BODY, "会后,协会随即举办了优生托育交流论坛和学术讲座。", *tail]))
    assert doc.text.endswith("学术讲座。") and doc.truncated is False
    # (the story's own lead cut by a preview stays, and is a cut)
    doc = clean("\n".join(["泸州市成立优生托育协会", "本报讯(记者许某某)4月8日,泸州市优生托育协会成立大会在市妇幼保健院召开,会议..."]))
    assert doc.truncated is True


@pytest.mark.parametrize("lines", [
    [BODY, "衢州市计划生育协会", "2006-08-22", "衢州市计生协秘书处", "2006-08-22"],  # two signers, one day
    ["计生协工作会议上的讲话 2023-04-18", "区计生协工作报告 2023-02-10"],  # a list page's own list, no text above
])
def test_dated_lines_that_are_no_other_stories_stay(run_step, lines):
    from cleaners.navigation import TrailingLinks

    assert run_step(TrailingLinks(), lines).lines == lines


def test_a_notices_numbered_attachment_list_stays(run_step):
    from cleaners.navigation import TrailingLinks

    ending = ["附件：1.计生协改革实施方案", "2.会员之家建设指导意见", "3.2023年工作总结报告"]
    draft = run_step(TrailingLinks(), [BODY, *ending])
    assert draft.lines == [BODY, *ending]


def test_a_salutation_ends_a_link_list_above_the_text(run_step):
    lines = ["相关推荐", "关于成立县老年协会的筹备工作报告范文", "尊敬的各位领导、各位来宾,同志们:", BODY]
    draft = run_step(Navigation(), lines)
    assert draft.lines == lines[2:]


def test_a_heading_spaced_out_letter_by_letter_is_no_menu(run_step):
    draft = run_step(Navigation(), ["新 闻 查 询", "政 府 工 作 报 告", "各位代表:", BODY])
    assert draft.lines == ["政 府 工 作 报 告", "各位代表:", BODY]


def test_a_charters_article_numbers_on_their_own_lines_stay(run_step):
    lines = ["第一章 总则", "第一条 协会名称:村计划生育协会", "第三条", "第四条", "第五条", "第六条", BODY, BODY2]
    draft = run_step(Navigation(), lines)
    assert draft.lines == lines


def test_an_english_text_beside_the_chinese_is_the_authors():
    """A page in English with a Chinese name in it: its English paragraphs are the text, not chrome."""
    english = ["The Chairman's Remarks",
               "Our association was established to nurture fulfilling family relationships through professional "
               "services, and this year our services have grown from strength to strength.",
               "Working diligently, we launched an 18-month pilot project for parents and their children, "
               "with workshops and on-line programmes across the city.",
               "We will explore further funding support for this priority service in the coming years."]
    draft = Navigation()(Draft(lines=[*english[:2], "親子情緣GPS項目已經順利完成,我們會繼續為有需要的家庭提供專業支援。", *english[2:]]))
    assert [r.text for r in draft.removed] == []


def test_a_lone_english_notice_under_a_chinese_text_goes():
    notice = "Notice: The content above (including the pictures and videos if any) is uploaded by a user of the platform."
    draft = Navigation()(Draft(lines=["标题", BODY, BODY, notice]))
    assert notice in removed(draft)


# --- TrailingCredit: the newsroom's credit a story ends with ---

@pytest.mark.parametrize("credit", ["(晋宁县计生协供稿)", "(审核人:李某莉)", "(审核:王某)", "(特约记者 李念刚 通讯员 米旭)", "(作者:临武县计生协 雷航英)",
                                    "【编辑 刘妞】", "（通讯员 张晓）", "(記者 林文婧)", "(記者賈曉宏)", "(本报记者王芳 李欢)",
                                    "(完)", "(记者贾某燕谢某杨某)", "(某某区计生协会 黄某霞 刘某珍)", "(区卫计局 雷某军)",
                                    "(供稿:某某县计划生育协会)", "(文圖/王某俊)", "(仲某颖 文/图)", "(黄洋镇 蹇某东)",
                                    "(党委学生工作部(处) 文图/王某)", "(傅某虎 特约通讯员:储某忠)"])
@pytest.mark.parametrize("own_line", [True, False])
def test_a_stories_credit_at_its_end_goes(run_step, credit, own_line):
    from cleaners.navigation import TrailingCredit

    lines = [BODY, BODY2, credit] if own_line else [BODY, BODY2 + credit]
    draft = run_step(TrailingCredit(), lines)
    assert draft.lines == [BODY, BODY2]
    assert removed(draft, "trailing_credit") == [credit]


@pytest.mark.parametrize("ending", [
    BODY2 + "(郑永兴)",  # a name alone may be the author's signature
    "市计生协会(2023年5月29日)",
    "会议的主持人是(编辑 王某)",  # a bracket inside a sentence is the author's
])
def test_the_authors_brackets_at_the_end_stay(run_step, ending):
    from cleaners.navigation import TrailingCredit

    assert run_step(TrailingCredit(), [BODY, ending]).lines == [BODY, ending]


def test_a_credit_taken_off_still_tells_relevance_that_the_page_is_news(clean):
    story = ["市计生协召开第五次会员代表大会", "市计生协第五次会员代表大会近日召开,大会选举产生了新一届理事会。", BODY, BODY2]
    with_credit, without = clean("\n".join([*story, "(记者 林文婧 通讯员 张晓)"])), clean("\n".join(story))
    assert "记者" not in with_credit.text
    assert with_credit.relevance_score < without.relevance_score


def test_a_pagers_lone_number_as_the_pages_last_line_goes(run_step):
    assert run_step(Navigation(), ["县计生协开展宣传", BODY, BODY2, "1"]).lines == ["县计生协开展宣传", BODY, BODY2]


def test_a_pictures_lone_number_between_the_paragraphs_goes_and_a_tables_cells_stay(run_step):
    lines = [BODY, "牧区妇女直播致富", "1", BODY + BODY2, BODY, BODY2, "640", BODY2 + BODY, BODY]
    assert run_step(Navigation(), lines).lines == [BODY, "牧区妇女直播致富", BODY + BODY2, BODY, BODY2, BODY2 + BODY, BODY]
    table = [BODY, "会员之家", "12", "服务户数", "46", BODY + BODY2, BODY]
    assert run_step(Navigation(), table).lines == table


@pytest.mark.parametrize("ending", [["012"], ["联系电话:139", "0716", "2258", "县计生协"]])
def test_numbers_under_the_text_that_are_not_a_pagers_last_number_stay(run_step, ending):
    assert run_step(Navigation(), [BODY, BODY2, *ending]).lines == [BODY, BODY2, *ending]


@pytest.mark.parametrize("row", ["3上一版  下一版4", "3上一期  下一期4", "3上一篇"])
def test_an_e_papers_pager_with_its_arrows_printed_as_digits_is_furniture(row):
    assert is_furniture(row)


def test_a_sites_table_of_contents_above_the_text_goes(clean):
    contents = ["目录/提纲:……", "一、“生育关怀行动”取得的显著成效", "一是关怀独生子女学习", "(一)领导较重视,政策有保障",
                "二、存在的问题", "(二)部门参与意识较强,协作配合机制得以建立", "……"]
    doc = clean("\n".join([*contents, "关于“生育关怀行动”开展情况的评估报告", BODY, BODY2]))
    assert doc.title == "关于“生育关怀行动”开展情况的评估报告"
    assert doc.text_original.startswith(BODY[:10]) and "目录" not in doc.text_original


def test_a_contents_ends_where_the_text_prints_its_first_entry_again(clean):
    """A report's own contents, then its text, whose first headings are entries of the contents."""
    contents = ["目录", "第一部分  某市计划生育协会概况", "一、主要职能", "二、部门基本情况", "第二部分  2021年度部门决算表",
                "一、收入支出决算总表"]
    headings = ["第一部分  某市计划生育协会概况", "一、主要职能", "(一)主要职能"]
    doc = clean("\n".join(["某市计划生育协会2021年度部门决算", *contents, *headings, BODY, BODY2]))
    assert doc.text_original.splitlines() == [*headings, BODY, BODY2]


def test_a_contents_whose_entries_end_on_page_numbers_ends_at_a_heading_with_none(clean):
    contents = ["目录", "1.我公司对本项目的理解2", "2.特色服务4", "2.1资本实力雄厚,偿付能力充足4", "3.参与医疗保障体系建设的经验7"]
    headings = ["1.我公司对大病保险的理解"]
    doc = clean("\n".join(["城乡居民大病保险计划书", *contents, *headings, BODY, BODY2]))
    assert doc.text_original.splitlines() == [*headings, BODY, BODY2]


def test_a_collections_bulleted_contents_of_its_pieces_go_and_the_first_pieces_heading_is_the_title(clean):
    contents = ["- 目錄", "-", "第1篇殘聯上半年工作總結,婦聯上半年工作匯報 第2篇殘聯上半年工作總結 第3篇縣殘聯上半年工作總結"]
    heading = "殘聯上半年工作總結,婦聯上半年工作匯報"
    doc = clean("\n".join([*contents, f"第1篇 {heading}", BODY, BODY2]))
    assert doc.title == heading and doc.text_original.splitlines() == [BODY, BODY2]


def test_an_outline_that_opens_the_text_with_no_contents_heading_stays(clean):
    lines = ["一、基本情况", "一是组织健全", "二是活动经常", "三是服务到位", BODY, BODY2]
    assert clean("\n".join(["县计生协工作总结", *lines])).text_original.startswith("一、基本情况")


def test_a_counters_lone_number_as_the_pages_first_line_goes(run_step):
    assert run_step(Navigation(), ["11", "县计生协开展宣传", BODY, BODY2]).lines == ["县计生协开展宣传", BODY, BODY2]


def test_other_stories_headlines_with_their_cut_teasers_at_the_end_go(run_step):
    from cleaners.navigation import TrailingLinks

    tail = ["战疫观察之三:党旗高扬", "新冠肺炎疫情发生以来,某某山东网", "绿色中国", "加速前行", "绿色,是生命的颜色,某某山东网"]
    assert run_step(TrailingLinks(), [BODY, BODY2, *tail]).lines == [BODY, BODY2]


def test_a_sites_search_questions_run_together_on_the_last_line_go(run_step):
    from cleaners.navigation import TrailingLinks

    tags = "2016世界避孕日主题是什么2016年世界避孕日是哪一天2016年是第几个世界避孕日古代人怎么避孕?避孕药有什么副作用"
    assert run_step(TrailingLinks(), [BODY, BODY2, tags]).lines == [BODY, BODY2]


@pytest.mark.parametrize("last", ["如何做好计生协工作?怎么服务群众?有什么好办法?", "县计生协", "怎么办、如何办、有什么办法,需要我们认真思考"])
def test_an_authors_last_line_of_questions_or_a_signature_stays(run_step, last):
    from cleaners.navigation import TrailingLinks

    assert run_step(TrailingLinks(), [BODY, BODY2, last]).lines == [BODY, BODY2, last]


def test_a_sites_short_links_right_above_its_footer_go_and_a_signature_there_stays(run_step):
    footer = ["某某新闻网版权所有,保留所有的权利", "网站介绍 | 广告服务 | 联系方式 | 法律声明"]
    draft = run_step(Navigation(), ["县计生协开展宣传", BODY, BODY2, "南湖新闻", "镇街部门", "某某区新闻信息中心", *footer])
    assert draft.lines == ["县计生协开展宣传", BODY, BODY2]
    draft = run_step(Navigation(), ["县计生协开展宣传", BODY, BODY2, "某某县计划生育协会", "2019年5月30日", *footer])
    assert draft.lines == ["县计生协开展宣传", BODY, BODY2, "某某县计划生育协会", "2019年5月30日"]


@pytest.mark.parametrize("label", ["打印:", "来源", "返回主站", "没有留言:", "最新评论共有", "0 位网友发表了评论", "查看所有评论", "附件列表",
                                   "发布产品", "会员信息"])
def test_a_sites_bare_label_or_link_is_furniture(label):
    assert is_furniture(label)
    assert not is_furniture(label + "天门市融媒体中心记者陈某在会上介绍了经验。")


def test_a_year_tag_printed_over_the_text_and_again_under_it_goes_and_a_signatures_year_stays(run_step):
    assert run_step(Navigation(), ["2018年", BODY, BODY2, BODY, "2018年"]).lines == [BODY, BODY2, BODY]
    assert run_step(Navigation(), [BODY, BODY2, "某县计生协", "2018年"]).lines == [BODY, BODY2, "某县计生协", "2018年"]


def test_an_e_papers_short_links_between_its_footers_rows_and_under_them_go(run_step):
    footer = ["本稿件所含文字、图片和音视频资料,版权均属某晚报所有,任何媒体、网站或个人未经授权不得转载,违者将依法追究责任。",
              "某晚报多媒体数字版", "按日期查阅", "© 版权所有 某晚报", "某某照排公司 提供技术服务"]
    draft = run_step(Navigation(), ["县计生协开展宣传", BODY, BODY2, *footer])
    assert draft.lines == ["县计生协开展宣传", BODY, BODY2]


def test_a_similar_articles_heading_and_its_list_go(run_step):
    draft = run_step(Navigation(), ["县计生协开展宣传", BODY, BODY2, "同類文章", "某县计生协开展5·29宣传", "某镇计生协慰问困难家庭"])
    assert draft.lines == ["县计生协开展宣传", BODY, BODY2]
    draft = run_step(Navigation(), ["县计生协开展宣传", BODY, BODY2, "更多》图片新闻", "小伙不省人事 护士教科书式施救", "守护人民健康 福州有独创方案"])
    assert draft.lines == ["县计生协开展宣传", BODY, BODY2]


ENTRY = "计划生育协会是以促进人口与计划生育工作和家庭发展为宗旨的群众团体，简称“计生协”，各级均设有组织。"


@pytest.mark.parametrize("contents", [
    ["目录", "1 发展历程", "2 组织体系", "3 主要工作", "▪ 生育关怀", "▪ 青春健康"],
    ["目录", "1", "发展历程", "2", "组织体系", "3", "主要工作", "生育关怀", "青春健康"],
    ["目录", "1 发展历程  2 组织体系  3 主要工作  4 生育关怀  5 青春健康"],
])
def test_an_encyclopedias_contents_under_its_first_paragraph_go(clean, contents):
    sections = ["发展历程 [编辑]", BODY, "组织体系", BODY2, "主要工作", "生育关怀", BODY + "一", "青春健康", BODY2 + "二"]
    doc = clean("\n".join(["计划生育协会", ENTRY, *contents, *sections]))
    assert doc.text_original.split("\n")[:3] == [ENTRY, "发展历程", BODY]


def test_a_numbered_list_under_a_contents_heading_that_no_heading_repeats_stays(clean):
    items = ["目录", "1 宣传教育", "2 生育关怀", "3 青春健康"]
    doc = clean("\n".join(["计划生育协会", ENTRY, *items, BODY, BODY2]))
    assert "目录" in doc.text_original and "宣传教育" in doc.text_original


def test_an_encyclopedias_box_of_facts_its_references_and_its_tags_go(clean):
    facts = ["中文名  计生协会员活动日", "别    名  “5·29”会员活动日", "日    期  每年5月29日", "发起单位  中国计划生育协会"]
    foot = ["参考资料", "1.  计划生育协会章程  .某某网[引用日期2020-05-12]", "2.  基层组织建设工作手册  .某某网[引用日期2020-05-12]",
            "词条标签:", "社会团体 , 组织机构 , 社会组织", "猜你关注:暖心行动 青春健康 优生优育进万家", "最近更新:某某用户1066"]
    doc = clean("\n".join(["某某百科", "计生协会员活动日", *facts, ENTRY, BODY, BODY2, *foot]))
    assert doc.text_original == "\n".join([ENTRY, BODY, BODY2])
    assert doc.title == "计生协会员活动日"


def test_a_documents_own_references_and_a_form_without_an_entrys_name_stay(clean):
    form = ["会    长  王小明", "秘 书 长  李小红", "联系电话  0719-7218863"]
    refs = ["参考文献", "[1] 王某.基层计生协组织建设研究[J].人口研究,2019(3)."]
    doc = clean("\n".join(["县计生协工作总结", BODY, *form, BODY2, *refs]))
    assert "王小明" in doc.text_original and "0719-7218863" in doc.text_original
    assert "参考文献" in doc.text_original and "基层计生协组织建设研究" in doc.text_original


def test_a_footers_owner_row_and_hotline_go_and_a_sentence_naming_an_organiser_stays(clean):
    foot = ["打印本页 | 关闭窗口 | 返回顶部", "妇女维权公益服务热线：12338",
            "某某县妇女联合会主办\u3000地址：某某县政通路6号\u3000邮箱：abc@163.com", "桂ICP备12000321号-2"]
    last = "本次活动由县计生协主办，县妇联协办。"
    doc = clean("\n".join(["县计生协开展宣传活动", BODY, BODY2, last, *foot]))
    assert doc.text_original == "\n".join([BODY, BODY2, last])


def test_a_breadcrumbs_last_place_on_a_line_of_its_own_goes_and_a_short_headline_stays(run_step):
    crumb = ["当前位置:", "某某党媒云 | 乡镇融>"]
    lines = ["七里塘乡", "七里塘乡开展计生特殊家庭走访慰问活动", BODY, BODY2]
    assert run_step(Navigation(), [*crumb, *lines]).lines == lines[1:]
    titled = ["县计生协工作总结", BODY, BODY2]
    assert run_step(Navigation(), ["首页 > 工作总结 >", *titled]).lines == titled


def test_a_question_over_the_pages_date_row_is_no_breadcrumbs_place_it_is_the_title(clean):
    """A Q&A page: its crumbs, the question's title over its date row, then the answer opening with the title
    printed again in brackets whose first half the page lost."""
    answer = "在国家推行计划生育政策的背景下,为了鼓励家庭只生育一个孩子,政府出台了一系列奖励和保障措施。"
    doc = clean("\n".join(["首页 > 百科知识 > 宝藏问答 >", "", "独生子女父母奖励费", "", "2025-09-27 12:47:55", "",
                           "独生子女父母奖励费】" + answer, BODY]))
    assert doc.title == "独生子女父母奖励费" and doc.text_original.splitlines() == [answer, BODY]


def test_a_photos_caption_glued_before_the_storys_first_line_goes(run_step):
    caption = "某县计生协会副会长张某(左)与某村党支书姜某(右)。杨洋供图"
    story = "长城网廊坊4月8日电 近日,某县计生协会在某村开展“幸福工程”救助贫困母亲活动,为10户贫困母亲发放救助金。"
    assert run_step(Navigation(), [caption + " " + story, BODY]).lines == [story, BODY]


def test_a_date_spaced_out_under_a_title_is_no_menu_row(clean):
    lines = ["人口政策白皮书", "中华民国 102 年 7 月 12 日", "序 言", "人口政策为一国之基本政策,乃因为人口的质与量和一国之经济、社会、国防等发展息息相关。"]
    doc = clean("\n".join(lines))
    assert "中华民国 102 年 7 月 12 日" in doc.text_original and doc.speech_date == "2013-07-12"


def test_a_papers_first_heading_and_sentence_run_on_after_its_keywords_stay(clean):
    line = "关键词:计划生育政策效果,总和生育率,人口模拟     1  引言     1.1 研究背景   计划生育使中国少生了多少人?这是一个颇具争议的问题。"
    doc = clean("\n".join(["计划生育政策的人口效应", line, "对于这种反事实的问题,学者们给出了不同的回答,本文试图给出一个估计。"]))
    assert "计划生育使中国少生了多少人?这是一个颇具争议的问题。" in doc.text_original


def test_a_title_printed_twice_round_a_button_over_the_text_is_no_menu(clean):
    lines = ["计划生育倡议书", "合集下载", "计划生育倡议书", "尊敬的各位市民,",
             "在这个逐渐变得拥挤的世界中,我们必须认识到过度的人口增长问题。", "随着社会发展,很多人忽略了计划生育的重要性。"]
    doc = clean("\n".join(lines))
    assert doc.title == "计划生育倡议书" and doc.doc_type == "倡议书"


STORY = "5月23日,市人大常委会人口计生工作评议调查组一行深入石门县,就人口计生工作开展评议调查,听取了县政府的汇报。"


@pytest.mark.parametrize("captions, after", [
    (["调查组一行在某镇计划生育服务所了解情况", "市人大常委会副主任王某在座谈会上讲话", "与会人员在座谈会上发言"], []),
    (["市人大常委会副主任王某在座谈会上讲话"], [STORY]),
    (["某某省红十字会秘书长 杨某某发言"], [STORY]),
    (["院长侯某讲话"], [STORY]),  # (short)
    (["院長侯某講話"], [STORY]),  # (and in Traditional)
    (["蒋某强讲话。"], [STORY]),  # (a name and what he gave, with its full stop)
    (["活动现场", "赵某礼理事长作主题讲座", "蓝某副秘书长作会议小结"], []),  # (name before office, under a scene taken out)
    # (a block of short lines, two of them scenes: the others are its pictures' captions too)
    (["县长崔某与志愿者亲切交谈", "宣传部长刘某与女孩们一起听志愿者授课", "工作人员在了解孩子们的情况", "志愿者与孩子们进行交流"], [STORY]),
])
def test_captions_of_who_did_what_under_a_storys_paragraph_go(run_step, captions, after):
    assert run_step(Navigation(), [STORY, *captions, *after]).lines == [STORY, *after]


def test_a_pictures_caption_beside_a_scenes_caption_goes_with_it(clean):
    lead = "某某网讯(通讯员 李某)为营造全社会关注女孩成长的良好氛围,8月10日上午,某县“圆梦女孩志愿行动”启动仪式在县广场隆重举行。"
    lines = ["某县圆梦女孩志愿行动正式启动", "启动仪式现场。", "为“圆梦女孩”发放助学金。", lead, "为“圆梦女孩”发放助学物品。", "活动现场。", BODY]
    assert clean("\n".join(lines)).text_original.splitlines() == [lead, BODY]


def test_the_pages_first_line_over_a_scenes_caption_is_its_headline(clean):
    lead = "10月20日,在全国第三个老年节即将来临之际,省老龄办召开新闻通气会。省老龄办常务副主任在会上通报了全省老龄事业发展情况。"
    doc = clean("\n".join(["我省召开2015年“老年节”新闻通气会", "", "22.10.2015  08:51", "发布会现场", "", lead, BODY]))
    assert doc.title == "我省召开2015年“老年节”新闻通气会"
    assert doc.text_original.splitlines() == [lead, BODY]


@pytest.mark.parametrize("line", ["同志们,大家好!", "一、发放助学金。", "会上,大家踊跃发言。"])
def test_a_salutation_a_heading_or_a_clause_beside_a_scene_stays(run_step, line):
    assert line in run_step(Navigation(), [STORY, "活动现场", line, STORY]).lines


@pytest.mark.parametrize("line", ["一、王某在座谈会上讲话", "在全县计生协会议上的讲话", "村计生协会长就职表态发言", "会后,大家在座谈会上发言"])
def test_a_heading_a_speechs_title_or_a_clause_is_no_caption(run_step, line):
    assert line in run_step(Navigation(), [STORY, line, STORY]).lines


@pytest.mark.parametrize("counter", ["人氣 2218", "点击 356", "热度 12"])
def test_a_counter_with_its_word_and_no_colon_goes_whole(clean, counter):
    series = "「三十五年 計生政策下的禍患」系列報導之一"
    doc = clean("\n".join(["計生源於計劃經濟 以政策之名殘害國人", series, counter, BODY, BODY2]))
    assert doc.text_original.splitlines() == [series, BODY, BODY2]


def test_a_wire_storys_date_code_and_the_apps_buttons_after_it_go(clean):
    last = "王宗曦表示,希望生育率可以回到合理的替代目標1.6人。"
    doc = clean("\n".join(["衛福部設少子化辦公室", "(中央社記者台北12日電)衛福部今天表示,今成立少子化辦公室,將跨部會討論。",
                           last + "1060412", "中央社「一手新聞」 app", "iOS App下載Android App下載"]))
    assert doc.text_original.splitlines()[-1] == last and not doc.truncated


def test_a_caption_signed_by_the_photographers_name_after_a_space_goes(run_step):
    caption = "■公益金45周年酒會,梁唐青儀等切蛋糕。 莫雪芝 攝"
    assert run_step(Navigation(), [caption, BODY, BODY2]).lines == [BODY, BODY2]


def test_a_picture_storys_credit_goes_whole_and_its_story_is_the_text_when_the_caption_is_all_the_page_has(clean):
    story = "乐亭县计生协在实行村民自治工作中,把宣传放在首位,通过电视专题、文艺节目、流动展板等不同形式宣传计生协会的宗旨、任务、作用,提高了群众参与的积极性。"
    doc = clean(story + "图为汤家河镇的群众在观看计生协工作成就展。 习洪业 摄")
    assert doc.text_original == story and doc.title == "" and not doc.truncated
    assert [r.text for r in doc.removed if r.rule == "navigation"] == ["图为汤家河镇的群众在观看计生协工作成就展。", "习洪业 摄"]
    # (under a story with text of its own the caption goes whole, its credit on a line of its own too)
    doc = clean("\n".join(["某县计生协开展宣传活动", BODY, story + "图为汤家河镇的群众在观看计生协工作成就展。", "习洪业 摄", BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_forum_archives_pager_and_a_reposts_source_glued_after_its_last_sentence_go_and_mark_no_cut(clean):
    last = "未来,我市将持续改善管理,提升服务能力,完善支持生育的家庭发展政策,促进我市人口长期均衡发展。"
    doc = clean("\n".join(["某市荣获全国计生优质服务先进单位", BODY, last + "本文来源闽南网", "页:", "[1]"]))
    assert doc.text_original.splitlines() == [BODY, last] and not doc.truncated
    assert [r.text for r in doc.removed if r.rule == "navigation"] == ["页:", "[1]"]
    assert [r.text for r in doc.removed if r.rule == "spam"] == ["本文来源闽南网"]
    # (a sentence about where something comes from is the author's)
    kept = "群众的满意是我们工作的动力来源。"
    assert clean("\n".join(["某市计生协工作总结", BODY, kept])).text_original.splitlines()[-1] == kept


@pytest.mark.parametrize("labels", [["頁麵:", "    字體:", "    對比度:"], ["個人資料", "  • 博客訪問:"]])
def test_an_accessibility_toolbars_and_a_blogs_sidebar_labels_go(clean, labels):
    doc = clean("\n".join([*labels, "某县计生协开展关爱活动", BODY, BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_roster_under_its_label_is_no_menu(clean):
    present = ["张三会长(主持)", "李四副会长", "王五理事", "赵六理事", "钱七理事"]
    absent = ["孙八理事", "周九理事", "吴十理事"]
    page = ["县计生协三届四次理事会会议纪要", "出席:", *present, "缺席:", *absent,
            "会议听取了县计生协2023年工作报告,审议通过了理事会成员调整名单。", BODY, BODY2]
    lines = clean("\n".join(page)).text_original.splitlines()
    assert all(name in lines for name in present + absent)


def test_bulleted_headlines_outside_the_text_are_a_list_of_other_stories(clean):
    sidebar = ["新聞", "  • 六百前線人員研預防青少濫藥酗酒", "  • 港鐵為轉職僱員訂保障措施", "  • “生鮮雞”日均供澳二千七隻",
               "  • 四月流感個案升三成四 衛局:未大規模爆發"]
    doc = clean("\n".join([*sidebar, "婦聯圖展論壇慶七十周年", BODY, BODY2]))
    assert doc.title == "婦聯圖展論壇慶七十周年" and doc.text_original.splitlines() == [BODY, BODY2]


def test_a_breadcrumbs_column_printed_alone_at_the_top_goes(clean):
    headline = "某县计生协深入开展青春健康与防艾教育进校园活动"
    doc = clean("\n".join(["协会之窗", "", "当前位置/ 首页/ 协会之窗/ 正文", "", headline, BODY, BODY2]))
    assert doc.title == headline and doc.text_original.splitlines() == [BODY, BODY2]


def test_a_sites_welcome_and_its_crumbs_column_at_the_top_go_under_a_spam_line(clean):
    headline = "處罰5569人!某省衛健委通報巡視整改進展"
    first = "根據省委巡視工作統一部署,省委第五巡視組對省衛生健康委黨組開展了專項巡視。按照有關要求,現將集中整改進展情況予以公布。"
    doc = clean("\n".join(["年轻教师的滋味5在观有限中字,国产精品久久久久久婷婷,中文字幕无码热在线视频,国产精品 高清 尿 小便 嘘嘘", "", "歡迎來到某某醫療器械博覽會?。ㄉ綎|某某展覽有限公司)",
                           f"首頁 > 媒體中心 > 行業新聞 > {headline}", "", "行業新聞", "", headline, "", "發布時間:2023-06-24", "", first, BODY]))
    assert doc.title == headline and doc.text_original.splitlines() == [first, BODY]


def test_a_posts_teaser_cut_off_with_dots_over_the_post_goes(run_step):
    post = ["国际同济会台湾总会中A区办理第51、52届区主席交接暨区职人员布达典礼,于114年9月23日假台中市乌日区花园会馆盛大举行。", BODY]
    teaser = "51亲民团队精彩传承中A区主席交接典礼图/文:同济记者 国际同济会台湾总会中A区办理第51、52届区主席交接暨区职人员布达典礼,于114年9月23日假台中市..."
    assert run_step(Navigation(), [teaser, "24/09/2025", *post]).lines[-2:] == post
    assert teaser not in run_step(Navigation(), [teaser, "24/09/2025", *post]).lines
    # (a line that trails off with words the text does not go on with is the author's)
    own = "今年以来,我们围绕中心工作,扎实开展各项活动,取得了一定成绩,但也存在一些问题,比如..."
    assert own in run_step(Navigation(), [own, *post]).lines


def test_a_sites_bracketed_summary_printed_again_below_goes_and_a_papers_bracketed_heading_stays(run_step):
    lead = "据了解,2022年,中国计生协持续推进青春健康教育工作,在全国开展多项活动,覆盖学生逾百万人次。此外,中国计生协正联合有关部门"
    lines = ["【摘要】" + lead[:50], lead, BODY]
    assert run_step(Navigation(), lines).lines == [lead, BODY]
    lines = ["【内容提要】", "本文依据全国五大城市的抽样调查资料,对我国城市第一代独生子女父母家庭结构进行了探讨。", BODY]
    assert run_step(Navigation(), lines).lines == lines


@pytest.mark.parametrize("turn, stamp", [("[主持人:]2016年出生人口达到1786万人,请问其中有多少是二孩?", " [ 2017-03-14 18:04:06.0 ]"),
                                         ("下面,首先请于某某先生作介绍。", "2021-07-21 10:07:05")])
def test_a_live_transcripts_stamp_after_a_turn_goes(run_step, turn, stamp):
    assert run_step(Navigation(), [BODY, turn + stamp, BODY2]).lines == [BODY, turn, BODY2]


def test_a_charitys_sidebar_of_ways_to_give_goes_from_its_heading_to_its_last_way(clean):
    sidebar = ["欢迎来到某某省红十字会!", "捐款方式", "  • 扫码转款", "  • 银行转帐", "    户名:某某省红十字会", "    账号:1702 0206 2920",
               "  • 邮政汇款", "    收款人:某某省红十字会", "  • 短信捐款", "中国移动 、中国电信用户发送", "数字", "1或2", "至1069999337号码,",
               "表示捐款1元或2元(不含通信费);", "短信捐款"]
    headline = "学习先进经验,谋划推动“博爱家园”项目高质量发展"
    doc = clean("\n".join([*sidebar, headline, "发布日期:2024-12-17", BODY, BODY2]))
    assert doc.title == headline and doc.text_original.splitlines() == [BODY, BODY2]


def test_a_portals_latest_notices_its_columns_more_link_and_its_reading_widget_go(clean):
    headline = "代表建议:尽快完善失独家庭登记"
    first = "“我们现在需要尽快完善失独家庭的登记工作,这是解决失独家庭一系列问题的第一步。”全国人大代表李某某说。"
    sidebar = ["最新公告", "英国《金融时报》中文网系列报道: QQ大战360", "教育部:与学校利益相关单位不得编写教辅材料",
               "搜狐发布《微博版权保护公约》", "礼品回收成洗钱新渠道 数十万名表首饰可变现", "法律新闻 →"]
    doc = clean("\n".join([*sidebar, headline, "查看方式:", "大字", "中字", "小字 ] [双击滚屏]", headline, first, BODY]))
    assert doc.title == headline and doc.text_original.splitlines() == [first, BODY] and doc.doc_type is None


def test_an_e_papers_list_of_the_pages_headlines_goes(clean):
    headline = "某某某促修法提高生育率"
    first = "【本報消息】議員某某某表示,綜觀特區本年度財政施政報告,針對本澳生育率問題,未見詳列具體相關政策。"
    listed = ["本版標題導航", "保安司辦:阿里雲故障無洩個資", "某某某促補助社屋輪候家團", "聚賢同心倡連通北區路網",
              "議員關注青年職訓計劃成效", headline, "新聞特搜", "今日日期:     版面導航", "當前報紙日期:"]
    doc = clean("\n".join(["第A04版:澳聞 上一版3  4下一版", *listed, "3上一篇  下一篇4", headline, first, BODY]))
    assert doc.title == headline and doc.text_original.splitlines() == [first, BODY]


def test_a_news_flash_label_over_the_headline_and_a_stories_keyword_and_reply_widgets_go(clean):
    headline = "搶救生育率!衛福部成立少子化專案辦公室"
    doc = clean("\n".join(["快訊", headline, BODY, BODY2, "關鍵字", "最新回應"]))
    assert doc.title == headline and doc.text_original.splitlines() == [BODY, BODY2]


def test_a_related_content_heading_under_the_story_goes(clean):
    assert clean("\n".join(["某县计生协开展活动", BODY, BODY2, "延伸内容:"])).text_original.splitlines() == [BODY, BODY2]


def test_a_news_sites_mail_address_alone_under_the_story_goes_and_a_notices_contact_stays(clean):
    doc = clean("\n".join(["某某公会举行理事长交接典礼", BODY, BODY2, "電子信箱:parnews168@gmail.com"]))
    assert doc.text_original.splitlines() == [BODY, BODY2]
    contact = ["联系人:王某", "联系电话:0515-88335631", "电子邮箱:abc@163.com"]
    doc = clean("\n".join(["关于开展会员活动日系列活动的通知", BODY, BODY2, *contact]))
    assert doc.text_original.splitlines() == [BODY, BODY2, *contact]


def test_a_footers_bulleted_links_go_with_their_heading(clean):
    doc = clean("\n".join([BODY, BODY2, "信用中国", "", "  • 信用信息", "  • 行政许可和行政处罚", "  • 网站文章"]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_bulleted_headline_with_its_date_is_a_listed_item_however_long(clean):
    listed = ["- 粵港跨境直通救護車試行計劃將於11月推行2024-11-01",
              "- 廣州發佈《廣州市臺胞常見求助問答(一)》,一文解答在穗臺胞常見疑問2024-11-01",
              "- 中國航天員一次次自信出征,底氣從哪兒來?2024-10-31",
              "- 前三季度進出口1.88萬億元,同比增長11.5%——跨境電商,助力中國品牌出海2024-10-"]
    doc = clean("\n".join([BODY, BODY2, "新聞推薦", *listed]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_bulleted_list_inside_the_text_stays(clean):
    points = ["• 加强组织建设", "• 创新服务载体", "• 提升服务能力"]
    doc = clean("\n".join([BODY, *points, BODY2]))
    assert all(p[2:] in doc.text_original.splitlines() for p in points)


def test_a_short_sentence_printed_on_its_own_line_three_times_is_a_caption(clean):
    caption = "小朋友们表演精彩节目。"
    doc = clean("\n".join([BODY, caption, BODY2, caption, STORY, caption]))
    assert doc.text_original.splitlines() == [BODY, BODY2, STORY]


def test_a_call_printed_twice_stays(clean):
    call = "让我们携起手来,共同努力!"
    doc = clean("\n".join([BODY, call, BODY2, call]))
    assert doc.text_original.splitlines() == [BODY, call, BODY2, call]


def test_a_teaser_cut_off_under_a_list_heading_and_a_local_sites_motto_go(clean):
    teaser = "本报讯(记者张某)某县自去年3月份开展乡村连片治理试点项目建设以来,严把项目资金使用关,积极推进..."
    doc = clean("\n".join([BODY, BODY2, "新闻推荐", teaser, "某县新闻,讲述家乡的故事。有观点、有态度,接地气的实时新闻,传播某县正能量。"]))
    assert doc.text_original.splitlines() == [BODY, BODY2] and not doc.truncated


def test_a_mail_archives_sender_scrubbed_attachment_and_list_link_go_and_a_bulletins_lead(clean):
    page = ["县计生协秘书处 mishuchu at example.org.cn", "【本期导读】县计生协会长在会员活动日启动仪式上的讲话", BODY, BODY2,
            "-------------- 下一部分 --------------", "一个非文本附件已被清除...", "名称: 简报2023-6.pdf", "类型: application/pdf",
            "大小: 412863 字节", "描述: 不可用", "网址: <http://lists.example.org.cn/attachment-0001.pdf>", "更多关于 jsx-tongxun 邮件列表的信息"]
    assert clean("\n".join(page)).text_original.splitlines() == [BODY, BODY2]


def test_a_compilations_contents_and_its_label_over_one_paper_go_and_the_papers_heading_is_the_title(clean):
    contents = ["会议材料汇编", "一、在2024年全市计生协工作会议上的讲话", "二、2024年全市计生协工作要点",
                "三、交流发言之一:某县计生协 坚持改革创新 推动基层组织建设提质增效", "四、交流发言之二:某区计生协 做实家庭健康服务"]
    page = [*contents, "交流发言之一", "坚持改革创新 推动基层组织建设提质增效", "某县计划生育协会",
            "近年来，我们认真贯彻落实上级关于深化基层组织建设的部署要求，推动基层计生协组织体系更加健全。",
            "我们推动县委办公室、县政府办公室出台加强基层计划生育协会建设的意见，明确乡镇计生协会长由分管领导兼任。"]
    doc = clean("\n".join(page))
    assert doc.title == "坚持改革创新 推动基层组织建设提质增效" and doc.text_original.splitlines() == page[7:]
    assert doc.relevant and doc.doc_type == "发言"


@pytest.mark.parametrize("caption", ["▲中鋼企業工會理事長楊某某致詞。(圖／記者黃某某攝，2026.03.07)", "▲市計生協、區衛健局向校捐贈物品",
                                     "▲衛生局的同仁也精心設計歌舞劇,希望將健康的訊息回饋給與會的志工。(圖/記者陳某某攝,2019.11.22)",
                                     "(春節後,某市總工會開展女職工“兩癌”公益篩查宣講。 通訊員 攝)",
                                     "苗縣慶祝婦女節,與會嘉賓期勉婦女成為苗栗前進的力量。(苗縣府提供)", "會場一角"])
def test_a_caption_led_by_a_triangle_or_bracketed_with_its_photographer_goes(clean, caption):
    assert clean("\n".join([BODY, caption, BODY2])).text_original.splitlines() == [BODY, BODY2]


@pytest.mark.parametrize("name", ["揭牌后合影1_20220722160109", "肖某某致辞_20220722160437"])
def test_a_pictures_file_name_with_its_time_goes(clean, name):
    assert clean("\n".join([BODY, name, BODY2])).text_original.splitlines() == [BODY, BODY2]


def test_a_letters_writer_under_its_close_stays(clean):
    lines = [BODY, "孩子们,我们现在将逐渐步入青春期,希望你们顺利健康地度过青春期。祝", "孩子们展翅高飞,鹏程万里!", "郦春梅"]
    assert clean("\n".join([*lines, "|", "|"])).text_original.splitlines() == lines


def test_a_posts_teasers_of_earlier_ones_go(clean):
    teasers = ["往期热门某县弃儿寻亲:我们的亲生父母,你们在哪?", "往期热门某县公交车上施暴者被拘留!车内监控曝光"]
    assert clean("\n".join(["孕前优生健康检查全面免费", *teasers, BODY, BODY2])).text_original.splitlines() == [BODY, BODY2]


def test_a_news_sites_call_for_tips_and_a_credits_editor_go_and_leave_the_story_whole(clean):
    doc = clean("\n".join(["县妇联举办新春联欢会", BODY, BODY2, "编审:吴某某", "如果您有新闻线索或资料给本网,请进入安全投稿爆料平台"]))
    assert doc.text_original.splitlines() == [BODY, BODY2] and not doc.truncated


def test_a_records_fields_repeated_in_each_record_stay_and_a_proposers_label_is_no_title(clean):
    records = []
    for n, cause in ((16, "建议修复村道挡土墙,以保障邻户安全。"), (17, "建议改善社区排水系统,以免豪雨波及居民住屋。"),
                     (18, "建议在村口增设路灯,方便村民夜间出行。")):
        records += [f"案由:{cause}", "提案人:阮某某", "附署人:吕某、柳某某", f"办法:建请乡公所派员勘查并尋求经费第{n}案。"]
    doc = clean("\n".join(records))
    assert doc.title == "" and doc.text_original.splitlines() == records


def test_a_hosts_call_repeated_in_a_row_for_each_round_stays(clean):
    call = "下面,请上台领奖;"
    lines = [BODY, "首先,颁发优秀会员奖,本奖项分五轮颁发,共60人;", *[call] * 5, "下面,请颁奖嘉宾退场。", BODY2]
    assert clean("\n".join(lines)).text_original.splitlines() == lines


def test_a_counter_and_the_comment_buttons_under_a_headline_go(clean):
    page = ["免费真人视频网站直播下载,国产男女免费完整视频,亚洲精品国产一区二区三区四区在线", "更多網上媒體 育兒頻道> 頭條新聞 > 正文",
            "我國出生人口性別比出現首次下降", "1", "青島新聞網 2010-06-04 09:13:05 青島日報 現有新聞評論      新聞報料", STORY, BODY2]
    doc = clean("\n".join(page))
    assert doc.title == "我國出生人口性別比出現首次下降" and doc.text_original.splitlines() == [STORY, BODY2]


def test_a_chronicles_table_below_the_text_is_no_menu(clean):
    rows = ["2013年 事項", "2月6日 兒童使用智能產品調查", "3 月 愛家庭 親子五式", "3-4月 約見港大/理大/社聯", "4-5月 宣傳脊骨檢查日",
            "5月27日 傳媒茶聚", "6月 7 日 愛踢波 唔賭波 ~ 2012年歐洲國家盃賭波調查"]
    doc = clean("\n".join([BODY, "回顧2012-2013年委員會之工作如下:", "一.2012-2013年工作回顧", *rows, "コメント"]))
    kept = "".join(doc.text_original.split())
    assert all("".join(row.split()) in kept for row in rows) and "コメント" not in kept


def test_a_date_widget_in_a_menu_goes_with_it(clean):
    doc = clean("\n".join(["2023", "10月24日", "星期", "首页", BODY, BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


@pytest.mark.parametrize("footer", ["技术维护:某某网络 Tel:0482-8299108 Fax:0482-8299050 Email:wlhtxxzx@wlht.gov.cn",
                                    "不良信息属地举报:市互联网信息办公室 Tel:0482-8299685 Email:774133423@qq.com",
                                    # (a copyright notice the page cut off mid-sentence)
                                    "·凡注明来源为“某某网”的所有文字、图片、音视频、美术设计等作品,版权均属"])
def test_a_portals_maintenance_and_reporting_rows_are_its_footer(clean, footer):
    doc = clean("\n".join([STORY, BODY2, footer]))
    assert doc.text_original.splitlines() == [STORY, BODY2] and not doc.truncated


def test_an_adult_seo_line_and_a_news_agencys_name_above_a_headline_are_neither_title_nor_text(clean):
    page = ["亚洲一区精品动漫|亚洲日韩欧美综合中文字幕|久久艹视频一区", "中國新聞社", "中國婦女代表大會特寫:女界代表溝通南北連接東西",
            STORY, BODY2]
    doc = clean("\n".join(page))
    assert doc.title == "中國婦女代表大會特寫:女界代表溝通南北連接東西"
    assert doc.text_original.splitlines() == [STORY, BODY2]


def test_the_day_alone_at_the_pages_top_is_its_date_when_no_row_gives_one(clean):
    doc = clean("\n".join(["2018年5月15日星期二", "某某同鄉會第2屆第3次會員大會圓滿達陣", STORY, BODY2]))
    assert doc.published == "2018-05-15" and "星期" not in doc.text_original
    # a portal's clock says 今天是; a listing row's date comes first
    assert clean("\n".join(["今天是2024年11月22日 星期五", "某某同鄉會會員大會圓滿達陣", STORY, BODY2])).published is None
    doc = clean("\n".join(["2024年11月22日 星期五", "某某同鄉會會員大會圓滿達陣", "发布时间:2018-05-15", STORY, BODY2]))
    assert doc.published == "2018-05-15"


def test_a_headlines_attachment_note_in_brackets_is_no_photo_credit(clean):
    doc = clean("\n".join(["某某司長主持婦女節慶祝酒會致辭全文(附圖/短片)", STORY, BODY2]))
    assert doc.title.startswith("某某司長主持婦女節慶祝酒會致辭") and doc.text_original.splitlines() == [STORY, BODY2]


def test_a_lead_naming_a_japanese_hotel_is_text_and_a_japanese_notice_is_not(clean):
    lead = "【本報訊】為歡迎某某總會長訪日,某某會日本總會於8月25日晚間在メルパルク東京飯店舉行歡迎晚會。出席者近80名貴賓到場祝賀。"
    doc = clean("\n".join(["某某會世界總會 ~總會長訪日歡迎會~", "全體紀念合影", lead, BODY]))
    assert doc.text_original.splitlines() == [lead, BODY]
    doc = clean("\n".join(["このページは日本語でご覧いただけます。", "某某會世界總會歡迎會", BODY, BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_posts_counters_under_its_last_sentence_go_and_leave_it_whole(clean):
    doc = clean("\n".join(["38", "某某辦事處出席某某婦女聯誼總會", STORY, BODY2, "11", "139"]))
    assert doc.text_original.splitlines() == [STORY, BODY2] and not doc.truncated


def test_a_salutation_under_a_share_label_is_the_speechs(run_step):
    draft = run_step(Navigation(), ["分享到: | 更多 |", "各位代表、各位来宾,女士们、先生们:", "大家上午好!", BODY])
    assert draft.lines == ["各位代表、各位来宾,女士们、先生们:", "大家上午好!", BODY]


def test_a_table_printed_a_cell_a_line_under_the_text_is_kept_and_a_menu_so_printed_is_not(run_step):
    table = ["姓名 |", "性别 |", "任职时间 |", "王某春 |", "女 |", "1975.7----1985.7 |", "张某 |", "女 |",
             "1985.7----1987.7 |", "方某忠 |", "男 |", "1987.7----1990.7 |"]
    draft = run_step(Navigation(), [BODY, "历任主任一览表", *table])
    assert draft.lines == [BODY, "历任主任一览表", *table]
    menu = ["繁 |", "簡 |", "網站導覽 |", "常見問題 |", "聯絡我們 |", "回上頁 |", "回頁頂 |", "列印本頁 |"]
    assert run_step(Navigation(), [BODY, *menu]).lines == [BODY]


def test_an_adult_sites_terms_on_the_first_line_do_not_start_the_text_so_the_list_under_them_goes(clean):
    spam = "一级一级一片免费,天堂亚洲欧美日韩一区二区,天天爽夜夜爱,99色婷婷,久久热这里只有精品,欧美日韩福利视频一区二区三区 ,h肉动漫无码无修"
    items = ["- 某某今年将启动探月工程关键技术攻关", "- 某某青年报:爆炸事件为何没有引起恐慌", "- 某女议员反对攻伊 痛骂对方",
             "- 我国首架私人公务机机身下架 小鹰500型6月首飞"]
    doc = clean("\n".join([spam, "中国新闻社", *items, "本页位置:首页>>新闻大观>>国内新闻",
                           "某某2002年国民经济和社会发展统计公报(全文)", "2003年03月01日 12:06", STORY, BODY2]))
    assert doc.text_original.splitlines() == [STORY, BODY2]
    assert doc.published == "2003-03-01" and doc.speech_date is None


def test_a_block_of_sentences_printed_twice_is_kept_once(clean):
    doc = clean("\n".join(["某某局局长出席世界卫生大会", STORY, BODY2, BODY, STORY, BODY2]))
    assert doc.text_original.splitlines() == [BODY, STORY, BODY2]
    # (one sentence printed again far from the first is the author's: a speech repeats its call)
    assert clean("\n".join(["某某局局长出席世界卫生大会", STORY, BODY2, BODY, STORY])).text_original.count(STORY) == 2


def test_a_menu_printed_an_item_a_line_between_bullets_alone_goes(clean):
    menu = ["香港政府新聞網", "*", "網頁指南主頁", "*", "* 天氣", "*", "* 交通情況", "*", "* 類別:", "*", "**", "財經", "*", "*", "**",
            "教育與就業", "*", "*", "**", "社區與健康", "*", "*", "**", "環境", "*", "*", "**", "治安", "*", "*  政府評論", "*", "* 新聞焦點"]
    doc = clean("\n".join([*menu, "類別:", "2006年7月29日", "育嬰", "七成嬰兒曾母乳餵哺", STORY, BODY2]))
    assert doc.title == "七成嬰兒曾母乳餵哺" and doc.published == "2006-07-29"
    assert doc.text_original.splitlines() == ["育嬰", STORY, BODY2]


def test_a_table_drawn_in_box_characters_under_the_text_is_kept_row_by_row(clean):
    rows = ["│   地区   │省级│地级│县级│合计│", "│   北京市   │ 20 │  │ 36 │ 56│", "│   天津市   │ 20 │  │ 36 │ 56│",
            "│   河北省   │ 20 │ 55 │354 │ 429│", "│ 内蒙古自治区 │ 20 │ 60 │202 │ 282│"]
    doc = clean("\n".join(["关于印发规范手册的通知", STORY, BODY2, "附件2:", "规范手册分配表", *rows]))
    assert doc.text_original.splitlines()[-5:] == rows


def test_a_table_printed_a_row_a_line_in_bars_is_kept_whole_and_only_its_rule_goes(clean):
    head = "| 时间 | 常住人口 (万人) | 户籍人口 (万人) | 出生率 (‰) | 城镇化率 (%) |"
    rows = ["| 2023 | ||||", "| 2017 | 50.35 | 66.28 | 12.76 | 34.40 |", "| 2016 | 50.12 | 65.86 | 13.10 | 32.69 |",
            "| 2012 | 52.70 | 64.33 | 10.53 | |", "| 2011 | 53.30 | 64.01 | |||"]
    doc = clean("\n".join([head, "|---|---|---|---|---|", *rows]))
    assert doc.title == "" and doc.text_original.splitlines() == [head, *rows]
    # (a menu's row in bars is none: it has no figures)
    menu = "| 设为首页 | 加入收藏 | 联系我们 | 网站地图 |"
    doc = clean("\n".join([menu, "| 首页 | 新闻 | 公告 | 下载 |", "| 关于我们 | 招聘 | 留言 | 帮助 |", STORY, BODY2]))
    assert doc.text_original.splitlines() == [STORY, BODY2]


def test_a_chapters_heading_under_a_books_pager_is_the_title_and_the_line_handing_over_to_a_quote_the_text(clean):
    quote = "本年七月二十二日《某某新闻报》载,减少生子,推行避孕术,妇幼卫生协会正在全省乡村普遍推行。"
    doc = clean("\n".join(["后一页", "前一页", "回目录", "回首页", "奇文续赏", "某某先生续曰——", quote, BODY2]))
    assert doc.title == "奇文续赏" and doc.text_original.splitlines() == ["某某先生续曰——", quote, BODY2]


@pytest.mark.parametrize("credit", ["视觉中国资料", "视觉中国 资料", "CFP供图"])
def test_a_caption_signed_by_a_picture_agency_goes(clean, credit):
    caption = "2003年,一名计生技术服务站的大夫走乡串户传授避孕知识。" + credit
    assert clean("\n".join([STORY, caption, BODY2])).text_original.splitlines() == [STORY, BODY2]


def test_a_login_prompt_spelled_with_denglu_as_landing_is_furniture(clean):
    doc = clean("\n".join(["登陆注册", STORY, BODY2]))
    assert doc.title == "" and doc.text_original.splitlines() == [STORY, BODY2]


def test_a_sidebars_contact_and_donation_rows_above_the_text_go_and_a_notices_stay(clean):
    sidebar = ["户 名:某市红十字会", "开户行:某市工行某某支行", "账 号:1109660219200999938", "收款人:某市红十字会",
               "地 址:某市开放大道南路120号", "邮 编:224002", "办公电话:0515-88335631", "传 真:0515-88335631"]
    charter = ["第一条 为发展红十字事业,依照《中华人民共和国红十字会法》,制定本章程。", "第二条 本会是从事人道主义工作的社会救助团体。"]
    doc = clean("\n".join([*sidebar, "《某某红十字会章程》", "发布日期:2023/10/20 浏览次数:1339", *charter]))
    assert doc.title == "某某红十字会章程" and doc.text_original.splitlines() == charter
    contact = ["联系人:王老师", "联系电话:0515-88335631", "传 真:0515-88335631", "邮 箱:abc@163.com"]
    doc = clean("\n".join(["关于开展会员活动日系列活动的通知", BODY, *contact, BODY2]))
    assert doc.text_original.splitlines() == [BODY, *contact, BODY2]


def test_a_magazines_name_and_issue_above_a_reposted_article_go(clean):
    doc = clean("\n".join(["二孩政策实行 计生干部去干啥了?", "2016-06-30 16:38", "某某人物 2016年6期", BODY, BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_the_articles_author_under_the_magazines_name_and_issue_stays(clean):
    abstract = "摘 要:基于某省720户中老年农民调查数据,对农村独生子女父母的养老心态进行探索性分析。"
    doc = clean("\n".join(["农村独生子女父母养老心态分析", "2016-05-30 16:52", "人口与经济 2016年3期", "关键词:实证研究影响因素",
                           "", "徐某", abstract, BODY]))
    assert doc.text_original.splitlines() == ["徐某", abstract, BODY]


def test_a_papers_authors_row_under_its_keywords_stays_and_its_stamp_with_the_names_dates_the_page(clean):
    authors = "◎ 谢某社 丘某臻 陈某和 吴某琪 梁某荣 石某欣"
    doc = clean("\n".join(["APP下载", "城市流动人口家庭生存状况及其社会救助政策探究", "2015-03-19谢某社丘某臻陈某和吴某琪梁某荣石某欣",
                           "城市观察 2015年2期", "关键词:流动人口家庭", authors, "一、引言", BODY]))
    assert doc.title == "城市流动人口家庭生存状况及其社会救助政策探究" and doc.published == "2015-03-19"
    assert doc.text_original.splitlines() == [authors, "一、引言", BODY]


def test_one_line_that_trails_off_above_the_text_is_the_authors():
    from cleaners.navigation import _outside_body

    lines = ["理事长宣布开会会议开始...", "请各理监事审核99年度活动计画", BODY]
    assert _outside_body(lines, 2, 2, set()) == set()
    lines = ["“会聚·赋能”异业渠道对接沙龙活...", "、某某孕婴童用品行业协会领导走访...", BODY]
    assert _outside_body(lines, 2, 2, set()) == {0, 1}


def test_an_authors_row_above_the_text_is_no_menu():
    from cleaners.navigation import _outside_body

    lines = ["城市观察", "◎ 谢某社 丘某臻 陈某和 吴某琪 梁某荣", "一、引言", BODY]
    assert _outside_body(lines, 3, 3, set()) == set()


def test_a_qa_pages_frame_goes_and_a_question_asking_an_amount_is_its_title(clean):
    answer = "《条例》第二十一条第一项规定,独生子女父母凭《独生子女父母光荣证》每月发给10元独生子女父母奖励费。"
    doc = clean("\n".join(["问答详情", "", "独生子女父母奖励费多少钱", "", "综合法律 2020-08-13 06:00 人浏览", "共3位律师解答",
                           answer, BODY]))
    assert doc.title == "独生子女父母奖励费多少钱" and doc.text_original.splitlines() == [answer, BODY]


@pytest.mark.parametrize("footer", ["网络内容从业人员违法违规行为举报邮箱:jb12345678@126.com",
                                    "劍網行動舉報電話:12318(市文化執法總隊)、021-64334547(市版權局)"])  # (a piracy hotline)
def test_a_footers_address_for_reporting_breaches_goes_and_the_text_is_whole(clean, footer):
    doc = clean("\n".join(["某县召开计生协工作会议", BODY, BODY2, footer]))
    assert doc.text_original.splitlines() == [BODY, BODY2] and not doc.truncated


def test_a_photos_caption_right_above_a_storys_dateline_goes(clean):
    story = "人民网北京5月16日电 5月15日是国际家庭日,14日,某某委在上海举办“健康家庭·健康中国”主题宣传活动。"
    doc = clean("\n".join(["2017年国际家庭日主题宣传活动在上海举办", "国际家庭日主题宣传活动现场", story, BODY]))
    assert doc.text_original.splitlines() == [story, BODY]



def test_a_web_forms_rows_go_with_their_heading_and_a_questionnaires_boxes_stay(clean):
    form = ["我要留言", "* 姓 名", "* 性别      ○ 男   ○ 女", "* 所在社区   请选择 ▼", "联系电话",
            "* 验证码          看不清?换一张", "□ 我已阅读并同意《留言须知》", "[ 提交 ]    [ 重置 ]"]
    doc = clean("\n".join(["关于开展会员活动日的通知", BODY, BODY2, *form, "版权所有:某某街道计划生育协会"]))
    assert doc.text_original.splitlines() == [BODY, BODY2]
    # the boxes of a survey's questions are its text: one kind of widget, not a form
    survey = ["1.您是否参加过协会组织的活动?", "□ 参加过    □ 没有参加过", "2.您希望协会提供哪些服务?",
              "□ 健康咨询  □ 帮扶慰问  □ 宣传教育", "3.您对协会工作是否满意?", "□ 满意  □ 基本满意  □ 不满意"]
    doc = clean("\n".join(["某社区计生协会员需求调查问卷", BODY, *survey]))
    kept = "".join(doc.text_original.split())
    assert all(word in kept for row in survey for word in row.replace("□", " ").split())


def test_an_authors_card_over_the_button_to_follow_them_and_the_column_a_post_is_filed_in_go(clean):
    headline = "在社区计生协换届选举大会上的讲话"
    top = ["首页", "发现", "登录/注册", headline, "晚风徐来", "社区工作者,计生协专干", "关注他", "12 人赞同了该文章"]
    foot = ["文章被以下专栏收录", "基层协会工作笔记", "记录基层计生协工作的点点滴滴", "推荐阅读", "社区计生协工作怎么做?这五点经验值得借鉴"]
    doc = clean("\n".join([*top, BODY, BODY2, *foot]))
    assert doc.title == headline and doc.text_original.splitlines() == [BODY, BODY2]
    # a headline right over the button is no card: it names a genre
    doc = clean("\n".join(["社区计生协工作总结", "关注他", BODY, BODY2]))
    assert doc.title == "社区计生协工作总结"


def test_a_bilingual_menu_english_pager_labels_and_a_view_count_in_thousands_go(clean):
    headline = "在全国青春健康同伴教育师资培训班开班式上的讲话"
    page = ["Home | 关于我们 About | 项目动态 Programs | 资源中心 Resources | 联系我们 Contact", headline,
            "Posted on 2023-07-12\u3000|\u3000编辑:文静\u3000|\u3000Views: 3,214", BODY, BODY2,
            "« Previous: 青春健康教育项目学校名单公布", "Next: 暑期青少年心理健康小贴士 »"]
    doc = clean("\n".join(page))
    assert doc.title == headline and doc.text_original.splitlines() == [BODY, BODY2]


@pytest.mark.parametrize("label", ["标题:", "更新時間", "本题链接:", "熱門標籤", "外部链接", "详细信息", "声明"])
def test_a_rows_label_left_alone_when_its_value_went_goes(clean, label):
    doc = clean("\n".join(["计划生育协会工作总结", BODY, BODY2, label]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_qa_sites_count_of_answers_goes(clean):
    doc = clean("\n".join(["计划生育特殊家庭关怀工作年终考核有哪些内容", "推荐回答(1个)", "回答(1):", BODY, BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


@pytest.mark.parametrize("tail", [
    ["页: [1]", "查看完整版本: 区计生协召开第五次会员代表大会"],  # a forum archive's link to its full page
    ["微信订阅", "打开微信,点击底部的“通讯录”,点击右上角的"],  # how to follow the account, cut off
    ["中国计划生育协会发布计生协工作信息,宣传计划生育政策,传播健康知识,服务计划生育群众,促进家庭健康和发展25篇原创内容 公众号",
     "来 源:某省计生协"],  # a WeChat account's card
    # (with the comma the page left after it, and the comment box's count under it)
    ["中国计划生育协会发布计生协工作信息,宣传计划生育政策,传播健康知识,服务计划生育群众,促进家庭健康和发展25篇原创内容 公众号 ,",
     "来 源:某省计生协", "留言与评论(共有 0 条评论) “” |"],
])
def test_a_pages_foot_on_where_to_read_or_follow_it_goes_and_cuts_nothing(clean, tail):
    doc = clean("\n".join(["区计生协召开第五次会员代表大会", BODY, BODY2, *tail]))
    assert doc.text_original.splitlines() == [BODY, BODY2] and not doc.truncated


def test_a_story_signed_with_its_writers_name_alone_loses_the_name_and_a_bracket_in_a_sentence_stays(clean):
    doc = clean("\n".join(["市计生协开展新春关爱行动", BODY, BODY2, "(罗建国)", "上一篇:某某社区开展宣传活动"]))
    assert doc.text_original.splitlines() == [BODY, BODY2]
    # (a bracket with no name in it stays)
    doc = clean("\n".join(["市计生协开展新春关爱行动", BODY, BODY2, "(附件)"]))
    assert doc.text_original.splitlines()[-1] == "(附件)"


def test_a_list_heading_with_nothing_kept_above_it_and_the_first_heading_under_the_next_line_takes_no_lines_of_the_text(clean):
    doc = clean("\n".join(["- 相關推薦", "縣計生協會會長調研報告", "一、用科學發展觀統籌解決人口計生問題", BODY, BODY2]))
    assert doc.title == "縣計生協會會長調研報告" and doc.text_original.splitlines() == ["一、用科學發展觀統籌解決人口計生問題", BODY, BODY2]
    # (nor the text's first paragraph under the next line)
    first = BODY + BODY2
    doc = clean("\n".join(["- 相关推荐", "关于乡镇妇联年度工作总结范文", first, BODY2]))
    assert doc.title == "关于乡镇妇联年度工作总结" and doc.text_original.splitlines() == [first, BODY2]
    # (a list of links keeps its items above the text)
    doc = clean("\n".join(["- 相关推荐", "乡镇妇联年度工作总结", "县计生协上半年工作总结", first, BODY2]))
    assert doc.text_original.splitlines() == [first, BODY2]


LONG = "5月1日,由扎西镇计生协会主办,麒麟社区承办的庆五一文艺演出在下广场举行,受助母亲和社区居民三百余人观看了演出。"
LONG2 = "调研座谈中受助农户一致表示感谢党和政府,感谢各级计生协会组织对边远山区贫困母亲的关怀和帮助。"


@pytest.mark.parametrize("captions", [
    ["中国计生协八届二次全国理事会现场"],
    ["幸福工程项目启动仪式", "受助母亲代表发言"],
    ["易会长一行与受助母亲亲切交谈", "受助母亲认真听取意见"],
    ["陕西省计划生育协会副秘书长孙某", "在中国家庭健康促进行动•家庭健康大讲堂项目座谈会上发言"],  # who, then where he spoke
])
def test_a_storys_captions_between_its_paragraphs_go(clean, captions):
    doc = clean("\n".join(["某县计生协开展幸福工程项目回访", LONG, *captions, LONG2]))
    assert doc.text_original.splitlines() == [LONG, LONG2]


def test_a_reports_headings_between_its_paragraphs_stay(clean):
    headings = ["加强组织领导", "夯实基层基础"]
    doc = clean("\n".join(["某县计生协2023年工作总结", LONG, *headings, LONG2]))
    assert doc.text_original.splitlines() == [LONG, *headings, LONG2]


@pytest.mark.parametrize("byline", ["□记者 陈某某", "本报记者 陈某某 王某某"])
def test_an_e_papers_byline_goes_and_the_headline_split_above_it_is_the_title(clean, byline):
    lead = "本报讯 2日,市计划生育协会第五次会员代表大会召开,审议通过了市计划生育协会第四届理事会工作报告。"
    doc = clean("\n".join(["某某日报 数字报纸", "00005版:时政新闻", "文章导航", "市计生协会", "理事会换届", byline, lead, BODY]))
    assert doc.title == "市计生协会理事会换届" and doc.text_original.splitlines() == [lead, BODY]


@pytest.mark.parametrize("first, credit", [
    ("“有了这笔帮扶资金,我可以扩大养殖规模了!”春林村的计生户张某某激动地说。", "(王莹莹)"),  # (a story: what was said)
    ("5月10日,县计生协常务副会长陶某某一行到周王镇调研,要求各村计生协做好会员之家建设。", "(张某安 罗某伟)"),  # (its day first)
])
def test_a_storys_writers_names_in_brackets_after_its_last_sentence_go(clean, first, credit):
    last = "县计生协累计发放帮扶资金47.6万元,救助贫困母亲160位。"
    doc = clean("\n".join(["县计生协开展生育关怀项目", first, last + credit]))
    assert doc.text_original.splitlines() == [first, last]


def test_the_texts_first_heading_right_under_its_authors_name_is_no_item_of_the_magazines_lines(clean):
    text = "某某同志纪念馆珍藏有一幅特殊的题词,长45.5厘米,宽34.9厘米,是1996年11月14日所题。"
    raw = ["888精品在线视频,手机成人午夜在线视频,久久不卡国产精品无码,成人av手机在线观看,亚洲av无码人妻 ?", "",
           "『幸福工程』题词: 救助贫困母亲的慈善见证", "", "2024-01-20 17:16:05万某某", "湘潮 2023年12期", "关键词:工程", "",
           "万某某", "", "文物源起", "", text, BODY]
    assert clean("\n".join(raw)).text_original.splitlines() == ["文物源起", text, BODY]


def test_a_page_footer_that_lost_its_figures_goes_with_its_pages_number(run_step):
    line = "始终做到党政一把手负总责,分管领导具体抓,其它党政领导对驻点 18 第页共页"
    assert run_step(Navigation(), [BODY, line]).lines == [BODY, "始终做到党政一把手负总责,分管领导具体抓,其它党政领导对驻点"]


def test_what_stands_under_a_storys_newsroom_credits_is_the_sites(clean):
    story = "据报道,中国人口学会会长某某10月30日接受记者采访时表示,今年全国的出生人口较去年相比将出现下降。"
    foot = ["责任编辑:王某", "计划生育 生育 低生育", "某某APP,更好阅读体验", "美方对俄隐瞒了部分信息?克宫回应", "警惕!“隐秘”的调查暗藏国家安全风险"]
    doc = clean("\n".join(["人口学会会长:今年出生人口将下降", story, *foot]))
    assert doc.text_original.splitlines() == [story]
    # (a document's signature above the credits stays)
    doc = clean("\n".join(["某县计生协2023年工作总结", BODY, "某县计划生育协会", "2023年12月20日", "责任编辑:王某"]))
    assert doc.text_original.splitlines() == [BODY, "某县计划生育协会", "2023年12月20日"]


def test_a_sites_channels_left_under_the_texts_last_sentence_go_and_a_heading_without_one_above_stays(clean):
    doc = clean("\n".join(["国家卫计委:2016年出生人口将超过1750万", BODY, BODY2, "网评", "行业新闻"]))
    assert doc.text_original.splitlines() == [BODY, BODY2]
    doc = clean("\n".join(["某县计生协2023年工作总结", BODY, "第一部分 工作动态"]))
    assert doc.text_original.splitlines()[-1] == "第一部分 工作动态"


def test_a_related_lists_items_with_their_day_and_clock_in_brackets_go_with_it(clean):
    last = "持续扩大生育关怀行动组织的社会影响力。(记者 钱某宜 实习生 吴某真)"
    items = ["相关新闻", "- 福州22户家庭获评2022年省绿色家庭(2022-06-07 07:22:55)",
             "- 191户家庭上榜!2022年福建省绿色家庭名单揭晓(2022-06-06 12:51:05)", "- 连江:某某"]
    doc = clean("\n".join(["福州召开生育关怀行动工作会议", BODY, last, "【责任编辑:林某斌】", *items]))
    assert doc.text_original.splitlines() == [BODY, "持续扩大生育关怀行动组织的社会影响力。"] and not doc.truncated


@pytest.mark.parametrize("credit", ["(省计生协)", "(某某旗某某镇 徐某萍、何某喜)"])
def test_the_body_that_gave_a_story_alone_in_brackets_under_it_goes(clean, credit):
    doc = clean("\n".join(["省计生协开展母亲节关爱活动", BODY, BODY2, credit]))
    assert doc.text_original.splitlines() == [BODY, BODY2] and not doc.truncated


@pytest.mark.parametrize("credit", ["(某某镇计生协)", "(深圳市某区某街道办事处公共服务办公室许某君)"])
def test_the_body_that_gave_a_report_in_the_third_person_after_its_last_sentence_goes(clean, credit):
    first = "为进一步做好计生特殊家庭的扶助关怀工作,某某镇计生协联合爱心公益协会在“暖心家园”为特殊家庭过集体生日。"
    last = "下一步,某某镇计生协将继续发挥“暖心家园”项目点作用,为更多计生特殊家庭提供暖心服务。"
    doc = clean("\n".join(["某某镇计生协为特殊家庭过集体生日", first, last + credit]))
    assert doc.text_original.splitlines() == [first, last]


def test_the_body_that_gave_a_story_glued_to_its_last_word_goes_and_signs_it_off(clean):
    story = "5月29日,某街道卫计所在某广场开展计生协会员活动日宣传活动,街道工作人员为广大市民宣传新型婚育文化。"
    last = "此次活动中,街道卫计所大力宣传了新型人口文化知识,帮助群众树立科学、文明、进步的婚育观念,积极健康地融入到社会大家庭中"
    doc = clean("\n".join(["某街道开展会员活动日宣传", story, BODY + "(某街道社区教育中心)", last + "(某街道社区教育中心)"]))
    assert doc.text_original.splitlines() == [story, BODY, last] and not doc.truncated


def test_a_releases_lead_end_mark_and_day_go_the_day_dates_it_and_the_lead_names_its_speaker(clean):
    lead = "以下为劳工及福利局常任秘书长邓某某今日(十一月七日)于「爱心曲奇暖万家2009」揭幕礼的致辞全文:"
    doc = clean("\n".join(["劳工及福利局常任秘书长于揭幕礼的致辞", lead, "各位嘉宾、各位朋友:", BODY, "多谢各位。", "完",
                           "2009年11月7日(星期六)"]))
    assert doc.text_original.splitlines() == ["各位嘉宾、各位朋友:", BODY, "多谢各位。"]
    assert doc.published == "2009-11-07" and doc.speaker == "邓某某"


def test_a_releases_lead_without_quanwen_goes_where_it_says_the_day_and_names_its_speaker(clean):
    lead = "以下是行政长官李某某今日(三月八日)出席国际妇女节酒会的致辞:"
    doc = clean("\n".join(["行政长官出席国际妇女节酒会致辞", lead, "各位嘉宾、各位朋友:", BODY, "多谢各位。"]))
    assert doc.text_original.splitlines() == ["各位嘉宾、各位朋友:", BODY, "多谢各位。"] and doc.speaker == "李某某"
    # (a speech's own sentence announcing what follows stays: it says no day)
    own = "以下是我代表县计生协向大会作的工作报告:"
    assert own in clean("\n".join(["在县计生协会员代表大会上的报告", "各位代表:", own, BODY])).text_original


def test_a_storys_writers_name_run_on_after_its_last_full_stop_goes(clean):
    last = "社区书记表示,社区计生协会将继续发扬会员活动日的宣传精神,更好地服务辖区居民。"
    doc = clean("\n".join(["某社区开展计生协会会员活动日宣传讲座", BODY, last + "金某梅"]))
    assert doc.text_original.splitlines() == [BODY, last] and not doc.truncated


def test_who_spoke_in_the_picture_over_a_storys_dateline_is_a_caption_and_no_title(clean):
    lead = "台海网5月26日讯 据东南网报道,25日上午,湖里区举行纪念“5·29”会员活动日活动。"
    doc = clean("\n".join(["湖里区计生协会常务副会长王某致辞", lead, BODY]))
    assert doc.title == "" and doc.text_original.splitlines()[0] == lead and not doc.relevant


@pytest.mark.parametrize("tail", [["(杨某 王某)"], ["赵某", "沈某群"], ["编"], ["(社会事业学院 韩某娟 唐某芹)"], ["(横梁街道社区教育中心)"]])
def test_a_storys_writers_under_its_last_sentence_or_a_credit_cut_off_at_the_pages_end_go(clean, tail):
    last = "社区书记表示,要使“全面二孩政策”在社区家喻户晓。"
    doc = clean("\n".join(["某社区开展计生宣传活动", BODY, last, *tail]))
    assert doc.text_original.splitlines() == [BODY, last] and not doc.truncated


@pytest.mark.parametrize("credit", ["(社会事业学院 韩某娟 唐某芹)", "(横梁街道社区教育中心)", "(校团委)"])
def test_a_bodys_credit_right_after_a_storys_last_sentence_goes(clean, credit):
    last = "社区书记表示,要使“全面二孩政策”在社区家喻户晓。"
    doc = clean("\n".join(["某社区开展计生宣传活动", BODY, last + credit]))
    assert doc.text_original.splitlines() == [BODY, last]


def test_a_caption_sentence_with_its_photographer_goes_and_a_lead_that_opens_with_the_headlines_words_stays(clean):
    headline = "纪念“三八”国际妇女节暨全国三八红旗手(集体)表彰大会举行"
    caption = "2月29日,纪念“三八”国际妇女节暨全国三八红旗手(集体)表彰大会在北京人民大会堂举行。 (某某报记者 杨某/摄)"
    lead = "纪念“三八”国际妇女节暨全国三八红旗手(集体)表彰大会2月29日在北京人民大会堂隆重举行。会前,领导同志接见了代表。"
    doc = clean("\n".join([headline, caption, lead, BODY]))
    assert doc.title == headline and doc.text_original.splitlines() == [lead, BODY]


def test_a_forums_buttons_and_call_to_join_go(clean):
    doc = clean("\n".join(["计生协会员活动日", "购物车(0)", "返回列表", "发布新帖", BODY, BODY2, "马上注册!"]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_bilingual_columns_english_word_glued_again_to_the_texts_first_words_goes(clean):
    doc = clean("\n".join(["新闻动态", "News新闻动态", "News“让贫困母亲成为幸福母亲”是中央国家机关广大干部职工的心愿。", BODY]))
    assert doc.text_original.splitlines() == ["“让贫困母亲成为幸福母亲”是中央国家机关广大干部职工的心愿。", BODY]


def test_a_mails_cover_note_over_the_bulletin_it_sends_goes(clean):
    page = ["[jsx-tongxun] 某县计生协工作简报2023年第6期", "县计生协秘书处 mishuchu at example.org",
            "上一封消息: [jsx-tongxun] 关于报送5月份工作信息的提醒", "各乡镇(街道)计生协、县直各会员单位:",
            "现将《工作简报》2023年第6期发送给你们,请查收。附件为PDF版,供打印存档。", "县计生协秘书处 小林", "电话:0719-7218863",
            "======================================", "在全县会员活动日启动仪式上的讲话", "同志们:", BODY, BODY2,
            "关于邮件列表 jsx-tongxun 的更多信息"]
    doc = clean("\n".join(page))
    assert doc.title == "在全县会员活动日启动仪式上的讲话" and doc.text_original.splitlines()[:3] == ["同志们:", BODY, BODY2]


@pytest.mark.parametrize("line", ["字号调整", "创始人", "超级版主", "论坛元老"])
def test_a_font_widgets_label_and_a_forum_posters_rank_alone_are_furniture(clean, line):
    assert clean("\n".join(["县计生协召开理事会", line, BODY])).text_original == BODY


def test_the_teaser_of_a_related_story_under_its_link_at_the_foot_goes_and_cuts_nothing(clean):
    lead = "新华社北京5月8日电(记者崔静)在第60个世界红十字日到来之际,中国红十字会8日在北京启动红十字博爱周活动。"
    teaser = "新华社北京5月8日电(记者 崔静)“只要人人都献出一点爱,世界将"
    doc = clean("\n".join(["中国红十字会启动博爱周", lead, BODY, "相关阅读:首届中国红十字公益广告展评活动启动", teaser]))
    assert doc.text_original.splitlines() == [lead, BODY] and not doc.truncated
    # (a text of its own under the link stays: a page with no dateline of its own)
    doc = clean("\n".join(["中国红十字会启动博爱周", BODY, "相关阅读:首届中国红十字公益广告展评活动启动", teaser]))
    assert teaser in doc.text_original


def test_a_reporters_byline_glued_to_the_outlet_and_where_it_was_filed_from_are_furniture(clean):
    story = "纪念“三八”国际妇女节表彰大会2月29日在北京人民大会堂隆重举行。"
    doc = clean("\n".join(["表彰大会举行", "中国妇女报记者周文 发自北京 " + story, BODY]))
    assert doc.text_original.splitlines() == [story, BODY]
    # (a sentence about a reporter is text: "…报记者走访了…")
    line = "本市日报记者走访了十个社区的计生协会,听取了群众意见。"
    assert clean("\n".join(["表彰大会举行", line, BODY])).text_original.splitlines()[0] == line


def test_a_viewers_english_buttons_and_pop_up_over_a_chinese_text_go(clean):
    chrome = ["Enjoying your free trial? Only 9 days left! Upgrade Now", "Brand-New", "Dashboard Interface",
              "We are proud to announce that we are developing a fresh new dashboard interface.", "No, try later",
              "Like", "Share", "Download", "Read Text Version", "P:48", "31"]
    text = ["巩固国家的基础:谈妇幼卫生与家庭计划", BODY, "家庭计划的先驱不畏当时社会的流言蜚语,在四十年代中期率先撰文疾声呼吁。",
            "当时第一个由民间筹组、推动节育的社团为中国家庭计划协会,以家庭计划的推动为主要工作。",
            "然而民间组织的经费筹措不易,家庭计划的工作后来转由妇幼卫生协会接手进行。", "协会的服务还扩大到婚姻指导和生育咨询。"]
    doc = clean("\n".join(chrome + text))
    assert doc.title == "巩固国家的基础:谈妇幼卫生与家庭计划" and doc.text_original.splitlines() == text[1:]
    # (an English text over its Chinese translation stays)
    english = ["Chairman's Address to the Annual General Meeting of the Association, delivered on 5 June 2010."] * 5
    assert "Chairman's Address" in clean("\n".join(english + text)).text_original


def test_a_short_heading_naming_a_reports_genre_under_a_flipbooks_page_number_is_the_title_not_a_menu_item(clean):
    text = ("今年适值本会成立75周年,是意义深远的一年。过去本会拓展各类型服务,一方面回应社会变化和儿童成长的需要,"
            "同时亦为未来打好稳健的根基。")
    doc = clean("\n".join(["Page 5 - 2011AnnualReport", "P. 5", "总干事报告", text, BODY]))
    assert doc.title == "总干事报告" and doc.text_original.splitlines() == [text, BODY]


def test_a_single_caption_that_prints_again_words_of_the_paragraph_above_goes(clean):
    above = "5月1日,由镇计生协会主办的庆五一文艺演出在广场举行,县老体协主席廖某某出席活动并讲话,社区计生协会会长张某参加活动。"
    below = "廖某某代表县老体协向社区居民群众致以节日的问候。"
    doc = clean("\n".join(["镇计生协开展五一文艺演出", above, "县老体协主席廖某某出席活动并讲话", below]))
    assert doc.text_original.splitlines() == [above, below]
    # (nor at the text's end)
    doc = clean("\n".join(["镇计生协开展五一文艺演出", BODY, above, "市计生协会长王某某出席活动并讲话"]))
    assert doc.text_original.splitlines() == [BODY, above]


def test_a_photographers_credit_alone_goes_and_so_does_the_caption_over_it_that_the_story_opens_with(clean):
    caption = "10月31日,全县计划生育协会第五次会员代表大会圆满完成各项议程,在县会议中心胜利闭幕。县委书记出席并讲话。"
    lead = "31日上午,全县计划生育协会第五次会员代表大会圆满完成各项议程,在县会议中心胜利闭幕。"
    doc = clean("\n".join(["县计生协第五次会员代表大会闭幕", caption, "何某某摄", lead, BODY]))
    assert doc.text_original.splitlines() == [lead, BODY]
    # (a paragraph over the credit that the story does not open with stays)
    doc = clean("\n".join(["县计生协第五次会员代表大会闭幕", BODY2, "何某某摄", lead, BODY]))
    assert doc.text_original.splitlines() == [BODY2, lead, BODY]


def test_the_headline_printed_again_and_again_on_one_line_under_it_goes(clean):
    head = "湖里区计生协会为一线建设者送健康 宣传卫计知识"
    lead = "5月28日下午,由湖里区计生协会主办的“为一线建设者送健康”活动在某工地举行,为建设者们送去健康知识。"
    doc = clean("\n".join([head, head * 3, lead, BODY]))
    assert doc.text_original.splitlines() == [lead, BODY]


def test_a_credit_alone_whose_opening_bracket_a_wrong_charset_garbled_goes_and_cuts_nothing(clean):
    last = "真正把党的二十大精神转化为卫生健康事业改革发展的生动实践,提升人民群众健康获得感。"
    doc = clean("\n".join(["石狮市卫健局召开工作会议", BODY, last, "?。ㄓ浾?谢某 通讯员 郑某某 纪某某)"]))
    assert doc.text_original.splitlines()[-1] == last and not doc.truncated


def test_a_forum_archives_link_to_its_full_page_cut_off_under_its_pager_goes_and_cuts_nothing(clean):
    doc = clean("\n".join(["区计生协召开第八次会员代表大会", BODY, BODY2, "页: [1]", "查"]))
    assert doc.text_original.splitlines() == [BODY, BODY2] and not doc.truncated


def test_lines_read_in_a_wrong_charset_at_the_pages_head_go_and_are_no_title(clean):
    story = "国家计生委主任张某某昨天到奥运工地、朝阳区高碑店村等地,慰问留守北京过春节的外地来京务工人员。"
    doc = clean("\n".join(["10绉掑悗 椤甸溃镊姩璺宠浆镊?a href=\"\">涓柊缃戦椤?/a>", "鎮ㄥ彲浠ュ幓榪欓噷鐪嬬湅~", story, BODY]))
    assert doc.title == "" and doc.text_original.splitlines() == [story, BODY]
    # (a name of rarer characters is no garbling: "邝某某" in a roster)
    kept = clean("\n".join(["麒麟社区党总支副书记邝某某", story, BODY]))
    assert "麒麟社区党总支副书记邝某某" in kept.title + kept.text_original


@pytest.mark.parametrize("credit", ["(大众新闻记者 李某 黄某)", "(怀宁县文化馆)", "(天门市融媒体中心记者 陈某 吴某)"])
def test_a_credit_alone_after_an_outlets_reporter_or_a_body_goes(clean, credit):
    assert clean("\n".join(["县计生协开展文艺演出", BODY, BODY2, credit])).text_original.splitlines() == [BODY, BODY2]


@pytest.mark.parametrize("credit", ["(供稿人:邹某)", "(祖某通讯员王某)"])
def test_a_credit_after_the_last_sentence_by_its_giver_or_a_name_and_a_correspondent_goes(clean, credit):
    assert clean("\n".join(["县计生协开展文艺演出", BODY, BODY2 + credit])).text_original.splitlines() == [BODY, BODY2]
    # (a correspondents' meeting is the text's)
    kept = BODY2[:-1] + "(县委通讯员培训)。"
    assert clean("\n".join(["县计生协开展文艺演出", BODY, kept])).text_original.splitlines() == [BODY, kept]


@pytest.mark.parametrize("names, lead", [
    (["黎某英 马某儒"], "综合讯 近日,中国计生协会领导先后来我省调研和指导基层群众自治工作。"),
    (["黎某英", "马某儒"], "综合讯 近日,中国计生协会领导先后来我省调研和指导基层群众自治工作。"),
    (["肖某影"], "本报12月21日讯(记者 陈某龙) 昨天,市计划生育协会第五次会员代表大会召开。"),
])
def test_a_storys_writers_alone_over_its_dateline_go_and_an_articles_author_stays(clean, names, lead):
    doc = clean("\n".join(["市计生协会第五次会员代表大会召开", *names, lead, BODY]))
    assert doc.text_original.splitlines() == [lead, BODY]
    doc = clean("\n".join(["台湾地区的家庭计划", "谢某", BODY, BODY2]))
    assert doc.text_original.splitlines() == ["谢某", BODY, BODY2]


@pytest.mark.parametrize("credit", ["通讯员叶某娴", "攝影.黎某龍"])
def test_a_reporters_credit_glued_to_the_name_alone_on_its_line_goes(clean, credit):
    lead = "2025年1月23日,武汉市计划生育服务中心“育见未来”科普工作室正式开播。"
    assert clean("\n".join([credit, lead, BODY])).text_original.splitlines() == [lead, BODY]


def test_a_round_ups_credit_after_each_piece_goes_and_an_authors_bracket_stays():
    from cleaners.navigation import TrailingCredit
    lines = ["2月3日,市计生协走访慰问困难家庭,并送去了慰问品及慰问金。(文图/王某俊王某红)",
             "2月4日,县计生协看望失独老人,送去了慰问金及慰问品。(文圖/馬某)", "各地累计慰问困难家庭120户。(见附表)", BODY]
    assert TrailingCredit()(Draft(lines=list(lines))).lines == [
        "2月3日,市计生协走访慰问困难家庭,并送去了慰问品及慰问金。", "2月4日,县计生协看望失独老人,送去了慰问金及慰问品。",
        "各地累计慰问困难家庭120户。(见附表)", BODY]


def test_writers_names_after_the_last_sentence_go_in_a_third_person_report_or_after_a_quote_but_a_speech_may_end_on_its_speakers():
    from cleaners.navigation import TrailingCredit
    report = ["近年来,某镇高度重视计生协的建设与发展,不断创新工作思路。", "下一步,镇计生协将不忘初心,砥砺前行。(韦某某)"]
    assert TrailingCredit()(Draft(lines=list(report))).lines[-1] == "下一步,镇计生协将不忘初心,砥砺前行。"
    quoted = ["老人说:“我们一定继续带头宣传基本国策,为全乡计生工作再出一把力。”", "(张某林 刘某超)"]
    assert TrailingCredit()(Draft(lines=list(quoted))).lines == quoted[:1]
    assert TrailingCredit()(Draft(lines=["与会成员进行了热烈的讨论与交流。(文/刘某霞)"])).lines == ["与会成员进行了热烈的讨论与交流。"]
    speech = ["同志们:", "今天我们召开全县计生协工作会议。", "让我们共同努力,开创计生协工作新局面。(王某某)"]
    assert TrailingCredit()(Draft(lines=list(speech))).lines == speech
    # (nor a report in the first person, which its author may sign so)
    ours = ["今年以来,我们积极争取资金,走访慰问计生特殊家庭46户。", "下一步,我会将继续做好帮扶工作。(王某某)"]
    assert TrailingCredit()(Draft(lines=list(ours))).lines == ours
    ours = ["今年以來,我們積極爭取資金,走訪慰問計生特殊家庭46戶。", "下一步,將繼續做好幫扶工作。(王某某)"]  # (in Traditional too)
    assert TrailingCredit()(Draft(lines=list(ours))).lines == ours
    # (我国 is anyone's word: a story of a zone's activities that names it is still in the third person)
    zone = ["开发区计生协负责人回顾了协会为我国社会经济的发展作出的贡献。", "各村开展了走访活动,保障了育龄群众的生殖健康。(井某祥)"]
    assert TrailingCredit()(Draft(lines=list(zone))).lines[-1] == "各村开展了走访活动,保障了育龄群众的生殖健康。"
    # (and the writers alone under the last sentence, with the office they write for, or their bracket's opening lost)
    # (or the office with its province and county, split off the name and the credit's word: "…(供稿)")
    for tail in (["区卫计局", "姜某成"], ["赵某", "沈某群"], ["占某翰)"], ["福建省某某市某某县某某镇计生办", "王某东", "(供稿)"]):
        assert TrailingCredit()(Draft(lines=[*zone[:1], *tail])).lines == zone[:1]


@pytest.mark.parametrize("crumb", ["Summary of work > Summary of family planning work", "讲话致辞 >在2024年全县卫生健康工作会议上的讲话"])
def test_a_breadcrumb_of_two_places_is_furniture(crumb):
    assert is_furniture(crumb)


@pytest.mark.parametrize("line", ["DOI10.13778/j.cnki.11-3705/c.2015.05.001", "中图分类号:C916文献标识码:A文章编号:1671623X(2016)03002704",
                                  "[中图分类号]C924.21[文献标识码]A [文章编号]1007-032X(2000)02-0058-03",
                                  '【中图分类号】C957""【文献标识码】A""【文章编号】1004-454X(2024)04-0019-0009'])
def test_a_journal_papers_codes_glued_or_bracketed_are_furniture(line):
    assert is_furniture(line)
    assert not is_furniture("中图分类号是图书馆给每本书的编码。")


@pytest.mark.parametrize("line", ["2005年1月6日在北京出生的这位婴儿被宣布是中国的第13亿个人。法新社照片", "(东方IC/图)"])
def test_a_caption_credited_to_a_photo_agency_or_the_credit_alone_is_furniture(line):
    assert is_furniture(line)
    assert not is_furniture("新华社照片显示,活动现场有300多名群众参加了义诊和咨询,受到群众的普遍欢迎。")


@pytest.mark.parametrize("line", ["出生人口性别比 > 110", "全县出生人口性别比>正常值"])
def test_a_comparison_is_no_breadcrumb(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("caption, lead", [
    ("岳阳市计划生育协会第27个“5·29会员活动日”宣传服务活动现场。",
     "红网时刻新闻5月27日岳阳讯(记者 张某某)5月27日,由市计划生育协会主办的宣传服务活动在某广场举行。"),
    ("参会领导和代表们实地了解平甫村人口计生基层群众自治工作的开展情况",
     "2011年12月14日至15日,全省计生协人口计生基层群众自治工作现场会在黎平县召开。"),
])
def test_a_caption_over_a_storys_dateline_or_its_day_goes_with_its_full_stop_or_of_who_saw_what(clean, caption, lead):
    doc = clean("\n".join([caption, lead, BODY]))
    assert doc.text_original.splitlines() == [lead, BODY] and doc.title == ""


@pytest.mark.parametrize("line", ["adblk6", "文章分类", "搜寻", "某某提示您:看后求收藏(某某书库www.example.tw),接着再看更方便。"])
def test_an_advert_slot_a_category_label_a_search_box_and_a_novel_sites_prompt_are_furniture(clean, line):
    assert clean("\n".join(["县计生协召开理事会", BODY, line, BODY2])).text_original.splitlines() == [BODY, BODY2]


@pytest.mark.parametrize("masthead, footer", [("某客巴巴", "某客巴巴网站版权所有 | 客服热线:400-000-0000"),
                                              ("某文易 — 专业公文写作素材库", "某文易 版权所有 ©2019-2022 mouwenyi.com"),
                                              ("某文阁 mouwenge.net ｜ 精选公文 · 会议发言", "某文阁 © 2023 ｜ 侵权投诉 ｜ 联系我们")])
def test_the_sites_name_over_the_page_that_its_footer_names_goes(clean, masthead, footer):
    doc = clean("\n".join([masthead, "在全镇计生协工作推进会上的讲话", BODY, BODY2, footer]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_headline_that_opens_with_the_footers_name_stays(clean):
    headline = "某某区计划生育协会2023年工作总结"
    doc = clean("\n".join([headline, BODY, BODY2, "某某区计划生育协会 版权所有"]))
    assert doc.title == headline and doc.text_original.splitlines() == [BODY, BODY2]


def test_a_scenes_caption_in_brackets_right_above_a_storys_dateline_goes_and_is_no_title(clean):
    story = "某某新闻网讯(通讯员 康某)“感谢党委、政府为我们失独家庭送来温暖和关爱,”近日,某镇计生协走访慰问了计生特殊家庭。"
    doc = clean("\n".join(["(慰问现场)", story, BODY]))
    assert doc.text_original.splitlines() == [story, BODY] and doc.title == ""


@pytest.mark.parametrize("account", ["鹤壁卫生计生", "沙湾计生"])
def test_an_accounts_short_name_between_the_headline_and_the_text_goes(clean, account):
    doc = clean("\n".join(["某市卫生计生委召开全市计划生育基层指导工作推进会", account, BODY, BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_short_heading_under_the_title_stays(clean):
    doc = clean("\n".join(["在全县计生协工作会议上的讲话", "青春健康", BODY, BODY2]))
    assert doc.text_original.splitlines() == ["青春健康", BODY, BODY2]


@pytest.mark.parametrize("widget", ["搜索文档", "今天是:", "会员服务平台登录 | 注册", "在线预览 | 举报 | 下载（8页）¥3.00",
                                    "【返回材料汇编目录】    【打印】    【关闭】"])
def test_a_search_box_a_clock_a_gate_a_paid_download_and_a_row_of_buttons_go(clean, widget):
    doc = clean("\n".join(["在全市计生协工作会议上的讲话", widget, BODY, BODY2, widget]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_byline_row_of_reporters_and_correspondents_goes(clean):
    lead = "“婚姻自由呣买卖,男大当婚女当嫁。”近日,朗朗上口的《新型婚育文明公约》,在某小区电梯的多媒体屏幕滚动播放。"
    doc = clean("\n".join(["本报记者 陈某源 陈敏 通讯员 潘某胜 黄某婷 何某婷 郑某英", lead, BODY2]))
    assert doc.text_original.splitlines() == [lead, BODY2]


@pytest.mark.parametrize("phone", ["13788103312", "0771-5556666"])
def test_a_telephone_number_alone_above_the_text_goes(clean, phone):
    doc = clean("\n".join([phone, "某某信息网", "某村计生协会引导群众少生优生", BODY, BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_notices_contact_number_under_the_text_stays(clean):
    doc = clean("\n".join(["关于开展计生协会员活动日的通知", BODY, "联系人:张某", "13788103312"]))
    assert doc.text_original.splitlines()[-1] == "13788103312"


@pytest.mark.parametrize("credit", ["(醫療管理處)", "县人口计生委:鲍某军"])
def test_a_storys_credit_to_an_office_or_to_an_office_and_its_writer_goes(clean, credit):
    story = "近日,某某县计生协召开工作会议,县领导出席会议并讲话,会议由县计生协常务副会长主持。"
    doc = clean("\n".join(["某县计生协召开工作会议", story, "会议对去年的工作进行了总结,表彰了先进集体和个人。", credit]))
    assert doc.text_original.splitlines()[-1] == "会议对去年的工作进行了总结,表彰了先进集体和个人。"


def test_a_credit_with_an_offices_note_in_brackets_inside_it_goes(clean):
    story = "近日,我校青春健康高校项目顺利通过终期评审,评审专家对项目给予充分肯定。"
    doc = clean("\n".join(["我校青春健康项目通过终期评审", story, "(供稿:学生工作部(处)撰稿:王某审核:李某福)"]))
    assert doc.text_original.splitlines() == [story]


def test_a_search_farms_query_between_two_of_its_lines_taken_out_goes(clean):
    doc = clean("\n".join(["某县大力开展计生关怀工程", BODY, BODY2, "伊春看白癜风去哪里", "丁桂薏芽健脾凝胶怎么样", "深静脉血栓怎么治疗", "友情链接"]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_breadcrumb_printed_as_a_numbered_list_goes_whole(clean):
    doc = clean("\n".join(["1. 首页", "  2. 时政", "  3. 正文", "全面抓实青春健康工作 护航青少年健康成长", BODY, BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_numbered_list_under_no_home_item_stays(clean):
    doc = clean("\n".join(["某镇计生协2023年工作总结", BODY, "1. 组织建设", "2. 宣传服务", BODY2]))
    assert "1. 组织建设" in doc.text_original.splitlines()


def test_the_last_pictures_captions_between_the_last_paragraph_and_the_share_buttons_go(clean):
    last = "下一步,“我的青春不烦恼”系列活动还将针对目标人群的不同需求,继续在各大中专学校进行。"
    doc = clean("\n".join(["某市计生协开展青春健康教育活动", BODY, last, "青年网络志愿者刘某瑶开展互动参与式培训",
                           "“我的青春不烦恼——做负责任的决定”活动现场", "分享到:"]))
    assert doc.text_original.splitlines() == [BODY, last]


def test_a_closing_line_over_a_scene_that_is_no_caption_stays_without_a_scene(clean):
    doc = clean("\n".join(["某市计生协开展青春健康教育活动", BODY, BODY2, "谢谢大家"]))
    assert doc.text_original.splitlines()[-1] == "谢谢大家"


def test_a_short_word_alone_over_the_breadcrumb_goes_and_a_genre_stays(clean):
    doc = clean("\n".join(["购物吧", "您的位置:网站首页 > 经验交流", "某市计生助福行动经验交流会召开", BODY, BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]
    doc = clean("\n".join(["工作总结", "您的位置:网站首页 > 经验交流", BODY, BODY2]))
    assert doc.title == "工作总结"


def test_a_category_label_left_alone_goes(clean):
    doc = clean("\n".join(["湖北:向日葵亲子小屋 助力家庭幼有所育", "分类", BODY, BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_an_editors_credit_after_a_slash_glued_to_the_last_sentence_goes(clean):
    last = ("镇计生协在镇人大主席、计生协会长的带领下,拿出数千元资金走村入户,慰问了6户计划生育贫困家庭,送上了节日的祝福,"
            "感谢他们用实际行动支持了计划生育政策,党和政府会永远记得他们做出的牺牲,会经常关注他们的生产生活,尽力帮助他们解决面临的生活困境。")
    doc = clean("\n".join(["某镇计生协走访慰问计生贫困家庭", BODY, last + "(编辑/刘某翔)"]))
    assert doc.text_original.splitlines()[-1] == last


def test_a_tables_row_of_column_heads_under_its_title_is_no_menu(clean):
    doc = clean("\n".join(["2012年上半年计划生育工作考核评分细则(27分)", "考核项目 分值 评分标准 扣分 得分",
                           "1、有计划生育工作方案计0.5分,无方案不计分;", BODY]))
    assert "考核项目" in doc.text_original


@pytest.mark.parametrize("widget", ["넶0", "• 【PDF版】"])
def test_a_count_behind_a_glyph_icon_and_a_pdf_button_in_brackets_go(clean, widget):
    doc = clean("\n".join(["某县计生协召开工作会议", BODY, BODY2, widget]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_link_to_the_next_entry_of_a_directory_goes(clean):
    doc = clean("\n".join(["伍某寰", BODY, BODY2, "下一名人:陈某"]))
    assert doc.text_original.splitlines()[-1] == BODY2


def test_a_forums_counts_under_their_label_go_once_their_icons_went(clean):
    doc = clean("\n".join(["主题:太祖与计划生育", "共:💬180 🌺1721 🌵29", BODY, BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


@pytest.mark.parametrize("credit", ["(实习记者 王某梅)", "(區衛計局)", "(农工党天津市委会)"])
def test_a_trainees_a_bureaus_or_a_party_committees_credit_after_the_last_sentence_goes(clean, credit):
    lead = "3月5日,农工党中央调研组来津,就计划生育特殊家庭帮扶工作开展专题调研,召开座谈会听取有关情况汇报。"
    last = "农工党中央副秘书长、研究室主任郭某泉,天津市卫生健康委副主任邓某军等参加调研。"
    doc = clean("\n".join(["农工党中央调研组来津调研", lead, last + credit]))
    assert doc.text_original.splitlines()[-1] == last


@pytest.mark.parametrize("widget", ["标题导航", "内容检索:", "  • A+", "字号:T|T"])
def test_an_e_papers_index_and_search_labels_go(clean, widget):
    doc = clean("\n".join(["某县计生协开展政策宣传", widget, BODY, BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_brands_word_right_over_the_share_row_goes(clean):
    doc = clean("\n".join(["某县举办庆祝中国计生协成立主题活动", "新蓝山", "—分享—", BODY, BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_an_authors_card_under_the_text_goes_with_its_name(clean):
    doc = clean("\n".join(["在某县计划生育协会第五次会员代表大会上的讲话", BODY, BODY2, "评论 点赞 收藏", "某某健康家园", "1.2万获赞 3068粉丝", "关注"]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_newsrooms_compiled_credit_alone_under_the_story_goes(clean):
    lead = "9月20日,某市卫计委计划生育指导科科长陈某明告诉记者,许多老百姓仍在观望生育二孩。"
    doc = clean("\n".join(["某市发公开信号召公职人员生二孩", lead, "综合"]))
    assert doc.text_original.splitlines() == [lead] and not doc.truncated


@pytest.mark.parametrize("placeholder", ["image.png", "微信图片_20190530161452.jpg"])
def test_a_pictures_caption_right_under_its_placeholder_goes(clean, placeholder):
    doc = clean("\n".join(["某县计生协助力疫情防控", BODY, placeholder, "县计生协常务副会长蔡某峰在高速疫情检测站", BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_sites_app_and_account_names_under_the_text_go(clean):
    doc = clean("\n".join(["海南省红十字会倡议书", BODY, BODY2, "南海網手機客戶端", "南海网微信公众号", "南海网微博"]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


@pytest.mark.parametrize("mood", ["微笑", "流汗", "难过", "羡慕"])
def test_a_storys_mood_buttons_are_furniture(mood):
    assert is_furniture(mood)


def test_a_credit_for_the_stories_pictures_at_its_end_goes_and_cuts_nothing(clean):
    doc = clean("\n".join(["某高校青春健康同伴教育培训开班", BODY, "此次培训助力高校青春健康教育工作的发展。", "照片由某某记者团提供"]))
    assert doc.text_original.splitlines()[-1] == "此次培训助力高校青春健康教育工作的发展。" and not doc.truncated


def test_a_teaser_under_its_label_that_the_next_paragraph_prints_whole_goes(run_step):
    first = ("为进一步深化计划生育工作,做好宣传教育是首要的前提,在市计生委的大力支持下和场党委、管委的正确领导下,按照上级人口与计划"
             "生育工作会议精神,围绕稳定低生育水平,以宣传中共中央、国务院《关于全面加强人口和计划生育工作统筹解决人口问题的决定》"
             "为中心,以提高群众的知晓率为目标,开展了形式多样的宣传工作。")
    draft = run_step(Navigation(), ["推荐阅读:" + first[:-30], first, "一、加大计划生育宣传力度,提高群众知晓率。", BODY])
    assert draft.lines == [first, "一、加大计划生育宣传力度,提高群众知晓率。", BODY]


def test_a_sites_welcome_and_its_members_login_go(clean):
    doc = clean("\n".join(["欢迎关注某某人口文化促进会 会员登录入口", "某某人口文化促进会召开座谈会", BODY, BODY2]))
    assert "登录" not in doc.text_original and "欢迎" not in doc.text_original


def test_the_previous_and_next_posts_parted_from_their_titles_by_a_space_go_whole(run_step):
    lines = ["上一篇 在全县计生协会员代表大会上的讲话", "下一篇\u3000计生协会长在理事会上的讲话"]
    assert run_step(Navigation(), [BODY, *lines]).lines == [BODY]


@pytest.mark.parametrize("buttons", ["【打印本页】【关闭窗口】", "【打印】【关闭】", " [打印本页] [关闭窗口]"])
def test_the_pages_buttons_glued_after_the_last_sentence_go(clean, buttons):
    doc = clean("\n".join([BODY, BODY + buttons]))
    assert doc.text_original.splitlines() == [BODY, BODY] and doc.truncated is False
    # (an author's bracket after a sentence stays)
    assert clean("\n".join([BODY, BODY + "【附件】"])).text_original.endswith("【附件】")


def test_a_list_of_files_ends_where_a_line_names_none(clean):
    files = ["相关文档", "计生协会工作总结.docx", "2023年计划生育协会工作计划.doc"]
    heads = ["(一)落实“两办”通知精神,加强协会组织建设", "1、领导重视,搭建协会可持续发展平台"]
    doc = clean("\n".join([BODY, *files, *heads, BODY]))
    assert doc.text_original.splitlines() == [BODY, *heads, BODY]
    # (a label under the files is the list's still: "相关搜索:…")
    doc = clean("\n".join([BODY, "该用户的其他文档", "· 澄湖社区计生协2022年工作总结.docx", "相关搜索:世界人口日 活动通知"]))
    assert doc.text_original.splitlines() == [BODY]


@pytest.mark.parametrize("row", [["地址:金华市金东区光南路88号  电话:0579-82345678  传真:0579-82345679  E-mail:jdjsx@163.com"],
                                 ["地址:金华市金东区光南路88号  邮编:321000"],
                                 ["地址:金华市金东区光南路88号", "电话:0579-82345678", "传真:0579-82345679"]])
def test_the_sites_address_row_at_the_pages_end_goes(clean, row):
    assert clean("\n".join([BODY, BODY2, *row])).text_original.splitlines() == [BODY, BODY2]


@pytest.mark.parametrize("label", ["篇二:", "第二篇:", "篇3：", "第10篇:"])
def test_a_collections_label_for_its_next_piece_goes_and_the_pieces_title_stays(run_step, label):
    draft = run_step(Navigation(), [BODY, label + "区计划生育协会工作报告", BODY2])
    assert draft.lines == [BODY, "区计划生育协会工作报告", BODY2]


def test_a_channels_menu_of_four_character_items_that_open_alike_goes(clean):
    menu = "今日海口 今日秀英 今日龙华 今日琼山 今日美兰"
    doc = clean("\n".join([menu, "某网 > 海南 > 海口 > 今日美兰 > 正文", "", "2020年暖心家园项目点公布 全省唯一!某区项目点上榜", "",
                           "商报全媒体讯 7月5日,商报记者从某区获悉,日前,中国计生协确定全国100个单位为2020年暖心家园项目点。",
                           "暖心家园,是为计生特殊家庭建立就近方便、小型化服务、经常性活动的阵地为主要形式的民生公益项目。"]))
    assert doc.title == "2020年暖心家园项目点公布 全省唯一!某区项目点上榜" and "今日" not in doc.text



def test_a_heading_a_pdf_spaced_round_its_figures_is_no_menu(run_step):
    lines = ["科协工作报告", "XX 县科学技术协会 2021 年工作总结和 2022 年工作计划",
             "2021 年以来,XX 县科协在 XX 县委县政府的直接领导下,坚持以人民为中心,扎实开展各项工作。",
             "一年来,全县科普工作取得了新的成效,群众科学素质明显提高。"]
    assert run_step(Navigation(), lines).lines == lines
    # (a menu's items parted by dashes are still a menu)
    menu = "医药网 - 医药招商 - 医药资讯 - 医药搜索 - 中医药 - 企业大全"
    assert menu not in run_step(Navigation(), [menu, *lines[2:]]).lines


@pytest.mark.parametrize("row", ["【期刊名称】《南方人口》", "【年(卷),期】2017(032)002", "【总页数】9页(P62-70)", "【正文语种】中文",
                                 "【中图分类】C92-05", "友情支持:同程旅游"])
def test_a_journal_databases_record_and_a_sponsors_row_go(run_step, row):
    lines = ["生育意愿:是确定值还是区间", row, "【摘要】本文以两地开展的居民生育意愿研究为例,探讨个体生育意愿的区间特征。", BODY]
    assert run_step(Navigation(), lines).lines == [lines[0], *lines[2:]]


def test_a_law_databases_spaced_article_heading_under_a_players_labels_stays(clean):
    doc = clean("\n".join(["衛生福利部優生保健諮詢會組織規程", "民國 109 年 9 月 15 日", "播放模式", "手機睡眠", "語音選擇", "第 1 條",
                           "衛生福利部為推行優生保健,諮詢學者專家意見,依優生保健法第三條第一項規定,設優生保健諮詢會。", "第 2 條",
                           "本會之任務為對下列事項提供建議:關於施行人工流產或結紮手術情事認定標準之研議事項。"]))
    assert doc.text_original.splitlines()[1] == "第 1 條" and "播放模式" not in doc.text_original


def test_an_editors_credit_cut_open_under_a_signed_story_goes(clean):
    last = "另据悉,国家卫生计生委30日启动扶贫基金,首批资金1600万元由北京医院捐赠,将用于特殊困难家庭大病救助。(记者吕诺、朱旭东)"
    doc = clean("\n".join(["王培安出席会议并讲话", "会议指出,各地要大力倡导男女平等、关爱女孩的先进理念,转变群众生育观念。", last, "(责任编辑"]))
    assert doc.text_original.splitlines()[-1] == last and not doc.truncated


def test_a_close_button_under_the_last_line_shows_the_text_printed_to_its_end(clean):
    last = "一旦遇有紧急、重大信访苗头和信息,要立即协同相关部门做好化解和处置工作,共同营造平安祥和的稳定局面"
    doc = clean("\n".join(["市卫健委召开计划生育特殊家庭扶助关怀专题会", BODY, last, "关闭窗口"]))
    assert doc.text_original.endswith(last) and not doc.truncated
    assert clean("\n".join(["市卫健委召开计划生育特殊家庭扶助关怀专题会", BODY, last])).truncated


def test_a_table_printed_a_cell_a_line_under_its_name_is_the_texts_whole(clean):
    cells = ["序号", "项目", "督查内容", "甲县", "乙县", "丙县", "1", "基础工作", "领导机构与人员", "5", "4", "5",
             "2", "专题研究记录", "6", "6", "5", "3", "职能履行", "优惠政策", "25", "25", "25"]
    text = ["现将考核结果通报如下,希望各地再接再厉,争取取得更大的成绩。", "附件:2015年各县计划生育综合治理工作考核结果排名表",
            "2015年各县计划生育综合治理工作考核结果排名表", *cells]
    doc = clean("\n".join(["某市关于计生综治工作督查情况的通报", *text]))
    assert doc.text_original.splitlines() == text


def test_a_caption_with_its_photographers_credit_after_a_space_goes_whole(clean):
    caption = "出席活动的领导为受助妇女发放救助金 摄影 唐某倩"
    doc = clean("\n".join(["某区关爱女性健康保险工作推进会召开", BODY, caption, BODY2]))
    assert doc.text_original.splitlines() == [BODY, BODY2]


def test_a_headline_printed_over_the_listing_again_over_the_text_and_inside_it_is_the_title(clean):
    title = "计划生育家庭意外伤害保险实施细则"
    first = "为认真贯彻落实市计生协会《关于开展计划生育家庭意外伤害保险的通知》精神,实施细则如下:"
    spam = "久久久久无码精品,四川省少妇一级毛片,老老熟妇xxxxhd,人妻无码少妇一区二区"  # (a line of clauses above it all)
    doc = clean("\n".join([spam, title, "时间:2023-01-08 22:30:59 生育保险 我要投稿", "相关推荐", title, first, title, BODY, BODY2]))
    assert doc.title == title and doc.text_original.splitlines() == [first, BODY, BODY2]


@pytest.mark.parametrize("label", ["密   码:", "用 户 名:", "发 布 产 品"])
def test_a_login_label_spread_over_its_cell_a_character_at_a_time_goes(run_step, label):
    assert run_step(Navigation(), [BODY, "会员信息", label, BODY2]).lines == [BODY, BODY2]


def test_words_spread_a_character_at_a_time_that_are_no_label_stay(run_step):
    assert run_step(Navigation(), [BODY, "致 辞", BODY2]).lines == [BODY, "致 辞", BODY2]


def test_a_forum_posters_sign_in_badge_over_the_post_goes_and_is_no_title(clean):
    doc = clean("\n".join(["该用户从未签到", "|", "农民工、大学生已成艾滋病高风险人群", BODY, BODY2]))
    assert doc.title == "农民工、大学生已成艾滋病高风险人群" and doc.text_original.splitlines() == [BODY, BODY2]


def test_a_hot_keywords_label_left_alone_goes(run_step):
    assert run_step(Navigation(), [BODY, "热门关键词:", BODY2]).lines == [BODY, BODY2]


def test_a_notices_attached_blank_form_one_cell_to_a_line_stays(clean):
    form = ["附件:人口和计划生育统计报表", "年度人口与出生情况", "表 号:国人口统1表", "制表机关:国家人口和计划生育委员会",
            "填报单位(盖章):", "单位:人", "地区", "期末人口总数", "本期出生人数", "往年出生未报人数", "一孩出生", "二孩出生", "多孩出生"]
    doc = clean("\n".join(["关于继续使用人口和计划生育统计报表的通知", "各省、自治区、直辖市人口计生委:", BODY, BODY2,
                           "二〇〇八年八月十八日", *form]))
    assert doc.text_original.splitlines()[-len(form):] == form


@pytest.mark.parametrize("line", ["委員會決議Rss", "新闻动态 RSS", "列印圖示"])
def test_a_columns_feed_link_and_a_print_buttons_picture_go(run_step, line):
    assert run_step(Navigation(), [BODY, line, BODY2]).lines == [BODY, BODY2]


@pytest.mark.parametrize("line", ["關鍵詞1: 關鍵詞2: 標題: 更多搜索", "妇计动态"])
def test_a_search_boxs_numbered_fields_and_a_columns_name_go(run_step, line):
    assert run_step(Navigation(), [line, BODY, BODY2]).lines == [BODY, BODY2]


def test_a_writers_and_a_photographers_credits_in_one_bracket_after_the_last_sentence_go(run_step):
    from cleaners.navigation import TrailingCredit

    draft = run_step(TrailingCredit(), [BODY, BODY2 + "(丁某芬/文 钱某珍/摄)"])
    assert draft.lines == [BODY, BODY2]


def test_an_extended_reading_link_and_its_titles_first_words_under_the_closing_date_go(run_step):
    draft = run_step(Navigation(), [BODY, BODY2, "二○○八年十一月十日", "扩展阅读:出生缺陷工作汇报", "全国"])
    assert draft.lines == [BODY, BODY2, "二○○八年十一月十日"]


@pytest.mark.parametrize("line", ["壟!-- /8962/web_cntv/dicengye_huazhonghua03 -->", "<!-- 正文开始 -->"])
def test_a_markup_comment_its_bracket_misread_or_whole_goes(run_step, line):
    assert run_step(Navigation(), [BODY, line, BODY2]).lines == [BODY, BODY2]
