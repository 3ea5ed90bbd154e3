"""Binary documents for fixture sites: real .docx files (python-docx) and real PDFs written here.

The PDFs use a Type0 font with Identity-H codes and a ToUnicode map, as word processors write
Chinese text, so a PDF reader recovers the characters from the map; the font itself is not
embedded (viewers substitute one), which keeps each file a few kilobytes.
"""

from __future__ import annotations

import io

import docx

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def make_docx(title: str, paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    document = docx.Document()
    document.add_heading(title, level=1)
    half = len(paragraphs) // 2
    for text in paragraphs[:half]:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    for text in paragraphs[half:]:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_pdf(pages: list[list[str]]) -> bytes:
    """A PDF with one page per list of lines; characters outside the BMP are not supported."""
    chars = sorted({ord(c) for lines in pages for line in lines for c in line})
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: str = "") -> bytes:
        return f"<< /Length {len(data)}{extra} >>\nstream\n".encode() + data + b"\nendstream"

    bfchar = b"".join(
        b"%d beginbfchar\n" % len(block)
        + b"".join(b"<%04X> <%04X>\n" % (c, c) for c in block)
        + b"endbfchar\n"
        for block in (chars[i:i + 100] for i in range(0, len(chars), 100))
    )
    cmap = (b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + bfchar
            + b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")
    add(b"<< /Type /Catalog /Pages 2 0 R >>")
    add(b"")  # the page tree, filled in once the pages are numbered
    to_unicode = add(stream(cmap))
    descriptor = add(b"<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -200 1000 900] "
                     b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>")
    cid_font = add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDToGIDMap /Identity "
                   b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                   b"/FontDescriptor %d 0 R /DW 1000 >>" % descriptor)
    font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
               b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid_font, to_unicode))
    kids = []
    for lines in pages:
        shown = b"".join(b"<" + line.encode("utf-16-be").hex().upper().encode() + b"> Tj T*\n" for line in lines)
        content = add(stream(b"BT\n/F1 10.5 Tf 15 TL 56 790 Td\n" + shown + b"ET"))
        kids.append(add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                        b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font, content)))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def make_doc(text: str) -> bytes:
    """Bytes laid out as a legacy Word file begins (the OLE2 signature and header), then UTF-16 text.

    Enough for what the archive does with .doc files: keep them byte for byte, recognise them, and
    decline to extract text from them.
    """
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
    return header.ljust(512, b"\x00") + text.encode("utf-16-le")
