"""Recrawls: crawl the fixture site, change a few pages, crawl again with `speech-archive crawl`.

The second run sends conditional requests, archives every unchanged page as a revisit record,
stores new versions only of the documents that changed (keeping the old ones), stores no text twice
and keeps every document id. Also: the crawl state and the store's versions and schema migration.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from recrawl_site import (
    Article,
    Received,
    RecrawlSite,
    Served,
    build_association_site,
    crawl_command,
    run_cli,
)
from warcio.archiveiterator import ArchiveIterator

from archive.crawl_state import Capture, CrawlState, read_response
from archive.manifest import SCHEMA_VERSION
from archive.store import DocumentStore, document_id
from archive.verify import verify_archive
from cleaners import Document

if TYPE_CHECKING:
    from conftest import WarcEntry

    ReadWarc = Callable[[Path], list[WarcEntry]]

WARCIO = Path(sys.executable).with_name("warcio")
CDXJ_INDEXER = Path(sys.executable).with_name("cdxj-indexer")
IDENTICAL = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
NOT_MODIFIED = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"

ARTICLES = [
    Article(1),  # ETag and Last-Modified, unchanged: 304
    Article(2, pages=2),  # its second page changes
    Article(3, validators="etag"),  # unchanged: 304 to If-None-Match
    Article(4, validators="none"),  # changes, and has no validators
    Article(5, validators="last-modified"),  # unchanged: 304 to If-Modified-Since
    Article(6, validators="none"),  # unchanged, no validators: the same bytes again
    Article(7, validators="none", counter=True),  # only its view counter changes: new bytes, same text
]
EDITS = {2: "补充说明：我们还要加强流动人口计划生育服务。", 4: "另外，各乡镇计生协要按时报送工作总结。"}
CHANGED_DOCS = {2, 4}
CHANGED_PAGES = {"/xhdt/2_2.html", "/xhdt/4.html", "/xhdt/7.html"}


@dataclass
class Recrawl:
    site: RecrawlSite
    out: Path
    first: subprocess.CompletedProcess[str]
    second: subprocess.CompletedProcess[str]
    before: dict[str, Served]  # the pages as the first crawl got them
    received: list[Received]  # what the server got during the second crawl
    first_files: list[Path]
    second_files: list[Path]
    docs_before: dict[str, dict[str, object]]  # id -> metadata after the first crawl

    def url(self, path: str) -> str:
        return self.site.url(path)


def doc_id(seed: int, site: RecrawlSite) -> str:
    return document_id(site.url(f"/xhdt/{seed}.html"))


@pytest.fixture(scope="module")
def recrawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Recrawl]:
    work = tmp_path_factory.mktemp("recrawl")
    out = work / "archive"
    site = RecrawlSite().start()
    try:
        build_association_site(site, ARTICLES, per_listing=3, hits=1)
        command = crawl_command(out, "association", "-a", f"base_url={site.base_url}")
        first = run_cli(command, work)
        assert first.returncode == 0, first.stderr[-3000:]
        first_files = sorted((out / "warc").glob("*.warc.gz"))
        before = dict(site.pages)
        with DocumentStore(out) as store:
            docs_before = {d.id: d.metadata for d in store.iter_documents()}
        build_association_site(site, ARTICLES, per_listing=3, edits=EDITS, hits=2)
        start = len(site.received)
        second = run_cli(command, work)
        assert second.returncode == 0, second.stderr[-3000:]
        second_files = sorted(set((out / "warc").glob("*.warc.gz")) - set(first_files))
        yield Recrawl(site, out, first, second, before, site.received[start:], first_files, second_files,
                      docs_before)
    finally:
        site.stop()


def entries(read_warc: ReadWarc, files: list[Path]) -> list[WarcEntry]:
    return [entry for path in files for entry in read_warc(path)]


def test_the_second_crawl_sends_the_validators_the_first_got(recrawl: Recrawl) -> None:
    asked = {r.path: r.headers for r in recrawl.received}
    for path, served in recrawl.before.items():
        headers = asked[path]  # every page was fetched again: listings answered 304 still gave their links
        etag = served.etag if served.validators in ("etag", "both") else None
        modified = served.last_modified if served.validators in ("last-modified", "both") else None
        assert headers.get("If-None-Match") == etag, path
        assert headers.get("If-Modified-Since") == modified, path
    answered = {r.path: r.status for r in recrawl.received}
    unchanged_with_validators = {p for p, s in recrawl.before.items()
                                 if s.validators != "none" and p not in CHANGED_PAGES}
    assert {p for p, status in answered.items() if status == 304} == unchanged_with_validators
    assert "/xhdt/2_2.html" in answered and answered["/xhdt/2_2.html"] == 200


def test_every_unchanged_page_is_a_revisit_of_its_first_capture(recrawl: Recrawl,
                                                                 read_warc: ReadWarc) -> None:
    first = entries(read_warc, recrawl.first_files)
    second = entries(read_warc, recrawl.second_files)
    unchanged = [p for p in [*recrawl.before, "/robots.txt"] if p not in CHANGED_PAGES]
    for path in unchanged:
        url = recrawl.url(path)
        [original] = [e for e in first if e.type == "response" and e.get("WARC-Target-URI") == url]
        records = [e for e in second if e.get("WARC-Target-URI") == url and e.type != "request"]
        assert [e.type for e in records] == ["revisit"], path
        revisit = records[0]
        assert revisit.get("WARC-Refers-To") == original.get("WARC-Record-ID")
        assert revisit.get("WARC-Refers-To-Target-URI") == url
        assert revisit.get("WARC-Refers-To-Date") == original.get("WARC-Date")
        assert revisit.payload == b"" and revisit.http is not None  # the HTTP head, nothing more
        validated = path in recrawl.before and recrawl.before[path].validators != "none"
        if validated:  # the 304 as it came
            assert revisit.get("WARC-Profile") == NOT_MODIFIED
            assert revisit.http.get_statuscode() == "304"
        else:  # the same bytes again
            assert revisit.get("WARC-Profile") == IDENTICAL
            assert revisit.get("WARC-Payload-Digest") == original.get("WARC-Payload-Digest")
            assert revisit.http.get_statuscode() == "200"
    for path in CHANGED_PAGES:
        records = [e for e in second if e.get("WARC-Target-URI") == recrawl.url(path) and e.type != "request"]
        assert [e.type for e in records] == ["response"], path
        assert records[0].payload == recrawl.site.pages[path].body


def test_only_changed_documents_get_new_versions_and_old_ones_are_kept(recrawl: Recrawl) -> None:
    site = recrawl.site
    with DocumentStore(recrawl.out) as store:
        assert store.check() == []
        now = {d.id: d for d in store.iter_documents()}
        assert set(now) == set(recrawl.docs_before)  # ids are stable across recrawls
        assert set(now) == {doc_id(a.seed, site) for a in ARTICLES}
        for article in ARTICLES:
            found = now[doc_id(article.seed, site)]
            before = recrawl.docs_before[found.id]
            if article.seed in CHANGED_DOCS:
                assert found.metadata["version"] == 2 and EDITS[article.seed] in found.text
                [old] = store.versions(found.id)
                assert old.metadata["version"] == 1 and old.metadata["text_sha1"] == before["text_sha1"]
                assert EDITS[article.seed] not in old.text
                assert old.text_path.parent.parent == recrawl.out / "versions"
                assert store.manifest.get(found.id)["version"] == 2  # type: ignore[index]
            else:
                assert found.metadata == before, article  # not written again, not even its metadata
                assert store.versions(found.id) == []


def test_no_text_is_stored_twice(recrawl: Recrawl) -> None:
    texts = [p for folder in ("docs", "versions") for p in (recrawl.out / folder).rglob("*.txt")]
    assert len(texts) == len(ARTICLES) + len(CHANGED_DOCS)
    by_doc: dict[str, set[str]] = {}
    for path in texts:
        by_doc.setdefault(path.name[:16], set()).add(hashlib.sha1(path.read_bytes()).hexdigest())
    assert sum(len(digests) for digests in by_doc.values()) == len(texts)


def test_the_archive_verifies_with_standard_tools(recrawl: Recrawl) -> None:
    results = verify_archive(recrawl.out / "warc")
    assert set(results) == set(recrawl.first_files + recrawl.second_files)
    assert all(problems == [] for problems in results.values()), results
    for path in recrawl.second_files:
        check = subprocess.run([WARCIO, "check", "-v", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
        assert "digest present but not checked (revisit)" in check.stdout
        cdxj = subprocess.run([CDXJ_INDEXER, str(path)], capture_output=True, text=True)
        assert cdxj.returncode == 0 and "warc/revisit" in cdxj.stdout, cdxj.stderr
    verify = run_cli([str(Path(sys.executable).with_name("speech-archive")), "verify", str(recrawl.out)],
                     recrawl.out)
    assert verify.returncode == 0, verify.stdout


def test_the_summary_counts_the_recrawl(recrawl: Recrawl) -> None:
    assert "7 documents stored" in recrawl.first.stdout
    summary = recrawl.second.stdout
    assert "2 documents stored" in summary and "2 new versions" in summary and "5 unchanged" in summary
    assert "job:" in summary and list((recrawl.out / "jobs").iterdir()) == []  # a finished job is cleared


def test_a_capture_that_cannot_be_read_back_is_fetched_again(tmp_path: Path) -> None:
    """Should the WARC files of the last crawl be moved away, a 304 cannot be answered from them."""
    site = RecrawlSite().start()
    try:
        build_association_site(site, [Article(11), Article(12, validators="etag")], per_listing=2)
        article = site.url("/xhdt/11.html")
        command = crawl_command(tmp_path / "archive", "association", "-a", f"base_url={site.base_url}")
        assert run_cli(command, tmp_path).returncode == 0
        shutil.move(tmp_path / "archive" / "warc", tmp_path / "elsewhere")
        start = len(site.received)
        again = run_cli(command, tmp_path)
        assert again.returncode == 0, again.stderr[-3000:]
    finally:
        site.stop()
    asked = [(r.path, r.status, "If-None-Match" in r.headers or "If-Modified-Since" in r.headers)
             for r in site.received[start:] if r.path != "/robots.txt"]
    # each page: a conditional request answered 304, then the page fetched whole
    for path in ("/list_1.html", "/xhdt/11.html", "/xhdt/12.html"):
        assert [(s, c) for p, s, c in asked if p == path] == [(304, True), (200, False)], asked
    assert "2 unchanged" in again.stdout and "0 documents stored" in again.stdout
    files = sorted((tmp_path / "archive" / "warc").glob("*.warc.gz"))
    assert all(problems == [] for problems in verify_archive(tmp_path / "archive" / "warc").values())
    with open(files[0], "rb") as f:  # nothing refers to the records that are gone: pages archived whole
        types = {r.rec_headers.get_header("WARC-Target-URI"): r.rec_type for r in ArchiveIterator(f)
                 if r.rec_type not in ("request", "warcinfo")}
    assert types[article] == "response"


# --- the crawl state on its own ---


def test_crawl_state_remembers_validators_and_prefers_the_same_url(tmp_path: Path) -> None:
    db = tmp_path / "manifest.sqlite"
    state = CrawlState(db, job="weekly:1")
    first = Capture("http://a.example/x.html", "<urn:uuid:1>", "2024-01-01T00:00:00Z", "A.warc.gz", 0, 100)
    mirror = Capture("http://b.example/x.html", "<urn:uuid:2>", "2023-01-01T00:00:00Z", "B.warc.gz", 0, 100)
    state.record_fetch(mirror.uri, status=200, record_type="response", record=mirror, payload=mirror,
                       payload_digest="sha1:AAAA", etag=None, last_modified=None, index_payload=True)
    state.record_fetch(first.uri, status=200, record_type="response", record=first, payload=first,
                       payload_digest="sha1:AAAA", etag='"v1"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT",
                       index_payload=True)
    # by canonical URL, its own capture first
    assert state.find_payload("sha1:AAAA", "http://A.EXAMPLE/x.html#top") == first
    assert state.find_payload("sha1:AAAA", "http://c.example/x.html") == mirror  # else the earliest
    assert state.find_payload("sha1:BBBB", first.uri) is None
    not_modified = Capture(first.uri, "<urn:uuid:3>", "2024-02-01T00:00:00Z", "C.warc.gz", 0, 50)
    state.record_fetch(first.uri, status=304, record_type="revisit", record=not_modified, payload=first,
                       payload_digest="sha1:AAAA")
    known = state.get(first.uri)
    assert known is not None and known.status == 304
    assert known.record == not_modified and known.payload == first
    assert (known.etag, known.last_modified) == ('"v1"', "Mon, 01 Jan 2024 00:00:00 GMT")  # a 304 keeps them
    assert known.job == "weekly:1" and CrawlState(db, job="weekly:2").get(first.uri) == known
    with pytest.raises(OSError):
        read_response(tmp_path, first)


# --- document versions and the schema migration ---


def speech(text: str, title: str = "讲话") -> Document:
    return Document(url="http://example.org/speech.html", title=title, text=text, text_original=text,
                    relevant=True)


def test_versions_keep_every_earlier_text(tmp_path: Path) -> None:
    with DocumentStore(tmp_path) as store:
        first = store.save(speech("第一稿。"))
        again = store.save(speech("第一稿。", title="改过的标题"))  # the same text: nothing written
        assert again.metadata == first.metadata
        second = store.save(speech("第二稿。"))
        inode = second.text_path.stat().st_ino
        third = store.save(speech("第三稿。"))
        assert third.metadata["version"] == 3
        kept = store.versions(third.id)
        assert [(v.metadata["version"], v.text) for v in kept] == [(1, "第一稿。"), (2, "第二稿。")]
        assert all(v.metadata["superseded_at"] for v in kept)
        assert all(v.metadata["meta_path"].startswith("versions/") for v in kept)
        assert [row["version"] for row in store.manifest.versions(third.id)] == [1, 2]
        assert store.check() == []
        # a version kept is the very file the document had, not a copy of it
        assert kept[1].text_path.stat().st_ino == inode
        third.text_path.write_text("损坏", "utf-8")  # the current text damaged on disk: saving it mends it
        assert store.save(speech("第三稿。")).metadata["version"] == 3
        mended = store.get(third.id)
        assert mended is not None and mended.text == "第三稿。" and len(store.versions(third.id)) == 2
        kept[0].text_path.write_text("改过", "utf-8")
        assert any("version 1" in problem for problem in store.check())


def test_set_group_rewrites_metadata_and_manifest_together(tmp_path: Path) -> None:
    with DocumentStore(tmp_path) as store:
        stored = store.save(speech("正文。"))
        assert (stored.metadata["group_id"], stored.metadata["canonical"]) == (stored.id, True)
        assert store.set_group(stored.id, "0123456789abcdef", False)
        assert not store.set_group(stored.id, "0123456789abcdef", False)
        meta = store.metadata(stored.id)
        assert meta is not None and (meta["group_id"], meta["canonical"]) == ("0123456789abcdef", False)
        row = store.manifest.get(stored.id)
        assert row is not None and (row["group_id"], row["canonical"]) == ("0123456789abcdef", 0)
        assert store.check() == []
        newer = store.save(speech("修改后的正文。"))  # a new version stays in its group
        assert (newer.metadata["group_id"], newer.metadata["canonical"]) == ("0123456789abcdef", False)


V1_SCHEMA = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version VALUES (1);
CREATE TABLE documents (id TEXT PRIMARY KEY, url TEXT NOT NULL, title TEXT, script TEXT, published TEXT,
    speech_date TEXT, truncated INTEGER NOT NULL, declared_chars INTEGER, spun INTEGER NOT NULL,
    relevant INTEGER NOT NULL, warc_file TEXT, warc_offset INTEGER, warc_length INTEGER, warc_record_id TEXT,
    text_sha1 TEXT NOT NULL, text_path TEXT NOT NULL, meta_path TEXT NOT NULL, stored_at TEXT NOT NULL,
    crawl TEXT);
CREATE INDEX documents_url ON documents (url);
"""


