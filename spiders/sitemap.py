"""Crawl every page a site's sitemaps list, found from a sitemap or from robots.txt; one SpeechItem a page.

    scrapy crawl sitemap -a sitemap_url=https://example.org/sitemap.xml
    scrapy crawl sitemap -a robots_url=https://example.org/robots.txt -a follow='/jianghua/'

`follow` keeps only page URLs matching the regex; `sitemap_follow` does the same for the child
sitemaps of a sitemap index.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from scrapy.http import Response, TextResponse
from scrapy.spiders import SitemapSpider

from crawler.items import PagePart, SpeechItem


class SitemapSpeechSpider(SitemapSpider):
    name = "sitemap"

    def __init__(self, sitemap_url: str | None = None, robots_url: str | None = None,
                 follow: str | None = None, sitemap_follow: str | None = None, **kwargs: Any) -> None:
        if robots_url and not robots_url.endswith("/robots.txt"):
            # SitemapSpider reads a URL as robots.txt only by that ending
            raise ValueError(f"robots_url must end with /robots.txt: {robots_url}")
        self.sitemap_urls = [url for url in (sitemap_url, robots_url) if url]
        if not self.sitemap_urls:
            raise ValueError("give -a sitemap_url=URL or -a robots_url=URL")
        self.sitemap_rules = [(follow or "", "parse_page")]
        if sitemap_follow:
            self.sitemap_follow = [sitemap_follow]
        self._lastmod: dict[str, str] = {}
        super().__init__(**kwargs)

    def sitemap_filter(self, entries: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for entry in entries:
            if entry.get("loc") and entry.get("lastmod"):
                self._lastmod[entry["loc"]] = entry["lastmod"]
            yield entry

    def parse_page(self, response: Response) -> Iterator[SpeechItem]:
        if not response.body:
            self.crawler.stats.inc_value("sitemap/empty_page")
            self.logger.error("sitemap page %s has an empty body", response.url)
            return
        hints: dict[str, Any] = {}
        requested = response.request.url if response.request else response.url
        lastmod = self._lastmod.get(requested) or self._lastmod.get(response.url)
        if lastmod:
            hints["lastmod"] = lastmod
        if isinstance(response, TextResponse):
            title = response.xpath("normalize-space(//title)").get("")
            if title:
                hints["page_title"] = title  # with the site's decoration; extraction finds the real title
        content_type = response.headers.get("Content-Type")
        yield SpeechItem(
            url=response.url,
            parts=[PagePart(url=response.url, body=response.body,
                            content_type=content_type.decode("latin-1") if content_type else None,
                            warc=response.meta.get("warc_record"))],
            spider=self.name,
            hints=hints,
        )
