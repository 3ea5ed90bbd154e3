"""Relevance: is the page's main content a speech, report, address, work summary or official document
of or at a family planning association? A news story about a meeting, an encyclopedia entry, a policy
Q&A or a list page is not (GOLD-FORMAT.md). Scored from plain signals in the Simplified text.
"""

from __future__ import annotations

import re

# the association's names (计生协, 计生协会, 计划生育协会, 计划生育工作协会, 人口和计划生育协会), counted as three
# substrings: 计生协会 starts with 计生协, 人口和计划生育协会 ends with 计划生育协会, and no two of the three
# can overlap, so each mention counts once; a rewording site's 方案生育协会 is the same association
# (Hong Kong's association is the 家庭计划指导会, 家计会 for short)
_ORG_WORDS = ("计生协", "计划生育协会", "计划生育工作协会", "方案生育协会", "家庭计划指导会", "家计会")


def org_mentions(text: str) -> int:
    # (计生协管, 计生协理员: the government's assistants in family planning, no association)
    return sum(text.count(word) for word in _ORG_WORDS) - text.count("计生协管") - text.count("计生协理员")
# (同志们 addressed, not told of: "县计生协的同志们带上月饼…")
_SPEECH = re.compile(r"同志们(?<!的同志们)|各位理事|各位代表|各位领导|各位来宾|女士们|先生们|我讲|讲几点意见|讲几点|谈几点|报告工作|请予审议|"
                     r"我代表|我受.{0,20}委托|向大会|提请大会|现将.{0,30}(?:报告|汇报|总结)(?:如下|于后)|特就.{0,30}报告如下|以上报告|"
                     r"请审议|审议通过|谢谢大家|谢谢!|借此机会|致以(?:诚挚|衷心|亲切|崇高)的|"
                     # (a greeting's own wish, said to those it greets: "…致以2024年的第一句问候:新年快乐!")
                     r"新年快乐!|新春快乐!|给大家拜年")
_GENRE_TITLE = re.compile(r"讲话|报告|发言|致辞|贺词|寄语|献词|贺信|慰问信|感谢信|公开信|一封信|开幕词|闭幕词|主持词|总结|述职|汇报|通知|意见|决定|方案|规划|倡议|"
                          r"工作要点|工作计划|章程|决议|纪要|会议记录|发言稿|讲稿|演讲|议程|须知|简报|通报|请示|批复|"
                          # (a body's own rules: "村级计划生育协会工作制度", "…工作管理规范", "协会各项制度、职责")
                          r"制度|职责|规范|"
                          # (a body's budget and final accounts, which it must publish: "…协会2021年度部门决算")
                          r"部门预算|部门决算|预算公开|决算公开")
# a document number, and the words of a circular: two patterns, as a class and words in one alternation
# cost twice as much to scan for
_DOC_NUMBER = re.compile(r"[〔\[(]\s*(?:19|20)\d\d\s*[〕\])]\s*\d+\s*号")
# the association's own number on its document ("黔计生协〔2025〕2号", "某计生协发〔2023〕5号")
_OWN_NUMBER = re.compile(rf"(?:计生协会?|计划生育协会)(?:发|字|函|办)?\s*{_DOC_NUMBER.pattern}")
_OFFICIAL = re.compile(r"各(?:县|市|区|乡|镇)|各有关单位|现转发给你们|现将.{0,20}印发给你们|特此通知|主送|抄送")
_ADDRESSEES_END = re.compile(r"[^。,;!?:\n]{0,40}:")
_ARTICLES = re.compile(r"第[一二三四五六七八九十百]{1,4}条")
_NEWS = re.compile(r"本报讯|本网讯|记者|通讯员|据悉|据了解|新华社|日前,|近日,|会议指出|会议强调|会议要求|会议认为|会上,|"
                   r"出席会议|主持会议|参加会议|会议由|会议听取|与会人员|与会代表|报道|编辑:|"
                   # a reporter's account of a meeting and an article's signature
                   r"大会由|会议通过|大会通过|到会指导|隆重召开|顺利召开|作者:|供稿|出席并讲话|出席并致辞|选举产生了")