def test_a_version_1_archive_is_migrated_in_place(tmp_path: Path) -> None:
    """An archive written before schema 2: its rows and metadata (without the new fields) carry over."""
    doc = speech("旧档案的正文。")
    with DocumentStore(tmp_path) as store:
        stored = store.save(doc)
    meta = {k: v for k, v in stored.metadata.items() if k not in ("version", "group_id", "canonical")}
    stored.meta_path.write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    (tmp_path / "manifest.sqlite").unlink()
    for leftover in tmp_path.glob("manifest.sqlite-*"):
        leftover.unlink()
    old = sqlite3.connect(tmp_path / "manifest.sqlite")
    old.executescript(V1_SCHEMA)
    old.execute("INSERT INTO documents VALUES (?, ?, ?, 'hans', NULL, NULL, 0, NULL, 0, 1, NULL, NULL, NULL,"
                " NULL, ?, ?, ?, ?, '')",
                (stored.id, doc.url, doc.title, meta["text_sha1"], meta["text_path"], meta["meta_path"],
                 meta["stored_at"]))
    old.commit()
    old.close()
    with DocumentStore(tmp_path) as store:
        assert store.check() == []
        row = store.manifest.get(stored.id)
        assert row is not None and (row["version"], row["group_id"], row["canonical"]) == (1, stored.id, 1)
        newer = store.save(speech("新版本的正文。"))
        assert newer.metadata["version"] == 2 and [v.text for v in store.versions(stored.id)] == [doc.text]
        assert store.check() == []
    db = sqlite3.connect(tmp_path / "manifest.sqlite")
    assert db.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"document_versions", "url_state", "payload_index", "dedup_copies", "dedup_marks"} <= tables
