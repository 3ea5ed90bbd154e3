"""archive.store.DocumentStore: layout, stable ids, the manifest, path safety and crash safety."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from archive.manifest import SCHEMA_VERSION
from archive.store import DocumentMismatch, DocumentStore, document_id
from cleaners import Document, Removal

URL = "http://www.example-jsw.gov.cn/xhdt/2017/0301/speech.html"
POINTER = {"file": "SPEECH-20240101-00000.warc.gz", "offset": 1234, "length": 5678,
           "record_id": "<urn:uuid:0d3b5b1c-1111-4222-8333-944445555666>", "date": "2024-01-01T00:00:00.000000Z"}
SECOND = {**POINTER, "offset": 9999, "record_id": "<urn:uuid:0d3b5b1c-1111-4222-8333-944445555777>"}


def speech(**changes: object) -> Document:
    fields: dict[str, object] = dict(
        url=URL,
        title="在全市计生协会员代表大会上的讲话",
        text="同志们:\n今天我们召开全市计划生育协会会员代表大会。",
        text_original="同志们:\n今天我们召开全市计划生育协会会员代表大会。",
        script="hans",
        published="2017-03-01",
        speech_date="2017-02-28",
        truncated=True,
        declared_chars=9760,
        relevant=True,
        relevance_score=4.5,
        encoding="gb18030",
        warc=POINTER,
        parts=[{"url": URL, "warc": POINTER}, {"url": URL + "?page=2", "warc": SECOND}],
        removed=[Removal("banner", "本站为大家整理的", 0)],
        warnings=["declared charset gbk but the bytes are gb18030"],
    )
    fields.update(changes)
    return Document(**fields)  # type: ignore[arg-type]


def visible_files(root: Path) -> set[Path]:
    return {p for p in (root / "docs").rglob("*") if p.is_file() and not p.name.startswith(".")}


def test_layout_and_metadata(tmp_path: Path) -> None:
    doc = speech()
    with DocumentStore(tmp_path, crawl="test-crawl") as store:
        stored = store.save(doc, spider="urls")
    doc_id = document_id(URL)
    shard = tmp_path / "docs" / doc_id[:2]
    assert visible_files(tmp_path) == {shard / f"{doc_id}.txt", shard / f"{doc_id}.json"}
    assert (shard / f"{doc_id}.txt").read_text("utf-8") == doc.text
    meta = json.loads((shard / f"{doc_id}.json").read_text("utf-8"))
    assert meta == stored.metadata
    expected = {k: v for k, v in doc.to_dict().items() if k not in ("text", "text_original")}
    assert {k: meta[k] for k in expected} == expected
    assert "text" not in meta and "text_original" not in meta
    assert meta["id"] == doc_id and meta["crawl"] == "test-crawl" and meta["spider"] == "urls"
    assert meta["text_sha1"] == hashlib.sha1(doc.text.encode("utf-8")).hexdigest()
    assert meta["warc"] == POINTER and [p["warc"] for p in meta["parts"]] == [POINTER, SECOND]
    assert meta["text_path"] == f"docs/{doc_id[:2]}/{doc_id}.txt"
    assert meta["original_path"] is None and meta["original_sha1"] is None
    assert meta["stored_at"].endswith("Z")


def test_original_script_kept_only_when_it_differs(tmp_path: Path) -> None:
    hant = speech(text="计划生育协会", text_original="計劃生育協會", script="hant")
    with DocumentStore(tmp_path) as store:
        store.save(hant)
        original = store.get(document_id(URL))
        assert original is not None
        assert original.text == "计划生育协会" and original.text_original == "計劃生育協會"
        assert original.metadata["original_path"].endswith(".orig.txt")
        orig_file = tmp_path / original.metadata["original_path"]
        assert orig_file.read_text("utf-8") == "計劃生育協會"

        store.save(speech(text="计划生育协会", text_original="计划生育协会"))  # the site now serves Simplified
        assert not orig_file.exists()
        again = store.get(document_id(URL))
        assert again is not None and again.text_original == "计划生育协会"


def test_ids_are_stable_across_url_variants_and_recrawls(tmp_path: Path) -> None:
    base = "http://example.org/news/show.php?id=3&cat=7"
    assert document_id(base) == document_id("http://example.org/news/show.php?cat=7&id=3#top")
    assert document_id(base) == document_id("HTTP://EXAMPLE.ORG/news/show.php?id=3&cat=7")
    assert document_id(base) != document_id("http://example.org/news/show.php?id=4&cat=7")
    assert len(document_id(base)) == 16 and int(document_id(base), 16) >= 0

    with DocumentStore(tmp_path) as store:
        first = store.save(speech(url=base, text="第一次抓取"))
    with DocumentStore(tmp_path) as store:  # a later crawl, a new process: same id, one row
        second = store.save(speech(url=None, text="第二次抓取", text_original="第二次抓取"),
                            url="http://example.org/news/show.php?cat=7&id=3")
        assert first.id == second.id
        assert store.manifest.count() == 1
        found = store.get(first.id)
        assert found is not None and found.text == "第二次抓取"
        assert store.get_by_url(base) == found


def test_manifest_rows_and_schema(tmp_path: Path) -> None:
    with DocumentStore(tmp_path, crawl="c1") as store:
        stored = store.save(speech(), spider="association")
        store.save(speech(url="http://example.org/other", relevant=False, truncated=False, warc=None))
    db = sqlite3.connect(tmp_path / "manifest.sqlite")
    db.row_factory = sqlite3.Row
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT version FROM schema_version").fetchall()[0][0] == SCHEMA_VERSION
    indexed = {row["name"] for row in db.execute("PRAGMA index_list(documents)")}
    assert any(db.execute(f"PRAGMA index_info({name})").fetchone()["name"] == "url" for name in indexed)
    row = dict(db.execute("SELECT * FROM documents WHERE id = ?", (stored.id,)).fetchone())
    assert row == {
        "id": stored.id, "url": URL, "title": "在全市计生协会员代表大会上的讲话", "script": "hans",
        "published": "2017-03-01", "speech_date": "2017-02-28", "truncated": 1, "declared_chars": 9760,
        "spun": 0, "relevant": 1, "warc_file": POINTER["file"], "warc_offset": 1234, "warc_length": 5678,
        "warc_record_id": POINTER["record_id"], "text_sha1": stored.metadata["text_sha1"],
        "text_path": stored.metadata["text_path"], "meta_path": stored.metadata["meta_path"],
        "stored_at": stored.metadata["stored_at"], "crawl": "c1", "version": 1, "group_id": stored.id,
        "canonical": 1,
    }
    other = db.execute("SELECT relevant, truncated, warc_file FROM documents WHERE url = ?",
                       ("http://example.org/other",)).fetchone()
    assert tuple(other) == (0, 0, None)
    # the manifest can be read while the store has it open (WAL): a second reader sees both rows
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 2


HOSTILE_URLS = [
    "http://evil.example/../../../../etc/passwd",
    "http://evil.example/%2e%2e/%2e%2e/%2e%2e/etc/shadow",
    "file:///etc/passwd",
    "../../outside.txt",
    "/absolute/path",
    "http://[broken-ipv6/x",
    "http://evil.example/a\x00b/..\\..\\windows",
    "http://evil.example/" + "长" * 5000,
]


def test_hostile_urls_and_titles_stay_inside_the_archive(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    with DocumentStore(root) as store:
        for n, url in enumerate(HOSTILE_URLS):
            store.save(speech(url=url, title=f"../../../../tmp/escape{n}\x00/.."))
        ids = list(store.iter_ids())
        assert len(ids) == len(HOSTILE_URLS)
        with pytest.raises(ValueError):
            store.get("../../etc/passwd")
        with pytest.raises(ValueError):
            store.get("0123456789abcdeF")
    outside = {p for p in tmp_path.rglob("*") if root not in p.parents and p != root}
    assert outside == set()
    for path in visible_files(root):
        assert path.parent.parent == root / "docs"
        assert path.name.split(".")[0] in ids and path.parent.name == path.name[:2]


def test_iter_documents_round_trips(tmp_path: Path) -> None:
    docs = [speech(url=f"http://example.org/{n}.html", text=f"讲话{n}", text_original=f"講話{n}", script="hant")
            for n in range(3)]
    with DocumentStore(tmp_path) as store:
        for doc in docs:
            store.save(doc)
        found = list(store.iter_documents())
        assert store.get("0" * 16) is None
        assert store.check() == []
    assert sorted(d.to_document().to_dict()["text_original"] for d in found) == ["講話0", "講話1", "講話2"]
    by_url = {d.metadata["url"]: d.to_document() for d in found}
    for doc in docs:
        assert by_url[doc.url].to_dict() == doc.to_dict()


def test_damaged_text_is_reported(tmp_path: Path) -> None:
    with DocumentStore(tmp_path) as store:
        stored = store.save(speech())
        stored.text_path.write_text("有人改过", "utf-8")
        with pytest.raises(DocumentMismatch):
            store.get(stored.id)
        assert [p.split(":")[0] for p in store.check()] == [stored.id]


@pytest.mark.parametrize("failing_call", [1, 2, 3])  # text, original, metadata
def test_a_failed_rename_leaves_one_whole_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing_call: int
) -> None:
    old, new = speech(text="旧文本", text_original="舊文本"), speech(text="新讲话", text_original="新講話")
    with DocumentStore(tmp_path) as store:
        store.save(old)
    store = DocumentStore(tmp_path)
    real_replace, calls = os.replace, []

    def replace(src: str, dst: str) -> None:
        calls.append(dst)
        if len(calls) == failing_call:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError):
        store.save(new)
    monkeypatch.setattr(os, "replace", real_replace)
    # whatever a reader sees agrees with itself: text, original and metadata of one version
    seen = store.get(document_id(URL))
    assert seen is not None and (seen.text, seen.text_original) in {("旧文本", "舊文本"), ("新讲话", "新講話")}
    store.close()
    with DocumentStore(tmp_path) as reopened:  # the pending record was on disk: the save completes
        after = reopened.get(document_id(URL))
        assert after is not None and (after.text, after.text_original) == ("新讲话", "新講話")
        assert reopened.check() == []


CRASHING_SAVER = textwrap.dedent(
    """
    import os, sys
    from archive.manifest import Manifest
    from archive.store import DocumentStore
    from cleaners import Document

    root, crash_at = sys.argv[1], int(sys.argv[2])
    url = "http://example.org/speech.html"
    DocumentStore(root).save(Document(url=url, text="旧" * 5000, text_original="舊" * 5000, relevant=True))
    calls = 0

    def crashing(real):
        def call(*args, **kwargs):
            global calls
            calls += 1
            if calls == crash_at:
                os._exit(70)  # dies like a killed process: no cleanup, no flush
            return real(*args, **kwargs)
        return call

    for name in ("replace", "link", "unlink", "fsync"):
        setattr(os, name, crashing(getattr(os, name)))
    Manifest.upsert = crashing(Manifest.upsert)  # the manifest's commit is a step as well
    DocumentStore(root, recover=False).save(
        Document(url=url, text="新" * 4000, text_original="新" * 4000, title="新标题", relevant=True))
    """
)


def consistent_versions(root: Path) -> set[str]:
    """Reopen the store (which recovers), check it, and say which version each document is."""
    with DocumentStore(root) as store:
        assert store.check() == []
        return {d.metadata.get("title") or "old" for d in store.iter_documents()}


def test_a_crash_at_any_step_leaves_one_whole_version(tmp_path: Path) -> None:
    """Kill the writer at each file-system call of a save in turn; every crash must be recoverable."""
    outcomes = []
    for crash_at in range(1, 40):
        root = tmp_path / f"crash{crash_at}"
        run = subprocess.run([sys.executable, "-c", CRASHING_SAVER, str(root), str(crash_at)],
                             capture_output=True, text=True, timeout=60)
        if run.returncode == 0:
            break  # the save made fewer calls than crash_at: every crash point was tried
        assert run.returncode == 70, run.stderr
        for path in visible_files(root):  # before any recovery, nothing visible is half-written
            data = path.read_bytes()
            if path.suffix == ".json":
                assert json.loads(data)["id"] == path.stem
            else:
                assert data.decode("utf-8") in ("旧" * 5000, "舊" * 5000, "新" * 4000)
        outcomes.append(consistent_versions(root))
    else:
        pytest.fail("the save never completed")
    assert len(outcomes) >= 6  # temp writes, pending record, renames, manifest, cleanup
    assert {"old"} in outcomes and {"新标题"} in outcomes
    assert all(o in ({"old"}, {"新标题"}) for o in outcomes)


ENDLESS_SAVER = textwrap.dedent(
    """
    import sys
    from archive.store import DocumentStore
    from cleaners import Document

    store = DocumentStore(sys.argv[1])
    n = 0
    while True:
        for k in range(4):
            text = f"第{n}版,文档{k}。" * (200 + 50 * k)
            store.save(Document(url=f"http://example.org/{k}.html", text=text, text_original=text,
                                title=f"v{n}", relevant=True))
        n += 1
        if n == 1:
            print("saved", flush=True)
    """
)


def test_killing_a_writer_mid_save_never_corrupts(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    for delay in (0.0, 0.013, 0.031, 0.057, 0.12):
        writer = subprocess.Popen([sys.executable, "-c", ENDLESS_SAVER, str(root)], stdout=subprocess.PIPE,
                                  text=True)
        try:
            assert writer.stdout is not None and writer.stdout.readline() == "saved\n"
            time.sleep(delay)
        finally:
            writer.send_signal(signal.SIGKILL)
            writer.wait(timeout=30)
        with DocumentStore(root) as store:
            assert store.check() == []
            assert sorted(d.metadata["url"] for d in store.iter_documents()) == [
                f"http://example.org/{k}.html" for k in range(4)]
            assert store.manifest.count() == 4
            for doc in store.iter_documents():
                assert doc.text.startswith(f"第{doc.metadata['title'][1:]}版")


def test_recovering_a_save_killed_after_its_metadata_was_published_leaves_no_temp_file(tmp_path: Path) -> None:
    # killed between publishing the metadata (a link of the pending record) and deleting the pending record
    with DocumentStore(tmp_path) as store:
        stored = store.save(speech())
    pending = stored.meta_path.with_name(f".{stored.id}.json.pending")
    os.link(stored.meta_path, pending)
    with DocumentStore(tmp_path) as reopened:
        assert reopened.check() == []
        assert reopened.get(stored.id) is not None
    assert sorted(p.name for p in (tmp_path / "docs").rglob(".*")) == [".lock"]
