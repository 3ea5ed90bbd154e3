"""The speech-archive command, run as a user runs it: a subprocess, from a directory of its own."""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import opencc
import pytest
from spider_runs import serving
from warcio.archiveiterator import ArchiveIterator

from archive.store import DocumentStore, document_id

COMMAND = str(Path(sys.executable).with_name("speech-archive"))
DOCUMENT_FIELDS = {"url", "title", "text", "text_original", "script", "published", "speech_date", "truncated",
                   "declared_chars", "spun", "relevant"}

TITLE = "在全市计划生育协会第五次会员代表大会上的讲话"
SPEECH = [
    "同志们:",
    "今天我们召开全市计划生育协会第五次会员代表大会,这是全市计生协系统的一件大事。",
    "过去五年,全市各级计生协组织认真贯彻落实党中央决策部署,深入开展生育关怀行动,为计划生育家庭办了大量实事好事。",
    "新的一年,各级计生协要进一步加强基层组织建设,充分发挥群众团体作用,推动协会工作再上新台阶。",
    "(2017年2月28日)",
]


def html(title: str, paragraphs: list[str], charset: str | None) -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head>{meta}<title>{title}_市计划生育协会</title></head><body>"
            f'<div class="nav">首页 | 协会动态 | 领导讲话</div><h1>{title}</h1>'
            f'<div class="content">{body}</div><div class="foot">版权所有 市计划生育协会</div></body></html>')


def run(*args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    return subprocess.run([COMMAND, *args], cwd=cwd, capture_output=True, timeout=timeout, env=env)


def lines(output: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.decode("utf-8").splitlines()]


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "gbk.html").write_bytes(html(TITLE, SPEECH, "gb2312").encode("gbk"))
    (folder / "utf8.html").write_bytes(html(TITLE, SPEECH, "utf-8").encode("utf-8"))
    big5 = opencc.OpenCC("s2tw").convert(html(TITLE, SPEECH, None))  # undeclared, as many Big5 pages are
    (folder / "big5.html").write_bytes(big5.encode("big5"))
    (folder / "speech.txt").write_text(TITLE + "\n" + "\n".join(SPEECH) + "\n", "utf-8")
    return folder


def test_extract_prints_one_json_line_per_input(tmp_path: Path, pages: Path) -> None:
    paths = ["pages/gbk.html", "./pages/utf8.html", str(pages / "big5.html"), "pages/speech.txt",
             "pages/missing.html"]
    done = run("extract", "--format", "jsonl", *paths, cwd=tmp_path)
    assert done.returncode == 1, done.stderr  # one input failed
    assert "计划生育协会".encode() in done.stdout  # real UTF-8, not \\u escapes
    results = lines(done.stdout)
    assert [r["source"] for r in results] == paths
    gbk, utf8, big5, text, missing = results
    for doc in (gbk, utf8, big5, text):
        assert DOCUMENT_FIELDS <= doc.keys() and "error" not in doc
        assert "生育关怀行动" in str(doc["text"]) and "版权所有" not in str(doc["text"])
        assert doc["title"] in (TITLE, opencc.OpenCC("s2tw").convert(TITLE))
        assert doc["speech_date"] == "2017-02-28"
    assert gbk["script"] == utf8["script"] == text["script"] == "hans"
    assert gbk["content_kind"] == "html" and text["content_kind"] == "text"
    assert big5["script"] == "hant" and "生育關懷行動" in str(big5["text_original"])
    assert set(missing) == {"source", "error"} and "FileNotFoundError" in str(missing["error"])
    assert b"1 of 5 inputs failed" in done.stderr


def test_extract_json_format_and_url(tmp_path: Path, pages: Path) -> None:
    done = run("extract", "--format", "json", "--url", "http://example.org/a.html", "pages/gbk.html",
               "pages/speech.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout.decode("utf-8"))
    assert [r["source"] for r in results] == ["pages/gbk.html", "pages/speech.txt"]
    assert all(r["url"] == "http://example.org/a.html" for r in results)


def test_usage_errors_exit_2_and_a_crawl_that_cannot_start_1(tmp_path: Path) -> None:
    assert run("extract", cwd=tmp_path).returncode == 2
    assert run("crawl", "urls", "-a", "no-equals-sign", cwd=tmp_path).returncode == 2
    unknown = run("crawl", "no-such-spider", "--archive-dir", "out", cwd=tmp_path)
    assert unknown.returncode == 2 and b"no-such-spider" in unknown.stderr
    cannot_start = run("crawl", "urls", "--archive-dir", "out", cwd=tmp_path)  # urls needs -a urls=FILE
    assert cannot_start.returncode == 1 and b"did not start" in cannot_start.stdout


@pytest.fixture
def web_server(tmp_path: Path, pages: Path) -> Iterator[str]:
    """http.server over the pages folder, plus a page that is no speech."""
    (pages / "news.html").write_bytes(
        html("市区今日天气预报", ["今天多云转晴,最高气温二十五度。", "明天有小雨,请市民出门带伞。"], "utf-8").encode())
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(pages))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    with serving(ThreadingHTTPServer(("127.0.0.1", 0), handler)) as base_url:
        yield base_url