# a repost's lead that hands over to the address itself ("…在《…》杂志发表新年寄语。▽全文如下▽")
_FULL_TEXT = re.compile(r"(?:讲话|致辞|寄语|贺词|献词|报告|发言)\W{0,3}\s*\W{0,2}(?:全文如下|以下为全文|全文刊登如下)")
_SUMMARY_OPENING = re.compile(r"(?:19|20)\d\d年(?:以来|度|上半年|下半年)?[,\s]?[^。\n]{0,40}?在[^。\n]{2,40}?(?:正确|坚强|亲切)?领导下")
# ("(以下简称市计生协)" is how a document names a body for short; looked behind from 简称: a branch that starts by
# looking behind is tried at every position)
_NON_DOCUMENT = re.compile(r"百科|词条|是指|名词解释|是什么意思|简称(?<!以下简称)|问:|答:|问题:|解答|Q:|A:|常见问题|一问一答")


# the speaker's own voice: reports and speeches say 我们/我省/我会/咱们; reporters write about them. The 我
# words and 咱们 are counted apart: a pattern that starts with one character is found by a quick search
# for it, one that starts with either of two is tried at every position (no two of these words overlap)
_WE = re.compile(r"我(?:们|省|市|区|县|镇|乡|村|会|协会|社区|街道)")


def first_person(text: str, country: bool = True) -> int:
    """How often the text speaks as 我们/我省/…/咱们; with `country`, 我国 counts too (a reporter writes it as well: "为我国
    社会经济的发展作出的贡献", so a credit's rule asks without it)."""
    return len(_WE.findall(text)) + text.count("咱们") + (text.count("我国") if country else 0)
# (the verb first, the leader who said it looked back at: an alternation of leaders' titles would be tried
# at every 会, 主, 市 of the text)
_REPORTED = re.compile(r"(?:指出|强调|表示|要求|介绍|称)(?:[,:,:]|(?<=(?:会长|主任|书记|市长|县长|局长|部长|主席)(?:指出|强调|表示|要求)))")


# a news story opens with a dateline, and its title reports an event
# (the title rule reads it too: a news story's first paragraph is no editor's lead)
DATELINE = re.compile(r"^\W{0,3}(?:本报讯|本网讯|本台讯|新华社|中新社|人民网|[^\s,。]{0,16}讯\s*[(（]|[(（]?记者|"
                       r"[^\s,。]{2,12}(?:报|网|台)讯[ \u3000]|"  # (a paper's dateline, a space after it: "杭州日报讯 青少年…")
                       r"[^\s,。]{0,16}(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|消息|讯))", re.M)
# (the day, then who held what, however many bodies helped: "11月26日上午,由某州计生协主办,…协办的…启动仪式在文山举行")
_LEAD = re.compile(r"[^。\n]{0,40}?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[,\uff0c][^。\n]{2,90}?(?:举办|召开|举行|开展|组织|慰问|看望|走访)了?|"
                   # (or who did what "today" in a paper's words, which no speaker uses: "…局长卢宠茂今日到…视察")
                   r"[^。\n,]{2,30}?(?:今日|昨日)(?:上午|下午|晚上?)?(?:在|到|于|出席|举行|召开|宣布|发布|视察|考察|会见|主持|表示)")
_GENRE_WORDS = "讲话|报告|致辞|发言|总结|汇报|方案|计划|要点|章程|制度|通知|通报|请示|批复|纪要|意见"
_GENRE_END = re.compile(rf"(?:{_GENRE_WORDS})\S{{0,6}}$")
# (a genre's word last, or a decision's, a budget's and its note's: "…部门预算情况公开说明")
_OWN_DOCUMENT = re.compile(rf"(?:{_GENRE_WORDS}|决定|预算|决算|说明)$")
_PROPOSAL = re.compile(r"第\s*\d+\s*号(?:建议|提案|议案)|(?:代表|委员)(?:建议|提案)|(?:建议|提案|议案)的?答复")
_PROPOSER = re.compile(r"提建议代表|提案人\s*:|领衔代表\s*:|附议代表")
_VILLAGE_RULES = re.compile(r"村规民约|自治章程|居民公约|村民公约|居规民约")
_EVENT_TITLE = re.compile(r"召开|举行|举办|开展|启动|走访|慰问|调研|出席|会见|看望|参加|荣获|获评|获得|被评为|被授予|喜获|表彰|圆满|顺利|成功|开幕|闭幕|"
                          r"落幕|揭牌|签约|部署|专题学习|组织开展|点赞|开讲|"
                          # (a body founded: "某县成立首个乡镇卫生院计划生育协会")
                          r"成立[^。,]{0,24}(?:协会|分会)$")


_OUTLINE = re.compile(r"\s*(?:第[一二三四五六七八九十]{1,3}(?:部分|章|节)|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、](?!\d))")


