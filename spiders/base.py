"""Site profiles, and the spider that crawls any of them.

A `SiteProfile` says declaratively where a site keeps its listings, its article links, its pagination
and its article text. `ProfileSpider` walks listing pages, fetches each article, follows the
article's own pagination in order and yields one `SpeechItem` holding every page's bytes.

When a page lacks what its profile expects (the site changed its template), the spider logs an
error and counts it in `profile/no_links` or `profile/no_article`: it never yields an empty document.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urldefrag, urljoin, urlparse

import scrapy
from parsel import SelectorList
from scrapy.http import Request, Response, TextResponse
from twisted.python.failure import Failure
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding

from crawler.items import PagePart, SpeechItem

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings


@dataclass(frozen=True)
class SiteProfile:
    """How one site lays out its pages. Selectors are XPath, or CSS when prefixed with "css:"."""

    name: str  # also the key in the SITE_BASE_URLS setting and SpeechItem.site
    listing_links: str  # the <a> elements (or their @href) linking to articles on a listing page
    article_body: str  # the element holding an article's text; a page without it is not an article
    start_paths: tuple[str, ...] = ("",)  # listing pages, relative to the base URL
    listing_next: str | None = None  # the listing's next-page link
    article_next: str | None = None  # the article's own next-page link
    title: str | None = None  # the article's title on its page (the listing's link text otherwise)
    allowed_domains: tuple[str, ...] = ()  # besides the base URL's host
    base_url: str | None = None  # the live site; SITE_BASE_URLS or -a base_url override it
    encoding: str | None = None  # how to read pages that declare no charset
    cleaner: str = "default"  # the cleaning profile extraction should apply
    max_parts: int = 50  # an article longer than this is cut (ARTICLE_MAX_PARTS overrides)
    max_listing_pages: int = 1000


def select(response: TextResponse, query: str) -> SelectorList:
    return response.css(query[4:]) if query.startswith("css:") else response.xpath(query)


def links(response: TextResponse, query: str) -> list[tuple[str, str]]:
    """(absolute URL, link text) for each link the query selects, fragments dropped, in page order."""
    found = []
    for sel in select(response, query):
        if isinstance(sel.root, str):  # the query selected @href itself
            href, text = sel.get(), ""
        else:
            href, text = sel.attrib.get("href"), sel.xpath("normalize-space(.)").get("")
        if not href:
            continue
        url = urldefrag(response.urljoin(href.strip())).url
        if urlparse(url).scheme in ("http", "https"):  # javascript:;, mailto: and the like are no pages
            found.append((url, text))
    return found


class ProfileSpider(scrapy.Spider):
    """Crawls the site its `profile` describes; subclasses set `name` and `profile`."""

    profile: SiteProfile
    base_url: str  # resolved in from_crawler; may also arrive as -a base_url=...
    max_parts: int
    _listings_seen: set[str]

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.base_url = spider._resolve_base_url(crawler.settings)
        # the offsite middleware reads allowed_domains when the spider opens, so set them now
        host = urlparse(spider.base_url).hostname
        spider.allowed_domains = list(dict.fromkeys([*spider.profile.allowed_domains, host]))
        spider.max_parts = crawler.settings.getint("ARTICLE_MAX_PARTS", spider.profile.max_parts)
        spider._listings_seen = set()
        return spider

    def _resolve_base_url(self, settings: BaseSettings) -> str:
        configured = settings.getdict("SITE_BASE_URLS")
        base = (getattr(self, "base_url", None) or configured.get(self.profile.name)
                or configured.get(self.name) or self.profile.base_url)
        if not base:
            raise ValueError(
                f"no base URL for site profile {self.profile.name!r}: set SITE_BASE_URLS="
                f'\'{{"{self.profile.name}": "http://..."}}\' or pass -a base_url=...'
            )
        # a base without a trailing slash would lose its last segment when start paths are joined
        return base if base.endswith("/") else base + "/"

    async def start(self) -> AsyncIterator[Request]:
        for path in self.profile.start_paths:
            url = urljoin(self.base_url, path)
            self._listings_seen.add(url)
            yield Request(url, callback=self.parse_listing)

    def parse_listing(self, response: Response) -> Iterator[Request]:
        page = self._readable(response)
        found = links(page, self.profile.listing_links) if page is not None else []
        if page is None or not found:
            self._template_changed(response, "profile/no_links", "no article links")
            return
        self.crawler.stats.inc_value("profile/listing_pages")
        for url, text in found:
            yield Request(url, callback=self.parse_article, errback=self.article_failed,
                          cb_kwargs={"parts": [], "title": "", "listing_title": text,
                                     "listing_url": response.url})
        if self.profile.listing_next:
            yield from self._next_listing(page)

    def _next_listing(self, page: TextResponse) -> Iterator[Request]:
        for url, _ in links(page, self.profile.listing_next)[:1]:
            if url in self._listings_seen:  # many CMSs link 下一页 on the last page to itself
                return
            if len(self._listings_seen) >= self.profile.max_listing_pages:
                self.logger.warning("%s: stopped at %d listing pages", self.profile.name,
                                    len(self._listings_seen))
                self.crawler.stats.inc_value("profile/listing_pages_capped")
                return
            self._listings_seen.add(url)
            yield Request(url, callback=self.parse_listing)

    def parse_article(self, response: Response, parts: list[PagePart], title: str, listing_title: str,
                      listing_url: str) -> Iterator[Request | SpeechItem]:
        if any(part.url == response.url for part in parts):  # a redirect led back to a page we have
            yield self._item(parts, title, listing_title, listing_url)
            return
        page = self._readable(response)
        if page is None or not _text_of(select(page, self.profile.article_body)):
            what = f"no text on page {len(parts) + 1} of an article" if parts else "no article text"
            self._template_changed(response, "profile/no_article", what)
            if parts:  # the pages before this one are still the article's beginning
                yield self._item(parts, title, listing_title, listing_url, incomplete=True)
            return
        if not parts and self.profile.title:
            title = _text_of(select(page, self.profile.title))
        parts = [*parts, PagePart(url=response.url, body=response.body,
                                  content_type=_header(response, "Content-Type"),
                                  warc=response.meta.get("warc_record"))]
        fetched = {part.url for part in parts}
        # only the first 下一页 counts: a last page often links it to itself
        following = [url for url, _ in links(page, self.profile.article_next)[:1]
                     if url not in fetched] if self.profile.article_next else []
        if not following:
            yield self._item(parts, title, listing_title, listing_url)
        elif len(parts) >= self.max_parts:
            self.logger.warning("%s: %s has more than %d pages; keeping the first %d", self.profile.name,
                                parts[0].url, self.max_parts, self.max_parts)
            self.crawler.stats.inc_value("profile/parts_capped")
            yield self._item(parts, title, listing_title, listing_url, incomplete=True)
        else:
            # page N+1 is asked for only from page N, so parts stay in reading order; dont_filter
            # because a dupefilter drop here would silently lose the whole article
            yield Request(following[0], callback=self.parse_article, errback=self.article_failed,
                          dont_filter=True,
                          cb_kwargs={"parts": parts, "title": title, "listing_title": listing_title,
                                     "listing_url": listing_url})

    def article_failed(self, failure: Failure) -> Iterator[SpeechItem]:
        request: Request = failure.request  # type: ignore[attr-defined]
        kwargs = request.cb_kwargs
        parts: list[PagePart] = kwargs.get("parts", [])
        self.crawler.stats.inc_value("profile/article_errors")
        if not parts:
            self.logger.warning("%s: article %s failed: %s", self.profile.name, request.url,
                                failure.getErrorMessage())
            return
        self.logger.error("%s: page %d of %s failed (%s); keeping the %d pages fetched", self.profile.name,
                          len(parts) + 1, parts[0].url, failure.getErrorMessage(), len(parts))
        yield self._item(parts, kwargs["title"], kwargs["listing_title"], kwargs["listing_url"],
                         incomplete=True)

    def _item(self, parts: list[PagePart], title: str, listing_title: str, listing_url: str,
              incomplete: bool = False) -> SpeechItem:
        hints: dict[str, Any] = {"title": title or listing_title, "listing_url": listing_url,
                                 "cleaner": self.profile.cleaner}
        if self.profile.encoding:
            hints["encoding"] = self.profile.encoding
        if incomplete:
            hints["incomplete"] = True
        self.crawler.stats.inc_value("profile/articles")
        return SpeechItem(url=parts[0].url, parts=parts, spider=self.name, site=self.profile.name,
                          hints=hints)

    def _readable(self, response: Response) -> TextResponse | None:
        """The response as text, read with the profile's encoding when the page declares none."""
        if not isinstance(response, TextResponse):
            return None
        declared = http_content_type_encoding(_header(response, "Content-Type")) or \
            html_body_declared_encoding(response.body)
        if self.profile.encoding and not declared:
            return response.replace(encoding=self.profile.encoding)
        return response

    def _template_changed(self, response: Response, stat: str, what: str) -> None:
        self.crawler.stats.inc_value(stat)
        self.logger.error("%s: %s on %s (status %d); has the site's template changed?",
                          self.profile.name, what, response.url, response.status)


def _text_of(selection: SelectorList) -> str:
    return " ".join(text for text in selection.xpath("normalize-space(.)").getall() if text)


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value is not None else None
