"""Text from the binary documents sites offer for download: Word (.docx) through python-docx and PDF
through pypdf, as lines in reading order. Legacy Word (.doc) is recognised but not read: no
well-kept pure-Python library extracts its text, so such files stay in the WARC files only.
"""

from __future__ import annotations

import io
import zipfile
from urllib.parse import urlsplit

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_TYPES = {DOCX_TYPE: "docx", "application/pdf": "pdf", "application/x-pdf": "pdf",
          "application/msword": "doc"}
_EXTENSIONS = {".docx": "docx", ".pdf": "pdf", ".doc": "doc"}
_MAGIC = {"pdf": b"%PDF-", "docx": b"PK\x03\x04", "doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"}


class UnreadableDocument(ValueError):
    """A binary document whose text cannot be had (legacy .doc, encrypted or broken files)."""


def document_format(content_type: str | None, url: str | None, body: bytes) -> str | None:
    """"docx", "pdf" or "doc" when the page is such a file, else None (it is read as HTML or text).

    The Content-Type decides, then the URL's extension; the bytes must agree, because sites serve
    login pages and 404 pages under .pdf URLs, and PDFs as application/octet-stream.
    """
    media = (content_type or "").split(";", 1)[0].strip().lower()
    claimed = _TYPES.get(media)
    if claimed is None and url:
        path = urlsplit(url).path.lower()
        claimed = next((fmt for ext, fmt in _EXTENSIONS.items() if path.endswith(ext)), None)
    found = next((fmt for fmt, magic in _MAGIC.items() if body.lstrip()[:8].startswith(magic)), None)
    if found == "docx" and not _is_wordprocessing_zip(body):
        found = None  # some other zip (xlsx, an archive of files)
    if claimed is None:
        # an application/octet-stream download without an extension: the bytes tell
        return found if media in ("application/octet-stream", "binary/octet-stream") else None
    return found


def document_lines(body: bytes, fmt: str) -> list[str]:
    """The document's non-empty lines, stripped, in reading order."""
    if fmt == "docx":
        return _docx_lines(body)
    if fmt == "pdf":
        return _pdf_lines(body)
    raise UnreadableDocument(f"no text extractor for .{fmt} files; the file is kept in the WARC files")


def _is_wordprocessing_zip(body: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def _docx_lines(body: bytes) -> list[str]:
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(body))
    except Exception as exc:  # python-docx raises several kinds for a damaged package
        raise UnreadableDocument(f"not a readable .docx file: {exc}") from exc
    lines: list[str] = []
    # paragraphs and tables in body order: a report's tables sit between its paragraphs
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells = list(dict.fromkeys(c.text.strip() for c in row.cells))  # merged cells repeat
                lines.append(" ".join(c for c in cells if c))
        else:
            lines.extend(block.text.split("\n"))
    return [line.strip() for line in lines if line.strip()]


def _pdf_lines(body: bytes) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(body))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocument("the PDF is encrypted with a password")
        texts = [page.extract_text() or "" for page in reader.pages]
    except PdfReadError as exc:
        raise UnreadableDocument(f"not a readable PDF: {exc}") from exc
    return [line.strip() for text in texts for line in text.splitlines() if line.strip()]
