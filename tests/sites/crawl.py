"""Crawl a fixture site end to end, as a user would (spider_runs.run_crawl: `scrapy crawl` in a
subprocess, with the WARC recorder, extraction and the store), and read back what was stored."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spider_runs import CrawlResult, run_crawl

from archive.store import DocumentStore
from sites.server import Site

PIPELINES = {
    "crawler.pipelines.ExtractionPipeline": 300,
    "crawler.pipelines.StorePipeline": 800,
    "spider_runs.ItemLogPipeline": 900,  # after the store: the item log says what reached it
}


@dataclass
class SiteCrawl:
    result: CrawlResult
    base: str  # the site's address, ending in /
    documents: dict[str, dict[str, Any]]  # first-page URL -> stored metadata, with "text" added
    fetched: list[str]  # request paths the server received, in order

    def document(self, path: str) -> dict[str, Any]:
        url = self.base + path.lstrip("/")
        assert url in self.documents, f"nothing stored for {url}; stored: {sorted(self.documents)}"
        return self.documents[url]


def crawl_site(spider: str, site: Site, workdir: Path, args: dict[str, str] | None = None,
               settings: dict[str, Any] | None = None, base_arg: bool = True,
               files: dict[Path, str] | None = None) -> SiteCrawl:
    """Serve `site`, crawl it with `spider` (-a base_url=the site unless base_arg is False) and read the store.

    "{base}" in argument values and in `files` (written before the crawl) becomes the site's address.
    """
    with site.serve() as server:
        base = server.base_url
        for path, text in (files or {}).items():
            path.write_text(text.replace("{base}", base), "utf-8")
        spider_args = {"base_url": base} if base_arg else {}
        spider_args.update({name: value.replace("{base}", base) for name, value in (args or {}).items()})
        result = run_crawl(spider, workdir, args=spider_args,
                           settings={"ITEM_PIPELINES": PIPELINES, "STORE_IRRELEVANT": True,
                                     "BENCHMARK_LOOPBACK": True, **(settings or {})})
        fetched = server.fetched()
    documents = {}
    with DocumentStore(workdir / "archive") as store:
        for stored in store.iter_documents():
            documents[stored.metadata["first_url"]] = {**stored.metadata, "text": stored.text}
    return SiteCrawl(result, base, documents, fetched)


def check_articles(crawl: SiteCrawl, site: Site) -> None:
    """Every article the site has is stored whole: its parts in order, its title, text from every part."""
    assert crawl.result.returncode == 0, crawl.result.log[-3000:]
    for path, expected in site.articles.items():
        doc = crawl.document(path)
        parts = [part["url"] for part in doc["parts"]]
        assert parts == [crawl.base + p.lstrip("/") for p in expected["parts"]], (path, parts)
        assert all(part["warc"] and part["warc"]["record_id"] for part in doc["parts"])
        if expected["title"] is not None:
            assert doc["title"] == expected["title"], (path, doc["title"])
        for phrase in expected["phrases"]:
            assert phrase in doc["text"], (path, phrase, doc["text"][:300])
        assert doc["relevant"] is expected["relevant"], (path, doc["relevance_score"])
        for key in ("truncated", "script", "content_kind", "published"):
            if key in expected:
                assert doc[key] == expected[key], (path, key, doc[key])
        for noise in expected.get("noise", []):
            assert noise not in doc["text"], (path, noise)
    stored_articles = {url for url in crawl.documents}
    expected_urls = {crawl.base + p.lstrip("/") for p in site.articles}
    assert stored_articles == expected_urls, sorted(stored_articles ^ expected_urls)
    assert crawl.result.errors() == [], crawl.result.errors()


def check_changed_template(crawl: SiteCrawl, article_pages: int) -> None:
    """A template the profile does not know: an error per page and a count, never empty documents."""
    assert crawl.result.returncode == 0, crawl.result.log[-3000:]
    assert crawl.result.stats.get("profile/no_article") == article_pages, crawl.result.stats
    errors = crawl.result.errors()
    changed = [line for line in errors if "has the site's template changed?" in line]
    assert len(changed) >= article_pages, errors
    assert "pages had no article" in crawl.result.log  # the closing summary
    assert crawl.documents == {}
    assert crawl.result.items == []
