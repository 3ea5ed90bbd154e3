"""decode: bytes to text for UTF-8, GBK/GB18030 and Big5 pages, declared, undeclared or declared wrongly."""

from __future__ import annotations

import codecs

import pytest

from cleaners.decode import declared_encoding, decode, looks_binary, normalise_encoding, plausibility

SIMPLIFIED = "关于进一步做好新时期计划生育协会工作的报告。各级计生协要积极发挥群众组织的特有优势，坚持以人为本。"
TRADITIONAL = "計生協工作座談會發言詞。感謝省疾控中心為我們這次會議提供了條件，今天召集各市計生協分管主任和秘書長參加會議。"


def test_utf8_is_utf8_and_not_a_lie():
    got = decode(SIMPLIFIED.encode("utf-8"))
    assert (got.text, got.encoding, got.lied) == (SIMPLIFIED, "utf-8", False)


def test_utf8_bom_is_stripped():
    got = decode(codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"))
    assert got.text == SIMPLIFIED and got.encoding == "utf-8"


@pytest.mark.parametrize("declared", ["gb2312", "GBK", "gb18030"])
def test_gbk_page_declared_in_meta(declared):
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={declared}"></head>' \
           f"<body><p>{SIMPLIFIED}</p></body></html>"
    got = decode(page.encode("gbk"))
    assert SIMPLIFIED in got.text
    assert got.encoding == "gb18030" and not got.lied


def test_gbk_without_any_declaration():
    got = decode(SIMPLIFIED.encode("gbk"))
    assert got.text == SIMPLIFIED


def test_big5_without_any_declaration():
    got = decode(TRADITIONAL.encode("big5"))
    assert got.text == TRADITIONAL
    assert got.encoding.startswith("big5")


@pytest.mark.parametrize("declare", [False, True])
def test_big5_with_kana_in_its_eten_row_is_big5(declare):
    # (Taiwan's news pages print a Japanese notice: Big5's kana, which HKSCS reads in another place)
    text = "こちらは繁体字版です。日本語版に移動しますか。\n" + TRADITIONAL
    page = ('<meta charset="big5">' if declare else "") + text
    assert decode(page.encode("big5")).text == page


def test_short_big5_title_and_line_without_declaration():
    text = "計生協理事會報告\n各位理事，同志們："
    assert decode(text.encode("big5")).text == text


def test_big5_page_that_declares_gb2312_is_read_as_big5_and_flagged():
    page = f'<html><head><meta charset="gb2312"></head><body><p>{TRADITIONAL}</p></body></html>'
    got = decode(page.encode("big5"))
    assert TRADITIONAL in got.text
    assert got.lied and got.declared == "gb18030"


def test_utf8_page_that_declares_gbk_is_utf8_and_flagged():
    page = f'<html><head><meta charset="gbk"></head><body><p>{SIMPLIFIED}</p></body></html>'
    got = decode(page.encode("utf-8"))
    assert SIMPLIFIED in got.text
    assert got.encoding == "utf-8" and got.lied


def test_gbk_page_whose_header_says_utf8_is_still_read():
    got = decode(SIMPLIFIED.encode("gbk"), content_type="text/html; charset=UTF-8")
    assert got.text == SIMPLIFIED
    assert got.lied


def test_header_charset_wins_over_meta():
    body = b'<meta charset="big5">'
    assert declared_encoding(body, "text/html; charset=gbk") == "gb18030"
    assert declared_encoding(body, None) == "big5hkscs"


def test_xml_declaration_is_read():
    assert declared_encoding(b'<?xml version="1.0" encoding="GB2312"?><html></html>') == "gb18030"


@pytest.mark.parametrize("name, canonical", [("gb2312", "gb18030"), ("x-gbk", "gb18030"), ("big5", "big5hkscs"), ("x-x-big5", "big5hkscs"),
                                             ("UTF8", "utf-8"), ("iso-8859-1", "cp1252"), ("no-such-thing", None),
                                             ("", None)])
def test_encoding_names(name, canonical):
    assert normalise_encoding(name) == canonical


def test_plausibility_tells_a_wrong_double_byte_decoding():
    wrong = TRADITIONAL.encode("big5").decode("gb18030", "replace")
    assert plausibility(TRADITIONAL) > 0.9
    assert plausibility(wrong) < plausibility(TRADITIONAL)


def test_fullwidth_punctuation_survives_every_encoding():
    text = "各位理事，同志們：（2017年2月28日）我受委託，向大家報告工作；請予審議！"
    for enc in ("utf-8", "big5", "gb18030"):
        assert decode(text.encode(enc)).text == text, enc


def test_undecodable_bytes_do_not_raise():
    got = decode(b"\xff\xfe\xfa\x81\x00\x9f" * 10 + "计生协".encode("gbk"))
    assert isinstance(got.text, str)


def test_pipeline_warns_when_the_declaration_lies(clean):
    page = f'<html><head><meta charset="gbk"></head><body><p>{SIMPLIFIED}</p><p>{SIMPLIFIED}</p></body></html>'
    doc = clean(page.encode("utf-8"))
    assert doc.encoding == "utf-8"
    assert any("declared charset" in w for w in doc.warnings)


@pytest.mark.parametrize(("body", "binary"), [
    (bytes(range(256)) * 40, True),  # an image or an archive served as text/html
    (b"\x89PNG\r\n\x1a\n" + bytes(2000), True),
    (SIMPLIFIED.encode("gbk"), False),
    (TRADITIONAL.encode("big5"), False),
    (SIMPLIFIED.encode("gbk") + bytes(4096), False),  # NUL padding a broken CMS left after the text
    (codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), False),
    (b"", False),
])
def test_binary_data_is_told_from_text(body, binary):
    assert looks_binary(body) is binary



MOJIBAKE_TEXT = ("立法會秘書處今日發表有關人口老化的挑戰的研究簡報。計劃生育協會會長在理事會上講話,"
                 "要求各級協會做好服務工作,關愛計生家庭,推動協會事業發展。") * 3


@pytest.mark.parametrize("encoding", ["big5", "gbk"])
def test_a_double_byte_page_read_as_latin1_upstream_is_read_again(encoding):
    from cleaners.draft import simplified

    original = MOJIBAKE_TEXT if encoding == "big5" else simplified(MOJIBAKE_TEXT)
    garbled = original.encode(encoding).decode("latin-1").encode("utf-8")  # what a bad mirror serves
    decoded = decode(garbled)
    assert decoded.repaired and decoded.text == original


@pytest.mark.parametrize("text", [
    "Le café de la société générale, où l'on déjeune à côté du théâtre, était fermé; à bientôt, Françoise! " * 3,
    "1总 则" + "·" * 80 + "4\n1.1 编制目的" + "·" * 80 + "4",
])
def test_latin_letters_and_dot_leaders_are_no_mojibake(text):
    decoded = decode(text.encode("utf-8"))
    assert not decoded.repaired and decoded.text == text
