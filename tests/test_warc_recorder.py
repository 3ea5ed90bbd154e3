"""WarcRecorder in real crawls: `scrapy crawl urls` in a subprocess against the fixture site, WARCs read back."""

from __future__ import annotations

import gzip
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from fixture_site import SPEECH, FixtureSite, ReceivedRequest, dead_url, html_page
from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from archive.recorder import WarcRecorder, request_http_headers, response_http_headers
from archive.verify import verify_warc

if TYPE_CHECKING:
    from conftest import CrawlResult, CrawlRunner, WarcEntry

    ReadWarc = Callable[[Path], list[WarcEntry]]

PROJECT_DIR = Path(__file__).resolve().parent.parent

WARCIO = Path(sys.executable).parent / "warcio"
CDXJ_INDEXER = Path(sys.executable).parent / "cdxj-indexer"
USER_AGENT = "speech-archive-test/1.0"


@dataclass
class Crawl:
    result: CrawlResult
    files: list[Path]
    entries: list[WarcEntry]
    site: FixtureSite
    received: list[ReceivedRequest]  # what the server got during this crawl
    dead: str

    def of(self, record_type: str, url: str) -> list[WarcEntry]:
        return [e for e in self.entries if e.type == record_type and e.get("WARC-Target-URI") == url]

    def one(self, record_type: str, path: str) -> WarcEntry:
        [entry] = self.of(record_type, self.site.url(path))
        return entry

    def by_id(self, record_id: str | None) -> WarcEntry:
        [entry] = [e for e in self.entries if e.get("WARC-Record-ID") == record_id]
        return entry


def http_header_values(entry: WarcEntry, name: str) -> list[str]:
    assert entry.http is not None
    return [value for key, value in entry.http.headers if key.lower() == name.lower()]


def warc_files(archive_dir: Path) -> list[Path]:
    return sorted((archive_dir / "warc").iterdir())


