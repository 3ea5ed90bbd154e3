"""`speech-archive extract` on random bytes and random HTML: no exception escapes, every input gets one
line of valid UTF-8 JSON naming it, with the document fields or an error."""

from __future__ import annotations

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
