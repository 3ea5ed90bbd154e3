"""crawler.pipelines: extraction inline and in a worker pool, failures, and storage of documents."""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import signal
from pathlib import Path
from typing import Any

import opencc
import pytest
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from archive.store import DocumentStore, document_id
from cleaners import Document
from crawler.items import PagePart, SpeechItem
from crawler.pipelines import ExtractionPipeline, StorePipeline

TITLE = "在全市计划生育协会第五次会员代表大会上的讲话"
PARAGRAPHS = [
    "同志们:",
    "今天我们召开全市计划生育协会第五次会员代表大会,这是全市计生协系统的一件大事。",
    "过去五年,全市各级计生协组织认真贯彻落实党中央决策部署,深入开展生育关怀行动,"
    "为计划生育家庭办了大量实事好事。",
    "新的一年,各级计生协要进一步加强基层组织建设,充分发挥群众团体作用,推动协会工作再上新台阶。",
]
PAGE_TWO = ["第二部分:关于今后五年的工作任务。", "一、深化计生协改革,增强协会组织的政治性、先进性、群众性。"]


def page(title: str, paragraphs: list[str], encoding: str) -> bytes:
    """An association page; in Traditional characters when it is to be Big5, as Taiwan's are."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html><head><meta charset="{encoding}"><title>{title}_市计生协</title></head><body>'
            f'<div class="nav">首页 | 协会动态 | 领导讲话</div><h1>{title}</h1>'
            f'<div class="content">{body}</div><div class="foot">版权所有 市计划生育协会</div></body></html>')
    if encoding == "big5":
        html = opencc.OpenCC("s2tw").convert(html)
    return html.encode(encoding)


def pointer(n: int) -> dict[str, Any]:
    return {"file": "SPEECH-20240101000000000-00000-1-host.warc.gz", "offset": 1000 * n, "length": 900,
            "record_id": f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>", "date": "2024-01-01T00:00:00.000000Z"}


def speech_item(n: int = 1, encoding: str = "gbk") -> SpeechItem:
    url = f"http://www.example-jsw.gov.cn/xhdt/{n}.html"
    body = page(TITLE, [*PARAGRAPHS, f"(第{n}篇)"], encoding)
    part = PagePart(url=url, body=body, content_type=f"text/html; charset={encoding}", warc=pointer(n))
    return SpeechItem(url=url, parts=[part], spider="urls")


def crawler_for(tmp_path: Path, **settings: Any) -> Crawler:
    return get_crawler(settings_dict={"ARCHIVE_DIR": str(tmp_path), **settings})


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


def test_inline_extraction_attaches_a_document(tmp_path: Path) -> None:
    crawler = crawler_for(tmp_path, EXTRACT_WORKERS=0)
    pipeline = ExtractionPipeline.from_crawler(crawler)
    item = speech_item()
    pipeline.open_spider()
    assert run(pipeline.process_item(item)) is item
    pipeline.close_spider()
    doc = item.document
    assert isinstance(doc, Document)
    assert doc.title == TITLE
    assert "生育关怀行动" in doc.text and "版权所有" not in doc.text
    assert doc.relevant and doc.script == "hans"
    assert doc.warc == pointer(1)
    assert doc.parts == [{"url": item.url, "warc": pointer(1)}]
    assert crawler.stats.get_value("extract/ok") == 1
    assert crawler.stats.get_value("extract/failed") is None


def test_pages_of_one_article_become_one_document() -> None:
    first = speech_item(1)
    second = PagePart(url=first.url.replace(".html", "_2.html"), body=page(TITLE, PAGE_TWO, "gbk"),
                      content_type="text/html", warc=pointer(2))
    item = SpeechItem(url=first.url, parts=[first.parts[0], second], spider="association")
    run(ExtractionPipeline().process_item(item))
    text = item.document.text
    assert text.index("生育关怀行动") < text.index("深化计生协改革")
    assert [p["warc"] for p in item.document.parts] == [pointer(1), pointer(2)]


def test_a_worker_pool_gives_the_same_documents_as_inline(tmp_path: Path) -> None:
    items = [speech_item(n, encoding) for n, encoding in enumerate(["gbk", "utf-8", "big5", "gb18030"], 1)]
    inline = [speech_item(n, encoding) for n, encoding in enumerate(["gbk", "utf-8", "big5", "gb18030"], 1)]
    for item in inline:
        run(ExtractionPipeline().process_item(item))

    crawler = crawler_for(tmp_path, EXTRACT_WORKERS=2)
    pipeline = ExtractionPipeline.from_crawler(crawler)
    assert pipeline.workers == 2
    pipeline.open_spider()
    try:
        async def all_items() -> list[Any]:
            return await asyncio.gather(*(pipeline.process_item(item) for item in items))

        assert run(all_items()) == items
    finally:
        pipeline.close_spider()
    assert [i.document.to_dict() for i in items] == [i.document.to_dict() for i in inline]
    assert items[2].document.script == "hant" and "計劃生育協會" in items[2].document.text_original
    assert crawler.stats.get_value("extract/ok") == 4


@pytest.mark.parametrize("workers", [0, 2])
def test_a_broken_page_drops_its_item_and_the_crawl_goes_on(tmp_path: Path, workers: int) -> None:
    crawler = crawler_for(tmp_path, EXTRACT_WORKERS=workers)
    pipeline = ExtractionPipeline.from_crawler(crawler)
    broken = speech_item(7)
    broken.parts[0].body = None  # type: ignore[assignment]  # a spider bug: no bytes at all
    empty = SpeechItem(url="http://www.example-jsw.gov.cn/empty.html", parts=[], spider="urls")
    pipeline.open_spider()
    try:
        for bad in (broken, empty):
            with pytest.raises(DropItem, match=bad.url):
                run(pipeline.process_item(bad))
        good = speech_item(8)
        run(pipeline.process_item(good))
    finally:
        pipeline.close_spider()
    assert good.document is not None and broken.document is None
    assert crawler.stats.get_value("extract/failed") == 2
    assert crawler.stats.get_value("extract/ok") == 1
    failures = [json.loads(line) for line in (tmp_path / "extract-failures.jsonl").read_text("utf-8").splitlines()]
    assert [f["url"] for f in failures] == [broken.url, empty.url]
    assert "Error" in failures[0]["error"] and failures[0]["parts"][0]["warc"] == pointer(7)


def test_a_dead_worker_is_replaced(tmp_path: Path) -> None:
    pipeline = ExtractionPipeline(workers=1, failures_path=tmp_path / "failures.jsonl")
    pipeline.open_spider()
    try:
        run(pipeline.process_item(speech_item(1)))
        workers = multiprocessing.active_children()
        assert workers
        for worker in workers:
            os.kill(worker.pid, signal.SIGKILL)  # as the kernel's OOM killer would
            worker.join(10)
        item = speech_item(2)
        run(pipeline.process_item(item))
    finally:
        pipeline.close_spider()
    assert item.document is not None and "(第2篇)" in item.document.text
    assert not (tmp_path / "failures.jsonl").exists()


def document(url: str, relevant: bool = True) -> Document:
    return Document(url=url, title=TITLE, text="\n".join(PARAGRAPHS), text_original="\n".join(PARAGRAPHS),
                    relevant=relevant, warc=pointer(1), parts=[{"url": url, "warc": pointer(1)}])


@pytest.mark.parametrize("store_irrelevant", [False, True])
def test_store_pipeline_keeps_relevant_documents(tmp_path: Path, store_irrelevant: bool) -> None:
    crawler = crawler_for(tmp_path, CRAWL_NAME="test-crawl", STORE_IRRELEVANT=store_irrelevant)
    pipeline = StorePipeline.from_crawler(crawler)
    relevant = SpeechItem(url="http://a.example/1.html", spider="association",
                          document=document("http://a.example/1.html"))
    irrelevant = SpeechItem(url="http://a.example/news.html", spider="association",
                            document=document("http://a.example/news.html", relevant=False))
    not_extracted = SpeechItem(url="http://a.example/raw.html", spider="association")
    pipeline.open_spider()
    try:
        for item in (relevant, irrelevant, not_extracted):
            assert pipeline.process_item(item) is item
    finally:
        pipeline.close_spider()
    with DocumentStore(tmp_path) as store:
        stored = {d.id: d for d in store.iter_documents()}
    expected = {document_id(relevant.url)} | ({document_id(irrelevant.url)} if store_irrelevant else set())
    assert set(stored) == expected
    meta = stored[document_id(relevant.url)].metadata
    assert meta["crawl"] == "test-crawl" and meta["spider"] == "association" and meta["warc"] == pointer(1)
    assert crawler.stats.get_value("documents/stored") == len(expected)
    assert crawler.stats.get_value("documents/irrelevant") == (None if store_irrelevant else 1)


def test_extract_then_store_end_to_end(tmp_path: Path) -> None:
    crawler = crawler_for(tmp_path)
    extraction, storage = ExtractionPipeline.from_crawler(crawler), StorePipeline.from_crawler(crawler)
    item = speech_item(3, "big5")
    extraction.open_spider()
    storage.open_spider()
    try:
        storage.process_item(run(extraction.process_item(item)))
    finally:
        storage.close_spider()
        extraction.close_spider()
    with DocumentStore(tmp_path) as store:
        found = store.get(document_id(item.url))
    assert found is not None
    assert found.text == item.document.text and found.text_original == item.document.text_original
    assert found.text != found.text_original  # a Big5 page keeps its Traditional original beside the text
    assert found.metadata["warc"] == pointer(3)
