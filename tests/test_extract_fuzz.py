"""`speech-archive extract` on random bytes, random HTML and hostile pages (binary magic, BOMs, deep
nesting, cut multibyte characters, flipped bytes, NUL padding): no exception escapes, every input gets one
line of valid UTF-8 JSON naming it, with the document fields or an error."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler import cli

FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

TAGS = ["p", "div", "br", "td", "span", "h1", "title", "meta", "script", "style", "ruby", "rt", "font", "table"]
TEXT = st.text(alphabet=st.sampled_from(list("计生协会讲话报告同志们一二三、,。:()上一篇下一页第1页共6页未完全文共字小编本站xié?"
                                              "<>&;\"' \n\t\u3000\uff08\uff09\ufffd")), max_size=80)


@st.composite
def html_pages(draw) -> bytes:
    parts = ["<html><head>"]
    if draw(st.booleans()):
        parts.append(f'<meta charset="{draw(st.sampled_from(["utf-8", "gbk", "big5", "x-bogus", ""]))}">')
    parts.append("</head><body>")
    for _ in range(draw(st.integers(0, 12))):
        tag = draw(st.sampled_from(TAGS))
        style = ' style="display:none"' if draw(st.integers(0, 5)) == 0 else ""
        closed = draw(st.booleans())
        parts.append(f"<{tag}{style}>{draw(TEXT)}" + (f"</{tag}>" if closed else ""))
    parts.append("</body>" if draw(st.booleans()) else "")
    encoding = draw(st.sampled_from(["utf-8", "gb18030", "big5", "utf-16"]))
    return "".join(parts).encode(encoding, errors="replace")


def _run_extract(capsysbinary, paths: list[Path]) -> list[dict]:
    code = cli.main(["extract", "--format", "jsonl", *map(str, paths)])
    out = capsysbinary.readouterr().out
    records = [json.loads(line) for line in out.decode("utf-8").splitlines()]  # strict UTF-8, strict JSON
    assert code in (0, 1)
    assert [r["source"] for r in records] == [str(p) for p in paths]
    for record in records:
        assert "error" in record or (isinstance(record["text"], str) and isinstance(record["title"], str))
    return records


@FUZZ
@given(blobs=st.lists(st.binary(max_size=2048), min_size=1, max_size=4))
def test_random_bytes(tmp_path, capsysbinary, blobs):
    paths = []
    for i, blob in enumerate(blobs):
        path = tmp_path / f"blob{i}.bin"
        path.write_bytes(blob)
        paths.append(path)
    _run_extract(capsysbinary, paths)


@FUZZ
@given(pages=st.lists(html_pages(), min_size=1, max_size=3))
def test_random_html(tmp_path, capsysbinary, pages):
    paths = []
    for i, page in enumerate(pages):
        path = tmp_path / f"page{i}.html"
        path.write_bytes(page)
        paths.append(path)
    records = _run_extract(capsysbinary, paths)
    assert all("error" not in r for r in records), "a page that parses as HTML is cleaned, never refused"



PREFIXES = [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, b"\x1f\x8b\x08\x00", b"%PDF-1.4\n", b"PK\x03\x04",
            b"\x89PNG\r\n\x1a\n", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"<?xml version='1.0' encoding='big5'?>"]


@st.composite
def hostile_pages(draw) -> bytes:
    """A random page made worse: a binary magic or BOM in front, nested thousands deep, then cut short
    (maybe inside a character), bytes flipped, NUL padding after it."""
    depth = draw(st.integers(0, 3000))
    body = draw(st.sampled_from(PREFIXES)) + b"<div><b>" * depth + draw(html_pages()) + b"</b>" * (depth // 2)
    if draw(st.booleans()):
        body = body[: draw(st.integers(0, len(body)))]
    for _ in range(draw(st.integers(0, 5))):
        if body:
            at = draw(st.integers(0, len(body) - 1))
            body = body[:at] + bytes([draw(st.integers(0, 255))]) + body[at + 1:]
    return body + b"\x00" * draw(st.sampled_from([0, 0, 7, 4096]))


@FUZZ
@given(pages=st.lists(hostile_pages(), min_size=1, max_size=3),
       url=st.sampled_from([None, "http://www.example.org/a.html", "http://www.example.org/a.pdf",
                            "http://www.example.org/a.docx", "http://www.example.org/a.doc"]))
def test_hostile_pages(tmp_path, capsysbinary, pages, url):
    paths = []
    for i, page in enumerate(pages):
        path = tmp_path / f"hostile{i}.html"
        path.write_bytes(page)
        paths.append(path)
    code = cli.main(["extract", "--format", "json", *(["--url", url] if url else []), *map(str, paths)])
    records = json.loads(capsysbinary.readouterr().out.decode("utf-8"))  # one strict UTF-8 JSON array
    assert [r["source"] for r in records] == [str(p) for p in paths]
    assert code == (1 if any("error" in r for r in records) else 0)
    for record in records:
        if "error" in record:
            # only a Word or PDF file that is no such file can fail: HTML and text never do
            assert url is not None and url.endswith((".pdf", ".docx", ".doc")), record["error"]
            assert record["error"].startswith("UnreadableDocument: ")
        else:
            assert isinstance(record["text"], str) and isinstance(record["title"], str)
