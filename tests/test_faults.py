"""The fault suite: one real crawl (`speech-archive crawl urls`, a subprocess) of tests/fault_server.py,
every fault the server can throw in one URL list, and for each fault the handling it must get: retried
where a retry can help, in the WARC files as the server sent it (or as a `metadata` record saying what
failed), counted in the crawl stats and in the manifest, never a crash, never a file outside the archive.

Each test fills a row of the table printed at the end of the run: fault | expected handling | result.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from fault_server import ESCAPING_TITLE, FaultServer, gzip_bomb
from fixture_site import dead_url
from recrawl_site import cli_env, speech_text
from scrapy.utils.project import get_project_settings

from archive.fetch_failures import FetchFailures
from archive.store import DocumentStore, StoredDocument, document_id
from archive.warc_writer import WarcFileWriter

if TYPE_CHECKING:
    from conftest import FaultRow, WarcEntry

COMMAND = str(Path(sys.executable).with_name("speech-archive"))
LONG_PATH = "/escape/" + "x" * 2000  # long, and still under URLLENGTH_LIMIT (2083)
TOO_LONG_PATH = "/escape/" + "y" * 3000
CRAFTED = ["/escape/..%2F..%2F..%2F..%2Fetc%2Fpasswd", "/escape/%2e%2e/%2e%2e/%2e%2e/tmp/evil",
           "/escape/../../../../etc/passwd", "/escape/a%00b.html", LONG_PATH]
PATHS = [
    "/ok/1", "/status/500", "/status/502", "/flaky/503?fails=1&retry_after=1", "/flaky/503?fails=1",
    "/flaky/429?fails=1&retry_after=1", "/status/404", "/status/410", "/hang", "/stall-body",
    "/reset-mid-body", "/short-body", "/loop/a", "/chain/5", "/chain/30", "/redirect-to-file", "/big/20",
    "/huge/80", "/huge-chunked/80", "/gzip-bomb/200", "/gzip-invalid", "/binary-as-html", "/malformed",
    "/charset/utf8-declared-gbk-sent", "/charset/gbk-meta-big5-sent", "/charset/none-gbk", "/empty",
    *CRAFTED, TOO_LONG_PATH,
]
SETTINGS = {
    "DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", "TELNETCONSOLE_ENABLED": "False",
    "DOWNLOAD_TIMEOUT": "3", "RETRY_BACKOFF_BASE": "0.5", "CONCURRENT_REQUESTS_PER_DOMAIN": "8",
}  # DOWNLOAD_MAXSIZE, DOWNLOAD_WARNSIZE, EXTRACT_MAX_BYTES and RETRY_TIMES stay at their defaults
MAX_SIZE = 64 * 1024 * 1024
# every name the crawl may give a file in its archive folder
ALLOWED = re.compile(
    r"(\.crawl\.lock|manifest\.sqlite(-wal|-shm)?|extract-failures\.jsonl|docs/\.lock"
    r"|warc/SPEECH-\d{17}-\d{5}-\d+~[\w.-]+\.warc\.gz"
    r"|docs/[0-9a-f]{2}/[0-9a-f]{16}(\.orig)?\.(txt|json)|jobs/.*)")


@dataclass
class FaultCrawl:
    server: FaultServer
    archive: Path
    work: Path
    returncode: int
    stdout: str
    log: str
    seconds: float
    stats: dict[str, int | str]
    entries: list[WarcEntry]
    failures: list[dict[str, object]]
    outside_before: dict[str, float]
    dead: str
    documents: dict[str, StoredDocument] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.server.url(path)

    def records(self, record_type: str, path: str) -> list[WarcEntry]:
        url = path if path.startswith("http") else self.url(path)
        return [e for e in self.entries if e.type == record_type and e.get("WARC-Target-URI") == url]

    def statuses(self, path: str) -> list[int]:
        return [int(e.http.get_statuscode()) for e in self.records("response", path) if e.http is not None]

    def failed(self, path: str, kind: str | None = None) -> list[dict[str, object]]:
        url = path if path.startswith("http") else self.url(path)
        return [f for f in self.failures if f["url"] == url and (kind is None or f["kind"] == kind)]

    def document(self, path: str) -> StoredDocument | None:
        return self.documents.get(document_id(self.url(path)))

    def hits(self, path: str) -> list[float]:
        return [hit.time for hit in self.server.hits if hit.target == path]


def _snapshot(root: Path, skip: Path) -> dict[str, float]:
    """Every file under `root` but inside `skip`, with its modification time."""
    found = {}
    for path in root.rglob("*"):
        if path.is_file() and skip not in path.parents:
            found[str(path)] = path.stat().st_mtime
    return found


def _stats(log: str) -> dict[str, int | str]:
    dump = log.partition("Dumping Scrapy stats:")[2]
    found: dict[str, int | str] = {name: int(value) for name, value in re.findall(r"'([^']+)': (\d+)[,}]", dump)}
    reason = re.search(r"'finish_reason': '([^']+)'", dump)
    if reason:
        found["finish_reason"] = reason.group(1)
    return found


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory, read_warc: Callable[[Path], list[WarcEntry]]
          ) -> Iterator[FaultCrawl]:
    work = tmp_path_factory.mktemp("faults")
    archive = work / "archive"
    server = FaultServer(stall_seconds=8).start()
    try:
        dead = dead_url()
        urls = work / "urls.txt"
        urls.write_text("\n".join([*(server.url(path) for path in PATHS), dead]) + "\n", encoding="utf-8")
        outside = _snapshot(work, archive)
        passwd = Path("/etc/passwd").stat().st_mtime
        command = [COMMAND, "crawl", "urls", "-a", f"urls={urls}", "--archive-dir", str(archive)]
        for name, value in SETTINGS.items():
            command += ["-s", f"{name}={value}"]
        started = time.monotonic()
        done = subprocess.run(command, cwd=work, env=cli_env(), capture_output=True, text=True, timeout=180)
        seconds = time.monotonic() - started
        assert Path("/etc/passwd").stat().st_mtime == passwd
        entries = [e for path in sorted((archive / "warc").iterdir()) for e in read_warc(path)]
        with FetchFailures(archive / "manifest.sqlite") as failures:
            rows = list(failures.rows())
        found = FaultCrawl(server, archive, work, done.returncode, done.stdout, done.stderr, seconds,
                           _stats(done.stderr), entries, rows, outside, dead)
        with DocumentStore(archive) as store:
            found.documents = {d.id: d for d in store.iter_documents()}
        yield found
    finally:
        server.stop()


def text_line(seed: int) -> str:
    """A sentence from the body of speech `seed`, to find it in a stored text."""
    return speech_text(seed)[1].splitlines()[1]


# --- the crawl as a whole ---


def test_the_crawl_never_crashes_and_its_archive_verifies(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow]
                                                          ) -> None:
    row = fault("all of them in one crawl", "exit 0, finish_reason finished, no spider exception, "
                "`speech-archive verify` OK")
    verify = subprocess.run([COMMAND, "verify", str(crawl.archive)], capture_output=True, text=True, timeout=120)
    row.observed = (f"exit {crawl.returncode}, {crawl.stats.get('finish_reason')}, {crawl.seconds:.0f} s, "
                    f"{crawl.stats.get('fetch/failures')} failed fetches; {verify.stdout.splitlines()[-1].split(maxsplit=1)[1]}")
    assert crawl.returncode == 0, crawl.log[-3000:]
    assert crawl.stats["finish_reason"] == "finished"
    assert not [name for name in crawl.stats if name.startswith("spider_exceptions")]
    assert "Unhandled error" not in crawl.log and "WARC write failed" not in crawl.log
    assert verify.returncode == 0, verify.stdout
    # every failure the middleware counted is a row in the manifest
    assert crawl.stats["fetch/failures"] == len(crawl.failures)


def test_size_limits_are_on_by_default(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("size limits", "DOWNLOAD_MAXSIZE (also after decompression) and EXTRACT_MAX_BYTES set by default")
    settings = get_project_settings()
    row.observed = (f"DOWNLOAD_MAXSIZE {settings.getint('DOWNLOAD_MAXSIZE')}, "
                    f"EXTRACT_MAX_BYTES {settings.getint('EXTRACT_MAX_BYTES')}")
    assert settings.getint("DOWNLOAD_MAXSIZE") == MAX_SIZE
    assert 0 < settings.getint("EXTRACT_MAX_BYTES") < MAX_SIZE
    assert "DOWNLOAD_MAXSIZE" not in SETTINGS and "EXTRACT_MAX_BYTES" not in SETTINGS


# --- error statuses ---


@pytest.mark.parametrize("code", [500, 502])
def test_a_server_error_is_retried_then_given_up(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow],
                                                 code: int) -> None:
    row = fault(f"{code} on every try", "retried RETRY_TIMES (2); every answer archived as a response record; "
                "given up: retry/max_reached, a fetch_failures row per try")
    path = f"/status/{code}"
    rows = crawl.failed(path, "http_status")
    row.observed = f"statuses archived {crawl.statuses(path)}, {len(rows)} failure rows"
    assert crawl.statuses(path) == [code] * 3
    assert len(crawl.records("request", path)) == 3
    assert [r["attempt"] for r in rows] == [1, 2, 3] and all(r["status"] == code for r in rows)
    assert all(r["record_id"] for r in rows)
    assert crawl.stats["retry/max_reached"] >= 2
    assert crawl.document(path) is None


@pytest.mark.parametrize(("path", "name", "waits"), [
    ("/flaky/503?fails=1&retry_after=1", "503 with Retry-After: 1, then 200", 1.0),
    ("/flaky/503?fails=1", "503 without Retry-After, then 200", 0.5),
    ("/flaky/429?fails=1&retry_after=1", "429 with Retry-After: 1, then 200", 1.0),
])
def test_a_busy_server_is_waited_for_and_retried(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow],
                                                 path: str, name: str, waits: float) -> None:
    row = fault(name, f"waited {'as asked' if 'retry_after' in path else 'RETRY_BACKOFF_BASE'} "
                "(the whole site), retried; both answers archived; the speech stored")
    hits = crawl.hits(path)
    stored = crawl.document(path)
    answers = crawl.records("response", path) + crawl.records("revisit", path)
    statuses = sorted(int(e.http.get_statuscode()) for e in answers if e.http is not None)
    row.observed = f"retried after {hits[1] - hits[0]:.2f} s; statuses archived {statuses}; stored: {stored is not None}"
    assert len(hits) == 2 and hits[1] - hits[0] >= waits - 0.05
    code = int(path.split("/")[2].split("?")[0])
    assert crawl.failed(path, "http_status")[0]["status"] == code
    assert statuses == [200, code]
    assert stored is not None and text_line(code) in stored.text


@pytest.mark.parametrize("code", [404, 410])
def test_a_missing_page_is_archived_not_retried(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow],
                                                code: int) -> None:
    row = fault(f"{code}", "archived as sent, not retried; urls/failed; one fetch_failures row; no document")
    path = f"/status/{code}"
    row.observed = f"statuses archived {crawl.statuses(path)}, {len(crawl.failed(path))} failure rows"
    assert crawl.statuses(path) == [code]
    assert [r["kind"] for r in crawl.failed(path)] == ["http_status"]
    assert crawl.document(path) is None


# --- connections that fail ---


@pytest.mark.parametrize(("path", "name"), [("/hang", "no answer at all (timeout)"),
                                            ("/stall-body", "headers, then the body stalls")])
def test_a_stalled_fetch_times_out_and_is_retried(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow],
                                                  path: str, name: str) -> None:
    row = fault(name, "DOWNLOAD_TIMEOUT, retried twice; a request and a metadata record per try; "
                "download_error rows")
    metadata = crawl.records("metadata", path)
    row.observed = f"{len(crawl.hits(path))} tries, {len(metadata)} metadata records"
    assert len(crawl.hits(path)) == 3
    assert len(metadata) == 3 and len(crawl.records("request", path)) == 3
    assert all(m.payload.startswith(b"fetch-error: DownloadTimeoutError") for m in metadata)
    assert not crawl.records("response", path)
    rows = crawl.failed(path, "download_error")
    assert len(rows) == 3 and {r["record_id"] for r in rows} == {m.get("WARC-Record-ID") for m in metadata}


@pytest.mark.parametrize(("path", "seed", "name"), [
    ("/reset-mid-body", 72, "connection reset in the middle of the body"),
    ("/short-body", 73, "Content-Length 1000 bytes longer than the body"),
])
def test_a_body_cut_short_is_archived_as_truncated(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow],
                                                   path: str, seed: int, name: str) -> None:
    row = fault(name, "archived with what came, WARC-Truncated: disconnect, the promised length kept as "
                "X-Archive-Orig-Content-Length; a truncated row; the document flagged truncated")
    [response] = crawl.records("response", path)
    stored = crawl.document(path)
    row.observed = (f"{len(response.payload)} bytes archived, WARC-Truncated {response.get('WARC-Truncated')}"
                    f"; document truncated={stored.metadata['truncated'] if stored else None}")
    assert response.get("WARC-Truncated") == "disconnect"
    assert response.http is not None and response.http.get_header("Content-Length") == str(len(response.payload))
    assert int(response.http.get_header("X-Archive-Orig-Content-Length") or 0) > len(response.payload)
    assert [r["kind"] for r in crawl.failed(path)] == ["truncated"]
    assert crawl.stats["warc/truncated"] == 2
    assert stored is not None
    # a body cut short in transfer is a part of the document, whatever the text looks like
    assert stored.metadata["truncated"] and "cut short in transfer" in " ".join(stored.metadata["warnings"])
    if path == "/reset-mid-body":  # half a page: the text stops short too
        assert len(stored.text) < len(speech_text(seed)[1])
    else:  # the whole page came, only the length lied
        assert text_line(seed) in stored.text


def test_a_refused_connection_is_a_metadata_record(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("connection refused", "retried twice; request and metadata records; download_error rows")
    metadata = crawl.records("metadata", crawl.dead)
    row.observed = f"{len(metadata)} metadata records, {len(crawl.failed(crawl.dead))} failure rows"
    assert len(metadata) == 3
    assert all(m.payload.startswith(b"fetch-error: DownloadConnectionRefusedError") for m in metadata)
    assert len(crawl.failed(crawl.dead, "download_error")) == 3


# --- redirects ---


def test_a_redirect_loop_is_cut(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("redirect loop a -> b -> a", "both hops archived; the return to a dropped by the duplicate "
                "filter; a redirect_loop row")
    row.observed = f"hops archived {crawl.statuses('/loop/a') + crawl.statuses('/loop/b')}, " \
                   f"{len(crawl.failed('/loop/b', 'redirect_loop'))} loop rows"
    assert crawl.statuses("/loop/a") == [302] and crawl.statuses("/loop/b") == [302]
    assert len(crawl.hits("/loop/a")) == 1
    assert len(crawl.failed("/loop/b", "redirect_loop")) == 1


def test_a_short_redirect_chain_is_followed(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("5 redirects", "followed; every hop archived; the speech stored under the listed URL")
    stored = crawl.document("/chain/5")
    hops = sum(len(crawl.records("response", f"/chain/{n}")) for n in range(6))
    row.observed = f"{hops} responses archived, stored: {stored is not None}"
    assert hops == 6 and stored is not None and text_line(74) in stored.text


def test_a_long_redirect_chain_is_given_up(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("30 redirects", "followed to REDIRECT_MAX_TIMES (20), every hop archived, then discarded: "
                "a redirect_limit row")
    hops = sum(len(crawl.records("response", f"/chain/{n}")) for n in range(10, 31))
    rows = [r for r in crawl.failures if r["kind"] == "redirect_limit"]
    row.observed = f"{hops} hops archived, {len(rows)} limit rows, /chain/9 asked: {bool(crawl.hits('/chain/9'))}"
    assert hops == 21 and not crawl.hits("/chain/9")
    assert len(rows) == 1 and str(rows[0]["detail"]).endswith(crawl.url("/chain/30"))


def test_a_redirect_out_of_the_web_is_not_followed(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("redirect to file:///etc/passwd", "not followed; the 302 archived as sent")
    [response] = crawl.records("response", "/redirect-to-file")
    assert response.http is not None
    row.observed = f"archived {response.http.get_statuscode()} Location {response.http.get_header('Location')}"
    assert response.http.get_header("Location") == "file:///etc/passwd"
    assert not [e for e in crawl.entries if (e.get("WARC-Target-URI") or "").startswith("file:")]


# --- size ---


def test_a_page_of_tens_of_megabytes_is_archived_not_cleaned(crawl: FaultCrawl,
                                                              fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("a 20 MiB page", "archived whole (under DOWNLOAD_MAXSIZE); not cleaned: extract/too_large and "
                "extract-failures.jsonl; the crawl is not held up")
    [response] = crawl.records("response", "/big/20")
    logged = [json.loads(line) for line in (crawl.archive / "extract-failures.jsonl").read_text("utf-8").splitlines()]
    too_large = [entry for entry in logged if entry["url"] == crawl.url("/big/20")]
    row.observed = f"{len(response.payload)} bytes archived, extract/too_large {crawl.stats.get('extract/too_large')}"
    assert len(response.payload) > 20 * 1024 * 1024
    assert crawl.stats["extract/too_large"] == 1 and too_large and "EXTRACT_MAX_BYTES" in too_large[0]["error"]
    assert too_large[0]["parts"][0]["warc"]["record_id"] == response.get("WARC-Record-ID")
    assert crawl.document("/big/20") is None


@pytest.mark.parametrize(("path", "name", "when"), [
    ("/huge/80", "80 MiB announced by Content-Length", "at the headers"),
    ("/huge-chunked/80", "80 MiB chunked, no Content-Length", "once 64 MiB arrived"),
])
def test_a_body_over_the_size_limit_is_cancelled(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow],
                                                 path: str, name: str, when: str) -> None:
    row = fault(name, f"cancelled {when} (DOWNLOAD_MAXSIZE 64 MiB), not retried; a metadata record; "
                "a download_error row")
    metadata = crawl.records("metadata", path)
    row.observed = f"{len(crawl.hits(path))} tries; {metadata[0].payload[:60].decode() if metadata else 'nothing'}"
    assert len(crawl.hits(path)) == 1
    assert len(metadata) == 1 and metadata[0].payload.startswith(b"fetch-error: DownloadCancelledError")
    assert not crawl.records("response", path)
    assert len(crawl.failed(path, "download_error")) == 1


def test_a_gzip_bomb_is_stopped_at_the_size_limit(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("gzip bomb (200 MiB of zeros)", "archived compressed, as sent; decompression stopped at "
                "DOWNLOAD_MAXSIZE; not handed on; a decompression_limit row")
    [response] = crawl.records("response", "/gzip-bomb/200")
    rows = crawl.failed("/gzip-bomb/200", "decompression_limit")
    row.observed = f"{len(response.payload)} compressed bytes archived, {len(rows)} rows"
    assert response.payload == gzip_bomb(200)
    assert len(rows) == 1 and f"DOWNLOAD_MAXSIZE ({MAX_SIZE} B)" in str(rows[0]["detail"])
    assert crawl.stats["urls/fetched"] and crawl.document("/gzip-bomb/200") is None


def test_invalid_gzip_is_archived_and_given_up(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("Content-Encoding: gzip over bytes that are not gzip", "archived as sent; not handed on; "
                "an undecodable row")
    [response] = crawl.records("response", "/gzip-invalid")
    rows = crawl.failed("/gzip-invalid", "undecodable")
    row.observed = f"{len(response.payload)} bytes archived, {len(rows)} rows"
    assert response.payload.startswith(b"\x1f\x8b\x08\x00 this was never gzip")
    assert len(rows) == 1 and crawl.document("/gzip-invalid") is None


# --- content ---


def test_binary_data_served_as_html_is_not_taken_for_text(crawl: FaultCrawl,
                                                          fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("binary data as text/html", "archived as sent; the cleaners extract nothing from it; "
                "no document (documents/irrelevant)")
    [response] = crawl.records("response", "/binary-as-html")
    row.observed = f"{len(response.payload)} bytes archived, stored: {crawl.document('/binary-as-html') is not None}"
    assert len(response.payload) == 200_000
    assert crawl.document("/binary-as-html") is None and crawl.stats["documents/irrelevant"] >= 2


def test_malformed_html_is_cleaned(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("malformed HTML (unclosed, crossed tags)", "cleaned without error; the speech stored")
    stored = crawl.document("/malformed")
    row.observed = f"stored: {stored is not None}"
    assert stored is not None and text_line(78) in stored.text


@pytest.mark.parametrize(("path", "name", "line"), [
    ("/charset/utf8-declared-gbk-sent", "GBK bytes under charset=utf-8", text_line(79)),
    ("/charset/none-gbk", "GBK bytes, no charset anywhere", text_line(81)),
    ("/charset/gbk-meta-big5-sent", "Big5 bytes, <meta> says gbk", "今天我们召开计划生育协会理事会议"),
])
def test_a_wrong_or_missing_charset_is_overruled(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow],
                                                 path: str, name: str, line: str) -> None:
    row = fault(name, "decoded by what the bytes are; the speech stored, Simplified")
    stored = crawl.document(path)
    row.observed = (f"encoding {stored.metadata['encoding']}, {len(stored.metadata['warnings'])} warnings"
                    if stored else "not stored")
    assert stored is not None and line in stored.text


def test_an_empty_body_makes_no_document(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("200 with an empty body", "archived; no empty document stored")
    [response] = crawl.records("response", "/empty")
    row.observed = f"{len(response.payload)} bytes archived, stored: {crawl.document('/empty') is not None}"
    assert response.payload == b"" and crawl.document("/empty") is None


# --- escaping the archive folder ---


def test_a_title_that_climbs_out_stays_a_title(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("title ../../tmp/..\\0/etc/passwd + 3000 characters", "files named by the document id only; "
                "the title kept in the metadata as text")
    stored = crawl.document("/escape/a%00b.html")
    assert stored is not None
    row.observed = f"{len(stored.metadata['title'])}-character title in {stored.meta_path.relative_to(crawl.archive)}"
    assert stored.metadata["title"].startswith("../../../../../../tmp/escaped")
    assert stored.metadata["title"].endswith("长" * 3000) and len(stored.metadata["title"]) == len(ESCAPING_TITLE)
    assert stored.meta_path.parent.parent == crawl.archive / "docs"


def test_crafted_urls_write_nothing_outside_the_archive(crawl: FaultCrawl,
                                                        fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("URLs with ../, %2e%2e, %2F, %00, 2000 characters", "stored under their ids; no file outside "
                "the archive folder; every file there one the layout names")
    stored = [crawl.document(path) for path in CRAFTED]
    files = [p.relative_to(crawl.archive).as_posix() for p in crawl.archive.rglob("*") if p.is_file()]
    strays = [name for name in files if not ALLOWED.fullmatch(name)]
    row.observed = f"{sum(s is not None for s in stored)} of {len(CRAFTED)} stored; {len(files)} files, " \
                   f"{len(strays)} unexpected"
    assert all(stored)
    assert strays == []
    assert _snapshot(crawl.work, crawl.archive) == crawl.outside_before
    assert not list(Path("/tmp").glob("escaped*")) and not Path("/tmp/evil").exists()
    for document in stored:
        assert document is not None and os.path.commonpath([document.text_path, crawl.archive]) == str(crawl.archive)
        assert hashlib.sha1(document.text_path.read_bytes()).hexdigest() == document.metadata["text_sha1"]


def test_a_url_over_the_length_limit_is_not_fetched(crawl: FaultCrawl, fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("a 3000-character URL", "not requested (URLLENGTH_LIMIT): urllength/request_ignored_count")
    row.observed = f"asked: {bool(crawl.hits(TOO_LONG_PATH))}, " \
                   f"ignored {crawl.stats.get('urllength/request_ignored_count')}"
    assert not crawl.hits(TOO_LONG_PATH) and crawl.stats["urllength/request_ignored_count"] == 1


def test_a_warc_prefix_that_is_a_path_is_refused(tmp_path: Path, fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("WARC_PREFIX ../../escaped, /etc/passwd, NUL, 300 characters", "refused before any file is opened")
    refused = []
    for prefix in ("../../escaped", "/etc/passwd", "a\x00b", "x" * 300):
        with pytest.raises(ValueError) as error:
            WarcFileWriter(tmp_path / "warc", prefix=prefix)
        refused.append(error.value)
    row.observed = f"{len(refused)} refused: {str(refused[0])[:48]}…"
    assert not (tmp_path / "warc").exists() and not list(tmp_path.parent.glob("escaped*"))
