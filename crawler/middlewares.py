"""Downloader middlewares for politeness.

`RetryAfterMiddleware` is Scrapy's RetryMiddleware that, on 429 and 503, waits before retrying: as
long as the server's Retry-After asks (seconds or an HTTP date), else an exponential backoff, never
longer than RETRY_AFTER_MAX_DELAY. The wait holds back every request to that download slot (the
site), not just the one retried, because a server that says "slow down" means the whole site.

`LoopbackOnlyMiddleware` guards the benchmark profile (`BENCHMARK_LOOPBACK`): with the delays off,
a request to anything but a loopback address is refused.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Self
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.response import response_status_message

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)


def retry_after_seconds(value: str | bytes | None, now: datetime | None = None) -> float | None:
    """The wait a Retry-After header asks for, in seconds (0 for a date past); None if absent or unreadable."""
    if value is None:
        return None
    text = (value.decode("latin-1") if isinstance(value, bytes) else value).strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # an HTTP date is always GMT; a sloppy server may leave it out
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryAfterMiddleware(RetryMiddleware):
    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.wait_codes = {int(code) for code in settings.getlist("RETRY_AFTER_HTTP_CODES")}
        self.max_delay = settings.getfloat("RETRY_AFTER_MAX_DELAY")
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE")
        self._not_before: dict[str, float] = {}  # download slot -> monotonic time it may be asked again

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = cls(crawler.settings)
        middleware.crawler = crawler
        return middleware

    def wait_for(self, response: Response, retry_number: int) -> float:
        """Seconds to wait before retry number `retry_number` (1 for the first) of this response."""
        asked = retry_after_seconds(response.headers.get("Retry-After"))
        wait = asked if asked is not None else self.backoff_base * 2 ** (retry_number - 1)
        return min(wait, self.max_delay)

    async def process_request(self, request: Request) -> None:
        wait = self._not_before.get(_slot(request), 0.0) - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        if response.status in self.wait_codes:
            wait = self.wait_for(response, retry.meta["retry_times"])
            slot = _slot(request)
            self._not_before[slot] = max(self._not_before.get(slot, 0.0), time.monotonic() + wait)
            stats = self.crawler.stats
            assert stats is not None
            stats.inc_value("retry/waited_seconds", round(wait, 3))
            logger.info("%s answered %d; waiting %.1f s before asking %s again (Retry-After: %s)",
                        slot, response.status, wait, request.url,
                        (response.headers.get("Retry-After") or b"none").decode("latin-1"))
        return retry


def _slot(request: Request) -> str:
    # the downloader's own key once it has seen the request, else the host it will use
    return request.meta.get("download_slot") or urlsplit(request.url).hostname or ""


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class LoopbackOnlyMiddleware:
    """With BENCHMARK_LOOPBACK on, refuses every request that would leave the machine."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("BENCHMARK_LOOPBACK"):
            raise NotConfigured
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if not is_loopback(request.url):
            stats = self.crawler.stats
            assert stats is not None
            stats.inc_value("benchmark/refused")
            logger.error("benchmark profile: refusing %s, which is not on loopback", request.url)
            raise IgnoreRequest(f"benchmark profile is for loopback only: {request.url}")