def write_url_list(path: Path, urls: list[str]) -> Path:
    path.write_text("# speeches to archive\n\n" + "\n".join(urls) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def crawl(
    fixture_site: FixtureSite,
    run_crawl: CrawlRunner,
    read_warc: ReadWarc,
    tmp_path_factory: pytest.TempPathFactory,
) -> Crawl:
    work = tmp_path_factory.mktemp("recorder")
    dead = dead_url()
    urls = write_url_list(work / "urls.txt", [fixture_site.url(page) for page in FixtureSite.PAGES] + [dead])
    start = len(fixture_site.received)
    result = run_crawl(
        "urls",
        work / "archive",
        "-a",
        f"urls={urls}",
        settings={"OPERATOR": "Test Archivist", "CRAWL_NAME": "recorder-test", "USER_AGENT": USER_AGENT},
    )
    assert result.returncode == 0, result.log
    files = warc_files(work / "archive")
    entries = [entry for path in files for entry in read_warc(path)]
    return Crawl(result, files, entries, fixture_site, fixture_site.received[start:], dead)


def test_crawl_logs_no_warc_trouble(crawl: Crawl) -> None:
    assert "WARC write failed" not in crawl.result.log
    assert "warc/write_errors" not in crawl.result.stats


def test_files_are_closed_valid_and_readable_by_standard_tools(crawl: Crawl) -> None:
    assert crawl.files and all(path.name.endswith(".warc.gz") for path in crawl.files)
    for path in crawl.files:
        assert verify_warc(path) == []
        check = subprocess.run([WARCIO, "check", "-v", path], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
        assert "digest pass" in check.stdout
        index = subprocess.run([WARCIO, "index", path], capture_output=True, text=True)
        assert index.returncode == 0 and len(index.stdout.splitlines()) == len(
            [e for e in crawl.entries if e.file == path]
        )
        cdxj = subprocess.run([CDXJ_INDEXER, path], capture_output=True, text=True)
        assert cdxj.returncode == 0, cdxj.stderr
        assert crawl.site.url("/speech/gzip.html") in cdxj.stdout


def test_every_request_the_server_saw_has_a_request_and_a_response_record(crawl: Crawl) -> None:
    seen = Counter(crawl.site.url(request.target) for request in crawl.received)
    for path in ("/robots.txt", "/old/speech.html", "/speech/moved.html", "/missing.html"):
        assert seen[crawl.site.url(path)] == 1
    for url, times in seen.items():
        assert len(crawl.of("request", url)) == times, url
        assert len(crawl.of("response", url)) == times, url
    assert crawl.result.stats["warc/responses"] == sum(seen.values())


def test_pairs_are_linked_and_share_the_fetch_time(crawl: Crawl) -> None:
    for request in (e for e in crawl.entries if e.type == "request"):
        linked = [e for e in crawl.entries if e.get("WARC-Concurrent-To") == request.get("WARC-Record-ID")]
        partner = crawl.by_id(request.get("WARC-Concurrent-To")) if not linked else linked[0]
        assert partner.type in ("response", "metadata")
        assert partner.file == request.file
        assert partner.get("WARC-Target-URI") == request.get("WARC-Target-URI")
        assert partner.get("WARC-Date") == request.get("WARC-Date")


def test_warcinfo_opens_each_file(crawl: Crawl) -> None:
    for path in crawl.files:
        first = next(e for e in crawl.entries if e.file == path)
        assert first.type == "warcinfo" and first.offset == 0
        fields = dict(line.split(": ", 1) for line in first.payload.decode().splitlines())
        assert fields["software"].startswith("speech-archive/0.1.0 (Scrapy/")
        assert fields["isPartOf"] == "recorder-test"
        assert fields["operator"] == "Test Archivist"
        assert fields["robots"] == "obey"
        assert fields["http-header-user-agent"] == USER_AGENT
        assert fields["format"] == "WARC File Format 1.1"
        assert "job" not in fields  # no resumable job: `speech-archive crawl` names one


def test_records_carry_the_warc_fields(crawl: Crawl) -> None:
    response = crawl.one("response", "/speech/utf8.html")
    assert response.headers.protocol == "WARC/1.1"
    assert response.get("WARC-IP-Address") == "127.0.0.1"
    assert (response.get("WARC-Payload-Digest") or "").startswith("sha1:")
    assert (response.get("WARC-Block-Digest") or "").startswith("sha1:")
    assert response.http is not None and response.http.protocol == "HTTP/1.1"
    assert response.http.statusline == "200 OK"
    assert response.payload == html_page("理事会工作报告", SPEECH).encode()


def test_request_records_hold_the_request_as_sent(crawl: Crawl) -> None:
    for received in crawl.received:
        [request] = crawl.of("request", crawl.site.url(received.target))
        assert request.http is not None
        # warcio keeps a request line as protocol=method, statusline="target version"
        assert f"{request.http.protocol} {request.http.statusline}" == (
            f"{received.method} {received.target} {received.version}"
        )
        recorded = sorted((name.lower(), value) for name, value in request.http.headers)
        sent = sorted((name.lower(), value) for name, value in received.headers)
        assert recorded == sent, received.target
    article = crawl.one("request", "/article?id=3&page=2")
    assert article.http is not None and article.http.statusline == "/article?id=3&page=2 HTTP/1.1"
    assert http_header_values(article, "Host") == [f"127.0.0.1:{crawl.site.port}"]
    assert http_header_values(article, "User-Agent") == [USER_AGENT]


def test_compressed_body_is_stored_as_received(crawl: Crawl) -> None:
    response = crawl.one("response", "/speech/gzip.html")
    assert http_header_values(response, "Content-Encoding") == ["gzip"]
    assert response.payload[:2] == b"\x1f\x8b"
    assert gzip.decompress(response.payload) == html_page("压缩页面", SPEECH).encode()
    assert http_header_values(response, "Content-Length") == [str(len(response.payload))]


def test_repeated_headers_keep_every_value(crawl: Crawl) -> None:
    response = crawl.one("response", "/speech/cookies.html")
    assert http_header_values(response, "Set-Cookie") == ["session=abc123; Path=/", "lang=zh-CN; Path=/"]


def test_chunked_body_is_stored_with_an_exact_content_length(crawl: Crawl) -> None:
    # Twisted (Scrapy's default HTTP/1.1 handler) de-chunks and drops Transfer-Encoding before Scrapy
    # sees the headers; a test below checks the renaming with a handler that keeps it
    response = crawl.one("response", "/speech/chunked.html")
    assert response.payload == html_page("分块传输", SPEECH).encode()
    assert http_header_values(response, "Content-Length") == [str(len(response.payload))]
    assert http_header_values(response, "Transfer-Encoding") == []


def test_http10_response_stays_http10(crawl: Crawl) -> None:
    response = crawl.one("response", "/speech/http10.html")
    assert response.http is not None and response.http.protocol == "HTTP/1.0"


def test_error_statuses_and_redirects_are_archived(crawl: Crawl) -> None:
    missing = crawl.one("response", "/missing.html")
    assert missing.http is not None and missing.http.statusline == "404 Not Found"
    redirect = crawl.one("response", "/old/speech.html")
    assert redirect.http is not None and redirect.http.statusline == "301 Moved Permanently"
    assert http_header_values(redirect, "Location") == [crawl.site.url("/speech/moved.html")]
    assert crawl.one("response", "/speech/moved.html").http.statusline == "200 OK"  # type: ignore[union-attr]


def test_lost_data_is_marked_truncated(crawl: Crawl) -> None:
    response = crawl.one("response", "/speech/dataloss.html")
    assert response.get("WARC-Truncated") == "disconnect"
    assert http_header_values(response, "Content-Length") == [str(len(response.payload))]
    [original] = http_header_values(response, "X-Archive-Orig-Content-Length")
    assert int(original) == len(response.payload) + 1000
    assert crawl.result.stats["warc/truncated"] == 1
    assert all(e.get("WARC-Truncated") is None for e in crawl.entries if e is not response)


def test_warc_date_is_when_the_fetch_started(crawl: Crawl) -> None:
    # the server waits 0.6 s before its headers and 0.6 s more before the end of the body
    [arrival] = [request for request in crawl.received if request.target == "/speech/slow.html"]
    date = crawl.one("response", "/speech/slow.html").get("WARC-Date")
    assert date and len(date) == len("2026-01-01T00:00:00.000000Z")
    started = datetime.fromisoformat(date.replace("Z", "+00:00")).timestamp()
    assert arrival.time - 1.0 < started <= arrival.time + 0.05


def test_refused_connection_gives_request_and_metadata_records(crawl: Crawl) -> None:
    requests = crawl.of("request", crawl.dead)
    failures = crawl.of("metadata", crawl.dead)
    assert len(requests) == len(failures) == 3  # the first try and RETRY_TIMES=2 retries
    for request, failure in zip(requests, failures, strict=True):
        assert failure.get("WARC-Concurrent-To") == request.get("WARC-Record-ID")
        assert failure.get("Content-Type") == "application/warc-fields"
        assert failure.payload.startswith(b"fetch-error: DownloadConnectionRefusedError: ")
    assert crawl.result.stats["warc/failures"] >= 3


def test_timeout_is_archived_with_the_time_the_fetch_started(
    fixture_site: FixtureSite, run_crawl: CrawlRunner, read_warc: ReadWarc, tmp_path: Path
) -> None:
    url = fixture_site.url("/speech/hang.html")
    start = len(fixture_site.received)
    settings = {"DOWNLOAD_TIMEOUT": "1", "RETRY_TIMES": "0", "ROBOTSTXT_OBEY": "False"}
    result = run_crawl("urls", tmp_path / "archive", "-a", f"url={url}", settings=settings)
    assert result.returncode == 0, result.log
    [path] = warc_files(tmp_path / "archive")
    assert verify_warc(path) == []
    _, request, failure = read_warc(path)
    assert (request.type, failure.type) == ("request", "metadata")
    assert failure.payload.startswith(b"fetch-error: DownloadTimeoutError: ")
    [arrival] = fixture_site.received[start:]
    started = datetime.fromisoformat((request.get("WARC-Date") or "").replace("Z", "+00:00")).timestamp()
    assert arrival.time - 1.0 < started <= arrival.time + 0.05


def test_stats_count_what_was_written(crawl: Crawl) -> None:
    stats = crawl.result.stats
    records = [e for e in crawl.entries if e.type != "warcinfo"]
    assert stats["warc/records"] == len(records)
    assert stats["warc/records/request"] == len([e for e in records if e.type == "request"])
    assert stats["warc/records/metadata"] == stats["warc/failures"]
    assert stats["warc/bytes"] == sum(e.length for e in records)
    assert stats["warc/files"] == len(crawl.files)


def test_rotation_keeps_pairs_in_one_file(
    fixture_site: FixtureSite, run_crawl: CrawlRunner, read_warc: ReadWarc, tmp_path: Path
) -> None:
    urls = write_url_list(tmp_path / "urls.txt", [fixture_site.url(page) for page in FixtureSite.PAGES[:8]])
    result = run_crawl("urls", tmp_path / "archive", "-a", f"urls={urls}", settings={"WARC_MAX_SIZE": "3000"})
    assert result.returncode == 0, result.log
    files = warc_files(tmp_path / "archive")
    assert len(files) >= 3
    assert not [path for path in files if path.name.endswith(".open")]
    for path in files:
        assert verify_warc(path) == []
        entries = read_warc(path)
        assert entries[0].type == "warcinfo"
        ids = {e.get("WARC-Record-ID") for e in entries}
        assert all(e.get("WARC-Concurrent-To") in ids for e in entries if e.type == "request")
    assert subprocess.run([WARCIO, "check", *files]).returncode == 0


def test_transfer_encoding_is_renamed_when_the_handler_keeps_it(
    fixture_site: FixtureSite, run_crawl: CrawlRunner, read_warc: ReadWarc, tmp_path: Path
) -> None:
    # Scrapy's aiohttp handler (its default when run without a Twisted reactor) keeps the header
    handler = '{"http": "scrapy.core.downloader.handlers._aiohttp.AiohttpDownloadHandler"}'
    url = fixture_site.url("/speech/chunked.html")
    result = run_crawl(
        "urls", tmp_path / "archive", "-a", f"url={url}", settings={"DOWNLOAD_HANDLERS": handler}
    )
    assert result.returncode == 0, result.log
    [path] = warc_files(tmp_path / "archive")
    assert verify_warc(path) == []
    [response] = [e for e in read_warc(path) if e.type == "response" and e.get("WARC-Target-URI") == url]
    assert http_header_values(response, "Transfer-Encoding") == []
    assert http_header_values(response, "X-Archive-Orig-Transfer-Encoding") == ["chunked"]
    assert http_header_values(response, "Content-Length") == [str(len(response.payload))]
    assert response.payload == html_page("分块传输", SPEECH).encode()


def test_write_errors_are_logged_and_counted(
    fixture_site: FixtureSite, run_crawl: CrawlRunner, tmp_path: Path
) -> None:
    not_a_directory = tmp_path / "archive"
    not_a_directory.write_text("a file where the archive folder should be")
    result = run_crawl("urls", not_a_directory, "-a", f"url={fixture_site.url('/speech/utf8.html')}")
    assert result.returncode == 0
    assert "WARC write failed for " in result.log and "NOT archived" in result.log
    assert result.stats["warc/write_errors"] == 2  # robots.txt and the page


def test_two_crawlers_in_one_process_write_separate_files(fixture_site: FixtureSite, tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        from scrapy.crawler import CrawlerProcess
        from scrapy.utils.project import get_project_settings
        settings = get_project_settings()
        settings.setdict({{"ARCHIVE_DIR": {str(tmp_path)!r}, "ITEM_PIPELINES": {{}}, "DOWNLOAD_DELAY": 0,
                          "AUTOTHROTTLE_ENABLED": False, "TELNETCONSOLE_ENABLED": False}}, priority="cmdline")
        process = CrawlerProcess(settings)
        process.crawl("urls", url={fixture_site.url("/speech/gbk.html")!r})
        process.crawl("urls", url={fixture_site.url("/speech/big5.html")!r})
        process.start()
        """
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_DIR, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    files = warc_files(tmp_path)
    assert len(files) == 2 and len({path.name.split("-")[2] for path in files}) == 2
    assert all(verify_warc(path) == [] for path in files)


def test_interrupted_crawl_still_closes_its_file(fixture_site: FixtureSite, tmp_path: Path) -> None:
    urls = write_url_list(tmp_path / "urls.txt", [fixture_site.url("/speech/slow.html")])
    command = [sys.executable, "-m", "scrapy", "crawl", "urls", "-a", f"urls={urls}"]
    for setting in (f"ARCHIVE_DIR={tmp_path / 'archive'}", "ITEM_PIPELINES={}", "DOWNLOAD_DELAY=0"):
        command += ["-s", setting]
    crawl = subprocess.Popen(command, cwd=PROJECT_DIR, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while not list((tmp_path / "archive").glob("warc/*.open")) and time.monotonic() < deadline:
        time.sleep(0.05)  # robots.txt is archived: the file is open and the slow page is on its way
    os.kill(crawl.pid, signal.SIGINT)
    _, log = crawl.communicate(timeout=30)
    assert b"shutdown" in log
    [path] = warc_files(tmp_path / "archive")
    assert path.name.endswith(".warc.gz") and verify_warc(path) == []


def test_disabled_recorder_is_not_configured() -> None:
    crawler = get_crawler(settings_dict={"WARC_ENABLED": False})
    with pytest.raises(NotConfigured):
        WarcRecorder.from_crawler(crawler)


def test_request_head_for_a_post_through_a_non_default_port() -> None:
    request = Request(
        "http://example.org:8080/speech/search.php?q=%E8%AE%B2%E8%AF%9D#top",
        method="POST",
        body=b"q=speech",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    head = request_http_headers(request)
    assert (head.protocol, head.statusline) == ("POST", "/speech/search.php?q=%E8%AE%B2%E8%AF%9D HTTP/1.1")
    assert head.headers[0] == ("Host", "example.org:8080")
    assert ("Content-Length", "8") in head.headers
    assert request_http_headers(Request("https://example.org:443/")).headers[0] == ("Host", "example.org")


def test_response_head_keeps_content_length_where_there_is_no_body() -> None:
    head_request = Request("http://example.org/report.pdf", method="HEAD")
    head = Response(head_request.url, headers={"Content-Length": "5000"}, protocol="HTTP/1.1")
    assert response_http_headers(head_request, head).headers == [("Content-Length", "5000")]
    h2 = Response("https://example.org/", body=b"abc", protocol="h2", headers={"Server": "x"})
    rebuilt = response_http_headers(Request(h2.url), h2)
    assert (rebuilt.protocol, rebuilt.statusline) == ("HTTP/2", "200 OK")
    assert rebuilt.headers == [("Server", "x"), ("Content-Length", "3")]
