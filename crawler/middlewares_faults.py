"""Downloader middlewares that make every failed fetch explicit: counted in the stats and kept in the manifest.

`FetchFailureLog` (just below archive.recorder.WarcRecorder, so the records showing a failure are
written when it looks) files each failed attempt in the manifest's `fetch_failures` table
(archive.fetch_failures) and counts it as `fetch/failures` and `fetch/failures/<kind>`: download
errors, error statuses, bodies cut short, and redirects that come back into their own chain (the
duplicate filter drops those; the `request_dropped` signal tells).

Scrapy's compression and redirect middlewares give up on a response by raising, past every
middleware's `process_response`; the two subclasses here say so first, with the
`response_discarded` signal, and otherwise behave as Scrapy's:

- `DecompressionLimitMiddleware`: a body over DOWNLOAD_MAXSIZE once decompressed (a gzip bomb), or
  one that does not decompress, is ignored with a message saying which; Scrapy's own middleware
  already applies DOWNLOAD_MAXSIZE to the decompressed size.
- `RedirectLimitMiddleware`: a chain longer than REDIRECT_MAX_TIMES.

The responses themselves are in the WARC files as they came: the recorder sits below all of these.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from weakref import WeakSet

from scrapy import Request, signals
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response

from archive.fetch_failures import FetchFailures
from archive.recorder import TRUNCATION_FLAGS
from archive.unwritable import archive_unwritable, unwritable

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

# a Scrapy signal: sent with request=, response=, kind= and detail= when a middleware gives a response up
response_discarded = object()
# answers that were not fetched now: a resumed job's replay, a 304 answered from the archive
NOT_FETCHED = ("replayed", "not_modified", "cached")


def _attempt(request: Request) -> int:
    return int(request.meta.get("retry_times", 0)) + 1


class FetchFailureLog:
    def __init__(self, crawler: Crawler, failures: FetchFailures) -> None:
        self.crawler = crawler
        self.failures: FetchFailures | None = failures
        self._sent: WeakSet[Request] = WeakSet()  # requests that got past every middleware above this one

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        if not settings.getbool("FETCH_FAILURES_ENABLED"):
            raise NotConfigured("FETCH_FAILURES_ENABLED is off")
        try:
            failures = FetchFailures(Path(settings.get("ARCHIVE_DIR")) / "manifest.sqlite",
                                     crawl=settings.get("CRAWL_NAME") or "", job=settings.get("RECRAWL_JOB") or "")
        except Exception as exc:
            # the archive itself may still be writable; the recorder and the stores report their own errors
            logger.error("Cannot open the manifest for fetch failures (%s): they are counted in the stats only",
                         exc)
            raise NotConfigured("no manifest") from exc
        log = cls(crawler, failures)
        crawler.signals.connect(log.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(log.response_discarded, signal=response_discarded)
        crawler.signals.connect(log.close, signal=signals.spider_closed)
        return log

    def process_request(self, request: Request) -> None:
        # a pointer copied from the attempt this one retries is not its own
        request.meta.pop("warc_failure", None)
        self._sent.add(request)

    def process_exception(self, request: Request, exception: Exception) -> None:
        if request not in self._sent or isinstance(exception, IgnoreRequest):
            return  # refused before it was sent (robots.txt, the loopback guard): nothing failed
        self._sent.discard(request)
        detail = f"{type(exception).__name__}: {' '.join(str(exception).split())}"
        self._add(request, "download_error", detail, record=request.meta.get("warc_failure"))

    def process_response(self, request: Request, response: Response) -> Response:
        self._sent.discard(request)
        if any(flag in NOT_FETCHED for flag in response.flags):
            return response
        pointer = request.meta.get("warc_record")
        # a site without robots.txt allows everything: its 404 is an answer, not a failure
        no_robots = urlsplit(request.url).path == "/robots.txt" and 400 <= response.status < 500
        if response.status >= 400 and not no_robots:
            retry_after = response.headers.get("Retry-After")
            detail = f"HTTP {response.status}" + (
                f", Retry-After: {retry_after.decode('latin-1')}" if retry_after else "")
            self._add(request, "http_status", detail, status=response.status, record=pointer)
        cut = [TRUNCATION_FLAGS[flag] for flag in response.flags if flag in TRUNCATION_FLAGS]
        if cut:
            detail = f"body cut short ({cut[0]}) after {len(response.body)} bytes"
            self._add(request, "truncated", detail, status=response.status, record=pointer)
        return response

    def request_dropped(self, request: Request) -> None:
        chain = request.meta.get("redirect_urls") or []
        if request.url in chain:  # a redirect back to a URL of its own chain: a loop the dupefilter cut
            self._add(request, "redirect_loop", f"redirects back to {request.url} after {len(chain)} hops",
                      url=chain[-1])

    def response_discarded(self, request: Request, response: Response, kind: str, detail: str) -> None:
        self._add(request, kind, detail, status=response.status, record=request.meta.get("warc_record"),
                  url=response.url)

    def _add(self, request: Request, kind: str, detail: str, *, status: int | None = None,
             record: dict[str, Any] | None = None, url: str | None = None) -> None:
        stats = self.crawler.stats
        assert stats is not None
        stats.inc_value("fetch/failures")
        stats.inc_value(f"fetch/failures/{kind}")
        if self.failures is None:
            return
        try:
            self.failures.add(url or request.url, kind, detail, status=status, attempt=_attempt(request),
                              record=record)
        except Exception as exc:
            logger.exception("Could not record the failed fetch of %s", request.url)
            stats.inc_value("fetch/failures/not_recorded")
            if unwritable(exc):
                self.crawler.signals.send_catch_log(signal=archive_unwritable, exception=exc)

    def close(self) -> None:
        if self.failures is not None:
            self.failures.close()
            self.failures = None


def _discard(crawler: Crawler, request: Request, response: Response, kind: str, detail: str) -> None:
    crawler.signals.send_catch_log(signal=response_discarded, request=request, response=response, kind=kind,
                                   detail=detail)


class DecompressionLimitMiddleware(HttpCompressionMiddleware):
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = super().from_crawler(crawler)
        middleware.crawler = crawler
        return middleware

    def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        try:
            return super().process_response(request, response)
        except IgnoreRequest as exc:  # Scrapy's own: over DOWNLOAD_MAXSIZE once decompressed
            _discard(self.crawler, request, response, "decompression_limit", str(exc))
            raise
        except Exception as exc:  # gzip, zlib, brotli and zstd each raise their own kind of error
            detail = (f"Ignored response {response}: its body does not decompress as "
                      f"{response.headers.get('Content-Encoding', b'').decode('latin-1')} "
                      f"({type(exc).__name__}: {exc}); it is archived as it came")
            logger.warning(detail)
            _discard(self.crawler, request, response, "undecodable", detail)
            raise IgnoreRequest(detail) from exc


class RedirectLimitMiddleware(RedirectMiddleware):
    def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        try:
            return super().process_response(request, response)
        except IgnoreRequest as exc:
            detail = (f"{exc}: more than {self.max_redirect_times} redirects from "
                      f"{(request.meta.get('redirect_urls') or [request.url])[0]}")
            logger.warning("Discarding %s: %s", request, detail)
            _discard(self.crawler, request, response, "redirect_limit", detail)
            raise
