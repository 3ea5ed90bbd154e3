"""Resumable crawls: `speech-archive crawl` killed with SIGKILL, or stopped with Ctrl-C, then run again.

The restarted command ends with the same documents as an uninterrupted crawl, fetches nothing again
that it had archived, repairs the `.warc.gz.open` file the kill left, and every WARC file is whole.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from recrawl_site import Article, RecrawlSite, build_association_site, cli_env, crawl_command, run_cli
from scrapy import Request
from scrapy.utils.test import get_crawler
from test_warc_writer import exchange
from warcio.archiveiterator import ArchiveIterator

from archive.crawl_state import Capture, CrawlState
from archive.store import DocumentStore
from archive.verify import repair_open_warc, verify_archive, verify_warc
from archive.warc_writer import WarcFileWriter
from crawler.cli import CrawlJob, repair_abandoned_warcs
from crawler.middlewares_recrawl import RecrawlMiddleware

WARCIO = Path(sys.executable).with_name("warcio")
ARTICLES = [Article(seed, pages=2 if seed % 4 == 0 else 1) for seed in range(31, 47)]  # 16 articles, 20 pages
STOP_AT = 6  # documents stored when the crawl is stopped: well before its 16


@dataclass
class Site:
    site: RecrawlSite
    work: Path
    full: dict[str, str]  # id -> text SHA-1 of an uninterrupted crawl

    def command(self, out: Path) -> list[str]:
        return crawl_command(out, "association", "-a", f"base_url={self.site.base_url}")


def documents(archive: Path) -> dict[str, str]:
    with DocumentStore(archive) as store:
        assert store.check() == []
        found = {d.id: hashlib.sha1(d.text.encode("utf-8")).hexdigest() for d in store.iter_documents()}
        assert all(d.metadata["version"] == 1 for d in store.iter_documents())  # nothing stored twice
    return found


@pytest.fixture(scope="module")
def slow_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    work = tmp_path_factory.mktemp("resume")
    site = RecrawlSite(delay=0.25).start()  # slow enough to stop a crawl halfway
    try:
        build_association_site(site, ARTICLES, per_listing=4)
        reference = Site(site, work, {})
        done = run_cli(reference.command(work / "full"), work)
        assert done.returncode == 0, done.stderr[-3000:]
        reference.full = documents(work / "full")
        assert len(reference.full) == len(ARTICLES)
        yield reference
    finally:
        site.stop()


def stop_halfway(site: Site, out: Path, how: signal.Signals) -> subprocess.CompletedProcess[str]:
    """Start the crawl, and send it `how` once it has stored STOP_AT documents."""
    crawl = subprocess.Popen(site.command(out), cwd=site.work, env=cli_env(), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    stored = 0
    while stored < STOP_AT and time.monotonic() < deadline and crawl.poll() is None:
        time.sleep(0.02)
        try:
            with sqlite3.connect(out / "manifest.sqlite") as db:
                stored = db.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            pass  # not created yet
    assert crawl.poll() is None, "the crawl ended before it could be stopped"
    crawl.send_signal(how)
    stdout, stderr = crawl.communicate(timeout=60)
    return subprocess.CompletedProcess(crawl.args, crawl.returncode, stdout, stderr)


def archived(warc_dir: Path) -> dict[str, str]:
    """Target URI -> record type of every whole response and revisit in the folder, `.open` files read as
    the repair keeps them (a record the kill cut off was not archived: the resumed crawl asks for it again)."""
    found = {}
    with tempfile.TemporaryDirectory() as scratch:
        for path in sorted(warc_dir.iterdir()):
            if path.name.endswith(".open"):
                copy = Path(scratch) / path.name
                shutil.copyfile(path, copy)
                repaired = repair_open_warc(copy)
                if repaired is None:
                    continue
                path = repaired
            with open(path, "rb") as fh:
                for record in ArchiveIterator(fh):
                    if record.rec_type in ("response", "revisit"):
                        found[record.rec_headers.get_header("WARC-Target-URI")] = record.rec_type
    return found


def assert_whole(warc_dir: Path) -> None:
    files = sorted(warc_dir.iterdir())
    assert files and all(path.name.endswith(".warc.gz") for path in files)  # no .open file left
    assert all(problems == [] for problems in verify_archive(warc_dir).values())
    for path in files:
        assert verify_warc(path) == []  # gzip members complete, each record as long as its Content-Length
        check = subprocess.run([WARCIO, "check", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout


def test_a_killed_crawl_resumes_to_the_same_documents(slow_site: Site) -> None:
    out = slow_site.work / "killed"
    killed = stop_halfway(slow_site, out, signal.SIGKILL)
    assert killed.returncode == -signal.SIGKILL
    stored_before = documents(out)
    assert STOP_AT <= len(stored_before) < len(ARTICLES)
    assert list((out / "warc").glob("*.warc.gz.open"))  # the kill left its file open
    fetched_before = archived(out / "warc")
    start = len(slow_site.site.received)

    resumed = run_cli(slow_site.command(out), slow_site.work)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert "repaired " in resumed.stdout and "resumed after a kill" in resumed.stdout
    assert documents(out) == slow_site.full
    assert {k: stored_before[k] for k in stored_before} == {k: slow_site.full[k] for k in stored_before}
    # what the killed run had archived is replayed from its WARC files, not asked for again
    asked_again = {slow_site.site.url(r.path) for r in slow_site.site.received[start:]}
    assert fetched_before and not asked_again & set(fetched_before)
    assert "replayed" in resumed.stdout
    # and nothing it had fetched is lost: its records survive the repair
    assert fetched_before.items() <= archived(out / "warc").items()
    assert_whole(out / "warc")
    assert list((out / "jobs").iterdir()) == []  # the job finished: the next run is a fresh recrawl


def test_a_crawl_stopped_with_ctrl_c_goes_on_from_scrapys_job_state(slow_site: Site) -> None:
    out = slow_site.work / "interrupted"
    stopped = stop_halfway(slow_site, out, signal.SIGINT)
    assert stopped.returncode == 1 and "shutdown" in stopped.stdout
    assert "the same command resumes it" in stopped.stdout
    [job] = list((out / "jobs").iterdir())
    assert json.loads((job / "job.json").read_text("utf-8"))["state"] == "stopped"
    assert (job / "requests.queue").is_dir() and (job / "requests.seen").stat().st_size > 0
    fetched_before = archived(out / "warc")
    start = len(slow_site.site.received)

    resumed = run_cli(slow_site.command(out), slow_site.work)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert f"{job.name} (resumed)" in resumed.stdout and "repaired" not in resumed.stdout
    assert documents(out) == slow_site.full
    asked_again = {slow_site.site.url(r.path) for r in slow_site.site.received[start:]}
    assert not asked_again & set(fetched_before)
    assert_whole(out / "warc")


def test_no_resume_keeps_no_job_state(slow_site: Site, tmp_path: Path) -> None:
    done = run_cli([*slow_site.command(tmp_path / "out"), "--no-resume", "-s", "CLOSESPIDER_ITEMCOUNT=1"],
                   tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "job:" not in done.stdout and not (tmp_path / "out" / "jobs").exists()


# --- the parts on their own ---


def test_only_the_files_of_dead_crawls_on_this_host_are_repaired(tmp_path: Path) -> None:
    warc_dir = tmp_path / "warc"
    writer = WarcFileWriter(warc_dir)
    writer.write_records(exchange(writer, 1))
    last = writer.write_records(exchange(writer, 2))[-1]
    assert writer.open_path is not None
    whole = writer.open_path.read_bytes()
    cut = whole[last.offset : last.offset + last.length // 2]  # the kill came in the middle of a record
    name = writer.open_path.name
    writer.close()
    for path in warc_dir.iterdir():
        path.unlink()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True)
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        ours = f"-{os.getpid()}~"
        files = {
            "dead": name.replace(ours, f"-{dead.stdout.strip()}~"),
            "alive": name.replace(ours, f"-{alive.pid}~"),
            "elsewhere": name.replace(ours, f"-{dead.stdout.strip()}~").replace("~", "~other-host-", 1),
        }
        for path in files.values():
            (warc_dir / path).write_bytes(whole + cut)
        report = repair_abandoned_warcs(tmp_path)
    finally:
        alive.kill()
        alive.wait()
    repaired = warc_dir / files["dead"].removesuffix(".open")
    assert report == [f"repaired {files['dead']}: kept as {repaired.name}"]
    assert repaired.read_bytes() == whole and verify_warc(repaired) == []
    assert (warc_dir / files["alive"]).exists() and (warc_dir / files["elsewhere"]).exists()


KILLED_RUN = """
import os, sys
from pathlib import Path
from crawler.cli import CrawlJob
job = CrawlJob(Path(sys.argv[1]))
assert job.acquire()
print(job.start(), flush=True)
(job.directory / "requests.seen").write_text("half a li")  # as Scrapy leaves them when killed
(job.directory / "requests.queue").mkdir()
os._exit(70)  # dies without a word: no end(), its lock goes with it
"""


def test_a_job_remembers_how_its_last_run_ended(tmp_path: Path) -> None:
    directory = tmp_path / "jobs" / "weekly"
    killed = subprocess.run([sys.executable, "-c", KILLED_RUN, str(directory)], capture_output=True,
                            text=True)
    assert killed.returncode == 70, killed.stderr
    first = killed.stdout.strip()
    assert first.startswith("weekly:")

    after_kill = CrawlJob(directory)
    assert after_kill.acquire()
    assert not CrawlJob(directory).acquire()  # one process at a time
    assert after_kill.start() == first and after_kill.how == "resumed after a kill"
    assert not (directory / "requests.seen").exists() and not (directory / "requests.queue").exists()
    after_kill.end(finished=False)

    after_stop = CrawlJob(directory)
    assert after_stop.acquire() and after_stop.start() == first and after_stop.how == "resumed"
    after_stop.end(finished=True)
    assert not directory.exists()
    fresh = CrawlJob(directory)
    assert fresh.acquire() and fresh.start() != first and fresh.how == "new"
    fresh.end(finished=True)


def test_only_what_an_earlier_run_of_the_job_fetched_is_replayed(tmp_path: Path) -> None:
    writer = WarcFileWriter(tmp_path / "warc")
    [page, _] = writer.write_records(exchange(writer, 1, body=b"<html>archived page</html>"))
    [error, _] = writer.write_records(exchange(writer, 2))
    writer.close()
    state = CrawlState(tmp_path / "manifest.sqlite", job="weekly:1")
    for n, location, status in ((1, page, 200), (2, error, 503), (3, page, 200)):
        url = f"http://example.org/speech/{n}.html"
        capture = Capture(url, location.record_id, "2024-01-01T00:00:00.000000Z", location.file,
                          location.offset, location.length)
        state.record_fetch(url, status=status, record_type="response", record=capture, payload=capture,
                           payload_digest="sha1:X",
                           fetched_at=None if n == 3 else "2024-01-01T00:00:00.000000Z")
    crawler = get_crawler(settings_dict={"ARCHIVE_DIR": str(tmp_path), "WARC_ENABLED": True,
                                         "CRAWL_STATE_ENABLED": True, "RECRAWL_JOB": "weekly:1"})
    middleware = RecrawlMiddleware.from_crawler(crawler)
    replayed = middleware.process_request(Request("http://example.org/speech/1.html"))
    assert replayed is not None and replayed.status == 200 and replayed.body == b"<html>archived page</html>"
    assert replayed.flags == ["replayed"] and replayed.meta["warc_record"]["record_id"] == page.record_id
    # a 503 is asked again
    assert middleware.process_request(Request("http://example.org/speech/2.html")) is None
    state.record_fetch("http://example.org/speech/3.html", status=200, record_type="response", record=capture,
                       payload=capture, payload_digest="sha1:X")  # fetched by this very run
    assert middleware.process_request(Request("http://example.org/speech/3.html")) is None
    other_job = get_crawler(settings_dict={"ARCHIVE_DIR": str(tmp_path), "WARC_ENABLED": True,
                                           "CRAWL_STATE_ENABLED": True, "RECRAWL_JOB": "weekly:2"})
    assert RecrawlMiddleware.from_crawler(other_job).process_request(
        Request("http://example.org/speech/1.html")) is None


def test_what_a_killed_run_archived_but_did_not_record_is_replayed(tmp_path: Path) -> None:
    # the kill came between a response's WARC write and its crawl-state row, then in a third write
    warc_dir = tmp_path / "warc"
    writer = WarcFileWriter(warc_dir, warcinfo={"job": "weekly:1"})
    first, second = exchange(writer, 1), exchange(writer, 2, body=b"<html>archived, no row</html>")
    [recorded, _] = writer.write_records(first)
    [unrecorded, _] = writer.write_records(second)
    assert writer.open_path is not None
    whole = writer.open_path.read_bytes()
    name = writer.open_path.name
    writer.write_records(exchange(writer, 3))
    writer.close()
    for path in warc_dir.iterdir():
        path.unlink()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    killed = name.replace(f"-{os.getpid()}~", f"-{dead}~")
    (warc_dir / killed).write_bytes(whole + b"\x1f\x8b\x08half a record")
    state = CrawlState(tmp_path / "manifest.sqlite", job="weekly:1")
    url = "http://example.org/speech/{}.html"
    capture = Capture(url.format(1), recorded.record_id, first[0].rec_headers.get_header("WARC-Date"),
                      killed.removesuffix(".open"),
                      recorded.offset, recorded.length)
    state.record_fetch(url.format(1), status=200, record_type="response", record=capture, payload=capture,
                       payload_digest="sha1:X", fetched_at="2024-01-01T00:00:00.000000Z")

    report = repair_abandoned_warcs(tmp_path)

    final = killed.removesuffix(".open")
    assert report == [f"repaired {killed}: kept as {final}; 1 fetches it archived put in the crawl state"]
    restored = state.get(url.format(2))
    assert restored is not None and restored.job == "weekly:1" and restored.status == 200
    assert restored.record == Capture(url.format(2), unrecorded.record_id,
                                      second[0].rec_headers.get_header("WARC-Date"), final,
                                      unrecorded.offset, unrecorded.length)
    assert state.get(url.format(1)).fetched_at == "2024-01-01T00:00:00.000000Z"  # its own row stays
    assert state.get(url.format(3)) is None  # cut off by the kill: fetched again
    crawler = get_crawler(settings_dict={"ARCHIVE_DIR": str(tmp_path), "WARC_ENABLED": True,
                                         "CRAWL_STATE_ENABLED": True, "RECRAWL_JOB": "weekly:1"})
    replayed = RecrawlMiddleware.from_crawler(crawler).process_request(Request(url.format(2)))
    assert replayed is not None and replayed.body == b"<html>archived, no row</html>"
    assert replayed.flags == ["replayed"]
    # and the payload is indexed: an identical one fetched later is written as a revisit to it
    assert state.find_payload(restored.payload_digest, url.format(9)) == restored.record
