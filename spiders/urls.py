"""Spider `urls`: fetch a given list of URLs, on any site, and hand over each document page fetched.

scrapy crawl urls -a urls=FILE      # one URL a line; blank lines and # comments skipped
scrapy crawl urls -a url=URL
"""

from __future__ import annotations

import mimetypes
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.items import PagePart, SpeechItem

# what a speech can come as; anything else fetched (images, scripts) stays in the WARC files only
DOCUMENT_TYPES = (
    "text/",
    "application/xhtml+xml",
    "application/pdf",
    "application/msword",
    "application/rtf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.ms-works",
    "application/kswps",  # WPS Office, common on Chinese government sites
    "application/wps-office",
)


def read_url_list(path: str | Path) -> list[str]:
    """URLs from a file, one a line; blank lines and lines starting with # are skipped."""
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]


def is_document(content_type: str | None, url: str) -> bool:
    """True for HTML, text, Word and PDF; without a Content-Type, judge by the URL's extension."""
    if not content_type:
        guessed, _ = mimetypes.guess_type(urlsplit(url).path)
        content_type = guessed
        if content_type is None:
            return True  # pages such as /article?id=3 have no extension and are mostly HTML
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type.startswith(DOCUMENT_TYPES)


class UrlsSpider(scrapy.Spider):
    name = "urls"

    def __init__(self, urls: str | None = None, url: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if not urls and not url:
            raise ValueError("give -a urls=FILE (one URL a line) or -a url=URL")
        self.url_list = ([url] if url else []) + (read_url_list(urls) if urls else [])

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.url_list:
            if urlsplit(url).scheme not in ("http", "https"):
                self.logger.warning("Skipping %r: not an http(s) URL", url)
                self.crawler.stats.inc_value("urls/invalid")
                continue
            yield scrapy.Request(url, callback=self.parse, errback=self.failed, cb_kwargs={"listed": url})

    def parse(self, response: Response, listed: str) -> SpeechItem | None:
        raw_type = response.headers.get("Content-Type")
        content_type = raw_type.decode("latin-1") if raw_type else None
        if not is_document(content_type, response.url):
            self.logger.info("Not a document (%s): %s", content_type, response.url)
            self.crawler.stats.inc_value("urls/not_document")
            return None
        self.crawler.stats.inc_value("urls/fetched")
        part = PagePart(
            url=response.url,
            body=response.body,
            content_type=content_type,
            warc=response.meta.get("warc_record"),
        )
        return SpeechItem(url=listed, parts=[part], spider=self.name)

    def failed(self, failure: Failure) -> None:
        # non-2xx responses arrive here as HttpError; they are in the WARC files all the same
        response = getattr(failure.value, "response", None)
        status = f"HTTP {response.status}" if response is not None else repr(failure.value)
        self.logger.warning("Failed %s: %s", failure.request.url, status)  # type: ignore[attr-defined]
        self.crawler.stats.inc_value("urls/failed")