def _list_page(text: str) -> bool:
    """A page of links: mostly short unpunctuated lines (titles, dates) and little running text."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 6 or sum(len(ln) for ln in lines if len(ln) >= 60) >= 600 or text.count("。") >= 5:
        return False  # running text, if short (a village's summary): not a list
    if "号" in text[:300] and _DOC_NUMBER.search(text[:300]):
        return False  # an official document's head (its number, issuer, addressees) is short lines too
    # (a document's outline is no list of links: "第一部分 单位概况" / "一、主要职能" / "(一)收入预算")
    short = sum(len(ln) <= 40 and not re.search(r"[。!?;]", ln) and not _OUTLINE.match(ln) for ln in lines)
    return short / len(lines) > 0.6


# 协会 not after 计生 or 育; the word first, so the scan looks for it and not at every position
_ASSOCIATION = re.compile(r"协会(?<!计生协会)(?<!育协会)")


# the same signals on a page in English (a Hong Kong association's address to its general meeting, a charter)
_EN_ORG = re.compile(r"Family Planning Association|\b(?:C?FPA|FPAHK)\b")
_EN_SPEECH = re.compile(r"(?i)ladies and gentlemen|distinguished guests|dear (?:members|friends|colleagues)|"
                        r"(?:it gives me|i have) (?:great )?pleasure|i am (?:greatly |deeply )?honou?red|i would like to|"
                        r"on behalf of|chairman's (?:address|remarks|report)|\barticle \d+\b|\bconstitution\b")
_EN_NEWS = re.compile(r"(?i)\btoday (?:held|announced|launched)|\b(?:said|remarked|noted|stated) that\b|press release|"
                      r"\breported\b|\bthe event\b")


def _english(title: str, text: str) -> tuple[bool, float]:
    in_title, in_text = len(_EN_ORG.findall(title)), len(_EN_ORG.findall(text))
    speech, news = len(_EN_SPEECH.findall(title + "\n" + text)), len(_EN_NEWS.findall(text))
    score = min(in_title * 3 + in_text, 6) * 0.5 + min(speech, 4) - min(news, 4) * 0.8
    return (in_title > 0 or in_text >= 2) and speech >= 2 and speech > news and score >= 3.0, round(score, 2)


def _news_opening(title: str, text: str) -> tuple[bool, bool]:
    """(a dateline, a story's lead) at the text's start."""
    dateline = bool(DATELINE.search("\n".join(text[:300].split("\n")[:3])))
    # a story's lead: the day, then who held what ("5月24日,天水市计生协举办了…演讲比赛"); a document's title
    # names its genre last
    first = next((line for line in text[:1500].split("\n")[:3] if len(line) >= 20), "")
    return dateline, bool(_LEAD.match(first)) and not _GENRE_END.search(title)


def _signed_by_association(text: str) -> bool:
    """Whether the association signs the text: its name alone on one of the last lines (a letter's 落款)."""
    return any(len(line) <= 24 and org_mentions(line) and not re.search(r"[。,;:!?]", line)
               for line in text.rstrip().rsplit("\n", 4)[-4:])


def reads_as_news(title: str, simplified_text: str) -> bool:
    """Whether the text opens as a news story does: its date under the headline is the story's, not a speech's."""
    return any(_news_opening(title, simplified_text))


def relevance(title: str, simplified_text: str, source: str = "") -> tuple[bool, float]:
    """(relevant, score); `source` is the page's listing row that names its source ("… 来源:某省计划生育协会")."""
    n = max(len(simplified_text), 1)
    # a page in English: hardly a character outside ASCII (counted by the encoder, not character by character)
    sample = simplified_text[:3000]
    if n >= 200 and (len(sample) - len(sample.encode("ascii", "ignore"))) * 20 < len(sample):
        return _english(title, simplified_text[:6000])
    # what a page is shows in its first pages; a long report need not be read to its end for it
    text = simplified_text[:6000]
    voice = first_person(text) * 1000 / min(n, 6000)
    reported = len(_REPORTED.findall(text))
    in_title, in_text = org_mentions(title), org_mentions(text)
    # the association is the subject, not a passing mention in another body's report
    # (or the association published it, and names itself in it: a speech its site reposts under the speaker's name)
    central = in_title > 0 or in_text >= 3 or (in_text >= 2 and n < 1500) or (in_text >= 1 and org_mentions(source[source.find("来源"):]) > 0) \
        or (in_text >= 1 and _signed_by_association(simplified_text))
    # (a sample site's headline may name the association over a text that never does: another body's plan)
    if in_title and not in_text and n >= 300 and not _ASSOCIATION.search(text):
        central = False
    org = in_title * 3 + in_text
    if "号" in text[:500] and _OWN_NUMBER.search(text[:500]):  # a document the association issued
        central, org = True, org + 3
    if re.search(r"计划生育|计生|方案生育", title + text[:3000]):
        # "协会" alone is the association once the text is about family planning ("镇协会", "各村协会", "协会理事")
        bare = len(_ASSOCIATION.findall(text))
        org += bare // 2
        central = central or in_text + bare >= 4
    speech = len(_SPEECH.findall(text))
    # (an untitled work summary opens with its year and who led it: "2006年**区计划生育协会在区委、区政府的正确领导下")
    # (or a bulletin's label opens it, its headline run in: "简报哲庄乡计划生育协会有序开展…")
    genre = 1 if _GENRE_TITLE.search(title) or _SUMMARY_OPENING.match(text) or text.startswith("简报") \
        or ("全文" in text[:800] and _FULL_TEXT.search(text[:800])) else 0
    # (各县/各市… is a document's addressees, at a line's head or before their colon; in a story's sentence it is
    # only who took part: "…期间,各区县计生协以宣传…")
    official = (len(_DOC_NUMBER.findall(text)) if "号" in text else 0) \
        + sum(not m.group().startswith("各") or not m.start() or text[m.start() - 1] == "\n"
              or _ADDRESSEES_END.match(text, m.end()) is not None for m in _OFFICIAL.finditer(text))
    # a charter's or a rule's articles (第一条 … 第二条): an official document, whose 简称/是指 define its terms
    articles = len(_ARTICLES.findall(text)) if "条" in text else 0
    # (minutes word what the meeting heard and stressed as a reporter does: "会议由…主持", "会议强调,…"; they are the body's)
    news = len(_NEWS.findall(text)) if not title.rstrip().endswith("纪要") else 0
    other = len(_NON_DOCUMENT.findall(title + "\n" + text[:2000])) if articles < 2 else 0
    official += articles if articles >= 2 else 0
    score = (min(org, 6) * 0.5 + min(speech, 4) * 1.0 + genre * 1.5 + min(official, 3) * 0.7
             - min(news, 8) * 0.8 - other * 1.2 + (1.0 if n >= 1500 else 0.0)
             + min(voice, 4) * 0.5 - min(reported, 6) * 0.4 - (4.0 if _list_page(text) else 0.0))
    # the title of a speech names the genre last ("…上的讲话"); a news title reports that it happened
    # (as does an official document's: "关于开展…活动的通知")
    event = bool(_EVENT_TITLE.search(title)) \
        and not re.search(r"(?:讲话|报告|致辞|发言|总结|通知|通报|请示|批复|公告|纪要|意见|方案|决定|要点|信)$", title)
    # (under the headline, which a page may leave at the top of the text)
    dateline, told = _news_opening(title, text)
    # villagers' own rules (村规民约, 村民自治章程) have articles on the village's association, but are the village's
    # (a report on how the association helped villages draw theirs up names them too: the rules themselves have articles)
    villagers = bool(_VILLAGE_RULES.search(title)) or (articles >= 2 and bool(_VILLAGE_RULES.search(text[:300])))
    # a deputy's proposal, a member's motion, and the reply to one, are theirs and the government's, even on the association
    # ("第136号建议 关于解决村(居)计生协会专职副会长报酬的建议" / "提建议代表:…")
    # (a report that tells how many proposals it handled, "办理人大代表建议3件", is none: the text is read for the proposer)
    proposal = bool(_PROPOSAL.search(title) or _PROPOSER.search(text[:2000]))
    score -= 2.0 * event + 3.0 * dateline + 2.0 * told + 3.0 * villagers + 3.0 * proposal
    # a title that names the association and ends on a document's genre is its document, however short its text
    # ("某区计生协会2021年部门预算情况公开说明" over an outline and tables), if no reporter tells of it
    score += 1.0 * bool(in_title and not news and _OWN_DOCUMENT.search(title.rstrip()))
    relevant = (central and score >= 3.0 and (speech + genre + official) >= 1 and news < max(4, speech * 2 + 2)
                and not (dateline and speech < 3))
    return relevant, round(score, 2)
