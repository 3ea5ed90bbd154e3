"""Spider `listfile`: crawl the articles that search-result or list pages link to, the pages' URLs
taken from a file.

    scrapy crawl listfile -a file=FILE [-a links=XPATH] [-a next=XPATH] [-a max_pages=N]

FILE has one URL a line (blank lines and # comments skipped), such as a site search for 计生协 讲话
or a column's listing. On each page the article links are those `links` selects (an XPath, or CSS
prefixed with "css:"), or without it the links on the same site whose text names the association
or a speech genre, as the focused crawler judges them. The page's next page (`next`, or a link
reading 下一页) is followed up to max_pages pages a listed URL (10 by default). Articles over several
pages are fetched in order and handed over whole; Word and PDF results are handed over as they are.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Request, Response, TextResponse
from twisted.python.failure import Failure

from crawler.items import PagePart, SpeechItem
from crawler.middlewares import apply_benchmark_profile
from spiders.base import links
from spiders.focused import NEXT_TEXT, SKIP_URL, is_continuation, link_score
from spiders.urls import read_url_list

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

ARTICLE_SCORE = 2.0  # the link's text must name the topic; a URL word alone is not enough here


class ListFileSpider(scrapy.Spider):
    name = "listfile"

    def __init__(self, file: str | None = None, links: str | None = None, next: str | None = None,
                 max_pages: str = "10", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if not file:
            raise ValueError("give -a file=FILE: search-result or list page URLs, one a line")
        listed = read_url_list(file)
        self.list_urls = [url for url in listed if urlsplit(url).scheme in ("http", "https")]
        self.skipped = [url for url in listed if url not in self.list_urls]
        if not self.list_urls:
            raise ValueError(f"{file} lists no http(s) URL")
        self.links_query = links
        self.next_query = next
        self.max_pages = int(max_pages)
        self.allowed_domains = sorted({urlsplit(url).hostname or "" for url in self.list_urls})

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        apply_benchmark_profile(crawler, spider.list_urls)
        return spider

    async def start(self) -> AsyncIterator[Request]:
        for url in self.skipped:
            self.logger.warning("listfile: skipping %r: not an http(s) URL", url)
            self.crawler.stats.inc_value("listfile/invalid")
        for url in self.list_urls:
            yield Request(url, callback=self.parse_list, cb_kwargs={"listed": url, "page": 1})

    def parse_list(self, response: Response, listed: str, page: int) -> Iterator[Request]:
        if not isinstance(response, TextResponse):
            self.logger.error("listfile: %s is not a page of links (%s)", response.url,
                              response.headers.get("Content-Type"))
            return
        found = self._article_links(response)
        self.crawler.stats.inc_value("listfile/list_pages")
        if not found:
            self.crawler.stats.inc_value("listfile/no_links")
            self.logger.error("listfile: no article links on %s (listed as %s)", response.url, listed)
        for url, text in found:
            yield Request(url, callback=self.parse_article, errback=self.failed,
                          cb_kwargs={"parts": [], "hints": {"title": text, "listing_url": response.url}})
        nxt = self._next_page(response)
        if nxt and page < self.max_pages:
            yield Request(nxt, callback=self.parse_list, cb_kwargs={"listed": listed, "page": page + 1})
        elif nxt:
            self.logger.warning("listfile: stopped %s at %d pages", listed, page)
            self.crawler.stats.inc_value("listfile/pages_capped")

    def _article_links(self, response: TextResponse) -> list[tuple[str, str]]:
        if self.links_query:
            return links(response, self.links_query)
        host = urlsplit(response.url).hostname
        return [(url, text) for url, text in links(response, "//a[@href]")
                if urlsplit(url).hostname == host and not SKIP_URL.search(url)
                and link_score(text, "") >= ARTICLE_SCORE]

    def _next_page(self, response: TextResponse) -> str | None:
        if self.next_query:
            candidates = [url for url, _ in links(response, self.next_query)]
        else:
            candidates = [url for url, text in links(response, "//a[@href]") if NEXT_TEXT.match(text.strip())]
        return next((url for url in candidates if url != response.url), None)

    def parse_article(self, response: Response, parts: list[PagePart], hints: dict[str, Any]
                      ) -> Iterator[Request | SpeechItem]:
        if any(part.url == response.url for part in parts):  # a redirect led back to a page we have
            yield self._item(parts, hints)
            return
        parts = [*parts, PagePart(url=response.url, body=response.body, content_type=_header(response),
                                  warc=response.meta.get("warc_record"))]
        following = []
        if isinstance(response, TextResponse):
            fetched = {part.url for part in parts}
            following = [url for url, text in links(response, "//a[@href]")
                         if NEXT_TEXT.match(text.strip()) and is_continuation(parts[0].url, url)
                         and url not in fetched]
        if following and len(parts) < self.crawler.settings.getint("ARTICLE_MAX_PARTS"):
            yield Request(following[0], callback=self.parse_article, errback=self.failed, dont_filter=True,
                          cb_kwargs={"parts": parts, "hints": hints})
        else:
            yield self._item(parts, hints)

    def _item(self, parts: list[PagePart], hints: dict[str, Any]) -> SpeechItem:
        self.crawler.stats.inc_value("listfile/articles")
        return SpeechItem(url=parts[0].url, parts=parts, spider=self.name, hints=hints)

    def failed(self, failure: Failure) -> Iterator[SpeechItem]:
        request: Request = failure.request  # type: ignore[attr-defined]
        parts: list[PagePart] = request.cb_kwargs.get("parts") or []
        self.crawler.stats.inc_value("listfile/failed")
        self.logger.warning("listfile: %s failed: %s", request.url, failure.getErrorMessage())
        if parts:  # page 2 is dead: the article keeps the pages it has
            yield self._item(parts, {**request.cb_kwargs["hints"], "incomplete": True})


def _header(response: Response) -> str | None:
    value = response.headers.get("Content-Type")
    return value.decode("latin-1") if value is not None else None
