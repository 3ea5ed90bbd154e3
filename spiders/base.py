"""Site profiles, and the spider that crawls any of them.

A `SiteProfile` says declaratively where a site keeps its listings, its article links, its pagination
and its article text. `ProfileSpider` walks listing pages, fetches each article, follows the
article's own pagination in order and yields one `SpeechItem` holding every page's bytes. Articles
linked from articles (上一篇/下一篇) are crawled too when the profile says where those links are, and
Word and PDF files an article offers are fetched and handed over as documents of their own.

When a page lacks what its profile expects (the site changed its template), the spider logs an
error and counts it in `profile/no_links` or `profile/no_article`: it never yields an empty document.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urldefrag, urljoin, urlparse

import scrapy
from parsel import SelectorList
from scrapy.http import Request, Response, TextResponse
from twisted.python.failure import Failure
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding

from cleaners.binary import document_format
from crawler.items import PagePart, SpeechItem
from crawler.middlewares import apply_benchmark_profile

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
    article_url: str | None = None  # a regex article links must match (searched): skips ads and menus
    # listings paginated by script, e.g. TRS's createPageHTML(5, 0, "index", "html"): a regex whose
    # group 1 is the page count, and the path of page n (1 to count-1) relative to the first page
    listing_page_count: str | None = None
    listing_page_path: str = "index_{n}.html"
    article_siblings: str | None = None  # links from an article to other articles (上一篇/下一篇)
    attachments: str | None = None  # links from an article to its Word or PDF file


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
        apply_benchmark_profile(crawler, spider.start_urls_of_profile())
        return spider

    def start_urls_of_profile(self) -> list[str]:
        return [urljoin(self.base_url, path) for path in self.profile.start_paths]

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
        for url in self.start_urls_of_profile():
            self._listings_seen.add(url)
            yield Request(url, callback=self.parse_listing, cb_kwargs={"first": True})

    def parse_listing(self, response: Response, first: bool = False) -> Iterator[Request]:
        page = self._readable(response)
        found = self._article_links(page, self.profile.listing_links) if page is not None else []
        if page is None or not found:
            self._template_changed(response, "profile/no_links", "no article links")
            return
        self.crawler.stats.inc_value("profile/listing_pages")
        for url, text in found:
            yield self._article_request(url, text, response.url)
        if self.profile.listing_next:
            yield from self._next_listing(page)
        if first and self.profile.listing_page_count:
            yield from self._numbered_listings(page)

    def _article_links(self, page: TextResponse, query: str) -> list[tuple[str, str]]:
        found = links(page, query)
        if self.profile.article_url:
            found = [(url, text) for url, text in found if re.search(self.profile.article_url, url)]
        return found

    def _article_request(self, url: str, text: str, listing_url: str) -> Request:
        return Request(url, callback=self.parse_article, errback=self.article_failed,
                       cb_kwargs={"parts": [], "title": "", "listing_title": text,
                                  "listing_url": listing_url})

    def _numbered_listings(self, page: TextResponse) -> Iterator[Request]:
        assert self.profile.listing_page_count is not None
        found = re.search(self.profile.listing_page_count, page.text)
        if not found:
            self._template_changed(page, "profile/no_page_count", "no listing page count")
            return
        for n in range(1, int(found.group(1))):
            url = page.urljoin(self.profile.listing_page_path.format(n=n))
            if url in self._listings_seen:
                continue
            if len(self._listings_seen) >= self.profile.max_listing_pages:
                self.crawler.stats.inc_value("profile/listing_pages_capped")
                self.logger.warning("%s: stopped at %d listing pages", self.profile.name,
                                    len(self._listings_seen))
                return
            self._listings_seen.add(url)
            yield Request(url, callback=self.parse_listing)

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
        if not parts:
            if self.profile.title:
                title = _text_of(select(page, self.profile.title))
            yield from self._linked_from_article(page)
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

    def _linked_from_article(self, page: TextResponse) -> Iterator[Request]:
        """Other articles (上一篇/下一篇) and the article's own Word or PDF file, from its first page."""
        if self.profile.article_siblings:
            for url, text in self._article_links(page, self.profile.article_siblings):
                yield self._article_request(url, text, page.url)  # the dupefilter stops the chain looping
        if self.profile.attachments:
            for url, text in links(page, self.profile.attachments):
                yield Request(url, callback=self.parse_attachment, errback=self.attachment_failed,
                              cb_kwargs={"source_url": page.url, "link_text": text})

    def parse_attachment(self, response: Response, source_url: str, link_text: str) -> Iterator[SpeechItem]:
        content_type = _header(response, "Content-Type")
        fmt = document_format(content_type, response.url, response.body)
        if fmt not in ("docx", "pdf"):
            # a .doc (no text extractor), or a login page where a file should be: the WARC files keep it
            self.crawler.stats.inc_value(f"attachments/archived_only/{fmt or 'not_a_document'}")
            self.logger.info("%s: %s archived, no text taken (%s)", self.profile.name, response.url,
                             fmt or content_type)
            return
        self.crawler.stats.inc_value(f"attachments/{fmt}")
        hints: dict[str, Any] = {"title": link_text, "source_url": source_url, "format": fmt,
                                 "cleaner": self.profile.cleaner}
        yield SpeechItem(url=response.url, spider=self.name, site=self.profile.name, hints=hints,
                         parts=[PagePart(url=response.url, body=response.body, content_type=content_type,
                                         warc=response.meta.get("warc_record"))])

    def attachment_failed(self, failure: Failure) -> None:
        self.crawler.stats.inc_value("attachments/failed")
        self.logger.warning("%s: attachment %s failed: %s", self.profile.name,
                            failure.request.url, failure.getErrorMessage())  # type: ignore[attr-defined]

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

    def closed(self, reason: str) -> None:
        stats = self.crawler.stats
        no_article = stats.get_value("profile/no_article", 0)
        no_links = stats.get_value("profile/no_links", 0)
        if no_article or no_links:
            self.logger.warning("%s: %d pages had no article and %d listings no article links where the "
                              "profile expected them; the site's template may have changed",
                              self.profile.name, no_article, no_links)

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
