"""The `urls` spider, crawled for real in a subprocess against the fixture site; items read from a pickle feed."""

from __future__ import annotations

import gzip
import pickle
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from fixture_site import SPEECH, SPEECH_HANT, FixtureSite, dead_url, html_page
from warcio.archiveiterator import ArchiveIterator

from crawler.items import SpeechItem
from spiders.urls import UrlsSpider, is_document, read_url_list

if TYPE_CHECKING:
    from conftest import CrawlResult, CrawlRunner

# listed page -> (URL of the page fetched, exact body Scrapy hands over)
DOCUMENTS = {
    "/speech/utf8.html": ("/speech/utf8.html", html_page("理事会工作报告", SPEECH).encode()),
    "/speech/gzip.html": ("/speech/gzip.html", html_page("压缩页面", SPEECH).encode()),
    "/speech/gbk-nocharset.html": (
        "/speech/gbk-nocharset.html",
        html_page("协会工作会议讲话", SPEECH).encode("gbk"),
    ),
    "/speech/big5.html": ("/speech/big5.html", html_page("理事會講話", SPEECH_HANT).encode("big5")),
    "/speech/plain.txt": ("/speech/plain.txt", SPEECH.encode()),
    "/article?id=3&page=2": ("/article?id=3&page=2", html_page("文章 /article?id=3&page=2", SPEECH).encode()),
    "/old/speech.html": ("/speech/moved.html", html_page("会长讲话", SPEECH).encode()),
}
NOT_YIELDED = ["/missing.html", "/logo.png"]


@dataclass
class Run:
    result: CrawlResult
    items: list[SpeechItem]
    archive: Path
    site: FixtureSite

    def item(self, path: str) -> SpeechItem:
        [item] = [item for item in self.items if item.url == self.site.url(path)]
        return item


def read_feed(path: Path) -> list[SpeechItem]:
    items = []
    with open(path, "rb") as fh:
        while True:
            try:
                fields = pickle.load(fh)
            except EOFError:
                return items
            items.append(SpeechItem(**fields))


def crawl_urls(run_crawl: CrawlRunner, work: Path, *args: str) -> tuple[CrawlResult, list[SpeechItem]]:
    feed = work / "items.pickle"
    result = run_crawl("urls", work / "archive", *args, "-O", str(feed))
    assert result.returncode == 0, result.log
    return result, read_feed(feed)


@pytest.fixture(scope="module")
def run(fixture_site: FixtureSite, run_crawl: CrawlRunner, tmp_path_factory: pytest.TempPathFactory) -> Run:
    work = tmp_path_factory.mktemp("urls")
    listed = [fixture_site.url(path) for path in [*DOCUMENTS, *NOT_YIELDED]] + [dead_url()]
    url_list = work / "urls.txt"
    url_list.write_text("# speeches\n\n" + "\n".join(listed) + "\n   \n# done\n", encoding="utf-8")
    result, items = crawl_urls(run_crawl, work, "-a", f"urls={url_list}")
    return Run(result, items, work / "archive", fixture_site)


def test_yields_each_listed_document_once(run: Run) -> None:
    assert sorted(item.url for item in run.items) == sorted(run.site.url(path) for path in DOCUMENTS)
    assert all(item.spider == "urls" and len(item.parts) == 1 for item in run.items)
    assert run.result.stats["urls/fetched"] == len(DOCUMENTS)


def test_parts_hold_the_page_as_delivered(run: Run) -> None:
    for listed, (fetched, body) in DOCUMENTS.items():
        [part] = run.item(listed).parts
        assert part.url == run.site.url(fetched)
        assert part.body == body, listed  # bytes, never decoded; gzip already undone by Scrapy
    assert run.item("/speech/big5.html").parts[0].content_type == "text/html; charset=Big5"
    assert run.item("/speech/gbk-nocharset.html").parts[0].content_type == "text/html"
    assert run.item("/speech/plain.txt").parts[0].content_type == "text/plain; charset=utf-8"


def test_parts_point_at_their_warc_response_record(run: Run) -> None:
    for item in run.items:
        [part] = item.parts
        assert part.warc is not None
        data = (run.archive / "warc" / part.warc["file"]).read_bytes()
        member = data[part.warc["offset"] : part.warc["offset"] + part.warc["length"]]
        record = next(iter(ArchiveIterator(BytesIO(member))))
        assert record.rec_type == "response"
        assert record.rec_headers.get_header("WARC-Record-ID") == part.warc["record_id"]
        assert record.rec_headers.get_header("WARC-Date") == part.warc["date"]
        assert record.rec_headers.get_header("WARC-Target-URI") == part.url
        payload = record.raw_stream.read()
        if record.http_headers.get_header("Content-Encoding") == "gzip":
            payload = gzip.decompress(payload)
        assert payload == part.body


def test_failures_are_counted_not_yielded(run: Run) -> None:
    assert run.result.stats["urls/failed"] == 2  # the 404 and the refused connection
    assert run.result.stats["urls/not_document"] == 1  # the PNG
    assert "Failed " + run.site.url("/missing.html") + ": HTTP 404" in run.result.log


def test_a_single_url_argument(fixture_site: FixtureSite, run_crawl: CrawlRunner, tmp_path: Path) -> None:
    url = fixture_site.url("/speech/gbk.html")
    _, items = crawl_urls(run_crawl, tmp_path, "-a", f"url={url}")
    assert [item.url for item in items] == [url]
    assert items[0].parts[0].body == html_page("秘书长讲话", SPEECH).encode("gbk")


def test_url_list_skips_blank_lines_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_text(
        "\ufeff# list\nhttp://a.example/1\n\n  http://a.example/2  \n   # indented comment\n", "utf-8"
    )
    assert read_url_list(path) == ["http://a.example/1", "http://a.example/2"]


def test_spider_needs_urls() -> None:
    with pytest.raises(ValueError):
        UrlsSpider()


@pytest.mark.parametrize(
    ("content_type", "url", "expected"),
    [
        ("text/html; charset=gbk", "http://a.example/x", True),
        ("application/pdf", "http://a.example/x", True),
        ("application/msword", "http://a.example/x", True),
        (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "http://a.example/x",
            True,
        ),
        ("image/png", "http://a.example/x.html", False),
        ("application/javascript", "http://a.example/x", False),
        (None, "http://a.example/speech.doc", True),
        (None, "http://a.example/logo.jpg", False),
        (None, "http://a.example/article?id=3", True),
    ],
)
def test_is_document(content_type: str | None, url: str, expected: bool) -> None:
    assert is_document(content_type, url) is expected
