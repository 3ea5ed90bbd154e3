"""Word and PDF files as the archive reads them (cleaners/binary.py and the page_draft hook): what
is recognised as which, the lines in reading order, and the files that cannot be read."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter
from sites import texts
from sites.documents import make_doc, make_docx, make_pdf

from cleaners import Page, extract_document
from cleaners.binary import DOCX_TYPE, UnreadableDocument, document_format, document_lines

SPEECH = texts.speech(1)


def test_formats_come_from_the_header_or_the_url_and_the_bytes_must_agree() -> None:
    pdf, docx = make_pdf([["计生协"]]), make_docx("标题", ["正文。"])
    assert document_format("application/pdf", "http://a/x", pdf) == "pdf"
    assert document_format(None, "http://a/files/x.PDF", pdf) == "pdf"
    assert document_format("application/octet-stream", "http://a/download?id=3", pdf) == "pdf"
    assert document_format(DOCX_TYPE, "http://a/x", docx) == "docx"
    assert document_format("text/html", "http://a/x.docx", docx) == "docx"  # a sloppy server
    assert document_format("application/msword", "http://a/x.doc", make_doc("讲话")) == "doc"
    # a login page where the file should be is read as the page it is
    assert document_format("text/html", "http://a/x.pdf", "<html><body>请先登录</body></html>".encode()) is None
    assert document_format("application/pdf", "http://a/x.pdf", b"<html>gone</html>") is None
    # a zip that is not a Word file, and an ordinary page
    assert document_format("application/octet-stream", "http://a/x.docx", _zip()) is None
    assert document_format("text/html; charset=utf-8", "http://a/x.html", b"<html></html>") is None


def test_docx_paragraphs_and_tables_in_body_order() -> None:
    table = [["项目", "数量"], ["基层协会", "245"], ["会员之家", "245"]]
    lines = document_lines(make_docx(SPEECH.title, SPEECH.paragraphs, table), "docx")
    half = len(SPEECH.paragraphs) // 2
    assert lines[0] == SPEECH.title
    assert lines[1:half + 1] == SPEECH.paragraphs[:half]
    assert lines[half + 1:half + 4] == ["项目 数量", "基层协会 245", "会员之家 245"]
    assert lines[half + 4:] == SPEECH.paragraphs[half:]


def test_pdf_pages_in_order() -> None:
    pages = [[SPEECH.title, *SPEECH.paragraphs[:5]], SPEECH.paragraphs[5:]]
    assert document_lines(make_pdf(pages), "pdf") == [SPEECH.title, *SPEECH.paragraphs]


def test_a_word_download_becomes_a_document() -> None:
    body = make_docx(SPEECH.title, SPEECH.paragraphs)
    doc = extract_document([Page(body=body, url="http://a/down/1.docx", content_type=DOCX_TYPE)])
    assert doc.title == SPEECH.title
    assert doc.content_kind == "text" and doc.encoding is None
    assert doc.relevant
    for paragraph in SPEECH.paragraphs[1:]:
        assert paragraph in doc.text


def test_a_pdf_download_becomes_a_document() -> None:
    body = make_pdf([[SPEECH.title, *SPEECH.paragraphs]])
    doc = extract_document([Page(body=body, url="http://a/P020230512.pdf", content_type="application/pdf")])
    assert doc.title == SPEECH.title and doc.relevant
    assert SPEECH.paragraphs[-1] in doc.text


def test_what_cannot_be_read_says_why() -> None:
    with pytest.raises(UnreadableDocument, match="no text extractor for .doc"):
        extract_document([Page(body=make_doc("讲话"), url="http://a/1.doc", content_type="application/msword")])
    with pytest.raises(UnreadableDocument, match="not a readable PDF"):
        document_lines(b"%PDF-1.7\n" + bytes(200), "pdf")
    with pytest.raises(UnreadableDocument, match="not a readable .docx"):
        document_lines(b"PK\x03\x04" + bytes(100), "docx")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([["计生协"]]))))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    locked = io.BytesIO()
    writer.write(locked)
    with pytest.raises(UnreadableDocument, match="encrypted"):
        document_lines(locked.getvalue(), "pdf")


def _zip() -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()