@pytest.mark.parametrize("workers", ["0", "2"])  # 2: cleaning in worker processes, awaited on the reactor
def test_crawl_archives_and_stores_from_any_directory(tmp_path: Path, web_server: str, workers: str) -> None:
    workdir = tmp_path / "elsewhere"  # no scrapy.cfg here or above: the CLI finds the settings itself
    workdir.mkdir()
    speech, news, gone = web_server + "gbk.html", web_server + "news.html", web_server + "gone.html"
    (workdir / "urls.txt").write_text(f"{speech}\n{news}\n{gone}\n", "utf-8")
    done = run("crawl", "urls", "-a", "urls=urls.txt", "--archive-dir", "out", "-s", "DOWNLOAD_DELAY=0",
               "-s", "AUTOTHROTTLE_ENABLED=False", "-s", f"EXTRACT_WORKERS={workers}", cwd=workdir)
    assert done.returncode == 0, done.stderr.decode()
    out = workdir / "out"
    report = done.stdout.decode("utf-8")
    assert "1 documents stored" in report and "1 not relevant" in report
    assert str(out / "warc") in report and str(out / "manifest.sqlite") in report
    assert list((out / "warc").glob("*.warc.gz"))

    with DocumentStore(out) as store:
        assert [row["url"] for row in store.manifest.rows()] == [speech]
        stored = store.get(document_id(speech))
        assert store.check() == []
    assert stored is not None and "生育关怀行动" in stored.text
    assert stored.metadata["spider"] == "urls" and stored.metadata["crawl"] == "speech-archive"
    pointer = stored.metadata["warc"]
    # the pointer leads to the response record the text came from
    with open(out / "warc" / pointer["file"], "rb") as f:
        f.seek(pointer["offset"])
        record = next(iter(ArchiveIterator(f)))
        assert record.rec_type == "response"
        assert record.rec_headers.get_header("WARC-Record-ID") == pointer["record_id"]
        assert record.rec_headers.get_header("WARC-Target-URI") == speech
        assert (tmp_path / "pages" / "gbk.html").read_bytes() == record.content_stream().read()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[bytes]]:
    workdir = tmp_path_factory.mktemp("demo")
    return workdir / "demo-output", run("demo", cwd=workdir, timeout=300)


def test_demo_runs_end_to_end(demo: tuple[Path, subprocess.CompletedProcess[bytes]]) -> None:
    from archive.verify import verify_warc

    out, done = demo
    assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()
    report = done.stdout.decode("utf-8")
    assert "verify:     OK" in report and str(out / "manifest.sqlite") in report
    warcs = sorted((out / "warc").glob("*.warc.gz"))
    assert warcs and not list((out / "warc").glob("*.open"))
    for path in warcs:
        assert verify_warc(path) == []
        check = subprocess.run([str(Path(sys.executable).with_name("warcio")), "check", "-v", str(path)],
                               capture_output=True, text=True, timeout=120)
        assert check.returncode == 0, check.stdout + check.stderr
    with DocumentStore(out) as store:
        docs = list(store.iter_documents())
        assert docs and store.check() == []
    assert all(d.metadata["relevant"] for d in docs)  # STORE_IRRELEVANT is off by default
    assert {d.metadata["spider"] for d in docs} >= {"association"}


def test_verify_finds_a_damaged_archive(tmp_path: Path, demo: tuple[Path, subprocess.CompletedProcess[bytes]]) -> None:
    out, _ = demo
    assert run("verify", str(out), cwd=tmp_path).returncode == 0
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    with DocumentStore(copy) as store:
        victim = next(store.iter_documents())
    victim.text_path.write_text("改过的文本", "utf-8")
    damaged = run("verify", str(copy), cwd=tmp_path)
    assert damaged.returncode == 1
    assert victim.id in damaged.stdout.decode("utf-8")
    assert run("verify", str(tmp_path / "nothing-here"), cwd=tmp_path).returncode == 1
