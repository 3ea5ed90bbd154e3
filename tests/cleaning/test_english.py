"""Pages in English (an association's press release, an address to its general meeting): the text is the
author's, its heading is the title, its dates are read; a Chinese page's appended machine translation still goes."""

from __future__ import annotations

import pytest

from cleaners.dates import date_line, first_date
from cleaners.paragraphs import split_paragraphs

RELEASE = "\n".join([
    "Press Releases",
    "9 Dec 2021",
    "FPAHK’s 66th Annual General Meeting",
    "The Family Planning Association of Hong Kong held its 66th Annual General Meeting today. The new Chairman "
    "and Council Members were elected at the meeting, and the guests were welcomed by the staff.",
    "In his address to the meeting, the Chairman remarked that the pandemic was one of the major factors for the "
    "drop in the number of clients, and he thanked the volunteers for their work.",
])

ADDRESS = "\n".join([
    "Chairman's Address to the 55th Annual General Meeting",
    "7th December 2010",
    "Ladies and Gentlemen,",
    "It gives me great pleasure to welcome you all to this 55th Annual General Meeting. We are most grateful to "
    "our guest of honour for joining us this year, and to our members for their support.",
    "Our association was established to promote family health, and this year our services have grown from "
    "strength to strength in every district of the city.",
])


def test_a_press_release_keeps_its_text_and_reads_its_title_and_date(clean):
    doc = clean(RELEASE)
    assert doc.title == "FPAHK’s 66th Annual General Meeting"
    assert doc.published == "2021-12-09"
    assert "Press Releases" not in doc.text
    assert "held its 66th Annual General Meeting today" in doc.text and "thanked the volunteers" in doc.text
    assert [r.text for r in doc.removed if r.rule == "navigation"] == ["Press Releases"]


def test_a_releases_heading_for_english_only_is_its_title_and_its_email_button_goes(clean):
    heading = "Speech by Chairman at the 55th Annual General Meeting (English only)"
    doc = clean("\n".join(["Email this article", heading, *ADDRESS.split("\n")[2:]]))
    assert doc.title == heading and doc.text.startswith("Ladies and Gentlemen,")
    assert [(r.rule, r.text) for r in doc.removed] == [("navigation", "Email this article"), ("title", heading)]


def test_a_feature_articles_date_row_dates_the_page(clean):
    doc = clean("\n".join(["Feature Articles", "FPAHK’s 66th Annual General Meeting", "  • Date29 Dec 2017", *RELEASE.split("\n")[3:]]))
    assert doc.published == "2017-12-29" and "Date29" not in doc.text


def test_an_address_dated_under_its_title_carries_its_speech_date(clean):
    doc = clean(ADDRESS)
    assert doc.title == "Chairman's Address to the 55th Annual General Meeting"
    assert doc.speech_date == "2010-12-07"
    assert "Ladies and Gentlemen," in doc.text.split("\n")


def test_a_machine_translation_after_a_chinese_text_goes(clean):
    chinese = "各位委员、各位同志:这次会议的召开,正是我们胜利地渡过了第一个年度的时候。" * 3
    english = ("Dear members, ladies and gentlemen, the convening of this first meeting comes at the time when we "
               "have successfully passed the first year of the national construction plan, and we now enter the second.")
    doc = clean("\n".join(["论文部分内容阅读", chinese, english]))
    assert english not in doc.text
    assert chinese in doc.text


@pytest.mark.parametrize("text, iso", [("8 Dec 2017", "2017-12-08"), ("7th December 2010", "2010-12-07"),
                                       ("July 20, 1999", "1999-07-20"), ("Sept. 3, 2019", "2019-09-03")])
def test_english_dates(text, iso):
    assert first_date(text) == iso
    assert date_line(text) == iso


@pytest.mark.parametrize("text", ["May 2005", "31 Foo 2005", "Date31 May 2005", "on 7th December 2010 we met"])
def test_no_english_date_line(text):
    assert date_line(text) is None


@pytest.mark.parametrize("line", ["9 Dec 2021", "FPAHK’s 66th Annual General Meeting", "There are 16 villages in our township"])
def test_english_words_are_not_split_before_a_number(line):
    assert split_paragraphs(line) == [line]


@pytest.mark.parametrize("line, parts", [("www.gov.cn 2007年05月29日", ["www.gov.cn", "2007年05月29日"]),
                                         ("计生协工作报告 2016年是全面发展的一年。", ["计生协工作报告", "2016年是全面发展的一年。"])])
def test_chinese_and_addresses_are_still_split(line, parts):
    assert split_paragraphs(line) == parts


def test_an_address_at_the_association_is_relevant_and_its_press_release_is_not(clean):
    address = ADDRESS.replace("Our association was", "The Family Planning Association of Hong Kong was")
    assert clean(address + "\nOn behalf of the Family Planning Association, I thank you all.").relevant
    assert not clean(RELEASE).relevant


def test_an_english_page_of_another_body_is_not_relevant(clean):
    assert not clean(ADDRESS.replace("55th Annual General Meeting", "Marriage Council's Annual Meeting")).relevant


def test_an_english_story_that_ends_its_last_sentence_or_signs_off_is_not_cut(clean):
    story = ("Units promote State policies\n"
             "Family planning associations at all levels have played an important part in promoting the strategy.\n")
    assert clean(story).truncated is False
    assert clean(story + "(China Daily December 7, 2001)\n").truncated is False
    assert clean(story + "The associations will strengthen their work in the coming years and\n").truncated is True


def test_an_english_menu_row_and_a_wrapped_first_line_are_no_title_and_the_sites_prompts_go(clean):
    page = (".contact us |.about us\nHome BizChina Newsphoto Cartoon LanguageTips Metrolife Sports Edu\n"
            "Units promote State policies\n"
            "Family planning associations at all levels have played an important part in promoting the strategy.\n"
            "• Please scan the QR Code to follow us on Wechat\nFollow us on\n")
    doc = clean(page)
    assert doc.title == "Units promote State policies"
    assert "contact us" not in doc.text_original and "QR Code" not in doc.text_original
    assert not doc.text_original.endswith("Follow us on")
    wrapped = ("Family planning associations at various levels across the country\n"
               "will put more effort into reproductive health care and HIV/AIDS\n"
               "prevention services for the rural and migrant population, a top official said yesterday.\n")
    doc = clean(wrapped)
    assert doc.title == "" and doc.text_original.startswith("Family planning associations at various levels")


def test_a_slide_decks_english_under_a_bilingual_cover_is_the_text(clean):
    cover = ("1 某某家庭计划指导会 The Family Planning Association of Moumou 二零零七年某某家庭计划 知识、态度及实行 调查报告 "
             "Report on the Survey of Family Planning Knowledge, Attitude and Practice 2007 二零零七年某某家庭计划 知识、态度及实行 "
             "调查报告 Report on the Survey of Family Planning Knowledge, Attitude and Practice 2007")
    slides = ["2 A series of surveys conducted every five years since 1967, and the 2007 survey is the ninth in the series "
              "Questions were designed primarily based on those in previous surveys for the purpose of trend analysis",
              "3 Household was used as the sampling unit A sample of households was systematically drawn by the Census "
              "and Statistics Department using a random sampling method One eligible woman and her spouse were interviewed",
              "4 The interviews were conducted by home visits during December 2007 and April 2008, and 1,510 women and 770 "
              "of their spouses were successfully interviewed"]
    text = clean("\n".join([cover, *slides])).text
    assert all(slide[2:40] in text for slide in slides)
