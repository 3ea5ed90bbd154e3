"""The `sitemap` spider, crawled for real in a subprocess over the sample site and a fixture site."""

from __future__ import annotations

import hashlib
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from spider_runs import run_crawl, serve_pages

from crawler.sample_site import SampleSite
from spiders.sitemap import SitemapSpeechSpider

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap_pages(url: str) -> dict[str, str]:
    """loc -> lastmod of every page a sitemap (or sitemap index) lists, read without Scrapy."""
    root = ET.fromstring(urllib.request.urlopen(url).read())
    pages: dict[str, str] = {}
    for entry in root:
        loc, lastmod = entry.findtext(f"{NS}loc", ""), entry.findtext(f"{NS}lastmod", "")
        if root.tag == f"{NS}sitemapindex":
            pages |= sitemap_pages(loc)
        else:
            pages[loc] = lastmod
    return pages


def sha1_of(url: str) -> str:
    return hashlib.sha1(urllib.request.urlopen(url).read()).hexdigest()


def test_finds_every_page_the_sitemaps_listed_in_robots_txt_name(tmp_path: Path) -> None:
    with SampleSite() as site:
        expected = sitemap_pages(site.url("/sitemap.xml"))
        bodies = {url: sha1_of(url) for url in expected}
        result = run_crawl("sitemap", tmp_path, args={"robots_url": site.url("/robots.txt")})
    assert len(expected) == 3
    assert result.returncode == 0, result.log
    assert sorted(item["url"] for item in result.items) == sorted(expected)
    for item in result.items:
        assert item["spider"] == "sitemap"
        assert item["hints"]["lastmod"] == expected[item["url"]]
        [part] = item["parts"]
        assert part["url"] == item["url"]
        assert part["sha1"] == bodies[item["url"]]
    assert result.errors() == []


def test_follow_and_sitemap_follow_narrow_the_crawl(tmp_path: Path) -> None:
    with SampleSite() as site:
        result = run_crawl("sitemap", tmp_path, args={
            "sitemap_url": site.url("/sitemap.xml"), "sitemap_follow": "sitemap-fanwen", "follow": "/doc/"})
        assert result.returncode == 0, result.log
        assert [item["url"] for item in result.items] == [site.url("/doc/28872781.html")]
        # the other child sitemap was never fetched: robots.txt, the index, one sitemap, one page
        assert result.stats["downloader/request_count"] == 4


def test_dead_moved_and_empty_pages_do_not_stop_the_crawl(tmp_path: Path) -> None:
    pages: dict[str, str | bytes | tuple[int, dict[str, str]]] = {
        "/a.html": "<html><head><title>讲话</title></head><body><p>同志们:</p></body></html>",
        "/b.html": "<html><body><p>工作报告</p></body></html>",
        "/old.html": (301, {"Location": "/b.html"}),
        "/empty.html": b"",
    }
    with serve_pages(pages) as base:
        pages["/sitemap.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="{NS[1:-1]}">'
            + "".join(f"<url><loc>{base}{name}</loc></url>" for name in ("a.html", "gone.html", "old.html",
                                                                        "empty.html"))
            + "</urlset>"
        )
        result = run_crawl("sitemap", tmp_path, args={"sitemap_url": base + "sitemap.xml"})
    assert result.returncode == 0, result.log
    assert sorted(item["url"] for item in result.items) == [base + "a.html", base + "b.html"]
    assert result.item(base + "a.html")["hints"]["page_title"] == "讲话"
    assert result.stats["sitemap/empty_page"] == 1
    assert result.stats["downloader/response_status_count/404"] >= 1  # gone.html (and robots.txt)


def test_needs_a_sitemap_or_robots_url() -> None:
    with pytest.raises(ValueError, match="sitemap_url"):
        SitemapSpeechSpider()
    with pytest.raises(ValueError, match="robots.txt"):
        SitemapSpeechSpider(robots_url="http://127.0.0.1/sitemap.xml")
    spider = SitemapSpeechSpider(sitemap_url="http://127.0.0.1/a.xml", robots_url="http://127.0.0.1/robots.txt")
    assert spider.sitemap_urls == ["http://127.0.0.1/a.xml", "http://127.0.0.1/robots.txt"]
